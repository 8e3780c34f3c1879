"""Fixed-window rate counters shared by every gateway instance.

One document per (bucket, window), incremented with an upsert: atomic on the server, so N
gateway replicas together allow the configured rate, not N times it.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from pymongo import ReturnDocument
from pymongo.database import Database

from gateway.adapters.expiry import ExpirySweeper, ensure_ttl_index

__all__ = ["MongoRateCounter", "ensure_rate_limit_indexes"]

Document = dict[str, Any]


def ensure_rate_limit_indexes(db: Database[Document]) -> bool:
    return ensure_ttl_index(db.rate_counters)


class MongoRateCounter:
    def __init__(self, db: Database[Document], *, ttl_index: bool = False) -> None:
        self._collection = db.rate_counters
        self._sweeper = ExpirySweeper(self._collection, every=500)
        self._sweeper.enabled = not ttl_index

    def hit(self, *, bucket: str, window_start: datetime, expires_at: datetime) -> int:
        self._sweeper.maybe_sweep(now=window_start)
        document = self._collection.find_one_and_update(
            {"_id": f"{bucket}@{int(window_start.timestamp())}"},
            {"$inc": {"count": 1}, "$setOnInsert": {"expires_at": expires_at}},
            upsert=True,
            return_document=ReturnDocument.AFTER,
        )
        return int(document["count"]) if document is not None else 1
