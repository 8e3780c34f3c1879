"""The hard rules hold at every step of a match, not only when it is proposed.

The survivor and the opportunity as they are at the time of each call must pass the rules a
proposal passes (readiness for the kind and consent to matching among them): otherwise the
employer or provider no longer sees the candidate (the shortlist leaves them out, the match
reads as not found) and no forward step is recorded. Declining, ending, and outcomes that
already happened stay possible for the officer. Expected rule codes come from MISSION's
rules (a minor never in hazardous work nor under the minimum age; sectors to avoid; stated
conditions), not from the code under test.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import datetime, timedelta
from typing import Any

import pytest

from matching.domain.access import Caller
from matching.domain.errors import NotAllowedNow, NotFound
from matching.domain.match import Match, MatchState
from matching.domain.opportunity import Opportunity, OpportunityStatus
from matching.domain.survivor import Survivor
from matching.domain.values import (
    ConsentPurpose,
    MonthlyAmount,
    OpportunityKind,
    ReadinessStage,
    SurvivorCondition,
    Workplace,
)
from matching.service_layer import commands, queries
from matching.service_layer.handlers import handle
from tests.unit.matching.fakes import TinyVocabulary
from tests.unit.matching.service_ports import FakePorts, build_ports
from tests.unit.matching.strategies import NOW
from tests.unit.matching.test_handlers import (
    EMPLOYER,
    OFFICER,
    PROVIDER,
    _details,
    _ready_survivor,
    _shares_with_employers,
)

S = MatchState


class Clock:
    """The service's clock, moved by the test (retention is dated days after the hire)."""

    def __init__(self) -> None:
        self.now = NOW

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def ports(clock: Clock) -> FakePorts:
    return build_ports(clock=clock)


# -- helpers --------------------------------------------------------------------------------


def _step(ports: FakePorts, caller: Caller, match_id: str, to: MatchState, **more: Any) -> Match:
    moved: Match = handle(
        commands.TransitionMatch(caller=caller, match_id=match_id, to_state=to, **more), ports
    )
    return moved


def _post(ports: FakePorts, owner: Caller = EMPLOYER, **details: Any) -> Opportunity:
    posted: Opportunity = handle(
        commands.PostOpportunity(caller=owner, details=_details(**details)), ports
    )
    return posted


def _candidate(ports: FakePorts, **profile: Any) -> Survivor:
    """A survivor ready for work, consenting to matching and to employer shortlists."""
    return _shares_with_employers(ports, _ready_survivor(ports, **profile))


def _proposed(ports: FakePorts, survivor: Survivor, opportunity: Opportunity) -> str:
    match: Match = handle(
        commands.ProposeMatch(
            caller=OFFICER,
            survivor_id=survivor.survivor_id,
            opportunity_id=opportunity.opportunity_id,
        ),
        ports,
    )
    return match.match_id


#: The steps up to each state of a job match, and who records each.
JOB_PATH = [
    (OFFICER, S.ACCEPTED),
    (EMPLOYER, S.EMPLOYER_INTEREST),
    (OFFICER, S.INTRODUCED),
    (EMPLOYER, S.HIRED),
]


def _job_match_at(
    ports: FakePorts, survivor: Survivor, opportunity: Opportunity, state: MatchState
) -> str:
    match_id = _proposed(ports, survivor, opportunity)
    for caller, step in JOB_PATH:
        _step(ports, caller, match_id, step)
        if step is state:
            return match_id
    raise AssertionError(f"{state} is not on the job path")


def _edit(ports: FakePorts, opportunity_id: str, **details: Any) -> Opportunity:
    stored = ports.opportunities.get(opportunity_id)
    assert stored is not None
    edited: Opportunity = handle(
        commands.UpdateOpportunity(
            caller=EMPLOYER if stored.details.kind is OpportunityKind.JOB else PROVIDER,
            opportunity_id=opportunity_id,
            details=replace(stored.details, **details),
            expected_version=stored.version,
        ),
        ports,
    )
    return edited


