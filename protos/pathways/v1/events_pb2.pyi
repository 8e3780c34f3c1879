import datetime

from google.protobuf import any_pb2 as _any_pb2
from google.protobuf import timestamp_pb2 as _timestamp_pb2
from pathways.v1 import common_pb2 as _common_pb2
from pathways.v1 import matching_pb2 as _matching_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class AccessPurpose(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    ACCESS_PURPOSE_UNSPECIFIED: _ClassVar[AccessPurpose]
    ACCESS_PURPOSE_CASE_MANAGEMENT: _ClassVar[AccessPurpose]
    ACCESS_PURPOSE_MATCHING: _ClassVar[AccessPurpose]
    ACCESS_PURPOSE_EMPLOYER_SHORTLIST: _ClassVar[AccessPurpose]
    ACCESS_PURPOSE_PEER_GROUP_FORMATION: _ClassVar[AccessPurpose]
    ACCESS_PURPOSE_OUTCOME_TRACKING: _ClassVar[AccessPurpose]
    ACCESS_PURPOSE_ERASURE: _ClassVar[AccessPurpose]
    ACCESS_PURPOSE_ADMINISTRATION: _ClassVar[AccessPurpose]
    ACCESS_PURPOSE_AUDIT_REVIEW: _ClassVar[AccessPurpose]

class AccessOutcome(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    ACCESS_OUTCOME_UNSPECIFIED: _ClassVar[AccessOutcome]
    ACCESS_OUTCOME_SUCCEEDED: _ClassVar[AccessOutcome]
    ACCESS_OUTCOME_DENIED: _ClassVar[AccessOutcome]
    ACCESS_OUTCOME_FAILED: _ClassVar[AccessOutcome]
ACCESS_PURPOSE_UNSPECIFIED: AccessPurpose
ACCESS_PURPOSE_CASE_MANAGEMENT: AccessPurpose
ACCESS_PURPOSE_MATCHING: AccessPurpose
ACCESS_PURPOSE_EMPLOYER_SHORTLIST: AccessPurpose
ACCESS_PURPOSE_PEER_GROUP_FORMATION: AccessPurpose
ACCESS_PURPOSE_OUTCOME_TRACKING: AccessPurpose
ACCESS_PURPOSE_ERASURE: AccessPurpose
ACCESS_PURPOSE_ADMINISTRATION: AccessPurpose
ACCESS_PURPOSE_AUDIT_REVIEW: AccessPurpose
ACCESS_OUTCOME_UNSPECIFIED: AccessOutcome
ACCESS_OUTCOME_SUCCEEDED: AccessOutcome
ACCESS_OUTCOME_DENIED: AccessOutcome
ACCESS_OUTCOME_FAILED: AccessOutcome

class EventEnvelope(_message.Message):
    __slots__ = ("event_id", "event_type", "aggregate_key", "occurred_at", "producer", "schema_version", "payload", "correlation_id")
    EVENT_ID_FIELD_NUMBER: _ClassVar[int]
    EVENT_TYPE_FIELD_NUMBER: _ClassVar[int]
    AGGREGATE_KEY_FIELD_NUMBER: _ClassVar[int]
    OCCURRED_AT_FIELD_NUMBER: _ClassVar[int]
    PRODUCER_FIELD_NUMBER: _ClassVar[int]
    SCHEMA_VERSION_FIELD_NUMBER: _ClassVar[int]
    PAYLOAD_FIELD_NUMBER: _ClassVar[int]
    CORRELATION_ID_FIELD_NUMBER: _ClassVar[int]
    event_id: str
    event_type: str
    aggregate_key: str
    occurred_at: _timestamp_pb2.Timestamp
    producer: str
    schema_version: int
    payload: _any_pb2.Any
    correlation_id: str
    def __init__(self, event_id: _Optional[str] = ..., event_type: _Optional[str] = ..., aggregate_key: _Optional[str] = ..., occurred_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., producer: _Optional[str] = ..., schema_version: _Optional[int] = ..., payload: _Optional[_Union[_any_pb2.Any, _Mapping]] = ..., correlation_id: _Optional[str] = ...) -> None: ...

class SurvivorUpserted(_message.Message):
    __slots__ = ("survivor_id", "organisation_id", "alias", "languages", "country", "age_band", "minor", "readiness", "peer_group_consent", "availability", "version", "peer_group_focuses", "sealed_district", "sealed_gender", "sealed_interests", "sealed_do_not_group_with", "sealed_peer_group_focuses", "sealed_age_years")
    SURVIVOR_ID_FIELD_NUMBER: _ClassVar[int]
    ORGANISATION_ID_FIELD_NUMBER: _ClassVar[int]
    ALIAS_FIELD_NUMBER: _ClassVar[int]
    LANGUAGES_FIELD_NUMBER: _ClassVar[int]
    COUNTRY_FIELD_NUMBER: _ClassVar[int]
    AGE_BAND_FIELD_NUMBER: _ClassVar[int]
    MINOR_FIELD_NUMBER: _ClassVar[int]
    READINESS_FIELD_NUMBER: _ClassVar[int]
    PEER_GROUP_CONSENT_FIELD_NUMBER: _ClassVar[int]
    AVAILABILITY_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    PEER_GROUP_FOCUSES_FIELD_NUMBER: _ClassVar[int]
    SEALED_DISTRICT_FIELD_NUMBER: _ClassVar[int]
    SEALED_GENDER_FIELD_NUMBER: _ClassVar[int]
    SEALED_INTERESTS_FIELD_NUMBER: _ClassVar[int]
    SEALED_DO_NOT_GROUP_WITH_FIELD_NUMBER: _ClassVar[int]
    SEALED_PEER_GROUP_FOCUSES_FIELD_NUMBER: _ClassVar[int]
    SEALED_AGE_YEARS_FIELD_NUMBER: _ClassVar[int]
    survivor_id: str
    organisation_id: str
    alias: str
    languages: _containers.RepeatedScalarFieldContainer[str]
    country: str
    age_band: str
    minor: bool
    readiness: _common_pb2.ReadinessStage
    peer_group_consent: bool
    availability: _containers.RepeatedCompositeFieldContainer[_common_pb2.WeeklySlot]
    version: int
    peer_group_focuses: _containers.RepeatedScalarFieldContainer[_common_pb2.GroupFocus]
    sealed_district: bytes
    sealed_gender: bytes
    sealed_interests: bytes
    sealed_do_not_group_with: bytes
    sealed_peer_group_focuses: bytes
    sealed_age_years: bytes
    def __init__(self, survivor_id: _Optional[str] = ..., organisation_id: _Optional[str] = ..., alias: _Optional[str] = ..., languages: _Optional[_Iterable[str]] = ..., country: _Optional[str] = ..., age_band: _Optional[str] = ..., minor: _Optional[bool] = ..., readiness: _Optional[_Union[_common_pb2.ReadinessStage, str]] = ..., peer_group_consent: _Optional[bool] = ..., availability: _Optional[_Iterable[_Union[_common_pb2.WeeklySlot, _Mapping]]] = ..., version: _Optional[int] = ..., peer_group_focuses: _Optional[_Iterable[_Union[_common_pb2.GroupFocus, str]]] = ..., sealed_district: _Optional[bytes] = ..., sealed_gender: _Optional[bytes] = ..., sealed_interests: _Optional[bytes] = ..., sealed_do_not_group_with: _Optional[bytes] = ..., sealed_peer_group_focuses: _Optional[bytes] = ..., sealed_age_years: _Optional[bytes] = ...) -> None: ...

class SurvivorErased(_message.Message):
    __slots__ = ("survivor_id",)
    SURVIVOR_ID_FIELD_NUMBER: _ClassVar[int]
    survivor_id: str
    def __init__(self, survivor_id: _Optional[str] = ...) -> None: ...

class ReadinessAssessed(_message.Message):
    __slots__ = ("survivor_id", "stage", "review_due")
    SURVIVOR_ID_FIELD_NUMBER: _ClassVar[int]
    STAGE_FIELD_NUMBER: _ClassVar[int]
    REVIEW_DUE_FIELD_NUMBER: _ClassVar[int]
    survivor_id: str
    stage: _common_pb2.ReadinessStage
    review_due: _timestamp_pb2.Timestamp
    def __init__(self, survivor_id: _Optional[str] = ..., stage: _Optional[_Union[_common_pb2.ReadinessStage, str]] = ..., review_due: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class ConsentChanged(_message.Message):
    __slots__ = ("survivor_id", "purpose", "granted")
    SURVIVOR_ID_FIELD_NUMBER: _ClassVar[int]
    PURPOSE_FIELD_NUMBER: _ClassVar[int]
    GRANTED_FIELD_NUMBER: _ClassVar[int]
    survivor_id: str
    purpose: _common_pb2.ConsentPurpose
    granted: bool
    def __init__(self, survivor_id: _Optional[str] = ..., purpose: _Optional[_Union[_common_pb2.ConsentPurpose, str]] = ..., granted: _Optional[bool] = ...) -> None: ...

class OpportunityPosted(_message.Message):
    __slots__ = ("opportunity",)
    OPPORTUNITY_FIELD_NUMBER: _ClassVar[int]
    opportunity: _matching_pb2.Opportunity
    def __init__(self, opportunity: _Optional[_Union[_matching_pb2.Opportunity, _Mapping]] = ...) -> None: ...

class OpportunityUpdated(_message.Message):
    __slots__ = ("opportunity",)
    OPPORTUNITY_FIELD_NUMBER: _ClassVar[int]
    opportunity: _matching_pb2.Opportunity
    def __init__(self, opportunity: _Optional[_Union[_matching_pb2.Opportunity, _Mapping]] = ...) -> None: ...

class OpportunityClosed(_message.Message):
    __slots__ = ("opportunity_id", "version")
    OPPORTUNITY_ID_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    opportunity_id: str
    version: int
    def __init__(self, opportunity_id: _Optional[str] = ..., version: _Optional[int] = ...) -> None: ...

class MatchProposed(_message.Message):
    __slots__ = ("match_id", "survivor_id", "opportunity_id", "score")
    MATCH_ID_FIELD_NUMBER: _ClassVar[int]
    SURVIVOR_ID_FIELD_NUMBER: _ClassVar[int]
    OPPORTUNITY_ID_FIELD_NUMBER: _ClassVar[int]
    SCORE_FIELD_NUMBER: _ClassVar[int]
    match_id: str
    survivor_id: str
    opportunity_id: str
    score: float
    def __init__(self, match_id: _Optional[str] = ..., survivor_id: _Optional[str] = ..., opportunity_id: _Optional[str] = ..., score: _Optional[float] = ...) -> None: ...

class MatchTransitioned(_message.Message):
    __slots__ = ("match_id", "survivor_id", "opportunity_id", "from_state", "to_state", "occurred_on")
    MATCH_ID_FIELD_NUMBER: _ClassVar[int]
    SURVIVOR_ID_FIELD_NUMBER: _ClassVar[int]
    OPPORTUNITY_ID_FIELD_NUMBER: _ClassVar[int]
    FROM_STATE_FIELD_NUMBER: _ClassVar[int]
    TO_STATE_FIELD_NUMBER: _ClassVar[int]
    OCCURRED_ON_FIELD_NUMBER: _ClassVar[int]
    match_id: str
    survivor_id: str
    opportunity_id: str
    from_state: _matching_pb2.MatchState
    to_state: _matching_pb2.MatchState
    occurred_on: str
    def __init__(self, match_id: _Optional[str] = ..., survivor_id: _Optional[str] = ..., opportunity_id: _Optional[str] = ..., from_state: _Optional[_Union[_matching_pb2.MatchState, str]] = ..., to_state: _Optional[_Union[_matching_pb2.MatchState, str]] = ..., occurred_on: _Optional[str] = ...) -> None: ...

class OutcomeRecorded(_message.Message):
    __slots__ = ("match_id", "survivor_id", "opportunity_id", "outcome", "wage", "occurred_on")
    MATCH_ID_FIELD_NUMBER: _ClassVar[int]
    SURVIVOR_ID_FIELD_NUMBER: _ClassVar[int]
    OPPORTUNITY_ID_FIELD_NUMBER: _ClassVar[int]
    OUTCOME_FIELD_NUMBER: _ClassVar[int]
    WAGE_FIELD_NUMBER: _ClassVar[int]
    OCCURRED_ON_FIELD_NUMBER: _ClassVar[int]
    match_id: str
    survivor_id: str
    opportunity_id: str
    outcome: _matching_pb2.MatchState
    wage: _common_pb2.MonthlyAmount
    occurred_on: str
    def __init__(self, match_id: _Optional[str] = ..., survivor_id: _Optional[str] = ..., opportunity_id: _Optional[str] = ..., outcome: _Optional[_Union[_matching_pb2.MatchState, str]] = ..., wage: _Optional[_Union[_common_pb2.MonthlyAmount, _Mapping]] = ..., occurred_on: _Optional[str] = ...) -> None: ...

class PeerGroupFormed(_message.Message):
    __slots__ = ("group_id", "organisation_id", "facilitator_id", "version")
    GROUP_ID_FIELD_NUMBER: _ClassVar[int]
    ORGANISATION_ID_FIELD_NUMBER: _ClassVar[int]
    FACILITATOR_ID_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    group_id: str
    organisation_id: str
    facilitator_id: str
    version: int
    def __init__(self, group_id: _Optional[str] = ..., organisation_id: _Optional[str] = ..., facilitator_id: _Optional[str] = ..., version: _Optional[int] = ...) -> None: ...

class PeerGroupActivated(_message.Message):
    __slots__ = ("group_id", "version")
    GROUP_ID_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    group_id: str
    version: int
    def __init__(self, group_id: _Optional[str] = ..., version: _Optional[int] = ...) -> None: ...

class PeerGroupClosed(_message.Message):
    __slots__ = ("group_id", "version")
    GROUP_ID_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    group_id: str
    version: int
    def __init__(self, group_id: _Optional[str] = ..., version: _Optional[int] = ...) -> None: ...

class GroupMemberInvited(_message.Message):
    __slots__ = ("group_id", "survivor_id", "survivor_organisation_id")
    GROUP_ID_FIELD_NUMBER: _ClassVar[int]
    SURVIVOR_ID_FIELD_NUMBER: _ClassVar[int]
    SURVIVOR_ORGANISATION_ID_FIELD_NUMBER: _ClassVar[int]
    group_id: str
    survivor_id: str
    survivor_organisation_id: str
    def __init__(self, group_id: _Optional[str] = ..., survivor_id: _Optional[str] = ..., survivor_organisation_id: _Optional[str] = ...) -> None: ...

class GroupMemberJoined(_message.Message):
    __slots__ = ("group_id", "survivor_id", "survivor_organisation_id")
    GROUP_ID_FIELD_NUMBER: _ClassVar[int]
    SURVIVOR_ID_FIELD_NUMBER: _ClassVar[int]
    SURVIVOR_ORGANISATION_ID_FIELD_NUMBER: _ClassVar[int]
    group_id: str
    survivor_id: str
    survivor_organisation_id: str
    def __init__(self, group_id: _Optional[str] = ..., survivor_id: _Optional[str] = ..., survivor_organisation_id: _Optional[str] = ...) -> None: ...

class GroupMemberDeclined(_message.Message):
    __slots__ = ("group_id", "survivor_id", "survivor_organisation_id")
    GROUP_ID_FIELD_NUMBER: _ClassVar[int]
    SURVIVOR_ID_FIELD_NUMBER: _ClassVar[int]
    SURVIVOR_ORGANISATION_ID_FIELD_NUMBER: _ClassVar[int]
    group_id: str
    survivor_id: str
    survivor_organisation_id: str
    def __init__(self, group_id: _Optional[str] = ..., survivor_id: _Optional[str] = ..., survivor_organisation_id: _Optional[str] = ...) -> None: ...

class GroupMemberLeft(_message.Message):
    __slots__ = ("group_id", "survivor_id", "survivor_organisation_id")
    GROUP_ID_FIELD_NUMBER: _ClassVar[int]
    SURVIVOR_ID_FIELD_NUMBER: _ClassVar[int]
    SURVIVOR_ORGANISATION_ID_FIELD_NUMBER: _ClassVar[int]
    group_id: str
    survivor_id: str
    survivor_organisation_id: str
    def __init__(self, group_id: _Optional[str] = ..., survivor_id: _Optional[str] = ..., survivor_organisation_id: _Optional[str] = ...) -> None: ...

class AccessRecorded(_message.Message):
    __slots__ = ("record_id", "at", "user_id", "organisation_id", "role", "action", "purpose", "outcome", "request_id", "survivor_id", "survivor_organisation_id", "target_id", "seq", "prev_hash", "hash")
    RECORD_ID_FIELD_NUMBER: _ClassVar[int]
    AT_FIELD_NUMBER: _ClassVar[int]
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    ORGANISATION_ID_FIELD_NUMBER: _ClassVar[int]
    ROLE_FIELD_NUMBER: _ClassVar[int]
    ACTION_FIELD_NUMBER: _ClassVar[int]
    PURPOSE_FIELD_NUMBER: _ClassVar[int]
    OUTCOME_FIELD_NUMBER: _ClassVar[int]
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    SURVIVOR_ID_FIELD_NUMBER: _ClassVar[int]
    SURVIVOR_ORGANISATION_ID_FIELD_NUMBER: _ClassVar[int]
    TARGET_ID_FIELD_NUMBER: _ClassVar[int]
    SEQ_FIELD_NUMBER: _ClassVar[int]
    PREV_HASH_FIELD_NUMBER: _ClassVar[int]
    HASH_FIELD_NUMBER: _ClassVar[int]
    record_id: str
    at: _timestamp_pb2.Timestamp
    user_id: str
    organisation_id: str
    role: str
    action: str
    purpose: AccessPurpose
    outcome: AccessOutcome
    request_id: str
    survivor_id: str
    survivor_organisation_id: str
    target_id: str
    seq: int
    prev_hash: str
    hash: str
    def __init__(self, record_id: _Optional[str] = ..., at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., user_id: _Optional[str] = ..., organisation_id: _Optional[str] = ..., role: _Optional[str] = ..., action: _Optional[str] = ..., purpose: _Optional[_Union[AccessPurpose, str]] = ..., outcome: _Optional[_Union[AccessOutcome, str]] = ..., request_id: _Optional[str] = ..., survivor_id: _Optional[str] = ..., survivor_organisation_id: _Optional[str] = ..., target_id: _Optional[str] = ..., seq: _Optional[int] = ..., prev_hash: _Optional[str] = ..., hash: _Optional[str] = ...) -> None: ...
