"""One contract, two sources: the unit tests' ``FakeAudit`` and ``MongoAuditStore`` on a real
FerretDB answer the audit relay's and the chain watch's reads the same way
(``gateway.ports.AuditEntrySource``).

The rules: ``entries_after(seq, limit=n)`` answers, ascending, the entries numbered
``seq + 1 .. seq + n`` that are there: never one past ``seq + n``, so a pass costs the same
at any chain length, and a hole (an append in flight, or an entry deleted) is left for the
reader to judge (``gateway.audit.chain.settled_run``); ``latest_checkpoint`` is retention's
newest checkpoint (None before the first).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from pymongo import MongoClient

from gateway.adapters.mongo_audit import MongoAuditStore, entry_id
from gateway.audit.chain import chain_key, sign_checkpoint
from gateway.bootstrap import ensure_indexes
from tests.unit.gateway.fakes import FakeAudit, audit_record

KEY = chain_key("contract-test-chain-key")
T0 = datetime(2026, 3, 1, 8, 0, tzinfo=UTC)

#: A store (``FakeAudit`` or ``MongoAuditStore``) and a way to delete one entry behind its
#: back, as someone with write access to the database could.
Source = tuple[Any, Callable[[int], None]]


@pytest.fixture(params=["fake", "mongodb"])
def source(request: pytest.FixtureRequest, mongodb_uri: str) -> Iterator[Source]:
    if request.param == "fake":
        fake = FakeAudit(key=KEY)

        def delete_from_fake(seq: int) -> None:
            fake.chained = [e for e in fake.chained if e.seq != seq]

        yield fake, delete_from_fake
        return
    client: MongoClient[Any] = MongoClient(mongodb_uri, tz_aware=True)
    name = f"src_{uuid.uuid4().hex[:10]}"
    try:
        db = client[name]
        ensure_indexes(db)

        def delete_from_store(seq: int) -> None:
            assert db.audit_records.delete_one({"_id": entry_id(seq)}).deleted_count == 1

        yield MongoAuditStore(db, chain_key=KEY), delete_from_store
    finally:
        client.drop_database(name)
        client.close()


def _fill(store: Any, count: int) -> list[str]:
    records = [audit_record(T0 + timedelta(minutes=n), n) for n in range(1, count + 1)]
    for record in records:
        store.append(record)
    return [record.id for record in records]


def _seqs(entries: Any) -> list[int]:
    return [entry.seq for entry in entries]


def test_the_next_entries_come_in_order_and_never_past_the_limit(source: Source) -> None:
    store, _ = source
    ids = _fill(store, 6)
    first = store.entries_after(0, limit=4)
    assert _seqs(first) == [1, 2, 3, 4]
    assert [entry.record.id for entry in first] == ids[:4]
    assert _seqs(store.entries_after(4, limit=10)) == [5, 6]
    assert store.entries_after(6, limit=10) == []


def test_a_hole_is_left_to_the_reader_and_nothing_past_the_limit_fills_it(
    source: Source,
) -> None:
    store, delete = source
    _fill(store, 7)
    delete(3)
    # Exactly the numbers 1 .. 4, whatever is there of them: not 5 in place of 3.
    assert _seqs(store.entries_after(0, limit=4)) == [1, 2, 4]
    assert _seqs(store.entries_after(2, limit=3)) == [4, 5]
    assert _seqs(store.entries_after(3, limit=10)) == [4, 5, 6, 7]


def test_the_latest_checkpoint_is_retentions_newest(source: Source) -> None:
    store, _ = source
    _fill(store, 5)
    assert store.latest_checkpoint() is None
    entries = store.entries_after(0, limit=5)
    second = sign_checkpoint(KEY, seq=2, hash_=entries[1].hash, at=entries[1].record.at)
    fourth = sign_checkpoint(KEY, seq=4, hash_=entries[3].hash, at=entries[3].record.at)
    store.add_checkpoint(second)
    assert store.latest_checkpoint() == second
    store.add_checkpoint(fourth)
    assert store.latest_checkpoint() == fourth
