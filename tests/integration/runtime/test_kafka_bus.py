"""The event bus against the real Apache Kafka broker."""

from __future__ import annotations

import threading
import time

from google.protobuf import wrappers_pb2
from kafka import KafkaConsumer, TopicPartition
from kafka.errors import KafkaError

from pathways.v1 import common_pb2
from pathways_runtime.envelopes import encode, new_envelope, unpack_payload
from pathways_runtime.kafka_bus import (
    CLOSE_TIMEOUT_MS,
    ConsumedEvent,
    KafkaEventConsumer,
    KafkaEventPublisher,
    KafkaProbe,
    OutgoingRecord,
    kafka_reachable,
)


def _consume(
    consumer: KafkaEventConsumer, *, count: int, timeout_s: float = 30
) -> list[ConsumedEvent]:
    events: list[ConsumedEvent] = []
    deadline = time.monotonic() + timeout_s
    while len(events) < count and time.monotonic() < deadline:
        events += consumer.poll(timeout_ms=500)
    return events


def _poll_for(consumer: KafkaEventConsumer, *, seconds: float) -> list[ConsumedEvent]:
    """Everything the consumer is handed until the deadline (to show that nothing comes)."""
    events: list[ConsumedEvent] = []
    deadline = time.monotonic() + seconds
    while (left_ms := int((deadline - time.monotonic()) * 1000)) > 0:
        events += consumer.poll(timeout_ms=min(left_ms, 500))
    return events


def _records_on(bootstrap: str, topic: str) -> int:
    """How many records the topic holds (the sum of its partitions' end offsets)."""
    reader = KafkaConsumer(bootstrap_servers=[bootstrap], group_id=None)
    try:
        partitions = [TopicPartition(topic, p) for p in reader.partitions_for_topic(topic) or ()]
        return sum(reader.end_offsets(partitions).values())
    finally:
        reader.close()


def _consumer(bootstrap: str, *, topic: str, group: str) -> KafkaEventConsumer:
    return KafkaEventConsumer(
        bootstrap_servers=[bootstrap], group_id=group, topics=[topic], client_id="test"
    )


def test_an_envelope_published_is_consumed_intact(kafka_bootstrap: str, unique_name: str) -> None:
    topic = f"survivors.{unique_name}"
    payload = common_pb2.LanguageSkill(language="my", level=common_pb2.LANGUAGE_LEVEL_FLUENT)
    envelope = new_envelope(payload, aggregate_key="srv_1", producer="matching")
    publisher = KafkaEventPublisher(bootstrap_servers=[kafka_bootstrap], client_id="test")
    try:
        publisher.publish(topic, envelope)
    finally:
        publisher.close()

    consumer = _consumer(kafka_bootstrap, topic=topic, group=unique_name)
    try:
        [event] = _consume(consumer, count=1)
    finally:
        consumer.close()

    assert event.topic == topic
    assert event.envelope == envelope
    assert unpack_payload(event.envelope, common_pb2.LanguageSkill) == payload


def test_events_of_one_aggregate_keep_their_order(kafka_bootstrap: str, unique_name: str) -> None:
    topic = f"opportunities.{unique_name}"
    publisher = KafkaEventPublisher(bootstrap_servers=[kafka_bootstrap], client_id="test")
    sent: dict[str, list[int]] = {key: [] for key in ("opp_a", "opp_b", "opp_c")}
    try:
        for i in range(30):
            key = ("opp_a", "opp_b", "opp_c")[i % 3]
            envelope = new_envelope(
                wrappers_pb2.Int64Value(value=i), aggregate_key=key, producer="t"
            )
            publisher.publish(topic, envelope)
            sent[key].append(i)
    finally:
        publisher.close()

    consumer = _consumer(kafka_bootstrap, topic=topic, group=unique_name)
    try:
        events = _consume(consumer, count=30)
    finally:
        consumer.close()

    received: dict[str, list[int]] = {key: [] for key in sent}
    partitions: dict[str, set[int]] = {key: set() for key in sent}
    for event in events:
        key = event.envelope.aggregate_key
        received[key].append(unpack_payload(event.envelope, wrappers_pb2.Int64Value).value)
        partitions[key].add(event.partition)
    assert received == sent
    assert all(len(p) == 1 for p in partitions.values())


def test_a_batch_is_acknowledged_record_by_record_and_a_refused_one_does_not_stop_the_rest(
    kafka_bootstrap: str, unique_name: str
) -> None:
    topic = f"opportunities.{unique_name}"
    keys = ("opp_a", "opp_b", "opp_c")
    envelopes = [
        new_envelope(wrappers_pb2.Int64Value(value=i), aggregate_key=keys[i % 3], producer="t")
        for i in range(12)
    ]
    records = [OutgoingRecord(topic, e.aggregate_key, encode(e)) for e in envelopes]
    # Larger than the producer's largest request (1 MiB by default): refused before sending.
    too_large = OutgoingRecord(topic, "opp_z", b"x" * (2 * 1024 * 1024))
    publisher = KafkaEventPublisher(bootstrap_servers=[kafka_bootstrap], client_id="test")
    try:
        results = publisher.publish_encoded_batch([*records[:6], too_large, *records[6:]])
    finally:
        publisher.close()

    assert [r is None for r in results] == [True] * 6 + [False] + [True] * 6
    assert isinstance(results[6], KafkaError)
    consumer = _consumer(kafka_bootstrap, topic=topic, group=unique_name)
    try:
        events = _consume(consumer, count=12)
    finally:
        consumer.close()
    assert _records_on(kafka_bootstrap, topic) == 12  # the refused record is not there
    received: dict[str, list[str]] = {key: [] for key in keys}
    for event in events:
        received[event.envelope.aggregate_key].append(event.envelope.event_id)
    # Every acknowledged record once, and each aggregate's in the order given.
    assert received == {
        key: [e.event_id for e in envelopes if e.aggregate_key == key] for key in keys
    }


