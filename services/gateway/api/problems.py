"""Errors as RFC 9457 problem details (``application/problem+json``).

Every problem has a stable ``type`` (``/problems/<slug>``, listed in :data:`PROBLEM_TYPES`);
its ``detail`` is a fixed sentence and never echoes what the caller sent, so no personal
data can leak through an error. Validation errors name the field and the rule, never the
value.
"""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel, ConfigDict
from pymongo.errors import PyMongoError
from starlette.exceptions import HTTPException as StarletteHTTPException

from gateway import errors
from pathways_runtime.log import get_logger

__all__ = [
    "PROBLEM_JSON",
    "PROBLEM_TYPES",
    "Problem",
    "install_problem_handlers",
    "normalise_problem_responses",
    "problem_for_error",
    "problem_response",
    "problem_responses",
]

PROBLEM_JSON = "application/problem+json"
PROBLEM_BASE = "/problems/"

_log = get_logger(__name__)

#: Every problem type the gateway answers with: slug → (status, title).
PROBLEM_TYPES: dict[str, tuple[int, str]] = {
    "bad-request": (400, "The request is malformed"),
    "invalid-grant": (400, "The credentials or refresh token are not valid"),
    "idempotency-key-required": (400, "This request needs an Idempotency-Key header"),
    "unauthenticated": (401, "Authentication is required"),
    "forbidden": (403, "Your role may not do this"),
    "organisation-not-vetted": (403, "Your organisation has not been vetted yet"),
    "organisation-suspended": (403, "Your organisation's access is suspended"),
    "account-awaiting-approval": (
        403,
        "A member of your organisation has not approved your account yet",
    ),
    "password-change-required": (403, "Choose a password of your own to sign in"),
    "second-factor-required": (403, "Enter the code your authenticator app shows"),
    "second-factor-refused": (400, "The code is not right, or was used already"),
    "second-factor-enrolment-required": (
        403,
        "Set up a second factor before anything else",
    ),
    "not-found": (404, "No such resource"),
    "method-not-allowed": (405, "Method not allowed"),
    "conflict": (409, "The request conflicts with the resource's state"),
    "idempotency-request-in-flight": (409, "A request with this Idempotency-Key is running"),
    "idempotency-result-not-kept": (409, "The result of this Idempotency-Key is not kept"),
    "precondition-failed": (412, "The resource has changed since you read it"),
    "payload-too-large": (413, "The request body is too large"),
    "unsupported-media-type": (415, "Unsupported media type"),
    "validation-error": (422, "The request is not valid"),
    "invalid-request": (422, "The request breaks a rule"),
    "invalid-cursor": (422, "The cursor is not valid for this list"),
    "idempotency-key-reused": (422, "This Idempotency-Key was used for another request"),
    "precondition-required": (428, "This update needs an If-Match header"),
    "rate-limited": (429, "Too many requests"),
    "internal-error": (500, "Something went wrong on our side"),
    "backend-unavailable": (503, "A service behind the gateway is unavailable"),
    "store-unavailable": (503, "The gateway's database is unavailable"),
    "not-ready": (503, "A dependency is unavailable"),
    "http-error": (400, "HTTP error"),
}

_ERROR_SLUGS: dict[type[errors.GatewayError], str] = {
    errors.NotFound: "not-found",
    errors.Forbidden: "forbidden",
    errors.Unauthenticated: "unauthenticated",
    errors.InvalidGrant: "invalid-grant",
    errors.OrganisationNotVetted: "organisation-not-vetted",
    errors.OrganisationSuspended: "organisation-suspended",
    errors.AccountAwaitingApproval: "account-awaiting-approval",
    errors.PasswordChangeRequired: "password-change-required",
    errors.SecondFactorRequired: "second-factor-required",
    errors.SecondFactorRefused: "second-factor-refused",
    errors.SecondFactorEnrolmentRequired: "second-factor-enrolment-required",
    errors.Conflict: "conflict",
    errors.StaleVersion: "precondition-failed",
    errors.PreconditionRequired: "precondition-required",
    errors.InvalidRequest: "invalid-request",
    errors.InvalidCursor: "invalid-cursor",
    errors.RateLimited: "rate-limited",
}


class Problem(BaseModel):
    """RFC 9457 problem details; some types add members (``errors``, ``down``...)."""

    model_config = ConfigDict(
        extra="allow",
        json_schema_extra={
            "examples": [
                {
                    "type": "/problems/not-found",
                    "title": "No such resource",
                    "status": 404,
                    "detail": "no such organisation",
                }
            ]
        },
    )

    type: str
    title: str
    status: int
    detail: str | None = None


