"""In-memory fakes of matching's ports, honouring the same contracts as the MongoDB ones."""

from __future__ import annotations

import copy
from collections.abc import Callable, Iterable, Iterator, Mapping
from datetime import datetime
from typing import Generic, TypeVar

from matching.domain.errors import AlreadyExists, NotFound, StaleVersion
from matching.domain.events import DomainEvent, SurvivorErased
from matching.domain.match import Match
from matching.domain.opportunity import Opportunity, OpportunityStatus
from matching.domain.outcome_model import OutcomeModel
from matching.domain.survivor import Survivor
from matching.domain.values import ConsentPurpose
from matching.service_layer.ports import (
    MatchRepository,
    OpportunityRepository,
    OrganisationStandings,
    OutcomeModelRepository,
    SurvivorRepository,
)

A = TypeVar("A", Survivor, Opportunity, Match)


class _Store(Generic[A]):
    """Aggregates by id, copied in and out (as a store would), versions checked on save."""

    def __init__(self) -> None:
        self.items: dict[str, A] = {}
        self.published: list[DomainEvent] = []

    def _add(self, key: str, aggregate: A) -> None:
        if key in self.items:
            raise AlreadyExists(key)
        aggregate.version = 1
        self.published.extend(aggregate.events)
        aggregate.events.clear()
        self.items[key] = copy.deepcopy(aggregate)

    def _save(self, key: str, aggregate: A) -> None:
        stored = self.items.get(key)
        if stored is None:
            raise NotFound(key)
        if stored.version != aggregate.version:
            raise StaleVersion(key)
        aggregate.version += 1
        self.published.extend(aggregate.events)
        aggregate.events.clear()
        self.items[key] = copy.deepcopy(aggregate)

    def _get(self, key: str) -> A | None:
        item = self.items.get(key)
        return copy.deepcopy(item) if item is not None else None


class FakeSurvivors(_Store[Survivor], SurvivorRepository):
    def get(self, survivor_id: str) -> Survivor | None:
        return self._get(survivor_id)

    def add(self, survivor: Survivor) -> None:
        self._add(survivor.survivor_id, survivor)

    def save(self, survivor: Survivor) -> None:
        self._save(survivor.survivor_id, survivor)

    def keep_words_read(self, survivor: Survivor) -> bool:
        """As the MongoDB one: kept only on the version that was read, with no event."""
        stored = self.items.get(survivor.survivor_id)
        if stored is None or stored.version != survivor.version:
            return False
        stored.words_read = survivor.words_read
        return True

    def erase(self, survivor_id: str) -> bool:
        """As the MongoDB one: the erasure is announced whether or not anybody was there
        (announcing twice is harmless; losing an announcement is not)."""
        self.published.append(SurvivorErased(aggregate_id=survivor_id))
        return self.items.pop(survivor_id, None) is not None

    def eligible_ids(self, organisation_id: str) -> list[str]:
        return sorted(
            s.survivor_id
            for s in self.items.values()
            if s.organisation_id == organisation_id and s.has_consent(ConsentPurpose.MATCHING)
        )

    def caseload(
        self,
        organisation_id: str,
        *,
        after: str,
        limit: int,
        accept: Callable[[Survivor, datetime | None], bool],
    ) -> tuple[list[tuple[Survivor, datetime | None]], str]:
        """As the MongoDB one: id order after ``after``, at most ``limit`` kept by ``accept``,
        the next page's token the last id returned unless it was the organisation's last.
        An in-memory store knows no write time: every survivor goes out with ``None``."""
        ids = sorted(
            key
            for key, s in self.items.items()
            if s.organisation_id == organisation_id and key > after
        )
        found: list[tuple[Survivor, datetime | None]] = []
        for key in ids:
            survivor = copy.deepcopy(self.items[key])
            if not accept(survivor, None):
                continue
            found.append((survivor, None))
            if len(found) == limit:
                return found, key if key != ids[-1] else ""
        return found, ""


class FakeOpportunities(_Store[Opportunity], OpportunityRepository):
    def get(self, opportunity_id: str) -> Opportunity | None:
        return self._get(opportunity_id)

    def add(self, opportunity: Opportunity) -> None:
        self._add(opportunity.opportunity_id, opportunity)

    def save(self, opportunity: Opportunity) -> None:
        self._save(opportunity.opportunity_id, opportunity)

    def list_by_organisation(
        self, organisation_id: str, *, page_size: int, page_token: str
    ) -> tuple[list[Opportunity], str]:
        mine = sorted(
            (o for o in self.items.values() if o.organisation_id == organisation_id),
            key=lambda o: o.opportunity_id,
        )
        after = [o for o in mine if o.opportunity_id > page_token]
        page = [copy.deepcopy(o) for o in after[:page_size]]
        token = page[-1].opportunity_id if len(after) > page_size else ""
        return page, token

    def all(self) -> Iterator[Opportunity]:
        for o in list(self.items.values()):
            if o.status is not OpportunityStatus.CLOSED:
                yield copy.deepcopy(o)


