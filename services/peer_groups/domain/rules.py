"""The hard rules of peer-group membership: no proposal may ever break one.

Three kinds of rule, checked by the formation algorithm as it builds groups and again, in
full, by ``violations`` before anything is saved:

- about one person and the group (``why_not_eligible``): consent and readiness, already in
  a group, a shared language, modality and place, focus (with the group's gender rule: a
  women-only group never takes someone whose recorded gender is a man's), age, schedule;
- about two people in one group (``why_not_together``): "do not group with" links in either
  direction, minors never with adults, minors only within a close age band;
- about the whole group: one working language everyone speaks, size within bounds.

They hold for as long as someone holds a place in a group, not only when a proposal is made:
``why_member_breaks`` and ``standing_violations`` are the rules as they apply to a group
that already exists (see ``STAYING_RULES``).
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
    "STAYING_RULES",
    "Exclusion",
    "FormationPolicy",
    "Violation",
    "common_languages",
    "standing_violations",
    "violations",
    "why_member_breaks",
    "why_not_eligible",
    "why_not_together",
]


class Exclusion(Enum):
    """Why a pool member is not in a group: codes the facilitator sees (no personal data)."""

    NOT_OPEN_TO_GROUPS = "NOT_OPEN_TO_GROUPS"  # no peer-group consent, or not ready yet
    ALREADY_IN_GROUP = "ALREADY_IN_GROUP"
    NO_SHARED_LANGUAGE = "NO_SHARED_LANGUAGE"
    NOT_IN_DISTRICT = "NOT_IN_DISTRICT"
    #: Outside the group's focus: a focus it requires was not chosen, or it is for women
    #: and the person's recorded gender is a man's (``why_not_eligible``).
    FOCUS_NOT_CHOSEN = "FOCUS_NOT_CHOSEN"
    AGE_RULE = "AGE_RULE"
    NO_SLOT_OVERLAP = "NO_SLOT_OVERLAP"
    EXCLUDED_BY_LINK = "EXCLUDED_BY_LINK"
    SAME_ALIAS = "SAME_ALIAS"
    NO_COMMON_LANGUAGE_WITH_MEMBERS = "NO_COMMON_LANGUAGE_WITH_MEMBERS"
    GROUPS_FULL = "GROUPS_FULL"  # eligible, but the groups filled with closer matches
    GROUP_TOO_SMALL = "GROUP_TOO_SMALL"  # eligible, but their group could not reach its minimum
    SIZE_OUT_OF_BOUNDS = "SIZE_OUT_OF_BOUNDS"
    #: What a facilitator is told instead of a reason that would say something sealed
    #: (``as_told``): open to groups and meeting the settings they can see, but in none.
    NOT_PLACED = "NOT_PLACED"


#: Reasons a facilitator is told as ``NOT_PLACED``: each says, or follows from, something
#: sealed (a chosen focus, a recorded gender, a "do not group with" link), or, being reached
#: only past the focus check, would say that the focus was chosen (a full or too small
#: group, a rule with the group's people). One code for all, so none can be told apart.
TOLD_AS_NOT_PLACED: frozenset[Exclusion] = frozenset(
    {
        Exclusion.FOCUS_NOT_CHOSEN,
        Exclusion.EXCLUDED_BY_LINK,
        Exclusion.SAME_ALIAS,
        Exclusion.GROUPS_FULL,
        Exclusion.GROUP_TOO_SMALL,
        Exclusion.NO_COMMON_LANGUAGE_WITH_MEMBERS,
    }
)


def as_told(reason: Exclusion, *, was_candidate: bool) -> Exclusion:
    """What a facilitator is told of why someone is in no proposal. Someone eligible for a
    group (``was_candidate``) is ``NOT_PLACED`` whatever kept them out (an age rule with
    the group's people too: they passed its focus); otherwise the reason, unless it is of
    :data:`TOLD_AS_NOT_PLACED`. The checks a facilitator is told of come before the focus
    in :func:`why_not_eligible`, so none of them says a focus was chosen."""
    if was_candidate or reason in TOLD_AS_NOT_PLACED:
        return Exclusion.NOT_PLACED
    return reason


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
    if settings.modality is Modality.IN_PERSON and (member.place != settings.place):
        return Exclusion.NOT_IN_DISTRICT
    required = settings.required_focuses
    if GroupFocus.YOUTH in required and member.age.highest > policy.youth_max_age:
        return Exclusion.AGE_RULE
    if settings.adults_only and member.minor:
        return Exclusion.AGE_RULE
    if not _free_for_a_slot(member.availability, settings.schedule, policy.min_overlap_minutes):
        return Exclusion.NO_SLOT_OVERLAP
    # The focus last: a reason found after it would say the focus was chosen (``as_told``).
    if not required <= member.focuses:
        return Exclusion.FOCUS_NOT_CHOSEN
    if GroupFocus.WOMEN_ONLY in required and member.recorded_as_man:
        # The group's gender rule: a chosen focus is not a gender (an officer's slip, or a
        # deliberate one, must not put a man among women). Never told by a code of its own,
        # which would tell the facilitator this alias's sealed gender (``as_told``). Only
        # an explicit conflict: ``domain.gender``.
        return Exclusion.FOCUS_NOT_CHOSEN
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


#: The rules that keep a member in a group only while they hold: every hard rule MISSION.md
#: names (consent and readiness, a shared language, modality and place, focus and the group's
#: gender rule, the age rules, "do not group with" links, distinct aliases, size). Two rules
#: of ``why_not_eligible`` are left out on purpose: being committed to another group decides
#: who is *proposed* (a publication drops such a proposal, ``Group.publish``), and the
#: overlap with a meeting slot is a fit, not a safety rule: a survivor whose recorded hours
#: change is for the facilitator and the officer to talk over, not a reason to take them out
#: of their group.
STAYING_RULES = frozenset(Exclusion) - {
    Exclusion.ALREADY_IN_GROUP,
    Exclusion.NO_SLOT_OVERLAP,
    Exclusion.GROUPS_FULL,
    Exclusion.GROUP_TOO_SMALL,
}


def why_member_breaks(
    member: PoolMember,
    others: Sequence[PoolMember],
    settings: GroupSettings,
    *,
    policy: FormationPolicy,
) -> Exclusion | None:
    """The first staying rule ``member`` breaks in a group with these settings beside
    ``others`` (the rest of the people holding a place in it), or None.

    Asked when ``member``'s state changed: they are the one who no longer fits, so the
    shared language counts against them only if the others still had one without them.
    """
    reason = why_not_eligible(member, settings, policy=policy)
    if reason is not None and reason in STAYING_RULES:
        return reason
    rest = [o for o in others if o.survivor_id != member.survivor_id]
    for other in rest:
        reason = why_not_together(member, other, policy=policy)
        if reason is not None:
            return reason
    shared_without = common_languages(rest, settings)
    if shared_without and not shared_without & member.languages:
        return Exclusion.NO_COMMON_LANGUAGE_WITH_MEMBERS
    return None


def standing_violations(
    members: Sequence[PoolMember], settings: GroupSettings, *, policy: FormationPolicy
) -> list[Violation]:
    """Every staying rule the people holding places in a group break together (empty: it
    may invite them and count their joins). The size is checked against the maximum only:
    a forming group waits below its minimum until enough have joined (``Group``), and its
    activation needs them anyway."""
    found = [
        v
        for v in violations(members, settings, policy=policy, check_size=False)
        if v.rule in STAYING_RULES
    ]
    if len(members) > settings.max_size:
        found.append(Violation(Exclusion.SIZE_OUT_OF_BOUNDS, ()))
    return found
