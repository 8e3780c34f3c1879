"""Value objects of the matching domain: small, immutable, validated on construction."""

from __future__ import annotations

import math
from dataclasses import dataclass, replace
from enum import Enum, IntEnum

from matching.domain.errors import InvalidInput

__all__ = [
    "AGE_BANDS",
    "MINOR_AGE_BANDS",
    "MINOR_HAZARDOUS_TRAINING_AGE",
    "MINOR_JOB_MINIMUM_AGE",
    "Accommodation",
    "ConsentPurpose",
    "Hours",
    "LanguageLevel",
    "LanguageSkill",
    "MonthlyAmount",
    "OpportunityKind",
    "PeerGroupFocus",
    "Place",
    "ReadinessStage",
    "SurvivorCondition",
    "WeeklySlot",
    "Workplace",
    "age_band_lower_bound",
    "age_in_band",
]


class ReadinessStage(IntEnum):
    """Ordered: each stage allows what the ones before it allow, and more."""

    STABILISING = 1
    PEER_SUPPORT_READY = 2
    TRAINING_READY = 3
    EMPLOYMENT_READY = 4


class ConsentPurpose(Enum):
    MATCHING = "matching"
    EMPLOYER_SHORTLIST = "employer_shortlist"
    PEER_GROUPS = "peer_groups"


class LanguageLevel(IntEnum):
    BASIC = 1
    CONVERSATIONAL = 2
    FLUENT = 3
    NATIVE = 4


class OpportunityKind(Enum):
    JOB = "job"
    TRAINING = "training"


class Hours(Enum):
    ANY = "any"
    FULL_TIME = "full_time"
    PART_TIME = "part_time"
    FLEXIBLE = "flexible"


class SurvivorCondition(Enum):
    """What a survivor needs of a workplace. Each one is a hard rule."""

    NO_NIGHT_SHIFTS = "no_night_shifts"
    WOMEN_ONLY_WORKPLACE = "women_only_workplace"
    NO_LIVE_IN = "no_live_in"
    NO_HEAVY_LIFTING = "no_heavy_lifting"


class PeerGroupFocus(Enum):
    """Focused peer groups a survivor chose to be open to; never inferred from their history."""

    LABOUR_TRAFFICKING = "labour_trafficking"
    SEX_TRAFFICKING = "sex_trafficking"
    WOMEN_ONLY = "women_only"
    YOUTH = "youth"


class Accommodation(Enum):
    """Support offered; a soft preference in the score."""

    CHILDCARE = "childcare"
    TRANSPORT = "transport"
    FLEXIBLE_HOURS = "flexible_hours"
    COUNSELLING = "counselling"
    STIPEND = "stipend"
    TRAUMA_INFORMED_SUPERVISOR = "trauma_informed_supervisor"


#: ``14-17`` is the minors' band (reintegration programmes take children from 14, and
#: vocational training from 14 is lawful: ILO C138 art. 6). ``15-17`` is the band minors
#: were registered in before 14-year-olds could be: still valid, and a minor like ``14-17``.
MINOR_AGE_BANDS = ("14-17", "15-17")
#: The youngest age at which a minor may be offered a job, whatever the employer's own
#: minimum: the general minimum age for employment (ILO C138 art. 2) in Thailand, Cambodia,
#: Viet Nam, the Philippines and Hong Kong. Courses keep their own minimum (vocational
#: training from 14, C138 art. 6).
MINOR_JOB_MINIMUM_AGE = 15
#: From this age a minor may be offered a course in a sector closed to minors (a
#: bricklaying or welding course at 16): ILO Recommendation 190 para. 4 allows such work
#: from 16 with adequate specific instruction or vocational training, and C138 art. 6
#: leaves training in schools and training institutions to national law. Younger minors
#: are offered no course there either; no minor is offered a job there.
MINOR_HAZARDOUS_TRAINING_AGE = 16
AGE_BANDS = (*MINOR_AGE_BANDS, "18-24", "25-34", "35-44", "45-54", "55+")


def age_band_lower_bound(band: str) -> int:
    """The youngest age a band admits: what minimum-age rules are checked against when the
    exact age is not known (a ``14-17`` minor without an age is taken to be 14)."""
    if band not in AGE_BANDS:
        raise InvalidInput(f"unknown age band; expected one of {', '.join(AGE_BANDS)}")
    return int(band.rstrip("+").split("-")[0])


def age_in_band(age: int, band: str) -> bool:
    """Whether an age in whole years lies within ``band`` (bounds included)."""
    lower = age_band_lower_bound(band)
    upper = None if band.endswith("+") else int(band.split("-")[1])
    return lower <= age and (upper is None or age <= upper)


@dataclass(frozen=True, slots=True)
class LanguageSkill:
    language: str  # BCP 47 primary tag, lower case: "th", "km", "my", "vi", "tl", "zh", "en"
    level: LanguageLevel

    def __post_init__(self) -> None:
        if not (
            2 <= len(self.language) <= 3 and self.language.isascii() and self.language.isalpha()
        ):
            raise InvalidInput("a language is a 2- or 3-letter code such as 'th' or 'km'")
        object.__setattr__(self, "language", self.language.lower())


