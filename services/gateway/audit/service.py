"""Writing and reading the audit trail.

:func:`record_access` is what every route touching survivor data calls (the survivor,
match and group routes call it with the survivor's pseudonymous id and the organisation
holding the survivor's record). :func:`query_audit` applies the reading rule: platform
admins read everything; an officer reads the records about one survivor of their own
organisation at a time, and a survivor of another organisation does not exist for them.
"""

from __future__ import annotations

from gateway.audit.records import AuditFilter, AuditOutcome, AuditRecord, Purpose
from gateway.auth.policy import Scope
from gateway.auth.principal import Authorized, Principal
from gateway.errors import InvalidRequest, NotFound
from gateway.ids import new_id
from gateway.ports import AuditStore, Clock

__all__ = ["query_audit", "record_access"]


def record_access(
    *,
    store: AuditStore,
    clock: Clock,
    principal: Principal,
    action: str,
    purpose: Purpose,
    request_id: str,
    outcome: AuditOutcome = AuditOutcome.SUCCEEDED,
    survivor_id: str | None = None,
    survivor_organisation_id: str | None = None,
    target_id: str | None = None,
) -> AuditRecord:
    """Append one record; raises if the store refuses, so no access goes unrecorded."""
    if survivor_id is not None and survivor_organisation_id is None:
        # Without it, the survivor's own officers could never read this record.
        raise ValueError("a record about a survivor names the organisation holding them")
    record = AuditRecord(
        id=new_id("aud"),
        at=clock.now(),
        user_id=principal.user_id,
        organisation_id=principal.organisation_id,
        role=principal.role.value,
        action=action,
        purpose=purpose,
        outcome=outcome,
        request_id=request_id,
        survivor_id=survivor_id,
        survivor_organisation_id=survivor_organisation_id,
        target_id=target_id,
    )
    store.append(record)
    return record


def query_audit(
    *,
    store: AuditStore,
    authorized: Authorized,
    audit_filter: AuditFilter,
    before: str | None,
    limit: int,
) -> list[AuditRecord]:
    if authorized.grant.scope is Scope.ANY:
        return store.query(audit_filter, before=before, limit=limit)
    if audit_filter.survivor_id is None:
        raise InvalidRequest("name the survivor whose access records you want (survivor_id)")
    own = authorized.principal.organisation_id
    if not store.any_about(survivor_id=audit_filter.survivor_id, survivor_organisation_id=own):
        raise NotFound("no such survivor")
    scoped = AuditFilter(
        survivor_id=audit_filter.survivor_id,
        survivor_organisation_id=own,
        user_id=audit_filter.user_id,
        organisation_id=audit_filter.organisation_id,
        action=audit_filter.action,
        outcome=audit_filter.outcome,
        since=audit_filter.since,
        until=audit_filter.until,
    )
    return store.query(scoped, before=before, limit=limit)
