"""How much of the pool a proposal opens: enough for its seats, within a budget, never all
of a large scope (``peer_groups.domain.candidates``)."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

from peer_groups.domain.access import Caller, Role
from peer_groups.domain.candidates import (
    CANDIDATES_PER_SEAT,
    READ_AT_LEAST,
    READ_CHUNK,
    READ_PER_SEAT,
    CandidateReading,
    read_in_turn,
    reading_order,
    reading_seed,
)
from peer_groups.domain.formation import GroupRequest
from peer_groups.domain.pool import PoolMember
from peer_groups.domain.rules import FormationPolicy
from peer_groups.domain.values import GroupFocus, Modality
from peer_groups.service_layer import commands, handlers
from peer_groups.service_layer.handlers import Ports
from peer_groups.service_layer.pool_overview import pool_overview
from tests.unit.peer_groups.fakes import FakeGroups, FakePool
from tests.unit.peer_groups.test_rules import person, settings

POLICY = FormationPolicy()
FACILITATOR = Caller("usr_f", "org_ngo", Role.FACILITATOR)
NOW = datetime(2026, 12, 2, 12, tzinfo=UTC)


def people(count: int, *, prefix: str = "sv", **changes: object) -> list[PoolMember]:
    return [person(f"{prefix}_{i:06d}", **changes) for i in range(count)]


def read(members: list[PoolMember], reading: CandidateReading | None) -> list[PoolMember]:
    by_id = {m.survivor_id: m for m in members}
    return read_in_turn(by_id, lambda chunk: [by_id[i] for i in chunk], reading)


def one_group(max_size: int = 8, **changes: object) -> list[GroupRequest]:
    return [GroupRequest("grp_1", settings(max_size=max_size, **changes))]


def test_without_a_reading_everyone_asked_for_is_opened() -> None:
    everyone = people(600)
    assert len(read(everyone, None)) == 600


def test_a_small_scope_is_read_whole() -> None:
    # 30 eligible people cannot give 5 per seat of a group of 8: everyone is read.
    reading = CandidateReading(one_group(max_size=8), POLICY)
    assert len(read(people(30), reading)) == 30
    assert reading.opened == 30
    assert not reading.enough


def test_reading_stops_once_each_place_has_enough_candidates_per_seat() -> None:
    # Everyone is eligible: the first chunk already holds 5 candidates for each of 8 seats.
    reading = CandidateReading(one_group(max_size=8), POLICY)
    found = read(people(10_000), reading)
    assert reading.opened == READ_CHUNK
    assert len(found) == READ_CHUNK >= CANDIDATES_PER_SEAT * 8
    assert reading.enough


def test_only_people_eligible_for_a_group_count_towards_its_seats() -> None:
    # 1 in 50 has chosen the group's focus: 40 such candidates need about 2,000 people read.
    focused = settings(max_size=8, focus=GroupFocus.LABOUR_TRAFFICKING)
    reading = CandidateReading([GroupRequest("grp_1", focused)], POLICY)
    everyone = [
        replace(m, focuses=frozenset({GroupFocus.LABOUR_TRAFFICKING}) if i % 50 == 0 else m.focuses)
        for i, m in enumerate(people(10_000))
    ]
    read(everyone, reading)
    assert reading.opened > READ_CHUNK  # the first chunk's 5 or so were not enough


def test_a_rare_place_stops_at_the_budget_not_at_the_scope() -> None:
    # Nobody lives in the group's district: the reading opens its budget and no more.
    reading = CandidateReading(one_group(max_size=8, district="Nowhere"), POLICY)
    read(people(20_000), reading)
    assert reading.opened == READ_AT_LEAST == reading.read_at_most


def test_the_budget_grows_with_the_seats_asked_for() -> None:
    requests = [GroupRequest(f"grp_{i}", settings(max_size=10)) for i in range(100)]
    assert CandidateReading(requests, POLICY).read_at_most == READ_PER_SEAT * 1_000
    fixed = tuple(people(4, prefix="fixed"))
    held = [GroupRequest("grp_1", settings(max_size=10), fixed=fixed)]
    assert CandidateReading(held, POLICY).read_at_most == READ_AT_LEAST  # 6 open seats


def test_every_place_must_have_enough_before_reading_stops() -> None:
    requests = [
        GroupRequest("grp_a", settings(max_size=4)),
        GroupRequest("grp_b", settings(max_size=4, district="Tak")),
    ]
    reading = CandidateReading(requests, POLICY)
    # Mae Sot fills at once; Tak has 1 person in 20, so 20 candidates there take some 400.
    everyone = [
        person(f"sv_{i:06d}", district="Tak" if i % 20 == 0 else "Mae Sot") for i in range(5_000)
    ]
    found = read(everyone, reading)
    assert reading.opened > READ_CHUNK
    assert sum(m.district == "Tak" for m in found) >= CANDIDATES_PER_SEAT * 4


def test_online_groups_count_everyone_eligible_wherever_they_live() -> None:
    online = settings(max_size=6, modality=Modality.ONLINE, country="", district="")
    reading = CandidateReading([GroupRequest("grp_1", online)], POLICY)
    everyone = [person(f"sv_{i:06d}", district=f"District {i % 97}") for i in range(3_000)]
    read(everyone, reading)
    assert reading.opened == READ_CHUNK
    assert reading.enough


def test_a_seed_gives_its_own_order_and_the_same_one_again() -> None:
    ids = [f"sv_{i:06d}" for i in range(1_000)]
    first = reading_order(ids, seed=1)
    assert first == reading_order(list(reversed(ids)), seed=1)
    assert first != reading_order(ids, seed=2)
    assert sorted(first) == sorted(ids)
    # Not the ids' own order: the first chunk is a spread of the scope, not its lowest ids.
    assert first[:READ_CHUNK] != sorted(ids)[:READ_CHUNK]


def test_a_proposal_over_a_large_scope_opens_only_what_its_group_needs() -> None:
    pool = FakePool()
    for member in people(20_000):
        pool.upsert(replace(member, version=1))
    ports = Ports(groups=FakeGroups(), pool=pool, clock=lambda: NOW)
    group = handlers.create_group(
        commands.CreateGroup(settings=settings(min_size=3, max_size=8)),
        caller=FACILITATOR,
        ports=ports,
    )
    outcome = handlers.propose_members(
        commands.ProposeMembers((group.group_id,), seed=3), caller=FACILITATOR, ports=ports
    )
    (proposal,) = outcome.formation.proposals
    assert proposal.feasible
    assert len(proposal.members) == 8
    assert pool.opened == READ_CHUNK  # of 20,000 in scope


def one_in_ten_a_minor(i: int, member: PoolMember) -> PoolMember:
    if i % 10:
        return replace(member, version=1)
    return replace(member, version=1, minor=True, age_band="15-17")


def test_the_overview_of_a_small_scope_is_exact() -> None:
    pool = FakePool()
    for i, member in enumerate(people(300)):
        pool.upsert(
            replace(
                member, version=1, minor=i % 10 == 0, age_band="15-17" if i % 10 == 0 else "25-34"
            )
        )
    ports = Ports(groups=FakeGroups(), pool=pool, clock=lambda: NOW)
    overview = pool_overview(caller=FACILITATOR, ports=ports, languages=["km"])
    assert not overview.estimated
    assert overview.open == 300
    assert overview.minors == 30
    assert overview.considered == 300


def test_the_overview_of_a_large_scope_is_estimated_from_a_sample() -> None:
    # 10,000 people, one in ten a minor: a sample of READ_AT_LEAST gives both within a few
    # per cent, and says it is an estimate.
    pool = FakePool()
    for i, member in enumerate(people(10_000)):
        pool.upsert(
            replace(
                member, version=1, minor=i % 10 == 0, age_band="15-17" if i % 10 == 0 else "25-34"
            )
        )
    ports = Ports(groups=FakeGroups(), pool=pool, clock=lambda: NOW)
    overview = pool_overview(caller=FACILITATOR, ports=ports, languages=["km"])
    assert overview.estimated
    assert overview.considered == READ_AT_LEAST
    assert pool.opened == READ_AT_LEAST
    assert overview.open == 10_000  # everyone listed is open here: the scale is exact
    assert abs(overview.minors - 1_000) <= 150


def test_asking_again_after_a_proposal_reads_another_share_of_a_large_scope() -> None:
    # The same seed (a console sends none) over changed groups gives another order; the
    # same request over the same groups, the same one.
    assert reading_seed(0, [("grp_1", 3)]) == reading_seed(0, [("grp_1", 3)])
    assert reading_seed(0, [("grp_1", 3)]) != reading_seed(0, [("grp_1", 4)])
    assert reading_seed(0, [("grp_1", 3)]) != reading_seed(1, [("grp_1", 3)])
    ids = [f"sv_{i:06d}" for i in range(5_000)]
    first = reading_order(ids, reading_seed(0, [("grp_1", 3)]))[:READ_AT_LEAST]
    again = reading_order(ids, reading_seed(0, [("grp_1", 4)]))[:READ_AT_LEAST]
    assert set(first) != set(again)
