"""The one place that builds matching's objects; tests override any part by keyword."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from pymongo import MongoClient

from matching.config import MatchingSettings
from matching.entrypoints.grpc_api import MatchingServicer, register
from pathways_runtime.grpc_service import GrpcService, standard_checks
from pathways_runtime.mongo import create_mongo_client

__all__ = ["bootstrap"]

SERVICE = "matching"


def bootstrap(
    settings: MatchingSettings,
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
        register=register(MatchingServicer()),
        checks=checks
        if checks is not None
        else standard_checks(mongo_client=client, settings=settings),
        on_stop=client.close,
    )
