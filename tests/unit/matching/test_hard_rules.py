"""Every hard rule, by example and as a property over random (and hostile) pairs."""

from __future__ import annotations

from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from matching.domain.opportunity import Opportunity, OpportunityStatus
from matching.domain.rules import MatchContext, Violation, is_eligible, violations
from matching.domain.survivor import Survivor
from matching.domain.values import (
    ConsentPurpose,
    LanguageLevel,
    LanguageSkill,
    OpportunityKind,
    ReadinessStage,
    SurvivorCondition,
    Workplace,
)
from tests.support.examples import examples
from tests.unit.matching.strategies import (
    PLACES,
    open_job,
    pairs,
    ready_survivor,
)


def test_a_ready_consenting_nearby_survivor_may_be_offered_the_job() -> None:
    assert violations(ready_survivor(), open_job()) == []


# -- readiness --------------------------------------------------------------------------


def test_nothing_is_offered_while_stabilising() -> None:
    survivor = ready_survivor(stage=ReadinessStage.STABILISING)
    training = open_job(kind=OpportunityKind.TRAINING)
    assert Violation.NOT_READY in violations(survivor, open_job())
    assert Violation.NOT_READY in violations(survivor, training)


def test_training_is_offered_from_training_ready_but_jobs_are_not() -> None:
    survivor = ready_survivor(stage=ReadinessStage.TRAINING_READY)
    assert violations(survivor, open_job(kind=OpportunityKind.TRAINING)) == []
    assert violations(survivor, open_job()) == [Violation.NOT_READY]


def test_peer_support_ready_gets_no_training_or_job() -> None:
    survivor = ready_survivor(stage=ReadinessStage.PEER_SUPPORT_READY)
    assert Violation.NOT_READY in violations(survivor, open_job(kind=OpportunityKind.TRAINING))


@given(pairs())
def test_no_job_is_ever_offered_before_employment_ready(pair: tuple[Survivor, Opportunity]) -> None:
    survivor, opportunity = pair
    if (
        opportunity.details.kind is OpportunityKind.JOB
        and survivor.stage < ReadinessStage.EMPLOYMENT_READY
    ):
        assert not is_eligible(survivor, opportunity)


@given(pairs())
def test_no_training_is_ever_offered_before_training_ready(
    pair: tuple[Survivor, Opportunity],
) -> None:
    survivor, opportunity = pair
    if survivor.stage < ReadinessStage.TRAINING_READY:
        assert not is_eligible(survivor, opportunity)


# -- consent ----------------------------------------------------------------------------


def test_no_matching_without_matching_consent() -> None:
    survivor = ready_survivor(consents=(ConsentPurpose.PEER_GROUPS,))
    assert violations(survivor, open_job()) == [Violation.NO_MATCHING_CONSENT]


def test_revoked_consent_stops_matching() -> None:
    from tests.unit.matching.strategies import NOW

    survivor = ready_survivor()
    survivor.set_consent(purpose=ConsentPurpose.MATCHING, granted=False, at=NOW, by="u1")
    assert Violation.NO_MATCHING_CONSENT in violations(survivor, open_job())


@given(pairs())
def test_no_one_without_matching_consent_is_ever_matched(
    pair: tuple[Survivor, Opportunity],
) -> None:
    survivor, opportunity = pair
    if not survivor.has_consent(ConsentPurpose.MATCHING):
        assert not is_eligible(survivor, opportunity)


# -- language ---------------------------------------------------------------------------


def test_a_shared_language_at_the_required_level_is_needed() -> None:
    survivor = ready_survivor(languages=(LanguageSkill("km", LanguageLevel.NATIVE),))
    assert violations(survivor, open_job()) == [Violation.NO_SHARED_LANGUAGE]
    too_weak = ready_survivor(languages=(LanguageSkill("th", LanguageLevel.BASIC),))
    assert violations(too_weak, open_job()) == [Violation.NO_SHARED_LANGUAGE]


