"""Capacity-aware matching rounds: who is proposed to which opportunity this round.

A round takes the candidate pairs that passed every hard rule (at most K per survivor, each
with a fit in [0, 1]) and proposes at most one opportunity to each survivor, so that no
opportunity is proposed to more people than it can take, while the total fit is as large as
possible. An opportunity with ``openings`` seats may be proposed to
``floor(openings * overbooking)`` people: some survivors decline, and an employer or a
provider would rather see a few more people than leave a seat empty. Pairs that are not
candidates are forbidden and never proposed, whatever they would add to the total.

Beside the optimal proposals we compute the obvious greedy baseline (best pair first) and
report the gap, so that officers and reviewers can see what the optimiser buys and so that
a regression in either shows up in the numbers.

Why this algorithm
------------------
Maximising total fit under capacities is a maximum-weight bipartite b-matching, a
min-cost flow. We solve it exactly, with what SciPy ships, in three steps:

1. **Reduce** (exact). An opportunity with at least as many proposals allowed as candidates
   never binds: every one of its candidates could take it at once. Such opportunities are
   folded into their candidates' "nothing from the binding part" value (the best of them,
   called the fallback below). A binding pair whose fit does not beat its survivor's
   fallback is then never needed and is dropped; dropping pairs can make more opportunities
   non-binding, so the two steps repeat until nothing changes.
2. **Slot matching** (exact; the default). What is left is a rectangular assignment problem:
   each binding opportunity is expanded into interchangeable proposal slots, and each pair
   is worth its gain over the survivor's fallback. Every row gets a private zero-gain column,
   so that a full matching always exists and "no binding proposal" is an ordinary choice.
   The sparse matrix goes to ``scipy.sparse.csgraph.min_weight_full_bipartite_matching``
   (LAPJVsp, Jonker-Volgenant shortest augmenting paths for sparse graphs). Memory is linear
   in the edges; the dense survivors x slots matrix (10,000 x 12,000 float64: almost 1 GB)
   is never built. ``linear_sum_assignment`` would need it, and splitting into connected
   components does not help: real candidate graphs form one giant component. The smaller
   side (survivors or slots) becomes the rows, which measured 2 to 5 times faster than the
   other way round. At the benchmark size (``bench/rounds_scale.py``: 10,000 survivors,
   5,000 opportunities, 8,000 openings, 50 candidates each) this takes about 2 s of CPU
   without overbooking and 6 s with 1.5; with far more skewed capacities (the largest job
   with 73 openings) 5 s and 21 s.
3. **Network LP** (exact, for very large capacities). Expanding slots multiplies the edges of
   an opportunity by its proposals allowed: one popular programme with thousands of seats
   would need gigabytes. Above ``max_slot_edges`` we solve the same problem as a linear
   programme on the unexpanded pairs with HiGHS' dual simplex. The constraint matrix of a
   bipartite b-matching is totally unimodular, so the simplex vertex is integral; we check
   that it is, and fail loudly if it is not. Its size does not depend on capacities, but at
   the benchmark size it took 12 to 55 s of CPU, so it is only the safety valve.

Both exact paths then give any survivor still without a proposal an opportunity with room
left, if a candidate one has it (only possible through zero-fit ties), so that "capacity
taken" means exactly that.

Determinism: ids are sorted before anything is indexed, so the order of the input never
changes a result; greedy ties are broken by survivor id, then opportunity id.
"""

from __future__ import annotations

import enum
import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from fractions import Fraction
from operator import index
from types import MappingProxyType
from typing import Any, Final, TypeVar

import numpy as np
import numpy.typing as npt
from scipy.optimize import linprog
from scipy.sparse import csr_array
from scipy.sparse.csgraph import min_weight_full_bipartite_matching

__all__ = [
    "DEFAULT_MAX_SLOT_EDGES",
    "AssignmentMethod",
    "Candidate",
    "InvalidRoundInput",
    "MatchingRoundError",
    "RoundAssignment",
    "RoundProblem",
    "RoundResult",
    "RoundSolverFailed",
    "UnassignedReason",
    "assign_greedily",
    "assign_optimally",
    "prepare_round",
    "proposals_allowed",
    "run_matching_round",
]

