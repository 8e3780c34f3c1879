"""What session 37's two blind sets found, held: in a job's text, staying in the company's or
the factory's dormitory is live-in work in every language, as "stay in the company hostel"
already was in English (a workplace's dormitory is where a minor must not live and what a
survivor who ruled out live-in work ruled out); Khmer work abroad said with បរទេស; a free
visa is no fee, and a deposit for a delivery box is one; a Tagalog agency that "magtatabi"
(will put away) the passport keeps it. In a survivor's words: mushrooms grown for sale are a
crop, answering customers' calls is call-centre work, selling vegetables is selling, and
typing fast is data entry.

Expected values come from what each text says; the phrases are written for this test, not
taken from the evaluation sets.
"""

from __future__ import annotations

import pytest

from tests.unit.matching.shipped import shipped

LIVE_IN = [
    "พนักงานทุกคนต้องพักหอของโรงงาน",
    "อยู่หอพักบริษัท ฟรีค่าน้ำค่าไฟ",
    "Công nhân ở ký túc xá của công ty, có bếp chung",
    "Bắt buộc ở ký túc xá trong 3 tháng thử việc",
    "員工必須入住工廠宿舍",
    "住公司宿舍，包三餐",
    "កម្មករត្រូវស្នាក់នៅអន្តេវាសិកដ្ឋានរបស់ក្រុមហ៊ុន",
    "ហូបចុកនិងស្នាក់នៅក្នុងរោងចក្រ",
    "ကုမ္ပဏီအဆောင်မှာ နေထိုင်ရမည်",
]

NOT_LIVE_IN = [
    "ไม่ต้องพักหอบริษัท เดินทางไปกลับได้",
    "Không cần ở KTX công ty, có xe đưa đón",
    "唔使住公司宿舍，有交通津貼",
    "មិនចាំបាច់ស្នាក់នៅអន្តេវាសិកដ្ឋានទេ",
]


@pytest.mark.parametrize("text", LIVE_IN)
def test_staying_in_the_workplaces_dormitory_is_live_in(text: str) -> None:
    assert "live_in" in shipped().workplace_conditions_in(text)


@pytest.mark.parametrize("text", NOT_LIVE_IN)
def test_a_dormitory_one_need_not_stay_in_is_not(text: str) -> None:
    assert "live_in" not in shipped().workplace_conditions_in(text)


def test_khmer_work_abroad_said_with_the_word_for_foreign_lands() -> None:
    assert "abroad" in shipped().workplace_conditions_in("ស្វែងរកកម្មករទៅធ្វើការនៅបរទេស")


@pytest.mark.parametrize(
    ("text", "charged"),
    [
        ("✈️ ឥតគិតថ្លៃទិដ្ឋាការ", False),  # a free visa
        ("ឥតគិតថ្លៃ សំបុត្រយន្តហោះ", False),  # a free air ticket
        ("កម្មករត្រូវបង់ថ្លៃទិដ្ឋាការខ្លួនឯង", True),  # the worker pays the visa fee
        ("A deposit for the delivery box is taken from your first pay.", True),
        ("No deposit for the uniform.", False),
    ],
)
def test_a_free_visa_is_no_fee_and_an_equipment_deposit_is_one(text: str, charged: bool) -> None:
    assert ("fee_charged" in shipped().workplace_conditions_in(text)) is charged


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Ang agency ang magtatabi ng passport ninyo habang nasa kontrata.", True),
        ("Kayo ang magtatabi ng sarili ninyong passport.", False),
        ("Ikaw ang magtatago ng sarili mong passport.", False),
    ],
)
def test_tagalog_papers_put_away_by_the_agency_are_kept(text: str, kept: bool) -> None:
    assert ("documents_withheld" in shipped().workplace_conditions_in(text)) is kept


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("I'd like to start growing mushrooms back home", "vegetable_growing"),
        ("อยากทำฟาร์มเห็ดที่บ้าน", "vegetable_growing"),
        ("em muốn về quê trồng nấm bán", "vegetable_growing"),
        ("gusto kong magtanim ng kabute sa probinsya", "vegetable_growing"),
        ("ខ្ញុំចង់ដាំផ្សិតនៅស្រុក", "vegetable_growing"),
        ("ရွာမှာ မှိုစိုက်ပျိုးချင်တယ်", "vegetable_growing"),
        ("我想返鄉下種蘑菇", "vegetable_growing"),
        ("อยากรับโทรศัพท์ลูกค้า นั่งทำงานได้", "call_centre"),
        ("ខ្ញុំអាចនិយាយទូរស័ព្ទជាមួយអតិថិជនបាន", "call_centre"),
        ("I'd like phone work, answering customers' calls", "call_centre"),
        ("em muốn bán trái cây ở chợ gần nhà", "selling"),
        ("I can type fast and I'm careful", "data_entry"),
    ],
)
def test_village_work_and_phone_work_are_read_as_wished(text: str, concept: str) -> None:
    assert concept in shipped().wished_in(text)


def test_mushrooms_eaten_are_no_crop() -> None:
    assert "vegetable_growing" not in shipped().concepts_in("ชอบกินเห็ดผัด ชอบทำอาหาร")


@pytest.mark.parametrize(
    ("text", "condition", "said"),
    [
        # Seven in the evening to three before dawn runs past midnight.
        ("ធ្វើការម៉ោង ៨យប់ - ៤ទៀបភ្លឺ", "night_shifts", True),
        ("ធ្វើការម៉ោង ៨ព្រឹក - ៥ល្ងាច", "night_shifts", False),
        # Burmese: who can carry (on the shoulder), a load listed before it or a weight in
        # brackets between; ဝန်ထမ်း (staff) holds the same letters and carries nothing.
        ("ဆန်အိတ်၊ ဂျုံအိတ် ထမ်းနိုင်သူ လိုအပ်သည်", "heavy_lifting", True),
        ("ရေသန့်ဘူး (၂၀ ကီလို) ထမ်းရမည်", "heavy_lifting", True),
        ("ဝန်ထမ်းနိုင်သူ ၅ ဦး လိုအပ်သည်", "heavy_lifting", False),
        ("ဝန်ထမ်းရမည့် လစာ နှင့် အကျိုးခံစားခွင့်", "heavy_lifting", False),
    ],
)
def test_khmer_hours_before_dawn_and_burmese_carrying(
    text: str, condition: str, said: bool
) -> None:
    assert (condition in shipped().workplace_conditions_in(text)) is said
