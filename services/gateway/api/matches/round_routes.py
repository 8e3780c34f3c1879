"""Matching rounds: a capacity-aware assignment over many survivors of one organisation."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Request

from gateway.api.authorization import authorize
from gateway.api.backend_calls import backend_caller
from gateway.api.deps import AuditTrailDep, MatchingDep
from gateway.api.matches.schemas import RoundCreate, RoundResult
from gateway.api.problems import problem_responses
from gateway.audit.records import Purpose
from gateway.auth.policy import Action
from gateway.auth.principal import Authorized
from pathways.v1 import matching_pb2 as pb

__all__ = ["router"]

router = APIRouter(tags=["matching rounds"])


@router.post(
    "/v1/matching-rounds",
    summary="Run a matching round",
    response_model=RoundResult,
    responses=problem_responses(400, 401, 403, 404, 409, 413, 422, 429, 503),
)
def run_round(
    body: RoundCreate,
    request: Request,
    matching: MatchingDep,
    trail: AuditTrailDep,
    authorized: Annotated[Authorized, Depends(authorize(Action.ROUND_RUN))],
) -> RoundResult:
    """Rank each survivor's eligible opportunities, then assign them under the openings
    left (with overbooking), maximising the total fit; the greedy total is given for
    comparison. With `propose`, the assignment is recorded as proposed matches. A named
    survivor of another organisation is 404."""
    result = matching.run_matching_round(
        pb.RunMatchingRoundRequest(
            survivor_ids=body.survivor_ids,
            overbooking=float(body.overbooking or 0.0),
            candidates_per_survivor=body.candidates_per_survivor or 0,
            propose=body.propose,
        ),
        caller=backend_caller(authorized, request),
    )
    answer = RoundResult.of(result)
    touched = {a.survivor_id for a in answer.optimal} | set(answer.unassigned_survivor_ids)
    for survivor_id in sorted(touched | set(body.survivor_ids)):
        trail.record(
            authorized,
            action=Action.ROUND_RUN.value,
            purpose=Purpose.MATCHING,
            survivor_id=survivor_id,
            survivor_organisation_id=authorized.principal.organisation_id,
        )
    return answer
