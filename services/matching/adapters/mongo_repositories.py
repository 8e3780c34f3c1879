"""MongoDB repositories: one aggregate = one document, saved with its pending events.

Each write is a single-document operation, atomic on MongoDB and on any MongoDB-protocol
server without multi-document transactions: the aggregate's new state and the events it
raised (in its ``outbox`` array) land together or not at all. The outbox relay publishes
the events to Kafka and removes them from the document.

Optimistic concurrency: a save matches on the version it read; if someone else wrote in
between, nothing is written and ``StaleVersion`` is raised.

Survivors' and matches' sensitive fields are sealed under the survivor's data key on the way
in and opened on the way out (``documents``); erasing a survivor deletes that key.

Every lookup on a request path reads by `_id` (FerretDB v1 narrows by nothing else): the
lookups by owner (a survivor's matches, an opportunity's matches, an organisation's
survivors and opportunities) go through id sets kept beside the aggregates
(:mod:`matching.adapters.id_sets`), listed before each aggregate is first written and
re-checked against it on every read. Scans remain only on cold paths: the index rebuild at
start (``MongoOpportunityRepository.all``), training (``MongoMatchRepository.all``), the
retention job and migrations, each with a MongoDB index in :func:`ensure_indexes`.

Before a write that adds events to a document's ``outbox``, ``on_outbox_pending`` is told
(collection, id) so the relay can record durably that the document holds unsent events
(it raises if it cannot, and then nothing is written); after the write ``on_outbox`` is
told, so the relay publishes at once.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from datetime import UTC, datetime
from typing import Any

from bson.binary import Binary
from pymongo import ASCENDING
from pymongo.database import Database
from pymongo.errors import DuplicateKeyError

from matching.adapters import documents, event_mapping
from matching.adapters.id_sets import IdSets, chunked
from matching.domain.errors import AlreadyExists, NotFound, StaleVersion
from matching.domain.match import Match
from matching.domain.opportunity import Opportunity, OpportunityStatus
from matching.domain.outcome_model import IncompatibleOutcomeModel, OutcomeModel
from matching.domain.survivor import Survivor
from matching.domain.values import ConsentPurpose
from pathways_runtime.document_locks import document_lock
from pathways_runtime.field_crypto import FieldCrypto, KeyErased
from pathways_runtime.log import get_logger

__all__ = [
    "EMBEDDED_OUTBOX_COLLECTIONS",
    "OPPORTUNITY_MATCHES",
    "ORGANISATION_BUCKETS",
    "ORGANISATION_OPPORTUNITIES",
    "ORGANISATION_SURVIVORS",
    "SURVIVOR_MATCHES",
    "MongoMatchRepository",
    "MongoOpportunityRepository",
    "MongoOrganisationStandings",
    "MongoOutcomeModelRepository",
    "MongoSurvivorRepository",
    "ensure_indexes",
    "matches_by_opportunity",
    "matches_by_survivor",
    "opportunities_by_organisation",
    "survivors_by_organisation",
]

#: Collections whose documents may carry pending events in an ``outbox`` array.
EMBEDDED_OUTBOX_COLLECTIONS = ("survivors", "opportunities", "matches")
#: Events with no aggregate document left to carry them (an erasure).
OUTBOX_COLLECTION = "outbox"

#: Id sets (``matching.adapters.id_sets``): a survivor's matches (``_id`` = survivor id),
#: an opportunity's matches (``_id`` = opportunity id), an organisation's survivors and
#: opportunities (``_id`` = ``{organisation id}#{bucket:03d}``, ``ORGANISATION_BUCKETS``
#: buckets each, as an organisation may hold 100,000 of either).
SURVIVOR_MATCHES = "survivor_matches"
OPPORTUNITY_MATCHES = "opportunity_matches"
ORGANISATION_SURVIVORS = "organisation_survivors"
ORGANISATION_OPPORTUNITIES = "organisation_opportunities"
#: 100,000 ids over 64 buckets is some 1,600 ids (about 50 KB) per document.
ORGANISATION_BUCKETS = 64

Document = dict[str, Any]
_log = get_logger(__name__)

#: Survivors read per ``$in`` while filling a caseload page.
MAX_CASELOAD_READ = 200
#: Documents per round trip when reading a whole collection (an index rebuild). Small enough
#: that one batch stays well inside the socket timeout on slow servers (FerretDB v1 on
#: SQLite took over 10 s for 2,000 opportunities on a loaded machine).
_BULK_BATCH = 500


def matches_by_survivor(db: Database[Document]) -> IdSets:
    return IdSets(db[SURVIVOR_MATCHES])


def matches_by_opportunity(db: Database[Document]) -> IdSets:
    return IdSets(db[OPPORTUNITY_MATCHES])


def survivors_by_organisation(db: Database[Document]) -> IdSets:
    return IdSets(db[ORGANISATION_SURVIVORS], buckets=ORGANISATION_BUCKETS)


def opportunities_by_organisation(db: Database[Document]) -> IdSets:
    return IdSets(db[ORGANISATION_OPPORTUNITIES], buckets=ORGANISATION_BUCKETS)


def ensure_indexes(db: Database[Document]) -> None:
    """Indexes for the cold paths that still filter on other fields than `_id` (on MongoDB;
    FerretDB v1 scans regardless). Request paths need none: they read by `_id`."""
    # The index rebuild at start (``all``: status != closed) and retention (closed ones).
    db.opportunities.create_index([("status", ASCENDING)])
    # Retention's decided matches whose detail is still there.
    db.matches.create_index([("state", ASCENDING)])
    # The model in use, read once at start.
    db.outcome_models.create_index([("created_at", ASCENDING)])
    for name in EMBEDDED_OUTBOX_COLLECTIONS:
        db[name].create_index([("outbox.event_id", ASCENDING)], sparse=True)


def _ignore(_collection: str, _document_id: Any) -> None:
    return None


def _by_ids(collection: Any, ids: Iterable[str]) -> Iterator[Document]:
    """The documents with these ids that exist, in id order, by ``$in`` of at most
    ``MAX_IN`` ids (the store narrows that like an exact ``_id``; no other filter)."""
    for chunk in chunked(sorted(set(ids))):
        found = {d["_id"]: d for d in collection.find({"_id": {"$in": list(chunk)}}, {"outbox": 0})}
        yield from (found[i] for i in chunk if i in found)


def _forget(members: IdSets, collection: Any, *, owner_id: str, member_id: str) -> None:
    """Take a deleted aggregate's id out of its owner's set. Should the aggregate have been
    written again meanwhile (a create retried with the same request id, which listed it
    first), list it again: an entry may be stale, never missing."""
    members.remove(owner_id, member_id)
    if collection.find_one({"_id": member_id}, {"_id": 1}) is not None:
        members.add(owner_id, member_id)


def _opportunity_items(opportunity: Opportunity) -> list[Document]:
    return event_mapping.opportunity_items(opportunity, opportunity.events)


def _match_items(match: Match) -> list[Document]:
    return event_mapping.match_items(match, match.events)


def _unless_erased(decoded: Iterable[Any]) -> Iterator[Any]:
    return (item for item in decoded if item is not None)


class _Repository:
    collection_name: str

    def __init__(
        self,
        db: Database[Document],
        *,
        on_outbox: Callable[[str, Any], None] = _ignore,
        on_outbox_pending: Callable[[str, Any], None] = _ignore,
    ) -> None:
        self._db = db
        self._collection = db[self.collection_name]
        #: Told which document just got events, so the relay need not scan for them.
        self.on_outbox = on_outbox
        #: Told which document is about to get events, before the write: it records that
        #: durably (the relay then needs no sweep of every collection to find what a crash
        #: left) and raises if it cannot, and then the write does not happen.
        self.on_outbox_pending = on_outbox_pending

    def _insert(self, document: Document, items: list[Document]) -> None:
        try:
            with document_lock(self._collection.full_name, document["_id"]):
                if items:  # under the lock, right before the write (the relay's protocol)
                    self.on_outbox_pending(self.collection_name, document["_id"])
                self._collection.insert_one({**document, "outbox": items})
        except DuplicateKeyError as error:
            raise AlreadyExists(f"{self.collection_name} id taken") from error
        if items:
            self.on_outbox(self.collection_name, document["_id"])

    def _add_aggregate(
        self,
        aggregate: Any,
        *,
        to_document: Callable[[Any], Document],
        items: Callable[[Any], list[Document]],
    ) -> None:
        """Insert at version 1 with its events; on a taken id nothing changes."""
        aggregate.version = 1
        try:
            self._insert(to_document(aggregate), items(aggregate))
        except AlreadyExists:
            aggregate.version = 0
            raise
        aggregate.events.clear()

    def _save_aggregate(
        self,
        aggregate: Any,
        *,
        to_document: Callable[[Any], Document],
        items: Callable[[Any], list[Document]],
    ) -> None:
        """Write the next version with its events, if the version read is still current."""
        expected = aggregate.version
        aggregate.version = expected + 1
        try:
            self._update(to_document(aggregate), expected_version=expected, items=items(aggregate))
        except (StaleVersion, NotFound):
            aggregate.version = expected
            raise
        aggregate.events.clear()

    def _update(self, document: Document, *, expected_version: int, items: list[Document]) -> None:
        fields = {k: v for k, v in document.items() if k != "_id"}
        update: Document = {"$set": fields}
        if items:
            update["$push"] = {"outbox": {"$each": items}}
        with document_lock(self._collection.full_name, document["_id"]):
            if items:  # under the lock, right before the write (the relay's protocol)
                self.on_outbox_pending(self.collection_name, document["_id"])
            result = self._collection.update_one(
                {"_id": document["_id"], "version": expected_version}, update
            )
        if result.matched_count == 0:
            # A find by `_id`, not ``count_documents`` (an aggregation, which the store may
            # not narrow by `_id`): this runs on every refused write.
            if self._collection.find_one({"_id": document["_id"]}, {"_id": 1}) is None:
                raise NotFound(f"no such {self.collection_name[:-1]}")
            raise StaleVersion("someone changed it since it was read; read it again")
        if items:
            self.on_outbox(self.collection_name, document["_id"])


class MongoSurvivorRepository(_Repository):
    collection_name = "survivors"

    def __init__(
        self,
        db: Database[Document],
        *,
        interest_concepts: Callable[[Survivor], Iterable[str]],
        crypto: FieldCrypto,
        on_outbox: Callable[[str, Any], None] = _ignore,
        on_outbox_pending: Callable[[str, Any], None] = _ignore,
        vocabulary_version: str = "",
    ) -> None:
        super().__init__(db, on_outbox=on_outbox, on_outbox_pending=on_outbox_pending)
        self._interest_concepts = interest_concepts
        self._crypto = crypto
        # The reading of a survivor's words is kept and trusted only with the vocabulary
        # in use now (``matching.domain.words_read``).
        self._vocabulary_version = vocabulary_version
        self._by_organisation = survivors_by_organisation(db)

    def _from(self, document: Document) -> Survivor | None:
        """None for a survivor whose key is gone: an erasure that stopped before deleting
        the document (its leftover, ciphertext only, is removed now)."""
        try:
            return documents.survivor_from_document(
                document, crypto=self._crypto, vocabulary=self._vocabulary_version
            )
        except KeyErased:
            self._collection.delete_one({"_id": document["_id"]})
            _log.warning("removed the leftover of an interrupted erasure")
            return None

    def _to(self, survivor: Survivor) -> Document:
        document = documents.survivor_to_document(
            survivor, crypto=self._crypto, vocabulary=self._vocabulary_version
        )
        # When it last changed, for the caseload's "updated since": the time of the write,
        # not of any event, so a profile edit counts as much as an assessment.
        document["updated_at"] = datetime.now(UTC)
        return document

    def get(self, survivor_id: str) -> Survivor | None:
        document = self._collection.find_one({"_id": survivor_id}, {"outbox": 0})
        return self._from(document) if document else None

    def keep_words_read(self, survivor: Survivor) -> bool:
        """Keep ``survivor.words_read`` in their document, if it is still the version that
        was read (else nothing: the words may have changed since). No event, no new
        version: the reading is derived from what is stored, not a change to it."""
        if survivor.words_read is None or not self._vocabulary_version:
            return False
        sealed = documents.sealed_profile(
            survivor, crypto=self._crypto, vocabulary=self._vocabulary_version
        )
        return (
            self._collection.update_one(
                {"_id": survivor.survivor_id, "version": survivor.version},
                {"$set": {"profile": sealed}},
            ).modified_count
            == 1
        )

    def _items(self, survivor: Survivor) -> list[Document]:
        return event_mapping.survivor_items(
            survivor,
            survivor.events,
            interest_concepts=self._interest_concepts,
            crypto=self._crypto,
        )

    def add(self, survivor: Survivor) -> None:
        # Listed first: a crash before the insert leaves an entry that readers skip.
        self._by_organisation.add(survivor.organisation_id, survivor.survivor_id)
        self._add_aggregate(survivor, to_document=self._to, items=self._items)

    def save(self, survivor: Survivor) -> None:
        self._save_aggregate(survivor, to_document=self._to, items=self._items)

    def erase(self, survivor_id: str) -> bool:
        """Announce, crypto-shred, delete: in that order, each step safe to repeat.

        The erasure event is written first, so it is never lost (announcing it twice is
        harmless). Then the survivor's data key goes: from that moment every copy sealed
        under it (this document, matches, peer groups' pool, events in Kafka, backups) is
        unreadable. Then the document, then its entry in its organisation's set. After a
        crash between the key and the document, the leftover is removed the next time it
        is read (``get``); an entry left behind points at nothing and is skipped.
        """
        found = self._collection.find_one({"_id": survivor_id}, {"organisation_id": 1})
        item = event_mapping.erasure_item(survivor_id)
        self._db[OUTBOX_COLLECTION].insert_one(
            {"_id": item["event_id"], **item, "created_at": datetime.now(UTC)}
        )
        self.on_outbox(OUTBOX_COLLECTION, item["event_id"])
        self._crypto.erase_key(survivor_id)
        deleted = self._collection.delete_one({"_id": survivor_id}).deleted_count == 1
        if found is not None and found.get("organisation_id"):
            _forget(
                self._by_organisation,
                self._collection,
                owner_id=found["organisation_id"],
                member_id=survivor_id,
            )
        return deleted

    def caseload(
        self,
        organisation_id: str,
        *,
        after: str,
        limit: int,
        accept: Callable[[Survivor, datetime | None], bool],
    ) -> tuple[list[tuple[Survivor, datetime | None]], str]:
        """The organisation's survivors with ids after ``after`` that ``accept`` keeps, in id
        order, at most ``limit``, and the token of the next page ("" when none).

        Read by ``_id`` only: the organisation's id set (64 buckets, one ``$in``), then the
        survivors in id order by ``$in`` of at most ``limit`` ids at a time, each re-checked
        (still there, still of this organisation). A filter that keeps few reads on until
        the page is full or the caseload ends: the cost follows the organisation's own
        caseload, never the store.
        """
        ids = sorted(i for i in self._by_organisation.members(organisation_id) if i > after)
        found: list[tuple[Survivor, datetime | None]] = []
        for chunk in chunked(ids, max(1, min(limit, MAX_CASELOAD_READ))):
            for document in _by_ids(self._collection, chunk):
                if document.get("organisation_id") != organisation_id:
                    continue
                survivor = self._from(document)
                if survivor is None:
                    continue
                updated_at = document.get("updated_at")
                if updated_at is not None and updated_at.tzinfo is None:
                    updated_at = updated_at.replace(tzinfo=UTC)
                if not accept(survivor, updated_at):
                    continue
                found.append((survivor, updated_at))
                if len(found) == limit:
                    more = survivor.survivor_id != ids[-1]
                    return found, survivor.survivor_id if more else ""
        return found, ""

    def eligible_ids(self, organisation_id: str) -> list[str]:
        """From the organisation's set, each survivor re-checked (still there, still of this
        organisation, consenting), sorted."""
        ids = []
        for document in _by_ids(self._collection, self._by_organisation.members(organisation_id)):
            if document.get("organisation_id") != organisation_id:
                continue
            survivor = self._from(document)
            if survivor is not None and survivor.has_consent(ConsentPurpose.MATCHING):
                ids.append(survivor.survivor_id)
        return sorted(ids)


class MongoOpportunityRepository(_Repository):
    """Opportunities, with the vocabulary concepts their text mentions stored beside them.

    The concepts are trusted only if they were mapped with the vocabulary in use now
    (``vocabulary_version``); otherwise the index maps the text again.
    """

    collection_name = "opportunities"

    def __init__(
        self,
        db: Database[Document],
        *,
        on_outbox: Callable[[str, Any], None] = _ignore,
        on_outbox_pending: Callable[[str, Any], None] = _ignore,
        vocabulary_version: str = "",
    ) -> None:
        super().__init__(db, on_outbox=on_outbox, on_outbox_pending=on_outbox_pending)
        self._vocabulary_version = vocabulary_version
        self._by_organisation = opportunities_by_organisation(db)
        self._matches = db["matches"]
        self._matches_by_opportunity = matches_by_opportunity(db)

    def _from(self, document: Document) -> Opportunity:
        opportunity = documents.opportunity_from_document(document)
        if document.get("concepts_vocabulary") != self._vocabulary_version:
            opportunity.concepts = None
        return opportunity

    def _to(self, opportunity: Opportunity) -> Document:
        document = documents.opportunity_to_document(opportunity)
        document["concepts_vocabulary"] = self._vocabulary_version
        return document

    def get(self, opportunity_id: str) -> Opportunity | None:
        document = self._collection.find_one({"_id": opportunity_id}, {"outbox": 0})
        return self._from(document) if document else None

    def add(self, opportunity: Opportunity) -> None:
        # Listed first: a crash before the insert leaves an entry that readers skip.
        self._by_organisation.add(opportunity.organisation_id, opportunity.opportunity_id)
        self._add_aggregate(opportunity, to_document=self._to, items=_opportunity_items)

    def save(self, opportunity: Opportunity) -> None:
        self._save_aggregate(opportunity, to_document=self._to, items=_opportunity_items)

    def list_by_organisation(
        self, organisation_id: str, *, page_size: int, page_token: str
    ) -> tuple[list[Opportunity], str]:
        """A page in id order after ``page_token`` (the last id of the page before).

        The ids come from the organisation's set (all buckets, merged: ids only); the
        page's opportunities are then read by ``$in`` and re-checked, skipping stale
        entries, until the page and one more are found (the one more says a next page
        exists).
        """
        ids = [i for i in self._by_organisation.members(organisation_id) if i > page_token]
        found: list[Document] = []
        position = 0
        while len(found) <= page_size and position < len(ids):
            wanted = ids[position : position + page_size + 1 - len(found)]
            position += len(wanted)
            by_id = {d["_id"]: d for d in _by_ids(self._collection, wanted)}
            found.extend(
                by_id[i]
                for i in wanted
                if i in by_id and by_id[i].get("organisation_id") == organisation_id
            )
        page = [self._from(d) for d in found[:page_size]]
        next_token = page[-1].opportunity_id if len(found) > page_size else ""
        return page, next_token

    # --- retention (``matching.retention``) ---------------------------------------------

    def stamp_closed(self, *, at: datetime) -> int:
        """Note when retention first saw each closed opportunity (no closing date is kept)."""
        return self._collection.update_many(
            {"status": OpportunityStatus.CLOSED.value, "closed_seen_at": {"$exists": False}},
            {"$set": {"closed_seen_at": at}},
        ).modified_count

    def delete_closed_before(self, cutoff: datetime) -> int:
        """Delete opportunities seen closed before ``cutoff`` that no match refers to.

        Whether a match refers to one is read from its match set by `_id` (the matches it
        names re-checked), not by scanning the matches for each opportunity. The sets must
        be complete: retention runs after the migration (``matching.retention.main``).
        """
        deleted = 0
        closed = OpportunityStatus.CLOSED.value
        expired = list(
            self._collection.find(
                {"status": closed, "closed_seen_at": {"$lte": cutoff}},
                {"_id": 1, "organisation_id": 1},
            )
        )
        for document in expired:
            opportunity_id = document["_id"]
            if self._referenced(opportunity_id):
                continue
            if not self._collection.delete_one(
                {"_id": opportunity_id, "status": closed}
            ).deleted_count:
                continue
            deleted += 1
            # Only stale entries are left in its match set; its organisation lists it no more.
            self._matches_by_opportunity.drop(opportunity_id)
            if document.get("organisation_id"):
                _forget(
                    self._by_organisation,
                    self._collection,
                    owner_id=document["organisation_id"],
                    member_id=opportunity_id,
                )
        return deleted

    def _referenced(self, opportunity_id: str) -> bool:
        listed = self._matches_by_opportunity.members(opportunity_id)
        for chunk in chunked(listed):
            for match in self._matches.find({"_id": {"$in": list(chunk)}}, {"opportunity_id": 1}):
                if match.get("opportunity_id") == opportunity_id:
                    return True
        return False

    def all(self) -> Iterator[Opportunity]:
        cursor = self._collection.find(
            {"status": {"$ne": OpportunityStatus.CLOSED.value}},
            {"outbox": 0},
            batch_size=_BULK_BATCH,
        )
        for document in cursor:
            yield self._from(document)


class MongoMatchRepository(_Repository):
    """Matches are sealed under their survivor's key; one whose key is gone (its survivor
    was erased meanwhile) is unreadable and treated as absent."""

    collection_name = "matches"

    def __init__(
        self,
        db: Database[Document],
        *,
        crypto: FieldCrypto,
        on_outbox: Callable[[str, Any], None] = _ignore,
        on_outbox_pending: Callable[[str, Any], None] = _ignore,
    ) -> None:
        super().__init__(db, on_outbox=on_outbox, on_outbox_pending=on_outbox_pending)
        self._crypto = crypto
        self._by_survivor = matches_by_survivor(db)
        self._by_opportunity = matches_by_opportunity(db)

    def _from(self, document: Document) -> Match | None:
        try:
            return documents.match_from_document(document, crypto=self._crypto)
        except KeyErased:
            return None

    def _to(self, match: Match) -> Document:
        return documents.match_to_document(match, crypto=self._crypto)

    def get(self, match_id: str) -> Match | None:
        document = self._collection.find_one({"_id": match_id}, {"outbox": 0})
        return self._from(document) if document else None

    def add(self, match: Match) -> bool:
        # Listed first: a crash before the insert leaves entries that readers skip (and a
        # taken id is the same match: its id is derived from survivor and opportunity).
        self._by_survivor.add(match.survivor_id, match.match_id)
        self._by_opportunity.add(match.opportunity_id, match.match_id)
        try:
            self._add_aggregate(match, to_document=self._to, items=_match_items)
        except AlreadyExists:
            return False
        return True

    def save(self, match: Match) -> None:
        self._save_aggregate(match, to_document=self._to, items=_match_items)

    def for_survivor(self, survivor_id: str) -> list[Match]:
        """The survivor's matches in id order: from their set, each re-checked."""
        found = (
            d
            for d in _by_ids(self._collection, self._by_survivor.members(survivor_id))
            if d.get("survivor_id") == survivor_id
        )
        return list(_unless_erased(self._from(d) for d in found))

    def for_opportunity(self, opportunity_id: str, *, states: Iterable[str]) -> list[Match]:
        """The opportunity's matches in ``states``, in id order: from its set, re-checked."""
        wanted = set(states)
        found = (
            d
            for d in _by_ids(self._collection, self._by_opportunity.members(opportunity_id))
            if d.get("opportunity_id") == opportunity_id and d.get("state") in wanted
        )
        return list(_unless_erased(self._from(d) for d in found))

    def erase_survivor(self, survivor_id: str) -> int:
        """Delete the survivor's matches, then their entries, then the survivor's set: an
        entry outlives its match, never the other way round."""
        listed = self._by_survivor.members(survivor_id)
        deleted = 0
        doomed: list[Document] = []
        for chunk in chunked(listed):
            doomed.extend(
                self._collection.find(
                    {"_id": {"$in": list(chunk)}}, {"survivor_id": 1, "opportunity_id": 1}
                )
            )
        doomed = [d for d in doomed if d.get("survivor_id") == survivor_id]
        for chunk in chunked([d["_id"] for d in doomed]):
            deleted += self._collection.delete_many({"_id": {"$in": list(chunk)}}).deleted_count
        for document in doomed:
            if document.get("opportunity_id"):
                _forget(
                    self._by_opportunity,
                    self._collection,
                    owner_id=document["opportunity_id"],
                    member_id=document["_id"],
                )
        self._by_survivor.drop(survivor_id)
        return deleted

    def all(self) -> Iterator[Match]:
        found = self._collection.find({}, {"outbox": 0}, batch_size=_BULK_BATCH)
        yield from _unless_erased(self._from(d) for d in found)

    # --- retention (``matching.retention``) ---------------------------------------------

    def decided_with_detail(self, *, states: Iterable[str]) -> Iterator[Match]:
        """Matches in ``states`` whose detail retention has not removed yet."""
        query = {"state": {"$in": list(states)}, "detail_removed_at": {"$exists": False}}
        found = self._collection.find(query, {"outbox": 0}, batch_size=_BULK_BATCH)
        yield from _unless_erased(self._from(d) for d in found)

    def remove_detail(self, match: Match, *, at: datetime) -> int:
        """Reseal ``match``'s private part (already stripped) and mark it; 1 if written.

        Conditional on the version read, so a concurrent change wins and the next run
        looks again; the version is not bumped (nothing a caller sees has changed).
        """
        sealed = self._to(match)[documents.MATCH_SEALED]
        with document_lock(self._collection.full_name, match.match_id):
            result = self._collection.update_one(
                {"_id": match.match_id, "version": match.version},
                {"$set": {documents.MATCH_SEALED: sealed, "detail_removed_at": at}},
            )
        return result.modified_count


