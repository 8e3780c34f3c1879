"""The gateway process's one settings class (``PATHWAYS_*`` environment variables)."""

from __future__ import annotations

from pydantic import Field

from pathways_runtime.settings import ServiceSettings

__all__ = ["GatewaySettings"]


class GatewaySettings(ServiceSettings):
    http_host: str = "127.0.0.1"
    http_port: int = Field(default=8000, ge=0, le=65535)
    matching_address: str = "127.0.0.1:50051"
    peer_groups_address: str = "127.0.0.1:50052"
    mongodb_database: str = "pathways_gateway"
    #: Deadline of every call to a backend service.
    backend_timeout_s: float = Field(default=3.0, gt=0)
    #: How long a readiness probe waits for each dependency.
    readiness_timeout_s: float = Field(default=2.0, gt=0)
