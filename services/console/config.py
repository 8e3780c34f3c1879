"""The console process's one settings class (``PATHWAYS_CONSOLE_*``, ``PATHWAYS_GATEWAY_URL``)."""

from __future__ import annotations

from pathlib import Path

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

__all__ = ["ConsoleSettings"]


class ConsoleSettings(BaseSettings):
    """Where the console listens, which gateway it calls, and how its cookie is set."""

    model_config = SettingsConfigDict(env_prefix="PATHWAYS_", extra="ignore", frozen=True)

    log_level: str = "INFO"
    console_host: str = "127.0.0.1"
    console_port: int = Field(default=8080, ge=0, le=65535)
    #: Addresses (comma-separated; ``*`` for all) whose ``X-Forwarded-For`` is believed as
    #: the browser's address: the reverse proxy or ingress in front of the console.
    trusted_proxies: str = "127.0.0.1"
    #: The gateway's base URL: the console's only back end.
    gateway_url: str = "http://127.0.0.1:8000"
    #: Deadline of every call to the gateway.
    console_gateway_timeout_s: float = Field(default=10.0, gt=0)
    #: Mark the session cookie ``Secure`` (and name it ``__Host-…``). Turn on whenever the
    #: console is reached over TLS (directly or behind a TLS-terminating proxy).
    console_secure_cookies: bool = False
    #: A session unused for this long is forgotten (the gateway session is ended too).
    console_session_idle_s: int = Field(default=30 * 60, ge=60)
    #: Where "quick exit" sends the browser: a neutral page that says nothing about us.
    console_quick_exit_url: str = "https://www.google.com/search?q=weather"
    #: Where each user's language choice is kept across restarts (a small JSON file of
    #: user ids and language tags). Unset: kept in memory only, until the process ends.
    console_preferences_file: Path | None = None
