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

:class:`InMemoryFieldCrypto` is the same port with AES-256-GCM (survivor id and field name
as associated data) and keys in a dict: for unit tests.

Kafka payloads are protobuf: a sealed value travels in a ``sealed_*`` bytes field.

Errors::

    FieldCryptoError (ValueError)     cannot seal or open: wrong master key, tampered, misplaced
    └── KeyErased                     the survivor's data key is gone (erased): unreadable
    pymongo.errors.PyMongoError       the key vault is unreachable: try again

Rotation: ``python -m pathways_runtime.field_crypto rewrap``; mappings for a vault written
before them: ``python -m pathways_runtime.field_crypto migrate`` or :func:`migrate_key_vault`
(see :func:`main`).

Modules, by role: ``port`` (the protocol, errors and sealed format), ``mongo`` (the
adapter), ``in_memory`` (the fake for unit tests), ``wiring`` (building one from the
settings), ``cli`` (the operator's commands).
"""

from pathways_runtime.field_crypto.cli import main
from pathways_runtime.field_crypto.in_memory import InMemoryFieldCrypto
from pathways_runtime.field_crypto.mongo import MongoFieldCrypto
from pathways_runtime.field_crypto.port import (
    ENCRYPTED_SUBTYPE,
    FieldCrypto,
    FieldCryptoError,
    KeyErased,
)
from pathways_runtime.field_crypto.wiring import (
    field_crypto_from_settings,
    key_vault_client,
    key_vault_uri,
    kms_providers_from_settings,
)
from pathways_runtime.key_vault import ensure_key_vault, migrate_key_vault

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
