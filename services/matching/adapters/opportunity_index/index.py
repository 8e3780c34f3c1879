"""``OpportunityIndex``: the facade that writes rows, exports and restores them, and ranks.

Writing (``store``): an upsert tombstones the row of the older version and appends one;
a change of status alone takes the row over in place. Querying: ``eligibility`` admits
rows, ``scoring`` totals them, the top k are explained by ``matching.domain.scoring`` and
checked against ``matching.domain.rules`` once more, and ``pathways`` finds the training
that teaches a job's missing skills.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Hashable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt

from matching.adapters.opportunity_index.columns import KIND_CODE, IndexState, said_about
from matching.adapters.opportunity_index.concepts import ConceptMapper, ConceptSpace
from matching.adapters.opportunity_index.eligibility import (
    admissible_rows,
    allowed_kind_codes,
    avoided_sectors,
    closed_to_minors,
    eligible_rows,
    left_out_counts,
    without_declined,
)
from matching.adapters.opportunity_index.features import opportunity_text
from matching.adapters.opportunity_index.pathways import training_for
from matching.adapters.opportunity_index.places import Places
from matching.adapters.opportunity_index.scoring import RelevantRows, relevant_scores
from matching.adapters.opportunity_index.store import RowStore
from matching.adapters.text_features import FEATURES_VERSION
from matching.domain.left_out import LeftOut
from matching.domain.opportunity import Opportunity
from matching.domain.rules import REQUIRED_STAGE, MatchContext, violations
from matching.domain.scoring import (
    RELEVANCE_FLOOR,
    MatchReport,
    ScoredMatch,
    ScoreWeights,
    concept_fit,
    explain,
)
from matching.domain.survivor import Survivor
from matching.domain.values import OpportunityKind
from matching.domain.variety import holds_extra_copies, offer_key, spread_copies
from matching.domain.words_read import reading_of

__all__ = ["ROW_LAYOUT_VERSION", "IndexedMatch", "OpportunityIndex", "RankedCandidate"]

#: Bump when the meaning of a row changes (a new fact column, another skill hashing...):
#: snapshots of another layout are then ignored and the index is rebuilt.
#: 2: a row's "sectors" are its topics (sectors and concepts mentioned);
#: 3: the concepts a row's text mentions have columns of their own (survivors' dislikes);
#: 4: a job's text naming a language (``asked_of_workers``) gives the row no such concept;
#: 5: the sectors a row's text says it is in are among what it mentions (dislikes).
ROW_LAYOUT_VERSION = 5

#: Totals equal to this many digits are equal: they are computed from float32 components,
#: so two rows with every component the same may differ in the eighth digit (a job at
#: 1.0000000170 came before a course at 1.0 for someone who wants to learn).
TIE_DIGITS = 6
TIE = 10.0**-TIE_DIGITS


@dataclass(frozen=True, slots=True)
class RankedCandidate:
    opportunity_id: str
    total: float


@dataclass(frozen=True, slots=True)
class IndexedMatch:
    opportunity: Opportunity
    scored: ScoredMatch
    text_similarity: float
    concept_similarity: float
    #: For a job the survivor lacks skills for: open training they may take that teaches
    #: some of them, with the skills each closes, best first (when asked for).
    pathways: tuple[tuple[Opportunity, frozenset[str]], ...] = ()


class OpportunityIndex:
    """Thread-safe: queries share a read lock-free snapshot of arrays; writes are serialised."""

    def __init__(
        self,
        *,
        concepts: ConceptMapper,
        weights: ScoreWeights,
        text_features: int = 2**20,
        skill_features: int = 2**18,
        relevance_floor: float = RELEVANCE_FLOOR,
    ) -> None:
        #: Candidates below it are not offered (``matching.domain.scoring.RELEVANCE_FLOOR``);
        #: 0 offers every eligible one.
        self.relevance_floor = relevance_floor
        self._text_features = text_features
        self._skill_width = skill_features
        self._concepts = concepts
        self._space = ConceptSpace(concepts)
        self.weights = weights
        self._lock = threading.RLock()
        self._reset()

    def feature_config(self) -> dict[str, Any]:
        """What the rows' features depend on, besides the vocabulary files themselves.

        A snapshot is only restored into an index with the same configuration; scores
        weights are applied at query time and are deliberately not part of it.
        """
        return {
            "row_layout": ROW_LAYOUT_VERSION,
            "text_analyser": FEATURES_VERSION,
            "text_features": self._text_features,
            "skill_features": self._skill_width,
            "concepts": self._space.fingerprint(),
        }

    def _reset(self, decode: Callable[[bytes], Opportunity] | None = None) -> None:
        self._store = RowStore(
            space=self._space,
            text_features=self._text_features,
            skill_width=self._skill_width,
            decode=decode,
        )
        # Where the rows are, sorted for reach when a query asks (facts of the opportunities
        # alone); replaced with the store, whose rows it numbers.
        self._places = Places()

    # -- writing -----------------------------------------------------------------------

    def __len__(self) -> int:
        return len(self._store.row_of)

    def clear(self) -> None:
        """Forget every opportunity (before a rebuild that replaces a failed restore)."""
        with self._lock:
            self._reset()

    def version_of(self, opportunity_id: str) -> int | None:
        return self._store.version_of(opportunity_id)

    def versions(self) -> dict[str, int]:
        """Every indexed opportunity id with its version (what a catch-up compares)."""
        with self._lock:
            store = self._store
            return {i: store.row_versions[row] for i, row in store.row_of.items()}

    def get(self, opportunity_id: str) -> Opportunity | None:
        return self._store.get(opportunity_id)

    def upsert_many(self, opportunities: Iterable[Opportunity]) -> int:
        """Add or replace opportunities; an older version never replaces a newer one."""
        with self._lock:
            store = self._store
            fresh = store.newer(opportunities)
            if not fresh:
                return 0
            appended = [o for o in fresh if not store.replaced_in_place(o)]
            if not appended:
                return len(fresh)
            store.append(appended)
            if store.dead_rows_pile_up():
                # Rebuild without the rows that updates and removals left behind.
                self.compact()
            return len(fresh)

    def upsert(self, opportunity: Opportunity) -> bool:
        return self.upsert_many([opportunity]) == 1

    def remove(self, opportunity_id: str) -> None:
        with self._lock:
            self._store.forget(opportunity_id)

    def compact(self) -> None:
        """Keep only live rows, each text row weighed with the IDF of the rows present.

        Rows added one by one were weighed with the IDF of their day; after a compaction
        the index answers exactly as a fresh build from the same opportunities would.
        No text is analysed again: the stored counts are enough.
        """
        with self._lock:
            self._load(self.export_state(), decode=self._store.opportunities.decode)

    def export_state(self) -> IndexState:
        """The live rows as arrays (a consistent copy, taken under the write lock)."""
        with self._lock:
            return self._store.export(self.feature_config())

    def restore(self, state: IndexState, *, decode: Callable[[bytes], Opportunity]) -> None:
        """Replace the whole content by ``state`` (from ``export_state``, maybe via a file).

        ``decode`` turns an encoded opportunity back into the domain object, on first read.
        """
        if state.feature_config != self.feature_config():
            raise ValueError("the state was built with another feature configuration")
        with self._lock:
            self._load(state, decode=decode)

    def _load(self, state: IndexState, *, decode: Callable[[bytes], Opportunity] | None) -> None:
        self._reset(decode)
        self._store.load(state)

    # -- querying ----------------------------------------------------------------------

    def avoided(self, survivor: Survivor) -> frozenset[str]:
        """The survivor's sectors to avoid with every narrower concept: what
        ``MatchContext.avoided`` holds when the rules are checked again."""
        return avoided_sectors(survivor, self._concepts)

    def told(self, survivor: Survivor) -> frozenset[str]:
        """What the survivor's words name only as told beside a wish for a trade (work
        done before, what someone else wants for them: ``ConceptSpace.survivor_query``):
        no interest of theirs, to show or to group by."""
        query = self._space.survivor_query(survivor)
        return query.direct - query.wished

    def closed_to_minors(self) -> frozenset[str] | None:
        """The concepts closed to minors in this index's vocabulary: what
        ``MatchContext.closed_to_minors`` holds when the rules are checked again (None:
        the rules' default, ``rules.CLOSED_TO_MINORS``)."""
        return closed_to_minors(self._concepts)

    def left_out(
        self,
        survivor: Survivor,
        *,
        kinds: frozenset[OpportunityKind],
        shown: Iterable[str],
        declined: Mapping[str, int],
    ) -> LeftOut:
        """Of the open opportunities of the kinds the survivor is ready for, those not
        ``shown``, counted by the hard rule that left them out (``count_left_out`` over the
        columns: why a short list is short)."""
        codes = [KIND_CODE[k] for k in kinds if survivor.stage >= REQUIRED_STAGE[k]]
        with self._lock:
            row_of = self._store.row_of
            return left_out_counts(
                survivor,
                codes,
                shown=[row for i in shown if (row := row_of.get(i)) is not None],
                declined=declined,
                size=self._store.size,
                facts=self._store.facts,
                concepts=self._concepts,
                row_of=row_of,
            )

    def _admissible(
        self, survivor: Survivor, codes: Iterable[int], size: int
    ) -> npt.NDArray[np.intp]:
        return admissible_rows(
            survivor,
            codes,
            size=size,
            facts=self._store.facts,
            places=self._places,
            concepts=self._concepts,
        )

    def _relevant_scores(
        self,
        survivor: Survivor,
        rows: npt.NDArray[np.intp],
        size: int,
        report: MatchReport | None,
    ) -> RelevantRows:
        return relevant_scores(
            survivor,
            rows,
            size=size,
            report=report,
            features=self._store.features,
            concepts=self._space,
            facts=self._store.facts,
            weights=self.weights,
            floor=self.relevance_floor,
        )

    def rank(
        self,
        survivor: Survivor,
        *,
        k: int,
        kinds: frozenset[OpportunityKind] = frozenset(OpportunityKind),
        declined: Mapping[str, int] | None = None,
        report: MatchReport | None = None,
    ) -> list[RankedCandidate]:
        """The top ``k`` eligible, relevant opportunities by total score (no explanations:
        fast)."""
        with self._lock:
            size = self._store.size
            rows = eligible_rows(
                survivor,
                kinds=kinds,
                declined=declined or {},
                size=size,
                facts=self._store.facts,
                places=self._places,
                concepts=self._concepts,
                row_of=self._store.row_of,
            )
            if report is not None:
                report.eligible = report.below_floor = 0
            if rows.size == 0:
                return []
            found = self._relevant_scores(survivor, rows, size, report)
            rows, total = found.rows, found.totals
            if rows.size == 0:
                return []
            order = self._top(found, k)
            return [RankedCandidate(self._id(int(rows[i])), float(total[i])) for i in order]

    def _id(self, row: int) -> str:
        return self._store.row_ids[row]

    def _top(self, found: RelevantRows, k: int) -> list[int]:
        """Indices into ``found.rows`` of the best ``k`` by total; of equal totals, the one
        naming more of the survivor's wishes (``Components.named``), then training first
        for a survivor who wants to learn (``RelevantRows.favoured``), then the closer to
        their wishes (``Components.closeness``), then by opportunity id; no more than
        ``MOST_OF_ONE_OFFER`` copies of one offer before the others
        (``matching.domain.variety``). The candidates grow until the list holds no more
        copies than that, or there is nothing else."""
        opportunities = self._store.opportunities
        rows, total, named = found.rows, found.totals, found.named
        favoured, closeness = found.favoured, found.closeness

        def offer(i: int) -> Hashable:
            opportunity = opportunities[int(rows[i])]
            assert opportunity is not None
            return offer_key(
                opportunity.organisation_id, opportunity.details.kind, opportunity.details.title
            )

        limit = 4 * k
        while True:
            if rows.size > limit:
                # The ``limit`` best, and every row tied with the last of them: which of
                # equal totals come first is the order's to say, not the partition's.
                least = -np.partition(-total, limit - 1)[limit - 1]
                keep = np.flatnonzero(total >= least - TIE)
            else:
                keep = np.arange(rows.size)
            ordered = sorted(
                keep.tolist(),
                key=lambda i: (
                    -round(float(total[i]), TIE_DIGITS),
                    -int(named[i]),
                    not favoured[i],
                    -round(float(closeness[i]), 6),
                    self._id(int(rows[i])),
                ),
            )
            top = spread_copies(ordered, offer)[:k]
            if rows.size <= limit or not holds_extra_copies(top, offer):
                return top
            limit *= 4

    def matches(
        self,
        survivor: Survivor,
        *,
        k: int,
        kinds: frozenset[OpportunityKind] = frozenset(OpportunityKind),
        declined: Mapping[str, int] | None = None,
        language: str = "en",
        pathways: int = 0,
        report: MatchReport | None = None,
    ) -> list[IndexedMatch]:
        """The top ``k`` eligible, relevant opportunities, each explained and checked once
        more. ``report``, if given, learns how many were eligible and how many of those the
        relevance floor left out (so that an empty list can say "no good match yet").

        With ``pathways`` > 0, each job the survivor lacks skills for also carries up to
        that many open training opportunities that teach them (``training_teaching``),
        found in the same pass: one look at the index's rules for the whole answer.
        """
        declined = declined or {}
        if report is not None:
            report.eligible = report.below_floor = 0
        with self._lock:
            size = self._store.size
            codes = allowed_kind_codes(survivor, kinds)
            if codes is None:
                return []
            training = KIND_CODE[OpportunityKind.TRAINING]
            # The hard rules, once: for the matches, and (kind aside) for their pathways.
            may_train = pathways > 0 and survivor.stage >= REQUIRED_STAGE[OpportunityKind.TRAINING]
            admissible = self._admissible(
                survivor, sorted({*codes, training}) if may_train else codes, size
            )
            kind = self._store.facts.columns["kind"].values[admissible]
            rows = admissible
            if may_train and training not in codes:  # training only for the pathways
                rows = admissible[kind != training]
            rows = without_declined(
                rows, declined, size=size, facts=self._store.facts, row_of=self._store.row_of
            )
            if rows.size == 0:
                return []
            teachable = admissible[kind == training] if may_train else None
            found = self._relevant_scores(survivor, rows, size, report)
            rows, text, concept = found.rows, found.text, found.concept
            if rows.size == 0:
                return []
            # Jobs often lack the same skills: each set is looked up once per call.
            teaching: dict[frozenset[str], tuple[tuple[Opportunity, frozenset[str]], ...]] = {}
            results: list[IndexedMatch] = []
            avoided = self.avoided(survivor)
            closed = self.closed_to_minors()
            for i in self._top(found, k):
                opportunity = self._store.opportunities[rows[i]]
                assert opportunity is not None
                context = MatchContext(
                    declined_at_offer=declined.get(opportunity.opportunity_id),
                    avoided=avoided,
                    closed_to_minors=closed,
                )
                if violations(survivor, opportunity, context):
                    # The masks and the rules disagree: never show it. Tests keep this empty.
                    continue
                scored = explain(
                    survivor=survivor,
                    opportunity=opportunity,
                    text_similarity=float(text[i]),
                    concept_similarity=float(concept[i]),
                    shared_concepts=found.direct & self._store.direct_concepts[rows[i]],
                    label=lambda c: self._concepts.label(c, language),
                    weights=self.weights,
                    wants_to_learn=found.wants_to_learn,
                    disliked_topics=found.disliked & said_about(opportunity),
                )
                suggested: tuple[tuple[Opportunity, frozenset[str]], ...] = ()
                missing = scored.missing_skills
                if teachable is not None and opportunity.details.kind is OpportunityKind.JOB:
                    if missing and missing not in teaching:
                        teaching[missing] = tuple(
                            self._teaching(missing, teachable, size, pathways)
                        )
                    suggested = teaching.get(missing, ())
                results.append(
                    IndexedMatch(
                        opportunity=opportunity,
                        scored=scored,
                        text_similarity=float(text[i]),
                        concept_similarity=float(concept[i]),
                        pathways=suggested,
                    )
                )
            return results

    def explain_pair(
        self, survivor: Survivor, opportunity: Opportunity, *, language: str = "en"
    ) -> ScoredMatch:
        """Score and explain one pair, indexed or not (for proposals made by hand)."""
        with self._lock:
            text_features = self._store.features.text
            words = reading_of(survivor, self._concepts)
            survivor_words = text_features.weigh(text_features.counts([words.liked]))
            opportunity_words = text_features.weigh(
                text_features.counts([opportunity_text(opportunity)])
            )
            text = float((survivor_words @ opportunity_words.T).toarray()[0, 0])
            survivor_concepts, query = self._space.survivor_vector(survivor, words=words)
            opportunity_concepts, opportunity_direct = self._space.opportunity_rows([opportunity])
            disliked = self._space.disliked_topics(query)
            shared = query.direct & opportunity_direct[0]
            concept = concept_fit(
                float((survivor_concepts @ opportunity_concepts.T).toarray()[0, 0]),
                named=self._space.wishes_named(query.wished, opportunity_direct[0]),
                wished=len(query.wished),
            )
            return explain(
                survivor=survivor,
                opportunity=opportunity,
                text_similarity=text,
                concept_similarity=concept,
                shared_concepts=shared,
                label=lambda c: self._concepts.label(c, language),
                weights=self.weights,
                wants_to_learn=words.wants_to_learn,
                disliked_topics=disliked
                & (self._space.mentioned_in(opportunity) | opportunity.detected_sectors),
            )

    def training_teaching(
        self, skills: Iterable[str], *, survivor: Survivor, limit: int = 3
    ) -> list[tuple[Opportunity, frozenset[str]]]:
        """Open training the survivor may take that teaches some of ``skills``, best first."""
        wanted = frozenset(s.strip().casefold() for s in skills if s.strip())
        if not wanted:
            return []
        with self._lock:
            size = self._store.size
            codes = allowed_kind_codes(survivor, {OpportunityKind.TRAINING})
            if codes is None:
                return []
            return self._teaching(wanted, self._admissible(survivor, codes, size), size, limit)

    def _teaching(
        self, skills: frozenset[str], teachable: npt.NDArray[np.intp], size: int, limit: int
    ) -> list[tuple[Opportunity, frozenset[str]]]:
        return training_for(
            skills,
            teachable,
            size=size,
            limit=limit,
            features=self._store.features,
            opportunities=self._store.opportunities,
        )

    def nnz(self) -> dict[str, int]:
        return self._store.features.nnz()
