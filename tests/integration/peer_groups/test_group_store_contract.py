"""One contract, two stores: the unit tests' ``FakeGroups`` and ``MongoGroupRepository`` on a
real FerretDB answer every case the same way (``peer_groups.service_layer.ports.
GroupRepository``).

Forming, proposing, publishing, answers, withdrawal and erasure are unit-tested on the fake.
Both stores must refuse a taken id and a stale copy, list an organisation's groups in id
order with the filters a facilitator uses, find every group a survivor appears in (history
included) for erasure, and say who is committed to another open group, so that nobody is
invited to two.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import pytest
from pymongo import MongoClient

from peer_groups.adapters.mongo_repositories import MongoGroupRepository, ensure_indexes
from peer_groups.domain.errors import AlreadyExists, NotFound, StaleVersion
from peer_groups.domain.group import Group, ProposedMember
from peer_groups.domain.values import GroupStatus, MemberState
from peer_groups.service_layer.ports import GroupRepository
from tests.unit.peer_groups.fakes import FakeGroups
from tests.unit.peer_groups.test_rules import settings

NOW = datetime(2026, 12, 1, 12, 0, tzinfo=UTC)


@pytest.fixture(params=["fake", "mongodb"])
def groups(request: pytest.FixtureRequest) -> Iterator[GroupRepository]:
    if request.param == "fake":
        yield FakeGroups()
        return
    mongodb_uri: str = request.getfixturevalue("mongodb_uri")
    client: MongoClient[Any] = MongoClient(mongodb_uri, tz_aware=True)
    name = f"grp_{uuid.uuid4().hex[:10]}"
    try:
        ensure_indexes(client[name])
        yield MongoGroupRepository(client[name])
    finally:
        client.drop_database(name)
        client.close()


def _group(
    group_id: str, *, organisation_id: str = "org_fac", facilitator_id: str = "usr_f"
) -> Group:
    return Group.form(
        group_id=group_id,
        organisation_id=organisation_id,
        facilitator_id=facilitator_id,
        settings=settings(min_size=2, max_size=8),
        now=NOW,
    )


def _propose(groups: GroupRepository, group_id: str, *survivor_ids: str) -> Group:
    group = groups.get(group_id)
    group.accept_proposal([ProposedMember(s, "org_ngo", f"P-{s}") for s in survivor_ids], now=NOW)
    groups.save(group)
    return group


def _invite(groups: GroupRepository, group_id: str, *survivor_ids: str) -> Group:
    _propose(groups, group_id, *survivor_ids)
    group = groups.get(group_id)
    group.publish(now=NOW)
    groups.save(group)
    return group


def test_a_formed_group_is_kept_at_version_one_and_an_unknown_id_is_not_found(
    groups: GroupRepository,
) -> None:
    formed = _group("grp_a1")
    groups.add(formed)
    assert (formed.version, formed.events) == (1, [])

    found = groups.get("grp_a1")
    assert (found.organisation_id, found.facilitator_id, found.status, found.version) == (
        "org_fac",
        "usr_f",
        GroupStatus.FORMING,
        1,
    )
    assert found.settings == formed.settings
    with pytest.raises(NotFound):
        groups.get("grp_unknown")


def test_a_taken_group_id_is_refused_and_the_first_group_stays(groups: GroupRepository) -> None:
    groups.add(_group("grp_a1", facilitator_id="usr_f"))
    with pytest.raises(AlreadyExists):
        groups.add(_group("grp_a1", facilitator_id="usr_other"))
    found = groups.get("grp_a1")
    assert (found.facilitator_id, found.version) == ("usr_f", 1)


def test_a_stale_copy_of_a_group_never_overwrites_a_newer_write(groups: GroupRepository) -> None:
    groups.add(_group("grp_a1"))
    first = groups.get("grp_a1")
    second = groups.get("grp_a1")

    first.accept_proposal([ProposedMember("sv_1", "org_ngo", "P-sv_1")], now=NOW)
    groups.save(first)
    assert (first.version, first.events) == (2, [])
    second.close(now=NOW)
    with pytest.raises(StaleVersion):
        groups.save(second)

    stored = groups.get("grp_a1")
    assert (stored.status, stored.version) == (GroupStatus.FORMING, 2)
    assert [m.survivor_id for m in stored.members] == ["sv_1"]


def test_an_organisations_groups_are_listed_by_id_with_the_facilitators_filters(
    groups: GroupRepository,
) -> None:
    for group_id in ("grp_zz9", "grp_b20", "grp_0c1", "grp_b11", "grp_m42"):
        groups.add(_group(group_id))
    groups.add(_group("grp_f00", facilitator_id="usr_g"))
    groups.add(_group("grp_a00", organisation_id="org_other"))
    closed = groups.get("grp_m42")
    closed.close(now=NOW)
    groups.save(closed)

    def listed(**filters: Any) -> list[str]:
        query: dict[str, Any] = {
            "organisation_id": "org_fac",
            "facilitator_id": None,
            "status": None,
            "after": "",
            "limit": 50,
        }
        query.update(filters)
        return [g.group_id for g in groups.list(**query)]

    assert listed() == ["grp_0c1", "grp_b11", "grp_b20", "grp_f00", "grp_m42", "grp_zz9"]
    assert listed(limit=2) == ["grp_0c1", "grp_b11"]
    assert listed(after="grp_b11", limit=2) == ["grp_b20", "grp_f00"]
    assert listed(after="grp_m42") == ["grp_zz9"]
    assert listed(after="grp_zz9") == []
    assert listed(facilitator_id="usr_g") == ["grp_f00"]
    assert listed(status=GroupStatus.CLOSED) == ["grp_m42"]
    assert listed(facilitator_id="usr_f", status=GroupStatus.FORMING, after="grp_b11") == [
        "grp_b20",
        "grp_zz9",
    ]
    assert listed(organisation_id="org_nobody") == []


def test_every_group_a_survivor_appears_in_is_found_history_included(
    groups: GroupRepository,
) -> None:
    for group_id in ("grp_a1", "grp_b2", "grp_c3", "grp_d4"):
        groups.add(_group(group_id))
    _invite(groups, "grp_a1", "sv_1", "sv_2")
    declined = groups.get("grp_a1")
    declined.record_answer("sv_1", joined=False, now=NOW)  # history: still appears
    groups.save(declined)
    _propose(groups, "grp_b2", "sv_1", "sv_3")
    _invite(groups, "grp_c3", "sv_1")
    closed = groups.get("grp_c3")
    closed.close(now=NOW)
    groups.save(closed)
    _propose(groups, "grp_d4", "sv_1")
    replaced = groups.get("grp_d4")  # a new proposal without sv_1: not in it any more
    replaced.accept_proposal([ProposedMember("sv_4", "org_ngo", "P-sv_4")], now=NOW)
    groups.save(replaced)

    assert sorted(g.group_id for g in groups.with_survivor("sv_1")) == [
        "grp_a1",
        "grp_b2",
        "grp_c3",
    ]
    assert sorted(g.group_id for g in groups.with_survivor("sv_3")) == ["grp_b2"]
    assert groups.with_survivor("sv_nobody") == []


def test_once_forgotten_an_erased_survivor_is_in_no_group_and_the_others_are_unchanged(
    groups: GroupRepository,
) -> None:
    for group_id in ("grp_a1", "grp_b2"):
        groups.add(_group(group_id))
    _invite(groups, "grp_a1", "sv_1", "sv_2")
    _propose(groups, "grp_b2", "sv_1", "sv_3")

    # Erasure as the handler does it: out of every group, history included, then forgotten.
    for group in groups.with_survivor("sv_1"):
        assert group.forget("sv_1")
        groups.save(group)
    groups.forget_survivor("sv_1")

    assert groups.with_survivor("sv_1") == []
    assert groups.committed_among(candidate_ids=["sv_1", "sv_2"], excluding_group_ids=()) == {
        "sv_2"
    }
    assert [g.group_id for g in groups.with_survivor("sv_3")] == ["grp_b2"]
    assert all(
        "sv_1" not in {m.survivor_id for m in groups.get(group_id).members}
        for group_id in ("grp_a1", "grp_b2")
    )


def test_invited_or_joined_in_another_open_group_is_committed_and_nothing_else_is(
    groups: GroupRepository,
) -> None:
    for group_id in ("grp_a1", "grp_b2", "grp_c3", "grp_d4"):
        groups.add(_group(group_id))
    _invite(groups, "grp_a1", "sv_inv", "sv_join", "sv_decl", "sv_left")
    answered = groups.get("grp_a1")
    answered.record_answer("sv_join", joined=True, now=NOW)
    answered.record_answer("sv_decl", joined=False, now=NOW)
    answered.record_answer("sv_left", joined=True, now=NOW)
    answered.leave("sv_left", now=NOW)
    groups.save(answered)
    _propose(groups, "grp_b2", "sv_prop")  # proposed only: commits nobody
    _invite(groups, "grp_c3", "sv_closed")
    closed = groups.get("grp_c3")
    closed.close(now=NOW)  # invited to a closed group: not committed any more
    groups.save(closed)
    _invite(groups, "grp_d4", "sv_here")  # committed only to the group being proposed for

    everyone = ["sv_inv", "sv_join", "sv_decl", "sv_left", "sv_prop", "sv_closed", "sv_here"]
    assert groups.committed_among(candidate_ids=everyone, excluding_group_ids={"grp_d4"}) == {
        "sv_inv",
        "sv_join",
    }
    assert groups.committed_among(candidate_ids=everyone, excluding_group_ids=()) == {
        "sv_inv",
        "sv_join",
        "sv_here",
    }
    # Only the candidates asked about are answered for.
    assert groups.committed_among(
        candidate_ids=["sv_join", "sv_nobody"], excluding_group_ids=()
    ) == {"sv_join"}


def test_joined_members_of_an_active_group_are_committed(groups: GroupRepository) -> None:
    groups.add(_group("grp_a1"))
    _invite(groups, "grp_a1", "sv_1", "sv_2", "sv_3")
    group = groups.get("grp_a1")
    group.record_answer("sv_1", joined=True, now=NOW)
    group.record_answer("sv_2", joined=True, now=NOW)  # the minimum of 2: active
    groups.save(group)
    stored = groups.get("grp_a1")
    assert stored.status is GroupStatus.ACTIVE
    assert {m.survivor_id: m.state for m in stored.members} == {
        "sv_1": MemberState.JOINED,
        "sv_2": MemberState.JOINED,
        "sv_3": MemberState.INVITED,
    }

    committed = groups.committed_among(
        candidate_ids=["sv_1", "sv_2", "sv_3"], excluding_group_ids=()
    )
    assert committed == {"sv_1", "sv_2", "sv_3"}

    # Someone leaves: below the minimum, the group is still open and its members committed.
    group = groups.get("grp_a1")
    group.leave("sv_1", now=NOW)
    groups.save(group)
    assert groups.get("grp_a1").status is GroupStatus.BELOW_MINIMUM
    committed = groups.committed_among(
        candidate_ids=["sv_1", "sv_2", "sv_3"], excluding_group_ids=()
    )
    assert committed == {"sv_2", "sv_3"}
