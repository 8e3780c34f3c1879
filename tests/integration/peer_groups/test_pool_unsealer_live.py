"""Many pool members opened with one key fetch per batch, on the real server and key vault:
the same members as opened one by one, an erased survivor skipped (the batch falls back),
and every read by ``_id`` (a key fetch per person once made proposals slow)."""

from __future__ import annotations

import base64
import os
from collections.abc import Iterator
from dataclasses import replace
from typing import Any

import pytest
from pymongo import MongoClient

from pathways_runtime.field_crypto import MongoFieldCrypto, ensure_key_vault
from pathways_runtime.settings import FieldCryptoSettings
from peer_groups.adapters.mongo_repositories import MongoPoolRepository
from peer_groups.adapters.pool_unsealer import unsealing_client
from peer_groups.domain.values import GroupFocus
from tests.support.store_commands import StoreCommandRecorder
from tests.unit.peer_groups.test_rules import person

PEOPLE = 60


@pytest.fixture
def stores(mongodb_uri: str, unique_name: str) -> Iterator[dict[str, Any]]:
    recorder = StoreCommandRecorder(recording=False)
    client: MongoClient[Any] = MongoClient(
        mongodb_uri, serverSelectionTimeoutMS=5000, event_listeners=[recorder]
    )
    namespace = f"{unique_name}_kv.datakeys"
    master = os.urandom(96)
    ensure_key_vault(client, namespace)
    crypto = MongoFieldCrypto(
        key_vault_client=client,
        key_vault_namespace=namespace,
        kms_providers={"local": {"key": master}},
        provider="local",
        may_create_keys=True,
    )
    settings = FieldCryptoSettings(
        field_crypto_key_vault_namespace=namespace,
        field_crypto_local_master_key=base64.b64encode(master).decode(),
    )
    opening = unsealing_client(
        uri=mongodb_uri,
        app_name="test",
        settings=settings,
        key_vault_client=client,
        timeout_ms=5000,
    )
    try:
        yield {
            "db": client[unique_name],
            "opened": opening[unique_name],
            "crypto": crypto,
            "recorder": recorder,
        }
    finally:
        opening.close()
        client.drop_database(unique_name)
        client.drop_database(f"{unique_name}_kv")
        client.close()


def test_members_opened_in_batches_equal_those_opened_one_by_one(stores: dict[str, Any]) -> None:
    plain = MongoPoolRepository(stores["db"], crypto=stores["crypto"])
    members = [
        replace(
            person(f"sv_{i:03d}"),
            version=1,
            district=f"District {i % 3}",
            interests=frozenset({f"interest_{i % 5}"}),
            focuses=frozenset({GroupFocus.LABOUR_TRAFFICKING}) if i % 2 else frozenset(),
            do_not_group_with=frozenset({f"sv_{(i + 1) % PEOPLE:03d}"}),
            age_years=16 if i % 7 == 0 else None,
            gender=("woman", "man", "", "non_binary")[i % 4],
        )
        for i in range(PEOPLE)
    ]
    for member in members:
        assert plain.upsert(member)
    batched = MongoPoolRepository(
        stores["db"], crypto=stores["crypto"], unsealed_db=stores["opened"]
    )
    ids = [m.survivor_id for m in members]
    recorder: StoreCommandRecorder = stores["recorder"]
    recorder.recording = True
    opened = batched.get_many(ids)
    recorder.recording = False
    assert opened == {m.survivor_id: m for m in members}
    assert opened == plain.get_many(ids)
    # The keys were fetched by _id: a read or two for 60 people (one per person before).
    key_reads = [r for r in recorder.records if r["collection"] == "datakeys"]
    assert 1 <= len(key_reads) <= 2
    assert recorder.scans() == []


def test_an_erased_survivor_in_a_batch_is_skipped_and_the_others_read(
    stores: dict[str, Any],
) -> None:
    plain = MongoPoolRepository(stores["db"], crypto=stores["crypto"])
    members = [replace(person(f"sv_{i:03d}"), version=1) for i in range(10)]
    for member in members:
        plain.upsert(member)
    stores["crypto"].erase_key("sv_004")
    batched = MongoPoolRepository(
        stores["db"], crypto=stores["crypto"], unsealed_db=stores["opened"]
    )
    found = batched.get_many(m.survivor_id for m in members)
    assert sorted(found) == sorted(m.survivor_id for m in members if m.survivor_id != "sv_004")
