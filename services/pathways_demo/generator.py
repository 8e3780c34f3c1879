"""A synthetic population for demos, tests and benchmarks: survivors and opportunities.

`generate_population` builds, for each jurisdiction asked for (Cambodia, Hong Kong, Myanmar,
the Philippines, Thailand, Vietnam), NGOs with survivors, employers with jobs and training
providers with courses, as the protobuf messages the matching service accepts. It is pure
and deterministic: the same arguments give the same bytes, so request ids derived from the
seed make re-seeding a running system idempotent.

What makes it realistic, and what it never holds:

* Survivors write their interests and aspirations in their own language (Thai, Khmer,
  Burmese, Vietnamese, Tagalog, English or written Cantonese), composed from the sentence
  frames and everyday phrases of ``data/phrases/``; many live across a border (Burmese or
  Khmer speakers in Thailand, Vietnamese speakers in Cambodia, Filipino workers in Hong Kong).
* Places are district centroids, pay is monthly in the local currency at realistic levels,
  and jobs are in the region's real sectors with the workplace facts the hard rules check.
* Nothing here is a person: no names, contact details, addresses, nationality labels,
  history of exploitation or legal proceedings, in any field.

Every survivor and opportunity belongs to one *occupation family* (``food_service``,
``garment``...): a survivor's interests are drawn from it, and so are an opportunity's
sector and skills. The family is on the returned objects, never in the messages, so a
benchmark can measure how many intended matches the service finds.

The tables it draws from (places, jurisdictions, occupation families, phrases) are data files
in ``data/``, read by `pathways_demo.tables`; this module holds only the sampling.

The returned messages are shared, not copied: copy one before changing it.
"""

from __future__ import annotations

import bisect
import gc
import itertools
import math
import random
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from types import MappingProxyType
from typing import Final, Generic, Literal, TypeVar

from pathways.v1 import common_pb2, matching_pb2
from pathways_demo.tables import (
    District,
    Family,
    Jurisdiction,
    Money,
    Speakers,
    Template,
    load_tables,
)

__all__ = [
    "AGE_BANDS",
    "EDUCATION_LEVELS",
    "FAMILIES",
    "GENDERS",
    "JURISDICTIONS",
    "Organisation",
    "OrganisationKind",
    "Phrases",
    "Population",
    "SyntheticOpportunity",
    "SyntheticSurvivor",
    "district_names",
    "generate_population",
    "opportunity_titles",
    "phrase_catalogue",
]

#: ``14-17``: minors from 14 (each with an exact age, as the gateway requires of minors).
AGE_BANDS: Final = ("14-17", "18-24", "25-34", "35-44", "45-54", "55+")
MINOR_BAND: Final = "14-17"
#: Adults who chose to be offered work across a border (nobody is assumed to be).
_OPEN_TO_CROSS_BORDER: Final = 0.1
EDUCATION_LEVELS: Final = (
    "none",
    "primary",
    "lower_secondary",
    "upper_secondary",
    "vocational",
    "tertiary",
)
#: Self-described gender as recorded; "" when the survivor preferred not to say.
GENDERS: Final = ("woman", "man", "non_binary", "")

OrganisationKind = Literal["ngo", "employer", "training_provider"]

_FLUENT: Final = common_pb2.LANGUAGE_LEVEL_FLUENT
_CONVERSATIONAL: Final = common_pb2.LANGUAGE_LEVEL_CONVERSATIONAL
_BASIC: Final = common_pb2.LANGUAGE_LEVEL_BASIC


# --- what the generator returns ------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Organisation:
    organisation_id: str
    kind: OrganisationKind
    country: str


@dataclass(frozen=True, slots=True)
class SyntheticSurvivor:
    """A survivor to register, with the readiness and consents to record after registering."""

    organisation_id: str
    family: str
    profile: matching_pb2.SurvivorProfile
    readiness: common_pb2.ReadinessStage
    consents: Mapping[common_pb2.ConsentPurpose, bool]
    request_id: str

    @property
    def country(self) -> str:
        return self.profile.residence.country


@dataclass(frozen=True, slots=True)
class SyntheticOpportunity:
    """A job (posted by an employer) or a course (posted by a training provider)."""

    organisation_id: str
    family: str
    opportunity: matching_pb2.Opportunity
    request_id: str

    @property
    def country(self) -> str:
        return self.opportunity.location.country

    @property
    def is_job(self) -> bool:
        return self.opportunity.kind == matching_pb2.OPPORTUNITY_KIND_JOB


