"""Proposal operations in MongoDB: one document each, and one list per facilitator.

Every lookup is by ``_id`` (``docs/store-access.md``): ``proposal_operations`` by operation
id; ``proposal_index`` holds ``facilitator:<user id>`` with the ids of their latest
operations (newest last, at most :data:`RECENT_KEPT`), so listing them is one read and one
bounded ``$in``. The list is rewritten under the document's lock (read, append, trim, set):
one writer per database on FerretDB, as for every index document.

What a document holds: ids, states, times, rule codes, cohesion figures and left-out
aliases with codes (alias-level, as facilitators see them); no member card, nothing sealed.
Documents carry ``expires_at`` for the cold retention pass (an index is declared for it).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

from pymongo import ASCENDING
from pymongo.database import Database

from pathways_runtime.document_locks import document_lock
from peer_groups.adapters.index_documents import find_by_ids
from peer_groups.domain.errors import NotFound
from peer_groups.domain.formation import LeftOutTold
from peer_groups.service_layer.proposal_operations import (
    KEPT_FOR,
    GroupOutcome,
    OperationState,
    ProposalOperation,
    ProposalSummary,
)

__all__ = ["RECENT_KEPT", "MongoProposalOperations", "ensure_operation_indexes"]

Document = dict[str, Any]
RECENT_KEPT = 50


def ensure_operation_indexes(db: Database[Document]) -> None:
    """For MongoDB, the cold retention scan only; every hot read is by ``_id``."""
    db.proposal_operations.create_index([("expires_at", ASCENDING)])


def _utc(value: datetime | None) -> datetime | None:
    if value is None:
        return None
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def _to_document(op: ProposalOperation) -> Document:
    summary = op.summary
    return {
        "_id": op.operation_id,
        "organisation_id": op.organisation_id,
        "facilitator_id": op.facilitator_id,
        "group_ids": list(op.group_ids),
        "seed": op.seed,
        "state": op.state.value,
        "created_at": op.created_at,
        "finished_at": op.finished_at,
        "expires_at": op.created_at + KEPT_FOR,
        "error_code": op.error_code,
        "error_detail": op.error_detail,
        "summary": None
        if summary is None
        else {
            "groups": [
                {
                    "group_id": g.group_id,
                    "feasible": g.feasible,
                    "reason": g.reason,
                    "cohesion": g.cohesion,
                }
                for g in summary.groups
            ],
            # Objects, not pairs: FerretDB v1 refuses nested arrays.
            "left_out": [
                {"survivor_id": x.survivor_id, "alias": x.alias, "code": x.code}
                for x in summary.left_out
            ],
            "left_out_counts": dict(summary.left_out_counts),
        },
    }


def _from_document(doc: Document) -> ProposalOperation:
    summary = doc.get("summary")
    created_at = _utc(doc["created_at"])
    assert created_at is not None
    return ProposalOperation(
        operation_id=doc["_id"],
        organisation_id=doc["organisation_id"],
        facilitator_id=doc["facilitator_id"],
        group_ids=tuple(doc.get("group_ids", [])),
        seed=doc.get("seed", 0),
        state=OperationState(doc["state"]),
        created_at=created_at,
        finished_at=_utc(doc.get("finished_at")),
        error_code=doc.get("error_code", ""),
        error_detail=doc.get("error_detail", ""),
        summary=None
        if summary is None
        else ProposalSummary(
            groups=tuple(
                GroupOutcome(g["group_id"], g["feasible"], g.get("reason", ""), g["cohesion"])
                for g in summary.get("groups", [])
            ),
            # One saved before survivor ids were kept cannot be checked against the pool
            # now: its left-out people are not shown (it expires within a day anyway).
            left_out=tuple(
                LeftOutTold(x["survivor_id"], x["alias"], x["code"])
                for x in summary.get("left_out", [])
                if "survivor_id" in x
            ),
            left_out_counts=dict(summary.get("left_out_counts", {})),
        ),
    )


def _index_id(facilitator_id: str) -> str:
    return f"facilitator:{facilitator_id}"


class MongoProposalOperations:
    def __init__(self, db: Database[Document]) -> None:
        self._operations = db.proposal_operations
        self._index = db.proposal_index

    def add(self, operation: ProposalOperation) -> None:
        # The list first: a crash in between leaves an id naming nothing (skipped on read).
        index_id = _index_id(operation.facilitator_id)
        with document_lock(self._index.full_name, index_id):
            found = self._index.find_one({"_id": index_id}) or {}
            ids = [*found.get("ids", []), operation.operation_id][-RECENT_KEPT:]
            self._index.replace_one({"_id": index_id}, {"_id": index_id, "ids": ids}, upsert=True)
        self._operations.insert_one(_to_document(operation))

    def save(self, operation: ProposalOperation) -> None:
        self._operations.replace_one({"_id": operation.operation_id}, _to_document(operation))

    def get(self, operation_id: str) -> ProposalOperation:
        doc = self._operations.find_one({"_id": operation_id})
        if doc is None:
            raise NotFound("no such proposal")
        return _from_document(doc)

    def delete_expired(self, *, now: datetime) -> int:
        """Delete the operations kept past their day: a cold pass run by retention (the
        ``expires_at`` index serves it on MongoDB). A facilitator's list still naming one
        skips it on read."""
        return int(self._operations.delete_many({"expires_at": {"$lte": now}}).deleted_count)

    def recent(self, *, facilitator_id: str, limit: int) -> Sequence[ProposalOperation]:
        found = self._index.find_one({"_id": _index_id(facilitator_id)}) or {}
        ids = list(reversed(found.get("ids", [])))[:limit]
        docs = {d["_id"]: d for d in find_by_ids(self._operations, ids)}
        return [_from_document(docs[i]) for i in ids if i in docs]
