"""A batch is handed to the producer whole and flushed once; each record gets its answer."""

from __future__ import annotations

from typing import Any

from kafka.errors import KafkaTimeoutError, NotLeaderForPartitionError

from pathways_runtime.kafka_bus import KafkaEventPublisher, OutgoingRecord


class _Future:
    def __init__(self) -> None:
        self.error: Exception | None = None
        self.done = False

    def get(self, timeout: float | None = None) -> None:
        if not self.done:
            raise KafkaTimeoutError("not answered in time")
        if self.error is not None:
            raise self.error


class _Producer:
    """Answers every record at the flush: refused ones (by payload) with an error, those
    with an empty key when sent (as if no metadata came in time)."""

    def __init__(self, **config: Any) -> None:
        self.config = config
        self.sent: list[bytes] = []
        self.flushes = 0
        self._pending: list[tuple[bytes, _Future]] = []

    def send(self, topic: str, *, key: bytes, value: bytes, headers: Any = None) -> _Future:
        if not key:
            raise KafkaTimeoutError("no metadata for the topic in time")
        future = _Future()
        self._pending.append((value, future))
        return future

    def flush(self, timeout: float | None = None) -> None:
        self.flushes += 1
        for value, future in self._pending:
            future.done = True
            if value == b"refused":
                future.error = NotLeaderForPartitionError("not acknowledged")
            else:
                self.sent.append(value)
        self._pending = []


def test_a_batch_costs_one_flush_and_each_record_gets_its_own_answer() -> None:
    producers: list[_Producer] = []

    def factory(**config: Any) -> _Producer:
        producers.append(_Producer(**config))
        return producers[-1]

    publisher = KafkaEventPublisher(
        bootstrap_servers=["k:9092"], client_id="t", producer_factory=factory
    )
    records = [
        OutgoingRecord("things.v1", "a", b"first"),
        OutgoingRecord("things.v1", "", b"no metadata"),
        OutgoingRecord("things.v1", "b", b"refused"),
        OutgoingRecord("things.v1", "c", b"last"),
    ]

    results = publisher.publish_encoded_batch(records)

    [producer] = producers
    assert producer.flushes == 1
    assert producer.sent == [b"first", b"last"]
    assert results[0] is None
    assert results[3] is None
    assert isinstance(results[1], KafkaTimeoutError)
    assert isinstance(results[2], NotLeaderForPartitionError)
