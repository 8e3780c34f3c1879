"""The demo users' organisations get a share of the demo population, the same share on
every run, and only from their own country."""

from __future__ import annotations

import functools
import json
from pathlib import Path

import pytest

from pathways_demo.generator import Population, generate_population
from pathways_demo.homes import DemoHomes, rehome

HOMES = DemoHomes(country="TH", ngo="org_ngo", employer="org_emp", training_provider="org_tp")


@functools.cache
def population() -> Population:
    return generate_population(survivors=300, opportunities=300, seed=7)


def test_a_few_survivors_of_the_country_move_to_the_demo_ngo() -> None:
    moved = rehome(population(), HOMES, survivors=10)
    ours = [s for s in moved.survivors if s.organisation_id == "org_ngo"]
    assert len(ours) == 10
    assert {s.country for s in ours} == {"TH"}
    # Nothing else about them changes: the same people, with their request ids.
    before = {s.request_id: s for s in population().survivors}
    for survivor in ours:
        assert before[survivor.request_id].profile == survivor.profile
        assert before[survivor.request_id].consents == survivor.consents
    assert len(moved.survivors) == len(population().survivors)


def test_jobs_go_to_the_demo_employer_and_courses_to_the_demo_provider() -> None:
    moved = rehome(population(), HOMES, jobs=5, courses=3)
    employer = [o for o in moved.opportunities if o.organisation_id == "org_emp"]
    provider = [o for o in moved.opportunities if o.organisation_id == "org_tp"]
    assert len(employer) == 5
    assert all(o.is_job for o in employer)
    assert len(provider) == 3
    assert not any(o.is_job for o in provider)
    assert {o.country for o in employer + provider} == {"TH"}


def test_every_run_moves_the_same_ones() -> None:
    first = rehome(population(), HOMES)
    again = rehome(generate_population(survivors=300, opportunities=300, seed=7), HOMES)
    assert [s.request_id for s in first.survivors if s.organisation_id == "org_ngo"] == [
        s.request_id for s in again.survivors if s.organisation_id == "org_ngo"
    ]


def test_a_country_with_no_one_moves_no_one() -> None:
    elsewhere = DemoHomes(country="FR", ngo="a", employer="b", training_provider="c")
    assert rehome(population(), elsewhere) == population()


def test_the_file_round_trips(tmp_path: Path) -> None:
    path = tmp_path / "homes.json"
    HOMES.write(path)
    assert DemoHomes.read(path) == HOMES


@pytest.mark.parametrize(
    "content",
    ["not json", "[]", json.dumps({"country": "TH", "ngo": "x", "employer": "y"})],
)
def test_a_broken_file_is_named_in_the_error(tmp_path: Path, content: str) -> None:
    path = tmp_path / "homes.json"
    path.write_text(content)
    with pytest.raises(ValueError, match=r"homes\.json"):
        DemoHomes.read(path)
