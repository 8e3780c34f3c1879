"""The audit relay over in-memory fakes: what it publishes, when it stores its position,
and what it does through broker outages, racing instances, holes and pruning."""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from datetime import UTC, timedelta
from typing import Any

import pytest

from gateway.adapters.audit_events import AuditRelayWorker, KafkaAuditPublisher
from gateway.audit.chain import ChainedEntry, Checkpoint, sign_checkpoint
from gateway.audit.events import AUDIT_TOPIC
from gateway.audit.integrity import prune_audit
from gateway.audit.records import AuditOutcome, AuditRecord, Purpose
from gateway.audit.relay import AuditEventRelay
from gateway.ports import AuditEntrySource, AuditEventSink, AuditRelayPosition
from pathways.v1 import events_pb2
from pathways_runtime.envelopes import unpack_payload
from tests.support.processes import wait_until
from tests.unit.gateway.fakes import FakeAudit, FakeClock, audit_record


class ChainSource(AuditEntrySource):
    """The relay's view of a ``FakeAudit`` chain (entries after a number, the checkpoint)."""

    def __init__(self, audit: FakeAudit) -> None:
        self.audit = audit

    def entries_after(self, seq: int, *, limit: int) -> list[ChainedEntry]:
        return self.audit.entries_after(seq, limit=limit)  # as the store reads (contract-tested)

    def latest_checkpoint(self) -> Checkpoint | None:
        return self.audit.latest_checkpoint()


class FakePosition(AuditRelayPosition):
    """Like the MongoDB position: moves forward only."""

    def __init__(self) -> None:
        self.seq = 0
        self.advances: list[int] = []
        #: The database is away for the next write.
        self.down = False

    def published_through(self) -> int:
        return self.seq

    def advance(self, seq: int) -> bool:
        if self.down:
            raise ConnectionError("database away")
        self.advances.append(seq)
        if seq <= self.seq:
            return False
        self.seq = seq
        return True


class FakeSink(AuditEventSink):
    """A broker: keeps what it acknowledged; ``down`` refuses; ``during`` runs mid-publish."""

    def __init__(self) -> None:
        self.acknowledged: list[tuple[str, events_pb2.EventEnvelope]] = []
        self.down = False
        self.refused = 0  # publishes refused while down
        self.during: Callable[[], None] | None = None

    def publish_all(self, topic: str, envelopes: Sequence[events_pb2.EventEnvelope]) -> None:
        if self.down:
            self.refused += 1
            raise ConnectionError("broker away")
        if self.during is not None:
            during, self.during = self.during, None
            during()
        self.acknowledged += [(topic, envelope) for envelope in envelopes]

    def record_ids(self) -> list[str]:
        return [envelope.event_id for _, envelope in self.acknowledged]


def _record(clock: FakeClock, n: int, **overrides: Any) -> AuditRecord:
    return audit_record(clock.now(), n, **overrides)


class Setup:
    def __init__(self, *, batch: int = 500) -> None:
        self.clock = FakeClock()
        self.audit = FakeAudit()
        self.position = FakePosition()
        self.sink = FakeSink()
        self.relay = self.relay_with(batch=batch)

    def relay_with(self, *, batch: int = 500) -> AuditEventRelay:
        return AuditEventRelay(
            source=ChainSource(self.audit),
            position=self.position,
            sink=self.sink,
            clock=self.clock,
            batch=batch,
            gap_grace=timedelta(seconds=60),
        )

    def append(self, count: int, **overrides: Any) -> list[AuditRecord]:
        records = [_record(self.clock, n, **overrides) for n in range(count)]
        for record in records:
            self.audit.append(record)
        return records


