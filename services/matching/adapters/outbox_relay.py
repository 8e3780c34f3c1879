"""Matching's outbox relay: the shared relay over matching's collections."""

from __future__ import annotations

from typing import Any

from pymongo.database import Database

from matching.adapters.mongo_repositories import EMBEDDED_OUTBOX_COLLECTIONS, OUTBOX_COLLECTION
from pathways_runtime.outbox_relay import OutboxRelay as SharedOutboxRelay
from pathways_runtime.outbox_relay import RawPublisher

__all__ = ["OutboxRelay"]


class OutboxRelay(SharedOutboxRelay):
    def __init__(
        self, db: Database[dict[str, Any]], publisher: RawPublisher, **options: Any
    ) -> None:
        options.setdefault("collections", EMBEDDED_OUTBOX_COLLECTIONS)
        options.setdefault("standalone_collection", OUTBOX_COLLECTION)
        super().__init__(db, publisher, **options)
