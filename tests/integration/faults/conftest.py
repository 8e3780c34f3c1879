"""Fault tests: crashes, a lost broker, a lost database, poison messages.

They stop and kill infrastructure, so they run on a Kafka broker of their own (one for the
package, on free loopback ports, in its own run directory), never on the session's broker;
the FerretDB test starts a FerretDB of its own too. Every test prints its figures (sent,
acknowledged, consumed, duplicates) and asserts them; run with ``-s`` to see them.
"""

from __future__ import annotations

import json
import re
import time
import uuid
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypedDict

import pytest
from kafka import KafkaConsumer, OffsetAndMetadata, TopicPartition

from pathways.v1 import common_pb2, events_pb2
from pathways_runtime.envelopes import decode, new_envelope
from pathways_runtime.kafka_bus import ensure_topics
from tests.support.grpc_health import health_status
from tests.support.processes import InfraInstance, ServiceProcess, free_port, wait_until

SURVIVORS = "survivors.v1"


@dataclass
class Broker:
    instance: InfraInstance
    bootstrap: str

    def restart(self, *, kill: bool) -> None:
        if kill:
            self.instance.kill()
        else:
            self.instance.stop()
        self.instance.start()


@pytest.fixture(scope="session")
def fault_kafka(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Broker]:
    """A broker of the fault tests' own: they may stop or kill it."""
    port, controller = free_port(), free_port()
    instance = InfraInstance(
        script="kafka.sh",
        run_dir=tmp_path_factory.mktemp("fault-kafka"),
        env={
            "PATHWAYS_KAFKA_PORT": str(port),
            "PATHWAYS_KAFKA_CONTROLLER_PORT": str(controller),
            "PATHWAYS_KAFKA_START_TIMEOUT": "180",
        },
    )
    instance.start()
    bootstrap = f"127.0.0.1:{port}"
    try:
        ensure_topics(
            bootstrap_servers=[bootstrap],
            topics=[SURVIVORS, SURVIVORS + ".dlq", "peer_groups.v1"],
            partitions=3,
        )
        yield Broker(instance, bootstrap)
    finally:
        instance.stop()
        if instance.running():
            instance.kill()


def start_group_at_end(bootstrap: str, *, group: str, topic: str) -> None:
    """Commit the current end of ``topic`` for a new consumer group, so a service in that
    group skips what earlier tests left on the shared topic."""
    consumer = KafkaConsumer(
        bootstrap_servers=[bootstrap], group_id=group, enable_auto_commit=False
    )
    try:
        partitions = consumer.partitions_for_topic(topic) or set()
        assigned = [TopicPartition(topic, p) for p in partitions]
        ends = consumer.end_offsets(assigned)
        consumer.commit({tp: OffsetAndMetadata(ends[tp], "", -1) for tp in assigned})
    finally:
        consumer.close()


def read_topic(bootstrap: str, topic: str, *, timeout_s: float = 60) -> list[Any]:
    """Every record on ``topic`` now (from the beginning to the current end)."""
    consumer = KafkaConsumer(
        bootstrap_servers=[bootstrap], enable_auto_commit=False, consumer_timeout_ms=2_000
    )
    records: list[Any] = []
    try:
        partitions = consumer.partitions_for_topic(topic) or set()
        assigned = [TopicPartition(topic, p) for p in partitions]
        if not assigned:
            return records
        consumer.assign(assigned)
        consumer.seek_to_beginning(*assigned)
        ends = consumer.end_offsets(assigned)
        deadline = time.monotonic() + timeout_s
        while any(consumer.position(tp) < ends[tp] for tp in assigned):
            if time.monotonic() > deadline:
                raise AssertionError(f"could not read {topic} to its end in {timeout_s}s")
            for batch in consumer.poll(timeout_ms=500, max_records=5_000).values():
                records.extend(batch)
    finally:
        consumer.close()
    return records


