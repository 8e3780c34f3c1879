"""The match aggregate: a survivor and an opportunity, and the life of that match.

    proposed ──> accepted ──> employer_interest ──> introduced ──> hired ──> retained_30
        │            │                                                      ──> retained_90
        │            └──> enrolled ──> completed    (training)              ──> retained_180
        └──> declined (with the survivor's reason)
    any state before a final one ──> ended

Every transition is dated and attributed. A survivor's own choice is final: only their
officer records accepted or declined.

Each step has two times: ``at``, the instant it was recorded (the service's clock), and
``occurred_on``, the calendar day it happened, which the recorder may set to an earlier day
(employers often record a hire days later). The retention figures the dashboards count and
the outcome model learns from are only true if the days are, so (:meth:`Match.transition`):

- a step is not dated after today (UTC, the clock's day);
- a step is not dated before the step it follows (hired not before introduced, completed
  not before enrolled);
- "still employed after N days" (``retained_30``, ``_90``, ``_180``) is dated at least N
  days after the hire's day.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from enum import Enum, StrEnum

from matching.domain.access import Caller, Role
from matching.domain.errors import (
    Forbidden,
    InvalidInput,
    NotAllowedNow,
    NotFound,
    StepDateInvalid,
    StepDateTooEarly,
)
from matching.domain.events import DomainEvent, MatchProposed, MatchTransitioned, OutcomeRecorded
from matching.domain.values import MonthlyAmount, OpportunityKind

__all__ = [
    "OUTCOMES",
    "PLACEMENTS",
    "RETENTION_DAYS",
    "DateRule",
    "Match",
    "MatchState",
    "ScoredReason",
    "Transition",
    "check_step_date",
    "match_id_for",
    "utc_day",
]

MAX_REASON = 500


class MatchState(Enum):
    PROPOSED = "proposed"
    ACCEPTED = "accepted"
    DECLINED = "declined"
    EMPLOYER_INTEREST = "employer_interest"
    INTRODUCED = "introduced"
    HIRED = "hired"
    ENROLLED = "enrolled"
    COMPLETED = "completed"
    RETAINED_30 = "retained_30"
    RETAINED_90 = "retained_90"
    RETAINED_180 = "retained_180"
    ENDED = "ended"


S = MatchState
_NEXT: dict[OpportunityKind, dict[MatchState, frozenset[MatchState]]] = {
    OpportunityKind.JOB: {
        S.PROPOSED: frozenset({S.ACCEPTED, S.DECLINED, S.ENDED}),
        S.ACCEPTED: frozenset({S.EMPLOYER_INTEREST, S.DECLINED, S.ENDED}),
        S.EMPLOYER_INTEREST: frozenset({S.INTRODUCED, S.DECLINED, S.ENDED}),
        S.INTRODUCED: frozenset({S.HIRED, S.DECLINED, S.ENDED}),
        S.HIRED: frozenset({S.RETAINED_30, S.ENDED}),
        S.RETAINED_30: frozenset({S.RETAINED_90, S.ENDED}),
        S.RETAINED_90: frozenset({S.RETAINED_180, S.ENDED}),
        S.RETAINED_180: frozenset({S.ENDED}),
    },
    OpportunityKind.TRAINING: {
        S.PROPOSED: frozenset({S.ACCEPTED, S.DECLINED, S.ENDED}),
        S.ACCEPTED: frozenset({S.ENROLLED, S.DECLINED, S.ENDED}),
        S.ENROLLED: frozenset({S.COMPLETED, S.ENDED}),
        S.COMPLETED: frozenset({S.ENDED}),
    },
}

#: Which role records each state; the organisation is checked beside it.
_RECORDED_BY: dict[MatchState, frozenset[Role]] = {
    S.ACCEPTED: frozenset({Role.REINTEGRATION_OFFICER}),
    S.DECLINED: frozenset({Role.REINTEGRATION_OFFICER}),
    S.EMPLOYER_INTEREST: frozenset({Role.EMPLOYER}),
    S.INTRODUCED: frozenset({Role.REINTEGRATION_OFFICER, Role.EMPLOYER}),
    S.HIRED: frozenset({Role.REINTEGRATION_OFFICER, Role.EMPLOYER}),
    S.RETAINED_30: frozenset({Role.REINTEGRATION_OFFICER, Role.EMPLOYER}),
    S.RETAINED_90: frozenset({Role.REINTEGRATION_OFFICER, Role.EMPLOYER}),
    S.RETAINED_180: frozenset({Role.REINTEGRATION_OFFICER, Role.EMPLOYER}),
    S.ENROLLED: frozenset({Role.REINTEGRATION_OFFICER, Role.TRAINING_PROVIDER}),
    S.COMPLETED: frozenset({Role.REINTEGRATION_OFFICER, Role.TRAINING_PROVIDER}),
    S.ENDED: frozenset({Role.REINTEGRATION_OFFICER, Role.EMPLOYER, Role.TRAINING_PROVIDER}),
}

#: Outcomes: the ground truth for learning.
OUTCOMES = frozenset(
    {S.HIRED, S.ENROLLED, S.COMPLETED, S.RETAINED_30, S.RETAINED_90, S.RETAINED_180}
)
#: Reached when someone takes an opening or a seat.
PLACEMENTS = frozenset({S.HIRED, S.ENROLLED})
#: How many days after the hire's day each retention step may be dated, at the earliest.
RETENTION_DAYS: Mapping[MatchState, int] = {
    S.RETAINED_30: 30,
    S.RETAINED_90: 90,
    S.RETAINED_180: 180,
}


class DateRule(StrEnum):
    """Why a step's day was refused: codes of the contract (``TransitionMatchRequest``)."""

    NOT_A_DATE = "OCCURRED_ON_NOT_A_DATE"
    IN_THE_FUTURE = "OCCURRED_ON_IN_THE_FUTURE"
    BEFORE_PREVIOUS_STEP = "OCCURRED_ON_BEFORE_PREVIOUS_STEP"
    BEFORE_RETENTION = "OCCURRED_ON_BEFORE_RETENTION"


