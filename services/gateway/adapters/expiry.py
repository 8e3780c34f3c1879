"""Expiring documents on servers with and without TTL indexes.

MongoDB deletes expired documents itself through a TTL index. FerretDB v1 (our local
server) has no TTL indexes and narrows a query only by ``_id``: deleting by
``expires_at <= now`` reads the whole collection, so doing that now and then from a request
costs more the more the gateway has ever served.

So the stores also file each expiring document's id in a **time bucket**: one small
document per second of expiry in ``expiry_buckets`` (``_id`` = ``"<collection>:<second>"``,
e.g. ``"idempotency_keys:2026-12-01T14:05:09"``, holding the ids that expire in that
second; per second, not per minute, so a bucket holds only what one second brings and
adding to it stays cheap under load). At most once a minute per process,
:class:`ExpiryBuckets` walks the seconds from where the last sweep stopped (a position
document, ``"<collection>:position"``) up to now, all by ``_id`` (a ``$in`` of up to 500
bucket ids per read, so an idle minute costs one read): it reads each bucket, reads
its documents by a bounded ``$in``, deletes those still expired (the delete re-checks
``expires_at``, so a document whose expiry moved later survives) and files the survivors
in the bucket of their new expiry, then deletes the bucket. A sweep costs in proportion to
what expired since the last one, never to what is stored.

The id is filed *before* the document is written: a crash in between leaves an id without
a document, which the sweep passes over. Two instances adding to one bucket at the same
moment can lose an id on FerretDB (it updates by read-modify-write without isolation); such
a document is still ignored by the stores once expired, and ``python -m gateway retention``
(which deletes by ``expires_at``: an operator-started scan) removes it. On MongoDB the TTL
index removes expired documents anyway and the sweep finds them gone.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime, timedelta
from typing import Any

from pymongo import ASCENDING
from pymongo.collection import Collection
from pymongo.database import Database
from pymongo.errors import DuplicateKeyError, OperationFailure

from pathways_runtime.document_locks import document_lock

__all__ = [
    "BUCKET_COLLECTION",
    "IN_CHUNK",
    "ExpiryBuckets",
    "chunks",
    "delete_expired",
    "ensure_ttl_index",
    "minute_of",
]

_NOT_IMPLEMENTED = 238

#: Where every expiring collection of the gateway files its ids by second of expiry.
BUCKET_COLLECTION = "expiry_buckets"
#: The most ids one ``$in`` names (the store narrows a bounded ``$in`` of string ids).
IN_CHUNK = 500
#: How long a bucket is left after its second before it is swept: instances' clocks
#: differ a little, and one running behind may still file ids in a second just past.
_GRACE = timedelta(minutes=2)
#: Seconds walked at most per sweep (six hours): after a long stop, catching up is spread
#: over several sweeps instead of holding up one request.
_MAX_SECONDS_PER_SWEEP = 6 * 3600
_SECOND_FORMAT = "%Y-%m-%dT%H:%M:%S"

Document = dict[str, Any]


def ensure_ttl_index(collection: Collection[Any], *, field: str = "expires_at") -> bool:
    """A TTL index on ``field`` if the server has them; False when it does not.

    Without TTL the plain index serves the retention job's scan on MongoDB-likes.
    """
    try:
        collection.create_index([(field, ASCENDING)], expireAfterSeconds=0)
    except OperationFailure as error:
        if error.code != _NOT_IMPLEMENTED:
            raise
        collection.create_index([(field, ASCENDING)])
        return False
    return True


def delete_expired(collection: Collection[Any], *, now: datetime, field: str = "expires_at") -> int:
    """Delete every document whose ``field`` is at or before ``now``; returns how many.

    A scan on FerretDB: for the retention job (operator-started) only, never a request.
    """
    return collection.delete_many({field: {"$lte": now}}).deleted_count


def chunks(items: Sequence[Any], size: int = IN_CHUNK) -> Iterable[Sequence[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _utc(moment: datetime) -> datetime:
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def minute_of(moment: datetime) -> datetime:
    """The start of ``moment``'s minute, in UTC."""
    return _utc(moment).replace(second=0, microsecond=0)


def _second_of(moment: datetime) -> datetime:
    return _utc(moment).replace(microsecond=0)


def _label(second: datetime) -> str:
    return second.strftime(_SECOND_FORMAT)


