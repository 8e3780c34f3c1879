"""Matches: recommendations for a survivor, proposals, and the survivor's decision.

The view of a match record follows the policy grant: officers (full view) see the survivor
id, reasons and who did what; employers and providers (anonymised view) get
:class:`MatchRecordAnonymised`, whatever the backend filled in. Each access to a survivor's
matches is audited with the survivor's pseudonymous id; an employer's access names the
match only (they never learn whose it is).
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request, Response, status

from gateway.api.authorization import authorize
from gateway.api.backend_calls import backend_caller, page_of
from gateway.api.concurrency import etag
from gateway.api.deps import (
    OPTIONAL_IF_MATCH,
    AuditTrailDep,
    GatewayDep,
    MatchingDep,
    PageDep,
    SurvivorId,
)
from gateway.api.matches.schemas import (
    Decision,
    InterestCreate,
    MatchProposal,
    MatchRecordAnonymised,
    MatchRecordPublic,
    MatchState,
    NotOffered,
    Recommendation,
    RecommendationList,
)
from gateway.api.matches.shared import MatchId, MatchView, audit_match, match_view, transition
from gateway.api.model_answers import json_answer
from gateway.api.pagination import Page
from gateway.api.problems import problem_responses
from gateway.api.types import OpportunityKind
from gateway.audit.records import Purpose
from gateway.auth.policy import Action, View
from gateway.auth.principal import Authorized
from gateway.proto_enums import to_proto
from pathways.v1 import matching_pb2 as pb

__all__ = ["router"]

router = APIRouter(tags=["matches"])


@router.get(
    "/v1/survivors/{survivor_id}/recommendations",
    summary="Recommend opportunities for a survivor",
    response_model=RecommendationList,
    responses=problem_responses(401, 403, 404, 422, 503),
)
def recommend(
    survivor_id: SurvivorId,
    request: Request,
    matching: MatchingDep,
    trail: AuditTrailDep,
    authorized: Annotated[Authorized, Depends(authorize(Action.MATCH_REQUEST))],
    top_k: Annotated[int, Query(ge=1, le=50, description="How many, best first.")] = 10,
    kind: Annotated[OpportunityKind | None, Query(description="Only jobs or training.")] = None,
) -> Response:
    """The best opportunities for the survivor now, by their interests and aspirations
    first, within what their readiness allows, each with its score breakdown, reasons in
    words and codes, missing skills, and training pathways that close the gap.

    When the list is empty or shorter than `top_k`, `not_offered_because` says why with
    stable codes: `not_assessed`, `readiness_stage`, `no_matching_consent`,
    `no_residence`, `out_of_reach`, `remote_not_chosen`, `no_shared_language`,
    `minor_nothing_allowed`, `below_relevance_floor` (no good match yet) or
    `nothing_eligible`."""
    found = matching.get_matches(
        pb.GetMatchesRequest(
            survivor_id=survivor_id,
            top_k=top_k,
            kind=to_proto(kind) if kind is not None else pb.OPPORTUNITY_KIND_UNSPECIFIED,
        ),
        caller=backend_caller(authorized, request),
    )
    trail.record(
        authorized,
        action=Action.MATCH_REQUEST.value,
        purpose=Purpose.MATCHING,
        survivor_id=survivor_id,
        survivor_organisation_id=authorized.principal.organisation_id,
    )
    return json_answer(
        RecommendationList(
            survivor_id=survivor_id,
            items=[Recommendation.of(m) for m in found.matches],
            not_offered_because=[NotOffered.of(r) for r in found.not_offered_because],
            skills_to_record=list(found.skills_to_record),
        )
    )


@router.post(
    "/v1/survivors/{survivor_id}/matches",
    summary="Propose a match to a survivor",
    status_code=status.HTTP_201_CREATED,
    response_model=MatchRecordPublic,
    responses=problem_responses(400, 401, 403, 404, 409, 413, 422, 429, 503),
)
def propose_match(
    survivor_id: SurvivorId,
    body: MatchProposal,
    request: Request,
    response: Response,
    matching: MatchingDep,
    trail: AuditTrailDep,
    authorized: Annotated[Authorized, Depends(authorize(Action.MATCH_PROPOSE))],
) -> MatchRecordPublic:
    """Record that this opportunity was put to the survivor (state `proposed`). Refused
    (409) when a hard rule forbids it: readiness, sectors to avoid, conditions, age…
    Proposing the same opportunity again returns the same match."""
    record = matching.propose_match(
        pb.ProposeMatchRequest(survivor_id=survivor_id, opportunity_id=body.opportunity_id),
        caller=backend_caller(authorized, request),
    )
    audit_match(trail, authorized, record, action=Action.MATCH_PROPOSE, purpose=Purpose.MATCHING)
    response.headers["Location"] = f"/v1/matches/{record.match_id}"
    response.headers["ETag"] = etag(record.version)
    return MatchRecordPublic.of(record)


@router.get(
    "/v1/survivors/{survivor_id}/matches",
    summary="List a survivor's matches",
    response_model=Page[MatchRecordPublic],
    responses=problem_responses(401, 403, 404, 422, 503),
)
def list_survivor_matches(
    survivor_id: SurvivorId,
    request: Request,
    gateway: GatewayDep,
    page: PageDep,
    matching: MatchingDep,
    trail: AuditTrailDep,
    authorized: Annotated[Authorized, Depends(authorize(Action.SURVIVOR_READ))],
) -> Page[MatchRecordPublic]:
    """Oldest first. Part of the survivor's case file, so it takes `survivor.read`."""
    found = matching.list_survivor_matches(
        pb.ListSurvivorMatchesRequest(survivor_id=survivor_id),
        caller=backend_caller(authorized, request),
    )
    trail.record(
        authorized,
        action=Action.SURVIVOR_READ.value,
        purpose=Purpose.CASE_MANAGEMENT,
        survivor_id=survivor_id,
        survivor_organisation_id=authorized.principal.organisation_id,
    )
    items, cursor = page_of(
        list(found.matches),
        gateway=gateway,
        page=page,
        scope=f"survivor-matches:{survivor_id}",
        key=lambda m: m.match_id,
    )
    return Page[MatchRecordPublic](
        items=[MatchRecordPublic.of(m) for m in items], next_cursor=cursor
    )


