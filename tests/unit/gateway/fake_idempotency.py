"""An in-memory :class:`~gateway.ports.IdempotencyStore`, with MongoIdempotencyStore's rules:
a claim expires, a different request under a known key is a mismatch, a completed record
is filed under the survivors it names, and erasing one of them empties it to an ``erased``
claim that answers any request with the key."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from datetime import datetime

from gateway.ports import IdempotencyClaim, IdempotencyStore, StoredResponse

__all__ = ["FakeIdempotency"]


@dataclass
class _Record:
    fingerprint: str | None
    expires_at: datetime
    response: StoredResponse | None = None


@dataclass
class FakeIdempotency(IdempotencyStore):
    items: dict[tuple[str, str], _Record] = field(default_factory=dict)
    #: survivor id → the (principal, key) of each record filed under them
    by_survivor: dict[str, set[tuple[str, str]]] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def claim(
        self,
        *,
        principal: str,
        key: str,
        fingerprint: str,
        now: datetime,
        lock_until: datetime,
    ) -> tuple[IdempotencyClaim, StoredResponse | None]:
        with self._lock:
            existing = self.items.get((principal, key))
            if existing is not None and existing.expires_at <= now:
                existing = None
            if existing is None:
                self.items[(principal, key)] = _Record(fingerprint, lock_until)
                return IdempotencyClaim.CLAIMED, None
            if existing.response is not None and existing.response.erased:
                return IdempotencyClaim.COMPLETED, existing.response
            if existing.fingerprint != fingerprint:
                return IdempotencyClaim.MISMATCH, None
            if existing.response is None:
                return IdempotencyClaim.IN_FLIGHT, None
            return IdempotencyClaim.COMPLETED, existing.response

    def complete(
        self,
        *,
        principal: str,
        key: str,
        response: StoredResponse,
        now: datetime,
        expires_at: datetime,
    ) -> None:
        del now
        with self._lock:
            for survivor in response.survivors:
                self.by_survivor.setdefault(survivor, set()).add((principal, key))
            record = self.items[(principal, key)]
            record.response, record.expires_at = response, expires_at

    def release(self, *, principal: str, key: str) -> None:
        with self._lock:
            record = self.items.get((principal, key))
            if record is not None and record.response is None:
                del self.items[(principal, key)]

    def erase_survivor(self, *, survivor_id: str) -> int:
        emptied = 0
        with self._lock:
            for where in self.by_survivor.pop(survivor_id, set()):
                record = self.items.get(where)
                if record is None or record.response is None:
                    continue
                if survivor_id not in record.response.survivors:
                    continue
                record.fingerprint = None
                record.response = StoredResponse(status=404, erased=True)
                emptied += 1
        return emptied
