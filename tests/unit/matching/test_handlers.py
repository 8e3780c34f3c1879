"""The service layer with in-memory fakes: commands, queries, and the rules they enforce."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime
from typing import Any

import pytest

from matching.domain.access import Caller, Role
from matching.domain.errors import Forbidden, InvalidInput, NotAllowedNow, NotFound, StaleVersion
from matching.domain.events import ConsentChanged, OpportunityPosted, ReadinessAssessed
from matching.domain.match import MatchState
from matching.domain.opportunity import OpportunityDetails, OpportunityStatus
from matching.domain.survivor import Survivor, SurvivorProfile
from matching.domain.values import (
    ConsentPurpose,
    LanguageLevel,
    LanguageSkill,
    MonthlyAmount,
    OpportunityKind,
    ReadinessStage,
)
from matching.service_layer import commands, queries
from matching.service_layer.handlers import Ports, alias_for, handle
from tests.unit.matching.service_ports import FakePorts, build_ports
from tests.unit.matching.strategies import NOW, PLACES

OFFICER = Caller("u_officer", "org_ngo", Role.REINTEGRATION_OFFICER)
OTHER_OFFICER = Caller("u_other", "org_elsewhere", Role.REINTEGRATION_OFFICER)
EMPLOYER = Caller("u_employer", "org_cafe", Role.EMPLOYER)
PROVIDER = Caller("u_provider", "org_school", Role.TRAINING_PROVIDER)


@pytest.fixture
def ports() -> FakePorts:
    return build_ports()


def _profile(**changes: Any) -> SurvivorProfile:
    fields: dict[str, Any] = {
        "languages": (LanguageSkill("th", LanguageLevel.NATIVE),),
        "age_band": "18-24",
        "minor": False,
        "residence": PLACES[0],
        "interests": "ชอบทำอาหาร อยากทำงานร้านกาแฟ",
        "travel_radius_km": 20,
        "income_goal": MonthlyAmount(9_000, "THB"),
    }
    fields.update(changes)
    return SurvivorProfile(**fields)


def _details(**changes: Any) -> OpportunityDetails:
    fields: dict[str, Any] = {
        "kind": OpportunityKind.JOB,
        "title": "Barista",
        "description": "Coffee shop needs a barista",
        "sector": "food_service",
        "openings": 1,
        "languages": (LanguageSkill("th", LanguageLevel.CONVERSATIONAL),),
        "location": PLACES[1],
        "pay": MonthlyAmount(10_000, "THB"),
    }
    fields.update(changes)
    return OpportunityDetails(**fields)


def _shares_with_employers(ports: Ports, survivor: Survivor) -> Survivor:
    """The survivor's consent to employer shortlists, without which no employer reaches
    their matches."""
    return set_consent(ports, survivor, ConsentPurpose.EMPLOYER_SHORTLIST)


def set_consent(
    ports: Ports, survivor: Survivor, purpose: ConsentPurpose, *, granted: bool = True
) -> Survivor:
    """The survivor's consent to ``purpose`` given (or withdrawn), by their officer, at the
    survivor's version as stored now."""
    current = ports.survivors.get(survivor.survivor_id)
    assert current is not None
    changed: Survivor = handle(
        commands.SetConsent(
            caller=OFFICER,
            survivor_id=survivor.survivor_id,
            purpose=purpose,
            granted=granted,
            expected_version=current.version,
        ),
        ports,
    )
    return changed


def _ready_survivor(
    ports: Ports, stage: ReadinessStage = ReadinessStage.EMPLOYMENT_READY, **profile: Any
) -> Survivor:
    survivor: Survivor = handle(
        commands.RegisterSurvivor(caller=OFFICER, profile=_profile(**profile)), ports
    )
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
    consenting: Survivor = handle(
        commands.SetConsent(
            caller=OFFICER,
            survivor_id=survivor.survivor_id,
            purpose=ConsentPurpose.MATCHING,
            granted=True,
            expected_version=survivor.version,
        ),
        ports,
    )
    return consenting


