"""Matching and peer groups believe only callers the gateway vouched for.

Before, anything that reached a service's port could name itself in plain metadata:
``GetSurvivor`` with hand-written ``x-pathways-*`` headers returned a survivor in full, and
``GetOutcomeModel`` answered a made-up ``platform_admin``. Here both services run as real
processes on the shared Kafka and FerretDB, and every RPC of each is called over a real
socket with forged metadata. Each forgery also carries the old plain headers naming a
platform administrator, which the old code believed, so every case below failed before the
change (it got OK, NOT_FOUND, INVALID_ARGUMENT..., never UNAUTHENTICATED).
"""

from __future__ import annotations

import base64
import json
import time
import uuid
from collections.abc import Callable, Iterator, Sequence
from functools import partial
from typing import Any

import grpc
import jwt
import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from google.protobuf import message_factory

from pathways.v1 import common_pb2, matching_pb2, peer_groups_pb2
from pathways_runtime.caller_assertion import (
    ASSERTION_METADATA_KEY,
    CallerAssertionSigner,
    development_private_key,
    key_id,
)
from pathways_runtime.identity import CallerIdentity
from tests.support.caller_assertions import MATCHING, PEER_GROUPS, signed_metadata
from tests.support.grpc_health import health_status
from tests.support.matching_client import profile
from tests.support.processes import ServiceProcess, free_port, wait_until

Metadata = list[tuple[str, str]]

SERVICES = {
    MATCHING: matching_pb2.DESCRIPTOR.services_by_name["MatchingService"],
    PEER_GROUPS: peer_groups_pb2.DESCRIPTOR.services_by_name["PeerGroupService"],
}
OTHER = {MATCHING: PEER_GROUPS, PEER_GROUPS: MATCHING}

FORGER = CallerIdentity(
    user_id="u_forger", organisation_id="org_forger", role="platform_admin", request_id="rq"
)
#: What the gateway used to send, and the old services believed.
PLAIN_HEADERS: Metadata = [
    ("x-pathways-user-id", FORGER.user_id),
    ("x-pathways-organisation-id", FORGER.organisation_id),
    ("x-pathways-role", FORGER.role),
    ("x-request-id", FORGER.request_id),
]
OFFICER = CallerIdentity(
    user_id="u_officer", organisation_id="org_ngo", role="reintegration_officer"
)
ADMIN = CallerIdentity(user_id="u_admin", organisation_id="org_platform", role="platform_admin")


# --- the forgeries ---------------------------------------------------------------------


def _assertion(
    signer_key: Ed25519PrivateKey, caller: CallerIdentity, audience: str, *, at: float
) -> str:
    signer = CallerAssertionSigner(private_key=signer_key, clock=lambda: at)
    return signer.sign(caller, audience=audience)


def old_plain_headers(audience: str) -> Metadata:
    del audience
    return list(PLAIN_HEADERS)


def unsigned_assertion(audience: str) -> Metadata:
    now = int(time.time())
    claims: dict[str, object] = {"iss": "pathways-gateway", "aud": audience, "sub": FORGER.user_id}
    claims |= {"org": FORGER.organisation_id, "role": FORGER.role, "iat": now, "exp": now + 60}
    kid = key_id(development_private_key().public_key())
    # PyJWT takes no key for "none" but annotates the key as required.
    token = jwt.encode(claims, None, algorithm="none", headers={"kid": kid})  # type: ignore[arg-type]
    return [*PLAIN_HEADERS, (ASSERTION_METADATA_KEY, token)]


def signed_by_another_key(audience: str) -> Metadata:
    token = _assertion(Ed25519PrivateKey.generate(), FORGER, audience, at=time.time())
    return [*PLAIN_HEADERS, (ASSERTION_METADATA_KEY, token)]


def expired(audience: str) -> Metadata:
    token = _assertion(development_private_key(), FORGER, audience, at=time.time() - 600)
    return [*PLAIN_HEADERS, (ASSERTION_METADATA_KEY, token)]


def not_yet_valid(audience: str) -> Metadata:
    token = _assertion(development_private_key(), FORGER, audience, at=time.time() + 600)
    return [*PLAIN_HEADERS, (ASSERTION_METADATA_KEY, token)]


def for_the_other_service(audience: str) -> Metadata:
    token = _assertion(development_private_key(), FORGER, OTHER[audience], at=time.time())
    return [*PLAIN_HEADERS, (ASSERTION_METADATA_KEY, token)]


