"""``python -m peer_groups migrate``: bring data written by an earlier release up to date.

Idempotent, cold (it scans the groups and the pool once), safe beside a running service
(every step only adds what is missing, or removes what is stale with the care described in
:func:`~peer_groups.adapters.index_documents.compact_pool_buckets`):

1. the index documents (``survivor_groups``, ``pool_buckets``, ``group_index``) from the
   groups and the pool as stored;
2. a relay marker (``outbox_pending``) for each group still holding unsent events, since
   the relay follows markers and no longer sweeps the groups;
3. the pool's private fields sealed under each survivor's data key
   (:func:`seal_pool_members`): earlier releases kept the chosen group focuses in clear
   beside the sealed part (and, before encryption, everything), which an erasure (the
   key deleted) would have left readable.

Each done step keeps a record (``migrations``, by ``_id``); the service runs this on start
only while a record is missing, so a ``.local/`` written by an earlier release works after
an upgrade without an operator step. Step 3 needs the service's field crypto: a caller
without it leaves that step (and its record) for a run that has it.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from typing import Any

from pymongo.database import Database

from pathways_runtime.field_crypto import FieldCrypto, KeyErased
from pathways_runtime.mongo import mark_once
from pathways_runtime.outbox_relay import mark_existing_outboxes
from peer_groups.adapters.documents import (
    member_from_document,
    member_needs_sealing,
    member_to_document,
)
from peer_groups.adapters.index_documents import build_index_documents
from peer_groups.adapters.mongo_repositories import EMBEDDED_OUTBOX_COLLECTIONS

__all__ = [
    "MIGRATION_ID",
    "SEALING_MIGRATION_ID",
    "SealingReport",
    "is_migrated",
    "migrate",
    "seal_pool_members",
]

Document = dict[str, Any]

#: The record of steps 1 and 2 in the ``migrations`` collection (v2: the pool's buckets
#: by organisation; a store migrated by v1 builds them, and drops the earlier ones, once).
MIGRATION_ID = "peer_groups.index_documents.v2"
#: The record of step 3 (every pool document sealed).
SEALING_MIGRATION_ID = "peer_groups.pool_sealed.v1"
_ALL = (MIGRATION_ID, SEALING_MIGRATION_ID)


@dataclass(frozen=True, slots=True)
class SealingReport:
    #: Pool documents whose clear private fields are now sealed (and removed from clear).
    pool_members_sealed: int
    #: Pool documents still holding private fields in clear after this run: no crypto was
    #: given, or the survivor's key is gone (an erasure whose event has not arrived yet;
    #: it makes the document a tombstone). A later run takes them up again.
    pool_members_left_in_clear: int

    def as_dict(self) -> dict[str, int]:
        return asdict(self)


def is_migrated(db: Database[Document]) -> bool:
    done = db.migrations.find({"_id": {"$in": list(_ALL)}}, {"_id": 1})
    return {doc["_id"] for doc in done} == set(_ALL)


def seal_pool_members(db: Database[Document], *, crypto: FieldCrypto | None) -> SealingReport:
    """Seal what earlier releases left in clear in the pool (step 3; cold: reads the pool).

    Each document is rewritten in today's form (``adapters.documents``) by ``_id`` and the
    version read, so a newer state written meanwhile (already sealed) is never replaced by
    this older one. A document whose survivor's key is gone is left as it is: the key going
    *is* the erasure, and peer groups applies it when the erasure event arrives (a tombstone
    refuses every later state, so this job does not guess one from a missing key, which a
    misconfigured key vault would also show). One write per document (never a
    multi-statement update: ``docs/store-access.md``).
    """
    sealed = left = 0
    for doc in db.pool.find({}):
        if not member_needs_sealing(doc):
            continue
        if crypto is None:
            left += 1
            continue
        try:
            document = member_to_document(member_from_document(doc, crypto=crypto), crypto=crypto)
        except KeyErased:
            left += 1
            continue
        result = db.pool.replace_one({"_id": doc["_id"], "version": doc["version"]}, document)
        sealed += result.modified_count
    return SealingReport(pool_members_sealed=sealed, pool_members_left_in_clear=left)


def migrate(
    db: Database[Document], *, crypto: FieldCrypto | None = None, now: datetime | None = None
) -> dict[str, int]:
    """Counts of what was looked at and done (no ids, nothing personal)."""
    at = now or datetime.now(UTC)
    counts = build_index_documents(db).as_dict()
    counts["outboxes_marked"] = mark_existing_outboxes(db, collections=EMBEDDED_OUTBOX_COLLECTIONS)
    mark_once(db.migrations, MIGRATION_ID, {"done_at": at})
    sealing = seal_pool_members(db, crypto=crypto)
    counts.update(sealing.as_dict())
    if crypto is not None and sealing.pool_members_left_in_clear == 0:
        mark_once(db.migrations, SEALING_MIGRATION_ID, {"done_at": at})
    return counts