def test_registering_twice_with_one_request_id_creates_one_survivor(ports: FakePorts) -> None:
    command = commands.RegisterSurvivor(caller=OFFICER, profile=_profile(), request_id="r-1")
    first, second = handle(command, ports), handle(command, ports)
    assert first.survivor_id == second.survivor_id
    assert len(ports.survivors.items) == 1
    assert first.alias == alias_for(first.survivor_id)


def test_only_officers_register_survivors(ports: FakePorts) -> None:
    with pytest.raises(Forbidden):
        handle(commands.RegisterSurvivor(caller=EMPLOYER, profile=_profile()), ports)


def test_a_stale_version_is_refused_and_changes_nothing(ports: FakePorts) -> None:
    survivor = _ready_survivor(ports)
    stale = commands.AssessReadiness(
        caller=OFFICER,
        survivor_id=survivor.survivor_id,
        stage=ReadinessStage.STABILISING,
        review_due=None,
        expected_version=survivor.version - 1,
    )
    with pytest.raises(StaleVersion):
        handle(stale, ports)
    stored = ports.survivors.get(survivor.survivor_id)
    assert stored is not None
    assert stored.stage is ReadinessStage.EMPLOYMENT_READY


def test_readiness_and_consent_changes_are_events(ports: FakePorts) -> None:
    _ready_survivor(ports)
    kinds = {type(event) for event in ports.survivors.published}
    assert {ReadinessAssessed, ConsentChanged} <= kinds


def test_an_officer_of_another_organisation_is_told_nothing_exists(ports: FakePorts) -> None:
    survivor = _ready_survivor(ports)
    with pytest.raises(NotFound):
        queries.get_survivor(OTHER_OFFICER, survivor.survivor_id, ports)
    with pytest.raises(NotFound):
        handle(
            commands.EraseSurvivor(caller=OTHER_OFFICER, survivor_id=survivor.survivor_id), ports
        )


def test_employers_post_jobs_and_providers_post_training_not_the_other_way(
    ports: FakePorts,
) -> None:
    with pytest.raises(Forbidden):
        handle(commands.PostOpportunity(caller=PROVIDER, details=_details()), ports)
    with pytest.raises(Forbidden):
        handle(
            commands.PostOpportunity(
                caller=EMPLOYER, details=_details(kind=OpportunityKind.TRAINING)
            ),
            ports,
        )
    posted = handle(commands.PostOpportunity(caller=EMPLOYER, details=_details()), ports)
    assert OpportunityPosted in {type(e) for e in ports.opportunities.published}
    assert ports.index.get(posted.opportunity_id) is not None


def test_a_sector_named_in_the_text_is_detected(ports: FakePorts) -> None:
    posted = handle(
        commands.PostOpportunity(
            caller=EMPLOYER,
            details=_details(
                title="Deckhand", description="Work on a fishing boat", sector="food_service"
            ),
        ),
        ports,
    )
    assert "fishing" in posted.sectors


def test_matches_come_with_reasons_and_a_proposal_records_them(ports: FakePorts) -> None:
    posted = handle(commands.PostOpportunity(caller=EMPLOYER, details=_details()), ports)
    survivor = _ready_survivor(ports)

    [suggestion] = queries.get_matches(
        OFFICER, survivor.survivor_id, top_k=5, kind=None, ports=ports
    )
    assert suggestion.opportunity.opportunity_id == posted.opportunity_id
    assert suggestion.scored.reasons

    match = handle(
        commands.ProposeMatch(
            caller=OFFICER, survivor_id=survivor.survivor_id, opportunity_id=posted.opportunity_id
        ),
        ports,
    )
    again = handle(
        commands.ProposeMatch(
            caller=OFFICER, survivor_id=survivor.survivor_id, opportunity_id=posted.opportunity_id
        ),
        ports,
    )
    assert match.match_id == again.match_id
    assert match.reasons == suggestion.scored.reasons
    assert match.score == pytest.approx(suggestion.scored.total, abs=1e-5)


def test_an_ineligible_proposal_is_refused_with_the_rule(ports: FakePorts) -> None:
    posted = handle(commands.PostOpportunity(caller=EMPLOYER, details=_details()), ports)
    survivor = _ready_survivor(ports, stage=ReadinessStage.TRAINING_READY)
    with pytest.raises(NotAllowedNow, match="not_ready"):
        handle(
            commands.ProposeMatch(
                caller=OFFICER,
                survivor_id=survivor.survivor_id,
                opportunity_id=posted.opportunity_id,
            ),
            ports,
        )


