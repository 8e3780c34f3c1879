"""MongoDB client factory (pymongo), with timeouts that fail fast instead of hanging.

Only standard MongoDB features are used, so the same code runs on MongoDB and on any
MongoDB wire-protocol server.
"""

from __future__ import annotations

from typing import Any

from pymongo import MongoClient
from pymongo.errors import PyMongoError

__all__ = ["create_mongo_client", "is_reachable"]


def create_mongo_client(*, uri: str, app_name: str, timeout_ms: int = 5_000) -> MongoClient[Any]:
    """A client that gives up on an unreachable server after ``timeout_ms``.

    pymongo connects lazily in the background, so building it does no I/O.
    """
    return MongoClient(
        uri,
        appname=app_name,
        serverSelectionTimeoutMS=timeout_ms,
        connectTimeoutMS=timeout_ms,
        socketTimeoutMS=max(timeout_ms * 2, 10_000),
        timeoutMS=None,
        tz_aware=True,
        uuidRepresentation="standard",
    )


def is_reachable(client: MongoClient[Any]) -> bool:
    """True when the server answers a ping within the client's selection timeout."""
    try:
        client.admin.command("ping")
    except PyMongoError:
        return False
    return True
