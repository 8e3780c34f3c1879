"""Settings groups need (several focuses, adults only, exact ages for minors) and a group
that falls below its minimum saying so."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

from peer_groups.domain.formation import GroupRequest, form_groups
from peer_groups.domain.group import Group, ProposedMember
from peer_groups.domain.rules import Exclusion, FormationPolicy, why_not_eligible, why_not_together
from peer_groups.domain.values import GroupFocus, GroupStatus, MemberState
from tests.unit.peer_groups.test_rules import person
from tests.unit.peer_groups.test_rules import settings as group_with

POLICY = FormationPolicy()  # minors within 3 years of each other
YOUTH, LABOUR, WOMEN = GroupFocus.YOUTH, GroupFocus.LABOUR_TRAFFICKING, GroupFocus.WOMEN_ONLY
NOW = datetime(2026, 12, 1, 12, tzinfo=UTC)


def test_a_youth_group_for_labour_trafficking_survivors_needs_both_chosen() -> None:
    group = group_with(focus=YOUTH, focuses=frozenset({LABOUR}))
    young = {"age_band": "18-24"}
    both = person("sv_1", focuses=frozenset({YOUTH, LABOUR}), **young)
    youth_only = person("sv_2", focuses=frozenset({YOUTH}), **young)
    labour_only = person("sv_3", focuses=frozenset({LABOUR}), **young)
    assert why_not_eligible(both, group, policy=POLICY) is None
    assert why_not_eligible(youth_only, group, policy=POLICY) is Exclusion.FOCUS_NOT_CHOSEN
    assert why_not_eligible(labour_only, group, policy=POLICY) is Exclusion.FOCUS_NOT_CHOSEN


def test_focuses_alone_name_the_group_focus_too() -> None:
    group = group_with(focuses=frozenset({WOMEN, LABOUR}))
    assert group.required_focuses == {WOMEN, LABOUR}
    assert group == group_with(focus=LABOUR, focuses=frozenset({WOMEN}))


def test_an_adults_only_group_is_never_filled_with_minors() -> None:
    minors = [person(f"mn_{i}", age_band="15-17", minor=True, age_years=16) for i in range(6)]
    adults = [person(f"ad_{i}") for i in range(2)]
    requests = [
        GroupRequest(f"grp_{i}", group_with(adults_only=True, min_size=2, max_size=6))
        for i in range(2)
    ]
    formation = form_groups(requests, minors + adults, seed=3)
    proposed = [m for p in formation.proposals if p.feasible for m in p.members]
    assert proposed
    assert not any(m.minor for m in proposed)
    assert all(formation.left_out[m.survivor_id] is Exclusion.AGE_RULE for m in minors)


def test_exact_ages_let_the_age_spread_rule_act_within_the_minors_band() -> None:
    # A spread of at most one year: by band alone ("15-17") any two minors are 2 years
    # apart, so none could ever share a group; by exact age 15 and 16 may, 15 and 17 not.
    tight = FormationPolicy(max_minor_age_spread=1)
    fifteen = person("mn_15", age_band="15-17", minor=True, age_years=15)
    sixteen = person("mn_16", age_band="15-17", minor=True, age_years=16)
    seventeen = person("mn_17", age_band="15-17", minor=True, age_years=17)
    banded = [replace(m, age_years=None) for m in (fifteen, sixteen)]
    assert why_not_together(*banded, policy=tight) is Exclusion.AGE_RULE
    assert why_not_together(fifteen, sixteen, policy=tight) is None
    assert why_not_together(fifteen, seventeen, policy=tight) is Exclusion.AGE_RULE
    formation = form_groups(
        [GroupRequest("grp_y", group_with(min_size=2, max_size=3))],
        [fifteen, seventeen, sixteen],
        policy=tight,
        seed=0,
    )
    (proposal,) = formation.proposals
    ages = sorted(m.age_years or 0 for m in proposal.members)
    assert proposal.feasible
    assert len(ages) == 2
    assert ages[-1] - ages[0] <= 1


def _status(group: Group) -> GroupStatus:
    """Read afresh after each step (a type checker would keep the status an assert saw)."""
    return group.status


def _active_group(joined: int, *, min_size: int) -> Group:
    group = Group.form(
        group_id="grp_1",
        organisation_id="org_peer",
        facilitator_id="usr_f",
        settings=group_with(min_size=min_size, max_size=8),
        now=NOW,
    )
    group.accept_proposal([proposed(i) for i in range(joined)], now=NOW)
    group.publish(now=NOW)
    for i in range(joined):
        group.record_answer(f"sv_{i}", joined=True, now=NOW)
    return group


def test_a_group_falling_below_its_minimum_says_so_and_recovers_at_the_minimum() -> None:
    group = _active_group(6, min_size=6)
    assert _status(group) is GroupStatus.ACTIVE
    # Three go: one leaves, one withdraws their consent, one is erased.
    group.leave("sv_0", now=NOW)
    group.withdraw("sv_1", now=NOW)
    group.forget("sv_2")
    assert sum(m.state is MemberState.JOINED for m in group.members) == 3
    assert _status(group) is GroupStatus.BELOW_MINIMUM
    # Invite three more; once they join the group is active again.
    group.accept_proposal([proposed(i) for i in range(10, 13)], now=NOW)
    group.publish(now=NOW)
    for i in range(10, 13):
        group.record_answer(f"sv_{i}", joined=True, now=NOW)
    assert _status(group) is GroupStatus.ACTIVE


def proposed(i: int) -> ProposedMember:
    return ProposedMember(f"sv_{i}", "org_ngo", f"P-{i}")
