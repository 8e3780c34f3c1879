"""Settings shared by every process, read from ``PATHWAYS_*`` environment variables.

Each process has exactly one settings class (its ``config.py``) that extends
:class:`ServiceSettings`; nothing else reads the environment.
"""

from __future__ import annotations

import base64
import binascii
import re
from enum import StrEnum
from pathlib import Path
from typing import Any, Self

from pydantic import Field, SecretStr, field_validator, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from pathways_runtime.kafka_security import KafkaSecurity, SaslMechanism, SecurityProtocol

__all__ = [
    "DEVELOPMENT_SECRET",
    "LOCAL_MASTER_KEY_BYTES",
    "MAX_CALLER_ASSERTION_TTL_S",
    "Environment",
    "EventSigningSettings",
    "EventVerifyingSettings",
    "FieldCryptoSettings",
    "GrpcClientSecuritySettings",
    "GrpcServerSecuritySettings",
    "InsecureSettingsError",
    "InternalTlsSettings",
    "ServiceSettings",
]

#: The placeholder every secret defaults to; refused outside development and test.
DEVELOPMENT_SECRET = "change-me-development-only"  # noqa: S105 - a marker, not a secret


class Environment(StrEnum):
    DEVELOPMENT = "development"
    TEST = "test"
    PRODUCTION = "production"


class InsecureSettingsError(ValueError):
    """A secret still has its development default outside development."""


