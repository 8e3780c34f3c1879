"""The one place that builds peer groups' objects; tests override any part by keyword."""

from __future__ import annotations

import functools
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from pymongo import MongoClient

from pathways_runtime.dead_letters import DeadLetterWriter, RetryPolicy, dead_letter_topic
from pathways_runtime.event_signatures import EventVerifier, event_verifier_from_settings
from pathways_runtime.field_crypto import (
    FieldCrypto,
    MongoFieldCrypto,
    field_crypto_from_settings,
)
from pathways_runtime.grpc_server import Registrar, server_security
from pathways_runtime.grpc_service import GrpcService, ServiceProcess, standard_checks
from pathways_runtime.kafka_bus import KafkaEventPublisher, ensure_topics
from pathways_runtime.log import get_logger
from pathways_runtime.mongo import create_mongo_client
from pathways_runtime.outages import translate_outages, unavailable_on_outage
from pathways_runtime.outbox_relay import LatePublisher, OutboxRelay
from pathways_runtime.processed_events import ProcessedEvents
from peer_groups.adapters import migrations
from peer_groups.adapters.event_mapping import PEER_GROUPS_TOPIC, SURVIVORS_TOPIC, pool_member
from peer_groups.adapters.formation_processes import FormationProcesses
from peer_groups.adapters.mongo_proposal_operations import (
    MongoProposalOperations,
    ensure_operation_indexes,
)
from peer_groups.adapters.mongo_repositories import (
    EMBEDDED_OUTBOX_COLLECTIONS,
    MongoGroupRepository,
    MongoPoolRepository,
    ensure_indexes,
)
from peer_groups.adapters.pool_unsealer import unsealing_client
from peer_groups.config import PeerGroupsSettings
from peer_groups.domain.cohesion import CohesionWeights
from peer_groups.domain.rules import FormationPolicy
from peer_groups.entrypoints.grpc_api import PeerGroupServicer, register
from peer_groups.entrypoints.survivor_events import (
    PROCESSED_EVENTS_CONSUMER,
    SurvivorEventsConsumer,
    UnsealState,
)
from peer_groups.service_layer.handlers import Ports
from peer_groups.service_layer.proposal_operations import ThreadRunner

__all__ = ["SERVICE", "PeerGroupsApp", "bootstrap"]

SERVICE = "peer_groups"

_log = get_logger(__name__)


@dataclass(kw_only=True)
class PeerGroupsApp(ServiceProcess):
    settings: PeerGroupsSettings
    ports: Ports
    processed_events: ProcessedEvents
    #: Opens survivor events with the service's field crypto (the consumer and the replay).
    unseal_state: UnsealState
    #: Whose survivor events are applied: matching's public keys (the consumer and the replay).
    event_verifier: EventVerifier


