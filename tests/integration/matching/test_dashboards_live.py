"""Organisations' dashboards against real FerretDB and the real matching process.

The counts live in one document per organisation (``organisation_dashboards``): every write
and read on the request path is by `_id` (the recorder fails on anything else), the counts
kept live equal the counts rebuilt from the store by the migration (which fills the hires by
day in counts an older release built), and over gRPC a member reads their organisation's
counts (small ones suppressed, each retention step with the hires due for it) while another
organisation's officer is told it does not exist.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

import grpc
import pytest
from pymongo import MongoClient
from pymongo.database import Database

from matching.adapters.dashboard_counters import (
    DASHBOARDS_COLLECTION,
    MongoDashboardCounters,
    ensure_dashboards,
    rebuild_dashboards,
)
from matching.adapters.mongo_repositories import (
    MongoMatchRepository,
    MongoOpportunityRepository,
    MongoSurvivorRepository,
)
from matching.adapters.opportunity_index import OpportunityIndex
from matching.domain.access import Caller, Role
from matching.domain.match import Match, MatchState
from matching.domain.opportunity import Opportunity, OpportunityDetails
from matching.domain.scoring import ScoreWeights
from matching.domain.survivor import Survivor, SurvivorProfile
from matching.domain.values import (
    ConsentPurpose,
    LanguageLevel,
    LanguageSkill,
    MonthlyAmount,
    OpportunityKind,
    ReadinessStage,
)
from matching.service_layer import commands
from matching.service_layer.handlers import Ports, handle
from pathways.v1 import common_pb2, matching_pb2
from pathways_runtime.field_crypto import InMemoryFieldCrypto
from tests.support.matching_client import As, job, profile
from tests.support.processes import run_module
from tests.support.store_commands import StoreCommandRecorder
from tests.unit.matching.fakes import TinyVocabulary
from tests.unit.matching.strategies import PLACES

NOW = datetime(2026, 12, 2, 9, 0, tzinfo=UTC)
OFFICER = Caller("u_officer", "org_ngo", Role.REINTEGRATION_OFFICER)
EMPLOYER = Caller("u_employer", "org_cafe", Role.EMPLOYER)


def _scans_of_dashboards(recorder: StoreCommandRecorder) -> list[str]:
    return [
        f"{r['command']} {r.get('shape')}: {why}"
        for r, why in recorder.scans()
        if r["collection"] == DASHBOARDS_COLLECTION
    ]


@pytest.fixture
def ports(db: Database[Any], crypto: InMemoryFieldCrypto) -> Ports:
    vocabulary = TinyVocabulary()
    return Ports(
        survivors=MongoSurvivorRepository(
            db, interest_concepts=lambda s: frozenset(), crypto=crypto
        ),
        opportunities=MongoOpportunityRepository(db),
        matches=MongoMatchRepository(db, crypto=crypto),
        index=OpportunityIndex(
            concepts=vocabulary, weights=ScoreWeights(), text_features=2**12, skill_features=2**10
        ),
        sector_concepts_in=lambda text, declared=None: (
            vocabulary.concepts_in(text) & {"food_service"}
        ),
        clock=lambda: NOW,
        dashboards=MongoDashboardCounters(db),
    )


def _job_ready(ports: Ports, goal: MonthlyAmount | None) -> Survivor:
    survivor: Survivor = handle(
        commands.RegisterSurvivor(
            caller=OFFICER,
            profile=SurvivorProfile(
                languages=(LanguageSkill("th", LanguageLevel.NATIVE),),
                age_band="18-24",
                minor=False,
                residence=PLACES[0],
                interests="coffee",
                travel_radius_km=20,
                income_goal=goal,
            ),
        ),
        ports,
    )
    for stage in (ReadinessStage.TRAINING_READY, ReadinessStage.EMPLOYMENT_READY):
        survivor = handle(
            commands.AssessReadiness(
                caller=OFFICER,
                survivor_id=survivor.survivor_id,
                stage=stage,
                review_due=None,
                expected_version=survivor.version,
            ),
            ports,
        )
    for purpose in (ConsentPurpose.MATCHING, ConsentPurpose.EMPLOYER_SHORTLIST):
        survivor = handle(
            commands.SetConsent(
                caller=OFFICER,
                survivor_id=survivor.survivor_id,
                purpose=purpose,
                granted=True,
                expected_version=survivor.version,
            ),
            ports,
        )
    return survivor


def _hire(ports: Ports, survivor: Survivor, job_id: str, wage: MonthlyAmount) -> Match:
    match: Match = handle(
        commands.ProposeMatch(
            caller=OFFICER, survivor_id=survivor.survivor_id, opportunity_id=job_id
        ),
        ports,
    )
    for caller, state in [
        (OFFICER, MatchState.ACCEPTED),
        (EMPLOYER, MatchState.EMPLOYER_INTEREST),
        (OFFICER, MatchState.INTRODUCED),
        (EMPLOYER, MatchState.HIRED),
    ]:
        match = handle(
            commands.TransitionMatch(
                caller=caller,
                match_id=match.match_id,
                to_state=state,
                wage=wage if state is MatchState.HIRED else None,
            ),
            ports,
        )
    return match


def _post_barista_job(ports: Ports) -> Opportunity:
    """The employer's job the hires of these tests are made to."""
    posted: Opportunity = handle(
        commands.PostOpportunity(
            caller=EMPLOYER,
            details=OpportunityDetails(
                kind=OpportunityKind.JOB,
                title="Barista",
                description="Coffee shop needs a barista",
                sector="food_service",
                openings=10,
                languages=(LanguageSkill("th", LanguageLevel.CONVERSATIONAL),),
                location=PLACES[1],
                pay=MonthlyAmount(10_000, "THB"),
            ),
        ),
        ports,
    )
    return posted


