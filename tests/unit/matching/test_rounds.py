"""Capacity-aware matching rounds: capacities and hard rules hold, and optimal is optimal."""

from __future__ import annotations

import itertools
import math
import random
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from types import SimpleNamespace

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from scipy.optimize import linear_sum_assignment

from matching.domain import rounds as rounds_module
from matching.domain.rounds import (
    AssignmentMethod,
    Candidate,
    InvalidRoundInput,
    MatchingRoundError,
    RoundAssignment,
    RoundResult,
    RoundSolverFailed,
    UnassignedReason,
    assign_greedily,
    assign_optimally,
    prepare_round,
    proposals_allowed,
    run_matching_round,
)
from tests.support.examples import examples

TOLERANCE = 1e-9
# Forces the network LP, whose size does not depend on capacities, instead of slot matching.
NO_SLOT_EDGES = 0


def the_classic_trap() -> list[Candidate]:
    """Greedy gives the best pair to ana and leaves bo, who has one candidate, with nothing."""
    return [
        Candidate("ana", "bakery", 0.9),
        Candidate("ana", "sewing", 0.8),
        Candidate("bo", "bakery", 0.7),
    ]


# Hand-made rounds


def test_no_opportunity_is_proposed_to_more_people_than_it_can_take() -> None:
    candidates = [Candidate(s, "kitchen", fit) for s, fit in [("a", 0.9), ("b", 0.8), ("c", 0.7)]]

    result = run_matching_round(candidates, capacities={"kitchen": 2})

    for assignment in (result.optimal, result.greedy):
        assert dict(assignment.proposals) == {"a": "kitchen", "b": "kitchen"}
        assert assignment.unassigned == {"c": UnassignedReason.CAPACITY_TAKEN}
        assert assignment.total_fit == pytest.approx(1.7)


def test_overbooking_lets_an_opportunity_be_proposed_to_more_people_than_its_openings() -> None:
    candidates = [Candidate(s, "kitchen", 0.5) for s in ("a", "b", "c", "d")]

    result = run_matching_round(candidates, capacities={"kitchen": 2}, overbooking=1.5)

    assert result.proposals_allowed == {"kitchen": 3}
    assert result.optimal.assigned_count == 3
    assert result.greedy.assigned_count == 3
    # Equal fits: the tie goes to the smallest survivor ids.
    assert set(result.greedy.proposals) == {"a", "b", "c"}


@pytest.mark.parametrize(
    ("openings", "overbooking", "allowed"),
    [(0, 2.0, 0), (1, 1.0, 1), (1, 1.9, 1), (3, 1.5, 4), (20, 1.15, 23), (10, 1.1, 11)],
)
def test_proposals_allowed_is_openings_times_factor_rounded_down(
    openings: int, overbooking: float, allowed: int
) -> None:
    assert proposals_allowed(openings, overbooking) == allowed


def test_survivor_without_candidates_is_reported_not_dropped() -> None:
    result = run_matching_round(
        [Candidate("a", "kitchen", 0.5)], capacities={"kitchen": 1}, survivor_ids=["a", "b"]
    )

    assert result.optimal.unassigned == {"b": UnassignedReason.NO_CANDIDATES}
    assert result.greedy.unassigned == {"b": UnassignedReason.NO_CANDIDATES}


def test_survivor_below_the_minimum_fit_is_not_proposed_and_told_why() -> None:
    candidates = [Candidate("a", "kitchen", 0.5), Candidate("b", "kitchen", 0.2)]

    result = run_matching_round(candidates, capacities={"kitchen": 5}, minimum_fit=0.3)

    assert dict(result.optimal.proposals) == {"a": "kitchen"}
    assert result.optimal.unassigned == {"b": UnassignedReason.BELOW_MINIMUM_FIT}


def test_survivor_whose_candidates_have_no_openings_is_told_why() -> None:
    candidates = [Candidate("a", "kitchen", 0.5), Candidate("a", "sewing", 0.7)]

    result = run_matching_round(candidates, capacities={"kitchen": 0, "sewing": 0})

    assert result.optimal.unassigned == {"a": UnassignedReason.NO_OPENINGS}
    assert result.greedy.unassigned == {"a": UnassignedReason.NO_OPENINGS}


