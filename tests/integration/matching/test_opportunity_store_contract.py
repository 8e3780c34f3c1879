"""One contract, two stores: the unit tests' ``FakeOpportunities`` and
``MongoOpportunityRepository`` on a real FerretDB answer every case the same way
(``matching.service_layer.ports.OpportunityRepository``).

Employers' listings, closing, placements and the index rebuild are unit-tested on the fake:
both must refuse a taken id and a stale copy, page an organisation's opportunities in id
order with the last id as the token, and give the rebuild every opportunity not closed.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from typing import Any

import pytest
from pymongo import MongoClient

from matching.adapters.mongo_repositories import MongoOpportunityRepository, ensure_indexes
from matching.domain.errors import AlreadyExists, StaleVersion
from matching.domain.opportunity import Opportunity, OpportunityDetails, OpportunityStatus
from matching.domain.values import LanguageLevel, LanguageSkill, MonthlyAmount, OpportunityKind
from matching.service_layer.ports import OpportunityRepository
from tests.unit.matching.fakes import FakeOpportunities
from tests.unit.matching.strategies import PLACES


@pytest.fixture(params=["fake", "mongodb"])
def opportunities(request: pytest.FixtureRequest) -> Iterator[OpportunityRepository]:
    if request.param == "fake":
        yield FakeOpportunities()
        return
    mongodb_uri: str = request.getfixturevalue("mongodb_uri")
    client: MongoClient[Any] = MongoClient(mongodb_uri, tz_aware=True)
    name = f"opp_{uuid.uuid4().hex[:10]}"
    try:
        ensure_indexes(client[name])
        yield MongoOpportunityRepository(client[name])
    finally:
        client.drop_database(name)
        client.close()


def _opportunity(
    opportunity_id: str, organisation_id: str = "org_cafe", *, openings: int = 3
) -> Opportunity:
    details = OpportunityDetails(
        kind=OpportunityKind.JOB,
        title="Barista",
        description="Coffee shop needs a barista",
        sector="food_service",
        openings=openings,
        languages=(LanguageSkill("th", LanguageLevel.CONVERSATIONAL),),
        location=PLACES[1],
        pay=MonthlyAmount(10_000, "THB"),
    )
    return Opportunity.post(
        opportunity_id=opportunity_id, organisation_id=organisation_id, details=details
    )


def test_a_posted_opportunity_is_kept_at_version_one_and_an_unknown_id_finds_nothing(
    opportunities: OpportunityRepository,
) -> None:
    posted = _opportunity("opp_1")
    opportunities.add(posted)
    assert (posted.version, posted.events) == (1, [])

    found = opportunities.get("opp_1")
    assert found is not None
    assert (found.organisation_id, found.details, found.status, found.version) == (
        "org_cafe",
        posted.details,
        OpportunityStatus.OPEN,
        1,
    )
    assert opportunities.get("opp_unknown") is None


def test_a_taken_opportunity_id_is_refused_and_the_first_posting_stays(
    opportunities: OpportunityRepository,
) -> None:
    opportunities.add(_opportunity("opp_1", openings=3))
    with pytest.raises(AlreadyExists):
        opportunities.add(_opportunity("opp_1", openings=9))
    found = opportunities.get("opp_1")
    assert found is not None
    assert (found.details.openings, found.version) == (3, 1)


def test_a_placement_counted_on_a_stale_copy_is_refused_not_lost(
    opportunities: OpportunityRepository,
) -> None:
    opportunities.add(_opportunity("opp_1"))
    first = opportunities.get("opp_1")
    second = opportunities.get("opp_1")
    assert first is not None
    assert second is not None

    first.record_placement()
    opportunities.save(first)
    assert first.version == 2
    second.record_placement()
    with pytest.raises(StaleVersion):
        opportunities.save(second)

    again = opportunities.get("opp_1")  # the handler's retry: read again, count again
    assert again is not None
    assert (again.placements, again.version) == (1, 2)
    again.record_placement()
    opportunities.save(again)
    stored = opportunities.get("opp_1")
    assert stored is not None
    assert (stored.placements, stored.version) == (2, 3)


def test_an_organisations_opportunities_page_in_id_order_with_the_last_id_as_token(
    opportunities: OpportunityRepository,
) -> None:
    for opportunity_id in ("opp_e", "opp_b", "opp_d", "opp_a", "opp_c"):
        opportunities.add(_opportunity(opportunity_id))
    opportunities.add(_opportunity("opp_0", "org_school"))

    page, token = opportunities.list_by_organisation("org_cafe", page_size=2, page_token="")
    assert ([o.opportunity_id for o in page], token) == (["opp_a", "opp_b"], "opp_b")
    page, token = opportunities.list_by_organisation("org_cafe", page_size=2, page_token=token)
    assert ([o.opportunity_id for o in page], token) == (["opp_c", "opp_d"], "opp_d")
    page, token = opportunities.list_by_organisation("org_cafe", page_size=2, page_token=token)
    assert ([o.opportunity_id for o in page], token) == (["opp_e"], "")

    # A page that ends exactly at the last one says there is no next page.
    page, token = opportunities.list_by_organisation("org_cafe", page_size=2, page_token="opp_c")
    assert ([o.opportunity_id for o in page], token) == (["opp_d", "opp_e"], "")
    page, token = opportunities.list_by_organisation("org_none", page_size=2, page_token="")
    assert (page, token) == ([], "")


def test_the_index_rebuild_gets_every_opportunity_that_is_not_closed(
    opportunities: OpportunityRepository,
) -> None:
    for opportunity_id in ("opp_open", "opp_closed", "opp_filled", "opp_paused"):
        opportunities.add(_opportunity(opportunity_id, openings=1))
    closed = opportunities.get("opp_closed")
    filled = opportunities.get("opp_filled")
    paused = opportunities.get("opp_paused")
    assert closed is not None
    assert filled is not None
    assert paused is not None
    closed.set_status(OpportunityStatus.CLOSED)
    opportunities.save(closed)
    filled.record_placement()  # its only opening: filled, not closed
    opportunities.save(filled)
    paused.set_status(OpportunityStatus.PAUSED)
    opportunities.save(paused)

    rebuilt = {o.opportunity_id: o.status for o in opportunities.all()}
    assert rebuilt == {
        "opp_open": OpportunityStatus.OPEN,
        "opp_filled": OpportunityStatus.FILLED,
        "opp_paused": OpportunityStatus.PAUSED,
    }
