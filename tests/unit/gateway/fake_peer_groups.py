"""An in-memory peer-groups service behind the gateway's ``PeerGroupsClient`` port.

It keeps the rules the gateway relies on, as the real service does them
(``services/peer_groups``): facilitators act on their own organisation's groups (another
organisation's is NOT_FOUND, another role PERMISSION_DENIED); officers answer for their own
organisation's survivors; versions (required on update and close, optional on member
changes); request ids make creation idempotent; cards are alias-level. The pool is seeded
by tests (``add_person``); proposals take eligible people in order, never two linked ones.
"""

from __future__ import annotations

import hashlib
import itertools
from dataclasses import dataclass, field

import grpc

from gateway.clients.peer_groups import PeerGroupsClient
from pathways.v1 import common_pb2
from pathways.v1 import peer_groups_pb2 as pb
from pathways_runtime.identity import CallerIdentity
from tests.unit.gateway.fake_matching import FakeRpcError

FACILITATOR = "facilitator"
OFFICER = "reintegration_officer"


@dataclass
class Person:
    survivor_id: str
    organisation_id: str
    alias: str
    languages: tuple[str, ...] = ("th",)
    interests: frozenset[str] = frozenset({"cooking"})
    do_not_group_with: frozenset[str] = frozenset()


@dataclass
class _Member:
    person: Person
    state: int = pb.MEMBER_STATE_PROPOSED
    locked: bool = False


@dataclass
class _Group:
    message: pb.Group
    members: list[_Member] = field(default_factory=list)
    removed: set[str] = field(default_factory=set)


def _fail(code: grpc.StatusCode, details: str) -> FakeRpcError:
    return FakeRpcError(code, details)


