"""The console's request body limits (:mod:`pathways_runtime.body_limit`).

A browser with the console's session cookie may send :data:`MAX_FORM_BODY`: the largest
real form, a survivor's profile, holds two free texts of at most 2,000 characters, which a
browser sends percent-encoded (up to 9 bytes a character in Khmer, Burmese or Thai), so
about 40 KB with the rest. Anyone else (the first visit, the sign-in form) may send
:data:`MAX_ANONYMOUS_BODY`. The cookie is only looked at here, not checked: a forged one
buys a few hundred kilobytes, never the gigabyte Starlette's form parser allowed (1,000
fields of up to 1 MB each). :data:`FORM_LIMITS` caps the parsed form as well.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

from starlette.datastructures import Headers
from starlette.responses import PlainTextResponse
from starlette.types import Receive, Scope, Send

__all__ = ["FORM_LIMITS", "MAX_ANONYMOUS_BODY", "MAX_FORM_BODY", "limit_for", "refuse"]

MAX_FORM_BODY: Final = 256 * 1024
MAX_ANONYMOUS_BODY: Final = 16 * 1024
#: ``Request.form`` arguments: no file uploads, and no more fields or bytes in one than a
#: real form has (the widest, a profile, has fewer than 100 fields).
FORM_LIMITS: Final = {"max_files": 0, "max_fields": 200, "max_part_size": 64 * 1024}


def limit_for(cookie: str) -> Callable[[Headers], int]:
    """The limit of a request: larger when it carries a cookie named ``cookie``."""
    marker = f"{cookie}="

    def limit(headers: Headers) -> int:
        sent = headers.get("cookie", "")
        return MAX_FORM_BODY if marker in sent else MAX_ANONYMOUS_BODY

    return limit


async def refuse(scope: Scope, receive: Receive, send: Send, limit: int) -> None:
    """413 with a short text (no page: nothing was read, not even the language)."""
    if limit == 0:
        response = PlainTextResponse("Bad request", status_code=400)
    else:
        response = PlainTextResponse("Too much was sent", status_code=413)
    response.headers["Cache-Control"] = "no-store"
    await response(scope, receive, send)
