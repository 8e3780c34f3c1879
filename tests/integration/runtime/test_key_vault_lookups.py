"""Field crypto reads the key vault by ``_id`` only (a command listener records every filter).

FerretDB v1 narrows a query only by ``_id``; a ``keyAltNames`` filter reads the whole vault.
Encrypt (once the key exists), decrypt, erase and the existence check must therefore send only
``_id``-based filters to the vault and to the survivor id → key id mapping; the one exception
is the documented repair path (a key without a mapping), which scans once and writes the
mapping, and which :func:`migrate_key_vault` makes unnecessary.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from typing import Any

import bson
import pytest
from bson.binary import Binary
from pymongo import MongoClient, monitoring
from pymongo.encryption import ClientEncryption
from pymongo.encryption_shared import Algorithm

from pathways_runtime.field_crypto import (
    KeyErased,
    MongoFieldCrypto,
    ensure_key_vault,
    field_crypto_from_settings,
    kms_providers_from_settings,
    migrate_key_vault,
)
from pathways_runtime.key_vault import KEY_IDS_COLLECTION
from pathways_runtime.settings import FieldCryptoSettings
from tests.support.processes import REPO_ROOT

_FILTERED = {"find", "aggregate", "count", "delete", "update", "findAndModify", "distinct"}
_MAX_IN = 500


class _Recorder(monitoring.CommandListener):
    """Every filter sent to the key vault's database: (command, collection, filter)."""

    def __init__(self, database: str) -> None:
        self._database = database
        self._lock = threading.Lock()
        self.commands: list[tuple[str, str, dict[str, Any]]] = []

    def started(self, event: monitoring.CommandStartedEvent) -> None:
        if event.database_name != self._database or event.command_name not in _FILTERED:
            return
        # libmongocrypt sends raw BSON: decode it to plain dicts (UUIDs stay Binary subtype 4).
        command = bson.decode(bson.encode(event.command))
        name = event.command_name
        collection = command[name]
        if name == "find":
            filters = [command.get("filter", {})]
        elif name == "aggregate":
            filters = [s["$match"] for s in command["pipeline"] if "$match" in s] or [{}]
        elif name in ("count", "distinct", "findAndModify"):
            filters = [command.get("query", {})]
        elif name == "delete":
            filters = [d["q"] for d in command["deletes"]]
        else:
            filters = [u["q"] for u in command["updates"]]
        with self._lock:
            self.commands.extend((name, collection, f) for f in filters)

    def succeeded(self, event: monitoring.CommandSucceededEvent) -> None:
        pass

    def failed(self, event: monitoring.CommandFailedEvent) -> None:
        pass

    def take(self) -> list[tuple[str, str, dict[str, Any]]]:
        with self._lock:
            taken, self.commands = self.commands, []
        return taken


def _empty_in(branch: dict[str, Any]) -> bool:
    return len(branch) == 1 and next(iter(branch.values())) == {"$in": []}


def _id_based(query: dict[str, Any]) -> bool:
    """The store-access rule: an exact ``_id`` (other fields may stand beside it), a bounded
    ``$in`` of ids, or a top-level ``$or`` of such branches and empty ``$in``s."""
    if set(query) == {"$or"}:
        branches = query["$or"]
        return all(_id_based(b) or _empty_in(b) for b in branches) and any(
            _id_based(b) for b in branches
        )
    if "_id" not in query:
        return False
    condition = query["_id"]
    if isinstance(condition, dict):
        return (
            set(condition) == {"$in"} and len(condition["$in"]) <= _MAX_IN and set(query) == {"_id"}
        )
    return True


def _scans(commands: list[tuple[str, str, dict[str, Any]]]) -> list[Any]:
    return [c for c in commands if not _id_based(c[2])]


def _names_a_key(query: Any) -> bool:
    """Whether a filter asks for a key by name (libmongocrypt's empty ``$in`` asks for none)."""
    if isinstance(query, list):
        return any(_names_a_key(q) for q in query)
    if not isinstance(query, dict):
        return False
    return any(
        (field == "keyAltNames" and value != {"$in": []}) or _names_a_key(value)
        for field, value in query.items()
    )


def _by_name(commands: list[tuple[str, str, dict[str, Any]]]) -> list[Any]:
    return [c for c in commands if _names_a_key(c[2])]


def _libmongocrypt_fetch(key_id: Binary) -> dict[str, Any]:
    # What libmongocrypt sends for a key given by id (none given by name).
    return {"$or": [{"_id": {"$in": [key_id]}}, {"keyAltNames": {"$in": []}}]}


def _key_id(sealed: Binary) -> Binary:
    return Binary(bytes(sealed)[1:17], 4)