def bootstrap(
    settings: PeerGroupsSettings,
    *,
    mongo_client: MongoClient[Any] | None = None,
    clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    field_crypto: FieldCrypto | None = None,
) -> PeerGroupsApp:
    client = mongo_client or create_mongo_client(
        uri=settings.mongodb_uri.get_secret_value(),
        app_name=SERVICE,
        timeout_ms=settings.mongodb_timeout_ms,
        command_log=settings.store_command_log,
    )
    db = client[settings.mongodb_database]
    # Only events matching signed are applied; a missing or development key in production
    # stops the start here.
    event_verifier = event_verifier_from_settings(settings)
    # Survivors' data keys are matching's: peer groups uses them, never creates one.
    crypto: FieldCrypto
    unsealing: MongoClient[Any] | None = None
    if field_crypto is not None:
        crypto = field_crypto
    else:
        own_crypto = field_crypto_from_settings(settings, client=client, may_create_keys=False)
        crypto = own_crypto
        # Many pool members are read with one key fetch per batch (adapters.pool_unsealer),
        # from the key vault's own server when it has one (as the field crypto does).
        unsealing = unsealing_client(
            uri=settings.mongodb_uri.get_secret_value(),
            app_name=SERVICE,
            settings=settings,
            key_vault_client=own_crypto.key_vault_client,
            timeout_ms=settings.mongodb_timeout_ms,
            command_log=settings.store_command_log,
        )
    unseal_state: UnsealState = functools.partial(pool_member, crypto=crypto)
    background: dict[str, Any] = {}
    late_publisher = LatePublisher()
    relay = OutboxRelay(db, late_publisher, collections=EMBEDDED_OUTBOX_COLLECTIONS)
    # Formation is CPU-bound: in worker processes the service answers other calls (polls of
    # a running proposal above all) while it forms groups.
    formation = FormationProcesses(workers=settings.proposal_workers)

    # A lost database reaches callers as UNAVAILABLE (pathways_runtime.outages).
    ports = Ports(
        groups=translate_outages(
            MongoGroupRepository(
                db,
                # Before a write that adds events: a durable marker naming the document, so
                # the relay finds it after a crash without sweeping every group.
                on_outbox_pending=relay.mark_pending,
                # After it: publish now.
                on_outbox=relay.notify,
            )
        ),
        pool=translate_outages(
            MongoPoolRepository(
                db,
                crypto=crypto,
                unsealed_db=unsealing[settings.mongodb_database] if unsealing is not None else None,
            )
        ),
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
        form=formation,
    )

    processed = ProcessedEvents(db, consumer=PROCESSED_EVENTS_CONSUMER, clock=clock)

    def start_background() -> None:
        ensure_indexes(db)
        ensure_operation_indexes(db)
        if not migrations.is_migrated(db):
            # Data written by an earlier release (or none): brought up to date once (cold).
            _log.info(
                "peer groups data migrated",
                **migrations.migrate(db, crypto=crypto, now=clock()),
            )
        if isinstance(crypto, MongoFieldCrypto):
            crypto.ensure_key_vault()  # on the vault's own server when it has one
        processed.ensure_indexes()
        kafka_security = settings.kafka_security
        ensure_topics(
            bootstrap_servers=settings.kafka_bootstrap_servers,
            topics=[PEER_GROUPS_TOPIC, SURVIVORS_TOPIC, dead_letter_topic(SURVIVORS_TOPIC)],
            partitions=settings.kafka_partitions,
            security=kafka_security,
        )
        publisher = KafkaEventPublisher(
            bootstrap_servers=settings.kafka_bootstrap_servers,
            client_id=SERVICE,
            security=kafka_security,
        )
        late_publisher.target = publisher
        stopping = threading.Event()
        consumer = SurvivorEventsConsumer(
            stop=stopping,
            ports=ports,
            processed=processed,
            unseal_state=unseal_state,
            verifier=event_verifier,
            dead_letters=DeadLetterWriter(
                publisher, consumer=settings.survivor_events_group, stop=stopping
            ),
            bootstrap_servers=list(settings.kafka_bootstrap_servers),
            security=kafka_security,
            client_id=SERVICE,
            group_id=settings.survivor_events_group,
            retry_policy=RetryPolicy(
                max_attempts=settings.dead_letter_after,
                backoff_s=settings.dead_letter_backoff_s,
            ),
        )
        background.update(publisher=publisher, relay=relay, consumer=consumer)
        formation.start()
        relay.start()
        consumer.start()

    def stop_background() -> None:
        for name in ("consumer", "relay"):
            if name in background:
                background[name].stop()
        if "publisher" in background:
            background["publisher"].close()
        formation.close()
        if unsealing is not None:
            unsealing.close()
        if isinstance(crypto, MongoFieldCrypto) and field_crypto is None:
            crypto.close()  # its own client of the key vault's server, when it has one
        client.close()

    grpc_service = GrpcService(
        settings=settings,
        # Only callers the gateway vouched for (signed assertions for SERVICE), optionally
        # over mutual TLS.
        register=Registrar(
            add=register(
                unavailable_on_outage(
                    PeerGroupServicer(
                        ports,
                        # Proposals run as operations, kept in the store; at most
                        # `proposal_workers` at once (formation is CPU-bound).
                        operations=translate_outages(MongoProposalOperations(db)),
                        runner=ThreadRunner(workers=settings.proposal_workers),
                    )
                )
            ),
            security=server_security(settings, audience=SERVICE),
        ),
        checks=standard_checks(mongo_client=client, settings=settings),
    )
    return PeerGroupsApp(
        settings=settings,
        ports=ports,
        processed_events=processed,
        unseal_state=unseal_state,
        event_verifier=event_verifier,
        grpc=grpc_service,
        start_background=start_background,
        stop_background=stop_background,
    )
