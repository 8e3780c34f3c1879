"""The peer-groups domain's errors, one hierarchy, mapped once to gRPC statuses at the edge.

    PeerGroupsError
    ├── NotFound            the thing does not exist, or the caller may not know it does
    ├── InvalidInput        the request breaks a rule of form (INVALID_ARGUMENT)
    ├── AlreadyExists       a create collided with something else (ALREADY_EXISTS)
    ├── StaleVersion        an update was based on an old version (ABORTED)
    ├── Forbidden           the caller's role may not do this (PERMISSION_DENIED)
    └── NotAllowedNow       the group's or member's state forbids it (FAILED_PRECONDITION)
        └── GroupRuleNotMet a member no longer meets one of the group's hard rules

Messages never carry personal data: ids, aliases and rule codes only.
"""

from __future__ import annotations

__all__ = [
    "AlreadyExists",
    "Forbidden",
    "GroupRuleNotMet",
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


class GroupRuleNotMet(NotAllowedNow):
    """Someone holding a place in the group no longer meets one of its hard rules (a change
    of their profile or of the group after they were proposed), so it may not invite or
    count a join now.

    The message is one stable code and a fixed sentence, the same for every rule: neither
    who nor which rule, since "these two must not meet" tells a facilitator that two
    members share a case or a trafficking network.
    """

    code = "GROUP_RULE_NOT_MET"

    def __init__(self) -> None:
        super().__init__(
            f"{self.code}: a member no longer meets this group's rules; "
            "wait a moment and read the group again, or ask for a new proposal"
        )
