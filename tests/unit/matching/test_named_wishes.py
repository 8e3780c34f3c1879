"""An opportunity that names more of what the survivor said comes first
(``matching.domain.scoring.concept_fit``).

The rule: the concept fit is the cosine of the two concept vectors plus
``NAMED_WISH_SHARE`` times the share of the survivor's own concepts (their wishes) that
the opportunity names itself, at most 1. The cosine alone favours an opportunity about
fewer things: one about the call centre work and the English a survivor spoke of, and also
about computers and customer service, spreads its weight over more concepts than one about
English and tour guiding only.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from matching.adapters.opportunity_index.concepts import ConceptSpace
from matching.domain.opportunity import Opportunity
from matching.domain.scoring import NAMED_WISH_SHARE, concept_fit
from matching.domain.survivor import Survivor
from matching.domain.values import OpportunityKind
from tests.unit.matching.shipped import index_of, shipped
from tests.unit.matching.strategies import PLACES, open_job, ready_survivor

WISH = "I want to answer phones for a company in English"
CALL_CENTRE = open_job(
    "opp_calls",
    title="Call centre agent",
    description="Answer customer calls in English, with computer skills and customer service",
    sector="call_centre",
    location=PLACES[0],
)
TOUR_GUIDE = open_job(
    "opp_tours",
    title="Tour guide",
    description="Guide visitors in English around the old town",
    sector="tour_guiding",
    location=PLACES[0],
)


def cosine(survivor: Survivor, opportunity: Opportunity) -> float:
    space = ConceptSpace(shipped())
    wishes, _ = space.survivor_vector(survivor)
    rows, _ = space.opportunity_rows([opportunity])
    return float((wishes @ rows.T).toarray()[0, 0])


def test_the_share_of_wishes_named_is_added_to_the_cosine() -> None:
    assert concept_fit(0.5, named=1, wished=2) == pytest.approx(0.5 + NAMED_WISH_SHARE / 2)
    assert concept_fit(0.5, named=2, wished=2) == pytest.approx(0.5 + NAMED_WISH_SHARE)
    assert concept_fit(0.5, named=0, wished=3) == 0.5
    assert concept_fit(0.98, named=1, wished=1) == 1.0
    # A survivor whose words name no concept: the cosine (0) stands.
    assert concept_fit(0.0, named=0, wished=0) == 0.0


def test_the_opportunity_naming_both_wishes_comes_first() -> None:
    vocabulary = shipped()
    wished = vocabulary.wished_in(WISH)
    assert wished == {"call_centre", "english_conversation"}
    # What makes the case: the call centre names both wishes among four concepts, the
    # tour guide one wish among two or three, and the cosine alone puts the tour first.
    survivor = ready_survivor(interests=WISH)
    assert cosine(survivor, TOUR_GUIDE) > cosine(survivor, CALL_CENTRE)

    found = index_of(TOUR_GUIDE, CALL_CENTRE).matches(survivor, k=2)

    assert [m.opportunity.opportunity_id for m in found] == ["opp_calls", "opp_tours"]
    fits = {m.opportunity.opportunity_id: m.concept_similarity for m in found}
    assert fits["opp_calls"] == pytest.approx(
        cosine(survivor, CALL_CENTRE) + NAMED_WISH_SHARE, abs=1e-6
    )
    assert fits["opp_tours"] == pytest.approx(
        cosine(survivor, TOUR_GUIDE) + NAMED_WISH_SHARE / 2, abs=1e-6
    )


def test_one_pair_explained_alone_has_the_fit_the_index_ranked_with() -> None:
    survivor = ready_survivor(interests=WISH)
    index = index_of(TOUR_GUIDE, CALL_CENTRE)
    ranked = {m.opportunity.opportunity_id: m.scored for m in index.matches(survivor, k=2)}
    for opportunity in (CALL_CENTRE, TOUR_GUIDE):
        alone = index.explain_pair(survivor, opportunity)
        held = ranked[opportunity.opportunity_id]
        assert alone.components.concept_fit == pytest.approx(held.components.concept_fit, abs=1e-6)
        assert alone.total == pytest.approx(held.total, abs=1e-6)


# When both reach a full concept fit (its cap at 1), equal totals are ordered by the fit
# before the cap: the opportunity naming more of what the survivor said comes first.
BEAUTY_WISH = "I love doing make-up and beauty work"


def course(
    opportunity_id: str, *, title: str, description: str, sector: str, organisation: str
) -> Opportunity:
    """A course near the test survivors, of its own school."""
    posted = open_job(
        opportunity_id,
        kind=OpportunityKind.TRAINING,
        title=title,
        description=description,
        sector=sector,
        location=PLACES[0],
    )
    return replace(posted, organisation_id=organisation)


def beauty_course(
    opportunity_id: str, *, title: str, description: str, organisation: str
) -> Opportunity:
    return course(
        opportunity_id,
        title=title,
        description=description,
        sector="beauty_wellness",
        organisation=organisation,
    )


def hairdressing(opportunity_id: str, organisation: str = "org_school") -> Opportunity:
    return beauty_course(
        opportunity_id,
        title="Hairdressing course",
        description="Learn to cut and style hair",
        organisation=organisation,
    )


MAKE_UP = beauty_course(
    "opp_z_makeup",
    title="Make-up course",
    description="Learn make-up for weddings and events",
    organisation="org_academy",
)


def test_of_two_full_fits_the_one_naming_more_of_the_wishes_comes_first() -> None:
    assert shipped().wished_in(BEAUTY_WISH) == {"makeup", "beauty_wellness"}
    survivor = ready_survivor(interests=BEAUTY_WISH)
    index = index_of(hairdressing("opp_a_hair"), MAKE_UP)

    found = index.matches(survivor, k=2)

    # The premise: both fits are full and the totals equal, so the ids alone would put
    # the hairdressing course first.
    assert [m.concept_similarity for m in found] == [1.0, 1.0]
    assert found[0].scored.total == pytest.approx(found[1].scored.total)
    assert [m.opportunity.opportunity_id for m in found] == ["opp_z_makeup", "opp_a_hair"]
    assert [c.opportunity_id for c in index.rank(survivor, k=2)] == [
        "opp_z_makeup",
        "opp_a_hair",
    ]


def test_the_closer_one_is_found_behind_more_equal_totals_than_the_first_candidates() -> None:
    """Sixty hairdressing courses of as many schools tie with the make-up course: more
    than the first candidates the index sorts for ten places."""
    courses = [hairdressing(f"opp_a{i:02d}", f"org_school_{i:02d}") for i in range(60)]
    index = index_of(*courses, MAKE_UP)

    found = index.rank(ready_survivor(interests=BEAUTY_WISH), k=10)

    assert found[0].opportunity_id == "opp_z_makeup"
    assert [c.opportunity_id for c in found[1:]] == [f"opp_a{i:02d}" for i in range(9)]


# The same order comes before the wish to learn: a course is favoured among equal totals
# only when it names as many of the wishes as the job does.
TRADE_WISH = "I want to stay in construction, but I want to learn house painting"
MASONRY_COURSE = course(
    "opp_a_masonry",
    title="Masonry course",
    description="Learn bricklaying on building sites",
    sector="construction",
    organisation="org_school",
)
PAINTER_JOB = open_job(
    "opp_z_painter",
    title="Painter and decorator",
    description="House painting on building sites",
    sector="construction",
    location=PLACES[0],
)


def test_of_equal_totals_naming_more_wishes_comes_before_the_wish_to_learn() -> None:
    vocabulary = shipped()
    assert vocabulary.wished_in(TRADE_WISH) == {"construction", "house_painting"}
    assert vocabulary.wants_to_learn(TRADE_WISH)
    survivor = ready_survivor(interests=TRADE_WISH)

    found = index_of(MASONRY_COURSE, PAINTER_JOB).matches(survivor, k=2)

    # The premise: the totals are equal (both full), so the wish to learn alone would put
    # the course on the other trade first.
    assert found[0].scored.total == pytest.approx(found[1].scored.total)
    assert [m.opportunity.opportunity_id for m in found] == ["opp_z_painter", "opp_a_masonry"]


def test_a_course_naming_as_many_wishes_still_comes_first_for_a_wish_to_learn() -> None:
    painting_course = course(
        "opp_z_painting",
        title="House painting course",
        description="Learn house painting for building sites",
        sector="construction",
        organisation="org_school",
    )
    survivor = ready_survivor(interests=TRADE_WISH)

    found = index_of(PAINTER_JOB, painting_course).matches(survivor, k=2)

    assert found[0].scored.total == pytest.approx(found[1].scored.total)
    assert [m.opportunity.opportunity_id for m in found] == ["opp_z_painting", "opp_z_painter"]


# Naming something within a wish names the wish: a baking course is about cooking too, so
# for "I love cooking and I want to bake cakes" it names both wishes, a cooking course one.
COOK_AND_BAKE = "I love cooking and I want to bake cakes"


def kitchen_course(opportunity_id: str, *, title: str, description: str) -> Opportunity:
    return course(
        opportunity_id,
        title=title,
        description=description,
        sector="food_service",
        organisation=f"org_{opportunity_id}",
    )


COOKING_COURSE = kitchen_course(
    "opp_a_cooking", title="Cooking course", description="Learn to cook rice and curries"
)
BAKING_COURSE = kitchen_course(
    "opp_z_baking", title="Baking course", description="Learn to bake bread and cakes"
)


def test_naming_a_concept_within_a_wish_names_the_wish() -> None:
    space = ConceptSpace(shipped())
    wished = frozenset({"cooking", "baking"})
    assert "baking" in shipped().subtrees(["cooking"])  # the premise
    assert space.wishes_named(wished, frozenset({"baking", "food_service"})) == 2
    assert space.wishes_named(wished, frozenset({"cooking", "food_service"})) == 1
    assert space.wishes_named(wished, frozenset({"sewing"})) == 0


def test_the_course_within_both_wishes_comes_first() -> None:
    survivor = ready_survivor(interests=COOK_AND_BAKE)
    assert shipped().wished_in(COOK_AND_BAKE) == {"cooking", "baking"}
    index = index_of(COOKING_COURSE, BAKING_COURSE)

    found = index.matches(survivor, k=2)

    assert [m.opportunity.opportunity_id for m in found] == ["opp_z_baking", "opp_a_cooking"]
    # The fit the index ranked with is the one a pair explained alone gets.
    for match in found:
        alone = index.explain_pair(survivor, match.opportunity)
        assert alone.components.concept_fit == pytest.approx(
            match.scored.components.concept_fit, abs=1e-6
        )
