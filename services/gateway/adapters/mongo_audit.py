"""The audit trail in MongoDB: insert-only.

This class has no method that updates or deletes a record; in production the gateway's
database user should also be granted ``insert`` and ``find`` only on ``audit_records``, so
not even a bug here could rewrite history. The relay that publishes the entries to
``audit.v1`` (``gateway.adapters.audit_events``) reads them by sequence number and keeps
its position in a document of its own, so publishing writes nothing here either.

Every record is an entry of a hash chain (``gateway.audit.chain``): ``seq``, ``prev_hash``
and ``hash``. Several gateway instances append at once without a transaction: each reads
the head, computes the next entry and inserts it; the unique index on ``seq`` lets exactly
one of two racing instances have a given number, and the other re-reads the head and
tries again. So the chain never forks, on any MongoDB-protocol server.

Retention (:meth:`MongoAuditStore.delete_through`) is the one deletion, and only of the
chain's oldest entries behind a signed checkpoint in ``audit_checkpoints``; grant it to
the retention job's database user only.
"""

from __future__ import annotations

import contextlib
import random
import threading
import time
from collections.abc import Iterator
from typing import Any

from pymongo import ASCENDING, DESCENDING
from pymongo.database import Database
from pymongo.errors import DuplicateKeyError

from gateway.adapters.audit_events import published_through
from gateway.audit.chain import (
    ChainedEntry,
    Checkpoint,
    derive_chain_key,
    next_entry,
)
from gateway.audit.records import AuditFilter, AuditOutcome, AuditRecord, Purpose
from pathways_runtime.settings import DEVELOPMENT_SECRET

__all__ = ["MongoAuditStore", "ensure_audit_indexes"]

Document = dict[str, Any]


def ensure_audit_indexes(db: Database[Document]) -> None:
    db.audit_records.create_index([("survivor_id", ASCENDING), ("_id", DESCENDING)])
    db.audit_records.create_index([("user_id", ASCENDING), ("_id", DESCENDING)])
    # One entry per sequence number: what keeps concurrent appends from forking the chain.
    db.audit_records.create_index([("seq", ASCENDING)], unique=True)


def _record(document: Document) -> AuditRecord:
    return AuditRecord(
        id=document["_id"],
        at=document["at"],
        user_id=document["user_id"],
        organisation_id=document["organisation_id"],
        role=document["role"],
        action=document["action"],
        purpose=Purpose(document["purpose"]),
        outcome=AuditOutcome(document["outcome"]),
        request_id=document["request_id"],
        survivor_id=document.get("survivor_id"),
        survivor_organisation_id=document.get("survivor_organisation_id"),
        target_id=document.get("target_id"),
    )


def _query(audit_filter: AuditFilter, *, before: str | None) -> Document:
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
        query["_id"] = {"$lt": before}
    return query


#: Appends racing for the same sequence number retry this often before giving up (the
#: caller then fails the request: no access goes unrecorded).
_MAX_APPEND_ATTEMPTS = 100

