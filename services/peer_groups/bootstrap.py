"""The one place that builds peer groups' objects; tests override any part by keyword."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from pymongo import MongoClient

from pathways_runtime.grpc_service import GrpcService, standard_checks
from pathways_runtime.mongo import create_mongo_client
from peer_groups.config import PeerGroupsSettings
from peer_groups.entrypoints.grpc_api import PeerGroupServicer, register

__all__ = ["bootstrap"]

SERVICE = "peer_groups"


def bootstrap(
    settings: PeerGroupsSettings,
    *,
    mongo_client: MongoClient[Any] | None = None,
    checks: Mapping[str, Callable[[], bool]] | None = None,
) -> GrpcService:
    client = mongo_client or create_mongo_client(
        uri=settings.mongodb_uri.get_secret_value(),
        app_name=SERVICE,
        timeout_ms=settings.mongodb_timeout_ms,
    )
    return GrpcService(
        settings=settings,
        register=register(PeerGroupServicer()),
        checks=checks
        if checks is not None
        else standard_checks(mongo_client=client, settings=settings),
        on_stop=client.close,
    )
