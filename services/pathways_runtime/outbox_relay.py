"""The outbox relay: publishes events saved with their aggregates, then removes them.

Shared by every service that writes events: each aggregate document carries its pending
events in an ``outbox`` array (one atomic single-document write with the state change);
events with no document left to carry them (an erasure) wait in a standalone collection.

At least once: an event is removed from the outbox only after Kafka acknowledged it
(acks=all, idempotent producer). A crash between the two publishes it again; consumers
apply each event id once. Events of one aggregate are published in the order they were
saved, keyed by the aggregate id, so they stay in order on their partition.

Which documents hold unsent events is written down in a small collection of its own
(``outbox_pending``): one *marker* per such document, written by the repository just before
the write that adds the events, deleted by the relay once they are sent. The relay never
searches the aggregate collections for pending events: it reads markers, and each document
a marker names by ``_id`` (FerretDB v1 narrows a query by an exact ``_id`` only; any other
filter scans the whole collection).

Fault tests crash the process between these steps through test-only failpoints
(``outbox.before_publish``, ``outbox.after_publish``, ``outbox.after_mark_sent``: see
:mod:`pathways_runtime.failpoints`); they do nothing unless armed.
"""

from __future__ import annotations

import math
import threading
import time
import uuid
from collections import OrderedDict, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any, Protocol

from pymongo import ASCENDING
from pymongo.database import Database
from pymongo.errors import DuplicateKeyError, PyMongoError

from pathways_runtime.document_locks import document_lock
from pathways_runtime.failpoints import failpoint
from pathways_runtime.log import get_logger

__all__ = [
    "PENDING_COLLECTION",
    "OutboxRelay",
    "RawPublisher",
    "mark_existing_outboxes",
    "marker_due_at",
    "marker_id",
]

_log = get_logger(__name__)

Document = dict[str, Any]

#: The markers' collection: one document per aggregate document holding unsent events.
PENDING_COLLECTION = "outbox_pending"
#: The owner written by :func:`mark_existing_outboxes`: no relay's own, so every relay
#: treats such markers as another instance's (taken over one grace period later).
MIGRATION_OWNER = "migration"
#: Ids per ``$in`` read (the store narrows a bounded ``$in`` of ids like an exact ``_id``).
_IN_CHUNK = 500


class RawPublisher(Protocol):
    def publish_encoded(self, topic: str, *, key: str, payload: bytes) -> None: ...


def marker_id(collection: str, document_id: Any) -> str:
    """The ``_id`` of the marker of one document: derived, so marking is an upsert by id."""
    return f"{collection}:{document_id}"


def marker_due_at(marker: Mapping[str, Any], *, owner: str, grace_s: float) -> float:
    """When (wall-clock seconds) a marker becomes this relay's to publish.

    Its own markers at once (``-inf``); another instance's ``grace_s`` after that instance
    marked the document (``at``): while it lives it publishes within milliseconds, so what
    is still marked then was left by a crash. A marker without a usable ``at`` (not written
    by this code) is due at once: nobody is known to be working on it.
    """
    if marker.get("owner") == owner:
        return -math.inf
    at = marker.get("at")
    if isinstance(at, bool) or not isinstance(at, int | float) or not math.isfinite(at):
        return -math.inf
    return float(at) + grace_s


def mark_existing_outboxes(
    db: Database[Document],
    *,
    collections: Iterable[str],
    pending_collection: str = PENDING_COLLECTION,
    clock: Callable[[], float] = time.time,
) -> int:
    """Marks every document that holds unsent events but no marker; returns how many.

    The migration for data written before markers existed (and a repair tool): the old
    relay found pending events by sweeping every collection, the new one only follows
    markers. Cold and operator-started (``python -m <service> migrate``): it scans each
    collection, on MongoDB through the sparse ``outbox.event_id`` index the services declare
    in ``ensure_indexes``. Idempotent: an existing marker is left as it is
    (``$setOnInsert``). The markers it writes belong to no relay, so a running relay
    publishes them one grace period later (the writer may still be alive).
    """
    markers = db[pending_collection]
    marked = 0
    for name in collections:
        found = db[name].find({"outbox.event_id": {"$exists": True}}, {"_id": 1})
        for document in found:
            fields = {
                "collection": name,
                "document_id": document["_id"],
                "owner": MIGRATION_OWNER,
                "at": clock(),
            }
            try:
                result = markers.update_one(
                    {"_id": marker_id(name, document["_id"])},
                    {"$setOnInsert": fields},
                    upsert=True,
                )
            except DuplicateKeyError:  # marked meanwhile by a writer: that marker stands
                continue
            marked += int(result.upserted_id is not None)
    return marked


