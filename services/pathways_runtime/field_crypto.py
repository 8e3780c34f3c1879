"""Field-level encryption of survivors' sensitive fields, one data key per survivor.

The port is :class:`FieldCrypto`: ``encrypt(survivor_id, field, value)`` seals a value under
the survivor's own data key, ``decrypt(survivor_id, field, sealed)`` opens it,
``erase_key(survivor_id)`` crypto-shreds every copy of everything sealed for that survivor
(MongoDB documents of every service, events already in Kafka, backups), ``rewrap(...)``
wraps all data keys under another master key.

:class:`MongoFieldCrypto` is MongoDB's explicit client-side encryption (``pymongo[encryption]``,
libmongocrypt): AEAD_AES_256_CBC_HMAC_SHA_512, Random unless a field is on the approved
deterministic list; data keys live in a key vault collection (``pathways_keyvault.datakeys``)
with ``keyAltNames = [survivor_id]`` and a unique index on it; the master key is a local key
(development) or a KMS key. The vault is on the service's own server unless
``PATHWAYS_FIELD_CRYPTO_KEY_VAULT_URI`` names a server of its own (on FerretDB, one whose
SQLite files keep no deleted key: ``infra/ferretdb.sh``'s ``keyvault`` instance; see
:func:`field_crypto_from_settings`). Keys are found by their ``_id`` only, through a
survivor id → key id mapping beside the vault (``pathways_keyvault.key_ids``,
:mod:`pathways_runtime.key_vault`): FerretDB v1 would scan the vault for a ``keyAltNames``
lookup. Every sealed value is BSON binary subtype 6 and names its data key. The plaintext sealed is
``{"s": survivor_id, "f": field, "v": value}``, checked when opened, so a ciphertext moved to
another survivor or field is refused (random encryption has no associated data of its own).

:class:`InMemoryFieldCrypto` is the same port with AES-256-GCM (survivor id and field name as
associated data) and keys in a dict: for unit tests.

Kafka payloads are protobuf: a sealed value travels in a ``sealed_*`` bytes field.

Errors::

    FieldCryptoError (ValueError)     cannot seal or open: wrong master key, tampered, misplaced
    └── KeyErased                     the survivor's data key is gone (erased): unreadable
    pymongo.errors.PyMongoError       the key vault is unreachable: try again

Rotation: ``python -m pathways_runtime.field_crypto rewrap``; mappings for a vault written
before them: ``python -m pathways_runtime.field_crypto migrate`` or :func:`migrate_key_vault`
(see :func:`main`).
"""

from __future__ import annotations

import argparse
import base64
import hashlib
import json
import os
import sys
import threading
import uuid
from collections.abc import Mapping, Sequence
from typing import Any, Protocol

import bson
from bson.binary import Binary
from bson.codec_options import CodecOptions
from bson.errors import BSONError
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from pymongo import MongoClient
from pymongo.encryption import ClientEncryption
from pymongo.encryption_shared import Algorithm
from pymongo.errors import DuplicateKeyError, EncryptionError, PyMongoError

from pathways_runtime.key_vault import (
    KeyDirectory,
    MongoKeyIdMap,
    as_key_id,
    ensure_key_vault,
    key_ids_collection,
    migrate_key_vault,
)
from pathways_runtime.settings import (
    DEVELOPMENT_SECRET,
    LOCAL_MASTER_KEY_BYTES,
    FieldCryptoSettings,
)

__all__ = [
    "ENCRYPTED_SUBTYPE",
    "FieldCrypto",
    "FieldCryptoError",
    "InMemoryFieldCrypto",
    "KeyErased",
    "MongoFieldCrypto",
    "ensure_key_vault",
    "field_crypto_from_settings",
    "key_vault_client",
    "key_vault_uri",
    "kms_providers_from_settings",
    "main",
    "migrate_key_vault",
]

#: BSON binary subtype of encrypted values (what MongoDB's client-side encryption writes).
ENCRYPTED_SUBTYPE = 6
#: Prefix of a sealed value carried in a protobuf string field.
_RANDOM = 2
_DETERMINISTIC = 1
_KEY_ID = slice(1, 17)


class FieldCryptoError(ValueError):
    """A value cannot be sealed or opened (never says what the value was)."""


