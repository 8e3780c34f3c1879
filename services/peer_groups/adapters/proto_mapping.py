"""Domain objects to protobuf messages and back: the only place that knows both."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import TypeVar

from google.protobuf.timestamp_pb2 import Timestamp

from pathways.v1 import common_pb2, peer_groups_pb2
from peer_groups.domain.errors import InvalidInput
from peer_groups.domain.formation import Formation, Proposal, told_left_out
from peer_groups.domain.group import GroupSettings
from peer_groups.domain.values import GroupFocus, GroupStatus, MemberState, Modality, WeeklySlot
from peer_groups.service_layer.pool_overview import PoolOverview
from peer_groups.service_layer.proposal_operations import OperationState, ProposalReading
from peer_groups.service_layer.queries import GroupView, MemberCard, cards_from

__all__ = [
    "STATUS",
    "formation_to_proto",
    "group_to_proto",
    "operation_to_proto",
    "pool_overview_to_proto",
    "settings_from_proto",
    "status_from_proto",
]

E = TypeVar("E")

MODALITY = {
    Modality.IN_PERSON: peer_groups_pb2.MODALITY_IN_PERSON,
    Modality.ONLINE: peer_groups_pb2.MODALITY_ONLINE,
}
FOCUS = {
    GroupFocus.ANY: common_pb2.GROUP_FOCUS_ANY,
    GroupFocus.LABOUR_TRAFFICKING: common_pb2.GROUP_FOCUS_LABOUR_TRAFFICKING,
    GroupFocus.SEX_TRAFFICKING: common_pb2.GROUP_FOCUS_SEX_TRAFFICKING,
    GroupFocus.WOMEN_ONLY: common_pb2.GROUP_FOCUS_WOMEN_ONLY,
    GroupFocus.YOUTH: common_pb2.GROUP_FOCUS_YOUTH,
}
STATUS = {
    GroupStatus.FORMING: peer_groups_pb2.GROUP_STATUS_FORMING,
    GroupStatus.ACTIVE: peer_groups_pb2.GROUP_STATUS_ACTIVE,
    GroupStatus.BELOW_MINIMUM: peer_groups_pb2.GROUP_STATUS_BELOW_MINIMUM,
    GroupStatus.CLOSED: peer_groups_pb2.GROUP_STATUS_CLOSED,
}
MEMBER_STATE = {
    MemberState.PROPOSED: peer_groups_pb2.MEMBER_STATE_PROPOSED,
    MemberState.INVITED: peer_groups_pb2.MEMBER_STATE_INVITED,
    MemberState.JOINED: peer_groups_pb2.MEMBER_STATE_JOINED,
    MemberState.DECLINED: peer_groups_pb2.MEMBER_STATE_DECLINED,
    MemberState.LEFT: peer_groups_pb2.MEMBER_STATE_LEFT,
}


def _from_proto(table: Mapping[E, int], value: int, *, what: str) -> E:
    for domain_value, proto_value in table.items():
        if proto_value == value:
            return domain_value
    raise InvalidInput(f"{what} is missing or unknown")


def status_from_proto(value: int) -> GroupStatus | None:
    if value == peer_groups_pb2.GROUP_STATUS_UNSPECIFIED:
        return None
    return _from_proto(STATUS, value, what="status")


def _timestamp(value: datetime | None) -> Timestamp | None:
    if value is None:
        return None
    stamp = Timestamp()
    stamp.FromDatetime(value)
    return stamp


def settings_from_proto(message: peer_groups_pb2.GroupSettings) -> GroupSettings:
    if len(message.schedule) > 50 or len(message.languages) > 50 or len(message.focuses) > 10:
        raise InvalidInput("too many languages, slots or focuses")
    focuses = frozenset(_from_proto(FOCUS, f, what="focus") for f in message.focuses)
    focus = (
        GroupFocus.ANY
        if focuses and message.focus == common_pb2.GROUP_FOCUS_UNSPECIFIED
        else _from_proto(FOCUS, message.focus, what="focus")
    )
    return GroupSettings(
        title=message.title,
        languages=frozenset(message.languages),
        modality=_from_proto(MODALITY, message.modality, what="modality"),
        country=message.country,
        district=message.district,
        focus=focus,
        focuses=focuses,
        adults_only=message.adults_only,
        min_size=message.min_size,
        max_size=message.max_size,
        schedule=tuple(
            WeeklySlot(s.day_of_week, s.start_minute, s.duration_minutes) for s in message.schedule
        ),
    )


def settings_to_proto(settings: GroupSettings) -> peer_groups_pb2.GroupSettings:
    return peer_groups_pb2.GroupSettings(
        title=settings.title,
        languages=sorted(settings.languages),
        modality=MODALITY[settings.modality],
        country=settings.country,
        district=settings.district,
        focus=FOCUS[settings.focus],
        focuses=[FOCUS[f] for f in sorted(settings.required_focuses, key=lambda f: f.value)],
        adults_only=settings.adults_only,
        min_size=settings.min_size,
        max_size=settings.max_size,
        schedule=[
            common_pb2.WeeklySlot(
                day_of_week=s.day_of_week,
                start_minute=s.start_minute,
                duration_minutes=s.duration_minutes,
            )
            for s in settings.schedule
        ],
    )


def card_to_proto(card: MemberCard) -> peer_groups_pb2.MemberCard:
    return peer_groups_pb2.MemberCard(
        alias=card.alias,
        languages=list(card.languages),
        age_band=card.age_band,
        shared_interests=list(card.shared_interests),
        state=MEMBER_STATE[card.member.state],
        locked=card.member.locked,
        since=_timestamp(card.member.since),
    )


def group_to_proto(view: GroupView) -> peer_groups_pb2.Group:
    group = view.group
    return peer_groups_pb2.Group(
        group_id=group.group_id,
        organisation_id=group.organisation_id,
        facilitator_id=group.facilitator_id,
        settings=settings_to_proto(group.settings),
        status=STATUS[group.status],
        members=[card_to_proto(card) for card in view.cards],
        version=group.version,
        created_at=_timestamp(group.created_at),
        activated_at=_timestamp(group.activated_at),
        closed_at=_timestamp(group.closed_at),
    )


def _proposal_to_proto(proposal: Proposal, view: GroupView) -> peer_groups_pb2.GroupProposal:
    proposed = {m.survivor_id for m in proposal.members}
    return peer_groups_pb2.GroupProposal(
        group_id=proposal.group_id,
        members=[card_to_proto(card) for card in view.cards if card.member.survivor_id in proposed],
        cohesion=proposal.cohesion,
        shared=list(proposal.shared),
        feasible=proposal.feasible,
        reason=proposal.reason.value if proposal.reason else "",
    )


def formation_to_proto(
    formation: Formation,
    views: Sequence[GroupView],
    *,
    aliases: Mapping[str, str],
    max_left_out: int,
) -> peer_groups_pb2.ProposeMembersResponse:
    """Proposals as cards; left-out people by alias only, with the rule that kept them out
    as a facilitator is told it (``formation.told_left_out``)."""
    left_out, counts = told_left_out(formation, aliases, limit=max_left_out)
    return peer_groups_pb2.ProposeMembersResponse(
        proposals=[
            _proposal_to_proto(p, v) for p, v in zip(formation.proposals, views, strict=True)
        ],
        left_out=[peer_groups_pb2.ExclusionReason(alias=x.alias, code=x.code) for x in left_out],
        left_out_counts=counts,
        groups=[group_to_proto(v) for v in views],
    )


OPERATION_STATE = {
    OperationState.RUNNING: peer_groups_pb2.PROPOSAL_STATE_RUNNING,
    OperationState.SUCCEEDED: peer_groups_pb2.PROPOSAL_STATE_SUCCEEDED,
    OperationState.FAILED: peer_groups_pb2.PROPOSAL_STATE_FAILED,
}


def _operation_result(
    reading: ProposalReading, *, max_left_out: int
) -> peer_groups_pb2.ProposeMembersResponse | None:
    summary = reading.operation.summary
    if summary is None:
        return None
    views = {g.group_id: GroupView(g, cards_from(g, reading.known)) for g in reading.groups}
    proposals = []
    for outcome in summary.groups:
        view = views.get(outcome.group_id)
        if view is None:
            continue  # gone since (erased organisation): nothing to show
        holding = {m.survivor_id for m in view.group.holding}
        feasible = outcome.feasible
        proposals.append(
            peer_groups_pb2.GroupProposal(
                group_id=outcome.group_id,
                members=[card_to_proto(c) for c in view.cards if c.member.survivor_id in holding],
                cohesion=outcome.cohesion,
                shared=list(reading.shared.get(outcome.group_id, ())) if feasible else [],
                feasible=feasible,
                reason=outcome.reason,
            )
        )
    return peer_groups_pb2.ProposeMembersResponse(
        proposals=proposals,
        left_out=[
            peer_groups_pb2.ExclusionReason(alias=x.alias, code=x.code)
            for x in summary.left_out[:max_left_out]
        ],
        left_out_counts=summary.left_out_counts,
        groups=[group_to_proto(v) for v in views.values()],
    )


def operation_to_proto(
    reading: ProposalReading, *, max_left_out: int
) -> peer_groups_pb2.ProposalOperation:
    """An operation as its facilitator reads it; the result only once it succeeded."""
    op = reading.operation
    return peer_groups_pb2.ProposalOperation(
        operation_id=op.operation_id,
        state=OPERATION_STATE[op.state],
        group_ids=list(op.group_ids),
        created_at=_timestamp(op.created_at),
        finished_at=_timestamp(op.finished_at),
        result=_operation_result(reading, max_left_out=max_left_out),
        error_code=op.error_code,
        error_detail=op.error_detail,
        groups_total=len(op.summary.groups) if op.summary is not None else 0,
        next_group_offset=reading.next_offset,
    )


def _counts(counts: Mapping[str, int] | Mapping[int, int]) -> list[peer_groups_pb2.PoolCount]:
    return [
        peer_groups_pb2.PoolCount(key=str(key), count=count)
        for key, count in sorted(counts.items(), key=lambda kv: (-kv[1], str(kv[0])))
    ]


def pool_overview_to_proto(overview: PoolOverview) -> peer_groups_pb2.PoolOverview:
    return peer_groups_pb2.PoolOverview(
        open=overview.open,
        by_language=_counts(overview.by_language),
        by_country=_counts(overview.by_country),
        by_focus=_counts(overview.by_focus),
        by_day=_counts(overview.by_day),
        minors=overview.minors,
        estimated=overview.estimated,
        people_considered=overview.considered,
    )
