"""Scores comparable across kinds, a relevance floor, and the wish to learn.

Expected totals are computed by hand from the rule in ``matching.domain.scoring``:
relevance (the larger of interest and concept fit) on the pooled weights 0.30 + 0.25, and
the judged others (skills 0.20, income 0.10, distance 0.10, accommodations 0.05) as a
weighted mean; a course's total moves a quarter of the way to 1 when the survivor says
they want to learn.
"""

from __future__ import annotations

import functools

import pytest

from matching.adapters.opportunity_index import MatchReport, OpportunityIndex
from matching.adapters.vocabulary_files import load_vocabulary
from matching.domain.opportunity import Opportunity
from matching.domain.scoring import (
    NEUTRAL,
    ComponentScores,
    ScoredMatch,
    ScoreWeights,
    explain,
    is_relevant,
)
from matching.domain.survivor import Survivor
from matching.domain.values import MonthlyAmount, OpportunityKind, ReadinessStage
from matching.domain.vocabulary import Vocabulary
from tests.unit.matching.strategies import PLACES, open_job, ready_survivor


@functools.cache
def vocabulary() -> Vocabulary:
    return load_vocabulary()


def scored(
    survivor: Survivor, opportunity: Opportunity, *, wants_to_learn: bool = False
) -> ScoredMatch:
    return explain(
        survivor=survivor,
        opportunity=opportunity,
        text_similarity=0.2,
        concept_similarity=0.6,
        shared_concepts=(),
        label=str,
        weights=ScoreWeights(),
        wants_to_learn=wants_to_learn,
    )


def course(opportunity_id: str = "opp_course", **details: object) -> Opportunity:
    fields: dict[str, object] = {"kind": OpportunityKind.TRAINING, "title": "Cooking course"}
    fields.update(details)
    return open_job(opportunity_id, **fields)


# Same place as the survivor (distance 1.0), no needs (accommodations 1.0).
SURVIVOR = functools.partial(
    ready_survivor, residence=PLACES[1], income_goal=MonthlyAmount(10_000, "THB")
)


def test_a_course_teaching_nothing_listed_scores_as_a_job_asking_for_nothing() -> None:
    """The finding: the job got skill_fit 1.0 and the course 0.5, 0.1 behind."""
    survivor = SURVIVOR()
    job = scored(survivor, open_job())
    training = scored(survivor, course())
    # relevance 0.6, distance 1, accommodations 1; skills and income not judged
    expected = (0.55 * 0.6 + 0.10 * 1.0 + 0.05 * 1.0) / (0.55 + 0.10 + 0.05)
    assert job.total == pytest.approx(expected)
    assert training.total == pytest.approx(expected)
    assert job.components.unjudged == {"skill_fit", "income_parity"}
    assert training.components.skill_fit == NEUTRAL  # shown neutral, left out


def test_a_job_paying_the_goal_is_not_lifted_above_an_equal_course() -> None:
    survivor = SURVIVOR()
    paid = scored(survivor, open_job(pay=MonthlyAmount(12_000, "THB")))
    training = scored(survivor, course(pay=MonthlyAmount(12_000, "THB")))  # a stipend
    assert paid.components.income_parity == 1.0
    assert paid.total == pytest.approx(training.total)


def test_pay_below_the_goal_is_judged_and_lowers_a_job() -> None:
    survivor = SURVIVOR()
    half = scored(survivor, open_job(pay=MonthlyAmount(5_000, "THB")))
    expected = (0.55 * 0.6 + 0.10 * 0.5 + 0.10 * 1.0 + 0.05 * 1.0) / 0.80
    assert half.components.income_parity == 0.5
    assert half.total == pytest.approx(expected)


def test_skills_are_judged_by_what_a_job_asks_and_what_a_course_teaches() -> None:
    survivor = SURVIVOR(skills=frozenset({"cooking"}), skills_wanted=frozenset({"baking"}))
    asks = scored(survivor, open_job(skills_required=frozenset({"cooking", "food_hygiene"})))
    teaches = scored(survivor, course(skills_taught=frozenset({"baking"})))
    assert asks.components.skill_fit == 0.5
    assert asks.total == pytest.approx((0.55 * 0.6 + 0.20 * 0.5 + 0.15) / 0.90)
    assert teaches.components.skill_fit == 1.0
    assert teaches.total == pytest.approx((0.55 * 0.6 + 0.20 * 1.0 + 0.15) / 0.90)