def test_any_one_listed_language_suffices() -> None:
    job = open_job(
        languages=(
            LanguageSkill("th", LanguageLevel.FLUENT),
            LanguageSkill("km", LanguageLevel.BASIC),
        )
    )
    survivor = ready_survivor(languages=(LanguageSkill("km", LanguageLevel.CONVERSATIONAL),))
    assert violations(survivor, job) == []


@given(pairs())
def test_every_match_shares_a_language_at_the_required_level(
    pair: tuple[Survivor, Opportunity],
) -> None:
    survivor, opportunity = pair
    if is_eligible(survivor, opportunity) and opportunity.details.languages:
        held = {s.language: s.level for s in survivor.profile.languages}
        assert any(held.get(r.language, 0) >= r.level for r in opportunity.details.languages)


# -- reach ------------------------------------------------------------------------------


def test_in_person_work_beyond_the_travel_radius_is_out_of_reach() -> None:
    far = open_job(location=PLACES[2])  # Chiang Mai, ~580 km from Bangkok
    assert violations(ready_survivor(), far) == [Violation.OUT_OF_REACH]


def test_remote_work_needs_the_survivor_to_accept_remote_work() -> None:
    remote = open_job(remote=True, location=None)
    assert violations(ready_survivor(remote_ok=False), remote) == [Violation.OUT_OF_REACH]
    assert violations(ready_survivor(remote_ok=True), remote) == []


@given(pairs())
def test_every_in_person_match_is_within_the_travel_radius(
    pair: tuple[Survivor, Opportunity],
) -> None:
    survivor, opportunity = pair
    if is_eligible(survivor, opportunity):
        if opportunity.details.remote:
            assert survivor.profile.remote_ok
        else:
            residence, location = survivor.profile.residence, opportunity.details.location
            assert residence is not None
            assert location is not None
            assert residence.distance_km(location) <= survivor.profile.travel_radius_km


# -- age and minors ---------------------------------------------------------------------


def test_minimum_age_is_respected() -> None:
    minor = ready_survivor(age_band="15-17", minor=True)
    assert Violation.UNDER_MINIMUM_AGE in violations(minor, open_job(minimum_age=18))
    assert violations(minor, open_job(minimum_age=15)) == []


def test_no_hazardous_work_for_minors() -> None:
    minor = ready_survivor(age_band="15-17", minor=True)
    assert violations(minor, open_job(minimum_age=15, hazardous=True)) == [
        Violation.HAZARDOUS_FOR_MINOR
    ]
    assert violations(ready_survivor(), open_job(hazardous=True)) == []


@given(pairs())
def test_no_minor_is_ever_matched_to_hazardous_or_under_age_work(
    pair: tuple[Survivor, Opportunity],
) -> None:
    survivor, opportunity = pair
    if is_eligible(survivor, opportunity):
        assert survivor.profile.minimum_age >= opportunity.details.minimum_age
        if survivor.profile.minor:
            assert not opportunity.details.hazardous


# -- sectors to avoid -------------------------------------------------------------------


def test_a_sector_the_survivor_avoids_is_never_offered() -> None:
    survivor = ready_survivor(sectors_to_avoid=frozenset({"food_service"}))
    assert violations(survivor, open_job()) == [Violation.SECTOR_AVOIDED]


def test_a_sector_detected_in_the_text_counts_even_if_declared_otherwise() -> None:
    survivor = ready_survivor(sectors_to_avoid=frozenset({"fishing"}))
    job = open_job(sector="food_service")
    job.detected_sectors = frozenset({"fishing"})
    assert violations(survivor, job) == [Violation.SECTOR_AVOIDED]


@given(pairs())
def test_no_match_is_ever_in_a_sector_to_avoid(pair: tuple[Survivor, Opportunity]) -> None:
    survivor, opportunity = pair
    if is_eligible(survivor, opportunity):
        assert not survivor.profile.sectors_to_avoid & opportunity.sectors


# -- stated conditions ------------------------------------------------------------------