def test_entries_are_published_in_order_as_access_recorded_and_then_the_position_is_stored() -> (
    None
):
    s = Setup()
    records = s.append(3)
    s.append(1, survivor_id=None, survivor_organisation_id=None, target_id="org_employer")
    s.append(1, survivor_id=None, survivor_organisation_id=None)

    result = s.relay.relay_once()

    assert (result.published, result.position, result.stored) == (5, 5, True)
    assert s.position.seq == 5
    assert [topic for topic, _ in s.sink.acknowledged] == [AUDIT_TOPIC] * 5
    assert s.sink.record_ids() == [entry.record.id for entry in s.audit.chained]
    first = s.sink.acknowledged[0][1]
    assert first.event_id == records[0].id  # consumers dedupe on it
    assert first.event_type == "AccessRecorded"
    assert first.producer == "gateway"
    assert first.aggregate_key == records[0].survivor_id
    assert first.correlation_id == records[0].request_id
    assert first.occurred_at.ToDatetime(tzinfo=UTC) == records[0].at
    event = unpack_payload(first, events_pb2.AccessRecorded)
    entry = s.audit.chained[0]
    assert (event.record_id, event.user_id, event.organisation_id, event.role) == (
        records[0].id,
        records[0].user_id,
        "org_ngo",
        "reintegration_officer",
    )
    assert (event.action, event.purpose, event.outcome) == (
        "survivor.read",
        events_pb2.ACCESS_PURPOSE_CASE_MANAGEMENT,
        events_pb2.ACCESS_OUTCOME_SUCCEEDED,
    )
    assert (event.survivor_id, event.survivor_organisation_id, event.target_id) == (
        records[0].survivor_id,
        "org_ngo",
        "",
    )
    assert (event.seq, event.prev_hash, event.hash) == (1, entry.prev_hash, entry.hash)
    # Keys: the survivor, else the object concerned, else the acting organisation.
    assert [envelope.aggregate_key for _, envelope in s.sink.acknowledged][3:] == [
        "org_employer",
        "org_ngo",
    ]
    # Nothing more to do: no publish, no write.
    again = s.relay.relay_once()
    assert (again.published, again.position) == (0, 5)
    assert s.position.advances == [5]


def test_the_event_has_exactly_the_records_id_fields_and_the_chain_link() -> None:
    fields = {field.name for field in events_pb2.AccessRecorded.DESCRIPTOR.fields}
    assert fields == {
        "record_id",
        "at",
        "user_id",
        "organisation_id",
        "role",
        "action",
        "purpose",
        "outcome",
        "request_id",
        "survivor_id",
        "survivor_organisation_id",
        "target_id",
        "seq",
        "prev_hash",
        "hash",
    }


def test_every_purpose_and_outcome_has_its_own_contract_value() -> None:
    s = Setup()
    for purpose in Purpose:
        for outcome in AuditOutcome:
            s.append(1, purpose=purpose, outcome=outcome)
    s.relay.relay_once()
    pairs = {
        (event.purpose, event.outcome)
        for event in (
            unpack_payload(envelope, events_pb2.AccessRecorded)
            for _, envelope in s.sink.acknowledged
        )
    }
    assert len(pairs) == len(Purpose) * len(AuditOutcome)
    assert all(purpose != 0 and outcome != 0 for purpose, outcome in pairs)


def test_a_broker_outage_stores_nothing_and_the_same_entries_go_out_once_it_is_back() -> None:
    s = Setup()
    s.append(4)
    s.sink.down = True
    for _ in range(3):
        with pytest.raises(ConnectionError):
            s.relay.relay_once()
    assert s.position.seq == 0
    assert s.position.advances == []
    s.append(2)  # writes go on during the outage

    s.sink.down = False
    result = s.relay.relay_once()

    assert result.published == 6
    assert s.sink.record_ids() == [entry.record.id for entry in s.audit.chained]
    assert s.position.seq == 6


def test_a_crash_after_publishing_and_before_storing_publishes_again_never_loses() -> None:
    s = Setup()
    s.append(3)
    s.position.down = True
    with pytest.raises(ConnectionError):
        s.relay.relay_once()
    assert len(s.sink.acknowledged) == 3
    s.position.down = False

    s.relay.relay_once()

    ids = s.sink.record_ids()
    assert len(ids) == 6  # at least once: duplicates, which consumers drop by event_id
    assert set(ids) == {entry.record.id for entry in s.audit.chained}
    assert s.position.seq == 3


def test_a_large_backlog_goes_out_in_batches() -> None:
    s = Setup(batch=4)
    s.append(10)
    moved = [s.relay.relay_once().published for _ in range(4)]
    assert moved == [4, 4, 2, 0]
    assert s.position.advances == [4, 8, 10]
    assert s.sink.record_ids() == [entry.record.id for entry in s.audit.chained]


