"""``Idempotency-Key`` on every POST under /v1 (except /v1/auth/*), as ASGI middleware.

Middleware rather than a dependency, because it must see the first answer and answer
retries itself. For an authenticated POST to a known route it:

1. refuses a missing key (400) and reads the body (at most ``MAX_BODY`` bytes);
2. claims (principal, key) in the store with a fingerprint of method, path and body;
3. a new key runs the route. If it succeeds (2xx), the record keeps what
   ``gateway.api.replays`` says for that route (status, ``Location``, a receipt of ids
   and states; never the body) *before* the answer is sent, so a client that has the
   answer and retries at once finds it. Any other outcome releases the key, so the client
   can fix the request and retry with it;
4. a known key is answered only once the caller passes the route's own authorisation
   dependency (``gateway.api.authorization.authorize``: open session, enabled user,
   current grant, write rate limits), so a replay after logout or disabling is 401 and
   after losing the grant 403, exactly like a first request. Then: 422 when the key came
   with another request, 409 while the first one still runs, and a finished request is
   answered through the normal read of what it created or changed, dispatched inside the
   gateway with the caller's token (authorised and audited like the client's own read;
   404 after erasure), or with its receipt (``gateway.api.replays``).

Requests without a validly signed token pass through untouched: the route answers 401 and
nothing is stored for an unknown caller. POSTs to paths no route serves pass through too.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

from fastapi import FastAPI
from pymongo.errors import PyMongoError
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import Headers
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import compile_path
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from gateway.api.authorization import (
    API_PREFIX,
    IDEMPOTENCY_EXEMPT_PREFIX,
    DeniedAccessAudit,
    authorize,
    bearer_token,
    route_actions,
)
from gateway.api.body_limits import MAX_BODY
from gateway.api.problems import problem_for_error, problem_response
from gateway.api.replays import REPLAYS, Answer, FirstAnswer, Replay, plain_location
from gateway.audit.denials import DENIAL_PURPOSES
from gateway.audit.service import record_access
from gateway.auth.policy import Action
from gateway.auth.principal import Authorized
from gateway.bootstrap import Gateway
from gateway.errors import GatewayError, Unauthenticated
from gateway.ports import IdempotencyClaim, StoredResponse
from pathways_runtime.body_limit import replaying
from pathways_runtime.log import get_logger

__all__ = ["MAX_BODY", "REPLAYED_HEADER", "IdempotencyMiddleware"]

#: Request bodies larger than this are refused (413) before anything is stored.
REPLAYED_HEADER = "Idempotent-Replayed"
_REPLAYED = (REPLAYED_HEADER.lower().encode(), b"true")
#: Request headers the internal read does not get: it is a GET without a body, and it
#: must answer in full (no 304, no 412).
_NOT_FOR_THE_READ = frozenset(
    {
        b"content-type",
        b"content-length",
        b"transfer-encoding",
        b"expect",
        b"idempotency-key",
        b"if-match",
        b"if-none-match",
        b"if-modified-since",
        b"if-unmodified-since",
    }
)
#: Where ``authorize`` leaves a pending denial (``gateway.api.authorization``): the
#: internal read notes its own.
_DENIAL_STATE = "audit_denial"

_log = get_logger(__name__)


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


def _fingerprint(scope: Scope, headers: Headers, body: bytes, *, key: bytes) -> str:
    """What the request was, to tell a retry from another request under the same key:
    HMAC-SHA-256 under the gateway's secret (``GatewaySettings.idempotency_fingerprint_key``).
    A body can hold a password (``POST /v1/users``): a plain hash of it, kept in the store,
    could be tested against a list of passwords by whoever reads the store, past argon2."""
    digest = hmac.new(key, digestmod=hashlib.sha256)
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


def _json(body: bytes) -> Any:
    try:
        return json.loads(body) if body else None
    except ValueError:
        return None


@dataclass(frozen=True, slots=True)
class _PostRoute:
    template: str
    action: Action
    replay: Replay | None
    pattern: Any
    convertors: Mapping[str, Any]

    def match(self, path: str) -> dict[str, str] | None:
        found = self.pattern.match(path)
        if found is None:
            return None
        return {
            name: str(self.convertors[name].convert(value))
            for name, value in found.groupdict().items()
        }


def _post_routes(app: FastAPI) -> list[_PostRoute]:
    """The app's POST routes under /v1 that take an Idempotency-Key, with their actions."""
    routes = []
    for (method, template), action in route_actions(app).items():
        if method != "POST" or action is None or template.startswith(IDEMPOTENCY_EXEMPT_PREFIX):
            continue
        pattern, _format, convertors = compile_path(template)
        routes.append(
            _PostRoute(
                template=template,
                action=action,
                replay=REPLAYS.get(template),
                pattern=pattern,
                convertors=convertors,
            )
        )
    return routes


