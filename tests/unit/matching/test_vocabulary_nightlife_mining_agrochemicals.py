"""Bars and karaoke, mining and quarrying, and spraying farm chemicals are sectors of their
own, read from a job's words in every language and closed to minors (safety probe: a
15-year-old was offered a "Pesticide sprayer" and a "Karaoke hostess" job posted under
another sector with the night-shift box unticked).

Expected values come from the vocabulary's rule as stated in its README: the three sectors
are flagged ``hazardous_for_minors``; bars and karaoke lie within hospitality (whoever
avoids hospitality avoids them), mining and farm chemicals lie within nothing; no one under
18 is offered a job whose detected sectors or concepts lie in a flagged subtree, whatever
its declared sector and ticked boxes; adults are.
"""

from __future__ import annotations

import pytest

from matching.domain.opportunity import Opportunity
from matching.domain.rules import CLOSED_TO_MINORS, Violation, violations
from tests.unit.matching.shipped import shipped
from tests.unit.matching.strategies import ready_survivor

# Posted as the service posts it, the employer ticking nothing (no night shifts, not
# hazardous, minimum age 15); offered by the index without a relevance floor.
from tests.unit.matching.test_minors_never_offered_hazardous_work import offered, posted

NEW_SECTORS = ("nightlife_venues", "mining_quarrying", "agrochemical_work")

# Job titles and descriptions as adverts and people write them, in the seven languages.
NIGHTLIFE = [
    ("en", "Karaoke hostess", "Greet guests and keep them company"),
    ("en", "Bartender", "Busy sports bar in Makati"),
    ("en", "Beer promotion girl", "Promote our brand in beer gardens"),
    ("th", "รับสมัครเด็กเชียร์เบียร์", ""),
    ("th", "พนักงานเสิร์ฟ ผับย่านทองหล่อ", ""),
    ("th", "รับพนักงานร้านคาราโอเกะ", ""),
    ("vi", "Tuyển nhân viên quán karaoke", ""),
    ("vi", "Tuyển tiếp viên quán nhậu", "Làm ca tối"),
    ("vi", "Nhân viên phục vụ quán bar", ""),
    ("tl", "GRO sa KTV bar", ""),
    ("tl", "Waitress sa beerhouse", ""),
    ("tl", "Bartender sa resto bar", ""),
    ("km", "ត្រូវការស្រីលក់ស្រាបៀរ", ""),
    ("km", "បុគ្គលិកក្លឹបរាត្រី", ""),
    ("km", "ត្រូវការបុគ្គលិកខារ៉ាអូខេ", ""),
    ("my", "ကာရာအိုကေ ဝန်ထမ်း", ""),
    ("my", "ညကလပ် ဝန်ထမ်းခေါ်သည်", ""),
    ("my", "ဘီယာဆိုင် စားပွဲထိုး", ""),
    ("zh", "KTV招聘服务员", ""),
    ("zh", "夜总会诚聘公关", ""),
    ("zh", "酒吧招调酒师", ""),
    ("zh", "卡拉OK夜場請女侍應", ""),
]

MINING = [
    ("en", "Gold mine worker", "Small-scale mining, underground shafts"),
    ("en", "Stone quarry labourer", ""),
    ("en", "Sand dredging crew", ""),
    ("th", "รับคนงานเหมืองแร่", ""),
    ("th", "คนงานโรงโม่หิน", ""),
    ("th", "ลูกจ้างเรือดูดทราย", ""),
    ("vi", "Tuyển thợ mỏ than", ""),
    ("vi", "Công nhân khai thác đá", ""),
    ("vi", "Đãi vàng ở suối", ""),
    ("tl", "Trabaho sa minahan ng ginto", ""),
    ("tl", "Tibagan ng bato, naghahanap ng trabahador", ""),
    ("km", "ត្រូវការកម្មករអណ្តូងរ៉ែមាស", ""),
    ("km", "កម្មករបូមខ្សាច់", ""),
    ("km", "ជីកត្បូងនៅប៉ៃលិន", ""),
    ("my", "ကျောက်စိမ်းတွင်း အလုပ်သမား", ""),
    ("my", "ရွှေတွင်း လုပ်သား", ""),
    ("my", "သတ္တုတွင်း အလုပ်", ""),
    ("zh", "煤矿招工", ""),
    ("zh", "采石场工人", ""),
    ("zh", "採砂船船員", ""),
]

AGROCHEMICALS = [
    ("en", "Pesticide sprayer", ""),
    ("en", "Farm hand", "Spraying herbicide on the plantation"),
    ("en", "Fumigation technician", ""),
    ("th", "รับคนพ่นยาฆ่าแมลงในสวนทุเรียน", ""),
    ("th", "คนงานฉีดยาฆ่าหญ้า", ""),
    ("vi", "Tuyển người phun thuốc trừ sâu", ""),
    ("vi", "Công nhân phun thuốc bảo vệ thực vật", ""),
    ("tl", "Taga-spray ng pestisidyo sa bukid", ""),
    ("tl", "Pest control technician", ""),
    ("km", "ត្រូវការកម្មករបាញ់ថ្នាំសម្លាប់សត្វល្អិត", ""),
    ("km", "បាញ់ថ្នាំចម្ការ", ""),
    ("my", "ပိုးသတ်ဆေးဖြန်း အလုပ်သမား", ""),
    ("my", "ပေါင်းသတ်ဆေး ဖြန်းသူ", ""),
    ("zh", "喷洒农药工人", ""),
    ("zh", "果园打农药", ""),
    ("zh", "除草劑噴灑", ""),
]