def test_counts_are_kept_by_id_and_equal_what_the_migration_rebuilds(
    ports: Ports,
    db: Database[Any],
    crypto: InMemoryFieldCrypto,
    recorder: StoreCommandRecorder,
) -> None:
    posted = _post_barista_job(ports)
    thb = MonthlyAmount(9_000, "THB")
    above = _job_ready(ports, thb)
    below = _job_ready(ports, thb)
    erased = _job_ready(ports, None)
    _hire(ports, above, posted.opportunity_id, MonthlyAmount(9_500, "THB"))
    _hire(ports, below, posted.opportunity_id, MonthlyAmount(8_000, "THB"))
    _hire(ports, erased, posted.opportunity_id, MonthlyAmount(9_000, "THB"))
    handle(commands.EraseSurvivor(caller=OFFICER, survivor_id=erased.survivor_id), ports)

    counters = MongoDashboardCounters(db)
    live = {org: counters.counts(org) for org in ("org_ngo", "org_cafe")}
    assert live["org_ngo"] == {
        "readiness.employment_ready": 2,
        "moved_up.2026-12": 2,
        "outcomes.hired": 2,
        "hired_on.2026-12-02": 2,
        "income.at_or_above_goal": 1,
        "income.below_goal": 1,
    }
    assert live["org_cafe"] == {"outcomes.hired": 2, "hired_on.2026-12-02": 2}
    assert _scans_of_dashboards(recorder) == []

    assert ensure_dashboards(db, crypto=crypto) == {"organisations": 2, "reset": 0}
    assert ensure_dashboards(db, crypto=crypto) is None  # marked: once only
    assert {org: counters.counts(org) for org in live} == live
    # Run again on demand (``python -m matching migrate``): the same numbers.
    assert rebuild_dashboards(db, crypto=crypto) == {"organisations": 2, "reset": 0}
    assert {org: counters.counts(org) for org in live} == live


def test_counts_built_before_hires_were_kept_by_day_are_rebuilt_once_at_start(
    ports: Ports, db: Database[Any], crypto: InMemoryFieldCrypto
) -> None:
    posted = _post_barista_job(ports)
    _hire(ports, _job_ready(ports, None), posted.opportunity_id, MonthlyAmount(9_500, "THB"))
    # What the release before kept: the same counts without the hires by day, and its
    # marker (``dashboards.v1``) saying the counts were built.
    collection = db[DASHBOARDS_COLLECTION]
    for organisation in ("org_ngo", "org_cafe"):
        collection.update_one({"_id": organisation}, {"$unset": {"counts.hired_on": ""}})
    db["migrations"].insert_one({"_id": "dashboards.v1", "done_at": NOW})
    counters = MongoDashboardCounters(db)
    assert "hired_on.2026-12-02" not in counters.counts("org_cafe")

    assert ensure_dashboards(db, crypto=crypto) == {"organisations": 2, "reset": 0}
    rebuilt = {org: counters.counts(org) for org in ("org_ngo", "org_cafe")}
    assert rebuilt["org_cafe"] == {"outcomes.hired": 1, "hired_on.2026-12-02": 1}
    assert rebuilt["org_ngo"]["hired_on.2026-12-02"] == 1
    # Once: the next start reads the marker only; a rebuild on demand changes nothing.
    assert ensure_dashboards(db, crypto=crypto) is None
    assert rebuild_dashboards(db, crypto=crypto) == {"organisations": 2, "reset": 0}
    assert {org: counters.counts(org) for org in rebuilt} == rebuilt


