"""Failed logins per user and source (``gateway.ports.LoginFailureStore``).

One document per (user, source), ``_id`` = the key the authenticator gives (a keyed digest
of the client address, then the user id): every read and write is by ``_id``. It holds the
failures since the last lock or success and the end of the last lock, and expires at
``expires_at`` (a TTL index on MongoDB; on FerretDB the expiry buckets of
``gateway.adapters.expiry``, which re-check ``expires_at``, so moving it later keeps the
document).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from pymongo.database import Database

from gateway.adapters.expiry import ExpiryBuckets, ensure_ttl_index
from pathways_runtime.document_locks import document_lock
from pathways_runtime.mongo import upsert_returning

__all__ = ["COLLECTION", "MongoLoginFailureStore", "ensure_login_failure_indexes"]

Document = dict[str, Any]
COLLECTION = "login_failures"


def ensure_login_failure_indexes(db: Database[Document]) -> bool:
    return ensure_ttl_index(db[COLLECTION])


class MongoLoginFailureStore:
    def __init__(self, db: Database[Document]) -> None:
        self._collection = db[COLLECTION]
        self._expiry = ExpiryBuckets(db, collection=COLLECTION)

    def locked_until(self, key: str) -> datetime | None:
        document = self._collection.find_one({"_id": key}, projection={"locked_until": 1})
        if document is None:
            return None
        until = document.get("locked_until")
        return until if isinstance(until, datetime) else None

    def count_failure(
        self, key: str, *, now: datetime, threshold: int, lock_until: datetime, forget_at: datetime
    ) -> None:
        self._expiry.maybe_sweep(now=now)
        update = {"$inc": {"failures": 1}, "$max": {"expires_at": forget_at}}
        # FerretDB applies an update as read, change, write back: one process's updates of
        # one document take turns (``pathways_runtime.document_locks``).
        with document_lock(self._collection.full_name, key):
            after = upsert_returning(self._collection, key, update)
            failures = int(after["failures"]) if after is not None else 1
            if failures == 1:
                self._expiry.add(key, expires_at=forget_at)
            if failures >= threshold:
                self._collection.update_one(
                    {"_id": key, "failures": failures},
                    {
                        "$set": {"failures": 0, "locked_until": lock_until},
                        "$max": {"expires_at": max(forget_at, lock_until)},
                    },
                )

    def forget(self, key: str) -> None:
        self._collection.delete_one({"_id": key})
