"""The matching process's one settings class (``PATHWAYS_*`` environment variables)."""

from __future__ import annotations

from pydantic import Field

from pathways_runtime.grpc_service import GrpcServiceSettings

__all__ = ["MatchingSettings"]


class MatchingSettings(GrpcServiceSettings):
    grpc_port: int = Field(default=50051, ge=0, le=65535)
    mongodb_database: str = "pathways_matching"