def test_the_rebuild_resets_an_organisation_with_nothing_left_to_count(
    db: Database[Any], crypto: InMemoryFieldCrypto
) -> None:
    MongoDashboardCounters(db).apply("org_gone", {"outcomes.hired": 3})
    assert rebuild_dashboards(db, crypto=crypto) == {"organisations": 0, "reset": 1}
    assert MongoDashboardCounters(db).counts("org_gone") == {}


# -- over gRPC, through the real process ----------------------------------------------------


def _register_and_assess(officer: As, stages: list[Any]) -> matching_pb2.Survivor:
    survivor: matching_pb2.Survivor = officer.RegisterSurvivor(
        matching_pb2.RegisterSurvivorRequest(profile=profile())
    )
    for stage in stages:
        survivor = officer.AssessReadiness(
            matching_pb2.AssessReadinessRequest(
                survivor_id=survivor.survivor_id, stage=stage, expected_version=survivor.version
            )
        )
    return survivor


def test_a_member_reads_their_organisations_dashboard_over_grpc(
    officer: As, other_officer: As, employer: As
) -> None:
    training = common_pb2.READINESS_STAGE_TRAINING_READY
    employment = common_pb2.READINESS_STAGE_EMPLOYMENT_READY
    for _ in range(5):
        _register_and_assess(officer, [training, employment])
    _register_and_assess(officer, [training])
    employer.PostOpportunity(matching_pb2.PostOpportunityRequest(opportunity=job()))

    found = officer.GetOrganisationDashboard(
        matching_pb2.GetOrganisationDashboardRequest(organisation_id="org_ngo")
    )

    readiness = {c.code: (c.count, c.suppressed) for c in found.readiness}
    assert readiness["employment_ready"] == (5, False)
    assert readiness["training_ready"] == (0, True)  # one person: never sent
    assert readiness["stabilising"] == (0, False)
    assert (found.moved_up.count, found.moved_up.suppressed) == (5, False)
    assert found.suppressed_below == 5
    assert {c.code for c in found.outcomes} == {
        "hired",
        "retained_30",
        "retained_90",
        "retained_180",
        "enrolled",
        "completed",
    }
    # Each retention step carries the hires that could have reached it (none hired here).
    due = {c.code: c.due for c in found.outcomes if c.HasField("due")}
    assert {code: (d.days, d.count, d.suppressed) for code, d in due.items()} == {
        "retained_30": (30, 0, False),
        "retained_90": (90, 0, False),
        "retained_180": (180, 0, False),
    }
    assert all(len(d.hired_by) == len("2026-12-02") for d in due.values())

    with pytest.raises(grpc.RpcError) as refused:
        other_officer.GetOrganisationDashboard(
            matching_pb2.GetOrganisationDashboardRequest(organisation_id="org_ngo")
        )
    assert refused.value.code() is grpc.StatusCode.NOT_FOUND
    with pytest.raises(grpc.RpcError) as refused:
        employer.GetOrganisationDashboard(
            matching_pb2.GetOrganisationDashboardRequest(organisation_id="org_ngo")
        )
    assert refused.value.code() is grpc.StatusCode.NOT_FOUND
    own = employer.GetOrganisationDashboard(
        matching_pb2.GetOrganisationDashboardRequest(organisation_id="org_cafe")
    )
    assert all(c.count == 0 and not c.suppressed for c in own.readiness)


def test_the_migrate_command_rebuilds_the_counts_and_says_how_many(
    mongodb_uri: str, unique_name: str
) -> None:
    name = f"{unique_name}_cmd"
    client: MongoClient[Any] = MongoClient(mongodb_uri, serverSelectionTimeoutMS=5000)
    # Counts left by a crash or an older release for an organisation with nobody stored.
    client[name][DASHBOARDS_COLLECTION].insert_one(
        {"_id": "org_gone", "counts": {"outcomes": {"hired": 2}}}
    )
    env = {
        "PATHWAYS_MONGODB_URI": mongodb_uri,
        "PATHWAYS_MONGODB_DATABASE": name,
        "PATHWAYS_FIELD_CRYPTO_KEY_VAULT_NAMESPACE": f"{name}_keys.datakeys",
    }
    try:
        done = run_module("matching", ["migrate"], env=env)
        assert done.returncode == 0, done.stderr[-2000:]
        report = json.loads(done.stdout.strip().splitlines()[-1])
        assert report["dashboards.v2"] == {"organisations": 0, "reset": 1}
        assert MongoDashboardCounters(client[name]).counts("org_gone") == {}
    finally:
        client.drop_database(name)
        client.drop_database(f"{name}_keys")
        client.close()
