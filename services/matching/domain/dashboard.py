"""An organisation's dashboard: counts kept per organisation, and the rules that move them.

Pure: no I/O. Each survivor and each match *contributes* a few counts (its stage now, the
times it moved up a stage, the outcomes it reached, its pay against the survivor's goal).
A change moves the counts by the difference between the aggregate's contribution after it
and before it (:func:`difference`), so the counts kept beside the aggregates (one document
per organisation) always equal the sum of what is stored, and rebuilding them from the
store (:func:`contributions_of`) gives the same numbers as keeping them live.

What the mission requires of these numbers:

- **Counts of people still in Pathways.** An erased survivor's whole contribution leaves
  the counts (stage, moves, outcomes, income), so no number keeps a trace of them and a
  rebuild agrees with the live counts.
- **Nobody singled out.** A count from 1 to ``SUPPRESS_BELOW - 1`` is answered as "fewer
  than 5", never as its value (statistical offices' small-cell suppression): "one person
  below their income goal" in a small organisation names that person to anyone who knows
  the caseload. Zero is shown: it says nothing about anyone.
- **"Moved up a stage" in the last three calendar months** (this month and the two
  before), not a rolling 90 days: moves are kept in calendar-month buckets in the same
  document, so an update is one ``$inc`` and a read one document, whatever the caseload.
- **Retention counts matches that reached each step** (hired, still employed at 30, 90,
  180 days): a match that reached 90 days counts at 30 days too, and one that ended later
  still counts for the steps it reached.
- **Retention against the hires that could have reached it.** "Still employed at 90 days:
  5" beside "hired: 40" reads as poor retention when most were hired last week. So the hires
  are also kept by the day they happened (``hired_on.YYYY-MM-DD``, the hire step's
  ``occurred_on``), and each retention step is answered with the hires *due* for it: hired
  on or before today minus its days (today in UTC, from the clock), whether they reached it
  or not. The day is part of the match's contribution, so a hire recorded with an earlier
  day lands in that day's bucket, and an erased survivor's hire leaves its bucket with the
  rest. A bucket per day with hires keeps the read one document; a few thousand days of
  hires are a few thousand small keys.

Where counts go: the survivor's organisation gets their stage, their moves, the outcomes
of their matches and their pay against their goal; the opportunity's organisation gets the
outcomes of matches into its jobs and courses (never a survivor's stage or income goal).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from itertools import pairwise

from matching.domain.match import RETENTION_DAYS, Match, MatchState, utc_day
from matching.domain.survivor import Survivor
from matching.domain.values import MonthlyAmount, ReadinessStage

__all__ = [
    "INCOME_BANDS",
    "NOT_ASSESSED",
    "OUTCOME_STEPS",
    "READINESS_BUCKETS",
    "RETENTION_STEPS",
    "SUPPRESS_BELOW",
    "Dashboard",
    "Figure",
    "RetentionDue",
    "contributions_of",
    "dashboard_from",
    "difference",
    "hire_day",
    "income_band",
    "match_contributions",
    "month_key",
    "survivor_contribution",
]

#: Counts from 1 to this minus one are answered as "fewer than" it.
SUPPRESS_BELOW = 5
#: Months "moved up a stage" looks back over: this one and the two before.
MOVED_UP_MONTHS = 3

NOT_ASSESSED = "not_assessed"
READINESS_BUCKETS: tuple[str, ...] = (NOT_ASSESSED, *(s.name.lower() for s in ReadinessStage))
OUTCOME_STEPS: tuple[MatchState, ...] = (
    MatchState.HIRED,
    MatchState.RETAINED_30,
    MatchState.RETAINED_90,
    MatchState.RETAINED_180,
    MatchState.ENROLLED,
    MatchState.COMPLETED,
)
#: The steps answered with the hires due for them (their days after the hire: RETENTION_DAYS).
RETENTION_STEPS: tuple[MatchState, ...] = tuple(RETENTION_DAYS)
#: The section of the hires by the day they happened: "hired_on.2026-05-01".
HIRED_ON = "hired_on"
AT_OR_ABOVE_GOAL = "at_or_above_goal"
BELOW_GOAL = "below_goal"
NO_GOAL = "no_goal"
#: Hired with no wage recorded, or paid in another currency than the goal's.
NOT_COMPARABLE = "not_comparable"
INCOME_BANDS = (AT_OR_ABOVE_GOAL, BELOW_GOAL, NO_GOAL, NOT_COMPARABLE)

#: A count's key: "<section>.<code>", e.g. "readiness.training_ready", "moved_up.2026-12",
#: "hired_on.2026-05-01".
Counts = Counter[str]


def month_key(at: datetime) -> str:
    return f"{at.year:04d}-{at.month:02d}"


def survivor_contribution(survivor: Survivor) -> Counts:
    """The survivor's stage now, and each assessment that put them on a later stage than
    the one before it (in the month it was made). A first assessment is not a move."""
    counts: Counts = Counter()
    current = survivor.readiness
    stage = current.stage.name.lower() if current is not None else NOT_ASSESSED
    counts[f"readiness.{stage}"] += 1
    history = survivor.readiness_history
    for before, after in pairwise(history):
        if after.stage > before.stage:
            counts[f"moved_up.{month_key(after.assessed_at)}"] += 1
    return counts


def income_band(*, wage: MonthlyAmount | None, goal: MonthlyAmount | None) -> str:
    if goal is None:
        return NO_GOAL
    if wage is None or wage.currency != goal.currency:
        return NOT_COMPARABLE
    return AT_OR_ABOVE_GOAL if wage.amount >= goal.amount else BELOW_GOAL


def hire_day(match: Match) -> date | None:
    """The day the hire happened (its step's ``occurred_on``), or ``None`` if not hired.
    The last hire step, as the retention rules take it (``match.check_step_date``)."""
    hires = [step for step in match.history if step.state is MatchState.HIRED]
    return hires[-1].occurred_on if hires else None


def match_contributions(match: Match, *, income_goal: MonthlyAmount | None) -> dict[str, Counts]:
    """Organisation id → what ``match`` adds to its counts: the outcome steps it reached
    and, once hired, the day of the hire (both to the survivor's and the opportunity's
    organisation, once if they are the same), and the pay against the survivor's goal (to
    the survivor's organisation)."""
    reached = {step.state for step in match.history}
    outcomes: Counts = Counter({f"outcomes.{s.value}": 1 for s in OUTCOME_STEPS if s in reached})
    hired_on = hire_day(match)
    if hired_on is not None:
        outcomes[f"{HIRED_ON}.{hired_on.isoformat()}"] += 1
    survivor_side = Counter(outcomes)
    if MatchState.HIRED in reached:
        survivor_side[f"income.{income_band(wage=match.wage, goal=income_goal)}"] += 1
    found = {match.survivor_organisation_id: survivor_side}
    if match.opportunity_organisation_id != match.survivor_organisation_id and outcomes:
        found[match.opportunity_organisation_id] = outcomes
    return {organisation: counts for organisation, counts in found.items() if counts}


def difference(before: Mapping[str, int], after: Mapping[str, int]) -> dict[str, int]:
    """``after - before``, key by key, without the zeros (negative values kept, unlike
    ``Counter``'s subtraction)."""
    keys = set(before) | set(after)
    moved = {key: after.get(key, 0) - before.get(key, 0) for key in keys}
    return {key: value for key, value in sorted(moved.items()) if value}


def contributions_of(survivors: Iterable[Survivor], matches: Iterable[Match]) -> dict[str, Counts]:
    """Organisation id → its counts, from everything stored (the rebuild)."""
    totals: dict[str, Counts] = {}
    goals: dict[str, MonthlyAmount | None] = {}
    for survivor in survivors:
        goals[survivor.survivor_id] = survivor.profile.income_goal
        totals.setdefault(survivor.organisation_id, Counter()).update(
            survivor_contribution(survivor)
        )
    for match in matches:
        if match.survivor_id not in goals:
            continue  # its survivor is gone (an erasure that stopped half way)
        found = match_contributions(match, income_goal=goals[match.survivor_id])
        for organisation, counts in found.items():
            totals.setdefault(organisation, Counter()).update(counts)
    return totals


@dataclass(frozen=True, slots=True)
class Figure:
    """A count as it may be shown: ``None`` when it is between 1 and ``SUPPRESS_BELOW - 1``."""

    code: str
    count: int | None

    @property
    def suppressed(self) -> bool:
        return self.count is None


def _figure(code: str, value: int) -> Figure:
    # A negative value can only be drift (a change whose count was lost): shown as none.
    value = max(value, 0)
    return Figure(code=code, count=None if 0 < value < SUPPRESS_BELOW else value)


@dataclass(frozen=True, slots=True)
class RetentionDue:
    """The hires that could have reached a retention step by today: hired on or before
    ``hired_by`` (today minus ``days``), whether they reached it or not."""

    #: The step's code, as in the outcomes: "retained_30".
    code: str
    days: int
    hired_by: date
    hires: Figure


@dataclass(frozen=True, slots=True)
class Dashboard:
    organisation_id: str
    readiness: tuple[Figure, ...]
    moved_up: Figure
    #: The first day of the months "moved up" counts.
    moved_up_since: datetime
    outcomes: tuple[Figure, ...]
    income: tuple[Figure, ...]
    #: For each step of ``RETENTION_STEPS``, the hires due for it.
    retention_due: tuple[RetentionDue, ...]


def _months_back(now: datetime, months: int) -> datetime:
    index = now.year * 12 + (now.month - 1) - months
    return now.replace(
        year=index // 12, month=index % 12 + 1, day=1, hour=0, minute=0, second=0, microsecond=0
    )


def _retention_due(counts: Mapping[str, int], *, today: date) -> tuple[RetentionDue, ...]:
    # ISO days compare as strings: "2026-05-01" <= "2026-11-02".
    prefix = f"{HIRED_ON}."
    by_day = [(key.removeprefix(prefix), n) for key, n in counts.items() if key.startswith(prefix)]
    due = []
    for step in RETENTION_STEPS:
        days = RETENTION_DAYS[step]
        hired_by = today - timedelta(days=days)
        hires = sum(value for day, value in by_day if day <= hired_by.isoformat())
        due.append(
            RetentionDue(
                code=step.value, days=days, hired_by=hired_by, hires=_figure(step.value, hires)
            )
        )
    return tuple(due)


def dashboard_from(organisation_id: str, counts: Mapping[str, int], *, now: datetime) -> Dashboard:
    """What may be shown of an organisation's counts, small counts suppressed; "today" for
    the retention due is the day of ``now`` in UTC."""
    months = [month_key(_months_back(now, back)) for back in range(MOVED_UP_MONTHS)]
    moved = sum(counts.get(f"moved_up.{month}", 0) for month in months)
    return Dashboard(
        organisation_id=organisation_id,
        readiness=tuple(_figure(b, counts.get(f"readiness.{b}", 0)) for b in READINESS_BUCKETS),
        moved_up=_figure("moved_up", moved),
        moved_up_since=_months_back(now, MOVED_UP_MONTHS - 1),
        outcomes=tuple(
            _figure(s.value, counts.get(f"outcomes.{s.value}", 0)) for s in OUTCOME_STEPS
        ),
        income=tuple(_figure(b, counts.get(f"income.{b}", 0)) for b in INCOME_BANDS),
        retention_due=_retention_due(counts, today=utc_day(now)),
    )
