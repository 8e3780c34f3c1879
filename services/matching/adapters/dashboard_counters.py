"""Each organisation's dashboard counts in one document (``organisation_dashboards``,
``_id`` = the organisation id): a change is one ``$inc`` by `_id`, a read one `_id` read, so
neither costs more as the organisation's caseload grows (the store-access rule).

The counts are nested by section (``{"counts": {"readiness": {"training_ready": 3},
"hired_on": {"2026-05-01": 2}}}``); the domain names them ``"<section>.<code>"``, which is
also the dotted path ``$inc`` takes.
Writes hold the process's per-document lock (FerretDB applies an update by
read-modify-write): on FerretDB run one writer process per database, as for aggregates.

:func:`rebuild_dashboards` recomputes every organisation's counts from the survivors and
matches stored (a cold scan, started by the migration at first start or by ``python -m
matching migrate``): it repairs a count a crash left one short, between an aggregate's write
and its count's, and fills a section a release adds to what the counts keep. Run it while
matching does not serve: a change counted during the scan could be overwritten.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from datetime import UTC, datetime
from typing import Any

from pymongo.database import Database
from pymongo.errors import DuplicateKeyError

from matching.adapters import documents
from matching.domain.dashboard import contributions_of
from matching.domain.match import Match
from matching.domain.survivor import Survivor
from pathways_runtime.document_locks import document_lock
from pathways_runtime.field_crypto import FieldCrypto, KeyErased
from pathways_runtime.mongo import mark_once

__all__ = [
    "DASHBOARDS_COLLECTION",
    "DASHBOARDS_MIGRATION",
    "MongoDashboardCounters",
    "ensure_dashboards",
    "flatten",
    "nest",
    "rebuild_dashboards",
]

Document = dict[str, Any]
DASHBOARDS_COLLECTION = "organisation_dashboards"
#: The marker (``migrations``, as :mod:`matching.adapters.migrations`) of the build of the
#: counts' current shape. ``dashboards.v1`` built the first counts; ``dashboards.v2`` adds
#: the hires by day (``hired_on``), which documents built by v1 lack, so a database marked
#: v1 only is rebuilt once more at start (the rebuild writes each document whole).
DASHBOARDS_MIGRATION = "dashboards.v2"
_MIGRATIONS = "migrations"
_BATCH = 500


def flatten(nested: Mapping[str, Any], prefix: str = "") -> dict[str, int]:
    flat: dict[str, int] = {}
    for key, value in nested.items():
        path = f"{prefix}{key}"
        if isinstance(value, Mapping):
            flat.update(flatten(value, prefix=f"{path}."))
        elif isinstance(value, int):
            flat[path] = value
    return flat


def nest(flat: Mapping[str, int]) -> Document:
    nested: Document = {}
    for path, value in flat.items():
        section, _, code = path.partition(".")
        nested.setdefault(section, {})[code] = value
    return nested


class MongoDashboardCounters:
    """``matching.service_layer.ports.DashboardCounters`` on MongoDB."""

    def __init__(self, db: Database[Document]) -> None:
        self._collection = db[DASHBOARDS_COLLECTION]

    def apply(self, organisation_id: str, delta: Mapping[str, int]) -> None:
        if not delta:
            return
        update = {
            "$inc": {f"counts.{key}": value for key, value in delta.items()},
            "$set": {"updated_at": datetime.now(UTC)},
        }
        with document_lock(self._collection.full_name, organisation_id):
            try:
                self._collection.update_one({"_id": organisation_id}, update, upsert=True)
            except DuplicateKeyError:
                # Two upserts created the document at once (MongoDB); now it exists.
                self._collection.update_one({"_id": organisation_id}, update)

    def counts(self, organisation_id: str) -> dict[str, int]:
        """The counts that are not zero (a count moved back to zero stays in the document)."""
        document = self._collection.find_one({"_id": organisation_id}, {"counts": 1})
        found = flatten(document.get("counts", {})) if document else {}
        return {key: value for key, value in found.items() if value}


def _survivors(db: Database[Document], crypto: FieldCrypto) -> Iterator[Survivor]:
    for document in db.survivors.find({}, {"outbox": 0}, batch_size=_BATCH):
        try:
            yield documents.survivor_from_document(document, crypto=crypto)
        except KeyErased:
            continue  # an erasure that stopped half way: nobody to count


def _matches(db: Database[Document], crypto: FieldCrypto) -> Iterator[Match]:
    for document in db.matches.find({}, {"outbox": 0}, batch_size=_BATCH):
        try:
            yield documents.match_from_document(document, crypto=crypto)
        except KeyErased:
            continue


def rebuild_dashboards(db: Database[Document], *, crypto: FieldCrypto) -> dict[str, int]:
    """Every organisation's counts, recomputed from what is stored and written whole (one
    document per command); an organisation with nothing left to count is reset. Counts
    only in the report."""
    totals = contributions_of(_survivors(db, crypto), _matches(db, crypto))
    collection = db[DASHBOARDS_COLLECTION]
    stale = {d["_id"] for d in collection.find({}, {"_id": 1})} - set(totals)
    now = datetime.now(UTC)
    for organisation_id in sorted(set(totals) | stale):
        counts = {key: value for key, value in totals.get(organisation_id, {}).items() if value}
        with document_lock(collection.full_name, organisation_id):
            collection.replace_one(
                {"_id": organisation_id},
                {"_id": organisation_id, "counts": nest(counts), "updated_at": now},
                upsert=True,
            )
    return {"organisations": len(totals), "reset": len(stale)}


def ensure_dashboards(db: Database[Document], *, crypto: FieldCrypto) -> dict[str, int] | None:
    """At start: build the counts once in their current shape (:data:`DASHBOARDS_MIGRATION`)
    from what is stored (what it did), or nothing if already built (one `_id` read). Needs
    the key vault (the records are sealed), so it runs after the other migrations, which
    need only the database."""
    if db[_MIGRATIONS].find_one({"_id": DASHBOARDS_MIGRATION}, {"_id": 1}) is not None:
        return None
    report = rebuild_dashboards(db, crypto=crypto)
    mark_once(db[_MIGRATIONS], DASHBOARDS_MIGRATION, {"done_at": datetime.now(UTC)})
    return report
