"""Asking for several groups together never forms fewer people than asking for the best
one of them alone (found: two adults and a minor, asked for two "any" groups and a youth
group together, came back with no group at all, while one "any" group alone formed the two
adults)."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from peer_groups.domain.formation import Formation, GroupRequest, form_groups
from peer_groups.domain.pool import PoolMember
from peer_groups.domain.rules import FormationPolicy, violations
from peer_groups.domain.values import GroupFocus
from tests.support.examples import examples
from tests.unit.peer_groups.strategies import group_settings, pools
from tests.unit.peer_groups.test_rules import person
from tests.unit.peer_groups.test_rules import settings as group_with

POLICY = FormationPolicy()


def people_formed(formation: Formation) -> int:
    return sum(len(p.members) for p in formation.proposals if p.feasible)


@pytest.mark.parametrize("seed", range(40))
@pytest.mark.parametrize("ids", [("sv_a1", "sv_a2", "sv_m1"), ("sv_z1", "sv_z2", "sv_b1")])
def test_two_adults_and_a_minor_asked_for_three_groups_form_the_adults(
    seed: int, ids: tuple[str, str, str]
) -> None:
    """Whatever the seed and the ids (which decide who greedy growth starts from): seen
    through the gateway, a group started from the minor kept both adults out."""
    adults = [person(ids[0]), person(ids[1])]
    minor = person(ids[2], age_band="15-17", minor=True, focuses=frozenset({GroupFocus.YOUTH}))
    requests = [
        GroupRequest("grp_a", group_with()),
        GroupRequest("grp_b", group_with()),
        GroupRequest("grp_y", group_with(focus=GroupFocus.YOUTH)),
    ]
    formation = form_groups(requests, [*adults, minor], seed=seed)
    formed = [p for p in formation.proposals if p.feasible]
    # One group of the two adults; a minor alone is no group, and never with adults.
    assert [{m.survivor_id for m in p.members} for p in formed] == [{ids[0], ids[1]}]


@st.composite
def small_contests(draw: st.DrawFn) -> tuple[list[GroupRequest], list[PoolMember], int]:
    """Few people and several groups competing for them: where greedy joint formation
    can lose to one group alone."""
    pool = draw(pools(max_size=14))
    requests = [
        GroupRequest(f"grp_{i}", draw(group_settings())) for i in range(draw(st.integers(2, 4)))
    ]
    return requests, pool, draw(st.integers(0, 2**31))


@settings(max_examples=examples(250), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(small_contests())
def test_joint_formation_forms_at_least_as_many_as_the_best_group_alone(
    contest: tuple[list[GroupRequest], list[PoolMember], int],
) -> None:
    requests, pool, seed = contest
    joint = form_groups(requests, pool, seed=seed)
    alone = [form_groups([r], pool, seed=seed) for r in requests]
    assert people_formed(joint) >= max(people_formed(f) for f in alone)
    # And still under every rule, each person in one group at most.
    placed = [m.survivor_id for p in joint.proposals if p.feasible for m in p.members]
    assert len(placed) == len(set(placed))
    by_id = {r.group_id: r.settings for r in requests}
    for proposal in joint.proposals:
        if proposal.feasible:
            assert not violations(list(proposal.members), by_id[proposal.group_id], policy=POLICY)