class MongoOutcomeModelRepository:
    """Every trained model is kept (versioned); the newest is the one in use."""

    def __init__(self, db: Database[Document]) -> None:
        self._collection = db["outcome_models"]

    def save(self, model: OutcomeModel) -> None:
        self._collection.replace_one(
            {"_id": model.version},
            {
                "_id": model.version,
                "model": Binary(model.to_bytes()),
                "metrics": model.metrics.as_dict(),
                "created_at": datetime.now(UTC),
            },
            upsert=True,
        )

    def latest(self) -> OutcomeModel | None:
        for document in self._collection.find({}).sort("created_at", -1).limit(1):
            try:
                return OutcomeModel.from_bytes(bytes(document["model"]))
            except IncompatibleOutcomeModel:
                return None  # an older schema: matching works without it until retrained
        return None


class MongoOrganisationStandings:
    """``ports.OrganisationStandings``: one document per suspended organisation
    (``suspended_organisations``, ``_id`` = its id); lifting deletes it. Read by `_id`."""

    def __init__(self, db: Database[Document]) -> None:
        self._collection = db["suspended_organisations"]

    def is_suspended(self, organisation_id: str) -> bool:
        return self._collection.find_one({"_id": organisation_id}, {"_id": 1}) is not None

    def set_suspended(self, organisation_id: str, suspended: bool) -> None:
        if suspended:
            self._collection.update_one(
                {"_id": organisation_id},
                {"$setOnInsert": {"since": datetime.now(UTC)}},
                upsert=True,
            )
        else:
            self._collection.delete_one({"_id": organisation_id})
