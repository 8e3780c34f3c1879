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

Modules, each using only those listed before it:

- ``places``: where the rows are (latitude bands per country) and great-circle distance;
- ``columns``: the opportunities by row, the dense fact columns, ``IndexState``;
- ``features``: the sparse rows (hashed text and skills) and the texts they are drawn from;
- ``concepts``: the vocabulary as a vector space (``ConceptMapper``, ``ConceptSpace``);
- ``store``: the rows and everything aligned with them: append, tombstone, export, load;
- ``eligibility``: the hard rules as masks, the vectorised twin of ``matching.domain.rules``;
- ``scoring``: the score components and total, ``matching.domain.scoring`` vectorised;
- ``pathways``: open training that teaches the skills a job asks for;
- ``index``: ``OpportunityIndex``, the facade: upsert, remove, snapshot state, rank, explain.
"""

from __future__ import annotations

from matching.adapters.opportunity_index.columns import IndexState
from matching.adapters.opportunity_index.concepts import ConceptMapper
from matching.adapters.opportunity_index.index import (
    IndexedMatch,
    OpportunityIndex,
    RankedCandidate,
)
from matching.domain.scoring import MatchReport

__all__ = [
    "ConceptMapper",
    "IndexState",
    "IndexedMatch",
    "MatchReport",
    "OpportunityIndex",
    "RankedCandidate",
]
