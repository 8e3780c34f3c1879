"""Keeping the audit chain's verification status current, at the cost of what is new.

Administrators see whether the audit trail is intact (``GET /v1/audit/chain``, the console's
audit page). Verifying the whole chain on each request would cost what the chain holds (a
million entries here is a year of use), so the status is kept instead, in two small
documents (:class:`ChainStatusStore`), each with its own writer:

- the **watch** (:class:`ChainWatch`, run every few seconds by each gateway instance)
  verifies only the entries appended since the status was last written, from the verified
  head it stored (sequence number and hash), reading exactly the next ids;
- the operator's **full check** (``python -m gateway verify-audit``, a CronJob in
  Kubernetes) walks the whole chain from the retention checkpoint and stores its result,
  which catches an old entry changed after the watch had passed it.

What administrators see is the two combined (:func:`current_status`). A break, once found,
stays (the watch stops advancing at its own) until a full check that started after it was
found finds the chain intact again, for example after the store was restored from a
backup; the watch then goes on from that check's head.
A hole in the numbers may be an append still in flight: the watch waits for it until the
entry after it is ``gap_grace`` old, then reports the entry missing.

Pure logic over ports: the MongoDB status store is in ``gateway.adapters.chain_status``.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta

from gateway.audit.chain import (
    ChainBreak,
    ChainProblem,
    ChainReport,
    checkpoint_is_valid,
    settled_run,
    verify_after,
)
from gateway.ports import AuditEntrySource, ChainStatus, ChainStatusStore, Clock

__all__ = [
    "ChainStatus",
    "ChainStatusStore",
    "ChainWatch",
    "current_status",
    "status_of_full_check",
]


def status_of_full_check(report: ChainReport, *, started: datetime) -> ChainStatus:
    """What the operator's full check (``verify-audit``) stores: dated when it started,
    the moment from which every change it could have missed is a newer one."""
    seq, hash_ = report.head if report.head is not None else (0, "")
    return ChainStatus(
        through_seq=seq,
        head_hash=hash_,
        checked=report.checked,
        checked_at=started,
        first_break=report.first_break,
        full_check_at=started,
    )


def _clears(full: ChainStatus | None, watched: ChainStatus) -> bool:
    """A full check clears the watch's break if it found the chain intact and started no
    earlier than the watch stored the break (the watch stops at a break, so its
    ``checked_at`` is when it found it)."""
    return (
        full is not None
        and full.intact
        and not watched.intact
        and full.checked_at >= watched.checked_at
    )


def current_status(watched: ChainStatus | None, full: ChainStatus | None) -> ChainStatus | None:
    """The status administrators see, from the watches' and the last full check's.

    - a break the full check found stands until the next full check (the watches never
      clear it); with a break of the watches' own too, the earlier entry is named;
    - a break of the watches' own stands until a full check clears it (:func:`_clears`);
    - otherwise the watches' status, which reaches further, with when the full check ran.
    """
    if watched is None or full is None:
        return watched or full
    if _clears(full, watched):
        return full
    found = [b for b in (watched.first_break, full.first_break) if b is not None]
    return replace(
        watched,
        first_break=min(found, key=lambda b: b.seq) if found else None,
        full_check_at=full.checked_at,
    )


class ChainWatch:
    def __init__(
        self,
        *,
        source: AuditEntrySource,
        statuses: ChainStatusStore,
        key: bytes,
        clock: Clock,
        batch: int = 500,
        gap_grace: timedelta = timedelta(seconds=60),
    ) -> None:
        if batch < 1:
            raise ValueError("batch must be at least 1")
        self._source = source
        self._statuses = statuses
        self._key = key
        self._clock = clock
        self._gap_grace = gap_grace
        self.batch = batch

    def check_once(self) -> tuple[ChainStatus, int]:
        """Verify the next batch after the watches' stored head; the status administrators
        now see (:func:`current_status`) and how many entries this pass verified (``batch``
        of them: call again, more may wait)."""
        now = self._clock.now()
        stored = self._statuses.load()
        full = self._statuses.load_full_check()
        start = self._start(stored, full, now)
        if not start.intact:  # a break stays until a full check clears it
            if start != stored and not self._statuses.save_if_unchanged(start, loaded=stored):
                return self._current(full) or start, 0
            return self._current_of(start, full), 0
        # Up to the first hole that may still fill; an older hole is kept, and
        # verification reports the entry missing.
        entries = settled_run(
            self._source.entries_after(start.through_seq, limit=self.batch),
            after=start.through_seq,
            settled_before=now - self._gap_grace,
        ).entries
        report = verify_after(
            self._key,
            entries=entries,
            head=(start.through_seq, start.head_hash) if start.through_seq else None,
        )
        seq, hash_ = report.head if report.head is not None else (0, start.head_hash)
        status = replace(
            start,
            through_seq=seq,
            head_hash=hash_,
            checked=start.checked + report.checked,
            checked_at=now,
            first_break=report.first_break,
        )
        if not self._statuses.save_if_unchanged(status, loaded=stored):
            # Another instance's watch saved while this pass verified: the next pass goes
            # on from what it stored.
            return self._current(full) or status, 0
        return self._current_of(status, full), report.checked

    def _current(self, full: ChainStatus | None) -> ChainStatus | None:
        return current_status(self._statuses.load(), full)

    @staticmethod
    def _current_of(watched: ChainStatus, full: ChainStatus | None) -> ChainStatus:
        return current_status(watched, full) or watched

    def _start(
        self, stored: ChainStatus | None, full: ChainStatus | None, now: datetime
    ) -> ChainStatus:
        """Where this pass starts: the stored head; the head of a full check that cleared
        the stored break; or the retention checkpoint when there is nothing yet or
        retention has pruned past it (its signature checked first)."""
        if stored is not None and full is not None and _clears(full, stored):
            stored = replace(full, checked_at=now, full_check_at=None)
        checkpoint = self._source.latest_checkpoint()
        if checkpoint is not None and (stored is None or checkpoint.seq > stored.through_seq):
            if not checkpoint_is_valid(self._key, checkpoint):
                return ChainStatus(
                    through_seq=checkpoint.seq,
                    head_hash=checkpoint.hash,
                    checked=0,
                    checked_at=now,
                    first_break=ChainBreak(checkpoint.seq, ChainProblem.BAD_CHECKPOINT),
                )
            return ChainStatus(
                through_seq=checkpoint.seq, head_hash=checkpoint.hash, checked=0, checked_at=now
            )
        if stored is not None:
            return stored
        return ChainStatus(through_seq=0, head_hash="", checked=0, checked_at=now)
