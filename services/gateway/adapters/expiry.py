"""Expiring documents on servers with and without TTL indexes.

MongoDB deletes expired documents itself through a TTL index. FerretDB v1 (our local
server) does not implement TTL indexes, so where creating one fails the stores also ignore
expired documents when reading and delete them now and then themselves.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from pymongo import ASCENDING
from pymongo.collection import Collection
from pymongo.errors import OperationFailure

__all__ = ["ExpirySweeper", "delete_expired", "ensure_ttl_index"]

_NOT_IMPLEMENTED = 238


def ensure_ttl_index(collection: Collection[Any], *, field: str = "expires_at") -> bool:
    """A TTL index on ``field`` if the server has them; False when it does not."""
    try:
        collection.create_index([(field, ASCENDING)], expireAfterSeconds=0)
    except OperationFailure as error:
        if error.code != _NOT_IMPLEMENTED:
            raise
        collection.create_index([(field, ASCENDING)])
        return False
    return True


def delete_expired(collection: Collection[Any], *, now: datetime, field: str = "expires_at") -> int:
    """Delete every document whose ``field`` is at or before ``now``; returns how many."""
    return collection.delete_many({field: {"$lte": now}}).deleted_count


class ExpirySweeper:
    """Deletes expired documents every ``every``-th call (a no-op with a TTL index)."""

    def __init__(self, collection: Collection[Any], *, every: int = 200) -> None:
        self._collection = collection
        self._every = every
        self._calls = 0
        self.enabled = True

    def maybe_sweep(self, *, now: datetime) -> None:
        if not self.enabled:
            return
        self._calls += 1
        if self._calls % self._every == 1:
            delete_expired(self._collection, now=now)