class KeyErased(FieldCryptoError):
    """The survivor's data key does not exist (erased, or never created): unreadable."""


class FieldCrypto(Protocol):
    def encrypt(
        self, survivor_id: str, field: str, value: Any, *, deterministic: bool = False
    ) -> Binary:
        """``value`` (any BSON value, None included) sealed under the survivor's key."""

    def decrypt(self, survivor_id: str, field: str, sealed: bytes) -> Any:
        """The value sealed for this survivor and field; KeyErased if their key is gone."""

    def erase_key(self, survivor_id: str) -> bool:
        """Delete the survivor's data key (crypto-shredding); True if there was one."""

    def rewrap(self, *, provider: str, master_key: Mapping[str, Any] | None = None) -> int:
        """Wrap every data key under the master key of ``provider``; how many were."""


def _opened(payload: Any, survivor_id: str, field: str) -> Any:
    if not isinstance(payload, Mapping) or "v" not in payload:
        raise FieldCryptoError("not a sealed field value")
    if payload.get("s") != survivor_id or payload.get("f") != field:
        raise FieldCryptoError("a value sealed for another survivor or field")
    return payload["v"]


def _check_deterministic(field: str, deterministic: bool, approved: frozenset[str]) -> None:
    if deterministic and field not in approved:
        raise FieldCryptoError(f"field {field!r} is not approved for deterministic encryption")


# -- MongoDB client-side encryption ---------------------------------------------------------


