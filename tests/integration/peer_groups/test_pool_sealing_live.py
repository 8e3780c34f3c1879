"""The migration that seals what earlier releases left in clear in the pool, on the real
server: chosen focuses (and, before encryption, district, interests and links) end up
sealed under each survivor's key, the members read the same, a sealed document is left as
it is, an erasure in flight is left to its event, and a second run changes nothing."""

from __future__ import annotations

import base64
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime
from typing import Any, cast

import bson
import pytest
from bson.binary import Binary
from bson.codec_options import CodecOptions
from bson.raw_bson import RawBSONDocument
from pymongo import MongoClient
from pymongo.collection import Collection
from pymongo.database import Database

from pathways_runtime.field_crypto import ENCRYPTED_SUBTYPE, InMemoryFieldCrypto
from peer_groups.adapters import migrations
from peer_groups.adapters.documents import member_to_document
from peer_groups.adapters.mongo_repositories import MongoPoolRepository
from peer_groups.domain.pool import PoolMember
from peer_groups.domain.values import GroupFocus
from tests.support.store_commands import StoreCommandRecorder
from tests.unit.peer_groups.test_rules import person

NOW = datetime(2026, 12, 1, 12, tzinfo=UTC)
SEX, LABOUR = GroupFocus.SEX_TRAFFICKING, GroupFocus.LABOUR_TRAFFICKING
#: Private values planted in the old documents, found nowhere in clear once sealed.
DISTRICT = "Canary district 5e1f"
LINK = "sv_canary_link_0b7c"


@pytest.fixture
def db(mongodb_uri: str, unique_name: str) -> Iterator[tuple[Database[dict[str, Any]], Any]]:
    recorder = StoreCommandRecorder(recording=False)
    client: MongoClient[dict[str, Any]] = MongoClient(
        mongodb_uri, serverSelectionTimeoutMS=5000, event_listeners=[recorder]
    )
    try:
        yield client[unique_name], recorder
    finally:
        client.close()


def _member(survivor_id: str, *focuses: GroupFocus) -> PoolMember:
    return replace(
        person(survivor_id),
        district=DISTRICT,
        do_not_group_with=frozenset({LINK}),
        interests=frozenset({"cooking"}),
        focuses=frozenset(focuses),
        version=4,
    )


def _focuses_in_clear(member: PoolMember, crypto: InMemoryFieldCrypto) -> dict[str, Any]:
    """As the previous release wrote a member: focuses beside the sealed part."""
    document = member_to_document(member, crypto=crypto)
    document["private"] = crypto.encrypt(
        member.survivor_id,
        "pool.private",
        {
            "district": member.district,
            "interests": sorted(member.interests),
            "do_not_group_with": sorted(member.do_not_group_with),
        },
    )
    document["focuses"] = sorted(f.value for f in member.focuses)
    return document


def _everything_in_clear(member: PoolMember, crypto: InMemoryFieldCrypto) -> dict[str, Any]:
    """As a release before encryption wrote a member."""
    document = {k: v for k, v in member_to_document(member, crypto=crypto).items()}
    del document["private"]
    document.update(
        district=member.district,
        interests=sorted(member.interests),
        do_not_group_with=sorted(member.do_not_group_with),
        focuses=sorted(f.value for f in member.focuses),
    )
    return document


def _raw_pool(db: Database[dict[str, Any]]) -> dict[str, bytes]:
    # cast: pymongo types the collection by the database's document class, not the codec's.
    raw = cast(
        "Collection[RawBSONDocument]",
        db.get_collection("pool", CodecOptions(document_class=RawBSONDocument)),
    )
    return {bson.decode(d.raw)["_id"]: bytes(d.raw) for d in raw.find({})}


def _readable(data: bytes, text: str) -> bool:
    value = text.encode()
    return any(
        form in data for form in (value, base64.b64encode(value), base64.urlsafe_b64encode(value))
    )