class FakePeerGroups(PeerGroupsClient):
    def __init__(self) -> None:
        self.groups: dict[str, _Group] = {}
        self.pool: dict[str, Person] = {}
        self.callers: list[CallerIdentity] = []
        #: The ``request_id`` of every CreateGroup call received.
        self.create_request_ids: list[str] = []
        self.down = False
        self._ids = itertools.count(1)
        #: The pool scope (``pool_organisation_ids``) of every proposal, pool overview and
        #: publication asked for, in order: what the gateway told peer groups to keep to.
        self.pool_scopes: list[tuple[str, ...]] = []
        #: The pool scope of the last call of each method that answers member cards to a
        #: facilitator (reads, settings, closure, lock, removal, a proposal's result).
        self.card_scopes: dict[str, tuple[str, ...]] = {}
        self.overview_timeouts: list[float | None] = []
        #: (group_offset, group_limit) of each GetProposal.
        self.proposal_reads: list[tuple[int, int]] = []
        #: Proposal operations by id: (the user who started it, the operation).
        self.operations: dict[str, tuple[str, pb.ProposalOperation]] = {}
        #: (survivor_id, version) of every consent withdrawal the gateway passed on.
        self.withdrawals: list[tuple[str, int]] = []
        self.stabilising: list[tuple[str, int]] = []

    # -- seeding ------------------------------------------------------------------------

    def add_person(self, organisation_id: str, **extra: object) -> Person:
        number = next(self._ids)
        person = Person(
            survivor_id=f"srv_pg{number:020d}",
            organisation_id=organisation_id,
            alias=f"P-{number:06d}",
            **extra,  # type: ignore[arg-type]
        )
        self.pool[person.survivor_id] = person
        return person

    def add_group(self, organisation_id: str, facilitator_id: str = "usr_seed") -> pb.Group:
        group = self._new(organisation_id, facilitator_id, _settings(), request_id="")
        return self._message(group)

    def propose(self, group_id: str, person: Person) -> None:
        """A person proposed for the group (not locked), as after a proposal."""
        self.groups[group_id].members.append(_Member(person))

    def invite(self, group_id: str, person: Person) -> None:
        """A person invited to the group, as after a proposal and its publication."""
        self.groups[group_id].members.append(_Member(person, state=pb.MEMBER_STATE_INVITED))

    # -- rules --------------------------------------------------------------------------

    def _enter(self, caller: CallerIdentity) -> None:
        if self.down:
            raise _fail(grpc.StatusCode.UNAVAILABLE, "connection refused")
        self.callers.append(caller)

    @staticmethod
    def _require_role(caller: CallerIdentity, role: str) -> None:
        if caller.role != role:
            raise _fail(grpc.StatusCode.PERMISSION_DENIED, f"role {caller.role} may not do this")

    def _facilitated(self, caller: CallerIdentity, group_id: str) -> _Group:
        self._require_role(caller, FACILITATOR)
        group = self.groups.get(group_id)
        if group is None or group.message.organisation_id != caller.organisation_id:
            raise _fail(grpc.StatusCode.NOT_FOUND, "no such group")
        return group

    def _officer_group(self, caller: CallerIdentity, group_id: str, survivor_id: str) -> _Group:
        self._require_role(caller, OFFICER)
        person = self.pool.get(survivor_id)
        if person is None or person.organisation_id != caller.organisation_id:
            raise _fail(grpc.StatusCode.NOT_FOUND, "no such survivor")
        group = self.groups.get(group_id)
        if group is None:
            raise _fail(grpc.StatusCode.NOT_FOUND, "no such group")
        return group

    @staticmethod
    def _check_version(group: _Group, expected: int, *, required: bool = False) -> None:
        if required and expected <= 0:
            raise _fail(grpc.StatusCode.INVALID_ARGUMENT, "expected_version is required")
        if expected > 0 and expected != group.message.version:
            raise _fail(grpc.StatusCode.ABORTED, "the group changed since it was read")

    @staticmethod
    def _open(group: _Group) -> None:
        if group.message.status == pb.GROUP_STATUS_CLOSED:
            raise _fail(grpc.StatusCode.FAILED_PRECONDITION, "the group is closed")

    def _new(
        self,
        organisation_id: str,
        facilitator_id: str,
        settings: pb.GroupSettings,
        *,
        request_id: str,
    ) -> _Group:
        if request_id:
            key = f"{organisation_id}|{request_id}".encode()
            group_id = "grp_" + hashlib.sha256(key).hexdigest()[:24]
        else:
            group_id = f"grp_{next(self._ids):024d}"
        if group_id in self.groups:
            return self.groups[group_id]
        message = pb.Group(
            group_id=group_id,
            organisation_id=organisation_id,
            facilitator_id=facilitator_id,
            settings=settings,
            status=pb.GROUP_STATUS_FORMING,
            version=1,
        )
        message.created_at.FromSeconds(1_740_000_000)
        group = _Group(message)
        self.groups[group_id] = group
        return group

    def _message(self, group: _Group) -> pb.Group:
        copy = pb.Group()
        copy.CopyFrom(group.message)
        people = [m.person for m in group.members]
        for member in group.members:
            others = set().union(
                *(p.interests for p in people if p.survivor_id != member.person.survivor_id)
            )
            card = copy.members.add(
                alias=member.person.alias,
                languages=sorted(member.person.languages),
                age_band="25-34",
                shared_interests=sorted(member.person.interests & others),
                state=member.state,
                locked=member.locked,
            )
            card.since.FromSeconds(1_740_000_000)
        return copy

    @staticmethod
    def _saved(group: _Group) -> None:
        group.message.version += 1

    def _by_alias(self, group: _Group, alias: str) -> _Member:
        for member in group.members:
            if member.person.alias == alias and member.state in (
                pb.MEMBER_STATE_PROPOSED,
                pb.MEMBER_STATE_INVITED,
                pb.MEMBER_STATE_JOINED,
            ):
                return member
        raise _fail(grpc.StatusCode.NOT_FOUND, "no such member in this group")

    @staticmethod
    def _by_survivor(group: _Group, survivor_id: str) -> _Member:
        for member in group.members:
            if member.person.survivor_id == survivor_id:
                return member
        raise _fail(grpc.StatusCode.NOT_FOUND, "no such member in this group")

    # -- the port -----------------------------------------------------------------------

    def create_group(self, request: pb.CreateGroupRequest, *, caller: CallerIdentity) -> pb.Group:
        self._enter(caller)
        self._require_role(caller, FACILITATOR)
        self.create_request_ids.append(request.request_id)
        settings = request.settings
        if not settings.languages or not 2 <= settings.min_size <= settings.max_size <= 20:
            raise _fail(grpc.StatusCode.INVALID_ARGUMENT, "sizes or languages are not valid")
        group = self._new(
            caller.organisation_id, caller.user_id, settings, request_id=request.request_id
        )
        return self._message(group)

    def update_group(self, request: pb.UpdateGroupRequest, *, caller: CallerIdentity) -> pb.Group:
        self._enter(caller)
        self.card_scopes["update_group"] = tuple(request.pool_organisation_ids)
        group = self._facilitated(caller, request.group_id)
        self._check_version(group, request.expected_version, required=True)
        self._open(group)
        group.message.settings.CopyFrom(request.settings)
        group.members = [
            m for m in group.members if m.locked or m.state != pb.MEMBER_STATE_PROPOSED
        ]
        self._saved(group)
        return self._message(group)

    def close_group(self, request: pb.CloseGroupRequest, *, caller: CallerIdentity) -> pb.Group:
        self._enter(caller)
        self.card_scopes["close_group"] = tuple(request.pool_organisation_ids)
        group = self._facilitated(caller, request.group_id)
        self._check_version(group, request.expected_version, required=True)
        self._open(group)
        group.message.status = pb.GROUP_STATUS_CLOSED
        group.message.closed_at.FromSeconds(1_740_000_500)
        group.members = [m for m in group.members if m.state != pb.MEMBER_STATE_PROPOSED]
        self._saved(group)
        return self._message(group)

    def get_group(self, request: pb.GetGroupRequest, *, caller: CallerIdentity) -> pb.Group:
        self._enter(caller)
        self.card_scopes["get_group"] = tuple(request.pool_organisation_ids)
        return self._message(self._facilitated(caller, request.group_id))

    def list_groups(
        self, request: pb.ListGroupsRequest, *, caller: CallerIdentity
    ) -> pb.ListGroupsResponse:
        self._enter(caller)
        self.card_scopes["list_groups"] = tuple(request.pool_organisation_ids)
        self._require_role(caller, FACILITATOR)
        found = sorted(
            (
                g
                for g in self.groups.values()
                if g.message.organisation_id == caller.organisation_id
                and (not request.mine_only or g.message.facilitator_id == caller.user_id)
                and (not request.status or g.message.status == request.status)
            ),
            key=lambda g: g.message.group_id,
        )
        after = request.page.page_token
        found = [g for g in found if not after or g.message.group_id > after]
        size = max(1, min(request.page.page_size or 20, 100))
        page = found[:size]
        token = page[-1].message.group_id if len(found) > size else ""
        return pb.ListGroupsResponse(groups=[self._message(g) for g in page], next_page_token=token)

    # -- proposals as operations (the fake always finishes at once) ------------------------

    def start_proposal(
        self, request: pb.StartProposalRequest, *, caller: CallerIdentity, timeout_s: float
    ) -> pb.ProposalOperation:
        self._enter(caller)
        self._require_role(caller, FACILITATOR)
        self.pool_scopes.append(tuple(request.proposal.pool_organisation_ids))
        result = self.propose_members(request.proposal, caller=caller)
        operation = pb.ProposalOperation(
            operation_id=f"pro_{len(self.operations) + 1:024d}",
            state=pb.PROPOSAL_STATE_SUCCEEDED,
            group_ids=list(dict.fromkeys(request.proposal.group_ids)),
            result=result,
            groups_total=len(result.proposals),
        )
        self.operations[operation.operation_id] = (caller.user_id, operation)
        return _page(operation, offset=0, limit=0)

    def get_proposal(
        self, request: pb.GetProposalRequest, *, caller: CallerIdentity
    ) -> pb.ProposalOperation:
        self._enter(caller)
        self._require_role(caller, FACILITATOR)
        self.card_scopes["get_proposal"] = tuple(request.pool_organisation_ids)
        owner, operation = self.operations.get(request.operation_id, ("", None))
        if operation is None or owner != caller.user_id:
            raise _fail(grpc.StatusCode.NOT_FOUND, "no such proposal")
        self.proposal_reads.append((request.group_offset, request.group_limit))
        return _page(operation, offset=request.group_offset, limit=request.group_limit)

    def list_proposals(
        self, request: pb.ListProposalsRequest, *, caller: CallerIdentity
    ) -> pb.ListProposalsResponse:
        self._enter(caller)
        self._require_role(caller, FACILITATOR)
        own = [op for owner, op in self.operations.values() if owner == caller.user_id]
        listed = []
        for operation in reversed(own):  # newest first, without the result
            brief = pb.ProposalOperation()
            brief.CopyFrom(operation)
            brief.ClearField("result")
            listed.append(brief)
        return pb.ListProposalsResponse(operations=listed[: request.limit or 20])

    def get_pool_overview(
        self,
        request: pb.GetPoolOverviewRequest,
        *,
        caller: CallerIdentity,
        timeout_s: float | None = None,
    ) -> pb.PoolOverview:
        self._enter(caller)
        self.overview_timeouts.append(timeout_s)
        self._require_role(caller, FACILITATOR)
        self.pool_scopes.append(tuple(request.pool_organisation_ids))
        return pb.PoolOverview(open=len(self.pool))

    def propose_members(
        self, request: pb.ProposeMembersRequest, *, caller: CallerIdentity
    ) -> pb.ProposeMembersResponse:
        self._enter(caller)
        ids = list(dict.fromkeys(request.group_ids))
        if not ids:
            raise _fail(grpc.StatusCode.INVALID_ARGUMENT, "ask for 1 to 200 groups at once")
        groups = [self._facilitated(caller, group_id) for group_id in ids]
        for group in groups:
            self._open(group)
        taken = {m.person.survivor_id for g in self.groups.values() for m in g.members}
        response = pb.ProposeMembersResponse()
        left_out: dict[str, str] = {}
        for group in groups:
            group.members = [
                m for m in group.members if m.locked or m.state != pb.MEMBER_STATE_PROPOSED
            ]
            chosen = [m.person for m in group.members]
            for person in self.pool.values():
                if person.survivor_id in taken or person.survivor_id in group.removed:
                    continue
                if len(chosen) >= group.message.settings.max_size:
                    left_out.setdefault(person.alias, "NOT_PLACED")
                    continue
                linked = any(
                    person.survivor_id in other.do_not_group_with
                    or other.survivor_id in person.do_not_group_with
                    for other in chosen
                )
                if linked:
                    left_out.setdefault(person.alias, "NOT_PLACED")
                    continue
                chosen.append(person)
                taken.add(person.survivor_id)
                left_out.pop(person.alias, None)
                group.members.append(_Member(person))
            self._saved(group)
            message = self._message(group)
            feasible = len(chosen) >= group.message.settings.min_size
            response.proposals.add(
                group_id=group.message.group_id,
                members=[c for c in message.members if c.state == pb.MEMBER_STATE_PROPOSED],
                cohesion=0.5,
                shared=["language:th"],
                feasible=feasible,
                reason="" if feasible else "NOT_ENOUGH_ELIGIBLE",
            )
            response.groups.append(message)
        limit = request.max_left_out or 200
        for alias, code in sorted(left_out.items())[:limit]:
            response.left_out.add(alias=alias, code=code)
        for code in left_out.values():
            response.left_out_counts[code] = response.left_out_counts.get(code, 0) + 1
        return response

    def lock_member(self, request: pb.MemberRequest, *, caller: CallerIdentity) -> pb.Group:
        self._enter(caller)
        self.card_scopes["lock_member"] = tuple(request.pool_organisation_ids)
        group = self._facilitated(caller, request.group_id)
        self._check_version(group, request.expected_version)
        self._open(group)
        self._by_alias(group, request.alias).locked = True
        self._saved(group)
        return self._message(group)

    def remove_member(self, request: pb.MemberRequest, *, caller: CallerIdentity) -> pb.Group:
        self._enter(caller)
        self.card_scopes["remove_member"] = tuple(request.pool_organisation_ids)
        group = self._facilitated(caller, request.group_id)
        self._check_version(group, request.expected_version)
        self._open(group)
        member = self._by_alias(group, request.alias)
        group.removed.add(member.person.survivor_id)
        if member.state == pb.MEMBER_STATE_PROPOSED:
            group.members.remove(member)
        else:
            member.state = pb.MEMBER_STATE_LEFT
        self._saved(group)
        return self._message(group)

    def publish_invitations(
        self, request: pb.PublishInvitationsRequest, *, caller: CallerIdentity
    ) -> pb.Group:
        self._enter(caller)
        self.pool_scopes.append(tuple(request.pool_organisation_ids))
        group = self._facilitated(caller, request.group_id)
        self._check_version(group, request.expected_version)
        self._open(group)
        proposed = [m for m in group.members if m.state == pb.MEMBER_STATE_PROPOSED]
        if not proposed:
            raise _fail(grpc.StatusCode.FAILED_PRECONDITION, "there is no proposed member")
        for member in proposed:
            member.state = pb.MEMBER_STATE_INVITED
        self._saved(group)
        return self._message(group)

    def record_answer(self, request: pb.RecordAnswerRequest, *, caller: CallerIdentity) -> pb.Group:
        self._enter(caller)
        group = self._officer_group(caller, request.group_id, request.survivor_id)
        self._open(group)
        member = self._by_survivor(group, request.survivor_id)
        wanted = pb.MEMBER_STATE_JOINED if request.joined else pb.MEMBER_STATE_DECLINED
        if member.state != wanted:
            if member.state != pb.MEMBER_STATE_INVITED:
                raise _fail(grpc.StatusCode.FAILED_PRECONDITION, "this member cannot answer")
            member.state = wanted
            joined = sum(1 for m in group.members if m.state == pb.MEMBER_STATE_JOINED)
            if (
                group.message.status == pb.GROUP_STATUS_FORMING
                and joined >= group.message.settings.min_size
            ):
                group.message.status = pb.GROUP_STATUS_ACTIVE
                group.message.activated_at.FromSeconds(1_740_000_100)
            self._saved(group)
        return self._message(group)

    def list_survivor_groups(
        self, request: pb.ListSurvivorGroupsRequest, *, caller: CallerIdentity
    ) -> pb.ListGroupsResponse:
        """As the service: the officer's own survivor's open groups, their place only."""
        self._enter(caller)
        self._require_role(caller, OFFICER)
        person = self.pool.get(request.survivor_id)
        if person is None or person.organisation_id != caller.organisation_id:
            raise _fail(grpc.StatusCode.NOT_FOUND, "no such survivor")
        response = pb.ListGroupsResponse()
        for group in self.groups.values():
            own = [m for m in group.members if m.person.survivor_id == request.survivor_id]
            if own and group.message.status != pb.GROUP_STATUS_CLOSED:
                response.groups.append(self._message(_Group(group.message, own)))
        return response

    def withdraw_consent(
        self, request: pb.WithdrawConsentRequest, *, caller: CallerIdentity
    ) -> pb.WithdrawConsentResponse:
        self._enter(caller)
        self._require_role(caller, OFFICER)
        self.withdrawals.append((request.survivor_id, request.version))
        return pb.WithdrawConsentResponse(applied=request.survivor_id in self.pool)

    def mark_stabilising(
        self, request: pb.MarkStabilisingRequest, *, caller: CallerIdentity
    ) -> pb.MarkStabilisingResponse:
        self._enter(caller)
        self._require_role(caller, OFFICER)
        self.stabilising.append((request.survivor_id, request.version))
        return pb.MarkStabilisingResponse(applied=request.survivor_id in self.pool)

    def leave_group(self, request: pb.LeaveGroupRequest, *, caller: CallerIdentity) -> pb.Group:
        self._enter(caller)
        group = self._officer_group(caller, request.group_id, request.survivor_id)
        member = self._by_survivor(group, request.survivor_id)
        if member.state != pb.MEMBER_STATE_LEFT:
            if member.state not in (pb.MEMBER_STATE_INVITED, pb.MEMBER_STATE_JOINED):
                raise _fail(grpc.StatusCode.FAILED_PRECONDITION, "this member cannot leave")
            member.state = pb.MEMBER_STATE_LEFT
            self._saved(group)
        return self._message(group)


def _settings() -> pb.GroupSettings:
    return pb.GroupSettings(
        title="Thursday evening circle",
        languages=["th"],
        modality=pb.MODALITY_ONLINE,
        focus=common_pb2.GROUP_FOCUS_ANY,
        min_size=2,
        max_size=4,
        schedule=[common_pb2.WeeklySlot(day_of_week=4, start_minute=1080, duration_minutes=90)],
    )


def _page(operation: pb.ProposalOperation, *, offset: int, limit: int) -> pb.ProposalOperation:
    """As peer groups answers: the result's groups from ``offset``, a page of them."""
    limit = min(limit or 50, 100)
    page_ids = list(operation.group_ids)[offset : offset + limit]
    paged = pb.ProposalOperation()
    paged.CopyFrom(operation)
    del paged.result.proposals[:]
    paged.result.proposals.extend(p for p in operation.result.proposals if p.group_id in page_ids)
    del paged.result.groups[:]
    paged.result.groups.extend(g for g in operation.result.groups if g.group_id in page_ids)
    paged.next_group_offset = offset + limit if offset + limit < len(operation.group_ids) else 0
    return paged
