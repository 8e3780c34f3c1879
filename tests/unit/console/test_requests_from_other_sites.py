"""A form another website sends to the console is refused, whatever token it carries.

The browser says where a request comes from (``Origin``, else ``Referer``); a POST naming
another site is answered with the console's 403 page before anything reaches the gateway.
A request that names no site at all is left to the CSRF token, and reads are never refused.
"""

from __future__ import annotations

import asyncio
import re

import pytest
from fastapi.testclient import TestClient
from pydantic import ValidationError
from starlette.requests import Request

from console.config import ConsoleSettings
from console.same_origin import SAFE_METHODS, refusing_other_sites
from tests.unit.console.conftest import Clock, csrf_of, make_client, signed_in_officer
from tests.unit.console.fake_gateway import PASSWORD, FakeGateway

#: The console's own origin in these tests (``make_client``'s base URL).
OWN = "http://console.test"
ELSEWHERE = "https://prize-draw.example"
#: What the refusal says (``messages.FROM_ANOTHER_SITE``), in English and in Thai.
REFUSAL = "Nothing was changed: this request came from another website"
REFUSAL_TH = "คำขอนี้มาจากเว็บไซต์อื่น"
#: What the CSRF token's refusal says.
CSRF_REFUSAL = "did not come from this console"


def _sign_in(client: TestClient, **headers: str) -> int:
    answer = client.post(
        "/sign-in",
        data={
            "csrf_token": csrf_of(client, "/sign-in"),
            "username": "officer",
            "password": PASSWORD,
        },
        headers=headers,
    )
    return answer.status_code


def _signed_in(client: TestClient) -> bool:
    return client.get("/caseload").status_code == 200


def test_a_sign_in_sent_from_another_site_is_refused_though_its_token_is_right(
    client: TestClient, gateway: FakeGateway
) -> None:
    token = csrf_of(client, "/sign-in")
    answer = client.post(
        "/sign-in",
        data={"csrf_token": token, "username": "officer", "password": PASSWORD},
        headers={"Origin": ELSEWHERE},
    )
    assert answer.status_code == 403
    assert REFUSAL in answer.text
    assert 'role="alert"' in answer.text  # the console's error page, as for other refusals
    assert gateway.requests == []  # the password was never tried
    assert not _signed_in(client)


def test_a_signed_in_officers_sign_out_from_another_site_changes_nothing(
    gateway: FakeGateway,
) -> None:
    with signed_in_officer(gateway) as officer:
        token = csrf_of(officer, "/caseload")
        asked = len(gateway.requests)
        answer = officer.post(
            "/sign-out", data={"csrf_token": token}, headers={"Origin": ELSEWHERE}
        )
        assert answer.status_code == 403
        assert REFUSAL in answer.text
        assert gateway.requests[asked:] == []  # no logout reached the gateway
        assert _signed_in(officer)


def test_the_refusal_is_in_the_readers_language(client: TestClient) -> None:
    client.headers["Accept-Language"] = "th"
    answer = client.post(
        "/sign-in",
        data={"csrf_token": csrf_of(client, "/sign-in"), "username": "officer"},
        headers={"Origin": ELSEWHERE},
    )
    assert answer.status_code == 403
    assert REFUSAL_TH in answer.text
    assert REFUSAL not in answer.text


@pytest.mark.parametrize(
    "headers",
    [
        {"Referer": f"{ELSEWHERE}/win?ticket=1"},  # no Origin: the Referer's origin
        {"Origin": "null"},  # a sandboxed frame, a data: page, a redirect from elsewhere
        {"Origin": "null", "Referer": f"{OWN}/sign-in"},  # Origin says it; Referer is not read
        {"Origin": "http://console.test.prize-draw.example"},
        {"Origin": "https://console.test"},  # another scheme is another origin
        {"Origin": "http://console.test:8443"},  # and so is another port
    ],
)
def test_a_post_naming_any_other_origin_is_refused(
    client: TestClient, gateway: FakeGateway, headers: dict[str, str]
) -> None:
    assert _sign_in(client, **headers) == 403
    assert gateway.requests == []
    assert not _signed_in(client)


