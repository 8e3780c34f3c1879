"""The in-memory index of open opportunities: hard rules as masks, scores as sparse products.

Every GetMatches query is answered from here, never by scanning MongoDB. Per opportunity
the index keeps one row: hashed text features, concept weights, required and taught skills
(sparse, see ``SparseColumns``) and the facts the hard rules need (dense numpy columns).
A query turns the survivor into the same spaces, masks out every opportunity a hard rule
forbids, scores the rest with the formulas of ``matching.domain.scoring`` vectorised, and
explains the top k with the reference code, checking each against ``matching.domain.rules``
once more.

The index is rebuilt from MongoDB at start (or restored from a snapshot of its own
arrays, see ``matching.adapters.index_snapshot``) and kept current from opportunity events.
"""

from __future__ import annotations

import copy
import hashlib
import threading
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, Protocol

import numpy as np
import numpy.typing as npt
import scipy.sparse as sp
from sklearn.utils import murmurhash3_32

from matching.adapters.sparse_columns import SparseColumns
from matching.adapters.text_features import FEATURES_VERSION, TextFeaturizer
from matching.domain.opportunity import Opportunity
from matching.domain.rules import REQUIRED_STAGE, MatchContext, violations
from matching.domain.scoring import (
    LEARNING_PREFERENCE,
    NEUTRAL,
    RELEVANCE_FLOOR,
    MatchReport,
    ScoredMatch,
    ScoreWeights,
    explain,
    wanted_skills,
)
from matching.domain.survivor import Survivor
from matching.domain.values import (
    MINOR_JOB_MINIMUM_AGE,
    Accommodation,
    ConsentPurpose,
    OpportunityKind,
    SurvivorCondition,
)

__all__ = [
    "ConceptMapper",
    "IndexState",
    "IndexedMatch",
    "MatchReport",
    "OpportunityIndex",
    "RankedCandidate",
]

#: Bump when the meaning of a row changes (a new fact column, another skill hashing...):
#: snapshots of another layout are then ignored and the index is rebuilt.
ROW_LAYOUT_VERSION = 2  # 2: a row's "sectors" are its topics (sectors and concepts mentioned)

_EARTH_RADIUS_KM = 6371.0088
_ACCOMMODATION_BIT = {a: 1 << i for i, a in enumerate(Accommodation)}
_KIND_CODE = {OpportunityKind.JOB: 0, OpportunityKind.TRAINING: 1}


class ConceptMapper(Protocol):
    """What the index needs of the multilingual vocabulary."""

    def concepts_in(self, text: str) -> frozenset[str]: ...

    def expand(self, concept_ids: Iterable[str]) -> Mapping[str, float]: ...

    def label(self, concept_id: str, language: str = "en") -> str: ...

    def subtrees(self, concept_ids: Iterable[str]) -> frozenset[str]: ...

    def avoided(self, concept_ids: Iterable[str]) -> frozenset[str]: ...

    def wants_to_learn(self, text: str) -> bool: ...

    @property
    def ids(self) -> Iterable[str]: ...


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


def _skill_columns(skills: Iterable[str], width: int) -> list[int]:
    """Skills hashed into ``width`` columns: no vocabulary to keep, new skills just work."""
    return sorted(
        {
            int(murmurhash3_32(s.strip().casefold(), positive=True)) % width
            for s in skills
            if s.strip()
        }
    )


def _skill_rows(rows: list[Iterable[str]], width: int) -> sp.csr_matrix:
    """One binary row per skill set, built in a single sparse constructor."""
    columns = [_skill_columns(skills, width) for skills in rows]
    indptr = np.zeros(len(columns) + 1, dtype=np.int64)
    indptr[1:] = np.cumsum([len(c) for c in columns])
    indices = np.fromiter(
        (c for row in columns for c in row), dtype=np.int32, count=int(indptr[-1])
    )
    data = np.ones(len(indices), dtype=np.float32)
    return sp.csr_matrix((data, indices, indptr), shape=(len(columns), width))


def _skill_query(
    skills: Iterable[str], width: int
) -> tuple[npt.NDArray[np.int32], npt.NDArray[np.float32]]:
    columns = np.asarray(_skill_columns(skills, width), dtype=np.int32)
    return columns, np.ones(len(columns), dtype=np.float32)


def _opportunity_text(opportunity: Opportunity) -> str:
    details = opportunity.details
    return f"{details.title}\n{details.description}"


def _survivor_text(survivor: Survivor) -> str:
    return f"{survivor.profile.interests}\n{survivor.profile.aspirations}"


@dataclass(frozen=True, slots=True)
class _Components:
    """The score components of some rows for one survivor (arrays aligned with the rows)."""

    text: npt.NDArray[np.float32]
    concept: npt.NDArray[np.float32]
    #: The larger of text and concept fit, each clipped to [0, 1].
    relevance: npt.NDArray[np.float32]
    #: Whether the survivor's words or interests map to at least one concept (the
    #: relevance floor applies only then).
    said_something: bool
    #: Whether the survivor's words say they want to learn (favours training).
    wants_to_learn: bool
    is_training: npt.NDArray[np.bool_]
    skill: npt.NDArray[np.float64]
    skill_judged: npt.NDArray[np.bool_]
    income: npt.NDArray[np.float64]
    income_judged: npt.NDArray[np.bool_]
    distance: npt.NDArray[np.float64]
    accommodations: npt.NDArray[np.float64]
    direct: frozenset[str]


class _Column:
    """A dense per-row column that grows with the index."""

    def __init__(self, dtype: npt.DTypeLike, fill: object = 0) -> None:
        self.values: npt.NDArray[Any] = np.full(1024, fill, dtype=dtype)
        self._fill = fill

    def load(self, values: npt.NDArray[Any]) -> None:
        """Take ``values`` as rows 0..n-1 (a restored snapshot); the rest keeps the fill."""
        grown = np.full(max(1024, len(values)), self._fill, dtype=self.values.dtype)
        grown[: len(values)] = values
        self.values = grown

    def set(self, row: int, value: object) -> None:
        if row >= len(self.values):
            grown = np.full(max(row + 1, 2 * len(self.values)), self._fill, dtype=self.values.dtype)
            grown[: len(self.values)] = self.values
            self.values = grown
        self.values[row] = value


