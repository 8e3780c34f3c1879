"""The gateway's /readyz against the real dependencies, with one of them stopped.

The stack here is our own: a FerretDB instance on a free port that this test may stop
without disturbing the rest of the suite, the shared Kafka broker, and the three services
as processes.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TypedDict

import httpx2 as httpx
import pytest

from tests.support.grpc_health import health_status
from tests.support.processes import InfraInstance, ServiceProcess, free_port, wait_until


class Stack(TypedDict):
    """The test's own FerretDB and services, and where to ask them."""

    url: str
    ferretdb: InfraInstance
    services: dict[str, ServiceProcess]
    matching_address: str


@pytest.fixture
def stack(tmp_path: Path, kafka_bootstrap: str) -> Iterator[Stack]:
    ferretdb = InfraInstance(
        script="ferretdb.sh",
        run_dir=tmp_path / "run",
        env={"PATHWAYS_FERRETDB_PORT": str(free_port())},
    )
    ferretdb.start()
    mongodb_uri = ferretdb.uri()
    common = {
        "PATHWAYS_KAFKA_BOOTSTRAP": kafka_bootstrap,
        "PATHWAYS_MONGODB_URI": mongodb_uri,
        "PATHWAYS_HEALTH_CHECK_INTERVAL_S": "0.5",
    }
    ports = {"matching": free_port(), "peer_groups": free_port(), "gateway": free_port()}
    services = {
        "matching": ServiceProcess(
            module="matching",
            env=common | {"PATHWAYS_GRPC_PORT": str(ports["matching"])},
            log_path=tmp_path / "matching.log",
        ),
        "peer_groups": ServiceProcess(
            module="peer_groups",
            env=common | {"PATHWAYS_GRPC_PORT": str(ports["peer_groups"])},
            log_path=tmp_path / "peer_groups.log",
        ),
        "gateway": ServiceProcess(
            module="gateway",
            env=common
            | {
                "PATHWAYS_HTTP_PORT": str(ports["gateway"]),
                "PATHWAYS_MATCHING_ADDRESS": f"127.0.0.1:{ports['matching']}",
                "PATHWAYS_PEER_GROUPS_ADDRESS": f"127.0.0.1:{ports['peer_groups']}",
                "PATHWAYS_READINESS_TIMEOUT_S": "1.5",
            },
            log_path=tmp_path / "gateway.log",
        ),
    }
    for service in services.values():
        service.start()
    try:
        yield {
            "url": f"http://127.0.0.1:{ports['gateway']}",
            "ferretdb": ferretdb,
            "services": services,
            "matching_address": f"127.0.0.1:{ports['matching']}",
        }
    finally:
        for service in services.values():
            service.stop()
        ferretdb.stop()


def _ready(url: str) -> httpx.Response | None:
    try:
        return httpx.get(f"{url}/readyz", timeout=10)
    except httpx.TransportError:
        return None


def _answered(url: str) -> httpx.Response:
    """The answer of a gateway that is up (and so answers)."""
    response = _ready(url)
    assert response is not None
    return response


def _logs(stack: Stack) -> str:
    return "\n".join(f"--- {n}\n{s.log_text()[-3000:]}" for n, s in stack["services"].items())


def test_readyz_follows_the_database_down_and_back_up(stack: Stack) -> None:
    url = stack["url"]
    assert wait_until(
        lambda: (r := _ready(url)) is not None and r.status_code == 200, timeout_s=60
    ), _logs(stack)
    assert _answered(url).json()["checks"] == {
        "kafka": "up",
        "mongodb": "up",
        "matching": "up",
        "peer_groups": "up",
    }

    stack["ferretdb"].stop()

    assert wait_until(lambda: _answered(url).status_code == 503, timeout_s=30), _logs(stack)
    problem = _answered(url)
    assert problem.headers["content-type"] == "application/problem+json"
    assert "mongodb" in problem.json()["down"]
    assert problem.json()["checks"]["kafka"] == "up"
    # The services lose their database too and say so on their own health service.
    assert wait_until(
        lambda: health_status(stack["matching_address"]) == "NOT_SERVING", timeout_s=15
    )

    stack["ferretdb"].start()

    assert wait_until(lambda: _answered(url).status_code == 200, timeout_s=60), _logs(stack)
    assert health_status(stack["matching_address"]) == "SERVING"


def test_readyz_names_a_backend_service_that_is_down(stack: Stack) -> None:
    url = stack["url"]
    assert wait_until(
        lambda: (r := _ready(url)) is not None and r.status_code == 200, timeout_s=60
    ), _logs(stack)

    stack["services"]["matching"].stop()

    response = _answered(url)
    assert response.status_code == 503
    assert response.json()["down"] == ["matching"]
    assert _answered(url).headers["retry-after"]


def test_liveness_openapi_and_docs_are_served_over_http(stack: Stack) -> None:
    url = stack["url"]
    assert wait_until(lambda: _ready(url) is not None, timeout_s=60), _logs(stack)
    assert httpx.get(f"{url}/healthz", timeout=5).json() == {"status": "ok"}
    assert httpx.get(f"{url}/openapi.json", timeout=5).json()["info"]["title"] == "Pathways API"
    assert httpx.get(f"{url}/docs", timeout=5).status_code == 200