@pytest.fixture
def vault(mongodb_uri: str, unique_name: str) -> Iterator[tuple[MongoClient[Any], _Recorder, str]]:
    database = f"{unique_name}_keyvault"
    recorder = _Recorder(database)
    client: MongoClient[Any] = MongoClient(
        mongodb_uri, uuidRepresentation="standard", event_listeners=[recorder]
    )
    namespace = f"{database}.datakeys"
    try:
        ensure_key_vault(client, namespace)
        recorder.take()
        yield client, recorder, namespace
    finally:
        client.drop_database(database)
        client.close()


def _crypto(client: MongoClient[Any], namespace: str, *, may_create_keys: bool) -> MongoFieldCrypto:
    settings = FieldCryptoSettings(field_crypto_key_vault_namespace=namespace)
    return field_crypto_from_settings(settings, client=client, may_create_keys=may_create_keys)


def test_encrypt_decrypt_exists_and_erase_read_the_vault_by_id_only(
    vault: tuple[MongoClient[Any], _Recorder, str],
) -> None:
    client, recorder, namespace = vault
    database, collection = namespace.split(".")

    creator = _crypto(client, namespace, may_create_keys=True)
    sealed = creator.encrypt("sv_1", "profile", "first")
    key_id = _key_id(sealed)
    created = recorder.take()
    # Creating a key: an insert into the vault, then the mapping written by _id.
    assert _scans(created) == []
    assert _by_name(created) == []
    assert client[database][KEY_IDS_COLLECTION].find_one({"_id": "sv_1"}) == {
        "_id": "sv_1",
        "key_id": key_id.as_uuid(),
    }

    # Fresh processes: no key cache, no key id cache.
    writer = _crypto(client, namespace, may_create_keys=True)
    again = writer.encrypt("sv_1", "profile", "second")
    assert _key_id(again) == key_id
    commands = recorder.take()
    assert ("find", KEY_IDS_COLLECTION, {"_id": "sv_1"}) in commands
    assert ("find", collection, _libmongocrypt_fetch(key_id)) in commands
    assert _scans(commands) == []

    reader = _crypto(client, namespace, may_create_keys=False)
    assert reader.decrypt("sv_1", "profile", sealed) == "first"
    assert reader.encrypt("sv_1", "pool", "kept") is not None  # a service that never creates
    assert reader._key_exists("sv_1") is True
    commands = recorder.take()
    assert ("find", collection, _libmongocrypt_fetch(key_id)) in commands
    assert _scans(commands) == []

    assert writer.erase_key("sv_1") is True
    erased = recorder.take()
    assert _scans(erased) == []
    assert ("delete", collection, {"_id": key_id}) in erased
    assert ("delete", KEY_IDS_COLLECTION, {"_id": "sv_1"}) in erased
    assert client[database][KEY_IDS_COLLECTION].count_documents({"_id": "sv_1"}) == 0

    # Every copy is unreadable: for the erasing process and for a new one.
    for after in (writer, _crypto(client, namespace, may_create_keys=False)):
        with pytest.raises(KeyErased):
            after.decrypt("sv_1", "profile", sealed)
    assert _scans(recorder.take()) == []
    for process in (creator, writer, reader):
        assert process.keys.repairs == 0


