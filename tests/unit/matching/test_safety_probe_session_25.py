"""What a safety probe of ``make run`` found in session 25, held (its report: F1, F2, F3,
F5, F7, F8), with phrases written for these tests, not the probe's own. Expected values
come from what each text means to a reader of its language and from the rules:

- F1: work to or past midnight, "overnight" work, dusk till dawn, guarding at night are
  night work (ILO night work for young persons: 22:00 to 06:00); "no night shifts" and
  "we close at 10pm" are not.
- F5: sleeping at the shop or staying at the employer's residence is live-in work; a
  factory dormitory or board and lodging provided is not (the vocabulary README's
  decision).
- F7: carrying sacks or heavy loads said in the text is heavy lifting, kept from survivors
  who ruled it out; "heavy-duty gloves" and "no heavy lifting" are not.
- F3: rubber tapping, oil palm, sugarcane, coffee and tea picking, banana plantations are
  agriculture, kept from survivors who avoid it.
- F8: hostess work said as drinking with customers, singing rooms, bathhouses is nightlife.
- F2: slaughterhouses, casinos, selling or serving alcohol, hazardous chemicals, work at
  height, dangerous machinery (forklifts too) and brick kilns are closed to minors (ILO
  C182 art. 3(d), R190 para. 3, Thai LPA s. 49); courses there from 16; "chemistry
  teacher course", "bar chart", "alcohol-free café" close nothing.
"""

from __future__ import annotations

import functools

import pytest

from matching.adapters.vocabulary_files import load_vocabulary
from matching.domain.errors import NotAllowedNow
from matching.domain.opportunity import with_conditions_said
from matching.domain.rules import CLOSED_TO_MINORS
from matching.domain.values import OpportunityKind, ReadinessStage, SurvivorCondition, Workplace
from matching.domain.vocabulary import Vocabulary
from matching.domain.vocabulary.vocabulary import READING_RULES, WORKPLACE_CONDITIONS
from matching.service_layer import commands
from matching.service_layer.handlers import handle
from tests.unit.matching.strategies import ready_survivor
from tests.unit.matching.test_handlers import OFFICER, _details, _ready_survivor
from tests.unit.matching.test_minors_never_offered_hazardous_work import minor, offered, posted
from tests.unit.matching.test_night_and_live_in_said_in_the_text import _post, _with_vocabulary


@functools.cache
def vocabulary() -> Vocabulary:
    return load_vocabulary()


def said(text: str) -> frozenset[str]:
    return vocabulary().workplace_conditions_in(text)


# --- F1: night work -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Cashier, shift ends at midnight",
        "Bakery helper: start at midnight, finish at seven",
        "Overnight stock replenishment in the supermarket",
        "Overnight cleaning crew for office towers",
        "Security guard, dusk to dawn",
        "Guard the warehouse at night, five nights a week",
        "Night watchman for a construction yard",
        "พนักงานร้านสะดวกซื้อ เลิกงานเที่ยงคืน",
        "แม่บ้านทำความสะอาดห้าง ช่วงกลางคืน",
        "ยามเฝ้าโกดัง ตั้งแต่ค่ำจนถึงเช้า",
        "Phụ bếp, làm đến nửa đêm",
        "Bảo vệ kho hàng, trực qua đêm",
        "Nhân viên dọn dẹp ban đêm ở siêu thị",
        "Tindera, sarado ng hatinggabi",
        "Guwardiya sa gabi sa bodega",
        "Taga-linis, buong gabi ang duty",
        "អ្នកលក់ ធ្វើការដល់អធ្រាត្រ",
        "សន្តិសុខ យាមយប់ នៅឃ្លាំង",
        "ဆိုင်ဝန်ထမ်း သန်းခေါင်အထိ",
        "ဂိုဒေါင် ညကင်းစောင့်",
        "便利店店员，工作至午夜",
        "仓库保安，半夜上班",
        "超市理货员，凌晨上班",
        "夜間清潔工",
    ],
)
def test_night_work_said_in_other_words_is_night_work(text: str) -> None:
    assert "night_shifts" in said(text)


