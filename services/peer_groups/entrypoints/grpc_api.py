"""gRPC entrypoint of peer groups: parse the request, run the command, map errors.

The contract's methods not implemented yet answer UNIMPLEMENTED (the generated base class).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import grpc

from pathways.v1 import peer_groups_pb2, peer_groups_pb2_grpc

__all__ = ["PeerGroupServicer", "register"]

SERVICE_NAME = peer_groups_pb2.DESCRIPTOR.services_by_name["PeerGroupService"].full_name


class PeerGroupServicer(peer_groups_pb2_grpc.PeerGroupServiceServicer):
    pass


def register(servicer: PeerGroupServicer) -> Callable[[grpc.Server], Sequence[str]]:
    def add(server: grpc.Server) -> Sequence[str]:
        peer_groups_pb2_grpc.add_PeerGroupServiceServicer_to_server(servicer, server)
        return (SERVICE_NAME,)

    return add
