"""Fixed-window rate limits, counted in a store every gateway instance shares; and each
user's read budget, kept in memory (:class:`ReadBudget`).

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
import threading
from collections import OrderedDict
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from gateway.errors import RateLimited
from gateway.ports import Clock, RateCounter

__all__ = ["RateLimiter", "ReadBudget"]


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


@dataclass
class ReadBudget:
    """Each signed-in user's reads, limited per gateway instance, in memory.

    Why: a stolen session, or a script, could otherwise read a caseload or shortlists as
    fast as the gateway answers (an outside probe wrote 1,092 audit records in 3 s through
    shortlist reads). A token bucket per user holds ``per_minute`` reads and refills at
    that rate: a person clicking through pages never meets it, a flood is slowed to it.
    Why in memory and not in the shared store, as writes are: a read must not cost a
    database write (recommendations are the hot path); with N replicas behind a load
    balancer a user gets up to N times the budget, which still bounds a flood. The
    buckets of at most ``max_users`` users are kept (the least recently seen go first).
    """

    clock: Clock
    per_minute: int
    max_users: int = 100_000
    _buckets: OrderedDict[str, tuple[float, float]] = field(default_factory=OrderedDict)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def take(self, user_id: str) -> None:
        """Spend one read of ``user_id``; ``RateLimited`` when none is left."""
        now = self.clock.now().timestamp()
        rate = self.per_minute / 60.0
        with self._lock:
            tokens, then = self._buckets.pop(user_id, (float(self.per_minute), now))
            tokens = min(float(self.per_minute), tokens + max(0.0, now - then) * rate)
            if tokens >= 1.0:
                tokens -= 1.0
                refused_for = 0.0
            else:
                refused_for = (1.0 - tokens) / rate
            self._buckets[user_id] = (tokens, now)
            if len(self._buckets) > self.max_users:
                self._buckets.popitem(last=False)
        if refused_for:
            raise RateLimited(
                "too many reads; try again later", retry_after_s=math.ceil(refused_for)
            )
