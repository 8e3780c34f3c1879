"""Opportunities: jobs posted by employers, programmes posted by training providers.

Matching holds them and checks ownership again; officers may read and list every
organisation's opportunities (to discuss them with survivors). No survivor data passes
here, so these routes write no audit records.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Request, Response, status

from gateway.api.authorization import authorize
from gateway.api.backend_calls import backend_caller, backend_request_id, if_match_checked
from gateway.api.concurrency import etag, expected
from gateway.api.deps import (
    GatewayDep,
    IfMatch,
    MatchingDep,
    OpportunityId,
    OrganisationId,
    PageDep,
)
from gateway.api.grpc_problems import body_is
from gateway.api.opportunities.schemas import (
    OpportunityIn,
    OpportunityPublic,
    OpportunityStatusUpdate,
)
from gateway.api.pagination import Page
from gateway.api.problems import problem_responses
from gateway.auth.policy import Action
from gateway.auth.principal import Authorized
from gateway.proto_enums import to_proto
from pathways.v1 import common_pb2
from pathways.v1 import matching_pb2 as pb

__all__ = ["router"]

router = APIRouter(tags=["opportunities"])


def _answer(response: Response, opportunity: pb.Opportunity) -> OpportunityPublic:
    response.headers["ETag"] = etag(opportunity.version)
    return OpportunityPublic.of(opportunity)


@router.post(
    "/v1/organisations/{organisation_id}/opportunities",
    summary="Post a job or a training programme",
    status_code=status.HTTP_201_CREATED,
    response_model=OpportunityPublic,
    responses=problem_responses(400, 401, 403, 404, 409, 413, 422, 429, 503),
)
def post_opportunity(
    organisation_id: OrganisationId,
    body: OpportunityIn,
    request: Request,
    response: Response,
    matching: MatchingDep,
    authorized: Annotated[Authorized, Depends(authorize(Action.OPPORTUNITY_CREATE))],
) -> OpportunityPublic:
    """Employers post jobs, training providers programmes, for their own organisation
    (another role's kind is 403 from matching; another organisation 404). It is open and
    offered to ready survivors at once. A title or description that says the employer keeps
    workers' passports or identity papers is refused (422, located at the field, code
    `DOCUMENTS_WITHHELD`): no employer may keep them; so is a job's that says a worker pays
    to get or keep it (code `FEE_CHARGED`): workers pay no recruitment fees."""
    authorized.require_object_of(organisation_id, what="organisation")
    with body_is("opportunity"):
        opportunity = matching.post_opportunity(
            pb.PostOpportunityRequest(
                opportunity=body.to_proto(), request_id=backend_request_id(authorized, request)
            ),
            caller=backend_caller(authorized, request),
        )
    response.headers["Location"] = f"/v1/opportunities/{opportunity.opportunity_id}"
    return _answer(response, opportunity)


@router.get(
    "/v1/organisations/{organisation_id}/opportunities",
    summary="List an organisation's opportunities",
    response_model=Page[OpportunityPublic],
    responses=problem_responses(401, 403, 404, 422, 503),
)
def list_opportunities(
    organisation_id: OrganisationId,
    request: Request,
    gateway: GatewayDep,
    page: PageDep,
    matching: MatchingDep,
    authorized: Annotated[Authorized, Depends(authorize(Action.OPPORTUNITY_LIST))],
) -> Page[OpportunityPublic]:
    """Employers and providers list their own; officers any organisation's."""
    authorized.require_object_of(organisation_id, what="organisation")
    scope = f"opportunities:{organisation_id}:{page.limit}"
    token = gateway.cursors.decode(page.cursor, scope=scope) if page.cursor is not None else ""
    found = matching.list_opportunities(
        pb.ListOpportunitiesRequest(
            organisation_id=organisation_id,
            page=common_pb2.PageRequest(page_size=page.limit, page_token=token),
        ),
        caller=backend_caller(authorized, request),
    )
    cursor = (
        gateway.cursors.encode(position=found.next_page_token, scope=scope)
        if found.next_page_token
        else None
    )
    return Page[OpportunityPublic](
        items=[OpportunityPublic.of(o) for o in found.opportunities], next_cursor=cursor
    )


@router.get(
    "/v1/opportunities/{opportunity_id}",
    summary="Get an opportunity",
    response_model=OpportunityPublic,
    responses=problem_responses(401, 403, 404, 422, 503),
)
def get_opportunity(
    opportunity_id: OpportunityId,
    request: Request,
    response: Response,
    matching: MatchingDep,
    authorized: Annotated[Authorized, Depends(authorize(Action.OPPORTUNITY_READ))],
) -> OpportunityPublic:
    """One opportunity with its `ETag` for a later update."""
    opportunity = matching.get_opportunity(
        pb.GetOpportunityRequest(opportunity_id=opportunity_id),
        caller=backend_caller(authorized, request),
    )
    return _answer(response, opportunity)


@router.put(
    "/v1/opportunities/{opportunity_id}",
    summary="Replace an opportunity's details",
    response_model=OpportunityPublic,
    responses=problem_responses(400, 401, 403, 404, 412, 422, 428, 429, 503),
)
def update_opportunity(
    opportunity_id: OpportunityId,
    body: OpportunityIn,
    expected_version: IfMatch,
    request: Request,
    response: Response,
    matching: MatchingDep,
    authorized: Annotated[Authorized, Depends(authorize(Action.OPPORTUNITY_UPDATE))],
) -> OpportunityPublic:
    """Send the `ETag` in `If-Match`. The kind cannot change. A material change (pay,
    place, hours, conditions…) lets survivors who declined the old version see it again."""
    with if_match_checked(), body_is("opportunity"):
        opportunity = matching.update_opportunity(
            pb.UpdateOpportunityRequest(
                opportunity=body.to_proto(opportunity_id=opportunity_id),
                expected_version=expected(expected_version),
            ),
            caller=backend_caller(authorized, request),
        )
    return _answer(response, opportunity)


@router.put(
    "/v1/opportunities/{opportunity_id}/status",
    summary="Open, pause, mark filled or close an opportunity",
    response_model=OpportunityPublic,
    responses=problem_responses(400, 401, 403, 404, 409, 412, 422, 428, 429, 503),
)
def set_opportunity_status(
    opportunity_id: OpportunityId,
    body: OpportunityStatusUpdate,
    expected_version: IfMatch,
    request: Request,
    response: Response,
    matching: MatchingDep,
    authorized: Annotated[Authorized, Depends(authorize(Action.OPPORTUNITY_CLOSE))],
) -> OpportunityPublic:
    """Only `open` opportunities are offered. Send the `ETag` in `If-Match`."""
    with if_match_checked():
        opportunity = matching.set_opportunity_status(
            pb.SetOpportunityStatusRequest(
                opportunity_id=opportunity_id,
                status=to_proto(body.status),
                expected_version=expected(expected_version),
            ),
            caller=backend_caller(authorized, request),
        )
    return _answer(response, opportunity)
