"""Request ids, access logs without personal data, Prometheus metrics, last-resort errors.

One pure ASGI middleware, outermost, so every response (problems included) carries its
``X-Request-ID`` and is counted. Metrics and logs name the route *template*
(``/v1/users/{user_id}``), never the raw path, so ids and query strings never become label
values or log fields, and the number of time series stays bounded.
"""

from __future__ import annotations

import re
import time
import uuid

import structlog
from prometheus_client import CollectorRegistry, Counter, Histogram
from starlette.datastructures import Headers, MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from gateway.api.problems import problem_response
from pathways_runtime.log import get_logger

__all__ = ["REQUEST_ID_HEADER", "HttpMetrics", "ObservabilityMiddleware"]

REQUEST_ID_HEADER = "X-Request-ID"
_UNMATCHED = "<unmatched>"
#: A caller's request id is taken only if it is a UUID or a hex trace id (16 to 64 hex
#: digits, dashes between); otherwise we make one. It lands in the logs and in the
#: append-only audit trail, so it must not be able to carry words: "Somchai-Jaidee-0001"
#: was kept before, and a name there could never be erased.
_SAFE_REQUEST_ID = re.compile(r"^[0-9A-Fa-f]+(?:-[0-9A-Fa-f]+)*$")


def _offered_id_kept(offered: str) -> bool:
    digits = len(offered) - offered.count("-")
    return 16 <= digits <= 64 and _SAFE_REQUEST_ID.match(offered) is not None


_log = get_logger("gateway.http")


class HttpMetrics:
    """The gateway's HTTP metrics, in a registry of their own (one per app)."""

    def __init__(self) -> None:
        self.registry = CollectorRegistry(auto_describe=True)
        self.requests = Counter(
            "pathways_gateway_http_requests",
            "HTTP requests answered, by method, route template and status.",
            ["method", "route", "status"],
            registry=self.registry,
        )
        self.latency = Histogram(
            "pathways_gateway_http_request_duration_seconds",
            "Time to answer an HTTP request, by method and route template.",
            ["method", "route"],
            buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10),
            registry=self.registry,
        )


def _route_template(scope: Scope) -> str:
    route = scope.get("route")
    path = getattr(route, "path", None)
    return path if isinstance(path, str) else _UNMATCHED


class ObservabilityMiddleware:
    def __init__(self, app: ASGIApp, *, metrics: HttpMetrics) -> None:
        self.app = app
        self.metrics = metrics

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        offered = Headers(scope=scope).get(REQUEST_ID_HEADER.lower(), "")
        request_id = offered if _offered_id_kept(offered) else uuid.uuid4().hex
        scope.setdefault("state", {})["request_id"] = request_id
        status = 500
        started = False

        async def send_with_id(message: Message) -> None:
            nonlocal status, started
            if message["type"] == "http.response.start":
                started = True
                status = int(message["status"])
                MutableHeaders(scope=message)[REQUEST_ID_HEADER] = request_id
            await send(message)

        began = time.perf_counter()
        with structlog.contextvars.bound_contextvars(request_id=request_id):
            try:
                await self.app(scope, receive, send_with_id)
            except Exception as error:
                # Type only: an exception's message may quote data it was handed.
                _log.error("unhandled_error", error_type=type(error).__name__)
                status = 500
                if not started:
                    response = problem_response(status=500, problem="internal-error")
                    await response(scope, receive, send_with_id)
            finally:
                elapsed = time.perf_counter() - began
                route = _route_template(scope)
                method = scope["method"]
                self.metrics.requests.labels(method, route, str(status)).inc()
                self.metrics.latency.labels(method, route).observe(elapsed)
                _log.info(
                    "http_request",
                    method=method,
                    route=route,
                    status=status,
                    duration_ms=round(elapsed * 1000, 1),
                )
