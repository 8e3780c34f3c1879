"""Sessions, CSRF, cookies and headers of the console, against a fake gateway transport."""

from __future__ import annotations

import re
from typing import Any

import pytest
from fastapi.testclient import TestClient
from pydantic import ValidationError

from console.app import cookie_name
from console.config import ConsoleSettings
from console.sessions import InMemorySessionStore
from tests.support.processes import wait_until
from tests.unit.console.conftest import Clock, make_client
from tests.unit.console.fake_gateway import PASSWORD, FakeGateway


def _csrf(client: TestClient, path: str = "/sign-in") -> str:
    page = client.get(path)
    found = re.search(r'name="csrf_token" value="([^"]+)"', page.text)
    assert found, page.text
    return found.group(1)


def _sign_in(client: TestClient) -> None:
    answer = client.post(
        "/sign-in",
        data={"csrf_token": _csrf(client), "username": "officer", "password": PASSWORD},
    )
    assert answer.status_code == 303, answer.text


def test_a_post_without_the_csrf_token_is_refused_and_changes_nothing(
    client: TestClient, gateway: FakeGateway
) -> None:
    client.get("/sign-in")
    refused = client.post("/sign-in", data={"username": "officer", "password": PASSWORD})
    assert refused.status_code == 403
    assert "did not come from this console" in refused.text
    forged = client.post(
        "/sign-in", data={"csrf_token": "x" * 43, "username": "officer", "password": PASSWORD}
    )
    assert forged.status_code == 403
    assert [r.url.path for r in gateway.requests] == []  # the gateway was never asked
    assert client.get("/caseload").headers["location"] == "/sign-in"


def test_the_cookie_holds_a_random_id_never_a_token(
    client: TestClient, gateway: FakeGateway
) -> None:
    _sign_in(client)
    cookies = [v for k, v in client.cookies.items()]
    assert len(cookies) == 1
    tokens = gateway.valid_access | gateway.valid_refresh
    assert tokens, "the gateway issued tokens"
    for token in tokens:
        assert token not in cookies[0]
        assert token.split(".")[-1] not in cookies[0]
    page = client.get("/caseload")
    assert page.status_code == 200
    for token in tokens:
        assert token not in page.text


def test_the_cookie_is_httponly_samesite_strict_and_rotated_at_sign_in(client: TestClient) -> None:
    first = client.get("/sign-in").headers["set-cookie"]
    assert "HttpOnly" in first
    assert "SameSite=strict" in first
    assert "Secure" not in first  # plain HTTP in development
    before = client.cookies.get("console_session")
    _sign_in(client)
    assert client.cookies.get("console_session") != before  # no session fixation


def test_secure_cookies_when_served_over_tls(gateway: FakeGateway, clock: Clock) -> None:
    with make_client(gateway, clock, console_secure_cookies=True) as client:
        client.base_url = "https://console.test"
        cookie = client.get("/sign-in").headers["set-cookie"]
    assert cookie.startswith("__Host-console=")
    assert "Secure" in cookie
    assert "Path=/" in cookie


def test_every_page_is_no_store_and_locked_down(client: TestClient) -> None:
    for path in ("/sign-in", "/caseload", "/no-such-page", "/static/console.css"):
        answer = client.get(path)
        assert answer.headers["cache-control"] == "no-store", path
        assert "script-src 'self'" in answer.headers["content-security-policy"], path
        assert "frame-ancestors 'none'" in answer.headers["content-security-policy"], path
        assert answer.headers["x-content-type-options"] == "nosniff", path
        # No Referer to any other site; same-origin, as no-referrer makes browsers send
        # ``Origin: null`` on a form's POST, which the console refuses as another site's.
        assert answer.headers["referrer-policy"] == "same-origin", path


def test_a_boosted_page_names_its_own_address_for_the_history(client: TestClient) -> None:
    """A boosted form's POST that redirects (registering a survivor) ends in a GET of the
    new page: htmx keeps the form's address unless the page names its own."""
    boosted = {"HX-Request": "true", "HX-Boosted": "true"}
    answer = client.get("/sign-in?lang=km", headers=boosted)
    assert answer.headers["hx-push-url"] == "/sign-in?lang=km"
    assert "hx-push-url" not in client.get("/sign-in").headers  # a plain page load
    assert "hx-push-url" not in client.get("/sign-in", headers={"HX-Request": "true"}).headers


def test_an_expired_access_token_is_refreshed_quietly(
    client: TestClient, gateway: FakeGateway
) -> None:
    _sign_in(client)
    gateway.expire_access_tokens()
    answer = client.get("/survivors/srv_unknown")
    assert answer.status_code == 404  # the real call ran after the refresh
    assert [r.url.path for r in gateway.requests].count("/v1/auth/refresh") == 1


