"""Mutual TLS between the gateway and the services, from ``InternalTlsSettings``.

Both sides load the same three kinds of file (the internal CA, their own certificate and
key: what cert-manager writes as ``ca.crt``, ``tls.crt``, ``tls.key``). The server requires
a client certificate signed by the CA; the client checks the server's certificate against
the CA and the name it dials (so a service's certificate must name its DNS name, e.g.
``matching.pathways.svc.cluster.local``). Files are read once, when the process starts:
rotating a certificate means a rolling restart (the CA must overlap the old and new ones).
Off (``None``): plaintext, as locally.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import grpc

from pathways_runtime.settings import InternalTlsSettings

__all__ = ["TlsFiles", "channel_credentials", "read_tls_files", "server_credentials"]


@dataclass(frozen=True, slots=True)
class TlsFiles:
    ca: bytes
    certificate: bytes
    key: bytes


def read_tls_files(settings: InternalTlsSettings) -> TlsFiles | None:
    """The PEM bytes of the configured files, or None when internal TLS is off."""
    if not settings.internal_tls:
        return None
    paths: list[Path | None] = [
        settings.internal_tls_ca_file,
        settings.internal_tls_cert_file,
        settings.internal_tls_key_file,
    ]
    ca, certificate, key = (path.read_bytes() for path in paths if path is not None)
    return TlsFiles(ca=ca, certificate=certificate, key=key)


def server_credentials(settings: InternalTlsSettings) -> grpc.ServerCredentials | None:
    files = read_tls_files(settings)
    if files is None:
        return None
    return grpc.ssl_server_credentials(
        [(files.key, files.certificate)],
        root_certificates=files.ca,
        require_client_auth=True,
    )


def channel_credentials(settings: InternalTlsSettings) -> grpc.ChannelCredentials | None:
    files = read_tls_files(settings)
    if files is None:
        return None
    return grpc.ssl_channel_credentials(
        root_certificates=files.ca,
        private_key=files.key,
        certificate_chain=files.certificate,
    )
