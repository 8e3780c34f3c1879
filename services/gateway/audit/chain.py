"""The audit trail as a hash chain: an edited, deleted or reordered entry is detectable.

Every entry carries a sequence number (1, 2, 3, ... with no gap), the hash of the entry
before it and its own hash::

    hash(n) = HMAC-SHA256(key, canonical(record(n)) + seq(n) + hash(n - 1))

The key (``PATHWAYS_AUDIT_CHAIN_SECRET``) never reaches the database, so someone who can
write to it can delete or change entries but cannot compute the hashes that would make the
chain whole again; :func:`verify_chain` then names the first sequence number that breaks.

Retention prunes the chain from its start only: before the oldest entries are deleted a
**checkpoint** (the last pruned sequence number and its hash, signed with the same key) is
stored, and verification starts from the newest valid checkpoint instead of from the
genesis hash. A deleted checkpoint shows up as missing entries; a forged one does not
verify.

What the chain cannot show on its own: entries removed from the *end* (the newest ones),
since nothing comes after them. ``verify-audit`` prints the head (sequence number and
hash) so an operator or a monitor can keep it elsewhere and compare.

All functions here are pure; the stores (MongoDB, and the unit tests' fake) do the I/O.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from enum import StrEnum
from typing import Protocol

from gateway.audit.records import AuditRecord, record_values

__all__ = [
    "GENESIS_HASH",
    "AuditChainStore",
    "ChainBreak",
    "ChainProblem",
    "ChainReport",
    "ChainedEntry",
    "Checkpoint",
    "canonical_at",
    "chain_key",
    "checkpoint_is_valid",
    "derive_chain_key",
    "entry_hash",
    "next_entry",
    "prunable_through",
    "settled_run",
    "sign_checkpoint",
    "verify_after",
    "verify_chain",
]

#: The "previous hash" of the first entry.
GENESIS_HASH = "0" * 64


def chain_key(secret: str) -> bytes:
    """The HMAC key derived from the configured secret (domain-separated from other keys)."""
    return hashlib.sha256(b"pathways-audit-chain:" + secret.encode()).digest()


def derive_chain_key(*, audit_chain_secret: str, cursor_secret: str) -> bytes:
    """The chain's key: its own secret when set, else one derived from the cursor secret."""
    return chain_key(audit_chain_secret or "cursor:" + cursor_secret)


def canonical_at(at: datetime) -> str:
    """The time as the database keeps it: UTC, milliseconds (BSON dates have no more)."""
    if at.tzinfo is None:
        at = at.replace(tzinfo=UTC)
    at = at.astimezone(UTC)
    return at.strftime("%Y-%m-%dT%H:%M:%S.") + f"{at.microsecond // 1000:03d}Z"


