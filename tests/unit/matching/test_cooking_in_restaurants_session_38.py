"""Avoiding domestic work does not remove every cooking job (safety probe of session 37).

Cooking is done in a restaurant's kitchen or in a household's: the vocabulary flags it
``alternative_sectors``. The rules, as stated in ``concepts.toml`` and
``Vocabulary.sectors_in``:

- a job's text that names one of cooking's sectors (a restaurant, a food stall's sector, a
  household) is about that one: a survivor who avoids domestic work is offered the
  restaurant's line cook;
- a text that names none of them is about both, whatever sector the employer declared:
  "cook for a family in Hong Kong" posted under food service is still domestic work to
  whoever avoids it (the safer mistake);
- a course's declared sector settles it, a job's never does;
- work that is the same wherever it is done is not flagged: a maid's cleaning is cleaning,
  so a survivor who avoids cleaning services is not offered it.
"""

from __future__ import annotations

import functools

import pytest

from matching.adapters.vocabulary_files import load_vocabulary
from matching.domain.opportunity import Opportunity
from matching.domain.rules import MatchContext, Violation, violations
from matching.domain.values import OpportunityKind
from matching.domain.vocabulary import Vocabulary, VocabularyError
from matching.service_layer.opportunity_text import sectors_said
from tests.unit.matching.strategies import open_job, ready_survivor

DOMESTIC = "domestic_care_work"


@functools.cache
def vocabulary() -> Vocabulary:
    return load_vocabulary()


def posted(
    title: str,
    description: str,
    *,
    sector: str = "food_service",
    kind: OpportunityKind = OpportunityKind.JOB,
) -> Opportunity:
    """An opportunity as the service stores it: its sectors and concepts read from its text."""
    opportunity = open_job(
        "opp_cook", title=title, description=description, sector=sector, kind=kind
    )
    opportunity.detected_sectors = sectors_said(vocabulary().sectors_in, opportunity.details)
    opportunity.concepts = vocabulary().concepts_in(f"{title}\n{description}")
    return opportunity


def avoided(opportunity: Opportunity, *sectors: str) -> bool:
    survivor = ready_survivor(sectors_to_avoid=frozenset(sectors))
    context = MatchContext(avoided=vocabulary().avoided(set(sectors)))
    return Violation.SECTOR_AVOIDED in violations(survivor, opportunity, context)


RESTAURANT_COOKS = [
    pytest.param("Line cook", "Line cook at a Thai restaurant, cooking noodles", id="en"),
    pytest.param("พ่อครัว", "พ่อครัวร้านอาหาร ทำอาหารตามสั่ง", id="th"),
    pytest.param("Đầu bếp", "Đầu bếp nhà hàng, nấu ăn", id="vi"),
    pytest.param("Kusinero", "Kusinero sa restawran, magluto ng ulam", id="tl"),
    pytest.param("ចុងភៅ", "ចុងភៅភោជនីយដ្ឋាន ចម្អិនម្ហូប", id="km"),
    pytest.param("ထမင်းချက်", "စားသောက်ဆိုင် ထမင်းချက်", id="my"),
    pytest.param("廚師", "餐廳廚師，炒菜", id="zh"),
]


@pytest.mark.parametrize(("title", "description"), RESTAURANT_COOKS)
def test_a_restaurant_cook_is_offered_to_a_survivor_who_avoids_domestic_work(
    title: str, description: str
) -> None:
    job = posted(title, description)
    assert "cooking" in job.topics
    assert DOMESTIC not in job.topics
    assert not avoided(job, DOMESTIC)


@pytest.mark.parametrize(("title", "description"), RESTAURANT_COOKS)
def test_a_restaurant_cook_is_still_food_service_to_whoever_avoids_it(
    title: str, description: str
) -> None:
    assert avoided(posted(title, description, sector="hospitality"), "food_service")


