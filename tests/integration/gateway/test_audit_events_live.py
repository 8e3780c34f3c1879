"""The audit trail reaches ``audit.v1`` through the live gateway, with the real broker,
FerretDB, matching over gRPC and HTTP: a survivor read becomes an ``AccessRecorded`` event
with ids only; a cross-organisation read is a ``denied`` record that a platform
administrator finds in ``GET /v1/audit``; entries written while Kafka is away are
published once a gateway reaches it, none lost."""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx2 as httpx
import pytest
from kafka import KafkaConsumer
from pymongo import MongoClient

from gateway.audit.events import AUDIT_TOPIC
from pathways.v1 import events_pb2
from pathways_runtime.envelopes import decode, unpack_payload
from tests.e2e.support import (
    Client,
    login,
    organisation,
    start_gateway,
    start_grpc_service,
    user,
)
from tests.support.processes import ServiceProcess, free_port, wait_until

#: Words of the survivor's own that must never reach the audit topic.
INTERESTS = "อยากทำงานในร้านกาแฟ ใกล้บ้านที่ Bang Rak"
PROFILE = {
    "languages": [{"language": "th", "level": "native"}],
    "age_band": "25-34",
    "interests": INTERESTS,
}
FAST_RELAY = {"PATHWAYS_AUDIT_EVENTS_INTERVAL_S": "0.2"}


def _events(
    kafka_bootstrap: str,
    until: Callable[[dict[str, events_pb2.AccessRecorded]], bool],
    *,
    timeout_s: float = 60,
) -> tuple[dict[str, events_pb2.AccessRecorded], dict[str, events_pb2.EventEnvelope], bytes]:
    """Read audit.v1 from the start until ``until`` holds: events by record id, their
    envelopes, and every raw record value seen (for the personal-data check)."""
    consumer = KafkaConsumer(
        AUDIT_TOPIC,
        bootstrap_servers=[kafka_bootstrap],
        auto_offset_reset="earliest",
        enable_auto_commit=False,
        group_id=None,
    )
    events: dict[str, events_pb2.AccessRecorded] = {}
    envelopes: dict[str, events_pb2.EventEnvelope] = {}
    raw = bytearray()
    deadline = time.monotonic() + timeout_s
    try:
        while time.monotonic() < deadline and not until(events):
            for records in consumer.poll(timeout_ms=500).values():
                for record in records:
                    raw += record.value
                    envelope = decode(record.value)
                    event = unpack_payload(envelope, events_pb2.AccessRecorded)
                    events[envelope.event_id] = event
                    envelopes[envelope.event_id] = envelope
    finally:
        consumer.close()
    return events, envelopes, bytes(raw)


@pytest.fixture
def matching_address(
    tmp_path: Path, mongodb_uri: str, kafka_bootstrap: str, unique_name: str
) -> Iterator[str]:
    port = free_port()
    process = start_grpc_service(
        "matching",
        port=port,
        env={
            "PATHWAYS_KAFKA_BOOTSTRAP": kafka_bootstrap,
            "PATHWAYS_MONGODB_URI": mongodb_uri,
            "PATHWAYS_MONGODB_DATABASE": f"m_{unique_name}",
        },
        log_path=tmp_path / "matching.log",
    )
    try:
        yield f"127.0.0.1:{port}"
    finally:
        process.stop()


def _audit(admin: Client, **params: str) -> list[dict[str, Any]]:
    query = "&".join(f"{name}={value}" for name, value in params.items())
    items: list[dict[str, Any]] = admin.ok("GET", f"/v1/audit?{query}").json()["items"]
    return items


