from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class ReadinessStage(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    READINESS_STAGE_UNSPECIFIED: _ClassVar[ReadinessStage]
    READINESS_STAGE_STABILISING: _ClassVar[ReadinessStage]
    READINESS_STAGE_PEER_SUPPORT_READY: _ClassVar[ReadinessStage]
    READINESS_STAGE_TRAINING_READY: _ClassVar[ReadinessStage]
    READINESS_STAGE_EMPLOYMENT_READY: _ClassVar[ReadinessStage]

class ConsentPurpose(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    CONSENT_PURPOSE_UNSPECIFIED: _ClassVar[ConsentPurpose]
    CONSENT_PURPOSE_MATCHING: _ClassVar[ConsentPurpose]
    CONSENT_PURPOSE_EMPLOYER_SHORTLIST: _ClassVar[ConsentPurpose]
    CONSENT_PURPOSE_PEER_GROUPS: _ClassVar[ConsentPurpose]

class LanguageLevel(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    LANGUAGE_LEVEL_UNSPECIFIED: _ClassVar[LanguageLevel]
    LANGUAGE_LEVEL_BASIC: _ClassVar[LanguageLevel]
    LANGUAGE_LEVEL_CONVERSATIONAL: _ClassVar[LanguageLevel]
    LANGUAGE_LEVEL_FLUENT: _ClassVar[LanguageLevel]
    LANGUAGE_LEVEL_NATIVE: _ClassVar[LanguageLevel]

class GroupFocus(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    GROUP_FOCUS_UNSPECIFIED: _ClassVar[GroupFocus]
    GROUP_FOCUS_ANY: _ClassVar[GroupFocus]
    GROUP_FOCUS_LABOUR_TRAFFICKING: _ClassVar[GroupFocus]
    GROUP_FOCUS_SEX_TRAFFICKING: _ClassVar[GroupFocus]
    GROUP_FOCUS_WOMEN_ONLY: _ClassVar[GroupFocus]
    GROUP_FOCUS_YOUTH: _ClassVar[GroupFocus]
READINESS_STAGE_UNSPECIFIED: ReadinessStage
READINESS_STAGE_STABILISING: ReadinessStage
READINESS_STAGE_PEER_SUPPORT_READY: ReadinessStage
READINESS_STAGE_TRAINING_READY: ReadinessStage
READINESS_STAGE_EMPLOYMENT_READY: ReadinessStage
CONSENT_PURPOSE_UNSPECIFIED: ConsentPurpose
CONSENT_PURPOSE_MATCHING: ConsentPurpose
CONSENT_PURPOSE_EMPLOYER_SHORTLIST: ConsentPurpose
CONSENT_PURPOSE_PEER_GROUPS: ConsentPurpose
LANGUAGE_LEVEL_UNSPECIFIED: LanguageLevel
LANGUAGE_LEVEL_BASIC: LanguageLevel
LANGUAGE_LEVEL_CONVERSATIONAL: LanguageLevel
LANGUAGE_LEVEL_FLUENT: LanguageLevel
LANGUAGE_LEVEL_NATIVE: LanguageLevel
GROUP_FOCUS_UNSPECIFIED: GroupFocus
GROUP_FOCUS_ANY: GroupFocus
GROUP_FOCUS_LABOUR_TRAFFICKING: GroupFocus
GROUP_FOCUS_SEX_TRAFFICKING: GroupFocus
GROUP_FOCUS_WOMEN_ONLY: GroupFocus
GROUP_FOCUS_YOUTH: GroupFocus

class LanguageSkill(_message.Message):
    __slots__ = ("language", "level")
    LANGUAGE_FIELD_NUMBER: _ClassVar[int]
    LEVEL_FIELD_NUMBER: _ClassVar[int]
    language: str
    level: LanguageLevel
    def __init__(self, language: _Optional[str] = ..., level: _Optional[_Union[LanguageLevel, str]] = ...) -> None: ...

class MonthlyAmount(_message.Message):
    __slots__ = ("amount", "currency")
    AMOUNT_FIELD_NUMBER: _ClassVar[int]
    CURRENCY_FIELD_NUMBER: _ClassVar[int]
    amount: int
    currency: str
    def __init__(self, amount: _Optional[int] = ..., currency: _Optional[str] = ...) -> None: ...

class Place(_message.Message):
    __slots__ = ("country", "district", "latitude", "longitude")
    COUNTRY_FIELD_NUMBER: _ClassVar[int]
    DISTRICT_FIELD_NUMBER: _ClassVar[int]
    LATITUDE_FIELD_NUMBER: _ClassVar[int]
    LONGITUDE_FIELD_NUMBER: _ClassVar[int]
    country: str
    district: str
    latitude: float
    longitude: float
    def __init__(self, country: _Optional[str] = ..., district: _Optional[str] = ..., latitude: _Optional[float] = ..., longitude: _Optional[float] = ...) -> None: ...

class WeeklySlot(_message.Message):
    __slots__ = ("day_of_week", "start_minute", "duration_minutes")
    DAY_OF_WEEK_FIELD_NUMBER: _ClassVar[int]
    START_MINUTE_FIELD_NUMBER: _ClassVar[int]
    DURATION_MINUTES_FIELD_NUMBER: _ClassVar[int]
    day_of_week: int
    start_minute: int
    duration_minutes: int
    def __init__(self, day_of_week: _Optional[int] = ..., start_minute: _Optional[int] = ..., duration_minutes: _Optional[int] = ...) -> None: ...

class PageRequest(_message.Message):
    __slots__ = ("page_size", "page_token")
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    page_size: int
    page_token: str
    def __init__(self, page_size: _Optional[int] = ..., page_token: _Optional[str] = ...) -> None: ...
