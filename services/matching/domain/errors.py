"""The matching domain's errors, one hierarchy, mapped once to gRPC statuses at the edge.

    MatchingError
    ├── NotFound            the thing does not exist, or the caller may not know it does
    ├── InvalidInput        the request breaks a rule of form (INVALID_ARGUMENT)
    ├── AlreadyExists       a create collided with something else (ALREADY_EXISTS)
    ├── StaleVersion        an update was based on an old version (ABORTED)
    ├── Forbidden           the caller's role may not do this (PERMISSION_DENIED)
    └── NotAllowedNow       the state forbids it: a bad transition, an ineligible match
                            (FAILED_PRECONDITION)

Messages never carry personal data: ids and rule codes only.
"""

from __future__ import annotations

__all__ = [
    "AlreadyExists",
    "Forbidden",
    "InvalidInput",
    "MatchingError",
    "NotAllowedNow",
    "NotFound",
    "StaleVersion",
]


class MatchingError(Exception):
    """Base of every error the matching domain raises on purpose."""


class NotFound(MatchingError):
    pass


class InvalidInput(MatchingError):
    pass


class AlreadyExists(MatchingError):
    pass


class StaleVersion(MatchingError):
    pass


class Forbidden(MatchingError):
    pass


class NotAllowedNow(MatchingError):
    pass
