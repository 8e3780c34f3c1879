"""Skills a survivor's own words name that their profile does not record
(``matching.domain.skills_to_record``): named with the recommendations, so that the officer
can ask and record those the survivor has. Matching never takes the words for a record."""

from __future__ import annotations

from dataclasses import replace

from matching.domain.opportunity import Opportunity
from matching.domain.skills_to_record import skills_to_record
from matching.service_layer import queries
from tests.unit.matching.service_ports import build_ports
from tests.unit.matching.shipped import index_of, shipped
from tests.unit.matching.strategies import PLACES, open_job, ready_survivor
from tests.unit.matching.test_handlers import OFFICER

SKILLS = frozenset({"sewing_machine_operation", "nail_care", "cooking"})


def test_what_is_recorded_in_any_field_is_not_asked_again() -> None:
    survivor = ready_survivor(skills=frozenset({"nail_care"}), skills_wanted=frozenset({"cooking"}))
    named = {"sewing_machine_operation", "nail_care", "cooking", "garment_manufacturing"}
    # The sector is no skill; nail care is held; cooking is wanted (not held).
    assert skills_to_record(survivor, named, skills=SKILLS) == {"sewing_machine_operation"}


def test_a_chosen_interest_is_not_asked_again() -> None:
    survivor = ready_survivor(interest_tags=frozenset({"sewing_machine_operation"}))
    assert skills_to_record(survivor, {"sewing_machine_operation"}, skills=SKILLS) == frozenset()


WORDS = "I can use a sewing machine, I worked in a garment factory"
SEWING_JOB = open_job(
    "opp_sewing",
    title="Sewing operator",
    description="Sew shirts on industrial machines",
    sector="garment_manufacturing",
    skills_required=frozenset({"sewing_machine_operation"}),
    languages=(),
    location=PLACES[0],
)


def _asked(*opportunities: Opportunity, read_again: bool = False) -> frozenset[str]:
    ports = build_ports()
    ports.index, ports.vocabulary = index_of(*opportunities), shipped()
    if read_again:  # as bootstrap reads the words when nothing was ranked
        ports.interest_concepts = lambda s: shipped().wished_in(s.profile.interests)
    survivor = ready_survivor(interests=WORDS, skills=frozenset({"cooking"}))
    ports.survivors.add(replace(survivor, organisation_id=OFFICER.organisation_id))
    found = queries.get_recommendations(
        OFFICER, survivor.survivor_id, top_k=10, kind=None, ports=ports
    )
    return found.skills_to_record


def test_recommendations_name_the_skills_the_words_name_and_the_profile_lacks() -> None:
    # Sewing machine operation is a skill the words name; the garment factory is a
    # sector; cooking is recorded already.
    assert _asked(SEWING_JOB) == {"sewing_machine_operation"}


def test_with_nothing_to_rank_the_words_are_still_read_for_them() -> None:
    assert _asked(read_again=True) == {"sewing_machine_operation"}