def test_relevance_is_the_larger_of_words_and_concepts() -> None:
    """A survivor writing Thai about an English job shares no words with it: the concepts
    alone say how relevant it is, on the whole relevance weight."""
    components = ComponentScores(
        interest_fit=0.0,
        concept_fit=0.8,
        skill_fit=NEUTRAL,
        income_parity=NEUTRAL,
        distance=1.0,
        accommodations=1.0,
        unjudged=frozenset({"skill_fit", "income_parity"}),
    )
    assert components.relevance == 0.8
    assert components.total(ScoreWeights()) == pytest.approx((0.55 * 0.8 + 0.15) / 0.70)


def test_a_wish_to_learn_moves_a_course_a_quarter_of_the_way_to_one() -> None:
    survivor = SURVIVOR()
    plain = scored(survivor, course()).total
    learning = scored(survivor, course(), wants_to_learn=True)
    assert learning.total == pytest.approx(plain + (1 - plain) * 0.25)
    assert learning.reasons[0].code == "WISH_TO_LEARN"
    # jobs are left as they are
    assert scored(survivor, open_job(), wants_to_learn=True).total == pytest.approx(plain)


@pytest.mark.parametrize(
    ("relevance", "said_something", "offered"),
    [(0.008, True, False), (0.05, True, True), (0.3, True, True), (0.0, False, True)],
)
def test_the_floor_applies_once_the_survivor_said_what_they_like(
    relevance: float, said_something: bool, offered: bool
) -> None:
    components = ComponentScores(relevance, 0.0, NEUTRAL, NEUTRAL, 1.0, 1.0)
    assert is_relevant(components, survivor_said_something=said_something) is offered


# -- through the index, with the shipped vocabulary --------------------------------------


def index_of(*opportunities: Opportunity) -> OpportunityIndex:
    index = OpportunityIndex(
        concepts=vocabulary(), weights=ScoreWeights(), text_features=2**14, skill_features=2**10
    )
    for opportunity in opportunities:
        text = f"{opportunity.details.title}\n{opportunity.details.description}"
        opportunity.concepts = vocabulary().concepts_in(text)
    index.upsert_many(opportunities)
    return index


def stonemason() -> Opportunity:
    return open_job(
        "opp_stone",
        title="Stonemason",
        description="Cut and lay stone blocks for walls and buildings",
        sector="construction",
        languages=(),
    )


def bakery() -> Opportunity:
    return open_job(
        "opp_bakery",
        title="Bakery assistant",
        description="Help bake bread and pastries in a small bakery",
        sector="food_service",
        languages=(),
    )


def test_making_bread_is_not_a_reason_to_offer_a_stonemason_job() -> None:
    """The finding: "I love making bread" got a stonemason job (interest 0.008)."""
    survivor = ready_survivor(interests="I love making bread")
    index = index_of(stonemason(), bakery())
    report = MatchReport()

    found = [m.opportunity.opportunity_id for m in index.matches(survivor, k=10, report=report)]

    assert found == ["opp_bakery"]
    assert report.eligible == 2
    assert report.below_floor == 1
    assert [c.opportunity_id for c in index.rank(survivor, k=10)] == ["opp_bakery"]


def test_nothing_relevant_is_reported_as_left_out_by_the_floor() -> None:
    survivor = ready_survivor(interests="I love making bread")
    report = MatchReport()
    assert index_of(stonemason()).matches(survivor, k=10, report=report) == []
    assert (report.eligible, report.below_floor) == (1, 1)  # "no good match yet"


def test_a_survivor_who_said_nothing_still_sees_what_the_rules_allow() -> None:
    survivor = ready_survivor()  # no interests, no tags
    report = MatchReport()
    found = index_of(stonemason(), bakery()).matches(survivor, k=10, report=report)
    assert {m.opportunity.opportunity_id for m in found} == {"opp_stone", "opp_bakery"}
    assert report.below_floor == 0


