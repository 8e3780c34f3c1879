"""What an audit record says: who did what to which survivor, when, why, and how it ended.

Records hold ids only (pseudonymous survivor ids, user and organisation ids), never
profile fields, so the audit trail is not itself a second copy of survivors' data.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import datetime
from enum import StrEnum
from typing import Any

from gateway.proto_enums import maps_to
from pathways.v1 import events_pb2

__all__ = ["AuditFilter", "AuditOutcome", "AuditRecord", "Purpose", "record_values"]


@maps_to(events_pb2.AccessOutcome, "ACCESS_OUTCOME_")
class AuditOutcome(StrEnum):
    SUCCEEDED = "succeeded"
    DENIED = "denied"
    FAILED = "failed"


@maps_to(events_pb2.AccessPurpose, "ACCESS_PURPOSE_")
class Purpose(StrEnum):
    """Why data was touched: the purposes survivors consent to, plus running the platform."""

    CASE_MANAGEMENT = "case_management"
    MATCHING = "matching"
    EMPLOYER_SHORTLIST = "employer_shortlist"
    PEER_GROUP_FORMATION = "peer_group_formation"
    OUTCOME_TRACKING = "outcome_tracking"
    ERASURE = "erasure"
    ADMINISTRATION = "administration"
    AUDIT_REVIEW = "audit_review"


@dataclass(frozen=True, slots=True)
class AuditRecord:
    id: str
    at: datetime
    user_id: str
    organisation_id: str
    role: str
    action: str
    purpose: Purpose
    outcome: AuditOutcome
    request_id: str
    #: The pseudonymous survivor concerned, when there is one.
    survivor_id: str | None = None
    #: The organisation that holds that survivor's record (whose officers may read this).
    survivor_organisation_id: str | None = None
    #: Another object concerned (an organisation, a user, an opportunity, a group).
    target_id: str | None = None


def record_values(record: AuditRecord) -> dict[str, Any]:
    """Every field of ``record`` by name, enums as their values: the one list of what a
    record holds, which the hash chain's input and the stored document are both built from
    (a field added to the record is then hashed and stored, never one without the other)."""
    values: dict[str, Any] = {}
    for field in fields(record):
        value = getattr(record, field.name)
        values[field.name] = value.value if isinstance(value, StrEnum) else value
    return values


@dataclass(frozen=True, slots=True)
class AuditFilter:
    survivor_id: str | None = None
    #: Only records about survivors held by this organisation (an officer's query).
    survivor_organisation_id: str | None = None
    user_id: str | None = None
    organisation_id: str | None = None
    action: str | None = None
    outcome: AuditOutcome | None = None
    since: datetime | None = None
    until: datetime | None = None