def test_a_relay_that_lost_the_race_never_moves_the_position_back() -> None:
    s = Setup()
    s.append(3)
    slow = s.relay_with()
    fast_sink = FakeSink()
    fast = AuditEventRelay(
        source=ChainSource(s.audit), position=s.position, sink=fast_sink, clock=s.clock
    )

    def meanwhile() -> None:
        s.append(2)  # more entries arrive and the other instance publishes them all
        assert fast.relay_once().position == 5

    s.sink.during = meanwhile  # the slow relay read position 0 and entries 1-3 before this
    result = slow.relay_once()

    assert result.published == 3
    assert result.stored is False
    assert s.position.seq == 5
    assert s.position.advances == [5, 3]
    assert slow.relay_once().published == 0  # it carries on from the stored position


def test_a_hole_waits_for_an_append_in_flight_then_is_passed_over_when_old() -> None:
    s = Setup()
    s.append(5)
    deleted = s.audit.chained.pop(2)  # seq 3: in flight, or deleted
    first = s.relay.relay_once()
    assert (first.published, first.position, first.waiting_at_gap) == (2, 2, True)

    s.clock.advance(30)
    assert s.relay.relay_once().published == 0  # still young: maybe an append in flight

    s.clock.advance(31)
    later = s.relay.relay_once()
    assert (later.published, later.position, later.skipped, later.waiting_at_gap) == (
        2,
        5,
        1,
        False,
    )
    assert deleted.record.id not in s.sink.record_ids()


def test_a_hole_that_fills_in_time_is_published_in_order() -> None:
    s = Setup()
    s.append(4)
    late = s.audit.chained.pop(1)
    s.relay.relay_once()
    s.audit.chained.insert(1, late)
    s.relay.relay_once()
    assert s.sink.record_ids() == [entry.record.id for entry in s.audit.chained]
    assert s.position.seq == 4


def test_entries_pruned_before_they_were_published_are_skipped_from_the_checkpoint() -> None:
    s = Setup()
    s.append(6)
    last_pruned = s.audit.chained[3]
    s.audit.add_checkpoint(
        sign_checkpoint(s.audit.key, seq=4, hash_=last_pruned.hash, at=s.clock.now())
    )
    s.audit.delete_through(4)

    result = s.relay.relay_once()

    assert (result.published, result.position, result.skipped) == (2, 6, 4)
    assert s.sink.record_ids() == [entry.record.id for entry in s.audit.chained]


class PublishedAudit(FakeAudit):
    """A chain store that knows the relay's position, like ``MongoAuditStore``."""

    def __init__(self) -> None:
        super().__init__()
        self.published: int | None = None

    def published_through(self) -> int | None:
        return self.published


def test_retention_never_prunes_what_the_relay_has_not_published() -> None:
    clock = FakeClock()
    audit = PublishedAudit()
    for n in range(10):
        audit.append(_record(clock, n))
    later = clock.now() + timedelta(days=40)

    audit.published = 0
    assert prune_audit(store=audit, key=audit.key, now=later, retention_days=30).deleted == 0
    audit.published = 6
    pruning = prune_audit(store=audit, key=audit.key, now=later, retention_days=30)
    assert (pruning.deleted, pruning.checkpoint_seq) == (6, 6)
    assert [entry.seq for entry in audit.chained] == [7, 8, 9, 10]
    audit.published = 10
    pruning = prune_audit(store=audit, key=audit.key, now=later, retention_days=30)
    assert (pruning.deleted, pruning.checkpoint_seq) == (3, 9)  # the head always stays
    # Without a relay position (no relay ever ran) retention prunes as before.
    audit.published = None
    for n in range(3):
        audit.append(_record(clock, n))
    assert prune_audit(store=audit, key=audit.key, now=later, retention_days=30).deleted == 3


# --- the background worker and the Kafka publisher ---------------------------------------


