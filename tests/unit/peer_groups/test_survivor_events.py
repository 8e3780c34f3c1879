"""The survivor-events entrypoint: what it does with events it cannot or need not apply."""

from __future__ import annotations

from pathways.v1 import common_pb2, events_pb2
from pathways_runtime.envelopes import new_envelope
from peer_groups.adapters.event_mapping import SurvivorKeyErased
from peer_groups.entrypoints.survivor_events import handle_survivor_event
from peer_groups.service_layer.handlers import Ports
from tests.unit.peer_groups.fakes import FakeGroups, FakePool
from tests.unit.peer_groups.test_rules import person


def _upsert(survivor_id: str) -> events_pb2.EventEnvelope:
    message = events_pb2.SurvivorUpserted(
        survivor_id=survivor_id,
        readiness=common_pb2.READINESS_STAGE_PEER_SUPPORT_READY,
        version=3,
    )
    return new_envelope(message, aggregate_key=survivor_id, producer="test")


def test_an_old_event_of_an_erased_survivor_is_skipped_not_dead_lettered() -> None:
    ports = Ports(groups=FakeGroups(), pool=FakePool())

    def key_gone(_message: events_pb2.SurvivorUpserted) -> object:
        raise SurvivorKeyErased("gone")

    assert handle_survivor_event(_upsert("sv_1"), ports=ports, unseal_state=key_gone) is False  # type: ignore[arg-type]
    assert ports.pool.get_many(["sv_1"]) == {}


def test_a_readable_event_reaches_the_pool() -> None:
    ports = Ports(groups=FakeGroups(), pool=FakePool())
    state = person("sv_1")
    assert handle_survivor_event(_upsert("sv_1"), ports=ports, unseal_state=lambda _m: state)
    assert ports.pool.get_many(["sv_1"]) == {"sv_1": state}
