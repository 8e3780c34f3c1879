"""MongoDB repositories of peer groups: one group = one document, saved with its events.

As in matching, each write is a single-document operation (atomic on any MongoDB-protocol
server, transactions or not): the group's new state and the events it raised, in its
``outbox`` array, land together or not at all; the outbox relay publishes them. Saves match
on the version read, so a concurrent write is refused (StaleVersion), never overwritten.

The pool holds one document per survivor. A state is stored only if its version is newer
than the stored one, so redelivered or reordered events change nothing; an erasure leaves a
tombstone (the pseudonymous id and nothing else) so that a late copy of an older state
cannot bring the person back.

A member's district, gender, interests, chosen group focuses and links are sealed under the
survivor's data key (see ``documents``). Matching deletes that key when the survivor is
erased: from then on the member is unreadable here and treated as gone, even before the
erasure event arrives. Neither the district nor the focus is queried (one key per survivor:
no ciphertext equals another's), so a place filter selects by country in the database and
by district after opening, and the focus rule (with the women-only group's gender rule) is
checked after opening; no bucket id names a focus or a gender.

Every hot lookup is an ``_id`` lookup (``docs/architecture.md``, store access): who is in
which group, who is committed, the open pool by language and place and an organisation's
groups are read through the index documents of :mod:`peer_groups.adapters.index_documents`,
then the groups or members themselves by bounded ``$in``, whose own state decides.
"""

from __future__ import annotations

import threading
from collections import OrderedDict, defaultdict
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from datetime import datetime
from typing import Any

from pymongo import ASCENDING
from pymongo.database import Database
from pymongo.errors import DuplicateKeyError, EncryptionError

from pathways_runtime.document_locks import document_lock
from pathways_runtime.field_crypto import FieldCrypto, KeyErased
from pathways_runtime.log import get_logger
from pathways_runtime.place_names import place_key
from peer_groups.adapters.documents import (
    group_from_document,
    group_to_document,
    member_from_document,
    member_to_document,
)
from peer_groups.adapters.event_mapping import group_items
from peer_groups.adapters.index_documents import (
    CHUNK,
    GROUP_INDEX,
    POOL_BUCKETS,
    POOL_BUCKETS_COLLECTION,
    POOL_STATE_FIELDS,
    SURVIVOR_GROUPS,
    add_to_sets,
    compact_pool_buckets,
    countries_id,
    find_by_ids,
    member_bucket_ids,
    org_bucket_id,
    org_directory_id,
    org_prefix,
    pool_bucket_id,
    pull_from_sets,
    qualifies_for_bucket,
)
from peer_groups.domain.candidates import CandidateReading, PoolSample, read_in_turn
from peer_groups.domain.errors import AlreadyExists, NotFound, StaleVersion
from peer_groups.domain.group import COMMITTED, Group
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

_log = get_logger(__name__)


def ensure_indexes(db: Database[Document]) -> None:
    """Indexes for MongoDB of the cold scans only (retention, migration); hot paths read by
    ``_id``. Indexes of earlier releases (``member_ids``, ``committed_ids``, the pool's
    ``open``/``languages``/``country``) are no longer created; existing ones do no harm."""
    db.groups.create_index([("status", ASCENDING), ("closed_at", ASCENDING)])
    db.groups.create_index([("outbox.event_id", ASCENDING)], sparse=True)
    db.pool.create_index([("erased", ASCENDING), ("erased_at", ASCENDING)])


def _ignore(_collection: str, _document_id: Any) -> None:
    return None


