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

class OpportunityKind(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    OPPORTUNITY_KIND_UNSPECIFIED: _ClassVar[OpportunityKind]
    OPPORTUNITY_KIND_JOB: _ClassVar[OpportunityKind]
    OPPORTUNITY_KIND_TRAINING: _ClassVar[OpportunityKind]

class OpportunityStatus(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    OPPORTUNITY_STATUS_UNSPECIFIED: _ClassVar[OpportunityStatus]
    OPPORTUNITY_STATUS_OPEN: _ClassVar[OpportunityStatus]
    OPPORTUNITY_STATUS_PAUSED: _ClassVar[OpportunityStatus]
    OPPORTUNITY_STATUS_FILLED: _ClassVar[OpportunityStatus]
    OPPORTUNITY_STATUS_CLOSED: _ClassVar[OpportunityStatus]
OPPORTUNITY_KIND_UNSPECIFIED: OpportunityKind
OPPORTUNITY_KIND_JOB: OpportunityKind
OPPORTUNITY_KIND_TRAINING: OpportunityKind
OPPORTUNITY_STATUS_UNSPECIFIED: OpportunityStatus
OPPORTUNITY_STATUS_OPEN: OpportunityStatus
OPPORTUNITY_STATUS_PAUSED: OpportunityStatus
OPPORTUNITY_STATUS_FILLED: OpportunityStatus
OPPORTUNITY_STATUS_CLOSED: OpportunityStatus

class SurvivorProfile(_message.Message):
    __slots__ = ("languages", "residence", "origin_country", "age_band", "minor", "gender", "interests", "aspirations", "skills", "sectors_to_avoid", "conditions", "remote_ok", "travel_radius_km", "income_goal")
    LANGUAGES_FIELD_NUMBER: _ClassVar[int]
    RESIDENCE_FIELD_NUMBER: _ClassVar[int]
    ORIGIN_COUNTRY_FIELD_NUMBER: _ClassVar[int]
    AGE_BAND_FIELD_NUMBER: _ClassVar[int]
    MINOR_FIELD_NUMBER: _ClassVar[int]
    GENDER_FIELD_NUMBER: _ClassVar[int]
    INTERESTS_FIELD_NUMBER: _ClassVar[int]
    ASPIRATIONS_FIELD_NUMBER: _ClassVar[int]
    SKILLS_FIELD_NUMBER: _ClassVar[int]
    SECTORS_TO_AVOID_FIELD_NUMBER: _ClassVar[int]
    CONDITIONS_FIELD_NUMBER: _ClassVar[int]
    REMOTE_OK_FIELD_NUMBER: _ClassVar[int]
    TRAVEL_RADIUS_KM_FIELD_NUMBER: _ClassVar[int]
    INCOME_GOAL_FIELD_NUMBER: _ClassVar[int]
    languages: _containers.RepeatedCompositeFieldContainer[_common_pb2.LanguageSkill]
    residence: _common_pb2.Place
    origin_country: str
    age_band: str
    minor: bool
    gender: str
    interests: str
    aspirations: str
    skills: _containers.RepeatedScalarFieldContainer[str]
    sectors_to_avoid: _containers.RepeatedScalarFieldContainer[str]
    conditions: _containers.RepeatedScalarFieldContainer[str]
    remote_ok: bool
    travel_radius_km: int
    income_goal: _common_pb2.MonthlyAmount
    def __init__(self, languages: _Optional[_Iterable[_Union[_common_pb2.LanguageSkill, _Mapping]]] = ..., residence: _Optional[_Union[_common_pb2.Place, _Mapping]] = ..., origin_country: _Optional[str] = ..., age_band: _Optional[str] = ..., minor: _Optional[bool] = ..., gender: _Optional[str] = ..., interests: _Optional[str] = ..., aspirations: _Optional[str] = ..., skills: _Optional[_Iterable[str]] = ..., sectors_to_avoid: _Optional[_Iterable[str]] = ..., conditions: _Optional[_Iterable[str]] = ..., remote_ok: _Optional[bool] = ..., travel_radius_km: _Optional[int] = ..., income_goal: _Optional[_Union[_common_pb2.MonthlyAmount, _Mapping]] = ...) -> None: ...

class Consent(_message.Message):
    __slots__ = ("purpose", "granted", "changed_at")
    PURPOSE_FIELD_NUMBER: _ClassVar[int]
    GRANTED_FIELD_NUMBER: _ClassVar[int]
    CHANGED_AT_FIELD_NUMBER: _ClassVar[int]
    purpose: _common_pb2.ConsentPurpose
    granted: bool
    changed_at: _timestamp_pb2.Timestamp
    def __init__(self, purpose: _Optional[_Union[_common_pb2.ConsentPurpose, str]] = ..., granted: _Optional[bool] = ..., changed_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class Survivor(_message.Message):
    __slots__ = ("survivor_id", "organisation_id", "profile", "readiness", "readiness_review_due", "consents", "version")
    SURVIVOR_ID_FIELD_NUMBER: _ClassVar[int]
    ORGANISATION_ID_FIELD_NUMBER: _ClassVar[int]
    PROFILE_FIELD_NUMBER: _ClassVar[int]
    READINESS_FIELD_NUMBER: _ClassVar[int]
    READINESS_REVIEW_DUE_FIELD_NUMBER: _ClassVar[int]
    CONSENTS_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    survivor_id: str
    organisation_id: str
    profile: SurvivorProfile
    readiness: _common_pb2.ReadinessStage
    readiness_review_due: _timestamp_pb2.Timestamp
    consents: _containers.RepeatedCompositeFieldContainer[Consent]
    version: int
    def __init__(self, survivor_id: _Optional[str] = ..., organisation_id: _Optional[str] = ..., profile: _Optional[_Union[SurvivorProfile, _Mapping]] = ..., readiness: _Optional[_Union[_common_pb2.ReadinessStage, str]] = ..., readiness_review_due: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., consents: _Optional[_Iterable[_Union[Consent, _Mapping]]] = ..., version: _Optional[int] = ...) -> None: ...

class RegisterSurvivorRequest(_message.Message):
    __slots__ = ("profile", "request_id")
    PROFILE_FIELD_NUMBER: _ClassVar[int]
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    profile: SurvivorProfile
    request_id: str
    def __init__(self, profile: _Optional[_Union[SurvivorProfile, _Mapping]] = ..., request_id: _Optional[str] = ...) -> None: ...

class GetSurvivorRequest(_message.Message):
    __slots__ = ("survivor_id",)
    SURVIVOR_ID_FIELD_NUMBER: _ClassVar[int]
    survivor_id: str
    def __init__(self, survivor_id: _Optional[str] = ...) -> None: ...

class EraseSurvivorRequest(_message.Message):
    __slots__ = ("survivor_id",)
    SURVIVOR_ID_FIELD_NUMBER: _ClassVar[int]
    survivor_id: str
    def __init__(self, survivor_id: _Optional[str] = ...) -> None: ...

class EraseSurvivorResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class AssessReadinessRequest(_message.Message):
    __slots__ = ("survivor_id", "stage", "review_due", "expected_version")
    SURVIVOR_ID_FIELD_NUMBER: _ClassVar[int]
    STAGE_FIELD_NUMBER: _ClassVar[int]
    REVIEW_DUE_FIELD_NUMBER: _ClassVar[int]
    EXPECTED_VERSION_FIELD_NUMBER: _ClassVar[int]
    survivor_id: str
    stage: _common_pb2.ReadinessStage
    review_due: _timestamp_pb2.Timestamp
    expected_version: int
    def __init__(self, survivor_id: _Optional[str] = ..., stage: _Optional[_Union[_common_pb2.ReadinessStage, str]] = ..., review_due: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., expected_version: _Optional[int] = ...) -> None: ...

class SetConsentRequest(_message.Message):
    __slots__ = ("survivor_id", "purpose", "granted", "expected_version")
    SURVIVOR_ID_FIELD_NUMBER: _ClassVar[int]
    PURPOSE_FIELD_NUMBER: _ClassVar[int]
    GRANTED_FIELD_NUMBER: _ClassVar[int]
    EXPECTED_VERSION_FIELD_NUMBER: _ClassVar[int]
    survivor_id: str
    purpose: _common_pb2.ConsentPurpose
    granted: bool
    expected_version: int
    def __init__(self, survivor_id: _Optional[str] = ..., purpose: _Optional[_Union[_common_pb2.ConsentPurpose, str]] = ..., granted: _Optional[bool] = ..., expected_version: _Optional[int] = ...) -> None: ...

class Opportunity(_message.Message):
    __slots__ = ("opportunity_id", "organisation_id", "kind", "title", "description", "sector", "skills_required", "skills_taught", "languages", "location", "remote", "pay", "conditions_offered", "openings", "minimum_age", "hazardous", "status", "version")
    OPPORTUNITY_ID_FIELD_NUMBER: _ClassVar[int]
    ORGANISATION_ID_FIELD_NUMBER: _ClassVar[int]
    KIND_FIELD_NUMBER: _ClassVar[int]
    TITLE_FIELD_NUMBER: _ClassVar[int]
    DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
    SECTOR_FIELD_NUMBER: _ClassVar[int]
    SKILLS_REQUIRED_FIELD_NUMBER: _ClassVar[int]
    SKILLS_TAUGHT_FIELD_NUMBER: _ClassVar[int]
    LANGUAGES_FIELD_NUMBER: _ClassVar[int]
    LOCATION_FIELD_NUMBER: _ClassVar[int]
    REMOTE_FIELD_NUMBER: _ClassVar[int]
    PAY_FIELD_NUMBER: _ClassVar[int]
    CONDITIONS_OFFERED_FIELD_NUMBER: _ClassVar[int]
    OPENINGS_FIELD_NUMBER: _ClassVar[int]
    MINIMUM_AGE_FIELD_NUMBER: _ClassVar[int]
    HAZARDOUS_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    opportunity_id: str
    organisation_id: str
    kind: OpportunityKind
    title: str
    description: str
    sector: str
    skills_required: _containers.RepeatedScalarFieldContainer[str]
    skills_taught: _containers.RepeatedScalarFieldContainer[str]
    languages: _containers.RepeatedCompositeFieldContainer[_common_pb2.LanguageSkill]
    location: _common_pb2.Place
    remote: bool
    pay: _common_pb2.MonthlyAmount
    conditions_offered: _containers.RepeatedScalarFieldContainer[str]
    openings: int
    minimum_age: int
    hazardous: bool
    status: OpportunityStatus
    version: int
    def __init__(self, opportunity_id: _Optional[str] = ..., organisation_id: _Optional[str] = ..., kind: _Optional[_Union[OpportunityKind, str]] = ..., title: _Optional[str] = ..., description: _Optional[str] = ..., sector: _Optional[str] = ..., skills_required: _Optional[_Iterable[str]] = ..., skills_taught: _Optional[_Iterable[str]] = ..., languages: _Optional[_Iterable[_Union[_common_pb2.LanguageSkill, _Mapping]]] = ..., location: _Optional[_Union[_common_pb2.Place, _Mapping]] = ..., remote: _Optional[bool] = ..., pay: _Optional[_Union[_common_pb2.MonthlyAmount, _Mapping]] = ..., conditions_offered: _Optional[_Iterable[str]] = ..., openings: _Optional[int] = ..., minimum_age: _Optional[int] = ..., hazardous: _Optional[bool] = ..., status: _Optional[_Union[OpportunityStatus, str]] = ..., version: _Optional[int] = ...) -> None: ...

class PostOpportunityRequest(_message.Message):
    __slots__ = ("opportunity", "request_id")
    OPPORTUNITY_FIELD_NUMBER: _ClassVar[int]
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    opportunity: Opportunity
    request_id: str
    def __init__(self, opportunity: _Optional[_Union[Opportunity, _Mapping]] = ..., request_id: _Optional[str] = ...) -> None: ...

class GetOpportunityRequest(_message.Message):
    __slots__ = ("opportunity_id",)
    OPPORTUNITY_ID_FIELD_NUMBER: _ClassVar[int]
    opportunity_id: str
    def __init__(self, opportunity_id: _Optional[str] = ...) -> None: ...

class GetMatchesRequest(_message.Message):
    __slots__ = ("survivor_id", "top_k")
    SURVIVOR_ID_FIELD_NUMBER: _ClassVar[int]
    TOP_K_FIELD_NUMBER: _ClassVar[int]
    survivor_id: str
    top_k: int
    def __init__(self, survivor_id: _Optional[str] = ..., top_k: _Optional[int] = ...) -> None: ...

class MatchReason(_message.Message):
    __slots__ = ("code", "text")
    CODE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    code: str
    text: str
    def __init__(self, code: _Optional[str] = ..., text: _Optional[str] = ...) -> None: ...

class ScoreComponent(_message.Message):
    __slots__ = ("name", "value", "weight")
    NAME_FIELD_NUMBER: _ClassVar[int]
    VALUE_FIELD_NUMBER: _ClassVar[int]
    WEIGHT_FIELD_NUMBER: _ClassVar[int]
    name: str
    value: float
    weight: float
    def __init__(self, name: _Optional[str] = ..., value: _Optional[float] = ..., weight: _Optional[float] = ...) -> None: ...

class Match(_message.Message):
    __slots__ = ("survivor_id", "opportunity_id", "score", "breakdown", "reasons")
    SURVIVOR_ID_FIELD_NUMBER: _ClassVar[int]
    OPPORTUNITY_ID_FIELD_NUMBER: _ClassVar[int]
    SCORE_FIELD_NUMBER: _ClassVar[int]
    BREAKDOWN_FIELD_NUMBER: _ClassVar[int]
    REASONS_FIELD_NUMBER: _ClassVar[int]
    survivor_id: str
    opportunity_id: str
    score: float
    breakdown: _containers.RepeatedCompositeFieldContainer[ScoreComponent]
    reasons: _containers.RepeatedCompositeFieldContainer[MatchReason]
    def __init__(self, survivor_id: _Optional[str] = ..., opportunity_id: _Optional[str] = ..., score: _Optional[float] = ..., breakdown: _Optional[_Iterable[_Union[ScoreComponent, _Mapping]]] = ..., reasons: _Optional[_Iterable[_Union[MatchReason, _Mapping]]] = ...) -> None: ...

class GetMatchesResponse(_message.Message):
    __slots__ = ("matches",)
    MATCHES_FIELD_NUMBER: _ClassVar[int]
    matches: _containers.RepeatedCompositeFieldContainer[Match]
    def __init__(self, matches: _Optional[_Iterable[_Union[Match, _Mapping]]] = ...) -> None: ...