def _assess(ports: FakePorts, survivor_id: str, stage: ReadinessStage) -> None:
    stored = ports.survivors.get(survivor_id)
    assert stored is not None
    handle(
        commands.AssessReadiness(
            caller=OFFICER,
            survivor_id=survivor_id,
            stage=stage,
            review_due=None,
            expected_version=stored.version,
        ),
        ports,
    )


def _consent(ports: FakePorts, survivor_id: str, purpose: ConsentPurpose, granted: bool) -> None:
    stored = ports.survivors.get(survivor_id)
    assert stored is not None
    handle(
        commands.SetConsent(
            caller=OFFICER,
            survivor_id=survivor_id,
            purpose=purpose,
            granted=granted,
            expected_version=stored.version,
        ),
        ports,
    )


def _shortlisted(ports: FakePorts, opportunity_id: str, owner: Caller = EMPLOYER) -> set[str]:
    return {card.match_id for card in queries.get_shortlist(owner, opportunity_id, ports)}


def _codes(refusal: pytest.ExceptionInfo[NotAllowedNow]) -> set[str]:
    message = str(refusal.value)
    assert message.startswith("not eligible: "), message
    return set(message.removeprefix("not eligible: ").split(", "))


def _stored(ports: FakePorts, match_id: str) -> Match:
    match = ports.matches.get(match_id)
    assert match is not None
    return match


# -- V2: an opportunity edited after the survivor accepted ------------------------------------

#: "Cook on a fishing vessel", as the employer rewrote a café cook's job after acceptance.
FISHING_VESSEL: dict[str, Any] = {
    "title": "Cook on a fishing vessel",
    "description": "Cook for the crew of a fishing boat at sea",
    "sector": "fishing",
    "minimum_age": 18,
    "hazardous": True,
    "workplace": Workplace(night_shifts=True, live_in=True, heavy_lifting=True),
}

#: Who accepted the café job, and the rules the fishing vessel breaks for them (MISSION:
#: minors are never in hazardous work nor under a job's minimum age; sectors to avoid and
#: stated conditions are hard rules).
CANDIDATES: dict[str, tuple[dict[str, Any], set[str]]] = {
    "a 15-year-old": (
        {"age_band": "14-17", "minor": True, "age_years": 15},
        {"under_minimum_age", "hazardous_for_minor"},
    ),
    "a survivor avoiding fishing, night shifts and live-in work": (
        {
            "sectors_to_avoid": frozenset({"fishing"}),
            "conditions": frozenset(
                {SurvivorCondition.NO_NIGHT_SHIFTS, SurvivorCondition.NO_LIVE_IN}
            ),
        },
        {"sector_avoided", "condition_not_met"},
    ),
}

#: The state a match had reached when the job was edited, and the next forward step.
NEXT_STEP = {
    S.ACCEPTED: S.EMPLOYER_INTEREST,
    S.EMPLOYER_INTEREST: S.INTRODUCED,
    S.INTRODUCED: S.HIRED,
}


@pytest.mark.parametrize("who", list(CANDIDATES))
@pytest.mark.parametrize("reached", list(NEXT_STEP))
def test_a_job_rewritten_into_fishing_work_takes_its_candidates_no_further(
    ports: FakePorts, who: str, reached: MatchState
) -> None:
    profile, broken = CANDIDATES[who]
    cafe = _post(ports, title="Cook", description="Café kitchen cook", minimum_age=15, openings=3)
    survivor = _candidate(ports, **profile)
    match_id = _job_match_at(ports, survivor, cafe, reached)
    assert _shortlisted(ports, cafe.opportunity_id) == {match_id}

    _edit(ports, cafe.opportunity_id, **FISHING_VESSEL)

    assert _shortlisted(ports, cafe.opportunity_id) == set()
    with pytest.raises(NotFound):
        queries.get_match(EMPLOYER, match_id, ports)
    before = _stored(ports, match_id)
    following = NEXT_STEP[reached]
    with pytest.raises(NotFound):
        _step(ports, EMPLOYER, match_id, following)
    if following is not S.EMPLOYER_INTEREST:  # the officer records introductions and hires
        with pytest.raises(NotAllowedNow) as refused:
            _step(ports, OFFICER, match_id, following)
        assert _codes(refused) == broken
    after = _stored(ports, match_id)
    assert (after.state, after.version) == (reached, before.version)
    opportunity = ports.opportunities.get(cafe.opportunity_id)
    assert opportunity is not None
    assert opportunity.placements == 0
    # The officer still sees the match, as it was.
    assert queries.get_match(OFFICER, match_id, ports).state is reached


