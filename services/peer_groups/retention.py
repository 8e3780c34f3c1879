"""``python -m peer_groups retention``: remove what peer groups no longer needs to keep.

Two data classes, each with its own setting (days; 0 keeps for ever):

- **Closed groups' member lists** (``PATHWAYS_CLOSED_GROUP_MEMBERS_RETENTION_DAYS``): that
  many days after a group closed, who was in it (pseudonymous ids, aliases, states) is
  removed; the group's own settings and dates stay. Marked ``members_removed_at``.
- **Pool tombstones** (``PATHWAYS_POOL_TOMBSTONE_RETENTION_DAYS``): an erased survivor's
  pool entry is a tombstone (their id only) so that a late, older ``SurvivorUpserted``
  cannot bring them back. Once ``survivors.v1``'s retention has removed every event older
  than the erasure, there is nothing left to guard against: set this above that retention.
  (A late event would be refused anyway: the survivor's data key is gone.) Tombstones carry
  no date, so the job stamps ``erased_at`` the first time it sees one and deletes it that
  many days later.

The job also compacts the pool's buckets (``pool_buckets``, the index of who is open to
groups by language and place): entries of people no longer open there, or erased, go.
They are harmless meanwhile (readers check each member), this only keeps the buckets small.

Survivors' pool entries do not expire here: they leave by erasure (``SurvivorErased``).
Each step acts only on what has expired when it runs and marks it, so a second run, or a
run after a crash, removes nothing more.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from peer_groups.config import PeerGroupsSettings

__all__ = ["PeerGroupsRetention", "PeerGroupsRetentionResult", "cutoff", "run"]


def cutoff(*, now: datetime, retention_days: int) -> datetime | None:
    """Data dated at or before this has expired; None when it is kept for ever (0 days)."""
    return now - timedelta(days=retention_days) if retention_days > 0 else None


class _Groups(Protocol):
    def remove_members_closed_before(self, cutoff: datetime, *, at: datetime) -> int: ...


class _Pool(Protocol):
    def stamp_tombstones(self, *, at: datetime) -> int: ...

    def delete_tombstones_before(self, cutoff: datetime) -> int: ...

    def compact_buckets(self) -> int: ...


class _Operations(Protocol):
    def delete_expired(self, *, now: datetime) -> int: ...


@dataclass(frozen=True, slots=True)
class PeerGroupsRetentionResult:
    member_lists_removed: int
    tombstones_dated: int
    tombstones_deleted: int
    pool_bucket_entries_removed: int = 0
    proposal_operations_deleted: int = 0


class PeerGroupsRetention:
    def __init__(
        self,
        *,
        groups: _Groups,
        pool: _Pool,
        closed_group_members_days: int,
        tombstone_days: int,
        operations: _Operations | None = None,
    ) -> None:
        self._groups = groups
        self._pool = pool
        self._operations = operations
        self._closed_group_members_days = closed_group_members_days
        self._tombstone_days = tombstone_days

    def run(self, *, now: datetime) -> PeerGroupsRetentionResult:
        removed = dated = deleted = 0
        groups_cutoff = cutoff(now=now, retention_days=self._closed_group_members_days)
        if groups_cutoff is not None:
            removed = self._groups.remove_members_closed_before(groups_cutoff, at=now)
        tombstone_cutoff = cutoff(now=now, retention_days=self._tombstone_days)
        if tombstone_cutoff is not None:
            dated = self._pool.stamp_tombstones(at=now)
            deleted = self._pool.delete_tombstones_before(tombstone_cutoff)
        compacted = self._pool.compact_buckets()
        # Proposal operations are kept a day (their own expiry, not a setting): they name
        # groups and aliases, which should not outlive the facilitator's need for them.
        expired = self._operations.delete_expired(now=now) if self._operations else 0
        return PeerGroupsRetentionResult(
            member_lists_removed=removed,
            tombstones_dated=dated,
            tombstones_deleted=deleted,
            pool_bucket_entries_removed=compacted,
            proposal_operations_deleted=expired,
        )


def run(client: Any, settings: PeerGroupsSettings) -> dict[str, Any]:
    """``python -m peer_groups retention``: one run over the service's store; its counts."""
    from pathways_runtime.field_crypto import field_crypto_from_settings
    from peer_groups.adapters.mongo_proposal_operations import (
        MongoProposalOperations,
        ensure_operation_indexes,
    )
    from peer_groups.adapters.mongo_repositories import (
        MongoGroupRepository,
        MongoPoolRepository,
        ensure_indexes,
    )

    db = client[settings.mongodb_database]
    ensure_indexes(db)  # the scans below are cold; on MongoDB they use these indexes
    ensure_operation_indexes(db)
    # No field is opened or sealed here; the pool repository only needs a crypto port.
    crypto = field_crypto_from_settings(settings, client=client, may_create_keys=False)
    result = PeerGroupsRetention(
        groups=MongoGroupRepository(db),
        pool=MongoPoolRepository(db, crypto=crypto),
        closed_group_members_days=settings.closed_group_members_retention_days,
        tombstone_days=settings.pool_tombstone_retention_days,
        operations=MongoProposalOperations(db),
    ).run(now=datetime.now(UTC))
    return asdict(result)
