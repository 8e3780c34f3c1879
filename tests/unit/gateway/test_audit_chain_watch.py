"""The audit chain's watch over in-memory fakes: it verifies what is new, finds every kind
of tampering among new entries, waits at a hole that may still fill, keeps a break until a
full check that started after it clears it, and starts again from a genuine retention
checkpoint."""

from __future__ import annotations

import dataclasses
from datetime import timedelta
from typing import Any

from gateway.audit.chain import ChainedEntry, ChainProblem, Checkpoint, sign_checkpoint
from gateway.audit.integrity import prune_audit, verify_audit
from gateway.audit.records import AuditRecord
from gateway.audit.watch import ChainStatus, ChainWatch, current_status, status_of_full_check
from gateway.ports import AuditEntrySource
from tests.unit.gateway.fakes import FakeAudit, FakeChainStatus, FakeClock, audit_record


class ChainSource(AuditEntrySource):
    """The watch's view of a ``FakeAudit`` chain, counting what it reads."""

    def __init__(self, audit: FakeAudit) -> None:
        self.audit = audit
        self.read = 0

    def entries_after(self, seq: int, *, limit: int) -> list[ChainedEntry]:
        found = self.audit.entries_after(seq, limit=limit)  # as the store reads (contract-tested)
        self.read += len(found)
        return found

    def latest_checkpoint(self) -> Checkpoint | None:
        return self.audit.latest_checkpoint()


class Statuses(FakeChainStatus):
    """The fake status store; ``during_next_pass`` is saved as the full check's result by
    "another process" right after the watch's next loads (a full check finishing while the
    pass verifies)."""

    def __init__(self) -> None:
        super().__init__()
        self.during_next_pass: ChainStatus | None = None

    def load_full_check(self) -> ChainStatus | None:
        loaded = super().load_full_check()
        if self.during_next_pass is not None:
            self.full_check, self.during_next_pass = self.during_next_pass, None
        return loaded


def _record(clock: FakeClock, n: int, **overrides: Any) -> AuditRecord:
    return audit_record(clock.now(), n, **overrides)


class World:
    def __init__(self, *, batch: int = 10) -> None:
        self.clock = FakeClock()
        self.audit = FakeAudit()
        self.source = ChainSource(self.audit)
        self.statuses = Statuses()
        self.watch = ChainWatch(
            source=self.source,
            statuses=self.statuses,
            key=self.audit.key,
            clock=self.clock,
            batch=batch,
            gap_grace=timedelta(seconds=60),
        )
        self.appended = 0

    def append(self, count: int) -> None:
        for _ in range(count):
            self.appended += 1
            self.audit.append(_record(self.clock, self.appended))

    def until_idle(self) -> ChainStatus:
        while True:
            status, verified = self.watch.check_once()
            if verified < self.watch.batch:
                return status

    def tamper(self, seq: int, **changes: Any) -> None:
        for i, entry in enumerate(self.audit.chained):
            if entry.seq == seq:
                self.audit.chained[i] = dataclasses.replace(entry, **changes)


def test_an_untouched_chain_is_verified_to_its_end_reading_each_entry_once() -> None:
    world = World(batch=10)
    world.append(25)
    status = world.until_idle()
    assert (status.intact, status.through_seq, status.checked) == (True, 25, 25)
    world.append(7)
    status = world.until_idle()
    assert (status.intact, status.through_seq, status.checked) == (True, 32, 32)
    # What is verified is not read again: the cost follows what is new.
    assert world.source.read == 32


def test_an_altered_new_entry_is_reported_and_the_break_stays() -> None:
    world = World()
    world.append(5)
    world.until_idle()
    world.append(5)
    original = world.audit.chained[7]
    world.tamper(8, record=dataclasses.replace(original.record, user_id="usr_someone_else"))
    status = world.until_idle()
    assert status.first_break is not None
    assert (status.first_break.seq, status.first_break.problem) == (8, ChainProblem.ALTERED)
    assert status.through_seq == 7
    # Putting the entry back (covering the tracks) does not clear what was seen: only an
    # operator's full check does.
    world.audit.chained[7] = original
    world.append(3)
    assert world.until_idle().first_break == status.first_break