def test_optimal_beats_greedy_on_the_classic_trap() -> None:
    result = run_matching_round(the_classic_trap(), capacities={"bakery": 1, "sewing": 1})

    assert dict(result.greedy.proposals) == {"ana": "bakery"}
    assert result.greedy.unassigned == {"bo": UnassignedReason.CAPACITY_TAKEN}
    assert dict(result.optimal.proposals) == {"ana": "sewing", "bo": "bakery"}
    assert result.optimal.total_fit == pytest.approx(1.5)
    assert result.fit_gap == pytest.approx(0.6)
    assert result.relative_fit_gap == pytest.approx(0.4)


def test_network_lp_finds_the_same_optimum_as_slot_matching() -> None:
    problem = prepare_round(the_classic_trap(), capacities={"bakery": 1, "sewing": 1})

    by_slots = assign_optimally(problem)
    by_lp = assign_optimally(problem, max_slot_edges=NO_SLOT_EDGES)

    assert by_slots.method is AssignmentMethod.SLOT_MATCHING
    assert by_lp.method is AssignmentMethod.NETWORK_LP
    assert by_lp.proposals == by_slots.proposals


def test_totals_are_equal_when_greedy_is_already_optimal() -> None:
    candidates = [
        Candidate("ana", "bakery", 0.9),
        Candidate("ana", "sewing", 0.1),
        Candidate("bo", "sewing", 0.8),
        Candidate("bo", "bakery", 0.2),
    ]

    result = run_matching_round(candidates, capacities={"bakery": 1, "sewing": 1})

    assert result.optimal.proposals == result.greedy.proposals
    assert result.fit_gap == pytest.approx(0.0)
    assert result.relative_fit_gap == pytest.approx(0.0)


def test_a_pair_outside_the_candidates_is_never_proposed_even_with_room_left() -> None:
    # bo passed no hard rule for sewing: sewing stays empty rather than break a rule.
    candidates = [Candidate("ana", "bakery", 0.9), Candidate("bo", "bakery", 0.8)]

    result = run_matching_round(candidates, capacities={"bakery": 1, "sewing": 3})

    for assignment in (result.optimal, result.greedy):
        assert dict(assignment.proposals) == {"ana": "bakery"}
        assert assignment.unassigned == {"bo": UnassignedReason.CAPACITY_TAKEN}


def test_an_opportunity_with_many_seats_does_not_blow_up_the_round() -> None:
    candidates = [Candidate(f"s{i:04d}", "big_course", 0.5) for i in range(2_000)]
    candidates += [Candidate(f"s{i:04d}", "small_job", 0.6) for i in range(10)]

    result = run_matching_round(candidates, capacities={"big_course": 1_500, "small_job": 2})

    opportunities = Counter(result.optimal.proposals.values())
    assert opportunities == {"big_course": 1_500, "small_job": 2}
    assert result.optimal.total_fit == pytest.approx(1_500 * 0.5 + 2 * 0.6)
    assert result.optimal.total_fit >= result.greedy.total_fit - TOLERANCE


def test_an_empty_round_proposes_nothing() -> None:
    result = run_matching_round([], capacities={})

    assert result.optimal.assigned_count == 0
    assert result.optimal.total_fit == 0.0
    assert result.relative_fit_gap == 0.0


def test_results_cannot_be_changed_after_the_round() -> None:
    result = run_matching_round(the_classic_trap(), capacities={"bakery": 1, "sewing": 1})

    with pytest.raises(TypeError):
        result.optimal.proposals["bo"] = "sewing"  # type: ignore[index]
    problem = prepare_round(the_classic_trap(), capacities={"bakery": 1, "sewing": 1})
    with pytest.raises(ValueError, match="read-only"):
        problem.pair_fit[0] = 1.0


@pytest.mark.parametrize("fit", [-0.1, 1.01, math.nan, math.inf])
def test_a_fit_outside_zero_to_one_is_refused(fit: float) -> None:
    with pytest.raises(InvalidRoundInput, match="fit"):
        Candidate("ana", "bakery", fit)


