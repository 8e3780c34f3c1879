"""``python -m pathways_runtime.field_crypto``: rotate, count, map and move data keys."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from typing import Any

from pymongo import MongoClient

from pathways_runtime.field_crypto.mongo import MongoFieldCrypto
from pathways_runtime.field_crypto.wiring import key_vault_client, kms_providers_from_settings
from pathways_runtime.key_vault import (
    migrate_key_vault,
)
from pathways_runtime.settings import (
    FieldCryptoSettings,
)


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m pathways_runtime.field_crypto rewrap``: rotate the master key.

    Set the new master key beside the current one (``PATHWAYS_FIELD_CRYPTO_NEW_KMS_PROVIDER``,
    e.g. ``local:2026``, with ``PATHWAYS_FIELD_CRYPTO_NEW_LOCAL_MASTER_KEY`` or
    ``PATHWAYS_FIELD_CRYPTO_NEW_MASTER_KEY``), roll the services so they know both, run this,
    then make the new one current and drop the old. Safe to run again.

    ``python -m pathways_runtime.field_crypto migrate``: write the survivor id → key id
    mapping of every data key that has none (a vault written before mappings existed); prints
    counts only. Idempotent; the services' own ``migrate`` commands run it too.

    ``python -m pathways_runtime.field_crypto move-vault``: before the services first run
    with ``PATHWAYS_FIELD_CRYPTO_KEY_VAULT_URI``, with them stopped, move the vault from
    ``PATHWAYS_MONGODB_URI``'s server to that one (:mod:`pathways_runtime.key_vault_move`);
    prints counts; exit 1 (nothing deleted) when both servers hold keys.
    """
    parser = argparse.ArgumentParser(prog="python -m pathways_runtime.field_crypto")
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("rewrap", help="wrap every data key under the new master key")
    commands.add_parser("keys", help="how many data keys the vault holds")
    commands.add_parser("migrate", help="map every data key to its survivor (idempotent)")
    commands.add_parser(
        "move-vault", help="move the key vault to PATHWAYS_FIELD_CRYPTO_KEY_VAULT_URI's server"
    )
    args = parser.parse_args(argv)

    from pathways_runtime.mongo import create_mongo_client

    settings = FieldCryptoSettings()
    client = create_mongo_client(
        uri=settings.mongodb_uri.get_secret_value(),
        app_name="field_crypto",
        timeout_ms=settings.mongodb_timeout_ms,
    )
    vault_client, owns_vault_client = key_vault_client(settings, client=client)
    try:
        if args.command == "move-vault":
            return _move_vault(settings, source=client, target=vault_client, own=owns_vault_client)
        if args.command == "migrate":
            namespace = settings.field_crypto_key_vault_namespace
            counts = migrate_key_vault(client=vault_client, key_vault_namespace=namespace)
            print(json.dumps(counts))
            return 0
        crypto = MongoFieldCrypto(
            key_vault_client=vault_client,
            key_vault_namespace=settings.field_crypto_key_vault_namespace,
            kms_providers=kms_providers_from_settings(settings),
            provider=settings.field_crypto_kms_provider,
            master_key=settings.field_crypto_master_key or None,
            may_create_keys=False,
            key_cache_ms=settings.field_crypto_key_cache_ms,
        )
        if args.command == "keys":
            print(json.dumps({"keys": crypto.key_count()}))
            return 0
        new = settings.field_crypto_new_kms_provider
        if new is None:
            print("set PATHWAYS_FIELD_CRYPTO_NEW_KMS_PROVIDER first", file=sys.stderr)
            return 2
        count = crypto.rewrap(provider=new, master_key=settings.field_crypto_new_master_key)
        print(json.dumps({"rewrapped": count, "provider": new, "keys": crypto.key_count()}))
        return 0
    finally:
        if owns_vault_client:
            vault_client.close()
        client.close()


def _move_vault(
    settings: FieldCryptoSettings,
    *,
    source: MongoClient[Any],
    target: MongoClient[Any],
    own: bool,
) -> int:
    from pathways_runtime.key_vault_move import KeyVaultMoveRefused, move_key_vault

    if not own:
        print(
            "set PATHWAYS_FIELD_CRYPTO_KEY_VAULT_URI (the vault's own server) first",
            file=sys.stderr,
        )
        return 2
    try:
        counts = move_key_vault(
            source=source,
            target=target,
            key_vault_namespace=settings.field_crypto_key_vault_namespace,
        )
    except KeyVaultMoveRefused as refused:
        print(f"refused: {refused}", file=sys.stderr)
        return 1
    print(json.dumps({"moved": counts}))
    return 0