def tampered_role(audience: str) -> Metadata:
    """A real assertion of an officer, its role edited to platform administrator."""
    token = _assertion(development_private_key(), OFFICER, audience, at=time.time())
    header, payload, signature = token.split(".")
    claims = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
    claims["role"] = FORGER.role
    edited = base64.urlsafe_b64encode(json.dumps(claims).encode()).rstrip(b"=").decode()
    return [*PLAIN_HEADERS, (ASSERTION_METADATA_KEY, f"{header}.{edited}.{signature}")]


FORGERIES: list[Callable[[str], Metadata]] = [
    old_plain_headers,
    unsigned_assertion,
    signed_by_another_key,
    expired,
    not_yet_valid,
    for_the_other_service,
    tampered_role,
]


# --- the services, as real processes ----------------------------------------------------


@pytest.fixture(scope="module")
def services(
    tmp_path_factory: pytest.TempPathFactory, kafka_bootstrap: str, mongodb_uri: str
) -> Iterator[dict[str, Any]]:
    run = f"t{uuid.uuid4().hex[:12]}"
    logs = tmp_path_factory.mktemp("forged_callers")
    common = {
        "PATHWAYS_KAFKA_BOOTSTRAP": kafka_bootstrap,
        "PATHWAYS_MONGODB_URI": mongodb_uri,
        "PATHWAYS_HEALTH_CHECK_INTERVAL_S": "0.5",
    }
    ports = {MATCHING: free_port(), PEER_GROUPS: free_port()}
    processes = {
        MATCHING: ServiceProcess(
            module="matching",
            env=common
            | {
                "PATHWAYS_GRPC_PORT": str(ports[MATCHING]),
                "PATHWAYS_MONGODB_DATABASE": f"{run}_m",
            },
            log_path=logs / "matching.log",
        ),
        PEER_GROUPS: ServiceProcess(
            module="peer_groups",
            env=common
            | {
                "PATHWAYS_GRPC_PORT": str(ports[PEER_GROUPS]),
                "PATHWAYS_MONGODB_DATABASE": f"{run}_p",
                "PATHWAYS_SURVIVOR_EVENTS_GROUP": f"peer_groups_{run}",
            },
            log_path=logs / "peer_groups.log",
        ),
    }
    channels: dict[str, grpc.Channel] = {}
    try:
        for process in processes.values():
            process.start()
        for name, process in processes.items():
            address = f"127.0.0.1:{ports[name]}"
            if not wait_until(partial(_serving, address), timeout_s=60):
                pytest.fail(f"{name} did not become SERVING:\n{process.log_text()[-4000:]}")
            channels[name] = grpc.insecure_channel(address)
        yield {"channels": channels, "processes": processes, "ports": ports}
    finally:
        for channel in channels.values():
            channel.close()
        for process in processes.values():
            process.stop()


def _rpcs(service: str) -> Iterator[tuple[str, str, type[Any], type[Any]]]:
    """Every method of the service: name, path, request and response classes."""
    descriptor = SERVICES[service]
    for method in descriptor.methods:
        yield (
            method.name,
            f"/{descriptor.full_name}/{method.name}",
            message_factory.GetMessageClass(method.input_type),
            message_factory.GetMessageClass(method.output_type),
        )


def _serving(address: str) -> bool:
    return health_status(address) == "SERVING"


def _rpc_status(
    channel: grpc.Channel,
    path: str,
    response: type[Any],
    request: Any,
    metadata: Sequence[tuple[str, str]],
) -> tuple[grpc.StatusCode, str]:
    rpc = channel.unary_unary(
        path,
        request_serializer=lambda message: message.SerializeToString(),
        response_deserializer=response.FromString,
    )
    return _status(lambda: rpc(request, metadata=tuple(metadata), timeout=10))


def _status(call: Callable[[], Any]) -> tuple[grpc.StatusCode, str]:
    try:
        call()
    except grpc.RpcError as error:
        return error.code(), error.details() or ""
    return grpc.StatusCode.OK, ""


# --- the tests ----------------------------------------------------------------------------


@pytest.mark.parametrize("service", [MATCHING, PEER_GROUPS])
@pytest.mark.parametrize("forge", FORGERIES, ids=[forge.__name__ for forge in FORGERIES])
def test_every_rpc_refuses_a_forged_caller_as_unauthenticated(
    services: dict[str, Any], service: str, forge: Callable[[str], Metadata]
) -> None:
    channel = services["channels"][service]
    answered, echoed = {}, {}
    for name, path, request, response in _rpcs(service):
        metadata = forge(service)
        code, details = _rpc_status(channel, path, response, request(), metadata)
        if code is not grpc.StatusCode.UNAUTHENTICATED:
            answered[name] = code.name
        # A clear refusal that quotes nothing the caller sent.
        if [value for _, value in metadata if value in details]:
            echoed[name] = details
    assert answered == {}, f"{forge.__name__} was not refused by {service}: {answered}"
    assert echoed == {}


