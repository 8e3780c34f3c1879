"""Bodies of the survivor routes (reintegration officers of the survivor's organisation).

The full profile is shown only here, to the survivor's own officers; employers and
providers never reach these routes (policy table) and see anonymised cards elsewhere.
Free text is bounded and NFC-normalised; nothing a caller sends is echoed in an error.
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Annotated, Any

from google.protobuf.timestamp_pb2 import Timestamp
from pydantic import (
    AwareDatetime,
    BaseModel,
    ConfigDict,
    Field,
    StrictBool,
    StrictInt,
    StringConstraints,
    ValidationInfo,
    field_validator,
)

from gateway.api.types import (
    Accommodation,
    ConceptList,
    GroupFocus,
    Hours,
    LanguageSkill,
    Money,
    MultilineText,
    NFCText,
    Place,
    PseudonymousId,
    ReadinessStage,
    StrictModel,
    WeeklySlot,
    timestamp_of,
)
from gateway.proto_enums import from_proto, maps_to, to_proto
from pathways.v1 import common_pb2
from pathways.v1 import matching_pb2 as pb

__all__ = [
    "AGE_BANDS",
    "MINOR_AGE_BANDS",
    "Condition",
    "ConsentPublic",
    "ConsentPurpose",
    "ConsentUpdate",
    "ReadinessAssessmentCreate",
    "ReadinessPublic",
    "SurvivorCreate",
    "SurvivorProfile",
    "SurvivorPublic",
    "SurvivorSummary",
]


@maps_to(common_pb2.ConsentPurpose, "CONSENT_PURPOSE_")
class ConsentPurpose(StrEnum):
    MATCHING = "matching"
    EMPLOYER_SHORTLIST = "employer_shortlist"
    PEER_GROUPS = "peer_groups"


@maps_to(pb.Condition, "CONDITION_")
class Condition(StrEnum):
    NO_NIGHT_SHIFTS = "no_night_shifts"
    WOMEN_ONLY_WORKPLACE = "women_only_workplace"
    NO_LIVE_IN = "no_live_in"
    NO_HEAVY_LIFTING = "no_heavy_lifting"


#: ``14-17`` is the minors' band; ``15-17``, the band minors were registered in before
#: 14-year-olds could be, is still accepted and means the same: a minor.
MINOR_AGE_BANDS = ("14-17", "15-17")
AGE_BANDS = (*MINOR_AGE_BANDS, "18-24", "25-34", "35-44", "45-54", "55+")
#: A survivor's own words: line breaks kept.
FreeText = Annotated[MultilineText, StringConstraints(max_length=2000)]

_PROFILE_EXAMPLE: dict[str, Any] = {
    "languages": [{"language": "th", "level": "native"}],
    "residence": {"country": "TH", "district": "Bang Rak", "latitude": 13.73, "longitude": 100.52},
    "age_band": "25-34",
    "interests": "อยากทำงานในร้านกาแฟ ชอบทำขนม",
    "aspirations": "open a small bakery",
    "interest_tags": ["food_service"],
    "skills": ["customer_service"],
    "skills_wanted": ["barista"],
    "hours": "full_time",
    "travel_radius_km": 25,
    "sectors_to_avoid": ["fishing"],
    "conditions": ["no_night_shifts"],
    "needs": ["childcare"],
    "income_goal": {"amount": 9000, "currency": "THB"},
}


class SurvivorProfile(StrictModel):
    """What a survivor chose to share, with their officer. Replaced as a whole on update."""

    model_config = ConfigDict(
        extra="forbid", frozen=True, json_schema_extra={"examples": [_PROFILE_EXAMPLE]}
    )

    languages: Annotated[list[LanguageSkill], Field(min_length=1, max_length=20)]
    residence: Place | None = None
    age_band: Annotated[
        str, StringConstraints(pattern=r"^(14-17|15-17|18-24|25-34|35-44|45-54|55\+)$")
    ] = Field(
        description=(
            "`14-17` for a minor (from 14: reintegration programmes and vocational training "
            "take children from that age, ILO C138 art. 6). `15-17`, the minors' band before "
            "14-year-olds could be registered, is still accepted and means the same."
        )
    )
    minor: StrictBool | None = Field(
        default=None,
        validate_default=True,
        description=(
            "Derived from the age band (`14-17` and `15-17` are minors); optional, and when "
            "sent it must agree with the band."
        ),
    )
    age_years: Annotated[StrictInt, Field(ge=14, le=120)] | None = Field(
        default=None,
        validate_default=True,
        description=(
            "Age in whole years. **Required for a minor** (on registration and on every "
            "profile update), optional otherwise; must lie within the age band. Minimum "
            "ages are checked against it exactly: a 14-year-old may be offered a course for "
            "14 and over, never one for 15 and over, and never hazardous work. A minor "
            "recorded before it was asked (no age shown) is matched as the youngest age of "
            "their band until an update records it. Kept sealed like the rest of the profile."
        ),
    )
    gender: Annotated[NFCText, StringConstraints(max_length=64)] = Field(
        default="", description="Optional, self-described; never scored."
    )
    interests: FreeText = ""
    aspirations: FreeText = ""
    interest_tags: ConceptList = Field(default_factory=list)
    skills: ConceptList = Field(default_factory=list)
    skills_wanted: ConceptList = Field(default_factory=list)
    education: Annotated[str, StringConstraints(max_length=40, pattern=r"^[a-z_]*$")] = ""
    hours: Hours = Hours.ANY
    remote_ok: StrictBool = False
    travel_radius_km: Annotated[StrictInt, Field(ge=0, le=500)] = 0
    sectors_to_avoid: ConceptList = Field(
        default_factory=list, description="Sectors where they were exploited: never offered."
    )
    conditions: Annotated[list[Condition], Field(max_length=10)] = Field(default_factory=list)
    needs: Annotated[list[Accommodation], Field(max_length=10)] = Field(default_factory=list)
    income_goal: Money | None = None
    availability: Annotated[list[WeeklySlot], Field(max_length=28)] = Field(default_factory=list)
    do_not_group_with: Annotated[list[PseudonymousId], Field(max_length=50)] = Field(
        default_factory=list, description="Survivor ids never to be grouped with."
    )
    peer_group_focuses: Annotated[list[GroupFocus], Field(max_length=5)] = Field(
        default_factory=list
    )
    open_to_cross_border: StrictBool = Field(
        default=False,
        description=(
            "Whether the survivor chose to be offered work or training in another country "
            "than their residence: their explicit choice, to be asked, never assumed "
            "(cross-border recruitment is a trafficking route). `false` (the default, and "
            "the value of every record made before the field existed) offers only places in "
            "the country of residence, and remote work only when it has no location or one "
            "in that country. `true` also offers places in other countries, still only "
            "within `travel_radius_km` of home. Never for a minor (422): children are not "
            "offered work or training across a border."
        ),
    )

    @field_validator("languages")
    @classmethod
    def _each_language_once(cls, value: list[LanguageSkill]) -> list[LanguageSkill]:
        seen: set[str] = set()
        for position, skill in enumerate(value):
            if skill.language in seen:
                raise ValueError(
                    f"each language may be listed once; entry {position} repeats an earlier one"
                )
            seen.add(skill.language)
        return value

    @field_validator("minor")
    @classmethod
    def _minor_from_band(cls, value: bool | None, info: ValidationInfo) -> bool | None:
        band = info.data.get("age_band")
        if band is None:
            return value  # the band is refused on its own
        derived: bool = band in MINOR_AGE_BANDS
        if value is not None and value != derived:
            raise ValueError("the minor flag must agree with the age band")
        return derived

    @field_validator("age_years")
    @classmethod
    def _age_within_band(cls, value: int | None, info: ValidationInfo) -> int | None:
        band = info.data.get("age_band")
        if band is None:
            return value  # the band is refused on its own
        if value is None:
            if band in MINOR_AGE_BANDS:
                raise ValueError("a minor's age in years is required")
            return value
        lower, _, upper = band.rstrip("+").partition("-")
        if value < int(lower) or (upper and value > int(upper)):
            raise ValueError("the age in years must lie within the age band")
        return value

    @field_validator("open_to_cross_border")
    @classmethod
    def _never_for_a_minor(cls, value: bool, info: ValidationInfo) -> bool:
        if value and info.data.get("age_band") in MINOR_AGE_BANDS:
            raise ValueError("a minor is never offered work or training across a border")
        return value

    def to_proto(self) -> pb.SurvivorProfile:
        message = self._to_proto()
        if self.age_years is not None:
            message.age_years = self.age_years
        return message

    def _to_proto(self) -> pb.SurvivorProfile:
        return pb.SurvivorProfile(
            languages=[skill.to_proto() for skill in self.languages],
            residence=self.residence.to_proto() if self.residence is not None else None,
            age_band=self.age_band,
            minor=bool(self.minor),
            gender=self.gender,
            interests=self.interests,
            aspirations=self.aspirations,
            interest_tags=self.interest_tags,
            skills=self.skills,
            skills_wanted=self.skills_wanted,
            education=self.education,
            hours=to_proto(self.hours),
            remote_ok=self.remote_ok,
            travel_radius_km=self.travel_radius_km,
            sectors_to_avoid=self.sectors_to_avoid,
            conditions=[to_proto(c) for c in self.conditions],
            needs=[to_proto(n) for n in self.needs],
            income_goal=self.income_goal.to_proto() if self.income_goal is not None else None,
            availability=[slot.to_proto() for slot in self.availability],
            do_not_group_with=self.do_not_group_with,
            peer_group_focuses=[to_proto(f) for f in self.peer_group_focuses],
            open_to_cross_border=self.open_to_cross_border,
        )

    @classmethod
    def of(cls, message: pb.SurvivorProfile) -> SurvivorProfile:
        return cls.model_construct(
            languages=[LanguageSkill.of(skill) for skill in message.languages],
            residence=Place.of(message.residence) if message.HasField("residence") else None,
            age_band=message.age_band,
            minor=message.minor,
            age_years=message.age_years if message.HasField("age_years") else None,
            gender=message.gender,
            interests=message.interests,
            aspirations=message.aspirations,
            interest_tags=list(message.interest_tags),
            skills=list(message.skills),
            skills_wanted=list(message.skills_wanted),
            education=message.education,
            hours=from_proto(Hours, message.hours) or Hours.ANY,
            remote_ok=message.remote_ok,
            travel_radius_km=message.travel_radius_km,
            sectors_to_avoid=list(message.sectors_to_avoid),
            conditions=[c for n in message.conditions if (c := from_proto(Condition, n))],
            needs=[a for n in message.needs if (a := from_proto(Accommodation, n))],
            income_goal=Money.of_optional(
                message.income_goal, present=message.HasField("income_goal")
            ),
            availability=[WeeklySlot.of(slot) for slot in message.availability],
            do_not_group_with=list(message.do_not_group_with),
            peer_group_focuses=[
                f for n in message.peer_group_focuses if (f := from_proto(GroupFocus, n))
            ],
            open_to_cross_border=message.open_to_cross_border,
        )


class SurvivorCreate(StrictModel):
    """A new survivor, registered with their consent to the uses they agreed to."""

    model_config = ConfigDict(
        extra="forbid",
        frozen=True,
        json_schema_extra={"examples": [{"profile": _PROFILE_EXAMPLE, "consents": ["matching"]}]},
    )

    profile: SurvivorProfile
    consents: Annotated[list[ConsentPurpose], Field(max_length=3)] = Field(
        default_factory=list,
        description="Purposes the survivor agreed to at registration (each can change later).",
    )


class ReadinessPublic(BaseModel):
    stage: ReadinessStage | None
    assessed_at: datetime | None
    review_due: datetime | None
    assessed_by: str = Field(description="User id of the assessing officer.")

    @classmethod
    def of(cls, message: pb.ReadinessAssessment) -> ReadinessPublic:
        return cls(
            stage=from_proto(ReadinessStage, message.stage),
            assessed_at=timestamp_of(message.assessed_at),
            review_due=timestamp_of(message.review_due),
            assessed_by=message.assessed_by,
        )


class ConsentPublic(BaseModel):
    purpose: ConsentPurpose
    granted: bool
    changed_at: datetime | None
    changed_by: str

    @classmethod
    def of(cls, message: pb.ConsentState) -> ConsentPublic | None:
        purpose = from_proto(ConsentPurpose, message.purpose)
        if purpose is None:
            return None
        return cls(
            purpose=purpose,
            granted=message.granted,
            changed_at=timestamp_of(message.changed_at),
            changed_by=message.changed_by,
        )


class SurvivorPublic(BaseModel):
    """The officer's view of a survivor: pseudonymous id, alias, profile, readiness, consent."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "id": "srv_3f2a9c0d6b1e4f7a8c9d0e1f",
                    "organisation_id": "org_0192a6b3c4d5e6f708192a3b4c5d6e7f",
                    "alias": "P-7KQ3XM",
                    "profile": _PROFILE_EXAMPLE,
                    "readiness": None,
                    "readiness_history": [],
                    "consents": [
                        {
                            "purpose": "matching",
                            "granted": True,
                            "changed_at": "2025-03-01T08:00:00Z",
                            "changed_by": "usr_0192a6b3c4d5aa001122334455667788",
                        }
                    ],
                    "version": 2,
                }
            ]
        }
    )

    id: str
    organisation_id: str
    alias: str = Field(description="The short code employers and facilitators see instead.")
    profile: SurvivorProfile
    readiness: ReadinessPublic | None
    readiness_history: list[ReadinessPublic]
    consents: list[ConsentPublic]
    version: int = Field(description="Also the `ETag`; send it in `If-Match` to change this.")

    @classmethod
    def of(cls, message: pb.Survivor) -> SurvivorPublic:
        return cls(
            id=message.survivor_id,
            organisation_id=message.organisation_id,
            alias=message.alias,
            profile=SurvivorProfile.of(message.profile),
            readiness=(
                ReadinessPublic.of(message.readiness) if message.HasField("readiness") else None
            ),
            readiness_history=[ReadinessPublic.of(r) for r in message.readiness_history],
            consents=[c for m in message.consents if (c := ConsentPublic.of(m)) is not None],
            version=message.version,
        )


