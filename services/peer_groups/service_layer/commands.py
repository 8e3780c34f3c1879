"""Orders the peer-groups service obeys; each has exactly one handler."""

from __future__ import annotations

from dataclasses import dataclass

from peer_groups.domain.group import GroupSettings

__all__ = [
    "CloseGroup",
    "CreateGroup",
    "LeaveGroup",
    "LockMember",
    "MarkStabilising",
    "ProposeMembers",
    "PublishInvitations",
    "RecordAnswer",
    "RemoveMember",
    "UpdateGroup",
]


@dataclass(frozen=True, slots=True)
class WithdrawConsent:
    """An officer withdrew the survivor's consent to peer groups in matching, which
    recorded it as the survivor's ``version``: applied now, not when the event comes."""

    survivor_id: str
    version: int


@dataclass(frozen=True, slots=True)
class MarkStabilising:
    """An officer assessed the survivor as stabilising in matching, which recorded it as
    the survivor's ``version``: no longer ready for peer groups, applied now, not when the
    event comes."""

    survivor_id: str
    version: int


@dataclass(frozen=True, slots=True)
class CreateGroup:
    settings: GroupSettings
    request_id: str = ""


@dataclass(frozen=True, slots=True)
class UpdateGroup:
    group_id: str
    settings: GroupSettings
    expected_version: int


@dataclass(frozen=True, slots=True)
class CloseGroup:
    group_id: str
    expected_version: int


@dataclass(frozen=True, slots=True)
class ProposeMembers:
    group_ids: tuple[str, ...]
    seed: int = 0
    #: NGOs sharing their survivors with the caller's organisation (named by the gateway
    #: from its partnerships); the caller's own organisation always counts besides.
    pool_organisation_ids: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class LockMember:
    group_id: str
    alias: str
    expected_version: int = 0
    #: As in ProposeMembers: a proposed member outside it is not seen (NOT_FOUND).
    pool_organisation_ids: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class RemoveMember:
    group_id: str
    alias: str
    expected_version: int = 0
    #: As in ProposeMembers: a proposed member outside it is not seen (NOT_FOUND).
    pool_organisation_ids: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class PublishInvitations:
    group_id: str
    expected_version: int = 0
    #: As in ProposeMembers: proposed members outside it are dropped, not invited.
    pool_organisation_ids: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class RecordAnswer:
    group_id: str
    survivor_id: str
    joined: bool


@dataclass(frozen=True, slots=True)
class LeaveGroup:
    group_id: str
    survivor_id: str
