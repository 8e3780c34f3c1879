"""Whose ``X-Forwarded-For`` the gateway believes as the client's address.

Sign-ins and writes are rate-limited per client address, so a caller that may name its own
address may spread its attempts over as many as it likes. The gateway believes the header
from the proxies it trusts (``PATHWAYS_TRUSTED_PROXIES``: the console, a reverse proxy) by
their source address, as uvicorn's ``ProxyHeadersMiddleware`` does. A source address proves
little where other programs may send from it: on one host, any process can bind 127.0.0.2.
With ``PATHWAYS_TRUSTED_PROXY_KEY`` set, a proxy must also show the key
(:data:`PROXY_KEY_HEADER`, compared in constant time): the forwarding headers of a request
without it are dropped before uvicorn's middleware reads them, so that request's client is
its own source address. The key header never reaches the application (nor its logs).
"""

from __future__ import annotations

import hmac
from typing import Any, Final, cast

from starlette.types import ASGIApp, Receive, Scope, Send
from uvicorn.middleware.proxy_headers import ProxyHeadersMiddleware

__all__ = ["PROXY_KEY_HEADER", "ProxyKeyRequired", "behind_trusted_proxies"]

#: The header a trusted proxy shows its key in.
PROXY_KEY_HEADER: Final = "x-pathways-proxy-key"
_KEY: Final = PROXY_KEY_HEADER.encode()
_FORWARDING: Final = frozenset({b"x-forwarded-for", b"x-forwarded-proto"})


class ProxyKeyRequired:
    """Pure ASGI: drops the forwarding headers of a request that does not show the key."""

    def __init__(self, app: ASGIApp, *, key: str) -> None:
        self._app = app
        self._key = key.encode()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] in ("http", "websocket"):
            headers = scope["headers"]
            shown = [value for name, value in headers if name == _KEY]
            kept = [(name, value) for name, value in headers if name != _KEY]
            if not (len(shown) == 1 and hmac.compare_digest(shown[0], self._key)):
                kept = [(name, value) for name, value in kept if name not in _FORWARDING]
            scope = {**scope, "headers": kept}
        await self._app(scope, receive, send)


def behind_trusted_proxies(app: ASGIApp, *, trusted: str, key: str | None) -> ASGIApp:
    """`app` as served: with `key`, the forwarding headers believed from the `trusted`
    addresses only when the key is shown (uvicorn's own proxy handling is then off); without,
    `app` itself, and uvicorn believes them from the `trusted` addresses alone."""
    if not key or not trusted.strip():
        return app
    # uvicorn types the ASGI callables its own way; both are plain ASGI 3 applications.
    believed: ASGIApp = cast(Any, ProxyHeadersMiddleware(cast(Any, app), trusted_hosts=trusted))
    return ProxyKeyRequired(believed, key=key)
