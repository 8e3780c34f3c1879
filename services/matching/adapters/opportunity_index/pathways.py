"""Pathways: open training that teaches skills a job asks for and a survivor lacks.

``OpportunityIndex.matches`` attaches them to each job it returns (looked up once per set
of missing skills), and ``OpportunityIndex.training_teaching`` answers for any skills.
"""

from __future__ import annotations

from collections.abc import Hashable

import numpy as np
import numpy.typing as npt

from matching.adapters.opportunity_index.columns import Rows
from matching.adapters.opportunity_index.features import FeatureRows, skill_query
from matching.domain.opportunity import Opportunity
from matching.domain.variety import offer_key

__all__ = ["training_for"]


def training_for(
    skills: frozenset[str],
    teachable: npt.NDArray[np.intp],
    *,
    size: int,
    limit: int,
    features: FeatureRows,
    opportunities: Rows,
) -> list[tuple[Opportunity, frozenset[str]]]:
    """Of ``teachable`` (ascending rows), those that teach the most of ``skills``, best
    first, ties by id, one of each offer; each with the skills it teaches of those."""
    wanted = {s.strip().casefold() for s in skills if s.strip()}
    if not wanted or not teachable.size:
        return []
    overlap = features.taught_rows.dot_columns(
        *skill_query(wanted, features.skill_width), size=size, rows=teachable
    )
    teaching = overlap > 0
    best = teachable[teaching][np.argsort(-overlap[teaching], kind="stable")[: 4 * limit]]
    found: list[tuple[Opportunity, frozenset[str]]] = []
    for row in best.tolist():
        opportunity = opportunities[row]
        assert opportunity is not None
        closes = frozenset(s.strip().casefold() for s in opportunity.details.skills_taught) & wanted
        if closes:
            found.append((opportunity, closes))
    found.sort(key=lambda pair: (-len(pair[1]), pair[0].opportunity_id))
    # One course per offer: an organisation's copies of one course teach the same
    # (``matching.domain.variety``); the next best offer takes the place of a copy.
    offers: set[Hashable] = set()
    distinct = []
    for opportunity, closes in found:
        offer = offer_key(
            opportunity.organisation_id, opportunity.details.kind, opportunity.details.title
        )
        if offer not in offers:
            offers.add(offer)
            distinct.append((opportunity, closes))
    return distinct[:limit]
