"""Peer groups: facilitators form, adjust, publish and close them; officers answer for
their survivors.

Every call goes to the peer-groups service with the caller's identity; it checks role and
organisation again (another organisation's group is NOT_FOUND, passed on as 404) and shows
people as alias-level cards only. Facilitators never learn a survivor id, so their accesses
to members are audited by group id (``target_id``); an officer's answer or a survivor's
leaving is audited with the survivor's pseudonymous id. Purpose: peer-group formation.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Annotated

import grpc
from fastapi import APIRouter, Depends, Path, Query, Request, Response, status
from fastapi.responses import JSONResponse

from gateway.api.authorization import authorize
from gateway.api.backend_calls import backend_caller, backend_request_id, if_match_checked
from gateway.api.concurrency import etag, expected, optional_if_match
from gateway.api.deps import (
    OPTIONAL_IF_MATCH,
    AuditTrailDep,
    GatewayDep,
    IfMatch,
    OrganisationId,
    PageDep,
    PeerGroupsDep,
    SurvivorId,
)
from gateway.api.pagination import Page
from gateway.api.peer_groups.schemas import (
    MAX_GROUPS_PER_PROPOSAL,
    AnswerCreate,
    DepartureCreate,
    GroupSettingsIn,
    GroupStatus,
    Language,
    PeerGroupPublic,
    PoolOverviewPublic,
    ProposalCreate,
    ProposalOperationPublic,
    ProposalResult,
    group_status_to_proto,
)
from gateway.api.problems import problem_responses
from gateway.audit.records import Purpose
from gateway.auth.policy import Action
from gateway.auth.principal import Authorized
from pathways.v1 import common_pb2
from pathways.v1 import peer_groups_pb2 as pb

__all__ = ["router"]

router = APIRouter(tags=["peer groups"])

#: Why facilitators and officers touch survivors' data on these routes.
PURPOSE = Purpose.PEER_GROUP_FORMATION

GroupId = Annotated[
    str,
    Path(
        min_length=3,
        max_length=64,
        pattern=r"^[A-Za-z0-9_\-]+$",
        description="The group's id.",
        examples=["grp_0c1d2e3f4a5b6c7d8e9f0a1b"],
    ),
]
Alias = Annotated[
    str,
    Path(
        min_length=1,
        max_length=32,
        pattern=r"^[A-Za-z0-9_\-]+$",
        description="A member's alias, as on their card.",
        examples=["P-7KQ4XM"],
    ),
]


def _answer(response: Response, group: pb.Group) -> PeerGroupPublic:
    response.headers["ETag"] = etag(group.version)
    response.headers["Cache-Control"] = "no-store"
    return PeerGroupPublic.of(group)


def _audit_members_seen(
    trail: AuditTrailDep, authorized: Authorized, groups: list[pb.Group], *, action: Action
) -> None:
    """A facilitator saw member cards: one record per group that has members."""
    for group in groups:
        if group.members:
            trail.record(authorized, action=action.value, purpose=PURPOSE, target_id=group.group_id)


# -- facilitators -------------------------------------------------------------------------------


@router.post(
    "/v1/organisations/{organisation_id}/peer-groups",
    summary="Define a peer group",
    status_code=status.HTTP_201_CREATED,
    response_model=PeerGroupPublic,
    responses=problem_responses(400, 401, 403, 404, 409, 413, 422, 429, 503),
)
def create_group(
    organisation_id: OrganisationId,
    body: GroupSettingsIn,
    request: Request,
    response: Response,
    peer_groups: PeerGroupsDep,
    authorized: Annotated[Authorized, Depends(authorize(Action.PEER_GROUP_CREATE))],
) -> PeerGroupPublic:
    """A forming group of your organisation, without members yet: ask for a proposal next.
    A retry with the same `Idempotency-Key` returns the same group."""
    authorized.require_object_of(organisation_id, what="organisation")
    group = peer_groups.create_group(
        pb.CreateGroupRequest(
            settings=body.to_proto(), request_id=backend_request_id(authorized, request)
        ),
        caller=backend_caller(authorized, request),
    )
    response.headers["Location"] = f"/v1/peer-groups/{group.group_id}"
    return _answer(response, group)


@router.get(
    "/v1/organisations/{organisation_id}/peer-groups",
    summary="List an organisation's peer groups",
    response_model=Page[PeerGroupPublic],
    responses=problem_responses(401, 403, 404, 422, 503),
)
def list_groups(
    organisation_id: OrganisationId,
    request: Request,
    gateway: GatewayDep,
    page: PageDep,
    peer_groups: PeerGroupsDep,
    trail: AuditTrailDep,
    authorized: Annotated[Authorized, Depends(authorize(Action.PEER_GROUP_LIST))],
    mine_only: Annotated[bool, Query(description="Only the groups you facilitate.")] = False,
    group_status: Annotated[
        GroupStatus | None, Query(alias="status", description="Only groups in this status.")
    ] = None,
) -> Page[PeerGroupPublic]:
    """Newest last, paged by the peer-groups service (its position inside the cursor)."""
    authorized.require_object_of(organisation_id, what="organisation")
    scope = f"peer-groups:{organisation_id}:{mine_only}:{group_status}:{page.limit}"
    token = gateway.cursors.decode(page.cursor, scope=scope) if page.cursor is not None else ""
    found = peer_groups.list_groups(
        pb.ListGroupsRequest(
            mine_only=mine_only,
            status=group_status_to_proto(group_status),
            page=common_pb2.PageRequest(page_size=page.limit, page_token=token),
            pool_organisation_ids=_pool_scope(request, authorized),
        ),
        caller=backend_caller(authorized, request),
    )
    groups = list(found.groups)
    _audit_members_seen(trail, authorized, groups, action=Action.PEER_GROUP_LIST)
    cursor = (
        gateway.cursors.encode(position=found.next_page_token, scope=scope)
        if found.next_page_token
        else None
    )
    return Page[PeerGroupPublic](items=[PeerGroupPublic.of(g) for g in groups], next_cursor=cursor)


@router.get(
    "/v1/peer-groups/{group_id}",
    summary="Get a peer group with its members' cards",
    response_model=PeerGroupPublic,
    responses=problem_responses(401, 403, 404, 422, 503),
)
def get_group(
    group_id: GroupId,
    request: Request,
    response: Response,
    peer_groups: PeerGroupsDep,
    trail: AuditTrailDep,
    authorized: Annotated[Authorized, Depends(authorize(Action.PEER_GROUP_READ))],
) -> PeerGroupPublic:
    """The group with its `ETag`; members as alias-level cards."""
    group = peer_groups.get_group(
        pb.GetGroupRequest(
            group_id=group_id, pool_organisation_ids=_pool_scope(request, authorized)
        ),
        caller=backend_caller(authorized, request),
    )
    _audit_members_seen(trail, authorized, [group], action=Action.PEER_GROUP_READ)
    return _answer(response, group)


@router.put(
    "/v1/peer-groups/{group_id}/settings",
    summary="Replace a peer group's settings",
    response_model=PeerGroupPublic,
    responses=problem_responses(400, 401, 403, 404, 409, 412, 422, 428, 429, 503),
)
def update_group(
    group_id: GroupId,
    body: GroupSettingsIn,
    expected_version: IfMatch,
    request: Request,
    response: Response,
    peer_groups: PeerGroupsDep,
    authorized: Annotated[Authorized, Depends(authorize(Action.PEER_GROUP_UPDATE))],
) -> PeerGroupPublic:
    """Send the group's `ETag` in `If-Match` (428 without, 412 when changed since).
    Proposals not locked in are dropped: they were made for the old settings."""
    with if_match_checked():
        group = peer_groups.update_group(
            pb.UpdateGroupRequest(
                group_id=group_id,
                settings=body.to_proto(),
                expected_version=expected(expected_version),
                pool_organisation_ids=_pool_scope(request, authorized),
            ),
            caller=backend_caller(authorized, request),
        )
    return _answer(response, group)


@router.post(
    "/v1/peer-groups/{group_id}/closure",
    summary="Close a peer group",
    response_model=PeerGroupPublic,
    responses=problem_responses(400, 401, 403, 404, 409, 412, 413, 422, 428, 429, 503),
)
def close_group(
    group_id: GroupId,
    expected_version: IfMatch,
    request: Request,
    response: Response,
    peer_groups: PeerGroupsDep,
    authorized: Annotated[Authorized, Depends(authorize(Action.PEER_GROUP_CLOSE))],
) -> PeerGroupPublic:
    """Closing is final; open proposals are dropped. Send the `ETag` in `If-Match`."""
    with if_match_checked():
        group = peer_groups.close_group(
            pb.CloseGroupRequest(
                group_id=group_id,
                expected_version=expected(expected_version),
                pool_organisation_ids=_pool_scope(request, authorized),
            ),
            caller=backend_caller(authorized, request),
        )
    return _answer(response, group)


#: How long a proposal request waits for its result before answering 202 (and polling).
PROPOSAL_WAIT_S = 2.0
#: Poll again after this many seconds.
POLL_AFTER_S = "2"
ProposalId = Annotated[
    str,
    Path(
        min_length=3,
        max_length=64,
        pattern=r"^[A-Za-z0-9_\-]+$",
        description="The proposal's id.",
        examples=["pro_0c1d2e3f4a5b6c7d8e9f0a1b"],
    ),
]


#: A failed operation answered at once, as the backend's status would be.
_FAILED_STATUS = {
    "not_found": grpc.StatusCode.NOT_FOUND,
    "invalid": grpc.StatusCode.INVALID_ARGUMENT,
    "conflict": grpc.StatusCode.ABORTED,
    "not_allowed_now": grpc.StatusCode.FAILED_PRECONDITION,
    "forbidden": grpc.StatusCode.PERMISSION_DENIED,
    "unavailable": grpc.StatusCode.UNAVAILABLE,
    "interrupted": grpc.StatusCode.UNAVAILABLE,
}


class _ProposalFailed(grpc.RpcError):
    def __init__(self, operation: pb.ProposalOperation) -> None:
        self._code = _FAILED_STATUS.get(operation.error_code, grpc.StatusCode.INTERNAL)
        self._details = operation.error_detail

    def code(self) -> grpc.StatusCode:
        return self._code

    def details(self) -> str:
        return self._details


def _pool_scope(request: Request, authorized: Authorized) -> list[str]:
    """The organisations whose survivors the caller's groups may be proposed: their own and
    the NGOs sharing with it (``gateway.directory.partnerships``), read at every call, so a
    partnership set or removed counts from that call on. Peer groups keeps to it: it
    proposes and invites only these organisations' survivors, and shows a facilitator
    proposals of no other (on every call that answers member cards)."""
    gateway = request.app.state.gateway
    return list(gateway.partnerships.pool_of(authorized.principal.organisation_id))


def _proposal_location(operation_id: str) -> str:
    return f"/v1/peer-group-proposals/{operation_id}"


def _audit_proposed(trail: AuditTrailDep, authorized: Authorized, group_ids: Sequence[str]) -> None:
    for group_id in group_ids:
        trail.record(
            authorized,
            action=Action.PEER_GROUP_PROPOSE_MEMBERS.value,
            purpose=PURPOSE,
            target_id=group_id,
        )


@router.post(
    "/v1/peer-group-proposals",
    summary="Propose members for one or several groups",
    response_model=ProposalResult,
    responses={
        202: {
            "model": ProposalOperationPublic,
            "description": "Still running: poll the `Location` (after `Retry-After` seconds).",
        },
        **problem_responses(400, 401, 403, 404, 409, 413, 422, 429, 503),
    },
)
def propose_members(
    body: ProposalCreate,
    request: Request,
    response: Response,
    peer_groups: PeerGroupsDep,
    trail: AuditTrailDep,
    authorized: Annotated[Authorized, Depends(authorize(Action.PEER_GROUP_PROPOSE_MEMBERS))],
) -> ProposalResult | JSONResponse:
    """Members from the pool under every hard rule (a shared language, place, age, focus,
    schedule, consent and readiness, never two people linked by "do not group with"),
    cohesive within them. Replaces earlier proposals not locked in. Left-out people are
    listed by alias with the rule that kept them out, and counted by reason. The pool is
    the survivors of your organisation and of the NGOs sharing with it (partnerships set by
    platform administrators), nobody else's.

    A proposal that takes longer than a moment (many groups, a large pool) is a
    long-running operation: the answer is then `202 Accepted` with the operation, its
    `Location` to poll (`GET`, after `Retry-After` seconds) until it has succeeded (the
    result is there) or failed (with a code). A quick one answers at once (200)."""
    caller = backend_caller(authorized, request)
    response.headers["Cache-Control"] = "no-store"
    gateway = request.app.state.gateway
    proposal = body.to_proto()
    proposal.pool_organisation_ids.extend(_pool_scope(request, authorized))
    operation = peer_groups.start_proposal(
        pb.StartProposalRequest(proposal=proposal, wait_ms=int(PROPOSAL_WAIT_S * 1000)),
        caller=caller,
        timeout_s=gateway.settings.backend_timeout_s + PROPOSAL_WAIT_S,
    )
    _audit_proposed(trail, authorized, body.group_ids)
    location = _proposal_location(operation.operation_id)
    if operation.state == pb.PROPOSAL_STATE_SUCCEEDED:
        response.headers["Location"] = location
        return ProposalResult.of(operation)
    if operation.state == pb.PROPOSAL_STATE_FAILED:
        raise _ProposalFailed(operation)
    return JSONResponse(
        ProposalOperationPublic.of(operation).model_dump(mode="json"),
        status_code=status.HTTP_202_ACCEPTED,
        headers={"Location": location, "Retry-After": POLL_AFTER_S, "Cache-Control": "no-store"},
    )


@router.get(
    "/v1/peer-group-proposals/{proposal_id}",
    summary="Read a proposal you asked for: its state, and its result once done",
    response_model=ProposalOperationPublic,
    responses=problem_responses(401, 403, 404, 422, 503),
)
def get_proposal(
    proposal_id: ProposalId,
    request: Request,
    response: Response,
    peer_groups: PeerGroupsDep,
    trail: AuditTrailDep,
    authorized: Annotated[Authorized, Depends(authorize(Action.PEER_GROUP_READ))],
    max_left_out: Annotated[int, Query(ge=1, le=1000)] = 200,
    groups_from: Annotated[
        int, Query(ge=0, le=MAX_GROUPS_PER_PROPOSAL, description="The result's first group.")
    ] = 0,
    groups_limit: Annotated[
        int, Query(ge=1, le=100, description="The result's groups at most, from there.")
    ] = 50,
) -> ProposalOperationPublic:
    """Yours only (another's is 404), kept for a day. While `running`, `Retry-After` says
    when to look again; a `failed` one has an error code (`interrupted`, `unavailable`:
    ask again). A result is read a page of groups at a time: `next_groups_from` says
    where the next page starts."""
    operation = peer_groups.get_proposal(
        pb.GetProposalRequest(
            operation_id=proposal_id,
            max_left_out=max_left_out,
            group_offset=groups_from,
            group_limit=groups_limit,
            pool_organisation_ids=_pool_scope(request, authorized),
        ),
        caller=backend_caller(authorized, request),
    )
    response.headers["Cache-Control"] = "no-store"
    if operation.state == pb.PROPOSAL_STATE_RUNNING:
        response.headers["Retry-After"] = POLL_AFTER_S
    _audit_members_seen(
        trail, authorized, list(operation.result.groups), action=Action.PEER_GROUP_READ
    )
    return ProposalOperationPublic.of(operation)


@router.get(
    "/v1/peer-group-proposals",
    summary="Your recent proposals, newest first",
    response_model=list[ProposalOperationPublic],
    responses=problem_responses(401, 403, 422, 503),
)
def list_proposals(
    request: Request,
    response: Response,
    peer_groups: PeerGroupsDep,
    authorized: Annotated[Authorized, Depends(authorize(Action.PEER_GROUP_LIST))],
    limit: Annotated[int, Query(ge=1, le=50)] = 20,
) -> list[ProposalOperationPublic]:
    """States, groups and times only; read one for its result."""
    found = peer_groups.list_proposals(
        pb.ListProposalsRequest(limit=limit), caller=backend_caller(authorized, request)
    )
    response.headers["Cache-Control"] = "no-store"
    return [ProposalOperationPublic.of(op) for op in found.operations]


@router.get(
    "/v1/peer-group-pool",
    summary="Counts of the people open to peer groups, nobody named",
    response_model=PoolOverviewPublic,
    responses=problem_responses(400, 401, 403, 422, 429, 503),
)
def pool_overview(
    request: Request,
    response: Response,
    gateway: GatewayDep,
    peer_groups: PeerGroupsDep,
    authorized: Annotated[Authorized, Depends(authorize(Action.PEER_GROUP_LIST))],
    language: Annotated[
        list[Language],
        Query(min_length=1, max_length=10, description="People speaking one of these."),
    ],
) -> PoolOverviewPublic:
    """Before creating groups: how many people who consented and are ready speak these
    languages, by language, country, chosen focus and the days they are free, and how many
    are minors. Counts only; nobody who is not open to groups is counted, and only
    survivors of your organisation and of the NGOs sharing with it (partnerships).
    A count from 1 to `suppressed_below - 1` is null, so that nobody is singled out, and
    the others are rounded down to a multiple of `rounded_to`, so that two overviews
    cannot be subtracted to single anyone out either.
    Counting opens every eligible person, so each user may ask a limited number of times a
    minute (429 with `Retry-After`)."""
    gateway.rate_limiter.check(
        bucket="pool-overview:" + authorized.principal.user_id,
        limit=gateway.settings.pool_overview_limit_per_user,
    )
    overview = peer_groups.get_pool_overview(
        pb.GetPoolOverviewRequest(
            languages=list(dict.fromkeys(language)),
            pool_organisation_ids=_pool_scope(request, authorized),
        ),
        caller=backend_caller(authorized, request),
        timeout_s=gateway.settings.pool_overview_timeout_s,
    )
    response.headers["Cache-Control"] = "no-store"
    return PoolOverviewPublic.of(
        overview,
        suppress_below=gateway.settings.pool_suppress_below,
        round_to=gateway.settings.pool_round_to,
    )


@router.post(
    "/v1/peer-groups/{group_id}/members/{alias}/lock",
    summary="Lock a proposed member in",
    response_model=PeerGroupPublic,
    responses=problem_responses(400, 401, 403, 404, 409, 412, 413, 422, 429, 503),
    dependencies=[OPTIONAL_IF_MATCH],
)
def lock_member(
    group_id: GroupId,
    alias: Alias,
    request: Request,
    response: Response,
    peer_groups: PeerGroupsDep,
    trail: AuditTrailDep,
    authorized: Annotated[Authorized, Depends(authorize(Action.PEER_GROUP_ADJUST_MEMBERS))],
) -> PeerGroupPublic:
    """A locked member stays when you ask for a proposal again. `If-Match` is optional;
    when sent, a stale one is 412."""
    version = optional_if_match(request)
    with if_match_checked():
        group = peer_groups.lock_member(
            pb.MemberRequest(
                group_id=group_id,
                alias=alias,
                expected_version=version,
                pool_organisation_ids=_pool_scope(request, authorized),
            ),
            caller=backend_caller(authorized, request),
        )
    _audit_members_seen(trail, authorized, [group], action=Action.PEER_GROUP_ADJUST_MEMBERS)
    return _answer(response, group)


@router.delete(
    "/v1/peer-groups/{group_id}/members/{alias}",
    summary="Take a member out of a group",
    response_model=PeerGroupPublic,
    responses=problem_responses(401, 403, 404, 409, 412, 422, 429, 503),
    dependencies=[OPTIONAL_IF_MATCH],
)
def remove_member(
    group_id: GroupId,
    alias: Alias,
    request: Request,
    response: Response,
    peer_groups: PeerGroupsDep,
    trail: AuditTrailDep,
    authorized: Annotated[Authorized, Depends(authorize(Action.PEER_GROUP_ADJUST_MEMBERS))],
) -> PeerGroupPublic:
    """A proposal just goes; an invited or joined member has left. Either way the person is
    never proposed for this group again. `If-Match` is optional."""
    version = optional_if_match(request)
    with if_match_checked():
        group = peer_groups.remove_member(
            pb.MemberRequest(
                group_id=group_id,
                alias=alias,
                expected_version=version,
                pool_organisation_ids=_pool_scope(request, authorized),
            ),
            caller=backend_caller(authorized, request),
        )
    trail.record(
        authorized,
        action=Action.PEER_GROUP_ADJUST_MEMBERS.value,
        purpose=PURPOSE,
        target_id=group.group_id,
    )
    return _answer(response, group)


@router.post(
    "/v1/peer-groups/{group_id}/invitations",
    summary="Publish the invitations",
    response_model=PeerGroupPublic,
    responses=problem_responses(400, 401, 403, 404, 409, 412, 413, 422, 429, 503),
    dependencies=[OPTIONAL_IF_MATCH],
)
def publish_invitations(
    group_id: GroupId,
    request: Request,
    response: Response,
    peer_groups: PeerGroupsDep,
    trail: AuditTrailDep,
    authorized: Annotated[Authorized, Depends(authorize(Action.PEER_GROUP_INVITE))],
) -> PeerGroupPublic:
    """Invites every proposed member; nothing reaches a survivor before this. Their officers
    record the answers. A proposed member whose NGO no longer shares its survivors with
    your organisation (the partnership was removed since) is dropped, not invited.
    `If-Match` is optional; when sent, a stale one is 412."""
    version = optional_if_match(request)
    with if_match_checked():
        group = peer_groups.publish_invitations(
            pb.PublishInvitationsRequest(
                group_id=group_id,
                expected_version=version,
                pool_organisation_ids=_pool_scope(request, authorized),
            ),
            caller=backend_caller(authorized, request),
        )
    _audit_members_seen(trail, authorized, [group], action=Action.PEER_GROUP_INVITE)
    return _answer(response, group)


# -- officers, for their own survivors -----------------------------------------------------------


@router.post(
    "/v1/peer-groups/{group_id}/answers",
    summary="Record a survivor's answer to an invitation",
    response_model=PeerGroupPublic,
    responses=problem_responses(400, 401, 403, 404, 409, 413, 422, 429, 503),
)
def record_answer(
    group_id: GroupId,
    body: AnswerCreate,
    request: Request,
    response: Response,
    peer_groups: PeerGroupsDep,
    trail: AuditTrailDep,
    authorized: Annotated[Authorized, Depends(authorize(Action.PEER_GROUP_ANSWER))],
) -> PeerGroupPublic:
    """The survivor's own choice, for a survivor of your organisation who was invited. The
    group becomes active when enough members have joined. Recording the same answer again
    changes nothing. The group answered holds the survivor's own place only, never the
    other members'."""
    group = peer_groups.record_answer(
        pb.RecordAnswerRequest(
            group_id=group_id, survivor_id=body.survivor_id, joined=body.answer == "joined"
        ),
        caller=backend_caller(authorized, request),
    )
    _audit_own_survivor(trail, authorized, Action.PEER_GROUP_ANSWER, body.survivor_id, group)
    return _answer(response, group)


@router.post(
    "/v1/peer-groups/{group_id}/departures",
    summary="Record that a survivor leaves a group",
    response_model=PeerGroupPublic,
    responses=problem_responses(400, 401, 403, 404, 409, 413, 422, 429, 503),
)
def leave_group(
    group_id: GroupId,
    body: DepartureCreate,
    request: Request,
    response: Response,
    peer_groups: PeerGroupsDep,
    trail: AuditTrailDep,
    authorized: Annotated[Authorized, Depends(authorize(Action.PEER_GROUP_LEAVE))],
) -> PeerGroupPublic:
    """For a survivor of your organisation who joined or was invited. Withdrawing their
    peer-group consent takes them out of every group by itself. The group answered holds
    the survivor's own place only."""
    group = peer_groups.leave_group(
        pb.LeaveGroupRequest(group_id=group_id, survivor_id=body.survivor_id),
        caller=backend_caller(authorized, request),
    )
    _audit_own_survivor(trail, authorized, Action.PEER_GROUP_LEAVE, body.survivor_id, group)
    return _answer(response, group)


@router.get(
    "/v1/survivors/{survivor_id}/peer-groups",
    summary="The peer groups a survivor is invited to or in",
    response_model=Page[PeerGroupPublic],
    responses=problem_responses(401, 403, 404, 422, 503),
)
def list_survivor_groups(
    survivor_id: SurvivorId,
    request: Request,
    response: Response,
    peer_groups: PeerGroupsDep,
    trail: AuditTrailDep,
    authorized: Annotated[Authorized, Depends(authorize(Action.PEER_GROUP_INVITATIONS_READ))],
) -> Page[PeerGroupPublic]:
    """For a survivor of your organisation: each open group they were invited to or
    joined, with their own place only (never the other members'), so that you can record
    their answer (`POST /v1/peer-groups/{group_id}/answers`). A survivor of another
    organisation answers 404."""
    found = peer_groups.list_survivor_groups(
        pb.ListSurvivorGroupsRequest(survivor_id=survivor_id),
        caller=backend_caller(authorized, request),
    )
    _audit_own_survivor(trail, authorized, Action.PEER_GROUP_INVITATIONS_READ, survivor_id)
    response.headers["Cache-Control"] = "no-store"
    return Page[PeerGroupPublic](
        items=[PeerGroupPublic.of(g) for g in found.groups], next_cursor=None
    )


def _audit_own_survivor(
    trail: AuditTrailDep,
    authorized: Authorized,
    action: Action,
    survivor_id: str,
    group: pb.Group | None = None,
) -> None:
    """An officer's act on a survivor of their own organisation, in a group or about their
    groups (the service has just confirmed the survivor is of the caller's organisation)."""
    trail.record(
        authorized,
        action=action.value,
        purpose=PURPOSE,
        survivor_id=survivor_id,
        survivor_organisation_id=authorized.principal.organisation_id,
        target_id=group.group_id if group is not None else None,
    )
