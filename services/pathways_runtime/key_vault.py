"""Which data key is a survivor's, found by ``_id`` only (never by scanning the key vault).

A data key is named by its survivor (``keyAltNames = [survivor_id]``, unique), but FerretDB v1
narrows a query only by ``_id``: a lookup by ``keyAltNames`` reads the whole vault, so at
100,000 survivors every key-cache miss cost a scan. Hence a small collection beside the vault,
``<vault database>.key_ids``::

    {"_id": survivor_id, "key_id": Binary(uuid, 4)}   # key_id = the data key's _id

and field crypto encrypts with ``key_id=`` instead of ``key_alt_name=``. The key documents keep
``keyAltNames`` (the unique index that makes two racing creations impossible, rewrap, standard
tooling); only the hot paths stop asking by it.

Hot paths (every filter by ``_id``):

- resolve: this process's LRU cache, else ``key_ids`` by ``_id``;
- create: insert the data key (the unique ``keyAltNames`` index refuses a second one), then
  write the mapping by ``_id``;
- erase: mapping by ``_id``, the key document by its ``_id``, the mapping by ``_id``.

The **repair path**, which does scan the vault by ``keyAltNames`` (once per survivor, then the
mapping is written): a key with no mapping (written before mappings existed, or a crash between
creating a key and mapping it), a creation that collides with a key another process made first,
or a mapping naming a key that is gone (a crash half-way through an erasure).
:func:`migrate_key_vault` writes every missing mapping in one cold pass, so that after it only
the rare crash leaves work for the repair path.

Key ids are not secrets (every ciphertext names its key), so a process may cache them; a cached
id of a key erased since simply fails to open (``KeyErased``).
"""

from __future__ import annotations

import contextlib
import threading
import uuid
from collections import OrderedDict
from typing import Any, Protocol

from bson.binary import Binary, UuidRepresentation
from pymongo import ASCENDING, MongoClient
from pymongo.collection import Collection
from pymongo.errors import BulkWriteError, DuplicateKeyError

__all__ = [
    "KEY_IDS_COLLECTION",
    "KeyDirectory",
    "KeyIdMap",
    "KeyVault",
    "MongoKeyIdMap",
    "as_key_id",
    "ensure_key_vault",
    "key_ids_collection",
    "migrate_key_vault",
]

#: The mapping's collection, in the key vault's database.
KEY_IDS_COLLECTION = "key_ids"
_UUID_SUBTYPE = 4
_BATCH = 500


def as_key_id(value: Any) -> Binary:
    """A data key id as BSON binary subtype 4, however the client decoded it."""
    if isinstance(value, uuid.UUID):
        return Binary.from_uuid(value, UuidRepresentation.STANDARD)
    if isinstance(value, Binary) and value.subtype == _UUID_SUBTYPE and len(value) == 16:
        return value
    if isinstance(value, bytes | bytearray) and len(value) == 16:
        return Binary(bytes(value), _UUID_SUBTYPE)
    raise ValueError("not a data key id")


class KeyVault(Protocol):
    """The key vault as the directory needs it (MongoDB: ``ClientEncryption`` and the
    ``datakeys`` collection)."""

    def create_key(self, name: str) -> Binary | None:
        """A new data key named ``name``; None if a key of that name exists already."""

    def key_id_by_name(self, name: str) -> Binary | None:
        """REPAIR PATH (scans on FerretDB v1): the id of the key named ``name``, if any."""

    def key_exists(self, key_id: Binary) -> bool:
        """Whether the key with this ``_id`` exists."""

    def delete_key(self, key_id: Binary) -> bool:
        """Delete the key with this ``_id``; True if there was one."""

    def delete_keys_by_name(self, name: str) -> int:
        """REPAIR PATH (scans on FerretDB v1): delete every key named ``name``; how many."""


class KeyIdMap(Protocol):
    """Survivor id → data key id, stored by survivor id (``_id``)."""

    def get(self, name: str) -> Binary | None:
        """The key id mapped to ``name``, if any."""

    def put(self, name: str, key_id: Binary) -> None:
        """Map ``name`` to ``key_id``, replacing any entry (used by the creator of the key:
        the unique key name makes the key just created the only one)."""

    def add(self, name: str, key_id: Binary) -> None:
        """Map ``name`` to ``key_id`` unless an entry exists (used by the repair path: an
        entry written meanwhile by a creator is newer than what the scan saw)."""

    def discard(self, name: str, key_id: Binary | None = None) -> None:
        """Remove the entry of ``name`` (only if it names ``key_id``, when given)."""