IntArray = npt.NDArray[np.int64]
FloatArray = npt.NDArray[np.float64]
BoolArray = npt.NDArray[np.bool_]
_Array = TypeVar("_Array", bound="np.ndarray[Any, Any]")

DEFAULT_MAX_SLOT_EDGES: Final = 10_000_000
"""Above this many expanded edges the network LP is used instead of slot matching.

Slot matching needs about 25 bytes an edge at its peak (measured: 8 million edges, 180 MB
over the round's own data), so this bound keeps it near 250 MB; the LP's memory does not grow
with capacities.
"""

# Costs handed to LAPJVsp are ``_COST_BASE - gain``: strictly positive, because the solver drops
# explicit zeros from a sparse matrix, and minimising them maximises the total fit.
_COST_BASE: Final = 2.0
# A solution of the LP further than this from an integer means the solver did not return a
# vertex; total unimodularity says it always should.
_INTEGRALITY_TOLERANCE: Final = 1e-6
_NONE: Final = -1
# Below this a total is float noise around zero (costs are ``_COST_BASE - fit``).
_NEGLIGIBLE_TOTAL: Final = 1e-9
# Slot matching indexes edges with 32-bit integers.
_MOST_SLOT_EDGES: Final = 2**31 - 1 - 2**24


class MatchingRoundError(Exception):
    """Base of the errors a round raises because of what it was given (a caller's mistake).

        MatchingRoundError
        └── InvalidRoundInput   bad fit, openings or factor, repeated pair (INVALID_ARGUMENT)
        RoundSolverFailed       a bug or a solver fault, never the caller's (INTERNAL)

    ``RoundSolverFailed`` is deliberately outside this hierarchy so that an edge mapping
    ``MatchingRoundError`` to "invalid argument" does not blame the caller for it.
    """


class InvalidRoundInput(MatchingRoundError, ValueError):
    """The round's input breaks a rule: bad fit, capacity or factor, or a repeated pair.

    Messages never carry a survivor id: they may end up in logs.
    """


class RoundSolverFailed(RuntimeError):
    """The exact solver returned no usable solution; no proposals should be made."""


class AssignmentMethod(enum.StrEnum):
    """How a round's proposals were chosen."""

    GREEDY = "greedy"
    SLOT_MATCHING = "slot_matching"
    NETWORK_LP = "network_lp"


class UnassignedReason(enum.StrEnum):
    """Why a survivor got no proposal this round, so an officer knows what would help."""

    NO_CANDIDATES = "no_candidates"
    """No opportunity passed the hard rules for them."""
    BELOW_MINIMUM_FIT = "below_minimum_fit"
    """Candidates exist, but none reaches the round's minimum fit."""
    NO_OPENINGS = "no_openings"
    """Every candidate that reaches the minimum fit has no openings at all."""
    CAPACITY_TAKEN = "capacity_taken"
    """Every candidate opportunity with openings was proposed to as many people as allowed."""


@dataclass(frozen=True, slots=True)
class Candidate:
    """A survivor x opportunity pair that passed every hard rule, with its expected fit."""

    survivor_id: str
    opportunity_id: str
    fit: float

    def __post_init__(self) -> None:
        # Written so that NaN fails too.
        if not 0.0 <= self.fit <= 1.0:
            raise InvalidRoundInput(f"a candidate's fit must be within [0, 1], got {self.fit!r}")


@dataclass(frozen=True, slots=True)
class RoundAssignment:
    """One method's proposals: at most one opportunity per survivor, capacities respected."""

    method: AssignmentMethod
    proposals: Mapping[str, str]
    """Survivor id -> opportunity id, in survivor id order."""
    total_fit: float
    unassigned: Mapping[str, UnassignedReason]
    """Every survivor of the round without a proposal, with the reason."""

    @property
    def assigned_count(self) -> int:
        """How many survivors received a proposal."""
        return len(self.proposals)


