"""A language a job's text names is what the job asks of a worker, not what it is about.

The probe's case: a night bar in Wan Chai wrote "English/Cantonese" in its text, and a man
who wants to learn English and do translation got it third, "shares your interests in
English conversation". A course that teaches a language, and a job whose declared sector
is languages (an interpreter), are about it and keep it.
"""

from __future__ import annotations

from matching.adapters.opportunity_index import IndexedMatch
from matching.domain.values import OpportunityKind
from tests.unit.matching.shipped import index_of, shipped
from tests.unit.matching.strategies import open_job, ready_survivor

LEARNER = ready_survivor(
    interests="I like learning English and want to do translation work; an English course",
    travel_radius_km=50,
)


def _shared(match: IndexedMatch) -> str:
    return " ".join(r.text for r in match.scored.reasons if r.code == "SHARED_INTERESTS")


def _found(*opportunities: object) -> dict[str, IndexedMatch]:
    index = index_of(*opportunities)  # type: ignore[arg-type]
    index.relevance_floor = 0.0
    return {m.opportunity.opportunity_id: m for m in index.matches(LEARNER, k=10)}


def test_the_vocabulary_flags_languages_named_in_a_job_as_asked() -> None:
    vocabulary = shipped()
    named = vocabulary.concepts_in("Bar server, English/Cantonese, 8pm to 4am")
    assert {"english_conversation", "chinese_language"} <= named
    asked = vocabulary.asked_of_workers(named, sector="nightlife_venues")
    assert asked == {"english_conversation", "chinese_language"}
    # An interpreter's job is about languages: nothing there is merely asked.
    assert not vocabulary.asked_of_workers(named, sector="languages_translation")


def test_a_bar_asking_for_english_shares_no_interest_with_an_english_learner() -> None:
    bar = open_job(
        "opp_bar",
        title="Bar server (Wan Chai)",
        description="English/Cantonese. Serving drinks, 8pm to 4am.",
        sector="food_service",
    )
    interpreter = open_job(
        "opp_interpreter",
        title="Interpreter",
        description="Interpreting English for visitors at a clinic.",
        sector="languages_translation",
    )
    course = open_job(
        "opp_course",
        kind=OpportunityKind.TRAINING,
        title="Spoken English course",
        description="Learn English conversation for work, evenings.",
        sector="languages_translation",
    )
    found = _found(bar, interpreter, course)

    assert "English" not in _shared(found["opp_bar"])
    assert "English" in _shared(found["opp_interpreter"])
    assert "English" in _shared(found["opp_course"])
    assert found["opp_bar"].scored.total < found["opp_interpreter"].scored.total
