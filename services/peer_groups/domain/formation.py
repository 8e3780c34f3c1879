"""Group formation: member proposals for several groups at once, under every hard rule.

The approach is *seeded construction, repaired and improved by local search*:

1. Each group's candidates are the pool members who pass every rule about one person and
   the group (``rules.why_not_eligible``); language and place buckets keep this cheap.
2. Construction, round-robin over the groups so none starves: every group first grows to
   its minimum size, then to its maximum. An empty group starts from a typical candidate
   (high mean similarity to the others) unlike the groups started before it (the seeding
   idea of k-means++, so groups drawing on the same people grow around different
   interests); after that it takes the candidate
   with the highest gain in cohesion who breaks no rule with the members so far (links in
   either direction, minors and adults, minors' age spread, one common language).
3. Repair: a group that cannot reach its minimum gives its people back and is reported as
   not feasible; the others get a second chance at them.
4. Local search: each proposed member is swapped for a free candidate who fits the rest of
   the group better, while every rule still holds.
5. Every proposal is checked once more with ``rules.violations``; a group that fails (which
   would be a bug) is withdrawn rather than proposed.

Deterministic for a given seed: the seed only breaks near-ties, through a tiny jitter
(so asking again with another seed may offer an equally good alternative).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass, field, replace

import numpy as np
from numpy.typing import NDArray

from peer_groups.domain.cohesion import CohesionWeights, MemberFeatures, describe_shared, featurise
from peer_groups.domain.group import GroupSettings
from peer_groups.domain.pool import PoolMember
from peer_groups.domain.rules import (
    Exclusion,
    FormationPolicy,
    as_told,
    common_languages,
    violations,
    why_not_eligible,
)
from peer_groups.domain.values import Modality

__all__ = ["Formation", "GroupRequest", "Proposal", "form_groups"]

#: Checking a left-out person against at most this many groups is enough to say why.
_REASON_GROUP_LIMIT = 64
#: Unary exclusions ordered from "far from fitting" to "nearly fitting".
_DEPTH = {
    reason: depth
    for depth, reason in enumerate(
        (
            Exclusion.NO_SHARED_LANGUAGE,
            Exclusion.NOT_IN_DISTRICT,
            Exclusion.AGE_RULE,
            Exclusion.NO_SLOT_OVERLAP,
            Exclusion.FOCUS_NOT_CHOSEN,
        )
    )
}


#: Starts a failed group gets in its second chance (its best free candidates, in turn).
_RESTARTS = 16


@dataclass(frozen=True, slots=True)
class GroupRequest:
    """A group to propose members for; ``fixed`` members (locked, invited, joined) stay."""

    group_id: str
    settings: GroupSettings
    fixed: tuple[PoolMember, ...] = ()
    #: Survivor ids the facilitator took out of this group: not proposed for it again.
    excluded: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class Proposal:
    group_id: str
    members: tuple[PoolMember, ...]  # fixed members first, then the proposed ones
    cohesion: float
    shared: tuple[str, ...]
    feasible: bool
    reason: Exclusion | None = None


@dataclass(frozen=True, slots=True)
class Formation:
    proposals: tuple[Proposal, ...]
    #: Everyone open to groups who is in no proposal, with the reason (by survivor id).
    left_out: dict[str, Exclusion]
    #: Those of them eligible for some requested group (``rules.as_told``).
    eligible: frozenset[str] = frozenset()


@dataclass(slots=True)
class _Building:
    request: GroupRequest
    #: The settings without the title: groups with equal keys admit the same people.
    key: GroupSettings
    candidates: NDArray[np.int64]
    centrality: NDArray[np.float64]
    #: For each candidate, the summed interest similarity to the group's members so far.
    similarity: NDArray[np.float64] = field(default_factory=lambda: np.zeros(0))
    stage_sum: float = 0.0
    rows: list[int] = field(default_factory=list)
    fixed_rows: list[int] = field(default_factory=list)
    outside_fixed: list[PoolMember] = field(default_factory=list)  # fixed, not in the pool
    feasible: bool = True

    @property
    def size(self) -> int:
        return len(self.rows) + len(self.outside_fixed)

    @property
    def reachable(self) -> int:
        """The most people this group could hold if it were asked for alone."""
        return min(self.request.settings.max_size, self.candidates.size + len(self.request.fixed))


class _Former:
    def __init__(
        self,
        requests: Sequence[GroupRequest],
        pool: Sequence[PoolMember],
        *,
        policy: FormationPolicy,
        weights: CohesionWeights,
        seed: int,
        committed_elsewhere: Collection[str],
    ) -> None:
        self.policy = policy
        self.committed = frozenset(committed_elsewhere)
        fixed_ids = {m.survivor_id for r in requests for m in r.fixed}
        seen: set[str] = set()
        members: list[PoolMember] = []
        for member in pool:
            if member.survivor_id in seen or not member.open_to_groups:
                continue
            seen.add(member.survivor_id)
            members.append(member)
        self.members = members
        self.row_of = {m.survivor_id: i for i, m in enumerate(members)}
        self.features: MemberFeatures = featurise(members, weights)
        self.weights = weights
        jitter_rng = np.random.default_rng(seed)
        self.jitter = jitter_rng.random(len(members)) * 1e-6
        self.taken = np.zeros(len(members), dtype=bool)
        #: How close each person is to a group's first member: seeds are kept apart so that
        #: groups drawing on the same people grow around different interests.
        self.seed_similarity = np.zeros(len(members), dtype=np.float64)
        self.minor = np.array([m.minor for m in members], dtype=bool)
        ages = [m.age for m in members]
        self.age_low = np.array([a.lowest for a in ages], dtype=np.int64)
        self.age_high = np.array([a.highest for a in ages], dtype=np.int64)
        self._by_language: dict[str, list[int]] = defaultdict(list)
        self._by_place: dict[tuple[str, str], set[int]] = defaultdict(set)
        for i, member in enumerate(members):
            for language in member.languages:
                self._by_language[language].append(i)
            self._by_place[member.place].add(i)
        self._eligible: dict[GroupSettings, tuple[NDArray[np.int64], NDArray[np.float64]]] = {}
        self._by_concept = self.features.sparse_interests.tocsc()
        self.groups = [self._prepare(request, fixed_ids) for request in requests]

    # -- candidates --------------------------------------------------------------------------

    def _prepare(self, request: GroupRequest, fixed_ids: set[str]) -> _Building:
        settings = request.settings
        # Groups often share settings (a programme runs several alike): check people once.
        key = replace(settings, title="")
        cached = self._eligible.get(key)
        if cached is None:
            eligible = np.array(
                [
                    i
                    for i in self._bucket(settings)
                    if why_not_eligible(
                        self.members[i],
                        settings,
                        policy=self.policy,
                        committed_elsewhere=self.committed,
                    )
                    is None
                ],
                dtype=np.int64,
            )
            vectors = self.features.sparse_interests[eligible]
            total = np.asarray(vectors.sum(axis=0)).ravel()
            centrality = np.asarray(vectors @ total, dtype=np.float64) / max(1, eligible.size)
            cached = self._eligible[key] = (eligible, centrality)
        eligible, centrality = cached
        dropped = [self.row_of[i] for i in (*fixed_ids, *request.excluded) if i in self.row_of]
        keep = np.isin(eligible, np.array(dropped, dtype=np.int64), invert=True)
        candidates = eligible[keep] if eligible.size else eligible
        building = _Building(
            request=request,
            key=key,
            candidates=candidates,
            centrality=centrality[keep] if eligible.size else centrality,
            similarity=np.zeros(candidates.size),
        )
        for member in request.fixed:
            row = self.row_of.get(member.survivor_id)
            if row is None:
                building.outside_fixed.append(member)
            else:
                self._add(building, row)
                building.fixed_rows.append(row)
        return building

    def _bucket(self, settings: GroupSettings) -> list[int]:
        rows = {i for language in settings.languages for i in self._by_language.get(language, ())}
        if settings.modality is Modality.IN_PERSON:
            rows &= self._by_place.get(settings.place, set())
        return sorted(rows)

    # -- the rules about people together -------------------------------------------------------

    def _people(self, group: _Building, *, without: int | None = None) -> list[PoolMember]:
        people = [self.members[r] for r in group.rows if r != without]
        return people + group.outside_fixed

    def _fits(self, group: _Building, row: int, *, without: int | None = None) -> bool:
        """Can this person join the group (minus ``without``) without breaking a rule?"""
        return self._conflict(group, row, without=without) is None

    def _conflict(
        self, group: _Building, row: int, *, without: int | None = None
    ) -> Exclusion | None:
        """The rule this person would break with the group's people (minus ``without``)."""
        candidate = self.members[row]
        others = self._people(group, without=without)
        for other in others:
            if (
                candidate.survivor_id in other.do_not_group_with
                or other.survivor_id in candidate.do_not_group_with
            ):
                return Exclusion.EXCLUDED_BY_LINK
            if other.minor != candidate.minor:
                return Exclusion.AGE_RULE
            if other.alias == candidate.alias:
                return Exclusion.SAME_ALIAS
        if candidate.minor and others:
            low = min(self.age_low[row], *(o.age.lowest for o in others))
            high = max(self.age_high[row], *(o.age.highest for o in others))
            if high - low > self.policy.max_minor_age_spread:
                return Exclusion.AGE_RULE
        if not common_languages([*others, candidate], group.request.settings):
            return Exclusion.NO_COMMON_LANGUAGE_WITH_MEMBERS
        return None

    # -- construction --------------------------------------------------------------------------

    def _similarities(self, row: int) -> NDArray[np.float64]:
        """Interest similarity of everyone to one person, through the few concepts they hold."""
        sparse, by_concept = self.features.sparse_interests, self._by_concept
        similarity = np.zeros(len(self.members))
        for k in range(sparse.indptr[row], sparse.indptr[row + 1]):
            concept, weight = sparse.indices[k], float(sparse.data[k])
            lo, hi = by_concept.indptr[concept], by_concept.indptr[concept + 1]
            similarity[by_concept.indices[lo:hi]] += weight * by_concept.data[lo:hi]
        return similarity

    def _add(self, group: _Building, row: int) -> None:
        similarity = self._similarities(row)[group.candidates]
        if not group.rows and group.candidates.size:
            # Seeds apart: the next groups drawing on these people start elsewhere.
            self.seed_similarity[group.candidates] = np.maximum(
                self.seed_similarity[group.candidates], similarity
            )
        group.similarity += similarity
        group.stage_sum += float(self.features.stage[row])
        group.rows.append(row)
        self.taken[row] = True

    def _remove(self, group: _Building, row: int) -> None:
        group.similarity -= self._similarities(row)[group.candidates]
        group.stage_sum -= float(self.features.stage[row])
        group.rows.remove(row)
        self.taken[row] = False

    def _gains(
        self,
        group: _Building,
        positions: NDArray[np.int64],
        *,
        similarity: NDArray[np.float64] | None = None,
        count: int | None = None,
        stage_sum: float | None = None,
    ) -> NDArray[np.float64]:
        """What each candidate (by position in the group's list) would add to the group."""
        rows = group.candidates[positions]
        count = len(group.rows) if count is None else count
        if count == 0:
            typical = group.centrality[positions] - self.seed_similarity[rows]
            return np.asarray(typical + self.jitter[rows], dtype=np.float64)
        summed = group.similarity if similarity is None else similarity
        stage_mean = (group.stage_sum if stage_sum is None else stage_sum) / count
        interest = summed[positions] / count
        stage = 1.0 - np.abs(self.features.stage[rows] - stage_mean)
        gains = self.weights.interests * interest + self.weights.stage * stage
        return np.asarray(gains + self.jitter[rows], dtype=np.float64)

    def _free_positions(self, group: _Building) -> NDArray[np.int64]:
        return np.flatnonzero(~self.taken[group.candidates])

    def _best(self, group: _Building) -> int | None:
        free = self._free_positions(group)
        if free.size == 0:
            return None
        gains = self._gains(group, free)
        # Most often one of the best few fits; sort everything only when none does.
        top = min(free.size, 32)
        head = np.argpartition(-gains, top - 1)[:top] if free.size > top else np.arange(top)
        for order in (
            head[np.argsort(-gains[head], kind="stable")],
            np.argsort(-gains, kind="stable"),
        ):
            for i in order:
                row = int(group.candidates[free[i]])
                if self._fits(group, row):
                    return row
        return None

    def _grow(self, groups: list[_Building], *, target: str) -> None:
        growing = [g for g in groups if g.feasible]
        while growing:
            still = []
            for group in growing:
                limit = getattr(group.request.settings, target)
                if group.size >= limit:
                    continue
                row = self._best(group)
                if row is None:
                    continue
                self._add(group, row)
                if group.size < limit:
                    still.append(group)
            growing = still

    def _release_small(self, groups: list[_Building]) -> list[_Building]:
        failed = []
        for group in groups:
            if group.feasible and group.size < group.request.settings.min_size:
                for row in [r for r in group.rows if r not in group.fixed_rows]:
                    self._remove(group, row)
                failed.append(group)
        return failed

    def construct(self) -> None:
        # The most constrained groups choose first; the seed only breaks ties.
        order = sorted(
            range(len(self.groups)),
            key=lambda i: (self.groups[i].candidates.size, self.groups[i].request.group_id),
        )
        groups = [self.groups[i] for i in order]
        self._grow(groups, target="min_size")
        failed = self._release_small(groups)
        # Second chance at what is free now, including what the others gave back: one group
        # at a time, so that groups competing for too few people do not all fail together
        # (two adults and a minor asked for two "any" groups and a youth group: round-robin
        # gave each one person and formed none; one at a time forms the two adults).
        for group in failed:
            if not self._second_chance(group):
                group.feasible = False
        self._grow(groups, target="max_size")

    def _second_chance(self, group: _Building) -> bool:
        """Grow a group that failed to reach its minimum, alone, from what is free now; if
        its greedy start fails again, start it from each of its best few free candidates in
        turn. Why: the first member decides who else fits (a minor first in an "any" group
        keeps every adult out), and greedy growth always starts from the same person."""
        self._grow([group], target="min_size")
        if not self._release_small([group]):
            return True
        free = self._free_positions(group)
        if free.size == 0:
            return False
        gains = self._gains(group, free)
        for i in np.argsort(-gains, kind="stable")[:_RESTARTS]:
            row = int(group.candidates[free[i]])
            if self.taken[row] or not self._fits(group, row):
                continue
            self._add(group, row)
            self._grow([group], target="min_size")
            if not self._release_small([group]):
                return True
        return False

    # -- local search --------------------------------------------------------------------------

    def improve(self, passes: int = 1) -> None:
        for _ in range(passes):
            changed = False
            for group in self.groups:
                if not group.feasible:
                    continue
                for row in [r for r in group.rows if r not in group.fixed_rows]:
                    changed |= self._swap_better(group, row)
            if not changed:
                return

    def _swap_better(self, group: _Building, row: int) -> bool:
        """Swap ``row`` for a free candidate who fits the rest of the group better."""
        count = len(group.rows) - 1
        free = self._free_positions(group)
        if count == 0 or free.size == 0:
            return False
        without = group.similarity - self._similarities(row)[group.candidates]
        stage_sum = group.stage_sum - float(self.features.stage[row])
        position = np.searchsorted(group.candidates, row)
        current = float(
            self._gains(
                group, np.array([position]), similarity=without, count=count, stage_sum=stage_sum
            )[0]
        )
        gains = self._gains(group, free, similarity=without, count=count, stage_sum=stage_sum)
        better = np.flatnonzero(gains > current + 1e-9)
        # Best first; most often one of the first few fits.
        for i in better[np.argsort(-gains[better], kind="stable")]:
            candidate = int(group.candidates[free[i]])
            if self._fits(group, candidate, without=row):
                self._remove(group, row)
                self._add(group, candidate)
                return True
        return False

    # -- the answer ------------------------------------------------------------------------------

    def result(self) -> Formation:
        proposals = []
        placed: set[int] = set()
        for group in self.groups:
            settings = group.request.settings
            people = self._people(group)
            fixed_people = [self.members[r] for r in group.fixed_rows] + group.outside_fixed
            proposed = [self.members[r] for r in group.rows if r not in group.fixed_rows]
            ordered = tuple(fixed_people + proposed)
            broken = violations(
                [self.members[r] for r in group.rows if r not in group.fixed_rows] + fixed_people,
                settings,
                policy=self.policy,
                committed_elsewhere=self.committed - {m.survivor_id for m in fixed_people},
            )
            if not group.feasible or broken:
                reason = Exclusion.GROUP_TOO_SMALL if not group.feasible else broken[0].rule
                proposals.append(
                    Proposal(group.request.group_id, tuple(fixed_people), 0.0, (), False, reason)
                )
                continue
            placed.update(group.rows)
            shared = describe_shared(people, common_languages(people, settings))
            cohesion = self.features.cohesion(group.rows)
            proposals.append(
                Proposal(group.request.group_id, ordered, cohesion, tuple(shared), True)
            )
        left_out = self._left_out(placed)
        eligible = frozenset(
            self.members[row].survivor_id
            for group in self.groups
            for row in map(int, group.candidates)
            if self.members[row].survivor_id in left_out
        )
        return Formation(tuple(proposals), left_out, eligible)

    def _left_out(self, placed: set[int]) -> dict[str, Exclusion]:
        reasons: dict[str, Exclusion] = {}
        candidate_of: dict[int, list[_Building]] = defaultdict(list)
        for group in self.groups:
            for r in group.candidates:
                candidate_of[int(r)].append(group)
        # Per language, one group for each distinct settings (same settings, same answer).
        groups_by_language: dict[str, list[_Building]] = defaultdict(list)
        seen: set[tuple[str, GroupSettings]] = set()
        for group in self.groups:
            for language in sorted(group.request.settings.languages):
                if (language, group.key) not in seen:
                    seen.add((language, group.key))
                    groups_by_language[language].append(group)
        # Online groups first among the others (anyone may join them, place aside).
        for groups in groups_by_language.values():
            groups.sort(key=lambda g: g.key.modality is not Modality.ONLINE)
        self._local_groups: dict[tuple[str, str, str], list[_Building]] = defaultdict(list)
        for language, groups in groups_by_language.items():
            for group in groups:
                if group.key.modality is Modality.IN_PERSON:
                    place = (*group.key.place, language)
                    self._local_groups[place].append(group)
        fixed = {row for g in self.groups for row in g.fixed_rows}
        for row, member in enumerate(self.members):
            if row in placed or row in fixed:
                continue
            if member.survivor_id in self.committed:
                reasons[member.survivor_id] = Exclusion.ALREADY_IN_GROUP
            elif row in candidate_of:
                reasons[member.survivor_id] = self._why_not_placed(row, candidate_of[row])
            else:
                reasons[member.survivor_id] = self._closest_miss(member, groups_by_language)
        return reasons

    def _why_not_placed(self, row: int, groups: list[_Building]) -> Exclusion:
        """Eligible for some groups but in none: a rule with their people, or no room."""
        reason = Exclusion.GROUPS_FULL
        for group in groups:
            if not group.feasible:
                reason = Exclusion.GROUP_TOO_SMALL
            elif group.size < group.request.settings.max_size:
                conflict = self._conflict(group, row)
                if conflict is not None:
                    return conflict
        return reason

    def _closest_miss(
        self, member: PoolMember, groups_by_language: dict[str, list[_Building]]
    ) -> Exclusion:
        nearby: list[_Building] = []
        for language in sorted(member.languages):
            # Those meeting where the person lives first, then online, then the others.
            nearby += self._local_groups.get((*member.place, language), ())
            nearby += groups_by_language.get(language, ())[:_REASON_GROUP_LIMIT]
        if not nearby:
            return Exclusion.NO_SHARED_LANGUAGE
        best = Exclusion.NO_SHARED_LANGUAGE
        for group in nearby[:_REASON_GROUP_LIMIT]:
            reason = why_not_eligible(member, group.request.settings, policy=self.policy)
            if reason is None:
                return Exclusion.GROUPS_FULL
            if _DEPTH.get(reason, -1) > _DEPTH.get(best, -1):
                best = reason
        return best


