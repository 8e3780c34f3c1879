"""Idempotency keys: the first response to a POST, kept under (principal, key).

A record's ``_id`` is derived from the principal and the key
(:func:`idempotency_id`: SHA-256 of the principal and the key's digest), so the claim is an
insert at that ``_id`` (of two requests racing with one key exactly one inserts; the
other finds it and waits, replays or is refused) and every later read, completion and
release is one ``_id`` access. Keys are stored only as SHA-256 digests, since a client may
put anything in one.

Expiry: a TTL index on MongoDB; on FerretDB the expiry buckets of
``gateway.adapters.expiry`` (a claim files its id under the minute its lock ends; the sweep
re-files a completed record under its longer expiry).
"""

from __future__ import annotations

import hashlib
from datetime import datetime
from typing import Any

from bson.binary import Binary
from pymongo.database import Database
from pymongo.errors import DuplicateKeyError

from gateway.adapters.expiry import ExpiryBuckets, ensure_ttl_index
from gateway.adapters.schema import SchemeMarker
from gateway.ports import IdempotencyClaim, StoredResponse

__all__ = [
    "COLLECTION",
    "MongoIdempotencyStore",
    "ensure_idempotency_indexes",
    "idempotency_id",
    "key_digest",
]

Document = dict[str, Any]
COLLECTION = "idempotency_keys"
_IN_FLIGHT = "in_flight"
_COMPLETED = "completed"


def ensure_idempotency_indexes(db: Database[Document]) -> bool:
    # The unique (principal, key) index of older code is dropped by the migration: the
    # ``_id`` is unique per (principal, key) now. ``expires_at``: TTL, or the retention scan.
    return ensure_ttl_index(db[COLLECTION])


def key_digest(key: str) -> str:
    return hashlib.sha256(key.encode()).hexdigest()


def idempotency_id(principal: str, digest: str) -> str:
    """The record's ``_id``: from the principal and the key's digest (what older records
    stored, so the migration can compute it too)."""
    return hashlib.sha256(f"{principal}\x00{digest}".encode()).hexdigest()


class MongoIdempotencyStore:
    def __init__(self, db: Database[Document]) -> None:
        self._collection = db[COLLECTION]
        self._expiry = ExpiryBuckets(db, collection=COLLECTION)
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
            if existing["fingerprint"] != fingerprint:
                return IdempotencyClaim.MISMATCH, None
            if existing["state"] == _IN_FLIGHT:
                return IdempotencyClaim.IN_FLIGHT, None
            return IdempotencyClaim.COMPLETED, StoredResponse(
                status=int(existing["status"]),
                body=bytes(existing["body"]),
                headers=tuple(
                    (str(pair["name"]), str(pair["value"])) for pair in existing.get("headers", ())
                ),
            )
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
        self, *, principal: str, key: str, response: StoredResponse, expires_at: datetime
    ) -> None:
        # The bucket of the claim's lock still names this id: the sweep finds it alive then
        # and re-files it under this later expiry.
        self._collection.update_one(
            self._where(principal, key),
            {
                "$set": {
                    "state": _COMPLETED,
                    "status": response.status,
                    "body": Binary(response.body),
                    # Objects, not pairs: FerretDB v1 stores no arrays of arrays.
                    "headers": [{"name": n, "value": v} for n, v in response.headers],
                    "expires_at": expires_at,
                }
            },
        )

    def release(self, *, principal: str, key: str) -> None:
        self._collection.delete_one(self._where(principal, key) | {"state": _IN_FLIGHT})
