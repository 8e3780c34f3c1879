"""The sparse rows of the opportunity index and what they are made of.

Per opportunity one row in each of five spaces: hashed text features of its title and
description, concept weights (``concepts.ConceptSpace``), the concepts it names itself
(binary), and the skills it requires and teaches, hashed. All are kept as
``SparseColumns``, so a query walks only the posting lists of its own features (or, for
the spaces with long posting lists, the rows it asks about).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
import scipy.sparse as sp
from sklearn.utils import murmurhash3_32

from matching.adapters.sparse_columns import SparseColumns
from matching.adapters.text_features import TextFeaturizer
from matching.domain.opportunity import Opportunity

__all__ = [
    "FeatureRows",
    "opportunity_text",
    "skill_query",
    "skill_rows",
]


def opportunity_text(opportunity: Opportunity) -> str:
    """The words of an opportunity the text and concept features are drawn from."""
    details = opportunity.details
    return f"{details.title}\n{details.description}"


def _skill_columns(skills: Iterable[str], width: int) -> list[int]:
    """Skills hashed into ``width`` columns: no vocabulary to keep, new skills just work."""
    return sorted(
        {
            int(murmurhash3_32(s.strip().casefold(), positive=True)) % width
            for s in skills
            if s.strip()
        }
    )


def skill_rows(rows: list[Iterable[str]], width: int) -> sp.csr_matrix:
    """One binary row per skill set, built in a single sparse constructor."""
    columns = [_skill_columns(skills, width) for skills in rows]
    indptr = np.zeros(len(columns) + 1, dtype=np.int64)
    indptr[1:] = np.cumsum([len(c) for c in columns])
    indices = np.fromiter(
        (c for row in columns for c in row), dtype=np.int32, count=int(indptr[-1])
    )
    data = np.ones(len(indices), dtype=np.float32)
    return sp.csr_matrix((data, indices, indptr), shape=(len(columns), width))


def skill_query(
    skills: Iterable[str], width: int
) -> tuple[npt.NDArray[np.int32], npt.NDArray[np.float32]]:
    """A skill set as the sorted columns and weights of a ``dot_columns`` query."""
    columns = np.asarray(_skill_columns(skills, width), dtype=np.int32)
    return columns, np.ones(len(columns), dtype=np.float32)


@dataclass(slots=True)
class FeatureRows:
    """The index's sparse rows, aligned with its rows, and the text featurizer whose
    document frequencies weigh the text rows."""

    text: TextFeaturizer
    text_rows: SparseColumns
    concept_rows: SparseColumns
    #: The concepts each row names itself, 1 each (``ConceptSpace.named_rows``).
    named_rows: SparseColumns
    required_rows: SparseColumns
    taught_rows: SparseColumns
    skill_width: int

    @classmethod
    def empty(cls, *, text_features: int, concept_width: int, skill_width: int) -> FeatureRows:
        text = TextFeaturizer(n_features=text_features)
        return cls(
            text=text,
            text_rows=SparseColumns(width=text.n_features),
            # Concepts and skills have long posting lists and few terms per row: a query
            # about a few eligible rows reads those rows instead (``by_row``, a few MiB at
            # 100,000).
            concept_rows=SparseColumns(width=concept_width, by_row=True),
            named_rows=SparseColumns(width=concept_width, by_row=True),
            required_rows=SparseColumns(width=skill_width, by_row=True),
            taught_rows=SparseColumns(width=skill_width, by_row=True),
            skill_width=skill_width,
        )

    def add_skills(self, opportunities: list[Opportunity]) -> None:
        """Append the required and taught skill rows of ``opportunities``."""
        self.required_rows.extend(
            skill_rows([o.details.skills_required for o in opportunities], self.skill_width)
        )
        self.taught_rows.extend(
            skill_rows([o.details.skills_taught for o in opportunities], self.skill_width)
        )

    def nnz(self) -> dict[str, int]:
        return {
            "text": self.text_rows.nnz,
            "concepts": self.concept_rows.nnz,
            "concepts_named": self.named_rows.nnz,
            "skills_required": self.required_rows.nnz,
            "skills_taught": self.taught_rows.nnz,
        }
