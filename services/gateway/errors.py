"""The gateway's own errors, raised by its services and mapped once to problem details.

::

    GatewayError                     (mapped in api/problems.py)
    ├── NotFound              404    no such object, or one of another organisation
    ├── Forbidden             403    the caller's role may not do this at all
    ├── Unauthenticated       401    no valid access token (or a revoked session)
    ├── InvalidGrant          400    login or refresh refused (OAuth2 ``invalid_grant``)
    ├── OrganisationNotVetted 403    right password, but the organisation awaits vetting
    ├── OrganisationSuspended 403    right password, but the organisation is suspended
    ├── AccountAwaitingApproval 403  right password, but no member approved the account yet
    ├── PasswordChangeRequired 403   right password, chosen by someone else: choose your own
    ├── SecondFactorRequired  403    right password; the code of the account's app is missing
    ├── SecondFactorEnrolmentRequired 403  an administrator must set up a second factor first
    ├── Conflict              409    unique name taken, state does not allow the change
    ├── StaleVersion          412    If-Match names an older version
    ├── PreconditionRequired  428    an update without If-Match
    ├── InvalidRequest        422    a rule of the domain refuses the input
    │   ├── SamePassword      422    a new password equal to the one it replaces
    │   ├── WrongPassword     422    the current password, given to change it, is wrong
    │   └── WrongCode         422    the code confirming a second factor is wrong
    ├── InvalidCursor         422    a forged cursor, or one of another list or query
    └── RateLimited           429    too many attempts in the current window

Messages are fixed sentences: they never carry what the caller sent.
"""

from __future__ import annotations

__all__ = [
    "AccountAwaitingApproval",
    "Conflict",
    "Forbidden",
    "GatewayError",
    "InvalidCursor",
    "InvalidGrant",
    "InvalidRequest",
    "NotFound",
    "OrganisationNotVetted",
    "OrganisationSuspended",
    "PasswordChangeRequired",
    "PreconditionRequired",
    "RateLimited",
    "SamePassword",
    "SecondFactorEnrolmentRequired",
    "SecondFactorRequired",
    "StaleVersion",
    "Unauthenticated",
    "WrongCode",
    "WrongPassword",
]


class GatewayError(Exception):
    """Base of every error the gateway maps to a problem document."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class NotFound(GatewayError):
    pass


class Forbidden(GatewayError):
    pass


class Unauthenticated(GatewayError):
    pass


class InvalidGrant(GatewayError):
    pass


class OrganisationNotVetted(GatewayError):
    pass


class OrganisationSuspended(GatewayError):
    pass


class AccountAwaitingApproval(GatewayError):
    pass


class PasswordChangeRequired(GatewayError):
    pass


class SecondFactorRequired(GatewayError):
    pass


class SecondFactorRefused(GatewayError):
    """A wrong code, or one taken already, from a caller who gave the right password (only
    they get as far as the code: saying so tells nothing ``second-factor-required`` did not)."""


class SecondFactorEnrolmentRequired(GatewayError):
    pass


class Conflict(GatewayError):
    pass


class StaleVersion(GatewayError):
    pass


class PreconditionRequired(GatewayError):
    pass


class InvalidRequest(GatewayError):
    pass


class SamePassword(InvalidRequest):
    pass


class WrongPassword(InvalidRequest):
    pass


class WrongCode(InvalidRequest):
    pass


class InvalidCursor(GatewayError):
    pass


class RateLimited(GatewayError):
    def __init__(self, message: str, *, retry_after_s: int) -> None:
        super().__init__(message)
        self.retry_after_s = max(1, retry_after_s)
