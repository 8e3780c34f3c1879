"""The one place that builds the gateway's objects; tests pass fakes by keyword.

:func:`build_gateway` builds what a request needs; :func:`serving` builds and starts what
the app serves with (stores, the backends' clients, the audit relay and chain watch, the
readiness checks) and stops it again. ``gateway.app.create_app`` only assembles FastAPI.
"""

from __future__ import annotations

import hashlib
import hmac
import threading
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from pymongo import MongoClient
from pymongo.database import Database
from pymongo.errors import PyMongoError

from gateway.adapters.audit_events import (
    AuditRelayWorker,
    MongoAuditRelayPosition,
    kafka_audit_relay,
)
from gateway.adapters.chain_status import ChainWatchWorker, MongoChainStatusStore
from gateway.adapters.migration import migrate
from gateway.adapters.mongo_audit import MongoAuditStore, ensure_audit_indexes
from gateway.adapters.mongo_directory import (
    MongoOrganisationStore,
    MongoUserStore,
    ensure_directory_indexes,
)
from gateway.adapters.mongo_idempotency import MongoIdempotencyStore, ensure_idempotency_indexes
from gateway.adapters.mongo_login_failures import (
    MongoLoginFailureStore,
    ensure_login_failure_indexes,
)
from gateway.adapters.mongo_partnerships import MongoPartnershipStore
from gateway.adapters.mongo_rate_limits import MongoRateCounter, ensure_rate_limit_indexes
from gateway.adapters.mongo_sessions import MongoSessionStore, ensure_session_indexes
from gateway.api.pagination import CursorCodec
from gateway.audit.watch import ChainWatch
from gateway.auth.passwords import Passwords
from gateway.auth.second_factor import TotpCodes
from gateway.auth.service import Authenticator
from gateway.auth.tokens import AccessTokens
from gateway.clients.backends import Backends, grpc_serving
from gateway.clients.matching import GrpcMatchingClient, MatchingClient
from gateway.clients.peer_groups import GrpcPeerGroupsClient, PeerGroupsClient
from gateway.config import GatewaySettings
from gateway.directory.partnerships import Partnerships
from gateway.directory.service import Directory
from gateway.ports import Clock, Stores
from gateway.rate_limits import RateLimiter, ReadBudget
from gateway.readiness import ReadinessProbe
from pathways_runtime.kafka_bus import KafkaProbe
from pathways_runtime.log import get_logger
from pathways_runtime.mongo import create_mongo_client, is_reachable

__all__ = [
    "Gateway",
    "Serving",
    "SystemClock",
    "audit_relay_worker",
    "build_gateway",
    "ensure_indexes",
    "mongo_stores",
    "serving",
]

_log = get_logger(__name__)


class SystemClock:
    def now(self) -> datetime:
        return datetime.now(UTC)


@dataclass
class Gateway:
    """Everything a request needs, built once per process."""

    settings: GatewaySettings
    stores: Stores
    clock: Clock
    passwords: Passwords
    access_tokens: AccessTokens
    authenticator: Authenticator
    directory: Directory
    #: Which NGOs share their survivors with which organisations' peer groups.
    partnerships: Partnerships
    cursors: CursorCodec
    rate_limiter: RateLimiter
    pseudonym_key: bytes
    #: Each signed-in user's reads (in memory, per instance).
    read_budget: ReadBudget

    def pseudonym(self, value: str) -> str:
        """A keyed digest of an IP address or a login name, for rate-limit buckets.

        Keyed so the stored buckets cannot be reversed by hashing every IPv4 address.
        """
        return hmac.new(self.pseudonym_key, value.encode(), hashlib.sha256).hexdigest()[:32]


def mongo_stores(db: Database[dict[str, Any]], *, audit_chain_key: bytes | None = None) -> Stores:
    """Stores on the gateway's own database; building them does no I/O.

    ``audit_chain_key`` signs the audit hash chain (``settings.audit_chain_key``); the app,
    the CLI and ``verify-audit`` must all use the configured one.
    """
    return Stores(
        organisations=MongoOrganisationStore(db),
        users=MongoUserStore(db),
        sessions=MongoSessionStore(db),
        idempotency=MongoIdempotencyStore(db),
        rate_counter=MongoRateCounter(db),
        login_failures=MongoLoginFailureStore(db),
        audit=MongoAuditStore(db, chain_key=audit_chain_key),
        partnerships=MongoPartnershipStore(db),
        chain_status=MongoChainStatusStore(db),
    )