def problem_response(
    *,
    status: int,
    problem: str,
    title: str | None = None,
    detail: str | None = None,
    headers: dict[str, str] | None = None,
    **extensions: Any,
) -> JSONResponse:
    if title is None:
        title = PROBLEM_TYPES.get(problem, (status, "Error"))[1]
    body: dict[str, Any] = {"type": PROBLEM_BASE + problem, "title": title, "status": status}
    if detail:
        body["detail"] = detail
    body.update(extensions)
    return JSONResponse(body, status_code=status, media_type=PROBLEM_JSON, headers=headers)


def problem_for_error(error: errors.GatewayError) -> JSONResponse:
    slug = _ERROR_SLUGS.get(type(error), "bad-request")
    status = PROBLEM_TYPES[slug][0]
    headers: dict[str, str] = {}
    extensions: dict[str, Any] = {}
    if isinstance(error, errors.Unauthenticated):
        headers["WWW-Authenticate"] = "Bearer"
    if isinstance(error, errors.InvalidGrant):
        extensions["error"] = "invalid_grant"  # what OAuth2 clients look for (RFC 6749 §5.2)
    if isinstance(error, errors.RateLimited):
        headers["Retry-After"] = str(error.retry_after_s)
    return problem_response(
        status=status, problem=slug, detail=error.message, headers=headers or None, **extensions
    )


def problem_responses(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """OpenAPI ``responses`` entries documenting the problems a route may answer."""
    documented: dict[int | str, dict[str, Any]] = {}
    for status in statuses:
        slugs = [slug for slug, (code, _title) in PROBLEM_TYPES.items() if code == status]
        slug = slugs[0] if slugs else "http-error"
        documented[status] = {
            "description": "; ".join(f"`{PROBLEM_BASE}{s}`" for s in slugs) or "Error",
            "content": {
                PROBLEM_JSON: {
                    "schema": {"$ref": "#/components/schemas/Problem"},
                    "example": {
                        "type": PROBLEM_BASE + slug,
                        "title": PROBLEM_TYPES.get(slug, (status, "Error"))[1],
                        "status": status,
                    },
                }
            },
        }
    return documented


def normalise_problem_responses(schema: dict[str, Any]) -> None:
    """Every documented error answers ``application/problem+json`` with the Problem schema.

    FastAPI documents its own 422 as ``application/json`` ``HTTPValidationError``; ours is a
    problem document, so the schema says so.
    """
    components = schema.setdefault("components", {}).setdefault("schemas", {})
    components["Problem"] = Problem.model_json_schema()
    for operations in schema.get("paths", {}).values():
        for operation in operations.values():
            for status, response in operation.get("responses", {}).items():
                if not str(status).isdigit() or int(status) < 400:
                    continue
                example = response.get("content", {}).get(PROBLEM_JSON, {}).get("example")
                content: dict[str, Any] = {"schema": {"$ref": "#/components/schemas/Problem"}}
                if example is not None:
                    content["example"] = example
                response["content"] = {PROBLEM_JSON: content}
    for unused in ("HTTPValidationError", "ValidationError"):
        components.pop(unused, None)


async def _gateway_error(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, errors.GatewayError)
    return problem_for_error(exc)


async def _http_exception(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StarletteHTTPException)
    slug = {
        401: "unauthenticated",
        404: "not-found",
        405: "method-not-allowed",
        413: "payload-too-large",
        415: "unsupported-media-type",
    }.get(exc.status_code, "http-error")
    return problem_response(
        status=exc.status_code,
        problem=slug,
        title=str(exc.detail) if isinstance(exc.detail, str) else None,
        headers=dict(exc.headers) if exc.headers else None,
    )


#: The most errors a ``validation-error`` lists; past them it says how many it left out
#: (``errors_not_listed``). A real form has a few dozen fields; a 1 MB body of 90,000
#: unknown keys was answered with 5.8 MB listing each, in 0.95 s of the single event
#: loop (session 25's security probe).
MOST_ERRORS_LISTED = 50


async def _validation_error(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    every = exc.errors()
    # Locations and messages only: the offending input values are never echoed back.
    found = [
        {"loc": [str(part) for part in error.get("loc", ())], "msg": error.get("msg", "")}
        for error in every[:MOST_ERRORS_LISTED]
    ]
    extensions: dict[str, Any] = {"errors": found}
    if len(every) > len(found):
        extensions["errors_not_listed"] = len(every) - len(found)
    return problem_response(status=422, problem="validation-error", **extensions)


async def _store_unavailable(_request: Request, exc: Exception) -> JSONResponse:
    _log.warning("mongodb_error", error_type=type(exc).__name__)
    return problem_response(
        status=503,
        problem="store-unavailable",
        detail="try again shortly",
        headers={"Retry-After": "5"},
    )


def install_problem_handlers(app: FastAPI) -> None:
    app.add_exception_handler(errors.GatewayError, _gateway_error)
    app.add_exception_handler(StarletteHTTPException, _http_exception)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(PyMongoError, _store_unavailable)
