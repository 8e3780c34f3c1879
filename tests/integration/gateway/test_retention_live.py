"""``python -m gateway retention`` against real FerretDB: expired data goes, the rest stays,
the audit chain still verifies, and a second run removes nothing more; a chain that fails
verification is not pruned, and the command says so and exits 1."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from typing import Any

from pymongo import MongoClient

from gateway.adapters.mongo_audit import MongoAuditStore, ensure_audit_indexes
from gateway.audit.records import AuditOutcome, AuditRecord, Purpose
from gateway.config import GatewaySettings
from gateway.ids import new_id
from tests.support.processes import run_module

CHAIN_SECRET = "integration-audit-chain-secret-0123456789"


def _record(at: datetime) -> AuditRecord:
    return AuditRecord(
        id=new_id("aud"),
        at=at,
        user_id="usr_1",
        organisation_id="org_1",
        role="platform_admin",
        action="organisation.create",
        purpose=Purpose.ADMINISTRATION,
        outcome=AuditOutcome.SUCCEEDED,
        request_id="req-1",
    )


def _run(mongodb_uri: str, database: str, command: str) -> tuple[int, dict[str, Any]]:
    code, report, _stderr = _run_with_stderr(mongodb_uri, database, command)
    return code, report


def _run_with_stderr(
    mongodb_uri: str, database: str, command: str
) -> tuple[int, dict[str, Any], str]:
    done = run_module(
        "gateway",
        [command],
        env={
            "PATHWAYS_MONGODB_URI": mongodb_uri,
            "PATHWAYS_MONGODB_DATABASE": database,
            "PATHWAYS_AUDIT_CHAIN_SECRET": CHAIN_SECRET,
            "PATHWAYS_AUDIT_RETENTION_DAYS": "30",
        },
    )
    assert done.stdout.strip(), done.stderr
    return done.returncode, json.loads(done.stdout.strip().splitlines()[-1]), done.stderr


#: Every collection whose documents carry their own expiry (written out, not imported:
#: a collection left out of retention must fail here).
EXPIRING = (
    "idempotency_keys",
    "idempotency_survivors",
    "sessions",
    "rate_counters",
    "login_failures",
)


def test_gateway_retention_removes_expired_data_once(
    mongodb_uri: str, mongo_client: MongoClient[Any], unique_name: str
) -> None:
    db = mongo_client[unique_name]
    now = datetime.now(UTC)
    past, future = now - timedelta(hours=1), now + timedelta(hours=1)
    for name in EXPIRING:
        db[name].insert_many(
            [
                {"_id": f"{name}-old", "expires_at": past},
                {"_id": f"{name}-fresh", "expires_at": future},
            ]
        )
    ensure_audit_indexes(db)
    store = MongoAuditStore(
        db, chain_key=GatewaySettings(audit_chain_secret=CHAIN_SECRET).audit_chain_key
    )
    for days in (90, 80, 70, 10, 5):
        store.append(_record(now - timedelta(days=days)))

    code, first = _run(mongodb_uri, unique_name, "retention")
    assert code == 0, first
    print(f"gateway retention, first run: {first}")
    assert first["expired"] == {
        "idempotency_keys": 1,
        "idempotency_survivors": 1,
        "sessions": 1,
        "rate_counters": 1,
        "login_failures": 1,
    }
    assert first["audit"]["deleted"] == 3
    assert first["audit"]["checkpoint_seq"] == 3
    for name in EXPIRING:
        assert [d["_id"] for d in db[name].find({})] == [f"{name}-fresh"]
    assert sorted(d["seq"] for d in db.audit_records.find({})) == [4, 5]

    code, report = _run(mongodb_uri, unique_name, "verify-audit")
    assert code == 0, report
    assert report["checkpoint_seq"] == 3
    assert report["head_seq"] == 5

    code, second = _run(mongodb_uri, unique_name, "retention")
    assert code == 0, second
    assert second["expired"] == {
        "idempotency_keys": 0,
        "idempotency_survivors": 0,
        "sessions": 0,
        "rate_counters": 0,
        "login_failures": 0,
    }
    assert second["audit"]["deleted"] == 0
    assert db.audit_records.count_documents({}) == 2


def test_gateway_retention_does_not_prune_a_broken_chain_and_exits_1_saying_why(
    mongodb_uri: str, mongo_client: MongoClient[Any], unique_name: str
) -> None:
    db = mongo_client[unique_name]
    now = datetime.now(UTC)
    ensure_audit_indexes(db)
    store = MongoAuditStore(
        db, chain_key=GatewaySettings(audit_chain_secret=CHAIN_SECRET).audit_chain_key
    )
    for days in (90, 80, 70, 10):
        store.append(_record(now - timedelta(days=days)))
    db.audit_records.update_one({"seq": 2}, {"$set": {"action": "organisation.delete"}})

    code, report, stderr = _run_with_stderr(mongodb_uri, unique_name, "retention")

    assert code == 1, report
    assert report["audit"] == {
        "deleted": 0,
        "checkpoint_seq": None,
        "refused": "entry 2 was altered or moved",
    }
    assert "gateway-retention: audit not pruned: entry 2 was altered or moved" in stderr
    assert sorted(d["seq"] for d in db.audit_records.find({})) == [1, 2, 3, 4]
