"""The audit trail in MongoDB: insert-only.

This class has no method that updates or deletes a record; in production the gateway's
database user should also be granted ``insert`` and ``find`` only on ``audit_records``, so
not even a bug here could rewrite history. The relay that publishes the entries to
``audit.v1`` (``gateway.adapters.audit_events``) reads them by sequence number and keeps
its position in a document of its own, so publishing writes nothing here either.

Every record is an entry of a hash chain (``gateway.audit.chain``): ``seq``, ``prev_hash``
and ``hash``. An entry's ``_id`` is its sequence number as a zero-padded 20-digit string
(:func:`entry_id`); the record's own id is the field ``record_id`` (the API and the hash
input are unchanged). A string, not an integer: FerretDB v1 narrows a query only by an exact
string or ObjectId ``_id`` (or a bounded ``$in`` of them), and the padding makes the
string order the numeric order for the cold range reads (verification, retention).

- Append: insert at ``_id`` = the next number. Several gateway instances append at once
  without a transaction; the unique ``_id`` lets exactly one of two racing instances have a
  number, and the other finds the head again and retries. So the chain never forks.
- The head, without a scan: from a known point (this process's last append, the number
  another instance just took, the relay's position or the newest checkpoint) probe forward
  by ``_id``, doubling the step until an id is missing, then bisect: O(log n) reads of
  single ids, since the chain has no holes.
- The relay: exactly the next ids, by a bounded ``$in`` (:meth:`entries_after`).
- Cold, operator-started reads keep scanning, with MongoDB indexes declared in
  :func:`ensure_audit_indexes`: the admin and officer listings (:meth:`query`,
  :meth:`any_about`), verification and retention (``_id`` ranges), ``unchained``.

Data written by older code (``_id`` = record id) is re-keyed by :func:`migrate_audit`
(run by :func:`ensure_audit_indexes`); until it has finished, the store reads the old way.

Retention (:meth:`MongoAuditStore.delete_through`) is the one deletion, and only of the
chain's oldest entries behind a signed checkpoint in ``audit_checkpoints``; grant it to
the retention job's database user only.
"""

from __future__ import annotations

import contextlib
import random
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import MISSING, dataclass, fields
from typing import Any

from pymongo import ASCENDING, DESCENDING
from pymongo.database import Database
from pymongo.errors import BulkWriteError, DuplicateKeyError, OperationFailure

from gateway.adapters.audit_events import published_through
from gateway.adapters.expiry import chunks
from gateway.adapters.schema import SchemeMarker
from gateway.audit.chain import (
    ChainedEntry,
    Checkpoint,
    derive_chain_key,
    next_entry,
)
from gateway.audit.records import (
    AuditFilter,
    AuditOutcome,
    AuditRecord,
    Purpose,
    record_values,
)
from pathways_runtime.settings import DEVELOPMENT_SECRET

__all__ = [
    "AuditMigration",
    "MongoAuditStore",
    "ensure_audit_indexes",
    "entry_id",
    "migrate_audit",
    "run_end",
]

Document = dict[str, Any]

#: Digits of an entry's ``_id``: room for any sequence number a chain will reach.
_ID_DIGITS = 20
#: The newest checkpoint, copied in ``audit_checkpoints`` so the relay reads it by ``_id``.
_LATEST_CHECKPOINT = "latest"


def entry_id(seq: int) -> str:
    """An entry's ``_id``: its sequence number, zero-padded so string order is number order."""
    return f"{seq:0{_ID_DIGITS}d}"


#: Every entry id lies in this range; records older code wrote outside the chain
#: (``_id`` = ``aud_...``) sort after it and are never taken for entries.
_ENTRY_IDS: Document = {"$gte": entry_id(0), "$lte": "9" * _ID_DIGITS}


def run_end(
    hash_at: Callable[[int], str | None], *, start: int, known: tuple[int, str] | None
) -> tuple[int, str] | None:
    """The last entry (seq, hash) of the gapless run that goes on from ``start``.

    ``hash_at(seq)`` reads one entry by ``_id`` (None: absent); ``known`` is the entry at
    ``start`` when there is one. Doubles the step while entries exist, then bisects between
    the last found and the first missing: about 2·log2(k) reads for a run of k entries.
    """
    low, found = start, known
    step = 1
    while True:
        probed = hash_at(low + step)
        if probed is None:
            high = low + step
            break
        low, found = low + step, (low + step, probed)
        step *= 2
    while high - low > 1:
        middle = (low + high) // 2
        probed = hash_at(middle)
        if probed is None:
            high = middle
        else:
            low, found = middle, (middle, probed)
    return found


