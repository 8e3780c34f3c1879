"""Which id scheme a gateway collection is in: one marker document per migrated store.

Today's stores read by ``_id`` only (``gateway.adapters.migration`` re-keys what older code
wrote). Until a store's data is migrated its marker is absent, and the store keeps also
answering from the old shape (by the scans older code used), so a database written by
older code keeps working from the first start until the migration (run by the index
keeper at start, or ``python -m gateway migrate``) has finished. Once a process has seen a
marker it never reads it again.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from pymongo.database import Database

from pathways_runtime.mongo import mark_once

__all__ = ["MIGRATIONS_COLLECTION", "SchemeMarker"]

#: One document per migrated store: ``_id`` = ``"<store>-ids-v2"``.
MIGRATIONS_COLLECTION = "gateway_migrations"


class SchemeMarker:
    def __init__(self, db: Database[dict[str, Any]], *, store: str) -> None:
        self._collection = db[MIGRATIONS_COLLECTION]
        self._id = f"{store}-ids-v2"
        self._migrated = False

    def migrated(self) -> bool:
        """Whether the store's data is all in today's id scheme (one ``_id`` read, until true)."""
        if not self._migrated:
            self._migrated = self._collection.find_one({"_id": self._id}) is not None
        return self._migrated

    def mark(self) -> None:
        mark_once(self._collection, self._id, {"at": datetime.now(UTC)})
        self._migrated = True
