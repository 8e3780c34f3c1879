"""One contract, two stores: the unit tests' ``FakeLoginFailures`` and
``MongoLoginFailureStore`` on a real FerretDB answer alike (``gateway.ports.LoginFailureStore``).

The rules: failures of a key count until ``threshold``, which locks the key until
``lock_until`` and counts from zero again; a success forgets the key; keys never share a
count.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from pymongo import MongoClient

from gateway.adapters.mongo_login_failures import MongoLoginFailureStore
from gateway.bootstrap import ensure_indexes
from gateway.ports import LoginFailureStore
from tests.unit.gateway.fakes import FakeLoginFailures

T0 = datetime(2026, 3, 1, 8, 0, tzinfo=UTC)
LOCK = T0 + timedelta(minutes=15)


@pytest.fixture(params=["fake", "mongodb"])
def store(request: pytest.FixtureRequest, mongodb_uri: str) -> Iterator[LoginFailureStore]:
    if request.param == "fake":
        yield FakeLoginFailures()
        return
    client: MongoClient[Any] = MongoClient(mongodb_uri, tz_aware=True)
    name = f"logins_{uuid.uuid4().hex[:10]}"
    try:
        ensure_indexes(client[name])
        yield MongoLoginFailureStore(client[name])
    finally:
        client.drop_database(name)
        client.close()


def _fail(store: LoginFailureStore, key: str, *, lock_until: datetime = LOCK) -> None:
    store.count_failure(key, now=T0, threshold=3, lock_until=lock_until, forget_at=lock_until)


def test_the_threshold_locks_the_key_and_nothing_before_it(store: LoginFailureStore) -> None:
    assert store.locked_until("ip1:usr_1") is None
    _fail(store, "ip1:usr_1")
    _fail(store, "ip1:usr_1")
    assert store.locked_until("ip1:usr_1") is None
    _fail(store, "ip1:usr_1")
    assert store.locked_until("ip1:usr_1") == LOCK
    # Another source of the same user, and the same source of another user, are untouched.
    assert store.locked_until("ip2:usr_1") is None
    assert store.locked_until("ip1:usr_2") is None


def test_after_a_lock_the_count_starts_again(store: LoginFailureStore) -> None:
    for _ in range(3):
        _fail(store, "ip1:usr_1")
    later = LOCK + timedelta(minutes=15)
    _fail(store, "ip1:usr_1", lock_until=later)
    _fail(store, "ip1:usr_1", lock_until=later)
    assert store.locked_until("ip1:usr_1") == LOCK  # two failures since: no new lock
    _fail(store, "ip1:usr_1", lock_until=later)
    assert store.locked_until("ip1:usr_1") == later


def test_a_success_forgets_the_key(store: LoginFailureStore) -> None:
    _fail(store, "ip1:usr_1")
    _fail(store, "ip1:usr_1")
    store.forget("ip1:usr_1")
    _fail(store, "ip1:usr_1")
    _fail(store, "ip1:usr_1")
    assert store.locked_until("ip1:usr_1") is None
    store.forget("never:seen")  # forgetting what was never kept is fine
