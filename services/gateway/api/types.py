"""The types bodies share: strict request models, bounded NFC text, and the values and
enums the survivor, opportunity, match and peer-group bodies have in common.

Request bodies extend :class:`StrictModel`: unknown fields refused, strings NFC-normalised
and bounded.

Thai, Khmer, Burmese and Vietnamese text can arrive composed or decomposed; normalising to
NFC makes equal names equal (and uniqueness meaningful) whatever keyboard typed them.
``NFCText`` is the reusable type; bound it with ``StringConstraints`` where it is used::

    title: Annotated[NFCText, StringConstraints(min_length=1, max_length=200)]
"""

from __future__ import annotations

import functools
import re
import unicodedata
from datetime import UTC, date, datetime
from enum import StrEnum
from typing import Annotated, Any

from babel.core import get_global
from babel.numbers import get_territory_currencies
from google.protobuf.timestamp_pb2 import Timestamp
from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    StrictFloat,
    StrictInt,
    StringConstraints,
    field_validator,
    model_validator,
)

from gateway.api.places.gazetteer import DistrictNotFound, resolve_district
from gateway.proto_enums import from_proto, maps_to, to_proto
from pathways.v1 import common_pb2
from pathways.v1 import matching_pb2 as pb

__all__ = [
    "Accommodation",
    "CalendarDate",
    "Concept",
    "ConceptList",
    "CountryCode",
    "GroupFocus",
    "Hours",
    "Identifier",
    "LanguageLevel",
    "LanguageSkill",
    "Money",
    "MultilineText",
    "NFCText",
    "Name",
    "OpportunityKind",
    "Password",
    "Place",
    "PseudonymousId",
    "ReadinessStage",
    "StrictModel",
    "Username",
    "UtcDateTime",
    "WeeklySlot",
    "nfc",
    "timestamp_of",
]


def nfc(value: Any) -> Any:
    """NFC-normalise and trim strings; anything else is left for the type check to refuse."""
    if isinstance(value, str):
        return unicodedata.normalize("NFC", value).strip()
    return value


def _nfc_untrimmed(value: Any) -> Any:
    if isinstance(value, str):
        return unicodedata.normalize("NFC", value)
    return value


def _encodable(value: str) -> str:
    """Refuse lone surrogates: JSON may carry them (``"\\ud800"``), UTF-8 cannot, so they
    would fail later, in a store or a protobuf message, as a server error."""
    if any(unicodedata.category(char) == "Cs" for char in value):
        raise ValueError("lone surrogates are not allowed")
    return value


#: Characters that reorder the text around them when shown (bidirectional embeddings,
#: overrides and isolates): "‮nimda" reads as "admin" in an audit list.
_BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def _no_reordering(value: str) -> None:
    if not _BIDI_CONTROLS.isdisjoint(value):
        raise ValueError("bidirectional controls (characters that reorder the text) are refused")


def _no_control_characters(value: str) -> str:
    if any(unicodedata.category(char) == "Cc" for char in value):
        raise ValueError("control characters are not allowed")
    _no_reordering(value)
    return _encodable(value)


def _nfkc(value: Any) -> Any:
    """Compatibility forms folded (full-width "ａｄｍｉｎ" is "admin") and trimmed."""
    if isinstance(value, str):
        return unicodedata.normalize("NFKC", value).strip()
    return value


#: Scripts whose letters look alike ("а" Cyrillic, "a" Latin, "ο" Greek).
_LOOK_ALIKE_SCRIPTS = frozenset({"LATIN", "CYRILLIC", "GREEK", "ARMENIAN"})


def _mixes_look_alike_scripts(text: str) -> bool:
    """Whether `text` holds letters of two look-alike scripts: "аdmin" with a Cyrillic а
    looks like "admin". Latin beside Thai, Khmer, Burmese or Chinese is fine."""
    scripts = {unicodedata.name(char, "?").split(" ")[0] for char in text if char.isalpha()}
    return len(scripts & _LOOK_ALIKE_SCRIPTS) > 1


