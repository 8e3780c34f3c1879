"""The in-memory index: its masks agree with the hard rules, its scores with the reference."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from matching.adapters.opportunity_index import OpportunityIndex
from matching.domain.left_out import count_left_out
from matching.domain.opportunity import Opportunity, OpportunityStatus
from matching.domain.rules import MatchContext, is_eligible
from matching.domain.scoring import ScoreWeights
from matching.domain.survivor import Survivor
from matching.domain.values import (
    ConsentPurpose,
    LanguageLevel,
    LanguageSkill,
    MonthlyAmount,
    OpportunityKind,
    ReadinessStage,
)
from tests.unit.matching.fakes import TinyVocabulary
from tests.unit.matching.strategies import (
    NOW,
    PLACES,
    open_job,
    ready_survivor,
    survivor_and_opportunities,
)


def _avoided(survivor: Survivor) -> frozenset[str]:
    """The survivor's sectors to avoid with their subtrees in the tiny vocabulary."""
    return TinyVocabulary().avoided(survivor.profile.sectors_to_avoid)


def _index(opportunities: Iterable[Opportunity]) -> OpportunityIndex:
    """Without a relevance floor: the masks are compared with the hard rules alone."""
    index = OpportunityIndex(
        concepts=TinyVocabulary(),
        weights=ScoreWeights(),
        text_features=2**12,
        skill_features=2**10,
        relevance_floor=0.0,
    )
    index.upsert_many(opportunities)
    return index


