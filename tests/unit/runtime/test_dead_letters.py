import threading

import grpc
import pytest
from google.protobuf import wrappers_pb2
from kafka.errors import KafkaTimeoutError, UnknownTopicOrPartitionError
from pymongo.errors import (
    AutoReconnect,
    DuplicateKeyError,
    OperationFailure,
    ServerSelectionTimeoutError,
)

from pathways.v1 import events_pb2
from pathways_runtime.dead_letters import (
    DeadLetterPublisher,
    DeadLetterWriter,
    Outcome,
    RetryPolicy,
    dead_letter_topic,
    is_transient,
    process_with_retries,
)
from pathways_runtime.envelopes import EnvelopeError, encode, new_envelope
from pathways_runtime.kafka_bus import ConsumedEvent, Headers
from pathways_runtime.outages import DependencyUnavailable


class FakePublisher(DeadLetterPublisher):
    """A broker that refuses the first ``failures`` records, then keeps what it is sent."""

    def __init__(self, *, failures: int = 0) -> None:
        self.sent: list[tuple[str, str, bytes, dict[str, bytes]]] = []
        self.failures = failures

    def publish_encoded(
        self, topic: str, *, key: str, payload: bytes, headers: Headers | None = None
    ) -> None:
        if self.failures:
            self.failures -= 1
            raise KafkaTimeoutError("broker away")
        self.sent.append((topic, key, payload, dict(headers or [])))


def _event() -> ConsumedEvent:
    envelope = new_envelope(
        wrappers_pb2.StringValue(value="private text"), aggregate_key="srv_1", producer="t"
    )
    return ConsumedEvent(
        "survivors.v1", 2, 41, envelope, raw=encode(envelope), key=b"srv_1", headers=()
    )


@pytest.mark.parametrize(
    "error",
    [
        ServerSelectionTimeoutError("no server"),
        AutoReconnect("reset"),
        OperationFailure("not primary", code=10107),
        KafkaTimeoutError("slow"),
        TimeoutError(),
    ],
)
def test_outages_are_transient(error: Exception) -> None:
    assert is_transient(error)


@pytest.mark.parametrize(
    "error",
    [
        EnvelopeError("bad"),
        ValueError("bad"),
        KeyError("x"),
        DuplicateKeyError("dup"),
        OperationFailure("bad query", code=2),
        UnknownTopicOrPartitionError()
        if not UnknownTopicOrPartitionError.retriable
        else KeyError(),
    ],
)
def test_other_failures_are_permanent(error: Exception) -> None:
    assert not is_transient(error)


def test_a_translated_outage_is_still_transient() -> None:
    cause = ServerSelectionTimeoutError("no server")
    error = DependencyUnavailable("ServerSelectionTimeoutError")
    error.__cause__ = cause
    assert isinstance(error, grpc.RpcError)
    assert is_transient(error)


def test_a_permanent_failure_is_dead_lettered_after_n_attempts_with_its_class_only() -> None:
    publisher = FakePublisher()
    event = _event()
    calls = []

    def apply(envelope: events_pb2.EventEnvelope) -> None:
        calls.append(envelope.event_id)
        raise ValueError("survivor 'Somchai' has an invalid district")  # personal data

    outcome = process_with_retries(
        event,
        apply,
        dead_letters=DeadLetterWriter(publisher, consumer="peer_groups"),
        policy=RetryPolicy(max_attempts=3, backoff_s=0.001),
        stop=threading.Event(),
    )
    assert outcome is Outcome.DEAD_LETTERED
    assert len(calls) == 3
    ((topic, key, payload, headers),) = publisher.sent
    assert topic == dead_letter_topic("survivors.v1") == "survivors.v1.dlq"
    assert key == "srv_1"
    assert payload == event.raw
    assert headers["pathways.error_class"] == b"ValueError"
    assert headers["pathways.source_offset"] == b"41"
    assert headers["pathways.source_partition"] == b"2"
    assert headers["pathways.attempts"] == b"3"
    assert headers["pathways.event_id"] == event.envelope.event_id.encode()
    assert not any(b"Somchai" in value for value in headers.values())


def test_a_transient_failure_is_retried_on_the_same_event_and_never_dead_lettered() -> None:
    publisher = FakePublisher()
    failures = iter([ServerSelectionTimeoutError("down")] * 6)

    def apply(envelope: events_pb2.EventEnvelope) -> None:
        error = next(failures, None)
        if error is not None:
            raise error

    outcome = process_with_retries(
        _event(),
        apply,
        dead_letters=DeadLetterWriter(publisher, consumer="c"),
        policy=RetryPolicy(max_attempts=2, backoff_s=0.001, max_backoff_s=0.002),
        stop=threading.Event(),
    )
    assert outcome is Outcome.APPLIED
    assert publisher.sent == []


