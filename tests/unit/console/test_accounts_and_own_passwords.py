"""The console's side of accounts let in by their organisation and passwords of one's own:
the sign-in page asks for a new password while the gateway says the account holds one
someone else chose; members approve their organisation's pending accounts on a page of its
own, choosing the new account's first password (the administrator's then stops working),
or refuse them after a confirmation, and reset a colleague's sign-in codes after a
confirmation; anyone changes their password, and is signed out."""

from __future__ import annotations

import html
import json
import re
from typing import Any
from urllib.parse import parse_qs

import httpx

from console.i18n import Catalogs
from gateway.auth.password_policy import PasswordPolicy
from tests.unit.console.conftest import Clock, csrf_in, make_client, officer_client
from tests.unit.console.fake_gateway import PASSWORD, FakeGateway

GIVEN = "the admin typed this one 41"
OWN = "only sokha knows this one 93"
#: The first password the approving member chooses for the new account.
CHOSEN = "a first passphrase the approver chose 42"
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
#: A member given a new role: pending again, but with a password of their own.
RE_ROLED = {
    **PENDING,
    "id": "usr_0000000000000000000000000000face",
    "username": "dara.moved",
    "password_change_required": False,
    "version": 7,
}


class AccountsGateway(FakeGateway):
    """The fake gateway, where user ``fresh`` holds an administrator's password (403
    ``password-change-required`` until ``new_password`` comes with it), the organisation
    has one pending account, and ``POST /v1/auth/password`` ends every session.

    Approval answers as the gateway does: approving an account that still holds the
    administrator's password (``password_change_required``) needs a first ``password``,
    checked by the gateway's own policy (422 at ``body.password``, one error per reason);
    a refusal, or an account with a password of its own, takes none (422 if sent). Each
    decision taken is kept with the JSON body sent and ``If-Match``."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.own_password: str | None = None
        self.decisions: list[tuple[str, dict[str, Any], str]] = []
        self.resets: list[str] = []
        self.users: list[dict[str, Any]] = [dict(PENDING)]

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
        return self._decide(request, found.group(1))

    def _decide(self, request: httpx.Request, user_id: str) -> httpx.Response:
        body = json.loads(request.content)
        target = next(u for u in self.users if u["id"] == user_id)
        needed = body["decision"] == "approve" and target["password_change_required"]
        if ("password" in body) != needed:
            errors = [{"loc": ["body", "password"], "msg": "a first password rule"}]
            return self._problem(422, "validation-error", errors=errors)
        if needed:
            policy = PasswordPolicy(min_length=12)
            weaknesses = policy.weaknesses(body["password"], username=target["username"])
            if weaknesses:
                errors = [
                    {"loc": ["body", "password"], "msg": text}
                    for text in policy.explain(weaknesses)
                ]
                return self._problem(422, "validation-error", errors=errors)
        self.decisions.append((user_id, body, request.headers["if-match"]))
        decided = "approved" if body["decision"] == "approve" else "refused"
        target.update(approval=decided, version=target["version"] + 1)
        return httpx.Response(200, json=target)


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
    assert "Someone else chose this password for you." in first.text
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


def _field_error(page: str, name: str) -> str:
    found = re.search(rf'<p class="field-error" id="{name}-error">([^<]*)</p>', page)
    assert found, f"no message under {name}"
    return html.unescape(found.group(1))


def _password_input(page: str) -> str:
    found = re.search(r'<input type="password"[^>]*>', page)
    assert found, "no password field"
    return found.group(0)


def test_the_accounts_page_links_a_pending_account_to_its_approve_page() -> None:
    gateway = AccountsGateway()
    with officer_client(gateway) as client:
        page = client.get("/accounts")
    assert page.status_code == 200
    assert "new.colleague" in page.text
    assert "Waiting for approval" in page.text
    link = re.search(
        r'<a class="button" href="([^"]+)" aria-label="([^"]+)">Approve</a>', page.text
    )
    assert link, "approving is a link to a page of its own"
    assert link.groups() == (
        f"/accounts/{PENDING['id']}/approve?version=3",
        "Approve new.colleague",
    )
    assert "/approval" not in page.text, "no one-click approval form"
    assert f'href="/accounts/{PENDING["id"]}/refuse?version=3"' in page.text


def test_the_approve_page_asks_for_a_first_password_and_says_what_becomes_of_each() -> None:
    gateway = AccountsGateway()
    with officer_client(gateway) as client:
        page = client.get(f"/accounts/{PENDING['id']}/approve?version=3")
    assert page.status_code == 200
    title = re.search(r"<title>([^<]*)</title>", page.text)
    assert title
    assert title.group(1) == "Approve an account · Pathways", "no username in it"
    assert "<h1>Approve the account new.colleague</h1>" in page.text
    assert (
        "Choose a first password for new.colleague. Give it to them in person or by phone, "
        "never by email or chat. The password the administrator typed stops working; at "
        "their first sign-in they choose their own."
    ) in page.text
    field = _password_input(page.text)
    for attribute in ('id="password"', 'name="password"', 'autocomplete="new-password"'):
        assert attribute in field
    assert re.search(r"\brequired\b", field)
    assert "value=" not in field
    assert '<label for="password">First password</label>' in page.text
    form = page.text[page.text.index('<form method="post" action="/accounts/') :]
    assert form.startswith(f'<form method="post" action="/accounts/{PENDING["id"]}/approval"')
    assert f'name="csrf_token" value="{csrf_in(page.text)}"' in form
    assert '<input type="hidden" name="version" value="3">' in form
    assert '<input type="hidden" name="decision" value="approve">' in form
    assert '<a href="/accounts">Back</a>' in page.text
    assert gateway.decisions == [], "the page changes nothing"


def test_the_approve_page_speaks_the_readers_language() -> None:
    gateway = AccountsGateway()
    with officer_client(gateway) as client:
        client.post(
            "/language",
            data={"csrf_token": csrf_in(client.get("/accounts").text), "language": "th"},
        )
        page = client.get(f"/accounts/{PENDING['id']}/approve?version=3")
    thai = Catalogs().for_language("th")
    assert f"<title>{thai.gettext('Approve an account')} · Pathways</title>" in page.text
    explained = thai.gettext(
        "Choose a first password for {username}. Give it to them in person or by phone, "
        "never by email or chat. The password the administrator typed stops working; at "
        "their first sign-in they choose their own.",
        username="new.colleague",
    )
    assert explained.startswith("ตั้งรหัสผ่าน")
    assert explained in page.text
    assert f">{thai.gettext('First password')}</label>" in page.text


def test_switching_language_on_the_approve_page_comes_back_to_it() -> None:
    """The language switch carries the page's plain query back (without ``?version=3`` the
    approve page is not found)."""
    gateway = AccountsGateway()
    with officer_client(gateway) as client:
        url = f"/accounts/{PENDING['id']}/approve?version=3"
        page = client.get(url)
        assert f'<input type="hidden" name="next" value="{url}">' in page.text
        switched = client.post(
            "/language",
            data={"csrf_token": csrf_in(page.text), "language": "th", "next": url},
            follow_redirects=False,
        )
        assert switched.headers["location"] == url
        assert client.get(url).status_code == 200


def test_approving_sends_the_first_password_with_the_version_in_if_match() -> None:
    gateway = AccountsGateway()
    with officer_client(gateway) as client:
        page = client.get(f"/accounts/{PENDING['id']}/approve?version=3")
        approved = client.post(
            f"/accounts/{PENDING['id']}/approval",
            data={
                "csrf_token": csrf_in(page.text),
                "decision": "approve",
                "version": "3",
                "password": CHOSEN,
            },
        )
        assert approved.status_code == 303
        assert approved.headers["location"] == "/accounts?done=account-approved"
        assert "The account is approved." in client.get(approved.headers["location"]).text
    assert gateway.decisions == [
        (PENDING["id"], {"decision": "approve", "password": CHOSEN}, '"3"')
    ]


def test_a_refused_first_password_is_said_under_its_field_and_never_drawn_back() -> None:
    weak = "new.colleague2024"  # the username and a year, by the gateway's own policy
    gateway = AccountsGateway()
    with officer_client(gateway) as client:
        token = csrf_in(client.get(f"/accounts/{PENDING['id']}/approve?version=3").text)

        def approve(password: str) -> Any:
            return client.post(
                f"/accounts/{PENDING['id']}/approval",
                data={
                    "csrf_token": token,
                    "decision": "approve",
                    "version": "3",
                    "password": password,
                },
            )

        refused = approve(weak)
        short = approve("short")
        empty = approve("")
    assert refused.status_code == 422
    assert "This password contains the username, a part of it, or the name Pathways." in (
        _field_error(refused.text, "password")
    )
    assert "Some fields need your attention." in refused.text
    assert "<h1>Approve the account new.colleague</h1>" in refused.text
    assert '<input type="hidden" name="version" value="3">' in refused.text
    assert weak not in refused.text
    assert "value=" not in _password_input(refused.text)
    assert 'aria-invalid="true"' in _password_input(refused.text)
    assert _field_error(short.text, "password") == "Use at least 12 characters."
    assert "short" not in _password_input(short.text)
    assert empty.status_code == 422
    assert _field_error(empty.text, "password") == "This is required."
    sent = [r for r in gateway.requests if r.url.path.endswith("/approval")]
    assert len(sent) == 2, "an empty password never reaches the gateway"
    assert gateway.decisions == []
    assert gateway.users[0]["approval"] == "pending"


def test_an_account_with_a_password_of_its_own_is_approved_without_one() -> None:
    gateway = AccountsGateway()
    gateway.users.append(dict(RE_ROLED))
    with officer_client(gateway) as client:
        page = client.get(f"/accounts/{RE_ROLED['id']}/approve?version=7")
        assert 'type="password"' not in page.text
        assert "dara.moved keeps the password they chose" in page.text
        approved = client.post(
            f"/accounts/{RE_ROLED['id']}/approval",
            data={"csrf_token": csrf_in(page.text), "decision": "approve", "version": "7"},
        )
    assert approved.status_code == 303
    assert gateway.decisions == [(RE_ROLED["id"], {"decision": "approve"}, '"7"')]


def test_refusing_asks_first_and_sends_no_password() -> None:
    gateway = AccountsGateway()
    with officer_client(gateway) as client:
        asked = client.get(f"/accounts/{PENDING['id']}/refuse?version=3")
        assert asked.status_code == 200
        assert "will never be able to sign in" in asked.text
        assert 'type="password"' not in asked.text
        assert gateway.decisions == [], "asking changes nothing"
        refused = client.post(
            f"/accounts/{PENDING['id']}/approval",
            # Even a password slipped into the form is not sent with a refusal.
            data={
                "csrf_token": csrf_in(asked.text),
                "decision": "refuse",
                "version": "3",
                "password": CHOSEN,
            },
        )
    assert refused.status_code == 303
    assert refused.headers["location"] == "/accounts?done=account-refused"
    assert gateway.decisions == [(PENDING["id"], {"decision": "refuse"}, '"3"')]


def test_approving_checks_the_id_the_version_and_the_decision() -> None:
    gateway = AccountsGateway()
    with officer_client(gateway) as client:
        token = csrf_in(client.get("/accounts").text)
        assert client.get(f"/accounts/{PENDING['id']}/approve").status_code == 404
        assert client.get(f"/accounts/{PENDING['id']}/approve?version=3a").status_code == 404
        assert client.get("/accounts/not%20an%20id/approve?version=3").status_code == 404
        for user_id, decision, version in (
            (PENDING["id"], "delete", "3"),
            (PENDING["id"], "approve", "three"),
            ("not an id", "approve", "3"),
        ):
            forged = client.post(
                f"/accounts/{user_id}/approval",
                data={
                    "csrf_token": token,
                    "decision": decision,
                    "version": version,
                    "password": CHOSEN,
                },
            )
            assert forged.status_code == 422
        without_token = client.post(
            f"/accounts/{PENDING['id']}/approval",
            data={"decision": "approve", "version": "3", "password": CHOSEN},
        )
        assert without_token.status_code == 403
    assert gateway.decisions == []
    assert not [r for r in gateway.requests if r.url.path.endswith("/approval")]


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
