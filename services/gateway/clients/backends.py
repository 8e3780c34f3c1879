"""Channels to matching and peer groups, opened once per process.

Each channel signs, into every call made on behalf of a caller, an assertion of that caller
for its own service (``pathways_runtime.caller_assertion``), and speaks mutual TLS when
``PATHWAYS_INTERNAL_TLS`` is on.
"""

from __future__ import annotations

from dataclasses import dataclass

import grpc
from grpc_health.v1 import health_pb2, health_pb2_grpc

from gateway.config import GatewaySettings
from pathways.v1 import matching_pb2_grpc, peer_groups_pb2_grpc
from pathways_runtime.caller_assertion import signer_from_settings
from pathways_runtime.grpc_client import (
    CallerAssertionInterceptor,
    create_channel,
    retry_service_config,
)
from pathways_runtime.internal_tls import channel_credentials

__all__ = ["MATCHING_AUDIENCE", "PEER_GROUPS_AUDIENCE", "Backends", "grpc_serving"]

#: The names the services verify assertions for (each service's own name).
MATCHING_AUDIENCE = "matching"
PEER_GROUPS_AUDIENCE = "peer_groups"


@dataclass
class Backends:
    matching_channel: grpc.Channel
    peer_groups_channel: grpc.Channel

    @classmethod
    def connect(cls, settings: GatewaySettings) -> Backends:
        """Channels connect lazily; building them reads only the signing key and the TLS
        files (so a missing or wrong one stops the gateway at its start)."""
        # Idempotent methods are retried on UNAVAILABLE (within each call's deadline), and
        # calls spread over every replica a `dns:///` address resolves to.
        config = retry_service_config(round_robin=True)
        signer = signer_from_settings(settings)
        credentials = channel_credentials(settings)
        return cls(
            matching_channel=create_channel(
                settings.matching_address,
                default_timeout_s=settings.backend_timeout_s,
                service_config=config,
                credentials=credentials,
                interceptors=[CallerAssertionInterceptor(signer, audience=MATCHING_AUDIENCE)],
            ),
            peer_groups_channel=create_channel(
                settings.peer_groups_address,
                default_timeout_s=settings.backend_timeout_s,
                service_config=config,
                credentials=credentials,
                interceptors=[CallerAssertionInterceptor(signer, audience=PEER_GROUPS_AUDIENCE)],
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