class ServiceSettings(BaseSettings):
    """What every Pathways process needs: where Kafka and MongoDB are, how to log."""

    model_config = SettingsConfigDict(env_prefix="PATHWAYS_", extra="ignore", frozen=True)

    environment: Environment = Environment.DEVELOPMENT
    log_level: str = "INFO"
    kafka_bootstrap: str = "127.0.0.1:9092"
    kafka_client_timeout_ms: int = Field(default=10_000, ge=100)
    mongodb_uri: SecretStr = SecretStr("mongodb://127.0.0.1:27017")
    mongodb_timeout_ms: int = Field(default=5_000, ge=100)
    shutdown_grace_seconds: float = Field(default=10.0, ge=0)
    #: A file to append the shape of every store command to (never values), for the test
    #: that checks hot paths read by ``_id`` (``pathways_runtime.store_access``). Empty: off.
    store_command_log: str = ""
    #: How this process's Kafka clients prove who they are (``kafka_security``): PLAINTEXT
    #: (no one; the tests, compose), SASL_SSL (SCRAM over TLS: production), SSL (mutual
    #: TLS), SASL_PLAINTEXT (``make run``: SASL/PLAIN on the loopback).
    kafka_security_protocol: SecurityProtocol = SecurityProtocol.PLAINTEXT
    kafka_sasl_mechanism: SaslMechanism = SaslMechanism.SCRAM_SHA_512
    #: This service's own Kafka user, the one the broker's ACLs name.
    kafka_username: str = ""
    kafka_password: SecretStr | None = None
    #: Or a file holding the password (a mounted Secret); not both.
    kafka_password_file: Path | None = None
    #: PEM files: the CA that signed the brokers' certificates, and for mutual TLS this
    #: client's own certificate and key.
    kafka_ssl_ca_file: Path | None = None
    kafka_ssl_cert_file: Path | None = None
    kafka_ssl_key_file: Path | None = None
    #: Production refuses a broker that authenticates no one, unless the network does it
    #: (a service mesh with mutual TLS and its own authorisation): then set this.
    kafka_plaintext_in_production: bool = False

    @field_validator(
        "kafka_password",
        "kafka_password_file",
        "kafka_ssl_ca_file",
        "kafka_ssl_cert_file",
        "kafka_ssl_key_file",
        mode="before",
    )
    @classmethod
    def _empty_kafka_setting_is_unset(cls, value: Any) -> Any:
        return _unset_if_empty(value)

    @model_validator(mode="after")
    def _kafka_security_is_whole(self) -> Self:
        if self.kafka_password and self.kafka_password_file:
            raise ValueError(
                "set PATHWAYS_KAFKA_PASSWORD or PATHWAYS_KAFKA_PASSWORD_FILE, not both"
            )
        # Contradictions fail here, at start. A missing password fails when a client is
        # built (``kafka_security``): commands that never reach Kafka need none.
        given = "-" if self.kafka_password or self.kafka_password_file else ""
        self._kafka_security(password="-" if self.kafka_security_protocol.uses_sasl else given)
        return self

    @property
    def kafka_bootstrap_servers(self) -> list[str]:
        return [server.strip() for server in self.kafka_bootstrap.split(",") if server.strip()]

    @property
    def kafka_security(self) -> KafkaSecurity:
        """What every Kafka client of this process shows the broker. Production refuses
        PLAINTEXT here, when a client is built, so that commands that never reach Kafka
        (create-admin, retention) need no Kafka credentials."""
        if (
            self.environment is Environment.PRODUCTION
            and self.kafka_security_protocol is SecurityProtocol.PLAINTEXT
            and not self.kafka_plaintext_in_production
        ):
            raise InsecureSettingsError(
                "production needs an authenticated Kafka: set PATHWAYS_KAFKA_SECURITY_PROTOCOL "
                "(SASL_SSL or SSL) and this service's credentials, or "
                "PATHWAYS_KAFKA_PLAINTEXT_IN_PRODUCTION=true where the network authenticates"
            )
        return self._kafka_security(password=None)

    def _kafka_security(self, *, password: str | None) -> KafkaSecurity:
        if password is None:
            if self.kafka_password_file is not None:
                password = self.kafka_password_file.read_text(encoding="utf-8").strip()
            elif self.kafka_password is not None:
                password = self.kafka_password.get_secret_value()
            else:
                password = ""
        return KafkaSecurity(
            protocol=self.kafka_security_protocol,
            mechanism=self.kafka_sasl_mechanism,
            username=self.kafka_username,
            password=password,
            ca_file=str(self.kafka_ssl_ca_file or ""),
            cert_file=str(self.kafka_ssl_cert_file or ""),
            key_file=str(self.kafka_ssl_key_file or ""),
        )

    def secret_fields(self) -> dict[str, SecretStr]:
        """The secrets of this process, by field name (used to refuse defaults)."""
        return {
            name: value
            for name, value in self.__dict__.items()
            if isinstance(value, SecretStr) and name != "mongodb_uri"
        }

    @model_validator(mode="after")
    def _refuse_default_secrets_outside_development(self) -> Self:
        if self.environment is Environment.PRODUCTION:
            defaults = sorted(
                name
                for name, value in self.secret_fields().items()
                if value.get_secret_value() == DEVELOPMENT_SECRET
            )
            if defaults:
                raise InsecureSettingsError(
                    "set these secrets for production: "
                    + ", ".join(f"PATHWAYS_{name.upper()}" for name in defaults)
                )
        return self


#: Length of a local master key (what libmongocrypt's ``local`` KMS provider takes).
LOCAL_MASTER_KEY_BYTES = 96
_KMS_PROVIDER = re.compile(r"^(local|aws|azure|gcp|kmip)(:[A-Za-z0-9_]+)?$")


def _check_provider(name: str | None) -> None:
    if name is not None and not _KMS_PROVIDER.match(name):
        raise ValueError(
            f"unknown KMS provider {name!r}: local, aws, azure, gcp or kmip, optionally named "
            "as in local:2025"
        )


def _check_local_key(value: SecretStr | None, variable: str) -> None:
    if value is None:
        return
    try:
        key = base64.b64decode(value.get_secret_value(), validate=True)
    except (binascii.Error, ValueError):
        key = b""
    if len(key) != LOCAL_MASTER_KEY_BYTES:
        raise ValueError(f"{variable} must be {LOCAL_MASTER_KEY_BYTES} random bytes in base64")