def test_a_hire_takes_an_opening_and_fills_the_job(ports: FakePorts) -> None:
    posted = handle(commands.PostOpportunity(caller=EMPLOYER, details=_details(openings=1)), ports)
    survivor = _shares_with_employers(ports, _ready_survivor(ports))
    match = handle(
        commands.ProposeMatch(
            caller=OFFICER, survivor_id=survivor.survivor_id, opportunity_id=posted.opportunity_id
        ),
        ports,
    )
    for caller, state in [
        (OFFICER, MatchState.ACCEPTED),
        (EMPLOYER, MatchState.EMPLOYER_INTEREST),
        (OFFICER, MatchState.INTRODUCED),
        (EMPLOYER, MatchState.HIRED),
    ]:
        match = handle(
            commands.TransitionMatch(caller=caller, match_id=match.match_id, to_state=state), ports
        )
    filled = ports.opportunities.get(posted.opportunity_id)
    assert filled is not None
    assert filled.status is OpportunityStatus.FILLED
    other = _ready_survivor(ports, interests="coffee")
    assert queries.get_matches(OFFICER, other.survivor_id, top_k=5, kind=None, ports=ports) == []


def test_shortlists_show_only_consenting_accepted_candidates_as_aliases(ports: FakePorts) -> None:
    posted = handle(commands.PostOpportunity(caller=EMPLOYER, details=_details(openings=3)), ports)
    survivor = _ready_survivor(ports)
    match = handle(
        commands.ProposeMatch(
            caller=OFFICER, survivor_id=survivor.survivor_id, opportunity_id=posted.opportunity_id
        ),
        ports,
    )
    assert queries.get_shortlist(EMPLOYER, posted.opportunity_id, ports) == []  # only proposed
    handle(
        commands.TransitionMatch(
            caller=OFFICER, match_id=match.match_id, to_state=MatchState.ACCEPTED
        ),
        ports,
    )
    assert queries.get_shortlist(EMPLOYER, posted.opportunity_id, ports) == []  # no consent yet
    stored = ports.survivors.get(survivor.survivor_id)
    assert stored is not None
    survivor = stored
    handle(
        commands.SetConsent(
            caller=OFFICER,
            survivor_id=survivor.survivor_id,
            purpose=ConsentPurpose.EMPLOYER_SHORTLIST,
            granted=True,
            expected_version=survivor.version,
        ),
        ports,
    )
    [card] = queries.get_shortlist(EMPLOYER, posted.opportunity_id, ports)
    # The employer's own code for them, never the one their NGO knows them by.
    assert card.alias != survivor.alias
    assert re.fullmatch(r"P-[A-Z0-9]{6}", card.alias)
    assert set(card.__dataclass_fields__) == {
        "match_id",
        "alias",
        "languages",
        "skills",
        "interests",
        "readiness",
        "state",
        "score",
        # Whom the card is about, for the audit record of the read only: sent to the
        # gateway as the card's audit_subject, never rendered (the gateway's route tests
        # hold what an employer sees to CARD_FIELDS).
        "survivor_id",
        "survivor_organisation_id",
    }
    assert (card.survivor_id, card.survivor_organisation_id) == (
        survivor.survivor_id,
        OFFICER.organisation_id,
    )
    with pytest.raises(NotFound):
        queries.get_shortlist(
            Caller("u2", "org_rival", Role.EMPLOYER), posted.opportunity_id, ports
        )


def _accepted_on_shortlist(ports: FakePorts, survivor: Survivor, opportunity_id: str) -> None:
    match = handle(
        commands.ProposeMatch(
            caller=OFFICER, survivor_id=survivor.survivor_id, opportunity_id=opportunity_id
        ),
        ports,
    )
    handle(
        commands.TransitionMatch(
            caller=OFFICER, match_id=match.match_id, to_state=MatchState.ACCEPTED
        ),
        ports,
    )


