"""What session 38's ninth job-ad set found, as rules (written for these changes, so not a
blind set; the set itself is ``bench/eval_job_ads.py``'s ``NINTH``).

- Two shifts offered as alternatives ("7:00am–3:00pm or 1:00pm–9:00pm") are two ranges,
  not one from the first's end to the second's start: no night work. A time that ends one
  range starts no other.
- An employer who pays a list of costs pays each of them ("the employer pays the visa, the
  ticket and the processing"; "ပွဲခ၊ ဗီဇာခ၊ အလုပ်ပါမစ်ခ အားလုံး အလုပ်ရှင်က ကျခံ"); nothing
  deducted is no deduction. But a fee with its own amount is charged as written, a word
  about other costs does not reach it, and a word that reaches over a clause's end says
  nothing of the next clause ("the company pays the room, the worker pays the agent").
- Live-in said in plain words (the owner's place, the employer's family, a hostel or
  barracks one must stay in) is live-in work; papers kept in the company's safe are kept.
- The country after a region and a comma ("Work in Aichi, Japan") is where the work is,
  and in Chinese a heading's space marks off a segment ("新加坡 中餐馆").
- A survivor who wants to learn a language with a concept of its own (English, Chinese)
  wants that language, not any language course.
"""

from __future__ import annotations

import functools

import pytest

from matching.adapters.vocabulary_files import load_vocabulary
from matching.domain.vocabulary import Vocabulary
from matching.domain.vocabulary.night_hours import states_night_hours


@functools.cache
def vocabulary() -> Vocabulary:
    return load_vocabulary()


@pytest.mark.parametrize(
    "text",
    [
        "Two shifts, you choose: 7:00am–3:00pm or 1:00pm–9:00pm.",
        "Shift: opening 6AM–3PM o mid 10AM–7PM",
        "វេនព្រឹក ៦:០០–១៤:០០ ឬវេនរសៀល ១៣:០០–២១:០០",
        "早更 07:00–15:00 或午更 11:00–19:00",
        "Ca sáng 6:00-14:00 hoặc ca chiều 14:00-22:00",
        "8:00am-5:00pm, 1:00pm-10:00pm",
    ],
)
def test_day_shifts_offered_as_alternatives_are_no_night_work(text: str) -> None:
    assert not states_night_hours(text)


@pytest.mark.parametrize(
    "text",
    [
        "7:00-19:00 / 19:00-7:00",
        "Day 8am-5pm, night 6pm-2am",
        "Shift A 6:00-14:00 or shift C 22:00-6:00",
        "10pm or 11pm start",
    ],
)
def test_a_night_shift_among_alternatives_is_still_night_work(text: str) -> None:
    assert states_night_hours(text)


@pytest.mark.parametrize(
    "text",
    [
        "Nothing is deducted from your salary for recruitment.",
        "Công ty Nhật chi trả toàn bộ phí môi giới, visa và vé máy bay",
        "និយោជកជប៉ុនចេញថ្លៃភ្នាក់ងារ ទិដ្ឋាការ និងសំបុត្រយន្តហោះទាំងអស់",
        "ပွဲခ၊ ဗီဇာခ၊ အလုပ်ပါမစ်ခ အားလုံး အလုပ်ရှင်က ကျခံပေးသည်",
        "လစာမှ ဘာမှ မဖြတ်ပါ",
        "除強積金外唔會扣人工",
        "員工毋須付任何中介費",
        "ប្រាក់ខែ ២២០ ដុល្លារ + ប្រាក់សេវា + អាហារ ២ពេល",
        "Employer pays visa fee, placement fee",
        "雇主支付签证费、机票及中介费",
    ],
)
def test_costs_the_employer_pays_or_that_are_not_taken_are_no_fee(text: str) -> None:
    assert not vocabulary().fees_charged_in(text)


