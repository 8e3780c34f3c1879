"""Bodies of the match, shortlist, round and outcome routes.

Two views of a match record, chosen by role, never by what the backend happened to fill:
officers get :class:`MatchRecordPublic`; employers and providers get
:class:`MatchRecordAnonymised`, which has no survivor id, no reasons (they may quote a
survivor's goals) and no record of who did what. A shortlist card (:class:`CandidateCard`)
lists exactly what an employer may see of a candidate.
"""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum
from typing import Annotated, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    StrictBool,
    StrictFloat,
    StrictInt,
    StringConstraints,
)

from gateway.api.types import (
    CalendarDate,
    LanguageSkill,
    Money,
    NFCText,
    OpportunityKind,
    PseudonymousId,
    ReadinessStage,
    StrictModel,
    timestamp_of,
)
from gateway.proto_enums import from_proto, maps_to
from pathways.v1 import matching_pb2 as pb

__all__ = [
    "CandidateCard",
    "Decision",
    "InterestCreate",
    "MatchProposal",
    "MatchReason",
    "MatchRecordAnonymised",
    "MatchRecordPublic",
    "NotOffered",
    "OutcomeCreate",
    "OutcomeModelReport",
    "OutcomeModelTraining",
    "PathwaySuggestion",
    "Recommendation",
    "RecommendationList",
    "RoundAssignment",
    "RoundCreate",
    "RoundResult",
    "ScoreComponent",
    "TransitionStep",
]


@maps_to(pb.MatchState, "MATCH_STATE_")
class MatchState(StrEnum):
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


_MATCH_ID = "m_5c9d0e1f2a3b4c5d6e7f8a9b"
_SURVIVOR_ID = "srv_3f2a9c0d6b1e4f7a8c9d0e1f"
_OPPORTUNITY_ID = "opp_9a51f0d1c9b8e446f1c2a7e3"


class MatchReason(BaseModel):
    code: str = Field(examples=["SHARED_INTERESTS"])
    text: str = Field(examples=["shares your interest in food service"])


class ScoreComponent(BaseModel):
    name: str = Field(examples=["interest_fit"])
    value: float = Field(description="0 to 1.")
    weight: float
    judged: bool = Field(
        default=True,
        description="False when this component is not judged for the pair (pay of a "
        "course, skills of a job asking for none): left out of the score, its value the "
        "neutral 0.5. Pay is judged only where a job pays less than the survivor's goal "
        "(meeting the goal is what was asked for, and a bonus for it would favour jobs over "
        "courses): a job that meets it has `income_parity` not judged and says so in its "
        "reasons (`PAY_AT_OR_ABOVE_GOAL`).",
    )


class PathwaySuggestion(BaseModel):
    """A training programme that teaches what a wanted job asks for."""

    training_opportunity_id: str
    training_title: str
    skills_closed: list[str]
    leads_to_opportunity_ids: list[str]


class Recommendation(BaseModel):
    opportunity_id: str
    kind: OpportunityKind
    title: str
    score: float
    breakdown: list[ScoreComponent]
    reasons: list[MatchReason]
    missing_skills: list[str]
    pathways: list[PathwaySuggestion]
    predicted_success: float | None = Field(
        description="From the outcome model, when one is in use."
    )

    @classmethod
    def of(cls, message: pb.Match) -> Recommendation:
        return cls(
            opportunity_id=message.opportunity_id,
            kind=from_proto(OpportunityKind, message.kind) or OpportunityKind.JOB,
            title=message.title,
            score=message.score,
            breakdown=[
                ScoreComponent(name=c.name, value=c.value, weight=c.weight, judged=not c.not_judged)
                for c in message.breakdown
            ],
            reasons=[MatchReason(code=r.code, text=r.text) for r in message.reasons],
            missing_skills=list(message.missing_skills),
            pathways=[
                PathwaySuggestion(
                    training_opportunity_id=p.training_opportunity_id,
                    training_title=p.training_title,
                    skills_closed=list(p.skills_closed),
                    leads_to_opportunity_ids=list(p.leads_to_opportunity_ids),
                )
                for p in message.pathways
            ],
            predicted_success=(
                message.predicted_success if message.has_predicted_success else None
            ),
        )


