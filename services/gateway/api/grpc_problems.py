"""gRPC status codes of the backend services → problem details, mapped once.

Routes that call matching or peer groups let ``grpc.RpcError`` propagate; the handler
installed here answers with the mapped problem. PERMISSION_DENIED about a named object
answers 404 (the object-level rule: the caller must not learn that another organisation's
id exists); about an action as such it answers 403. The backends' messages are fixed
sentences without personal data (their contract); only those of 409 and 422 answers are
passed on, since they tell the caller what to fix.

A refusal that matching located field by field (``FieldViolations`` in the trailing
metadata ``pathways-field-violations-bin``, see ``matching.proto``) answers like the
gateway's own validation errors, with ``errors`` of ``loc`` (``["body", ...]``, the path of
the field in the request body), ``msg``, ``code`` when matching names the rule, and
``suggestions`` when it has them (the nearest known concept ids for a vocabulary tag, the
nearest day allowed for a date). INVALID_ARGUMENT answers 422 ``validation-error``;
FAILED_PRECONDITION (the field is fine in form but the resource's state refuses it, e.g. a
step dated before the one it follows) answers 409 ``conflict`` with its ``detail``. A route
whose body is the inner message of the gRPC request (``PUT .../profile`` sends the profile
itself) says so with :func:`body_is`.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import grpc
from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse
from google.protobuf.message import DecodeError

from gateway.api.problems import problem_response
from pathways.v1 import matching_pb2
from pathways_runtime.log import get_logger

__all__ = [
    "FIELD_VIOLATIONS_KEY",
    "BackendProblem",
    "LocatedRefusal",
    "body_is",
    "field_violations_of",
    "install_grpc_problem_handler",
    "problem_for_status",
]

#: The trailing metadata key matching sends a refusal's FieldViolations under.
FIELD_VIOLATIONS_KEY = "pathways-field-violations-bin"
_MAX_VIOLATIONS = 50

_log = get_logger(__name__)
_RETRY_AFTER_S = "2"
_MAX_DETAIL = 300


@dataclass(frozen=True, slots=True)
class BackendProblem:
    status: int
    slug: str
    pass_detail: bool = False
    retry_after: bool = False


_MAPPING: dict[grpc.StatusCode, BackendProblem] = {
    grpc.StatusCode.INVALID_ARGUMENT: BackendProblem(422, "invalid-request", pass_detail=True),
    grpc.StatusCode.OUT_OF_RANGE: BackendProblem(422, "invalid-request", pass_detail=True),
    grpc.StatusCode.NOT_FOUND: BackendProblem(404, "not-found"),
    grpc.StatusCode.ALREADY_EXISTS: BackendProblem(409, "conflict", pass_detail=True),
    grpc.StatusCode.ABORTED: BackendProblem(409, "conflict", pass_detail=True),
    grpc.StatusCode.FAILED_PRECONDITION: BackendProblem(409, "conflict", pass_detail=True),
    grpc.StatusCode.UNAUTHENTICATED: BackendProblem(401, "unauthenticated"),
    grpc.StatusCode.RESOURCE_EXHAUSTED: BackendProblem(429, "rate-limited", retry_after=True),
    grpc.StatusCode.UNAVAILABLE: BackendProblem(503, "backend-unavailable", retry_after=True),
    grpc.StatusCode.DEADLINE_EXCEEDED: BackendProblem(503, "backend-unavailable", retry_after=True),
}
_INTERNAL = BackendProblem(500, "internal-error")


def problem_for_status(
    code: grpc.StatusCode, *, details: str | None = None, about_object: bool = True
) -> JSONResponse:
    """The problem answering a backend's ``code``; see the module docstring for 403/404."""
    if code is grpc.StatusCode.PERMISSION_DENIED:
        mapped = (
            BackendProblem(404, "not-found") if about_object else BackendProblem(403, "forbidden")
        )
    else:
        mapped = _MAPPING.get(code, _INTERNAL)
    detail = (details or "")[:_MAX_DETAIL] if mapped.pass_detail else None
    headers = {"Retry-After": _RETRY_AFTER_S} if mapped.retry_after else None
    return problem_response(
        status=mapped.status, problem=mapped.slug, detail=detail or None, headers=headers
    )


