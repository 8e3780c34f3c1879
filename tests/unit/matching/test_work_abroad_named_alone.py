"""What the sixth job-ad set's misses led to (session 33), with phrases written for these
tests, not the set's own. Expected values come from what each text means to a reader:

- A country named alone in a segment of a heading or a line ("Food packing – Japan – exam
  in August", "【新加坡】建筑工", "Cook | Dubai", or a line that is only the country) is
  where the work is: work abroad, offered only to adults open to it. A country inside a
  segment with other words ("Japanese cafe", "Japan-style"), after a colon ("Nationality:
  Myanmar" names who may apply) or joined by a hyphen without spaces is not.
- "Direct hire by the company" says no agency stands between: a local hire, not the
  Philippine "direct hire" abroad, which names where ("Direct hire to Saudi").
- A Burmese ad saying the worker stays and eats at the shop or the house ("ဆိုင်မှာ နေ၊
  စား") is live-in work.
"""

from __future__ import annotations

import pytest

from tests.unit.matching.test_safety_probe_session_26 import said
from tests.unit.matching.test_work_abroad_said_in_the_text import abroad_from_bangkok


@pytest.mark.parametrize(
    "text",
    [
        "Poultry plant packers – Japan – interview in May",
        "Housekeeping | Dubai | 2-year contract",
        "🇸🇬 Singapore 🇸🇬\nWe need cleaners for offices",
        "Caregivers — Taiwan — free training",
        "Tuyển nữ đóng gói – HÀN QUỐC – thi tuyển tháng 9",
        "【日本】食品工厂包装工",
        "งานแพ็คผัก – เกาหลี – สัมภาษณ์เดือนหน้า",
    ],
)
def test_a_country_named_alone_in_a_segment_is_where_the_work_is(text: str) -> None:
    assert abroad_from_bangkok(text)


@pytest.mark.parametrize(
    "text",
    [
        "Waiter – Japanese restaurant – Mae Sot",
        "Korea-style barbecue shop needs a cook",
        "Nationality: Myanmar\nPacking staff in Mae Sot",
        "Cook | Thai and Chinese dishes | Mae Sot",
        "Sales staff. No agent fee – direct hire by the company.",
        "Direct hiring by our company, walk in for interview",
    ],
)
def test_a_country_inside_other_words_or_a_local_direct_hire_is_no_work_abroad(
    text: str,
) -> None:
    assert not abroad_from_bangkok(text)


def test_a_direct_hire_that_names_a_country_abroad_is_still_abroad() -> None:
    assert abroad_from_bangkok("Direct hire to Saudi, no placement fee")


@pytest.mark.parametrize(
    "text",
    ["ဆိုင်မှာ နေ၊ စား အခမဲ့", "စားသောက်ဆိုင် ဝန်ထမ်း - ဆိုင်တွင် နေ စား ရမည်", "အိမ်မှာ နေ၊ စား ပေးမည်"],
)
def test_staying_and_eating_at_the_shop_or_the_house_is_live_in(text: str) -> None:
    assert "live_in" in said(text)