def test_stopping_during_an_outage_leaves_the_event_uncommitted() -> None:
    stop = threading.Event()

    def apply(envelope: events_pb2.EventEnvelope) -> None:
        stop.set()
        raise AutoReconnect("down")

    outcome = process_with_retries(
        _event(),
        apply,
        dead_letters=DeadLetterWriter(FakePublisher(), consumer="c"),
        policy=RetryPolicy(),
        stop=stop,
    )
    assert outcome is Outcome.STOPPED


def test_a_dead_letter_waits_for_the_broker() -> None:
    publisher = FakePublisher(failures=2)
    writer = DeadLetterWriter(publisher, consumer="c", retry_interval_s=0.001)
    event = _event()
    writer.send(
        topic=event.topic,
        partition=0,
        offset=1,
        key=None,
        raw=b"\x00poison",
        error_class="EnvelopeError",
        attempts=1,
    )
    assert writer.sent == 1
    assert publisher.sent[0][2] == b"\x00poison"


def test_retry_policy_needs_an_attempt() -> None:
    with pytest.raises(ValueError, match="at least one attempt"):
        RetryPolicy(max_attempts=0)


class _Letter:
    def __init__(self, offset: int, key: bytes, value: bytes, headers: Headers) -> None:
        self.offset, self.key, self.value, self.headers = offset, key, value, headers


class _DlqConsumer:
    """One DLQ partition holding ``letters``, read once."""

    def __init__(self, letters: list[_Letter]) -> None:
        from kafka import TopicPartition

        self.tp = TopicPartition("survivors.v1.dlq", 0)
        self.letters = letters
        self.at = 0

    def partitions_for_topic(self, topic: str) -> set[int]:
        return {0}

    def assign(self, partitions: object) -> None:
        pass

    def end_offsets(self, partitions: object) -> dict[object, int]:
        return {self.tp: len(self.letters)}

    def position(self, tp: object) -> int:
        return self.at

    def poll(self, **_: object) -> dict[object, list[_Letter]]:
        batch, self.at = self.letters[self.at :], len(self.letters)
        return {self.tp: batch} if batch else {}

    def commit(self, offsets: object) -> None:
        pass

    def close(self, **_: object) -> None:
        pass


def test_a_replay_verifies_each_letter_again_and_never_applies_a_forged_one() -> None:
    from pathways_runtime.dead_letters import replay_dead_letters
    from pathways_runtime.event_signatures import EventSigner, EventVerifier, development_event_key

    signer = EventSigner(development_event_key())
    verifier = EventVerifier([signer.public_key()])
    genuine = new_envelope(
        wrappers_pb2.StringValue(value="ok"), aggregate_key="srv_1", producer="matching"
    )
    forged = new_envelope(
        wrappers_pb2.StringValue(value="forged"), aggregate_key="srv_1", producer="matching"
    )
    letter_of = [
        ("pathways.error_class", b"BugSinceFixed"),
        ("pathways.source_topic", b"survivors.v1"),
    ]
    letters = [
        _Letter(
            0,
            b"srv_1",
            encode(genuine),
            [*letter_of, *signer.headers("survivors.v1", "srv_1", encode(genuine))],
        ),
        _Letter(1, b"srv_1", encode(forged), [*letter_of, ("pathways.signature", b"x" * 64)]),
        # Signed for the DLQ topic itself, not for its source: refused too.
        _Letter(
            2,
            b"srv_1",
            encode(forged),
            [*letter_of, *signer.headers("survivors.v1.dlq", "srv_1", encode(forged))],
        ),
    ]
    applied: list[str] = []

    def apply(envelope: events_pb2.EventEnvelope) -> bool:
        applied.append(envelope.event_id)
        return True

    publisher = FakePublisher()
    report = replay_dead_letters(
        bootstrap_servers=["unused:9092"],
        topic="survivors.v1",
        group_id="g",
        client_id="c",
        apply=apply,
        dead_letters=DeadLetterWriter(publisher, consumer="c"),
        consumer_factory=lambda **_: _DlqConsumer(letters),
        verify=lambda topic, key, value, headers: verifier.verify(
            topic=topic, key=key, value=value, headers=headers
        ),
    )
    assert applied == [genuine.event_id]
    assert (report.read, report.applied, report.dead_again) == (3, 1, 2)
    assert report.error_classes == {"UnsignedEvent": 1, "BadEventSignature": 1}
    # Dead again with their own headers (signature included), for a later replay.
    again = [headers for _, _, _, headers in publisher.sent]
    assert [h["pathways.error_class"] for h in again] == [b"UnsignedEvent", b"BadEventSignature"]
    assert again[1]["pathways.signature"] == dict(letters[2].headers)["pathways.signature"]
    assert all("pathways.event_id" not in h for h in again)
