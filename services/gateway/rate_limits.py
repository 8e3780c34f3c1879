"""Fixed-window rate limits, counted in a store every gateway instance shares.

Why shared and not per instance: the gateway runs as several replicas behind a load
balancer. Per-instance counters would let a password guesser spread attempts over the
replicas and get N times the limit, and the limit would change with the replica count.
A MongoDB counter costs one small atomic upsert per limited request (logins and writes
only, which touch the database anyway). Fixed windows are coarse (a burst at a window edge
can reach twice the limit briefly) but need one document per window and are easy to
explain; the lock-out after repeated failures is the real brake on password guessing.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from gateway.errors import RateLimited
from gateway.ports import Clock, RateCounter

__all__ = ["RateLimiter"]


@dataclass
class RateLimiter:
    counter: RateCounter
    clock: Clock
    window_s: int = 60

    def check(self, *, bucket: str, limit: int) -> None:
        """Count one request in ``bucket``; refuse it past ``limit`` in this window."""
        now = self.clock.now()
        epoch = now.timestamp()
        start_s = math.floor(epoch / self.window_s) * self.window_s
        window_start = datetime.fromtimestamp(start_s, tz=UTC)
        window_end = window_start + timedelta(seconds=self.window_s)
        count = self.counter.hit(
            bucket=bucket,
            window_start=window_start,
            expires_at=window_end + timedelta(seconds=self.window_s),
        )
        if count > limit:
            raise RateLimited(
                "too many requests; try again later",
                retry_after_s=math.ceil((window_end - now).total_seconds()),
            )
