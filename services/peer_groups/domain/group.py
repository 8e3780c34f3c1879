"""The group aggregate: settings, status and members, with every change dated.

A group is FORMING until enough invited survivors have joined (its minimum size), then
ACTIVE, then CLOSED. Members move PROPOSED → INVITED (only when the facilitator publishes)
→ JOINED or DECLINED (the survivor's answer, recorded by their officer) → LEFT.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field, replace
from datetime import datetime

from pathways_runtime.place_names import place_key
from peer_groups.domain.errors import InvalidInput, NotAllowedNow, NotFound
from peer_groups.domain.events import (
    DomainEvent,
    GroupActivated,
    GroupClosed,
    GroupFormed,
    MemberDeclined,
    MemberInvited,
    MemberJoined,
    MemberLeft,
)
from peer_groups.domain.values import GroupFocus, GroupStatus, MemberState, Modality, WeeklySlot

__all__ = ["MAX_GROUP_SIZE", "Group", "GroupSettings", "Member", "ProposedMember"]

MAX_GROUP_SIZE = 20
MIN_GROUP_SIZE = 2
MAX_LANGUAGES = 5
MAX_SLOTS = 14
MAX_TITLE = 120
#: Members who declined or left stay listed (the facilitator should know); up to this many.
MAX_HISTORY = 60

#: States that hold a place in the group (count towards its size).
HOLDING = frozenset({MemberState.PROPOSED, MemberState.INVITED, MemberState.JOINED})
#: States that commit a survivor, so they are not proposed for another group meanwhile.
COMMITTED = frozenset({MemberState.INVITED, MemberState.JOINED})


@dataclass(frozen=True, slots=True)
class GroupSettings:
    languages: frozenset[str]
    modality: Modality
    focus: GroupFocus
    min_size: int
    max_size: int
    schedule: tuple[WeeklySlot, ...]
    country: str = ""
    district: str = ""
    title: str = ""
    #: More focuses every member must have chosen, beside ``focus`` (a youth group for
    #: labour-trafficking survivors: YOUTH and LABOUR_TRAFFICKING).
    focuses: frozenset[GroupFocus] = frozenset()
    #: No minor is proposed (minors are never with adults anyway; this keeps an "any" group
    #: from being filled with minors).
    adults_only: bool = False

    @property
    def place(self) -> tuple[str, str]:
        """Where an in-person group meets, as compared with where members live (``("", "")``
        online): its district folded like theirs (``PoolMember.place``)."""
        return place_key(self.country, self.district)

    @property
    def required_focuses(self) -> frozenset[GroupFocus]:
        """Every focus a member must have chosen (ANY requires none)."""
        return (self.focuses | {self.focus}) - {GroupFocus.ANY}

    def __post_init__(self) -> None:
        languages = frozenset(language.strip().lower() for language in self.languages)
        if not languages or len(languages) > MAX_LANGUAGES:
            raise InvalidInput(f"a group has 1 to {MAX_LANGUAGES} languages")
        if any(not (2 <= len(x) <= 3 and x.isascii() and x.isalpha()) for x in languages):
            raise InvalidInput("a language is a 2- or 3-letter code such as 'th' or 'km'")
        object.__setattr__(self, "languages", languages)
        if not MIN_GROUP_SIZE <= self.min_size <= self.max_size <= MAX_GROUP_SIZE:
            raise InvalidInput(
                f"sizes must satisfy {MIN_GROUP_SIZE} <= min_size <= max_size <= {MAX_GROUP_SIZE}"
            )
        if not self.schedule or len(self.schedule) > MAX_SLOTS:
            raise InvalidInput(f"a group meets in 1 to {MAX_SLOTS} weekly slots")
        country = self.country.strip().upper()
        district = unicodedata.normalize("NFC", self.district).strip()
        if self.modality is Modality.IN_PERSON:
            if not (len(country) == 2 and country.isascii() and country.isalpha()):
                raise InvalidInput("an in-person group needs a 2-letter country code")
            if not district or len(district) > 100:
                raise InvalidInput("an in-person group needs its district (up to 100 characters)")
        elif country or district:
            raise InvalidInput("an online group has no country or district")
        object.__setattr__(self, "country", country)
        object.__setattr__(self, "district", district)
        title = unicodedata.normalize("NFC", self.title).strip()
        if len(title) > MAX_TITLE:
            raise InvalidInput(f"a title has at most {MAX_TITLE} characters")
        object.__setattr__(self, "title", title)
        focuses = frozenset(self.focuses) - {GroupFocus.ANY}
        if len(focuses) > len(GroupFocus):
            raise InvalidInput("too many focuses")
        if self.focus is GroupFocus.ANY and focuses:
            # One canonical form: the first focus (by name) in ``focus``, the rest beside it.
            first = min(focuses, key=lambda f: f.value)
            object.__setattr__(self, "focus", first)
            focuses -= {first}
        object.__setattr__(self, "focuses", focuses - {self.focus})


@dataclass(frozen=True, slots=True)
class ProposedMember:
    """Who a proposal puts in a group: the pseudonymous id, their organisation, their alias."""

    survivor_id: str
    organisation_id: str
    alias: str


@dataclass(frozen=True, slots=True)
class Member:
    survivor_id: str
    organisation_id: str
    alias: str
    state: MemberState
    since: datetime
    locked: bool = False


@dataclass(slots=True)
class Group:
    group_id: str
    organisation_id: str
    facilitator_id: str
    settings: GroupSettings
    status: GroupStatus
    created_at: datetime
    members: list[Member] = field(default_factory=list)
    activated_at: datetime | None = None
    closed_at: datetime | None = None
    version: int = 0
    #: Survivors the facilitator took out: never proposed for this group again.
    removed: set[str] = field(default_factory=set)
    events: list[DomainEvent] = field(default_factory=list)

    # -- creation and settings -------------------------------------------------------------

    @classmethod
    def form(
        cls,
        *,
        group_id: str,
        organisation_id: str,
        facilitator_id: str,
        settings: GroupSettings,
        now: datetime,
    ) -> Group:
        group = cls(
            group_id=group_id,
            organisation_id=organisation_id,
            facilitator_id=facilitator_id,
            settings=settings,
            status=GroupStatus.FORMING,
            created_at=now,
        )
        group.events.append(GroupFormed(group_id, organisation_id, facilitator_id))
        return group

    def change_settings(self, settings: GroupSettings) -> None:
        """New settings; proposals not locked in are dropped (they were made for the old ones)."""
        self.require_open()
        if len(self.committed) > settings.max_size:
            raise NotAllowedNow("more members are invited or joined than the new maximum size")
        self.settings = settings
        self.members = [
            m for m in self.members if not (m.state is MemberState.PROPOSED and not m.locked)
        ]

    def close(self, *, now: datetime) -> None:
        self.require_open()
        self.status = GroupStatus.CLOSED
        self.closed_at = now
        self.members = [m for m in self.members if m.state is not MemberState.PROPOSED]
        self.events.append(GroupClosed(self.group_id))

    # -- proposals ---------------------------------------------------------------------------

    @property
    def holding(self) -> list[Member]:
        return [m for m in self.members if m.state in HOLDING]

    @property
    def committed(self) -> list[Member]:
        return [m for m in self.members if m.state in COMMITTED]

    @property
    def fixed(self) -> list[Member]:
        """Members a new proposal keeps: locked proposals, invitations and joined members."""
        return [m for m in self.holding if m.locked or m.state is not MemberState.PROPOSED]

    def accept_proposal(self, proposed: list[ProposedMember], *, now: datetime) -> None:
        """Replace the unlocked proposals with these (the fixed members stay)."""
        self.require_open()
        fixed = self.fixed
        fixed_ids = {m.survivor_id for m in fixed}
        fresh = [p for p in proposed if p.survivor_id not in fixed_ids]
        if len(fixed) + len(fresh) > self.settings.max_size:
            raise InvalidInput("a proposal cannot exceed the group's maximum size")
        # Someone proposed again (who had left, then consented again) is one person with one
        # place, not their old departure beside it (session 37's probe: an alias twice).
        fresh_ids = {p.survivor_id for p in fresh}
        history = [
            m for m in self.members if m.state not in HOLDING and m.survivor_id not in fresh_ids
        ]
        self.members = [
            *fixed,
            *(
                Member(p.survivor_id, p.organisation_id, p.alias, MemberState.PROPOSED, now)
                for p in fresh
            ),
            *history,
        ]

    def seen_within(self, organisation_ids: frozenset[str]) -> list[Member]:
        """The members the group's facilitators may see while these organisations share
        their survivors with theirs (the pool scope): a proposal only of those, and whoever
        was invited, joined or has left whatever the scope says now. A proposal of an NGO
        whose partnership was removed since is hidden, never locked or invited."""
        return [
            m
            for m in self.members
            if m.state is not MemberState.PROPOSED or m.organisation_id in organisation_ids
        ]

    def drop_proposals_outside(self, organisation_ids: frozenset[str]) -> None:
        """Drop the proposals, locked in or not, of organisations outside the pool scope."""
        self.members = self.seen_within(organisation_ids)

    def lock(self, alias: str) -> None:
        self.require_open()
        member = self._holding_by_alias(alias)
        self._replace(member, replace(member, locked=True))

    def remove(self, alias: str, *, now: datetime) -> None:
        """Take a member out: a proposal just goes; an invited or joined member has left."""
        self.require_open()
        member = self._holding_by_alias(alias)
        self.removed.add(member.survivor_id)
        if member.state is MemberState.PROPOSED:
            self.members.remove(member)
        else:
            self._move(member, MemberState.LEFT, now=now, event=MemberLeft)

    def publish(
        self, *, now: datetime, committed_elsewhere: frozenset[str] = frozenset()
    ) -> list[Member]:
        """Invite every proposed member; returns those invited.

        Proposals of two groups may overlap until one is published: whoever has been invited
        to another group meanwhile is dropped from this proposal, not invited twice.

        The hard rules need the members' current pool states, which the aggregate does not
        hold: ``handlers.publish_invitations`` checks them (``rules.standing_violations``)
        before calling this, and refuses if anyone now breaks one.
        """
        self.require_open()
        self.members = [
            m
            for m in self.members
            if not (m.state is MemberState.PROPOSED and m.survivor_id in committed_elsewhere)
        ]
        proposed = [m for m in self.members if m.state is MemberState.PROPOSED]
        if not proposed:
            raise NotAllowedNow("there is no proposed member to invite")
        for member in proposed:
            self._move(member, MemberState.INVITED, now=now, event=MemberInvited)
        return proposed

    # -- survivors' answers --------------------------------------------------------------------

    def record_answer(self, survivor_id: str, *, joined: bool, now: datetime) -> None:
        self.require_open()
        member = self._by_survivor(survivor_id)
        wanted = MemberState.JOINED if joined else MemberState.DECLINED
        if member.state is wanted:
            return  # the same answer recorded again: nothing changes
        if member.state is not MemberState.INVITED:
            raise NotAllowedNow(f"a member who is {member.state.value} cannot answer")
        self._move(member, wanted, now=now, event=MemberJoined if joined else MemberDeclined)
        waiting = (GroupStatus.FORMING, GroupStatus.BELOW_MINIMUM)
        if self.status in waiting and self.joined_count >= self.settings.min_size:
            self.status = GroupStatus.ACTIVE
            self.activated_at = now
            self.events.append(GroupActivated(self.group_id))

    @property
    def joined_count(self) -> int:
        return sum(1 for m in self.members if m.state is MemberState.JOINED)

    def _check_minimum(self) -> None:
        """An active group that lost members below its minimum says so (its status, which
        the facilitator sees on the group and in their listing filtered by it)."""
        if self.status is GroupStatus.ACTIVE and self.joined_count < self.settings.min_size:
            self.status = GroupStatus.BELOW_MINIMUM

    def leave(self, survivor_id: str, *, now: datetime) -> None:
        member = self._by_survivor(survivor_id)
        if member.state is MemberState.LEFT:
            return
        if member.state not in COMMITTED:
            raise NotAllowedNow(f"a member who is {member.state.value} cannot leave")
        self._move(member, MemberState.LEFT, now=now, event=MemberLeft)

    # -- what the pool tells us --------------------------------------------------------------

    def withdraw(self, survivor_id: str, *, now: datetime) -> bool:
        """Consent withdrawn or no longer ready: out of proposals, and out if invited or joined.

        Returns whether anything changed.
        """
        if self.status is GroupStatus.CLOSED:
            return False
        member = next((m for m in self.holding if m.survivor_id == survivor_id), None)
        if member is None:
            return False
        if member.state is MemberState.PROPOSED:
            self.members.remove(member)
        else:
            self._move(member, MemberState.LEFT, now=now, event=MemberLeft)
        return True

    def forget(self, survivor_id: str) -> bool:
        """Erasure: the survivor disappears from the group, history included, without an event."""
        before = len(self.members)
        self.removed.discard(survivor_id)
        self.members = [m for m in self.members if m.survivor_id != survivor_id]
        self._check_minimum()
        return len(self.members) != before

    # -- helpers ---------------------------------------------------------------------------

    def require_open(self) -> None:
        if self.status is GroupStatus.CLOSED:
            raise NotAllowedNow("the group is closed")

    def _holding_by_alias(self, alias: str) -> Member:
        for member in self.holding:
            if member.alias == alias:
                return member
        raise NotFound("no such member in this group")

    def _by_survivor(self, survivor_id: str) -> Member:
        for member in self.members:
            if member.survivor_id == survivor_id:
                return member
        raise NotFound("no such member in this group")

    def _replace(self, old: Member, new: Member) -> None:
        self.members[self.members.index(old)] = new

    def _move(
        self,
        member: Member,
        state: MemberState,
        *,
        now: datetime,
        event: type[MemberInvited] | type[MemberJoined] | type[MemberDeclined] | type[MemberLeft],
    ) -> None:
        self._replace(member, replace(member, state=state, since=now, locked=False))
        self.events.append(event(self.group_id, member.survivor_id, member.organisation_id))
        self._check_minimum()
        history = [m for m in self.members if m.state not in HOLDING]
        if len(history) > MAX_HISTORY:
            oldest = min(history, key=lambda m: m.since)
            self.members.remove(oldest)
