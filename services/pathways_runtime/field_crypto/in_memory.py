"""The field-crypto port in memory (AES-256-GCM, keys in a dict): for unit tests."""

from __future__ import annotations

import hashlib
import os
import threading
import uuid
from collections.abc import Mapping
from typing import Any

import bson
from bson.binary import Binary
from bson.errors import BSONError
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from pathways_runtime.field_crypto.port import (
    DETERMINISTIC,
    ENCRYPTED_SUBTYPE,
    KEY_ID,
    RANDOM,
    FieldCrypto,
    FieldCryptoError,
    KeyErased,
    check_deterministic,
)


class InMemoryFieldCrypto(FieldCrypto):
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
        check_deterministic(field, deterministic, self._approved)
        key_id, key = self._key(survivor_id)
        plaintext = bson.encode({"v": value})
        aad = f"{survivor_id}\x00{field}".encode()
        if deterministic:
            nonce = hashlib.sha256(key + aad + plaintext).digest()[:12]
        else:
            nonce = os.urandom(12)
        kind = DETERMINISTIC if deterministic else RANDOM
        sealed = bytes([kind]) + key_id + nonce + AESGCM(key).encrypt(nonce, plaintext, aad)
        return Binary(sealed, ENCRYPTED_SUBTYPE)

    def decrypt(self, survivor_id: str, field: str, sealed: bytes) -> Any:
        raw = bytes(sealed)
        if len(raw) < 29 or raw[0] not in (RANDOM, DETERMINISTIC):
            raise FieldCryptoError("not a sealed value")
        key = self._by_id.get(raw[KEY_ID])
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
