"""Request dependencies: every ``Annotated`` alias route signatures use, in one place.

- :data:`GatewayDep`, :data:`Readiness`, :data:`RequestId`: what the app was built with.
- :data:`AuditTrailDep`: records accesses for the current request.
- :data:`MatchingDep`, :data:`PeerGroupsDep`: the backends' clients; without one the route
  answers 503 like a backend that is down, through the same gRPC problem mapping.
- :data:`IfMatch` (required ``If-Match``) and :data:`OPTIONAL_IF_MATCH` (declared only).
- :data:`OrganisationId`, :data:`SurvivorId`, :data:`OpportunityId`: path parameters of
  more than one resource's routes.
- :class:`PageQuery` (:data:`PageDep`): ``limit`` and ``cursor`` of every list route.

Path parameters used by one resource only stay beside its routes.
"""

from __future__ import annotations

from typing import Annotated, Any

import grpc
from fastapi import Depends, Header, Path, Query, Request

from gateway.api.concurrency import named_version
from gateway.audit.records import AuditOutcome, AuditRecord, Purpose
from gateway.audit.service import record_access
from gateway.auth.principal import Authorized
from gateway.bootstrap import Gateway
from gateway.clients.matching import MatchingClient
from gateway.clients.peer_groups import PeerGroupsClient
from gateway.errors import PreconditionRequired
from gateway.readiness import ReadinessProbe

__all__ = [
    "OPTIONAL_IF_MATCH",
    "AuditTrail",
    "AuditTrailDep",
    "BackendNotConfigured",
    "GatewayDep",
    "IfMatch",
    "MatchingDep",
    "OpportunityId",
    "OrganisationId",
    "PageDep",
    "PageQuery",
    "PeerGroupsDep",
    "Readiness",
    "RequestId",
    "SurvivorId",
    "client_ip",
    "gateway_of",
]


# Dependencies that only read app state are ``async def``: FastAPI runs a plain ``def``
# dependency in its thread pool, a hop (queue, wake-up, GIL hand-over) per dependency per
# request that measurably cost CPU on every call; these never block.


async def _readiness(request: Request) -> ReadinessProbe:
    probe: ReadinessProbe = request.app.state.readiness
    return probe


def gateway_of(request: Request) -> Gateway:
    gateway: Gateway = request.app.state.gateway
    return gateway


async def _gateway(request: Request) -> Gateway:
    return gateway_of(request)


async def _request_id(request: Request) -> str:
    return str(getattr(request.state, "request_id", ""))


def client_ip(request: Request) -> str:
    """The peer address (uvicorn resolves X-Forwarded-For only from trusted proxies)."""
    return request.client.host if request.client is not None else "unknown"


Readiness = Annotated[ReadinessProbe, Depends(_readiness)]
GatewayDep = Annotated[Gateway, Depends(_gateway)]
RequestId = Annotated[str, Depends(_request_id)]


class PageQuery:
    """``limit`` and ``cursor`` of every list route."""

    def __init__(
        self,
        request: Request,
        limit: Annotated[
            int | None,
            Query(ge=1, le=1000, description="Items per page (default 50, at most 200)."),
        ] = None,
        cursor: Annotated[
            str | None,
            Query(max_length=512, description="`next_cursor` of the previous page."),
        ] = None,
    ) -> None:
        settings = gateway_of(request).settings
        wanted = limit if limit is not None else settings.page_size_default
        self.limit = min(wanted, settings.page_size_max)
        self.cursor = cursor


PageDep = Annotated[PageQuery, Depends()]


class AuditTrail:
    """Records accesses for the current request (its principal and request id).

    This is what routes touching survivor data call, e.g. the survivor routes::

        trail.record(authorized, action="survivor.read", purpose=Purpose.CASE_MANAGEMENT,
                     survivor_id=survivor_id, survivor_organisation_id=survivor.organisation_id)
    """

    def __init__(self, gateway: GatewayDep, request_id: RequestId) -> None:
        self._gateway = gateway
        self._request_id = request_id

    def record(
        self,
        authorized: Authorized,
        *,
        action: str,
        purpose: Purpose,
        outcome: AuditOutcome = AuditOutcome.SUCCEEDED,
        survivor_id: str | None = None,
        survivor_organisation_id: str | None = None,
        target_id: str | None = None,
    ) -> AuditRecord:
        return record_access(
            store=self._gateway.stores.audit,
            clock=self._gateway.clock,
            principal=authorized.principal,
            action=action,
            purpose=purpose,
            request_id=self._request_id,
            outcome=outcome,
            survivor_id=survivor_id,
            survivor_organisation_id=survivor_organisation_id,
            target_id=target_id,
        )


async def _audit_trail(gateway: GatewayDep, request_id: RequestId) -> AuditTrail:
    return AuditTrail(gateway, request_id)


AuditTrailDep = Annotated[AuditTrail, Depends(_audit_trail)]


class BackendNotConfigured(grpc.RpcError):
    """Raised when the app has no client for a backend: answered as UNAVAILABLE (503)."""

    def __init__(self, backend: str) -> None:
        super().__init__()
        self._backend = backend

    def code(self) -> grpc.StatusCode:
        return grpc.StatusCode.UNAVAILABLE

    def details(self) -> str:
        return f"{self._backend} is not configured"


async def _matching(request: Request) -> MatchingClient:
    client: MatchingClient | None = getattr(request.app.state, "matching", None)
    if client is None:
        raise BackendNotConfigured("matching")
    return client


async def _peer_groups(request: Request) -> PeerGroupsClient:
    client: PeerGroupsClient | None = getattr(request.app.state, "peer_groups", None)
    if client is None:
        raise BackendNotConfigured("peer groups")
    return client


MatchingDep = Annotated[MatchingClient, Depends(_matching)]
PeerGroupsDep = Annotated[PeerGroupsClient, Depends(_peer_groups)]


async def _if_match(
    if_match: Annotated[
        str | None,
        Header(
            description="Required. The `ETag` of the version this update is based on.",
            examples=['"3"'],
            max_length=64,
        ),
    ] = None,
) -> int:
    if if_match is None or not if_match.strip():
        raise PreconditionRequired("send If-Match with the ETag you read")
    return named_version(if_match)


#: The version an update expects, from ``If-Match`` (428 without it, 412 when stale).
IfMatch = Annotated[int, Depends(_if_match)]


async def _optional_if_match(
    if_match: Annotated[
        str | None,
        Header(
            description=(
                "Optional. The `ETag` of the version this change is based on; when sent, a "
                "stale one is 412."
            ),
            examples=['"3"'],
            max_length=64,
        ),
    ] = None,
) -> None:
    """Declares the header in OpenAPI; the route reads it with
    :func:`gateway.api.concurrency.optional_if_match`."""
    del if_match


#: For ``dependencies=[...]`` of routes that take an optional ``If-Match``.
OPTIONAL_IF_MATCH: Any = Depends(_optional_if_match)


# Path parameters of more than one resource's routes.

OrganisationId = Annotated[str, Path(min_length=1, max_length=64, examples=["org_0192a6b3…"])]
SurvivorId = Annotated[
    str,
    Path(
        min_length=3,
        max_length=64,
        pattern=r"^[A-Za-z0-9_\-]+$",
        description="Pseudonymous survivor id.",
        examples=["srv_3f2a9c0d6b1e4f7a8c9d0e1f"],
    ),
]
OpportunityId = Annotated[
    str,
    Path(
        min_length=3,
        max_length=64,
        pattern=r"^[A-Za-z0-9_\-]+$",
        examples=["opp_9a51f0d1c9b8e446f1c2a7e3"],
    ),
]
