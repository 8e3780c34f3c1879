"""Request and response bodies of the identity, access and audit routes.

Request bodies extend :class:`StrictModel` (unknown fields refused, strings NFC); responses
are ``…Public`` models that list exactly what is shown (never a password hash, a lock-out
counter or a refresh-token digest).
"""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, ConfigDict, Field

from gateway.api.types import CountryCode, Name, Password, StrictModel, Username
from gateway.audit.records import AuditOutcome, AuditRecord, Purpose
from gateway.audit.watch import ChainStatus
from gateway.auth.roles import OrganisationType, Role
from gateway.directory.models import Organisation, User

__all__ = [
    "AuditRecordPublic",
    "MePublic",
    "OrganisationCreate",
    "OrganisationPublic",
    "RefreshRequest",
    "TokenResponse",
    "UserCreate",
    "UserPublic",
    "UserUpdate",
]

_ORG_ID = "org_0192a6b3c4d5e6f708192a3b4c5d6e7f"
_USER_ID = "usr_0192a6b3c4d5aa001122334455667788"


class TokenResponse(BaseModel):
    """OAuth2 token response (RFC 6749 §5.1) with a rotating refresh token."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "access_token": "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9…",
                    "token_type": "bearer",
                    "expires_in": 900,
                    "refresh_token": "ses_0192a6b3c4d5….q1w2e3r4t5y6…",
                }
            ]
        }
    )

    access_token: str
    token_type: str = "bearer"  # noqa: S105 - the OAuth2 token type, not a secret
    expires_in: int = Field(description="Seconds until the access token expires.")
    refresh_token: str = Field(
        description="Single use: `POST /v1/auth/refresh` returns a new one. Using a spent "
        "one ends the whole session."
    )


class RefreshRequest(StrictModel):
    model_config = ConfigDict(
        extra="forbid",
        frozen=True,
        json_schema_extra={"examples": [{"refresh_token": "ses_0192a6b3c4d5….q1w2e3r4t5y6…"}]},
    )

    refresh_token: str = Field(min_length=10, max_length=200)


class MePublic(BaseModel):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {"user_id": _USER_ID, "organisation_id": _ORG_ID, "role": "reintegration_officer"}
            ]
        }
    )

    user_id: str
    organisation_id: str
    role: Role


class OrganisationCreate(StrictModel):
    model_config = ConfigDict(
        extra="forbid",
        frozen=True,
        json_schema_extra={
            "examples": [{"name": "Mekong Garments Co.", "type": "employer", "country": "KH"}]
        },
    )

    name: Name
    type: OrganisationType
    country: CountryCode = Field(description="ISO 3166-1 alpha-2, e.g. KH, TH, VN, PH, MM, HK.")


class OrganisationPublic(BaseModel):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "id": _ORG_ID,
                    "name": "Mekong Garments Co.",
                    "type": "employer",
                    "country": "KH",
                    "vetting": "pending",
                    "vetted_at": None,
                    "created_at": "2025-03-01T08:00:00Z",
                    "version": 1,
                }
            ]
        }
    )

    id: str
    name: str
    type: OrganisationType
    country: str
    vetting: str = Field(
        description="`pending` (employers and providers before vetting), `vetted`, or "
        "`not_required` (other kinds)."
    )
    vetted_at: datetime | None
    created_at: datetime
    version: int = Field(description="Also the `ETag`; send it in `If-Match` to change this.")

    @classmethod
    def of(cls, organisation: Organisation) -> OrganisationPublic:
        if not organisation.needs_vetting:
            vetting = "not_required"
        else:
            vetting = "vetted" if organisation.vetted_at is not None else "pending"
        return cls(
            id=organisation.id,
            name=organisation.name,
            type=organisation.type,
            country=organisation.country,
            vetting=vetting,
            vetted_at=organisation.vetted_at,
            created_at=organisation.created_at,
            version=organisation.version,
        )


class UserCreate(StrictModel):
    model_config = ConfigDict(
        extra="forbid",
        frozen=True,
        json_schema_extra={
            "examples": [
                {
                    "organisation_id": _ORG_ID,
                    "username": "sokha.officer",
                    "role": "reintegration_officer",
                    "password": "a long passphrase only they know",
                }
            ]
        },
    )

    organisation_id: str = Field(min_length=1, max_length=64)
    username: Username
    role: Role
    password: Password = Field(
        description=(
            "At least 12 characters (the configured minimum), at most 1,024; no composition"
            " rules. Refused when common, leaked, built from the username or the service's"
            " name, repetitive or sequential (NIST SP 800-63B). Stored as an argon2id hash."
        )
    )


class UserUpdate(StrictModel):
    model_config = ConfigDict(
        extra="forbid",
        frozen=True,
        json_schema_extra={"examples": [{"role": "facilitator"}, {"disabled": True}]},
    )

    role: Role | None = None
    disabled: bool | None = None


class UserPublic(BaseModel):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "id": _USER_ID,
                    "organisation_id": _ORG_ID,
                    "username": "sokha.officer",
                    "role": "reintegration_officer",
                    "disabled": False,
                    "created_at": "2025-03-01T08:00:00Z",
                    "version": 1,
                }
            ]
        }
    )

    id: str
    organisation_id: str
    username: str
    role: Role
    disabled: bool
    created_at: datetime
    version: int = Field(description="Also the `ETag`; send it in `If-Match` to change this.")

    @classmethod
    def of(cls, user: User) -> UserPublic:
        return cls(
            id=user.id,
            organisation_id=user.organisation_id,
            username=user.username,
            role=user.role,
            disabled=user.disabled,
            created_at=user.created_at,
            version=user.version,
        )


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
