"""Survivors: registered, read, updated, assessed and erased by their own officers.

Every call goes to matching (which holds survivors) with the caller's identity; matching
checks again that the survivor belongs to the caller's organisation, and answers NOT_FOUND
otherwise, which the gateway passes on as 404. Every success is recorded in the audit trail
with the survivor's pseudonymous id, after the backend confirmed who holds the survivor.
"""

from __future__ import annotations

from typing import Annotated, Literal

import grpc
from fastapi import APIRouter, Depends, Query, Request, Response, status

from gateway.api.authorization import authorize
from gateway.api.backend_calls import (
    backend_caller,
    backend_request_id,
    call_matching,
    if_match_checked,
)
from gateway.api.concurrency import etag, expected, optional_if_match
from gateway.api.deps import (
    OPTIONAL_IF_MATCH,
    AuditTrailDep,
    GatewayDep,
    IfMatch,
    MatchingDep,
    OrganisationId,
    PageDep,
    SurvivorId,
)
from gateway.api.grpc_problems import body_is
from gateway.api.pagination import Page
from gateway.api.problems import problem_responses
from gateway.api.survivors.schemas import (
    ConsentPublic,
    ConsentPurpose,
    ConsentUpdate,
    ReadinessAssessmentCreate,
    ReadinessPublic,
    SurvivorCreate,
    SurvivorProfile,
    SurvivorPublic,
    SurvivorSummary,
)
from gateway.api.types import ReadinessStage, UtcDateTime
from gateway.audit.records import Purpose
from gateway.auth.policy import Action
from gateway.auth.principal import Authorized
from gateway.clients.peer_groups import PeerGroupsClient
from gateway.proto_enums import to_proto
from pathways.v1 import common_pb2, peer_groups_pb2
from pathways.v1 import matching_pb2 as pb
from pathways_runtime.identity import CallerIdentity
from pathways_runtime.log import get_logger

__all__ = ["router"]

router = APIRouter(tags=["survivors"])
_log = get_logger(__name__)


def _audited(
    trail: AuditTrailDep,
    authorized: Authorized,
    survivor: pb.Survivor,
    *,
    action: Action,
    purpose: Purpose = Purpose.CASE_MANAGEMENT,
) -> None:
    trail.record(
        authorized,
        action=action.value,
        purpose=purpose,
        survivor_id=survivor.survivor_id,
        survivor_organisation_id=survivor.organisation_id,
    )


def _answer(response: Response, survivor: pb.Survivor) -> SurvivorPublic:
    response.headers["ETag"] = etag(survivor.version)
    response.headers["Cache-Control"] = "no-store"
    return SurvivorPublic.of(survivor)


@router.post(
    "/v1/organisations/{organisation_id}/survivors",
    summary="Register a survivor",
    status_code=status.HTTP_201_CREATED,
    response_model=SurvivorPublic,
    responses=problem_responses(400, 401, 403, 404, 409, 413, 422, 429, 503),
)
def register_survivor(
    organisation_id: OrganisationId,
    body: SurvivorCreate,
    request: Request,
    response: Response,
    matching: MatchingDep,
    trail: AuditTrailDep,
    authorized: Annotated[Authorized, Depends(authorize(Action.SURVIVOR_CREATE))],
) -> SurvivorPublic:
    """Register a survivor of your organisation with the consents they gave. The answer
    holds the pseudonymous id used from then on; no name or contact detail is stored.

    A minor (age band `14-17`, or the earlier `15-17`) needs `age_years`: minimum ages are
    checked against it exactly, and hazardous work is never offered to a minor. Offers stay
    in the country of residence unless the survivor chose `open_to_cross_border` (default
    `false`); even then only within `travel_radius_km`."""
    authorized.require_object_of(organisation_id, what="organisation")
    caller = backend_caller(authorized, request)
    survivor = matching.register_survivor(
        pb.RegisterSurvivorRequest(
            profile=body.profile.to_proto(),
            request_id=backend_request_id(authorized, request),
        ),
        caller=caller,
    )
    _audited(trail, authorized, survivor, action=Action.SURVIVOR_CREATE)
    for purpose in dict.fromkeys(body.consents):
        survivor = matching.set_consent(
            pb.SetConsentRequest(
                survivor_id=survivor.survivor_id,
                purpose=to_proto(purpose),
                granted=True,
                expected_version=survivor.version,
            ),
            caller=caller,
        )
        _audited(trail, authorized, survivor, action=Action.CONSENT_UPDATE)
    response.headers["Location"] = f"/v1/survivors/{survivor.survivor_id}"
    return _answer(response, survivor)