class FakeMatches(_Store[Match], MatchRepository):
    def get(self, match_id: str) -> Match | None:
        return self._get(match_id)

    def add(self, match: Match) -> bool:
        try:
            self._add(match.match_id, match)
        except AlreadyExists:
            return False
        return True

    def save(self, match: Match) -> None:
        self._save(match.match_id, match)

    def for_survivor(self, survivor_id: str) -> list[Match]:
        return [copy.deepcopy(m) for m in self.items.values() if m.survivor_id == survivor_id]

    def for_opportunity(self, opportunity_id: str, *, states: Iterable[str]) -> list[Match]:
        wanted = set(states)
        return [
            copy.deepcopy(m)
            for m in self.items.values()
            if m.opportunity_id == opportunity_id and m.state.value in wanted
        ]

    def all(self) -> Iterator[Match]:
        for m in list(self.items.values()):
            yield copy.deepcopy(m)

    def erase_survivor(self, survivor_id: str) -> int:
        doomed = [k for k, m in self.items.items() if m.survivor_id == survivor_id]
        for key in doomed:
            del self.items[key]
        return len(doomed)


class TinyVocabulary:
    """A few concepts with English and Thai words: enough to test the index's plumbing."""

    CONCEPTS: Mapping[str, tuple[str, ...]] = {
        "cooking": ("cook", "cooking", "ทำอาหาร"),
        "coffee": ("coffee", "barista", "กาแฟ"),
        "food_service": ("restaurant", "ร้านอาหาร"),
        "sewing": ("sew", "sewing", "เย็บผ้า"),
        "garment": ("garment", "tailor"),
        "fishing": ("fishing", "boat", "ประมง"),
        "agriculture": ("farm", "vegetables"),
    }
    RELATED: Mapping[str, tuple[str, ...]] = {
        "cooking": ("food_service",),
        "coffee": ("food_service",),
        "sewing": ("garment",),
    }
    NARROWER: Mapping[str, tuple[str, ...]] = {
        "food_service": ("coffee",),
        "garment": ("sewing",),
    }

    @property
    def ids(self) -> Iterable[str]:
        return self.CONCEPTS.keys()

    def concepts_in(self, text: str) -> frozenset[str]:
        folded = text.casefold()
        return frozenset(c for c, words in self.CONCEPTS.items() if any(w in folded for w in words))

    def wished_in(self, text: str) -> frozenset[str]:
        return self.concepts_in(text)  # names no workplaces apart

    def expand(self, concept_ids: Iterable[str]) -> Mapping[str, float]:
        weights = {c: 1.0 for c in concept_ids}
        for concept in list(weights):
            for related in self.RELATED.get(concept, ()):
                weights.setdefault(related, 0.5)
        return weights

    def label(self, concept_id: str, language: str = "en") -> str:
        return concept_id.replace("_", " ")

    def wants_to_learn(self, text: str) -> bool:
        folded = text.casefold()
        return any(words in folded for words in ("want to learn", "อยากเรียน"))

    def workplace_conditions_in(self, text: str) -> frozenset[str]:
        folded = text.casefold()
        said = {"night_shifts": "night shift", "live_in": "live-in"}
        return frozenset(c for c, words in said.items() if words in folded)

    def asked_of_workers(self, concept_ids: Iterable[str], *, sector: str) -> frozenset[str]:
        return frozenset()  # no language concepts here

    @property
    def ways_of_working(self) -> frozenset[str]:
        return frozenset()  # no way of working here

    @property
    def language_concepts(self) -> frozenset[str]:
        return frozenset()  # no language concepts here

    def misspelt_in(self, text: str) -> frozenset[str]:
        return frozenset()  # read exactly here

    def liked_text(self, text: str) -> str:
        return text

    def disliked_text(self, text: str) -> str:
        return ""

    def wishes_in(self, text: str) -> frozenset[str]:
        return frozenset()  # reads no wish: every concept named weighs alike

    def subtrees(self, concept_ids: Iterable[str]) -> frozenset[str]:
        found = set(concept_ids)
        for concept in list(found):
            found.update(self.NARROWER.get(concept, ()))
        return frozenset(found)

    def avoided(self, concept_ids: Iterable[str]) -> frozenset[str]:
        """As the real vocabulary: a narrower concept stands for its sector."""
        named = set(concept_ids)
        named |= {sector for sector, narrower in self.NARROWER.items() if named & set(narrower)}
        return self.subtrees(named)


class FakeModels(OutcomeModelRepository):
    def __init__(self) -> None:
        self.saved: list[OutcomeModel] = []

    def save(self, model: OutcomeModel) -> None:
        self.saved.append(model)

    def latest(self) -> OutcomeModel | None:
        return self.saved[-1] if self.saved else None


class FakeStandings(OrganisationStandings):
    """``OrganisationStandings`` in memory: the suspended organisations' ids."""

    def __init__(self) -> None:
        self.suspended: set[str] = set()

    def is_suspended(self, organisation_id: str) -> bool:
        return organisation_id in self.suspended

    def set_suspended(self, organisation_id: str, suspended: bool) -> None:
        (self.suspended.add if suspended else self.suspended.discard)(organisation_id)
