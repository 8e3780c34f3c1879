from __future__ import annotations

import json
import threading
from concurrent import futures

import grpc
import pytest

from pathways_runtime.grpc_client import (
    IDEMPOTENT_METHODS,
    create_channel,
    retry_service_config,
)


def test_only_unavailable_is_retried_for_the_listed_methods() -> None:
    config = retry_service_config({"pathways.v1.PeerGroupService": ["GetGroup", "CreateGroup"]})
    (method_config,) = config["methodConfig"]
    assert method_config["name"] == [
        {"service": "pathways.v1.PeerGroupService", "method": "GetGroup"},
        {"service": "pathways.v1.PeerGroupService", "method": "CreateGroup"},
    ]
    policy = method_config["retryPolicy"]
    assert policy["retryableStatusCodes"] == ["UNAVAILABLE"]
    assert policy["maxAttempts"] == 4
    assert policy["initialBackoff"] == "0.1s"
    assert policy["maxBackoff"] == "2s"
    json.dumps(config)


def test_the_default_list_holds_no_unguarded_write() -> None:
    methods = {m for names in IDEMPOTENT_METHODS.values() for m in names}
    for unguarded in ("ProposeMatch", "RunMatchingRound", "RecordAnswer", "LeaveGroup"):
        assert unguarded not in methods
    assert {"GetGroup", "CreateGroup", "RegisterSurvivor", "GetMatches"} <= methods


def test_bounds_are_checked() -> None:
    with pytest.raises(ValueError, match="2 to 5 attempts"):
        retry_service_config(max_attempts=6)
    with pytest.raises(ValueError, match="no method"):
        retry_service_config({})


class _FlakyService:
    """A real gRPC server whose methods answer UNAVAILABLE ``failures`` times, then OK."""

    def __init__(self, failures: int) -> None:
        self.failures = failures
        self.attempts: dict[str, int] = {}
        self._lock = threading.Lock()

    def handler(self, method: str) -> grpc.RpcMethodHandler[bytes, bytes]:
        def answer(request: bytes, context: grpc.ServicerContext) -> bytes:
            with self._lock:
                self.attempts[method] = self.attempts.get(method, 0) + 1
                attempt = self.attempts[method]
            if attempt <= self.failures:
                context.abort(grpc.StatusCode.UNAVAILABLE, "not yet")
            return request

        return grpc.unary_unary_rpc_method_handler(answer)


def test_a_channel_retries_listed_methods_on_unavailable_and_no_others() -> None:
    service = _FlakyService(failures=2)
    server = grpc.server(futures.ThreadPoolExecutor(max_workers=2))
    server.add_generic_rpc_handlers(
        [
            grpc.method_handlers_generic_handler(
                "pathways.v1.PeerGroupService",
                {m: service.handler(m) for m in ("GetGroup", "RecordAnswer")},
            )
        ]
    )
    port = server.add_insecure_port("127.0.0.1:0")
    server.start()
    config = retry_service_config({"pathways.v1.PeerGroupService": ["GetGroup"]})
    channel = create_channel(f"127.0.0.1:{port}", default_timeout_s=10.0, service_config=config)
    try:
        listed = channel.unary_unary(
            "/pathways.v1.PeerGroupService/GetGroup",
            request_serializer=None,  # bytes in and out
            response_deserializer=None,
        )
        assert listed(b"ping", timeout=10) == b"ping"
        assert service.attempts["GetGroup"] == 3  # two refusals retried, then the answer

        unlisted = channel.unary_unary(
            "/pathways.v1.PeerGroupService/RecordAnswer",
            request_serializer=None,
            response_deserializer=None,
        )
        with pytest.raises(grpc.RpcError) as refused:
            unlisted(b"ping", timeout=10)
        assert refused.value.code() is grpc.StatusCode.UNAVAILABLE
        assert service.attempts["RecordAnswer"] == 1  # a write not listed is never retried
    finally:
        channel.close()
        server.stop(grace=None)


def test_round_robin_spreads_calls_over_every_resolved_address() -> None:
    config = retry_service_config(round_robin=True)
    assert config["loadBalancingConfig"] == [{"round_robin": {}}]
    assert "loadBalancingConfig" not in retry_service_config()


def test_writes_whose_version_check_may_be_left_out_are_never_retried() -> None:
    config = retry_service_config()
    (method_config,) = config["methodConfig"]
    names = {(n["service"], n["method"]) for n in method_config["name"]}
    for method in ("AssessReadiness", "TransitionMatch", "EraseSurvivor", "ProposeMatch"):
        assert ("pathways.v1.MatchingService", method) not in names
    assert ("pathways.v1.MatchingService", "RegisterSurvivor") in names
