"""Sets of ids kept by owner in small documents, so "whose are these?" is an `_id` read.

FerretDB v1 narrows a query only by `_id`: a find on any other field (a survivor's
matches by ``survivor_id``, an organisation's opportunities by ``organisation_id``) reads
the whole collection, and costs more with every document ever written. So each such
lookup keeps its answer beside the aggregates: the owner's document (``_id`` derived from
the owner's id) lists the ids of what it owns; a reader takes that document by `_id`, then
the aggregates by a bounded ``$in`` of their ids.

The lists are an index, never the truth:

- an entry is added *before* the aggregate is written, so a crash in between leaves an
  id pointing at nothing, which readers skip; an aggregate is never written unlisted;
- readers re-check each aggregate they fetch (its owner field, its state), so a stale
  entry is harmless;
- entries are removed only where nothing can still need them (see the repositories).

Owners that may hold very many ids (an organisation with 100,000 survivors) have their set
split into ``buckets`` documents by a stable hash of the member id, so no document grows
huge and each write (FerretDB rewrites the whole document) touches a small one. A reader
takes all of an owner's buckets in one ``$in`` and merges them in memory: they are ids only.

Writes are ``$addToSet``/``$pull`` under the process's per-document lock
(:mod:`pathways_runtime.document_locks`): FerretDB applies an update by read-modify-write
without isolation, so two writers of one bucket at the same moment could lose an entry.
"""

from __future__ import annotations

import zlib
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from pymongo.collection import Collection
from pymongo.errors import DuplicateKeyError

from pathways_runtime.document_locks import document_lock

__all__ = ["MAX_IN", "IdSets", "bucket_of", "chunked"]

Document = dict[str, Any]

#: The most ids one ``$in`` may name (the store-access rule's bound).
MAX_IN = 500


def bucket_of(member_id: str, *, buckets: int) -> int:
    """The bucket of ``member_id``: the same in every process and every release (CRC-32,
    unlike Python's ``hash``, which is salted per process)."""
    return zlib.crc32(member_id.encode()) % buckets if buckets > 1 else 0


def chunked(ids: Sequence[str], size: int = MAX_IN) -> Iterator[Sequence[str]]:
    for start in range(0, len(ids), size):
        yield ids[start : start + size]


class IdSets:
    """One collection of id sets: ``owner id`` → the ids it holds.

    With one bucket the set's document has ``_id`` = the owner's id; with more, bucket
    ``n`` has ``_id`` = ``f"{owner}#{n:03d}"`` (the suffix has a fixed width, so two owners
    never share a document).
    """

    def __init__(self, collection: Collection[Document], *, buckets: int = 1) -> None:
        if not 1 <= buckets <= MAX_IN:
            raise ValueError(f"buckets is between 1 and {MAX_IN}")
        self._collection = collection
        self._buckets = buckets

    @property
    def collection(self) -> Collection[Document]:
        return self._collection

    def document_id(self, owner_id: str, member_id: str) -> str:
        return self._bucket_id(owner_id, bucket_of(member_id, buckets=self._buckets))

    def _bucket_id(self, owner_id: str, bucket: int) -> str:
        return owner_id if self._buckets == 1 else f"{owner_id}#{bucket:03d}"

    def document_ids(self, owner_id: str) -> list[str]:
        return [self._bucket_id(owner_id, n) for n in range(self._buckets)]

    def _owner_filter(self, owner_id: str) -> Document:
        ids = self.document_ids(owner_id)
        return {"_id": ids[0]} if len(ids) == 1 else {"_id": {"$in": ids}}

    def add(self, owner_id: str, member_id: str) -> None:
        """Put ``member_id`` in ``owner_id``'s set (a no-op if it is there)."""
        document_id = self.document_id(owner_id, member_id)
        update = {"$addToSet": {"ids": member_id}}
        with document_lock(self._collection.full_name, document_id):
            try:
                self._collection.update_one({"_id": document_id}, update, upsert=True)
            except DuplicateKeyError:
                # Two upserts created the document at once (MongoDB); now it exists.
                self._collection.update_one({"_id": document_id}, update)

    def remove(self, owner_id: str, member_id: str) -> None:
        document_id = self.document_id(owner_id, member_id)
        with document_lock(self._collection.full_name, document_id):
            self._collection.update_one({"_id": document_id}, {"$pull": {"ids": member_id}})

    def members(self, owner_id: str) -> list[str]:
        """Every id in ``owner_id``'s set, sorted (stale ones included: re-check them)."""
        found: set[str] = set()
        for document in self._collection.find(self._owner_filter(owner_id), {"ids": 1}):
            found.update(document.get("ids", ()))
        return sorted(found)

    def drop(self, owner_id: str) -> None:
        """Forget ``owner_id``'s whole set (its owner is gone)."""
        for document_id in self.document_ids(owner_id):
            with document_lock(self._collection.full_name, document_id):
                self._collection.delete_one({"_id": document_id})

    def add_all(self, pairs: Iterable[tuple[str, str]]) -> int:
        """Put each ``(owner, member)`` in its set, one update per document (a migration);
        returns how many pairs were given.

        One document per round trip on purpose: FerretDB v1 (SQLite) never answered one
        ``update`` command of about 100 statements or more and held its database locked
        until restarted (measured here with 90 fine and 100 hung), so no batched writes.
        """
        grouped: defaultdict[str, list[str]] = defaultdict(list)
        count = 0
        for owner_id, member_id in pairs:
            grouped[self.document_id(owner_id, member_id)].append(member_id)
            count += 1
        for doc_id, ids in grouped.items():
            with document_lock(self._collection.full_name, doc_id):
                self._collection.update_one(
                    {"_id": doc_id}, {"$addToSet": {"ids": {"$each": ids}}}, upsert=True
                )
        return count
