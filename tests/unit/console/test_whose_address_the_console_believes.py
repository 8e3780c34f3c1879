"""Whose ``X-Forwarded-For`` the console believes as a browser's address: nobody's by
default (without a proxy in front, the console is what browsers reach, and a browser's own
header would choose the address its sign-ins are limited by), the proxies named otherwise;
and the address its calls to the gateway leave from, when one is given."""

from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, HTTPServer
from typing import Any

import pytest
import uvicorn

import console.__main__ as console_main
from console.gateway_client import GatewayClient, GatewayProblem


def _served_with(monkeypatch: pytest.MonkeyPatch, **env: str) -> dict[str, Any]:
    for name in ("PATHWAYS_TRUSTED_PROXIES", "PATHWAYS_CONSOLE_GATEWAY_SOURCE_ADDRESS"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    captured: dict[str, Any] = {}
    monkeypatch.setattr(uvicorn, "run", lambda app, **options: captured.update(options))
    console_main.serve()
    return captured


def test_by_default_no_forwarded_address_is_believed(monkeypatch: pytest.MonkeyPatch) -> None:
    assert _served_with(monkeypatch)["proxy_headers"] is False


def test_the_named_proxies_are_believed(monkeypatch: pytest.MonkeyPatch) -> None:
    options = _served_with(monkeypatch, PATHWAYS_TRUSTED_PROXIES="10.0.0.0/8")
    assert options["proxy_headers"] is True
    assert options["forwarded_allow_ips"] == "10.0.0.0/8"


def test_calls_to_the_gateway_leave_from_the_source_address_given() -> None:
    """A real socket: the stand-in gateway sees the console's call arrive from 127.0.0.2
    (Linux answers the whole 127/8 on loopback), with the browser named in the header and
    the key the gateway asks its trusted proxies to show (any program may bind 127.0.0.2)."""
    seen: dict[str, str] = {}

    class Gateway(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            seen["peer"] = self.client_address[0]
            seen["forwarded"] = self.headers.get("X-Forwarded-For", "")
            seen["key"] = self.headers.get("X-Pathways-Proxy-Key", "")
            body = b'{"type": "https://pathways.example/problems/invalid-grant", "status": 400}'
            self.send_response(400)
            self.send_header("Content-Type", "application/problem+json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *_args: object) -> None:
            pass

    server = HTTPServer(("127.0.0.1", 0), Gateway)
    thread = threading.Thread(target=server.handle_request, daemon=True)
    thread.start()
    client = GatewayClient(
        f"http://127.0.0.1:{server.server_port}",
        timeout_s=5,
        clock=lambda: 0.0,
        source_address="127.0.0.2",
        proxy_key="the install's proxy key",
    )
    try:
        with pytest.raises(GatewayProblem):
            client.login("someone", "wrong", client_address="198.51.100.9")
    finally:
        client.close()
        thread.join(timeout=5)
        server.server_close()
    assert seen == {
        "peer": "127.0.0.2",
        "forwarded": "198.51.100.9",
        "key": "the install's proxy key",
    }
