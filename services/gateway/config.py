"""The gateway process's one settings class (``PATHWAYS_*`` environment variables)."""

from __future__ import annotations

import hashlib
from typing import Any, Literal, Self

from pydantic import Field, SecretStr, field_validator, model_validator

from gateway.audit.chain import derive_chain_key
from pathways_runtime.settings import (
    DEVELOPMENT_SECRET,
    Environment,
    GrpcClientSecuritySettings,
    InsecureSettingsError,
)

__all__ = ["MIN_SECRET_LENGTH", "GatewaySettings"]

#: Signing secrets shorter than this are refused in production.
MIN_SECRET_LENGTH = 32


class GatewaySettings(GrpcClientSecuritySettings):
    """Calls to the services are signed with ``PATHWAYS_CALLER_ASSERTION_PRIVATE_KEY[_FILE]``
    and, with ``PATHWAYS_INTERNAL_TLS``, go over mutual TLS
    (:class:`~pathways_runtime.settings.GrpcClientSecuritySettings`)."""

    http_host: str = "127.0.0.1"
    http_port: int = Field(default=8000, ge=0, le=65535)
    #: Where the Prometheus scraper reads the HTTP metrics (``gateway.metrics_server``): a
    #: port of their own, never the API's. 0 (the default) serves none, so that several
    #: gateways on one host (tests, benchmarks) do not contend for one port.
    metrics_host: str = "127.0.0.1"
    metrics_port: int = Field(default=0, ge=0, le=65535)
    #: Addresses or networks (comma-separated) whose ``X-Forwarded-For`` is believed as the
    #: client's address, which sign-ins and writes are rate-limited by: the console and any
    #: reverse proxy in front of the gateway. Anyone else is its own client address. None by
    #: default: a trusted address shared with other clients (127.0.0.1 on one host) would
    #: let each of them choose the address it is limited by.
    trusted_proxies: str = ""
    #: A key the trusted proxies must also show (``X-Pathways-Proxy-Key``) for their
    #: ``X-Forwarded-For`` to be believed: where other programs may send from a trusted
    #: address (``gateway.trusted_proxies``). The console's ``PATHWAYS_GATEWAY_PROXY_KEY``.
    trusted_proxy_key: SecretStr | None = None
    matching_address: str = "127.0.0.1:50051"
    peer_groups_address: str = "127.0.0.1:50052"
    mongodb_database: str = "pathways_gateway"
    #: Deadline of every call to a backend service.
    backend_timeout_s: float = Field(default=3.0, gt=0)
    #: Deadline of the peer-group pool overview: it opens every eligible member's sealed
    #: fields to count them (about 1 ms a person), so a 10,000-person scope takes seconds.
    pool_overview_timeout_s: float = Field(default=30.0, gt=0)
    #: Pool overviews one user may ask for per rate-limit window: each opens every eligible
    #: member of the scope (about 1 ms a person), so unlimited reads would let one account
    #: keep peer groups busy.
    pool_overview_limit_per_user: int = Field(default=20, ge=1)
    #: Pool counts from 1 to this less one are answered as null (the dashboards withhold
    #: the same); 1 withholds nothing.
    pool_suppress_below: int = Field(default=5, ge=1)
    #: Pool counts shown are rounded down to a multiple of this (1: exact), so that two
    #: overviews (other languages, or before and after a change) cannot be subtracted.
    pool_round_to: int = Field(default=5, ge=1)
    #: How long a readiness probe waits for each dependency.
    readiness_timeout_s: float = Field(default=2.0, gt=0)

    # --- tokens -------------------------------------------------------------------------
    #: HMAC key signing access tokens (HS256). Refused at its default in production.
    jwt_secret: SecretStr = SecretStr(DEVELOPMENT_SECRET)
    #: Key signing pagination cursors; separate from the token key so neither can forge
    #: the other. Refused at its default in production.
    cursor_secret: SecretStr = SecretStr(DEVELOPMENT_SECRET)
    jwt_issuer: str = "pathways-gateway"
    #: Access tokens are short-lived: a stolen one is useful for minutes only.
    access_token_ttl_s: int = Field(default=900, ge=30, le=3600)
    #: A refresh token is single-use; each refresh extends the session by this much...
    refresh_token_ttl_s: int = Field(default=14 * 24 * 3600, ge=60)
    #: ...but never beyond this absolute session lifetime: then the user logs in again.
    session_max_age_s: int = Field(default=30 * 24 * 3600, ge=60)

    # --- passwords and lock-out ---------------------------------------------------------
    #: argon2id parameters (RFC 9106's second recommended option by default). Changing them
    #: rehashes each password at its owner's next successful login.
    argon2_time_cost: int = Field(default=3, ge=1)
    argon2_memory_cost_kib: int = Field(default=64 * 1024, ge=8)
    argon2_parallelism: int = Field(default=4, ge=1)
    password_min_length: int = Field(default=12, ge=8)
    #: Consecutive failed logins of one user from one client address after which that
    #: address is locked out of that account (not the account: see ``gateway.auth.service``)...
    lockout_threshold: int = Field(default=5, ge=1)
    #: ...for this long.
    lockout_period_s: int = Field(default=900, ge=1)
    #: Consecutive failed logins of one user from anywhere after which the account itself
    #: is locked for ``lockout_period_s``: the bound on guessing from many addresses.
    account_lockout_threshold: int = Field(default=50, ge=1)

    # --- second factor ------------------------------------------------------------------
    #: Whether platform administrators must sign in with a second factor (a code from an
    #: authenticator app, ``gateway.auth.second_factor``): ``required`` or ``optional``.
    #: Unset: required in production, optional elsewhere. Until a required administrator
    #: enrols, their session may only enrol.
    admin_second_factor: Literal["required", "optional"] | None = None
    #: Key sealing the second factors' secrets (AES-256-GCM). Empty: derived from
    #: ``cursor_secret`` (domain-separated), which production already requires. Changing
    #: the key that sealed them makes every enrolled account enrol again.
    second_factor_secret: SecretStr = SecretStr("")

    # --- rate limits (fixed windows shared by every instance through MongoDB) -----------
    rate_limit_window_s: int = Field(default=60, ge=1)
    login_limit_per_ip: int = Field(default=20, ge=1)
    #: Logins of one username from one address; ...
    login_limit_per_username: int = Field(default=10, ge=1)
    #: ...and of one username from every address together (higher: one address's attempts
    #: cannot spend it alone, so nobody is kept out by someone else guessing).
    login_limit_per_account: int = Field(default=100, ge=1)
    write_limit_per_user: int = Field(default=120, ge=1)
    write_limit_per_ip: int = Field(default=600, ge=1)
    #: A signed-in user's reads a minute, per gateway instance (``rate_limits.ReadBudget``,
    #: in memory): far above what a person clicking through pages does (a console page is
    #: one to five reads), low enough to slow a stolen session copying a caseload.
    read_limit_per_user: int = Field(default=600, ge=1)

    # --- idempotency --------------------------------------------------------------------
    #: How long a completed POST is remembered under its Idempotency-Key.
    idempotency_ttl_s: int = Field(default=24 * 3600, ge=60)
    #: A request in flight holds its key this long at most (a crashed instance's claim
    #: expires and a retry may proceed).
    idempotency_lock_s: int = Field(default=60, ge=1)

    # --- audit trail and retention -------------------------------------------------------
    #: HMAC key of the audit hash chain (``gateway.audit.chain``): kept out of the database
    #: so whoever can write to it cannot rebuild the chain. Empty: derived from
    #: ``cursor_secret`` (domain-separated), which production already requires; set it (32+
    #: random characters) so the cursor key can rotate without breaking verification.
    #: Changing the key that signed the chain makes every entry fail verification.
    audit_chain_secret: SecretStr = SecretStr("")
    #: Audit entries older than this many days are pruned by ``python -m gateway
    #: retention`` (behind a signed checkpoint). 0: keep them for ever.
    audit_retention_days: int = Field(default=0, ge=0)
    #: The audit relay (``gateway.adapters.audit_events``) publishes new audit entries to
    #: ``audit.v1`` this often (and at once while more are waiting); after a failure it
    #: waits longer each time, up to 30 s.
    audit_events_interval_s: float = Field(default=1.0, gt=0, le=60)
    #: Entries per pass of the audit relay (one batch of sends, acknowledged together).
    audit_events_batch: int = Field(default=500, ge=1, le=10_000)
    #: The audit chain's watch (``gateway.audit.watch``) verifies the entries appended since
    #: it last looked this often (and at once while more are waiting).
    audit_watch_interval_s: float = Field(default=10.0, gt=0, le=3600)
    #: Partitions of ``audit.v1`` when the gateway creates it (keyed by survivor id).
    kafka_partitions: int = Field(default=3, ge=1)

    # --- lists --------------------------------------------------------------------------
    page_size_default: int = Field(default=50, ge=1, le=500)
    page_size_max: int = Field(default=200, ge=1, le=1000)

    @field_validator("trusted_proxy_key", mode="before")
    @classmethod
    def _empty_proxy_key_is_unset(cls, value: Any) -> Any:
        """An empty variable (as a ConfigMap holds) means no key."""
        return None if value == "" else value

    @model_validator(mode="after")
    def _refuse_short_secrets_in_production(self) -> Self:
        if self.environment is Environment.PRODUCTION:
            short = sorted(
                name
                for name in ("jwt_secret", "cursor_secret", "audit_chain_secret")
                if len(getattr(self, name).get_secret_value()) < MIN_SECRET_LENGTH
                and (name != "audit_chain_secret" or getattr(self, name).get_secret_value())
            )
            if short:
                raise InsecureSettingsError(
                    f"use at least {MIN_SECRET_LENGTH} random characters for: "
                    + ", ".join(f"PATHWAYS_{name.upper()}" for name in short)
                )
        return self

    @property
    def idempotency_fingerprint_key(self) -> bytes:
        """The HMAC key of idempotency fingerprints (derived from ``cursor_secret``,
        domain-separated). Rotating that secret makes a retry of a request made before it
        look like another request under the same key (422) for the records' lifetime."""
        return hashlib.sha256(
            b"pathways-idempotency-fingerprint:" + self.cursor_secret.get_secret_value().encode()
        ).digest()

    @property
    def admin_second_factor_required(self) -> bool:
        if self.admin_second_factor is None:
            return self.environment is Environment.PRODUCTION
        return self.admin_second_factor == "required"

    @property
    def second_factor_key(self) -> bytes:
        """The AES-256 key sealing second factors (from ``second_factor_secret``, else the
        cursor's secret, domain-separated)."""
        secret = self.second_factor_secret.get_secret_value() or (
            "cursor:" + self.cursor_secret.get_secret_value()
        )
        return hashlib.sha256(b"pathways-second-factor:" + secret.encode()).digest()

    @property
    def audit_chain_key(self) -> bytes:
        """The HMAC key of the audit chain (from ``audit_chain_secret``, else the cursor's)."""
        return derive_chain_key(
            audit_chain_secret=self.audit_chain_secret.get_secret_value(),
            cursor_secret=self.cursor_secret.get_secret_value(),
        )