class NotOffered(BaseModel):
    """One reason recommendations are empty or fewer than asked for."""

    code: str = Field(
        description=(
            "Stable code. `not_assessed`: no readiness assessment yet (nothing is offered "
            "before one). `readiness_stage`: the stage in force does not allow this kind "
            "yet (training from `training_ready`, jobs from `employment_ready`). "
            "`no_matching_consent`: the survivor has not consented to matching. "
            "`no_residence`: no residence recorded, so only remote opportunities are in "
            "reach (none, unless open to remote work). `out_of_reach`: opportunities left out "
            "as farther than the travel distance or in another country. "
            "`remote_not_chosen`: remote jobs and online courses left out because the "
            "survivor is not open to remote work or study. `no_shared_language`: opportunities "
            "left out for asking a language the survivor does not speak at that level. "
            "`minor_nothing_allowed`: every open opportunity is above the survivor's age "
            "or hazardous for a minor. `below_relevance_floor`: eligible opportunities "
            "that fit too poorly to recommend (no good match yet). `nothing_eligible`: "
            "no open opportunity meets the survivor's needs and conditions."
        ),
        examples=["readiness_stage"],
    )
    text: str = Field(description="A short sentence for the officer (English).")
    count: int | None = Field(
        description="Opportunities left out for this reason, when counted.", default=None
    )

    @classmethod
    def of(cls, message: pb.NotOfferedReason) -> NotOffered:
        return cls(code=message.code, text=message.text, count=message.count or None)


class RecommendationList(BaseModel):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "survivor_id": _SURVIVOR_ID,
                    "items": [
                        {
                            "opportunity_id": _OPPORTUNITY_ID,
                            "kind": "job",
                            "title": "Barista",
                            "score": 0.82,
                            "breakdown": [{"name": "interest_fit", "value": 0.9, "weight": 0.3}],
                            "reasons": [
                                {"code": "PAY_AT_OR_ABOVE_GOAL", "text": "pays above the goal"}
                            ],
                            "missing_skills": ["barista"],
                            "pathways": [],
                            "predicted_success": None,
                        }
                    ],
                }
            ]
        }
    )

    survivor_id: str
    items: list[Recommendation]
    not_offered_because: list[NotOffered] = Field(
        default_factory=list,
        description=(
            "Why the list is empty or shorter than `top_k`: what is missing in the "
            "survivor's record, or what left opportunities out. Empty when the list is full."
        ),
    )
    skills_to_record: list[str] = Field(
        default_factory=list,
        description=(
            "Vocabulary ids of skills and activities (what a job can ask for) the "
            "survivor's own words name (interests, aspirations) that their profile records "
            "neither as skills held, nor as wanted, nor as chosen interests. A job is "
            "judged by the skills held, so a survivor whose words say they can sew but "
            "whose skills were never recorded gets sewing courses before sewing jobs: ask "
            "them, and record the skills they have. "
            "Matching never takes the words for a record (they may be a wish to learn)."
        ),
    )


_OCCURRED_ON = (
    "The day the step happened (may be before `at`, when it was recorded; steps recorded "
    "before steps were dated read as the day of `at` in UTC)."
)


def _day_of(text: str) -> date | None:
    return date.fromisoformat(text) if text else None


class TransitionStep(BaseModel):
    state: MatchState | None
    at: datetime | None = Field(description="When it was recorded.")
    occurred_on: date | None = Field(description=_OCCURRED_ON)
    by: str | None = Field(description="User id; officers only.")
    reason: str | None = Field(description="The survivor's reason for a decline; officers only.")


class AnonymisedStep(BaseModel):
    state: MatchState | None
    at: datetime | None = Field(description="When it was recorded.")
    occurred_on: date | None = Field(description=_OCCURRED_ON)