def test_what_earlier_releases_left_in_clear_is_sealed_once(
    db: tuple[Database[dict[str, Any]], Any],
) -> None:
    database, recorder = db
    crypto = InMemoryFieldCrypto()
    old = _member("sv_old", SEX, LABOUR)
    older = _member("sv_older", GroupFocus.WOMEN_ONLY)
    current = _member("sv_current", SEX)
    in_flight = _member("sv_erased_in_matching", LABOUR)
    database.pool.insert_many(
        [
            _focuses_in_clear(old, crypto),
            _everything_in_clear(older, crypto),
            member_to_document(current, crypto=crypto),
            _focuses_in_clear(in_flight, crypto),
            {"_id": "sv_tombstone", "erased": True, "open": False, "version": 2**62},
        ]
    )
    current_as_stored = _raw_pool(database)["sv_current"]
    crypto.erase_key(in_flight.survivor_id)  # erased in matching; the event is on its way

    recorder.recording = True
    first = migrations.migrate(database, crypto=crypto, now=NOW)
    recorder.recording = False
    assert first["pool_members_sealed"] == 2
    assert first["pool_members_left_in_clear"] == 1
    assert not migrations.is_migrated(database), "an erasure in flight: not done yet"
    # Writes by _id only; the one scan is the cold pass over the pool (and the index build).
    assert {(r["collection"], r["command"]) for r, _why in recorder.scans()} <= {
        ("pool", "find"),
        ("groups", "find"),
        ("pool_buckets", "find"),
    }

    stored = _raw_pool(database)
    for survivor_id in (old.survivor_id, older.survivor_id):
        document = bson.decode(stored[survivor_id])
        assert not {"focuses", "district", "interests", "do_not_group_with"} & set(document)
        assert isinstance(document["private"], Binary)
        assert document["private"].subtype == ENCRYPTED_SUBTYPE
        assert document["version"] == 4
        for text in ("sex_trafficking", "labour_trafficking", "women_only", DISTRICT, LINK):
            assert not _readable(stored[survivor_id], text), (survivor_id, text)
    assert stored["sv_current"] == current_as_stored, "a sealed document is left as it was"

    pool = MongoPoolRepository(database, crypto=crypto)
    assert pool.get_many([old.survivor_id, older.survivor_id, current.survivor_id]) == {
        m.survivor_id: m for m in (old, older, current)
    }

    # The erasure event arrives: the tombstone holds nothing; the step is done.
    pool.erase(in_flight.survivor_id)
    second = migrations.migrate(database, crypto=crypto, now=NOW)
    assert second["pool_members_sealed"] == 0
    assert second["pool_members_left_in_clear"] == 0
    assert migrations.is_migrated(database)
    assert migrations.migrate(database, crypto=crypto, now=NOW) == second
    assert _raw_pool(database)[old.survivor_id] == stored[old.survivor_id]


def test_the_gender_is_kept_only_sealed_and_documents_from_before_read_as_not_recorded(
    db: tuple[Database[dict[str, Any]], Any],
) -> None:
    """The women-only rule reads the recorded gender: the pool keeps it in the sealed part,
    a document written before it was kept (sealed, no gender) reads as none recorded and
    needs no migration, and an erasure leaves nothing of it."""
    database, _recorder = db
    crypto = InMemoryFieldCrypto()
    canary = "Gender canary 3d9a"
    now = replace(_member("sv_now", GroupFocus.WOMEN_ONLY), gender=canary)
    before = _member("sv_before", GroupFocus.WOMEN_ONLY)
    document = member_to_document(before, crypto=crypto)
    private = crypto.decrypt(before.survivor_id, "pool.private", document["private"])
    del private["gender"]
    document["private"] = crypto.encrypt(before.survivor_id, "pool.private", private)
    database.pool.insert_one(document)
    pool = MongoPoolRepository(database, crypto=crypto)
    assert pool.upsert(now)

    stored = _raw_pool(database)
    assert not _readable(stored[now.survivor_id], canary)
    assert "gender" not in bson.decode(stored[now.survivor_id])
    read = pool.get_many([now.survivor_id, before.survivor_id])
    assert read[now.survivor_id].gender == canary
    assert read[before.survivor_id] == replace(before, gender="")

    counts = migrations.migrate(database, crypto=crypto, now=NOW)
    assert counts["pool_members_sealed"] == 0
    assert _raw_pool(database)[before.survivor_id] == stored[before.survivor_id]

    pool.erase(now.survivor_id)
    assert not _readable(_raw_pool(database)[now.survivor_id], canary)
    assert set(bson.decode(_raw_pool(database)[now.survivor_id])) == {
        "_id",
        "erased",
        "open",
        "version",
    }


def test_without_the_services_crypto_nothing_is_sealed_and_the_step_stays_to_do(
    db: tuple[Database[dict[str, Any]], Any],
) -> None:
    database, _recorder = db
    crypto = InMemoryFieldCrypto()
    database.pool.insert_one(_focuses_in_clear(_member("sv_1", SEX), crypto))
    before = _raw_pool(database)

    counts = migrations.migrate(database, now=NOW)
    assert counts["pool_members_sealed"] == 0
    assert counts["pool_members_left_in_clear"] == 1
    assert not migrations.is_migrated(database)
    assert _raw_pool(database) == before

    migrations.migrate(database, crypto=crypto, now=NOW)
    assert migrations.is_migrated(database)
    assert not _readable(_raw_pool(database)["sv_1"], "sex_trafficking")
