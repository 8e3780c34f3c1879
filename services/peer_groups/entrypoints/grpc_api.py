"""gRPC entrypoint of peer groups: parse, run the command or query, map the result or error.

The caller's identity comes from the assertion the gateway signed, verified by the server
before any method runs; the service layer checks it.
Errors map once: domain errors to gRPC status codes, with messages that carry ids, aliases
and rule codes only, never personal data.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Any

import grpc

from pathways.v1 import peer_groups_pb2, peer_groups_pb2_grpc
from pathways_runtime.grpc_errors import RpcContext, StatusMap, rpc_method
from pathways_runtime.identity import verified_caller
from pathways_runtime.log import get_logger
from pathways_runtime.outages import DependencyUnavailable
from peer_groups.adapters.proto_mapping import (
    formation_to_proto,
    group_to_proto,
    operation_to_proto,
    pool_overview_to_proto,
    settings_from_proto,
    status_from_proto,
)
from peer_groups.domain import errors
from peer_groups.domain.access import Caller, Role
from peer_groups.domain.pool import PoolScope
from peer_groups.service_layer import commands, handlers, proposal_operations, queries
from peer_groups.service_layer.handlers import Ports
from peer_groups.service_layer.pool_overview import pool_overview
from peer_groups.service_layer.proposal_operations import (
    InlineRunner,
    ProposalOperationRepository,
    ProposalRunner,
)

__all__ = ["SERVICE_NAME", "PeerGroupServicer", "register"]

SERVICE_NAME = peer_groups_pb2.DESCRIPTOR.services_by_name["PeerGroupService"].full_name
DEFAULT_MAX_LEFT_OUT = 200
MAX_LEFT_OUT = 5000

_log = get_logger(__name__)

_STATUS: StatusMap = {
    errors.NotFound: grpc.StatusCode.NOT_FOUND,
    errors.InvalidInput: grpc.StatusCode.INVALID_ARGUMENT,
    errors.AlreadyExists: grpc.StatusCode.ALREADY_EXISTS,
    errors.StaleVersion: grpc.StatusCode.ABORTED,
    errors.Forbidden: grpc.StatusCode.PERMISSION_DENIED,
    errors.NotAllowedNow: grpc.StatusCode.FAILED_PRECONDITION,
}


def _caller() -> Caller:
    """The caller of the call being served, as verified from the gateway's signed assertion
    (``pathways_runtime.grpc_server.CallerAuthentication``); never from plain metadata."""
    identity = verified_caller()
    try:
        role = Role(identity.role)
    except ValueError as error:
        raise errors.Forbidden("unknown role") from error
    return Caller(user_id=identity.user_id, organisation_id=identity.organisation_id, role=role)


#: Domain errors to statuses; anything else is INTERNAL without details.
_rpc = rpc_method(caller=_caller, statuses=_STATUS)


#: The longest a StartProposal call waits for its result before answering RUNNING.
MAX_WAIT_S = 10.0


def _scope(caller: Caller, pool_organisation_ids: Sequence[str] = ()) -> PoolScope:
    """The pool scope a request names (empty: the caller's own organisation only)."""
    return PoolScope.of(caller.organisation_id, pool_organisation_ids)


def _is_outage(error: BaseException) -> bool:
    return isinstance(error, DependencyUnavailable)


class PeerGroupServicer(peer_groups_pb2_grpc.PeerGroupServiceServicer):
    """``operations`` and ``runner`` serve proposals as operations (StartProposal and the
    reads of them); without ``operations`` those methods are UNIMPLEMENTED."""

    def __init__(
        self,
        ports: Ports,
        *,
        operations: ProposalOperationRepository | None = None,
        runner: ProposalRunner | None = None,
    ) -> None:
        self._ports = ports
        self._operations = operations
        self._runner = runner or InlineRunner()

    def _operations_or_abort(self, context: RpcContext) -> ProposalOperationRepository:
        if self._operations is None:
            context.abort(grpc.StatusCode.UNIMPLEMENTED, "proposal operations are not served")
        assert self._operations is not None
        return self._operations

    def _group(self, group: Any, scope: PoolScope) -> peer_groups_pb2.Group:
        """The group as its facilitator sees it within the pool scope."""
        return group_to_proto(queries.view_of(group, self._ports, scope))

    def _own_place(self, group: Any, survivor_id: str) -> peer_groups_pb2.Group:
        """The group as the survivor's officer sees it: their own place only."""
        return group_to_proto(queries.own_place_of(group, survivor_id, self._ports))

    @_rpc
    def CreateGroup(
        self,
        request: peer_groups_pb2.CreateGroupRequest,
        context: RpcContext,
        caller: Caller,
    ) -> peer_groups_pb2.Group:
        command = commands.CreateGroup(
            settings=settings_from_proto(request.settings), request_id=request.request_id
        )
        created = handlers.create_group(command, caller=caller, ports=self._ports)
        return self._group(created, _scope(caller))

    @_rpc
    def UpdateGroup(
        self,
        request: peer_groups_pb2.UpdateGroupRequest,
        context: RpcContext,
        caller: Caller,
    ) -> peer_groups_pb2.Group:
        scope = _scope(caller, request.pool_organisation_ids)  # refused before any change
        command = commands.UpdateGroup(
            group_id=request.group_id,
            settings=settings_from_proto(request.settings),
            expected_version=request.expected_version,
        )
        updated = handlers.update_group(command, caller=caller, ports=self._ports)
        return self._group(updated, scope)

    @_rpc
    def CloseGroup(
        self,
        request: peer_groups_pb2.CloseGroupRequest,
        context: RpcContext,
        caller: Caller,
    ) -> peer_groups_pb2.Group:
        scope = _scope(caller, request.pool_organisation_ids)  # refused before any change
        command = commands.CloseGroup(
            group_id=request.group_id, expected_version=request.expected_version
        )
        closed = handlers.close_group(command, caller=caller, ports=self._ports)
        return self._group(closed, scope)

    @_rpc
    def GetGroup(
        self,
        request: peer_groups_pb2.GetGroupRequest,
        context: RpcContext,
        caller: Caller,
    ) -> peer_groups_pb2.Group:
        view = queries.get_group(
            request.group_id,
            caller=caller,
            ports=self._ports,
            scope=_scope(caller, request.pool_organisation_ids),
        )
        return group_to_proto(view)

    @_rpc
    def ListGroups(
        self,
        request: peer_groups_pb2.ListGroupsRequest,
        context: RpcContext,
        caller: Caller,
    ) -> peer_groups_pb2.ListGroupsResponse:
        views, next_after = queries.list_groups(
            caller=caller,
            ports=self._ports,
            mine_only=request.mine_only,
            status=status_from_proto(request.status),
            after=request.page.page_token,
            limit=request.page.page_size,
            scope=_scope(caller, request.pool_organisation_ids),
        )
        return peer_groups_pb2.ListGroupsResponse(
            groups=[group_to_proto(v) for v in views], next_page_token=next_after
        )

    @_rpc
    def ProposeMembers(
        self,
        request: peer_groups_pb2.ProposeMembersRequest,
        context: RpcContext,
        caller: Caller,
    ) -> peer_groups_pb2.ProposeMembersResponse:
        command = commands.ProposeMembers(
            group_ids=tuple(request.group_ids),
            seed=request.seed,
            pool_organisation_ids=tuple(request.pool_organisation_ids),
        )
        outcome = handlers.propose_members(command, caller=caller, ports=self._ports)
        scope = _scope(caller, command.pool_organisation_ids)
        views = [queries.view_of(g, self._ports, scope) for g in outcome.groups]
        limit = request.max_left_out or DEFAULT_MAX_LEFT_OUT
        return formation_to_proto(
            outcome.formation,
            views,
            aliases=outcome.aliases,
            max_left_out=max(0, min(limit, MAX_LEFT_OUT)),
        )

    @_rpc
    def StartProposal(
        self,
        request: peer_groups_pb2.StartProposalRequest,
        context: RpcContext,
        caller: Caller,
    ) -> peer_groups_pb2.ProposalOperation:
        operations = self._operations_or_abort(context)
        proposal = request.proposal
        command = commands.ProposeMembers(
            group_ids=tuple(proposal.group_ids),
            seed=proposal.seed,
            pool_organisation_ids=tuple(proposal.pool_organisation_ids),
        )
        operation = proposal_operations.start_proposal(
            command,
            caller=caller,
            ports=self._ports,
            operations=operations,
            runner=self._runner,
            wait_s=min(MAX_WAIT_S, max(0, request.wait_ms) / 1000),
            is_outage=_is_outage,
        )
        return self._operation(
            operation.operation_id,
            caller,
            operations,
            proposal.max_left_out,
            scope=_scope(caller, command.pool_organisation_ids),
        )

    @_rpc
    def GetProposal(
        self,
        request: peer_groups_pb2.GetProposalRequest,
        context: RpcContext,
        caller: Caller,
    ) -> peer_groups_pb2.ProposalOperation:
        operations = self._operations_or_abort(context)
        return self._operation(
            request.operation_id,
            caller,
            operations,
            request.max_left_out,
            scope=_scope(caller, request.pool_organisation_ids),
            offset=request.group_offset,
            limit=request.group_limit,
        )

    def _operation(
        self,
        operation_id: str,
        caller: Caller,
        operations: ProposalOperationRepository,
        max_left_out: int,
        *,
        scope: PoolScope,
        offset: int = 0,
        limit: int = 0,
    ) -> peer_groups_pb2.ProposalOperation:
        shown = max(0, min(max_left_out or DEFAULT_MAX_LEFT_OUT, MAX_LEFT_OUT))
        reading = proposal_operations.get_proposal(
            operation_id,
            caller=caller,
            ports=self._ports,
            operations=operations,
            scope=scope,
            offset=offset,
            limit=limit,
            left_out_limit=shown,
        )
        return operation_to_proto(reading, max_left_out=shown)

    @_rpc
    def ListProposals(
        self,
        request: peer_groups_pb2.ListProposalsRequest,
        context: RpcContext,
        caller: Caller,
    ) -> peer_groups_pb2.ListProposalsResponse:
        operations = self._operations_or_abort(context)
        found = proposal_operations.recent_proposals(
            caller=caller, ports=self._ports, operations=operations, limit=request.limit
        )
        return peer_groups_pb2.ListProposalsResponse(
            operations=[
                # States, groups and times only: the result is read one at a time.
                operation_to_proto(
                    proposal_operations.ProposalReading(replace(op, summary=None)),
                    max_left_out=0,
                )
                for op in found
            ]
        )

    @_rpc
    def GetPoolOverview(
        self,
        request: peer_groups_pb2.GetPoolOverviewRequest,
        context: RpcContext,
        caller: Caller,
    ) -> peer_groups_pb2.PoolOverview:
        overview = pool_overview(
            caller=caller,
            ports=self._ports,
            languages=request.languages,
            pool_organisation_ids=request.pool_organisation_ids,
        )
        return pool_overview_to_proto(overview)

    @_rpc
    def LockMember(
        self, request: peer_groups_pb2.MemberRequest, context: RpcContext, caller: Caller
    ) -> peer_groups_pb2.Group:
        command = commands.LockMember(
            group_id=request.group_id,
            alias=request.alias,
            expected_version=request.expected_version,
            pool_organisation_ids=tuple(request.pool_organisation_ids),
        )
        locked = handlers.lock_member(command, caller=caller, ports=self._ports)
        return self._group(locked, _scope(caller, command.pool_organisation_ids))

    @_rpc
    def RemoveMember(
        self, request: peer_groups_pb2.MemberRequest, context: RpcContext, caller: Caller
    ) -> peer_groups_pb2.Group:
        command = commands.RemoveMember(
            group_id=request.group_id,
            alias=request.alias,
            expected_version=request.expected_version,
            pool_organisation_ids=tuple(request.pool_organisation_ids),
        )
        removed = handlers.remove_member(command, caller=caller, ports=self._ports)
        return self._group(removed, _scope(caller, command.pool_organisation_ids))

    @_rpc
    def PublishInvitations(
        self,
        request: peer_groups_pb2.PublishInvitationsRequest,
        context: RpcContext,
        caller: Caller,
    ) -> peer_groups_pb2.Group:
        command = commands.PublishInvitations(
            group_id=request.group_id,
            expected_version=request.expected_version,
            pool_organisation_ids=tuple(request.pool_organisation_ids),
        )
        published = handlers.publish_invitations(command, caller=caller, ports=self._ports)
        return self._group(published, _scope(caller, command.pool_organisation_ids))

    @_rpc
    def RecordAnswer(
        self,
        request: peer_groups_pb2.RecordAnswerRequest,
        context: RpcContext,
        caller: Caller,
    ) -> peer_groups_pb2.Group:
        command = commands.RecordAnswer(
            group_id=request.group_id, survivor_id=request.survivor_id, joined=request.joined
        )
        answered = handlers.record_answer(command, caller=caller, ports=self._ports)
        return self._own_place(answered, command.survivor_id)

    @_rpc
    def ListSurvivorGroups(
        self,
        request: peer_groups_pb2.ListSurvivorGroupsRequest,
        context: RpcContext,
        caller: Caller,
    ) -> peer_groups_pb2.ListGroupsResponse:
        views = queries.survivor_groups(request.survivor_id, caller=caller, ports=self._ports)
        return peer_groups_pb2.ListGroupsResponse(groups=[group_to_proto(v) for v in views])

    @_rpc
    def LeaveGroup(
        self,
        request: peer_groups_pb2.LeaveGroupRequest,
        context: RpcContext,
        caller: Caller,
    ) -> peer_groups_pb2.Group:
        command = commands.LeaveGroup(group_id=request.group_id, survivor_id=request.survivor_id)
        left = handlers.leave_group(command, caller=caller, ports=self._ports)
        return self._own_place(left, command.survivor_id)

    @_rpc
    def WithdrawConsent(
        self,
        request: peer_groups_pb2.WithdrawConsentRequest,
        context: RpcContext,
        caller: Caller,
    ) -> peer_groups_pb2.WithdrawConsentResponse:
        command = commands.WithdrawConsent(survivor_id=request.survivor_id, version=request.version)
        applied = handlers.withdraw_consent(command, caller=caller, ports=self._ports)
        return peer_groups_pb2.WithdrawConsentResponse(applied=applied)

    @_rpc
    def MarkStabilising(
        self,
        request: peer_groups_pb2.MarkStabilisingRequest,
        context: RpcContext,
        caller: Caller,
    ) -> peer_groups_pb2.MarkStabilisingResponse:
        command = commands.MarkStabilising(survivor_id=request.survivor_id, version=request.version)
        applied = handlers.mark_stabilising(command, caller=caller, ports=self._ports)
        return peer_groups_pb2.MarkStabilisingResponse(applied=applied)


def register(servicer: PeerGroupServicer) -> Callable[[grpc.Server], Sequence[str]]:
    def add(server: grpc.Server) -> Sequence[str]:
        peer_groups_pb2_grpc.add_PeerGroupServiceServicer_to_server(servicer, server)
        return (SERVICE_NAME,)

    return add
