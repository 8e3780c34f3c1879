"""gRPC server bootstrap: health (``grpc.health.v1``), reflection, graceful shutdown."""

from __future__ import annotations

import signal
import threading
from collections.abc import Callable, Sequence
from concurrent import futures
from dataclasses import dataclass

import grpc
from grpc_health.v1 import health, health_pb2, health_pb2_grpc
from grpc_reflection.v1alpha import reflection

from pathways_runtime.log import get_logger

__all__ = ["RunningServer", "start_grpc_server", "wait_for_termination"]

_log = get_logger(__name__)

#: Registers servicers on a server and returns the full names of the services it added.
Registrar = Callable[[grpc.Server], Sequence[str]]


@dataclass
class RunningServer:
    server: grpc.Server
    health: health.HealthServicer
    port: int
    service_names: tuple[str, ...]

    def set_serving(self, serving: bool) -> None:
        """Report SERVING or NOT_SERVING for the whole server and each service."""
        status = (
            health_pb2.HealthCheckResponse.SERVING
            if serving
            else health_pb2.HealthCheckResponse.NOT_SERVING
        )
        for name in ("", *self.service_names):
            self.health.set(name, status)

    def stop(self, grace_seconds: float) -> None:
        """Stop taking calls, let calls in flight finish within the grace period."""
        self.health.enter_graceful_shutdown()
        self.server.stop(grace_seconds).wait()


def start_grpc_server(
    *,
    register: Registrar,
    host: str,
    port: int,
    max_workers: int = 16,
    serving: bool = True,
) -> RunningServer:
    """Build, register and start a server; ``port=0`` picks a free port."""
    server = grpc.server(
        futures.ThreadPoolExecutor(max_workers=max_workers, thread_name_prefix="grpc"),
        options=[("grpc.so_reuseport", 0)],
    )
    names = tuple(register(server))
    health_servicer = health.HealthServicer(experimental_non_blocking=True)
    health_pb2_grpc.add_HealthServicer_to_server(health_servicer, server)
    reflection.enable_server_reflection(
        (
            *names,
            health_pb2.DESCRIPTOR.services_by_name["Health"].full_name,
            reflection.SERVICE_NAME,
        ),
        server,
    )
    bound = server.add_insecure_port(f"{host}:{port}")
    if bound == 0:
        raise OSError(f"cannot listen on {host}:{port}")
    server.start()
    running = RunningServer(server=server, health=health_servicer, port=bound, service_names=names)
    running.set_serving(serving)
    _log.info("grpc server started", port=bound, services=list(names))
    return running


def wait_for_termination(
    running: RunningServer,
    *,
    grace_seconds: float,
    on_stop: Callable[[], None] | None = None,
) -> None:
    """Block until SIGTERM or SIGINT, then shut down gracefully. Main thread only."""
    stop_requested = threading.Event()

    def request_stop(signum: int, _frame: object) -> None:
        _log.info("stop requested", signal=signal.Signals(signum).name)
        stop_requested.set()

    signal.signal(signal.SIGTERM, request_stop)
    signal.signal(signal.SIGINT, request_stop)
    stop_requested.wait()
    running.stop(grace_seconds)
    if on_stop is not None:
        on_stop()
    _log.info("grpc server stopped")