class KeyDirectory:
    """Resolves, creates and erases survivors' data keys through the mapping.

    ``may_create_keys``: only the service that owns survivors creates keys; another service
    resolves existing keys only, so a late event can never bring an erased key back.
    ``repairs`` counts the repair-path scans this process made (for tests and metrics).
    """

    def __init__(
        self,
        *,
        vault: KeyVault,
        key_ids: KeyIdMap,
        may_create_keys: bool,
        cache_size: int = 10_000,
    ) -> None:
        if cache_size < 1:
            raise ValueError("cache_size must be positive")
        self._vault = vault
        self._ids = key_ids
        self._may_create_keys = may_create_keys
        self._cache_size = cache_size
        self._cache: OrderedDict[str, Binary] = OrderedDict()
        self._lock = threading.Lock()
        self.repairs = 0

    # -- the process cache (bounded: least recently used goes first) --

    def _cached(self, name: str) -> Binary | None:
        with self._lock:
            found = self._cache.get(name)
            if found is not None:
                self._cache.move_to_end(name)
            return found

    def _remember(self, name: str, key_id: Binary) -> Binary:
        with self._lock:
            self._cache[name] = key_id
            self._cache.move_to_end(name)
            while len(self._cache) > self._cache_size:
                self._cache.popitem(last=False)
        return key_id

    def _forget(self, name: str) -> None:
        with self._lock:
            self._cache.pop(name, None)

    # -- lookups --

    def mapped(self, name: str) -> Binary | None:
        """The key id the mapping names (cache, else one ``_id`` read); no repair."""
        found = self._cached(name)
        if found is None:
            found = self._ids.get(name)
            if found is not None:
                self._remember(name, found)
        return found

    def key_id(self, name: str) -> Binary | None:
        """The survivor's key id, creating the key if this process may; None: no key."""
        return self.mapped(name) or self._find_or_create(name)

    def replace_gone(self, name: str, gone: Binary) -> Binary | None:
        """The key ``gone`` (from the mapping) was not in the vault: erased, or a crash
        half-way through an erasure. Drop the entry, then as :meth:`key_id` (the creator
        makes a new key, as for a survivor who never had one)."""
        self._forget(name)
        self._ids.discard(name, gone)
        return self._find_or_create(name)

    def exists(self, name: str) -> bool:
        """Whether the survivor has a data key (repairs a missing mapping on the way)."""
        key_id = self.mapped(name)
        if key_id is not None and self._vault.key_exists(key_id):
            return True
        if key_id is not None:
            self._forget(name)
            self._ids.discard(name, key_id)
        return self._repair(name) is not None

    def _find_or_create(self, name: str) -> Binary | None:
        if self._may_create_keys:
            created = self._vault.create_key(name)
            if created is not None:
                self._ids.put(name, created)
                return self._remember(name, created)
            # Refused by the unique key name: another process created it first, or the key
            # predates its mapping (data written before mappings, or a crash in between).
        return self._repair(name)

    def _repair(self, name: str) -> Binary | None:
        """REPAIR PATH: one scan of the vault by key name, then the mapping is written."""
        with self._lock:
            self.repairs += 1
        found = self._vault.key_id_by_name(name)
        if found is None:
            return None
        self._ids.add(name, found)
        return self._remember(name, found)

    # -- erasure --

    def erase(self, name: str) -> bool:
        """Delete the survivor's data key (by its ``_id``), then the mapping; True if a key
        was deleted. Without a mapping, or with one naming a key already gone, the key is
        deleted by name instead (repair path): crypto-shredding must never miss a key."""
        self._forget(name)
        key_id = self._ids.get(name)
        deleted = key_id is not None and self._vault.delete_key(key_id)
        # The unique key name means the key just deleted by id was the only one of that name.
        if not deleted:
            with self._lock:
                self.repairs += 1
            deleted = self._vault.delete_keys_by_name(name) > 0
        self._ids.discard(name)
        self._forget(name)  # a concurrent lookup may have cached it meanwhile
        return deleted


# -- MongoDB ---------------------------------------------------------------------------------


def ensure_key_vault(client: MongoClient[Any], namespace: str) -> None:
    """The unique index that makes "one data key per survivor" hold under races.

    Every data key has exactly one key alt name (the survivor id), so a plain unique index
    is enough (FerretDB v1 has no partial indexes). The mapping needs no index but ``_id``'s.
    """
    database, collection = namespace.split(".", 1)
    client[database][collection].create_index(
        [("keyAltNames", ASCENDING)], unique=True, name="keyAltNames_unique"
    )


