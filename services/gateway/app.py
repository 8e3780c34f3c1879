"""The FastAPI application. ``create_app`` assembles it (routes, middleware, handlers);
the objects it serves with are built and started by :func:`gateway.bootstrap.serving` when
the app starts. Nothing connects at import time."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI

from gateway.api.authorization import DeniedAccessAudit, install_policy
from gateway.api.body_limits import (
    MAX_ANONYMOUS_BODY,
    MAX_BODY,
    BodyLimitMiddleware,
    document_body_limits,
)
from gateway.api.docs_assets import ASSETS_PREFIX, load_vendored_assets
from gateway.api.docs_pages import install_docs
from gateway.api.grpc_problems import install_grpc_problem_handler
from gateway.api.idempotency import IdempotencyMiddleware
from gateway.api.main import api_router
from gateway.api.observability import HttpMetrics, ObservabilityMiddleware
from gateway.api.problems import install_problem_handlers
from gateway.api.repeated_keys import RepeatedKeysMiddleware
from gateway.api.security_headers import SecurityHeadersMiddleware
from gateway.api.types import currencies_in_use
from gateway.bootstrap import Overrides, serving
from gateway.config import GatewaySettings

__all__ = ["create_app"]

DESCRIPTION = f"""\
Pathways matches survivors of human trafficking to skills training, jobs and peer-support
groups, by their own interests and aspirations and by their trauma-care readiness.

This API is used by reintegration officers, partner employers, training providers,
peer-group facilitators and platform administrators.

**Getting started.** Log in with `POST /v1/auth/token` (OAuth2 password flow; the
*Authorize* button here does it for you) and send the access token as
`Authorization: Bearer …`. Access tokens live 15 minutes; exchange the refresh token at
`POST /v1/auth/refresh` (each refresh token works once).

**Conventions.**
- Every `POST` under `/v1` (except `/v1/auth/*`) needs an `Idempotency-Key` header; a retry
  with the same key returns the first result instead of acting twice.
- Reads return an `ETag`; updates need it in `If-Match` (428 without, 412 when stale).
- Lists are paged: pass `next_cursor` back as `cursor`. Cursors are opaque and signed.
- Errors are RFC 9457 problem details (`application/problem+json`) with a stable `type`;
  they never repeat what you sent.
- A JSON body that gives a key twice in one object is refused (422 `validation-error`,
  located at each repeated key), not read as its last value.
- Each operation states its policy action and which roles may call it. An id of another
  organisation answers 404, exactly like an id that does not exist.
- A request body may be at most {MAX_BODY // 1024**2} MiB, and at most
  {MAX_ANONYMOUS_BODY // 1024} KiB without a bearer token; a larger one answers 413 unread.
- Every response carries `X-Request-ID` (yours, if you sent a plain one); quote it when
  asking for help. Answers are never to be cached (`Cache-Control: no-store`).
"""

TAGS = [
    {"name": "authentication", "description": "Log in, refresh, log out."},
    {"name": "organisations", "description": "Onboarding and vetting of organisations."},
    {"name": "users", "description": "Logins, their roles, disabling them."},
    {"name": "audit", "description": "Who accessed which survivor's data, when and why."},
    {
        "name": "survivors",
        "description": "Survivors' profiles, readiness and consent (their own officers only).",
    },
    {"name": "opportunities", "description": "Jobs and training programmes."},
    {
        "name": "matches",
        "description": "Recommendations with reasons, proposals and survivors' decisions.",
    },
    {"name": "shortlists", "description": "Anonymised candidates for employers and providers."},
    {"name": "matching rounds", "description": "Capacity-aware assignment over many survivors."},
    {"name": "outcomes", "description": "Hires, retention, enrolments; the outcome model."},
    {
        "name": "peer groups",
        "description": "Peer-support groups: proposals under hard rules, alias-level cards.",
    },
    {"name": "health", "description": "Liveness and readiness probes."},
]


def create_app(settings: GatewaySettings, overrides: Overrides | None = None) -> FastAPI:
    """The gateway app: FastAPI assembled; what it serves with is built by
    :func:`gateway.bootstrap.serving` when it starts (``overrides``: the parts tests pass
    instead, :class:`gateway.bootstrap.Overrides`)."""

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        # Read once at start, not by the first request that names an amount of money.
        currencies_in_use()
        with serving(settings, overrides) as parts:
            if parts.gateway is not None:
                app.state.gateway = parts.gateway
            app.state.matching = parts.matching
            app.state.peer_groups = parts.peer_groups
            app.state.readiness = parts.readiness
            yield

    app = FastAPI(
        title="Pathways API",
        version="0.1.0",
        description=DESCRIPTION,
        lifespan=lifespan,
        # FastAPI's own /docs and /redoc load their code from a public CDN: ours are below.
        docs_url=None,
        redoc_url=None,
        openapi_url="/openapi.json",
        # A path with a trailing slash is not found rather than redirected: Starlette's
        # redirect writes the request's Host header into an absolute Location.
        redirect_slashes=False,
        openapi_tags=TAGS,
    )
    # Refuses to build the app when a vendored docs file differs from its manifest.
    page_policies = install_docs(app, load_vendored_assets())
    install_problem_handlers(app)
    install_grpc_problem_handler(app)
    app.include_router(api_router)
    install_policy(app)
    document_body_limits(app)
    metrics = HttpMetrics()
    app.state.metrics = metrics
    # Innermost: sees the answer the route's handlers made; the request id is set outside.
    app.add_middleware(DeniedAccessAudit)
    app.add_middleware(IdempotencyMiddleware)
    # Outside idempotency and the routes, so a refused body claims and counts nothing.
    app.add_middleware(RepeatedKeysMiddleware)
    # Before anything reads a body; inside observability, so a 413 is counted and logged.
    app.add_middleware(BodyLimitMiddleware)
    app.add_middleware(ObservabilityMiddleware, metrics=metrics)
    # Outermost: every response, replays and last-resort 500s included, gets the headers.
    app.add_middleware(
        SecurityHeadersMiddleware,
        page_policies=page_policies,
        cacheable_prefixes=(ASSETS_PREFIX, "/v1/vocabulary"),
    )
    return app