#: Used when no key is passed: the key the development settings derive. A store built
#: without the configured key in production writes entries that verify-audit (which uses
#: the configured key) reports from the very first one, so that mistake cannot go unnoticed.
_DEVELOPMENT_CHAIN_KEY = derive_chain_key(audit_chain_secret="", cursor_secret=DEVELOPMENT_SECRET)


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
        self._append_lock = threading.Lock()
        #: (seq, hash) of the entry this process appended last; None: read it from the store.
        self._known_head: tuple[int, str] | None = None

    def _head(self) -> tuple[int, str] | None:
        document = self._collection.find_one(
            {"seq": {"$gt": 0}}, projection={"seq": 1, "hash": 1}, sort=[("seq", DESCENDING)]
        )
        if document is not None:
            return int(document["seq"]), str(document["hash"])
        checkpoint = self.latest_checkpoint()
        return (checkpoint.seq, checkpoint.hash) if checkpoint is not None else None

    def append(self, record: AuditRecord) -> None:
        # One append at a time in this process, after the head it wrote last: no read per
        # write, and no collisions among its own threads (measured: reading the head on every
        # write made audited requests queue behind each other). Another instance appending
        # meanwhile shows as a taken number: then re-read the head and try again.
        with self._append_lock:
            for attempt in range(_MAX_APPEND_ATTEMPTS):
                head = self._known_head if self._known_head is not None else self._head()
                entry = next_entry(self._key, head=head, record=record)
                try:
                    self._insert(entry)
                except DuplicateKeyError:
                    self._known_head = None
                    # A short random pause keeps instances from colliding again in lockstep.
                    time.sleep(random.uniform(0, 0.002 * min(attempt + 1, 10)))  # noqa: S311
                    continue
                except Exception:
                    self._known_head = None  # written or not, we cannot tell: read it again
                    raise
                self._known_head = (entry.seq, entry.hash)
                return
        raise RuntimeError("could not append to the audit chain: too much contention")

    def _insert(self, entry: ChainedEntry) -> None:
        record = entry.record
        self._collection.insert_one(
            {
                "_id": record.id,
                "at": record.at,
                "user_id": record.user_id,
                "organisation_id": record.organisation_id,
                "role": record.role,
                "action": record.action,
                "purpose": record.purpose.value,
                "outcome": record.outcome.value,
                "request_id": record.request_id,
                "survivor_id": record.survivor_id,
                "survivor_organisation_id": record.survivor_organisation_id,
                "target_id": record.target_id,
                "seq": entry.seq,
                "prev_hash": entry.prev_hash,
                "hash": entry.hash,
            }
        )

    # --- the chain: verification and retention -------------------------------------------

    def entries(self, *, after_seq: int = 0) -> Iterator[ChainedEntry]:
        cursor = self._collection.find({"seq": {"$gt": after_seq}}, batch_size=1000).sort(
            "seq", ASCENDING
        )
        for document in cursor:
            yield _entry(document)

    def entries_after(self, seq: int, *, limit: int) -> list[ChainedEntry]:
        """Up to ``limit`` entries after ``seq``, ascending (what the audit relay reads)."""
        cursor = self._collection.find({"seq": {"$gt": seq}}).sort("seq", ASCENDING).limit(limit)
        return [_entry(document) for document in cursor]

    def latest_checkpoint(self) -> Checkpoint | None:
        for document in self._checkpoints.find({}).sort("seq", DESCENDING).limit(1):
            return Checkpoint(
                seq=int(document["seq"]),
                hash=str(document["hash"]),
                at=document["at"],
                mac=str(document["mac"]),
            )
        return None

    def add_checkpoint(self, checkpoint: Checkpoint) -> None:
        # A rerun after a crash between checkpoint and deletion finds its checkpoint stored.
        with contextlib.suppress(DuplicateKeyError):
            self._checkpoints.insert_one(
                {
                    "_id": checkpoint.seq,
                    "seq": checkpoint.seq,
                    "hash": checkpoint.hash,
                    "at": checkpoint.at,
                    "mac": checkpoint.mac,
                }
            )

    def published_through(self) -> int | None:
        """How far the relay published the chain (None: no relay ever stored a position);
        retention prunes no further."""
        return published_through(self._db)

    def delete_through(self, seq: int) -> int:
        return self._collection.delete_many({"seq": {"$lte": seq}}).deleted_count

    def unchained(self) -> int:
        """Records written before the chain existed (no ``seq``): not covered by it."""
        return self._collection.count_documents({"seq": {"$exists": False}})

    def query(
        self, audit_filter: AuditFilter, *, before: str | None, limit: int
    ) -> list[AuditRecord]:
        cursor = (
            self._collection.find(_query(audit_filter, before=before))
            .sort("_id", DESCENDING)
            .limit(limit)
        )
        return [_record(document) for document in cursor]

    def any_about(self, *, survivor_id: str, survivor_organisation_id: str) -> bool:
        document = self._collection.find_one(
            {"survivor_id": survivor_id, "survivor_organisation_id": survivor_organisation_id},
            projection={"_id": 1},
        )
        return document is not None
