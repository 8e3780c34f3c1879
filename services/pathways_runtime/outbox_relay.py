"""The outbox relay: publishes events saved with their aggregates, then removes them.

Shared by every service that writes events: each aggregate document carries its pending
events in an ``outbox`` array (one atomic single-document write with the state change);
events with no document left to carry them (an erasure) wait in a standalone collection.

At least once: an event is removed from the outbox only after Kafka acknowledged it
(acks=all, idempotent producer). A crash between the two publishes it again; consumers
apply each event id once. Events of one aggregate are published in the order they were
saved, keyed by the aggregate id, so they stay in order on their partition.

Batched: a pass takes every document written since the last one, reads them with one
bounded ``_id $in``, publishes their events with one flush (and one more per further event
of a document: an aggregate's next event is sent only once its previous one is
acknowledged), removes them with one update per document (a few at a time, side by side)
and deletes all their markers with one command. Per event that is one store command and a
share of two, and a share of one broker wait, where it was four commands and a broker wait
of its own (measured at 100 events/s: 1.0 store command and 0.5 ms of relay CPU per event,
against 3.5 and 2.7 ms).

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

import itertools
import math
import threading
import time
import uuid
from collections import OrderedDict, defaultdict
from collections.abc import Callable, Hashable, Iterable, Iterator, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor, wait
from dataclasses import dataclass, field
from typing import Any, Protocol

from pymongo import ASCENDING
from pymongo.database import Database
from pymongo.errors import DuplicateKeyError, PyMongoError

from pathways_runtime.document_locks import document_lock
from pathways_runtime.failpoints import failpoint
from pathways_runtime.kafka_bus import OutgoingRecord
from pathways_runtime.log import get_logger

__all__ = [
    "PENDING_COLLECTION",
    "LatePublisher",
    "OutboxRelay",
    "PublishFailed",
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
# No batched writes of several statements (``bulk_write``, ``update_many`` by ids): FerretDB
# v1 keeps one of its at most 100 SQLite connections per statement of a command until the
# command ends, so one update of about 100 statements never returned, nor did four 25-
# statement bulks at once beside other writers (measured): it then held the database until
# restarted. One update per document, and a marker delete is one statement however many
# markers it names. The removals run ``removal_concurrency`` (default 8) at a time: single-
# statement commands, each holding one connection, as the service's own writers do.


class RawPublisher(Protocol):
    """The relay's port to the broker (``kafka_bus.KafkaEventPublisher``)."""

    def publish_encoded_batch(
        self, records: Sequence[OutgoingRecord]
    ) -> list[BaseException | None]:
        """Per record, in order: None once the broker acknowledged it, or the error."""
        ...


class LatePublisher:
    """A :class:`RawPublisher` connected once the service's background starts.

    A service builds its relay in bootstrap (no I/O), so that its repositories can mark
    their outboxes pending (:meth:`OutboxRelay.mark_pending`) and point the relay at new
    events (:meth:`OutboxRelay.notify`) from the first write on; the broker's producer is
    made when the background starts and set as ``target`` then. The relay publishes only
    once started, after that.
    """

    def __init__(self) -> None:
        self.target: RawPublisher | None = None

    def publish_encoded_batch(
        self, records: Sequence[OutgoingRecord]
    ) -> list[BaseException | None]:
        if self.target is None:
            raise RuntimeError("the event publisher is not started")
        return self.target.publish_encoded_batch(records)


class PublishFailed(Exception):
    """Some events of a pass were not acknowledged: they stay pending, retried soon."""


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


@dataclass(slots=True)
class _Pending:
    """One document a pass relays: how to delete its marker, and what the pass found."""

    collection: str
    document_id: Any
    #: The marker is deleted only if it still matches this (see the class documentation).
    marker_filter: Document
    #: The token of this relay's own marking of the document, when known: its marker is
    #: then deleted, with the others of the pass, only if it still carries this token.
    token: int | None = None
    #: Came from this process's ``notify`` (retried at once if the pass fails).
    pointed: bool = False
    #: The document as read in step 1 (``outbox`` and ``version``), None if it is gone.
    document: Document | None = None
    #: Its events as read, in the order saved.
    items: list[Document] = field(default_factory=list)
    #: How many of ``items``, from the first, are on the topic (acknowledged now or before).
    acknowledged: int = 0
    #: Why some of its events were not acknowledged (then nothing of it is settled).
    error: BaseException | None = None


