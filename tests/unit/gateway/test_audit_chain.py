"""The audit trail is a hash chain: any edit, deletion or reordering is found and named."""

from __future__ import annotations

import hmac
import json
import threading
from dataclasses import fields, replace
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from gateway.audit.chain import (
    ChainedEntry,
    ChainProblem,
    chain_key,
    entry_hash,
    next_entry,
    prunable_through,
    settled_run,
    sign_checkpoint,
    verify_chain,
)
from gateway.audit.integrity import prune_audit, verify_audit
from gateway.audit.records import AuditOutcome, AuditRecord, Purpose
from gateway.config import GatewaySettings
from tests.unit.gateway.fakes import FakeAudit, audit_record

START = datetime(2025, 3, 1, 8, 0, tzinfo=UTC)


def _record(n: int, *, at: datetime | None = None) -> AuditRecord:
    return AuditRecord(
        id=f"aud_{n:06d}",
        at=at if at is not None else START + timedelta(minutes=n),
        user_id="usr_1",
        organisation_id="org_1",
        role="reintegration_officer",
        action="survivor.read",
        purpose=Purpose.CASE_MANAGEMENT,
        outcome=AuditOutcome.SUCCEEDED,
        request_id=f"req-{n}",
        survivor_id="srv_1",
        survivor_organisation_id="org_1",
    )


def _audit(count: int) -> FakeAudit:
    audit = FakeAudit()
    for n in range(1, count + 1):
        audit.append(_record(n))
    return audit


def test_entries_are_numbered_and_each_names_its_predecessors_hash() -> None:
    audit = _audit(3)
    entries = audit.entries()
    assert [e.seq for e in entries] == [1, 2, 3]
    assert entries[0].prev_hash == "0" * 64
    assert entries[1].prev_hash == entries[0].hash
    assert entries[2].prev_hash == entries[1].hash
    report = verify_audit(store=audit, key=audit.key)
    assert report.intact
    assert report.checked == 3
    assert report.head == (3, entries[2].hash)


def test_an_empty_trail_is_intact() -> None:
    audit = FakeAudit()
    report = verify_audit(store=audit, key=audit.key)
    assert report.intact
    assert report.checked == 0
    assert report.head is None


def test_an_edited_entry_is_named() -> None:
    audit = _audit(5)
    third = audit.chained[2]
    audit.chained[2] = replace(third, record=replace(third.record, survivor_id="srv_other"))
    report = verify_audit(store=audit, key=audit.key)
    assert report.first_break is not None
    assert (report.first_break.seq, report.first_break.problem) == (3, ChainProblem.ALTERED)
    assert report.checked == 2


def test_an_edit_whose_hash_is_recomputed_without_the_key_is_still_found() -> None:
    audit = _audit(4)
    forger = FakeAudit(key=chain_key("a guess at the key"))
    second = audit.chained[1]
    edited = replace(second.record, outcome=AuditOutcome.DENIED)
    # Someone with database access rebuilds the hash, but can only guess at the key.
    audit.chained[1] = replace(
        second,
        record=edited,
        hash=entry_hash(forger.key, edited, seq=2, prev_hash=second.prev_hash),
    )
    report = verify_audit(store=audit, key=audit.key)
    assert report.first_break is not None
    assert report.first_break.seq == 2


def test_a_deleted_entry_is_named() -> None:
    audit = _audit(5)
    del audit.chained[3]
    report = verify_audit(store=audit, key=audit.key)
    assert report.first_break is not None
    assert (report.first_break.seq, report.first_break.problem) == (4, ChainProblem.MISSING)


def test_a_deleted_first_entry_is_named() -> None:
    audit = _audit(3)
    del audit.chained[0]
    report = verify_audit(store=audit, key=audit.key)
    assert report.first_break is not None
    assert (report.first_break.seq, report.first_break.problem) == (1, ChainProblem.MISSING)


def test_reordered_entries_are_found() -> None:
    audit = _audit(5)
    second, fourth = audit.chained[1], audit.chained[3]
    # Swap their places in the sequence: each now sits where its hash does not fit.
    audit.chained[1] = replace(fourth, seq=2)
    audit.chained[3] = replace(second, seq=4)
    report = verify_audit(store=audit, key=audit.key)
    assert report.first_break is not None
    assert (report.first_break.seq, report.first_break.problem) == (2, ChainProblem.ALTERED)


def test_an_entry_moved_with_its_links_rewritten_breaks_the_chain() -> None:
    audit = _audit(4)
    # Replace entry 3 by a genuine-looking copy of entry 2 (same hash, same link).
    audit.chained[2] = replace(audit.chained[1], seq=3)
    report = verify_audit(store=audit, key=audit.key)
    assert report.first_break is not None
    assert report.first_break.seq == 3


