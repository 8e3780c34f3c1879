"""MongoDB client factory (pymongo), with timeouts that fail fast instead of hanging.

Only standard MongoDB features are used, so the same code runs on MongoDB and on any
MongoDB wire-protocol server.
"""

from __future__ import annotations

import contextlib
from collections.abc import Mapping
from typing import Any

from pymongo import MongoClient, ReturnDocument
from pymongo.collection import Collection
from pymongo.encryption_options import AutoEncryptionOpts
from pymongo.errors import DuplicateKeyError, PyMongoError

from pathways_runtime.store_access import StoreCommandLog

__all__ = ["create_mongo_client", "is_reachable", "mark_once", "upsert_returning"]


def create_mongo_client(
    *,
    uri: str,
    app_name: str,
    timeout_ms: int = 5_000,
    command_log: str = "",
    auto_encryption_opts: AutoEncryptionOpts | None = None,
) -> MongoClient[Any]:
    """A client that gives up on an unreachable server after ``timeout_ms``.

    pymongo connects lazily in the background, so building it does no I/O (beyond opening
    ``command_log`` when one is given: then the shape of every command this client sends
    is appended there, as :mod:`pathways_runtime.store_access` describes; tests use it to
    check that hot paths read by ``_id``). ``auto_encryption_opts``: a client that opens
    sealed values as it reads them (``peer_groups.adapters.pool_unsealer``).
    """
    listeners = [StoreCommandLog(command_log, role=app_name)] if command_log else []
    return MongoClient(
        uri,
        appname=app_name,
        serverSelectionTimeoutMS=timeout_ms,
        connectTimeoutMS=timeout_ms,
        socketTimeoutMS=max(timeout_ms * 2, 10_000),
        timeoutMS=None,
        tz_aware=True,
        uuidRepresentation="standard",
        event_listeners=listeners,
        auto_encryption_opts=auto_encryption_opts,
    )


def is_reachable(client: MongoClient[Any]) -> bool:
    """True when the server answers a ping within the client's selection timeout."""
    try:
        client.admin.command("ping")
    except PyMongoError:
        return False
    return True


def mark_once(collection: Collection[Any], marker_id: str, fields: Mapping[str, Any]) -> None:
    """Write the marker document ``marker_id`` unless it is there already.

    Instances of a service that start together run the same migrations and mark them done
    at the same moment; the first marker written stands and the others' are dropped (an
    upsert would fail here: both find no document and both insert).
    """
    with contextlib.suppress(DuplicateKeyError):  # marked by another instance
        collection.insert_one({"_id": marker_id, **fields})


def upsert_returning(
    collection: Collection[Any], document_id: str, update: Mapping[str, Any]
) -> Any:
    """``update`` applied to the document ``document_id``, created if missing; the document
    after it (None only if the server answers nothing).

    Two upserts creating one document at once can both try the insert, and the loser fails
    with a duplicate key (measured on FerretDB: 70 of 240 simultaneous first hits). The
    document exists then, so the update is applied to it once more, counted once."""
    try:
        return collection.find_one_and_update(
            {"_id": document_id}, update, upsert=True, return_document=ReturnDocument.AFTER
        )
    except DuplicateKeyError:
        return collection.find_one_and_update(
            {"_id": document_id}, update, upsert=True, return_document=ReturnDocument.AFTER
        )