@dataclass(frozen=True, slots=True)
class RoundResult:
    """The optimal proposals of a round, the greedy baseline, and what separates them."""

    optimal: RoundAssignment
    greedy: RoundAssignment
    proposals_allowed: Mapping[str, int]
    """Opportunity id -> how many people it may be proposed to this round."""

    @property
    def fit_gap(self) -> float:
        """Total fit the optimiser gains over greedy (never negative)."""
        return self.optimal.total_fit - self.greedy.total_fit

    @property
    def relative_fit_gap(self) -> float:
        """The gap as a share of the optimal total: what greedy would have lost.

        Totals below float resolution (fits like 1e-300, which the solver cannot tell from
        zero) have no meaningful share: 0.
        """
        if self.optimal.total_fit <= _NEGLIGIBLE_TOTAL:
            return 0.0
        return min(1.0, max(0.0, self.fit_gap) / self.optimal.total_fit)


@dataclass(frozen=True, slots=True, eq=False)
class RoundProblem:
    """A validated, indexed round, ready for either method; build it with `prepare_round`.

    Survivors and opportunities are numbered in id order. The pair arrays hold only the
    eligible pairs (minimum fit reached, proposals allowed), sorted by survivor then
    opportunity; all arrays are read-only.
    """

    survivor_ids: tuple[str, ...]
    opportunity_ids: tuple[str, ...]
    allowed: IntArray
    pair_survivor: IntArray
    pair_opportunity: IntArray
    pair_fit: FloatArray
    ineligible: Mapping[str, UnassignedReason]
    """Survivors with no eligible pair at all, and why."""

    @property
    def proposals_allowed(self) -> Mapping[str, int]:
        """Opportunity id -> proposals allowed this round."""
        return MappingProxyType(
            {opp: int(n) for opp, n in zip(self.opportunity_ids, self.allowed, strict=True)}
        )


def proposals_allowed(openings: int, overbooking: float) -> int:
    """How many people an opportunity may be proposed to: ``floor(openings * overbooking)``.

    The factor is read as the decimal people type (1.15 is 115/100), so that 20 openings at
    1.15 allow 23 proposals and not the 22 that binary rounding would give. Never fewer than
    the openings.
    """
    openings = index(openings)
    if openings < 0:
        raise InvalidRoundInput(f"openings cannot be negative, got {openings}")
    _check_overbooking(overbooking)
    return max(openings, math.floor(Fraction(repr(float(overbooking))) * openings))


def prepare_round(
    candidates: Iterable[Candidate],
    *,
    capacities: Mapping[str, int],
    overbooking: float = 1.0,
    minimum_fit: float | None = None,
    survivor_ids: Iterable[str] = (),
) -> RoundProblem:
    """Validate and index a round once, so both methods run on exactly the same problem.

    ``capacities`` gives the openings of every opportunity a candidate may name.
    ``survivor_ids`` lists survivors of the round who may have no candidate at all, so that
    they are reported (``NO_CANDIDATES``) rather than silently missing; when given, it must
    include every survivor named by a candidate.
    """
    _check_overbooking(overbooking)
    if minimum_fit is not None and not 0.0 <= minimum_fit <= 1.0:
        raise InvalidRoundInput(f"minimum fit must be within [0, 1], got {minimum_fit!r}")
    pairs: Sequence[Candidate] = (
        candidates if isinstance(candidates, Sequence) else tuple(candidates)
    )
    listed = frozenset(survivor_ids)
    survivor_order = tuple(sorted(listed | {c.survivor_id for c in pairs}))
    if listed and len(survivor_order) != len(listed):
        raise InvalidRoundInput(
            f"{len(survivor_order) - len(listed)} survivor(s) named by candidates are not "
            "among the round's survivor_ids"
        )
    opportunity_order = tuple(sorted(capacities))
    allowed = np.empty(len(opportunity_order), dtype=np.int64)
    for j, opp in enumerate(opportunity_order):
        try:
            allowed[j] = proposals_allowed(capacities[opp], overbooking)
        except (InvalidRoundInput, TypeError) as error:
            raise InvalidRoundInput(f"openings of {opp!r}: {error}") from error

    survivor_index = {survivor: i for i, survivor in enumerate(survivor_order)}
    opportunity_index = {opp: j for j, opp in enumerate(opportunity_order)}
    unknown = {c.opportunity_id for c in pairs} - opportunity_index.keys()
    if unknown:
        raise InvalidRoundInput(
            f"candidates name opportunities without capacities: {sorted(unknown)[:5]}"
        )
    count = len(pairs)
    survivors = np.fromiter(
        (survivor_index[c.survivor_id] for c in pairs), dtype=np.int64, count=count
    )
    opportunities = np.fromiter(
        (opportunity_index[c.opportunity_id] for c in pairs), dtype=np.int64, count=count
    )
    fits = np.fromiter((c.fit for c in pairs), dtype=np.float64, count=count)

    order = np.lexsort((opportunities, survivors))
    survivors, opportunities, fits = survivors[order], opportunities[order], fits[order]
    repeated = (survivors[1:] == survivors[:-1]) & (opportunities[1:] == opportunities[:-1])
    if repeated.any():
        position = int(order[int(np.argmax(repeated)) + 1])
        raise InvalidRoundInput(
            f"candidate at position {position} repeats a survivor x opportunity pair"
        )

    fit_ok = fits >= minimum_fit if minimum_fit is not None else np.ones(count, dtype=np.bool_)
    eligible = fit_ok & (allowed[opportunities] > 0)
    ineligible = _reasons_without_eligible_pairs(
        survivor_order, survivors=survivors, fit_ok=fit_ok, eligible=eligible
    )
    return RoundProblem(
        survivor_ids=survivor_order,
        opportunity_ids=opportunity_order,
        allowed=_frozen(allowed),
        pair_survivor=_frozen(survivors[eligible]),
        pair_opportunity=_frozen(opportunities[eligible]),
        pair_fit=_frozen(fits[eligible]),
        ineligible=MappingProxyType(ineligible),
    )