@dataclass(frozen=True, slots=True)
class Population:
    seed: int
    organisations: tuple[Organisation, ...]
    survivors: tuple[SyntheticSurvivor, ...]
    opportunities: tuple[SyntheticOpportunity, ...]

    def organisations_of_kind(self, kind: OrganisationKind) -> tuple[Organisation, ...]:
        return tuple(o for o in self.organisations if o.kind == kind)

    @property
    def jobs(self) -> tuple[SyntheticOpportunity, ...]:
        return tuple(o for o in self.opportunities if o.is_job)

    @property
    def courses(self) -> tuple[SyntheticOpportunity, ...]:
        return tuple(o for o in self.opportunities if not o.is_job)


# --- the tables ------------------------------------------------------------------------------
# Places, jurisdictions, occupation families and phrases are data files beside this module
# (``data/``, see `pathways_demo.tables`). They are read once, on import, like the code they
# replace: a broken file fails the import with an error naming the file and the entry.

_TABLES: Final = load_tables()
_PLACES: Final = _TABLES.places
_JURISDICTIONS: Final = _TABLES.jurisdictions
#: What survivors say they are interested in, wherever they live (blended with local work).
_INTEREST_WEIGHTS: Final = _TABLES.interest_weights
_FAMILY_LIST: Final = _TABLES.families
_FAMILIES: Final[Mapping[str, Family]] = MappingProxyType({f.name: f for f in _FAMILY_LIST})
_SAID: Final = _TABLES.sayings
_MOTIVES: Final = _TABLES.motives
_FRAMES: Final = _TABLES.frames

#: The jurisdictions Pathways runs in (ISO 3166-1 alpha-2), in a stable order.
JURISDICTIONS: Final = tuple(_JURISDICTIONS)
#: The occupation families, in a stable order.
FAMILIES: Final = tuple(_FAMILIES)


def district_names(country: str) -> tuple[str, ...]:
    """The districts the generator places people and work in, for one jurisdiction."""
    return tuple(d.name for d in _PLACES[country])


# --- what survivors say ----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Phrases:
    """The sentence frames and phrases survivors' words are composed from, in one language.

    Frames hold ``{me}`` (a pronoun that depends on gender, or nothing), ``{a}`` and ``{b}``
    (things liked), ``{g}`` (a hope) and ``{why}`` (a reason, or nothing).
    """

    language: str
    interest_frames: tuple[str, ...]
    aspiration_frames: tuple[str, ...]
    likes: tuple[str, ...]
    hopes: tuple[str, ...]
    reasons: tuple[str, ...]
    pronouns: tuple[str, ...]


def phrase_catalogue(language: str) -> Phrases:
    """Every frame and phrase survivors' words in `language` may be composed of."""
    frames = _FRAMES[language]
    return Phrases(
        language=language,
        interest_frames=frames.one + frames.two,
        aspiration_frames=frames.hope,
        likes=tuple(
            dict.fromkeys(s.text for family in _SAID.values() for s in family[language][0])
        ),
        hopes=tuple(
            dict.fromkeys(s.text for family in _SAID.values() for s in family[language][1])
        ),
        reasons=("", *_MOTIVES[language]),
        pronouns=("", *frames.me.values()),
    )


def opportunity_titles() -> frozenset[str]:
    """Every title a generated job or course may have."""
    return frozenset(
        title
        for family in _FAMILY_LIST
        for template in family.jobs + family.courses
        for title in template.titles
    )


# --- drawing at random -----------------------------------------------------------------------

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class _Weighted(Generic[T]):
    """Items with weights, ready to draw from (cumulative weights computed once)."""

    items: tuple[T, ...]
    cumulative: tuple[float, ...]

    @classmethod
    def of(cls, pairs: Sequence[tuple[T, float]]) -> _Weighted[T]:
        items = tuple(item for item, _ in pairs)
        return cls(items, tuple(itertools.accumulate(weight for _, weight in pairs)))


class _Dice:
    """Draws from one `random.Random`, faster than its general-purpose methods.

    Only ``random()`` is used, so a seed gives the same draws on every Python that keeps
    `random.Random`'s documented reproducibility.
    """

    __slots__ = ("_random",)

    def __init__(self, seed: str) -> None:
        # Synthetic data, not secrets: a seeded, reproducible generator is the point.
        self._random = random.Random(seed).random  # noqa: S311

    def chance(self, probability: float) -> bool:
        return self._random() < probability

    def one(self, items: Sequence[T]) -> T:
        return items[int(self._random() * len(items))]

    def weighted(self, table: _Weighted[T]) -> T:
        cumulative = table.cumulative
        at = bisect.bisect_right(cumulative, self._random() * cumulative[-1])
        return table.items[min(at, len(cumulative) - 1)]

    def some(self, items: Sequence[T], count: int) -> list[T]:
        """`count` different items (fewer if there are not enough), in random order."""
        pool = list(items)
        count = min(count, len(pool))
        for i in range(count):
            j = i + int(self._random() * (len(pool) - i))
            pool[i], pool[j] = pool[j], pool[i]
        return pool[:count]

    def between(self, low: int, high: int) -> int:
        """An integer from `low` to `high`, both included."""
        return low + int(self._random() * (high - low + 1))

    def uniform(self, low: float, high: float) -> float:
        return low + (high - low) * self._random()