@pytest.mark.parametrize(
    ("night", "not_night"),
    [
        ("Overnight shelf stacking", "No night shifts, day work only"),
        ("We close at midnight", "We close at 10pm"),
        ("Office cleaner, cleaning at night", "Office cleaner, never at night"),
        ("ทำงานตอนกลางคืน ถึงเที่ยงคืน", "ไม่ต้องทำงานตอนกลางคืน เลิกงานหกโมงเย็น"),
        ("Làm ban đêm", "Không phải làm ban đêm"),
        ("Pasok hanggang hatinggabi", "Walang pasok sa gabi"),
        ("夜间工作到午夜", "不在夜间工作"),
    ],
)
def test_what_says_no_night_work_is_no_night_work(night: str, not_night: str) -> None:
    """Each guard beside a wording of the same kind that is night work."""
    assert "night_shifts" in said(night)
    assert "night_shifts" not in said(not_night)


# --- F5: live-in ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Helper, room and board at the employer's residence",
        "Shop assistant, you will sleep in the store",
        "Farm helper, live at the owner's house",
        "พนักงานร้านอาหาร กินนอนที่ร้าน",
        "ลูกจ้างร้านโชห่วย นอนเฝ้าร้าน",
        "Phụ quán cơm, ngủ lại quán",
        "Nhân viên tiệm tạp hóa, ở lại tiệm",
        "Tindera, titira sa bahay ng may-ari",
        "Helper, matutulog sa tindahan",
        "អ្នកលក់ គេងនៅហាង",
        "ស្នាក់នៅផ្ទះថៅកែ",
        "ဆိုင်အကူ ဆိုင်မှာအိပ်ရမည်",
        "饭店帮工，住在店里",
        "保姆，住老板家",
    ],
)
def test_live_in_work_said_in_other_words_is_live_in(text: str) -> None:
    assert "live_in" in said(text)


@pytest.mark.parametrize(
    ("live_in", "not_live_in"),
    [
        ("Shop helper, sleep at the shop", "Factory worker, dormitory provided"),
        ("Lodging at the employer's house", "Board and lodging provided near the factory"),
        ("Phải ngủ lại tiệm", "Không phải ngủ lại tiệm"),
        ("ต้องนอนที่ร้าน", "ไม่ต้องนอนที่ร้าน กลับบ้านได้"),
        ("住在店里", "包吃住，工厂宿舍"),
        ("Ở lại chỗ làm", "Bao ăn ở, ký túc xá công nhân"),
    ],
)
def test_lodging_or_a_dormitory_is_no_live_in(live_in: str, not_live_in: str) -> None:
    """Each guard beside a wording of the same kind that is live-in work."""
    assert "live_in" in said(live_in)
    assert "live_in" not in said(not_live_in)


# --- F7: heavy lifting ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Warehouse helper: lift boxes up to 30 kg",
        "Unload trucks at the rice mill",
        "Heavy lifting every day",
        "Must be able to carry cement bags",
        "คนงานโกดัง ยกของหนัก",
        "จับกังท่าเรือ แบกกระสอบน้ำตาล",
        "Công nhân bốc xếp ở chợ đầu mối",
        "Phụ kho, khiêng vật nặng",
        "Kargador sa pier",
        "Helper, magbubuhat ng sako ng bigas",
        "កម្មករ លីបាវអង្ករ",
        "ဆန်အိတ်ထမ်း အလုပ်သမား",
        "装卸工，货车卸货",
        "仓库扛包",
    ],
)
def test_heavy_loads_said_in_the_text_are_heavy_lifting(text: str) -> None:
    assert "heavy_lifting" in said(text)


