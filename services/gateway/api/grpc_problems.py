"""gRPC status codes of the backend services → problem details, mapped once.

Routes that call matching or peer groups let ``grpc.RpcError`` propagate; the handler
installed here answers with the mapped problem. PERMISSION_DENIED about a named object
answers 404 (the object-level rule: the caller must not learn that another organisation's
id exists); about an action as such it answers 403. The backends' messages are fixed
sentences without personal data (their contract); only those of 409 and 422 answers are
passed on, since they tell the caller what to fix.
"""

from __future__ import annotations

from dataclasses import dataclass

import grpc
from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

from gateway.api.problems import problem_response
from pathways_runtime.log import get_logger

__all__ = ["BackendProblem", "install_grpc_problem_handler", "problem_for_status"]

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


async def _rpc_error(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, grpc.RpcError)
    # Errors raised by stubs are also grpc.Call objects; the stubs' types do not say so.
    code_of = getattr(exc, "code", None)
    details_of = getattr(exc, "details", None)
    code = code_of() if callable(code_of) else grpc.StatusCode.UNKNOWN
    details = details_of() if callable(details_of) else None
    if not isinstance(code, grpc.StatusCode):
        code = grpc.StatusCode.UNKNOWN
    if code not in _MAPPING and code is not grpc.StatusCode.PERMISSION_DENIED:
        _log.error("backend_error", grpc_status=code.name)
    return problem_for_status(code, details=details)


def install_grpc_problem_handler(app: FastAPI) -> None:
    app.add_exception_handler(grpc.RpcError, _rpc_error)
