"""After a survivor is erased, nothing of theirs is readable in any file the system keeps.

Found in a security review: the erased survivor's data key was gone from the key vault collection,
but the deleted key document was still readable in FerretDB's SQLite files (its WAL), and
unwrapped with the master key it opened their events still on Kafka. So this test looks
where an attacker with a copy of the disks would: the raw files, not the servers' answers.

The whole system runs as real processes over sockets, on infrastructure of this test's own
(so that it knows and may read every file): a Kafka broker, FerretDB for the services'
databases, and the key vault on a FerretDB instance of its own with secure delete
(``PATHWAYS_FERRETDB_INSTANCE=keyvault``; ``PATHWAYS_FIELD_CRYPTO_KEY_VAULT_URI``). An
officer registers a survivor through the gateway with a distinct random canary in every
free-text and sensitive field, opens them to peer groups, so the events reach the
peer-groups pool over Kafka, and erases them through the gateway. Then every file under
the brokers' and servers' run directories (SQLite databases, -wal, -shm and -journal files,
Kafka log segments, indexes and metadata, server logs) and every service log is searched
for each canary and for the survivor's data key (wrapped, as stored, and unwrapped), as
bytes, in base64 and in hex (``raw_scan``): once with everything running, once after
every server stopped (SQLite checkpoints on close). Ciphertext whose key is gone may
stay; the key may not.

So that a clean result means something, the same scan first finds what it should before
the erasure: the survivor's id in the main store's files and the Kafka segments, and their
wrapped data key in the key vault's files.

Without the key vault's own instance (the vault a database of the main store, WAL mode)
this test fails: the deleted key document stays in the main store's ``-wal`` file.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from pymongo import MongoClient

from pathways_runtime.field_crypto import kms_providers_from_settings
from pathways_runtime.settings import FieldCryptoSettings
from tests.e2e.support import (
    Client,
    login,
    organisation,
    start_gateway,
    start_grpc_service,
    user,
)
from tests.integration.privacy.raw_scan import scan_files
from tests.support.processes import InfraInstance, ServiceProcess, free_port, wait_until

VAULT_NAMESPACE = "pathways_keyvault.datakeys"
KEY_IDS = "key_ids"
FLOW_TIMEOUT_S = 90


@dataclass
class System:
    url: str
    main_uri: str
    vault_uri: str
    matching_db: str
    peer_groups_db: str
    infra: list[InfraInstance]
    services: list[ServiceProcess]
    #: Every directory whose files the scan reads: run dirs of the servers, service logs.
    roots: list[Path]
    main_data: Path
    vault_data: Path
    kafka_data: Path

    def stop_services(self) -> None:
        for process in reversed(self.services):
            process.stop()

    def stop_infra(self) -> None:
        for instance in reversed(self.infra):
            instance.stop()


def _ferretdb(run_dir: Path, *, instance: str) -> tuple[InfraInstance, str]:
    port = free_port()
    server = InfraInstance(
        script="ferretdb.sh",
        run_dir=run_dir,
        env={"PATHWAYS_FERRETDB_INSTANCE": instance, "PATHWAYS_FERRETDB_PORT": str(port)},
    )
    server.start()
    return server, server.uri()


@pytest.fixture(scope="module")
def system(tmp_path_factory: pytest.TempPathFactory) -> Iterator[System]:
    infra_dir = tmp_path_factory.mktemp("erasure-infra")
    logs = tmp_path_factory.mktemp("erasure-logs")
    infra: list[InfraInstance] = []
    services: list[ServiceProcess] = []
    name = uuid.uuid4().hex[:10]
    try:
        kafka_port, controller_port = free_port(), free_port()
        kafka = InfraInstance(
            script="kafka.sh",
            run_dir=infra_dir,
            env={
                "PATHWAYS_KAFKA_PORT": str(kafka_port),
                "PATHWAYS_KAFKA_CONTROLLER_PORT": str(controller_port),
                "PATHWAYS_KAFKA_START_TIMEOUT": "180",
            },
        )
        infra.append(kafka)
        kafka.start()
        main, main_uri = _ferretdb(infra_dir, instance="main")
        infra.append(main)
        vault, vault_uri = _ferretdb(infra_dir, instance="keyvault")
        infra.append(vault)
        common = {
            "PATHWAYS_KAFKA_BOOTSTRAP": f"127.0.0.1:{kafka_port}",
            "PATHWAYS_MONGODB_URI": main_uri,
            "PATHWAYS_FIELD_CRYPTO_KEY_VAULT_URI": vault_uri,
        }
        matching_port, peer_groups_port = free_port(), free_port()
        matching_db, peer_groups_db = f"m_{name}", f"p_{name}"
        services.append(
            start_grpc_service(
                "matching",
                port=matching_port,
                env=common | {"PATHWAYS_MONGODB_DATABASE": matching_db},
                log_path=logs / "matching.log",
            )
        )
        services.append(
            start_grpc_service(
                "peer_groups",
                port=peer_groups_port,
                env=common
                | {
                    "PATHWAYS_MONGODB_DATABASE": peer_groups_db,
                    "PATHWAYS_SURVIVOR_EVENTS_GROUP": f"peer_groups_{name}",
                },
                log_path=logs / "peer_groups.log",
            )
        )
        gateway, url = start_gateway(
            env=common
            | {
                "PATHWAYS_MONGODB_DATABASE": f"gw_{name}",
                "PATHWAYS_MATCHING_ADDRESS": f"127.0.0.1:{matching_port}",
                "PATHWAYS_PEER_GROUPS_ADDRESS": f"127.0.0.1:{peer_groups_port}",
            },
            log_path=logs / "gateway.log",
        )
        services.append(gateway)
        yield System(
            url=url,
            main_uri=main_uri,
            vault_uri=vault_uri,
            matching_db=matching_db,
            peer_groups_db=peer_groups_db,
            infra=infra,
            services=services,
            roots=[infra_dir, logs],
            main_data=infra_dir / "ferretdb" / "data",
            vault_data=infra_dir / "ferretdb-keyvault" / "data",
            kafka_data=infra_dir / "kafka" / "data",
        )
    finally:
        for process in reversed(services):
            process.stop()
        for instance in reversed(infra):
            instance.stop()
            if instance.running():
                instance.kill()


def _canary(field: str) -> str:
    return f"cny{field}{secrets.token_hex(10)}"


def _canaries() -> dict[str, str]:
    """One per free-text or sensitive field an officer can type for a survivor (concept
    lists, enums and numbers are checked by their own tests: a canary cannot be one)."""
    return {
        field: _canary(field)
        for field in ("gender", "interests", "aspirations", "district", "DoNotGroupWith")
    } | {
        # Coordinates stand for the district; their text, as JSON and logs would write it.
        "latitude": f"13.7{secrets.randbelow(10**9):09d}1",
        "longitude": f"100.5{secrets.randbelow(10**9):09d}1",
    }


def _register_open_to_peer_groups(officer: Client, ngo: str, canaries: dict[str, str]) -> str:
    profile = {
        "languages": [{"language": "th", "level": "native"}],
        "residence": {
            "country": "TH",
            "district": canaries["district"],
            "latitude": float(canaries["latitude"]),
            "longitude": float(canaries["longitude"]),
        },
        "age_band": "25-34",
        "gender": canaries["gender"],
        "interests": canaries["interests"],
        "aspirations": canaries["aspirations"],
        "interest_tags": ["cooking"],
        "do_not_group_with": [canaries["DoNotGroupWith"]],
        "peer_group_focuses": ["labour_trafficking"],
        "availability": [{"day_of_week": 4, "start_minute": 18 * 60, "duration_minutes": 90}],
    }
    registered = officer.ok(
        "POST",
        f"/v1/organisations/{ngo}/survivors",
        json={"profile": profile, "consents": ["peer_groups"]},
    )
    survivor_id = str(registered.json()["id"])
    officer.ok(
        "POST",
        f"/v1/survivors/{survivor_id}/readiness-assessments",
        json={"stage": "peer_support_ready"},
        **{"If-Match": registered.headers["etag"]},
    )
    return survivor_id


def _unwrap_local(key_material: bytes, master_key: bytes) -> bytes:
    """A data key wrapped by libmongocrypt's ``local`` provider, unwrapped: what anyone who
    holds the master key and finds ``keyMaterial`` gets. AEAD_AES_256_CBC_HMAC_SHA_512 as
    the client-side encryption specification defines it: the 96-byte key is MAC key, then
    encryption key (then an IV key, unused here); the wrapped key is IV, AES-256-CBC
    ciphertext, and the first 32 bytes of HMAC-SHA-512 over IV, ciphertext and the 64-bit
    length of the (empty) associated data."""
    mac_key, enc_key = master_key[:32], master_key[32:64]
    iv, body, tag = key_material[:16], key_material[16:-32], key_material[-32:]
    expected = hmac.new(mac_key, iv + body + (0).to_bytes(8, "big"), hashlib.sha512).digest()
    assert hmac.compare_digest(expected[:32], tag), "not wrapped by this master key"
    decryptor = Cipher(algorithms.AES(enc_key), modes.CBC(iv)).decryptor()
    padded = decryptor.update(body) + decryptor.finalize()
    return padded[: -padded[-1]]


def _data_key(vault: MongoClient[Any], survivor_id: str) -> tuple[Any, bytes]:
    """(key id, wrapped key material) of the survivor's data key, from the vault."""
    database, collection = VAULT_NAMESPACE.split(".")
    mapping = vault[database][KEY_IDS].find_one({"_id": survivor_id})
    assert mapping is not None, "the survivor has no data key in the vault"
    key = vault[database][collection].find_one({"_id": mapping["key_id"]})
    assert key is not None
    return mapping["key_id"], bytes(key["keyMaterial"])


