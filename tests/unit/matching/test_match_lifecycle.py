"""The life of a match: who records what, in which order, dated and attributed."""

from __future__ import annotations

from datetime import timedelta

import pytest

from matching.domain.access import Caller, Role
from matching.domain.errors import Forbidden, InvalidInput, NotAllowedNow, NotFound
from matching.domain.events import MatchTransitioned, OutcomeRecorded
from matching.domain.match import Match, MatchState, match_id_for
from matching.domain.values import MonthlyAmount, OpportunityKind
from tests.unit.matching.strategies import NOW

OFFICER = Caller("u_officer", "org_ngo", Role.REINTEGRATION_OFFICER)
OTHER_OFFICER = Caller("u_other", "org_elsewhere", Role.REINTEGRATION_OFFICER)
EMPLOYER = Caller("u_employer", "org_employer", Role.EMPLOYER)
OTHER_EMPLOYER = Caller("u_employer2", "org_rival", Role.EMPLOYER)
PROVIDER = Caller("u_provider", "org_employer", Role.TRAINING_PROVIDER)
FACILITATOR = Caller("u_fac", "org_ngo", Role.FACILITATOR)


def _match(kind: OpportunityKind = OpportunityKind.JOB) -> Match:
    return Match.propose(
        survivor_id="srv_1",
        survivor_organisation_id="org_ngo",
        opportunity_id="opp_1",
        opportunity_organisation_id="org_employer",
        kind=kind,
        material_revision=1,
        score=0.8,
        reasons=(),
        at=NOW,
        by=OFFICER.user_id,
    )


def test_proposing_the_same_pair_twice_gives_the_same_match_id() -> None:
    assert _match().match_id == _match().match_id
    assert match_id_for(survivor_id="s", opportunity_id="o", material_revision=2) != match_id_for(
        survivor_id="s", opportunity_id="o", material_revision=1
    )


def test_a_job_match_runs_from_proposed_to_retained_180_days() -> None:
    match = _match()
    steps = [
        (OFFICER, MatchState.ACCEPTED),
        (EMPLOYER, MatchState.EMPLOYER_INTEREST),
        (OFFICER, MatchState.INTRODUCED),
        (EMPLOYER, MatchState.HIRED),
        (OFFICER, MatchState.RETAINED_30),
        (OFFICER, MatchState.RETAINED_90),
        (EMPLOYER, MatchState.RETAINED_180),
    ]
    for day, (caller, state) in enumerate(steps, start=1):
        wage = MonthlyAmount(9_000, "THB") if state is MatchState.HIRED else None
        match.transition(to=state, caller=caller, at=NOW + timedelta(days=day), wage=wage)

    assert match.state is MatchState.RETAINED_180
    assert [t.by for t in match.history][1:] == [caller.user_id for caller, _ in steps]
    assert all(a.at < b.at for a, b in zip(match.history, match.history[1:], strict=False))
    assert match.wage == MonthlyAmount(9_000, "THB")
    outcomes = [e.outcome for e in match.events if isinstance(e, OutcomeRecorded)]
    assert outcomes == ["hired", "retained_30", "retained_90", "retained_180"]


def test_a_training_match_runs_to_completed() -> None:
    match = _match(OpportunityKind.TRAINING)
    match.transition(to=MatchState.ACCEPTED, caller=OFFICER, at=NOW)
    match.transition(to=MatchState.ENROLLED, caller=PROVIDER, at=NOW)
    match.transition(to=MatchState.COMPLETED, caller=PROVIDER, at=NOW)
    assert match.state is MatchState.COMPLETED
    with pytest.raises(NotAllowedNow):
        match.transition(to=MatchState.HIRED, caller=OFFICER, at=NOW)


def test_only_the_survivors_officer_records_their_decision() -> None:
    accepted = _match()
    accepted.transition(to=MatchState.ACCEPTED, caller=OFFICER, at=NOW)
    with pytest.raises(Forbidden):
        accepted.transition(to=MatchState.DECLINED, caller=EMPLOYER, at=NOW, reason="x")
    with pytest.raises(NotFound):  # before acceptance the employer does not know of it
        _match().transition(to=MatchState.ACCEPTED, caller=EMPLOYER, at=NOW)
    with pytest.raises(NotFound):
        _match().transition(to=MatchState.ACCEPTED, caller=OTHER_OFFICER, at=NOW)


def test_the_employer_learns_of_a_match_only_after_the_survivor_accepts() -> None:
    match = _match()
    with pytest.raises(NotFound):
        match.check_visible_to(EMPLOYER)
    match.transition(to=MatchState.ACCEPTED, caller=OFFICER, at=NOW)
    match.check_visible_to(EMPLOYER)
    with pytest.raises(NotFound):
        match.check_visible_to(OTHER_EMPLOYER)
    with pytest.raises(Forbidden):
        match.check_visible_to(FACILITATOR)


def test_a_decline_needs_the_survivors_reason_and_is_final() -> None:
    match = _match()
    with pytest.raises(InvalidInput):
        match.transition(to=MatchState.DECLINED, caller=OFFICER, at=NOW, reason="  ")
    match.transition(to=MatchState.DECLINED, caller=OFFICER, at=NOW, reason="wants to stay home")
    assert match.declined
    with pytest.raises(NotAllowedNow):
        match.transition(to=MatchState.ACCEPTED, caller=OFFICER, at=NOW)


def test_steps_cannot_be_skipped() -> None:
    match = _match()
    with pytest.raises(NotAllowedNow):
        match.transition(to=MatchState.HIRED, caller=OFFICER, at=NOW)


def test_a_wage_is_recorded_only_with_a_hire() -> None:
    match = _match()
    with pytest.raises(InvalidInput):
        match.transition(
            to=MatchState.ACCEPTED, caller=OFFICER, at=NOW, wage=MonthlyAmount(1, "THB")
        )


def test_every_transition_is_an_event() -> None:
    match = _match()
    match.events.clear()
    match.transition(to=MatchState.ACCEPTED, caller=OFFICER, at=NOW)
    [event] = match.events
    assert isinstance(event, MatchTransitioned)
    assert (event.from_state, event.to_state) == ("proposed", "accepted")
