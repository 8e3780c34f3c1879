"""Acts that cannot be taken back ask first, say what will happen and to whom, and say
when they are done (console probe, session 20, findings 15 and 16: "Take out", "Publish
the invitations", "Disable" and role changes acted in one click, and an administrator was
offered "Disable" on their own account)."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any

import httpx
from fastapi.testclient import TestClient

from tests.unit.console.conftest import officer_client
from tests.unit.console.fake_gateway import FakeGateway

GROUP_ID = "grp_5c9d0e1f2a3b"
ALIAS = "P-7KQ3XM"
OWN_ID = "usr_1"  # who /v1/me says the signed-in administrator is
OTHER_ID = "usr_2"


@dataclass
class ActingGateway(FakeGateway):
    """One forming group with one proposed member, and two user accounts."""

    changes: list[tuple[str, str, Any]] = field(default_factory=list)
    #: Refuse a new role as the gateway does one that does not fit the organisation.
    refuse_role: bool = False

    def _group(self) -> dict[str, Any]:
        return {
            "id": GROUP_ID,
            "version": 4,
            "status": "forming",
            "settings": {
                "title": "Thursday circle",
                "languages": [],
                "schedule": [],
                "min_size": 3,
                "max_size": 6,
            },
            "members": [{"alias": ALIAS, "state": "proposed", "languages": []}],
        }

    def _user(self, user_id: str, username: str) -> dict[str, Any]:
        return {
            "id": user_id,
            "username": username,
            "organisation_id": "org_1",
            "role": "facilitator" if user_id == OTHER_ID else "platform_admin",
            "disabled": False,
            "version": 7,
        }

    def handle(self, request: httpx.Request) -> httpx.Response:
        path, method = request.url.path, request.method
        bearer = request.headers.get("authorization", "").removeprefix("Bearer ")
        if bearer not in self.valid_access:
            return super().handle(request)
        body = json.loads(request.content) if request.content else None
        if path == f"/v1/peer-groups/{GROUP_ID}" and method == "GET":
            return httpx.Response(200, json=self._group())
        acts = method in {"DELETE", "POST", "PATCH"}
        if self.refuse_role and method == "PATCH" and body and "role" in body:
            errors = [{"loc": ["body", "role"], "msg": "the role does not fit the organisation"}]
            return self._problem(422, "validation-error", errors=errors)
        if acts and path.startswith(("/v1/peer-groups", "/v1/users")):
            self.changes.append((method, path, body))
            if path.startswith("/v1/peer-groups"):
                return httpx.Response(200, json=self._group())
            return httpx.Response(200, json=self._user(OTHER_ID, "ngo.facilitator"))
        if path == "/v1/users" and method == "GET":
            users = [self._user(OWN_ID, "admin"), self._user(OTHER_ID, "ngo.facilitator")]
            return httpx.Response(200, json={"items": users, "next_cursor": None})
        if path == f"/v1/users/{OTHER_ID}" and method == "GET":
            return httpx.Response(200, json=self._user(OTHER_ID, "ngo.facilitator"))
        if path == "/v1/organisations" and method == "GET":
            return httpx.Response(200, json={"items": [], "next_cursor": None})
        return super().handle(request)


def _signed_in(role: str) -> tuple[TestClient, ActingGateway]:
    gateway = ActingGateway(role=role)
    client, _ = _signed_in_with(gateway)
    return client, gateway


def _confirm_form(page: str) -> tuple[str, dict[str, str]]:
    """The confirmation's form: where "Yes" posts and what it sends."""
    form = page.split('<form method="post"', 1)[1].split("</form>", 1)[0]
    action = re.search(r'action="([^"]+)"', form)
    assert action
    fields = dict(re.findall(r'name="([^"]+)" value="([^"]*)"', form))
    return action.group(1), fields


def test_taking_a_member_out_asks_first_then_says_it_is_done() -> None:
    client, gateway = _signed_in("facilitator")
    with client:
        group = client.get(f"/groups/{GROUP_ID}").text
        removal = f"/groups/{GROUP_ID}/members/{ALIAS}/removal"
        # The row's "Take out" only leads to the question: nothing posts from the list.
        assert f'href="{removal}"' in group
        assert 'method="post" action="' + removal not in group
        confirm = client.get(removal)
        assert confirm.status_code == 200
        assert gateway.changes == []  # looking at the question changes nothing
        assert f"Take {ALIAS} out of this group?" in confirm.text
        assert f"Yes, take {ALIAS} out" in confirm.text
        assert f'href="/groups/{GROUP_ID}#members"' in confirm.text  # Cancel goes back
        title = re.search(r"<title>(.*)</title>", confirm.text)
        assert title
        assert ALIAS not in title.group(1)  # no code name in a title
        action, fields = _confirm_form(confirm.text)
        answer = client.post(action, data=fields)
        assert answer.status_code == 303
        landed = client.get(answer.headers["location"]).text
    assert gateway.changes == [("DELETE", f"/v1/peer-groups/{GROUP_ID}/members/{ALIAS}", None)]
    assert "The member was taken out of the group." in landed
    assert ALIAS not in answer.headers["location"].split("?", 1)[1]


def test_publishing_the_invitations_asks_first_then_says_it_is_done() -> None:
    client, gateway = _signed_in("facilitator")
    with client:
        group = client.get(f"/groups/{GROUP_ID}").text
        assert f'href="/groups/{GROUP_ID}/invitations"' in group
        confirm = client.get(f"/groups/{GROUP_ID}/invitations")
        assert gateway.changes == []
        assert "Publish the invitations?" in confirm.text
        assert "cannot be taken back" in confirm.text
        action, fields = _confirm_form(confirm.text)
        answer = client.post(action, data=fields)
        landed = client.get(answer.headers["location"]).text
    assert [(m, p) for m, p, _ in gateway.changes] == [
        ("POST", f"/v1/peer-groups/{GROUP_ID}/invitations")
    ]
    assert "The invitations were published." in landed


