"""One contract, two stores: the unit tests' ``FakePartnerships`` and ``MongoPartnershipStore``
on a real FerretDB answer every case the same way (``gateway.ports.PartnershipStore``).

Which survivors a facilitator's groups may be proposed is read from here at every
proposal, and the unit tests of who sees whom stand on the fake. The rules: a partnership
is one way (an NGO shares its survivors with a partner's groups, not the reverse); setting
a pair again keeps the one stored and answers it unchanged; removing says whether there
was one; an NGO's partnerships come by partner id, a partner's by NGO id.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from pymongo import MongoClient

from gateway.adapters.mongo_partnerships import MongoPartnershipStore
from gateway.bootstrap import ensure_indexes
from gateway.directory.models import Partnership
from gateway.ports import PartnershipStore
from tests.unit.gateway.fakes import FakePartnerships

T0 = datetime(2026, 3, 1, 8, 0, tzinfo=UTC)


@pytest.fixture(params=["fake", "mongodb"])
def store(request: pytest.FixtureRequest, mongodb_uri: str) -> Iterator[PartnershipStore]:
    if request.param == "fake":
        yield FakePartnerships()
        return
    client: MongoClient[Any] = MongoClient(mongodb_uri, tz_aware=True)
    name = f"prt_{uuid.uuid4().hex[:10]}"
    try:
        ensure_indexes(client[name])
        yield MongoPartnershipStore(client[name])
    finally:
        client.drop_database(name)
        client.close()


def _pair(ngo: str, partner: str, *, by: str = "usr_admin", minutes: int = 0) -> Partnership:
    return Partnership(
        organisation_id=ngo,
        partner_id=partner,
        created_at=T0 + timedelta(minutes=minutes),
        created_by=by,
    )


def test_a_partnership_is_one_way_and_read_from_both_sides(store: PartnershipStore) -> None:
    assert store.add(_pair("org_ngo", "org_peer")) is None
    assert store.shared_with("org_ngo") == [_pair("org_ngo", "org_peer")]
    assert store.drawn_from("org_peer") == [_pair("org_ngo", "org_peer")]
    # The partner's own survivors (if any) are not shared with the NGO's groups.
    assert store.shared_with("org_peer") == []
    assert store.drawn_from("org_ngo") == []
    assert store.shared_with("org_nobody") == []
    assert store.drawn_from("org_nobody") == []


def test_setting_a_pair_again_answers_the_one_stored_unchanged(store: PartnershipStore) -> None:
    first = _pair("org_ngo", "org_peer", by="usr_first")
    assert store.add(first) is None
    again = _pair("org_ngo", "org_peer", by="usr_second", minutes=30)
    assert store.add(again) == first
    assert store.shared_with("org_ngo") == [first]


def test_partnerships_come_by_partner_and_by_ngo(store: PartnershipStore) -> None:
    for ngo, partner in [
        ("org_ngo_b", "org_peer_z"),
        ("org_ngo_a", "org_peer_z"),
        ("org_ngo_a", "org_peer_y"),
        ("org_ngo_c", "org_peer_z"),
        ("org_ngo_a", "org_peer_x"),
    ]:
        store.add(_pair(ngo, partner))
    assert [p.partner_id for p in store.shared_with("org_ngo_a")] == [
        "org_peer_x",
        "org_peer_y",
        "org_peer_z",
    ]
    assert [p.organisation_id for p in store.drawn_from("org_peer_z")] == [
        "org_ngo_a",
        "org_ngo_b",
        "org_ngo_c",
    ]


def test_removing_a_pair_ends_it_on_both_sides_and_no_other(store: PartnershipStore) -> None:
    store.add(_pair("org_ngo_a", "org_peer"))
    store.add(_pair("org_ngo_b", "org_peer"))
    assert store.remove("org_ngo_a", "org_peer") is True
    assert store.remove("org_ngo_a", "org_peer") is False
    # Only the direction that was set exists to remove.
    assert store.remove("org_peer", "org_ngo_b") is False
    assert store.shared_with("org_ngo_a") == []
    assert [p.organisation_id for p in store.drawn_from("org_peer")] == ["org_ngo_b"]
    # Set again after removal: a new partnership, with its own author and time.
    renewed = _pair("org_ngo_a", "org_peer", by="usr_later", minutes=60)
    assert store.add(renewed) is None
    assert store.shared_with("org_ngo_a") == [renewed]


def test_a_proposed_partnership_is_accepted_once_and_read_so(store: PartnershipStore) -> None:
    proposed = _pair("org_ngo", "org_peer")
    store.add(proposed)
    assert store.shared_with("org_ngo")[0].accepted is False
    accepted = store.accept("org_ngo", "org_peer", by="usr_officer", at=T0 + timedelta(hours=1))
    assert accepted is not None
    assert (accepted.accepted_at, accepted.accepted_by) == (T0 + timedelta(hours=1), "usr_officer")
    # Accepting again keeps the first acceptance.
    again = store.accept("org_ngo", "org_peer", by="usr_other", at=T0 + timedelta(hours=2))
    assert again == accepted
    assert store.drawn_from("org_peer") == [accepted]
    assert store.accept("org_ngo", "org_nobody", by="usr_officer", at=T0) is None
