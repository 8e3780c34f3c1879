"""One contract, two stores: the unit tests' ``FakeModels`` and ``MongoOutcomeModelRepository``
on a real FerretDB answer every case the same way (``matching.service_layer.ports.
OutcomeModelRepository``).

Training and the blended score are unit-tested on the fake: with no model saved matching
ranks by content alone, and a saved model must come back whole (its version, its
coefficients, its held-out metrics), since ``GetMatches`` blends what it predicts.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from typing import Any

import pytest
from pymongo import MongoClient

from matching.adapters.mongo_repositories import MongoOutcomeModelRepository, ensure_indexes
from matching.domain.outcome_model import (
    ALLOWED_FEATURES,
    OutcomeMetrics,
    OutcomeModel,
    ReliabilityBin,
)
from matching.service_layer.ports import OutcomeModelRepository
from tests.unit.matching.fakes import FakeModels


@pytest.fixture(params=["fake", "mongodb"])
def models(request: pytest.FixtureRequest) -> Iterator[OutcomeModelRepository]:
    if request.param == "fake":
        yield FakeModels()
        return
    mongodb_uri: str = request.getfixturevalue("mongodb_uri")
    client: MongoClient[Any] = MongoClient(mongodb_uri, tz_aware=True)
    name = f"mdl_{uuid.uuid4().hex[:10]}"
    try:
        ensure_indexes(client[name])
        yield MongoOutcomeModelRepository(client[name])
    finally:
        client.drop_database(name)
        client.close()


def _model(version: str) -> OutcomeModel:
    width = len(ALLOWED_FEATURES)
    return OutcomeModel(
        version=version,
        feature_names=ALLOWED_FEATURES,
        means=tuple(0.25 for _ in range(width)),
        scales=tuple(0.5 for _ in range(width)),
        coefficients=tuple(0.125 * (i - 2) for i in range(width)),
        intercept=-0.75,
        metrics=OutcomeMetrics(
            roc_auc=0.71,
            brier=0.18,
            baseline_brier=0.21,
            expected_calibration_error=0.04,
            reliability=(ReliabilityBin(0.0, 0.1, 12, 0.06, 0.08),),
            n_train=160,
            n_test=40,
            positive_rate=0.3,
            converged=True,
        ),
    )


def test_with_no_model_saved_there_is_none_in_use(models: OutcomeModelRepository) -> None:
    assert models.latest() is None


def test_a_saved_model_is_the_one_in_use_and_comes_back_whole(
    models: OutcomeModelRepository,
) -> None:
    saved = _model("2026-03-01T08:00:00Z")
    models.save(saved)

    in_use = models.latest()
    assert in_use is not None
    assert in_use == saved
    assert in_use.metrics == saved.metrics
