"""The opportunity aggregate: a job (employer) or a training programme (provider)."""

from __future__ import annotations

from dataclasses import dataclass, field, fields, replace
from enum import Enum

from matching.domain.errors import FieldInvalid, InvalidInput, NotAllowedNow
from matching.domain.events import (
    DomainEvent,
    OpportunityClosed,
    OpportunityPosted,
    OpportunityUpdated,
)
from matching.domain.free_text import cleaned
from matching.domain.offers import best_pay_with, is_new_pay_offer
from matching.domain.values import (
    Accommodation,
    Hours,
    LanguageSkill,
    MonthlyAmount,
    OpportunityKind,
    Place,
    Workplace,
)

__all__ = [
    "MATERIAL_FIELDS",
    "Opportunity",
    "OpportunityDetails",
    "OpportunityStatus",
    "with_conditions_said",
]

MAX_TITLE = 200
MAX_DESCRIPTION = 5000


class OpportunityStatus(Enum):
    OPEN = "open"
    PAUSED = "paused"
    FILLED = "filled"
    CLOSED = "closed"


@dataclass(frozen=True, slots=True)
class OpportunityDetails:
    kind: OpportunityKind
    title: str
    description: str
    sector: str
    openings: int
    skills_required: frozenset[str] = frozenset()
    skills_taught: frozenset[str] = frozenset()
    languages: tuple[LanguageSkill, ...] = ()
    location: Place | None = None
    remote: bool = False
    pay: MonthlyAmount | None = None
    hours: Hours = Hours.ANY
    workplace: Workplace = field(default_factory=Workplace)
    accommodations: frozenset[Accommodation] = frozenset()
    minimum_age: int = 18
    hazardous: bool = False

    def __post_init__(self) -> None:
        title = cleaned(self.title)
        description = cleaned(self.description)
        if not 0 < len(title) <= MAX_TITLE:
            raise InvalidInput(f"a title has 1 to {MAX_TITLE} characters")
        if len(description) > MAX_DESCRIPTION:
            raise InvalidInput(f"a description has at most {MAX_DESCRIPTION} characters")
        object.__setattr__(self, "title", title)
        object.__setattr__(self, "description", description)
        if not self.sector:
            raise InvalidInput("an opportunity needs a sector")
        if not 0 < self.openings <= 10_000:
            raise InvalidInput("openings (or seats) must be between 1 and 10,000")
        if not 14 <= self.minimum_age <= 70:
            raise InvalidInput("minimum age must be between 14 and 70")
        if not self.remote and self.location is None:
            raise FieldInvalid(
                "an opportunity that is not remote needs a location", field=("location",)
            )


def with_conditions_said(details: OpportunityDetails, said: frozenset[str]) -> OpportunityDetails:
    """`details` whose workplace also holds the conditions its own text says it has
    (``Vocabulary.workplace_conditions_in``): "night shift only", "live-in" or "carry 50 kg
    sacks" in a title or a description is night work, live-in work or heavy lifting,
    whatever boxes were ticked, so the rules for minors and for survivors who ruled one out
    see it; "work abroad", or a country named as where the work is other than the one it
    is located in ("Work in Malaysia!" from Bangkok), is work abroad, for those open to
    work across a border only. Never the other way: a ticked box stays ticked whatever the
    text says."""
    country = details.location.country if details.location is not None else None
    if details.kind is not OpportunityKind.JOB:
        said -= {"fee_charged"}  # a course's fee is its tuition, not a fee for a job
    workplace = details.workplace.with_said(said, country=country)
    return details if workplace == details.workplace else replace(details, workplace=workplace)


#: What a survivor decides on. A change to any of these makes an accepted match one of old
#: terms (a new material revision), and, pay aside, a new offer that lets a declined match
#: be offered again; pay only as ``domain.offers`` says.
MATERIAL_FIELDS = frozenset(
    {
        "kind",
        "sector",
        "skills_required",
        "languages",
        "location",
        "remote",
        "pay",
        "hours",
        "workplace",
        "accommodations",
        "minimum_age",
        "hazardous",
    }
)


