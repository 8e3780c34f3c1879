"""``python -m peer_groups migrate``: bring data written by an earlier release up to date.

Idempotent, cold (it scans the groups and the pool once), safe beside a running service
(every step only adds what is missing, or removes what is stale with the care described in
:func:`~peer_groups.adapters.index_documents.compact_pool_buckets`):

1. the index documents (``survivor_groups``, ``pool_buckets``, ``group_index``) from the
   groups and the pool as stored;
2. a relay marker (``outbox_pending``) for each group still holding unsent events, since
   the relay follows markers and no longer sweeps the groups.

When both are done a record is kept (``migrations``, by ``_id``); the service runs this on
start only when that record is missing, so a ``.local/`` written by an earlier release
works after an upgrade without an operator step.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from pymongo.database import Database

from pathways_runtime.outbox_relay import mark_existing_outboxes
from peer_groups.adapters.index_documents import build_index_documents
from peer_groups.adapters.mongo_repositories import EMBEDDED_OUTBOX_COLLECTIONS

__all__ = ["MIGRATION_ID", "is_migrated", "migrate"]

Document = dict[str, Any]

#: The record of a completed :func:`migrate` in the ``migrations`` collection.
MIGRATION_ID = "peer_groups.index_documents.v1"


def is_migrated(db: Database[Document]) -> bool:
    return db.migrations.find_one({"_id": MIGRATION_ID}, {"_id": 1}) is not None


def migrate(db: Database[Document], *, now: datetime | None = None) -> dict[str, int]:
    """Counts of what was looked at and done (no ids, nothing personal)."""
    counts = build_index_documents(db).as_dict()
    counts["outboxes_marked"] = mark_existing_outboxes(db, collections=EMBEDDED_OUTBOX_COLLECTIONS)
    db.migrations.update_one(
        {"_id": MIGRATION_ID}, {"$set": {"done_at": now or datetime.now(UTC)}}, upsert=True
    )
    return counts
