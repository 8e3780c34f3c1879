"""Canaries: nothing planted in a survivor's sensitive fields is readable in any dump.

Matching and peer groups run as real processes over the real broker and server. Survivors
are registered with unique random strings (canaries) in their free text, gender, district
and "do not group with" links; their events flow to peer groups' pool. Then every
collection of every database (raw pymongo, no decryption), every Kafka topic (raw bytes)
and the services' logs are searched for the canaries. One survivor is erased: their data
key is gone, every copy of their sealed fields (in Kafka too) no longer opens, and nothing
of them is left in plaintext.
"""

from __future__ import annotations

import secrets
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import grpc
import pytest
from bson.codec_options import CodecOptions
from bson.raw_bson import RawBSONDocument
from kafka import KafkaConsumer, TopicPartition
from pymongo import MongoClient

from pathways.v1 import common_pb2, events_pb2, matching_pb2
from pathways_runtime.envelopes import EnvelopeError, decode, unpack_payload
from pathways_runtime.field_crypto import (
    FieldCryptoError,
    KeyErased,
    MongoFieldCrypto,
    field_crypto_from_settings,
)
from pathways_runtime.settings import FieldCryptoSettings
from tests.support.grpc_health import health_status
from tests.support.matching_client import As, open_to_peer_groups
from tests.support.processes import ServiceProcess, free_port, wait_until

SLOT = common_pb2.WeeklySlot(day_of_week=4, start_minute=18 * 60, duration_minutes=90)


def _canaries(tag: str) -> dict[str, str]:
    return {
        field: f"canary{field}{tag}{secrets.token_hex(6)}"
        for field in ("interests", "aspirations", "gender", "district", "link")
    }


def _start(module: str, *, tmp_path: Path, env: dict[str, str]) -> tuple[ServiceProcess, str]:
    port = free_port()
    process = ServiceProcess(
        module=module,
        env={**env, "PATHWAYS_GRPC_PORT": str(port), "PATHWAYS_HEALTH_CHECK_INTERVAL_S": "0.5"},
        log_path=tmp_path / f"{module}.log",
    ).start()
    address = f"127.0.0.1:{port}"
    if not wait_until(lambda: health_status(address) == "SERVING", timeout_s=60):
        process.stop()
        pytest.fail(f"{module} did not become SERVING:\n" + process.log_text()[-4000:])
    return process, address


@pytest.fixture
def stack(
    tmp_path: Path, kafka_bootstrap: str, mongodb_uri: str, unique_name: str
) -> Iterator[dict[str, Any]]:
    common = {
        "PATHWAYS_KAFKA_BOOTSTRAP": kafka_bootstrap,
        "PATHWAYS_MONGODB_URI": mongodb_uri,
        "PATHWAYS_FIELD_CRYPTO_KEY_VAULT_NAMESPACE": f"{unique_name}_keyvault.datakeys",
    }
    processes = []
    channel = None
    try:
        matching, matching_address = _start(
            "matching",
            tmp_path=tmp_path,
            env={**common, "PATHWAYS_MONGODB_DATABASE": f"{unique_name}_m"},
        )
        processes.append(matching)
        peer_groups, _ = _start(
            "peer_groups",
            tmp_path=tmp_path,
            env={
                **common,
                "PATHWAYS_MONGODB_DATABASE": f"{unique_name}_p",
                "PATHWAYS_SURVIVOR_EVENTS_GROUP": f"peer_groups_{unique_name}",
            },
        )
        processes.append(peer_groups)
        channel = grpc.insecure_channel(matching_address)
        yield {
            "officer": As(channel, "u_officer", "org_ngo", "reintegration_officer"),
            "vault": f"{unique_name}_keyvault.datakeys",
            "pool_db": f"{unique_name}_p",
            "matching_db": f"{unique_name}_m",
            "logs": [tmp_path / "matching.log", tmp_path / "peer_groups.log"],
        }
    finally:
        if channel is not None:
            channel.close()
        for process in reversed(processes):
            process.stop()


def _register(officer: As, canaries: dict[str, str], *, link: str) -> matching_pb2.Survivor:
    residence = common_pb2.Place(
        country="TH", district=canaries["district"], latitude=13.73, longitude=100.52
    )
    return open_to_peer_groups(
        officer,
        residence=residence,
        interests=f"อยากทำงานในร้านกาแฟ {canaries['interests']}",
        aspirations=f"open a bakery {canaries['aspirations']}",
        gender=canaries["gender"],
        do_not_group_with=[link],
        availability=[SLOT],
    )


def _mongo_dump(client: MongoClient[Any]) -> bytes:
    """Every document of every collection of every database, as the raw BSON stored."""
    raw = CodecOptions(document_class=RawBSONDocument)
    chunks = []
    for database in client.list_database_names():
        for collection in client[database].list_collection_names():
            for document in client[database].get_collection(collection, raw).find({}):
                chunks.append(document.raw)
    return b"".join(chunks)


def _kafka_records(kafka_bootstrap: str) -> list[tuple[bytes, bytes]]:
    """(key, value) of every record of every topic, from the beginning."""
    consumer = KafkaConsumer(
        bootstrap_servers=[kafka_bootstrap], enable_auto_commit=False, group_id=None
    )
    try:
        partitions = [
            TopicPartition(topic, partition)
            for topic in consumer.topics()
            for partition in consumer.partitions_for_topic(topic) or ()
        ]
        consumer.assign(partitions)
        consumer.seek_to_beginning(*partitions)
        end = consumer.end_offsets(partitions)
        records: list[tuple[bytes, bytes]] = []
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and any(
            consumer.position(p) < end[p] for p in partitions
        ):
            for batch in consumer.poll(timeout_ms=500).values():
                records.extend((r.key or b"", r.value or b"") for r in batch)
        return records
    finally:
        consumer.close()