def assign_greedily(problem: RoundProblem) -> RoundAssignment:
    """The baseline: take pairs best fit first, whenever survivor and opportunity are free.

    Ties go to the smaller survivor id, then the smaller opportunity id.
    """
    order = np.lexsort((problem.pair_opportunity, problem.pair_survivor, -problem.pair_fit))
    # Plain lists: this loop visits every pair, and NumPy scalars would make it several times
    # slower.
    chosen = [_NONE] * len(problem.survivor_ids)
    remaining = problem.allowed.tolist()
    to_place = len(problem.survivor_ids) - len(problem.ineligible)
    pair_survivor = problem.pair_survivor.tolist()
    pair_opportunity = problem.pair_opportunity.tolist()
    for pair in order.tolist():
        survivor, opportunity = pair_survivor[pair], pair_opportunity[pair]
        if chosen[survivor] == _NONE and remaining[opportunity] > 0:
            chosen[survivor] = pair
            remaining[opportunity] -= 1
            to_place -= 1
            if to_place == 0:
                break
    return _assignment(
        problem, chosen_pair=np.array(chosen, dtype=np.int64), method=AssignmentMethod.GREEDY
    )


def assign_optimally(
    problem: RoundProblem, *, max_slot_edges: int = DEFAULT_MAX_SLOT_EDGES
) -> RoundAssignment:
    """Proposals with the largest possible total fit; see the module docstring for how.

    ``max_slot_edges`` bounds the expanded slot problem; larger rounds use the network LP.
    """
    n_survivors = len(problem.survivor_ids)
    fallback, binding = _reduce(problem)

    chosen = np.full(n_survivors, _NONE, dtype=np.int64)
    has_fallback = fallback != _NONE
    chosen[has_fallback] = fallback[has_fallback]

    binding_pairs = np.flatnonzero(binding)
    expanded_edges = int(problem.allowed[problem.pair_opportunity[binding_pairs]].sum())
    if expanded_edges <= min(max_slot_edges, _MOST_SLOT_EDGES):
        method = AssignmentMethod.SLOT_MATCHING
        picked = _solve_by_slot_matching(problem, pairs=binding_pairs, fallback=fallback)
    else:
        method = AssignmentMethod.NETWORK_LP
        picked = _solve_by_network_lp(problem, pairs=binding_pairs, fallback=fallback)
    chosen[problem.pair_survivor[picked]] = picked

    _fill_free_room(problem, chosen=chosen)
    return _assignment(problem, chosen_pair=chosen, method=method)