def _table(items: Sequence[T], weights: Sequence[float]) -> _Weighted[T]:
    return _Weighted.of(list(zip(items, weights, strict=True)))


# --- the shapes of the population ------------------------------------------------------------

_SURVIVORS_PER_NGO: Final = 250
_JOBS_PER_EMPLOYER: Final = 12
_COURSES_PER_PROVIDER: Final = 8

_AGE: Final = _table(AGE_BANDS, (10, 33, 30, 15, 8, 4))  # about one in ten is a minor
_GENDER: Final = _table(GENDERS, (70, 25, 2, 3))
_EDUCATION: Final = _table(EDUCATION_LEVELS, (10, 30, 30, 18, 7, 5))
_MINOR_EDUCATION: Final = ("primary", "lower_secondary")
_RADIUS: Final = _table((5, 10, 15, 20, 25, 30, 40, 50), (10, 20, 18, 16, 10, 12, 7, 7))
_SURVIVOR_HOURS: Final = _table(
    (
        matching_pb2.HOURS_UNSPECIFIED,
        matching_pb2.HOURS_FULL_TIME,
        matching_pb2.HOURS_PART_TIME,
        matching_pb2.HOURS_FLEXIBLE,
    ),
    (40, 30, 20, 10),
)
_WORK_HOURS: Final = (
    matching_pb2.HOURS_FULL_TIME,
    matching_pb2.HOURS_PART_TIME,
    matching_pb2.HOURS_FLEXIBLE,
)
_JOB_HOURS: Final = _table(_WORK_HOURS, (70, 20, 10))
_COURSE_HOURS: Final = _table(_WORK_HOURS, (30, 55, 15))
_SKILLS_HELD: Final = _table((0, 1, 2, 3), (25, 35, 28, 12))
_MINOR_SKILLS_HELD: Final = _table((0, 1), (60, 40))
_COURSE_MINIMUM_AGE: Final = _table((15, 16, 18), (35, 35, 30))
_STAGE: Final = _table(
    (
        common_pb2.READINESS_STAGE_STABILISING,
        common_pb2.READINESS_STAGE_PEER_SUPPORT_READY,
        common_pb2.READINESS_STAGE_TRAINING_READY,
        common_pb2.READINESS_STAGE_EMPLOYMENT_READY,
    ),
    (15, 20, 30, 35),
)
# Peer-group times people can usually make: weekday evenings and mornings, weekends.
_SLOTS: Final = (
    *((day, 18 * 60, 90) for day in range(1, 6)),
    (2, 10 * 60, 90),
    (4, 10 * 60, 90),
    (6, 9 * 60, 120),
    (6, 14 * 60, 120),
    (7, 10 * 60, 120),
    (7, 14 * 60, 120),
)
_CLASS_TIMES: Final = (
    "on weekday mornings",
    "on weekday afternoons",
    "at weekends",
    "on three evenings a week",
)
# Live-in domestic workers in Hong Kong have a weekly rest day, usually Sunday.
_SUNDAY_SLOTS: Final = tuple(slot for slot in _SLOTS if slot[0] == 7)