def _canonical(record: AuditRecord, *, seq: int, prev_hash: str) -> bytes:
    fields = record_values(record)
    fields["at"] = canonical_at(record.at)
    fields["seq"] = seq
    fields["prev_hash"] = prev_hash
    return json.dumps(fields, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode()


def entry_hash(key: bytes, record: AuditRecord, *, seq: int, prev_hash: str) -> str:
    return hmac.new(key, _canonical(record, seq=seq, prev_hash=prev_hash), "sha256").hexdigest()


@dataclass(frozen=True, slots=True)
class ChainedEntry:
    seq: int
    prev_hash: str
    hash: str
    record: AuditRecord


@dataclass(frozen=True, slots=True)
class Checkpoint:
    """Entries up to and including ``seq`` were pruned; entry ``seq`` hashed to ``hash``."""

    seq: int
    hash: str
    at: datetime
    mac: str


@dataclass(frozen=True, slots=True)
class SettledRun:
    """Entries that follow a position in order, as far as they have settled."""

    entries: list[ChainedEntry]
    #: Numbers passed over (holes old enough to be for good: an append that never landed).
    skipped: int
    #: Stopped at a hole that may still fill (an append in flight).
    waiting: bool


def settled_run(
    entries: Sequence[ChainedEntry], *, after: int, settled_before: datetime
) -> SettledRun:
    """The entries following ``after`` in ``seq`` order, up to the first hole that may
    still fill: one whose next entry was written after ``settled_before`` (numbers are
    taken before appends land, so a younger hole is an append in flight). Older holes are
    passed over and counted. The one rule for every reader that follows the chain (the
    audit relay, the chain watch)."""
    run: list[ChainedEntry] = []
    skipped = 0
    expected = after + 1
    for entry in sorted(entries, key=lambda e: e.seq):
        if entry.seq < expected:
            continue  # a number seen twice: the store's unique index should prevent it
        if entry.seq > expected:
            if entry.record.at > settled_before:
                return SettledRun(run, skipped, waiting=True)
            skipped += entry.seq - expected
        run.append(entry)
        expected = entry.seq + 1
    return SettledRun(run, skipped, waiting=False)


def _checkpoint_mac(key: bytes, *, seq: int, hash_: str, at: datetime) -> str:
    message = f"pathways-audit-checkpoint:{seq}:{hash_}:{canonical_at(at)}".encode()
    return hmac.new(key, message, "sha256").hexdigest()


def sign_checkpoint(key: bytes, *, seq: int, hash_: str, at: datetime) -> Checkpoint:
    return Checkpoint(
        seq=seq, hash=hash_, at=at, mac=_checkpoint_mac(key, seq=seq, hash_=hash_, at=at)
    )


def checkpoint_is_valid(key: bytes, checkpoint: Checkpoint) -> bool:
    expected = _checkpoint_mac(key, seq=checkpoint.seq, hash_=checkpoint.hash, at=checkpoint.at)
    return hmac.compare_digest(expected, checkpoint.mac)


def next_entry(key: bytes, *, head: tuple[int, str] | None, record: AuditRecord) -> ChainedEntry:
    """The entry that appends ``record`` after ``head`` ((seq, hash); None: empty chain)."""
    seq, prev_hash = (head[0] + 1, head[1]) if head is not None else (1, GENESIS_HASH)
    return ChainedEntry(
        seq=seq,
        prev_hash=prev_hash,
        hash=entry_hash(key, record, seq=seq, prev_hash=prev_hash),
        record=record,
    )


class ChainProblem(StrEnum):
    #: An entry's hash does not match its content: edited, or moved to another position.
    ALTERED = "altered"
    #: The sequence skips a number: one or more entries were deleted.
    MISSING = "missing"
    #: An entry names a previous hash other than its predecessor's.
    BROKEN_LINK = "broken_link"
    #: A sequence number appears twice or goes backwards.
    OUT_OF_ORDER = "out_of_order"
    #: A checkpoint whose signature does not verify (forged or edited).
    BAD_CHECKPOINT = "bad_checkpoint"


@dataclass(frozen=True, slots=True)
class ChainBreak:
    seq: int
    problem: ChainProblem

    def describe(self) -> str:
        return {
            ChainProblem.ALTERED: f"entry {self.seq} was altered or moved",
            ChainProblem.MISSING: f"entry {self.seq} is missing (deleted)",
            ChainProblem.BROKEN_LINK: f"entry {self.seq} does not follow its predecessor",
            ChainProblem.OUT_OF_ORDER: f"entry {self.seq} is out of order or duplicated",
            ChainProblem.BAD_CHECKPOINT: f"the checkpoint at {self.seq} is not genuine",
        }[self.problem]


@dataclass(frozen=True, slots=True)
class ChainReport:
    checked: int
    #: The last intact entry (seq, hash), or the checkpoint's when no entry follows it.
    head: tuple[int, str] | None
    #: The checkpoint verification started from, if any.
    checkpoint_seq: int | None
    first_break: ChainBreak | None

    @property
    def intact(self) -> bool:
        return self.first_break is None


def verify_chain(
    key: bytes, *, entries: Iterable[ChainedEntry], checkpoint: Checkpoint | None
) -> ChainReport:
    """Walk ``entries`` (in the order the store gives them: ascending seq) to the first break.

    Entries at or before the checkpoint are skipped: a pruning run deletes them after
    storing the checkpoint, and may have been interrupted in between.
    """
    if checkpoint is not None and not checkpoint_is_valid(key, checkpoint):
        return ChainReport(
            checked=0,
            head=None,
            checkpoint_seq=checkpoint.seq,
            first_break=ChainBreak(checkpoint.seq, ChainProblem.BAD_CHECKPOINT),
        )
    report = verify_after(
        key,
        entries=entries,
        head=(checkpoint.seq, checkpoint.hash) if checkpoint is not None else None,
    )
    return replace(report, checkpoint_seq=checkpoint.seq if checkpoint is not None else None)


def verify_after(
    key: bytes, *, entries: Iterable[ChainedEntry], head: tuple[int, str] | None
) -> ChainReport:
    """Walk ``entries`` (ascending seq) from a head already trusted: ``(seq, hash)`` of a
    verified entry or a genuine checkpoint, or None for the chain's start. Entries at or
    before the head are skipped."""
    expected_seq, expected_prev = (head[0] + 1, head[1]) if head is not None else (1, GENESIS_HASH)
    floor = head[0] if head is not None else 0
    checked = 0

    def broken(seq: int, problem: ChainProblem) -> ChainReport:
        return ChainReport(
            checked=checked, head=head, checkpoint_seq=None, first_break=ChainBreak(seq, problem)
        )

    for entry in entries:
        if entry.seq <= floor:
            continue
        if entry.seq < expected_seq:
            return broken(entry.seq, ChainProblem.OUT_OF_ORDER)
        if entry.seq > expected_seq:
            return broken(expected_seq, ChainProblem.MISSING)
        if not hmac.compare_digest(
            entry.hash, entry_hash(key, entry.record, seq=entry.seq, prev_hash=entry.prev_hash)
        ):
            return broken(entry.seq, ChainProblem.ALTERED)
        if entry.prev_hash != expected_prev:
            return broken(entry.seq, ChainProblem.BROKEN_LINK)
        checked += 1
        head = (entry.seq, entry.hash)
        expected_seq, expected_prev = entry.seq + 1, entry.hash
    return ChainReport(checked=checked, head=head, checkpoint_seq=None, first_break=None)


def prunable_through(entries: Iterable[ChainedEntry], *, cutoff: datetime) -> int | None:
    """The last seq of the chain's prefix older than ``cutoff``, always keeping the head.

    ``entries`` in ascending seq. The prefix stops at the first entry at or after the
    cutoff (instances' clocks differ a little, so a slightly older entry after it waits for
    the next run), and never includes the newest entry, so the chain always has a head.
    """
    last_old: int | None = None
    before_last: int | None = None
    for entry in entries:
        if entry.record.at >= cutoff:
            return last_old
        before_last, last_old = last_old, entry.seq
    # Every entry is older than the cutoff: prune all but the newest.
    return before_last


class AuditChainStore(Protocol):
    """What verification and pruning need from a store of chained entries."""

    def entries(self, *, after_seq: int = 0) -> Iterable[ChainedEntry]:
        """Chained entries with seq > ``after_seq``, in ascending seq."""
        ...

    def latest_checkpoint(self) -> Checkpoint | None: ...

    def add_checkpoint(self, checkpoint: Checkpoint) -> None:
        """Store a checkpoint (a second one at the same seq is ignored)."""

    def delete_through(self, seq: int) -> int:
        """Delete entries with seq <= ``seq``; returns how many went."""
        ...
