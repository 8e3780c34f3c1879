"""Mutual TLS between the gateway and a service (``PATHWAYS_INTERNAL_TLS``), over real
sockets: the gateway's own channels reach matching; a caller without a certificate from the
internal CA does not get past the handshake; the kubelet's plaintext health port answers."""

from __future__ import annotations

import datetime
import ipaddress
from collections.abc import Callable, Iterator
from functools import partial
from pathlib import Path
from typing import Any

import grpc
import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

from gateway.clients.backends import Backends
from gateway.clients.matching import GrpcMatchingClient
from gateway.config import GatewaySettings
from pathways.v1 import matching_pb2, matching_pb2_grpc
from pathways_runtime.identity import CallerIdentity
from tests.support.caller_assertions import MATCHING, signed_metadata
from tests.support.grpc_health import health_status
from tests.support.processes import ServiceProcess, free_port, wait_until

EMPLOYER = CallerIdentity(user_id="u_employer", organisation_id="org_cafe", role="employer")


class Authority:
    """A certificate authority of the test's own, issuing PEM files into ``directory``."""

    def __init__(self, directory: Path, name: str) -> None:
        self.directory = directory
        self.key = ec.generate_private_key(ec.SECP256R1())
        subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name)])
        self.name = subject
        self.certificate = (
            self._builder(subject, self.key.public_key())
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
            .sign(self.key, hashes.SHA256())
        )
        self.ca_file = directory / f"{name}-ca.crt"
        self.ca_file.write_bytes(self.certificate.public_bytes(serialization.Encoding.PEM))

    def _builder(self, subject: x509.Name, public_key: Any) -> x509.CertificateBuilder:
        now = datetime.datetime.now(datetime.UTC)
        return (
            x509.CertificateBuilder()
            .subject_name(subject)
            .issuer_name(self.name)
            .public_key(public_key)
            .serial_number(x509.random_serial_number())
            .not_valid_before(now - datetime.timedelta(minutes=5))
            .not_valid_after(now + datetime.timedelta(hours=1))
        )

    def issue(self, name: str, *, server: bool) -> tuple[Path, Path]:
        """Certificate and key files for ``name`` (a server for 127.0.0.1, or a client)."""
        key = ec.generate_private_key(ec.SECP256R1())
        usage = ExtendedKeyUsageOID.SERVER_AUTH if server else ExtendedKeyUsageOID.CLIENT_AUTH
        builder = self._builder(
            x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name)]), key.public_key()
        ).add_extension(x509.ExtendedKeyUsage([usage]), critical=False)
        if server:
            builder = builder.add_extension(
                x509.SubjectAlternativeName(
                    [x509.IPAddress(ipaddress.ip_address("127.0.0.1")), x509.DNSName("localhost")]
                ),
                critical=False,
            )
        certificate = builder.sign(self.key, hashes.SHA256())
        cert_file, key_file = self.directory / f"{name}.crt", self.directory / f"{name}.key"
        cert_file.write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
        key_file.write_bytes(
            key.private_bytes(
                serialization.Encoding.PEM,
                serialization.PrivateFormat.PKCS8,
                serialization.NoEncryption(),
            )
        )
        return cert_file, key_file


@pytest.fixture(scope="module")
def tls(
    tmp_path_factory: pytest.TempPathFactory, kafka_bootstrap: str, mongodb_uri: str
) -> Iterator[dict[str, Any]]:
    directory = tmp_path_factory.mktemp("internal_tls")
    authority = Authority(directory, "pathways-internal")
    server_cert, server_key = authority.issue("matching", server=True)
    port, health_port = free_port(), free_port()
    process = ServiceProcess(
        module="matching",
        env={
            "PATHWAYS_GRPC_PORT": str(port),
            "PATHWAYS_GRPC_HEALTH_PORT": str(health_port),
            "PATHWAYS_KAFKA_BOOTSTRAP": kafka_bootstrap,
            "PATHWAYS_MONGODB_URI": mongodb_uri,
            "PATHWAYS_MONGODB_DATABASE": f"{directory.name}_m",
            "PATHWAYS_HEALTH_CHECK_INTERVAL_S": "0.5",
            "PATHWAYS_INTERNAL_TLS": "true",
            "PATHWAYS_INTERNAL_TLS_CA_FILE": str(authority.ca_file),
            "PATHWAYS_INTERNAL_TLS_CERT_FILE": str(server_cert),
            "PATHWAYS_INTERNAL_TLS_KEY_FILE": str(server_key),
        },
        log_path=directory / "matching.log",
    ).start()
    health_address = f"127.0.0.1:{health_port}"
    try:
        if not wait_until(lambda: health_status(health_address) == "SERVING", timeout_s=60):
            pytest.fail("matching did not become SERVING:\n" + process.log_text()[-4000:])
        yield {
            "address": f"127.0.0.1:{port}",
            "health_address": health_address,
            "authority": authority,
            "directory": directory,
            "process": process,
        }
    finally:
        process.stop()