def test_every_gateway_call_names_the_browsers_address_not_the_consoles(
    client: TestClient, gateway: FakeGateway
) -> None:
    # The gateway limits sign-ins and writes per client address: without the browser's
    # address every console user would share the console's one address and its limits.
    _sign_in(client)
    gateway.expire_access_tokens()
    client.get("/survivors/srv_unknown")
    paths = [r.url.path for r in gateway.requests]
    assert {"/v1/auth/token", "/v1/me", "/v1/auth/refresh", "/v1/survivors/srv_unknown"} <= set(
        paths
    )
    # Starlette's test client connects from the address "testclient".
    assert {r.headers.get("x-forwarded-for") for r in gateway.requests} == {"testclient"}


def test_a_token_near_expiry_is_refreshed_before_use(
    client: TestClient, gateway: FakeGateway, clock: Clock
) -> None:
    _sign_in(client)
    clock.now += 900 - 30  # inside the refresh margin
    client.get("/survivors/srv_unknown")
    assert [r.url.path for r in gateway.requests].count("/v1/auth/refresh") == 1


def test_a_refused_refresh_signs_the_user_out(client: TestClient, gateway: FakeGateway) -> None:
    _sign_in(client)
    gateway.expire_access_tokens()
    gateway.valid_refresh.clear()
    assert client.get("/survivors/srv_unknown").headers["location"] == "/sign-in"
    assert client.get("/caseload").headers["location"] == "/sign-in"


def test_sign_out_ends_the_gateway_session(client: TestClient, gateway: FakeGateway) -> None:
    _sign_in(client)
    token = _csrf(client, "/caseload")
    answer = client.post("/sign-out", data={"csrf_token": token})
    assert answer.status_code == 303
    assert len(gateway.logged_out) == 1
    assert _cookie_deleted(answer)
    assert client.get("/caseload").headers["location"] == "/sign-in"


def _cookie_deleted(answer: Any) -> bool:
    """The answer tells the browser to drop the session cookie (expired, empty), so no
    cookie is left to show the site was visited where Clear-Site-Data is ignored."""
    return any(
        header.startswith(f"{cookie_name(False)}=") and "max-age=0" in header.lower()
        for header in answer.headers.get_list("set-cookie")
    )


def test_quick_exit_clears_the_session_and_leaves(client: TestClient, gateway: FakeGateway) -> None:
    _sign_in(client)
    answer = client.get("/exit")
    assert answer.status_code == 303
    assert answer.headers["location"].startswith("https://")
    assert "console.test" not in answer.headers["location"]
    assert "cookies" in answer.headers["clear-site-data"]
    assert len(gateway.logged_out) == 1
    assert _cookie_deleted(answer)


def test_a_wrong_password_is_answered_without_saying_why(client: TestClient) -> None:
    answer = client.post(
        "/sign-in", data={"csrf_token": _csrf(client), "username": "officer", "password": "no"}
    )
    assert answer.status_code == 400
    assert "The username or password is not correct." in answer.text


def test_gateway_validation_errors_are_shown_next_to_their_field(client: TestClient) -> None:
    _sign_in(client)
    answer = client.post(
        "/survivors/new",
        data={
            "csrf_token": _csrf(client, "/survivors/new"),
            "language": "th",
            "level": "native",
            "age_band": "25-34",
            "country": "T",
            "district": "Bang Rak",
            "idem": "0" * 32,
        },
    )
    assert answer.status_code == 422
    assert 'id="country-error"' in answer.text
    assert 'aria-describedby="country-error"' in answer.text


def test_the_language_choice_is_remembered_for_the_user(
    client: TestClient, gateway: FakeGateway
) -> None:
    _sign_in(client)
    client.post(
        "/language",
        data={"csrf_token": _csrf(client, "/caseload"), "language": "th", "next": "/caseload"},
    )
    assert 'lang="th"' in client.get("/caseload").text
    client.post("/sign-out", data={"csrf_token": _csrf(client, "/caseload")})
    client.cookies.clear()
    _sign_in(client)
    assert 'lang="th"' in client.get("/caseload").text


def test_an_idle_session_is_forgotten() -> None:
    clock = Clock()
    store = InMemorySessionStore(idle_s=60, clock=clock)
    session = store.create()
    clock.now += 59
    assert store.get(session.id) is session
    clock.now += 61
    assert store.get(session.id) is None


def test_rotation_gives_a_new_id_and_csrf_token() -> None:
    store = InMemorySessionStore(idle_s=60, clock=Clock())
    session = store.create()
    old_id, old_csrf = session.id, session.csrf_token
    store.rotate(session)
    assert session.id != old_id
    assert session.csrf_token != old_csrf
    assert store.get(old_id) is None
    assert store.get(session.id) is session


def test_each_role_starts_on_its_own_page_and_cannot_open_the_others(
    client: TestClient, gateway: FakeGateway
) -> None:
    gateway.role = "employer"
    _sign_in(client)
    assert client.get("/").headers["location"] == "/opportunities"
    for officer_only in ("/caseload", "/survivors/new", "/survivors/srv_1", "/admin/organisations"):
        answer = client.get(officer_only)
        assert answer.status_code == 403, officer_only
        assert "Your role cannot do this." in answer.text
    assert not any(r.url.path.startswith("/v1/survivors") for r in gateway.requests)


