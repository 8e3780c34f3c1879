"""The multilingual vocabulary as a vector space: one column per concept.

An opportunity's row holds the concepts its text mentions, its sector and its skills (when
they are concepts), expanded to related concepts by the vocabulary and normalised; a
survivor's query is built the same way from their words, interests and skills wanted. Their
product is the concept fit, which lets a survivor writing Thai meet an English job
description.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping
from typing import NamedTuple, Protocol

import numpy as np
import numpy.typing as npt
import scipy.sparse as sp

from matching.adapters.opportunity_index.features import opportunity_text
from matching.domain.opportunity import Opportunity
from matching.domain.scoring import TOLD_WEIGHT
from matching.domain.survivor import Survivor
from matching.domain.values import OpportunityKind
from matching.domain.words_read import WordsRead, reading_of

__all__ = ["ConceptMapper", "ConceptSpace", "SurvivorQuery"]


class SurvivorQuery(NamedTuple):
    """A survivor in concept space: sorted columns and their weights, every concept their
    words and interests name (``direct``), and those of them they say they want
    (``wished``: all of ``direct`` when their words say no wish)."""

    columns: npt.NDArray[np.int32]
    values: npt.NDArray[np.float32]
    direct: frozenset[str]
    wished: frozenset[str]
    #: The concepts their words name in what they say they do not want.
    refused: frozenset[str] = frozenset()


class ConceptMapper(Protocol):
    """What the index needs of the multilingual vocabulary."""

    def concepts_in(self, text: str) -> frozenset[str]: ...

    def wished_in(self, text: str) -> frozenset[str]: ...

    def expand(self, concept_ids: Iterable[str]) -> Mapping[str, float]: ...

    def label(self, concept_id: str, language: str = "en") -> str: ...

    def subtrees(self, concept_ids: Iterable[str]) -> frozenset[str]: ...

    def avoided(self, concept_ids: Iterable[str]) -> frozenset[str]: ...

    def wants_to_learn(self, text: str) -> bool: ...

    def workplace_conditions_in(self, text: str) -> frozenset[str]: ...

    def asked_of_workers(self, concept_ids: Iterable[str], *, sector: str) -> frozenset[str]: ...

    @property
    def ways_of_working(self) -> frozenset[str]: ...

    @property
    def language_concepts(self) -> frozenset[str]: ...

    def misspelt_in(self, text: str) -> frozenset[str]: ...

    def liked_text(self, text: str) -> str: ...

    def wishes_in(self, text: str) -> frozenset[str]: ...

    def disliked_text(self, text: str) -> str: ...

    @property
    def ids(self) -> Iterable[str]: ...


class ConceptSpace:
    """The vocabulary's concepts as columns (sorted by id), and rows and queries in them."""

    def __init__(self, mapper: ConceptMapper) -> None:
        self.mapper = mapper
        self.ids = sorted(mapper.ids)
        self.column = {cid: i for i, cid in enumerate(self.ids)}
        self.known = frozenset(self.column)

    @property
    def width(self) -> int:
        return max(1, len(self.column))

    def fingerprint(self) -> str:
        """A short digest of the concept ids: rows of another vocabulary have other columns."""
        return hashlib.sha256("\n".join(self.ids).encode()).hexdigest()[:16]

    def mentioned_in(self, opportunity: Opportunity) -> frozenset[str]:
        """The concepts ``opportunity``'s text mentions: as stored when it was written, or
        (mapped with another vocabulary, or never) mapped now."""
        if opportunity.concepts is not None:
            return opportunity.concepts
        return self.mapper.concepts_in(opportunity_text(opportunity))

    def opportunity_rows(
        self, opportunities: list[Opportunity]
    ) -> tuple[sp.csr_matrix, list[frozenset[str]]]:
        """One normalised row per opportunity, with the concepts each names directly."""
        rows, cols, data, direct_sets = [], [], [], []
        for i, opportunity in enumerate(opportunities):
            details = opportunity.details
            mentioned = self.mentioned_in(opportunity) & self.known
            if details.kind is OpportunityKind.JOB:
                # "English/Cantonese" in a bar's text asks for a language; it is no topic.
                mentioned -= self.mapper.asked_of_workers(mentioned, sector=details.sector)
            direct = mentioned | {
                c
                for c in (details.sector, *details.skills_required, *details.skills_taught)
                if c in self.column
            }
            direct_sets.append(frozenset(direct))
            weights = self.mapper.expand(direct)
            norm = float(np.sqrt(sum(w * w for w in weights.values()))) or 1.0
            for concept, weight in weights.items():
                column = self.column.get(concept)
                if column is not None:
                    rows.append(i)
                    cols.append(column)
                    data.append(weight / norm)
        matrix = sp.csr_matrix(
            (np.asarray(data, dtype=np.float32), (rows, cols)),
            shape=(len(opportunities), self.width),
        )
        return matrix, direct_sets

    def named_rows(self, direct_sets: list[frozenset[str]]) -> sp.csr_matrix:
        """One binary row per set of concepts an opportunity names itself (from
        ``opportunity_rows``): its product with a survivor's wishes counts those it names."""
        column = self.column
        rows = [i for i, direct in enumerate(direct_sets) for c in direct if c in column]
        columns = [column[c] for direct in direct_sets for c in direct if c in column]
        return sp.csr_matrix(
            (np.ones(len(columns), dtype=np.float32), (rows, columns)),
            shape=(len(direct_sets), self.width),
        )

    def columns_of(self, concept_ids: Iterable[str]) -> npt.NDArray[np.int32]:
        """The sorted columns of ``concept_ids`` (those the vocabulary knows)."""
        return np.asarray(sorted(self.column[c] for c in concept_ids if c in self.column), np.int32)

    def wish_columns(self, wished: Iterable[str]) -> list[npt.NDArray[np.int32]]:
        """For each of ``wished``, the sorted columns of its subtree: an opportunity naming
        any of them names that wish (a baking course names a wish to cook)."""
        return [self.columns_of(self.mapper.subtrees([concept])) for concept in sorted(wished)]

    def wishes_named(self, wished: Iterable[str], direct: frozenset[str]) -> int:
        """How many of ``wished`` an opportunity naming ``direct`` names: itself or
        something within it (``wish_columns``, for one opportunity)."""
        return sum(1 for concept in wished if direct & self.mapper.subtrees([concept]))

    def survivor_query(
        self, survivor: Survivor, *, words: WordsRead | None = None
    ) -> SurvivorQuery:
        """The survivor in concept space. ``words``: ``reading_of`` the survivor, when the
        caller has them already.

        Their interests and skills wanted, and what their words say they want, weigh in
        full. When their words say a wish for a trade (``wishes_in``), what they name
        outside every wish and away from its field (work done before, where they learnt
        it: ``_told``) weighs ``TOLD_WEIGHT`` of that, and so does what it brings with it;
        so does a way of working (``ways_of_working``: running one's own business) named
        beside anything else they want."""
        profile = survivor.profile
        if words is None:
            words = reading_of(survivor, self.mapper)
        tagged = {c for c in (*profile.interest_tags, *profile.skills_wanted) if c in self.column}
        said_wished = words.wishes
        direct = frozenset(words.named | said_wished | tagged)
        if not direct:  # a short entry that names nothing may misspell something
            direct = words.misspelt
        refused = words.refused
        told = (
            self._told(direct, wishes=said_wished | tagged, refused=refused)
            if said_wished
            else frozenset()
        )
        # Running one's own business, or selling, beside a trade of another field says how,
        # not what: "learn phone repair to open a small shop" wants phone repair first, and
        # "paint landscapes to sell" painting; beside its own field (selling, bookkeeping) it
        # is what they want (an officer's tag always is). A language is no trade: it is
        # learnt for the work it opens, so "learn Chinese to sell to Chinese customers"
        # wants selling too.
        ways = self.mapper.ways_of_working & direct
        # "selling, no casino" wants selling
        others = direct - told - ways - refused - self.mapper.language_concepts
        if ways and others and not others & set(self.mapper.expand(ways)):
            told |= ways - tagged
        wished = direct - told
        weights = dict(self.mapper.expand(wished))
        if told:
            for concept, weight in self.mapper.expand(told).items():
                weights[concept] = max(weights.get(concept, 0.0), TOLD_WEIGHT * weight)
        columns, data = [], []
        norm = float(np.sqrt(sum(w * w for w in weights.values()))) or 1.0
        for concept, weight in weights.items():
            column = self.column.get(concept)
            if column is not None:
                columns.append(column)
                data.append(weight / norm)
        order = np.argsort(np.asarray(columns, dtype=np.int32), kind="stable")
        return SurvivorQuery(
            columns=np.asarray(columns, dtype=np.int32)[order],
            values=np.asarray(data, dtype=np.float32)[order],
            direct=direct,
            wished=wished,
            refused=refused,
        )

    def _told(
        self, direct: frozenset[str], *, wishes: frozenset[str], refused: frozenset[str]
    ) -> frozenset[str]:
        """What of ``direct`` is only told beside the ``wishes``: neither within a wish nor
        above one. What is told of the wish's own field says more of it ("I can massage, I
        want to work in a spa"; "I raised pigs and chickens, I want to farm"), unless the
        survivor also refuses it (``refused``: "I still want beauty work, but hair and
        make-up now, no more massage"). A concept merely related to a wish is told: "the
        electronics factory pays more, but I prefer a phone repair shop" wants the shop
        only."""
        within = self.mapper.subtrees(wishes)
        return frozenset(
            concept
            for concept in direct - wishes
            if concept in refused
            or (concept not in within and not self.mapper.subtrees([concept]) & wishes)
        )

    def disliked_topics(self, query: SurvivorQuery) -> frozenset[str]:
        """The concepts the survivor says they do not want (``query.refused``), each with
        every narrower one ("factory work" reaches a garment factory), less their wishes
        (``query.wished``: what they also say they want is no dislike; what they only told
        of, "I was at a massage spa … no more massage", is). Nor is a field that holds one of
        their wishes: "in construction, no climbing up high; bricklaying on the ground is
        fine" refuses a part of construction the concepts cannot tell apart, not the field of
        their wish. Matched against the concepts
        an opportunity's text mentions (``FactColumns.mentions``), not its sectors: a tailor
        shop is in garment manufacturing, yet no factory.
        """
        named = frozenset(
            concept
            for concept in query.refused - query.wished
            if not self.mapper.subtrees([concept]) & query.wished
        )
        return self.mapper.subtrees(named) - query.wished if named else frozenset()

    def survivor_vector(
        self, survivor: Survivor, *, words: WordsRead | None = None
    ) -> tuple[sp.csr_matrix, SurvivorQuery]:
        """``survivor_query`` as a 1 × width row, with the query."""
        query = self.survivor_query(survivor, words=words)
        vector = sp.csr_matrix(
            (query.values, (np.zeros(len(query.columns), dtype=np.int32), query.columns)),
            shape=(1, self.width),
        )
        return vector, query
