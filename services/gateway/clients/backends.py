"""Channels to matching and peer groups, opened once per process."""

from __future__ import annotations

from dataclasses import dataclass

import grpc
from grpc_health.v1 import health_pb2, health_pb2_grpc

from gateway.config import GatewaySettings
from pathways.v1 import matching_pb2_grpc, peer_groups_pb2_grpc
from pathways_runtime.grpc_client import create_channel, retry_service_config

__all__ = ["Backends", "grpc_serving"]


@dataclass
class Backends:
    matching_channel: grpc.Channel
    peer_groups_channel: grpc.Channel

    @classmethod
    def connect(cls, settings: GatewaySettings) -> Backends:
        """Channels connect lazily: building them does no I/O."""
        # Idempotent methods are retried on UNAVAILABLE (within each call's deadline), and
        # calls spread over every replica a `dns:///` address resolves to.
        config = retry_service_config(round_robin=True)
        return cls(
            matching_channel=create_channel(
                settings.matching_address,
                default_timeout_s=settings.backend_timeout_s,
                service_config=config,
            ),
            peer_groups_channel=create_channel(
                settings.peer_groups_address,
                default_timeout_s=settings.backend_timeout_s,
                service_config=config,
            ),
        )

    @property
    def matching(self) -> matching_pb2_grpc.MatchingServiceStub:
        return matching_pb2_grpc.MatchingServiceStub(self.matching_channel)

    @property
    def peer_groups(self) -> peer_groups_pb2_grpc.PeerGroupServiceStub:
        return peer_groups_pb2_grpc.PeerGroupServiceStub(self.peer_groups_channel)

    def close(self) -> None:
        self.matching_channel.close()
        self.peer_groups_channel.close()


def grpc_serving(channel: grpc.Channel, *, timeout_s: float) -> bool:
    """True when the server behind ``channel`` reports SERVING on the standard health service."""
    try:
        response = health_pb2_grpc.HealthStub(channel).Check(
            health_pb2.HealthCheckRequest(service=""), timeout=timeout_s
        )
    except grpc.RpcError:
        return False
    return bool(response.status == health_pb2.HealthCheckResponse.SERVING)