def test_erasure_through_the_gateway_leaves_no_canary_and_no_data_key_in_any_file(
    system: System,
) -> None:
    admin = login(system.url, "root.admin")
    ngo = organisation(admin, "ngo")
    officer = login(system.url, user(admin, ngo, "reintegration_officer"))
    canaries = _canaries()
    survivor_id = _register_open_to_peer_groups(officer, ngo, canaries)

    main: MongoClient[Any] = MongoClient(system.main_uri, uuidRepresentation="standard")
    vault: MongoClient[Any] = MongoClient(system.vault_uri, uuidRepresentation="standard")
    try:
        pool = main[system.peer_groups_db]["pool"]
        assert wait_until(
            lambda: pool.count_documents({"_id": survivor_id}) == 1, timeout_s=FLOW_TIMEOUT_S
        ), "the survivor never reached the peer-groups pool over Kafka"

        key_id, wrapped = _data_key(vault, survivor_id)
        settings = FieldCryptoSettings.model_construct()  # the development master key
        master_key = kms_providers_from_settings(settings)["local"]["key"]
        data_key = _unwrap_local(wrapped, master_key)
        assert len(data_key) == 96

        # The scan is real: before the erasure it finds what is there.
        found = scan_files(
            [system.main_data, system.kafka_data, system.vault_data],
            {"survivor id": survivor_id.encode(), "wrapped data key": wrapped},
        )
        where = {(f.secret, f.path.parent) for f in found}
        assert ("survivor id", system.main_data) in where
        assert any(s == "survivor id" and system.kafka_data in d.parents for s, d in where)
        assert ("wrapped data key", system.vault_data) in where
        assert ("wrapped data key", system.main_data) not in where  # the vault is its own

        officer.ok("DELETE", f"/v1/survivors/{survivor_id}")

        # Every service has done its part: the key and its mapping are gone from the vault,
        # matching's record is gone, peer groups keeps only a tombstone.
        database, collection = VAULT_NAMESPACE.split(".")
        assert vault[database][collection].count_documents({"_id": key_id}) == 0
        assert vault[database][KEY_IDS].count_documents({"_id": survivor_id}) == 0
        assert main[system.matching_db]["survivors"].count_documents({"_id": survivor_id}) == 0
        assert wait_until(
            lambda: pool.count_documents({"_id": survivor_id, "erased": True}) == 1,
            timeout_s=FLOW_TIMEOUT_S,
        ), "peer groups never received the erasure"
    finally:
        main.close()
        vault.close()

    secrets_to_find = {f"{field} canary": value.encode() for field, value in canaries.items()}
    secrets_to_find |= {"wrapped data key": wrapped, "unwrapped data key": data_key}
    system.stop_services()  # every log line written
    running = scan_files(system.roots, secrets_to_find)
    assert running == [], "readable after the erasure:\n" + "\n".join(map(str, running))
    system.stop_infra()  # SQLite checkpoints and closes its files, Kafka flushes
    stopped = scan_files(system.roots, secrets_to_find)
    assert stopped == [], "readable after the servers stopped:\n" + "\n".join(map(str, stopped))