def key_ids_collection(client: MongoClient[Any], key_vault_namespace: str) -> Collection[Any]:
    """The mapping collection, in the key vault's database."""
    database = key_vault_namespace.split(".", 1)[0]
    return client[database][KEY_IDS_COLLECTION]


class MongoKeyIdMap:
    """:class:`KeyIdMap` in ``<vault database>.key_ids``; every filter is an exact ``_id``
    (with ``key_id`` beside it for a conditional removal)."""

    def __init__(self, collection: Collection[Any]) -> None:
        self._collection = collection

    def get(self, name: str) -> Binary | None:
        document = self._collection.find_one({"_id": name}, {"key_id": 1})
        if document is None or "key_id" not in document:
            return None
        try:
            return as_key_id(document["key_id"])
        except ValueError:
            return None  # not a mapping this code wrote: as if absent (repair rewrites it)

    def put(self, name: str, key_id: Binary) -> None:
        document = {"_id": name, "key_id": key_id}
        try:
            self._collection.replace_one({"_id": name}, document, upsert=True)
        except DuplicateKeyError:
            # Two upserts raced (FerretDB: read, then insert): the entry exists now.
            self._collection.replace_one({"_id": name}, document)

    def add(self, name: str, key_id: Binary) -> None:
        with contextlib.suppress(DuplicateKeyError):  # written meanwhile: that entry stands
            self._collection.insert_one({"_id": name, "key_id": key_id})

    def discard(self, name: str, key_id: Binary | None = None) -> None:
        query: dict[str, Any] = {"_id": name}
        if key_id is not None:
            query["key_id"] = key_id
        self._collection.delete_one(query)


def migrate_key_vault(*, client: MongoClient[Any], key_vault_namespace: str) -> dict[str, int]:
    """Write the mapping of every data key that has none; idempotent, safe beside live services.

    Ensures the vault's unique key-name index first (:func:`ensure_key_vault`).

    A cold, operator-started pass: it reads the whole vault and the whole mapping (FerretDB v1
    scans either way; what it writes is by ``_id``). Also removes entries naming a key that is
    gone (a crash half-way through an erasure) and corrects entries naming a key other than
    the survivor's current one. Returns counts only (never a survivor id)::

        {"keys": ..., "mapped": ..., "written": ..., "corrected": ..., "removed": ...}

    ``keys`` data keys in the vault, ``mapped`` already mapped correctly, ``written`` mappings
    added, ``corrected`` replaced, ``removed`` entries of keys that no longer exist (keys
    without a single key name are counted in ``keys`` only: they are not survivors' keys).
    """
    ensure_key_vault(client, key_vault_namespace)
    database, collection = key_vault_namespace.split(".", 1)
    vault = client[database][collection]
    ids = key_ids_collection(client, key_vault_namespace)
    mapping = MongoKeyIdMap(ids)

    current: dict[str, Binary] = {}  # name -> key id, from the vault
    keys = 0
    for document in vault.find({}, {"_id": 1, "keyAltNames": 1}):
        keys += 1
        names = document.get("keyAltNames") or []
        if len(names) == 1 and isinstance(names[0], str):
            current[names[0]] = as_key_id(document["_id"])

    existing: dict[str, Binary | None] = {}
    for entry in ids.find({}, {"_id": 1, "key_id": 1}):
        try:
            existing[entry["_id"]] = as_key_id(entry.get("key_id"))
        except ValueError:
            existing[entry["_id"]] = None

    counts = {"keys": keys, "mapped": 0, "written": 0, "corrected": 0, "removed": 0}
    missing = []
    for name, key_id in current.items():
        if name not in existing:
            missing.append({"_id": name, "key_id": key_id})
        elif existing[name] == key_id:
            counts["mapped"] += 1
        else:
            mapping.put(name, key_id)
            counts["corrected"] += 1
    for start in range(0, len(missing), _BATCH):
        batch = missing[start : start + _BATCH]
        try:
            counts["written"] += len(ids.insert_many(batch, ordered=False).inserted_ids)
        except BulkWriteError as error:
            # Entries written meanwhile by a live service (the same key): theirs stand.
            counts["written"] += error.details.get("nInserted", 0)
    for name, mapped in existing.items():
        if name in current:
            continue
        # A key created after the vault was read may be mapped already: look again by _id.
        if mapped is not None and vault.count_documents({"_id": mapped}, limit=1):
            continue
        query: dict[str, Any] = {"_id": name}
        if mapped is not None:
            query["key_id"] = mapped  # only the entry seen, never one written meanwhile
        counts["removed"] += ids.delete_one(query).deleted_count
    return counts