_SUPPORT: Final[Mapping[matching_pb2.Accommodation, str]] = {
    matching_pb2.ACCOMMODATION_CHILDCARE: "a crèche for young children",
    matching_pb2.ACCOMMODATION_TRANSPORT: "a free shuttle from nearby districts",
    matching_pb2.ACCOMMODATION_FLEXIBLE_HOURS: "hours that fit around family needs",
    matching_pb2.ACCOMMODATION_COUNSELLING: "free, confidential emotional support",
    matching_pb2.ACCOMMODATION_TRAUMA_INFORMED_SUPERVISOR: (
        "a supervisor trained in trauma-informed practice"
    ),
}
_JOB_SUPPORT_CHANCE: Final[Mapping[matching_pb2.Accommodation, float]] = {
    matching_pb2.ACCOMMODATION_CHILDCARE: 0.10,
    matching_pb2.ACCOMMODATION_TRANSPORT: 0.25,
    matching_pb2.ACCOMMODATION_FLEXIBLE_HOURS: 0.20,
    matching_pb2.ACCOMMODATION_COUNSELLING: 0.15,
    matching_pb2.ACCOMMODATION_TRAUMA_INFORMED_SUPERVISOR: 0.25,
}
_COURSE_SUPPORT_CHANCE: Final[Mapping[matching_pb2.Accommodation, float]] = {
    matching_pb2.ACCOMMODATION_CHILDCARE: 0.25,
    matching_pb2.ACCOMMODATION_TRANSPORT: 0.30,
    matching_pb2.ACCOMMODATION_FLEXIBLE_HOURS: 0.20,
    matching_pb2.ACCOMMODATION_COUNSELLING: 0.45,
    matching_pb2.ACCOMMODATION_TRAUMA_INFORMED_SUPERVISOR: 0.40,
}
_NEED_CHANCE: Final[Mapping[matching_pb2.Accommodation, float]] = {
    matching_pb2.ACCOMMODATION_CHILDCARE: 0.15,
    matching_pb2.ACCOMMODATION_TRANSPORT: 0.25,
    matching_pb2.ACCOMMODATION_FLEXIBLE_HOURS: 0.15,
    matching_pb2.ACCOMMODATION_COUNSELLING: 0.30,
    matching_pb2.ACCOMMODATION_STIPEND: 0.20,
    matching_pb2.ACCOMMODATION_TRAUMA_INFORMED_SUPERVISOR: 0.20,
}


class _Sampler:
    """The weighted choices of one jurisdiction, built once and reused for every draw."""

    def __init__(self, jurisdiction: Jurisdiction) -> None:
        self.jurisdiction = jurisdiction
        self.speakers = _table(jurisdiction.speakers, [s.share for s in jurisdiction.speakers])
        work = jurisdiction.families
        interest_total = sum(_INTEREST_WEIGHTS.values())
        work_total = sum(work.values())
        families = [_FAMILIES[name] for name in FAMILIES]
        self.work_family = _table(families, [work.get(f.name, 0.0) for f in families])
        # Half what people anywhere are interested in, half the work there is here.
        self.survivor_family = _table(
            families,
            [
                _INTEREST_WEIGHTS[f.name] / interest_total + work.get(f.name, 0.0) / work_total
                for f in families
            ],
        )
        self._homes: dict[tuple[str, str, str], _Weighted[District]] = {}
        self._workplaces: dict[tuple[str, tuple[str, ...]], _Weighted[District]] = {}
        self._avoidable = {
            f.name: _Weighted.of(
                [(s, w) for s, w in jurisdiction.avoided.items() if s not in f.sectors]
            )
            for f in families
        }

    def avoidable(self, family: Family) -> _Weighted[str]:
        return self._avoidable[family.name]

    def homes(self, speakers: Speakers, family: Family) -> _Weighted[District]:
        """Where people of this language and family live: their community's districts, and
        more often where their family's work is."""
        key = (speakers.writes, speakers.community, family.name)
        found = self._homes.get(key)
        if found is None:
            places = _PLACES[self.jurisdiction.code]
            community = speakers.community
            nearby = tuple(d for d in places if community in d.communities) if community else ()
            found = self._homes[key] = _by_work(nearby or places, family.places)
        return found

    def workplaces(self, family: Family, template: Template) -> _Weighted[District]:
        key = (family.name, template.only_in)
        found = self._workplaces.get(key)
        if found is None:
            places = _PLACES[self.jurisdiction.code]
            allowed = tuple(d for d in places if set(d.tags) & set(template.only_in))
            found = self._workplaces[key] = _by_work(allowed or places, family.places)
        return found


def _by_work(districts: Sequence[District], tags: Sequence[str]) -> _Weighted[District]:
    """Districts by weight, three times heavier where they carry one of `tags`."""
    return _table(
        districts,
        [d.weight * (3.0 if any(tag in tags for tag in d.tags) else 1.0) for d in districts],
    )


def _apportion(total: int, weights: Sequence[float]) -> list[int]:
    """`total` split in proportion to `weights` by largest remainders; when there is enough to
    go round, no share is left empty."""
    whole = sum(weights)
    exact = [total * w / whole for w in weights]
    counts = [math.floor(x) for x in exact]
    by_remainder = sorted(range(len(weights)), key=lambda i: (counts[i] - exact[i], i))
    for i in by_remainder[: total - sum(counts)]:
        counts[i] += 1
    if total >= len(weights):
        for i, count in enumerate(counts):
            if count == 0:
                donor = max(range(len(counts)), key=lambda k: (counts[k], -k))
                counts[donor] -= 1
                counts[i] = 1
    return counts


def _round(amount: float, step: int) -> int:
    return max(step, round(amount / step) * step)


def _join(clauses: Sequence[str]) -> str:
    if len(clauses) == 1:
        return clauses[0]
    return ", ".join(clauses[:-1]) + " and " + clauses[-1]


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


