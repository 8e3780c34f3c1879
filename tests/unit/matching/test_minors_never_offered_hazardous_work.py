"""A minor is never offered night work, live-in work, or a job in a sector hazardous for
children by its nature, whatever the employer ticked (safety probe V4).

Expected values come from the rule as stated: for anyone under 18, an opportunity at night
or live-in is refused, of any kind; a job whose declared sector, detected sectors or
mentioned concepts lie under a sector flagged ``hazardous_for_minors`` (construction,
fishing and fish farming) is refused; a course there is refused under 16 and offered from
16. Adults are not concerned. The index (masks, then the rules again) and the rules alone
must say the same.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from dataclasses import replace

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from matching.adapters.opportunity_index import OpportunityIndex
from matching.adapters.vocabulary_files import load_vocabulary
from matching.domain.opportunity import Opportunity, OpportunityDetails, with_conditions_said
from matching.domain.rules import CLOSED_TO_MINORS, MatchContext, Violation, is_eligible, violations
from matching.domain.scoring import ScoreWeights
from matching.domain.survivor import Survivor
from matching.domain.values import (
    LanguageLevel,
    LanguageSkill,
    OpportunityKind,
    ReadinessStage,
    Workplace,
)
from matching.domain.vocabulary import Vocabulary, VocabularyError
from tests.unit.matching.fakes import TinyVocabulary
from tests.unit.matching.strategies import PLACES, ready_survivor, survivor_and_opportunities


@functools.cache
def vocabulary() -> Vocabulary:
    return load_vocabulary()


def posted(
    opportunity_id: str,
    *,
    title: str,
    sector: str,
    description: str = "",
    kind: OpportunityKind = OpportunityKind.JOB,
    minimum_age: int = 15,
    workplace: Workplace | None = None,
) -> Opportunity:
    """Posted as the service posts it: sectors and concepts mapped from the text once."""
    details = OpportunityDetails(
        kind=kind,
        title=title,
        description=description,
        sector=sector,
        openings=3,
        languages=(LanguageSkill("th", LanguageLevel.CONVERSATIONAL),),
        location=PLACES[1],
        minimum_age=minimum_age,
        hazardous=False,
        workplace=workplace or Workplace(),
    )
    text = f"{title}\n{description}"
    opportunity = Opportunity.post(
        opportunity_id=opportunity_id,
        organisation_id="org_employer",
        details=details,
        detected_sectors=vocabulary().sectors_in(text),
        concepts=vocabulary().concepts_in(text),
    )
    opportunity.events.clear()
    return opportunity


def minor(age: int) -> Survivor:
    return ready_survivor(age_band="14-17", minor=True, age_years=age)


def adult() -> Survivor:
    return ready_survivor()


def _index(
    concepts: Vocabulary | TinyVocabulary, opportunities: Iterable[Opportunity]
) -> OpportunityIndex:
    """Without a relevance floor: the hard rules alone decide what it offers."""
    index = OpportunityIndex(
        concepts=concepts,
        weights=ScoreWeights(),
        text_features=2**12,
        skill_features=2**10,
        relevance_floor=0.0,
    )
    index.upsert_many(opportunities)
    return index


def offered(survivor: Survivor, *opportunities: Opportunity) -> set[str]:
    """What the index offers, without a relevance floor: the hard rules alone decide."""
    index = _index(vocabulary(), opportunities)
    return {c.opportunity_id for c in index.rank(survivor, k=50)}


SCAFFOLDING = posted(
    "opp_scaffold",
    title="Construction labourer",
    description="Work on scaffolding at heights on a new condominium",
    sector="construction",
)
# Posted under another sector: the text names the fishing boat.
DECKHAND = posted(
    "opp_deckhand",
    title="Deckhand",
    description="Deckhand wanted on a fishing boat out of Songkhla",
    sector="logistics_warehouse",
)
# A concept narrower than a flagged sector, named only as the declared sector.
POND = posted("opp_pond", title="Pond worker", sector="fish_farming")
KARAOKE_NIGHT = posted(
    "opp_karaoke",
    title="Karaoke hostess",
    description="Greet guests, night shift",
    sector="hospitality",
    workplace=Workplace(night_shifts=True),
)
CAFE_NIGHT = posted(
    "opp_cafe_night",
    title="Barista",
    sector="food_service",
    minimum_age=16,
    workplace=Workplace(night_shifts=True),
)
HOUSEKEEPER_LIVE_IN = posted(
    "opp_live_in",
    title="Housekeeper",
    sector="domestic_care_work",
    minimum_age=16,
    workplace=Workplace(live_in=True),
)
CAFE_DAY = posted("opp_cafe_day", title="Barista", sector="food_service")
BRICKLAYING_COURSE = posted(
    "opp_brick_course",
    title="Bricklaying and tiling course",
    sector="construction",
    kind=OpportunityKind.TRAINING,
    minimum_age=14,
)
NIGHT_BOAT_COURSE = posted(
    "opp_boat_course",
    title="Fishing course",
    description="Learn on a fishing boat at night",
    sector="fishing_aquaculture",
    kind=OpportunityKind.TRAINING,
    minimum_age=14,
    workplace=Workplace(night_shifts=True),
)
LIVE_IN_COURSE = posted(
    "opp_live_in_course",
    title="Sewing course",
    sector="garment_manufacturing",
    kind=OpportunityKind.TRAINING,
    minimum_age=14,
    workplace=Workplace(live_in=True),
)
HAZARDOUS_FOR_A_CHILD = [SCAFFOLDING, DECKHAND, POND, KARAOKE_NIGHT]


@pytest.mark.parametrize("job", HAZARDOUS_FOR_A_CHILD, ids=lambda o: o.opportunity_id)
def test_a_15_year_old_is_never_offered_hazardous_work_the_employer_did_not_tick(
    job: Opportunity,
) -> None:
    survivor = minor(15)

    assert Violation.HAZARDOUS_FOR_MINOR in violations(survivor, job)
    assert offered(survivor, job, CAFE_DAY) == {"opp_cafe_day"}


@pytest.mark.parametrize("job", [CAFE_NIGHT, HOUSEKEEPER_LIVE_IN], ids=lambda o: o.opportunity_id)
def test_a_16_year_old_is_never_offered_night_or_live_in_work(job: Opportunity) -> None:
    survivor = minor(16)

    assert violations(survivor, job) == [Violation.HAZARDOUS_FOR_MINOR]
    assert offered(survivor, job, CAFE_DAY) == {"opp_cafe_day"}


def test_a_17_year_old_is_not_offered_construction_or_fishing_jobs_either() -> None:
    survivor = minor(17)

    assert offered(survivor, *HAZARDOUS_FOR_A_CHILD, CAFE_DAY) == {"opp_cafe_day"}


def test_adults_are_offered_the_same_jobs() -> None:
    jobs = [*HAZARDOUS_FOR_A_CHILD, CAFE_NIGHT, HOUSEKEEPER_LIVE_IN, CAFE_DAY]

    assert all(violations(adult(), job) == [] for job in jobs)
    assert offered(adult(), *jobs) == {job.opportunity_id for job in jobs}


def test_a_trade_course_in_a_closed_sector_is_offered_from_16_not_before() -> None:
    assert violations(minor(16), BRICKLAYING_COURSE) == []
    assert violations(minor(15), BRICKLAYING_COURSE) == [Violation.HAZARDOUS_FOR_MINOR]
    assert offered(minor(16), BRICKLAYING_COURSE) == {"opp_brick_course"}
    assert offered(minor(15), BRICKLAYING_COURSE) == set()


def test_a_minor_of_a_band_without_an_exact_age_is_taken_to_be_14_for_courses() -> None:
    survivor = ready_survivor(age_band="14-17", minor=True, age_years=None)

    assert violations(survivor, BRICKLAYING_COURSE) == [Violation.HAZARDOUS_FOR_MINOR]


@pytest.mark.parametrize(
    "course", [NIGHT_BOAT_COURSE, LIVE_IN_COURSE], ids=lambda o: o.opportunity_id
)
def test_no_minor_is_offered_a_course_at_night_or_live_in(course: Opportunity) -> None:
    survivor = ready_survivor(
        age_band="14-17", minor=True, age_years=17, stage=ReadinessStage.TRAINING_READY
    )

    assert violations(survivor, course) == [Violation.HAZARDOUS_FOR_MINOR]
    assert offered(survivor, course) == set()
    assert violations(adult(), course) == []


# -- the flag in the vocabulary -------------------------------------------------------------


def test_the_shipped_vocabulary_closes_construction_and_fishing_with_what_lies_under_them() -> None:
    closed = vocabulary().hazardous_for_minors

    assert {"construction", "fishing_aquaculture"} <= closed
    assert {"house_building", "bricklaying", "fishing", "fish_farming"} <= closed
    assert vocabulary().get("construction").hazardous_for_minors
    assert not vocabulary().get("bricklaying").hazardous_for_minors  # flagged above it
    assert "food_service" not in closed  # related to construction's concepts, not under
    assert "welding" not in closed


def test_the_rules_default_equals_the_shipped_vocabulary() -> None:
    """Callers that check the rules without the vocabulary at hand use the copy."""
    assert vocabulary().hazardous_for_minors == CLOSED_TO_MINORS


def _concepts(**extra: object) -> dict[str, object]:
    return {
        "mining": {"kind": "sector", "label": "Mining", **extra},
        "gold_panning": {"kind": "interest", "label": "Gold panning", "broader": ["mining"]},
    }


def test_a_flagged_sector_closes_its_subtree() -> None:
    flagged = Vocabulary(concepts=_concepts(hazardous_for_minors=True), languages={})

    assert flagged.hazardous_for_minors == {"mining", "gold_panning"}
    assert Vocabulary(concepts=_concepts(), languages={}).hazardous_for_minors == frozenset()


def test_the_flag_is_true_or_false_and_only_on_sectors() -> None:
    with pytest.raises(VocabularyError, match="true or false"):
        Vocabulary(concepts=_concepts(hazardous_for_minors="yes"), languages={})
    interest = _concepts()
    interest["gold_panning"] = {
        "kind": "interest",
        "label": "Gold panning",
        "hazardous_for_minors": True,
    }
    with pytest.raises(VocabularyError, match="only a sector"):
        Vocabulary(concepts=interest, languages={})


# -- masks and rules agree ------------------------------------------------------------------


class ClosingVocabulary(TinyVocabulary):
    """The tiny vocabulary with its own closed concepts: one only declared as a sector
    (agriculture), one only mentioned in texts (coffee, from "Barista")."""

    @property
    def hazardous_for_minors(self) -> frozenset[str]:
        return frozenset({"agriculture", "coffee"})


@st.composite
def minors_and_opportunities(draw: st.DrawFn) -> tuple[Survivor, list[Opportunity]]:
    survivor, opportunities = draw(survivor_and_opportunities())
    age = draw(st.none() | st.integers(14, 17))
    survivor.profile = replace(
        survivor.profile,
        age_band="14-17",
        minor=True,
        age_years=age,
        open_to_cross_border=False,
    )
    return survivor, opportunities


@settings(max_examples=80, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(minors_and_opportunities(), st.booleans())
def test_the_index_offers_a_minor_exactly_what_the_rules_allow(
    case: tuple[Survivor, list[Opportunity]], own_closed_set: bool
) -> None:
    """With the vocabulary's own closed concepts, or (a vocabulary without the flag) the
    rules' default: the strategies' sectors include construction and fishing."""
    survivor, opportunities = case
    concepts = ClosingVocabulary() if own_closed_set else TinyVocabulary()
    index = _index(concepts, opportunities)
    closed = ClosingVocabulary().hazardous_for_minors if own_closed_set else None
    avoided = concepts.avoided(survivor.profile.sectors_to_avoid)

    ranked = {c.opportunity_id for c in index.rank(survivor, k=100)}

    expected = {
        o.opportunity_id
        for o in opportunities
        if is_eligible(survivor, o, MatchContext(avoided=avoided, closed_to_minors=closed))
    }
    assert ranked == expected


# Heavy loads (session 25's safety probe: "Carry 50 kg rice sacks onto trucks all day" was
# proposed to a 16-year-old). ILO Recommendation 190 para. 3(c): the manual handling or
# transport of heavy loads is hazardous work for children.
def posted_as_said(opportunity_id: str, **details: object) -> Opportunity:
    """Posted with the workplace conditions its text says it has, as the handler does
    (``with_conditions_said``)."""
    opportunity = posted(opportunity_id, **details)  # type: ignore[arg-type]
    text = f"{opportunity.details.title}\n{opportunity.details.description}"
    opportunity.details = with_conditions_said(
        opportunity.details, vocabulary().workplace_conditions_in(text)
    )
    return opportunity


SACKS_SAID = posted_as_said(
    "opp_sacks",
    title="Rice mill worker",
    description="Carry 50 kg rice sacks onto trucks all day",
    sector="food_processing",
)
SACKS_TICKED = posted(
    "opp_ticked",
    title="Store helper",
    description="Help in the store room",
    sector="retail_sales",
    workplace=Workplace(heavy_lifting=True),
)
LIGHT = posted(
    "opp_light",
    title="Store helper",
    description="Help in the store room, no heavy lifting",
    sector="retail_sales",
)
LOADING_COURSE = posted_as_said(
    "opp_course_loads",
    title="Safe loading course",
    description="Learn to carry heavy loads safely, with the right lifting",
    sector="logistics_warehouse",
    kind=OpportunityKind.TRAINING,
)


@pytest.mark.parametrize("age", [15, 16, 17])
def test_no_job_with_heavy_loads_for_a_minor_said_or_ticked(age: int) -> None:
    assert SACKS_SAID.details.workplace.heavy_lifting
    assert offered(minor(age), SACKS_SAID, SACKS_TICKED, LIGHT) == {"opp_light"}
    assert Violation.HAZARDOUS_FOR_MINOR in violations(minor(age), SACKS_SAID)


def test_an_adult_is_offered_the_jobs_with_heavy_loads() -> None:
    assert offered(adult(), SACKS_SAID, SACKS_TICKED, LIGHT) == {
        "opp_sacks",
        "opp_ticked",
        "opp_light",
    }


def test_a_course_with_heavy_loads_is_offered_from_sixteen() -> None:
    assert LOADING_COURSE.details.workplace.heavy_lifting
    assert offered(minor(16), LOADING_COURSE) == {"opp_course_loads"}
    assert offered(minor(15), LOADING_COURSE) == set()
