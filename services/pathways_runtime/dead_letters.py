"""Dead letters: events a consumer cannot apply go aside, the consumer moves on.

Failures come in two kinds, and only one of them may ever dead-letter an event:

* **transient** (:func:`is_transient`): the database or the broker is away or timed out.
  The event is fine; the consumer waits and retries *the same event* until it is applied
  (or the process stops, leaving the offset uncommitted). Never dead-lettered: an outage
  must not empty a topic into its DLQ.
* **permanent**: anything else (malformed payload, invalid values, a bug). The event is
  tried ``max_attempts`` times (a race with a concurrent writer may clear), then published
  to ``<topic>.dlq`` and its offset committed, so the partition's lag recovers.

A dead letter is the original record's bytes, key and headers (its signature among them),
untouched, plus headers saying where it came from and the *class* of the error
(``pathways.error_class``), never the error's text, which may quote personal data.
:func:`replay_dead_letters` applies them again once the cause is fixed; it is idempotent
through the consumer's processed-event ids, and given ``verify`` it checks each letter's
signature for its source topic again, as the live consumer did (a letter that fails goes
back to the DLQ, never applied).
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import Enum
from typing import Any, Protocol

from kafka import KafkaConsumer, OffsetAndMetadata, TopicPartition
from kafka.errors import KafkaError
from pymongo.errors import (
    ConnectionFailure,
    ExecutionTimeout,
    OperationFailure,
    WTimeoutError,
)

from pathways.v1 import events_pb2
from pathways_runtime.envelopes import EnvelopeError, decode
from pathways_runtime.kafka_bus import (
    CLOSE_TIMEOUT_MS,
    ConsumedEvent,
    Headers,
    UndecodableRecord,
)
from pathways_runtime.kafka_security import PLAINTEXT, KafkaSecurity
from pathways_runtime.log import get_logger

__all__ = [
    "DLQ_SUFFIX",
    "DeadLetterPublisher",
    "DeadLetterWriter",
    "Outcome",
    "ReplayReport",
    "RetryPolicy",
    "dead_letter_topic",
    "is_transient",
    "process_with_retries",
    "replay_dead_letters",
]

_log = get_logger(__name__)

DLQ_SUFFIX = ".dlq"

# Server errors that mean "not now" rather than "never" (elections, shutdown, time limits).
_TRANSIENT_SERVER_CODES = frozenset({6, 7, 50, 89, 91, 189, 262, 9001, 10107, 11600, 11602, 13435})


#: Headers the dead-letter writer sets itself; a record's own headers of these names are not
#: carried over (a record cannot plant its own error class or source).
_LETTER_HEADERS = frozenset(
    {
        "pathways.error_class",
        "pathways.source_topic",
        "pathways.source_partition",
        "pathways.source_offset",
        "pathways.attempts",
        "pathways.consumer",
        "pathways.dead_at",
        "pathways.replays",
        "pathways.event_id",
    }
)

#: Checks a record (source topic, key, value, headers) before it is applied; raises (a
#: permanent error, e.g. ``event_signatures.UntrustedEvent``) if it must not be.
VerifyRecord = Callable[[str, bytes | None, bytes, Sequence[tuple[str, bytes]]], object]


def dead_letter_topic(topic: str) -> str:
    return topic + DLQ_SUFFIX


def is_transient(error: BaseException) -> bool:
    """True for failures of infrastructure that will pass: wait, never dead-letter.

    An error raised *from* such a failure (a translation at an adapter's edge) counts too.
    """
    if isinstance(error, ConnectionFailure | ExecutionTimeout | WTimeoutError):
        return True
    if isinstance(error, OperationFailure):
        return (
            error.code in _TRANSIENT_SERVER_CODES
            or error.has_error_label("RetryableWriteError")
            or error.has_error_label("TransientTransactionError")
        )
    if isinstance(error, KafkaError):
        return bool(getattr(error, "retriable", False))
    if isinstance(error, TimeoutError | ConnectionError):
        return True
    cause = error.__cause__
    return cause is not None and cause is not error and is_transient(cause)


class DeadLetterPublisher(Protocol):
    """The dead-letter writer's port to the broker (``kafka_bus.KafkaEventPublisher``): one
    record's bytes, untouched, with headers."""

    def publish_encoded(
        self, topic: str, *, key: str, payload: bytes, headers: Headers | None = None
    ) -> None:
        """Returns once the broker acknowledged the record; raises if it did not."""
        ...


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    #: Attempts at an event that fails for a permanent reason before it is dead-lettered.
    max_attempts: int = 3
    #: First wait between attempts, doubled each time up to ``max_backoff_s``.
    backoff_s: float = 0.2
    max_backoff_s: float = 5.0

    def __post_init__(self) -> None:
        if self.max_attempts < 1:
            raise ValueError("at least one attempt")


class DeadLetterWriter:
    """Publishes dead letters (with the idempotent acks=all producer), retrying until sent."""

    def __init__(
        self,
        publisher: DeadLetterPublisher,
        *,
        consumer: str,
        stop: threading.Event | None = None,
        retry_interval_s: float = 1.0,
    ) -> None:
        self._publisher = publisher
        self._consumer = consumer
        self._stop = stop or threading.Event()
        self._retry_interval_s = retry_interval_s
        self.sent = 0

    def send(
        self,
        *,
        topic: str,
        partition: int,
        offset: int,
        key: bytes | None,
        raw: bytes,
        error_class: str,
        attempts: int,
        event_id: str = "",
        replays: int = 0,
        source_headers: Sequence[tuple[str, bytes]] = (),
    ) -> None:
        """Publish one dead letter; returns once the broker has it. Raises only when asked
        to stop first (the offset then stays uncommitted and the event comes back).

        ``source_headers``: the record's own headers, kept (its signature, so a replay can
        verify it again), after the letter's."""
        headers: Headers = [
            ("pathways.error_class", error_class.encode()),
            ("pathways.source_topic", topic.encode()),
            ("pathways.source_partition", str(partition).encode()),
            ("pathways.source_offset", str(offset).encode()),
            ("pathways.attempts", str(attempts).encode()),
            ("pathways.consumer", self._consumer.encode()),
            ("pathways.dead_at", datetime.now(UTC).isoformat().encode()),
            ("pathways.replays", str(replays).encode()),
        ]
        if event_id:
            headers.append(("pathways.event_id", event_id.encode()))
        headers.extend(
            (name, bytes(value))
            for name, value in source_headers
            if name not in _LETTER_HEADERS and value is not None
        )
        target = dead_letter_topic(topic)
        while True:
            try:
                self._publisher.publish_encoded(
                    target,
                    key=(key or b"").decode("utf-8", errors="replace"),
                    payload=raw,
                    headers=headers,
                )
                break
            except Exception:
                _log.warning("could not publish a dead letter; will retry", topic=target)
                if self._stop.wait(self._retry_interval_s):
                    raise
        self.sent += 1
        _log.error(
            "dead-lettered an event",
            topic=topic,
            partition=partition,
            offset=offset,
            event_id=event_id,
            error_class=error_class,
            attempts=attempts,
        )

    def undecodable(self, record: UndecodableRecord) -> None:
        """Hook for :class:`~pathways_runtime.kafka_bus.KafkaEventConsumer`: poison records."""
        self.send(
            topic=record.topic,
            partition=record.partition,
            offset=record.offset,
            key=record.key,
            raw=record.raw,
            error_class=type(record.error).__name__,
            attempts=1,
            source_headers=record.headers,
        )


class Outcome(Enum):
    APPLIED = "applied"
    DEAD_LETTERED = "dead_lettered"
    STOPPED = "stopped"


def process_with_retries(
    event: ConsumedEvent,
    apply: Callable[[events_pb2.EventEnvelope], object],
    *,
    dead_letters: DeadLetterWriter,
    policy: RetryPolicy,
    stop: threading.Event,
) -> Outcome:
    """Apply ``event``: wait out transient failures, dead-letter permanent ones after
    ``policy.max_attempts``. STOPPED means: stop was asked first; do not commit."""
    attempts = 0
    delay = policy.backoff_s
    while not stop.is_set():
        try:
            apply(event.envelope)
            return Outcome.APPLIED
        except Exception as error:
            if is_transient(error):
                _log.warning(
                    "a dependency is unavailable; will retry the same event",
                    event_id=event.envelope.event_id,
                    error_class=type(error).__name__,
                )
            else:
                attempts += 1
                _log.warning(
                    "an event failed",
                    event_id=event.envelope.event_id,
                    event_type=event.envelope.event_type,
                    error_class=type(error).__name__,
                    attempt=attempts,
                )
                if attempts >= policy.max_attempts:
                    try:
                        dead_letters.send(
                            topic=event.topic,
                            partition=event.partition,
                            offset=event.offset,
                            key=event.key,
                            raw=event.raw,
                            error_class=type(error).__name__,
                            attempts=attempts,
                            event_id=event.envelope.event_id,
                            source_headers=event.headers,
                        )
                    except Exception:
                        return Outcome.STOPPED
                    return Outcome.DEAD_LETTERED
            stop.wait(delay)
            delay = min(delay * 2, policy.max_backoff_s)
    return Outcome.STOPPED


@dataclass
class ReplayReport:
    read: int = 0
    applied: int = 0
    #: Their event id was already processed (replayed before, or applied by a redelivery).
    already_processed: int = 0
    #: Still failing for a permanent reason: published to the DLQ again, for a later replay.
    dead_again: int = 0
    error_classes: dict[str, int] = field(default_factory=dict)

    def to_json(self) -> str:
        return json.dumps(
            {
                "read": self.read,
                "applied": self.applied,
                "already_processed": self.already_processed,
                "dead_again": self.dead_again,
                "error_classes": self.error_classes,
            },
            sort_keys=True,
        )


def _header(headers: Sequence[tuple[str, bytes]] | None, name: str, default: str = "") -> str:
    for key, value in headers or ():
        if key == name:
            return bytes(value).decode("utf-8", errors="replace")
    return default


def replay_dead_letters(
    *,
    bootstrap_servers: Sequence[str],
    topic: str,
    group_id: str,
    client_id: str,
    apply: Callable[[events_pb2.EventEnvelope], bool],
    dead_letters: DeadLetterWriter,
    limit: int | None = None,
    poll_timeout_ms: int = 1_000,
    idle_polls: int = 5,
    consumer_factory: Callable[..., Any] = KafkaConsumer,
    verify: VerifyRecord | None = None,
    security: KafkaSecurity = PLAINTEXT,
) -> ReplayReport:
    """Apply the dead letters of ``topic`` that arrived before this call, once each.

    ``apply`` applies an envelope the way the live consumer does (through its processed-
    event ids) and returns False when the id had been processed already. The replay's own
    position is committed in ``group_id`` after each letter, so a second run (or a run after
    a crash) starts where the last one ended and applies nothing twice. A letter that still
    fails for a permanent reason goes to the DLQ again (after the current end, so this run
    stops before it). A transient failure ends the run with the error, nothing committed for
    that letter: run it again later. ``verify`` checks each letter as its source topic's
    record (signature) before anything else; one it refuses is dead again, never applied.
    """
    report = ReplayReport()
    dlq = dead_letter_topic(topic)
    consumer = consumer_factory(
        **security.options(),
        bootstrap_servers=list(bootstrap_servers),
        group_id=group_id,
        client_id=client_id,
        enable_auto_commit=False,
        auto_offset_reset="earliest",
        isolation_level="read_committed",
    )
    try:
        partitions = consumer.partitions_for_topic(dlq) or set()
        assigned = [TopicPartition(dlq, p) for p in sorted(partitions)]
        if not assigned:
            return report
        consumer.assign(assigned)
        ends: dict[TopicPartition, int] = consumer.end_offsets(assigned)
        remaining = {tp for tp in assigned if consumer.position(tp) < ends[tp]}
        idle = 0
        while remaining and idle < idle_polls and (limit is None or report.read < limit):
            batch = consumer.poll(timeout_ms=poll_timeout_ms, max_records=100)
            idle = 0 if batch else idle + 1
            for tp, records in batch.items():
                for record in records:
                    if record.offset >= ends[tp] or (limit is not None and report.read >= limit):
                        break
                    report.read += 1
                    _replay_one(
                        record,
                        tp,
                        apply=apply,
                        dead_letters=dead_letters,
                        report=report,
                        verify=verify,
                    )
                    consumer.commit({tp: OffsetAndMetadata(record.offset + 1, "", -1)})
                if consumer.position(tp) >= ends[tp]:
                    remaining.discard(tp)
    finally:
        consumer.close(timeout_ms=CLOSE_TIMEOUT_MS)
    return report


def _replay_one(
    record: Any,
    tp: TopicPartition,
    *,
    apply: Callable[[events_pb2.EventEnvelope], bool],
    dead_letters: DeadLetterWriter,
    report: ReplayReport,
    verify: VerifyRecord | None = None,
) -> None:
    raw = bytes(record.value or b"")
    headers = [(k, bytes(v)) for k, v in record.headers or () if v is not None]
    replays = int(_header(record.headers, "pathways.replays", "0") or 0) + 1
    source = _header(record.headers, "pathways.source_topic", tp.topic.removesuffix(DLQ_SUFFIX))
    event_id = ""
    try:
        if verify is not None:
            verify(source, record.key, raw, headers)
        envelope = decode(raw)
        event_id = envelope.event_id
        if apply(envelope):
            report.applied += 1
        else:
            report.already_processed += 1
        return
    except Exception as error:
        if is_transient(error):
            raise
        failure: Exception = error
    if isinstance(failure, EnvelopeError):
        _log.warning("a dead letter is still not an event envelope", offset=record.offset)
    name = type(failure).__name__
    report.dead_again += 1
    report.error_classes[name] = report.error_classes.get(name, 0) + 1
    dead_letters.send(
        topic=source,
        partition=int(_header(record.headers, "pathways.source_partition", "-1")),
        offset=int(_header(record.headers, "pathways.source_offset", "-1")),
        key=record.key,
        raw=raw,
        error_class=name,
        attempts=int(_header(record.headers, "pathways.attempts", "0") or 0),
        event_id=event_id,
        replays=replays,
        source_headers=headers,
    )
