"""The console's side of accounts let in by their organisation and passwords of one's own:
the sign-in page asks for a new password while the gateway says the account holds an
administrator's; members approve or refuse their organisation's pending accounts, and reset
a colleague's sign-in codes after a confirmation; anyone changes their password, and is
signed out."""

from __future__ import annotations

import json
import re
from typing import Any
from urllib.parse import parse_qs

import httpx

from tests.unit.console.conftest import Clock, csrf_in, make_client, officer_client
from tests.unit.console.fake_gateway import PASSWORD, FakeGateway

GIVEN = "the admin typed this one 41"
OWN = "only sokha knows this one 93"
PENDING = {
    "id": "usr_0000000000000000000000000000beef",
    "organisation_id": "org_1",
    "username": "new.colleague",
    "role": "reintegration_officer",
    "disabled": False,
    "approval": "pending",
    "password_change_required": True,
    "created_at": "2026-12-01T08:00:00Z",
    "version": 3,
}


class AccountsGateway(FakeGateway):
    """The fake gateway, where user ``fresh`` holds an administrator's password (403
    ``password-change-required`` until ``new_password`` comes with it), the organisation
    has one pending account, and ``POST /v1/auth/password`` ends every session."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.own_password: str | None = None
        self.decisions: list[tuple[str, str, str]] = []
        self.resets: list[str] = []
        self.users = [dict(PENDING)]

    def handle(self, request: httpx.Request) -> httpx.Response:
        path = request.url.path
        if path == "/v1/auth/token":
            form = {k: v[0] for k, v in parse_qs(request.content.decode()).items()}
            if form.get("username") == "fresh":
                self.requests.append(request)
                return self._fresh(form)
        bearer = request.headers.get("authorization", "").removeprefix("Bearer ")
        if bearer in self.valid_access and path.startswith(("/v1/users", "/v1/auth/password")):
            self.requests.append(request)
            return self._accounts(request, path)
        return super().handle(request)

    def _fresh(self, form: dict[str, str]) -> httpx.Response:
        if form.get("password") != GIVEN:
            return self._problem(400, "invalid-grant")
        new = form.get("new_password")
        if new is None:
            return self._problem(403, "password-change-required")
        if new == GIVEN:
            errors = [
                {
                    "loc": ["body", "new_password"],
                    "msg": "the new password must differ from the one it replaces",
                    "type": "password_refused",
                }
            ]
            return self._problem(422, "validation-error", errors=errors)
        self.own_password = new
        return httpx.Response(200, json=self._tokens())

    def _accounts(self, request: httpx.Request, path: str) -> httpx.Response:
        if path == "/v1/auth/password":
            body = json.loads(request.content)
            if body["current_password"] != PASSWORD:
                errors = [
                    {
                        "loc": ["body", "current_password"],
                        "msg": "the current password is not right",
                        "type": "password_refused",
                    }
                ]
                return self._problem(422, "validation-error", errors=errors)
            self.valid_access.clear()
            return httpx.Response(204)
        if request.method == "GET" and path == "/v1/users":
            return httpx.Response(200, json={"items": self.users, "next_cursor": None})
        if request.method == "GET":
            wanted = path.rsplit("/", 1)[-1]
            return httpx.Response(
                200, json=next((u for u in self.users if u["id"] == wanted), self.users[0])
            )
        if request.method == "DELETE":
            reset = re.fullmatch(r"/v1/users/([^/]+)/second-factor", path)
            assert reset, path
            self.resets.append(reset.group(1))
            return httpx.Response(204)
        found = re.fullmatch(r"/v1/users/([^/]+)/approval", path)
        assert found, path
        decision = json.loads(request.content)["decision"]
        self.decisions.append((found.group(1), decision, request.headers["if-match"]))
        return httpx.Response(200, json={**self.users[0], "approval": "approved"})


def test_an_administrators_password_leads_to_choosing_ones_own_and_then_signs_in() -> None:
    gateway = AccountsGateway()
    client = make_client(gateway, Clock())
    token = csrf_in(client.get("/sign-in").text)
    first = client.post(
        "/sign-in", data={"csrf_token": token, "username": "fresh", "password": GIVEN}
    )
    assert first.status_code == 400
    assert 'name="new_password"' in first.text
    assert 'name="new_password_again"' in first.text
    assert "Choose a new one that only you know" in first.text
    assert GIVEN not in first.text

    def choose(new: str, again: str) -> Any:
        return client.post(
            "/sign-in",
            data={
                "csrf_token": csrf_in(client.get("/sign-in").text),
                "username": "fresh",
                "password": GIVEN,
                "new_password": new,
                "new_password_again": again,
            },
        )

    differ = choose(OWN, OWN + "x")
    assert differ.status_code == 400
    assert "The two new passwords are not the same." in differ.text
    assert gateway.own_password is None, "the gateway is not asked when the two differ"
    same = choose(GIVEN, GIVEN)
    assert "The new password must be different from the old one." in same.text
    assert GIVEN not in same.text
    done = choose(OWN, OWN)
    assert done.status_code == 303
    assert gateway.own_password == OWN


def test_members_approve_or_refuse_their_organisations_pending_accounts() -> None:
    gateway = AccountsGateway()
    client = officer_client(gateway)
    page = client.get("/accounts")
    assert page.status_code == 200
    assert "new.colleague" in page.text
    assert "Waiting for approval" in page.text
    approved = client.post(
        f"/accounts/{PENDING['id']}/approval",
        data={"csrf_token": csrf_in(page.text), "decision": "approve", "version": "3"},
    )
    assert approved.status_code == 303
    assert approved.headers["location"] == "/accounts?done=account-approved"
    assert gateway.decisions == [(PENDING["id"], "approve", '"3"')]

    asked = client.get(f"/accounts/{PENDING['id']}/refuse?version=3")
    assert asked.status_code == 200
    assert "will never be able to sign in" in asked.text
    assert gateway.decisions == [(PENDING["id"], "approve", '"3"')], "asking changes nothing"
    forged = client.post(
        f"/accounts/{PENDING['id']}/approval",
        data={"csrf_token": csrf_in(asked.text), "decision": "delete", "version": "3"},
    )
    assert forged.status_code == 422
    assert len(gateway.decisions) == 1


def test_changing_ones_password_signs_out_and_says_so_on_the_sign_in_page() -> None:
    gateway = AccountsGateway()
    client = officer_client(gateway)
    form = client.get("/account/password")
    assert form.status_code == 200
    wrong = client.post(
        "/account/password",
        data={
            "csrf_token": csrf_in(form.text),
            "current_password": "not it at all 12345",
            "new_password": OWN,
            "new_password_again": OWN,
        },
    )
    assert wrong.status_code == 400
    assert "The current password is not correct." in wrong.text
    changed = client.post(
        "/account/password",
        data={
            "csrf_token": csrf_in(wrong.text),
            "current_password": PASSWORD,
            "new_password": OWN,
            "new_password_again": OWN,
        },
    )
    assert changed.status_code == 303
    assert changed.headers["location"] == "/sign-in?lang=en&done=password-changed"
    notice = client.get(changed.headers["location"])
    assert "Your password is changed." in notice.text
    assert client.get("/caseload").status_code == 303, "signed out"


CODED = {
    **PENDING,
    "id": "usr_0000000000000000000000000000c0de",
    "username": "lost.phone",
    "approval": "approved",
    "password_change_required": False,
    "second_factor": True,
}


def test_members_reset_a_colleagues_sign_in_codes_after_a_confirmation() -> None:
    gateway = AccountsGateway()
    gateway.users.append(dict(CODED))
    client = officer_client(gateway)
    page = client.get("/accounts")
    link = f'href="/accounts/{CODED["id"]}/reset-codes"'
    assert link in page.text
    assert page.text.count("/reset-codes") == 1, "only for an account with codes"
    asked = client.get(f"/accounts/{CODED['id']}/reset-codes")
    assert "Reset the sign-in codes of lost.phone?" in asked.text
    assert gateway.resets == [], "nothing before the confirmation"
    done = client.post(
        f"/accounts/{CODED['id']}/reset-codes", data={"csrf_token": csrf_in(asked.text)}
    )
    assert done.status_code == 303
    assert gateway.resets == [CODED["id"]]
    assert (
        "The sign-in codes of the account are reset." in client.get(done.headers["location"]).text
    )
