"""Only matching's signed survivor events change the pool: anything else (unsigned, signed by
another key, or a signed record moved to another survivor) goes to the DLQ, never applied."""

from __future__ import annotations

import threading
from collections.abc import Iterable
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from pathways.v1 import common_pb2, events_pb2
from pathways_runtime.dead_letters import DeadLetterWriter, RetryPolicy
from pathways_runtime.envelopes import encode, new_envelope
from pathways_runtime.event_signatures import EventSigner, EventVerifier, development_event_key
from pathways_runtime.kafka_bus import ConsumedEvent, Headers
from peer_groups.entrypoints.survivor_events import SurvivorEventsConsumer
from peer_groups.service_layer.handlers import Ports
from tests.unit.peer_groups.fakes import FakeGroups, FakePool
from tests.unit.peer_groups.test_rules import person

TOPIC = "survivors.v1"
MATCHING = EventSigner(development_event_key())


class FakeConsumer:
    def __init__(self, **_: Any) -> None:
        self.committed: list[int] = []

    def commit_many(self, events: Iterable[ConsumedEvent], *, timeout_ms: int = 0) -> None:
        self.committed.extend(event.offset for event in events)

    def close(self) -> None:
        pass


class FakeProcessed:
    def __init__(self) -> None:
        self.recorded: list[str] = []

    def seen_among(self, ids: Iterable[str]) -> set[str]:
        return set(ids) & set(self.recorded)

    def record_many(self, ids: Iterable[str]) -> int:
        self.recorded.extend(ids)
        return len(self.recorded)


class FakeLetters:
    def __init__(self) -> None:
        self.sent: list[tuple[str, str, bytes, dict[str, bytes]]] = []

    def publish_encoded(
        self, topic: str, *, key: str, payload: bytes, headers: Headers | None = None
    ) -> None:
        self.sent.append((topic, key, payload, dict(headers or [])))


def _upserted(survivor_id: str, organisation_id: str, version: int) -> events_pb2.EventEnvelope:
    message = events_pb2.SurvivorUpserted(
        survivor_id=survivor_id,
        organisation_id=organisation_id,
        readiness=common_pb2.READINESS_STAGE_PEER_SUPPORT_READY,
        peer_group_consent=True,
        version=version,
    )
    return new_envelope(message, aggregate_key=survivor_id, producer="matching")


def _erased(survivor_id: str) -> events_pb2.EventEnvelope:
    message = events_pb2.SurvivorErased(survivor_id=survivor_id)
    return new_envelope(message, aggregate_key=survivor_id, producer="matching")


def _record(
    envelope: events_pb2.EventEnvelope,
    offset: int,
    *,
    signer: EventSigner | None = None,
    key: str | None = None,
    signed_key: str | None = None,
) -> ConsumedEvent:
    """As polled: ``key`` the record's key, ``signed_key`` the one its signature covers."""
    raw = encode(envelope)
    key = key or envelope.aggregate_key
    headers = signer.headers(TOPIC, signed_key or key, raw) if signer else []
    return ConsumedEvent(
        TOPIC, 0, offset, envelope, raw=raw, key=key.encode(), headers=tuple(headers)
    )


def _consumer(pool: FakePool, letters: FakeLetters) -> tuple[SurvivorEventsConsumer, FakeConsumer]:
    fake = FakeConsumer()

    def unseal(message: events_pb2.SurvivorUpserted) -> Any:
        return person(
            message.survivor_id,
            version=message.version,
            organisation_id=message.organisation_id,
        )

    consumer = SurvivorEventsConsumer(
        ports=Ports(groups=FakeGroups(), pool=pool),
        processed=FakeProcessed(),  # type: ignore[arg-type]
        dead_letters=DeadLetterWriter(letters, consumer="peer_groups"),
        unseal_state=unseal,
        verifier=EventVerifier([MATCHING.public_key()]),
        bootstrap_servers=["unused:9092"],
        client_id="t",
        retry_policy=RetryPolicy(max_attempts=1, backoff_s=0),
        stop=threading.Event(),
        lanes=1,
        consumer_factory=lambda **kwargs: fake,  # type: ignore[arg-type]
    )
    return consumer, fake


def _forgeries() -> list[tuple[str, ConsumedEvent]]:
    intruder = EventSigner(Ed25519PrivateKey.generate())
    return [
        ("UnsignedEvent", _record(_erased("sv_1"), 1)),
        ("UnsignedEvent", _record(_upserted("sv_1", "org_not_a_partner", 50), 2)),
        ("UnknownEventKey", _record(_erased("sv_1"), 3, signer=intruder)),
        (
            "UnknownEventKey",
            _record(_upserted("sv_1", "org_not_a_partner", 51), 4, signer=intruder),
        ),
        # matching's genuine signature of another survivor's erasure, moved onto sv_1's key
        ("BadEventSignature", _record(_erased("sv_1"), 5, signer=MATCHING, signed_key="sv_2")),
    ]


@pytest.mark.parametrize("case", range(5))
def test_a_forged_survivor_event_is_dead_lettered_and_the_pool_is_unchanged(case: int) -> None:
    pool, letters = FakePool(), FakeLetters()
    consumer, fake = _consumer(pool, letters)
    genuine = _record(_upserted("sv_1", "org_ngo", 3), 0, signer=MATCHING)
    assert consumer._handle_batch([genuine])
    before = pool.get_many(["sv_1"])
    assert before["sv_1"].organisation_id == "org_ngo"

    error_class, forged = _forgeries()[case]
    assert consumer._handle_batch([forged])

    assert pool.get_many(["sv_1"]) == before
    assert pool.erased == set()
    [(topic, key, payload, headers)] = letters.sent
    assert (topic, key, payload) == ("survivors.v1.dlq", "sv_1", forged.raw)
    assert headers["pathways.error_class"] == error_class.encode()
    assert headers["pathways.attempts"] == b"1"
    # The sender's word (its event id) is not recorded as the letter's own.
    assert "pathways.event_id" not in headers
    # The record's own headers are kept, so a replay can verify it again.
    for name, value in forged.headers:
        assert headers[name] == value
    assert consumer.untrusted == 1
    assert consumer.dead_lettered == 1
    assert fake.committed == [0, forged.offset]  # the offset moved on


def test_forged_events_among_genuine_ones_are_refused_and_the_genuine_ones_applied() -> None:
    pool, letters = FakePool(), FakeLetters()
    consumer, fake = _consumer(pool, letters)
    forgeries = [forged for _, forged in _forgeries()]
    genuine = _record(_upserted("sv_1", "org_ngo", 3), 0, signer=MATCHING)
    later = _record(_upserted("sv_1", "org_ngo", 4), 6, signer=MATCHING)
    assert consumer._handle_batch([genuine, *forgeries, later])
    assert pool.get_many(["sv_1"])["sv_1"].version == 4
    assert pool.get_many(["sv_1"])["sv_1"].organisation_id == "org_ngo"
    assert pool.erased == set()
    assert len(letters.sent) == len(forgeries)
    assert consumer.applied == 2
    assert max(fake.committed) == 6


def test_a_genuine_erasure_is_applied() -> None:
    pool, letters = FakePool(), FakeLetters()
    consumer, _ = _consumer(pool, letters)
    assert consumer._handle_batch([_record(_upserted("sv_1", "org_ngo", 3), 0, signer=MATCHING)])
    assert consumer._handle_batch([_record(_erased("sv_1"), 1, signer=MATCHING)])
    assert pool.erased == {"sv_1"}
    assert letters.sent == []