def _one_script(value: str) -> str:
    """No letters of two look-alike scripts ("สมชาย.ngo" is fine)."""
    if _mixes_look_alike_scripts(value):
        raise ValueError("a username may not mix Latin, Cyrillic, Greek or Armenian letters")
    return value


#: Free text: NFC, trimmed, no control characters, valid Unicode. Add length bounds where used.
NFCText = Annotated[str, BeforeValidator(nfc), AfterValidator(_no_control_characters)]

Name = Annotated[NFCText, StringConstraints(min_length=1, max_length=200)]

#: Login names: letters, digits and ``. _ - @``, never Latin mixed with a look-alike
#: script; NFKC (full-width and other compatibility forms folded, so none looks like
#: another's), compared case-folded.
Username = Annotated[
    str,
    BeforeValidator(_nfkc),
    AfterValidator(_no_control_characters),
    AfterValidator(_one_script),
    StringConstraints(min_length=3, max_length=128, pattern=r"^[\w.@+-]+$"),
]

#: Passwords are NFC-normalised (as RFC 8265 asks) but never trimmed; valid Unicode.
Password = Annotated[
    str,
    BeforeValidator(_nfc_untrimmed),
    StringConstraints(min_length=1, max_length=1024),
    AfterValidator(_encodable),
]

#: ISO 3166-1 alpha-2.
CountryCode = Annotated[str, StringConstraints(pattern=r"^[A-Z]{2}$")]

#: Ids the gateway hands out (``org_…``, ``usr_…``): ASCII, fixed shape.
Identifier = Annotated[
    str, StringConstraints(min_length=36, max_length=36, pattern=r"^[a-z]{3}_[0-9a-f]{32}$")
]


def _utc(value: datetime) -> datetime:
    """In UTC (a time without offset is read as UTC); one that leaves the calendar there
    (``0001-01-01T00:00:00+01:00``) is refused instead of failing in the store."""
    if value.tzinfo is None:
        return value.replace(tzinfo=UTC)
    try:
        return value.astimezone(UTC)
    except (OverflowError, ValueError) as error:
        raise ValueError("the time is out of range") from error


#: An instant in a query or body (ISO 8601), normalised to UTC.
UtcDateTime = Annotated[datetime, AfterValidator(_utc)]

_ISO_DAY = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")


def _iso_day_only(value: Any) -> Any:
    """Only ``YYYY-MM-DD``: pydantic alone would also take a number of seconds or a time."""
    if not isinstance(value, str) or not _ISO_DAY.match(value):
        raise ValueError("a calendar date is written YYYY-MM-DD")
    return value


#: A calendar day (ISO 8601 ``YYYY-MM-DD``, nothing else): a day, not an instant.
CalendarDate = Annotated[date, BeforeValidator(_iso_day_only)]


class StrictModel(BaseModel):
    """Base of every request body: unknown fields are an error, not silently dropped."""

    model_config = ConfigDict(extra="forbid", frozen=True)


def timestamp_of(stamp: Timestamp) -> datetime | None:
    """A time of the contract; None for the unset (zero) timestamp."""
    if stamp.seconds == 0 and stamp.nanos == 0:
        return None
    return stamp.ToDatetime(tzinfo=UTC)


#: A word: a run of letters, marks and figures (what a reader takes for one word).
_WORD = re.compile(r"[^\W_]+")


def _line_breaks_only(value: str) -> str:
    """Line breaks are text (job descriptions, a survivor's words); every other control
    character is refused, as in single-line text. Lone surrogates are refused too.

    So is text that reads one way on screen and another way to the services, the way a
    poster slips a fee or kept passports past matching's reading (session 37's probe):
    bidirectional controls ("\u202e.eef tnemecalp" shows as "placement fee."), and a word
    mixing letters of look-alike scripts ("pаssport" with a Cyrillic а). Latin beside Thai,
    Khmer, Burmese or Chinese, even in one run ("入data"), is fine."""
    value = value.replace("\r\n", "\n").replace("\r", "\n")
    for char in value:
        category = unicodedata.category(char)
        if category == "Cc" and char != "\n":
            raise ValueError("control characters other than line breaks are not allowed")
        if category == "Cs":
            raise ValueError("lone surrogates are not allowed")
    _no_reordering(value)
    for word in _WORD.findall(value):
        if _mixes_look_alike_scripts(word):
            raise ValueError(
                "a word mixes Latin, Cyrillic, Greek or Armenian letters that look alike: "
                "type it in one alphabet"
            )
    return value


