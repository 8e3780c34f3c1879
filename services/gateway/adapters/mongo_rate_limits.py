"""Fixed-window rate counters shared by every gateway instance.

One document per (bucket, window), ``_id`` = ``"<bucket>@<window start>"``, incremented with
an upsert by that ``_id``: atomic on MongoDB, so N gateway replicas together allow the
configured rate, not N times it. Expiry: a TTL index on MongoDB; on FerretDB the first hit
of a window files the counter in the expiry buckets (``gateway.adapters.expiry``).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from pymongo.database import Database

from gateway.adapters.expiry import ExpiryBuckets, ensure_ttl_index
from pathways_runtime.document_locks import document_lock
from pathways_runtime.mongo import upsert_returning

__all__ = ["COLLECTION", "MongoRateCounter", "ensure_rate_limit_indexes"]

Document = dict[str, Any]
COLLECTION = "rate_counters"


def ensure_rate_limit_indexes(db: Database[Document]) -> bool:
    return ensure_ttl_index(db[COLLECTION])


class MongoRateCounter:
    def __init__(self, db: Database[Document]) -> None:
        self._collection = db[COLLECTION]
        self._expiry = ExpiryBuckets(db, collection=COLLECTION)

    def hit(self, *, bucket: str, window_start: datetime, expires_at: datetime) -> int:
        self._expiry.maybe_sweep(now=window_start)
        counter_id = f"{bucket}@{int(window_start.timestamp())}"
        update = {"$inc": {"count": 1}, "$setOnInsert": {"expires_at": expires_at}}
        # FerretDB v1 applies an update as read, change, write back: two hits of one counter
        # at the same moment could count once (``pathways_runtime.document_locks``). The lock
        # keeps one instance's hits apart; across instances FerretDB may undercount, MongoDB
        # does not.
        with document_lock(self._collection.full_name, counter_id):
            # Another instance's upsert may create the counter first: counted once anyway.
            document = upsert_returning(self._collection, counter_id, update)
        count = int(document["count"]) if document is not None else 1
        if count == 1:
            # The window's first hit created the counter: file it once, not on every hit.
            self._expiry.add(counter_id, expires_at=expires_at)
        return count
