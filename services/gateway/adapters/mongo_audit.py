"""The audit trail in MongoDB: insert-only.

This class has no method that updates or deletes a record; in production the gateway's
database user should also be granted ``insert`` and ``find`` only on ``audit_records``, so
not even a bug here could rewrite history. Each record carries ``published_at: null`` so a
relay can later publish it to ``audit.v1`` (outbox pattern) once the event contract exists.
"""

from __future__ import annotations

from typing import Any

from pymongo import ASCENDING, DESCENDING
from pymongo.database import Database

from gateway.audit.records import AuditFilter, AuditOutcome, AuditRecord, Purpose

__all__ = ["MongoAuditStore", "ensure_audit_indexes"]

Document = dict[str, Any]


def ensure_audit_indexes(db: Database[Document]) -> None:
    db.audit_records.create_index([("survivor_id", ASCENDING), ("_id", DESCENDING)])
    db.audit_records.create_index([("user_id", ASCENDING), ("_id", DESCENDING)])
    db.audit_records.create_index([("published_at", ASCENDING)])


def _record(document: Document) -> AuditRecord:
    return AuditRecord(
        id=document["_id"],
        at=document["at"],
        user_id=document["user_id"],
        organisation_id=document["organisation_id"],
        role=document["role"],
        action=document["action"],
        purpose=Purpose(document["purpose"]),
        outcome=AuditOutcome(document["outcome"]),
        request_id=document["request_id"],
        survivor_id=document.get("survivor_id"),
        survivor_organisation_id=document.get("survivor_organisation_id"),
        target_id=document.get("target_id"),
    )


def _query(audit_filter: AuditFilter, *, before: str | None) -> Document:
    query: Document = {}
    for field in (
        "survivor_id",
        "survivor_organisation_id",
        "user_id",
        "organisation_id",
        "action",
    ):
        value = getattr(audit_filter, field)
        if value is not None:
            query[field] = value
    if audit_filter.outcome is not None:
        query["outcome"] = audit_filter.outcome.value
    at: Document = {}
    if audit_filter.since is not None:
        at["$gte"] = audit_filter.since
    if audit_filter.until is not None:
        at["$lt"] = audit_filter.until
    if at:
        query["at"] = at
    if before is not None:
        query["_id"] = {"$lt": before}
    return query


class MongoAuditStore:
    def __init__(self, db: Database[Document]) -> None:
        self._collection = db.audit_records

    def append(self, record: AuditRecord) -> None:
        self._collection.insert_one(
            {
                "_id": record.id,
                "at": record.at,
                "user_id": record.user_id,
                "organisation_id": record.organisation_id,
                "role": record.role,
                "action": record.action,
                "purpose": record.purpose.value,
                "outcome": record.outcome.value,
                "request_id": record.request_id,
                "survivor_id": record.survivor_id,
                "survivor_organisation_id": record.survivor_organisation_id,
                "target_id": record.target_id,
                "published_at": None,
            }
        )

    def query(
        self, audit_filter: AuditFilter, *, before: str | None, limit: int
    ) -> list[AuditRecord]:
        cursor = (
            self._collection.find(_query(audit_filter, before=before))
            .sort("_id", DESCENDING)
            .limit(limit)
        )
        return [_record(document) for document in cursor]

    def any_about(self, *, survivor_id: str, survivor_organisation_id: str) -> bool:
        document = self._collection.find_one(
            {"survivor_id": survivor_id, "survivor_organisation_id": survivor_organisation_id},
            projection={"_id": 1},
        )
        return document is not None
