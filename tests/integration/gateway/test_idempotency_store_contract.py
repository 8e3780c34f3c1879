"""One contract, two stores: the unit tests' ``FakeIdempotency`` and ``MongoIdempotencyStore``
on a real FerretDB answer every case the same way.

The gateway's unit tests stand on the fake; if it drifted from the store that runs in
production (a claim that never expires, an erasure that leaves a response readable), they
would pass for the wrong reason. The rules, from ``gateway.ports.IdempotencyStore``: a
key is claimed once; another request under it while it runs is IN_FLIGHT, a different
request MISMATCH; a completed one answers COMPLETED with what it left until it expires; a
released claim may run again; a claim whose lock passed may be taken over; erasing a
survivor empties every record filed under them to an ``erased`` claim that answers any
request with the key and names no one.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from pymongo import MongoClient

from gateway.adapters.mongo_idempotency import MongoIdempotencyStore
from gateway.bootstrap import ensure_indexes
from gateway.ports import IdempotencyClaim, IdempotencyStore, StoredResponse
from tests.unit.gateway.fake_idempotency import FakeIdempotency

T0 = datetime(2026, 3, 1, 8, 0, tzinfo=UTC)
LOCK = timedelta(seconds=60)
KEEP = timedelta(hours=24)


@pytest.fixture(params=["fake", "mongodb"])
def store(request: pytest.FixtureRequest, mongodb_uri: str) -> Iterator[IdempotencyStore]:
    if request.param == "fake":
        yield FakeIdempotency()
        return
    client: MongoClient[Any] = MongoClient(mongodb_uri, tz_aware=True)
    name = f"idem_{uuid.uuid4().hex[:10]}"
    try:
        ensure_indexes(client[name])
        yield MongoIdempotencyStore(client[name])
    finally:
        client.drop_database(name)
        client.close()


def _claim(
    store: IdempotencyStore, key: str, fingerprint: str = "f1", *, at: datetime = T0
) -> tuple[IdempotencyClaim, StoredResponse | None]:
    return store.claim(
        principal="usr_1", key=key, fingerprint=fingerprint, now=at, lock_until=at + LOCK
    )


def _complete(store: IdempotencyStore, key: str, response: StoredResponse) -> None:
    store.complete(principal="usr_1", key=key, response=response, now=T0, expires_at=T0 + KEEP)


def test_a_key_is_claimed_once_and_then_in_flight_or_a_mismatch(store: IdempotencyStore) -> None:
    assert _claim(store, "k1") == (IdempotencyClaim.CLAIMED, None)
    assert _claim(store, "k1") == (IdempotencyClaim.IN_FLIGHT, None)
    assert _claim(store, "k1", "f2") == (IdempotencyClaim.MISMATCH, None)
    # Another principal's key of the same name is theirs alone.
    other = store.claim(principal="usr_2", key="k1", fingerprint="f1", now=T0, lock_until=T0 + LOCK)
    assert other == (IdempotencyClaim.CLAIMED, None)


def test_a_completed_request_answers_its_retries_until_it_expires(store: IdempotencyStore) -> None:
    _claim(store, "k2")
    left = StoredResponse(status=201, location="/v1/survivors/srv_a", survivors=("srv_a",))
    _complete(store, "k2", left)
    assert _claim(store, "k2", at=T0 + timedelta(hours=1)) == (IdempotencyClaim.COMPLETED, left)
    assert _claim(store, "k2", "f2", at=T0 + timedelta(hours=1))[0] is IdempotencyClaim.MISMATCH
    assert _claim(store, "k2", at=T0 + KEEP + timedelta(seconds=1)) == (
        IdempotencyClaim.CLAIMED,
        None,
    )


def test_a_released_claim_may_run_again_and_a_stale_lock_is_taken_over(
    store: IdempotencyStore,
) -> None:
    _claim(store, "k3")
    store.release(principal="usr_1", key="k3")
    assert _claim(store, "k3", "f2") == (IdempotencyClaim.CLAIMED, None)
    _claim(store, "k4")
    assert _claim(store, "k4", at=T0 + LOCK + timedelta(seconds=1)) == (
        IdempotencyClaim.CLAIMED,
        None,
    )


def test_erasing_a_survivor_empties_every_record_that_names_them(store: IdempotencyStore) -> None:
    _claim(store, "k5")
    _complete(store, "k5", StoredResponse(status=201, receipt='{"id": "m1"}', survivors=("srv_b",)))
    _claim(store, "k6")
    kept = StoredResponse(status=201, survivors=("srv_c",))
    _complete(store, "k6", kept)

    assert store.erase_survivor(survivor_id="srv_b") == 1
    state, left = _claim(store, "k5", "any-other-request")
    assert state is IdempotencyClaim.COMPLETED
    assert left is not None
    assert left.erased
    assert (left.location, left.receipt, left.survivors) == (None, None, ())
    # Nobody else's record is touched, and a second erasure finds nothing more.
    assert _claim(store, "k6") == (IdempotencyClaim.COMPLETED, kept)
    assert store.erase_survivor(survivor_id="srv_b") == 0
