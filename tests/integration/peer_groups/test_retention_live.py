"""``python -m peer_groups retention`` against real FerretDB: closed groups' member lists
and old tombstones go, the rest stays, and a second run removes nothing more."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from typing import Any

from pymongo import MongoClient

from pathways_runtime.field_crypto import InMemoryFieldCrypto
from peer_groups.adapters.mongo_repositories import MongoPoolRepository
from tests.support.processes import run_module


def _run(mongodb_uri: str, database: str) -> dict[str, int]:
    done = run_module(
        "peer_groups",
        ["retention"],
        env={
            "PATHWAYS_MONGODB_URI": mongodb_uri,
            "PATHWAYS_MONGODB_DATABASE": database,
            "PATHWAYS_CLOSED_GROUP_MEMBERS_RETENTION_DAYS": "30",
            "PATHWAYS_POOL_TOMBSTONE_RETENTION_DAYS": "14",
        },
    )
    assert done.returncode == 0, done.stderr
    result: dict[str, int] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def _group(group_id: str, *, status: str, closed_at: datetime | None) -> dict[str, Any]:
    return {
        "_id": group_id,
        "organisation_id": "org_fac",
        "status": status,
        "closed_at": closed_at,
        "members": [{"survivor_id": "srv_1", "alias": "Blue Heron", "state": "joined"}],
        "member_ids": ["srv_1"],
        "committed_ids": ["srv_1"],
        "removed": [],
        "version": 3,
    }


def test_peer_groups_retention_removes_expired_data_once(
    mongodb_uri: str, mongo_client: MongoClient[Any], unique_name: str
) -> None:
    db = mongo_client[unique_name]
    now = datetime.now(UTC)
    db.groups.insert_many(
        [
            _group("g_closed_long_ago", status="closed", closed_at=now - timedelta(days=40)),
            _group("g_closed_lately", status="closed", closed_at=now - timedelta(days=3)),
            _group("g_active", status="active", closed_at=None),
        ]
    )
    pool = MongoPoolRepository(db, crypto=InMemoryFieldCrypto())
    pool.erase("srv_erased_long_ago")
    pool.erase("srv_erased_lately")
    # As if retention had first seen the older tombstone three weeks ago.
    db.pool.update_one(
        {"_id": "srv_erased_long_ago"}, {"$set": {"erased_at": now - timedelta(days=21)}}
    )

    first = _run(mongodb_uri, unique_name)
    print(f"peer groups retention, first run: {first}")
    assert first == {
        "member_lists_removed": 1,
        "tombstones_dated": 1,
        "tombstones_deleted": 1,
        "pool_bucket_entries_removed": 0,
        "proposal_operations_deleted": 0,
    }
    old = db.groups.find_one({"_id": "g_closed_long_ago"})
    assert old is not None
    assert (old["members"], old["member_ids"], old["committed_ids"]) == ([], [], [])
    assert old["status"] == "closed"
    for kept in ("g_closed_lately", "g_active"):
        document = db.groups.find_one({"_id": kept})
        assert document is not None
        assert document["member_ids"] == ["srv_1"]
    assert [d["_id"] for d in db.pool.find({})] == ["srv_erased_lately"]

    second = _run(mongodb_uri, unique_name)
    assert second == {
        "member_lists_removed": 0,
        "tombstones_dated": 0,
        "tombstones_deleted": 0,
        "pool_bucket_entries_removed": 0,
        "proposal_operations_deleted": 0,
    }
    assert db.pool.count_documents({}) == 1