@pytest.mark.parametrize("service", [MATCHING, PEER_GROUPS])
def test_every_rpc_gets_past_authentication_with_a_signed_caller(
    services: dict[str, Any], service: str
) -> None:
    """The refusals above come from the forgery, not from the (empty) requests: the same
    calls signed by the gateway's key reach the service (which may still say no)."""
    channel = services["channels"][service]
    refused = []
    for name, path, request, response in _rpcs(service):
        metadata = signed_metadata(
            ADMIN.user_id, ADMIN.organisation_id, ADMIN.role, audience=service
        )
        code, _ = _rpc_status(channel, path, response, request(), metadata)
        if code is grpc.StatusCode.UNAUTHENTICATED:
            refused.append(name)
    assert refused == []


def test_a_survivor_is_read_only_by_a_signed_caller_and_forgeries_change_nothing(
    services: dict[str, Any],
) -> None:
    from pathways.v1 import matching_pb2_grpc

    stub = matching_pb2_grpc.MatchingServiceStub(services["channels"][MATCHING])

    def officer() -> tuple[tuple[str, str], ...]:
        return signed_metadata(
            OFFICER.user_id, OFFICER.organisation_id, OFFICER.role, audience=MATCHING
        )

    survivor = stub.RegisterSurvivor(
        matching_pb2.RegisterSurvivorRequest(
            profile=profile(interests="Srey Mom wants to bake bread"),
            request_id=f"req-{uuid.uuid4().hex}",
        ),
        metadata=officer(),
        timeout=10,
    )
    get = matching_pb2.GetSurvivorRequest(survivor_id=survivor.survivor_id)
    assert stub.GetSurvivor(get, metadata=officer(), timeout=10).profile.interests == (
        "Srey Mom wants to bake bread"
    )

    for forge in FORGERIES:
        # The forger names the survivor's own organisation and officer in plain headers.
        as_officer = [
            (key, {"u_forger": OFFICER.user_id, "org_forger": OFFICER.organisation_id}.get(v, v))
            for key, v in forge(MATCHING)
        ]
        for call in (
            lambda m=as_officer: stub.GetSurvivor(get, metadata=m, timeout=10),
            lambda m=as_officer: stub.EraseSurvivor(
                matching_pb2.EraseSurvivorRequest(survivor_id=survivor.survivor_id),
                metadata=m,
                timeout=10,
            ),
            lambda m=as_officer: stub.SetConsent(
                matching_pb2.SetConsentRequest(
                    survivor_id=survivor.survivor_id,
                    purpose=common_pb2.CONSENT_PURPOSE_EMPLOYER_SHORTLIST,
                    granted=True,
                    expected_version=survivor.version,
                ),
                metadata=m,
                timeout=10,
            ),
        ):
            code, details = _status(call)
            assert code is grpc.StatusCode.UNAUTHENTICATED, forge.__name__
            assert "Srey Mom" not in details

    unchanged = stub.GetSurvivor(get, metadata=officer(), timeout=10)
    assert unchanged.version == survivor.version
    log = services["processes"][MATCHING].log_text()
    assert "caller refused" in log
    assert "u_forger" not in log
    assert "Srey Mom" not in log


def test_the_outcome_model_answers_a_signed_administrator_only(services: dict[str, Any]) -> None:
    from pathways.v1 import matching_pb2_grpc

    stub = matching_pb2_grpc.MatchingServiceStub(services["channels"][MATCHING])
    admin = signed_metadata(ADMIN.user_id, ADMIN.organisation_id, ADMIN.role, audience=MATCHING)
    code, _ = _status(
        lambda: stub.GetOutcomeModel(matching_pb2.GetOutcomeModelRequest(), metadata=admin)
    )
    assert code is not grpc.StatusCode.UNAUTHENTICATED
    code, _ = _status(
        lambda: stub.GetOutcomeModel(
            matching_pb2.GetOutcomeModelRequest(), metadata=old_plain_headers(MATCHING)
        )
    )
    assert code is grpc.StatusCode.UNAUTHENTICATED


def test_health_stays_open_to_callers_without_an_assertion(services: dict[str, Any]) -> None:
    for service, port in services["ports"].items():
        assert health_status(f"127.0.0.1:{port}") == "SERVING", service
        assert health_status(f"127.0.0.1:{port}", service=SERVICES[service].full_name) == (
            "SERVING"
        )