@pytest.mark.parametrize(
    "wish",
    [
        "I want to learn to fix motorbikes",
        "อยากเรียนซ่อมมอเตอร์ไซค์",
        "Tôi muốn học sửa xe máy",
        "Gusto kong matutong mag-ayos ng motor",
        "ខ្ញុំចង់រៀនជួសជុលម៉ូតូ",
        "ဆိုင်ကယ်ပြင်တာ သင်ယူချင်တယ်",
        "我想学修摩托车",
    ],
)
def test_a_wish_to_learn_a_trade_puts_the_course_first_in_every_language(wish: str) -> None:
    """The finding: a wish to learn a trade, in Khmer and Vietnamese, returned only jobs."""
    assert vocabulary().wants_to_learn(wish)
    mechanic = open_job(
        "opp_job",
        title="Motorbike mechanic",
        description="Repair motorbikes and scooters in a busy workshop",
        sector="automotive_repair",
        languages=(),
    )
    training = course(
        "opp_course",
        title="Motorbike repair course",
        description="Learn to repair motorbikes and scooters",
        sector="automotive_repair",
        languages=(),
    )
    survivor = ready_survivor(interests=wish)
    report = MatchReport()
    found = index_of(mechanic, training).matches(survivor, k=10, report=report)
    assert [m.opportunity.opportunity_id for m in found] == ["opp_course", "opp_job"]
    assert report.wants_to_learn


def test_liking_a_trade_without_a_wish_to_learn_leaves_the_job_first() -> None:
    mechanic = open_job(
        "opp_job",
        title="Motorbike mechanic",
        description="Repair motorbikes in a workshop",
        sector="automotive_repair",
        skills_required=frozenset({"motorbike_repair"}),
        languages=(),
    )
    training = course(
        "opp_course",
        title="Motorbike repair course",
        description="Repair motorbikes",
        sector="automotive_repair",
        skills_taught=frozenset({"motorbike_repair"}),
        languages=(),
    )
    survivor = ready_survivor(interests="I fix motorbikes", skills=frozenset({"motorbike_repair"}))
    assert not vocabulary().wants_to_learn(survivor.profile.interests)
    found = index_of(mechanic, training).matches(survivor, k=10)
    assert found[0].opportunity.opportunity_id == "opp_job"


def test_a_minor_training_ready_survivor_with_a_wish_gets_the_course() -> None:
    survivor = ready_survivor(
        age_band="15-17",
        minor=True,
        age_years=16,
        stage=ReadinessStage.TRAINING_READY,
        interests="I want to learn cooking",
    )
    found = index_of(course(minimum_age=16, description="Learn to cook")).matches(survivor, k=5)
    assert [m.opportunity.opportunity_id for m in found] == ["opp_course"]


def test_skills_held_is_a_reason_only_when_some_are_held() -> None:
    """Shown as "They already have some of the skills it asks for": never beside a skill
    fit of 0, where only the skills to learn are a reason."""
    job = open_job(skills_required=frozenset({"cooking", "food_hygiene"}))
    none_held = scored(SURVIVOR(skills=frozenset({"sewing"})), job)
    one_held = scored(SURVIVOR(skills=frozenset({"cooking"})), job)

    assert none_held.components.skill_fit == 0.0
    assert [r.code for r in none_held.reasons if r.code.startswith("SKILLS")] == ["SKILLS_TO_LEARN"]
    assert [r.code for r in one_held.reasons if r.code.startswith("SKILLS")] == [
        "SKILLS_HELD",
        "SKILLS_TO_LEARN",
    ]
    assert "you have 1 of the 2 skills" in next(
        r.text for r in one_held.reasons if r.code == "SKILLS_HELD"
    )


def test_a_courses_stipend_is_no_reason_for_or_against_it() -> None:
    """Probe finding: a course's stipend was said to pay "below your goal", though pay is
    not judged for courses. A job's pay still is, either way."""
    survivor = SURVIVOR()
    for stipend in (MonthlyAmount(2_000, "THB"), MonthlyAmount(12_000, "THB")):
        codes = {r.code for r in scored(survivor, course(pay=stipend)).reasons}
        assert not codes & {"PAY_BELOW_GOAL", "PAY_AT_OR_ABOVE_GOAL"}
    low = scored(survivor, open_job(pay=MonthlyAmount(2_000, "THB")))
    high = scored(survivor, open_job(pay=MonthlyAmount(12_000, "THB")))
    assert "PAY_BELOW_GOAL" in {r.code for r in low.reasons}
    assert "PAY_AT_OR_ABOVE_GOAL" in {r.code for r in high.reasons}


