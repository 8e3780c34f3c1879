"""The FastAPI application. ``create_app`` builds it; nothing connects at import time."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Mapping
from contextlib import asynccontextmanager

from fastapi import FastAPI

from gateway.api.main import api_router
from gateway.api.problems import install_problem_handlers
from gateway.clients.backends import Backends, grpc_serving
from gateway.config import GatewaySettings
from gateway.readiness import ReadinessProbe
from pathways_runtime.kafka_bus import kafka_reachable
from pathways_runtime.mongo import create_mongo_client, is_reachable

__all__ = ["create_app"]

DESCRIPTION = """\
Pathways matches survivors of human trafficking to skills training, jobs and peer-support
groups, by their own interests and aspirations and by their trauma-care readiness.

This API is used by reintegration officers, partner employers, training providers,
peer-group facilitators and platform administrators. Errors are RFC 9457 problem details
(`application/problem+json`).
"""


def create_app(
    settings: GatewaySettings,
    *,
    checks: Mapping[str, Callable[[], bool]] | None = None,
) -> FastAPI:
    """The gateway app; ``checks`` replaces the real dependency checks (tests)."""

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        if checks is not None:
            app.state.readiness = ReadinessProbe(checks, timeout_s=settings.readiness_timeout_s)
            yield
            return
        mongo = create_mongo_client(
            uri=settings.mongodb_uri.get_secret_value(),
            app_name="gateway",
            timeout_ms=int(settings.readiness_timeout_s * 1000),
        )
        backends = Backends.connect(settings)
        timeout_ms = int(settings.readiness_timeout_s * 1000)
        app.state.backends = backends
        app.state.readiness = ReadinessProbe(
            {
                "kafka": lambda: kafka_reachable(
                    bootstrap_servers=settings.kafka_bootstrap_servers, timeout_ms=timeout_ms
                ),
                "mongodb": lambda: is_reachable(mongo),
                "matching": lambda: grpc_serving(
                    backends.matching_channel, timeout_s=settings.readiness_timeout_s
                ),
                "peer_groups": lambda: grpc_serving(
                    backends.peer_groups_channel, timeout_s=settings.readiness_timeout_s
                ),
            },
            timeout_s=settings.readiness_timeout_s + 0.5,
        )
        try:
            yield
        finally:
            backends.close()
            mongo.close()

    app = FastAPI(
        title="Pathways API",
        version="0.1.0",
        description=DESCRIPTION,
        lifespan=lifespan,
        docs_url="/docs",
        openapi_url="/openapi.json",
    )
    install_problem_handlers(app)
    app.include_router(api_router)
    return app