@pytest.mark.parametrize(
    ("heavy", "not_heavy"),
    [
        ("Heavy loads, gloves provided", "Heavy-duty gloves provided"),
        ("Lifting heavy parts", "No heavy lifting, light assembly"),
        ("ต้องยกของหนัก", "ไม่ต้องยกของหนัก"),
        ("Phải khuân vác", "Không phải khuân vác"),
        ("需要搬运重物", "不用搬运重物"),
    ],
)
def test_what_says_no_heavy_loads_is_no_heavy_lifting(heavy: str, not_heavy: str) -> None:
    """Each guard beside a wording of the same kind that is heavy lifting."""
    assert "heavy_lifting" in said(heavy)
    assert "heavy_lifting" not in said(not_heavy)


def test_heavy_lifting_is_a_condition_a_text_can_set_and_stored_jobs_are_read_again() -> None:
    assert "heavy_lifting" in WORKPLACE_CONDITIONS
    assert READING_RULES >= 4
    details = _details(workplace=Workplace(women_only=True))
    read = with_conditions_said(details, frozenset({"heavy_lifting"}))
    assert read.workplace == Workplace(women_only=True, heavy_lifting=True)


def test_no_one_who_ruled_out_heavy_lifting_is_proposed_it_said_only_in_the_text() -> None:
    ports = _with_vocabulary()
    job = _post(ports, "Market helper", "Carry 40 kg sacks of onions from the lorries")
    stored = ports.opportunities.get(job.opportunity_id)
    assert stored is not None
    assert stored.details.workplace.heavy_lifting
    survivor = _ready_survivor(
        ports,
        ReadinessStage.EMPLOYMENT_READY,
        conditions=frozenset({SurvivorCondition.NO_HEAVY_LIFTING}),
    )
    with pytest.raises(NotAllowedNow, match="condition_not_met"):
        handle(
            commands.ProposeMatch(
                caller=OFFICER, survivor_id=survivor.survivor_id, opportunity_id=job.opportunity_id
            ),
            ports,
        )


def test_midnight_work_said_in_the_text_reaches_neither_a_minor_nor_who_ruled_it_out() -> None:
    job = posted(
        "opp_midnight",
        title="Convenience store clerk",
        description="Shift from 6pm to midnight",
        sector="retail_sales",
    )
    job.details = with_conditions_said(job.details, said(job.details.description))
    no_nights = ready_survivor(conditions=frozenset({SurvivorCondition.NO_NIGHT_SHIFTS}))
    assert offered(minor(17), job) == set()
    assert offered(no_nights, job) == set()
    assert offered(ready_survivor(), job) == {"opp_midnight"}


# --- F3: plantations are agriculture ---------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Rubber tapping on a smallholding, start at dawn",
        "Workers for sugarcane cutting season",
        "รับคนกรีดยาง แบ่งครึ่ง",
        "คนงานตัดอ้อย ไร่อ้อยกาญจนบุรี",
        "Tuyển người cạo mủ cao su",
        "Công nhân hái chè ở đồi chè",
        "Sakada para sa tubuhan",
        "Tagaani sa saginghan",
        "កម្មករចិតកៅស៊ូ",
        "កម្មករកាប់អំពៅ",
        "ရော်ဘာစေးခြစ်သမား",
        "လက်ဖက်ခူး အလုပ်သမား",
        "招聘割胶工",
        "甘蔗园砍甘蔗工人",
    ],
)
def test_plantation_work_is_agriculture(text: str) -> None:
    assert "agriculture" in vocabulary().sectors_in(text)


def test_who_avoids_agriculture_is_not_offered_a_plantation_job_under_another_sector() -> None:
    job = posted(
        "opp_palm",
        title="เก็บผลปาล์ม",  # harvesting oil palm fruit
        description="สวนปาล์มชุมพร",
        sector="logistics_warehouse",
    )
    avoiding = ready_survivor(sectors_to_avoid=frozenset({"agriculture"}))
    assert offered(avoiding, job) == set()
    assert offered(ready_survivor(), job) == {"opp_palm"}