def _set_place(place: common_pb2.Place, country: str, district: District) -> None:
    place.country = country
    place.district = district.name
    place.latitude = district.latitude
    place.longitude = district.longitude


def _local_money(dice: _Dice, jurisdiction: Jurisdiction) -> Money:
    other = jurisdiction.other_money
    if other is not None and dice.chance(jurisdiction.other_money_share):
        return other
    return jurisdiction.money


# --- survivors -------------------------------------------------------------------------------


def _words(
    dice: _Dice, family: str, language: str, gender: str
) -> tuple[str, str, tuple[str, ...]]:
    """Interests and aspirations in the survivor's own words, and the concepts they name."""
    likes, hopes = _SAID[family][language]
    frames = _FRAMES[language]
    me = frames.me.get(gender, "")
    chosen = dice.some(likes, 2 if dice.chance(0.45) else 1)
    if len(chosen) == 2:
        # The longer, more particular phrase first: "selling at the market and selling
        # online" keeps both apart, where the other order would read as one thing.
        chosen.sort(key=lambda said: -len(said.text))
        interests = dice.one(frames.two).format(me=me, a=chosen[0].text, b=chosen[1].text)
    else:
        interests = dice.one(frames.one).format(me=me, a=chosen[0].text)
    hope = dice.one(hopes)
    why = dice.one(_MOTIVES[language]) if dice.chance(0.6) else ""
    aspirations = dice.one(frames.hope).format(me=me, g=hope.text, why=why)
    tags = tuple(dict.fromkeys(c for said in (*chosen, hope) for c in said.concepts))
    return interests, aspirations, tags


def _sectors_to_avoid(dice: _Dice, sampler: _Sampler, family: Family) -> list[str]:
    """About three in ten name one or two sectors they never want to be offered again (never
    the sectors of the work they are interested in)."""
    if not dice.chance(0.3):
        return []
    options = sampler.avoidable(family)
    first = dice.weighted(options)
    if not dice.chance(0.2) or len(options.items) < 2:
        return [first]
    second = first
    while second == first:
        second = dice.weighted(options)
    return [first, second]


def _survivor(
    dice: _Dice, sampler: _Sampler, organisation_id: str, request_id: str, personal: _Dice
) -> SyntheticSurvivor:
    """``personal`` draws the exact age of minors and the cross-border choice: a stream of
    its own, so the rest of each survivor is what it was before these existed."""
    jurisdiction = sampler.jurisdiction
    speakers = dice.weighted(sampler.speakers)
    family = dice.weighted(sampler.survivor_family)
    district = dice.weighted(sampler.homes(speakers, family))
    band = dice.weighted(_AGE)
    minor = band == MINOR_BAND
    gender = dice.weighted(_GENDER)
    profile = matching_pb2.SurvivorProfile(age_band=band, minor=minor, gender=gender)
    if minor:
        profile.age_years = personal.between(14, 17)
    else:
        profile.open_to_cross_border = personal.chance(_OPEN_TO_CROSS_BORDER)
    _set_place(profile.residence, jurisdiction.code, district)

    for code, levels in speakers.languages:
        profile.languages.add(language=code, level=dice.one(levels))
    if all(code != "en" for code, _ in speakers.languages) and dice.chance(0.12):
        profile.languages.add(language="en", level=dice.one((_BASIC, _CONVERSATIONAL)))

    interests, aspirations, tags = _words(dice, family.name, speakers.writes, gender)
    profile.interests = interests
    profile.aspirations = aspirations
    profile.interest_tags.extend(tags)
    held = dice.some(family.skills, dice.weighted(_MINOR_SKILLS_HELD if minor else _SKILLS_HELD))
    profile.skills.extend(held)
    learnable = [skill for skill in family.skills if skill not in held]
    profile.skills_wanted.extend(dice.some(learnable, dice.between(1, 3)))
    profile.education = dice.one(_MINOR_EDUCATION) if minor else dice.weighted(_EDUCATION)
    profile.hours = dice.weighted(_SURVIVOR_HOURS)
    profile.remote_ok = dice.chance(0.45 if family.name in ("it_support", "office") else 0.12)
    profile.travel_radius_km = dice.weighted(_RADIUS)

    avoided = _sectors_to_avoid(dice, sampler, family)
    profile.sectors_to_avoid.extend(avoided)
    if dice.chance(0.3):
        profile.conditions.append(matching_pb2.CONDITION_NO_NIGHT_SHIFTS)
    if gender == "woman" and dice.chance(0.25):
        profile.conditions.append(matching_pb2.CONDITION_WOMEN_ONLY_WORKPLACE)
    if dice.chance(0.5 if "domestic_care_work" in avoided else 0.25):
        profile.conditions.append(matching_pb2.CONDITION_NO_LIVE_IN)
    if dice.chance(0.2 if band in ("45-54", "55+") else 0.1):
        profile.conditions.append(matching_pb2.CONDITION_NO_HEAVY_LIFTING)
    for need, chance in _NEED_CHANCE.items():
        if dice.chance(chance) and not (minor and need == matching_pb2.ACCOMMODATION_CHILDCARE):
            profile.needs.append(need)

    money = _local_money(dice, jurisdiction)
    if dice.chance(0.4 if minor else 0.85):
        low, high = (0.5, 1.0) if minor else jurisdiction.goal_range
        profile.income_goal.amount = _round(money.entry_wage * dice.uniform(low, high), money.step)
        profile.income_goal.currency = money.currency
    sunday_only = jurisdiction.code == "HK" and speakers.writes in ("tl", "en")
    slots = dice.some(_SUNDAY_SLOTS if sunday_only else _SLOTS, dice.between(1, 3))
    for day, start, length in sorted(slots):
        profile.availability.add(day_of_week=day, start_minute=start, duration_minutes=length)

    stage = dice.weighted(_STAGE)
    if minor and stage == common_pb2.READINESS_STAGE_EMPLOYMENT_READY:
        stage = common_pb2.READINESS_STAGE_TRAINING_READY  # no jobs before 18
    consents = {
        common_pb2.CONSENT_PURPOSE_MATCHING: dice.chance(0.92),
        common_pb2.CONSENT_PURPOSE_EMPLOYER_SHORTLIST: not minor and dice.chance(0.65),
        common_pb2.CONSENT_PURPOSE_PEER_GROUPS: dice.chance(0.6),
    }
    return SyntheticSurvivor(
        organisation_id=organisation_id,
        family=family.name,
        profile=profile,
        readiness=stage,
        consents=MappingProxyType(consents),
        request_id=request_id,
    )


