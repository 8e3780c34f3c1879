"""The console's side of sign-in codes (a second factor): the sign-in page asks for the
code when the gateway does, or a recovery code in its place; an administrator who must set
them up lands on the set-up page and every other page leads back there; setting up shows the
key once and, confirmed, shows the recovery codes once and signs the person out with a
sentence saying why; someone with codes gets new recovery codes for a code from the app."""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import parse_qs

import httpx

from tests.unit.console.conftest import Clock, csrf_in, make_client
from tests.unit.console.fake_gateway import PASSWORD, FakeGateway

SECRET = "JBSWY3DPEHPK3PXPJBSWY3DP"
RIGHT = "654321"
RECOVERY = [f"abcd{n}-efgh{n}" for n in range(2, 10)] + ["k2m3n-p4q5r", "s6t7u-v8w9x"]
KEPT = "zyxw2-vuts3"


class CodesGateway(FakeGateway):
    """The fake gateway, where user ``coded`` signs in with code ``RIGHT``, and the officer's
    session must set up a second factor when ``must_set_up``."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.must_set_up = False
        self.confirmed: list[str] = []

    def handle(self, request: httpx.Request) -> httpx.Response:
        path = request.url.path
        if path == "/v1/auth/token":
            form = {k: v[0] for k, v in parse_qs(request.content.decode()).items()}
            if form.get("username") == "coded" and form.get("password") == PASSWORD:
                self.requests.append(request)
                if "code" not in form:
                    return self._problem(403, "second-factor-required")
                if form["code"] not in (RIGHT, KEPT):
                    return self._problem(400, "second-factor-refused")
                return httpx.Response(200, json=self._tokens())
        bearer = request.headers.get("authorization", "").removeprefix("Bearer ")
        if bearer not in self.valid_access:
            return super().handle(request)
        if path == "/v1/me":
            me = json.loads(super().handle(request).content)
            return httpx.Response(
                200, json={**me, "second_factor_setup_required": self.must_set_up}
            )
        if path == "/v1/auth/second-factor":
            self.requests.append(request)
            return httpx.Response(
                200,
                json={
                    "secret": SECRET,
                    "otpauth_uri": f"otpauth://totp/Pathways:x?secret={SECRET}",
                },
            )
        if path == "/v1/auth/second-factor/confirmation":
            self.requests.append(request)
            body = json.loads(request.content)
            code = body["code"]
            if body.get("password") != PASSWORD:
                errors = [{"loc": ["body", "password"], "msg": "the current password is not right"}]
                return self._problem(422, "validation-error", errors=errors)
            if code != RIGHT:
                errors = [{"loc": ["body", "code"], "msg": "the code is not right", "type": "x"}]
                return self._problem(422, "validation-error", errors=errors)
            self.confirmed.append(code)
            self.valid_access.clear()
            return httpx.Response(200, json={"recovery_codes": RECOVERY})
        if path == "/v1/auth/second-factor/recovery-codes":
            self.requests.append(request)
            if json.loads(request.content)["code"] != RIGHT:
                errors = [{"loc": ["body", "code"], "msg": "the code is not right", "type": "x"}]
                return self._problem(422, "validation-error", errors=errors)
            return httpx.Response(200, json={"recovery_codes": list(reversed(RECOVERY))})
        if request.method == "GET" and path.startswith("/v1/users/"):
            own = json.loads(super().handle(request).content)
            return httpx.Response(200, json={**own, "second_factor": not self.must_set_up})
        if self.must_set_up and path.startswith("/v1/organisations"):
            return self._problem(403, "second-factor-enrolment-required")
        return super().handle(request)


def test_the_sign_in_page_asks_for_the_code_when_the_account_has_one() -> None:
    client = make_client(CodesGateway(), Clock())
    first = client.post(
        "/sign-in",
        data={
            "csrf_token": csrf_in(client.get("/sign-in").text),
            "username": "coded",
            "password": PASSWORD,
        },
    )
    assert first.status_code == 400
    assert 'name="code"' in first.text
    assert 'value="coded"' in first.text, "the username stays: only the password is typed again"
    assert "6-digit code" in first.text
    wrong = client.post(
        "/sign-in",
        data={
            "csrf_token": csrf_in(first.text),
            "username": "coded",
            "password": PASSWORD,
            "code": "000000",
        },
    )
    assert wrong.status_code == 400
    assert "That code is not right, or was used already." in wrong.text
    assert 'value="coded"' in wrong.text, "asked again for the code, the username kept"
    assert 'name="code"' in wrong.text
    right = client.post(
        "/sign-in",
        data={
            "csrf_token": csrf_in(wrong.text),
            "username": "coded",
            "password": PASSWORD,
            "code": RIGHT,
        },
    )
    assert right.status_code == 303


def test_an_administrator_who_must_set_up_codes_is_led_there_and_can_do_it() -> None:
    gateway = CodesGateway(role="platform_admin")
    gateway.must_set_up = True
    client = make_client(gateway, Clock())
    signed = client.post(
        "/sign-in",
        data={
            "csrf_token": csrf_in(client.get("/sign-in").text),
            "username": "officer",
            "password": PASSWORD,
        },
    )
    assert signed.headers["location"] == "/account/second-factor"
    elsewhere = client.get("/admin/organisations")
    assert elsewhere.status_code == 303
    assert elsewhere.headers["location"] == "/account/second-factor"

    page = client.get("/account/second-factor")
    assert "nothing else can be done until then" in page.text
    assert SECRET not in page.text, "no key before the person asks for one"
    started = client.post("/account/second-factor", data={"csrf_token": csrf_in(page.text)})
    assert started.status_code == 200
    assert "JBSW Y3DP EHPK 3PXP JBSW Y3DP" in started.text
    assert 'autocomplete="current-password"' in started.text, "the password is asked too"
    wrong = client.post(
        "/account/second-factor/confirm",
        data={
            "csrf_token": csrf_in(started.text),
            "secret": SECRET,
            "code": "111111",
            "password": PASSWORD,
        },
    )
    assert wrong.status_code == 400
    assert "That code is not right." in wrong.text
    assert "JBSW Y3DP" in wrong.text, "the same key, to try the next code"
    # A session alone (a stolen one) does not turn codes on: the password is asked.
    no_password = client.post(
        "/account/second-factor/confirm",
        data={"csrf_token": csrf_in(wrong.text), "secret": SECRET, "code": RIGHT},
    )
    assert no_password.status_code == 400
    assert "The current password is not correct." in no_password.text
    assert gateway.confirmed == []
    done = client.post(
        "/account/second-factor/confirm",
        data={
            "csrf_token": csrf_in(no_password.text),
            "secret": SECRET,
            "code": RIGHT,
            "password": PASSWORD,
        },
    )
    assert done.status_code == 200
    assert gateway.confirmed == [RIGHT]
    # The recovery codes, this once, and the way on to sign in again.
    assert all(code in done.text for code in RECOVERY)
    assert done.headers["cache-control"] == "no-store"
    assert 'href="/sign-in?lang=en&amp;done=second-factor-on"' in done.text
    assert "Sign out" not in done.text, "the session has ended: no signed-in menu"
    assert client.get("/caseload").status_code == 303, "signed out"
    assert "Sign-in codes are on." in client.get("/sign-in?lang=en&done=second-factor-on").text


def test_a_recovery_code_goes_in_place_of_the_apps_code() -> None:
    gateway = CodesGateway()
    client = make_client(gateway, Clock())
    asked = client.post(
        "/sign-in",
        data={
            "csrf_token": csrf_in(client.get("/sign-in").text),
            "username": "coded",
            "password": PASSWORD,
        },
    )
    assert 'name="recovery_code"' in asked.text
    assert "Lost your phone?" in asked.text
    signed = client.post(
        "/sign-in",
        data={
            "csrf_token": csrf_in(asked.text),
            "username": "coded",
            "password": PASSWORD,
            "code": "",
            "recovery_code": f" {KEPT} ",
        },
    )
    assert signed.status_code == 303
    tokens = [r for r in gateway.requests if r.url.path == "/v1/auth/token"]
    assert parse_qs(tokens[-1].content.decode())["code"] == [KEPT]


def test_someone_with_codes_gets_new_recovery_codes_for_a_code_from_the_app() -> None:
    gateway = CodesGateway()
    client = make_client(gateway, Clock())
    client.post(
        "/sign-in",
        data={
            "csrf_token": csrf_in(client.get("/sign-in").text),
            "username": "coded",
            "password": PASSWORD,
            "code": RIGHT,
        },
    )
    page = client.get("/account/second-factor")
    assert "Sign-in codes are on for your account." in page.text
    assert "Set up sign-in codes" not in page.text
    wrong = client.post(
        "/account/second-factor/recovery-codes",
        data={"csrf_token": csrf_in(page.text), "code": "111111"},
    )
    assert wrong.status_code == 400
    assert "That code is not right." in wrong.text
    renewed = client.post(
        "/account/second-factor/recovery-codes",
        data={"csrf_token": csrf_in(wrong.text), "code": RIGHT},
    )
    assert renewed.status_code == 200
    assert all(code in renewed.text for code in RECOVERY)
    assert 'href="/account/second-factor"' in renewed.text
    assert client.get("/account/second-factor").status_code == 200, "still signed in"
