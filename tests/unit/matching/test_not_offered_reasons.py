"""An empty or short list of recommendations says why."""

from __future__ import annotations

from typing import Any

import pytest

from matching.domain.survivor import Survivor
from matching.domain.values import (
    ConsentPurpose,
    LanguageLevel,
    LanguageSkill,
    OpportunityKind,
    ReadinessStage,
)
from matching.service_layer import commands, queries
from matching.service_layer.handlers import Ports, handle
from tests.unit.matching.service_ports import build_ports
from tests.unit.matching.strategies import PLACES
from tests.unit.matching.test_handlers import EMPLOYER, OFFICER, PROVIDER, _details, _profile


@pytest.fixture
def ports() -> Ports:
    return build_ports()


def _survivor(
    ports: Ports, *, stage: ReadinessStage | None = None, consent: bool = True, **profile: Any
) -> Survivor:
    survivor: Survivor = handle(
        commands.RegisterSurvivor(caller=OFFICER, profile=_profile(**profile)), ports
    )
    if stage is not None:
        survivor = handle(
            commands.AssessReadiness(
                caller=OFFICER,
                survivor_id=survivor.survivor_id,
                stage=stage,
                review_due=None,
                expected_version=survivor.version,
            ),
            ports,
        )
    if consent:
        survivor = handle(
            commands.SetConsent(
                caller=OFFICER,
                survivor_id=survivor.survivor_id,
                purpose=ConsentPurpose.MATCHING,
                granted=True,
                expected_version=survivor.version,
            ),
            ports,
        )
    return survivor


def _codes(ports: Ports, survivor: Survivor) -> list[str]:
    found = queries.get_recommendations(
        OFFICER, survivor.survivor_id, top_k=10, kind=None, ports=ports
    )
    assert found.suggestions == []
    return [reason.code for reason in found.not_offered_because]


def test_never_assessed_is_named(ports: Ports) -> None:
    assert _codes(ports, _survivor(ports)) == ["not_assessed"]


def test_stabilising_names_the_stage_each_kind_needs(ports: Ports) -> None:
    codes = _codes(ports, _survivor(ports, stage=ReadinessStage.STABILISING))
    assert codes == ["readiness_stage", "readiness_stage"]  # jobs and training


def test_no_matching_consent_is_named(ports: Ports) -> None:
    survivor = _survivor(ports, stage=ReadinessStage.EMPLOYMENT_READY, consent=False)
    assert "no_matching_consent" in _codes(ports, survivor)


def test_no_residence_is_named_with_what_it_left_out(ports: Ports) -> None:
    handle(commands.PostOpportunity(caller=EMPLOYER, details=_details()), ports)
    survivor = _survivor(ports, stage=ReadinessStage.EMPLOYMENT_READY, residence=None)
    found = queries.get_recommendations(
        OFFICER, survivor.survivor_id, top_k=10, kind=None, ports=ports
    )
    (reason,) = [r for r in found.not_offered_because if r.code == "no_residence"]
    assert reason.count == 1


def test_no_shared_language_is_counted(ports: Ports) -> None:
    handle(commands.PostOpportunity(caller=EMPLOYER, details=_details()), ports)  # asks Thai

    survivor = _survivor(
        ports,
        stage=ReadinessStage.EMPLOYMENT_READY,
        languages=(LanguageSkill("km", LanguageLevel.NATIVE),),
    )
    found = queries.get_recommendations(
        OFFICER, survivor.survivor_id, top_k=10, kind=None, ports=ports
    )
    assert [(r.code, r.count) for r in found.not_offered_because] == [("no_shared_language", 1)]


def test_a_minor_with_only_adult_places_is_told_so(ports: Ports) -> None:
    handle(commands.PostOpportunity(caller=EMPLOYER, details=_details(minimum_age=18)), ports)
    survivor = _survivor(ports, stage=ReadinessStage.EMPLOYMENT_READY, age_band="15-17", minor=True)
    assert "minor_nothing_allowed" in _codes(ports, survivor)


def test_a_full_list_needs_no_explanation(ports: Ports) -> None:
    handle(commands.PostOpportunity(caller=EMPLOYER, details=_details()), ports)
    survivor = _survivor(ports, stage=ReadinessStage.EMPLOYMENT_READY)
    found = queries.get_recommendations(
        OFFICER, survivor.survivor_id, top_k=1, kind=None, ports=ports
    )
    assert len(found.suggestions) == 1
    assert found.not_offered_because == []


def _reasons(ports: Ports, survivor: Survivor) -> list[tuple[str, int]]:
    found = queries.get_recommendations(
        OFFICER, survivor.survivor_id, top_k=10, kind=None, ports=ports
    )
    assert found.suggestions == []
    return [(r.code, r.count) for r in found.not_offered_because]


def test_a_place_beyond_the_travel_distance_is_counted(ports: Ports) -> None:
    # Chiang Mai is some 580 km from Bang Rak, the survivor's home; they travel 20 km.
    handle(commands.PostOpportunity(caller=EMPLOYER, details=_details(location=PLACES[2])), ports)
    survivor = _survivor(ports, stage=ReadinessStage.EMPLOYMENT_READY)

    assert _reasons(ports, survivor) == [("out_of_reach", 1)]


def test_online_study_left_out_for_someone_not_open_to_remote_work_is_named(ports: Ports) -> None:
    online_course = _details(
        kind=OpportunityKind.TRAINING, title="Online bookkeeping", location=None, remote=True
    )
    handle(commands.PostOpportunity(caller=PROVIDER, details=online_course), ports)
    survivor = _survivor(ports, stage=ReadinessStage.EMPLOYMENT_READY, remote_ok=False)

    # Out of reach only because remote was not chosen: named once, not as a distance too.
    assert _reasons(ports, survivor) == [("remote_not_chosen", 1)]


def test_remote_work_in_another_country_is_not_told_as_a_remote_choice(ports: Ports) -> None:
    """Across a border a remote offer stays out whatever the survivor's remote choice
    (recruitment "online" from abroad is a known lure): ticking remote would not help."""
    abroad = _details(
        location=PLACES[3], remote=True
    )  # in Cambodia; the survivor lives in Thailand
    handle(commands.PostOpportunity(caller=EMPLOYER, details=abroad), ports)
    survivor = _survivor(ports, stage=ReadinessStage.EMPLOYMENT_READY, remote_ok=False)

    assert _reasons(ports, survivor) == [("out_of_reach", 1)]


def test_a_list_short_for_poor_fits_still_names_what_the_rules_left_out(ports: Ports) -> None:
    """The matching probe's miss: with a poor fit below the floor, the count of what the
    rules left out was spared, so online courses vanished without a word."""
    handle(commands.PostOpportunity(caller=EMPLOYER, details=_details()), ports)  # a barista
    bricklaying = _details(
        title="Bricklayer", description="Laying bricks on building sites", sector="construction"
    )
    handle(commands.PostOpportunity(caller=EMPLOYER, details=bricklaying), ports)
    online = _details(
        kind=OpportunityKind.TRAINING, title="Online latte art", location=None, remote=True
    )
    handle(commands.PostOpportunity(caller=PROVIDER, details=online), ports)
    survivor = _survivor(ports, stage=ReadinessStage.EMPLOYMENT_READY, remote_ok=False)

    found = queries.get_recommendations(
        OFFICER, survivor.survivor_id, top_k=10, kind=None, ports=ports
    )
    assert [s.opportunity.details.title for s in found.suggestions] == ["Barista"]
    assert [(r.code, r.count) for r in found.not_offered_because] == [
        ("remote_not_chosen", 1),
        ("below_relevance_floor", 1),
    ]
