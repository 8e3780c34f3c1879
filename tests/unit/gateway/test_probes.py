import threading
from collections.abc import Callable, Mapping

from fastapi.testclient import TestClient

from gateway.app import create_app
from gateway.bootstrap import Overrides
from gateway.config import GatewaySettings


def _client(checks: Mapping[str, Callable[[], bool]]) -> TestClient:
    return TestClient(
        create_app(GatewaySettings(readiness_timeout_s=0.5), Overrides(checks=checks))
    )


def _all_up() -> dict[str, Callable[[], bool]]:
    return {name: (lambda: True) for name in ("kafka", "mongodb", "matching", "peer_groups")}


def test_healthz_answers_while_dependencies_are_down() -> None:
    with _client({"mongodb": lambda: False}) as client:
        response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok"}


def test_readyz_is_200_when_everything_is_up() -> None:
    with _client(_all_up()) as client:
        response = client.get("/readyz")
    assert response.status_code == 200
    assert response.json()["checks"] == {
        "kafka": "up",
        "mongodb": "up",
        "matching": "up",
        "peer_groups": "up",
    }


def test_readyz_is_503_problem_naming_what_is_down() -> None:
    checks = _all_up() | {"mongodb": lambda: False}
    with _client(checks) as client:
        response = client.get("/readyz")
    assert response.status_code == 503
    assert response.headers["content-type"] == "application/problem+json"
    assert response.headers["retry-after"]
    body = response.json()
    assert body["type"] == "/problems/not-ready"
    assert body["down"] == ["mongodb"]
    assert body["checks"]["kafka"] == "up"


def test_a_hanging_dependency_counts_as_down_within_the_timeout() -> None:
    """The probe answers while the check still hangs (it would hang 30 s): it did not wait."""
    released, finished = threading.Event(), threading.Event()

    def hanging() -> bool:
        released.wait(timeout=30)
        finished.set()
        return True

    with _client(_all_up() | {"matching": hanging}) as client:
        try:
            response = client.get("/readyz")
            answered_before_the_check_ended = not finished.is_set()
        finally:
            released.set()  # before the client closes, which waits for the check's thread
    assert answered_before_the_check_ended
    assert response.status_code == 503
    assert response.json()["down"] == ["matching"]


def test_unknown_route_is_a_problem_document() -> None:
    with _client(_all_up()) as client:
        response = client.get("/v1/nothing-here")
    assert response.status_code == 404
    assert response.headers["content-type"] == "application/problem+json"
    assert response.json()["type"] == "/problems/not-found"


def test_openapi_and_docs_are_served() -> None:
    with _client(_all_up()) as client:
        spec = client.get("/openapi.json").json()
        docs = client.get("/docs")
    assert spec["info"]["title"] == "Pathways API"
    assert {"/healthz", "/readyz"} <= set(spec["paths"])
    assert docs.status_code == 200
    assert "swagger" in docs.text.lower()
