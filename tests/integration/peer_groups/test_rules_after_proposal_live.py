"""Against the real server: a "do not group with" link added after a proposal takes the
changed person out of the group as stored, and the re-check reads by ``_id`` only."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime
from typing import Any

import pytest
from pymongo import MongoClient

from pathways_runtime.field_crypto import InMemoryFieldCrypto
from peer_groups.adapters.mongo_repositories import MongoGroupRepository, MongoPoolRepository
from peer_groups.domain.access import Caller, Role
from peer_groups.domain.errors import GroupRuleNotMet
from peer_groups.domain.values import GroupStatus, MemberState
from peer_groups.service_layer import commands, handlers
from peer_groups.service_layer.handlers import Ports
from tests.support.store_commands import StoreCommandRecorder
from tests.unit.peer_groups.test_rules import person, settings

NOW = datetime(2026, 12, 1, 12, tzinfo=UTC)
FACILITATOR = Caller("usr_f", "org_peer", Role.FACILITATOR)
OFFICER = Caller("usr_o", "org_ngo", Role.REINTEGRATION_OFFICER)
SHARING = ("org_ngo",)
PEOPLE = [f"x{i}" for i in range(1, 6)]


@pytest.fixture
def live(mongodb_uri: str, unique_name: str) -> Iterator[tuple[Ports, StoreCommandRecorder]]:
    recorder = StoreCommandRecorder(recording=False)
    client: MongoClient[dict[str, Any]] = MongoClient(
        mongodb_uri, serverSelectionTimeoutMS=5000, event_listeners=[recorder]
    )
    db = client[unique_name]
    try:
        ports = Ports(
            groups=MongoGroupRepository(db),
            pool=MongoPoolRepository(db, crypto=InMemoryFieldCrypto()),
            clock=lambda: NOW,
        )
        for survivor_id in PEOPLE:
            assert ports.pool.upsert(replace(person(survivor_id), version=1))
        yield ports, recorder
    finally:
        client.drop_database(unique_name)
        client.close()


def _group_of_five(ports: Ports) -> str:
    group_id = handlers.create_group(
        commands.CreateGroup(settings=settings(min_size=3, max_size=5)),
        caller=FACILITATOR,
        ports=ports,
    ).group_id
    handlers.propose_members(
        commands.ProposeMembers((group_id,), pool_organisation_ids=SHARING, seed=1),
        caller=FACILITATOR,
        ports=ports,
    )
    assert {m.survivor_id for m in ports.groups.get(group_id).holding} == set(PEOPLE)
    return group_id


def test_a_link_added_after_joining_takes_the_changed_person_out_reading_by_id(
    live: tuple[Ports, StoreCommandRecorder],
) -> None:
    ports, recorder = live
    group_id = _group_of_five(ports)
    handlers.publish_invitations(
        commands.PublishInvitations(group_id, pool_organisation_ids=SHARING),
        caller=FACILITATOR,
        ports=ports,
    )
    for survivor_id in ("x1", "x2"):
        handlers.record_answer(
            commands.RecordAnswer(group_id, survivor_id, joined=True), caller=OFFICER, ports=ports
        )
    x1 = ports.pool.get_many(["x1"])["x1"]
    recorder.recording = True
    assert handlers.apply_survivor_state(
        replace(x1, do_not_group_with=frozenset({"x2"}), version=2), ports=ports
    )
    recorder.recording = False
    assert recorder.scans() == []
    stored = {m.survivor_id: m.state for m in ports.groups.get(group_id).members}
    assert stored["x1"] is MemberState.LEFT
    assert stored["x2"] is MemberState.JOINED
    # Three more join: the group goes active without x1.
    for survivor_id in ("x3", "x4"):
        group = handlers.record_answer(
            commands.RecordAnswer(group_id, survivor_id, joined=True), caller=OFFICER, ports=ports
        )
    assert group.status is GroupStatus.ACTIVE
    assert "x1" not in {m.survivor_id for m in group.holding}


def test_publishing_a_group_the_store_holds_with_two_linked_people_is_refused(
    live: tuple[Ports, StoreCommandRecorder],
) -> None:
    ports, recorder = live
    group_id = _group_of_five(ports)
    x3 = ports.pool.get_many(["x3"])["x3"]
    # The pool learnt of the link without the group being re-checked (data from before).
    assert ports.pool.upsert(replace(x3, do_not_group_with=frozenset({"x5"}), version=2))
    recorder.recording = True
    with pytest.raises(GroupRuleNotMet):
        handlers.publish_invitations(
            commands.PublishInvitations(group_id, pool_organisation_ids=SHARING),
            caller=FACILITATOR,
            ports=ports,
        )
    recorder.recording = False
    assert recorder.scans() == []
    assert {m.state for m in ports.groups.get(group_id).members} == {MemberState.PROPOSED}
