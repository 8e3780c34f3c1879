"""Idempotency keys: the first response to a POST, kept under (principal, key).

The unique index on (principal, key) is what makes a duplicate impossible: of two requests
racing with one key exactly one inserts the claim; the other finds it and waits, replays
or is refused. Keys are stored as SHA-256 digests, since a client may put anything in one.
"""

from __future__ import annotations

import hashlib
from datetime import datetime
from typing import Any

from bson.binary import Binary
from pymongo import ASCENDING
from pymongo.database import Database
from pymongo.errors import DuplicateKeyError

from gateway.adapters.expiry import ExpirySweeper, ensure_ttl_index
from gateway.ports import IdempotencyClaim, StoredResponse

__all__ = ["MongoIdempotencyStore", "ensure_idempotency_indexes"]

Document = dict[str, Any]
_IN_FLIGHT = "in_flight"
_COMPLETED = "completed"


def ensure_idempotency_indexes(db: Database[Document]) -> bool:
    db.idempotency_keys.create_index([("principal", ASCENDING), ("key", ASCENDING)], unique=True)
    return ensure_ttl_index(db.idempotency_keys)


def _digest(key: str) -> str:
    return hashlib.sha256(key.encode()).hexdigest()


class MongoIdempotencyStore:
    def __init__(self, db: Database[Document], *, ttl_index: bool = False) -> None:
        self._collection = db.idempotency_keys
        self._sweeper = ExpirySweeper(self._collection)
        self._sweeper.enabled = not ttl_index

    def claim(
        self,
        *,
        principal: str,
        key: str,
        fingerprint: str,
        now: datetime,
        lock_until: datetime,
    ) -> tuple[IdempotencyClaim, StoredResponse | None]:
        self._sweeper.maybe_sweep(now=now)
        where = {"principal": principal, "key": _digest(key)}
        for _attempt in range(3):
            try:
                self._collection.insert_one(
                    where
                    | {
                        "fingerprint": fingerprint,
                        "state": _IN_FLIGHT,
                        "created_at": now,
                        "expires_at": lock_until,
                    }
                )
            except DuplicateKeyError:
                pass
            else:
                return IdempotencyClaim.CLAIMED, None
            existing = self._collection.find_one(where)
            if existing is None:
                continue  # released in between: try to claim again
            if existing["expires_at"] <= now:
                # Expired (a crashed request's claim, or an old result): it no longer counts.
                self._collection.delete_one(
                    {"_id": existing["_id"], "expires_at": existing["expires_at"]}
                )
                continue
            if existing["fingerprint"] != fingerprint:
                return IdempotencyClaim.MISMATCH, None
            if existing["state"] == _IN_FLIGHT:
                return IdempotencyClaim.IN_FLIGHT, None
            return IdempotencyClaim.COMPLETED, StoredResponse(
                status=int(existing["status"]),
                body=bytes(existing["body"]),
                headers=tuple(
                    (str(pair["name"]), str(pair["value"])) for pair in existing.get("headers", ())
                ),
            )
        return IdempotencyClaim.IN_FLIGHT, None

    def complete(
        self, *, principal: str, key: str, response: StoredResponse, expires_at: datetime
    ) -> None:
        self._collection.update_one(
            {"principal": principal, "key": _digest(key)},
            {
                "$set": {
                    "state": _COMPLETED,
                    "status": response.status,
                    "body": Binary(response.body),
                    # Objects, not pairs: FerretDB v1 stores no arrays of arrays.
                    "headers": [{"name": n, "value": v} for n, v in response.headers],
                    "expires_at": expires_at,
                }
            },
        )

    def release(self, *, principal: str, key: str) -> None:
        self._collection.delete_one(
            {"principal": principal, "key": _digest(key), "state": _IN_FLIGHT}
        )
