"""Minors checked against their exact age, and sectors to avoid over the whole subtree.

Expected values come from the rules as stated: a minimum age is met when the survivor's
age (exact when known, else their band's lower bound) is at least it; a minor is never
offered hazardous work; an avoided concept excludes every opportunity whose sector, detected
sectors or mentioned concepts lie in its subtree.
"""

from __future__ import annotations

import functools

import pytest

from matching.adapters.opportunity_index import OpportunityIndex
from matching.adapters.vocabulary_files import load_vocabulary
from matching.domain.opportunity import Opportunity
from matching.domain.rules import MatchContext, Violation, violations
from matching.domain.scoring import ScoreWeights
from matching.domain.survivor import Survivor
from matching.domain.values import OpportunityKind, ReadinessStage
from matching.domain.vocabulary import Vocabulary
from tests.unit.matching.strategies import open_job, ready_survivor


@functools.cache
def vocabulary() -> Vocabulary:
    return load_vocabulary()


def index_of(*opportunities: Opportunity) -> OpportunityIndex:
    index = OpportunityIndex(
        concepts=vocabulary(), weights=ScoreWeights(), text_features=2**12, skill_features=2**10
    )
    index.upsert_many(opportunities)
    return index


def offered(index: OpportunityIndex, survivor: Survivor) -> set[str]:
    ranked = {c.opportunity_id for c in index.rank(survivor, k=50)}
    explained = {m.opportunity.opportunity_id for m in index.matches(survivor, k=50)}
    assert ranked == explained  # the recheck by the rules dropped nothing
    return ranked


def course(opportunity_id: str, *, minimum_age: int, hazardous: bool = False) -> Opportunity:
    return open_job(
        opportunity_id,
        kind=OpportunityKind.TRAINING,
        title="Sewing course",
        description="Learn to sew clothes",
        sector="tailoring",
        minimum_age=minimum_age,
        hazardous=hazardous,
    )


# -- minors -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("age", "minimum_age", "hazardous", "allowed"),
    [
        (16, 16, False, True),  # the finding: 16-year-olds were refused every 16+ course
        (17, 16, False, True),
        (15, 16, False, False),
        (16, 17, False, False),
        (17, 17, False, True),
        (17, 15, True, False),  # hazardous: never for a minor, whatever the age
        (None, 15, False, True),  # age unknown: the band's lower bound, 15
        (None, 16, False, False),
    ],
)
def test_a_minor_is_checked_against_their_exact_age(
    age: int | None, minimum_age: int, hazardous: bool, allowed: bool
) -> None:
    minor = ready_survivor(
        age_band="15-17", minor=True, age_years=age, stage=ReadinessStage.TRAINING_READY
    )
    place = course("opp_course", minimum_age=minimum_age, hazardous=hazardous)

    found = violations(minor, place)
    assert (found == []) is allowed
    if not allowed:
        assert set(found) <= {Violation.UNDER_MINIMUM_AGE, Violation.HAZARDOUS_FOR_MINOR}
    assert (offered(index_of(place), minor) == {"opp_course"}) is allowed


def test_a_sixteen_year_old_is_offered_exactly_the_allowed_courses() -> None:
    places = [
        course("opp_15", minimum_age=15),
        course("opp_16", minimum_age=16),
        course("opp_16_hazard", minimum_age=16, hazardous=True),
        course("opp_17", minimum_age=17),
        course("opp_18", minimum_age=18),
    ]
    sixteen = ready_survivor(
        age_band="15-17", minor=True, age_years=16, stage=ReadinessStage.TRAINING_READY
    )
    fifteen = ready_survivor(
        age_band="15-17", minor=True, age_years=15, stage=ReadinessStage.TRAINING_READY
    )
    index = index_of(*places)
    assert offered(index, sixteen) == {"opp_15", "opp_16"}
    assert offered(index, fifteen) == {"opp_15"}


def test_an_adult_age_in_years_changes_nothing_for_an_eighteen_plus_job() -> None:
    adult = ready_survivor(age_band="18-24", age_years=19)
    assert violations(adult, open_job(minimum_age=18)) == []
    assert Violation.UNDER_MINIMUM_AGE in violations(adult, open_job(minimum_age=21))


# -- sectors to avoid --------------------------------------------------------------------