def test_a_survivor_is_not_recorded_as_accepting_a_job_that_now_breaks_their_rules(
    ports: FakePorts,
) -> None:
    cafe = _post(ports, title="Cook", description="Café kitchen cook", minimum_age=15)
    profile, broken = CANDIDATES["a 15-year-old"]
    match_id = _proposed(ports, _candidate(ports, **profile), cafe)
    _edit(ports, cafe.opportunity_id, **FISHING_VESSEL)

    with pytest.raises(NotAllowedNow) as refused:
        _step(ports, OFFICER, match_id, S.ACCEPTED)

    assert _codes(refused) == broken
    assert _stored(ports, match_id).state is S.PROPOSED


def test_an_edit_that_keeps_the_rules_keeps_the_candidate(ports: FakePorts) -> None:
    cafe = _post(ports)
    match_id = _job_match_at(ports, _candidate(ports), cafe, S.ACCEPTED)
    _edit(ports, cafe.opportunity_id, pay=MonthlyAmount(12_000, "THB"))
    assert _shortlisted(ports, cafe.opportunity_id) == {match_id}
    assert _step(ports, EMPLOYER, match_id, S.EMPLOYER_INTEREST).state is S.EMPLOYER_INTEREST


# -- V7: readiness lowered --------------------------------------------------------------------


def test_a_survivor_back_at_stabilising_leaves_the_shortlist_and_is_not_moved_on(
    ports: FakePorts,
) -> None:
    job = _post(ports, openings=2)
    survivor = _candidate(ports)
    match_id = _job_match_at(ports, survivor, job, S.ACCEPTED)

    _assess(ports, survivor.survivor_id, ReadinessStage.STABILISING)

    assert _shortlisted(ports, job.opportunity_id) == set()
    with pytest.raises(NotFound):
        queries.get_match(EMPLOYER, match_id, ports)
    with pytest.raises(NotFound):
        _step(ports, EMPLOYER, match_id, S.EMPLOYER_INTEREST)
    assert _stored(ports, match_id).state is S.ACCEPTED

    # Ready again: the rules hold again, and so does the match.
    _assess(ports, survivor.survivor_id, ReadinessStage.EMPLOYMENT_READY)
    assert _shortlisted(ports, job.opportunity_id) == {match_id}
    assert _step(ports, EMPLOYER, match_id, S.EMPLOYER_INTEREST).state is S.EMPLOYER_INTEREST


def test_an_acceptance_is_not_recorded_while_the_survivor_is_stabilising(
    ports: FakePorts,
) -> None:
    job = _post(ports)
    survivor = _candidate(ports)
    match_id = _proposed(ports, survivor, job)
    _assess(ports, survivor.survivor_id, ReadinessStage.STABILISING)

    with pytest.raises(NotAllowedNow) as refused:
        _step(ports, OFFICER, match_id, S.ACCEPTED)

    assert _codes(refused) == {"not_ready"}
    assert _stored(ports, match_id).state is S.PROPOSED
    assert _shortlisted(ports, job.opportunity_id) == set()


