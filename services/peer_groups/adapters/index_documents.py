"""Index documents: the lookups peer groups needs, made ``_id`` lookups.

FerretDB v1 narrows a query only by ``_id`` (exact, or a bounded ``$in``); any other filter
reads the whole collection. So each question asked on a hot path has documents whose ids
are the question's keys (``docs/architecture.md``, store access):

- ``survivor_groups``: ``_id`` = survivor id, ``groups`` = ids of every group the survivor
  was ever put in. Add-only, written *before* the group write that adds the member, so it
  may name a group that does not hold the survivor (any more) but never misses one; readers
  check the group documents themselves. Deleted on erasure, after the groups are cleaned.
- ``pool_buckets``: ``_id`` = ``open:<organisation>:<language>:<country>:<n>`` (the
  organisation length-prefixed as in ``org:`` ids; ``n`` a stable hash of the survivor id
  modulo :data:`POOL_BUCKETS`, so no document grows huge), ``ids`` = that organisation's
  survivors open to groups who speak that language in that country; and
  ``countries:<organisation>:<language>``, ``countries`` = every country seen for them
  (online groups read them all). By organisation because a proposal or an overview draws
  only from its pool scope (the facilitator's organisation and the NGOs sharing with it):
  it reads those organisations' people and never opens anyone else's, so its cost follows
  the scope, not the platform. (By district it cannot be: the district is sealed under each
  survivor's key, and an index of it, even a keyed hash, would say where an erased survivor
  lived to whoever holds a backup and the key; ``docs/data-protection.md``.) Entries
  are added before the pool write and again after it, unless the stored state is already
  open in the same buckets (then its own write added them: most updates cost one read); an
  erasure removes its entries (it is final). Any other stale entry (someone no longer open,
  or moved) is harmless because readers check the member's own document, and the cold
  compaction (:func:`compact_pool_buckets`) removes it.
- ``group_index``: an organisation's groups for the facilitator's listing, ordered by id:
  ``org:<len>:<organisation>`` lists the id prefixes (``prefixes``), and
  ``org:<len>:<organisation>:<prefix>`` the ids of its groups starting so (``ids``).
  Prefixes are the first :data:`ORG_PREFIX` characters, so walking prefixes in order walks
  the ids in order. Written before the group is inserted.

Writes of these documents are ``$addToSet`` / ``$pullAll`` of exact elements, taken under
the same per-document locks as every writer of the process (FerretDB v1 applies an update
by read-modify-write without isolation: see ``pathways_runtime.document_locks``). The locks
do not reach other processes: on FerretDB, two replicas adding to one index document at the
same moment could lose an element, as for any document written by two instances
(``docs/delivery.md``); on MongoDB each update is atomic and nothing is lost. Updates are
sent one document at a time: FerretDB v1 (SQLite) was seen to hang for good on one
multi-statement ``update`` of about 100 statements, or on a few of 50 sent at once.

:func:`build_index_documents` builds all of them from the groups and the pool (a cold scan,
idempotent): see :mod:`peer_groups.adapters.migrations`.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import asdict, dataclass
from typing import Any, TypeVar

from pymongo.collection import Collection
from pymongo.database import Database
from pymongo.errors import DuplicateKeyError

from pathways_runtime.document_locks import document_lock

__all__ = [
    "CHUNK",
    "GROUP_INDEX",
    "ORG_PREFIX",
    "POOL_BUCKETS",
    "POOL_BUCKETS_COLLECTION",
    "POOL_STATE_FIELDS",
    "SURVIVOR_GROUPS",
    "MigrationReport",
    "add_to_sets",
    "build_index_documents",
    "chunks",
    "compact_pool_buckets",
    "countries_id",
    "find_by_ids",
    "member_bucket_ids",
    "org_bucket_id",
    "org_directory_id",
    "org_prefix",
    "parse_pool_bucket_id",
    "pool_bucket_id",
    "pool_bucket_number",
    "pull_from_sets",
    "qualifies_for_bucket",
]

Document = dict[str, Any]
T = TypeVar("T")

#: At most this many ids in one ``$in`` (the store narrows bounded ``$in`` lists only).
CHUNK = 500
#: Buckets per (language, country): 100,000 open members in one place make ~3,000 ids each.
POOL_BUCKETS = 32
#: Group ids are grouped by this many leading characters (``grp_`` + one hex digit: 16).
ORG_PREFIX = 5

SURVIVOR_GROUPS = "survivor_groups"
POOL_BUCKETS_COLLECTION = "pool_buckets"
GROUP_INDEX = "group_index"


def chunks(items: Sequence[T], size: int = CHUNK) -> Iterator[list[T]]:
    for start in range(0, len(items), size):
        yield list(items[start : start + size])


def find_by_ids(
    collection: Collection[Document],
    ids: Iterable[Any],
    projection: Mapping[str, Any] | None = None,
) -> Iterator[Document]:
    """The documents with these ids, by ``$in`` chunks of at most :data:`CHUNK`."""
    wanted = sorted(set(ids), key=repr)
    for chunk in chunks(wanted):
        yield from collection.find({"_id": {"$in": chunk}}, projection)


def add_to_sets(
    collection: Collection[Document], additions: Mapping[str, Iterable[Any]], *, field: str
) -> None:
    """``$addToSet`` each document's elements to its array ``field``, creating the document.

    One single-document update each, never a multi-statement ``update`` command (see the
    module documentation). Two first writers of one document in two processes may both try
    to insert it: the loser's update is simply applied again.
    """
    for doc_id in sorted(additions, key=repr):
        values = sorted(set(additions[doc_id]), key=repr)
        if not values:
            continue
        update = {"$addToSet": {field: {"$each": values}}}
        with document_lock(collection.full_name, doc_id):
            try:
                collection.update_one({"_id": doc_id}, update, upsert=True)
            except DuplicateKeyError:
                collection.update_one({"_id": doc_id}, update, upsert=True)


def pull_from_sets(
    collection: Collection[Document], removals: Mapping[str, Iterable[Any]], *, field: str
) -> None:
    """``$pullAll`` exact elements (FerretDB v1 ignores conditions in ``$pull``)."""
    for doc_id in sorted(removals, key=repr):
        values = sorted(set(removals[doc_id]), key=repr)
        if not values:
            continue
        with document_lock(collection.full_name, doc_id):
            collection.update_one({"_id": doc_id}, {"$pullAll": {field: values}})


# -- the pool's buckets ------------------------------------------------------------------------


def pool_bucket_number(survivor_id: str) -> int:
    """Stable across processes and releases (not Python's salted ``hash``)."""
    digest = hashlib.blake2b(survivor_id.encode(), digest_size=4).digest()
    return int.from_bytes(digest, "big") % POOL_BUCKETS


def _organisation_part(organisation_id: str) -> str:
    # The length keeps ids unambiguous whatever characters an organisation id holds.
    return f"{len(organisation_id)}:{organisation_id}"


def pool_bucket_id(organisation_id: str, language: str, country: str, number: int) -> str:
    return f"open:{_organisation_part(organisation_id)}:{language}:{country}:{number}"


def countries_id(organisation_id: str, language: str) -> str:
    return f"countries:{_organisation_part(organisation_id)}:{language}"


def member_bucket_ids(
    survivor_id: str, *, organisation_id: str, languages: Iterable[str], country: str
) -> list[str]:
    number = pool_bucket_number(survivor_id)
    return [
        pool_bucket_id(organisation_id, language, country, number) for language in sorted(languages)
    ]


def parse_pool_bucket_id(bucket_id: str) -> tuple[str, str, str, str] | None:
    """(organisation, language, country, number) of an ``open:`` bucket id; None for any
    other id (a ``countries:`` one, or the form before buckets were by organisation)."""
    if not bucket_id.startswith("open:"):
        return None
    length, sep, rest = bucket_id[len("open:") :].partition(":")
    if not sep or not length.isdigit() or len(rest) <= int(length):
        return None
    organisation_id, rest = rest[: int(length)], rest[int(length) :]
    parts = rest.split(":")
    if len(parts) != 4 or parts[0] != "":
        return None
    return organisation_id, parts[1], parts[2], parts[3]


def qualifies_for_bucket(doc: Document | None, bucket_id: str) -> bool:
    """Whether a pool document (as stored) belongs in this bucket: open, that organisation,
    language and country. Old documents without ``open`` are judged by consent and
    readiness."""
    parsed = parse_pool_bucket_id(bucket_id)
    if doc is None or doc.get("erased") or parsed is None:
        return False
    organisation_id, language, country, number = parsed
    return (
        _is_open(doc)
        and doc.get("organisation_id", "") == organisation_id
        and language in doc.get("languages", [])
        and doc.get("country", "") == country
        and str(pool_bucket_number(doc["_id"])) == number
    )


def _is_open(doc: Document) -> bool:
    if "open" in doc:
        return bool(doc["open"])
    # Readiness PEER_SUPPORT_READY (2) or later, and consent: ``PoolMember.open_to_groups``.
    return bool(doc.get("peer_group_consent")) and int(doc.get("readiness", 0)) >= 2


#: What of a pool document says which buckets it belongs in.
POOL_STATE_FIELDS = {
    "organisation_id": 1,
    "languages": 1,
    "country": 1,
    "open": 1,
    "erased": 1,
    "peer_group_consent": 1,
    "readiness": 1,
}


def compact_pool_buckets(db: Database[Document]) -> int:
    """Remove stale bucket entries (cold: reads every bucket). Returns how many went.

    An entry is stale when its member's document no longer qualifies. Removing it may race
    with a write making the member qualify again: that write adds the entry again *after*
    writing the member, and this job reads the members again *after* removing and puts back
    whoever qualifies by then, so one of the two always leaves the entry in place.
    """
    buckets = db[POOL_BUCKETS_COLLECTION]
    removed = 0
    for bucket in buckets.find({}, {"ids": 1}):
        bucket_id = bucket["_id"]
        if not (isinstance(bucket_id, str) and parse_pool_bucket_id(bucket_id)):
            continue
        ids = list(bucket.get("ids", []))
        members = {doc["_id"]: doc for doc in find_by_ids(db.pool, ids, POOL_STATE_FIELDS)}
        stale = [i for i in ids if not qualifies_for_bucket(members.get(i), bucket_id)]
        if not stale:
            continue
        pull_from_sets(buckets, {bucket_id: stale}, field="ids")
        again = {doc["_id"]: doc for doc in find_by_ids(db.pool, stale, POOL_STATE_FIELDS)}
        back = [i for i in stale if qualifies_for_bucket(again.get(i), bucket_id)]
        add_to_sets(buckets, {bucket_id: back}, field="ids")
        removed += len(stale) - len(back)
    return removed


# -- organisations' groups -----------------------------------------------------------------------


def org_prefix(group_id: str) -> str:
    return group_id[:ORG_PREFIX]


def org_directory_id(organisation_id: str) -> str:
    # The length keeps ids unambiguous whatever characters an organisation id holds.
    return f"org:{len(organisation_id)}:{organisation_id}"


def org_bucket_id(organisation_id: str, prefix: str) -> str:
    return f"{org_directory_id(organisation_id)}:{prefix}"


# -- migration -----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class MigrationReport:
    groups: int
    survivors_indexed: int
    organisations_indexed: int
    pool_members_bucketed: int
    stale_bucket_entries_removed: int
    buckets_of_the_earlier_form_deleted: int

    def as_dict(self) -> dict[str, int]:
        return asdict(self)


def _member_ids(doc: Document) -> list[str]:
    ids = [m["survivor_id"] for m in doc.get("members", []) if "survivor_id" in m]
    return ids or list(doc.get("member_ids", []))


def build_index_documents(db: Database[Document]) -> MigrationReport:
    """Build the index documents from the groups and the pool as stored (cold scans).

    Idempotent (only adds what is missing, then compacts); works on data written before
    these documents existed. Concurrent writers of the service are fine: they add too.
    """
    survivor_groups: dict[str, set[str]] = defaultdict(set)
    org_buckets: dict[str, set[str]] = defaultdict(set)
    org_dirs: dict[str, set[str]] = defaultdict(set)
    groups = 0
    for doc in db.groups.find(
        {}, {"organisation_id": 1, "members.survivor_id": 1, "member_ids": 1}
    ):
        groups += 1
        group_id = doc["_id"]
        for survivor_id in _member_ids(doc):
            survivor_groups[survivor_id].add(group_id)
        organisation_id = doc.get("organisation_id")
        if isinstance(organisation_id, str) and isinstance(group_id, str):
            prefix = org_prefix(group_id)
            org_dirs[org_directory_id(organisation_id)].add(prefix)
            org_buckets[org_bucket_id(organisation_id, prefix)].add(group_id)
    add_to_sets(db[SURVIVOR_GROUPS], survivor_groups, field="groups")
    add_to_sets(db[GROUP_INDEX], org_buckets, field="ids")
    add_to_sets(db[GROUP_INDEX], org_dirs, field="prefixes")

    buckets: dict[str, set[str]] = defaultdict(set)
    countries: dict[str, set[str]] = defaultdict(set)
    bucketed = 0
    for doc in db.pool.find({}, POOL_STATE_FIELDS):
        if doc.get("erased") or not _is_open(doc) or not isinstance(doc["_id"], str):
            continue
        bucketed += 1
        country = doc.get("country", "")
        languages = doc.get("languages", [])
        organisation_id = str(doc.get("organisation_id", ""))
        for language in languages:
            countries[countries_id(organisation_id, language)].add(country)
        for bucket_id in member_bucket_ids(
            doc["_id"], organisation_id=organisation_id, languages=languages, country=country
        ):
            buckets[bucket_id].add(doc["_id"])
    add_to_sets(db[POOL_BUCKETS_COLLECTION], countries, field="countries")
    add_to_sets(db[POOL_BUCKETS_COLLECTION], buckets, field="ids")
    removed = compact_pool_buckets(db)
    retired = _delete_buckets_before_organisations(db)
    return MigrationReport(
        groups=groups,
        survivors_indexed=len(survivor_groups),
        organisations_indexed=len(org_dirs),
        pool_members_bucketed=bucketed,
        stale_bucket_entries_removed=removed,
        buckets_of_the_earlier_form_deleted=retired,
    )


def _delete_buckets_before_organisations(db: Database[Document]) -> int:
    """Delete the bucket documents of the form before buckets were by organisation
    (``open:<language>:<country>:<n>``, ``countries:<language>``): nothing reads them."""
    buckets = db[POOL_BUCKETS_COLLECTION]
    old = [
        doc["_id"]
        for doc in buckets.find({}, {"_id": 1})
        if isinstance(doc["_id"], str)
        and (
            (doc["_id"].startswith("open:") and parse_pool_bucket_id(doc["_id"]) is None)
            or (doc["_id"].startswith("countries:") and doc["_id"].count(":") == 1)
        )
    ]
    deleted = 0
    for chunk in chunks(old):
        deleted += buckets.delete_many({"_id": {"$in": chunk}}).deleted_count
    return deleted
