"""The ports the matching service layer talks to. Adapters implement them for MongoDB;
unit tests use the in-memory fakes in ``tests/unit/matching/fakes.py``.

Every method here is on a request path except those marked cold: each must cost in
proportion to what it returns (or to what its owner holds), never to what the store holds
(the store-access rule: FerretDB v1 narrows a query only by `_id`). The MongoDB adapters
read by `_id` only.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from datetime import datetime
from typing import Protocol

from matching.domain.match import Match
from matching.domain.opportunity import Opportunity
from matching.domain.outcome_model import OutcomeModel
from matching.domain.survivor import Survivor

__all__ = [
    "DashboardCounters",
    "MatchRepository",
    "OpportunityRepository",
    "OrganisationStandings",
    "OutcomeModelRepository",
    "Page",
    "SurvivorRepository",
]


class Page(Protocol):
    @property
    def items(self) -> list[Opportunity]: ...

    @property
    def next_token(self) -> str: ...


class SurvivorRepository(Protocol):
    def get(self, survivor_id: str) -> Survivor | None: ...

    def add(self, survivor: Survivor) -> None:
        """Insert; raises AlreadyExists if the id is taken. Events go out with it."""

    def save(self, survivor: Survivor) -> None:
        """Write if nobody else did since it was read (else StaleVersion), with its events."""

    def keep_words_read(self, survivor: Survivor) -> bool:
        """Keep the reading of their words (``Survivor.words_read``) with the survivor, if
        nobody wrote them since they were read (else False, nothing written); no event."""

    def erase(self, survivor_id: str) -> bool:
        """Delete the survivor and announce the erasure; False if there was nobody."""

    def eligible_ids(self, organisation_id: str) -> list[str]:
        """Survivors of an organisation who consent to matching (for rounds), sorted."""

    def caseload(
        self,
        organisation_id: str,
        *,
        after: str,
        limit: int,
        accept: Callable[[Survivor, datetime | None], bool],
    ) -> tuple[list[tuple[Survivor, datetime | None]], str]:
        """The organisation's survivors after id ``after`` that ``accept`` keeps (given the
        survivor and when it was last written, if known), in id order, at most ``limit``;
        and the next page's token ("" when none). Cost in proportion to the organisation's
        caseload, never to the store."""


class OpportunityRepository(Protocol):
    def get(self, opportunity_id: str) -> Opportunity | None: ...

    def add(self, opportunity: Opportunity) -> None: ...

    def save(self, opportunity: Opportunity) -> None: ...

    def list_by_organisation(
        self, organisation_id: str, *, page_size: int, page_token: str
    ) -> tuple[list[Opportunity], str]:
        """The organisation's opportunities in id order after ``page_token`` (the last id
        of the previous page; "" for the first), at most ``page_size``, and the token of
        the next page ("" when there is none)."""

    def all(self) -> Iterator[Opportunity]:
        """Every opportunity that is not closed (cold: to rebuild the index at start)."""


class MatchRepository(Protocol):
    def get(self, match_id: str) -> Match | None: ...

    def add(self, match: Match) -> bool:
        """Insert; False (and nothing written) if a match with this id exists."""

    def save(self, match: Match) -> None: ...

    def for_survivor(self, survivor_id: str) -> list[Match]:
        """The survivor's matches (in no promised order)."""

    def for_opportunity(self, opportunity_id: str, *, states: Iterable[str]) -> list[Match]:
        """The opportunity's matches in one of ``states`` (values), in no promised order."""

    def erase_survivor(self, survivor_id: str) -> int:
        """Delete the survivor's matches; how many there were."""

    def all(self) -> Iterator[Match]:
        """Every match (cold: to learn from outcomes, started by an administrator)."""


class OutcomeModelRepository(Protocol):
    def save(self, model: OutcomeModel) -> None: ...

    def latest(self) -> OutcomeModel | None: ...


class DashboardCounters(Protocol):
    """Each organisation's dashboard counts (``matching.domain.dashboard``), one document
    per organisation: a change is one write to it, a read one read, whatever the caseload."""

    def apply(self, organisation_id: str, delta: Mapping[str, int]) -> None:
        """Add ``delta`` (keys ``"<section>.<code>"``, values possibly negative)."""

    def counts(self, organisation_id: str) -> dict[str, int]:
        """The organisation's counts (none yet: empty)."""


class OrganisationStandings(Protocol):
    """Which organisations a platform administrator has suspended: one document each,
    read by ``_id`` when one of them posts."""

    def is_suspended(self, organisation_id: str) -> bool: ...

    def set_suspended(self, organisation_id: str, suspended: bool) -> None:
        """Record the suspension, or its lifting (both idempotent)."""
