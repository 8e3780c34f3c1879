"""A JSON request body that gives a key twice in one object is refused, as ASGI middleware.

JSON parsers disagree on ``{"interests": "a", "interests": "b"}`` (RFC 8259 §4: names
"SHOULD be unique"): Python's ``json`` keeps the last value silently, others keep the first
or refuse. A body that reads one way to whoever checks, logs or signs it and another way to
the gateway is refused instead: 422 ``validation-error``, each repeated key located like
any other validation error (``["body", "profile", "languages", "0", "level"]``, at most
``MOST_ERRORS_LISTED`` of them, then ``errors_not_listed``), its values never quoted.

Middleware rather than a dependency, so that it covers every route that reads JSON, those
to come included, and answers before anything is stored: it sits inside the body limit
(the body is already read whole, at most ``MAX_BODY``) and outside the idempotency
middleware, which claims its key in a store, and the routes, which count writes against the
rate limits. A body is checked when FastAPI would read it as JSON (``Content-Type``
``application/json`` or ``application/…+json``, or none); one that is not JSON at all is
passed on unchanged, for the route to answer as before (a located 422, "JSON decode
error"). Two bodies FastAPI would answer with an unlocated 400 ("There was an error parsing
the body") are located here instead: bytes that are not UTF-8 (``charset=latin-1``), and
objects or lists nested past what the parser follows (``UNREADABLE``).

The check is the standard library's parser with an ``object_pairs_hook``, in a worker
thread: measured on 1 MiB bodies, 60 ms for 340,000 empty objects (a valid body is then
parsed again by FastAPI, in 25 ms), 0.7 s to find one repeat after them, 0.4 s for 75,000
objects that each repeat a key; the event loop must not wait for either.
"""

from __future__ import annotations

import email.message
import json
from dataclasses import dataclass, field
from typing import Any, Final

from starlette.concurrency import run_in_threadpool
from starlette.datastructures import Headers
from starlette.types import ASGIApp, Receive, Scope, Send

from gateway.api.problems import MOST_ERRORS_LISTED, problem_response
from pathways_runtime.body_limit import replaying

__all__ = ["REPEATED_KEY", "UNREADABLE", "RepeatedKeys", "RepeatedKeysMiddleware", "repeated_keys"]

#: The ``msg`` of a repeated key's error.
REPEATED_KEY: Final = "Key given more than once in this object"
#: The ``msg`` of a body that cannot be read as JSON at all, by what stops it.
UNREADABLE: Final = {
    UnicodeDecodeError: "The body is not UTF-8 text",
    RecursionError: "The body nests objects or lists too deeply",
}

#: A place in the body, kept as (parent, key) pairs while the body is searched.
_Path = tuple[Any, str] | None


@dataclass(frozen=True)
class RepeatedKeys:
    """The keys a body repeats: where the first ones are, and how many there are in all
    (one per key of each object that repeats it)."""

    located: list[list[str]] = field(default_factory=list)
    count: int = 0
    #: Why the body cannot be read as JSON at all, when FastAPI would not say where
    #: (``UNREADABLE``); empty otherwise.
    unreadable: str = ""


class _Repeats(dict[str, Any]):
    """An object of the body that gives the keys ``repeated`` more than once (the last
    value kept, as ``json`` does, so that the search can go on through it)."""

    def __init__(self, pairs: list[tuple[str, Any]], repeated: list[str]) -> None:
        super().__init__(pairs)
        self.repeated = repeated


def _given_twice(pairs: list[tuple[str, Any]]) -> list[str]:
    seen: set[str] = set()
    repeated: list[str] = []
    for key, _value in pairs:
        if key in seen and key not in repeated:
            repeated.append(key)
        seen.add(key)
    return repeated


def _spelt(path: _Path) -> list[str]:
    keys: list[str] = []
    while path is not None:
        path, key = path
        keys.append(key)
    return ["body", *reversed(keys)]


def _located(document: Any, *, most: int) -> list[list[str]]:
    """Where the first ``most`` repeated keys are, in the order of the body: depth first
    through objects and arrays, without recursion (a body nests as deep as ``json``
    parses)."""
    found: list[list[str]] = []
    stack: list[tuple[Any, _Path]] = [(document, None)]
    while stack and len(found) < most:
        value, path = stack.pop()
        if isinstance(value, _Repeats):
            found.extend(_spelt((path, key)) for key in value.repeated)
        pairs = value.items() if isinstance(value, dict) else enumerate(value)
        children = [
            (child, (path, str(key))) for key, child in pairs if isinstance(child, dict | list)
        ]
        stack.extend(reversed(children))
    return found[:most]


def repeated_keys(body: bytes, *, most: int = MOST_ERRORS_LISTED) -> RepeatedKeys:
    """The keys given twice in one object of the JSON ``body``; none for a body that is
    not JSON (FastAPI answers that itself)."""
    count = 0

    def object_of(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        nonlocal count
        read = dict(pairs)
        if len(read) == len(pairs):
            return read
        repeats = _Repeats(pairs, _given_twice(pairs))
        count += len(repeats.repeated)
        return repeats

    try:
        document = json.loads(body, object_pairs_hook=object_of)
    except (UnicodeDecodeError, RecursionError) as error:
        return RepeatedKeys(unreadable=UNREADABLE[type(error)])
    except ValueError:  # not JSON: FastAPI locates that itself
        return RepeatedKeys()
    if not count:
        return RepeatedKeys()
    return RepeatedKeys(located=_located(document, most=most), count=count)


def _read_as_json(headers: Headers) -> bool:
    """Whether FastAPI reads this request's body as JSON (``fastapi.routing``'s rule)."""
    content_type = headers.get("content-type")
    if not content_type:
        return True
    parsed = email.message.Message()
    parsed["content-type"] = content_type
    subtype = parsed.get_content_subtype()
    return parsed.get_content_maintype() == "application" and (
        subtype == "json" or subtype.endswith("+json")
    )


class RepeatedKeysMiddleware:
    """Answers 422 to a JSON body that repeats a key; hands every other request on with
    its body unchanged."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not _read_as_json(Headers(scope=scope)):
            await self.app(scope, receive, send)
            return
        chunks: list[bytes] = []
        while True:
            message = await receive()
            if message["type"] != "http.request":
                return  # the caller left (the body limit, outside, answers that)
            chunks.append(message.get("body", b""))
            if not message.get("more_body", False):
                break
        body = b"".join(chunks)
        found = await run_in_threadpool(repeated_keys, body) if body else RepeatedKeys()
        if found.unreadable:
            await problem_response(
                status=422,
                problem="validation-error",
                errors=[{"loc": ["body"], "msg": found.unreadable}],
            )(scope, receive, send)
            return
        if not found.count:
            await self.app(scope, replaying(body, receive), send)
            return
        extensions: dict[str, Any] = {
            "errors": [{"loc": loc, "msg": REPEATED_KEY} for loc in found.located]
        }
        if found.count > len(found.located):
            extensions["errors_not_listed"] = found.count - len(found.located)
        await problem_response(status=422, problem="validation-error", **extensions)(
            scope, receive, send
        )
