"""Verifying the audit chain, and pruning its oldest entries without breaking it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Protocol, runtime_checkable

from gateway.audit.chain import (
    AuditChainStore,
    ChainReport,
    prunable_through,
    sign_checkpoint,
    verify_chain,
)

__all__ = ["AuditPruning", "PublishedPosition", "prune_audit", "verify_audit"]


@runtime_checkable
class PublishedPosition(Protocol):
    """A store that knows how far the chain was published to ``audit.v1``."""

    def published_through(self) -> int | None:
        """The last published sequence number; None when nothing publishes the chain."""
        ...


def verify_audit(*, store: AuditChainStore, key: bytes) -> ChainReport:
    checkpoint = store.latest_checkpoint()
    after = checkpoint.seq if checkpoint is not None else 0
    return verify_chain(key, entries=store.entries(after_seq=after), checkpoint=checkpoint)


@dataclass(frozen=True, slots=True)
class AuditPruning:
    deleted: int
    #: The checkpoint the chain now starts from (None: nothing was ever pruned).
    checkpoint_seq: int | None
    #: Set when the chain was broken: nothing is pruned then, so no evidence is lost.
    refused: str | None = None


def prune_audit(
    *, store: AuditChainStore, key: bytes, now: datetime, retention_days: int
) -> AuditPruning:
    """Delete entries older than ``retention_days`` from the start of the chain.

    Verifies first (pruning a tampered chain behind a fresh checkpoint would launder the
    tampering), then stores a signed checkpoint at the last entry to go, then deletes.
    Never past what the audit relay has published (when the store knows it), so an entry
    is not deleted before it reached ``audit.v1``.
    Safe to rerun at any point: an interrupted run left a checkpoint that the next run
    finds, and deleting what is already gone deletes nothing.
    """
    checkpoint = store.latest_checkpoint()
    current = checkpoint.seq if checkpoint is not None else None
    if retention_days <= 0:
        return AuditPruning(deleted=0, checkpoint_seq=current)
    report = verify_audit(store=store, key=key)
    if report.first_break is not None:
        return AuditPruning(
            deleted=0, checkpoint_seq=current, refused=report.first_break.describe()
        )
    after = current if current is not None else 0
    cutoff = now - timedelta(days=retention_days)
    through = prunable_through(store.entries(after_seq=after), cutoff=cutoff)
    published = store.published_through() if isinstance(store, PublishedPosition) else None
    if through is not None and published is not None:
        through = min(through, published) if published > after else None
    if through is None:
        # Nothing new to prune; finish what an interrupted run may have left behind.
        return AuditPruning(
            deleted=store.delete_through(current) if current is not None else 0,
            checkpoint_seq=current,
        )
    last = next(iter(store.entries(after_seq=through - 1)))
    store.add_checkpoint(sign_checkpoint(key, seq=last.seq, hash_=last.hash, at=now))
    return AuditPruning(deleted=store.delete_through(last.seq), checkpoint_seq=last.seq)
