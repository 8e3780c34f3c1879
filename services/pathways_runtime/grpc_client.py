"""gRPC client channels where every call carries a deadline.

A call without an explicit ``timeout`` gets the channel's default deadline, so no call can
wait forever on a backend that does not answer.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import grpc

__all__ = ["DefaultDeadlineInterceptor", "create_channel"]


class DefaultDeadlineInterceptor(grpc.UnaryUnaryClientInterceptor):  # type: ignore[type-arg]
    def __init__(self, *, default_timeout_s: float) -> None:
        if default_timeout_s <= 0:
            raise ValueError("a deadline must be positive")
        self.default_timeout_s = default_timeout_s

    def intercept_unary_unary(
        self,
        continuation: Callable[[grpc.ClientCallDetails, Any], Any],
        client_call_details: grpc.ClientCallDetails,
        request: Any,
    ) -> Any:
        if client_call_details.timeout is None:
            client_call_details = _CallDetails(
                method=client_call_details.method,
                timeout=self.default_timeout_s,
                metadata=client_call_details.metadata,
                credentials=client_call_details.credentials,
                wait_for_ready=client_call_details.wait_for_ready,
                compression=client_call_details.compression,
            )
        return continuation(client_call_details, request)


class _CallDetails(grpc.ClientCallDetails):
    def __init__(self, **fields: Any) -> None:
        for name, value in fields.items():
            setattr(self, name, value)


def create_channel(
    address: str,
    *,
    default_timeout_s: float,
    service_config: dict[str, Any] | None = None,
) -> grpc.Channel:
    """An insecure channel (mTLS belongs to the mesh in production) with default deadlines.

    ``service_config`` is gRPC's JSON service config, e.g. retry policies for idempotent
    methods; it is applied by the channel itself.
    """
    options: list[tuple[str, Any]] = [("grpc.keepalive_time_ms", 30_000)]
    if service_config is not None:
        options += [("grpc.service_config", json.dumps(service_config)), ("grpc.enable_retries", 1)]
    channel = grpc.insecure_channel(address, options=options)
    return grpc.intercept_channel(
        channel, DefaultDeadlineInterceptor(default_timeout_s=default_timeout_s)
    )
