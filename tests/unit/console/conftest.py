from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from console.app import create_app
from console.config import ConsoleSettings
from tests.unit.console.fake_gateway import FakeGateway


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def gateway() -> FakeGateway:
    return FakeGateway()


@pytest.fixture
def clock() -> Clock:
    return Clock()


def make_client(gateway: FakeGateway, clock: Clock, **settings: object) -> TestClient:
    app = create_app(
        ConsoleSettings(gateway_url="http://gateway.test", **settings),  # type: ignore[arg-type]
        clock=clock,
        transport=gateway.transport(),
    )
    return TestClient(app, base_url="http://console.test", follow_redirects=False)


@pytest.fixture
def client(gateway: FakeGateway, clock: Clock) -> Iterator[TestClient]:
    with make_client(gateway, clock) as c:
        yield c
