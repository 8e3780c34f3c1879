"""Errors as RFC 9457 problem details (``application/problem+json``).

Every problem has a stable ``type``; its ``detail`` never echoes what the caller sent, so
no personal data can leak through an error.
"""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

__all__ = ["PROBLEM_JSON", "install_problem_handlers", "problem_response"]

PROBLEM_JSON = "application/problem+json"
PROBLEM_BASE = "/problems/"


def problem_response(
    *,
    status: int,
    problem: str,
    title: str,
    detail: str | None = None,
    headers: dict[str, str] | None = None,
    **extensions: Any,
) -> JSONResponse:
    body: dict[str, Any] = {"type": PROBLEM_BASE + problem, "title": title, "status": status}
    if detail:
        body["detail"] = detail
    body.update(extensions)
    return JSONResponse(body, status_code=status, media_type=PROBLEM_JSON, headers=headers)


async def _http_exception(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StarletteHTTPException)
    slug = {404: "not-found", 405: "method-not-allowed"}.get(exc.status_code, "http-error")
    return problem_response(
        status=exc.status_code,
        problem=slug,
        title=str(exc.detail) if isinstance(exc.detail, str) else "HTTP error",
        headers=dict(exc.headers) if exc.headers else None,
    )


async def _validation_error(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    # Locations and messages only: the offending input values are never echoed back.
    errors = [
        {"loc": [str(part) for part in error.get("loc", ())], "msg": error.get("msg", "")}
        for error in exc.errors()
    ]
    return problem_response(
        status=422,
        problem="validation-error",
        title="The request is not valid",
        errors=errors,
    )


def install_problem_handlers(app: FastAPI) -> None:
    app.add_exception_handler(StarletteHTTPException, _http_exception)
    app.add_exception_handler(RequestValidationError, _validation_error)