def test_stated_conditions_are_met() -> None:
    cases = [
        (SurvivorCondition.NO_NIGHT_SHIFTS, Workplace(night_shifts=True), Workplace()),
        (SurvivorCondition.WOMEN_ONLY_WORKPLACE, Workplace(), Workplace(women_only=True)),
        (SurvivorCondition.NO_LIVE_IN, Workplace(live_in=True), Workplace()),
        (SurvivorCondition.NO_HEAVY_LIFTING, Workplace(heavy_lifting=True), Workplace()),
    ]
    for condition, breaks, keeps in cases:
        survivor = ready_survivor(conditions=frozenset({condition}))
        assert violations(survivor, open_job(workplace=breaks)) == [Violation.CONDITION_NOT_MET]
        assert violations(survivor, open_job(workplace=keeps)) == []


@given(pairs())
def test_every_match_meets_every_stated_condition(pair: tuple[Survivor, Opportunity]) -> None:
    survivor, opportunity = pair
    if is_eligible(survivor, opportunity):
        workplace, conditions = opportunity.details.workplace, survivor.profile.conditions
        assert not (SurvivorCondition.NO_NIGHT_SHIFTS in conditions and workplace.night_shifts)
        assert not (
            SurvivorCondition.WOMEN_ONLY_WORKPLACE in conditions and not workplace.women_only
        )
        assert not (SurvivorCondition.NO_LIVE_IN in conditions and workplace.live_in)
        assert not (SurvivorCondition.NO_HEAVY_LIFTING in conditions and workplace.heavy_lifting)


# -- open with capacity -----------------------------------------------------------------


def test_only_open_opportunities_with_capacity_left_are_offered() -> None:
    for status in (OpportunityStatus.PAUSED, OpportunityStatus.FILLED, OpportunityStatus.CLOSED):
        job = open_job()
        job.status = status
        assert violations(ready_survivor(), job) == [Violation.NOT_OPEN]
    full = open_job(openings=1)
    full.placements = 1
    assert violations(ready_survivor(), full) == [Violation.NOT_OPEN]


@given(pairs())
def test_every_match_is_open_with_capacity_left(pair: tuple[Survivor, Opportunity]) -> None:
    survivor, opportunity = pair
    if is_eligible(survivor, opportunity):
        assert opportunity.status is OpportunityStatus.OPEN
        assert opportunity.placements < opportunity.details.openings


# -- declined before --------------------------------------------------------------------


def test_a_declined_opportunity_is_not_proposed_again_until_it_changes_materially() -> None:
    survivor, job = ready_survivor(), open_job()
    declined = MatchContext(declined_at_offer=job.offer_revision)
    assert violations(survivor, job, declined) == [Violation.DECLINED_BEFORE]

    job.update(details=job.details.__class__(**{**_details(job), "title": "Line cook (day)"}))
    assert violations(survivor, job, declined) == [Violation.DECLINED_BEFORE]

    job.update(
        details=job.details.__class__(**{**_details(job), "workplace": Workplace(live_in=True)})
    )
    assert violations(survivor, job, declined) == []


def _details(job: Opportunity) -> dict[str, Any]:
    from dataclasses import fields

    return {f.name: getattr(job.details, f.name) for f in fields(job.details)}


@given(pairs(), st.integers(1, 4))
def test_a_declined_match_is_never_proposed_at_the_same_offer(
    pair: tuple[Survivor, Opportunity], declined_at: int
) -> None:
    survivor, opportunity = pair
    context = MatchContext(declined_at_offer=declined_at)
    if is_eligible(survivor, opportunity, context):
        assert opportunity.offer_revision > declined_at


def test_the_random_pairs_hold_both_eligible_and_ineligible_ones() -> None:
    """Guards the properties above against passing vacuously."""
    from hypothesis import settings

    seen: list[bool] = []

    @settings(max_examples=examples(200), database=None, derandomize=True)
    @given(pairs())
    def sample(pair: tuple[Survivor, Opportunity]) -> None:
        seen.append(is_eligible(*pair))

    sample()
    assert 0.2 < sum(seen) / len(seen) < 0.8
