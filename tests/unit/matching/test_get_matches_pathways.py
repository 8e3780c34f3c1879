"""GetMatches suggests, beside each job the survivor lacks skills for, open training that
teaches them: found in the same pass over the index as the matches themselves."""

from __future__ import annotations

from matching.adapters.opportunity_index import OpportunityIndex
from matching.domain.access import Caller, Role
from matching.domain.opportunity import Opportunity
from matching.domain.scoring import ScoreWeights
from matching.domain.values import OpportunityKind
from matching.service_layer import queries
from matching.service_layer.handlers import Ports
from tests.unit.matching.fakes import (
    FakeMatches,
    FakeModels,
    FakeOpportunities,
    FakeSurvivors,
    TinyVocabulary,
)
from tests.unit.matching.strategies import NOW, PLACES, open_job, ready_survivor

OFFICER = Caller("u_officer", "org_ngo", Role.REINTEGRATION_OFFICER)


def _ports(*opportunities: Opportunity) -> Ports:
    vocabulary = TinyVocabulary()
    index = OpportunityIndex(
        concepts=vocabulary, weights=ScoreWeights(), text_features=2**12, skill_features=2**10
    )
    index.upsert_many(opportunities)
    return Ports(
        survivors=FakeSurvivors(),
        opportunities=FakeOpportunities(),
        matches=FakeMatches(),
        index=index,
        sector_concepts_in=lambda text, declared=None: vocabulary.concepts_in(text),
        clock=lambda: NOW,
        models=FakeModels(),
    )


def _course(opportunity_id: str, *taught: str, **details: object) -> Opportunity:
    return open_job(
        opportunity_id,
        kind=OpportunityKind.TRAINING,
        # One title each: one organisation's courses of one title are one offer (variety).
        title=f"Kitchen course {opportunity_id}",
        skills_taught=frozenset(taught),
        **details,
    )


def test_a_job_lacking_skills_comes_with_the_training_that_teaches_them_best_first() -> None:
    ports = _ports(
        open_job("opp_job", skills_required=frozenset({"cooking", "food_hygiene", "knife_skills"})),
        _course("opp_hygiene", "food_hygiene"),
        _course("opp_both", "food_hygiene", "knife_skills"),
        _course("opp_far", "food_hygiene", "knife_skills", location=PLACES[3]),
        _course("opp_sewing", "sewing"),
    )
    survivor = ready_survivor(skills=frozenset({"cooking"}))
    ports.survivors.add(survivor)

    suggestions = queries.get_matches(
        OFFICER, survivor.survivor_id, top_k=10, kind=OpportunityKind.JOB, ports=ports
    )

    [job] = suggestions
    assert job.opportunity.opportunity_id == "opp_job"
    assert job.predicted_success is None  # no outcome model trained yet
    assert [(p.training.opportunity_id, p.skills_closed, p.leads_to) for p in job.pathways] == [
        ("opp_both", frozenset({"food_hygiene", "knife_skills"}), ("opp_job",)),
        ("opp_hygiene", frozenset({"food_hygiene"}), ("opp_job",)),
    ]


def test_training_and_jobs_needing_nothing_more_come_without_pathways() -> None:
    ports = _ports(
        open_job("opp_job", skills_required=frozenset({"cooking"})),
        _course("opp_course", "cooking"),
    )
    survivor = ready_survivor(skills=frozenset({"cooking"}), interests="I like cooking")
    ports.survivors.add(survivor)

    suggestions = queries.get_matches(
        OFFICER, survivor.survivor_id, top_k=10, kind=None, ports=ports
    )

    assert {s.opportunity.opportunity_id for s in suggestions} == {"opp_job", "opp_course"}
    assert all(s.pathways == () for s in suggestions)


def test_a_pathway_obeys_the_hard_rules_for_the_survivor() -> None:
    skills = ("food_hygiene", "knife_skills")
    ports = _ports(
        open_job("opp_job", skills_required=frozenset(skills), minimum_age=15),
        _course("opp_hazardous", *skills, hazardous=True, minimum_age=15),
        _course("opp_adults", *skills, minimum_age=18),
        _course("opp_one", "knife_skills", minimum_age=15),
        _course("opp_both", *skills, minimum_age=15),
    )
    minor = ready_survivor(age_band="15-17", minor=True)
    ports.survivors.add(minor)

    [job] = queries.get_matches(
        OFFICER, minor.survivor_id, top_k=10, kind=OpportunityKind.JOB, ports=ports
    )

    assert [p.training.opportunity_id for p in job.pathways] == ["opp_both", "opp_one"]
