"""Group formation: no proposal ever breaks a hard rule, over random and adversarial pools."""

from __future__ import annotations

from dataclasses import replace

from hypothesis import given, settings
from hypothesis import strategies as st

from peer_groups.domain.formation import GroupRequest, form_groups
from peer_groups.domain.pool import PoolMember
from peer_groups.domain.rules import Exclusion, FormationPolicy, violations
from peer_groups.domain.values import GroupFocus, Modality, ReadinessStage, WeeklySlot
from tests.support.examples import examples
from tests.unit.peer_groups.strategies import group_settings, pools
from tests.unit.peer_groups.test_rules import person
from tests.unit.peer_groups.test_rules import settings as group_with

POLICY = FormationPolicy()


@st.composite
def scenarios(draw: st.DrawFn) -> tuple[list[GroupRequest], list[PoolMember], set[str], int]:
    pool = draw(pools())
    requests = []
    taken: set[str] = set()
    for i in range(draw(st.integers(1, 5))):
        group = draw(group_settings())
        # Sometimes a group already has members (locked, invited, joined) who fit it.
        fixed: list[PoolMember] = []
        for member in pool:
            if (
                member.survivor_id not in taken
                and len(fixed) < group.max_size // 2
                and not violations([*fixed, member], group, policy=POLICY, check_size=False)
                and draw(st.integers(0, 9)) == 0
            ):
                fixed.append(member)
                taken.add(member.survivor_id)
        requests.append(GroupRequest(f"grp_{i}", group, tuple(fixed)))
    committed = {m.survivor_id for m in pool if draw(st.integers(0, 19)) == 0} - taken
    return requests, pool, committed, draw(st.integers(0, 2**31))


@settings(max_examples=examples(300))
@given(scenarios())
def test_no_proposal_ever_breaks_a_hard_rule(
    scenario: tuple[list[GroupRequest], list[PoolMember], set[str], int],
) -> None:
    requests, pool, committed, seed = scenario
    formation = form_groups(requests, pool, seed=seed, committed_elsewhere=committed)
    placed: list[str] = []
    for request, proposal in zip(requests, formation.proposals, strict=True):
        assert proposal.group_id == request.group_id
        # The fixed members stay, first.
        assert proposal.members[: len(request.fixed)] == request.fixed
        if not proposal.feasible:
            assert proposal.members == request.fixed
            continue
        members = list(proposal.members)
        assert (
            violations(members, request.settings, policy=POLICY, committed_elsewhere=committed)
            == []
        )
        assert request.settings.min_size <= len(members) <= request.settings.max_size
        placed += [m.survivor_id for m in members]
    # Nobody is proposed for two groups.
    assert len(placed) == len(set(placed))
    # Everyone open to groups and not placed is told why; nobody else is mentioned.
    open_ids = {m.survivor_id for m in pool if m.open_to_groups}
    fixed_ids = {m.survivor_id for r in requests for m in r.fixed}
    assert set(formation.left_out) == open_ids - set(placed) - fixed_ids
    for survivor_id in committed & set(formation.left_out):
        assert formation.left_out[survivor_id] is Exclusion.ALREADY_IN_GROUP


@settings(max_examples=60)
@given(scenarios())
def test_formation_is_deterministic_for_a_seed(
    scenario: tuple[list[GroupRequest], list[PoolMember], set[str], int],
) -> None:
    requests, pool, committed, seed = scenario
    first = form_groups(requests, pool, seed=seed, committed_elsewhere=committed)
    again = form_groups(requests, list(pool), seed=seed, committed_elsewhere=committed)
    assert first == again


def evening_people(count: int, **changes: object) -> list[PoolMember]:
    return [person(f"sv_{i:03d}", **changes) for i in range(count)]


def test_a_pool_dense_with_links_never_puts_linked_people_together() -> None:
    people = evening_people(30)
    # Everyone is linked to the next ten people: a tight web, as from one trafficking case.
    linked = [
        replace(p, do_not_group_with=frozenset(f"sv_{(i + k) % 30:03d}" for k in range(1, 11)))
        for i, p in enumerate(people)
    ]
    requests = [GroupRequest(f"grp_{i}", group_with(min_size=2, max_size=4)) for i in range(5)]
    formation = form_groups(requests, linked, seed=1)
    assert any(p.feasible for p in formation.proposals)
    for proposal in formation.proposals:
        ids = {m.survivor_id for m in proposal.members}
        for member in proposal.members:
            assert not member.do_not_group_with & ids


def test_minors_and_adults_end_up_in_separate_groups() -> None:
    minors = [person(f"mn_{i}", age_band="15-17", minor=True) for i in range(4)]
    adults = evening_people(4)
    requests = [GroupRequest(f"grp_{i}", group_with(min_size=3, max_size=5)) for i in range(2)]
    formation = form_groups(requests, minors + adults, seed=7)
    assert all(p.feasible for p in formation.proposals)
    for proposal in formation.proposals:
        assert len({m.minor for m in proposal.members}) == 1


