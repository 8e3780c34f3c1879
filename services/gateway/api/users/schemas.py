"""Bodies of the user routes: logins, their roles, disabling them.

Responses list exactly what is shown: never a password hash or a lock-out counter.
"""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from gateway.api.types import Password, StrictModel, Username
from gateway.auth.roles import Role
from gateway.directory.models import Approval, User

__all__ = ["ApprovalDecision", "UserCreate", "UserPublic", "UserUpdate"]

_ORG_ID = "org_0192a6b3c4d5e6f708192a3b4c5d6e7f"
_USER_ID = "usr_0192a6b3c4d5aa001122334455667788"


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
            " Temporary: the user replaces it at their first sign-in."
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


class ApprovalDecision(StrictModel):
    model_config = ConfigDict(
        extra="forbid",
        frozen=True,
        json_schema_extra={
            "examples": [
                {"decision": "approve", "password": "a first passphrase I hand over myself"},
                {"decision": "approve"},
                {"decision": "refuse"},
            ]
        },
    )

    decision: Literal["approve", "refuse"]
    password: Password | None = Field(
        default=None,
        description=(
            "Approving an account that still holds the password an administrator typed"
            " (`password_change_required`): a first password you choose and give to the"
            " person yourself, in person or by phone. The administrator's stops working; the"
            " person replaces yours at their first sign-in. Same policy as `POST /v1/users`."
            " Required then; never sent to refuse, nor for an account with a password of its"
            " own."
        ),
    )


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
                    "approval": "approved",
                    "password_change_required": False,
                    "second_factor": True,
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
    approval: Approval = Field(
        description="`pending`: a member of the organisation has not let the account in yet"
        " (it cannot sign in); `refused`: a member refused it."
    )
    password_change_required: bool = Field(
        description="The user has not yet replaced the password an administrator gave them."
    )
    second_factor: bool = Field(
        default=False,
        description="The user signs in with a code from an app beside the password (a"
        " colleague resets it for a lost phone: `DELETE /v1/users/{user_id}/second-factor`).",
    )
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
            approval=user.approval,
            password_change_required=user.password_change_required,
            second_factor=user.has_second_factor,
            created_at=user.created_at,
            version=user.version,
        )
