"""The key vault moves to a server of its own without losing a key or undoing an erasure.

Pointing the services at an empty vault would make every survivor unreadable, as if all
were erased; merging two vaults could bring back a key erased on the new one. The source
is the suite's FerretDB (a vault namespace of this test's own), the target a key-vault
FerretDB instance of this module's own (``PATHWAYS_FERRETDB_INSTANCE=keyvault``).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from pydantic import SecretStr
from pymongo import MongoClient

from pathways_runtime.field_crypto import (
    KeyErased,
    MongoFieldCrypto,
    ensure_key_vault,
    field_crypto_from_settings,
)
from pathways_runtime.key_vault_move import KeyVaultMoveRefused, move_key_vault
from pathways_runtime.settings import FieldCryptoSettings
from tests.support.processes import key_vault_server


class _Settings(FieldCryptoSettings):
    """The settings with the key vault's own server (as the services read it)."""

    field_crypto_key_vault_uri: SecretStr | None = None


@pytest.fixture(scope="module")
def vault_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with key_vault_server(tmp_path_factory.mktemp("vault-move")) as uri:
        yield uri


@pytest.fixture
def clients(mongodb_uri: str, vault_server: str) -> Iterator[tuple[MongoClient[Any], ...]]:
    source: MongoClient[Any] = MongoClient(mongodb_uri, uuidRepresentation="standard")
    target: MongoClient[Any] = MongoClient(vault_server, uuidRepresentation="standard")
    yield source, target
    source.close()
    target.close()


def _crypto(client: MongoClient[Any], namespace: str, *, creates: bool) -> MongoFieldCrypto:
    settings = _Settings(environment="test", field_crypto_key_vault_namespace=namespace)
    return field_crypto_from_settings(settings, client=client, may_create_keys=creates)


def test_moved_keys_open_everything_and_the_old_vault_is_gone(
    clients: tuple[MongoClient[Any], ...], unique_name: str
) -> None:
    source, target = clients
    namespace = f"{unique_name}_keyvault.datakeys"
    ensure_key_vault(source, namespace)
    old = _crypto(source, namespace, creates=True)
    sealed = {s: old.encrypt(s, "district", f"district of {s}") for s in ("s1", "s2", "s3")}

    assert move_key_vault(source=source, target=target, key_vault_namespace=namespace) == {
        "keys": 3,
        "mappings": 3,
    }

    moved = _crypto(target, namespace, creates=False)
    for survivor_id, value in sealed.items():
        assert moved.decrypt(survivor_id, "district", value) == f"district of {survivor_id}"
    assert f"{unique_name}_keyvault" not in source.list_database_names()
    # One key per survivor still holds on the new server (its unique index came along).
    index_keys = [i["key"] for i in target[f"{unique_name}_keyvault"]["datakeys"].list_indexes()]
    assert {"keyAltNames": 1} in [dict(k) for k in index_keys]
    # A second run finds nothing to move and changes nothing.
    assert move_key_vault(source=source, target=target, key_vault_namespace=namespace) == {
        "keys": 0,
        "mappings": 0,
    }
    assert _crypto(target, namespace, creates=False).key_count() == 3


def test_a_key_erased_on_the_new_server_never_comes_back_from_the_old(
    clients: tuple[MongoClient[Any], ...], unique_name: str
) -> None:
    source, target = clients
    namespace = f"{unique_name}_keyvault.datakeys"
    database, collection = namespace.split(".")
    ensure_key_vault(source, namespace)
    old = _crypto(source, namespace, creates=True)
    sealed = old.encrypt("erased", "district", "somewhere")
    old.encrypt("kept", "district", "elsewhere")
    # An earlier move copied the keys but stopped before dropping the old vault ...
    for name in (collection, "key_ids"):
        target[database][name].insert_many(list(source[database][name].find({})))
    # ... and the survivor was erased on the new server since.
    assert _crypto(target, namespace, creates=False).erase_key("erased")

    with pytest.raises(KeyVaultMoveRefused):
        move_key_vault(source=source, target=target, key_vault_namespace=namespace)

    assert source[database][collection].count_documents({}) == 2  # nothing deleted
    with pytest.raises(KeyErased):
        _crypto(target, namespace, creates=False).decrypt("erased", "district", sealed)


def test_an_interrupted_move_is_finished(
    clients: tuple[MongoClient[Any], ...], unique_name: str
) -> None:
    source, target = clients
    namespace = f"{unique_name}_keyvault.datakeys"
    database, collection = namespace.split(".")
    ensure_key_vault(source, namespace)
    sealed = _crypto(source, namespace, creates=True).encrypt("s1", "district", "here")
    target[database][collection].insert_many(list(source[database][collection].find({})))

    assert move_key_vault(source=source, target=target, key_vault_namespace=namespace) == {
        "keys": 1,
        "mappings": 1,
    }

    assert _crypto(target, namespace, creates=False).decrypt("s1", "district", sealed) == "here"
    assert database not in source.list_database_names()


def test_with_a_key_vault_uri_keys_live_only_on_the_vault_server(
    clients: tuple[MongoClient[Any], ...], vault_server: str, unique_name: str
) -> None:
    source, target = clients
    namespace = f"{unique_name}_keyvault.datakeys"
    database, collection = namespace.split(".")
    settings = _Settings(
        environment="test",
        field_crypto_key_vault_namespace=namespace,
        field_crypto_key_vault_uri=SecretStr(vault_server),
    )
    crypto = field_crypto_from_settings(settings, client=source, may_create_keys=True)
    try:
        sealed = crypto.encrypt("s1", "district", "here")
        assert crypto.decrypt("s1", "district", sealed) == "here"
        assert target[database][collection].count_documents({"keyAltNames": "s1"}) == 1
        assert database not in source.list_database_names()
        assert crypto.erase_key("s1")
        assert target[database][collection].count_documents({}) == 0
    finally:
        crypto.close()
