"""Which events a consumer has already applied: effectively-once on an at-least-once bus.

Kafka delivers an event at least once (a producer retry after a crash, a consumer that
crashed before committing, a rebalance). Each consumer keeps the ids of the events it
applied in a collection of its own, ``processed_events_<consumer>``, whose ``_id`` is the
event id (unique by construction, so two instances racing on one id cannot both record it).

Two ways to pair the record with the effect; every consumer says which one it uses:

* **Together** (:meth:`ProcessedEvents.record_with`): when the effect *is* one new document
  (an audit entry, a row of a projection), that document is the record: one atomic
  single-document insert holds both, and a redelivery hits the unique ``_id``.
* **After** (:meth:`ProcessedEvents.apply_once`): when the effect lives in another document
  (a pool entry, a group) one write cannot hold both on a server without multi-document
  transactions (FerretDB v1). The id is then recorded *after* the effect is durable, and the
  effect must itself be idempotent (guarded by a version, or a set operation). A crash between
  the two applies the effect again, harmlessly. On a replica-set MongoDB both writes could go
  in one transaction instead; the code stays correct either way.

Either way the offset is committed only after this returns.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import UTC, datetime
from typing import Any, TypeVar

from pymongo.database import Database
from pymongo.errors import BulkWriteError, DuplicateKeyError

from pathways_runtime.failpoints import failpoint

__all__ = ["ProcessedEvents", "collection_name"]

T = TypeVar("T")
Document = dict[str, Any]


def collection_name(consumer: str) -> str:
    if not consumer or not consumer.replace("_", "").replace("-", "").isalnum():
        raise ValueError("a consumer name is letters, digits, '_' and '-'")
    return f"processed_events_{consumer}"


class ProcessedEvents:
    """The processed-event ids of one consumer (e.g. ``peer_groups.survivor_events``)."""

    def __init__(
        self,
        db: Database[Document],
        *,
        consumer: str,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        self.consumer = consumer
        self._collection = db[collection_name(consumer)]
        self._clock = clock

    def ensure_indexes(self) -> None:
        """``_id`` is the event id (unique already); an index on the time serves pruning."""
        self._collection.create_index("processed_at")

    def seen(self, event_id: str) -> bool:
        return self._collection.find_one({"_id": event_id}, {"_id": 1}) is not None

    def seen_among(self, event_ids: Iterable[str]) -> set[str]:
        """Which of these ids are recorded (one query for a polled batch)."""
        ids = list(dict.fromkeys(event_ids))
        if not ids:
            return set()
        return {doc["_id"] for doc in self._collection.find({"_id": {"$in": ids}}, {"_id": 1})}

    def record(self, event_id: str, **fields: Any) -> bool:
        """Record the id (idempotent); True if this call recorded it, False if already there."""
        return self.record_with(event_id, fields)

    def record_with(self, event_id: str, effect: Document) -> bool:
        """Insert ``effect`` as the record itself: effect and id in one atomic write.

        False (and nothing written) if the event was applied before.
        """
        if "_id" in effect:
            raise ValueError("the record's _id is the event id")
        try:
            self._collection.insert_one({"_id": event_id, "processed_at": self._clock(), **effect})
        except DuplicateKeyError:
            return False
        return True

    def record_many(self, event_ids: Iterable[str]) -> int:
        """Record several ids at once (idempotent); returns how many were new."""
        now = self._clock()
        documents = [{"_id": i, "processed_at": now} for i in dict.fromkeys(event_ids)]
        if not documents:
            return 0
        try:
            result = self._collection.insert_many(documents, ordered=False)
        except BulkWriteError as error:
            return int(error.details.get("nInserted", 0))
        return len(result.inserted_ids)

    def apply_once(self, event_id: str, effect: Callable[[], T], **fields: Any) -> T | None:
        """Run the (idempotent) ``effect`` unless the id is recorded, then record the id.

        Returns the effect's result, or None if the event had been applied already.
        """
        if self.seen(event_id):
            return None
        result = effect()
        failpoint("consumer.after_effect")
        self.record(event_id, **fields)
        failpoint("consumer.after_record")
        return result

    def count(self) -> int:
        return self._collection.count_documents({})

    def forget_before(self, moment: datetime) -> int:
        """Drop records older than ``moment`` (once no redelivery can be that old: longer
        than the topic's retention); returns how many went."""
        return self._collection.delete_many({"processed_at": {"$lt": moment}}).deleted_count
