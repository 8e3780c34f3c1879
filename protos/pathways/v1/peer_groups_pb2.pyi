import datetime

from google.protobuf import timestamp_pb2 as _timestamp_pb2
from pathways.v1 import common_pb2 as _common_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class Modality(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    MODALITY_UNSPECIFIED: _ClassVar[Modality]
    MODALITY_IN_PERSON: _ClassVar[Modality]
    MODALITY_ONLINE: _ClassVar[Modality]

class GroupStatus(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    GROUP_STATUS_UNSPECIFIED: _ClassVar[GroupStatus]
    GROUP_STATUS_FORMING: _ClassVar[GroupStatus]
    GROUP_STATUS_ACTIVE: _ClassVar[GroupStatus]
    GROUP_STATUS_CLOSED: _ClassVar[GroupStatus]
    GROUP_STATUS_BELOW_MINIMUM: _ClassVar[GroupStatus]

class MemberState(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    MEMBER_STATE_UNSPECIFIED: _ClassVar[MemberState]
    MEMBER_STATE_PROPOSED: _ClassVar[MemberState]
    MEMBER_STATE_INVITED: _ClassVar[MemberState]
    MEMBER_STATE_JOINED: _ClassVar[MemberState]
    MEMBER_STATE_DECLINED: _ClassVar[MemberState]
    MEMBER_STATE_LEFT: _ClassVar[MemberState]

class ProposalState(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    PROPOSAL_STATE_UNSPECIFIED: _ClassVar[ProposalState]
    PROPOSAL_STATE_RUNNING: _ClassVar[ProposalState]
    PROPOSAL_STATE_SUCCEEDED: _ClassVar[ProposalState]
    PROPOSAL_STATE_FAILED: _ClassVar[ProposalState]
MODALITY_UNSPECIFIED: Modality
MODALITY_IN_PERSON: Modality
MODALITY_ONLINE: Modality
GROUP_STATUS_UNSPECIFIED: GroupStatus
GROUP_STATUS_FORMING: GroupStatus
GROUP_STATUS_ACTIVE: GroupStatus
GROUP_STATUS_CLOSED: GroupStatus
GROUP_STATUS_BELOW_MINIMUM: GroupStatus
MEMBER_STATE_UNSPECIFIED: MemberState
MEMBER_STATE_PROPOSED: MemberState
MEMBER_STATE_INVITED: MemberState
MEMBER_STATE_JOINED: MemberState
MEMBER_STATE_DECLINED: MemberState
MEMBER_STATE_LEFT: MemberState
PROPOSAL_STATE_UNSPECIFIED: ProposalState
PROPOSAL_STATE_RUNNING: ProposalState
PROPOSAL_STATE_SUCCEEDED: ProposalState
PROPOSAL_STATE_FAILED: ProposalState

class GroupSettings(_message.Message):
    __slots__ = ("title", "languages", "modality", "country", "district", "focus", "min_size", "max_size", "schedule", "focuses", "adults_only")
    TITLE_FIELD_NUMBER: _ClassVar[int]
    LANGUAGES_FIELD_NUMBER: _ClassVar[int]
    MODALITY_FIELD_NUMBER: _ClassVar[int]
    COUNTRY_FIELD_NUMBER: _ClassVar[int]
    DISTRICT_FIELD_NUMBER: _ClassVar[int]
    FOCUS_FIELD_NUMBER: _ClassVar[int]
    MIN_SIZE_FIELD_NUMBER: _ClassVar[int]
    MAX_SIZE_FIELD_NUMBER: _ClassVar[int]
    SCHEDULE_FIELD_NUMBER: _ClassVar[int]
    FOCUSES_FIELD_NUMBER: _ClassVar[int]
    ADULTS_ONLY_FIELD_NUMBER: _ClassVar[int]
    title: str
    languages: _containers.RepeatedScalarFieldContainer[str]
    modality: Modality
    country: str
    district: str
    focus: _common_pb2.GroupFocus
    min_size: int
    max_size: int
    schedule: _containers.RepeatedCompositeFieldContainer[_common_pb2.WeeklySlot]
    focuses: _containers.RepeatedScalarFieldContainer[_common_pb2.GroupFocus]
    adults_only: bool
    def __init__(self, title: _Optional[str] = ..., languages: _Optional[_Iterable[str]] = ..., modality: _Optional[_Union[Modality, str]] = ..., country: _Optional[str] = ..., district: _Optional[str] = ..., focus: _Optional[_Union[_common_pb2.GroupFocus, str]] = ..., min_size: _Optional[int] = ..., max_size: _Optional[int] = ..., schedule: _Optional[_Iterable[_Union[_common_pb2.WeeklySlot, _Mapping]]] = ..., focuses: _Optional[_Iterable[_Union[_common_pb2.GroupFocus, str]]] = ..., adults_only: _Optional[bool] = ...) -> None: ...

class MemberCard(_message.Message):
    __slots__ = ("alias", "languages", "age_band", "shared_interests", "state", "locked", "since")
    ALIAS_FIELD_NUMBER: _ClassVar[int]
    LANGUAGES_FIELD_NUMBER: _ClassVar[int]
    AGE_BAND_FIELD_NUMBER: _ClassVar[int]
    SHARED_INTERESTS_FIELD_NUMBER: _ClassVar[int]
    STATE_FIELD_NUMBER: _ClassVar[int]
    LOCKED_FIELD_NUMBER: _ClassVar[int]
    SINCE_FIELD_NUMBER: _ClassVar[int]
    alias: str
    languages: _containers.RepeatedScalarFieldContainer[str]
    age_band: str
    shared_interests: _containers.RepeatedScalarFieldContainer[str]
    state: MemberState
    locked: bool
    since: _timestamp_pb2.Timestamp
    def __init__(self, alias: _Optional[str] = ..., languages: _Optional[_Iterable[str]] = ..., age_band: _Optional[str] = ..., shared_interests: _Optional[_Iterable[str]] = ..., state: _Optional[_Union[MemberState, str]] = ..., locked: _Optional[bool] = ..., since: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class Group(_message.Message):
    __slots__ = ("group_id", "organisation_id", "facilitator_id", "settings", "status", "members", "version", "created_at", "activated_at", "closed_at")
    GROUP_ID_FIELD_NUMBER: _ClassVar[int]
    ORGANISATION_ID_FIELD_NUMBER: _ClassVar[int]
    FACILITATOR_ID_FIELD_NUMBER: _ClassVar[int]
    SETTINGS_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    MEMBERS_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    CREATED_AT_FIELD_NUMBER: _ClassVar[int]
    ACTIVATED_AT_FIELD_NUMBER: _ClassVar[int]
    CLOSED_AT_FIELD_NUMBER: _ClassVar[int]
    group_id: str
    organisation_id: str
    facilitator_id: str
    settings: GroupSettings
    status: GroupStatus
    members: _containers.RepeatedCompositeFieldContainer[MemberCard]
    version: int
    created_at: _timestamp_pb2.Timestamp
    activated_at: _timestamp_pb2.Timestamp
    closed_at: _timestamp_pb2.Timestamp
    def __init__(self, group_id: _Optional[str] = ..., organisation_id: _Optional[str] = ..., facilitator_id: _Optional[str] = ..., settings: _Optional[_Union[GroupSettings, _Mapping]] = ..., status: _Optional[_Union[GroupStatus, str]] = ..., members: _Optional[_Iterable[_Union[MemberCard, _Mapping]]] = ..., version: _Optional[int] = ..., created_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., activated_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., closed_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class CreateGroupRequest(_message.Message):
    __slots__ = ("settings", "request_id")
    SETTINGS_FIELD_NUMBER: _ClassVar[int]
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    settings: GroupSettings
    request_id: str
    def __init__(self, settings: _Optional[_Union[GroupSettings, _Mapping]] = ..., request_id: _Optional[str] = ...) -> None: ...

class UpdateGroupRequest(_message.Message):
    __slots__ = ("group_id", "settings", "expected_version", "pool_organisation_ids")
    GROUP_ID_FIELD_NUMBER: _ClassVar[int]
    SETTINGS_FIELD_NUMBER: _ClassVar[int]
    EXPECTED_VERSION_FIELD_NUMBER: _ClassVar[int]
    POOL_ORGANISATION_IDS_FIELD_NUMBER: _ClassVar[int]
    group_id: str
    settings: GroupSettings
    expected_version: int
    pool_organisation_ids: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, group_id: _Optional[str] = ..., settings: _Optional[_Union[GroupSettings, _Mapping]] = ..., expected_version: _Optional[int] = ..., pool_organisation_ids: _Optional[_Iterable[str]] = ...) -> None: ...

class CloseGroupRequest(_message.Message):
    __slots__ = ("group_id", "expected_version", "pool_organisation_ids")
    GROUP_ID_FIELD_NUMBER: _ClassVar[int]
    EXPECTED_VERSION_FIELD_NUMBER: _ClassVar[int]
    POOL_ORGANISATION_IDS_FIELD_NUMBER: _ClassVar[int]
    group_id: str
    expected_version: int
    pool_organisation_ids: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, group_id: _Optional[str] = ..., expected_version: _Optional[int] = ..., pool_organisation_ids: _Optional[_Iterable[str]] = ...) -> None: ...

class GetGroupRequest(_message.Message):
    __slots__ = ("group_id", "pool_organisation_ids")
    GROUP_ID_FIELD_NUMBER: _ClassVar[int]
    POOL_ORGANISATION_IDS_FIELD_NUMBER: _ClassVar[int]
    group_id: str
    pool_organisation_ids: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, group_id: _Optional[str] = ..., pool_organisation_ids: _Optional[_Iterable[str]] = ...) -> None: ...

class ListGroupsRequest(_message.Message):
    __slots__ = ("mine_only", "status", "page", "pool_organisation_ids")
    MINE_ONLY_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    PAGE_FIELD_NUMBER: _ClassVar[int]
    POOL_ORGANISATION_IDS_FIELD_NUMBER: _ClassVar[int]
    mine_only: bool
    status: GroupStatus
    page: _common_pb2.PageRequest
    pool_organisation_ids: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, mine_only: _Optional[bool] = ..., status: _Optional[_Union[GroupStatus, str]] = ..., page: _Optional[_Union[_common_pb2.PageRequest, _Mapping]] = ..., pool_organisation_ids: _Optional[_Iterable[str]] = ...) -> None: ...

class ListGroupsResponse(_message.Message):
    __slots__ = ("groups", "next_page_token")
    GROUPS_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    groups: _containers.RepeatedCompositeFieldContainer[Group]
    next_page_token: str
    def __init__(self, groups: _Optional[_Iterable[_Union[Group, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...

class ProposeMembersRequest(_message.Message):
    __slots__ = ("group_ids", "seed", "max_left_out", "pool_organisation_ids")
    GROUP_IDS_FIELD_NUMBER: _ClassVar[int]
    SEED_FIELD_NUMBER: _ClassVar[int]
    MAX_LEFT_OUT_FIELD_NUMBER: _ClassVar[int]
    POOL_ORGANISATION_IDS_FIELD_NUMBER: _ClassVar[int]
    group_ids: _containers.RepeatedScalarFieldContainer[str]
    seed: int
    max_left_out: int
    pool_organisation_ids: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, group_ids: _Optional[_Iterable[str]] = ..., seed: _Optional[int] = ..., max_left_out: _Optional[int] = ..., pool_organisation_ids: _Optional[_Iterable[str]] = ...) -> None: ...

class ExclusionReason(_message.Message):
    __slots__ = ("alias", "code")
    ALIAS_FIELD_NUMBER: _ClassVar[int]
    CODE_FIELD_NUMBER: _ClassVar[int]
    alias: str
    code: str
    def __init__(self, alias: _Optional[str] = ..., code: _Optional[str] = ...) -> None: ...

class GroupProposal(_message.Message):
    __slots__ = ("group_id", "members", "cohesion", "shared", "feasible", "reason")
    GROUP_ID_FIELD_NUMBER: _ClassVar[int]
    MEMBERS_FIELD_NUMBER: _ClassVar[int]
    COHESION_FIELD_NUMBER: _ClassVar[int]
    SHARED_FIELD_NUMBER: _ClassVar[int]
    FEASIBLE_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    group_id: str
    members: _containers.RepeatedCompositeFieldContainer[MemberCard]
    cohesion: float
    shared: _containers.RepeatedScalarFieldContainer[str]
    feasible: bool
    reason: str
    def __init__(self, group_id: _Optional[str] = ..., members: _Optional[_Iterable[_Union[MemberCard, _Mapping]]] = ..., cohesion: _Optional[float] = ..., shared: _Optional[_Iterable[str]] = ..., feasible: _Optional[bool] = ..., reason: _Optional[str] = ...) -> None: ...

class ProposeMembersResponse(_message.Message):
    __slots__ = ("proposals", "left_out", "left_out_counts", "groups")
    class LeftOutCountsEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: int
        def __init__(self, key: _Optional[str] = ..., value: _Optional[int] = ...) -> None: ...
    PROPOSALS_FIELD_NUMBER: _ClassVar[int]
    LEFT_OUT_FIELD_NUMBER: _ClassVar[int]
    LEFT_OUT_COUNTS_FIELD_NUMBER: _ClassVar[int]
    GROUPS_FIELD_NUMBER: _ClassVar[int]
    proposals: _containers.RepeatedCompositeFieldContainer[GroupProposal]
    left_out: _containers.RepeatedCompositeFieldContainer[ExclusionReason]
    left_out_counts: _containers.ScalarMap[str, int]
    groups: _containers.RepeatedCompositeFieldContainer[Group]
    def __init__(self, proposals: _Optional[_Iterable[_Union[GroupProposal, _Mapping]]] = ..., left_out: _Optional[_Iterable[_Union[ExclusionReason, _Mapping]]] = ..., left_out_counts: _Optional[_Mapping[str, int]] = ..., groups: _Optional[_Iterable[_Union[Group, _Mapping]]] = ...) -> None: ...

class StartProposalRequest(_message.Message):
    __slots__ = ("proposal", "wait_ms")
    PROPOSAL_FIELD_NUMBER: _ClassVar[int]
    WAIT_MS_FIELD_NUMBER: _ClassVar[int]
    proposal: ProposeMembersRequest
    wait_ms: int
    def __init__(self, proposal: _Optional[_Union[ProposeMembersRequest, _Mapping]] = ..., wait_ms: _Optional[int] = ...) -> None: ...

class GetProposalRequest(_message.Message):
    __slots__ = ("operation_id", "max_left_out", "group_offset", "group_limit", "pool_organisation_ids")
    OPERATION_ID_FIELD_NUMBER: _ClassVar[int]
    MAX_LEFT_OUT_FIELD_NUMBER: _ClassVar[int]
    GROUP_OFFSET_FIELD_NUMBER: _ClassVar[int]
    GROUP_LIMIT_FIELD_NUMBER: _ClassVar[int]
    POOL_ORGANISATION_IDS_FIELD_NUMBER: _ClassVar[int]
    operation_id: str
    max_left_out: int
    group_offset: int
    group_limit: int
    pool_organisation_ids: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, operation_id: _Optional[str] = ..., max_left_out: _Optional[int] = ..., group_offset: _Optional[int] = ..., group_limit: _Optional[int] = ..., pool_organisation_ids: _Optional[_Iterable[str]] = ...) -> None: ...

class ListProposalsRequest(_message.Message):
    __slots__ = ("limit",)
    LIMIT_FIELD_NUMBER: _ClassVar[int]
    limit: int
    def __init__(self, limit: _Optional[int] = ...) -> None: ...

class ProposalOperation(_message.Message):
    __slots__ = ("operation_id", "state", "group_ids", "created_at", "finished_at", "result", "error_code", "error_detail", "groups_total", "next_group_offset")
    OPERATION_ID_FIELD_NUMBER: _ClassVar[int]
    STATE_FIELD_NUMBER: _ClassVar[int]
    GROUP_IDS_FIELD_NUMBER: _ClassVar[int]
    CREATED_AT_FIELD_NUMBER: _ClassVar[int]
    FINISHED_AT_FIELD_NUMBER: _ClassVar[int]
    RESULT_FIELD_NUMBER: _ClassVar[int]
    ERROR_CODE_FIELD_NUMBER: _ClassVar[int]
    ERROR_DETAIL_FIELD_NUMBER: _ClassVar[int]
    GROUPS_TOTAL_FIELD_NUMBER: _ClassVar[int]
    NEXT_GROUP_OFFSET_FIELD_NUMBER: _ClassVar[int]
    operation_id: str
    state: ProposalState
    group_ids: _containers.RepeatedScalarFieldContainer[str]
    created_at: _timestamp_pb2.Timestamp
    finished_at: _timestamp_pb2.Timestamp
    result: ProposeMembersResponse
    error_code: str
    error_detail: str
    groups_total: int
    next_group_offset: int
    def __init__(self, operation_id: _Optional[str] = ..., state: _Optional[_Union[ProposalState, str]] = ..., group_ids: _Optional[_Iterable[str]] = ..., created_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., finished_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., result: _Optional[_Union[ProposeMembersResponse, _Mapping]] = ..., error_code: _Optional[str] = ..., error_detail: _Optional[str] = ..., groups_total: _Optional[int] = ..., next_group_offset: _Optional[int] = ...) -> None: ...

class ListProposalsResponse(_message.Message):
    __slots__ = ("operations",)
    OPERATIONS_FIELD_NUMBER: _ClassVar[int]
    operations: _containers.RepeatedCompositeFieldContainer[ProposalOperation]
    def __init__(self, operations: _Optional[_Iterable[_Union[ProposalOperation, _Mapping]]] = ...) -> None: ...

class GetPoolOverviewRequest(_message.Message):
    __slots__ = ("languages", "pool_organisation_ids")
    LANGUAGES_FIELD_NUMBER: _ClassVar[int]
    POOL_ORGANISATION_IDS_FIELD_NUMBER: _ClassVar[int]
    languages: _containers.RepeatedScalarFieldContainer[str]
    pool_organisation_ids: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, languages: _Optional[_Iterable[str]] = ..., pool_organisation_ids: _Optional[_Iterable[str]] = ...) -> None: ...

class PoolCount(_message.Message):
    __slots__ = ("key", "count")
    KEY_FIELD_NUMBER: _ClassVar[int]
    COUNT_FIELD_NUMBER: _ClassVar[int]
    key: str
    count: int
    def __init__(self, key: _Optional[str] = ..., count: _Optional[int] = ...) -> None: ...

class PoolOverview(_message.Message):
    __slots__ = ("open", "by_language", "by_country", "by_focus", "by_day", "minors", "estimated", "people_considered")
    OPEN_FIELD_NUMBER: _ClassVar[int]
    BY_LANGUAGE_FIELD_NUMBER: _ClassVar[int]
    BY_COUNTRY_FIELD_NUMBER: _ClassVar[int]
    BY_FOCUS_FIELD_NUMBER: _ClassVar[int]
    BY_DAY_FIELD_NUMBER: _ClassVar[int]
    MINORS_FIELD_NUMBER: _ClassVar[int]
    ESTIMATED_FIELD_NUMBER: _ClassVar[int]
    PEOPLE_CONSIDERED_FIELD_NUMBER: _ClassVar[int]
    open: int
    by_language: _containers.RepeatedCompositeFieldContainer[PoolCount]
    by_country: _containers.RepeatedCompositeFieldContainer[PoolCount]
    by_focus: _containers.RepeatedCompositeFieldContainer[PoolCount]
    by_day: _containers.RepeatedCompositeFieldContainer[PoolCount]
    minors: int
    estimated: bool
    people_considered: int
    def __init__(self, open: _Optional[int] = ..., by_language: _Optional[_Iterable[_Union[PoolCount, _Mapping]]] = ..., by_country: _Optional[_Iterable[_Union[PoolCount, _Mapping]]] = ..., by_focus: _Optional[_Iterable[_Union[PoolCount, _Mapping]]] = ..., by_day: _Optional[_Iterable[_Union[PoolCount, _Mapping]]] = ..., minors: _Optional[int] = ..., estimated: _Optional[bool] = ..., people_considered: _Optional[int] = ...) -> None: ...

class MemberRequest(_message.Message):
    __slots__ = ("group_id", "alias", "expected_version", "pool_organisation_ids")
    GROUP_ID_FIELD_NUMBER: _ClassVar[int]
    ALIAS_FIELD_NUMBER: _ClassVar[int]
    EXPECTED_VERSION_FIELD_NUMBER: _ClassVar[int]
    POOL_ORGANISATION_IDS_FIELD_NUMBER: _ClassVar[int]
    group_id: str
    alias: str
    expected_version: int
    pool_organisation_ids: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, group_id: _Optional[str] = ..., alias: _Optional[str] = ..., expected_version: _Optional[int] = ..., pool_organisation_ids: _Optional[_Iterable[str]] = ...) -> None: ...

class PublishInvitationsRequest(_message.Message):
    __slots__ = ("group_id", "expected_version", "pool_organisation_ids")
    GROUP_ID_FIELD_NUMBER: _ClassVar[int]
    EXPECTED_VERSION_FIELD_NUMBER: _ClassVar[int]
    POOL_ORGANISATION_IDS_FIELD_NUMBER: _ClassVar[int]
    group_id: str
    expected_version: int
    pool_organisation_ids: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, group_id: _Optional[str] = ..., expected_version: _Optional[int] = ..., pool_organisation_ids: _Optional[_Iterable[str]] = ...) -> None: ...

class RecordAnswerRequest(_message.Message):
    __slots__ = ("group_id", "survivor_id", "joined")
    GROUP_ID_FIELD_NUMBER: _ClassVar[int]
    SURVIVOR_ID_FIELD_NUMBER: _ClassVar[int]
    JOINED_FIELD_NUMBER: _ClassVar[int]
    group_id: str
    survivor_id: str
    joined: bool
    def __init__(self, group_id: _Optional[str] = ..., survivor_id: _Optional[str] = ..., joined: _Optional[bool] = ...) -> None: ...

class ListSurvivorGroupsRequest(_message.Message):
    __slots__ = ("survivor_id",)
    SURVIVOR_ID_FIELD_NUMBER: _ClassVar[int]
    survivor_id: str
    def __init__(self, survivor_id: _Optional[str] = ...) -> None: ...

class LeaveGroupRequest(_message.Message):
    __slots__ = ("group_id", "survivor_id")
    GROUP_ID_FIELD_NUMBER: _ClassVar[int]
    SURVIVOR_ID_FIELD_NUMBER: _ClassVar[int]
    group_id: str
    survivor_id: str
    def __init__(self, group_id: _Optional[str] = ..., survivor_id: _Optional[str] = ...) -> None: ...

class WithdrawConsentRequest(_message.Message):
    __slots__ = ("survivor_id", "version")
    SURVIVOR_ID_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    survivor_id: str
    version: int
    def __init__(self, survivor_id: _Optional[str] = ..., version: _Optional[int] = ...) -> None: ...

class WithdrawConsentResponse(_message.Message):
    __slots__ = ("applied",)
    APPLIED_FIELD_NUMBER: _ClassVar[int]
    applied: bool
    def __init__(self, applied: _Optional[bool] = ...) -> None: ...

class MarkStabilisingRequest(_message.Message):
    __slots__ = ("survivor_id", "version")
    SURVIVOR_ID_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    survivor_id: str
    version: int
    def __init__(self, survivor_id: _Optional[str] = ..., version: _Optional[int] = ...) -> None: ...

class MarkStabilisingResponse(_message.Message):
    __slots__ = ("applied",)
    APPLIED_FIELD_NUMBER: _ClassVar[int]
    applied: bool
    def __init__(self, applied: _Optional[bool] = ...) -> None: ...
