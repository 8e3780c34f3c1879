"""The survivor aggregate: profile, readiness history, consent history.

Known only by a pseudonymous id; no name or contact detail exists in this model.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from matching.domain.errors import FieldInvalid, InvalidInput
from matching.domain.events import (
    ConsentChanged,
    DomainEvent,
    ReadinessAssessed,
    SurvivorProfileUpdated,
    SurvivorRegistered,
)
from matching.domain.free_text import cleaned
from matching.domain.values import (
    Accommodation,
    ConsentPurpose,
    Hours,
    LanguageSkill,
    MonthlyAmount,
    PeerGroupFocus,
    Place,
    ReadinessStage,
    SurvivorCondition,
    WeeklySlot,
    age_band_lower_bound,
    age_in_band,
)
from matching.domain.words_read import WordsRead

__all__ = ["ConsentRecord", "ReadinessAssessment", "Survivor", "SurvivorProfile"]

MAX_FREE_TEXT = 2000
MAX_TRAVEL_RADIUS_KM = 500


@dataclass(frozen=True, slots=True)
class SurvivorProfile:
    languages: tuple[LanguageSkill, ...]
    age_band: str
    minor: bool
    residence: Place | None = None
    #: Age in whole years, when known (the gateway asks it of every minor: minimum ages are
    #: checked against it exactly, where the band's lower bound would exclude a 16-year-old
    #: from every course for 16 and over). Must lie within ``age_band``. Minors recorded
    #: before it was asked have none: they are taken to be the youngest their band admits.
    age_years: int | None = None
    gender: str = ""
    interests: str = ""
    aspirations: str = ""
    interest_tags: frozenset[str] = frozenset()
    skills: frozenset[str] = frozenset()
    skills_wanted: frozenset[str] = frozenset()
    education: str = ""
    hours: Hours = Hours.ANY
    remote_ok: bool = False
    travel_radius_km: int = 10
    sectors_to_avoid: frozenset[str] = frozenset()
    conditions: frozenset[SurvivorCondition] = frozenset()
    needs: frozenset[Accommodation] = frozenset()
    income_goal: MonthlyAmount | None = None
    availability: tuple[WeeklySlot, ...] = ()
    do_not_group_with: frozenset[str] = frozenset()
    peer_group_focuses: frozenset[PeerGroupFocus] = frozenset()
    #: The survivor's explicit choice to be offered work or training in another country
    #: than their residence (cross-border recruitment is a trafficking route, so nobody is
    #: assumed open to it). False by default, and for every record made before it existed.
    open_to_cross_border: bool = False

    def __post_init__(self) -> None:
        if not self.languages:
            raise InvalidInput("a survivor needs at least one language")
        if len({skill.language for skill in self.languages}) != len(self.languages):
            raise InvalidInput("each language may be listed once")
        lower_bound = age_band_lower_bound(self.age_band)
        if self.minor != (lower_bound < 18):
            raise InvalidInput("the minor flag must agree with the age band")
        if self.age_years is not None and not age_in_band(self.age_years, self.age_band):
            raise InvalidInput("age in years must lie within the age band")
        for name in ("interests", "aspirations", "gender", "education"):
            value = cleaned(getattr(self, name))
            if len(value) > MAX_FREE_TEXT:
                raise InvalidInput(f"{name} is longer than {MAX_FREE_TEXT} characters")
            object.__setattr__(self, name, value)
        if not 0 <= self.travel_radius_km <= MAX_TRAVEL_RADIUS_KM:
            raise InvalidInput(f"travel radius must be 0 to {MAX_TRAVEL_RADIUS_KM} km")
        if not isinstance(self.open_to_cross_border, bool):
            # Only an explicit True opens the border: never a truthy string or number.
            raise InvalidInput("open to cross-border work is true or false")
        if self.minor and self.open_to_cross_border:
            # Children moved across a border for work is how trafficking often starts.
            raise InvalidInput("a minor is never offered work across a border")

    @property
    def minimum_age(self) -> int:
        """The youngest the survivor can be: their age when known, else their band's
        lower bound (what minimum-age rules are checked against: a ``14-17`` minor without
        an age is 14, so an unknown age can only offer less, never an under-age place)."""
        if self.age_years is not None:
            return self.age_years
        return age_band_lower_bound(self.age_band)

    @property
    def first_language(self) -> str:
        return self.languages[0].language


@dataclass(frozen=True, slots=True)
class ReadinessAssessment:
    stage: ReadinessStage
    assessed_at: datetime
    review_due: datetime | None
    assessed_by: str


@dataclass(frozen=True, slots=True)
class ConsentRecord:
    purpose: ConsentPurpose
    granted: bool
    changed_at: datetime
    changed_by: str


@dataclass
class Survivor:
    survivor_id: str
    organisation_id: str
    alias: str
    profile: SurvivorProfile
    readiness_history: list[ReadinessAssessment] = field(default_factory=list)
    consent_history: list[ConsentRecord] = field(default_factory=list)
    version: int = 0
    events: list[DomainEvent] = field(default_factory=list, compare=False, repr=False)
    #: The vocabulary's reading of ``profile``'s words, when it has been read and kept
    #: (``matching.domain.words_read``); None until then and whenever the words change.
    words_read: WordsRead | None = field(default=None, compare=False, repr=False)

    @classmethod
    def register(
        cls, *, survivor_id: str, organisation_id: str, alias: str, profile: SurvivorProfile
    ) -> Survivor:
        survivor = cls(
            survivor_id=survivor_id, organisation_id=organisation_id, alias=alias, profile=profile
        )
        survivor.events.append(SurvivorRegistered(aggregate_id=survivor_id))
        return survivor

    # -- what is in force ---------------------------------------------------------------

    @property
    def readiness(self) -> ReadinessAssessment | None:
        """The latest assessment: the one in force."""
        return self.readiness_history[-1] if self.readiness_history else None

    @property
    def stage(self) -> ReadinessStage:
        """Unassessed counts as stabilising: nothing is offered before an assessment."""
        current = self.readiness
        return current.stage if current is not None else ReadinessStage.STABILISING

    def consent(self, purpose: ConsentPurpose) -> ConsentRecord | None:
        for record in reversed(self.consent_history):
            if record.purpose is purpose:
                return record
        return None

    def has_consent(self, purpose: ConsentPurpose) -> bool:
        record = self.consent(purpose)
        return record is not None and record.granted

    # -- changes --------------------------------------------------------------------------

    def update_profile(self, profile: SurvivorProfile) -> None:
        if self.survivor_id in profile.do_not_group_with:
            raise InvalidInput("a survivor cannot be linked to themselves")
        self.profile = profile
        self.words_read = None
        self.events.append(SurvivorProfileUpdated(aggregate_id=self.survivor_id))

    def assess_readiness(
        self, *, stage: ReadinessStage, at: datetime, review_due: datetime | None, by: str
    ) -> None:
        if review_due is not None and review_due <= at:
            raise FieldInvalid(
                "the review date must be after the assessment", field=("review_due",)
            )
        self.readiness_history.append(
            ReadinessAssessment(stage=stage, assessed_at=at, review_due=review_due, assessed_by=by)
        )
        self.events.append(
            ReadinessAssessed(aggregate_id=self.survivor_id, stage=stage, review_due=review_due)
        )

    def set_consent(self, *, purpose: ConsentPurpose, granted: bool, at: datetime, by: str) -> None:
        self.consent_history.append(
            ConsentRecord(purpose=purpose, granted=granted, changed_at=at, changed_by=by)
        )
        self.events.append(
            ConsentChanged(aggregate_id=self.survivor_id, purpose=purpose, granted=granted)
        )
