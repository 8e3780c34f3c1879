"""matching and peer_groups as real processes, asked over gRPC sockets."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import grpc
import pytest
from grpc_reflection.v1alpha import reflection_pb2, reflection_pb2_grpc

from tests.support.grpc_health import health_status
from tests.support.processes import ServiceProcess, free_port, wait_until

SERVICES = [
    ("matching", "pathways.v1.MatchingService"),
    ("peer_groups", "pathways.v1.PeerGroupService"),
]


@pytest.fixture(params=SERVICES, ids=[module for module, _ in SERVICES])
def running_service(
    request: pytest.FixtureRequest, tmp_path: Path, kafka_bootstrap: str, mongodb_uri: str
) -> Iterator[tuple[ServiceProcess, str, str]]:
    module, service_name = request.param
    port = free_port()
    process = ServiceProcess(
        module=module,
        env={
            "PATHWAYS_GRPC_PORT": str(port),
            "PATHWAYS_KAFKA_BOOTSTRAP": kafka_bootstrap,
            "PATHWAYS_MONGODB_URI": mongodb_uri,
            "PATHWAYS_HEALTH_CHECK_INTERVAL_S": "0.5",
        },
        log_path=tmp_path / f"{module}.log",
    ).start()
    address = f"127.0.0.1:{port}"
    try:
        yield process, address, service_name
    finally:
        process.stop()


def test_health_service_reports_serving_over_a_socket(
    running_service: tuple[ServiceProcess, str, str],
) -> None:
    process, address, service_name = running_service
    assert wait_until(lambda: health_status(address) == "SERVING", timeout_s=30), process.log_text()
    assert health_status(address, service=service_name) == "SERVING"


def test_reflection_lists_the_service_and_health(
    running_service: tuple[ServiceProcess, str, str],
) -> None:
    process, address, service_name = running_service
    assert wait_until(lambda: health_status(address) == "SERVING", timeout_s=30), process.log_text()
    with grpc.insecure_channel(address) as channel:
        stub = reflection_pb2_grpc.ServerReflectionStub(channel)
        [response] = list(
            stub.ServerReflectionInfo(
                iter([reflection_pb2.ServerReflectionRequest(list_services="")]), timeout=5
            )
        )
    names = {service.name for service in response.list_services_response.service}
    assert {service_name, "grpc.health.v1.Health"} <= names


def test_sigterm_shuts_down_cleanly(running_service: tuple[ServiceProcess, str, str]) -> None:
    process, address, _ = running_service
    assert wait_until(lambda: health_status(address) == "SERVING", timeout_s=30), process.log_text()

    exit_code = process.stop(timeout_s=20)

    assert exit_code == 0, process.log_text()
    assert health_status(address, timeout_s=0.5) == "UNREACHABLE"
    assert '"message": "grpc server stopped"' in process.log_text()
