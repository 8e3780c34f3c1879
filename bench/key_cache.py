"""What opening a survivor's sealed value costs as a process opens more of them (a script).

libmongocrypt keeps the data keys it unwrapped for ``PATHWAYS_FIELD_CRYPTO_KEY_CACHE_MS``
and finds a key in that cache by walking every cached key. So the CPU an opening costs
grows with how many *other* keys the process used within the cache's window: a peer-group
proposal opens 2,000 people, a few proposals a minute make tens of thousands.

This script seals one value under its own data key for each of N survivors (real keys in
a real key vault, as matching creates them), then opens them in rounds of 2,000 different
survivors, one round after the other, the two ways the services open values:

- ``one by one``: ``MongoFieldCrypto.decrypt`` (explicit decryption, as matching and the
  peer-group consumer open one survivor);
- ``in replies``: a find of 250 documents through the auto-decrypting client of
  ``peer_groups.adapters.pool_unsealer`` (as a proposal opens its candidates).

For each key cache setting it prints the CPU time of this process per opening, round by
round (CPU, not wall time, so the store's own work and other processes are left out). Flat
rows are the target: an opening should cost the same whatever was opened before.

    bash infra/ferretdb.sh start   # or any MongoDB
    .venv/bin/python bench/key_cache.py --mongodb-uri "$(bash infra/ferretdb.sh uri)"
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

sys.path[:0] = [str(Path(__file__).resolve().parents[1] / p) for p in ("protos", "services")]

from pymongo import MongoClient  # noqa: E402

from pathways_runtime.field_crypto import ensure_key_vault, field_crypto_from_settings  # noqa: E402
from pathways_runtime.settings import FieldCryptoSettings  # noqa: E402
from peer_groups.adapters.pool_unsealer import unsealing_client  # noqa: E402

FIELD = "pool.private"
ROUND = 2_000
REPLY = 250


def seal_all(client: MongoClient[dict[str, Any]], database: str, survivors: int) -> float:
    """One sealed value per survivor, each under that survivor's own new data key."""
    began = time.monotonic()
    settings = FieldCryptoSettings()
    ensure_key_vault(client, settings.field_crypto_key_vault_namespace)
    crypto = field_crypto_from_settings(settings, client=client, may_create_keys=True)
    collection = client[database].sealed

    def one(i: int) -> dict[str, Any]:
        survivor_id = f"sv_{i:06d}"
        value = {"district": f"District {i % 40}", "interests": ["cooking", "sewing"]}
        return {"_id": survivor_id, "private": crypto.encrypt(survivor_id, FIELD, value)}

    with ThreadPoolExecutor(max_workers=4) as workers:
        documents = list(workers.map(one, range(survivors)))
    for start in range(0, len(documents), 1_000):
        collection.insert_many(documents[start : start + 1_000])
    return time.monotonic() - began


def rounds_one_by_one(
    client: MongoClient[dict[str, Any]], database: str, ids: list[str], cache_ms: int
) -> list[float]:
    """CPU milliseconds per opening, per round of ``ROUND`` survivors, explicit decryption."""
    settings = FieldCryptoSettings(field_crypto_key_cache_ms=cache_ms)
    crypto = field_crypto_from_settings(settings, client=client, may_create_keys=False)
    collection = client[database].sealed
    per_round = []
    for start in range(0, len(ids), ROUND):
        batch = ids[start : start + ROUND]
        documents = list(collection.find({"_id": {"$in": batch}}))
        began = time.process_time()
        for document in documents:
            crypto.decrypt(document["_id"], FIELD, document["private"])
        per_round.append((time.process_time() - began) * 1000 / len(documents))
    return per_round


def rounds_in_replies(uri: str, database: str, ids: list[str], cache_ms: int) -> list[float]:
    """CPU milliseconds per opening, per round, through the auto-decrypting client (the
    find included: the reply is opened as it is read)."""
    settings = FieldCryptoSettings(field_crypto_key_cache_ms=cache_ms)
    vault: MongoClient[dict[str, Any]] = MongoClient(uri, uuidRepresentation="standard")
    opening = unsealing_client(
        uri=uri, app_name="bench", settings=settings, key_vault_client=vault, timeout_ms=10_000
    )
    collection = opening[database].sealed
    per_round = []
    try:
        for start in range(0, len(ids), ROUND):
            batch = ids[start : start + ROUND]
            began = time.process_time()
            opened = 0
            for at in range(0, len(batch), REPLY):
                opened += len(list(collection.find({"_id": {"$in": batch[at : at + REPLY]}})))
            per_round.append((time.process_time() - began) * 1000 / opened)
    finally:
        opening.close()
        vault.close()
    return per_round


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mongodb-uri", required=True)
    parser.add_argument("--survivors", type=int, default=8_000)
    parser.add_argument("--cache-ms", type=int, nargs="+", default=[60_000, 1_000])
    parser.add_argument("--database", default="pathways_key_cache_bench")
    args = parser.parse_args()
    client: MongoClient[dict[str, Any]] = MongoClient(
        args.mongodb_uri, tz_aware=True, uuidRepresentation="standard"
    )
    client.drop_database(args.database)
    seconds = seal_all(client, args.database, args.survivors)
    print(json.dumps({"sealed": args.survivors, "seconds": round(seconds, 1)}), flush=True)
    ids = [f"sv_{i:06d}" for i in range(args.survivors)]
    try:
        for cache_ms in args.cache_ms:
            for way, per_round in (
                ("one by one", rounds_one_by_one(client, args.database, ids, cache_ms)),
                ("in replies", rounds_in_replies(args.mongodb_uri, args.database, ids, cache_ms)),
            ):
                figures = [round(ms, 2) for ms in per_round]
                print(json.dumps({"cache_ms": cache_ms, "way": way, "cpu_ms_per_opening": figures}))
    finally:
        # The keys stay in the shared vault otherwise: remove them with their values.
        names = {"keyAltNames": {"$in": ids}}
        settings = FieldCryptoSettings()
        database, collection = settings.field_crypto_key_vault_namespace.split(".", 1)
        client[database][collection].delete_many(names)
        client[database]["key_ids"].delete_many({"_id": {"$in": ids}})
        client.drop_database(args.database)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