def ensure_audit_indexes(db: Database[Document]) -> None:
    """The indexes of the cold reads (for MongoDB), then the id scheme (:func:`migrate_audit`).

    No index on ``seq``: the ``_id`` is the sequence number, and its uniqueness is what
    keeps concurrent appends from forking the chain.
    """
    records = db.audit_records
    # Admin and officer listings: newest first by record id, filtered by these fields.
    records.create_index([("record_id", DESCENDING)])
    records.create_index([("survivor_id", ASCENDING), ("record_id", DESCENDING)])
    records.create_index([("user_id", ASCENDING), ("record_id", DESCENDING)])
    records.create_index([("survivor_id", ASCENDING), ("survivor_organisation_id", ASCENDING)])
    migrate_audit(db)


def _record(document: Document) -> AuditRecord:
    # Fields with a default may be absent from older documents; the others may not.
    values: dict[str, Any] = {
        field.name: document[field.name] if field.default is MISSING else document.get(field.name)
        for field in fields(AuditRecord)
        if field.name != "id"
    }
    values.update(purpose=Purpose(values["purpose"]), outcome=AuditOutcome(values["outcome"]))
    return AuditRecord(id=str(document.get("record_id", document["_id"])), **values)


def _query(audit_filter: AuditFilter, *, before: str | None, id_field: str) -> Document:
    query: Document = {}
    for field in (
        "survivor_id",
        "survivor_organisation_id",
        "user_id",
        "organisation_id",
        "action",
    ):
        value = getattr(audit_filter, field)
        if value is not None:
            query[field] = value
    if audit_filter.outcome is not None:
        query["outcome"] = audit_filter.outcome.value
    at: Document = {}
    if audit_filter.since is not None:
        at["$gte"] = audit_filter.since
    if audit_filter.until is not None:
        at["$lt"] = audit_filter.until
    if at:
        query["at"] = at
    if before is not None:
        query[id_field] = {"$lt": before}
    return query


#: Appends racing for the same sequence number retry this often before giving up (the
#: caller then fails the request: no access goes unrecorded).
_MAX_APPEND_ATTEMPTS = 100
#: At most this many records in one insert (FerretDB v1 stalls on very large commands).
_MAX_GROUP = 32
_DUPLICATE_KEY = 11000

#: Used when no key is passed: the key the development settings derive. A store built
#: without the configured key in production writes entries that verify-audit (which uses
#: the configured key) reports from the very first one, so that mistake cannot go unnoticed.
_DEVELOPMENT_CHAIN_KEY = derive_chain_key(audit_chain_secret="", cursor_secret=DEVELOPMENT_SECRET)


def _document(entry: ChainedEntry) -> Document:
    values = record_values(entry.record)
    document: Document = {"_id": entry_id(entry.seq), "record_id": values.pop("id")}
    document.update(values)
    document.update(seq=entry.seq, prev_hash=entry.prev_hash, hash=entry.hash)
    return document


class _Ticket:
    """One record waiting to be appended, and how its append ended."""

    __slots__ = ("done", "failure", "record")

    def __init__(self, record: AuditRecord) -> None:
        self.record = record
        self.done = False
        self.failure: BaseException | None = None

    def finish(self, failure: BaseException | None) -> None:
        self.failure, self.done = failure, True

    def raise_failure(self) -> None:
        if self.failure is not None:
            raise self.failure


def _entry(document: Document) -> ChainedEntry:
    return ChainedEntry(
        seq=int(document["seq"]),
        prev_hash=str(document["prev_hash"]),
        hash=str(document["hash"]),
        record=_record(document),
    )