def group_lag(bootstrap: str, *, group: str, topic: str) -> int:
    """Records of ``topic`` the group has not committed yet."""
    consumer = KafkaConsumer(bootstrap_servers=[bootstrap], group_id=group)
    try:
        partitions = consumer.partitions_for_topic(topic) or set()
        assigned = [TopicPartition(topic, p) for p in partitions]
        ends = consumer.end_offsets(assigned)
        return sum(ends[tp] - (consumer.committed(tp) or 0) for tp in assigned)
    finally:
        consumer.close()


def survivor_upsert(
    survivor_id: str, *, version: int = 1, language: str = "zz"
) -> events_pb2.EventEnvelope:
    """A survivor open to peer groups, in a language and country no other test uses.

    It carries no sealed fields (no district, interests or links): it has no data key.
    """
    message = events_pb2.SurvivorUpserted(
        survivor_id=survivor_id,
        organisation_id="org_faults",
        alias=f"alias-{survivor_id[-6:]}",
        languages=[language],
        country="ZZ",
        age_band="25-34",
        readiness=common_pb2.READINESS_STAGE_PEER_SUPPORT_READY,
        peer_group_consent=True,
        version=version,
    )
    return new_envelope(message, aggregate_key=survivor_id, producer="fault-test")


def new_survivor_id() -> str:
    return f"srv_fault_{uuid.uuid4().hex[:16]}"


class PeerGroupsPlace(TypedDict):
    """Where a peer groups process of a test keeps its state: passed to each restart."""

    kafka_bootstrap: str
    mongodb_uri: str
    database: str
    group: str


def start_peer_groups(
    tmp_path: Path,
    *,
    kafka_bootstrap: str,
    mongodb_uri: str,
    database: str,
    group: str,
    name: str,
    extra: dict[str, str] | None = None,
    wait_serving: bool = True,
) -> tuple[ServiceProcess, str]:
    port = free_port()
    process = ServiceProcess(
        module="peer_groups",
        env={
            "PATHWAYS_GRPC_PORT": str(port),
            "PATHWAYS_KAFKA_BOOTSTRAP": kafka_bootstrap,
            "PATHWAYS_MONGODB_URI": mongodb_uri,
            "PATHWAYS_MONGODB_DATABASE": database,
            "PATHWAYS_SURVIVOR_EVENTS_GROUP": group,
            "PATHWAYS_HEALTH_CHECK_INTERVAL_S": "0.5",
            "PATHWAYS_LOG_LEVEL": "DEBUG",
            **(extra or {}),
        },
        log_path=tmp_path / f"{name}.log",
    ).start()
    address = f"127.0.0.1:{port}"
    if wait_serving and not wait_until(
        lambda: health_status(address) == "SERVING" or process.process.poll() is not None,  # type: ignore[union-attr]
        timeout_s=120,
    ):
        process.stop()
        pytest.fail(f"{name} did not become SERVING:\n" + process.log_text()[-4000:])
    return process, address


def log_lines(*texts: str) -> list[dict[str, Any]]:
    lines = []
    for text in texts:
        for line in text.splitlines():
            if line.startswith("{"):
                try:
                    lines.append(json.loads(line))
                except ValueError:
                    continue
    return lines


_EFFECT_LINE = re.compile(
    r'\{"event_id": "(?P<id>[^"]+)"[^{}]*?"message": '
    r'"(?P<what>applied a survivor event|skipped an event already processed)"\}'
)


def effect_counts(*log_texts: str) -> tuple[Counter[str], Counter[str]]:
    """Per event id: how often its effect ran (the handler's debug line, written right after
    the effect), and how often a delivery was skipped because its id was recorded.

    Scans for the JSON objects rather than parsing lines: another thread's log line can land
    between an object and its newline (``print`` writes them separately).
    """
    executed: Counter[str] = Counter()
    skipped: Counter[str] = Counter()
    for text in log_texts:
        for match in _EFFECT_LINE.finditer(text):
            if match["what"] == "applied a survivor event":
                executed[match["id"]] += 1
            else:
                skipped[match["id"]] += 1
    return executed, skipped


def envelope_ids(records: list[Any]) -> list[str]:
    ids = []
    for record in records:
        try:
            ids.append(decode(bytes(record.value)).event_id)
        except ValueError:
            continue
    return ids
