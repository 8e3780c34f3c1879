"""The field-crypto port: what sealing a survivor's field means, whatever does it.

A sealed value is BSON binary subtype 6 whose bytes name the data key (bytes 1-16) after a
one-byte kind (random or deterministic); the plaintext sealed is ``{"s": survivor_id,
"f": field, "v": value}``, checked when opened (:func:`opened`).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Protocol

from bson.binary import Binary

#: BSON binary subtype of encrypted values (what MongoDB's client-side encryption writes).
ENCRYPTED_SUBTYPE = 6
#: Prefix of a sealed value carried in a protobuf string field.
RANDOM = 2
DETERMINISTIC = 1
KEY_ID = slice(1, 17)


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


def opened(payload: Any, survivor_id: str, field: str) -> Any:
    if not isinstance(payload, Mapping) or "v" not in payload:
        raise FieldCryptoError("not a sealed field value")
    if payload.get("s") != survivor_id or payload.get("f") != field:
        raise FieldCryptoError("a value sealed for another survivor or field")
    return payload["v"]


def check_deterministic(field: str, deterministic: bool, approved: frozenset[str]) -> None:
    if deterministic and field not in approved:
        raise FieldCryptoError(f"field {field!r} is not approved for deterministic encryption")
