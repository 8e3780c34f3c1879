"""gRPC entrypoint of matching: parse the request, run the command, map errors.

The contract's methods not implemented yet answer UNIMPLEMENTED (the generated base class).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import grpc

from pathways.v1 import matching_pb2, matching_pb2_grpc

__all__ = ["MatchingServicer", "register"]

SERVICE_NAME = matching_pb2.DESCRIPTOR.services_by_name["MatchingService"].full_name


class MatchingServicer(matching_pb2_grpc.MatchingServiceServicer):
    pass


def register(servicer: MatchingServicer) -> Callable[[grpc.Server], Sequence[str]]:
    def add(server: grpc.Server) -> Sequence[str]:
        matching_pb2_grpc.add_MatchingServiceServicer_to_server(servicer, server)
        return (SERVICE_NAME,)

    return add
