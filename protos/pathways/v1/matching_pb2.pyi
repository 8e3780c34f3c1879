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

class Hours(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    HOURS_UNSPECIFIED: _ClassVar[Hours]
    HOURS_FULL_TIME: _ClassVar[Hours]
    HOURS_PART_TIME: _ClassVar[Hours]
    HOURS_FLEXIBLE: _ClassVar[Hours]

class Condition(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    CONDITION_UNSPECIFIED: _ClassVar[Condition]
    CONDITION_NO_NIGHT_SHIFTS: _ClassVar[Condition]
    CONDITION_WOMEN_ONLY_WORKPLACE: _ClassVar[Condition]
    CONDITION_NO_LIVE_IN: _ClassVar[Condition]
    CONDITION_NO_HEAVY_LIFTING: _ClassVar[Condition]

class Accommodation(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    ACCOMMODATION_UNSPECIFIED: _ClassVar[Accommodation]
    ACCOMMODATION_CHILDCARE: _ClassVar[Accommodation]
    ACCOMMODATION_TRANSPORT: _ClassVar[Accommodation]
    ACCOMMODATION_FLEXIBLE_HOURS: _ClassVar[Accommodation]
    ACCOMMODATION_COUNSELLING: _ClassVar[Accommodation]
    ACCOMMODATION_STIPEND: _ClassVar[Accommodation]
    ACCOMMODATION_TRAUMA_INFORMED_SUPERVISOR: _ClassVar[Accommodation]

class MatchState(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    MATCH_STATE_UNSPECIFIED: _ClassVar[MatchState]
    MATCH_STATE_PROPOSED: _ClassVar[MatchState]
    MATCH_STATE_ACCEPTED: _ClassVar[MatchState]
    MATCH_STATE_DECLINED: _ClassVar[MatchState]
    MATCH_STATE_EMPLOYER_INTEREST: _ClassVar[MatchState]
    MATCH_STATE_INTRODUCED: _ClassVar[MatchState]
    MATCH_STATE_HIRED: _ClassVar[MatchState]
    MATCH_STATE_ENROLLED: _ClassVar[MatchState]
    MATCH_STATE_COMPLETED: _ClassVar[MatchState]
    MATCH_STATE_RETAINED_30: _ClassVar[MatchState]
    MATCH_STATE_RETAINED_90: _ClassVar[MatchState]
    MATCH_STATE_RETAINED_180: _ClassVar[MatchState]
    MATCH_STATE_ENDED: _ClassVar[MatchState]
OPPORTUNITY_KIND_UNSPECIFIED: OpportunityKind
OPPORTUNITY_KIND_JOB: OpportunityKind
OPPORTUNITY_KIND_TRAINING: OpportunityKind
OPPORTUNITY_STATUS_UNSPECIFIED: OpportunityStatus
OPPORTUNITY_STATUS_OPEN: OpportunityStatus
OPPORTUNITY_STATUS_PAUSED: OpportunityStatus
OPPORTUNITY_STATUS_FILLED: OpportunityStatus
OPPORTUNITY_STATUS_CLOSED: OpportunityStatus
HOURS_UNSPECIFIED: Hours
HOURS_FULL_TIME: Hours
HOURS_PART_TIME: Hours
HOURS_FLEXIBLE: Hours
CONDITION_UNSPECIFIED: Condition
CONDITION_NO_NIGHT_SHIFTS: Condition
CONDITION_WOMEN_ONLY_WORKPLACE: Condition
CONDITION_NO_LIVE_IN: Condition
CONDITION_NO_HEAVY_LIFTING: Condition
ACCOMMODATION_UNSPECIFIED: Accommodation
ACCOMMODATION_CHILDCARE: Accommodation
ACCOMMODATION_TRANSPORT: Accommodation
ACCOMMODATION_FLEXIBLE_HOURS: Accommodation
ACCOMMODATION_COUNSELLING: Accommodation
ACCOMMODATION_STIPEND: Accommodation
ACCOMMODATION_TRAUMA_INFORMED_SUPERVISOR: Accommodation
MATCH_STATE_UNSPECIFIED: MatchState
MATCH_STATE_PROPOSED: MatchState
MATCH_STATE_ACCEPTED: MatchState
MATCH_STATE_DECLINED: MatchState
MATCH_STATE_EMPLOYER_INTEREST: MatchState
MATCH_STATE_INTRODUCED: MatchState
MATCH_STATE_HIRED: MatchState
MATCH_STATE_ENROLLED: MatchState
MATCH_STATE_COMPLETED: MatchState
MATCH_STATE_RETAINED_30: MatchState
MATCH_STATE_RETAINED_90: MatchState
MATCH_STATE_RETAINED_180: MatchState
MATCH_STATE_ENDED: MatchState

class FieldViolation(_message.Message):
    __slots__ = ("location", "message", "suggestions", "code")
    LOCATION_FIELD_NUMBER: _ClassVar[int]
    MESSAGE_FIELD_NUMBER: _ClassVar[int]
    SUGGESTIONS_FIELD_NUMBER: _ClassVar[int]
    CODE_FIELD_NUMBER: _ClassVar[int]
    location: _containers.RepeatedScalarFieldContainer[str]
    message: str
    suggestions: _containers.RepeatedScalarFieldContainer[str]
    code: str
    def __init__(self, location: _Optional[_Iterable[str]] = ..., message: _Optional[str] = ..., suggestions: _Optional[_Iterable[str]] = ..., code: _Optional[str] = ...) -> None: ...

class FieldViolations(_message.Message):
    __slots__ = ("violations",)
    VIOLATIONS_FIELD_NUMBER: _ClassVar[int]
    violations: _containers.RepeatedCompositeFieldContainer[FieldViolation]
    def __init__(self, violations: _Optional[_Iterable[_Union[FieldViolation, _Mapping]]] = ...) -> None: ...

class SurvivorProfile(_message.Message):
    __slots__ = ("languages", "residence", "age_band", "minor", "gender", "interests", "aspirations", "interest_tags", "skills", "skills_wanted", "education", "hours", "remote_ok", "travel_radius_km", "sectors_to_avoid", "conditions", "needs", "income_goal", "availability", "do_not_group_with", "peer_group_focuses", "age_years", "open_to_cross_border")
    LANGUAGES_FIELD_NUMBER: _ClassVar[int]
    RESIDENCE_FIELD_NUMBER: _ClassVar[int]
    AGE_BAND_FIELD_NUMBER: _ClassVar[int]
    MINOR_FIELD_NUMBER: _ClassVar[int]
    GENDER_FIELD_NUMBER: _ClassVar[int]
    INTERESTS_FIELD_NUMBER: _ClassVar[int]
    ASPIRATIONS_FIELD_NUMBER: _ClassVar[int]
    INTEREST_TAGS_FIELD_NUMBER: _ClassVar[int]
    SKILLS_FIELD_NUMBER: _ClassVar[int]
    SKILLS_WANTED_FIELD_NUMBER: _ClassVar[int]
    EDUCATION_FIELD_NUMBER: _ClassVar[int]
    HOURS_FIELD_NUMBER: _ClassVar[int]
    REMOTE_OK_FIELD_NUMBER: _ClassVar[int]
    TRAVEL_RADIUS_KM_FIELD_NUMBER: _ClassVar[int]
    SECTORS_TO_AVOID_FIELD_NUMBER: _ClassVar[int]
    CONDITIONS_FIELD_NUMBER: _ClassVar[int]
    NEEDS_FIELD_NUMBER: _ClassVar[int]
    INCOME_GOAL_FIELD_NUMBER: _ClassVar[int]
    AVAILABILITY_FIELD_NUMBER: _ClassVar[int]
    DO_NOT_GROUP_WITH_FIELD_NUMBER: _ClassVar[int]
    PEER_GROUP_FOCUSES_FIELD_NUMBER: _ClassVar[int]
    AGE_YEARS_FIELD_NUMBER: _ClassVar[int]
    OPEN_TO_CROSS_BORDER_FIELD_NUMBER: _ClassVar[int]
    languages: _containers.RepeatedCompositeFieldContainer[_common_pb2.LanguageSkill]
    residence: _common_pb2.Place
    age_band: str
    minor: bool
    gender: str
    interests: str
    aspirations: str
    interest_tags: _containers.RepeatedScalarFieldContainer[str]
    skills: _containers.RepeatedScalarFieldContainer[str]
    skills_wanted: _containers.RepeatedScalarFieldContainer[str]
    education: str
    hours: Hours
    remote_ok: bool
    travel_radius_km: int
    sectors_to_avoid: _containers.RepeatedScalarFieldContainer[str]
    conditions: _containers.RepeatedScalarFieldContainer[Condition]
    needs: _containers.RepeatedScalarFieldContainer[Accommodation]
    income_goal: _common_pb2.MonthlyAmount
    availability: _containers.RepeatedCompositeFieldContainer[_common_pb2.WeeklySlot]
    do_not_group_with: _containers.RepeatedScalarFieldContainer[str]
    peer_group_focuses: _containers.RepeatedScalarFieldContainer[_common_pb2.GroupFocus]
    age_years: int
    open_to_cross_border: bool
    def __init__(self, languages: _Optional[_Iterable[_Union[_common_pb2.LanguageSkill, _Mapping]]] = ..., residence: _Optional[_Union[_common_pb2.Place, _Mapping]] = ..., age_band: _Optional[str] = ..., minor: _Optional[bool] = ..., gender: _Optional[str] = ..., interests: _Optional[str] = ..., aspirations: _Optional[str] = ..., interest_tags: _Optional[_Iterable[str]] = ..., skills: _Optional[_Iterable[str]] = ..., skills_wanted: _Optional[_Iterable[str]] = ..., education: _Optional[str] = ..., hours: _Optional[_Union[Hours, str]] = ..., remote_ok: _Optional[bool] = ..., travel_radius_km: _Optional[int] = ..., sectors_to_avoid: _Optional[_Iterable[str]] = ..., conditions: _Optional[_Iterable[_Union[Condition, str]]] = ..., needs: _Optional[_Iterable[_Union[Accommodation, str]]] = ..., income_goal: _Optional[_Union[_common_pb2.MonthlyAmount, _Mapping]] = ..., availability: _Optional[_Iterable[_Union[_common_pb2.WeeklySlot, _Mapping]]] = ..., do_not_group_with: _Optional[_Iterable[str]] = ..., peer_group_focuses: _Optional[_Iterable[_Union[_common_pb2.GroupFocus, str]]] = ..., age_years: _Optional[int] = ..., open_to_cross_border: _Optional[bool] = ...) -> None: ...

class ReadinessAssessment(_message.Message):
    __slots__ = ("stage", "assessed_at", "review_due", "assessed_by")
    STAGE_FIELD_NUMBER: _ClassVar[int]
    ASSESSED_AT_FIELD_NUMBER: _ClassVar[int]
    REVIEW_DUE_FIELD_NUMBER: _ClassVar[int]
    ASSESSED_BY_FIELD_NUMBER: _ClassVar[int]
    stage: _common_pb2.ReadinessStage
    assessed_at: _timestamp_pb2.Timestamp
    review_due: _timestamp_pb2.Timestamp
    assessed_by: str
    def __init__(self, stage: _Optional[_Union[_common_pb2.ReadinessStage, str]] = ..., assessed_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., review_due: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., assessed_by: _Optional[str] = ...) -> None: ...

class ConsentState(_message.Message):
    __slots__ = ("purpose", "granted", "changed_at", "changed_by")
    PURPOSE_FIELD_NUMBER: _ClassVar[int]
    GRANTED_FIELD_NUMBER: _ClassVar[int]
    CHANGED_AT_FIELD_NUMBER: _ClassVar[int]
    CHANGED_BY_FIELD_NUMBER: _ClassVar[int]
    purpose: _common_pb2.ConsentPurpose
    granted: bool
    changed_at: _timestamp_pb2.Timestamp
    changed_by: str
    def __init__(self, purpose: _Optional[_Union[_common_pb2.ConsentPurpose, str]] = ..., granted: _Optional[bool] = ..., changed_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., changed_by: _Optional[str] = ...) -> None: ...

class Survivor(_message.Message):
    __slots__ = ("survivor_id", "organisation_id", "alias", "profile", "readiness", "readiness_history", "consents", "version")
    SURVIVOR_ID_FIELD_NUMBER: _ClassVar[int]
    ORGANISATION_ID_FIELD_NUMBER: _ClassVar[int]
    ALIAS_FIELD_NUMBER: _ClassVar[int]
    PROFILE_FIELD_NUMBER: _ClassVar[int]
    READINESS_FIELD_NUMBER: _ClassVar[int]
    READINESS_HISTORY_FIELD_NUMBER: _ClassVar[int]
    CONSENTS_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    survivor_id: str
    organisation_id: str
    alias: str
    profile: SurvivorProfile
    readiness: ReadinessAssessment
    readiness_history: _containers.RepeatedCompositeFieldContainer[ReadinessAssessment]
    consents: _containers.RepeatedCompositeFieldContainer[ConsentState]
    version: int
    def __init__(self, survivor_id: _Optional[str] = ..., organisation_id: _Optional[str] = ..., alias: _Optional[str] = ..., profile: _Optional[_Union[SurvivorProfile, _Mapping]] = ..., readiness: _Optional[_Union[ReadinessAssessment, _Mapping]] = ..., readiness_history: _Optional[_Iterable[_Union[ReadinessAssessment, _Mapping]]] = ..., consents: _Optional[_Iterable[_Union[ConsentState, _Mapping]]] = ..., version: _Optional[int] = ...) -> None: ...

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

class UpdateSurvivorProfileRequest(_message.Message):
    __slots__ = ("survivor_id", "profile", "expected_version")
    SURVIVOR_ID_FIELD_NUMBER: _ClassVar[int]
    PROFILE_FIELD_NUMBER: _ClassVar[int]
    EXPECTED_VERSION_FIELD_NUMBER: _ClassVar[int]
    survivor_id: str
    profile: SurvivorProfile
    expected_version: int
    def __init__(self, survivor_id: _Optional[str] = ..., profile: _Optional[_Union[SurvivorProfile, _Mapping]] = ..., expected_version: _Optional[int] = ...) -> None: ...

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

class EraseSurvivorRequest(_message.Message):
    __slots__ = ("survivor_id",)
    SURVIVOR_ID_FIELD_NUMBER: _ClassVar[int]
    survivor_id: str
    def __init__(self, survivor_id: _Optional[str] = ...) -> None: ...

class ListSurvivorsRequest(_message.Message):
    __slots__ = ("page", "stage", "not_assessed", "consents", "updated_since")
    PAGE_FIELD_NUMBER: _ClassVar[int]
    STAGE_FIELD_NUMBER: _ClassVar[int]
    NOT_ASSESSED_FIELD_NUMBER: _ClassVar[int]
    CONSENTS_FIELD_NUMBER: _ClassVar[int]
    UPDATED_SINCE_FIELD_NUMBER: _ClassVar[int]
    page: _common_pb2.PageRequest
    stage: _common_pb2.ReadinessStage
    not_assessed: bool
    consents: _containers.RepeatedScalarFieldContainer[_common_pb2.ConsentPurpose]
    updated_since: _timestamp_pb2.Timestamp
    def __init__(self, page: _Optional[_Union[_common_pb2.PageRequest, _Mapping]] = ..., stage: _Optional[_Union[_common_pb2.ReadinessStage, str]] = ..., not_assessed: _Optional[bool] = ..., consents: _Optional[_Iterable[_Union[_common_pb2.ConsentPurpose, str]]] = ..., updated_since: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class SurvivorSummary(_message.Message):
    __slots__ = ("survivor_id", "alias", "stage", "review_due", "consents", "updated_at", "version")
    SURVIVOR_ID_FIELD_NUMBER: _ClassVar[int]
    ALIAS_FIELD_NUMBER: _ClassVar[int]
    STAGE_FIELD_NUMBER: _ClassVar[int]
    REVIEW_DUE_FIELD_NUMBER: _ClassVar[int]
    CONSENTS_FIELD_NUMBER: _ClassVar[int]
    UPDATED_AT_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    survivor_id: str
    alias: str
    stage: _common_pb2.ReadinessStage
    review_due: _timestamp_pb2.Timestamp
    consents: _containers.RepeatedScalarFieldContainer[_common_pb2.ConsentPurpose]
    updated_at: _timestamp_pb2.Timestamp
    version: int
    def __init__(self, survivor_id: _Optional[str] = ..., alias: _Optional[str] = ..., stage: _Optional[_Union[_common_pb2.ReadinessStage, str]] = ..., review_due: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., consents: _Optional[_Iterable[_Union[_common_pb2.ConsentPurpose, str]]] = ..., updated_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., version: _Optional[int] = ...) -> None: ...

class ListSurvivorsResponse(_message.Message):
    __slots__ = ("survivors", "next_page_token")
    SURVIVORS_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    survivors: _containers.RepeatedCompositeFieldContainer[SurvivorSummary]
    next_page_token: str
    def __init__(self, survivors: _Optional[_Iterable[_Union[SurvivorSummary, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...

class EraseSurvivorResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class Workplace(_message.Message):
    __slots__ = ("night_shifts", "women_only", "live_in", "heavy_lifting", "abroad", "documents_withheld", "fee_charged")
    NIGHT_SHIFTS_FIELD_NUMBER: _ClassVar[int]
    WOMEN_ONLY_FIELD_NUMBER: _ClassVar[int]
    LIVE_IN_FIELD_NUMBER: _ClassVar[int]
    HEAVY_LIFTING_FIELD_NUMBER: _ClassVar[int]
    ABROAD_FIELD_NUMBER: _ClassVar[int]
    DOCUMENTS_WITHHELD_FIELD_NUMBER: _ClassVar[int]
    FEE_CHARGED_FIELD_NUMBER: _ClassVar[int]
    night_shifts: bool
    women_only: bool
    live_in: bool
    heavy_lifting: bool
    abroad: bool
    documents_withheld: bool
    fee_charged: bool
    def __init__(self, night_shifts: _Optional[bool] = ..., women_only: _Optional[bool] = ..., live_in: _Optional[bool] = ..., heavy_lifting: _Optional[bool] = ..., abroad: _Optional[bool] = ..., documents_withheld: _Optional[bool] = ..., fee_charged: _Optional[bool] = ...) -> None: ...

class Opportunity(_message.Message):
    __slots__ = ("opportunity_id", "organisation_id", "kind", "title", "description", "sector", "skills_required", "skills_taught", "languages", "location", "remote", "pay", "hours", "workplace", "accommodations", "openings", "minimum_age", "hazardous", "status", "version", "material_revision", "placements", "detected_sectors", "concepts", "offer_revision", "suspended")
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
    HOURS_FIELD_NUMBER: _ClassVar[int]
    WORKPLACE_FIELD_NUMBER: _ClassVar[int]
    ACCOMMODATIONS_FIELD_NUMBER: _ClassVar[int]
    OPENINGS_FIELD_NUMBER: _ClassVar[int]
    MINIMUM_AGE_FIELD_NUMBER: _ClassVar[int]
    HAZARDOUS_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    MATERIAL_REVISION_FIELD_NUMBER: _ClassVar[int]
    PLACEMENTS_FIELD_NUMBER: _ClassVar[int]
    DETECTED_SECTORS_FIELD_NUMBER: _ClassVar[int]
    CONCEPTS_FIELD_NUMBER: _ClassVar[int]
    OFFER_REVISION_FIELD_NUMBER: _ClassVar[int]
    SUSPENDED_FIELD_NUMBER: _ClassVar[int]
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
    hours: Hours
    workplace: Workplace
    accommodations: _containers.RepeatedScalarFieldContainer[Accommodation]
    openings: int
    minimum_age: int
    hazardous: bool
    status: OpportunityStatus
    version: int
    material_revision: int
    placements: int
    detected_sectors: _containers.RepeatedScalarFieldContainer[str]
    concepts: _containers.RepeatedScalarFieldContainer[str]
    offer_revision: int
    suspended: bool
    def __init__(self, opportunity_id: _Optional[str] = ..., organisation_id: _Optional[str] = ..., kind: _Optional[_Union[OpportunityKind, str]] = ..., title: _Optional[str] = ..., description: _Optional[str] = ..., sector: _Optional[str] = ..., skills_required: _Optional[_Iterable[str]] = ..., skills_taught: _Optional[_Iterable[str]] = ..., languages: _Optional[_Iterable[_Union[_common_pb2.LanguageSkill, _Mapping]]] = ..., location: _Optional[_Union[_common_pb2.Place, _Mapping]] = ..., remote: _Optional[bool] = ..., pay: _Optional[_Union[_common_pb2.MonthlyAmount, _Mapping]] = ..., hours: _Optional[_Union[Hours, str]] = ..., workplace: _Optional[_Union[Workplace, _Mapping]] = ..., accommodations: _Optional[_Iterable[_Union[Accommodation, str]]] = ..., openings: _Optional[int] = ..., minimum_age: _Optional[int] = ..., hazardous: _Optional[bool] = ..., status: _Optional[_Union[OpportunityStatus, str]] = ..., version: _Optional[int] = ..., material_revision: _Optional[int] = ..., placements: _Optional[int] = ..., detected_sectors: _Optional[_Iterable[str]] = ..., concepts: _Optional[_Iterable[str]] = ..., offer_revision: _Optional[int] = ..., suspended: _Optional[bool] = ...) -> None: ...

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

class UpdateOpportunityRequest(_message.Message):
    __slots__ = ("opportunity", "expected_version")
    OPPORTUNITY_FIELD_NUMBER: _ClassVar[int]
    EXPECTED_VERSION_FIELD_NUMBER: _ClassVar[int]
    opportunity: Opportunity
    expected_version: int
    def __init__(self, opportunity: _Optional[_Union[Opportunity, _Mapping]] = ..., expected_version: _Optional[int] = ...) -> None: ...

class SetOpportunityStatusRequest(_message.Message):
    __slots__ = ("opportunity_id", "status", "expected_version")
    OPPORTUNITY_ID_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    EXPECTED_VERSION_FIELD_NUMBER: _ClassVar[int]
    opportunity_id: str
    status: OpportunityStatus
    expected_version: int
    def __init__(self, opportunity_id: _Optional[str] = ..., status: _Optional[_Union[OpportunityStatus, str]] = ..., expected_version: _Optional[int] = ...) -> None: ...

class SetOrganisationSuspensionRequest(_message.Message):
    __slots__ = ("organisation_id", "suspended")
    ORGANISATION_ID_FIELD_NUMBER: _ClassVar[int]
    SUSPENDED_FIELD_NUMBER: _ClassVar[int]
    organisation_id: str
    suspended: bool
    def __init__(self, organisation_id: _Optional[str] = ..., suspended: _Optional[bool] = ...) -> None: ...

class SetOrganisationSuspensionResponse(_message.Message):
    __slots__ = ("opportunities_changed",)
    OPPORTUNITIES_CHANGED_FIELD_NUMBER: _ClassVar[int]
    opportunities_changed: int
    def __init__(self, opportunities_changed: _Optional[int] = ...) -> None: ...

class ListOpportunitiesRequest(_message.Message):
    __slots__ = ("organisation_id", "page")
    ORGANISATION_ID_FIELD_NUMBER: _ClassVar[int]
    PAGE_FIELD_NUMBER: _ClassVar[int]
    organisation_id: str
    page: _common_pb2.PageRequest
    def __init__(self, organisation_id: _Optional[str] = ..., page: _Optional[_Union[_common_pb2.PageRequest, _Mapping]] = ...) -> None: ...

class ListOpportunitiesResponse(_message.Message):
    __slots__ = ("opportunities", "next_page_token")
    OPPORTUNITIES_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    opportunities: _containers.RepeatedCompositeFieldContainer[Opportunity]
    next_page_token: str
    def __init__(self, opportunities: _Optional[_Iterable[_Union[Opportunity, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...

class GetMatchesRequest(_message.Message):
    __slots__ = ("survivor_id", "top_k", "kind")
    SURVIVOR_ID_FIELD_NUMBER: _ClassVar[int]
    TOP_K_FIELD_NUMBER: _ClassVar[int]
    KIND_FIELD_NUMBER: _ClassVar[int]
    survivor_id: str
    top_k: int
    kind: OpportunityKind
    def __init__(self, survivor_id: _Optional[str] = ..., top_k: _Optional[int] = ..., kind: _Optional[_Union[OpportunityKind, str]] = ...) -> None: ...

class MatchReason(_message.Message):
    __slots__ = ("code", "text")
    CODE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    code: str
    text: str
    def __init__(self, code: _Optional[str] = ..., text: _Optional[str] = ...) -> None: ...

class ScoreComponent(_message.Message):
    __slots__ = ("name", "value", "weight", "not_judged")
    NAME_FIELD_NUMBER: _ClassVar[int]
    VALUE_FIELD_NUMBER: _ClassVar[int]
    WEIGHT_FIELD_NUMBER: _ClassVar[int]
    NOT_JUDGED_FIELD_NUMBER: _ClassVar[int]
    name: str
    value: float
    weight: float
    not_judged: bool
    def __init__(self, name: _Optional[str] = ..., value: _Optional[float] = ..., weight: _Optional[float] = ..., not_judged: _Optional[bool] = ...) -> None: ...

class PathwaySuggestion(_message.Message):
    __slots__ = ("training_opportunity_id", "training_title", "skills_closed", "leads_to_opportunity_ids")
    TRAINING_OPPORTUNITY_ID_FIELD_NUMBER: _ClassVar[int]
    TRAINING_TITLE_FIELD_NUMBER: _ClassVar[int]
    SKILLS_CLOSED_FIELD_NUMBER: _ClassVar[int]
    LEADS_TO_OPPORTUNITY_IDS_FIELD_NUMBER: _ClassVar[int]
    training_opportunity_id: str
    training_title: str
    skills_closed: _containers.RepeatedScalarFieldContainer[str]
    leads_to_opportunity_ids: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, training_opportunity_id: _Optional[str] = ..., training_title: _Optional[str] = ..., skills_closed: _Optional[_Iterable[str]] = ..., leads_to_opportunity_ids: _Optional[_Iterable[str]] = ...) -> None: ...

class Match(_message.Message):
    __slots__ = ("survivor_id", "opportunity_id", "kind", "title", "score", "breakdown", "reasons", "missing_skills", "pathways", "predicted_success", "has_predicted_success")
    SURVIVOR_ID_FIELD_NUMBER: _ClassVar[int]
    OPPORTUNITY_ID_FIELD_NUMBER: _ClassVar[int]
    KIND_FIELD_NUMBER: _ClassVar[int]
    TITLE_FIELD_NUMBER: _ClassVar[int]
    SCORE_FIELD_NUMBER: _ClassVar[int]
    BREAKDOWN_FIELD_NUMBER: _ClassVar[int]
    REASONS_FIELD_NUMBER: _ClassVar[int]
    MISSING_SKILLS_FIELD_NUMBER: _ClassVar[int]
    PATHWAYS_FIELD_NUMBER: _ClassVar[int]
    PREDICTED_SUCCESS_FIELD_NUMBER: _ClassVar[int]
    HAS_PREDICTED_SUCCESS_FIELD_NUMBER: _ClassVar[int]
    survivor_id: str
    opportunity_id: str
    kind: OpportunityKind
    title: str
    score: float
    breakdown: _containers.RepeatedCompositeFieldContainer[ScoreComponent]
    reasons: _containers.RepeatedCompositeFieldContainer[MatchReason]
    missing_skills: _containers.RepeatedScalarFieldContainer[str]
    pathways: _containers.RepeatedCompositeFieldContainer[PathwaySuggestion]
    predicted_success: float
    has_predicted_success: bool
    def __init__(self, survivor_id: _Optional[str] = ..., opportunity_id: _Optional[str] = ..., kind: _Optional[_Union[OpportunityKind, str]] = ..., title: _Optional[str] = ..., score: _Optional[float] = ..., breakdown: _Optional[_Iterable[_Union[ScoreComponent, _Mapping]]] = ..., reasons: _Optional[_Iterable[_Union[MatchReason, _Mapping]]] = ..., missing_skills: _Optional[_Iterable[str]] = ..., pathways: _Optional[_Iterable[_Union[PathwaySuggestion, _Mapping]]] = ..., predicted_success: _Optional[float] = ..., has_predicted_success: _Optional[bool] = ...) -> None: ...

class NotOfferedReason(_message.Message):
    __slots__ = ("code", "text", "count")
    CODE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    COUNT_FIELD_NUMBER: _ClassVar[int]
    code: str
    text: str
    count: int
    def __init__(self, code: _Optional[str] = ..., text: _Optional[str] = ..., count: _Optional[int] = ...) -> None: ...

class GetMatchesResponse(_message.Message):
    __slots__ = ("matches", "not_offered_because", "skills_to_record")
    MATCHES_FIELD_NUMBER: _ClassVar[int]
    NOT_OFFERED_BECAUSE_FIELD_NUMBER: _ClassVar[int]
    SKILLS_TO_RECORD_FIELD_NUMBER: _ClassVar[int]
    matches: _containers.RepeatedCompositeFieldContainer[Match]
    not_offered_because: _containers.RepeatedCompositeFieldContainer[NotOfferedReason]
    skills_to_record: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, matches: _Optional[_Iterable[_Union[Match, _Mapping]]] = ..., not_offered_because: _Optional[_Iterable[_Union[NotOfferedReason, _Mapping]]] = ..., skills_to_record: _Optional[_Iterable[str]] = ...) -> None: ...

class RunMatchingRoundRequest(_message.Message):
    __slots__ = ("survivor_ids", "overbooking", "candidates_per_survivor", "propose")
    SURVIVOR_IDS_FIELD_NUMBER: _ClassVar[int]
    OVERBOOKING_FIELD_NUMBER: _ClassVar[int]
    CANDIDATES_PER_SURVIVOR_FIELD_NUMBER: _ClassVar[int]
    PROPOSE_FIELD_NUMBER: _ClassVar[int]
    survivor_ids: _containers.RepeatedScalarFieldContainer[str]
    overbooking: float
    candidates_per_survivor: int
    propose: bool
    def __init__(self, survivor_ids: _Optional[_Iterable[str]] = ..., overbooking: _Optional[float] = ..., candidates_per_survivor: _Optional[int] = ..., propose: _Optional[bool] = ...) -> None: ...

class RoundAssignment(_message.Message):
    __slots__ = ("survivor_id", "opportunity_id", "fit")
    SURVIVOR_ID_FIELD_NUMBER: _ClassVar[int]
    OPPORTUNITY_ID_FIELD_NUMBER: _ClassVar[int]
    FIT_FIELD_NUMBER: _ClassVar[int]
    survivor_id: str
    opportunity_id: str
    fit: float
    def __init__(self, survivor_id: _Optional[str] = ..., opportunity_id: _Optional[str] = ..., fit: _Optional[float] = ...) -> None: ...

class RunMatchingRoundResponse(_message.Message):
    __slots__ = ("optimal", "optimal_total_fit", "greedy_total_fit", "greedy_assigned", "unassigned_survivor_ids")
    OPTIMAL_FIELD_NUMBER: _ClassVar[int]
    OPTIMAL_TOTAL_FIT_FIELD_NUMBER: _ClassVar[int]
    GREEDY_TOTAL_FIT_FIELD_NUMBER: _ClassVar[int]
    GREEDY_ASSIGNED_FIELD_NUMBER: _ClassVar[int]
    UNASSIGNED_SURVIVOR_IDS_FIELD_NUMBER: _ClassVar[int]
    optimal: _containers.RepeatedCompositeFieldContainer[RoundAssignment]
    optimal_total_fit: float
    greedy_total_fit: float
    greedy_assigned: int
    unassigned_survivor_ids: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, optimal: _Optional[_Iterable[_Union[RoundAssignment, _Mapping]]] = ..., optimal_total_fit: _Optional[float] = ..., greedy_total_fit: _Optional[float] = ..., greedy_assigned: _Optional[int] = ..., unassigned_survivor_ids: _Optional[_Iterable[str]] = ...) -> None: ...

class MatchTransition(_message.Message):
    __slots__ = ("state", "at", "by", "reason", "occurred_on")
    STATE_FIELD_NUMBER: _ClassVar[int]
    AT_FIELD_NUMBER: _ClassVar[int]
    BY_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    OCCURRED_ON_FIELD_NUMBER: _ClassVar[int]
    state: MatchState
    at: _timestamp_pb2.Timestamp
    by: str
    reason: str
    occurred_on: str
    def __init__(self, state: _Optional[_Union[MatchState, str]] = ..., at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., by: _Optional[str] = ..., reason: _Optional[str] = ..., occurred_on: _Optional[str] = ...) -> None: ...

class MatchRecord(_message.Message):
    __slots__ = ("match_id", "survivor_id", "opportunity_id", "opportunity_organisation_id", "kind", "state", "score", "reasons", "history", "wage", "version", "audit_subject", "partner_alias", "held_by")
    MATCH_ID_FIELD_NUMBER: _ClassVar[int]
    SURVIVOR_ID_FIELD_NUMBER: _ClassVar[int]
    OPPORTUNITY_ID_FIELD_NUMBER: _ClassVar[int]
    OPPORTUNITY_ORGANISATION_ID_FIELD_NUMBER: _ClassVar[int]
    KIND_FIELD_NUMBER: _ClassVar[int]
    STATE_FIELD_NUMBER: _ClassVar[int]
    SCORE_FIELD_NUMBER: _ClassVar[int]
    REASONS_FIELD_NUMBER: _ClassVar[int]
    HISTORY_FIELD_NUMBER: _ClassVar[int]
    WAGE_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    AUDIT_SUBJECT_FIELD_NUMBER: _ClassVar[int]
    PARTNER_ALIAS_FIELD_NUMBER: _ClassVar[int]
    HELD_BY_FIELD_NUMBER: _ClassVar[int]
    match_id: str
    survivor_id: str
    opportunity_id: str
    opportunity_organisation_id: str
    kind: OpportunityKind
    state: MatchState
    score: float
    reasons: _containers.RepeatedCompositeFieldContainer[MatchReason]
    history: _containers.RepeatedCompositeFieldContainer[MatchTransition]
    wage: _common_pb2.MonthlyAmount
    version: int
    audit_subject: AuditSubject
    partner_alias: str
    held_by: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, match_id: _Optional[str] = ..., survivor_id: _Optional[str] = ..., opportunity_id: _Optional[str] = ..., opportunity_organisation_id: _Optional[str] = ..., kind: _Optional[_Union[OpportunityKind, str]] = ..., state: _Optional[_Union[MatchState, str]] = ..., score: _Optional[float] = ..., reasons: _Optional[_Iterable[_Union[MatchReason, _Mapping]]] = ..., history: _Optional[_Iterable[_Union[MatchTransition, _Mapping]]] = ..., wage: _Optional[_Union[_common_pb2.MonthlyAmount, _Mapping]] = ..., version: _Optional[int] = ..., audit_subject: _Optional[_Union[AuditSubject, _Mapping]] = ..., partner_alias: _Optional[str] = ..., held_by: _Optional[_Iterable[str]] = ...) -> None: ...

class AuditSubject(_message.Message):
    __slots__ = ("survivor_id", "survivor_organisation_id")
    SURVIVOR_ID_FIELD_NUMBER: _ClassVar[int]
    SURVIVOR_ORGANISATION_ID_FIELD_NUMBER: _ClassVar[int]
    survivor_id: str
    survivor_organisation_id: str
    def __init__(self, survivor_id: _Optional[str] = ..., survivor_organisation_id: _Optional[str] = ...) -> None: ...

class ProposeMatchRequest(_message.Message):
    __slots__ = ("survivor_id", "opportunity_id")
    SURVIVOR_ID_FIELD_NUMBER: _ClassVar[int]
    OPPORTUNITY_ID_FIELD_NUMBER: _ClassVar[int]
    survivor_id: str
    opportunity_id: str
    def __init__(self, survivor_id: _Optional[str] = ..., opportunity_id: _Optional[str] = ...) -> None: ...

class TransitionMatchRequest(_message.Message):
    __slots__ = ("match_id", "to_state", "reason", "wage", "expected_version", "occurred_on")
    MATCH_ID_FIELD_NUMBER: _ClassVar[int]
    TO_STATE_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    WAGE_FIELD_NUMBER: _ClassVar[int]
    EXPECTED_VERSION_FIELD_NUMBER: _ClassVar[int]
    OCCURRED_ON_FIELD_NUMBER: _ClassVar[int]
    match_id: str
    to_state: MatchState
    reason: str
    wage: _common_pb2.MonthlyAmount
    expected_version: int
    occurred_on: str
    def __init__(self, match_id: _Optional[str] = ..., to_state: _Optional[_Union[MatchState, str]] = ..., reason: _Optional[str] = ..., wage: _Optional[_Union[_common_pb2.MonthlyAmount, _Mapping]] = ..., expected_version: _Optional[int] = ..., occurred_on: _Optional[str] = ...) -> None: ...

class GetMatchRequest(_message.Message):
    __slots__ = ("match_id",)
    MATCH_ID_FIELD_NUMBER: _ClassVar[int]
    match_id: str
    def __init__(self, match_id: _Optional[str] = ...) -> None: ...

class ListSurvivorMatchesRequest(_message.Message):
    __slots__ = ("survivor_id", "page")
    SURVIVOR_ID_FIELD_NUMBER: _ClassVar[int]
    PAGE_FIELD_NUMBER: _ClassVar[int]
    survivor_id: str
    page: _common_pb2.PageRequest
    def __init__(self, survivor_id: _Optional[str] = ..., page: _Optional[_Union[_common_pb2.PageRequest, _Mapping]] = ...) -> None: ...

class ListMatchRecordsResponse(_message.Message):
    __slots__ = ("matches", "next_page_token")
    MATCHES_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    matches: _containers.RepeatedCompositeFieldContainer[MatchRecord]
    next_page_token: str
    def __init__(self, matches: _Optional[_Iterable[_Union[MatchRecord, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...

class GetShortlistRequest(_message.Message):
    __slots__ = ("opportunity_id", "language")
    OPPORTUNITY_ID_FIELD_NUMBER: _ClassVar[int]
    LANGUAGE_FIELD_NUMBER: _ClassVar[int]
    opportunity_id: str
    language: str
    def __init__(self, opportunity_id: _Optional[str] = ..., language: _Optional[str] = ...) -> None: ...

class CandidateCard(_message.Message):
    __slots__ = ("match_id", "alias", "languages", "skills", "interests", "readiness", "state", "score", "skill_ids", "interest_ids", "audit_subject")
    MATCH_ID_FIELD_NUMBER: _ClassVar[int]
    ALIAS_FIELD_NUMBER: _ClassVar[int]
    LANGUAGES_FIELD_NUMBER: _ClassVar[int]
    SKILLS_FIELD_NUMBER: _ClassVar[int]
    INTERESTS_FIELD_NUMBER: _ClassVar[int]
    READINESS_FIELD_NUMBER: _ClassVar[int]
    STATE_FIELD_NUMBER: _ClassVar[int]
    SCORE_FIELD_NUMBER: _ClassVar[int]
    SKILL_IDS_FIELD_NUMBER: _ClassVar[int]
    INTEREST_IDS_FIELD_NUMBER: _ClassVar[int]
    AUDIT_SUBJECT_FIELD_NUMBER: _ClassVar[int]
    match_id: str
    alias: str
    languages: _containers.RepeatedCompositeFieldContainer[_common_pb2.LanguageSkill]
    skills: _containers.RepeatedScalarFieldContainer[str]
    interests: _containers.RepeatedScalarFieldContainer[str]
    readiness: _common_pb2.ReadinessStage
    state: MatchState
    score: float
    skill_ids: _containers.RepeatedScalarFieldContainer[str]
    interest_ids: _containers.RepeatedScalarFieldContainer[str]
    audit_subject: AuditSubject
    def __init__(self, match_id: _Optional[str] = ..., alias: _Optional[str] = ..., languages: _Optional[_Iterable[_Union[_common_pb2.LanguageSkill, _Mapping]]] = ..., skills: _Optional[_Iterable[str]] = ..., interests: _Optional[_Iterable[str]] = ..., readiness: _Optional[_Union[_common_pb2.ReadinessStage, str]] = ..., state: _Optional[_Union[MatchState, str]] = ..., score: _Optional[float] = ..., skill_ids: _Optional[_Iterable[str]] = ..., interest_ids: _Optional[_Iterable[str]] = ..., audit_subject: _Optional[_Union[AuditSubject, _Mapping]] = ...) -> None: ...

class GetShortlistResponse(_message.Message):
    __slots__ = ("candidates",)
    CANDIDATES_FIELD_NUMBER: _ClassVar[int]
    candidates: _containers.RepeatedCompositeFieldContainer[CandidateCard]
    def __init__(self, candidates: _Optional[_Iterable[_Union[CandidateCard, _Mapping]]] = ...) -> None: ...

class TrainOutcomeModelRequest(_message.Message):
    __slots__ = ("min_examples", "seed")
    MIN_EXAMPLES_FIELD_NUMBER: _ClassVar[int]
    SEED_FIELD_NUMBER: _ClassVar[int]
    min_examples: int
    seed: int
    def __init__(self, min_examples: _Optional[int] = ..., seed: _Optional[int] = ...) -> None: ...

class GetOutcomeModelRequest(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class ReliabilityBin(_message.Message):
    __slots__ = ("lower", "upper", "mean_predicted", "observed_rate", "count")
    LOWER_FIELD_NUMBER: _ClassVar[int]
    UPPER_FIELD_NUMBER: _ClassVar[int]
    MEAN_PREDICTED_FIELD_NUMBER: _ClassVar[int]
    OBSERVED_RATE_FIELD_NUMBER: _ClassVar[int]
    COUNT_FIELD_NUMBER: _ClassVar[int]
    lower: float
    upper: float
    mean_predicted: float
    observed_rate: float
    count: int
    def __init__(self, lower: _Optional[float] = ..., upper: _Optional[float] = ..., mean_predicted: _Optional[float] = ..., observed_rate: _Optional[float] = ..., count: _Optional[int] = ...) -> None: ...

class OutcomeModelReport(_message.Message):
    __slots__ = ("version", "roc_auc", "brier", "expected_calibration_error", "n_train", "n_test", "positive_rate", "reliability", "features")
    VERSION_FIELD_NUMBER: _ClassVar[int]
    ROC_AUC_FIELD_NUMBER: _ClassVar[int]
    BRIER_FIELD_NUMBER: _ClassVar[int]
    EXPECTED_CALIBRATION_ERROR_FIELD_NUMBER: _ClassVar[int]
    N_TRAIN_FIELD_NUMBER: _ClassVar[int]
    N_TEST_FIELD_NUMBER: _ClassVar[int]
    POSITIVE_RATE_FIELD_NUMBER: _ClassVar[int]
    RELIABILITY_FIELD_NUMBER: _ClassVar[int]
    FEATURES_FIELD_NUMBER: _ClassVar[int]
    version: str
    roc_auc: float
    brier: float
    expected_calibration_error: float
    n_train: int
    n_test: int
    positive_rate: float
    reliability: _containers.RepeatedCompositeFieldContainer[ReliabilityBin]
    features: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, version: _Optional[str] = ..., roc_auc: _Optional[float] = ..., brier: _Optional[float] = ..., expected_calibration_error: _Optional[float] = ..., n_train: _Optional[int] = ..., n_test: _Optional[int] = ..., positive_rate: _Optional[float] = ..., reliability: _Optional[_Iterable[_Union[ReliabilityBin, _Mapping]]] = ..., features: _Optional[_Iterable[str]] = ...) -> None: ...

class GetOrganisationDashboardRequest(_message.Message):
    __slots__ = ("organisation_id",)
    ORGANISATION_ID_FIELD_NUMBER: _ClassVar[int]
    organisation_id: str
    def __init__(self, organisation_id: _Optional[str] = ...) -> None: ...

class DashboardCount(_message.Message):
    __slots__ = ("code", "count", "suppressed", "due")
    CODE_FIELD_NUMBER: _ClassVar[int]
    COUNT_FIELD_NUMBER: _ClassVar[int]
    SUPPRESSED_FIELD_NUMBER: _ClassVar[int]
    DUE_FIELD_NUMBER: _ClassVar[int]
    code: str
    count: int
    suppressed: bool
    due: DueHires
    def __init__(self, code: _Optional[str] = ..., count: _Optional[int] = ..., suppressed: _Optional[bool] = ..., due: _Optional[_Union[DueHires, _Mapping]] = ...) -> None: ...

class DueHires(_message.Message):
    __slots__ = ("count", "suppressed", "days", "hired_by")
    COUNT_FIELD_NUMBER: _ClassVar[int]
    SUPPRESSED_FIELD_NUMBER: _ClassVar[int]
    DAYS_FIELD_NUMBER: _ClassVar[int]
    HIRED_BY_FIELD_NUMBER: _ClassVar[int]
    count: int
    suppressed: bool
    days: int
    hired_by: str
    def __init__(self, count: _Optional[int] = ..., suppressed: _Optional[bool] = ..., days: _Optional[int] = ..., hired_by: _Optional[str] = ...) -> None: ...

class OrganisationDashboard(_message.Message):
    __slots__ = ("organisation_id", "readiness", "moved_up", "moved_up_since", "outcomes", "income", "suppressed_below")
    ORGANISATION_ID_FIELD_NUMBER: _ClassVar[int]
    READINESS_FIELD_NUMBER: _ClassVar[int]
    MOVED_UP_FIELD_NUMBER: _ClassVar[int]
    MOVED_UP_SINCE_FIELD_NUMBER: _ClassVar[int]
    OUTCOMES_FIELD_NUMBER: _ClassVar[int]
    INCOME_FIELD_NUMBER: _ClassVar[int]
    SUPPRESSED_BELOW_FIELD_NUMBER: _ClassVar[int]
    organisation_id: str
    readiness: _containers.RepeatedCompositeFieldContainer[DashboardCount]
    moved_up: DashboardCount
    moved_up_since: _timestamp_pb2.Timestamp
    outcomes: _containers.RepeatedCompositeFieldContainer[DashboardCount]
    income: _containers.RepeatedCompositeFieldContainer[DashboardCount]
    suppressed_below: int
    def __init__(self, organisation_id: _Optional[str] = ..., readiness: _Optional[_Iterable[_Union[DashboardCount, _Mapping]]] = ..., moved_up: _Optional[_Union[DashboardCount, _Mapping]] = ..., moved_up_since: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., outcomes: _Optional[_Iterable[_Union[DashboardCount, _Mapping]]] = ..., income: _Optional[_Iterable[_Union[DashboardCount, _Mapping]]] = ..., suppressed_below: _Optional[int] = ...) -> None: ...

class GetVocabularyRequest(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class VocabularyConcept(_message.Message):
    __slots__ = ("id", "kind", "labels", "broader", "narrower", "related")
    class LabelsEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: str
        def __init__(self, key: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...
    ID_FIELD_NUMBER: _ClassVar[int]
    KIND_FIELD_NUMBER: _ClassVar[int]
    LABELS_FIELD_NUMBER: _ClassVar[int]
    BROADER_FIELD_NUMBER: _ClassVar[int]
    NARROWER_FIELD_NUMBER: _ClassVar[int]
    RELATED_FIELD_NUMBER: _ClassVar[int]
    id: str
    kind: str
    labels: _containers.ScalarMap[str, str]
    broader: _containers.RepeatedScalarFieldContainer[str]
    narrower: _containers.RepeatedScalarFieldContainer[str]
    related: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, id: _Optional[str] = ..., kind: _Optional[str] = ..., labels: _Optional[_Mapping[str, str]] = ..., broader: _Optional[_Iterable[str]] = ..., narrower: _Optional[_Iterable[str]] = ..., related: _Optional[_Iterable[str]] = ...) -> None: ...

class Vocabulary(_message.Message):
    __slots__ = ("version", "languages", "concepts")
    VERSION_FIELD_NUMBER: _ClassVar[int]
    LANGUAGES_FIELD_NUMBER: _ClassVar[int]
    CONCEPTS_FIELD_NUMBER: _ClassVar[int]
    version: str
    languages: _containers.RepeatedScalarFieldContainer[str]
    concepts: _containers.RepeatedCompositeFieldContainer[VocabularyConcept]
    def __init__(self, version: _Optional[str] = ..., languages: _Optional[_Iterable[str]] = ..., concepts: _Optional[_Iterable[_Union[VocabularyConcept, _Mapping]]] = ...) -> None: ...