CASES = [
    *[("nightlife_venues", *case) for case in NIGHTLIFE],
    *[("mining_quarrying", *case) for case in MINING],
    *[("agrochemical_work", *case) for case in AGROCHEMICALS],
]


def test_every_new_sector_has_a_label_and_terms_in_every_language_and_is_flagged() -> None:
    vocabulary = shipped()
    for sector in NEW_SECTORS:
        concept = vocabulary.get(sector)
        assert concept.hazardous_for_minors
        assert set(concept.terms) == set(vocabulary.languages)
        assert set(concept.labels) >= set(vocabulary.languages) - {"en"}
    assert set(NEW_SECTORS) <= CLOSED_TO_MINORS


def test_bars_lie_within_hospitality_mining_and_farm_chemicals_within_nothing() -> None:
    vocabulary = shipped()

    assert "nightlife_venues" in vocabulary.subtree("hospitality")
    assert vocabulary.get("mining_quarrying").broader == ()
    assert vocabulary.get("agrochemical_work").broader == ()
    assert "agrochemical_work" in vocabulary.related("agriculture")
    # Hotels stay hospitality; hospitality itself is not closed to minors.
    assert "hospitality" not in vocabulary.hazardous_for_minors
    assert "agriculture" not in vocabulary.hazardous_for_minors


@pytest.mark.parametrize(("sector", "language", "title", "description"), CASES)
def test_each_new_sector_is_read_from_a_job_in_every_language(
    sector: str, language: str, title: str, description: str
) -> None:
    assert sector in shipped().sectors_in(f"{title}\n{description}")


@pytest.mark.parametrize(
    "text",
    [
        "Hotel front desk receptionist",
        "Housekeeping attendant, 5-star resort",
        "โรงแรมรับพนักงานต้อนรับ",
        "Tuyển nhân viên khách sạn",
        "酒店前台接待",
    ],
)
def test_hotels_are_hospitality_and_no_bar(text: str) -> None:
    found = shipped().sectors_in(text)

    assert "hospitality" in found
    assert "nightlife_venues" not in found


@pytest.mark.parametrize(
    "text",
    [
        # bars that are no bar
        "Scan the bar code on each box",
        "Use a crowbar to open the crates",
        "Restock the mini bar in each room",
        "Nail bar technician",
        "Snack bar and canteen cook",
        "Studying for the bar exam",
        "He was barred from the building",
        "Flight attendant, air hostess",
        "I like singing with friends",
        "ติดบาร์โค้ดสินค้า",
        "ปาร์ตี้บาร์บีคิว",
        "Nhân viên quầy bar quán cà phê",
        "咖啡吧台",
        "sports club attendant",
        "ဘားအံမြို့တွင် အလုပ်",
        "ប្រទេសបារាំង",
        # mines that are no mine
        "The choice is mine",
        "Data mining analyst",
        "Quarry tiles installation",
        "Mine clearance awareness",
        "ซ่อมเหมืองฝาย",
        "ทำเหมือนเดิม",
        "Dùng mỏ hàn để sửa điện thoại",
        "ទឹករ៉ែ",
        "ကျောက်စိမ်းလက်ကောက် ရောင်း",
        "矿泉水",
        "比特币挖矿",
        # farm work without chemicals, and spray paint
        "We grow organic vegetables without pesticides",
        "不打农药的有机蔬菜",
        "walang pestisidyo ang gulay namin",
        "ជាងបាញ់ថ្នាំ",
        "Rice farming in Battambang",
    ],
)
def test_look_alikes_are_not_read_as_the_new_sectors(text: str) -> None:
    assert not shipped().sectors_in(text) & set(NEW_SECTORS)


# -- the probe: a minor is never offered them, an adult is ---------------------------------


PESTICIDE_SPRAYER = posted(
    "opp_sprayer",
    title="Pesticide sprayer",
    description="Day work on a vegetable farm",
    sector="agriculture",
)
KARAOKE_HOSTESS = posted(
    "opp_karaoke",
    title="Karaoke hostess",
    description="Greet guests, serve drinks",
    sector="food_service",
)
GOLD_MINE = posted(
    "opp_gold_mine",
    title="Helper",
    description="Helper at a small-scale gold mine",
    sector="logistics_warehouse",
)
VEGETABLE_FARM = posted(
    "opp_farm",
    title="Farm worker",
    description="Harvest and pack vegetables, day shift",
    sector="agriculture",
)
PROBE = [PESTICIDE_SPRAYER, KARAOKE_HOSTESS, GOLD_MINE]


@pytest.mark.parametrize("age", [15, 17])
@pytest.mark.parametrize("job", PROBE, ids=lambda o: o.opportunity_id)
def test_a_minor_is_never_offered_the_probes_jobs(job: Opportunity, age: int) -> None:
    survivor = ready_survivor(age_band="14-17", minor=True, age_years=age)

    assert Violation.HAZARDOUS_FOR_MINOR in violations(survivor, job)
    assert offered(survivor, job, VEGETABLE_FARM) == {"opp_farm"}


def test_an_adult_is_offered_the_same_jobs() -> None:
    adult = ready_survivor()

    assert all(violations(adult, job) == [] for job in [*PROBE, VEGETABLE_FARM])
    assert offered(adult, *PROBE, VEGETABLE_FARM) == {
        job.opportunity_id for job in [*PROBE, VEGETABLE_FARM]
    }


def test_whoever_avoids_hospitality_is_not_offered_a_karaoke_job() -> None:
    avoiding = ready_survivor(sectors_to_avoid=frozenset({"hospitality"}))

    assert offered(avoiding, KARAOKE_HOSTESS, VEGETABLE_FARM) == {"opp_farm"}
