"""With the key vault on a server of its own (as deployed: ``docs/data-protection.md``),
the service's pool still opens many members with one key fetch per batch.

Why: the batch reader fetches keys from the server it is given. Given the main store while
the keys live on the vault's server, every batch was refused and read one by one, a key
fetch per person (measured in the soak: each proposal over a 1,200-person pool outlasted
the gateway's deadline)."""

from __future__ import annotations

import base64
import os
from collections.abc import Iterator
from dataclasses import replace
from typing import Any, cast

import pytest
from pydantic import SecretStr
from pymongo import MongoClient

from pathways_runtime.field_crypto import MongoFieldCrypto, ensure_key_vault
from peer_groups.adapters.mongo_repositories import MongoPoolRepository
from peer_groups.bootstrap import bootstrap
from peer_groups.config import PeerGroupsSettings
from tests.support.processes import key_vault_server
from tests.unit.peer_groups.test_rules import person

PEOPLE = 40


@pytest.fixture(scope="module")
def vault_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with key_vault_server(tmp_path_factory.mktemp("vault")) as uri:
        yield uri


def test_the_pool_is_opened_in_batches_with_keys_on_the_vault_server(
    mongodb_uri: str, vault_server: str, unique_name: str
) -> None:
    master = base64.b64encode(os.urandom(96)).decode()
    namespace = f"{unique_name}_kv.datakeys"
    settings = PeerGroupsSettings(
        environment="test",
        mongodb_uri=SecretStr(mongodb_uri),
        mongodb_database=unique_name,
        field_crypto_key_vault_namespace=namespace,
        field_crypto_key_vault_uri=SecretStr(vault_server),
        field_crypto_local_master_key=SecretStr(master),
    )
    vault: MongoClient[Any] = MongoClient(vault_server, uuidRepresentation="standard")
    store: MongoClient[Any] = MongoClient(mongodb_uri, uuidRepresentation="standard")
    app = bootstrap(settings)
    try:
        # Written as matching's keys and peer groups' consumer would: keys on the vault.
        ensure_key_vault(vault, namespace)
        writer_crypto = MongoFieldCrypto(
            key_vault_client=vault,
            key_vault_namespace=namespace,
            kms_providers={"local": {"key": base64.b64decode(master)}},
            provider="local",
            may_create_keys=True,
        )
        writer = MongoPoolRepository(store[unique_name], crypto=writer_crypto)
        members = [replace(person(f"sv_{i:03d}"), version=1) for i in range(PEOPLE)]
        for member in members:
            assert writer.upsert(member)
        assert store[unique_name].pool.count_documents({}) == PEOPLE
        assert vault[namespace.split(".")[0]].datakeys.count_documents({}) == PEOPLE

        found = app.ports.pool.members_open_to_groups(
            organisations=("org_ngo",), languages={"km"}, places=None
        )
        assert sorted(m.survivor_id for m in found) == [m.survivor_id for m in members]
        # cast: bootstrap wires the MongoDB pool behind translate_outages, a proxy that
        # forwards the adapter's attributes (so no isinstance), typed as the port.
        pool = cast(MongoPoolRepository, app.ports.pool)
        assert pool.batches_opened_one_by_one == 0
    finally:
        app.stop_background()
        store.drop_database(unique_name)
        vault.drop_database(f"{unique_name}_kv")
        store.close()
        vault.close()
