"""``python -m gateway migrate``: bring data older code wrote into today's id scheme.

Idempotent, and safe on a fresh database (it then only writes the markers). Each store's
step runs only while its marker (``gateway.adapters.schema``) is absent, so on a migrated
database the whole migration reads a few marker documents. Every step copies before it
deletes, so an interrupted run loses nothing and the next run finishes it. The counts it
returns say how many documents moved; never what they hold.

- ``idempotency_keys``: records older code keyed by an ObjectId (unique on principal and
  key) are **re-keyed** to ``_id`` = :func:`~gateway.adapters.mongo_idempotency.
  idempotency_id` and filed in the expiry buckets; expired ones are deleted. Re-keyed, not
  dropped: a live record is the only thing that stops a client's retry of a POST from
  running it twice, and it lives up to a day.
- ``idempotency_keys`` again: records older code completed hold the whole first answer
  (``body``, ``headers``: survivors' profiles, decline reasons, in clear). A record with a
  ``Location`` keeps its status and that ``Location`` (a retry is answered through the read
  of it) and is filed under the survivor it names; every other one holds nothing a retry
  could be answered with, and is **deleted** (a retry then runs again: the creates are
  idempotent in the backends by request id, a repeated step of a match is refused 409).
  Its own marker (``idempotency-answers-removed``), so a database migrated before runs it.
- ``audit_records``: re-keyed by sequence number (``gateway.adapters.mongo_audit``).
- ``usernames``: one document per user.
- ``organisations``: each organisation that has an account is marked as having members
  (``has_members``), so that accounts administrators create there from now on wait for a
  member's approval. Accounts older code wrote are taken as approved.
- ``user_sessions``: each open session listed under its user, and filed for expiry.
- ``rate_counters``: counters filed for expiry (their ids do not change); expired ones
  deleted.
"""

from __future__ import annotations

import contextlib
import json
import re
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from typing import Any

from pymongo.database import Database
from pymongo.errors import DuplicateKeyError, OperationFailure

from gateway.adapters import mongo_idempotency, mongo_rate_limits, mongo_sessions
from gateway.adapters.expiry import ExpiryBuckets
from gateway.adapters.mongo_audit import migrate_audit
from gateway.adapters.mongo_directory import USERNAMES, username_document
from gateway.adapters.schema import MIGRATIONS_COLLECTION, SchemeMarker
from pathways_runtime.mongo import mark_once

__all__ = [
    "ANSWERS_MARKER",
    "MigrationReport",
    "migrate",
    "migrate_organisation_members",
    "strip_idempotency_answers",
]

Document = dict[str, Any]


@dataclass
class MigrationReport:
    counts: dict[str, dict[str, int]] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def _utc(moment: datetime) -> datetime:
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment


def _expired(value: Any, *, now: datetime) -> bool:
    return isinstance(value, datetime) and _utc(value) <= now


def _drop_index_on(collection: Any, keys: list[tuple[str, int]]) -> None:
    for name, spec in collection.index_information().items():
        if [tuple(part) for part in spec.get("key", ())] == keys:
            with contextlib.suppress(OperationFailure):
                collection.drop_index(name)


def migrate_idempotency(db: Database[Document], *, now: datetime) -> dict[str, int] | None:
    marker = SchemeMarker(db, store="idempotency")
    if marker.migrated():
        return None
    collection = db[mongo_idempotency.COLLECTION]
    # Older code's unique (principal, key) index would refuse the copy at the new _id.
    _drop_index_on(collection, [("principal", 1), ("key", 1)])
    buckets = ExpiryBuckets(db, collection=mongo_idempotency.COLLECTION)
    rekeyed = deleted = 0
    for document in collection.find({}):
        principal, digest = document.get("principal"), document.get("key")
        if not isinstance(principal, str) or not isinstance(digest, str):
            continue  # not a record the store wrote: left alone
        new_id = mongo_idempotency.idempotency_id(principal, digest)
        if document["_id"] == new_id:
            continue
        if _expired(document.get("expires_at"), now=now):
            collection.delete_one({"_id": document["_id"]})
            deleted += 1
            continue
        if isinstance(document.get("expires_at"), datetime):
            buckets.add(new_id, expires_at=document["expires_at"])
        copy = dict(document)
        copy["_id"] = new_id
        with contextlib.suppress(DuplicateKeyError):  # copied by an interrupted run
            collection.insert_one(copy)
        collection.delete_one({"_id": document["_id"]})
        rekeyed += 1
    marker.mark()
    return {"rekeyed": rekeyed, "expired_deleted": deleted}


