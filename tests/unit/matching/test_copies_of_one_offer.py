"""Copies of one offer (one organisation's, one kind, one title) do not fill a short list:
at most two come before the other relevant opportunities, the rest follow them
(``matching.domain.variety``). The same title from another organisation is another offer."""

from __future__ import annotations

from dataclasses import replace

from matching.domain.opportunity import Opportunity
from matching.domain.values import OpportunityKind
from matching.domain.variety import offer_key, spread_copies
from tests.unit.matching.strategies import open_job, ready_survivor
from tests.unit.matching.test_opportunity_index import _index


def _copy(
    opportunity_id: str, *, organisation_id: str = "org_employer", title: str = "Line cook"
) -> Opportunity:
    posted = open_job(opportunity_id, title=title)
    return Opportunity.post(
        opportunity_id=opportunity_id,
        organisation_id=organisation_id,
        details=replace(posted.details, title=title),
    )


def test_the_third_copy_of_an_offer_follows_the_others() -> None:
    assert spread_copies(["a1", "a2", "a3", "b1", "a4", "c1"], key=lambda s: s[0]) == [
        "a1",
        "a2",
        "b1",
        "c1",
        "a3",
        "a4",
    ]


def test_copies_still_fill_a_list_when_nothing_else_is_there() -> None:
    assert spread_copies(["a1", "a2", "a3"], key=lambda s: s[0]) == ["a1", "a2", "a3"]


def test_an_offer_is_one_organisations_kind_and_title_read_without_case_or_spacing() -> None:
    job = OpportunityKind.JOB
    assert offer_key("org_a", job, "Line  COOK ") == offer_key("org_a", job, "line cook")
    assert offer_key("org_a", job, "Line cook") != offer_key("org_b", job, "Line cook")
    assert offer_key("org_a", job, "Line cook") != offer_key(
        "org_a", OpportunityKind.TRAINING, "Line cook"
    )


def test_an_organisations_copies_of_one_job_leave_room_for_another_employers() -> None:
    # Same text, same place: every total is equal, so the ids would decide alone.
    copies = [_copy(f"opp_a{i}") for i in (1, 2, 4)] + [_copy("opp_a3", title="line  COOK")]
    other = _copy("opp_b", organisation_id="org_other")
    index = _index([*copies, other])
    survivor = ready_survivor(interests="I like cooking")

    assert [c.opportunity_id for c in index.rank(survivor, k=3)] == ["opp_a1", "opp_a2", "opp_b"]
    assert [m.opportunity.opportunity_id for m in index.matches(survivor, k=5)] == [
        "opp_a1",
        "opp_a2",
        "opp_b",
        "opp_a3",
        "opp_a4",
    ]


def test_other_offers_are_found_beyond_the_first_candidates() -> None:
    """Fourteen tied copies are more than the first candidates looked at for three places:
    the other employer's job is still found for the third."""
    copies = [_copy(f"opp_a{i:02d}") for i in range(1, 15)]
    index = _index([*copies, _copy("opp_z", organisation_id="org_other")])

    found = index.rank(ready_survivor(interests="I like cooking"), k=3)

    assert [c.opportunity_id for c in found] == ["opp_a01", "opp_a02", "opp_z"]


def test_a_jobs_courses_name_each_offer_once() -> None:
    """Three intakes of one provider's course teach the same: the job's pathways name it
    once, and the other provider's course takes the second place."""
    job = open_job("opp_job", skills_required=frozenset({"food_hygiene"}))
    taught = {"kind": OpportunityKind.TRAINING, "skills_taught": frozenset({"food_hygiene"})}
    intakes = [
        Opportunity.post(
            opportunity_id=f"opp_c{i}",
            organisation_id="org_school",
            details=open_job(f"opp_c{i}", title="Food hygiene", **taught).details,
        )
        for i in (1, 2, 3)
    ]
    other = Opportunity.post(
        opportunity_id="opp_d",
        organisation_id="org_other_school",
        details=open_job("opp_d", title="Food hygiene", **taught).details,
    )
    index = _index([job, *intakes, other])
    survivor = ready_survivor(interests="I like cooking")

    [found] = [
        m
        for m in index.matches(survivor, k=5, pathways=3)
        if m.opportunity.opportunity_id == "opp_job"
    ]

    assert [course.opportunity_id for course, _ in found.pathways] == ["opp_c1", "opp_d"]
