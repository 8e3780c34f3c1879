"""Publishing the audit chain to Kafka from inside the gateway process.

- :class:`MongoAuditRelayPosition`: the relay's position, one small document in the
  gateway's database (``audit_relay``, ``_id`` = the topic), moved forward only by a
  conditional update; the audit entries themselves are never written.
- :class:`KafkaAuditPublisher`: the project's durable producer settings
  (``pathways_runtime.kafka_bus.producer_config``: acks=all, idempotent) and a batch send
  that returns only once the broker acknowledged every event.
- :class:`AuditRelayWorker`: the background thread the app starts and stops with its
  lifespan. It connects to Kafka lazily and retries with a growing pause while the broker
  (or MongoDB) is away, so the gateway starts and serves without them; the entries wait in
  the chain and go out once the broker is back.

On MongoDB the conditional update is atomic, so racing relays of several instances never
lower the position. FerretDB v1 applies updates by read-modify-write without isolation,
so two advances at the same moment may leave the lower number: then some entries go out
again, which consumers drop by ``event_id``. Either way no instance ever stores a number it
has not published through, so nothing is lost.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from typing import Any

from kafka import KafkaProducer
from pymongo.database import Database
from pymongo.errors import DuplicateKeyError

from gateway.audit.events import AUDIT_TOPIC
from gateway.audit.relay import AuditEventRelay, RelayPass
from gateway.ports import AuditEntrySource, AuditRelayPosition, Clock
from pathways.v1 import events_pb2
from pathways_runtime.envelopes import encode
from pathways_runtime.kafka_bus import (
    KafkaEventPublisher,
    ensure_topics,
    kafka_reachable,
    producer_config,
)
from pathways_runtime.kafka_security import PLAINTEXT, KafkaSecurity
from pathways_runtime.log import get_logger

__all__ = [
    "POSITION_COLLECTION",
    "AuditRelayWorker",
    "KafkaAuditPublisher",
    "MongoAuditRelayPosition",
    "kafka_audit_relay",
    "published_through",
]

_log = get_logger(__name__)

Document = dict[str, Any]

#: The collection of the relay's position (one document per topic).
POSITION_COLLECTION = "audit_relay"
#: How long the relay waits for a broker to answer before it tries again later.
_REACH_TIMEOUT_MS = 2_000


def published_through(db: Database[Document], *, topic: str = AUDIT_TOPIC) -> int | None:
    """The relay's stored position, or None when no relay ever stored one."""
    document = db[POSITION_COLLECTION].find_one({"_id": topic}, projection={"seq": 1})
    return int(document["seq"]) if document is not None else None


class MongoAuditRelayPosition:
    def __init__(self, db: Database[Document], *, topic: str = AUDIT_TOPIC) -> None:
        self._db = db
        self._collection = db[POSITION_COLLECTION]
        self._topic = topic

    def published_through(self) -> int:
        found = published_through(self._db, topic=self._topic)
        return found if found is not None else 0

    def advance(self, seq: int) -> bool:
        # Matches only a lower position; when the document does not exist yet the upsert
        # creates it, and when it holds seq or more the upsert's insert collides on _id.
        try:
            result = self._collection.update_one(
                {"_id": self._topic, "seq": {"$lt": seq}},
                {"$set": {"seq": seq, "updated_at": datetime.now(UTC)}},
                upsert=True,
            )
        except DuplicateKeyError:
            return False
        return result.matched_count == 1 or result.upserted_id is not None


class KafkaAuditPublisher:
    """Sends a batch, then waits for every acknowledgement (acks=all, idempotent)."""

    def __init__(
        self,
        *,
        bootstrap_servers: Sequence[str],
        client_id: str = "gateway-audit",
        security: KafkaSecurity = PLAINTEXT,
        send_timeout_s: float = 10.0,
        producer_factory: Callable[..., Any] = KafkaProducer,
    ) -> None:
        config = producer_config(
            bootstrap_servers=bootstrap_servers, client_id=client_id, security=security
        )
        self._producer = producer_factory(**config)
        KafkaEventPublisher.verify_durability(self._producer.config)
        self._send_timeout_s = send_timeout_s

    def publish_all(self, topic: str, envelopes: Sequence[events_pb2.EventEnvelope]) -> None:
        futures = [
            self._producer.send(topic, key=envelope.aggregate_key.encode(), value=encode(envelope))
            for envelope in envelopes
        ]
        self._producer.flush(timeout=self._send_timeout_s)
        for future in futures:
            future.get(timeout=self._send_timeout_s)

    def close(self) -> None:
        self._producer.close(timeout=self._send_timeout_s)