class MatchRecordPublic(BaseModel):
    """A match as the survivor's officer sees it."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "id": _MATCH_ID,
                    "survivor_id": _SURVIVOR_ID,
                    "opportunity_id": _OPPORTUNITY_ID,
                    "opportunity_organisation_id": "org_0192a6b3c4d5e6f708192a3b4c5d6e7f",
                    "kind": "job",
                    "state": "accepted",
                    "score": 0.82,
                    "reasons": [{"code": "SHARED_INTERESTS", "text": "shares your interests"}],
                    "history": [
                        {
                            "state": "proposed",
                            "at": "2025-03-01T08:00:00Z",
                            "occurred_on": "2025-03-01",
                            "by": "usr_…",
                            "reason": None,
                        }
                    ],
                    "wage": None,
                    "version": 2,
                    "partner_alias": "P-4HQ7XN",
                    "held_by": [],
                }
            ]
        }
    )

    view: Literal["full"] = "full"
    id: str
    survivor_id: str
    opportunity_id: str
    opportunity_organisation_id: str
    kind: OpportunityKind | None
    state: MatchState | None
    score: float
    reasons: list[MatchReason]
    history: list[TransitionStep]
    wage: Money | None
    version: int
    partner_alias: str | None = Field(
        default=None,
        description=(
            "The code the opportunity's organisation knows the survivor by (on its "
            "shortlist), so that you and the employer or provider can speak of the same "
            "person; each organisation has codes of its own. Null when the opportunity is "
            "your own organisation's: it knows them by their alias."
        ),
    )
    held_by: list[str] = Field(
        default_factory=list,
        description=(
            "What holds the match from its next step forward now, as stable codes; empty "
            "while it may go on. The hard rules the survivor and the opportunity break as "
            "they are now (the codes a refused proposal names: `no_matching_consent` after "
            "the survivor withdrew their consent to matching, `not_ready` after a lower "
            "readiness, `sector_avoided`, `condition_not_met`, `documents_withheld`, "
            "`fee_charged` after the opportunity was edited, `organisation_suspended`, ...), "
            "and `no_employer_shortlist_consent` for a job they accepted while they do not "
            "consent to be shared with employers. Recording their decline, or ending the "
            "match, is never held."
        ),
        examples=[["no_matching_consent"]],
    )

    @classmethod
    def of(cls, message: pb.MatchRecord) -> MatchRecordPublic:
        return cls(
            id=message.match_id,
            survivor_id=message.survivor_id,
            opportunity_id=message.opportunity_id,
            opportunity_organisation_id=message.opportunity_organisation_id,
            kind=from_proto(OpportunityKind, message.kind),
            state=from_proto(MatchState, message.state),
            score=message.score,
            reasons=[MatchReason(code=r.code, text=r.text) for r in message.reasons],
            history=[
                TransitionStep(
                    state=from_proto(MatchState, step.state),
                    at=timestamp_of(step.at),
                    occurred_on=_day_of(step.occurred_on),
                    by=step.by or None,
                    reason=step.reason or None,
                )
                for step in message.history
            ],
            wage=Money.of_optional(message.wage, present=message.HasField("wage")),
            version=message.version,
            partner_alias=message.partner_alias or None,
            held_by=list(message.held_by),
        )


class MatchRecordAnonymised(BaseModel):
    """A match as the opportunity's employer or provider sees it: no one is identified."""

    view: Literal["anonymised"] = "anonymised"
    id: str
    opportunity_id: str
    kind: OpportunityKind | None
    state: MatchState | None
    score: float
    history: list[AnonymisedStep]
    wage: Money | None
    version: int

    @classmethod
    def of(cls, message: pb.MatchRecord) -> MatchRecordAnonymised:
        return cls(
            id=message.match_id,
            opportunity_id=message.opportunity_id,
            kind=from_proto(OpportunityKind, message.kind),
            state=from_proto(MatchState, message.state),
            score=message.score,
            history=[
                AnonymisedStep(
                    state=from_proto(MatchState, s.state),
                    at=timestamp_of(s.at),
                    occurred_on=_day_of(s.occurred_on),
                )
                for s in message.history
            ],
            wage=Money.of_optional(message.wage, present=message.HasField("wage")),
            version=message.version,
        )


class MatchProposal(StrictModel):
    model_config = ConfigDict(
        extra="forbid",
        frozen=True,
        json_schema_extra={"examples": [{"opportunity_id": _OPPORTUNITY_ID}]},
    )

    opportunity_id: PseudonymousId


_Reason = Annotated[NFCText, StringConstraints(max_length=500)]


class Decision(StrictModel):
    """The survivor's own decision, recorded by their officer. A decline needs a reason."""

    model_config = ConfigDict(
        extra="forbid",
        frozen=True,
        json_schema_extra={
            "examples": [
                {"decision": "accepted"},
                {"decision": "declined", "reason": "too far from my children's school"},
            ]
        },
    )

    decision: Literal["accepted", "declined"]
    reason: _Reason = ""


class InterestCreate(StrictModel):
    """Nothing to say but the interest itself; an empty object."""

    model_config = ConfigDict(extra="forbid", frozen=True, json_schema_extra={"examples": [{}]})


class OutcomeCreate(StrictModel):
    model_config = ConfigDict(
        extra="forbid",
        frozen=True,
        json_schema_extra={
            "examples": [
                {
                    "outcome": "hired",
                    "wage": {"amount": 12500, "currency": "THB"},
                    "occurred_on": "2025-03-03",
                },
                {"outcome": "retained_30", "occurred_on": "2025-04-02"},
            ]
        },
    )

    outcome: Literal[
        "introduced",
        "hired",
        "enrolled",
        "completed",
        "retained_30",
        "retained_90",
        "retained_180",
        "ended",
    ] = Field(description="The next step of the match's life; each role records its own.")
    wage: Money | None = Field(default=None, description="Only with `hired`.")
    reason: _Reason = ""
    occurred_on: CalendarDate | None = Field(
        default=None,
        description=(
            "The day it happened, `YYYY-MM-DD`; default: today (UTC). Not after today, not "
            "before the day of the step it follows, and for `retained_30`, `_90`, `_180` not "
            "before the hire's day plus 30, 90, 180 days."
        ),
    )


