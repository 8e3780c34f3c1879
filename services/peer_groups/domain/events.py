"""What happened to a group: recorded by the aggregate, published through the outbox."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = [
    "DomainEvent",
    "GroupActivated",
    "GroupClosed",
    "GroupFormed",
    "MemberDeclined",
    "MemberEvent",
    "MemberInvited",
    "MemberJoined",
    "MemberLeft",
]


@dataclass(frozen=True, slots=True)
class DomainEvent:
    group_id: str


@dataclass(frozen=True, slots=True)
class GroupFormed(DomainEvent):
    organisation_id: str
    facilitator_id: str


@dataclass(frozen=True, slots=True)
class GroupActivated(DomainEvent):
    pass


@dataclass(frozen=True, slots=True)
class GroupClosed(DomainEvent):
    pass


@dataclass(frozen=True, slots=True)
class MemberEvent(DomainEvent):
    survivor_id: str
    survivor_organisation_id: str


@dataclass(frozen=True, slots=True)
class MemberInvited(MemberEvent):
    pass


@dataclass(frozen=True, slots=True)
class MemberJoined(MemberEvent):
    pass


@dataclass(frozen=True, slots=True)
class MemberDeclined(MemberEvent):
    pass


@dataclass(frozen=True, slots=True)
class MemberLeft(MemberEvent):
    pass
