"""The outbox relay: publishes events saved with their aggregates, then removes them.

Shared by every service that writes events: each aggregate document carries its pending
events in an ``outbox`` array (one atomic single-document write with the state change);
events with no document left to carry them (an erasure) wait in a standalone collection.

At least once: an event is removed from the outbox only after Kafka acknowledged it
(acks=all, idempotent producer). A crash between the two publishes it again; consumers
apply each event id once. Events of one aggregate are published in the order they were
saved, keyed by the aggregate id, so they stay in order on their partition.

Fault tests crash the process between these steps through test-only failpoints
(``outbox.before_publish``, ``outbox.after_publish``, ``outbox.after_mark_sent``: see
:mod:`pathways_runtime.failpoints`); they do nothing unless armed.
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from collections.abc import Sequence
from typing import Any, Protocol

from pymongo import ASCENDING
from pymongo.database import Database
from pymongo.errors import PyMongoError

from pathways_runtime.document_locks import document_lock
from pathways_runtime.failpoints import failpoint
from pathways_runtime.log import get_logger

__all__ = ["OutboxRelay", "RawPublisher"]

_log = get_logger(__name__)

Document = dict[str, Any]


class RawPublisher(Protocol):
    def publish_encoded(self, topic: str, *, key: str, payload: bytes) -> None: ...


class OutboxRelay:
    """Publishes what writers point it at right away, and sweeps everything now and then.

    Repositories tell the relay which document just got events (``notify``), so the common
    case reads one document by id. A periodic sweep of every collection catches what a
    crash (of this or another instance) left behind; scans are slow on some servers, so it
    is not done on every write.

    Several instances share a database, and each one's sweep sees the others' documents.
    A sweep relays at once only documents this process wrote lately; events another
    instance saved are left to that instance for ``sweep_grace_s`` (it publishes them within
    milliseconds while it lives) and taken over only if they are still pending then. So
    instances do not remove events from each other's fresh documents, which on a server
    that rewrites whole documents without isolation (FerretDB v1) could undo a write landing
    at the same moment; what a crashed instance left goes out one grace period later.
    """

    def __init__(
        self,
        db: Database[Document],
        publisher: RawPublisher,
        *,
        idle_interval_s: float = 0.2,
        sweep_interval_s: float = 15.0,
        sweep_grace_s: float = 10.0,
        batch: int = 200,
        collections: Sequence[str],
        standalone_collection: str = "outbox",
    ) -> None:
        self._db = db
        self._sweep_interval_s = sweep_interval_s
        self._sweep_grace_s = sweep_grace_s
        self._next_sweep = 0.0
        #: Documents this process pointed at lately: a sweep relays them without waiting.
        self._own: OrderedDict[tuple[str, Any], None] = OrderedDict()
        #: When a sweep first saw another instance's pending events, by (collection, id,
        #: first pending event id).
        self._first_seen: dict[tuple[str, Any, str], float] = {}
        self._foreign_due: float | None = None
        self._pointed: set[tuple[str, Any]] = set()
        self._pointed_lock = threading.Lock()
        self._publisher = publisher
        self._idle_interval_s = idle_interval_s
        self._batch = batch
        self._collections = collections
        self._standalone = standalone_collection
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._loop, name="outbox-relay", daemon=True)
        self.published = 0
        # Ids this relay published lately. A scan may return a document as it was before our
        # own removal (no cursor isolation on every server): skip those, don't resend them.
        self._recent: OrderedDict[str, None] = OrderedDict()

    def notify(self, collection: str = "", document_id: Any = None) -> None:
        """Events were saved (in that document): publish now rather than at the next sweep."""
        if collection and document_id is not None:
            with self._pointed_lock:
                self._pointed.add((collection, document_id))
                self._own[(collection, document_id)] = None
                self._own.move_to_end((collection, document_id))
                while len(self._own) > 50_000:
                    self._own.popitem(last=False)
        else:
            self._next_sweep = 0.0
        self._wake.set()

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        self._wake.set()
        if self._thread.is_alive():
            self._thread.join(timeout=30)

    def _loop(self) -> None:
        while not self._stop.is_set():
            try:
                moved = self.relay_once()
            except Exception:  # broker or database away: keep the events, retry soon
                _log.warning("outbox relay could not publish; will retry", exc_info=True)
                moved = 0
                self._stop.wait(1.0)
            if moved == 0:
                self._wake.wait(self._idle_interval_s)
                self._wake.clear()

    def relay_once(self) -> int:
        """Publish what was pointed at, and sweep when due; returns how many events went out."""
        with self._pointed_lock:
            pointed, self._pointed = self._pointed, set()
        moved = 0
        if any(name == self._standalone for name, _ in pointed):
            moved += self._publish_standalone()
        for name, document_id in sorted(pointed, key=repr):
            if name == self._standalone:
                continue
            document = self._db[name].find_one({"_id": document_id}, {"outbox": 1, "version": 1})
            if document is not None and document.get("outbox"):
                moved += self._publish_document(name, document)
        if time.monotonic() >= self._next_sweep:
            moved += self.sweep()
            self._next_sweep = time.monotonic() + self._sweep_interval_s
            if self._foreign_due is not None:
                # Come back when another instance's leftovers become ours to relay.
                self._next_sweep = min(self._next_sweep, self._foreign_due)
        self.published += moved
        return moved

    def sweep(self) -> int:
        """Publish what is pending in every collection (slow on servers that scan).

        Documents this process wrote go out now; another instance's go out once they have
        been pending for the grace period (see the class documentation).
        """
        moved = 0
        now = time.monotonic()
        seen: dict[tuple[str, Any, str], float] = {}
        self._foreign_due = None
        for name in self._collections:
            pending = self._db[name].find(
                {"outbox.0": {"$exists": True}}, {"outbox": 1, "version": 1}, limit=self._batch
            )
            for document in pending:
                if self._is_ours_to_relay(name, document, now=now, seen=seen):
                    moved += self._publish_document(name, document)
        self._first_seen = seen
        return moved + self._publish_standalone()

    def _is_ours_to_relay(
        self,
        name: str,
        document: Document,
        *,
        now: float,
        seen: dict[tuple[str, Any, str], float],
    ) -> bool:
        with self._pointed_lock:
            if (name, document["_id"]) in self._own:
                return True
        marker = (name, document["_id"], str(document["outbox"][0].get("event_id")))
        first_seen = seen[marker] = self._first_seen.get(marker, now)
        due = first_seen + self._sweep_grace_s
        if now >= due:
            return True
        self._foreign_due = due if self._foreign_due is None else min(self._foreign_due, due)
        return False

    def _publish_standalone(self) -> int:
        moved = 0
        standalone = self._db[self._standalone]
        for item in standalone.find({}, limit=self._batch).sort("created_at", ASCENDING):
            failpoint("outbox.before_publish")
            self._publisher.publish_encoded(
                item["topic"], key=item["key"], payload=bytes(item["payload"])
            )
            failpoint("outbox.after_publish")
            standalone.delete_one({"_id": item["_id"]})
            failpoint("outbox.after_mark_sent")
            moved += 1
        return moved

    def _publish_document(self, name: str, document: Document) -> int:
        collection = self._db[name]
        sent = []
        items = list(document["outbox"])
        for item in items:
            if item["event_id"] not in self._recent:
                failpoint("outbox.before_publish")
                self._publisher.publish_encoded(
                    item["topic"], key=item["key"], payload=bytes(item["payload"])
                )
                failpoint("outbox.after_publish")
                self._remember(item["event_id"])
            sent.append(item["event_id"])
        # ``$pullAll`` of the elements as read (exact equality), not ``$pull`` with a
        # condition: FerretDB v1 ignores conditions in ``$pull`` and would keep them all.
        # Only if the document is still the version read: a write that landed meanwhile must
        # never be undone by this removal (a server that rewrites whole documents could).
        # If it changed, the events stay and go out again at the next pass (consumers apply
        # each event id once).
        where: Document = {"_id": document["_id"]}
        if "version" in document:
            where["version"] = document["version"]
        with document_lock(collection.full_name, document["_id"]):
            collection.update_one(where, {"$pullAll": {"outbox": items}})
        failpoint("outbox.after_mark_sent")
        return len(sent)

    def _remember(self, event_id: str) -> None:
        self._recent[event_id] = None
        while len(self._recent) > 50_000:
            self._recent.popitem(last=False)

    def pending(self) -> int:
        """Events not yet published (for health and tests)."""
        try:
            total = self._db[self._standalone].count_documents({})
            for name in self._collections:
                for document in self._db[name].find({"outbox.0": {"$exists": True}}, {"outbox": 1}):
                    total += len(document["outbox"])
        except PyMongoError:
            return -1
        return total
