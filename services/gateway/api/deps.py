"""Request dependencies, as ``Annotated`` aliases for route signatures."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Query, Request

from gateway.audit.records import AuditOutcome, AuditRecord, Purpose
from gateway.audit.service import record_access
from gateway.auth.principal import Authorized
from gateway.bootstrap import Gateway
from gateway.readiness import ReadinessProbe

__all__ = [
    "AuditTrail",
    "AuditTrailDep",
    "GatewayDep",
    "PageQuery",
    "Readiness",
    "RequestId",
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
