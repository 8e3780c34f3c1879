"""Commands: orders to the matching service, each handled by exactly one handler."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from matching.domain.access import Caller
from matching.domain.match import MatchState
from matching.domain.opportunity import OpportunityDetails, OpportunityStatus
from matching.domain.survivor import SurvivorProfile
from matching.domain.values import ConsentPurpose, MonthlyAmount, ReadinessStage

__all__ = [
    "AssessReadiness",
    "Command",
    "EraseSurvivor",
    "PostOpportunity",
    "ProposeMatch",
    "RegisterSurvivor",
    "SetConsent",
    "SetOpportunityStatus",
    "TrainOutcomeModel",
    "TransitionMatch",
    "UpdateOpportunity",
    "UpdateSurvivorProfile",
]


@dataclass(frozen=True, slots=True)
class Command:
    caller: Caller


@dataclass(frozen=True, slots=True)
class RegisterSurvivor(Command):
    profile: SurvivorProfile
    request_id: str = ""


@dataclass(frozen=True, slots=True)
class UpdateSurvivorProfile(Command):
    survivor_id: str
    profile: SurvivorProfile
    expected_version: int


@dataclass(frozen=True, slots=True)
class AssessReadiness(Command):
    survivor_id: str
    stage: ReadinessStage
    review_due: datetime | None
    expected_version: int


@dataclass(frozen=True, slots=True)
class SetConsent(Command):
    survivor_id: str
    purpose: ConsentPurpose
    granted: bool
    expected_version: int


@dataclass(frozen=True, slots=True)
class EraseSurvivor(Command):
    survivor_id: str


@dataclass(frozen=True, slots=True)
class PostOpportunity(Command):
    details: OpportunityDetails
    request_id: str = ""


@dataclass(frozen=True, slots=True)
class UpdateOpportunity(Command):
    opportunity_id: str
    details: OpportunityDetails
    expected_version: int


@dataclass(frozen=True, slots=True)
class SetOpportunityStatus(Command):
    opportunity_id: str
    status: OpportunityStatus
    expected_version: int


@dataclass(frozen=True, slots=True)
class SetOrganisationSuspension(Command):
    """A platform administrator suspends an organisation, or lifts its suspension."""

    organisation_id: str
    suspended: bool


@dataclass(frozen=True, slots=True)
class ProposeMatch(Command):
    survivor_id: str
    opportunity_id: str


@dataclass(frozen=True, slots=True)
class TransitionMatch(Command):
    match_id: str
    to_state: MatchState
    reason: str = ""
    wage: MonthlyAmount | None = None
    expected_version: int = 0
    #: The day the step happened; None: the day of the clock (UTC).
    occurred_on: date | None = None


@dataclass(frozen=True, slots=True)
class TrainOutcomeModel(Command):
    min_examples: int = 0
    seed: int = 7
