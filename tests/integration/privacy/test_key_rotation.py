"""Key rotation: every data key is rewrapped under a new master key, values still open."""

from __future__ import annotations

import base64
import json
import os
import subprocess
import sys
import uuid
from typing import Any

import pytest
from pymongo import MongoClient

from pathways_runtime.field_crypto import (
    FieldCryptoError,
    KeyErased,
    ensure_key_vault,
    field_crypto_from_settings,
)
from pathways_runtime.key_vault import KEY_IDS_COLLECTION
from pathways_runtime.settings import FieldCryptoSettings
from tests.support.processes import REPO_ROOT


def _key() -> str:
    return base64.b64encode(os.urandom(96)).decode()


def test_rewrap_moves_every_key_to_the_new_master_key(mongodb_uri: str, unique_name: str) -> None:
    namespace = f"{unique_name}_keyvault.datakeys"
    old_key, new_key = _key(), _key()
    client: MongoClient[Any] = MongoClient(mongodb_uri, uuidRepresentation="standard")
    try:
        ensure_key_vault(client, namespace)
        old = field_crypto_from_settings(
            FieldCryptoSettings(
                field_crypto_key_vault_namespace=namespace,
                field_crypto_kms_provider="local:old",
                field_crypto_local_master_key=old_key,
            ),
            client=client,
            may_create_keys=True,
        )
        sealed = {sid: old.encrypt(sid, "profile", f"value of {sid}") for sid in ("a", "b", "c")}

        env = {
            **os.environ,
            "PATHWAYS_MONGODB_URI": mongodb_uri,
            "PATHWAYS_FIELD_CRYPTO_KEY_VAULT_NAMESPACE": namespace,
            "PATHWAYS_FIELD_CRYPTO_KMS_PROVIDER": "local:old",
            "PATHWAYS_FIELD_CRYPTO_LOCAL_MASTER_KEY": old_key,
            "PATHWAYS_FIELD_CRYPTO_NEW_KMS_PROVIDER": "local:new",
            "PATHWAYS_FIELD_CRYPTO_NEW_LOCAL_MASTER_KEY": new_key,
            "PYTHONPATH": os.pathsep.join(str(REPO_ROOT / p) for p in ("services", "protos")),
        }
        done = subprocess.run(
            [sys.executable, "-m", "pathways_runtime.field_crypto", "rewrap"],
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
        assert done.returncode == 0, done.stderr
        assert json.loads(done.stdout) == {"rewrapped": 3, "provider": "local:new", "keys": 3}
        assert old_key not in done.stdout + done.stderr

        database, collection = namespace.split(".")
        providers = {d["masterKey"]["provider"] for d in client[database][collection].find()}
        assert providers == {"local:new"}

        only_new = field_crypto_from_settings(
            FieldCryptoSettings(
                field_crypto_key_vault_namespace=namespace,
                field_crypto_kms_provider="local:new",
                field_crypto_local_master_key=new_key,
            ),
            client=client,
            may_create_keys=False,
        )
        for sid, value in sealed.items():
            assert only_new.decrypt(sid, "profile", value) == f"value of {sid}"
            # Key ids (hence the survivor -> key id mappings) are unchanged by a rewrap.
            resealed = only_new.encrypt(sid, "pool", sid)
            assert bytes(resealed)[1:17] == bytes(value)[1:17]
        only_old = field_crypto_from_settings(
            FieldCryptoSettings(
                field_crypto_key_vault_namespace=namespace,
                field_crypto_kms_provider="local:old",
                field_crypto_local_master_key=old_key,
            ),
            client=client,
            may_create_keys=False,
        )
        with pytest.raises(FieldCryptoError):
            only_old.decrypt("a", "profile", sealed["a"])
    finally:
        client.close()


def test_one_data_key_per_survivor_even_when_two_writers_race(
    mongodb_uri: str, unique_name: str
) -> None:
    namespace = f"{unique_name}_keyvault.datakeys"
    client: MongoClient[Any] = MongoClient(mongodb_uri, uuidRepresentation="standard")
    try:
        ensure_key_vault(client, namespace)
        settings = FieldCryptoSettings(field_crypto_key_vault_namespace=namespace)
        first = field_crypto_from_settings(settings, client=client, may_create_keys=True)
        second = field_crypto_from_settings(settings, client=client, may_create_keys=True)
        one = first.encrypt("sv", "f", 1)
        two = second.encrypt("sv", "f", 2)
        database, collection = namespace.split(".")
        assert client[database][collection].count_documents({"keyAltNames": "sv"}) == 1
        assert bytes(one)[1:17] == bytes(two)[1:17]
        mappings = list(client[database][KEY_IDS_COLLECTION].find())
        assert mappings == [{"_id": "sv", "key_id": uuid.UUID(bytes=bytes(one)[1:17])}]
        reader = field_crypto_from_settings(settings, client=client, may_create_keys=False)
        assert reader.decrypt("sv", "f", two) == 2
        assert first.erase_key("sv") is True
        assert client[database][KEY_IDS_COLLECTION].count_documents({}) == 0
        # A process that used the key may keep it unwrapped in memory for key_cache_ms;
        # the erasing process drops its cache at once, and so does any new process.
        for after in (
            first,
            field_crypto_from_settings(settings, client=client, may_create_keys=False),
        ):
            with pytest.raises(KeyErased):
                after.decrypt("sv", "f", two)
        with pytest.raises(KeyErased):
            field_crypto_from_settings(settings, client=client, may_create_keys=False).encrypt(
                "sv", "f", 3
            )
    finally:
        client.close()