#: The marker of :func:`strip_idempotency_answers` (in ``gateway_migrations``).
ANSWERS_MARKER = "idempotency-answers-removed"
_PLAIN_LOCATION = re.compile(r"^/v1(?:/[A-Za-z0-9_\-]{1,64}){1,6}$")
_SURVIVOR_LOCATION = re.compile(r"^/v1/survivors/([A-Za-z0-9_\-]{1,64})$")
_PLAIN_ID = re.compile(r"^[A-Za-z0-9_\-]{1,64}$")


def _old_location(document: Document) -> str | None:
    for pair in document.get("headers", ()):
        if isinstance(pair, dict) and pair.get("name") == "location":
            value = pair.get("value")
            if isinstance(value, str) and _PLAIN_LOCATION.fullmatch(value):
                return value
    return None


def _survivors_named(location: str, body: Any) -> list[str]:
    """The survivor a kept record names: a registration's ``Location``, or the survivor id
    of an officer's view of a proposed match (the body is read here, then dropped)."""
    named = set()
    found = _SURVIVOR_LOCATION.fullmatch(location)
    if found:
        named.add(found.group(1))
    try:
        answer = json.loads(bytes(body)) if body else None
    except (TypeError, ValueError):
        answer = None
    survivor = answer.get("survivor_id") if isinstance(answer, dict) else None
    if isinstance(survivor, str) and _PLAIN_ID.fullmatch(survivor):
        named.add(survivor)
    return sorted(named)


def strip_idempotency_answers(db: Database[Document], *, now: datetime) -> dict[str, int] | None:
    """No idempotency record keeps a first answer: see the module's docstring. Idempotent:
    it reads only records that still hold one (a scan: this is an operator's cold path)."""
    markers = db[MIGRATIONS_COLLECTION]
    if markers.find_one({"_id": ANSWERS_MARKER}) is not None:
        return None
    collection = db[mongo_idempotency.COLLECTION]
    survivors = mongo_idempotency.SurvivorRecords(db)
    stripped = deleted = 0
    for document in collection.find({"body": {"$exists": True}}):
        status, expires_at = document.get("status"), document.get("expires_at")
        location = _old_location(document)
        if (
            document.get("state") == "completed"
            and isinstance(status, int)
            and 200 <= status < 300
            and location is not None
            and isinstance(expires_at, datetime)
            and not _expired(expires_at, now=now)
        ):
            named = _survivors_named(location, document.get("body"))
            # Filed first, as the store does: erasure can always find it.
            survivors.file(str(document["_id"]), survivors=named, expires_at=expires_at, now=now)
            kept: Document = {"location": location}
            if named:
                kept["survivors"] = named
            collection.update_one(
                {"_id": document["_id"]},
                {"$set": kept, "$unset": {"body": "", "headers": ""}},
            )
            stripped += 1
        else:
            collection.delete_one({"_id": document["_id"]})
            deleted += 1
    mark_once(markers, ANSWERS_MARKER, {"at": datetime.now(UTC)})
    return {"answers_stripped": stripped, "answers_deleted": deleted}


def migrate_users(db: Database[Document]) -> dict[str, int] | None:
    marker = SchemeMarker(db, store="users")
    if marker.migrated():
        return None
    names = db[USERNAMES]
    listed = 0
    for document in db.users.find({}, projection={"username_key": 1, "created_at": 1}):
        key = document.get("username_key")
        if not isinstance(key, str):
            continue
        at = document.get("created_at")
        name = username_document(
            str(document["_id"]), key, at=at if isinstance(at, datetime) else datetime.now(UTC)
        )
        try:
            names.insert_one(name)
        except DuplicateKeyError:
            continue  # listed already (by a user created since, or an earlier run)
        listed += 1
    marker.mark()
    return {"usernames_listed": listed}