@dataclass
class _Answer:
    """A response seen on its way out (of the route, or of the internal read)."""

    status: int = 500
    headers: list[tuple[bytes, bytes]] = field(default_factory=list)
    chunks: list[bytes] = field(default_factory=list)
    #: The messages as sent, held back until the result is stored.
    held: list[Message] = field(default_factory=list)

    async def capture(self, message: Message) -> None:
        if message["type"] == "http.response.start":
            self.status = int(message["status"])
            self.headers = list(message.get("headers", []))
        elif message["type"] == "http.response.body":
            self.chunks.append(message.get("body", b""))
        self.held.append(message)

    @property
    def body(self) -> bytes:
        return b"".join(self.chunks)

    @property
    def succeeded(self) -> bool:
        return 200 <= self.status < 300

    def header(self, name: str) -> str | None:
        wanted = name.lower().encode()
        for raw_name, raw_value in self.headers:
            if raw_name.lower() == wanted:
                return raw_value.decode("latin-1")
        return None


class IdempotencyMiddleware:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app
        self._routes: list[_PostRoute] | None = None

    def _route_of(self, scope: Scope) -> tuple[_PostRoute, dict[str, str]] | None:
        if self._routes is None:
            self._routes = _post_routes(scope["app"])
        for route in self._routes:
            params = route.match(scope["path"])
            if params is not None:
                return route, params
        return None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """A store error anywhere here (claim, admission, replay, completion, release) is
        503 with ``Retry-After``, as the routes answer it, never 500: this middleware runs
        outside the app's exception handlers. Measured before: a ``NetworkTimeout`` in the
        claim answered a survivor registration 500. The route's own answer is held until
        the record is complete, so nothing has been sent when the store fails; if it has
        (a store error after the answer started), the error is raised as before."""
        started = False

        async def tracked(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self._handle(scope, receive, tracked)
        except PyMongoError as error:
            if started:
                raise
            _log.warning("idempotency store unavailable", error_type=type(error).__name__)
            await store_unavailable()(scope, receive, send)

    async def _handle(self, scope: Scope, receive: Receive, send: Send) -> None:
        path: str = scope.get("path", "")
        if (
            scope["type"] != "http"
            or scope["method"] != "POST"
            or not path.startswith(API_PREFIX)
            or path.startswith(IDEMPOTENCY_EXEMPT_PREFIX)
        ):
            await self.app(scope, receive, send)
            return
        found = self._route_of(scope)
        gateway: Gateway | None = getattr(scope["app"].state, "gateway", None)
        if found is None or gateway is None:
            await self.app(scope, receive, send)  # no such route (404/405), or no stores
            return
        route, params = found
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
                fingerprint=_fingerprint(
                    scope, headers, body, key=settings.idempotency_fingerprint_key
                ),
                now=now,
                lock_until=now + timedelta(seconds=settings.idempotency_lock_s),
            )
        )
        if state is IdempotencyClaim.CLAIMED:
            await self._run_first(
                scope,
                receive,
                send,
                body=body,
                gateway=gateway,
                principal=principal,
                key=key,
                route=route,
                params=params,
            )
            return
        # Nothing about a known key is said to a caller the route would not admit.
        authorized = await self._admit(
            scope, receive, send, gateway=gateway, route=route, params=params
        )
        if authorized is None:
            return
        if state is IdempotencyClaim.MISMATCH:
            response = problem_response(
                status=422,
                problem="idempotency-key-reused",
                detail="use a new Idempotency-Key for a different request",
            )
        elif state is IdempotencyClaim.COMPLETED and stored is not None:
            await self._replay(
                scope,
                receive,
                send,
                gateway=gateway,
                authorized=authorized,
                route=route,
                params=params,
                stored=stored,
                body=body,
            )
            return
        else:
            response = problem_response(
                status=409,
                problem="idempotency-request-in-flight",
                detail="the first request with this key has not finished; retry shortly",
                headers={"Retry-After": "1"},
            )
        await response(scope, receive, send)

    # -- a known key ------------------------------------------------------------------------

    @staticmethod
    async def _admit(
        scope: Scope,
        receive: Receive,
        send: Send,
        *,
        gateway: Gateway,
        route: _PostRoute,
        params: dict[str, str],
    ) -> Authorized | None:
        """The route's own authorisation dependency, run as the route would run it; on a
        refusal, its problem is answered (and recorded like the route's refusals)."""
        state = scope.setdefault("state", {})
        request = Request({**scope, "path_params": params, "state": state})
        token = await bearer_token(request)
        try:
            return await run_in_threadpool(authorize(route.action), request, gateway, token)
        except GatewayError as error:
            await DeniedAccessAudit(problem_for_error(error))(scope, receive, send)
            return None

    async def _replay(
        self,
        scope: Scope,
        receive: Receive,
        send: Send,
        *,
        gateway: Gateway,
        authorized: Authorized,
        route: _PostRoute,
        params: dict[str, str],
        stored: StoredResponse,
        body: bytes,
    ) -> None:
        replay = route.replay
        if stored.erased:
            # A survivor the record named was erased: what it kept went with them.
            gone = problem_response(
                status=404,
                problem="not-found",
                detail="what the first request with this key created or changed is gone",
                headers={REPLAYED_HEADER: "true"},
            )
            await DeniedAccessAudit(gone)(scope, receive, send)
            return
        read_path = replay.read_path(params, stored) if replay is not None else None
        if (
            replay is None
            or (replay.answer is Answer.READ and read_path is None)
            or (replay.answer is Answer.RECEIPT and stored.receipt is None)
        ):
            await _not_kept()(scope, receive, send)
            return
        read: _Answer | None = None
        if read_path is not None:
            read = await self._read(scope, receive, path=read_path)
            if not read.succeeded:
                await _send(
                    send, status=read.status, headers=[*read.headers, _REPLAYED], body=read.body
                )
                return
        location = [(b"location", stored.location.encode())] if stored.location else []
        if replay.answer is Answer.READ:
            assert read is not None
            kept = [(n, v) for n, v in read.headers if n.lower() != b"location"]
            await _send(
                send,
                status=stored.status,
                headers=[*kept, *location, _REPLAYED],
                body=read.body,
            )
            return
        assert stored.receipt is not None
        if read is None:
            await run_in_threadpool(
                self._audit,
                gateway=gateway,
                authorized=authorized,
                route=route,
                params=params,
                request=_json(body),
                receipt=_json(stored.receipt.encode()),
                request_id=str(scope.get("state", {}).get("request_id", "")),
            )
        receipt = stored.receipt.encode()
        await _send(
            send,
            status=stored.status,
            headers=[
                (b"content-type", b"application/json"),
                (b"content-length", str(len(receipt)).encode()),
                (b"cache-control", b"no-store"),
                *location,
                _REPLAYED,
            ],
            body=receipt,
        )

    async def _read(self, scope: Scope, receive: Receive, *, path: str) -> _Answer:
        """``GET path`` through the app below, with the caller's token and request id."""
        state = {k: v for k, v in scope.get("state", {}).items() if k != _DENIAL_STATE}
        read_scope: dict[str, Any] = {
            k: v for k, v in scope.items() if k not in ("route", "endpoint", "path_params")
        }
        read_scope.update(
            method="GET",
            path=path,
            raw_path=path.encode(),
            query_string=b"",
            headers=[(n, v) for n, v in scope["headers"] if n.lower() not in _NOT_FOR_THE_READ],
            state=state,
        )
        sent = False

        async def no_body() -> Message:
            nonlocal sent
            if not sent:
                sent = True
                return {"type": "http.request", "body": b"", "more_body": False}
            return await receive()  # only a disconnect can come

        answer = _Answer()
        await self.app(read_scope, no_body, answer.capture)
        return answer

    @staticmethod
    def _audit(
        *,
        gateway: Gateway,
        authorized: Authorized,
        route: _PostRoute,
        params: Mapping[str, str],
        request: Any,
        receipt: Any,
        request_id: str,
    ) -> None:
        """A receipt answered without a read: recorded as the route records the first."""
        purpose = DENIAL_PURPOSES.get(route.action)
        if purpose is None or route.replay is None or route.replay.audit is None:
            return
        principal = authorized.principal
        for note in route.replay.audit(params, request, receipt):
            record_access(
                store=gateway.stores.audit,
                clock=gateway.clock,
                principal=principal,
                action=route.action.value,
                purpose=purpose,
                request_id=request_id,
                survivor_id=note.survivor_id,
                # As the route records it: the backend confirmed the survivor is theirs.
                survivor_organisation_id=(
                    principal.organisation_id if note.survivor_id is not None else None
                ),
                target_id=note.target_id,
            )

    # -- a new key ---------------------------------------------------------------------------

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
        route: _PostRoute,
        params: dict[str, str],
    ) -> None:
        # Held back until the result is stored: a client that has the answer and retries at
        # once must find the stored result, not a claim still "in flight".
        answer = _Answer()
        store = gateway.stores.idempotency
        try:
            await self.app(scope, replaying(body, receive), answer.capture)
        except BaseException:
            await run_in_threadpool(lambda: store.release(principal=principal, key=key))
            raise
        if answer.succeeded:
            first = FirstAnswer(
                params=params,
                request=_json(body),
                answer=_json(answer.body),
                location=answer.header("location"),
            )
            kept = (
                route.replay.keep(status=answer.status, first=first)
                if route.replay is not None
                else StoredResponse(status=answer.status, location=plain_location(first.location))
            )
            now = gateway.clock.now()
            expires_at = now + timedelta(seconds=gateway.settings.idempotency_ttl_s)
            await run_in_threadpool(
                lambda: store.complete(
                    principal=principal, key=key, response=kept, now=now, expires_at=expires_at
                )
            )
        else:
            await run_in_threadpool(lambda: store.release(principal=principal, key=key))
        for message in answer.held:
            await send(message)