@router.get(
    "/v1/organisations/{organisation_id}/survivors",
    summary="List an organisation's survivors (the caseload)",
    response_model=Page[SurvivorSummary],
    responses=problem_responses(401, 403, 404, 422, 503),
)
def list_survivors(
    organisation_id: OrganisationId,
    request: Request,
    response: Response,
    gateway: GatewayDep,
    page: PageDep,
    matching: MatchingDep,
    trail: AuditTrailDep,
    authorized: Annotated[Authorized, Depends(authorize(Action.SURVIVOR_READ))],
    readiness: Annotated[
        ReadinessStage | Literal["not_assessed"] | None,
        Query(description="Only this stage in force, or `not_assessed`."),
    ] = None,
    consent: Annotated[
        list[ConsentPurpose] | None,
        Query(description="Only survivors consenting now to each purpose given (repeatable)."),
    ] = None,
    updated_since: Annotated[
        UtcDateTime | None, Query(description="Only records changed at or after this instant.")
    ] = None,
) -> Page[SurvivorSummary]:
    """Your organisation's survivors in id order, a page at a time: alias, readiness in
    force and its review date, consents, when the record last changed. Each survivor listed
    is an audited read (`survivor.read`, case management)."""
    authorized.require_object_of(organisation_id, what="organisation")
    wanted = (readiness or "any", sorted(set(consent or [])), updated_since)
    scope = f"caseload:{organisation_id}:{page.limit}:{wanted}"
    token = gateway.cursors.decode(page.cursor, scope=scope) if page.cursor is not None else ""
    query = pb.ListSurvivorsRequest(
        page=common_pb2.PageRequest(page_size=page.limit, page_token=token),
        not_assessed=readiness == "not_assessed",
        consents=[to_proto(c) for c in sorted(set(consent or []))],
    )
    if isinstance(readiness, ReadinessStage):
        query.stage = to_proto(readiness)
    if updated_since is not None:
        query.updated_since.FromDatetime(updated_since)
    found: pb.ListSurvivorsResponse = call_matching(
        matching,
        "list_survivors",
        "ListSurvivors",
        query,
        caller=backend_caller(authorized, request),
    )
    for line in found.survivors:
        trail.record(
            authorized,
            action=Action.SURVIVOR_READ.value,
            purpose=Purpose.CASE_MANAGEMENT,
            survivor_id=line.survivor_id,
            survivor_organisation_id=authorized.principal.organisation_id,
        )
    cursor = (
        gateway.cursors.encode(position=found.next_page_token, scope=scope)
        if found.next_page_token
        else None
    )
    response.headers["Cache-Control"] = "no-store"
    return Page[SurvivorSummary](
        items=[SurvivorSummary.of(line) for line in found.survivors], next_cursor=cursor
    )


@router.get(
    "/v1/survivors/{survivor_id}",
    summary="Get a survivor",
    response_model=SurvivorPublic,
    responses=problem_responses(401, 403, 404, 422, 503),
)
def get_survivor(
    survivor_id: SurvivorId,
    request: Request,
    response: Response,
    matching: MatchingDep,
    trail: AuditTrailDep,
    authorized: Annotated[Authorized, Depends(authorize(Action.SURVIVOR_READ))],
) -> SurvivorPublic:
    """The full record, for the survivor's own officers, with its `ETag`."""
    survivor = matching.get_survivor(
        pb.GetSurvivorRequest(survivor_id=survivor_id), caller=backend_caller(authorized, request)
    )
    _audited(trail, authorized, survivor, action=Action.SURVIVOR_READ)
    return _answer(response, survivor)