def run_matching_round(
    candidates: Iterable[Candidate],
    *,
    capacities: Mapping[str, int],
    overbooking: float = 1.0,
    minimum_fit: float | None = None,
    survivor_ids: Iterable[str] = (),
    max_slot_edges: int = DEFAULT_MAX_SLOT_EDGES,
) -> RoundResult:
    """Run a round: optimal proposals, the greedy baseline, and the gap between them."""
    problem = prepare_round(
        candidates,
        capacities=capacities,
        overbooking=overbooking,
        minimum_fit=minimum_fit,
        survivor_ids=survivor_ids,
    )
    return RoundResult(
        optimal=assign_optimally(problem, max_slot_edges=max_slot_edges),
        greedy=assign_greedily(problem),
        proposals_allowed=problem.proposals_allowed,
    )


def _check_overbooking(overbooking: float) -> None:
    if not (math.isfinite(overbooking) and overbooking >= 1.0):
        raise InvalidRoundInput(f"overbooking must be a finite factor >= 1, got {overbooking!r}")


def _frozen(array: _Array) -> _Array:
    array.flags.writeable = False
    return array


def _reasons_without_eligible_pairs(
    survivor_order: tuple[str, ...],
    *,
    survivors: IntArray,
    fit_ok: BoolArray,
    eligible: BoolArray,
) -> dict[str, UnassignedReason]:
    size = len(survivor_order)
    any_pair = np.bincount(survivors, minlength=size) > 0
    any_fit = np.bincount(survivors[fit_ok], minlength=size) > 0
    any_eligible = np.bincount(survivors[eligible], minlength=size) > 0
    reasons: dict[str, UnassignedReason] = {}
    for i in np.flatnonzero(~any_eligible).tolist():
        if not any_pair[i]:
            reasons[survivor_order[i]] = UnassignedReason.NO_CANDIDATES
        elif not any_fit[i]:
            reasons[survivor_order[i]] = UnassignedReason.BELOW_MINIMUM_FIT
        else:
            reasons[survivor_order[i]] = UnassignedReason.NO_OPENINGS
    return reasons


def _reduce(problem: RoundProblem) -> tuple[IntArray, BoolArray]:
    """Step 1 of the module docstring: fallbacks and the pairs still worth solving for.

    Returns, per survivor, the pair of its best non-binding opportunity (or ``_NONE``), and a
    mask of the pairs left for the exact solver.
    """
    n_survivors = len(problem.survivor_ids)
    survivors, opportunities, fits = (
        problem.pair_survivor,
        problem.pair_opportunity,
        problem.pair_fit,
    )
    live = np.ones(len(fits), dtype=np.bool_)
    while True:
        demand = np.bincount(opportunities[live], minlength=len(problem.allowed))
        binding = live & (problem.allowed[opportunities] < demand[opportunities])
        fallback = _best_pair_per_survivor(
            np.flatnonzero(live & ~binding), problem=problem, size=n_survivors
        )
        # -1 where there is no fallback, so that no pair is dropped for it.
        fallback_fit = _fits_of(problem, pairs=fallback, default=-1.0)
        # Equal fit: the fallback is as good and leaves the seat to someone else.
        useless = binding & (fits <= fallback_fit[survivors])
        if not useless.any():
            return fallback, binding
        live &= ~useless


def _best_pair_per_survivor(pairs: IntArray, *, problem: RoundProblem, size: int) -> IntArray:
    """Each survivor's best pair among ``pairs`` (ties: smaller opportunity id), or ``_NONE``."""
    best = np.full(size, _NONE, dtype=np.int64)
    if pairs.size == 0:
        return best
    survivors = problem.pair_survivor[pairs]
    ranked = pairs[
        np.lexsort((problem.pair_opportunity[pairs], -problem.pair_fit[pairs], survivors))
    ]
    ranked_survivors = problem.pair_survivor[ranked]
    first = np.ones(len(ranked), dtype=np.bool_)
    first[1:] = ranked_survivors[1:] != ranked_survivors[:-1]
    best[ranked_survivors[first]] = ranked[first]
    return best


def _fits_of(problem: RoundProblem, *, pairs: IntArray, default: float) -> FloatArray:
    """The fit of each pair number, ``default`` where it is ``_NONE``."""
    fits = np.full(len(pairs), default, dtype=np.float64)
    known = pairs != _NONE
    fits[known] = problem.pair_fit[pairs[known]]
    return fits


