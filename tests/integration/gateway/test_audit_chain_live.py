"""The audit hash chain against real FerretDB: concurrent appends, tampering, verify-audit."""

from __future__ import annotations

import json
import threading
from datetime import UTC, datetime
from typing import Any

from pymongo import MongoClient

from gateway.adapters.mongo_audit import MongoAuditStore, ensure_audit_indexes
from gateway.audit.chain import entry_hash
from gateway.audit.records import AuditOutcome, AuditRecord, Purpose
from gateway.config import GatewaySettings
from gateway.ids import new_id
from tests.support.processes import run_module

CHAIN_SECRET = "integration-audit-chain-secret-0123456789"


def _key() -> bytes:
    return GatewaySettings(audit_chain_secret=CHAIN_SECRET).audit_chain_key


def _record(n: int, *, at: datetime | None = None) -> AuditRecord:
    return AuditRecord(
        id=new_id("aud"),
        at=at or datetime.now(UTC),
        user_id=f"usr_{n % 3}",
        organisation_id="org_1",
        role="reintegration_officer",
        action="survivor.read",
        purpose=Purpose.CASE_MANAGEMENT,
        outcome=AuditOutcome.SUCCEEDED,
        request_id=f"req-{n}",
        survivor_id=f"srv_{n}",
        survivor_organisation_id="org_1",
    )


def _verify(mongodb_uri: str, database: str) -> tuple[int, dict[str, Any], str]:
    done = run_module(
        "gateway",
        ["verify-audit"],
        env={
            "PATHWAYS_MONGODB_URI": mongodb_uri,
            "PATHWAYS_MONGODB_DATABASE": database,
            "PATHWAYS_AUDIT_CHAIN_SECRET": CHAIN_SECRET,
        },
    )
    return done.returncode, json.loads(done.stdout.strip().splitlines()[-1]), done.stderr


def _fill(mongodb_uri: str, database: str, count: int) -> None:
    client: MongoClient[Any] = MongoClient(mongodb_uri, tz_aware=True)
    try:
        ensure_audit_indexes(client[database])
        store = MongoAuditStore(client[database], chain_key=_key())
        for n in range(count):
            store.append(_record(n))
    finally:
        client.close()


