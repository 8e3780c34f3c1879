"""The shipped vocabulary, loaded once, and an index over it sized for a few opportunities:
what the tests of reading and ranking real phrases share."""

from __future__ import annotations

import functools

from matching.adapters.opportunity_index import OpportunityIndex
from matching.adapters.vocabulary_files import load_vocabulary
from matching.domain.opportunity import Opportunity
from matching.domain.scoring import ScoreWeights
from matching.domain.vocabulary import Vocabulary

__all__ = ["index_of", "shipped"]


@functools.cache
def shipped() -> Vocabulary:
    return load_vocabulary()


def index_of(*opportunities: Opportunity) -> OpportunityIndex:
    """An index over the shipped vocabulary holding ``opportunities``."""
    index = OpportunityIndex(
        concepts=shipped(), weights=ScoreWeights(), text_features=2**12, skill_features=2**10
    )
    index.upsert_many(opportunities)
    return index
