"""What session 38's tenth job-ad set (training and apprenticeships) and its probe of
`make run` found, as rules (written for these changes, so not a blind set).

- Staying in a school's, a training centre's or an employer's dormitory is live-in, as
  staying in a company's dormitory already was: a boarding course is closed to minors like a
  live-in job.
- A worker who pays, said passively ("paid by the worker"), as their own cost, as a bond held
  until the contract ends, or as the worker paying in Vietnamese, Tagalog and Chinese, is a
  fee charged; "no salary deduction" in Thai, and the employer's word opening the next Thai
  phrase after a list of costs, take it off.
- Hours said in words are read: "eleven in the evening to seven in the morning", Thai
  "สี่ทุ่ม … ตีห้า"; Tagalog "walang overnight" is none.
- Work closed to minors described without its usual words: body rubs are massage, rooftop
  billboards are work at height, a house being built is construction.
- A helper in a kitchen or a restaurant (Tagalog "katulong sa kusina") is no household's.
- A passport left at the office is kept; "don't leave your passport with others" is advice.
- A capital named with its Thai title ("ในกรุงโซล") is where the work is.
- Look-alike letters: a moustache (Thai หนวด) is no massage (นวด); Korean (韩国语) is no
  Chinese (国语).
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
        "นักเรียนทุกคนพักในหอพักของโรงเรียนตลอดหลักสูตร",
        "พักในหอพักที่นายจ้างจัดให้",
        "Khóa học bếp và phục vụ nhà hàng nội trú",
        "natutulog sa bangka habang nasa laot",
        "ស្នាក់នៅក្នុងអន្តេវាសិកដ្ឋានរបស់សាលា",
        "သင်တန်းအဆောင်တွင် နေရမည်",
        "ဆိုင်နောက်ဖက် အခန်းတွင် အခမဲ့ နေထိုင်ရမည်",
        "寄宿制",
        "学生平日住校",
        "住厂内宿舍，8人一间",
        "在新加坡住雇主安排的工人宿舍",
    ],
)
def test_a_dormitory_stay_is_live_in(text: str) -> None:
    assert "live_in" in vocabulary().workplace_conditions_in(text)


def test_a_resident_doctor_is_no_boarder() -> None:
    assert "live_in" not in vocabulary().workplace_conditions_in("Bác sĩ nội trú bệnh viện")


@pytest.mark.parametrize(
    "text",
    [
        "The employer pays the ticket; the visa and the medical check are paid by the worker.",
        "New staff cover their own placement cost, settled from the first three pay slips.",
        "A bond of one month's salary is held until the contract ends.",
        "Nhà hàng. Người lao động tự chi trả visa và vé máy bay.",
        "Restawran. Ang manggagawa ang magbabayad ng visa at tiket.",
        "Program fee ₱110,000: ibabawas sa stipend buwan-buwan.",
        "免中介费、签证费自理",
        "ค่าหัว 5000 บาท ค่าตั๋ว นายจ้างออกให้",
    ],
)
def test_a_cost_left_to_the_worker_is_a_fee_charged(text: str) -> None:
    assert vocabulary().fees_charged_in(text)


@pytest.mark.parametrize(
    "text",
    [
        "ไม่เก็บค่าฝึกงาน ไม่หักเงินเดือน ไม่ต้องวางเงินประกัน",
        "ร้านอาหาร ค่าวีซ่า ค่าตั๋ว นายจ้างออกให้ทั้งหมด",
    ],
)
def test_costs_the_thai_employer_takes_are_no_fee(text: str) -> None:
    assert not vocabulary().fees_charged_in(text)


@pytest.mark.parametrize(
    "text",
    [
        "Shift from eleven in the evening to seven in the morning.",
        "เข้างานสี่ทุ่ม เลิกงานตีห้า",
        "two at night",
        "start at six in the evening, finish at eleven pm",
    ],
)
def test_hours_in_words_at_night_are_night_work(text: str) -> None:
    assert states_night_hours(text)


@pytest.mark.parametrize(
    "text",
    [
        "from seven in the morning to three in the afternoon",
        "Open from ten in the morning to nine in the evening",
        "We close at ten in the evening",
        "เข้างานสองทุ่ม",
    ],
)
def test_hours_in_words_by_day_are_not(text: str) -> None:
    assert not states_night_hours(text)


def test_tagalog_no_overnight_is_no_night_work() -> None:
    assert "night_shifts" not in vocabulary().workplace_conditions_in("walang overnight")


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("Give foot and body rubs to guests in private rooms.", "massage"),
        ("Clean and maintain the rooftop billboard frames.", "work_at_height"),
        ("Tagabuhat ng hollow blocks at semento sa itinatayong bahay", "construction"),
        ("学习韩语", "language_learning"),
    ],
)
def test_work_described_without_its_usual_words(text: str, concept: str) -> None:
    assert concept in vocabulary().concepts_in(text)


def test_work_closed_to_minors_said_so_is_closed() -> None:
    closed = vocabulary().hazardous_for_minors
    assert vocabulary().concepts_in("Give foot and body rubs to guests") & closed
    assert vocabulary().concepts_in("Clean the rooftop billboard frames") & closed


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("Katulong sa kusina ng restawran", "domestic_care_work"),
        ("การโกนหนวด", "massage"),
        ("韩国釜山韩国语学堂", "chinese_language"),
    ],
)
def test_look_alike_words_are_not_read(text: str, concept: str) -> None:
    assert concept not in vocabulary().concepts_in(text)


def test_a_household_helper_is_still_one() -> None:
    assert "domestic_care_work" in vocabulary().concepts_in("Katulong sa bahay, stay-in")


def test_a_passport_left_at_the_office_is_kept_and_advice_is_not() -> None:
    kept = "Iiwan ang pasaporte sa opisina habang may kontrata."
    assert vocabulary().papers_kept_in(kept)
    assert not vocabulary().papers_kept_in("Huwag iiwan ang pasaporte sa iba.")


def test_a_capital_named_with_its_thai_title_is_where_the_work_is() -> None:
    assert vocabulary().countries_worked_in("ร้านอาหารในกรุงโซล") == {"KR"}
    assert vocabulary().countries_worked_in("ทำงานกรุงเทพ") == {"TH"}