class ExpiryBuckets:
    """The time buckets of one collection (see the module's docstring).

    ``maybe_sweep`` sweeps at most once per minute per process, so calling it from a
    request costs one comparison almost always; a sweep reads ``$in`` batches of 500
    bucket ids (a minute is 60 of them).
    """

    def __init__(
        self,
        db: Database[Document],
        *,
        collection: str,
        field: str = "expires_at",
    ) -> None:
        self._db = db
        self._target = db[collection]
        self._buckets = db[BUCKET_COLLECTION]
        self._name = collection
        self._field = field
        self._lock_namespace = f"{db.name}.{BUCKET_COLLECTION}"
        self._last_sweep_minute: datetime | None = None

    def bucket_id(self, expires_at: datetime) -> str:
        return f"{self._name}:{_label(_second_of(expires_at))}"

    @property
    def position_id(self) -> str:
        return f"{self._name}:position"

    def add(self, document_id: str, *, expires_at: datetime) -> None:
        """File ``document_id`` to be deleted once ``expires_at`` has passed."""
        self.add_many([(document_id, expires_at)])

    def add_many(self, items: Iterable[tuple[str, datetime]]) -> None:
        by_bucket: dict[str, list[str]] = {}
        for document_id, expires_at in items:
            by_bucket.setdefault(self.bucket_id(expires_at), []).append(document_id)
        for bucket, ids in by_bucket.items():
            for part in chunks(ids):
                # The process's writers of one bucket take turns: FerretDB would otherwise
                # let two concurrent $addToSet of one document lose one of them.
                with document_lock(self._lock_namespace, bucket):
                    self._buckets.update_one(
                        {"_id": bucket},
                        {"$addToSet": {"ids": {"$each": list(part)}}},
                        upsert=True,
                    )

    def maybe_sweep(self, *, now: datetime) -> int:
        minute = minute_of(now)
        if self._last_sweep_minute == minute:
            return 0
        self._last_sweep_minute = minute
        return self.sweep(now=now)

    def sweep(self, *, now: datetime) -> int:
        """Delete what expired in the buckets since the last sweep; returns how many."""
        end = _second_of(now) - _GRACE  # exclusive
        position = self._buckets.find_one({"_id": self.position_id})
        start = _position_second(position) if position is not None else None
        if start is None:
            # First sweep of this collection: nothing was filed before the buckets existed
            # (``python -m gateway migrate`` deletes what had expired then).
            self._advance(end)
            return 0
        deleted = 0
        seconds: list[datetime] = []
        cursor = start
        while cursor < end and len(seconds) < _MAX_SECONDS_PER_SWEEP:
            seconds.append(cursor)
            cursor += timedelta(seconds=1)
        for part in chunks(seconds):
            ids = [f"{self._name}:{_label(second)}" for second in part]
            for bucket in self._buckets.find({"_id": {"$in": ids}}):
                deleted += self._sweep_bucket(bucket, now=now)
            self._advance(part[-1] + timedelta(seconds=1))
        return deleted

    def _sweep_bucket(self, bucket: Document, *, now: datetime) -> int:
        deleted = 0
        filed = [str(document_id) for document_id in bucket.get("ids", ())]
        for part in chunks(filed):
            found = list(
                self._target.find({"_id": {"$in": list(part)}}, projection={self._field: 1})
            )
            expired = [d["_id"] for d in found if _expired(d.get(self._field), now=now)]
            later = [
                (d["_id"], _utc(d[self._field]))
                for d in found
                if isinstance(d.get(self._field), datetime)
                and not _expired(d[self._field], now=now)
            ]
            if expired:
                # Re-checked in the filter: one extended since the read above survives.
                deleted += self._target.delete_many(
                    {"_id": {"$in": expired}, self._field: {"$lte": now}}
                ).deleted_count
            if later:
                self.add_many(later)
        with document_lock(self._lock_namespace, bucket["_id"]):
            self._buckets.delete_one({"_id": bucket["_id"]})
        return deleted

    def _advance(self, second: datetime) -> None:
        label = _label(second)
        # A duplicate key: another instance is already further on.
        with contextlib.suppress(DuplicateKeyError):
            self._buckets.update_one(
                {"_id": self.position_id, "next": {"$lt": label}},
                {"$set": {"next": label}},
                upsert=True,
            )


def _position_second(document: Document) -> datetime | None:
    label = document.get("next")
    if not isinstance(label, str):
        return None
    try:
        return datetime.strptime(label, _SECOND_FORMAT).replace(tzinfo=UTC)
    except ValueError:
        return None


def _expired(value: Any, *, now: datetime) -> bool:
    return isinstance(value, datetime) and _utc(value) <= _utc(now)