def _upserts_of(
    records: list[tuple[bytes, bytes]], survivor_id: str
) -> Iterator[events_pb2.SurvivorUpserted]:
    for _key, value in records:
        try:
            envelope = decode(value)
        except EnvelopeError:
            continue
        if envelope.event_type == "SurvivorUpserted" and envelope.aggregate_key == survivor_id:
            yield unpack_payload(envelope, events_pb2.SurvivorUpserted)


def _assert_absent(canaries: dict[str, str], data: bytes, where: str) -> None:
    for field, canary in canaries.items():
        assert canary.encode() not in data, f"the {field} canary is readable in {where}"


def _open_district(crypto: MongoFieldCrypto, message: events_pb2.SurvivorUpserted) -> str:
    return str(
        crypto.decrypt(message.survivor_id, "SurvivorUpserted.district", message.sealed_district)
    )


def test_no_canary_in_any_dump_and_erasure_leaves_only_unreadable_ciphertext(
    stack: dict[str, Any], kafka_bootstrap: str, mongodb_uri: str
) -> None:
    officer = stack["officer"]
    kept_canaries, erased_canaries = _canaries("k"), _canaries("e")
    kept = _register(officer, kept_canaries, link=kept_canaries["link"])
    erased = _register(officer, erased_canaries, link=erased_canaries["link"])
    everyone = {**{f"kept {k}": v for k, v in kept_canaries.items()}}
    everyone.update({f"erased {k}": v for k, v in erased_canaries.items()})

    client: MongoClient[Any] = MongoClient(mongodb_uri, uuidRepresentation="standard")
    try:
        pool = client[stack["pool_db"]]["pool"]
        ids = [kept.survivor_id, erased.survivor_id]
        assert wait_until(
            lambda: pool.count_documents({"_id": {"$in": ids}, "open": True}) == 2, timeout_s=240
        ), "the survivors did not reach peer groups' pool"

        # 1. Nothing planted is readable anywhere, though the data is there (ids are clear).
        dump = _mongo_dump(client)
        assert kept.survivor_id.encode() in dump
        assert erased.survivor_id.encode() in dump
        _assert_absent(everyone, dump, "a MongoDB dump")
        records = _kafka_records(kafka_bootstrap)
        kafka_dump = b"".join(key + value for key, value in records)
        assert kept.survivor_id.encode() in kafka_dump
        _assert_absent(everyone, kafka_dump, "a Kafka topic")

        # The sealed fields open with the key (what peer groups does), proving they are the
        # survivors' data and not dropped.
        settings = FieldCryptoSettings(field_crypto_key_vault_namespace=stack["vault"])
        reader = field_crypto_from_settings(settings, client=client, may_create_keys=False)
        (latest_erased, *_) = reversed(list(_upserts_of(records, erased.survivor_id)))
        assert _open_district(reader, latest_erased) == erased_canaries["district"]
        vault_db, vault_collection = stack["vault"].split(".")
        vault = client[vault_db][vault_collection]
        assert vault.count_documents({"keyAltNames": erased.survivor_id}) == 1

        # 2. Erasure: the key goes, every service forgets, Kafka keeps only ciphertext.
        officer.EraseSurvivor(matching_pb2.EraseSurvivorRequest(survivor_id=erased.survivor_id))
        assert wait_until(
            lambda: pool.count_documents({"_id": erased.survivor_id, "erased": True}) == 1,
            timeout_s=240,
        ), "peer groups did not apply the erasure"
        assert vault.count_documents({"keyAltNames": erased.survivor_id}) == 0
        assert vault.count_documents({"keyAltNames": kept.survivor_id}) == 1
        matching_db = client[stack["matching_db"]]
        assert matching_db.survivors.count_documents({"_id": erased.survivor_id}) == 0
        assert matching_db.matches.count_documents({"survivor_id": erased.survivor_id}) == 0
        tombstone = pool.find_one({"_id": erased.survivor_id})
        assert tombstone is not None
        assert set(tombstone) == {"_id", "erased", "open", "version"}

        records = _kafka_records(kafka_bootstrap)
        kafka_dump = b"".join(key + value for key, value in records)
        _assert_absent(everyone, kafka_dump, "a Kafka topic after the erasure")
        _assert_absent(everyone, _mongo_dump(client), "a MongoDB dump after the erasure")
        fresh = field_crypto_from_settings(settings, client=client, may_create_keys=False)
        old_events = list(_upserts_of(records, erased.survivor_id))
        assert old_events, "the erased survivor's old events are still in Kafka"
        for message in old_events:
            with pytest.raises(KeyErased):
                _open_district(fresh, message)
            for field in ("gender", "interests", "do_not_group_with"):
                with pytest.raises(FieldCryptoError):
                    fresh.decrypt(
                        message.survivor_id,
                        f"SurvivorUpserted.{field}",
                        getattr(message, f"sealed_{field}"),
                    )
        (latest_kept, *_) = reversed(list(_upserts_of(records, kept.survivor_id)))
        assert _open_district(fresh, latest_kept) == kept_canaries["district"]
    finally:
        client.close()

    # 3. No canary in the services' logs.
    for log in stack["logs"]:
        _assert_absent(everyone, log.read_bytes(), log.name)
