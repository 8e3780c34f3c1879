"""Forged survivor events change nothing (security probe S25SEC, finding 1).

Anything that reaches the broker could write ``survivors.v1``: a forged ``SurvivorErased``
removed a consenting survivor from the peer-group pool for good, and a forged
``SurvivorUpserted`` moved one into a non-partner organisation's pool. Now peer groups
applies only records matching's key signed for their topic and key. Here matching and peer
groups run as real processes over the real broker and server; a survivor registered in
matching reaches the pool; then the probe's forgeries are published raw to survivors.v1
(unsigned, signed by another key, and a genuine signature moved to this survivor's key).
None changes the pool; each lands in the DLQ with its error class; and the dead-letter
replay refuses them again.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import grpc
import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from kafka import KafkaProducer
from pymongo import MongoClient

from pathways.v1 import common_pb2, events_pb2, matching_pb2
from pathways_runtime.envelopes import encode, new_envelope
from pathways_runtime.event_signatures import EventSigner
from tests.integration.faults.conftest import group_lag, read_topic, start_group_at_end
from tests.integration.matching.conftest import start_matching
from tests.support.event_signing import MATCHING_SIGNER
from tests.support.grpc_health import health_status
from tests.support.matching_client import As, open_to_peer_groups
from tests.support.processes import ServiceProcess, free_port, run_module, wait_until

SURVIVORS = "survivors.v1"
DLQ = SURVIVORS + ".dlq"
THURSDAY_EVENING = common_pb2.WeeklySlot(day_of_week=4, start_minute=18 * 60, duration_minutes=90)
HOME = common_pb2.Place(country="TH", district="Forgery test", latitude=13.73, longitude=100.524)
pytestmark = pytest.mark.timeout(600)


@pytest.fixture
def stack(
    tmp_path: Path, kafka_bootstrap: str, mongodb_uri: str, unique_name: str
) -> Iterator[tuple[As, dict[str, str], ServiceProcess]]:
    """Matching and peer groups (its consumer group starting at the topic's current end, so
    it reads this test's events only); the officer, and peer groups' environment."""
    group = f"peer_groups_{unique_name}"
    start_group_at_end(kafka_bootstrap, group=group, topic=SURVIVORS)
    start_group_at_end(kafka_bootstrap, group=f"{group}.dlq-replay", topic=DLQ)
    matching_process, matching_address = start_matching(
        tmp_path,
        kafka_bootstrap=kafka_bootstrap,
        mongodb_uri=mongodb_uri,
        database=f"{unique_name}_m",
        name="matching",
    )
    port = free_port()
    env = {
        "PATHWAYS_KAFKA_BOOTSTRAP": kafka_bootstrap,
        "PATHWAYS_MONGODB_URI": mongodb_uri,
        "PATHWAYS_MONGODB_DATABASE": f"{unique_name}_p",
        "PATHWAYS_SURVIVOR_EVENTS_GROUP": group,
    }
    peer_process = ServiceProcess(
        module="peer_groups",
        env={**env, "PATHWAYS_GRPC_PORT": str(port), "PATHWAYS_HEALTH_CHECK_INTERVAL_S": "0.5"},
        log_path=tmp_path / "peer_groups.log",
    ).start()
    channel = grpc.insecure_channel(matching_address)
    try:
        address = f"127.0.0.1:{port}"
        if not wait_until(lambda: health_status(address) == "SERVING", timeout_s=60):
            pytest.fail("peer_groups did not become SERVING:\n" + peer_process.log_text()[-4000:])
        yield As(channel, "u_officer", "org_ngo", "reintegration_officer"), env, peer_process
    finally:
        channel.close()
        peer_process.stop()
        matching_process.stop()


def _open_to_groups(officer: As) -> matching_pb2.Survivor:
    return open_to_peer_groups(officer, availability=[THURSDAY_EVENING], residence=HOME)


def _forged(survivor_id: str) -> list[tuple[str, bytes, list[tuple[str, bytes]]]]:
    """The probe's two forgeries, each unsigned and signed by an intruder's key, and a
    genuine signature of another survivor's erasure moved onto this survivor's key."""
    erased = encode(
        new_envelope(
            events_pb2.SurvivorErased(survivor_id=survivor_id),
            aggregate_key=survivor_id,
            producer="matching",
        )
    )
    moved = events_pb2.SurvivorUpserted(
        survivor_id=survivor_id,
        organisation_id="org_peer2",  # no partner of org_ngo
        alias="P-FORGED",
        languages=["th"],
        country="TH",
        age_band="25-34",
        readiness=common_pb2.READINESS_STAGE_PEER_SUPPORT_READY,
        peer_group_consent=True,
        version=50,
    )
    moved.availability.add(day_of_week=4, start_minute=18 * 60, duration_minutes=90)
    upserted = encode(new_envelope(moved, aggregate_key=survivor_id, producer="matching"))
    intruder = EventSigner(Ed25519PrivateKey.generate())
    return [
        ("UnsignedEvent", erased, []),
        ("UnsignedEvent", upserted, []),
        ("UnknownEventKey", erased, intruder.headers(SURVIVORS, survivor_id, erased)),
        ("UnknownEventKey", upserted, intruder.headers(SURVIVORS, survivor_id, upserted)),
        ("BadEventSignature", erased, MATCHING_SIGNER.headers(SURVIVORS, "srv_other", erased)),
    ]


def test_forged_survivor_events_change_nothing_and_land_in_the_dlq(
    stack: tuple[As, dict[str, str], ServiceProcess], kafka_bootstrap: str, mongodb_uri: str
) -> None:
    officer, env, peer_process = stack
    client: MongoClient[dict[str, Any]] = MongoClient(mongodb_uri, serverSelectionTimeoutMS=5000)
    pool = client[env["PATHWAYS_MONGODB_DATABASE"]].pool
    try:
        victim = _open_to_groups(officer).survivor_id
        assert wait_until(
            lambda: (pool.find_one({"_id": victim}) or {}).get("open") is True, timeout_s=120
        ), peer_process.log_text()[-3000:]
        before = pool.find_one({"_id": victim})
        assert before is not None
        assert before["organisation_id"] == "org_ngo"

        forgeries = _forged(victim)
        producer = KafkaProducer(bootstrap_servers=[kafka_bootstrap])
        try:
            for _, value, headers in forgeries:
                producer.send(SURVIVORS, key=victim.encode(), value=value, headers=headers).get(
                    timeout=30
                )
        finally:
            producer.close()

        def letters() -> list[Any]:
            return [r for r in read_topic(kafka_bootstrap, DLQ) if r.key == victim.encode()]

        assert wait_until(lambda: len(letters()) == len(forgeries), timeout_s=120), (
            peer_process.log_text()[-3000:]
        )
        group = env["PATHWAYS_SURVIVOR_EVENTS_GROUP"]
        assert wait_until(
            lambda: group_lag(kafka_bootstrap, group=group, topic=SURVIVORS) == 0, timeout_s=60
        )
        after = pool.find_one({"_id": victim})
        dead = letters()
        replay = run_module("peer_groups", ["replay-dead-letters"], env=env)
        after_replay = pool.find_one({"_id": victim})
        log = peer_process.log_text()
    finally:
        client.close()

    classes = sorted(dict(r.headers)["pathways.error_class"].decode() for r in dead)
    report = json.loads(replay.stdout.strip().splitlines()[-1])
    print(
        f"\n[forged events] sent={len(forgeries)} dead-lettered={len(dead)} {classes}\n"
        f"[forged events] replay: {report} (exit {replay.returncode})"
    )
    assert after == before  # not erased, not moved to org_peer2, version unchanged
    assert after_replay == before
    assert classes == sorted(error_class for error_class, _, _ in forgeries)
    # Each letter keeps the record untouched, headers included, for a replay to verify.
    for letter, (_, value, headers) in zip(
        sorted(dead, key=lambda r: r.offset), forgeries, strict=True
    ):
        assert letter.value == value
        assert all(header in letter.headers for header in headers)
    # The replay verifies again: nothing applied, every forgery dead again.
    assert report["applied"] == 0
    assert report["dead_again"] == len(forgeries)
    assert replay.returncode == 1
    assert "refused a survivor event not signed by matching" in log
    assert "P-FORGED" not in log