class MongoFieldCrypto:
    """Explicit client-side encryption with keys in a key vault collection.

    ``may_create_keys``: only the service that owns survivors (matching) creates their keys;
    another service (peer groups) seals its own copies under existing keys only, so a late
    event about an erased survivor can never bring a key back.

    Every vault read on a hot path is by ``_id``. A value is sealed with ``key_id=`` (the id
    comes from the mapping, see :mod:`pathways_runtime.key_vault`), never ``key_alt_name=``:
    libmongocrypt then fetches a key it has not cached with exactly
    ``{"$or": [{"_id": {"$in": [<key id>]}}, {"keyAltNames": {"$in": []}}]}`` (verified with a
    command listener, tests/integration/runtime/test_key_vault_lookups.py), which the patched
    FerretDB narrows by ``_id``; opening a value fetches its key the same way (the ciphertext
    names the key id). ``key_id_cache_size`` bounds this process's survivor → key id cache.
    """

    def __init__(
        self,
        *,
        key_vault_client: MongoClient[Any],
        key_vault_namespace: str,
        kms_providers: Mapping[str, Any],
        provider: str,
        master_key: Mapping[str, Any] | None = None,
        may_create_keys: bool,
        key_cache_ms: int = 60_000,
        approved_deterministic: frozenset[str] = frozenset(),
        key_id_cache_size: int = 10_000,
        owns_client: bool = False,
    ) -> None:
        self._client = key_vault_client
        self._owns_client = owns_client
        self._vault_ready = False
        self._namespace = key_vault_namespace
        database, collection = key_vault_namespace.split(".", 1)
        self._vault = key_vault_client[database][collection]
        self._kms_providers = dict(kms_providers)
        self._provider = provider
        self._master_key = dict(master_key) if master_key else None
        self._may_create_keys = may_create_keys
        self._key_cache_ms = key_cache_ms
        self._approved = approved_deterministic
        self._lock = threading.Lock()
        self._encryption = self._new_encryption(self._kms_providers)
        self.keys = KeyDirectory(
            vault=_MongoKeyVault(self),
            key_ids=MongoKeyIdMap(key_ids_collection(key_vault_client, key_vault_namespace)),
            may_create_keys=may_create_keys,
            cache_size=key_id_cache_size,
        )

    def _new_encryption(self, kms_providers: Mapping[str, Any]) -> ClientEncryption[Any]:
        return ClientEncryption(
            kms_providers,
            self._namespace,
            self._client,
            CodecOptions(uuid_representation=bson.binary.UuidRepresentation.STANDARD),
            key_expiration_ms=self._key_cache_ms,
        )

    def encrypt(
        self, survivor_id: str, field: str, value: Any, *, deterministic: bool = False
    ) -> Binary:
        _check_deterministic(field, deterministic, self._approved)
        algorithm = (
            Algorithm.AEAD_AES_256_CBC_HMAC_SHA_512_Deterministic
            if deterministic
            else Algorithm.AEAD_AES_256_CBC_HMAC_SHA_512_Random
        )
        payload = {"s": survivor_id, "f": field, "v": value}
        key_id = self.keys.key_id(survivor_id)
        for attempt in range(2):
            if key_id is None:
                raise KeyErased("the survivor has no data key")
            try:
                return self._encryption.encrypt(payload, algorithm, key_id=key_id)
            except EncryptionError as error:
                _raise_if_unreachable(error)
                if not _key_not_found(error):
                    raise FieldCryptoError(
                        f"cannot seal a value ({type(error.cause).__name__})"
                    ) from None
                if attempt:
                    # A key mapped or created a moment ago is gone: erased meanwhile.
                    raise KeyErased("the survivor has no data key") from None
            # The mapped key is gone (erased since): the creator makes a new one, as for a
            # survivor who never had one; any other service gets KeyErased.
            key_id = self.keys.replace_gone(survivor_id, key_id)
        raise AssertionError("unreachable")  # pragma: no cover

    def decrypt(self, survivor_id: str, field: str, sealed: bytes) -> Any:
        raw = bytes(sealed)
        if len(raw) < 17 or raw[0] not in (_RANDOM, _DETERMINISTIC):
            raise FieldCryptoError("not a sealed value")
        try:
            payload = self._encryption.decrypt(Binary(raw, ENCRYPTED_SUBTYPE))
        except EncryptionError as error:
            _raise_if_unreachable(error)
            key_id = Binary(raw[_KEY_ID], 4)
            if self._vault.count_documents({"_id": key_id}, limit=1) == 0:
                raise KeyErased("the data key of this value is gone") from None
            raise FieldCryptoError("cannot open a sealed value (master key?)") from None
        return _opened(payload, survivor_id, field)

    def erase_key(self, survivor_id: str) -> bool:
        deleted = self.keys.erase(survivor_id)
        # libmongocrypt caches unwrapped keys (key_cache_ms): drop this process's cache now.
        with self._lock:
            self._encryption = self._new_encryption(self._kms_providers)
        return deleted

    def rewrap(self, *, provider: str, master_key: Mapping[str, Any] | None = None) -> int:
        # A cold, operator-started pass over every key (key ids, hence mappings, unchanged).
        result = self._encryption.rewrap_many_data_key(
            {}, provider=provider, master_key=dict(master_key) if master_key else None
        )
        written = result.bulk_write_result
        return 0 if written is None else written.modified_count

    def key_count(self) -> int:
        return self._vault.count_documents({})

    def ensure_key_vault(self) -> None:
        """The vault's unique index, on the server that holds the vault (which may not be the
        service's own: ``PATHWAYS_FIELD_CRYPTO_KEY_VAULT_URI``). Idempotent."""
        ensure_key_vault(self._client, self._namespace)
        self._vault_ready = True

    def close(self) -> None:
        """Close the key vault's connection if this object opened it (its own server)."""
        if self._owns_client:
            self._client.close()

    def _key_exists(self, survivor_id: str) -> bool:
        return self.keys.exists(survivor_id)


class _MongoKeyVault:
    """:class:`pathways_runtime.key_vault.KeyVault` over ``ClientEncryption`` and the vault
    collection; the ``*_by_name`` methods are the repair path (they scan on FerretDB v1)."""

    def __init__(self, crypto: MongoFieldCrypto) -> None:
        self._crypto = crypto

    def create_key(self, name: str) -> Binary | None:
        crypto = self._crypto
        if not crypto._vault_ready:
            # "One key per survivor" rests on the unique index: make sure it is on the server
            # that holds the vault before the first key, whoever else ensured it where.
            crypto.ensure_key_vault()
        try:
            key_id = crypto._encryption.create_data_key(
                crypto._provider, master_key=crypto._master_key, key_alt_names=[name]
            )
        except EncryptionError as error:
            _raise_if_unreachable(error)
            if not isinstance(error.cause, DuplicateKeyError) and "E11000" not in str(error):
                raise FieldCryptoError("cannot create a data key") from None
            return None  # another request created it first: one key per survivor either way
        return as_key_id(key_id)

    def key_id_by_name(self, name: str) -> Binary | None:
        document = self._crypto._vault.find_one({"keyAltNames": name}, {"_id": 1})
        return None if document is None else as_key_id(document["_id"])

    def key_exists(self, key_id: Binary) -> bool:
        return self._crypto._vault.count_documents({"_id": key_id}, limit=1) > 0

    def delete_key(self, key_id: Binary) -> bool:
        return self._crypto._vault.delete_one({"_id": key_id}).deleted_count > 0

    def delete_keys_by_name(self, name: str) -> int:
        return self._crypto._vault.delete_many({"keyAltNames": name}).deleted_count


