"""Organisations and users in the gateway's MongoDB database, one document each.

Writes that change a resource match on the version read (optimistic concurrency); the
lock-out counters are updated without touching the version, since they are not part of
what an administrator edits.

Login finds a user by name through ``usernames`` (``_id`` = the username key, holding the
user id): two ``_id`` reads, whatever the number of users. The name document is inserted
before the user, so a taken name is refused by its unique ``_id``. Usernames never change
(there is no rename), so the two stay in step. Listings (admin pages) read ``users`` and
``organisations`` in ``_id`` order, with the indexes declared below for MongoDB.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from bson import Binary
from pymongo import ASCENDING, ReturnDocument
from pymongo.database import Database
from pymongo.errors import DuplicateKeyError

from gateway.adapters.schema import SchemeMarker
from gateway.auth.roles import OrganisationType, Role
from gateway.auth.second_factor import SecondFactor
from gateway.directory.models import Approval, Organisation, User
from gateway.errors import Conflict

__all__ = [
    "USERNAMES",
    "MongoOrganisationStore",
    "MongoUserStore",
    "ensure_directory_indexes",
    "username_document",
]

Document = dict[str, Any]
#: ``_id`` = a username key (``gateway.directory.models.username_key``), ``user_id``.
USERNAMES = "usernames"
#: A name document whose user never appeared (the process stopped between the two
#: inserts) is taken over after this long; a create in progress is far quicker.
_ABANDONED_AFTER = timedelta(minutes=5)


def ensure_directory_indexes(db: Database[Document]) -> None:
    # Organisation names are checked only when an admin creates one (cold).
    db.organisations.create_index([("name_key", ASCENDING)], unique=True)
    # Kept as a second guard and for the migration; logins go through ``usernames``.
    db.users.create_index([("username_key", ASCENDING)], unique=True)
    db.users.create_index([("organisation_id", ASCENDING), ("_id", ASCENDING)])


def _organisation_document(organisation: Organisation) -> Document:
    return {
        "_id": organisation.id,
        "name": organisation.name,
        "name_key": organisation.name.casefold(),
        "type": organisation.type.value,
        "country": organisation.country,
        "created_at": organisation.created_at,
        "version": organisation.version,
        "vetted_at": organisation.vetted_at,
        "vetted_by": organisation.vetted_by,
        "has_members": organisation.has_members,
        "suspended_at": organisation.suspended_at,
        "suspended_by": organisation.suspended_by,
    }


def _organisation(document: Document) -> Organisation:
    return Organisation(
        id=document["_id"],
        name=document["name"],
        type=OrganisationType(document["type"]),
        country=document["country"],
        created_at=document["created_at"],
        version=int(document["version"]),
        vetted_at=document.get("vetted_at"),
        vetted_by=document.get("vetted_by"),
        has_members=bool(document.get("has_members", False)),
        suspended_at=document.get("suspended_at"),
        suspended_by=document.get("suspended_by"),
    )


#: Fields of a user that ``replace`` leaves as stored: each has its own write.
_WRITTEN_ELSEWHERE = (
    "failed_logins",
    "locked_until",
    "password_hash",
    "password_change_required",
    "second_factor",
)


def _user_document(user: User) -> Document:
    return {
        "_id": user.id,
        "organisation_id": user.organisation_id,
        "username": user.username,
        "username_key": user.key,
        "role": user.role.value,
        "password_hash": user.password_hash,
        "created_at": user.created_at,
        "version": user.version,
        "disabled": user.disabled,
        "failed_logins": user.failed_logins,
        "locked_until": user.locked_until,
        "password_change_required": user.password_change_required,
        "approval": user.approval.value,
        "requested_by": user.requested_by,
        "approval_decided_by": user.approval_decided_by,
        "approval_decided_at": user.approval_decided_at,
        "second_factor": _factor_document(user.second_factor),
    }


def _factor_document(factor: SecondFactor | None) -> Document | None:
    if factor is None:
        return None
    return {
        "sealed": Binary(factor.sealed),
        "confirmed": factor.confirmed,
        "last_step": factor.last_step,
        # Digests as keys: one is taken by an ``$unset`` conditional on it being there.
        "recovery": dict.fromkeys(sorted(factor.recovery), True),
    }


def _factor(document: Any) -> SecondFactor | None:
    if not isinstance(document, dict):
        return None
    return SecondFactor(
        sealed=bytes(document["sealed"]),
        confirmed=bool(document.get("confirmed", False)),
        last_step=int(document.get("last_step", -1)),
        recovery=frozenset(document.get("recovery") or {}),
    )


def username_document(user_id: str, key: str, *, at: datetime) -> Document:
    return {"_id": key, "user_id": user_id, "created_at": at}


def _user(document: Document) -> User:
    return User(
        id=document["_id"],
        organisation_id=document["organisation_id"],
        username=document["username"],
        role=Role(document["role"]),
        password_hash=document["password_hash"],
        created_at=document["created_at"],
        version=int(document["version"]),
        disabled=bool(document.get("disabled", False)),
        failed_logins=int(document.get("failed_logins", 0)),
        locked_until=document.get("locked_until"),
        # Accounts older code wrote were let in when they were created.
        password_change_required=bool(document.get("password_change_required", False)),
        approval=Approval(document.get("approval", Approval.APPROVED.value)),
        requested_by=document.get("requested_by"),
        approval_decided_by=document.get("approval_decided_by"),
        approval_decided_at=document.get("approval_decided_at"),
        second_factor=_factor(document.get("second_factor")),
    )


def _after(after: str | None) -> Document:
    return {"_id": {"$gt": after}} if after is not None else {}


class MongoOrganisationStore:
    def __init__(self, db: Database[Document]) -> None:
        self._collection = db.organisations

    def add(self, organisation: Organisation) -> None:
        try:
            self._collection.insert_one(_organisation_document(organisation))
        except DuplicateKeyError as error:
            raise Conflict("an organisation with this name exists") from error

    def get(self, organisation_id: str) -> Organisation | None:
        document = self._collection.find_one({"_id": organisation_id})
        return _organisation(document) if document is not None else None

    def list(self, *, after: str | None, limit: int) -> list[Organisation]:
        cursor = self._collection.find(_after(after)).sort("_id", ASCENDING).limit(limit)
        return [_organisation(document) for document in cursor]

    def replace(self, organisation: Organisation, *, expected_version: int) -> bool:
        # ``has_members`` is only ever set, by its own write: a replace from an older read
        # must not clear it.
        document = _organisation_document(organisation)
        del document["has_members"]
        result = self._collection.update_one(
            {"_id": organisation.id, "version": expected_version}, {"$set": document}
        )
        return result.matched_count == 1

    def mark_has_members(self, organisation_id: str) -> None:
        self._collection.update_one({"_id": organisation_id}, {"$set": {"has_members": True}})


class MongoUserStore:
    def __init__(self, db: Database[Document]) -> None:
        self._collection = db.users
        self._names = db[USERNAMES]
        self._scheme = SchemeMarker(db, store="users")

    def add(self, user: User) -> None:
        key = user.key
        name = username_document(user.id, key, at=datetime.now(UTC))
        try:
            self._names.insert_one(name)
        except DuplicateKeyError as error:
            if not self._take_over_abandoned(name):
                raise Conflict("this username is taken") from error
        try:
            self._collection.insert_one(_user_document(user))
        except DuplicateKeyError as error:
            # The users' unique username index: a user older code created under this name
            # and no migration has listed yet. The name is theirs.
            self._names.delete_one({"_id": key, "user_id": user.id})
            raise Conflict("this username is taken") from error

    def _take_over_abandoned(self, name: Document) -> bool:
        existing = self._names.find_one({"_id": name["_id"]})
        if existing is None:
            # Deleted in between (a failed create cleaning up): the name is free again.
            try:
                self._names.insert_one(name)
            except DuplicateKeyError:
                return False
            return True
        if self._collection.find_one({"_id": existing["user_id"]}, projection={"_id": 1}):
            return False
        created = existing.get("created_at")
        if isinstance(created, datetime):
            created = created if created.tzinfo is not None else created.replace(tzinfo=UTC)
            if datetime.now(UTC) - created < _ABANDONED_AFTER:
                return False  # maybe a create still in progress
        result = self._names.replace_one({"_id": name["_id"], "user_id": existing["user_id"]}, name)
        return result.modified_count == 1

    def get(self, user_id: str) -> User | None:
        document = self._collection.find_one({"_id": user_id})
        return _user(document) if document is not None else None

    def get_by_username(self, username_key: str) -> User | None:
        name = self._names.find_one({"_id": username_key})
        if name is None:
            if self._scheme.migrated():
                return None
            # A user older code created, not yet listed in usernames.
            document = self._collection.find_one({"username_key": username_key})
            return _user(document) if document is not None else None
        document = self._collection.find_one({"_id": name["user_id"]})
        if document is None or document.get("username_key") != username_key:
            return None  # a name whose user was never written (see _take_over_abandoned)
        return _user(document)

    def list(self, *, organisation_id: str | None, after: str | None, limit: int) -> list[User]:
        query = _after(after)
        if organisation_id is not None:
            query["organisation_id"] = organisation_id
        cursor = self._collection.find(query).sort("_id", ASCENDING).limit(limit)
        return [_user(document) for document in cursor]

    def replace(self, user: User, *, expected_version: int) -> bool:
        # Lock-out counters are written concurrently by logins, the password by its owner:
        # keep the stored ones.
        document = _user_document(user)
        for written_elsewhere in _WRITTEN_ELSEWHERE:
            del document[written_elsewhere]
        result = self._collection.update_one(
            {"_id": user.id, "version": expected_version}, {"$set": document}
        )
        return result.matched_count == 1

    def count_failed_login(self, user_id: str, *, threshold: int, lock_until: datetime) -> None:
        after = self._collection.find_one_and_update(
            {"_id": user_id},
            {"$inc": {"failed_logins": 1}},
            return_document=ReturnDocument.AFTER,
        )
        if after is not None and int(after.get("failed_logins", 0)) >= threshold:
            self._collection.update_one(
                {"_id": user_id, "failed_logins": after["failed_logins"]},
                {"$set": {"failed_logins": 0, "locked_until": lock_until}},
            )

    def record_login(self, user_id: str, *, new_password_hash: str | None) -> None:
        changes: Document = {"failed_logins": 0, "locked_until": None}
        if new_password_hash is not None:
            changes["password_hash"] = new_password_hash
        self._collection.update_one({"_id": user_id}, {"$set": changes})

    def set_second_factor(self, user_id: str, factor: SecondFactor | None) -> None:
        self._collection.update_one(
            {"_id": user_id}, {"$set": {"second_factor": _factor_document(factor)}}
        )

    def take_second_factor_step(self, user_id: str, step: int) -> bool:
        result = self._collection.update_one(
            {"_id": user_id, "second_factor.last_step": {"$lt": step}},
            {"$set": {"second_factor.last_step": step}},
        )
        return result.modified_count == 1

    def take_recovery_code(self, user_id: str, digest: str) -> bool:
        held = f"second_factor.recovery.{digest}"
        result = self._collection.update_one(
            {"_id": user_id, held: {"$exists": True}}, {"$unset": {held: ""}}
        )
        return result.modified_count == 1

    def set_recovery_codes(self, user_id: str, digests: frozenset[str]) -> None:
        self._collection.update_one(
            {"_id": user_id, "second_factor.confirmed": True},
            {"$set": {"second_factor.recovery": dict.fromkeys(sorted(digests), True)}},
        )

    def set_password(
        self, user_id: str, *, password_hash: str, change_required: bool = False
    ) -> None:
        self._collection.update_one(
            {"_id": user_id},
            {"$set": {"password_hash": password_hash, "password_change_required": change_required}},
        )