#: Free text over several lines: NFC, trimmed, line breaks kept (CR LF and CR become LF),
#: no other control characters. Add length bounds where used.
MultilineText = Annotated[str, BeforeValidator(nfc), AfterValidator(_line_breaks_only)]


@maps_to(common_pb2.ReadinessStage, "READINESS_STAGE_")
class ReadinessStage(StrEnum):
    STABILISING = "stabilising"
    PEER_SUPPORT_READY = "peer_support_ready"
    TRAINING_READY = "training_ready"
    EMPLOYMENT_READY = "employment_ready"


@maps_to(common_pb2.LanguageLevel, "LANGUAGE_LEVEL_")
class LanguageLevel(StrEnum):
    BASIC = "basic"
    CONVERSATIONAL = "conversational"
    FLUENT = "fluent"
    NATIVE = "native"


@maps_to(pb.Hours, "HOURS_", unspecified="any")
class Hours(StrEnum):
    ANY = "any"
    FULL_TIME = "full_time"
    PART_TIME = "part_time"
    FLEXIBLE = "flexible"


@maps_to(pb.Accommodation, "ACCOMMODATION_")
class Accommodation(StrEnum):
    CHILDCARE = "childcare"
    TRANSPORT = "transport"
    FLEXIBLE_HOURS = "flexible_hours"
    COUNSELLING = "counselling"
    STIPEND = "stipend"
    TRAUMA_INFORMED_SUPERVISOR = "trauma_informed_supervisor"


@maps_to(common_pb2.GroupFocus, "GROUP_FOCUS_")
class GroupFocus(StrEnum):
    ANY = "any"
    LABOUR_TRAFFICKING = "labour_trafficking"
    SEX_TRAFFICKING = "sex_trafficking"
    WOMEN_ONLY = "women_only"
    YOUTH = "youth"


@maps_to(pb.OpportunityKind, "OPPORTUNITY_KIND_")
class OpportunityKind(StrEnum):
    JOB = "job"
    TRAINING = "training"


#: A vocabulary concept id or a short skill word: ``food_service``, ``barista``.
Concept = Annotated[NFCText, StringConstraints(min_length=1, max_length=64, pattern=r"^[\w.\-]+$")]
ConceptList = Annotated[list[Concept], Field(max_length=50)]

#: Ids handed out by matching (``srv_…``, ``opp_…``, ``m_…``): plain ASCII, bounded.
PseudonymousId = Annotated[
    str, StringConstraints(min_length=3, max_length=64, pattern=r"^[A-Za-z0-9_\-]+$")
]


class LanguageSkill(StrictModel):
    language: Annotated[str, StringConstraints(pattern=r"^[a-z]{2,3}$")] = Field(
        description="BCP 47 primary tag: th, km, my, vi, tl, zh, en…", examples=["th"]
    )
    level: LanguageLevel

    def to_proto(self) -> common_pb2.LanguageSkill:
        return common_pb2.LanguageSkill(language=self.language, level=to_proto(self.level))

    @classmethod
    def of(cls, message: common_pb2.LanguageSkill) -> LanguageSkill:
        level = from_proto(LanguageLevel, message.level) or LanguageLevel.BASIC
        return cls(language=message.language, level=level)


