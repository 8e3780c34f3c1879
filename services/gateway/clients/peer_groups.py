"""The peer-groups service as the gateway sees it: a port, and its gRPC implementation.

Routes depend on :class:`PeerGroupsClient` (a Protocol): unit tests put an in-memory fake
behind it (``tests/unit/gateway/fake_peer_groups.py``), the real process
:class:`GrpcPeerGroupsClient`. Every call names the checked caller (the channel signs an
assertion of it, which peer groups verifies before checking role and organisation again)
and carries a deadline, so a hung backend ends as DEADLINE_EXCEEDED (503) instead of
holding a worker thread.
"""

from __future__ import annotations

from typing import Any, Protocol

import grpc

from pathways.v1 import peer_groups_pb2 as pb
from pathways.v1 import peer_groups_pb2_grpc
from pathways_runtime.grpc_client import on_behalf_of
from pathways_runtime.identity import CallerIdentity

__all__ = ["GrpcPeerGroupsClient", "PeerGroupsClient"]


class PeerGroupsClient(Protocol):
    """One method per RPC of ``pathways.v1.PeerGroupService``.

    Errors are ``grpc.RpcError`` (fakes raise one too); ``api/grpc_problems.py`` maps them.
    """

    def create_group(
        self, request: pb.CreateGroupRequest, *, caller: CallerIdentity
    ) -> pb.Group: ...

    def update_group(
        self, request: pb.UpdateGroupRequest, *, caller: CallerIdentity
    ) -> pb.Group: ...

    def close_group(self, request: pb.CloseGroupRequest, *, caller: CallerIdentity) -> pb.Group: ...

    def get_group(self, request: pb.GetGroupRequest, *, caller: CallerIdentity) -> pb.Group: ...

    def list_groups(
        self, request: pb.ListGroupsRequest, *, caller: CallerIdentity
    ) -> pb.ListGroupsResponse: ...

    def propose_members(
        self, request: pb.ProposeMembersRequest, *, caller: CallerIdentity
    ) -> pb.ProposeMembersResponse: ...

    def lock_member(self, request: pb.MemberRequest, *, caller: CallerIdentity) -> pb.Group: ...

    def remove_member(self, request: pb.MemberRequest, *, caller: CallerIdentity) -> pb.Group: ...

    def publish_invitations(
        self, request: pb.PublishInvitationsRequest, *, caller: CallerIdentity
    ) -> pb.Group: ...

    def record_answer(
        self, request: pb.RecordAnswerRequest, *, caller: CallerIdentity
    ) -> pb.Group: ...

    def leave_group(self, request: pb.LeaveGroupRequest, *, caller: CallerIdentity) -> pb.Group: ...

    def withdraw_consent(
        self, request: pb.WithdrawConsentRequest, *, caller: CallerIdentity
    ) -> pb.WithdrawConsentResponse: ...

    def mark_stabilising(
        self, request: pb.MarkStabilisingRequest, *, caller: CallerIdentity
    ) -> pb.MarkStabilisingResponse: ...

    def list_survivor_groups(
        self, request: pb.ListSurvivorGroupsRequest, *, caller: CallerIdentity
    ) -> pb.ListGroupsResponse: ...

    def start_proposal(
        self, request: pb.StartProposalRequest, *, caller: CallerIdentity, timeout_s: float
    ) -> pb.ProposalOperation: ...

    def get_proposal(
        self, request: pb.GetProposalRequest, *, caller: CallerIdentity
    ) -> pb.ProposalOperation: ...

    def list_proposals(
        self, request: pb.ListProposalsRequest, *, caller: CallerIdentity
    ) -> pb.ListProposalsResponse: ...

    def get_pool_overview(
        self,
        request: pb.GetPoolOverviewRequest,
        *,
        caller: CallerIdentity,
        timeout_s: float | None = None,
    ) -> pb.PoolOverview:
        """``timeout_s``: the deadline, when not the client's own (the overview's cost
        follows the eligible pool)."""
        ...


