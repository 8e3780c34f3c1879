"""The peer-groups process's one settings class (``PATHWAYS_*`` environment variables)."""

from __future__ import annotations

from pydantic import Field

from pathways_runtime.grpc_service import GrpcServiceSettings

__all__ = ["PeerGroupsSettings"]


class PeerGroupsSettings(GrpcServiceSettings):
    grpc_port: int = Field(default=50052, ge=0, le=65535)
    mongodb_database: str = "pathways_peer_groups"