def migrate_organisation_members(db: Database[Document]) -> dict[str, int] | None:
    marker = SchemeMarker(db, store="organisation-members")
    if marker.migrated():
        return None
    members = {
        document.get("organisation_id")
        for document in db.users.find({}, projection={"organisation_id": 1})
    }
    marked = 0
    for organisation_id in sorted(m for m in members if isinstance(m, str)):
        result = db.organisations.update_one(
            {"_id": organisation_id, "has_members": {"$ne": True}},
            {"$set": {"has_members": True}},
        )
        marked += result.modified_count
    marker.mark()
    return {"organisations_marked": marked}


def migrate_sessions(db: Database[Document], *, now: datetime) -> dict[str, int] | None:
    marker = SchemeMarker(db, store="sessions")
    if marker.migrated():
        return None
    buckets = ExpiryBuckets(db, collection=mongo_sessions.COLLECTION)
    by_user = db[mongo_sessions.USER_SESSIONS]
    listed = 0
    for document in db[mongo_sessions.COLLECTION].find(
        {}, projection={"user_id": 1, "expires_at": 1, "revoked_at": 1}
    ):
        expires_at = document.get("expires_at")
        user_id = document.get("user_id")
        if not isinstance(expires_at, datetime) or not isinstance(user_id, str):
            continue
        if _expired(expires_at, now=now):
            continue  # the retention job deletes it; nothing to revoke
        buckets.add(str(document["_id"]), expires_at=expires_at)
        if document.get("revoked_at") is not None:
            continue
        element = mongo_sessions.list_element(str(document["_id"]), expires_at)
        # $addToSet: a rerun does not list a session twice.
        by_user.update_one({"_id": user_id}, {"$addToSet": {"sessions": element}}, upsert=True)
        listed += 1
    marker.mark()
    return {"sessions_listed": listed}


def migrate_rate_counters(db: Database[Document], *, now: datetime) -> dict[str, int] | None:
    marker = SchemeMarker(db, store="rate_counters")
    if marker.migrated():
        return None
    collection = db[mongo_rate_limits.COLLECTION]
    buckets = ExpiryBuckets(db, collection=mongo_rate_limits.COLLECTION)
    deleted = filed = 0
    for document in collection.find({}, projection={"expires_at": 1}):
        expires_at = document.get("expires_at")
        if not isinstance(expires_at, datetime):
            continue
        if _expired(expires_at, now=now):
            collection.delete_one({"_id": document["_id"]})
            deleted += 1
        else:
            buckets.add(str(document["_id"]), expires_at=expires_at)
            filed += 1
    marker.mark()
    return {"filed_for_expiry": filed, "expired_deleted": deleted}


def migrate(db: Database[Document], *, now: datetime | None = None) -> MigrationReport:
    """Every store's step (see the module docstring); counts per store that ran."""
    moment = now if now is not None else datetime.now(UTC)
    report = MigrationReport()
    audit = migrate_audit(db)
    if audit.ran:
        report.counts["audit_records"] = {
            "rekeyed": audit.rekeyed,
            "unchained_named": audit.unchained,
            "checkpoint_copied": int(audit.checkpoint_copied),
        }
    steps: dict[str, Callable[[], dict[str, int] | None]] = {
        "idempotency_keys": lambda: migrate_idempotency(db, now=moment),
        # After the re-keying: it files records under survivors by their new ids.
        "idempotency_answers": lambda: strip_idempotency_answers(db, now=moment),
        "users": lambda: migrate_users(db),
        "organisations": lambda: migrate_organisation_members(db),
        "sessions": lambda: migrate_sessions(db, now=moment),
        "session_identities": lambda: mongo_sessions.migrate_session_identities(db, now=moment),
        "rate_counters": lambda: migrate_rate_counters(db, now=moment),
    }
    for name, step in steps.items():
        counts = step()
        if counts is not None:
            report.counts[name] = counts
    return report
