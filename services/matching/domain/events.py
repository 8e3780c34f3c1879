"""Domain events of matching: facts in the past tense, appended by aggregates.

Adapters turn them into protobuf envelopes for Kafka; the domain never sees protobuf.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from matching.domain.values import ConsentPurpose, MonthlyAmount, ReadinessStage

__all__ = [
    "ConsentChanged",
    "DomainEvent",
    "MatchProposed",
    "MatchTransitioned",
    "OpportunityClosed",
    "OpportunityPosted",
    "OpportunityUpdated",
    "OutcomeRecorded",
    "ReadinessAssessed",
    "SurvivorErased",
    "SurvivorProfileUpdated",
    "SurvivorRegistered",
]


@dataclass(frozen=True, slots=True)
class DomainEvent:
    aggregate_id: str


@dataclass(frozen=True, slots=True)
class SurvivorRegistered(DomainEvent):
    pass


@dataclass(frozen=True, slots=True)
class SurvivorProfileUpdated(DomainEvent):
    pass


@dataclass(frozen=True, slots=True)
class ReadinessAssessed(DomainEvent):
    stage: ReadinessStage
    review_due: datetime | None


@dataclass(frozen=True, slots=True)
class ConsentChanged(DomainEvent):
    purpose: ConsentPurpose
    granted: bool


@dataclass(frozen=True, slots=True)
class SurvivorErased(DomainEvent):
    pass


@dataclass(frozen=True, slots=True)
class OpportunityPosted(DomainEvent):
    pass


@dataclass(frozen=True, slots=True)
class OpportunityUpdated(DomainEvent):
    material: bool


@dataclass(frozen=True, slots=True)
class OpportunityClosed(DomainEvent):
    pass


@dataclass(frozen=True, slots=True)
class MatchProposed(DomainEvent):
    survivor_id: str
    opportunity_id: str
    score: float


@dataclass(frozen=True, slots=True)
class MatchTransitioned(DomainEvent):
    survivor_id: str
    opportunity_id: str
    from_state: str
    to_state: str
    occurred_on: date


@dataclass(frozen=True, slots=True)
class OutcomeRecorded(DomainEvent):
    survivor_id: str
    opportunity_id: str
    outcome: str
    wage: MonthlyAmount | None
    occurred_on: date