def audit_relay_worker(
    settings: GatewaySettings, db: Database[dict[str, Any]], *, clock: Clock | None = None
) -> AuditRelayWorker:
    """The background relay publishing the audit chain to ``audit.v1`` (not started).

    It reads the chain and keeps its position in ``db``; Kafka is connected on its thread,
    and again after failures, so building it does no I/O.
    """
    source = MongoAuditStore(db, chain_key=settings.audit_chain_key)
    position = MongoAuditRelayPosition(db)
    relay_clock = clock if clock is not None else SystemClock()
    return AuditRelayWorker(
        lambda: kafka_audit_relay(
            source=source,
            position=position,
            clock=relay_clock,
            bootstrap_servers=settings.kafka_bootstrap_servers,
            partitions=settings.kafka_partitions,
            batch=settings.audit_events_batch,
            security=settings.kafka_security,
        ),
        interval_s=settings.audit_events_interval_s,
    )


def audit_chain_watch(
    settings: GatewaySettings, db: Database[dict[str, Any]], *, clock: Clock | None = None
) -> ChainWatchWorker:
    """The background watch keeping the audit chain's status current (not started);
    building it does no I/O."""
    watch = ChainWatch(
        source=MongoAuditStore(db, chain_key=settings.audit_chain_key),
        statuses=MongoChainStatusStore(db),
        key=settings.audit_chain_key,
        clock=clock if clock is not None else SystemClock(),
        batch=settings.audit_events_batch,
    )
    return ChainWatchWorker(watch, interval_s=settings.audit_watch_interval_s)


def ensure_indexes(db: Database[dict[str, Any]]) -> None:
    """Unique and lookup indexes, then the id scheme (idempotent; run at start-up, not at
    import).

    The migration (``gateway.adapters.migration``) reads one marker per store once done,
    so a database older code wrote is brought into today's scheme at the first start
    (``python -m gateway migrate`` does the same on demand); until then the stores also
    read the old shape, so nothing breaks meanwhile.
    """
    ensure_directory_indexes(db)
    ensure_session_indexes(db)
    ensure_idempotency_indexes(db)
    ensure_rate_limit_indexes(db)
    ensure_login_failure_indexes(db)
    ensure_audit_indexes(db)
    migrate(db)


def build_gateway(
    settings: GatewaySettings,
    *,
    stores: Stores,
    clock: Clock | None = None,
    passwords: Passwords | None = None,
) -> Gateway:
    clock = clock if clock is not None else SystemClock()
    passwords = (
        passwords
        if passwords is not None
        else Passwords(
            time_cost=settings.argon2_time_cost,
            memory_cost_kib=settings.argon2_memory_cost_kib,
            parallelism=settings.argon2_parallelism,
        )
    )
    access_tokens = AccessTokens(
        secret=settings.jwt_secret.get_secret_value(),
        issuer=settings.jwt_issuer,
        ttl_s=settings.access_token_ttl_s,
    )
    cursor_secret = settings.cursor_secret.get_secret_value()
    return Gateway(
        settings=settings,
        stores=stores,
        clock=clock,
        passwords=passwords,
        access_tokens=access_tokens,
        authenticator=Authenticator(
            users=stores.users,
            organisations=stores.organisations,
            sessions=stores.sessions,
            passwords=passwords,
            access_tokens=access_tokens,
            clock=clock,
            login_failures=stores.login_failures,
            lockout_threshold=settings.lockout_threshold,
            lockout_period_s=settings.lockout_period_s,
            account_lockout_threshold=settings.account_lockout_threshold,
            refresh_ttl_s=settings.refresh_token_ttl_s,
            session_max_age_s=settings.session_max_age_s,
            second_factors=TotpCodes(key=settings.second_factor_key),
            admin_second_factor_required=settings.admin_second_factor_required,
        ),
        directory=Directory(
            organisations=stores.organisations,
            users=stores.users,
            sessions=stores.sessions,
            passwords=passwords,
            clock=clock,
            password_min_length=settings.password_min_length,
        ),
        partnerships=Partnerships(
            organisations=stores.organisations, store=stores.partnerships, clock=clock
        ),
        cursors=CursorCodec(secret=cursor_secret),
        rate_limiter=RateLimiter(
            counter=stores.rate_counter, clock=clock, window_s=settings.rate_limit_window_s
        ),
        pseudonym_key=hashlib.sha256(b"pathways-pseudonym:" + cursor_secret.encode()).digest(),
        read_budget=ReadBudget(clock=clock, per_minute=settings.read_limit_per_user),
    )


