"""Ask a server over a real socket what the standard gRPC health service says."""

from __future__ import annotations

import grpc
from grpc_health.v1 import health_pb2, health_pb2_grpc

__all__ = ["health_status"]


def health_status(address: str, *, service: str = "", timeout_s: float = 2.0) -> str:
    """'SERVING', 'NOT_SERVING', ... or 'UNREACHABLE'."""
    with grpc.insecure_channel(address) as channel:
        try:
            response = health_pb2_grpc.HealthStub(channel).Check(
                health_pb2.HealthCheckRequest(service=service), timeout=timeout_s
            )
        except grpc.RpcError:
            return "UNREACHABLE"
    return str(health_pb2.HealthCheckResponse.ServingStatus.Name(response.status))