def test_a_rare_language_group_gets_its_speakers_and_says_who_is_missing() -> None:
    shan = [person(f"sn_{i}", languages=frozenset({"shn"})) for i in range(3)]
    formation = form_groups(
        [GroupRequest("grp_shan", group_with(languages=frozenset({"shn"}), min_size=3))],
        shan + evening_people(5),
        seed=0,
    )
    (proposal,) = formation.proposals
    assert proposal.feasible
    assert {m.survivor_id for m in proposal.members} == {"sn_0", "sn_1", "sn_2"}
    assert set(formation.left_out.values()) == {Exclusion.NO_SHARED_LANGUAGE}


def test_a_group_that_cannot_reach_its_minimum_is_not_proposed() -> None:
    formation = form_groups(
        [GroupRequest("grp", group_with(min_size=5))], evening_people(3), seed=0
    )
    (proposal,) = formation.proposals
    assert not proposal.feasible
    assert proposal.reason is Exclusion.GROUP_TOO_SMALL
    assert set(formation.left_out.values()) == {Exclusion.GROUP_TOO_SMALL}


def test_left_out_people_hear_the_rule_that_kept_them_out() -> None:
    pool = [
        *evening_people(3),
        person("far", district="Chiang Rai"),
        person("busy", availability=(WeeklySlot(1, 9 * 60, 60),)),
        person("no_consent", peer_group_consent=False),
        person("stabilising", readiness=ReadinessStage.STABILISING),
    ]
    formation = form_groups([GroupRequest("grp", group_with(max_size=3))], pool, seed=0)
    assert formation.left_out == {
        "far": Exclusion.NOT_IN_DISTRICT,
        "busy": Exclusion.NO_SLOT_OVERLAP,
    }  # those not open to groups are not even named to the facilitator


def test_a_group_finds_the_people_of_its_district_however_each_side_typed_it() -> None:
    """Formation buckets the pool by place: a district typed "Mae Sot" for survivors and
    "MAE-SOT" for the group is one bucket, and "Chiang Rai" another."""
    pool = [person(f"ms_{i}", district=d) for i, d in enumerate(["Mae Sot", "mae sot", "Mae  Sot"])]
    pool.append(person("far", district="Chiang Rai"))
    formation = form_groups(
        [GroupRequest("grp", group_with(district="MAE-SOT", min_size=3))], pool, seed=0
    )
    (proposal,) = formation.proposals
    assert proposal.feasible
    assert {m.survivor_id for m in proposal.members} == {"ms_0", "ms_1", "ms_2"}
    assert formation.left_out == {"far": Exclusion.NOT_IN_DISTRICT}


def test_people_the_facilitator_removed_are_not_proposed_again() -> None:
    people = evening_people(4)
    request = GroupRequest(
        "grp", group_with(min_size=2, max_size=4), excluded=frozenset({"sv_000"})
    )
    (proposal,) = form_groups([request], people, seed=0).proposals
    assert "sv_000" not in {m.survivor_id for m in proposal.members}
    assert len(proposal.members) == 3


def test_groups_gather_people_who_share_interests() -> None:
    cooks = [person(f"ck_{i}", interests=frozenset({"cooking", "baking"})) for i in range(4)]
    mechanics = [
        person(f"mc_{i}", interests=frozenset({"motorbike_repair", "welding"})) for i in range(4)
    ]
    requests = [GroupRequest(f"grp_{i}", group_with(min_size=4, max_size=4)) for i in range(2)]
    formation = form_groups(requests, cooks + mechanics, seed=3)
    kinds = sorted(
        "".join(sorted({m.survivor_id[:2] for m in p.members})) for p in formation.proposals
    )
    assert kinds == ["ck", "mc"]
    for proposal in formation.proposals:
        assert proposal.cohesion > 0.9
        assert any(s.startswith("interest:") for s in proposal.shared)


def test_women_only_groups_take_only_those_who_chose_them() -> None:
    chose = [person(f"w_{i}", focuses=frozenset({GroupFocus.WOMEN_ONLY})) for i in range(3)]
    formation = form_groups(
        [GroupRequest("grp", group_with(focus=GroupFocus.WOMEN_ONLY, min_size=3))],
        chose + evening_people(3),
        seed=0,
    )
    (proposal,) = formation.proposals
    assert {m.survivor_id for m in proposal.members} == {"w_0", "w_1", "w_2"}
    assert set(formation.left_out.values()) == {Exclusion.FOCUS_NOT_CHOSEN}


def test_online_groups_mix_districts() -> None:
    pool = [person(f"sv_{i}", district=d) for i, d in enumerate(("A", "B", "C"))]
    online = group_with(modality=Modality.ONLINE, country="", district="", min_size=3)
    (proposal,) = form_groups([GroupRequest("grp", online)], pool, seed=0).proposals
    assert proposal.feasible
    assert len(proposal.members) == 3