class FieldCryptoSettings(ServiceSettings):
    """Field-level encryption of survivors' sensitive fields (``docs/data-protection.md``).

    One data key per survivor in a key vault collection, each wrapped by a master key: a
    local one (development; an explicit key may be set elsewhere, the built-in development
    key is refused in production) or a KMS key (``aws``, ``azure``, ``gcp``, ``kmip``).
    """

    #: ``database.collection`` of the key vault shared by every service.
    field_crypto_key_vault_namespace: str = Field(
        default="pathways_keyvault.datakeys", pattern=r"^[^.\s]+\.[^\s]+$"
    )
    #: The key vault's own server (a MongoDB URI, credentials included). Unset: the vault is
    #: a database on ``PATHWAYS_MONGODB_URI``'s server. On FerretDB, point it at an instance
    #: with secure delete (``infra/ferretdb.sh``'s ``keyvault``), so an erased key leaves no
    #: readable copy in the files (``docs/data-protection.md``).
    field_crypto_key_vault_uri: SecretStr | None = None
    #: KMS provider that wraps new data keys: ``local`` or ``aws``/``azure``/``gcp``/``kmip``,
    #: optionally named (``local:2025``) so that two master keys can be configured at once.
    field_crypto_kms_provider: str = "local"
    #: The local master key: 96 random bytes in base64. Unset: a fixed development key,
    #: refused in production.
    field_crypto_local_master_key: SecretStr | None = None
    #: Where the KMS master key is (e.g. ``{"region": ..., "key": ...}`` for aws); unused
    #: with a local master key.
    field_crypto_master_key: dict[str, Any] = Field(default_factory=dict)
    #: Credentials of KMS providers as JSON: ``{"aws": {"accessKeyId": ..., ...}}``.
    field_crypto_kms_credentials: SecretStr | None = None
    #: During a rotation: the provider (and key) that data keys are rewrapped under. Services
    #: configured with it read keys wrapped under either master key.
    field_crypto_new_kms_provider: str | None = None
    field_crypto_new_local_master_key: SecretStr | None = None
    field_crypto_new_master_key: dict[str, Any] = Field(default_factory=dict)
    #: How long a process may keep an unwrapped data key in memory (libmongocrypt's cache).
    #: Short on purpose: libmongocrypt looks a key up in its cache by walking every cached
    #: key, so each opening costs in proportion to the keys used within this window (with
    #: 60 s, opening a survivor went from 0.3 to over 4 ms of CPU as a proposal's readers
    #: touched 12,000 keys a minute: ``bench/key_cache.py``). A request reuses its keys
    #: within a second; an erased survivor's key stops working everywhere within it too.
    field_crypto_key_cache_ms: int = Field(default=1_000, ge=1)

    @field_validator(
        "field_crypto_key_vault_uri",
        "field_crypto_local_master_key",
        "field_crypto_kms_credentials",
        "field_crypto_new_kms_provider",
        "field_crypto_new_local_master_key",
        mode="before",
    )
    @classmethod
    def _empty_is_unset(cls, value: Any) -> Any:
        """An empty variable (as a ConfigMap may hold) means unset."""
        text = value.get_secret_value() if isinstance(value, SecretStr) else value
        return None if text == "" else value

    @model_validator(mode="after")
    def _check_field_crypto(self) -> Self:
        _check_provider(self.field_crypto_kms_provider)
        _check_provider(self.field_crypto_new_kms_provider)
        _check_local_key(
            self.field_crypto_local_master_key, "PATHWAYS_FIELD_CRYPTO_LOCAL_MASTER_KEY"
        )
        _check_local_key(
            self.field_crypto_new_local_master_key, "PATHWAYS_FIELD_CRYPTO_NEW_LOCAL_MASTER_KEY"
        )
        if (
            self.environment is Environment.PRODUCTION
            and self.field_crypto_kms_provider.startswith("local")
            and self.field_crypto_local_master_key is None
        ):
            raise InsecureSettingsError(
                "set these secrets for production: PATHWAYS_FIELD_CRYPTO_LOCAL_MASTER_KEY "
                "(or a KMS: PATHWAYS_FIELD_CRYPTO_KMS_PROVIDER)"
            )
        if (
            self.field_crypto_new_kms_provider is not None
            and self.field_crypto_new_kms_provider.startswith("local")
            and self.field_crypto_new_local_master_key is None
        ):
            raise ValueError(
                "a new local provider needs PATHWAYS_FIELD_CRYPTO_NEW_LOCAL_MASTER_KEY"
            )
        if self.field_crypto_new_kms_provider == self.field_crypto_kms_provider:
            raise ValueError("the new KMS provider must have another name than the current one")
        return self