class MongoAuditStore:
    def __init__(self, db: Database[Document], *, chain_key: bytes | None = None) -> None:
        self._db = db
        self._collection = db.audit_records
        self._checkpoints = db.audit_checkpoints
        self._key = chain_key if chain_key is not None else _DEVELOPMENT_CHAIN_KEY
        self._scheme = SchemeMarker(db, store="audit")
        #: Guards the queue of records waiting to be appended and the one-writer flag.
        self._appends = threading.Condition()
        self._queued: list[_Ticket] = []
        self._writing = False
        #: (seq, hash) of the entry this process appended last; None: find it in the store.
        self._known_head: tuple[int, str] | None = None
        #: A number known to be taken (another instance's append): the head is at or after it.
        self._floor = 0

    # --- the head ------------------------------------------------------------------------

    def _at(self, seq: int) -> Document | None:
        return self._collection.find_one({"_id": entry_id(seq)}, projection={"hash": 1})

    def _head(self) -> tuple[int, str] | None:
        if not self._scheme.migrated():
            return self._scanned_head()
        checkpoint = self.latest_checkpoint()
        start = max(self._floor, published_through(self._db) or 0)
        if checkpoint is not None:
            start = max(start, checkpoint.seq)
        known: tuple[int, str] | None = None
        if start > 0:
            document = self._at(start)
            if document is not None:
                known = (start, str(document["hash"]))
            elif checkpoint is not None and checkpoint.seq == start:
                known = (checkpoint.seq, checkpoint.hash)
        head = self._probe_forward(start, known)
        if head is None and start > 0:
            # The entry at a known number is gone: only a deletion from the database does
            # that (verify-audit names it). Find the head the slow way rather than guess.
            return self._scanned_head()
        return head

    def _probe_forward(self, start: int, known: tuple[int, str] | None) -> tuple[int, str] | None:
        def hash_at(seq: int) -> str | None:
            document = self._at(seq)
            return str(document["hash"]) if document is not None else None

        return run_end(hash_at, start=start, known=known)

    def _scanned_head(self) -> tuple[int, str] | None:
        """The head by a sorted scan on ``seq``: data not yet migrated, or a damaged chain."""
        document = self._collection.find_one(
            {"seq": {"$gt": 0}}, projection={"seq": 1, "hash": 1}, sort=[("seq", DESCENDING)]
        )
        if document is not None:
            return int(document["seq"]), str(document["hash"])
        checkpoint = self.latest_checkpoint()
        return (checkpoint.seq, checkpoint.hash) if checkpoint is not None else None

    def append(self, record: AuditRecord) -> None:
        """Append ``record`` to the chain; returns once it is stored (raises if it is not).

        Group commit: one append at a time in this process, after the head it wrote last
        (no read per write, no collisions among its own threads), and the records that
        arrived while a write was in flight go together in the next one, a single ordered
        ``insert_many``. Measured: one insert per record made audited requests queue behind
        each other on the store's round trip. Another instance appending meanwhile shows as
        a taken number: the head is found again from there and the rest retried.
        """
        ticket = _Ticket(record)
        with self._appends:
            self._queued.append(ticket)
        while True:
            with self._appends:
                while not ticket.done and self._writing:
                    self._appends.wait()
                if ticket.done:
                    break
                self._writing = True
                group = self._queued[:_MAX_GROUP]
                del self._queued[:_MAX_GROUP]
            try:
                self._write_group(group)
            finally:
                with self._appends:
                    for unfinished in (t for t in group if not t.done):
                        unfinished.finish(RuntimeError("the audit append was interrupted"))
                    self._writing = False
                    self._appends.notify_all()
        ticket.raise_failure()

    def _write_group(self, group: list[_Ticket]) -> None:
        """Chain and store ``group`` in order; every ticket ends done, stored or failed."""
        pending = list(group)
        for attempt in range(_MAX_APPEND_ATTEMPTS):
            head = self._known_head if self._known_head is not None else self._head()
            entries: list[ChainedEntry] = []
            for ticket in pending:
                entry = next_entry(self._key, head=head, record=ticket.record)
                entries.append(entry)
                head = (entry.seq, entry.hash)
            try:
                stored = self._insert(entries)
            except Exception as error:
                self._known_head = None  # written or not, we cannot tell: find it again
                for ticket in pending:
                    ticket.finish(error)
                return
            for ticket in pending[:stored]:
                ticket.finish(None)
            if stored:
                last = entries[stored - 1]
                self._known_head = (last.seq, last.hash)
            if stored == len(pending):
                return
            # The next number was taken by another instance: find the head from there.
            self._known_head = None
            self._floor = max(self._floor, entries[stored].seq)
            pending = pending[stored:]
            # A short random pause keeps instances from colliding again in lockstep.
            time.sleep(random.uniform(0, 0.002 * min(attempt + 1, 10)))  # noqa: S311
        failure = RuntimeError("could not append to the audit chain: too much contention")
        for ticket in pending:
            ticket.finish(failure)

    def _insert(self, entries: list[ChainedEntry]) -> int:
        """Insert ``entries`` in order; how many were stored before a taken number."""
        documents = [_document(entry) for entry in entries]
        try:
            if len(documents) == 1:
                self._collection.insert_one(documents[0])
            else:
                self._collection.insert_many(documents, ordered=True)
        except DuplicateKeyError:
            return 0
        except BulkWriteError as error:
            errors = error.details.get("writeErrors", [])
            if errors and all(e.get("code") == _DUPLICATE_KEY for e in errors):
                return int(error.details.get("nInserted", errors[0]["index"]))
            raise
        return len(documents)

    # --- the chain: verification and retention (cold) and the relay (by _id) -------------

    def entries(self, *, after_seq: int = 0) -> Iterator[ChainedEntry]:
        if self._scheme.migrated():
            where: Document = {"_id": _ENTRY_IDS | {"$gt": entry_id(after_seq)}}
            order = "_id"
        else:
            where, order = {"seq": {"$gt": after_seq}}, "seq"
        cursor = self._collection.find(where, batch_size=1000).sort(order, ASCENDING)
        for document in cursor:
            yield _entry(document)

    def entries_after(self, seq: int, *, limit: int) -> list[ChainedEntry]:
        """Up to ``limit`` entries after ``seq``, ascending (what the audit relay reads):
        exactly the next ``limit`` ids, so a pass costs the same at any chain length."""
        if not self._scheme.migrated():
            cursor = (
                self._collection.find({"seq": {"$gt": seq}}).sort("seq", ASCENDING).limit(limit)
            )
            return [_entry(document) for document in cursor]
        found: list[ChainedEntry] = []
        wanted = [entry_id(number) for number in range(seq + 1, seq + limit + 1)]
        for part in chunks(wanted):
            documents = list(self._collection.find({"_id": {"$in": list(part)}}))
            found.extend(_entry(document) for document in documents)
            if len(documents) < len(part):
                break  # the run ends (or has a hole) in this part: the relay stops there
        found.sort(key=lambda entry: entry.seq)
        return found

    def latest_checkpoint(self) -> Checkpoint | None:
        document = self._checkpoints.find_one({"_id": _LATEST_CHECKPOINT})
        if document is None and not self._scheme.migrated():
            newest = list(self._checkpoints.find({}).sort("seq", DESCENDING).limit(1))
            document = newest[0] if newest else None
        if document is None:
            return None
        return Checkpoint(
            seq=int(document["seq"]),
            hash=str(document["hash"]),
            at=document["at"],
            mac=str(document["mac"]),
        )

    def add_checkpoint(self, checkpoint: Checkpoint) -> None:
        fields = {
            "seq": checkpoint.seq,
            "hash": checkpoint.hash,
            "at": checkpoint.at,
            "mac": checkpoint.mac,
        }
        # A rerun after a crash between checkpoint and deletion finds its checkpoint stored.
        with contextlib.suppress(DuplicateKeyError):
            self._checkpoints.insert_one({"_id": checkpoint.seq} | fields)
        _store_latest_checkpoint(self._checkpoints, fields)

    def published_through(self) -> int | None:
        """How far the relay published the chain (None: no relay ever stored a position);
        retention prunes no further."""
        return published_through(self._db)

    def delete_through(self, seq: int) -> int:
        if self._scheme.migrated():
            where: Document = {"_id": {"$gte": entry_id(0), "$lte": entry_id(seq)}}
        else:
            where = {"seq": {"$lte": seq}}
        return self._collection.delete_many(where).deleted_count

    def unchained(self) -> int:
        """Records written before the chain existed (no ``seq``): not covered by it."""
        return self._collection.count_documents({"seq": {"$exists": False}})

    # --- listings (cold: an admin's or officer's query, with the indexes above) -----------

    def query(
        self, audit_filter: AuditFilter, *, before: str | None, limit: int
    ) -> list[AuditRecord]:
        id_field = "record_id" if self._scheme.migrated() else "_id"
        cursor = (
            self._collection.find(_query(audit_filter, before=before, id_field=id_field))
            .sort(id_field, DESCENDING)
            .limit(limit)
        )
        return [_record(document) for document in cursor]

    def any_about(self, *, survivor_id: str, survivor_organisation_id: str) -> bool:
        # An officer's audit query (cold), with the index on these two fields.
        document = self._collection.find_one(
            {"survivor_id": survivor_id, "survivor_organisation_id": survivor_organisation_id},
            projection={"_id": 1},
        )
        return document is not None


