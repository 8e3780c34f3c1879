"""Work abroad said only in a job's text (safety probe, session 25, F4): "Work in Malaysia!
We arrange passport, visa and travel", posted from Bangkok, reached survivors not open to
work across a border. Recruitment abroad is a trafficking route, so such work is offered
only to those who chose to be open to it, never to a minor (``rules.within_reach``).

Phrases written for these tests, in seven languages. Expected values come from what each
text means to a reader of its language: a country named as where the work is, other than
where the job is located (Thailand here), or work abroad said outright, is work abroad; a
country named otherwise ("guests from China", a Japanese restaurant, goods shipped to
China, a Visa card) or the job's own country is not.
"""

from __future__ import annotations

import pytest

from matching.adapters.gazetteer import country_names
from matching.domain.errors import NotAllowedNow
from matching.domain.opportunity import with_conditions_said
from matching.domain.values import Place, ReadinessStage, Workplace
from matching.domain.vocabulary.vocabulary import READING_RULES, WORKPLACE_CONDITIONS
from matching.service_layer import commands
from matching.service_layer.handlers import handle
from tests.unit.matching.shipped import shipped
from tests.unit.matching.strategies import PLACES, ready_survivor
from tests.unit.matching.test_handlers import OFFICER, _details, _ready_survivor
from tests.unit.matching.test_minors_never_offered_hazardous_work import minor, offered, posted
from tests.unit.matching.test_night_and_live_in_said_in_the_text import _post, _with_vocabulary

KUALA_LUMPUR = Place("MY", "Kuala Lumpur", 3.139, 101.6869)


def abroad_from_bangkok(text: str) -> bool:
    """Whether `text`, as the description of a job located in Bangkok, says its work is
    abroad."""
    details = _details(description=text, location=PLACES[1])
    read = with_conditions_said(details, shipped().workplace_conditions_in(text))
    return read.workplace.abroad


@pytest.mark.parametrize(
    "text",
    [
        "Packing staff needed. Work in Malaysia, salary paid in dollars",
        "Caregivers for elderly homes, jobs in Japan; we arrange your visa",
        "Waitresses wanted for jobs abroad, apply this week",
        "Poultry farm workers in Saudi Arabia, free air ticket",
        "รับสมัครแม่บ้าน ไปทำงานที่ไต้หวัน",
        "พนักงานโรงงาน ทำงานที่ประเทศเกาหลีใต้ รายได้ดี",
        "งานต่างประเทศ เงินเดือนสูง รับด่วน",
        "Tuyển lao động đi Đài Loan, lương cao",
        "Xuất khẩu lao động ngành thực phẩm, cần gấp",
        "Làm việc tại Malaysia, bao vé máy bay",
        "Hiring domestic helpers, trabaho sa Kuwait",
        "Mag-abroad na! Factory workers, walang placement fee",
        "ជ្រើសរើសកម្មករ ធ្វើការនៅកូរ៉េ",
        "ការងារនៅក្រៅប្រទេស ប្រាក់ខែខ្ពស់",
        "ဂျပန်နိုင်ငံမှာ အလုပ်လုပ်ရန် လူလိုသည်",
        "ပြည်ပအလုပ်အကိုင် အခွင့်အလမ်း",
        "招聘護理員，去新加坡工作",
        "海外工作機會，包機票",
    ],
)
def test_work_abroad_said_in_the_text_is_work_abroad(text: str) -> None:
    assert abroad_from_bangkok(text)