def test_no_enrolment_below_training_readiness(ports: FakePorts) -> None:
    course = _post(
        ports, owner=PROVIDER, kind=OpportunityKind.TRAINING, title="Cooking course", pay=None
    )
    survivor = _candidate(ports, stage=ReadinessStage.TRAINING_READY)
    match_id = _proposed(ports, survivor, course)
    _step(ports, OFFICER, match_id, S.ACCEPTED)
    assert _shortlisted(ports, course.opportunity_id, PROVIDER) == {match_id}

    _assess(ports, survivor.survivor_id, ReadinessStage.PEER_SUPPORT_READY)

    assert _shortlisted(ports, course.opportunity_id, PROVIDER) == set()
    with pytest.raises(NotFound):
        _step(ports, PROVIDER, match_id, S.ENROLLED)
    with pytest.raises(NotAllowedNow) as refused:
        _step(ports, OFFICER, match_id, S.ENROLLED)
    assert _codes(refused) == {"not_ready"}
    assert _stored(ports, match_id).state is S.ACCEPTED


# -- V8: consent to matching withdrawn --------------------------------------------------------


def test_a_withdrawn_matching_consent_stops_the_match_where_it_is(ports: FakePorts) -> None:
    job = _post(ports, openings=2)
    accepted = _candidate(ports)
    accepted_id = _job_match_at(ports, accepted, job, S.ACCEPTED)
    proposed = _candidate(ports)
    proposed_id = _proposed(ports, proposed, job)

    for survivor in (accepted, proposed):
        _consent(ports, survivor.survivor_id, ConsentPurpose.MATCHING, False)

    assert _shortlisted(ports, job.opportunity_id) == set()
    with pytest.raises(NotFound):
        _step(ports, EMPLOYER, accepted_id, S.EMPLOYER_INTEREST)
    with pytest.raises(NotAllowedNow) as refused:
        _step(ports, OFFICER, proposed_id, S.ACCEPTED)
    assert _codes(refused) == {"no_matching_consent"}
    assert _stored(ports, proposed_id).state is S.PROPOSED

    _consent(ports, accepted.survivor_id, ConsentPurpose.MATCHING, True)
    assert _shortlisted(ports, job.opportunity_id) == {accepted_id}


# -- what stays possible ----------------------------------------------------------------------


def _rewrite_job(ports: FakePorts, survivors: list[Survivor], job: Opportunity) -> None:
    _edit(ports, job.opportunity_id, **FISHING_VESSEL)


def _lower_readiness(ports: FakePorts, survivors: list[Survivor], job: Opportunity) -> None:
    for survivor in survivors:
        _assess(ports, survivor.survivor_id, ReadinessStage.STABILISING)


def _withdraw_matching(ports: FakePorts, survivors: list[Survivor], job: Opportunity) -> None:
    for survivor in survivors:
        _consent(ports, survivor.survivor_id, ConsentPurpose.MATCHING, False)


#: Ways the rules stop holding for a minor's job match.
BREAKS: dict[str, Callable[[FakePorts, list[Survivor], Opportunity], None]] = {
    "job rewritten into fishing work": _rewrite_job,
    "readiness lowered": _lower_readiness,
    "matching consent withdrawn": _withdraw_matching,
}


@pytest.mark.parametrize("broken_by", list(BREAKS))
@pytest.mark.parametrize("reached", [S.PROPOSED, S.ACCEPTED, S.EMPLOYER_INTEREST, S.INTRODUCED])
def test_the_officer_can_still_record_a_decline_or_end_the_match(
    ports: FakePorts, broken_by: str, reached: MatchState
) -> None:
    job = _post(ports, openings=2, minimum_age=15)
    survivors = [_candidate(ports, age_band="14-17", minor=True, age_years=16) for _ in range(2)]
    declining, ending = [
        _proposed(ports, survivor, job)
        if reached is S.PROPOSED
        else _job_match_at(ports, survivor, job, reached)
        for survivor in survivors
    ]
    BREAKS[broken_by](ports, survivors, job)

    declined = _step(ports, OFFICER, declining, S.DECLINED, reason="does not want it now")
    ended = _step(ports, OFFICER, ending, S.ENDED)

    assert (declined.state, ended.state) == (S.DECLINED, S.ENDED)


