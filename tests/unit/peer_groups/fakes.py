"""In-memory fakes of peer groups' ports, for unit tests of the service layer."""

from __future__ import annotations

import copy
from collections.abc import Callable, Collection, Iterable, Sequence

from pathways_runtime.place_names import place_key
from peer_groups.domain.candidates import CandidateReading, PoolSample, read_in_turn
from peer_groups.domain.errors import AlreadyExists, NotFound, StaleVersion
from peer_groups.domain.events import DomainEvent
from peer_groups.domain.group import Group
from peer_groups.domain.pool import PoolMember
from peer_groups.domain.values import GroupStatus
from peer_groups.service_layer.ports import GroupRepository, PoolRepository
from peer_groups.service_layer.proposal_operations import (
    ProposalOperation,
    ProposalOperationRepository,
    ProposalRunner,
)


class FakeGroups(GroupRepository):
    def __init__(self) -> None:
        self.stored: dict[str, Group] = {}
        self.published: list[DomainEvent] = []
        #: Survivors whose group index was dropped (erasure), in order.
        self.forgotten: list[str] = []

    def add(self, group: Group) -> None:
        if group.group_id in self.stored:
            raise AlreadyExists("group id taken")
        group.version = 1
        self._keep(group)

    def get(self, group_id: str) -> Group:
        if group_id not in self.stored:
            raise NotFound("no such group")
        return copy.deepcopy(self.stored[group_id])

    def save(self, group: Group) -> None:
        if group.group_id not in self.stored:
            raise NotFound("no such group")
        if self.stored[group.group_id].version != group.version:
            raise StaleVersion("changed")
        group.version += 1
        self._keep(group)

    def _keep(self, group: Group) -> None:
        self.published += group.events
        group.events.clear()
        self.stored[group.group_id] = copy.deepcopy(group)

    def list(
        self,
        *,
        organisation_id: str,
        facilitator_id: str | None,
        status: GroupStatus | None,
        after: str,
        limit: int,
    ) -> Sequence[Group]:
        found = sorted(
            (
                g
                for g in self.stored.values()
                if g.organisation_id == organisation_id
                and (facilitator_id is None or g.facilitator_id == facilitator_id)
                and (status is None or g.status is status)
                and g.group_id > after
            ),
            key=lambda g: g.group_id,
        )
        return [copy.deepcopy(g) for g in found[:limit]]

    def with_survivor(self, survivor_id: str) -> Sequence[Group]:
        return [
            copy.deepcopy(g)
            for g in self.stored.values()
            if any(m.survivor_id == survivor_id for m in g.members)
        ]

    def forget_survivor(self, survivor_id: str) -> None:
        self.forgotten.append(survivor_id)

    def committed_among(
        self, *, candidate_ids: Iterable[str], excluding_group_ids: Collection[str]
    ) -> set[str]:
        candidates = set(candidate_ids)
        return {
            m.survivor_id
            for g in self.stored.values()
            if g.group_id not in excluding_group_ids and g.status is not GroupStatus.CLOSED
            for m in g.committed
            if m.survivor_id in candidates
        }


class FakePool(PoolRepository):
    def __init__(self) -> None:
        self.members: dict[str, PoolMember] = {}
        self.erased: set[str] = set()
        #: The organisations each ``members_open_to_groups`` was asked for.
        self.organisations_asked: list[frozenset[str]] = []
        #: Each members_open_to_groups call's reading (None: read whole), and people opened in all.
        self.readings: list[CandidateReading | PoolSample | None] = []
        self.opened = 0
        #: What the store's buckets list: (organisation, language, country, survivor id) of
        #: every state stored while open to groups. As there, an entry outlives a later
        #: state (the member's own state decides when opened), an erasure takes it out, and
        #: someone never open to groups is never listed, so never read nor counted.
        self.listed: set[tuple[str, str, str, str]] = set()

    def upsert(self, member: PoolMember) -> bool:
        current = self.members.get(member.survivor_id)
        if member.survivor_id in self.erased or (current and current.version >= member.version):
            return False
        self.members[member.survivor_id] = member
        if member.open_to_groups:
            self.listed |= {
                (member.organisation_id, language, member.country, member.survivor_id)
                for language in member.languages
            }
        return True

    def erase(self, survivor_id: str) -> None:
        self.members.pop(survivor_id, None)
        self.erased.add(survivor_id)
        self.listed = {entry for entry in self.listed if entry[3] != survivor_id}

    def get_many(self, survivor_ids: Iterable[str]) -> dict[str, PoolMember]:
        return {i: self.members[i] for i in survivor_ids if i in self.members}

    def members_open_to_groups(
        self,
        *,
        organisations: Collection[str],
        languages: Collection[str],
        places: Collection[tuple[str, str]] | None,
        reading: CandidateReading | PoolSample | None = None,
    ) -> Sequence[PoolMember]:
        self.organisations_asked.append(frozenset(organisations))
        self.readings.append(reading)

        wanted_places = None if places is None else {place_key(*p) for p in places}

        def unseal_chunk(chunk: list[str]) -> list[PoolMember]:
            self.opened += len(chunk)
            return [
                m
                for m in (self.members[i] for i in chunk if i in self.members)
                if m.open_to_groups
                and m.organisation_id in organisations
                and m.languages & set(languages)
                and (wanted_places is None or m.place in wanted_places)
            ]

        # Like the store's buckets: the scope's organisations and languages (and countries).
        countries = None if places is None else {country for country, _ in places}
        listed = {
            survivor_id
            for organisation_id, language, country, survivor_id in self.listed
            if organisation_id in organisations
            and language in languages
            and (countries is None or country in countries)
        }
        return sorted(read_in_turn(listed, unseal_chunk, reading), key=lambda m: m.survivor_id)


class FakeProposalOperations(ProposalOperationRepository):
    """:class:`ProposalOperationRepository` in a dict."""

    def __init__(self) -> None:
        self.stored: dict[str, ProposalOperation] = {}
        self.order: list[str] = []

    def add(self, operation: ProposalOperation) -> None:
        self.stored[operation.operation_id] = operation
        self.order.append(operation.operation_id)

    def save(self, operation: ProposalOperation) -> None:
        """Replace the stored record; as in the store, one never added (or deleted by
        retention meanwhile) is not made up."""
        if operation.operation_id in self.stored:
            self.stored[operation.operation_id] = operation

    def get(self, operation_id: str) -> ProposalOperation:
        if operation_id not in self.stored:
            raise NotFound("no such proposal")
        return self.stored[operation_id]

    def recent(self, *, facilitator_id: str, limit: int) -> Sequence[ProposalOperation]:
        mine = [self.stored[i] for i in reversed(self.order)]
        return [op for op in mine if op.facilitator_id == facilitator_id][:limit]


class HeldRunner(ProposalRunner):
    """:class:`ProposalRunner` that runs nothing until told: the work "still going on"."""

    def __init__(self) -> None:
        self.waiting: list[Callable[[], None]] = []

    def submit(self, work: Callable[[], None]) -> None:
        self.waiting.append(work)

    def run_all(self) -> None:
        while self.waiting:
            self.waiting.pop(0)()