def form_groups(
    requests: Sequence[GroupRequest],
    pool: Sequence[PoolMember],
    *,
    policy: FormationPolicy | None = None,
    weights: CohesionWeights | None = None,
    seed: int = 0,
    committed_elsewhere: Collection[str] = (),
    improvement_passes: int = 1,
) -> Formation:
    """Propose members for every requested group; see the module's docstring for how.

    ``committed_elsewhere``: survivors invited to or in another group (not proposed again).
    A survivor is proposed for at most one of the requested groups.
    """
    if len({r.group_id for r in requests}) != len(requests):
        raise ValueError("each group may be requested once")
    reachable: dict[str, int] = {}

    def form(chosen: Sequence[GroupRequest]) -> Formation:
        former = _Former(
            chosen,
            pool,
            policy=policy or FormationPolicy(),
            weights=weights or CohesionWeights(),
            seed=seed,
            committed_elsewhere=committed_elsewhere,
        )
        former.construct()
        former.improve(passes=improvement_passes)
        if not reachable:
            reachable.update({g.request.group_id: g.reachable for g in former.groups})
        return former.result()

    return _never_worse_than_alone(form(requests), requests, reachable=reachable, form=form)


def _people_formed(formation: Formation) -> int:
    return sum(len(p.members) for p in formation.proposals if p.feasible)


