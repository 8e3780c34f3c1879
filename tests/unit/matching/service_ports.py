"""The service layer's ports over in-memory fakes, for the service-layer tests of this
directory."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from matching.adapters.opportunity_index import OpportunityIndex
from matching.domain.scoring import ScoreWeights
from matching.service_layer.handlers import Ports
from matching.service_layer.ports import DashboardCounters
from tests.unit.matching.fakes import (
    FakeMatches,
    FakeModels,
    FakeOpportunities,
    FakeStandings,
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
    standings: FakeStandings = field(default_factory=FakeStandings)


def build_ports(
    *, clock: Callable[[], datetime] = lambda: NOW, dashboards: DashboardCounters | None = None
) -> FakePorts:
    """Fresh fakes, a small index over the tiny vocabulary, the given clock and counters."""
    vocabulary = TinyVocabulary()
    return FakePorts(
        survivors=FakeSurvivors(),
        opportunities=FakeOpportunities(),
        matches=FakeMatches(),
        index=OpportunityIndex(
            concepts=vocabulary, weights=ScoreWeights(), text_features=2**12, skill_features=2**10
        ),
        sector_concepts_in=lambda text, declared=None: (
            vocabulary.concepts_in(text) & {"fishing", "food_service"}
        ),
        clock=clock,
        interest_concepts=lambda s: vocabulary.concepts_in(s.profile.interests),
        models=FakeModels(),
        dashboards=dashboards,
        standings=FakeStandings(),
    )
