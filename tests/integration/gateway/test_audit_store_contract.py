"""One contract, two stores: the unit tests' ``FakeAudit`` and ``MongoAuditStore`` on a real
FerretDB answer every case the same way: the audit port (append, query newest first with
filters and a cursor, ``any_about``), the chain they keep (gapless sequence numbers that
verify, read after a number), and retention's checkpoint and pruning.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from pymongo import MongoClient

from gateway.adapters.mongo_audit import MongoAuditStore
from gateway.audit.chain import chain_key, sign_checkpoint, verify_chain
from gateway.audit.records import AuditFilter, AuditOutcome, AuditRecord, Purpose
from gateway.bootstrap import ensure_indexes
from tests.unit.gateway.fakes import FakeAudit

KEY = chain_key("contract-test-chain-key")
T0 = datetime(2026, 3, 1, 8, 0, tzinfo=UTC)


@pytest.fixture(params=["fake", "mongodb"])
def store(request: pytest.FixtureRequest, mongodb_uri: str) -> Iterator[Any]:
    if request.param == "fake":
        yield FakeAudit(key=KEY)
        return
    client: MongoClient[Any] = MongoClient(mongodb_uri, tz_aware=True)
    name = f"aud_{uuid.uuid4().hex[:10]}"
    try:
        ensure_indexes(client[name])
        yield MongoAuditStore(client[name], chain_key=KEY)
    finally:
        client.drop_database(name)
        client.close()


def _record(n: int, **changes: Any) -> AuditRecord:
    values: dict[str, Any] = {
        # Ids sort by creation time; made in one loop, two may share a millisecond.
        "id": f"aud_{n:04d}{uuid.uuid4().hex[:8]}",
        "at": T0 + timedelta(minutes=n),
        "user_id": f"usr_{n % 2}",
        "organisation_id": "org_ngo",
        "role": "reintegration_officer",
        "action": "survivor.read",
        "purpose": Purpose.CASE_MANAGEMENT,
        "outcome": AuditOutcome.SUCCEEDED,
        "request_id": f"req-{n:04d}",
        "survivor_id": f"srv_{n % 3}",
        "survivor_organisation_id": "org_ngo",
    }
    values.update(changes)
    return AuditRecord(**values)


def _fill(store: Any, count: int) -> list[AuditRecord]:
    records = [_record(n) for n in range(1, count + 1)]
    for record in records:
        store.append(record)
    return records


def test_queries_answer_newest_first_filtered_and_paged(store: Any) -> None:
    records = _fill(store, 7)
    everything = store.query(AuditFilter(), before=None, limit=10)
    assert [r.id for r in everything] == [r.id for r in reversed(records)]
    about = store.query(AuditFilter(survivor_id="srv_1"), before=None, limit=10)
    assert [r.request_id for r in about] == ["req-0007", "req-0004", "req-0001"]
    first = store.query(AuditFilter(user_id="usr_1"), before=None, limit=2)
    rest = store.query(AuditFilter(user_id="usr_1"), before=first[-1].id, limit=10)
    assert [r.request_id for r in first + rest] == ["req-0007", "req-0005", "req-0003", "req-0001"]
    assert store.any_about(survivor_id="srv_2", survivor_organisation_id="org_ngo")
    assert not store.any_about(survivor_id="srv_2", survivor_organisation_id="org_other")


def test_the_chain_is_gapless_verifies_and_is_read_after_a_number(store: Any) -> None:
    records = _fill(store, 6)
    entries = list(store.entries())
    assert [e.seq for e in entries] == [1, 2, 3, 4, 5, 6]
    assert [e.record.id for e in entries] == [r.id for r in records]
    assert verify_chain(KEY, entries=entries, checkpoint=None).intact
    assert [e.seq for e in store.entries(after_seq=4)] == [5, 6]


def test_pruning_behind_a_checkpoint_keeps_the_chain_verifiable(store: Any) -> None:
    _fill(store, 5)
    third = list(store.entries())[2]
    checkpoint = sign_checkpoint(KEY, seq=third.seq, hash_=third.hash, at=third.record.at)
    store.add_checkpoint(checkpoint)
    assert store.delete_through(3) == 3
    assert store.latest_checkpoint() == checkpoint
    assert [e.seq for e in store.entries()] == [4, 5]
    store.append(_record(6))
    after = list(store.entries())
    assert [e.seq for e in after] == [4, 5, 6]
    assert verify_chain(KEY, entries=after, checkpoint=checkpoint).intact