class CandidateCard(BaseModel):
    """All an employer or provider sees of a candidate: no identity, history or place."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "match_id": _MATCH_ID,
                    "alias": "P-7KQ3XM",
                    "languages": [{"language": "th", "level": "native"}],
                    "skills": ["Customer service"],
                    "interests": ["Restaurants, cafés and food service"],
                    "skill_ids": ["customer_service"],
                    "interest_ids": ["food_service"],
                    "readiness": "employment_ready",
                    "state": "accepted",
                    "score": 0.82,
                }
            ]
        }
    )

    match_id: str
    alias: str
    languages: list[LanguageSkill] = Field(
        description="The candidate's languages the opportunity asks for, at their level; no other."
    )
    skills: list[str] = Field(
        description="Vocabulary labels (in the `Accept-Language` of the request), never typed text."
    )
    interests: list[str] = Field(description="Vocabulary labels, never the survivor's own words.")
    skill_ids: list[str] = Field(
        default_factory=list, description="The concepts behind `skills`, in the same order."
    )
    interest_ids: list[str] = Field(
        default_factory=list, description="The concepts behind `interests`, in the same order."
    )
    readiness: ReadinessStage | None
    state: MatchState | None
    score: float

    @classmethod
    def of(cls, message: pb.CandidateCard) -> CandidateCard:
        return cls(
            match_id=message.match_id,
            alias=message.alias,
            languages=[LanguageSkill.of(s) for s in message.languages],
            skills=list(message.skills),
            interests=list(message.interests),
            skill_ids=list(message.skill_ids),
            interest_ids=list(message.interest_ids),
            readiness=from_proto(ReadinessStage, message.readiness),
            state=from_proto(MatchState, message.state),
            score=message.score,
        )


class RoundCreate(StrictModel):
    model_config = ConfigDict(
        extra="forbid",
        frozen=True,
        json_schema_extra={"examples": [{"survivor_ids": [_SURVIVOR_ID], "propose": True}]},
    )

    survivor_ids: Annotated[list[PseudonymousId], Field(max_length=500)] = Field(
        default_factory=list,
        description="Empty: every eligible survivor of your organisation.",
    )
    overbooking: Annotated[StrictFloat | StrictInt, Field(ge=1, le=5)] | None = None
    candidates_per_survivor: Annotated[StrictInt, Field(ge=1, le=200)] | None = None
    propose: StrictBool = Field(
        default=False, description="Record the optimal assignment as proposed matches."
    )


class RoundAssignment(BaseModel):
    survivor_id: str
    opportunity_id: str


class RoundResult(BaseModel):
    optimal: list[RoundAssignment]
    optimal_total_fit: float
    greedy_total_fit: float
    greedy_assigned: int
    unassigned_survivor_ids: list[str]

    @classmethod
    def of(cls, message: pb.RunMatchingRoundResponse) -> RoundResult:
        return cls(
            optimal=[
                RoundAssignment(survivor_id=a.survivor_id, opportunity_id=a.opportunity_id)
                for a in message.optimal
            ],
            optimal_total_fit=message.optimal_total_fit,
            greedy_total_fit=message.greedy_total_fit,
            greedy_assigned=message.greedy_assigned,
            unassigned_survivor_ids=list(message.unassigned_survivor_ids),
        )


class OutcomeModelTraining(StrictModel):
    model_config = ConfigDict(
        extra="forbid", frozen=True, json_schema_extra={"examples": [{"min_examples": 200}]}
    )

    min_examples: Annotated[StrictInt, Field(ge=1, le=1_000_000)] | None = None
    seed: Annotated[StrictInt, Field(ge=0, le=2**31)] | None = None


class ReliabilityBin(BaseModel):
    lower: float
    upper: float
    mean_predicted: float
    observed_rate: float
    count: int


class OutcomeModelReport(BaseModel):
    """Held-out quality of the model in use: coefficients' effect, no survivor."""

    version: str | None = Field(description="Absent while there is no model yet.")
    roc_auc: float
    brier: float
    expected_calibration_error: float
    n_train: int
    n_test: int
    positive_rate: float
    reliability: list[ReliabilityBin]
    features: list[str]

    @classmethod
    def of(cls, message: pb.OutcomeModelReport) -> OutcomeModelReport:
        return cls(
            version=message.version or None,
            roc_auc=message.roc_auc,
            brier=message.brier,
            expected_calibration_error=message.expected_calibration_error,
            n_train=message.n_train,
            n_test=message.n_test,
            positive_rate=message.positive_rate,
            reliability=[
                ReliabilityBin(
                    lower=b.lower,
                    upper=b.upper,
                    mean_predicted=b.mean_predicted,
                    observed_rate=b.observed_rate,
                    count=b.count,
                )
                for b in message.reliability
            ],
            features=list(message.features),
        )
