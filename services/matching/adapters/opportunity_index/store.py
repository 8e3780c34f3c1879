"""The rows of the opportunity index and everything aligned with them.

Rows are append-only: a new version of an opportunity tombstones its row and appends
another, except a change of status alone, which takes the row over in place. ``export``
and ``load`` turn the live rows into an ``IndexState`` and back (a snapshot, a compaction).
Not thread-safe on its own: ``OpportunityIndex`` serialises every write under its lock.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Iterable
from typing import Any

import numpy as np
import numpy.typing as npt
import scipy.sparse as sp

from matching.adapters.opportunity_index.columns import FactColumns, IndexState, Rows
from matching.adapters.opportunity_index.concepts import ConceptSpace
from matching.adapters.opportunity_index.features import FeatureRows, opportunity_text
from matching.domain.opportunity import Opportunity, with_conditions_said

__all__ = ["RowStore"]


class RowStore:
    """Per row: the opportunity, its id and version, its sparse features, its facts."""

    def __init__(
        self,
        *,
        space: ConceptSpace,
        text_features: int,
        skill_width: int,
        decode: Callable[[bytes], Opportunity] | None = None,
    ) -> None:
        self._space = space
        self.features = FeatureRows.empty(
            text_features=text_features, concept_width=space.width, skill_width=skill_width
        )
        self.row_of: dict[str, int] = {}
        self.opportunities = Rows(decode)
        self.row_ids: list[str] = []
        self.row_versions: list[int] = []
        self.direct_concepts: list[frozenset[str]] = []
        # Per row: the feature columns and sublinear counts of its text, before IDF.
        self._text_counts: list[tuple[npt.NDArray[np.int32], npt.NDArray[np.float32]] | None] = []
        self.facts = FactColumns()

    @property
    def size(self) -> int:
        """Rows held, dead ones included (queries look at rows below this)."""
        return len(self.opportunities)

    def version_of(self, opportunity_id: str) -> int | None:
        row = self.row_of.get(opportunity_id)
        return self.row_versions[row] if row is not None else None

    def get(self, opportunity_id: str) -> Opportunity | None:
        row = self.row_of.get(opportunity_id)
        return self.opportunities[row] if row is not None else None

    def newer(self, opportunities: Iterable[Opportunity]) -> list[Opportunity]:
        """Copies of those of ``opportunities`` newer than the version held, if any."""
        # Shallow copies: details are immutable, and a caller changing its own object
        # afterwards must not change what the index holds.
        return [
            copy.copy(o)
            for o in opportunities
            if (known := self.version_of(o.opportunity_id)) is None or o.version > known
        ]

    def replaced_in_place(self, opportunity: Opportunity) -> bool:
        """A newer version that differs from the row held only in status, placements or
        version (a pause, a reopening, a hire) takes the row over in place: its text,
        concepts, skills and places stand, so nothing is analysed again (a pause cost a
        full rebuild of the row's features, most of a status change's CPU). False when
        anything the row's features come from changed."""
        row = self.row_of.get(opportunity.opportunity_id)
        held = self.opportunities[row] if row is not None else None
        if (
            row is None
            or held is None
            or held.details != opportunity.details
            or held.detected_sectors != opportunity.detected_sectors
            or held.material_revision != opportunity.material_revision
            or held.offer_revision != opportunity.offer_revision
            or (opportunity.concepts is not None and opportunity.concepts != held.concepts)
        ):
            return False
        opportunity.concepts = held.concepts
        self.opportunities.replace(row, opportunity)
        self.row_versions[row] = opportunity.version
        self.facts.columns["open"].set(row, opportunity.is_open)
        return True

    def append(self, fresh: list[Opportunity]) -> None:
        """Tombstone the rows of ``fresh`` held and append a new row for each."""
        for opportunity in fresh:
            self.forget(opportunity.opportunity_id)
            # Mapped here once if not mapped yet, so that the scores, the sectors to avoid
            # and the dislikes see the same concepts; then so are the workplace conditions
            # its text says (stored when written by this vocabulary, read again otherwise).
            if opportunity.concepts is None:
                opportunity.details = with_conditions_said(
                    opportunity.details,
                    self._space.mapper.workplace_conditions_in(opportunity_text(opportunity)),
                )
            opportunity.concepts = self._space.mentioned_in(opportunity)
        features = self.features
        counts = features.text.counts(opportunity_text(o) for o in fresh)
        features.text.add_documents(counts)
        features.text_rows.extend(features.text.weigh(counts))
        concept_rows, direct = self._space.opportunity_rows(fresh)
        features.concept_rows.extend(concept_rows)
        features.named_rows.extend(self._space.named_rows(direct))
        features.add_skills(fresh)
        for i, opportunity in enumerate(fresh):
            row = len(self.opportunities)
            self.opportunities.append(opportunity)
            self.row_ids.append(opportunity.opportunity_id)
            self.row_versions.append(opportunity.version)
            self.direct_concepts.append(direct[i])
            start, end = counts.indptr[i], counts.indptr[i + 1]
            self._text_counts.append(
                (counts.indices[start:end].copy(), counts.data[start:end].copy())
            )
            self.row_of[opportunity.opportunity_id] = row
            self.facts.record(row, opportunity)

    def dead_rows_pile_up(self) -> bool:
        """Whether updates and removals left so many dead rows that a compaction pays."""
        return len(self.opportunities) > 2 * len(self.row_of) + 1_000

    def forget(self, opportunity_id: str) -> None:
        """Tombstone the row of ``opportunity_id``, if held."""
        row = self.row_of.pop(opportunity_id, None)
        if row is None:
            return
        self.opportunities.clear(row)
        counted = self._text_counts[row]
        if counted is not None:
            self.features.text.remove_features(counted[0])
            self._text_counts[row] = None
        self.facts.columns["alive"].set(row, False)
        self.facts.columns["open"].set(row, False)

    def export(self, feature_config: dict[str, Any]) -> IndexState:
        """The live rows as arrays (copies), in row order."""
        rows = np.asarray(sorted(self.row_of.values()), dtype=np.intp)
        size = len(self.opportunities)
        texts = [self._text_counts[row] for row in rows.tolist()]
        lengths = [len(t[0]) if t is not None else 0 for t in texts]
        indptr = np.zeros(len(rows) + 1, dtype=np.int64)
        indptr[1:] = np.cumsum(lengths)
        empty_i, empty_f = np.empty(0, np.int32), np.empty(0, np.float32)
        text_counts = sp.csr_matrix(
            (
                np.concatenate([empty_f, *(t[1] for t in texts if t is not None)]),
                np.concatenate([empty_i, *(t[0] for t in texts if t is not None)]),
                indptr,
            ),
            shape=(len(rows), self.features.text.n_features),
            dtype=np.float32,
        )
        opportunities: list[Opportunity | bytes] = []
        for row in rows.tolist():
            item = self.opportunities.raw(row)
            assert item is not None
            opportunities.append(item)
        facts = self.facts
        return IndexState(
            ids=[self.row_ids[row] for row in rows.tolist()],
            versions=np.asarray([self.row_versions[r] for r in rows.tolist()], np.int64),
            opportunities=opportunities,
            text_counts=text_counts,
            concept_rows=self.features.concept_rows.select(rows),
            direct_concepts=[self.direct_concepts[row] for row in rows.tolist()],
            required_rows=self.features.required_rows.select(rows),
            taught_rows=self.features.taught_rows.select(rows),
            columns={name: c.padded(size)[rows].copy() for name, c in facts.columns.items()},
            languages={k: c.padded(size)[rows].copy() for k, c in facts.languages.items()},
            sectors={k: c.padded(size)[rows].copy() for k, c in facts.sectors.items()},
            mentions={k: c.padded(size)[rows].copy() for k, c in facts.mentions.items()},
            countries=sorted(facts.countries, key=facts.countries.__getitem__),
            currencies=sorted(facts.currencies, key=facts.currencies.__getitem__),
            feature_config=feature_config,
        )

    def load(self, state: IndexState) -> None:
        """Take ``state``'s rows as rows 0..n-1 (into an empty store), each text row
        weighed with the IDF of the rows present, as a fresh build would."""
        n = len(state.ids)
        features = self.features
        counts = state.text_counts
        features.text.document_frequency = np.bincount(
            counts.indices, minlength=features.text.n_features
        ).astype(np.int32)
        features.text.documents = n
        features.text_rows.extend(features.text.weigh(counts))
        features.concept_rows.extend(state.concept_rows)
        # Not in a snapshot: made again from the direct concepts, which are.
        features.named_rows.extend(self._space.named_rows(state.direct_concepts))
        features.required_rows.extend(state.required_rows)
        features.taught_rows.extend(state.taught_rows)
        indptr, indices, data = counts.indptr, counts.indices, counts.data
        for row in range(n):
            start, end = indptr[row], indptr[row + 1]
            self._text_counts.append((indices[start:end], data[start:end]))
            self.opportunities.append(state.opportunities[row])
        self.row_ids = list(state.ids)
        self.row_versions = [int(v) for v in state.versions]
        self.row_of = {opportunity_id: row for row, opportunity_id in enumerate(state.ids)}
        self.direct_concepts = list(state.direct_concepts)
        self.facts.load(state)
