"""Login sessions: one document per session holding who it is for and its current
refresh-token digest.

A session holds its user's id, organisation and role as they were at login: every request
reads its session by ``_id`` and nothing else (``gateway.auth.service``), and an account
change ends the user's sessions (below) rather than leave one holding a stale role.
Sessions older code wrote hold no organisation or role: :func:`migrate_session_identities`
copies them in from the user records (run once at start, from
``gateway.adapters.migration``), and until then, or for such a session an older instance
opens during a rolling upgrade, the authenticator reads the user by ``_id`` instead.

Rotation is one conditional ``update_one`` on (id, current digest, not revoked), so two
concurrent refreshes with the same token cannot both succeed, on any MongoDB-protocol
server. Retired digests stay in the document so their reuse can be recognised.

Every access is by ``_id``. Ending all of a user's sessions (an account change) reads the
user's session list in ``user_sessions`` (``_id`` = the user id; the ids of their sessions
with their expiry) and revokes those by a bounded ``$in``; expired and revoked elements
leave the list by ``$pullAll`` of exactly the elements read (FerretDB ignores conditions
inside ``$pull``), so it stays as short as the user's open sessions. Expiry of the sessions
themselves: a TTL index on MongoDB, the expiry buckets (``gateway.adapters.expiry``) on
FerretDB.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from pymongo import ASCENDING
from pymongo.database import Database
from pymongo.errors import DuplicateKeyError

from gateway.adapters.expiry import ExpiryBuckets, chunks, ensure_ttl_index
from gateway.adapters.schema import SchemeMarker
from gateway.auth.roles import Role
from gateway.ports import Session
from pathways_runtime.document_locks import document_lock

__all__ = [
    "COLLECTION",
    "USER_SESSIONS",
    "MongoSessionStore",
    "ensure_session_indexes",
    "list_element",
    "migrate_session_identities",
]

Document = dict[str, Any]
COLLECTION = "sessions"
#: Per user: the sessions to revoke when the account changes.
USER_SESSIONS = "user_sessions"
#: Retired digests kept per session: enough to recognise any realistic replay.
_KEEP_USED = 50


def ensure_session_indexes(db: Database[Document]) -> None:
    # For the migration's and operators' reads by user (cold); requests go by _id.
    db[COLLECTION].create_index([("user_id", ASCENDING)])
    ensure_ttl_index(db[COLLECTION])


def list_element(session_id: str, expires_at: datetime) -> Document:
    """One element of a user's session list (the same shape everywhere, so ``$pullAll``
    of an element read back matches it)."""
    return {"id": session_id, "expires_at": expires_at}


def _session(document: Document) -> Session:
    role, organisation_id = document.get("role"), document.get("organisation_id")
    # Both or neither: a session older code wrote has neither (its user is read instead).
    identified = isinstance(role, str) and isinstance(organisation_id, str)
    return Session(
        id=document["_id"],
        user_id=document["user_id"],
        created_at=document["created_at"],
        expires_at=document["expires_at"],
        refresh_digest=document["refresh_digest"],
        refresh_expires_at=document["refresh_expires_at"],
        used_digests=tuple(document.get("used_digests", ())),
        revoked_at=document.get("revoked_at"),
        revoked_reason=document.get("revoked_reason"),
        organisation_id=str(organisation_id) if identified else None,
        role=Role(str(role)) if identified else None,
        enrolment_only=bool(document.get("enrolment_only", False)),
    )


def _utc(moment: datetime) -> datetime:
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment


class MongoSessionStore:
    def __init__(self, db: Database[Document]) -> None:
        self._collection = db[COLLECTION]
        self._by_user = db[USER_SESSIONS]
        self._lock_namespace = f"{db.name}.{USER_SESSIONS}"
        self._expiry = ExpiryBuckets(db, collection=COLLECTION)
        self._scheme = SchemeMarker(db, store="sessions")

    def add(self, session: Session) -> None:
        self._expiry.maybe_sweep(now=session.created_at)
        # Filed before the session exists: a crash in between leaves only ids that lead
        # nowhere, never a session that an account change could not reach.
        self._expiry.add(session.id, expires_at=session.expires_at)
        listed = {"$push": {"sessions": list_element(session.id, session.expires_at)}}
        with document_lock(self._lock_namespace, session.user_id):
            try:
                self._by_user.update_one({"_id": session.user_id}, listed, upsert=True)
            except DuplicateKeyError:
                # Another gateway instance opened the user's first session at the same
                # moment and its upsert created the list first: it exists now, so this
                # one only adds to it (a duplicate key on MongoDB and FerretDB alike).
                self._by_user.update_one({"_id": session.user_id}, listed, upsert=True)
        self._collection.insert_one(
            {
                "_id": session.id,
                "user_id": session.user_id,
                "created_at": session.created_at,
                "expires_at": session.expires_at,
                "refresh_digest": session.refresh_digest,
                "refresh_expires_at": session.refresh_expires_at,
                "used_digests": list(session.used_digests),
                "revoked_at": None,
                "revoked_reason": None,
                "organisation_id": session.organisation_id,
                "role": session.role.value if session.role is not None else None,
                "enrolment_only": session.enrolment_only,
            }
        )
        self._prune(session.user_id, now=session.created_at)

    def _prune(self, user_id: str, *, now: datetime) -> None:
        """Drop the user's expired sessions from their list (they need no revoking)."""
        document = self._by_user.find_one({"_id": user_id})
        if document is None:
            return
        gone = [
            element
            for element in document.get("sessions", ())
            if _utc(element["expires_at"]) <= _utc(now)
        ]
        if gone:
            with document_lock(self._lock_namespace, user_id):
                self._by_user.update_one({"_id": user_id}, {"$pullAll": {"sessions": gone}})

    def get(self, session_id: str) -> Session | None:
        document = self._collection.find_one({"_id": session_id})
        return _session(document) if document is not None else None

    def rotate(
        self,
        session_id: str,
        *,
        old_digest: str,
        new_digest: str,
        refresh_expires_at: datetime,
    ) -> bool:
        result = self._collection.update_one(
            {"_id": session_id, "refresh_digest": old_digest, "revoked_at": None},
            {
                "$set": {"refresh_digest": new_digest, "refresh_expires_at": refresh_expires_at},
                "$push": {"used_digests": {"$each": [old_digest], "$slice": -_KEEP_USED}},
            },
        )
        return result.modified_count == 1

    def revoke(self, session_id: str, *, at: datetime, reason: str) -> None:
        self._collection.update_one(
            {"_id": session_id, "revoked_at": None},
            {"$set": {"revoked_at": at, "revoked_reason": reason}},
        )

    def revoke_all_of_user(self, user_id: str, *, at: datetime, reason: str) -> None:
        change = {"$set": {"revoked_at": at, "revoked_reason": reason}}
        if not self._scheme.migrated():
            # Sessions older code opened are in no list yet: reach them the old way.
            self._collection.update_many({"user_id": user_id, "revoked_at": None}, change)
        document = self._by_user.find_one({"_id": user_id})
        if document is None:
            return
        listed = list(document.get("sessions", ()))
        ids = [str(element["id"]) for element in listed]
        for part in chunks(ids):
            self._collection.update_many(
                {"_id": {"$in": list(part)}, "revoked_at": None, "user_id": user_id}, change
            )
        if listed:
            # Every listed session is revoked now: none needs revoking again. Sessions
            # added since the read are not among these elements and stay listed.
            with document_lock(self._lock_namespace, user_id):
                self._by_user.update_one({"_id": user_id}, {"$pullAll": {"sessions": listed}})