# --- calls between the gateway and the services (docs: pathways_runtime.caller_assertion) ---

#: Services refuse caller assertions that live longer than this, whoever signed them.
MAX_CALLER_ASSERTION_TTL_S = 300


def _unset_if_empty(value: Any) -> Any:
    """An empty variable (as a ConfigMap may hold) means unset."""
    text = value.get_secret_value() if isinstance(value, SecretStr) else value
    return None if text == "" else value


class InternalTlsSettings(ServiceSettings):
    """TLS between the gateway and the services, mutual: each side shows a certificate
    signed by the internal CA and checks the other's. Off by default (locally everything
    runs on one host); on in ``infra/k8s``.
    """

    internal_tls: bool = False
    #: PEM file of the CA that signs every internal certificate (both sides check with it).
    internal_tls_ca_file: Path | None = None
    #: PEM files of this process's own certificate and private key.
    internal_tls_cert_file: Path | None = None
    internal_tls_key_file: Path | None = None

    @field_validator(
        "internal_tls_ca_file", "internal_tls_cert_file", "internal_tls_key_file", mode="before"
    )
    @classmethod
    def _empty_path_is_unset(cls, value: Any) -> Any:
        return _unset_if_empty(value)

    @model_validator(mode="after")
    def _tls_needs_all_three_files(self) -> Self:
        if self.internal_tls:
            missing = [
                f"PATHWAYS_{name.upper()}"
                for name in (
                    "internal_tls_ca_file",
                    "internal_tls_cert_file",
                    "internal_tls_key_file",
                )
                if getattr(self, name) is None
            ]
            if missing:
                raise ValueError("PATHWAYS_INTERNAL_TLS needs " + ", ".join(missing))
        return self


class GrpcServerSecuritySettings(InternalTlsSettings):
    """Whom a gRPC service believes: callers whose assertion a configured public key
    verifies. Unset keys mean the published development key, which production refuses
    when the server is built (``caller_assertion.verifier_from_settings``), so that
    commands that never serve (retention, migrations) need no key."""

    #: PEM text of the gateway's Ed25519 public key(s); several during a key rotation.
    caller_assertion_public_keys: str = ""
    #: Or a PEM file holding them (e.g. a mounted Secret); not both.
    caller_assertion_public_keys_file: Path | None = None
    #: Clock skew tolerated between gateway and service hosts when checking an assertion's
    #: issue and expiry times.
    caller_assertion_leeway_s: float = Field(default=5.0, ge=0, le=60)
    #: A second, plaintext port serving only ``grpc.health.v1`` (unset: none), for probes
    #: that cannot speak TLS (the kubelet's gRPC probe). Health is open on the main port too.
    grpc_health_port: int | None = Field(default=None, ge=0, le=65535)

    # Validator names are unique across these mixins: a subclass's method of the same name
    # would silently replace a base's validator.
    @field_validator("caller_assertion_public_keys_file", "grpc_health_port", mode="before")
    @classmethod
    def _empty_server_setting_is_unset(cls, value: Any) -> Any:
        return _unset_if_empty(value)

    @model_validator(mode="after")
    def _public_keys_given_once(self) -> Self:
        if self.caller_assertion_public_keys.strip() and self.caller_assertion_public_keys_file:
            raise ValueError(
                "set PATHWAYS_CALLER_ASSERTION_PUBLIC_KEYS or "
                "PATHWAYS_CALLER_ASSERTION_PUBLIC_KEYS_FILE, not both"
            )
        return self


