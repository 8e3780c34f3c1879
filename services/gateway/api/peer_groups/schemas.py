"""Bodies of the peer-group routes, and their mapping to and from ``pathways.v1`` messages.

What a facilitator sees of a person is :class:`MemberCardPublic`: alias, languages, age
band, shared interests, state, locked, since. It is mapped field by field from the
contract's ``MemberCard``, so a field the service adds later reaches no facilitator until
this model names it. No model here has a survivor id; officers send one (their own
survivor's) and get the group back at the same alias level.
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Annotated, Any, Literal, Self

from pydantic import BaseModel, ConfigDict, Field, StrictInt, StringConstraints, model_validator

from gateway.api.types import (
    CountryCode,
    GroupFocus,
    NFCText,
    PseudonymousId,
    StrictModel,
    WeeklySlot,
    timestamp_of,
)
from gateway.proto_enums import from_proto, maps_to, to_proto
from pathways.v1 import peer_groups_pb2 as pb

__all__ = [
    "MAX_GROUPS_PER_PROPOSAL",
    "AnswerCreate",
    "DepartureCreate",
    "ExclusionPublic",
    "GroupProposalPublic",
    "GroupSettingsIn",
    "GroupSettingsPublic",
    "GroupStatus",
    "Language",
    "MemberCardPublic",
    "MemberState",
    "Modality",
    "PeerGroupPublic",
    "PoolOverviewPublic",
    "ProposalCreate",
    "ProposalErrorPublic",
    "ProposalOperationPublic",
    "ProposalResult",
    "ProposalState",
    "group_status_to_proto",
]

#: Several groups at once (a programme's 400 groups over a 10,000-person pool), bounded: a
#: large request runs as a long-running operation (202), never against the deadline.
MAX_GROUPS_PER_PROPOSAL = 400

_GROUP_ID = "grp_0c1d2e3f4a5b6c7d8e9f0a1b"


@maps_to(pb.Modality, "MODALITY_")
class Modality(StrEnum):
    IN_PERSON = "in_person"
    ONLINE = "online"


@maps_to(pb.GroupStatus, "GROUP_STATUS_")
class GroupStatus(StrEnum):
    FORMING = "forming"
    ACTIVE = "active"
    BELOW_MINIMUM = "below_minimum"
    CLOSED = "closed"


@maps_to(pb.MemberState, "MEMBER_STATE_")
class MemberState(StrEnum):
    PROPOSED = "proposed"
    INVITED = "invited"
    JOINED = "joined"
    DECLINED = "declined"
    LEFT = "left"


def group_status_to_proto(status: GroupStatus | None) -> Any:
    return pb.GROUP_STATUS_UNSPECIFIED if status is None else to_proto(status)


Language = Annotated[str, StringConstraints(pattern=r"^[a-z]{2,3}$")]
_Title = Annotated[NFCText, StringConstraints(max_length=120)]
_District = Annotated[NFCText, StringConstraints(min_length=1, max_length=100)]

_SETTINGS_EXAMPLE: dict[str, Any] = {
    "title": "Thursday evening circle",
    "languages": ["th"],
    "modality": "in_person",
    "country": "TH",
    "district": "Bang Rak",
    "focus": "any",
    "min_size": 4,
    "max_size": 8,
    "schedule": [{"day_of_week": 4, "start_minute": 1080, "duration_minutes": 90}],
}


class GroupSettingsIn(StrictModel):
    """A group's settings, sent whole on create and on update. The title names the group,
    never a person; in person groups meet in a district, online groups have none."""

    model_config = ConfigDict(
        extra="forbid", frozen=True, json_schema_extra={"examples": [_SETTINGS_EXAMPLE]}
    )

    title: _Title = ""
    languages: Annotated[list[Language], Field(min_length=1, max_length=5)] = Field(
        description="Working languages (BCP 47 primary tags): every member speaks one."
    )
    modality: Modality
    country: CountryCode | None = Field(default=None, description="In person only.")
    district: _District | None = Field(default=None, description="In person only.")
    focus: GroupFocus = GroupFocus.ANY
    focuses: Annotated[list[GroupFocus], Field(max_length=4)] = Field(
        default_factory=list,
        description="More focuses every member must have chosen, beside `focus` "
        "(a youth group for labour-trafficking survivors: focus youth, focuses "
        "[labour_trafficking]).",
    )
    adults_only: bool = Field(default=False, description="No minor is proposed.")
    min_size: Annotated[StrictInt, Field(ge=2, le=20)]
    max_size: Annotated[StrictInt, Field(ge=2, le=20)]
    schedule: Annotated[list[WeeklySlot], Field(min_length=1, max_length=14)]

    @model_validator(mode="after")
    def _coherent(self) -> Self:
        if self.min_size > self.max_size:
            raise ValueError("min_size must not exceed max_size")
        if self.modality is Modality.IN_PERSON and (self.country is None or self.district is None):
            raise ValueError("an in-person group needs its country and district")
        if self.modality is Modality.ONLINE and (
            self.country is not None or self.district is not None
        ):
            raise ValueError("an online group has no country or district")
        return self

    def to_proto(self) -> pb.GroupSettings:
        return pb.GroupSettings(
            title=self.title,
            languages=list(dict.fromkeys(self.languages)),
            modality=to_proto(self.modality),
            country=self.country or "",
            district=self.district or "",
            focus=to_proto(self.focus),
            focuses=[to_proto(f) for f in dict.fromkeys(self.focuses) if f is not GroupFocus.ANY],
            adults_only=self.adults_only,
            min_size=self.min_size,
            max_size=self.max_size,
            schedule=[slot.to_proto() for slot in self.schedule],
        )


class GroupSettingsPublic(BaseModel):
    title: str
    languages: list[str]
    modality: Modality | None
    country: str | None
    district: str | None
    focus: GroupFocus | None
    focuses: list[GroupFocus] = Field(description="Every focus a member must have chosen.")
    adults_only: bool
    min_size: int
    max_size: int
    schedule: list[WeeklySlot]

    @classmethod
    def of(cls, message: pb.GroupSettings) -> GroupSettingsPublic:
        return cls(
            title=message.title,
            languages=list(message.languages),
            modality=from_proto(Modality, message.modality),
            country=message.country or None,
            district=message.district or None,
            focus=from_proto(GroupFocus, message.focus),
            focuses=[f for f in (from_proto(GroupFocus, x) for x in message.focuses) if f],
            adults_only=message.adults_only,
            min_size=message.min_size,
            max_size=message.max_size,
            schedule=[WeeklySlot.of(slot) for slot in message.schedule],
        )


class MemberCardPublic(BaseModel):
    """All a facilitator sees of a member: no name, contact, history or place."""

    alias: str = Field(examples=["P-7KQ4XM"])
    languages: list[str] = Field(
        description="The group's languages the member speaks; no other.", examples=[["th"]]
    )
    age_band: str = Field(examples=["25-34"])
    shared_interests: list[str] = Field(
        description="Interests shared with at least one other member.", examples=[["cooking"]]
    )
    state: MemberState | None
    locked: bool
    since: datetime | None = Field(description="When the member reached this state.")

    @classmethod
    def of(cls, message: pb.MemberCard) -> MemberCardPublic:
        return cls(
            alias=message.alias,
            languages=list(message.languages),
            age_band=message.age_band,
            shared_interests=list(message.shared_interests),
            state=from_proto(MemberState, message.state),
            locked=message.locked,
            since=timestamp_of(message.since),
        )


class PeerGroupPublic(BaseModel):
    id: str = Field(examples=[_GROUP_ID])
    organisation_id: str
    facilitator_id: str
    settings: GroupSettingsPublic
    status: GroupStatus | None
    members: list[MemberCardPublic]
    version: int = Field(description="Also in the `ETag` header; send it back in `If-Match`.")
    created_at: datetime | None
    activated_at: datetime | None
    closed_at: datetime | None

    @classmethod
    def of(cls, message: pb.Group) -> PeerGroupPublic:
        return cls(
            id=message.group_id,
            organisation_id=message.organisation_id,
            facilitator_id=message.facilitator_id,
            settings=GroupSettingsPublic.of(message.settings),
            status=from_proto(GroupStatus, message.status),
            members=[MemberCardPublic.of(card) for card in message.members],
            version=message.version,
            created_at=timestamp_of(message.created_at),
            activated_at=timestamp_of(message.activated_at),
            closed_at=timestamp_of(message.closed_at),
        )


class ProposalCreate(StrictModel):
    """Groups of your organisation to fill together (each person goes to one group at
    most). The same seed over the same pool gives the same proposal."""

    model_config = ConfigDict(
        extra="forbid",
        frozen=True,
        json_schema_extra={"examples": [{"group_ids": [_GROUP_ID], "seed": 7}]},
    )

    group_ids: Annotated[
        list[PseudonymousId], Field(min_length=1, max_length=MAX_GROUPS_PER_PROPOSAL)
    ]
    seed: Annotated[StrictInt, Field(ge=0, le=2**62)] = 0
    max_left_out: Annotated[StrictInt, Field(ge=1, le=1000)] = Field(
        default=200, description="How many left-out aliases to list (all are counted)."
    )

    @model_validator(mode="after")
    def _distinct(self) -> Self:
        if len(set(self.group_ids)) != len(self.group_ids):
            raise ValueError("name each group once")
        return self

    def to_proto(self) -> pb.ProposeMembersRequest:
        return pb.ProposeMembersRequest(
            group_ids=self.group_ids, seed=self.seed, max_left_out=self.max_left_out
        )


class GroupProposalPublic(BaseModel):
    group_id: str
    members: list[MemberCardPublic]
    cohesion: float = Field(description="0 to 1: how much the members have in common.")
    shared: list[str] = Field(description="What the members share: interests, stage, language.")
    feasible: bool = Field(description="False: too few eligible people for the minimum size.")
    reason: str | None = Field(description="Why not feasible (a code).")

    @classmethod
    def of(cls, message: pb.GroupProposal) -> GroupProposalPublic:
        return cls(
            group_id=message.group_id,
            members=[MemberCardPublic.of(card) for card in message.members],
            cohesion=message.cohesion,
            shared=list(message.shared),
            feasible=message.feasible,
            reason=message.reason or None,
        )


class ExclusionPublic(BaseModel):
    alias: str
    code: str = Field(examples=["NO_SHARED_LANGUAGE", "NO_SLOT_OVERLAP", "NOT_PLACED"])


class ProposalResult(BaseModel):
    proposals: list[GroupProposalPublic] = Field(
        description="A page of the groups asked for (`groups_from`, at most `groups_limit`)."
    )
    left_out: list[ExclusionPublic] = Field(
        description=(
            "Left-out pool members of the caller's own organisation, by alias. A partner"
            " NGO's survivors left out are counted in `left_out_counts`, never named: an"
            " in-person group's candidates are the people of its district."
        )
    )
    left_out_counts: dict[str, int] = Field(description="Every left-out pool member, by reason.")
    groups: list[PeerGroupPublic] = Field(description="The groups as saved with the proposals.")
    groups_total: int = Field(description="How many groups the proposal was asked for.")
    next_groups_from: int | None = Field(
        description="Read the proposal again with `groups_from` set to this for the next "
        "page of groups; null when this page is the last."
    )

    @classmethod
    def of(cls, message: pb.ProposalOperation) -> ProposalResult:
        result = message.result
        return cls(
            proposals=[GroupProposalPublic.of(p) for p in result.proposals],
            left_out=[ExclusionPublic(alias=x.alias, code=x.code) for x in result.left_out],
            left_out_counts=dict(sorted(result.left_out_counts.items())),
            groups=[PeerGroupPublic.of(group) for group in result.groups],
            groups_total=message.groups_total,
            next_groups_from=message.next_group_offset or None,
        )


class AnswerCreate(StrictModel):
    """The survivor's own answer to an invitation, recorded by their officer."""

    model_config = ConfigDict(
        extra="forbid",
        frozen=True,
        json_schema_extra={
            "examples": [{"survivor_id": "srv_3f2a9c0d6b1e4f7a8c9d0e1f", "answer": "joined"}]
        },
    )

    survivor_id: PseudonymousId
    answer: Literal["joined", "declined"]


