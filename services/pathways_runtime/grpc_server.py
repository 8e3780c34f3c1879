"""gRPC server bootstrap: caller authentication, optional mutual TLS, health
(``grpc.health.v1``), reflection, graceful shutdown.

Every call except health checks and reflection must carry a caller assertion the gateway
signed (``pathways_runtime.caller_assertion``). :class:`CallerAuthentication` checks it
before any handler runs, in the worker thread that serves the call, and serves the call
with the verified caller in scope (``pathways_runtime.identity.verified_caller``); anything
else is answered UNAUTHENTICATED without reaching the service. A server cannot be started
without saying whom it believes: :class:`Registrar` carries the :class:`ServerSecurity`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from concurrent import futures
from dataclasses import dataclass
from typing import Any, TypeAlias

import grpc
from grpc_health.v1 import health, health_pb2, health_pb2_grpc
from grpc_reflection.v1alpha import reflection

from pathways_runtime.caller_assertion import (
    CallerAssertionVerifier,
    UntrustedCallerError,
    verifier_from_settings,
)
from pathways_runtime.identity import CallerIdentity, verified_caller_scope
from pathways_runtime.internal_tls import server_credentials
from pathways_runtime.log import get_logger
from pathways_runtime.settings import GrpcServerSecuritySettings
from pathways_runtime.stop_signals import StopSignals

__all__ = [
    "OPEN_SERVICES",
    "CallerAuthentication",
    "Registrar",
    "RunningServer",
    "ServerSecurity",
    "server_security",
    "start_grpc_server",
    "wait_for_termination",
]

_log = get_logger(__name__)

#: (Generic in the type stubs only.)
Handler: TypeAlias = "grpc.RpcMethodHandler[Any, Any]"

#: Services anyone may call without an assertion: they say whether the server is up and
#: what it offers, never anything about a person.
OPEN_SERVICES = frozenset(
    {
        health_pb2.DESCRIPTOR.services_by_name["Health"].full_name,
        reflection.SERVICE_NAME,
        "grpc.reflection.v1.ServerReflection",
    }
)


@dataclass(frozen=True)
class ServerSecurity:
    """Whom a server believes, and how it is reached."""

    #: Checks the caller assertion of every call outside :data:`OPEN_SERVICES`.
    callers: CallerAssertionVerifier
    #: TLS for the main port (mutual, see ``internal_tls``); None: plaintext.
    credentials: grpc.ServerCredentials | None = None
    #: A second, plaintext port serving only health (0: any free port); None: no such port.
    health_port: int | None = None


def server_security(settings: GrpcServerSecuritySettings, *, audience: str) -> ServerSecurity:
    """The security a service's settings describe; ``audience`` is the service's name, the
    one the gateway's assertions for it carry. Reads the key and certificate files."""
    return ServerSecurity(
        callers=verifier_from_settings(settings, audience=audience),
        credentials=server_credentials(settings),
        health_port=settings.grpc_health_port,
    )


@dataclass(frozen=True)
class Registrar:
    """What a server serves and whom it believes.

    ``add`` registers servicers on a server and returns the full names of the services it
    added.
    """

    add: Callable[[grpc.Server], Sequence[str]]
    security: ServerSecurity


class CallerAuthentication(grpc.ServerInterceptor):  # type: ignore[type-arg]
    """Refuses, as UNAUTHENTICATED, every call outside ``open_services`` whose caller
    assertion does not verify; serves the others as the caller it names.

    The check runs inside the handler (a worker thread), not in ``intercept_service`` (the
    server's single polling thread), so that verifying signatures never serialises calls.
    """

    def __init__(
        self,
        verifier: CallerAssertionVerifier,
        *,
        open_services: frozenset[str] = OPEN_SERVICES,
    ) -> None:
        self._verifier = verifier
        self._open = open_services

    def intercept_service(
        self,
        continuation: Callable[[grpc.HandlerCallDetails], Handler | None],
        handler_call_details: grpc.HandlerCallDetails,
    ) -> Handler | None:
        handler = continuation(handler_call_details)
        method: str = handler_call_details.method
        if handler is None or method.lstrip("/").split("/", 1)[0] in self._open:
            return handler
        return _guarded(handler, self._authenticate, method)

    def _authenticate(self, context: grpc.ServicerContext, method: str) -> CallerIdentity:
        try:
            return self._verifier.verify(context.invocation_metadata())
        except UntrustedCallerError as error:
            # The reason in fixed words and where the call came from; never the assertion.
            _log.warning("caller refused", rpc=method, reason=str(error), peer=context.peer())
            context.abort(grpc.StatusCode.UNAUTHENTICATED, f"caller not authenticated: {error}")
        raise AssertionError("unreachable")  # context.abort raises