class GrpcClientSecuritySettings(InternalTlsSettings):
    """How the gateway vouches for its callers: it signs an assertion per call with an
    Ed25519 private key only it holds. Unset means the published development key, which
    production refuses when the channels are built (``caller_assertion.signer_from_settings``),
    so that commands that never call a service (create-admin, retention) need no key."""

    #: PEM text of the Ed25519 private key (PKCS#8, ``openssl genpkey -algorithm ed25519``).
    caller_assertion_private_key: SecretStr | None = None
    #: Or a PEM file holding it (e.g. a mounted Secret); not both.
    caller_assertion_private_key_file: Path | None = None
    #: How long an assertion is valid after it is signed (one call's deadline and retries
    #: fit in it many times; a stolen one is soon useless).
    caller_assertion_ttl_s: int = Field(default=60, ge=5, le=MAX_CALLER_ASSERTION_TTL_S)

    @field_validator(
        "caller_assertion_private_key", "caller_assertion_private_key_file", mode="before"
    )
    @classmethod
    def _empty_client_setting_is_unset(cls, value: Any) -> Any:
        return _unset_if_empty(value)

    @model_validator(mode="after")
    def _private_key_given_once(self) -> Self:
        if self.caller_assertion_private_key and self.caller_assertion_private_key_file:
            raise ValueError(
                "set PATHWAYS_CALLER_ASSERTION_PRIVATE_KEY or "
                "PATHWAYS_CALLER_ASSERTION_PRIVATE_KEY_FILE, not both"
            )
        return self


# --- events on Kafka (docs: pathways_runtime.event_signatures) ---


class EventSigningSettings(ServiceSettings):
    """How a producing service (matching) signs the events it publishes: an Ed25519 private
    key only it holds. Unset means the published development event key, which production
    refuses when the signer is built (``event_signatures.event_signer_from_settings``)."""

    #: PEM text of the Ed25519 private key (PKCS#8, ``openssl genpkey -algorithm ed25519``).
    event_signing_private_key: SecretStr | None = None
    #: Or a PEM file holding it (e.g. a mounted Secret); not both.
    event_signing_private_key_file: Path | None = None

    @field_validator("event_signing_private_key", "event_signing_private_key_file", mode="before")
    @classmethod
    def _empty_event_signing_setting_is_unset(cls, value: Any) -> Any:
        return _unset_if_empty(value)

    @model_validator(mode="after")
    def _event_signing_key_given_once(self) -> Self:
        if self.event_signing_private_key and self.event_signing_private_key_file:
            raise ValueError(
                "set PATHWAYS_EVENT_SIGNING_PRIVATE_KEY or "
                "PATHWAYS_EVENT_SIGNING_PRIVATE_KEY_FILE, not both"
            )
        return self


class EventVerifyingSettings(ServiceSettings):
    """Whose events a consuming service (peer groups) applies: records signed by one of
    these public keys (matching's; several during a rotation). Unset means the published
    development event key, which production refuses when the verifier is built
    (``event_signatures.event_verifier_from_settings``)."""

    #: PEM text of the producer's Ed25519 public key(s).
    event_verifying_public_keys: str = ""
    #: Or a PEM file holding them (e.g. a mounted Secret or ConfigMap); not both.
    event_verifying_public_keys_file: Path | None = None

    @field_validator("event_verifying_public_keys_file", mode="before")
    @classmethod
    def _empty_event_verifying_setting_is_unset(cls, value: Any) -> Any:
        return _unset_if_empty(value)

    @model_validator(mode="after")
    def _event_verifying_keys_given_once(self) -> Self:
        if self.event_verifying_public_keys.strip() and self.event_verifying_public_keys_file:
            raise ValueError(
                "set PATHWAYS_EVENT_VERIFYING_PUBLIC_KEYS or "
                "PATHWAYS_EVENT_VERIFYING_PUBLIC_KEYS_FILE, not both"
            )
        return self