@pytest.mark.parametrize(
    "headers",
    [
        {"Origin": OWN},
        {"Origin": "HTTP://Console.Test:80"},  # the same origin, written otherwise
        {"Referer": f"{OWN}/sign-in?lang=km"},  # no Origin: the Referer's origin
    ],
)
def test_a_post_from_the_consoles_own_pages_is_accepted(
    client: TestClient, headers: dict[str, str]
) -> None:
    assert _sign_in(client, **headers) == 303
    assert _signed_in(client)


def test_without_origin_or_referer_the_csrf_token_decides(client: TestClient) -> None:
    # Some privacy settings strip both headers: the token alone still keeps other sites out.
    refused = client.post("/sign-in", data={"username": "officer", "password": PASSWORD})
    assert refused.status_code == 403
    assert CSRF_REFUSAL in refused.text
    assert _sign_in(client) == 303


def test_a_read_naming_another_site_is_served(gateway: FakeGateway) -> None:
    with signed_in_officer(gateway) as officer:
        for path in ("/sign-in", "/caseload", "/survivors/new"):
            answer = officer.get(path, headers={"Origin": ELSEWHERE, "Referer": ELSEWHERE})
            assert answer.status_code == 200, path


@pytest.mark.parametrize("method", ["GET", "HEAD", "OPTIONS", "TRACE"])
def test_no_safe_method_is_refused_whatever_it_names(method: str) -> None:
    # The console's routes answer HEAD, OPTIONS and TRACE with 405 before any dependency
    # runs; the check itself must let them pass too.
    scope = {
        "type": "http",
        "method": method,
        "scheme": "http",
        "path": "/sign-in",
        "query_string": b"",
        "headers": [(b"host", b"console.test"), (b"origin", ELSEWHERE.encode())],
    }
    asyncio.run(refusing_other_sites()(Request(scope)))  # raises CrossSiteRefused if not


def test_behind_a_proxy_the_configured_public_origin_is_the_consoles_own(
    gateway: FakeGateway,
) -> None:
    public = "https://console.example.org"
    with make_client(gateway, Clock(), console_public_origin=public) as client:
        # The proxy passed on another Host (console.test) and plain HTTP: the browser's
        # Origin is the public address, and only that one is the console's.
        assert _sign_in(client, Origin=OWN) == 403
        assert _sign_in(client, Origin=public) == 303


def test_the_public_origin_is_read_as_browsers_write_origin() -> None:
    settings = ConsoleSettings(console_public_origin="HTTPS://Console.Example.org:443/")
    assert settings.console_public_origin == "https://console.example.org"
    assert ConsoleSettings().console_public_origin == ""  # the request's own, by default


@pytest.mark.parametrize(
    "wrong",
    [
        "https://console.example.org/console",  # a path: no Origin has one
        "https://console.example.org/?lang=km",
        "console.example.org",  # no scheme
        "ftp://console.example.org",
        "https://admin@console.example.org",
    ],
)
def test_a_public_origin_that_no_browser_could_send_is_refused_at_start(wrong: str) -> None:
    with pytest.raises(ValidationError):
        ConsoleSettings(console_public_origin=wrong)


def _filled(path: str) -> str:
    """The route's path with a plausible id in each parameter."""
    return re.sub(r"\{[^}]+\}", "abc123", path)


def test_every_route_that_may_change_something_refuses_another_site(
    gateway: FakeGateway,
) -> None:
    with signed_in_officer(gateway) as officer:
        token = csrf_of(officer, "/caseload")
        asked = len(gateway.requests)
        # Every operation of the app and of the routers it includes (the console serves no
        # schema, but FastAPI still builds one from the routes).
        paths = officer.app.openapi()["paths"]  # type: ignore[attr-defined]
        routes = [
            (method.upper(), path)
            for path, operations in paths.items()
            for method in operations
            if method.upper() not in SAFE_METHODS
        ]
        assert len(routes) > 40  # every form of every role, not a handful
        for method, path in routes:
            answer = officer.request(
                method,
                _filled(path),
                data={"csrf_token": token},
                headers={"Origin": ELSEWHERE},
            )
            assert (answer.status_code, REFUSAL in answer.text) == (403, True), (method, path)
        assert gateway.requests[asked:] == []
        assert _signed_in(officer)
