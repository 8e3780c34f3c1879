"""What the peer-groups service layer needs from the outside world (adapters implement it)."""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from typing import Protocol

from peer_groups.domain.candidates import CandidateReading, PoolSample
from peer_groups.domain.cohesion import CohesionWeights
from peer_groups.domain.formation import Formation, GroupRequest
from peer_groups.domain.group import Group
from peer_groups.domain.pool import PoolMember
from peer_groups.domain.rules import FormationPolicy
from peer_groups.domain.values import GroupStatus

__all__ = ["GroupFormer", "GroupRepository", "PoolRepository"]


class GroupRepository(Protocol):
    def add(self, group: Group) -> None:
        """Insert at version 1 with its events; AlreadyExists if the id is taken."""

    def get(self, group_id: str) -> Group:
        """NotFound if there is none."""

    def save(self, group: Group) -> None:
        """The next version with its events; StaleVersion if someone wrote in between."""

    def list(
        self,
        *,
        organisation_id: str,
        facilitator_id: str | None,
        status: GroupStatus | None,
        after: str,
        limit: int,
    ) -> Sequence[Group]:
        """Groups of one organisation by id, starting after ``after``."""

    def with_survivor(self, survivor_id: str) -> Sequence[Group]:
        """Every group the survivor appears in, history included."""

    def forget_survivor(self, survivor_id: str) -> None:
        """Erasure, once the survivor is out of every group: drop what finds their groups."""

    def committed_among(
        self, *, candidate_ids: Iterable[str], excluding_group_ids: Collection[str]
    ) -> set[str]:
        """Those of the candidates invited to or joined in an open (forming or active) group
        other than the excluded ones. Asked for given people so that it costs what they
        cost, not what every group costs."""


class PoolRepository(Protocol):
    def upsert(self, member: PoolMember) -> bool:
        """Store this state unless a newer one (or an erasure) is stored; True if applied."""

    def erase(self, survivor_id: str) -> None:
        """Forget the survivor; later copies of older states are refused."""

    def get_many(self, survivor_ids: Iterable[str]) -> dict[str, PoolMember]: ...

    def members_open_to_groups(
        self,
        *,
        organisations: Collection[str],
        languages: Collection[str],
        places: Collection[tuple[str, str]] | None,
        reading: CandidateReading | PoolSample | None = None,
    ) -> Sequence[PoolMember]:
        """Members of these organisations (a pool scope) open to groups, speaking one of
        these languages (and, if given, in one of these (country, district) places, compared
        as ``PoolMember.place`` folds them). Asked
        for given organisations so that it costs what their people cost, and opens nobody
        else's. With a ``reading``, only as many as it needs, in its order
        (:func:`peer_groups.domain.candidates.read_in_turn`)."""


class GroupFormer(Protocol):
    """Forms the requested groups from the pool: ``domain.formation.form_groups`` itself, or
    the same function run elsewhere (``adapters.formation_processes``: in worker processes,
    so the service answers other calls while a large proposal is computed)."""

    def __call__(
        self,
        requests: Sequence[GroupRequest],
        pool: Sequence[PoolMember],
        *,
        policy: FormationPolicy,
        weights: CohesionWeights,
        seed: int,
        committed_elsewhere: Collection[str],
    ) -> Formation: ...
