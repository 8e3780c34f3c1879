"""Survivor records written before 14-year-olds and the cross-border choice existed, read
back from real FerretDB.

Such a record has no ``open_to_cross_border`` (and a minor in it may have the ``15-17``
band and no age in years). Read back, it must mean what the rules say of a missing
choice and a missing age: closed to work across a border, and the youngest age of the
band. Both the sealed form and the plain form of before field encryption are read.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import pytest
from pymongo import MongoClient
from pymongo.database import Database

from matching.adapters import documents
from matching.adapters.mongo_repositories import MongoSurvivorRepository, ensure_indexes
from matching.domain.rules import Violation, violations
from matching.domain.survivor import Survivor, SurvivorProfile
from matching.domain.values import (
    ConsentPurpose,
    LanguageLevel,
    LanguageSkill,
    OpportunityKind,
    Place,
    ReadinessStage,
)
from pathways_runtime.field_crypto import InMemoryFieldCrypto
from tests.unit.matching.strategies import open_job

NOW = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)
ARANYAPRATHET = Place("TH", "Aranyaprathet", 13.6956, 102.5064)
POIPET = Place("KH", "Poipet", 13.6593, 102.5627)


@pytest.fixture
def db(mongodb_uri: str, unique_name: str) -> Iterator[Database[Any]]:
    client: MongoClient[Any] = MongoClient(mongodb_uri, serverSelectionTimeoutMS=5000)
    database = client[unique_name]
    ensure_indexes(database)
    try:
        yield database
    finally:
        client.drop_database(unique_name)
        client.close()


def _as_written_before(survivor: Survivor) -> dict[str, Any]:
    """The profile as the code before the cross-border choice wrote it: no such field."""
    profile = documents.profile_to_document(survivor.profile)
    del profile["open_to_cross_border"]
    return profile


def _survivor(survivor_id: str, profile: SurvivorProfile) -> Survivor:
    survivor = Survivor.register(
        survivor_id=survivor_id, organisation_id="org_ngo", alias="A-0001", profile=profile
    )
    survivor.assess_readiness(
        stage=ReadinessStage.EMPLOYMENT_READY, at=NOW, review_due=None, by="u_1"
    )
    survivor.set_consent(purpose=ConsentPurpose.MATCHING, granted=True, at=NOW, by="u_1")
    return survivor


@pytest.mark.parametrize("sealed", [True, False])
def test_a_record_without_the_choice_reads_back_closed_to_the_border(
    db: Database[Any], sealed: bool
) -> None:
    crypto = InMemoryFieldCrypto()
    adult = _survivor(
        "srv_adult",
        SurvivorProfile(
            languages=(LanguageSkill("th", LanguageLevel.NATIVE),),
            age_band="25-34",
            minor=False,
            residence=ARANYAPRATHET,
            travel_radius_km=25,
        ),
    )
    document = documents.survivor_to_document(adult, crypto=crypto)
    old_profile = _as_written_before(adult)
    document["profile"] = (
        documents._seal(crypto, adult.survivor_id, "survivors.profile", old_profile)
        if sealed
        else old_profile
    )
    db["survivors"].insert_one(document)

    read = MongoSurvivorRepository(db, interest_concepts=lambda _s: (), crypto=crypto).get(
        "srv_adult"
    )
    assert read is not None
    assert read.profile.open_to_cross_border is False
    across = open_job("opp_poipet", location=POIPET)
    assert violations(read, across) == [Violation.OUT_OF_REACH]
    assert violations(read, open_job("opp_home", location=ARANYAPRATHET)) == []


def test_a_minor_of_the_earlier_band_without_an_age_reads_back_as_15(db: Database[Any]) -> None:
    crypto = InMemoryFieldCrypto()
    minor = _survivor(
        "srv_minor",
        SurvivorProfile(
            languages=(LanguageSkill("th", LanguageLevel.NATIVE),),
            age_band="15-17",
            minor=True,
            residence=ARANYAPRATHET,
            travel_radius_km=25,
        ),
    )
    document = documents.survivor_to_document(minor, crypto=crypto)
    old_profile = _as_written_before(minor)
    del old_profile["age_years"]  # older still: written before ages in years
    document["profile"] = documents._seal(
        crypto, minor.survivor_id, "survivors.profile", old_profile
    )
    db["survivors"].insert_one(document)

    read = MongoSurvivorRepository(db, interest_concepts=lambda _s: (), crypto=crypto).get(
        "srv_minor"
    )
    assert read is not None
    assert (read.profile.minor, read.profile.age_years, read.profile.minimum_age) == (
        True,
        None,
        15,
    )

    def course(minimum_age: int) -> Any:
        return open_job(
            f"opp_{minimum_age}",
            kind=OpportunityKind.TRAINING,
            location=ARANYAPRATHET,
            minimum_age=minimum_age,
        )

    assert violations(read, course(15)) == []
    assert violations(read, course(16)) == [Violation.UNDER_MINIMUM_AGE]
