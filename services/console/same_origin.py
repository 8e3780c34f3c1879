"""A state-changing request from another site is refused by where the browser says it
comes from: the second guard beside the CSRF token (``web.checked_form``).

A browser names the site a request comes from in ``Origin`` on every POST, PUT, PATCH and
DELETE, whether a form, htmx or a script sent it. One whose origin is not the console's own
is refused (403, the console's error page) before any handler runs, so nothing reaches the
gateway. Without ``Origin`` (older browsers, some proxies), the origin of ``Referer`` is
read instead; without either (privacy settings and extensions strip both), the CSRF token
decides alone. ``Origin: null`` (a sandboxed frame, a redirect from elsewhere, a
``data:`` page) is another site's. GET, HEAD, OPTIONS and TRACE are never refused here: they
change nothing.

The console's own origin is ``PATHWAYS_CONSOLE_PUBLIC_ORIGIN`` when set (the address
browsers use, which a proxy in front may not pass on as the ``Host`` header), else the
request's own scheme and ``Host``.

Browsers send ``Origin: null`` on a plain form POST from a page whose ``Referrer-Policy`` is
``no-referrer`` (Fetch, "append a request Origin header"; Chromium 156 does): the console's
pages are ``same-origin`` for this, which still sends no ``Referer`` to any other site.
"""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from typing import Any, Final
from urllib.parse import urlsplit

from starlette.requests import Request

__all__ = ["SAFE_METHODS", "CrossSiteRefused", "origin_of", "refusing_other_sites"]

#: Methods that change nothing (RFC 9110 §9.2.1); every other method may.
SAFE_METHODS: Final = frozenset({"GET", "HEAD", "OPTIONS", "TRACE"})
_DEFAULT_PORTS: Final = {"http": 80, "https": 443}


class CrossSiteRefused(Exception):
    """A state-changing request that names another site as where it comes from."""


def origin_of(url: str) -> str | None:
    """``scheme://host[:port]`` of an http(s) URL as browsers write ``Origin`` (lower case,
    no default port, no path); None for anything else (``null``, ``about:blank``, junk)."""
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError:
        return None
    scheme, host = parts.scheme.lower(), parts.hostname
    if scheme not in _DEFAULT_PORTS or not host:
        return None
    if ":" in host:  # an IPv6 address keeps its brackets
        host = f"[{host}]"
    if port is None or port == _DEFAULT_PORTS[scheme]:
        return f"{scheme}://{host}"
    return f"{scheme}://{host}:{port}"


def _sent_from(request: Request) -> str | None:
    """What the browser says the request comes from: ``Origin``, else ``Referer``, else
    None (neither was sent)."""
    origin = request.headers.get("origin")
    return origin if origin is not None else request.headers.get("referer")


def refusing_other_sites(
    public_origin: str = "",
) -> Callable[[Request], Coroutine[Any, Any, None]]:
    """The dependency every route of the console runs first: raises
    :class:`CrossSiteRefused` for a request that may change something and names another
    origin than ``public_origin`` (or, when empty, the request's own scheme and host)."""

    async def refuse_other_sites(request: Request) -> None:
        if request.method in SAFE_METHODS:
            return
        sent = _sent_from(request)
        if sent is None:
            return  # the CSRF token decides
        own = public_origin or origin_of(str(request.base_url))
        if own is None or origin_of(sent) != own:
            raise CrossSiteRefused

    return refuse_other_sites
