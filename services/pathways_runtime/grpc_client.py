"""gRPC client channels where every call carries a deadline.

A call without an explicit ``timeout`` gets the channel's default deadline, so no call can
wait forever on a backend that does not answer.

Retries are gRPC's own (the channel's service config), never a loop in the caller, and only
for methods a repeat cannot apply twice: reads, writes carrying an idempotency key
(``request_id``: a retry returns what the first call made) and writes refused when stale
(a required ``expected_version``: a repeat after a lost answer is ABORTED, never applied
again). Only ``UNAVAILABLE`` is retried (the service or its database is away for a moment);
a deadline bounds all attempts together. :func:`retry_service_config` builds that config;
:data:`IDEMPOTENT_METHODS` lists the methods it is for.

Calls made :func:`on_behalf_of` a caller carry an assertion of that caller signed for the
channel's service (:class:`CallerAssertionInterceptor`); services believe nothing else.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any

import grpc

from pathways_runtime.caller_assertion import ASSERTION_METADATA_KEY, CallerAssertionSigner
from pathways_runtime.identity import CallerIdentity

__all__ = [
    "IDEMPOTENT_METHODS",
    "CallerAssertionInterceptor",
    "DefaultDeadlineInterceptor",
    "create_channel",
    "on_behalf_of",
    "retry_service_config",
]

#: Methods safe to retry on UNAVAILABLE, by fully qualified service: reads; writes with a
#: ``request_id``; writes with a required ``expected_version``. Left out on purpose: writes
#: without either (``ProposeMatch``, ``RunMatchingRound``, ``TrainOutcomeModel``,
#: ``ProposeMembers``, ``RecordAnswer``, ``LeaveGroup``, ``EraseSurvivor``) and writes whose
#: ``expected_version`` the gateway may leave out (``AssessReadiness``, ``TransitionMatch``,
#: ``LockMember``, ``RemoveMember``, ``PublishInvitations``): a retry could apply them twice.
IDEMPOTENT_METHODS: Mapping[str, tuple[str, ...]] = {
    "pathways.v1.MatchingService": (
        # reads
        "GetSurvivor",
        "GetOpportunity",
        "ListOpportunities",
        "GetMatches",
        "GetMatch",
        "ListSurvivorMatches",
        "GetShortlist",
        "GetOutcomeModel",
        # request_id
        "RegisterSurvivor",
        "PostOpportunity",
        # expected_version
        "UpdateSurvivorProfile",
        "SetConsent",
        "UpdateOpportunity",
        "SetOpportunityStatus",
        # to a state, not by a step: asked twice, the second changes nothing
        "SetOrganisationSuspension",
    ),
    "pathways.v1.PeerGroupService": (
        "GetGroup",
        "ListGroups",
        "CreateGroup",
        "UpdateGroup",
        "CloseGroup",
    ),
}


def _duration(seconds: float) -> str:
    return f"{seconds:.3f}".rstrip("0").rstrip(".") + "s"


def retry_service_config(
    methods: Mapping[str, Iterable[str]] = IDEMPOTENT_METHODS,
    *,
    round_robin: bool = False,
    max_attempts: int = 4,
    initial_backoff_s: float = 0.1,
    max_backoff_s: float = 2.0,
    backoff_multiplier: float = 2.0,
) -> dict[str, Any]:
    """gRPC service config retrying ``methods`` on UNAVAILABLE only (for :func:`create_channel`),
    optionally balancing calls round-robin over every resolved address.

    ``methods`` maps a fully qualified service name to method names. gRPC caps attempts at
    5; the call's deadline still bounds the whole.
    """
    if not 2 <= max_attempts <= 5:
        raise ValueError("gRPC retries take 2 to 5 attempts")
    if initial_backoff_s <= 0 or max_backoff_s < initial_backoff_s or backoff_multiplier < 1:
        raise ValueError("backoff must be positive and growing")
    names = [
        {"service": service, "method": method}
        for service, service_methods in methods.items()
        for method in service_methods
    ]
    if not names:
        raise ValueError("no method to retry")
    config: dict[str, Any] = {
        "methodConfig": [
            {
                "name": names,
                "retryPolicy": {
                    "maxAttempts": max_attempts,
                    "initialBackoff": _duration(initial_backoff_s),
                    "maxBackoff": _duration(max_backoff_s),
                    "backoffMultiplier": backoff_multiplier,
                    "retryableStatusCodes": ["UNAVAILABLE"],
                },
            }
        ]
    }
    if round_robin:
        # Spread calls over every address a name resolves to (several replicas behind a
        # headless Service), rather than gRPC's default of one connection to the first.
        config["loadBalancingConfig"] = [{"round_robin": {}}]
    return config


class DefaultDeadlineInterceptor(grpc.UnaryUnaryClientInterceptor):  # type: ignore[type-arg]
    def __init__(self, *, default_timeout_s: float) -> None:
        if default_timeout_s <= 0:
            raise ValueError("a deadline must be positive")
        self.default_timeout_s = default_timeout_s

    def intercept_unary_unary(
        self,
        continuation: Callable[[grpc.ClientCallDetails, Any], Any],
        client_call_details: grpc.ClientCallDetails,
        request: Any,
    ) -> Any:
        if client_call_details.timeout is None:
            client_call_details = _CallDetails(
                method=client_call_details.method,
                timeout=self.default_timeout_s,
                metadata=client_call_details.metadata,
                credentials=client_call_details.credentials,
                wait_for_ready=client_call_details.wait_for_ready,
                compression=client_call_details.compression,
            )
        return continuation(client_call_details, request)


_ON_BEHALF_OF: ContextVar[CallerIdentity | None] = ContextVar("on_behalf_of", default=None)


@contextmanager
def on_behalf_of(caller: CallerIdentity) -> Iterator[CallerIdentity]:
    """Make the calls in this block (in this thread or task) for ``caller``: a channel with a
    :class:`CallerAssertionInterceptor` signs an assertion of ``caller`` into each."""
    token = _ON_BEHALF_OF.set(caller)
    try:
        yield caller
    finally:
        _ON_BEHALF_OF.reset(token)


class CallerAssertionInterceptor(grpc.UnaryUnaryClientInterceptor):  # type: ignore[type-arg]
    """Signs, into each call made :func:`on_behalf_of` a caller, a fresh assertion of that
    caller for ``audience`` (the service this channel reaches).

    Bound to one channel so that an assertion is only ever minted for the service the call
    goes to. A call outside :func:`on_behalf_of` goes out without one (health checks do;
    any other call is refused by the service).
    """

    def __init__(self, signer: CallerAssertionSigner, *, audience: str) -> None:
        if not audience:
            raise ValueError("an assertion needs the service's name as audience")
        self._signer = signer
        self.audience = audience

    def intercept_unary_unary(
        self,
        continuation: Callable[[grpc.ClientCallDetails, Any], Any],
        client_call_details: grpc.ClientCallDetails,
        request: Any,
    ) -> Any:
        caller = _ON_BEHALF_OF.get()
        if caller is not None:
            # Any assertion already there is dropped: only the one minted here goes out.
            metadata = [
                (key, value)
                for key, value in (client_call_details.metadata or ())
                if key != ASSERTION_METADATA_KEY
            ]
            metadata += self._signer.metadata(caller, audience=self.audience)
            client_call_details = _CallDetails(
                method=client_call_details.method,
                timeout=client_call_details.timeout,
                metadata=metadata,
                credentials=client_call_details.credentials,
                wait_for_ready=client_call_details.wait_for_ready,
                compression=client_call_details.compression,
            )
        return continuation(client_call_details, request)


class _CallDetails(grpc.ClientCallDetails):
    def __init__(self, **fields: Any) -> None:
        for name, value in fields.items():
            setattr(self, name, value)


def create_channel(
    address: str,
    *,
    default_timeout_s: float,
    service_config: dict[str, Any] | None = None,
    credentials: grpc.ChannelCredentials | None = None,
    interceptors: Sequence[grpc.UnaryUnaryClientInterceptor] = (),  # type: ignore[type-arg]
) -> grpc.Channel:
    """A channel with default deadlines: TLS with ``credentials``
    (``internal_tls.channel_credentials``), plaintext without.

    ``service_config`` is gRPC's JSON service config, e.g. retry policies for idempotent
    methods; it is applied by the channel itself. ``interceptors`` run after the default
    deadline is set, e.g. a :class:`CallerAssertionInterceptor`.
    """
    options: list[tuple[str, Any]] = [("grpc.keepalive_time_ms", 30_000)]
    if service_config is not None:
        options += [("grpc.service_config", json.dumps(service_config)), ("grpc.enable_retries", 1)]
    if credentials is None:
        channel = grpc.insecure_channel(address, options=options)
    else:
        channel = grpc.secure_channel(address, credentials, options=options)
    return grpc.intercept_channel(
        channel, DefaultDeadlineInterceptor(default_timeout_s=default_timeout_s), *interceptors
    )
