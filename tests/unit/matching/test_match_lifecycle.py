"""The life of a match: who records what, in which order, dated and attributed."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from matching.domain.access import Caller, Role
from matching.domain.errors import (
    Forbidden,
    InvalidInput,
    NotAllowedNow,
    NotFound,
    StepDateInvalid,
    StepDateTooEarly,
)
from matching.domain.events import MatchTransitioned, OutcomeRecorded
from matching.domain.match import DateRule, Match, MatchState, match_id_for
from matching.domain.values import MonthlyAmount, OpportunityKind
from tests.unit.matching.strategies import NOW

OFFICER = Caller("u_officer", "org_ngo", Role.REINTEGRATION_OFFICER)
OTHER_OFFICER = Caller("u_other", "org_elsewhere", Role.REINTEGRATION_OFFICER)
EMPLOYER = Caller("u_employer", "org_employer", Role.EMPLOYER)
OTHER_EMPLOYER = Caller("u_employer2", "org_rival", Role.EMPLOYER)
PROVIDER = Caller("u_provider", "org_employer", Role.TRAINING_PROVIDER)
FACILITATOR = Caller("u_fac", "org_ngo", Role.FACILITATOR)


def _nine_am(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, 9, 0, tzinfo=UTC)


def _match(kind: OpportunityKind = OpportunityKind.JOB, *, at: datetime = NOW) -> Match:
    return Match.propose(
        survivor_id="srv_1",
        survivor_organisation_id="org_ngo",
        opportunity_id="opp_1",
        opportunity_organisation_id="org_employer",
        kind=kind,
        material_revision=1,
        offer_revision=1,
        score=0.8,
        reasons=(),
        at=at,
        by=OFFICER.user_id,
    )


def test_proposing_the_same_pair_twice_gives_the_same_match_id() -> None:
    assert _match().match_id == _match().match_id
    assert match_id_for(survivor_id="s", opportunity_id="o", material_revision=2) != match_id_for(
        survivor_id="s", opportunity_id="o", material_revision=1
    )


def test_a_job_match_runs_from_proposed_to_retained_180_days() -> None:
    match = _match()  # proposed on 28 November 2026
    steps = [
        (OFFICER, MatchState.ACCEPTED, date(2026, 11, 29)),
        (EMPLOYER, MatchState.EMPLOYER_INTEREST, date(2026, 11, 30)),
        (OFFICER, MatchState.INTRODUCED, date(2026, 11, 30)),
        (EMPLOYER, MatchState.HIRED, date(2026, 12, 1)),
        (OFFICER, MatchState.RETAINED_30, date(2026, 12, 31)),  # hire + 30 days
        (OFFICER, MatchState.RETAINED_90, date(2027, 3, 1)),  # hire + 90 days
        (EMPLOYER, MatchState.RETAINED_180, date(2027, 5, 30)),  # hire + 180 days
    ]
    for minute, (caller, state, day) in enumerate(steps):
        wage = MonthlyAmount(9_000, "THB") if state is MatchState.HIRED else None
        at = _nine_am(day) + timedelta(minutes=minute)  # recorded on the day it happened
        match.transition(to=state, caller=caller, at=at, occurred_on=day, wage=wage)

    assert match.state is MatchState.RETAINED_180
    assert [t.by for t in match.history][1:] == [caller.user_id for caller, _, _ in steps]
    assert [t.occurred_on for t in match.history] == [NOW.date()] + [d for _, _, d in steps]
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


# -- the days steps happened on -------------------------------------------------------------


def _hired_on(day: date, *, at: datetime) -> Match:
    """A job match proposed, accepted, introduced and hired on ``day``, recorded ``at``."""
    match = _match(at=_nine_am(day))
    for caller, state in [
        (OFFICER, MatchState.ACCEPTED),
        (EMPLOYER, MatchState.EMPLOYER_INTEREST),
        (OFFICER, MatchState.INTRODUCED),
        (EMPLOYER, MatchState.HIRED),
    ]:
        match.transition(to=state, caller=caller, at=at, occurred_on=day)
    return match


def test_a_step_happened_on_the_day_it_was_recorded_in_utc_unless_told() -> None:
    match = _match(at=datetime(2026, 11, 27, 9, 0, tzinfo=UTC))
    bangkok = timezone(timedelta(hours=7))
    # 01:00 on the 29th in Bangkok is still the 28th in UTC.
    match.transition(
        to=MatchState.ACCEPTED, caller=OFFICER, at=datetime(2026, 11, 29, 1, 0, tzinfo=bangkok)
    )
    assert match.history[-1].occurred_on == date(2026, 11, 28)


def test_a_hire_recorded_days_later_keeps_the_day_it_happened() -> None:
    match = _hired_on(date(2026, 11, 20), at=NOW)
    assert match.history[-1].state is MatchState.HIRED
    assert match.history[-1].occurred_on == date(2026, 11, 20)
    assert match.history[-1].at == NOW
    transitioned = [e for e in match.events if isinstance(e, MatchTransitioned)]
    recorded = [e for e in match.events if isinstance(e, OutcomeRecorded)]
    assert transitioned[-1].occurred_on == date(2026, 11, 20)
    assert recorded[-1].occurred_on == date(2026, 11, 20)


def test_a_step_may_not_be_dated_after_the_clocks_day() -> None:
    match = _match(at=datetime(2026, 11, 1, 9, 0, tzinfo=UTC))
    with pytest.raises(StepDateInvalid) as refused:
        match.transition(
            to=MatchState.ACCEPTED, caller=OFFICER, at=NOW, occurred_on=date(2026, 11, 29)
        )
    assert isinstance(refused.value, InvalidInput)  # INVALID_ARGUMENT at the edge
    assert refused.value.rule == DateRule.IN_THE_FUTURE
    assert refused.value.nearest == date(2026, 11, 28)
    assert refused.value.field == "occurred_on"
    assert "future" in str(refused.value)
    assert [t.state for t in match.history] == [MatchState.PROPOSED]
    match.transition(to=MatchState.ACCEPTED, caller=OFFICER, at=NOW, occurred_on=date(2026, 11, 28))
    assert match.state is MatchState.ACCEPTED


def test_a_hire_may_not_be_dated_before_the_introduction() -> None:
    match = _match(at=datetime(2026, 11, 1, 9, 0, tzinfo=UTC))
    match.transition(to=MatchState.ACCEPTED, caller=OFFICER, at=NOW, occurred_on=date(2026, 11, 2))
    match.transition(
        to=MatchState.EMPLOYER_INTEREST, caller=EMPLOYER, at=NOW, occurred_on=date(2026, 11, 5)
    )
    match.transition(
        to=MatchState.INTRODUCED, caller=OFFICER, at=NOW, occurred_on=date(2026, 11, 20)
    )
    events_before = len(match.events)
    with pytest.raises(StepDateTooEarly) as refused:
        match.transition(
            to=MatchState.HIRED, caller=EMPLOYER, at=NOW, occurred_on=date(2026, 11, 19)
        )
    assert isinstance(refused.value, NotAllowedNow)  # FAILED_PRECONDITION at the edge
    assert refused.value.rule == DateRule.BEFORE_PREVIOUS_STEP
    assert refused.value.nearest == date(2026, 11, 20)
    assert "introduced" in str(refused.value)
    assert match.history[-1].state is MatchState.INTRODUCED
    assert len(match.events) == events_before
    match.transition(to=MatchState.HIRED, caller=EMPLOYER, at=NOW, occurred_on=date(2026, 11, 20))
    assert match.state is MatchState.HIRED


def test_a_course_may_not_be_completed_before_the_enrolment() -> None:
    match = _match(OpportunityKind.TRAINING, at=datetime(2026, 9, 1, 9, 0, tzinfo=UTC))
    match.transition(to=MatchState.ACCEPTED, caller=OFFICER, at=NOW, occurred_on=date(2026, 9, 2))
    match.transition(to=MatchState.ENROLLED, caller=PROVIDER, at=NOW, occurred_on=date(2026, 9, 15))
    with pytest.raises(StepDateTooEarly) as refused:
        match.transition(
            to=MatchState.COMPLETED, caller=PROVIDER, at=NOW, occurred_on=date(2026, 9, 14)
        )
    assert refused.value.rule == DateRule.BEFORE_PREVIOUS_STEP
    assert refused.value.nearest == date(2026, 9, 15)
    match.transition(
        to=MatchState.COMPLETED, caller=PROVIDER, at=NOW, occurred_on=date(2026, 11, 27)
    )
    assert match.state is MatchState.COMPLETED


def test_still_employed_after_180_days_cannot_be_recorded_a_minute_after_the_hire() -> None:
    match = _match()
    for caller, state in [
        (OFFICER, MatchState.ACCEPTED),
        (EMPLOYER, MatchState.EMPLOYER_INTEREST),
        (OFFICER, MatchState.INTRODUCED),
        (EMPLOYER, MatchState.HIRED),
    ]:
        match.transition(to=state, caller=caller, at=NOW)
    with pytest.raises(StepDateTooEarly) as refused:
        match.transition(to=MatchState.RETAINED_30, caller=EMPLOYER, at=NOW + timedelta(minutes=1))
    assert refused.value.rule == DateRule.BEFORE_RETENTION
    assert refused.value.nearest == date(2026, 12, 28)  # 28 November + 30 days
    assert match.state is MatchState.HIRED


@pytest.mark.parametrize(
    ("state", "day_before", "first_day"),
    [
        # Hired on 1 June 2026: 30, 90 and 180 days later are 1 July, 30 August, 28 November.
        (MatchState.RETAINED_30, date(2026, 6, 30), date(2026, 7, 1)),
        (MatchState.RETAINED_90, date(2026, 8, 29), date(2026, 8, 30)),
        (MatchState.RETAINED_180, date(2026, 11, 27), date(2026, 11, 28)),
    ],
)
def test_still_employed_after_n_days_is_dated_n_days_after_the_hire_at_the_earliest(
    state: MatchState, day_before: date, first_day: date
) -> None:
    match = _hired_on(date(2026, 6, 1), at=NOW)
    # The steps before it, on the first day each may be dated.
    earlier = {MatchState.RETAINED_30: date(2026, 7, 1), MatchState.RETAINED_90: date(2026, 8, 30)}
    for step, day in earlier.items():
        if step is state:
            break
        match.transition(to=step, caller=EMPLOYER, at=NOW, occurred_on=day)
    with pytest.raises(StepDateTooEarly) as refused:
        match.transition(to=state, caller=EMPLOYER, at=NOW, occurred_on=day_before)
    assert refused.value.rule == DateRule.BEFORE_RETENTION
    assert refused.value.nearest == first_day
    assert state.value in str(refused.value)
    match.transition(to=state, caller=EMPLOYER, at=NOW, occurred_on=first_day)
    assert match.state is state
    assert match.history[-1].occurred_on == first_day


def test_a_late_retention_step_still_may_not_be_dated_before_the_one_it_follows() -> None:
    match = _hired_on(date(2026, 6, 1), at=NOW)
    match.transition(
        to=MatchState.RETAINED_30, caller=EMPLOYER, at=NOW, occurred_on=date(2026, 9, 10)
    )
    # 1 September is 92 days after the hire, but before the step it follows.
    with pytest.raises(StepDateTooEarly) as refused:
        match.transition(
            to=MatchState.RETAINED_90, caller=EMPLOYER, at=NOW, occurred_on=date(2026, 9, 1)
        )
    assert refused.value.rule == DateRule.BEFORE_PREVIOUS_STEP
    assert refused.value.nearest == date(2026, 9, 10)


def test_an_end_is_not_dated_before_the_hire() -> None:
    match = _hired_on(date(2026, 10, 1), at=NOW)
    with pytest.raises(StepDateTooEarly):
        match.transition(
            to=MatchState.ENDED, caller=EMPLOYER, at=NOW, occurred_on=date(2026, 9, 30)
        )
    match.transition(to=MatchState.ENDED, caller=EMPLOYER, at=NOW, occurred_on=date(2026, 10, 1))
    assert match.state is MatchState.ENDED