def test_a_duplicated_sequence_number_is_found() -> None:
    audit = _audit(3)
    audit.chained.append(audit.chained[1])
    report = verify_audit(store=audit, key=audit.key)
    assert report.first_break is not None
    assert report.first_break.problem is ChainProblem.OUT_OF_ORDER


def test_concurrent_appends_keep_one_chain() -> None:
    audit = FakeAudit()

    def append_many(offset: int) -> None:
        for n in range(50):
            audit.append(_record(offset + n))

    threads = [threading.Thread(target=append_many, args=(1000 * t,)) for t in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(e.seq for e in audit.chained) == list(range(1, 201))
    assert verify_audit(store=audit, key=audit.key).intact


def test_the_time_is_hashed_as_the_database_keeps_it() -> None:
    key = chain_key("k")
    precise = _record(1, at=START + timedelta(microseconds=123_456))
    stored = replace(precise, at=(START + timedelta(microseconds=123_000)).replace(tzinfo=None))
    entry = next_entry(key, head=None, record=precise)
    report = verify_chain(key, entries=[replace(entry, record=stored)], checkpoint=None)
    assert report.intact


# --- pruning behind a checkpoint ----------------------------------------------------------


def test_pruning_removes_old_entries_and_the_chain_still_verifies() -> None:
    audit = FakeAudit()
    for n in range(1, 11):
        audit.append(_record(n, at=START + timedelta(days=n)))
    now = START + timedelta(days=20)
    first = prune_audit(store=audit, key=audit.key, now=now, retention_days=14)
    # Entries of days 1..5 are older than 14 days at day 20.
    assert first.deleted == 5
    assert first.checkpoint_seq == 5
    assert [e.seq for e in audit.entries()] == [6, 7, 8, 9, 10]
    assert verify_audit(store=audit, key=audit.key).intact
    again = prune_audit(store=audit, key=audit.key, now=now, retention_days=14)
    assert again.deleted == 0
    assert again.checkpoint_seq == 5
    audit.append(_record(11, at=now))
    assert audit.entries()[-1].seq == 11
    assert verify_audit(store=audit, key=audit.key).intact


def test_pruning_always_keeps_the_newest_entry() -> None:
    audit = _audit(3)
    result = prune_audit(
        store=audit, key=audit.key, now=START + timedelta(days=400), retention_days=30
    )
    assert result.deleted == 2
    assert [e.seq for e in audit.entries()] == [3]
    assert verify_audit(store=audit, key=audit.key).intact


def test_retention_zero_keeps_everything() -> None:
    audit = _audit(3)
    result = prune_audit(
        store=audit, key=audit.key, now=START + timedelta(days=400), retention_days=0
    )
    assert result.deleted == 0
    assert len(audit.entries()) == 3


def test_a_tampered_chain_is_not_pruned() -> None:
    audit = _audit(5)
    del audit.chained[1]
    result = prune_audit(
        store=audit, key=audit.key, now=START + timedelta(days=400), retention_days=30
    )
    assert result.deleted == 0
    assert result.refused is not None
    assert "2" in result.refused
    assert len(audit.chained) == 4


def test_an_interrupted_pruning_is_finished_by_the_next_run() -> None:
    audit = _audit(6)
    last_old = audit.entries()[2]
    # The checkpoint was stored, then the process died before deleting.
    audit.add_checkpoint(sign_checkpoint(audit.key, seq=3, hash_=last_old.hash, at=START))
    assert verify_audit(store=audit, key=audit.key).intact
    result = prune_audit(store=audit, key=audit.key, now=START, retention_days=30)
    assert result.deleted == 3
    assert [e.seq for e in audit.entries()] == [4, 5, 6]


def test_a_forged_or_deleted_checkpoint_is_found() -> None:
    audit = _audit(6)
    prune_audit(store=audit, key=audit.key, now=START + timedelta(days=400), retention_days=30)
    genuine = audit.checkpoints[0]
    audit.checkpoints[0] = replace(genuine, seq=genuine.seq + 1)
    report = verify_audit(store=audit, key=audit.key)
    assert report.first_break is not None
    assert report.first_break.problem is ChainProblem.BAD_CHECKPOINT
    audit.checkpoints.clear()
    report = verify_audit(store=audit, key=audit.key)
    assert report.first_break is not None
    assert (report.first_break.seq, report.first_break.problem) == (1, ChainProblem.MISSING)


@pytest.mark.parametrize(
    ("ages_in_days", "expected"),
    [
        ([], None),
        ([1], None),  # the head always stays
        ([40, 35, 31], 2),
        ([40, 35, 10, 5], 2),
        ([10, 40, 35], None),  # the prefix stops at the first recent entry
        ([40, 10, 35], 1),
    ],
)
def test_only_a_prefix_of_old_entries_is_prunable(
    ages_in_days: list[int], expected: int | None
) -> None:
    key = chain_key("k")
    now = START + timedelta(days=100)
    audit = FakeAudit(key=key)
    for n, age in enumerate(ages_in_days, start=1):
        audit.append(_record(n, at=now - timedelta(days=age)))
    assert prunable_through(audit.entries(), cutoff=now - timedelta(days=30)) == expected


def test_the_chain_key_comes_from_its_own_secret_or_else_the_cursor_secret() -> None:
    derived = GatewaySettings(cursor_secret="c" * 40)
    own = GatewaySettings(cursor_secret="c" * 40, audit_chain_secret="a" * 40)
    assert derived.audit_chain_key != own.audit_chain_key
    assert own.audit_chain_key == GatewaySettings(audit_chain_secret="a" * 40).audit_chain_key


def test_a_short_chain_secret_is_refused_in_production() -> None:
    with pytest.raises(ValueError, match="PATHWAYS_AUDIT_CHAIN_SECRET"):
        GatewaySettings(
            environment="production",
            jwt_secret="y" * 40,
            cursor_secret="x" * 40,
            audit_chain_secret="short",
        )
    GatewaySettings(environment="production", jwt_secret="y" * 40, cursor_secret="x" * 40)


def test_every_field_of_a_record_is_hashed() -> None:
    """A field the hash leaves out could be edited without a trace: changing any one field
    of a record, however it was added, must change the entry's hash."""
    key = chain_key("k" * 32)
    record = _record(1)
    others = {
        str: "changed",
        datetime: START + timedelta(days=1),
        Purpose: Purpose.AUDIT_REVIEW,
        AuditOutcome: AuditOutcome.DENIED,
        type(None): "now-set",
    }
    original = entry_hash(key, record, seq=1, prev_hash="")
    for field in fields(AuditRecord):
        current = getattr(record, field.name)
        change: dict[str, Any] = {field.name: others[type(current)]}  # any field, its type
        changed = replace(record, **change)
        assert entry_hash(key, changed, seq=1, prev_hash="") != original, field.name


def test_the_hashed_form_of_a_record_is_unchanged() -> None:
    """Chains written before stay verifiable: the hash input is sorted, compact JSON of the
    record's fields (``at`` in UTC to the millisecond), ``seq`` and ``prev_hash``."""
    record = _record(7)
    expected = (
        '{"action":"survivor.read","at":"2025-03-01T08:07:00.000Z","id":"aud_000007",'
        '"organisation_id":"org_1","outcome":"succeeded","prev_hash":"abc",'
        '"purpose":"case_management","request_id":"req-7","role":"reintegration_officer",'
        '"seq":7,"survivor_id":"srv_1","survivor_organisation_id":"org_1",'
        f'"target_id":{json.dumps(record.target_id)},"user_id":"usr_1"}}'
    )
    key = chain_key("k" * 32)
    assert (
        entry_hash(key, record, seq=7, prev_hash="abc")
        == hmac.new(key, expected.encode(), "sha256").hexdigest()
    )


def test_a_run_stops_at_a_young_hole_and_passes_over_an_old_one() -> None:
    t0 = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)

    def entry(seq: int, minute: int) -> ChainedEntry:
        record = audit_record(t0 + timedelta(minutes=minute), seq)
        return ChainedEntry(seq, "0" * 64, "0" * 64, record)

    settled_before = t0 + timedelta(minutes=5)
    # 3 is missing and 4 was written long ago: 3 will never come (skipped); 7 is missing
    # and 8 is younger than the grace: 7 may still land, so the run stops before 8.
    given = [entry(n, 1) for n in (5, 1, 2, 4, 6)] + [entry(8, 9)]
    run = settled_run(given, after=0, settled_before=settled_before)
    assert [e.seq for e in run.entries] == [1, 2, 4, 5, 6]
    assert run.skipped == 1
    assert run.waiting
    # Past the old entries only: nothing waits, a number seen twice counts once.
    again = settled_run([entry(2, 1), entry(3, 1), entry(3, 1)], after=1, settled_before=t0)
    assert [e.seq for e in again.entries] == [2, 3]
    assert (again.skipped, again.waiting) == (0, False)
