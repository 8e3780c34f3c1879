"""A request body size limit, as ASGI middleware, for every HTTP service of Pathways.

A body is refused *before* more than its limit is read: at once when ``Content-Length``
announces more, or as soon as the chunks received add up to more (chunked uploads announce
nothing). Bodies within the limit are read here and handed on unchanged, so the routes see
the same bytes as before. The rest of a refused body is drained and dropped by uvicorn, not
kept. The limit may depend on the request's headers (a caller who presents credentials may
send more than one who does not), and each service answers a refusal in its own way (the
gateway with an RFC 9457 problem, the console with a short page).

Without it, a service reads whatever it is sent: the console parsed a 263 MB sign-in form
before refusing its CSRF token (session 25's security probe).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from starlette.datastructures import Headers
from starlette.types import ASGIApp, Message, Receive, Scope, Send

__all__ = ["BodyLimit", "Refusal", "replaying"]

#: Answers a request refused for its size (``limit``: the bytes it could have sent), or a
#: caller gone mid-body (``limit`` 0: answered so it is counted, dropped by the server).
Refusal = Callable[[Scope, Receive, Send, int], Awaitable[None]]


class BodyLimit:
    """Refuse bodies larger than ``limit_for(headers)`` with ``refuse``."""

    def __init__(
        self, app: ASGIApp, *, limit_for: Callable[[Headers], int], refuse: Refusal
    ) -> None:
        self.app = app
        self.limit_for = limit_for
        self.refuse = refuse

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = Headers(scope=scope)
        limit = self.limit_for(headers)
        declared = headers.get("content-length")
        # The server (h11, httptools) already refused a Content-Length that is not a number.
        if declared is not None and declared.isdigit() and int(declared) > limit:
            await self.refuse(scope, receive, send, limit)
            return
        chunks: list[bytes] = []
        size = 0
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                # The caller is gone mid-body: answer (it is dropped) so the request is
                # counted as a client error, and never run the route on half a body.
                await self.refuse(scope, receive, send, 0)
                return
            chunk: bytes = message.get("body", b"")
            size += len(chunk)
            if size > limit:
                await self.refuse(scope, receive, send, limit)
                return
            chunks.append(chunk)
            if not message.get("more_body", False):
                break
        await self.app(scope, replaying(b"".join(chunks), receive), send)


def replaying(body: bytes, receive: Receive) -> Receive:
    """A ``receive`` that hands on ``body``, already read whole, as one message, and then
    whatever ``receive`` brings (only a disconnect can come after a body)."""
    delivered = False

    async def replay() -> Message:
        nonlocal delivered
        if not delivered:
            delivered = True
            return {"type": "http.request", "body": body, "more_body": False}
        return await receive()

    return replay