class Place(StrictModel):
    """A district, never an address: the centroid stands for everyone living there.

    Without coordinates, the district is looked up by name in its country in the GeoNames
    gazetteer (``gateway.api.places``); a district it does not know, or knows for places
    far apart, is refused (422): send its coordinates. A place is never taken as 0,0.
    """

    country: CountryCode
    district: Annotated[NFCText, StringConstraints(min_length=1, max_length=100)]
    latitude: Annotated[StrictFloat | StrictInt, Field(ge=-90, le=90)] | None = Field(
        default=None, description="The district centroid; looked up from the district if absent."
    )
    longitude: Annotated[StrictFloat | StrictInt, Field(ge=-180, le=180)] | None = Field(
        default=None, description="The district centroid; looked up from the district if absent."
    )

    @model_validator(mode="after")
    def _with_coordinates(self) -> Place:
        if (self.latitude is None) != (self.longitude is None):
            raise ValueError("send both latitude and longitude, or neither")
        if self.latitude is None:
            try:
                found = resolve_district(self.country, self.district)
            except DistrictNotFound as error:
                raise ValueError(str(error)) from None
            # Frozen for callers; filled in here, once, while being validated.
            object.__setattr__(self, "latitude", found.latitude)
            object.__setattr__(self, "longitude", found.longitude)
        elif self.latitude == 0 and self.longitude == 0:
            raise ValueError("0,0 is not a district we serve; send the district's coordinates")
        return self

    def to_proto(self) -> common_pb2.Place:
        return common_pb2.Place(
            country=self.country,
            district=self.district,
            latitude=float(self.latitude or 0.0),
            longitude=float(self.longitude or 0.0),
        )

    @classmethod
    def of(cls, message: common_pb2.Place) -> Place:
        # As stored, not validated again: a place written before coordinates were required
        # must still be readable (and corrected), not fail the read.
        return cls.model_construct(
            country=message.country,
            district=message.district,
            latitude=message.latitude,
            longitude=message.longitude,
        )


@functools.cache
def currencies_in_use() -> frozenset[str]:
    """The ISO 4217 codes legal tender in some country or territory today, from CLDR's
    data as Babel ships it: not "ZZZ", not a currency long gone ("DEM"), not the codes for
    gold or for testing ("XAU", "XXX")."""
    today = date.today()
    return frozenset(
        code
        for territory in get_global("territory_currencies")
        for code in get_territory_currencies(territory, start_date=today, tender=True)
    )


class Money(StrictModel):
    """A monthly amount in whole units of an ISO 4217 currency in use."""

    amount: Annotated[StrictInt, Field(ge=0, le=10_000_000_000)]
    currency: Annotated[str, StringConstraints(pattern=r"^[A-Z]{3}$")] = Field(
        examples=["THB"], description="An ISO 4217 code of a currency in use."
    )

    @field_validator("currency")
    @classmethod
    def _in_use(cls, currency: str) -> str:
        # A pay or an income goal in no currency could never be compared with another:
        # every comparison would read "not comparable" without a word (session 35 probe).
        if currency not in currencies_in_use():
            raise ValueError("not the ISO 4217 code of a currency in use, such as THB or USD")
        return currency

    def to_proto(self) -> common_pb2.MonthlyAmount:
        return common_pb2.MonthlyAmount(amount=self.amount, currency=self.currency)

    @classmethod
    def of_optional(cls, message: common_pb2.MonthlyAmount, *, present: bool) -> Money | None:
        """As stored, not checked again: a currency taken before the check (or since gone
        out of use) is still shown as it was recorded."""
        if not present:
            return None
        return cls.model_construct(amount=message.amount, currency=message.currency)


class WeeklySlot(StrictModel):
    day_of_week: Annotated[StrictInt, Field(ge=1, le=7, description="1 = Monday … 7 = Sunday")]
    start_minute: Annotated[StrictInt, Field(ge=0, lt=1440)]
    duration_minutes: Annotated[StrictInt, Field(ge=1, le=1440)]

    def to_proto(self) -> common_pb2.WeeklySlot:
        return common_pb2.WeeklySlot(
            day_of_week=self.day_of_week,
            start_minute=self.start_minute,
            duration_minutes=self.duration_minutes,
        )

    @classmethod
    def of(cls, message: common_pb2.WeeklySlot) -> WeeklySlot:
        return cls(
            day_of_week=message.day_of_week,
            start_minute=message.start_minute,
            duration_minutes=message.duration_minutes,
        )
