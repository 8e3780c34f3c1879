"""Peer groups' index documents against the real server: every hot lookup is an ``_id``
lookup, stale entries are harmless and compacted, erasure cleans up, and data written by
the previous release is migrated (idempotently) so that the same lookups find it."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import Any

import pytest
from pymongo import MongoClient
from pymongo.database import Database

from pathways_runtime.field_crypto import InMemoryFieldCrypto
from peer_groups.adapters import migrations
from peer_groups.adapters.documents import group_to_document, member_to_document
from peer_groups.adapters.index_documents import (
    compact_pool_buckets,
    pool_bucket_id,
    pool_bucket_number,
)
from peer_groups.adapters.mongo_repositories import MongoGroupRepository, MongoPoolRepository
from peer_groups.domain.group import Group, ProposedMember
from peer_groups.domain.values import GroupStatus, Modality, ReadinessStage
from peer_groups.service_layer import handlers
from peer_groups.service_layer.handlers import Ports
from tests.support.processes import run_module
from tests.support.store_commands import StoreCommandRecorder
from tests.unit.peer_groups.test_rules import person, settings

NOW = datetime(2026, 12, 1, 12, tzinfo=UTC)
#: The organisation of ``person()``'s survivors: the pool scope of these reads.
NGO = ("org_ngo",)


@dataclass
class Store:
    db: Database[dict[str, Any]]
    recorder: StoreCommandRecorder
    groups: MongoGroupRepository
    pool: MongoPoolRepository

    def ports(self) -> Ports:
        return Ports(groups=self.groups, pool=self.pool, clock=lambda: NOW)


@pytest.fixture
def store(mongodb_uri: str, unique_name: str) -> Iterator[Store]:
    recorder = StoreCommandRecorder(recording=False)
    client: MongoClient[dict[str, Any]] = MongoClient(
        mongodb_uri, serverSelectionTimeoutMS=5000, event_listeners=[recorder]
    )
    db = client[unique_name]
    crypto = InMemoryFieldCrypto()
    try:
        yield Store(db, recorder, MongoGroupRepository(db), MongoPoolRepository(db, crypto=crypto))
    finally:
        client.close()


def _group(
    group_id: str, *, organisation_id: str = "org_fac", facilitator_id: str = "usr_f"
) -> Group:
    group = Group.form(
        group_id=group_id,
        organisation_id=organisation_id,
        facilitator_id=facilitator_id,
        settings=settings(max_size=8),
        now=NOW,
    )
    group.events.clear()
    return group


def _propose(store: Store, group_id: str, *survivor_ids: str) -> Group:
    group = store.groups.get(group_id)
    group.accept_proposal([ProposedMember(s, "org_ngo", f"P-{s}") for s in survivor_ids], now=NOW)
    store.groups.save(group)
    return group


def test_groups_of_a_survivor_and_who_is_committed_are_found_by_id(store: Store) -> None:
    for group_id in ("grp_a1", "grp_b2", "grp_c3", "grp_d4"):
        store.groups.add(_group(group_id))
    _propose(store, "grp_a1", "sv_1", "sv_2")
    invited = store.groups.get("grp_a1")
    invited.publish(now=NOW)  # sv_1 and sv_2 invited: committed while grp_a1 is open
    store.groups.save(invited)
    _propose(store, "grp_b2", "sv_1", "sv_3")  # proposed only: commits nobody
    _propose(store, "grp_c3", "sv_3")
    closed = store.groups.get("grp_c3")
    closed.publish(now=NOW)
    closed.close(now=NOW)  # invited to a closed group: not committed any more
    store.groups.save(closed)
    _propose(store, "grp_d4", "sv_4")
    moved = store.groups.get("grp_d4")
    moved.accept_proposal([ProposedMember("sv_5", "org_ngo", "P-sv_5")], now=NOW)
    store.groups.save(moved)  # sv_4 no longer in grp_d4: a stale index entry stays

    store.recorder.recording = True
    assert [g.group_id for g in store.groups.with_survivor("sv_1")] == ["grp_a1", "grp_b2"]
    assert [g.group_id for g in store.groups.with_survivor("sv_3")] == ["grp_b2", "grp_c3"]
    assert store.groups.with_survivor("sv_4") == []
    everyone = ["sv_1", "sv_2", "sv_3", "sv_4", "sv_5", "sv_nobody"]
    assert store.groups.committed_among(candidate_ids=everyone, excluding_group_ids=[]) == {
        "sv_1",
        "sv_2",
    }
    assert (
        store.groups.committed_among(candidate_ids=everyone, excluding_group_ids=["grp_a1"])
        == set()
    )
    assert store.groups.committed_among(candidate_ids=["sv_2"], excluding_group_ids=[]) == {"sv_2"}
    assert store.recorder.scans() == []


def test_erasure_cleans_the_groups_then_drops_the_survivor_index(store: Store) -> None:
    store.pool.upsert(replace(person("sv_1"), version=1))
    store.groups.add(_group("grp_a1"))
    store.groups.add(_group("grp_b2"))
    _propose(store, "grp_a1", "sv_1", "sv_2")
    _propose(store, "grp_b2", "sv_1")

    store.recorder.recording = True
    handlers.apply_survivor_erased("sv_1", ports=store.ports())
    assert store.recorder.scans() == []
    store.recorder.recording = False

    for group_id in ("grp_a1", "grp_b2"):
        assert all(m.survivor_id != "sv_1" for m in store.groups.get(group_id).members)
    assert store.db.survivor_groups.find_one({"_id": "sv_1"}) is None
    assert store.groups.with_survivor("sv_1") == []
    assert [g.group_id for g in store.groups.with_survivor("sv_2")] == ["grp_a1"]
    assert store.pool.get_many(["sv_1"]) == {}
    # Gone from the pool's buckets too (an erasure is final).
    assert all("sv_1" not in d.get("ids", []) for d in store.db.pool_buckets.find({}))


def test_the_open_pool_by_language_and_place_skips_stale_entries(store: Store) -> None:
    store.pool.upsert(replace(person("sv_th"), version=1))
    store.pool.upsert(replace(person("sv_other_district"), version=1, district="Tak"))
    store.pool.upsert(replace(person("sv_vn", languages=frozenset({"vi"})), version=1))
    store.pool.upsert(replace(person("sv_kh"), version=1, country="KH", district="Poipet"))
    store.pool.upsert(replace(person("sv_online"), version=1, country="", district=""))
    store.pool.upsert(replace(person("sv_closed"), version=1))
    store.pool.upsert(replace(person("sv_closed"), version=2, readiness=ReadinessStage.STABILISING))
    store.pool.upsert(replace(person("sv_moved"), version=1))
    store.pool.upsert(replace(person("sv_moved"), version=2, country="KH", district="Poipet"))
    store.pool.upsert(replace(person("sv_gone"), version=1))
    store.pool.erase("sv_gone")

    store.recorder.recording = True
    in_mae_sot = store.pool.members_open_to_groups(
        organisations=NGO, languages={"km"}, places={("TH", "Mae Sot")}
    )
    assert [m.survivor_id for m in in_mae_sot] == ["sv_th"]
    online = store.pool.members_open_to_groups(
        organisations=NGO, languages={"km", "th"}, places=None
    )
    assert [m.survivor_id for m in online] == [
        "sv_kh",
        "sv_moved",
        "sv_online",
        "sv_other_district",
        "sv_th",
    ]
    vietnamese = store.pool.members_open_to_groups(organisations=NGO, languages={"vi"}, places=None)
    assert [m.survivor_id for m in vietnamese] == ["sv_vn"]
    assert store.pool.members_open_to_groups(organisations=NGO, languages={"lo"}, places=None) == []
    assert store.recorder.scans() == []
    store.recorder.recording = False

    # sv_closed (no longer ready) and sv_moved (now in KH) left stale entries in TH buckets,
    # once per language each: the cold compaction removes exactly those, and only once.
    assert compact_pool_buckets(store.db) == 4
    assert compact_pool_buckets(store.db) == 0
    th_buckets = store.db.pool_buckets.find({"_id": {"$regex": "^open:7:org_ngo:(km|th):TH:"}})
    in_th = {i for d in th_buckets for i in d.get("ids", [])}
    assert in_th == {"sv_th", "sv_other_district"}
    assert [
        m.survivor_id
        for m in store.pool.members_open_to_groups(organisations=NGO, languages={"km"}, places=None)
    ] == [
        "sv_kh",
        "sv_moved",
        "sv_online",
        "sv_other_district",
        "sv_th",
    ]


def test_someone_open_again_after_a_compaction_is_bucketed_again(store: Store) -> None:
    khmer = frozenset({"km"})
    store.pool.upsert(replace(person("sv_1", languages=khmer), version=1))
    store.pool.upsert(replace(person("sv_1", languages=khmer), version=2, peer_group_consent=False))
    bucket = pool_bucket_id("org_ngo", "km", "TH", pool_bucket_number("sv_1"))
    # And an entry naming nobody (its member's first write never happened).
    store.db.pool_buckets.update_one({"_id": bucket}, {"$addToSet": {"ids": "sv_ghost"}})
    assert compact_pool_buckets(store.db) == 2  # sv_1 (not open now) and the ghost
    assert store.pool.members_open_to_groups(organisations=NGO, languages={"km"}, places=None) == []
    store.pool.upsert(replace(person("sv_1", languages=khmer), version=3))
    assert [
        m.survivor_id
        for m in store.pool.members_open_to_groups(organisations=NGO, languages={"km"}, places=None)
    ] == ["sv_1"]


def test_an_organisations_groups_are_listed_in_order_through_its_index(store: Store) -> None:
    ids = [f"grp_{h}{i:02d}" for h in "0a5f" for i in range(3)]
    for n, group_id in enumerate(ids):
        store.groups.add(_group(group_id, facilitator_id="usr_f" if n % 2 else "usr_g"))
    store.groups.add(_group("grp_b99", organisation_id="org_other"))
    closed = store.groups.get("grp_a01")
    closed.close(now=NOW)
    store.groups.save(closed)

    store.recorder.recording = True
    listed, after = [], ""
    while True:
        page = store.groups.list(
            organisation_id="org_fac", facilitator_id=None, status=None, after=after, limit=5
        )
        listed += [g.group_id for g in page]
        if len(page) < 5:
            break
        after = page[-1].group_id
    assert listed == sorted(ids)
    mine = store.groups.list(
        organisation_id="org_fac", facilitator_id="usr_f", status=None, after="", limit=50
    )
    assert [g.group_id for g in mine] == sorted(i for n, i in enumerate(ids) if n % 2)
    closed_ones = store.groups.list(
        organisation_id="org_fac",
        facilitator_id=None,
        status=GroupStatus.CLOSED,
        after="",
        limit=50,
    )
    assert [g.group_id for g in closed_ones] == ["grp_a01"]
    assert store.recorder.scans() == []


def test_data_of_the_previous_release_is_migrated_once_and_found_by_id(store: Store) -> None:
    crypto = InMemoryFieldCrypto()
    # Written as the previous release did: groups and pool documents, no index documents.
    old_group = _group("grp_old")
    old_group.accept_proposal([ProposedMember("sv_1", "org_ngo", "P-sv_1")], now=NOW)
    old_group.publish(now=NOW)
    old_group.version = 3
    store.db.groups.insert_one(
        {**group_to_document(old_group), "outbox": [{"event_id": "ev_1", "topic": "t"}]}
    )
    online = _group("grp_online")
    online.settings = replace(settings(), modality=Modality.ONLINE, country="", district="")
    online.version = 1
    store.db.groups.insert_one({**group_to_document(online), "outbox": []})
    for member in (
        replace(person("sv_1"), version=4),
        replace(person("sv_2", languages=frozenset({"km"})), version=1),
        replace(person("sv_3"), version=1, peer_group_consent=False),
    ):
        store.db.pool.insert_one(member_to_document(member, crypto=crypto))
    store.db.pool.insert_one({"_id": "sv_erased", "erased": True, "open": False, "version": 1})
    # Buckets as a release before buckets by organisation left them: nothing reads them now.
    store.db.pool_buckets.insert_many(
        [
            {"_id": f"open:km:TH:{pool_bucket_number('sv_2')}", "ids": ["sv_2"]},
            {"_id": "countries:km", "countries": ["TH"]},
        ]
    )
    store.pool = MongoPoolRepository(store.db, crypto=crypto)

    assert not migrations.is_migrated(store.db)
    first = migrations.migrate(store.db, crypto=crypto, now=NOW)
    assert first == {
        "groups": 2,
        "survivors_indexed": 1,
        "organisations_indexed": 1,
        "pool_members_bucketed": 2,
        "stale_bucket_entries_removed": 0,
        "buckets_of_the_earlier_form_deleted": 2,
        "outboxes_marked": 1,
        "pool_members_sealed": 0,  # written sealed already (the sealing has its own test)
        "pool_members_left_in_clear": 0,
    }
    assert migrations.is_migrated(store.db)
    assert migrations.migrate(store.db, crypto=crypto, now=NOW) == first | {
        "outboxes_marked": 0,
        "buckets_of_the_earlier_form_deleted": 0,
    }
    assert store.db.pool_buckets.find_one({"_id": "countries:km"}) is None

    store.recorder.recording = True
    assert [g.group_id for g in store.groups.with_survivor("sv_1")] == ["grp_old"]
    assert store.groups.committed_among(candidate_ids=["sv_1", "sv_2"], excluding_group_ids=[]) == {
        "sv_1"
    }
    listed = store.groups.list(
        organisation_id="org_fac", facilitator_id=None, status=None, after="", limit=10
    )
    assert [g.group_id for g in listed] == ["grp_old", "grp_online"]
    pool = store.pool.members_open_to_groups(
        organisations=NGO, languages={"km"}, places={("TH", "Mae Sot")}
    )
    assert [m.survivor_id for m in pool] == ["sv_1", "sv_2"]
    assert store.recorder.scans() == []


def test_the_migrate_command_works_on_a_fresh_database_and_prints_counts_only(
    mongodb_uri: str, unique_name: str
) -> None:
    env = {"PATHWAYS_MONGODB_URI": mongodb_uri, "PATHWAYS_MONGODB_DATABASE": unique_name}
    for _ in range(2):
        done = run_module("peer_groups", ["migrate"], env=env)
        assert done.returncode == 0, done.stderr
        assert json.loads(done.stdout.strip().splitlines()[-1]) == {
            "groups": 0,
            "survivors_indexed": 0,
            "organisations_indexed": 0,
            "pool_members_bucketed": 0,
            "stale_bucket_entries_removed": 0,
            "buckets_of_the_earlier_form_deleted": 0,
            "outboxes_marked": 0,
            "pool_members_sealed": 0,
            "pool_members_left_in_clear": 0,
        }


def test_a_state_that_changes_nothing_the_buckets_depend_on_writes_no_bucket(
    store: Store,
) -> None:
    store.pool.upsert(replace(person("sv_1"), version=1))
    store.recorder.recording = True
    assert store.pool.upsert(replace(person("sv_1"), version=2, alias="P-new", district="Tak"))
    assert not store.pool.upsert(replace(person("sv_1"), version=1))  # old news: nothing
    bucket_writes = [
        r
        for r in store.recorder.records
        if r["collection"] == "pool_buckets" and r["command"] == "update"
    ]
    assert bucket_writes == []
    assert store.recorder.scans() == []
    store.recorder.recording = False
    moved = store.pool.members_open_to_groups(
        organisations=NGO, languages={"km"}, places={("TH", "Tak")}
    )
    assert [(m.survivor_id, m.alias) for m in moved] == [("sv_1", "P-new")]


class CountingCrypto(InMemoryFieldCrypto):
    """Counts the sealed values opened: one per pool member read."""

    def __init__(self) -> None:
        super().__init__()
        self.opened = 0

    def decrypt(self, survivor_id: str, field: str, sealed: bytes) -> Any:
        self.opened += 1
        return super().decrypt(survivor_id, field, sealed)


def test_a_read_opens_only_the_people_of_its_pool_scope(store: Store) -> None:
    # Two NGOs' survivors in one place and language: a facilitator's scope names one; the
    # other's people are neither returned nor opened (nor read), however many they are.
    crypto = CountingCrypto()
    pool = MongoPoolRepository(store.db, crypto=crypto)
    ours = [replace(person(f"sv_o{i}"), version=1) for i in range(5)]
    theirs = [replace(person(f"sv_t{i}"), version=1, organisation_id="org_b") for i in range(30)]
    for member in ours + theirs:
        pool.upsert(member)
    crypto.opened = 0
    store.recorder.recording = True
    found = pool.members_open_to_groups(
        organisations=NGO, languages={"km"}, places={("TH", "Mae Sot")}
    )
    online = pool.members_open_to_groups(organisations=NGO, languages={"km"}, places=None)
    store.recorder.recording = False
    assert [m.survivor_id for m in found] == [m.survivor_id for m in ours]
    assert [m.survivor_id for m in online] == [m.survivor_id for m in ours]
    assert crypto.opened == 2 * len(ours)
    assert store.recorder.scans() == []
    both = pool.members_open_to_groups(
        organisations=("org_ngo", "org_b"), languages={"km"}, places=None
    )
    assert len(both) == len(ours) + len(theirs)