#: The statuses a refusal may come located with, and the problem each answers.
_LOCATED: dict[grpc.StatusCode, BackendProblem] = {
    grpc.StatusCode.INVALID_ARGUMENT: BackendProblem(422, "validation-error"),
    grpc.StatusCode.FAILED_PRECONDITION: BackendProblem(409, "conflict", pass_detail=True),
}


def field_violations_of(error: Any) -> list[matching_pb2.FieldViolation]:
    """The located violations a backend sent with its refusal (none if it sent none)."""
    trailing_of = getattr(error, "trailing_metadata", None)
    code_of = getattr(error, "code", None)
    if not callable(trailing_of) or not callable(code_of):
        return []
    if code_of() not in _LOCATED:
        return []
    for key, value in trailing_of() or ():
        if key == FIELD_VIOLATIONS_KEY and isinstance(value, bytes):
            try:
                return list(matching_pb2.FieldViolations.FromString(value).violations)
            except DecodeError:
                return []
    return []


class LocatedRefusal(Exception):
    """A backend's located refusal, with its locations already in body terms."""

    def __init__(
        self,
        errors: list[dict[str, Any]],
        *,
        problem: BackendProblem = _LOCATED[grpc.StatusCode.INVALID_ARGUMENT],
        detail: str | None = None,
    ) -> None:
        super().__init__("the request breaks a rule")
        self.errors = errors
        self.problem = problem
        self.detail = detail


def _refusal(
    error: Any, violations: list[matching_pb2.FieldViolation], *, strip: str = ""
) -> LocatedRefusal:
    """``error`` (a refusal with ``violations``) as the problem its status answers."""
    problem = _LOCATED[error.code()]
    details_of = getattr(error, "details", None)
    details = details_of() if callable(details_of) and problem.pass_detail else None
    return LocatedRefusal(
        _located(violations, strip=strip),
        problem=problem,
        detail=(details or "")[:_MAX_DETAIL] or None,
    )


def _located(
    violations: list[matching_pb2.FieldViolation], *, strip: str = ""
) -> list[dict[str, Any]]:
    found = []
    for violation in violations[:_MAX_VIOLATIONS]:
        location = list(violation.location)
        if strip and location[:1] == [strip]:
            location = location[1:]
        item: dict[str, Any] = {"loc": ["body", *location], "msg": violation.message}
        if violation.code:
            item["code"] = violation.code
        if violation.suggestions:
            item["suggestions"] = list(violation.suggestions)
        found.append(item)
    return found


@contextmanager
def body_is(field: str) -> Iterator[None]:
    """The route's body is the request message's ``field``: locations drop that step."""
    try:
        yield
    except grpc.RpcError as error:
        violations = field_violations_of(error)
        if violations:
            raise _refusal(error, violations, strip=field) from error
        raise


def _located_problem(refusal: LocatedRefusal) -> JSONResponse:
    return problem_response(
        status=refusal.problem.status,
        problem=refusal.problem.slug,
        detail=refusal.detail,
        errors=refusal.errors,
    )


async def _located_refusal(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, LocatedRefusal)
    return _located_problem(exc)


async def _rpc_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, grpc.RpcError)
    violations = field_violations_of(exc)
    if violations:
        return _located_problem(_refusal(exc, violations))
    # Errors raised by stubs are also grpc.Call objects; the stubs' types do not say so.
    code_of = getattr(exc, "code", None)
    details_of = getattr(exc, "details", None)
    code = code_of() if callable(code_of) else grpc.StatusCode.UNKNOWN
    details = details_of() if callable(details_of) else None
    if not isinstance(code, grpc.StatusCode):
        code = grpc.StatusCode.UNKNOWN
    if code not in _MAPPING and code is not grpc.StatusCode.PERMISSION_DENIED:
        _log.error("backend_error", grpc_status=code.name)
    elif code in (grpc.StatusCode.UNAVAILABLE, grpc.StatusCode.DEADLINE_EXCEEDED):
        # An operator's first question about a 503: which route, and was the backend down or
        # slow. The route's template only (never its ids), never the backend's details.
        route = request.scope.get("route")
        _log.warning(
            "backend_unavailable",
            grpc_status=code.name,
            route=getattr(route, "path", "") or "",
            method=request.method,
        )
    return problem_for_status(code, details=details)


def install_grpc_problem_handler(app: FastAPI) -> None:
    app.add_exception_handler(grpc.RpcError, _rpc_error)
    app.add_exception_handler(LocatedRefusal, _located_refusal)
