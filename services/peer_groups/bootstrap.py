"""The one place that builds peer groups' objects; tests override any part by keyword."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from pymongo import MongoClient

from pathways_runtime.grpc_service import GrpcService, standard_checks
from pathways_runtime.kafka_bus import KafkaEventPublisher, ensure_topics
from pathways_runtime.mongo import create_mongo_client
from pathways_runtime.outbox_relay import OutboxRelay
from peer_groups.adapters.event_mapping import PEER_GROUPS_TOPIC, SURVIVORS_TOPIC
from peer_groups.adapters.mongo_repositories import (
    EMBEDDED_OUTBOX_COLLECTIONS,
    MongoGroupRepository,
    MongoPoolRepository,
    ensure_indexes,
)
from peer_groups.config import PeerGroupsSettings
from peer_groups.domain.cohesion import CohesionWeights
from peer_groups.domain.rules import FormationPolicy
from peer_groups.entrypoints.grpc_api import PeerGroupServicer, register
from peer_groups.entrypoints.survivor_events import SurvivorEventsConsumer
from peer_groups.service_layer.handlers import Ports

__all__ = ["SERVICE", "PeerGroupsApp", "bootstrap"]

SERVICE = "peer_groups"


@dataclass
class PeerGroupsApp:
    settings: PeerGroupsSettings
    ports: Ports
    grpc: GrpcService
    start_background: Callable[[], None]
    stop_background: Callable[[], None]

    def serve_until_signalled(self) -> None:
        self.start_background()
        self.grpc.on_stop = self.stop_background
        self.grpc.serve_until_signalled()

    def start(self) -> None:
        self.start_background()
        self.grpc.start()

    def stop(self) -> None:
        self.grpc.on_stop = self.stop_background
        self.grpc.stop()


def bootstrap(
    settings: PeerGroupsSettings,
    *,
    mongo_client: MongoClient[Any] | None = None,
    clock: Callable[[], datetime] = lambda: datetime.now(UTC),
) -> PeerGroupsApp:
    client = mongo_client or create_mongo_client(
        uri=settings.mongodb_uri.get_secret_value(),
        app_name=SERVICE,
        timeout_ms=settings.mongodb_timeout_ms,
    )
    db = client[settings.mongodb_database]
    background: dict[str, Any] = {}

    def point_relay(collection: str, document_id: Any) -> None:
        relay = background.get("relay")
        if relay is not None:
            relay.notify(collection, document_id)

    ports = Ports(
        groups=MongoGroupRepository(db, on_outbox=point_relay),
        pool=MongoPoolRepository(db),
        clock=clock,
        policy=FormationPolicy(
            max_minor_age_spread=settings.max_minor_age_spread,
            youth_max_age=settings.youth_max_age,
            min_overlap_minutes=settings.min_overlap_minutes,
        ),
        weights=CohesionWeights(
            interests=settings.cohesion_interest_weight,
            stage=1.0 - settings.cohesion_interest_weight,
        ),
    )

    def start_background() -> None:
        ensure_indexes(db)
        ensure_topics(
            bootstrap_servers=settings.kafka_bootstrap_servers,
            topics=[PEER_GROUPS_TOPIC, SURVIVORS_TOPIC],
            partitions=settings.kafka_partitions,
        )
        publisher = KafkaEventPublisher(
            bootstrap_servers=settings.kafka_bootstrap_servers, client_id=SERVICE
        )
        relay = OutboxRelay(db, publisher, collections=EMBEDDED_OUTBOX_COLLECTIONS)
        consumer = SurvivorEventsConsumer(
            ports=ports,
            bootstrap_servers=list(settings.kafka_bootstrap_servers),
            client_id=SERVICE,
            group_id=settings.survivor_events_group,
        )
        background.update(publisher=publisher, relay=relay, consumer=consumer)
        relay.start()
        consumer.start()

    def stop_background() -> None:
        for name in ("consumer", "relay"):
            if name in background:
                background[name].stop()
        if "publisher" in background:
            background["publisher"].close()
        client.close()

    grpc_service = GrpcService(
        settings=settings,
        register=register(PeerGroupServicer(ports)),
        checks=standard_checks(mongo_client=client, settings=settings),
    )
    return PeerGroupsApp(
        settings=settings,
        ports=ports,
        grpc=grpc_service,
        start_background=start_background,
        stop_background=stop_background,
    )
