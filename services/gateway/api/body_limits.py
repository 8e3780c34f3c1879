"""Request body size limits on every method and path, as ASGI middleware
(:mod:`pathways_runtime.body_limit`, with the gateway's limits and answers).

Without it a PUT, PATCH or DELETE, or an anonymous POST (the login form), had no limit:
the route read a 5.2 MB body whole. Here the body is refused with 413 and a
``/problems/payload-too-large`` problem *before* more than the limit is read: at once when
``Content-Length`` announces more, or as soon as the chunks received add up to more
(chunked uploads announce nothing). Bodies within the limit are read here and handed on
unchanged, so the routes and the idempotency middleware see the same bytes as before.

Two limits: :data:`MAX_BODY` for callers who present a bearer token, and a much smaller
:data:`MAX_ANONYMOUS_BODY` for everyone else, whose only bodies are the login form and the
refresh and logout requests (well under 1 KiB): someone without an account cannot make
the gateway buffer a megabyte per request.

The limits are defined here, once; the idempotency middleware imports :data:`MAX_BODY`.
The rest of a refused body is drained and dropped by uvicorn, not kept; the Ingress in
front should refuse large bodies too, so they never reach the pod.
"""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI
from starlette.datastructures import Headers
from starlette.types import ASGIApp, Receive, Scope, Send

from gateway.api.problems import problem_response, problem_responses
from pathways_runtime.body_limit import BodyLimit

__all__ = ["MAX_ANONYMOUS_BODY", "MAX_BODY", "BodyLimitMiddleware", "document_body_limits"]

#: The largest request body of a caller with a bearer token (the largest real one, a
#: survivor's full profile, is a few KiB).
MAX_BODY = 1024 * 1024
#: The largest request body of a caller without one.
MAX_ANONYMOUS_BODY = 16 * 1024


def _presents_bearer_token(headers: Headers) -> bool:
    scheme, _, token = headers.get("authorization", "").partition(" ")
    return scheme.lower() == "bearer" and bool(token.strip())


async def _refuse(scope: Scope, receive: Receive, send: Send, limit: int) -> None:
    if limit == 0:  # the caller left mid-body
        response = problem_response(status=400, problem="bad-request")
    else:
        response = problem_response(
            status=413,
            problem="payload-too-large",
            detail=f"the request body may be at most {limit} bytes",
        )
    await response(scope, receive, send)


class BodyLimitMiddleware(BodyLimit):
    """:class:`pathways_runtime.body_limit.BodyLimit` with the gateway's two limits and its
    problem answers."""

    def __init__(
        self,
        app: ASGIApp,
        *,
        max_body: int = MAX_BODY,
        max_anonymous_body: int = MAX_ANONYMOUS_BODY,
    ) -> None:
        super().__init__(
            app,
            limit_for=lambda headers: (
                max_body if _presents_bearer_token(headers) else max_anonymous_body
            ),
            refuse=_refuse,
        )


def document_body_limits(app: FastAPI) -> None:
    """Every operation that takes a body lists the 413 it may now answer, in OpenAPI.

    Call after everything else that rewrites ``app.openapi`` (``install_policy``); adding
    the entry twice is harmless.
    """
    generate = app.openapi
    too_large = problem_responses(413)[413]

    def openapi() -> dict[str, Any]:
        schema = generate()
        for operations in schema.get("paths", {}).values():
            for operation in operations.values():
                if isinstance(operation, dict) and "requestBody" in operation:
                    operation.setdefault("responses", {}).setdefault("413", too_large)
        return schema

    app.openapi = openapi  # type: ignore[method-assign]
