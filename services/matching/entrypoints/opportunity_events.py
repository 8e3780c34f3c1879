"""Keeps this instance's index current from opportunity events on Kafka.

Every matching instance reads every opportunity event (a consumer group of its own), so
each in-memory index converges whichever instance took the write. Events carry the whole
opportunity, and an older version never replaces a newer one, so redelivery and replays
are harmless.

With a snapshot store the feeder starts from the last snapshot instead of reading every
opportunity from the database: it restores the index, replays the events after the
offsets the snapshot recorded up to the end of each partition as it was at start, and only
then reports ready. It falls back to the full rebuild when there is no usable snapshot or
when the events it would need are gone (retention) or belong to another topic.

Only events matching signed reach the index (``pathways_runtime.event_signatures``): a
record on the topic that matching's key did not sign is skipped while following (the
database, which the record never touched, stays the truth), and makes a restore from a
snapshot fall back to the full rebuild (so an unsigned record never shapes the index, and
nothing a signed one would have said is lost).
"""

from __future__ import annotations

import threading
import time
import uuid
from collections.abc import Callable, Iterable
from typing import Any, Protocol

from kafka import KafkaConsumer, TopicPartition

from matching.adapters.event_mapping import OPPORTUNITIES_TOPIC
from matching.adapters.index_snapshot import Snapshot, decode_opportunity
from matching.adapters.opportunity_index import OpportunityIndex
from matching.adapters.proto_mapping import opportunity_from_proto
from matching.domain.opportunity import Opportunity
from pathways.v1 import events_pb2, matching_pb2
from pathways_runtime.envelopes import EnvelopeError, decode, unpack_payload
from pathways_runtime.event_signatures import EventVerifier
from pathways_runtime.kafka_bus import IDLE_FETCH_WAIT_MS
from pathways_runtime.kafka_security import PLAINTEXT, KafkaSecurity
from pathways_runtime.log import get_logger

__all__ = ["IndexFeeder", "SnapshotStore", "apply_event", "replay_events"]

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


def replay_events(index: OpportunityIndex, payloads: Iterable[bytes]) -> int:
    """Apply many events at once, as ``apply_event`` one by one would; returns how many.

    Per opportunity only the event of the highest version matters (a later one wins a
    tie), so a long backlog costs one batched upsert rather than one per event. An event
    whose version the index holds already (this instance's own write, which its handler
    indexed before answering; a redelivery) is not converted at all: the index would
    refuse it anyway.
    """
    latest: dict[str, tuple[int, Opportunity | None]] = {}
    applied = 0
    for data in payloads:
        try:
            envelope = decode(data)
        except EnvelopeError:
            continue
        message: matching_pb2.Opportunity | None = None
        if envelope.event_type == "OpportunityPosted":
            message = unpack_payload(envelope, events_pb2.OpportunityPosted).opportunity
        elif envelope.event_type == "OpportunityUpdated":
            message = unpack_payload(envelope, events_pb2.OpportunityUpdated).opportunity
        if message is not None:
            held = index.version_of(message.opportunity_id)
            if held is not None and message.version <= held:
                applied += 1
                continue
            found: tuple[str, int, Opportunity | None] = _upserted(message)
        elif envelope.event_type == "OpportunityClosed":
            closed = unpack_payload(envelope, events_pb2.OpportunityClosed)
            found = (closed.opportunity_id, closed.version, None)
        else:
            continue
        applied += 1
        opportunity_id, version, opportunity = found
        known = latest.get(opportunity_id)
        if known is None or version >= known[0]:
            latest[opportunity_id] = (version, opportunity)
    index.upsert_many(o for _, o in latest.values() if o is not None)
    for opportunity_id, (version, opportunity) in latest.items():
        if opportunity is None:
            current = index.version_of(opportunity_id)
            if current is not None and current <= version:
                index.remove(opportunity_id)
    return applied


def _upserted(message: matching_pb2.Opportunity) -> tuple[str, int, Opportunity | None]:
    opportunity = opportunity_from_proto(message)
    return opportunity.opportunity_id, opportunity.version, opportunity


class UnsignedOpportunityEvent(Exception):
    """A record since the snapshot that matching's key did not sign: rebuild instead."""