def test_a_vault_written_before_mappings_is_repaired_once_then_migrated(
    vault: tuple[MongoClient[Any], _Recorder, str],
) -> None:
    client, recorder, namespace = vault
    database, collection = namespace.split(".")
    settings = FieldCryptoSettings(field_crypto_key_vault_namespace=namespace)

    # The old way: keys named by survivor, values sealed with key_alt_name, no mapping.
    old: ClientEncryption[dict[str, Any]] = ClientEncryption(
        kms_providers_from_settings(settings), namespace, client, client.codec_options
    )
    names = [f"old_{n}" for n in range(5)]
    legacy = {}
    for name in names:
        old.create_data_key(settings.field_crypto_kms_provider, key_alt_names=[name])
        legacy[name] = old.encrypt(
            {"s": name, "f": "profile", "v": f"value of {name}"},
            Algorithm.AEAD_AES_256_CBC_HMAC_SHA_512_Random,
            key_alt_name=name,
        )
    old.close()
    recorder.take()

    # Old ciphertext opens by key id: no mapping needed, no scan.
    reader = _crypto(client, namespace, may_create_keys=False)
    assert reader.decrypt("old_0", "profile", legacy["old_0"]) == "value of old_0"
    assert _scans(recorder.take()) == []

    # A key without a mapping: the creation collides, the repair path finds it by name ONCE
    # and maps it; the same key is used (still one per survivor).
    creator = _crypto(client, namespace, may_create_keys=True)
    sealed = creator.encrypt("old_0", "profile", "new value")
    assert _key_id(sealed) == _key_id(legacy["old_0"])
    repaired = recorder.take()
    assert len(_by_name(repaired)) == 1
    assert creator.keys.repairs == 1
    assert client[database][collection].count_documents({"keyAltNames": "old_0"}) == 1
    recorder.take()
    # ... and a service that never creates keys repairs the same way.
    assert reader.encrypt("old_1", "pool", "x") is not None
    assert len(_by_name(recorder.take())) == 1
    assert reader.keys.repairs == 1

    # Once mapped, a new process needs no repair.
    fresh = _crypto(client, namespace, may_create_keys=True)
    fresh.encrypt("old_0", "profile", "again")
    assert _by_name(recorder.take()) == []
    assert fresh.keys.repairs == 0

    # Erasing a key with no mapping deletes it by name (repair path): its values are gone.
    assert fresh.erase_key("old_2") is True
    assert len(_by_name(recorder.take())) == 1
    with pytest.raises(KeyErased):
        _crypto(client, namespace, may_create_keys=False).decrypt(
            "old_2", "profile", legacy["old_2"]
        )
    recorder.take()

    # The migration maps what is left (old_3, old_4); idempotent.
    assert migrate_key_vault(client=client, key_vault_namespace=namespace) == {
        "keys": 4,
        "mapped": 2,
        "written": 2,
        "corrected": 0,
        "removed": 0,
    }
    assert migrate_key_vault(client=client, key_vault_namespace=namespace) == {
        "keys": 4,
        "mapped": 4,
        "written": 0,
        "corrected": 0,
        "removed": 0,
    }
    recorder.take()

    # After it, nothing needs the repair path.
    after = _crypto(client, namespace, may_create_keys=True)
    peer = _crypto(client, namespace, may_create_keys=False)
    assert _key_id(after.encrypt("old_3", "profile", "v")) == _key_id(legacy["old_3"])
    assert peer.encrypt("old_4", "pool", "v") is not None
    assert peer.decrypt("old_4", "profile", legacy["old_4"]) == "value of old_4"
    assert after.erase_key("old_4") is True
    # (``peer`` may hold the unwrapped key for key_cache_ms, as documented: ask a new process.)
    later = _crypto(client, namespace, may_create_keys=False)
    with pytest.raises(KeyErased):
        later.decrypt("old_4", "profile", legacy["old_4"])
    commands = recorder.take()
    assert _scans(commands) == []
    assert _by_name(commands) == []
    assert after.keys.repairs == 0
    assert peer.keys.repairs == 0
    assert later.keys.repairs == 0


def test_a_crash_half_way_through_an_erasure_is_finished_later(
    vault: tuple[MongoClient[Any], _Recorder, str],
) -> None:
    client, recorder, namespace = vault
    database, collection = namespace.split(".")
    creator = _crypto(client, namespace, may_create_keys=True)
    sealed = creator.encrypt("sv_2", "profile", "v")
    # The key document is gone, its mapping left behind.
    client[database][collection].delete_one({"_id": _key_id(sealed)})
    recorder.take()

    with pytest.raises(KeyErased):
        _crypto(client, namespace, may_create_keys=False).encrypt("sv_2", "pool", "v")
    with pytest.raises(KeyErased):
        _crypto(client, namespace, may_create_keys=False).decrypt("sv_2", "profile", sealed)
    assert client[database][KEY_IDS_COLLECTION].count_documents({"_id": "sv_2"}) == 0

    # The migration also drops the entry of a key that no longer exists.
    stale = creator.encrypt("sv_3", "profile", "v")
    client[database][collection].delete_one({"_id": _key_id(stale)})
    counts = migrate_key_vault(client=client, key_vault_namespace=namespace)
    assert counts["removed"] == 1
    assert client[database][KEY_IDS_COLLECTION].count_documents({"_id": "sv_3"}) == 0


def test_the_migrate_command_prints_counts_only(
    vault: tuple[MongoClient[Any], _Recorder, str], mongodb_uri: str
) -> None:
    client, _, namespace = vault
    settings = FieldCryptoSettings(field_crypto_key_vault_namespace=namespace)
    old: ClientEncryption[dict[str, Any]] = ClientEncryption(
        kms_providers_from_settings(settings), namespace, client, client.codec_options
    )
    old.create_data_key(settings.field_crypto_kms_provider, key_alt_names=["sv_secret_id"])
    old.close()
    env = {
        **os.environ,
        "PATHWAYS_MONGODB_URI": mongodb_uri,
        "PATHWAYS_FIELD_CRYPTO_KEY_VAULT_NAMESPACE": namespace,
        "PYTHONPATH": os.pathsep.join(str(REPO_ROOT / p) for p in ("services", "protos")),
    }
    done = subprocess.run(
        [sys.executable, "-m", "pathways_runtime.field_crypto", "migrate"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == {
        "keys": 1,
        "mapped": 0,
        "written": 1,
        "corrected": 0,
        "removed": 0,
    }
    assert "sv_secret_id" not in done.stdout + done.stderr
