"""The index documents' ids and rules (pure parts of ``peer_groups.adapters.index_documents``)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from peer_groups.adapters.index_documents import (
    POOL_BUCKETS,
    chunks,
    countries_id,
    member_bucket_ids,
    org_bucket_id,
    org_directory_id,
    org_prefix,
    parse_pool_bucket_id,
    pool_bucket_id,
    pool_bucket_number,
    qualifies_for_bucket,
)


def test_a_survivor_has_one_bucket_per_language_in_their_organisation_and_country() -> None:
    number = pool_bucket_number("sv_1")
    assert member_bucket_ids(
        "sv_1", organisation_id="org_ngo", languages={"th", "km"}, country="TH"
    ) == [
        f"open:7:org_ngo:km:TH:{number}",
        f"open:7:org_ngo:th:TH:{number}",
    ]


def test_a_bucket_id_names_its_organisation_unambiguously() -> None:
    odd = "org:with:colons"
    bucket = pool_bucket_id(odd, "km", "TH", 3)
    assert parse_pool_bucket_id(bucket) == (odd, "km", "TH", "3")
    assert parse_pool_bucket_id("open:km:TH:3") is None  # the form before organisations
    assert parse_pool_bucket_id(countries_id(odd, "km")) is None


@given(st.text(min_size=1, max_size=40))
def test_the_bucket_number_is_stable_and_in_range(survivor_id: str) -> None:
    number = pool_bucket_number(survivor_id)
    assert 0 <= number < POOL_BUCKETS
    assert number == pool_bucket_number(str(survivor_id))


def test_survivors_spread_over_the_buckets() -> None:
    counts = [0] * POOL_BUCKETS
    for i in range(3_200):
        counts[pool_bucket_number(f"srv_{i}")] += 1
    # 100 each on average: no bucket is empty or holds three times its share.
    assert min(counts) > 0
    assert max(counts) < 300


def _doc(**changes: object) -> dict[str, object]:
    return {
        "_id": "sv_1",
        "organisation_id": "org_ngo",
        "open": True,
        "languages": ["km"],
        "country": "TH",
    } | changes


def test_a_member_belongs_in_a_bucket_only_while_open_there() -> None:
    bucket = pool_bucket_id("org_ngo", "km", "TH", pool_bucket_number("sv_1"))
    assert qualifies_for_bucket(_doc(), bucket)
    assert not qualifies_for_bucket(None, bucket)
    assert not qualifies_for_bucket(_doc(open=False), bucket)
    assert not qualifies_for_bucket(_doc(erased=True), bucket)
    assert not qualifies_for_bucket(_doc(languages=["th"]), bucket)
    assert not qualifies_for_bucket(_doc(country="KH"), bucket)
    assert not qualifies_for_bucket(_doc(organisation_id="org_other"), bucket)
    other = (pool_bucket_number("sv_1") + 1) % POOL_BUCKETS
    assert not qualifies_for_bucket(_doc(), pool_bucket_id("org_ngo", "km", "TH", other))


def test_documents_without_open_are_judged_by_consent_and_readiness() -> None:
    bucket = pool_bucket_id("org_ngo", "km", "TH", pool_bucket_number("sv_1"))
    old = _doc(peer_group_consent=True, readiness=2)
    del old["open"]
    assert qualifies_for_bucket(old, bucket)
    assert not qualifies_for_bucket(old | {"readiness": 1}, bucket)
    assert not qualifies_for_bucket(old | {"peer_group_consent": False}, bucket)


@given(st.text(max_size=12), st.text(max_size=12))
def test_prefixes_keep_the_order_of_ids(a: str, b: str) -> None:
    if a < b:
        assert org_prefix(a) <= org_prefix(b)


@given(st.text(max_size=8), st.text(max_size=8), st.text(max_size=6), st.text(max_size=6))
def test_organisation_index_ids_never_collide(o1: str, o2: str, p1: str, p2: str) -> None:
    if o1 != o2:
        assert org_directory_id(o1) != org_directory_id(o2)
        assert org_bucket_id(o1, p1) != org_bucket_id(o2, p2)


def test_chunks_are_bounded() -> None:
    assert [len(c) for c in chunks(list(range(1_201)))] == [500, 500, 201]