Authenticate = Callable[[grpc.ServicerContext, str], CallerIdentity]


def _guarded(handler: Handler, authenticate: Authenticate, method: str) -> Handler:
    """``handler`` with every kind of behaviour wrapped by ``authenticate``."""

    def unary_response(behavior: Any) -> Any:
        def serve(request: Any, context: grpc.ServicerContext) -> Any:
            with verified_caller_scope(authenticate(context, method)):
                return behavior(request, context)

        return serve

    def streamed_response(behavior: Any) -> Any:
        def serve(request: Any, context: grpc.ServicerContext) -> Iterator[Any]:
            with verified_caller_scope(authenticate(context, method)):
                yield from behavior(request, context)

        return serve

    codecs = {
        "request_deserializer": handler.request_deserializer,
        "response_serializer": handler.response_serializer,
    }
    if handler.unary_unary is not None:
        return grpc.unary_unary_rpc_method_handler(unary_response(handler.unary_unary), **codecs)
    if handler.stream_unary is not None:
        return grpc.stream_unary_rpc_method_handler(unary_response(handler.stream_unary), **codecs)
    if handler.unary_stream is not None:
        return grpc.unary_stream_rpc_method_handler(
            streamed_response(handler.unary_stream), **codecs
        )
    return grpc.stream_stream_rpc_method_handler(streamed_response(handler.stream_stream), **codecs)


@dataclass
class RunningServer:
    server: grpc.Server
    health: health.HealthServicer
    port: int
    service_names: tuple[str, ...]
    #: The plaintext health-only server, when one was asked for.
    health_server: grpc.Server | None = None
    health_port: int | None = None

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
        if self.health_server is not None:
            self.health_server.stop(0).wait()


def start_grpc_server(
    *,
    register: Registrar,
    host: str,
    port: int,
    max_workers: int = 16,
    serving: bool = True,
) -> RunningServer:
    """Build, register and start a server; ``port=0`` picks a free port."""
    security = register.security
    server = grpc.server(
        futures.ThreadPoolExecutor(max_workers=max_workers, thread_name_prefix="grpc"),
        interceptors=[CallerAuthentication(security.callers)],
        options=[("grpc.so_reuseport", 0)],
    )
    names = tuple(register.add(server))
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
    address = f"{host}:{port}"
    if security.credentials is None:
        bound = server.add_insecure_port(address)
    else:
        bound = server.add_secure_port(address, security.credentials)
    if bound == 0:
        raise OSError(f"cannot listen on {address}")
    health_server, health_port = None, None
    if security.health_port is not None:
        health_server, health_port = _health_only_server(
            health_servicer, host=host, port=security.health_port
        )
    server.start()
    running = RunningServer(
        server=server,
        health=health_servicer,
        port=bound,
        service_names=names,
        health_server=health_server,
        health_port=health_port,
    )
    running.set_serving(serving)
    _log.info(
        "grpc server started",
        port=bound,
        tls=security.credentials is not None,
        health_port=health_port,
        services=list(names),
    )
    return running


def _health_only_server(
    servicer: health.HealthServicer, *, host: str, port: int
) -> tuple[grpc.Server, int]:
    """A plaintext server with the same health servicer and nothing else, started."""
    server = grpc.server(
        futures.ThreadPoolExecutor(max_workers=2, thread_name_prefix="grpc-health"),
        options=[("grpc.so_reuseport", 0)],
    )
    health_pb2_grpc.add_HealthServicer_to_server(servicer, server)
    bound = server.add_insecure_port(f"{host}:{port}")
    if bound == 0:
        raise OSError(f"cannot listen on {host}:{port}")
    server.start()
    return server, bound


def wait_for_termination(
    running: RunningServer,
    *,
    stop_signals: StopSignals,
    grace_seconds: float,
    on_stop: Callable[[], None] | None = None,
) -> None:
    """Block until SIGTERM or SIGINT (also one that came while starting), then shut down
    gracefully. Main thread only."""
    received = stop_signals.wait()
    _log.info("stop requested", signal=received.name)
    running.stop(grace_seconds)
    if on_stop is not None:
        on_stop()
    _log.info("grpc server stopped")