# --- opportunities ---------------------------------------------------------------------------


def _add_languages(
    dice: _Dice,
    opportunity: matching_pb2.Opportunity,
    jurisdiction: Jurisdiction,
    district: District,
    template: Template,
    *,
    course: bool,
) -> None:
    """The languages an opportunity accepts; any one of them suffices."""
    if template.english >= 1.0:  # work done in English, such as call centres
        opportunity.languages.add(language="en", level=_FLUENT)
        return
    own = template.languages.get(jurisdiction.code)
    if course and own is None and district.communities and dice.chance(0.4):
        # A course run by a community organisation, in the community's own language.
        opportunity.languages.add(language=dice.one(district.communities), level=_CONVERSATIONAL)
        return
    codes = list(own or jurisdiction.work_languages)
    for community in () if own else district.communities:
        if community not in codes and dice.chance(0.5):
            codes.append(community)
    if "en" not in codes and dice.chance(template.english):
        codes.append("en")
    level = _CONVERSATIONAL if course else template.level
    for code in codes:
        opportunity.languages.add(language=code, level=level)


def _wage(
    dice: _Dice, jurisdiction: Jurisdiction, template: Template, hours: matching_pb2.Hours
) -> tuple[int, str]:
    fixed = template.fixed_pay.get(jurisdiction.code)
    if fixed is not None:
        return _round(dice.uniform(*fixed), 10), jurisdiction.money.currency
    money = _local_money(dice, jurisdiction)
    wage = money.entry_wage * template.pay * dice.uniform(0.9, 1.3)
    if hours == matching_pb2.HOURS_PART_TIME:
        wage *= 0.55
    return _round(wage, money.step), money.currency


def _stipend(dice: _Dice, jurisdiction: Jurisdiction) -> tuple[int, str] | None:
    """Courses are free; about half also pay a small monthly stipend."""
    money = _local_money(dice, jurisdiction)
    if not dice.chance(0.55):
        return None
    return _round(money.entry_wage * dice.uniform(0.15, 0.35), money.step), money.currency


