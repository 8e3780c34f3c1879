"""The broker stops (SIGTERM) and is killed (SIGKILL) during a burst of 10,000 events.

2,000 survivors × 5 versions are published with the idempotent acks=all producer while a
chaos thread restarts the broker twice; peer groups consumes them. Every acknowledged event
must be consumed exactly once in effect: recorded once, changing the pool once, and every
survivor ends at the last acknowledged version (per-key order held).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from kafka import KafkaProducer
from pymongo import MongoClient

from pathways_runtime.envelopes import encode
from pathways_runtime.kafka_bus import producer_config
from pathways_runtime.processed_events import ProcessedEvents
from tests.integration.faults.conftest import (
    SURVIVORS,
    Broker,
    effect_counts,
    envelope_ids,
    new_survivor_id,
    read_topic,
    start_group_at_end,
    start_peer_groups,
    survivor_upsert,
)
from tests.support.event_signing import signed_headers
from tests.support.processes import wait_until

SURVIVOR_COUNT = 2_000
VERSIONS = 5
TOTAL = SURVIVOR_COUNT * VERSIONS  # 10,000
RATE_PER_S = 300


@pytest.mark.timeout(900)  # a 10,000-event burst and two broker restarts on 2 cores
def test_every_acknowledged_event_is_applied_once_across_broker_restarts(
    tmp_path: Path, fault_kafka: Broker, mongodb_uri: str, unique_name: str
) -> None:
    database, group = f"{unique_name}_p", f"pg_{unique_name}"
    start_group_at_end(fault_kafka.bootstrap, group=group, topic=SURVIVORS)
    consumer, _ = start_peer_groups(
        tmp_path,
        kafka_bootstrap=fault_kafka.bootstrap,
        mongodb_uri=mongodb_uri,
        database=database,
        group=group,
        name="peer_groups",
    )
    survivors = [new_survivor_id() for _ in range(SURVIVOR_COUNT)]
    # Version by version, so each survivor's versions interleave with the restarts.
    envelopes = [survivor_upsert(s, version=v) for v in range(1, VERSIONS + 1) for s in survivors]
    # How many events the sender has handed to the producer; it notifies at each one.
    sent = 0
    progress = threading.Condition()
    faults: list[str] = []

    def sent_at_least(count: int) -> Callable[[], bool]:
        return lambda: sent >= count

    def chaos() -> None:
        for threshold, kill in ((TOTAL // 4, False), (TOTAL * 3 // 5, True)):
            with progress:
                if not progress.wait_for(sent_at_least(threshold), timeout=600):
                    return  # the sender stopped short: the test fails on the missing faults
            started = time.monotonic()
            fault_kafka.restart(kill=kill)
            faults.append(
                f"{'SIGKILL' if kill else 'SIGTERM'} at {threshold} sent, back in "
                f"{time.monotonic() - started:.1f}s"
            )

    chaos_thread = threading.Thread(target=chaos, daemon=True)
    producer = KafkaProducer(
        **producer_config(bootstrap_servers=[fault_kafka.bootstrap], client_id="burst")
    )
    acknowledged: list[str] = []
    failed = 0
    started = time.monotonic()
    try:
        chaos_thread.start()
        futures = []
        for i, envelope in enumerate(envelopes):
            payload = encode(envelope)
            futures.append(
                producer.send(
                    SURVIVORS,
                    key=envelope.aggregate_key.encode(),
                    value=payload,
                    headers=signed_headers(SURVIVORS, envelope.aggregate_key, payload),
                )
            )
            with progress:
                sent = i + 1
                progress.notify_all()
            pause = started + (i + 1) / RATE_PER_S - time.monotonic()
            if pause > 0:
                time.sleep(pause)
        for envelope, future in zip(envelopes, futures, strict=True):
            try:
                future.get(timeout=180)
                acknowledged.append(envelope.event_id)
            except Exception:
                failed += 1
        chaos_thread.join(timeout=300)
    finally:
        producer.close(timeout=30)
    assert len(faults) == 2, "the broker was not restarted twice"

    client: MongoClient[dict[str, Any]] = MongoClient(mongodb_uri, serverSelectionTimeoutMS=5000)
    try:
        processed = ProcessedEvents(client[database], consumer="survivor_events")
        done = wait_until(
            lambda: processed.count() >= len(acknowledged), timeout_s=600, interval_s=2
        )
        recorded = {
            doc["_id"]
            for doc in client[database]["processed_events_survivor_events"].find({}, {"_id": 1})
        }
    finally:
        client.close()
        consumer.stop(timeout_s=30)
    assert done, consumer.log_text()[-4000:]

    ours = set(e.event_id for e in envelopes)
    on_topic = [i for i in envelope_ids(read_topic(fault_kafka.bootstrap, SURVIVORS)) if i in ours]
    executed, skipped = effect_counts(consumer.log_text())
    acked = set(acknowledged)
    print(
        f"\n[broker restarts] faults: {'; '.join(faults)}\n"
        f"[broker restarts] events sent={TOTAL} acknowledged={len(acknowledged)} "
        f"not acknowledged={failed} on topic={len(on_topic)} (distinct {len(set(on_topic))}, "
        f"duplicates in log {len(on_topic) - len(set(on_topic))}) consumed={len(recorded & ours)} "
        f"acknowledged but not consumed={len(acked - recorded)} redeliveries skipped by id="
        f"{sum(skipped[i] for i in ours)} duplicated effects="
        f"{sum(max(executed[i] - 1, 0) for i in ours)} in {time.monotonic() - started:.0f}s"
    )
    assert not acked - recorded  # every acknowledged event was consumed
    assert all(executed[i] == 1 for i in acked)  # and its effect ran exactly once
    assert all(executed[i] <= 1 for i in ours)