@router.put(
    "/v1/survivors/{survivor_id}/profile",
    summary="Replace a survivor's profile",
    response_model=SurvivorPublic,
    responses=problem_responses(400, 401, 403, 404, 412, 422, 428, 429, 503),
)
def update_profile(
    survivor_id: SurvivorId,
    body: SurvivorProfile,
    expected_version: IfMatch,
    request: Request,
    response: Response,
    matching: MatchingDep,
    trail: AuditTrailDep,
    authorized: Annotated[Authorized, Depends(authorize(Action.SURVIVOR_UPDATE))],
) -> SurvivorPublic:
    """Send the survivor's `ETag` in `If-Match` (428 without, 412 when changed since).
    The profile is replaced as a whole: a minor's `age_years` is required here too (a minor
    recorded without one gets it on their next update), and `open_to_cross_border` left
    out is `false`."""
    with if_match_checked(), body_is("profile"):
        survivor = matching.update_survivor_profile(
            pb.UpdateSurvivorProfileRequest(
                survivor_id=survivor_id,
                profile=body.to_proto(),
                expected_version=expected(expected_version),
            ),
            caller=backend_caller(authorized, request),
        )
    _audited(trail, authorized, survivor, action=Action.SURVIVOR_UPDATE)
    return _answer(response, survivor)


@router.delete(
    "/v1/survivors/{survivor_id}",
    summary="Erase a survivor",
    status_code=status.HTTP_204_NO_CONTENT,
    response_class=Response,
    responses=problem_responses(401, 403, 404, 422, 429, 503),
)
def erase_survivor(
    survivor_id: SurvivorId,
    request: Request,
    gateway: GatewayDep,
    matching: MatchingDep,
    trail: AuditTrailDep,
    authorized: Annotated[Authorized, Depends(authorize(Action.SURVIVOR_ERASE))],
) -> Response:
    """Erasure on the survivor's request: matching deletes the record and their matches and
    publishes the erasure so every other service deletes its copies; the gateway empties
    every idempotency record that names them (a retry of a request about them is then
    404). The audit trail keeps only the pseudonymous id."""
    caller = backend_caller(authorized, request)
    # Read first: the audit record must name the organisation holding the survivor.
    survivor = matching.get_survivor(pb.GetSurvivorRequest(survivor_id=survivor_id), caller=caller)
    matching.erase_survivor(pb.EraseSurvivorRequest(survivor_id=survivor_id), caller=caller)
    _audited(trail, authorized, survivor, action=Action.SURVIVOR_ERASE, purpose=Purpose.ERASURE)
    # After the backend's erasure succeeded, never before: a failed erasure changes nothing.
    # Should this step fail, replays are still answered through reads that now say 404.
    gateway.stores.idempotency.erase_survivor(survivor_id=survivor_id)
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@router.post(
    "/v1/survivors/{survivor_id}/readiness-assessments",
    summary="Record a readiness assessment",
    status_code=status.HTTP_201_CREATED,
    response_model=SurvivorPublic,
    responses=problem_responses(400, 401, 403, 404, 409, 412, 413, 422, 429, 503),
    dependencies=[OPTIONAL_IF_MATCH],
)
def assess_readiness(
    survivor_id: SurvivorId,
    body: ReadinessAssessmentCreate,
    request: Request,
    response: Response,
    matching: MatchingDep,
    trail: AuditTrailDep,
    authorized: Annotated[Authorized, Depends(authorize(Action.READINESS_ASSESS))],
) -> SurvivorPublic:
    """Readiness gates what Pathways offers: nothing while `stabilising`, peer groups from
    `peer_support_ready`, training from `training_ready`, jobs at `employment_ready`.
    `If-Match` is optional here; when sent, a stale one is 412. An assessment as
    `stabilising` holds in peer groups from this answer on (the person is invited to
    nothing, and taken out of the groups they were invited to)."""
    version = optional_if_match(request)
    caller = backend_caller(authorized, request)
    with if_match_checked():
        survivor = matching.assess_readiness(
            pb.AssessReadinessRequest(
                survivor_id=survivor_id,
                stage=to_proto(body.stage),
                review_due=body.review_due_proto(),
                expected_version=version,
            ),
            caller=caller,
        )
    if body.stage is ReadinessStage.STABILISING:
        _tell_peer_groups(request, survivor, caller, stabilising=True)
    _audited(trail, authorized, survivor, action=Action.READINESS_ASSESS)
    return _answer(response, survivor)