@pytest.mark.parametrize(
    ("title", "description"),
    [
        # Naming none of cooking's sectors: both, though posted under food service.
        pytest.param("Cook", "Cook for a family in Hong Kong", id="en-no-sector-named"),
        pytest.param("Cook", "Cook in a private home", id="en-private-home"),
        # Naming the household.
        pytest.param(
            "Helper", "Helper needed: cooking and cleaning for a family, live-in", id="en"
        ),
        pytest.param("ผู้ช่วยแม่บ้าน", "ผู้ช่วยแม่บ้าน ทำอาหาร ทำความสะอาดบ้าน", id="th"),
        pytest.param("Giúp việc", "Giúp việc nhà, nấu ăn cho gia đình", id="vi"),
        pytest.param("Kasambahay", "Kasambahay: magluto at maglinis ng bahay", id="tl"),
        pytest.param("អ្នកបម្រើផ្ទះ", "អ្នកបម្រើផ្ទះ ចម្អិនម្ហូប សម្អាតផ្ទះ", id="km"),
        pytest.param("အိမ်ဖော်", "အိမ်ဖော် ထမင်းချက် အိမ်သန့်ရှင်းရေး", id="my"),
        pytest.param("家務助理", "家務助理，煮飯及打掃", id="zh"),
    ],
)
def test_a_households_cook_is_never_offered_to_a_survivor_who_avoids_domestic_work(
    title: str, description: str
) -> None:
    job = posted(title, description)  # the employer declared food service
    assert DOMESTIC in job.topics
    assert avoided(job, DOMESTIC)


def test_a_course_is_read_in_its_declared_sector_and_a_job_is_not() -> None:
    text = ("Cooking for beginners", "Learn to cook rice, curries and soups")
    course = posted(*text, kind=OpportunityKind.TRAINING)
    assert not avoided(course, DOMESTIC)
    assert avoided(course, "food_service")
    # The same words as a job: nothing says where the cooking is done.
    assert avoided(posted(*text), DOMESTIC)
    # And a course posted under domestic work teaches for households.
    assert avoided(posted(*text, sector=DOMESTIC, kind=OpportunityKind.TRAINING), DOMESTIC)


def test_a_maids_cleaning_is_still_cleaning_to_whoever_avoids_cleaning_services() -> None:
    job = posted("Maid", "Maid for a family: housework, cooking and cleaning the house")
    assert avoided(job, "cleaning_services")
    assert avoided(job, DOMESTIC)


def test_naming_another_sector_than_cookings_leaves_both_of_cookings() -> None:
    # A shop named beside a family's cooking says nothing of where the cooking is done.
    job = posted("Helper", "Cook for the owner's family and help in the shop")
    assert avoided(job, DOMESTIC)


@pytest.mark.parametrize(
    ("concepts_data", "message"),
    [
        pytest.param(
            {
                "food": {"kind": "sector", "label": "F"},
                "knives": {
                    "kind": "skill",
                    "label": "K",
                    "related": ["food"],
                    "alternative_sectors": True,
                },
            },
            "alternative_sectors is for an interest",
            id="a-skill",
        ),
        pytest.param(
            {
                "food": {"kind": "sector", "label": "F"},
                "cooking": {
                    "kind": "interest",
                    "label": "C",
                    "related": ["food"],
                    "alternative_sectors": True,
                },
            },
            "two sectors or more",
            id="one-sector",
        ),
        pytest.param(
            {"cooking": {"kind": "interest", "label": "C", "alternative_sectors": "yes"}},
            "alternative_sectors must be true or false",
            id="not-a-boolean",
        ),
    ],
)
def test_alternative_sectors_is_refused_where_it_means_nothing(
    concepts_data: dict[str, object], message: str
) -> None:
    language = {cid: {"terms": [cid]} for cid in concepts_data}
    with pytest.raises(VocabularyError, match=message):
        Vocabulary(concepts=concepts_data, languages={"xx": language})
