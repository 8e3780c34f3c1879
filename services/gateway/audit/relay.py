"""Publishing the audit chain to ``audit.v1``: what one pass of the relay does.

The relay reads the entries after the last published sequence number, publishes them (the
sink returns only once the broker acknowledged every one) and only then stores the new
position. At least once: a crash or an outage between publishing and storing the position
publishes those entries again, and consumers apply each ``event_id`` (the record id) once.
The entries themselves are never touched; the position is a separate small document.

Several gateway instances each run a relay. The position only moves forward
(``AuditRelayPosition.advance`` stores a number only over a lower one) and every instance
stores only a number it has published through, so whichever wins, nothing unpublished is
ever marked published; a lost race costs duplicates, never events.

Gaps: sequence numbers are gapless when entries are appended, so a hole after the position
is either an append not yet visible (wait) or an entry deleted from the database (it will
never come; ``verify-audit`` reports it). The relay waits at a hole until the entry after
it is ``gap_grace`` old, then passes over it and says how many numbers it skipped.
Entries pruned by retention before they were published (the retention job does not prune
past the position, so only if the position was lost or the relay was off) are skipped the
same way, from the retention checkpoint.

Pure logic over ports (no I/O here): the MongoDB and Kafka adapters are in
``gateway.adapters.audit_events``, in-memory fakes in the unit tests.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from gateway.audit.chain import settled_run
from gateway.audit.events import AUDIT_TOPIC, audit_event
from gateway.ports import AuditEntrySource, AuditEventSink, AuditRelayPosition, Clock

__all__ = ["AuditEventRelay", "RelayPass"]


@dataclass(frozen=True, slots=True)
class RelayPass:
    #: Entries published in this pass.
    published: int
    #: The position after the pass.
    position: int
    #: Sequence numbers passed over without an entry (deleted, or pruned unpublished).
    skipped: int = 0
    #: True when the pass stopped at a hole that may still fill (an append in flight).
    waiting_at_gap: bool = False
    #: False when another relay had stored this position or a later one first.
    stored: bool = True


class AuditEventRelay:
    def __init__(
        self,
        *,
        source: AuditEntrySource,
        position: AuditRelayPosition,
        sink: AuditEventSink,
        clock: Clock,
        batch: int = 500,
        gap_grace: timedelta = timedelta(seconds=60),
        topic: str = AUDIT_TOPIC,
    ) -> None:
        if batch < 1:
            raise ValueError("batch must be at least 1")
        self._source = source
        self._position = position
        self._sink = sink
        self._clock = clock
        self._batch = batch
        self._gap_grace = gap_grace
        self._topic = topic

    @property
    def batch(self) -> int:
        return self._batch

    def relay_once(self) -> RelayPass:
        """Publish the next batch after the stored position, then store the new position."""
        stored = self._position.published_through()
        start = stored
        skipped = 0
        checkpoint = self._source.latest_checkpoint()
        if checkpoint is not None and checkpoint.seq > start:
            skipped += checkpoint.seq - start
            start = checkpoint.seq
        settled = settled_run(
            self._source.entries_after(start, limit=self._batch),
            after=start,
            settled_before=self._clock.now() - self._gap_grace,
        )
        run, waiting = settled.entries, settled.waiting
        skipped += settled.skipped
        if run:
            # Raises when the broker did not take them all: the position stays, they go
            # out again on the next pass.
            self._sink.publish_all(self._topic, [audit_event(entry) for entry in run])
        end = run[-1].seq if run else start
        stored_now = self._position.advance(end) if end > stored else True
        return RelayPass(
            published=len(run),
            position=max(end, stored),
            skipped=skipped,
            waiting_at_gap=waiting,
            stored=stored_now,
        )