@dataclass
class Opportunity:
    opportunity_id: str
    organisation_id: str
    details: OpportunityDetails
    status: OpportunityStatus = OpportunityStatus.OPEN
    placements: int = 0
    #: Sector concepts found in the title and description, beside the declared sector:
    #: a survivor's sectors-to-avoid are checked against both.
    detected_sectors: frozenset[str] = frozenset()
    #: Vocabulary concepts the title and description mention, mapped once when written so
    #: that an index rebuild need not map every text again; None when not known.
    concepts: frozenset[str] | None = None
    version: int = 0
    #: Moves with any change of a material field: matches are made at one (their ids say
    #: which), and an accepted match is of old terms once it moves.
    material_revision: int = 1
    #: Moves with a new offer only (``domain.offers``): a decline holds until it moves.
    offer_revision: int = 1
    #: The best pay offered so far, one per currency, ordered by currency; the pay now is
    #: always among what was offered (``__post_init__``).
    best_pay_offered: tuple[MonthlyAmount, ...] = ()
    #: Its organisation is suspended by a platform administrator (``set_suspended``):
    #: offered to no one, and none of its matches moves forward
    #: (``rules.organisation_not_suspended``), until the suspension is lifted. Not the
    #: owner's to change, and apart from its status, which the owner sets.
    suspended: bool = False
    events: list[DomainEvent] = field(default_factory=list, compare=False, repr=False)

    def __post_init__(self) -> None:
        self.best_pay_offered = best_pay_with(self.best_pay_offered, self.details.pay)

    @classmethod
    def post(
        cls,
        *,
        opportunity_id: str,
        organisation_id: str,
        details: OpportunityDetails,
        detected_sectors: frozenset[str] = frozenset(),
        concepts: frozenset[str] | None = None,
    ) -> Opportunity:
        opportunity = cls(
            opportunity_id=opportunity_id,
            organisation_id=organisation_id,
            details=details,
            detected_sectors=detected_sectors,
            concepts=concepts,
        )
        opportunity.events.append(OpportunityPosted(aggregate_id=opportunity_id))
        return opportunity

    @property
    def sectors(self) -> frozenset[str]:
        return self.detected_sectors | {self.details.sector}

    @property
    def topics(self) -> frozenset[str]:
        """What the opportunity is about, for sectors to avoid: its declared and detected
        sectors and every concept its text mentions (when mapped)."""
        return self.sectors | (self.concepts or frozenset())

    @property
    def capacity_left(self) -> int:
        return max(0, self.details.openings - self.placements)

    @property
    def is_open(self) -> bool:
        """Takes new candidates: open, with an opening left, its organisation not suspended."""
        return (
            self.status is OpportunityStatus.OPEN and self.capacity_left > 0 and not self.suspended
        )

    def update(
        self,
        *,
        details: OpportunityDetails,
        detected_sectors: frozenset[str] = frozenset(),
        concepts: frozenset[str] | None = None,
    ) -> None:
        """Replace the details. Any change of a material field is a new material revision;
        only a new offer (``domain.offers``: not one baht more, nor a cut, nor a cut and a
        raise back) is a new offer revision, which is what lets a declined match back."""
        if self.status is OpportunityStatus.CLOSED:
            raise NotAllowedNow("a closed opportunity cannot be changed")
        changed = {
            f.name
            for f in fields(OpportunityDetails)
            if f.name in MATERIAL_FIELDS
            and getattr(details, f.name) != getattr(self.details, f.name)
        }
        material = bool(changed)
        new_offer = bool(changed - {"pay"}) or (
            "pay" in changed and is_new_pay_offer(self.best_pay_offered, details.pay)
        )
        self.details = details
        self.detected_sectors = detected_sectors
        self.concepts = concepts
        self.best_pay_offered = best_pay_with(self.best_pay_offered, details.pay)
        if material:
            self.material_revision += 1
        if new_offer:
            self.offer_revision += 1
        self.events.append(OpportunityUpdated(aggregate_id=self.opportunity_id, material=material))

    def set_status(self, status: OpportunityStatus) -> None:
        if self.status is OpportunityStatus.CLOSED:
            raise NotAllowedNow("a closed opportunity stays closed; post a new one")
        if status is self.status:
            return
        self.status = status
        if status is OpportunityStatus.CLOSED:
            self.events.append(OpportunityClosed(aggregate_id=self.opportunity_id))
        else:
            self.events.append(OpportunityUpdated(aggregate_id=self.opportunity_id, material=False))

    def set_suspended(self, suspended: bool) -> bool:
        """Suspend it with its organisation, or lift that; True when this changed it. A
        closed one is left as it is: it is offered to no one anyway."""
        if suspended is self.suspended or self.status is OpportunityStatus.CLOSED:
            return False
        self.suspended = suspended
        self.events.append(OpportunityUpdated(aggregate_id=self.opportunity_id, material=False))
        return True

    def record_placement(self) -> None:
        """Someone was hired or enrolled: one opening fewer; full means filled."""
        self.placements += 1
        if self.capacity_left == 0 and self.status is OpportunityStatus.OPEN:
            self.status = OpportunityStatus.FILLED
        self.events.append(OpportunityUpdated(aggregate_id=self.opportunity_id, material=False))