class ReadinessAssessmentCreate(StrictModel):
    model_config = ConfigDict(
        extra="forbid",
        frozen=True,
        json_schema_extra={
            "examples": [{"stage": "employment_ready", "review_due": "2025-06-01T00:00:00Z"}]
        },
    )

    stage: ReadinessStage
    review_due: AwareDatetime | None = Field(
        default=None, description="When to assess again; after today. Timezone required."
    )

    def review_due_proto(self) -> Timestamp | None:
        if self.review_due is None:
            return None
        stamp = Timestamp()
        stamp.FromDatetime(self.review_due)
        return stamp


class ConsentUpdate(StrictModel):
    model_config = ConfigDict(
        extra="forbid", frozen=True, json_schema_extra={"examples": [{"granted": True}]}
    )

    granted: StrictBool


class SurvivorSummary(BaseModel):
    """A line of the caseload: enough to pick the next case, not the case file (which is
    `GET /v1/survivors/{id}`)."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "id": "srv_3f2a9c0d6b1e4f7a8c9d0e1f",
                    "alias": "P-7KQ3XM",
                    "readiness": "training_ready",
                    "review_due": "2025-06-01T00:00:00Z",
                    "consents": ["matching", "employer_shortlist"],
                    "updated_at": "2025-03-01T08:00:00Z",
                    "version": 4,
                }
            ]
        }
    )

    id: str
    alias: str
    readiness: ReadinessStage | None = Field(
        description="The stage in force; null if never assessed."
    )
    review_due: datetime | None
    consents: list[ConsentPurpose] = Field(description="Purposes consented to now.")
    updated_at: datetime | None = Field(description="When the record last changed.")
    version: int

    @classmethod
    def of(cls, message: pb.SurvivorSummary) -> SurvivorSummary:
        return cls(
            id=message.survivor_id,
            alias=message.alias,
            readiness=from_proto(ReadinessStage, message.stage),
            review_due=timestamp_of(message.review_due),
            consents=[c for n in message.consents if (c := from_proto(ConsentPurpose, n))],
            updated_at=timestamp_of(message.updated_at),
            version=message.version,
        )