@pytest.mark.parametrize("overbooking", [0.9, math.nan, math.inf])
def test_an_overbooking_factor_below_one_or_not_finite_is_refused(overbooking: float) -> None:
    with pytest.raises(InvalidRoundInput, match="overbooking"):
        run_matching_round(the_classic_trap(), capacities={"bakery": 1}, overbooking=overbooking)


def test_negative_openings_are_refused() -> None:
    with pytest.raises(InvalidRoundInput, match="bakery"):
        prepare_round(the_classic_trap(), capacities={"bakery": -1, "sewing": 1})


def test_a_repeated_pair_is_refused_without_naming_the_survivor() -> None:
    candidates = [*the_classic_trap(), Candidate("ana", "sewing", 0.3)]

    with pytest.raises(InvalidRoundInput, match="position 3") as error:
        prepare_round(candidates, capacities={"bakery": 1, "sewing": 1})
    assert "ana" not in str(error.value)


def test_a_candidate_for_an_opportunity_without_capacity_is_refused() -> None:
    with pytest.raises(InvalidRoundInput, match="sewing"):
        prepare_round(the_classic_trap(), capacities={"bakery": 1})


def test_a_candidate_for_a_survivor_outside_the_round_is_refused() -> None:
    with pytest.raises(InvalidRoundInput, match="survivor_ids"):
        prepare_round(
            the_classic_trap(), capacities={"bakery": 1, "sewing": 1}, survivor_ids=["ana"]
        )


def test_candidates_may_come_from_a_generator() -> None:
    result = run_matching_round(
        (c for c in the_classic_trap()), capacities={"bakery": 1, "sewing": 1}
    )

    assert result.optimal.total_fit == pytest.approx(1.5)