def test_concurrent_appends_from_two_clients_keep_one_chain(
    mongodb_uri: str, mongo_client: MongoClient[Any], unique_name: str
) -> None:
    ensure_audit_indexes(mongo_client[unique_name])
    errors: list[BaseException] = []

    def writer() -> None:
        try:
            _fill(mongodb_uri, unique_name, 40)  # each writer has its own client and pool
        except BaseException as error:
            errors.append(error)

    threads = [threading.Thread(target=writer) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert not errors, errors
    seqs = sorted(d["seq"] for d in mongo_client[unique_name].audit_records.find({}, {"seq": 1}))
    print(f"audit chain: {len(seqs)} entries appended by 2 concurrent writers")
    assert seqs == list(range(1, 81))
    code, report, _ = _verify(mongodb_uri, unique_name)
    assert code == 0, report
    assert report["intact"] is True
    assert report["checked"] == 80
    assert report["head_seq"] == 80


def test_an_entry_edited_in_the_database_fails_verification_naming_it(
    mongodb_uri: str, mongo_client: MongoClient[Any], unique_name: str
) -> None:
    _fill(mongodb_uri, unique_name, 8)
    code, report, _ = _verify(mongodb_uri, unique_name)
    assert code == 0, report
    mongo_client[unique_name].audit_records.update_one(
        {"seq": 5}, {"$set": {"survivor_id": "srv_someone_else"}}
    )
    code, report, stderr = _verify(mongodb_uri, unique_name)
    assert code == 1
    assert report["first_break"] == {"seq": 5, "problem": "altered"}
    assert "entry 5" in stderr


def test_an_entry_deleted_from_the_database_fails_verification_naming_it(
    mongodb_uri: str, mongo_client: MongoClient[Any], unique_name: str
) -> None:
    _fill(mongodb_uri, unique_name, 8)
    mongo_client[unique_name].audit_records.delete_one({"seq": 3})
    code, report, stderr = _verify(mongodb_uri, unique_name)
    assert code == 1
    assert report["first_break"] == {"seq": 3, "problem": "missing"}
    assert "entry 3" in stderr


def test_a_rebuilt_hash_without_the_key_fails_and_the_wrong_key_fails_everywhere(
    mongodb_uri: str, mongo_client: MongoClient[Any], unique_name: str
) -> None:
    _fill(mongodb_uri, unique_name, 4)
    forger = MongoAuditStore(mongo_client[unique_name])  # the development key, not ours
    document = mongo_client[unique_name].audit_records.find_one({"seq": 2})
    assert document is not None
    edited = _record(99, at=document["at"])
    mongo_client[unique_name].audit_records.update_one(
        {"seq": 2},
        {
            "$set": {
                "request_id": edited.request_id,
                "hash": entry_hash(
                    forger._key,
                    edited,
                    seq=2,
                    prev_hash=document["prev_hash"],
                ),
            }
        },
    )
    code, report, _ = _verify(mongodb_uri, unique_name)
    assert code == 1
    assert report["first_break"]["seq"] == 2


def test_an_empty_trail_verifies(mongodb_uri: str, unique_name: str) -> None:
    code, report, _ = _verify(mongodb_uri, unique_name)
    assert code == 0
    assert report["checked"] == 0


class _HeldFirstInsert(MongoAuditStore):
    """Holds its first insert until released, and notes the size of every insert."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.release = threading.Event()
        self.insert_sizes: list[int] = []

    def _insert(self, entries: list[Any]) -> int:
        self.insert_sizes.append(len(entries))
        if len(self.insert_sizes) == 1:
            assert self.release.wait(timeout=60)
        return super()._insert(entries)


def _waiting(store: MongoAuditStore) -> int:
    with store._appends:  # the queue is what this test is about
        return len(store._queued)


def test_records_arriving_during_a_write_go_together_in_the_next_one(
    mongodb_uri: str, mongo_client: MongoClient[Any], unique_name: str
) -> None:
    ensure_audit_indexes(mongo_client[unique_name])
    store = _HeldFirstInsert(mongo_client[unique_name], chain_key=_key())
    records = [_record(n) for n in range(11)]
    errors: list[BaseException] = []

    def append(record: AuditRecord) -> None:
        try:
            store.append(record)
        except BaseException as error:
            errors.append(error)

    first = threading.Thread(target=append, args=(records[0],))
    first.start()
    while not store.insert_sizes:  # the first write is under way and held
        first.join(timeout=0.01)
    others = [threading.Thread(target=append, args=(r,)) for r in records[1:]]
    for thread in others:
        thread.start()
    deadline = datetime.now(UTC).timestamp() + 60
    while _waiting(store) < 10 and datetime.now(UTC).timestamp() < deadline:
        others[0].join(timeout=0.01)
    store.release.set()
    for thread in [first, *others]:
        thread.join(timeout=60)
    assert not errors, errors
    # One write for the first record, one for the ten that queued behind it.
    assert store.insert_sizes == [1, 10]
    stored = {d["record_id"]: d["seq"] for d in mongo_client[unique_name].audit_records.find({})}
    assert sorted(stored) == sorted(r.id for r in records)
    assert sorted(stored.values()) == list(range(1, 12))
    code, report, _ = _verify(mongodb_uri, unique_name)
    assert code == 0, report
    assert report["intact"] is True
    assert report["checked"] == 11


def test_two_instances_with_many_threads_each_keep_one_gapless_chain(
    mongodb_uri: str, mongo_client: MongoClient[Any], unique_name: str
) -> None:
    ensure_audit_indexes(mongo_client[unique_name])
    clients: list[MongoClient[dict[str, Any]]] = [
        MongoClient(mongodb_uri, tz_aware=True) for _ in range(2)
    ]
    stores = [MongoAuditStore(c[unique_name], chain_key=_key()) for c in clients]
    records = [_record(n) for n in range(96)]
    errors: list[BaseException] = []

    def writer(store: MongoAuditStore, mine: list[AuditRecord]) -> None:
        try:
            for record in mine:
                store.append(record)
        except BaseException as error:
            errors.append(error)

    threads = [
        threading.Thread(target=writer, args=(stores[n % 2], records[n::12])) for n in range(12)
    ]
    try:
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=180)
    finally:
        for client in clients:
            client.close()
    assert not errors, errors
    stored = {d["record_id"]: d["seq"] for d in mongo_client[unique_name].audit_records.find({})}
    assert sorted(stored) == sorted(r.id for r in records)  # each record exactly once
    assert sorted(stored.values()) == list(range(1, 97))
    code, report, _ = _verify(mongodb_uri, unique_name)
    assert code == 0, report
    assert report["intact"] is True
    assert report["checked"] == 96
