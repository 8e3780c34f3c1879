"""Outcomes of matches, and the model that learns from them (platform administrators).

Outcomes are the ground truth: hired, still employed at 30/90/180 days, enrolled,
completed. Each role records the steps matching allows it (employers their hires, providers
their enrolments, officers any of them for their survivors), each with the day it happened:
matching refuses a day that cannot be true (see :func:`record_outcome`).
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Request, Response

from gateway.api.authorization import authorize
from gateway.api.backend_calls import backend_caller
from gateway.api.concurrency import etag
from gateway.api.deps import OPTIONAL_IF_MATCH, AuditTrailDep, MatchingDep
from gateway.api.matches.schemas import (
    MatchState,
    OutcomeCreate,
    OutcomeModelReport,
    OutcomeModelTraining,
)
from gateway.api.matches.shared import MatchId, MatchView, audit_match, match_view, transition
from gateway.api.problems import problem_responses
from gateway.audit.records import Purpose
from gateway.auth.policy import Action
from gateway.auth.principal import Authorized
from pathways.v1 import matching_pb2 as pb

__all__ = ["router"]

router = APIRouter(tags=["outcomes"])


@router.post(
    "/v1/matches/{match_id}/outcomes",
    summary="Record the next step or outcome of a match",
    response_model=MatchView,
    responses=problem_responses(400, 401, 403, 404, 409, 412, 413, 422, 429, 503),
    dependencies=[OPTIONAL_IF_MATCH],
)
def record_outcome(
    match_id: MatchId,
    body: OutcomeCreate,
    request: Request,
    response: Response,
    matching: MatchingDep,
    trail: AuditTrailDep,
    authorized: Annotated[Authorized, Depends(authorize(Action.OUTCOME_RECORD))],
) -> MatchView:
    """Jobs: `introduced` → `hired` (with the monthly `wage`) → `retained_30` →
    `retained_90` → `retained_180`; training: `enrolled` → `completed`; `ended` at any
    point. A step out of order is 409. Employers and providers get the anonymised view.

    `occurred_on` is the day the step happened (`YYYY-MM-DD`; default: today in UTC), kept
    in the match's history beside `at`, when it was recorded. The rules of days:

    - not after today (UTC): **422** `validation-error`;
    - not before the day of the step it follows (`hired` not before `introduced`,
      `completed` not before `enrolled`): **409** `conflict`;
    - `retained_30`, `retained_90`, `retained_180` not before the hire's `occurred_on` plus
      30, 90, 180 days: **409** `conflict`.

    Each refusal's `errors` names the field: `loc` `["body", "occurred_on"]`, `msg`, `code`
    (`OCCURRED_ON_IN_THE_FUTURE`, `OCCURRED_ON_BEFORE_PREVIOUS_STEP`,
    `OCCURRED_ON_BEFORE_RETENTION`) and `suggestions`, the nearest day allowed."""
    record = transition(
        matching=matching,
        authorized=authorized,
        request=request,
        match_id=match_id,
        to=MatchState(body.outcome),
        reason=body.reason,
        wage=body.wage.to_proto() if body.wage is not None else None,
        occurred_on=body.occurred_on,
    )
    audit_match(
        trail, authorized, record, action=Action.OUTCOME_RECORD, purpose=Purpose.OUTCOME_TRACKING
    )
    response.headers["ETag"] = etag(record.version)
    return match_view(authorized, record)


@router.post(
    "/v1/outcome-model/trainings",
    summary="Retrain the outcome model",
    response_model=OutcomeModelReport,
    responses=problem_responses(400, 401, 403, 409, 413, 422, 429, 503),
)
def train_outcome_model(
    body: OutcomeModelTraining,
    request: Request,
    matching: MatchingDep,
    authorized: Annotated[Authorized, Depends(authorize(Action.OUTCOME_MODEL_TRAIN))],
) -> OutcomeModelReport:
    """Fits a model of success from every match with a known outcome and puts it in use;
    409 while there are too few outcomes to learn from."""
    report = matching.train_outcome_model(
        pb.TrainOutcomeModelRequest(min_examples=body.min_examples or 0, seed=body.seed or 0),
        caller=backend_caller(authorized, request),
    )
    return OutcomeModelReport.of(report)


@router.get(
    "/v1/outcome-model",
    summary="The outcome model in use",
    response_model=OutcomeModelReport,
    responses=problem_responses(401, 403, 503),
)
def get_outcome_model(
    request: Request,
    matching: MatchingDep,
    authorized: Annotated[Authorized, Depends(authorize(Action.OUTCOME_MODEL_READ))],
) -> OutcomeModelReport:
    """Held-out quality (ROC AUC, Brier score, calibration) of the model that blends into
    match scores; `version` is absent while there is none."""
    return OutcomeModelReport.of(
        matching.get_outcome_model(
            pb.GetOutcomeModelRequest(), caller=backend_caller(authorized, request)
        )
    )
