"""Request body limits: refused with a 413 problem before more than the limit is read."""

from __future__ import annotations

import asyncio
import json
from collections.abc import MutableMapping
from typing import Any

import pytest

from gateway.api.body_limits import MAX_ANONYMOUS_BODY, MAX_BODY, BodyLimitMiddleware
from gateway.auth.roles import Role
from tests.unit.gateway.harness import world

KIB = 1024
MIB = 1024 * KIB


class _Upload:
    """The server's side of a request: its body in chunks, counting what was taken."""

    def __init__(self, chunks: list[bytes]) -> None:
        self._chunks = list(chunks)
        self.taken = 0

    async def receive(self) -> dict[str, Any]:
        if not self._chunks:
            return {"type": "http.disconnect"}
        chunk = self._chunks.pop(0)
        self.taken += len(chunk)
        return {"type": "http.request", "body": chunk, "more_body": bool(self._chunks)}


class _Route:
    """The app behind the middleware: reads the whole body and answers 200."""

    def __init__(self) -> None:
        self.bodies: list[bytes] = []

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        body = b""
        while True:
            message = await receive()
            body += message.get("body", b"")
            if not message.get("more_body", False):
                break
        self.bodies.append(body)
        await send({"type": "http.response.start", "status": 200, "headers": []})
        await send({"type": "http.response.body", "body": b"ok"})


def _request(
    method: str, upload: _Upload, *, headers: dict[str, str]
) -> tuple[_Route, list[dict[str, Any]]]:
    route = _Route()
    sent: list[dict[str, Any]] = []

    async def send(message: MutableMapping[str, Any]) -> None:
        sent.append(dict(message))

    scope = {
        "type": "http",
        "method": method,
        "path": "/v1/anything",
        "headers": [(k.lower().encode(), v.encode()) for k, v in headers.items()],
    }
    asyncio.run(BodyLimitMiddleware(route)(scope, upload.receive, send))
    return route, sent


def _status(sent: list[dict[str, Any]]) -> int:
    return int(sent[0]["status"])


def _problem(sent: list[dict[str, Any]]) -> dict[str, Any]:
    start = dict(sent[0]["headers"])
    assert start[b"content-type"] == b"application/problem+json"
    body: dict[str, Any] = json.loads(sent[1]["body"])
    return body


BEARER = {"Authorization": "Bearer some.signed.token"}


@pytest.mark.parametrize("method", ["POST", "PUT", "PATCH", "DELETE", "GET"])
def test_a_declared_oversized_body_is_refused_without_reading_any_of_it(method: str) -> None:
    upload = _Upload([b"x" * (2 * MIB)])
    route, sent = _request(method, upload, headers={**BEARER, "Content-Length": str(2 * MIB)})
    assert _status(sent) == 413
    assert _problem(sent)["type"] == "/problems/payload-too-large"
    assert upload.taken == 0
    assert route.bodies == []


@pytest.mark.parametrize("method", ["POST", "PUT", "PATCH", "DELETE"])
def test_chunks_that_add_up_past_the_limit_are_refused_as_soon_as_they_do(method: str) -> None:
    chunk = 64 * KIB
    upload = _Upload([b"x" * chunk] * 64)  # 4 MiB, announced nowhere
    route, sent = _request(method, upload, headers=BEARER)
    assert _status(sent) == 413
    assert _problem(sent)["status"] == 413
    # Reading stopped with the chunk that crossed 1 MiB: 17 chunks of 64 KiB, not 64.
    assert upload.taken == MAX_BODY + chunk
    assert route.bodies == []


def test_a_body_within_the_limit_reaches_the_route_unchanged() -> None:
    body = bytes(range(256)) * (MAX_BODY // 256)  # exactly 1 MiB
    upload = _Upload([body[: MAX_BODY // 3], body[MAX_BODY // 3 :]])
    route, sent = _request("PUT", upload, headers=BEARER)
    assert _status(sent) == 200
    assert route.bodies == [body]


def test_a_caller_without_a_token_gets_the_small_limit() -> None:
    just_over = b"x" * (MAX_ANONYMOUS_BODY + 1)
    anonymous_route, anonymous = _request("POST", _Upload([just_over]), headers={})
    assert _status(anonymous) == 413
    assert anonymous_route.bodies == []
    signed_in_route, signed_in = _request("POST", _Upload([just_over]), headers=BEARER)
    assert _status(signed_in) == 200
    assert signed_in_route.bodies == [just_over]
    # A scheme other than Bearer, or an empty token, is anonymous.
    for header in ("Basic dXNlcjpwYXNz", "Bearer ", "Bearer"):
        route, sent = _request("POST", _Upload([just_over]), headers={"Authorization": header})
        assert _status(sent) == 413, header
        assert route.bodies == []


def test_a_caller_gone_mid_body_never_reaches_the_route() -> None:
    class _Gone(_Upload):
        async def receive(self) -> dict[str, Any]:
            message = await super().receive()
            if message["type"] == "http.request":
                message["more_body"] = True  # the rest never comes
            return message

    route, sent = _request("PUT", _Gone([b"{"]), headers=BEARER)
    assert route.bodies == []
    assert _status(sent) == 400


def test_the_gateway_answers_an_oversized_login_form_and_profile_with_413_problems() -> None:
    with world() as w:
        login = w.client.post(
            "/v1/auth/token",
            data={"username": "reintegration_officer.own", "password": "p" * (2 * MIB)},
        )
        update = w.client.put(
            "/v1/survivors/sur_x/profile",
            content=b"{" + b" " * (2 * MIB) + b"}",
            headers=w.headers(Role.REINTEGRATION_OFFICER, **{"Content-Type": "application/json"}),
        )
    for refused in (login, update):
        assert refused.status_code == 413
        assert refused.headers["content-type"] == "application/problem+json"
        assert refused.json()["type"] == "/problems/payload-too-large"
        assert "ppp" not in refused.text


def test_every_operation_that_takes_a_body_documents_the_413() -> None:
    with world() as w:
        schema = w.client.get("/openapi.json").json()
    with_body = [
        (method, path, operation)
        for path, operations in schema["paths"].items()
        for method, operation in operations.items()
        if "requestBody" in operation
    ]
    assert {method for method, _, _ in with_body} >= {"post", "put", "patch"}
    for method, path, operation in with_body:
        documented = operation["responses"].get("413")
        assert documented is not None, f"{method} {path}"
        assert "application/problem+json" in documented["content"], f"{method} {path}"


def test_every_operation_that_takes_a_body_documents_the_400_of_a_body_that_is_no_json() -> None:
    """A JSON body that is not UTF-8 is refused before any model reads it, with a located
    422 (``gateway.api.repeated_keys``, session 39). FastAPI's own answer to a body it
    cannot read is an unlocated 400 (``problems/http-error``), which every operation that
    takes a body still documents (session 34's fuzz found two that did not, once a second
    factor's confirmation took a password)."""
    with world() as w:
        schema = w.client.get("/openapi.json").json()
        unparsable = w.client.post(
            "/v1/auth/second-factor/confirmation",
            content=b"\xff+|\x00",
            headers=w.headers(Role.REINTEGRATION_OFFICER, **{"Content-Type": "application/json"}),
        )
    assert unparsable.status_code == 422
    assert [e["loc"] for e in unparsable.json()["errors"]] == [["body"]]
    missing = [
        f"{method} {path}"
        for path, operations in schema["paths"].items()
        for method, operation in operations.items()
        if "requestBody" in operation and "400" not in operation["responses"]
    ]
    assert missing == []
