"""Login sessions: one document per session holding its current refresh-token digest.

Rotation is one conditional ``update_one`` on (id, current digest, not revoked), so two
concurrent refreshes with the same token cannot both succeed, on any MongoDB-protocol
server. Retired digests stay in the document so their reuse can be recognised.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from pymongo import ASCENDING
from pymongo.database import Database

from gateway.adapters.expiry import ensure_ttl_index
from gateway.ports import Session

__all__ = ["MongoSessionStore", "ensure_session_indexes"]

Document = dict[str, Any]
#: Retired digests kept per session: enough to recognise any realistic replay.
_KEEP_USED = 50


def ensure_session_indexes(db: Database[Document]) -> None:
    db.sessions.create_index([("user_id", ASCENDING)])
    ensure_ttl_index(db.sessions)


def _session(document: Document) -> Session:
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
    )


class MongoSessionStore:
    def __init__(self, db: Database[Document]) -> None:
        self._collection = db.sessions

    def add(self, session: Session) -> None:
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
            }
        )

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
        self._collection.update_many(
            {"user_id": user_id, "revoked_at": None},
            {"$set": {"revoked_at": at, "revoked_reason": reason}},
        )
