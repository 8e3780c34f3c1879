"""One contract, two stores: the unit tests' ``FakeSurvivors`` and ``MongoSurvivorRepository``
on a real FerretDB answer every case the same way (``matching.service_layer.ports.
SurvivorRepository``).

Registration, consent, rounds, caseloads and erasure are unit-tested on the fake; a rule that
passes there must hold on the store that runs in production, so both are held to what the
port promises: a taken id is refused, a stale copy never overwrites a newer write, an
erasure deletes and is announced, rounds take the consenting survivors of one organisation
sorted, and a caseload pages in id order.
"""

from __future__ import annotations

import dataclasses
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import bson
import pytest
from pymongo import MongoClient
from pymongo.database import Database

from matching.adapters.mongo_repositories import MongoSurvivorRepository, ensure_indexes
from matching.domain.errors import AlreadyExists, StaleVersion
from matching.domain.events import SurvivorErased
from matching.domain.survivor import Survivor, SurvivorProfile
from matching.domain.values import ConsentPurpose, LanguageLevel, LanguageSkill, MonthlyAmount
from matching.domain.words_read import WordsRead
from pathways.v1 import events_pb2
from pathways_runtime.envelopes import decode, unpack_payload
from pathways_runtime.field_crypto import InMemoryFieldCrypto
from tests.unit.matching.fakes import FakeSurvivors
from tests.unit.matching.strategies import PLACES

NOW = datetime(2026, 3, 1, 8, 0, tzinfo=UTC)
#: The fingerprint of the vocabulary in use (``vocabulary_files.vocabulary_fingerprint``).
VOCABULARY = "vocabulary-a"
#: A reading of "cooking" as ``read_words`` makes one (its values need no vocabulary here:
#: the store keeps what it is given).
COOKING = WordsRead(
    liked="cooking",
    named=frozenset({"cooking"}),
    wishes=frozenset(),
    misspelt=frozenset(),
    refused=frozenset({"night_shifts"}),
    wants_to_learn=False,
)


@dataclass
class Subject:
    """The repository under test, and what it announced as erased (in order)."""

    survivors: FakeSurvivors | MongoSurvivorRepository
    db: Database[Any] | None = None

    def erasures_announced(self) -> list[str]:
        if isinstance(self.survivors, FakeSurvivors):
            return [
                e.aggregate_id for e in self.survivors.published if isinstance(e, SurvivorErased)
            ]
        assert self.db is not None
        announced = []
        for item in self.db.outbox.find({}).sort("created_at", 1):
            envelope = decode(bytes(item["payload"]))
            if envelope.event_type == "SurvivorErased":
                announced.append(unpack_payload(envelope, events_pb2.SurvivorErased).survivor_id)
        return announced


@pytest.fixture(params=["fake", "mongodb"])
def subject(request: pytest.FixtureRequest) -> Iterator[Subject]:
    if request.param == "fake":
        yield Subject(FakeSurvivors())
        return
    mongodb_uri: str = request.getfixturevalue("mongodb_uri")
    client: MongoClient[Any] = MongoClient(mongodb_uri, tz_aware=True)
    name = f"srv_{uuid.uuid4().hex[:10]}"
    try:
        ensure_indexes(client[name])
        repository = MongoSurvivorRepository(
            client[name],
            interest_concepts=lambda s: frozenset(),
            crypto=InMemoryFieldCrypto(),
            vocabulary_version=VOCABULARY,
        )
        yield Subject(repository, client[name])
    finally:
        client.drop_database(name)
        client.close()


def _survivor(
    survivor_id: str, organisation_id: str = "org_ngo", *, consents: bool = True
) -> Survivor:
    profile = SurvivorProfile(
        languages=(LanguageSkill("th", LanguageLevel.NATIVE),),
        age_band="18-24",
        minor=False,
        residence=PLACES[0],
        interests="cooking",
        travel_radius_km=20,
        income_goal=MonthlyAmount(9_000, "THB"),
    )
    survivor = Survivor.register(
        survivor_id=survivor_id, organisation_id=organisation_id, alias="ABCDEF", profile=profile
    )
    if consents:
        survivor.set_consent(purpose=ConsentPurpose.MATCHING, granted=True, at=NOW, by="u")
    return survivor


