"""A field crypto built from the settings: master keys, the key vault's server."""

from __future__ import annotations

import base64
import hashlib
import json
from typing import Any

from pymongo import MongoClient

from pathways_runtime.field_crypto.mongo import MongoFieldCrypto
from pathways_runtime.settings import (
    DEVELOPMENT_SECRET,
    LOCAL_MASTER_KEY_BYTES,
    FieldCryptoSettings,
)


def _development_master_key() -> bytes:
    return hashlib.shake_256(DEVELOPMENT_SECRET.encode()).digest(LOCAL_MASTER_KEY_BYTES)


def kms_providers_from_settings(settings: FieldCryptoSettings) -> dict[str, Any]:
    """Every master key this process may use: the current one and, during a rotation, the
    new one (so keys wrapped under either can be read)."""
    providers: dict[str, Any] = {}
    if settings.field_crypto_kms_credentials is not None:
        try:
            credentials = json.loads(settings.field_crypto_kms_credentials.get_secret_value())
        except json.JSONDecodeError as error:
            raise ValueError("PATHWAYS_FIELD_CRYPTO_KMS_CREDENTIALS is not JSON") from error
        providers.update(credentials)
    current = settings.field_crypto_kms_provider
    if current.startswith("local"):
        secret = settings.field_crypto_local_master_key
        key = (
            base64.b64decode(secret.get_secret_value())
            if secret is not None
            else _development_master_key()
        )
        providers[current] = {"key": key}
    new = settings.field_crypto_new_kms_provider
    if new is not None and new.startswith("local"):
        new_secret = settings.field_crypto_new_local_master_key
        assert new_secret is not None  # checked by the settings
        providers[new] = {"key": base64.b64decode(new_secret.get_secret_value())}
    return providers


def key_vault_uri(settings: FieldCryptoSettings) -> str | None:
    """``PATHWAYS_FIELD_CRYPTO_KEY_VAULT_URI``: the key vault's own server, or None when the
    vault is a database on the service's server (``PATHWAYS_MONGODB_URI``)."""
    value = settings.field_crypto_key_vault_uri
    return value.get_secret_value() or None if value is not None else None


def key_vault_client(
    settings: FieldCryptoSettings, *, client: MongoClient[Any]
) -> tuple[MongoClient[Any], bool]:
    """The client of the key vault's server and whether it is a new one (to be closed by
    its user): ``client`` itself unless the vault has a server of its own."""
    uri = key_vault_uri(settings)
    if uri is None:
        return client, False
    from pathways_runtime.mongo import create_mongo_client

    application = client.options.pool_options.metadata.get("application", {})
    return (
        create_mongo_client(
            uri=uri,
            app_name=str(application.get("name") or "field_crypto"),
            timeout_ms=settings.mongodb_timeout_ms,
            command_log=settings.store_command_log,
        ),
        True,
    )


def field_crypto_from_settings(
    settings: FieldCryptoSettings,
    *,
    client: MongoClient[Any],
    may_create_keys: bool,
    approved_deterministic: frozenset[str] = frozenset(),
) -> MongoFieldCrypto:
    """Builds no connection: the key vault is read on first use.

    The vault is on ``client``'s server unless ``PATHWAYS_FIELD_CRYPTO_KEY_VAULT_URI`` names
    one of its own; then this opens (lazily) a client of that server, which the returned
    object owns (:meth:`MongoFieldCrypto.close`). Why a server of its own: erasure deletes the
    survivor's data key, and crypto-shredding holds only if no copy of the deleted key
    document stays readable in the server's files. On FerretDB (SQLite) that takes
    ``secure_delete`` without a WAL, set per server (``infra/ferretdb.sh``'s ``keyvault``
    instance); on MongoDB, a server (or cluster) with its own credentials, compaction and
    backup rotation (``docs/data-protection.md``).
    """
    vault_client, owns_client = key_vault_client(settings, client=client)
    return MongoFieldCrypto(
        key_vault_client=vault_client,
        owns_client=owns_client,
        key_vault_namespace=settings.field_crypto_key_vault_namespace,
        kms_providers=kms_providers_from_settings(settings),
        provider=settings.field_crypto_kms_provider,
        master_key=settings.field_crypto_master_key or None,
        may_create_keys=may_create_keys,
        key_cache_ms=settings.field_crypto_key_cache_ms,
        approved_deterministic=approved_deterministic,
    )
