"""What a safety probe of ``make run`` found in session 26, held (its report: F1, F2, F3,
F4, F7), with phrases written for these tests, not the probe's own. Expected values come
from what each text means to a reader of its language and from the rules:

- F1: work abroad said the way recruiters say it ("hiring for Qatar", "Malaysia factory
  job", "sang Đài Loan", "para sa Saudi", "ទៅម៉ាឡេស៊ី", "赴韓", visa sponsorship, free
  flights) or a cross-border scam hub named (Sihanoukville, Poipet, Myawaddy, Kings
  Romans) is work abroad, offered only to adults open to work across a border. A
  nationality of migrant workers where the job is ("แรงงานพม่า", "Myanmar construction
  workers"), goods exported, tourists, a restaurant's cuisine, work experience gained
  abroad (F7: "xuất khẩu sang", "工作經驗") and the Thai Golden Triangle are not.
- F2: fireworks, gunpowder and tanneries are hazardous chemicals, demolition is
  construction, scavenging on rubbish dumps is waste picking: all closed to minors.
- F3: all-night Cantonese shifts and the Vietnamese third shift are night work; living
  at the boss's house or above the shop is live-in; a dormitory is not.
- F4: Burmese building work and masons, Cebuano farm and sugarcane work, Thai cassava
  fields, Burmese night-restaurant singers drinking with guests are the sectors they name.
"""

from __future__ import annotations

import functools

import pytest

from matching.adapters.vocabulary_files import load_vocabulary
from matching.domain.opportunity import Opportunity, with_conditions_said
from matching.domain.rules import CLOSED_TO_MINORS
from matching.domain.values import Place, SurvivorCondition
from matching.domain.vocabulary import Vocabulary
from tests.unit.matching.strategies import ready_survivor
from tests.unit.matching.test_handlers import _details
from tests.unit.matching.test_minors_never_offered_hazardous_work import minor, offered, posted
from tests.unit.matching.test_work_abroad_said_in_the_text import abroad_from_bangkok


@functools.cache
def vocabulary() -> Vocabulary:
    return load_vocabulary()


def said(text: str) -> frozenset[str]:
    return vocabulary().workplace_conditions_in(text)


def read(opportunity_id: str, description: str, sector: str, title: str = "Worker") -> Opportunity:
    """Posted as the service posts it, with the conditions its text says."""
    job = posted(opportunity_id, title=title, description=description, sector=sector)
    job.details = with_conditions_said(job.details, said(f"{title}\n{description}"))
    return job


# --- F1: work abroad --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Recruiting now for Qatar construction sites, tickets paid",
        "We will send you to Taiwan for a semiconductor factory job",
        "Go to Korea, farm job with good pay",
        "Location: Malaysia. Packing staff needed",
        "Dubai casino hiring dealers",
        "Earn more in Singapore as a cleaner",
        "Visa sponsorship for cooks, apply today",
        "Chat support job; we take you across the border in Myawaddy",
        "Data entry in Poipet, high salary",
        "Office job at Kings Romans, Bokeo",
        "ไปทำงานโรงงานที่ไต้หวัน บินฟรี",
        "งานญี่ปุ่น เก็บสตรอว์เบอร์รี่",
        "แอดมินเพจ สีหนุวิลล์ เงินเดือนสูง",
        "งานคีย์ข้อมูล เมียวดี ข้ามแดนให้",
        "Tuyển thợ hàn sang Đài Loan, bao đậu visa",
        "Việc nhẹ ở Campuchia, lương nghìn đô",
        "Nhân viên văn phòng tại Poipet",
        "Welder para sa Saudi, direct hire",
        "Caregiver papunta sa Japan, libre ang plane ticket",
        "រកកម្មករទៅម៉ាឡេស៊ី",
        "ការងារនៅក្រុងព្រះសីហនុ ប្រាក់ខែខ្ពស់",
        "ထိုင်ဝမ်နိုင်ငံ စက်ရုံအလုပ်",
        "မြဝတီမှာ ကွန်ပျူတာ အလုပ်",
        "赴韓工廠普工",
        "去柬埔寨上班，月薪過萬",
        "妙瓦底客服，包吃住",
    ],
)
def test_work_abroad_said_as_recruiters_say_it_is_work_abroad(text: str) -> None:
    assert abroad_from_bangkok(text)