def test_an_unexpected_failure_is_a_plain_500_page_that_is_not_stored(
    gateway: FakeGateway, clock: Clock
) -> None:
    app = make_client(gateway, clock).app
    with TestClient(
        app, base_url="http://console.test", follow_redirects=False, raise_server_exceptions=False
    ) as client:
        _sign_in(client)
        answer = client.get("/survivors/srv_broken")
    assert answer.status_code == 500
    assert "Something went wrong." in answer.text
    assert answer.headers["cache-control"] == "no-store"
    assert "not json" not in answer.text


def test_abandoned_sessions_are_swept_away() -> None:
    clock = Clock()
    store = InMemorySessionStore(idle_s=60, clock=clock)
    for _ in range(300):
        store.create()
    clock.now += 61
    for _ in range(300):
        store.create()
    assert len(store) <= 300  # the first 300, idle, went at the next sweep


def test_a_flood_of_cookie_less_requests_keeps_only_the_newest_anonymous_sessions() -> None:
    store = InMemorySessionStore(idle_s=600, clock=Clock(), most_anonymous=3)
    signed_in = store.rotate(store.create())  # signed in: never dropped for room
    first = [store.create() for _ in range(3)]
    later = [store.create() for _ in range(3)]

    assert [store.get(s.id) for s in first] == [None, None, None]
    assert all(store.get(s.id) is s for s in later)
    assert store.get(signed_in.id) is signed_in
    assert len(store) == 4


def test_assets_and_probes_make_no_session(client: TestClient) -> None:
    for path in ("/static/console.css", "/healthz"):
        answer = client.get(path)
        assert answer.status_code == 200
        assert "set-cookie" not in answer.headers
        assert answer.headers["cache-control"] == "no-store"


def test_a_missing_asset_is_a_404_with_no_session(client: TestClient) -> None:
    """It was a 500 (the not-found page read a session that asset paths never get)."""
    for path in ("/static/no-such.css", "/static/vendor/x", "/static/%2e%2e/app.py"):
        answer = client.get(path)
        assert answer.status_code == 404, path
        assert "set-cookie" not in answer.headers
        assert answer.headers["cache-control"] == "no-store"
        assert answer.headers["x-frame-options"] == "DENY"


def test_the_caseload_lists_the_organisations_survivors_page_by_page(
    client: TestClient, gateway: FakeGateway
) -> None:
    gateway.caseload = {
        "items": [
            {
                "id": "srv_1",
                "alias": "P-7KQ3XM",
                "readiness": "training_ready",
                "consents": ["matching", "employer_shortlist"],
            }
        ],
        "next_cursor": "abc.def",
    }
    _sign_in(client)
    page = client.get("/caseload?stage=training_ready")
    assert page.status_code == 200
    assert 'href="/survivors/srv_1"' in page.text
    assert "P-7KQ3XM" in page.text
    assert "2 / 3" in page.text
    assert "page=abc.def" in page.text
    asked = [r for r in gateway.requests if r.url.path == "/v1/organisations/org_1/survivors"]
    assert asked[-1].url.params["readiness"] == "training_ready"
    client.get("/caseload?stage=training_ready&page=abc.def")
    asked = [r for r in gateway.requests if r.url.path == "/v1/organisations/org_1/survivors"]
    assert asked[-1].url.params["cursor"] == "abc.def"


def test_in_production_the_cookie_is_secure_unless_refused_at_start() -> None:
    assert ConsoleSettings(environment="production").secure_cookies is True
    assert ConsoleSettings(environment="development").secure_cookies is False
    with pytest.raises(ValidationError, match="SECURE_COOKIES"):
        ConsoleSettings(environment="production", console_secure_cookies=False)


def test_a_console_session_that_times_out_ends_its_gateway_session() -> None:
    """Its access token may have expired meanwhile: the console spends the refresh token
    to end the session, so no refresh token outlives the console's own session."""
    gateway = FakeGateway()
    clock = Clock()
    with make_client(gateway, clock, console_session_idle_s=60) as client:
        token = re.search(r'name="csrf_token" value="([^"]+)"', client.get("/sign-in").text)
        assert token
        signed = client.post(
            "/sign-in",
            data={"csrf_token": token.group(1), "username": "officer", "password": PASSWORD},
        )
        assert signed.status_code == 303
        held = set(gateway.valid_refresh)
        assert held
        clock.now += 61
        gateway.expire_access_tokens()

        assert client.get("/caseload").status_code == 303  # signed out: back to sign-in

        assert wait_until(lambda: bool(gateway.logged_out), timeout_s=10)
        assert not held & gateway.valid_refresh, "the refresh token is spent"