def test_the_worker_keeps_retrying_while_kafka_is_away_and_publishes_once_it_is_back() -> None:
    s = Setup()
    s.append(3)
    attempts: list[int] = []
    kafka_up = threading.Event()
    closed: list[bool] = []

    def connect() -> tuple[AuditEventRelay, Callable[[], None]]:
        attempts.append(1)
        if not kafka_up.is_set():
            raise ConnectionError("no brokers available")
        return s.relay, lambda: closed.append(True)

    worker = AuditRelayWorker(connect, interval_s=0.01, max_backoff_s=0.05)
    worker.start()
    try:
        assert wait_until(lambda: len(attempts) >= 3, timeout_s=5, interval_s=0.01)
        assert s.position.seq == 0
        kafka_up.set()
        assert wait_until(lambda: s.position.seq == 3, timeout_s=5, interval_s=0.01)
        s.sink.down = True  # the broker goes away again: appends wait
        refused = s.sink.refused
        s.append(2)
        # It tried, twice, and was refused.
        assert wait_until(lambda: s.sink.refused >= refused + 2, timeout_s=5, interval_s=0.01)
        assert s.position.seq == 3
        s.sink.down = False
        assert wait_until(lambda: s.position.seq == 5, timeout_s=5, interval_s=0.01)
    finally:
        worker.stop(timeout_s=5)
    assert closed == [True]
    assert worker.published == 5
    assert s.sink.record_ids() == [entry.record.id for entry in s.audit.chained]


class FakeFuture:
    def __init__(self, error: Exception | None) -> None:
        self.error = error
        self.waited = False

    def get(self, timeout: float) -> object:
        del timeout
        self.waited = True
        if self.error is not None:
            raise self.error
        return object()


class FakeProducer:
    def __init__(self, **config: Any) -> None:
        self.config = config
        self.sent: list[tuple[str, bytes, bytes]] = []
        self.futures: list[FakeFuture] = []
        self.flushed = 0
        self.fail_on: int | None = None

    def send(self, topic: str, *, key: bytes, value: bytes) -> FakeFuture:
        self.sent.append((topic, key, value))
        error = TimeoutError("not acknowledged") if self.fail_on == len(self.sent) else None
        self.futures.append(FakeFuture(error))
        return self.futures[-1]

    def flush(self, timeout: float) -> None:
        del timeout
        self.flushed += 1

    def close(self, timeout: float) -> None:
        del timeout


def test_the_publisher_is_durable_and_returns_only_when_every_send_is_acknowledged() -> None:
    made: list[FakeProducer] = []

    def factory(**config: Any) -> FakeProducer:
        made.append(FakeProducer(**config))
        return made[-1]

    publisher = KafkaAuditPublisher(bootstrap_servers=["kafka:9092"], producer_factory=factory)
    producer = made[0]
    assert producer.config["acks"] == "all"
    assert producer.config["enable_idempotence"] is True
    s = Setup()
    s.append(3)
    s.relay.relay_once()
    envelopes = [envelope for _, envelope in s.sink.acknowledged]

    publisher.publish_all(AUDIT_TOPIC, envelopes)
    assert [(topic, key) for topic, key, _ in producer.sent] == [
        (AUDIT_TOPIC, envelope.aggregate_key.encode()) for envelope in envelopes
    ]
    assert producer.flushed == 1
    assert all(future.waited for future in producer.futures)

    producer.fail_on = 5  # the second of the next three is not acknowledged
    with pytest.raises(TimeoutError):
        publisher.publish_all(AUDIT_TOPIC, envelopes)


def test_the_publisher_refuses_a_producer_without_acks_all() -> None:
    def careless(**config: Any) -> FakeProducer:
        return FakeProducer(**(config | {"acks": 1}))

    with pytest.raises(RuntimeError, match="acks=all"):
        KafkaAuditPublisher(bootstrap_servers=["kafka:9092"], producer_factory=careless)


def test_an_entry_without_a_survivor_or_target_is_keyed_by_the_organisation() -> None:
    clock = FakeClock()
    audit = FakeAudit()
    audit.append(_record(clock, 1, survivor_id=None, survivor_organisation_id=None, target_id=None))
    position, sink = FakePosition(), FakeSink()
    AuditEventRelay(
        source=ChainSource(audit), position=position, sink=sink, clock=clock
    ).relay_once()
    assert sink.acknowledged[0][1].aggregate_key == "org_ngo"
