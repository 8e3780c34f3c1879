"""Value types shared by the survivor, opportunity and match bodies.

Each enum names its protobuf enum once (:func:`gateway.api.proto_enums.maps_to`).
"""

from __future__ import annotations

import unicodedata
from enum import StrEnum
from typing import Annotated

from pydantic import (
    AfterValidator,
    BeforeValidator,
    Field,
    StrictFloat,
    StrictInt,
    StringConstraints,
    model_validator,
)

from gateway.api.places import DistrictNotFound, resolve_district
from gateway.api.proto_enums import from_proto, maps_to, to_proto
from gateway.api.types import CountryCode, NFCText, StrictModel, nfc
from pathways.v1 import common_pb2
from pathways.v1 import matching_pb2 as pb

__all__ = [
    "Accommodation",
    "Concept",
    "ConceptList",
    "Condition",
    "ConsentPurpose",
    "GroupFocus",
    "Hours",
    "LanguageLevel",
    "LanguageSkill",
    "MatchState",
    "Money",
    "MultilineText",
    "OpportunityKind",
    "OpportunityStatus",
    "Place",
    "PseudonymousId",
    "ReadinessStage",
    "WeeklySlot",
]


def _line_breaks_only(value: str) -> str:
    """Line breaks are text (job descriptions, a survivor's words); every other control
    character is refused, as in single-line text. Lone surrogates are refused too."""
    value = value.replace("\r\n", "\n").replace("\r", "\n")
    for char in value:
        category = unicodedata.category(char)
        if category == "Cc" and char != "\n":
            raise ValueError("control characters other than line breaks are not allowed")
        if category == "Cs":
            raise ValueError("lone surrogates are not allowed")
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


@maps_to(common_pb2.ConsentPurpose, "CONSENT_PURPOSE_")
class ConsentPurpose(StrEnum):
    MATCHING = "matching"
    EMPLOYER_SHORTLIST = "employer_shortlist"
    PEER_GROUPS = "peer_groups"


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


@maps_to(pb.Condition, "CONDITION_")
class Condition(StrEnum):
    NO_NIGHT_SHIFTS = "no_night_shifts"
    WOMEN_ONLY_WORKPLACE = "women_only_workplace"
    NO_LIVE_IN = "no_live_in"
    NO_HEAVY_LIFTING = "no_heavy_lifting"


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


@maps_to(pb.OpportunityStatus, "OPPORTUNITY_STATUS_")
class OpportunityStatus(StrEnum):
    OPEN = "open"
    PAUSED = "paused"
    FILLED = "filled"
    CLOSED = "closed"


@maps_to(pb.MatchState, "MATCH_STATE_")
class MatchState(StrEnum):
    PROPOSED = "proposed"
    ACCEPTED = "accepted"
    DECLINED = "declined"
    EMPLOYER_INTEREST = "employer_interest"
    INTRODUCED = "introduced"
    HIRED = "hired"
    ENROLLED = "enrolled"
    COMPLETED = "completed"
    RETAINED_30 = "retained_30"
    RETAINED_90 = "retained_90"
    RETAINED_180 = "retained_180"
    ENDED = "ended"


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


class Money(StrictModel):
    """A monthly amount in whole units of an ISO 4217 currency."""

    amount: Annotated[StrictInt, Field(ge=0, le=10_000_000_000)]
    currency: Annotated[str, StringConstraints(pattern=r"^[A-Z]{3}$")] = Field(examples=["THB"])

    def to_proto(self) -> common_pb2.MonthlyAmount:
        return common_pb2.MonthlyAmount(amount=self.amount, currency=self.currency)

    @classmethod
    def of_optional(cls, message: common_pb2.MonthlyAmount, *, present: bool) -> Money | None:
        return cls(amount=message.amount, currency=message.currency) if present else None


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
