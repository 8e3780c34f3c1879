"""Survivor id → data key id (pathways_runtime.key_vault) with in-memory vault and mapping.

The rule under test: once a key is mapped, nothing asks the vault by key name; the repair path
(by name, a scan on FerretDB v1) runs only for a key without a usable mapping.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field

import pytest
from bson.binary import Binary

from pathways_runtime.key_vault import KeyDirectory, KeyIdMap, KeyVault, as_key_id


def _new_id() -> Binary:
    return Binary(uuid.uuid4().bytes, 4)


@dataclass
class FakeVault(KeyVault):
    """Keys by id, each with one unique name; counts the by-name (scanning) calls."""

    keys: dict[bytes, str] = field(default_factory=dict)
    by_name_calls: int = 0

    def add_legacy(self, name: str) -> Binary:
        key_id = _new_id()
        self.keys[bytes(key_id)] = name
        return key_id

    def create_key(self, name: str) -> Binary | None:
        if name in self.keys.values():
            return None  # the unique index on keyAltNames
        return self.add_legacy(name)

    def key_id_by_name(self, name: str) -> Binary | None:
        self.by_name_calls += 1
        found = [k for k, n in self.keys.items() if n == name]
        return Binary(found[0], 4) if found else None

    def key_exists(self, key_id: Binary) -> bool:
        return bytes(key_id) in self.keys

    def delete_key(self, key_id: Binary) -> bool:
        return self.keys.pop(bytes(key_id), None) is not None

    def delete_keys_by_name(self, name: str) -> int:
        self.by_name_calls += 1
        gone = [k for k, n in self.keys.items() if n == name]
        for k in gone:
            del self.keys[k]
        return len(gone)


@dataclass
class FakeKeyIds(KeyIdMap):
    """The survivor id → key id mapping; counts its reads (the process cache saves them)."""

    entries: dict[str, Binary] = field(default_factory=dict)
    reads: int = 0

    def get(self, name: str) -> Binary | None:
        self.reads += 1
        return self.entries.get(name)

    def put(self, name: str, key_id: Binary) -> None:
        self.entries[name] = key_id

    def add(self, name: str, key_id: Binary) -> None:
        self.entries.setdefault(name, key_id)

    def discard(self, name: str, key_id: Binary | None = None) -> None:
        if key_id is None or self.entries.get(name) == key_id:
            self.entries.pop(name, None)


def _directory(
    vault: KeyVault, ids: KeyIdMap, *, may_create_keys: bool = True, cache_size: int = 100
) -> KeyDirectory:
    return KeyDirectory(
        vault=vault, key_ids=ids, may_create_keys=may_create_keys, cache_size=cache_size
    )


def test_a_new_key_is_created_and_mapped_without_asking_by_name() -> None:
    vault, ids = FakeVault(), FakeKeyIds()
    directory = _directory(vault, ids)
    key_id = directory.key_id("sv_1")
    assert key_id is not None
    assert vault.keys == {bytes(key_id): "sv_1"}
    assert ids.entries == {"sv_1": key_id}
    # Another process finds it through the mapping.
    other = _directory(vault, ids)
    assert other.key_id("sv_1") == key_id
    assert vault.by_name_calls == 0
    assert directory.repairs == other.repairs == 0


def test_a_key_created_elsewhere_or_before_mappings_is_repaired_once() -> None:
    vault, ids = FakeVault(), FakeKeyIds()
    legacy = vault.add_legacy("sv_1")
    creator = _directory(vault, ids)
    assert creator.key_id("sv_1") == legacy  # the creation collided: the same key, no second
    assert len(vault.keys) == 1
    assert ids.entries == {"sv_1": legacy}
    assert vault.by_name_calls == 1
    assert creator.repairs == 1
    assert _directory(vault, ids).key_id("sv_1") == legacy
    assert vault.by_name_calls == 1


def test_a_service_that_never_creates_repairs_or_finds_no_key() -> None:
    vault, ids = FakeVault(), FakeKeyIds()
    legacy = vault.add_legacy("sv_1")
    reader = _directory(vault, ids, may_create_keys=False)
    assert reader.key_id("sv_1") == legacy
    assert ids.entries == {"sv_1": legacy}
    assert reader.key_id("sv_2") is None  # no key, and none created
    assert len(vault.keys) == 1
    assert "sv_2" not in ids.entries


def test_a_repair_never_overwrites_a_mapping_written_meanwhile() -> None:
    ids = FakeKeyIds()
    newer = _new_id()
    ids.put("sv_1", newer)
    ids.add("sv_1", _new_id())
    assert ids.entries == {"sv_1": newer}


def test_erasure_goes_by_id_and_removes_the_mapping() -> None:
    vault, ids = FakeVault(), FakeKeyIds()
    directory = _directory(vault, ids)
    directory.key_id("sv_1")
    kept = directory.key_id("sv_2")
    assert directory.erase("sv_1") is True
    assert list(vault.keys.values()) == ["sv_2"]
    assert set(ids.entries) == {"sv_2"}
    assert vault.by_name_calls == 0
    assert directory.mapped("sv_1") is None
    assert directory.mapped("sv_2") == kept
    # Erasing again: no mapping, so the repair path makes sure no key by that name is left.
    assert directory.erase("sv_1") is False
    assert vault.by_name_calls == 1


def test_erasing_a_key_without_mapping_deletes_it_by_name() -> None:
    vault, ids = FakeVault(), FakeKeyIds()
    vault.add_legacy("sv_1")
    assert _directory(vault, ids).erase("sv_1") is True
    assert vault.keys == {}


def test_erasure_never_misses_a_key_behind_a_stale_mapping() -> None:
    vault, ids = FakeVault(), FakeKeyIds()
    ids.put("sv_1", _new_id())  # names a key that is gone
    vault.add_legacy("sv_1")  # the survivor's actual key
    assert _directory(vault, ids).erase("sv_1") is True
    assert vault.keys == {}
    assert ids.entries == {}


def test_a_mapped_key_that_is_gone_is_replaced_only_by_the_creator() -> None:
    vault, ids = FakeVault(), FakeKeyIds()
    creator = _directory(vault, ids)
    gone = creator.key_id("sv_1")
    assert gone is not None
    vault.delete_key(gone)  # a crash after deleting the key, before the mapping

    reader = _directory(vault, ids, may_create_keys=False)
    assert reader.replace_gone("sv_1", gone) is None
    assert ids.entries == {}

    ids.put("sv_1", gone)
    fresh = creator.replace_gone("sv_1", gone)
    assert fresh is not None
    assert fresh != gone
    assert ids.entries == {"sv_1": fresh}
    assert vault.keys == {bytes(fresh): "sv_1"}


def test_exists_goes_through_the_mapping() -> None:
    vault, ids = FakeVault(), FakeKeyIds()
    directory = _directory(vault, ids)
    key_id = directory.key_id("sv_1")
    assert key_id is not None
    assert _directory(vault, ids).exists("sv_1") is True
    assert vault.by_name_calls == 0
    vault.delete_key(key_id)
    assert _directory(vault, ids).exists("sv_1") is False
    assert ids.entries == {}


def test_the_process_cache_is_bounded_least_recently_used_first() -> None:
    vault, ids = FakeVault(), FakeKeyIds()
    for name in ("a", "b", "c"):
        ids.put(name, vault.add_legacy(name))
    directory = _directory(vault, ids, cache_size=2)
    directory.mapped("a")
    directory.mapped("b")
    directory.mapped("a")  # now b is the least recently used
    directory.mapped("c")  # evicts b
    reads = ids.reads
    directory.mapped("a")
    directory.mapped("c")
    assert ids.reads == reads
    directory.mapped("b")
    assert ids.reads == reads + 1


def test_key_ids_are_uuid_binaries_however_decoded() -> None:
    value = uuid.uuid4()
    assert as_key_id(value) == Binary(value.bytes, 4)
    assert as_key_id(Binary(value.bytes, 4)) == Binary(value.bytes, 4)
    with pytest.raises(ValueError, match="not a data key id"):
        as_key_id("not an id")
    with pytest.raises(ValueError, match="cache_size"):
        KeyDirectory(vault=FakeVault(), key_ids=FakeKeyIds(), may_create_keys=True, cache_size=0)