class DepartureCreate(StrictModel):
    """A survivor leaves a group they joined (or had been invited to)."""

    model_config = ConfigDict(
        extra="forbid",
        frozen=True,
        json_schema_extra={"examples": [{"survivor_id": "srv_3f2a9c0d6b1e4f7a8c9d0e1f"}]},
    )

    survivor_id: PseudonymousId


@maps_to(pb.ProposalState, "PROPOSAL_STATE_")
class ProposalState(StrEnum):
    RUNNING = "running"
    SUCCEEDED = "succeeded"
    FAILED = "failed"


class ProposalErrorPublic(BaseModel):
    code: str = Field(examples=["not_allowed_now", "interrupted", "unavailable"])
    detail: str


class ProposalOperationPublic(BaseModel):
    """A proposal request as a long-running operation: poll its URL until it is no longer
    running; the result is there once it succeeded."""

    id: str = Field(examples=["pro_0c1d2e3f4a5b6c7d8e9f0a1b"])
    state: ProposalState | None
    group_ids: list[str]
    created_at: datetime | None
    finished_at: datetime | None
    result: ProposalResult | None = Field(description="When the state is `succeeded`.")
    error: ProposalErrorPublic | None = Field(description="When the state is `failed`.")

    @classmethod
    def of(cls, message: pb.ProposalOperation) -> ProposalOperationPublic:
        state = from_proto(ProposalState, message.state)
        return cls(
            id=message.operation_id,
            state=state,
            group_ids=list(message.group_ids),
            created_at=timestamp_of(message.created_at),
            finished_at=timestamp_of(message.finished_at),
            result=ProposalResult.of(message) if message.HasField("result") else None,
            error=ProposalErrorPublic(code=message.error_code, detail=message.error_detail)
            if state is ProposalState.FAILED
            else None,
        )


