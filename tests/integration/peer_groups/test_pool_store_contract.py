"""One contract, two stores: the unit tests' ``FakePool`` and ``MongoPoolRepository`` on a real
FerretDB answer every case the same way (``peer_groups.service_layer.ports.PoolRepository``).

The pool is matching's survivors as peer groups may know them, kept current from events that
may come twice or out of order. Proposals, the pool overview and erasure are unit-tested on
the fake, so both stores must apply only a newer state, refuse everything after an erasure,
and give a proposal exactly the people of its scope who are open to groups, speak one of its
languages and live in one of its places; with a reading, only as many as it reads.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from typing import Any

import pytest
from pymongo import MongoClient

from pathways_runtime.field_crypto import InMemoryFieldCrypto
from peer_groups.adapters.mongo_repositories import MongoPoolRepository, ensure_indexes
from peer_groups.domain.candidates import PoolSample, reading_order
from peer_groups.domain.values import ReadinessStage
from peer_groups.service_layer.ports import PoolRepository
from tests.unit.peer_groups.fakes import FakePool
from tests.unit.peer_groups.test_rules import person

NGO = ("org_ngo",)


@pytest.fixture(params=["fake", "mongodb"])
def pool(request: pytest.FixtureRequest) -> Iterator[PoolRepository]:
    if request.param == "fake":
        yield FakePool()
        return
    mongodb_uri: str = request.getfixturevalue("mongodb_uri")
    client: MongoClient[Any] = MongoClient(mongodb_uri, tz_aware=True)
    name = f"pool_{uuid.uuid4().hex[:10]}"
    try:
        ensure_indexes(client[name])
        yield MongoPoolRepository(client[name], crypto=InMemoryFieldCrypto())
    finally:
        client.drop_database(name)
        client.close()


def _open_ids(pool: PoolRepository, **scope: Any) -> list[str]:
    query: dict[str, Any] = {"organisations": NGO, "languages": {"km"}, "places": None}
    query.update(scope)
    return [m.survivor_id for m in pool.members_open_to_groups(**query)]


def test_a_state_is_applied_only_if_it_is_newer(pool: PoolRepository) -> None:
    assert pool.upsert(person("sv_1", version=2, alias="P-two")) is True
    assert pool.upsert(person("sv_1", version=2, alias="P-again")) is False  # redelivered
    assert pool.upsert(person("sv_1", version=1, alias="P-one")) is False  # out of order
    assert pool.get_many(["sv_1"])["sv_1"].alias == "P-two"

    assert pool.upsert(person("sv_1", version=3, alias="P-three")) is True
    assert pool.get_many(["sv_1"])["sv_1"].alias == "P-three"


def test_a_member_is_kept_as_given(pool: PoolRepository) -> None:
    member = person(
        "sv_1",
        version=4,
        interests=frozenset({"cooking", "sewing"}),
        do_not_group_with=frozenset({"sv_9"}),
        age_years=None,
    )
    pool.upsert(member)
    assert pool.get_many(["sv_1", "sv_unknown"]) == {"sv_1": member}
    assert pool.get_many([]) == {}


def test_after_an_erasure_no_state_brings_the_survivor_back(pool: PoolRepository) -> None:
    pool.upsert(person("sv_1", version=3))
    pool.upsert(person("sv_2", version=1))
    pool.erase("sv_1")

    assert pool.get_many(["sv_1", "sv_2"]).keys() == {"sv_2"}
    assert _open_ids(pool) == ["sv_2"]
    assert pool.upsert(person("sv_1", version=2)) is False  # a late copy of an older state
    assert pool.upsert(person("sv_1", version=4)) is False  # nor any other
    assert pool.get_many(["sv_1"]) == {}
    assert _open_ids(pool) == ["sv_2"]


def test_an_erasure_that_arrives_first_is_not_undone_by_the_state_before_it(
    pool: PoolRepository,
) -> None:
    pool.erase("sv_1")
    assert pool.upsert(person("sv_1", version=1)) is False
    assert pool.get_many(["sv_1"]) == {}


def test_a_proposal_gets_its_scopes_people_open_to_groups_in_id_order(
    pool: PoolRepository,
) -> None:
    for member in (
        person("sv_c"),
        person("sv_a", languages=frozenset({"km"})),
        person("sv_b", languages=frozenset({"th"})),  # no language asked for
        person("sv_d", peer_group_consent=False),  # not open: no consent
        person("sv_e", readiness=ReadinessStage.STABILISING),  # not open: not ready
        person("sv_f", organisation_id="org_other"),  # another NGO's, not shared
        person("sv_g", district="Phop Phra"),
        person("sv_h", country="KH", district="Poipet"),
    ):
        pool.upsert(member)

    assert _open_ids(pool) == ["sv_a", "sv_c", "sv_g", "sv_h"]
    assert _open_ids(pool, places=[("TH", "Mae Sot")]) == ["sv_a", "sv_c"]
    assert _open_ids(pool, places=[("TH", "Mae Sot"), ("KH", "Poipet")]) == [
        "sv_a",
        "sv_c",
        "sv_h",
    ]
    assert _open_ids(pool, languages={"th", "km"}) == ["sv_a", "sv_b", "sv_c", "sv_g", "sv_h"]
    assert _open_ids(pool, organisations=("org_ngo", "org_other")) == [
        "sv_a",
        "sv_c",
        "sv_f",
        "sv_g",
        "sv_h",
    ]
    assert _open_ids(pool, organisations=("org_nobody",)) == []


def test_a_newer_state_moves_a_member_in_or_out_of_a_proposals_reach(
    pool: PoolRepository,
) -> None:
    pool.upsert(person("sv_1", version=1))
    pool.upsert(person("sv_2", version=1, peer_group_consent=False))
    assert _open_ids(pool, places=[("TH", "Mae Sot")]) == ["sv_1"]

    pool.upsert(person("sv_1", version=2, peer_group_consent=False))  # consent withdrawn
    pool.upsert(person("sv_2", version=2))  # consent given
    assert _open_ids(pool, places=[("TH", "Mae Sot")]) == ["sv_2"]

    pool.upsert(person("sv_2", version=3, district="Phop Phra"))  # moved
    pool.upsert(person("sv_1", version=3, languages=frozenset({"th"})))  # open, another language
    assert _open_ids(pool, places=[("TH", "Mae Sot")]) == []
    assert _open_ids(pool, places=[("TH", "Phop Phra")]) == ["sv_2"]
    assert _open_ids(pool, languages={"th"}, places=[("TH", "Mae Sot")]) == ["sv_1"]


def test_a_sample_reads_only_its_budget_of_the_people_open_to_groups_in_its_order(
    pool: PoolRepository,
) -> None:
    open_ids = [f"sv_open_{i}" for i in range(6)]
    for survivor_id in open_ids:
        pool.upsert(person(survivor_id))
    # People in the scope who never were open to groups: no proposal or count reads them.
    for i in range(6):
        pool.upsert(person(f"sv_closed_{i}", peer_group_consent=False))

    sample = PoolSample(read_at_most=3, seed=7)
    found = pool.members_open_to_groups(
        organisations=NGO, languages={"km"}, places=None, reading=sample
    )

    assert [m.survivor_id for m in found] == sorted(reading_order(open_ids, 7)[:3])
    assert (sample.opened, sample.listed, sample.whole) == (3, 6, False)

    whole = PoolSample(seed=7)
    found = pool.members_open_to_groups(
        organisations=NGO, languages={"km"}, places=None, reading=whole
    )
    assert [m.survivor_id for m in found] == sorted(open_ids)
    assert (whole.opened, whole.listed, whole.whole) == (6, 6, True)
