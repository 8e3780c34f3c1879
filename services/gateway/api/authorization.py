"""The policy check every ``/v1`` route declares, and the map of routes to actions.

A route states its action once, in its signature::

    authorized: Annotated[Authorized, Depends(authorize(Action.ORGANISATION_READ))]

The dependency authenticates the bearer token (and its session), applies the write rate
limits, and looks the role up in the policy table: no grant, 403; the object-level rule
(404 for other organisations' ids) is then ``authorized.require_object_of(...)``.

:func:`install_policy` runs when the app is built: it finds each route's action, writes it
into the OpenAPI operation (``x-pathways-action``) with a line saying who may call it, and
refuses to build an app with a ``/v1`` route that declares no action, or two.

Refusals of survivor-data actions are audited (``gateway.audit.denials``): once the caller
is authenticated, the dependency notes what a refusal would be recorded as, and
:class:`DeniedAccessAudit` (ASGI middleware) records it as ``denied`` when the answer is
403 or 404, whichever part refused: the policy table, the object-level rule or a backend.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Annotated, Any

import fastapi.routing
import structlog
from fastapi import Depends, FastAPI, Request
from fastapi.dependencies.models import Dependant
from fastapi.routing import APIRoute
from fastapi.security import OAuth2PasswordBearer
from starlette.concurrency import run_in_threadpool
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from gateway.api.deps import GatewayDep, client_ip
from gateway.api.problems import normalise_problem_responses
from gateway.audit.denials import PendingDenial, pending_denial
from gateway.audit.records import AuditOutcome
from gateway.audit.service import record_access
from gateway.auth.policy import ENROLMENT_ACTIONS, PUBLIC_ACTIONS, Action, describe, grant_for
from gateway.auth.principal import Authorized
from gateway.errors import Forbidden, SecondFactorEnrolmentRequired, Unauthenticated
from pathways_runtime.log import get_logger

__all__ = [
    "API_PREFIX",
    "IDEMPOTENCY_EXEMPT_PREFIX",
    "DeniedAccessAudit",
    "RouteWithoutPolicyError",
    "authorize",
    "install_policy",
    "public",
    "route_actions",
]

API_PREFIX = "/v1/"
IDEMPOTENCY_EXEMPT_PREFIX = "/v1/auth/"
WRITE_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})
_ACTION_ATTRIBUTE = "__pathways_action__"
#: Where the dependency leaves the pending denial for :class:`DeniedAccessAudit`.
_DENIAL_STATE = "audit_denial"
#: The answers that mean "refused": no grant, or no such object within reach.
_REFUSED = frozenset({403, 404})

_log = get_logger(__name__)

#: Declares the OAuth2 password flow in OpenAPI, so /docs can log in ("Authorize").
bearer_token = OAuth2PasswordBearer(
    tokenUrl="/v1/auth/token",
    scheme_name="OAuth2PasswordBearer",
    description="Log in with `POST /v1/auth/token`; send the access token as a bearer token.",
    auto_error=False,
)


class RouteWithoutPolicyError(RuntimeError):
    """A /v1 route declares no action (or several): it would be served unchecked."""


def authorize(action: Action) -> Callable[..., Authorized]:
    """The dependency that admits only callers whose role holds a grant for ``action``."""
    if action in PUBLIC_ACTIONS:
        raise ValueError(f"{action} is public: declare it with public()")

    def dependency(
        request: Request,
        gateway: GatewayDep,
        token: Annotated[str | None, Depends(bearer_token)],
    ) -> Authorized:
        settings = gateway.settings
        write = request.method in WRITE_METHODS
        try:
            if token is None:
                raise Unauthenticated("send a bearer access token")
            principal = gateway.authenticator.authenticate(access_token=token)
        except Unauthenticated:
            # Writes nobody signed for count against their address (a flood of made-up
            # tokens); a signed-in person's writes count against them alone below, so that
            # an office behind one address does not share one budget, and a write costs one
            # counter, not two.
            if write:
                gateway.rate_limiter.check(
                    bucket="write-ip:" + gateway.pseudonym(client_ip(request)),
                    limit=settings.write_limit_per_ip,
                )
            raise
        structlog.contextvars.bind_contextvars(
            user_id=principal.user_id,
            organisation_id=principal.organisation_id,
            role=principal.role.value,
        )
        if write:
            gateway.rate_limiter.check(
                bucket="write-user:" + principal.user_id, limit=settings.write_limit_per_user
            )
        else:
            gateway.read_budget.take(principal.user_id)
        grant = grant_for(principal.role, action)
        denial = pending_denial(
            principal,
            action,
            view=grant.view if grant is not None else None,
            path_params=request.path_params,
        )
        if denial is not None:
            setattr(request.state, _DENIAL_STATE, denial)
        if grant is None:
            raise Forbidden(f"the role {principal.role.value} may not do {action.value}")
        if principal.enrolment_only and action not in ENROLMENT_ACTIONS:
            raise SecondFactorEnrolmentRequired("set up a second factor before anything else")
        return Authorized(principal=principal, grant=grant)

    setattr(dependency, _ACTION_ATTRIBUTE, action)
    dependency.__name__ = f"authorize_{action.value.replace('.', '_')}"
    return dependency


class DeniedAccessAudit:
    """Records a refused survivor-data call (403 or 404) as ``denied`` before answering.

    Only requests whose ``authorize`` dependency noted a pending denial (an authenticated
    caller on a survivor-data action) are recorded, with what the dependency noted: the
    caller, the action, the purpose and the id asked for; nothing from the answer. If the
    record cannot be written the refusal still goes out (it discloses nothing) and the
    failure is logged, by type only.
    """

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_recording(message: Message) -> None:
            if message["type"] == "http.response.start" and message["status"] in _REFUSED:
                await self._record(scope)
            await send(message)

        await self.app(scope, receive, send_recording)

    @staticmethod
    async def _record(scope: Scope) -> None:
        state = scope.get("state") or {}
        denial = state.get(_DENIAL_STATE)
        gateway = getattr(scope["app"].state, "gateway", None)
        if not isinstance(denial, PendingDenial) or gateway is None:
            return
        try:
            await run_in_threadpool(
                lambda: record_access(
                    store=gateway.stores.audit,
                    clock=gateway.clock,
                    principal=denial.principal,
                    action=denial.action.value,
                    purpose=denial.purpose,
                    request_id=str(state.get("request_id", "")),
                    outcome=AuditOutcome.DENIED,
                    target_id=denial.target_id,
                )
            )
        except Exception as error:
            _log.error("denied_access_not_recorded", error_type=type(error).__name__)


def public(action: Action) -> Callable[[], None]:
    """The declaration of a route anyone may call (it applies its own rate limits)."""
    if action not in PUBLIC_ACTIONS:
        raise ValueError(f"{action} is not public: declare it with authorize()")

    def dependency() -> None:
        return None

    setattr(dependency, _ACTION_ATTRIBUTE, action)
    dependency.__name__ = f"public_{action.value.replace('.', '_')}"
    return dependency


def _actions_in(dependant: Dependant) -> Iterator[Action]:
    for sub in dependant.dependencies:
        action = getattr(sub.call, _ACTION_ATTRIBUTE, None)
        if isinstance(action, Action):
            yield action
        yield from _actions_in(sub)


def _route_entries(app: FastAPI) -> Iterator[tuple[str, str, APIRoute]]:
    """(effective path template, method, route) of every API route, included ones too."""
    iterate = getattr(fastapi.routing, "iter_route_contexts", None)
    if iterate is None:  # FastAPI before lazily included routers: routes are copied flat
        for route in app.routes:
            if isinstance(route, APIRoute):
                for method in route.methods or ():
                    yield route.path, method, route
        return
    for context in iterate(app.routes):
        original = context.original_route
        if isinstance(original, APIRoute):
            path = context.path_format or original.path
            for method in context.methods or original.methods or ():
                yield path, method, original


def route_actions(app: FastAPI) -> dict[tuple[str, str], Action | None]:
    """(method, path template) → the action each /v1 route declares (None: none or several)."""
    found: dict[tuple[str, str], Action | None] = {}
    for path, method, route in _route_entries(app):
        if not path.startswith(API_PREFIX):
            continue
        actions = set(_actions_in(route.dependant))
        found[(method, path)] = actions.pop() if len(actions) == 1 else None
    return found


def install_policy(app: FastAPI) -> None:
    """Refuse /v1 routes without exactly one action; document each action in OpenAPI.

    The OpenAPI operation of each route gets ``x-pathways-action``, a line naming the roles
    that may call it and, on POSTs, the ``Idempotency-Key`` header.
    """
    actions = route_actions(app)
    missing = sorted(f"{method} {path}" for (method, path), action in actions.items() if not action)
    if missing:
        raise RouteWithoutPolicyError(
            "routes without exactly one policy action: " + ", ".join(missing)
        )
    generate = app.openapi

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is not None:
            return app.openapi_schema
        schema = generate()
        for (method, path), action in route_actions(app).items():
            operation = schema.get("paths", {}).get(path, {}).get(method.lower())
            if operation is None or action is None:
                continue
            _document(operation, method=method, path=path, action=action)
        normalise_problem_responses(schema)
        app.openapi_schema = schema
        return schema

    app.openapi = openapi  # type: ignore[method-assign]


def _document(operation: dict[str, Any], *, method: str, path: str, action: Action) -> None:
    operation["x-pathways-action"] = action.value
    policy_line = describe(action)
    description = operation.get("description")
    operation["description"] = f"{description}\n\n{policy_line}" if description else policy_line
    if method == "POST" and not path.startswith(IDEMPOTENCY_EXEMPT_PREFIX):
        operation.setdefault("parameters", []).append(
            {
                "name": "Idempotency-Key",
                "in": "header",
                "required": True,
                "description": (
                    "A unique value per intended operation (a UUID works). A retry with "
                    "the same key and body returns the first result instead of acting "
                    "twice; the same key with another body is refused (422)."
                ),
                "schema": {"type": "string", "minLength": 1, "maxLength": 255},
                "example": "6f1c2a7e-3b7d-4f6a-9a51-2f0d1c9b8e44",
            }
        )
