"""Running one's own small business, wished beside a trade, says how the person wants to work,
not what the work is (``way_of_working`` in ``concepts.toml``; ``ConceptSpace.survivor_query``).

Found by the twenty-fifth blind set (session 31): "wants to learn phone repair to open a small
shop in her village", and the same in Khmer and Burmese, got five copies of a small-business
course and no phone repair at all: the course named the one wish the survivor shares with
every trader, and a trade course that also mentions serving customers weighed less. Now the
trade leads, and the business weighs as what is told (``TOLD_WEIGHT``), so a small-business
course still comes after it; wished alone, or beside selling or bookkeeping (its own field:
the concepts it is related to), it is a wish like any other, and an officer's tag is never
lowered. The phrases are written for this test.
"""

from __future__ import annotations

import pytest

from matching.domain.scoring import TOLD_WEIGHT
from matching.domain.values import OpportunityKind
from tests.unit.matching.shipped import index_of, shipped
from tests.unit.matching.strategies import PLACES, open_job, ready_survivor
from tests.unit.matching.test_wishes_weigh_above_what_was_done import weights

PHONE_COURSE = open_job(
    "opp_phone_course",
    kind=OpportunityKind.TRAINING,
    title="Mobile phone repair course",
    description="Learn to replace screens and batteries and to serve customers at the counter",
    sector="it_support",
    location=PLACES[0],
)
BUSINESS_COURSE = open_job(
    "opp_business_course",
    kind=OpportunityKind.TRAINING,
    title="Small business course",
    description="Start and run your own small business: costs, prices and bookkeeping",
    sector="retail_sales",
    location=PLACES[0],
)


def test_own_business_is_a_way_of_working() -> None:
    assert shipped().ways_of_working == {"own_business", "selling"}


@pytest.mark.parametrize(
    "text",
    [
        "She wants to learn phone repair so she can open a small shop in her village.",
        "Em muốn học sửa điện thoại để mở tiệm nhỏ ở quê.",
        "我想學整手機，之後開間舖頭。",
    ],
)
def test_the_trade_leads_and_the_business_comes_after(text: str) -> None:
    found, wished = weights(text)
    assert wished == {"phone_repair"}
    assert found["own_business"] == pytest.approx(TOLD_WEIGHT * found["phone_repair"])
    survivor = ready_survivor(interests=text)
    ranked = index_of(BUSINESS_COURSE, PHONE_COURSE).matches(survivor, k=2)
    assert [m.opportunity.opportunity_id for m in ranked] == [
        "opp_phone_course",
        "opp_business_course",
    ]


def test_wished_alone_it_is_a_wish() -> None:
    _, wished = weights("I want to start my own small business one day.")
    assert wished == {"own_business"}
    survivor = ready_survivor(interests="I want to start my own small business one day.")
    ranked = index_of(PHONE_COURSE, BUSINESS_COURSE).matches(survivor, k=2)
    assert ranked[0].opportunity.opportunity_id == "opp_business_course"


@pytest.mark.parametrize(
    "text",
    [
        "I like selling, one day I want to open my own small shop.",
        "ในอนาคตผมอยากขายของและเปิดร้านเป็นของตัวเอง",
    ],
)
def test_beside_selling_its_own_field_it_is_a_wish(text: str) -> None:
    found, wished = weights(text)
    assert {"selling", "own_business"} <= wished
    assert found["own_business"] >= found["selling"]


def test_an_officers_tag_is_never_lowered() -> None:
    found, wished = weights(
        "She wants to learn phone repair.", interest_tags=frozenset({"own_business"})
    )
    assert {"phone_repair", "own_business"} <= wished
    assert found["own_business"] == pytest.approx(found["phone_repair"])
