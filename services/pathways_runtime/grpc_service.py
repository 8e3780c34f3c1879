"""Run a gRPC service process: server, health tied to dependencies, clean shutdown."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from pydantic import Field
from pymongo import MongoClient

from pathways_runtime.dependency_health import DependencyWatcher
from pathways_runtime.grpc_server import (
    Registrar,
    RunningServer,
    start_grpc_server,
    wait_for_termination,
)
from pathways_runtime.kafka_bus import KafkaProbe
from pathways_runtime.mongo import is_reachable
from pathways_runtime.settings import ServiceSettings
from pathways_runtime.stop_signals import StopSignals

__all__ = ["GrpcService", "GrpcServiceSettings", "ServiceProcess", "standard_checks"]


class GrpcServiceSettings(ServiceSettings):
    grpc_host: str = "127.0.0.1"
    grpc_port: int = Field(default=50051, ge=0, le=65535)
    grpc_max_workers: int = Field(default=16, ge=1)
    health_check_interval_s: float = Field(default=3.0, gt=0)


def standard_checks(
    *, mongo_client: MongoClient[Any], settings: ServiceSettings
) -> dict[str, Callable[[], bool]]:
    """The dependencies every service needs: its MongoDB and the Kafka cluster."""
    return {
        "mongodb": lambda: is_reachable(mongo_client),
        "kafka": KafkaProbe(
            bootstrap_servers=settings.kafka_bootstrap_servers,
            timeout_ms=2_000,
            security=settings.kafka_security,
        ),
    }


@dataclass
class GrpcService:
    """A started gRPC server plus the watcher that keeps its health honest."""

    settings: GrpcServiceSettings
    register: Registrar
    checks: Mapping[str, Callable[[], bool]]
    on_stop: Callable[[], None] = lambda: None
    running: RunningServer | None = field(default=None, init=False)
    watcher: DependencyWatcher | None = field(default=None, init=False)

    def start(self) -> RunningServer:
        # NOT_SERVING until the first round of checks has passed.
        self.running = start_grpc_server(
            register=self.register,
            host=self.settings.grpc_host,
            port=self.settings.grpc_port,
            max_workers=self.settings.grpc_max_workers,
            serving=False,
        )
        self.watcher = DependencyWatcher(
            checks=self.checks,
            report=self.running.set_serving,
            interval_s=self.settings.health_check_interval_s,
        )
        self.watcher.check_once()
        self.watcher.start()
        return self.running

    def stop(self) -> None:
        if self.watcher is not None:
            self.watcher.stop()
        if self.running is not None:
            self.running.stop(self.settings.shutdown_grace_seconds)
        self.on_stop()

    def serve_until_signalled(self) -> None:
        """Start, block until SIGTERM/SIGINT, then stop gracefully. Signals are caught from
        before the server starts: one that comes while it starts is honoured once it serves
        (before, the default action still applies: the start-up work is idempotent)."""
        stop_signals = StopSignals()
        running = self.start()
        wait_for_termination(
            running,
            stop_signals=stop_signals,
            grace_seconds=self.settings.shutdown_grace_seconds,
            on_stop=self._after_stop,
        )

    def _after_stop(self) -> None:
        if self.watcher is not None:
            self.watcher.stop()
        self.on_stop()


@dataclass(kw_only=True)
class ServiceProcess:
    """A service's process: background work (relay, consumers, watchers) started before the
    gRPC server serves, and stopped after it has stopped. Each service's app extends it
    with what its tests and commands reach into (settings, ports...)."""

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
