"""The service layer's ports over in-memory fakes, for the service-layer tests of this
directory that are not test_handlers.py (whose fixture builds the same)."""

from __future__ import annotations

from dataclasses import dataclass, field

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

__all__ = ["FakePorts", "build_ports"]


@dataclass
class FakePorts(Ports):
    """The ports over the in-memory fakes, typed as the fakes so a test can look inside
    them (what was stored, which events went out)."""

    survivors: FakeSurvivors
    opportunities: FakeOpportunities
    matches: FakeMatches
    models: FakeModels = field(default_factory=FakeModels)


def build_ports() -> FakePorts:
    vocabulary = TinyVocabulary()
    return FakePorts(
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