def utc_day(at: datetime) -> date:
    """The calendar day of an instant, in UTC."""
    return at.astimezone(UTC).date()


def match_id_for(*, survivor_id: str, opportunity_id: str, material_revision: int) -> str:
    """One match per survivor, opportunity and material revision: proposing twice is safe."""
    digest = hashlib.sha256(f"{survivor_id}|{opportunity_id}|{material_revision}".encode())
    return "m_" + digest.hexdigest()[:24]


@dataclass(frozen=True, slots=True)
class Transition:
    state: MatchState
    #: When it was recorded.
    at: datetime
    by: str
    #: The day it happened (at or before the day of ``at``). Steps stored before steps
    #: were dated read as the day of ``at`` in UTC (``adapters.documents``).
    occurred_on: date
    reason: str = ""


def check_step_date(
    *, history: Sequence[Transition], to: MatchState, occurred_on: date, today: date
) -> None:
    """Refuse a day ``to`` cannot have happened on, after ``history`` and as of ``today``.

    Pure: the clock's day is passed in. Raises :class:`StepDateInvalid` for a day after
    ``today`` and :class:`StepDateTooEarly` for one before the step it follows or, for a
    retention step, before the hire's day plus its days; each names the nearest day allowed.
    """
    if occurred_on > today:
        raise StepDateInvalid(
            "occurred_on may not be in the future (after today in UTC)",
            rule=DateRule.IN_THE_FUTURE,
            nearest=today,
        )
    previous = history[-1]
    if occurred_on < previous.occurred_on:
        raise StepDateTooEarly(
            f"occurred_on may not be before the day of the step it follows "
            f"({previous.state.value})",
            rule=DateRule.BEFORE_PREVIOUS_STEP,
            nearest=previous.occurred_on,
        )
    days = RETENTION_DAYS.get(to)
    hires = [step for step in history if step.state is S.HIRED]
    if days is not None and hires:
        earliest = hires[-1].occurred_on + timedelta(days=days)
        if occurred_on < earliest:
            raise StepDateTooEarly(
                f"{to.value} may be dated {days} days after the hire's day at the earliest",
                rule=DateRule.BEFORE_RETENTION,
                nearest=earliest,
            )


@dataclass(frozen=True, slots=True)
class ScoredReason:
    code: str
    text: str


