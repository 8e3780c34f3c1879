"""What a safety probe of ``make run`` found in session 24, held (its report: V1, V2, V4,
V5). Expected values come from what each text means to a reader of its language and from
the rules: no night work for survivors who ruled it out or for minors, no live-in work
likewise, no massage parlour for anyone under 18, and a harbour's processing sheds are part
of fishing.

- Night work written as the hours ("10pm hanggang 6am", "22:00-06:00") or in words the
  terms lacked (Tagalog "panggabing shift", Burmese "ညပိုင်းအလုပ်").
- Live-in work in Burmese said as "must live at the homeowner's house" (lodging and food
  given is not live-in by itself, as the vocabulary's README decides for every language).
- Massage parlour jobs offered to 16- and 17-year-olds.
- "Peeling shrimp at the harbour seafood shed" read as food processing only.
"""

from __future__ import annotations

import functools

import pytest

from matching.adapters.vocabulary_files import load_vocabulary
from matching.domain.rules import CLOSED_TO_MINORS
from matching.domain.values import OpportunityKind
from matching.domain.vocabulary import Vocabulary
from matching.domain.vocabulary.night_hours import states_night_hours
from tests.unit.matching.strategies import ready_survivor
from tests.unit.matching.test_minors_never_offered_hazardous_work import minor, offered, posted


@functools.cache
def vocabulary() -> Vocabulary:
    return load_vocabulary()


@pytest.mark.parametrize(
    ("text", "night"),
    [
        ("Panggabing shift, 10pm hanggang 6am.", True),
        ("Shift 2pm to 11pm", True),  # until 23:00
        ("ca từ 22h đến 6h", True),
        ("เวลาทำงาน 22.00 - 06.00 น.", True),
        ("เริ่มงาน 23.00 น.", True),
        ("ម៉ោង 18:00-02:00", True),
        ("until 11:30 p.m.", True),
        ("00:30 finish", True),
        # 12-hour figures with the words that place them in the day.
        ("晚上10點至早上6點", True),
        ("凌晨2点下班", True),
        ("下午2點到晚上11點", True),
        ("เลิกงานตี 2", True),  # two at night
        ("ทำงาน 2 ทุ่ม ถึง ตี 2", True),  # eight in the evening to two at night
        ("เลิก 5 ทุ่ม", True),  # eleven at night
        ("ca 10 giờ tối đến 6 giờ sáng", True),
        ("早上9點至下午6點", False),
        ("晚上7點至10點", False),
        ("เลิก 4 ทุ่ม", False),  # ten at night: work that ends then is not night work
        ("làm từ 7 giờ sáng đến 5 giờ chiều", False),
        ("Hours 9am to 5pm", False),
        ("Open 8:00-20:00", False),
        ("10:00 to 22:00", False),  # ends at 22:00: not night
        ("no work after 10pm", False),
        ("เวลา 08.00-17.00 น.", False),
        ("làm 4h mỗi ngày", False),  # four hours, not four o'clock
        ("ca 8h-5h", False),  # eight to five: a 12-hour clock
        ("早上9:00至下午6:00", False),  # nine to six in the afternoon
        ("Price 23.50 USD", False),
        ("call 0812345678", False),
    ],
)
def test_hours_in_figures_that_run_into_the_night_are_night_work(text: str, night: bool) -> None:
    assert states_night_hours(text) is night


@pytest.mark.parametrize(
    ("text", "conditions"),
    [
        ("Tindera. Panggabing shift, Lunes hanggang Sabado.", {"night_shifts"}),
        ("Walang panggabing shift.", set()),
        ("စားပွဲထိုး ညပိုင်းအလုပ်", {"night_shifts"}),
        ("ပစ္စည်းပို့ ညပိုင်းတာဝန်ရှိသည်", {"night_shifts"}),
        ("ស្មៀនហាង ម៉ោង 22:00-06:00", {"night_shifts"}),
        ("အိမ်အကူ အိမ်ရှင်အိမ်မှာ နေထိုင်ရမည်။", {"live_in"}),
        ("အိမ်အကူ အလုပ်ရှင်အိမ်၌ နေရမည်", {"live_in"}),
        # Lodging given is no live-in by itself (vocabulary README: factory housing).
        ("နေစရာ စားစရာ ပေးမည်။ စက်ရုံအလုပ်သမ။", set()),
    ],
)
def test_night_and_live_in_work_said_in_words_the_terms_lacked(
    text: str, conditions: set[str]
) -> None:
    assert vocabulary().workplace_conditions_in(text) == conditions


MASSAGE_PARLOUR = posted(
    "opp_massage",
    title="ร้านนวด รับสมัครพนักงานนวด",  # a massage shop hiring masseuses
    description="ร้านนวดแผนไทย รับพนักงานนวด",
    sector="retail_sales",
    minimum_age=15,
)
MASSAGE_COURSE = posted(
    "opp_massage_course",
    title="Thai massage course",
    description="Learn Thai massage with a certified teacher",
    sector="beauty_wellness",
    kind=OpportunityKind.TRAINING,
    minimum_age=15,
)


def test_no_minor_is_offered_a_massage_parlour_job_whatever_its_declared_sector() -> None:
    assert "massage" in vocabulary().hazardous_for_minors
    assert vocabulary().hazardous_for_minors == CLOSED_TO_MINORS
    for age in (16, 17):
        assert "opp_massage" not in offered(minor(age), MASSAGE_PARLOUR)
    assert "opp_massage" in offered(ready_survivor(), MASSAGE_PARLOUR)


def test_a_massage_course_is_still_offered_from_sixteen() -> None:
    """As for every work closed to minors: learning it under instruction from 16."""
    assert "opp_massage_course" in offered(minor(16), MASSAGE_COURSE)


SEAFOOD_SHED = posted(
    "opp_shed",
    title="Processing assistant",
    description="Peeling shrimp and gutting fish at the harbour seafood shed",
    sector="food_processing",
    minimum_age=15,
)


def test_a_harbour_seafood_shed_is_fishing_work() -> None:
    assert "fishing_aquaculture" in vocabulary().sectors_in(SEAFOOD_SHED.details.description)
    assert "opp_shed" not in offered(minor(16), SEAFOOD_SHED)
    avoiding = ready_survivor(sectors_to_avoid=frozenset({"fishing_aquaculture"}))
    assert "opp_shed" not in offered(avoiding, SEAFOOD_SHED)
    assert "opp_shed" in offered(ready_survivor(), SEAFOOD_SHED)