def test_a_relinked_entry_is_a_broken_link() -> None:
    world = World()
    world.append(4)
    world.tamper(3, prev_hash="f" * 64)
    status = world.until_idle()
    assert status.first_break is not None
    # Its own hash no longer matches its content either way: it was changed.
    assert status.first_break.seq == 3


def test_a_hole_waits_while_it_may_fill_and_is_missing_once_old() -> None:
    world = World()
    world.append(6)
    world.audit.chained = [e for e in world.audit.chained if e.seq != 4]
    status = world.until_idle()
    assert (status.intact, status.through_seq) == (True, 3)  # entry 5 is young: wait
    world.clock.advance(61)
    status = world.until_idle()
    assert status.first_break is not None
    assert (status.first_break.seq, status.first_break.problem) == (4, ChainProblem.MISSING)


def test_a_full_check_finding_the_chain_intact_clears_a_break_and_the_watch_goes_on() -> None:
    world = World()
    world.append(4)
    original = world.audit.chained[1]
    world.tamper(2, record=dataclasses.replace(original.record, action="survivor.erase"))
    assert not world.until_idle().intact
    world.audit.chained[1] = original  # restored from a backup
    world.clock.advance(1)
    report = verify_audit(store=world.audit, key=world.audit.key)
    world.statuses.save_full_check(status_of_full_check(report, started=world.clock.now()))
    world.append(2)
    status = world.until_idle()
    assert (status.intact, status.through_seq) == (True, 6)
    assert status.full_check_at == world.clock.now()


def test_a_full_check_that_started_before_the_break_was_found_does_not_clear_it() -> None:
    world = World()
    world.append(4)
    world.until_idle()
    report = verify_audit(store=world.audit, key=world.audit.key)  # intact so far
    started = world.clock.now()
    world.clock.advance(1)
    world.append(2)
    world.tamper(6, prev_hash="f" * 64)
    assert not world.until_idle().intact
    world.statuses.save_full_check(status_of_full_check(report, started=started))
    status = world.until_idle()
    assert status.first_break is not None
    assert status.first_break.seq == 6
    assert status.full_check_at == started


def test_after_retention_the_watch_starts_from_a_genuine_checkpoint_only() -> None:
    world = World()
    world.clock.advance(-40 * 86400)
    world.append(5)
    world.clock.advance(40 * 86400)
    world.append(3)
    pruned = prune_audit(
        store=world.audit, key=world.audit.key, now=world.clock.now(), retention_days=30
    )
    assert pruned.checkpoint_seq == 5
    status = world.until_idle()
    assert (status.intact, status.through_seq, status.checked) == (True, 8, 3)

    forged = World()
    forged.append(3)
    good = forged.audit.chained[-1]
    forged.audit.checkpoints.append(
        dataclasses.replace(
            sign_checkpoint(forged.audit.key, seq=good.seq, hash_=good.hash, at=good.record.at),
            hash="0" * 64,  # edited after signing
        )
    )
    status = forged.until_idle()
    assert status.first_break is not None
    assert status.first_break.problem == ChainProblem.BAD_CHECKPOINT


def test_a_full_check_finishing_during_a_pass_is_never_overwritten_by_that_pass() -> None:
    # The operator's check finds an old entry changed while the watch verifies new ones;
    # the watch's pass started from its own "intact" status and must not hide the break,
    # then or on any later pass, until a full check finds the chain intact again.
    world = World()
    world.append(4)
    world.until_idle()
    original = world.audit.chained[0]
    world.tamper(1, record=dataclasses.replace(original.record, action="survivor.erase"))
    report = verify_audit(store=world.audit, key=world.audit.key)
    assert report.first_break is not None
    world.append(2)
    world.statuses.during_next_pass = status_of_full_check(report, started=world.clock.now())
    world.watch.check_once()
    seen = current_status(world.statuses.load(), world.statuses.load_full_check())
    assert seen is not None
    assert seen.first_break == report.first_break
    world.append(3)
    status = world.until_idle()
    assert status.first_break == report.first_break
    assert status.through_seq == 9  # the watch went on verifying what is new

    world.audit.chained[0] = original
    world.clock.advance(1)
    restored = verify_audit(store=world.audit, key=world.audit.key)
    world.statuses.save_full_check(status_of_full_check(restored, started=world.clock.now()))
    status = world.until_idle()
    assert (status.intact, status.through_seq) == (True, 9)