class PoolOverviewPublic(BaseModel):
    """Counts of people open to peer groups (consented and ready), speaking one of the
    languages asked about. Nobody is named; places are countries only; readiness stages are
    not counted. A count from 1 to ``suppressed_below - 1`` is null, and so is a second one
    where a breakdown adds up to ``open`` and the withheld count could be had by
    subtraction; every other count is rounded down to a multiple of ``rounded_to``. A large
    pool scope is counted from a sample of its people (``estimated``): every count is then
    an estimate, scaled from the ``people_considered``."""

    open: int | None
    by_language: dict[str, int | None]
    by_country: dict[str, int | None]
    by_focus: dict[str, int | None]
    by_day: dict[str, int | None] = Field(description="Free on that day (1 = Monday).")
    minors: int | None
    suppressed_below: int = Field(
        description="Counts from 1 to this less one are null, so that nobody is singled out."
    )
    rounded_to: int = Field(
        default=1,
        description=(
            "Counts shown are rounded down to a multiple of this: two overviews that differ "
            "by one person (other languages asked about, or read before and after a change) "
            "seldom differ at all."
        ),
    )
    estimated: bool = Field(default=False, description="The counts are estimated from a sample.")
    people_considered: int | None = Field(
        default=0, description="People opened to count them (null from 1 to the limit less one)."
    )

    @classmethod
    def of(
        cls, message: pb.PoolOverview, *, suppress_below: int, round_to: int = 1
    ) -> PoolOverviewPublic:
        """``message`` with every count from 1 to ``suppress_below - 1`` withheld (null),
        as the dashboards' counts are: a facilitator comparing overviews over time must not
        single out one minor or one newcomer. Zero stays; larger counts are rounded down to
        a multiple of ``round_to``, but for the complement (``_with_complement_withheld``)
        in the breakdown that adds up to ``open``: each person has one country.

        Rounding, because exact counts could still be subtracted from one another (the
        session 35 probe): ``open`` for Thai speakers (6) and for Thai or Khmer speakers (9)
        gave the Khmer speakers a count withheld when asked alone (3); and ``open`` read
        before and after a member's card turned "left" told a partner's facilitator whether
        they had left the group or dropped out of the pool (a readiness assessment, a
        consent withdrawn). Rounded down to 5, such a difference of one or a few shows
        only when it crosses a multiple of 5."""

        def _shown(count: int) -> int | None:
            if 0 < count < suppress_below:
                return None
            return count - count % round_to

        def counts(items: Any) -> dict[str, int | None]:
            return {c.key: _shown(c.count) for c in items}

        open_count = _shown(message.open)
        by_country = counts(message.by_country)
        if not _with_complement_withheld(by_country):
            open_count = None
        return cls(
            open=open_count,
            by_language=counts(message.by_language),
            by_country=by_country,
            by_focus=counts(message.by_focus),
            by_day=counts(message.by_day),
            minors=_shown(message.minors),
            suppressed_below=suppress_below,
            rounded_to=round_to,
            estimated=message.estimated,
            people_considered=_shown(message.people_considered),
        )


def _with_complement_withheld(partition: dict[str, int | None]) -> bool:
    """Withhold one more count of a breakdown that adds up to the total when exactly one is
    withheld, the smallest shown above 0 (else the one withheld is the total less the
    others: 71 open, 62 and 6 shown, so 3 training-ready). False when there is none to
    withhold, and the total must then be withheld instead."""
    withheld = [key for key, count in partition.items() if count is None]
    if len(withheld) != 1:
        return True
    shown = [(count, key) for key, count in partition.items() if count]
    if not shown:
        return False
    partition[min(shown)[1]] = None
    return True
