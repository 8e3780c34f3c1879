"""One contract, two stores: the unit tests' ``FakeDashboardCounters`` and
``MongoDashboardCounters`` on a real FerretDB answer every case the same way
(``matching.service_layer.ports.DashboardCounters``).

The dashboards' rules (placements, readiness, erased people leaving the counts) are
unit-tested on the fake: both stores must add deltas, negative ones included, keep each
organisation's counts apart, and leave out counts that are back at zero.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from typing import Any

import pytest
from pymongo import MongoClient

from matching.adapters.dashboard_counters import MongoDashboardCounters
from matching.service_layer.ports import DashboardCounters
from tests.unit.matching.test_dashboard_counts import FakeDashboardCounters


@pytest.fixture(params=["fake", "mongodb"])
def counters(request: pytest.FixtureRequest) -> Iterator[DashboardCounters]:
    if request.param == "fake":
        yield FakeDashboardCounters()
        return
    mongodb_uri: str = request.getfixturevalue("mongodb_uri")
    client: MongoClient[Any] = MongoClient(mongodb_uri, tz_aware=True)
    name = f"dsh_{uuid.uuid4().hex[:10]}"
    try:
        yield MongoDashboardCounters(client[name])
    finally:
        client.drop_database(name)
        client.close()


def test_an_organisation_with_nothing_counted_has_no_counts(counters: DashboardCounters) -> None:
    assert counters.counts("org_ngo") == {}
    counters.apply("org_ngo", {})
    assert counters.counts("org_ngo") == {}


def test_deltas_add_up_per_organisation(counters: DashboardCounters) -> None:
    counters.apply("org_ngo", {"readiness.training_ready": 2, "placements.hired": 1})
    counters.apply("org_ngo", {"readiness.training_ready": 1, "readiness.stabilising": 4})
    counters.apply("org_other", {"readiness.training_ready": 7})

    assert counters.counts("org_ngo") == {
        "readiness.training_ready": 3,
        "readiness.stabilising": 4,
        "placements.hired": 1,
    }
    assert counters.counts("org_other") == {"readiness.training_ready": 7}


def test_a_count_taken_back_to_zero_is_left_out(counters: DashboardCounters) -> None:
    counters.apply("org_ngo", {"readiness.training_ready": 2, "placements.hired": 1})
    # Someone moved on a stage and someone else was erased: their counts are taken away.
    counters.apply("org_ngo", {"readiness.training_ready": -2, "readiness.employment_ready": 1})

    assert counters.counts("org_ngo") == {"placements.hired": 1, "readiness.employment_ready": 1}


def test_hires_kept_by_day_are_counts_like_any_other(counters: DashboardCounters) -> None:
    # A day is the code of its count: dashes in a field name, and a day's count taken
    # away when its hire leaves (an erasure).
    counters.apply("org_cafe", {"hired_on.2026-05-01": 2, "hired_on.2026-11-22": 1})
    counters.apply("org_cafe", {"hired_on.2026-05-01": -1, "hired_on.2026-11-22": -1})

    assert counters.counts("org_cafe") == {"hired_on.2026-05-01": 1}