@dataclass
class Match:
    match_id: str
    survivor_id: str
    survivor_organisation_id: str
    opportunity_id: str
    opportunity_organisation_id: str
    kind: OpportunityKind
    #: The opportunity's material revision when proposed: a match holds one set of terms.
    material_revision: int
    #: The opportunity's offer revision when proposed: a decline of this match holds
    #: until the opportunity makes a new offer (``domain.offers``).
    offer_revision: int
    score: float
    reasons: tuple[ScoredReason, ...]
    history: list[Transition]
    wage: MonthlyAmount | None = None
    version: int = 0
    #: What the outcome model learns from, as it was when the match was proposed.
    features: Mapping[str, float | int | bool] | None = None
    events: list[DomainEvent] = field(default_factory=list, compare=False, repr=False)

    @classmethod
    def propose(
        cls,
        *,
        survivor_id: str,
        survivor_organisation_id: str,
        opportunity_id: str,
        opportunity_organisation_id: str,
        kind: OpportunityKind,
        material_revision: int,
        offer_revision: int,
        score: float,
        reasons: tuple[ScoredReason, ...],
        at: datetime,
        by: str,
        features: Mapping[str, float | int | bool] | None = None,
    ) -> Match:
        match = cls(
            match_id=match_id_for(
                survivor_id=survivor_id,
                opportunity_id=opportunity_id,
                material_revision=material_revision,
            ),
            survivor_id=survivor_id,
            survivor_organisation_id=survivor_organisation_id,
            opportunity_id=opportunity_id,
            opportunity_organisation_id=opportunity_organisation_id,
            kind=kind,
            material_revision=material_revision,
            offer_revision=offer_revision,
            score=score,
            reasons=reasons,
            history=[Transition(state=S.PROPOSED, at=at, by=by, occurred_on=utc_day(at))],
            features=dict(features) if features is not None else None,
        )
        match.events.append(
            MatchProposed(
                aggregate_id=match.match_id,
                survivor_id=survivor_id,
                opportunity_id=opportunity_id,
                score=score,
            )
        )
        return match

    @property
    def state(self) -> MatchState:
        return self.history[-1].state

    def allowed_next(self) -> frozenset[MatchState]:
        return _NEXT[self.kind].get(self.state, frozenset())

    def check_visible_to(self, caller: Caller) -> None:
        """Officers of the survivor's organisation; the owner once the survivor accepted."""
        if caller.role is Role.REINTEGRATION_OFFICER:
            visible = caller.organisation_id == self.survivor_organisation_id
        elif caller.role in (Role.EMPLOYER, Role.TRAINING_PROVIDER):
            # Owners learn of a match only once the survivor has said yes to it.
            visible = caller.organisation_id == self.opportunity_organisation_id and any(
                step.state is S.ACCEPTED for step in self.history
            )
        else:
            raise Forbidden(f"role {caller.role.value} may not see matches")
        if not visible:
            raise NotFound("no such match")

    def transition(
        self,
        *,
        to: MatchState,
        caller: Caller,
        at: datetime,
        occurred_on: date | None = None,
        reason: str = "",
        wage: MonthlyAmount | None = None,
    ) -> None:
        """Record the next step: recorded ``at`` (the clock's reading), happened on
        ``occurred_on`` (default: the day of ``at``, in UTC)."""
        self.check_visible_to(caller)
        if caller.role not in _RECORDED_BY.get(to, frozenset()):
            raise Forbidden(f"role {caller.role.value} does not record {to.value}")
        if to not in self.allowed_next():
            raise NotAllowedNow(
                f"a {self.kind.value} match cannot go from {self.state.value} to {to.value}"
            )
        reason = reason.strip()
        if to is S.DECLINED and not reason:
            raise InvalidInput("a decline records the survivor's reason")
        if len(reason) > MAX_REASON:
            raise InvalidInput(f"a reason has at most {MAX_REASON} characters")
        if wage is not None and to is not S.HIRED:
            raise InvalidInput("a wage is recorded with a hire")
        day = occurred_on if occurred_on is not None else utc_day(at)
        check_step_date(history=self.history, to=to, occurred_on=day, today=utc_day(at))
        previous = self.state
        self.history.append(
            Transition(state=to, at=at, by=caller.user_id, occurred_on=day, reason=reason)
        )
        if wage is not None:
            self.wage = wage
        self.events.append(
            MatchTransitioned(
                aggregate_id=self.match_id,
                survivor_id=self.survivor_id,
                opportunity_id=self.opportunity_id,
                from_state=previous.value,
                to_state=to.value,
                occurred_on=day,
            )
        )
        if to in OUTCOMES:
            self.events.append(
                OutcomeRecorded(
                    aggregate_id=self.match_id,
                    survivor_id=self.survivor_id,
                    opportunity_id=self.opportunity_id,
                    outcome=to.value,
                    wage=self.wage if to is S.HIRED else None,
                    occurred_on=day,
                )
            )

    @property
    def declined(self) -> bool:
        return self.state is S.DECLINED