def migrate_session_identities(db: Database[Document], *, now: datetime) -> dict[str, int] | None:
    """Copy each open session's organisation and role in from its user (once; a marker).

    Sessions older code opened hold only the user id, so each request of theirs would read
    the user as well as the session. A cold start-up scan, like the other migration steps:
    one read of the user and one write of the session per session, each by ``_id``. A
    session whose user is gone or disabled is ended (the account change that should have
    ended it ran before sessions were listed, or never reached it). Racing an account change
    is harmless: the write requires the session still open, and the change ends it after.
    """
    marker = SchemeMarker(db, store="session-identities")
    if marker.migrated():
        return None
    sessions, users = db[COLLECTION], db["users"]
    filled = ended = 0
    for document in sessions.find(
        {"revoked_at": None}, projection={"user_id": 1, "expires_at": 1, "role": 1}
    ):
        if isinstance(document.get("role"), str):
            continue
        expires_at = document.get("expires_at")
        if isinstance(expires_at, datetime) and _utc(expires_at) <= _utc(now):
            continue  # over anyway; the expiry sweep or retention deletes it
        user = users.find_one(
            {"_id": document.get("user_id")},
            projection={"organisation_id": 1, "role": 1, "disabled": 1},
        )
        still_open = {"_id": document["_id"], "revoked_at": None}
        if user is None or user.get("disabled", False):
            sessions.update_one(
                still_open, {"$set": {"revoked_at": now, "revoked_reason": "account disabled"}}
            )
            ended += 1
            continue
        sessions.update_one(
            still_open,
            {"$set": {"organisation_id": user["organisation_id"], "role": user["role"]}},
        )
        filled += 1
    marker.mark()
    return {"sessions_identified": filled, "sessions_ended": ended}
