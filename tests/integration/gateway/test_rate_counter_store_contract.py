"""One contract, two counters: the unit tests' ``FakeRateCounter`` and ``MongoRateCounter`` on
a real FerretDB answer every case the same way (``gateway.ports.RateCounter``), counted
through the ``RateLimiter`` that uses them, with an injected clock.

The rules (``gateway.rate_limits``): fixed windows of ``window_s`` seconds aligned on the
epoch; each hit counts one in its bucket's current window and answers the count including
itself; past the limit a request is refused with the seconds left in the window; a new
window starts from zero; buckets never share a count.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from pymongo import MongoClient

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
