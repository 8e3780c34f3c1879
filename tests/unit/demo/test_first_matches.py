"""Which of the demo survivors' recommendations become their first matches."""

from __future__ import annotations

from pathways_demo.first_matches import Pair, pairs_to_propose

HOMES = frozenset({"job_a", "job_b", "course_c"})


def test_each_survivor_gets_their_best_recommendation_of_the_homes() -> None:
    recommended = {
        "s1": ["other_1", "job_b", "job_a"],
        "s2": ["course_c", "other_2"],
        "s3": ["other_1", "other_2"],  # nothing of the homes': left alone
    }
    assert pairs_to_propose(recommended, HOMES, []) == [
        Pair("s1", "job_b"),
        Pair("s2", "course_c"),
    ]


def test_an_opportunity_takes_only_so_many_then_the_next_best_is_chosen() -> None:
    recommended = {f"s{i}": ["job_a", "job_b"] for i in range(4)}
    chosen = pairs_to_propose(recommended, HOMES, [], per_opportunity=2)
    assert chosen == [
        Pair("s0", "job_a"),
        Pair("s1", "job_a"),
        Pair("s2", "job_b"),
        Pair("s3", "job_b"),
    ]


def test_no_more_than_the_total_counting_what_exists() -> None:
    recommended = {f"s{i}": ["job_a", "job_b", "course_c"] for i in range(10)}
    existing = [Pair("s0", "job_a"), Pair("s1", "job_a")]
    chosen = pairs_to_propose(recommended, HOMES, existing, per_opportunity=2, at_most=5)
    # s0 and s1 have theirs; job_a is full; three more make five.
    assert chosen == [Pair("s2", "job_b"), Pair("s3", "job_b"), Pair("s4", "course_c")]


def test_once_made_a_second_run_chooses_nothing() -> None:
    recommended = {f"s{i}": ["job_a", "job_b", "course_c"] for i in range(10)}
    first = pairs_to_propose(recommended, HOMES, [], per_opportunity=2, at_most=5)
    assert pairs_to_propose(recommended, HOMES, first, per_opportunity=2, at_most=5) == []