@dataclass(frozen=True, slots=True)
class IndexState:
    """The live rows of an index as plain arrays: what a snapshot stores and restores.

    Row ``i`` of every field is the opportunity ``ids[i]``. ``opportunities`` holds the
    domain objects, or their encoded form for rows restored from a snapshot and not read
    since (decoding 100,000 documents is the slow part of a restore, so it is deferred).
    ``text_counts`` are the sublinear term counts before IDF: the weighted rows are derived
    from them with the IDF of the rows present, exactly as a fresh build does.
    """

    ids: list[str]
    versions: npt.NDArray[np.int64]
    opportunities: list[Opportunity | bytes]
    text_counts: sp.csr_matrix
    concept_rows: sp.csr_matrix
    direct_concepts: list[frozenset[str]]
    required_rows: sp.csr_matrix
    taught_rows: sp.csr_matrix
    columns: dict[str, npt.NDArray[Any]]
    languages: dict[str, npt.NDArray[Any]]
    sectors: dict[str, npt.NDArray[Any]]
    countries: list[str]
    currencies: list[str]
    feature_config: dict[str, Any] = field(default_factory=dict)


class _Rows:
    """Opportunities by row; rows restored from a snapshot stay encoded until first read."""

    def __init__(self, decode: Callable[[bytes], Opportunity] | None = None) -> None:
        self._items: list[Opportunity | bytes | None] = []
        self._decode = decode

    def __len__(self) -> int:
        return len(self._items)

    def append(self, item: Opportunity | bytes) -> None:
        self._items.append(item)

    def __getitem__(self, row: int | np.integer[Any]) -> Opportunity | None:
        item = self._items[row]
        if isinstance(item, bytes):
            assert self._decode is not None, "encoded rows need a decoder"
            item = self._decode(item)
            self._items[row] = item
        return item

    def raw(self, row: int) -> Opportunity | bytes | None:
        """The row as stored: encoded rows are handed on without decoding them."""
        return self._items[row]

    def clear(self, row: int) -> None:
        self._items[row] = None

    def replace(self, row: int, item: Opportunity) -> None:
        self._items[row] = item


#: Rows added since the last sort that ``_Places`` looks at one by one before sorting again
#: (at least; or an eighth of the sorted rows).
_RESORT_AFTER = 4_096


