"""Kafka entrypoint: matching's survivor events keep the pool (and groups) current.

Runs in the ``peer_groups`` consumer group, so instances share the partitions. Delivery is
at least once; the effect happens once:

* a polled batch's ids are looked up in ``processed_events_survivor_events`` (one query);
  known ids are skipped, the others applied, and their ids recorded *after* the effects
  (a pool upsert, group writes: other documents, so one atomic write cannot hold both on
  FerretDB v1). The effects are idempotent anyway (a state is applied only if newer, an
  erasure twice is one erasure), which covers a crash between effect and record;
* the batch's offsets are committed only after that (one request per batch, so a lost
  broker costs one timeout, not one per event), so a crash redelivers rather than loses;
* a database or broker outage is waited out on the same event (never dead-lettered);
* an event that fails for another reason ``dead_letter_after`` times, or a record that is not
  an envelope, goes to ``survivors.v1.dlq`` and the consumer moves on.
  ``python -m peer_groups replay-dead-letters`` applies them again, idempotently.

Only matching's events are applied: before anything else, each record's signature
(``pathways_runtime.event_signatures``) must verify with one of matching's public keys for
this topic and this key. A record that does not (unsigned, an unknown key, a signature of
other bytes: forged, tampered, or moved from another topic or survivor) is never applied: it
goes to the DLQ at once with its headers and the error class (``UnsignedEvent``,
``UnknownEventKey``, ``BadEventSignature``), logged by position only, and the offset moves
on. The replay verifies each letter again.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import TypeVar

from kafka.errors import KafkaError

from pathways.v1 import events_pb2
from pathways_runtime.dead_letters import (
    DeadLetterWriter,
    Outcome,
    RetryPolicy,
    is_transient,
    process_with_retries,
)
from pathways_runtime.envelopes import unpack_payload
from pathways_runtime.event_signatures import EventVerifier, UntrustedEvent
from pathways_runtime.failpoints import failpoint
from pathways_runtime.kafka_bus import ConsumedEvent, KafkaEventConsumer
from pathways_runtime.kafka_security import PLAINTEXT, KafkaSecurity
from pathways_runtime.log import get_logger
from pathways_runtime.processed_events import ProcessedEvents
from peer_groups.adapters.event_mapping import SURVIVORS_TOPIC, SurvivorKeyErased
from peer_groups.domain.pool import PoolMember
from peer_groups.service_layer.handlers import (
    Ports,
    apply_survivor_erased,
    apply_survivor_state,
)

__all__ = [
    "CONSUMER_GROUP",
    "PROCESSED_EVENTS_CONSUMER",
    "SurvivorEventsConsumer",
    "apply_survivor_event",
    "handle_survivor_event",
]

T = TypeVar("T")

CONSUMER_GROUP = "peer_groups"
#: Name of this consumer's processed-event ids (collection ``processed_events_<name>``).
PROCESSED_EVENTS_CONSUMER = "survivor_events"

_log = get_logger(__name__)


#: Opens a SurvivorUpserted into what the pool keeps (``adapters.event_mapping.pool_member``
#: with the service's field crypto: the event's sealed fields need the survivor's key).
UnsealState = Callable[[events_pb2.SurvivorUpserted], PoolMember]


def handle_survivor_event(
    envelope: events_pb2.EventEnvelope, *, ports: Ports, unseal_state: UnsealState
) -> bool:
    """Apply one survivor event; events peer groups does not need are ignored.

    Returns whether anything changed (False for an older state, or an ignored type).
    """
    if envelope.event_type == "SurvivorUpserted":
        try:
            state = unseal_state(unpack_payload(envelope, events_pb2.SurvivorUpserted))
        except SurvivorKeyErased:
            # An old event of a survivor erased since: their key is gone, and so are they.
            return False
        return apply_survivor_state(state, ports=ports)
    if envelope.event_type == "SurvivorErased":
        message = unpack_payload(envelope, events_pb2.SurvivorErased)
        apply_survivor_erased(message.survivor_id, ports=ports)
        return True
    return False


def apply_survivor_event(
    envelope: events_pb2.EventEnvelope,
    *,
    ports: Ports,
    processed: ProcessedEvents,
    unseal_state: UnsealState,
) -> bool:
    """Apply the event unless its id was processed; record the id after the effect.

    Returns False when the id had been processed before (a redelivery).
    """

    def effect() -> bool:
        changed = handle_survivor_event(envelope, ports=ports, unseal_state=unseal_state)
        _log.debug("applied a survivor event", event_id=envelope.event_id, changed=changed)
        return changed

    if processed.apply_once(envelope.event_id, effect, event_type=envelope.event_type) is None:
        _log.info("skipped an event already processed", event_id=envelope.event_id)
        return False
    return True


class SurvivorEventsConsumer:
    def __init__(
        self,
        *,
        ports: Ports,
        processed: ProcessedEvents,
        dead_letters: DeadLetterWriter,
        unseal_state: UnsealState,
        verifier: EventVerifier,
        bootstrap_servers: list[str],
        client_id: str,
        security: KafkaSecurity = PLAINTEXT,
        group_id: str = CONSUMER_GROUP,
        retry_policy: RetryPolicy | None = None,
        stop: threading.Event | None = None,
        lanes: int = 4,
        consumer_factory: Callable[..., KafkaEventConsumer] = KafkaEventConsumer,
    ) -> None:
        self._ports = ports
        self._open_state = unseal_state
        self._verifier = verifier
        self._processed = processed
        self._dead_letters = dead_letters
        self._policy = retry_policy or RetryPolicy()
        self._stop = stop or threading.Event()
        self._consumer = consumer_factory(
            bootstrap_servers=bootstrap_servers,
            group_id=group_id,
            topics=[SURVIVORS_TOPIC],
            client_id=client_id,
            security=security,
            on_undecodable=dead_letters.undecodable,
        )
        self._thread = threading.Thread(target=self._loop, name="survivor-events", daemon=True)
        #: Different survivors' events of a batch are applied side by side on these.
        self._lanes = ThreadPoolExecutor(
            max_workers=max(1, lanes), thread_name_prefix="survivor-events-lane"
        )
        self.applied = 0
        self.dead_lettered = 0
        #: Records refused for their signature (dead-lettered, never applied).
        self.untrusted = 0

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join(timeout=30)
        self._lanes.shutdown(wait=True)
        self._consumer.close()

    def lag(self) -> int:
        return self._consumer.lag()

    def _effect(self, envelope: events_pb2.EventEnvelope) -> bool:
        changed = handle_survivor_event(envelope, ports=self._ports, unseal_state=self._open_state)
        _log.debug("applied a survivor event", event_id=envelope.event_id, changed=changed)
        return changed

    def _loop(self) -> None:
        while not self._stop.is_set():
            try:
                batch = self._consumer.poll(timeout_ms=500)
            except Exception:  # broker away (or stopping while a poison record waited)
                if not self._stop.is_set():
                    _log.warning("could not poll survivor events; will retry", exc_info=True)
                    self._stop.wait(1.0)
                continue
            if batch and not self._handle_batch(batch):
                return

    def _until_done(self, what: Callable[[], T]) -> T | None:
        """Run a database step, waiting out outages; None only when stopping first."""
        delay = 0.2
        while not self._stop.is_set():
            try:
                return what()
            except Exception as error:
                if not is_transient(error):
                    raise
                _log.warning("database unavailable; will retry", error_class=type(error).__name__)
                self._stop.wait(delay)
                delay = min(delay * 2, 5.0)
        return None

    def _handle_batch(self, batch: list[ConsumedEvent]) -> bool:
        """Skip processed ids, apply the rest (or dead-letter them), record the applied ids,
        then commit the batch. False only when stopping first (the rest is redelivered).

        A survivor's events are applied in order, one after another; different survivors'
        side by side (``lanes`` of them): each event waits on a few store round trips, so
        one at a time a backlog (a restart, a burst of registrations) drained at tens of
        events a second while an erasure waited its turn behind it."""
        ids = [event.envelope.event_id for event in batch]
        seen = self._until_done(lambda: self._processed.seen_among(ids))
        if seen is None:
            return False
        lanes: dict[bytes | None, list[ConsumedEvent]] = {}
        for event in batch:
            lanes.setdefault(event.key, []).append(event)
        if None in lanes or len(lanes) == 1:
            # Events without a key have no order of their own to keep: all in one lane.
            outcomes = [self._apply_lane(batch, seen)]
        else:
            outcomes = list(
                self._lanes.map(lambda lane: self._apply_lane(lane, seen), lanes.values())
            )
        handled = [event for lane in outcomes for event, _ in lane]
        applied = [
            event.envelope.event_id
            for lane in outcomes
            for event, outcome in lane
            if outcome is Outcome.APPLIED
        ]
        stopped = any(outcome is Outcome.STOPPED for lane in outcomes for _, outcome in lane)
        self.applied += len(applied)
        self.dead_lettered += sum(
            outcome is Outcome.DEAD_LETTERED for lane in outcomes for _, outcome in lane
        )
        # Ids after their effects (effects are idempotent: a crash here only repeats them).
        if applied and self._until_done(lambda: self._processed.record_many(applied)) is None:
            return False
        failpoint("consumer.after_record")
        if stopped:
            # Some lane stopped half way: commit nothing (a later offset of its partition
            # would skip what it did not apply); the batch comes again and skips by id.
            return False
        try:
            self._consumer.commit_many(handled, timeout_ms=5_000)
        except KafkaError:
            # The next commit covers these; after a rebalance the new owner gets them again
            # and skips them by id.
            _log.warning("could not commit survivor events' offsets", events=len(handled))
        return True

    def _refused(self, event: ConsumedEvent) -> Outcome | None:
        """None if matching signed ``event`` for its topic and key; else it is dead-lettered
        at once (DEAD_LETTERED, or STOPPED when stopping first) and never applied.

        Nothing the record says is logged or recorded as its own (its event id is the
        sender's word): its position and the error class only."""
        try:
            self._verifier.verify(
                topic=event.topic, key=event.key, value=event.raw, headers=event.headers
            )
        except UntrustedEvent as error:
            self.untrusted += 1
            _log.warning(
                "refused a survivor event not signed by matching",
                topic=event.topic,
                partition=event.partition,
                offset=event.offset,
                error_class=type(error).__name__,
            )
            try:
                self._dead_letters.send(
                    topic=event.topic,
                    partition=event.partition,
                    offset=event.offset,
                    key=event.key,
                    raw=event.raw,
                    error_class=type(error).__name__,
                    attempts=1,
                    source_headers=event.headers,
                )
            except Exception:
                return Outcome.STOPPED
            return Outcome.DEAD_LETTERED
        return None

    def _apply_lane(
        self, events: list[ConsumedEvent], seen: set[str]
    ) -> list[tuple[ConsumedEvent, Outcome | None]]:
        """One lane's events in order: (event, outcome), None for an id already processed;
        ends with STOPPED when stopping first."""
        done: list[tuple[ConsumedEvent, Outcome | None]] = []
        applied_here: set[str] = set()
        for event in events:
            refused = self._refused(event)
            if refused is not None:
                done.append((event, refused))
                if refused is Outcome.STOPPED:
                    break
                continue
            event_id = event.envelope.event_id
            if event_id in seen or event_id in applied_here:
                _log.info("skipped an event already processed", event_id=event_id)
                done.append((event, None))
                continue
            outcome = process_with_retries(
                event,
                self._effect,
                dead_letters=self._dead_letters,
                policy=self._policy,
                stop=self._stop,
            )
            done.append((event, outcome))
            if outcome is Outcome.STOPPED:
                break
            failpoint("consumer.after_effect")
            applied_here.add(event_id)  # a second copy in this lane is skipped
        return done