@settings(max_examples=60, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(survivor_and_opportunities(), st.data())
def test_the_index_offers_exactly_what_the_hard_rules_allow(
    case: tuple[Survivor, list[Opportunity]], data: st.DataObject
) -> None:
    survivor, opportunities = case
    declined = {
        o.opportunity_id: data.draw(st.integers(1, 3))
        for o in opportunities
        if data.draw(st.booleans().map(lambda b: b and False) | st.just(False) | st.booleans())
    }
    index = _index(opportunities)

    ranked = {c.opportunity_id for c in index.rank(survivor, k=100, declined=declined)}

    expected = {
        o.opportunity_id
        for o in opportunities
        if is_eligible(
            survivor,
            o,
            MatchContext(
                declined_at_offer=declined.get(o.opportunity_id),
                avoided=_avoided(survivor),
            ),
        )
    }
    assert ranked == expected


@settings(max_examples=80, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(survivor_and_opportunities(), st.data())
def test_what_left_opportunities_out_is_counted_as_the_hard_rules_count_it(
    case: tuple[Survivor, list[Opportunity]], data: st.DataObject
) -> None:
    """Why a short list is short is counted over the columns; the reference is the rules
    checked one opportunity at a time."""
    survivor, opportunities = case
    ids = [o.opportunity_id for o in opportunities]
    shown = data.draw(st.lists(st.sampled_from(ids), unique=True, max_size=3))
    declined = data.draw(st.dictionaries(st.sampled_from(ids), st.integers(0, 3), max_size=3))
    kinds = data.draw(st.sets(st.sampled_from(list(OpportunityKind)), min_size=1).map(frozenset))
    index = _index(opportunities)

    counted = index.left_out(survivor, kinds=kinds, shown=shown, declined=declined)

    assert counted == count_left_out(
        survivor,
        kinds=kinds,
        shown=shown,
        opportunities=opportunities,
        declined=declined,
        avoided=_avoided(survivor),
    )


@settings(max_examples=60, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(survivor_and_opportunities(), st.integers(0, 6))
def test_rows_sorted_by_place_or_added_since_are_offered_alike(
    case: tuple[Survivor, list[Opportunity]], sorted_before: int
) -> None:
    """The index sorts rows by place for reach, and looks at rows added since one by one."""
    survivor, opportunities = case
    index = _index(opportunities[:sorted_before])
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr("matching.adapters.opportunity_index.places._RESORT_AFTER", 0)
        index.rank(survivor, k=1)  # sorts what is there
        patch.setattr("matching.adapters.opportunity_index.places._RESORT_AFTER", 10**6)
        index.upsert_many(opportunities[sorted_before:])

        ranked = {c.opportunity_id for c in index.rank(survivor, k=100)}

    expected = {
        o.opportunity_id
        for o in opportunities
        if is_eligible(survivor, o, MatchContext(avoided=_avoided(survivor)))
    }
    assert ranked == expected


@settings(max_examples=60, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(survivor_and_opportunities())
def test_vectorised_scores_equal_the_reference_scores(
    case: tuple[Survivor, list[Opportunity]],
) -> None:
    survivor, opportunities = case
    index = _index(opportunities)

    ranked = {c.opportunity_id: c.total for c in index.rank(survivor, k=100)}
    explained = {
        m.opportunity.opportunity_id: m.scored.total for m in index.matches(survivor, k=100)
    }

    assert ranked.keys() == explained.keys()
    for opportunity_id, total in ranked.items():
        assert explained[opportunity_id] == pytest.approx(total, abs=1e-5)
    # Best first, except that a third copy of one offer follows the other offers. Totals
    # closer than the vectorised sums' float32 precision are ties (two offers scored
    # 1.000000013 and 1.000000017 may come in either order).
    by_id = {o.opportunity_id: o for o in opportunities}
    order = [(offer(by_id[i]), total) for i, total in ranked.items()]
    for position, (key, total) in enumerate(order):
        before = order[:position]
        if any(earlier < total - 1e-6 for _, earlier in before):
            assert sum(1 for k, _ in before if k == key) >= 2, order


def offer(opportunity: Opportunity) -> tuple[str, OpportunityKind, str]:
    details = opportunity.details
    return opportunity.organisation_id, details.kind, details.title.casefold()


def test_thai_everyday_words_find_the_english_coffee_job_first() -> None:
    survivor = ready_survivor(interests="อยากทำงานในร้านกาแฟ")
    barista = open_job("opp_barista", title="Barista", description="Espresso bar needs a barista")
    sewing = open_job("opp_sewing", title="Sewing operator", description="Garment factory line")
    index = _index([sewing, barista])

    [first, second] = index.matches(survivor, k=2)

    assert first.opportunity.opportunity_id == "opp_barista"
    assert first.concept_similarity > second.concept_similarity
    assert any(r.code == "SHARED_INTERESTS" for r in first.scored.reasons)


def test_a_closed_or_removed_opportunity_leaves_the_results_at_once() -> None:
    survivor = ready_survivor()
    job = open_job()
    index = _index([job])
    assert [c.opportunity_id for c in index.rank(survivor, k=5)] == ["opp_1"]

    job.set_status(OpportunityStatus.CLOSED)
    job.version += 1
    index.upsert(job)
    assert index.rank(survivor, k=5) == []

    reopened = open_job()
    reopened.version = job.version + 1
    index.upsert(reopened)
    index.remove("opp_1")
    assert index.rank(survivor, k=5) == []


def test_an_older_version_never_replaces_a_newer_one() -> None:
    newer = open_job()
    newer.version = 3
    older = open_job(title="Old title")
    older.version = 2
    index = _index([newer])

    assert not index.upsert(older)
    kept = index.get("opp_1")
    assert kept is not None
    assert kept.details.title == "Line cook"


def test_many_updates_compact_the_index_without_losing_anything() -> None:
    index = _index([open_job(f"opp_{i}") for i in range(50)])
    for version in range(2, 60):
        for i in range(50):
            job = open_job(f"opp_{i}")
            job.version = version
            index.upsert(job)
    assert len(index) == 50
    assert len(index.rank(ready_survivor(), k=100)) == 50


def test_pay_above_goal_is_explained_in_plain_words() -> None:
    survivor = ready_survivor(income_goal=MonthlyAmount(8_000, "THB"))
    job = open_job(pay=MonthlyAmount(9_000, "THB"))
    [match] = _index([job]).matches(survivor, k=1)
    texts = [r.text for r in match.scored.reasons]
    assert "pays 9,000 THB/month, at or above your goal" in texts
    assert match.scored.components.income_parity == 1.0


def test_moving_to_employment_ready_starts_jobs() -> None:
    training = open_job("opp_course", kind=OpportunityKind.TRAINING, title="Cooking course")
    job = open_job("opp_job")
    index = _index([training, job])
    survivor = ready_survivor(stage=ReadinessStage.TRAINING_READY)
    assert [c.opportunity_id for c in index.rank(survivor, k=5)] == ["opp_course"]

    survivor.assess_readiness(
        stage=ReadinessStage.EMPLOYMENT_READY, at=NOW, review_due=None, by="u1"
    )
    assert {c.opportunity_id for c in index.rank(survivor, k=5)} == {"opp_course", "opp_job"}


def test_training_that_teaches_missing_skills_is_found_for_a_pathway() -> None:
    job = open_job("opp_job", skills_required=frozenset({"food_hygiene", "cooking"}))
    course = open_job(
        "opp_course",
        kind=OpportunityKind.TRAINING,
        title="Food hygiene certificate",
        skills_taught=frozenset({"food_hygiene"}),
    )
    survivor = ready_survivor(skills=frozenset({"cooking"}))
    index = _index([job, course])

    [(training, closes)] = index.training_teaching({"food_hygiene"}, survivor=survivor)

    assert training.opportunity_id == "opp_course"
    assert closes == {"food_hygiene"}


def test_no_consent_no_results_even_with_perfect_fit() -> None:
    survivor = ready_survivor(consents=(ConsentPurpose.PEER_GROUPS,), interests="cooking")
    assert _index([open_job()]).rank(survivor, k=5) == []


def test_language_level_below_what_is_required_excludes() -> None:
    survivor = ready_survivor(languages=(LanguageSkill("th", LanguageLevel.BASIC),))
    assert _index([open_job()]).rank(survivor, k=5) == []


@settings(max_examples=60, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(survivor_and_opportunities(), st.integers(1, 3))
def test_pathways_found_with_the_matches_are_what_training_teaching_finds(
    case: tuple[Survivor, list[Opportunity]], limit: int
) -> None:
    survivor, opportunities = case
    index = _index(opportunities)

    found = index.matches(survivor, k=100, pathways=limit)

    for match in found:
        if match.opportunity.details.kind is OpportunityKind.JOB and match.scored.missing_skills:
            expected = index.training_teaching(
                match.scored.missing_skills, survivor=survivor, limit=limit
            )
            assert list(match.pathways) == expected
        else:
            assert match.pathways == ()
    assert [m.scored for m in found] == [m.scored for m in index.matches(survivor, k=100)]


def test_a_pathway_is_training_the_survivor_may_take_even_if_they_declined_it() -> None:
    job = open_job("opp_job", skills_required=frozenset({"food_hygiene"}))
    course = open_job(
        "opp_course",
        kind=OpportunityKind.TRAINING,
        title="Food hygiene certificate",
        skills_taught=frozenset({"food_hygiene", "knife_skills"}),
    )
    far_course = open_job(
        "opp_far_course",
        kind=OpportunityKind.TRAINING,
        skills_taught=frozenset({"food_hygiene"}),
        location=PLACES[3],
    )
    index = _index([job, course, far_course])
    survivor = ready_survivor()

    [match] = index.matches(
        survivor,
        k=5,
        kinds=frozenset({OpportunityKind.JOB}),
        declined={"opp_course": 1},
        pathways=3,
    )

    assert match.opportunity.opportunity_id == "opp_job"
    assert [(t.opportunity_id, closes) for t, closes in match.pathways] == [
        ("opp_course", frozenset({"food_hygiene"}))
    ]
    not_ready = ready_survivor(stage=ReadinessStage.PEER_SUPPORT_READY)
    assert index.matches(not_ready, k=5, pathways=3) == []


def test_what_the_index_keeps_after_a_query_does_not_depend_on_who_asked() -> None:
    """Per-opportunity arrays may be kept between queries; nothing of a survivor may."""
    jobs = [
        open_job("opp_a", skills_required=frozenset({"cooking", "food_hygiene"})),
        open_job("opp_b", kind=OpportunityKind.TRAINING, skills_taught=frozenset({"cooking"})),
        # No location: done from home, so within reach of the survivor in Cambodia too.
        open_job("opp_c", remote=True, location=None, pay=MonthlyAmount(9_000, "THB")),
    ]
    asked_by_one, asked_by_other = _index(jobs), _index(jobs)
    one = ready_survivor(interests="I like cooking", skills=frozenset({"cooking"}))
    other = ready_survivor(
        survivor_id="srv_2",
        interests="อยากทำงานในร้านกาแฟ",
        residence=PLACES[3],
        remote_ok=True,
        income_goal=MonthlyAmount(12_000, "THB"),
        skills_wanted=frozenset({"cooking"}),
    )

    assert asked_by_one.matches(one, k=10, pathways=3)
    assert asked_by_other.matches(other, k=10, pathways=3)

    kept_one, kept_other = vars(asked_by_one._places), vars(asked_by_other._places)
    assert kept_one.keys() == kept_other.keys()
    assert kept_one["sorted_rows"] == kept_other["sorted_rows"]
    assert np.array_equal(kept_one["_remote"], kept_other["_remote"])
    assert kept_one["_by_country"].keys() == kept_other["_by_country"].keys()
    for country, (rows, latitudes) in kept_one["_by_country"].items():
        assert np.array_equal(rows, kept_other["_by_country"][country][0])
        assert np.array_equal(latitudes, kept_other["_by_country"][country][1])


def test_results_follow_each_change_of_the_opportunities_at_once() -> None:
    survivor = ready_survivor(skills=frozenset({"cooking"}))
    index = _index([open_job("opp_1"), open_job("opp_2", skills_required=frozenset({"cooking"}))])
    assert {c.opportunity_id for c in index.rank(survivor, k=5)} == {"opp_1", "opp_2"}

    course = open_job("opp_3", kind=OpportunityKind.TRAINING, skills_taught=frozenset({"sewing"}))
    index.upsert(course)
    assert {c.opportunity_id for c in index.rank(survivor, k=5)} == {"opp_1", "opp_2", "opp_3"}

    needs_more = open_job("opp_2", skills_required=frozenset({"cooking", "sewing"}))
    needs_more.version = 2
    index.upsert(needs_more)
    pathways = {
        m.opportunity.opportunity_id: [t.opportunity_id for t, _ in m.pathways]
        for m in index.matches(survivor, k=5, pathways=3)
    }
    assert pathways == {"opp_1": [], "opp_2": ["opp_3"], "opp_3": []}

    index.remove("opp_3")
    assert {c.opportunity_id for c in index.rank(survivor, k=5)} == {"opp_1", "opp_2"}
    pathways = {
        m.opportunity.opportunity_id: [t.opportunity_id for t, _ in m.pathways]
        for m in index.matches(survivor, k=5, pathways=3)
    }
    assert pathways == {"opp_1": [], "opp_2": []}


def test_places_sorted_when_every_opportunity_is_remote(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("matching.adapters.opportunity_index.places._RESORT_AFTER", 0)
    index = _index([open_job(f"opp_{i}", remote=True, location=None) for i in range(3)])
    at_home = ready_survivor(remote_ok=True)

    assert {c.opportunity_id for c in index.rank(at_home, k=5)} == {"opp_0", "opp_1", "opp_2"}
    assert index.rank(ready_survivor(remote_ok=False), k=5) == []


def test_a_status_change_taken_in_place_answers_as_a_fresh_build_would() -> None:
    """A pause, a reopening or a hire changes no feature of the row: the index takes it
    over in place, and answers exactly as an index built from the same opportunities."""
    jobs = [
        replace(open_job(f"o{i}", description=f"Cooking and coffee, shift {i}"), version=1)
        for i in range(6)
    ]
    updated = _index(jobs)
    paused = replace(jobs[1], status=OpportunityStatus.PAUSED, version=2)
    filled = replace(jobs[2], placements=jobs[2].details.openings, version=2)
    reopened = replace(jobs[3], version=3)
    assert updated.upsert(paused)
    assert updated.upsert(filled)
    assert updated.upsert(replace(jobs[3], status=OpportunityStatus.PAUSED, version=2))
    assert updated.upsert(reopened)
    assert not updated.upsert(replace(jobs[1], version=1))  # older: refused
    fresh = _index([jobs[0], paused, filled, reopened, jobs[4], jobs[5]])

    survivor = ready_survivor(interests="cooking coffee")
    found = [
        (m.opportunity.opportunity_id, m.opportunity.version, m.scored.total)
        for m in updated.matches(survivor, k=10)
    ]
    expected = [
        (m.opportunity.opportunity_id, m.opportunity.version, m.scored.total)
        for m in fresh.matches(survivor, k=10)
    ]
    assert found == expected
    assert {opportunity_id for opportunity_id, _, _ in found} == {"o0", "o3", "o4", "o5"}
    assert updated.version_of("o1") == 2
    assert updated.version_of("o3") == 3
