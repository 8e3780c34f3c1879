"""Security headers on every response the gateway sends, as one outermost ASGI middleware.

Outermost, so nothing escapes it: answers of the routes, problems made by other middleware
(413, 429, the last-resort 500), and responses the idempotency middleware replays from its
store (which keeps only a few of the first response's headers).

- ``Cache-Control: no-store`` on everything except the versioned docs assets. API answers
  carry survivors' data, and a shared or browser cache must never keep a copy: the data
  would outlive an erasure and reach the next user of a shared computer. The probes must
  show the present, so they are not cached either; the docs pages and
  ``/openapi.json`` hold no personal data but change with each release, and no-store costs
  them nothing that matters. Only the vendored files under ``/docs/assets/`` (public code,
  version in the URL) keep the long ``Cache-Control`` their route sets.
- ``Content-Security-Policy``: for the API ``default-src 'none'; frame-ancestors 'none'``
  (a JSON answer loads nothing and is framed by no one); the docs pages get their own
  policy (:mod:`gateway.api.docs_pages`), passed in by path.
- ``X-Content-Type-Options: nosniff`` (no JSON run as script or HTML), ``X-Frame-Options:
  DENY`` (clickjacking, for browsers without frame-ancestors), ``Referrer-Policy:
  no-referrer`` (ids in URLs never leave in a Referer), ``Cross-Origin-Opener-Policy`` and
  ``Cross-Origin-Resource-Policy: same-origin`` (no other site's window or ``<img>``/
  ``<script>`` gets a handle on our pages or answers).

The route's own value of these headers is replaced, so no route can weaken them by
accident. The ``Server`` banner is not set here: uvicorn adds it after the app, and is
started with ``server_header=False`` (``gateway.__main__``).
"""

from __future__ import annotations

from collections.abc import Mapping

from starlette.datastructures import MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

__all__ = ["API_CONTENT_SECURITY_POLICY", "SECURITY_HEADERS", "SecurityHeadersMiddleware"]

API_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'"
NO_STORE = "no-store"

#: Set on every response, whatever its path.
SECURITY_HEADERS: Mapping[str, str] = {
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cross-Origin-Resource-Policy": "same-origin",
}


class SecurityHeadersMiddleware:
    """Adds the headers above; ``page_policies`` maps exact paths to their own CSP, and
    responses under one of ``cacheable_prefixes`` keep a ``Cache-Control`` they set."""

    def __init__(
        self,
        app: ASGIApp,
        *,
        page_policies: Mapping[str, str] | None = None,
        cacheable_prefixes: tuple[str, ...] = (),
    ) -> None:
        self.app = app
        self.page_policies = dict(page_policies or {})
        self.cacheable_prefixes = cacheable_prefixes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        path: str = scope.get("path", "")
        policy = self.page_policies.get(path, API_CONTENT_SECURITY_POLICY)
        cacheable = path.startswith(self.cacheable_prefixes)  # False for no prefixes

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                for name, value in SECURITY_HEADERS.items():
                    headers[name] = value
                headers["Content-Security-Policy"] = policy
                if not (cacheable and "cache-control" in headers):
                    headers["Cache-Control"] = NO_STORE
            await send(message)

        await self.app(scope, receive, send_with_headers)