def test_retention_that_happened_is_recorded_by_the_officer_not_the_employer(
    ports: FakePorts, clock: Clock
) -> None:
    job = _post(ports)
    survivor = _candidate(ports)
    match_id = _job_match_at(ports, survivor, job, S.HIRED)
    _assess(ports, survivor.survivor_id, ReadinessStage.STABILISING)
    clock.now = NOW + timedelta(days=30)

    with pytest.raises(NotFound):
        _step(ports, EMPLOYER, match_id, S.RETAINED_30)
    retained = _step(ports, OFFICER, match_id, S.RETAINED_30)

    assert retained.state is S.RETAINED_30


def test_a_completed_course_is_recorded_after_readiness_was_lowered(ports: FakePorts) -> None:
    course = _post(
        ports, owner=PROVIDER, kind=OpportunityKind.TRAINING, title="Cooking course", pay=None
    )
    survivor = _candidate(ports, stage=ReadinessStage.TRAINING_READY)
    match_id = _proposed(ports, survivor, course)
    _step(ports, OFFICER, match_id, S.ACCEPTED)
    _step(ports, PROVIDER, match_id, S.ENROLLED)
    _assess(ports, survivor.survivor_id, ReadinessStage.STABILISING)

    assert _step(ports, OFFICER, match_id, S.COMPLETED).state is S.COMPLETED


def test_a_filled_job_keeps_its_hires_and_candidates_on_the_shortlist(
    ports: FakePorts, clock: Clock
) -> None:
    job = _post(ports, openings=1)
    waiting_id = _job_match_at(ports, _candidate(ports), job, S.ACCEPTED)
    hired_id = _job_match_at(ports, _candidate(ports), job, S.HIRED)
    filled = ports.opportunities.get(job.opportunity_id)
    assert filled is not None
    assert filled.status is OpportunityStatus.FILLED

    assert _shortlisted(ports, job.opportunity_id) == {hired_id, waiting_id}
    clock.now = NOW + timedelta(days=30)
    assert _step(ports, EMPLOYER, hired_id, S.RETAINED_30).state is S.RETAINED_30


# -- the survivor's latest decision -----------------------------------------------------------


def test_declining_the_jobs_new_terms_stops_the_match_on_its_old_terms(ports: FakePorts) -> None:
    job = _post(ports, openings=2)
    survivor = _candidate(ports)
    old_terms = _job_match_at(ports, survivor, job, S.EMPLOYER_INTEREST)
    _edit(ports, job.opportunity_id, pay=MonthlyAmount(9_500, "THB"))  # a material change
    new_terms = _proposed(ports, survivor, job)
    assert new_terms != old_terms
    _step(ports, OFFICER, new_terms, S.DECLINED, reason="the new pay is too low")

    assert _shortlisted(ports, job.opportunity_id) == set()
    with pytest.raises(NotFound):
        queries.get_match(EMPLOYER, old_terms, ports)
    with pytest.raises(NotAllowedNow) as refused:
        _step(ports, OFFICER, old_terms, S.INTRODUCED)
    assert _codes(refused) == {"declined_before"}


# -- an opportunity written before the vocabulary knew its words ------------------------------


def _stored_by_an_older_vocabulary(ports: FakePorts, opportunity: Opportunity) -> None:
    """As the repository returns an opportunity mapped with another vocabulary: concepts
    dropped (``concepts_vocabulary`` differs), the sectors detected then kept as stored."""
    stored = ports.opportunities.items[opportunity.opportunity_id]
    stored.concepts = None
    stored.detected_sectors = frozenset()


def test_a_job_written_before_the_vocabulary_knew_its_words_is_read_with_todays(
    ports: FakePorts,
) -> None:
    ports.concepts_in = TinyVocabulary().concepts_in
    boat = _post(
        ports,
        title="Deckhand",
        description="Crew wanted on a fishing boat, three months at sea",
        sector="logistics_warehouse",
    )
    _stored_by_an_older_vocabulary(ports, boat)
    avoiding = _candidate(ports, sectors_to_avoid=frozenset({"fishing"}))
    with pytest.raises(NotAllowedNow, match="sector_avoided"):
        _proposed(ports, avoiding, boat)
    # Someone who does not avoid fishing may still be put to it.
    assert _proposed(ports, _candidate(ports), boat)
