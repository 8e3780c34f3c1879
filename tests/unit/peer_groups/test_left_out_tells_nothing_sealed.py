"""What a facilitator is told about people left out of a proposal says nothing sealed
(outside probe, session 20): not that someone chose a focus (what was done to them), nor
that someone has a "do not group with" link to a member; and once someone is erased or
withdraws, a proposal read later no longer shows them.

Expected codes come from the rule: a reason that says or follows from a sealed fact is
told as ``NOT_PLACED``, the same for everyone it covers; the reasons told as they are
(language, place, age, schedule) are found before the focus is looked at.
"""

from __future__ import annotations

from dataclasses import replace

from peer_groups.domain.formation import GroupRequest, form_groups, told_left_out
from peer_groups.domain.pool import PoolMember
from peer_groups.domain.values import GroupFocus, Modality, WeeklySlot
from peer_groups.service_layer.handlers import Ports
from peer_groups.service_layer.proposal_operations import InlineRunner, get_proposal
from tests.unit.peer_groups.fakes import FakeGroups, FakePool, FakeProposalOperations
from tests.unit.peer_groups.test_proposal_operations import (
    FACILITATOR,
    SCOPE,
    Clock,
    group,
    start,
)
from tests.unit.peer_groups.test_rules import person, settings

FOCUSED = settings(
    modality=Modality.ONLINE, country="", district="", focus=GroupFocus.SEX_TRAFFICKING
)
NOT_FREE = (WeeklySlot(1, 6 * 60, 60),)  # Monday at dawn: never the group's Thursday evening


def _told(pool: list[PoolMember], group_settings: object) -> dict[str, str]:
    formation = form_groups([GroupRequest("grp", group_settings)], pool, seed=1)  # type: ignore[arg-type]
    people, _ = told_left_out(formation, {m.survivor_id: m.alias for m in pool}, limit=100)
    return {x.survivor_id: x.code for x in people}


def test_whether_someone_chose_a_focus_cannot_be_told_from_their_code() -> None:
    chose = frozenset({GroupFocus.SEX_TRAFFICKING})
    pool = [
        # Two fill the group (its maximum), a third chose the focus too, a fourth did not.
        *(person(f"sv_in{i}", focuses=chose) for i in range(2)),
        person("sv_chose", focuses=chose),
        person("sv_did_not"),
        # Neither free at the meeting time: told so, whatever they chose.
        person("sv_busy_chose", focuses=chose, availability=NOT_FREE),
        person("sv_busy_did_not", availability=NOT_FREE),
    ]
    told = _told(pool, replace(FOCUSED, min_size=2, max_size=2))
    assert told["sv_chose"] == told["sv_did_not"] == "NOT_PLACED"
    assert told["sv_busy_chose"] == told["sv_busy_did_not"] == "NO_SLOT_OVERLAP"


def test_a_do_not_group_with_link_is_told_as_not_placed() -> None:
    pool = [
        person("sv_a", do_not_group_with=frozenset({"sv_b"})),
        person("sv_b"),
        person("sv_c"),
    ]
    told = _told(pool, settings(min_size=2, max_size=8))
    assert set(told.values()) == {"NOT_PLACED"}
    assert len(told) == 1  # one of the linked two, never with the other


def _pool_ports(clock: Clock) -> Ports:
    pool = FakePool()
    # The facilitators' own survivors: a partner's are counted when left out, never named.
    for i in range(6):
        own = person(f"sv_{i}", organisation_id=FACILITATOR.organisation_id)
        pool.upsert(replace(own, version=1, interests=frozenset({"cooking"})))
    return Ports(groups=FakeGroups(), pool=pool, clock=clock)


def test_a_proposal_read_later_no_longer_shows_who_was_erased_or_withdrew() -> None:
    ports = _pool_ports(Clock())
    operations = FakeProposalOperations()
    operation = start(ports, operations, (group(ports),), runner=InlineRunner())

    def shown() -> set[str]:
        reading = get_proposal(
            operation.operation_id,
            caller=FACILITATOR,
            ports=ports,
            operations=operations,
            scope=SCOPE,
        )
        assert reading.operation.summary is not None
        return {x.survivor_id for x in reading.operation.summary.left_out}

    left_out = shown()
    assert len(left_out) == 2  # six for a group of at most four
    erased, withdrawn = sorted(left_out)
    pool = ports.pool
    assert isinstance(pool, FakePool)
    pool.erase(erased)
    member = pool.get_many([withdrawn])[withdrawn]
    pool.upsert(replace(member, peer_group_consent=False, version=member.version + 1))
    assert shown() == set()
