"""Keeps this instance's index current from opportunity events on Kafka.

Every matching instance reads every opportunity event (a consumer group of its own), so
each in-memory index converges whichever instance took the write. Events carry the whole
opportunity, and an older version never replaces a newer one, so redelivery and replays
are harmless.
"""

from __future__ import annotations

import threading
import time
import uuid
from collections.abc import Callable, Iterable

from kafka import KafkaConsumer, TopicPartition

from matching.adapters.event_mapping import OPPORTUNITIES_TOPIC
from matching.adapters.opportunity_index import OpportunityIndex
from matching.adapters.proto_mapping import opportunity_from_proto
from matching.domain.opportunity import Opportunity
from pathways.v1 import events_pb2
from pathways_runtime.envelopes import EnvelopeError, decode, unpack_payload
from pathways_runtime.log import get_logger

__all__ = ["IndexFeeder", "apply_event"]

_log = get_logger(__name__)


def apply_event(index: OpportunityIndex, data: bytes) -> None:
    """Apply one opportunity event to the index; anything else is ignored."""
    try:
        envelope = decode(data)
    except EnvelopeError:
        return
    if envelope.event_type == "OpportunityPosted":
        posted = unpack_payload(envelope, events_pb2.OpportunityPosted)
        index.upsert(opportunity_from_proto(posted.opportunity))
    elif envelope.event_type == "OpportunityUpdated":
        updated = unpack_payload(envelope, events_pb2.OpportunityUpdated)
        index.upsert(opportunity_from_proto(updated.opportunity))
    elif envelope.event_type == "OpportunityClosed":
        closed = unpack_payload(envelope, events_pb2.OpportunityClosed)
        known = index.version_of(closed.opportunity_id)
        if known is None or known <= closed.version:
            index.remove(closed.opportunity_id)


class IndexFeeder:
    """Fix positions first, then load everything, then follow: no update falls in between.

    Partitions are assigned by hand (no consumer group), read at startup; partitions added to
    the topic later are picked up at the next restart.
    """

    def __init__(
        self,
        *,
        index: OpportunityIndex,
        bootstrap_servers: list[str],
        load_all: Callable[[], Iterable[Opportunity]],
        instance: str | None = None,
    ) -> None:
        self._index = index
        self._load_all = load_all
        # No consumer group: every instance reads every partition itself, from the end.
        self._consumer = KafkaConsumer(
            bootstrap_servers=bootstrap_servers,
            group_id=None,
            client_id=f"matching-index-{instance or uuid.uuid4().hex[:12]}",
            enable_auto_commit=False,
            auto_offset_reset="latest",
        )
        self.ready = threading.Event()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="index-feeder", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join(timeout=15)
        self._consumer.close()

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                self._follow()
                return
            except Exception:
                _log.warning("index feeder failed; restarting", exc_info=True)
                self._stop.wait(2.0)

    def _follow(self) -> None:
        partitions = self._consumer.partitions_for_topic(OPPORTUNITIES_TOPIC)
        while not partitions:
            if self._stop.wait(0.2):
                return
            self._consumer.topics()  # refreshes metadata
            partitions = self._consumer.partitions_for_topic(OPPORTUNITIES_TOPIC)
        assigned = [TopicPartition(OPPORTUNITIES_TOPIC, p) for p in sorted(partitions)]
        self._consumer.assign(assigned)
        self._consumer.seek_to_end(*assigned)
        # Positions are fixed now; load what exists, then apply what arrives from here on.
        for partition in assigned:
            self._consumer.position(partition)
        started = time.monotonic()
        loaded = self._index.upsert_many(self._load_all())
        _log.info(
            "index built",
            opportunities=loaded,
            seconds=round(time.monotonic() - started, 2),
            non_zeros=self._index.nnz(),
        )
        self.ready.set()
        while not self._stop.is_set():
            batch = self._consumer.poll(timeout_ms=200, max_records=500)
            for records in batch.values():
                for record in records:
                    apply_event(self._index, record.value)