def _gateway_settings(tls: dict[str, Any], cert: Path, key: Path, ca: Path) -> GatewaySettings:
    return GatewaySettings(
        environment="test",
        matching_address=tls["address"],
        internal_tls=True,
        internal_tls_ca_file=ca,
        internal_tls_cert_file=cert,
        internal_tls_key_file=key,
    )


def _code(call: Callable[[], object]) -> grpc.StatusCode:
    try:
        call()
    except grpc.RpcError as error:
        return error.code()
    return grpc.StatusCode.OK


def test_the_gateways_channels_reach_a_service_over_mutual_tls(tls: dict[str, Any]) -> None:
    cert, key = tls["authority"].issue("gateway", server=False)
    backends = Backends.connect(_gateway_settings(tls, cert, key, tls["authority"].ca_file))
    try:
        client = GrpcMatchingClient(backends.matching_channel, timeout_s=10)
        listed = client.list_opportunities(matching_pb2.ListOpportunitiesRequest(), caller=EMPLOYER)
        assert list(listed.opportunities) == []
    finally:
        backends.close()


def test_mutual_tls_does_not_replace_the_caller_assertion(tls: dict[str, Any]) -> None:
    cert, key = tls["authority"].issue("gateway-unsigned", server=False)
    backends = Backends.connect(_gateway_settings(tls, cert, key, tls["authority"].ca_file))
    try:
        stub = matching_pb2_grpc.MatchingServiceStub(backends.matching_channel)
        request = matching_pb2.ListOpportunitiesRequest()
        assert _code(lambda: stub.ListOpportunities(request, timeout=10)) == (
            grpc.StatusCode.UNAUTHENTICATED
        )
    finally:
        backends.close()


def test_a_caller_without_a_certificate_of_the_internal_ca_gets_no_connection(
    tls: dict[str, Any],
) -> None:
    request = matching_pb2.ListOpportunitiesRequest()
    metadata = signed_metadata(
        EMPLOYER.user_id, EMPLOYER.organisation_id, EMPLOYER.role, audience=MATCHING
    )
    stranger = Authority(tls["directory"], "stranger")
    stranger_cert, stranger_key = stranger.issue("stranger-client", server=False)
    ca = tls["authority"].ca_file.read_bytes()
    channels = {
        "plaintext": grpc.insecure_channel(tls["address"]),
        "tls without a client certificate": grpc.secure_channel(
            tls["address"], grpc.ssl_channel_credentials(root_certificates=ca)
        ),
        "a client certificate of another CA": grpc.secure_channel(
            tls["address"],
            grpc.ssl_channel_credentials(
                root_certificates=ca,
                private_key=stranger_key.read_bytes(),
                certificate_chain=stranger_cert.read_bytes(),
            ),
        ),
    }
    try:
        for how, channel in channels.items():
            stub = matching_pb2_grpc.MatchingServiceStub(channel)
            code = _code(partial(stub.ListOpportunities, request, metadata=metadata, timeout=5))
            assert code is grpc.StatusCode.UNAVAILABLE, how
    finally:
        for channel in channels.values():
            channel.close()


def test_the_plaintext_port_serves_health_and_nothing_else(tls: dict[str, Any]) -> None:
    assert health_status(tls["health_address"]) == "SERVING"
    metadata = signed_metadata(
        EMPLOYER.user_id, EMPLOYER.organisation_id, EMPLOYER.role, audience=MATCHING
    )
    with grpc.insecure_channel(tls["health_address"]) as channel:
        stub = matching_pb2_grpc.MatchingServiceStub(channel)
        code = _code(
            lambda: stub.ListOpportunities(
                matching_pb2.ListOpportunitiesRequest(), metadata=metadata, timeout=5
            )
        )
    assert code is grpc.StatusCode.UNIMPLEMENTED
