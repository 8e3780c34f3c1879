"""Bodies of the identity routes: tokens, their refresh, and who the caller is.

Request bodies extend :class:`StrictModel` (unknown fields refused, strings NFC); responses
list exactly what is shown (never a password hash, a lock-out counter or a refresh-token
digest).
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from gateway.api.types import Password, StrictModel
from gateway.auth.roles import Role

__all__ = [
    "MePublic",
    "PasswordChange",
    "RecoveryCodes",
    "RefreshRequest",
    "SecondFactorCode",
    "SecondFactorEnrolment",
    "TokenResponse",
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


class PasswordChange(StrictModel):
    model_config = ConfigDict(
        extra="forbid",
        frozen=True,
        json_schema_extra={
            "examples": [
                {
                    "current_password": "the one you signed in with",
                    "new_password": "a long passphrase only you know",
                }
            ]
        },
    )

    current_password: Password
    new_password: Password


class SecondFactorEnrolment(BaseModel):
    """The secret to put into an authenticator app: shown once."""

    secret: str = Field(description="Base32, to type into the app.")
    otpauth_uri: str = Field(description="The same, as apps read it from a QR code.")


class RecoveryCodes(BaseModel):
    """One-time codes for signing in without the app (a lost phone): shown once."""

    recovery_codes: list[str] = Field(
        description="Each signs in once, typed in place of the app's code; keep them apart"
        " from the phone."
    )


class SecondFactorCode(StrictModel):
    model_config = ConfigDict(
        extra="forbid", frozen=True, json_schema_extra={"examples": [{"code": "492039"}]}
    )

    code: str = Field(min_length=6, max_length=16)


class SecondFactorConfirmation(StrictModel):
    model_config = ConfigDict(
        extra="forbid",
        frozen=True,
        json_schema_extra={"examples": [{"code": "492039", "password": "my own passphrase"}]},
    )

    code: str = Field(min_length=6, max_length=16)
    password: Password = Field(
        description=(
            "The account's current password: a session alone (a stolen token) may not set a"
            " second factor and lock the owner out."
        )
    )


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
    second_factor_setup_required: bool = Field(
        default=False,
        description="This session may do nothing but set up a second factor"
        " (`POST /v1/auth/second-factor`).",
    )