def test_a_card_shows_only_the_languages_the_opportunity_asks_for(ports: FakePorts) -> None:
    """An employer needs to know the candidate speaks the job's languages, and no more: a
    minority's mother tongue beside the country's may tell where a person comes from (the
    mission: employers see only what their role needs)."""
    posted = handle(commands.PostOpportunity(caller=EMPLOYER, details=_details()), ports)
    speaks = (
        LanguageSkill("my", LanguageLevel.NATIVE),
        LanguageSkill("shn", LanguageLevel.NATIVE),
        LanguageSkill("th", LanguageLevel.CONVERSATIONAL),
    )
    survivor = _shares_with_employers(ports, _ready_survivor(ports, languages=speaks))
    _accepted_on_shortlist(ports, survivor, posted.opportunity_id)
    [card] = queries.get_shortlist(EMPLOYER, posted.opportunity_id, ports)
    assert card.languages == (LanguageSkill("th", LanguageLevel.CONVERSATIONAL),)


def test_each_organisation_knows_a_candidate_by_a_code_of_its_own(ports: FakePorts) -> None:
    # Two employers comparing their shortlists must not learn that they see the same
    # person; each must see that person under one code every time it looks.
    hotel = Caller("u_hotel", "org_hotel", Role.EMPLOYER)
    cafe_job = handle(commands.PostOpportunity(caller=EMPLOYER, details=_details()), ports)
    cafe_course = handle(
        commands.PostOpportunity(
            caller=EMPLOYER, details=_details(title="Barista course", openings=2)
        ),
        ports,
    )
    hotel_job = handle(
        commands.PostOpportunity(caller=hotel, details=_details(title="Hotel barista")), ports
    )
    survivor = _shares_with_employers(ports, _ready_survivor(ports))
    for posted in (cafe_job, cafe_course, hotel_job):
        _accepted_on_shortlist(ports, survivor, posted.opportunity_id)

    [at_cafe] = queries.get_shortlist(EMPLOYER, cafe_job.opportunity_id, ports)
    [at_cafe_again] = queries.get_shortlist(EMPLOYER, cafe_course.opportunity_id, ports)
    [at_hotel] = queries.get_shortlist(hotel, hotel_job.opportunity_id, ports)
    assert at_cafe.alias == at_cafe_again.alias
    assert len({at_cafe.alias, at_hotel.alias, survivor.alias}) == 3
    # The officer still knows them by the alias kept with their record.
    assert queries.get_survivor(OFFICER, survivor.survivor_id, ports).alias == survivor.alias


def test_a_round_never_proposes_more_than_capacity(ports: FakePorts) -> None:
    posted = handle(commands.PostOpportunity(caller=EMPLOYER, details=_details(openings=1)), ports)
    ids = [_ready_survivor(ports).survivor_id for _ in range(4)]
    result = queries.run_round(
        OFFICER, ids, overbooking=2.0, candidates_per_survivor=5, ports=ports
    )
    assert list(result.optimal.proposals.values()).count(posted.opportunity_id) == 2
    assert result.optimal.total_fit >= result.greedy.total_fit


def test_erasure_removes_the_survivor_and_their_matches(ports: FakePorts) -> None:
    posted = handle(commands.PostOpportunity(caller=EMPLOYER, details=_details()), ports)
    survivor = _ready_survivor(ports)
    handle(
        commands.ProposeMatch(
            caller=OFFICER, survivor_id=survivor.survivor_id, opportunity_id=posted.opportunity_id
        ),
        ports,
    )
    handle(commands.EraseSurvivor(caller=OFFICER, survivor_id=survivor.survivor_id), ports)
    assert ports.survivors.get(survivor.survivor_id) is None
    assert ports.matches.for_survivor(survivor.survivor_id) == []


def test_top_k_is_bounded(ports: FakePorts) -> None:
    survivor = _ready_survivor(ports)
    with pytest.raises(InvalidInput):
        queries.get_matches(OFFICER, survivor.survivor_id, top_k=500, kind=None, ports=ports)