# --- F8: nightlife said as drinking with customers -------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Waitress, keep guests company and drink with customers",
        "ladies drink commission",
        "รับน้องๆ นั่งดื่มกับลูกค้า",
        "อาบอบนวด รับสมัครพนักงาน",
        "Tuyển nhân viên phòng hát",
        "Nữ tiếp viên, uống với khách",
        "Uminom kasama ng customer",
        "អ្នកកំដរភ្ញៀវ",
        "ဧည့်သည်နဲ့အတူသောက်ရမည်",
        "招聘陪喝小姐",
    ],
)
def test_hostess_work_said_as_drinking_with_customers_is_nightlife(text: str) -> None:
    assert "nightlife_venues" in vocabulary().concepts_in(text)


def test_a_thai_soapland_is_nightlife_and_massage_alike() -> None:
    assert {"nightlife_venues", "massage"} <= vocabulary().concepts_in("อาบอบนวดย่านรัชดา")


def test_who_avoids_nightlife_is_not_offered_a_singing_room_job_nor_is_a_minor() -> None:
    job = posted(
        "opp_singing",
        title="Nhân viên phục vụ",
        description="Quán có phòng hát, tiếp khách uống cùng khách",
        sector="hospitality",
    )
    avoiding = ready_survivor(sectors_to_avoid=frozenset({"nightlife_venues"}))
    assert offered(avoiding, job) == set()
    assert offered(minor(16), job) == set()
    assert offered(ready_survivor(), job) == {"opp_singing"}


# --- F2: work hazardous for children by its nature ---------------------------------------------

NEW_CLOSED = {
    "slaughtering",
    "gambling",
    "alcohol_sales",
    "hazardous_chemicals",
    "work_at_height",
    "dangerous_machinery",
    "brick_kilns",
}


def test_the_hazardous_sectors_are_closed_to_minors_and_the_rules_copy_agrees() -> None:
    closed = vocabulary().hazardous_for_minors
    assert closed >= NEW_CLOSED
    assert "forklift_operation" in closed  # within dangerous machinery
    assert closed == CLOSED_TO_MINORS
    for concept_id in NEW_CLOSED:
        assert vocabulary().get(concept_id).kind.value == "sector"
        for language in vocabulary().languages:
            assert vocabulary().label(concept_id, language)


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("Meat cutter at the abattoir", "slaughtering"),
        ("คนงานโรงเชือดไก่", "slaughtering"),
        ("Công nhân lò mổ heo", "slaughtering"),
        ("Tagakatay sa katayan ng baboy", "slaughtering"),
        ("កម្មករឃាតកដ្ឋាន", "slaughtering"),
        ("သားသတ်ရုံ အလုပ်သမား", "slaughtering"),
        ("屠宰场工人", "slaughtering"),
        ("Baccarat dealer in a hotel", "gambling"),
        ("ดีลเลอร์คาสิโน ปอยเปต", "gambling"),
        ("Nhân viên chia bài sòng bạc", "gambling"),
        ("Dealer sa casino sa Pasay", "gambling"),
        ("កាស៊ីណូ បាវិត", "gambling"),
        ("ကာစီနို ဝန်ထမ်း", "gambling"),
        ("澳门赌场发牌员", "gambling"),
        ("Cashier at a liquor store", "alcohol_sales"),
        ("Pour spirits for customers", "alcohol_sales"),
        ("พนักงานขายเหล้าในห้าง", "alcohol_sales"),
        ("Nhân viên bán rượu", "alcohol_sales"),
        ("Magbenta ng alak sa tindahan", "alcohol_sales"),
        ("ហាងលក់ស្រា", "alcohol_sales"),
        ("အရက်ရောင်း ဝန်ထမ်း", "alcohol_sales"),
        ("烟酒店店员", "alcohol_sales"),
        ("Electroplating line, mixing chemicals", "hazardous_chemicals"),
        ("คนงานชุบโลหะ", "hazardous_chemicals"),
        ("Công nhân xi mạ", "hazardous_chemicals"),
        ("Trabaho sa pabrika ng kemikal", "hazardous_chemicals"),
        ("រោងចក្រគីមី", "hazardous_chemicals"),
        ("အက်ဆစ် ကိုင်တွယ်ရ", "hazardous_chemicals"),
        ("电镀厂工人", "hazardous_chemicals"),
        ("Window cleaner, rope access on towers", "work_at_height"),
        ("ช่างเช็ดกระจกอาคารสูง", "work_at_height"),
        ("Công nhân làm việc trên cao", "work_at_height"),
        ("Trabaho sa mataas na lugar", "work_at_height"),
        ("ការងារនៅទីខ្ពស់", "work_at_height"),
        ("ငြမ်းပေါ်မှာ အလုပ်", "work_at_height"),
        ("外墙清洁 吊船", "work_at_height"),
        ("Sawmill helper", "dangerous_machinery"),
        ("Tower crane operator", "dangerous_machinery"),
        ("คนงานโรงเลื่อย", "dangerous_machinery"),
        ("Thợ cưa máy", "dangerous_machinery"),
        ("Chainsaw operator sa lagarian", "dangerous_machinery"),
        ("រោងអារឈើ", "dangerous_machinery"),
        ("သစ်စက် အလုပ်သမား", "dangerous_machinery"),
        ("冲床操作工", "dangerous_machinery"),
        ("Brickworks labourer", "brick_kilns"),
        ("คนงานเผาอิฐ", "brick_kilns"),
        ("Công nhân lò gạch", "brick_kilns"),
        ("Trabahador sa tisahan", "brick_kilns"),
        ("កម្មករឡឥដ្ឋ", "brick_kilns"),
        ("အုတ်ဖို အလုပ်သမား", "brick_kilns"),
        ("砖窑工人", "brick_kilns"),
    ],
)
def test_hazardous_work_is_named_and_no_minor_is_offered_it(text: str, concept: str) -> None:
    assert concept in vocabulary().concepts_in(text)
    job = posted("opp_hazard", title=text, sector="retail_sales", minimum_age=15)
    assert offered(minor(16), job) == set()
    assert offered(ready_survivor(), job) == {"opp_hazard"}