def _opportunity(
    dice: _Dice,
    sampler: _Sampler,
    organisation_id: str,
    request_id: str,
    *,
    course: bool,
) -> SyntheticOpportunity:
    jurisdiction = sampler.jurisdiction
    family = dice.weighted(sampler.work_family)
    template = dice.one(family.courses if course else family.jobs)
    district = dice.weighted(sampler.workplaces(family, template))
    remote = dice.chance(template.remote)
    if course:
        hours = matching_pb2.HOURS_FLEXIBLE if remote else dice.weighted(_COURSE_HOURS)
    elif template.full_time_only:
        hours = matching_pb2.HOURS_FULL_TIME
    else:
        hours = dice.weighted(_JOB_HOURS)
    opportunity = matching_pb2.Opportunity(
        kind=matching_pb2.OPPORTUNITY_KIND_TRAINING
        if course
        else matching_pb2.OPPORTUNITY_KIND_JOB,
        title=dice.one(template.titles),
        sector=template.sector,
        remote=remote,
        hours=hours,
        hazardous=template.hazardous and not course,
    )
    (opportunity.skills_taught if course else opportunity.skills_required).extend(template.skills)
    _set_place(opportunity.location, jurisdiction.code, district)
    _add_languages(dice, opportunity, jurisdiction, district, template, course=course)

    pay = _stipend(dice, jurisdiction) if course else _wage(dice, jurisdiction, template, hours)
    if pay is not None:
        opportunity.pay.amount, opportunity.pay.currency = pay
    workplace = opportunity.workplace
    if not course:
        workplace.night_shifts = dice.chance(template.night)
        # Hong Kong's rule for foreign domestic helpers: live-in, at the minimum allowable wage.
        workplace.live_in = jurisdiction.code in template.fixed_pay or dice.chance(template.live_in)
        workplace.heavy_lifting = dice.chance(template.heavy)
    workplace.women_only = dice.chance(template.women_only)
    chances = _COURSE_SUPPORT_CHANCE if course else _JOB_SUPPORT_CHANCE
    opportunity.accommodations.extend(a for a, chance in chances.items() if dice.chance(chance))
    if pay is not None and course:
        opportunity.accommodations.append(matching_pb2.ACCOMMODATION_STIPEND)
    opportunity.openings = dice.between(8, 25) if course else dice.between(*template.openings)
    if not course:
        opportunity.minimum_age = template.minimum_age
    elif template.youth:
        opportunity.minimum_age = dice.weighted(_COURSE_MINIMUM_AGE)
    else:
        opportunity.minimum_age = 18
    opportunity.description = _description(dice, opportunity, template, district, course=course)
    return SyntheticOpportunity(
        organisation_id=organisation_id,
        family=family.name,
        opportunity=opportunity,
        request_id=request_id,
    )


def _description(
    dice: _Dice,
    opportunity: matching_pb2.Opportunity,
    template: Template,
    district: District,
    *,
    course: bool,
) -> str:
    """Two to four sentences, as an employer or provider would write them."""
    sentences = [dice.one(template.intros).format(place=district.name)]
    pay = opportunity.pay
    paid = f"{pay.amount:,} {pay.currency}"
    if course:
        sentences.append(_schedule(dice, opportunity))
        sentences.append(
            f"The course is free and trainees receive a stipend of {paid} a month."
            if pay.currency
            else "The course is free of charge."
        )
    else:
        sentences.append(_terms(dice, opportunity, paid))
    workplace = opportunity.workplace
    facts = [
        clause
        for present, clause in (
            (workplace.night_shifts, "some shifts run at night"),
            (workplace.live_in, "the role is live-in, with a private room"),
            (workplace.heavy_lifting, "the work involves lifting heavy loads"),
            (workplace.women_only and course, "this group is for women only"),
            (workplace.women_only and not course, "the team is women only"),
            (opportunity.hazardous, "protective equipment and safety training are provided"),
        )
        if present
    ]
    offered = [_SUPPORT[a] for a in opportunity.accommodations if a in _SUPPORT]
    if facts and offered and len(sentences) == 3:  # four sentences at most
        sentences.append(_capitalised(_join(facts)) + "; we also offer " + _join(offered) + ".")
    else:
        if facts:
            sentences.append(_capitalised(_join(facts)) + ".")
        if offered:
            sentences.append(f"We offer {_join(offered)}.")
    return " ".join(sentences)


def _terms(dice: _Dice, opportunity: matching_pb2.Opportunity, paid: str) -> str:
    if opportunity.hours == matching_pb2.HOURS_FULL_TIME:
        when = f"full-time, {dice.one(('five', 'six'))} days a week"
    elif opportunity.hours == matching_pb2.HOURS_PART_TIME:
        when = f"part-time, about {dice.one((20, 24, 30))} hours a week"
    else:
        when = "flexible hours agreed with you"
    if opportunity.remote:
        when = "remote, " + when
    openings = opportunity.openings
    places = "one opening" if openings == 1 else f"{openings} openings"
    return f"{_capitalised(when)}, paying {paid} a month; {places}."