def _store_latest_checkpoint(checkpoints: Any, fields: Document) -> None:
    """Copy a checkpoint to ``latest`` unless a later one is there already."""
    # A duplicate key: ``latest`` holds this checkpoint or a later one.
    with contextlib.suppress(DuplicateKeyError):
        checkpoints.update_one(
            {"_id": _LATEST_CHECKPOINT, "seq": {"$lt": fields["seq"]}},
            {"$set": fields},
            upsert=True,
        )


# --- migration ------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class AuditMigration:
    #: Entries moved to ``_id`` = their sequence number.
    rekeyed: int = 0
    #: Records outside the chain given their ``record_id`` field.
    unchained: int = 0
    #: Whether the newest checkpoint was copied to ``latest``.
    checkpoint_copied: bool = False
    #: False when the store was already in today's scheme (nothing read).
    ran: bool = True


def _drop_seq_index(db: Database[Document]) -> None:
    """Older code's unique index on ``seq``: a copy at the new ``_id`` would collide with it."""
    for name, spec in db.audit_records.index_information().items():
        if [tuple(part) for part in spec.get("key", ())] == [("seq", 1)]:
            with contextlib.suppress(OperationFailure):
                db.audit_records.drop_index(name)


def migrate_audit(db: Database[Document]) -> AuditMigration:
    """Re-key entries older code wrote (``_id`` = record id) to ``_id`` = their seq.

    Every field is kept and the old ``_id`` becomes ``record_id``, so the hash input, the
    API's record ids and verify-audit are unchanged. Each entry is copied before its old
    document is deleted, so a crash loses nothing: the rerun finds the copy and finishes.
    Idempotent; on a migrated database it reads one marker document only.
    """
    marker = SchemeMarker(db, store="audit")
    if marker.migrated():
        return AuditMigration(ran=False)
    _drop_seq_index(db)
    records = db.audit_records
    rekeyed = 0
    for document in records.find({"seq": {"$exists": True}}):
        new_id = entry_id(int(document["seq"]))
        if document["_id"] == new_id:
            continue
        copy = dict(document)
        copy["_id"] = new_id
        copy.setdefault("record_id", document["_id"])
        with contextlib.suppress(DuplicateKeyError):  # copied by an earlier, interrupted run
            records.insert_one(copy)
        records.delete_one({"_id": document["_id"]})
        rekeyed += 1
    unchained = _name_unchained(db)
    copied = False
    for latest in (
        db.audit_checkpoints.find({"_id": {"$ne": _LATEST_CHECKPOINT}})
        .sort("seq", DESCENDING)
        .limit(1)
    ):
        _store_latest_checkpoint(
            db.audit_checkpoints,
            {k: latest[k] for k in ("seq", "hash", "at", "mac")},
        )
        copied = True
    marker.mark()
    return AuditMigration(rekeyed=rekeyed, unchained=unchained, checkpoint_copied=copied)


def _name_unchained(db: Database[Document]) -> int:
    """Give records outside the chain their ``record_id`` (the listings sort by it)."""
    named = 0
    for document in db.audit_records.find(
        {"seq": {"$exists": False}, "record_id": {"$exists": False}}, projection={"_id": 1}
    ):
        db.audit_records.update_one(
            {"_id": document["_id"]}, {"$set": {"record_id": document["_id"]}}
        )
        named += 1
    return named
