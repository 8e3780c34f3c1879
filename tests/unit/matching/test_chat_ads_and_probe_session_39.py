"""What session 39's eleventh job-ad set (recruitment posts in chat groups) and its probe of
``make run`` found, as rules (written for these changes, so not a blind set; the set
itself is ``bench/eval_job_ads.py``'s ``ELEVENTH``).

- A flag that opens a line is where the work is ("🇦🇪 NANNY for DUBAI"); one further on may
  stand for anything (the workers' own country).
- Live-in, night work and heavy loads said the way chat posts say them; a shoe factory is
  no tannery; a dormitory one may choose is no live-in.
- An honest Thai employer who pays a list of costs "for you, all of them" charges nothing;
  a fee to apply, a loan for the visa repaid from wages, or the worker paying their own
  costs is a fee charged.
- A survivor's refusals said plainly ("no live in", "I can't work nights", "only day
  shift", "ไม่ทำกะดึก") are held as conditions; "I live in Bangkok" refuses nothing.
- What a survivor refuses ranks lower where the job's text says it is in that sector
  ("cook for a family" is domestic work), not only where it names the refused concept.
"""

from __future__ import annotations

import functools

import pytest

from matching.adapters.vocabulary_files import load_vocabulary
from matching.domain.opportunity import Opportunity
from matching.domain.vocabulary import Vocabulary
from matching.domain.vocabulary.vocabulary import flags_opening_lines
from matching.service_layer.opportunity_text import sectors_said
from tests.unit.matching.shipped import index_of
from tests.unit.matching.strategies import PLACES, open_job, ready_survivor


@functools.cache
def vocabulary() -> Vocabulary:
    return load_vocabulary()


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("🇦🇪 NANNY for DUBAI 👶 Urgent, fly ASAP", "AE"),
        ("🇲🇾 မလေးရှား ဆီအုန်းခြံ အလုပ်သမား", "MY"),
        ("🇯🇵 ဂျပန် SSW စိုက်ပျိုးရေး", "JP"),
        ("📣 Hiring!\n  🇸🇬 新加坡酒店 客房服务员", "SG"),
    ],
)
def test_a_flag_opening_a_line_is_where_the_work_is(text: str, country: str) -> None:
    assert country in vocabulary().countries_worked_in(text)


def test_a_flag_further_on_says_nothing_of_the_place() -> None:
    assert flags_opening_lines("Tuyển lao động 🇻🇳 đi làm, lương cao") == frozenset()
    assert vocabulary().countries_worked_in("Tuyển lao động 🇻🇳 đi làm") == frozenset()


@pytest.mark.parametrize(
    ("text", "condition"),
    [
        ("12hrs shift, day & night rotate, 6 days", "night_shifts"),
        ("มีห้องพักในโรงงาน อยู่ฟรี ต้องพักในโรงงานเท่านั้น", "live_in"),
        ("ស្នាក់នៅក្នុងជំរំកម្មករ ក្នុងការដ្ឋាន", "live_in"),
        ("ဆိုင်မှာ နေ၊ ဆိုင်မှာ စား", "live_in"),
        ("包吃包住 园区内宿舍", "live_in"),
        ("Buhat ng banyera ng isda (40kg+) at lambat", "heavy_lifting"),
    ],
)
def test_conditions_said_as_chat_posts_say_them(text: str, condition: str) -> None:
    assert condition in vocabulary().workplace_conditions_in(text)


@pytest.mark.parametrize(
    "text",
    [
        "มีเวลาพักในโรงงาน 1 ชั่วโมง",  # a break in the factory
        "可住公司宿舍，不住可领住房补贴",  # a dormitory one may choose
        "ဝန်ထမ်းရိပ်သာ လစာ နှင့် အကျိုးခံစားခွင့်",  # staff housing, pay and benefits
    ],
)
def test_no_condition_where_the_words_only_look_like_one(text: str) -> None:
    assert (
        vocabulary().workplace_conditions_in(text)
        & {
            "night_shifts",
            "live_in",
            "heavy_lifting",
        }
        == frozenset()
    )


def test_a_shoe_factory_is_no_tannery() -> None:
    found = vocabulary().concepts_in("រោងចក្រស្បែកជើង វេចខ្ចប់ស្បែកជើងដាក់ប្រអប់")
    assert "hazardous_chemicals" not in found
    assert "packing" in found


@pytest.mark.parametrize(
    "text",
    [
        "Kitchen helper, fee 3000 THB to apply, day shift",
        "Salary 12,000 minus 2,000 each month until the loan for your visa is paid",
        "ค่าเดินทางและวีซ่า ลูกจ้างออกเอง",
    ],
)
def test_a_fee_to_apply_a_loan_for_the_visa_or_costs_left_to_the_worker_are_charged(
    text: str,
) -> None:
    assert vocabulary().fees_charged_in(text)


@pytest.mark.parametrize(
    "text",
    [
        "นายจ้างออกค่าวีซ่า ค่าตั๋วเครื่องบิน และค่าตรวจสุขภาพให้ทั้งหมด",
        "No fee to apply. Free training before you start work.",
        "Free visa, free ticket, no fees to apply",
    ],
)
def test_costs_paid_for_the_worker_or_no_fee_are_no_fee_charged(text: str) -> None:
    assert not vocabulary().fees_charged_in(text)


@pytest.mark.parametrize(
    ("text", "condition"),
    [
        ("I love cooking, no live in", "live_in"),
        ("I love cooking, dont want live in", "live_in"),
        ("ชอบทำอาหาร ไม่ทำกะดึก", "night_shifts"),
        ("I love cooking. I can't work nights", "night_shifts"),
        ("I love cooking, only day shift", "night_shifts"),
    ],
)
def test_a_survivors_plain_refusal_is_held_as_a_condition(text: str, condition: str) -> None:
    assert condition in vocabulary().conditions_refused_in(text)


def test_living_somewhere_refuses_nothing() -> None:
    assert vocabulary().conditions_refused_in("I live in Bangkok and love cooking") == frozenset()


def _said(opportunity: Opportunity) -> Opportunity:
    """As the service writes it: the sectors its text says (``sectors_said``)."""
    opportunity.detected_sectors = sectors_said(vocabulary().sectors_in, opportunity.details)
    return opportunity


def test_a_refused_sector_the_job_text_says_ranks_it_lower() -> None:
    family = _said(
        open_job(
            "opp_family",
            title="Cook for a family",
            description="Cook Thai meals for a family in their house",
            sector="food_service",
            location=PLACES[0],
        )
    )
    restaurant = _said(
        open_job(
            "opp_restaurant",
            title="Cook in a restaurant",
            description="Cook Thai meals in a busy restaurant kitchen",
            sector="food_service",
            location=PLACES[0],
        )
    )
    assert "domestic_care_work" in family.detected_sectors
    index = index_of(family, restaurant)
    survivor = ready_survivor(interests="I love cooking, but no domestic work")

    ranked = index.matches(survivor, k=2)

    assert [m.opportunity.opportunity_id for m in ranked] == ["opp_restaurant", "opp_family"]
    assert any(r.code == "SAID_NOT_WANTED" for r in ranked[1].scored.reasons)
