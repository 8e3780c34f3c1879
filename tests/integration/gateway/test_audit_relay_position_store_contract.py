"""One contract, two stores: the audit relay's unit tests' ``FakePosition`` and
``MongoAuditRelayPosition`` on a real FerretDB answer every case the same way
(``gateway.ports.AuditRelayPosition``).

The rules: the position starts at 0 (nothing published); ``advance`` stores a number only
over a lower one and says whether it did; it never lowers the position, so a relay that
fell behind (another instance published further meanwhile) is told and changes nothing.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from typing import Any

import pytest
from pymongo import MongoClient

from gateway.adapters.audit_events import MongoAuditRelayPosition
from gateway.bootstrap import ensure_indexes
from gateway.ports import AuditRelayPosition
from tests.unit.gateway.test_audit_relay import FakePosition


@pytest.fixture(params=["fake", "mongodb"])
def position(request: pytest.FixtureRequest, mongodb_uri: str) -> Iterator[AuditRelayPosition]:
    if request.param == "fake":
        yield FakePosition()
        return
    client: MongoClient[Any] = MongoClient(mongodb_uri, tz_aware=True)
    name = f"rel_{uuid.uuid4().hex[:10]}"
    try:
        ensure_indexes(client[name])
        yield MongoAuditRelayPosition(client[name])
    finally:
        client.drop_database(name)
        client.close()


def test_nothing_is_published_before_the_first_advance(position: AuditRelayPosition) -> None:
    assert position.published_through() == 0
    assert position.advance(5)
    assert position.published_through() == 5


def test_the_position_only_moves_forward(position: AuditRelayPosition) -> None:
    assert position.advance(8)
    # Another relay is already at or beyond these: told so, and nothing changes.
    assert not position.advance(3)
    assert not position.advance(8)
    assert position.published_through() == 8
    assert position.advance(9)
    assert position.published_through() == 9