class MongoGroupRepository:
    """Groups, and the index documents that find them (``survivor_groups``, ``group_index``).

    ``on_outbox_pending`` is told *before* a write that adds events to a group's outbox,
    holding the document's lock (it records durably that the document will hold events; if
    it raises, nothing is written), ``on_outbox`` after it (so the relay publishes at once).
    """

    def __init__(
        self,
        db: Database[Document],
        *,
        on_outbox: Callable[[str, Any], None] = _ignore,
        on_outbox_pending: Callable[[str, Any], None] = _ignore,
    ) -> None:
        self._groups = db.groups
        self._survivor_groups = db[SURVIVOR_GROUPS]
        self._index = db[GROUP_INDEX]
        #: Told which document just got events, so the relay need not scan for them.
        self.on_outbox = on_outbox
        #: Told which document is about to get events (a durable marker), before the write.
        self.on_outbox_pending = on_outbox_pending
        #: Members of each group as last read or written here, by group id: (version, ids).
        #: A save at that version adds to ``survivor_groups`` only the members that are new.
        self._members_at: OrderedDict[str, tuple[int, frozenset[str]]] = OrderedDict()
        self._members_lock = threading.Lock()
        #: Organisation index prefixes known to be recorded (they are never removed).
        self._org_prefixes: set[tuple[str, str]] = set()

    # -- what this process knows of groups' members ----------------------------------------------

    def _seen(self, group: Group) -> Group:
        with self._members_lock:
            self._members_at[group.group_id] = (
                group.version,
                frozenset(m.survivor_id for m in group.members),
            )
            self._members_at.move_to_end(group.group_id)
            while len(self._members_at) > 20_000:
                self._members_at.popitem(last=False)
        return group

    def _stored_members(self, group_id: str, version: int) -> frozenset[str]:
        with self._members_lock:
            known = self._members_at.get(group_id)
        if known is not None and known[0] == version:
            return known[1]
        doc = self._groups.find_one({"_id": group_id}, {"members.survivor_id": 1, "member_ids": 1})
        return frozenset(_member_ids(doc)) if doc is not None else frozenset()

    def _index_members(self, group_id: str, survivor_ids: Iterable[str]) -> None:
        """Record, before the group write, that these survivors are in this group."""
        add_to_sets(
            self._survivor_groups,
            {survivor_id: [group_id] for survivor_id in survivor_ids},
            field="groups",
        )

    def _index_organisation(self, organisation_id: str, group_id: str) -> None:
        prefix = org_prefix(group_id)
        add_to_sets(self._index, {org_bucket_id(organisation_id, prefix): [group_id]}, field="ids")
        if (organisation_id, prefix) not in self._org_prefixes:
            add_to_sets(
                self._index, {org_directory_id(organisation_id): [prefix]}, field="prefixes"
            )
            self._org_prefixes.add((organisation_id, prefix))

    # -- the aggregate ----------------------------------------------------------------------------

    def add(self, group: Group) -> None:
        self._index_organisation(group.organisation_id, group.group_id)
        self._index_members(group.group_id, {m.survivor_id for m in group.members})
        group.version = 1
        items = group_items(group, group.events)
        try:
            with document_lock(self._groups.full_name, group.group_id):
                if items:
                    # Under the lock, right before the write (the relay's protocol).
                    self.on_outbox_pending("groups", group.group_id)
                self._groups.insert_one({**group_to_document(group), "outbox": items})
        except DuplicateKeyError as error:
            group.version = 0
            raise AlreadyExists("group id taken") from error
        except BaseException:
            group.version = 0
            raise
        group.events.clear()
        self._seen(group)
        if items:
            self.on_outbox("groups", group.group_id)

    def get(self, group_id: str) -> Group:
        doc = self._groups.find_one({"_id": group_id}, {"outbox": 0})
        if doc is None:
            raise NotFound("no such group")
        return self._seen(group_from_document(doc))

    def save(self, group: Group) -> None:
        expected = group.version
        stored = self._stored_members(group.group_id, expected)
        self._index_members(group.group_id, {m.survivor_id for m in group.members} - stored)
        items = group_items(group, group.events)
        group.version = expected + 1
        fields = {k: v for k, v in group_to_document(group).items() if k != "_id"}
        update: Document = {"$set": fields}
        if items:
            update["$push"] = {"outbox": {"$each": items}}
        try:
            with document_lock(self._groups.full_name, group.group_id):
                if items:
                    # Under the lock, right before the write (the relay's protocol).
                    self.on_outbox_pending("groups", group.group_id)
                result = self._groups.update_one(
                    {"_id": group.group_id, "version": expected}, update
                )
        except BaseException:
            group.version = expected
            raise
        if result.matched_count == 0:
            group.version = expected
            if self._groups.count_documents({"_id": group.group_id}, limit=1) == 0:
                raise NotFound("no such group")
            raise StaleVersion("the group changed since it was read; read it again")
        group.events.clear()
        self._seen(group)
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
        """Through the organisation's index: its id prefixes in order, then each prefix's
        ids in order, then those groups by ``$in``; cost grows with the organisation's
        groups read before the page is full, never with the collection."""
        if limit <= 0:
            return []
        directory = self._index.find_one({"_id": org_directory_id(organisation_id)})
        prefixes = sorted(
            p for p in (directory or {}).get("prefixes", []) if p >= org_prefix(after)
        )
        found: list[Group] = []
        step = max(20, min(CHUNK, limit))
        for prefix in prefixes:
            bucket = self._index.find_one({"_id": org_bucket_id(organisation_id, prefix)})
            ids = sorted(i for i in (bucket or {}).get("ids", []) if i > after)
            for start in range(0, len(ids), step):
                chunk = ids[start : start + step]
                docs = {
                    doc["_id"]: doc
                    for doc in self._groups.find({"_id": {"$in": chunk}}, {"outbox": 0})
                }
                for group_id in chunk:
                    doc = docs.get(group_id)
                    if doc is None or doc.get("organisation_id") != organisation_id:
                        continue  # indexed before an insert that did not happen
                    if facilitator_id is not None and doc.get("facilitator_id") != facilitator_id:
                        continue
                    if status is not None and doc.get("status") != status.value:
                        continue
                    found.append(self._seen(group_from_document(doc)))
                    if len(found) == limit:
                        return found
        return found

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

    # --- who is where --------------------------------------------------------------------

    def _groups_of(self, survivor_ids: Iterable[str]) -> set[str]:
        return {
            group_id
            for doc in find_by_ids(self._survivor_groups, survivor_ids, {"groups": 1})
            for group_id in doc.get("groups", [])
        }

    def with_survivor(self, survivor_id: str) -> Sequence[Group]:
        groups = []
        for doc in find_by_ids(self._groups, self._groups_of([survivor_id]), {"outbox": 0}):
            group = group_from_document(doc)
            if any(m.survivor_id == survivor_id for m in group.members):
                groups.append(self._seen(group))
        return sorted(groups, key=lambda g: g.group_id)

    def forget_survivor(self, survivor_id: str) -> None:
        with document_lock(self._survivor_groups.full_name, survivor_id):
            self._survivor_groups.delete_one({"_id": survivor_id})

    def committed_among(
        self, *, candidate_ids: Iterable[str], excluding_group_ids: Collection[str]
    ) -> set[str]:
        candidates = set(candidate_ids)
        group_ids = self._groups_of(candidates) - set(excluding_group_ids)
        committed: set[str] = set()
        open_statuses = {s.value for s in GroupStatus if s is not GroupStatus.CLOSED}
        committed_states = {state.value for state in COMMITTED}
        for doc in find_by_ids(self._groups, group_ids, {"status": 1, "members": 1}):
            if doc.get("status") not in open_statuses:
                continue
            committed.update(
                m["survivor_id"]
                for m in doc.get("members", [])
                if m.get("state") in committed_states and m.get("survivor_id") in candidates
            )
        return committed


