"""The service layer's ports over in-memory fakes, for the service-layer tests of this
directory that are not test_handlers.py (whose fixture builds the same)."""

from __future__ import annotations

from matching.adapters.opportunity_index import OpportunityIndex
from matching.domain.scoring import ScoreWeights
from matching.service_layer.handlers import Ports
from tests.unit.matching.fakes import (
    FakeMatches,
    FakeModels,
    FakeOpportunities,
    FakeSurvivors,
    TinyVocabulary,
)
from tests.unit.matching.strategies import NOW

__all__ = ["build_ports"]


def build_ports() -> Ports:
    vocabulary = TinyVocabulary()
    return Ports(
        survivors=FakeSurvivors(),
        opportunities=FakeOpportunities(),
        matches=FakeMatches(),
        index=OpportunityIndex(
            concepts=vocabulary, weights=ScoreWeights(), text_features=2**12, skill_features=2**10
        ),
        sector_concepts_in=lambda text: vocabulary.concepts_in(text) & {"fishing", "food_service"},
        clock=lambda: NOW,
        interest_concepts=lambda s: vocabulary.concepts_in(s.profile.interests),
        models=FakeModels(),
    )
