"""The partnership store against real FerretDB: set, read both ways, remove; every access
by ``_id`` (the hot path reads a facilitator organisation's pool at every proposal); an
index entry whose pair was never written (a crash in between) widens no pool."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from pymongo import MongoClient

from gateway.adapters.mongo_partnerships import INDEX, PAIRS, MongoPartnershipStore, pair_id
from gateway.directory.models import Partnership
from tests.support.store_commands import StoreCommandRecorder

NOW = datetime(2026, 12, 2, 9, tzinfo=UTC)


def _pair(ngo: str, partner: str) -> Partnership:
    return Partnership(organisation_id=ngo, partner_id=partner, created_at=NOW, created_by="usr_a")


def test_partnerships_are_kept_and_read_by_id(mongodb_uri: str, unique_name: str) -> None:
    recorder = StoreCommandRecorder(database=unique_name, recording=False)
    client: MongoClient[Any] = MongoClient(mongodb_uri, tz_aware=True, event_listeners=[recorder])
    try:
        db = client[unique_name]
        store = MongoPartnershipStore(db)
        # Something stored already, among other organisations.
        for n in range(20):
            store.add(_pair(f"org_ngo{n}", f"org_peer{n % 3}"))

        recorder.recording = True
        assert store.add(_pair("org_a", "org_p")) is None
        assert store.add(_pair("org_b", "org_p")) is None
        assert store.add(_pair("org_a", "org_q")) is None
        again = store.add(_pair("org_a", "org_p"))
        assert again == _pair("org_a", "org_p")  # the stored one, unchanged

        assert [p.organisation_id for p in store.drawn_from("org_p")] == ["org_a", "org_b"]
        assert [p.partner_id for p in store.shared_with("org_a")] == ["org_p", "org_q"]
        assert store.drawn_from("org_a") == []
        assert store.drawn_from("org_nobody") == []

        assert store.remove("org_b", "org_p") is True
        assert store.remove("org_b", "org_p") is False
        assert [p.organisation_id for p in store.drawn_from("org_p")] == ["org_a"]
        assert store.shared_with("org_b") == []

        # A crash between the index entry and the pair: the entry names nothing, skipped.
        db[INDEX].update_one({"_id": "org_p"}, {"$addToSet": {"draws_from": "org_c"}}, upsert=True)
        assert [p.organisation_id for p in store.drawn_from("org_p")] == ["org_a"]
        # Removing what was never fully set tidies the entry and says there was none.
        assert store.remove("org_c", "org_p") is False
        assert "org_c" not in (db[INDEX].find_one({"_id": "org_p"}) or {})["draws_from"]
        recorder.recording = False

        assert not recorder.scans(), recorder.scans()
        assert db.partnerships.find_one({"_id": pair_id("org_a", "org_p")}) is not None
        assert db.partnerships.count_documents({"organisation_id": "org_b"}) == 0
    finally:
        client.drop_database(unique_name)
        client.close()


def test_a_partnership_older_code_stored_stays_in_force(mongodb_uri: str, unique_name: str) -> None:
    """Written before acceptance existed (no ``accepted_at``): it was in force, and stays;
    one written now is not, until accepted."""
    client: MongoClient[Any] = MongoClient(mongodb_uri, tz_aware=True)
    try:
        db = client[unique_name]
        store = MongoPartnershipStore(db)
        store.add(_pair("org_ngo", "org_peer"))
        store.add(_pair("org_ngo", "org_new"))
        db[PAIRS].update_one(
            {"_id": pair_id("org_ngo", "org_peer")},
            {"$unset": {"accepted_at": "", "accepted_by": ""}},
        )
        old, new = store.shared_with("org_ngo")[1], store.shared_with("org_ngo")[0]
        assert (old.partner_id, new.partner_id) == ("org_peer", "org_new")
        assert old.accepted
        assert old.accepted_by == "usr_a"
        assert not new.accepted
    finally:
        client.drop_database(unique_name)
        client.close()
