"""Move the key vault from the services' server to a server of its own, once.

Pointing the services at a new, empty key vault (``PATHWAYS_FIELD_CRYPTO_KEY_VAULT_URI``)
without moving the keys would make every survivor's sealed data unreadable, exactly as if
each had been erased (and matching removes a record whose key is gone when it reads it).
So the keys are moved first, with the services stopped: ``python -m
pathways_runtime.field_crypto move-vault``.

The move is one-shot, never a merge: a key erased on the new server after an earlier move
must not come back from a stale copy on the old one (that would undo an erasure). So it
refuses when both servers hold keys, and once the copy is verified it drops the old vault's
database (on FerretDB that removes its SQLite file; what the old file's free pages or a
backup of the old server still hold is what ``docs/data-protection.md`` describes).
"""

from __future__ import annotations

from typing import Any

from pymongo import MongoClient

from pathways_runtime.key_vault import KEY_IDS_COLLECTION, ensure_key_vault

__all__ = ["KeyVaultMoveRefused", "move_key_vault"]


class KeyVaultMoveRefused(RuntimeError):
    """Both servers hold keys, or the copy does not match: nothing was deleted."""


def move_key_vault(
    *, source: MongoClient[Any], target: MongoClient[Any], key_vault_namespace: str
) -> dict[str, int]:
    """Copy the vault (keys and survivor → key id mappings) from ``source`` to ``target``,
    verify, then drop it on ``source``. Counts only. Nothing to move: ``{"keys": 0, ...}``.

    A cold, operator-started pass over the whole vault (it reads every key, once).
    """
    database, collection = key_vault_namespace.split(".", 1)
    names = (collection, KEY_IDS_COLLECTION)
    old = {name: list(source[database][name].find({})) for name in names}
    moved = {"keys": len(old[collection]), "mappings": len(old[KEY_IDS_COLLECTION])}
    if not any(old.values()):
        return moved
    old_key_ids = [d["_id"] for d in old[collection]]
    if target[database][collection].count_documents({}, limit=1):
        # Only an interrupted move (copied, not yet dropped) may be finished: every old key
        # is on the new server. Anything else would merge, and could bring back a key
        # erased on the new server since.
        if _present(target, database, collection, old_key_ids) != len(old_key_ids):
            raise KeyVaultMoveRefused(
                "both servers hold data keys and some old ones are not on the new server "
                "(erased there since?): merging could undo an erasure; reconcile by hand"
            )
    else:
        ensure_key_vault(target, key_vault_namespace)
        if old[collection]:
            target[database][collection].insert_many(old[collection], ordered=False)
    existing = {d["_id"] for d in target[database][KEY_IDS_COLLECTION].find({}, {"_id": 1})}
    key_ids_on_target = set(old_key_ids)
    missing = [
        d
        for d in old[KEY_IDS_COLLECTION]
        if d["_id"] not in existing and d.get("key_id") in key_ids_on_target
    ]
    if missing:
        target[database][KEY_IDS_COLLECTION].insert_many(missing, ordered=False)
    copied = _present(target, database, collection, old_key_ids)
    if copied != len(old_key_ids):
        raise KeyVaultMoveRefused(f"{copied} of {len(old_key_ids)} keys copied; nothing deleted")
    others = set(source[database].list_collection_names()) - set(names)
    if others:
        for name in names:
            source[database][name].drop()
    else:
        source.drop_database(database)
    return moved


def _present(client: MongoClient[Any], database: str, collection: str, ids: list[Any]) -> int:
    """How many of ``ids`` are ``_id``s in the collection (bounded ``$in`` batches)."""
    return sum(
        client[database][collection].count_documents({"_id": {"$in": ids[i : i + 1000]}})
        for i in range(0, len(ids), 1000)
    )
