"""Kafka entrypoint: matching's survivor events keep the pool (and groups) current.

Runs in the ``peer_groups`` consumer group, so instances share the partitions. Each event's
effect is made durable before its offset is committed; the handlers are idempotent (a state
is applied only if newer, an erasure twice is one erasure), so a redelivery after a crash
changes nothing. A database outage is waited out on the same event; an event that can never
be applied (malformed) is logged by id and skipped (dead letters come with issue 6).
"""

from __future__ import annotations

import threading

from pymongo.errors import PyMongoError

from pathways.v1 import events_pb2
from pathways_runtime.envelopes import EnvelopeError, unpack_payload
from pathways_runtime.kafka_bus import ConsumedEvent, KafkaEventConsumer
from pathways_runtime.log import get_logger
from peer_groups.adapters.event_mapping import SURVIVORS_TOPIC, pool_member
from peer_groups.domain.errors import PeerGroupsError
from peer_groups.service_layer.handlers import (
    Ports,
    apply_survivor_erased,
    apply_survivor_state,
)

__all__ = ["CONSUMER_GROUP", "SurvivorEventsConsumer", "handle_survivor_event"]

CONSUMER_GROUP = "peer_groups"

_log = get_logger(__name__)


def handle_survivor_event(envelope: events_pb2.EventEnvelope, *, ports: Ports) -> None:
    """Apply one survivor event; events peer groups does not need are ignored."""
    if envelope.event_type == "SurvivorUpserted":
        apply_survivor_state(
            pool_member(unpack_payload(envelope, events_pb2.SurvivorUpserted)), ports=ports
        )
    elif envelope.event_type == "SurvivorErased":
        message = unpack_payload(envelope, events_pb2.SurvivorErased)
        apply_survivor_erased(message.survivor_id, ports=ports)


class SurvivorEventsConsumer:
    def __init__(
        self,
        *,
        ports: Ports,
        bootstrap_servers: list[str],
        client_id: str,
        group_id: str = CONSUMER_GROUP,
    ) -> None:
        self._ports = ports
        self._consumer = KafkaEventConsumer(
            bootstrap_servers=bootstrap_servers,
            group_id=group_id,
            topics=[SURVIVORS_TOPIC],
            client_id=client_id,
        )
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._loop, name="survivor-events", daemon=True)
        self.applied = 0

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join(timeout=30)
        self._consumer.close()

    def _loop(self) -> None:
        while not self._stop.is_set():
            try:
                batch = self._consumer.poll(timeout_ms=500)
            except Exception:  # broker away: keep trying
                _log.warning("could not poll survivor events; will retry", exc_info=True)
                self._stop.wait(1.0)
                continue
            for event in batch:
                if not self._apply(event):
                    return
                self._consumer.commit(event)

    def _apply(self, event: ConsumedEvent) -> bool:
        """Apply until durable; False only when stopping first."""
        delay = 0.2
        while not self._stop.is_set():
            try:
                handle_survivor_event(event.envelope, ports=self._ports)
                self.applied += 1
                return True
            except (EnvelopeError, PeerGroupsError, ValueError):
                _log.error(
                    "skipped a survivor event that cannot be applied",
                    event_id=event.envelope.event_id,
                    event_type=event.envelope.event_type,
                )
                return True
            except PyMongoError:
                _log.warning("database unavailable; will retry the survivor event")
                self._stop.wait(delay)
                delay = min(delay * 2, 5.0)
        return False