@router.get(
    "/v1/survivors/{survivor_id}/readiness",
    summary="Get a survivor's readiness",
    response_model=list[ReadinessPublic],
    responses=problem_responses(401, 403, 404, 422, 503),
)
def get_readiness(
    survivor_id: SurvivorId,
    request: Request,
    response: Response,
    matching: MatchingDep,
    trail: AuditTrailDep,
    authorized: Annotated[Authorized, Depends(authorize(Action.READINESS_READ))],
) -> list[ReadinessPublic]:
    """The assessment in force first, then the earlier ones (newest first)."""
    survivor = matching.get_survivor(
        pb.GetSurvivorRequest(survivor_id=survivor_id), caller=backend_caller(authorized, request)
    )
    _audited(trail, authorized, survivor, action=Action.READINESS_READ)
    response.headers["ETag"] = etag(survivor.version)
    history = [ReadinessPublic.of(r) for r in survivor.readiness_history]
    return sorted(
        history, key=lambda r: r.assessed_at.timestamp() if r.assessed_at else 0.0, reverse=True
    )


@router.get(
    "/v1/survivors/{survivor_id}/consents",
    summary="Get a survivor's consents",
    response_model=list[ConsentPublic],
    responses=problem_responses(401, 403, 404, 422, 503),
)
def get_consents(
    survivor_id: SurvivorId,
    request: Request,
    response: Response,
    matching: MatchingDep,
    trail: AuditTrailDep,
    authorized: Annotated[Authorized, Depends(authorize(Action.CONSENT_READ))],
) -> list[ConsentPublic]:
    """The current state of each purpose the survivor decided on."""
    survivor = matching.get_survivor(
        pb.GetSurvivorRequest(survivor_id=survivor_id), caller=backend_caller(authorized, request)
    )
    _audited(trail, authorized, survivor, action=Action.CONSENT_READ)
    response.headers["ETag"] = etag(survivor.version)
    return SurvivorPublic.of(survivor).consents


@router.put(
    "/v1/survivors/{survivor_id}/consents/{purpose}",
    summary="Grant or withdraw consent for one purpose",
    response_model=SurvivorPublic,
    responses=problem_responses(400, 401, 403, 404, 412, 422, 428, 429, 503),
)
def set_consent(
    survivor_id: SurvivorId,
    purpose: ConsentPurpose,
    body: ConsentUpdate,
    expected_version: IfMatch,
    request: Request,
    response: Response,
    matching: MatchingDep,
    trail: AuditTrailDep,
    authorized: Annotated[Authorized, Depends(authorize(Action.CONSENT_UPDATE))],
) -> SurvivorPublic:
    """Each purpose separately and revocably: `matching`, `employer_shortlist`,
    `peer_groups`. Withdrawing `employer_shortlist` takes the survivor off every shortlist
    at once; withdrawing `peer_groups` takes them out of the peer-group pool and of every
    group they were proposed or invited to before this answer. Send the survivor's `ETag`
    in `If-Match`."""
    caller = backend_caller(authorized, request)
    with if_match_checked():
        survivor = matching.set_consent(
            pb.SetConsentRequest(
                survivor_id=survivor_id,
                purpose=to_proto(purpose),
                granted=body.granted,
                expected_version=expected(expected_version),
            ),
            caller=caller,
        )
    if purpose is ConsentPurpose.PEER_GROUPS and not body.granted:
        _tell_peer_groups(request, survivor, caller, stabilising=False)
    _audited(trail, authorized, survivor, action=Action.CONSENT_UPDATE)
    return _answer(response, survivor)


def _tell_peer_groups(
    request: Request, survivor: pb.Survivor, caller: CallerIdentity, *, stabilising: bool
) -> None:
    """Peer groups learns of a consent withdrawal, or of an assessment as stabilising, from
    matching's event within seconds; a facilitator inviting meanwhile would invite someone
    who said no, or who is not ready. So it is told now. If it cannot be reached, the event
    still applies it (and nobody can be invited while peer groups is down)."""
    peer_groups: PeerGroupsClient | None = getattr(request.app.state, "peer_groups", None)
    if peer_groups is None:
        return
    try:
        if stabilising:
            peer_groups.mark_stabilising(
                peer_groups_pb2.MarkStabilisingRequest(
                    survivor_id=survivor.survivor_id, version=survivor.version
                ),
                caller=caller,
            )
        else:
            peer_groups.withdraw_consent(
                peer_groups_pb2.WithdrawConsentRequest(
                    survivor_id=survivor.survivor_id, version=survivor.version
                ),
                caller=caller,
            )
    except grpc.RpcError as error:
        _log.warning("peer_groups_change_left_to_the_event", code=str(error.code()))
