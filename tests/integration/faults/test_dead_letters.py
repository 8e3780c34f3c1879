"""Poison messages land in ``survivors.v1.dlq``, lag recovers, and replay is idempotent."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from google.protobuf import wrappers_pb2
from kafka import KafkaProducer
from pymongo import MongoClient

from pathways.v1 import events_pb2
from pathways_runtime.envelopes import encode, new_envelope
from pathways_runtime.kafka_bus import KafkaEventPublisher
from pathways_runtime.processed_events import ProcessedEvents
from tests.integration.faults.conftest import (
    SURVIVORS,
    Broker,
    group_lag,
    new_survivor_id,
    read_topic,
    start_group_at_end,
    start_peer_groups,
    survivor_upsert,
)
from tests.support.event_signing import signed_headers, signed_publisher
from tests.support.processes import run_module, wait_until

DLQ = SURVIVORS + ".dlq"


def test_poison_goes_to_the_dlq_lag_recovers_and_replay_applies_once(
    tmp_path: Path, fault_kafka: Broker, mongodb_uri: str, unique_name: str
) -> None:
    database, group = f"{unique_name}_p", f"pg_{unique_name}"
    bootstrap = fault_kafka.bootstrap
    start_group_at_end(bootstrap, group=group, topic=SURVIVORS)
    start_group_at_end(bootstrap, group=f"{group}.dlq-replay", topic=DLQ)
    dlq_before = len(read_topic(bootstrap, DLQ))
    env = {
        "PATHWAYS_KAFKA_BOOTSTRAP": bootstrap,
        "PATHWAYS_MONGODB_URI": mongodb_uri,
        "PATHWAYS_MONGODB_DATABASE": database,
        "PATHWAYS_SURVIVOR_EVENTS_GROUP": group,
    }
    consumer, _ = start_peer_groups(
        tmp_path,
        kafka_bootstrap=bootstrap,
        mongodb_uri=mongodb_uri,
        database=database,
        group=group,
        name="peer_groups",
        extra={"PATHWAYS_DEAD_LETTER_AFTER": "2", "PATHWAYS_DEAD_LETTER_BACKOFF_S": "0.05"},
    )
    good = [survivor_upsert(new_survivor_id()) for _ in range(3)]
    no_readiness = survivor_upsert(new_survivor_id())
    message = events_pb2.SurvivorUpserted()
    no_readiness.payload.Unpack(message)
    message.ClearField("readiness")
    no_readiness.payload.Pack(message)
    wrong_payload = new_envelope(
        wrappers_pb2.StringValue(value="canary-name"), aggregate_key="srv_x", producer="t"
    )
    wrong_payload.event_type = "SurvivorUpserted"
    publisher = signed_publisher([bootstrap])
    raw = KafkaProducer(bootstrap_servers=[bootstrap])
    try:
        publisher.publish(SURVIVORS, good[0])
        poison = b"\x00not an envelope\xff"
        raw.send(
            SURVIVORS,
            key=b"srv_poison",
            value=poison,
            headers=signed_headers(SURVIVORS, b"srv_poison", poison),
        ).get(timeout=30)
        publisher.publish(SURVIVORS, no_readiness)
        publisher.publish(SURVIVORS, wrong_payload)
        publisher.publish(SURVIVORS, good[1])
        publisher.publish(SURVIVORS, good[2])
    finally:
        raw.close()
        publisher.close()
    sent = 6
    client: MongoClient[dict[str, Any]] = MongoClient(mongodb_uri, serverSelectionTimeoutMS=5000)
    try:
        processed = ProcessedEvents(client[database], consumer="survivor_events")
        assert wait_until(lambda: processed.count() == len(good), timeout_s=90), (
            consumer.log_text()[-3000:]
        )
        assert wait_until(lambda: len(read_topic(bootstrap, DLQ)) - dlq_before == 3, timeout_s=60)
        assert wait_until(
            lambda: group_lag(bootstrap, group=group, topic=SURVIVORS) == 0, timeout_s=60
        )
        letters = read_topic(bootstrap, DLQ)[dlq_before:]
        classes = sorted(dict(r.headers)["pathways.error_class"].decode() for r in letters)
        lag = group_lag(bootstrap, group=group, topic=SURVIVORS)

        # The cause is fixed for one kind of letter: a good event dead-lettered earlier
        # (twice), plus a copy of one the live consumer already applied.
        late = survivor_upsert(new_survivor_id())
        # Written as the dead-letter writer does: the record's own signature (for its
        # source topic) kept among the letter's headers.
        letters_publisher = KafkaEventPublisher(bootstrap_servers=[bootstrap], client_id="t")
        try:
            for envelope in (late, late, good[0]):
                payload = encode(envelope)
                letters_publisher.publish_encoded(
                    DLQ,
                    key=envelope.aggregate_key,
                    payload=payload,
                    headers=[
                        ("pathways.error_class", b"BugSinceFixed"),
                        *signed_headers(SURVIVORS, envelope.aggregate_key, payload),
                    ],
                )
        finally:
            letters_publisher.close()
        first = run_module("peer_groups", ["replay-dead-letters"], env=env)
        second = run_module("peer_groups", ["replay-dead-letters"], env=env)
        late_applied = processed.seen(late.event_id)
        recorded = processed.count()
    finally:
        client.close()
        consumer.stop()
    first_report = json.loads(first.stdout.strip().splitlines()[-1])
    second_report = json.loads(second.stdout.strip().splitlines()[-1])
    print(
        f"\n[dead letters] events sent={sent} (good {len(good)}, poison 3) consumed="
        f"{len(good)} dead-lettered={len(letters)} {classes} lag after={lag}\n"
        f"[dead letters] replay 1: {first_report} (exit {first.returncode})\n"
        f"[dead letters] replay 2: {second_report} (exit {second.returncode})"
    )
    assert classes == ["EnvelopeError", "EnvelopeError", "InvalidInput"]
    assert all(b"canary-name" not in value for r in letters for _, value in r.headers)
    assert lag == 0
    assert first_report["read"] == 6
    assert first_report["applied"] == 1
    assert first_report["already_processed"] == 2  # the copy of ``late``, and good[0]
    assert first_report["dead_again"] == 3  # still poison: kept for later
    assert first.returncode == 1
    assert second_report["applied"] == 0  # only the three still-poison letters come back
    assert second_report["read"] == 3
    assert late_applied
    assert recorded == len(good) + 1