@dataclass(frozen=True, slots=True)
class MonthlyAmount:
    amount: int
    currency: str  # ISO 4217

    def __post_init__(self) -> None:
        if self.amount < 0:
            raise InvalidInput("an amount cannot be negative")
        if not (len(self.currency) == 3 and self.currency.isascii() and self.currency.isalpha()):
            raise InvalidInput("a currency is a 3-letter ISO 4217 code")
        object.__setattr__(self, "currency", self.currency.upper())

    def formatted(self) -> str:
        return f"{self.amount:,} {self.currency}/month"


@dataclass(frozen=True, slots=True)
class Place:
    """A district centroid: coarse on purpose, never a home address."""

    country: str
    district: str
    latitude: float
    longitude: float

    def __post_init__(self) -> None:
        if not (-90.0 <= self.latitude <= 90.0 and -180.0 <= self.longitude <= 180.0):
            raise InvalidInput("latitude or longitude out of range")

    def distance_km(self, other: Place) -> float:
        """Great-circle distance (haversine), in kilometres."""
        lat1, lon1, lat2, lon2 = map(
            math.radians, (self.latitude, self.longitude, other.latitude, other.longitude)
        )
        h = (
            math.sin((lat2 - lat1) / 2) ** 2
            + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
        )
        return 2 * 6371.0088 * math.asin(math.sqrt(min(1.0, h)))


#: The ``Workplace`` conditions a text can say it has (``Vocabulary.workplace_conditions_in``).
_SAID_IN_TEXT = frozenset(
    {"night_shifts", "live_in", "heavy_lifting", "abroad", "documents_withheld", "fee_charged"}
)
#: How a text's reading says a country is where the work is: this prefix and the country's
#: ISO 3166 code ("Work in Malaysia": ``work_in:MY``).
WORK_IN = "work_in:"


@dataclass(frozen=True, slots=True)
class Workplace:
    """Facts about where and how the work happens, checked against survivors' conditions."""

    night_shifts: bool = False
    women_only: bool = False
    live_in: bool = False
    heavy_lifting: bool = False
    #: The work is done in another country than where the opportunity is located, as its
    #: text says ("Work in Malaysia! We arrange passport, visa and travel"): recruitment
    #: across a border, offered only to those open to it. Read from the text, never ticked.
    abroad: bool = False
    #: The text says the employer keeps its workers' passports or identity papers (an ILO
    #: indicator of forced labour): refused when posted or changed, so only a job stored
    #: before the vocabulary read it so can hold it; offered to no one until its text
    #: changes (``rules.no_documents_withheld``). Read from the text, never ticked.
    documents_withheld: bool = False
    #: The text says a worker pays to get or keep the job: a recruitment, placement or
    #: processing fee, a deposit, a deduction from wages, a travel loan repaid from them (the
    #: road to debt bondage, an ILO indicator of forced labour; the ILO's Private Employment
    #: Agencies Convention, C181 art. 7, and the employer-pays principle: workers pay no
    #: recruitment fees). Read from a job's text only (a course's fee is its tuition), never
    #: ticked; refused and offered like ``documents_withheld`` (``rules.no_fee_charged``).
    fee_charged: bool = False

    @property
    def offered_to_no_one(self) -> bool:
        """What its text says keeps it from everyone: the papers kept, or a fee charged."""
        return self.documents_withheld or self.fee_charged

    def with_said(self, conditions: frozenset[str], *, country: str | None) -> Workplace:
        """This workplace with the conditions a text says it has (``night_shifts``,
        ``live_in``, ``heavy_lifting``, ``abroad``, ``documents_withheld``, ``fee_charged``)
        set too: a box left unticked does not outweigh "night shift only" or "carry 50 kg
        sacks". A country the text names as where the work is (``work_in:<code>``) other
        than `country`, where the opportunity is located, is work abroad; so is any, for one
        located nowhere (remote)."""
        said = {name: True for name in conditions if name in _SAID_IN_TEXT}
        if any(c.startswith(WORK_IN) and c.removeprefix(WORK_IN) != country for c in conditions):
            said["abroad"] = True
        return replace(self, **said) if said else self


@dataclass(frozen=True, slots=True)
class WeeklySlot:
    day_of_week: int  # 1 = Monday ... 7 = Sunday
    start_minute: int
    duration_minutes: int

    def __post_init__(self) -> None:
        if not (1 <= self.day_of_week <= 7 and 0 <= self.start_minute < 24 * 60):
            raise InvalidInput("a weekly slot needs a day 1-7 and a start within the day")
        if not (0 < self.duration_minutes <= 24 * 60):
            raise InvalidInput("a weekly slot lasts between 1 minute and a day")