class _IndexKeeper:
    """Creates the database's indexes, retrying in the background while it is down.

    The gateway must start (and answer 503) even while MongoDB is unreachable, so index
    creation cannot be a start-up step that fails the process.
    """

    def __init__(self, client: MongoClient[Any], database: str) -> None:
        self._db = client[database]
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="gateway-indexes", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(timeout=5)

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                ensure_indexes(self._db)
            except PyMongoError as error:
                _log.warning("indexes_not_ready", error_type=type(error).__name__)
                self._stop.wait(5)
            else:
                return


@dataclass(frozen=True)
class Serving:
    """What the app serves with while it runs (``None``: not built, see :func:`serving`)."""

    gateway: Gateway | None
    matching: MatchingClient | None
    peer_groups: PeerGroupsClient | None
    readiness: ReadinessProbe


@dataclass(frozen=True, kw_only=True)
class Overrides:
    """What tests pass instead of the real parts (None: the real one is built).

    ``checks`` replaces the real readiness checks, ``stores`` the MongoDB stores,
    ``matching`` and ``peer_groups`` the backends' gRPC clients. With ``checks`` and no
    ``stores`` only the probes are served; without a backend's client its routes answer
    503.
    """

    checks: Mapping[str, Callable[[], bool]] | None = None
    stores: Stores | None = None
    clock: Clock | None = None
    passwords: Passwords | None = None
    matching: MatchingClient | None = None
    peer_groups: PeerGroupsClient | None = None


@contextmanager
def serving(settings: GatewaySettings, overrides: Overrides | None = None) -> Iterator[Serving]:
    """Builds and starts everything the app serves with; stops it on the way out.

    ``overrides``: the parts tests pass instead (:class:`Overrides`). With the MongoDB
    stores, the audit relay (the audit chain to ``audit.v1``) and the chain watch run in
    background threads, and the indexes are created in the background, retried while
    MongoDB is down.
    """
    given = overrides or Overrides()
    checks, stores, clock = given.checks, given.stores, given.clock
    passwords, matching, peer_groups = given.passwords, given.matching, given.peer_groups
    gateway = (
        build_gateway(settings, stores=stores, clock=clock, passwords=passwords)
        if stores is not None
        else None
    )
    if checks is not None:
        yield Serving(
            gateway=gateway,
            matching=matching,
            peer_groups=peer_groups,
            readiness=ReadinessProbe(checks, timeout_s=settings.readiness_timeout_s),
        )
        return
    mongo = create_mongo_client(
        uri=settings.mongodb_uri.get_secret_value(),
        app_name="gateway",
        timeout_ms=settings.mongodb_timeout_ms,
        command_log=settings.store_command_log,
    )
    db = mongo[settings.mongodb_database]
    if gateway is None:
        gateway = build_gateway(
            settings,
            stores=mongo_stores(db, audit_chain_key=settings.audit_chain_key),
            clock=clock,
            passwords=passwords,
        )
    workers: list[AuditRelayWorker | ChainWatchWorker] = (
        [
            audit_relay_worker(settings, db, clock=clock),
            audit_chain_watch(settings, db, clock=clock),
        ]
        if stores is None
        else []
    )
    indexes = _IndexKeeper(mongo, settings.mongodb_database)
    backends = Backends.connect(settings)
    timeout_ms = int(settings.readiness_timeout_s * 1000)
    readiness = ReadinessProbe(
        {
            "kafka": KafkaProbe(
                bootstrap_servers=settings.kafka_bootstrap_servers,
                timeout_ms=timeout_ms,
                security=settings.kafka_security,
            ),
            "mongodb": lambda: is_reachable(mongo),
            "matching": lambda: grpc_serving(
                backends.matching_channel, timeout_s=settings.readiness_timeout_s
            ),
            "peer_groups": lambda: grpc_serving(
                backends.peer_groups_channel, timeout_s=settings.readiness_timeout_s
            ),
        },
        timeout_s=settings.readiness_timeout_s + 0.5,
    )
    indexes.start()
    for worker in workers:
        worker.start()
    try:
        yield Serving(
            gateway=gateway,
            matching=matching
            if matching is not None
            else GrpcMatchingClient(
                backends.matching_channel, timeout_s=settings.backend_timeout_s
            ),
            peer_groups=peer_groups
            if peer_groups is not None
            else GrpcPeerGroupsClient(
                backends.peer_groups_channel, timeout_s=settings.backend_timeout_s
            ),
            readiness=readiness,
        )
    finally:
        for worker in workers:
            worker.stop()
        indexes.stop()
        backends.close()
        mongo.close()
