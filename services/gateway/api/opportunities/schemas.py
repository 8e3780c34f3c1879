"""Bodies of the opportunity routes: jobs (employers) and training programmes (providers).

Opportunities describe a workplace or a course, never a person, so their text is shown to
every officer (who discuss them with survivors) and to the owning organisation.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, StrictBool, StrictInt, StringConstraints

from gateway.api.types import (
    Accommodation,
    Concept,
    ConceptList,
    Hours,
    LanguageSkill,
    Money,
    MultilineText,
    NFCText,
    OpportunityKind,
    Place,
    StrictModel,
)
from gateway.proto_enums import from_proto, maps_to, to_proto
from pathways.v1 import matching_pb2 as pb

__all__ = [
    "OpportunityIn",
    "OpportunityPublic",
    "OpportunityStatus",
    "OpportunityStatusUpdate",
    "Workplace",
    "WorkplaceRead",
]

_JOB_EXAMPLE: dict[str, Any] = {
    "kind": "job",
    "title": "Barista",
    "description": "Busy coffee shop near Lumphini needs a barista; we train on espresso.",
    "sector": "food_service",
    "skills_required": ["customer_service", "barista"],
    "languages": [{"language": "th", "level": "conversational"}],
    "location": {
        "country": "TH",
        "district": "Pathum Wan",
        "latitude": 13.744,
        "longitude": 100.523,
    },
    "pay": {"amount": 12000, "currency": "THB"},
    "hours": "full_time",
    "workplace": {"night_shifts": False, "women_only": False, "live_in": False},
    "accommodations": ["trauma_informed_supervisor"],
    "openings": 2,
    "minimum_age": 18,
}


@maps_to(pb.OpportunityStatus, "OPPORTUNITY_STATUS_")
class OpportunityStatus(StrEnum):
    OPEN = "open"
    PAUSED = "paused"
    FILLED = "filled"
    CLOSED = "closed"


class Workplace(StrictModel):
    """Facts about where and how the work happens. Night shifts and live-in work are also
    set when the title or description says so ("night shift only", "live-in", "กะดึก",
    "留宿"), whatever was sent: the answer shows what matching holds."""

    night_shifts: StrictBool = False
    women_only: StrictBool = False
    live_in: StrictBool = False
    heavy_lifting: StrictBool = False

    def to_proto(self) -> pb.Workplace:
        return pb.Workplace(
            night_shifts=self.night_shifts,
            women_only=self.women_only,
            live_in=self.live_in,
            heavy_lifting=self.heavy_lifting,
        )


class WorkplaceRead(Workplace):
    """The workplace as matching holds it, with what only its text can say."""

    abroad: StrictBool = Field(
        default=False,
        description='The text says the work is in another country than the location ("Work'
        ' in Malaysia!"): offered only to survivors open to work across a border, never to'
        " a minor. Read from the title and description; not sent.",
    )
    documents_withheld: StrictBool = Field(
        default=False,
        description="The text says the employer keeps workers' passports or identity papers"
        " (an ILO indicator of forced labour). A text that says so is refused when posted"
        " or replaced (422, `DOCUMENTS_WITHHELD`), so only an opportunity stored before the"
        " vocabulary read it so shows it: it is offered to no one, and no match of it moves"
        " forward, until its text is changed. Read from the title and description; not"
        " sent.",
    )
    fee_charged: StrictBool = Field(
        default=False,
        description="The job's text says a worker pays to get or keep it: a recruitment,"
        " placement or processing fee, a deposit, a deduction from wages or a loan to repay"
        " (debt is an ILO indicator of forced labour; workers pay no recruitment fees). Such"
        " a job is refused when posted or replaced (422, `FEE_CHARGED`), so only one stored"
        " before the vocabulary read it so shows it: it is offered to no one, and no match of"
        " it moves forward, until its text is changed. Never for a course (its fee is"
        " tuition). Read from the title and description; not sent.",
    )

    @classmethod
    def of(cls, message: pb.Workplace) -> WorkplaceRead:
        return cls(
            night_shifts=message.night_shifts,
            women_only=message.women_only,
            live_in=message.live_in,
            heavy_lifting=message.heavy_lifting,
            abroad=message.abroad,
            documents_withheld=message.documents_withheld,
            fee_charged=message.fee_charged,
        )


class OpportunityIn(StrictModel):
    """A job or a training programme as posted (or replaced, with `If-Match`)."""

    model_config = ConfigDict(
        extra="forbid", frozen=True, json_schema_extra={"examples": [_JOB_EXAMPLE]}
    )

    kind: OpportunityKind = Field(description="`job` (employers) or `training` (providers).")
    title: Annotated[NFCText, StringConstraints(min_length=1, max_length=200)]
    description: Annotated[MultilineText, StringConstraints(max_length=5000)] = Field(
        default="", description="Free text; line breaks are kept, other control characters refused."
    )
    sector: Concept
    skills_required: ConceptList = Field(default_factory=list)
    skills_taught: ConceptList = Field(default_factory=list)
    languages: Annotated[list[LanguageSkill], Field(max_length=20)] = Field(
        default_factory=list, description="Any one of them suffices, at the level given."
    )
    location: Place | None = Field(default=None, description="Required unless remote.")
    remote: StrictBool = False
    pay: Money | None = Field(default=None, description="Wage, or stipend for training.")
    hours: Hours = Hours.ANY
    workplace: Workplace = Field(default_factory=Workplace)
    accommodations: Annotated[list[Accommodation], Field(max_length=10)] = Field(
        default_factory=list
    )
    openings: Annotated[StrictInt, Field(ge=1, le=10_000)] = Field(
        description="Openings (jobs) or seats (training)."
    )
    minimum_age: Annotated[StrictInt, Field(ge=14, le=70)] = 18
    hazardous: StrictBool = False

    def to_proto(self, *, opportunity_id: str = "") -> pb.Opportunity:
        return pb.Opportunity(
            opportunity_id=opportunity_id,
            kind=to_proto(self.kind),
            title=self.title,
            description=self.description,
            sector=self.sector,
            skills_required=self.skills_required,
            skills_taught=self.skills_taught,
            languages=[skill.to_proto() for skill in self.languages],
            location=self.location.to_proto() if self.location is not None else None,
            remote=self.remote,
            pay=self.pay.to_proto() if self.pay is not None else None,
            hours=to_proto(self.hours),
            workplace=self.workplace.to_proto(),
            accommodations=[to_proto(a) for a in self.accommodations],
            openings=self.openings,
            minimum_age=self.minimum_age,
            hazardous=self.hazardous,
        )


class OpportunityPublic(BaseModel):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                _JOB_EXAMPLE
                | {
                    "id": "opp_9a51f0d1c9b8e446f1c2a7e3",
                    "organisation_id": "org_0192a6b3c4d5e6f708192a3b4c5d6e7f",
                    "status": "open",
                    "version": 1,
                    "material_revision": 1,
                    "offer_revision": 1,
                    "placements": 0,
                    "detected_sectors": ["food_service"],
                    "concepts": ["barista", "coffee"],
                }
            ]
        }
    )

    id: str
    organisation_id: str
    kind: OpportunityKind
    title: str
    description: str
    sector: str
    skills_required: list[str]
    skills_taught: list[str]
    languages: list[LanguageSkill]
    location: Place | None
    remote: bool
    pay: Money | None
    hours: Hours
    workplace: WorkplaceRead
    accommodations: list[Accommodation]
    openings: int
    minimum_age: int
    hazardous: bool
    status: OpportunityStatus | None
    version: int = Field(description="Also the `ETag`; send it in `If-Match` to change this.")
    material_revision: int = Field(
        description="Bumps when something a survivor decides on changes."
    )
    offer_revision: int = Field(
        description=(
            "Bumps with a new offer only: a change of what a survivor decides on other than "
            "pay, or pay at least 10% above the best offered so far (or in another "
            "currency). A survivor's decline holds until it bumps."
        )
    )
    placements: int = Field(description="People hired or enrolled so far.")
    detected_sectors: list[str]
    concepts: list[str]

    @classmethod
    def of(cls, message: pb.Opportunity) -> OpportunityPublic:
        return cls(
            id=message.opportunity_id,
            organisation_id=message.organisation_id,
            kind=from_proto(OpportunityKind, message.kind) or OpportunityKind.JOB,
            title=message.title,
            description=message.description,
            sector=message.sector,
            skills_required=list(message.skills_required),
            skills_taught=list(message.skills_taught),
            languages=[LanguageSkill.of(skill) for skill in message.languages],
            location=Place.of(message.location) if message.HasField("location") else None,
            remote=message.remote,
            pay=Money.of_optional(message.pay, present=message.HasField("pay")),
            hours=from_proto(Hours, message.hours) or Hours.ANY,
            workplace=WorkplaceRead.of(message.workplace),
            accommodations=[
                a for n in message.accommodations if (a := from_proto(Accommodation, n))
            ],
            openings=message.openings,
            minimum_age=message.minimum_age,
            hazardous=message.hazardous,
            status=from_proto(OpportunityStatus, message.status),
            version=message.version,
            material_revision=message.material_revision,
            offer_revision=message.offer_revision or message.material_revision,
            placements=message.placements,
            detected_sectors=list(message.detected_sectors),
            concepts=list(message.concepts),
        )


class OpportunityStatusUpdate(StrictModel):
    model_config = ConfigDict(
        extra="forbid", frozen=True, json_schema_extra={"examples": [{"status": "closed"}]}
    )

    status: OpportunityStatus
