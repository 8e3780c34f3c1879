"""One contract, two counters: the unit tests' ``FakeRateCounter`` and ``MongoRateCounter`` on
a real FerretDB answer every case the same way (``gateway.ports.RateCounter``), counted
through the ``RateLimiter`` that uses them, with an injected clock.

The rules (``gateway.rate_limits``): fixed windows of ``window_s`` seconds aligned on the
epoch; each hit counts one in its bucket's current window and answers the count including
itself; past the limit a request is refused with the seconds left in the window; a new
window starts from zero; buckets never share a count.
"""

from __future__ import annotations

import threading
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from pymongo import MongoClient
from pymongo.errors import DuplicateKeyError

from gateway.adapters.mongo_rate_limits import MongoRateCounter
from gateway.bootstrap import ensure_indexes
from gateway.errors import RateLimited
from gateway.ports import RateCounter
from gateway.rate_limits import RateLimiter
from tests.unit.gateway.fakes import FakeClock, FakeRateCounter

#: On a minute boundary: with 60-second windows, one window runs 08:00:00 to 08:01:00.
T0 = datetime(2026, 3, 1, 8, 0, tzinfo=UTC)


@pytest.fixture(params=["fake", "mongodb"])
def counter(request: pytest.FixtureRequest, mongodb_uri: str) -> Iterator[RateCounter]:
    if request.param == "fake":
        yield FakeRateCounter()
        return
    client: MongoClient[Any] = MongoClient(mongodb_uri, tz_aware=True)
    name = f"rate_{uuid.uuid4().hex[:10]}"
    try:
        ensure_indexes(client[name])
        yield MongoRateCounter(client[name])
    finally:
        client.drop_database(name)
        client.close()


def _hit(counter: RateCounter, bucket: str, window_start: datetime) -> int:
    return counter.hit(
        bucket=bucket, window_start=window_start, expires_at=window_start + timedelta(minutes=2)
    )


def test_each_hit_answers_the_windows_count_including_itself(counter: RateCounter) -> None:
    assert [_hit(counter, "login:usr_1", T0) for _ in range(4)] == [1, 2, 3, 4]
    # Another bucket and another window each count on their own.
    assert _hit(counter, "login:usr_2", T0) == 1
    assert _hit(counter, "login:usr_1", T0 + timedelta(minutes=1)) == 1
    assert _hit(counter, "login:usr_1", T0) == 5


def test_the_limit_holds_within_a_window_and_a_new_window_starts_afresh(
    counter: RateCounter,
) -> None:
    clock = FakeClock(T0)
    limiter = RateLimiter(counter=counter, clock=clock, window_s=60)
    limiter.check(bucket="writes:usr_1", limit=2)
    clock.advance(30)
    limiter.check(bucket="writes:usr_1", limit=2)
    clock.advance(10)  # 08:00:40, 20 seconds before the window ends
    with pytest.raises(RateLimited) as refused:
        limiter.check(bucket="writes:usr_1", limit=2)
    assert refused.value.retry_after_s == 20
    # Someone else's bucket is not spent by it.
    limiter.check(bucket="writes:usr_2", limit=2)
    clock.advance(19)  # 08:00:59: still the same window
    with pytest.raises(RateLimited):
        limiter.check(bucket="writes:usr_1", limit=2)
    clock.advance(1)  # 08:01:00: the next window
    limiter.check(bucket="writes:usr_1", limit=2)
    limiter.check(bucket="writes:usr_1", limit=2)
    with pytest.raises(RateLimited) as again:
        limiter.check(bucket="writes:usr_1", limit=2)
    assert again.value.retry_after_s == 60


def _at_once(counter: RateCounter, hits: int, window: datetime) -> list[int | BaseException]:
    """``hits`` threads hitting one bucket's new window together: each one's answer."""
    barrier = threading.Barrier(hits)
    answers: list[int | BaseException] = []

    def hit() -> None:
        barrier.wait()
        try:
            answers.append(_hit(counter, "writes:usr_1", window))
        except Exception as error:
            answers.append(error)

    threads = [threading.Thread(target=hit) for _ in range(hits)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return answers


def test_hits_at_the_same_moment_are_each_counted_once_and_none_fails(
    counter: RateCounter,
) -> None:
    """Many requests open a window at once: two upserts may both try to create its counter
    (a duplicate key on FerretDB and MongoDB alike, measured: 70 of 240 first hits); the
    loser counts again instead of failing the request."""
    for round_number in range(12):
        answers = _at_once(counter, 8, T0 + timedelta(minutes=round_number))
        assert sorted(answers, key=str) == sorted(range(1, 9), key=str)


class _CreatedMeanwhile:
    """The counters' collection as seen when another gateway instance creates the counter
    between this one's look and its insert: the first upsert meets a duplicate key."""

    def __init__(self, collection: Any) -> None:
        self._collection = collection
        self.full_name = collection.full_name
        self.raced = False

    def find_one_and_update(self, where: dict[str, Any], *args: Any, **kwargs: Any) -> Any:
        if not self.raced:
            self.raced = True
            self._collection.insert_one({"_id": where["_id"], "count": 1})  # the other's hit
            raise DuplicateKeyError("E11000 duplicate key error", code=11000)
        return self._collection.find_one_and_update(where, *args, **kwargs)


def test_a_counter_another_instance_created_first_counts_this_hit_too(mongodb_uri: str) -> None:
    client: MongoClient[Any] = MongoClient(mongodb_uri, tz_aware=True)
    name = f"rate_{uuid.uuid4().hex[:10]}"
    try:
        ensure_indexes(client[name])
        counter = MongoRateCounter(client[name])
        raced = _CreatedMeanwhile(client[name]["rate_counters"])
        counter._collection = raced  # type: ignore[assignment]

        assert _hit(counter, "writes:usr_1", T0) == 2
        assert raced.raced
    finally:
        client.drop_database(name)
        client.close()
