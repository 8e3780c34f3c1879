from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from fastapi.testclient import TestClient

from console.app import create_app
from console.config import ConsoleSettings
from tests.unit.console.fake_gateway import PASSWORD, FakeGateway


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


def officer_client(gateway: FakeGateway) -> TestClient:
    """A console client over ``gateway``, signed in as its officer (the caller closes it)."""
    client = make_client(gateway, Clock())
    token = re.search(r'name="csrf_token" value="([^"]+)"', client.get("/sign-in").text)
    assert token
    answer = client.post(
        "/sign-in",
        data={"csrf_token": token.group(1), "username": "officer", "password": PASSWORD},
    )
    assert answer.status_code == 303
    return client


@contextmanager
def signed_in_officer(gateway: FakeGateway) -> Iterator[TestClient]:
    """A console client over ``gateway``, signed in as its officer, closed after use."""
    with officer_client(gateway) as client:
        yield client


def csrf_in(page: str) -> str:
    """The CSRF token a console page's forms carry."""
    found = re.search(r'name="csrf_token" value="([^"]+)"', page)
    assert found
    return found.group(1)


def csrf_of(client: TestClient, path: str) -> str:
    """The CSRF token of the page at ``path``."""
    return csrf_in(client.get(path).text)


def notice_of(page: str) -> str | None:
    """What a page announces once an act is done (``<p class="notice" role="status">``)."""
    found = re.search(r'<p class="notice" role="status">([^<]*)</p>', page)
    return found.group(1) if found else None
