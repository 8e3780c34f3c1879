"""The peer-groups domain's errors, one hierarchy, mapped once to gRPC statuses at the edge.

    PeerGroupsError
    ├── NotFound            the thing does not exist, or the caller may not know it does
    ├── InvalidInput        the request breaks a rule of form (INVALID_ARGUMENT)
    ├── AlreadyExists       a create collided with something else (ALREADY_EXISTS)
    ├── StaleVersion        an update was based on an old version (ABORTED)
    ├── Forbidden           the caller's role may not do this (PERMISSION_DENIED)
    └── NotAllowedNow       the group's or member's state forbids it (FAILED_PRECONDITION)

Messages never carry personal data: ids, aliases and rule codes only.
"""

from __future__ import annotations

__all__ = [
    "AlreadyExists",
    "Forbidden",
    "InvalidInput",
    "NotAllowedNow",
    "NotFound",
    "PeerGroupsError",
    "StaleVersion",
]


class PeerGroupsError(Exception):
    """Base of every error the peer-groups domain raises on purpose."""


class NotFound(PeerGroupsError):
    pass


class InvalidInput(PeerGroupsError):
    pass


class AlreadyExists(PeerGroupsError):
    pass


class StaleVersion(PeerGroupsError):
    pass


class Forbidden(PeerGroupsError):
    pass


class NotAllowedNow(PeerGroupsError):
    pass