class AuditRelayWorker:
    """Runs the relay in a daemon thread: a pass, then a pause unless there is more.

    ``connect`` builds the relay and returns it with a closer (it creates the topic and the
    Kafka producer, so it may fail while the broker is away and is retried).
    """

    def __init__(
        self,
        connect: Callable[[], tuple[AuditEventRelay, Callable[[], None]]],
        *,
        interval_s: float,
        max_backoff_s: float = 30.0,
    ) -> None:
        self._connect = connect
        self._interval_s = interval_s
        self._max_backoff_s = max(max_backoff_s, interval_s)
        self._stop = threading.Event()
        self._wake = threading.Event()
        self._thread = threading.Thread(target=self._run, name="gateway-audit-relay", daemon=True)
        self._relay: AuditEventRelay | None = None
        self._close: Callable[[], None] | None = None
        #: Events published since start (for tests and metrics).
        self.published = 0
        self.last_pass: RelayPass | None = None

    def start(self) -> None:
        self._thread.start()

    def stop(self, *, timeout_s: float = 15.0) -> None:
        self._stop.set()
        self._wake.set()
        if self._thread.is_alive():
            self._thread.join(timeout=timeout_s)
        self._disconnect()

    def _disconnect(self) -> None:
        close, self._close, self._relay = self._close, None, None
        if close is not None:
            with contextlib.suppress(Exception):
                close()

    def _run(self) -> None:
        failures = 0
        while not self._stop.is_set():
            try:
                if self._relay is None:
                    self._relay, self._close = self._connect()
                result = self._relay.relay_once()
            except Exception as error:
                # Broker or database away: nothing was marked published; retry later. The
                # type only: messages may quote what the client was handed.
                failures += 1
                pause = min(self._interval_s * 2**failures, self._max_backoff_s)
                _log.warning(
                    "audit_events_not_published",
                    error_type=type(error).__name__,
                    retry_in_s=round(pause, 1),
                )
                self._stop.wait(pause)
                continue
            failures = 0
            self.published += result.published
            self.last_pass = result
            if result.skipped:
                _log.warning(
                    "audit_events_skipped",
                    skipped=result.skipped,
                    position=result.position,
                    reason="entries missing from the chain (deleted or pruned unpublished)",
                )
            if self._relay is not None and result.published >= self._relay.batch:
                continue  # more is waiting
            self._wake.wait(self._interval_s)
            self._wake.clear()


def kafka_audit_relay(
    *,
    source: AuditEntrySource,
    position: AuditRelayPosition,
    clock: Clock,
    bootstrap_servers: Sequence[str],
    partitions: int,
    batch: int,
    security: KafkaSecurity = PLAINTEXT,
) -> tuple[AuditEventRelay, Callable[[], None]]:
    """Create the topic if needed and a durable producer; the relay over them.

    Asks first whether a broker answers within a short deadline: creating the topic or the
    producer against an absent broker blocks for long, which would hold up a clean stop.
    """
    if not kafka_reachable(
        bootstrap_servers=bootstrap_servers, timeout_ms=_REACH_TIMEOUT_MS, security=security
    ):
        raise ConnectionError("no Kafka broker answered")
    ensure_topics(
        bootstrap_servers=bootstrap_servers,
        topics=[AUDIT_TOPIC],
        partitions=partitions,
        security=security,
    )
    publisher = KafkaAuditPublisher(bootstrap_servers=bootstrap_servers, security=security)
    relay = AuditEventRelay(
        source=source, position=position, sink=publisher, clock=clock, batch=batch
    )
    return relay, publisher.close
