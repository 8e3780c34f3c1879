"""Kafka that authenticates its clients and authorises each service by topic, as ``make run``
starts it (``infra/kafka.sh`` with ``PATHWAYS_KAFKA_USERS_FILE``, ACLs from
``infra/kafka_acls.py``), reached by the services' own clients with their settings.

Expected by the rules in ``infra/kafka_acls.py``: only matching writes survivors' events;
peer groups reads them in its consumer group; the gateway touches only the audit topic; a
wrong password or no credentials reach nothing."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from kafka.errors import GroupAuthorizationFailedError, TopicAuthorizationFailedError

from infra import kafka_acls
from pathways.v1 import common_pb2, events_pb2
from pathways_runtime.envelopes import new_envelope
from pathways_runtime.kafka_bus import (
    ConsumedEvent,
    KafkaEventConsumer,
    KafkaEventPublisher,
    KafkaProbe,
    ensure_topics,
)
from pathways_runtime.kafka_security import (
    PLAINTEXT,
    KafkaSecurity,
    SaslMechanism,
    SecurityProtocol,
)
from tests.support.processes import InfraInstance, free_port

SURVIVORS = "survivors.v1"


class SaslBroker:
    def __init__(self, bootstrap: str, users: dict[str, str]) -> None:
        self.bootstrap = bootstrap
        self.users = users

    def as_user(self, user: str, password: str | None = None) -> KafkaSecurity:
        return KafkaSecurity(
            protocol=SecurityProtocol.SASL_PLAINTEXT,
            mechanism=SaslMechanism.SCRAM_SHA_512,
            username=user,
            password=password or self.users[user],
        )


@pytest.fixture(scope="module")
def sasl_broker(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SaslBroker]:
    run_dir = tmp_path_factory.mktemp("sasl-kafka")
    users = kafka_acls.ensure_users(run_dir / "kafka-users")
    port = free_port()
    instance = InfraInstance(
        script="kafka.sh",
        run_dir=run_dir,
        env={
            "PATHWAYS_KAFKA_PORT": str(port),
            "PATHWAYS_KAFKA_CONTROLLER_PORT": str(free_port()),
            "PATHWAYS_KAFKA_START_TIMEOUT": "180",
            "PATHWAYS_KAFKA_USERS_FILE": str(run_dir / "kafka-users" / "users"),
        },
    )
    instance.start()
    try:
        bootstrap = f"127.0.0.1:{port}"
        kafka_acls.apply(users, bootstrap)
        broker = SaslBroker(bootstrap, users)
        # As each service does at start: its topics, under its own user.
        ensure_topics(
            bootstrap_servers=[bootstrap],
            topics=[SURVIVORS, "opportunities.v1", "matches.v1"],
            security=broker.as_user("matching"),
        )
        ensure_topics(
            bootstrap_servers=[bootstrap],
            topics=["peer_groups.v1", SURVIVORS, SURVIVORS + ".dlq"],
            security=broker.as_user("peer_groups"),
        )
        yield broker
    finally:
        instance.stop()
        if instance.running():
            instance.kill()


def _reaches(broker: SaslBroker, security: KafkaSecurity) -> bool:
    probe = KafkaProbe(bootstrap_servers=[broker.bootstrap], timeout_ms=5_000, security=security)
    try:
        return probe()
    finally:
        probe.close()


def _event(key: str) -> events_pb2.EventEnvelope:
    payload = common_pb2.LanguageSkill(language="km", level=common_pb2.LANGUAGE_LEVEL_FLUENT)
    return new_envelope(payload, aggregate_key=key, producer="matching")


def test_each_service_signs_in_as_itself_and_no_one_else_gets_in(sasl_broker: SaslBroker) -> None:
    for service in kafka_acls.SERVICES:
        assert _reaches(sasl_broker, sasl_broker.as_user(service))
    assert not _reaches(sasl_broker, sasl_broker.as_user("matching", "not-the-password-at-all"))
    assert not _reaches(sasl_broker, PLAINTEXT)


def test_matching_publishes_survivor_events_and_peer_groups_reads_them(
    sasl_broker: SaslBroker, tmp_path: Path
) -> None:
    key = f"srv_{tmp_path.name}"
    publisher = KafkaEventPublisher(
        bootstrap_servers=[sasl_broker.bootstrap],
        client_id="matching",
        security=sasl_broker.as_user("matching"),
    )
    try:
        publisher.publish(SURVIVORS, _event(key))
    finally:
        publisher.close()
    consumer = _consumer(sasl_broker, "peer_groups", group="peer_groups")
    seen: list[ConsumedEvent] = []
    deadline = time.monotonic() + 60
    try:
        while time.monotonic() < deadline and not _holds(seen, key):
            seen += consumer.poll(timeout_ms=500)
    finally:
        consumer.close()
    assert _holds(seen, key)


def _consumer(broker: SaslBroker, user: str, *, group: str) -> KafkaEventConsumer:
    """A consumer of survivors' events in ``group``, signed in as ``user``."""
    return KafkaEventConsumer(
        bootstrap_servers=[broker.bootstrap],
        group_id=group,
        topics=[SURVIVORS],
        client_id=user,
        security=broker.as_user(user),
    )


def _holds(events: list[ConsumedEvent], key: str) -> bool:
    return any(event.envelope.aggregate_key == key for event in events)


@pytest.mark.parametrize("service", ["peer_groups", "gateway"])
def test_no_other_service_can_publish_a_survivor_event(
    sasl_broker: SaslBroker, service: str
) -> None:
    publisher = KafkaEventPublisher(
        bootstrap_servers=[sasl_broker.bootstrap],
        client_id=service,
        security=sasl_broker.as_user(service),
        send_timeout_s=20,
    )
    try:
        with pytest.raises(TopicAuthorizationFailedError):
            publisher.publish(SURVIVORS, _event("srv_forged"))
    finally:
        publisher.close()


def test_the_gateway_cannot_read_survivor_events(sasl_broker: SaslBroker) -> None:
    consumer = _consumer(sasl_broker, "gateway", group="gateway-reads")
    try:
        with pytest.raises((GroupAuthorizationFailedError, TopicAuthorizationFailedError)):
            _poll_for(consumer, seconds=30)
    finally:
        consumer.close()


def _poll_for(consumer: KafkaEventConsumer, *, seconds: float) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        consumer.poll(timeout_ms=500)
