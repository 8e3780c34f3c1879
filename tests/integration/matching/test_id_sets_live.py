"""Matching's lookups by owner against real FerretDB: every one is an `_id` read.

A survivor's matches, an opportunity's shortlist, an organisation's opportunities and
survivors come from id sets kept beside the aggregates (``matching.adapters.id_sets``). The
store narrows nothing but `_id`, so each test also records the commands the repository sent
and fails on any filter that is not an exact `_id` or a ``$in`` of at most 500 ids.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

import pytest
from pymongo import MongoClient
from pymongo.database import Database

from matching.adapters.migrations import ensure_migrated, migrate
from matching.adapters.mongo_repositories import (
    OPPORTUNITY_MATCHES,
    ORGANISATION_BUCKETS,
    ORGANISATION_OPPORTUNITIES,
    ORGANISATION_SURVIVORS,
    SURVIVOR_MATCHES,
    MongoMatchRepository,
    MongoOpportunityRepository,
    MongoSurvivorRepository,
)
from matching.domain.access import Caller, Role
from matching.domain.errors import NotFound, StaleVersion
from matching.domain.match import Match, MatchState, ScoredReason
from matching.domain.opportunity import Opportunity, OpportunityDetails
from matching.domain.survivor import Survivor, SurvivorProfile
from matching.domain.values import (
    ConsentPurpose,
    LanguageLevel,
    LanguageSkill,
    MonthlyAmount,
    OpportunityKind,
)
from pathways_runtime.field_crypto import InMemoryFieldCrypto
from tests.support.processes import run_module
from tests.support.store_commands import StoreCommandRecorder
from tests.unit.matching.strategies import PLACES

NOW = datetime(2025, 3, 1, tzinfo=UTC)
OFFICER = Caller("u_officer", "org_ngo", Role.REINTEGRATION_OFFICER)
ID_SET_COLLECTIONS = (
    SURVIVOR_MATCHES,
    OPPORTUNITY_MATCHES,
    ORGANISATION_SURVIVORS,
    ORGANISATION_OPPORTUNITIES,
)


def scans(recorder: StoreCommandRecorder) -> list[str]:
    """The commands that were not `_id` reads or writes (empty when all were)."""
    return [
        f"{r['command']} {r['collection']} {r.get('shape')}: {why}" for r, why in recorder.scans()
    ]


def _survivors(
    db: Database[Any], crypto: InMemoryFieldCrypto, **hooks: Any
) -> MongoSurvivorRepository:
    return MongoSurvivorRepository(
        db, interest_concepts=lambda s: frozenset(), crypto=crypto, **hooks
    )


def _profile() -> SurvivorProfile:
    return SurvivorProfile(
        languages=(LanguageSkill("th", LanguageLevel.NATIVE),),
        age_band="18-24",
        minor=False,
        residence=PLACES[0],
        interests="cooking",
        travel_radius_km=20,
        income_goal=MonthlyAmount(9_000, "THB"),
    )


def _survivor(survivor_id: str, organisation_id: str, *, consents: bool = True) -> Survivor:
    survivor = Survivor.register(
        survivor_id=survivor_id, organisation_id=organisation_id, alias="ABCDEF", profile=_profile()
    )
    if consents:
        survivor.set_consent(purpose=ConsentPurpose.MATCHING, granted=True, at=NOW, by="u")
    return survivor


def _opportunity(opportunity_id: str, organisation_id: str) -> Opportunity:
    details = OpportunityDetails(
        kind=OpportunityKind.JOB,
        title="Barista",
        description="Coffee shop needs a barista",
        sector="food_service",
        openings=3,
        languages=(LanguageSkill("th", LanguageLevel.CONVERSATIONAL),),
        location=PLACES[1],
        pay=MonthlyAmount(10_000, "THB"),
    )
    return Opportunity.post(
        opportunity_id=opportunity_id, organisation_id=organisation_id, details=details
    )


def _match(survivor_id: str, opportunity_id: str, *, revision: int = 1) -> Match:
    return Match.propose(
        survivor_id=survivor_id,
        survivor_organisation_id="org_ngo",
        opportunity_id=opportunity_id,
        opportunity_organisation_id="org_cafe",
        kind=OpportunityKind.JOB,
        material_revision=revision,
        offer_revision=revision,
        score=0.5,
        reasons=(ScoredReason("interest_fit", "likes cooking"),),
        at=NOW,
        by=OFFICER.user_id,
    )


def test_a_survivors_matches_are_read_by_id_and_a_stale_entry_is_harmless(
    db: Database[Any], crypto: InMemoryFieldCrypto, recorder: StoreCommandRecorder
) -> None:
    matches = MongoMatchRepository(db, crypto=crypto)
    mine = [
        _match("srv_a", "opp_1"),
        _match("srv_a", "opp_2"),
        _match("srv_a", "opp_1", revision=2),
    ]
    other = _match("srv_b", "opp_1")
    for match in [*mine, other]:
        assert matches.add(match)
    # Stale entries: an id whose insert never happened, and (corrupted) another's match.
    db[SURVIVOR_MATCHES].update_one(
        {"_id": "srv_a"}, {"$addToSet": {"ids": {"$each": ["m_never_written", other.match_id]}}}
    )
    recorder.clear()

    found = matches.for_survivor("srv_a")

    assert sorted(m.match_id for m in found) == sorted(m.match_id for m in mine)
    assert scans(recorder) == []


def test_a_shortlist_reads_the_opportunitys_matches_by_id_and_rechecks_their_state(
    db: Database[Any], crypto: InMemoryFieldCrypto, recorder: StoreCommandRecorder
) -> None:
    matches = MongoMatchRepository(db, crypto=crypto)
    accepted = _match("srv_a", "opp_1")
    proposed = _match("srv_b", "opp_1")
    elsewhere = _match("srv_c", "opp_2")
    for match in (accepted, proposed, elsewhere):
        matches.add(match)
    stored = matches.get(accepted.match_id)
    assert stored is not None
    survivor = Caller("u_srv", "org_ngo", Role.REINTEGRATION_OFFICER)
    stored.transition(to=MatchState.ACCEPTED, caller=survivor, at=NOW)
    matches.save(stored)
    db[OPPORTUNITY_MATCHES].update_one({"_id": "opp_1"}, {"$addToSet": {"ids": elsewhere.match_id}})
    recorder.clear()

    found = matches.for_opportunity("opp_1", states=[MatchState.ACCEPTED.value])

    assert [m.match_id for m in found] == [accepted.match_id]
    assert scans(recorder) == []


def test_erasure_removes_the_survivors_matches_and_index_entries_and_nobody_elses(
    db: Database[Any], crypto: InMemoryFieldCrypto, recorder: StoreCommandRecorder
) -> None:
    survivors = _survivors(db, crypto)
    matches = MongoMatchRepository(db, crypto=crypto)
    for survivor_id in ("srv_a", "srv_b"):
        survivors.add(_survivor(survivor_id, "org_ngo"))
    gone = [_match("srv_a", "opp_1"), _match("srv_a", "opp_2")]
    kept = _match("srv_b", "opp_1")
    for match in [*gone, kept]:
        matches.add(match)
    recorder.clear()

    assert matches.erase_survivor("srv_a") == 2
    assert survivors.erase("srv_a")

    assert scans(recorder) == []
    assert matches.for_survivor("srv_a") == []
    assert db[SURVIVOR_MATCHES].find_one({"_id": "srv_a"}) is None
    assert db.matches.find_one({"_id": {"$in": [m.match_id for m in gone]}}) is None
    assert [m.match_id for m in matches.for_survivor("srv_b")] == [kept.match_id]
    opp_1 = db[OPPORTUNITY_MATCHES].find_one({"_id": "opp_1"})
    assert opp_1 is not None
    assert opp_1["ids"] == [kept.match_id]
    assert survivors.eligible_ids("org_ngo") == ["srv_b"]
    listed = {i for d in db[ORGANISATION_SURVIVORS].find({}) for i in d["ids"]}
    assert listed == {"srv_b"}


def test_rounds_take_an_organisations_consenting_survivors_by_id(
    db: Database[Any], crypto: InMemoryFieldCrypto, recorder: StoreCommandRecorder
) -> None:
    survivors = _survivors(db, crypto)
    for number in range(40):
        survivors.add(_survivor(f"srv_{number:02d}", "org_ngo", consents=number % 4 != 0))
    survivors.add(_survivor("srv_elsewhere", "org_other"))
    db[ORGANISATION_SURVIVORS].update_one(  # stale: written, then the insert never came
        {"_id": f"org_ngo#{0:03d}"}, {"$addToSet": {"ids": "srv_never"}}, upsert=True
    )
    recorder.clear()

    eligible = survivors.eligible_ids("org_ngo")

    assert eligible == [f"srv_{n:02d}" for n in range(40) if n % 4 != 0]
    assert scans(recorder) == []


def test_an_organisations_opportunities_page_in_id_order_across_buckets(
    db: Database[Any], recorder: StoreCommandRecorder
) -> None:
    opportunities = MongoOpportunityRepository(db)
    ours = [f"opp_{n:03d}" for n in range(130)]
    for opportunity_id in ours:
        opportunities.add(_opportunity(opportunity_id, "org_cafe"))
    for n in range(5):
        opportunities.add(_opportunity(f"opp_other_{n}", "org_school"))
    # Stale entries: never inserted, and one naming another organisation's opportunity.
    sets = db[ORGANISATION_OPPORTUNITIES]
    for stale in ("opp_050x", "opp_other_1"):
        sets.update_one({"_id": f"org_cafe#{7:03d}"}, {"$addToSet": {"ids": stale}}, upsert=True)
    buckets = sets.count_documents({"_id": {"$regex": "^org_cafe#"}})
    assert 1 < buckets <= ORGANISATION_BUCKETS  # the set really is split
    recorder.clear()

    seen: list[str] = []
    token = ""
    pages = 0
    while True:
        page, token = opportunities.list_by_organisation("org_cafe", page_size=7, page_token=token)
        pages += 1
        assert len(page) <= 7
        seen += [o.opportunity_id for o in page]
        if not token:
            break
        assert token == page[-1].opportunity_id
    assert seen == ours
    assert pages == -(-130 // 7)
    assert scans(recorder) == []


def test_outbox_pending_is_told_before_the_write_and_a_refusal_writes_nothing(
    db: Database[Any],
) -> None:
    seen: list[tuple[str, Any, int]] = []

    def pending(collection: str, document_id: Any) -> None:
        document = db[collection].find_one({"_id": document_id})
        seen.append((collection, document_id, len(document["outbox"]) if document else -1))

    opportunities = MongoOpportunityRepository(db, on_outbox_pending=pending)
    opportunity = _opportunity("opp_1", "org_cafe")
    opportunities.add(opportunity)
    db.opportunities.update_one({"_id": "opp_1"}, {"$set": {"outbox": []}})  # as if relayed
    opportunity.update(details=opportunity.details, detected_sectors=frozenset(), concepts=None)
    opportunities.save(opportunity)
    # Before the insert: no document; before the update: the events not there yet.
    assert seen == [("opportunities", "opp_1", -1), ("opportunities", "opp_1", 0)]

    def refuse(collection: str, document_id: Any) -> None:
        raise RuntimeError("marker store down")

    refusing = MongoOpportunityRepository(db, on_outbox_pending=refuse)
    with pytest.raises(RuntimeError):
        refusing.add(_opportunity("opp_2", "org_cafe"))
    assert db.opportunities.find_one({"_id": "opp_2"}) is None
    current = refusing.get("opp_1")
    assert current is not None
    current.update(details=current.details, detected_sectors=frozenset(), concepts=None)
    with pytest.raises(RuntimeError):
        refusing.save(current)
    stored = db.opportunities.find_one({"_id": "opp_1"})
    assert stored is not None
    assert stored["version"] == 2


def test_data_written_without_id_sets_is_migrated_once_and_again_changes_nothing(
    db: Database[Any], crypto: InMemoryFieldCrypto
) -> None:
    survivors = _survivors(db, crypto)
    opportunities = MongoOpportunityRepository(db)
    matches = MongoMatchRepository(db, crypto=crypto)
    for survivor_id in ("srv_a", "srv_b"):
        survivors.add(_survivor(survivor_id, "org_ngo"))
    for opportunity_id in ("opp_1", "opp_2", "opp_3"):
        opportunities.add(_opportunity(opportunity_id, "org_cafe"))
    written = [_match("srv_a", "opp_1"), _match("srv_a", "opp_2"), _match("srv_b", "opp_1")]
    for match in written:
        matches.add(match)
    # The shape an earlier release left: the aggregates, no id sets, no migration marker.
    for name in (*ID_SET_COLLECTIONS, "migrations"):
        db.drop_collection(name)
    assert matches.for_survivor("srv_a") == []

    first = ensure_migrated(db)

    assert first["id_sets.v1"] == {"survivors": 2, "opportunities": 3, "matches": 3}
    assert ensure_migrated(db) == {}  # marked done: not run at the next start
    before = {name: sorted(map(repr, db[name].find({}))) for name in ID_SET_COLLECTIONS}
    assert migrate(db)["id_sets.v1"] == first["id_sets.v1"]  # on demand, again
    after = {name: sorted(map(repr, db[name].find({}))) for name in ID_SET_COLLECTIONS}
    assert after == before  # nothing listed twice

    assert sorted(m.match_id for m in matches.for_survivor("srv_a")) == sorted(
        m.match_id for m in written[:2]
    )
    assert survivors.eligible_ids("org_ngo") == ["srv_a", "srv_b"]
    page, token = opportunities.list_by_organisation("org_cafe", page_size=2, page_token="")
    assert ([o.opportunity_id for o in page], token) == (["opp_1", "opp_2"], "opp_2")


def test_the_migrate_command_prints_counts_on_a_fresh_database(
    mongodb_uri: str, unique_name: str
) -> None:
    env = {
        "PATHWAYS_MONGODB_URI": mongodb_uri,
        "PATHWAYS_MONGODB_DATABASE": unique_name,
        "PATHWAYS_FIELD_CRYPTO_KEY_VAULT_NAMESPACE": f"{unique_name}_keys.datakeys",
    }
    try:
        for _ in range(2):  # idempotent: the second run reports the same
            done = run_module("matching", ["migrate"], env=env)
            assert done.returncode == 0, done.stderr[-2000:]
            report = json.loads(done.stdout.strip().splitlines()[-1])
            assert report["id_sets.v1"] == {"survivors": 0, "opportunities": 0, "matches": 0}
            assert report["outbox_markers.v1"] == {"marked": 0}
            assert "key_vault" in report
    finally:
        client: MongoClient[Any] = MongoClient(mongodb_uri, serverSelectionTimeoutMS=5000)
        client.drop_database(unique_name)
        client.drop_database(f"{unique_name}_keys")
        client.close()


def test_a_refused_save_tells_stale_from_missing_by_id(
    db: Database[Any], recorder: StoreCommandRecorder
) -> None:
    opportunities = MongoOpportunityRepository(db)
    opportunities.add(_opportunity("opp_1", "org_cafe"))
    first = opportunities.get("opp_1")
    second = opportunities.get("opp_1")
    assert first is not None
    assert second is not None
    first.update(details=first.details)
    opportunities.save(first)
    recorder.clear()

    second.update(details=second.details)
    with pytest.raises(StaleVersion):
        opportunities.save(second)
    never = _opportunity("opp_never", "org_cafe")
    never.version = 1
    with pytest.raises(NotFound):
        opportunities.save(never)

    assert scans(recorder) == []