@pytest.mark.parametrize(
    "text",
    [
        "Cambodian workers welcome at our Mae Sot garment factory",
        "Myanmar construction workers needed for a site in Tak",
        "Cook for a Korea restaurant in Mae Sot",
        "Packing dried fruit exported to China",
        "Call centre agent for customers in Australia, based in Mae Sot",
        "Experience in Japan is a plus; the job is in Mae Sot",
        "Golden Triangle boat tour guide, Chiang Saen",
        "Myanmar work permit holders welcome",
        "รับแรงงานพม่า ทำงานในโรงงานแม่สอด",
        "พนักงานขาย ส่งสินค้าไปจีน",
        "ร้านอาหารญี่ปุ่นในแม่สอด รับพนักงาน",
        "ไกด์นำเที่ยวสามเหลี่ยมทองคำ",
        "Đóng gói hàng xuất khẩu sang Nhật",
        "Đóng gói xoài xuất khẩu đi Trung Quốc",
        "Phục vụ khách du lịch Hàn Quốc ở Bangkok",
        "Mga produktong gawa sa China, tindera sa Mae Sot",
        "លក់ទៅចិន វេចខ្ចប់",
        "မြန်မာနိုင်ငံသား အလုပ်သမား လိုအပ်သည်",
        "有韓國工作經驗者優先",
        "寄去日本嘅包裹分揀員",
        "金三角旅遊導遊",
    ],
)
def test_nationalities_goods_and_tourists_are_no_work_abroad(text: str) -> None:
    assert not abroad_from_bangkok(text)


def test_a_hub_in_the_jobs_own_country_is_no_work_abroad() -> None:
    text = "Hotel receptionist in Sihanoukville"
    here = Place("KH", "Sihanoukville", 10.627, 103.522)
    details = _details(description=text, location=here)
    assert not with_conditions_said(details, said(text)).workplace.abroad
    assert abroad_from_bangkok(text)


@pytest.mark.parametrize(
    "text",
    [
        "Hotel housekeeping, hiring now for Doha hotels, flights paid",
        "Tuyển lao động tại Campuchia, đưa đón qua biên giới",
        "งานแพ็คของ ปอยเปต รับส่งถึงชายแดน",
    ],
)
def test_work_abroad_reaches_neither_a_minor_nor_an_adult_not_open_to_it(text: str) -> None:
    job = read("opp_abroad", text, "retail_sales")
    assert job.details.workplace.abroad
    assert offered(minor(16), job) == set()
    assert offered(ready_survivor(), job) == set()
    assert offered(ready_survivor(open_to_cross_border=True), job) == {"opp_abroad"}


# --- F2: work hazardous for children ----------------------------------------------------------


def test_waste_picking_is_a_sector_closed_to_minors_and_the_rules_copy_agrees() -> None:
    assert "waste_picking" in vocabulary().hazardous_for_minors
    assert vocabulary().hazardous_for_minors == CLOSED_TO_MINORS
    assert vocabulary().get("waste_picking").kind.value == "sector"
    for language in vocabulary().languages:
        assert vocabulary().label("waste_picking", language)


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("Packing firecrackers for the New Year season", "hazardous_chemicals"),
        ("Mixing gunpowder at a small workshop", "hazardous_chemicals"),
        ("รับคนงานโรงงานดอกไม้ไฟ", "hazardous_chemicals"),
        ("Xưởng sản xuất pháo hoa cần người", "hazardous_chemicals"),
        ("Tagagawa ng paputok sa pagawaan", "hazardous_chemicals"),
        ("ជួយការងាររោងចក្រកាំជ្រួច", "hazardous_chemicals"),
        ("မီးပန်းစက်ရုံ အလုပ်သမား", "hazardous_chemicals"),
        ("鞭炮廠包裝工", "hazardous_chemicals"),
        ("Helper at a leather tannery", "hazardous_chemicals"),
        ("Công nhân xưởng thuộc da", "hazardous_chemicals"),
        ("โรงฟอกหนังรับคนงาน", "hazardous_chemicals"),
        ("皮革廠工人，硝皮", "hazardous_chemicals"),
        ("Demolition crew labourer", "construction"),
        ("คนงานรื้อถอนอาคาร", "construction"),
        ("清拆工人", "construction"),
        ("Waste pickers wanted at the municipal dump site", "waste_picking"),
        ("คุ้ยขยะขายที่บ่อขยะ", "waste_picking"),
        ("Nhặt ve chai ở bãi rác", "waste_picking"),
        ("Namumulot ng basura sa tambakan", "waste_picking"),
        ("អ្នករើសអេតចាយ", "waste_picking"),
        ("အမှိုက်ပုံမှာ ပလတ်စတစ်ကောက်", "waste_picking"),
        ("垃圾場拾荒", "waste_picking"),
    ],
)
def test_hazardous_work_in_new_wordings_is_named(text: str, concept: str) -> None:
    assert concept in vocabulary().concepts_in(text)


