"""The console process's one settings class (``PATHWAYS_CONSOLE_*``, ``PATHWAYS_GATEWAY_URL``)."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Self
from urllib.parse import urlsplit

from pydantic import Field, SecretStr, field_validator, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from console.same_origin import origin_of
from pathways_runtime.settings import Environment, InsecureSettingsError

__all__ = ["ConsoleSettings"]


class ConsoleSettings(BaseSettings):
    """Where the console listens, which gateway it calls, and how its cookie is set."""

    model_config = SettingsConfigDict(env_prefix="PATHWAYS_", extra="ignore", frozen=True)

    log_level: str = "INFO"
    console_host: str = "127.0.0.1"
    console_port: int = Field(default=8080, ge=0, le=65535)
    #: Addresses or networks (comma-separated) whose ``X-Forwarded-For`` is believed as the
    #: browser's address: the reverse proxy or ingress in front of the console. None by
    #: default: without a proxy the console is what browsers reach, and a browser's own
    #: header would let it choose the address its sign-ins are limited by.
    trusted_proxies: str = ""
    #: The local address the console's calls to the gateway leave from (empty: the
    #: system's choice). Where other clients reach the gateway from the console's host,
    #: give the console an address of its own and only that one to the gateway's
    #: ``PATHWAYS_TRUSTED_PROXIES`` (``make run``: 127.0.0.2).
    console_gateway_source_address: str = ""
    #: The key the gateway asks its trusted proxies to show (its
    #: ``PATHWAYS_TRUSTED_PROXY_KEY``), sent on every call: without it the gateway believes
    #: no ``X-Forwarded-For`` from the console when it is set.
    gateway_proxy_key: SecretStr | None = None
    #: The gateway's base URL: the console's only back end.
    gateway_url: str = "http://127.0.0.1:8000"
    #: Deadline of every call to the gateway.
    console_gateway_timeout_s: float = Field(default=10.0, gt=0)
    #: ``production`` makes the session cookie ``Secure`` unless told otherwise, and refuses
    #: to be told otherwise.
    environment: Environment = Environment.DEVELOPMENT
    #: Mark the session cookie ``Secure`` (and name it ``__Host-…``): whenever the console is
    #: reached over TLS (directly or behind a TLS-terminating proxy). Unset: on in
    #: production, off otherwise (``make run`` and compose serve plain HTTP on this machine).
    console_secure_cookies: bool | None = None
    #: The address browsers reach the console at (``https://console.example.org``: scheme,
    #: host and any port, no path). A POST from any other origin is refused
    #: (``console.same_origin``). Empty: the request's own scheme and ``Host`` header, which
    #: holds while a proxy in front passes ``Host`` on and is trusted for
    #: ``X-Forwarded-Proto`` (``PATHWAYS_TRUSTED_PROXIES``); set it when either is not so.
    console_public_origin: str = ""
    #: A session unused for this long is forgotten (the gateway session is ended too).
    console_session_idle_s: int = Field(default=30 * 60, ge=60)
    #: Where "quick exit" sends the browser: a neutral page that says nothing about us.
    console_quick_exit_url: str = "https://www.google.com/search?q=weather"
    #: Where each user's language choice is kept across restarts (a small JSON file of
    #: user ids and language tags). Unset: kept in memory only, until the process ends.
    console_preferences_file: Path | None = None

    @property
    def secure_cookies(self) -> bool:
        """Whether the session cookie is ``Secure`` (``console_secure_cookies``, else by
        environment)."""
        if self.console_secure_cookies is None:
            return self.environment is Environment.PRODUCTION
        return self.console_secure_cookies

    @field_validator("gateway_proxy_key", mode="before")
    @classmethod
    def _empty_proxy_key_is_unset(cls, value: Any) -> Any:
        """An empty variable (as a ConfigMap holds) means no key."""
        return None if value == "" else value

    @field_validator("console_public_origin")
    @classmethod
    def _public_origin_is_an_origin(cls, value: str) -> str:
        """Written as browsers write ``Origin`` (lower case, no default port); a path, a
        query, a user or another scheme than http(s) is refused at start, not left to
        match no request."""
        if not value.strip():
            return ""
        origin = origin_of(value)
        parts = urlsplit(value.strip())
        if origin is None or parts.path not in {"", "/"} or parts.query or parts.fragment:
            raise ValueError("PATHWAYS_CONSOLE_PUBLIC_ORIGIN is scheme://host[:port], no path")
        if parts.username is not None:
            raise ValueError("PATHWAYS_CONSOLE_PUBLIC_ORIGIN is scheme://host[:port], no user")
        return origin

    @model_validator(mode="after")
    def _secure_cookies_in_production(self) -> Self:
        if self.environment is Environment.PRODUCTION and not self.secure_cookies:
            raise InsecureSettingsError(
                "PATHWAYS_CONSOLE_SECURE_COOKIES=false in production: a session cookie sent "
                "over plain HTTP can be stolen; serve the console over TLS"
            )
        return self
