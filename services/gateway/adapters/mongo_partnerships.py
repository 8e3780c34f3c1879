"""Partnerships in the gateway's MongoDB database, every read by ``_id``.

- ``partnerships``: one document per pair, ``_id`` = ``<ngo id>><partner id>`` (organisation
  ids never hold ``>``): who set it and when. The source of truth.
- ``organisation_partners``: one index document per organisation, ``_id`` = its id, with
  ``shares_with`` (as the NGO: partner ids) and ``draws_from`` (as the group runner: NGO
  ids). Every proposal and pool overview reads the facilitator organisation's document by
  ``_id``, then its pairs by one ``_id: {$in}`` (at most ``MAX_PARTNERS``, batched by 500):
  what it costs does not grow with the number of organisations or partnerships.

Kept in step as ``docs/store-access.md`` says for index documents: an entry is added to the
index documents *before* its pair is inserted and taken out *after* its pair is deleted,
and readers keep only the entries whose pair exists. A crash in between leaves an entry
naming no pair, which readers skip: a pool is never wider than the partnerships stored
(it fails closed), and setting or removing the pair again tidies the entry. Within a
process, writes to one index document are serialised (``document_lock``).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Any

from pymongo.database import Database
from pymongo.errors import DuplicateKeyError

from gateway.directory.models import Partnership
from pathways_runtime.document_locks import document_lock

__all__ = ["INDEX", "PAIRS", "MongoPartnershipStore", "pair_id"]

Document = dict[str, Any]
PAIRS = "partnerships"
INDEX = "organisation_partners"
_BATCH = 500


def pair_id(organisation_id: str, partner_id: str) -> str:
    return f"{organisation_id}>{partner_id}"


def _document(partnership: Partnership) -> Document:
    return {
        "_id": pair_id(partnership.organisation_id, partnership.partner_id),
        "organisation_id": partnership.organisation_id,
        "partner_id": partnership.partner_id,
        "created_at": partnership.created_at,
        "created_by": partnership.created_by,
        "accepted_at": partnership.accepted_at,
        "accepted_by": partnership.accepted_by,
    }


def _partnership(document: Document) -> Partnership:
    # Older code wrote no acceptance: what it stored was in force, as if accepted when set.
    old = "accepted_at" not in document
    return Partnership(
        organisation_id=document["organisation_id"],
        partner_id=document["partner_id"],
        created_at=document["created_at"],
        created_by=document["created_by"],
        accepted_at=document["created_at"] if old else document["accepted_at"],
        accepted_by=document["created_by"] if old else document.get("accepted_by"),
    )


class MongoPartnershipStore:
    def __init__(self, db: Database[Document]) -> None:
        self._pairs = db[PAIRS]
        self._index = db[INDEX]
        self._namespace = f"{db.name}.{INDEX}"

    def _change_index(self, organisation_id: str, change: Document) -> None:
        with document_lock(self._namespace, organisation_id):
            self._index.update_one({"_id": organisation_id}, change, upsert="$addToSet" in change)

    def _entries(self, organisation_id: str, partner_id: str, operator: str) -> None:
        self._change_index(organisation_id, {operator: {"shares_with": partner_id}})
        self._change_index(partner_id, {operator: {"draws_from": organisation_id}})

    def add(self, partnership: Partnership) -> Partnership | None:
        self._entries(partnership.organisation_id, partnership.partner_id, "$addToSet")
        try:
            self._pairs.insert_one(_document(partnership))
        except DuplicateKeyError:
            found = self._pairs.find_one(
                {"_id": pair_id(partnership.organisation_id, partnership.partner_id)}
            )
            return _partnership(found) if found is not None else None
        return None

    def remove(self, organisation_id: str, partner_id: str) -> bool:
        deleted = self._pairs.delete_one({"_id": pair_id(organisation_id, partner_id)})
        self._entries(organisation_id, partner_id, "$pull")
        return deleted.deleted_count == 1

    def accept(
        self, organisation_id: str, partner_id: str, *, by: str, at: datetime
    ) -> Partnership | None:
        key = pair_id(organisation_id, partner_id)
        self._pairs.update_one(
            {"_id": key, "accepted_at": None}, {"$set": {"accepted_at": at, "accepted_by": by}}
        )
        found = self._pairs.find_one({"_id": key})
        return _partnership(found) if found is not None else None

    def _listed(self, organisation_id: str, field: str) -> list[str]:
        document = self._index.find_one({"_id": organisation_id}, projection={field: 1})
        return sorted(set(document.get(field) or ())) if document is not None else []

    def _pairs_among(self, ids: Iterable[str]) -> list[Partnership]:
        wanted = list(ids)
        found: list[Partnership] = []
        for start in range(0, len(wanted), _BATCH):
            batch = wanted[start : start + _BATCH]
            found.extend(_partnership(d) for d in self._pairs.find({"_id": {"$in": batch}}))
        return found

    def shared_with(self, organisation_id: str) -> list[Partnership]:
        partners = self._listed(organisation_id, "shares_with")
        found = self._pairs_among(pair_id(organisation_id, p) for p in partners)
        return sorted(
            (p for p in found if p.organisation_id == organisation_id),
            key=lambda p: p.partner_id,
        )

    def drawn_from(self, partner_id: str) -> list[Partnership]:
        ngos = self._listed(partner_id, "draws_from")
        found = self._pairs_among(pair_id(n, partner_id) for n in ngos)
        return sorted(
            (p for p in found if p.partner_id == partner_id), key=lambda p: p.organisation_id
        )