def test_a_wish_to_learn_puts_the_course_first_when_both_totals_are_full() -> None:
    """A course's total moves a quarter of the way to 1, which cannot lift a total of 1:
    of a job and a course both scoring 1, the course comes first for a survivor who wants
    to learn (the job's id would put it first otherwise)."""
    mechanic = open_job(
        "opp_a_job",
        title="Motorbike mechanic",
        description="Repair motorbikes",
        sector="automotive_repair",
        skills_required=frozenset({"motorbike_repair"}),
        languages=(),
        location=PLACES[0],
    )
    training = course(
        "opp_b_course",
        title="Motorbike mechanic",
        description="Repair motorbikes",
        sector="automotive_repair",
        skills_taught=frozenset({"motorbike_repair"}),
        languages=(),
        location=PLACES[0],
    )
    survivor = ready_survivor(
        interests="I want to learn to repair motorbikes",
        skills=frozenset({"motorbike_repair"}),
    )
    index = index_of(mechanic, training)

    found = index.matches(survivor, k=2)

    assert [m.scored.total for m in found] == [pytest.approx(1.0), pytest.approx(1.0)]
    assert [m.opportunity.opportunity_id for m in found] == ["opp_b_course", "opp_a_job"]
    assert [c.opportunity_id for c in index.rank(survivor, k=2)] == ["opp_b_course", "opp_a_job"]


def test_a_profile_with_no_skill_recorded_leaves_a_jobs_skill_fit_unjudged() -> None:
    """No skill recorded says nothing of what the survivor can do (session 25: an
    employment-ready survivor got every course on a subject before any job asking for a
    skill). The skill fit is left out of the total, and the job's skills are still listed
    as needed."""
    job = open_job(skills_required=frozenset({"cooking", "food_hygiene"}))
    unrecorded = scored(SURVIVOR(skills=frozenset()), job)
    asking_nothing = scored(SURVIVOR(skills=frozenset()), open_job(skills_required=frozenset()))

    assert "skill_fit" in unrecorded.components.unjudged
    assert unrecorded.total == asking_nothing.total
    assert unrecorded.missing_skills == frozenset({"cooking", "food_hygiene"})
    assert [r.code for r in unrecorded.reasons if r.code.startswith("SKILLS")] == [
        "SKILLS_TO_LEARN"
    ]


def _waiting_job_and_baking_course() -> tuple[Opportunity, Opportunity]:
    waiter = open_job(
        "opp_job",
        title="Restaurant service staff",
        description="Take orders, serve dishes and clear tables in a busy restaurant",
        sector="food_service",
        skills_required=frozenset({"table_service", "customer_service"}),
        languages=(),
    )
    baking = course(
        "opp_course",
        title="Baking and pastry course",
        description="Bread, cakes and pastry for a café or a bakery",
        sector="food_service",
        skills_taught=frozenset({"baking"}),
        languages=(),
    )
    return waiter, baking


@pytest.mark.parametrize(
    "said",
    [
        "I took orders and cleared tables in a restaurant for two years",
        "以前喺茶餐廳做樓面，幫客落單、執枱",
    ],
)
def test_with_no_skill_recorded_the_job_on_the_wish_comes_before_a_course_beside_it(
    said: str,
) -> None:
    """Session 25: with the skill fit of a job judged 0 for a profile with no skill
    recorded, the waiting job came below the baking course (the restaurant sector alone)."""
    survivor = ready_survivor(interests=said, skills=frozenset())
    found = index_of(*_waiting_job_and_baking_course()).matches(survivor, k=10)
    assert [m.opportunity.opportunity_id for m in found] == ["opp_job", "opp_course"]


def test_once_a_skill_is_recorded_a_job_lacking_it_is_judged_again() -> None:
    survivor = ready_survivor(
        interests="I took orders and cleared tables in a restaurant for two years",
        skills=frozenset({"sewing"}),
    )
    found = index_of(*_waiting_job_and_baking_course()).matches(survivor, k=10)
    assert [m.opportunity.opportunity_id for m in found] == ["opp_course", "opp_job"]


def test_equal_totals_in_their_last_digits_are_equal_for_a_wish_to_learn() -> None:
    """A job and a course both at a full total for a survivor who wants to learn: the
    course first. Computed from float32 components, the job's total was 1.0000000170 and
    came first (Burmese "I love make-up, I want to take a beauty course")."""
    nails = open_job(
        "opp_job",
        title="Nail technician",
        description="Manicure, pedicure and make-up for brides in a beauty salon",
        sector="beauty_wellness",
        languages=(),
    )
    training = course(
        "opp_course",
        title="Nail care and make-up course",
        description="Manicure, pedicure and make-up",
        sector="beauty_wellness",
        languages=(),
    )
    survivor = ready_survivor(interests="I love doing make-up and I want to take a course")
    assert vocabulary().wants_to_learn(survivor.profile.interests)
    found = index_of(nails, training).matches(survivor, k=10)
    assert [m.opportunity.opportunity_id for m in found] == ["opp_course", "opp_job"]