def _solve_by_slot_matching(
    problem: RoundProblem, *, pairs: IntArray, fallback: IntArray
) -> IntArray:
    """Step 2: the binding pairs picked by LAPJVsp on survivors x proposal slots.

    Every pair is worth its gain over the survivor's fallback (never negative: `_reduce`
    dropped the pairs below it), so leaving a survivor or a slot unmatched is worth zero, and
    each row gets a private zero-gain column so that a full matching always exists. The
    smaller side becomes the rows: measured, LAPJVsp spends most of its time on rows that end
    on their private column, and with fewer rows than the other side there are fewer of them
    (8,000 openings for 10,000 survivors: 2 s of CPU with slots as rows, 9 s with survivors).
    """
    if pairs.size == 0:
        return pairs
    survivors_in_play, survivor_of_pair = np.unique(
        problem.pair_survivor[pairs], return_inverse=True
    )
    opportunities = problem.pair_opportunity[pairs]
    in_play = np.zeros(len(problem.allowed), dtype=np.bool_)
    in_play[opportunities] = True
    slots_of = np.where(in_play, problem.allowed, 0)
    first_slot = np.concatenate(([0], np.cumsum(slots_of)))
    n_survivors, n_slots = len(survivors_in_play), int(first_slot[-1])

    slots_are_rows = n_slots < n_survivors
    n_rows, n_columns = (n_slots, n_survivors) if slots_are_rows else (n_survivors, n_slots)

    # One edge per pair and slot of its opportunity (all slots of an opportunity are alike),
    # then one private edge per row. Filled in place in 32-bit indices: at 8 million edges
    # every byte per edge is 8 MB.
    repeats = problem.allowed[opportunities]
    n_edges = int(repeats.sum())
    row_of = np.empty(n_edges + n_rows, dtype=np.int32)
    column_of = np.empty(n_edges + n_rows, dtype=np.int32)
    cost_of = np.empty(n_edges + n_rows, dtype=np.float64)
    slot_of, survivor_of = (row_of, column_of) if slots_are_rows else (column_of, row_of)
    # The k-th edge of a pair goes to the k-th slot of its opportunity.
    before = np.cumsum(repeats) - repeats
    slot_of[:n_edges] = np.arange(n_edges, dtype=np.int32)
    slot_of[:n_edges] += np.repeat((first_slot[opportunities] - before).astype(np.int32), repeats)
    survivor_of[:n_edges] = np.repeat(survivor_of_pair.astype(np.int32), repeats)
    gains = problem.pair_fit[pairs] - _fits_of(
        problem, pairs=fallback[problem.pair_survivor[pairs]], default=0.0
    )
    cost_of[:n_edges] = np.repeat(_COST_BASE - gains, repeats)
    row_of[n_edges:] = np.arange(n_rows, dtype=np.int32)
    column_of[n_edges:] = n_columns + row_of[n_edges:]
    cost_of[n_edges:] = _COST_BASE
    graph = csr_array((cost_of, (row_of, column_of)), shape=(n_rows, n_columns + n_rows))
    del row_of, column_of, cost_of, slot_of, survivor_of
    matched_rows, matched_columns = min_weight_full_bipartite_matching(graph)
    real = np.asarray(matched_columns) < n_columns
    matched_rows = np.asarray(matched_rows)[real]
    matched_columns = np.asarray(matched_columns)[real]
    survivor_rows, slots = (
        (matched_columns, matched_rows) if slots_are_rows else (matched_rows, matched_columns)
    )
    slot_owner = np.repeat(np.arange(len(problem.allowed)), slots_of)
    return _pairs_of(
        problem,
        pairs=pairs,
        survivors=survivors_in_play[survivor_rows],
        opportunities=slot_owner[slots],
    )