def test_a_registered_survivor_is_kept_at_version_one_and_an_unknown_id_finds_nobody(
    subject: Subject,
) -> None:
    survivors = subject.survivors
    survivor = _survivor("srv_a")
    survivors.add(survivor)
    assert (survivor.version, survivor.events) == (1, [])

    found = survivors.get("srv_a")
    assert found is not None
    assert (found.survivor_id, found.organisation_id, found.alias, found.version) == (
        "srv_a",
        "org_ngo",
        "ABCDEF",
        1,
    )
    assert found.has_consent(ConsentPurpose.MATCHING)
    assert survivors.get("srv_unknown") is None


def test_a_taken_survivor_id_is_refused_and_the_first_registration_stays(
    subject: Subject,
) -> None:
    survivors = subject.survivors
    survivors.add(_survivor("srv_a", "org_ngo"))
    with pytest.raises(AlreadyExists):
        survivors.add(_survivor("srv_a", "org_other"))
    found = survivors.get("srv_a")
    assert found is not None
    assert (found.organisation_id, found.version) == ("org_ngo", 1)


def test_a_stale_copy_never_overwrites_a_newer_write(subject: Subject) -> None:
    survivors = subject.survivors
    survivors.add(_survivor("srv_a"))
    first = survivors.get("srv_a")
    second = survivors.get("srv_a")
    assert first is not None
    assert second is not None

    first.set_consent(purpose=ConsentPurpose.MATCHING, granted=False, at=NOW, by="u1")
    survivors.save(first)
    assert first.version == 2
    second.set_consent(purpose=ConsentPurpose.EMPLOYER_SHORTLIST, granted=True, at=NOW, by="u2")
    with pytest.raises(StaleVersion):
        survivors.save(second)

    stored = survivors.get("srv_a")
    assert stored is not None
    assert stored.version == 2
    assert not stored.has_consent(ConsentPurpose.MATCHING)
    assert not stored.has_consent(ConsentPurpose.EMPLOYER_SHORTLIST)


def test_erasure_deletes_the_survivor_announces_it_and_is_false_when_nobody_was_there(
    subject: Subject,
) -> None:
    survivors = subject.survivors
    survivors.add(_survivor("srv_a"))
    survivors.add(_survivor("srv_b"))

    assert survivors.erase("srv_a") is True
    assert survivors.get("srv_a") is None
    assert "srv_a" in subject.erasures_announced()
    assert survivors.get("srv_b") is not None
    assert survivors.eligible_ids("org_ngo") == ["srv_b"]

    assert survivors.erase("srv_a") is False
    assert "srv_b" not in subject.erasures_announced()


def test_rounds_take_the_organisations_consenting_survivors_sorted(subject: Subject) -> None:
    survivors = subject.survivors
    for survivor in (
        _survivor("srv_c"),
        _survivor("srv_a"),
        _survivor("srv_b", consents=False),
        _survivor("srv_d", "org_other"),
    ):
        survivors.add(survivor)
    assert survivors.eligible_ids("org_ngo") == ["srv_a", "srv_c"]

    withdrawn = survivors.get("srv_c")
    assert withdrawn is not None
    withdrawn.set_consent(purpose=ConsentPurpose.MATCHING, granted=False, at=NOW, by="u")
    survivors.save(withdrawn)
    assert survivors.eligible_ids("org_ngo") == ["srv_a"]
    assert survivors.eligible_ids("org_nobody") == []


def _everyone(survivor: Survivor, updated_at: datetime | None) -> bool:
    return True


