"""Organisations' dashboards: counts kept beside the aggregates, by the rules of
``matching.domain.dashboard``: placements, retention (against the hires old enough to have
reached each step), readiness and its progress, pay against the survivors' own goals;
erased people leave the counts; small counts are never shown, so nobody can be singled
out."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, date, datetime, timedelta

import pytest

from matching.domain.access import Caller, Role
from matching.domain.dashboard import (
    Dashboard,
    Figure,
    contributions_of,
    dashboard_from,
    income_band,
)
from matching.domain.errors import Forbidden, NotFound
from matching.domain.match import Match, MatchState
from matching.domain.opportunity import OpportunityDetails
from matching.domain.survivor import Survivor, SurvivorProfile
from matching.domain.values import (
    ConsentPurpose,
    LanguageLevel,
    LanguageSkill,
    MonthlyAmount,
    OpportunityKind,
    ReadinessStage,
)
from matching.service_layer import commands
from matching.service_layer.dashboard_queries import get_organisation_dashboard
from matching.service_layer.handlers import Ports, handle
from matching.service_layer.ports import DashboardCounters
from tests.unit.matching.fakes import (
    FakeSurvivors,
)
from tests.unit.matching.service_ports import build_ports
from tests.unit.matching.strategies import PLACES
from tests.unit.matching.test_handlers import set_consent

OFFICER = Caller("u_officer", "org_ngo", Role.REINTEGRATION_OFFICER)
OTHER_OFFICER = Caller("u_other", "org_elsewhere", Role.REINTEGRATION_OFFICER)
EMPLOYER = Caller("u_employer", "org_cafe", Role.EMPLOYER)
ADMIN = Caller("u_admin", "org_platform", Role.PLATFORM_ADMIN)
FACILITATOR = Caller("u_fac", "org_peers", Role.FACILITATOR)
THB_9000 = MonthlyAmount(9_000, "THB")
DECEMBER = datetime(2026, 12, 2, 9, 0, tzinfo=UTC)


class FakeDashboardCounters(DashboardCounters):
    def __init__(self) -> None:
        self.documents: dict[str, dict[str, int]] = {}

    def apply(self, organisation_id: str, delta: Mapping[str, int]) -> None:
        counts = self.documents.setdefault(organisation_id, {})
        for key, value in delta.items():
            counts[key] = counts.get(key, 0) + value

    def counts(self, organisation_id: str) -> dict[str, int]:
        return {k: v for k, v in self.documents.get(organisation_id, {}).items() if v}


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock(DECEMBER)


@pytest.fixture
def counters() -> FakeDashboardCounters:
    return FakeDashboardCounters()


@pytest.fixture
def ports(clock: Clock, counters: FakeDashboardCounters) -> Ports:
    return build_ports(clock=clock, dashboards=counters)


def _profile(income_goal: MonthlyAmount | None = THB_9000) -> SurvivorProfile:
    return SurvivorProfile(
        languages=(LanguageSkill("th", LanguageLevel.NATIVE),),
        age_band="18-24",
        minor=False,
        residence=PLACES[0],
        interests="coffee",
        travel_radius_km=20,
        income_goal=income_goal,
    )


def _assess(ports: Ports, survivor: Survivor, stage: ReadinessStage) -> Survivor:
    assessed: Survivor = handle(
        commands.AssessReadiness(
            caller=OFFICER,
            survivor_id=survivor.survivor_id,
            stage=stage,
            review_due=None,
            expected_version=survivor.version,
        ),
        ports,
    )
    return assessed


def _registered(ports: Ports, income_goal: MonthlyAmount | None = THB_9000) -> Survivor:
    survivor: Survivor = handle(
        commands.RegisterSurvivor(caller=OFFICER, profile=_profile(income_goal)), ports
    )
    return survivor


def _job_ready(ports: Ports, income_goal: MonthlyAmount | None = THB_9000) -> Survivor:
    survivor = _assess(ports, _registered(ports, income_goal), ReadinessStage.EMPLOYMENT_READY)
    survivor = set_consent(ports, survivor, ConsentPurpose.MATCHING)
    return set_consent(ports, survivor, ConsentPurpose.EMPLOYER_SHORTLIST)


def _job(ports: Ports) -> str:
    details = OpportunityDetails(
        kind=OpportunityKind.JOB,
        title="Barista",
        description="Coffee shop needs a barista",
        sector="food_service",
        openings=20,
        languages=(LanguageSkill("th", LanguageLevel.CONVERSATIONAL),),
        location=PLACES[1],
        pay=MonthlyAmount(10_000, "THB"),
    )
    posted = handle(commands.PostOpportunity(caller=EMPLOYER, details=details), ports)
    return str(posted.opportunity_id)


#: A hire's story in these tests: proposed, accepted, introduced and hired on 1 May 2026;
#: recorded later (on the clock's day, in December) as still employed on the first day each
#: step may be dated: 30 days after the hire (31 May), 90 (30 July) and 180 (28 October).
HIRED_AT = datetime(2026, 5, 1, 9, 0, tzinfo=UTC)
RETAINED_ON = {
    MatchState.RETAINED_30: date(2026, 5, 31),
    MatchState.RETAINED_90: date(2026, 7, 30),
    MatchState.RETAINED_180: date(2026, 10, 28),
}


def _hire(
    ports: Ports,
    clock: Clock,
    survivor: Survivor,
    job_id: str,
    *,
    wage: MonthlyAmount | None,
    steps: int = 0,
    hired_at: datetime = HIRED_AT,
) -> Match:
    recorded_at = clock.now
    clock.now = hired_at
    match: Match = handle(
        commands.ProposeMatch(
            caller=OFFICER, survivor_id=survivor.survivor_id, opportunity_id=job_id
        ),
        ports,
    )
    path = [
        (OFFICER, MatchState.ACCEPTED),
        (EMPLOYER, MatchState.EMPLOYER_INTEREST),
        (OFFICER, MatchState.INTRODUCED),
        (EMPLOYER, MatchState.HIRED),
    ]
    for caller, state in path:
        match = handle(
            commands.TransitionMatch(
                caller=caller,
                match_id=match.match_id,
                to_state=state,
                wage=wage if state is MatchState.HIRED else None,
            ),
            ports,
        )
    clock.now = recorded_at
    for state, day in list(RETAINED_ON.items())[:steps]:
        match = handle(
            commands.TransitionMatch(
                caller=EMPLOYER, match_id=match.match_id, to_state=state, occurred_on=day
            ),
            ports,
        )
    return match


def _shown(figures: tuple[Figure, ...]) -> dict[str, int | None]:
    return {f.code: f.count for f in figures}


def _due(shown: Dashboard) -> dict[str, int | None]:
    return {d.code: d.hires.count for d in shown.retention_due}


# -- the rules, on their own ------------------------------------------------------------------


def test_pay_is_weighed_against_the_survivors_own_goal_in_its_currency() -> None:
    assert income_band(wage=MonthlyAmount(9_000, "THB"), goal=THB_9000) == "at_or_above_goal"
    assert income_band(wage=MonthlyAmount(12_000, "THB"), goal=THB_9000) == "at_or_above_goal"
    assert income_band(wage=MonthlyAmount(8_999, "THB"), goal=THB_9000) == "below_goal"
    assert income_band(wage=MonthlyAmount(9_000, "THB"), goal=None) == "no_goal"
    assert income_band(wage=MonthlyAmount(300, "USD"), goal=THB_9000) == "not_comparable"
    assert income_band(wage=None, goal=THB_9000) == "not_comparable"


def test_counts_from_one_to_four_are_never_shown_but_zero_and_five_are() -> None:
    shown = dashboard_from(
        "org_ngo",
        {"outcomes.hired": 5, "outcomes.retained_30": 4, "outcomes.retained_90": 1},
        now=DECEMBER,
    )
    outcomes = _shown(shown.outcomes)
    assert outcomes["hired"] == 5
    assert outcomes["retained_30"] is None
    assert outcomes["retained_90"] is None
    assert outcomes["retained_180"] == 0


def test_moved_up_counts_this_month_and_the_two_before_only() -> None:
    counts = {
        "moved_up.2026-12": 2,
        "moved_up.2026-11": 3,
        "moved_up.2026-10": 4,
        "moved_up.2026-09": 100,
    }
    shown = dashboard_from("org_ngo", counts, now=DECEMBER)
    assert shown.moved_up.count == 9
    assert shown.moved_up_since == datetime(2026, 10, 1, tzinfo=UTC)
    january = dashboard_from(
        "org_ngo", {"moved_up.2026-11": 7}, now=datetime(2027, 1, 5, tzinfo=UTC)
    )
    assert january.moved_up.count == 7
    assert january.moved_up_since == datetime(2026, 11, 1, tzinfo=UTC)


# DECEMBER is 2 December 2026: 30 days before it is 2 November, 90 days 3 September, 180
# days 5 June (counted on a calendar).


def test_a_hire_10_days_ago_is_not_due_for_30_days_and_one_31_days_ago_is() -> None:
    shown = dashboard_from(
        "org_cafe",
        {
            "hired_on.2026-11-22": 6,  # 10 days ago
            "hired_on.2026-11-03": 7,  # 29 days ago
            "hired_on.2026-11-01": 5,  # 31 days ago
        },
        now=DECEMBER,
    )
    assert _due(shown) == {"retained_30": 5, "retained_90": 0, "retained_180": 0}


def test_a_hire_is_due_from_the_day_exactly_n_days_after_it() -> None:
    counts = {
        "hired_on.2026-11-02": 5,  # 30 days ago
        "hired_on.2026-09-03": 6,  # 90 days ago
        "hired_on.2026-09-04": 7,  # 89 days ago
        "hired_on.2026-06-05": 8,  # 180 days ago
        "hired_on.2026-06-06": 9,  # 179 days ago
    }
    shown = dashboard_from("org_cafe", counts, now=DECEMBER)
    assert _due(shown) == {
        "retained_30": 5 + 6 + 7 + 8 + 9,
        "retained_90": 6 + 8 + 9,
        "retained_180": 8,
    }
    assert [(d.code, d.days, d.hired_by) for d in shown.retention_due] == [
        ("retained_30", 30, date(2026, 11, 2)),
        ("retained_90", 90, date(2026, 9, 3)),
        ("retained_180", 180, date(2026, 6, 5)),
    ]


def test_today_is_the_clocks_day_in_utc() -> None:
    # 23:30 on 1 December in Bangkok is 16:30 UTC: still 1 December in UTC, so a hire on
    # 1 November is 30 days old, not 31, and one on 2 November is not due yet.
    bangkok_evening = datetime(2026, 12, 1, 16, 30, tzinfo=UTC)
    shown = dashboard_from(
        "org_cafe", {"hired_on.2026-11-01": 5, "hired_on.2026-11-02": 6}, now=bangkok_evening
    )
    assert _due(shown)["retained_30"] == 5


def test_hires_due_from_one_to_four_are_not_shown_either() -> None:
    shown = dashboard_from(
        "org_cafe", {"hired_on.2026-01-10": 3, "outcomes.retained_180": 3}, now=DECEMBER
    )
    assert _due(shown) == {"retained_30": None, "retained_90": None, "retained_180": None}
    assert _shown(shown.outcomes)["retained_180"] is None


# -- kept by the handlers -----------------------------------------------------------------


def test_three_placements_one_retained_at_30_days_pay_against_goals(
    ports: Ports, clock: Clock, counters: FakeDashboardCounters
) -> None:
    job = _job(ports)
    _hire(ports, clock, _job_ready(ports), job, wage=MonthlyAmount(10_000, "THB"), steps=1)
    _hire(ports, clock, _job_ready(ports), job, wage=MonthlyAmount(9_000, "THB"))
    _hire(ports, clock, _job_ready(ports), job, wage=MonthlyAmount(8_000, "THB"))
    _hire(ports, clock, _job_ready(ports, income_goal=None), job, wage=MonthlyAmount(8_000, "THB"))

    ngo = counters.counts("org_ngo")
    assert ngo["outcomes.hired"] == 4
    assert ngo["outcomes.retained_30"] == 1
    assert "outcomes.retained_90" not in ngo
    assert ngo["income.at_or_above_goal"] == 2
    assert ngo["income.below_goal"] == 1
    assert ngo["income.no_goal"] == 1
    assert ngo["readiness.employment_ready"] == 4
    assert ngo["hired_on.2026-05-01"] == 4
    # The employer counts the hires into its jobs, never the survivors' stage or goals.
    assert counters.counts("org_cafe") == {
        "outcomes.hired": 4,
        "outcomes.retained_30": 1,
        "hired_on.2026-05-01": 4,
    }


def test_a_match_retained_180_days_counts_at_every_step_before(
    ports: Ports, clock: Clock, counters: FakeDashboardCounters
) -> None:
    job = _job(ports)
    for _ in range(5):
        _hire(ports, clock, _job_ready(ports), job, wage=MonthlyAmount(9_500, "THB"), steps=3)
    shown = get_organisation_dashboard(EMPLOYER, "org_cafe", ports)
    assert _shown(shown.outcomes) == {
        "hired": 5,
        "retained_30": 5,
        "retained_90": 5,
        "retained_180": 5,
        "enrolled": 0,
        "completed": 0,
    }
    # Income stays with the survivors' organisation.
    assert _shown(shown.income) == dict.fromkeys(
        ("at_or_above_goal", "below_goal", "no_goal", "not_comparable"), 0
    )


def test_readiness_by_stage_follows_each_assessment_and_moves_up_by_month(
    ports: Ports, clock: Clock, counters: FakeDashboardCounters
) -> None:
    clock.now = DECEMBER - timedelta(days=120)  # early August
    people = [_registered(ports) for _ in range(7)]
    assert counters.counts("org_ngo") == {"readiness.not_assessed": 7}
    people = [_assess(ports, p, ReadinessStage.STABILISING) for p in people]
    # A first assessment is not a move up.
    assert counters.counts("org_ngo") == {"readiness.stabilising": 7}
    people = [_assess(ports, p, ReadinessStage.PEER_SUPPORT_READY) for p in people[:6]] + people[6:]
    clock.now = DECEMBER
    people = [_assess(ports, p, ReadinessStage.TRAINING_READY) for p in people[:5]] + people[5:]
    # One steps back: a move down is not a move up.
    _assess(ports, people[5], ReadinessStage.STABILISING)

    counts = counters.counts("org_ngo")
    assert counts["readiness.training_ready"] == 5
    assert counts["readiness.stabilising"] == 2
    assert "readiness.peer_support_ready" not in counts
    assert counts["moved_up.2026-08"] == 6
    assert counts["moved_up.2026-12"] == 5
    shown = get_organisation_dashboard(OFFICER, "org_ngo", ports)
    assert _shown(shown.readiness) == {
        "not_assessed": 0,
        "stabilising": None,  # two people: not shown
        "peer_support_ready": 0,
        "training_ready": 5,
        "employment_ready": 0,
    }
    assert shown.moved_up.count == 5  # August's moves are out of the window


def test_an_erased_survivor_leaves_every_count(
    ports: Ports, clock: Clock, counters: FakeDashboardCounters
) -> None:
    job = _job(ports)
    kept = _job_ready(ports)
    _hire(ports, clock, kept, job, wage=MonthlyAmount(9_000, "THB"))
    erased = _assess(ports, _job_ready(ports), ReadinessStage.TRAINING_READY)
    erased = _assess(ports, erased, ReadinessStage.EMPLOYMENT_READY)
    _hire(ports, clock, erased, job, wage=MonthlyAmount(8_000, "THB"), steps=2)

    handle(commands.EraseSurvivor(caller=OFFICER, survivor_id=erased.survivor_id), ports)

    assert counters.counts("org_ngo") == {
        "readiness.employment_ready": 1,
        "outcomes.hired": 1,
        "income.at_or_above_goal": 1,
        "hired_on.2026-05-01": 1,
    }
    assert counters.counts("org_cafe") == {"outcomes.hired": 1, "hired_on.2026-05-01": 1}


def test_an_erased_survivors_hire_leaves_its_day(
    ports: Ports, clock: Clock, counters: FakeDashboardCounters
) -> None:
    job = _job(ports)
    erased = _job_ready(ports)
    _hire(ports, clock, erased, job, wage=None, hired_at=datetime(2026, 6, 20, 9, tzinfo=UTC))
    assert counters.counts("org_cafe")["hired_on.2026-06-20"] == 1

    handle(commands.EraseSurvivor(caller=OFFICER, survivor_id=erased.survivor_id), ports)

    assert "hired_on.2026-06-20" not in counters.counts("org_cafe")
    assert "hired_on.2026-06-20" not in counters.counts("org_ngo")
    assert _due(get_organisation_dashboard(EMPLOYER, "org_cafe", ports))["retained_30"] == 0


def test_retention_is_read_against_the_hires_old_enough_to_have_reached_it(
    ports: Ports, clock: Clock, counters: FakeDashboardCounters
) -> None:
    job = _job(ports)
    # Five hired in May (due for every step), five on 1 November (31 days before the
    # clock's day: due for 30 days only), five on 22 November (10 days: due for none).
    for _ in range(5):
        _hire(ports, clock, _job_ready(ports), job, wage=None, steps=1)
    for hired_at in (datetime(2026, 11, 1, 9, tzinfo=UTC), datetime(2026, 11, 22, 9, tzinfo=UTC)):
        for _ in range(5):
            _hire(ports, clock, _job_ready(ports), job, wage=None, hired_at=hired_at)

    for caller, organisation in ((EMPLOYER, "org_cafe"), (OFFICER, "org_ngo")):
        shown = get_organisation_dashboard(caller, organisation, ports)
        assert _shown(shown.outcomes)["hired"] == 15
        assert _shown(shown.outcomes)["retained_30"] == 5
        assert _due(shown) == {"retained_30": 10, "retained_90": 5, "retained_180": 5}


def test_a_hire_recorded_days_later_counts_on_the_day_it_happened(
    ports: Ports, clock: Clock, counters: FakeDashboardCounters
) -> None:
    job = _job(ports)
    survivor = _job_ready(ports)
    clock.now = datetime(2026, 10, 1, 9, tzinfo=UTC)
    match: Match = handle(
        commands.ProposeMatch(caller=OFFICER, survivor_id=survivor.survivor_id, opportunity_id=job),
        ports,
    )
    path = [
        (OFFICER, MatchState.ACCEPTED),
        (EMPLOYER, MatchState.EMPLOYER_INTEREST),
        (OFFICER, MatchState.INTRODUCED),
    ]
    for caller, state in path:
        match = handle(
            commands.TransitionMatch(caller=caller, match_id=match.match_id, to_state=state),
            ports,
        )
    # Recorded on 2 December, for a hire on 30 October.
    clock.now = DECEMBER
    handle(
        commands.TransitionMatch(
            caller=EMPLOYER,
            match_id=match.match_id,
            to_state=MatchState.HIRED,
            occurred_on=date(2026, 10, 30),
        ),
        ports,
    )
    cafe = counters.counts("org_cafe")
    assert cafe["hired_on.2026-10-30"] == 1
    assert "hired_on.2026-12-02" not in cafe


def test_a_new_income_goal_moves_the_income_counts_of_earlier_hires(
    ports: Ports, clock: Clock, counters: FakeDashboardCounters
) -> None:
    job = _job(ports)
    survivor = _job_ready(ports)
    _hire(ports, clock, survivor, job, wage=MonthlyAmount(10_000, "THB"))
    assert counters.counts("org_ngo")["income.at_or_above_goal"] == 1
    current = ports.survivors.get(survivor.survivor_id)
    assert current is not None
    handle(
        commands.UpdateSurvivorProfile(
            caller=OFFICER,
            survivor_id=survivor.survivor_id,
            profile=_profile(MonthlyAmount(12_000, "THB")),
            expected_version=current.version,
        ),
        ports,
    )
    counts = counters.counts("org_ngo")
    assert counts["income.below_goal"] == 1
    assert "income.at_or_above_goal" not in counts


def test_live_counts_equal_counts_rebuilt_from_the_store(
    ports: Ports, clock: Clock, counters: FakeDashboardCounters
) -> None:
    job = _job(ports)
    clock.now = DECEMBER - timedelta(days=40)
    first = _assess(ports, _registered(ports), ReadinessStage.TRAINING_READY)
    clock.now = DECEMBER
    _assess(ports, first, ReadinessStage.PEER_SUPPORT_READY)
    _hire(ports, clock, _job_ready(ports), job, wage=MonthlyAmount(9_000, "THB"), steps=2)
    _hire(ports, clock, _job_ready(ports, income_goal=None), job, wage=None)
    late = datetime(2026, 11, 15, 9, tzinfo=UTC)
    _hire(ports, clock, _job_ready(ports), job, wage=MonthlyAmount(9_000, "THB"), hired_at=late)
    gone = _job_ready(ports)
    _hire(ports, clock, gone, job, wage=MonthlyAmount(100, "USD"), steps=1)
    handle(commands.EraseSurvivor(caller=OFFICER, survivor_id=gone.survivor_id), ports)

    assert isinstance(ports.survivors, FakeSurvivors)
    rebuilt = contributions_of(ports.survivors.items.values(), ports.matches.all())
    for organisation in ("org_ngo", "org_cafe"):
        expected = {k: v for k, v in rebuilt.get(organisation, {}).items() if v}
        assert counters.counts(organisation) == expected
    # The hires by day are rebuilt too: two kept in May, one in November.
    assert counters.counts("org_cafe")["hired_on.2026-05-01"] == 2
    assert counters.counts("org_cafe")["hired_on.2026-11-15"] == 1


# -- who may read a dashboard -------------------------------------------------------------


def test_members_read_their_own_organisation_and_admins_any(ports: Ports) -> None:
    assert get_organisation_dashboard(OFFICER, "org_ngo", ports).organisation_id == "org_ngo"
    assert get_organisation_dashboard(EMPLOYER, "org_cafe", ports).organisation_id == "org_cafe"
    assert get_organisation_dashboard(ADMIN, "org_ngo", ports).organisation_id == "org_ngo"


@pytest.mark.parametrize("organisation_id", ["org_peers", "org_ngo"])
def test_a_facilitator_reads_no_organisations_counts(ports: Ports, organisation_id: str) -> None:
    """Readiness and income counts are no group's business; read twice a moment apart,
    they would tell a facilitator of the NGO why a member left (re-assessed as
    stabilising), which the peer-group rules keep from them."""
    with pytest.raises(Forbidden):
        get_organisation_dashboard(
            Caller("u_fac", organisation_id, Role.FACILITATOR), organisation_id, ports
        )


@pytest.mark.parametrize("caller", [OTHER_OFFICER, EMPLOYER])
def test_another_organisations_dashboard_does_not_exist_for_its_non_members(
    ports: Ports, caller: Caller
) -> None:
    with pytest.raises(NotFound):
        get_organisation_dashboard(caller, "org_ngo", ports)
