"""The audit trail: who touched which survivor's data, when and why.

Reading the trail is itself an access worth knowing about (it shows who looked at which
survivor, and when): every page read appends a record of its own, ``audit.read`` for
``audit_review``, after the query and before the answer, so a read that cannot be recorded
is not answered. The record says who asked and what kind of question it was, never the
values asked for beyond the pseudonymous survivor id:

- ``target_id`` is ``audit-query:`` and the names of the filters used, sorted
  (``audit-query:action,survivor_id``; ``audit-query:*`` for none); the values of the
  user, organisation, action, outcome and time filters are not kept;
- ``survivor_id``, when the question named a survivor and the organisation holding them
  is known (an officer's query, checked to be their own; an admin's, from the records it
  returned), so that survivor's officers see who read their survivor's trail.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Annotated

from fastapi import APIRouter, Depends, Query, Response

from gateway.api.audit.schemas import AuditChainStatus, AuditRecordPublic
from gateway.api.authorization import authorize
from gateway.api.deps import AuditTrailDep, GatewayDep, PageDep
from gateway.api.pagination import Page
from gateway.api.problems import problem_responses
from gateway.api.types import UtcDateTime
from gateway.audit.records import AuditFilter, AuditOutcome, AuditRecord, Purpose
from gateway.audit.service import query_audit
from gateway.audit.watch import current_status
from gateway.auth.policy import Action, Scope
from gateway.auth.principal import Authorized

__all__ = ["QUERY_TARGET_PREFIX", "asked_for", "router"]

router = APIRouter(prefix="/v1/audit", tags=["audit"])

_Id = Annotated[str | None, Query(max_length=64)]

#: How an audit read names the question it asked in ``target_id``.
QUERY_TARGET_PREFIX = "audit-query:"
_FILTER_KINDS = (
    "survivor_id",
    "user_id",
    "organisation_id",
    "action",
    "outcome",
    "since",
    "until",
)


@router.get(
    "",
    summary="Query the audit trail",
    response_model=Page[AuditRecordPublic],
    responses=problem_responses(401, 403, 404, 422, 503),
)
def list_audit_records(
    gateway: GatewayDep,
    trail: AuditTrailDep,
    page: PageDep,
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
    required); a survivor of another organisation answers 404.

    Each page read is recorded in the trail (`audit.read`, purpose `audit_review`), with
    the kinds of filter used (`target_id` `audit-query:…`, not their values) and the
    survivor asked about."""
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
    survivor_organisation_id = _holder_of(survivor_id, authorized=authorized, found=items)
    trail.record(
        authorized,
        action=Action.AUDIT_READ.value,
        purpose=Purpose.AUDIT_REVIEW,
        survivor_id=survivor_id if survivor_organisation_id is not None else None,
        survivor_organisation_id=survivor_organisation_id,
        target_id=asked_for(audit_filter),
    )
    return Page[AuditRecordPublic](
        items=[AuditRecordPublic.of(r) for r in items], next_cursor=cursor
    )


@router.get(
    "/chain",
    summary="Whether the audit trail is intact",
    response_model=AuditChainStatus,
    responses=problem_responses(401, 403, 503),
)
def audit_chain_status(
    gateway: GatewayDep,
    response: Response,
    _authorized: Annotated[Authorized, Depends(authorize(Action.AUDIT_CHAIN_READ))],
) -> AuditChainStatus:
    """The hash chain's status as last checked, without checking anything now: each
    gateway verifies the entries appended since its last look every few seconds
    (`checked_at`), and the operator's full check (`python -m gateway verify-audit`, daily
    in Kubernetes) walks the whole chain (`full_check_at`). `intact` false names the
    first entry that fails; it stays so until a full check finds the chain intact
    again (after the store was restored). Platform administrators only."""
    response.headers["Cache-Control"] = "no-store"
    statuses = gateway.stores.chain_status
    return AuditChainStatus.of(current_status(statuses.load(), statuses.load_full_check()))


def asked_for(audit_filter: AuditFilter) -> str:
    """``audit-query:`` and the kinds of filter used, sorted: the question, not its values."""
    used = sorted(kind for kind in _FILTER_KINDS if getattr(audit_filter, kind) is not None)
    return QUERY_TARGET_PREFIX + (",".join(used) or "*")


def _holder_of(
    survivor_id: str | None, *, authorized: Authorized, found: Iterable[AuditRecord]
) -> str | None:
    """The organisation holding the survivor asked about, when it is known without a
    further read: the officer's own (``query_audit`` checked it), or, for an admin, the
    one the returned records name. None when no survivor was named or none is known."""
    if survivor_id is None:
        return None
    if authorized.grant.scope is not Scope.ANY:
        return authorized.principal.organisation_id
    return next(
        (
            record.survivor_organisation_id
            for record in found
            if record.survivor_id == survivor_id and record.survivor_organisation_id
        ),
        None,
    )
