"""The audit trail: who touched which survivor's data, when and why."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Query

from gateway.api.authorization import authorize
from gateway.api.deps import GatewayDep, PageQuery
from gateway.api.pagination import Page
from gateway.api.problems import problem_responses
from gateway.api.schemas import AuditRecordPublic
from gateway.api.types import UtcDateTime
from gateway.audit.records import AuditFilter, AuditOutcome
from gateway.audit.service import query_audit
from gateway.auth.policy import Action
from gateway.auth.principal import Authorized

__all__ = ["router"]

router = APIRouter(prefix="/v1/audit", tags=["audit"])

_Id = Annotated[str | None, Query(max_length=64)]


@router.get(
    "",
    summary="Query the audit trail",
    response_model=Page[AuditRecordPublic],
    responses=problem_responses(401, 403, 404, 422, 503),
)
def list_audit_records(
    gateway: GatewayDep,
    page: Annotated[PageQuery, Depends()],
    authorized: Annotated[Authorized, Depends(authorize(Action.AUDIT_READ))],
    survivor_id: Annotated[
        str | None,
        Query(max_length=64, description="Pseudonymous survivor id. Required for officers."),
    ] = None,
    user_id: _Id = None,
    organisation_id: Annotated[
        str | None, Query(max_length=64, description="The acting user's organisation.")
    ] = None,
    action: Annotated[
        str | None, Query(max_length=64, pattern=r"^[a-z_]+\.[a-z_]+$", examples=["survivor.read"])
    ] = None,
    outcome: AuditOutcome | None = None,
    since: Annotated[UtcDateTime | None, Query(description="Inclusive, ISO 8601.")] = None,
    until: Annotated[UtcDateTime | None, Query(description="Exclusive, ISO 8601.")] = None,
) -> Page[AuditRecordPublic]:
    """Newest first. Platform administrators query every record. A reintegration officer
    queries the records about one survivor their organisation holds (`survivor_id`
    required); a survivor of another organisation answers 404."""
    audit_filter = AuditFilter(
        survivor_id=survivor_id,
        user_id=user_id,
        organisation_id=organisation_id,
        action=action,
        outcome=outcome,
        since=since,
        until=until,
    )
    scope = "audit:" + "|".join(
        str(value)
        for value in (
            authorized.principal.user_id,
            survivor_id,
            user_id,
            organisation_id,
            action,
            outcome,
            since.isoformat() if since else None,
            until.isoformat() if until else None,
        )
    )
    before = gateway.cursors.decode(page.cursor, scope=scope) if page.cursor is not None else None
    found = query_audit(
        store=gateway.stores.audit,
        authorized=authorized,
        audit_filter=audit_filter,
        before=before,
        limit=page.limit + 1,
    )
    items, cursor = gateway.cursors.next_page(
        found, limit=page.limit, position=lambda r: r.id, scope=scope
    )
    return Page[AuditRecordPublic](
        items=[AuditRecordPublic.of(r) for r in items], next_cursor=cursor
    )