def _never_worse_than_alone(
    formation: Formation,
    requests: Sequence[GroupRequest],
    *,
    reachable: dict[str, int],
    form: Callable[[Sequence[GroupRequest]], Formation],
) -> Formation:
    """A joint answer forms at least as many people as any one of the groups would alone.

    Greedy construction can miss that (groups competing for few people), most often in
    small pools. A group alone can form at most ``reachable`` people (its maximum size or
    its candidates, whichever is fewer): only a group whose bound beats the joint answer is
    formed alone (so large pools, where the joint answer places far more than one group
    can hold, pay nothing). If it alone forms more, the joint formation is done again with
    that group's people fixed first, which forms at least as many as it did alone.
    """
    best = _people_formed(formation)
    by_id = {r.group_id: r for r in requests}
    for group_id in sorted(reachable, key=lambda g: (-reachable[g], g)):
        if reachable[group_id] <= best:
            break
        alone = form([by_id[group_id]])
        proposal = alone.proposals[0]
        if not proposal.feasible or len(proposal.members) <= best:
            continue
        first = replace(by_id[group_id], fixed=proposal.members)
        again = form([first if r.group_id == group_id else r for r in requests])
        if _people_formed(again) > best:
            formation, best = again, _people_formed(again)
    return formation


@dataclass(frozen=True, slots=True)
class LeftOutTold:
    """Someone in no proposal, as a facilitator is told: by alias, with ``rules.as_told``'s
    code; the survivor id stays in the service (a later read leaves out whoever has since
    been erased or withdrawn)."""

    survivor_id: str
    alias: str
    code: str


def told_left_out(
    formation: Formation, aliases: Mapping[str, str], *, limit: int
) -> tuple[list[LeftOutTold], dict[str, int]]:
    """The first ``limit`` left-out people by alias (sorted) and every one counted by code,
    each code as the facilitator is told it (``rules.as_told``)."""
    told = {
        survivor_id: as_told(reason, was_candidate=survivor_id in formation.eligible).value
        for survivor_id, reason in formation.left_out.items()
    }
    counts: dict[str, int] = {}
    for code in told.values():
        counts[code] = counts.get(code, 0) + 1
    people = sorted(
        (
            LeftOutTold(survivor_id, aliases[survivor_id], code)
            for survivor_id, code in told.items()
            if survivor_id in aliases
        ),
        key=lambda x: (x.alias, x.code),
    )[:limit]
    return people, counts
