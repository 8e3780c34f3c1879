"""MongoDB's explicit client-side encryption (libmongocrypt) behind the field-crypto port."""

from __future__ import annotations

import threading
from collections.abc import Mapping
from typing import Any

import bson
from bson.binary import Binary
from bson.codec_options import CodecOptions
from pymongo import MongoClient
from pymongo.encryption import ClientEncryption
from pymongo.encryption_shared import Algorithm
from pymongo.errors import DuplicateKeyError, EncryptionError, PyMongoError

from pathways_runtime.field_crypto.port import (
    DETERMINISTIC,
    ENCRYPTED_SUBTYPE,
    KEY_ID,
    RANDOM,
    FieldCrypto,
    FieldCryptoError,
    KeyErased,
    check_deterministic,
    opened,
)
from pathways_runtime.key_vault import (
    KeyDirectory,
    MongoKeyIdMap,
    as_key_id,
    ensure_key_vault,
    key_ids_collection,
)


class MongoFieldCrypto(FieldCrypto):
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
        key_cache_ms: int = 1_000,
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

    @property
    def key_vault_client(self) -> MongoClient[Any]:
        """The client of the key vault's server (its own when the vault has one): anything
        else that opens these values (an auto-decrypting reader) must fetch keys there."""
        return self._client

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
        check_deterministic(field, deterministic, self._approved)
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
        if len(raw) < 17 or raw[0] not in (RANDOM, DETERMINISTIC):
            raise FieldCryptoError("not a sealed value")
        try:
            payload = self._encryption.decrypt(Binary(raw, ENCRYPTED_SUBTYPE))
        except EncryptionError as error:
            _raise_if_unreachable(error)
            key_id = Binary(raw[KEY_ID], 4)
            if self._vault.count_documents({"_id": key_id}, limit=1) == 0:
                raise KeyErased("the data key of this value is gone") from None
            raise FieldCryptoError("cannot open a sealed value (master key?)") from None
        return opened(payload, survivor_id, field)

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
