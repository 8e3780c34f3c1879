"""Settings shared by every process, read from ``PATHWAYS_*`` environment variables.

Each process has exactly one settings class (its ``config.py``) that extends
:class:`ServiceSettings`; nothing else reads the environment.
"""

from __future__ import annotations

import base64
import binascii
import re
from enum import StrEnum
from typing import Any, Self

from pydantic import Field, SecretStr, field_validator, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

__all__ = [
    "DEVELOPMENT_SECRET",
    "LOCAL_MASTER_KEY_BYTES",
    "Environment",
    "FieldCryptoSettings",
    "InsecureSettingsError",
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

    @property
    def kafka_bootstrap_servers(self) -> list[str]:
        return [server.strip() for server in self.kafka_bootstrap.split(",") if server.strip()]

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
    field_crypto_key_cache_ms: int = Field(default=60_000, ge=1)

    @field_validator(
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