def deckhand() -> Opportunity:
    """The finding: posted under fishing and fish farming, mentioning fishing."""
    text = "Deckhand on a fishing boat"
    job = open_job(
        "opp_deckhand",
        title="Deckhand",
        description="Deckhand on a fishing boat, sorting the catch",
        sector="fishing_aquaculture",
    )
    job.detected_sectors = vocabulary().sectors_in(text)
    job.concepts = vocabulary().concepts_in(f"{job.details.title}\n{job.details.description}")
    return job


def test_the_deckhand_job_mentions_fishing() -> None:
    assert "fishing" in deckhand().concepts  # type: ignore[operator]


@pytest.mark.parametrize("avoided", ["fishing", "fishing_aquaculture"])
def test_avoiding_fishing_or_its_sector_never_offers_the_deckhand_job(avoided: str) -> None:
    survivor = ready_survivor(sectors_to_avoid=frozenset({avoided}))
    job = deckhand()
    context = MatchContext(avoided=vocabulary().avoided({avoided}))
    assert violations(survivor, job, context) == [Violation.SECTOR_AVOIDED]
    # even without the hierarchy: the job mentions fishing, and is in its sector
    assert violations(survivor, job) == [Violation.SECTOR_AVOIDED]
    assert offered(index_of(job), survivor) == set()


def test_an_avoided_sector_covers_its_narrower_concepts_wherever_they_are_posted() -> None:
    # A spa job posted as hospitality, mentioning massage: massage lies under beauty and spa.
    spa = open_job(
        "opp_spa",
        title="Hotel spa therapist",
        description="Give massages to hotel guests",
        sector="hospitality",
    )
    spa.concepts = vocabulary().concepts_in(f"{spa.details.title}\n{spa.details.description}")
    assert "massage" in spa.concepts
    assert "beauty_wellness" not in spa.sectors
    survivor = ready_survivor(sectors_to_avoid=frozenset({"beauty_wellness"}))
    context = MatchContext(avoided=vocabulary().avoided({"beauty_wellness"}))

    assert violations(survivor, spa, context) == [Violation.SECTOR_AVOIDED]
    assert offered(index_of(spa), survivor) == set()
    # someone avoiding something else is offered it
    assert offered(index_of(spa), ready_survivor()) == {"opp_spa"}


def test_avoiding_a_concept_under_a_sector_avoids_the_whole_sector() -> None:
    """Sectors to avoid name sectors: avoiding fishing keeps away a fish farm too, though
    its text never mentions fishing (avoid fishing, never a fishing_aquaculture job). A
    survivor avoiding nothing is offered it."""
    farm = open_job(
        "opp_farm",
        title="Fish farm worker",
        description="Feed the fish in the ponds of a fish farm",
        sector="fishing_aquaculture",
    )
    farm.concepts = vocabulary().concepts_in(f"{farm.details.title}\n{farm.details.description}")
    assert "fishing" not in farm.concepts
    survivor = ready_survivor(sectors_to_avoid=frozenset({"fishing"}))
    context = MatchContext(avoided=vocabulary().avoided({"fishing"}))
    assert violations(survivor, farm, context) == [Violation.SECTOR_AVOIDED]
    assert offered(index_of(farm), survivor) == set()
    assert offered(index_of(farm), ready_survivor()) == {"opp_farm"}


def test_avoiding_a_sector_leaves_its_broader_sector() -> None:
    """The rule goes down from a sector, never up: avoiding garment factories is not
    avoiding all manufacturing."""
    assert "manufacturing" not in vocabulary().avoided({"garment_manufacturing"})
    assert "garment_manufacturing" in vocabulary().avoided({"garment_manufacturing"})


def test_the_index_maps_an_opportunity_stored_without_its_concepts() -> None:
    """Concepts mapped with an older vocabulary are dropped on read: the index maps the
    text itself, so a mention still counts for sectors to avoid."""
    job = deckhand()
    job.concepts = None
    job.detected_sectors = frozenset()
    survivor = ready_survivor(sectors_to_avoid=frozenset({"fishing"}))
    index = index_of(job)
    assert offered(index, survivor) == set()
    kept = index.get("opp_deckhand")
    assert kept is not None
    assert "fishing" in (kept.concepts or set())