@pytest.mark.parametrize(
    "harmless", ["Recycling shop cashier", "Street sweeper", "Tanning salon receptionist"]
)
def test_harmless_look_alikes_close_nothing_to_minors(harmless: str) -> None:
    assert not vocabulary().concepts_in(harmless) & CLOSED_TO_MINORS


@pytest.mark.parametrize(
    "text",
    ["ช่วยงานโรงงานพลุ ผสมดินปืน", "រើសអេតចាយនៅគំនរសំរាម", "Demolition helper, knocking down walls"],
)
def test_a_16_year_old_is_not_offered_the_hazardous_job_and_an_adult_is(text: str) -> None:
    job = read("opp_hazard", text, "manufacturing")
    assert offered(minor(16), job) == set()
    assert offered(ready_survivor(), job) == {"opp_hazard"}


# --- F3: night work and live-in ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "condition"),
    [
        ("All-night security, 通頂更", "night_shifts"),
        ("酒樓清潔，做到天光", "night_shifts"),
        ("Làm ca ba ở nhà máy", "night_shifts"),
        ("Công nhân đứng máy ca 3", "night_shifts"),
        ("Warehouse guard, night patrol of the yard", "night_shifts"),
        ("Staff must live on the premises, bedroom above the restaurant", "live_in"),
        ("ต้องอยู่บ้านเจ้านาย ช่วยงานร้าน", "live_in"),
        ("住在老闆家，幫手睇舖", "live_in"),
        ("要住喺老細屋企，幫手湊仔", "live_in"),
    ],
)
def test_night_and_live_in_in_new_wordings(text: str, condition: str) -> None:
    assert condition in said(text)


@pytest.mark.parametrize(
    "text", ["Hotel staff, dormitory provided", "Tuyển 3 ca sĩ phòng trà", "ไม่ต้องอยู่บ้านเจ้านาย"]
)
def test_a_dormitory_or_singers_are_no_night_or_live_in_work(text: str) -> None:
    assert not said(text) & {"night_shifts", "live_in"}


def test_the_third_shift_reaches_neither_a_minor_nor_who_ruled_out_night_work() -> None:
    job = read("opp_ca3", "Công nhân may, làm ca 3", "manufacturing")
    no_nights = ready_survivor(conditions=frozenset({SurvivorCondition.NO_NIGHT_SHIFTS}))
    assert offered(minor(16), job) == set()
    assert offered(no_nights, job) == set()
    assert offered(ready_survivor(), job) == {"opp_ca3"}


# --- F4: avoided sectors in regional words ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("တိုက်ဆောက်လုပ်ရေး ပန်းရံသမား", "construction"),
        ("တိုက်ဆောက်လုပ်ရေး ပန်းရံသမား", "bricklaying"),
        ("Trabaho sa uma, pangabo sa tubohan", "agriculture"),
        ("ขุดมันในไร่มัน", "agriculture"),
        ("ညစားသောက်ဆိုင်အဆိုတော် ဧည့်သည်နဲ့အရက်သောက်", "nightlife_venues"),
    ],
)
def test_regional_words_name_their_sector(text: str, concept: str) -> None:
    assert concept in vocabulary().concepts_in(text)


def test_who_avoids_construction_is_not_offered_burmese_building_work_nor_is_a_minor() -> None:
    job = read("opp_mason", "တိုက်ဆောက် ပန်းရံ လိုအပ်သည်", "retail_sales")
    avoiding = ready_survivor(sectors_to_avoid=frozenset({"construction"}))
    assert offered(avoiding, job) == set()
    assert offered(minor(16), job) == set()
    assert offered(ready_survivor(), job) == {"opp_mason"}