def _solve_by_network_lp(problem: RoundProblem, *, pairs: IntArray, fallback: IntArray) -> IntArray:
    """Step 3: the binding pairs picked by the LP, each worth its fit above the fallback."""
    if pairs.size == 0:
        return pairs
    survivors = problem.pair_survivor[pairs]
    opportunities = problem.pair_opportunity[pairs]
    row_survivors, survivor_rows = np.unique(survivors, return_inverse=True)
    column_opportunities, opportunity_rows = np.unique(opportunities, return_inverse=True)
    n_pairs = len(pairs)
    columns = np.arange(n_pairs)
    constraints = csr_array(
        (
            np.ones(2 * n_pairs),
            (
                np.concatenate((survivor_rows, len(row_survivors) + opportunity_rows)),
                np.concatenate((columns, columns)),
            ),
        ),
        shape=(len(row_survivors) + len(column_opportunities), n_pairs),
    )
    limits = np.concatenate(
        (np.ones(len(row_survivors)), problem.allowed[column_opportunities].astype(np.float64))
    )
    gains = problem.pair_fit[pairs] - _fits_of(problem, pairs=fallback[survivors], default=0.0)
    solution = linprog(
        -gains,
        A_ub=constraints,
        b_ub=limits,
        bounds=(0.0, 1.0),
        method="highs-ds",
        options={"primal_feasibility_tolerance": 1e-9, "dual_feasibility_tolerance": 1e-9},
    )
    if solution.status != 0 or solution.x is None:
        raise RoundSolverFailed(f"the network LP did not solve: {solution.message}")
    values = np.asarray(solution.x, dtype=np.float64)
    if np.abs(values - np.round(values)).max() > _INTEGRALITY_TOLERANCE:
        raise RoundSolverFailed("the network LP returned a fractional solution")
    picked = values > 0.5
    return pairs[picked]


def _pairs_of(
    problem: RoundProblem, *, pairs: IntArray, survivors: IntArray, opportunities: IntArray
) -> IntArray:
    """Pair numbers of (survivor, opportunity) combinations known to be among ``pairs``."""
    width = len(problem.allowed)
    keys = problem.pair_survivor[pairs] * width + problem.pair_opportunity[pairs]
    # Pairs are sorted by survivor then opportunity, so their keys are sorted too.
    return pairs[np.searchsorted(keys, survivors * width + opportunities)]


def _fill_free_room(problem: RoundProblem, *, chosen: IntArray) -> None:
    """Give survivors left out an opportunity that still has room (only zero-fit ties)."""
    waiting = np.flatnonzero(chosen == _NONE)
    if waiting.size == 0 or problem.pair_fit.size == 0:
        return
    taken = np.bincount(
        problem.pair_opportunity[chosen[chosen != _NONE]], minlength=len(problem.allowed)
    )
    room = problem.allowed - taken
    waiting_pairs = np.flatnonzero(np.isin(problem.pair_survivor, waiting))
    ranked = waiting_pairs[
        np.lexsort(
            (
                problem.pair_opportunity[waiting_pairs],
                -problem.pair_fit[waiting_pairs],
                problem.pair_survivor[waiting_pairs],
            )
        )
    ]
    pair_survivor = problem.pair_survivor[ranked].tolist()
    pair_opportunity = problem.pair_opportunity[ranked].tolist()
    for pair, survivor, opportunity in zip(
        ranked.tolist(), pair_survivor, pair_opportunity, strict=True
    ):
        if chosen[survivor] == _NONE and room[opportunity] > 0:
            chosen[survivor] = pair
            room[opportunity] -= 1


def _assignment(
    problem: RoundProblem, *, chosen_pair: IntArray, method: AssignmentMethod
) -> RoundAssignment:
    proposals: dict[str, str] = {}
    unassigned: dict[str, UnassignedReason] = {}
    fits: list[float] = []
    for survivor, pair in enumerate(chosen_pair.tolist()):
        survivor_id = problem.survivor_ids[survivor]
        if pair != _NONE:
            proposals[survivor_id] = problem.opportunity_ids[int(problem.pair_opportunity[pair])]
            fits.append(float(problem.pair_fit[pair]))
        else:
            unassigned[survivor_id] = problem.ineligible.get(
                survivor_id, UnassignedReason.CAPACITY_TAKEN
            )
    return RoundAssignment(
        method=method,
        proposals=MappingProxyType(proposals),
        total_fit=math.fsum(fits),
        unassigned=MappingProxyType(unassigned),
    )
