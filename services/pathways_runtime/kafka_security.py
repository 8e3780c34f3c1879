"""How every Kafka client of a process proves who it is to the broker, and checks the
broker: the security protocol, the SASL mechanism and credentials, the TLS files.

One value per process (``ServiceSettings.kafka_security``), handed to every producer,
consumer and admin client it opens (``kafka_bus``), so that a broker that authenticates
its clients (SASL/SCRAM over TLS in production, ``docs/delivery.md``) and authorises them
by topic (ACLs) knows each service by its own name.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

__all__ = ["PLAINTEXT", "KafkaSecurity", "SaslMechanism", "SecurityProtocol"]


class SecurityProtocol(StrEnum):
    PLAINTEXT = "PLAINTEXT"
    SSL = "SSL"
    SASL_PLAINTEXT = "SASL_PLAINTEXT"
    SASL_SSL = "SASL_SSL"

    @property
    def uses_sasl(self) -> bool:
        return self in (SecurityProtocol.SASL_PLAINTEXT, SecurityProtocol.SASL_SSL)

    @property
    def uses_tls(self) -> bool:
        return self in (SecurityProtocol.SSL, SecurityProtocol.SASL_SSL)


class SaslMechanism(StrEnum):
    SCRAM_SHA_512 = "SCRAM-SHA-512"
    SCRAM_SHA_256 = "SCRAM-SHA-256"
    PLAIN = "PLAIN"


@dataclass(frozen=True, slots=True)
class KafkaSecurity:
    """What a client shows the broker. ``options()`` are kafka-python's own settings."""

    protocol: SecurityProtocol = SecurityProtocol.PLAINTEXT
    mechanism: SaslMechanism = SaslMechanism.SCRAM_SHA_512
    username: str = ""
    password: str = field(default="", repr=False)
    ca_file: str = ""
    cert_file: str = ""
    key_file: str = ""

    def __post_init__(self) -> None:
        if self.protocol.uses_sasl and not (self.username and self.password):
            raise ValueError(f"Kafka over {self.protocol} needs a username and a password")
        if not self.protocol.uses_sasl and (self.username or self.password):
            raise ValueError(
                f"a Kafka username or password is set, but {self.protocol} sends none: "
                "use SASL_SSL (or SASL_PLAINTEXT on a trusted network)"
            )
        if (self.cert_file or self.key_file or self.ca_file) and not self.protocol.uses_tls:
            raise ValueError(f"Kafka TLS files are set, but {self.protocol} uses no TLS")
        if bool(self.cert_file) != bool(self.key_file):
            raise ValueError("a Kafka client certificate needs its key, and a key its certificate")

    def options(self) -> dict[str, Any]:
        """The keyword arguments every kafka-python client of this process takes."""
        options: dict[str, Any] = {"security_protocol": str(self.protocol)}
        if self.protocol.uses_sasl:
            options |= {
                "sasl_mechanism": str(self.mechanism),
                "sasl_plain_username": self.username,
                "sasl_plain_password": self.password,
            }
        if self.protocol.uses_tls:
            options["ssl_check_hostname"] = True
            for option, path in (
                ("ssl_cafile", self.ca_file),
                ("ssl_certfile", self.cert_file),
                ("ssl_keyfile", self.key_file),
            ):
                if path:
                    options[option] = path
        return options


#: No authentication: the broker of the tests and of ``infra/compose.yaml``.
PLAINTEXT = KafkaSecurity()