def test_a_survivor_read_and_a_cross_organisation_probe_are_published_to_audit_v1(
    tmp_path: Path,
    mongodb_uri: str,
    kafka_bootstrap: str,
    unique_name: str,
    matching_address: str,
) -> None:
    gateway, url = start_gateway(
        env={
            "PATHWAYS_KAFKA_BOOTSTRAP": kafka_bootstrap,
            "PATHWAYS_MONGODB_URI": mongodb_uri,
            "PATHWAYS_MONGODB_DATABASE": f"gw_{unique_name}",
            "PATHWAYS_MATCHING_ADDRESS": matching_address,
            **FAST_RELAY,
        },
        log_path=tmp_path / "gateway.log",
    )
    try:
        admin = login(url, "root.admin")
        ngo, other_ngo = organisation(admin, "ngo"), organisation(admin, "ngo")
        officer = login(url, user(admin, ngo, "reintegration_officer"))
        stranger = login(url, user(admin, other_ngo, "reintegration_officer"))
        survivor_id = officer.ok(
            "POST", f"/v1/organisations/{ngo}/survivors", json={"profile": PROFILE}
        ).json()["id"]

        read = officer.ok("GET", f"/v1/survivors/{survivor_id}")
        probe = stranger.call("GET", f"/v1/survivors/{survivor_id}")
        assert probe.status_code == 404
        assert survivor_id not in probe.text

        # The administrator sees the probe: by the id asked for, never as the survivor's.
        [denied] = _audit(admin, outcome="denied")
        assert denied["action"] == "survivor.read"
        assert denied["organisation_id"] == other_ngo
        assert denied["target_id"] == survivor_id
        assert denied["survivor_id"] is None
        assert "survivor_organisation_id" not in denied  # not in the public view at all
        assert denied["request_id"] == probe.headers["x-request-id"]
        # The survivor's officer sees the accesses to their survivor, not the probe.
        mine = officer.ok("GET", f"/v1/audit?survivor_id={survivor_id}").json()["items"]
        assert {item["outcome"] for item in mine} == {"succeeded"}
        [read_record] = [
            r
            for r in _audit(admin, survivor_id=survivor_id, action="survivor.read")
            if r["request_id"] == read.headers["x-request-id"]
        ]

        wanted = {read_record["id"], denied["id"]}
        events, envelopes, raw = _events(kafka_bootstrap, lambda seen: wanted <= set(seen))
        assert wanted <= set(events), gateway.log_text()[-3000:]

        event, envelope = events[read_record["id"]], envelopes[read_record["id"]]
        assert (envelope.event_type, envelope.producer) == ("AccessRecorded", "gateway")
        assert envelope.aggregate_key == survivor_id
        assert envelope.correlation_id == read.headers["x-request-id"]
        assert (event.record_id, event.action, event.role) == (
            read_record["id"],
            "survivor.read",
            "reintegration_officer",
        )
        assert event.purpose == events_pb2.ACCESS_PURPOSE_CASE_MANAGEMENT
        assert event.outcome == events_pb2.ACCESS_OUTCOME_SUCCEEDED
        assert (event.survivor_id, event.survivor_organisation_id) == (survivor_id, ngo)
        assert event.organisation_id == ngo
        assert event.seq > 0
        assert len(event.hash) == 64

        refused, refused_envelope = events[denied["id"]], envelopes[denied["id"]]
        assert refused.outcome == events_pb2.ACCESS_OUTCOME_DENIED
        assert (refused.survivor_id, refused.survivor_organisation_id) == ("", "")
        assert (refused.target_id, refused.organisation_id) == (survivor_id, other_ngo)
        assert refused_envelope.aggregate_key == survivor_id

        # Ids only: none of the survivor's own words, on any audit event.
        for words in (INTERESTS, "Bang Rak", "ร้านกาแฟ"):
            assert words.encode() not in raw

        # The relay stored how far it published (never beyond what Kafka acknowledged).
        client: MongoClient[Any] = MongoClient(mongodb_uri)
        try:
            db = client[f"gw_{unique_name}"]
            position = db.audit_relay.find_one({"_id": AUDIT_TOPIC})
            assert position is not None
            assert position["seq"] >= max(event.seq, refused.seq)
            assert db.audit_records.count_documents({"published_at": {"$exists": True}}) == 0
        finally:
            client.close()
    finally:
        gateway.stop()


def _serve_gateway(env: dict[str, str], log_path: Path) -> tuple[ServiceProcess, str]:
    port = free_port()
    process = ServiceProcess(
        module="gateway", env={**env, "PATHWAYS_HTTP_PORT": str(port)}, log_path=log_path
    ).start()
    url = f"http://127.0.0.1:{port}"

    def up() -> bool:
        try:
            return httpx.get(f"{url}/healthz", timeout=2).status_code == 200
        except httpx.TransportError:
            return False

    if not wait_until(up, timeout_s=60):
        process.stop()
        pytest.fail("the gateway did not start:\n" + process.log_text()[-3000:])
    return process, url


def test_audit_entries_written_while_kafka_is_away_are_published_once_it_is_reachable(
    tmp_path: Path, mongodb_uri: str, kafka_bootstrap: str, unique_name: str
) -> None:
    database = f"gw_{unique_name}"
    common = {
        "PATHWAYS_MONGODB_URI": mongodb_uri,
        "PATHWAYS_MONGODB_DATABASE": database,
        "PATHWAYS_ARGON2_TIME_COST": "1",
        "PATHWAYS_ARGON2_MEMORY_COST_KIB": "1024",
        "PATHWAYS_ARGON2_PARALLELISM": "1",
        **FAST_RELAY,
    }
    # Kafka unreachable (nothing listens there): the gateway starts and serves anyway.
    away, url = start_gateway(
        env=common | {"PATHWAYS_KAFKA_BOOTSTRAP": f"127.0.0.1:{free_port()}"},
        log_path=tmp_path / "gateway-no-kafka.log",
    )
    try:
        admin = login(url, "root.admin")
        names = [f"ngo {uuid.uuid4().hex[:8]}" for _ in range(3)]
        created = [
            admin.ok(
                "POST", "/v1/organisations", json={"name": name, "type": "ngo", "country": "TH"}
            ).json()["id"]
            for name in names
        ]
        records = [r["id"] for r in _audit(admin, action="organisation.create")]
        assert len(records) == 3
        # The relay tries, fails, says so (by error type only) and stores no position.
        assert wait_until(
            lambda: away.log_text().count("audit_events_not_published") >= 2, timeout_s=60
        ), away.log_text()[-3000:]
        client: MongoClient[Any] = MongoClient(mongodb_uri)
        try:
            assert client[database].audit_relay.find_one({"_id": AUDIT_TOPIC}) is None
        finally:
            client.close()
        # ...and the API keeps working meanwhile.
        assert admin.ok("GET", "/v1/organisations").status_code == 200
    finally:
        away.stop()

    # Kafka back (a gateway that reaches it, on the same database): every entry goes out.
    back, _ = _serve_gateway(
        common | {"PATHWAYS_KAFKA_BOOTSTRAP": kafka_bootstrap},
        tmp_path / "gateway-kafka.log",
    )
    try:
        events, _, raw = _events(kafka_bootstrap, lambda seen: set(records) <= set(seen))
        assert set(records) <= set(events), back.log_text()[-3000:]
        assert {events[r].target_id for r in records} == set(created)
        for name in names:
            assert name.encode() not in raw
    finally:
        back.stop()
