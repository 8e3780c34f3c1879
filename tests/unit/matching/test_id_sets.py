"""The id sets' layout: which document holds an id must never change between processes or
releases, and two owners must never share a document (``matching.adapters.id_sets``)."""

from __future__ import annotations

from typing import Any, cast

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pymongo.collection import Collection

from matching.adapters.id_sets import MAX_IN, IdSets, bucket_of, chunked
from matching.adapters.mongo_repositories import ORGANISATION_BUCKETS

ids = st.text(alphabet="abcdefghijklmnopqrstuvwxyz0123456789_#", min_size=1, max_size=30)


class _NoStore:
    """Stands in for a collection where no store is touched (layout only)."""

    full_name = "test.id_sets"


def _sets(buckets: int) -> IdSets:
    return IdSets(cast(Collection[dict[str, Any]], _NoStore()), buckets=buckets)


def test_a_members_bucket_is_its_crc32_modulo_the_bucket_count() -> None:
    # "123456789" is CRC-32's published check value: 0xCBF43926 = 3421780262 = 64 * ... + 38.
    assert bucket_of("123456789", buckets=64) == 38
    assert bucket_of("123456789", buckets=1) == 0


def test_an_organisation_set_is_split_into_64_fixed_documents() -> None:
    sets = _sets(ORGANISATION_BUCKETS)
    assert sets.document_ids("org_cafe") == [f"org_cafe#{n:03d}" for n in range(64)]
    assert sets.document_id("org_cafe", "123456789") == "org_cafe#038"


def test_an_unsplit_set_is_the_owners_own_id() -> None:
    sets = _sets(1)
    assert sets.document_ids("srv_a") == ["srv_a"]
    assert sets.document_id("srv_a", "m_1") == "srv_a"


@given(owner=ids, other=ids)
def test_two_owners_never_share_a_bucket_document(owner: str, other: str) -> None:
    if owner == other:
        return
    sets = _sets(ORGANISATION_BUCKETS)
    assert not set(sets.document_ids(owner)) & set(sets.document_ids(other))


@given(member=ids)
def test_every_member_lands_in_one_of_its_owners_documents(member: str) -> None:
    sets = _sets(ORGANISATION_BUCKETS)
    assert sets.document_id("org", member) in sets.document_ids("org")


def test_reading_a_whole_split_set_is_one_bounded_in() -> None:
    assert ORGANISATION_BUCKETS <= MAX_IN


def test_chunks_hold_at_most_500_ids_and_lose_none() -> None:
    many = [f"m_{n:05d}" for n in range(1_234)]
    chunks = list(chunked(many))
    assert [len(c) for c in chunks] == [500, 500, 234]
    assert [i for c in chunks for i in c] == many


def test_a_bucket_count_beyond_one_in_is_refused() -> None:
    with pytest.raises(ValueError, match="buckets"):
        _sets(MAX_IN + 1)
