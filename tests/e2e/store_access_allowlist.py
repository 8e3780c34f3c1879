"""The scans the store-access test allows: cold paths only, each with its reason.

The rule (docs/architecture.md, "Store access"): on a hot or periodic path every read,
update and delete is by ``_id``. A scan belongs here only when an operator or the start of
a process runs it (an admin listing, a retention job, a migration, the index rebuild at
start), never a request, a consumer or a periodic job; and each one has an index declared
for MongoDB in its service's ``ensure_indexes``. Index creation, pings and cursor
continuations read no documents and need no entry (``pathways_runtime.store_access``).

Databases have per-run names in the end-to-end tests: ``m_*`` (matching), ``p_*`` (peer
groups), ``gw_*`` (gateway) and the shared key vault ``pathways_keyvault``. Shapes are the
recorded ones (``filter_shape``): field names and operators, values as BSON type names.
"""

from __future__ import annotations

from pathways_runtime.store_access import AllowedScan

__all__ = ["ALLOWED_SCANS"]

_START_UP = "start-up"
_MARKED_OUTBOXES = {"outbox.event_id": {"$exists": "bool"}}

ALLOWED_SCANS: tuple[AllowedScan, ...] = (
    AllowedScan(
        role="gateway-cli",
        database="*",
        collection="*",
        command="*",
        shape=None,
        phase=_START_UP,
        reason=(
            "operator command `python -m gateway create-admin`: run by hand once, before the "
            "gateway starts (with the gateway's migration and ensure_indexes)"
        ),
    ),
    # --- matching: at start, before it serves ----------------------------------------
    *(
        AllowedScan(
            role="matching",
            database="m_*",
            collection=collection,
            command="find",
            shape=_MARKED_OUTBOXES,
            phase=_START_UP,
            reason=(
                "migration mark_outboxes (matching.adapters.migrations), run at start only "
                "until its record in `migrations` exists: documents holding unsent events "
                "from before the relay's markers (sparse index outbox.event_id)"
            ),
        )
        for collection in ("survivors", "opportunities", "matches")
    ),
    *(
        AllowedScan(
            role="matching",
            database="m_*",
            collection=collection,
            command="find",
            shape={},
            phase=_START_UP,
            reason=(
                "migration build_id_sets (matching.adapters.migrations), run at start only "
                "until its record in `migrations` exists: fills the id sets from the "
                "aggregates written before them"
            ),
        )
        for collection in ("survivors", "opportunities", "matches")
    ),
    AllowedScan(
        role="matching",
        database="m_*",
        collection="opportunities",
        command="find",
        shape={"status": {"$ne": "string"}},
        phase=_START_UP,
        reason=(
            "start-up: the in-memory matching index is rebuilt from every opportunity not "
            "closed (MongoOpportunityRepository.all)"
        ),
    ),
    AllowedScan(
        role="matching",
        database="m_*",
        collection="organisation_dashboards",
        command="find",
        shape={},
        phase=_START_UP,
        reason=(
            "migration dashboards.v2 (matching.adapters.dashboard_counters), run at start "
            "only until its record in `migrations` exists: the organisations' counts are "
            "rebuilt from every survivor and match (the same `{}` finds as build_id_sets), "
            "and organisations with nothing left to count are found here to be reset"
        ),
    ),
    AllowedScan(
        role="matching",
        database="m_*",
        collection="outcome_models",
        command="find",
        shape={},
        phase=_START_UP,
        reason=(
            "start-up: the latest outcome model (sorted by created_at, limit 1; "
            "MongoOutcomeModelRepository.latest, from bootstrap)"
        ),
    ),
    # --- peer groups: at start, before it serves -------------------------------------
    AllowedScan(
        role="peer_groups",
        database="p_*",
        collection="groups",
        command="find",
        shape=_MARKED_OUTBOXES,
        phase=_START_UP,
        reason=(
            "migration (peer_groups.adapters.migrations, mark_existing_outboxes), run at "
            "start only until its record in `migrations` exists"
        ),
    ),
    *(
        AllowedScan(
            role="peer_groups",
            database="p_*",
            collection=collection,
            command="find",
            shape={},
            phase=_START_UP,
            reason=(
                "migration build_index_documents (peer_groups.adapters.index_documents) "
                "with its compaction of pool_buckets, run at start only until its record "
                "in `migrations` exists"
            ),
        )
        for collection in ("groups", "pool", "pool_buckets")
    ),
    # --- the outbox relays' sweep: periodic, but bounded by what is pending ----------
    *(
        AllowedScan(
            role=role,
            database=database,
            collection=collection,
            command="find",
            shape={},
            reason=(
                "OutboxRelay.sweep every 15 s (pathways_runtime.outbox_relay): these "
                "collections hold only what is not yet published (a marker per document "
                "with unsent events; erasure events) and each entry is deleted once sent, "
                "so reading them whole costs what is pending, never what exists; limited "
                "to one batch per pass"
            ),
        )
        for role, database in (("matching", "m_*"), ("peer_groups", "p_*"))
        for collection in ("outbox_pending", "outbox")
    ),
)
