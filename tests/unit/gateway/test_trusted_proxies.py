"""Whose X-Forwarded-For the gateway believes: with a proxy key set, a trusted address must
also show it. The expected clients come from the rule: sign-ins are limited per client
address, and on one host any program can send from the console's address (127.0.0.2), so
the address alone must not let a caller name the address it is limited by."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from starlette.types import Message, Receive, Scope, Send

from console.config import ConsoleSettings
from gateway.config import GatewaySettings
from gateway.trusted_proxies import PROXY_KEY_HEADER, behind_trusted_proxies

CONSOLE = "127.0.0.2"
KEY = "the install's own proxy key"
BROWSER = "203.0.113.9"


class Seen:
    """An application that records the client and headers it was given."""

    def __init__(self) -> None:
        self.client: str | None = None
        self.headers: list[tuple[bytes, bytes]] = []

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        self.client = scope["client"][0]
        self.headers = list(scope["headers"])


def _from(source: str, headers: dict[str, str]) -> Seen:
    seen = Seen()
    app = behind_trusted_proxies(seen, trusted=CONSOLE, key=KEY)
    scope: dict[str, Any] = {
        "type": "http",
        "scheme": "http",
        "client": (source, 50000),
        "headers": [(name.lower().encode(), value.encode()) for name, value in headers.items()],
    }

    async def receive() -> Message:
        return {"type": "http.request", "body": b""}

    async def send(message: Message) -> None:
        return None

    async def call() -> None:
        await app(scope, receive, send)

    asyncio.run(call())
    return seen


def test_the_console_showing_the_key_names_the_browser() -> None:
    seen = _from(CONSOLE, {"X-Forwarded-For": BROWSER, PROXY_KEY_HEADER: KEY})
    assert seen.client == BROWSER
    assert PROXY_KEY_HEADER.encode() not in {name for name, _ in seen.headers}


@pytest.mark.parametrize(
    "headers",
    [
        {"X-Forwarded-For": BROWSER},  # any program bound to the console's address
        {"X-Forwarded-For": BROWSER, PROXY_KEY_HEADER: "a guess"},
        {"X-Forwarded-For": BROWSER, PROXY_KEY_HEADER: KEY + "x"},
    ],
)
def test_without_the_key_the_client_is_its_own_address(headers: dict[str, str]) -> None:
    seen = _from(CONSOLE, headers)
    assert seen.client == CONSOLE
    assert b"x-forwarded-for" not in {name for name, _ in seen.headers}


def test_the_key_from_an_address_not_trusted_names_no_one() -> None:
    assert _from("127.0.0.1", {"X-Forwarded-For": BROWSER, PROXY_KEY_HEADER: KEY}).client == (
        "127.0.0.1"
    )


def test_without_a_key_set_the_address_alone_is_trusted_as_before() -> None:
    seen = Seen()
    assert behind_trusted_proxies(seen, trusted=CONSOLE, key=None) is seen


def test_an_empty_key_as_a_config_map_holds_it_is_no_key(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATHWAYS_TRUSTED_PROXY_KEY", "")
    monkeypatch.setenv("PATHWAYS_GATEWAY_PROXY_KEY", "")
    assert GatewaySettings().trusted_proxy_key is None
    assert ConsoleSettings().gateway_proxy_key is None
    seen = Seen()
    assert behind_trusted_proxies(seen, trusted=CONSOLE, key="") is seen