def test_a_solver_fault_is_reported_as_ours_not_the_callers(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def half_way(gains: np.ndarray, **_: object) -> SimpleNamespace:
        return SimpleNamespace(status=0, x=np.full(len(gains), 0.5), message="")

    monkeypatch.setattr(rounds_module, "linprog", half_way)
    problem = prepare_round(the_classic_trap(), capacities={"bakery": 1, "sewing": 1})

    with pytest.raises(RoundSolverFailed, match="fractional") as error:
        assign_optimally(problem, max_slot_edges=NO_SLOT_EDGES)
    assert not isinstance(error.value, MatchingRoundError)


# Random rounds


@dataclass(frozen=True)
class Round:
    candidates: list[Candidate]
    survivor_ids: list[str]
    capacities: dict[str, int]
    overbooking: float
    minimum_fit: float | None

    def run(self, candidates: Sequence[Candidate] | None = None) -> RoundResult:
        return run_matching_round(
            self.candidates if candidates is None else candidates,
            capacities=self.capacities,
            overbooking=self.overbooking,
            minimum_fit=self.minimum_fit,
            survivor_ids=self.survivor_ids,
        )

    def allowed(self, opportunity: str) -> int:
        return proposals_allowed(self.capacities[opportunity], self.overbooking)

    def eligible(self) -> list[Candidate]:
        floor = self.minimum_fit or 0.0
        return [c for c in self.candidates if c.fit >= floor and self.allowed(c.opportunity_id)]


# Few distinct fits make ties, where determinism and tie-breaks are tested.
FITS = st.one_of(
    st.sampled_from([0.0, 0.25, 0.5, 0.75, 1.0]), st.floats(min_value=0.0, max_value=1.0)
)


@st.composite
def sparse_rounds(draw: st.DrawFn, *, max_survivors: int = 8, max_opportunities: int = 5) -> Round:
    """Small rounds where about half of all pairs are candidates."""
    return draw(
        _rounds(
            survivors=st.integers(1, max_survivors),
            opportunities=st.integers(1, max_opportunities),
            fit=st.none() | FITS,
            openings=st.integers(0, 3),
        )
    )


@st.composite
def crowded_rounds(draw: st.DrawFn, *, max_survivors: int = 8) -> Round:
    """Everyone is a candidate everywhere and seats are few: capacities bind, and the exact
    solver works with either side of the assignment as its rows."""
    return draw(
        _rounds(
            survivors=st.integers(3, max_survivors),
            opportunities=st.integers(1, 3),
            fit=FITS,
            openings=st.integers(1, 3),
        )
    )


def rounds(*, max_survivors: int = 8, max_opportunities: int = 5) -> st.SearchStrategy[Round]:
    """Both kinds of small rounds, so properties hold whether capacities bind or not."""
    return sparse_rounds(
        max_survivors=max_survivors, max_opportunities=max_opportunities
    ) | crowded_rounds(max_survivors=max_survivors)


@st.composite
def _rounds(
    draw: st.DrawFn,
    *,
    survivors: st.SearchStrategy[int],
    opportunities: st.SearchStrategy[int],
    fit: st.SearchStrategy[float | None],
    openings: st.SearchStrategy[int],
) -> Round:
    survivor_ids = [f"s{i}" for i in range(draw(survivors))]
    opportunity_ids = [f"o{j}" for j in range(draw(opportunities))]
    fits = {pair: draw(fit) for pair in itertools.product(survivor_ids, opportunity_ids)}
    return Round(
        candidates=[Candidate(s, o, f) for (s, o), f in fits.items() if f is not None],
        survivor_ids=survivor_ids,
        capacities={o: draw(openings) for o in opportunity_ids},
        overbooking=draw(st.sampled_from([1.0, 1.25, 1.5, 2.0, 3.0])),
        minimum_fit=draw(st.none() | st.sampled_from([0.1, 0.5, 0.8])),
    )


def every_assignment(result: RoundResult, instance: Round) -> list[RoundAssignment]:
    by_lp = assign_optimally(
        prepare_round(
            instance.candidates,
            capacities=instance.capacities,
            overbooking=instance.overbooking,
            minimum_fit=instance.minimum_fit,
            survivor_ids=instance.survivor_ids,
        ),
        max_slot_edges=NO_SLOT_EDGES,
    )
    return [result.optimal, result.greedy, by_lp]


def best_total_by_dense_assignment(instance: Round) -> float:
    """The optimum from scratch: every opportunity expanded to seats, one idle seat each."""
    survivors = instance.survivor_ids
    seats = [o for o in sorted(instance.capacities) for _ in range(instance.allowed(o))]
    costs = np.full((len(survivors), len(seats) + len(survivors)), np.inf)
    costs[:, len(seats) :] = 0.0
    for candidate in instance.eligible():
        row = survivors.index(candidate.survivor_id)
        for column, seat in enumerate(seats):
            if seat == candidate.opportunity_id:
                costs[row, column] = -candidate.fit
    rows, columns = linear_sum_assignment(costs)
    return -float(costs[rows, columns].sum())


def best_total_by_brute_force(instance: Round) -> float:
    options: dict[str, list[Candidate | None]] = {s: [None] for s in instance.survivor_ids}
    for candidate in instance.eligible():
        options[candidate.survivor_id].append(candidate)
    best = 0.0
    for choice in itertools.product(*options.values()):
        taken = Counter(c.opportunity_id for c in choice if c is not None)
        if all(n <= instance.allowed(o) for o, n in taken.items()):
            best = max(best, math.fsum(c.fit for c in choice if c is not None))
    return best


@settings(max_examples=examples(300), deadline=None)
@given(rounds())
def test_no_opportunity_is_ever_proposed_beyond_openings_times_overbooking(
    instance: Round,
) -> None:
    result = instance.run()
    for assignment in every_assignment(result, instance):
        for opportunity, count in Counter(assignment.proposals.values()).items():
            assert count <= math.floor(instance.capacities[opportunity] * instance.overbooking)
            assert count <= instance.allowed(opportunity)


@settings(max_examples=examples(300), deadline=None)
@given(rounds())
def test_only_candidate_pairs_above_the_minimum_fit_are_ever_proposed(instance: Round) -> None:
    allowed_pairs = {(c.survivor_id, c.opportunity_id): c.fit for c in instance.eligible()}
    result = instance.run()
    for assignment in every_assignment(result, instance):
        assert set(assignment.proposals.items()) <= allowed_pairs.keys()
        assert assignment.total_fit == pytest.approx(
            math.fsum(allowed_pairs[pair] for pair in assignment.proposals.items())
        )


@settings(max_examples=examples(300), deadline=None)
@given(rounds())
def test_every_survivor_is_either_proposed_once_or_told_why_not(instance: Round) -> None:
    result = instance.run()
    for assignment in every_assignment(result, instance):
        # A mapping holds a survivor at most once; together they cover the round exactly.
        assert set(assignment.proposals).isdisjoint(assignment.unassigned)
        assert set(assignment.proposals) | set(assignment.unassigned) == set(instance.survivor_ids)
        assert assignment.assigned_count == len(assignment.proposals)
        proposed = Counter(assignment.proposals.values())
        for survivor, reason in assignment.unassigned.items():
            own = [c for c in instance.candidates if c.survivor_id == survivor]
            usable = [c for c in instance.eligible() if c.survivor_id == survivor]
            if reason is UnassignedReason.NO_CANDIDATES:
                assert not own
            elif reason is UnassignedReason.CAPACITY_TAKEN:
                assert usable
                assert all(
                    proposed[c.opportunity_id] == instance.allowed(c.opportunity_id) for c in usable
                )
            else:
                assert own
                assert not usable


@settings(max_examples=examples(300), deadline=None)
@given(rounds())
def test_optimal_total_is_the_true_optimum_and_never_below_greedy(instance: Round) -> None:
    result = instance.run()
    best = best_total_by_dense_assignment(instance)
    by_lp = every_assignment(result, instance)[-1]

    assert result.optimal.total_fit == pytest.approx(best, abs=TOLERANCE)
    assert by_lp.total_fit == pytest.approx(best, abs=1e-7)
    assert result.optimal.total_fit >= result.greedy.total_fit - TOLERANCE
    assert result.fit_gap >= -TOLERANCE
    assert 0.0 - TOLERANCE <= result.relative_fit_gap <= 1.0 + TOLERANCE


@settings(max_examples=examples(200), deadline=None)
@given(rounds(max_survivors=5, max_opportunities=3))
def test_optimal_total_equals_brute_force_on_tiny_rounds(instance: Round) -> None:
    assert instance.run().optimal.total_fit == pytest.approx(
        best_total_by_brute_force(instance), abs=TOLERANCE
    )


@settings(max_examples=examples(200), deadline=None)
@given(rounds(), st.randoms(use_true_random=False))
def test_the_order_of_candidates_never_changes_the_round(
    instance: Round, rng: random.Random
) -> None:
    shuffled = list(instance.candidates)
    rng.shuffle(shuffled)

    assert instance.run(shuffled) == instance.run()


def test_greedy_takes_pairs_best_first_with_ties_broken_by_ids() -> None:
    candidates = [
        Candidate("b", "x", 0.5),
        Candidate("a", "y", 0.5),
        Candidate("a", "x", 0.5),
        Candidate("c", "x", 0.9),
    ]
    problem = prepare_round(candidates, capacities={"x": 2, "y": 1})

    greedy = assign_greedily(problem)

    # c-x first (best fit); then among the 0.5 ties a-x comes before a-y and b-x.
    assert dict(greedy.proposals) == {"a": "x", "c": "x"}
    assert greedy.unassigned == {"b": UnassignedReason.CAPACITY_TAKEN}


def test_proposals_allowed_mapping_lists_every_opportunity_of_the_round() -> None:
    result = run_matching_round(
        the_classic_trap(), capacities={"bakery": 2, "sewing": 1, "tailoring": 4}, overbooking=1.5
    )

    assert isinstance(result.proposals_allowed, Mapping)
    assert result.proposals_allowed == {"bakery": 3, "sewing": 1, "tailoring": 6}


def test_fits_below_float_resolution_give_no_meaningless_relative_gap() -> None:
    # Found by hypothesis: the solver cannot tell 1e-205 from 1e-308 from 0, so the
    # totals may differ by noise; the relative gap stays a share in [0, 1].
    from matching.domain.rounds import run_matching_round

    result = run_matching_round(
        [
            Candidate("s0", "o0", 2.2250738585072014e-308),
            Candidate("s1", "o0", 0.0),
            Candidate("s2", "o0", 1.5259324477040724e-205),
        ],
        capacities={"o0": 1},
        survivor_ids=["s0", "s1", "s2"],
    )
    assert result.relative_fit_gap == 0.0