class SnapshotStore(Protocol):
    """Where the feeder keeps its index snapshot (``FileSnapshotStore``, or a fake)."""

    def load(self) -> Snapshot | None: ...

    def save(self, snapshot: Snapshot) -> int: ...


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
        security: KafkaSecurity = PLAINTEXT,
        instance: str | None = None,
        snapshots: SnapshotStore | None = None,
        snapshot_interval_s: float = 300.0,
        consumer_factory: Callable[..., KafkaConsumer] = KafkaConsumer,
        verifier: EventVerifier | None = None,
    ) -> None:
        #: Whose events are applied (matching's key); None: every record (tests only).
        self._verifier = verifier
        self.untrusted = 0
        self._index = index
        self._load_all = load_all
        self._snapshots = snapshots
        self._snapshot_interval_s = snapshot_interval_s
        self._next_snapshot = 0.0
        self._changed = False
        self._assigned: list[TopicPartition] = []
        #: How the index was first filled: "snapshot" or "database" (once ready).
        self.source = ""
        # No consumer group: every instance reads every partition itself, from the end.
        self._consumer = consumer_factory(
            **security.options(),
            bootstrap_servers=bootstrap_servers,
            group_id=None,
            client_id=f"matching-index-{instance or uuid.uuid4().hex[:12]}",
            enable_auto_commit=False,
            auto_offset_reset="latest",
            fetch_max_wait_ms=IDLE_FETCH_WAIT_MS,
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
        self._assigned = assigned
        self._consumer.assign(assigned)
        self._consumer.seek_to_end(*assigned)
        # Positions are fixed now; load what exists, then apply what arrives from here on.
        ends = {tp.partition: self._consumer.position(tp) for tp in assigned}
        if self.ready.is_set():  # following again after a failure: top up as before
            self._index.upsert_many(self._load_all())
        else:
            if not self._restore(assigned, ends):
                self._rebuild()
            self.ready.set()
            self._save_snapshot(force=self.source == "database")
        while not self._stop.is_set():
            batch = self._consumer.poll(timeout_ms=200, max_records=500)
            # All of a poll at once (one upsert), as one by one would give: a burst of
            # updates costs one pass over the index, not one per event.
            payloads = [
                record.value
                for records in batch.values()
                for record in records
                if self._trusted(record)
            ]
            if payloads:
                replay_events(self._index, payloads)
                self._changed = True
            if self._changed and time.monotonic() >= self._next_snapshot:
                self._save_snapshot()
        self._save_snapshot()  # graceful stop: the next start replays nothing

    def _trusted(self, record: Any) -> bool:
        """Whether matching's key signed ``record`` for its topic and key (logged if not,
        by position only)."""
        if self._verifier is None:
            return True
        if self._verifier.trusts(
            topic=record.topic,
            key=record.key,
            value=bytes(record.value or b""),
            headers=record.headers,
        ):
            return True
        self.untrusted += 1
        _log.warning(
            "skipped an opportunity event not signed by matching",
            topic=record.topic,
            partition=record.partition,
            offset=record.offset,
        )
        return False

    def _rebuild(self) -> None:
        started = time.monotonic()
        self._index.clear()
        loaded = self._index.upsert_many(self._load_all())
        self.source = "database"
        _log.info(
            "index built",
            opportunities=loaded,
            read_from_database=loaded,
            seconds=round(time.monotonic() - started, 2),
            non_zeros=self._index.nnz(),
        )

    def _restore(self, assigned: list[TopicPartition], ends: dict[int, int]) -> bool:
        """Snapshot, then the events after it up to ``ends``; False: rebuild instead."""
        if self._snapshots is None:
            return False
        started = time.monotonic()
        snapshot = self._snapshots.load()
        if snapshot is None:
            return False
        if set(snapshot.offsets) != set(ends):
            _log.warning("index snapshot ignored", reason="partitions differ")
            return False
        beginnings = self._consumer.beginning_offsets(assigned)
        for tp in assigned:
            offset = snapshot.offsets[tp.partition]
            if offset < beginnings[tp] or offset > ends[tp.partition]:
                _log.warning(
                    "index snapshot ignored",
                    reason="events since it are no longer on the topic",
                    partition=tp.partition,
                )
                return False
        try:
            self._index.restore(snapshot.state, decode=decode_opportunity)
            loaded = time.monotonic() - started
            for tp in assigned:
                self._consumer.seek(tp, snapshot.offsets[tp.partition])
            payloads: list[bytes] = []
            while any(self._consumer.position(tp) < ends[tp.partition] for tp in assigned):
                if self._stop.is_set():
                    raise RuntimeError("stopped while catching up")
                batch = self._consumer.poll(timeout_ms=500, max_records=5_000)
                for records in batch.values():
                    for record in records:
                        if not self._trusted(record):
                            raise UnsignedOpportunityEvent("an event since the snapshot")
                        payloads.append(record.value)
            replayed = replay_events(self._index, payloads)
            if replayed:  # a restored state is compact already
                self._index.compact()
        except Exception:
            _log.warning("index snapshot could not be restored; rebuilding", exc_info=True)
            self._index.clear()
            for tp in assigned:
                self._consumer.seek(tp, ends[tp.partition])
            return False
        self.source = "snapshot"
        self._changed = replayed > 0
        _log.info(
            "index restored from snapshot",
            opportunities=len(self._index),
            events_replayed=replayed,
            read_from_database=0,
            load_seconds=round(loaded, 2),
            seconds=round(time.monotonic() - started, 2),
        )
        return True

    def _save_snapshot(self, *, force: bool = False) -> None:
        """Write the index with the positions it reflects; a failure is only logged."""
        if self._snapshots is None or not self.ready.is_set():
            return
        if not (force or self._changed):
            return
        self._next_snapshot = time.monotonic() + self._snapshot_interval_s
        try:
            started = time.monotonic()
            # Called between polls on this thread: every record before these positions has
            # been applied. Writes from gRPC handlers in the meantime are at least as new
            # as their events, which a replay then leaves alone.
            offsets = {tp.partition: self._consumer.position(tp) for tp in self._assigned}
            size = self._snapshots.save(Snapshot(state=self._index.export_state(), offsets=offsets))
            self._changed = False
            _log.info(
                "index snapshot written",
                opportunities=len(self._index),
                bytes=size,
                seconds=round(time.monotonic() - started, 2),
            )
        except Exception:
            _log.warning("index snapshot could not be written", exc_info=True)