@pytest.mark.parametrize(
    "text",
    [
        "Employer pays visa; worker pays placement fee",
        # An item said to be charged is no item of the list the employer pays.
        "Employer pays visa fee, placement fee deducted from salary",
        "No placement fee, visa fee 5,000 baht",
        "Free meals, visa fee deducted monthly",
        "Placement fee 3000, visa fee paid by employer",
        "ក្រុមហ៊ុនចេញថ្លៃស្នាក់នៅ ពលករបង់ថ្លៃភ្នាក់ងារ ៥០០ដុល្លារ",
        "ပွဲခ ၅၀၀၀၀၀ ကျပ်၊ ဗီဇာခ အလုပ်ရှင်က ကျခံ",
        "ပွဲခ၊ ဗီဇာခ ကိုယ်တိုင်ပေးရမည်",
        "唔包食住，要俾中介费",
        "Công ty lo chỗ ở, người lao động trả phí môi giới",
    ],
)
def test_a_fee_left_to_the_worker_is_still_charged(text: str) -> None:
    assert vocabulary().fees_charged_in(text)


@pytest.mark.parametrize(
    "text",
    [
        "Staff stay at the owner's place upstairs, no need to pay rent.",
        "อยู่กับครอบครัวนายจ้าง มีห้องส่วนตัวพร้อมแอร์",
        "Sa bahay ng employer ang tirahan, may sariling kwarto.",
        "ကုမ္ပဏီ ဟော်စတယ်တွင် နေရမည်",
        "ခြံထဲရှိ အလုပ်သမား တန်းလျားတွင် အခမဲ့ နေရမည်",
    ],
)
def test_live_in_work_said_in_plain_words_is_live_in(text: str) -> None:
    assert "live_in" in vocabulary().workplace_conditions_in(text)


def test_a_workplace_near_the_owners_place_is_not_live_in() -> None:
    text = "The owner's place is near the market; you live at home"
    assert "live_in" not in vocabulary().workplace_conditions_in(text)


def test_papers_kept_in_the_companys_safe_are_kept_and_a_denial_is_not() -> None:
    kept = "លិខិតឆ្លងដែន និងប័ណ្ណការងារ ក្រុមហ៊ុនទុកក្នុងទូដែកនៅការិយាល័យ ដើម្បីសុវត្ថិភាព"
    assert vocabulary().papers_kept_in(kept)
    assert not vocabulary().papers_kept_in("ក្រុមហ៊ុនមិនទុកលិខិតឆ្លងដែនរបស់បុគ្គលិកទេ")


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Work in Aichi, Japan", "JP"),
        ("Đơn hàng kỹ năng đặc định: chế biến cơm hộp tại Aichi, Nhật Bản", "JP"),
        ("Work in the factory in Chiba Prefecture, Japan", "JP"),
        ("新加坡 中餐馆 厨房帮工 月薪 2200 新币", "SG"),
        ("澳門路氹 度假酒店 房務員 – 歡迎香港居民", "MO"),
    ],
)
def test_the_country_after_a_region_or_alone_in_a_chinese_heading_is_where_the_work_is(
    text: str, country: str
) -> None:
    assert vocabulary().countries_worked_in(text) == {country}


@pytest.mark.parametrize(
    "text",
    [
        "Workers from Cambodia, Laos",
        "I like Thai food, Japan",
        "Work in 3 shifts, Japan",
        "日本料理 厨师",
    ],
)
def test_a_country_named_otherwise_is_not_where_the_work_is(text: str) -> None:
    assert not vocabulary().countries_worked_in(text)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("I want to learn Chinese", "chinese_language"),
        ("หนูอยากเรียนภาษาจีนค่ะ", "chinese_language"),
        ("muốn học tiếng Trung", "chinese_language"),
        ("我想学中文", "chinese_language"),
        ("I want to learn English", "english_conversation"),
        ("gusto kong matuto ng Ingles", "english_conversation"),
        ("ខ្ញុំចង់រៀនភាសាអង់គ្លេស", "english_conversation"),
        ("အင်္ဂလိပ်စာသင်ချင်တယ်", "english_conversation"),
    ],
)
def test_a_language_with_its_own_concept_is_wanted_itself(text: str, language: str) -> None:
    assert vocabulary().wished_in(text) == {language}


def test_a_language_without_its_own_concept_is_language_learning() -> None:
    assert vocabulary().wished_in("I want to learn Korean") == {"language_learning"}


def test_khmer_cut_and_sew_is_tailoring() -> None:
    assert {"sewing", "tailoring"} <= vocabulary().wished_in("បងស្រីចង់រៀនកាត់ដេរ")