def _key_not_found(error: EncryptionError) -> bool:
    """libmongocrypt found no data key by the id it was given (the vault answered)."""
    return "not all keys requested were satisfied" in str(error)


def _raise_if_unreachable(error: EncryptionError) -> None:
    """A vault or KMS that does not answer is an outage (retry), not a crypto failure."""
    if isinstance(error.cause, PyMongoError) and not isinstance(error.cause, DuplicateKeyError):
        raise error.cause from None


# -- in memory (unit tests) -----------------------------------------------------------------


class InMemoryFieldCrypto:
    """The port with AES-256-GCM and keys in a dict; same sealed format (subtype 6)."""

    def __init__(
        self, *, may_create_keys: bool = True, approved_deterministic: frozenset[str] = frozenset()
    ) -> None:
        self._keys: dict[str, tuple[bytes, bytes]] = {}  # survivor id -> (key id, key)
        self._by_id: dict[bytes, bytes] = {}
        self._may_create_keys = may_create_keys
        self._approved = approved_deterministic
        self._lock = threading.Lock()
        self.provider = "memory"

    def share_keys_with(self, other: InMemoryFieldCrypto) -> None:
        """Use ``other``'s key vault (two services, one vault)."""
        self._keys, self._by_id = other._keys, other._by_id

    def _key(self, survivor_id: str) -> tuple[bytes, bytes]:
        with self._lock:
            found = self._keys.get(survivor_id)
            if found is None:
                if not self._may_create_keys:
                    raise KeyErased("the survivor has no data key")
                found = (uuid.uuid4().bytes, AESGCM.generate_key(bit_length=256))
                self._keys[survivor_id] = found
                self._by_id[found[0]] = found[1]
            return found

    def encrypt(
        self, survivor_id: str, field: str, value: Any, *, deterministic: bool = False
    ) -> Binary:
        _check_deterministic(field, deterministic, self._approved)
        key_id, key = self._key(survivor_id)
        plaintext = bson.encode({"v": value})
        aad = f"{survivor_id}\x00{field}".encode()
        if deterministic:
            nonce = hashlib.sha256(key + aad + plaintext).digest()[:12]
        else:
            nonce = os.urandom(12)
        kind = _DETERMINISTIC if deterministic else _RANDOM
        sealed = bytes([kind]) + key_id + nonce + AESGCM(key).encrypt(nonce, plaintext, aad)
        return Binary(sealed, ENCRYPTED_SUBTYPE)

    def decrypt(self, survivor_id: str, field: str, sealed: bytes) -> Any:
        raw = bytes(sealed)
        if len(raw) < 29 or raw[0] not in (_RANDOM, _DETERMINISTIC):
            raise FieldCryptoError("not a sealed value")
        key = self._by_id.get(raw[_KEY_ID])
        if key is None:
            raise KeyErased("the data key of this value is gone")
        aad = f"{survivor_id}\x00{field}".encode()
        try:
            plaintext = AESGCM(key).decrypt(raw[17:29], raw[29:], aad)
            return bson.decode(plaintext)["v"]
        except (InvalidTag, BSONError, KeyError) as error:
            raise FieldCryptoError("a value sealed for another survivor or field") from error

    def erase_key(self, survivor_id: str) -> bool:
        with self._lock:
            found = self._keys.pop(survivor_id, None)
            if found is not None:
                self._by_id.pop(found[0], None)
            return found is not None

    def rewrap(self, *, provider: str, master_key: Mapping[str, Any] | None = None) -> int:
        self.provider = provider
        return len(self._keys)


# -- settings and command line --------------------------------------------------------------


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


if __name__ == "__main__":
    raise SystemExit(main())
