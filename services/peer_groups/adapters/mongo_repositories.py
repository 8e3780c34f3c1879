"""MongoDB repositories of peer groups: one group = one document, saved with its events.

As in matching, each write is a single-document operation (atomic on any MongoDB-protocol
server, transactions or not): the group's new state and the events it raised, in its
``outbox`` array, land together or not at all; the outbox relay publishes them. Saves match
on the version read, so a concurrent write is refused (StaleVersion), never overwritten.

The pool holds one document per survivor. A state is stored only if its version is newer
than the stored one, so redelivered or reordered events change nothing; an erasure leaves a
tombstone (the pseudonymous id and nothing else) so that a late copy of an older state
cannot bring the person back.

A member's district, interests and links are sealed under the survivor's data key (see
``documents``). Matching deletes that key when the survivor is erased: from then on the
member is unreadable here and treated as gone, even before the erasure event arrives. The
district is not queried (one key per survivor: no ciphertext equals another's), so a place
filter selects by country in the database and by district after opening.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from datetime import datetime
from typing import Any

from pymongo import ASCENDING
from pymongo.database import Database
from pymongo.errors import DuplicateKeyError

from pathways_runtime.document_locks import document_lock
from pathways_runtime.field_crypto import FieldCrypto, KeyErased
from peer_groups.adapters.documents import (
    group_from_document,
    group_to_document,
    member_from_document,
    member_to_document,
)
from peer_groups.adapters.event_mapping import group_items
from peer_groups.domain.errors import AlreadyExists, NotFound, StaleVersion
from peer_groups.domain.group import Group
from peer_groups.domain.pool import PoolMember
from peer_groups.domain.values import GroupStatus

__all__ = [
    "EMBEDDED_OUTBOX_COLLECTIONS",
    "MongoGroupRepository",
    "MongoPoolRepository",
    "ensure_indexes",
]

EMBEDDED_OUTBOX_COLLECTIONS = ("groups",)
#: A version no real state reaches: what an erased survivor's tombstone carries.
_ERASED_VERSION = 2**62

Document = dict[str, Any]


def ensure_indexes(db: Database[Document]) -> None:
    db.groups.create_index([("organisation_id", ASCENDING), ("_id", ASCENDING)])
    db.groups.create_index([("member_ids", ASCENDING)])
    db.groups.create_index([("committed_ids", ASCENDING)])
    db.groups.create_index([("outbox.event_id", ASCENDING)], sparse=True)
    db.pool.create_index([("open", ASCENDING), ("languages", ASCENDING)])
    db.pool.create_index([("country", ASCENDING)])


def _ignore(_collection: str, _document_id: Any) -> None:
    return None


class MongoGroupRepository:
    def __init__(
        self, db: Database[Document], *, on_outbox: Callable[[str, Any], None] = _ignore
    ) -> None:
        self._groups = db.groups
        #: Told which document just got events, so the relay need not scan for them.
        self.on_outbox = on_outbox

    def add(self, group: Group) -> None:
        group.version = 1
        items = group_items(group, group.events)
        try:
            with document_lock(self._groups.full_name, group.group_id):
                self._groups.insert_one({**group_to_document(group), "outbox": items})
        except DuplicateKeyError as error:
            group.version = 0
            raise AlreadyExists("group id taken") from error
        group.events.clear()
        if items:
            self.on_outbox("groups", group.group_id)

    def get(self, group_id: str) -> Group:
        doc = self._groups.find_one({"_id": group_id}, {"outbox": 0})
        if doc is None:
            raise NotFound("no such group")
        return group_from_document(doc)

    def save(self, group: Group) -> None:
        expected = group.version
        group.version = expected + 1
        items = group_items(group, group.events)
        fields = {k: v for k, v in group_to_document(group).items() if k != "_id"}
        update: Document = {"$set": fields}
        if items:
            update["$push"] = {"outbox": {"$each": items}}
        with document_lock(self._groups.full_name, group.group_id):
            result = self._groups.update_one({"_id": group.group_id, "version": expected}, update)
        if result.matched_count == 0:
            group.version = expected
            if self._groups.count_documents({"_id": group.group_id}, limit=1) == 0:
                raise NotFound("no such group")
            raise StaleVersion("the group changed since it was read; read it again")
        group.events.clear()
        if items:
            self.on_outbox("groups", group.group_id)

    def list(
        self,
        *,
        organisation_id: str,
        facilitator_id: str | None,
        status: GroupStatus | None,
        after: str,
        limit: int,
    ) -> Sequence[Group]:
        query: Document = {"organisation_id": organisation_id}
        if facilitator_id is not None:
            query["facilitator_id"] = facilitator_id
        if status is not None:
            query["status"] = status.value
        if after:
            query["_id"] = {"$gt": after}
        docs = self._groups.find(query, {"outbox": 0}).sort("_id", ASCENDING).limit(limit)
        return [group_from_document(doc) for doc in docs]

    # --- retention (``peer_groups.retention``) -----------------------------------------

    def remove_members_closed_before(self, cutoff: datetime, *, at: datetime) -> int:
        """Empty the member lists of groups closed at or before ``cutoff``; once each."""
        return self._groups.update_many(
            _closed_groups_with_members(cutoff),
            {
                "$set": {
                    "members": [],
                    "member_ids": [],
                    "committed_ids": [],
                    "removed": [],
                    "members_removed_at": at,
                }
            },
        ).modified_count

    def with_survivor(self, survivor_id: str) -> Sequence[Group]:
        docs = self._groups.find({"member_ids": survivor_id}, {"outbox": 0})
        return [group_from_document(doc) for doc in docs]

    def committed_survivors(self, *, excluding: Collection[str]) -> set[str]:
        docs = self._groups.find(
            {
                "status": {"$in": [GroupStatus.FORMING.value, GroupStatus.ACTIVE.value]},
                "_id": {"$nin": list(excluding)},
                "committed_ids.0": {"$exists": True},
            },
            {"committed_ids": 1},
        )
        return {survivor_id for doc in docs for survivor_id in doc.get("committed_ids", [])}


def _closed_groups_with_members(cutoff: datetime) -> Document:
    return {
        "status": GroupStatus.CLOSED.value,
        "closed_at": {"$lte": cutoff},
        "members_removed_at": {"$exists": False},
    }


class MongoPoolRepository:
    def __init__(self, db: Database[Document], *, crypto: FieldCrypto) -> None:
        self._pool = db.pool
        self._crypto = crypto

    def _members(self, docs: Iterable[Document]) -> Iterator[PoolMember]:
        for doc in docs:
            try:
                yield member_from_document(doc, crypto=self._crypto)
            except KeyErased:
                continue  # erased in matching; the erasure event will remove the document

    def upsert(self, member: PoolMember) -> bool:
        try:
            document = member_to_document(member, crypto=self._crypto)
        except KeyErased:
            return False  # the survivor was erased meanwhile: nothing of them is kept
        try:
            result = self._pool.replace_one(
                {"_id": member.survivor_id, "version": {"$lt": member.version}},
                document,
                upsert=True,
            )
        except DuplicateKeyError:
            return False  # a newer state, or an erasure, is stored: this one is old news
        return result.matched_count == 1 or result.upserted_id is not None

    def erase(self, survivor_id: str) -> None:
        self._pool.replace_one(
            {"_id": survivor_id},
            {"_id": survivor_id, "erased": True, "open": False, "version": _ERASED_VERSION},
            upsert=True,
        )

    # --- retention (``peer_groups.retention``) -----------------------------------------

    def stamp_tombstones(self, *, at: datetime) -> int:
        """Date the tombstones that have none (the time retention first saw them)."""
        return self._pool.update_many(
            {"erased": True, "erased_at": {"$exists": False}}, {"$set": {"erased_at": at}}
        ).modified_count

    def delete_tombstones_before(self, cutoff: datetime) -> int:
        expired = {"erased": True, "erased_at": {"$lte": cutoff}}
        return self._pool.delete_many(expired).deleted_count

    def get_many(self, survivor_ids: Iterable[str]) -> dict[str, PoolMember]:
        ids = list(set(survivor_ids))
        if not ids:
            return {}
        docs = self._pool.find({"_id": {"$in": ids}, "erased": {"$ne": True}})
        return {member.survivor_id: member for member in self._members(docs)}

    def open_members(
        self, *, languages: Collection[str], places: Collection[tuple[str, str]] | None
    ) -> Sequence[PoolMember]:
        query: Document = {"open": True, "languages": {"$in": sorted(languages)}}
        if places is not None:
            query["country"] = {"$in": sorted({country for country, _ in places})}
        members = self._members(self._pool.find(query).sort("_id", ASCENDING))
        if places is None:
            return list(members)
        wanted = set(places)
        return [m for m in members if (m.country, m.district) in wanted]