@router.get(
    "/v1/matches/{match_id}",
    summary="Get a match",
    response_model=MatchView,
    responses=problem_responses(401, 403, 404, 422, 503),
)
def get_match(
    match_id: MatchId,
    request: Request,
    response: Response,
    matching: MatchingDep,
    trail: AuditTrailDep,
    authorized: Annotated[Authorized, Depends(authorize(Action.MATCH_READ))],
) -> MatchView:
    """Officers of the survivor's organisation see the full record; the opportunity's
    employer or provider sees an anonymised one, and only once the survivor accepted."""
    record = matching.get_match(
        pb.GetMatchRequest(match_id=match_id), caller=backend_caller(authorized, request)
    )
    purpose = Purpose.MATCHING if authorized.grant.view is View.FULL else Purpose.EMPLOYER_SHORTLIST
    audit_match(trail, authorized, record, action=Action.MATCH_READ, purpose=purpose)
    response.headers["ETag"] = etag(record.version)
    return match_view(authorized, record)


@router.post(
    "/v1/matches/{match_id}/decision",
    summary="Record the survivor's decision",
    response_model=MatchRecordPublic,
    responses=problem_responses(400, 401, 403, 404, 409, 412, 413, 422, 429, 503),
    dependencies=[OPTIONAL_IF_MATCH],
)
def decide(
    match_id: MatchId,
    body: Decision,
    request: Request,
    response: Response,
    matching: MatchingDep,
    trail: AuditTrailDep,
    authorized: Annotated[Authorized, Depends(authorize(Action.MATCH_DECIDE))],
) -> MatchRecordPublic:
    """A survivor's own choice is final: `accepted`, or `declined` with their reason (kept
    for their officers only; a declined opportunity is not offered again until it changes
    materially). Only after `accepted` does the employer or provider learn of the match."""
    record = transition(
        matching=matching,
        authorized=authorized,
        request=request,
        match_id=match_id,
        to=MatchState(body.decision),
        reason=body.reason,
    )
    audit_match(trail, authorized, record, action=Action.MATCH_DECIDE, purpose=Purpose.MATCHING)
    response.headers["ETag"] = etag(record.version)
    return MatchRecordPublic.of(record)


@router.post(
    "/v1/matches/{match_id}/interest",
    summary="Express an employer's interest in a candidate",
    response_model=MatchRecordAnonymised,
    responses=problem_responses(400, 401, 403, 404, 409, 412, 413, 422, 429, 503),
    dependencies=[OPTIONAL_IF_MATCH],
)
def express_interest(
    match_id: MatchId,
    body: InterestCreate,
    request: Request,
    response: Response,
    matching: MatchingDep,
    trail: AuditTrailDep,
    authorized: Annotated[Authorized, Depends(authorize(Action.MATCH_EXPRESS_INTEREST))],
) -> MatchRecordAnonymised:
    """For a candidate on your shortlist (by `match_id`); their officer then arranges an
    introduction. Send `{}`."""
    del body
    record = transition(
        matching=matching,
        authorized=authorized,
        request=request,
        match_id=match_id,
        to=MatchState.EMPLOYER_INTEREST,
    )
    audit_match(
        trail,
        authorized,
        record,
        action=Action.MATCH_EXPRESS_INTEREST,
        purpose=Purpose.EMPLOYER_SHORTLIST,
    )
    response.headers["ETag"] = etag(record.version)
    return MatchRecordAnonymised.of(record)