def test_a_forklift_job_is_closed_to_minors_and_a_forklift_course_opens_at_sixteen() -> None:
    job = posted("opp_forklift", title="Forklift driver", sector="logistics_warehouse")
    course = posted(
        "opp_forklift_course",
        title="Forklift licence course",
        sector="logistics_warehouse",
        kind=OpportunityKind.TRAINING,
    )
    assert offered(minor(17), job) == set()
    assert offered(minor(16), course) == {"opp_forklift_course"}
    assert offered(minor(15), course) == set()


@pytest.mark.parametrize(
    ("hazardous", "harmless"),
    [
        ("Mix toxic chemicals in the plating shop", "Chemistry teacher course"),
        ("Casino cashier", "Make a bar chart of the weekly sales"),
        ("Sell alcohol at the liquor shop", "Barista at an alcohol-free café"),
        ("Serve alcohol to guests", "Waiter in a family restaurant, serve food and drinks"),
        ("Brick kiln worker", "Pottery course: shape and fire clay in a kiln"),
        ("High-rise window cleaner", "Window cleaning in offices"),
        ("Cashier at a betting shop", "Cashier at a grocery store"),
        ("Nhân viên bán bia", "Nhân viên phục vụ nhà hàng"),
        ("พนักงานเสิร์ฟเหล้า", "พนักงานร้านกาแฟ"),
        ("赌场服务员", "餐厅服务员"),
    ],
)
def test_harmless_words_close_nothing_to_minors(hazardous: str, harmless: str) -> None:
    """Each guard beside a wording of the same kind that names hazardous work."""
    hazard = posted("opp_hazardous", title=hazardous, sector="food_service", minimum_age=15)
    job = posted("opp_harmless", title=harmless, sector="food_service", minimum_age=15)
    assert vocabulary().concepts_in(hazardous) & CLOSED_TO_MINORS
    assert not vocabulary().concepts_in(harmless) & CLOSED_TO_MINORS
    assert offered(minor(16), hazard, job) == {"opp_harmless"}
