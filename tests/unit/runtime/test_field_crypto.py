"""The field-crypto port (in memory), its tokens and its settings."""

from __future__ import annotations

import base64
import os
from datetime import UTC, datetime
from typing import Any

import pytest
from bson.binary import Binary
from pydantic import ValidationError

from matching.config import MatchingSettings
from pathways_runtime.field_crypto import (
    ENCRYPTED_SUBTYPE,
    FieldCryptoError,
    InMemoryFieldCrypto,
    KeyErased,
    kms_providers_from_settings,
)
from pathways_runtime.settings import Environment, FieldCryptoSettings, InsecureSettingsError
from peer_groups.config import PeerGroupsSettings

CANARY = "canary-7f3a9c"


@pytest.mark.parametrize(
    "value",
    [CANARY, ["a", CANARY], {"district": CANARY, "n": 3}, None, 4.5, datetime(2025, 1, 2)],
)
def test_a_sealed_value_opens_to_itself_and_shows_nothing(value: object) -> None:
    crypto = InMemoryFieldCrypto()
    sealed = crypto.encrypt("sv_1", "profile", value)
    assert isinstance(sealed, Binary)
    assert sealed.subtype == ENCRYPTED_SUBTYPE
    assert CANARY.encode() not in bytes(sealed)
    assert crypto.decrypt("sv_1", "profile", sealed) == value


def test_random_encryption_gives_a_new_ciphertext_each_time() -> None:
    crypto = InMemoryFieldCrypto()
    assert crypto.encrypt("sv_1", "f", CANARY) != crypto.encrypt("sv_1", "f", CANARY)


def test_one_key_per_survivor_and_a_value_opens_only_where_it_was_sealed() -> None:
    crypto = InMemoryFieldCrypto()
    sealed = crypto.encrypt("sv_1", "district", CANARY)
    other = crypto.encrypt("sv_2", "district", CANARY)
    assert bytes(sealed)[1:17] != bytes(other)[1:17]  # the key ids differ
    with pytest.raises(FieldCryptoError):
        crypto.decrypt("sv_2", "district", sealed)
    with pytest.raises(FieldCryptoError):
        crypto.decrypt("sv_1", "interests", sealed)


def test_a_tampered_value_is_refused() -> None:
    crypto = InMemoryFieldCrypto()
    sealed = bytearray(bytes(crypto.encrypt("sv_1", "f", CANARY)))
    sealed[-1] ^= 1
    with pytest.raises(FieldCryptoError):
        crypto.decrypt("sv_1", "f", bytes(sealed))
    with pytest.raises(FieldCryptoError):
        crypto.decrypt("sv_1", "f", b"\x00not sealed")


def test_erasing_the_key_makes_every_copy_unreadable_for_every_service() -> None:
    matching = InMemoryFieldCrypto()
    peer_groups = InMemoryFieldCrypto(may_create_keys=False)
    peer_groups.share_keys_with(matching)
    sealed = matching.encrypt("sv_1", "district", CANARY)
    kept = peer_groups.encrypt("sv_1", "pool", CANARY)
    assert peer_groups.decrypt("sv_1", "district", sealed) == CANARY

    assert matching.erase_key("sv_1") is True
    assert matching.erase_key("sv_1") is False  # twice is once
    for crypto, field, value in [
        (matching, "district", sealed),
        (peer_groups, "district", sealed),
        (peer_groups, "pool", kept),
    ]:
        with pytest.raises(KeyErased):
            crypto.decrypt("sv_1", field, value)
    # Only the owner creates keys: a late event cannot bring the key back elsewhere.
    with pytest.raises(KeyErased):
        peer_groups.encrypt("sv_1", "pool", CANARY)


def test_deterministic_encryption_only_for_approved_fields() -> None:
    crypto = InMemoryFieldCrypto(approved_deterministic=frozenset({"code"}))
    assert crypto.encrypt("sv_1", "code", "x", deterministic=True) == crypto.encrypt(
        "sv_1", "code", "x", deterministic=True
    )
    with pytest.raises(FieldCryptoError, match="not approved"):
        crypto.encrypt("sv_1", "district", "x", deterministic=True)


def test_rewrap_counts_the_keys() -> None:
    crypto = InMemoryFieldCrypto()
    crypto.encrypt("sv_1", "f", 1)
    crypto.encrypt("sv_2", "f", 1)
    assert crypto.rewrap(provider="local:2") == 2


# -- settings --------------------------------------------------------------------------------


def _key() -> str:
    return base64.b64encode(os.urandom(96)).decode()


def test_development_uses_a_built_in_local_master_key() -> None:
    settings = FieldCryptoSettings(environment=Environment.DEVELOPMENT)
    providers = kms_providers_from_settings(settings)
    assert list(providers) == ["local"]
    assert len(providers["local"]["key"]) == 96


def test_the_built_in_master_key_is_refused_in_production() -> None:
    for settings_class in (FieldCryptoSettings, MatchingSettings, PeerGroupsSettings):
        with pytest.raises(ValidationError) as error:
            settings_class(environment=Environment.PRODUCTION)
        assert "PATHWAYS_FIELD_CRYPTO_LOCAL_MASTER_KEY" in str(error.value)
    assert issubclass(InsecureSettingsError, ValueError)


def test_production_takes_an_explicit_local_key_or_a_kms() -> None:
    key = _key()
    local = FieldCryptoSettings(
        environment=Environment.PRODUCTION, field_crypto_local_master_key=key
    )
    assert kms_providers_from_settings(local)["local"]["key"] == base64.b64decode(key)
    kms = FieldCryptoSettings(
        environment=Environment.PRODUCTION,
        field_crypto_kms_provider="aws",
        field_crypto_master_key={"region": "ap-southeast-1", "key": "arn:aws:kms:example"},
        field_crypto_kms_credentials='{"aws": {"accessKeyId": "a", "secretAccessKey": "b"}}',
    )
    assert kms_providers_from_settings(kms) == {"aws": {"accessKeyId": "a", "secretAccessKey": "b"}}


@pytest.mark.parametrize(
    "fields",
    [
        {"field_crypto_local_master_key": "too short"},
        {"field_crypto_kms_provider": "vault"},
        {"field_crypto_key_vault_namespace": "no_collection"},
        {"field_crypto_new_kms_provider": "local:2"},  # without its key
        {"field_crypto_new_kms_provider": "local"},  # the current one
    ],
)
def test_bad_field_crypto_settings_fail_fast(fields: dict[str, Any]) -> None:
    with pytest.raises(ValidationError):
        FieldCryptoSettings(**fields)


def test_during_a_rotation_both_master_keys_are_known() -> None:
    new_key = _key()
    settings = FieldCryptoSettings(
        field_crypto_new_kms_provider="local:2",
        field_crypto_new_local_master_key=new_key,
        field_crypto_local_master_key="",  # empty means unset (ConfigMaps)
    )
    providers = kms_providers_from_settings(settings)
    assert set(providers) == {"local", "local:2"}
    assert providers["local:2"]["key"] == base64.b64decode(new_key)


def test_timestamps_survive_sealing() -> None:
    crypto = InMemoryFieldCrypto()
    at = datetime(2025, 3, 4, 5, 6, 7, 8000, tzinfo=UTC)
    opened = crypto.decrypt("sv", "t", crypto.encrypt("sv", "t", at))
    assert opened.replace(tzinfo=UTC) == at
