"""Reads: groups as a facilitator may see them (alias-level cards, never more)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace

from peer_groups.domain.access import (
    Caller,
    Role,
    require_facilitator_of,
    require_officer_of,
    require_role,
)
from peer_groups.domain.group import HOLDING, Group, Member
from peer_groups.domain.pool import PoolMember, PoolScope
from peer_groups.domain.values import GroupStatus
from peer_groups.service_layer.handlers import Ports
from peer_groups.service_layer.ports import PoolRepository

__all__ = [
    "GroupView",
    "MemberCard",
    "cards_for",
    "cards_from",
    "get_group",
    "list_groups",
    "own_place_of",
    "view_of",
]

MAX_PAGE = 100


@dataclass(frozen=True, slots=True)
class MemberCard:
    """Alias, languages, age band and shared interests: all a facilitator sees of a person."""

    alias: str
    languages: tuple[str, ...]
    age_band: str
    shared_interests: tuple[str, ...]
    member: Member


@dataclass(frozen=True, slots=True)
class GroupView:
    group: Group
    cards: tuple[MemberCard, ...]


def cards_for(group: Group, pool: PoolRepository) -> tuple[MemberCard, ...]:
    return cards_from(group, pool.get_many(m.survivor_id for m in group.members))


def cards_from(group: Group, known: Mapping[str, PoolMember]) -> tuple[MemberCard, ...]:
    """Cards of `group`'s members from pool members already read (one read for many
    groups). A member's languages on the card are the group's languages they speak: what a
    facilitator needs to know, a language in common; the others (a minority's mother
    tongue beside the country's) may tell where a person comes from.

    Someone who no longer holds a place (declined, left: among them whoever withdrew their
    consent to peer groups) is their alias and state only, and counts in nobody's shared
    interests: the facilitator learns that the place is free, and nothing more of them
    (a withdrawal takes effect for every viewer; session 37's probe)."""
    members = group.members
    holding = [
        known[m.survivor_id] for m in members if m.state in HOLDING and m.survivor_id in known
    ]
    cards = []
    for member in members:
        person: PoolMember | None = (
            known.get(member.survivor_id) if member.state in HOLDING else None
        )
        if person is None:
            cards.append(MemberCard(member.alias, (), "", (), member))
            continue
        others = set().union(*(p.interests for p in holding if p.survivor_id != person.survivor_id))
        cards.append(
            MemberCard(
                alias=member.alias,
                languages=tuple(sorted(set(person.languages) & group.settings.languages)),
                age_band=person.age_band,
                shared_interests=tuple(sorted(person.interests & others)),
                member=member,
            )
        )
    return tuple(cards)


def view_of(group: Group, ports: Ports, scope: PoolScope) -> GroupView:
    """`group` as its facilitators see it within the pool scope (``Group.seen_within``):
    a hidden proposal has no card and counts in nobody's shared interests."""
    seen = replace(group, members=group.seen_within(scope.organisation_ids))
    return GroupView(seen, cards_for(seen, ports.pool))


def own_place_of(group: Group, survivor_id: str, ports: Ports) -> GroupView:
    """`group` as a survivor's officer sees it: the group and that survivor's own place,
    never the other members' (who may be of other organisations)."""
    own = replace(group, members=[m for m in group.members if m.survivor_id == survivor_id])
    return GroupView(own, cards_for(own, ports.pool))


def survivor_groups(survivor_id: str, *, caller: Caller, ports: Ports) -> list[GroupView]:
    """The groups a survivor of the calling officer's organisation holds a place in
    (invited, joined), for the officer to record their answer: each with that survivor's
    own place only, never the other members'. Read by ``_id`` (the survivor's group ids)."""
    require_role(caller, Role.REINTEGRATION_OFFICER)
    member = ports.pool.get_many([survivor_id]).get(survivor_id)
    require_officer_of(caller, member)
    views = []
    for group in ports.groups.with_survivor(survivor_id):
        if group.status is GroupStatus.CLOSED or not any(
            m.survivor_id == survivor_id for m in group.members
        ):
            continue
        views.append(own_place_of(group, survivor_id, ports))
    return views


def get_group(group_id: str, *, caller: Caller, ports: Ports, scope: PoolScope) -> GroupView:
    group = ports.groups.get(group_id)
    require_facilitator_of(caller, group)
    return view_of(group, ports, scope)


def list_groups(
    *,
    caller: Caller,
    ports: Ports,
    mine_only: bool,
    status: GroupStatus | None,
    after: str,
    limit: int,
    scope: PoolScope,
) -> tuple[list[GroupView], str]:
    """A page of the organisation's groups and the id to continue after ("" at the end)."""
    require_role(caller, Role.FACILITATOR)
    size = max(1, min(limit or 20, MAX_PAGE))
    groups = list(
        ports.groups.list(
            organisation_id=caller.organisation_id,
            facilitator_id=caller.user_id if mine_only else None,
            status=status,
            after=after,
            limit=size + 1,
        )
    )
    next_after = groups[size - 1].group_id if len(groups) > size else ""
    return [view_of(g, ports, scope) for g in groups[:size]], next_after
