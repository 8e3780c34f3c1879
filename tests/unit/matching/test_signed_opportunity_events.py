"""Matching's index follows only opportunity events matching signed: an unsigned record on
opportunities.v1 is skipped while following, and makes a restore rebuild from the database."""

from __future__ import annotations

from collections.abc import Sequence
from types import SimpleNamespace
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from kafka import TopicPartition

from matching.adapters.event_mapping import OPPORTUNITIES_TOPIC
from matching.adapters.index_snapshot import Snapshot
from matching.adapters.opportunity_index import OpportunityIndex
from matching.entrypoints.opportunity_events import IndexFeeder
from pathways_runtime.envelopes import decode
from pathways_runtime.event_signatures import EventSigner, EventVerifier, development_event_key
from tests.support.processes import wait_until
from tests.unit.matching.test_index_snapshot_catch_up import (
    AFTER,
    BEFORE,
    DOWNTIME,
    FakeConsumer,
    MemoryStore,
    _index,
    _job,
    _run_until_ready,
    _updated,
)

MATCHING = EventSigner(development_event_key())
INTRUDER = EventSigner(Ed25519PrivateKey.generate())


class SignedLog(FakeConsumer):
    """Records as Kafka hands them: with topic, key and headers (signed by ``signer``)."""

    def __init__(self, log: Sequence[tuple[bytes, EventSigner | None]]) -> None:
        super().__init__([value for value, _ in log])
        self.signers = [signer for _, signer in log]

    def append(self, value: bytes, signer: EventSigner | None) -> None:
        self.log.append(value)
        self.signers.append(signer)

    def poll(self, timeout_ms: int = 0, max_records: int = 500) -> dict[TopicPartition, Any]:
        start = self.position(self.tp)
        chunk = self.log[start : start + max_records]
        records = []
        for i, value in enumerate(chunk):
            key = decode(value).aggregate_key
            signer = self.signers[start + i]
            records.append(
                SimpleNamespace(
                    topic=OPPORTUNITIES_TOPIC,
                    partition=0,
                    offset=start + i,
                    key=key.encode(),
                    value=value,
                    headers=signer.headers(OPPORTUNITIES_TOPIC, key, value) if signer else [],
                )
            )
        self.seek(self.tp, start + len(chunk))
        return {self.tp: records} if records else {}


def _feeder(
    index: OpportunityIndex, snapshot: Snapshot | None, consumer: FakeConsumer
) -> tuple[IndexFeeder, list[int]]:
    reads: list[int] = []

    def load_all() -> list[Any]:
        reads.append(len(AFTER))
        return AFTER

    feeder = IndexFeeder(
        index=index,
        bootstrap_servers=["fake:9092"],
        load_all=load_all,
        snapshots=MemoryStore(snapshot),
        consumer_factory=lambda **_: consumer,
        verifier=EventVerifier([MATCHING.public_key()]),
    )
    return feeder, reads


def _snapshot() -> Snapshot:
    return Snapshot(state=_index(BEFORE).export_state(), offsets={0: 0})


def test_a_signed_backlog_is_replayed_from_the_snapshot() -> None:
    index = _index()
    feeder, reads = _feeder(index, _snapshot(), SignedLog([(e, MATCHING) for e in DOWNTIME]))
    _run_until_ready(feeder)
    assert reads == []
    assert feeder.source == "snapshot"
    assert index.versions() == {"opp_1": 1, "opp_2": 2, "opp_4": 1}


def test_an_unsigned_record_since_the_snapshot_makes_the_index_rebuild() -> None:
    forged = _updated(_job("opp_1", 9, "Forged", "Forged"))
    log = [(e, MATCHING) for e in DOWNTIME] + [(forged, INTRUDER)]
    index = _index()
    feeder, reads = _feeder(index, _snapshot(), SignedLog(log))
    _run_until_ready(feeder)
    assert reads == [len(AFTER)]
    assert feeder.source == "database"
    assert index.versions() == {"opp_1": 1, "opp_2": 2, "opp_4": 1}


def test_while_following_an_unsigned_record_is_skipped() -> None:
    consumer = SignedLog([])
    index = _index()
    feeder, _ = _feeder(index, None, consumer)
    feeder.start()
    try:
        assert feeder.ready.wait(10)
        consumer.append(_updated(_job("opp_1", 9, "Forged", "Forged")), None)
        consumer.append(_updated(_job("opp_4", 7, "Forged too", "Forged")), INTRUDER)
        later = _job("opp_2", 3, "Barista and cook", "Coffee and cooking in a restaurant")
        consumer.append(_updated(later), MATCHING)
        assert wait_until(lambda: index.version_of("opp_2") == 3, timeout_s=10, interval_s=0.01)
    finally:
        feeder.stop()
    assert index.versions() == {"opp_1": 1, "opp_2": 3, "opp_4": 1}
    assert feeder.untrusted == 2