class OutboxRelay:
    """Publishes what writers point it at right away, and what markers name now and then.

    **The protocol.** A repository, holding the document's lock
    (:func:`~pathways_runtime.document_locks.document_lock`), calls :meth:`mark_pending`
    and then writes the document with its new events; after the write it calls
    :meth:`notify`. ``mark_pending`` upserts the marker ``{collection}:{document id}`` with
    this relay's ``owner`` id, the wall-clock time ``at`` and a ``token`` new for every
    marking, and raises if it cannot: then the write does not happen, so no event is ever
    saved without a marker. A write that
    fails after its marker leaves a marker with no events; the relay deletes it.

    **A pass** takes the documents pointed at since the last one (or, in a sweep, those its
    markers name), and for all of them at once:

    1. reads them by ``_id`` (one bounded ``$in`` per collection);
    2. publishes their events: the first event of every document in one batch (one flush),
       then the second of those that have one, and so on; a document whose event was not
       acknowledged sends nothing more and is left as it is (retried, in order, later);

    and then:

    3. removes the events it read from each document, holding that document's lock, only
       if the document is still as it read it (same ``version``, same ``outbox``): one
       update per document, setting ``outbox`` to ``[]`` (``removal_concurrency`` of them
       side by side; the pass waits for all of them). A write that landed meanwhile is
       never undone: that document keeps every event, its new ones and the ones already
       sent (which this relay remembers and does not send again; consumers apply each
       event id once);
    4. deletes, with one command, the markers of the documents it emptied, each only if it
       is still the marking the relay acted on: its ``owner`` is this relay and its
       ``token`` the one this relay's :meth:`mark_pending` last wrote for that document
       before step 1 (every marking writes a new token);
    5. for the documents it could not settle so (read without events, since a marker can
       be read before its write lands; a removal refused; a marker taken over from another
       instance), side by side as in step 3, each holding its document's lock: deletes the
       marker if it is still the one acted on (another instance's: still the same
       ``owner`` and ``at``), reads the document again by ``_id``, takes out of a document
       without a version exactly the events sent (``$pullAll``), and marks it again if
       it still holds events (only if no marker exists).

    **Why every interleaving keeps a marker on every document with unsent events.** A
    writer's marking and write (M then W) happen under the document's lock, and M writes a
    token of its own into the marker:

    - M and W before step 1: the relay sees the events and sends them; the marker goes.
    - M and W between steps 1 and 3: the version changed, so step 3 removes nothing (for a
      document without a version, the outbox is no longer what was read), and step 5 sees
      the new events and marks the document again.
    - M before step 1 and W after it (a sweep reading the marker while the writer waits for
      the lock): the relay read no events, so step 5 takes the lock, after W, reads the
      document again and marks it again.
    - M after step 3 (and W after it, or not at all): M wrote a new token, so step 4 leaves
      that marker; W's events are published by a later pass.
    - A document emptied in step 3 held, at that moment and under its lock, exactly the
      events sent; a marking after it carries a new token, and step 4 deletes only the
      token read before step 1 (a marking between that and step 3 also carries a new
      token: its marker stays, at worst to be deleted by a later pass with nothing to
      send).
    - Step 5 does its delete, read and re-marking under the lock, so M and W of this
      process land before its read (which sees the events) or after its re-marking.
    - A writer in *another* process is not covered by the lock: its M sets ``owner`` to its
      relay's id, so steps 4 and 5 leave its marker to that instance; if it crashes, its
      marker is taken over once it is older than the grace period (step 5, on ``owner``
      and ``at``). The one window left: a writer stalled between M and W for longer than
      the grace period that then dies before publishing (its marker, taken over and
      deleted meanwhile, no longer covers W); ``mark_existing_outboxes`` (the migration)
      finds such events.

    A crash between any two steps loses nothing: before step 3 the events and the marker
    are still there (sent again: at least once); after step 3 a marker is left with no
    events (deleted by the next relay that takes it over); after step 4 nothing is left.

    **The sweep** (every ``sweep_interval_s``, and early when another instance's marker
    comes due) reads markers, not aggregates: its cost grows with what is pending, never
    with what is stored. Markers of this relay are published at once (their ``notify`` was
    lost, say the broker was down); another instance's once older than ``sweep_grace_s``
    by their ``at`` (so instances do not remove events from each other's fresh documents,
    which on a server that rewrites whole documents without isolation, FerretDB v1, could
    undo a write landing at the same moment); a marker whose document has no events, or
    no longer exists, is deleted.

    **Waking.** ``notify`` wakes the relay's thread at once; a pass that published
    something is followed by another straight away, and an idle relay looks again every
    ``idle_interval_s`` (and sweeps every ``sweep_interval_s``: the safety net for a lost
    ``notify``). Documents written while a pass runs are taken by the next one together,
    so under load the passes grow and each event costs less.

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
        removal_concurrency: int = 8,
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
        #: The token of this relay's latest marking of each document not yet settled.
        self._tokens: dict[tuple[str, Any], int] = {}
        self._tokens_lock = threading.Lock()
        self._next_token = itertools.count(1)
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._loop, name="outbox-relay", daemon=True)
        #: Step 3's removals, one single-statement update per document, run side by side:
        #: one at a time, a pass of N documents waited N round trips of a busy store (the
        #: relay then fell behind writers at about 30 documents a second, measured).
        self._removers = ThreadPoolExecutor(
            max_workers=max(1, removal_concurrency), thread_name_prefix="outbox-removal"
        )
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
        token = self._mark(collection, document_id, only_if_absent=False)
        if token is not None:  # always: the marking is unconditional
            with self._tokens_lock:
                self._tokens[(collection, document_id)] = token

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
        self._removers.shutdown(wait=True)

    def _loop(self) -> None:
        while not self._stop.is_set():
            # Cleared before the pass, not after the wait: a notify during the pass makes
            # the wait below return at once, so its document goes out with the next pass.
            self._wake.clear()
            try:
                moved = self.relay_once()
            except Exception:  # broker or database away: keep the events, retry soon
                _log.warning("outbox relay could not publish; will retry", exc_info=True)
                self._stop.wait(1.0)
                continue
            if moved == 0:
                self._wake.wait(self._idle_interval_s)

    def relay_once(self) -> int:
        """Publish what was pointed at, and sweep when due; returns how many events went out.

        Raises (``PublishFailed``, or the store's error) when some events could not be
        published or settled; they stay pending, and those pointed at are tried again on
        the next call.
        """
        with self._pointed_lock:
            pointed, self._pointed = self._pointed, set()
        standalone = any(name == self._standalone for name, _ in pointed)
        # Our own writes: their markers, if still ours, are deleted once the events are out.
        with self._tokens_lock:
            own = [
                _Pending(
                    name,
                    document_id,
                    self._own_marker(name, document_id),
                    token=self._tokens.get((name, document_id)),
                    pointed=True,
                )
                for name, document_id in sorted(pointed, key=repr)
                if name != self._standalone
            ]
        try:
            moved = self._relay_documents(own)
            if standalone:
                moved += self._publish_standalone()
        except BaseException:
            if standalone:  # the erasure events it was pointed at: next pass, not a sweep later
                with self._pointed_lock:
                    self._pointed |= {p for p in pointed if p[0] == self._standalone}
            raise
        if self._sweep_due():
            moved += self.sweep()
            wait = 0.0 if self._more else self._sweep_interval_s
            self._next_sweep = time.monotonic() + wait
        self.published += moved
        return moved

    def _own_marker(self, name: str, document_id: Any) -> Document:
        return {"_id": marker_id(name, document_id), "owner": self.instance_id}

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
        collections. The named documents are then read by ``_id`` (a bounded ``$in``).
        """
        progress = 0
        now = self._clock()
        self._foreign_due = None
        markers = list(self._markers.find({}, limit=self._batch))
        due: list[_Pending] = []
        for marker in markers:
            due_at = marker_due_at(marker, owner=self.instance_id, grace_s=self._sweep_grace_s)
            if now < due_at:
                self._foreign_due = (
                    due_at if self._foreign_due is None else min(self._foreign_due, due_at)
                )
                continue
            name, document_id = marker.get("collection"), marker.get("document_id")
            if (
                not isinstance(name, str)
                or not name
                or document_id is None
                or not isinstance(document_id, Hashable)
                or name == self._standalone
            ):
                # Not a marker this code writes: nothing to follow.
                self._markers.delete_one({"_id": marker["_id"], "owner": marker.get("owner")})
                progress += 1
                continue
            token = marker.get("token")
            if marker.get("owner") == self.instance_id:
                where = self._own_marker(name, document_id)
                # Relayed now: a notify waiting for the next pass would find nothing left.
                with self._pointed_lock:
                    self._pointed.discard((name, document_id))
            else:
                # Delete only this very marker: a writer that marked the document again
                # since (another owner, or a fresh ``at``) keeps its marker.
                where = {"_id": marker["_id"], "owner": marker.get("owner"), "at": marker.get("at")}
                token = None
            due.append(
                _Pending(name, document_id, where, token=token if isinstance(token, int) else None)
            )
        moved = self._relay_documents(due)
        progress += len(due)
        # A full batch with progress: more markers may be waiting behind it, come back now.
        self._more = len(markers) >= self._batch and progress > 0
        return moved + self._publish_standalone()

    # --- a pass over documents ---------------------------------------------------------------

    def _relay_documents(self, documents: list[_Pending]) -> int:
        """Steps 1 to 5 of the class doc for these documents; returns how many events went.

        Raises ``PublishFailed`` once the acknowledged documents are settled, if some were
        not; those this process pointed at are pointed at again (tried on the next pass).
        """
        if not documents:
            return 0
        settled: set[int] = set()
        try:
            self._read(documents)
            self._publish_in_order(documents)
            done = [d for d in documents if d.error is None]
            emptied = self._remove_all(done)
            if emptied:
                # A crash here leaves markers without events: deleted by a later pass.
                failpoint("outbox.after_mark_sent")
            self._delete_own_markers(emptied)
            settled.update(id(d) for d in emptied)
            self._settle_all_carefully([d for d in done if id(d) not in settled], settled)
        finally:
            self._point_again(d for d in documents if id(d) not in settled)
        failed = [d.error for d in documents if d.error is not None]
        if failed:
            raise PublishFailed(
                f"{len(failed)} of {len(documents)} documents' events were not acknowledged"
            ) from failed[0]
        return sum(len(d.items) for d in documents)

    def _read(self, documents: list[_Pending]) -> None:
        """Step 1: every document by ``_id``, one bounded ``$in`` per collection."""
        by_collection: defaultdict[str, list[_Pending]] = defaultdict(list)
        for pending in documents:
            by_collection[pending.collection].append(pending)
        for name, group in by_collection.items():
            for chunk in _chunks(group, _IN_CHUNK):
                found = _by_id(self._db[name], [d.document_id for d in chunk], version=True)
                for pending in chunk:
                    pending.document = found.get(pending.document_id)
                    outbox = pending.document.get("outbox") if pending.document else None
                    pending.items = list(outbox or [])

    def _publish_in_order(self, documents: list[_Pending]) -> None:
        """Step 2: the n-th events of all documents in one batch, n = 1, 2, ...; an
        aggregate's next event only once its previous one is acknowledged."""
        position = 0
        waiting = [d for d in documents if d.items]
        while waiting:
            records: list[OutgoingRecord] = []
            senders: list[tuple[_Pending, str]] = []
            for pending in waiting:
                item = pending.items[position]
                if item["event_id"] in self._recent:
                    # Sent before a refused removal: already on the topic.
                    pending.acknowledged = position + 1
                    continue
                records.append(OutgoingRecord(item["topic"], item["key"], bytes(item["payload"])))
                senders.append((pending, item["event_id"]))
            if records:
                failpoint("outbox.before_publish")
                results = self._publisher.publish_encoded_batch(records)
                failpoint("outbox.after_publish")
                for (pending, event_id), error in zip(senders, results, strict=True):
                    if error is None:
                        self._remember(event_id)
                        pending.acknowledged = position + 1
                    else:
                        pending.error = error
            position += 1
            waiting = [d for d in waiting if d.error is None and position < len(d.items)]

    def _remove_all(self, done: list[_Pending]) -> list[_Pending]:
        """Step 3 for every document whose marking this relay knows, side by side (each
        under its own lock, each its own command); returns those emptied as read. Waits
        for every removal before it returns or raises (the first error), so none is still
        running when the pass settles or gives up."""
        candidates = [d for d in done if d.items and d.token is not None]
        if len(candidates) <= 1:
            return [d for d in candidates if self._remove_sent(d)]
        futures = [self._removers.submit(self._remove_sent, d) for d in candidates]
        wait(futures)
        for future in futures:
            error = future.exception()
            if error is not None:
                raise error
        return [d for d, future in zip(candidates, futures, strict=True) if future.result()]

    def _remove_sent(self, pending: _Pending) -> bool:
        """Step 3, for a document whose marking this relay knows: True if it was emptied
        as read (its marker may go with the others, step 4); False if it needs step 5."""
        if not pending.items or pending.token is None:
            return False
        collection = self._db[pending.collection]
        with document_lock(collection.full_name, pending.document_id):
            # ``$set`` of ``[]`` filtered on the whole outbox as read (exact equality): not
            # ``$pull`` with a condition, which FerretDB v1 ignores.
            result = collection.update_one(_as_read(pending), {"$set": {"outbox": []}})
        return result.matched_count == 1

    def _delete_own_markers(self, emptied: list[_Pending]) -> None:
        """Step 4: one delete for the markers of all emptied documents, each only if it
        still carries the token of the marking acted on (tokens are unique, so a token
        names one marking of one document)."""
        for chunk in _chunks(emptied, _IN_CHUNK):
            self._markers.delete_many(
                {
                    "_id": {"$in": [d.marker_filter["_id"] for d in chunk]},
                    "owner": self.instance_id,
                    "token": {"$in": [d.token for d in chunk]},
                }
            )
        with self._tokens_lock:
            for pending in emptied:
                key = (pending.collection, pending.document_id)
                if self._tokens.get(key) == pending.token:
                    del self._tokens[key]

    def _settle_all_carefully(self, documents: list[_Pending], settled: set[int]) -> None:
        """Step 5 for these documents, side by side like step 3 (each under its own lock,
        with its own commands), adding the ``id()`` of each one settled to ``settled``.
        Waits for all of them before it raises the first error, so none is still running
        when the pass ends. One at a time, a backlog of another instance's markers (after a
        restart, or the migration's) drained at about four round trips a document."""
        futures = [
            (pending, self._removers.submit(self._settle_carefully, pending))
            for pending in documents
        ]
        wait([future for _, future in futures])
        errors = []
        for pending, future in futures:
            error = future.exception()
            if error is None:
                settled.add(id(pending))
            else:
                errors.append(error)
        if errors:
            raise errors[0]

    def _settle_carefully(self, pending: _Pending) -> None:
        """Step 5 (with step 3 first, for a document it has not been tried on)."""
        name, document_id = pending.collection, pending.document_id
        collection = self._db[name]
        with document_lock(collection.full_name, document_id):
            if pending.items and pending.token is None:
                collection.update_one(_as_read(pending), {"$set": {"outbox": []}})
                failpoint("outbox.after_mark_sent")
            self._markers.delete_one(pending.marker_filter)
            document = collection.find_one({"_id": document_id}, {"outbox": 1})
            left = list(document.get("outbox") or []) if document else []
            read = pending.document
            if left and read is not None and "version" not in read and pending.items:
                # No version to tell a later write by: take out exactly what was sent.
                sent = {item["event_id"] for item in pending.items}
                gone = [item for item in left if item.get("event_id") in sent]
                if gone:
                    collection.update_one({"_id": document_id}, {"$pullAll": {"outbox": gone}})
                    left = [item for item in left if item.get("event_id") not in sent]
            # Under the lock no marking of this process is under way: what the document
            # holds now is marked by the token written here, or by another instance.
            token = None
            if left:
                # Events written after our read (ours under the lock, or another process's):
                # they must stay marked. A marker still there (another instance's) stands.
                token = self._mark(name, document_id, only_if_absent=True)
            with self._tokens_lock:
                if token is None:
                    self._tokens.pop((name, document_id), None)
                else:
                    self._tokens[(name, document_id)] = token

    def _point_again(self, documents: Iterable[_Pending]) -> None:
        again = {(d.collection, d.document_id) for d in documents if d.pointed}
        if again:
            with self._pointed_lock:
                self._pointed |= again

    def _publish_standalone(self) -> int:
        # The standalone collection holds only pending events (each is deleted once sent),
        # so reading it whole costs in proportion to what is pending.
        standalone = self._db[self._standalone]
        items = list(standalone.find({}, limit=self._batch).sort("created_at", ASCENDING))
        if not items:
            return 0
        # Each item is its own queue of one; two of one key go in two rounds, in order.
        by_key: dict[str, _Pending] = {}
        queues: list[_Pending] = []
        for item in items:
            queue = by_key.get(item["key"])
            if queue is None:
                queue = by_key[item["key"]] = _Pending(self._standalone, None, {})
                queues.append(queue)
            queue.items.append(item)
        self._publish_in_order(queues)
        sent = [item["_id"] for queue in queues for item in queue.items[: queue.acknowledged]]
        for chunk in _chunks(sent, _IN_CHUNK):
            standalone.delete_many({"_id": {"$in": chunk}})
        failpoint("outbox.after_mark_sent")
        failed = [q.error for q in queues if q.error is not None]
        if failed:
            raise PublishFailed(f"{len(failed)} standalone events not acknowledged") from failed[0]
        return len(sent)

    def _mark(self, name: str, document_id: Any, *, only_if_absent: bool) -> int | None:
        """Upsert the document's marker as this relay's, with a new token; returns the
        token, or None when ``only_if_absent`` left an existing marker as it was."""
        token = next(self._next_token)
        fields = {
            "collection": name,
            "document_id": document_id,
            "owner": self.instance_id,
            "at": self._clock(),
            "token": token,
        }
        update = {"$setOnInsert": fields} if only_if_absent else {"$set": fields}
        where = {"_id": marker_id(name, document_id)}
        try:
            result = self._markers.update_one(where, update, upsert=True)
        except DuplicateKeyError:
            # Two upserts of one new marker at once: MongoDB may refuse the second insert.
            # The marker exists now, so the same upsert again is an update.
            result = self._markers.update_one(where, update, upsert=True)
        if only_if_absent and result.upserted_id is None:
            return None
        return token

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


def _chunks(values: Sequence[Any], size: int) -> Iterator[list[Any]]:
    for start in range(0, len(values), size):
        yield list(values[start : start + size])


def _by_id(collection: Any, ids: list[Any], *, version: bool) -> dict[Any, Document]:
    """The documents with these ids that exist (their outbox, and version if asked), by
    one ``_id $in`` (the caller keeps it bounded)."""
    fields = {"outbox": 1, "version": 1} if version else {"outbox": 1}
    found = collection.find({"_id": {"$in": ids}}, fields)
    return {document["_id"]: document for document in found}


def _as_read(pending: _Pending) -> Document:
    """The filter that matches the document only as it was read: same outbox (and version)."""
    assert pending.document is not None
    where: Document = {"_id": pending.document_id}
    if "version" in pending.document:
        where["version"] = pending.document["version"]
    where["outbox"] = pending.items
    return where
