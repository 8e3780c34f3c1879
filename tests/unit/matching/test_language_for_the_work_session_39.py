"""A language is learnt for the work it opens: wished beside a way of working, it does not
make that way what is only told (``ConceptSpace.survivor_query``). "I want to learn Chinese
so I can sell to Chinese customers" wants Chinese and selling (and in Thai a purpose said
after a space, "จะได้ขายของ", is a wish too); with no Chinese course near,
selling courses come before an English course. A trade still leads a way of working: "learn
phone repair to open a small shop" wants phone repair first
(``test_own_business_beside_a_trade``). The phrases are written for this test.
"""

from __future__ import annotations

import pytest

from matching.domain.values import OpportunityKind
from tests.unit.matching.shipped import index_of, shipped
from tests.unit.matching.strategies import PLACES, open_job, ready_survivor
from tests.unit.matching.test_wishes_weigh_above_what_was_done import weights

SELLING_COURSE = open_job(
    "opp_selling_course",
    kind=OpportunityKind.TRAINING,
    title="Sales and customer service course",
    description="Learn to sell to customers in shops and at markets, and to keep sales records",
    sector="retail_sales",
    location=PLACES[0],
)
ENGLISH_COURSE = open_job(
    "opp_english_course",
    kind=OpportunityKind.TRAINING,
    title="English conversation course",
    description="Speak English with customers and colleagues",
    sector="education",
    location=PLACES[0],
)


def test_the_languages_are_the_concepts_a_job_may_ask_of_workers() -> None:
    assert shipped().language_concepts == {"chinese_language", "english_conversation"}


@pytest.mark.parametrize(
    "text",
    [
        "I want to learn Chinese so I can sell to Chinese customers.",
        "หนูอยากเรียนภาษาจีนค่ะ จะได้ไปขายของให้ลูกค้าจีน",
        "我想學中文，之後可以賣嘢俾中國客人。",
        "Gusto kong mag-aral ng Chinese para makapagbenta sa mga Chinese na customer.",
    ],
)
def test_a_language_learnt_to_sell_wants_selling_too(text: str) -> None:
    found, wished = weights(text)
    assert {"chinese_language", "selling"} <= wished
    assert found["selling"] == pytest.approx(found["chinese_language"])
    survivor = ready_survivor(interests=text)
    ranked = index_of(ENGLISH_COURSE, SELLING_COURSE).matches(survivor, k=2)
    assert next(m.opportunity.opportunity_id for m in ranked) == "opp_selling_course"
