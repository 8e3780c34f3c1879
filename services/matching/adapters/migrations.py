"""Matching's store migrations (``python -m matching migrate``), each safe to run again.

``mark_outboxes``: documents written before the outbox relay kept markers of unsent events
(``pathways_runtime.outbox_relay``) may hold events no marker names; this marks them (a cold
scan through the ``outbox.event_id`` index on MongoDB), or they would wait for ever.

``build_id_sets``: the id sets the request paths read instead of scanning
(:mod:`matching.adapters.id_sets`) did not exist before; data written by earlier releases
has aggregates but no sets. This fills the sets from the aggregates (a cold scan of each
collection, ids and owner fields only) with ``$addToSet``, so a second run, or a run over
sets that are already partly kept by the service, adds nothing twice and removes nothing.
Each writes a marker document (``migrations``, ``_id`` = its name) when done, and the service
runs at start the ones not marked yet (``ensure_migrated``: one `_id` read each once done),
so a database written by an earlier release keeps working without an operator step;
``python -m matching migrate`` runs them all again on demand.

Run it while no older release of matching writes to the database: an older instance
writes aggregates without listing them.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from pymongo.database import Database

from matching.adapters.mongo_repositories import (
    EMBEDDED_OUTBOX_COLLECTIONS,
    matches_by_opportunity,
    matches_by_survivor,
    opportunities_by_organisation,
    survivors_by_organisation,
)
from pathways_runtime.mongo import mark_once
from pathways_runtime.outbox_relay import mark_existing_outboxes

__all__ = [
    "ID_SETS_MIGRATION",
    "MIGRATIONS",
    "MIGRATIONS_COLLECTION",
    "OUTBOX_MARKERS_MIGRATION",
    "build_id_sets",
    "ensure_migrated",
    "mark_outboxes",
    "migrate",
]

Document = dict[str, Any]

#: Marker documents of the migrations done, by name (``_id``).
MIGRATIONS_COLLECTION = "migrations"
ID_SETS_MIGRATION = "id_sets.v1"
OUTBOX_MARKERS_MIGRATION = "outbox_markers.v1"
_BATCH = 500


def mark_outboxes(db: Database[Document]) -> dict[str, int]:
    """Mark every document holding unsent events but no marker; how many were marked."""
    return {"marked": mark_existing_outboxes(db, collections=EMBEDDED_OUTBOX_COLLECTIONS)}


def build_id_sets(db: Database[Document]) -> dict[str, int]:
    """List every survivor, opportunity and match in its owners' sets; mark it done."""
    survivors = survivors_by_organisation(db).add_all(
        (d["organisation_id"], d["_id"])
        for d in db.survivors.find({}, {"organisation_id": 1}, batch_size=_BATCH)
        if d.get("organisation_id")
    )
    opportunities = opportunities_by_organisation(db).add_all(
        (d["organisation_id"], d["_id"])
        for d in db.opportunities.find({}, {"organisation_id": 1}, batch_size=_BATCH)
        if d.get("organisation_id")
    )
    by_survivor: list[tuple[str, str]] = []
    by_opportunity: list[tuple[str, str]] = []
    for d in db.matches.find({}, {"survivor_id": 1, "opportunity_id": 1}, batch_size=_BATCH):
        if d.get("survivor_id"):
            by_survivor.append((d["survivor_id"], d["_id"]))
        if d.get("opportunity_id"):
            by_opportunity.append((d["opportunity_id"], d["_id"]))
    matches = matches_by_survivor(db).add_all(by_survivor)
    matches_by_opportunity(db).add_all(by_opportunity)
    return {"survivors": survivors, "opportunities": opportunities, "matches": matches}


Migration = Callable[[Database[Document]], dict[str, int]]
#: In the order they run: markers first, so no event waits while the sets are built.
MIGRATIONS: tuple[tuple[str, Migration], ...] = (
    (OUTBOX_MARKERS_MIGRATION, mark_outboxes),
    (ID_SETS_MIGRATION, build_id_sets),
)


def _done(db: Database[Document], name: str) -> None:
    mark_once(db[MIGRATIONS_COLLECTION], name, {"done_at": datetime.now(UTC)})


def migrate(db: Database[Document]) -> dict[str, dict[str, int]]:
    """Run every migration (again: each is idempotent); what each did, counts only."""
    report = {}
    for name, migration in MIGRATIONS:
        report[name] = migration(db)
        _done(db, name)
    return report


def ensure_migrated(db: Database[Document]) -> dict[str, dict[str, int]]:
    """Run the migrations not marked done (at start); what each of those did."""
    done = {
        d["_id"]
        for d in db[MIGRATIONS_COLLECTION].find(
            {"_id": {"$in": [name for name, _ in MIGRATIONS]}}, {"_id": 1}
        )
    }
    report = {}
    for name, migration in MIGRATIONS:
        if name not in done:
            report[name] = migration(db)
            _done(db, name)
    return report
