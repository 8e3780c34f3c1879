"""Keeping the audit chain's verification status current, at the cost of what is new.

Administrators see whether the audit trail is intact (``GET /v1/audit/chain``, the console's
audit page). Verifying the whole chain on each request would cost what the chain holds (a
million entries here is a year of use), so the status is kept instead, in one small
document (:class:`ChainStatusStore`):

- the **watch** (:class:`ChainWatch`, run every few seconds by each gateway instance)
  verifies only the entries appended since the status was last written, from the verified
  head it stored (sequence number and hash), reading exactly the next ids;
- the operator's **full check** (``python -m gateway verify-audit``, a CronJob in
  Kubernetes) walks the whole chain from the retention checkpoint and stores its result,
  which catches an old entry changed after the watch had passed it.

A break, once found, stays in the status (the watch stops advancing) until a full check
finds the chain intact again, for example after the store was restored from a backup.
A hole in the numbers may be an append still in flight: the watch waits for it until the
entry after it is ``gap_grace`` old, then reports the entry missing.

Pure logic over ports: the MongoDB status store is in ``gateway.adapters.mongo_audit``.
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

__all__ = ["ChainStatus", "ChainStatusStore", "ChainWatch", "status_of_full_check"]


def status_of_full_check(report: ChainReport, *, now: datetime) -> ChainStatus:
    """What the operator's full check (``verify-audit``) stores."""
    seq, hash_ = report.head if report.head is not None else (0, "")
    return ChainStatus(
        through_seq=seq,
        head_hash=hash_,
        checked=report.checked,
        checked_at=now,
        first_break=report.first_break,
        full_check_at=now,
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
        """Verify the next batch after the stored head; the status stored and how many
        entries this pass verified (``batch`` of them: call again, more may wait)."""
        now = self._clock.now()
        stored = self._statuses.load()
        start = self._start(stored, now)
        if not start.intact:  # a break stays until a full check clears it
            if start != stored and not self._statuses.save_if_unchanged(start, loaded=stored):
                return self._statuses.load() or start, 0
            return start, 0
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
            # A full check saved while this pass verified: its result stands (a break it
            # found must not be overwritten by this pass's older view); the next pass
            # goes on from it.
            return self._statuses.load() or status, 0
        return status, report.checked

    def _start(self, stored: ChainStatus | None, now: datetime) -> ChainStatus:
        """Where this pass starts: the stored head, or the retention checkpoint when there
        is none yet or retention has pruned past it (its signature checked first)."""
        checkpoint = self._source.latest_checkpoint()
        if checkpoint is not None and (stored is None or checkpoint.seq > stored.through_seq):
            if not checkpoint_is_valid(self._key, checkpoint):
                return ChainStatus(
                    through_seq=checkpoint.seq,
                    head_hash=checkpoint.hash,
                    checked=0,
                    checked_at=now,
                    first_break=ChainBreak(checkpoint.seq, ChainProblem.BAD_CHECKPOINT),
                    full_check_at=stored.full_check_at if stored is not None else None,
                )
            return ChainStatus(
                through_seq=checkpoint.seq,
                head_hash=checkpoint.hash,
                checked=0,
                checked_at=now,
                full_check_at=stored.full_check_at if stored is not None else None,
            )
        if stored is not None:
            return stored
        return ChainStatus(through_seq=0, head_hash="", checked=0, checked_at=now)
