"""The one place that builds matching's objects; tests override any part by keyword."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from pymongo import MongoClient

from matching.adapters.dashboard_counters import (
    DASHBOARDS_MIGRATION,
    MongoDashboardCounters,
    ensure_dashboards,
)
from matching.adapters.event_mapping import MATCHES_TOPIC, OPPORTUNITIES_TOPIC, SURVIVORS_TOPIC
from matching.adapters.index_snapshot import FileSnapshotStore, SnapshotIdentity, snapshot_path
from matching.adapters.migrations import ensure_migrated
from matching.adapters.mongo_repositories import (
    MongoMatchRepository,
    MongoOpportunityRepository,
    MongoOrganisationStandings,
    MongoOutcomeModelRepository,
    MongoSurvivorRepository,
    ensure_indexes,
)
from matching.adapters.opportunity_index import OpportunityIndex
from matching.adapters.outbox_relay import OutboxRelay
from matching.adapters.vocabulary_files import load_vocabulary, vocabulary_fingerprint
from matching.config import MatchingSettings
from matching.domain.scoring import ScoreWeights
from matching.domain.survivor import Survivor
from matching.domain.vocabulary import Vocabulary
from matching.domain.words_read import reading_of
from matching.entrypoints.grpc_api import MatchingServicer, register
from matching.entrypoints.opportunity_events import IndexFeeder, SnapshotStore
from matching.service_layer.handlers import Ports
from pathways_runtime.event_signatures import (
    SigningPublisher,
    event_signer_from_settings,
    event_verifier_from_settings,
)
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
from pathways_runtime.outbox_relay import LatePublisher

__all__ = ["SERVICE", "MatchingApp", "bootstrap"]

SERVICE = "matching"
_log = get_logger(__name__)


@dataclass(kw_only=True)
class MatchingApp(ServiceProcess):
    settings: MatchingSettings
    ports: Ports
    index: OpportunityIndex
    vocabulary: Vocabulary


def bootstrap(
    settings: MatchingSettings,
    *,
    mongo_client: MongoClient[Any] | None = None,
    vocabulary: Vocabulary | None = None,
    clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    field_crypto: FieldCrypto | None = None,
) -> MatchingApp:
    snapshot_vocabulary = vocabulary_fingerprint() if vocabulary is None else None
    vocabulary = vocabulary or load_vocabulary()
    known_concepts = frozenset(vocabulary.ids)
    client = mongo_client or create_mongo_client(
        uri=settings.mongodb_uri.get_secret_value(),
        app_name=SERVICE,
        timeout_ms=settings.mongodb_timeout_ms,
        command_log=settings.store_command_log,
    )
    db = client[settings.mongodb_database]
    # Matching owns survivors: the one service that creates their data keys.
    crypto = field_crypto or field_crypto_from_settings(
        settings, client=client, may_create_keys=True
    )
    weights = ScoreWeights(**settings.score_weights)
    index = OpportunityIndex(concepts=vocabulary, weights=weights)

    def interest_concepts(survivor: Survivor) -> frozenset[str]:
        # The survivor's words as the index reads them (what they say they do not want
        # left out, and what they only tell beside a wish: the karaoke bar they worked in,
        # the factory a husband wants for them), so stored interests, peer groups, the
        # cards employers see and explanations agree with matching.
        found = reading_of(survivor, vocabulary).named - index.told(survivor)
        return found | {t for t in survivor.profile.interest_tags if t in known_concepts}

    # Every event matching publishes is signed (consumers apply only signed ones); a
    # missing or development key in production stops the start here.
    event_signer = event_signer_from_settings(settings)
    event_verifier = event_verifier_from_settings(settings, own=event_signer)
    background: dict[str, Any] = {}
    # The relay exists from here on (it publishes once the background starts): a write
    # first marks its document's outbox pending (durably, so a crash loses no event), then
    # points the relay at it.
    late_publisher = LatePublisher()
    relay = OutboxRelay(db, late_publisher)
    outbox_hooks: dict[str, Callable[[str, Any], None]] = {
        "on_outbox": relay.notify,
        "on_outbox_pending": relay.mark_pending,
    }
    survivors = MongoSurvivorRepository(
        db,
        interest_concepts=interest_concepts,
        crypto=crypto,
        vocabulary_version=snapshot_vocabulary or "",
        **outbox_hooks,
    )
    models = MongoOutcomeModelRepository(db)
    opportunities = MongoOpportunityRepository(
        db, vocabulary_version=vocabulary_fingerprint(), **outbox_hooks
    )
    # A lost database reaches callers as UNAVAILABLE (pathways_runtime.outages).
    ports = Ports(
        survivors=translate_outages(survivors),
        opportunities=translate_outages(opportunities),
        matches=translate_outages(MongoMatchRepository(db, crypto=crypto, **outbox_hooks)),
        index=index,
        sector_concepts_in=vocabulary.sectors_in,
        concepts_in=vocabulary.concepts_in,
        vocabulary=vocabulary,
        clock=clock,
        weights=weights,
        overbooking=settings.overbooking,
        interest_concepts=interest_concepts,
        models=translate_outages(models),
        blend_weight=settings.outcome_blend_weight,
        learning_min_examples=settings.outcome_min_examples,
        dashboards=translate_outages(MongoDashboardCounters(db)),
        standings=translate_outages(MongoOrganisationStandings(db)),
    )

    def start_background() -> None:
        ensure_indexes(db)
        # A database written by an earlier release is brought to the current shape now
        # (each migration once; a marker says it was done), before any request reads it:
        # ``python -m matching migrate`` does the same on demand.
        for name, counts in ensure_migrated(db).items():
            _log.info("migrated", migration=name, **counts)
        if isinstance(crypto, MongoFieldCrypto):
            crypto.ensure_key_vault()  # on the vault's own server when it has one
        # Each organisation's dashboard counts, built once in their current shape from what
        # is stored (they are kept current by the handlers from then on).
        built = ensure_dashboards(db, crypto=crypto)
        if built is not None:
            _log.info("migrated", migration=DASHBOARDS_MIGRATION, **built)
        ports.outcome_model = models.latest()
        kafka_security = settings.kafka_security
        ensure_topics(
            bootstrap_servers=settings.kafka_bootstrap_servers,
            topics=[SURVIVORS_TOPIC, OPPORTUNITIES_TOPIC, MATCHES_TOPIC],
            partitions=settings.kafka_partitions,
            security=kafka_security,
        )
        publisher = SigningPublisher(
            KafkaEventPublisher(
                bootstrap_servers=settings.kafka_bootstrap_servers,
                client_id=SERVICE,
                security=kafka_security,
            ),
            event_signer,
        )
        late_publisher.target = publisher
        feeder = IndexFeeder(
            index=index,
            bootstrap_servers=settings.kafka_bootstrap_servers,
            security=kafka_security,
            load_all=opportunities.all,
            snapshots=_snapshot_store(settings, index=index, vocabulary=snapshot_vocabulary),
            snapshot_interval_s=settings.index_snapshot_interval_s,
            verifier=event_verifier,
        )
        background.update(publisher=publisher, relay=relay, feeder=feeder)
        relay.start()
        feeder.start()

    def stop_background() -> None:
        if "feeder" in background:
            background["feeder"].stop()
        if "relay" in background:
            background["relay"].stop()
        if "publisher" in background:
            background["publisher"].close()
        client.close()

    def index_ready() -> bool:
        feeder = background.get("feeder")
        return feeder is not None and feeder.ready.is_set()

    checks = standard_checks(mongo_client=client, settings=settings) | {"index": index_ready}
    grpc_service = GrpcService(
        settings=settings,
        # A lost database reaches callers as UNAVAILABLE (pathways_runtime.outages).
        # Only callers the gateway vouched for (signed assertions for SERVICE), optionally
        # over mutual TLS.
        register=Registrar(
            add=register(unavailable_on_outage(MatchingServicer(ports))),
            security=server_security(settings, audience=SERVICE),
        ),
        checks=checks,
    )
    return MatchingApp(
        settings=settings,
        ports=ports,
        index=index,
        vocabulary=vocabulary,
        grpc=grpc_service,
        start_background=start_background,
        stop_background=stop_background,
    )


def _snapshot_store(
    settings: MatchingSettings, *, index: OpportunityIndex, vocabulary: str | None
) -> SnapshotStore | None:
    """The index snapshot, if configured and the vocabulary is the fingerprinted one.

    A vocabulary passed in by a caller has no fingerprint of its files, so its index is
    never snapshotted: a snapshot of one vocabulary must not be read with another.
    """
    if settings.index_snapshot_dir is None or vocabulary is None:
        return None
    identity = SnapshotIdentity(
        vocabulary=vocabulary,
        feature_config=index.feature_config(),
        database=settings.mongodb_database,
        topic=OPPORTUNITIES_TOPIC,
    )
    path = snapshot_path(settings.index_snapshot_dir, database=settings.mongodb_database)
    return FileSnapshotStore(path, identity=identity)
