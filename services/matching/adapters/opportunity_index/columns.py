"""Row storage of the opportunity index: the opportunities, the dense fact columns, and
``IndexState``, the live rows as plain arrays (what a snapshot stores and restores).

Rows are append-only: an update adds a new row and the old one stops being alive, so every
column here only grows, and a compaction (``OpportunityIndex.compact``) rebuilds them from
the live rows.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import numpy.typing as npt
import scipy.sparse as sp

from matching.adapters.opportunity_index.places import haversine_km
from matching.domain.opportunity import Opportunity
from matching.domain.values import Accommodation, OpportunityKind

__all__ = [
    "ACCOMMODATION_BIT",
    "KIND_CODE",
    "Column",
    "FactColumns",
    "IndexState",
    "Rows",
    "said_about",
]

#: An accommodation's bit in the ``accommodations`` column.
ACCOMMODATION_BIT = {a: 1 << i for i, a in enumerate(Accommodation)}
#: An opportunity kind's code in the ``kind`` column.
KIND_CODE = {OpportunityKind.JOB: 0, OpportunityKind.TRAINING: 1}


class Column:
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

    def padded(self, size: int) -> npt.NDArray[Any]:
        """Rows 0..size-1: a view when the column is that long, else a copy filled up."""
        values = self.values
        if len(values) >= size:
            return values[:size]
        padded = np.full(size, self._fill, dtype=values.dtype)
        padded[: len(values)] = values
        return padded


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
    mentions: dict[str, npt.NDArray[Any]]
    countries: list[str]
    currencies: list[str]
    feature_config: dict[str, Any] = field(default_factory=dict)


class Rows:
    """Opportunities by row; rows restored from a snapshot stay encoded until first read."""

    def __init__(self, decode: Callable[[bytes], Opportunity] | None = None) -> None:
        self._items: list[Opportunity | bytes | None] = []
        self._decode = decode

    @property
    def decode(self) -> Callable[[bytes], Opportunity] | None:
        """What turns an encoded row back into the opportunity (None: no row is encoded)."""
        return self._decode

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


def _code(table: dict[str, int], key: str) -> int:
    return table.setdefault(key, len(table))


class FactColumns:
    """The facts of each row that the hard rules and the scores read, as dense columns.

    ``columns`` holds one column per fact; ``languages`` one per language an opportunity
    requires (the level asked, 0 where not asked), ``sectors`` one per topic (declared
    and detected sectors and concepts mentioned: what sectors to avoid keep away) and
    ``mentions`` one per concept its text mentions (what a survivor's dislikes rank lower:
    "sew and alter clothes in a tailor shop" is detected as garment manufacturing, yet says
    nothing of a factory). Countries and currencies are stored as codes, in the order
    first seen.
    """

    def __init__(self) -> None:
        self.languages: dict[str, Column] = {}
        self.sectors: dict[str, Column] = {}
        self.mentions: dict[str, Column] = {}
        self.countries: dict[str, int] = {}
        self.currencies: dict[str, int] = {}
        self.columns = {
            "alive": Column(np.bool_, False),
            "open": Column(np.bool_, False),
            "kind": Column(np.int8, -1),
            "remote": Column(np.bool_, False),
            "lat": Column(np.float64, 0.0),
            "lon": Column(np.float64, 0.0),
            "country": Column(np.int32, -1),
            "min_age": Column(np.int16, 0),
            "hazardous": Column(np.bool_, False),
            "night": Column(np.bool_, False),
            "women_only": Column(np.bool_, False),
            "live_in": Column(np.bool_, False),
            "heavy": Column(np.bool_, False),
            "abroad": Column(np.bool_, False),
            # Papers kept or a fee charged, as its text says (``Workplace.offered_to_no_one``).
            "offered_to_no_one": Column(np.bool_, False),
            "any_language": Column(np.bool_, True),
            "pay": Column(np.float64, np.nan),
            "currency": Column(np.int32, -1),
            # The offer revision: what a decline is compared with (``rules.not_declined_before``).
            "offer_revision": Column(np.int64, 0),
            "n_required": Column(np.int32, 0),
            "n_taught": Column(np.int32, 0),
            "accommodations": Column(np.uint8, 0),
        }

    def values(self, name: str, size: int) -> npt.NDArray[Any]:
        """The fact ``name`` of rows 0..size-1."""
        return self.columns[name].padded(size)

    def km_from(
        self, latitude: float, longitude: float, rows: npt.NDArray[np.intp]
    ) -> npt.NDArray[np.float64]:
        """Great-circle distances from a point (degrees) to the places of located ``rows``."""
        return haversine_km(
            latitude,
            longitude,
            latitudes=self.columns["lat"].values[rows],
            longitudes=self.columns["lon"].values[rows],
        )

    def record(self, row: int, opportunity: Opportunity) -> None:
        """Set every fact of ``row`` from ``opportunity`` (a new row: it is alive)."""
        details, col = opportunity.details, self.columns
        col["alive"].set(row, True)
        col["open"].set(row, opportunity.is_open)
        col["kind"].set(row, KIND_CODE[details.kind])
        col["remote"].set(row, details.remote)
        if details.location is not None:
            col["lat"].set(row, np.radians(details.location.latitude))
            col["lon"].set(row, np.radians(details.location.longitude))
            col["country"].set(row, _code(self.countries, details.location.country))
        col["min_age"].set(row, details.minimum_age)
        col["hazardous"].set(row, details.hazardous)
        col["night"].set(row, details.workplace.night_shifts)
        col["women_only"].set(row, details.workplace.women_only)
        col["live_in"].set(row, details.workplace.live_in)
        col["heavy"].set(row, details.workplace.heavy_lifting)
        col["abroad"].set(row, details.workplace.abroad)
        col["offered_to_no_one"].set(row, details.workplace.offered_to_no_one)
        col["any_language"].set(row, not details.languages)
        for requirement in details.languages:
            if requirement.language not in self.languages:
                self.languages[requirement.language] = Column(np.int8, 0)
            self.languages[requirement.language].set(row, int(requirement.level))
        for sector in opportunity.topics:
            if sector not in self.sectors:
                self.sectors[sector] = Column(np.bool_, False)
            self.sectors[sector].set(row, True)
        for concept in said_about(opportunity):
            if concept not in self.mentions:
                self.mentions[concept] = Column(np.bool_, False)
            self.mentions[concept].set(row, True)
        if details.pay is not None:
            col["pay"].set(row, float(details.pay.amount))
            col["currency"].set(row, _code(self.currencies, details.pay.currency))
        col["offer_revision"].set(row, opportunity.offer_revision)
        col["n_required"].set(row, len({s.strip().casefold() for s in details.skills_required}))
        col["n_taught"].set(row, len({s.strip().casefold() for s in details.skills_taught}))
        bits = 0
        for accommodation in details.accommodations:
            bits |= ACCOMMODATION_BIT[accommodation]
        col["accommodations"].set(row, bits)

    def load(self, state: IndexState) -> None:
        """Take the facts of ``state``'s rows as rows 0..n-1 (into empty columns)."""
        for name, values in state.columns.items():
            self.columns[name].load(values)
        for language, values in state.languages.items():
            self.languages[language] = Column(np.int8, 0)
            self.languages[language].load(values)
        for sector, values in state.sectors.items():
            self.sectors[sector] = Column(np.bool_, False)
            self.sectors[sector].load(values)
        for concept, values in state.mentions.items():
            self.mentions[concept] = Column(np.bool_, False)
            self.mentions[concept].load(values)
        self.countries = {country: code for code, country in enumerate(state.countries)}
        self.currencies = {currency: code for code, currency in enumerate(state.currencies)}


def said_about(opportunity: Opportunity) -> frozenset[str]:
    """What ``opportunity``'s own text says it is about: the concepts it mentions and the
    sectors it names ("cook for a family" is domestic work), never the sector its poster
    declared. What a survivor's dislikes rank lower is read here (``mentions``)."""
    return (opportunity.concepts or frozenset()) | opportunity.detected_sectors
