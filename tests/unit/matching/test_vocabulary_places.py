"""A workplace named in a survivor's words is what they want only when it is all they name
(``places`` in the language files, ``Vocabulary.wished_in``): "I'd like to sew clothes in a
small shop" wants sewing, "I want to work in a shop" wants retail. Everywhere else (a job's
text, what a survivor says they do not want) a workplace is a term like any other.

The phrases are written for this test, none of them from the evaluation's sets."""

from __future__ import annotations

import functools

import pytest

from matching.adapters.opportunity_index import OpportunityIndex
from matching.adapters.vocabulary_files import load_vocabulary
from matching.domain.scoring import ScoreWeights
from matching.domain.values import OpportunityKind, ReadinessStage
from matching.domain.vocabulary import Vocabulary, VocabularyError
from tests.unit.matching.strategies import PLACES, open_job, ready_survivor


@functools.cache
def shipped() -> Vocabulary:
    return load_vocabulary()


def tiny(**shop: object) -> Vocabulary:
    return Vocabulary(
        concepts={
            "retail": {"kind": "sector", "label": "Retail"},
            "sewing": {"kind": "interest", "label": "Sewing"},
        },
        languages={"xx": {"retail": {"terms": ["sales"], **shop}, "sewing": {"terms": ["sew"]}}},
    )


def test_a_workplace_is_wished_for_only_when_nothing_else_is_named() -> None:
    vocabulary = tiny(places=["shop"])

    assert vocabulary.wished_in("sew in a shop") == {"sewing"}
    assert vocabulary.wished_in("work in a shop") == {"retail"}
    assert vocabulary.wished_in("sales in a shop") == {"retail"}  # its own term still counts


def test_elsewhere_a_workplace_is_a_term_like_any_other() -> None:
    vocabulary = tiny(places=["shop"])

    assert vocabulary.concepts_in("sew in a shop") == {"sewing", "retail"}
    assert [m.concept_id for m in vocabulary.mentions("sew in a shop")] == ["sewing", "retail"]
    assert vocabulary.get("retail").terms["xx"] == ("sales", "shop")


@pytest.mark.parametrize("places", ["shop", [1]])
def test_places_must_be_a_list_of_words(places: object) -> None:
    with pytest.raises(VocabularyError, match="places must be a list of strings"):
        tiny(places=places)


@pytest.mark.parametrize(
    ("text", "wished"),
    [
        ("I used to cook noodles at a hotel in Pattaya", {"cooking"}),
        ("Worked the night shift as a guard at a factory", {"security_services"}),
        ("ฉันอยากเป็นพนักงานแคชเชียร์ในห้าง", {"cashier"}),  # a cashier in a mall
        ("Tôi từng rửa bát cho một khách sạn", {"food_service"}),  # washed dishes, a hotel
        ("Nagluluto ako sa isang hotel dati", {"cooking"}),
        ("ខ្ញុំចង់ធ្វើម្ហូបនៅសណ្ឋាគារ", {"cooking"}),  # cook at a hotel
        ("ဆေးရုံမှာ သန့်ရှင်းရေးလုပ်ခဲ့တယ်", {"cleaning_services"}),  # cleaned at a hospital
        ("我在工厂食堂做饭", {"cooking"}),  # cook in a factory canteen
        ("I guarded a parking garage at night", {"security_services"}),
        # "…厂工作" is a factory, then work: no 厂工 (factory worker) across the two
        ("我想在食品加工厂工作", {"food_processing"}),
        ("我想在服装厂工作", {"garment_manufacturing"}),
        ("Nag-welding ako sa isang talyer sa Cavite", {"welding"}),  # a talyer: a workshop
    ],
)
def test_what_is_done_at_a_workplace_is_the_wish_not_the_workplace(
    text: str, wished: set[str]
) -> None:
    found = shipped().wished_in(text)
    assert wished <= found, f"{text!r} gave {sorted(found)}"
    workplaces = {
        "hospitality",
        "manufacturing",
        "retail_sales",
        "health_care_support",
        "automotive_repair",
    }
    assert not found & workplaces


@pytest.mark.parametrize(
    ("text", "wished"),
    [
        ("I would like to work in a hotel", "hospitality"),
        ("อยากทำงานโรงงาน", "manufacturing"),
        ("Muốn làm ở siêu thị", "retail_sales"),
        ("我想去医院上班", "health_care_support"),
    ],
)
def test_a_workplace_named_alone_is_the_wish(text: str, wished: str) -> None:
    assert wished in shipped().wished_in(text)


def test_the_survivor_who_sews_in_a_shop_is_offered_sewing_before_selling() -> None:
    sewing = open_job(
        "opp_sewing",
        kind=OpportunityKind.TRAINING,
        title="Tailoring course",
        description="Cut and sew clothes to measure",
        sector="garment_manufacturing",
        location=PLACES[1],
    )
    selling = open_job(
        "opp_selling",
        title="Shop assistant",
        description="Serve customers and keep the shelves stocked in a small clothes shop",
        sector="retail_sales",
        location=PLACES[1],
    )
    index = OpportunityIndex(
        concepts=shipped(), weights=ScoreWeights(), text_features=2**12, skill_features=2**10
    )
    index.upsert_many([selling, sewing])
    survivor = ready_survivor(
        interests="I'd like to sew clothes for people, maybe in a small shop",
        stage=ReadinessStage.EMPLOYMENT_READY,
    )

    ranked = [m.opportunity.opportunity_id for m in index.matches(survivor, k=2)]

    assert ranked[0] == "opp_sewing"