def test_a_caseload_pages_in_id_order_and_the_last_page_has_no_token(subject: Subject) -> None:
    survivors = subject.survivors
    for survivor_id in ("srv_e", "srv_b", "srv_d", "srv_a", "srv_c"):
        survivors.add(_survivor(survivor_id))
    survivors.add(_survivor("srv_0", "org_other"))

    pages = []
    token = ""
    while True:
        found, token = survivors.caseload("org_ngo", after=token, limit=2, accept=_everyone)
        pages.append([s.survivor_id for s, _ in found])
        if not token:
            break
    assert pages == [["srv_a", "srv_b"], ["srv_c", "srv_d"], ["srv_e"]]

    # A page that ends exactly at the caseload's end says there is no next one.
    found, token = survivors.caseload("org_ngo", after="srv_c", limit=2, accept=_everyone)
    assert ([s.survivor_id for s, _ in found], token) == (["srv_d", "srv_e"], "")


def test_a_caseload_keeps_only_what_the_filter_accepts_and_skips_the_erased(
    subject: Subject,
) -> None:
    survivors = subject.survivors
    for survivor_id in ("srv_a", "srv_b", "srv_c", "srv_d"):
        survivors.add(_survivor(survivor_id, consents=survivor_id != "srv_b"))
    survivors.erase("srv_c")

    def consenting(survivor: Survivor, updated_at: datetime | None) -> bool:
        return survivor.has_consent(ConsentPurpose.MATCHING)

    found, token = survivors.caseload("org_ngo", after="", limit=10, accept=consenting)
    assert ([s.survivor_id for s, _ in found], token) == (["srv_a", "srv_d"], "")
    found, token = survivors.caseload("org_other", after="", limit=10, accept=_everyone)
    assert (found, token) == ([], "")


def test_the_reading_of_a_survivors_words_is_kept_with_them(subject: Subject) -> None:
    survivors = subject.survivors
    survivor = _survivor("srv_a")
    survivor.words_read = COOKING
    survivors.add(survivor)

    found = survivors.get("srv_a")
    assert found is not None
    assert found.words_read == COOKING


def test_a_reading_is_kept_later_only_on_the_version_it_was_read_from_with_no_new_version(
    subject: Subject,
) -> None:
    survivors = subject.survivors
    survivors.add(_survivor("srv_a"))
    read = survivors.get("srv_a")
    stale = survivors.get("srv_a")
    assert read is not None
    assert stale is not None
    assert read.words_read is None

    read.words_read = COOKING
    assert survivors.keep_words_read(read) is True
    found = survivors.get("srv_a")
    assert found is not None
    assert (found.words_read, found.version) == (COOKING, 1)
    assert found.has_consent(ConsentPurpose.MATCHING)

    # Written since it was read: the words may have changed, and nothing is kept.
    found.update_profile(found.profile)
    survivors.save(found)
    stale.words_read = dataclasses.replace(COOKING, liked="sewing", named=frozenset({"sewing"}))
    assert survivors.keep_words_read(stale) is False
    latest = survivors.get("srv_a")
    assert latest is not None
    assert (latest.words_read, latest.version) == (None, 2)


def test_a_reading_made_with_another_vocabulary_is_not_trusted_and_none_is_in_clear(
    mongodb_uri: str,
) -> None:
    client: MongoClient[Any] = MongoClient(mongodb_uri, tz_aware=True)
    name = f"srv_{uuid.uuid4().hex[:10]}"
    crypto = InMemoryFieldCrypto()
    try:
        db = client[name]

        def repository(vocabulary: str) -> MongoSurvivorRepository:
            return MongoSurvivorRepository(
                db,
                interest_concepts=lambda s: frozenset(),
                crypto=crypto,
                vocabulary_version=vocabulary,
            )

        survivor = _survivor("srv_a")
        survivor.words_read = COOKING
        repository(VOCABULARY).add(survivor)

        again = repository(VOCABULARY).get("srv_a")
        assert again is not None
        assert again.words_read == COOKING
        another = repository("vocabulary-b").get("srv_a")
        assert another is not None
        assert another.words_read is None
        # A store told no vocabulary keeps no reading and trusts none.
        unversioned = repository("")
        assert (found := unversioned.get("srv_a")) is not None
        assert found.words_read is None

        document = db.survivors.find_one({"_id": "srv_a"})
        assert document is not None
        assert b"cooking" not in bson.encode(document)
        assert b"night_shifts" not in bson.encode(document)
    finally:
        client.drop_database(name)
        client.close()
