"""Matching's retention against real FerretDB: expired detail and closed opportunities go,
fresh data stays, and a second run removes nothing more."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from typing import Any

from pymongo import MongoClient

from matching.adapters.mongo_repositories import (
    MongoMatchRepository,
    MongoOpportunityRepository,
    ensure_indexes,
)
from matching.domain.access import Caller, Role
from matching.domain.match import Match, MatchState, ScoredReason
from matching.domain.values import OpportunityKind
from matching.retention import MatchingRetention
from pathways_runtime.field_crypto import InMemoryFieldCrypto
from tests.support.processes import run_module

OFFICER = Caller("u_officer", "org_ngo", Role.REINTEGRATION_OFFICER)
NOW = datetime.now(UTC).replace(microsecond=0)


def _declined(matches: MongoMatchRepository, *, survivor_id: str, at: datetime) -> Match:
    match = Match.propose(
        survivor_id=survivor_id,
        survivor_organisation_id="org_ngo",
        opportunity_id="opp_referenced",
        opportunity_organisation_id="org_employer",
        kind=OpportunityKind.JOB,
        material_revision=1,
        offer_revision=1,
        score=0.7,
        reasons=(ScoredReason("interest_fit", "likes cooking"),),
        at=at - timedelta(days=1),
        by=OFFICER.user_id,
    )
    assert matches.add(match)
    stored = matches.get(match.match_id)
    assert stored is not None
    stored.transition(to=MatchState.DECLINED, caller=OFFICER, at=at, reason="too far")
    matches.save(stored)
    return stored


def test_matching_retention_removes_expired_detail_and_closed_opportunities_once(
    mongo_client: MongoClient[Any], unique_name: str
) -> None:
    db = mongo_client[unique_name]
    ensure_indexes(db)
    matches = MongoMatchRepository(db, crypto=InMemoryFieldCrypto())
    opportunities = MongoOpportunityRepository(db)
    old = _declined(matches, survivor_id="srv_old", at=NOW - timedelta(days=40))
    recent = _declined(matches, survivor_id="srv_recent", at=NOW - timedelta(days=5))
    db.opportunities.insert_many(
        [
            {"_id": "opp_unreferenced", "status": "closed", "organisation_id": "org_employer"},
            {"_id": "opp_referenced", "status": "closed", "organisation_id": "org_employer"},
            {"_id": "opp_open", "status": "open", "organisation_id": "org_employer"},
        ]
    )
    job = MatchingRetention(
        matches=matches,
        opportunities=opportunities,
        match_detail_days=30,
        closed_opportunity_days=7,
    )

    first = job.run(now=NOW)
    print(f"matching retention, first run: {first}")
    assert first.match_details_removed == 1
    assert first.closed_opportunities_seen == 2
    assert first.closed_opportunities_deleted == 0  # the clock starts when first seen
    stripped = matches.get(old.match_id)
    assert stripped is not None
    assert [t.state for t in stripped.history] == [MatchState.PROPOSED, MatchState.DECLINED]
    assert stripped.history[-1].reason == ""
    assert stripped.reasons[0].text == ""
    kept = matches.get(recent.match_id)
    assert kept is not None
    assert kept.history[-1].reason == "too far"

    later = job.run(now=NOW + timedelta(days=8))
    assert later.match_details_removed == 0
    assert later.closed_opportunities_deleted == 1
    assert sorted(d["_id"] for d in db.opportunities.find({})) == [
        "opp_open",
        "opp_referenced",
    ]
    again = job.run(now=NOW + timedelta(days=8))
    assert (again.match_details_removed, again.closed_opportunities_deleted) == (0, 0)
    assert db.matches.count_documents({}) == 2


def test_the_matching_retention_command_runs(mongodb_uri: str, unique_name: str) -> None:
    done = run_module(
        "matching",
        ["retention"],
        env={
            "PATHWAYS_MONGODB_URI": mongodb_uri,
            "PATHWAYS_MONGODB_DATABASE": unique_name,
            "PATHWAYS_MATCH_DETAIL_RETENTION_DAYS": "30",
            "PATHWAYS_CLOSED_OPPORTUNITY_RETENTION_DAYS": "30",
        },
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout.strip().splitlines()[-1]) == {
        "closed_opportunities_deleted": 0,
        "closed_opportunities_seen": 0,
        "match_details_removed": 0,
    }
