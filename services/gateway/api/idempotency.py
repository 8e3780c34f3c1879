"""``Idempotency-Key`` on every POST under /v1 (except /v1/auth/*), as ASGI middleware.

Middleware rather than a dependency, because it must keep the whole response to replay it.
For an authenticated POST it:

1. refuses a missing key (400) and reads the body (at most ``MAX_BODY`` bytes);
2. claims (principal, key) in the store with a fingerprint of method, path and body;
3. answers at once when the key is known: the first response again (with
   ``Idempotent-Replayed: true``), 422 when the key came with another request, 409 while
   the first request is still running;
4. otherwise runs the route, and keeps its response if it succeeded (2xx) before sending
   it on. A failed request releases the key, so the client can fix it and retry with it.

Requests without a valid token pass through untouched: the route answers 401 and nothing
is stored for an unknown caller.
"""

from __future__ import annotations

import hashlib
from datetime import timedelta

from starlette.concurrency import run_in_threadpool
from starlette.datastructures import Headers
from starlette.responses import Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from gateway.api.authorization import API_PREFIX, IDEMPOTENCY_EXEMPT_PREFIX
from gateway.api.problems import problem_response
from gateway.bootstrap import Gateway
from gateway.errors import Unauthenticated
from gateway.ports import IdempotencyClaim, StoredResponse

__all__ = ["MAX_BODY", "IdempotencyMiddleware"]

#: Request bodies larger than this are refused (413) before anything is stored.
MAX_BODY = 1024 * 1024
_KEPT_HEADERS = frozenset({"content-type", "location", "etag"})


class _BodyTooLarge(Exception):
    pass


async def _read_body(receive: Receive) -> bytes:
    chunks: list[bytes] = []
    size = 0
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            break
        chunk = message.get("body", b"")
        size += len(chunk)
        if size > MAX_BODY:
            raise _BodyTooLarge
        chunks.append(chunk)
        if not message.get("more_body", False):
            break
    return b"".join(chunks)


def _fingerprint(scope: Scope, headers: Headers, body: bytes) -> str:
    digest = hashlib.sha256()
    for part in (
        scope["method"].encode(),
        scope["path"].encode(),
        scope.get("query_string", b""),
        headers.get("content-type", "").encode(),
        body,
    ):
        digest.update(len(part).to_bytes(8, "big"))
        digest.update(part)
    return digest.hexdigest()


def _valid_key(key: str) -> bool:
    return 0 < len(key) <= 255 and key.isascii() and key.isprintable()


class IdempotencyMiddleware:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        path: str = scope.get("path", "")
        if (
            scope["type"] != "http"
            or scope["method"] != "POST"
            or not path.startswith(API_PREFIX)
            or path.startswith(IDEMPOTENCY_EXEMPT_PREFIX)
        ):
            await self.app(scope, receive, send)
            return
        gateway: Gateway = scope["app"].state.gateway
        headers = Headers(scope=scope)
        principal = _principal_of(gateway, headers)
        if principal is None:
            await self.app(scope, receive, send)
            return
        key = headers.get("idempotency-key")
        response: Response
        if key is None or not _valid_key(key):
            response = problem_response(
                status=400,
                problem="idempotency-key-required",
                detail="send an Idempotency-Key header of 1 to 255 printable ASCII characters",
            )
            await response(scope, receive, send)
            return
        try:
            body = await _read_body(receive)
        except _BodyTooLarge:
            await problem_response(status=413, problem="payload-too-large")(scope, receive, send)
            return
        now = gateway.clock.now()
        settings = gateway.settings
        state, stored = await run_in_threadpool(
            lambda: gateway.stores.idempotency.claim(
                principal=principal,
                key=key,
                fingerprint=_fingerprint(scope, headers, body),
                now=now,
                lock_until=now + timedelta(seconds=settings.idempotency_lock_s),
            )
        )
        if state is IdempotencyClaim.MISMATCH:
            response = problem_response(
                status=422,
                problem="idempotency-key-reused",
                detail="use a new Idempotency-Key for a different request",
            )
        elif state is IdempotencyClaim.IN_FLIGHT:
            response = problem_response(
                status=409,
                problem="idempotency-request-in-flight",
                detail="the first request with this key has not finished; retry shortly",
                headers={"Retry-After": "1"},
            )
        elif state is IdempotencyClaim.COMPLETED and stored is not None:
            response = Response(
                content=stored.body,
                status_code=stored.status,
                headers=dict(stored.headers) | {"Idempotent-Replayed": "true"},
            )
        else:
            await self._run_first(
                scope, receive, send, body=body, gateway=gateway, principal=principal, key=key
            )
            return
        await response(scope, receive, send)

    async def _run_first(
        self,
        scope: Scope,
        receive: Receive,
        send: Send,
        *,
        body: bytes,
        gateway: Gateway,
        principal: str,
        key: str,
    ) -> None:
        delivered = False

        async def replay() -> Message:
            nonlocal delivered
            if not delivered:
                delivered = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()  # after the body: only a disconnect can come

        status = 500
        kept_headers: list[tuple[str, str]] = []
        chunks: list[bytes] = []
        # Held back until the result is stored: a client that has the answer and retries at
        # once must find the stored result, not a claim still "in flight".
        held: list[Message] = []

        async def capture(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = int(message["status"])
                for raw_name, raw_value in message.get("headers", []):
                    name = raw_name.decode("latin-1").lower()
                    if name in _KEPT_HEADERS:
                        kept_headers.append((name, raw_value.decode("latin-1")))
            elif message["type"] == "http.response.body":
                chunks.append(message.get("body", b""))
            held.append(message)

        store = gateway.stores.idempotency
        try:
            await self.app(scope, replay, capture)
        except BaseException:
            await run_in_threadpool(lambda: store.release(principal=principal, key=key))
            raise
        if 200 <= status < 300:
            stored = StoredResponse(
                status=status, body=b"".join(chunks), headers=tuple(kept_headers)
            )
            ttl = timedelta(seconds=gateway.settings.idempotency_ttl_s)
            expires_at = gateway.clock.now() + ttl
            await run_in_threadpool(
                lambda: store.complete(
                    principal=principal, key=key, response=stored, expires_at=expires_at
                )
            )
        else:
            await run_in_threadpool(lambda: store.release(principal=principal, key=key))
        for message in held:
            await send(message)


def _principal_of(gateway: Gateway, headers: Headers) -> str | None:
    """The user id of a validly signed bearer token (the route checks the session)."""
    scheme, _, token = headers.get("authorization", "").partition(" ")
    if scheme.lower() != "bearer" or not token:
        return None
    try:
        return gateway.access_tokens.verify(token.strip(), now=gateway.clock.now()).user_id
    except Unauthenticated:
        return None