@pytest.mark.parametrize(
    "text",
    [
        "Hotel receptionist in Bangkok, for guests from China and Korea",
        "Cook for our Japanese restaurant in Silom",
        "Cashier; we accept Visa and Mastercard",
        "Warehouse clerk for a rice exporter shipping to China",
        "ร้านอาหารญี่ปุ่น รับพนักงานเสิร์ฟ ทำงานที่กรุงเทพ",
        "Nhân viên kho, giao hàng đi Trung Quốc",
        "Trabaho sa Bangkok, tindera sa palengke",
        "ភោជនីយដ្ឋានជប៉ុន ត្រូវការអ្នករត់តុ",
        "日本餐廳招聘樓面",
        "This is not an overseas job: work in Bangkok only",
    ],
)
def test_a_country_named_otherwise_or_the_jobs_own_is_no_work_abroad(text: str) -> None:
    assert not abroad_from_bangkok(text)


def test_the_country_the_job_is_located_in_is_no_abroad() -> None:
    """Named as where the work is, the job's own country says nothing new: the border rule
    already reads the location."""
    text = "Factory workers in Malaysia"
    details = _details(description=text, location=KUALA_LUMPUR)
    read = with_conditions_said(details, shipped().workplace_conditions_in(text))
    assert not read.workplace.abroad


def test_a_remote_job_that_names_a_country_to_work_in_is_abroad() -> None:
    text = "Remote at first, then work in Dubai"
    details = _details(description=text, location=None, remote=True)
    read = with_conditions_said(details, shipped().workplace_conditions_in(text))
    assert read.workplace.abroad


def test_work_abroad_is_a_condition_a_text_can_set_and_stored_jobs_are_read_again() -> None:
    assert "abroad" in WORKPLACE_CONDITIONS
    assert READING_RULES >= 5
    read = with_conditions_said(_details(workplace=Workplace(night_shifts=True)), frozenset())
    assert not read.workplace.abroad  # never ticked, never assumed
    said = frozenset({"abroad"})
    read = with_conditions_said(_details(workplace=Workplace(night_shifts=True)), said)
    assert read.workplace == Workplace(night_shifts=True, abroad=True)


def test_work_abroad_said_in_the_text_is_offered_only_to_adults_open_to_it() -> None:
    job = posted(
        "opp_abroad",
        title="Factory packer",
        description="Work in Malaysia! We arrange passport, visa and travel",
        sector="manufacturing",
    )
    job.details = with_conditions_said(
        job.details, shipped().workplace_conditions_in(job.details.description)
    )
    assert offered(ready_survivor(), job) == set()
    assert offered(minor(17), job) == set()
    assert offered(ready_survivor(open_to_cross_border=True), job) == {"opp_abroad"}


def test_no_one_not_open_to_work_abroad_is_proposed_it_said_only_in_the_text() -> None:
    ports = _with_vocabulary()
    job = _post(ports, "Kitchen helper", "ทำงานที่ไต้หวัน สัญญา 3 ปี")
    stored = ports.opportunities.get(job.opportunity_id)
    assert stored is not None
    assert stored.details.workplace.abroad
    survivor = _ready_survivor(ports, ReadinessStage.EMPLOYMENT_READY)
    with pytest.raises(NotAllowedNow, match="out_of_reach"):
        handle(
            commands.ProposeMatch(
                caller=OFFICER, survivor_id=survivor.survivor_id, opportunity_id=job.opportunity_id
            ),
            ports,
        )


@pytest.mark.parametrize(
    ("language", "malaysia", "kuala_lumpur"),
    [
        ("en", "Malaysia", "Kuala Lumpur"),
        ("th", "มาเลเซีย", "กัวลาลัมเปอร์"),
        ("km", "ម៉ាឡេស៊ី", "កូឡាឡាំពួរ"),
        ("my", "မလေးရှား", "ကွာလာလမ်ပူ"),
        ("zh", "馬來西亞", "吉隆坡"),
    ],
)
def test_the_gazetteer_names_countries_and_their_cities_in_each_language(
    language: str, malaysia: str, kuala_lumpur: str
) -> None:
    names = country_names([language])[language]
    assert {malaysia, kuala_lumpur} <= set(names["MY"])
    assert "AQ" not in names  # Antarctica's stations are no place one is recruited to