def _schedule(dice: _Dice, opportunity: matching_pb2.Opportunity) -> str:
    weeks = dice.one((4, 6, 8, 10, 12, 16))
    seats = opportunity.openings
    if opportunity.remote:
        return (
            f"Study online at your own pace over {weeks} weeks, with a weekly video call; "
            f"{seats} places."
        )
    if opportunity.hours == matching_pb2.HOURS_FULL_TIME:
        return f"Full days, Monday to Friday, for {weeks} weeks; {seats} places."
    if opportunity.hours == matching_pb2.HOURS_PART_TIME:
        when = dice.one(_CLASS_TIMES)
        return f"Classes run {when} for {weeks} weeks; {seats} places."
    return f"Sessions are arranged with each trainee over {weeks} weeks; {seats} places."


# --- the population --------------------------------------------------------------------------


def _organisations(country: str, kind: OrganisationKind, count: int) -> list[Organisation]:
    label = {"ngo": "ngo", "employer": "employer", "training_provider": "training"}[kind]
    return [
        Organisation(f"demo-{country.lower()}-{label}-{n:04d}", kind, country)
        for n in range(1, count + 1)
    ]


def _needed(items: int, per_organisation: int) -> int:
    return 0 if items == 0 else max(1, math.ceil(items / per_organisation))


@contextmanager
def _cycle_collector_paused() -> Iterator[None]:
    """Building hundreds of thousands of small objects that make no reference cycles, the
    cycle collector only costs time (more than half of it); it runs again afterwards."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def generate_population(
    *,
    survivors: int,
    opportunities: int,
    seed: int = 7,
    jurisdictions: Sequence[str] = JURISDICTIONS,
    training_share: float = 0.3,
) -> Population:
    """A synthetic population of `survivors` and `opportunities` (`training_share` of them
    courses, the rest jobs), spread over `jurisdictions` roughly as Pathways' work is.

    Deterministic: the same arguments give the same messages, byte for byte, and the same
    request ids, so seeding a system twice creates nothing the second time.
    """
    if survivors < 0 or opportunities < 0:
        raise ValueError("sizes cannot be negative")
    if not 0.0 <= training_share <= 1.0:
        raise ValueError("training_share is a fraction between 0 and 1")
    codes = tuple(dict.fromkeys(code.upper() for code in jurisdictions))
    if not codes or any(code not in _JURISDICTIONS for code in codes):
        raise ValueError(f"jurisdictions are some of {', '.join(JURISDICTIONS)}")
    places = [_JURISDICTIONS[code] for code in codes]
    weights = [j.weight for j in places]
    course_total = round(opportunities * training_share)
    survivor_counts = _apportion(survivors, weights)
    job_counts = _apportion(opportunities - course_total, weights)
    course_counts = _apportion(course_total, weights)

    with _cycle_collector_paused():
        return _populate(
            seed=seed,
            places=places,
            survivor_counts=survivor_counts,
            job_counts=job_counts,
            course_counts=course_counts,
        )


def _populate(
    *,
    seed: int,
    places: Sequence[Jurisdiction],
    survivor_counts: Sequence[int],
    job_counts: Sequence[int],
    course_counts: Sequence[int],
) -> Population:
    # Separate streams: changing the number of opportunities leaves the survivors as they were.
    people_dice = _Dice(f"pathways-demo:{seed}:survivors")
    work_dice = _Dice(f"pathways-demo:{seed}:opportunities")
    personal_dice = _Dice(f"pathways-demo:{seed}:personal")
    organisations: list[Organisation] = []
    people: list[SyntheticSurvivor] = []
    work: list[SyntheticOpportunity] = []
    for jurisdiction, n_people, n_jobs, n_courses in zip(
        places, survivor_counts, job_counts, course_counts, strict=True
    ):
        sampler = _Sampler(jurisdiction)
        code = jurisdiction.code
        ngos = _organisations(code, "ngo", _needed(n_people, _SURVIVORS_PER_NGO))
        employers = _organisations(code, "employer", _needed(n_jobs, _JOBS_PER_EMPLOYER))
        providers = _organisations(
            code, "training_provider", _needed(n_courses, _COURSES_PER_PROVIDER)
        )
        organisations += ngos + employers + providers
        for n in range(n_people):
            request_id = f"demo-{seed}-survivor-{len(people):07d}"
            ngo = ngos[n % len(ngos)].organisation_id
            people.append(_survivor(people_dice, sampler, ngo, request_id, personal_dice))
        for owners, count, course in ((employers, n_jobs, False), (providers, n_courses, True)):
            for _ in range(count):
                request_id = f"demo-{seed}-opportunity-{len(work):07d}"
                owner = work_dice.one(owners).organisation_id
                work.append(_opportunity(work_dice, sampler, owner, request_id, course=course))
    return Population(
        seed=seed,
        organisations=tuple(organisations),
        survivors=tuple(people),
        opportunities=tuple(work),
    )