def _bucket_ids(member: PoolMember) -> list[str]:
    return member_bucket_ids(
        member.survivor_id,
        organisation_id=member.organisation_id,
        languages=member.languages,
        country=member.country,
    )


def _member_ids(doc: Document) -> list[str]:
    ids = [m["survivor_id"] for m in doc.get("members", []) if "survivor_id" in m]
    return ids or list(doc.get("member_ids", []))


def _closed_groups_with_members(cutoff: datetime) -> Document:
    return {
        "status": GroupStatus.CLOSED.value,
        "closed_at": {"$lte": cutoff},
        "members_removed_at": {"$exists": False},
    }


class MongoPoolRepository:
    """The pool, and its buckets by language and place (``pool_buckets``)."""

    def __init__(
        self,
        db: Database[Document],
        *,
        crypto: FieldCrypto,
        unsealed_db: Database[Document] | None = None,
    ) -> None:
        """``unsealed_db``: the same database through a client that opens sealed values as it
        reads (``adapters.pool_unsealer``): many members then cost one key fetch per reply,
        not one per person."""
        self._pool = db.pool
        self._unsealed_pool = unsealed_db.pool if unsealed_db is not None else None
        self._buckets = db[POOL_BUCKETS_COLLECTION]
        self._crypto = crypto
        #: Batches the unsealing client refused (a key gone), opened one by one instead.
        self.batches_opened_one_by_one = 0
        #: (organisation, language, country) known to be listed in their ``countries:`` id.
        self._countries_known: set[tuple[str, str, str]] = set()

    def _members(self, docs: Iterable[Document]) -> Iterator[PoolMember]:
        for doc in docs:
            if doc.get("erased"):
                continue
            try:
                yield member_from_document(doc, crypto=self._crypto)
            except KeyErased:
                continue  # erased in matching; the erasure event will remove the document

    def _add_to_buckets(self, member: PoolMember) -> None:
        organisation_id = member.organisation_id
        new_countries = {
            (organisation_id, language, member.country)
            for language in member.languages
            if (organisation_id, language, member.country) not in self._countries_known
        }
        if new_countries:
            countries: dict[str, list[str]] = defaultdict(list)
            for organisation, language, country in new_countries:
                countries[countries_id(organisation, language)].append(country)
            add_to_sets(self._buckets, countries, field="countries")
            self._countries_known |= new_countries
        add_to_sets(
            self._buckets,
            {bucket_id: [member.survivor_id] for bucket_id in _bucket_ids(member)},
            field="ids",
        )

    def upsert(self, member: PoolMember) -> bool:
        try:
            document = member_to_document(member, crypto=self._crypto)
        except KeyErased:
            return False  # the survivor was erased meanwhile: nothing of them is kept
        buckets = _bucket_ids(member) if member.open_to_groups else []
        if buckets:
            stored = self._pool.find_one(
                {"_id": member.survivor_id}, {**POOL_STATE_FIELDS, "version": 1}
            )
            if stored is not None and stored.get("version", 0) >= member.version:
                return False  # a newer state, or an erasure, is stored: this one is old news
            if stored is not None and all(qualifies_for_bucket(stored, b) for b in buckets):
                # Open there already: the write of that state put the entries in (most
                # updates change nothing the buckets depend on, and cost this read only).
                buckets = []
        if buckets:
            # Before the write, so that a crash in between leaves a harmless stale entry
            # rather than an open member no bucket names.
            self._add_to_buckets(member)
        try:
            result = self._pool.replace_one(
                {"_id": member.survivor_id, "version": {"$lt": member.version}},
                document,
                upsert=True,
            )
        except DuplicateKeyError:
            return False  # a newer state, or an erasure, is stored: this one is old news
        applied = result.matched_count == 1 or result.upserted_id is not None
        if applied and buckets:
            # Again after: a compaction that removed the entry in between (it judged the
            # older state) cannot leave this member out (see ``compact_pool_buckets``).
            self._add_to_buckets(member)
        return applied

    def erase(self, survivor_id: str) -> None:
        before = self._pool.find_one(
            {"_id": survivor_id}, {"organisation_id": 1, "languages": 1, "country": 1}
        )
        self._pool.replace_one(
            {"_id": survivor_id},
            {"_id": survivor_id, "erased": True, "open": False, "version": _ERASED_VERSION},
            upsert=True,
        )
        if before is not None:
            # An erasure is final (later states are refused), so removing is safe here.
            buckets = member_bucket_ids(
                survivor_id,
                organisation_id=str(before.get("organisation_id", "")),
                languages=before.get("languages", []),
                country=before.get("country", ""),
            )
            pull_from_sets(self._buckets, {b: [survivor_id] for b in buckets}, field="ids")

    # --- retention (``peer_groups.retention``) -----------------------------------------

    def stamp_tombstones(self, *, at: datetime) -> int:
        """Date the tombstones that have none (the time retention first saw them)."""
        return self._pool.update_many(
            {"erased": True, "erased_at": {"$exists": False}}, {"$set": {"erased_at": at}}
        ).modified_count

    def delete_tombstones_before(self, cutoff: datetime) -> int:
        expired = {"erased": True, "erased_at": {"$lte": cutoff}}
        return self._pool.delete_many(expired).deleted_count

    def compact_buckets(self) -> int:
        """Remove stale entries from the buckets (cold: reads them all)."""
        return compact_pool_buckets(self._pool.database)

    # --- reads ---------------------------------------------------------------------------

    def _read_members(self, survivor_ids: Iterable[str]) -> Iterator[PoolMember]:
        """Members by id, opened in batches when an unsealing client is there."""
        ids = sorted(set(survivor_ids))
        if self._unsealed_pool is None:
            yield from self._members(find_by_ids(self._pool, ids))
            return
        for start in range(0, len(ids), CHUNK):
            chunk = ids[start : start + CHUNK]
            try:
                docs = list(self._unsealed_pool.find({"_id": {"$in": chunk}}))
            except EncryptionError:
                # A key of the batch is gone (an erasure in flight): one by one, skipping it.
                # Rare; if it is not, the unsealing client cannot reach the keys (say, not
                # pointed at the key vault's own server) and every read pays a key fetch per
                # person: the count and the warning show it.
                self.batches_opened_one_by_one += 1
                _log.warning("pool batch opened one by one", members=len(chunk))
                docs = list(self._pool.find({"_id": {"$in": chunk}}))
            yield from self._members(docs)

    def get_many(self, survivor_ids: Iterable[str]) -> dict[str, PoolMember]:
        return {member.survivor_id: member for member in self._read_members(survivor_ids)}

    def members_open_to_groups(
        self,
        *,
        organisations: Collection[str],
        languages: Collection[str],
        places: Collection[tuple[str, str]] | None,
        reading: CandidateReading | PoolSample | None = None,
    ) -> Sequence[PoolMember]:
        """Through the buckets of these organisations, languages and countries; each
        member's own document decides (a stale bucket entry is skipped). The buckets hold
        ids only: the people are opened a chunk at a time, as far as ``reading`` needs."""
        wanted_languages = set(languages)
        wanted_organisations = set(organisations)
        keys = [(o, x) for o in sorted(wanted_organisations) for x in sorted(wanted_languages)]
        if places is None:
            listed = {
                doc["_id"]: doc.get("countries", [])
                for doc in find_by_ids(
                    self._buckets, [countries_id(o, x) for o, x in keys], {"countries": 1}
                )
            }
            countries_of = {key: listed.get(countries_id(*key), []) for key in keys}
        else:
            place_countries = sorted({country for country, _ in places})
            countries_of = dict.fromkeys(keys, place_countries)
        bucket_ids = [
            pool_bucket_id(organisation, language, country, number)
            for (organisation, language), countries in countries_of.items()
            for country in countries
            for number in range(POOL_BUCKETS)
        ]
        ids = {
            survivor_id
            for doc in find_by_ids(self._buckets, bucket_ids, {"ids": 1})
            for survivor_id in doc.get("ids", [])
        }
        wanted_places = {place_key(*p) for p in places} if places is not None else None

        def unseal_chunk(chunk: list[str]) -> list[PoolMember]:
            return [
                m
                for m in self._read_members(chunk)
                if m.open_to_groups
                and m.organisation_id in wanted_organisations
                and m.languages & wanted_languages
                and (wanted_places is None or m.place in wanted_places)
            ]

        return sorted(read_in_turn(ids, unseal_chunk, reading), key=lambda m: m.survivor_id)
