"""Bodies of the audit routes: who accessed which survivor's data, when and why, and the
hash chain's status."""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, ConfigDict, Field

from gateway.audit.records import AuditOutcome, AuditRecord, Purpose
from gateway.audit.watch import ChainStatus

__all__ = ["AuditChainStatus", "AuditRecordPublic", "ChainBreakPublic"]

_ORG_ID = "org_0192a6b3c4d5e6f708192a3b4c5d6e7f"
_USER_ID = "usr_0192a6b3c4d5aa001122334455667788"


class AuditRecordPublic(BaseModel):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "id": "aud_0192a6b3c4d5ffeeddccbbaa0099887766",
                    "at": "2025-03-01T08:00:00Z",
                    "user_id": _USER_ID,
                    "organisation_id": _ORG_ID,
                    "role": "reintegration_officer",
                    "action": "survivor.read",
                    "purpose": "case_management",
                    "outcome": "succeeded",
                    "request_id": "3f2a9c0d6b1e4f7a8c9d0e1f2a3b4c5d",
                    "survivor_id": "srv_7c1e…",
                    "target_id": None,
                }
            ]
        }
    )

    id: str
    at: datetime
    user_id: str
    organisation_id: str
    role: str
    action: str
    purpose: Purpose
    outcome: AuditOutcome
    request_id: str
    survivor_id: str | None
    target_id: str | None

    @classmethod
    def of(cls, record: AuditRecord) -> AuditRecordPublic:
        return cls(
            id=record.id,
            at=record.at,
            user_id=record.user_id,
            organisation_id=record.organisation_id,
            role=record.role,
            action=record.action,
            purpose=record.purpose,
            outcome=record.outcome,
            request_id=record.request_id,
            survivor_id=record.survivor_id,
            target_id=record.target_id,
        )


class ChainBreakPublic(BaseModel):
    seq: int = Field(description="The sequence number of the first entry that fails.")
    problem: str = Field(
        description="`altered`, `missing`, `broken_link`, `out_of_order` or `bad_checkpoint`."
    )


class AuditChainStatus(BaseModel):
    """Whether the audit trail's hash chain is intact, as last checked."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "intact": True,
                    "checked": 48213,
                    "verified_through": 48213,
                    "checked_at": "2025-03-01T08:00:05Z",
                    "full_check_at": "2025-03-01T03:07:41Z",
                    "first_break": None,
                }
            ]
        }
    )

    intact: bool | None = Field(
        description="True: no entry changed, removed or reordered up to `verified_through`; "
        "false: see `first_break`; null: never checked yet."
    )
    checked: int = Field(description="Entries verified (since the retention checkpoint).")
    verified_through: int = Field(description="The last entry verified (sequence number).")
    checked_at: datetime | None = Field(description="When the status was last brought up to date.")
    full_check_at: datetime | None = Field(
        description="When the operator's full check (`python -m gateway verify-audit`) last ran."
    )
    first_break: ChainBreakPublic | None

    @classmethod
    def of(cls, status: ChainStatus | None) -> AuditChainStatus:
        if status is None:
            return cls(
                intact=None,
                checked=0,
                verified_through=0,
                checked_at=None,
                full_check_at=None,
                first_break=None,
            )
        found = status.first_break
        return cls(
            intact=status.intact,
            checked=status.checked,
            verified_through=status.through_seq,
            checked_at=status.checked_at,
            full_check_at=status.full_check_at,
            first_break=(
                ChainBreakPublic(seq=found.seq, problem=found.problem.value) if found else None
            ),
        )