def test_disabling_an_account_asks_first_naming_the_username() -> None:
    client, gateway = _signed_in("platform_admin")
    with client:
        users = client.get("/admin/users").text
        assert f'href="/admin/users/{OTHER_ID}/access"' in users
        confirm = client.get(f"/admin/users/{OTHER_ID}/access")
        assert gateway.changes == []
        assert "Disable ngo.facilitator?" in confirm.text
        assert "Yes, disable ngo.facilitator" in confirm.text
        assert 'href="/admin/users"' in confirm.text
        action, fields = _confirm_form(confirm.text)
        answer = client.post(action, data=fields)
        landed = client.get(answer.headers["location"]).text
    assert gateway.changes == [("PATCH", f"/v1/users/{OTHER_ID}", {"disabled": True})]
    assert "The account was disabled." in landed


def test_a_role_change_asks_first_then_says_it_is_done() -> None:
    client, gateway = _signed_in("platform_admin")
    with client:
        users = client.get("/admin/users").text
        # The role's choice is a GET to the question, never a POST that acts.
        assert f'method="get" action="/admin/users/{OTHER_ID}/role"' in users
        confirm = client.get(f"/admin/users/{OTHER_ID}/role", params={"role": "employer"})
        assert gateway.changes == []
        assert "Change the role of ngo.facilitator to Employer?" in confirm.text
        action, fields = _confirm_form(confirm.text)
        answer = client.post(action, data=fields)
        landed = client.get(answer.headers["location"]).text
    assert gateway.changes == [("PATCH", f"/v1/users/{OTHER_ID}", {"role": "employer"})]
    assert "The role was changed." in landed


def test_a_role_that_does_not_fit_the_organisation_is_told_so() -> None:
    """The console probe, session 21: it ended in "Something went wrong"."""
    gateway = ActingGateway(role="platform_admin", refuse_role=True)
    client, _ = _signed_in_with(gateway)
    with client:
        confirm = client.get(f"/admin/users/{OTHER_ID}/role", params={"role": "employer"})
        action, fields = _confirm_form(confirm.text)
        answer = client.post(action, data=fields)
    assert answer.status_code == 422
    assert "<title>The role does not fit the organisation · Pathways</title>" in answer.text
    assert "Roles go with the kind of organisation" in answer.text
    assert "Nothing was changed." in answer.text


def test_an_administrator_is_never_offered_to_disable_their_own_account() -> None:
    client, gateway = _signed_in("platform_admin")
    with client:
        users = client.get("/admin/users").text
        token = re.search(r'name="csrf_token" value="([^"]+)"', users)
        assert token
        asked = client.get(f"/admin/users/{OWN_ID}/access")
        posted = client.post(
            f"/admin/users/{OWN_ID}/access",
            data={"csrf_token": token.group(1), "version": "7", "disabled": "true"},
        )
        demoted = client.post(
            f"/admin/users/{OWN_ID}/role",
            data={"csrf_token": token.group(1), "version": "7", "role": "employer"},
        )
    own_row = users.split('<th scope="row">admin</th>', 1)[1].split("</tr>", 1)[0]
    assert "Disable" not in own_row
    assert "<select" not in own_row
    assert f"/admin/users/{OTHER_ID}/access" in users  # the others keep theirs
    for answer in (asked, posted, demoted):
        assert answer.status_code == 409
        assert "You cannot disable your own account" in answer.text
    assert gateway.changes == []


@dataclass
class ConsentingGateway(FakeGateway):
    """One survivor who gave their consent to matching."""

    def handle(self, request: httpx.Request) -> httpx.Response:
        bearer = request.headers.get("authorization", "").removeprefix("Bearer ")
        if bearer in self.valid_access and request.url.path == f"/v1/survivors/{SURVIVOR_ID}":
            return httpx.Response(
                200,
                json={
                    "id": SURVIVOR_ID,
                    "alias": ALIAS,
                    "version": 2,
                    "consents": [{"purpose": "matching", "granted": True}],
                    "readiness": None,
                    "readiness_history": [],
                    "profile": {"age_band": "25-34", "languages": [], "skills": []},
                },
            )
        if bearer in self.valid_access and request.url.path.endswith("/peer-groups"):
            return httpx.Response(200, json={"items": []})
        return super().handle(request)


SURVIVOR_ID = "srv_3f2a9c0d6b1e4f7a8c9d0e1f"


def test_withdrawing_a_consent_is_a_second_step_that_names_the_code_name() -> None:
    client, _gateway = _signed_in_with(ConsentingGateway())
    with client:
        page = client.get(f"/survivors/{SURVIVOR_ID}").text
    # Without JavaScript: a disclosure that holds the question and the only button that acts.
    block = page.split('<details class="confirm-withdrawal">', 1)[1].split("</details>", 1)[0]
    assert "<summary>Withdraw this consent</summary>" in block
    assert f"Withdraw this consent for {ALIAS}?" in block
    assert 'name="granted" value="false"' in block
    assert "Yes, withdraw this consent" in block
    assert f'href="/survivors/{SURVIVOR_ID}#consents"' in block  # Cancel
    outside = page.replace(block, "")
    assert 'name="granted" value="false"' not in outside


def _signed_in_with(gateway: FakeGateway) -> tuple[TestClient, FakeGateway]:
    return officer_client(gateway), gateway
