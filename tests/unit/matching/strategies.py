"""Hypothesis strategies and builders for survivors and opportunities, adversarial on purpose."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

from hypothesis import strategies as st

from matching.domain.opportunity import Opportunity, OpportunityDetails, OpportunityStatus
from matching.domain.survivor import Survivor, SurvivorProfile
from matching.domain.values import (
    AGE_BANDS,
    MINOR_AGE_BANDS,
    Accommodation,
    ConsentPurpose,
    Hours,
    LanguageLevel,
    LanguageSkill,
    MonthlyAmount,
    OpportunityKind,
    Place,
    ReadinessStage,
    SurvivorCondition,
    Workplace,
)
from tests.unit.matching.fakes import TinyVocabulary

_TINY = TinyVocabulary()
NOW = datetime(2026, 11, 28, 9, 0, tzinfo=UTC)
LANGUAGES = ["th", "km", "my", "vi", "tl", "zh", "en"]
SECTORS = ["food_service", "garment", "agriculture", "fishing", "construction", "beauty", "retail"]
SKILLS = ["cooking", "barista", "sewing_machine_operation", "customer_service", "basic_computer"]
# A few district centroids, some close together, in two countries; the last two face each
# other across the Thai-Cambodian border (Aranyaprathet and Poipet, about 7 km apart).
PLACES = [
    Place("TH", "Bang Rak", 13.7300, 100.5240),
    Place("TH", "Pathum Wan", 13.7440, 100.5230),
    Place("TH", "Chiang Mai Mueang", 18.7880, 98.9850),
    Place("KH", "Daun Penh", 11.5700, 104.9200),
    Place("KH", "Battambang", 13.0950, 103.2020),
    Place("TH", "Aranyaprathet", 13.6956, 102.5064),
    Place("KH", "Poipet", 13.6593, 102.5627),
]

languages = st.lists(
    st.builds(LanguageSkill, st.sampled_from(LANGUAGES), st.sampled_from(list(LanguageLevel))),
    min_size=1,
    max_size=3,
    unique_by=lambda skill: skill.language,
).map(tuple)


@st.composite
def profiles(draw: st.DrawFn) -> SurvivorProfile:
    band = draw(st.sampled_from(AGE_BANDS))
    lower = int(band.rstrip("+").split("-")[0])
    upper = int(band.split("-")[1]) if "-" in band else 90
    return SurvivorProfile(
        languages=draw(languages),
        age_band=band,
        minor=band in MINOR_AGE_BANDS,
        # None too: minors recorded before their age was asked are still matched.
        age_years=draw(st.none() | st.integers(lower, upper)),
        # Adults only: a minor is never open to work across a border (refused).
        open_to_cross_border=band not in MINOR_AGE_BANDS and draw(st.booleans()),
        residence=draw(st.none() | st.sampled_from(PLACES)),
        interests=draw(
            st.sampled_from(
                ["", "I like cooking", "อยากทำงานในร้านกาแฟ", "I want to learn to sew", "tailor"]
            )
        ),
        skills=frozenset(draw(st.sets(st.sampled_from(SKILLS), max_size=3))),
        skills_wanted=frozenset(draw(st.sets(st.sampled_from(SKILLS), max_size=2))),
        remote_ok=draw(st.booleans()),
        travel_radius_km=draw(st.sampled_from([0, 5, 20, 100, 500, 500])),
        sectors_to_avoid=frozenset(draw(st.sets(st.sampled_from(SECTORS), max_size=2)))
        if draw(st.booleans())
        else frozenset(),
        conditions=frozenset(draw(st.sets(st.sampled_from(list(SurvivorCondition)), max_size=2)))
        if draw(st.booleans())
        else frozenset(),
        needs=frozenset(draw(st.sets(st.sampled_from(list(Accommodation)), max_size=2))),
        income_goal=draw(
            st.none()
            | st.builds(MonthlyAmount, st.integers(0, 20_000), st.sampled_from(["THB", "KHR"]))
        ),
    )


@st.composite
def survivors(draw: st.DrawFn) -> Survivor:
    survivor = Survivor.register(
        survivor_id=f"srv_{draw(st.integers(0, 10**6))}",
        organisation_id="org_ngo",
        alias="A-0001",
        profile=draw(profiles()),
    )
    # Mostly ready and consenting, so that many pairs are eligible and the properties bite.
    stage = draw(st.sampled_from([None, *ReadinessStage, ReadinessStage.EMPLOYMENT_READY] * 1))
    if stage is not None:
        survivor.assess_readiness(stage=stage, at=NOW, review_due=NOW + timedelta(days=90), by="u1")
    for purpose in ConsentPurpose:
        granted = draw(st.sampled_from([None, False, True, True, True]))
        if granted is not None:
            survivor.set_consent(purpose=purpose, granted=granted, at=NOW, by="u1")
    survivor.events.clear()
    return survivor


@st.composite
def opportunity_details(draw: st.DrawFn) -> OpportunityDetails:
    remote = draw(st.booleans())
    kind = draw(st.sampled_from(list(OpportunityKind)))
    return OpportunityDetails(
        kind=kind,
        title=draw(st.sampled_from(["Line cook", "Barista", "Sewing course", "Farm hand"])),
        description=draw(st.sampled_from(["", "Cooking in a busy restaurant", "Learn to sew"])),
        sector=draw(st.sampled_from(SECTORS)),
        openings=draw(st.integers(1, 5)),
        skills_required=frozenset(draw(st.sets(st.sampled_from(SKILLS), max_size=3))),
        skills_taught=frozenset(draw(st.sets(st.sampled_from(SKILLS), max_size=3))),
        languages=()
        if draw(st.booleans())
        else tuple(
            draw(
                st.lists(
                    st.builds(
                        LanguageSkill,
                        st.sampled_from(LANGUAGES),
                        st.sampled_from(list(LanguageLevel)),
                    ),
                    max_size=2,
                    unique_by=lambda skill: skill.language,
                )
            )
        ),
        location=None if remote and draw(st.booleans()) else draw(st.sampled_from(PLACES)),
        remote=remote,
        pay=draw(
            st.none()
            | st.builds(MonthlyAmount, st.integers(0, 20_000), st.sampled_from(["THB", "KHR"]))
        ),
        hours=draw(st.sampled_from(list(Hours))),
        workplace=draw(
            st.just(Workplace())
            | st.builds(
                Workplace,
                *[st.booleans()] * 5,
                documents_withheld=st.sampled_from([False, False, False, True]),
            )
        ),
        accommodations=frozenset(draw(st.sets(st.sampled_from(list(Accommodation)), max_size=3))),
        minimum_age=draw(st.sampled_from([14, 15, 16, 18, 18, 21])),
        hazardous=draw(st.sampled_from([False, False, True])),
    )


@st.composite
def opportunities(draw: st.DrawFn, index: int | None = None) -> Opportunity:
    details = draw(opportunity_details())
    opportunity = Opportunity.post(
        opportunity_id=f"opp_{index if index is not None else draw(st.integers(0, 10**6))}",
        organisation_id=draw(st.sampled_from(["org_employer", "org_school"])),
        details=details,
        detected_sectors=frozenset(draw(st.sets(st.sampled_from(SECTORS), max_size=1))),
        # Mapped when written, as the service does (the index maps it only when missing).
        concepts=_TINY.concepts_in(f"{details.title}\n{details.description}"),
    )
    opportunity.status = draw(st.sampled_from([*OpportunityStatus, OpportunityStatus.OPEN] * 1))
    opportunity.placements = draw(st.sampled_from([0, 0, 0, 1, 5]))
    opportunity.material_revision = draw(st.integers(1, 3))
    # Never past the material revision (only a material change can be a new offer), and
    # often behind it, so that a check of the wrong revision shows.
    opportunity.offer_revision = draw(st.integers(1, opportunity.material_revision))
    opportunity.events.clear()
    return opportunity


def ready_survivor(
    *,
    stage: ReadinessStage = ReadinessStage.EMPLOYMENT_READY,
    consents: tuple[ConsentPurpose, ...] = (ConsentPurpose.MATCHING,),
    survivor_id: str = "srv_1",
    **profile: object,
) -> Survivor:
    fields: dict[str, object] = {
        "languages": (
            LanguageSkill("th", LanguageLevel.NATIVE),
            LanguageSkill("en", LanguageLevel.BASIC),
        ),
        "age_band": "25-34",
        "minor": False,
        "residence": PLACES[0],
        "travel_radius_km": 20,
    }
    fields.update(profile)
    survivor = Survivor.register(
        survivor_id=survivor_id,
        organisation_id="org_ngo",
        alias="A-0001",
        profile=SurvivorProfile(**fields),  # type: ignore[arg-type]
    )
    survivor.assess_readiness(stage=stage, at=NOW, review_due=NOW + timedelta(days=90), by="u1")
    for purpose in consents:
        survivor.set_consent(purpose=purpose, granted=True, at=NOW, by="u1")
    survivor.events.clear()
    return survivor


def open_job(opportunity_id: str = "opp_1", **details: object) -> Opportunity:
    fields: dict[str, object] = {
        "kind": OpportunityKind.JOB,
        "title": "Line cook",
        "description": "Cooking in a busy restaurant",
        "sector": "food_service",
        "openings": 2,
        "languages": (LanguageSkill("th", LanguageLevel.CONVERSATIONAL),),
        "location": PLACES[1],
    }
    fields.update(details)
    opportunity = Opportunity.post(
        opportunity_id=opportunity_id,
        organisation_id="org_employer",
        details=OpportunityDetails(**fields),  # type: ignore[arg-type]
    )
    opportunity.events.clear()
    return opportunity


@st.composite
def pairs(draw: st.DrawFn) -> tuple[Survivor, Opportunity]:
    """A survivor and an opportunity, nudged towards compatibility one fact at a time.

    Independent random pairs are almost never eligible, which would make properties of the
    form "if eligible then ..." pass without testing anything; here each fact agrees with
    good probability and breaks with some, so every rule is exercised on both sides.
    """
    opportunity = draw(opportunities())
    survivor = draw(survivors())
    details, profile = opportunity.details, survivor.profile
    changes: dict[str, object] = {}
    lean = st.integers(0, 9).map(lambda n: n < 7)
    if bool(details.languages) and draw(lean):  # bool(): mypy infers draw() from the left
        wanted = details.languages[0]
        held = {skill.language: skill for skill in profile.languages}
        level = draw(st.sampled_from([lvl for lvl in LanguageLevel if lvl >= wanted.level]))
        held[wanted.language] = LanguageSkill(wanted.language, level)
        changes["languages"] = tuple(held.values())
    if details.location is not None and draw(lean):
        changes["residence"] = details.location
    if details.remote and draw(lean):
        changes["remote_ok"] = True
    if draw(lean):
        changes["sectors_to_avoid"] = frozenset()
    if draw(lean):
        changes["conditions"] = frozenset()
    survivor.profile = replace(profile, **changes)  # type: ignore[arg-type]
    if draw(lean):
        survivor.assess_readiness(
            stage=ReadinessStage.EMPLOYMENT_READY, at=NOW, review_due=None, by="u1"
        )
    if draw(lean):
        survivor.set_consent(purpose=ConsentPurpose.MATCHING, granted=True, at=NOW, by="u1")
    if draw(lean):
        opportunity.status = OpportunityStatus.OPEN
        opportunity.placements = 0
    survivor.events.clear()
    return survivor, opportunity


@st.composite
def survivor_and_opportunities(
    draw: st.DrawFn, *, max_size: int = 12
) -> tuple[Survivor, list[Opportunity]]:
    """One survivor and several opportunities nudged towards them, with unique ids."""
    survivor, _ = draw(pairs())
    lean = st.integers(0, 9).map(lambda n: n < 7)
    found = []
    for i in range(draw(st.integers(1, max_size))):
        opportunity = draw(opportunities(index=i))
        details = opportunity.details
        changes: dict[str, object] = {}
        if draw(lean):
            mine = survivor.profile.languages[0]
            level = draw(st.sampled_from([lvl for lvl in LanguageLevel if lvl <= mine.level]))
            changes["languages"] = (LanguageSkill(mine.language, level),)
        if not details.remote and survivor.profile.residence is not None and draw(lean):
            changes["location"] = survivor.profile.residence
        if changes:
            opportunity.details = replace(details, **changes)  # type: ignore[arg-type]
        if draw(lean):
            opportunity.status = OpportunityStatus.OPEN
            opportunity.placements = 0
        found.append(opportunity)
    return survivor, found