def test_outcomes_train_a_model_that_then_informs_matches(ports: FakePorts) -> None:
    admin = Caller("u_admin", "org_platform", Role.PLATFORM_ADMIN)
    assert handle(commands.TrainOutcomeModel(caller=admin, min_examples=20), ports) is None

    posted = handle(
        commands.PostOpportunity(caller=EMPLOYER, details=_details(openings=100)), ports
    )
    cooking = handle(
        commands.PostOpportunity(
            caller=EMPLOYER,
            details=_details(title="Cook", description="Restaurant kitchen", openings=100),
        ),
        ports,
    )
    # Each is proposed and hired on 1 June 2026, and recorded on the clock's day (28
    # November) as still employed on 1 July (30 days after the hire), then on 30 August (90
    # days) or ended.
    for i in range(60):
        survivor = _shares_with_employers(
            ports, _ready_survivor(ports, interests="coffee" if i % 2 else "ทำอาหาร")
        )
        target = posted if i % 3 else cooking
        ports.clock = lambda: datetime(2026, 6, 1, 9, 0, tzinfo=UTC)
        match = handle(
            commands.ProposeMatch(
                caller=OFFICER,
                survivor_id=survivor.survivor_id,
                opportunity_id=target.opportunity_id,
            ),
            ports,
        )
        assert match.features is not None
        assert "gender" not in match.features
        hire = [
            (OFFICER, MatchState.ACCEPTED),
            (EMPLOYER, MatchState.EMPLOYER_INTEREST),
            (OFFICER, MatchState.INTRODUCED),
            (EMPLOYER, MatchState.HIRED),
        ]
        for caller, state in hire:
            match = handle(
                commands.TransitionMatch(caller=caller, match_id=match.match_id, to_state=state),
                ports,
            )
        ports.clock = lambda: NOW
        after: list[tuple[MatchState, date | None]] = [
            (MatchState.RETAINED_30, date(2026, 7, 1)),
            (MatchState.RETAINED_90, date(2026, 8, 30)) if i % 2 else (MatchState.ENDED, None),
        ]
        for state, day in after:
            match = handle(
                commands.TransitionMatch(
                    caller=OFFICER, match_id=match.match_id, to_state=state, occurred_on=day
                ),
                ports,
            )

    with pytest.raises(Forbidden):
        handle(commands.TrainOutcomeModel(caller=OFFICER, min_examples=20), ports)
    model = handle(commands.TrainOutcomeModel(caller=admin, min_examples=20), ports)

    assert model is not None
    assert model.metrics.n_train + model.metrics.n_test == 60
    assert ports.models.latest() is model
    newcomer = _ready_survivor(ports, interests="coffee")
    suggestions = queries.get_matches(
        OFFICER, newcomer.survivor_id, top_k=5, kind=None, ports=ports
    )
    assert suggestions
    assert all(s.predicted_success is not None for s in suggestions)


def test_no_one_introduces_a_survivor_who_withdrew_from_employers(ports: FakePorts) -> None:
    """The officer may not record an introduction to the employer after the survivor
    withdrew consent to be shared with employers (safety probe, session 26); given again,
    the introduction goes ahead."""
    posted = handle(commands.PostOpportunity(caller=EMPLOYER, details=_details()), ports)
    survivor = _shares_with_employers(ports, _ready_survivor(ports))
    match = handle(
        commands.ProposeMatch(
            caller=OFFICER, survivor_id=survivor.survivor_id, opportunity_id=posted.opportunity_id
        ),
        ports,
    )
    for caller, state in [(OFFICER, MatchState.ACCEPTED), (EMPLOYER, MatchState.EMPLOYER_INTEREST)]:
        match = handle(
            commands.TransitionMatch(caller=caller, match_id=match.match_id, to_state=state), ports
        )
    survivor = set_consent(ports, survivor, ConsentPurpose.EMPLOYER_SHORTLIST, granted=False)
    introduce = commands.TransitionMatch(
        caller=OFFICER, match_id=match.match_id, to_state=MatchState.INTRODUCED
    )
    with pytest.raises(NotAllowedNow, match="no_employer_shortlist_consent"):
        handle(introduce, ports)
    stored = ports.matches.get(match.match_id)
    assert stored is not None
    assert stored.state is MatchState.EMPLOYER_INTEREST
    set_consent(ports, survivor, ConsentPurpose.EMPLOYER_SHORTLIST)
    assert handle(introduce, ports).state is MatchState.INTRODUCED