class _Places:
    """Where the opportunities are, sorted for finding those within a survivor's reach.

    Rows ``0 .. sorted_rows - 1``: the remote ones, and the others by country, each
    country's by latitude, so a latitude band is two binary searches. Only facts a row
    never changes are kept (an update adds a new row and the old one stops being alive),
    so a write leaves this valid; rows added since the sort are looked at one by one
    until there are enough of them to sort again. Nothing of a survivor is kept here.
    """

    def __init__(self) -> None:
        self.sorted_rows = 0
        self._remote: npt.NDArray[np.intp] = np.empty(0, dtype=np.intp)
        self._by_country: dict[int, tuple[npt.NDArray[np.intp], npt.NDArray[np.float64]]] = {}

    def sort(
        self,
        *,
        remote: npt.NDArray[np.bool_],
        country: npt.NDArray[np.int32],
        latitude: npt.NDArray[np.float64],
    ) -> None:
        self._remote = np.flatnonzero(remote)
        local = np.flatnonzero(~remote & (country >= 0))
        order = np.lexsort((latitude[local], country[local]))
        local = local[order]
        countries = country[local]
        starts: list[int] = (
            np.flatnonzero(np.r_[True, countries[1:] != countries[:-1]]).tolist()
            if local.size
            else []
        )
        ends = [*starts[1:], local.size] if starts else []
        self._by_country = {
            int(countries[a]): (local[a:b], latitude[local[a:b]].copy())
            for a, b in zip(starts, ends, strict=True)
        }
        self.sorted_rows = len(remote)

    def _since_sort(self, size: int) -> npt.NDArray[np.intp]:
        return np.arange(self.sorted_rows, size, dtype=np.intp)

    def remote_rows(self, remote: npt.NDArray[np.bool_], size: int) -> npt.NDArray[np.intp]:
        """The rows below ``size`` of remote opportunities, in no particular order."""
        recent = self._since_sort(size)
        return np.concatenate([self._remote, recent[remote[recent]]])

    def in_band(
        self,
        country_code: int,
        home: float,
        band: float,
        *,
        remote: npt.NDArray[np.bool_],
        country: npt.NDArray[np.int32],
        latitude: npt.NDArray[np.float64],
        size: int,
    ) -> npt.NDArray[np.intp]:
        """Rows below ``size`` not remote, in the country, with ``|latitude - home| <=
        band`` (radians, computed exactly so), in no particular order."""
        found = []
        sorted_part = self._by_country.get(country_code)
        if sorted_part is not None:
            rows, latitudes = sorted_part
            # A slightly wider window by binary search, then the band itself on what is in it.
            low = np.searchsorted(latitudes, home - band - 1e-9, side="left")
            high = np.searchsorted(latitudes, home + band + 1e-9, side="right")
            window = slice(low, high)
            found.append(rows[window][np.abs(latitudes[window] - home) <= band])
        recent = self._since_sort(size)
        recent = recent[~remote[recent] & (country[recent] == country_code)]
        found.append(recent[np.abs(latitude[recent] - home) <= band])
        return np.concatenate(found)


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
        self._concept_ids = sorted(concepts.ids)
        self._concept_column = {cid: i for i, cid in enumerate(self._concept_ids)}
        self._known = frozenset(self._concept_column)
        self.weights = weights
        self._lock = threading.RLock()
        self._reset()

    def feature_config(self) -> dict[str, Any]:
        """What the rows' features depend on, besides the vocabulary files themselves.

        A snapshot is only restored into an index with the same configuration; scores
        weights are applied at query time and are deliberately not part of it.
        """
        concepts = hashlib.sha256("\n".join(self._concept_ids).encode()).hexdigest()[:16]
        return {
            "row_layout": ROW_LAYOUT_VERSION,
            "text_analyser": FEATURES_VERSION,
            "text_features": self._text_features,
            "skill_features": self._skill_width,
            "concepts": concepts,
        }

    def _reset(self, decode: Callable[[bytes], Opportunity] | None = None) -> None:
        self._text = TextFeaturizer(n_features=self._text_features)
        self._text_rows = SparseColumns(width=self._text.n_features)
        # Concepts and skills have long posting lists and few terms per row: a query about
        # a few eligible rows reads those rows instead (``by_row``, a few MiB at 100,000).
        self._concept_rows = SparseColumns(width=max(1, len(self._concept_column)), by_row=True)
        self._required_rows = SparseColumns(width=self._skill_width, by_row=True)
        self._taught_rows = SparseColumns(width=self._skill_width, by_row=True)
        self._row_of: dict[str, int] = {}
        self._opportunities = _Rows(decode)
        self._row_ids: list[str] = []
        self._row_versions: list[int] = []
        self._direct_concepts: list[frozenset[str]] = []
        # Per row: the feature columns and sublinear counts of its text, before IDF.
        self._text_counts: list[tuple[npt.NDArray[np.int32], npt.NDArray[np.float32]] | None] = []
        self._countries: dict[str, int] = {}
        self._currencies: dict[str, int] = {}
        # Where the rows are, sorted for reach (facts of the opportunities alone).
        self._places = _Places()
        self._languages: dict[str, _Column] = {}
        self._sectors: dict[str, _Column] = {}
        self._col = {
            "alive": _Column(np.bool_, False),
            "open": _Column(np.bool_, False),
            "kind": _Column(np.int8, -1),
            "remote": _Column(np.bool_, False),
            "lat": _Column(np.float64, 0.0),
            "lon": _Column(np.float64, 0.0),
            "country": _Column(np.int32, -1),
            "min_age": _Column(np.int16, 0),
            "hazardous": _Column(np.bool_, False),
            "night": _Column(np.bool_, False),
            "women_only": _Column(np.bool_, False),
            "live_in": _Column(np.bool_, False),
            "heavy": _Column(np.bool_, False),
            "any_language": _Column(np.bool_, True),
            "pay": _Column(np.float64, np.nan),
            "currency": _Column(np.int32, -1),
            "revision": _Column(np.int64, 0),
            "n_required": _Column(np.int32, 0),
            "n_taught": _Column(np.int32, 0),
            "accommodations": _Column(np.uint8, 0),
        }

    # -- writing -----------------------------------------------------------------------

    def __len__(self) -> int:
        return len(self._row_of)

    def clear(self) -> None:
        """Forget every opportunity (before a rebuild that replaces a failed restore)."""
        with self._lock:
            self._reset()

    def version_of(self, opportunity_id: str) -> int | None:
        row = self._row_of.get(opportunity_id)
        return self._row_versions[row] if row is not None else None

    def versions(self) -> dict[str, int]:
        """Every indexed opportunity id with its version (what a catch-up compares)."""
        with self._lock:
            return {i: self._row_versions[row] for i, row in self._row_of.items()}

    def get(self, opportunity_id: str) -> Opportunity | None:
        row = self._row_of.get(opportunity_id)
        return self._opportunities[row] if row is not None else None

    def upsert_many(self, opportunities: Iterable[Opportunity]) -> int:
        """Add or replace opportunities; an older version never replaces a newer one."""
        with self._lock:
            # Shallow copies: details are immutable, and a caller changing its own object
            # afterwards must not change what the index holds.
            fresh = [
                copy.copy(o)
                for o in opportunities
                if (known := self.version_of(o.opportunity_id)) is None or o.version > known
            ]
            fresh_ids = [o.opportunity_id for o in fresh]
            if not fresh:
                return 0
            fresh = [o for o in fresh if not self._replaced_in_place(o)]
            if not fresh:
                return len(fresh_ids)
            for opportunity in fresh:
                self._forget(opportunity.opportunity_id)
                if opportunity.concepts is None:
                    # Mapped with another vocabulary (or never): mapped here, once, so that
                    # the scores and the sectors to avoid see the same concepts.
                    opportunity.concepts = self._concepts.concepts_in(
                        _opportunity_text(opportunity)
                    )
            counts = self._text.counts(_opportunity_text(o) for o in fresh)
            self._text.add_documents(counts)
            self._text_rows.extend(self._text.weigh(counts))
            concept_rows, direct = self._concept_matrix(fresh)
            self._concept_rows.extend(concept_rows)
            self._required_rows.extend(
                _skill_rows([o.details.skills_required for o in fresh], self._skill_width)
            )
            self._taught_rows.extend(
                _skill_rows([o.details.skills_taught for o in fresh], self._skill_width)
            )
            for i, opportunity in enumerate(fresh):
                row = len(self._opportunities)
                self._opportunities.append(opportunity)
                self._row_ids.append(opportunity.opportunity_id)
                self._row_versions.append(opportunity.version)
                self._direct_concepts.append(direct[i])
                start, end = counts.indptr[i], counts.indptr[i + 1]
                self._text_counts.append(
                    (counts.indices[start:end].copy(), counts.data[start:end].copy())
                )
                self._row_of[opportunity.opportunity_id] = row
                self._set_facts(row, opportunity)
            if len(self._opportunities) > 2 * len(self._row_of) + 1_000:
                self._compact()
            return len(fresh_ids)

    def _replaced_in_place(self, opportunity: Opportunity) -> bool:
        """A newer version that differs from the row held only in status, placements or
        version (a pause, a reopening, a hire) takes the row over in place: its text,
        concepts, skills and places stand, so nothing is analysed again (a pause cost a
        full rebuild of the row's features, most of a status change's CPU). False when
        anything the row's features come from changed."""
        row = self._row_of.get(opportunity.opportunity_id)
        held = self._opportunities[row] if row is not None else None
        if (
            row is None
            or held is None
            or held.details != opportunity.details
            or held.detected_sectors != opportunity.detected_sectors
            or held.material_revision != opportunity.material_revision
            or (opportunity.concepts is not None and opportunity.concepts != held.concepts)
        ):
            return False
        opportunity.concepts = held.concepts
        self._opportunities.replace(row, opportunity)
        self._row_versions[row] = opportunity.version
        self._col["open"].set(row, opportunity.is_open)
        return True

    def _compact(self) -> None:
        """Rebuild without the rows that updates and removals left behind."""
        self.compact()

    def compact(self) -> None:
        """Keep only live rows, each text row weighed with the IDF of the rows present.

        Rows added one by one were weighed with the IDF of their day; after a compaction
        the index answers exactly as a fresh build from the same opportunities would.
        No text is analysed again: the stored counts are enough.
        """
        with self._lock:
            self._load(self.export_state(), decode=self._opportunities._decode)

    def export_state(self) -> IndexState:
        """The live rows as arrays (a consistent copy, taken under the write lock)."""
        with self._lock:
            rows = np.asarray(sorted(self._row_of.values()), dtype=np.intp)
            size = len(self._opportunities)
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
                shape=(len(rows), self._text.n_features),
                dtype=np.float32,
            )
            opportunities: list[Opportunity | bytes] = []
            for row in rows.tolist():
                item = self._opportunities.raw(row)
                assert item is not None
                opportunities.append(item)
            return IndexState(
                ids=[self._row_ids[row] for row in rows.tolist()],
                versions=np.asarray([self._row_versions[r] for r in rows.tolist()], np.int64),
                opportunities=opportunities,
                text_counts=text_counts,
                concept_rows=self._concept_rows.select(rows),
                direct_concepts=[self._direct_concepts[row] for row in rows.tolist()],
                required_rows=self._required_rows.select(rows),
                taught_rows=self._taught_rows.select(rows),
                columns={name: self._pad(c, size)[rows].copy() for name, c in self._col.items()},
                languages={k: self._pad(c, size)[rows].copy() for k, c in self._languages.items()},
                sectors={k: self._pad(c, size)[rows].copy() for k, c in self._sectors.items()},
                countries=sorted(self._countries, key=self._countries.__getitem__),
                currencies=sorted(self._currencies, key=self._currencies.__getitem__),
                feature_config=self.feature_config(),
            )

    def restore(self, state: IndexState, *, decode: Callable[[bytes], Opportunity]) -> None:
        """Replace the whole content by ``state`` (from ``export_state``, maybe via a file).

        ``decode`` turns an encoded opportunity back into the domain object, on first read.
        """
        if state.feature_config != self.feature_config():
            raise ValueError("the state was built with another feature configuration")
        with self._lock:
            self._load(state, decode=decode)

    def _load(self, state: IndexState, *, decode: Callable[[bytes], Opportunity] | None) -> None:
        n = len(state.ids)
        self._reset(decode)
        counts = state.text_counts
        self._text.document_frequency = np.bincount(
            counts.indices, minlength=self._text.n_features
        ).astype(np.int32)
        self._text.documents = n
        self._text_rows.extend(self._text.weigh(counts))
        self._concept_rows.extend(state.concept_rows)
        self._required_rows.extend(state.required_rows)
        self._taught_rows.extend(state.taught_rows)
        indptr, indices, data = counts.indptr, counts.indices, counts.data
        for row in range(n):
            start, end = indptr[row], indptr[row + 1]
            self._text_counts.append((indices[start:end], data[start:end]))
            self._opportunities.append(state.opportunities[row])
        self._row_ids = list(state.ids)
        self._row_versions = [int(v) for v in state.versions]
        self._row_of = {opportunity_id: row for row, opportunity_id in enumerate(state.ids)}
        self._direct_concepts = list(state.direct_concepts)
        for name, values in state.columns.items():
            self._col[name].load(values)
        for language, values in state.languages.items():
            self._languages[language] = _Column(np.int8, 0)
            self._languages[language].load(values)
        for sector, values in state.sectors.items():
            self._sectors[sector] = _Column(np.bool_, False)
            self._sectors[sector].load(values)
        self._countries = {country: code for code, country in enumerate(state.countries)}
        self._currencies = {currency: code for code, currency in enumerate(state.currencies)}

    def upsert(self, opportunity: Opportunity) -> bool:
        return self.upsert_many([opportunity]) == 1

    def remove(self, opportunity_id: str) -> None:
        with self._lock:
            self._forget(opportunity_id)

    def _forget(self, opportunity_id: str) -> None:
        row = self._row_of.pop(opportunity_id, None)
        if row is None:
            return
        self._opportunities.clear(row)
        features = self._text_counts[row]
        if features is not None:
            self._text.remove_features(features[0])
            self._text_counts[row] = None
        self._col["alive"].set(row, False)
        self._col["open"].set(row, False)

    def _concept_matrix(
        self, opportunities: list[Opportunity]
    ) -> tuple[sp.csr_matrix, list[frozenset[str]]]:
        rows, cols, data, direct_sets = [], [], [], []
        for i, opportunity in enumerate(opportunities):
            details = opportunity.details
            mentioned = (
                opportunity.concepts
                if opportunity.concepts is not None
                else self._concepts.concepts_in(_opportunity_text(opportunity))
            )
            direct = (mentioned & self._known) | {
                c
                for c in (details.sector, *details.skills_required, *details.skills_taught)
                if c in self._concept_column
            }
            direct_sets.append(frozenset(direct))
            weights = self._concepts.expand(direct)
            norm = float(np.sqrt(sum(w * w for w in weights.values()))) or 1.0
            for concept, weight in weights.items():
                column = self._concept_column.get(concept)
                if column is not None:
                    rows.append(i)
                    cols.append(column)
                    data.append(weight / norm)
        matrix = sp.csr_matrix(
            (np.asarray(data, dtype=np.float32), (rows, cols)),
            shape=(len(opportunities), self._concept_rows.width),
        )
        return matrix, direct_sets

    def _code(self, table: dict[str, int], key: str) -> int:
        return table.setdefault(key, len(table))

    def _set_facts(self, row: int, opportunity: Opportunity) -> None:
        details, col = opportunity.details, self._col
        col["alive"].set(row, True)
        col["open"].set(row, opportunity.is_open)
        col["kind"].set(row, _KIND_CODE[details.kind])
        col["remote"].set(row, details.remote)
        if details.location is not None:
            col["lat"].set(row, np.radians(details.location.latitude))
            col["lon"].set(row, np.radians(details.location.longitude))
            col["country"].set(row, self._code(self._countries, details.location.country))
        col["min_age"].set(row, details.minimum_age)
        col["hazardous"].set(row, details.hazardous)
        col["night"].set(row, details.workplace.night_shifts)
        col["women_only"].set(row, details.workplace.women_only)
        col["live_in"].set(row, details.workplace.live_in)
        col["heavy"].set(row, details.workplace.heavy_lifting)
        col["any_language"].set(row, not details.languages)
        for requirement in details.languages:
            if requirement.language not in self._languages:
                self._languages[requirement.language] = _Column(np.int8, 0)
            self._languages[requirement.language].set(row, int(requirement.level))
        for sector in opportunity.topics:
            if sector not in self._sectors:
                self._sectors[sector] = _Column(np.bool_, False)
            self._sectors[sector].set(row, True)
        if details.pay is not None:
            col["pay"].set(row, float(details.pay.amount))
            col["currency"].set(row, self._code(self._currencies, details.pay.currency))
        col["revision"].set(row, opportunity.material_revision)
        col["n_required"].set(row, len({s.strip().casefold() for s in details.skills_required}))
        col["n_taught"].set(row, len({s.strip().casefold() for s in details.skills_taught}))
        bits = 0
        for accommodation in details.accommodations:
            bits |= _ACCOMMODATION_BIT[accommodation]
        col["accommodations"].set(row, bits)

    # -- querying ----------------------------------------------------------------------

    def _values(self, name: str, size: int) -> npt.NDArray[Any]:
        return self._pad(self._col[name], size)

    def _allowed_codes(
        self, survivor: Survivor, kinds: Iterable[OpportunityKind]
    ) -> list[int] | None:
        """The kinds the survivor may be offered now, or None when nothing may be offered."""
        if not survivor.has_consent(ConsentPurpose.MATCHING):
            return None
        codes = [_KIND_CODE[k] for k in kinds if survivor.stage >= REQUIRED_STAGE[k]]
        return codes or None

    def _admissible(
        self, survivor: Survivor, codes: Iterable[int], size: int
    ) -> npt.NDArray[np.intp]:
        """Rows of the kinds ``codes`` no hard rule forbids, declines aside, ascending: the
        vectorised twin of ``matching.domain.rules``.

        Reach narrows most, so it comes first: the remote rows (for those who accept remote
        work) and the rows within a latitude band of home, in the survivor's country or, for
        those open to cross-border work, in every country, both from ``_Places``; every
        other rule is then checked on those rows only, and the great-circle distance last.
        A remote row located in another country is left out unless the survivor is open to
        cross-border work (as ``rules.within_reach``). One call serves both the matches and
        the training suggested beside them.
        """
        profile = survivor.profile
        places = self._places_up_to(size)
        remote = self._values("remote", size)
        country = self._values("country", size)
        home = profile.residence
        home_code = self._countries.get(home.country, -2) if home is not None else -2
        open_across = profile.open_to_cross_border is True
        parts = []
        if profile.remote_ok:
            remote_rows = places.remote_rows(remote, size)
            if not open_across:  # no location (-1) is done from home; else home's country
                located = country[remote_rows]
                remote_rows = remote_rows[(located < 0) | (located == home_code)]
            parts.append(remote_rows)
        if home is not None:
            band = profile.travel_radius_km / _EARTH_RADIUS_KM + 1e-9
            latitude = self._values("lat", size)
            reachable = list(self._countries.values()) if open_across else [home_code]
            for code in reachable:
                if code < 0:
                    continue  # home's country has no opportunity yet
                parts.append(
                    places.in_band(
                        code,
                        np.radians(home.latitude),
                        band,
                        remote=remote,
                        country=country,
                        latitude=latitude,
                        size=size,
                    )
                )
        if not parts:
            return np.empty(0, dtype=np.intp)
        rows = np.sort(np.concatenate(parts))  # disjoint: remote rows, then each country's
        rows = rows[self._rules_allow(survivor, codes, rows, size)]
        if home is not None and rows.size:
            away = np.flatnonzero(~remote[rows])
            if away.size:
                distance = self._haversine_km(home.latitude, home.longitude, rows[away])
                near = np.ones(rows.size, dtype=bool)
                near[away] = distance <= profile.travel_radius_km
                rows = rows[near]
        return rows

    def _rules_allow(
        self, survivor: Survivor, codes: Iterable[int], rows: npt.NDArray[np.intp], size: int
    ) -> npt.NDArray[np.bool_]:
        """Which of ``rows`` are open, of a kind in ``codes``, and allowed by every hard
        rule but reach and declines."""
        profile = survivor.profile

        def at(name: str) -> npt.NDArray[Any]:
            return self._values(name, size)[rows]

        kind = at("kind")
        allowed = np.zeros(rows.size, dtype=bool)
        for code in codes:
            allowed |= kind == code
        allowed &= at("alive") & at("open")
        # A shared language at the required level (any listed language suffices).
        language_ok = at("any_language")
        for skill in profile.languages:
            column = self._languages.get(skill.language)
            if column is not None:
                required = self._pad(column, size)[rows]
                language_ok |= (required > 0) & (required <= int(skill.level))
        allowed &= language_ok
        allowed &= at("min_age") <= profile.minimum_age
        if profile.minor:
            allowed &= ~at("hazardous")
            if profile.minimum_age < MINOR_JOB_MINIMUM_AGE:
                allowed &= kind != _KIND_CODE[OpportunityKind.JOB]
        for sector in self.avoided(survivor):
            column = self._sectors.get(sector)
            if column is not None:
                allowed &= ~self._pad(column, size)[rows]
        conditions = profile.conditions
        if SurvivorCondition.NO_NIGHT_SHIFTS in conditions:
            allowed &= ~at("night")
        if SurvivorCondition.WOMEN_ONLY_WORKPLACE in conditions:
            allowed &= at("women_only")
        if SurvivorCondition.NO_LIVE_IN in conditions:
            allowed &= ~at("live_in")
        if SurvivorCondition.NO_HEAVY_LIFTING in conditions:
            allowed &= ~at("heavy")
        return allowed

    def avoided(self, survivor: Survivor) -> frozenset[str]:
        """The survivor's sectors to avoid with every narrower concept: what
        ``MatchContext.avoided`` holds when the rules are checked again."""
        avoided = survivor.profile.sectors_to_avoid
        return avoided | self._concepts.avoided(avoided) if avoided else frozenset()

    def _places_up_to(self, size: int) -> _Places:
        """``_Places`` of the rows, sorted again once the rows added since are many."""
        places = self._places
        if size - places.sorted_rows > max(_RESORT_AFTER, places.sorted_rows // 8):
            places.sort(
                remote=self._values("remote", size),
                country=self._values("country", size),
                latitude=self._values("lat", size),
            )
        return places

    def _without_declined(
        self, rows: npt.NDArray[np.intp], declined: Mapping[str, int], size: int
    ) -> npt.NDArray[np.intp]:
        """``rows`` less what the survivor declined at the opportunity's current revision."""
        if not declined:
            return rows
        revision = self._values("revision", size)
        gone = [
            row
            for opportunity_id, declined_at in declined.items()
            if (row := self._row_of.get(opportunity_id)) is not None
            and row < size
            and declined_at >= revision[row]
        ]
        if not gone:
            return rows
        keep = np.ones(rows.size, dtype=bool)
        at = np.searchsorted(rows, gone)  # rows ascend
        found = at < rows.size
        at = at[found]
        keep[at[rows[at] == np.asarray(gone)[found]]] = False
        return rows[keep]

    def _eligible_rows(
        self,
        survivor: Survivor,
        *,
        kinds: frozenset[OpportunityKind],
        declined: Mapping[str, int],
        size: int,
    ) -> npt.NDArray[np.intp]:
        """Rows no hard rule forbids: the vectorised twin of ``matching.domain.rules``."""
        codes = self._allowed_codes(survivor, kinds)
        if codes is None:
            return np.empty(0, dtype=np.intp)
        return self._without_declined(self._admissible(survivor, codes, size), declined, size)

    @staticmethod
    def _pad(column: _Column, size: int) -> npt.NDArray[Any]:
        values = column.values
        if len(values) >= size:
            return values[:size]
        padded = np.full(size, column._fill, dtype=values.dtype)
        padded[: len(values)] = values
        return padded

    def _haversine_km(
        self, latitude: float, longitude: float, rows: npt.NDArray[np.intp]
    ) -> npt.NDArray[np.float64]:
        lat1, lon1 = np.radians(latitude), np.radians(longitude)
        lat2 = self._col["lat"].values[rows]
        lon2 = self._col["lon"].values[rows]
        h = (
            np.sin((lat2 - lat1) / 2) ** 2
            + np.cos(lat1) * np.cos(lat2) * np.sin((lon2 - lon1) / 2) ** 2
        )
        distance: npt.NDArray[np.float64] = (
            2 * _EARTH_RADIUS_KM * np.arcsin(np.sqrt(np.minimum(1.0, h)))
        )
        return distance

    def _survivor_concept_query(
        self, survivor: Survivor
    ) -> tuple[npt.NDArray[np.int32], npt.NDArray[np.float32], frozenset[str]]:
        """The survivor in concept space: sorted columns, their weights, the direct concepts."""
        profile = survivor.profile
        direct = self._concepts.concepts_in(_survivor_text(survivor)) | {
            c for c in (*profile.interest_tags, *profile.skills_wanted) if c in self._concept_column
        }
        weights = self._concepts.expand(direct)
        columns, data = [], []
        norm = float(np.sqrt(sum(w * w for w in weights.values()))) or 1.0
        for concept, weight in weights.items():
            column = self._concept_column.get(concept)
            if column is not None:
                columns.append(column)
                data.append(weight / norm)
        order = np.argsort(np.asarray(columns, dtype=np.int32), kind="stable")
        return (
            np.asarray(columns, dtype=np.int32)[order],
            np.asarray(data, dtype=np.float32)[order],
            frozenset(direct),
        )

    def _survivor_concepts(self, survivor: Survivor) -> tuple[sp.csr_matrix, frozenset[str]]:
        columns, data, direct = self._survivor_concept_query(survivor)
        vector = sp.csr_matrix(
            (data, (np.zeros(len(columns), dtype=np.int32), columns)),
            shape=(1, self._concept_rows.width),
        )
        return vector, direct

    def _scores(
        self, survivor: Survivor, rows: npt.NDArray[np.intp], size: int
    ) -> tuple[
        npt.NDArray[np.float64], npt.NDArray[np.float32], npt.NDArray[np.float32], frozenset[str]
    ]:
        """Totals for ``rows`` (same formulas as ``matching.domain.scoring``)."""
        parts = self._components(survivor, rows, size)
        return self._total(parts), parts.text, parts.concept, parts.direct

    def _relevant_scores(
        self,
        survivor: Survivor,
        rows: npt.NDArray[np.intp],
        size: int,
        report: MatchReport | None,
    ) -> tuple[
        npt.NDArray[np.intp],
        npt.NDArray[np.float64],
        npt.NDArray[np.float32],
        npt.NDArray[np.float32],
        frozenset[str],
    ]:
        """``rows`` at or above the relevance floor with their totals, text and concept
        fits; ``report`` (if given) learns how many were eligible and how many fell short."""
        parts = self._components(survivor, rows, size)
        keep = self._relevant(parts)
        if report is not None:
            report.eligible = int(rows.size)
            report.below_floor = int(rows.size - np.count_nonzero(keep))
            report.wants_to_learn = parts.wants_to_learn
        total = self._total(parts)
        return rows[keep], total[keep], parts.text[keep], parts.concept[keep], parts.direct

    def _components(self, survivor: Survivor, rows: npt.NDArray[np.intp], size: int) -> _Components:
        """Each component for ``rows``, with where the ones that may be unjudged are judged."""
        profile = survivor.profile
        text_query = self._text.query(_survivor_text(survivor))
        text = self._text_rows.dot_columns(*text_query, size=size)[rows]
        concept_columns, concept_values, direct = self._survivor_concept_query(survivor)
        concept = self._concept_rows.dot_columns(
            concept_columns, concept_values, size=size, rows=rows
        )
        kind = self._col["kind"].values[rows]
        is_job = kind == _KIND_CODE[OpportunityKind.JOB]
        # Skills: a job by the share of its required skills held; training by how much of
        # what it teaches is wanted. Not judged (left out of the total): a job asking for no
        # skill, training teaching none listed, a survivor wanting to learn nothing.
        held = self._required_rows.dot_columns(
            *_skill_query(profile.skills, self._skill_width), size=size, rows=rows
        )
        n_required = self._col["n_required"].values[rows].astype(np.float64)
        job_fit = held / np.maximum(n_required, 1)
        wanted = wanted_skills(survivor)
        n_taught = self._col["n_taught"].values[rows].astype(np.float64)
        if wanted:
            taught = self._taught_rows.dot_columns(
                *_skill_query(wanted, self._skill_width), size=size, rows=rows
            )
            training_fit = np.minimum(
                1.0, taught / np.maximum(np.minimum(n_taught, len(wanted)), 1)
            )
        else:
            training_fit = np.zeros(rows.size)
        skill = np.where(is_job, job_fit, training_fit)
        skill_judged = np.where(is_job, n_required > 0, (n_taught > 0) & bool(wanted))
        # Income parity: a job's pay against the goal; training's stipend is not judged.
        income = np.zeros(rows.size)
        income_judged = np.zeros(rows.size, dtype=bool)
        goal = profile.income_goal
        if goal is not None and goal.currency in self._currencies:
            pay = self._col["pay"].values[rows]
            # Judged only where a job's pay falls short of the goal (see the scoring module).
            income_judged = (
                is_job
                & (self._col["currency"].values[rows] == self._currencies[goal.currency])
                & ~np.isnan(pay)
                & (np.nan_to_num(pay, nan=np.inf) < goal.amount)
            )
            income = (
                np.ones(rows.size)
                if goal.amount == 0
                else np.minimum(1.0, np.nan_to_num(pay) / max(goal.amount, 1))
            )
        # Distance within the radius; remote counts as home.
        remote = self._col["remote"].values[rows]
        distance = np.where(remote, 1.0, 0.0)
        if profile.residence is not None:
            away = np.flatnonzero(~remote)
            km = self._haversine_km(
                profile.residence.latitude, profile.residence.longitude, rows[away]
            )
            distance[away] = np.maximum(0.0, 1.0 - km / max(profile.travel_radius_km, 1))
        # Accommodations: the share of needs offered.
        if profile.needs:
            need_bits = 0
            for need in profile.needs:
                need_bits |= _ACCOMMODATION_BIT[need]
            offered = np.bitwise_count(self._col["accommodations"].values[rows] & need_bits)
            accommodations = offered / len(profile.needs)
        else:
            accommodations = np.ones(rows.size)
        return _Components(
            text=text,
            concept=concept,
            relevance=np.maximum(np.clip(text, 0.0, 1.0), np.clip(concept, 0.0, 1.0)),
            said_something=bool(concept_columns.size),
            wants_to_learn=self._concepts.wants_to_learn(_survivor_text(survivor)),
            is_training=~is_job,
            skill=skill,
            skill_judged=skill_judged,
            income=income,
            income_judged=income_judged,
            distance=distance,
            accommodations=accommodations,
            direct=direct,
        )

    def _total(self, parts: _Components) -> npt.NDArray[np.float64]:
        """Relevance on the pooled weights of interest and concept fit, and the judged
        others, as a weighted mean (``ComponentScores.total``, vectorised)."""
        w = self.weights
        always = w.interest_fit + w.concept_fit + w.distance + w.accommodations
        weighted = (
            (w.interest_fit + w.concept_fit) * parts.relevance
            + w.skill_fit * np.where(parts.skill_judged, parts.skill, 0.0)
            + w.income_parity * np.where(parts.income_judged, parts.income, 0.0)
            + w.distance * parts.distance
            + w.accommodations * parts.accommodations
        )
        weight = always + w.skill_fit * parts.skill_judged + w.income_parity * parts.income_judged
        total: npt.NDArray[np.float64] = np.where(
            weight > 0, weighted / np.where(weight > 0, weight, 1.0), NEUTRAL
        )
        if parts.wants_to_learn:  # ``scoring.with_learning_preference``, vectorised
            total = np.where(parts.is_training, total + (1.0 - total) * LEARNING_PREFERENCE, total)
        return total

    def _relevant(self, parts: _Components) -> npt.NDArray[np.bool_]:
        """Rows at or above the relevance floor; all of them when nothing the survivor
        said maps to a concept (``matching.domain.scoring.is_relevant``)."""
        if not parts.said_something:
            return np.ones(parts.relevance.size, dtype=bool)
        relevant: npt.NDArray[np.bool_] = parts.relevance >= np.float32(self.relevance_floor)
        return relevant

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
            size = len(self._opportunities)
            rows = self._eligible_rows(survivor, kinds=kinds, declined=declined or {}, size=size)
            if report is not None:
                report.eligible = report.below_floor = 0
            if rows.size == 0:
                return []
            rows, total, _, _, _ = self._relevant_scores(survivor, rows, size, report)
            if rows.size == 0:
                return []
            order = self._top(rows, total, k)
            return [RankedCandidate(self._id(int(rows[i])), float(total[i])) for i in order]

    def _id(self, row: int) -> str:
        return self._row_ids[row]

    def _top(self, rows: npt.NDArray[np.intp], total: npt.NDArray[np.float64], k: int) -> list[int]:
        """Indices into ``rows`` of the best ``k``, ties broken by opportunity id."""
        limit = 4 * k
        keep = np.argpartition(-total, limit)[:limit] if rows.size > limit else np.arange(rows.size)
        ordered = sorted(
            keep.tolist(), key=lambda i: (-round(float(total[i]), 9), self._id(int(rows[i])))
        )
        return ordered[:k]

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
            size = len(self._opportunities)
            codes = self._allowed_codes(survivor, kinds)
            if codes is None:
                return []
            training = _KIND_CODE[OpportunityKind.TRAINING]
            # The hard rules, once: for the matches, and (kind aside) for their pathways.
            may_train = pathways > 0 and survivor.stage >= REQUIRED_STAGE[OpportunityKind.TRAINING]
            admissible = self._admissible(
                survivor, sorted({*codes, training}) if may_train else codes, size
            )
            kind = self._col["kind"].values[admissible]
            rows = admissible
            if may_train and training not in codes:  # training only for the pathways
                rows = admissible[kind != training]
            rows = self._without_declined(rows, declined, size)
            if rows.size == 0:
                return []
            teachable = admissible[kind == training] if may_train else None
            rows, total, text, concept, direct = self._relevant_scores(survivor, rows, size, report)
            if rows.size == 0:
                return []
            # Jobs often lack the same skills: each set is looked up once per call.
            teaching: dict[frozenset[str], tuple[tuple[Opportunity, frozenset[str]], ...]] = {}
            results: list[IndexedMatch] = []
            avoided = self.avoided(survivor)
            learning = self._concepts.wants_to_learn(_survivor_text(survivor))
            for i in self._top(rows, total, k):
                opportunity = self._opportunities[rows[i]]
                assert opportunity is not None
                context = MatchContext(
                    declined_at_revision=declined.get(opportunity.opportunity_id),
                    avoided=avoided,
                )
                if violations(survivor, opportunity, context):
                    # The masks and the rules disagree: never show it. Tests keep this empty.
                    continue
                shared = direct & self._direct_concepts[rows[i]]
                scored = explain(
                    survivor=survivor,
                    opportunity=opportunity,
                    text_similarity=float(text[i]),
                    concept_similarity=float(concept[i]),
                    shared_concepts=shared,
                    label=lambda c: self._concepts.label(c, language),
                    weights=self.weights,
                    wants_to_learn=learning,
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
            survivor_text = self._text.weigh(self._text.counts([_survivor_text(survivor)]))
            opportunity_text = self._text.weigh(self._text.counts([_opportunity_text(opportunity)]))
            text = float((survivor_text @ opportunity_text.T).toarray()[0, 0])
            survivor_concepts, direct = self._survivor_concepts(survivor)
            opportunity_concepts, opportunity_direct = self._concept_matrix([opportunity])
            concept = float((survivor_concepts @ opportunity_concepts.T).toarray()[0, 0])
            return explain(
                survivor=survivor,
                opportunity=opportunity,
                text_similarity=text,
                concept_similarity=concept,
                shared_concepts=direct & opportunity_direct[0],
                label=lambda c: self._concepts.label(c, language),
                weights=self.weights,
                wants_to_learn=self._concepts.wants_to_learn(_survivor_text(survivor)),
            )

    def training_teaching(
        self, skills: Iterable[str], *, survivor: Survivor, limit: int = 3
    ) -> list[tuple[Opportunity, frozenset[str]]]:
        """Open training the survivor may take that teaches some of ``skills``, best first."""
        wanted = frozenset(s.strip().casefold() for s in skills if s.strip())
        if not wanted:
            return []
        with self._lock:
            size = len(self._opportunities)
            codes = self._allowed_codes(survivor, {OpportunityKind.TRAINING})
            if codes is None:
                return []
            return self._teaching(wanted, self._admissible(survivor, codes, size), size, limit)

    def _teaching(
        self, skills: frozenset[str], teachable: npt.NDArray[np.intp], size: int, limit: int
    ) -> list[tuple[Opportunity, frozenset[str]]]:
        """Of ``teachable`` (ascending rows), those that teach the most of ``skills``, best
        first, ties by row."""
        wanted = {s.strip().casefold() for s in skills if s.strip()}
        if not wanted or not teachable.size:
            return []
        overlap = self._taught_rows.dot_columns(
            *_skill_query(wanted, self._skill_width), size=size, rows=teachable
        )
        teaching = overlap > 0
        best = teachable[teaching][np.argsort(-overlap[teaching], kind="stable")[: 4 * limit]]
        found: list[tuple[Opportunity, frozenset[str]]] = []
        for row in best.tolist():
            opportunity = self._opportunities[row]
            assert opportunity is not None
            closes = (
                frozenset(s.strip().casefold() for s in opportunity.details.skills_taught) & wanted
            )
            if closes:
                found.append((opportunity, closes))
        found.sort(key=lambda pair: (-len(pair[1]), pair[0].opportunity_id))
        return found[:limit]

    def nnz(self) -> dict[str, int]:
        return {
            "text": self._text_rows.nnz,
            "concepts": self._concept_rows.nnz,
            "skills_required": self._required_rows.nnz,
            "skills_taught": self._taught_rows.nnz,
        }