class GrpcPeerGroupsClient:
    """:class:`PeerGroupsClient` over a channel; building it does no I/O.

    The deadline is passed on every call, not only left to the channel's default, so it
    holds whatever channel a caller hands in.
    """

    def __init__(self, channel: grpc.Channel, *, timeout_s: float) -> None:
        if timeout_s <= 0:
            raise ValueError("a deadline must be positive")
        self._stub = peer_groups_pb2_grpc.PeerGroupServiceStub(channel)
        self._timeout_s = timeout_s

    def _call(
        self, method: str, request: Any, caller: CallerIdentity, timeout_s: float | None = None
    ) -> Any:
        # The channel's CallerAssertionInterceptor signs `caller` into the call: a channel
        # without one sends no identity, and the service refuses the call.
        with on_behalf_of(caller):
            return getattr(self._stub, method)(request, timeout=timeout_s or self._timeout_s)

    def _group(self, method: str, request: Any, caller: CallerIdentity) -> pb.Group:
        result: pb.Group = self._call(method, request, caller)
        return result

    def create_group(self, request: pb.CreateGroupRequest, *, caller: CallerIdentity) -> pb.Group:
        return self._group("CreateGroup", request, caller)

    def update_group(self, request: pb.UpdateGroupRequest, *, caller: CallerIdentity) -> pb.Group:
        return self._group("UpdateGroup", request, caller)

    def close_group(self, request: pb.CloseGroupRequest, *, caller: CallerIdentity) -> pb.Group:
        return self._group("CloseGroup", request, caller)

    def get_group(self, request: pb.GetGroupRequest, *, caller: CallerIdentity) -> pb.Group:
        return self._group("GetGroup", request, caller)

    def list_groups(
        self, request: pb.ListGroupsRequest, *, caller: CallerIdentity
    ) -> pb.ListGroupsResponse:
        result: pb.ListGroupsResponse = self._call("ListGroups", request, caller)
        return result

    def propose_members(
        self, request: pb.ProposeMembersRequest, *, caller: CallerIdentity
    ) -> pb.ProposeMembersResponse:
        result: pb.ProposeMembersResponse = self._call("ProposeMembers", request, caller)
        return result

    def lock_member(self, request: pb.MemberRequest, *, caller: CallerIdentity) -> pb.Group:
        return self._group("LockMember", request, caller)

    def remove_member(self, request: pb.MemberRequest, *, caller: CallerIdentity) -> pb.Group:
        return self._group("RemoveMember", request, caller)

    def publish_invitations(
        self, request: pb.PublishInvitationsRequest, *, caller: CallerIdentity
    ) -> pb.Group:
        return self._group("PublishInvitations", request, caller)

    def record_answer(self, request: pb.RecordAnswerRequest, *, caller: CallerIdentity) -> pb.Group:
        return self._group("RecordAnswer", request, caller)

    def leave_group(self, request: pb.LeaveGroupRequest, *, caller: CallerIdentity) -> pb.Group:
        return self._group("LeaveGroup", request, caller)

    def withdraw_consent(
        self, request: pb.WithdrawConsentRequest, *, caller: CallerIdentity
    ) -> pb.WithdrawConsentResponse:
        result: pb.WithdrawConsentResponse = self._call("WithdrawConsent", request, caller)
        return result

    def mark_stabilising(
        self, request: pb.MarkStabilisingRequest, *, caller: CallerIdentity
    ) -> pb.MarkStabilisingResponse:
        result: pb.MarkStabilisingResponse = self._call("MarkStabilising", request, caller)
        return result

    def list_survivor_groups(
        self, request: pb.ListSurvivorGroupsRequest, *, caller: CallerIdentity
    ) -> pb.ListGroupsResponse:
        result: pb.ListGroupsResponse = self._call("ListSurvivorGroups", request, caller)
        return result

    def start_proposal(
        self, request: pb.StartProposalRequest, *, caller: CallerIdentity, timeout_s: float
    ) -> pb.ProposalOperation:
        """Start a proposal; ``timeout_s`` is the deadline, which covers the time the
        service may wait for the result before answering with the running operation."""
        result: pb.ProposalOperation = self._call("StartProposal", request, caller, timeout_s)
        return result

    def get_proposal(
        self, request: pb.GetProposalRequest, *, caller: CallerIdentity
    ) -> pb.ProposalOperation:
        result: pb.ProposalOperation = self._call("GetProposal", request, caller)
        return result

    def list_proposals(
        self, request: pb.ListProposalsRequest, *, caller: CallerIdentity
    ) -> pb.ListProposalsResponse:
        result: pb.ListProposalsResponse = self._call("ListProposals", request, caller)
        return result

    def get_pool_overview(
        self,
        request: pb.GetPoolOverviewRequest,
        *,
        caller: CallerIdentity,
        timeout_s: float | None = None,
    ) -> pb.PoolOverview:
        result: pb.PoolOverview = self._call("GetPoolOverview", request, caller, timeout_s)
        return result