def store_unavailable() -> Response:
    """What the app's own handler answers for a store error (``gateway.api.problems``)."""
    return problem_response(
        status=503,
        problem="store-unavailable",
        detail="try again shortly",
        headers={"Retry-After": "5"},
    )


def _not_kept() -> Response:
    """A finished request whose result this gateway cannot give back (a record of older
    code, or a route without a replay): say so rather than run it twice."""
    return problem_response(
        status=409,
        problem="idempotency-result-not-kept",
        title="The result of this Idempotency-Key is not kept",
        detail="the first request with this key succeeded; read what it created or changed",
        headers={REPLAYED_HEADER: "true"},
    )


async def _send(
    send: Send, *, status: int, headers: list[tuple[bytes, bytes]], body: bytes
) -> None:
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body, "more_body": False})


def _principal_of(gateway: Gateway, headers: Headers) -> str | None:
    """The user id of a validly signed bearer token (the session is checked later: by the
    route for a new key, by :meth:`IdempotencyMiddleware._admit` for a known one)."""
    scheme, _, token = headers.get("authorization", "").partition(" ")
    if scheme.lower() != "bearer" or not token:
        return None
    try:
        return gateway.access_tokens.verify(token.strip(), now=gateway.clock.now()).user_id
    except Unauthenticated:
        return None