def test_an_uncommitted_event_is_delivered_again_and_a_committed_one_is_not(
    kafka_bootstrap: str, unique_name: str
) -> None:
    topic = f"matches.{unique_name}"
    publisher = KafkaEventPublisher(bootstrap_servers=[kafka_bootstrap], client_id="test")
    try:
        for i in range(2):
            envelope = new_envelope(
                wrappers_pb2.Int64Value(value=i), aggregate_key="m1", producer="t"
            )
            publisher.publish(topic, envelope)
    finally:
        publisher.close()

    first = _consumer(kafka_bootstrap, topic=topic, group=unique_name)
    try:
        events = _consume(first, count=2)
        first.commit(events[0])  # the second one is read but its effect "crashed"
    finally:
        first.close()

    second = _consumer(kafka_bootstrap, topic=topic, group=unique_name)
    try:
        redelivered = _consume(second, count=1)
        # Then nothing more: neither the committed event nor a second copy.
        redelivered += _poll_for(second, seconds=1.5)
    finally:
        second.close()

    assert [e.envelope.event_id for e in redelivered] == [events[1].envelope.event_id]


def test_closing_a_consumer_whose_join_the_broker_holds_does_not_wait_for_the_rebalance(
    kafka_bootstrap: str, unique_name: str
) -> None:
    """A service stopped while its consumer is joining must still stop in time. The broker
    holds a JoinGroup until every member has rejoined (here: never, the first member does
    not poll), and a LeaveGroup on the same connection waits behind it. kafka-python's own
    bound is its request timeout, 30 s: past a stopping service's grace period."""
    topic = f"rebalance.{unique_name}"
    publisher = KafkaEventPublisher(bootstrap_servers=[kafka_bootstrap], client_id="test")
    try:
        publisher.publish(
            topic, new_envelope(wrappers_pb2.Int64Value(value=1), aggregate_key="k", producer="t")
        )
    finally:
        publisher.close()
    member = _consumer(kafka_bootstrap, topic=topic, group=unique_name)
    joining = _consumer(kafka_bootstrap, topic=topic, group=unique_name)
    try:
        _consume(member, count=1)  # joined, holds every partition, and stops polling
        joining.poll(timeout_ms=1_000)  # its JoinGroup now waits for `member` to rejoin

        closer = threading.Thread(target=joining.close, daemon=True)
        closer.start()
        closer.join(timeout=CLOSE_TIMEOUT_MS / 1000 * 5)

        assert not closer.is_alive(), "close() waited for the rebalance"
    finally:
        member.close()


def test_a_record_that_is_not_an_envelope_is_skipped(
    kafka_bootstrap: str, unique_name: str
) -> None:
    from kafka import KafkaProducer

    topic = f"poison.{unique_name}"
    raw = KafkaProducer(bootstrap_servers=[kafka_bootstrap])
    raw.send(topic, key=b"k", value=b"\x00not protobuf\xff").get(timeout=30)
    raw.close()
    publisher = KafkaEventPublisher(bootstrap_servers=[kafka_bootstrap], client_id="test")
    good = new_envelope(wrappers_pb2.StringValue(value="ok"), aggregate_key="k", producer="t")
    publisher.publish(topic, good)
    publisher.close()

    consumer = _consumer(kafka_bootstrap, topic=topic, group=unique_name)
    try:
        events = _consume(consumer, count=1)
    finally:
        consumer.close()

    assert [e.envelope.event_id for e in events] == [good.event_id]


def test_reachability_check_sees_the_broker_and_a_closed_port(kafka_bootstrap: str) -> None:
    from tests.support.processes import free_port

    assert kafka_reachable(bootstrap_servers=[kafka_bootstrap], timeout_ms=5_000)
    started = time.monotonic()
    assert not kafka_reachable(bootstrap_servers=[f"127.0.0.1:{free_port()}"], timeout_ms=1_000)
    assert time.monotonic() - started < 10


def test_a_kept_probe_answers_on_one_connection_and_retries_after_a_failure(
    kafka_bootstrap: str,
) -> None:
    from tests.support.processes import free_port

    probe = KafkaProbe(bootstrap_servers=[kafka_bootstrap], timeout_ms=5_000)
    closed = KafkaProbe(bootstrap_servers=[f"127.0.0.1:{free_port()}"], timeout_ms=1_000)
    try:
        assert probe()
        assert probe()  # on the kept connection
        assert not closed()
        assert not closed()  # each failure drops the client: it asks afresh
    finally:
        probe.close()
        closed.close()
