"""Settings shared by every process, read from ``PATHWAYS_*`` environment variables.

Each process has exactly one settings class (its ``config.py``) that extends
:class:`ServiceSettings`; nothing else reads the environment.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Self

from pydantic import Field, SecretStr, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

__all__ = ["DEVELOPMENT_SECRET", "Environment", "InsecureSettingsError", "ServiceSettings"]

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
