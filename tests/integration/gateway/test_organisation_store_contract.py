"""One contract, two stores: the unit tests' ``FakeOrganisations`` and
``MongoOrganisationStore`` on a real FerretDB answer every case the same way
(``gateway.ports.OrganisationStore``).

The rules: an organisation is kept as given and found by its id; names are unique,
compared case-folded (``docs/gateway.md``: names are unique, compared NFC-normalised and
case-folded; the directory service normalises to NFC before it stores), and a taken name
is a ``Conflict`` that leaves the first one as it was; listings come in id order (ids sort
by creation time), after a cursor and up to a limit; a replace lands only on the version
it was read at (vetting relies on it: two administrators vetting at once, one wins).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from pymongo import MongoClient

from gateway.adapters.mongo_directory import MongoOrganisationStore
from gateway.auth.roles import OrganisationType
from gateway.bootstrap import ensure_indexes
from gateway.directory.models import Organisation
from gateway.errors import Conflict
from gateway.ports import OrganisationStore
from tests.unit.gateway.fakes import FakeOrganisations

T0 = datetime(2026, 3, 1, 8, 0, tzinfo=UTC)


@pytest.fixture(params=["fake", "mongodb"])
def store(request: pytest.FixtureRequest, mongodb_uri: str) -> Iterator[OrganisationStore]:
    if request.param == "fake":
        yield FakeOrganisations()
        return
    client: MongoClient[Any] = MongoClient(mongodb_uri, tz_aware=True)
    name = f"org_{uuid.uuid4().hex[:10]}"
    try:
        ensure_indexes(client[name])
        yield MongoOrganisationStore(client[name])
    finally:
        client.drop_database(name)
        client.close()


def _organisation(n: int, name: str | None = None, **changes: Any) -> Organisation:
    values: dict[str, Any] = {
        "id": f"org_{n:04d}",
        "name": name if name is not None else f"Organisation {n}",
        "type": OrganisationType.NGO,
        "country": "KH",
        "created_at": T0 + timedelta(minutes=n),
    }
    values.update(changes)
    return Organisation(**values)


def test_an_organisation_is_kept_as_given_and_found_by_its_id(store: OrganisationStore) -> None:
    employer = _organisation(1, "Mekong Garments", type=OrganisationType.EMPLOYER, country="TH")
    store.add(employer)
    assert store.get(employer.id) == employer
    assert store.get("org_unknown") is None


def test_a_name_is_taken_whatever_its_case_and_the_first_holder_keeps_it(
    store: OrganisationStore,
) -> None:
    first = _organisation(1, "Hope Shelter")
    store.add(first)
    with pytest.raises(Conflict):
        store.add(_organisation(2, "HOPE shelter"))
    assert store.get(first.id) == first
    assert store.get("org_0002") is None
    assert [o.id for o in store.list(after=None, limit=10)] == [first.id]


def test_organisations_are_listed_in_id_order_and_paged_after_a_cursor(
    store: OrganisationStore,
) -> None:
    for n in (3, 1, 5, 2, 4):  # added out of order: the listing is by id, not by arrival
        store.add(_organisation(n))
    first = store.list(after=None, limit=2)
    assert [o.id for o in first] == ["org_0001", "org_0002"]
    rest = store.list(after=first[-1].id, limit=10)
    assert [o.id for o in rest] == ["org_0003", "org_0004", "org_0005"]
    assert store.list(after="org_0005", limit=10) == []


def test_a_replace_lands_only_on_the_version_it_was_read_at(store: OrganisationStore) -> None:
    employer = _organisation(1, type=OrganisationType.EMPLOYER)
    store.add(employer)
    vetted = employer.vetted(by="usr_admin", at=T0 + timedelta(days=1))
    assert vetted.version == 2
    assert store.replace(vetted, expected_version=1)
    # A second administrator who read version 1 too loses, and changes nothing.
    late = replace(employer, country="VN", version=2)
    assert not store.replace(late, expected_version=1)
    assert store.get(employer.id) == vetted
    # Nothing stored under that id: nothing to replace, and nothing is created.
    assert not store.replace(_organisation(9), expected_version=1)
    assert store.get("org_0009") is None
