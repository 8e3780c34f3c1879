"""The hard rules of peer-group membership: no proposal may ever break one.

Three kinds of rule, checked by the formation algorithm as it builds groups and again, in
full, by ``violations`` before anything is saved:

- about one person and the group (``why_not_eligible``): consent and readiness, already in
  a group, a shared language, modality and place, focus, age, schedule;
- about two people in one group (``why_not_together``): "do not group with" links in either
  direction, minors never with adults, minors only within a close age band;
- about the whole group: one working language everyone speaks, size within bounds.
"""

from __future__ import annotations

import functools
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from enum import Enum

from peer_groups.domain.group import GroupSettings
from peer_groups.domain.pool import PoolMember
from peer_groups.domain.values import GroupFocus, Modality, WeeklySlot, overlap_minutes

__all__ = [
    "Exclusion",
    "FormationPolicy",
    "Violation",
    "common_languages",
    "violations",
    "why_not_eligible",
    "why_not_together",
]


class Exclusion(Enum):
    """Why a pool member is not in a group: codes the facilitator sees (no personal data)."""

    NOT_OPEN_TO_GROUPS = "NOT_OPEN_TO_GROUPS"  # no peer-group consent, or not ready yet
    ALREADY_IN_GROUP = "ALREADY_IN_GROUP"
    NO_SHARED_LANGUAGE = "NO_SHARED_LANGUAGE"
    NOT_IN_DISTRICT = "NOT_IN_DISTRICT"
    FOCUS_NOT_CHOSEN = "FOCUS_NOT_CHOSEN"
    AGE_RULE = "AGE_RULE"
    NO_SLOT_OVERLAP = "NO_SLOT_OVERLAP"
    EXCLUDED_BY_LINK = "EXCLUDED_BY_LINK"
    SAME_ALIAS = "SAME_ALIAS"
    NO_COMMON_LANGUAGE_WITH_MEMBERS = "NO_COMMON_LANGUAGE_WITH_MEMBERS"
    GROUPS_FULL = "GROUPS_FULL"  # eligible, but the groups filled with closer matches
    GROUP_TOO_SMALL = "GROUP_TOO_SMALL"  # eligible, but their group could not reach its minimum
    SIZE_OUT_OF_BOUNDS = "SIZE_OUT_OF_BOUNDS"


@dataclass(frozen=True, slots=True)
class FormationPolicy:
    """The configurable parts of the rules."""

    #: Minors share a group only if the oldest's age (or band top) minus the youngest's age
    #: (or band bottom) is at most this many years; exact ages make it exact.
    max_minor_age_spread: int = 3
    #: A youth group takes people whose age band tops out at this age or younger.
    youth_max_age: int = 24
    #: A member must be free for at least this much of one of the group's weekly slots
    #: (or the whole slot, if it is shorter).
    min_overlap_minutes: int = 60


@functools.lru_cache(maxsize=65_536)
def _free_for_a_slot(
    availability: tuple[WeeklySlot, ...], schedule: tuple[WeeklySlot, ...], min_overlap: int
) -> bool:
    # Cached: people's availabilities and groups' schedules repeat a lot across a pool.
    for slot in schedule:
        needed = min(slot.duration_minutes, min_overlap)
        if any(overlap_minutes(slot, free) >= needed for free in availability):
            return True
    return False


def why_not_eligible(
    member: PoolMember,
    settings: GroupSettings,
    *,
    policy: FormationPolicy,
    committed_elsewhere: Collection[str] = (),
) -> Exclusion | None:
    """The first rule keeping this person out of a group with these settings, or None."""
    if not member.open_to_groups:
        return Exclusion.NOT_OPEN_TO_GROUPS
    if member.survivor_id in committed_elsewhere:
        return Exclusion.ALREADY_IN_GROUP
    if not member.languages & settings.languages:
        return Exclusion.NO_SHARED_LANGUAGE
    if settings.modality is Modality.IN_PERSON and (
        member.country != settings.country or member.district != settings.district
    ):
        return Exclusion.NOT_IN_DISTRICT
    required = settings.required_focuses
    if not required <= member.focuses:
        return Exclusion.FOCUS_NOT_CHOSEN
    if GroupFocus.YOUTH in required and member.age.highest > policy.youth_max_age:
        return Exclusion.AGE_RULE
    if settings.adults_only and member.minor:
        return Exclusion.AGE_RULE
    if not _free_for_a_slot(member.availability, settings.schedule, policy.min_overlap_minutes):
        return Exclusion.NO_SLOT_OVERLAP
    return None


def why_not_together(a: PoolMember, b: PoolMember, *, policy: FormationPolicy) -> Exclusion | None:
    """The first rule keeping two people out of one group, or None."""
    if a.survivor_id in b.do_not_group_with or b.survivor_id in a.do_not_group_with:
        return Exclusion.EXCLUDED_BY_LINK
    if a.minor != b.minor:
        return Exclusion.AGE_RULE
    if a.minor:
        age_a, age_b = a.age, b.age
        spread = max(age_a.highest, age_b.highest) - min(age_a.lowest, age_b.lowest)
        if spread > policy.max_minor_age_spread:
            return Exclusion.AGE_RULE
    if a.alias == b.alias:
        return Exclusion.SAME_ALIAS  # facilitators tell members apart by alias
    return None


def common_languages(members: Sequence[PoolMember], settings: GroupSettings) -> frozenset[str]:
    """The group's languages that every member speaks: the group needs at least one."""
    shared = set(settings.languages)
    for member in members:
        shared &= member.languages
    return frozenset(shared)


@dataclass(frozen=True, slots=True)
class Violation:
    rule: Exclusion
    aliases: tuple[str, ...]


def violations(
    members: Sequence[PoolMember],
    settings: GroupSettings,
    *,
    policy: FormationPolicy,
    committed_elsewhere: Collection[str] = (),
    check_size: bool = True,
) -> list[Violation]:
    """Every hard rule this membership breaks (empty: the group is safe to propose)."""
    found: list[Violation] = []
    for member in members:
        reason = why_not_eligible(
            member, settings, policy=policy, committed_elsewhere=committed_elsewhere
        )
        if reason is not None:
            found.append(Violation(reason, (member.alias,)))
    for i, a in enumerate(members):
        for b in members[i + 1 :]:
            reason = why_not_together(a, b, policy=policy)
            if reason is not None:
                found.append(Violation(reason, (a.alias, b.alias)))
    if members and not common_languages(members, settings):
        found.append(Violation(Exclusion.NO_COMMON_LANGUAGE_WITH_MEMBERS, ()))
    if len({m.survivor_id for m in members}) != len(members):
        found.append(Violation(Exclusion.SAME_ALIAS, ()))
    if check_size and not settings.min_size <= len(members) <= settings.max_size:
        found.append(Violation(Exclusion.SIZE_OUT_OF_BOUNDS, ()))
    return found
