"""Idempotency keys: what a POST's first answer left for its retries, under (principal, key).

A record's ``_id`` is derived from the principal and the key
(:func:`idempotency_id`: SHA-256 of the principal and the key's digest), so the claim is an
insert at that ``_id`` (of two requests racing with one key exactly one inserts; the
other finds it and waits, replays or is refused) and every later read, completion and
release is one ``_id`` access. Keys are stored only as SHA-256 digests, since a client may
put anything in one.

**No answer bodies.** A completed record keeps the first status, the ``Location`` and, for
routes whose answer no read rebuilds, a receipt of ids, states and numbers
(:class:`~gateway.ports.StoredResponse`); the retry is answered through the normal read
(``gateway.api.idempotency``). Records written by older code still hold whole answers
(``body``, ``headers``) until ``python -m gateway migrate`` strips them; the store never
hands such a body out.

**Erasure.** Every record that names a survivor is filed, *before* it is completed, in
that survivor's document of ``idempotency_survivors`` (``_id`` = the survivor id,
``records: [{id, expires_at}]``), so erasing the survivor finds them by ``_id`` and
empties them (:meth:`MongoIdempotencyStore.erase_survivor`) without a scan. An emptied
record keeps only its claim, marked ``erased``: deleted outright, a late retry of the
registration would run again and re-create the erased survivor under the id matching
derives from the key.

Expiry: TTL indexes on MongoDB; on FerretDB the expiry buckets of
``gateway.adapters.expiry`` (a claim files its id under the second its lock ends; the sweep
re-files a completed record under its longer expiry). A survivor's document expires with
the last record filed in it; expired entries are pruned when the next one is filed.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from typing import Any

from pymongo.database import Database
from pymongo.errors import DuplicateKeyError

from gateway.adapters.expiry import ExpiryBuckets, chunks, ensure_ttl_index
from gateway.adapters.schema import SchemeMarker
from gateway.ports import IdempotencyClaim, StoredResponse
from pathways_runtime.document_locks import document_lock

__all__ = [
    "COLLECTION",
    "SURVIVOR_RECORDS",
    "MongoIdempotencyStore",
    "SurvivorRecords",
    "ensure_idempotency_indexes",
    "idempotency_id",
    "key_digest",
    "stored_response_of",
]

Document = dict[str, Any]
COLLECTION = "idempotency_keys"
#: One document per survivor named by a live record: the ids of those records.
SURVIVOR_RECORDS = "idempotency_survivors"
_IN_FLIGHT = "in_flight"
_COMPLETED = "completed"
_ERASED = "erased"
#: What an erased record loses: everything but its claim (principal, key, times).
_KEPT_FOR_RETRIES = ("fingerprint", "status", "location", "receipt", "survivors")
#: What records of older code hold and no record may keep: the whole first answer.
_OLD_ANSWER = ("body", "headers")


def ensure_idempotency_indexes(db: Database[Document]) -> bool:
    # The unique (principal, key) index of older code is dropped by the migration: the
    # ``_id`` is unique per (principal, key) now. ``expires_at``: TTL, or the retention scan.
    ensure_ttl_index(db[SURVIVOR_RECORDS])
    return ensure_ttl_index(db[COLLECTION])


def key_digest(key: str) -> str:
    return hashlib.sha256(key.encode()).hexdigest()


def idempotency_id(principal: str, digest: str) -> str:
    """The record's ``_id``: from the principal and the key's digest (what older records
    stored, so the migration can compute it too)."""
    return hashlib.sha256(f"{principal}\x00{digest}".encode()).hexdigest()


def _utc(moment: datetime) -> datetime:
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def _expired(value: Any, *, now: datetime) -> bool:
    return isinstance(value, datetime) and _utc(value) <= _utc(now)


def stored_response_of(document: Document) -> StoredResponse:
    """What a completed record answers retries with. A record of older code gives its
    status and ``Location`` only: the body it holds is never handed out."""
    if document.get("state") == _ERASED:
        return StoredResponse(status=404, erased=True)
    if "body" in document:
        location = next(
            (
                str(pair.get("value"))
                for pair in document.get("headers", ())
                if isinstance(pair, dict) and pair.get("name") == "location"
            ),
            None,
        )
        return StoredResponse(status=int(document["status"]), location=location)
    location = document.get("location")
    receipt = document.get("receipt")
    return StoredResponse(
        status=int(document["status"]),
        location=location if isinstance(location, str) else None,
        receipt=receipt if isinstance(receipt, str) else None,
        survivors=tuple(str(s) for s in document.get("survivors", ())),
    )


class SurvivorRecords:
    """``idempotency_survivors``: per survivor, the ids of the records that name them.

    Written before the records it lists are completed (a crash leaves an id of a record
    that names no one, which erasure passes over). Within a process, writes to one
    survivor's document take its lock (FerretDB updates by read-modify-write).
    """

    def __init__(self, db: Database[Document]) -> None:
        self._collection = db[SURVIVOR_RECORDS]
        self.expiry = ExpiryBuckets(db, collection=SURVIVOR_RECORDS)
        self._lock_namespace = f"{db.name}.{SURVIVOR_RECORDS}"

    def file(
        self,
        record_id: str,
        *,
        survivors: Iterable[str],
        expires_at: datetime,
        now: datetime,
    ) -> None:
        """List ``record_id`` under each survivor (one read per 500 survivors, then one
        write each, two where expired entries are pruned)."""
        ids = sorted(set(survivors))
        if not ids:
            return
        # Filed for expiry before it is written: a crash leaves an id and no document.
        self.expiry.add_many((survivor, expires_at) for survivor in ids)
        listed: dict[str, list[Document]] = {}
        for part in chunks(ids):
            for found in self._collection.find(
                {"_id": {"$in": list(part)}}, projection={"records": 1}
            ):
                listed[str(found["_id"])] = list(found.get("records", ()))
        entry = {"id": record_id, "expires_at": expires_at}
        for survivor in ids:
            dead = [e for e in listed.get(survivor, ()) if _expired(e.get("expires_at"), now=now)]
            with document_lock(self._lock_namespace, survivor):
                if dead:
                    # The elements exactly as read: one added since is not touched.
                    self._collection.update_one({"_id": survivor}, {"$pullAll": {"records": dead}})
                self._collection.update_one(
                    {"_id": survivor},
                    {"$addToSet": {"records": entry}, "$max": {"expires_at": expires_at}},
                    upsert=True,
                )

    def listed(self, survivor_id: str) -> list[Document]:
        found = self._collection.find_one({"_id": survivor_id}, projection={"records": 1})
        return list(found.get("records", ())) if found is not None else []

    def forget(self, survivor_id: str, entries: Sequence[Document]) -> None:
        """Remove the entries read (and the document once empty): one filed since stays."""
        with document_lock(self._lock_namespace, survivor_id):
            if entries:
                self._collection.update_one(
                    {"_id": survivor_id}, {"$pullAll": {"records": list(entries)}}
                )
            self._collection.delete_one({"_id": survivor_id, "records": {"$size": 0}})


class MongoIdempotencyStore:
    def __init__(self, db: Database[Document]) -> None:
        self._collection = db[COLLECTION]
        self._expiry = ExpiryBuckets(db, collection=COLLECTION)
        self._survivors = SurvivorRecords(db)
        self._scheme = SchemeMarker(db, store="idempotency")

    def claim(
        self,
        *,
        principal: str,
        key: str,
        fingerprint: str,
        now: datetime,
        lock_until: datetime,
    ) -> tuple[IdempotencyClaim, StoredResponse | None]:
        self._expiry.maybe_sweep(now=now)
        self._survivors.expiry.maybe_sweep(now=now)
        digest = key_digest(key)
        record_id = idempotency_id(principal, digest)
        for _attempt in range(3):
            # Before the migration a record may sit under older code's id, and once the
            # migration dropped the old unique index nothing else would stop a second claim.
            existing = (
                None
                if self._scheme.migrated()
                else self._find(record_id, principal=principal, digest=digest)
            )
            if existing is None:
                try:
                    self._expiry.add(record_id, expires_at=lock_until)
                    self._collection.insert_one(
                        {
                            "_id": record_id,
                            "principal": principal,
                            "key": digest,
                            "fingerprint": fingerprint,
                            "state": _IN_FLIGHT,
                            "created_at": now,
                            "expires_at": lock_until,
                        }
                    )
                except DuplicateKeyError:
                    existing = self._find(record_id, principal=principal, digest=digest)
                else:
                    return IdempotencyClaim.CLAIMED, None
            if existing is None:
                continue  # released in between: try to claim again
            if existing["expires_at"] <= now:
                # Expired (a crashed request's claim, or an old result): it no longer counts.
                self._collection.delete_one(
                    {"_id": existing["_id"], "expires_at": existing["expires_at"]}
                )
                continue
            if existing["state"] == _ERASED:
                # What the request was is forgotten with the survivor: any request with
                # this key gets the erased answer.
                return IdempotencyClaim.COMPLETED, stored_response_of(existing)
            if existing["fingerprint"] != fingerprint:
                return IdempotencyClaim.MISMATCH, None
            if existing["state"] == _IN_FLIGHT:
                return IdempotencyClaim.IN_FLIGHT, None
            return IdempotencyClaim.COMPLETED, stored_response_of(existing)
        return IdempotencyClaim.IN_FLIGHT, None

    def _find(self, record_id: str, *, principal: str, digest: str) -> Document | None:
        found = self._collection.find_one({"_id": record_id})
        if found is None and not self._scheme.migrated():
            # A record older code wrote (its own _id; the old unique index refused ours).
            found = self._collection.find_one({"principal": principal, "key": digest})
        return found

    def _where(self, principal: str, key: str) -> Document:
        digest = key_digest(key)
        record_id = idempotency_id(principal, digest)
        if self._scheme.migrated():
            return {"_id": record_id}
        existing = self._find(record_id, principal=principal, digest=digest)
        return {"_id": existing["_id"] if existing is not None else record_id}

    def complete(
        self,
        *,
        principal: str,
        key: str,
        response: StoredResponse,
        now: datetime,
        expires_at: datetime,
    ) -> None:
        where = self._where(principal, key)
        # Filed under its survivors before it names them: erasure can always find it.
        self._survivors.file(
            str(where["_id"]), survivors=response.survivors, expires_at=expires_at, now=now
        )
        kept: Document = {
            "state": _COMPLETED,
            "status": response.status,
            "expires_at": expires_at,
        }
        if response.location is not None:
            kept["location"] = response.location
        if response.receipt is not None:
            kept["receipt"] = response.receipt
        if response.survivors:
            kept["survivors"] = sorted(set(response.survivors))
        # The bucket of the claim's lock still names this id: the sweep finds it alive then
        # and re-files it under this later expiry.
        self._collection.update_one(where, {"$set": kept})

    def release(self, *, principal: str, key: str) -> None:
        self._collection.delete_one(self._where(principal, key) | {"state": _IN_FLIGHT})

    def erase_survivor(self, *, survivor_id: str) -> int:
        entries = self._survivors.listed(survivor_id)
        record_ids = sorted({str(entry.get("id")) for entry in entries})
        emptied = 0
        for part in chunks(record_ids):
            # Only records that still name the survivor: an id re-used by a later request
            # with the same key (after the first one expired) is someone else's.
            emptied += self._collection.update_many(
                {"_id": {"$in": list(part)}, "survivors": survivor_id},
                {
                    "$set": {"state": _ERASED},
                    "$unset": dict.fromkeys((*_KEPT_FOR_RETRIES, *_OLD_ANSWER), ""),
                },
            ).modified_count
        self._survivors.forget(survivor_id, entries)
        return emptied