class OutboxRelay:
    """Publishes what writers point it at right away, and what markers name now and then.

    **The protocol.** A repository, holding the document's lock
    (:func:`~pathways_runtime.document_locks.document_lock`), calls :meth:`mark_pending`
    and then writes the document with its new events; after the write it calls
    :meth:`notify`. ``mark_pending`` upserts the marker ``{collection}:{document id}`` with
    this relay's ``owner`` id and the wall-clock time ``at``, and raises if it cannot: then
    the write does not happen, so no event is ever saved without a marker. A write that
    fails after its marker leaves a marker with no events; the relay deletes it.

    To publish a document the relay reads it by ``_id`` (step 1), publishes its events in
    order, and then, holding the document's lock: removes the events it read with a
    ``$pullAll`` if the document is still the version it read (step 2; a write that landed
    meanwhile is never undone, its events stay and go out at the next pass, consumers apply
    each event id once), deletes the marker if it is still the one it acted on (step 3),
    reads the document again (step 4) and, if it still holds events, marks it again
    (step 5, only if no marker exists).

    **Why every interleaving keeps a marker on every document with unsent events.** A
    writer's marking and write (M then W) happen under the document's lock, and so do the
    relay's steps 2 to 5:

    - M and W before step 1: the relay sees the events and sends them; the marker goes.
    - M and W between steps 1 and 2: the version changed, so step 2 removes nothing (or,
      for a document without a version, exactly the items read: the new ones stay); step 3
      may delete the marker M rewrote (same owner), but step 4 sees the new events and
      step 5 marks the document again.
    - M and W after step 5: M writes a fresh marker, W adds the events after it.
    - M and W cannot straddle steps 2 to 5 in the same process: the lock. Without the lock
      (a caller that marks outside it) the relay could delete the marker between M and W;
      the events would then wait only for the writer's own ``notify``, and be stranded if
      the process died before publishing them.
    - A writer in *another* process is not covered by the lock: its M sets ``owner`` to its
      relay's id. Step 3 deletes only a marker whose owner (and, for a marker taken over,
      ``at``) are still what this relay acted on, so a marker another instance wrote is
      left to that instance; if it crashes, its marker is taken over once it is older than
      the grace period. The one window left: a writer stalled between M and W for longer
      than the grace period that then dies before publishing (its marker, taken over and
      deleted meanwhile, no longer covers W); ``mark_existing_outboxes`` (the migration)
      finds such events.

    **The sweep** (every ``sweep_interval_s``, and early when another instance's marker
    comes due) reads markers, not aggregates: its cost grows with what is pending, never
    with what is stored. Markers of this relay are published at once (their ``notify`` was
    lost, say the broker was down); another instance's once older than ``sweep_grace_s``
    by their ``at`` (so instances do not remove events from each other's fresh documents,
    which on a server that rewrites whole documents without isolation, FerretDB v1, could
    undo a write landing at the same moment); a marker whose document has no events, or
    no longer exists, is deleted.

    ``at`` is wall-clock time (``clock``, injected for tests): markers are shared by
    processes, possibly on different hosts, and a monotonic clock means nothing outside the
    process that read it. Hosts' clocks must agree to well within the grace period (NTP);
    a clock behind only delays a takeover, one far ahead takes over early (then events may
    go out twice, and on FerretDB a concurrent write of that document may be undone).
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
        pending_collection: str = PENDING_COLLECTION,
        instance_id: str | None = None,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self._db = db
        self._publisher = publisher
        self._idle_interval_s = idle_interval_s
        self._sweep_interval_s = sweep_interval_s
        self._sweep_grace_s = sweep_grace_s
        self._batch = batch
        self._collections = tuple(collections)
        self._standalone = standalone_collection
        self._markers = db[pending_collection]
        #: This relay's id, written into its markers. New for every process (a restarted
        #: process is another instance: it cannot know what its predecessor left half done).
        self.instance_id = instance_id or uuid.uuid4().hex
        self._clock = clock
        self._next_sweep = 0.0  # time.monotonic(): local scheduling only
        #: Wall-clock time (``clock``) at which another instance's marker comes due.
        self._foreign_due: float | None = None
        #: The last sweep filled its batch and made progress: more may be waiting.
        self._more = False
        self._pointed: set[tuple[str, Any]] = set()
        self._pointed_lock = threading.Lock()
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._loop, name="outbox-relay", daemon=True)
        self.published = 0
        # Ids this relay published lately. A document read after a refused removal (its
        # version changed) still holds them: skip those, don't resend them.
        self._recent: OrderedDict[str, None] = OrderedDict()

    def mark_pending(self, collection: str, document_id: Any) -> None:
        """Before a write that adds events to a document: record that it will hold some.

        Call it holding the document's lock, right before the write (see the class
        documentation for why). An upsert by ``_id``; raises (a ``PyMongoError``) if the
        store refused it, and then the write must not happen. Events in the standalone
        collection need no marker (that collection holds only pending events).
        """
        if collection == self._standalone:
            return
        self._mark(collection, document_id, only_if_absent=False)

    def notify(self, collection: str = "", document_id: Any = None) -> None:
        """Events were saved (in that document): publish now rather than at the next sweep."""
        if collection and document_id is not None:
            with self._pointed_lock:
                self._pointed.add((collection, document_id))
        else:
            self._next_sweep = 0.0
        self._wake.set()

    def mark_existing(self) -> int:
        """:func:`mark_existing_outboxes` over this relay's collections (a cold migration)."""
        return mark_existing_outboxes(
            self._db,
            collections=self._collections,
            pending_collection=self._markers.name,
            clock=self._clock,
        )

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
            # Our own write: its marker, if still ours, is deleted once the events are out.
            own = {"_id": marker_id(name, document_id), "owner": self.instance_id}
            moved += self._relay_document(name, document_id, marker_filter=own)
        if self._sweep_due():
            moved += self.sweep()
            wait = 0.0 if self._more else self._sweep_interval_s
            self._next_sweep = time.monotonic() + wait
        self.published += moved
        return moved

    def _sweep_due(self) -> bool:
        if time.monotonic() >= self._next_sweep:
            return True
        # Come back when another instance's leftovers become ours, not a sweep later.
        return self._foreign_due is not None and self._clock() >= self._foreign_due

    def sweep(self) -> int:
        """Publish what the markers name (and the standalone outbox); see the class doc.

        The one read here that is not by ``_id`` is ``find({})`` on the markers' collection,
        limited to ``batch``: that collection holds one marker per document with unsent
        events and nothing else, so the read costs in proportion to the pending work (no
        more than ``batch`` markers per sweep), never to the size of the aggregates'
        collections. Each named document is then read by ``_id``.
        """
        moved = 0
        progress = 0
        now = self._clock()
        self._foreign_due = None
        markers = list(self._markers.find({}, limit=self._batch))
        for marker in markers:
            due = marker_due_at(marker, owner=self.instance_id, grace_s=self._sweep_grace_s)
            if now < due:
                self._foreign_due = (
                    due if self._foreign_due is None else min(self._foreign_due, due)
                )
                continue
            name, document_id = marker.get("collection"), marker.get("document_id")
            if (
                not isinstance(name, str)
                or not name
                or document_id is None
                or name == self._standalone
            ):
                # Not a marker this code writes: nothing to follow.
                self._markers.delete_one({"_id": marker["_id"], "owner": marker.get("owner")})
                progress += 1
                continue
            # Delete only this very marker: a writer that marked the document again since
            # (another owner, or a fresh ``at``) keeps its marker.
            as_read = {"_id": marker["_id"], "owner": marker.get("owner"), "at": marker.get("at")}
            sent = self._relay_document(name, document_id, marker_filter=as_read)
            moved += sent
            progress += 1
        # A full batch with progress: more markers may be waiting behind it, come back now.
        self._more = len(markers) >= self._batch and progress > 0
        return moved + self._publish_standalone()

    def _relay_document(self, name: str, document_id: Any, *, marker_filter: Document) -> int:
        """Publish one document's events (step 1 onwards in the class doc); returns how many."""
        document = self._db[name].find_one({"_id": document_id}, {"outbox": 1, "version": 1})
        if document is not None and document.get("outbox"):
            return self._publish_document(name, document, marker_filter=marker_filter)
        # Nothing (left) to send: the events went out in an earlier pass, the write that
        # followed the marking failed, or the document is gone.
        with document_lock(self._db[name].full_name, document_id):
            self._settle(name, document_id, marker_filter=marker_filter)
        return 0

    def _publish_standalone(self) -> int:
        # The standalone collection holds only pending events (each is deleted once sent),
        # so reading it whole costs in proportion to what is pending.
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

    def _publish_document(self, name: str, document: Document, *, marker_filter: Document) -> int:
        collection = self._db[name]
        items = list(document["outbox"])
        for item in items:
            if item["event_id"] not in self._recent:
                failpoint("outbox.before_publish")
                self._publisher.publish_encoded(
                    item["topic"], key=item["key"], payload=bytes(item["payload"])
                )
                failpoint("outbox.after_publish")
                self._remember(item["event_id"])
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
            # A crash here leaves the marker without events: deleted by the next sweep.
            failpoint("outbox.after_mark_sent")
            self._settle(name, document["_id"], marker_filter=marker_filter)
        return len(items)

    def _settle(self, name: str, document_id: Any, *, marker_filter: Document) -> None:
        """Steps 3 to 5 of the class doc; the caller holds the document's lock."""
        self._markers.delete_one(marker_filter)
        left = self._db[name].find_one({"_id": document_id}, {"outbox": 1})
        if left is not None and left.get("outbox"):
            # Events written after our read (ours under the lock, or another process's):
            # they must stay marked. A marker still there (another instance's) stands.
            self._mark(name, document_id, only_if_absent=True)

    def _mark(self, name: str, document_id: Any, *, only_if_absent: bool) -> None:
        fields = {
            "collection": name,
            "document_id": document_id,
            "owner": self.instance_id,
            "at": self._clock(),
        }
        update = {"$setOnInsert": fields} if only_if_absent else {"$set": fields}
        where = {"_id": marker_id(name, document_id)}
        try:
            self._markers.update_one(where, update, upsert=True)
        except DuplicateKeyError:
            # Two upserts of one new marker at once: MongoDB may refuse the second insert.
            # The marker exists now, so the same upsert again is an update.
            self._markers.update_one(where, update, upsert=True)

    def _remember(self, event_id: str) -> None:
        self._recent[event_id] = None
        while len(self._recent) > 50_000:
            self._recent.popitem(last=False)

    def pending(self) -> int:
        """Events not yet published (for health and tests): what markers name, plus the
        standalone outbox. Reads the markers and each marked document by a bounded ``$in``
        of ids; a document with events but no marker (data from before markers, not yet
        migrated) is not counted."""
        try:
            total = self._db[self._standalone].count_documents({})
            by_collection: dict[str, list[Any]] = defaultdict(list)
            for marker in self._markers.find({}, {"collection": 1, "document_id": 1}):
                name = marker.get("collection")
                if isinstance(name, str) and name and marker.get("document_id") is not None:
                    by_collection[name].append(marker["document_id"])
            for name, ids in by_collection.items():
                for start in range(0, len(ids), _IN_CHUNK):
                    chunk = ids[start : start + _IN_CHUNK]
                    for document in self._db[name].find({"_id": {"$in": chunk}}, {"outbox": 1}):
                        total += len(document.get("outbox") or [])
        except PyMongoError:
            return -1
        return total
