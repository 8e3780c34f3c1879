"""Job ads and course announcements: what the vocabulary reads in an opportunity's own text,
per language (``make eval`` companion).

``bench/eval_languages.py`` measures the survivor's side: phrases people say, ranked
against the demo's opportunities, whose texts are English. This measures the other side:
opportunities written the way employers and training providers post them in each
language, with their jargon, salary lines and requirements. For each ad, its title and
description are read as the matching service reads them when an opportunity is posted
(``title + "\\n" + description``):

- **work read**: the concepts the text mentions (``Vocabulary.concepts_in``). An expected
  concept is found when the text mentions it or one narrower (its subtree). ``found`` is the
  share of ads with at least one expected concept found; ``recall`` the share of expected
  concepts found.
- **conditions** (``Vocabulary.workplace_conditions_in``): night work, live-in work and
  heavy lifting, which close a job to minors and to survivors who ruled them out whatever
  boxes the poster ticked. Counted over every ad: said and read (hits), said and not read
  (misses: the unsafe error), read and not said (false alarms, among them the ads that say
  the opposite, "no night shifts").
- **abroad**: the country the text names as where the work is, other than the country the
  ad is posted in (``Vocabulary.countries_worked_in``), or work abroad said without naming
  the country ("free visa and air ticket"); exact when it is the country said, or none when
  none is said.
- **papers kept** (sets that label it): whether the ad says the employer keeps workers'
  identity documents, which the service refuses (``DOCUMENTS_WITHHELD``): read of said, and
  false alarms among the ads that mention documents in an ordinary way.
- **closed to minors**: whether the text alone (its conditions, or a job whose concepts lie
  in a sector closed to minors) closes the opportunity to a minor, against what its labels
  say: ``kept out`` counts the ads a minor must not get that the text closes (the declared
  sector and ticked boxes, which close them too, are left aside here).

Each set was written blind, by a writer given only the concept ids and their English
labels, and committed before its first run: those first figures, in ``BENCHMARKS.md``, are
the ones that count.

    .venv/bin/python bench/eval_job_ads.py
    .venv/bin/python bench/eval_job_ads.py --details --markdown out.md
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any, NotRequired, TypedDict

sys.path[:0] = [str(Path(__file__).resolve().parents[1] / p) for p in ("services", "protos")]

from matching.adapters.vocabulary_files import load_vocabulary  # noqa: E402
from matching.domain.values import WORK_IN  # noqa: E402
from matching.domain.vocabulary import Vocabulary  # noqa: E402

CONDITIONS = ("night_shifts", "live_in", "heavy_lifting")


class Ad(TypedDict):
    kind: str  # "job" or "course"
    title: str
    description: str
    concepts: set[str]  # what the work or the training is
    conditions: set[str]  # of CONDITIONS, as the text says
    abroad: str | None  # ISO 3166 code of the country of the work, when not the poster's
    #: Whether the ad says the employer keeps workers' identity documents (labelled from
    #: the fifth set on; a set without the label is not counted for it).
    documents_kept: NotRequired[bool]
    #: Whether the ad says a worker pays to get or keep the job (a fee, a deposit, a wage
    #: deduction, a loan to repay; labelled from the sixth set on).
    fee_charged: NotRequired[bool]


#: The countries each language's ads may be posted in: a country named as where the work
#: is counts as abroad when it is none of these (unless the ad is labelled abroad there).
HOME: Mapping[str, frozenset[str]] = {
    "en": frozenset({"TH", "PH", "KH", "VN", "MM", "HK", "SG", "MY"}),
    "th": frozenset({"TH"}),
    "vi": frozenset({"VN"}),
    "tl": frozenset({"PH", "HK"}),
    "km": frozenset({"KH"}),
    "my": frozenset({"MM", "TH"}),
    "zh": frozenset({"HK", "CN"}),
}

#: language -> the first set of ads, written blind in session 30 by a writer given only the
#: concept ids and their English labels (not the vocabulary's terms, its tests or the other
#: sets): twelve a language (eight jobs, four courses) as posted in its country, each with
#: about three night jobs (one said only through its hours), two live-in, two with heavy
#: loads, two that say the opposite of a condition, one or two for work abroad and one that
#: names a foreign country in another sense. Committed before its first run.
FIRST: dict[str, list[Ad]] = {
    "en": [
        {
            "kind": "job",
            "title": "URGENT HIRING: Security Guards (Night Shift)",
            "description": (
                "We are looking for licensed security guards for a condominium project. "
                "Night shift, 12 hours per shift, 6 days a week. Salary RM2,100 + OT, "
                "EPF/SOCSO provided. Must have a valid security licence and no criminal "
                "record."
            ),
            "concepts": {"security_services"},
            "conditions": {"night_shifts"},
            "abroad": None,
        },
        {
            "kind": "job",
            "title": "Domestic Helper for Singapore (Elderly Care) - Direct Hire",
            "description": (
                "Our licensed agency in Manila is hiring a live-in domestic helper to work "
                "in Singapore. Duties: take care of an elderly grandmother, cooking and "
                "household cleaning. Salary SGD 650/month, 1 rest day per week, own room in "
                "employer's flat. Must be 23-45 years old with at least 2 years experience."
            ),
            "concepts": {"domestic_care_work", "elder_care"},
            "conditions": {"live_in"},
            "abroad": "SG",
        },
        {
            "kind": "job",
            "title": "Warehouse Helper / Loader - Start Immediately",
            "description": (
                "Hiring general workers for our distribution centre. Job involves loading "
                "and unloading cartons and sacks of up to 25kg onto lorries. Working hours "
                "8am-5pm, Mon-Sat, daily pay available. Male, physically fit, no experience "
                "needed."
            ),
            "concepts": {"logistics_warehouse"},
            "conditions": {"heavy_lifting"},
            "abroad": None,
        },
        {
            "kind": "job",
            "title": "Barista - Japanese Cafe (Full Time)",
            "description": (
                "Our Japanese-style specialty cafe is hiring baristas for our new outlet. "
                "Experience with espresso machines and latte art is a plus, training "
                "provided. Day shift only, no night work - cafe closes at 7pm. Basic salary "
                "+ service charge + staff meals."
            ),
            "concepts": {"barista", "coffee"},
            "conditions": set(),
            "abroad": None,
        },
        {
            "kind": "job",
            "title": "Sewing Machine Operators (Female) - Garment Factory",
            "description": (
                "Export garment factory is hiring experienced single-needle and overlock "
                "operators. Piece rate plus attendance bonus, OT paid at 1.5x. Seated work, "
                "no heavy lifting required. Must be able to read simple size labels."
            ),
            "concepts": {"garment_manufacturing", "sewing_machine_operation"},
            "conditions": set(),
            "abroad": None,
        },
        {
            "kind": "job",
            "title": "Call Center Agents - Graveyard Shift (Voice / Non-Voice)",
            "description": (
                "BPO company hiring customer service representatives for a US account. "
                "Graveyard shift with night differential, HMO on day 1. Good English "
                "communication skills required, SHS graduates welcome. Fresh grads may apply!"
            ),
            "concepts": {"call_centre", "customer_service"},
            "conditions": {"night_shifts"},
            "abroad": None,
        },
        {
            "kind": "job",
            "title": "Bakery Production Crew",
            "description": (
                "Busy bakery needs production crew to mix dough, shape and bake bread for "
                "our branches. Working hours 10pm-6am, 6 days/week. Salary PHP 610/day plus "
                "free bread. Experience in baking is an advantage."
            ),
            "concepts": {"baking"},
            "conditions": {"night_shifts"},
            "abroad": None,
        },
        {
            "kind": "job",
            "title": "Farm Hand - Poultry Farm (Live-in)",
            "description": (
                "Wanted: farm hand for a layer poultry farm. Duties include feeding, "
                "cleaning cages, collecting eggs and carrying 50kg feed sacks. Free lodging "
                "provided, you will stay inside the farm compound. Salary RM1,700 plus meals."
            ),
            "concepts": {"agriculture", "livestock"},
            "conditions": {"heavy_lifting", "live_in"},
            "abroad": None,
        },
        {
            "kind": "course",
            "title": "FREE Basic Computer & MS Office Course (4 weeks)",
            "description": (
                "Learn to use a computer, type documents in MS Word, make simple "
                "spreadsheets in Excel and send emails. Classes on Saturdays, no prior "
                "knowledge needed. Certificate upon completion. Limited slots!"
            ),
            "concepts": {"basic_computer", "computers"},
            "conditions": set(),
            "abroad": None,
        },
        {
            "kind": "course",
            "title": "Caregiving NC II - TESDA Scholarship",
            "description": (
                "Free training for aspiring caregivers: elderly care, bathing and feeding, "
                "taking vital signs and basic first aid. Includes 2 weeks on-the-job "
                "training at a home for the aged. With free training allowance."
            ),
            "concepts": {"elder_care", "health_care_support"},
            "conditions": set(),
            "abroad": None,
        },
        {
            "kind": "course",
            "title": "Food Handler Certificate - Food Safety & Hygiene Training",
            "description": (
                "One-day course for kitchen staff, hawkers and food stall workers. Topics: "
                "personal hygiene, safe food storage and preventing cross-contamination. "
                "Certificate accepted by the local council."
            ),
            "concepts": {"food_hygiene"},
            "conditions": set(),
            "abroad": None,
        },
        {
            "kind": "course",
            "title": "Motorcycle Repair & Maintenance Short Course",
            "description": (
                "Hands-on 6-week course: engine tune-up, oil change, brakes, chain and "
                "electrical system of scooters and underbone motorcycles. Toolkit provided "
                "for graduates. Suitable for beginners aged 18-30."
            ),
            "concepts": {"engine_maintenance", "motorbike_repair"},
            "conditions": set(),
            "abroad": None,
        },
    ],
    "th": [
        {
            "kind": "job",
            "title": "รับสมัคร รปภ. หญิง ประจำอาคารสำนักงาน",
            "description": (
                "รับสมัครพนักงานรักษาความปลอดภัยหญิง อายุ 25-50 ปี ประจำอาคารสำนักงาน "
                "ทำงานกะเช้า 07.00-19.00 น. เท่านั้น ไม่มีกะดึก เงินเดือน 12,000 บาท + "
                "เบี้ยขยัน + ชุดฟรี มีประกันสังคม"
            ),
            "concepts": {"security_services"},
            "conditions": set(),
            "abroad": None,
        },
        {
            "kind": "job",
            "title": "ต้องการแม่บ้านกินนอน ดูแลผู้สูงอายุ",
            "description": (
                "ต้องการแม่บ้านอยู่ประจำ (กินนอน) ดูแลคุณยายอายุ 80 ปี ช่วยพยุงเดิน "
                "ป้อนอาหาร และทำความสะอาดบ้าน มีห้องพักส่วนตัวในบ้านให้ เงินเดือน 13,000 บาท "
                "หยุดเดือนละ 2 วัน ต้องใจเย็น รักผู้สูงอายุ"
            ),
            "concepts": {"domestic_care_work", "elder_care"},
            "conditions": {"live_in"},
            "abroad": None,
        },
        {
            "kind": "job",
            "title": "ด่วน!! รับพนักงานคลังสินค้า กะดึก",
            "description": (
                "รับสมัครพนักงานขึ้น-ลงสินค้า ประจำคลังสินค้า ทำงานกะกลางคืน 20.00-05.00 น. "
                "ต้องยกกล่องและกระสอบน้ำหนัก 20-30 กก. ได้ ค่าแรงรายวัน 400 บาท + OT จ่ายทุก "
                "15 วัน ไม่ต้องมีประสบการณ์ รับเฉพาะชาย"
            ),
            "concepts": {"logistics_warehouse"},
            "conditions": {"heavy_lifting", "night_shifts"},
            "abroad": None,
        },
        {
            "kind": "job",
            "title": "รับสมัครพนักงานเสิร์ฟ ร้านอาหารญี่ปุ่น",
            "description": (
                "ร้านอาหารญี่ปุ่นในห้างรับสมัครพนักงานเสิร์ฟ ประจำ/พาร์ทไทม์ ไม่มีที่พักให้ "
                "ต้องเดินทางไป-กลับเอง เงินเดือน 11,000 บาท + เซอร์วิสชาร์จ + อาหาร 2 มื้อ "
                "บุคลิกดี ยิ้มแย้ม สื่อสารภาษาไทยได้ดี"
            ),
            "concepts": {"food_service", "table_service"},
            "conditions": set(),
            "abroad": None,
        },
        {
            "kind": "job",
            "title": "รับสมัครหมอนวดแผนไทย มีที่พักให้",
            "description": (
                "ร้านนวดเพื่อสุขภาพรับสมัครหมอนวดแผนไทย นวดเท้า นวดน้ำมัน "
                "มีใบประกาศจะพิจารณาเป็นพิเศษ รายได้ค่ามือ + ทิป พนักงานพักที่ร้านได้ฟรี "
                "ไม่เสียค่าน้ำค่าไฟ"
            ),
            "concepts": {"beauty_wellness", "massage"},
            "conditions": {"live_in"},
            "abroad": None,
        },
        {
            "kind": "job",
            "title": "รับสมัครพนักงานฝ่ายผลิต โรงงานแปรรูปอาหารทะเล",
            "description": (
                "รับสมัครพนักงานฝ่ายผลิต แกะกุ้ง คัดปลา บรรจุหีบห่อ เวลาทำงาน 22.00-06.00 น. "
                "ค่าแรง 363 บาท/วัน + ค่ากะ + OT มีรถรับส่ง หยุดวันอาทิตย์ รับชาย-หญิง อายุ "
                "18-45 ปี"
            ),
            "concepts": {"food_processing"},
            "conditions": {"night_shifts"},
            "abroad": None,
        },
        {
            "kind": "job",
            "title": "รับสมัครคนงานไปทำงานไต้หวัน โรงงานผลิตชิ้นส่วนโลหะ",
            "description": (
                "รับสมัครคนงานไปทำงานประเทศไต้หวัน ส่งโดยกรมการจัดหางาน สัญญา 3 ปี ค่าจ้าง "
                "27,470 ดอลลาร์ไต้หวัน/เดือน + OT ลักษณะงานคุมเครื่องจักร ต้องยกชิ้นงานหนัก "
                "20-25 กก. ได้ตลอดวัน รับชายอายุ 20-39 ปี ร่างกายแข็งแรง"
            ),
            "concepts": {"machine_operation", "manufacturing"},
            "conditions": {"heavy_lifting"},
            "abroad": "TW",
        },
        {
            "kind": "job",
            "title": "7-Eleven รับสมัครพนักงานประจำร้าน กะดึก",
            "description": (
                "รับสมัครพนักงานประจำร้าน กะดึก หน้าที่คิดเงิน เติมสินค้า ดูแลลูกค้า วุฒิ "
                "ม.3 ขึ้นไป รายได้ 14,000-16,000 บาท รวมค่ากะดึก มีประกันสังคม โบนัสประจำปี"
            ),
            "concepts": {"cashier", "retail_sales"},
            "conditions": {"night_shifts"},
            "abroad": None,
        },
        {
            "kind": "course",
            "title": "อบรมฟรี! หลักสูตรช่างตัดผมชาย",
            "description": (
                "สถาบันพัฒนาฝีมือแรงงานเปิดอบรมหลักสูตรช่างตัดผมชาย 30 ชั่วโมง "
                "ฟรีไม่มีค่าใช้จ่าย เรียนตัดทรงรองทรง สกินเฮด การใช้ปัตตาเลี่ยน "
                "จบแล้วได้วุฒิบัตร รับจำนวนจำกัด 20 คน"
            ),
            "concepts": {"hairdressing"},
            "conditions": set(),
            "abroad": None,
        },
        {
            "kind": "course",
            "title": "เปิดคอร์สเรียนทำเบเกอรี่ เพื่อประกอบอาชีพ",
            "description": (
                "สอนทำขนมปัง เค้ก คุกกี้ พร้อมคิดต้นทุนเพื่อขายได้จริง เรียนเสาร์-อาทิตย์ 4 "
                "สัปดาห์ อุปกรณ์และวัตถุดิบครบ เหมาะสำหรับผู้ที่อยากเปิดร้านเล็กๆ ของตัวเอง"
            ),
            "concepts": {"baking", "own_business"},
            "conditions": set(),
            "abroad": None,
        },
        {
            "kind": "course",
            "title": "อบรมขายของออนไลน์ สร้างรายได้ผ่าน Shopee / TikTok",
            "description": (
                "หลักสูตรสอนถ่ายรูปสินค้าด้วยมือถือ เปิดร้านบน Shopee และ Lazada "
                "เขียนแคปชั่น และไลฟ์ขายของ ฟรีสำหรับกลุ่มสตรีและผู้ว่างงาน เรียน 3 วัน"
            ),
            "concepts": {"online_selling"},
            "conditions": set(),
            "abroad": None,
        },
        {
            "kind": "course",
            "title": "หลักสูตรช่างไฟฟ้าภายในอาคาร",
            "description": (
                "ฝึกอบรมการเดินสายไฟในบ้าน ติดตั้งเบรกเกอร์ ปลั๊ก สวิตช์ "
                "และความปลอดภัยในงานไฟฟ้า ระยะเวลา 60 ชั่วโมง ฟรีค่าอบรม มีเบี้ยเลี้ยง "
                "พร้อมสอบมาตรฐานฝีมือแรงงาน"
            ),
            "concepts": {"electrical_wiring", "electrical_work"},
            "conditions": set(),
            "abroad": None,
        },
    ],
    "vi": [
        {
            "kind": "job",
            "title": "Tuyển gấp 50 công nhân may - làm giờ hành chính",
            "description": (
                "Công ty may xuất khẩu cần tuyển công nhân may chuyền, thợ vắt sổ, ưu tiên "
                "người có tay nghề. Làm giờ hành chính 7h30-16h30, không làm ca đêm, nghỉ "
                "Chủ nhật. Lương 7-10 triệu/tháng tùy tay nghề, đóng BHXH đầy đủ, thưởng "
                "chuyên cần."
            ),
            "concepts": {"garment_manufacturing", "sewing_machine_operation"},
            "conditions": set(),
            "abroad": None,
        },
        {
            "kind": "job",
            "title": "XKLĐ Nhật Bản - Đơn hàng chế biến thực phẩm, tuyển 30 nam",
            "description": (
                "Tuyển lao động đi Nhật diện thực tập sinh, làm việc tại nhà máy chế biến "
                "thực phẩm ở Nhật Bản. Công việc: cắt, đóng gói và bê vác thùng hàng "
                "15-20kg. Lương cơ bản 170.000 yên/tháng chưa kể tăng ca, hợp đồng 3 năm. "
                "Yêu cầu nam 19-30 tuổi, sức khỏe tốt, không xăm hình."
            ),
            "concepts": {"food_processing"},
            "conditions": {"heavy_lifting"},
            "abroad": "JP",
        },
        {
            "kind": "job",
            "title": "Cần tìm người giúp việc ở lại trông bé",
            "description": (
                "Gia đình cần tìm chị giúp việc ở lại nhà, chăm bé 2 tuổi, nấu ăn và dọn dẹp "
                "nhà cửa. Có phòng riêng, bao ăn ở, lương 8 triệu/tháng, nghỉ 2 ngày/tháng. "
                "Ưu tiên chị 30-50 tuổi, thật thà, có kinh nghiệm chăm trẻ."
            ),
            "concepts": {"childcare", "domestic_care_work"},
            "conditions": {"live_in"},
            "abroad": None,
        },
        {
            "kind": "job",
            "title": "Tuyển nhân viên bảo vệ ca đêm",
            "description": (
                "Công ty dịch vụ bảo vệ tuyển nhân viên bảo vệ trực ca đêm tại tòa nhà văn "
                "phòng và bãi giữ xe. Lương 7,5 triệu + phụ cấp ca đêm, cấp đồng phục. Yêu "
                "cầu nam 20-50 tuổi, cao từ 1m65, lý lịch rõ ràng."
            ),
            "concepts": {"security_services"},
            "conditions": {"night_shifts"},
            "abroad": None,
        },
        {
            "kind": "job",
            "title": "Tuyển lao động phổ thông bốc xếp hàng tại kho",
            "description": (
                "Kho hàng tiêu dùng cần tuyển 10 nam bốc xếp, bê vác hàng lên xuống "
                "container, bao 25-50kg. Làm ca đêm từ 20h đến 4h sáng. Lương 350.000đ/ca, "
                "trả lương hàng tuần. Không cần kinh nghiệm, sức khỏe tốt, đi làm ngay."
            ),
            "concepts": {"logistics_warehouse"},
            "conditions": {"heavy_lifting", "night_shifts"},
            "abroad": None,
        },
        {
            "kind": "job",
            "title": "Tiệm nail tuyển thợ - bao ăn ở",
            "description": (
                "Tiệm nail cần tuyển thợ làm bột, sơn gel, vẽ móng và người học việc. Bao ăn "
                "ở ngay tại tiệm, thu nhập 8-15 triệu/tháng + tip. Chưa biết nghề được dạy "
                "miễn phí."
            ),
            "concepts": {"beauty_wellness", "nail_care"},
            "conditions": {"live_in"},
            "abroad": None,
        },
        {
            "kind": "job",
            "title": "Tuyển nhân viên bán hàng - cửa hàng mỹ phẩm Hàn Quốc",
            "description": (
                "Chuỗi cửa hàng mỹ phẩm Hàn Quốc tuyển nhân viên tư vấn bán hàng full-time. "
                "Chỉ làm ca ngày (ca sáng hoặc ca chiều), không làm ca đêm. Lương cứng 6 "
                "triệu + hoa hồng doanh số, được đào tạo về sản phẩm."
            ),
            "concepts": {"retail_sales", "selling"},
            "conditions": set(),
            "abroad": None,
        },
        {
            "kind": "job",
            "title": "Circle K tuyển nhân viên cửa hàng",
            "description": (
                "Tuyển nhân viên bán hàng kiêm thu ngân, ca làm việc 22h00-6h00. Công việc: "
                "tính tiền, sắp xếp hàng hóa, vệ sinh cửa hàng. Thu nhập 26.000đ/giờ + phụ "
                "cấp, nhận sinh viên."
            ),
            "concepts": {"cashier", "retail_sales"},
            "conditions": {"night_shifts"},
            "abroad": None,
        },
        {
            "kind": "course",
            "title": "Khóa học pha chế đồ uống - Barista cơ bản",
            "description": (
                "Học pha cà phê máy, cà phê phin, trà sữa và các loại nước ép, sinh tố. Khóa "
                "học 1 tháng, thực hành 100% tại quầy bar. Hỗ trợ giới thiệu việc làm sau "
                "khi tốt nghiệp."
            ),
            "concepts": {"barista", "coffee"},
            "conditions": set(),
            "abroad": None,
        },
        {
            "kind": "course",
            "title": "Chiêu sinh lớp học nghề hàn điện miễn phí",
            "description": (
                "Trung tâm dạy nghề chiêu sinh lớp hàn điện, hàn hồ quang dành cho lao động "
                "nông thôn. Học 3 tháng, miễn học phí, được cấp chứng chỉ sơ cấp nghề."
            ),
            "concepts": {"welding"},
            "conditions": set(),
            "abroad": None,
        },
        {
            "kind": "course",
            "title": "Tập huấn kỹ thuật nuôi tôm thẻ chân trắng",
            "description": (
                "Tập huấn miễn phí cho bà con về chuẩn bị ao, chọn giống, quản lý thức ăn và "
                "phòng bệnh cho tôm. Có tài liệu và hỗ trợ tiền đi lại cho học viên."
            ),
            "concepts": {"fish_farming", "fishing_aquaculture"},
            "conditions": set(),
            "abroad": None,
        },
        {
            "kind": "course",
            "title": "Lớp tin học văn phòng cơ bản",
            "description": (
                "Dạy Word, Excel, gõ văn bản 10 ngón và sử dụng email, internet. Học 2 "
                "tháng, phù hợp người mới bắt đầu. Cấp chứng chỉ ứng dụng CNTT cơ bản."
            ),
            "concepts": {"basic_computer", "data_entry"},
            "conditions": set(),
            "abroad": None,
        },
    ],
    "tl": [
        {
            "kind": "job",
            "title": "HIRING: Kasambahay (Stay-in)",
            "description": (
                "Naghahanap po kami ng kasambahay, stay-in, para sa pamilyang may 4 na "
                "miyembro. Trabaho: paglilinis ng bahay, paglalaba, pamamalantsa at "
                "pagluluto. Sahod P7,000/buwan, may sariling kwarto, day off isang beses "
                "kada linggo. 25-45 yrs old, may experience."
            ),
            "concepts": {"domestic_care_work", "housework"},
            "conditions": {"live_in"},
            "abroad": None,
        },
        {
            "kind": "job",
            "title": "URGENT: Domestic Helper papuntang Hong Kong - Direct Hire",
            "description": (
                "Hiring DH for Hong Kong, stay-in sa amo, mag-aalaga ng 2 bata at gagawa ng "
                "gawaing bahay. Salary HK$4,990 + food allowance, complete day off tuwing "
                "Sunday. Requirements: may ex-abroad experience, marunong magluto, 25-40 yrs "
                "old. Licensed agency, walang placement fee."
            ),
            "concepts": {"childcare", "domestic_care_work"},
            "conditions": {"live_in"},
            "abroad": "HK",
        },
        {
            "kind": "job",
            "title": "Call Center Agents - Graveyard Shift, Walk-in Applicants Welcome!",
            "description": (
                "Hiring na kami ng CSRs para sa US healthcare account. Graveyard shift, may "
                "night differential, HMO at 13th month pay. Basta marunong mag-English, "
                "kahit SHS grad o undergrad, pwede! Start agad kapag pumasa."
            ),
            "concepts": {"call_centre", "customer_service"},
            "conditions": {"night_shifts"},
            "abroad": None,
        },
        {
            "kind": "job",
            "title": "HIRING: Service Crew - Korean Samgyupsal Restaurant",
            "description": (
                "Need namin ng service crew at kitchen helper para sa aming Korean "
                "samgyupsal resto. Opening at mid shift lang, walang night shift, sarado "
                "kami ng 9PM. P520/day + service charge + free meal."
            ),
            "concepts": {"food_service", "table_service"},
            "conditions": set(),
            "abroad": None,
        },
        {
            "kind": "job",
            "title": "Hiring: Construction Helper / Laborer",
            "description": (
                "Kailangan ng helper sa construction ng 3-storey na bahay. Trabaho: magbuhat "
                "ng semento, hollow blocks at bakal, at maghalo ng mortar. P550/day, sahod "
                "tuwing Sabado, may libreng tanghalian. Malakas ang katawan at kayang "
                "magbuhat ng mabigat."
            ),
            "concepts": {"construction", "house_building"},
            "conditions": {"heavy_lifting"},
            "abroad": None,
        },
        {
            "kind": "job",
            "title": "Warehouse Helper / Parcel Sorter - Hiring ASAP",
            "description": (
                "Para sa sorting hub ng isang courier: pag-sort, pag-scan at pag-label ng "
                "parcels. Schedule: 10PM - 6AM, 6 days a week. Daily rate P610 + OT, with "
                "SSS, PhilHealth, Pag-IBIG. High school grad pwede na."
            ),
            "concepts": {"logistics_warehouse"},
            "conditions": {"night_shifts"},
            "abroad": None,
        },
        {
            "kind": "job",
            "title": "Hiring: Crew sa Bangkang Pangisda",
            "description": (
                "Naghahanap ng crew para sa commercial fishing boat (basnig). Umaalis ang "
                "bangka tuwing gabi at bumabalik kinaumagahan, buong magdamag ang "
                "pangingisda. Kasama sa trabaho ang paghila ng lambat at pagbuhat ng "
                "mabibigat na banyera ng isda papunta sa pantalan. Hatian sa huli + "
                "allowance."
            ),
            "concepts": {"fishing", "fishing_aquaculture"},
            "conditions": {"heavy_lifting", "night_shifts"},
            "abroad": None,
        },
        {
            "kind": "job",
            "title": "Hiring: Manicurista at Hairstylist - Uwian",
            "description": (
                "Salon sa mall naghahanap ng manicurista/pedicurista at hairstylist na may "
                "experience. Uwian, hindi stay-in. Commission basis 40% + allowance, Tuesday "
                "to Sunday 10AM-8PM."
            ),
            "concepts": {"hairdressing", "nail_care"},
            "conditions": set(),
            "abroad": None,
        },
        {
            "kind": "course",
            "title": "LIBRENG TRAINING: Bread and Pastry Production NC II",
            "description": (
                "TESDA scholarship para sa bread and pastry production. Matututo kang gumawa "
                "ng tinapay, cakes at pastries, kasama ang food safety. May training "
                "allowance at libreng assessment pagkatapos ng kurso. Mag-enroll na, limited "
                "slots lang!"
            ),
            "concepts": {"baking"},
            "conditions": set(),
            "abroad": None,
        },
        {
            "kind": "course",
            "title": "Dressmaking NC II - Free Training",
            "description": (
                "Para sa mga gustong matutong manahi: pagkuha ng sukat, paggawa ng pattern, "
                "pagtabas at pananahi ng blouse, palda at bestida. 35 araw na training, may "
                "starter kit. Open sa out-of-school youth at mga nanay."
            ),
            "concepts": {"pattern_cutting", "sewing", "tailoring"},
            "conditions": set(),
            "abroad": None,
        },
        {
            "kind": "course",
            "title": "Massage Therapy NC II - Enroll Now",
            "description": (
                "Matuto ng body massage, foot reflexology at tradisyonal na hilot sa loob ng "
                "2 buwan. May hands-on practice at national assessment sa dulo ng training. "
                "Pwedeng magtrabaho sa spa o mag-home service pagkatapos."
            ),
            "concepts": {"beauty_wellness", "massage"},
            "conditions": set(),
            "abroad": None,
        },
        {
            "kind": "course",
            "title": "Driving NC II Training with Assistance sa Driver's License",
            "description": (
                "Libreng training sa pagmamaneho, basic na pag-check ng makina at road "
                "safety. Tutulungan din kayong kumuha ng non-professional o professional "
                "driver's license. Para sa 18 pataas, marunong bumasa at sumulat."
            ),
            "concepts": {"driving", "driving_licence"},
            "conditions": set(),
            "abroad": None,
        },
    ],
    "km": [
        {
            "kind": "job",
            "title": "ជ្រើសរើសកម្មការិនីដេរ ចំនួន ៥០ នាក់ (បន្ទាន់)",
            "description": (
                "រោងចក្រកាត់ដេរសម្លៀកបំពាក់នាំចេញ ត្រូវការជ្រើសរើសកម្មការិនីដេរម៉ាស៊ីន "
                "មានបទពិសោធន៍ ឬគ្មានបទពិសោធន៍ក៏បាន។ ម៉ោងធ្វើការ ៧:០០ ដល់ ១៦:០០ ធ្វើតែវេនថ្ងៃ "
                "គ្មានវេនយប់ទេ។ ប្រាក់ខែគោល ២០៤ ដុល្លារ បូកប្រាក់ឧបត្ថម្ភ និងប្រាក់ថែមម៉ោង "
                "មានប័ណ្ណ ប.ស.ស.។"
            ),
            "concepts": {"garment_manufacturing", "sewing_machine_operation"},
            "conditions": set(),
            "abroad": None,
        },
        {
            "kind": "job",
            "title": "ការងារនៅប្រទេសថៃ តាម MOU - កម្មករសំណង់",
            "description": (
                "ក្រុមហ៊ុនផ្គត់ផ្គង់កម្លាំងពលកម្ម ត្រូវការកម្មករប្រុស "
                "ទៅធ្វើការសំណង់នៅប្រទេសថៃ ស្របច្បាប់តាម MOU កិច្ចសន្យា ២ ឆ្នាំ។ ការងារ៖ "
                "លីបាវស៊ីម៉ង់ត៍ ដឹកឥដ្ឋ និងដែក លាយបាយអ។ ប្រាក់ឈ្នួល ៣៥០ បាតក្នុងមួយថ្ងៃ។ "
                "អាយុ ១៨-៤០ ឆ្នាំ មានសុខភាពល្អ។"
            ),
            "concepts": {"construction"},
            "conditions": {"heavy_lifting"},
            "abroad": "TH",
        },
        {
            "kind": "job",
            "title": "ជ្រើសរើសសន្តិសុខ វេនយប់",
            "description": (
                "ក្រុមហ៊ុនសន្តិសុខ ត្រូវការបុគ្គលិកសន្តិសុខប្រុស យាមវេនយប់ នៅខុនដូ "
                "និងឃ្លាំងទំនិញ។ យាម ១២ ម៉ោង ប្រាក់ខែ ២៥០-៣០០ ដុល្លារ មានឯកសណ្ឋាន។ អាយុ "
                "២០-៤៥ ឆ្នាំ កម្ពស់ ១ម៦៥ ឡើង។"
            ),
            "concepts": {"security_services"},
            "conditions": {"night_shifts"},
            "abroad": None,
        },
        {
            "kind": "job",
            "title": "ភោជនីយដ្ឋានកូរ៉េ ត្រូវការអ្នករត់តុ",
            "description": (
                "ភោជនីយដ្ឋានសាច់អាំងកូរ៉េ ត្រូវការអ្នករត់តុ ប្រុស-ស្រី ចំនួន ៤ នាក់។ "
                "ប្រាក់ខែ ២២០ ដុល្លារ + ធីប មានអាហារ ២ ពេល។ មិនមានកន្លែងស្នាក់នៅទេ "
                "ត្រូវធ្វើដំណើរទៅមកពីផ្ទះខ្លួនឯង។"
            ),
            "concepts": {"food_service", "table_service"},
            "conditions": set(),
            "abroad": None,
        },
        {
            "kind": "job",
            "title": "ត្រូវការបុគ្គលិកអនាម័យ ប្រចាំផ្សារទំនើប",
            "description": (
                "ក្រុមហ៊ុនសេវាសម្អាត ត្រូវការបុគ្គលិកបោសសម្អាតប្រុស-ស្រី សម្រាប់ផ្សារទំនើប។ "
                "ម៉ោងធ្វើការ ២២:០០ - ០៦:០០ ឈប់សម្រាក ១ ថ្ងៃក្នុងមួយសប្តាហ៍។ ប្រាក់ខែ ២១០ "
                "ដុល្លារ + ប្រាក់រង្វាន់ទៀងទាត់។"
            ),
            "concepts": {"cleaning_services"},
            "conditions": {"night_shifts"},
            "abroad": None,
        },
        {
            "kind": "job",
            "title": "ត្រូវការអ្នកមើលក្មេង ស្នាក់នៅជាមួយម្ចាស់ផ្ទះ",
            "description": (
                "គ្រួសារមួយ ត្រូវការអ្នកមើលថែកូនតូចអាយុ ១ ឆ្នាំ និងជួយធ្វើការងារផ្ទះ។ "
                "ត្រូវស្នាក់នៅក្នុងផ្ទះម្ចាស់ មានបន្ទប់ដាច់ដោយឡែក និងអាហារហូបគ្រប់ពេល។ "
                "ប្រាក់ខែ ២០០ ដុល្លារ សម្រាក ២ ថ្ងៃក្នុងមួយខែ។"
            ),
            "concepts": {"childcare", "domestic_care_work"},
            "conditions": {"live_in"},
            "abroad": None,
        },
        {
            "kind": "job",
            "title": "ត្រូវការកម្មករលីអង្ករ (វេនយប់)",
            "description": (
                "រោងម៉ាស៊ីនកិនស្រូវ ត្រូវការកម្មករប្រុស លីបាវអង្ករ ៥០ គីឡូ ដាក់ឡាន "
                "និងរៀបក្នុងឃ្លាំង។ ធ្វើការវេនយប់ ចាប់ពីម៉ោង ៧ យប់ ដល់ម៉ោង ៣ ទៀបភ្លឺ។ "
                "ប្រាក់ឈ្នួល ១២ ដុល្លារក្នុងមួយយប់ បើកប្រាក់រៀងរាល់សប្តាហ៍។"
            ),
            "concepts": {"logistics_warehouse"},
            "conditions": {"heavy_lifting", "night_shifts"},
            "abroad": None,
        },
        {
            "kind": "job",
            "title": "ហាងជួសជុលម៉ូតូ ត្រូវការជាង និងកូនជាង",
            "description": (
                "ហាងជួសជុលម៉ូតូ ត្រូវការជាងដែលមានបទពិសោធន៍ ១ នាក់ និងកូនជាងរៀនការងារ ២ នាក់។ "
                "ប្រាក់ខែ ១៥០-៣៥០ ដុល្លារ តាមសមត្ថភាព។ ស្នាក់នៅក្នុងហាង "
                "និងមានអាហារហូបរួមជាមួយម្ចាស់ហាង ដោយមិនគិតថ្លៃ។"
            ),
            "concepts": {"automotive_repair", "motorbike_repair"},
            "conditions": {"live_in"},
            "abroad": None,
        },
        {
            "kind": "course",
            "title": "វគ្គសិក្សាភាសាអង់គ្លេសសន្ទនា ឥតគិតថ្លៃ",
            "description": (
                "អង្គការមួយ បើកវគ្គភាសាអង់គ្លេសសម្រាប់ការសន្ទនាប្រចាំថ្ងៃ និងនៅកន្លែងធ្វើការ "
                "រយៈពេល ៣ ខែ។ រៀនថ្ងៃសៅរ៍ និងអាទិត្យ ឥតគិតថ្លៃ មានវិញ្ញាបនបត្របញ្ចប់វគ្គ។"
            ),
            "concepts": {"english_conversation", "language_learning"},
            "conditions": set(),
            "abroad": None,
        },
        {
            "kind": "course",
            "title": "វគ្គបណ្តុះបណ្តាលកុំព្យូទ័រមូលដ្ឋាន",
            "description": (
                "រៀនប្រើប្រាស់កុំព្យូទ័រ Microsoft Word, Excel វាយអក្សរខ្មែរ និងអ៊ីមែល។ "
                "រយៈពេល ២ ខែ សមរម្យសម្រាប់អ្នកមិនទាន់ចេះ។ "
                "មានអាហារូបករណ៍សម្រាប់យុវជនមកពីគ្រួសារក្រីក្រ។"
            ),
            "concepts": {"basic_computer", "computers"},
            "conditions": set(),
            "abroad": None,
        },
        {
            "kind": "course",
            "title": "វគ្គបណ្តុះបណ្តាលដាំបន្លែសុវត្ថិភាព",
            "description": (
                "វគ្គបណ្តុះបណ្តាលកសិករអំពីការដាំបន្លែសុវត្ថិភាព ការធ្វើជីកំប៉ុស្ត៍ "
                "និងការប្រើប្រព័ន្ធស្រោចស្រពតំណក់ទឹក។ រៀនទាំងទ្រឹស្តី "
                "និងអនុវត្តនៅកសិដ្ឋានគំរូ ៥ ថ្ងៃ។ ផ្តល់គ្រាប់ពូជ និងប្រាក់ធ្វើដំណើរ។"
            ),
            "concepts": {"agriculture", "vegetable_growing"},
            "conditions": set(),
            "abroad": None,
        },
        {
            "kind": "course",
            "title": "វគ្គត្បាញ និងសិប្បកម្មដៃ សម្រាប់ស្ត្រី",
            "description": (
                "បើកវគ្គបង្រៀនត្បាញកាបូប និងកន្ត្រកពីផ្តៅ និងឫស្សី សម្រាប់ស្ត្រីក្នុងសហគមន៍ "
                "រយៈពេល ១ ខែ។ ផ្តល់សម្ភារៈឥតគិតថ្លៃ និងជួយរកទីផ្សារលក់ផលិតផល។"
            ),
            "concepts": {"handicrafts", "weaving"},
            "conditions": set(),
            "abroad": None,
        },
    ],
    "my": [
        {
            "kind": "job",
            "title": "မလေးရှား အီလက်ထရောနစ် စက်ရုံ အလုပ်သမား ခေါ်ယူမည်",
            "description": (
                "မလေးရှားနိုင်ငံရှိ အီလက်ထရောနစ် စက်ရုံအတွက် ကျား/မ အလုပ်သမား ၅၀ ဦး တရားဝင် "
                "ခေါ်ယူပါမည်။ အလုပ်မှာ ပစ္စည်းတပ်ဆင်ခြင်း နှင့် စစ်ဆေးခြင်း ဖြစ်ပြီး "
                "အလုပ်ချိန် 20:00 - 08:00 ဖြစ်ပါသည်။ လစာ RM 1,700 နှင့် OT သီးသန့်၊ စာချုပ် "
                "၂ နှစ်။ အသက် ၁၈ မှ ၃၅ နှစ်။"
            ),
            "concepts": {"assembly", "manufacturing"},
            "conditions": {"night_shifts"},
            "abroad": "MY",
        },
        {
            "kind": "job",
            "title": "ထိုင်းနိုင်ငံ ကြက်မွေးမြူရေးခြံ MOU ဖြင့် အလုပ်သမား ခေါ်ယူခြင်း",
            "description": (
                "ထိုင်းနိုင်ငံရှိ ကြက်မွေးမြူရေးခြံများအတွက် MOU စနစ်ဖြင့် အမျိုးသား "
                "အလုပ်သမား ၃၀ ဦး ခေါ်ယူပါမည်။ ကြက်များကို အစာကျွေးခြင်း၊ ခြံသန့်ရှင်းရေး "
                "လုပ်ခြင်း နှင့် ကီလို ၃၀ ရှိ အစာအိတ်များကို ထမ်းသယ်ရပါမည်။ နေ့စား ဘတ် ၃၅၀ "
                "နှင့် OT ရှိပါသည်။"
            ),
            "concepts": {"agriculture", "livestock"},
            "conditions": {"heavy_lifting"},
            "abroad": "TH",
        },
        {
            "kind": "job",
            "title": "အိမ်အကူ အမျိုးသမီး အမြန်လိုအပ်သည် (အိမ်မှာနေရမည်)",
            "description": (
                "မိသားစုတစ်စုအတွက် အိမ်အလုပ်၊ ချက်ပြုတ်ခြင်း နှင့် အဖွားအိုကို "
                "စောင့်ရှောက်ပေးနိုင်မည့် အိမ်အကူ လိုအပ်ပါသည်။ အိမ်မှာပဲ တစ်ခါတည်း "
                "နေရမည်ဖြစ်ပြီး အခန်းသီးသန့် နှင့် ထမင်း ကျွေးပါမည်။ လစာ ၃၅၀,၀၀၀ ကျပ်၊ လစဉ် "
                "၂ ရက် နားရက်ရှိသည်။"
            ),
            "concepts": {"domestic_care_work", "elder_care", "housework"},
            "conditions": {"live_in"},
            "abroad": None,
        },
        {
            "kind": "job",
            "title": "လုံခြုံရေးဝန်ထမ်း (ညဆိုင်း) ခေါ်ယူမည်",
            "description": (
                "စက်မှုဇုန်ရှိ ကုမ္ပဏီတစ်ခုအတွက် လုံခြုံရေးဝန်ထမ်း အမျိုးသား ၅ ဦး "
                "လိုအပ်ပါသည်။ ညဆိုင်း ည ၇ နာရီ မှ မနက် ၇ နာရီ အထိ တာဝန်ထမ်းဆောင်ရမည်။ လစာ "
                "၄၅၀,၀၀၀ ကျပ် + ညဆိုင်းကြေး၊ ယူနီဖောင်း ပေးမည်။"
            ),
            "concepts": {"security_services"},
            "conditions": {"night_shifts"},
            "abroad": None,
        },
        {
            "kind": "job",
            "title": "လက်ဖက်ရည်ဆိုင် စားပွဲထိုး နှင့် ပလာတာဖိုသမား လိုအပ်သည်",
            "description": (
                "လက်ဖက်ရည်ဆိုင်အတွက် စားပွဲထိုး ၃ ဦး နှင့် ပလာတာဖို ကိုင်နိုင်သူ ၁ ဦး "
                "ခေါ်ယူပါမည်။ ဆိုင်မှာပဲ အိပ်၊ စား၊ နေ ပေးပါမည်။ လစာ ၂၅၀,၀၀၀ ကျပ် မှ စတင်၍ "
                "လုပ်သက်အလိုက် တိုးပေးပါမည်။"
            ),
            "concepts": {"food_service", "table_service"},
            "conditions": {"live_in"},
            "abroad": None,
        },
        {
            "kind": "job",
            "title": "အထည်ချုပ်စက်ရုံ စက်ချုပ်သမများ ခေါ်ယူမည်",
            "description": (
                "စက်မှုဇုန်ရှိ အထည်ချုပ်စက်ရုံအတွက် စက်ချုပ် ကျွမ်းကျင်သူ နှင့် အလုပ်သင် "
                "အမျိုးသမီးများ ခေါ်ယူပါမည်။ အလုပ်ချိန် မနက် ၇:၃၀ မှ ညနေ ၄:၃၀ အထိ ဖြစ်ပြီး "
                "ညဆိုင်း လုံးဝ မရှိပါ။ လစာ + ရက်မှန်ကြေး + OT ကြေး၊ ဖယ်ရီ ကြိုပို့ ရှိပါသည်။"
            ),
            "concepts": {"garment_manufacturing", "sewing_machine_operation"},
            "conditions": set(),
            "abroad": None,
        },
        {
            "kind": "job",
            "title": "ကိုရီးယား အလှကုန်ဆိုင် အရောင်းဝန်ထမ်း လိုအပ်သည်",
            "description": (
                "ကိုရီးယား အလှကုန် ပစ္စည်းများ ရောင်းချသည့် ဆိုင်အတွက် အရောင်းဝန်ထမ်း "
                "အမျိုးသမီး ၂ ဦး ခေါ်ယူပါမည်။ အလုပ်ပေါ့ပါးပြီး လေးလံသော ပစ္စည်းများ သယ်ရန် "
                "မလိုပါ။ လစာ ၃၀၀,၀၀၀ ကျပ် + ရောင်းအား ကော်မရှင်။"
            ),
            "concepts": {"retail_sales", "selling"},
            "conditions": set(),
            "abroad": None,
        },
        {
            "kind": "job",
            "title": "ကုန်ထမ်း အလုပ်သမား (ညဘက်) လိုအပ်သည်",
            "description": (
                "ကုန်ကားဂိတ် ဂိုဒေါင်အတွက် ကုန်အိတ်များ ကားပေါ် တင်/ချ လုပ်မည့် ကုန်ထမ်း "
                "အမျိုးသား ၁၀ ဦး လိုအပ်ပါသည်။ ညဘက် အလုပ်ဖြစ်ပြီး ၅၀ ကီလို ဆန်အိတ်၊ "
                "ဓာတ်မြေဩဇာအိတ်များကို ထမ်းရပါမည်။ နေ့စား ၁၅,၀၀၀ ကျပ်။"
            ),
            "concepts": {"logistics_warehouse"},
            "conditions": {"heavy_lifting", "night_shifts"},
            "abroad": None,
        },
        {
            "kind": "course",
            "title": "အလှပြင် မိတ်ကပ် သင်တန်း",
            "description": (
                "မင်္ဂလာဆောင် မိတ်ကပ်၊ နေ့စဉ် မိတ်ကပ် နှင့် ဆံပင်ထုံးနည်းများကို လက်တွေ့ "
                "သင်ကြားပေးမည့် ၁ လ သင်တန်း ဖွင့်လှစ်ပါမည်။ သင်တန်းပြီးဆုံးပါက လက်မှတ် "
                "ထုတ်ပေးပါမည်။"
            ),
            "concepts": {"beauty_wellness", "makeup"},
            "conditions": set(),
            "abroad": None,
        },
        {
            "kind": "course",
            "title": "ထမင်းဟင်းချက် သင်တန်း (အခမဲ့)",
            "description": (
                "စားသောက်ဆိုင် မီးဖိုချောင်တွင် အလုပ်လုပ်လိုသူများအတွက် မြန်မာ ဟင်းလျာများ၊ "
                "ကြော်/လှော် ဟင်းလျာများ ချက်ပြုတ်နည်း နှင့် အစားအသောက် သန့်ရှင်းရေး ကို "
                "သင်ကြားပေးပါမည်။ သင်တန်းကာလ ၆ ပတ်။"
            ),
            "concepts": {"cooking", "food_hygiene"},
            "conditions": set(),
            "abroad": None,
        },
        {
            "kind": "course",
            "title": "အခြေခံ စက်ချုပ် သင်တန်း",
            "description": (
                "အမျိုးသမီးများအတွက် အခြေခံ စက်ချုပ်၊ ပုံစံဖော်ခြင်း နှင့် အင်္ကျီ၊ ထဘီ "
                "ချုပ်နည်း ၃ လ သင်တန်း။ သင်တန်းကြေး အခမဲ့ ဖြစ်ပြီး ကောင်းမွန်သော "
                "သင်တန်းသူများကို အလုပ် ချိတ်ဆက်ပေးပါမည်။"
            ),
            "concepts": {"sewing", "tailoring"},
            "conditions": set(),
            "abroad": None,
        },
        {
            "kind": "course",
            "title": "မိုဘိုင်းဖုန်း ပြုပြင်ရေး သင်တန်း",
            "description": (
                "Android ဖုန်း ဆော့ဖ်ဝဲ တင်ခြင်း၊ မျက်နှာပြင် လဲခြင်း၊ ဘက်ထရီ နှင့် "
                "အားသွင်းပေါက် ပြုပြင်ခြင်း စသည်တို့ကို လက်တွေ့ သင်ကြားပေးပါမည်။ ၂ လ "
                "သင်တန်း၊ ကိရိယာ အစုံ ပေးပါမည်။"
            ),
            "concepts": {"phone_repair"},
            "conditions": set(),
            "abroad": None,
        },
    ],
    "zh": [
        {
            "kind": "job",
            "title": "誠聘 保安員（住宅屋苑）",
            "description": (
                "本公司現招聘保安員駐守住宅屋苑，須持有效保安人員許可證。更次：19:00-07:00，"
                "每月26更，月薪$18,500起。有強積金、勤工獎，歡迎退休人士。"
            ),
            "concepts": {"security_services"},
            "conditions": {"night_shifts"},
            "abroad": None,
        },
        {
            "kind": "job",
            "title": "招聘 商場清潔員（日更）",
            "description": (
                "大型商場招聘全職清潔員，負責大堂、洗手間清潔及收垃圾。只做日更 "
                "07:00-16:00，唔使返夜更，做六休一。月薪$14,000，另有全勤獎。"
            ),
            "concepts": {"cleaning_services"},
            "conditions": set(),
            "abroad": None,
        },
        {
            "kind": "job",
            "title": "日式拉麵店 請廚房助理",
            "description": "日式拉麵店請全職廚房助理，負責切配、煮麵及執位，有經驗優先，"
            "無經驗可教。日薪$750，包一餐，做六休一。",
            "concepts": {"cooking", "food_service"},
            "conditions": set(),
            "abroad": None,
        },
        {
            "kind": "job",
            "title": "【急招】电子厂普工 男女不限",
            "description": (
                "大型电子厂长期招聘普工，主要做手机配件组装、检测、包装，坐着上班，不用搬重物"
                "。两班倒，白班夜班每月轮换，综合工资5500-7000元/月。年龄18-45"
                "岁，会简单写26个英文字母即可。"
            ),
            "concepts": {"assembly", "manufacturing"},
            "conditions": {"night_shifts"},
            "abroad": None,
        },
        {
            "kind": "job",
            "title": "招聘住家保姆（照顾老人）",
            "description": (
                "家庭招聘住家保姆一名，主要照顾85岁老人的饮食起居，兼做饭和打扫卫生。需住在雇"
                "主家，提供独立房间，月休4天。工资6500-7500元/月，要求50岁以下"
                "，身体健康，有护理老人经验者优先。"
            ),
            "concepts": {"domestic_care_work", "elder_care"},
            "conditions": {"live_in"},
            "abroad": None,
        },
        {
            "kind": "job",
            "title": "养猪场招饲养员 包吃住",
            "description": (
                "规模化养猪场招聘饲养员数名，负责喂料、清理猪舍、协助打疫苗。工作需搬运饲料，"
                "每袋40公斤。吃住都在场内，封闭管理，每月休4天，月薪6000-8000元。"
            ),
            "concepts": {"agriculture", "livestock"},
            "conditions": {"heavy_lifting", "live_in"},
            "abroad": None,
        },
        {
            "kind": "job",
            "title": "正规出国劳务｜新加坡建筑工 钢筋工/木工/泥水工",
            "description": (
                "正规外派劳务公司招聘赴新加坡建筑工地工人：钢筋工、木工、泥水工。工作需搬运钢"
                "筋、模板等重物，体力要求高。月薪1万-1.5万人民币，合同两年，公司统一办理"
                "工作准证。"
            ),
            "concepts": {"construction"},
            "conditions": {"heavy_lifting"},
            "abroad": "SG",
        },
        {
            "kind": "job",
            "title": "護老院招聘 護理員（PCW）通宵更",
            "description": (
                "私營護老院招聘全職護理員，負責院友個人護理、餵食及量血壓。通宵更，每晚11pm至"
                "翌日7am，夜更津貼另計。持保健員或護理員證書優先，無經驗可提供培訓。"
            ),
            "concepts": {"elder_care", "health_care_support"},
            "conditions": {"night_shifts"},
            "abroad": None,
        },
        {
            "kind": "course",
            "title": "僱員再培訓局 家務助理基礎證書課程",
            "description": "課程教授家居清潔、衣物洗熨、家常菜烹調及家居安全，全日制4星期"
            "。合資格學員可獲發再培訓津貼，完成課程後提供就業跟進服務。",
            "concepts": {"housework", "laundry_ironing"},
            "conditions": set(),
            "abroad": None,
        },
        {
            "kind": "course",
            "title": "咖啡師證書課程",
            "description": "由淺入深教授意式咖啡萃取、打奶及拉花技巧，課程共8堂，每班上限"
            "12人。完成課程可獲證書，並協助轉介咖啡店工作。",
            "concepts": {"barista", "coffee"},
            "conditions": set(),
            "abroad": None,
        },
        {
            "kind": "course",
            "title": "免费电商直播带货培训班开课啦",
            "description": "面向返乡青年和农村妇女，免费学习抖音、淘宝开店、短视频拍摄剪"
            "辑和直播带货技巧。培训7天，结业颁发证书，优秀学员推荐就业。",
            "concepts": {"online_selling"},
            "conditions": set(),
            "abroad": None,
        },
        {
            "kind": "course",
            "title": "叉车证培训 随到随学 包考证",
            "description": "专业叉车培训学校，理论加实操，零基础也能学会。学时15天左右，"
            "考试合格颁发特种设备作业人员证。",
            "concepts": {"forklift_operation"},
            "conditions": set(),
            "abroad": None,
        },
    ],
}

#: language -> the second set of ads, written blind in session 30 by a writer given only the
#: concept ids and their English labels, after the first set's fixes: risky and hazardous
#: work as it is advertised, mostly named by its tasks and places behind innocent titles
#: (ten jobs a language: six hazardous, two deceptive recruitment offers, two ordinary
#: controls; two courses, one for a trade with a hazardous side). Committed before its first
#: run.
SECOND: dict[str, list[Ad]] = {
    "en": [
        {
            "kind": "job",
            "title": "Boat crew – free meals & lodging",
            "description": "Fishing company in General Santos hiring deckhands for our "
            "purse seine vessels. Trips last 3 to 6 months and crew live on board. Work "
            "includes hauling nets at night and carrying fish tubs down to the hold. No "
            "experience needed, must be physically strong.",
            "concepts": {"fishing", "fishing_aquaculture"},
            "conditions": {"heavy_lifting", "live_in", "night_shifts"},
            "abroad": None,
        },
        {
            "kind": "job",
            "title": "Farm helper (durian orchard)",
            "description": "Durian orchard in Raub needs farm helpers. Duties: mixing "
            "and spraying pesticides and fungicide with a knapsack sprayer, grass "
            "cutting and fertilising. Hostel provided inside the farm. Monthly pay plus "
            "OT.",
            "concepts": {"agriculture", "agrochemical_work"},
            "conditions": {"live_in"},
            "abroad": None,
        },
        {
            "kind": "job",
            "title": "General Worker – Construction",
            "description": "Wanted general workers for a high-rise condominium project "
            "in Johor Bahru. Scaffolding erection and dismantling, carrying formwork and "
            "rebar up to the upper floors. Safety harness and CIDB green card provided. "
            "Kongsi (workers' quarters) available on site.",
            "concepts": {"construction", "work_at_height"},
            "conditions": {"heavy_lifting", "live_in"},
            "abroad": None,
        },
        {
            "kind": "job",
            "title": "Guest Relations Officer (GRO)",
            "description": "Classy KTV lounge hiring GROs, 18 and above, no experience "
            "OK. Entertain and accompany guests, drink with customers and earn "
            "commission on every lady drink and bottle sold. Working hours 8pm to 4am, "
            "transport home after shift.",
            "concepts": {"alcohol_sales", "nightlife_venues"},
            "conditions": {"night_shifts"},
            "abroad": None,
        },
        {
            "kind": "job",
            "title": "Warehouse Operator",
            "description": "Logistics company in Shah Alam looking for warehouse "
            "operators with a valid forklift (PMA) licence. Loading and unloading "
            "containers, stacking pallets with reach truck. Rotating shifts including "
            "night shift, shift allowance provided.",
            "concepts": {"dangerous_machinery", "forklift_operation", "logistics_warehouse"},
            "conditions": {"night_shifts"},
            "abroad": None,
        },
        {
            "kind": "job",
            "title": "Production Worker – poultry plant",
            "description": "Poultry processing plant hiring production workers for the "
            "slaughter and deboning line. Work with knives in a cold room and lift "
            "crates of chicken up to 25 kg. Day shift only, 7am to 4pm, Monday to "
            "Saturday.",
            "concepts": {"food_processing", "slaughtering"},
            "conditions": {"heavy_lifting"},
            "abroad": None,
        },
        {
            "kind": "job",
            "title": "Online Customer Service – USD 1,500/month",
            "description": "Hiring online customer service staff for a company in "
            "Sihanoukville, Cambodia. Only basic English and typing needed, no "
            "experience required. Free visa, air ticket, food and dormitory inside the "
            "company compound, and for your safety the company will keep your passport "
            "during the contract. Interview in Manila this week, fly out immediately.",
            "concepts": {"call_centre", "customer_service", "data_entry"},
            "conditions": {"live_in"},
            "abroad": "KH",
        },
        {
            "kind": "job",
            "title": "Waitress & Receptionist – 5-star hotel Dubai",
            "description": "URGENT! Female waitresses and receptionists for a luxury "
            "hotel in Dubai, salary AED 4,500 plus tips. No experience needed, free visa "
            "and ticket, zero placement fee. Age 18 to 30 with pleasing personality, "
            "send full body photo. Processing in Kuala Lumpur within 2 weeks.",
            "concepts": {"front_desk", "hospitality", "table_service"},
            "conditions": set(),
            "abroad": "AE",
        },
        {
            "kind": "job",
            "title": "Sales Assistant – bookstore",
            "description": "Bookstore in a Cebu mall hiring sales assistants. Assist "
            "customers, arrange shelves and handle the cashier. 8-hour shift, 6 days a "
            "week, with SSS and PhilHealth benefits.",
            "concepts": {"cashier", "customer_service", "retail_sales"},
            "conditions": set(),
            "abroad": None,
        },
        {
            "kind": "job",
            "title": "Admin Clerk",
            "description": "Small trading company in Petaling Jaya needs an admin clerk. "
            "Data entry, filing, answering phone calls and preparing invoices. Basic "
            "Microsoft Excel required. Office hours 9am to 6pm, Monday to Friday.",
            "concepts": {"basic_computer", "data_entry", "office_admin"},
            "conditions": set(),
            "abroad": None,
        },
        {
            "kind": "course",
            "title": "Forklift Operator Certificate Course (3 days)",
            "description": "Hands-on training on counterbalance forklift and reach "
            "truck: load handling, stacking and workplace safety. Includes theory and a "
            "practical test. Certificate issued on completion.",
            "concepts": {"dangerous_machinery", "forklift_operation", "logistics_warehouse"},
            "conditions": set(),
            "abroad": None,
        },
        {
            "kind": "course",
            "title": "Barista Basics Workshop",
            "description": "Learn espresso extraction, milk steaming, latte art and café "
            "hygiene over two weekends. Small class, all equipment provided. Suitable "
            "for beginners who want to work in a café.",
            "concepts": {"barista", "coffee", "food_hygiene"},
            "conditions": set(),
            "abroad": None,
        },
    ],
    "th": [
        {
            "kind": "job",
            "title": "รับสมัครลูกเรือ มีที่พัก อาหารฟรี",
            "description": "เรือประมงอวนลาก จ.สมุทรสาคร รับลูกเรือหลายอัตรา ไม่ต้องมีประสบการณ์ "
            "ออกทะเลครั้งละ 20-30 วัน กินนอนบนเรือ งานดึงอวนตอนกลางคืน คัดปลา แบกลังปลาลงห้องเย็น "
            "เบิกเงินล่วงหน้าได้",
            "concepts": {"fishing", "fishing_aquaculture"},
            "conditions": {"heavy_lifting", "live_in", "night_shifts"},
            "abroad": None,
        },
        {
            "kind": "job",
            "title": "พนักงานทั่วไป ด่วน",
            "description": "โรงโม่หิน จ.สระบุรี รับพนักงานทั่วไปประจำหน้าเครื่องโม่ ช่วยงานระเบิดหิน "
            "ขนหิน ทำความสะอาดสายพาน ต้องยกของหนักได้ มีบ้านพักคนงานในบริเวณโรงโม่ เข้างาน "
            "07.00-17.00 น.",
            "concepts": {"dangerous_machinery", "mining_quarrying"},
            "conditions": {"heavy_lifting", "live_in"},
            "abroad": None,
        },
        {
            "kind": "job",
            "title": "ช่างนั่งร้าน / กรรมกร ไซต์งานคอนโด",
            "description": "รับช่างนั่งร้านและกรรมกร ไซต์ก่อสร้างคอนโด 30 ชั้น ย่านบางนา "
            "งานประกอบและรื้อนั่งร้าน ทำงานบนที่สูง ต้องไม่กลัวความสูง มีเข็มขัดนิรภัยให้ "
            "มีแคมป์คนงานให้พักในไซต์ จ่ายค่าแรงทุก 15 วัน",
            "concepts": {"construction", "work_at_height"},
            "conditions": {"live_in"},
            "abroad": None,
        },
        {
            "kind": "job",
            "title": "รับน้องๆ PR รายได้ดี รับเงินทุกวัน",
            "description": "ร้านคาราโอเกะย่านรัชดา รับน้องๆ PR นั่งดริ้งค์ เชียร์เครื่องดื่ม ดูแลลูกค้า "
            "ไม่ต้องมีประสบการณ์ อายุ 18 ปีขึ้นไป เวลางาน 20.00-02.00 น. รายได้ค่าดริ้งค์ + ทิป",
            "concepts": {"alcohol_sales", "nightlife_venues"},
            "conditions": {"night_shifts"},
            "abroad": None,
        },
        {
            "kind": "job",
            "title": "รับคนงานประจำสวน",
            "description": "สวนทุเรียน จ.จันทบุรี รับคนงานประจำสวน งานฉีดยาฆ่าแมลง พ่นยาฆ่าหญ้า "
            "ใส่ปุ๋ย ตัดหญ้า มีที่พักในสวน น้ำไฟฟรี รับทั้งคนไทยและแรงงานต่างด้าว",
            "concepts": {"agriculture", "agrochemical_work"},
            "conditions": {"live_in"},
            "abroad": None,
        },
        {
            "kind": "job",
            "title": "พนักงานฝ่ายผลิต กะดึก มีรถรับส่ง",
            "description": "โรงงานแปรรูปไก่ จ.ลพบุรี รับพนักงานฝ่ายผลิต ไลน์เชือดและตัดแต่งชิ้นส่วนไก่ "
            "ใช้มีดและทำงานในห้องเย็น ทำงานกะดึก 20.00-05.00 น. มีค่ากะ",
            "concepts": {"food_processing", "slaughtering"},
            "conditions": {"night_shifts"},
            "abroad": None,
        },
        {
            "kind": "job",
            "title": "แอดมินตอบแชท งานออนไลน์ รายได้ 35,000+",
            "description": "รับแอดมินตอบแชทลูกค้า ทำงานที่เมียวดี ข้ามฝั่งจากแม่สอด ไม่ต้องมีประสบการณ์ "
            "พิมพ์ไทยคล่องก็พอ บริษัทออกค่าเดินทางให้ มีหอพักและอาหารฟรีในบริษัท "
            "บริษัทจะเก็บพาสปอร์ตไว้ให้เพื่อความปลอดภัย",
            "concepts": {"call_centre", "customer_service", "data_entry"},
            "conditions": {"live_in"},
            "abroad": "MM",
        },
        {
            "kind": "job",
            "title": "ด่วน! พนักงานสปา ดูไบ รายได้เดือนละ 100,000",
            "description": "สปาหรูที่ดูไบรับพนักงานนวดหญิง อายุ 20-30 ปี ไม่มีประสบการณ์สอนให้ ฟรีวีซ่า "
            "ฟรีตั๋วเครื่องบิน ไม่ต้องจ่ายค่าหัว บินได้ภายใน 2 สัปดาห์ สนใจส่งรูปเต็มตัวทางแชท",
            "concepts": {"beauty_wellness", "massage"},
            "conditions": set(),
            "abroad": "AE",
        },
        {
            "kind": "job",
            "title": "พนักงานร้านกาแฟ (บาริสต้า)",
            "description": "ร้านกาแฟในห้างย่านลาดพร้าว รับพนักงานประจำร้าน ชงกาแฟ รับออเดอร์ "
            "คิดเงิน ไม่มีประสบการณ์มีสอนให้ เวลางาน 09.00-18.00 น. หยุดสัปดาห์ละ 1 วัน",
            "concepts": {"barista", "cashier", "food_service"},
            "conditions": set(),
            "abroad": None,
        },
        {
            "kind": "job",
            "title": "พนักงานขายหน้าร้าน",
            "description": "ร้านขายโทรศัพท์มือถือและอุปกรณ์เสริม รับพนักงานขายหน้าร้าน แนะนำสินค้า "
            "ดูแลลูกค้า จัดสต็อก เงินเดือน + คอมมิชชั่น มีประกันสังคม",
            "concepts": {"customer_service", "retail_sales", "selling"},
            "conditions": set(),
            "abroad": None,
        },
        {
            "kind": "course",
            "title": "หลักสูตรช่างเชื่อมไฟฟ้า เรียนฟรี",
            "description": "ฝึกอบรมช่างเชื่อมไฟฟ้าและเชื่อมแก๊ส 30 ชั่วโมง เรียนการใช้เครื่องเชื่อม "
            "ความปลอดภัยในงานเชื่อม และการใช้อุปกรณ์ป้องกัน ฟรีค่าเรียน มีวุฒิบัตรเมื่อจบหลักสูตร",
            "concepts": {"welding"},
            "conditions": set(),
            "abroad": None,
        },
        {
            "kind": "course",
            "title": "คอร์สทำเบเกอรี่เบื้องต้น",
            "description": "เรียนทำขนมปัง เค้ก คุกกี้ ตั้งแต่พื้นฐาน สอนการใช้เตาอบและการคิดต้นทุน "
            "เหมาะสำหรับผู้ที่อยากเปิดร้านขนมเล็กๆ เรียน 5 วัน ได้ลงมือทำทุกเมนู",
            "concepts": {"baking", "own_business"},
            "conditions": set(),
            "abroad": None,
        },
    ],
    "vi": [
        {
            "kind": "job",
            "title": "Tuyển thuyền viên tàu cá, bao ăn ở",
            "description": "Tàu cá xa bờ ở Cà Mau cần tuyển thuyền viên, không cần kinh "
            "nghiệm. Mỗi chuyến đi biển 1-2 tháng, ăn ngủ trên tàu. Công việc kéo lưới "
            "ban đêm, khiêng thùng cá, được ứng lương trước.",
            "concepts": {"fishing", "fishing_aquaculture"},
            "conditions": {"heavy_lifting", "live_in", "night_shifts"},
            "abroad": None,
        },
        {
            "kind": "job",
            "title": "Tuyển lao động phổ thông, nhận cả vợ chồng",
            "description": "Lò gạch ở Vĩnh Long cần tuyển công nhân bốc xếp gạch, ra lò "
            "và chất gạch vào lò nung. Làm việc gần lò nóng, nhiều bụi. Bao ăn ở tại lò, "
            "lương khoán theo sản phẩm.",
            "concepts": {"brick_kilns"},
            "conditions": {"heavy_lifting", "live_in"},
            "abroad": None,
        },
        {
            "kind": "job",
            "title": "Công nhân mỏ đá",
            "description": "Mỏ đá ở Ninh Bình tuyển công nhân khoan, phụ nổ mìn, vận "
            "hành máy nghiền đá và bốc xếp. Ưu tiên nam sức khỏe tốt, chịu được bụi và "
            "tiếng ồn. Có nhà ở cho công nhân ngay tại mỏ.",
            "concepts": {"dangerous_machinery", "mining_quarrying"},
            "conditions": {"heavy_lifting", "live_in"},
            "abroad": None,
        },
        {
            "kind": "job",
            "title": "Tuyển nhân viên phục vụ, thu nhập cao",
            "description": "Karaoke cao cấp quận 7 tuyển nữ phục vụ phòng, rót bia, tiếp "
            "khách và ngồi hát cùng khách. Không cần kinh nghiệm, thu nhập 20-30 "
            "triệu/tháng cộng tiền tip. Làm từ 19h đến 2h sáng, bao ở tại quán.",
            "concepts": {"alcohol_sales", "nightlife_venues"},
            "conditions": {"live_in", "night_shifts"},
            "abroad": None,
        },
        {
            "kind": "job",
            "title": "Tuyển thợ phụ hồ, lương ngày",
            "description": "Công trình nhà cao tầng ở Bình Dương cần tuyển thợ phụ hồ, "
            "thợ giàn giáo. Công việc trộn hồ, khiêng gạch, xi măng, leo giàn giáo lên "
            "cao. Lương ngày 350k, có lán trại cho anh em ở lại công trình.",
            "concepts": {"construction", "work_at_height"},
            "conditions": {"heavy_lifting", "live_in"},
            "abroad": None,
        },
        {
            "kind": "job",
            "title": "Tuyển công nhân ca đêm, lương tuần",
            "description": "Cơ sở giết mổ gia súc tập trung ở Hóc Môn tuyển công nhân "
            "làm ca đêm từ 22h đến 5h sáng. Công việc chọc tiết, cạo lông, pha lóc thịt "
            "heo và khiêng thịt lên xe giao chợ.",
            "concepts": {"food_processing", "slaughtering"},
            "conditions": {"heavy_lifting", "night_shifts"},
            "abroad": None,
        },
        {
            "kind": "job",
            "title": "Việc nhẹ lương cao – CSKH online 1.500 USD",
            "description": "Tuyển nhân viên chăm sóc khách hàng online, chỉ cần biết "
            "dùng điện thoại và đánh máy, không cần kinh nghiệm. Làm việc tại Bavet, "
            "Campuchia, công ty bao vé xe, ăn ở trong khu công ty. Hộ chiếu do công ty "
            "giữ hộ cho an toàn, đi ngay trong tuần.",
            "concepts": {"call_centre", "customer_service", "data_entry"},
            "conditions": {"live_in"},
            "abroad": "KH",
        },
        {
            "kind": "job",
            "title": "Đi Malaysia làm nông trường, miễn phí 100%",
            "description": "Tuyển nam 18-40 tuổi đi làm nông trường cọ dầu ở Sabah, "
            "Malaysia, lương 25 triệu/tháng. Miễn phí visa và vé máy bay, không cần "
            "tiếng, không cần kinh nghiệm. Công việc thu hoạch cọ và phun thuốc cỏ, ở "
            "nhà tập thể trong nông trường.",
            "concepts": {"agriculture", "agrochemical_work"},
            "conditions": {"live_in"},
            "abroad": "MY",
        },
        {
            "kind": "job",
            "title": "Nhân viên bán hàng shop thời trang",
            "description": "Shop thời trang nữ ở quận 3 cần tuyển nhân viên bán hàng, tư "
            "vấn khách và sắp xếp hàng hóa. Ca sáng 8h-15h hoặc ca chiều 15h-22h. Lương "
            "cứng 6 triệu + hoa hồng.",
            "concepts": {"customer_service", "retail_sales", "selling"},
            "conditions": set(),
            "abroad": None,
        },
        {
            "kind": "job",
            "title": "Nhân viên văn phòng – nhập liệu",
            "description": "Công ty thương mại ở Cầu Giấy tuyển nhân viên nhập liệu, "
            "soạn thảo văn bản, nghe điện thoại. Yêu cầu biết Word, Excel cơ bản. Làm "
            "giờ hành chính từ thứ 2 đến thứ 6.",
            "concepts": {"basic_computer", "data_entry", "office_admin"},
            "conditions": set(),
            "abroad": None,
        },
        {
            "kind": "course",
            "title": "Khóa học lái xe nâng hàng – cấp chứng chỉ",
            "description": "Đào tạo vận hành xe nâng hàng cho người mới, học lý thuyết "
            "an toàn và thực hành trên xe thật. Học 7 ngày, thi cấp chứng chỉ vận hành "
            "xe nâng. Hỗ trợ giới thiệu việc làm tại các khu công nghiệp.",
            "concepts": {"dangerous_machinery", "forklift_operation"},
            "conditions": set(),
            "abroad": None,
        },
        {
            "kind": "course",
            "title": "Khóa học pha chế cà phê – trà sữa",
            "description": "Dạy pha chế cà phê máy, cà phê phin và trà sữa cho người mới "
            "bắt đầu. Học 10 buổi, thực hành trên máy thật, được tư vấn mở quán.",
            "concepts": {"barista", "coffee"},
            "conditions": set(),
            "abroad": None,
        },
    ],
    "tl": [
        {
            "kind": "job",
            "title": "Helper, may libreng tirahan at bigas",
            "description": "Kailangan ng helper sa small-scale gold mining sa Itogon, "
            "Benguet. Trabaho sa loob ng tunnel, pagbubuhat ng mabibigat na sako ng bato "
            "at pagpapatakbo ng ball mill. May barracks sa site, libreng bigas.",
            "concepts": {"mining_quarrying"},
            "conditions": {"heavy_lifting", "live_in"},
            "abroad": None,
        },
        {
            "kind": "job",
            "title": "Farm Worker – Banana Plantation",
            "description": "Banana plantation sa Davao del Norte naghahanap ng farm "
            "workers. Mag-spray ng fungicide at pesticide gamit ang knapsack sprayer, "
            "magbalot ng bunga at mag-harvest. Day shift lang, 6AM-2PM, may PPE na "
            "ibibigay.",
            "concepts": {"agriculture", "agrochemical_work"},
            "conditions": set(),
            "abroad": None,
        },
        {
            "kind": "job",
            "title": "Hiring GRO / Entertainer",
            "description": "Wanted GRO at entertainers para sa KTV bar sa Quezon City. "
            "Sasamahan ang guests, kakanta at iinom kasama nila, may commission sa bawat "
            "lady's drink. 8PM hanggang 4AM ang duty, may stay-in sa bar para sa "
            "taga-probinsya. 18 pataas, walang experience okay lang.",
            "concepts": {"alcohol_sales", "nightlife_venues"},
            "conditions": {"live_in", "night_shifts"},
            "abroad": None,
        },
        {
            "kind": "job",
            "title": "Construction Worker / Laborer – Makati project",
            "description": "Hiring laborers at scaffolders para sa high-rise building "
            "project sa Makati. Magbubuhat ng hollow blocks, semento at bakal, at "
            "magtatrabaho sa scaffolding sa matataas na palapag. Stay-in sa barracks sa "
            "site, may overtime pay.",
            "concepts": {"construction", "work_at_height"},
            "conditions": {"heavy_lifting", "live_in"},
            "abroad": None,
        },
        {
            "kind": "job",
            "title": "Table Games Dealer Trainee",
            "description": "Integrated resort sa Entertainment City, Parañaque hiring "
            "dealer trainees para sa baccarat at roulette tables. Rotating shift kasama "
            "ang graveyard shift. Must be 21 years old and above, may libreng training.",
            "concepts": {"gambling"},
            "conditions": {"night_shifts"},
            "abroad": None,
        },
        {
            "kind": "job",
            "title": "Fishing Crew – libre pagkain",
            "description": "Hiring ng crew para sa commercial fishing boat (basnig) sa "
            "Navotas. Dalawa hanggang tatlong linggo sa laot, sa bangka kakain at "
            "matutulog. Trabaho ay paghila ng lambat sa gabi at pagbuhat ng banyera ng "
            "isda. Walang experience, basta malakas ang katawan.",
            "concepts": {"fishing", "fishing_aquaculture"},
            "conditions": {"heavy_lifting", "live_in", "night_shifts"},
            "abroad": None,
        },
        {
            "kind": "job",
            "title": "Online CSR / Encoder – 50K monthly",
            "description": "Hiring online customer service representatives at encoders "
            "sa Poipet, Cambodia! 50K to 80K per month, basic English at marunong "
            "mag-type lang. Free visa, plane ticket, food at accommodation sa loob ng "
            "company compound. Tourist visa muna, ang company na ang magtatago ng "
            "passport mo pagdating para safe.",
            "concepts": {"call_centre", "customer_service", "data_entry"},
            "conditions": {"live_in"},
            "abroad": "KH",
        },
        {
            "kind": "job",
            "title": "Waitress / Service Crew sa Dubai – No Placement Fee",
            "description": "Urgent hiring! Waitress at service crew sa isang restaurant "
            "sa Dubai, 2,500 AED plus tips. No experience, no placement fee, free visa "
            "at ticket. Female 18-30 years old, pleasing personality, send full body "
            "picture. Process in 2 weeks only!",
            "concepts": {"food_service", "table_service"},
            "conditions": set(),
            "abroad": "AE",
        },
        {
            "kind": "job",
            "title": "Saleslady – Boutique sa SM",
            "description": "Hiring saleslady para sa boutique sa SM mall. Mag-assist ng "
            "customers, mag-ayos ng display at mag-cashier. 8 hours duty, with SSS, "
            "PhilHealth at Pag-IBIG.",
            "concepts": {"cashier", "customer_service", "retail_sales"},
            "conditions": set(),
            "abroad": None,
        },
        {
            "kind": "job",
            "title": "Barista / Service Crew – Coffee Shop",
            "description": "Coffee shop sa Quezon City naghahanap ng barista. Gagawa ng "
            "kape at milk tea, kukuha ng orders at maglilinis ng area. Training "
            "provided, day shift schedule.",
            "concepts": {"barista", "coffee", "food_service"},
            "conditions": set(),
            "abroad": None,
        },
        {
            "kind": "course",
            "title": "TESDA Shielded Metal Arc Welding (SMAW) NC II – Free Training",
            "description": "Libreng training sa SMAW NC II na may allowance. Matututunan "
            "ang pag-welding ng plate at pipe, tamang paggamit ng PPE at safety sa "
            "workshop. Pagkatapos ng training, may assessment para sa National "
            "Certificate.",
            "concepts": {"welding"},
            "conditions": set(),
            "abroad": None,
        },
        {
            "kind": "course",
            "title": "Bread and Pastry Production NC II",
            "description": "Libreng short course sa bread and pastry production. "
            "Matututo kang gumawa ng tinapay, cake at pastries, kasama ang food safety "
            "at costing. May certificate pagkatapos ng training.",
            "concepts": {"baking", "food_hygiene"},
            "conditions": set(),
            "abroad": None,
        },
    ],
    "km": [
        {
            "kind": "job",
            "title": "ត្រូវការកម្មករធ្វើការ មានកន្លែងស្នាក់នៅ",
            "description": "ឡឥដ្ឋនៅខេត្តកណ្តាល ត្រូវការកម្មករលើក និងរៀបឥដ្ឋចូលឡ ព្រមទាំងដុតឡ។ ការងារធ្ងន់ "
            "ត្រូវលើកឥដ្ឋរាល់ថ្ងៃ ក្បែរភ្លើងក្តៅ។ មានផ្ទះស្នាក់នៅក្នុងបរិវេណឡ ទទួលទាំងប្តីប្រពន្ធ និងអាចខ្ចីលុយមុនបាន។",
            "concepts": {"brick_kilns"},
            "conditions": {"heavy_lifting", "live_in"},
            "abroad": None,
        },
        {
            "kind": "job",
            "title": "ជ្រើសរើសកម្មករសំណង់ ច្រើននាក់",
            "description": "ការដ្ឋានសំណង់អគារ ២០ជាន់ នៅភ្នំពេញ ត្រូវការកម្មករ និងជាងដំឡើងរន្ទា។ ការងារលើទីខ្ពស់ "
            "និងលើកស៊ីម៉ងត៍ ដែក និងឥដ្ឋ។ មានរោងស្នាក់នៅក្នុងការដ្ឋាន ប្រាក់ឈ្នួលបើករៀងរាល់ ១៥ថ្ងៃម្តង។",
            "concepts": {"construction", "work_at_height"},
            "conditions": {"heavy_lifting", "live_in"},
            "abroad": None,
        },
        {
            "kind": "job",
            "title": "ជ្រើសរើសបុគ្គលិកបម្រើអតិថិជន (Dealer)",
            "description": "កាស៊ីណូនៅបាវិត ខេត្តស្វាយរៀង ជ្រើសរើសបុគ្គលិកចែកបៀ ទាំងប្រុសទាំងស្រី អាយុ ១៨ឆ្នាំឡើងទៅ។ "
            "ធ្វើការវេនយប់ និងវេនថ្ងៃឆ្លាស់គ្នា មានវគ្គហ្វឹកហ្វឺនឥតគិតថ្លៃ និងឡានដឹកជញ្ជូន។",
            "concepts": {"customer_service", "gambling"},
            "conditions": {"night_shifts"},
            "abroad": None,
        },
        {
            "kind": "job",
            "title": "ត្រូវការបុគ្គលិកស្រីបម្រើភ្ញៀវ ប្រាក់ចំណូលខ្ពស់",
            "description": "KTV នៅទួលគោក ត្រូវការបុគ្គលិកស្រីបម្រើបន្ទប់ ចាក់ស្រាបៀរ និងអង្គុយកំដរភ្ញៀវច្រៀង។ "
            "ម៉ោងធ្វើការពី ៧យប់ ដល់ ២ភ្លឺ។ ប្រាក់ខែ បូកថិប និងកម្រៃជើងសារលើស្រា មិនចាំបាច់មានបទពិសោធន៍។",
            "concepts": {"alcohol_sales", "nightlife_venues"},
            "conditions": {"night_shifts"},
            "abroad": None,
        },
        {
            "kind": "job",
            "title": "ត្រូវការកម្មករទូក អាហារឥតគិតថ្លៃ",
            "description": "ទូកនេសាទនៅខេត្តកោះកុង ត្រូវការកម្មករចេញសមុទ្រ ១០ ទៅ ១៥ថ្ងៃក្នុងមួយជើង ស៊ីដេកនៅលើទូក។ "
            "ការងារទាញអួននៅពេលយប់ និងលើកធុងត្រី។ គ្មានបទពិសោធន៍ក៏បាន។",
            "concepts": {"fishing", "fishing_aquaculture"},
            "conditions": {"heavy_lifting", "live_in", "night_shifts"},
            "abroad": None,
        },
        {
            "kind": "job",
            "title": "ត្រូវការកម្មករចម្ការ បើកលុយរាល់ថ្ងៃ",
            "description": "ចម្ការស្វាយ និងដំឡូងមី នៅខេត្តបាត់ដំបង ត្រូវការកម្មករបាញ់ថ្នាំសម្លាប់សត្វល្អិត ថ្នាំសម្លាប់ស្មៅ "
            "និងដាក់ជី។ ធ្វើការតែពេលថ្ងៃ ពីម៉ោង ៦ព្រឹក ដល់ ៤រសៀល។",
            "concepts": {"agriculture", "agrochemical_work"},
            "conditions": set(),
            "abroad": None,
        },
        {
            "kind": "job",
            "title": "ការងារវាយអក្សរ Online ប្រាក់ខែ ៨០០$ ដល់ ១២០០$",
            "description": "ក្រុមហ៊ុនអនឡាញនៅក្រុងព្រះសីហនុ ត្រូវការបុគ្គលិកវាយអក្សរ និងឆ្លើយសារអតិថិជន "
            "មិនចាំបាច់មានបទពិសោធន៍ ចេះប្រើទូរស័ព្ទបានគ្រប់គ្រាន់។ ស្នាក់នៅ និងហូបចុកក្នុងបរិវេណក្រុមហ៊ុនដោយឥតគិតថ្លៃ។ "
            "ក្រុមហ៊ុននឹងរក្សាទុកអត្តសញ្ញាណប័ណ្ណ និងលិខិតឆ្លងដែនជូនដើម្បីសុវត្ថិភាព។",
            "concepts": {"call_centre", "customer_service", "data_entry"},
            "conditions": {"live_in"},
            "abroad": None,
        },
        {
            "kind": "job",
            "title": "ទៅធ្វើការនៅថៃ ប្រាក់ខែខ្ពស់ មិនគិតថ្លៃ",
            "description": "ត្រូវការកម្មករទៅធ្វើការរោងចក្រនៅប្រទេសថៃ ប្រាក់ខែ ១៥០០០បាត ក្នុងមួយខែ។ "
            "មិនចាំបាច់មានលិខិតឆ្លងដែន មានគេនាំឆ្លងព្រំដែនដោយឥតគិតថ្លៃ ហើយកាត់ពីប្រាក់ខែបន្តិចម្តងៗ។ ចេញដំណើរភ្លាមៗ។",
            "concepts": {"manufacturing"},
            "conditions": set(),
            "abroad": "TH",
        },
        {
            "kind": "job",
            "title": "ត្រូវការបុគ្គលិកលក់ទំនិញ",
            "description": "ហាងលក់សម្លៀកបំពាក់នៅផ្សារអូឡាំពិក ត្រូវការបុគ្គលិកលក់ស្រី ១នាក់។ ម៉ោងធ្វើការ "
            "៨ព្រឹក ដល់ ៥ល្ងាច "
            "ឈប់សម្រាកមួយថ្ងៃក្នុងមួយសប្តាហ៍។ ប្រាក់ខែ បូកកម្រៃជើងសារ។",
            "concepts": {"retail_sales", "selling"},
            "conditions": set(),
            "abroad": None,
        },
        {
            "kind": "job",
            "title": "ជ្រើសរើសបុគ្គលិកហាងកាហ្វេ",
            "description": "ហាងកាហ្វេនៅភ្នំពេញ ត្រូវការបុគ្គលិកឆុងកាហ្វេ និងបម្រើភ្ញៀវ។ "
            "មានបង្ហាត់បង្រៀនសម្រាប់អ្នកថ្មី។ "
            "ធ្វើការពេលថ្ងៃ មានអាហារថ្ងៃត្រង់។",
            "concepts": {"barista", "coffee", "food_service"},
            "conditions": set(),
            "abroad": None,
        },
        {
            "kind": "course",
            "title": "វគ្គបណ្តុះបណ្តាលជាងផ្សារដែក ឥតគិតថ្លៃ",
            "description": "វគ្គសិក្សារយៈពេល ៣ខែ រៀនផ្សារដែកដោយម៉ាស៊ីនផ្សារអគ្គិសនី ការប្រើប្រាស់ឧបករណ៍ការពារ "
            "និងសុវត្ថិភាពការងារ។ សម្រាប់យុវជនអាយុ ១៨ ដល់ ៣០ឆ្នាំ ទទួលបានវិញ្ញាបនបត្របញ្ចប់វគ្គ។",
            "concepts": {"welding"},
            "conditions": set(),
            "abroad": None,
        },
        {
            "kind": "course",
            "title": "វគ្គសិក្សាកុំព្យូទ័រមូលដ្ឋាន",
            "description": "រៀន Microsoft Word, Excel និងការប្រើអ៊ីនធឺណិត សម្រាប់អ្នកចាប់ផ្តើមដំបូង។ "
            "រៀនរៀងរាល់ថ្ងៃសៅរ៍ និងអាទិត្យ រយៈពេល ២ខែ។",
            "concepts": {"basic_computer", "computers"},
            "conditions": set(),
            "abroad": None,
        },
    ],
    "my": [
        {
            "kind": "job",
            "title": "အလုပ်သမားများ အမြန်လိုအပ်သည် (နေစရာ၊ စားစရာ ပါ)",
            "description": "ဖားကန့် ကျောက်စိမ်းမိုင်းတွင် စက်ကိုင်အကူနှင့် အလုပ်သမားများ လိုအပ်ပါသည်။ မိုင်းတွင်းနှင့် "
            "မြေစာပုံတွင် လေးလံသော ကျောက်တုံးများ "
            "သယ်ယူရမည်။ မိုင်းကွင်းအတွင်း တန်းလျားတွင် နေထိုင်ရမည်၊ ထမင်းကျွေးမည်၊ လစာကြိုတင်ထုတ်ပေးနိုင်ပါသည်။",
            "concepts": {"mining_quarrying"},
            "conditions": {"heavy_lifting", "live_in"},
            "abroad": None,
        },
        {
            "kind": "job",
            "title": "လှေသား လိုအပ်သည် - အစားအသောက် အခမဲ့",
            "description": "ထိုင်းနိုင်ငံ ရနောင်းမြို့ ငါးဖမ်းလှေတွင် လှေသားများ လိုအပ်ပါသည်။ ပင်လယ်ထဲ "
            "တစ်ခေါက်လျှင် ၁ လမှ ၂ လအထိ ထွက်ရပြီး "
            "လှေပေါ်တွင်ပဲ စားအိပ်ရမည်။ ညဘက် ပိုက်ဆွဲခြင်း၊ ငါးသေတ္တာများ သယ်ခြင်း လုပ်ရပါမည်။ အတွေ့အကြုံ မလိုပါ။",
            "concepts": {"fishing", "fishing_aquaculture"},
            "conditions": {"heavy_lifting", "live_in", "night_shifts"},
            "abroad": "TH",
        },
        {
            "kind": "job",
            "title": "ဧည့်ကြိုဝန်ထမ်း (အမျိုးသမီး) လိုအပ်သည်",
            "description": "ရန်ကုန်မြို့ရှိ KTV တစ်ခုတွင် ဧည့်သည်များကို ဧည့်ခံပြီး အတူသီချင်းဆို၊ ဘီယာငှဲ့ပေးမည့် "
            "အမျိုးသမီးဝန်ထမ်းများ လိုအပ်သည်။ "
            "အလုပ်ချိန် ည ၇ နာရီမှ မနက် ၂ နာရီ။ လစာ + tip + အရက်ကော်မရှင်၊ ဆိုင်မှာပဲ နေစရာပေးမည်။",
            "concepts": {"alcohol_sales", "nightlife_venues"},
            "conditions": {"live_in", "night_shifts"},
            "abroad": None,
        },
        {
            "kind": "job",
            "title": "ဆောက်လုပ်ရေး အလုပ်သမား (အမျိုးသား) လိုအပ်သည်",
            "description": "ရန်ကုန် ၁၂ ထပ် ကွန်ဒိုဆိုက်တွင် ငြမ်းဆင်သမားနှင့် အလုပ်သမားများ လိုအပ်ပါသည်။ အမြင့်တွင် "
            "ငြမ်းပေါ်တက်လုပ်ရမည်၊ "
            "ဘိလပ်မြေအိတ်နှင့် သံချောင်းများ သယ်ရမည်။ ဆိုက်ထဲမှာ တဲနှင့် နေရာထိုင်ခင်း ရှိသည်။",
            "concepts": {"construction", "work_at_height"},
            "conditions": {"heavy_lifting", "live_in"},
            "abroad": None,
        },
        {
            "kind": "job",
            "title": "ခြံအလုပ်သမား လိုအပ်သည် (နေ့စား)",
            "description": "ငှက်ပျောခြံတွင် ပိုးသတ်ဆေးနှင့် ပေါင်းသတ်ဆေး ဖျန်းပေးမည့် အလုပ်သမားများ လိုအပ်သည်။ "
            "ဆေးဘူးလွယ်ပြီး ခြံတစ်ခြံလုံး ဖျန်းရမည်။ "
            "နေ့ဘက်သာ အလုပ်လုပ်ရမည်၊ နေ့စားလုပ်ခ ပေးမည်။",
            "concepts": {"agriculture", "agrochemical_work"},
            "conditions": set(),
            "abroad": None,
        },
        {
            "kind": "job",
            "title": "ဂိုဒေါင်ဝန်ထမ်း လိုအပ်သည်",
            "description": "လှိုင်သာယာ စက်မှုဇုန်ရှိ ဂိုဒေါင်တွင် Forklift ကား မောင်းနိုင်သူ လိုအပ်သည်။ ကုန်တင်ကုန်ချ "
            "လုပ်ရပြီး လေးလံသော "
            "ပစ္စည်းအိတ်များ သယ်ရသည်။ ညဆိုင်း အလှည့်ကျ ဆင်းရမည်။",
            "concepts": {"dangerous_machinery", "forklift_operation", "logistics_warehouse"},
            "conditions": {"heavy_lifting", "night_shifts"},
            "abroad": None,
        },
        {
            "kind": "job",
            "title": "Online Customer Service ဝန်ထမ်း - လစာ ၁၅ သိန်းအထက်",
            "description": "မြဝတီ ရွှေကုက္ကိုရှိ ကုမ္ပဏီတွင် Online Customer Service နှင့် စာရိုက်ဝန်ထမ်းများ လိုအပ်ပါသည်။ "
            "အတွေ့အကြုံ မလို၊ ဖုန်းနှင့် ကွန်ပျူတာ အနည်းငယ် သုံးတတ်ရုံဖြင့် ရပါသည်။ ကားခ၊ စားစရာ ကုမ္ပဏီက တာဝန်ယူပြီး "
            "ကုမ္ပဏီဝင်းထဲတွင် နေရမည်။ "
            "နိုင်ငံကူးလက်မှတ်ကို ကုမ္ပဏီက လုံခြုံစွာ သိမ်းထားပေးမည်။",
            "concepts": {"call_centre", "customer_service", "data_entry"},
            "conditions": {"live_in"},
            "abroad": None,
        },
        {
            "kind": "job",
            "title": "မလေးရှား စားသောက်ဆိုင် ဝန်ထမ်း - ပွဲခ မယူ",
            "description": "မလေးရှားနိုင်ငံ ကွာလာလမ်ပူရှိ စားသောက်ဆိုင်တွင် အမျိုးသမီး စားပွဲထိုးများ လိုအပ်သည်၊ "
            "လစာ ရင်းဂစ် ၃၀၀၀။ ပွဲခ မယူ၊ "
            "ဗီဇာနှင့် လေယာဉ်လက်မှတ် အခမဲ့။ ရောက်ရောက်ချင်း ပတ်စပို့ကို အလုပ်ရှင်က သိမ်းထားမည်၊ တစ်ပတ်အတွင်း ထွက်ခွာနိုင်သည်။",
            "concepts": {"food_service", "table_service"},
            "conditions": set(),
            "abroad": "MY",
        },
        {
            "kind": "job",
            "title": "ကော်ဖီဆိုင် ဝန်ထမ်း လိုအပ်သည်",
            "description": "ရန်ကုန် ဗဟန်းမြို့နယ်ရှိ ကော်ဖီဆိုင်တွင် ကော်ဖီဖျော်ဝန်ထမ်းနှင့် ငွေကိုင် လိုအပ်သည်။ အတွေ့အကြုံ "
            "မရှိလည်း သင်ပေးမည်။ "
            "နေ့ဆိုင်းသာ၊ လစဉ် ပိတ်ရက် ၄ ရက်။",
            "concepts": {"barista", "cashier", "food_service"},
            "conditions": set(),
            "abroad": None,
        },
        {
            "kind": "job",
            "title": "အရောင်းဝန်ထမ်း (ဖုန်းဆိုင်)",
            "description": "မန္တလေးရှိ မိုဘိုင်းဖုန်းဆိုင်တွင် အရောင်းဝန်ထမ်း လိုအပ်သည်။ ဖောက်သည်များကို "
            "ဖုန်းမော်ဒယ်များ ရှင်းပြပေးခြင်း၊ ငွေရှင်းခြင်း "
            "လုပ်ရမည်။ လစာ + ရောင်းအား ကော်မရှင်။",
            "concepts": {"customer_service", "retail_sales", "selling"},
            "conditions": set(),
            "abroad": None,
        },
        {
            "kind": "course",
            "title": "ဂဟေဆော်နည်း သင်တန်း (လက်တွေ့)",
            "description": "အီလက်ထရစ် ဂဟေဆော်နည်း (Arc Welding) ကို လက်တွေ့ သင်ကြားပေးမည့် ၂ လ သင်တန်း။ "
            "ဘေးကင်းရေး ကိရိယာ "
            "အသုံးပြုပုံနှင့် အလုပ်ခွင် ဘေးကင်းရေးကိုလည်း သင်ကြားပေးမည်။ သင်တန်းဆင်းလက်မှတ် ထုတ်ပေးမည်။",
            "concepts": {"welding"},
            "conditions": set(),
            "abroad": None,
        },
        {
            "kind": "course",
            "title": "Basic English Speaking သင်တန်း",
            "description": "နေ့စဉ်သုံး အင်္ဂလိပ်စကားပြော သင်တန်းဖြစ်ပြီး အလုပ်အင်တာဗျူးနှင့် "
            "ဖောက်သည်ဆက်ဆံရေးအတွက် လေ့ကျင့်ပေးမည်။ တစ်ပတ် ၃ "
            "ရက်၊ ၃ လ သင်တန်း။",
            "concepts": {"english_conversation", "language_learning"},
            "conditions": set(),
            "abroad": None,
        },
    ],
    "zh": [
        {
            "kind": "job",
            "title": "搭棚工人 / 學徒",
            "description": "大型地盤請搭棚師傅及學徒，負責竹棚搭建及拆卸，需高空工作，要"
            "識扣安全帶。日薪$1,200起，須持平安咭，無經驗可教。",
            "concepts": {"construction", "work_at_height"},
            "conditions": set(),
            "abroad": None,
        },
        {
            "kind": "job",
            "title": "公關 / 營業員（高收入，日結）",
            "description": "尖沙咀高級夜總會誠聘女公關，陪客人飲酒傾偈、唱K，無經驗可教。"
            "返工時間晚上9點至凌晨4點，底薪+酒水佣金+小費，日結。",
            "concepts": {"alcohol_sales", "nightlife_venues"},
            "conditions": {"night_shifts"},
            "abroad": None,
        },
        {
            "kind": "job",
            "title": "渔船船员 包吃包住",
            "description": "舟山渔船招船员，不限经验，身体健康能吃苦即可。出海一次两到三"
            "个月，吃住都在船上。主要工作是晚上起网、分拣鱼货、搬运鱼箱，工资出海前可预支"
            "。",
            "concepts": {"fishing", "fishing_aquaculture"},
            "conditions": {"heavy_lifting", "live_in", "night_shifts"},
            "abroad": None,
        },
        {
            "kind": "job",
            "title": "招普工，月薪8000以上，包吃住",
            "description": "山西某煤矿招井下普工，负责支护、运料、清煤，需搬运重物，限18-"
            "50岁男性。三班倒，吃住在矿区宿舍，月底结算工资。",
            "concepts": {"mining_quarrying"},
            "conditions": {"heavy_lifting", "live_in", "night_shifts"},
            "abroad": None,
        },
        {
            "kind": "job",
            "title": "食品厂操作工 计件工资",
            "description": "肉联厂屠宰车间招操作工，负责生猪屠宰、分割和搬运白条肉，需会"
            "用刀。上夜班，晚上10点到早上6点，多劳多得。",
            "concepts": {"food_processing", "slaughtering"},
            "conditions": {"heavy_lifting", "night_shifts"},
            "abroad": None,
        },
        {
            "kind": "job",
            "title": "倉務員（有通宵津貼）",
            "description": "葵涌物流倉請倉務員，須持有效叉車牌，負責上落貨櫃、叉板及搬運"
            "貨物。需輪班，包括通宵更，另設通宵津貼。",
            "concepts": {"dangerous_machinery", "forklift_operation", "logistics_warehouse"},
            "conditions": {"heavy_lifting", "night_shifts"},
            "abroad": None,
        },
        {
            "kind": "job",
            "title": "高薪客服/打字员 月入2万+",
            "description": "柬埔寨西港公司招聘网络客服、打字员，会打字、会用电脑即可，无"
            "需经验。月薪2万起，包机票、包吃住，住在园区内。护照由公司统一保管，确保安全"
            "。",
            "concepts": {"call_centre", "customer_service", "data_entry"},
            "conditions": {"live_in"},
            "abroad": "KH",
        },
        {
            "kind": "job",
            "title": "杜拜酒店接待員 高薪 免中介費",
            "description": "杜拜五星級酒店誠聘女接待員及侍應，月薪港幣25,000起，包機票、"
            "簽證，免中介費。無經驗、唔識英文都可以，18至30歲，請傳全身相。",
            "concepts": {"front_desk", "hospitality", "table_service"},
            "conditions": set(),
            "abroad": "AE",
        },
        {
            "kind": "job",
            "title": "便利店店務員",
            "description": "屯門便利店請店務員，負責收銀、上貨、執拾店舖。早更或午更，無"
            "需通宵，有勤工獎。",
            "concepts": {"cashier", "customer_service", "retail_sales"},
            "conditions": set(),
            "abroad": None,
        },
        {
            "kind": "job",
            "title": "行政文员",
            "description": "深圳科技公司招行政文员，负责资料录入、文件整理、接听电话。会"
            "用Word和Excel，朝九晚六，双休，五险一金。",
            "concepts": {"basic_computer", "data_entry", "office_admin"},
            "conditions": set(),
            "abroad": None,
        },
        {
            "kind": "course",
            "title": "高处作业证培训（登高证）",
            "description": "高处作业特种作业操作证培训，内容包括安全带使用、脚手架安全和"
            "高空救援。理论加实操，考试合格发证，适合建筑、装修、外墙清洗等工种。",
            "concepts": {"construction", "work_at_height"},
            "conditions": set(),
            "abroad": None,
        },
        {
            "kind": "course",
            "title": "咖啡師證書課程",
            "description": "由淺入深學習咖啡豆知識、意式咖啡萃取、打奶及拉花。共8堂，每堂"
            "3小時，完成課程可獲證書。",
            "concepts": {"barista", "coffee"},
            "conditions": set(),
            "abroad": None,
        },
    ],
}

#: language -> the third set of ads, written blind in session 30 by a writer given only the
#: concept ids and their English labels, after the second set's fixes: ordinary, decent
#: opportunities as NGOs, vocational schools, social enterprises, job centres and small
#: businesses post them (six courses and six jobs a language; titles that often name only
#: the employer or the benefit, so the work must be read from the description; a condition
#: in two jobs, its opposite in one). Committed before its first run.
THIRD: dict[str, list[Ad]] = {
    "en": [
        {
            "kind": "course",
            "title": "Free sewing course for women",
            "description": (
                "Our women's centre is offering a free 3-month tailoring course, Monday to "
                "Friday, 8:30am to 3:30pm. You will learn to take measurements, cut patterns "
                "and sew shirts, skirts and school uniforms on both industrial and home "
                "sewing machines. Open to women aged 18-40, no experience needed; lunch and "
                "a daily travel allowance are provided. Graduates receive a certificate and "
                "help to find work or start their own tailoring business."
            ),
            "concepts": {"pattern_cutting", "sewing", "tailoring"},
            "conditions": set(),
            "abroad": None,
        },
        {
            "kind": "course",
            "title": "Barista Basics - 4-week course",
            "description": (
                "Learn espresso, milk steaming, latte art and café hygiene in our training "
                "café. Classes run three afternoons a week for 4 weeks, and the fee is fully "
                "covered by a scholarship for young people aged 17-25. After the course you "
                "can apply for paid internships with our partner coffee shops."
            ),
            "concepts": {"barista", "coffee"},
            "conditions": set(),
            "abroad": None,
        },
        {
            "kind": "course",
            "title": "Motorbike Mechanic Training",
            "description": (
                "A 6-month hands-on course in motorbike maintenance and repair: engines, "
                "brakes, electrics and tyres. Training runs Monday to Saturday in our "
                "workshop, with a monthly allowance for food and transport. No school "
                "certificate required - just be 16 or older and keen to learn. Top students "
                "are placed in partner repair shops."
            ),
            "concepts": {"engine_maintenance", "motorbike_repair"},
            "conditions": set(),
            "abroad": None,
        },
        {
            "kind": "course",
            "title": "Get ready for office work",
            "description": (
                "This 8-week evening class teaches typing, Microsoft Word and Excel, e-mail "
                "and basic filing. Classes are on Tuesdays and Thursdays, 6-8pm, and cost "
                "USD 20 for the whole course including materials. You will leave able to "
                "enter data quickly and accurately and prepare simple letters and "
                "spreadsheets."
            ),
            "concepts": {"basic_computer", "data_entry", "office_admin"},
            "conditions": set(),
            "abroad": None,
        },
        {
            "kind": "course",
            "title": "Caregiver Certificate Course",
            "description": (
                "Learn how to care for older people at home or in care centres: bathing, "
                "feeding, moving a person safely, taking blood pressure and first aid. The "
                "course lasts 3 months (2 months in the classroom and 1 month of practice in "
                "a care home). Free for applicants aged 20-45 who can read and write; a "
                "certificate is awarded on completion."
            ),
            "concepts": {"elder_care", "first_aid"},
            "conditions": set(),
            "abroad": None,
        },
        {
            "kind": "course",
            "title": "Start your own small business",
            "description": (
                "A 5-day workshop for people who want to open a food stall, a small shop or "
                "a home-based business. Topics include choosing a business idea, pricing, "
                "keeping simple accounts, saving, and keeping business and family money "
                "apart. Free of charge; participants who complete the training can apply for "
                "a small start-up grant."
            ),
            "concepts": {"accounting_basics", "financial_literacy", "own_business"},
            "conditions": set(),
            "abroad": None,
        },
        {
            "kind": "job",
            "title": "Kitchen Helper - Day Shift",
            "description": (
                "Busy family restaurant needs a kitchen helper to wash and cut vegetables, "
                "prepare ingredients and keep the kitchen clean. Day shift only, 7am to 4pm, "
                "6 days a week; salary USD 220 per month plus free lunch. No experience "
                "needed, we will train you."
            ),
            "concepts": {"cooking", "food_service"},
            "conditions": set(),
            "abroad": None,
        },
        {
            "kind": "job",
            "title": "Warehouse Packer",
            "description": (
                "We are hiring packers for our distribution warehouse. Duties: picking "
                "orders, packing boxes and loading them onto trucks; you must be able to "
                "lift up to 25 kg regularly. Monday to Saturday, 8am-5pm, USD 250 per month "
                "with overtime paid separately."
            ),
            "concepts": {"logistics_warehouse", "packing"},
            "conditions": {"heavy_lifting"},
            "abroad": None,
        },
        {
            "kind": "job",
            "title": "Night Receptionist",
            "description": (
                "Small guesthouse looking for a friendly receptionist for the night shift, "
                "10pm to 7am, five nights a week. You will check guests in and out, answer "
                "the phone and take payments. Basic English required; pay is USD 230 a month "
                "plus a night allowance."
            ),
            "concepts": {"front_desk", "hospitality"},
            "conditions": {"night_shifts"},
            "abroad": None,
        },
        {
            "kind": "job",
            "title": "Nanny wanted",
            "description": (
                "Family with two children (ages 2 and 5) is looking for a kind, patient "
                "nanny to live in with us. Own room, meals and one day off per week; salary "
                "USD 200 per month. Experience with young children preferred; must be 21 or "
                "older."
            ),
            "concepts": {"childcare", "domestic_care_work"},
            "conditions": {"live_in"},
            "abroad": None,
        },
        {
            "kind": "job",
            "title": "Work in Singapore hotels",
            "description": (
                "A licensed recruitment agency in Phnom Penh is recruiting room attendants "
                "for hotels in Singapore. Two-year contract, salary SGD 1,600 per month, and "
                "no placement fee is charged to workers. Applicants must be 21-40, in good "
                "health and able to speak basic English."
            ),
            "concepts": {"hospitality", "housekeeping"},
            "conditions": set(),
            "abroad": "SG",
        },
        {
            "kind": "job",
            "title": "Join our team!",
            "description": (
                "Our mobile phone shop is growing and we need two friendly people to help "
                "customers choose phones and accessories, explain prices and take payments "
                "at the till. Hours 9am-6pm with one day off a week; basic salary plus "
                "commission. Secondary school education and a smile required."
            ),
            "concepts": {"cashier", "customer_service", "retail_sales"},
            "conditions": set(),
            "abroad": None,
        },
    ],
    "th": [
        {
            "kind": "course",
            "title": "อบรมฟรี! หลักสูตรช่างตัดผมชาย",
            "description": (
                "ศูนย์พัฒนาฝีมือแรงงานเปิดอบรมหลักสูตรช่างตัดผมชาย ระยะเวลา 30 วัน เรียนวันจันทร์–ศุกร์ "
                "08.30–16.30 น. ไม่เสียค่าใช้จ่าย มีอาหารกลางวันและค่าเดินทางให้ รับผู้มีอายุ 18–50 ปี "
                "ไม่จำเป็นต้องมีพื้นฐาน จบแล้วได้รับวุฒิบัตร สามารถทำงานในร้านตัดผมหรือเปิดร้านเองได้"
            ),
            "concepts": {"hairdressing"},
            "conditions": set(),
            "abroad": None,
        },
        {
            "kind": "course",
            "title": "นวดแผนไทยเพื่อสุขภาพ 150 ชั่วโมง",
            "description": (
                "เรียนนวดไทยพื้นฐาน นวดฝ่าเท้า และมารยาทในการให้บริการ ทั้งภาคทฤษฎีและฝึกปฏิบัติจริง ค่าเรียน "
                "3,500 บาท ผ่อนชำระได้ เรียนเสาร์–อาทิตย์ ประมาณ 2 เดือน "
                "ผู้สำเร็จหลักสูตรได้รับประกาศนียบัตร นำไปสมัครงานร้านนวดหรือสปาได้"
            ),
            "concepts": {"massage"},
            "conditions": set(),
            "abroad": None,
        },
        {
            "kind": "course",
            "title": "หลักสูตรช่างไฟฟ้าภายในอาคาร",
            "description": (
                "ฝึกการเดินสายไฟ ติดตั้งปลั๊ก สวิตช์ โคมไฟ และตู้ควบคุมไฟฟ้าภายในบ้านอย่างปลอดภัย อบรม 18 วัน "
                "ฟรีตลอดหลักสูตร พร้อมอาหารกลางวัน รับสมัครชาย-หญิงอายุ 18 ปีขึ้นไป วุฒิ ม.3 ขึ้นไป "
                "ผ่านการอบรมแล้วสามารถเข้าทดสอบมาตรฐานฝีมือแรงงานได้"
            ),
            "concepts": {"electrical_wiring", "electrical_work"},
            "conditions": set(),
            "abroad": None,
        },
        {
            "kind": "course",
            "title": "เรียนทำเบเกอรี่ เปิดร้านเองได้",
            "description": (
                "สอนทำขนมปัง เค้ก คุกกี้ และบราวนี่ ตั้งแต่การชั่งตวงวัตถุดิบไปจนถึงการคิดต้นทุนและตั้งราคาขาย "
                "เรียน 5 วัน วันละ 6 ชั่วโมง ค่าเรียน 2,900 บาท รวมวัตถุดิบและอุปกรณ์ทั้งหมด "
                "เหมาะสำหรับผู้ที่อยากมีอาชีพเสริมหรือเปิดร้านเล็ก ๆ ที่บ้าน"
            ),
            "concepts": {"baking"},
            "conditions": set(),
            "abroad": None,
        },
        {
            "kind": "course",
            "title": "เรียนฟรี สำหรับเยาวชนที่อยากทำงานบริการ",
            "description": (
                "โครงการฝึกพูดภาษาอังกฤษสำหรับเยาวชนอายุ 18–30 ปี ที่อยากทำงานโรงแรม ร้านอาหาร "
                "หรือร้านค้าในแหล่งท่องเที่ยว ฝึกพูดในสถานการณ์จริง เช่น ต้อนรับลูกค้า รับออเดอร์ และบอกทาง "
                "เรียนทุกวันเสาร์ 9.00–15.00 น. รวม 10 สัปดาห์ มีใบประกาศนียบัตรและช่วยหางานหลังจบหลักสูตร"
            ),
            "concepts": {"english_conversation"},
            "conditions": set(),
            "abroad": None,
        },
        {
            "kind": "course",
            "title": "ขายของออนไลน์ให้ปัง",
            "description": (
                "อบรมการเปิดร้านออนไลน์บน Facebook, Shopee และ TikTok ถ่ายรูปสินค้าด้วยมือถือ "
                "เขียนแคปชั่น และจัดการคำสั่งซื้อ อบรม 2 วัน ไม่มีค่าใช้จ่าย "
                "สำหรับกลุ่มแม่บ้านและผู้ประกอบการรายย่อย มีเกียรติบัตรให้ กรุณานำมือถือมาเอง"
            ),
            "concepts": {"online_selling"},
            "conditions": set(),
            "abroad": None,
        },
        {
            "kind": "job",
            "title": "รับสมัครพนักงานเสิร์ฟ ร้านข้าวต้มโต้รุ่ง",
            "description": (
                "รับพนักงานเสิร์ฟ ชาย/หญิง 2 อัตรา ทำงานกะดึก 20.00–04.00 น. หยุดสัปดาห์ละ 1 วัน "
                "ค่าจ้างวันละ 450 บาท + ทิป ไม่ต้องมีประสบการณ์ ขอคนขยัน ซื่อสัตย์ ยิ้มแย้ม"
            ),
            "concepts": {"food_service", "table_service"},
            "conditions": {"night_shifts"},
            "abroad": None,
        },
        {
            "kind": "job",
            "title": "ต้องการแม่บ้านอยู่ประจำ",
            "description": (
                "ครอบครัวเล็ก 3 คน ต้องการแม่บ้านทำความสะอาดบ้าน ซักรีดเสื้อผ้า และช่วยทำอาหาร อยู่ประจำ "
                "มีห้องพักส่วนตัวให้ อาหารฟรี เงินเดือน 12,000 บาท หยุดทุกวันอาทิตย์ อายุ 25–45 ปี"
            ),
            "concepts": {"domestic_care_work", "housework", "laundry_ironing"},
            "conditions": {"live_in"},
            "abroad": None,
        },
        {
            "kind": "job",
            "title": "พนักงานคลังสินค้า",
            "description": (
                "บริษัทกระจายสินค้าอุปโภคบริโภค รับพนักงานจัดเรียงสินค้าและขนสินค้าขึ้นลงรถ ต้องยกกล่องน้ำหนัก "
                "20–30 กก. ได้ ทำงานจันทร์–เสาร์ 08.00–17.00 น. ค่าแรงวันละ 400 บาท มีโอที "
                "และประกันสังคม"
            ),
            "concepts": {"logistics_warehouse"},
            "conditions": {"heavy_lifting"},
            "abroad": None,
        },
        {
            "kind": "job",
            "title": "แคชเชียร์ร้านมินิมาร์ท",
            "description": (
                "ร้านมินิมาร์ทหน้าหมู่บ้านรับพนักงานแคชเชียร์ คิดเงิน เติมสินค้าขึ้นชั้น และดูแลความสะอาดร้าน "
                "ทำงานกะเช้าเท่านั้น 07.00–16.00 น. ไม่มีกะดึก เงินเดือน 11,000 บาท มีเบี้ยขยัน วุฒิ ม.3 "
                "ขึ้นไป"
            ),
            "concepts": {"cashier", "retail_sales"},
            "conditions": set(),
            "abroad": None,
        },
        {
            "kind": "job",
            "title": "หารายได้เสริม! เลือกเวลาทำงานเองได้",
            "description": (
                "รับไรเดอร์ส่งอาหารและพัสดุในเขตเมือง ใช้มอเตอร์ไซค์ของตัวเอง รายได้ต่อรอบ + ค่าคอมมิชชั่น "
                "จ่ายทุกสัปดาห์ ต้องมีใบขับขี่รถจักรยานยนต์และสมาร์ทโฟน อายุ 18 ปีขึ้นไป"
            ),
            "concepts": {"delivery", "transport_delivery"},
            "conditions": set(),
            "abroad": None,
        },
        {
            "kind": "job",
            "title": "โรงงานสวัสดิการดี รับสมัครด่วน 20 อัตรา",
            "description": (
                "โรงงานผลิตชิ้นส่วนอิเล็กทรอนิกส์ รับพนักงานประกอบชิ้นงานและตรวจสอบคุณภาพ งานนั่งโต๊ะ "
                "ไม่ต้องยกของหนัก ทำงาน 08.00–17.00 น. ค่าแรง 370 บาท/วัน มีรถรับส่ง ชุดฟอร์ม "
                "และประกันสังคม รับหญิงอายุ 18–40 ปี"
            ),
            "concepts": {"assembly", "manufacturing", "quality_control"},
            "conditions": set(),
            "abroad": None,
        },
    ],
    "vi": [
        {
            "kind": "course",
            "title": "Học nghề may miễn phí cho lao động nữ",
            "description": (
                "Trung tâm dạy nghề tuyển sinh lớp may công nghiệp 3 tháng, học từ thứ Hai "
                "đến thứ Sáu. Học viên được miễn 100% học phí và hỗ trợ tiền ăn 30.000 "
                "đồng/ngày. Nhận nữ từ 18 đến 45 tuổi, không cần biết may trước. Sau khóa "
                "học được cấp chứng chỉ sơ cấp nghề và giới thiệu việc làm tại các công ty "
                "may trong khu công nghiệp."
            ),
            "concepts": {"garment_manufacturing", "sewing", "sewing_machine_operation"},
            "conditions": set(),
            "abroad": None,
        },
        {
            "kind": "course",
            "title": "Sửa chữa điện thoại – học thật, làm thật",
            "description": (
                "Khóa học sửa chữa điện thoại di động từ cơ bản đến nâng cao: thay màn hình, "
                "thay pin, sửa lỗi sạc, cài đặt phần mềm. Thời gian 2 tháng, học ca sáng "
                "hoặc ca tối. Học phí 4.500.000 đồng, giảm 50% cho học viên có hoàn cảnh khó "
                "khăn. Học xong có thể làm thợ tại cửa hàng hoặc tự mở tiệm."
            ),
            "concepts": {"phone_repair"},
            "conditions": set(),
            "abroad": None,
        },
        {
            "kind": "course",
            "title": "Tuyển sinh học lái xe ô tô hạng B",
            "description": (
                "Trung tâm đào tạo lái xe nhận hồ sơ học bằng lái ô tô hạng B, thời gian học "
                "khoảng 3 tháng gồm lý thuyết, thực hành sa hình và đường trường. Học phí "
                "trọn gói, không phát sinh chi phí. Yêu cầu đủ 18 tuổi, đủ sức khỏe, biết "
                "đọc biết viết. Có bằng rồi có thể làm tài xế xe công nghệ hoặc lái xe cho "
                "công ty."
            ),
            "concepts": {"driving", "driving_licence"},
            "conditions": set(),
            "abroad": None,
        },
        {
            "kind": "course",
            "title": "Học nghề miễn phí – có việc làm ngay",
            "description": (
                "Lớp đào tạo phụ bếp kéo dài 6 tuần dành cho thanh niên từ 16 đến 24 tuổi. "
                "Học viên được học sơ chế, nấu các món Việt cơ bản, vệ sinh an toàn thực "
                "phẩm và thực tập tại nhà hàng đối tác. Khóa học hoàn toàn miễn phí, có phụ "
                "cấp đi lại và cơ hội được nhận vào làm ngay sau khi tốt nghiệp."
            ),
            "concepts": {"cooking", "food_hygiene"},
            "conditions": set(),
            "abroad": None,
        },
        {
            "kind": "course",
            "title": "Tiếng Nhật giao tiếp cơ bản (N5)",
            "description": (
                "Lớp tiếng Nhật cho người mới bắt đầu, học buổi tối thứ Hai, Tư, Sáu từ "
                "18h30 đến 20h30 trong 4 tháng. Nội dung gồm bảng chữ cái, chào hỏi, giao "
                "tiếp trong công việc hằng ngày và luyện thi N5. Học phí 2.800.000 đồng, "
                "tặng giáo trình."
            ),
            "concepts": {"language_learning"},
            "conditions": set(),
            "abroad": None,
        },
        {
            "kind": "course",
            "title": "Học làm nail – nghề nhẹ, thu nhập ổn định",
            "description": (
                "Khóa học nail 1 tháng: sơn gel, vẽ móng, đắp bột, chăm sóc da tay và móng. "
                "Học viên thực hành trực tiếp trên mẫu thật và được cấp chứng nhận sau khi "
                "hoàn thành. Học phí 3.000.000 đồng, có thể đóng làm 2 lần. Phù hợp cho chị "
                "em muốn tự mở tiệm nhỏ tại nhà."
            ),
            "concepts": {"nail_care"},
            "conditions": set(),
            "abroad": None,
        },
        {
            "kind": "job",
            "title": "Tuyển nhân viên pha chế",
            "description": (
                "Quán cà phê cần tuyển 2 bạn pha chế, biết pha cà phê phin, espresso và trà "
                "sữa là lợi thế, chưa biết sẽ được đào tạo. Ca sáng 6h–14h hoặc ca chiều "
                "14h–21h, lương 25.000 đồng/giờ + thưởng doanh thu. Yêu cầu nhanh nhẹn, sạch "
                "sẽ, trung thực."
            ),
            "concepts": {"barista", "coffee"},
            "conditions": set(),
            "abroad": None,
        },
        {
            "kind": "job",
            "title": "Cần người bốc xếp hàng – trả lương theo ngày",
            "description": (
                "Kho hàng cần tuyển 5 nam bốc xếp, khuân vác hàng hóa lên xuống xe tải, mỗi "
                "bao khoảng 40–50kg. Làm từ 7h đến 17h, lương 350.000 đồng/ngày, trả vào "
                "cuối tuần. Yêu cầu sức khỏe tốt, chịu khó."
            ),
            "concepts": {"logistics_warehouse"},
            "conditions": {"heavy_lifting"},
            "abroad": None,
        },
        {
            "kind": "job",
            "title": "Bảo vệ ca đêm tòa nhà văn phòng",
            "description": (
                "Tuyển nhân viên bảo vệ trực ca đêm từ 22h đến 6h sáng, làm 6 đêm/tuần. "
                "Nhiệm vụ: tuần tra, kiểm soát người ra vào, ghi sổ trực. Lương 7.500.000 "
                "đồng/tháng, đóng bảo hiểm đầy đủ, được đào tạo nghiệp vụ. Nam từ 20 đến 45 "
                "tuổi."
            ),
            "concepts": {"security_services"},
            "conditions": {"night_shifts"},
            "abroad": None,
        },
        {
            "kind": "job",
            "title": "Gia đình cần người chăm sóc bà cụ",
            "description": (
                "Gia đình ở TP.HCM cần tìm người giúp việc ở lại nhà, chăm sóc bà cụ 80 tuổi "
                "đi lại yếu, phụ nấu cơm và dọn dẹp nhà cửa. Bao ăn ở, có phòng riêng, lương "
                "8.000.000 đồng/tháng, nghỉ 2 ngày mỗi tháng. Ưu tiên chị từ 30 đến 50 tuổi, "
                "hiền lành, có kinh nghiệm chăm người già."
            ),
            "concepts": {"domestic_care_work", "elder_care", "housework"},
            "conditions": {"live_in"},
            "abroad": None,
        },
        {
            "kind": "job",
            "title": "Đơn hàng Nhật Bản – chế biến thực phẩm",
            "description": (
                "Công ty xuất khẩu lao động được cấp phép tuyển 15 nữ thực tập sinh làm chế "
                "biến cơm hộp tại Nhật Bản, hợp đồng 3 năm. Lương cơ bản khoảng 170.000 "
                "yên/tháng, làm việc trong nhà xưởng có điều hòa. Yêu cầu 18–32 tuổi, không "
                "cần kinh nghiệm, được học tiếng Nhật 4 tháng trước khi xuất cảnh."
            ),
            "concepts": {"food_processing"},
            "conditions": set(),
            "abroad": "JP",
        },
        {
            "kind": "job",
            "title": "Việc làm giờ hành chính – về nhà mỗi ngày",
            "description": (
                "Shop thời trang nữ cần tuyển nhân viên bán hàng: tư vấn cho khách, sắp xếp "
                "quần áo và tính tiền. Làm giờ hành chính 8h–17h, không làm đêm, lương cứng "
                "6.000.000 đồng + hoa hồng. Nữ 18–30 tuổi, giao tiếp tốt."
            ),
            "concepts": {"customer_service", "retail_sales", "selling"},
            "conditions": set(),
            "abroad": None,
        },
    ],
    "tl": [
        {
            "kind": "course",
            "title": "LIBRENG TRAINING: Bread and Pastry Production NC II",
            "description": (
                "Pwede nang mag-enroll sa aming libreng Bread and Pastry Production NC II sa "
                "ilalim ng TESDA scholarship. 141 oras ang training, Lunes hanggang "
                "Biyernes, 8AM–5PM, at may training allowance pa. Matututo kang gumawa ng "
                "tinapay, cake at pastries na pwedeng ibenta. Kailangan 18 taong gulang "
                "pataas at high school graduate o ALS passer."
            ),
            "concepts": {"baking"},
            "conditions": set(),
            "abroad": None,
        },
        {
            "kind": "course",
            "title": "Gusto mo bang maging welder? Enroll na!",
            "description": (
                "Sa aming Shielded Metal Arc Welding (SMAW) NC I, matututunan mo ang tamang "
                "pag-weld ng plates, pagbasa ng simpleng drawing at safety sa workshop sa "
                "loob ng 268 oras. Libre ang training, may libreng PPE at assessment para sa "
                "National Certificate. Pagkatapos ng kurso, tutulungan ka naming mag-apply "
                "sa mga fabrication at construction companies."
            ),
            "concepts": {"welding"},
            "conditions": set(),
            "abroad": None,
        },
        {
            "kind": "course",
            "title": "Para sa mga nanay at kababaihan: libreng training!",
            "description": (
                "Libreng Caregiving NC II para sa mga babaeng edad 18–45 dito sa ating "
                "barangay. Matututunan ang pag-aalaga ng matatanda, may sakit at mga bata, "
                "tamang paghahanda ng pagkain, at basic first aid. Anim na buwan ang "
                "training kasama ang OJT sa isang home for the aged. May daily allowance at "
                "certificate pagkatapos."
            ),
            "concepts": {"childcare", "elder_care", "first_aid"},
            "conditions": set(),
            "abroad": None,
        },
        {
            "kind": "course",
            "title": "Computer Systems Servicing NC II (weekend class)",
            "description": (
                "Matuto mag-assemble at mag-repair ng computer, mag-install ng Windows at "
                "software, at mag-set up ng network. 280 hours, tuwing Sabado at Linggo lang "
                "kaya pwede sa mga may trabaho. ₱1,500 lang ang registration fee, kasama na "
                "ang assessment. Pwede kang magtrabaho bilang IT support o magbukas ng "
                "sariling computer repair shop."
            ),
            "concepts": {"computers", "it_support"},
            "conditions": set(),
            "abroad": None,
        },
        {
            "kind": "course",
            "title": "Organic na Pagtatanim ng Gulay – Farmers' Training",
            "description": (
                "Inaanyayahan ang mga magsasaka at out-of-school youth sa 3-linggong libreng "
                "training sa organic na pagtatanim ng gulay. Kasama ang paggawa ng compost, "
                "tamang pagdidilig at pagbebenta ng ani sa palengke. May libreng binhi at "
                "pananghalian, at certificate of completion pagkatapos."
            ),
            "concepts": {"agriculture", "vegetable_growing"},
            "conditions": set(),
            "abroad": None,
        },
        {
            "kind": "course",
            "title": "Housekeeping NC II – hotel-ready ka na!",
            "description": (
                "Training sa hotel housekeeping: paglilinis at pag-aayos ng kwarto, paggawa "
                "ng kama, laundry at pag-aasikaso sa guests. 436 hours kasama ang OJT sa "
                "aming partner hotel. Libre para sa qualified scholars at may allowance. "
                "Pagkatapos, pwede kang mag-apply sa hotel o resort."
            ),
            "concepts": {"hospitality", "housekeeping"},
            "conditions": set(),
            "abroad": None,
        },
        {
            "kind": "job",
            "title": "HIRING NOW! Walang experience, pwede!",
            "description": (
                "Kailangan namin ng service crew para sa aming fast-food branch: kukuha ng "
                "order, magse-serve at maglilinis ng dining area. ₱610/day + service charge, "
                "8 oras kada araw, may SSS, PhilHealth at Pag-IBIG. Basta masipag at at "
                "least 18 years old."
            ),
            "concepts": {"customer_service", "food_service"},
            "conditions": set(),
            "abroad": None,
        },
        {
            "kind": "job",
            "title": "Call Center Agent – Graveyard Shift",
            "description": (
                "Hiring customer service representatives para sa isang US account. Graveyard "
                "shift (10PM–7AM), may night differential at ₱22,000 na monthly basic. "
                "Kailangan ng good English communication skills; welcome ang fresh grads at "
                "undergrads. Paid training ng 4 na linggo."
            ),
            "concepts": {"call_centre", "customer_service", "english_conversation"},
            "conditions": {"night_shifts"},
            "abroad": None,
        },
        {
            "kind": "job",
            "title": "Kasambahay, stay-in",
            "description": (
                "Naghahanap kami ng stay-in na kasambahay para sa pamilyang may 4 na "
                "miyembro. Gagawin: paglilinis ng bahay, paglalaba, pamamalantsa at "
                "pagluluto. ₱8,000 kada buwan, libreng tirahan at pagkain, day off tuwing "
                "Linggo at may SSS. Edad 20–45, mas mabuti kung may experience."
            ),
            "concepts": {"domestic_care_work", "housework", "laundry_ironing"},
            "conditions": {"live_in"},
            "abroad": None,
        },
        {
            "kind": "job",
            "title": "Pahinante / Delivery Helper",
            "description": (
                "Kailangan ng delivery helper para sa aming hardware. Magbubuhat at "
                "magde-deliver ng semento, hollow blocks at bakal sa mga customer, kaya "
                "dapat kaya ang mabibigat na buhat. Lunes–Sabado, 7AM–4PM, ₱550/day + "
                "libreng tanghalian."
            ),
            "concepts": {"delivery", "transport_delivery"},
            "conditions": {"heavy_lifting"},
            "abroad": None,
        },
        {
            "kind": "job",
            "title": "Waiter/Waitress para sa 5-star hotel sa Qatar",
            "description": (
                "Licensed ng DMW ang aming agency at walang placement fee. Kailangan ng 20 "
                "waiters/waitresses para sa isang hotel sa Doha, Qatar: QAR 1,800 kada "
                "buwan, 2-year contract at libreng airfare. Dapat may 1 taon na experience "
                "sa restaurant o hotel, edad 21–35."
            ),
            "concepts": {"hospitality", "table_service"},
            "conditions": set(),
            "abroad": "QA",
        },
        {
            "kind": "job",
            "title": "Office Clerk – Day shift lang!",
            "description": (
                "Naghahanap ang aming maliit na trading office ng clerk na mag-e-encode ng "
                "orders, gagawa ng resibo at sasagot ng tawag. Lunes hanggang Biyernes, "
                "8AM–5PM, walang night shift. ₱15,000 kada buwan; kailangang marunong sa "
                "Excel at college level."
            ),
            "concepts": {"data_entry", "office_admin"},
            "conditions": set(),
            "abroad": None,
        },
    ],
    "km": [
        {
            "kind": "course",
            "title": "វគ្គបណ្តុះបណ្តាលជួសជុលម៉ូតូ ឥតគិតថ្លៃ",
            "description": (
                "មជ្ឈមណ្ឌលបណ្តុះបណ្តាលវិជ្ជាជីវៈ ទទួលចុះឈ្មោះសិក្ខាកាមសម្រាប់វគ្គជួសជុលម៉ូតូ រយៈពេល ៤ ខែ។ "
                "សិក្សាពីម៉ាស៊ីន ប្រព័ន្ធភ្លើង ហ្វ្រាំង និងការថែទាំម៉ូតូ ដោយអនុវត្តផ្ទាល់នៅក្នុងរោងជាង។ សិក្សាឥតគិតថ្លៃ "
                "មានប្រាក់ឧបត្ថម្ភប្រចាំខែ និងទទួលបានវិញ្ញាបនបត្របន្ទាប់ពីបញ្ចប់វគ្គ។ អាយុ ១៦ ដល់ ៣០ ឆ្នាំ "
                "មិនចាំបាច់មានបទពិសោធន៍។"
            ),
            "concepts": {"engine_maintenance", "motorbike_repair"},
            "conditions": set(),
            "abroad": None,
        },
        {
            "kind": "course",
            "title": "វគ្គកាត់ដេរសម្រាប់ស្ត្រី",
            "description": (
                "អង្គការយើងខ្ញុំបើកវគ្គកាត់ដេរសម្លៀកបំពាក់ រយៈពេល ៦ ខែ សម្រាប់ស្ត្រីអាយុ ១៨ ឆ្នាំឡើងទៅ។ "
                "អ្នកនឹងរៀនវាស់ខ្លួន កាត់ក្រណាត់ និងដេរអាវ សំពត់ និងឯកសណ្ឋានសិស្ស។ សិក្សាឥតគិតថ្លៃ "
                "មានអាហារថ្ងៃត្រង់ ហើយបន្ទាប់ពីបញ្ចប់ យើងជួយរកការងារ ឬផ្តល់ម៉ាស៊ីនដេរដើម្បីបើកហាងដោយខ្លួនឯង។"
            ),
            "concepts": {"pattern_cutting", "sewing", "tailoring"},
            "conditions": set(),
            "abroad": None,
        },
        {
            "kind": "course",
            "title": "រៀនភាសាអង់គ្លេសដើម្បីការងារ",
            "description": (
                "វគ្គភាសាអង់គ្លេសទំនាក់ទំនង សម្រាប់អ្នកចង់ធ្វើការនៅសណ្ឋាគារ ភោជនីយដ្ឋាន និងហាងលក់ទំនិញ។ "
                "រៀនពេលល្ងាច ម៉ោង ៥:៣០ ដល់ ៧:០០ ពីថ្ងៃច័ន្ទ ដល់ថ្ងៃសុក្រ រយៈពេល ៣ ខែ។ តម្លៃសិក្សា ១៥ "
                "ដុល្លារក្នុងមួយខែ រួមទាំងសៀវភៅ។"
            ),
            "concepts": {"english_conversation"},
            "conditions": set(),
            "abroad": None,
        },
        {
            "kind": "course",
            "title": "អាហារូបករណ៍សម្រាប់យុវជន ឆ្នាំសិក្សាថ្មី",
            "description": (
                "សាលាបណ្តុះបណ្តាលបដិសណ្ឋារកិច្ច ទទួលយុវជនអាយុ ១៧ ដល់ ២៤ ឆ្នាំ ចូលរៀនវគ្គចុងភៅ រយៈពេល ១១ ខែ "
                "រួមទាំងកម្មសិក្សានៅភោជនីយដ្ឋាន។ សិស្សនឹងរៀនធ្វើម្ហូបខ្មែរ និងម្ហូបបស្ចិមប្រទេស អនាម័យម្ហូបអាហារ "
                "និងការងារក្នុងផ្ទះបាយ។ សិក្សាឥតគិតថ្លៃសម្រាប់យុវជនមកពីគ្រួសារក្រីក្រ "
                "ហើយសិស្សភាគច្រើនមានការងារធ្វើភ្លាមបន្ទាប់ពីបញ្ចប់។"
            ),
            "concepts": {"cooking", "food_hygiene"},
            "conditions": set(),
            "abroad": None,
        },
        {
            "kind": "course",
            "title": "វគ្គបណ្តុះបណ្តាលឥតគិតថ្លៃសម្រាប់កសិករ",
            "description": (
                "វគ្គបណ្តុះបណ្តាលរយៈពេល ៥ ថ្ងៃ ស្តីពីការចិញ្ចឹមមាន់ និងជ្រូក ការធ្វើចំណី ការចាក់វ៉ាក់សាំង "
                "និងការការពារជំងឺសត្វ។ ឥតគិតថ្លៃ មានប្រាក់ធ្វើដំណើរ និងអាហារថ្ងៃត្រង់។ "
                "អ្នកបញ្ចប់វគ្គនឹងទទួលបានកូនមាន់ ២០ ក្បាល ដើម្បីចាប់ផ្តើមចិញ្ចឹមនៅផ្ទះ។"
            ),
            "concepts": {"livestock"},
            "conditions": set(),
            "abroad": None,
        },
        {
            "kind": "course",
            "title": "ចង់ក្លាយជាអ្នកតុបតែងកូនក្រមុំ?",
            "description": (
                "វគ្គសិក្សាតុបតែងមុខ និងរៀបចំសក់កូនក្រមុំ រយៈពេល ២ ខែ រៀនតែថ្ងៃសៅរ៍ និងអាទិត្យ។ តម្លៃសិក្សា ១២០ "
                "ដុល្លារ រួមទាំងសម្ភារៈ និងទទួលបានវិញ្ញាបនបត្រ។ បន្ទាប់ពីរៀនចប់ "
                "អ្នកអាចទទួលតុបតែងកូនក្រមុំដោយខ្លួនឯង ឬធ្វើការនៅហាងសម្អាង។"
            ),
            "concepts": {"hairdressing", "makeup"},
            "conditions": set(),
            "abroad": None,
        },
        {
            "kind": "job",
            "title": "ចូលរួមជាមួយក្រុមការងាររបស់យើង!",
            "description": (
                "ម៉ាតលក់ទំនិញរបស់យើង ត្រូវការបុគ្គលិកស្រី ២ នាក់ សម្រាប់លក់ រៀបចំទំនិញលើធ្នើ និងគិតលុយ។ ម៉ោងធ្វើការ "
                "៧ព្រឹក ដល់ ៥ល្ងាច ប្រាក់ខែ ២២០ ដុល្លារ ឈប់សម្រាក ៤ ថ្ងៃក្នុងមួយខែ។ អាយុ ១៨ ដល់ ៣០ ឆ្នាំ "
                "ចេះគណនាលេខ។"
            ),
            "concepts": {"cashier", "retail_sales"},
            "conditions": set(),
            "abroad": None,
        },
        {
            "kind": "job",
            "title": "ជ្រើសរើសបុគ្គលិកទទួលភ្ញៀវ វេនយប់",
            "description": (
                "ផ្ទះសំណាក់ត្រូវការបុគ្គលិកទទួលភ្ញៀវ វេនយប់ ចាប់ពីម៉ោង ១០យប់ ដល់ ៦ព្រឹក។ ការងារ៖ ចុះឈ្មោះភ្ញៀវចូល "
                "និងចេញ ឆ្លើយទូរស័ព្ទ និងទទួលប្រាក់។ ប្រាក់ខែ ២៥០ ដុល្លារ បូកប្រាក់បន្ថែមវេនយប់ "
                "ត្រូវចេះភាសាអង់គ្លេសបន្តិចបន្តួច។"
            ),
            "concepts": {"front_desk", "hospitality"},
            "conditions": {"night_shifts"},
            "abroad": None,
        },
        {
            "kind": "job",
            "title": "ត្រូវការកម្មករសំណង់ជាបន្ទាន់",
            "description": (
                "ការដ្ឋានសាងសង់ផ្ទះល្វែង ត្រូវការកម្មករជួយជាងឥដ្ឋ ១០ នាក់។ ការងារ៖ លាយស៊ីម៉ងត៍ លីបាវស៊ីម៉ងត៍ ៥០ "
                "គីឡូ និងដឹកឥដ្ឋ ដូច្នេះត្រូវមានកម្លាំងលើកវត្ថុធ្ងន់បាន។ ប្រាក់ឈ្នួល ១២ ដុល្លារក្នុងមួយថ្ងៃ "
                "ធ្វើការពីម៉ោង ៧ព្រឹក ដល់ ៥ល្ងាច មានមួកសុវត្ថិភាព និងស្បែកជើងឲ្យ។"
            ),
            "concepts": {"bricklaying", "construction"},
            "conditions": {"heavy_lifting"},
            "abroad": None,
        },
        {
            "kind": "job",
            "title": "រោងចក្រកាត់ដេរ ជ្រើសរើសកម្មករ",
            "description": (
                "រោងចក្រកាត់ដេរ ត្រូវការកម្មករដេរម៉ាស៊ីន ៥០ នាក់ ទាំងមានបទពិសោធន៍ និងគ្មានបទពិសោធន៍ "
                "(មានបង្ហាត់បង្រៀន)។ ធ្វើការតែពេលថ្ងៃ ម៉ោង ៧ព្រឹក ដល់ ៤រសៀល គ្មានវេនយប់ទេ។ "
                "ប្រាក់ខែគោលតាមច្បាប់ បូកប្រាក់ឧបត្ថម្ភ ប្រាក់ធ្វើដំណើរ និងមាន ប.ស.ស។"
            ),
            "concepts": {"garment_manufacturing", "sewing_machine_operation"},
            "conditions": set(),
            "abroad": None,
        },
        {
            "kind": "job",
            "title": "ឱកាសការងារកសិកម្មនៅប្រទេសកូរ៉េ",
            "description": (
                "កម្មវិធី EPS ទទួលចុះឈ្មោះពលករខ្មែរ ទៅធ្វើការផ្នែកកសិកម្ម ដាំបន្លែក្នុងផ្ទះសំណាញ់ "
                "នៅប្រទេសកូរ៉េខាងត្បូង។ ប្រាក់ខែប្រហែល ២ លានវ៉ុនក្នុងមួយខែ កិច្ចសន្យា ៤ ឆ្នាំ ១០ ខែ។ "
                "បេក្ខជនត្រូវមានអាយុ ១៨ ដល់ ៣៩ ឆ្នាំ និងប្រឡងជាប់ភាសាកូរ៉េ។"
            ),
            "concepts": {"agriculture", "vegetable_growing"},
            "conditions": set(),
            "abroad": "KR",
        },
        {
            "kind": "job",
            "title": "ត្រូវការអ្នកមើលក្មេង",
            "description": (
                "គ្រួសារមួយនៅភ្នំពេញ ត្រូវការអ្នកមើលក្មេងអាយុ ៣ ឆ្នាំ និងជួយធ្វើការងារផ្ទះបន្តិចបន្តួច។ "
                "ស្នាក់នៅជាមួយម្ចាស់ផ្ទះ មានបន្ទប់ដាច់ដោយឡែក ហូបបាយជាមួយគ្រួសារ ប្រាក់ខែ ២០០ ដុល្លារ ឈប់សម្រាក "
                "១ ថ្ងៃក្នុងមួយសប្តាហ៍។ ស្រីអាយុ ២០ ដល់ ៤០ ឆ្នាំ ចិត្តល្អ ស្រឡាញ់ក្មេង។"
            ),
            "concepts": {"childcare", "domestic_care_work"},
            "conditions": {"live_in"},
            "abroad": None,
        },
    ],
    "my": [
        {
            "kind": "course",
            "title": "အခမဲ့ ဆံပင်ညှပ်သင်တန်း",
            "description": (
                "အမျိုးသမီးများအတွက် ဆံပင်ညှပ်ခြင်း၊ ဆံပင်ဆေးဆိုးခြင်းနှင့် ဆံပင်ပုံစံဖန်တီးခြင်း သင်တန်းကို ၃ လကြာ "
                "ဖွင့်လှစ်ပါမည်။ တနင်္လာမှ သောကြာ နံနက် ၉ နာရီမှ ညနေ ၃ နာရီထိ သင်ကြားမည်ဖြစ်ပြီး သင်တန်းကြေး အခမဲ့ "
                "ဖြစ်ပါသည်။ အသက် ၁၈ နှစ်မှ ၃၅ နှစ်အတွင်း ဖြစ်ရမည်။ သင်တန်းပြီးဆုံးသူများကို လက်မှတ်ထုတ်ပေးပြီး "
                "အလုပ်ရှာဖွေရာတွင် ကူညီပေးပါမည်။"
            ),
            "concepts": {"hairdressing"},
            "conditions": set(),
            "abroad": None,
        },
        {
            "kind": "course",
            "title": "ကွန်ပျူတာ အခြေခံ သင်တန်း",
            "description": (
                "Microsoft Word၊ Excel နှင့် အင်တာနက် အသုံးပြုနည်းကို အခြေခံမှစ၍ သင်ကြားပေးမည်။ ၂ လ "
                "သင်တန်းဖြစ်ပြီး စနေ၊ တနင်္ဂနွေ နေ့များတွင်သာ တက်ရောက်ရမည်။ သင်တန်းကြေး ကျပ် ၅၀,၀၀၀ ဖြစ်ပြီး "
                "သင်တန်းဆင်းလက်မှတ် ထုတ်ပေးပါမည်။ ရုံးအလုပ်နှင့် စာရင်းသွင်းအလုပ်များ လျှောက်ထားရာတွင် အထောက်အကူဖြစ်ပါမည်။"
            ),
            "concepts": {"basic_computer"},
            "conditions": set(),
            "abroad": None,
        },
        {
            "kind": "course",
            "title": "Barista သင်တန်း – ကော်ဖီဖျော်နည်း",
            "description": (
                "Espresso ဆွဲနည်း၊ နွားနို့ပေါက်နည်း၊ latte art နှင့် ကော်ဖီဆိုင် သန့်ရှင်းရေး စည်းကမ်းများကို လက်တွေ့ "
                "သင်ကြားပေးမည်။ ၁ လ သင်တန်း၊ တစ်ပတ်လျှင် ၃ ရက် တက်ရမည်။ အသက် ၁၈ နှစ်မှ ၂၈ နှစ်ကြား လူငယ်များ "
                "ပညာသင်ဆု အပြည့် ရရှိနိုင်ပြီး သင်တန်းဆင်းလျှင် ကော်ဖီဆိုင်များတွင် အလုပ်ချိတ်ဆက်ပေးပါမည်။"
            ),
            "concepts": {"barista", "coffee"},
            "conditions": set(),
            "abroad": None,
        },
        {
            "kind": "course",
            "title": "လျှပ်စစ်ဝါယာသွယ်တန်းခြင်း သင်တန်း",
            "description": (
                "အိမ်သုံး လျှပ်စစ်ဝါယာ သွယ်တန်းခြင်း၊ ခလုတ်၊ ပလပ်ပေါက်၊ မီးချောင်း တပ်ဆင်ခြင်းနှင့် လျှပ်စစ်ဘေး "
                "ကာကွယ်ရေးကို ၆ ပတ် သင်ကြားပေးမည်။ အခမဲ့ သင်တန်းဖြစ်ပြီး နေ့စဉ် ထမင်းစားစရိတ် ထောက်ပံ့ပေးပါမည်။ "
                "အသက် ၁၈ နှစ်အထက်နှင့် ၈ တန်းအောင် ရှိရမည်။"
            ),
            "concepts": {"electrical_wiring", "electrical_work"},
            "conditions": set(),
            "abroad": None,
        },
        {
            "kind": "course",
            "title": "အိမ်မှာ မုန့်ဖုတ်ပြီး ဝင်ငွေရှာမလား?",
            "description": (
                "ကိတ်မုန့်၊ ပေါင်မုန့်၊ ကွတ်ကီး နှင့် သရေစာမုန့်များ ဖုတ်နည်းကို ၁၀ ရက် သင်ကြားပေးမည်။ သင်တန်းကြေး ကျပ် "
                "၈၀,၀၀၀ (ကုန်ကြမ်းပစ္စည်းအားလုံး ပါဝင်)။ အိမ်မှာ မုန့်ဖုတ်ပြီး online မှ ရောင်းချင်သူများအတွက် "
                "အထူးသင့်တော်ပါသည်။"
            ),
            "concepts": {"baking"},
            "conditions": set(),
            "abroad": None,
        },
        {
            "kind": "course",
            "title": "အမျိုးသမီး လုပ်ငန်းရှင်လေးများအတွက်",
            "description": (
                "အသေးစား စီးပွားရေး စတင်နည်း၊ စာရင်းကိုင်နည်း၊ ငွေစုနည်းနှင့် ကုန်ပစ္စည်း ဈေးနှုန်းသတ်မှတ်နည်းကို ၅ ရက် "
                "သင်တန်း ဖွင့်လှစ်ပါမည်။ အခမဲ့ ဖြစ်ပြီး သင်တန်းပြီးဆုံးသူများ အတိုးနည်း ချေးငွေ လျှောက်ထားနိုင်ပါသည်။"
            ),
            "concepts": {"accounting_basics", "financial_literacy", "own_business"},
            "conditions": set(),
            "abroad": None,
        },
        {
            "kind": "job",
            "title": "လက်ဖက်ရည်ဆိုင် စားပွဲထိုး ခေါ်ယူမည်",
            "description": (
                "လက်ဖက်ရည်ဆိုင်တွင် စားပွဲထိုး ၅ ဦး အလိုရှိသည်။ လစာ ကျပ် ၃၅၀,၀၀၀ ဖြစ်ပြီး ဆိုင်တွင် နေစရာ၊ စားစရာ အခမဲ့ "
                "ပေးမည်။ နံနက် ၅ နာရီမှ ညနေ ၄ နာရီထိ လုပ်ရမည်၊ လစဉ် ၄ ရက် နားရက်ရှိသည်။ အသက် ၁၈ နှစ်ပြည့်ပြီးသူ "
                "ဖြစ်ရမည်။"
            ),
            "concepts": {"food_service", "table_service"},
            "conditions": {"live_in"},
            "abroad": None,
        },
        {
            "kind": "job",
            "title": "ဝန်ထမ်း အလိုရှိသည်",
            "description": (
                "ကုမ္ပဏီ ဝန်ထမ်းများကို အကြိုအပို့ လုပ်ရန် ယာဉ်မောင်း ၁ ဦး အလိုရှိသည်။ ယာဉ်မောင်းလိုင်စင် ရှိရမည်ဖြစ်ပြီး "
                "မြို့တွင်း လမ်းကြောင်း ကျွမ်းကျင်ရမည်။ နံနက် ၇ နာရီမှ ညနေ ၆ နာရီ၊ လစာ ကျပ် ၆၀၀,၀၀၀ နှင့် "
                "အချိန်ပိုကြေး ရှိသည်။"
            ),
            "concepts": {"driving", "transport_delivery"},
            "conditions": set(),
            "abroad": None,
        },
        {
            "kind": "job",
            "title": "အထည်ချုပ်စက်ရုံ – နေ့ဆိုင်းသာ",
            "description": (
                "အထည်ချုပ်စက်ရုံတွင် စက်ချုပ်သမ ၃၀ ဦး ခေါ်ယူမည်။ နေ့ဆိုင်းသာ ဖြစ်ပြီး ညဆိုင်း မရှိပါ (နံနက် ၈ နာရီမှ ညနေ "
                "၄ နာရီခွဲ)။ လစာ ကျပ် ၄၀၀,၀၀၀ အပြင် ရက်မှန်ကြေး၊ လမ်းစရိတ်နှင့် လူမှုဖူလုံရေး ရရှိမည်။ အတွေ့အကြုံ "
                "မရှိသူများကိုလည်း သင်ပေးမည်။"
            ),
            "concepts": {"garment_manufacturing", "sewing_machine_operation"},
            "conditions": set(),
            "abroad": None,
        },
        {
            "kind": "job",
            "title": "ဆန်ဂိုဒေါင် ကုန်တင်ကုန်ချ လုပ်သား",
            "description": (
                "ဆန်ဂိုဒေါင်တွင် ကုန်တင်ကုန်ချ လုပ်သား ၁၀ ဦး လိုအပ်သည်။ ဆန်အိတ် (၅၀ ကီလို) များကို ထမ်းပိုးသယ်ယူနိုင်ရမည်။ "
                "တစ်ရက်လုပ်ခ ကျပ် ၁၅,၀၀၀၊ နံနက် ၈ နာရီမှ ညနေ ၅ နာရီထိ။ ကျန်းမာရေး ကောင်းမွန်ရမည်။"
            ),
            "concepts": {"logistics_warehouse"},
            "conditions": {"heavy_lifting"},
            "abroad": None,
        },
        {
            "kind": "job",
            "title": "ဆေးရုံတွင် လူနာပြုစုသူ (ညဆိုင်း)",
            "description": (
                "ပုဂ္ဂလိက ဆေးရုံတွင် ညဆိုင်း (ည ၈ နာရီမှ နံနက် ၈ နာရီ) လူနာပြုစုစောင့်ရှောက်သူ ၂ ဦး လိုအပ်သည်။ လူနာကို "
                "ရေချိုးပေးခြင်း၊ အစာကျွေးခြင်း၊ သွေးပေါင်တိုင်းခြင်း စသည်တို့ လုပ်ဆောင်ရမည်။ Caregiver လက်မှတ်ရှိသူ "
                "ဦးစားပေးမည်၊ လစာ ကျပ် ၄၅၀,၀၀၀ အပြင် ညဆိုင်းကြေး ပေးမည်။"
            ),
            "concepts": {"health_care_support"},
            "conditions": {"night_shifts"},
            "abroad": None,
        },
        {
            "kind": "job",
            "title": "ထိုင်းနိုင်ငံ MOU အလုပ်အကိုင်",
            "description": (
                "တရားဝင် လိုင်စင်ရ အေဂျင်စီမှ ထိုင်းနိုင်ငံရှိ ပလတ်စတစ်ပစ္စည်း ထုတ်လုပ်သည့် စက်ရုံသို့ MOU စနစ်ဖြင့် အမျိုးသား၊ "
                "အမျိုးသမီး ၁၀၀ ဦး စေလွှတ်မည်။ စက်ကိုင်ခြင်းနှင့် ထုပ်ပိုးခြင်း အလုပ်ဖြစ်ပြီး တစ်ရက်လုပ်ခ ဘတ် ၃၇၀၊ ၂ နှစ် "
                "စာချုပ် ဖြစ်သည်။ အသက် ၁၈ နှစ်မှ ၃၅ နှစ်ကြား ဖြစ်ရမည်။"
            ),
            "concepts": {"machine_operation", "manufacturing", "packing"},
            "conditions": set(),
            "abroad": "TH",
        },
    ],
    "zh": [
        {
            "kind": "course",
            "title": "「護理員」全日制課程（設再培訓津貼）",
            "description": (
                "本課程教授長者起居照顧、餵食、轉移位置技巧、量度血壓及基本急救，為期約兩個月"
                "，另設院舍實習。學員須年滿15歲，學歷副學位或以下；出席率達八成可獲發再培訓津"
                "貼及證書。完成課程後提供就業跟進服務，協助學員投身安老院舍工作。"
            ),
            "concepts": {"elder_care", "first_aid", "health_care_support"},
            "conditions": set(),
            "abroad": None,
        },
        {
            "kind": "course",
            "title": "免费电工培训，考证推荐就业",
            "description": (
                "政府补贴项目，低压电工免费培训班现已开始报名。课程约20天，内容包括室内配线、"
                "开关插座及配电箱安装、安全用电，结业后可参加特种作业操作证考试。年满18周岁、"
                "初中以上文化即可报名，学习期间提供午餐。"
            ),
            "concepts": {"electrical_wiring", "electrical_work"},
            "conditions": set(),
            "abroad": None,
        },
        {
            "kind": "course",
            "title": "零經驗都學得識！青年免費課程",
            "description": (
                "由打奶、拉花到意式咖啡萃取，導師手把手教你做咖啡師。課程共8堂，逢星期二、四"
                "晚上7時至10時，學費全免（社企資助名額，只限18至29歲青年）。完成課程獲發證書"
                "，表現優秀者可到合作咖啡店實習，有津貼。"
            ),
            "concepts": {"barista", "coffee"},
            "conditions": set(),
            "abroad": None,
        },
        {
            "kind": "course",
            "title": "育婴员培训班（女性优先）",
            "description": (
                "家政培训学校开设育婴员培训，学习婴幼儿护理、喂养、洗澡抚触和早期启蒙，共15天"
                "，理论与实操结合。学费1800元，符合条件的失业人员可申请政府培训补贴。培训合格"
                "颁发职业技能证书，并推荐到正规家政公司上岗。"
            ),
            "concepts": {"childcare", "domestic_care_work"},
            "conditions": set(),
            "abroad": None,
        },
        {
            "kind": "course",
            "title": "想学一门手艺？中式烹调师短期班招生",
            "description": (
                "本校开设中式烹调师短期班，学习刀工、火候、家常菜及地方特色菜制作，同时讲授食"
                "品卫生与安全知识。学制2个月，全日制，上午理论、下午实操。学费3600元，包教包"
                "会，毕业后推荐到餐厅、酒店工作。"
            ),
            "concepts": {"cooking", "food_hygiene"},
            "conditions": set(),
            "abroad": None,
        },
        {
            "kind": "course",
            "title": "美甲入門班 — 媽媽都可以做兼職",
            "description": (
                "課程教授基本修甲、啫喱甲、簡單甲繪及衞生知識，一共6堂，逢星期六下午上課。學"
                "費$1,280，包所有工具及材料。完成課程後可以在家接客，或者到美甲店工作。"
            ),
            "concepts": {"nail_care"},
            "conditions": set(),
            "abroad": None,
        },
        {
            "kind": "job",
            "title": "茶餐廳請人 樓面",
            "description": (
                "茶餐廳誠聘樓面，負責落單、傳菜及執枱。只需返日更，朝7晚4，唔使返夜，月薪$17,"
                "000，包膳食，每月4日假。無經驗可，識少少英文更好。"
            ),
            "concepts": {"food_service", "table_service"},
            "conditions": set(),
            "abroad": None,
        },
        {
            "kind": "job",
            "title": "电子厂招普工 月薪5500-6500",
            "description": (
                "电子厂招聘普工，主要做手机配件组装和外观检验，坐着上班，不累。两班倒，白班夜"
                "班每月轮换，夜班有补贴。综合月薪5500–6500元，缴纳五险一金，年龄18–40岁。"
            ),
            "concepts": {"assembly", "manufacturing", "quality_control"},
            "conditions": {"night_shifts"},
            "abroad": None,
        },
        {
            "kind": "job",
            "title": "诚聘住家保姆",
            "description": (
                "三口之家诚聘住家保姆一名，照顾一个3岁孩子，负责做饭、打扫卫生和洗衣服。月薪6"
                "500元，家里有独立房间，每月休息4天。要求45岁以下，身体健康，会做家常菜，有带"
                "孩子经验者优先。"
            ),
            "concepts": {"childcare", "domestic_care_work", "housework"},
            "conditions": {"live_in"},
            "abroad": None,
        },
        {
            "kind": "job",
            "title": "倉務員 月薪$18,000起",
            "description": (
                "物流公司招聘倉務員，負責執貨、包裝及上落貨，需要搬抬重物（每箱約20公斤）。星"
                "期一至六，朝9晚6，OT另計，有勤工獎。"
            ),
            "concepts": {"logistics_warehouse", "packing"},
            "conditions": {"heavy_lifting"},
            "abroad": None,
        },
        {
            "kind": "job",
            "title": "加入我们！多劳多得",
            "description": (
                "同城快递站点招聘快递员，负责片区内包裹派送和揽收，公司提供电动三轮车。按件计"
                "酬，熟手月入7000元以上，每月休4天。会用智能手机，吃苦耐劳。"
            ),
            "concepts": {"delivery", "transport_delivery"},
            "conditions": set(),
            "abroad": None,
        },
        {
            "kind": "job",
            "title": "誠聘文員 五天工作",
            "description": (
                "小型貿易公司請文員，負責輸入訂單、整理文件、接聽電話及跟進發票。星期一至五，"
                "朝9晚6，月薪$15,000–17,000。中學畢業，懂Excel及中文輸入。"
            ),
            "concepts": {"data_entry", "office_admin"},
            "conditions": set(),
            "abroad": None,
        },
    ],
}

#: language -> the fourth set of ads, written blind in session 30 by a writer given only the
#: concept ids and their English labels, after the third set's fixes: opportunities aimed at
#: young people (16-17 and young adults) and at women with children (apprenticeships,
#: part-time and holiday jobs, home-based work, seasonal farm work, trainee posts, youth
#: programmes; seven jobs and five courses a language, two jobs with a risk seen only in the
#: description, one saying the opposite of a condition). Committed before its first run.
FOURTH: dict[str, list[Ad]] = {
    "en": [
        {
            "kind": "job",
            "title": "Part-time Trainee Barista - Weekends (students welcome)",
            "description": (
                "Busy neighbourhood café looking for a friendly trainee barista for Saturday "
                "and Sunday shifts, 8am to 4pm. No experience needed, we will train you on "
                "the espresso machine and latte art. Applicants must be 16+. Staff meal and "
                "uniform provided."
            ),
            "concepts": {"barista", "food_service"},
            "conditions": set(),
            "abroad": None,
        },
        {
            "kind": "job",
            "title": "Home-based sewing - paid per piece",
            "description": (
                "We supply cut fabric for children's pyjamas and collect the finished pieces "
                "every Friday. You need your own sewing machine. Pay is per piece finished, "
                "flexible hours, ideal for mums at home."
            ),
            "concepts": {"garment_manufacturing", "sewing_machine_operation"},
            "conditions": set(),
            "abroad": None,
        },
        {
            "kind": "job",
            "title": "School Holiday Housekeeping Assistant - Island Resort",
            "description": (
                "Help our housekeeping team clean rooms and change linen during the December "
                "school holidays. Staff stay in the resort's staff quarters for the whole "
                "contract, meals included. Open to 18 and above."
            ),
            "concepts": {"hospitality", "housekeeping"},
            "conditions": {"live_in"},
            "abroad": None,
        },
        {
            "kind": "job",
            "title": "Seasonal Fruit Pickers - New Zealand",
            "description": (
                "Licensed agency now recruiting for the apple season on orchards in Hawke's "
                "Bay, New Zealand, February to May. Work includes picking and carrying full "
                "picking bags and bins of up to 20 kg all day. Age 21 and above, airfare "
                "arranged by the employer."
            ),
            "concepts": {"agriculture"},
            "conditions": {"heavy_lifting"},
            "abroad": "NZ",
        },
        {
            "kind": "job",
            "title": "Order Packer - Online Clothing Store",
            "description": (
                "Pack and label clothing orders for our online shop, Monday to Friday "
                "9am-3pm, school-run friendly. Day shift only, no night work. Must be 18+."
            ),
            "concepts": {"logistics_warehouse", "packing"},
            "conditions": set(),
            "abroad": None,
        },
        {
            "kind": "job",
            "title": "Junior Salon Assistant / Apprentice",
            "description": (
                "Learn hairdressing on the job: washing hair, blow-drying and assisting our "
                "stylists. Apprentice allowance paid monthly, increasing as you progress. 17 "
                "years old and above (parent consent needed for under-18s)."
            ),
            "concepts": {"beauty_wellness", "hairdressing"},
            "conditions": set(),
            "abroad": None,
        },
        {
            "kind": "job",
            "title": "Mini-mart Cashier - School Hours",
            "description": (
                "Part-time cashier needed 9:30am to 2:30pm, Monday to Friday, so you can "
                "drop off and pick up your kids. Duties are handling cash at the till and "
                "tidying shelf displays. Women returning to work are encouraged to apply."
            ),
            "concepts": {"cashier", "retail_sales"},
            "conditions": set(),
            "abroad": None,
        },
        {
            "kind": "course",
            "title": "Youth Café Skills Programme - with training allowance",
            "description": (
                "12-week programme for young people aged 16-24 covering espresso drinks, "
                "food hygiene and customer service. Participants receive a daily training "
                "allowance and a certificate at the end. Free of charge."
            ),
            "concepts": {"barista", "food_hygiene", "food_service"},
            "conditions": set(),
            "abroad": None,
        },
        {
            "kind": "course",
            "title": "Free Motorcycle Repair Course for Youth",
            "description": (
                "Three-month hands-on course in motorcycle servicing and engine repair for "
                "out-of-school youth aged 16+. A starter toolkit is given on graduation. "
                "Lunch and transport allowance included."
            ),
            "concepts": {"automotive_repair", "engine_maintenance", "motorbike_repair"},
            "conditions": set(),
            "abroad": None,
        },
        {
            "kind": "course",
            "title": "Start Selling Online - Workshop for Mums",
            "description": (
                "Learn to set up your own shop on Facebook and Shopee, take good product "
                "photos and manage orders from home. Evening sessions, 2 hours a week for 6 "
                "weeks. Children welcome, play corner available."
            ),
            "concepts": {"online_selling", "own_business", "retail_sales"},
            "conditions": set(),
            "abroad": None,
        },
        {
            "kind": "course",
            "title": "Computer Basics & Data Entry for Women - free childcare",
            "description": (
                "Eight-week course in typing, Word, Excel and data entry for women who want "
                "office work. Free crèche on site during class hours. No previous computer "
                "experience needed."
            ),
            "concepts": {"basic_computer", "data_entry", "office_admin"},
            "conditions": set(),
            "abroad": None,
        },
        {
            "kind": "course",
            "title": "Nail Art & Make-up Certificate Course",
            "description": (
                "Short course covering manicure, gel nails and everyday make-up, 3 days a "
                "week. Starter kit included in the fee; instalment payment possible. Open to "
                "ages 16 and up."
            ),
            "concepts": {"beauty_wellness", "makeup", "nail_care"},
            "conditions": set(),
            "abroad": None,
        },
    ],
    "th": [
        {
            "kind": "job",
            "title": "รับสมัครพนักงานพาร์ทไทม์ ร้านกาแฟ (เสาร์-อาทิตย์)",
            "description": (
                "ร้านกาแฟเปิดรับน้องๆ นักเรียน นักศึกษา ทำงานพาร์ทไทม์ช่วงเสาร์-อาทิตย์ 9.00-17.00 น. "
                "หน้าที่ชงเครื่องดื่มและดูแลหน้าร้าน ไม่มีประสบการณ์สอนงานให้ค่ะ อายุ 16 ปีขึ้นไป ค่าแรงรายชั่วโมง "
                "+ อาหาร 1 มื้อ"
            ),
            "concepts": {"barista", "food_service"},
            "conditions": set(),
            "abroad": None,
        },
        {
            "kind": "job",
            "title": "งานเย็บผ้าทำที่บ้าน จ่ายตามชิ้น",
            "description": (
                "รับคนที่มีจักรเย็บผ้าที่บ้าน เย็บเสื้อเด็กและกางเกงเด็ก ทางร้านส่งผ้าที่ตัดแล้วให้ถึงบ้าน "
                "จ่ายค่าแรงตามจำนวนชิ้น โอนทุกวันเสาร์ เหมาะกับคุณแม่ที่ต้องเลี้ยงลูกอยู่บ้าน"
            ),
            "concepts": {"garment_manufacturing", "sewing_machine_operation"},
            "conditions": set(),
            "abroad": None,
        },
        {
            "kind": "job",
            "title": "รับสมัครพนักงานเสิร์ฟ รายได้ดี มีทิปทุกวัน",
            "description": (
                "ร้านอาหารกึ่งผับ ต้องการพนักงานเสิร์ฟหลายอัตรา เวลางาน 18.00-02.00 น. หน้าที่รับออเดอร์ "
                "เสิร์ฟเบียร์ เหล้า และกับแกล้มให้ลูกค้า อายุ 20 ปีขึ้นไป"
            ),
            "concepts": {"alcohol_sales", "nightlife_venues", "table_service"},
            "conditions": {"night_shifts"},
            "abroad": None,
        },
        {
            "kind": "job",
            "title": "รับสมัครพนักงานคัดผลไม้ ช่วงปิดเทอม",
            "description": (
                "ล้งลำไย จ.ลำพูน รับสมัครพนักงานคัดเกรดและบรรจุลำไยลงตะกร้า ช่วงเดือน ก.ค.-ส.ค. "
                "ต้องยกตะกร้าลำไยหนักประมาณ 20 กก. ขึ้นรถบรรทุกทั้งวัน ค่าแรงรายวัน จ่ายทุกเย็น"
            ),
            "concepts": {"agriculture", "packing"},
            "conditions": {"heavy_lifting"},
            "abroad": None,
        },
        {
            "kind": "job",
            "title": "รับสมัครพนักงานแพ็คสินค้าร้านออนไลน์",
            "description": (
                "ร้านขายเครื่องสำอางออนไลน์ รับพนักงานแพ็คของ จันทร์-ศุกร์ 9.00-15.00 น. "
                "รับส่งลูกไปโรงเรียนได้ทัน สินค้าชิ้นเล็ก ไม่ต้องยกของหนัก อายุ 18 ปีขึ้นไป"
            ),
            "concepts": {"logistics_warehouse", "packing"},
            "conditions": set(),
            "abroad": None,
        },
        {
            "kind": "job",
            "title": "รับเด็กฝึกงานร้านทำผม มีเบี้ยเลี้ยง",
            "description": (
                "ร้านเสริมสวยรับน้องๆ ที่อยากเรียนทำผม สระ ไดร์ ตัดผม สอนงานจนทำเป็น "
                "มีเบี้ยเลี้ยงรายวันระหว่างฝึก อายุ 17 ปีขึ้นไป ไม่ต้องมีประสบการณ์"
            ),
            "concepts": {"beauty_wellness", "hairdressing"},
            "conditions": set(),
            "abroad": None,
        },
        {
            "kind": "job",
            "title": "รับสมัครคนงานเก็บผลไม้ป่า ประเทศสวีเดน",
            "description": (
                "บริษัทจัดหางานที่ได้รับอนุญาตจากกรมการจัดหางาน "
                "รับสมัครคนงานไปเก็บบลูเบอร์รี่และลิงกอนเบอร์รี่ที่ประเทศสวีเดน ระยะเวลา ก.ค.-ก.ย. รับอายุ "
                "20-50 ปี สุขภาพแข็งแรง สอบถามและยื่นใบสมัครได้ที่สำนักงานจัดหางานจังหวัด"
            ),
            "concepts": {"agriculture"},
            "conditions": set(),
            "abroad": "SE",
        },
        {
            "kind": "course",
            "title": "หลักสูตรช่างซ่อมรถจักรยานยนต์ ฟรี! สำหรับเยาวชน",
            "description": (
                "ศูนย์พัฒนาฝีมือแรงงานเปิดอบรมช่างซ่อมรถจักรยานยนต์ 30 วัน สำหรับเยาวชนอายุ 15-24 ปี "
                "ไม่เสียค่าใช้จ่าย มีค่าอาหารกลางวันและค่าเดินทางให้ระหว่างอบรม จบแล้วได้รับวุฒิบัตร"
            ),
            "concepts": {"automotive_repair", "engine_maintenance", "motorbike_repair"},
            "conditions": set(),
            "abroad": None,
        },
        {
            "kind": "course",
            "title": "อบรมอาชีพ ทำเบเกอรี่ขายที่บ้าน สำหรับแม่เลี้ยงเดี่ยว",
            "description": (
                "สอนทำขนมปัง คุกกี้ และเค้กง่ายๆ พร้อมวิธีคิดต้นทุนและตั้งราคาขาย อบรม 5 วัน ฟรีไม่มีค่าใช้จ่าย "
                "มีมุมเด็กเล่นให้ลูกระหว่างเรียน"
            ),
            "concepts": {"baking", "own_business"},
            "conditions": set(),
            "abroad": None,
        },
        {
            "kind": "course",
            "title": "หลักสูตรนวดแผนไทยเพื่อสุขภาพ 150 ชั่วโมง",
            "description": (
                "เปิดรับสมัครผู้สนใจอายุ 18 ปีขึ้นไป เรียนนวดแผนไทยตามหลักสูตรมาตรฐาน "
                "เรียนจบสามารถสอบใบรับรองเพื่อทำงานในร้านนวดและสปาได้ ผ่อนชำระค่าเรียนได้"
            ),
            "concepts": {"beauty_wellness", "massage"},
            "conditions": set(),
            "abroad": None,
        },
        {
            "kind": "course",
            "title": "อบรมฟรี ขายของออนไลน์ให้ปัง",
            "description": (
                "เรียนการเปิดร้านบน TikTok Shop และ Shopee ถ่ายรูปสินค้า ไลฟ์สด และตอบแชทลูกค้า "
                "เหมาะกับแม่บ้านและคนที่อยากมีรายได้เสริมจากที่บ้าน เรียนออนไลน์ทุกวันพุธ 19.00-21.00 น."
            ),
            "concepts": {"online_selling", "own_business", "retail_sales"},
            "conditions": set(),
            "abroad": None,
        },
        {
            "kind": "course",
            "title": "ภาษาอังกฤษเพื่องานโรงแรม สำหรับเยาวชน (มีเบี้ยเลี้ยง)",
            "description": (
                "โครงการฝึกอบรมเยาวชนอายุ 17-25 ปี "
                "เรียนภาษาอังกฤษสนทนาสำหรับงานต้อนรับส่วนหน้าและงานบริการในโรงแรม 2 เดือน "
                "ได้รับเบี้ยเลี้ยงวันละ 150 บาท และได้ฝึกงานจริงในโรงแรมเมื่อจบหลักสูตร"
            ),
            "concepts": {"english_conversation", "front_desk", "hospitality"},
            "conditions": set(),
            "abroad": None,
        },
    ],
    "vi": [
        {
            "kind": "job",
            "title": "Tuyển nhân viên pha chế part-time (nhận học sinh, sinh viên)",
            "description": (
                "Quán cà phê cần tuyển 2 bạn pha chế ca sáng 6h-11h hoặc ca chiều 13h-18h. "
                "Không cần kinh nghiệm, được đào tạo pha chế cà phê, trà sữa. Từ 16 tuổi trở "
                "lên, lương theo giờ + thưởng."
            ),
            "concepts": {"barista", "food_service"},
            "conditions": set(),
            "abroad": None,
        },
        {
            "kind": "job",
            "title": "Nhận hàng may gia công tại nhà",
            "description": (
                "Xưởng may cần người nhận hàng về may tại nhà: quần áo trẻ em, đồ bộ. Yêu "
                "cầu có máy may, xưởng giao nhận hàng tận nơi. Tính tiền theo sản phẩm, "
                "thanh toán hàng tuần, phù hợp các mẹ bỉm sữa."
            ),
            "concepts": {"garment_manufacturing", "sewing_machine_operation"},
            "conditions": set(),
            "abroad": None,
        },
        {
            "kind": "job",
            "title": "Tuyển công nhân nuôi tôm, lương 7-9 triệu",
            "description": (
                "Trại tôm ở Cà Mau cần tuyển nam/nữ từ 18 tuổi. Công việc: cho tôm ăn, kiểm "
                "tra và vệ sinh ao nuôi. Ăn ở tại trại, làm luân phiên cả ca đêm để canh máy "
                "quạt nước."
            ),
            "concepts": {"fish_farming", "fishing_aquaculture"},
            "conditions": {"live_in", "night_shifts"},
            "abroad": None,
        },
        {
            "kind": "job",
            "title": "Tuyển phụ làm bánh mì, được dạy nghề",
            "description": (
                "Tiệm bánh mì cần tuyển phụ làm bánh, được dạy nghề từ đầu. Giờ làm từ 1h "
                "sáng đến 8h sáng, nghỉ 4 ngày/tháng. Nhận nam nữ từ 18 tuổi."
            ),
            "concepts": {"baking", "food_service"},
            "conditions": {"night_shifts"},
            "abroad": None,
        },
        {
            "kind": "job",
            "title": "Tuyển lao động thời vụ đi Hàn Quốc (nông nghiệp)",
            "description": (
                "Chương trình lao động thời vụ làm nông nghiệp tại Hàn Quốc thời hạn 5 "
                "tháng, công việc trồng và thu hoạch rau củ. Tuyển lao động từ 25 đến 55 "
                "tuổi, có kinh nghiệm làm nông. Đăng ký và nộp hồ sơ tại UBND xã."
            ),
            "concepts": {"agriculture", "vegetable_growing"},
            "conditions": set(),
            "abroad": "KR",
        },
        {
            "kind": "job",
            "title": "Tuyển nhân viên đóng gói mỹ phẩm",
            "description": (
                "Kho hàng online cần tuyển nữ đóng gói đơn hàng, làm giờ hành chính 8h-17h "
                "từ thứ 2 đến thứ 7. Không làm ca đêm, không tăng ca. Từ 18 tuổi, chưa có "
                "kinh nghiệm sẽ được hướng dẫn."
            ),
            "concepts": {"logistics_warehouse", "packing"},
            "conditions": set(),
            "abroad": None,
        },
        {
            "kind": "job",
            "title": "Tuyển học viên học việc nail - bao học, có lương",
            "description": (
                "Tiệm nail nhận các bạn nữ từ 17 tuổi vào học việc: sơn gel, vẽ móng, chăm "
                "sóc da tay. Vừa học vừa làm, có lương hỗ trợ từ tháng thứ 2. Không mất phí "
                "học."
            ),
            "concepts": {"beauty_wellness", "nail_care"},
            "conditions": set(),
            "abroad": None,
        },
        {
            "kind": "course",
            "title": "Khóa học nấu ăn miễn phí cho thanh niên",
            "description": (
                "Trung tâm dạy nghề tuyển sinh lớp Kỹ thuật chế biến món ăn 3 tháng dành cho "
                "thanh niên 16-25 tuổi. Miễn học phí, hỗ trợ tiền ăn trưa và giới thiệu việc "
                "làm tại nhà hàng sau khi tốt nghiệp."
            ),
            "concepts": {"cooking", "food_service"},
            "conditions": set(),
            "abroad": None,
        },
        {
            "kind": "course",
            "title": "Học nghề sửa xe máy miễn phí",
            "description": (
                "Lớp sửa chữa xe máy 3 tháng cho thanh niên từ 16 tuổi, 80% thời gian học "
                "thực hành. Được cấp chứng chỉ sơ cấp nghề và hỗ trợ tiền đi lại."
            ),
            "concepts": {"automotive_repair", "motorbike_repair"},
            "conditions": set(),
            "abroad": None,
        },
        {
            "kind": "course",
            "title": "Lớp tin học văn phòng cho chị em - có trông trẻ",
            "description": (
                "Lớp học Word, Excel và nhập liệu cơ bản trong 6 tuần, học buổi sáng. Có "
                "phòng trông trẻ miễn phí cho con em học viên trong giờ học."
            ),
            "concepts": {"basic_computer", "data_entry", "office_admin"},
            "conditions": set(),
            "abroad": None,
        },
        {
            "kind": "course",
            "title": "Khóa học bán hàng online cho mẹ bỉm sữa",
            "description": (
                "Hướng dẫn mở shop trên Shopee, TikTok Shop, chụp ảnh sản phẩm và livestream "
                "bán hàng. Học online buổi tối, 8 buổi, vừa trông con vừa học được."
            ),
            "concepts": {"online_selling", "own_business"},
            "conditions": set(),
            "abroad": None,
        },
        {
            "kind": "course",
            "title": "Đào tạo nghề may công nghiệp - bao việc làm",
            "description": (
                "Tuyển học viên nữ từ 16 tuổi học may công nghiệp 2 tháng, thực hành trên "
                "máy may công nghiệp. Sau khóa học được giới thiệu vào làm tại các công ty "
                "may trong khu công nghiệp."
            ),
            "concepts": {"garment_manufacturing", "sewing_machine_operation"},
            "conditions": set(),
            "abroad": None,
        },
    ],
    "tl": [
        {
            "kind": "job",
            "title": "HIRING: Part-time Service Crew (Students welcome!)",
            "description": (
                "Naghahanap kami ng part-time crew para sa aming fast food branch, 4 hours "
                "per shift, flexible ang schedule para sa mga estudyante. 16 y/o pataas, may "
                "working permit at parental consent kung minor. Trabaho: cashier, pagkuha ng "
                "order at pag-assist sa customers."
            ),
            "concepts": {"cashier", "customer_service", "food_service"},
            "conditions": set(),
            "abroad": None,
        },
        {
            "kind": "job",
            "title": "Work from home para sa mga nanay - beaded accessories",
            "description": (
                "Gagawa ng beaded bracelets at keychains sa bahay, kami ang magbibigay ng "
                "materyales. Bayad per piraso, every Saturday ang kuhaan ng gawa at sahod. "
                "Pwede habang nag-aalaga ng anak!"
            ),
            "concepts": {"handicrafts", "jewellery_making"},
            "conditions": set(),
            "abroad": None,
        },
        {
            "kind": "job",
            "title": "Au pair sa Netherlands - 18 to 30 y/o",
            "description": (
                "Naghahanap ang host family ng Filipina au pair para tumulong mag-alaga ng "
                "dalawang bata at gumawa ng light housework. Titira ka kasama ng host "
                "family, may sariling kwarto at pocket money kada buwan. 1 year contract, "
                "dapat single at walang anak."
            ),
            "concepts": {"childcare", "domestic_care_work"},
            "conditions": {"live_in"},
            "abroad": "NL",
        },
        {
            "kind": "job",
            "title": "HIRING: Bakery Helper",
            "description": (
                "Need bakery helper, 18 pataas, kahit walang experience. Pasok 2AM hanggang "
                "10AM, tutulong sa pagmamasa at pagbubuhat ng sako ng harina (25 kilos). May "
                "libreng tinapay at kape."
            ),
            "concepts": {"baking", "food_service"},
            "conditions": {"heavy_lifting", "night_shifts"},
            "abroad": None,
        },
        {
            "kind": "job",
            "title": "Call Center Agent (Fresh grads & undergrads welcome)",
            "description": (
                "Hiring CSR para sa local account, Tagalog at English calls. Day shift lang, "
                "8AM to 5PM, walang graveyard. Basta 18 y/o pataas at Senior High graduate."
            ),
            "concepts": {"call_centre", "customer_service"},
            "conditions": set(),
            "abroad": None,
        },
        {
            "kind": "job",
            "title": "Salon Assistant / Trainee - willing to train",
            "description": (
                "Naghahanap kami ng salon assistant na tuturuan namin ng shampoo, blower, "
                "hair color at basic haircut. May allowance habang training, may commission "
                "pag regular na. 17 y/o pataas, with parent's consent."
            ),
            "concepts": {"beauty_wellness", "hairdressing"},
            "conditions": set(),
            "abroad": None,
        },
        {
            "kind": "job",
            "title": "Summer job: Strawberry Harvest Helpers sa Benguet",
            "description": (
                "Kailangan ng harvest helpers sa strawberry farm ngayong summer vacation, "
                "March hanggang May. Pamimitas at pag-aayos ng strawberries sa maliliit na "
                "tray. Arawan ang sahod, 16 y/o pataas basta may pahintulot ng magulang."
            ),
            "concepts": {"agriculture"},
            "conditions": set(),
            "abroad": None,
        },
        {
            "kind": "course",
            "title": "LIBRENG TRAINING: Bread and Pastry Production NC II",
            "description": (
                "Bukas na ang enrollment para sa libreng Bread and Pastry Production NC II, "
                "may training allowance at free assessment. Para sa 18 y/o pataas, priority "
                "ang out-of-school youth at solo parents."
            ),
            "concepts": {"baking"},
            "conditions": set(),
            "abroad": None,
        },
        {
            "kind": "course",
            "title": "Motorcycle / Small Engine Servicing NC II - Libre!",
            "description": (
                "Libreng training sa pag-aayos at pag-maintain ng motorsiklo, 2 buwan, "
                "hands-on. May allowance at toolkit pagka-graduate. 18 pataas."
            ),
            "concepts": {"automotive_repair", "engine_maintenance", "motorbike_repair"},
            "conditions": set(),
            "abroad": None,
        },
        {
            "kind": "course",
            "title": "Online Selling Seminar para sa mga Nanay",
            "description": (
                "Matuto kung paano magbenta sa Facebook Marketplace, Shopee at TikTok Shop "
                "mula sa bahay. Libre, may snacks, at pwedeng isama ang mga bata. Saturday, "
                "1PM-4PM sa barangay hall."
            ),
            "concepts": {"online_selling", "own_business"},
            "conditions": set(),
            "abroad": None,
        },
        {
            "kind": "course",
            "title": "Housekeeping NC II Scholarship",
            "description": (
                "Training para sa hotel housekeeping: paglilinis at pag-aayos ng kwarto, "
                "laundry at paghahanda ng kama. May OJT sa hotel pagkatapos ng training at "
                "may allowance kada araw."
            ),
            "concepts": {"hospitality", "housekeeping", "laundry_ironing"},
            "conditions": set(),
            "abroad": None,
        },
        {
            "kind": "course",
            "title": "Dressmaking NC II - Libreng Training",
            "description": (
                "Matutong magsukat, mag-pattern, mag-cut at manahi ng damit. 3 buwan, may "
                "allowance, para sa mga kababaihan at kabataan 18 pataas."
            ),
            "concepts": {"pattern_cutting", "sewing", "tailoring"},
            "conditions": set(),
            "abroad": None,
        },
    ],
    "km": [
        {
            "kind": "job",
            "title": "ហាងកាហ្វេ ត្រូវការបុគ្គលិកឆុងកាហ្វេ (Part-time)",
            "description": (
                "ហាងកាហ្វេយើងខ្ញុំត្រូវការបុគ្គលិកឆុងកាហ្វេ ២នាក់ ធ្វើការក្រៅម៉ោងសិក្សា ពេលព្រឹក ឬពេលរសៀល។ "
                "មិនចាំបាច់មានបទពិសោធន៍ ហាងនឹងបង្រៀនជូន។ អាយុ ១៦ឆ្នាំឡើងទៅ សិស្ស និស្សិតអាចដាក់ពាក្យបាន។"
            ),
            "concepts": {"barista", "food_service"},
            "conditions": set(),
            "abroad": None,
        },
        {
            "kind": "job",
            "title": "ត្រូវការអ្នកត្បាញក្រមានៅផ្ទះ",
            "description": (
                "យើងផ្គត់ផ្គង់អំបោះ និងកីត្បាញ ជូនស្ត្រីដែលចង់ត្បាញក្រមានៅផ្ទះ។ ប្រាក់ឈ្នួលគិតតាមក្រមានីមួយៗ "
                "ទូទាត់រៀងរាល់ខែ។ អាចធ្វើការផង មើលកូនផង។"
            ),
            "concepts": {"handicrafts", "weaving"},
            "conditions": set(),
            "abroad": None,
        },
        {
            "kind": "job",
            "title": "ត្រូវការកម្មករចម្ការស្វាយ",
            "description": (
                "ចម្ការស្វាយនៅខេត្តបាត់ដំបង ត្រូវការកម្មករប្រុសស្រី អាយុ ១៨ឆ្នាំឡើង។ ការងារ៖ ថែទាំដើមស្វាយ "
                "ខ្ចប់ផ្លែ និងបាញ់ថ្នាំសម្លាប់សត្វល្អិត។ ប្រាក់ឈ្នួលបើកប្រចាំថ្ងៃ។"
            ),
            "concepts": {"agriculture", "agrochemical_work"},
            "conditions": set(),
            "abroad": None,
        },
        {
            "kind": "job",
            "title": "រោងចក្រកាត់ដេរ ជ្រើសរើសកម្មករច្រើននាក់",
            "description": (
                "រោងចក្រកាត់ដេរត្រូវការកម្មករដេរ និងកម្មករកាត់អំបោះ ច្រើននាក់ អាយុ ១៨ឆ្នាំឡើងទៅ។ "
                "ធ្វើការវេនយប់ ចាប់ពីម៉ោង ៧យប់ ដល់ម៉ោង ៥ព្រឹក។ មានប្រាក់រង្វាន់វត្តមាន និងប្រាក់ធ្វើការបន្ថែមម៉ោង។"
            ),
            "concepts": {"garment_manufacturing", "sewing_machine_operation"},
            "conditions": {"night_shifts"},
            "abroad": None,
        },
        {
            "kind": "job",
            "title": "ភោជនីយដ្ឋាន ត្រូវការអ្នករត់តុ",
            "description": (
                "ភោជនីយដ្ឋានត្រូវការអ្នករត់តុស្រី ២នាក់ អាយុ ១៨ ដល់ ៣០ឆ្នាំ។ ម៉ោងធ្វើការ ៧ព្រឹក ដល់ ៣រសៀល "
                "គ្មានវេនយប់ទេ។ មានអាហារថ្ងៃត្រង់ និងប្រាក់ខែ ១៨០ ដុល្លារ។"
            ),
            "concepts": {"food_service", "table_service"},
            "conditions": set(),
            "abroad": None,
        },
        {
            "kind": "job",
            "title": "ហាងសម្អាង ទទួលកូនជាងហាត់ការ",
            "description": (
                "ហាងកាត់សក់ និងធ្វើក្រចក ទទួលយកក្មេងស្រីអាយុ ១៧ឆ្នាំឡើង មករៀនការងារ និងធ្វើការជាមួយហាង។ "
                "បង្រៀនឥតគិតថ្លៃ មានប្រាក់ឧបត្ថម្ភរៀងរាល់ខែ។"
            ),
            "concepts": {"beauty_wellness", "hairdressing", "nail_care"},
            "conditions": set(),
            "abroad": None,
        },
        {
            "kind": "job",
            "title": "ការងារកសិកម្មនៅប្រទេសថៃ (ស្របច្បាប់ តាម MOU)",
            "description": (
                "ក្រុមហ៊ុនជ្រើសរើសកម្មករត្រូវការកម្មករប្រុសស្រី ទៅធ្វើការចម្ការដំឡូងមី និងចម្ការបន្លែ នៅប្រទេសថៃ "
                "តាមប្រព័ន្ធ MOU។ អាយុ ១៨ ដល់ ៤០ឆ្នាំ មានលិខិតឆ្លងដែន។ កិច្ចសន្យារយៈពេល ២ឆ្នាំ។"
            ),
            "concepts": {"agriculture"},
            "conditions": set(),
            "abroad": "TH",
        },
        {
            "kind": "course",
            "title": "វគ្គបណ្តុះបណ្តាលជួសជុលម៉ូតូ ឥតគិតថ្លៃ",
            "description": (
                "មជ្ឈមណ្ឌលបណ្តុះបណ្តាលវិជ្ជាជីវៈ ទទួលយុវជនអាយុ ១៦ ដល់ ២៥ឆ្នាំ ចូលរៀនជំនាញជួសជុលម៉ូតូរយៈពេល ៣ខែ។ "
                "ឥតបង់ថ្លៃ មានប្រាក់ឧបត្ថម្ភប្រចាំខែ និងវិញ្ញាបនបត្របញ្ចប់វគ្គ។"
            ),
            "concepts": {"automotive_repair", "motorbike_repair"},
            "conditions": set(),
            "abroad": None,
        },
        {
            "kind": "course",
            "title": "វគ្គធ្វើនំ សម្រាប់ស្ត្រី",
            "description": (
                "រៀនធ្វើនំខេក នំបុ័ង និងនំខ្មែរ ដើម្បីលក់នៅផ្ទះ រយៈពេល ១ខែ។ សិក្សាពេលព្រឹក អាចនាំកូនតូចមកជាមួយបាន។"
            ),
            "concepts": {"baking", "own_business"},
            "conditions": set(),
            "abroad": None,
        },
        {
            "kind": "course",
            "title": "វគ្គជួសជុលទូរស័ព្ទដៃ",
            "description": (
                "បង្រៀនជួសជុលទូរស័ព្ទដៃ ប្តូរអេក្រង់ ប្តូរថ្ម និងដំឡើងកម្មវិធី សម្រាប់យុវជនអាយុ ១៦ឆ្នាំឡើង។ "
                "រៀនរយៈពេល ២ខែ មានការអនុវត្តផ្ទាល់នៅហាង។"
            ),
            "concepts": {"phone_repair"},
            "conditions": set(),
            "abroad": None,
        },
        {
            "kind": "course",
            "title": "វគ្គកាត់ដេរ សម្រាប់នារី",
            "description": (
                "វគ្គបង្រៀនវាស់ខ្នាត កាត់ និងដេរសម្លៀកបំពាក់ ឥតគិតថ្លៃ សម្រាប់នារីអាយុ ១៦ឆ្នាំឡើងទៅ។ រយៈពេល "
                "៤ខែ ហើយផ្តល់ម៉ាស៊ីនដេរមួយគ្រឿងពេលបញ្ចប់វគ្គ។"
            ),
            "concepts": {"pattern_cutting", "sewing", "tailoring"},
            "conditions": set(),
            "abroad": None,
        },
        {
            "kind": "course",
            "title": "វគ្គបណ្តុះបណ្តាលជំនាញសណ្ឋាគារ",
            "description": (
                "សាលាបណ្តុះបណ្តាលទទួលយុវជនខ្វះខាត អាយុ ១៧ ដល់ ២៤ឆ្នាំ រៀនជំនាញរៀបចំបន្ទប់ "
                "និងបម្រើភ្ញៀវក្នុងភោជនីយដ្ឋានសណ្ឋាគារ។ រៀន ១០ខែ ឥតគិតថ្លៃ មានអាហារ និងប្រាក់ឧបត្ថម្ភ។"
            ),
            "concepts": {"hospitality", "housekeeping", "table_service"},
            "conditions": set(),
            "abroad": None,
        },
    ],
    "my": [
        {
            "kind": "job",
            "title": "လက်ဖက်ရည်ဆိုင် ဝန်ထမ်း ခေါ်ယူမည်",
            "description": (
                "လက်ဖက်ရည်ဆိုင်အတွက် စားပွဲထိုးဝန်ထမ်း (ကျား/မ) အမြောက်အမြား ခေါ်ယူပါမည်။ အသက် ၁၆ နှစ်အထက်၊ ဆိုင်တွင်ပင် "
                "နေထိုင်စားသောက်ရမည်ဖြစ်ပြီး နေ့စဉ် မနက် ၅ နာရီမှ ည ၉ နာရီထိ လုပ်ရပါမည်။ လစာ ကျပ် ၂၅၀,၀၀၀ "
                "နှင့်အထက်။"
            ),
            "concepts": {"food_service", "table_service"},
            "conditions": {"live_in"},
            "abroad": None,
        },
        {
            "kind": "job",
            "title": "အိမ်မှာ အပ်ချုပ်ပေးနိုင်သူများ လိုအပ်ပါသည်",
            "description": (
                "ကလေးဝတ်စုံ ချုပ်ရန် ဖြတ်ပြီးသား အထည်များကို အိမ်အရောက် ပို့ပေးပါမည်။ ကိုယ်ပိုင် အပ်ချုပ်စက် ရှိရပါမည်။ "
                "ချုပ်ပြီးသော အထည်အရေအတွက်အလိုက် ငွေပေးပြီး အပတ်စဉ် ရှင်းပေးပါမည်။"
            ),
            "concepts": {"garment_manufacturing", "sewing_machine_operation"},
            "conditions": set(),
            "abroad": None,
        },
        {
            "kind": "job",
            "title": "ဂိုဒေါင် အကူဝန်ထမ်း ခေါ်ယူမည်",
            "description": (
                "ဆန်ပွဲရုံ ဂိုဒေါင်အတွက် အကူဝန်ထမ်း (ကျား) ၅ ဦး လိုအပ်ပါသည်။ ဆန်အိတ် ၅၀ ကီလိုများကို ကားပေါ်သို့ တင်ချ "
                "သယ်ပိုးရပါမည်။ အသက် ၁၈ နှစ်အထက်၊ နေ့စားလုပ်ခ ပေးပါမည်။"
            ),
            "concepts": {"logistics_warehouse"},
            "conditions": {"heavy_lifting"},
            "abroad": None,
        },
        {
            "kind": "job",
            "title": "ဖုန်းဆိုင် အရောင်းဝန်ထမ်း (အမျိုးသမီး)",
            "description": (
                "မိုဘိုင်းဖုန်းဆိုင်အတွက် အရောင်းဝန်ထမ်း ၂ ဦး ခေါ်ယူပါမည်။ မနက် ၉ နာရီမှ ညနေ ၅ နာရီထိ လုပ်ရပြီး ဆိုင်တွင် "
                "နေစရာမလိုဘဲ အိမ်ပြန်နိုင်ပါသည်။ အသက် ၁၈ နှစ်မှ ၃၀ နှစ်၊ ဆယ်တန်းအောင် ဦးစားပေး။"
            ),
            "concepts": {"customer_service", "retail_sales"},
            "conditions": set(),
            "abroad": None,
        },
        {
            "kind": "job",
            "title": "အလှပြင်ဆိုင် အလုပ်သင် ခေါ်ယူမည်",
            "description": (
                "ဆံပင်ညှပ်ခြင်း၊ ခေါင်းလျှော်ခြင်း၊ ဆံပင်ဆိုးခြင်း စသည်တို့ကို အခမဲ့ သင်ပေးပြီး သင်ကာလအတွင်း မုန့်ဖိုး "
                "ထောက်ပံ့ပေးပါမည်။ အသက် ၁၇ နှစ်အထက် မိန်းကလေးများ လျှောက်ထားနိုင်ပါသည်။"
            ),
            "concepts": {"beauty_wellness", "hairdressing"},
            "conditions": set(),
            "abroad": None,
        },
        {
            "kind": "job",
            "title": "ဂျပန်နိုင်ငံ သက်ကြီးစောင့်ရှောက်ရေး (Kaigo) ဝန်ထမ်း ခေါ်ယူမည်",
            "description": (
                "ဂျပန်နိုင်ငံရှိ သက်ကြီးရွယ်အို စောင့်ရှောက်ရေးဂေဟာများတွင် လုပ်ကိုင်ရန် အမျိုးသမီး ၂၀ ဦး ခေါ်ယူပါမည်။ အသက် "
                "၁၈ နှစ်မှ ၃၀ နှစ်၊ ဂျပန်စာ N4 အောင်ရပါမည်။ အေဂျင်စီမှ ဂျပန်စာ သင်တန်း စီစဉ်ပေးပါမည်။"
            ),
            "concepts": {"domestic_care_work", "elder_care"},
            "conditions": set(),
            "abroad": "JP",
        },
        {
            "kind": "job",
            "title": "အွန်လိုင်း အရောင်းဝန်ထမ်း (အိမ်မှ လုပ်နိုင်)",
            "description": (
                "Facebook page မှ အဝတ်အထည် ရောင်းရန် Admin ဝန်ထမ်း လိုအပ်ပါသည်။ Message ပြန်ခြင်း၊ Order "
                "စာရင်းမှတ်ခြင်း လုပ်ရမည်ဖြစ်ပြီး အိမ်မှ ဖုန်းဖြင့် လုပ်ကိုင်နိုင်ပါသည်။ ကလေးရှိသော မိခင်များ ကြိုဆိုပါသည်။"
            ),
            "concepts": {"customer_service", "online_selling", "retail_sales"},
            "conditions": set(),
            "abroad": None,
        },
        {
            "kind": "course",
            "title": "အခမဲ့ ဆိုင်ကယ်ပြင် သင်တန်း",
            "description": (
                "အသက် ၁၆ နှစ်မှ ၂၄ နှစ်အတွင်း လူငယ်များအတွက် ဆိုင်ကယ် ပြုပြင်ထိန်းသိမ်းရေး သင်တန်း ၃ လ ဖွင့်လှစ်ပါမည်။ "
                "သင်တန်းကြေး အခမဲ့ဖြစ်ပြီး နေ့လည်စာနှင့် ခရီးစရိတ် ထောက်ပံ့ပေးပါမည်။"
            ),
            "concepts": {"automotive_repair", "engine_maintenance", "motorbike_repair"},
            "conditions": set(),
            "abroad": None,
        },
        {
            "kind": "course",
            "title": "မုန့်ဖုတ်နည်း သင်တန်း",
            "description": (
                "ကိတ်မုန့်၊ ပေါင်မုန့်နှင့် ကွတ်ကီး ဖုတ်နည်းများကို လက်တွေ့ သင်ကြားပေးပါမည်။ အိမ်မှာ မုန့်လုပ်ရောင်းချင်သော "
                "အမျိုးသမီးများအတွက် ရောင်းဈေးတွက်နည်းပါ သင်ပေးပါမည်။"
            ),
            "concepts": {"baking", "own_business"},
            "conditions": set(),
            "abroad": None,
        },
        {
            "kind": "course",
            "title": "ကွန်ပျူတာ အခြေခံ သင်တန်း",
            "description": (
                "Word၊ Excel နှင့် စာစီစာရိုက် အခြေခံကို ၂ လ သင်ကြားပေးပါမည်။ ရုံးဝန်ထမ်း အလုပ်ရှာမည့် လူငယ်များအတွက် "
                "သင့်တော်ပါသည်။"
            ),
            "concepts": {"basic_computer", "data_entry", "office_admin"},
            "conditions": set(),
            "abroad": None,
        },
        {
            "kind": "course",
            "title": "အမျိုးသမီးများအတွက် အပ်ချုပ် သင်တန်း",
            "description": (
                "အတိုင်းအတာယူခြင်း၊ ပုံစံဖြတ်ခြင်းနှင့် ချုပ်လုပ်ခြင်းကို ၃ လ သင်ကြားပေးပါမည်။ သင်တန်းချိန်အတွင်း "
                "ကလေးထိန်းပေးမည့်နေရာ ရှိပါသည်။"
            ),
            "concepts": {"pattern_cutting", "sewing", "tailoring"},
            "conditions": set(),
            "abroad": None,
        },
        {
            "kind": "course",
            "title": "ဟိုတယ်လုပ်ငန်း အခြေခံ သင်တန်း (ထောက်ပံ့ကြေးနှင့်)",
            "description": (
                "ဧည့်ကြိုလုပ်ငန်း၊ အခန်းသန့်ရှင်းရေးနှင့် အင်္ဂလိပ်စကားပြော အခြေခံကို ၆ ပတ် သင်ကြားပေးပါမည်။ အသက် ၁၇ "
                "နှစ်မှ ၂၅ နှစ် လူငယ်များ လျှောက်ထားနိုင်ပြီး သင်တန်းကာလအတွင်း နေ့စဉ် ထောက်ပံ့ကြေး ပေးပါမည်။"
            ),
            "concepts": {"front_desk", "hospitality", "housekeeping"},
            "conditions": set(),
            "abroad": None,
        },
    ],
    "zh": [
        {
            "kind": "job",
            "title": "暑期工｜咖啡店兼職咖啡師（歡迎學生）",
            "description": (
                "咖啡店請暑期兼職，每更4至6小時，可自選返工日子。唔需要經驗，有專人教沖咖啡同"
                "拉花。16歲或以上，時薪$45起。"
            ),
            "concepts": {"barista", "food_service"},
            "conditions": set(),
            "abroad": None,
        },
        {
            "kind": "job",
            "title": "宝妈在家手工活 串珠饰品 计件结算",
            "description": (
                "提供全部材料，在家串手链、钥匙扣，按件计算工钱，每周结算一次。时间自由，适合"
                "带娃的宝妈，不收任何押金。"
            ),
            "concepts": {"handicrafts", "jewellery_making"},
            "conditions": set(),
            "abroad": None,
        },
        {
            "kind": "job",
            "title": "招聘服务员 月薪6000+",
            "description": (
                "娱乐会所招聘包厢服务员若干名，负责点单、上酒水和果盘。工作时间晚上8点至凌晨3"
                "点，年龄18至28岁。"
            ),
            "concepts": {"alcohol_sales", "nightlife_venues", "table_service"},
            "conditions": {"night_shifts"},
            "abroad": None,
        },
        {
            "kind": "job",
            "title": "暑期倉務助理（日薪）",
            "description": (
                "物流公司招聘暑期倉務助理，負責點貨、執貨及上落貨。需搬運紙箱，每箱約20公斤，"
                "18歲以上男女均可。"
            ),
            "concepts": {"logistics_warehouse"},
            "conditions": {"heavy_lifting"},
            "abroad": None,
        },
        {
            "kind": "job",
            "title": "超市兼職收銀員（返工時間彈性）",
            "description": (
                "屋邨超市請兼職收銀員，星期一至五朝早10點至下晝3點，啱晒要接送小朋友嘅媽媽。"
                "只負責收銀，毋須搬抬重物。"
            ),
            "concepts": {"cashier", "retail_sales"},
            "conditions": set(),
            "abroad": None,
        },
        {
            "kind": "job",
            "title": "美发店招学徒 包教包会",
            "description": (
                "美发店招收学徒，年满16周岁，男女不限。从洗头、吹发学起，包教包会，学徒期有底薪。"
            ),
            "concepts": {"beauty_wellness", "hairdressing"},
            "conditions": set(),
            "abroad": None,
        },
        {
            "kind": "job",
            "title": "澳洲農場工作假期｜招收果園採摘員",
            "description": (
                "澳洲昆士蘭果園招收持工作假期簽證嘅香港青年，負責採摘及分類水果，季節由11月至"
                "翌年3月。18至30歲，按件計薪。"
            ),
            "concepts": {"agriculture"},
            "conditions": set(),
            "abroad": "AU",
        },
        {
            "kind": "course",
            "title": "青年西餅製作證書課程（設培訓津貼）",
            "description": (
                "為15至24歲青年而設，學習麵包、西餅及蛋糕製作，全期8星期。出席率達標學員可獲"
                "培訓津貼，完成後提供就業轉介。"
            ),
            "concepts": {"baking"},
            "conditions": set(),
            "abroad": None,
        },
        {
            "kind": "course",
            "title": "免费电商直播带货培训 宝妈专场",
            "description": (
                "教你开网店、拍产品短视频、直播带货，零基础也能学会。线上授课，每晚8点开课，"
                "可以一边带娃一边学。"
            ),
            "concepts": {"online_selling", "own_business"},
            "conditions": set(),
            "abroad": None,
        },
        {
            "kind": "course",
            "title": "汽车维修学徒班 招生",
            "description": (
                "面向初中毕业、16岁以上青年，学习汽车保养和发动机维修。半工半读，实习期间有补贴。"
            ),
            "concepts": {"automotive_repair", "car_repair", "engine_maintenance"},
            "conditions": set(),
            "abroad": None,
        },
        {
            "kind": "course",
            "title": "美甲入門證書課程",
            "description": (
                "教授修甲、Gel甲及基本甲繪，共10堂，晚間上課。學費可分期，完成課程後頒發證書。"
            ),
            "concepts": {"beauty_wellness", "nail_care"},
            "conditions": set(),
            "abroad": None,
        },
        {
            "kind": "course",
            "title": "育婴员职业技能培训（政府补贴）",
            "description": (
                "学习婴幼儿喂养、生活照料和早期教育等技能，考核合格可获得育婴员证书。符合条件"
                "的学员可享受政府培训补贴，欢迎女性报名。"
            ),
            "concepts": {"childcare", "domestic_care_work"},
            "conditions": set(),
            "abroad": None,
        },
    ],
}

#: language -> the fifth set of ads, written blind in session 30 by a writer given only the
#: concept ids and their English labels, after the fourth set's fixes: ads that are lists of
#: benefits and requirements (pay, OT, dormitory, hours; age, height, documents to bring or
#: that the employer handles), ten a language; each says once that the company keeps the
#: workers' passports or ID cards (``documents_kept``), and at least three mention documents
#: in an ordinary way. Committed before its first run.
FIFTH: dict[str, list[Ad]] = {
    "en": [
        {
            "kind": "job",
            "title": "Sewing Operators Wanted - Garment Factory",
            "description": (
                "Basic salary + OT paid at 1.5x. Attendance allowance and festival "
                "bonus.\nFree transport from town centre, social security from day "
                "one.\nRequirements: male/female, age 18-40, at least 1 year experience on "
                "single-needle or overlock machine.\nBring: copy of ID card, copy of house "
                "registration, 2 photos (1 inch)."
            ),
            "concepts": {"garment_manufacturing", "sewing_machine_operation"},
            "conditions": set(),
            "abroad": None,
            "documents_kept": False,
        },
        {
            "kind": "job",
            "title": "Warehouse Packer - Immediate Start",
            "description": (
                "Salary RM1,700 + OT + meal allowance. EPF, SOCSO and medical card "
                "provided.\nWorking hours 8am-5pm, Monday to Saturday.\nJob involves "
                "carrying cartons of up to 25 kg and loading lorries.\nRequirements: age 18 "
                "and above, physically fit, must pass pre-employment medical check. Bring IC "
                "copy on interview day."
            ),
            "concepts": {"logistics_warehouse", "packing"},
            "conditions": {"heavy_lifting"},
            "abroad": None,
            "documents_kept": False,
        },
        {
            "kind": "job",
            "title": "Security Guards (Night Shift) - Condominium",
            "description": (
                "Night shift 7pm to 7am, 6 days a week.\nBasic $2,200 + shift allowance + "
                "CPF. Uniform provided.\nRequirements: male, height 165 cm and above, "
                "minimum secondary education, no criminal record.\nMust hold a valid "
                "security officer licence or be willing to attend training."
            ),
            "concepts": {"security_services"},
            "conditions": {"night_shifts"},
            "abroad": None,
            "documents_kept": False,
        },
        {
            "kind": "job",
            "title": "Room Attendant - 4-Star Hotel",
            "description": (
                "Day shift only, 7:00-16:00, no night work.\nService charge, uniform, staff "
                "meal on duty, 6 days off per month.\nRequirements: female or male, 20-35 "
                "years old, honest and hardworking. Housekeeping experience an "
                "advantage.\nPlease bring a copy of your ID card, CV and 2 passport photos."
            ),
            "concepts": {"hospitality", "housekeeping"},
            "conditions": set(),
            "abroad": None,
            "documents_kept": False,
        },
        {
            "kind": "job",
            "title": "Cashier / Shop Assistant (Mini Mart)",
            "description": (
                "Basic salary + sales commission + attendance bonus.\nHours 9am-6pm, 1 day "
                "off per week.\nRequirements: female, 18-30, minimum Form 5 / Grade 12, can "
                "count money accurately, friendly.\nTraining provided, no experience needed."
            ),
            "concepts": {"cashier", "retail_sales"},
            "conditions": set(),
            "abroad": None,
            "documents_kept": False,
        },
        {
            "kind": "job",
            "title": "Overseas Job: Electronics Factory Operators for Taiwan",
            "description": (
                "Job site: Taichung, Taiwan. 3-year contract, monthly salary NT$27,470 plus "
                "OT.\nRequirements: female, 20-35 years old, at least high school graduate, "
                "no tattoos, must pass medical exam.\nValid passport required. Our agency "
                "processes the work visa and work permit.\nZero placement fee."
            ),
            "concepts": {"assembly", "manufacturing"},
            "conditions": set(),
            "abroad": "TW",
            "documents_kept": False,
        },
        {
            "kind": "job",
            "title": "Seafood Processing Workers",
            "description": (
                "Daily rate + OT, paid twice a month. Shift 6am-3pm.\nWork: peeling shrimp, "
                "sorting and packing fish.\nRequirements: male/female, 18-45, no experience "
                "needed, health certificate required.\nCompany keeps workers' passports and "
                "work permits in the office for the duration of the contract."
            ),
            "concepts": {"food_processing", "packing"},
            "conditions": set(),
            "abroad": None,
            "documents_kept": True,
        },
        {
            "kind": "job",
            "title": "Food Delivery Riders Wanted",
            "description": (
                "Earn per trip + peak hour incentives + weekly payout.\nRequirements: age "
                "18+, own motorcycle and smartphone, valid driving licence.\nBring your IC / "
                "ID card and driving licence for registration."
            ),
            "concepts": {"delivery", "transport_delivery"},
            "conditions": set(),
            "abroad": None,
            "documents_kept": False,
        },
        {
            "kind": "job",
            "title": "Kitchen Helper - Restaurant",
            "description": (
                "Salary + service charge, 2 meals per day, 4 days off per month.\nWorking "
                "hours 10am-8pm with 2-hour break.\nDuties: washing and cutting vegetables, "
                "cleaning the kitchen, helping the cook.\nLive-out position, no staff "
                "accommodation.\nRequirements: 18-40, food handler certificate preferred."
            ),
            "concepts": {"food_service"},
            "conditions": set(),
            "abroad": None,
            "documents_kept": False,
        },
        {
            "kind": "course",
            "title": "Forklift Operator Training Course (3 Days)",
            "description": (
                "Theory and practical training on counterbalance and reach truck forklifts. "
                "Certificate awarded on completion.\nCourse fee includes lunch and loan of "
                "safety shoes. Weekday and weekend classes.\nRequirements: age 18 and above, "
                "able to read basic instructions.\nBring a copy of your ID card and 2 "
                "passport-size photos to register."
            ),
            "concepts": {"dangerous_machinery", "forklift_operation"},
            "conditions": set(),
            "abroad": None,
            "documents_kept": False,
        },
    ],
    "th": [
        {
            "kind": "job",
            "title": "รับสมัครพนักงานฝ่ายผลิต โรงงานอิเล็กทรอนิกส์ หลายอัตรา",
            "description": (
                "ค่าแรงวันละ 363 บาท + OT\n- เบี้ยขยัน 500-700 บาท ค่าอาหาร ประกันสังคม โบนัสประจำปี "
                "มีรถรับส่ง\n- ทำงาน 08.00-17.00 น. ไม่มีกะดึก\nคุณสมบัติ: ชาย/หญิง อายุ 18-35 ปี วุฒิ ม.3 "
                "ขึ้นไป สายตาปกติ ไม่ตาบอดสี\nเอกสาร: สำเนาบัตรประชาชน 2 ใบ สำเนาทะเบียนบ้าน รูปถ่าย 1 "
                "นิ้ว 2 รูป"
            ),
            "concepts": {"assembly", "manufacturing"},
            "conditions": set(),
            "abroad": None,
            "documents_kept": False,
        },
        {
            "kind": "job",
            "title": "รับสมัคร รปภ. ประจำคอนโด กะกลางคืน",
            "description": (
                "เข้างาน 19.00-07.00 น. (กะดึก) ทำงาน 6 วัน/สัปดาห์\nรายได้ 12,000-15,000 บาท/เดือน "
                "มีชุดฟอร์มให้\nคุณสมบัติ: ชาย อายุ 20-55 ปี สูง 165 ซม. ขึ้นไป "
                "ไม่มีประวัติอาชญากรรม\nนำบัตรประชาชนตัวจริง และใบผ่านการอบรม รปภ. (ถ้ามี) "
                "มาสมัครได้ที่หน้างาน"
            ),
            "concepts": {"security_services"},
            "conditions": {"night_shifts"},
            "abroad": None,
            "documents_kept": False,
        },
        {
            "kind": "job",
            "title": "ด่วน! รับสมัครพนักงานยกของ ขึ้น-ลงสินค้า ประจำคลังสินค้า",
            "description": (
                "ค่าแรงรายวัน 400 บาท + OT จ่ายทุก 15 วัน\n- งานยกกระสอบ 25-50 กก. ขึ้นลงรถบรรทุก\n- "
                "ทำงาน จ.-ส. 08.00-17.00 น.\nคุณสมบัติ: ชาย อายุ 18-45 ปี "
                "ร่างกายแข็งแรง\nรับแรงงานต่างด้าวที่มีเอกสารถูกต้อง (พาสปอร์ต/บัตรชมพู)"
            ),
            "concepts": {"logistics_warehouse"},
            "conditions": {"heavy_lifting"},
            "abroad": None,
            "documents_kept": False,
        },
        {
            "kind": "job",
            "title": "รับสมัครแม่บ้านทำความสะอาดห้องพัก ประจำโรงแรม",
            "description": (
                "เงินเดือน 11,000 บาท + ค่าบริการ (Service charge) + ทิป\n- มีอาหารพนักงาน 1 มื้อ "
                "วันหยุด 6 วัน/เดือน\n- งานไม่หนัก ไม่ต้องยกของหนัก\nคุณสมบัติ: หญิง อายุ 20-45 ปี ขยัน "
                "ซื่อสัตย์ มีประสบการณ์แม่บ้านโรงแรมจะพิจารณาเป็นพิเศษ"
            ),
            "concepts": {"hospitality", "housekeeping"},
            "conditions": set(),
            "abroad": None,
            "documents_kept": False,
        },
        {
            "kind": "job",
            "title": "รับสมัครพนักงานขายหน้าร้าน / แคชเชียร์ ร้านสะดวกซื้อ",
            "description": (
                "รายได้ 12,000+ บาท มีค่าคอมมิชชั่น เบี้ยขยัน ประกันสังคม\n- เข้างาน 09.00-18.00 น. "
                "หยุดสัปดาห์ละ 1 วัน\nคุณสมบัติ: ชาย/หญิง อายุ 18 ปีขึ้นไป วุฒิ ม.6/ปวช. "
                "ใช้คอมพิวเตอร์เบื้องต้นได้\nใช้สำเนาบัตรประชาชน สำเนาวุฒิการศึกษา และรูปถ่าย 1 นิ้ว"
            ),
            "concepts": {"cashier", "retail_sales"},
            "conditions": set(),
            "abroad": None,
            "documents_kept": False,
        },
        {
            "kind": "job",
            "title": "รับสมัครคนงานภาคเกษตร ไปทำงานประเทศอิสราเอล",
            "description": (
                "งานปลูกผักและผลไม้ในโรงเรือน สัญญาจ้าง 5 ปี\nรายได้ประมาณ 50,000 บาท/เดือน + "
                "OT\nคุณสมบัติ: ชาย อายุ 22-39 ปี ผ่านการตรวจสุขภาพ\n- ต้องมีหนังสือเดินทาง (พาสปอร์ต) "
                "อายุเหลือไม่น้อยกว่า 1 ปี\n- ไม่มีค่าหัวคิว"
            ),
            "concepts": {"agriculture", "vegetable_growing"},
            "conditions": set(),
            "abroad": "IL",
            "documents_kept": False,
        },
        {
            "kind": "job",
            "title": "รับสมัครพนักงานโรงงานแปรรูปอาหารทะเล (รับแรงงานต่างด้าว)",
            "description": (
                "งานแกะกุ้ง คัดปลา แพ็คสินค้า\nค่าแรงขั้นต่ำตามกฎหมาย + "
                "OT\nบริษัทดำเนินการทำใบอนุญาตทำงานให้ "
                "โดยบริษัทจะเก็บพาสปอร์ตและบัตรของลูกจ้างไว้ที่สำนักงานตลอดสัญญาจ้าง\nคุณสมบัติ: ชาย/หญิง อายุ "
                "18-45 ปี"
            ),
            "concepts": {"food_processing", "packing"},
            "conditions": set(),
            "abroad": None,
            "documents_kept": True,
        },
        {
            "kind": "job",
            "title": "รับสมัครพนักงานเสิร์ฟ ร้านอาหาร",
            "description": (
                "เงินเดือน 10,000-12,000 บาท + ทิป + ค่าบริการ\n- มีอาหาร 2 มื้อ หยุด 4 วัน/เดือน\n- "
                "ทำงาน 10.00-20.00 น.\nคุณสมบัติ: ชาย/หญิง อายุ 18-35 ปี บุคลิกดี ยิ้มแย้ม "
                "สื่อสารภาษาอังกฤษเบื้องต้นได้จะพิจารณาเป็นพิเศษ"
            ),
            "concepts": {"food_service", "table_service"},
            "conditions": set(),
            "abroad": None,
            "documents_kept": False,
        },
        {
            "kind": "job",
            "title": "รับสมัครช่างเย็บผ้า โรงงานเสื้อผ้า",
            "description": (
                "ค่าแรงรายวัน/รายชิ้น + เบี้ยขยัน + โบนัส\n- ทำงาน 08.00-17.00 น. มี OT ถึง 20.00 "
                "น.\n- มีรถรับส่งพนักงาน\nคุณสมบัติ: หญิง อายุ 18-45 ปี "
                "เย็บจักรเข็มเดี่ยว/จักรโพ้งได้\nนำบัตรประชาชนมาในวันสัมภาษณ์"
            ),
            "concepts": {"garment_manufacturing", "sewing_machine_operation"},
            "conditions": set(),
            "abroad": None,
            "documents_kept": False,
        },
        {
            "kind": "course",
            "title": "เปิดอบรมหลักสูตรบาริสต้า (ชงกาแฟ) ฟรี ไม่มีค่าใช้จ่าย",
            "description": (
                "อบรม 5 วัน เรียนชงกาแฟร้อน-เย็น เครื่องดื่มเมนูยอดนิยม "
                "และการบริการลูกค้า\nได้รับวุฒิบัตรเมื่อจบหลักสูตร\nรับผู้มีอายุ 18 ปีขึ้นไป "
                "รับจำนวนจำกัด\nเอกสารการสมัคร: สำเนาบัตรประชาชน 1 ฉบับ รูปถ่าย 1 นิ้ว 1 รูป"
            ),
            "concepts": {"barista", "coffee", "food_service"},
            "conditions": set(),
            "abroad": None,
            "documents_kept": False,
        },
    ],
    "vi": [
        {
            "kind": "job",
            "title": "TUYỂN GẤP 50 CÔNG NHÂN MAY",
            "description": (
                "- Lương cơ bản 5.500.000đ + tăng ca + phụ cấp chuyên cần, xăng xe\n- Đóng "
                "BHXH, BHYT đầy đủ, thưởng tháng 13\n- Yêu cầu: Nam/nữ 18-40 tuổi, biết may "
                "máy 1 kim, máy vắt sổ\n- Hồ sơ: CCCD photo, sơ yếu lý lịch, giấy khám sức "
                "khỏe, 2 ảnh 3x4"
            ),
            "concepts": {"garment_manufacturing", "sewing_machine_operation"},
            "conditions": set(),
            "abroad": None,
            "documents_kept": False,
        },
        {
            "kind": "job",
            "title": "Tuyển nhân viên bảo vệ ca đêm",
            "description": (
                "- Ca đêm từ 18h00 đến 6h00 sáng hôm sau\n- Lương 7-8 triệu/tháng, được cấp "
                "đồng phục\n- Yêu cầu: Nam 20-50 tuổi, cao từ 1m65, sức khỏe tốt, không tiền "
                "án tiền sự\n- Mang theo CCCD bản gốc khi đến phỏng vấn"
            ),
            "concepts": {"security_services"},
            "conditions": {"night_shifts"},
            "abroad": None,
            "documents_kept": False,
        },
        {
            "kind": "job",
            "title": "Tuyển nhân viên bốc xếp kho hàng",
            "description": (
                "- Công việc: bốc xếp, bê vác hàng hóa 20-30kg lên xuống xe tải\n- Lương "
                "theo ngày 350.000đ, tăng ca tính riêng, trả lương 2 lần/tháng\n- Giờ làm: "
                "7h30-17h00, nghỉ Chủ nhật\n- Yêu cầu: Nam 18-40 tuổi, sức khỏe tốt"
            ),
            "concepts": {"logistics_warehouse"},
            "conditions": {"heavy_lifting"},
            "abroad": None,
            "documents_kept": False,
        },
        {
            "kind": "job",
            "title": "Tuyển nhân viên buồng phòng khách sạn 4 sao",
            "description": (
                "- Lương 6-7 triệu + phí phục vụ (service charge) + tip\n- Chỉ làm ca ngày, "
                "không làm ca đêm\n- Được ăn ca, cấp đồng phục, đóng bảo hiểm đầy đủ\n- Yêu "
                "cầu: Nữ 20-40 tuổi, chăm chỉ, trung thực, ưu tiên có kinh nghiệm"
            ),
            "concepts": {"hospitality", "housekeeping"},
            "conditions": set(),
            "abroad": None,
            "documents_kept": False,
        },
        {
            "kind": "job",
            "title": "Tuyển nhân viên bán hàng kiêm thu ngân siêu thị mini",
            "description": (
                "- Lương 6.000.000đ + thưởng doanh số\n- Giờ làm 8h-17h, nghỉ 4 "
                "ngày/tháng\n- Yêu cầu: Nữ 18-30 tuổi, tốt nghiệp THPT, nhanh nhẹn, biết sử "
                "dụng máy tính cơ bản\n- Nộp hồ sơ: bản photo CCCD, sơ yếu lý lịch có xác "
                "nhận địa phương"
            ),
            "concepts": {"cashier", "retail_sales"},
            "conditions": set(),
            "abroad": None,
            "documents_kept": False,
        },
        {
            "kind": "job",
            "title": "Đơn hàng XKLĐ Nhật Bản - Chế biến thực phẩm (cơm hộp)",
            "description": (
                "- Làm việc tại tỉnh Aichi, Nhật Bản, hợp đồng 3 năm\n- Lương cơ bản 170.000 "
                "yên/tháng, chưa tính tăng ca\n- Yêu cầu: Nữ 18-35 tuổi, tốt nghiệp THCS trở "
                "lên, không xăm hình, không mắc bệnh truyền nhiễm\n- Công ty hỗ trợ làm hộ "
                "chiếu, visa cho người lao động; học tiếng Nhật trước khi xuất cảnh"
            ),
            "concepts": {"food_processing"},
            "conditions": set(),
            "abroad": "JP",
            "documents_kept": False,
        },
        {
            "kind": "job",
            "title": "Tuyển lao động phổ thông làm tại xưởng gỗ nội thất",
            "description": (
                "- Lương 7-9 triệu/tháng tùy tay nghề\n- Công việc: chà nhám, lắp ráp, đóng "
                "gói sản phẩm gỗ\n- Yêu cầu: Nam 18-45 tuổi, không cần kinh nghiệm\n- Công "
                "ty giữ CCCD bản gốc của công nhân trong suốt thời gian làm việc, trả lại "
                "khi nghỉ việc"
            ),
            "concepts": {"carpentry", "manufacturing"},
            "conditions": set(),
            "abroad": None,
            "documents_kept": True,
        },
        {
            "kind": "job",
            "title": "Tuyển shipper giao hàng nội thành",
            "description": (
                "- Thu nhập 8-12 triệu/tháng (lương cứng + phí mỗi đơn)\n- Hỗ trợ xăng xe, "
                "điện thoại\n- Yêu cầu: Nam/nữ 18-40 tuổi, có xe máy, bằng lái A1, điện "
                "thoại smartphone\n- Mang theo CCCD và bằng lái bản gốc để đối chiếu"
            ),
            "concepts": {"delivery", "transport_delivery"},
            "conditions": set(),
            "abroad": None,
            "documents_kept": False,
        },
        {
            "kind": "job",
            "title": "Tuyển phụ bếp nhà hàng",
            "description": (
                "- Lương 6,5 triệu + thưởng, bao ăn 2 bữa\n- Công việc: sơ chế rau, thịt, "
                "cá, rửa dụng cụ, vệ sinh bếp\n- Làm ca gãy 9h-14h và 17h-21h\n- Không bao "
                "ở, nhân viên tự túc chỗ ở"
            ),
            "concepts": {"food_service"},
            "conditions": set(),
            "abroad": None,
            "documents_kept": False,
        },
        {
            "kind": "course",
            "title": "Chiêu sinh lớp dạy nghề may công nghiệp miễn phí",
            "description": (
                "- Học 3 tháng, thực hành trên máy may công nghiệp\n- Miễn học phí cho học "
                "viên thuộc hộ nghèo, cận nghèo; hỗ trợ tiền ăn\n- Cấp chứng chỉ sơ cấp "
                "nghề, giới thiệu việc làm sau khi học\n- Hồ sơ: bản sao CCCD, 2 ảnh 3x4, "
                "đơn đăng ký học"
            ),
            "concepts": {"garment_manufacturing", "sewing_machine_operation"},
            "conditions": set(),
            "abroad": None,
            "documents_kept": False,
        },
    ],
    "tl": [
        {
            "kind": "job",
            "title": "HIRING: Domestic Helper for Hong Kong",
            "description": (
                "Salary: HK$4,990/month + food allowance, 1 rest day per week\nLive-in sa "
                "bahay ng employer, kasama ang pag-aalaga ng bata at gawaing "
                "bahay\nRequirements: female, 25-40 y/o, may experience bilang "
                "kasambahay\nKailangan: valid passport, NBI clearance, PSA birth "
                "certificate. Agency ang magpo-process ng visa at OEC. No placement fee."
            ),
            "concepts": {"childcare", "domestic_care_work", "housework"},
            "conditions": {"live_in"},
            "abroad": "HK",
            "documents_kept": False,
        },
        {
            "kind": "job",
            "title": "WE'RE HIRING: Call Center Agents (Night Shift)",
            "description": (
                "Graveyard shift, 10PM-7AM, Monday to Friday\nSalary up to 22K + night "
                "differential + HMO on day 1\nQualifications: at least SHS graduate o "
                "college level, good English communication skills, 18 y/o pataas\nWalk-in "
                "applicants: magdala ng 2 valid IDs at updated resume"
            ),
            "concepts": {"call_centre", "customer_service", "english_conversation"},
            "conditions": {"night_shifts"},
            "abroad": None,
            "documents_kept": False,
        },
        {
            "kind": "job",
            "title": "HIRING: Factory Workers sa Fish Cannery",
            "description": (
                "Daily rate 450 + OT, 6 days a week\nTrabaho: paglilinis ng isda at "
                "pag-empake ng de-lata\nRequirements: 18-40 y/o, lalaki o babae, okay lang "
                "kahit walang experience\nIsusurender ang original na ID at birth "
                "certificate sa agency, ibabalik lang pagkatapos ng kontrata."
            ),
            "concepts": {"food_processing", "packing"},
            "conditions": set(),
            "abroad": None,
            "documents_kept": True,
        },
        {
            "kind": "job",
            "title": "Hiring Service Crew (Fast Food)",
            "description": (
                "Php 610/day + OT, with SSS, PhilHealth, Pag-IBIG\nDay shift lang, walang "
                "graveyard o night shift\nQualifications: 18-25 y/o, at least SHS graduate, "
                "masipag at may good attitude\nDalhin: resume, 2 pcs 2x2 ID picture, "
                "photocopy ng valid ID"
            ),
            "concepts": {"customer_service", "food_service"},
            "conditions": set(),
            "abroad": None,
            "documents_kept": False,
        },
        {
            "kind": "job",
            "title": "Hiring Sales Lady / Sales Associate (Mall)",
            "description": (
                "Basic pay + commission + incentives\nSchedule: 10AM-7PM, 6 days a "
                "week\nRequirements: female, 18-30 y/o, at least 5 ft 2 in ang height, "
                "pleasing personality, HS graduate\nWalang experience? Pwede! Training "
                "provided."
            ),
            "concepts": {"retail_sales", "selling"},
            "conditions": set(),
            "abroad": None,
            "documents_kept": False,
        },
        {
            "kind": "job",
            "title": "URGENT HIRING: Security Guards (Mall Posting)",
            "description": (
                "Salary: Php 18,000/month + 13th month pay, complete government "
                "benefits\nQualifications: male, 21-40 y/o, 5 ft 5 in pataas, at least HS "
                "graduate\nMay valid security license o willing mag-undergo ng Pre-Licensing "
                "Training\nRequirements: NBI clearance, police clearance, medical at drug "
                "test result"
            ),
            "concepts": {"security_services"},
            "conditions": set(),
            "abroad": None,
            "documents_kept": False,
        },
        {
            "kind": "job",
            "title": "Hiring Housekeeping Attendants - Beach Resort",
            "description": (
                "With service charge, free meals on duty, uniform\n8 hours duty, 6 days a "
                "week\nQualifications: 20-35 y/o, male or female, may experience sa hotel o "
                "resort housekeeping is an advantage\nPasahan ng requirements: resume, "
                "photocopy ng 2 valid IDs, TIN at SSS number"
            ),
            "concepts": {"hospitality", "housekeeping"},
            "conditions": set(),
            "abroad": None,
            "documents_kept": False,
        },
        {
            "kind": "job",
            "title": "HIRING: Company Driver",
            "description": (
                "Salary 20K-22K + allowance, SSS/PhilHealth/Pag-IBIG\nMay professional "
                "driver's license (restriction 1, 2)\nAt least 2 years experience, lalaki, "
                "25-45 y/o\nMarunong mag-maintain ng sasakyan is a plus"
            ),
            "concepts": {"driving", "driving_licence", "transport_delivery"},
            "conditions": set(),
            "abroad": None,
            "documents_kept": False,
        },
        {
            "kind": "job",
            "title": "Hiring Sewers (Garments) - Pakyawan",
            "description": (
                "Piece rate / pakyawan, sahod every Saturday\nMarunong gumamit ng high speed "
                "at overlock machine\nStay-out, walang stay-in\nMay libreng kape at tubig, "
                "8AM-5PM"
            ),
            "concepts": {"garment_manufacturing", "sewing_machine_operation"},
            "conditions": set(),
            "abroad": None,
            "documents_kept": False,
        },
        {
            "kind": "course",
            "title": "TESDA Scholarship: Housekeeping NC II - Enroll na!",
            "description": (
                "LIBRE ang training + may allowance habang nag-aaral\nMga 2 buwan ang "
                "training, kasama ang assessment para sa National Certificate (NC "
                "II)\nQualifications: 18 y/o pataas, at least HS graduate\nDalhin: PSA birth "
                "certificate, 2 pcs 1x1 picture, photocopy ng valid ID o barangay certificate"
            ),
            "concepts": {"hospitality", "housekeeping"},
            "conditions": set(),
            "abroad": None,
            "documents_kept": False,
        },
    ],
    "km": [
        {
            "kind": "job",
            "title": "រោងចក្រកាត់ដេរ ត្រូវការជ្រើសរើសកម្មការិនីជាច្រើននាក់",
            "description": (
                "- ប្រាក់ខែគោល ២០៤ ដុល្លារ + ម៉ោងបន្ថែម (OT) + ប្រាក់ឧបត្ថម្ភភាពទៀងទាត់ ១០ ដុល្លារ\n- "
                "មានរបបសន្តិសុខសង្គម ប.ស.ស\n- លក្ខខណ្ឌ៖ ភេទស្រី អាយុពី ១៨ ដល់ ៣៥ ឆ្នាំ ចេះដេរម៉ាស៊ីន\n- "
                "ឯកសារ៖ ថតចម្លងអត្តសញ្ញាណប័ណ្ណ ២ សន្លឹក និងរូបថត ៤x៦ ចំនួន ២ សន្លឹក"
            ),
            "concepts": {"garment_manufacturing", "sewing_machine_operation"},
            "conditions": set(),
            "abroad": None,
            "documents_kept": False,
        },
        {
            "kind": "job",
            "title": "ក្រុមហ៊ុនសន្តិសុខ ត្រូវការភ្នាក់ងារសន្តិសុខ វេនយប់",
            "description": (
                "- ម៉ោងធ្វើការ៖ ពីម៉ោង ៦ ល្ងាច ដល់ម៉ោង ៦ ព្រឹក (វេនយប់)\n- ប្រាក់ខែ ២៥០ ដុល្លារ + "
                "ឯកសណ្ឋាន\n- លក្ខខណ្ឌ៖ ភេទប្រុស អាយុ ២០-៤៥ ឆ្នាំ កម្ពស់ ១ម៦៥ ឡើងទៅ សុខភាពល្អ\n- "
                "សូមយកអត្តសញ្ញាណប័ណ្ណមកជាមួយពេលសម្ភាសន៍"
            ),
            "concepts": {"security_services"},
            "conditions": {"night_shifts"},
            "abroad": None,
            "documents_kept": False,
        },
        {
            "kind": "job",
            "title": "ការដ្ឋានសំណង់ ត្រូវការកម្មករជាបន្ទាន់",
            "description": (
                "- ប្រាក់ឈ្នួល ១០ ដុល្លារ/ថ្ងៃ បើកប្រាក់រៀងរាល់ ១៥ ថ្ងៃម្តង\n- ការងារ៖ លើក និងសែងបាវស៊ីម៉ងត៍ "
                "៥០ គីឡូ ខ្សាច់ និងឥដ្ឋ\n- ម៉ោងធ្វើការ ៧ព្រឹក ដល់ ៥ល្ងាច\n- លក្ខខណ្ឌ៖ ភេទប្រុស អាយុ ១៨ "
                "ឆ្នាំឡើងទៅ កម្លាំងមាំមួន"
            ),
            "concepts": {"construction"},
            "conditions": {"heavy_lifting"},
            "abroad": None,
            "documents_kept": False,
        },
        {
            "kind": "job",
            "title": "សណ្ឋាគារ ត្រូវការបុគ្គលិកអនាម័យបន្ទប់ (Housekeeping)",
            "description": (
                "- ប្រាក់ខែ ២០០-២៥០ ដុល្លារ + Service charge\n- ធ្វើការតែវេនថ្ងៃ គ្មានវេនយប់\n- "
                "មានអាហារ ១ ពេល ឯកសណ្ឋាន ឈប់សម្រាក ៤ ថ្ងៃ/ខែ\n- លក្ខខណ្ឌ៖ ភេទស្រី/ប្រុស អាយុ ១៨-៣៥ ឆ្នាំ "
                "ចេះភាសាអង់គ្លេសបន្តិចបន្តួចជាអាទិភាព"
            ),
            "concepts": {"hospitality", "housekeeping"},
            "conditions": set(),
            "abroad": None,
            "documents_kept": False,
        },
        {
            "kind": "job",
            "title": "ឱកាសការងារនៅប្រទេសថៃ តាមប្រព័ន្ធ MOU ស្របច្បាប់",
            "description": (
                "- ជ្រើសរើសកម្មករទៅធ្វើការនៅរោងចក្រកែច្នៃសាច់មាន់ ប្រទេសថៃ\n- ប្រាក់ឈ្នួល ៣៥៥ បាត/ថ្ងៃ + "
                "OT\n- លក្ខខណ្ឌ៖ ភេទប្រុស/ស្រី អាយុ ១៨-៤០ ឆ្នាំ សុខភាពល្អ\n- ក្រុមហ៊ុនរៀបចំលិខិតឆ្លងដែន ទិដ្ឋាការ "
                "និងប័ណ្ណការងារជូន"
            ),
            "concepts": {"food_processing"},
            "conditions": set(),
            "abroad": "TH",
            "documents_kept": False,
        },
        {
            "kind": "job",
            "title": "រោងចក្រផលិតស្បែកជើង ត្រូវការកម្មករ ៥០ នាក់",
            "description": (
                "- ប្រាក់ខែ ២០៤ ដុល្លារ + OT + ប្រាក់ឧបត្ថម្ភធ្វើដំណើរ\n- លក្ខខណ្ឌ៖ អាយុ ១៨-៤០ ឆ្នាំ "
                "គ្មានបទពិសោធន៍ក៏អាចដាក់ពាក្យបាន\n- ក្រុមហ៊ុននឹងរក្សាទុកអត្តសញ្ញាណប័ណ្ណដើមរបស់កម្មករ "
                "រហូតដល់ផុតកិច្ចសន្យា"
            ),
            "concepts": {"manufacturing"},
            "conditions": set(),
            "abroad": None,
            "documents_kept": True,
        },
        {
            "kind": "job",
            "title": "ហាងលក់ទូរស័ព្ទ ត្រូវការបុគ្គលិកផ្នែកលក់",
            "description": (
                "- ប្រាក់ខែ ២០០ ដុល្លារ + កម្រៃជើងសារ\n- ម៉ោងធ្វើការ ៨ព្រឹក-៥ល្ងាច ឈប់ ១ ថ្ងៃ/សប្តាហ៍\n- "
                "លក្ខខណ្ឌ៖ ភេទស្រី អាយុ ១៨-២៨ ឆ្នាំ ចេះប្រើកុំព្យូទ័របន្តិចបន្តួច រួសរាយរាក់ទាក់\n- ដាក់ពាក្យ៖ CV "
                "និងថតចម្លងអត្តសញ្ញាណប័ណ្ណ"
            ),
            "concepts": {"retail_sales", "selling"},
            "conditions": set(),
            "abroad": None,
            "documents_kept": False,
        },
        {
            "kind": "job",
            "title": "ភោជនីយដ្ឋាន ត្រូវការអ្នករត់តុ ប្រុស-ស្រី",
            "description": (
                "- ប្រាក់ខែ ១៨០ ដុល្លារ + Tip + អាហារ ២ ពេល\n- ម៉ោងធ្វើការ ១០ព្រឹក ដល់ ៧ល្ងាច (សម្រាក ២ "
                "ម៉ោង)\n- មិនមានកន្លែងស្នាក់នៅជូនទេ\n- លក្ខខណ្ឌ៖ អាយុ ១៨-៣០ ឆ្នាំ រួសរាយរាក់ទាក់ ស្មោះត្រង់"
            ),
            "concepts": {"food_service", "table_service"},
            "conditions": set(),
            "abroad": None,
            "documents_kept": False,
        },
        {
            "kind": "job",
            "title": "ត្រូវការអ្នកបើកបរឡានដឹកទំនិញ",
            "description": (
                "- ប្រាក់ខែ ៣០០ ដុល្លារ + ប្រាក់ឧបត្ថម្ភធ្វើដំណើរ\n- ត្រូវមានប័ណ្ណបើកបរប្រភេទ B ឬ C\n- "
                "មានបទពិសោធន៍បើកឡានដឹកទំនិញយ៉ាងតិច ២ ឆ្នាំ\n- ភេទប្រុស អាយុ ២៥-៤៥ ឆ្នាំ"
            ),
            "concepts": {"driving", "driving_licence", "transport_delivery"},
            "conditions": set(),
            "abroad": None,
            "documents_kept": False,
        },
        {
            "kind": "course",
            "title": "វគ្គបណ្តុះបណ្តាលកុំព្យូទ័រ និងវាយអក្សរ ឥតគិតថ្លៃ",
            "description": (
                "- រៀន Microsoft Word, Excel, អ៊ីនធឺណិត និងការវាយអក្សរខ្មែរ-អង់គ្លេស\n- រយៈពេល ៣ ខែ "
                "(ចន្ទ-សុក្រ) មានវិញ្ញាបនបត្របញ្ជាក់ការសិក្សា\n- សម្រាប់យុវជនអាយុ ១៥-២៤ ឆ្នាំ\n- ឯកសារ៖ "
                "ថតចម្លងអត្តសញ្ញាណប័ណ្ណ ឬសំបុត្រកំណើត និងរូបថត ២ សន្លឹក"
            ),
            "concepts": {"basic_computer", "data_entry"},
            "conditions": set(),
            "abroad": None,
            "documents_kept": False,
        },
    ],
    "my": [
        {
            "kind": "job",
            "title": "အိမ်အကူ အမျိုးသမီး အလုပ်ခေါ်ပါသည်",
            "description": (
                "- လစာ ၄ သိန်း၊ နှစ်စဉ် လစာတိုး\n- အိမ်ရှင်အိမ်မှာ နေထိုင်ရမည်၊ စားစရိတ် နေစရိတ် အိမ်ရှင်မှ တာဝန်ယူသည်\n- "
                "ကလေး ၁ ယောက် ထိန်းပေးရန်နှင့် အိမ်အလုပ်များ လုပ်ပေးရန်\n- အသက် ၂၅ မှ ၄၅ နှစ်အတွင်း၊ မှတ်ပုံတင်မိတ္တူ "
                "ပါရမည်"
            ),
            "concepts": {"childcare", "domestic_care_work", "housework"},
            "conditions": {"live_in"},
            "abroad": None,
            "documents_kept": False,
        },
        {
            "kind": "job",
            "title": "ဂိုဒေါင်ဝန်ထမ်း (အမျိုးသား) အမြောက်အများ ခေါ်ယူနေပါသည်",
            "description": (
                "- လစာ ၃ သိန်းခွဲ + အချိန်ပို (OT)\n- ကုန်ပစ္စည်းအိတ်များ (၂၅ ကီလိုမှ ၅၀ ကီလို) ထမ်းပြီး "
                "ကားပေါ်တင်/ချ ရမည်\n- အသက် ၁၈ မှ ၄၀၊ ကျန်းမာသန်စွမ်းသူ\n- မှတ်ပုံတင်မိတ္တူ၊ အိမ်ထောင်စုစာရင်းမိတ္တူ၊ "
                "ရပ်ကွက်ထောက်ခံစာ၊ ရဲစခန်းထောက်ခံစာ ယူလာရန်"
            ),
            "concepts": {"logistics_warehouse"},
            "conditions": {"heavy_lifting"},
            "abroad": None,
            "documents_kept": False,
        },
        {
            "kind": "job",
            "title": "မလေးရှားနိုင်ငံ အီလက်ထရောနစ်စက်ရုံ အလုပ်သမ ခေါ်ယူခြင်း",
            "description": (
                "- လစာ RM 1,700 + OT၊ စာချုပ် ၂ နှစ်\n- အမျိုးသမီး၊ အသက် ၁၈ မှ ၃၅ နှစ်၊ ဆေးစစ်အောင်ရမည်\n- "
                "ပတ်စ်ပို့ (PJ) ရှိရမည်\n- ဗီဇာနှင့် အလုပ်ပါမစ်ကို အေဂျင်စီမှ ဆောင်ရွက်ပေးမည်"
            ),
            "concepts": {"assembly", "manufacturing"},
            "conditions": set(),
            "abroad": "MY",
            "documents_kept": False,
        },
        {
            "kind": "job",
            "title": "အထည်ချုပ်စက်ရုံ အလုပ်သမား ခေါ်ပါသည်",
            "description": (
                "- အခြေခံလစာ + OT + ရက်မှန်ကြေး\n- ဖယ်ရီကား ကြိုပို့ပေးသည်\n- စက်ချုပ်တတ်သူ ဦးစားပေး၊ အသက် ၁၈ "
                "နှစ်ပြည့်ရမည်\n- အလုပ်ဝင်ရာတွင် မှတ်ပုံတင် မူရင်းကို ကုမ္ပဏီမှ သိမ်းထားမည်၊ အလုပ်ထွက်မှ ပြန်ပေးမည်"
            ),
            "concepts": {"garment_manufacturing", "sewing_machine_operation"},
            "conditions": set(),
            "abroad": None,
            "documents_kept": True,
        },
        {
            "kind": "job",
            "title": "စားသောက်ဆိုင် စားပွဲထိုး ကျား/မ ခေါ်ပါသည်",
            "description": (
                "- လစာ ၂ သိန်းခွဲ + Service + ထမင်း ၂ နပ်\n- ညဆိုင်း မရှိပါ၊ မနက် ၈ နာရီမှ ညနေ ၅ နာရီ အထိ\n- "
                "အသက် ၁၈ မှ ၃၀\n- အတွေ့အကြုံ မလိုပါ၊ သင်ပေးပါမည်"
            ),
            "concepts": {"food_service", "table_service"},
            "conditions": set(),
            "abroad": None,
            "documents_kept": False,
        },
        {
            "kind": "job",
            "title": "လုံခြုံရေးဝန်ထမ်း ခေါ်ယူခြင်း",
            "description": (
                "- လစာ ၃ သိန်း + ယူနီဖောင်း\n- အလုပ်ချိန် မနက် ၇ နာရီမှ ညနေ ၅ နာရီ\n- အမျိုးသား အသက် ၂၀-၄၅၊ "
                "အရပ် ၅ ပေ ၆ လက်မ နှင့်အထက်၊ ၈ တန်းအောင်\n- ကိုယ်ရေးရာဇဝင်၊ မှတ်ပုံတင်မိတ္တူ၊ ဓာတ်ပုံ ၂ ပုံ ယူလာပါ"
            ),
            "concepts": {"security_services"},
            "conditions": set(),
            "abroad": None,
            "documents_kept": False,
        },
        {
            "kind": "job",
            "title": "မင်းမာ့ ဈေးရောင်းဝန်ထမ်း (အမျိုးသမီး) ခေါ်ပါသည်",
            "description": (
                "- လစာ ၂ သိန်း ၈ သောင်း + ရောင်းအားကော်မရှင်\n- ငွေကိုင် (Cashier) လုပ်တတ်လျှင် ဦးစားပေး\n- "
                "ဆယ်တန်းအောင်၊ အသက် ၁၈-၂၈\n- လစဉ် ပိတ်ရက် ၄ ရက်"
            ),
            "concepts": {"cashier", "retail_sales"},
            "conditions": set(),
            "abroad": None,
            "documents_kept": False,
        },
        {
            "kind": "job",
            "title": "ဟိုတယ် Housekeeping ဝန်ထမ်း ခေါ်ယူခြင်း",
            "description": (
                "- လစာ + Service Charge + ဝန်ထမ်းထမင်း\n- အင်္ဂလိပ်စကား အနည်းငယ် ပြောတတ်ရမည်\n- အသက် "
                "၁၈-၃၅၊ ကျား/မ\n- လူမှုဖူလုံရေး (SSB) ကတ် ပြုလုပ်ပေးမည်"
            ),
            "concepts": {"hospitality", "housekeeping"},
            "conditions": set(),
            "abroad": None,
            "documents_kept": False,
        },
        {
            "kind": "job",
            "title": "Delivery Rider များ ခေါ်နေပါပြီ",
            "description": (
                "- ခရီးစဉ်တိုင်း ကော်မရှင် + အပတ်စဉ် ငွေထုတ်ယူနိုင်\n- ကိုယ်ပိုင်ဆိုင်ကယ်နှင့် စမတ်ဖုန်း ရှိရမည်\n- "
                "ယာဉ်မောင်းလိုင်စင်နှင့် မှတ်ပုံတင် ပါရမည်"
            ),
            "concepts": {"delivery", "transport_delivery"},
            "conditions": set(),
            "abroad": None,
            "documents_kept": False,
        },
        {
            "kind": "course",
            "title": "သက်ကြီးစောင့်ရှောက်မှု (Caregiver) သင်တန်း ဖွင့်လှစ်မည်",
            "description": (
                "- သင်တန်းကာလ ၃ လ၊ လက်တွေ့လေ့ကျင့်ခန်း ပါဝင်သည်\n- ရှေးဦးသူနာပြုစုနည်း (First Aid) ပါ "
                "သင်ကြားပေးမည်\n- အသက် ၁၈ နှစ်နှင့်အထက်၊ ၈ တန်းအောင်\n- သင်တန်းပြီးဆုံးပါက လက်မှတ် ထုတ်ပေးမည်"
            ),
            "concepts": {"elder_care", "first_aid", "health_care_support"},
            "conditions": set(),
            "abroad": None,
            "documents_kept": False,
        },
    ],
    "zh": [
        {
            "kind": "job",
            "title": "招聘 護衛員 (通宵更)",
            "description": (
                "工作時間：晚上7時至早上7時 (通宵更)，做六休一\n月薪$17,000-$19,000，另設勤工"
                "獎\n要求：持有效保安人員許可證 (保安證)，年齡18-60歲\n有意者請帶同身份證及保"
                "安證親臨面試"
            ),
            "concepts": {"security_services"},
            "conditions": {"night_shifts"},
            "abroad": None,
            "documents_kept": False,
        },
        {
            "kind": "job",
            "title": "倉務員 (即時上班)",
            "description": (
                "負責執貨、包裝、上落貨\n需搬運重物 (每箱約20-25公斤)\n月薪$16,500 + "
                "OT，五天工作，有強積金\n工作時間：上午9時至下午6時"
            ),
            "concepts": {"logistics_warehouse", "packing"},
            "conditions": {"heavy_lifting"},
            "abroad": None,
            "documents_kept": False,
        },
        {
            "kind": "job",
            "title": "酒店客房服務員 (Room Attendant)",
            "description": (
                "只做日更，不設通宵更\n月薪$16,000起 + 服務費 + "
                "勤工獎，提供制服及膳食\n要求：須持有香港身份證，有相關經驗優先，懂基本英語\n"
                "有意者請WhatsApp或親臨酒店人事部"
            ),
            "concepts": {"hospitality", "housekeeping"},
            "conditions": set(),
            "abroad": None,
            "documents_kept": False,
        },
        {
            "kind": "job",
            "title": "茶餐廳 請 樓面 / 侍應",
            "description": (
                "月薪$17,000 + 分賬，包兩餐\n做六休一，每日工作10小時\n要求：識講廣東話，有經"
                "驗優先，無經驗可培訓\n即時上班"
            ),
            "concepts": {"food_service", "table_service"},
            "conditions": set(),
            "abroad": None,
            "documents_kept": False,
        },
        {
            "kind": "job",
            "title": "急招 电子厂普工 (长白班)",
            "description": (
                "综合工资5500-7000元/月，按时发放\n长白班 "
                "8:00-17:30，无夜班，加班另计\n购买五险一金，免费工作餐\n要求：男女不限，18-4"
                "0周岁，身体健康\n入职携带身份证原件及复印件、一寸照片2张"
            ),
            "concepts": {"assembly", "manufacturing"},
            "conditions": set(),
            "abroad": None,
            "documents_kept": False,
        },
        {
            "kind": "job",
            "title": "服装厂招聘 车位 / 缝纫工",
            "description": (
                "计件工资，熟手月入6000-8000元\n要求：会操作平车、拷边机，年龄18-45岁\n每月休"
                "息4天，工资每月15号发放\n入职后身份证原件由厂里统一保管，离职时退还"
            ),
            "concepts": {"garment_manufacturing", "sewing_machine_operation"},
            "conditions": set(),
            "abroad": None,
            "documents_kept": True,
        },
        {
            "kind": "job",
            "title": "新加坡 中餐厅 招聘服务员",
            "description": (
                "工作地点：新加坡，合同两年\n月薪2200新币起，公司承担往返机票\n要求：女性，22"
                "-40岁，初中以上学历，无纹身，身体健康\n需持有效护照，工作准证 (WP) "
                "由雇主办理"
            ),
            "concepts": {"food_service", "table_service"},
            "conditions": set(),
            "abroad": "SG",
            "documents_kept": False,
        },
        {
            "kind": "job",
            "title": "超市收银员 若干名",
            "description": (
                "底薪3500元 + 绩效，月休4天，缴纳社保\n要求：18-35岁，高中以上学历，会基本电"
                "脑操作，做事细心\n需办理健康证 (公司可协助办理)"
            ),
            "concepts": {"cashier", "retail_sales"},
            "conditions": set(),
            "abroad": None,
            "documents_kept": False,
        },
        {
            "kind": "job",
            "title": "外卖骑手 / 快递员 招聘",
            "description": (
                "多劳多得，周结工资，月入8000+\n自备电动车和智能手机\n年龄18-50岁，男女不限\n"
                "注册需提供身份证和健康证"
            ),
            "concepts": {"delivery", "transport_delivery"},
            "conditions": set(),
            "abroad": None,
            "documents_kept": False,
        },
        {
            "kind": "course",
            "title": "美甲課程 (初級證書班)",
            "description": (
                "課程內容：修甲、護甲、Gel甲、基本手繪\n共10堂，每堂3小時，平日及週末班可選\n"
                "完成課程可獲頒證書，另設就業轉介\n報名需帶同身份證副本"
            ),
            "concepts": {"beauty_wellness", "nail_care"},
            "conditions": set(),
            "abroad": None,
            "documents_kept": False,
        },
    ],
}

#: language -> the sixth set of ads, written blind in session 32 by a writer given only the
#: concept ids and their English labels, after the rule that no worker may pay to get a job
#: (``fee_charged``) was written: recruitment posts as brokers, agents and small employers put
#: them on Facebook groups, Telegram, LINE, Zalo, Viber and WeChat (eight a language: three
#: that charge the worker a fee, a deposit, a wage deduction or a loan; two "too good to be
#: true" offers abroad of the kind that lure people into scam compounds, one keeping
#: passports; three ordinary controls that mention fees, money or documents in an ordinary
#: way). Committed before its first run.
SIXTH: dict[str, list[Ad]] = {
    "en": [
        {
            "kind": "job",
            "title": "🇸🇦 URGENT HIRING!!! MASON / TILE SETTER / STEEL FIXER – SAUDI ARABIA",
            "description": (
                "📢📢 DIRECT EMPLOYER – LIMITED SLOTS ONLY 📢📢\nLocation: Riyadh, KSA 🇸🇦\n✅ "
                "Mason – 50 pax\n✅ Tile setter – 30 pax\n✅ Steel fixer – 20 pax\nSalary: SAR "
                "1,500 – 1,800 + OT\nMale, 23-45 y/o, at least 2 yrs experience, must be able to "
                "carry heavy materials (cement bags, rebar) 💪\n📌 Placement fee: equivalent to 1 "
                "month salary, can be salary deduction 3 months\n📌 Medical ₱4,500 + TESDA "
                "assessment ₱2,000 – pay upon application\n📌 With free food & "
                "accommodation\nWalk-in Mon-Sat 8am-3pm, 2/F Room 204, Ermita Manila\nText/Viber: "
                "09xx-xxx-xxxx (Ma'am Joy)\n#HiringOFW #SaudiJobs #ConstructionWorkers"
            ),
            "concepts": {"bricklaying", "construction"},
            "conditions": {"heavy_lifting"},
            "abroad": "SA",
            "documents_kept": False,
            "fee_charged": True,
        },
        {
            "kind": "job",
            "title": "KAWAL KESELAMATAN / SECURITY GUARD – SHAH ALAM & KLANG (URGENT)",
            "description": (
                "🚨 JAWATAN KOSONG / VACANCY 🚨\nSecurity guard for factory & condo sites, Shah "
                "Alam / Klang area\n💰 Basic RM1,700 + OT, total can reach RM2,400\n⏰ 12 hours "
                "shift, day & night rotation\n✔ Malaysian only, age 21-60, SPM not required\n✔ "
                "Must have cert (Kursus Asas Pengawal) – no cert? We arrange the course, RM300 "
                "deducted from 1st salary\n✔ Uniform & boots deposit RM150 (refund only if resign "
                "after 6 months)\nInterview every day at our office Seksyen 15, bring "
                "IC.\nWhatsApp 01x-xxx xxxx Encik Rahman\n#kerjakosong #securityguard #shahalam"
            ),
            "concepts": {"security_services"},
            "conditions": {"night_shifts"},
            "abroad": None,
            "documents_kept": False,
            "fee_charged": True,
        },
        {
            "kind": "job",
            "title": "CAREGIVER to TAIWAN 🇹🇼 – HOUSEHOLD / STAY-IN – FAST DEPLOYMENT",
            "description": (
                "Hiring female caregivers for Taiwan 🇹🇼\n👵 Take care of elderly ward at home "
                "(feeding, bathing, wheelchair), light housework\n💵 Salary NT$20,000/month\n🏠 "
                "Live-in with employer, free food\nQualifications: 25-45 y/o, with Caregiving NC "
                "II, at least 1 yr experience (local or abroad)\n💳 NO CASH OUT! Loan for medical, "
                "training & processing, payable thru salary deduction NT$5,000/month for first 10 "
                "months\n+ monthly broker service fee NT$1,800 (1st year)\nLicensed agency, Malate "
                "Manila. PM us or text 09xx-xxx-xxxx\n#TaiwanCaregiver #NoCashOut #OFW"
            ),
            "concepts": {"domestic_care_work", "elder_care"},
            "conditions": {"live_in"},
            "abroad": "TW",
            "documents_kept": False,
            "fee_charged": True,
        },
        {
            "kind": "job",
            "title": "🔥 EASY JOB 🔥 Customer Service / Typing – Bangkok, Thailand – USD 1,500++",
            "description": (
                "Hi everyone! Our company in Thailand 🇹🇭 looking for customer service & typing "
                "staff!!\n✅ Only need basic English & typing\n✅ No experience OK, we train\n✅ "
                "Salary USD 1,200 – 2,000 + commission + bonus 💰💰\n✅ FREE flight ticket ✈️ FREE "
                "hotel & meals 🏨🍱\n✅ Age 18-35, male/female\n✅ Working hours 12 hrs, 26 "
                "days\nFast process!! Can fly next week 🛫\nInterested PM me or Telegram @xxxx_hr "
                "only. Don't miss this chance!!\n#kerjaluarnegara #gajitinggi #typingjob"
            ),
            "concepts": {"call_centre", "customer_service", "data_entry"},
            "conditions": set(),
            "abroad": "TH",
            "documents_kept": False,
            "fee_charged": False,
        },
        {
            "kind": "job",
            "title": "ONLINE MARKETING STAFF – CAMBODIA 🇰🇭 – ₱60K-₱90K/month + COMMISSION",
            "description": (
                "We are hiring ONLINE MARKETING / CHAT SUPPORT for a big company in Sihanoukville, "
                "Cambodia\n💻 Job: chat with customers online, post ads on social media, promote "
                "products\n💰 ₱60,000-₱90,000 monthly + high commission\n✈️ Airfare, visa & work "
                "permit – company shoulders ALL!\n🏢 Live-in at company dormitory inside the "
                "office compound, free 3 meals\n🌙 Night shift (8PM-8AM)\n📄 Requirements: "
                "passport valid 1 yr, can type fast, basic English. No experience needed!\n‼️ "
                "Company will keep your passport for safety and for processing of work permit "
                "during the contract\nJust travel as tourist, we handle everything at the airport "
                "😉\nDM ASAP, 10 slots only!!"
            ),
            "concepts": {"basic_computer", "online_selling"},
            "conditions": {"live_in", "night_shifts"},
            "abroad": "KH",
            "documents_kept": True,
            "fee_charged": False,
        },
        {
            "kind": "job",
            "title": "F&B Service Crew (Full-time) – Tampines Outlet | $2,200 + Service Charge",
            "description": (
                "We're hiring! 🍜 Join our friendly team at Tampines Mall outlet.\nJob scope: take "
                "orders, serve food & drinks, clear tables, handle cashier when needed.\n💵 Basic "
                "$2,200 + monthly service charge + attendance incentive\n🍱 Free staff meals, "
                "uniform provided free\n📅 5.5 days/week, 10am-10pm (split shift)\nNo experience "
                "needed – on-the-job training provided.\nNo agent fee – direct hire by "
                "company.\nSingaporeans/PRs only. WhatsApp 9xxx xxxx or walk in for "
                "interview.\n#sgjobs #fnbjobs #tampines"
            ),
            "concepts": {"cashier", "food_service", "table_service"},
            "conditions": set(),
            "abroad": None,
            "documents_kept": False,
            "fee_charged": False,
        },
        {
            "kind": "job",
            "title": "NOW HIRING: Room Attendants – Mactan, Cebu resort",
            "description": (
                "WE ARE HIRING! 🏝️\nPosition: Room Attendant (Housekeeping) – 10 slots\n✔ At least "
                "HS graduate, with or without experience\n✔ Willing to work on shifting schedule "
                "incl. graveyard shift\n✔ Free training, free uniform, no fees to apply\n💳 Salary "
                "thru payroll ATM (BDO) every 15th & 30th + service charge\nBring: resume, "
                "photocopy of 1 valid ID, NBI clearance, SSS/PhilHealth/Pag-IBIG nos.\nWalk-in "
                "interview Mon-Fri 9AM-2PM, HR Office, Lapu-Lapu City\nOr email resume to "
                "hr@xxxxresort.com"
            ),
            "concepts": {"hospitality", "housekeeping"},
            "conditions": {"night_shifts"},
            "abroad": None,
            "documents_kept": False,
            "fee_charged": False,
        },
        {
            "kind": "job",
            "title": "Forklift Driver – Warehouse Bangna KM.23 (Thai nationality)",
            "description": (
                "Global logistics company is hiring Forklift Drivers for our DC at Bangna-Trad "
                "Km.23, Samut Prakan.\n• Salary 15,000 THB + OT + diligence allowance 1,000\n• Day "
                "shift only, Mon-Sat 8:00-17:00\n• Must have forklift licence/certificate, 1 yr+ "
                "experience\n• Able to lift cartons up to 20 kg\n• Salary paid into your bank "
                "account every month end\n• Social security, annual bonus, free shuttle "
                "bus\nCompany pays all recruitment costs – no fee from applicants.\nBring copy of "
                "ID card & house registration. Call HR 08x-xxx-xxxx (Khun Nok)"
            ),
            "concepts": {"forklift_operation", "logistics_warehouse"},
            "conditions": {"heavy_lifting"},
            "abroad": None,
            "documents_kept": False,
            "fee_charged": False,
        },
    ],
    "th": [
        {
            "kind": "job",
            "title": "🇰🇷 งานเกษตรเกาหลี ตัดผัก เก็บพริก ฟาร์มผัก รายได้ 60,000+/เดือน",
            "description": (
                "📣 รับด่วน!! ชาย-หญิง อายุ 20-45 ปี\nงานเกษตรที่เกาหลีใต้ 🇰🇷 ตัดผัก เก็บพริก "
                "ปลูกผักในโรงเรือน\n💰 รายได้เดือนละ 55,000-65,000 บาท\n✅ ไม่ต้องสอบภาษา "
                "ไม่ต้องมีประสบการณ์\n✅ ต้องยกลังผักหนัก 15-20 กก. ได้\n💸 ค่าดำเนินการ 45,000 บาท "
                "(รวมตั๋วเครื่องบิน)\n👉 วางมัดจำ 10,000 บาท เพื่อจองคิวบิน ที่เหลือจ่ายก่อนบิน\nที่นั่งจำกัด รีบทักไลน์ "
                "ID: @xxxx หรือโทร 08x-xxx-xxxx\n#งานเกาหลี #งานเกษตร #งานต่างประเทศ"
            ),
            "concepts": {"agriculture", "vegetable_growing"},
            "conditions": {"heavy_lifting"},
            "abroad": "KR",
            "documents_kept": False,
            "fee_charged": True,
        },
        {
            "kind": "job",
            "title": "รับพนักงานนวดไทย-นวดน้ำมัน ร้านสปา พัทยา มีที่พักในร้าน",
            "description": (
                "💆‍♀️ ร้านนวดเปิดใหม่ พัทยากลาง รับสมัครพนักงานนวด 10 อัตรา\n✔ หญิง อายุ 18-40\n✔ "
                "ไม่มีประสบการณ์ ร้านสอนให้\n💰 รายได้ค่ามือ + ทิป เฉลี่ย 20,000-35,000/เดือน\n🏠 พักในร้าน "
                "ฟรีน้ำไฟ\n📌 เข้าอบรมหลักสูตรนวด 150 ชม. ค่าอบรม 3,500 บาท (ได้ใบเซอร์)\n📌 ชุดยูนิฟอร์ม 2 ชุด "
                "800 บาท หักจากค่ามือเดือนแรก\nเวลาทำงาน 11.00-23.00 น.\nสนใจทักไลน์ หรือโทร 09x-xxx-xxxx "
                "พี่แอน"
            ),
            "concepts": {"beauty_wellness", "massage"},
            "conditions": {"live_in"},
            "abroad": None,
            "documents_kept": False,
            "fee_charged": True,
        },
        {
            "kind": "job",
            "title": "งานไต้หวัน 🇹🇼 โรงงานอิเล็กทรอนิกส์ ชาย-หญิง สัญญา 3 ปี",
            "description": (
                "บริษัทจัดหางาน รับสมัครคนงานไปโรงงานอิเล็กทรอนิกส์ ไต้หวัน\nงาน: ประกอบชิ้นส่วน ตรวจเช็คงาน "
                "QC\n💵 เงินเดือน 27,470 NT$ + OT (ประมาณ 40,000 บาท)\n⏰ ทำงานเป็นกะ "
                "สลับกะกลางวัน-กลางคืน\nคุณสมบัติ: อายุ 20-38 ปี จบ ม.3 ขึ้นไป สายตาดี ไม่ตาบอดสี\nค่าใช้จ่ายรวม "
                "90,000 บาท ✅ กู้ ธ.ก.ส./ออมสินได้ หรือหักจากเงินเดือน 8 เดือน\nเตรียมเงิน 3,500 บาท ตรวจโรค "
                "+ ทำสัญญา วันมาสมัคร\nติดต่อ คุณเอก 08x-xxx-xxxx จ.อุดรธานี"
            ),
            "concepts": {"assembly", "manufacturing", "quality_control"},
            "conditions": {"night_shifts"},
            "abroad": "TW",
            "documents_kept": False,
            "fee_charged": True,
        },
        {
            "kind": "job",
            "title": "🔥 รับแอดมิน คีย์ข้อมูล ตอบแชท ทำงานต่างประเทศ เงินเดือน 35,000-50,000 🔥",
            "description": (
                "งานสบาย นั่งห้องแอร์ 💻\n📍 ทำงานที่ปอยเปต ประเทศกัมพูชา 🇰🇭 (ใกล้ชายแดนไทย)\n✅ พิมพ์ไทยคล่อง "
                "ใช้คอมพื้นฐานได้\n✅ ไม่ต้องมีประสบการณ์ มีสอนงาน\n✅ เงินเดือน 35,000-50,000 + ค่าคอม\n✅ "
                "ฟรีที่พัก ฟรีอาหาร 3 มื้อ มีรถรับส่งถึงที่\n✅ ไม่มีค่าใช้จ่ายใดๆ ทั้งสิ้น\nอายุ 18-35 ปี "
                "เริ่มงานได้ทันที\nสนใจทักเทเลแกรม @xxxxx เท่านั้น ‼️ รับจำนวนจำกัด"
            ),
            "concepts": {"customer_service", "data_entry"},
            "conditions": set(),
            "abroad": "KH",
            "documents_kept": False,
            "fee_charged": False,
        },
        {
            "kind": "job",
            "title": "งานแอดมินเว็บออนไลน์ สามเหลี่ยมทองคำ ฝั่งลาว 🇱🇦 รายได้ 40,000++ บินฟรี",
            "description": (
                "รับพนักงานบริการลูกค้าเว็บคาสิโนออนไลน์ 🎰\n📍 เขตเศรษฐกิจพิเศษสามเหลี่ยมทองคำ สปป.ลาว\n💰 "
                "เงินเดือน 40,000-60,000 บาท + โบนัส\n✈️ ค่าเดินทางฟรี ที่พักฟรี ไม่ต้องสำรองจ่าย\n🌙 ทำงานกะดึก "
                "20.00-08.00\n✅ ไม่ต้องมีประสบการณ์ พิมพ์เร็ว พูดคุยเก่ง\n📘 ต้องมีพาสปอร์ต "
                "บริษัทจะเก็บรักษาพาสปอร์ตไว้ให้ตลอดสัญญา เพื่อความปลอดภัยของพนักงาน\nทักไลน์มาเลย รับด่วน 20 อัตรา"
            ),
            "concepts": {"customer_service", "gambling"},
            "conditions": {"night_shifts"},
            "abroad": "LA",
            "documents_kept": True,
            "fee_charged": False,
        },
        {
            "kind": "job",
            "title": "รับสมัครพนักงานประจำร้านสะดวกซื้อ สาขาลาดพร้าว ไม่มีกะดึก",
            "description": (
                "รับสมัครพนักงานประจำร้าน (Full-time) 3 อัตรา 🏪\nหน้าที่: คิดเงิน เติมสินค้า "
                "ดูแลความสะอาดร้าน\n⏰ กะเช้า 06.00-14.00 / กะบ่าย 14.00-22.00 (ไม่มีกะดึก)\n💰 เงินเดือน "
                "12,500 + ค่ากะ โอนเข้าบัญชีทุกสิ้นเดือน\n✔ มีประกันสังคม ชุดพนักงานให้ฟรี\n✔ "
                "ไม่มีค่าใช้จ่ายในการสมัคร\nเอกสาร: สำเนาบัตรประชาชน, สำเนาทะเบียนบ้าน, รูปถ่าย 1 "
                "นิ้ว\nสมัครหน้าร้าน หรือโทร 02-xxx-xxxx"
            ),
            "concepts": {"cashier", "retail_sales"},
            "conditions": set(),
            "abroad": None,
            "documents_kept": False,
            "fee_charged": False,
        },
        {
            "kind": "job",
            "title": "ร้านกาแฟ เชียงใหม่ รับบาริสต้า ไม่มีประสบการณ์สอนให้ ☕",
            "description": (
                "☕ ร้านกาแฟย่านนิมมาน รับสมัครบาริสต้า 2 ตำแหน่ง\n- ไม่มีประสบการณ์ก็ได้ ฝึกงานฟรี "
                "สอนชงตั้งแต่พื้นฐาน\n- ค่าแรงวันละ 400 บาท + service charge + ทิป\n- ชุดฟอร์มฟรี กินข้าวฟรี 1 "
                "มื้อ\n- ทำงาน 08.00-17.00 หยุด 1 วัน/สัปดาห์\nสนใจส่งประวัติทางเพจ หรือแวะมาคุยที่ร้านได้เลยค่ะ"
            ),
            "concepts": {"barista", "coffee", "food_service"},
            "conditions": set(),
            "abroad": None,
            "documents_kept": False,
            "fee_charged": False,
        },
        {
            "kind": "job",
            "title": "รับช่างปูน ช่างปูกระเบื้อง กรรมกร งานหมู่บ้าน บางบัวทอง",
            "description": (
                "🏗️ รับด่วน ช่างปูน ช่างกระเบื้อง 5 คน กรรมกร 10 คน\nงานสร้างบ้านในหมู่บ้าน บางบัวทอง นนทบุรี\n💰 "
                "ช่าง 550-700/วัน กรรมกร 400/วัน จ่ายทุก 15 วัน\n✔ แบกปูน ยกของหนักได้\n✔ ไม่เก็บค่าหัว "
                "ไม่มีค่าใช้จ่าย\n✔ เอาสำเนาบัตรประชาชนมา 1 ใบ\nโทร 08x-xxx-xxxx ช่างเอ"
            ),
            "concepts": {"bricklaying", "construction", "house_building"},
            "conditions": {"heavy_lifting"},
            "abroad": None,
            "documents_kept": False,
            "fee_charged": False,
        },
    ],
    "vi": [
        {
            "kind": "job",
            "title": "🇯🇵 ĐƠN HÀNG CHẾ BIẾN THỰC PHẨM – NHẬT BẢN – THI TUYỂN THÁNG 8",
            "description": (
                "🔥 TUYỂN 30 NỮ – ĐƠN HÀNG ĐÓNG GÓI CƠM HỘP TẠI AICHI 🔥\n✅ Nữ 18-30 tuổi, tốt "
                "nghiệp THCS trở lên\n✅ Không cần kinh nghiệm, không cần biết tiếng Nhật\n💴 "
                "Lương cơ bản 175.000 yên/tháng + tăng ca (~35-40 triệu)\n⏰ Làm theo ca, có ca "
                "đêm\n💸 Phí trọn gói: 6.800 USD (bao gồm học tiếng, khám sức khỏe, vé máy "
                "bay)\n👉 Đặt cọc 20 triệu để giữ suất thi tuyển\n🏦 Hỗ trợ vay vốn ngân hàng, trả "
                "dần từ lương\nLiên hệ: Cô Hương 09x.xxx.xxxx (Zalo)\n#xkldnhatban #thuctapsinh "
                "#donhangthucpham"
            ),
            "concepts": {"food_processing", "packing"},
            "conditions": {"night_shifts"},
            "abroad": "JP",
            "documents_kept": False,
            "fee_charged": True,
        },
        {
            "kind": "job",
            "title": "TUYỂN GẤP 50 CÔNG NHÂN MAY – KCN SÓNG THẦN, BÌNH DƯƠNG",
            "description": (
                "📢 Công ty may xuất khẩu cần tuyển:\n- 30 thợ may công nghiệp (biết may 1 kim, 2 "
                "kim)\n- 20 lao động phổ thông (cắt chỉ, ủi, đóng gói)\n💰 Lương 8-12 triệu/tháng "
                "+ chuyên cần + tăng ca\n🕗 Làm giờ hành chính, nghỉ chủ nhật\n📝 Hồ sơ: CCCD "
                "photo, giấy khám sức khỏe\n💵 Đóng 350k phí hồ sơ + khám sức khỏe tại trung tâm, "
                "nhận việc ngay\nLiên hệ Trung tâm giới thiệu việc làm: 09x.xxx.xxxx (Zalo) – A. "
                "Tuấn"
            ),
            "concepts": {"garment_manufacturing", "sewing_machine_operation"},
            "conditions": set(),
            "abroad": None,
            "documents_kept": False,
            "fee_charged": True,
        },
        {
            "kind": "job",
            "title": "XKLĐ ĐÀI LOAN 🇹🇼 – ĐƠN HÀNG CƠ KHÍ HÀN – BAY NHANH 3 THÁNG",
            "description": (
                "Tuyển 15 nam thợ hàn, thợ cơ khí làm việc tại Đài Trung, Đài Loan\n✔ Nam 20-40 "
                "tuổi, biết hàn điện/hàn CO2 là lợi thế\n✔ Sức khỏe tốt, bê vác được nặng\n💵 "
                "Lương 27.470 Đài tệ + tăng ca, thu nhập 25-30 triệu/tháng\n📌 Chi phí xuất cảnh: "
                "4.500 USD, nộp trước 2.000 USD, còn lại trừ lương 6 tháng đầu\n📌 Phí dịch vụ môi "
                "giới bên Đài: 1.800 Đài tệ/tháng\nLiên hệ 09x.xxx.xxxx (Zalo/Viber)\n#xkldDaiLoan "
                "#donhanghan"
            ),
            "concepts": {"manufacturing", "welding"},
            "conditions": {"heavy_lifting"},
            "abroad": "TW",
            "documents_kept": False,
            "fee_charged": True,
        },
        {
            "kind": "job",
            "title": "TUYỂN NV CSKH / TRỰC PAGE – LƯƠNG 1.200-2.000$ – BAO ĂN Ở, BAO VÉ",
            "description": (
                "💥 VIỆC NHẸ LƯƠNG CAO 💥\nCty nước ngoài tuyển nhân viên chăm sóc khách hàng, "
                "trực page, nhắn tin tư vấn\n📍 Làm việc ở nước ngoài, gần biên giới, đi lại dễ "
                "dàng\n✅ Chỉ cần biết đánh máy, dùng điện thoại/máy tính cơ bản\n✅ Không cần "
                "kinh nghiệm, không cần bằng cấp\n✅ Lương 1.200-2.000$ + thưởng doanh số\n✅ Bao "
                "vé xe/máy bay, bao ăn ở, có người đón tận nơi\n✅ Không mất bất kỳ chi phí "
                "nào\nTuổi 18-30, ưu tiên nữ. Inbox ngay hoặc Telegram @xxxx 📲"
            ),
            "concepts": {"call_centre", "customer_service", "data_entry"},
            "conditions": set(),
            "abroad": "XX",
            "documents_kept": False,
            "fee_charged": False,
        },
        {
            "kind": "job",
            "title": "TUYỂN MARKETING ONLINE TẠI PHILIPPINES 🇵🇭 – 30-50 TRIỆU/THÁNG",
            "description": (
                "Tập đoàn lớn tại Manila tuyển 20 nhân viên marketing online người Việt\n💻 Công "
                "việc: đăng bài, chạy quảng cáo, chat với khách hàng Việt Nam\n💰 Lương 30-50tr + "
                "hoa hồng cao\n✈️ Công ty lo 100% vé máy bay, visa\n🏢 Ở ký túc xá ngay trong khu "
                "công ty, bao ăn 3 bữa\n✅ Không yêu cầu kinh nghiệm, biết tiếng Trung là lợi "
                "thế\n📘 Hộ chiếu do công ty giữ hộ để đảm bảo an toàn và làm giấy phép lao "
                "động\nBay ngay trong tuần! Liên hệ Zalo 09x.xxx.xxxx"
            ),
            "concepts": {"computers", "online_selling"},
            "conditions": {"live_in"},
            "abroad": "PH",
            "documents_kept": True,
            "fee_charged": False,
        },
        {
            "kind": "job",
            "title": "NHÀ HÀNG TUYỂN PHỤ BẾP – QUẬN 3, TP.HCM",
            "description": (
                "🍲 Nhà hàng món Việt cần tuyển 2 phụ bếp\n- Sơ chế rau, thịt, cá; phụ đầu bếp "
                "nấu; giữ vệ sinh bếp\n- Lương 7-9 triệu + thưởng + service charge, trả qua tài "
                "khoản ngân hàng\n- Bao cơm 2 bữa, đồng phục miễn phí\n- Ca: 9h-14h & 17h-22h\n- "
                "Không thu bất kỳ phí nào\nỨng viên đến trực tiếp phỏng vấn, mang theo CCCD. "
                "ĐT/Zalo: 09x.xxx.xxxx (chị Lan)"
            ),
            "concepts": {"cooking", "food_hygiene", "food_service"},
            "conditions": set(),
            "abroad": None,
            "documents_kept": False,
            "fee_charged": False,
        },
        {
            "kind": "job",
            "title": "Tuyển shipper giao hàng nội thành Hà Nội – thu nhập 10-15tr",
            "description": (
                "🛵 Tuyển 20 shipper giao hàng khu vực Cầu Giấy, Đống Đa, Thanh Xuân\n✔ Có xe máy, "
                "bằng lái A1, điện thoại smartphone\n✔ Thu nhập 10-15 triệu/tháng, lương chuyển "
                "khoản 2 lần/tháng\n✔ Miễn phí đào tạo, không cọc, không mất phí\n✔ Làm ca ngày "
                "8h-18h\nHồ sơ: bản photo CCCD + bằng lái. Liên hệ 09x.xxx.xxxx"
            ),
            "concepts": {"delivery", "driving_licence", "transport_delivery"},
            "conditions": set(),
            "abroad": None,
            "documents_kept": False,
            "fee_charged": False,
        },
        {
            "kind": "job",
            "title": "Tiệm nail Q. Gò Vấp tuyển thợ & học việc – bao ăn ở",
            "description": (
                "💅 Tiệm nail cần tuyển:\n- 2 thợ chính (biết làm bột, gel, vẽ) lương 10-15tr\n- 3 "
                "học việc: dạy nghề MIỄN PHÍ, có lương 4tr trong lúc học\n🏠 Bao ăn ở tại tiệm cho "
                "bạn ở xa\nKhông thu phí học nghề. Inbox hoặc gọi 09x.xxx.xxxx"
            ),
            "concepts": {"beauty_wellness", "nail_care"},
            "conditions": {"live_in"},
            "abroad": None,
            "documents_kept": False,
            "fee_charged": False,
        },
    ],
    "tl": [
        {
            "kind": "job",
            "title": "HIRING DOMESTIC HELPER to SAUDI ARABIA 🇸🇦 – FAST DEPLOYMENT",
            "description": (
                "📢 HIRING!!! KASAMBAHAY / DOMESTIC HELPER papuntang Riyadh 🇸🇦\n✔ Babae, 23-45 "
                "y/o\n✔ Walang experience OK\n✔ Sahod 1,500 SAR (approx ₱22,000)\n✔ Stay-in sa "
                "bahay ng amo, libre pagkain\n✔ Trabaho: linis bahay, laba, alaga ng bata\n📌 "
                "Magdala lang ng ₱8,500 para sa medical, TESDA training at processing ng "
                "papers\nDeployment within 2 months!\nText/Call: 09xx-xxx-xxxx (Ate Marlyn)\n#OFW "
                "#DHtoKSA #HiringAbroad"
            ),
            "concepts": {"childcare", "domestic_care_work", "housework"},
            "conditions": {"live_in"},
            "abroad": "SA",
            "documents_kept": False,
            "fee_charged": True,
        },
        {
            "kind": "job",
            "title": "HIRING PRODUCTION OPERATORS – CALAMBA, LAGUNA (Agency)",
            "description": (
                "📣 URGENT HIRING! 100 Production Operators para sa electronics company sa "
                "Calamba, Laguna\n✅ Male/Female 18-35, at least HS grad / SHS\n✅ Walang "
                "experience, pwede!\n✅ Sahod ₱610/day + OT, 6 months contract\n🕐 Shifting "
                "schedule, may night shift\n💸 Processing fee ₱1,500 pagka-apply, ID at uniform "
                "₱450 ikakaltas sa unang sahod\nRequirements: resume, brgy clearance, NBI, 2x2 "
                "picture\nWalk-in sa office namin, Crossing Calamba. PM for details 📩"
            ),
            "concepts": {"assembly", "machine_operation", "manufacturing"},
            "conditions": {"night_shifts"},
            "abroad": None,
            "documents_kept": False,
            "fee_charged": True,
        },
        {
            "kind": "job",
            "title": "FISHERMEN TO TAIWAN 🇹🇼 – DIRECT HIRE, NO CASH OUT",
            "description": (
                "HIRING 20 MANGINGISDA para sa fishing vessel sa Kaohsiung, Taiwan 🐟\n✔ Lalaki, "
                "20-45 y/o, may experience sa pangingisda\n✔ Kaya magbuhat ng mabigat (lambat, "
                "banyera ng isda)\n✔ Sahod NT$27,470 + bonus sa huli\n💳 NO CASH OUT: deployment "
                "loan na ₱60,000 (medical, visa, airfare), kakaltasin sa sahod sa unang 6 na "
                "buwan\nPM or text 09xx-xxx-xxxx"
            ),
            "concepts": {"fishing", "fishing_aquaculture"},
            "conditions": {"heavy_lifting"},
            "abroad": "TW",
            "documents_kept": False,
            "fee_charged": True,
        },
        {
            "kind": "job",
            "title": "CUSTOMER SERVICE REP sa THAILAND 🇹🇭 – ₱80K/MONTH, LIBRE LAHAT!",
            "description": (
                "GRABE 'TO!!! 😱 Hiring CSR / Chat Support sa Bangkok, Thailand\n💰 ₱70,000 – "
                "₱80,000 monthly + incentives\n✈️ LIBRE flight, hotel at pagkain\n✅ Basta marunong "
                "mag-type at mag-English, pasok ka na!\n✅ No experience, no diploma needed\n✅ "
                "18-35 y/o\nTourist visa lang, sagot ng company lahat. Lipad agad next week!\nPM "
                "mo ako dito or Telegram @xxxx 🙏 #WorkAbroad #CSR #Thailand"
            ),
            "concepts": {"call_centre", "customer_service", "english_conversation"},
            "conditions": set(),
            "abroad": "TH",
            "documents_kept": False,
            "fee_charged": False,
        },
        {
            "kind": "job",
            "title": "ONLINE MARKETING / ENCODER sa CAMBODIA – $1,200/month + Commission",
            "description": (
                "Hiring Filipino encoders & online marketing staff for a company in Phnom Penh, "
                "Cambodia 🇰🇭\n💻 Trabaho: mag-encode ng data, mag-chat sa clients, mag-post ng ads "
                "online\n💵 $1,200 monthly + commission\n🌙 Night shift, 12 hrs\n🏢 Libreng "
                "accommodation at pagkain\n📘 Passport lang kailangan – hawak ng company ang "
                "passport mo for your safety habang nandun ka\n✈️ Sagot ng company ang ticket. "
                "Walang babayaran!\nMessage me ASAP, limited slots!!"
            ),
            "concepts": {"data_entry", "online_selling"},
            "conditions": {"night_shifts"},
            "abroad": "KH",
            "documents_kept": True,
            "fee_charged": False,
        },
        {
            "kind": "job",
            "title": "HIRING SALES LADY / PROMODISER – SM North EDSA",
            "description": (
                "We are hiring! 🛍️\nSales Lady / Promodiser para sa appliance brand sa SM North "
                "EDSA\n✔ Female 18-30, at least SHS graduate\n✔ Pleasing personality, marunong "
                "makipag-usap sa customer\n✔ ₱645/day + sales commission, sahod thru payroll "
                "account\n✔ With SSS, PhilHealth, Pag-IBIG\n✔ NO FEES – libre ang training at "
                "uniform\nDalhin: resume, photocopy ng valid ID, 2x2 picture\nText 09xx-xxx-xxxx "
                "for schedule ng interview"
            ),
            "concepts": {"customer_service", "retail_sales", "selling"},
            "conditions": set(),
            "abroad": None,
            "documents_kept": False,
            "fee_charged": False,
        },
        {
            "kind": "job",
            "title": "HIRING KARPINTERO & MASON – Bulacan project, STAY-IN",
            "description": (
                "Hiring 10 karpintero at 10 mason para sa housing project sa Malolos, Bulacan "
                "🔨\n💰 ₱700-₱800/day, sahod every kinsenas thru GCash\n🏠 Stay-in sa barracks sa "
                "site, libre tubig at kuryente\n💪 Kaya magbuhat ng mabigat (hollow blocks, "
                "semento)\n✔ Walang bayad sa pag-apply, walang kaltas\nDalhin lang photocopy ng "
                "valid ID. Text Engr. Dado 09xx-xxx-xxxx"
            ),
            "concepts": {"carpentry", "construction", "house_building"},
            "conditions": {"heavy_lifting", "live_in"},
            "abroad": None,
            "documents_kept": False,
            "fee_charged": False,
        },
        {
            "kind": "job",
            "title": "NOW HIRING: Front Desk Officer – Boracay Resort",
            "description": (
                "🌴 Join our team in Station 2, Boracay!\nPosition: Front Desk Officer (2 "
                "slots)\n✔ Graduate of HRM/Tourism or related course\n✔ Good English communication "
                "skills\n✔ Willing to work on shifting sched incl. graveyard\n💰 Basic salary + "
                "service charge (₱4,000-₱6,000/mo) + free meals on duty\n✔ Free training, no "
                "placement fee\nSend resume to hr@xxxx.com or PM us"
            ),
            "concepts": {"front_desk", "hospitality"},
            "conditions": {"night_shifts"},
            "abroad": None,
            "documents_kept": False,
            "fee_charged": False,
        },
    ],
    "km": [
        {
            "kind": "job",
            "title": "ត្រូវការកម្មករ ប្រុស-ស្រី ទៅធ្វើការរោងចក្រកាត់សាច់មាន់ ប្រទេសថៃ 🇹🇭",
            "description": (
                "📢 ត្រូវការបន្ទាន់ 50 នាក់ ទៅធ្វើការនៅរោងចក្រកែច្នៃសាច់មាន់ ខេត្តសារ៉ាបុរី ប្រទេសថៃ\n✅ អាយុ "
                "18-40 ឆ្នាំ មិនចាំបាច់មានបទពិសោធន៍\n✅ ការងារ៖ សម្លាប់ និងកាត់សាច់មាន់ វេចខ្ចប់\n💰 ប្រាក់ឈ្នួល 350 "
                "បាត/ថ្ងៃ + ម៉ោងបន្ថែម\n🌙 ធ្វើការវេនថ្ងៃ និងវេនយប់ ឆ្លាស់គ្នា\n💵 ថ្លៃសេវាធ្វើលិខិតឆ្លងដែន និងវីសា "
                "450$ កាត់ពីប្រាក់ខែ 3 ខែដំបូង\n📞 ទំនាក់ទំនង៖ 09x-xxx-xxx (Telegram) បងសុខា"
            ),
            "concepts": {"food_processing", "packing", "slaughtering"},
            "conditions": {"night_shifts"},
            "abroad": "TH",
            "documents_kept": False,
            "fee_charged": True,
        },
        {
            "kind": "job",
            "title": "ការងារកូរ៉េ 🇰🇷 ចិញ្ចឹមជ្រូក កសិដ្ឋាន ប្រាក់ខែ 1,600$+",
            "description": (
                "📣 ទទួលចុះឈ្មោះ ទៅធ្វើការកសិកម្មនៅប្រទេសកូរ៉េខាងត្បូង\n🐖 ការងារ៖ ចិញ្ចឹមជ្រូក សម្អាតទ្រុង ដាក់ចំណី\n💪 "
                "ត្រូវលើកបាវចំណីធ្ងន់ៗបាន\n💰 ប្រាក់ខែ 1,600$-1,900$\n📚 រៀនភាសាកូរ៉េ 3 ខែ ថ្លៃសិក្សា 350$\n💵 "
                "បង់ប្រាក់កក់ 1,000$ ដើម្បីរក្សាកន្លែង\nចំនួនមានកំណត់! ទាក់ទង 09x-xxx-xxx (Telegram/Messenger)"
            ),
            "concepts": {"agriculture", "livestock"},
            "conditions": {"heavy_lifting"},
            "abroad": "KR",
            "documents_kept": False,
            "fee_charged": True,
        },
        {
            "kind": "job",
            "title": "ឡឥដ្ឋ ត្រូវការកម្មករ ទាំងគ្រួសារ មានកន្លែងស្នាក់នៅ អាចខ្ចីលុយមុនបាន",
            "description": (
                "🧱 ឡឥដ្ឋនៅខេត្តកណ្តាល ត្រូវការកម្មករ 10 គ្រួសារ\n✔ ការងារ៖ ពុម្ពឥដ្ឋ លើកឥដ្ឋដាក់ឡ ដឹកឥដ្ឋ\n✔ "
                "ប្រាក់ឈ្នួលគិតតាមចំនួនឥដ្ឋ (1,000 ដុំ = 25,000 រៀល)\n🏠 ស្នាក់នៅក្នុងបរិវេណឡ មិនគិតថ្លៃផ្ទះ\n💵 "
                "ថ្លៃធានា 50$ កាត់ពីប្រាក់ឈ្នួលខែដំបូង\n💵 អាចខ្ចីលុយមុនបាន 500$-2,000$ ហើយកាត់ពីប្រាក់ឈ្នួលរៀងរាល់ខែ "
                "រហូតដល់សងអស់\nទាក់ទង៖ 09x-xxx-xxx មេឡ"
            ),
            "concepts": {"brick_kilns"},
            "conditions": {"heavy_lifting", "live_in"},
            "abroad": None,
            "documents_kept": False,
            "fee_charged": True,
        },
        {
            "kind": "job",
            "title": "🔥 ការងារនៅឌូបៃ 🇦🇪 បម្រើអតិថិជនអនឡាញ ប្រាក់ខែ 1,500$-2,500$ 🔥",
            "description": (
                "ក្រុមហ៊ុនធំនៅឌូបៃ ត្រូវការបុគ្គលិកបម្រើអតិថិជនតាមអនឡាញ 30 នាក់\n✅ គ្រាន់តែចេះវាយអក្សរ "
                "និងប្រើទូរស័ព្ទ/កុំព្យូទ័រ\n✅ មិនត្រូវការបទពិសោធន៍ មិនត្រូវការសញ្ញាបត្រ\n✅ ប្រាក់ខែ 1,500$-2,500$ + "
                "កម្រៃជើងសារ\n✈️ ធ្វើដំណើរឥតគិតថ្លៃ ស្នាក់នៅ និងម្ហូបអាហារឥតគិតថ្លៃ\n✅ អាយុ 18-35 ឆ្នាំ "
                "ចេញដំណើរលឿន\n📲 ឆាតមក Telegram @xxxx ភ្លាមៗ កន្លែងមានកំណត់!"
            ),
            "concepts": {"call_centre", "customer_service"},
            "conditions": set(),
            "abroad": "AE",
            "documents_kept": False,
            "fee_charged": False,
        },
        {
            "kind": "job",
            "title": "ការងារផ្សព្វផ្សាយអនឡាញ (Online Marketing) នៅប្រទេសឡាវ 🇱🇦 ប្រាក់ខែខ្ពស់",
            "description": (
                "📢 ត្រូវការបុគ្គលិក Online Marketing ចេះភាសាចិនកាន់តែល្អ\n📍 តំបន់សេដ្ឋកិច្ចពិសេស ត្រីកោណមាស "
                "ប្រទេសឡាវ\n💰 ប្រាក់ខែ 1,000$-1,800$ + ប្រាក់រង្វាន់\n✈️ ក្រុមហ៊ុនចេញថ្លៃធ្វើដំណើរ "
                "និងវីសាទាំងអស់\n🏢 ស្នាក់នៅអន្តេវាសិកដ្ឋានក្នុងបរិវេណក្រុមហ៊ុន ហូបបាយ 3 ពេលឥតគិតថ្លៃ\n🌙 "
                "ធ្វើការវេនយប់\n📘 ក្រុមហ៊ុននឹងរក្សាទុកលិខិតឆ្លងដែនរបស់បុគ្គលិក ដើម្បីសុវត្ថិភាព\nទាក់ទង Telegram: @xxxx"
            ),
            "concepts": {"online_selling"},
            "conditions": {"live_in", "night_shifts"},
            "abroad": "LA",
            "documents_kept": True,
            "fee_charged": False,
        },
        {
            "kind": "job",
            "title": "ត្រូវការមគ្គុទ្ទេសក៍ទេសចរណ៍ ចេះភាសាអង់គ្លេស - សៀមរាប",
            "description": (
                "🏯 ក្រុមហ៊ុនទេសចរណ៍នៅសៀមរាប ត្រូវការមគ្គុទ្ទេសក៍ 5 នាក់\n✔ ចេះនិយាយភាសាអង់គ្លេសបានល្អ\n✔ "
                "ស្រលាញ់ប្រវត្តិសាស្ត្រ និងប្រាសាទអង្គរ\n✔ មានវគ្គបណ្តុះបណ្តាលឥតគិតថ្លៃ "
                "និងជួយធ្វើអាជ្ញាប័ណ្ណមគ្គុទ្ទេសក៍\n💰 ប្រាក់ខែ + ប្រាក់ធ្វើដំណើរ + ទឹកប្រាក់ពីភ្ញៀវ (tips)\n❌ "
                "មិនគិតថ្លៃអ្វីទាំងអស់\nផ្ញើ CV មក Telegram 01x-xxx-xxx"
            ),
            "concepts": {"english_conversation", "tour_guiding", "tourism"},
            "conditions": set(),
            "abroad": None,
            "documents_kept": False,
            "fee_charged": False,
        },
        {
            "kind": "job",
            "title": "ត្រូវការបុគ្គលិកអនាម័យ អគារការិយាល័យ ភ្នំពេញ (វេនថ្ងៃ/វេនយប់)",
            "description": (
                "🧹 ក្រុមហ៊ុនសេវាកម្មអនាម័យ ត្រូវការបុគ្គលិក ប្រុស-ស្រី 15 នាក់\n📍 អគារការិយាល័យ ខណ្ឌបឹងកេងកង\n⏰ "
                "វេនថ្ងៃ 6:00-14:00 / វេនយប់ 22:00-6:00\n💰 ប្រាក់ខែ 220$-250$ បើកតាមគណនីធនាគារ ABA\n✔ "
                "ឯកសណ្ឋានឥតគិតថ្លៃ មិនយកលុយពីបុគ្គលិក\n📄 យកច្បាប់ចម្លងអត្តសញ្ញាណប័ណ្ណ 1 សន្លឹក និងរូបថត 4x6\nទាក់ទង "
                "09x-xxx-xxx"
            ),
            "concepts": {"cleaning_services"},
            "conditions": {"night_shifts"},
            "abroad": None,
            "documents_kept": False,
            "fee_charged": False,
        },
        {
            "kind": "job",
            "title": "ហាងជួសជុលម៉ូតូ ត្រូវការជាងជំនួយ និងកូនជាងរៀនការ",
            "description": (
                "🏍️ ហាងជួសជុលម៉ូតូ ក្រុងបាត់ដំបង ត្រូវការ៖\n- ជាងជំនួយ 2 នាក់ (ចេះប្តូរប្រេង ជួសជុលម៉ាស៊ីនបានខ្លះ)\n- "
                "កូនជាងរៀនការ 2 នាក់ បង្រៀនឥតគិតថ្លៃ\n💰 ប្រាក់ខែ 150$-300$ តាមសមត្ថភាព\n🏠 ស្នាក់នៅក្នុងហាង "
                "និងបាយ 2 ពេល\n❌ មិនបាច់បង់លុយរៀន\nទាក់ទង 09x-xxx-xxx"
            ),
            "concepts": {"automotive_repair", "engine_maintenance", "motorbike_repair"},
            "conditions": {"live_in"},
            "abroad": None,
            "documents_kept": False,
            "fee_charged": False,
        },
    ],
    "my": [
        {
            "kind": "job",
            "title": "ထိုင်း MOU 🇹🇭 ပုစွန်စက်ရုံ (မဟာချိုင်) အမျိုးသမီး ၃၀ ဦး",
            "description": (
                "📢 ထိုင်းနိုင်ငံ မဟာချိုင် ပုစွန်စက်ရုံသို့ MOU ဖြင့် ခေါ်ယူမည်\n✅ အမျိုးသမီး အသက် ၁၈ မှ ၃၅ နှစ်\n✅ အလုပ် - "
                "ပုစွန်ခွာ၊ ထုပ်ပိုး\n💰 တစ်ရက် ၃၇၀ ဘတ် + OT\n🌙 နေ့ဆိုင်း/ညဆိုင်း အလှည့်ကျ\n💵 စုစုပေါင်း ကုန်ကျငွေ ၁၈ "
                "သိန်း\n👉 ကြိုတင်စရံ ၅ သိန်း ပေးပြီး နေရာယူပါ၊ ကျန်ငွေ ထွက်ခွာခါနီး ပေးရမည်\nဆက်သွယ်ရန် - ၀၉-xxx-xxx "
                "(Viber) ရန်ကုန်ရုံး"
            ),
            "concepts": {"food_processing", "packing"},
            "conditions": {"night_shifts"},
            "abroad": "TH",
            "documents_kept": False,
            "fee_charged": True,
        },
        {
            "kind": "job",
            "title": "မလေးရှား 🇲🇾 ဆောက်လုပ်ရေး အလုပ်သမား (ကျား) ၅၀ ဦး",
            "description": (
                "မလေးရှားနိုင်ငံ ကွာလာလမ်ပူ ဆောက်လုပ်ရေးလုပ်ငန်း\n👷 ငြမ်းဆင်၊ သံချည်၊ အုတ်စီ အလုပ်များ\n✅ အသက် ၂၀-၄၀၊ "
                "ကျန်းမာရေးကောင်း၊ အလေးအပင် သယ်နိုင်သူ\n💰 လစာ RM 1,700 + OT\n💵 ဝင်ကြေး ၁၀ သိန်း ကြိုပေးရန်၊ "
                "လေယာဉ်လက်မှတ်နှင့် ဗီဇာခကို လစာထဲမှ ၆ လ ခွဲဖြတ်မည်\nဆက်သွယ်ရန် ၀၉-xxx-xxx"
            ),
            "concepts": {"bricklaying", "construction", "work_at_height"},
            "conditions": {"heavy_lifting"},
            "abroad": "MY",
            "documents_kept": False,
            "fee_charged": True,
        },
        {
            "kind": "job",
            "title": "အိမ်အကူ အမျိုးသမီး လိုအပ်သည် - ရန်ကုန် (အိမ်မှာနေ)",
            "description": (
                "🏠 ရန်ကုန်မြို့ ဗဟန်း ရှိ အိမ်တစ်အိမ်အတွက် အိမ်အကူ ၁ ဦး\n✔ အသက် ၂၀-၄၅\n✔ အိမ်သန့်ရှင်းရေး၊ အဝတ်လျှော်၊ ကလေး (၃ "
                "နှစ်) ထိန်း\n✔ အိမ်မှာ နေ၊ စား အခမဲ့\n💰 လစာ ၃ သိန်းခွဲ\n💵 ပွဲခ ၁ သိန်းခွဲကို ပထမလ လစာထဲမှ "
                "ဖြတ်မည်\nအေဂျင်စီ ဆက်သွယ်ရန် ၀၉-xxx-xxx"
            ),
            "concepts": {"childcare", "domestic_care_work", "housework"},
            "conditions": {"live_in"},
            "abroad": None,
            "documents_kept": False,
            "fee_charged": True,
        },
        {
            "kind": "job",
            "title": "🔥 ထိုင်းနိုင်ငံ Typing Job 💻 လစာ ဘတ် ၃၀,၀၀၀ - ၅၀,၀၀၀ 🔥",
            "description": (
                "📍 ဘန်ကောက် ကုမ္ပဏီ 🇹🇭\n✅ ကွန်ပျူတာ အခြေခံ၊ စာရိုက် တတ်ရုံနဲ့ ရပါပြီ\n✅ အတွေ့အကြုံ မလိုပါ\n✅ လစာ ဘတ် "
                "၃၀,၀၀၀ - ၅၀,၀၀၀ + ဘောနပ်စ်\n✈️ လမ်းစရိတ် အခမဲ့၊ နေစရာ စားစရာ အခမဲ့\n✅ အသက် ၁၈-၃၅\nငွေကြေး "
                "လုံးဝ မကုန်ကျပါ 🙏\nTelegram @xxxx ကို စာပို့ပါ"
            ),
            "concepts": {"basic_computer", "data_entry"},
            "conditions": set(),
            "abroad": "TH",
            "documents_kept": False,
            "fee_charged": False,
        },
        {
            "kind": "job",
            "title": "ကမ္ဘောဒီးယား 🇰🇭 Online Marketing ဝန်ထမ်း ခေါ်ယူမည် - လစာ $1,500+",
            "description": (
                "📢 ကမ္ဘောဒီးယား (ဆီဟာနုဗီးလ်) ကုမ္ပဏီကြီးတစ်ခုတွင် Online Marketing / Customer Service\n💰 လစာ "
                "$1,000 - $1,500 + commission\n✈️ လေယာဉ်လက်မှတ်၊ ဗီဇာ ကုမ္ပဏီက အကုန်တာဝန်ယူ\n🌙 ညဆိုင်း အလုပ်\n✅ "
                "တရုတ်စကား အနည်းငယ် ပြောတတ်ရင် ပိုကောင်း\n📘 ပတ်စ်ပို့ကို ကုမ္ပဏီက လုံခြုံရေးအတွက် "
                "သိမ်းထားပေးပါမည်\nအမြန်ဆက်သွယ်ပါ Viber ၀၉-xxx-xxx"
            ),
            "concepts": {"customer_service", "online_selling"},
            "conditions": {"night_shifts"},
            "abroad": "KH",
            "documents_kept": True,
            "fee_charged": False,
        },
        {
            "kind": "job",
            "title": "အထည်ချုပ်စက်ရုံ အလုပ်သမား ခေါ်ယူမည် - လှိုင်သာယာ",
            "description": (
                "🧵 လှိုင်သာယာ စက်မှုဇုန် အထည်ချုပ်စက်ရုံ\n✔ စက်ချုပ် အတွေ့အကြုံရှိသူ ၅၀ ဦး၊ အလုပ်သင် ၂၀ ဦး\n✔ အလုပ်သင်များကို အခမဲ့ "
                "သင်ပေးမည်\n💰 လစာ + OT + ရက်မှန်ကြေး၊ ဘဏ်အကောင့်/KBZPay ဖြင့် ထုတ်ပေး\n✔ ဖယ်ရီ ကြိုပို့၊ နေ့လည်စာ\n❌ "
                "ဘာကြေးမှ ပေးစရာ မလိုပါ\n📄 မှတ်ပုံတင် မိတ္တူ၊ အိမ်ထောင်စုစာရင်း မိတ္တူ၊ ဓာတ်ပုံ ၂ ပုံ ယူလာပါ\nဆက်သွယ်ရန် "
                "၀၉-xxx-xxx"
            ),
            "concepts": {"garment_manufacturing", "sewing_machine_operation"},
            "conditions": set(),
            "abroad": None,
            "documents_kept": False,
            "fee_charged": False,
        },
        {
            "kind": "job",
            "title": "လက်ဖက်ရည်ဆိုင် ဝန်ထမ်း လိုအပ်သည် (နေစရာ စားစရာ ပါ)",
            "description": (
                "☕ မန္တလေး ဆိုင်သစ် လက်ဖက်ရည်ဆိုင်တွင်\n✔ စားပွဲထိုး ၃ ဦး၊ လက်ဖက်ရည်ဖျော် ၁ ဦး (အသက် ၁၈ နှစ်နှင့်အထက်)\n💰 "
                "လစာ ၂ သိန်း ၈ သောင်း + ဆုကြေး\n🏠 ဆိုင်မှာ နေ၊ စား အခမဲ့\n⏰ မနက် ၅ နာရီ - ည ၇ နာရီ\n❌ အာမခံငွေ "
                "မယူပါ\nဆိုင်ကို တိုက်ရိုက်လာပါ ၀၉-xxx-xxx"
            ),
            "concepts": {"barista", "food_service", "table_service"},
            "conditions": {"live_in"},
            "abroad": None,
            "documents_kept": False,
            "fee_charged": False,
        },
        {
            "kind": "job",
            "title": "မူကြို ဆရာမ လိုအပ်သည် - မရမ်းကုန်း",
            "description": (
                "🏫 မူကြိုကျောင်းတွင် ဆရာမ ၂ ဦး လိုအပ်\n✔ ဘွဲ့ရ / ECCD သင်တန်းဆင်း ဖြစ်လျှင် ပိုကောင်း\n✔ ကလေးချစ်သူ၊ "
                "စိတ်ရှည်သူ\n✔ ကျောင်းမှ သင်တန်း အခမဲ့ ပေးမည်\n💰 လစာ ၃ သိန်း ~ ၄ သိန်း\n⏰ တနင်္လာ - သောကြာ၊ မနက် ၈ "
                "- ညနေ ၄\nCV ကို Viber ၀၉-xxx-xxx သို့ ပို့ပါ"
            ),
            "concepts": {"childcare", "education", "teaching"},
            "conditions": set(),
            "abroad": None,
            "documents_kept": False,
            "fee_charged": False,
        },
    ],
    "zh": [
        {
            "kind": "job",
            "title": "【出国劳务】新加坡建筑工 钢筋工/木工/电焊工 月薪1.2-1.8万",
            "description": (
                "🇸🇬 新加坡正规劳务 急招 📢\n工种：钢筋工 20名，木工 10名，电焊工 "
                "10名\n要求：男，22-50岁，身体健康，能吃苦，能扛重物\n待遇：月薪 "
                "1.2-1.8万人民币，加班另计\n费用：中介服务费 3.5万，先交定金 8000 "
                "占名额，剩余出国后从工资扣\n体检、考证费用自理\n联系：王经理 "
                "13x-xxxx-xxxx（微信同号）\n#出国劳务 #新加坡 #建筑工"
            ),
            "concepts": {"carpentry", "construction", "welding"},
            "conditions": {"heavy_lifting"},
            "abroad": "SG",
            "documents_kept": False,
            "fee_charged": True,
        },
        {
            "kind": "job",
            "title": "【急招】东莞电子厂普工 小时工22元 两班倒",
            "description": (
                "🔥 东莞长安 大型电子厂 招普工 🔥\n岗位：组装、检验、包装\n薪资：小时工 "
                "22元/小时，月入 6000-7500\n班次：两班倒，白夜班一月一倒\n要求：18-45岁，男女不限，"
                "会26个英文字母\n入职费用：体检费 80元自理，厂牌+工衣押金 "
                "100元，第一个月工资扣除\n住宿自理，有住房补贴 300元/月\n报名：微信 13x-xxxx-xxxx"
            ),
            "concepts": {"assembly", "manufacturing", "packing"},
            "conditions": {"night_shifts"},
            "abroad": None,
            "documents_kept": False,
            "fee_charged": True,
        },
        {
            "kind": "job",
            "title": "旺角美容院請 學徒/美容師 💄 包培訓",
            "description": (
                "✨ 旺角美容院 誠聘 美容學徒 3名 ✨\n工作：面部護理、化妝、接待客人\n要求：女性，18"
                "-35歲，無經驗可，有興趣學習\n薪金：底薪 $13,000 + "
                "佣金\n培訓：入職前須參加公司美容課程，學費 $3,800（包證書）\n另收制服按金 "
                "$500，做滿半年先退回\n有意者請 WhatsApp 9xxx xxxx Miss Chan"
            ),
            "concepts": {"beauty_wellness", "makeup"},
            "conditions": set(),
            "abroad": None,
            "documents_kept": False,
            "fee_charged": True,
        },
        {
            "kind": "job",
            "title": "高薪急聘 海外客服/打字员 月薪2-3万 无需经验",
            "description": (
                "💰💰 海外高薪 轻松工作 💰💰\n工作地点：缅甸（公司在园区内，环境好）\n岗位：客服、"
                "打字员、网络推广\n薪资：底薪 2万 + 提成，月入 3万+ "
                "不是梦\n要求：18-35岁，会打字，会用电脑，无需经验\n福利：包机票，包签证，落地专人"
                "接机\n无任何费用！名额有限，速联系\n飞机：@xxxx"
            ),
            "concepts": {"call_centre", "customer_service", "data_entry"},
            "conditions": set(),
            "abroad": "MM",
            "documents_kept": False,
            "fee_charged": False,
        },
        {
            "kind": "job",
            "title": "泰國曼谷 網絡推廣/客服 月入HK$30,000+ 包機票",
            "description": (
                "📢 泰國曼谷大型科技公司 招聘 網絡推廣 / 中文客服 📢\n🇹🇭 工作地點：泰國\n💰 月薪 "
                "HK$25,000-35,000 + 佣金\n✈️ 包來回機票、簽證、食宿\n⏰ 需輪班，包括夜班\n✅ "
                "識打中文、識用電腦即可，無經驗可\n📘 抵埗後護照由公司代為保管，確保員工安全\n有興"
                "趣請 PM 或 Telegram 聯絡"
            ),
            "concepts": {"chinese_language", "customer_service", "online_selling"},
            "conditions": {"night_shifts"},
            "abroad": "TH",
            "documents_kept": True,
            "fee_charged": False,
        },
        {
            "kind": "job",
            "title": "养老院招聘护理员 免费培训 不收任何费用",
            "description": (
                "🏥 成都武侯区 养老院 招聘护理员 10名\n工作内容：照顾老人日常起居、喂饭、翻身、陪护"
                "\n要求：45岁以下，有爱心，有耐心，无经验可\n待遇：月薪 "
                "4500-5500，五险，工资每月15号打到银行卡\n免费岗前培训，协助考取养老护理员证\n需要"
                "轮值夜班\n不收任何费用！报名请带身份证复印件\n电话：13x-xxxx-xxxx 刘主任"
            ),
            "concepts": {"elder_care", "health_care_support"},
            "conditions": {"night_shifts"},
            "abroad": None,
            "documents_kept": False,
            "fee_charged": False,
        },
        {
            "kind": "job",
            "title": "九龍城茶餐廳請 樓面/水吧 全職",
            "description": (
                "🍞🥤 九龍城茶餐廳 請人 🍞🥤\n樓面 2名、水吧 1名\n月薪 $17,000-$19,000 + "
                "服務費分賬\n包兩餐，制服由公司提供\n做六休一，7am-4pm\n有強積金，出糧直接入銀行戶"
                "口\n有意請直接上舖面搵陳生，或致電 2xxx xxxx"
            ),
            "concepts": {"barista", "food_service", "table_service"},
            "conditions": set(),
            "abroad": None,
            "documents_kept": False,
            "fee_charged": False,
        },
        {
            "kind": "job",
            "title": "物业公司招聘 保洁员/绿化工 公司承担全部招聘费用",
            "description": (
                "🌳 杭州滨江 某小区物业 招聘：\n保洁员 6名：楼道清洁、垃圾分类\n绿化工 "
                "2名：修剪花草、浇水\n工资：3800-4200元/月，按月发放至本人银行卡\n上班时间：早7点-"
                "下午5点，无夜班\n免费发放工作服，公司承担全部招聘费用，不收押金\n带身份证复印件到"
                "物业办公室面试\n联系电话：13x-xxxx-xxxx"
            ),
            "concepts": {"cleaning_services", "gardening"},
            "conditions": set(),
            "abroad": None,
            "documents_kept": False,
            "fee_charged": False,
        },
    ],
}


#: The seventh set (session 35), written blind like the others after a security probe found
#: ads that keep workers' passports posted and stored in Khmer, Tagalog and Traditional
#: Chinese: in each language five ads that say the employer's side keeps, holds, takes or
#: collects workers' identity papers (active and passive, the keeper named or not,
#: euphemisms, buried in a long ad, one spelt to slip past a filter) and five that mention
#: papers in an ordinary way (bring them, keep them valid, a copy needed, never kept).
SEVENTH: dict[str, list[Ad]] = {
    "en": [
        {
            "kind": "job",
            "title": "URGENT HIRING!! 50 Production Operators – Glove Factory, Kapar, Klang 🇲🇾",
            "description": (
                "📢 URGENT HIRING – 50 PRODUCTION OPERATORS (MALE/FEMALE)\n📍 Location: Kapar"
                ", Klang, Selangor\n💰 Basic RM1,700 + OT (RM2,300–RM2,800/month with OT)\n🕐"
                " 12-hour rotating shift: day 7am–7pm / night 7pm–7am\n🏠 Free hostel inside "
                "factory compound, free transport to line\n🧤 Job: stripping, inspection & pa"
                "cking of nitrile gloves, machine monitoring\n✅ Requirements: age 18–40, hea"
                "lthy, willing to work night shift, foreign workers with valid permit can tra"
                "nsfer\n📄 Foreign workers: the company will keep your passport during employ"
                "ment for immigration and PERKESO purposes.\n❌ No agent fee, no levy deducti"
                "on\n🚶 Walk-in interview every Tuesday 9am at our factory guardhouse, Jalan "
                "Kapar\n📞 WhatsApp: 012-345 8841 (Ms. Jess, HR)"
            ),
            "concepts": {"machine_operation", "manufacturing", "quality_control"},
            "conditions": {"live_in", "night_shifts"},
            "abroad": None,
            "documents_kept": True,
            "fee_charged": False,
        },
        {
            "kind": "job",
            "title": "Stay-in Domestic Helper for Singapore 🇸🇬 – Direct Employer Zoom Interview",
            "description": (
                "HIRING FILIPINA DOMESTIC HELPERS FOR SINGAPORE 🇸🇬\nFamily of 5 in Tampines ("
                "HDB 5-room), 2 kids (6 & 9 yrs old) + grandma (light care, can still walk)\n"
                "Duties: general housework, simple cooking, laundry & ironing, bring kids to "
                "school bus\nSalary: SGD 650/month, 1 rest day per month (compensation in lie"
                "u for other off days)\nStay-in with the family, own room, food provided\nReq"
                "uirements: 25–40 years old, at least 2 years experience in SG/HK/Middle East"
                ", can speak English\nPassport will be kept for safekeeping throughout the 2-"
                "year contract.\nPlacement loan: 6 months salary deduction (SGD 550/month), e"
                "mployer gives SGD 100 pocket money during loan period\nProcessing in Manila,"
                " DMW accredited agency. PM for details 📩"
            ),
            "concepts": {"childcare", "domestic_care_work", "housework"},
            "conditions": {"live_in"},
            "abroad": "SG",
            "documents_kept": True,
            "fee_charged": True,
        },
        {
            "kind": "job",
            "title": "Construction Workers Needed – Tuas Site (Rebar / Formwork / General Worker)",
            "description": (
                "Main con looking for general workers, rebar workers & formwork carpenters 👷"
                "\nSite: Tuas, Singapore. Daily rate SGD 38–55 depending on trade, OT 1.5x\nW"
                "orking hours 8am–5pm Mon–Sat, Sunday OT optional\nMust be able to carry reba"
                "r and heavy formwork panels, work at height with harness\nTransfer WP holder"
                "s welcome (India / Bangladesh / Myanmar / China).\nYour work permit card wil"
                "l be held by the site supervisor and only given back when you finish with th"
                "e company or go home.\nStay at on-site quarters (CTQ), free water & electric"
                "ity.\nCall / WhatsApp 9123 4712 (Mr. Raj)"
            ),
            "concepts": {"carpentry", "construction", "work_at_height"},
            "conditions": {"heavy_lifting", "live_in"},
            "abroad": None,
            "documents_kept": True,
            "fee_charged": False,
        },
        {
            "kind": "job",
            "title": "🔥 HIGH SALARY CSR / TYPIST – CAMBODIA 🇰🇭 Free Flight & Dorm",
            "description": (
                "🔥🔥 HIRING ENGLISH CSR / TYPIST – CAMBODIA 🔥🔥\n💵 Salary USD 1,200–1,800 "
                "+ commission\n✈️ Free flight KL ➡️ Phnom Penh, free visa\n🏢 Company dorm in"
                "side compound, free 3 meals\n🕘 Shift 9PM – 9AM (12 hrs), 1 day off / month"
                "\n✅ Basic typing, basic English, age 18–35, Malaysian / Filipino / Indonesi"
                "an OK\n⚠️ Upon arrival your p@ssp0rt and I/C will be kept by HR until contra"
                "ct finish (6 months)\nNo experience needed, training provided 💯\n📲 Telegra"
                "m: @hr_job_kh (serious applicants only)"
            ),
            "concepts": {"call_centre", "customer_service", "data_entry"},
            "conditions": {"live_in", "night_shifts"},
            "abroad": "KH",
            "documents_kept": True,
            "fee_charged": False,
        },
        {
            "kind": "job",
            "title": (
                "HIRING: Oil Palm Harvesters & General Workers – Sabah, Malaysia (3-Year Contract)"
            ),
            "description": (
                "Good day kababayan! 🌴 We are a DMW-licensed agency in Zamboanga City and we"
                " are hiring for a big oil palm estate in Lahad Datu, Sabah, Malaysia.\n\nPOS"
                "ITIONS:\n• FFB Harvesters (male) – 40 slots\n• Loose fruit collectors / gene"
                "ral workers (male/female) – 25 slots\n• Tractor driver (with license) – 3 sl"
                "ots\n\nSALARY & BENEFITS:\n• Harvesters: piece rate, average RM1,800–RM2,600"
                "/month (depends on tonnage)\n• General workers: RM1,700 basic + OT\n• Free h"
                "ousing in the estate line site (water & electricity provided), estate clinic"
                ", school for children in the estate, lorry to town every Sunday\n• 1 rest da"
                "y per week, public holidays paid\n\nJOB DETAILS:\n• Harvest fresh fruit bunc"
                "hes using long pole sickle (egrek), carry bunches of 15–30 kg to the collect"
                "ion point\n• Start 6:00am, finish around 2:00pm\n\nPROCESS:\n• Medical exam,"
                " PDOS and documents done in Zamboanga; estate pays medical, visa, levy and t"
                "icket\n• Upon arrival at the estate, all workers must hand in their passport"
                "s to the estate office. Passports will be returned at the end of the contrac"
                "t.\n• Salary paid by bank transfer every 7th of the month\n\nREQUIREMENTS: 2"
                "0–45 yrs old, physically fit, farm experience an advantage, valid passport ("
                "at least 18 months)\nFEES: Zero placement fee.\n\nSend your name, age and ad"
                "dress to our FB page or visit our office: 2/F Santos Bldg, Veterans Ave., Za"
                "mboanga City. Look for Ma'am Joy."
            ),
            "concepts": {"agriculture"},
            "conditions": {"heavy_lifting", "live_in"},
            "abroad": "MY",
            "documents_kept": True,
            "fee_charged": False,
        },
        {
            "kind": "job",
            "title": "Office Cleaners – Night Shift, Raffles Place (We DON'T hold your passport)",
            "description": (
                "Cleaning company (bizSAFE 3, PWM compliant) hiring cleaners for offices in R"
                "affles Place 🧹\n🕙 Night shift 10pm – 6am, 6 days/week\n💰 SGD 2,150 gross "
                "(PWM) + night allowance $150\n✅ Singaporeans/PRs and Work Permit holders (M"
                "alaysia, Myanmar) welcome\n👉 IMPORTANT: We do not keep workers' passports o"
                "r work permit cards. You keep your own documents – this is the law (MOM). If"
                " any supervisor asks to hold your documents, please report to HR.\nNo agent "
                "fee. Apply: WhatsApp 8765 2290 or walk in to our office at Ubi Ave 1."
            ),
            "concepts": {"cleaning_services"},
            "conditions": {"night_shifts"},
            "abroad": None,
            "documents_kept": False,
            "fee_charged": False,
        },
        {
            "kind": "job",
            "title": (
                "Walk-in Interview – Waiters/Waitresses, Bartenders & Cashier, District 1 (HCMC)"
            ),
            "description": (
                "🍽️ Our rooftop restaurant & bar in District 1 is hiring:\n- 6 Waiters/Waitre"
                "sses (full-time)\n- 2 Bartenders\n- 1 Cashier\nSalary: 6–9 million VND + ser"
                "vice charge + tips, 1 free staff meal per shift\nShifts: 10:00–15:00 or 17:0"
                "0–22:00, off 4 days/month\nRequirements: basic English communication, friend"
                "ly, 18+\n📅 Walk-in interview: Saturday 14/6, 9:00–12:00 at the restaurant, "
                "12th floor\n📄 Please bring your CV, your ID card (CCCD) – or passport for f"
                "oreigners – and 1 photo.\nNo fees at any stage. Contact: Zalo 0903 118 318 ("
                "Ms. Trang, HR)"
            ),
            "concepts": {"alcohol_sales", "food_service", "table_service"},
            "conditions": set(),
            "abroad": None,
            "documents_kept": False,
            "fee_charged": False,
        },
        {
            "kind": "job",
            "title": "CAREGIVERS FOR JAPAN 🇯🇵 (SSW Kaigo) – 30 Slots, Osaka & Hyogo",
            "description": (
                "🇯🇵 JAPAN SSW CAREGIVER (KAIGO) – 30 SLOTS 🇯🇵\nEmployer: nursing homes in Osa"
                "ka & Hyogo\nSalary: ¥190,000–¥220,000/month + night duty allowance\nDuties: "
                "assist elderly with meals, bathing, toileting, mobility; 4–5 night duties a "
                "month (5pm–9am)\nQUALIFICATIONS:\n✔ 21–35 yrs old, Caregiving NC II or nursi"
                "ng/midwifery graduate\n✔ JLPT N4 + Kaigo Skills Test passer (or willing to t"
                "rain)\n✔ Passport valid for at least 6 months (we prefer 2 years+)\nFEES: Ja"
                "panese language & kaigo training ₱45,000 – may be paid through salary deduct"
                "ion after deployment.\nSend CV to our email or visit our office in Ermita, M"
                "anila. DMW License No. 123-LB-0456-21"
            ),
            "concepts": {"elder_care", "health_care_support"},
            "conditions": {"night_shifts"},
            "abroad": "JP",
            "documents_kept": False,
            "fee_charged": True,
        },
        {
            "kind": "job",
            "title": "Security Guards Wanted – Phnom Penh (Day/Night Rotation)",
            "description": (
                "SECURITY GUARD POSITIONS – PHNOM PENH 🇰🇭\nLicensed security company hiring 2"
                "0 guards for condos & banks in BKK1 and Tonle Bassac.\nSalary: USD 230–280 +"
                " night allowance, uniform provided free\nShift: 12 hours, rotating day (7am–"
                "7pm) / night (7pm–7am)\nRequirements: male 20–45, height 1.65m+, no criminal"
                " record, basic English an advantage\nDocuments: photocopy of Khmer ID card ("
                "2 copies), family book copy, 4x6 photos. Show the original ID card at the in"
                "terview – we keep only the photocopy, the original stays with you.\nApply at"
                " our office, St. 51, or call 012 334 556 / 097 221 1209."
            ),
            "concepts": {"security_services"},
            "conditions": {"night_shifts"},
            "abroad": None,
            "documents_kept": False,
            "fee_charged": False,
        },
        {
            "kind": "job",
            "title": (
                "Forklift Drivers & Warehouse Helpers for Malaysia – ZERO COST (Yangon Agency)"
            ),
            "description": (
                "Licensed overseas employment agency (Yangon) 🇲🇲➡️🇲🇾\nPositions: Forklift Dri"
                "ver (10), Warehouse Helper (30) – logistics company in Port Klang\nSalary: R"
                "M1,700 basic + OT, about RM2,200–2,600/month\nHours: 8am–8pm, 6 days/week\nH"
                "elpers must be able to lift and carry cartons up to 25 kg\nForklift drivers:"
                " at least 1 year experience, certificate preferred\nPassport is required for"
                " the visa & work permit application. It must have more than 18 months validi"
                "ty – if yours is expiring, our office can help you apply for renewal at the "
                "passport office.\n✅ ZERO COST: employer pays visa, levy, medical and air ti"
                "cket\nOffice: Tamwe Township, Yangon. Viber 09 450 112 771"
            ),
            "concepts": {"forklift_operation", "logistics_warehouse"},
            "conditions": {"heavy_lifting"},
            "abroad": "MY",
            "documents_kept": False,
            "fee_charged": False,
        },
    ],
    "th": [
        {
            "kind": "job",
            "title": "ด่วน!! รับสมัครแรงงานต่างด้าว (พม่า/กัมพูชา) โรงงานแปรรูปอาหารทะเล มหาชัย",
            "description": (
                "📢 ด่วน!! รับสมัครพนักงานฝ่ายผลิต 100 อัตรา\n🏭 โรงงานแปรรูปกุ้ง-ปลาหมึกแช่แข็ง ต."
                "ท่าทราย อ.เมือง จ.สมุทรสาคร\n👉 รับทั้งชาย-หญิง สัญชาติพม่า กัมพูชา ลาว อายุ 18-45"
                " ปี\n💰 ค่าแรงวันละ 363 บาท + OT (ได้เดือนละ 12,000-15,000 บาท)\n🕐 มีกะเช้า 08"
                ".00-17.00 น. และกะดึก 20.00-05.00 น.\n🏠 มีหอพักในโรงงานฟรี มีรถรับส่ง\n📄 ต้อ"
                "งมีพาสปอร์ต+วีซ่า หรือบัตรชมพูที่ยังไม่หมดอายุ\n‼️ บริษัทจะเก็บพาสปอร์ตและใบอนุญาต"
                "ทำงานของลูกจ้างไว้ตลอดระยะเวลาสัญญาจ้าง\n💸 ค่าดำเนินการเอกสาร 3,500 บาท หักจากเง"
                "ินเดือน 3 งวด\n☎️ ติดต่อ พี่แอน 081-234-4521 (พูดพม่าได้)"
            ),
            "concepts": {"food_processing", "packing"},
            "conditions": {"live_in", "night_shifts"},
            "abroad": None,
            "documents_kept": True,
            "fee_charged": True,
        },
        {
            "kind": "job",
            "title": "หาแม่บ้านอยู่ประจำ (รับคนลาว/พม่า) ย่านบางนา เงินเดือน 12,000",
            "description": (
                "ต้องการแม่บ้านอยู่ประจำ 1 ตำแหน่ง 🏡\nบ้านเดี่ยว 2 ชั้น หมู่บ้านแถวบางนา กม.7 สมาชิก 4 ค"
                "น (ผู้ใหญ่ 2 เด็ก 2)\nงาน: ทำความสะอาดบ้าน ซักรีดผ้า ทำกับข้าวง่ายๆ ดูแลน้องเล็ก (5 ข"
                "วบ)\nเงินเดือน 12,000 บาท หยุดวันอาทิตย์เว้นอาทิตย์ มีห้องพักส่วนตัวในบ้าน มีแอร์"
                " อาหาร 3 มื้อ\nรับคนลาวหรือพม่า ที่มีพาสปอร์ตถูกต้อง พูดไทยได้บ้าง\nหมายเหตุ: พาสปอร์"
                "ตและบัตรต่างๆ ของแม่บ้านจะถูกเก็บรักษาไว้ที่บ้านเพื่อความปลอดภัย ไม่ต้องกลัวหาย\nไม่เสี"
                "ยค่าใช้จ่ายใดๆ สนใจทักไลน์ ID: bangna_home หรือโทร 092-318-7713"
            ),
            "concepts": {"childcare", "domestic_care_work", "housework"},
            "conditions": {"live_in"},
            "abroad": None,
            "documents_kept": True,
            "fee_charged": False,
        },
        {
            "kind": "job",
            "title": "รับคนงานก่อสร้าง ต่างด้าวมีบัตรชมพู งานคอนโด รามอินทรา",
            "description": (
                "🏗️ รับคนงานก่อสร้าง ชาย/หญิง หลายอัตรา\nงานคอนโด 25 ชั้น ถ.รามอินทรา กม.4\n✔ ช่า"
                "งปูน ช่างเหล็ก กรรมกร ผู้ช่วยช่าง\n💰 ช่าง 450-550/วัน กรรมกร 380/วัน จ่ายทุก 15 วัน"
                "\n💪 งานแบกปูน ยกเหล็ก ขนของหนัก ต้องแข็งแรง\n🏠 มีแคมป์คนงานให้พักในไซต์ ฟรีน้ำ"
                "ไฟ\n📌 รับต่างด้าวที่มีบัตรชมพู/ใบอนุญาตทำงาน — บัตรชมพูกับใบอนุญาตทำงานหัวหน้าคนงาน"
                "จะถือไว้ให้ ต้องการใช้ให้มาขอเป็นครั้งๆ\n❌ ไม่มีค่าหัวคิว\nโทร โฟร์แมนเอก 061-557-3"
                "390"
            ),
            "concepts": {"bricklaying", "construction"},
            "conditions": {"heavy_lifting", "live_in"},
            "abroad": None,
            "documents_kept": True,
            "fee_charged": False,
        },
        {
            "kind": "job",
            "title": "รับลูกเรือประมงด่วน เรืออวนลากคู่ ท่าเรือสงขลา",
            "description": (
                "🚢 รับลูกเรือด่วน 10 คน เรืออวนลากคู่ ท่าเรือสงขลา\nออกทะเลรอบละ 15-20 วัน กลับเข้"
                "าฝั่งพัก 3-4 วัน\n💰 เงินเดือน 12,000-15,000 + ส่วนแบ่งปลา\n🍚 กินนอนบนเรือ เถ้า"
                "แก่เลี้ยงข้าว\n⚓ งาน: ลากอวนกลางคืนถึงตี 4 คัดปลา ยกลังปลาขึ้นห้องเย็น ต้องทนงานห"
                "นักได้\n👉 รับคนไทย พม่า เขมร ต้องมีเอกสาร (ซีบุ๊ค/บัตรชมพู)\n‼️ พ า ส ป อ ต กับ ซ"
                "ีบุ๊ค เถ้าแก่เก็บไว้ที่ท่า คืนให้ตอนเลิกจ้าง\nค่านายหน้าพาลงเรือ 3,000 บาท หักจากค่าจ้างเ"
                "ดือนแรก\nโทร/ไลน์ 089-406-6625 ไต๋หมู"
            ),
            "concepts": {"fishing", "fishing_aquaculture"},
            "conditions": {"heavy_lifting", "live_in", "night_shifts"},
            "abroad": None,
            "documents_kept": True,
            "fee_charged": True,
        },
        {
            "kind": "job",
            "title": ("รับพ่อครัว แม่ครัว ผู้ช่วยครัว เด็กเสิร์ฟ ร้านต้มยำ มาเลเซีย (กัวลาลัมเปอร์) บินฟรี"),
            "description": (
                "🇲🇾 ร้านอาหารไทยในกัวลาลัมเปอร์ (ย่านบังซาร์) เปิดมา 12 ปี ลูกค้าเยอะ ขยายสาขาใหม่"
                " ต้องการด่วน\n✅ พ่อครัว/แม่ครัวอาหารไทย 3 ตำแหน่ง เงินเดือน 3,000-3,800 ริงกิต ("
                "ประมาณ 23,000-29,000 บาท)\n✅ ผู้ช่วยครัว 2 ตำแหน่ง 2,200 ริงกิต\n✅ เด็กเสิร์ฟ "
                "ชาย/หญิง 4 ตำแหน่ง 2,000 ริงกิต + ทิป\nเวลาทำงาน: ร้านเปิด 5 โมงเย็น ปิดตี 2 เ"
                "ตรียมของตั้งแต่บ่าย 3 หยุดเดือนละ 4 วัน\nสวัสดิการ:\n- ตั๋วเครื่องบินไป-กลับ ร้านออ"
                "กให้ (ทำงานครบ 1 ปี)\n- ที่พักชั้นบนร้าน ฟรีน้ำไฟ wifi\n- อาหาร 2 มื้อ\n- ทำ work "
                "permit ให้ถูกกฎหมาย ร้านออกค่าใช้จ่ายทั้งหมด\n- โบนัสปลายปีตามยอดขาย\nคุณสมบัติ:\n- "
                "อายุ 20-45 ปี ไม่จำกัดวุฒิ\n- ทำอาหารไทยได้ ต้มยำ ผัดไทย ผัดกะเพรา ส้มตำ (ตำแหน่งพ่อ"
                "ครัว)\n- มีพาสปอร์ต (ถ้ายังไม่มีไปทำได้ที่สำนักงานหนังสือเดินทาง)\n- ไม่ดื่มเหล้า ไ"
                "ม่เล่นการพนัน\nขั้นตอน: ส่งรูป+ประวัติทางไลน์ สัมภาษณ์ทางวิดีโอคอล ผ่านแล้วนัดบินจา"
                "กหาดใหญ่หรือดอนเมือง วันแรกที่มาถึงให้ฝากพาสปอร์ตไว้กับเถ้าแก่ จะคืนให้ตอนครบสัญญาก"
                "ลับเมืองไทย เงินเดือนออกทุกวันที่ 5 โอนกลับบ้านได้\nสนใจติดต่อ เจ๊หน่อย ไลน์ tomyum"
                "_kl หรือ WhatsApp +60 12-771 2207"
            ),
            "concepts": {"cooking", "food_service", "table_service"},
            "conditions": {"live_in", "night_shifts"},
            "abroad": "MY",
            "documents_kept": True,
            "fee_charged": False,
        },
        {
            "kind": "job",
            "title": "โรงงานเย็บผ้า แม่สอด รับช่างเย็บจักร พนักงานตัดด้าย-แพ็คของ (ไทย/พม่า)",
            "description": (
                "🧵 รับสมัครช่างเย็บจักรอุตสาหกรรม 30 อัตรา และพนักงานตัดด้าย-แพ็คของ 10 อัตรา\n"
                "📍 โรงงานตัดเย็บเสื้อผ้าส่งออก อ.แม่สอด จ.ตาก\n💰 ค่าแรงตามกฎหมาย + ค่าเหมาชิ้น + เ"
                "บี้ยขยัน 500 บาท/เดือน\n🕗 08.00-17.00 น. OT ถึง 20.00 น. หยุดวันอาทิตย์\n✅ ร"
                "ับแรงงานพม่าที่มีบัตรชมพู/พาสปอร์ต MOU\n🛡️ โรงงานไม่ยึดพาสปอร์ตหรือบัตรชมพูของลูกจ้"
                "าง ลูกจ้างเก็บเอกสารของตัวเอง (ทางโรงงานถ่ายสำเนาไว้เท่านั้น)\nไม่มีค่าใช้จ่ายแรกเข้า ไ"
                "ม่หักค่านายหน้า\nติดต่อฝ่ายบุคคล 055-532-118 (มีล่ามพม่า)"
            ),
            "concepts": {"garment_manufacturing", "packing", "sewing_machine_operation"},
            "conditions": set(),
            "abroad": None,
            "documents_kept": False,
            "fee_charged": False,
        },
        {
            "kind": "job",
            "title": "รับสมัคร รปภ. ชาย/หญิง ประจำคอนโด-ห้าง กทม. เข้างานได้ทันที",
            "description": (
                "👮 บริษัท รักษาความปลอดภัย รับสมัคร รปภ. 50 อัตรา\n📍 ประจำจุด: คอนโด ห้างสรรพ"
                "สินค้า โรงพยาบาล ในเขต กทม. และปริมณฑล\n💰 รายได้ 15,000-18,000 บาท/เดือน (รวม"
                "โอที) + ค่ากะดึก\n🕐 ทำงานกะละ 12 ชม. (07.00-19.00 / 19.00-07.00)\n✅ อายุ 20-"
                "55 ปี สัญชาติไทย ไม่มีประวัติอาชญากรรม\n👕 ค่าชุดยูนิฟอร์ม 1,200 บาท หักจากเงินเ"
                "ดือน 2 งวด\n📄 เอกสารที่ต้องนำมาในวันสัมภาษณ์: บัตรประชาชนตัวจริง + สำเนา 2 ชุด"
                ", สำเนาทะเบียนบ้าน, รูปถ่าย 1 นิ้ว 2 ใบ, วุฒิการศึกษา\nสัมภาษณ์ทุกวัน จ-ส 09.00-15"
                ".00 น. โทร 02-318-4477 / 085-990-1150"
            ),
            "concepts": {"security_services"},
            "conditions": {"night_shifts"},
            "abroad": None,
            "documents_kept": False,
            "fee_charged": True,
        },
        {
            "kind": "job",
            "title": "งานโรงงานไต้หวัน 🇹🇼 ชาย-หญิง เงินเดือน 27,470 NTD บินไว",
            "description": (
                "✈️ รับสมัครคนงานไปทำงานโรงงานอิเล็กทรอนิกส์ ไต้หวัน (เถาหยวน)\nชาย 20 / หญิง "
                "30 อายุ 20-38 ปี\n💵 เงินเดือนขั้นต่ำ 27,470 NTD + OT (รวมประมาณ 35,000-40,000 "
                "NTD)\nสัญญา 3 ปี ต่อได้\n📋 คุณสมบัติ: จบ ม.3 ขึ้นไป สายตาดี ไม่ตาบอดสี ไม่มีรอยสั"
                "ก\n📕 หนังสือเดินทางต้องมีอายุเหลือไม่น้อยกว่า 1 ปี (ถ้าใกล้หมดอายุต้องไปต่อก่อนยื่นเอกส"
                "าร)\n💰 ค่าบริการจัดหางาน 35,000 บาท (มีใบเสร็จ ตามประกาศกรมการจัดหางาน)\nบริ"
                "ษัทจัดหางานได้รับอนุญาต ใบอนุญาตเลขที่ น.1234/2560\nติดต่อ 043-221-908 สาขาขอนแก่น"
            ),
            "concepts": {"assembly", "manufacturing"},
            "conditions": set(),
            "abroad": "TW",
            "documents_kept": False,
            "fee_charged": True,
        },
        {
            "kind": "job",
            "title": "รับพนักงาน Call Center (Inbound) ไม่ต้องมีประสบการณ์ ใกล้ BTS อโศก",
            "description": (
                "☎️ รับพนักงาน Call Center รับสายลูกค้าบัตรเครดิต 20 อัตรา\n💰 เงินเดือน 15,000"
                " + incentive + ค่าภาษา (พูดอังกฤษได้ +3,000)\n🕘 จ-ศ 09.00-18.00 น. หยุดเสาร์-อา"
                "ทิตย์\n✅ วุฒิ ม.6 ขึ้นไป พิมพ์ดีดคล่อง ใช้คอมได้\n📎 สมัครออนไลน์ แนบเอกสาร: Res"
                "ume, สำเนาบัตรประชาชน, สำเนาวุฒิการศึกษา (เซ็นรับรองสำเนาถูกต้อง)\nวันเริ่มงานให้"
                "นำบัตรประชาชนตัวจริงมาแสดงกับ HR เพื่อทำสัญญาจ้าง\nไม่มีค่าใช้จ่ายในการสมัคร\n📩 ส่"
                "ง Inbox หรืออีเมลมาที่ฝ่ายบุคคล"
            ),
            "concepts": {"basic_computer", "call_centre", "customer_service"},
            "conditions": set(),
            "abroad": None,
            "documents_kept": False,
            "fee_charged": False,
        },
        {
            "kind": "job",
            "title": "ฟาร์มไก่ไข่ ฉะเชิงเทรา รับคนงานกัมพูชา ผัว-เมีย มีบ้านพักในฟาร์ม",
            "description": (
                "🐔 ฟาร์มไก่ไข่ อ.พนมสารคาม รับคนงานชาวกัมพูชา 4 คู่ (สามี-ภรรยา)\nงาน: ให้อาหาร เก"
                "็บไข่ ล้างโรงเรือน แบกกระสอบอาหารไก่ (30 กก.)\n💰 ค่าแรงวันละ 345 บาท จ่ายทุกวันที่"
                " 1 และ 16\n🏠 มีบ้านพักในฟาร์ม ฟรีน้ำไฟ\n📕 ต้องมีพาสปอร์ต+วีซ่าทำงาน (MOU) หรือ"
                "บัตรชมพู\n👉 ใครพาสปอร์ตใกล้หมดอายุ ทางฟาร์มช่วยพาไปต่อที่ศูนย์ฯ ค่าใช้จ่ายฟาร์มออกให้ "
                "เอกสารทุกอย่างคนงานถือไว้เอง\nโทร เฮียชัย 086-512-9043 (มีคนพูดเขมรได้)"
            ),
            "concepts": {"agriculture", "livestock"},
            "conditions": {"heavy_lifting", "live_in"},
            "abroad": None,
            "documents_kept": False,
            "fee_charged": False,
        },
    ],
    "vi": [
        {
            "kind": "job",
            "title": "🔥 TUYỂN GẤP NV CSKH ONLINE – CAMPUCHIA – LƯƠNG 1000-1500$ 🔥",
            "description": (
                "🔥🔥 TUYỂN GẤP 20 BẠN NAM/NỮ LÀM CSKH (CHĂM SÓC KHÁCH HÀNG ONLINE) TẠI BAVET"
                " – CAMPUCHIA 🇰🇭\n💵 Lương cứng 1000$ + thưởng doanh số, trả bằng USD\n⏰ Làm"
                " 12 tiếng/ngày, xoay ca ngày – đêm (ca đêm 20h đến 8h sáng), nghỉ 2 ngày/thá"
                "ng\n🏠 Bao ăn ở trong khu công ty, phòng máy lạnh\n✅ Yêu cầu: 18–35 tuổi, b"
                "iết đánh máy, dùng điện thoại thành thạo, không cần kinh nghiệm\n🚗 Công ty "
                "bao xe đưa đón từ TP.HCM qua cửa khẩu Mộc Bài\n📌 Lưu ý: Công ty sẽ giữ hộ c"
                "hiếu của nhân viên trong suốt thời gian làm việc, hết hợp đồng sẽ trả.\n❌ K"
                "hông mất phí\n👉 Liên hệ Telegram/Zalo: 0862 306 612 (chị Vy)"
            ),
            "concepts": {"basic_computer", "call_centre", "customer_service"},
            "conditions": {"live_in", "night_shifts"},
            "abroad": "KH",
            "documents_kept": True,
            "fee_charged": False,
        },
        {
            "kind": "job",
            "title": (
                "XKLĐ ĐÀI LOAN – ĐƠN KHÁN HỘ CÔNG (CHĂM SÓC NGƯỜI GIÀ) TẠI GIA ĐÌNH, BAY NHANH"
            ),
            "description": (
                "🇹🇼 ĐƠN HÀNG KHÁN HỘ CÔNG (CHĂM SÓC NGƯỜI GIÀ) TẠI GIA ĐÌNH – ĐÀI TRUNG\n👵 C"
                "hăm sóc 1 cụ bà 82 tuổi, liệt nửa người, ở cùng nhà với gia đình chủ\n💰 Lươ"
                "ng 20.000 Đài tệ/tháng (~16 triệu VNĐ), bao ăn ở\n📋 Yêu cầu: nữ 25–45 tuổi,"
                " sức khỏe tốt, chăm chỉ, biết tiếng Trung cơ bản là lợi thế (công ty có đào "
                "tạo 2 tháng)\n📕 Hộ chiếu và thẻ cư trú (ARC) sẽ được giữ hộ trong suốt thời"
                " gian hợp đồng để tránh thất lạc.\n💵 Chi phí xuất cảnh: 3.800 USD, hỗ trợ v"
                "ay vốn ngân hàng tại địa phương\n☎️ Hotline/Zalo: 0915 447 255 – Công ty CP "
                "Cung ứng nhân lực quốc tế"
            ),
            "concepts": {"domestic_care_work", "elder_care"},
            "conditions": {"live_in"},
            "abroad": "TW",
            "documents_kept": True,
            "fee_charged": True,
        },
        {
            "kind": "job",
            "title": "CÔNG TY GIÀY DA BÌNH DƯƠNG TUYỂN 200 LĐPT – CÓ KTX MIỄN PHÍ",
            "description": (
                "🏭 Công ty TNHH giày da (KCN Sóng Thần, Dĩ An, Bình Dương) tuyển gấp:\n👉 20"
                "0 lao động phổ thông nam/nữ 18–40 tuổi: may mũ giày, dán đế, đóng gói\n💰 Th"
                "u nhập 8–11 triệu/tháng (lương cơ bản + tăng ca + chuyên cần)\n⏰ Làm 3 ca x"
                "oay vòng: ca 1 (6h–14h), ca 2 (14h–22h), ca 3 (22h–6h)\n🏠 Ở ký túc xá trong"
                " khu công ty miễn phí, có căng tin\n📄 Hồ sơ: sơ yếu lý lịch, giấy khám sức "
                "khỏe, ảnh 3x4\n📌 Khi nhận phòng ký túc xá, người lao động nộp CCCD bản gốc "
                "cho quản lý KTX giữ, khi nghỉ việc sẽ trả lại.\nKhông thu phí tuyển dụng.\n"
                "📞 Phòng nhân sự: 0274 3712 xxx / Zalo 0978 220 417 (anh Tài)"
            ),
            "concepts": {"assembly", "manufacturing", "packing"},
            "conditions": {"live_in", "night_shifts"},
            "abroad": None,
            "documents_kept": True,
            "fee_charged": False,
        },
        {
            "kind": "job",
            "title": "TUYỂN NAM ĐI TÀU CÁ HÀN QUỐC (ven bờ, đảo Jeju) – XUẤT CẢNH NHANH",
            "description": (
                "🚢 TUYỂN NAM ĐI TÀU CÁ HÀN QUỐC (ven bờ, đảo Jeju) – XUẤT CẢNH NHANH\n💵 Lươ"
                "ng 2.200.000 won/tháng (~40tr), bao ăn ở trên tàu\n⚓ Công việc: thả lưới, k"
                "éo lưới ban đêm từ 1h sáng, bốc xếp thùng cá 20–30kg\n✅ Nam 20–39t, khỏe mạ"
                "nh, không say sóng, ưu tiên ae đã đi biển\n💰 Phí 6.000$, đóng trước 2.000$,"
                " còn lại trừ dần vào lương 8 tháng đầu\n‼️ Qua bên đó chủ tàu cầm hộ chíu (h"
                "c) + thẻ ngoại kiều của ae, về nước mới trả. Ai chịu được thì ib\n📲 Zalo 03"
                "56 118 890 (Hùng)"
            ),
            "concepts": {"fishing", "fishing_aquaculture"},
            "conditions": {"heavy_lifting", "live_in", "night_shifts"},
            "abroad": "KR",
            "documents_kept": True,
            "fee_charged": True,
        },
        {
            "kind": "job",
            "title": "ĐƠN HÀNG CHẾ BIẾN THỰC PHẨM NHẬT BẢN – AICHI – 30 NỮ – THI TUYỂN 15/7",
            "description": (
                "🇯🇵 THÔNG BÁO TUYỂN DỤNG THỰC TẬP SINH KỸ NĂNG ĐI NHẬT BẢN 🇯🇵\n📌 Ngành nghề:"
                " Chế biến thực phẩm (làm cơm hộp, sandwich cho chuỗi cửa hàng tiện lợi)\n📌 "
                "Địa điểm làm việc: tỉnh Aichi (gần Nagoya)\n📌 Số lượng: 30 nữ\n📌 Độ tuổi: "
                "18–30, tốt nghiệp THCS trở lên, không xăm hình, không viêm gan B\n💴 Lương c"
                "ơ bản: 181.000 yên/tháng (chưa tính tăng ca), tăng ca trung bình 25–30 tiếng"
                "/tháng\n🕐 Thời gian làm: 8h–17h, nghỉ thứ 7, CN theo lịch công ty\n🏠 Nhà ở"
                ": ký túc xá của công ty ngay cạnh xưởng, 3 người/phòng, tiền KTX + điện nước"
                " khoảng 25.000 yên/tháng trừ vào lương\n📚 Đào tạo tiếng Nhật 4–6 tháng tại "
                "trung tâm Hà Nội, bao ăn ở trong thời gian học\n📝 Hình thức thi: thi tay ng"
                "hề (đếm, xếp hộp), phỏng vấn online với xí nghiệp ngày 15/7\n💵 Tổng chi phí"
                " trọn gói: 6.800 USD (bao gồm phí đào tạo, vé máy bay, visa), đóng 3 đợt\n📌"
                " Quy định khi sang Nhật: tuân thủ nội quy xí nghiệp, không tự ý bỏ trốn. Khi"
                " nhập cảnh, TTS nộp hộ chiếu cho nghiệp đoàn quản lý, hết 3 năm về nước sẽ đ"
                "ược trả lại. Lương trả qua tài khoản ngân hàng Nhật vào ngày 25 hàng tháng."
                "\n🎁 Về nước được nhận tiền hỗ trợ, giới thiệu việc làm tại các công ty Nhật"
                " ở VN\n☎️ Liên hệ: cô Hương 0989 553 112 – Trung tâm XKLĐ, Hà Đông, Hà Nội"
            ),
            "concepts": {"food_hygiene", "food_processing", "packing"},
            "conditions": {"live_in"},
            "abroad": "JP",
            "documents_kept": True,
            "fee_charged": True,
        },
        {
            "kind": "job",
            "title": "XKLĐ MALAYSIA – NHÀ MÁY ĐIỆN TỬ PENANG – 0 ĐỒNG PHÍ",
            "description": (
                "🇲🇾 Tuyển 40 nữ làm lắp ráp linh kiện điện tử tại Penang, Malaysia\n💰 Lương "
                "cơ bản 1.700 RM + tăng ca (~2.300–2.800 RM, tương đương 13–15 triệu)\n⏰ Làm"
                " 8h/ngày, tăng ca tự nguyện, có ca đêm luân phiên (19h–7h)\n🏠 Ký túc xá tro"
                "ng khuôn viên nhà máy, xe đưa đón miễn phí\n✅ Nữ 18–35 tuổi, mắt tốt, không"
                " cận nặng\n💯 0 ĐỒNG PHÍ – chủ sử dụng chịu toàn bộ chi phí visa, vé máy bay"
                ", khám sức khỏe\n🛡️ Cam kết: công ty KHÔNG giữ hộ chiếu của người lao động. "
                "Người lao động tự giữ hộ chiếu và giấy phép lao động theo luật Malaysia.\n📞"
                " Hotline 0912 880 663"
            ),
            "concepts": {"assembly", "manufacturing", "quality_control"},
            "conditions": {"live_in", "night_shifts"},
            "abroad": "MY",
            "documents_kept": False,
            "fee_charged": False,
        },
        {
            "kind": "job",
            "title": "Nhà hàng lẩu nướng Q.7 tuyển phục vụ, phụ bếp, thu ngân – nhận việc ngay",
            "description": (
                "🍲 NHÀ HÀNG LẨU NƯỚNG QUẬN 7 CẦN TUYỂN:\n- 10 phục vụ (fulltime/partime)\n- "
                "3 phụ bếp\n- 2 thu ngân\n💵 Lương: fulltime 6–7tr + thưởng + tips; partime 2"
                "2k/giờ\n⏰ Ca sáng 10h–14h, ca tối 17h–23h\n🍚 Bao cơm 2 bữa\n📌 Phỏng vấn t"
                "rực tiếp tại nhà hàng, 14h–16h hằng ngày. Khi đi nhớ mang theo CCCD và sơ yế"
                "u lý lịch nha.\n☎️ Quản lý Linh 0908 771 528"
            ),
            "concepts": {"cashier", "food_service", "table_service"},
            "conditions": set(),
            "abroad": None,
            "documents_kept": False,
            "fee_charged": False,
        },
        {
            "kind": "job",
            "title": "THÔNG BÁO TUYỂN LAO ĐỘNG THỜI VỤ ĐI HÀN QUỐC (VISA E-8) – NÔNG NGHIỆP",
            "description": (
                "📢 UBND huyện thông báo tuyển lao động thời vụ đi làm nông nghiệp tại Hàn Qu"
                "ốc (visa E-8)\n🌱 Công việc: trồng, thu hoạch rau, ớt, khoai lang tại tỉnh J"
                "eollanam-do\n⏳ Thời gian: 5 tháng (có thể gia hạn thêm 3 tháng)\n💰 Lương t"
                "heo lương tối thiểu Hàn Quốc (~2 triệu won/tháng)\n✅ Điều kiện: 30–55 tuổi,"
                " có hộ khẩu thường trú tại huyện, sức khỏe tốt\n📕 Hộ chiếu phổ thông còn hạ"
                "n trên 12 tháng (ai chưa có thì làm tại Công an tỉnh)\n💵 Người lao động nộp"
                " tiền ký quỹ 100 triệu đồng, hoàn trả sau khi về nước đúng hạn\nĐăng ký tại "
                "Phòng Lao động – TB&XH huyện trước ngày 30/8"
            ),
            "concepts": {"agriculture", "vegetable_growing"},
            "conditions": set(),
            "abroad": "KR",
            "documents_kept": False,
            "fee_charged": True,
        },
        {
            "kind": "job",
            "title": "Công ty bảo vệ tuyển 30 nhân viên bảo vệ tòa nhà, KCN – Hà Nội",
            "description": (
                "👮 TUYỂN 30 NHÂN VIÊN BẢO VỆ\n📍 Làm tại các tòa nhà văn phòng, chung cư ở C"
                "ầu Giấy, Nam Từ Liêm và KCN Bắc Thăng Long\n💰 Lương 7–9 triệu/tháng, đóng B"
                "HXH đầy đủ\n⏰ Ca 12 tiếng, luân phiên ngày (6h–18h) / đêm (18h–6h)\n✅ Nam "
                "20–50 tuổi, cao từ 1m65, không tiền án tiền sự\n📂 Hồ sơ gồm: đơn xin việc, "
                "sơ yếu lý lịch có xác nhận địa phương, bản photo CCCD công chứng, giấy khám "
                "sức khỏe, 2 ảnh 3x4. Đi phỏng vấn mang CCCD bản gốc để đối chiếu.\n❌ Không "
                "thu bất kỳ khoản phí nào, được cấp đồng phục miễn phí\n📞 024 3765 xxxx – 09"
                "36 412 870"
            ),
            "concepts": {"security_services"},
            "conditions": {"night_shifts"},
            "abroad": None,
            "documents_kept": False,
            "fee_charged": False,
        },
        {
            "kind": "job",
            "title": "CHƯƠNG TRÌNH HỘ LÝ – ĐIỀU DƯỠNG LÀM VIỆC TẠI ĐỨC 🇩🇪 KHÔNG PHÍ MÔI GIỚI",
            "description": (
                "🇩🇪 CHƯƠNG TRÌNH HỘ LÝ – ĐIỀU DƯỠNG LÀM VIỆC TẠI ĐỨC (Ausbildung Pflege)\n💶 "
                "Lương học nghề 1.100–1.300 €/tháng, sau khi tốt nghiệp 2.800–3.200 €/tháng\n"
                "🏥 Làm việc tại viện dưỡng lão/bệnh viện ở bang Bayern\n✅ Yêu cầu: 18–30 tu"
                "ổi, tốt nghiệp THPT, đạt tiếng Đức B1 (có lớp học miễn phí tại trung tâm)\n"
                "📕 Hộ chiếu là giấy tờ bắt buộc để xin visa Đức. Bạn nào chưa có hộ chiếu, t"
                "rung tâm sẽ hướng dẫn và hỗ trợ làm hộ chiếu tại Phòng Quản lý xuất nhập cản"
                "h.\n💯 Không thu phí môi giới, học phí tiếng Đức do đối tác Đức tài trợ\n📞 "
                "Zalo 0935 227 334 – Văn phòng tuyển sinh Đà Nẵng"
            ),
            "concepts": {"elder_care", "health_care_support", "language_learning"},
            "conditions": set(),
            "abroad": "DE",
            "documents_kept": False,
            "fee_charged": False,
        },
    ],
    "tl": [
        {
            "kind": "job",
            "title": "HIRING DH FOR KSA 🇸🇦 – Direct Employer, SAR 1,500",
            "description": (
                "📢 URGENT HIRING: HOUSEHOLD SERVICE WORKER (DH) – RIYADH, SAUDI ARABIA 🇸🇦\n"
                "💰 Sahod: SAR 1,500/month\n🏠 Stay-in, may sariling kwarto, libre pagkain\n"
                "👨\u200d👩\u200d👧\u200d👦 Family of 6, 2 bata (3 at 7 y.o.), villa\n📝 Trab"
                "aho: general housework, paglalaba at pamamalantsa, pag-aalaga ng bata\n✅ Qu"
                "alifications: 23–45 y.o., kahit first timer basta marunong sa gawaing bahay"
                "\n📌 Paalala: Ang employer ang hahawak ng passport mo habang ongoing ang 2-y"
                "ear contract. Ibibigay ito pag-uwi mo o pag-exit.\n❌ NO PLACEMENT FEE para "
                "sa DH (as per DMW)\n📲 PM lang po or text 0917 552 7741 – Ma'am Liza, DMW li"
                "censed agency, Malate, Manila"
            ),
            "concepts": {"domestic_care_work", "housework", "laundry_ironing"},
            "conditions": {"live_in"},
            "abroad": "SA",
            "documents_kept": True,
            "fee_charged": False,
        },
        {
            "kind": "job",
            "title": "FACTORY WORKERS FOR TAIWAN 🇹🇼 Male/Female – Deployment in 45 days",
            "description": (
                "🇹🇼 TAIWAN FACTORY WORKERS – Taoyuan (plastic injection / electronics)\n💵 NT"
                "$ 27,470 basic + OT (approx. NT$ 35k–40k monthly)\n🕗 12 hrs shift, rotating"
                " day/night (8AM–8PM / 8PM–8AM)\n🏠 Dormitory sa loob ng factory, libre\n✅ 2"
                "1–39 y.o., HS graduate, walang tattoo, hindi color blind\n📕 Pagdating sa Ta"
                "iwan, ang passport at ARC ay ite-turn over for safekeeping hanggang matapos "
                "ang kontrata.\n💸 Placement fee: 1 month salary (salary deduction); broker s"
                "ervice fee NT$1,800/month ibabawas sa sahod\n📲 Apply now! PM po or visit ou"
                "r office sa Ermita, Manila"
            ),
            "concepts": {"machine_operation", "manufacturing"},
            "conditions": {"live_in", "night_shifts"},
            "abroad": "TW",
            "documents_kept": True,
            "fee_charged": True,
        },
        {
            "kind": "job",
            "title": (
                "Kailangan ng mga sakada/tapasero – Hacienda sa Negros Occidental, milling season"
            ),
            "description": (
                "📣 KAILANGAN: 30 sakada (tapasero at kargador) para sa hacienda sa La Carlot"
                "a, Negros Occidental\n🌾 Milling season Oktubre hanggang Abril\n💰 ₱380/araw"
                " o pakyaw kada tonelada ng tubo, sahod tuwing Sabado\n💪 Trabaho: pagputol n"
                "g tubo, pagbuhat at pagkarga ng tubo sa trak (mabigat)\n🏠 May barracks sa l"
                "oob ng hacienda, libre tubig\n💵 May bale (cash advance) na ₱3,000 bago umal"
                "is, ibabawas sa sahod linggo-linggo\n📌 Ang mga ID ninyo (PhilSys, voter's I"
                "D, barangay ID) ay kukunin at hahawakan ng kapatas habang nasa hacienda, iba"
                "balik pag tapos na ang season.\nSasakay tayo ng barko mula Iloilo. Para sa d"
                "etalye, hanapin si Mang Ramon o text 0928 330 5560"
            ),
            "concepts": {"agriculture"},
            "conditions": {"heavy_lifting", "live_in"},
            "abroad": None,
            "documents_kept": True,
            "fee_charged": True,
        },
        {
            "kind": "job",
            "title": "SPA THERAPIST / MASSEUSE – Kuala Lumpur 🇲🇾 ₱50K+ with tips",
            "description": (
                "💆\u200d♀️ HIRING LADY MASSAGE THERAPIST – KUALA LUMPUR, MALAYSIA 🇲🇾\n💰 Bas"
                "ic RM1,800 + commission per customer + tips (₱50k–₱70k monthly)\n🕐 Duty 2PM"
                " – 2AM, 1 day off per week\n🏠 Libre accommodation sa taas ng spa + 2 meals"
                "\n✅ 20–35 y.o., may training sa massage (TESDA NC II ok), presentable\n✈️ L"
                "ibre ticket. Work permit aasikasuhin ni amo\n⚠️ Pagdating sa KL, ang p@sp0rt"
                " (PP) ay nasa amo muna hanggang matapos ang kontrata 🙂\n‼️ Walang placement"
                " fee\nPM lang sa mga interesado, serious only!"
            ),
            "concepts": {"beauty_wellness", "massage"},
            "conditions": {"live_in", "night_shifts"},
            "abroad": "MY",
            "documents_kept": True,
            "fee_charged": False,
        },
        {
            "kind": "job",
            "title": (
                "DUBAI HOTEL HIRING 🇦🇪 Room Attendants, Waiters, Commis – Interview this Saturday"
            ),
            "description": (
                "🇦🇪 WE ARE HIRING FOR A 5-STAR HOTEL IN DUBAI 🇦🇪 (JBR area)\nMga kababayan, m"
                "ay bagong job order po tayo! 2-year contract, renewable.\n\nPOSITIONS & SALA"
                "RY (AED):\n🛏️ Room Attendant (M/F) – AED 1,500 + service charge\n🍽️ Waiter/W"
                "aitress – AED 1,600 + service charge + tips\n👨\u200d🍳 Commis I/II – AED 1,"
                "700–2,000\n🧹 Public Area Cleaner – AED 1,300\n\nBENEFITS:\n✅ Free accommod"
                "ation (shared staff accommodation, 4 per room) + free transportation papunta"
                " sa hotel\n✅ Free duty meals\n✅ Medical insurance, annual leave 30 days, t"
                "icket every 2 years\n✅ Overtime paid as per UAE labor law\n\nQUALIFICATIONS"
                ":\n✔ 21–35 y.o., at least 1 year hotel/restaurant experience (local or abroa"
                "d)\n✔ Good communication skills in English\n✔ Pleasing personality, walang v"
                "isible tattoo\n\nPROCESS & REMINDERS:\n• Initial interview ngayong Sabado, 8"
                "AM, sa aming office sa Mandaluyong. Dalhin ang updated CV, photocopy ng pass"
                "port at TOR/certificates.\n• Final interview via Zoom with the hotel HR.\n• "
                "Pagdating sa Dubai, i-surrender ang passport sa HR ng hotel para sa residenc"
                "e visa at Emirates ID; ito ay itatago ng HR at ibabalik kapag tapos na ang k"
                "ontrata o mag-exit na.\n• Processing fee: ₱15,000 (pwedeng salary deduction "
                "sa unang 3 buwan).\n• Huwag makipag-transact sa mga hindi awtorisadong tao."
                "\n\nFor inquiries: 0917 808 2031"
            ),
            "concepts": {"food_service", "hospitality", "housekeeping"},
            "conditions": {"live_in"},
            "abroad": "AE",
            "documents_kept": True,
            "fee_charged": True,
        },
        {
            "kind": "job",
            "title": "SEASONAL FARM WORKERS – CANADA 🇨🇦 (Greenhouse) ZERO PLACEMENT FEE",
            "description": (
                "🇨🇦 HIRING: Greenhouse / Farm Workers – Leamington, Ontario, Canada\n💵 CAD 1"
                "7.20/hour, 40–60 hrs/week\n🌶️ Trabaho: pag-ani ng kamatis at sili, pag-pack,"
                " pagbuhat ng crates hanggang 20 kg\n🏠 Libre housing sa loob ng farm\n✅ 25–"
                "45 y.o., may farm experience, physically fit\n📌 Mahalaga: HINDI namin kukun"
                "in o hahawakan ang passport o work permit ninyo. Kayo ang magtatago ng saril"
                "i ninyong dokumento — bawal ito sa batas ng Canada.\n💯 ZERO placement fee. "
                "Employer ang sagot sa airfare.\n📲 DMW-licensed agency, Quezon City. Text 09"
                "19 220 4418"
            ),
            "concepts": {"agriculture", "packing", "vegetable_growing"},
            "conditions": {"heavy_lifting", "live_in"},
            "abroad": "CA",
            "documents_kept": False,
            "fee_charged": False,
        },
        {
            "kind": "job",
            "title": "CALL CENTER AGENTS – IT Park Cebu | ₱20K–₱25K | Walk-in Interview",
            "description": (
                "📞 NOW HIRING: CUSTOMER SERVICE REPRESENTATIVES (US Account)\n📍 Cebu IT Par"
                "k, Lahug\n💰 ₱20,000–₱25,000 + night differential + HMO day 1\n🕙 Night shif"
                "t (10PM–7AM), 5 days a week\n✅ HS grad / K-12 / college undergrad, good Eng"
                "lish communication skills, pwede ang fresh grad, walang experience ok\n📝 WA"
                "LK-IN INTERVIEW: Mon–Fri, 9AM–4PM\nDalhin lang ang:\n✔ Updated resume\n✔ 2 v"
                "alid government IDs (original)\n✔ Ballpen 😊\nWalang bayad ang application! "
                "Beware of scammers asking for fees.\n#hiring #callcenter #Cebu"
            ),
            "concepts": {"call_centre", "customer_service", "english_conversation"},
            "conditions": {"night_shifts"},
            "abroad": None,
            "documents_kept": False,
            "fee_charged": False,
        },
        {
            "kind": "job",
            "title": "POLAND 🇵🇱 FACTORY WORKERS – Packers / Machine Operators, Deployment ASAP",
            "description": (
                "🇵🇱 HIRING FOR POLAND – Food packaging factory sa Wrocław\n💶 PLN 4,300 gross"
                "/month + OT\nPositions: Packer (M/F) – 20, Machine Operator (M) – 10\n✅ 22–"
                "45 y.o., at least 1 yr factory experience\n📕 Passport must be valid for at "
                "least 1 year upon application (kung malapit nang mag-expire, mag-renew muna "
                "sa DFA)\n💸 Placement fee: equivalent to 1 month salary, babayaran bago ang "
                "deployment\n📝 Requirements: CV, passport copy, NBI clearance, diploma/TOR\n"
                "PM for more info! DMW license no. 078-LB-0912-22"
            ),
            "concepts": {"food_processing", "machine_operation", "packing"},
            "conditions": set(),
            "abroad": "PL",
            "documents_kept": False,
            "fee_charged": True,
        },
        {
            "kind": "job",
            "title": "HIRING SECURITY GUARDS – Makati / BGC | With or Without Experience",
            "description": (
                "👮\u200d♂️ HIRING LADY & MALE SECURITY GUARDS 👮\u200d♀️\n📍 Assignment: Mak"
                "ati, BGC, Ortigas (malls, condos, offices)\n💰 ₱610/day + OT, 13th month, SS"
                "S, PhilHealth, Pag-IBIG\n🕖 12 hours duty, day (7AM–7PM) o night (7PM–7AM)\n"
                "✅ Must have valid Security Guard License – kung wala pa, may pre-licensing "
                "training kami, training fee ₱6,500\n📂 REQUIREMENTS: photocopy ng SG license"
                ", NBI clearance, PSA birth certificate, photocopy ng 2 valid IDs, drug test "
                "result. Dalhin ang originals for verification.\n📍 Apply at our office in Ma"
                "kati City, Mon–Sat 8AM–5PM"
            ),
            "concepts": {"security_services"},
            "conditions": {"night_shifts"},
            "abroad": None,
            "documents_kept": False,
            "fee_charged": True,
        },
        {
            "kind": "job",
            "title": "CAREGIVER/DH FOR SINGAPORE 🇸🇬 – Elderly care, stay-in, NO salary deduction!",
            "description": (
                "🇸🇬 Looking for caregiver-DH for elderly couple sa Bukit Timah, Singapore\n👵"
                "👴 Lola (80, naka-wheelchair) at Lolo (84), walang bata\n💰 SGD 700/month, 4"
                " days off a month\n🏠 Stay-in, sariling kwarto\n✅ 28–45 y.o., may experienc"
                "e sa elderly care, marunong magluto\n📕 Kailangan ng valid passport para sa "
                "work permit. Kung expired o malapit nang mag-expire, tutulungan ka naming ma"
                "g-set ng DFA appointment para ma-renew.\n💯 NO SALARY DEDUCTION, no placemen"
                "t fee. Employer pays the agency fees.\nMessage us: PH office sa Pasay City"
            ),
            "concepts": {"cooking", "domestic_care_work", "elder_care"},
            "conditions": {"live_in"},
            "abroad": "SG",
            "documents_kept": False,
            "fee_charged": False,
        },
    ],
    "km": [
        {
            "kind": "job",
            "title": "ជ្រើសរើសកម្មករ ធ្វើការរោងចក្រកែច្នៃគ្រឿងសមុទ្រ នៅប្រទេសថៃ 🇹🇭",
            "description": (
                "📢 ត្រូវការជាបន្ទាន់! កម្មករប្រុស-ស្រី ចំនួន ៨០នាក់ ធ្វើការនៅរោងចក្រកែច្នៃបង្គា និងមឹ"
                "ក ខេត្តសាមុតសាខន ប្រទេសថៃ\n💰 ប្រាក់ឈ្នួល ៣៦៣បាត/ថ្ងៃ + ថែមម៉ោង (ប្រហែល ១២,០០០-១៥,"
                "០០០បាត/ខែ)\n🕐 មានវេនថ្ងៃ ០៨:០០-១៧:០០ និងវេនយប់ ២០:០០-០៥:០០\n🏠 មានកន្លែងស្នាក់"
                "នៅក្នុងរោងចក្រ ឥតគិតថ្លៃ\n✅ អាយុ ១៨-៤០ឆ្នាំ សុខភាពល្អ\n📕 ក្រុមហ៊ុននឹងរក្សាទុកលិខិ"
                "តឆ្លងដែនរបស់កម្មករ រហូតដល់ចប់កិច្ចសន្យា ២ឆ្នាំ\n💸 ថ្លៃសេវាធ្វើឯកសារ ៣០០ដុល្លារ កាត់"
                "ពីប្រាក់ខែរៀងរាល់ខែ\n☎️ ទំនាក់ទំនង៖ ០១២ ៨៨៧ ៤៤៨ / ០៩៧ ៥១០ ២២១ (Telegram)"
            ),
            "concepts": {"food_processing", "packing"},
            "conditions": {"live_in", "night_shifts"},
            "abroad": "TH",
            "documents_kept": True,
            "fee_charged": True,
        },
        {
            "kind": "job",
            "title": "ត្រូវការស្ត្រីធ្វើការងារផ្ទះ នៅម៉ាឡេស៊ី 🇲🇾 ប្រាក់ខែ ១៥០០ រីងហ្គីត",
            "description": (
                "👩 ត្រូវការស្ត្រីធ្វើការងារផ្ទះ ចំនួន ១៥នាក់ ទៅធ្វើការនៅទីក្រុងគូឡាឡាំពួរ ប្រទេសម៉ាឡ"
                "េស៊ី\n🏠 ស្នាក់នៅជាមួយម្ចាស់ផ្ទះ មានបន្ទប់ដាច់ដោយឡែក ហូបចុកឥតគិតថ្លៃ\n🧹 ការងារ៖ "
                "បោសសម្អាតផ្ទះ បោកគក់ អ៊ុតខោអាវ មើលក្មេង\n💰 ប្រាក់ខែ ១,៥០០ រីងហ្គីត (ប្រហែល ៣២០ដុល្"
                "លារ)\n✅ អាយុ ២៣-៤០ឆ្នាំ មានបទពិសោធន៍កាន់តែល្អ\n📕 លិខិតឆ្លងដែននឹងត្រូវបានរក្សាទុ"
                "កជូន ដើម្បីសុវត្ថិភាព ក្នុងអំឡុងពេលកិច្ចសន្យា\n🎁 មិនគិតថ្លៃសេវា ធ្វើឯកសារ និងសំបុត្"
                "រយន្តហោះ ឥតគិតថ្លៃ\n☎️ ០៨៨ ៦០២ ៧១៣"
            ),
            "concepts": {"childcare", "domestic_care_work", "housework"},
            "conditions": {"live_in"},
            "abroad": "MY",
            "documents_kept": True,
            "fee_charged": False,
        },
        {
            "kind": "job",
            "title": "ត្រូវការកម្មករធ្វើឥដ្ឋ ១០គ្រួសារ ខេត្តកណ្តាល ម្ចាស់ឡឲ្យខ្ចីប្រាក់មុន",
            "description": (
                "🧱 រោងឥដ្ឋ នៅស្រុកខ្សាច់កណ្តាល ខេត្តកណ្តាល ត្រូវការកម្មករ ១០គ្រួសារ\n💪 ការងារ៖ រៀបឥដ្"
                "ឋដាក់ឡ លីសែងឥដ្ឋ និងដឹកដីឥដ្ឋ (ការងារធ្ងន់)\n💰 ប្រាក់ឈ្នួលគិតតាមចំនួនឥដ្ឋ (ប្រហែល "
                "២៥០-៣០០ដុល្លារ/ខែ ក្នុងមួយគ្រួសារ)\n🏠 មានខ្ទមស្នាក់នៅក្នុងបរិវេណរោងឥដ្ឋ\n💵 ម្ចាស់ឡ"
                "ឲ្យខ្ចីប្រាក់មុន ១,០០០ ដល់ ២,០០០ដុល្លារ ហើយកាត់សងពីប្រាក់ឈ្នួលរៀងរាល់ខែ\n📌 អត្តសញ្ញ"
                "ាណប័ណ្ណ និងសៀវភៅគ្រួសារ មេការជាអ្នកកាន់ទុក រហូតដល់សងបំណុលរួច\n☎️ ទូរស័ព្ទ ០១៦ ៤៤"
                "២ ៣០៥ (បងសារុំ)"
            ),
            "concepts": {"brick_kilns"},
            "conditions": {"heavy_lifting", "live_in"},
            "abroad": None,
            "documents_kept": True,
            "fee_charged": True,
        },
        {
            "kind": "job",
            "title": "រកកម្មករនេសាទ ធ្វើការលើទូកថៃ ខេត្តរ៉ាយ៉ុង ប្រាក់ខែ ១២០០០បាត",
            "description": (
                "🚢 រកកម្មករប្រុស ១០នាក់ ធ្វើការលើទូកនេសាទ នៅខេត្តរ៉ាយ៉ុង ប្រទេសថៃ\n💰 ១២,០០០-១៤,០"
                "០០បាត/ខែ + លុយចែកត្រី\n🍚 ហូបបាយ និងដេកនៅលើទូក\n⚓ ចេញសមុទ្រម្តង ១៥-២០ថ្ងៃ ទាញអួ"
                "នពេលយប់ពីម៉ោង ១០យប់ ដល់ម៉ោង ៤ភ្លឺ លើកធុងត្រី ត្រូវមានកម្លាំង\n📌 ប៉ា ស្ព័ រ និងសៀ"
                "វភៅនាវិក ថៅកែកាន់ទុក ឈប់ធ្វើការទើបឲ្យវិញ\n💸 ថ្លៃឡាន + ធ្វើឯកសារ ៥,០០០បាត កាត់ពី"
                "ប្រាក់ខែខែទី១ និងខែទី២\n☎️ Telegram/Line: ០៨៧ ៣១៩ ៦៦២"
            ),
            "concepts": {"fishing", "fishing_aquaculture"},
            "conditions": {"heavy_lifting", "live_in", "night_shifts"},
            "abroad": "TH",
            "documents_kept": True,
            "fee_charged": True,
        },
        {
            "kind": "job",
            "title": "🇯🇵 ជ្រើសរើសសិក្ខាកាម ទៅធ្វើការនៅប្រទេសជប៉ុន ផ្នែកសំណង់ – ប្រាក់ខែ ១៨ម៉ឺនយ៉េន",
            "description": (
                "🇯🇵 ក្រុមហ៊ុនជ្រើសរើស និងបញ្ជូនពលករ សូមប្រកាសជ្រើសរើសសិក្ខាកាមបច្ចេកទេស ទៅធ្វើការនៅប្រ"
                "ទេសជប៉ុន\n🏗️ ផ្នែក៖ សំណង់ (ដំឡើងរន្ទា ចាក់បេតុង និងជំនួយការជាង)\n📍 ទីកន្លែង៖ ខ"
                "េត្តឈីបា (ជិតទីក្រុងតូក្យូ)\n👷 ចំនួន៖ ប្រុស ២០នាក់\n✅ លក្ខខណ្ឌ៖\n- អាយុ ១៨-៣២ឆ្នា"
                "ំ\n- កម្ពស់ ១.៦០ម ឡើងទៅ សុខភាពល្អ គ្មានជំងឺរលាកថ្លើម\n- មិនចាំបាច់ចេះភាសាជប៉ុន ("
                "រៀននៅសាលារបស់យើង ៦ខែ)\n💰 ប្រាក់ខែគោល ១៨០,០០០យ៉េន/ខែ + ថែមម៉ោង\n🕗 ម៉ោងធ្វើការ"
                " ០៨:០០-១៧:០០ ឈប់ថ្ងៃអាទិត្យ\n🏠 ស្នាក់នៅអន្តេវាសិកដ្ឋានរបស់ក្រុមហ៊ុនជប៉ុន (កាត់ថ្លៃ"
                "បន្ទប់ ២០,០០០យ៉េន/ខែ)\n💪 ការងារត្រូវលើករបស់ធ្ងន់ និងធ្វើការនៅទីខ្ពស់\n📚 វគ្គបណ្តុ"
                "ះបណ្តាលភាសា និងវប្បធម៌ ៦ខែ នៅភ្នំពេញ (មានកន្លែងស្នាក់នៅ)\n💵 ថ្លៃសេវាសរុប ២,៨០០ដុល្"
                "លារ (បង់ ៣ដំណាក់កាល)\n📝 នីតិវិធី៖ ចុះឈ្មោះ → ពិនិត្យសុខភាព → សម្ភាសន៍ជាមួយក្រុម"
                "ហ៊ុនជប៉ុន → រៀនភាសា → ធ្វើទិដ្ឋាការ → ចេញដំណើរ។ ពេលទៅដល់ជប៉ុន សិក្ខាកាមត្រូវប្រគល"
                "់លិខិតឆ្លងដែនឲ្យសមាគមគ្រប់គ្រង (Kumiai) រក្សាទុក ហើយនឹងប្រគល់ជូនវិញនៅពេលបញ្ចប់កិច្ចស"
                "ន្យា ៣ឆ្នាំ ត្រឡប់មកស្រុកវិញ។ ប្រាក់ខែផ្ទេរចូលគណនីធនាគារជប៉ុនរៀងរាល់ខែ។\n📍 ការិយា"
                "ល័យ៖ ផ្លូវវេងស្រេង ខណ្ឌមានជ័យ ភ្នំពេញ\n☎️ ០១០ ៧៧២ ៨៩០ / ០៧០ ២១៥ ៣៣៤"
            ),
            "concepts": {"construction", "work_at_height"},
            "conditions": {"heavy_lifting", "live_in"},
            "abroad": "JP",
            "documents_kept": True,
            "fee_charged": True,
        },
        {
            "kind": "job",
            "title": "ការងារនៅថៃតាម MOU រោងចក្រគ្រឿងអេឡិចត្រូនិច 🇹🇭 មិនគិតថ្លៃ",
            "description": (
                "🇹🇭 ក្រុមហ៊ុនជ្រើសរើសពលករ ដែលមានអាជ្ញាប័ណ្ណពីក្រសួងការងារ ជ្រើសរើសកម្មករស្រី ៥០នាក់ ធ្"
                "វើការរោងចក្រដំឡើងគ្រឿងអេឡិចត្រូនិច ខេត្តអយុធ្យា ប្រទេសថៃ (តាម MOU)\n💰 ប្រាក់ឈ្នួល ៣"
                "៥៥បាត/ថ្ងៃ + OT\n🕗 ម៉ោង ០៨:០០-១៧:០០ OT ដល់ម៉ោង ២០:០០\n✅ អាយុ ១៨-៣៥ឆ្នាំ ភ្នែក"
                "ល្អ\n🛡️ ក្រុមហ៊ុនមិនរក្សាទុកលិខិតឆ្លងដែន ឬប័ណ្ណការងាររបស់កម្មករទេ។ កម្មករកាន់ឯកសារផ្"
                "ទាល់ខ្លួនដោយខ្លួនឯង។\n💯 មិនគិតថ្លៃសេវា និយោជកចេញថ្លៃទិដ្ឋាការ និងប័ណ្ណការងារ\n☎️ "
                "០២៣ ៩៩៨ ១២០"
            ),
            "concepts": {"assembly", "manufacturing"},
            "conditions": set(),
            "abroad": "TH",
            "documents_kept": False,
            "fee_charged": False,
        },
        {
            "kind": "job",
            "title": "រោងចក្រកាត់ដេរ ត្រូវការកម្មករដេរ និងកម្មករវេចខ្ចប់ ច្រើននាក់",
            "description": (
                "🧵 រោងចក្រកាត់ដេរសម្លៀកបំពាក់ នៅខណ្ឌពោធិ៍សែនជ័យ រាជធានីភ្នំពេញ ត្រូវការ៖\n- កម្មករ"
                "ដេរម៉ាស៊ីន ៥០នាក់ (មានបទពិសោធន៍)\n- កម្មករកាត់អំបោះ និងវេចខ្ចប់ ៣០នាក់ (មិនចាំ"
                "បាច់មានបទពិសោធន៍)\n💰 ប្រាក់ខែគោល ២០៨ដុល្លារ + ប្រាក់ឧបត្ថម្ភ + OT\n🕗 ម៉ោង ០៧:០០"
                "-១៦:០០\n📄 សូមយកអត្តសញ្ញាណប័ណ្ណច្បាប់ដើម និងរូបថត ៤x៦ ចំនួន ២សន្លឹក មកជាមួយនៅថ្ងៃស"
                "ម្ភាសន៍\n📅 សម្ភាសន៍រៀងរាល់ព្រឹកថ្ងៃច័ន្ទ-សៅរ៍ ម៉ោង ៧:០០ នៅមុខរោងចក្រ\nមិនគិតថ្លៃ"
            ),
            "concepts": {"garment_manufacturing", "packing", "sewing_machine_operation"},
            "conditions": set(),
            "abroad": None,
            "documents_kept": False,
            "fee_charged": False,
        },
        {
            "kind": "job",
            "title": "កម្មវិធីពលករតាមរដូវកាល ទៅធ្វើកសិកម្មនៅកូរ៉េ 🇰🇷 (ទិដ្ឋាការ E-8)",
            "description": (
                "🇰🇷 ជ្រើសរើសពលករតាមរដូវកាល (ទិដ្ឋាការ E-8) ទៅធ្វើការងារកសិកម្មនៅប្រទេសកូរ៉េខាងត្បូង"
                " រយៈពេល ៥ខែ\n🌱 ការងារ៖ ដាំ និងប្រមូលផលបន្លែ ម្ទេស ដំឡូងជ្វា\n💰 ប្រាក់ខែតាមប្រាក់"
                "ឈ្នួលអប្បបរមាកូរ៉េ (ប្រហែល ២លានវ៉ុន/ខែ)\n✅ លក្ខខណ្ឌ៖ អាយុ ២៥-៥០ឆ្នាំ ធ្លាប់ធ្វើស្រែច"
                "ម្ការ សុខភាពល្អ\n📕 លិខិតឆ្លងដែនត្រូវមានសុពលភាពនៅសល់យ៉ាងតិច ៦ខែ ហើយត្រូវរក្សាឲ្យនៅម"
                "ានសុពលភាពរហូតដល់ពេលត្រឡប់មកវិញ\n📝 ចុះឈ្មោះនៅមន្ទីរការងារ និងបណ្តុះបណ្តាលវិជ្ជាជីវ"
                "ៈខេត្ត មុនថ្ងៃទី៣០"
            ),
            "concepts": {"agriculture", "vegetable_growing"},
            "conditions": set(),
            "abroad": "KR",
            "documents_kept": False,
            "fee_charged": False,
        },
        {
            "kind": "job",
            "title": "ក្រុមហ៊ុនសន្តិសុខ ជ្រើសរើសភ្នាក់ងារសន្តិសុខ ៣០នាក់ ភ្នំពេញ",
            "description": (
                "👮 ក្រុមហ៊ុនសន្តិសុខ ត្រូវការភ្នាក់ងារសន្តិសុខ ៣០នាក់ យាមនៅខុនដូ ធនាគារ និងផ្សារទំ"
                "នើប ក្នុងរាជធានីភ្នំពេញ\n💰 ប្រាក់ខែ ២៣០-២៨០ដុល្លារ\n🕖 វេន ១២ម៉ោង ប្តូរវេនថ្ងៃ (០"
                "៧:០០-១៩:០០) និងវេនយប់ (១៩:០០-០៧:០០)\n✅ ប្រុស អាយុ ២០-៤៥ឆ្នាំ កម្ពស់ ១.៦៥ម ឡើង"
                "\n📂 ឯកសារ៖ ពាក្យសុំការងារ ប្រវត្តិរូប ច្បាប់ថតចម្លងអត្តសញ្ញាណប័ណ្ណ ២សន្លឹក ច្បាប់ថតចម្"
                "លងសៀវភៅគ្រួសារ រូបថត ៤x៦។ ថ្ងៃសម្ភាសន៍ សូមយកអត្តសញ្ញាណប័ណ្ណច្បាប់ដើមមកបង្ហាញ\n👕 ប្រា"
                "ក់កក់ឯកសណ្ឋាន ២០ដុល្លារ (ប្រគល់ជូនវិញពេលឈប់ធ្វើការ)\n☎️ ០១២ ៣៣៤ ៥៥៦"
            ),
            "concepts": {"security_services"},
            "conditions": {"night_shifts"},
            "abroad": None,
            "documents_kept": False,
            "fee_charged": True,
        },
        {
            "kind": "job",
            "title": "ការងារនៅថៃ៖ បុគ្គលិកសម្អាតសណ្ឋាគារ ភូកេត 🇹🇭",
            "description": (
                "🏨 សណ្ឋាគារនៅភូកេត ប្រទេសថៃ ត្រូវការបុគ្គលិកសម្អាតបន្ទប់ និងសម្អាតទីធ្លា ប្រុស-ស្រី ២០"
                "នាក់\n💰 ប្រាក់ខែ ១១,០០០-១៣,០០០បាត + service charge\n🕗 ម៉ោង ០៨:០០-១៧:០០ ឈប់ "
                "៦ថ្ងៃ/ខែ\n📕 ត្រូវការលិខិតឆ្លងដែន ដើម្បីធ្វើទិដ្ឋាការ និងប័ណ្ណការងារ។ អ្នកដែលមិនទាន់"
                "មានលិខិតឆ្លងដែន ឬហួសសុពលភាព យើងនឹងជួយណែនាំពីរបៀបស្នើសុំ និងបន្តសុពលភាព។\n💯 ធ្វើ"
                "តាម MOU ត្រឹមត្រូវ មិនគិតថ្លៃ\n☎️ Telegram ០៩៦ ៤១០ ១៨៧"
            ),
            "concepts": {"cleaning_services", "hospitality", "housekeeping"},
            "conditions": set(),
            "abroad": "TH",
            "documents_kept": False,
            "fee_charged": False,
        },
    ],
    "my": [
        {
            "kind": "job",
            "title": "ထိုင်းနိုင်ငံ MOU ဖြင့် စက်ရုံအလုပ်သမား ကျား/မ ၁၀၀ ဦး ခေါ်ယူမည်",
            "description": (
                "📢 ထိုင်းနိုင်ငံ၊ ရာယောင်း (Rayong) ရှိ ပလတ်စတစ်ပစ္စည်းထုတ်လုပ်သည့် စက်ရုံအတွက် MOU ဖြင့် အ"
                "လုပ်သမား ကျား ၅၀၊ မ ၅၀ ခေါ်ယူပါမည်။\n💰 တစ်ရက်လုပ်ခ ၃၆၁ ဘတ် + အချိန်ပို (တစ်လ ၁၂,၀၀၀ "
                "- ၁၆,၀၀၀ ဘတ်ခန့်)\n🕗 နေ့ဆိုင်း/ညဆိုင်း အလှည့်ကျ (ညဆိုင်း ည ၈ နာရီ - မနက် ၈ နာရီ)\n🏠 "
                "စက်ရုံဝင်းအတွင်း အဆောင် အခမဲ့\n✅ အသက် ၁၈ - ၃၅ နှစ်၊ ကျန်းမာရေးကောင်းသူ\n📕 ကုမ္ပဏီမှ "
                "အလုပ်သမားများ၏ ပတ်စ်ပို့ကို စာချုပ် ၂ နှစ်ပြည့်သည်အထိ သိမ်းထားပါမည်။\n💸 ဝန်ဆောင်ခ ၈ သိန်း"
                "ကျပ် (ငွေသားပေးနိုင်သည်၊ သို့မဟုတ် ထိုင်းရောက်မှ လစာထဲမှ လစဉ်ဖြတ်ပါမည်)\n☎️ ဆက်သွယ်ရန် - "
                "၀၉ ၇၆၅ ၄၃၂ ၂၁၈ (Viber)၊ ရုံးခန်း - သာကေတမြို့နယ်၊ ရန်ကုန်"
            ),
            "concepts": {"machine_operation", "manufacturing"},
            "conditions": {"live_in", "night_shifts"},
            "abroad": "TH",
            "documents_kept": True,
            "fee_charged": True,
        },
        {
            "kind": "job",
            "title": "စင်ကာပူ အိမ်အကူ အမျိုးသမီး ၁၅ ဦး အမြန်လိုအပ်",
            "description": (
                "🇸🇬 စင်ကာပူနိုင်ငံတွင် အိမ်အကူ (Domestic Helper) အမျိုးသမီး ၁၅ ဦး အမြန်လိုအပ်ပါသည်။"
                "\n👵 သက်ကြီးရွယ်အို စောင့်ရှောက်ခြင်း၊ ကလေးထိန်းခြင်း၊ အိမ်သန့်ရှင်းရေး၊ ချက်ပြုတ်ခြင်း\n💰"
                " လစာ စင်ကာပူဒေါ်လာ ၅၈၀ - ၆၅၀\n🏠 အလုပ်ရှင်အိမ်တွင် နေထိုင်ရမည်၊ အစားအသောက် အခမဲ့\n✅ အ"
                "သက် ၂၃ - ၃၈ နှစ်၊ အင်္ဂလိပ်စကား အနည်းငယ် ပြောနိုင်သူ\n📕 ပတ်စ်ပို့ကို လုံခြုံရေးအတွက် စာ"
                "ချုပ်ကာလအတွင်း ထိန်းသိမ်းထားပေးပါမည်။\n💸 ပထမ ၆ လ လစာမှ တစ်လ ၅၀၀ ဒေါ်လာ ဖြတ်ပါမည် (အေ"
                "ဂျင်စီ ချေးငွေ)\n☎️ ၀၉ ၄၅၁ ၂၂၈ ၆၇၇"
            ),
            "concepts": {"childcare", "domestic_care_work", "elder_care"},
            "conditions": {"live_in"},
            "abroad": "SG",
            "documents_kept": True,
            "fee_charged": True,
        },
        {
            "kind": "job",
            "title": "ဘန်ကောက် ဆောက်လုပ်ရေးလုပ်ငန်းခွင် အလုပ်သမား ကျား/မ ၃၀ ဦး ခေါ်မည်",
            "description": (
                "🏗️ ထိုင်းနိုင်ငံ ဘန်ကောက်၊ ဘန်နာ (Bang Na) ရှိ ကွန်ဒိုဆောက်လုပ်ရေး လုပ်ငန်းခွင်အတွက် အလု"
                "ပ်သမား ကျား/မ ၃၀ ဦး မြန်မာပြည်မှ ခေါ်ယူပါမည်။\n🔨 ပန်းရန်ဆရာ၊ သံဆရာ၊ အကူ\n💰 တစ်ရက် ၄"
                "၀၀ - ၅၅၀ ဘတ်၊ ၁၅ ရက်တစ်ခါ လစာထုတ်\n💪 ဘိလပ်မြေအိတ်၊ သံချောင်းများ ထမ်း/သယ်ရသည့် အလုပ်ကြမ်"
                "းဖြစ်ပါသည်\n🏠 ဆိုက်ထဲရှိ အလုပ်သမားတန်းလျား (ကမ့်) တွင် နေရမည်၊ ရေ/မီး အခမဲ့\n📌 ထိုင်း"
                "ရောက်လျှင် ဝေါ့ပါမစ်ကတ် (အလုပ်လုပ်ခွင့်ကတ်) ကို ပွဲစားက ကိုင်ထားပါမည်။ လိုအပ်ပါက ပွဲစားထံ"
                " ခဏ ပြန်တောင်းရပါမည်။\n❌ ပွဲခ မယူပါ\n☎️ ကိုအောင် ၀၉ ၂၅၀ ၃၃၁ ၅၁၂ (Viber)၊ မြဝတီ"
            ),
            "concepts": {"bricklaying", "construction"},
            "conditions": {"heavy_lifting", "live_in"},
            "abroad": "TH",
            "documents_kept": True,
            "fee_charged": False,
        },
        {
            "kind": "job",
            "title": "ငါးဖမ်းလှေ အလုပ်သမား ၁၀ ယောက် လိုတယ် – ထိုင်း၊ ဆွန်ခလာ",
            "description": (
                "🚢 ထိုင်းနိုင်ငံ ဆွန်ခလာ (Songkhla) ငါးဖမ်းလှေပေါ်မှာ လုပ်ဖို့ ယောက်ျားလေး ၁၀ ယောက် လ"
                "ိုတယ်\n💰 လစာ ၁၂,၀၀၀ - ၁၅,၀၀၀ ဘတ် + ငါးခွဲဝေ\n🍚 လှေပေါ်မှာပဲ စား၊ အိပ်\n⚓ ပင်လယ်"
                "ထွက်ရင် ၁၅ - ၂၀ ရက်၊ ည ၁၀ နာရီကနေ မနက် ၄ နာရီထိ ပိုက်ဆွဲရမယ်၊ ငါးပုံးတွေ မ/သယ်ရမယ်၊ "
                "သန်မာရမယ်\n💵 ကြိုတင်ငွေ ၅,၀၀၀ ဘတ် ထုတ်ပေးမယ်၊ လစာထဲက ပြန်ဖြတ်မယ်\n📌 ပ တ် စ ပို့ နဲ့ ဆီ"
                "းဘွတ် (Seabook) ကို သူဌေးဆီ အပ်ထားရမယ်၊ အလုပ်ထွက်မှ ပြန်ပေးမယ်\n☎️ Viber ၀၉ ၂၆၁ ၄၇၀"
                " ၉၀၁"
            ),
            "concepts": {"fishing", "fishing_aquaculture"},
            "conditions": {"heavy_lifting", "live_in", "night_shifts"},
            "abroad": "TH",
            "documents_kept": True,
            "fee_charged": True,
        },
        {
            "kind": "job",
            "title": "မလေးရှား ကွာလာလမ်ပူ စားသောက်ဆိုင် ဝန်ထမ်း ကျား/မ ၂၀ ဦး – လေယာဉ်လက်မှတ် အခမဲ့",
            "description": (
                "🇲🇾 မလေးရှားနိုင်ငံ၊ ကွာလာလမ်ပူ (ဘူကစ်ဘင်တန်း) ရှိ ၂၄ နာရီဖွင့် မာမက်စားသောက်ဆိုင်ကြီး "
                "(ဆိုင်ခွဲ ၆ ဆိုင်) အတွက် ဝန်ထမ်းများ ခေါ်ယူပါမည်။\n👨\u200d🍳 စားဖိုမှူးလက်ထောက် (ကျာ"
                "း) ၅ ဦး - လစာ ၁,၉၀၀ ရင်းဂစ်\n🍽️ စားပွဲထိုး (ကျား/မ) ၁၀ ဦး - လစာ ၁,၇၀၀ ရင်းဂစ် + "
                "tips\n🧽 ပန်းကန်ဆေး (ကျား/မ) ၅ ဦး - လစာ ၁,၇၀၀ ရင်းဂစ်\n🕐 အလုပ်ချိန် - တစ်ရက် ၁၂ နာရ"
                "ီ၊ အလှည့်ကျ (ည ၂ နာရီအထိ ဆိုင်းရှိသည်)၊ တစ်လ ၄ ရက် နားရက်\n🏠 ဆိုင်အပေါ်ထပ်တွင် အခမဲ့ နေ"
                "ရပါမည်၊ ထမင်း ၃ နပ် ကျွေးမည်\n✈️ လေယာဉ်လက်မှတ်၊ ဗီဇာ၊ လီဗီ (levy) အားလုံး အလုပ်ရှင်မှ"
                " ကျခံမည်\n✅ အရည်အချင်း -\n• အသက် ၂၀ - ၄၀ နှစ်\n• မလေး (သို့) အင်္ဂလိပ်စကား အနည်းငယ်ပြေ"
                "ာနိုင်လျှင် ပိုကောင်း\n• ဆေးစစ်ချက် အောင်မြင်ရမည်\n• ပတ်စ်ပို့ သက်တမ်း ၁၈ လအထက် ရှိရမည်\n📋"
                " လုပ်ငန်းစဉ် - လျှောက်လွှာတင်ခြင်း → အင်တာဗျူး (ရန်ကုန်ရုံး) → ဆေးစစ် → ဗီဇာ → ထွက်ခွာ။"
                " မလေးရှား ရောက်ရောက်ချင်း ပတ်စ်ပို့ကို ဆိုင်မန်နေဂျာထံ အပ်ရပါမည်။ စာချုပ်သက်တမ်း ၂ နှစ်ပြည့်"
                "၍ မြန်မာပြည်ပြန်ချိန်တွင် ပြန်ထုတ်ပေးပါမည်။ လစာကို လစဉ် ၇ ရက်နေ့တိုင်း ဘဏ်မှ ပေးပါမည်။\n📍"
                " ရုံး - လှိုင်မြို့နယ်၊ ရန်ကုန်\n☎️ ၀၉ ၇၈၈ ၁၀၂ ၃၄၅၊ ၀၉ ၂၅၄ ၆၆၀ ၁၁၉"
            ),
            "concepts": {"cooking", "food_service", "table_service"},
            "conditions": {"live_in", "night_shifts"},
            "abroad": "MY",
            "documents_kept": True,
            "fee_charged": False,
        },
        {
            "kind": "job",
            "title": "ဂျပန် SSW (Kaigo) သက်ကြီးစောင့်ရှောက်ရေး ဝန်ထမ်း ခေါ်ယူမည် 🇯🇵",
            "description": (
                "🇯🇵 ဂျပန်နိုင်ငံ၊ အိုဆာကာရှိ သက်ကြီးစောင့်ရှောက်ရေးဂေဟာများအတွက် Specified Skilled W"
                "orker (Kaigo) ဝန်ထမ်းများ ခေါ်ယူပါမည်။\n💴 လစာ ယန်း ၁၉၀,၀၀၀ - ၂၁၀,၀၀၀ + ညဂျူတီစရိ"
                "တ်\n👵 လုပ်ငန်း - သက်ကြီးများကို အစာကျွေးခြင်း၊ ရေချိုးပေးခြင်း၊ လမ်းလျှောက်ကူညီခြင်း"
                "\n🌙 တစ်လ ညဂျူတီ ၄ - ၅ ကြိမ် (ညနေ ၅ နာရီ - နောက်နေ့ မနက် ၉ နာရီ)\n✅ JLPT N4 နှင့် "
                "Kaigo စာမေးပွဲ အောင်ထားသူ၊ အသက် ၂၀ - ၃၅\n📕 ပတ်စ်ပို့ကို အလုပ်သမား ကိုယ်တိုင်သာ ကိုင်"
                "ထားရမည်။ ကုမ္ပဏီနှင့် အေဂျင်စီက မည်သည့်အခါမျှ မသိမ်းပါ (ဂျပန်ဥပဒေအရ တားမြစ်ထားသည်)။\n💸 "
                "ဝန်ဆောင်ခ ၁၅ သိန်းကျပ် (ဆေးစစ်ခ မပါ)\n☎️ ၀၉ ၉၇၀ ၅၅၁ ၄၀၂ – ရန်ကုန်၊ ကမာရွတ်"
            ),
            "concepts": {"elder_care", "health_care_support"},
            "conditions": {"night_shifts"},
            "abroad": "JP",
            "documents_kept": False,
            "fee_charged": True,
        },
        {
            "kind": "job",
            "title": "လှိုင်သာယာ အထည်ချုပ်စက်ရုံ အလုပ်သမား ကျား/မ ၁၀၀ ခေါ်မည်",
            "description": (
                "🧵 လှိုင်သာယာစက်မှုဇုန်ရှိ အထည်ချုပ်စက်ရုံ (CMP) တွင် -\n• စက်ချုပ် (အတွေ့အကြုံရှိ) ၆၀"
                " ဦး\n• ချည်ဖြတ်/ထုပ်ပိုး ၄၀ ဦး (အတွေ့အကြုံ မလိုပါ)\n💰 လစာ ကျပ် ၃ သိန်း ၅ သောင်း - "
                "၅ သိန်း + လာရောက်မှုဆု + OT\n🕗 မနက် ၇:၃၀ - ညနေ ၄:၃၀၊ OT ည ၈ နာရီအထိ\n🚌 ဖယ်ရီ ရ"
                "ှိသည်\n📄 အင်တာဗျူးလာလျှင် မှတ်ပုံတင်မူရင်း၊ အိမ်ထောင်စုစာရင်းမိတ္တူ၊ ဓာတ်ပုံ ၂ ပုံ၊ ရပ်"
                "ကွက်ထောက်ခံစာ ယူလာပါ\n📅 တနင်္လာ - စနေ မနက် ၈ နာရီ စက်ရုံရှေ့တွင် အင်တာဗျူးမည်\n☎️ HR "
                "၀၉ ၄၂၀ ၁၁၅ ၈၈၀"
            ),
            "concepts": {"garment_manufacturing", "packing", "sewing_machine_operation"},
            "conditions": set(),
            "abroad": None,
            "documents_kept": False,
            "fee_charged": False,
        },
        {
            "kind": "job",
            "title": "ထိုင်း ဖူးခက် ဟိုတယ် အခန်းသန့်ရှင်းရေးဝန်ထမ်း ကျား/မ ၂၀ ဦး (MOU)",
            "description": (
                "🏨 ထိုင်းနိုင်ငံ ဖူးခက်ကျွန်းရှိ ဟိုတယ်တစ်ခုအတွက် Housekeeping (အခန်းသန့်ရှင်းရေး) ဝန်ထမ်"
                "း ကျား/မ ၂၀ ဦး MOU ဖြင့် ခေါ်ယူပါမည်။\n💰 လစာ ၁၂,၀၀၀ ဘတ် + service charge\n🕗 မနက်"
                " ၈ နာရီ - ညနေ ၅ နာရီ၊ တစ်လ ၆ ရက်နား\n✅ အသက် ၁၈ - ၄၀\n📕 ပတ်စ်ပို့ သက်တမ်း အနည်းဆုံး "
                "၆ လ ကျန်ရှိရမည်။ ထိုင်းရောက်ပြီးနောက်လည်း ပတ်စ်ပို့ သက်တမ်းမကုန်အောင် ကိုယ်တိုင် ဂရုစိုက်ပါ။"
                "\n💯 ဝန်ဆောင်ခ မယူပါ\n☎️ ၀၉ ၂၅၃ ၈၁၄ ၆၅၀"
            ),
            "concepts": {"cleaning_services", "hospitality", "housekeeping"},
            "conditions": set(),
            "abroad": "TH",
            "documents_kept": False,
            "fee_charged": False,
        },
        {
            "kind": "job",
            "title": "လုံခြုံရေးဝန်ထမ်း (Security) ၂၀ ဦး – ရန်ကုန်",
            "description": (
                "👮 ရန်ကုန်မြို့ရှိ ရုံးများ၊ ကွန်ဒိုများ၊ ဘဏ်ခွဲများအတွက် လုံခြုံရေးဝန်ထမ်း (ကျား) ၂"
                "၀ ဦး ခေါ်ယူပါမည်။\n💰 လစာ ကျပ် ၄ သိန်း - ၅ သိန်းခွဲ\n🕖 ၁၂ နာရီဂျူတီ၊ နေ့/ည အလှည့်ကျ"
                " (ညဂျူတီ ည ၇ နာရီ - မနက် ၇ နာရီ)\n✅ အသက် ၂၀ - ၄၅၊ အရပ် ၅ ပေ ၅ လက်မ အထက်\n📄 လိုအ"
                "ပ်သော စာရွက်စာတမ်း - မှတ်ပုံတင်မိတ္တူ ၂ စောင်၊ အိမ်ထောင်စုစာရင်းမိတ္တူ၊ ရဲဆေး၊ ဓာတ်ပုံ ၂"
                " ပုံ။ အင်တာဗျူးနေ့တွင် မှတ်ပုံတင်မူရင်း ပြသရပါမည်။\n👕 ယူနီဖောင်းစရံငွေ ကျပ် ၃၀,၀၀၀ ("
                "အလုပ်ထွက်လျှင် ပြန်အမ်းမည်)\n☎️ ၀၉ ၅၀၁ ၃၃၂ ၁၂၃"
            ),
            "concepts": {"security_services"},
            "conditions": {"night_shifts"},
            "abroad": None,
            "documents_kept": False,
            "fee_charged": True,
        },
        {
            "kind": "job",
            "title": "မလေးရှား ရော်ဘာလက်အိတ်စက်ရုံ အလုပ်သမား ကျား/မ – ကုန်ကျစရိတ် ZERO COST",
            "description": (
                "🇲🇾 မလေးရှား၊ ကလန် (Klang) ရှိ ရော်ဘာလက်အိတ်စက်ရုံအတွက် အလုပ်သမား ကျား ၃၀၊ မ ၃၀ ခေါ်ယ"
                "ူပါမည်။\n💰 အခြေခံလစာ ၁,၇၀၀ ရင်းဂစ် + OT (၂,၂၀၀ - ၂,၈၀၀ ရင်းဂစ်ခန့်)\n🧤 လက်အိတ် စစ်ဆေ"
                "းခြင်း၊ ထုပ်ပိုးခြင်း၊ စက်ထိန်းခြင်း\n🕗 မနက် ၈ နာရီ - ည ၈ နာရီ\n✅ အသက် ၁၈ - ၃၈\n📕"
                " ဗီဇာနှင့် ဝေါ့ပါမစ် လျှောက်ရန် ပတ်စ်ပို့ လိုအပ်ပါသည်။ ပတ်စ်ပို့ မရှိသေးသူ၊ သက်တမ်းကုန်သူများ"
                "ကို ပတ်စ်ပို့ ထုတ်/သက်တမ်းတိုး လုပ်ရာတွင် ရုံးမှ လမ်းညွှန်ကူညီပေးပါမည်။\n💯 ZERO COST –"
                " ဗီဇာ၊ လေယာဉ်လက်မှတ်၊ ဆေးစစ်ခ အားလုံး အလုပ်ရှင်က ကျခံသည်\n☎️ ၀၉ ၇၉၁ ၂၀၀ ၀၀၅ – မန္တလေ"
                "းရုံး"
            ),
            "concepts": {"manufacturing", "packing", "quality_control"},
            "conditions": set(),
            "abroad": "MY",
            "documents_kept": False,
            "fee_charged": False,
        },
    ],
    "zh": [
        {
            "kind": "job",
            "title": "【高薪急招】缅甸妙瓦底 客服/打字员 底薪1.2万起 包吃住",
            "description": (
                "🔥高薪急招🔥 缅甸妙瓦底园区 正规公司\n岗位：客服、打字员、推广专员 各20名\n"
                "💰底薪12000-15000元/月 + 提成，月入3万不是梦\n🕘上班时间：晚上9点至早上9点（"
                "12小时），月休2天\n🏠园区内包吃包住，四人间，空调热水\n✈️报销机票，泰国湄索"
                "接机\n✅要求：18-35岁，会打字，会用电脑手机，无需经验\n📌公司统一保管护照，"
                "合同期满后归还\n有意者加微信/飞机：mwd_hr888（备注：应聘）"
            ),
            "concepts": {"call_centre", "data_entry"},
            "conditions": {"live_in", "night_shifts"},
            "abroad": "MM",
            "documents_kept": True,
            "fee_charged": False,
        },
        {
            "kind": "job",
            "title": "新加坡劳务｜建筑工 钢筋工 木工 泥水工 月薪1.2-1.8万",
            "description": (
                "🇸🇬新加坡正规劳务 招建筑工人🇸🇬\n工种：钢筋工、木工（模板）、泥水工、普工\n💰"
                "日薪60-90新币，加班另算，月收入折合人民币1.2-1.8万\n⏰每天8小时，周日加班自"
                "愿\n💪需能搬运钢筋、模板等重物，能高空作业\n🏠住工地宿舍，住宿免费\n✅男，22"
                "-48岁，身体健康，无犯罪记录，有技术证书优先\n📕到岗后护照统一代为保管，合同"
                "期满（2年）归还\n💸中介服务费3.8万，可先交一半，剩余从工资扣\n☎️联系电话：13"
                "8 2716 4490 张经理（可视频面试）"
            ),
            "concepts": {"bricklaying", "carpentry", "construction"},
            "conditions": {"heavy_lifting", "live_in"},
            "abroad": "SG",
            "documents_kept": True,
            "fee_charged": True,
        },
        {
            "kind": "job",
            "title": "东莞长安电子厂直招普工300名 包吃住 综合月薪6000-7500",
            "description": (
                "📣东莞长安镇大型电子厂直招普工300名（非中介）\n👫男女不限，18-45岁，初中文化"
                "，会简单写字\n💰底薪2300+加班，综合月薪6000-7500\n⏰两班倒，白班8:00-20:00，"
                "夜班20:00-次日8:00，一个月倒一次\n🏠厂内宿舍8人间，水电全免，饭堂包两餐\n📄"
                "入职需带身份证原件\n📌入住宿舍时身份证原件交由宿舍管理员保管，离职时领回\n💸"
                "入职交押金200元，干满三个月退还\n☎️面试地址：长安镇乌沙路厂门口，每天早上8点"
                "，电话/微信 139 2241 0587 李主管"
            ),
            "concepts": {"assembly", "manufacturing"},
            "conditions": {"live_in", "night_shifts"},
            "abroad": None,
            "documents_kept": True,
            "fee_charged": True,
        },
        {
            "kind": "job",
            "title": "迪拜中餐厅招厨师 帮厨 服务员 包吃住 月薪8千-1.5万",
            "description": (
                "🇦🇪迪拜中餐馆（龙城附近）招人啦\n👨\u200d🍳厨师2名（川湘菜）月薪1.5万\n🥢帮厨"
                "1名 月薪9000\n🍽️服务员（男女不限）3名 月薪8000+小费\n⏰上午11点到凌晨2点，中"
                "间休息2小时，月休4天\n🏠吃住在店里楼上，不收钱\n✈️机票签证老板出\n📌到了以后"
                " 户 照 老板统一收着，合同到期走的时候给你，介意勿扰\n微信：dubai_canting"
            ),
            "concepts": {"cooking", "food_service", "table_service"},
            "conditions": {"live_in", "night_shifts"},
            "abroad": "AE",
            "documents_kept": True,
            "fee_charged": False,
        },
        {
            "kind": "job",
            "title": "【海外高薪】柬埔寨金邊 博弈公司 客服專員／行政 月薪4萬起 機票住宿全包",
            "description": (
                "🌏 海外工作機會｜柬埔寨金邊 🇰🇭\n本公司為大型線上娛樂集團，因業務擴展，誠徵台"
                "灣籍夥伴加入，無經驗可，公司提供完整教育訓練！\n\n📌 職缺：\n1. 客服專員（中"
                "文線上客服，回覆會員訊息）— 10名\n2. 行政助理（文書處理、報表整理）— 3名\n3."
                " 網路行銷（社群經營、廣告投放）— 5名\n\n💰 薪資待遇：\n・月薪新台幣40,000起"
                "，試用期一個月後調薪\n・業績獎金另計，表現優異者月入8~10萬\n・年終獎金、三節"
                "禮金\n\n⏰ 工作時間：每日12小時，早晚班輪替（晚班 21:00～09:00），月休4天\n"
                "\n🏠 福利：\n・公司宿舍（園區內，兩人一間，冷氣、網路）\n・三餐供應，台灣廚"
                "師\n・來回機票公司負擔，落地專人接機\n・入境簽證、工作證公司代辦\n\n✅ 應徵"
                "條件：\n・18~40歲，會中文打字（每分鐘30字以上）\n・身體健康，能適應海外生活"
                "\n・護照效期6個月以上\n\n📝 注意事項：\n・面試方式：LINE視訊面試，錄取後一週"
                "內出發\n・抵達後護照須交由公司行政部統一保管，合約期滿（一年）後歸還\n・薪資"
                "每月10日發放，可匯回台灣\n・工作期間請遵守公司規定，不得擅自外出園區\n\n有興"
                "趣請加LINE ID：kh_job2024 並附上自我介紹"
            ),
            "concepts": {"call_centre", "customer_service", "gambling"},
            "conditions": {"live_in", "night_shifts"},
            "abroad": "KH",
            "documents_kept": True,
            "fee_charged": False,
        },
        {
            "kind": "job",
            "title": "【請人】清潔工 通宵更 觀塘商廈 月薪$14,500",
            "description": (
                "🧹 清潔公司請人 🧹\n📍 地點：觀塘商業大廈\n🕚 通宵更 11pm - 7am，做六休一\n"
                "💰 月薪 $14,500 + 勤工獎 $500\n👍 男女不拘，年齡不限，識少少廣東話就得\n✅ "
                "入職要出示香港身份證登記，本公司絕對唔會扣起員工身份證或者任何證件，證件一律"
                "由員工自己保管\n❌ 唔使俾任何介紹費\n📞 有意請WhatsApp 6123 8876 陳姑娘"
            ),
            "concepts": {"cleaning_services"},
            "conditions": {"night_shifts"},
            "abroad": None,
            "documents_kept": False,
            "fee_charged": False,
        },
        {
            "kind": "job",
            "title": "旺角茶餐廳 請 樓面 / 水吧 / 洗碗 即時上班",
            "description": (
                "🍳 旺角茶餐廳 誠請\n・樓面（全職／兼職）\n・水吧（識沖港式奶茶優先）\n・洗碗"
                "（兼職都得）\n💰 全職月薪 $17,000-$19,000，兼職時薪 $70-$75\n🕖 早更 7am-4pm"
                "／晚更 3pm-11pm，每月 4 天假\n🍚 包膳\n📍 有意者請帶香港身份證，親臨旺角通菜"
                "街地舖，搵何經理面試（下晝 3 點至 5 點）\n☎️ 或致電 2391 xxxx"
            ),
            "concepts": {"barista", "food_service", "table_service"},
            "conditions": set(),
            "abroad": None,
            "documents_kept": False,
            "fee_charged": False,
        },
        {
            "kind": "job",
            "title": "赴日技能实习生｜食品加工 女工15名 月收入约1.1万",
            "description": (
                "🇯🇵日本正规技能实习（技能実習）项目\n🍱岗位：食品加工（便当、饭团制作）女15名"
                "\n📍地点：日本埼玉县\n💴月薪17.5万日元起（约人民币8500），加班另计，月收入约"
                "1.1万\n⏰每天8小时，周休二日\n✅要求：女，20-35岁，初中以上学历，身体健康，"
                "无纹身\n📕护照有效期需在6个月以上，没有护照的请先到当地出入境办理\n💸服务费3"
                "万元（含培训、签证、体检），出境前交清\n☎️报名电话：158 6392 1107 王老师（山"
                "东青岛）"
            ),
            "concepts": {"food_hygiene", "food_processing"},
            "conditions": set(),
            "abroad": "JP",
            "documents_kept": False,
            "fee_charged": True,
        },
        {
            "kind": "job",
            "title": "【誠徵】機構照顧服務員 台中 月薪3.3萬起 大夜另計",
            "description": (
                "📢 台中市長照機構誠徵照顧服務員數名\n🏥 工作內容：協助長輩日常生活照顧（進食"
                "、沐浴、翻身、如廁）、陪同就醫\n💰 薪資：月薪新台幣33,000起，大夜班另加夜班"
                "津貼\n⏰ 班別：白班 08:00-16:00／小夜 16:00-24:00／大夜 00:00-08:00，排班制"
                "\n✅ 資格：具照顧服務員結業證書或單一級證照，無經驗可培訓\n📎 應徵請備：履歷"
                "表、身分證正反面影本、照服員證書影本，面試時請攜帶身分證正本核對\n🈚 不收任"
                "何費用\n☎️ 04-2358-xxxx 林小姐"
            ),
            "concepts": {"elder_care", "health_care_support"},
            "conditions": {"night_shifts"},
            "abroad": None,
            "documents_kept": False,
            "fee_charged": False,
        },
        {
            "kind": "job",
            "title": "马来西亚中资物流公司 招叉车司机/仓库理货员 包住 月薪8千-1万",
            "description": (
                "🇲🇾马来西亚巴生港 中资物流公司招聘\n🚜叉车司机 5名（需持叉车证）月薪折合人民"
                "币9000-10000\n📦仓库理货员 10名 月薪折合人民币8000左右\n💪理货员需能搬运25公"
                "斤以内货物\n⏰早8点至晚6点，月休4天\n🏠公司宿舍（在仓库园区内）免费住\n📕办"
                "工作准证需要用护照，护照有效期不足1年的，公司可协助你先在国内换发新护照\n💯"
                "正规工作签证，不收中介费\n☎️微信/电话：137 0298 6615 刘经理"
            ),
            "concepts": {"forklift_operation", "logistics_warehouse"},
            "conditions": {"heavy_lifting", "live_in"},
            "abroad": "MY",
            "documents_kept": False,
            "fee_charged": False,
        },
    ],
}


#: The eighth set (session 37), written blind like the others: recruitment posts as they
#: appear in chat groups and on social media (Facebook groups, LINE, Telegram, Zalo, Viber,
#: WeChat, WhatsApp), with emoji, abbreviations, hashtags, prices and masked phone numbers,
#: mixed scripts and loanwords. Eight a language: a café with no night shift, a factory with
#: night shifts and a dormitory, heavy loads, work abroad in a named country with a fee, a
#: "free visa and ticket" typing job abroad without a country (labelled ``XX``), an ordinary
#: job that says the safe opposite (no live-in, no fees, documents never kept), a free
#: course, and night work said only through its hours, some with a deposit. Committed before
#: its first run.
EIGHTH: dict[str, list[Ad]] = {
    "en": [
        {
            "kind": "job",
            "title": "☕ Barista wanted @ SS2 PJ – no exp ok!",
            "description": (
                "Hi all 👋 our small café in SS2 PJ is looking for 1 barista + 1 part-timer.\n"
                "⏰ 8am–5pm, 5 days/wk, NO night shift 🙅‍♀️\n"
                "💰 RM1,800 + tips + free lunch\n"
                "✔️ We teach u latte art, just need good attitude 😊\n"
                "pm me or WS 01x-xxx xxxx (Kak Mel) #KLjobs #PJjobs #cafejobs"
            ),
            "concepts": {"barista", "coffee"},
            "conditions": set(),
            "abroad": None,
            "documents_kept": False,
            "fee_charged": False,
        },
        {
            "kind": "job",
            "title": "🔥🔥 100 Production Operators Penang Bayan Lepas – START NEXT WEEK 🔥🔥",
            "description": (
                "Electronics factory (FTZ Phase 4) need M/F operators 18-35 y/o\n"
                "🕐 12hr shift, day/night rotate every wk (7am-7pm / 7pm-7am)\n"
                "🏠 Hostel provided, all workers must stay in company hostel\n"
                "💵 Basic RM1,700 + OT + shift allowance\n"
                "📌 Passport will be kept by HR for safekeeping during contract 🔐\n"
                "📌 Processing fee RM500 – deduct from 1st salary\n"
                "Telegram @xxxx_hr / call 01x-xxx xxxx 👉 share to ur friends!!"
            ),
            "concepts": {"machine_operation", "manufacturing"},
            "conditions": {"live_in", "night_shifts"},
            "abroad": None,
            "documents_kept": True,
            "fee_charged": True,
        },
        {
            "kind": "job",
            "title": "📦 Loaders & pickers – Shah Alam warehouse, weekly pay",
            "description": (
                "Need 10 pax URGENT 📢\n"
                "Job: load/unload lorry, pick & pack orders, must be able to lift 25kg+ cartons the"
                " whole day 💪\n"
                "Time: 9am-6pm Mon-Sat\n"
                "Pay: RM90/day, paid every Friday\n"
                "No agent fee ✅ Just come walk-in w/ ur IC\n"
                "WS 01x-xxx xxxx"
            ),
            "concepts": {"logistics_warehouse", "packing"},
            "conditions": {"heavy_lifting"},
            "abroad": None,
            "documents_kept": False,
            "fee_charged": False,
        },
        {
            "kind": "job",
            "title": "🇯🇵 JAPAN CAREGIVER (KAIGO) – SSW visa – FAST DEPLOYMENT ✈️",
            "description": (
                "Calling all caregivers!! 🙌 Nursing home in Osaka, Japan\n"
                "💴 ¥180,000/mo + bonus, 8hrs/day\n"
                "Reqs: female 21-38, NC II caregiving, JLPT N4 (we can train u)\n"
                "💸 Package: Php 85,000 for training + processing, 50% down upon signing, balance v"
                "ia salary deduction 6 mos\n"
                "Limited slots! PM now or text 09xx-xxx-xxxx #workabroad #japanjobs #kaigo"
            ),
            "concepts": {"elder_care", "health_care_support"},
            "conditions": set(),
            "abroad": "JP",
            "documents_kept": False,
            "fee_charged": True,
        },
        {
            # Work abroad said without naming the country.
            "kind": "job",
            "title": "💸💸 EARN USD 1,500–3,000/month!! Online CS / typing job overseas",
            "description": (
                "No exp needed, basic English ok 👌 just know how to type & use FB/WhatsApp\n"
                "✈️ FREE visa + air ticket\n"
                "🏢 Stay & eat free in company dorm inside the office compound\n"
                "📄 Pls prepare passport ASAP, company will hold ur passport for work permit proces"
                "sing 😉\n"
                "Age 18-35, male/female\n"
                "DM @xxxx on Telegram only 🙏 serious applicants only!!"
            ),
            "concepts": {"customer_service", "data_entry"},
            "conditions": {"live_in"},
            "abroad": "XX",
            "documents_kept": True,
            "fee_charged": False,
        },
        {
            "kind": "job",
            "title": "🧹 Part-time condo cleaners – Makati / BGC",
            "description": (
                "Good day po! We're hiring cleaners for condo units 🏢\n"
                "🕗 Mon–Fri 8am–4pm, stay-out, uwi ka araw-araw (no live-in)\n"
                "💰 ₱610/day + transpo allowance\n"
                "✅ NO fees of any kind\n"
                "✅ We never hold your IDs or passport – just show 1 valid ID on day 1\n"
                "Msg us here or 09xx-xxx-xxxx #hiring #makatijobs"
            ),
            "concepts": {"cleaning_services"},
            "conditions": set(),
            "abroad": None,
            "documents_kept": False,
            "fee_charged": False,
        },
        {
            "kind": "course",
            "title": "🎓 FREE 3-wk Food Hygiene + Basic Cooking course for women 18+ (Cebu)",
            "description": (
                "📍 Community center, Mandaue City\n"
                "🗓️ Mon–Fri 9am–3pm, starts next month\n"
                "✔️ TESDA certificate, ₱150/day allowance, free snacks\n"
                "✔️ NO tuition, NO fees 🙏\n"
                "Limited slots (25 only) – comment INTERESTED or PM us!\n"
                "#freetraining #skills #cooking"
            ),
            "concepts": {"cooking", "food_hygiene"},
            "conditions": set(),
            "abroad": None,
            "documents_kept": False,
            "fee_charged": False,
        },
        {
            "kind": "job",
            "title": "🛵 Food riders needed – Cheras / Ampang, 10pm–6am slot",
            "description": (
                "Late slot riders wanted!! 🌙 10pm – 6am, deliver food from 24hr mamak & burger out"
                "lets\n"
                "🏍️ Own motorbike + valid licence\n"
                "💵 RM120–180/day, daily payout\n"
                "⚠️ RM200 deposit for thermal bag & uniform, refund after 3 mths\n"
                "WS 01x-xxx xxxx"
            ),
            "concepts": {"delivery"},
            "conditions": {"night_shifts"},
            "abroad": None,
            "documents_kept": False,
            "fee_charged": True,
        },
    ],
    "th": [
        {
            "kind": "job",
            "title": "☕️ ร้านกาแฟย่านอารีย์ รับสมัครบาริสต้า 2 อัตรา",
            "description": (
                "🙋‍♀️ ด่วน! รับน้องบาริสต้า ไม่มีประสบการณ์ก็ได้ สอนงานให้ค่ะ\n"
                "⏰ เวลา 7:00-16:00 หยุด 1 วัน/สัปดาห์ ✨ ไม่มีกะดึกนะคะ\n"
                "💰 เงินเดือน 12,000 + ค่าคอม + ทิป\n"
                "สนใจทักไลน์ @xxxx หรือโทร 08x-xxx-xxxx\n"
                "#หางานกรุงเทพ #บาริสต้า #งานร้านกาแฟ"
            ),
            "concepts": {"barista", "coffee"},
            "conditions": set(),
            "abroad": None,
            "documents_kept": False,
            "fee_charged": False,
        },
        {
            "kind": "job",
            "title": "📣 รับด่วน!! พนง.ฝ่ายผลิต โรงงานอิเล็กฯ นิคมอมตะ ชลบุรี 100 อัตรา",
            "description": (
                "ชาย/หญิง อายุ 18-35 ปี วุฒิ ม.3 ขึ้นไป\n"
                "🔄 ทำงานเป็นกะ สลับกะทุกสัปดาห์ 08:00-20:00 / 20:00-08:00\n"
                "🏠 มีหอพักให้ ต้องพักหอบริษัทเท่านั้น\n"
                "💵 ค่าแรง 363 บ./วัน + OT + ค่ากะ + เบี้ยขยัน\n"
                "❗️หักค่าเอกสาร/ค่าดำเนินการ 1,500 บาท จากเงินเดือนงวดแรก\n"
                "ทักแชทเพจ หรือไลน์ @xxxx 📲"
            ),
            "concepts": {"assembly", "manufacturing"},
            "conditions": {"live_in", "night_shifts"},
            "abroad": None,
            "documents_kept": False,
            "fee_charged": True,
        },
        {
            "kind": "job",
            "title": "🚚 รับคนยกของ ลงของ ตลาดไท จ่ายรายวัน 500.-",
            "description": (
                "ต้องการผู้ชาย 5 คน ยกกระสอบผัก/ผลไม้ ขึ้น-ลงรถ 🥬🍉\n"
                "💪 ต้องยกของหนักได้ กระสอบละ 40-50 กก.\n"
                "⏰ 8 โมงเช้า - 5 โมงเย็น\n"
                "ไม่เก็บค่าสมัคร มาเริ่มงานได้เลยพรุ่งนี้\n"
                "โทร 08x-xxx-xxxx (พี่เอก)"
            ),
            "concepts": {"logistics_warehouse"},
            "conditions": {"heavy_lifting"},
            "abroad": None,
            "documents_kept": False,
            "fee_charged": False,
        },
        {
            "kind": "job",
            "title": "🇰🇷 ไปเกาหลี งานโรงงาน/ฟาร์มผัก เงินเดือน 60,000-80,000 บาท 😱",
            "description": (
                "🔥 ไม่ต้องสอบภาษา ไม่ต้องมีประสบการณ์ บินได้ภายใน 1 เดือน ✈️\n"
                "งานแพ็คของในโรงงาน / เก็บผักในฟาร์ม\n"
                "💸 ค่าดำเนินการ 85,000 บาท จ่ายก่อน 30,000 ที่เหลือหักจากเงินเดือน\n"
                "รับจำนวนจำกัด!! ทักไลน์ด่วน @xxxx\n"
                "#งานเกาหลี #ไปเกาหลี #ผีน้อย"
            ),
            "concepts": {"packing", "vegetable_growing"},
            "conditions": set(),
            "abroad": "KR",
            "documents_kept": False,
            "fee_charged": True,
        },
        {
            # Work abroad said without naming the country.
            "kind": "job",
            "title": "💰 งานแอดมินออนไลน์ ต่างประเทศ เงินเดือน 35,000-50,000",
            "description": (
                "✅ ตั๋วเครื่องบินฟรี ✅ วีซ่าฟรี\n"
                "✅ กินอยู่ฟรี พักหอของบริษัทในตึกที่ทำงาน\n"
                "แค่พิมพ์ดีดได้ ใช้คอมเป็น ตอบแชทลูกค้า ไม่ต้องมีประสบการณ์\n"
                "📄 ถึงที่แล้วบริษัทจะเก็บพาสปอร์ตไว้ให้ เพื่อความปลอดภัย 🔒\n"
                "สนใจทักเทเลแกรม @xxxx เท่านั้น"
            ),
            "concepts": {"customer_service", "data_entry", "office_admin"},
            "conditions": {"live_in"},
            "abroad": "XX",
            "documents_kept": True,
            "fee_charged": False,
        },
        {
            "kind": "job",
            "title": "🧽 รับแม่บ้านทำความสะอาดสำนักงาน สีลม จ-ศ",
            "description": (
                "⏰ 08:00-17:00 จันทร์-ศุกร์ ไม่ต้องค้างคืน ไป-กลับได้\n"
                "💵 เงินเดือน 11,500 + ประกันสังคม\n"
                "❌ ไม่เก็บค่าสมัคร ❌ ไม่มีค่าแรกเข้า\n"
                "❌ บริษัทไม่ยึดบัตรประชาชน ใช้แค่สำเนาบัตร 1 ใบ\n"
                "ทักแชท หรือโทร 08x-xxx-xxxx"
            ),
            "concepts": {"cleaning_services"},
            "conditions": set(),
            "abroad": None,
            "documents_kept": False,
            "fee_charged": False,
        },
        {
            "kind": "course",
            "title": "📚 อบรมฟรี!! หลักสูตรนวดแผนไทยเพื่อสุขภาพ 150 ชม.",
            "description": (
                "โดยศูนย์พัฒนาฝีมือแรงงาน เชียงใหม่ 🙏\n"
                "📅 เรียน จ-ศ 09:00-16:00 รวม 1 เดือน\n"
                "✔️ ได้ใบประกาศนียบัตร ✔️ มีเบี้ยเลี้ยงระหว่างอบรม\n"
                "✔️ ไม่มีค่าใช้จ่ายใดๆ\n"
                "รับสมัครอายุ 18 ปีขึ้นไป สมัครทางไลน์ @xxxx #อบรมฟรี #นวดแผนไทย"
            ),
            "concepts": {"massage"},
            "conditions": set(),
            "abroad": None,
            "documents_kept": False,
            "fee_charged": False,
        },
        {
            "kind": "job",
            "title": "🍻 รับน้องๆ เด็กเสิร์ฟ ร้านหมูกระทะ+ลานเบียร์ บางนา",
            "description": (
                "🕕 เวลางาน 18:00-02:00 น. 💵 วันละ 450 + ทิปทุกวัน\n"
                "🏠 มีห้องพักฟรีชั้นบนร้าน พนักงานพักที่ร้าน\n"
                "งาน: เสิร์ฟอาหาร เชียร์เบียร์ เก็บโต๊ะ\n"
                "💸 ค่ามัดจำชุดยูนิฟอร์ม 500 บาท หักจากค่าแรงวันแรก\n"
                "ไลน์ @xxxx"
            ),
            "concepts": {"alcohol_sales", "table_service"},
            "conditions": {"live_in", "night_shifts"},
            "abroad": None,
            "documents_kept": False,
            "fee_charged": True,
        },
    ],
    "vi": [
        {
            "kind": "job",
            "title": "☕ Quán cf Q.3 tuyển NV pha chế + phục vụ",
            "description": (
                "Quán cà phê nhỏ đường Võ Văn Tần cần tuyển gấp 2 bạn pha chế, 2 bạn phục vụ 😊\n"
                "⏰ Ca sáng 6h-14h / ca chiều 14h-21h, KHÔNG có ca đêm\n"
                "💰 Lương 25k/h + tip, được đào tạo pha chế từ đầu\n"
                "Ib page hoặc zalo 09x.xxx.xxxx (chị Vy)\n"
                "#tuyendung #viecbanthoigian #phache"
            ),
            "concepts": {"barista", "table_service"},
            "conditions": set(),
            "abroad": None,
            "documents_kept": False,
            "fee_charged": False,
        },
        {
            "kind": "job",
            "title": "🏭 TUYỂN GẤP 200 LĐPT nam nữ KCN VSIP Bình Dương",
            "description": (
                "✅ Tuổi 18-40, không cần kinh nghiệm, không cần bằng cấp\n"
                "🔄 Làm 3 ca xoay vòng (có ca đêm 22h-6h)\n"
                "🏠 Bao ở KTX công ty, bắt buộc ở KTX 6 tháng đầu\n"
                "💰 Thu nhập 8-10tr/tháng + tăng ca\n"
                "📌 Phí hồ sơ 300k, công ty giữ CCCD bản gốc trong thời gian làm việc\n"
                "Liên hệ zalo 09x.xxx.xxxx 📲"
            ),
            "concepts": {"manufacturing"},
            "conditions": {"live_in", "night_shifts"},
            "abroad": None,
            "documents_kept": True,
            "fee_charged": True,
        },
        {
            "kind": "job",
            "title": "Tuyển 10 nam bốc xếp hàng kho Tân Bình – lương ngày 400k",
            "description": (
                "📦 Bốc xếp hàng lên xuống xe tải, vác bao gạo 50kg 💪\n"
                "⏰ 7h30-17h, nghỉ chủ nhật\n"
                "💵 400k/ngày, trả lương cuối tuần\n"
                "❌ Không thu phí ❌ Không cọc\n"
                "Gọi/zalo 09x.xxx.xxxx anh Tuấn"
            ),
            "concepts": {"logistics_warehouse"},
            "conditions": {"heavy_lifting"},
            "abroad": None,
            "documents_kept": False,
            "fee_charged": False,
        },
        {
            "kind": "job",
            "title": "🇯🇵 XKLĐ NHẬT BẢN – đơn hàng chế biến thực phẩm, bay nhanh 3 tháng",
            "description": (
                "🍱 Đóng hộp cơm, chế biến thực phẩm tại Aichi\n"
                "💴 Lương cơ bản 28-32tr/tháng, làm thêm nhiều\n"
                "Tuyển nữ 18-30 tuổi, không cần tiếng Nhật trước\n"
                "💸 Phí trọn gói 150tr, đặt cọc 20tr giữ chỗ, vay ngân hàng hỗ trợ\n"
                "Ib ngay hoặc zalo 09x.xxx.xxxx #xkld #xkldnhatban"
            ),
            "concepts": {"food_processing"},
            "conditions": set(),
            "abroad": "JP",
            "documents_kept": False,
            "fee_charged": True,
        },
        {
            # Work abroad said without naming the country.
            "kind": "job",
            "title": "💵 Tuyển NV CSKH online làm việc nước ngoài lương 1000-2000$",
            "description": (
                "✈️ Bao vé máy bay, bao visa\n"
                "🏢 Bao ăn ở tại công ty, ở ngay trong khu văn phòng\n"
                "Không cần kinh nghiệm, chỉ cần biết đánh máy + dùng điện thoại 📱\n"
                "📄 Sang bên đó công ty giữ hộ hộ chiếu cho an toàn\n"
                "Ib telegram @xxxx, ưu tiên đi ngay 🔥"
            ),
            "concepts": {"customer_service", "data_entry"},
            "conditions": {"live_in"},
            "abroad": "XX",
            "documents_kept": True,
            "fee_charged": False,
        },
        {
            "kind": "job",
            "title": "Tuyển tạp vụ vệ sinh văn phòng Q.1 – giờ hành chính",
            "description": (
                "🧹 Lau dọn văn phòng, nhà vệ sinh, pha trà nước\n"
                "⏰ T2-T6 7h30-16h30, về nhà trong ngày, không ở lại\n"
                "💰 6,5tr/tháng + BHXH\n"
                "✅ KHÔNG thu bất kỳ khoản phí nào\n"
                "✅ Công ty KHÔNG giữ giấy tờ tùy thân, chỉ cần bản photo CCCD\n"
                "Zalo 09x.xxx.xxxx"
            ),
            "concepts": {"cleaning_services"},
            "conditions": set(),
            "abroad": None,
            "documents_kept": False,
            "fee_charged": False,
        },
        {
            "kind": "course",
            "title": "🎓 Khóa học nấu ăn + làm bánh MIỄN PHÍ cho chị em",
            "description": (
                "Dành cho chị em có hoàn cảnh khó khăn từ 18 tuổi 💕\n"
                "📅 3 tháng, học T2-T6 buổi sáng tại Hà Đông, Hà Nội\n"
                "✔️ Miễn học phí 100%, hỗ trợ tiền ăn trưa\n"
                "✔️ Giới thiệu việc làm tại nhà hàng, tiệm bánh sau khóa học\n"
                "Đăng ký: nhắn tin page hoặc zalo 09x.xxx.xxxx #hocnghemienphi"
            ),
            "concepts": {"baking", "cooking"},
            "conditions": set(),
            "abroad": None,
            "documents_kept": False,
            "fee_charged": False,
        },
        {
            "kind": "job",
            "title": "🛵 Tuyển shipper Q.7 ca 22h - 5h sáng, thu nhập 300-500k",
            "description": (
                "Giao đồ ăn + hàng tạp hóa cho app, khu Q.7 / Nhà Bè\n"
                "🏍️ Tự có xe máy, bằng lái A1, điện thoại smartphone\n"
                "💰 300-500k/ca, nhận tiền mỗi ngày\n"
                "⚠️ Đặt cọc 2tr tiền hàng khi nhận việc\n"
                "Zalo 09x.xxx.xxxx"
            ),
            "concepts": {"delivery"},
            "conditions": {"night_shifts"},
            "abroad": None,
            "documents_kept": False,
            "fee_charged": True,
        },
    ],
    "tl": [
        {
            "kind": "job",
            "title": "🧋 HIRING: Milk tea crew / barista – QC branch",
            "description": (
                "Hello mga ka-hiring! 👋 Need 3 crew sa aming milk tea shop sa Cubao\n"
                "⏰ 8am–5pm, stay-out, WALANG night shift\n"
                "💰 ₱570/day + tips, may 13th month\n"
                "Pwede walang exp, may training 🙌\n"
                "PM lang po or text 09xx-xxx-xxxx #hiring #QCjobs #milktea"
            ),
            "concepts": {"barista", "food_service"},
            "conditions": set(),
            "abroad": None,
            "documents_kept": False,
            "fee_charged": False,
        },
        {
            "kind": "job",
            "title": "📢 URGENT: 80 Production Operators – Calamba, Laguna",
            "description": (
                "Para sa electronics company sa LISP, 18-30 y/o, HS grad pwede\n"
                "🔄 12hrs shifting, kasama graveyard\n"
                "🏠 Stay-in sa company dorm, required ang first 6 months\n"
                "💵 ₱520/day + OT\n"
                "📌 Processing fee ₱3,500 sa agency, kaltas sa 1st sahod\n"
                "Pls share! Text 09xx-xxx-xxxx"
            ),
            "concepts": {"assembly", "manufacturing"},
            "conditions": {"live_in", "night_shifts"},
            "abroad": None,
            "documents_kept": False,
            "fee_charged": True,
        },
        {
            "kind": "job",
            "title": "Need 5 kargador / bodegero sa bodega ng bigas – Malabon",
            "description": (
                "Kailangan kayang magbuhat ng sako ng bigas (50kg) buong araw 💪\n"
                "⏰ 7am-4pm, Lunes-Sabado\n"
                "💰 ₱600/day, sahod tuwing Sabado\n"
                "Walang bayad sa application, punta lang dito dala valid ID\n"
                "Call/text 09xx-xxx-xxxx (Mang Ben)"
            ),
            "concepts": {"logistics_warehouse"},
            "conditions": {"heavy_lifting"},
            "abroad": None,
            "documents_kept": False,
            "fee_charged": False,
        },
        {
            "kind": "job",
            "title": "🇭🇰 DH to HONGKONG – direct hire, alaga ng bata + gawaing bahay",
            "description": (
                "Employer: Chinese family sa Tai Po, 2 kids (4 & 7 y/o) 👶\n"
                "🏠 Stay-in sa bahay ng amo, may sariling kwarto\n"
                "💵 HK$4,990/mo + food allowance\n"
                "💸 Placement fee ₱45,000, pwede hulugan via salary deduction\n"
                "📄 Pagdating sa HK, si amo ang magtatabi ng passport mo para safe 🙏\n"
                "PM for details #DHhongkong #OFW"
            ),
            "concepts": {"childcare", "domestic_care_work", "housework"},
            "conditions": {"live_in"},
            "abroad": "HK",
            "documents_kept": True,
            "fee_charged": True,
        },
        {
            # Work abroad said without naming the country.
            "kind": "job",
            "title": "💵 WORK ABROAD! Encoder / chat support – $1,200/mo",
            "description": (
                "✈️ Libre visa at ticket, libre tirahan at pagkain sa loob ng compound ng company\n"
                "No exp needed, basic English lang, marunong mag-type 💻\n"
                "18-35 y/o, M/F, fast process 2 weeks\n"
                "Send resume sa Telegram @xxxx 🙏"
            ),
            "concepts": {"customer_service", "data_entry"},
            "conditions": {"live_in"},
            "abroad": "XX",
            "documents_kept": False,
            "fee_charged": False,
        },
        {
            "kind": "job",
            "title": "Housekeeping attendant – hotel sa Makati (day shift only)",
            "description": (
                "🛏️ Room cleaning, linen change, toilet cleaning\n"
                "⏰ 7am-3pm lang, day shift only, stay-out\n"
                "✅ WALANG placement fee\n"
                "✅ Hindi namin kukunin ang ID o passport mo – photocopy lang kailangan\n"
                "💰 ₱645/day + service charge\n"
                "Email o PM us! #hoteljobs #makati"
            ),
            "concepts": {"cleaning_services", "housekeeping"},
            "conditions": set(),
            "abroad": None,
            "documents_kept": False,
            "fee_charged": False,
        },
        {
            "kind": "course",
            "title": "✂️ LIBRENG TRAINING: Dressmaking NC II (TESDA) – Tondo",
            "description": (
                "Para sa mga nanay at kabataang 18+ 💕\n"
                "📅 30 days, Lunes-Biyernes 8am-5pm\n"
                "✔️ Libre ang tuition, may allowance ₱160/day\n"
                "✔️ May starter kit (gunting, tela, sinulid)\n"
                "Magpa-register sa barangay hall o PM lang po #TESDA #libretraining"
            ),
            "concepts": {"sewing", "tailoring"},
            "conditions": set(),
            "abroad": None,
            "documents_kept": False,
            "fee_charged": False,
        },
        {
            "kind": "job",
            "title": "Hiring CSR! US account – BGC, Taguig 🎧",
            "description": (
                "💰 ₱25k basic + ND + allowances\n"
                "⏰ Shift: 10PM–7AM (Mon-Fri)\n"
                "Pwede fresh grad / undergrad basta good English 🗣️\n"
                "Walk-in Mon-Fri 1pm-5pm, bring 2 valid IDs\n"
                "Walang bayad! Text 09xx-xxx-xxxx"
            ),
            "concepts": {"call_centre", "customer_service"},
            "conditions": {"night_shifts"},
            "abroad": None,
            "documents_kept": False,
            "fee_charged": False,
        },
    ],
    "km": [
        {
            "kind": "job",
            "title": "☕ ហាងកាហ្វេ BKK1 ត្រូវការបុគ្គលិកឆុងកាហ្វេ (Barista) ២នាក់",
            "description": (
                "⏰ ម៉ោង ៦ព្រឹក - ២រសៀល គ្មានវេនយប់ទេ ✅\n"
                "💰 ប្រាក់ខែ $200-250 + tip + អាហារថ្ងៃត្រង់\n"
                "មិនចាំបាច់មានបទពិសោធន៍ យើងបង្ហាត់ជូន 😊\n"
                "📞 Tel/Telegram ០១x xxx xxx #ការងារភ្នំពេញ #barista"
            ),
            "concepts": {"barista", "coffee"},
            "conditions": set(),
            "abroad": None,
            "documents_kept": False,
            "fee_charged": False,
        },
        {
            "kind": "job",
            "title": "🏭 រោងចក្រកាត់ដេរ ពោធិ៍សែនជ័យ ជ្រើសរើសកម្មករដេរ ១០០នាក់ បន្ទាន់!!",
            "description": (
                "👗 ដេរម៉ាស៊ីន អាយុ ១៨-៤០ឆ្នាំ ប្រុស/ស្រី\n"
                "🔄 មានវេនយប់ ម៉ោង ១០យប់ ដល់ ៦ព្រឹក ប្តូរវេនរៀងរាល់សប្តាហ៍\n"
                "🏠 ត្រូវស្នាក់នៅអន្តេវាសិកដ្ឋានរបស់រោងចក្រ\n"
                "💵 ប្រាក់ខែ $208 + OT + ប្រាក់រង្វាន់\n"
                "📌 ក្រុមហ៊ុនរក្សាទុកអត្តសញ្ញាណប័ណ្ណដើមរបស់កម្មកររហូតដល់ចប់កុងត្រា\n"
                "ទំនាក់ទំនង ០៩x xxx xxx"
            ),
            "concepts": {"garment_manufacturing", "sewing_machine_operation"},
            "conditions": {"live_in", "night_shifts"},
            "abroad": None,
            "documents_kept": True,
            "fee_charged": False,
        },
        {
            "kind": "job",
            "title": "👷 ការដ្ឋានសំណង់ សែនសុខ ត្រូវការកម្មករ ១០នាក់",
            "description": (
                "ការងារ៖ លីបាវស៊ីម៉ង់ត៍ ៥០គីឡូ លីឥដ្ឋ ដឹកខ្សាច់ 💪\n"
                "⏰ ម៉ោង ៧ព្រឹក - ៥ល្ងាច\n"
                "💵 ប្រាក់ឈ្នួល $12/ថ្ងៃ បើករៀងរាល់សប្តាហ៍\n"
                "មិនយកថ្លៃអ្វីទេ មកធ្វើការបានភ្លាម\n"
                "📞 ០១x xxx xxx"
            ),
            "concepts": {"construction"},
            "conditions": {"heavy_lifting"},
            "abroad": None,
            "documents_kept": False,
            "fee_charged": False,
        },
        {
            "kind": "job",
            "title": "🇹🇭 ទៅធ្វើការនៅថៃ ស្របច្បាប់ MOU រោងចក្រ/ចំការ",
            "description": (
                "💵 ប្រាក់ខែ ១០,០០០-១៥,០០០ បាត/ខែ\n"
                "ការងារ៖ វេចខ្ចប់ក្នុងរោងចក្រ ឬ ប្រមូលផលនៅចំការ\n"
                "💸 ថ្លៃសេវា $600 បង់មុន $200 នៅសល់កាត់ពីប្រាក់ខែ\n"
                "រៀបចំលិខិតឆ្លងដែនរហ័ស ២សប្តាហ៍\n"
                "Telegram ០៩x xxx xxx #ការងារថៃ"
            ),
            "concepts": {"agriculture", "packing"},
            "conditions": set(),
            "abroad": "TH",
            "documents_kept": False,
            "fee_charged": True,
        },
        {
            # Work abroad said without naming the country.
            "kind": "job",
            "title": "💵 ការងារនៅបរទេស វាយអក្សរ/Admin អនឡាញ ប្រាក់ខែ $1000-1500",
            "description": (
                "✈️ ឥតគិតថ្លៃ ទិដ្ឋាការ និងសំបុត្រយន្តហោះ\n"
                "🏢 ស្នាក់នៅ និងហូបចុកក្នុងក្រុមហ៊ុនឥតគិតថ្លៃ\n"
                "គ្រាន់តែចេះវាយអក្សរ ប្រើកុំព្យូទ័រ និងទូរស័ព្ទ 📱\n"
                "📄 ក្រុមហ៊ុននឹងជួយរក្សាទុកលិខិតឆ្លងដែនជូន ពេលទៅដល់\n"
                "Inbox ឬ Telegram @xxxx"
            ),
            "concepts": {"data_entry", "office_admin"},
            "conditions": {"live_in"},
            "abroad": "XX",
            "documents_kept": True,
            "fee_charged": False,
        },
        {
            "kind": "job",
            "title": "🧹 ក្រុមហ៊ុនសម្អាត ត្រូវការបុគ្គលិកសម្អាតការិយាល័យ ភ្នំពេញ",
            "description": (
                "⏰ ម៉ោង ៧ព្រឹក - ៤រសៀល ច័ន្ទ-សុក្រ\n"
                "✅ មិនយកថ្លៃអ្វីទាំងអស់\n"
                "✅ យើងមិនរក្សាទុកអត្តសញ្ញាណប័ណ្ណរបស់អ្នកទេ គ្រាន់តែថតចម្លងមួយសន្លឹក\n"
                "✅ មិនស្នាក់នៅ ត្រឡប់ផ្ទះរាល់ថ្ងៃ\n"
                "💰 $220/ខែ 📞 ០១x xxx xxx"
            ),
            "concepts": {"cleaning_services"},
            "conditions": set(),
            "abroad": None,
            "documents_kept": False,
            "fee_charged": False,
        },
        {
            "kind": "course",
            "title": "🎓 វគ្គបណ្តុះបណ្តាលជួសជុលម៉ូតូ ឥតគិតថ្លៃ ៣ខែ",
            "description": (
                "សម្រាប់យុវជនអាយុ ១៨ឆ្នាំឡើង 🏍️\n"
                "📍 ខេត្តបាត់ដំបង រៀនច័ន្ទ-សុក្រ ម៉ោង ៨ព្រឹក-៤រសៀល\n"
                "✔️ មានប្រាក់ឧបត្ថម្ភ និងវិញ្ញាបនបត្រ\n"
                "✔️ មិនបង់ថ្លៃសិក្សា\n"
                "ចុះឈ្មោះតាម Inbox ឬ ០១x xxx xxx"
            ),
            "concepts": {"motorbike_repair"},
            "conditions": set(),
            "abroad": None,
            "documents_kept": False,
            "fee_charged": False,
        },
        {
            "kind": "job",
            "title": "🎤 KTV ទួលគោក ត្រូវការអ្នករត់តុ ស្រី ៥នាក់",
            "description": (
                "⏰ ម៉ោង ៧យប់ - ៣ទៀបភ្លឺ\n"
                "💵 ប្រាក់ខែ $250 + tip\n"
                "💸 កក់ប្រាក់ $50 សម្រាប់ឯកសណ្ឋាន កាត់ពីខែដំបូង\n"
                "📞 ០៩x xxx xxx"
            ),
            "concepts": {"nightlife_venues", "table_service"},
            "conditions": {"night_shifts"},
            "abroad": None,
            "documents_kept": False,
            "fee_charged": True,
        },
    ],
    "my": [
        {
            "kind": "job",
            "title": "☕ လက်ဖက်ရည်ဆိုင် (လှိုင်) ဝန်ထမ်းခေါ်ယူမည်",
            "description": (
                "စားပွဲထိုး ၃ ယောက်၊ လက်ဖက်ရည်ဖျော် ၁ ယောက် လိုအပ်ပါသည် 🙏\n"
                "⏰ မနက် ၆ နာရီ - ညနေ ၄ နာရီ၊ ညဆိုင်း မရှိပါ\n"
                "💰 လစာ ၃၅၀,၀၀၀ ကျပ် + နေ့လည်စာ\n"
                "အတွေ့အကြုံ မလိုပါ\n"
                "📞 09-xxx-xxx-xxx (Viber ရပါသည်)"
            ),
            "concepts": {"barista", "table_service"},
            "conditions": set(),
            "abroad": None,
            "documents_kept": False,
            "fee_charged": False,
        },
        {
            "kind": "job",
            "title": "🧵 အထည်ချုပ်စက်ရုံ လှိုင်သာယာ - စက်ချုပ်သမ ၅၀ ယောက် အမြန်ခေါ်မည်",
            "description": (
                "အသက် ၁၈ - ၃၅ နှစ်၊ အမျိုးသမီး\n"
                "🔄 နေ့ဆိုင်း/ညဆိုင်း အလှည့်ကျ (ည ၈ နာရီ - မနက် ၈ နာရီ)\n"
                "🏠 စက်ရုံအဆောင်တွင် မဖြစ်မနေ နေထိုင်ရမည်\n"
                "💵 လစာ ၂၈၀,၀၀၀ ကျပ် + OT\n"
                "မှတ်ပုံတင် မိတ္တူ ၁ စောင်၊ ဓာတ်ပုံ ၂ ပုံ ယူလာပါ\n"
                "#အလုပ်ခေါ်စာ #ရန်ကုန်"
            ),
            "concepts": {"garment_manufacturing", "sewing_machine_operation"},
            "conditions": {"live_in", "night_shifts"},
            "abroad": None,
            "documents_kept": False,
            "fee_charged": False,
        },
        {
            "kind": "job",
            "title": "🇹🇭 ထိုင်း မဟာချိုင် ငါးဆိပ်ကမ်း အလုပ်သမား ခေါ်မည်",
            "description": (
                "🐟 ငါးသေတ္တာ (၂၅ ကီလို) ထမ်းရမည်၊ ငါးရွေးရမည်\n"
                "💵 တစ်ရက် ၃၅၀ ဘတ်\n"
                "🏠 အလုပ်ရှင် အဆောင်တွင် နေရမည်\n"
                "💸 အကျိုးဆောင်ခ ၁၅,၀၀၀ ဘတ် လစာမှ လစဉ်ဖြတ်မည်\n"
                "📄 ပတ်စ်ပို့ နှင့် ဗီဇာကို အလုပ်ရှင်မှ သိမ်းထားပေးမည်\n"
                "Viber 09-xxx-xxx-xxx"
            ),
            "concepts": {"fishing_aquaculture", "food_processing"},
            "conditions": {"heavy_lifting", "live_in"},
            "abroad": "TH",
            "documents_kept": True,
            "fee_charged": True,
        },
        {
            # Work abroad said without naming the country.
            "kind": "job",
            "title": "✈️ နိုင်ငံခြား အွန်လိုင်းအလုပ် လစာ $800-1500",
            "description": (
                "ကွန်ပျူတာ စာရိုက်တတ်ရုံနဲ့ ရပါပြီ 💻\n"
                "✅ ဗီဇာ၊ လေယာဉ်လက်မှတ် အခမဲ့\n"
                "အတွေ့အကြုံ မလို၊ English/Chinese အနည်းငယ် ရရင် ပိုကောင်း\n"
                "Telegram @xxxx ကို ဆက်သွယ်ပါ"
            ),
            "concepts": {"computers", "data_entry"},
            "conditions": set(),
            "abroad": "XX",
            "documents_kept": False,
            "fee_charged": False,
        },
        {
            "kind": "job",
            "title": "👷 ဆောက်လုပ်ရေး လုပ်သား ၁၀ ယောက် (မန္တလေး)",
            "description": (
                "ဘိလပ်မြေအိတ်၊ အုတ်၊ သံချောင်း ထမ်းနိုင်သူ 💪\n"
                "⏰ မနက် ၇ - ညနေ ၅\n"
                "💵 နေ့စား ၁၂,၀၀၀ ကျပ်၊ အပတ်စဉ် ရှင်းပေးမည်\n"
                "ပွဲခ မယူပါ\n"
                "📞 09-xxx-xxx-xxx"
            ),
            "concepts": {"construction"},
            "conditions": {"heavy_lifting"},
            "abroad": None,
            "documents_kept": False,
            "fee_charged": False,
        },
        {
            "kind": "job",
            "title": "🏠 အိမ်အကူ (နေ့ပိုင်း) လိုအပ်ပါသည် - ကမာရွတ်",
            "description": (
                "အိမ်သန့်ရှင်းရေး၊ အဝတ်လျှော်၊ ချက်ပြုတ်\n"
                "⏰ မနက် ၈ - ညနေ ၅၊ ညအိပ် အိမ်ပြန်ရမည် (အိမ်မှာ နေစရာမလို)\n"
                "✅ ပွဲခ/အကျိုးဆောင်ခ လုံးဝ မယူပါ\n"
                "✅ မှတ်ပုံတင် မသိမ်းပါ\n"
                "💰 လစာ ၃၀၀,၀၀၀ ကျပ် 📞 09-xxx-xxx-xxx"
            ),
            "concepts": {"domestic_care_work", "housework"},
            "conditions": set(),
            "abroad": None,
            "documents_kept": False,
            "fee_charged": False,
        },
        {
            "kind": "course",
            "title": "📚 အခမဲ့ ကွန်ပျူတာ အခြေခံ သင်တန်း (Word, Excel)",
            "description": (
                "⏳ ၂ လ၊ တနင်္လာ - သောကြာ မနက်ပိုင်း\n"
                "📍 ရန်ကုန်၊ စမ်းချောင်း\n"
                "✔️ သင်တန်းကြေး အခမဲ့၊ လက်မှတ် ရမည်\n"
                "အသက် ၁၈ နှစ် အထက် မိန်းကလေးများ ဦးစားပေး\n"
                "Messenger မှ စာရင်းပေးပါ"
            ),
            "concepts": {"basic_computer"},
            "conditions": set(),
            "abroad": None,
            "documents_kept": False,
            "fee_charged": False,
        },
        {
            "kind": "job",
            "title": "🥐 မုန့်ဖုတ်လုပ်ငန်း ဝန်ထမ်း ခေါ်မည် (သာကေတ)",
            "description": (
                "⏰ ည ၁၀ နာရီ မှ မနက် ၆ နာရီ\n"
                "မုန့်ညှပ်ပေါင်မုန့်၊ ကိတ်မုန့် ဖုတ်ခြင်း၊ ထုပ်ပိုးခြင်း\n"
                "💵 လစာ ၃၂၀,၀၀၀ ကျပ်\n"
                "💸 ယူနီဖောင်းနှင့် အာမခံငွေ ၃၀,၀၀၀ ကျပ် ကြိုတင်ပေးရမည်\n"
                "📞 09-xxx-xxx-xxx"
            ),
            "concepts": {"baking", "food_processing"},
            "conditions": {"night_shifts"},
            "abroad": None,
            "documents_kept": False,
            "fee_charged": True,
        },
    ],
    "zh": [
        {
            "kind": "job",
            "title": "☕ 旺角 Cafe 請 Barista（全職）",
            "description": (
                "⏰ 8am-6pm 做五休二，唔使通宵 🙅\n"
                "💰 人工 $17,000 起 + 勤工獎\n"
                "無經驗可教，識拉花優先 ☕️\n"
                "📲 有興趣 WhatsApp 6xxx xxxx（Ken）\n"
                "#搵工 #旺角 #咖啡師"
            ),
            "concepts": {"barista", "coffee"},
            "conditions": set(),
            "abroad": None,
            "documents_kept": False,
            "fee_charged": False,
        },
        {
            "kind": "job",
            "title": "📦 葵涌物流倉 急請 理貨員/搬運（夜更）",
            "description": (
                "⏰ 夜更 11pm-7am，一星期 5-6 更\n"
                "💪 需搬 20kg 以上貨物、上落貨櫃\n"
                "💰 時薪 $85，日結\n"
                "不收任何費用，即日上班\n"
                "📲 WhatsApp 9xxx xxxx"
            ),
            "concepts": {"logistics_warehouse", "packing"},
            "conditions": {"heavy_lifting", "night_shifts"},
            "abroad": None,
            "documents_kept": False,
            "fee_charged": False,
        },
        {
            "kind": "job",
            "title": "👵 沙田 請 留宿 護老（照顧 85 歲婆婆）",
            "description": (
                "🏠 需留宿，有獨立房\n"
                "工作：照顧長者起居、煮三餐、陪覆診\n"
                "💰 月薪 $13,000，每星期放一日\n"
                "💸 中介費 $3,000，由首月人工扣除\n"
                "📲 WhatsApp 5xxx xxxx 陳小姐"
            ),
            "concepts": {"domestic_care_work", "elder_care"},
            "conditions": {"live_in"},
            "abroad": None,
            "documents_kept": False,
            "fee_charged": True,
        },
        {
            "kind": "job",
            "title": "🇯🇵 日本 食品廠 包裝員 月薪 ¥200,000 ✈️",
            "description": (
                "📍 大阪 食品工場，包裝、貼標籤\n"
                "🏠 須入住公司宿舍（宿費每月扣 ¥20,000）\n"
                "💸 手續費 HK$15,000，簽約時先付一半\n"
                "唔使識日文，18-35 歲，男女不拘\n"
                "📲 WeChat / WhatsApp 私訊 #日本工作 #海外工作"
            ),
            "concepts": {"food_processing", "packing"},
            "conditions": {"live_in"},
            "abroad": "JP",
            "documents_kept": False,
            "fee_charged": True,
        },
        {
            # Work abroad said without naming the country.
            "kind": "job",
            "title": "💰 高薪 海外 客服/打字員 月薪 USD 2,000+",
            "description": (
                "✈️ 包機票、包簽證\n"
                "🏢 包食宿，住公司宿舍（辦公室同一園區）\n"
                "無需經驗，識中文打字即可 ⌨️\n"
                "📄 到埗後公司代為保管護照，確保安全\n"
                "Telegram @xxxx 私聊"
            ),
            "concepts": {"customer_service", "data_entry"},
            "conditions": {"live_in"},
            "abroad": "XX",
            "documents_kept": True,
            "fee_charged": False,
        },
        {
            "kind": "job",
            "title": "🧹 觀塘 寫字樓清潔 兼職（星期一至五）",
            "description": (
                "⏰ 9am-1pm，唔使通宵，唔使留宿\n"
                "💰 時薪 $62\n"
                "✅ 不收任何費用\n"
                "✅ 我們絕不扣留身份證，只需出示身份證副本\n"
                "📲 WhatsApp 6xxx xxxx"
            ),
            "concepts": {"cleaning_services"},
            "conditions": set(),
            "abroad": None,
            "documents_kept": False,
            "fee_charged": False,
        },
        {
            "kind": "course",
            "title": "📚 免費 咖啡拉花 + 烘焙 課程（全日制 4 星期）",
            "description": (
                "📍 九龍灣培訓中心\n"
                "✔️ 學費全免，出席率達 80% 有培訓津貼\n"
                "✔️ 完成課程有證書，協助轉介就業\n"
                "18 歲以上，報名請 Inbox 或 WhatsApp 6xxx xxxx\n"
                "#免費課程 #再培訓"
            ),
            "concepts": {"baking", "barista"},
            "conditions": set(),
            "abroad": None,
            "documents_kept": False,
            "fee_charged": False,
        },
        {
            "kind": "job",
            "title": "🎰 澳門 賭場 荷官 (Dealer) 急聘",
            "description": (
                "🔄 三班輪更，包括通宵更\n"
                "💰 月薪 MOP 18,000 + 貼士\n"
                "💸 入職前需付培訓按金 HK$5,000，做滿一年退還\n"
                "提供往返交通，18 歲以上\n"
                "📲 WhatsApp 9xxx xxxx"
            ),
            "concepts": {"gambling"},
            "conditions": {"night_shifts"},
            "abroad": "MO",
            "documents_kept": False,
            "fee_charged": True,
        },
    ],
}


#: The ninth set (session 38), written blind like the others: honest ads that speak of
#: documents, money, housing and hours in ordinary ways, beside a few dishonest ones that say
#: the same things subtly. Seven a language (49: 39 jobs, 10 courses), about two thirds honest:
#: "your passport stays with you", "we only take a copy of your ID", the employer pays the
#: agency, visa and flight, a free uniform, salary day and the deductions the law asks for, a
#: bank account opened for you, a transport allowance, a course's tuition and a refundable
#: locker-key deposit, a room near the work to rent if wanted while most staff live at home,
#: day shifts with "no nights"; and, said as quietly, a deposit kept until the contract ends,
#: passports "kept in the office safe for security", a training fee taken from the first
#: salaries, live-in said only as staying at the employer's place, night work said only
#: through its hours. Nine are for work abroad in a named country; a few name a foreign
#: country or language in another sense (a Japanese restaurant, a US account, "for export").
#: ``documents_kept`` and ``fee_charged`` are labelled on every ad (a course's tuition and
#: refundable deposit are no fee for a job). Committed before its first run.
NINTH: dict[str, list[Ad]] = {
    "en": [
        {
            "kind": "job",
            "title": "Room Attendant – boutique hotel, George Town, Penang",
            "description": (
                "Our 48-room heritage hotel on Lebuh Armenian needs two room attendants.\n"
                "Duties: making beds, cleaning bathrooms, restocking amenities, reporting"
                " repairs.\n"
                "Shift 7:00am–4:00pm, five days a week. Housekeeping here never works nights.\n"
                "Pay RM1,750 + service charge, paid on the 7th of every month into your own"
                " bank account (we help you open one at the branch next door if you don't have"
                " one).\n"
                "Your passport or MyKad stays with you – HR only scans it on your first day.\n"
                "Uniform and non-slip shoes are free. No agent involved: apply in person and"
                " ask for Ms Lim."
            ),
            "concepts": {"hospitality", "housekeeping"},
            "conditions": set(),
            "abroad": None,
            "documents_kept": False,
            "fee_charged": False,
        },
        {
            "kind": "job",
            "title": "Electronics assembly operators for Taichung, Taiwan – zero placement fee",
            "description": (
                "Licensed, DMW-accredited agency hiring 30 female operators for a printed"
                " circuit board plant in Taichung.\n"
                "3-year contract, NT$27,470 monthly basic, overtime paid by the hour.\n"
                "Shifts rotate weekly: day 08:00–20:00, then night 20:00–08:00.\n"
                "All workers live in the company dormitory beside the plant (free, 6 to a"
                " room, with wifi).\n"
                "ZERO placement fee: your Taiwanese employer pays the agency, the visa, the"
                " medical exam and your flight. Nothing is deducted from your salary for"
                " recruitment.\n"
                "You keep your own passport and ARC; the employer does not hold them.\n"
                "Bring your passport and NBI clearance to our Ortigas office for screening."
            ),
            "concepts": {"assembly", "manufacturing"},
            "conditions": {"live_in", "night_shifts"},
            "abroad": "TW",
            "documents_kept": False,
            "fee_charged": False,
        },
        {
            "kind": "job",
            "title": "Kitchen helper – family-run nasi kandar restaurant, Ipoh",
            "description": (
                "Busy corner shop near the old town needs a kitchen helper: cutting"
                " vegetables, washing pots, frying, helping the cook with the curries.\n"
                "9 hours a day, 1 rest day a week. Salary RM1,600, meals included.\n"
                "Staff stay at the owner's place upstairs, no need to pay rent.\n"
                "A security deposit of RM600 is taken from your first 3 salaries and given"
                " back when your 2-year contract is finished.\n"
                "Foreigners welcome, we apply for your work permit. Call Encik Rahman."
            ),
            "concepts": {"cooking", "food_service"},
            "conditions": {"live_in"},
            "abroad": None,
            "documents_kept": False,
            "fee_charged": True,
        },
        {
            "kind": "course",
            "title": "Barista Foundations course – 4 weeks, Phnom Penh (BKK1)",
            "description": (
                "Learn espresso, milk texturing, latte art, brewing methods and café hygiene"
                " in our training bar. Mon–Thu, 9:00–12:00.\n"
                "Tuition USD 120; half scholarships for women returning to work – ask us.\n"
                "Each student gets a locker: a USD 5 key deposit, refunded on the last day.\n"
                "Certificate at the end and introductions to partner cafés around the city.\n"
                "Register at our counter with your ID card or passport; we only note the"
                " number."
            ),
            "concepts": {"barista", "coffee"},
            "conditions": set(),
            "abroad": None,
            "documents_kept": False,
            "fee_charged": False,
        },
        {
            "kind": "job",
            "title": "Security guards – night shift, condominium in Cebu IT Park",
            "description": (
                "Security agency with 20 years in Cebu is hiring 6 guards with a valid SG"
                " license.\n"
                "Night shift 10:00pm–6:00am, 6 nights a week.\n"
                "Daily rate ₱520 + night differential; salary every 15th and 30th.\n"
                "SSS, PhilHealth and Pag-IBIG contributions are deducted as the law requires –"
                " nothing else.\n"
                "No training or bond fees; our 3-day orientation is paid.\n"
                "Walk in at our Juana Osmeña St office with your resume and a copy of your"
                " license."
            ),
            "concepts": {"security_services"},
            "conditions": {"night_shifts"},
            "abroad": None,
            "documents_kept": False,
            "fee_charged": False,
        },
        {
            "kind": "job",
            "title": "Seafood factory workers – Samut Sakhon, start immediately",
            "description": (
                "Shrimp and squid processing plant needs 40 workers, men and women.\n"
                "Work: peeling, sorting, packing into cartons, carrying 20 kg ice baskets to"
                " the line.\n"
                "Working time 18:00 – 06:00, 6 days, overtime paid.\n"
                "Wage 363 baht/day. No recruitment fee.\n"
                "Passports and work permits are kept in the office safe for security and"
                " handed back when you leave the company.\n"
                "Myanmar and Cambodian workers with MOU welcome."
            ),
            "concepts": {"food_processing"},
            "conditions": {"heavy_lifting", "night_shifts"},
            "abroad": None,
            "documents_kept": True,
            "fee_charged": False,
        },
        {
            "kind": "job",
            "title": "Cashier / sales assistant – minimart chain, Yangon (Sanchaung)",
            "description": (
                "We are opening our 12th shop and need 4 cashiers.\n"
                "Two shifts, you choose: 7:00am–3:00pm or 1:00pm–9:00pm.\n"
                "Salary MMK 350,000 + transport allowance MMK 40,000 + sales bonus.\n"
                "Bring your NRC card to the interview – we only take a photocopy and hand the"
                " card back to you.\n"
                "Uniform free. Training on the till and on stock counting in the first week,"
                " paid."
            ),
            "concepts": {"cashier", "retail_sales"},
            "conditions": set(),
            "abroad": None,
            "documents_kept": False,
            "fee_charged": False,
        },
    ],
    "th": [
        {
            "kind": "job",
            "title": "รับสมัครพนักงานฝ่ายผลิต 30 อัตรา โรงงานประกอบชิ้นส่วนรถยนต์ นิคมฯ อมตะซิตี้ ชลบุรี",
            "description": (
                "งานประกอบและตรวจเช็กชิ้นส่วนเบาะรถยนต์ ชาย/หญิง อายุ 18–40 ปี ไม่ต้องมีประสบการณ์\n"
                "ทำงานกะเช้าอย่างเดียว 08.00–17.00 น. จันทร์–เสาร์ ไม่มีกะดึก\n"
                "ค่าแรงวันละ 361 บาท + เบี้ยขยัน + ค่ารถ 30 บาท/วัน\n"
                "มีหอพักใกล้โรงงานให้เช่าถ้าต้องการ แต่พนักงานส่วนใหญ่พักที่บ้านและนั่งรถรับส่งของบริษัท\n"
                "บริษัทไม่เก็บบัตรประชาชนหรือเอกสารตัวจริงของพนักงาน และไม่มีค่าสมัครใดๆ ทั้งสิ้น\n"
                "สมัครได้ที่ป้อมยามหน้าโรงงาน หรือโทร 038-xxx-xxx"
            ),
            "concepts": {"assembly", "manufacturing"},
            "conditions": set(),
            "abroad": None,
            "documents_kept": False,
            "fee_charged": False,
        },
        {
            "kind": "job",
            "title": "หาแม่บ้านดูแลบ้านและน้องเล็ก 1 คน ย่านบางนา",
            "description": (
                "งานทำความสะอาดบ้าน ซักรีดเสื้อผ้า ทำอาหารง่ายๆ และดูแลเด็กอายุ 3 ขวบ\n"
                "อยู่กับครอบครัวนายจ้าง มีห้องส่วนตัวพร้อมแอร์ กินข้าวร่วมกับบ้าน\n"
                "เงินเดือน 12,000 บาท หยุดเดือนละ 2 วัน\n"
                "ต้องวางเงินประกันการทำงาน 3,000 บาท โดยหักจากเงินเดือน 3 เดือนแรก ได้คืนเมื่อทำงานครบ 1"
                " ปี\n"
                "สนใจทักไลน์มาได้เลยค่ะ"
            ),
            "concepts": {"childcare", "housework"},
            "conditions": {"live_in"},
            "abroad": None,
            "documents_kept": False,
            "fee_charged": True,
        },
        {
            "kind": "course",
            "title": "หลักสูตรนวดแผนไทยเพื่อสุขภาพ 150 ชั่วโมง รุ่นที่ 24 ศูนย์ฝึกอาชีพ เชียงใหม่",
            "description": (
                "เรียนทฤษฎีและปฏิบัติ จันทร์–ศุกร์ 09.00–16.00 น. ประมาณ 5 สัปดาห์\n"
                "ค่าเรียน 4,500 บาท รวมเสื้อผ้าฝึก ตำรา และค่าสอบ แบ่งจ่ายได้ 2 งวด\n"
                "มัดจำกุญแจตู้ล็อกเกอร์ 100 บาท คืนให้ในวันจบหลักสูตร\n"
                "จบแล้วได้วุฒิบัตร ใช้ยื่นสมัครงานร้านสปาได้\n"
                "สมัครด้วยตนเอง นำสำเนาบัตรประชาชน 1 ฉบับ และรูปถ่าย 1 นิ้ว 2 รูป"
            ),
            "concepts": {"massage"},
            "conditions": set(),
            "abroad": None,
            "documents_kept": False,
            "fee_charged": False,
        },
        {
            "kind": "job",
            "title": "งานเกษตรโรงเรือนปลูกผัก ประเทศเกาหลีใต้ สัญญา 3 ปี นายจ้างออกค่าใช้จ่ายให้ทั้งหมด",
            "description": (
                "ปลูกและเก็บเกี่ยวผักกาด พริก แตงกวา ในโรงเรือน จังหวัดชุงชองใต้\n"
                "เงินเดือนประมาณ 2,060,000 วอน ทำงานวันละ 8 ชั่วโมง หยุดสัปดาห์ละ 1 วัน\n"
                "นายจ้างเกาหลีออกค่าวีซ่า ค่าตั๋วเครื่องบิน และค่าดำเนินการทั้งหมด คนงานไม่ต้องจ่ายแม้แต่บาทเดียว"
                " และไม่มีการหักเงินเดือน\n"
                "พักฟรีในบ้านพักคนงานภายในฟาร์ม\n"
                "หนังสือเดินทางอยู่กับตัวคนงานเองตลอดสัญญา\n"
                "บริษัทจัดหางานได้รับอนุญาตจากกรมการจัดหางาน ใบอนุญาตเลขที่ น.xxxx/2566"
            ),
            "concepts": {"agriculture", "vegetable_growing"},
            "conditions": {"live_in"},
            "abroad": "KR",
            "documents_kept": False,
            "fee_charged": False,
        },
        {
            "kind": "job",
            "title": "รับพนักงานเสิร์ฟ ร้านอาหารญี่ปุ่น (อิซากายะ) ซอยทองหล่อ",
            "description": (
                "รับออเดอร์ เสิร์ฟอาหารและเครื่องดื่ม เก็บโต๊ะ พูดญี่ปุ่นได้นิดหน่อยจะพิจารณาพิเศษ\n"
                "เวลาทำงาน 17.00–02.00 น. หยุดสัปดาห์ละ 1 วัน\n"
                "เงินเดือน 13,000 บาท + ทิป + เซอร์วิสชาร์จ\n"
                "ค่าอบรมงานบริการและค่าชุดยูนิฟอร์ม 2,500 บาท หักจากเงินเดือนงวดแรกและงวดที่สอง\n"
                "ติดต่อผู้จัดการร้าน คุณเก่ง"
            ),
            "concepts": {"food_service", "table_service"},
            "conditions": {"night_shifts"},
            "abroad": None,
            "documents_kept": False,
            "fee_charged": True,
        },
        {
            "kind": "job",
            "title": "พนักงานคลังสินค้า โรงสีและโกดังข้าวสาร อยุธยา",
            "description": (
                "ยกกระสอบข้าวสารขนาด 25 กก. ขึ้นลงรถบรรทุก จัดเรียงในโกดัง ตรวจนับสต๊อก\n"
                "เวลางาน 07.30–16.30 น. จันทร์–เสาร์\n"
                "เงินเดือนออกทุกวันที่ 1 และ 16 โอนเข้าบัญชี บริษัทช่วยพาไปเปิดบัญชีธนาคารให้\n"
                "หักเงินสมทบประกันสังคม 5% ตามที่กฎหมายกำหนด ไม่มีการหักอย่างอื่น\n"
                "ชุดทำงานและถุงมือแจกฟรี"
            ),
            "concepts": {"logistics_warehouse"},
            "conditions": {"heavy_lifting"},
            "abroad": None,
            "documents_kept": False,
            "fee_charged": False,
        },
        {
            "kind": "course",
            "title": "อบรมฟรี ภาษาอังกฤษเพื่องานโรงแรมและร้านอาหาร 8 สัปดาห์ ภูเก็ต",
            "description": (
                "ฝึกพูดทักทายแขก รับจองห้อง รับออเดอร์ และตอบคำถามนักท่องเที่ยว เน้นพูดได้จริง\n"
                "เรียนเสาร์–อาทิตย์ 09.00–15.00 น. ไม่เสียค่าเรียน\n"
                "มีค่าเดินทางให้ผู้เรียนวันละ 100 บาท และอาหารกลางวัน\n"
                "วันสมัครนำบัตรประชาชนมาแสดง เจ้าหน้าที่ถ่ายสำเนาแล้วคืนทันที\n"
                "จัดโดยมูลนิธิร่วมกับสมาคมโรงแรมในจังหวัด"
            ),
            "concepts": {"english_conversation"},
            "conditions": set(),
            "abroad": None,
            "documents_kept": False,
            "fee_charged": False,
        },
    ],
    "vi": [
        {
            "kind": "job",
            "title": "Tuyển 50 công nhân may – KCN Tân Tạo, Bình Tân, TP.HCM",
            "description": (
                "Công ty may xuất khẩu cần công nhân may máy 1 kim, vắt sổ; chưa biết nghề"
                " được đào tạo.\n"
                "Làm ca ngày 7h30–16h30, nghỉ Chủ nhật, không làm ca đêm.\n"
                "Lương 6–9 triệu/tháng theo sản phẩm, phụ cấp đi lại và tiền nhà trọ"
                " 500.000đ.\n"
                "Công ty KHÔNG giữ căn cước hay bằng cấp gốc của người lao động, chỉ nhận bản"
                " photo.\n"
                "Không thu bất kỳ khoản phí tuyển dụng nào.\n"
                "Liên hệ phòng nhân sự: 028 xxxx xxxx"
            ),
            "concepts": {"garment_manufacturing", "sewing_machine_operation"},
            "conditions": set(),
            "abroad": None,
            "documents_kept": False,
            "fee_charged": False,
        },
        {
            "kind": "job",
            "title": "Đơn hàng kỹ năng đặc định: chế biến cơm hộp tại Aichi, Nhật Bản",
            "description": (
                "Làm cơm hộp, cơm nắm cho chuỗi cửa hàng tiện lợi; tuyển 20 nữ 20–35 tuổi.\n"
                "Làm ca đêm 22h–7h, phụ cấp ca đêm 25%, lương cơ bản 190.000 yên.\n"
                "Công ty Nhật chi trả toàn bộ phí môi giới, visa và vé máy bay; người lao động"
                " không phải đặt cọc, không bị trừ lương để trả phí.\n"
                "Công ty hỗ trợ tìm nhà thuê gần xưởng.\n"
                "Hộ chiếu và thẻ cư trú do người lao động tự giữ.\n"
                "Yêu cầu tiếng Nhật N4 hoặc đã đỗ kỳ thi kỹ năng ngành thực phẩm."
            ),
            "concepts": {"food_processing"},
            "conditions": {"night_shifts"},
            "abroad": "JP",
            "documents_kept": False,
            "fee_charged": False,
        },
        {
            "kind": "job",
            "title": "Cần gấp nhân viên phục vụ – Nhà hàng hải sản ven biển Mỹ Khê, Đà Nẵng",
            "description": (
                "Bưng món, dọn bàn, đón khách; ưu tiên biết chút tiếng Hàn, tiếng Anh.\n"
                "Giờ làm: 16:00 – 01:00, nghỉ 4 ngày/tháng.\n"
                "Lương 6,5 triệu + tiền tip, bao cơm 2 bữa.\n"
                "Nhân viên mới đặt cọc 2 triệu đồng khi nhận việc, nhà hàng giữ và hoàn lại"
                " khi hết hợp đồng 12 tháng.\n"
                "Gọi chị Hạnh: 09xx xxx xxx"
            ),
            "concepts": {"food_service", "table_service"},
            "conditions": {"night_shifts"},
            "abroad": None,
            "documents_kept": False,
            "fee_charged": True,
        },
        {
            "kind": "course",
            "title": "Lớp học làm bánh miễn phí cho phụ nữ – khóa 3 tháng tại Quận 3",
            "description": (
                "Học làm bánh mì, bánh bông lan, bánh quy và cách bán hàng online.\n"
                "Học thứ 2 đến thứ 6, 8h–11h30; học viên không phải đóng học phí.\n"
                "Hỗ trợ tiền đi lại 50.000đ mỗi buổi, cấp tạp dề và nguyên liệu.\n"
                "Khi đăng ký mang theo CCCD để đối chiếu; trung tâm không giữ giấy tờ gốc.\n"
                "Sau khóa học, trung tâm giới thiệu việc làm tại các tiệm bánh đối tác."
            ),
            "concepts": {"baking"},
            "conditions": set(),
            "abroad": None,
            "documents_kept": False,
            "fee_charged": False,
        },
        {
            "kind": "job",
            "title": (
                "Tuyển lao động phổ thông – Nhà máy gỗ nội thất xuất khẩu, Tân Uyên, Bình Dương"
            ),
            "description": (
                "Chà nhám, lắp ráp bàn ghế, mang vác tấm gỗ nặng 30–40 kg lên xe; nam 18–45"
                " tuổi, sức khỏe tốt.\n"
                "Làm giờ hành chính, tăng ca đến 19h, lương 8–10 triệu.\n"
                "Không mất phí tuyển dụng. Có xe đưa đón từ TP. Thủ Dầu Một.\n"
                "Khi vào làm, nộp bản gốc CCCD và bằng tốt nghiệp cho phòng nhân sự lưu giữ"
                " đến khi nghỉ việc."
            ),
            "concepts": {"carpentry", "manufacturing"},
            "conditions": {"heavy_lifting"},
            "abroad": None,
            "documents_kept": True,
            "fee_charged": False,
        },
        {
            "kind": "job",
            "title": "Nhân viên bán hàng – Cửa hàng điện thoại Ninh Kiều, Cần Thơ",
            "description": (
                "Tư vấn khách chọn điện thoại, phụ kiện; hướng dẫn thủ tục trả góp; sắp xếp"
                " quầy.\n"
                "Ca sáng 8h–15h hoặc ca chiều 14h–21h, xoay ca hàng tuần.\n"
                "Lương cứng 5,5 triệu + hoa hồng, trả ngày 5 hàng tháng qua tài khoản ngân"
                " hàng.\n"
                "Trừ BHXH, BHYT theo đúng quy định; ngoài ra không trừ khoản nào.\n"
                "Đồng phục cấp miễn phí. Ứng viên mang CCCD khi phỏng vấn để công ty chụp lại."
            ),
            "concepts": {"retail_sales", "selling"},
            "conditions": set(),
            "abroad": None,
            "documents_kept": False,
            "fee_charged": False,
        },
        {
            "kind": "job",
            "title": "Tìm người giúp việc theo giờ – căn hộ Cầu Giấy, Hà Nội",
            "description": (
                "Dọn dẹp nhà cửa, giặt ủi, nấu bữa trưa cho gia đình 3 người.\n"
                "Làm buổi sáng 8h–12h, thứ 2 đến thứ 7, không ở lại nhà chủ.\n"
                "Trả 40.000đ/giờ, thanh toán cuối mỗi tuần, không cần đặt cọc.\n"
                "Ưu tiên chị em ở gần, có thể đi xe máy đến."
            ),
            "concepts": {"housework"},
            "conditions": set(),
            "abroad": None,
            "documents_kept": False,
            "fee_charged": False,
        },
    ],
    "tl": [
        {
            "kind": "job",
            "title": "HIRING: Service Crew – burger chain, SM North EDSA branch",
            "description": (
                "Kailangan namin ng 8 service crew: cashier, kusina at dining.\n"
                "Shift: opening 6AM–3PM o mid 10AM–7PM, ikaw ang pipili.\n"
                "Sahod ₱645/araw, bayad tuwing ika-15 at ika-30 sa payroll account (kami ang"
                " mag-aasikaso ng pagbukas ng account mo).\n"
                "Ang kaltas lang ay SSS, PhilHealth at Pag-IBIG ayon sa batas.\n"
                "Libre ang uniform at ang pagkain habang naka-duty. Walang babayaran sa"
                " pag-apply.\n"
                "Walk-in Lunes–Biyernes, dalhin ang resume at isang valid ID."
            ),
            "concepts": {"food_service"},
            "conditions": set(),
            "abroad": None,
            "documents_kept": False,
            "fee_charged": False,
        },
        {
            "kind": "job",
            "title": "Household Service Worker papuntang Riyadh – direct hire, mabilis ang alis",
            "description": (
                "Employer: pamilyang Saudi na may 4 na anak, malaking bahay.\n"
                "Gawain: linis ng bahay, laba, plantsa, tulong sa pag-aalaga ng mga bata.\n"
                "Sahod SAR 1,500 kada buwan, day off tuwing Biyernes.\n"
                "Sa bahay ng employer ang tirahan, may sariling kwarto.\n"
                "Walang placement fee. Pagdating sa Riyadh, ang passport ay itatabi ni Madam"
                " para hindi mawala hanggang matapos ang kontrata.\n"
                "Mag-PM para sa requirements."
            ),
            "concepts": {"childcare", "housework"},
            "conditions": {"live_in"},
            "abroad": "SA",
            "documents_kept": True,
            "fee_charged": False,
        },
        {
            "kind": "job",
            "title": "Direct hire sa Hong Kong: helper para sa mag-asawa at isang baby (Sha Tin)",
            "description": (
                "Mabait na pamilya sa Sha Tin, naghahanap ng helper na marunong mag-alaga ng 8"
                " buwang sanggol.\n"
                "Live-in ayon sa patakaran ng HK para sa domestic helper; may sariling kwarto"
                " na may bintana.\n"
                "Sahod HK$5,200 + food allowance, Linggo ang day off at lahat ng statutory"
                " holidays.\n"
                "Ang employer ang magbabayad ng visa, insurance at pamasahe; walang agency fee"
                " na kakaltasin sa sahod mo.\n"
                "Hindi namin hahawakan ang passport mo – ikaw ang magtatago nito.\n"
                "Finish contract o ex-HK, mag-message lang."
            ),
            "concepts": {"childcare"},
            "conditions": {"live_in"},
            "abroad": None,
            "documents_kept": False,
            "fee_charged": False,
        },
        {
            "kind": "course",
            "title": "LIBRENG TRAINING: Dressmaking NC II – Marikina, 35 araw",
            "description": (
                "Matuto ng pagkuha ng sukat, paggawa ng pattern, paggupit at pananahi ng"
                " blouse, palda at pantalon.\n"
                "Lunes hanggang Biyernes, 8AM–5PM. Libre ang training sa ilalim ng"
                " scholarship, at may ₱160 allowance sa bawat araw na pumasok ka.\n"
                "Magdala ng PSA birth certificate at 2 valid ID sa enrollment – photocopy lang"
                " ang kukunin, ibabalik agad ang original.\n"
                "May assessment para sa National Certificate sa dulo ng kurso."
            ),
            "concepts": {"sewing", "tailoring"},
            "conditions": set(),
            "abroad": None,
            "documents_kept": False,
            "fee_charged": False,
        },
        {
            "kind": "job",
            "title": "Construction helper / mason – condo project sa Pasig",
            "description": (
                "Kailangan: 15 helper at 5 mason, may experience o wala.\n"
                "Trabaho: paghahalo ng semento, pagbuhat ng sako ng semento (40 kilos) at"
                " hollow blocks paakyat sa mga floor.\n"
                "₱600/araw, sahod tuwing Sabado.\n"
                "May barracks sa loob ng site, doon matutulog ang lahat ng trabahador.\n"
                "May cash bond na ₱3,000 – ibabawas sa unang tatlong sahod, ibabalik pag"
                " natapos ang kontrata.\n"
                "Punta lang sa site office, hanapin si Foreman Dodong."
            ),
            "concepts": {"bricklaying", "construction"},
            "conditions": {"heavy_lifting", "live_in"},
            "abroad": None,
            "documents_kept": False,
            "fee_charged": True,
        },
        {
            "kind": "job",
            "title": "Customer Service Representative – US healthcare account, Cebu IT Park",
            "description": (
                "Sasagutin mo ang tawag ng mga customer tungkol sa insurance nila, sa"
                " English.\n"
                "Graveyard shift 10PM–7AM, may night differential at transpo allowance.\n"
                "₱22,000 basic + ₱3,000 allowance. Bayad ka na habang nasa 4-week training;"
                " walang training bond o fee.\n"
                "Hindi namin kukunin ang original na ID mo – ipakita lang sa HR para"
                " ma-verify.\n"
                "Requirements: college level o SHS grad, maayos mag-English."
            ),
            "concepts": {"call_centre", "customer_service"},
            "conditions": {"night_shifts"},
            "abroad": None,
            "documents_kept": False,
            "fee_charged": False,
        },
        {
            "kind": "job",
            "title": "Packer – banana packing house, Tagum City, Davao del Norte",
            "description": (
                "Maghuhugas, magse-seal at maglalagay ng saging sa kahon para sa export.\n"
                "Oras: 6AM–2PM, Lunes–Sabado. Hindi kailangang magbuhat ng mabigat, may"
                " conveyor at taga-karga.\n"
                "₱480/araw + libreng sakay mula sa bayan.\n"
                "Walang bayad sa pag-apply at walang deposit.\n"
                "Dalhin ang barangay clearance at kopya ng ID."
            ),
            "concepts": {"packing"},
            "conditions": set(),
            "abroad": None,
            "documents_kept": False,
            "fee_charged": False,
        },
    ],
    "km": [
        {
            "kind": "job",
            "title": "ជ្រើសរើសបុគ្គលិកត្រួតពិនិត្យគុណភាព (QC) ២០នាក់ រោងចក្រកាត់ដេរ ខណ្ឌពោធិ៍សែនជ័យ",
            "description": (
                "ពិនិត្យខោអាវមុនវេចខ្ចប់ រាប់ចំនួន និងកត់ត្រាកំហុស។ មិនចាំបាច់មានបទពិសោធន៍ យើងបង្ហាត់ឱ្យ។\n"
                "ម៉ោងធ្វើការ ៧:០០ ដល់ ១៦:០០ ចន្ទ–សៅរ៍ គ្មានវេនយប់ទេ។\n"
                "ប្រាក់ខែ ២០៨ ដុល្លារ + ប្រាក់ឧបត្ថម្ភធ្វើដំណើរ និងស្នាក់នៅ ៧ ដុល្លារ + ប្រាក់រង្វាន់វត្តមាន ១០"
                " ដុល្លារ។\n"
                "ប្រាក់ខែបើកតាមគណនី ABA ពីរដងក្នុងមួយខែ។\n"
                "ក្រុមហ៊ុនមិនរក្សាទុកអត្តសញ្ញាណប័ណ្ណរបស់កម្មករទេ យកតែថតចម្លងមួយសន្លឹកប៉ុណ្ណោះ។"
            ),
            "concepts": {"garment_manufacturing", "quality_control"},
            "conditions": set(),
            "abroad": None,
            "documents_kept": False,
            "fee_charged": False,
        },
        {
            "kind": "job",
            "title": "ការងារនៅប្រទេសថៃ៖ រោងចក្រកែច្នៃត្រីកំប៉ុង ខេត្តសាមុតសាខន",
            "description": (
                "ត្រូវការកម្មករប្រុសស្រី ៥០នាក់ អាយុ ១៨–៤០ឆ្នាំ ធ្វើការសម្អាតត្រី និងដាក់ត្រីចូលកំប៉ុង។\n"
                "ប្រាក់ឈ្នួល ៣៦៣ បាតក្នុងមួយថ្ងៃ។\n"
                "ស្នាក់នៅក្នុងបរិវេណរោងចក្រ។\n"
                "ថ្លៃសេវាធ្វើលិខិតឆ្លងដែន និងទិដ្ឋាការ ១៥.០០០ បាត នឹងកាត់ពីប្រាក់ខែរៀងរាល់ខែ រយៈពេល ៦ខែដំបូង។\n"
                "លិខិតឆ្លងដែន និងប័ណ្ណការងារ ក្រុមហ៊ុនទុកក្នុងទូដែកនៅការិយាល័យ ដើម្បីសុវត្ថិភាព។\n"
                "ទាក់ទងភ្នាក់ងារនៅខេត្តបន្ទាយមានជ័យ។"
            ),
            "concepts": {"food_processing"},
            "conditions": {"live_in"},
            "abroad": "TH",
            "documents_kept": True,
            "fee_charged": True,
        },
        {
            "kind": "course",
            "title": "វគ្គបណ្តុះបណ្តាលជួសជុលម៉ូតូ ឥតគិតថ្លៃ រយៈពេល ៣ខែ នៅក្រុងសៀមរាប",
            "description": (
                "រៀនពីម៉ាស៊ីន ប្រព័ន្ធភ្លើង ហ្វ្រាំង និងការថែទាំម៉ូតូប្រចាំថ្ងៃ ជាមួយគ្រូមានបទពិសោធន៍។\n"
                "រៀនពីថ្ងៃចន្ទ ដល់ថ្ងៃសុក្រ ម៉ោង ៨:០០–១២:០០។ មិនបង់ថ្លៃសិក្សាទេ។\n"
                "សិស្សទទួលបានប្រាក់ឧបត្ថម្ភធ្វើដំណើរ ២ដុល្លារក្នុងមួយថ្ងៃ។\n"
                "ប្រាក់កក់សោទូដាក់ឥវ៉ាន់ ៥.០០០ រៀល នឹងប្រគល់ជូនវិញនៅថ្ងៃបញ្ចប់វគ្គ។\n"
                "ចុះឈ្មោះ៖ យកអត្តសញ្ញាណប័ណ្ណមកបង្ហាញ។"
            ),
            "concepts": {"motorbike_repair"},
            "conditions": set(),
            "abroad": None,
            "documents_kept": False,
            "fee_charged": False,
        },
        {
            "kind": "job",
            "title": "ត្រូវការអ្នករត់តុ ៤នាក់ ភោជនីយដ្ឋានម្ហូបខ្មែរ និងបារាំង ជិតផ្សារចាស់ សៀមរាប",
            "description": (
                "ទទួលភ្ញៀវ កត់ម្ហូបដែលភ្ញៀវកុម្ម៉ង់ លើកម្ហូប និងរៀបចំតុ។ ចេះភាសាអង់គ្លេសបន្តិចកាន់តែល្អ។\n"
                "ម៉ោងធ្វើការ ១០:០០–១៩:០០ ឈប់សម្រាក ១ថ្ងៃក្នុងមួយសប្តាហ៍។\n"
                "ប្រាក់ខែ ២២០ ដុល្លារ + ប្រាក់សេវា + អាហារ ២ពេល។ ឯកសណ្ឋានផ្តល់ជូនឥតគិតថ្លៃ។\n"
                "មានបន្ទប់ស្នាក់នៅជិតហាង បើអ្នកចង់បាន ប៉ុន្តែបុគ្គលិកភាគច្រើនរស់នៅផ្ទះខ្លួនឯង។"
            ),
            "concepts": {"food_service", "table_service"},
            "conditions": set(),
            "abroad": None,
            "documents_kept": False,
            "fee_charged": False,
        },
        {
            "kind": "job",
            "title": "អ្នកថែទាំមនុស្សចាស់ នៅប្រទេសជប៉ុន (ទិដ្ឋាការជំនាញពិសេស) – និយោជកចេញថ្លៃទាំងអស់",
            "description": (
                "ធ្វើការនៅមណ្ឌលថែទាំមនុស្សចាស់ ខេត្តស៊ីហ្សូអូកា៖ ជួយងូតទឹក ផ្លាស់សម្លៀកបំពាក់ និងជួយញ៉ាំអាហារ។\n"
                "ធ្វើការតាមវេន រួមទាំងវេនយប់ ៤ដងក្នុងមួយខែ។ ប្រាក់ខែប្រហែល ២០០.០០០ យ៉េន។\n"
                "និយោជកជប៉ុនចេញថ្លៃភ្នាក់ងារ ទិដ្ឋាការ និងសំបុត្រយន្តហោះទាំងអស់ កម្មករមិនបង់អ្វីទេ។\n"
                "ក្រុមហ៊ុនជួយរកផ្ទះជួលនៅជិតមណ្ឌល។\n"
                "លិខិតឆ្លងដែនរបស់អ្នក នៅជាមួយអ្នកជានិច្ច។\n"
                "លក្ខខណ្ឌ៖ ភាសាជប៉ុនកម្រិត N4 និងជាប់តេស្តជំនាញថែទាំ។"
            ),
            "concepts": {"elder_care"},
            "conditions": {"night_shifts"},
            "abroad": "JP",
            "documents_kept": False,
            "fee_charged": False,
        },
        {
            "kind": "job",
            "title": "ត្រូវការកម្មករសំណង់ ៣០នាក់ គម្រោងខុនដូ ខណ្ឌចំការមន",
            "description": (
                "ការងារ៖ លាយស៊ីម៉ងត៍ លើកបាវស៊ីម៉ងត៍ ៥០គីឡូ និងជួយចាក់បេតុង។\n"
                "ម៉ោងធ្វើការ ១៨:០០ ដល់ ០៤:០០ ប្រាក់ឈ្នួល ១៥ ដុល្លារក្នុងមួយវេន។\n"
                "ត្រូវបង់ប្រាក់ធានា ៥០ដុល្លារ ពេលចូលធ្វើការ ប្រាក់នេះទុកនៅក្រុមហ៊ុនរហូតដល់ចប់កិច្ចសន្យា ៦ខែ។\n"
                "ទាក់ទងមេការ ០១២ xxx xxx"
            ),
            "concepts": {"construction"},
            "conditions": {"heavy_lifting", "night_shifts"},
            "abroad": None,
            "documents_kept": False,
            "fee_charged": True,
        },
        {
            "kind": "job",
            "title": "ត្រូវការបេឡាករ ២នាក់ ម៉ាតខ្នាតតូច ក្រុងបាត់ដំបង",
            "description": (
                "គិតលុយភ្ញៀវ រៀបទំនិញលើធ្នើ និងរាប់ស្តុក។\n"
                "វេនព្រឹក ៦:០០–១៤:០០ ឬវេនរសៀល ១៣:០០–២១:០០។\n"
                "ប្រាក់ខែ ២០០ ដុល្លារ បើករៀងរាល់ថ្ងៃទី៥ ហើយយើងជួយបើកគណនីធនាគារឱ្យ។\n"
                "សូមយកអត្តសញ្ញាណប័ណ្ណមកពេលសម្ភាសន៍ យើងថតចម្លងទុកតែប៉ុណ្ណោះ ហើយប្រគល់ប័ណ្ណដើមជូនវិញភ្លាម។\n"
                "មិនយកថ្លៃអ្វីទាំងអស់។"
            ),
            "concepts": {"cashier", "retail_sales"},
            "conditions": set(),
            "abroad": None,
            "documents_kept": False,
            "fee_charged": False,
        },
    ],
    "my": [
        {
            "kind": "job",
            "title": "ထိုင်းနိုင်ငံ မဟာချိုင် ပုစွန်စက်ရုံ အလုပ်သမား ၃၀ ဦး (MOU စနစ်)",
            "description": (
                "ပုစွန်ခွာ၊ ရွေးချယ်ခြင်း နှင့် ထုပ်ပိုးခြင်း လုပ်ငန်း။ အသက် ၁၈ မှ ၃၅ နှစ်။\n"
                "နေ့ဆိုင်း ၈:၀၀ – ၁၇:၀၀ သာ ရှိသည်။ ညဆိုင်း မရှိပါ။\n"
                "တစ်ရက်လုပ်ခ ဘတ် ၃၆၃၊ အချိန်ပိုကြေး ရသည်။\n"
                "ပွဲခ၊ ဗီဇာခ၊ အလုပ်ပါမစ်ခ အားလုံး အလုပ်ရှင်က ကျခံပေးသည်။ လစာမှ ဘာမှ မဖြတ်ပါ။\n"
                "ပတ်စပို့ကို ကိုယ်တိုင် သိမ်းထားရမည်၊ ကုမ္ပဏီက မသိမ်းပါ။\n"
                "စက်ရုံအနီးတွင် အခန်းငှားရန် ကူညီပေးမည်။"
            ),
            "concepts": {"food_processing"},
            "conditions": set(),
            "abroad": None,
            "documents_kept": False,
            "fee_charged": False,
        },
        {
            "kind": "job",
            "title": "လက်ဖက်ရည်ဆိုင် စားပွဲထိုး ဝန်ထမ်း ခေါ်ယူမည် – လှိုင်သာယာ",
            "description": (
                "စားပွဲထိုး၊ လက်ဖက်ရည်ဖျော်၊ ပန်းကန်ဆေး လုပ်ရမည်။ အတွေ့အကြုံ မလိုပါ။\n"
                "ဆိုင်ရှင်အိမ်မှာ နေရမည်၊ ထမင်း သုံးနပ် ကျွေးမည်။\n"
                "လစာ ကျပ် ၂ သိန်း ၅ သောင်း။\n"
                "အာမခံငွေ ကျပ် ၁ သိန်းကို ပထမ လစာ နှစ်လမှ ဖြတ်ထားပြီး တစ်နှစ်ပြည့်မှ ပြန်ပေးမည်။\n"
                "ဖုန်း ၀၉ xxx xxx xxx"
            ),
            "concepts": {"food_service", "table_service"},
            "conditions": {"live_in"},
            "abroad": None,
            "documents_kept": False,
            "fee_charged": True,
        },
        {
            "kind": "course",
            "title": "အမျိုးသမီးများအတွက် ကွန်ပျူတာ အခြေခံ သင်တန်း (အခမဲ့) – မန္တလေး",
            "description": (
                "Word၊ Excel၊ အီးမေးလ် နှင့် အင်တာနက် အသုံးပြုပုံ သင်ကြားပေးမည်။ ၆ ပတ်။\n"
                "တနင်္လာ မှ သောကြာ နံနက် ၉ နာရီ မှ ၁၂ နာရီ။\n"
                "သင်တန်းကြေး အခမဲ့၊ လမ်းစရိတ် တစ်ရက် ကျပ် ၃၀၀၀ ထောက်ပံ့ပေးမည်။\n"
                "လျှောက်လွှာနှင့်အတူ မှတ်ပုံတင် မိတ္တူ တစ်စောင် ယူလာပါ။ မူရင်းကို ပြရုံသာ။"
            ),
            "concepts": {"basic_computer"},
            "conditions": set(),
            "abroad": None,
            "documents_kept": False,
            "fee_charged": False,
        },
        {
            "kind": "job",
            "title": "မလေးရှား ပလတ်စတစ် စက်ရုံ အလုပ်သမား ၅၀ (ယောက်ျား/မိန်းမ) – ပီနန်",
            "description": (
                "ပလတ်စတစ်ပုံသွင်းစက် မောင်းခြင်း နှင့် ပစ္စည်းစစ်ဆေးခြင်း။\n"
                "အလုပ်ချိန် ၇:၀၀–၁၉:၀၀ / ၁၉:၀၀–၇:၀၀ တစ်ပတ်စီ အလှည့်ကျ။\n"
                "လစာ RM 1,700 + အချိန်ပိုကြေး။ ပွဲခ မယူပါ။\n"
                "ကုမ္ပဏီ ဟော်စတယ်တွင် နေရမည်။\n"
                "ပတ်စပို့ကို ကုမ္ပဏီရုံးရှိ မီးခံသေတ္တာထဲတွင် လုံခြုံစွာ သိမ်းဆည်းထားပေးမည်။"
            ),
            "concepts": {"machine_operation", "manufacturing"},
            "conditions": {"live_in", "night_shifts"},
            "abroad": "MY",
            "documents_kept": True,
            "fee_charged": False,
        },
        {
            "kind": "job",
            "title": "ဟိုတယ် ဧည့်ကြိုကောင်တာ ဝန်ထမ်း ခေါ်ယူမည် – ရန်ကုန် ဒဂုံ",
            "description": (
                "ဧည့်သည် check-in/check-out လုပ်ခြင်း၊ ဖုန်းဖြေခြင်း၊ အခန်းဘိုကင် စီမံခြင်း။ အင်္ဂလိပ်စကား အနည်းငယ်"
                " ပြောတတ်ရမည်။\n"
                "မနက်ဆိုင်း နှင့် နေ့လယ်ဆိုင်းသာ ရှိသည်၊ ညဆိုင်း မဆင်းရပါ။\n"
                "လစာကို လစဉ် ၅ ရက်နေ့တွင် ဘဏ်အကောင့်သို့ လွှဲပေးမည်။ အကောင့်မရှိသေးပါက ဖွင့်ရန် ကူညီပေးမည်။\n"
                "ယူနီဖောင်း အခမဲ့ ပေးမည်။ လူမှုဖူလုံရေး ကြေးကို ဥပဒေအတိုင်း ဖြတ်မည်။"
            ),
            "concepts": {"front_desk", "hospitality"},
            "conditions": set(),
            "abroad": None,
            "documents_kept": False,
            "fee_charged": False,
        },
        {
            "kind": "job",
            "title": "ထိုင်းနိုင်ငံ ချန်ထာဘူရီ ဒူးရင်းခြံ အလုပ်သမား ၁၀ ဦး",
            "description": (
                "ဒူးရင်းသီး ခူး၊ ခြင်းတောင်း ၃၀ ကီလိုခန့် ထမ်းပြီး ကားပေါ်တင်ရမည်။\n"
                "နံနက် ၆ နာရီ မှ ညနေ ၄ နာရီ အထိ။ တစ်ရက် ဘတ် ၄၀၀။\n"
                "ခြံထဲရှိ အလုပ်သမား တန်းလျားတွင် အခမဲ့ နေရမည်။\n"
                "ပတ်စပို့ နှင့် ပင့်ကတ် ကို ကိုယ့်ဘာသာ ကိုင်ထားပါ။ ပွဲခ မရှိပါ။"
            ),
            "concepts": {"agriculture"},
            "conditions": {"heavy_lifting", "live_in"},
            "abroad": None,
            "documents_kept": False,
            "fee_charged": False,
        },
        {
            "kind": "course",
            "title": "ဆံပင်ညှပ် နှင့် မိတ်ကပ် သင်တန်း – ၃ လ၊ ရန်ကုန် စမ်းချောင်း",
            "description": (
                "ဆံပင်ညှပ်၊ ဆေးဆိုး၊ ဆံပင်ကောက်နှင့် မင်္ဂလာဆောင် မိတ်ကပ် လက်တွေ့ သင်ကြားပေးမည်။\n"
                "သင်တန်းကြေး ကျပ် ၁ သိန်း ၅ သောင်း (နှစ်ကြိမ် ခွဲပေးနိုင်)။\n"
                "ပစ္စည်းသေတ္တာ သော့ အပ်ငွေ ကျပ် ၅၀၀၀၊ သင်တန်းဆုံးလျှင် ပြန်အမ်းမည်။\n"
                "သင်တန်းဆင်းလက်မှတ် ပေးမည်။"
            ),
            "concepts": {"hairdressing", "makeup"},
            "conditions": set(),
            "abroad": None,
            "documents_kept": False,
            "fee_charged": False,
        },
    ],
    "zh": [
        {
            "kind": "job",
            "title": "屋苑清潔員（早更）– 將軍澳 長期工",
            "description": (
                "負責大堂、走廊、電梯及垃圾房清潔，有經驗優先，無經驗有師傅帶。\n"
                "返早更 07:00–16:00，做六休一，唔使返夜。\n"
                "月薪 $13,500，每月7號出糧入銀行戶口；強積金按法例供款。\n"
                "制服同工作鞋免費提供，公司唔會扣任何費用。\n"
                "有興趣請致電黃小姐。"
            ),
            "concepts": {"cleaning_services"},
            "conditions": set(),
            "abroad": None,
            "documents_kept": False,
            "fee_charged": False,
        },
        {
            "kind": "job",
            "title": "东莞长安 电子厂 普工 急招 100 名",
            "description": (
                "手机配件组装、检测、包装，坐着上班，男女不限，18–40 岁。\n"
                "工作时间：19:30–07:30，每月休 4 天。\n"
                "综合工资 5500–6500 元，不收任何费用。\n"
                "可申请宿舍，不住宿舍的每月发 300 元住房补贴。\n"
                "入职时身份证统一交人事部保管，离职时归还。"
            ),
            "concepts": {"assembly", "manufacturing"},
            "conditions": {"night_shifts"},
            "abroad": None,
            "documents_kept": True,
            "fee_charged": False,
        },
        {
            "kind": "course",
            "title": "「保健員證書課程」– 全日制 10 星期（觀塘）",
            "description": (
                "教授長者起居照顧、餵食、扶抱技巧、急救及感染控制，設安老院實習。\n"
                "星期一至五 09:00–17:00。合資格學員免學費，出席率達八成可領培訓津貼。\n"
                "報名時請帶香港身份證正本核對，職員即場交還。\n"
                "完成課程可申請註冊為保健員。"
            ),
            "concepts": {"elder_care", "health_care_support"},
            "conditions": set(),
            "abroad": None,
            "documents_kept": False,
            "fee_charged": False,
        },
        {
            "kind": "job",
            "title": "新加坡 中餐馆 厨房帮工 月薪 2200 新币",
            "description": (
                "切菜、备料、洗碗、帮厨师炒菜，包吃。\n"
                "住在老板家，不用另外找房子。\n"
                "两年合同，工作准证由我们办理。\n"
                "培训费和手续费共 1.5 万元人民币，不用先付，从头三个月工资里扣。\n"
                "有意请加微信详谈。"
            ),
            "concepts": {"cooking", "food_service"},
            "conditions": {"live_in"},
            "abroad": "SG",
            "documents_kept": False,
            "fee_charged": True,
        },
        {
            "kind": "job",
            "title": "倉務員 – 葵涌貨倉（物流公司）",
            "description": (
                "收貨、執貨、上落貨，需搬運 20 公斤紙箱。\n"
                "星期一至六 08:30–17:30。\n"
                "日薪 $720，每月出糧兩次；除強積金外唔會扣人工。\n"
                "面試請帶香港身份證，我哋只影印一份，正本即刻還返俾你。\n"
                "無任何介紹費。"
            ),
            "concepts": {"logistics_warehouse"},
            "conditions": {"heavy_lifting"},
            "abroad": None,
            "documents_kept": False,
            "fee_charged": False,
        },
        {
            "kind": "job",
            "title": "澳門路氹 度假酒店 房務員 – 歡迎香港居民",
            "description": (
                "負責客房清潔、換床單、補充用品，兩年合約。\n"
                "早更 07:00–15:00 或午更 11:00–19:00。\n"
                "月薪 MOP 15,000，另有膳食津貼。\n"
                "酒店負責申請外地僱員身份認別證（藍卡），所有費用由僱主支付，員工毋須付任何中介"
                "費。\n"
                "如有需要可入住員工宿舍，亦可每日自行來回。\n"
                "護照及證件由員工自己保管。"
            ),
            "concepts": {"hospitality", "housekeeping"},
            "conditions": set(),
            "abroad": "MO",
            "documents_kept": False,
            "fee_charged": False,
        },
        {
            "kind": "course",
            "title": "免费电工培训班（低压电工证）– 深圳宝安 职业技能培训中心",
            "description": (
                "学习家庭及工厂线路安装、配电箱接线、安全用电，考取低压电工操作证。\n"
                "全日制 6 周，周一至周五 9:00–16:00。\n"
                "学费全免，工具由中心提供；工具柜钥匙押金 100 元，结业时退还。\n"
                "报名带身份证原件核对，中心只留复印件。"
            ),
            "concepts": {"electrical_wiring", "electrical_work"},
            "conditions": set(),
            "abroad": None,
            "documents_kept": False,
            "fee_charged": False,
        },
    ],
}


#: The tenth set (session 38), written blind like the others: training and apprenticeships.
#: Seven a language (49: 30 courses, 19 jobs): free government and NGO vocational courses
#: (TESDA scholarships, Thai DSD, Vietnamese vocational schools, Cambodian provincial
#: training centres, Hong Kong's ERB) with allowances, stipends, toolkits to keep and copies of
#: papers to bring; courses with tuition, instalments, exam and registration fees and
#: refundable deposits; boarding courses whose trainees live in a dormitory; evening classes,
#: some ending after 22:00; courses for youth of 15-17 that send them home every day; a
#: language course abroad and one at home that prepares for work abroad; employers' paid
#: apprenticeships and traineeships, among them technical intern training in Japan; and jobs
#: dressed as training: a training fee deducted from a trainee's pay, papers held for the
#: programme (a course that keeps its trainees' ID cards among them), "training" on a fishing
#: boat. ``documents_kept`` and ``fee_charged`` are labelled on every ad (a course's tuition,
#: materials, exam fees and deposits are no fee for a job). Committed before its first run.
TENTH: dict[str, list[Ad]] = {
    "en": [
        {
            "kind": "course",
            "title": "TESDA scholarship: Housekeeping NC II – 28 days with dormitory, Tacloban",
            "description": (
                "Free training under the Training for Work Scholarship Program for out-of-school"
                " youth and adults aged 18 and above.\n"
                "You learn to clean and prepare guest rooms, make beds, handle linen and laundry"
                " and look after public areas, in our mock hotel rooms.\n"
                "Classes Monday to Friday, 8:00am–5:00pm. All trainees stay in the centre's"
                " dormitory from Sunday evening to Friday (free, separate floors for women and"
                " men) and go home at weekends.\n"
                "Allowance of ₱160 for each day attended. The national assessment is paid by the"
                " scholarship.\n"
                "Bring your PSA birth certificate, a barangay certificate and 2 ID photos; we give"
                " back the originals once they are checked."
            ),
            "concepts": {"hospitality", "housekeeping"},
            "conditions": {"live_in"},
            "abroad": None,
            "documents_kept": False,
            "fee_charged": False,
        },
        {
            "kind": "course",
            "title": "Evening welding class (SMAW) – Tuesdays & Thursdays, Pasir Gudang",
            "description": (
                "12-week part-time course for working adults: stick welding of plate in flat,"
                " horizontal and vertical positions, reading simple drawings, workshop safety.\n"
                "Classes run from 7:00pm to 10:30pm so you can come after your day job.\n"
                "Course fee RM1,350, payable in three instalments; the welder certification test"
                " is RM250, paid to the test centre when you sit it.\n"
                "Helmet, gloves and apron are lent to you for the length of the course. Minimum"
                " age 18."
            ),
            "concepts": {"welding"},
            "conditions": {"night_shifts"},
            "abroad": None,
            "documents_kept": False,
            "fee_charged": False,
        },
        {
            "kind": "job",
            "title": "Apprentice electrician – 2-year paid apprenticeship, Johor Bahru",
            "description": (
                "Small licensed contractor (house wiring, shop fit-outs) takes on two apprentices"
                " every year.\n"
                "You work beside our wiremen from day one: running conduit, pulling cables, fixing"
                " sockets and DB boards, testing circuits.\n"
                "Monthly allowance RM1,500 in year one and RM1,800 in year two, plus EPF and"
                " SOCSO. Mon–Fri 8:30am–5:30pm, Saturday half day.\n"
                "We pay for your wireman certificate course at the end. There is no training bond"
                " and nothing to pay us.\n"
                "SPM leavers welcome; bring your IC to the interview."
            ),
            "concepts": {"electrical_wiring", "electrical_work"},
            "conditions": set(),
            "abroad": None,
            "documents_kept": False,
            "fee_charged": False,
        },
        {
            "kind": "job",
            "title": "Japan Technical Intern Training – seafood processing, Hokkaido (3 years)",
            "description": (
                "Sending organisation in Manila is selecting 20 interns for a fish-processing"
                " plant in Kushiro, Japan.\n"
                "Work: filleting, grading and packing salmon and scallops in a chilled room.\n"
                "Before departure: 4 months of Japanese language and culture training at our"
                " centre in Pasay.\n"
                "Training, dormitory and processing costs of ₱120,000 are advanced by us and"
                " deducted from your monthly pay in Japan over the first year.\n"
                "Interns live together in the company dormitory next to the plant. Your passport"
                " and residence card will be held by the supervising organisation for safekeeping"
                " during the 3 years.\n"
                "Age 20–30, high school graduate."
            ),
            "concepts": {"food_processing"},
            "conditions": {"live_in"},
            "abroad": "JP",
            "documents_kept": True,
            "fee_charged": True,
        },
        {
            "kind": "course",
            "title": "Café skills for 15–17 year olds – free, 8 weeks, Phnom Penh",
            "description": (
                "For young people aged 15 to 17 who have left school: coffee brewing, espresso and"
                " milk drinks, serving customers, counting change and keeping a clean counter.\n"
                "Afternoons only, Monday to Friday 1:30pm–4:30pm; there are no night classes and"
                " no overnight stays.\n"
                "Free of charge, with USD 2 a day for transport and a snack. Each trainee gets an"
                " apron and a recipe book to keep.\n"
                "A parent or guardian signs the consent form with you. Bring a copy of your family"
                " book or birth certificate."
            ),
            "concepts": {"barista", "coffee"},
            "conditions": set(),
            "abroad": None,
            "documents_kept": False,
            "fee_charged": False,
        },
        {
            "kind": "course",
            "title": (
                "Certificate in Early Childhood Care and Education – weekday evenings, Kuala Lumpur"
            ),
            "description": (
                "Part-time 9-month programme for those who want to work in nurseries,"
                " kindergartens or as nannies: child development, play and learning activities,"
                " hygiene, feeding, first aid for children.\n"
                "Lectures Monday, Wednesday and Friday 6:30pm–9:30pm, plus 120 hours of practicum"
                " in a partner kindergarten on Saturdays.\n"
                "Tuition RM4,200 (12 monthly instalments possible), a non-refundable registration"
                " fee of RM150 and RM300 for books and uniform.\n"
                "Applicants need SPM or equivalent."
            ),
            "concepts": {"childcare"},
            "conditions": set(),
            "abroad": None,
            "documents_kept": False,
            "fee_charged": False,
        },
        {
            "kind": "job",
            "title": "Front office trainee – 6-month paid traineeship, Sukhumvit hotel",
            "description": (
                "Our 300-room business hotel in Bangkok offers a structured traineeship at the"
                " front desk: check-in and check-out, reservations, guest requests and the"
                " cashier's float.\n"
                "Monthly allowance THB 13,000, meals on duty, uniform and health insurance.\n"
                "Two rotating shifts: 07:00–15:00 and 15:00–23:00.\n"
                "You go home after each shift; we do not provide accommodation.\n"
                "Good English needed; a certificate and a reference letter at the end."
            ),
            "concepts": {"front_desk", "hospitality"},
            "conditions": {"night_shifts"},
            "abroad": None,
            "documents_kept": False,
            "fee_charged": False,
        },
    ],
    "th": [
        {
            "kind": "course",
            "title": "ฝึกอบรมฟรี! หลักสูตรช่างซ่อมรถจักรยานยนต์ (เตรียมเข้าทำงาน) สถาบันพัฒนาฝีมือแรงงาน ขอนแก่น",
            "description": (
                "รับสมัครผู้ว่างงาน อายุ 16 ปีขึ้นไป ไม่จำกัดวุฒิ\n"
                "เรียนการถอดประกอบเครื่องยนต์ ระบบไฟ ระบบเบรก และการบำรุงรักษารถจักรยานยนต์ รวม 280 ชั่วโมง"
                " (ประมาณ 2 เดือน)\n"
                "เรียนวันจันทร์–ศุกร์ 08.30–16.30 น.\n"
                "ไม่มีค่าใช้จ่าย มีอาหารกลางวันและค่าเดินทางให้วันละ 120 บาท\n"
                "เอกสาร: สำเนาบัตรประชาชน สำเนาทะเบียนบ้าน รูปถ่าย 1 นิ้ว 2 ใบ\n"
                "จบแล้วได้วุฒิบัตร และมีสถานประกอบการมารับสมัครงานในวันปิดหลักสูตร"
            ),
            "concepts": {"motorbike_repair"},
            "conditions": set(),
            "abroad": None,
            "documents_kept": False,
            "fee_charged": False,
        },
        {
            "kind": "course",
            "title": "หลักสูตรผู้ช่วยดูแลผู้สูงอายุ 420 ชั่วโมง พร้อมหอพัก — เชียงใหม่",
            "description": (
                "เรียนทฤษฎี 4 เดือน ฝึกปฏิบัติที่บ้านพักผู้สูงอายุและโรงพยาบาลเอกชนอีก 2 เดือน\n"
                "เนื้อหา: การดูแลสุขอนามัย การป้อนอาหาร การพลิกตัวผู้ป่วย การวัดสัญญาณชีพ"
                " และการปฐมพยาบาลเบื้องต้น\n"
                "นักเรียนทุกคนพักในหอพักของโรงเรียนตลอดหลักสูตร (ห้องละ 4 คน แยกชายหญิง)\n"
                "ค่าเรียน 24,000 บาท รวมค่าหอพัก ชุดนักเรียน และค่าสอบ ผ่อนชำระได้ 6 งวด\n"
                "หลักสูตรรับรองโดยกระทรวงศึกษาธิการ รับอายุ 18–45 ปี"
            ),
            "concepts": {"elder_care"},
            "conditions": {"live_in"},
            "abroad": None,
            "documents_kept": False,
            "fee_charged": False,
        },
        {
            "kind": "course",
            "title": "คอร์สช่างตัดผมชาย (บาร์เบอร์) รอบค่ำ สำหรับคนทำงาน — ลาดพร้าว",
            "description": (
                "เรียนตัดทรงพื้นฐาน ทรงรองทรง ทรงสกินเฟด การโกนหนวด และการดูแลลูกค้า\n"
                "เรียน จ.–ศ. เวลา 19.00–23.00 น. รวม 3 เดือน ฝึกตัดกับนายแบบจริงทุกสัปดาห์\n"
                "ค่าเรียน 15,900 บาท ได้ชุดอุปกรณ์ (ปัตตาเลี่ยน กรรไกร หวี ผ้าคลุม) ไว้ใช้ต่อ\n"
                "จบแล้วรับใบประกาศ ช่วยหางานในร้านบาร์เบอร์ หรือแนะนำการเปิดร้านเอง"
            ),
            "concepts": {"hairdressing"},
            "conditions": {"night_shifts"},
            "abroad": None,
            "documents_kept": False,
            "fee_charged": False,
        },
        {
            "kind": "job",
            "title": "รับผู้ช่วยกุ๊กฝึกหัด ร้านอาหารไทย ย่านอารีย์ มีเงินเดือนระหว่างฝึก",
            "description": (
                "ไม่มีประสบการณ์ก็สมัครได้ เชฟสอนงานให้ทุกขั้นตอน: เตรียมวัตถุดิบ ตำน้ำพริก ทำแกง ผัด"
                " และความสะอาดในครัว\n"
                "เงินเดือนระหว่างฝึก 3 เดือนแรก 11,000 บาท ผ่านแล้วปรับเป็น 13,500 บาท มีประกันสังคม\n"
                "เวลางาน 10.00–19.00 น. หยุดสัปดาห์ละ 1 วัน มีอาหาร 2 มื้อ\n"
                "ไม่เก็บค่าฝึกงาน ไม่หักเงินเดือน ไม่ต้องวางเงินประกัน"
            ),
            "concepts": {"cooking", "food_service"},
            "conditions": set(),
            "abroad": None,
            "documents_kept": False,
            "fee_charged": False,
        },
        {
            "kind": "job",
            "title": 'โครงการ "เรียนไปทำงานไป" ฝึกอาชีพช่างประกอบชิ้นส่วนอิเล็กทรอนิกส์ นิคมฯ บางปะอิน',
            "description": (
                "รับผู้เข้าฝึกอายุ 18 ปีขึ้นไป ไม่ต้องมีวุฒิ ฝึกในไลน์ผลิตจริงของโรงงาน\n"
                "ผู้เข้าฝึกทำงานกะ 20.00–05.00 น. สัปดาห์ละ 6 วัน ได้เบี้ยเลี้ยงวันละ 250 บาท\n"
                "ค่าฝึกอบรมและค่าเครื่องแบบ 4,500 บาท หักจากเบี้ยเลี้ยงงวดแรกและงวดที่สอง\n"
                "ผู้ที่ฝึกไม่ครบ 6 เดือน จะไม่ได้รับเงินที่หักไปคืน"
            ),
            "concepts": {"assembly", "manufacturing"},
            "conditions": {"night_shifts"},
            "abroad": None,
            "documents_kept": False,
            "fee_charged": True,
        },
        {
            "kind": "job",
            "title": "ผู้ฝึกปฏิบัติงานด้านเทคนิคในญี่ปุ่น (เกษตร–ปลูกผักในโรงเรือน) จังหวัดอิบารากิ 3 ปี",
            "description": (
                "โครงการความร่วมมือระหว่างกรมการจัดหางานกับองค์กรรับผู้ฝึกในญี่ปุ่น\n"
                "งาน: เพาะกล้า ปลูกและเก็บเกี่ยวผักในโรงเรือน คัดแยกและบรรจุผัก\n"
                "ก่อนเดินทางฝึกภาษาญี่ปุ่น 4 เดือนที่ศูนย์ฝึกในประเทศ ไม่เสียค่าใช้จ่าย"
                " ฝ่ายญี่ปุ่นออกค่าเครื่องบินและค่าธรรมเนียมทั้งหมด\n"
                "ค่าจ้างตามค่าแรงขั้นต่ำของจังหวัด พักในหอพักที่นายจ้างจัดให้ (ค่าหอ 20,000 เยนต่อเดือน ตามสัญญา)\n"
                "หนังสือเดินทางและบัตรไซริวอยู่กับผู้ฝึกตลอด"
            ),
            "concepts": {"vegetable_growing"},
            "conditions": {"live_in"},
            "abroad": "JP",
            "documents_kept": False,
            "fee_charged": False,
        },
        {
            "kind": "course",
            "title": "ค่ายฝึกอาชีพช่วงปิดเทอม: ทำขนมปังและเบเกอรี่ สำหรับเยาวชนอายุ 15–17 ปี",
            "description": (
                "มูลนิธิเปิดรับเยาวชน 20 คน เรียนทำขนมปัง คุกกี้ เค้กกล้วยหอม การใช้เตาอบอย่างปลอดภัย"
                " และการคิดต้นทุนเพื่อขายเอง\n"
                "เรียน 10 วัน วันละ 09.00–15.00 น. เลิกเรียนกลับบ้านทุกวัน ไม่มีการค้างคืน\n"
                "ฟรีทั้งหมด มีอาหารกลางวันและค่ารถวันละ 50 บาท\n"
                "ต้องมีหนังสือยินยอมจากผู้ปกครอง และสำเนาบัตรประชาชนของเยาวชน"
            ),
            "concepts": {"baking"},
            "conditions": set(),
            "abroad": None,
            "documents_kept": False,
            "fee_charged": False,
        },
    ],
    "vi": [
        {
            "kind": "course",
            "title": "Tuyển sinh lớp Hàn điện miễn học phí — Trường Trung cấp nghề huyện Yên Thành",
            "description": (
                "Đối tượng: lao động nông thôn, người khuyết tật, người thuộc hộ nghèo, từ 16 tuổi"
                " trở lên.\n"
                "Nội dung: hàn hồ quang tay, hàn sắt hộp, cắt bằng máy, an toàn lao động trong"
                " xưởng. Thời gian 3 tháng, học ban ngày từ thứ Hai đến thứ Sáu.\n"
                "Miễn 100% học phí, hỗ trợ tiền ăn 30.000 đồng/ngày và tiền đi lại cho học viên ở"
                " xa trên 15 km.\n"
                "Hồ sơ: bản photo căn cước công dân, 2 ảnh 3x4, giấy xác nhận hộ nghèo (nếu có).\n"
                "Học xong được cấp chứng chỉ sơ cấp nghề và giới thiệu việc làm tại các xưởng cơ"
                " khí trong tỉnh."
            ),
            "concepts": {"welding"},
            "conditions": set(),
            "abroad": None,
            "documents_kept": False,
            "fee_charged": False,
        },
        {
            "kind": "course",
            "title": "Lớp tiếng Hàn ôn thi EPS-TOPIK buổi tối — Cầu Giấy, Hà Nội",
            "description": (
                "Dành cho người muốn sang Hàn Quốc làm việc theo Chương trình EPS. Lớp học tại Hà"
                " Nội.\n"
                "Học từ 18h00 đến 20h30 thứ Hai, Tư, Sáu; 3 tháng, 36 buổi; luyện nghe và đọc theo"
                " dạng đề thi thật.\n"
                "Học phí 3.800.000 đồng trọn khóa, chưa gồm lệ phí đăng ký thi EPS-TOPIK (nộp tại"
                " Trung tâm Lao động ngoài nước).\n"
                "Chúng tôi chỉ dạy tiếng, không nhận hồ sơ đi Hàn và không thu bất kỳ khoản phí"
                " xuất cảnh nào."
            ),
            "concepts": {"language_learning"},
            "conditions": set(),
            "abroad": None,
            "documents_kept": False,
            "fee_charged": False,
        },
        {
            "kind": "course",
            "title": (
                "Khóa học bếp và phục vụ nhà hàng nội trú 18 tháng cho thanh niên khó khăn — Hà Nội"
            ),
            "description": (
                "Tổ chức phi lợi nhuận tuyển 30 bạn từ 16 đến 22 tuổi có hoàn cảnh khó khăn.\n"
                "Học nấu món Việt và món Âu, phục vụ bàn, vệ sinh an toàn thực phẩm, tiếng Anh"
                " giao tiếp; thực hành tại nhà hàng đào tạo của tổ chức.\n"
                "Học viên ở ký túc xá của chương trình trong suốt khóa học, được bao ăn ở, đồng"
                " phục và bảo hiểm y tế, có trợ cấp 500.000 đồng/tháng.\n"
                "Không thu học phí. Khi nhập học nộp 500.000 đồng tiền cọc giữ chỗ, trả lại đủ khi"
                " tốt nghiệp.\n"
                "Giấy tờ: bản sao giấy khai sinh và căn cước công dân; bản gốc học viên tự giữ."
            ),
            "concepts": {"cooking", "table_service"},
            "conditions": {"live_in"},
            "abroad": None,
            "documents_kept": False,
            "fee_charged": False,
        },
        {
            "kind": "job",
            "title": "Tuyển học viên học nghề may có lương — Công ty may mặc tại KCN Đồng Văn",
            "description": (
                "Không cần biết may, vào là được kèm cặp trên chuyền. Học việc 2 tháng, sau đó ký"
                " hợp đồng công nhân 3 năm.\n"
                "Trong thời gian học việc hưởng lương 4.200.000 đồng/tháng, làm 8 tiếng/ngày, tăng"
                " ca theo đơn hàng.\n"
                "Học viên nộp bản gốc căn cước công dân và bằng tốt nghiệp cho phòng nhân sự giữ"
                " đến hết hợp đồng.\n"
                "Phí đào tạo 3.000.000 đồng sẽ trừ dần vào lương 6 tháng đầu; nghỉ việc trước hạn"
                " phải bồi hoàn chi phí đào tạo."
            ),
            "concepts": {"garment_manufacturing", "sewing_machine_operation"},
            "conditions": set(),
            "abroad": None,
            "documents_kept": True,
            "fee_charged": True,
        },
        {
            "kind": "job",
            "title": "Đơn hàng thực tập sinh kỹ năng Nhật Bản — ngành xây dựng (cốp pha), Aichi",
            "description": (
                "Công ty xuất khẩu lao động tuyển 12 nam 20–32 tuổi, tốt nghiệp THCS trở lên.\n"
                "Công việc: lắp dựng và tháo cốp pha gỗ, cắt ván, đổ bê tông tại công trình nhà ở."
                " Lương cơ bản 185.000 yên/tháng, làm thêm giờ tính riêng.\n"
                "Trước khi xuất cảnh học tiếng Nhật 5 tháng tại trung tâm đào tạo của công ty ở Hà"
                " Nam, ăn ở tại trung tâm.\n"
                "Tổng chi phí xuất cảnh 3.900 USD (gồm phí đào tạo, phí dịch vụ, vé máy bay), hỗ"
                " trợ vay vốn ngân hàng chính sách.\n"
                "Sang Nhật ở ký túc xá do công ty tiếp nhận bố trí."
            ),
            "concepts": {"carpentry", "construction"},
            "conditions": {"live_in"},
            "abroad": "JP",
            "documents_kept": False,
            "fee_charged": True,
        },
        {
            "kind": "course",
            "title": (
                "Khóa đào tạo lái xe nâng hàng cấp chứng chỉ — Bình Dương, lớp tối và cuối tuần"
            ),
            "description": (
                "Học lý thuyết, kiểm tra xe trước ca, nâng hạ pallet, xếp hàng lên kệ cao, quy tắc"
                " an toàn trong kho.\n"
                "Lớp tối 18h00–21h00 thứ Ba và thứ Năm, thực hành sáng Chủ nhật tại bãi của trung"
                " tâm; tổng cộng 15 buổi.\n"
                "Học phí 2.500.000 đồng, đã gồm lệ phí thi và cấp chứng chỉ vận hành xe nâng. Học"
                " viên từ 18 tuổi, có CCCD.\n"
                "Trung tâm giới thiệu việc làm tại các kho và nhà máy trong tỉnh sau khi thi đạt."
            ),
            "concepts": {"forklift_operation"},
            "conditions": set(),
            "abroad": None,
            "documents_kept": False,
            "fee_charged": False,
        },
        {
            "kind": "course",
            "title": "Lớp sửa chữa điện thoại miễn phí cho thanh thiếu niên 15–17 tuổi — Đà Nẵng",
            "description": (
                "Dự án của một tổ chức xã hội dành cho các em 15–17 tuổi đã nghỉ học.\n"
                "Học thay màn hình, thay pin, sửa lỗi sạc, cài đặt phần mềm và cách tư vấn khách"
                " hàng. Khóa 4 tháng, học buổi sáng 8h–11h30, chiều về nhà.\n"
                "Miễn phí hoàn toàn, tặng bộ dụng cụ sửa chữa khi học xong để các em làm thêm hoặc"
                " mở tiệm nhỏ.\n"
                "Phụ huynh đi cùng khi đăng ký, mang theo giấy khai sinh."
            ),
            "concepts": {"phone_repair"},
            "conditions": set(),
            "abroad": None,
            "documents_kept": False,
            "fee_charged": False,
        },
    ],
    "tl": [
        {
            "kind": "course",
            "title": "TESDA scholarship: Electrical Installation and Maintenance NC II – Iloilo",
            "description": (
                "Libre ang training sa ilalim ng TWSP para sa 25 na trainees, 18 taong gulang"
                " pataas.\n"
                "Matututunan: pag-wire ng bahay, pagkabit ng outlet, switch at ilaw, pag-install"
                " ng panel board at pagbasa ng electrical plan.\n"
                "40 araw, Lunes hanggang Biyernes, 8:00 AM – 5:00 PM.\n"
                "May training allowance na ₱160 kada araw, libreng assessment, at libreng toolkit"
                " na maiuuwi mo pagkatapos.\n"
                "Dalhin ang PSA birth certificate at 2 pirasong 1x1 na litrato sa enrollment."
            ),
            "concepts": {"electrical_wiring", "electrical_work"},
            "conditions": set(),
            "abroad": None,
            "documents_kept": False,
            "fee_charged": False,
        },
        {
            "kind": "course",
            "title": "Caregiving NC II – stay-in training, may dormitoryo, Quezon City",
            "description": (
                "6 na buwang kurso: pag-aalaga ng matatanda at bata, pagpapaligo, pagpapakain,"
                " pagpapainom ng gamot sa tamang oras, first aid at CPR.\n"
                "Lahat ng estudyante ay nakatira sa dormitoryo ng training center mula Lunes"
                " hanggang Sabado; uwian tuwing Linggo.\n"
                "Tuition ₱28,000 kasama na ang dorm, uniform at assessment; puwedeng hulugan nang"
                " 4 na beses.\n"
                "May OJT sa isang home for the aged sa huling buwan."
            ),
            "concepts": {"childcare", "elder_care"},
            "conditions": {"live_in"},
            "abroad": None,
            "documents_kept": False,
            "fee_charged": False,
        },
        {
            "kind": "job",
            "title": "Hiring: Apprentice Auto Mechanic (Dual Training System) – Sta. Rosa, Laguna",
            "description": (
                "Tatanggap ang aming car dealership service center ng 6 na apprentice: 2 araw sa"
                " school at 4 na araw sa shop kada linggo, sa loob ng 1 taon.\n"
                "Trabaho: change oil, pagpapalit ng preno, tune-up, pag-check ng aircon at"
                " electrical ng sasakyan, kasama ang aming mga mekaniko.\n"
                "Allowance na 75% ng minimum wage, may libreng tanghalian at PPE.\n"
                "Walang babayaran ang apprentice sa training; hindi rin kakaltasan ang"
                " allowance.\n"
                "Kailangan: SHS graduate, 18 pataas."
            ),
            "concepts": {"car_repair"},
            "conditions": set(),
            "abroad": None,
            "documents_kept": False,
            "fee_charged": False,
        },
        {
            "kind": "job",
            "title": "Hotel Internship sa Dubai – 12 buwan, may stipend, para sa HRM graduates",
            "description": (
                "OJT sa isang 5-star hotel sa Dubai: rotation sa housekeeping, F&B service at"
                " front office.\n"
                "Stipend na AED 1,200 kada buwan, libreng staff accommodation at pagkain.\n"
                "Program fee ₱110,000 (training, visa at placement): 50% bago umalis at ang"
                " natitira ay ibabawas sa stipend.\n"
                "Pagdating sa Dubai, ise-surrender ang passport sa HR ng hotel at ibabalik"
                " pagkatapos ng internship."
            ),
            "concepts": {"hospitality", "housekeeping"},
            "conditions": {"live_in"},
            "abroad": "AE",
            "documents_kept": True,
            "fee_charged": True,
        },
        {
            "kind": "course",
            "title": "Contact Center Services NC II – evening batch para sa mga working students",
            "description": (
                "Training sa customer service sa telepono at chat, English communication, tamang"
                " pag-type at paggamit ng CRM.\n"
                "Klase tuwing Lunes hanggang Huwebes, 6:30 PM hanggang 10:30 PM, sa aming center"
                " sa Cubao, 8 linggo.\n"
                "Tuition ₱6,500; hiwalay ang assessment fee na ₱1,000 na babayaran sa assessment"
                " center.\n"
                "Pagkatapos, may job fair kasama ang mga BPO sa Cubao at Ortigas."
            ),
            "concepts": {"call_centre", "customer_service"},
            "conditions": {"night_shifts"},
            "abroad": None,
            "documents_kept": False,
            "fee_charged": False,
        },
        {
            "kind": "course",
            "title": (
                "Summer Skills Camp para sa kabataang 15–17: Computer at Graphic Design – Davao"
            ),
            "description": (
                "Libreng 4 na linggong summer camp ng aming foundation.\n"
                "Matututunan: basic computer, paggawa ng poster at logo sa Canva at GIMP, pag-edit"
                " ng litrato at maikling video para sa social media.\n"
                "Lunes hanggang Biyernes, 9:00 AM – 3:00 PM; uuwi araw-araw, walang overnight.\n"
                "Libre ang merienda at pamasahe. Kailangan ng pirma ng magulang o guardian sa"
                " consent form."
            ),
            "concepts": {"basic_computer", "graphic_design"},
            "conditions": set(),
            "abroad": None,
            "documents_kept": False,
            "fee_charged": False,
        },
        {
            "kind": "job",
            "title": "Trainee mangingisda – libreng training sa commercial fishing boat, Navotas",
            "description": (
                "Walang experience? Tuturuan ka namin sa laot. Kasama ka sa basnig nang 20 araw"
                " bawat biyahe.\n"
                "Trabaho: paghila ng lambat at pagbubuhat ng banyera ng isda buong gabi; natutulog"
                " sa bangka.\n"
                "Ang gamit (bota, kapote, guwantes) at ang ₱5,000 na 'training fee' ay ibabawas sa"
                " mga unang hati mo sa huli.\n"
                "Dalhin lang ang valid ID."
            ),
            "concepts": {"fishing"},
            "conditions": {"heavy_lifting", "live_in", "night_shifts"},
            "abroad": None,
            "documents_kept": False,
            "fee_charged": True,
        },
    ],
    "km": [
        {
            "kind": "course",
            "title": "វគ្គបណ្ដុះបណ្ដាលជំនាញដាំបន្លែ ឥតគិតថ្លៃ — មជ្ឈមណ្ឌលបណ្ដុះបណ្ដាលវិជ្ជាជីវៈខេត្តតាកែវ",
            "description": (
                "ទទួលយុវជន និងកសិករ អាយុ ១៦ ឆ្នាំឡើងទៅ ចំនួន ៣០ នាក់។\n"
                "មេរៀន៖ ការរៀបចំដី ការធ្វើជីកំប៉ុស ការដាំបន្លែក្នុងផ្ទះសំណាញ់ និងការលក់បន្លែ។\n"
                "រយៈពេល ៣ ខែ រៀនថ្ងៃច័ន្ទ ដល់ថ្ងៃសុក្រ ពីម៉ោង ៧:៣០ ព្រឹក ដល់ ៤:០០ ល្ងាច។\n"
                "មិនបង់ថ្លៃសិក្សា ហើយសិក្ខាកាមទទួលបានប្រាក់ឧបត្ថម្ភ ២៨០.០០០ រៀល ក្នុងមួយខែ។\n"
                "ឯកសារ៖ ថតចម្លងអត្តសញ្ញាណប័ណ្ណ ឬសំបុត្រកំណើត និងរូបថត ៤x៦ ចំនួន ២ សន្លឹក។"
            ),
            "concepts": {"vegetable_growing"},
            "conditions": set(),
            "abroad": None,
            "documents_kept": False,
            "fee_charged": False,
        },
        {
            "kind": "course",
            "title": "សាលាបណ្ដុះបណ្ដាលជំនាញសណ្ឋាគារ ឥតគិតថ្លៃ ១១ ខែ សម្រាប់យុវជនពីគ្រួសារក្រីក្រ — សៀមរាប",
            "description": (
                "អង្គការមិនរកប្រាក់ចំណេញ ទទួលសិស្សអាយុ ១៧ ដល់ ២៣ ឆ្នាំ។\n"
                "ជ្រើសរើសជំនាញមួយ៖ ចម្អិនម្ហូប ការបម្រើតុ ការរៀបចំបន្ទប់ ឬផ្នែកទទួលភ្ញៀវ ព្រមទាំងរៀនភាសាអង់គ្លេស។\n"
                "សិស្សទាំងអស់ស្នាក់នៅក្នុងអន្តេវាសិកដ្ឋានរបស់សាលា មានអាហារ ៣ ពេល ឯកសណ្ឋាន និងការពិនិត្យសុខភាព។\n"
                "មិនយកថ្លៃសិក្សា ឬថ្លៃស្នាក់នៅទេ។ បញ្ចប់វគ្គ មានកម្មសិក្សានៅសណ្ឋាគារដៃគូ ៣ ខែ។"
            ),
            "concepts": {"cooking", "hospitality"},
            "conditions": {"live_in"},
            "abroad": None,
            "documents_kept": False,
            "fee_charged": False,
        },
        {
            "kind": "course",
            "title": "វគ្គបណ្ដុះបណ្ដាលប្រើម៉ាស៊ីនដេរឧស្សាហកម្ម ២ ខែ — កំពង់ស្ពឺ",
            "description": (
                "រៀនប្រើម៉ាស៊ីនដេរម្ជុលមួយ ម៉ាស៊ីនអូវឺឡុក ការដេរអាវ និងខោ តាមស្តង់ដាររោងចក្រ។\n"
                "ថ្លៃសិក្សា ៦០ ដុល្លារ រួមទាំងក្រណាត់ និងអំបោះសម្រាប់ហាត់។ រៀនពេលព្រឹក ម៉ោង ៧ ដល់ ១១។\n"
                "ពេលចុះឈ្មោះ សិក្ខាកាមត្រូវប្រគល់អត្តសញ្ញាណប័ណ្ណដើមឲ្យការិយាល័យមជ្ឈមណ្ឌលរក្សាទុក រហូតដល់ចប់វគ្គ"
                " និងចូលធ្វើការនៅរោងចក្រដៃគូ។\n"
                "បញ្ចប់វគ្គ យើងបញ្ជូនទៅធ្វើការនៅរោងចក្រកាត់ដេរដៃគូភ្លាមៗ។"
            ),
            "concepts": {"garment_manufacturing", "sewing_machine_operation"},
            "conditions": set(),
            "abroad": None,
            "documents_kept": True,
            "fee_charged": False,
        },
        {
            "kind": "job",
            "title": "ការងាររោងចក្រកែច្នៃសាច់មាន់ នៅខេត្តសារ៉ាបុរី ប្រទេសថៃ — តាម MOU ឥតគិតថ្លៃ",
            "description": (
                "ទីភ្នាក់ងារជ្រើសរើសពលករដែលមានអាជ្ញាប័ណ្ណ ត្រូវការកម្មករ ៥០ នាក់ អាយុ ១៨–៣៥ ឆ្នាំ។\n"
                "ការងារ៖ កាត់ និងវេចខ្ចប់សាច់មាន់ ក្នុងបន្ទប់ត្រជាក់ ម៉ោង ៨ ព្រឹក ដល់ ៥ ល្ងាច។ ប្រាក់ឈ្នួល ៣៥០ បាត"
                " ក្នុងមួយថ្ងៃ។\n"
                "មុនចេញដំណើរ មានវគ្គតម្រង់ទិស ២ ថ្ងៃ នៅភ្នំពេញ អំពីសិទ្ធិការងារ និងភាសាថៃមូលដ្ឋាន។\n"
                "និយោជកថៃចេញថ្លៃលិខិតឆ្លងដែន ទិដ្ឋាការ ប័ណ្ណការងារ និងការធ្វើដំណើរ។ កម្មករមិនបង់ប្រាក់អ្វីទាំងអស់។\n"
                "លិខិតឆ្លងដែន និងប័ណ្ណការងារ កម្មករកាន់ខ្លួនឯង។"
            ),
            "concepts": {"food_processing"},
            "conditions": set(),
            "abroad": "TH",
            "documents_kept": False,
            "fee_charged": False,
        },
        {
            "kind": "course",
            "title": "ថ្នាក់ភាសាអង់គ្លេសពេលល្ងាច សម្រាប់អ្នកធ្វើការ — ទួលគោក ភ្នំពេញ",
            "description": (
                "រៀននិយាយ ស្ដាប់ និងសន្ទនាភាសាអង់គ្លេស សម្រាប់ការងារហាង ភោជនីយដ្ឋាន និងសណ្ឋាគារ។\n"
                "ម៉ោងរៀន ៥:៣០ ល្ងាច ដល់ ៧:០០ យប់ ថ្ងៃច័ន្ទ ដល់ថ្ងៃសុក្រ។ មួយវគ្គ ៣ ខែ។\n"
                "ថ្លៃសិក្សា ៤៥ ដុល្លារ ក្នុងមួយវគ្គ សៀវភៅ ៥ ដុល្លារ។ អាចបង់ពីរដង។\n"
                "មានតេស្តកម្រិតឥតគិតថ្លៃ មុនចូលរៀន។"
            ),
            "concepts": {"english_conversation"},
            "conditions": set(),
            "abroad": None,
            "documents_kept": False,
            "fee_charged": False,
        },
        {
            "kind": "course",
            "title": "វគ្គជាងឈើ សម្រាប់យុវជនអាយុ ១៦–១៧ ឆ្នាំ — បាត់ដំបង",
            "description": (
                "អង្គការយុវជនបើកវគ្គ ៦ ខែ សម្រាប់យុវជនដែលឈប់រៀន។\n"
                "រៀនវាស់ និងកាត់ឈើ ធ្វើតុ កៅអី ទូ និងការប្រើឧបករណ៍ដោយសុវត្ថិភាព។ ម៉ាស៊ីនអារឈើធំ មានតែគ្រូជាអ្នកប្រើ។\n"
                "រៀនពីម៉ោង ៨ ព្រឹក ដល់ ៣ រសៀល ហើយត្រឡប់ទៅផ្ទះវិញរាល់ថ្ងៃ។\n"
                "ឥតគិតថ្លៃ មានអាហារថ្ងៃត្រង់ និងឧបករណ៍មួយឈុតជូនពេលបញ្ចប់វគ្គ។ ត្រូវមានការយល់ព្រមពីឪពុកម្ដាយ។"
            ),
            "concepts": {"carpentry"},
            "conditions": set(),
            "abroad": None,
            "documents_kept": False,
            "fee_charged": False,
        },
        {
            "kind": "job",
            "title": "ទទួលអ្នកហាត់ការជាងបាយអ មានប្រាក់ខែ — ការដ្ឋានសាងសង់ផ្ទះល្វែង ពោធិ៍សែនជ័យ",
            "description": (
                "ក្រុមហ៊ុនសំណង់ទទួលអ្នកហាត់ការ ១០ នាក់ អាយុ ១៨ ឆ្នាំឡើងទៅ គ្មានបទពិសោធន៍ក៏បាន។\n"
                "ជាងចាស់បង្រៀនរៀបឥដ្ឋ បូកកំបោរ ក្រាលការ៉ូ និងលាយស៊ីម៉ងត៍។ ត្រូវលីបាវស៊ីម៉ងត៍ ៥០ គីឡូ និងរុញរទេះខ្សាច់។\n"
                "ប្រាក់ខែ ២២០ ដុល្លារ ក្នុងខែដំបូង ឡើងដល់ ៣២០ ដុល្លារ ពេលចេះធ្វើ។ ធ្វើការ ៧ ព្រឹក ដល់ ៥ ល្ងាច។\n"
                "មិនកាត់ប្រាក់ខែសម្រាប់ការបង្រៀនទេ ហើយមិនយកប្រាក់កក់ទេ។"
            ),
            "concepts": {"bricklaying", "construction"},
            "conditions": {"heavy_lifting"},
            "abroad": None,
            "documents_kept": False,
            "fee_charged": False,
        },
    ],
    "my": [
        {
            "kind": "course",
            "title": "မြန်မာ ရွှေ့ပြောင်းလုပ်သားများအတွက် ကွန်ပျူတာ အခြေခံ သင်တန်း (အခမဲ့) — မဲဆောက်",
            "description": (
                "တနင်္ဂနွေနေ့တိုင်း နံနက် ၉ နာရီမှ နေ့လယ် ၁၂ နာရီထိ၊ ၈ ပတ် သင်ကြားမည်။\n"
                "Keyboard ရိုက်နည်း၊ Word နှင့် Excel အခြေခံ၊ email ပို့နည်း၊ ဖုန်းဖြင့် ငွေလွှဲနည်းကို သင်ပေးမည်။\n"
                "သင်တန်းကြေး မပေးရပါ။ သင်တန်းပြီးဆုံးပါက လက်မှတ်ပေးမည်။\n"
                "စာရင်းပေးရန် ပတ်စ်ပို့ (သို့) ပန်းရောင်ကတ် မိတ္တူ တစ်စောင်သာ ယူလာပါ။"
            ),
            "concepts": {"basic_computer"},
            "conditions": set(),
            "abroad": None,
            "documents_kept": False,
            "fee_charged": False,
        },
        {
            "kind": "course",
            "title": "ထိုင်းစကား ပြော/ဖတ် ညနေပိုင်း သင်တန်း — မဟာချိုင်",
            "description": (
                "စက်ရုံနှင့် ဆိုင်များတွင် လုပ်ကိုင်နေသော မြန်မာလုပ်သားများအတွက် ထိုင်းစကားပြော၊ ထိုင်းစာဖတ် သင်တန်း။\n"
                "တနင်္လာ၊ ဗုဒ္ဓဟူး၊ သောကြာ ညနေ ၇ နာရီမှ ၉ နာရီထိ၊ ၃ လ။\n"
                "သင်တန်းကြေး ဘတ် ၁,၂၀၀ (စာအုပ်အပါ)၊ နှစ်ကြိမ်ခွဲပေးနိုင်သည်။\n"
                "အလုပ်ပြီးမှ လာတက်နိုင်အောင် စီစဉ်ထားပါသည်။"
            ),
            "concepts": {"language_learning"},
            "conditions": set(),
            "abroad": None,
            "documents_kept": False,
            "fee_charged": False,
        },
        {
            "kind": "course",
            "title": "သက်ကြီးစောင့်ရှောက်မှု (Caregiver) သင်တန်း — အဆောင်နေ၊ ရန်ကုန်",
            "description": (
                "၃ လ သင်တန်း၊ သက်ကြီးရွယ်အိုများကို ရေချိုးပေးခြင်း၊ အစာကျွေးခြင်း၊ ဆေးတိုက်ခြင်း၊ ရှေးဦးသူနာပြုစုခြင်းကို"
                " လက်တွေ့ သင်ကြားမည်။\n"
                "သင်တန်းသားအားလုံး သင်တန်းကျောင်း၏ အဆောင်တွင် နေရမည်။ (အမျိုးသမီး/အမျိုးသား အဆောင် သီးခြား)\n"
                "သင်တန်းကြေး ကျပ် ၆၀၀,၀၀၀ (အဆောင်ခ၊ ထမင်းစရိတ် အပါ)။\n"
                "သင်တန်းပြီးလျှင် ဘိုးဘွားရိပ်သာနှင့် ဆေးရုံများတွင် လက်တွေ့ ၁ လ။"
            ),
            "concepts": {"elder_care"},
            "conditions": {"live_in"},
            "abroad": None,
            "documents_kept": False,
            "fee_charged": False,
        },
        {
            "kind": "job",
            "title": "ဂျပန်နိုင်ငံ နည်းပညာ အလုပ်သင် (Technical Intern) — ဂဟေဆော်ခြင်း၊ ဂီဖူ",
            "description": (
                "အလုပ်ရှင်က ဝန်ဆောင်ခ၊ လေယာဉ်လက်မှတ်နှင့် ဗီဇာစရိတ် အားလုံး ကျခံပေးမည်။ လုပ်သားထံမှ ဝန်ဆောင်ခ လုံးဝ မယူပါ။\n"
                "အလုပ်: သံပြားနှင့် သံချောင်းများကို ဂဟေဆော်ခြင်း၊ စက်ရုံအတွင်း လုပ်ငန်း။ လစာ ယန်း ၁၈၀,၀၀၀ ခန့်။\n"
                "မထွက်ခွာမီ ရန်ကုန်တွင် ဂျပန်စာ ၆ လ အခမဲ့ သင်ရမည်။\n"
                "အသက် ၂၀–၃၀ အမျိုးသား၊ ဂဟေ အတွေ့အကြုံ ရှိလျှင် ပိုကောင်းသည်။ ပတ်စ်ပို့ကို ကိုယ်တိုင် သိမ်းထားရမည်။"
            ),
            "concepts": {"welding"},
            "conditions": set(),
            "abroad": "JP",
            "documents_kept": False,
            "fee_charged": False,
        },
        {
            "kind": "job",
            "title": "ငါးဖမ်းလှေပေါ် အလုပ်သင် — အတွေ့အကြုံ မလိုပါ၊ ရနောင်း",
            "description": (
                "လှေပေါ်မှာ ငါးဖမ်းနည်း သင်ပေးမည်။ တစ်ခေါက် ပင်လယ်ထဲ ၁ လ ကြာ၊ လှေပေါ်မှာပဲ အိပ်စားရမည်။\n"
                "ညဘက် ပိုက်ချ၊ ပိုက်ဆွဲ၊ ငါးခြင်း ၃၀ ကီလို ထမ်းရမည်။\n"
                "သင်တန်းခ ဘတ် ၈,၀၀၀ ကို ပထမ ၃ လ လစာမှ ဖြတ်မည်။\n"
                "ပတ်စ်ပို့ နှင့် အလုပ်ပါမစ်ကို လှေပိုင်ရှင်ထံ အပ်ထားရမည်။"
            ),
            "concepts": {"fishing"},
            "conditions": {"heavy_lifting", "live_in", "night_shifts"},
            "abroad": None,
            "documents_kept": True,
            "fee_charged": True,
        },
        {
            "kind": "course",
            "title": "အသက် ၁၅–၁၇ နှစ် မိန်းကလေးများအတွက် လက်သည်းအလှပြင်နှင့် မိတ်ကပ် သင်တန်း (အခမဲ့) — မန္တလေး",
            "description": (
                "ကျောင်းထွက်ထားသော မိန်းကလေးများအတွက် အဖွဲ့အစည်းမှ ဖွင့်လှစ်သော ၂ လ သင်တန်း။\n"
                "လက်သည်းဆိုးခြင်း၊ ဂျယ်လ်လက်သည်း၊ နေ့စဉ်မိတ်ကပ်နှင့် မင်္ဂလာဆောင် မိတ်ကပ် အခြေခံ၊ သန့်ရှင်းရေးကို သင်မည်။\n"
                "နေ့လယ် ၁ နာရီမှ ညနေ ၄ နာရီထိ၊ သင်တန်းပြီးတိုင်း အိမ်ပြန်ရမည်။ ညအိပ်ရန် မလိုပါ။\n"
                "သင်တန်းပြီးလျှင် ကိရိယာ တစ်စုံ လက်ဆောင်ပေးမည်။ မိဘ (သို့) အုပ်ထိန်းသူ၏ သဘောတူညီချက် လိုအပ်သည်။"
            ),
            "concepts": {"makeup", "nail_care"},
            "conditions": set(),
            "abroad": None,
            "documents_kept": False,
            "fee_charged": False,
        },
        {
            "kind": "job",
            "title": "ကားပြင်ဆိုင် အလုပ်သင် ခေါ်မည် — လစာ + နေစရာ၊ လှိုင်သာယာ",
            "description": (
                "အင်ဂျင်ဆီလဲခြင်း၊ ဘရိတ်ပြင်ခြင်း၊ အင်ဂျင်ပြုပြင်ခြင်းကို ဆရာက လက်တွေ့ သင်ပေးမည်။\n"
                "လစာ ကျပ် ၂၅၀,၀၀၀ မှ စတင်၍ ကျွမ်းကျင်လာလျှင် တိုးပေးမည်။ ထမင်း ၃ နပ် ကျွေးမည်။\n"
                "ဆိုင်နောက်ဖက် အခန်းတွင် အခမဲ့ နေထိုင်ရမည်။\n"
                "သင်တန်းခ မယူပါ။ အသက် ၁၈ နှစ် ပြည့်ရမည်။"
            ),
            "concepts": {"car_repair", "engine_maintenance"},
            "conditions": {"live_in"},
            "abroad": None,
            "documents_kept": False,
            "fee_charged": False,
        },
    ],
    "zh": [
        {
            "kind": "course",
            "title": "僱員再培訓局 保安員證書課程（全日制）— 觀塘",
            "description": (
                "適合 15 歲或以上、副學位以下學歷人士。課程共 6 日，每日上午 9 時至下午 5 時。\n"
                "內容：保安工作守則、巡邏及出入管理、處理緊急情況、基本急救、認識消防設備。\n"
                "學費全免，出席率達 80% 可獲發再培訓津貼。\n"
                "完成課程後可申請保安人員許可證，並有就業跟進服務。\n"
                "報名時請帶同香港身份證正本以供核對。"
            ),
            "concepts": {"security_services"},
            "conditions": set(),
            "abroad": None,
            "documents_kept": False,
            "fee_charged": False,
        },
        {
            "kind": "course",
            "title": "夜間兼讀：港式點心製作證書課程 — 旺角",
            "description": (
                "學習蝦餃、燒賣、叉燒包、腸粉等常見點心的搓皮、調餡及蒸製技巧，由酒樓點心師傅任教"
                "。\n"
                "逢星期二、四晚上 7 時至 10 時 30 分上課，共 12 星期，方便日間上班人士。\n"
                "學費 HK$4,600，已包材料費；另收 HK$300"
                " 按金借用廚師服及刀具，完成課程後全數退還。\n"
                "完成課程可獲證書，本中心協助轉介酒樓點心部工作。"
            ),
            "concepts": {"cooking"},
            "conditions": {"night_shifts"},
            "abroad": None,
            "documents_kept": False,
            "fee_charged": False,
        },
        {
            "kind": "course",
            "title": "2025年秋季招生：汽车运用与维修专业（三年制中专）— 寄宿制",
            "description": (
                "招收应届初中毕业生，年龄15至18周岁。采用德国双元制教学，第三年到合作4S店顶岗实习"
                "。\n"
                "学习发动机、底盘、汽车电器的检修与保养。\n"
                "学校实行全封闭寄宿管理，学生平日住校，周末可回家。\n"
                "享受国家中职免学费政策，住宿费每学期800元，教材费另计；家庭困难学生可申请国家助学"
                "金每年2000元。\n"
                "报名需户口本复印件和初中毕业证。"
            ),
            "concepts": {"car_repair", "engine_maintenance"},
            "conditions": {"live_in"},
            "abroad": None,
            "documents_kept": False,
            "fee_charged": False,
        },
        {
            "kind": "job",
            "title": "电子厂招学徒 包吃住 边学边干 — 东莞长安",
            "description": (
                "无经验可，包教包会。学徒期三个月，在生产线学习插件、焊锡、检验，每月学徒补贴2600"
                "元。\n"
                "两班倒，白班8:00–20:00，夜班20:00–次日8:00，每月轮换。住厂内宿舍，8人一间。\n"
                "入职时身份证原件交人事部统一保管，学徒期满转正后发还。\n"
                "培训费1500元，从前三个月补贴中每月扣500元；未满三个月离职，培训费不退。"
            ),
            "concepts": {"assembly", "manufacturing"},
            "conditions": {"live_in", "night_shifts"},
            "abroad": None,
            "documents_kept": True,
            "fee_charged": True,
        },
        {
            "kind": "job",
            "title": "新加坡建筑工（先培训后出国）— 砌砖、抹灰工，月薪2200新币起",
            "description": (
                "出国前在我司培训中心学习砌砖、抹灰、贴瓷砖45天，考取新加坡建筑技能证书后办理工作"
                "准证。\n"
                "工作内容：住宅及组屋工地砌墙、抹灰，需能搬运50公斤水泥袋。\n"
                "在新加坡住雇主安排的工人宿舍。\n"
                "培训费、考证费及中介服务费合计38000元，出国前交清。"
            ),
            "concepts": {"bricklaying", "construction"},
            "conditions": {"heavy_lifting", "live_in"},
            "abroad": "SG",
            "documents_kept": False,
            "fee_charged": True,
        },
        {
            "kind": "job",
            "title": "青年見習計劃：酒店餐飲見習生（15–24 歲）— 尖沙咀",
            "description": (
                "為期 12 個月的在職培訓，由餐廳經理帶領學習樓面服務、落單、收銀及顧客服務。\n"
                "見習月薪 HK$12,500，另有勤工獎；每週工作 5 天，早班 7:00–16:00 或午班"
                " 11:00–20:00。\n"
                "公司資助完成食物衞生督導員課程。參加者無須繳付任何費用，亦不設扣薪或按金。\n"
                "見習期滿表現良好可轉為正式員工。"
            ),
            "concepts": {"cashier", "table_service"},
            "conditions": set(),
            "abroad": None,
            "documents_kept": False,
            "fee_charged": False,
        },
        {
            "kind": "course",
            "title": "韩国釜山韩国语学堂 一年韩语研修班（D-4签证），含宿舍",
            "description": (
                "在韩国釜山学习韩语一年，每周一至周五9:00–13:00上课，结业前可参加TOPIK考试。\n"
                "学员入住学堂宿舍（双人间），步行5分钟到教学楼。\n"
                "学费每学期140万韩元，宿舍费每学期90万韩元，报名费5万韩元不退。\n"
                "协助办理D-4签证；护照由学员本人保管，学堂只需复印件。\n"
                "注意：D-4签证不可全职工作。"
            ),
            "concepts": {"language_learning"},
            "conditions": {"live_in"},
            "abroad": "KR",
            "documents_kept": False,
            "fee_charged": False,
        },
    ],
}


#: The eleventh set (session 39), written blind like the others by a writer given only the
#: concept ids and their English labels: recruitment posts in chat groups and on social media
#: (Facebook groups, LINE, Telegram, Zalo, WeChat, Viber), short, with emoji, abbreviations,
#: pay and hours in shorthand ("RM1,700/mo + OT", "6 days", "no day off"), mixed languages
#: and contact lines. Five a language (35: 29 jobs, 6 courses), about half exploitative or
#: risky: placement and "processing" fees, deposits, cash advances and wages held back, passports
#: and ID cards "kept safe" by the boss, live-in with no day off, night shifts said as hours,
#: heavy loads, work abroad through a broker, 15-17 year olds hired into hazardous work; and
#: half honest: the employer pays every cost, "you keep your own passport", day shifts only,
#: a dormitory for whoever wants one, free courses. ``documents_kept`` and ``fee_charged`` are
#: labelled on every ad. Committed before its first run, whose figures are the ones that count.
ELEVENTH: dict[str, list[Ad]] = {
    "en": [
        {
            "kind": "job",
            "title": "🔥HIRING🔥 Factory Workers 🇲🇾 Kuala Lumpur – fly in 2 weeks!",
            "description": (
                "✅ Plastic injection factory, machine operators, male/female 20-40\n"
                "💰 RM1,700/mo + OT\n"
                "🕐 12hrs shift, day & night rotate, 6 days\n"
                "💸 Placement fee ₱35k, can be salary deduction 5 months 👍\n"
                "🛂 Passport keep by company for safety 🔒\n"
                "PM me or text 0917-xxx-xx78"
            ),
            "concepts": {"manufacturing", "machine_operation"},
            "conditions": {"night_shifts"},
            "abroad": "MY",
            "documents_kept": True,
            "fee_charged": True,
        },
        {
            "kind": "job",
            "title": "☕ Café crew wanted @ Tanjong Pagar – barista & service",
            "description": (
                "⏰ 7am–4pm, 5.5 days/wk, no night shift 🙌\n"
                "💰 $1,900–2,200 + tips, CPF\n"
                "✅ We are the employer, no agent, no fees\n"
                "✅ Training given, no exp ok. Make coffee, serve tables, clear up\n"
                "📍 Walk in Mon–Fri 2–4pm with your resume, or DM us\n"
                "SG citizens/PR only"
            ),
            "concepts": {"barista", "table_service"},
            "conditions": set(),
            "abroad": None,
            "documents_kept": False,
            "fee_charged": False,
        },
        {
            "kind": "job",
            "title": "🇦🇪 NANNY for DUBAI 👶 Urgent, fly ASAP",
            "description": (
                "💰 AED 1,500/mo\n"
                "🏠 Stay-in with the family, take care of 2 kids + light housework\n"
                "📆 No day off first 6 months, after that 1 day/mo\n"
                "💸 Agency fee deducted from salary 3 months\n"
                "✅ 21-38 y/o, no exp ok, tourist visa processing\n"
                "📲 WhatsApp +63 9xx xxx xxxx"
            ),
            "concepts": {"childcare", "housework"},
            "conditions": {"live_in"},
            "abroad": "AE",
            "documents_kept": False,
            "fee_charged": True,
        },
        {
            "kind": "job",
            "title": "✅ ZERO PLACEMENT FEE 🇯🇵 Caregivers for Japan (SSW) – Osaka",
            "description": (
                "👵 Nursing home, care of elderly residents\n"
                "💴 ¥200,000/mo + night duty allowance (night duty 4x a month)\n"
                "✅ Employer pays visa, airfare, medical & Japanese training\n"
                "🛂 You keep your own passport\n"
                "🏠 Company helps you find an apartment near the facility\n"
                "📋 JLPT N4 + Caregiving skills test\n"
                "DMW licensed agency. Apply: link in comments 👇"
            ),
            "concepts": {"elder_care", "health_care_support"},
            "conditions": {"night_shifts"},
            "abroad": "JP",
            "documents_kept": False,
            "fee_charged": False,
        },
        {
            "kind": "job",
            "title": "Construction helpers needed 🏗️ Cebu City – 16 y/o up OK!",
            "description": (
                "💪 Carry hollow blocks, cement bags & rebar up to 3rd floor\n"
                "💰 P450/day, weekly pay\n"
                "🏠 Stay in bunkhouse on site, free rice\n"
                "✅ No exp needed, no ID needed\n"
                "Text Boss Jun 09xx-xxx-xxxx"
            ),
            "concepts": {"construction"},
            "conditions": {"heavy_lifting", "live_in"},
            "abroad": None,
            "documents_kept": False,
            "fee_charged": False,
        },
    ],
    "th": [
        {
            "kind": "job",
            "title": "📣 ด่วน!! รับพนักงานแกะกุ้ง/แพ็คกุ้ง 🦐 มหาชัย 30 อัตรา",
            "description": (
                "💰 ค่าแรง 400/วัน + OT\n"
                "🌙 กะดึก 20:00-08:00 หยุดเดือนละ 2 วัน\n"
                "🏠 มีห้องพักในโรงงาน อยู่ฟรี ต้องพักในโรงงานเท่านั้น\n"
                "💸 ค่าดำเนินการทำเอกสาร 3,000 บาท หักจากเงินเดือน 3 งวด\n"
                "🪪 บริษัทเก็บบัตรประชาชน/พาสปอร์ตไว้ให้ตลอดสัญญา\n"
                "รับต่างด้าว 🇲🇲🇰🇭 ทักไลน์ @xxxxx"
            ),
            "concepts": {"food_processing", "packing"},
            "conditions": {"night_shifts", "live_in"},
            "abroad": None,
            "documents_kept": True,
            "fee_charged": True,
        },
        {
            "kind": "job",
            "title": "☕ ร้านกาแฟย่านอารีย์ รับบาริสต้า 2 อัตรา",
            "description": (
                "⏰ 07:00-16:00 ทำงาน 6 วัน หยุด 1 วัน/สัปดาห์ ไม่มีกะดึก\n"
                "💰 เงินเดือน 13,000 + ทิป + ค่าข้าว\n"
                "✅ ไม่มีประสบการณ์สอนให้ ชงกาแฟ ชงชา ดูแลลูกค้าหน้าร้าน\n"
                "✅ ไม่มีค่าสมัคร ไม่ต้องวางมัดจำ ไม่ยึดบัตร\n"
                "🏠 ไม่มีที่พักให้ (พนักงานไป-กลับเอง)\n"
                "สนใจทักแชทเพจ หรือ ไลน์ @xxxx"
            ),
            "concepts": {"barista", "coffee"},
            "conditions": set(),
            "abroad": None,
            "documents_kept": False,
            "fee_charged": False,
        },
        {
            "kind": "job",
            "title": "🇰🇷 ไปทำงานเกาหลี ไม่ต้องสอบ!! บินไวใน 2 สัปดาห์ ✈️",
            "description": (
                "งานฟาร์มผัก / โรงงาน 🥬🏭 รายได้ 60,000-80,000 บาท/เดือน\n"
                "✅ ไม่ต้องมีภาษา ไม่ต้องรอโควตา\n"
                "💸 ค่าใช้จ่าย 80,000 บาท จ่ายก่อน 30,000 ที่เหลือหักจากเงินเดือน\n"
                "✅ เข้าด้วยวีซ่าท่องเที่ยว ถึงแล้วมีนายหน้ารับ\n"
                "ทักไลน์ด่วน รับจำนวนจำกัด!!"
            ),
            "concepts": {"vegetable_growing", "manufacturing"},
            "conditions": set(),
            "abroad": "KR",
            "documents_kept": False,
            "fee_charged": True,
        },
        {
            "kind": "course",
            "title": "🎓 อบรมฟรี! นวดแผนไทยเพื่อสุขภาพ 150 ชม. 💆‍♀️",
            "description": (
                "โดย ศูนย์พัฒนาฝีมือแรงงาน จ.เชียงใหม่\n"
                "📅 เรียน จ.-ศ. 09:00-16:00 รวม 25 วัน\n"
                "✅ ฟรีค่าเรียน มีอาหารกลางวัน ได้วุฒิบัตร\n"
                "✅ อายุ 18 ปีขึ้นไป ใช้สำเนาบัตรประชาชน 1 ใบ\n"
                "📲 สมัครทางไลน์ @xxxx ภายใน 30 มิ.ย."
            ),
            "concepts": {"massage"},
            "conditions": set(),
            "abroad": None,
            "documents_kept": False,
            "fee_charged": False,
        },
        {
            "kind": "job",
            "title": "🎤 รับน้องเสิร์ฟ ร้านคาราโอเกะ 🍻 อายุ 16+ รับ",
            "description": (
                "⏰ 19:00-02:00 เงินเดือน 9,000 + ทิป + ค่าดริ้งค์\n"
                "🏠 พักที่ร้าน ฟรีค่าห้อง มีข้าวให้ 2 มื้อ\n"
                "✅ ไม่ต้องมีประสบการณ์ ไม่เก็บค่าสมัคร\n"
                "โทร/ไลน์ 08x-xxx-xxxx"
            ),
            "concepts": {"nightlife_venues", "table_service"},
            "conditions": {"night_shifts", "live_in"},
            "abroad": None,
            "documents_kept": False,
            "fee_charged": False,
        },
    ],
    "vi": [
        {
            "kind": "job",
            "title": "🇯🇵 XKLĐ NHẬT BẢN – ĐƠN CHẾ BIẾN THỰC PHẨM 🍱 BAY NHANH",
            "description": (
                "✅ Lương cơ bản 28-32tr/tháng, tăng ca nhiều\n"
                "🌙 Làm ca đêm 22h-7h sáng, 5 ngày/tuần\n"
                "💰 Phí trọn gói 150tr, đặt cọc trước 30tr, còn lại nộp trước khi bay\n"
                "✅ Nam/nữ 18-35 tuổi, không cần tiếng\n"
                "📞 Zalo 09xx.xxx.xxx (Ms Hằng)"
            ),
            "concepts": {"food_processing"},
            "conditions": {"night_shifts"},
            "abroad": "JP",
            "documents_kept": False,
            "fee_charged": True,
        },
        {
            "kind": "job",
            "title": "TUYỂN GẤP 20 CN MAY 🧵 KCN Tân Uyên, Bình Dương",
            "description": (
                "💵 Lương 8-10tr + chuyên cần 500k + thưởng\n"
                "⏰ Giờ hành chính 7h30-16h30, nghỉ CN, không làm ca đêm\n"
                "✅ Biết may máy 1 kim, máy vắt sổ\n"
                "✅ KHÔNG thu phí, KHÔNG giữ giấy tờ gốc, chỉ cần photo CCCD\n"
                "🏠 Có KTX miễn phí cho ai cần, không bắt buộc\n"
                "📞 Zalo 09xx"
            ),
            "concepts": {"garment_manufacturing", "sewing_machine_operation"},
            "conditions": set(),
            "abroad": None,
            "documents_kept": False,
            "fee_charged": False,
        },
        {
            "kind": "job",
            "title": "CẦN GẤP 15 NAM BỐC XẾP KHO 📦 ca đêm, nhận cả 16-17t",
            "description": (
                "📍 Kho hàng Long Biên, Hà Nội\n"
                "🌙 Làm 22h-6h, vác bao gạo 50kg lên xe tải 💪\n"
                "💰 350k/đêm, trả theo tuần\n"
                "⚠️ Nộp 500k tiền đồng phục + thẻ, trừ vào lương tuần đầu\n"
                "🪪 Nộp CCCD gốc cho quản lý kho giữ, nghỉ việc trả lại\n"
                "📞 Zalo 03xx"
            ),
            "concepts": {"logistics_warehouse"},
            "conditions": {"night_shifts", "heavy_lifting"},
            "abroad": None,
            "documents_kept": True,
            "fee_charged": True,
        },
        {
            "kind": "course",
            "title": "🎓 KHÓA HỌC PHA CHẾ MIỄN PHÍ cho bạn trẻ 16-24t ☕",
            "description": (
                "📍 Quận 3, TP.HCM – chương trình của tổ chức phi lợi nhuận\n"
                "📅 3 tháng, học sáng T2-T6 (8h-12h)\n"
                "✅ Miễn 100% học phí, hỗ trợ ăn trưa + 500k/tháng đi lại\n"
                "✅ Học pha cà phê, trà sữa, sinh tố, giao tiếp với khách\n"
                "✅ Giới thiệu việc làm sau khóa\n"
                "📞 Inbox page"
            ),
            "concepts": {"barista"},
            "conditions": set(),
            "abroad": None,
            "documents_kept": False,
            "fee_charged": False,
        },
        {
            "kind": "job",
            "title": "Tìm giúp việc ở lại 🏠 chăm bé 2 tuổi, Hà Nội",
            "description": (
                "💵 Lương 7tr/tháng, bao ăn ở\n"
                "✅ Chăm bé, nấu cơm, dọn nhà. Chị em 25-45t, chịu khó, sạch sẽ\n"
                "⏰ Không có ngày nghỉ, Tết được về 1 tuần\n"
                "⚠️ Giữ lương tháng đầu làm tin, làm đủ 6 tháng trả lại\n"
                "📞 Zalo chị Lan 09xx"
            ),
            "concepts": {"childcare", "housework"},
            "conditions": {"live_in"},
            "abroad": None,
            "documents_kept": False,
            "fee_charged": True,
        },
    ],
    "tl": [
        {
            "kind": "job",
            "title": "🇸🇦 HIRING KSA HOUSEHOLD SERVICE WORKER (DH) 💼 ALIS AGAD!",
            "description": (
                "💰 1,500 SAR/month\n"
                "✈️ Libre ticket at visa\n"
                "💸 Processing fee ₱25,000 lang, o salary deduction 4 months kung walang "
                "pambayad\n"
                "🏠 Stay-in sa bahay ng amo, linis, laba, luto\n"
                "📆 Day off depende sa amo\n"
                "🛂 Passport hawak ng employer for safekeeping 🔐\n"
                "Edad 23-40, kahit walang experience. PM agad! 📩"
            ),
            "concepts": {"domestic_care_work", "housework"},
            "conditions": {"live_in"},
            "abroad": "SA",
            "documents_kept": True,
            "fee_charged": True,
        },
        {
            "kind": "job",
            "title": "📢 WE'RE HIRING! Production Operators – Cavite (PEZA) 🏭",
            "description": (
                "✅ Assembly ng electronic parts, day shift lang 7AM-4PM, walang night shift\n"
                "💰 ₱610/day + OT pay + 13th month\n"
                "✅ SSS, PhilHealth, Pag-IBIG\n"
                "✅ NO FEES! Libre ang medical, libre ang training ✋\n"
                "🚌 May shuttle service, stay-out\n"
                "📄 Dalhin: resume, 2 valid IDs (photocopy lang, sa inyo ang original)\n"
                "Walk-in Mon-Fri 8AM sa gate 2"
            ),
            "concepts": {"manufacturing", "assembly"},
            "conditions": set(),
            "abroad": None,
            "documents_kept": False,
            "fee_charged": False,
        },
        {
            "kind": "job",
            "title": "NEED ASAP 🐟 Crew sa fishing boat (basnig) – Navotas",
            "description": (
                "💪 16 pataas pwede basta malakas, kahit walang experience\n"
                "⚓ 2-3 weeks sa laot, tulog sa bangka\n"
                "💪 Buhat ng banyera ng isda (40kg+) at lambat\n"
                "💰 ₱8,000/biyahe + parte sa huli\n"
                "💸 Cash advance ₱5,000 bago umalis, ibabawas sa sahod\n"
                "Text/PM: 09xx xxx xx12"
            ),
            "concepts": {"fishing_aquaculture", "fishing"},
            "conditions": {"heavy_lifting", "live_in"},
            "abroad": None,
            "documents_kept": False,
            "fee_charged": True,
        },
        {
            "kind": "course",
            "title": "🎓 LIBRENG TRAINING: Cookery NC II (TESDA TWSP) 🍳",
            "description": (
                "📍 Quezon City\n"
                "✅ Walang bayad + ₱160/day allowance\n"
                "✅ 18 pataas, out-of-school youth at walang trabaho, welcome\n"
                "⏰ Mon-Fri 8AM-5PM, 40 days\n"
                "📄 Dalhin: PSA birth cert, barangay clearance, 2x2 ID pic\n"
                "Comment 'INTERESTED' o PM ang page 😊"
            ),
            "concepts": {"cooking"},
            "conditions": set(),
            "abroad": None,
            "documents_kept": False,
            "fee_charged": False,
        },
        {
            "kind": "job",
            "title": "🇭🇰 DIRECT HIRE DH for HONG KONG – ZERO PLACEMENT FEE ✅",
            "description": (
                "👵 Mag-aalaga ng lola (78 y/o), light housework lang\n"
                "💰 HK$4,990/month + food allowance\n"
                "✅ Employer ang sagot sa visa, ticket, insurance at medical\n"
                "🏠 Live-in (required sa HK), may sariling kwarto\n"
                "📆 1 rest day every week + statutory holidays\n"
                "🛂 Passport mo, hawak mo – hindi kukunin ng employer\n"
                "DMW-licensed agency, License No. xxx. PM lang po 🙏"
            ),
            "concepts": {"domestic_care_work", "elder_care"},
            "conditions": {"live_in"},
            "abroad": "HK",
            "documents_kept": False,
            "fee_charged": False,
        },
    ],
    "km": [
        {
            "kind": "job",
            "title": "🇹🇭 ត្រូវការកម្មករសំណង់ទៅធ្វើការនៅថៃ ប្រញាប់!!",
            "description": (
                "📍 ការដ្ឋានសំណង់ នៅបាងកក\n"
                "💰 ប្រាក់ឈ្នួល ៣៥០ បាត/ថ្ងៃ + OT\n"
                "👷 ការងារ៖ លើកបាវស៊ីម៉ងត៍ ៥០គីឡូ លាយបេតុង ដឹកឥដ្ឋ\n"
                "🏠 ស្នាក់នៅក្នុងជំរំកម្មករ ក្នុងការដ្ឋាន\n"
                "💵 សេវាធ្វើលិខិតឆ្លងដែន និងវីសា ៥០០ដុល្លារ បង់មុន ២០០ដុល្លារ "
                "នៅសល់កាត់ពីប្រាក់ខែ\n"
                "🛂 លិខិតឆ្លងដែន មេការរក្សាទុកឲ្យ កុំឲ្យបាត់\n"
                "📞 Telegram: 0xx xxx xxx"
            ),
            "concepts": {"construction"},
            "conditions": {"heavy_lifting", "live_in"},
            "abroad": "TH",
            "documents_kept": True,
            "fee_charged": True,
        },
        {
            "kind": "job",
            "title": "រោងចក្រស្បែកជើង ត្រូវការកម្មករ ៥០ នាក់ 👟 កំពង់ស្ពឺ",
            "description": (
                "✅ ការងារ៖ តម្រៀប និងវេចខ្ចប់ស្បែកជើងចូលប្រអប់\n"
                "💰 ប្រាក់ខែគោល ២០៤$ + ប្រាក់ឧបត្ថម្ភវត្តមាន ១០$ + OT\n"
                "⏰ ម៉ោង ៧:០០ - ១៦:០០ ឈប់ថ្ងៃអាទិត្យ គ្មានវេនយប់\n"
                "✅ មិនគិតថ្លៃសេវា មិនយកអត្តសញ្ញាណប័ណ្ណដើម យកតែច្បាប់ថតចម្លង\n"
                "🚌 មានឡានដឹកកម្មករ ឥតគិតថ្លៃ\n"
                "📞 មកដាក់ពាក្យផ្ទាល់នៅរោងចក្រ ឬ Telegram 0xx"
            ),
            "concepts": {"manufacturing", "packing"},
            "conditions": set(),
            "abroad": None,
            "documents_kept": False,
            "fee_charged": False,
        },
        {
            "kind": "job",
            "title": "🎰 ត្រូវការបុគ្គលិកកាស៊ីណូ ក្រុងព្រះសីហនុ 💰 ៨០០$",
            "description": (
                "✅ មិនចាំបាច់មានបទពិសោធន៍\n"
                "⏰ វេនយប់ ៨យប់ - ៨ព្រឹក ធ្វើការ ៧ថ្ងៃ/សប្តាហ៍\n"
                "🏠 ស្នាក់នៅ និងអាហារ ក្នុងបរិវេណក្រុមហ៊ុន ហាមចេញក្រៅ\n"
                "💵 ប្រាក់កក់ ៣០០$ ពេលចូលធ្វើការ (ប្រគល់វិញពេលផុតកុងត្រា ១ឆ្នាំ)\n"
                "📲 Telegram @xxxx"
            ),
            "concepts": {"gambling"},
            "conditions": {"night_shifts", "live_in"},
            "abroad": None,
            "documents_kept": False,
            "fee_charged": True,
        },
        {
            "kind": "course",
            "title": "🛵 វគ្គជួសជុលម៉ូតូ ឥតគិតថ្លៃ សម្រាប់យុវជន អាយុ ១៦-២៤ ឆ្នាំ",
            "description": (
                "📍 មជ្ឈមណ្ឌលបណ្តុះបណ្តាលវិជ្ជាជីវៈ ខេត្តសៀមរាប\n"
                "📅 រយៈពេល ៣ ខែ ច័ន្ទ-សុក្រ ៨:០០-១១:៣០ និង ១៤:០០-១៧:០០\n"
                "✅ ឥតគិតថ្លៃ មានប្រាក់ឧបត្ថម្ភធ្វើដំណើរ និងសម្ភារៈជួសជុលសម្រាប់យកទៅផ្ទះ\n"
                "📄 យកមកជាមួយ៖ ច្បាប់ថតចម្លងអត្តសញ្ញាណប័ណ្ណ ឬសំបុត្រកំណើត រូបថត ២សន្លឹក\n"
                "📞 ទំនាក់ទំនង 0xx"
            ),
            "concepts": {"motorbike_repair"},
            "conditions": set(),
            "abroad": None,
            "documents_kept": False,
            "fee_charged": False,
        },
        {
            "kind": "job",
            "title": "ត្រូវការអ្នកដឹកអាហារ (Rider) 🛵 ភ្នំពេញ",
            "description": (
                "💰 ៨-១២$/ថ្ងៃ អាស្រ័យលើចំនួនដឹក\n"
                "⏰ ម៉ោង ១០:០០ - ១៩:០០ ឈប់ ១ថ្ងៃ/សប្តាហ៍\n"
                "✅ ត្រូវមានម៉ូតូផ្ទាល់ខ្លួន និងប័ណ្ណបើកបរ\n"
                "✅ ក្រុមហ៊ុនផ្តល់កាបូបដឹក និងអាវ ឥតគិតថ្លៃ មិនកាត់ប្រាក់ខែ\n"
                "✅ អាយុ ១៨ឆ្នាំឡើង\n"
                "📲 Telegram 0xx xxx xxx"
            ),
            "concepts": {"delivery"},
            "conditions": set(),
            "abroad": None,
            "documents_kept": False,
            "fee_charged": False,
        },
    ],
    "my": [
        {
            "kind": "job",
            "title": "🇲🇾 မလေးရှား ဆီအုန်းခြံ အလုပ်သမား အမြန်ခေါ်မည် ‼️",
            "description": (
                "✅ လစာ RM 1,500 + OT\n"
                "✅ ၁၇ နှစ်ပြည့်ရင် လျှောက်လို့ရ 💪\n"
                "🌴 အလုပ် - ဆီအုန်းသီးခိုင် (၂၀-၃၀ ကီလို) သယ်ရ၊ ထမ်းရ\n"
                "🏠 ခြံထဲက တန်းလျားမှာ နေရ\n"
                "💸 ပွဲခ ၄၅ သိန်း၊ ၁၅ သိန်း ကြိုပေး၊ ကျန်တာ လစာထဲက လစဉ်ဖြတ်\n"
                "🛂 ပတ်စ်ပို့ကို သူဌေးက သိမ်းထားပေးမယ်\n"
                "📞 Viber 09-xxx-xxx"
            ),
            "concepts": {"agriculture"},
            "conditions": {"heavy_lifting", "live_in"},
            "abroad": "MY",
            "documents_kept": True,
            "fee_charged": True,
        },
        {
            "kind": "job",
            "title": "မဲဆောက် အထည်ချုပ်စက်ရုံ 🧵 အပ်ချုပ်သမ ၃၀ ဦး ခေါ်မည်",
            "description": (
                "✅ အပ်ချုပ်စက် ကိုင်တတ်ရမည်\n"
                "⏰ နေ့ဆိုင်း မနက် ၈ နာရီ - ညနေ ၅ နာရီ၊ ညဆိုင်း မရှိ\n"
                "💰 တစ်ရက် ၃၅၀ ဘတ် + OT\n"
                "✅ Work permit စရိတ် စက်ရုံက အကုန်ကျခံ၊ ဘာပိုက်ဆံမှ မယူ\n"
                "✅ ပတ်စ်ပို့ ကိုယ့်လက်ထဲမှာပဲ ထားရ၊ မိတ္တူတစ်စောင်ပဲ လို\n"
                "🏠 အဆောင်ရှိ၊ မနေချင်ရင် အပြင်မှာ နေလို့ရ\n"
                "📞 ဖုန်း 08x-xxx-xxxx"
            ),
            "concepts": {"garment_manufacturing", "sewing_machine_operation"},
            "conditions": set(),
            "abroad": None,
            "documents_kept": False,
            "fee_charged": False,
        },
        {
            "kind": "job",
            "title": "လက်ဖက်ရည်ဆိုင် စားပွဲထိုး ကောင်လေး ၅ ယောက် လိုသည် ☕",
            "description": (
                "📍 ရန်ကုန်၊ လှိုင်သာယာ\n"
                "✅ အသက် ၁၅ နှစ်အထက်\n"
                "✅ ဆိုင်မှာ နေ၊ ဆိုင်မှာ စား\n"
                "⏰ မနက် ၅ နာရီ - ည ၉ နာရီ၊ ပိတ်ရက် မရှိ\n"
                "💰 လစာ ၂ သိန်း၊ ပထမ ၂ လ လစာကို အာမခံအဖြစ် ဆိုင်က ထိန်းထားမည်\n"
                "📞 09-xxx-xxx"
            ),
            "concepts": {"food_service", "table_service"},
            "conditions": {"live_in"},
            "abroad": None,
            "documents_kept": False,
            "fee_charged": True,
        },
        {
            "kind": "job",
            "title": "🇯🇵 ဂျပန် SSW စိုက်ပျိုးရေး (ဟင်းသီးဟင်းရွက်ခြံ) ✅ ပွဲခ မယူ",
            "description": (
                "✅ အလုပ်ရှင်က လေယာဉ်လက်မှတ်၊ ဗီဇာ၊ ဆေးစစ်ခ အကုန်ကျခံ\n"
                "✅ ပတ်စ်ပို့ ကိုယ်တိုင် ကိုင်ထား\n"
                "🥬 အလုပ် - ခရမ်းချဉ်သီး၊ သခွားသီး စိုက်၊ ခူး၊ ထုပ်ပိုး\n"
                "⏰ နေ့ပိုင်း ၈ နာရီ၊ တစ်ပတ် ၅ ရက်\n"
                "💴 လစာ ¥190,000\n"
                "📋 JLPT N4 + SSW စာမေးပွဲ အောင်ထားရမည်\n"
                "📞 MOLIP လိုင်စင်ရ အေဂျင်စီ၊ Viber 09-xxx"
            ),
            "concepts": {"agriculture", "vegetable_growing"},
            "conditions": set(),
            "abroad": "JP",
            "documents_kept": False,
            "fee_charged": False,
        },
        {
            "kind": "course",
            "title": "✂️ အခမဲ့ ဆံပင်ညှပ် သင်တန်း (အမျိုးသမီးများအတွက်)",
            "description": (
                "📍 မန္တလေး\n"
                "📅 ၃ လ၊ တနင်္လာ-သောကြာ မနက် ၉ - နေ့လယ် ၃\n"
                "✅ သင်တန်းကြေး အခမဲ့၊ ကိရိယာ အစုံ ပေးမည်\n"
                "✅ အသက် ၁၈-၃၅\n"
                "📄 မှတ်ပုံတင် မိတ္တူ ၁ စောင်\n"
                "📞 Messenger"
            ),
            "concepts": {"hairdressing"},
            "conditions": set(),
            "abroad": None,
            "documents_kept": False,
            "fee_charged": False,
        },
    ],
    "zh": [
        {
            "kind": "job",
            "title": "🇰🇭柬埔寨西港 高薪招聘 打字员/客服 💰月薪1.5万起",
            "description": (
                "✅ 无需经验 会打字会聊天就行\n"
                "✅ 包吃包住 园区内宿舍 🏢\n"
                "⏰ 晚上8点到早上8点 月休2天\n"
                "✈️ 机票公司先垫付 到岗后从工资里扣\n"
                "🛂 护照入职后交公司统一保管\n"
                "📲 飞机/TG: @xxxx 私聊"
            ),
            "concepts": {"data_entry", "customer_service"},
            "conditions": {"night_shifts", "live_in"},
            "abroad": "KH",
            "documents_kept": True,
            "fee_charged": True,
        },
        {
            "kind": "job",
            "title": "【請人】旺角茶餐廳 樓面 2名 🍽️",
            "description": (
                "⏰ 早更 7am-4pm 每週休一日\n"
                "💰 月薪 $17,000 + 分紅 + 強積金\n"
                "✅ 不收任何費用 無需按金\n"
                "✅ 新手可教 識少少英文更好\n"
                "📲 WhatsApp 9xxx xxxx 陳生"
            ),
            "concepts": {"food_service", "table_service"},
            "conditions": set(),
            "abroad": None,
            "documents_kept": False,
            "fee_charged": False,
        },
        {
            "kind": "job",
            "title": "东莞长安电子厂 急招普工 👷‍♀️👷 16周岁以上可来",
            "description": (
                "🔧 流水线组装手机配件 坐着做\n"
                "💰 综合工资 5500-6500/月\n"
                "⏰ 两班倒 白班/夜班 一月一换 做六休一\n"
                "🏠 包住 厂内宿舍 8人间 必须住厂\n"
                "💸 中介费 500元 第一个月工资扣\n"
                "🪪 入职押身份证 干满3个月退还\n"
                "📞 微信 xxxx 带身份证直接来面试"
            ),
            "concepts": {"manufacturing", "assembly"},
            "conditions": {"night_shifts", "live_in"},
            "abroad": None,
            "documents_kept": True,
            "fee_charged": True,
        },
        {
            "kind": "job",
            "title": "🇸🇬 新加坡酒店 客房服务员 📍正规直招 零中介费",
            "description": (
                "✅ 雇主承担工作准证、机票、体检全部费用\n"
                "💰 月薪 S$2,000 + 加班费\n"
                "⏰ 白班 早8晚5 做五休二 无夜班\n"
                "🛂 护照自己保管 公司不扣押任何证件\n"
                "🏠 可住公司宿舍，不住可领住房补贴\n"
                "📲 加微信 xxxx 了解详情"
            ),
            "concepts": {"hospitality", "housekeeping"},
            "conditions": set(),
            "abroad": "SG",
            "documents_kept": False,
            "fee_charged": False,
        },
        {
            "kind": "course",
            "title": "【免費課程】ERB 中式麵包製作 證書課程 🍞",
            "description": (
                "📍 觀塘 培訓中心\n"
                "📅 全日制 4星期 星期一至五 9:30-5:00\n"
                "✅ 免學費 出席率達80%可獲再培訓津貼\n"
                "✅ 15歲或以上 香港合資格僱員\n"
                "📲 WhatsApp 查詢 或 致電 xxxx"
            ),
            "concepts": {"baking"},
            "conditions": set(),
            "abroad": None,
            "documents_kept": False,
            "fee_charged": False,
        },
    ],
}


SETS: tuple[tuple[str, Mapping[str, list[Ad]]], ...] = (
    ("first", FIRST),
    ("second", SECOND),
    ("third", THIRD),
    ("fourth", FOURTH),
    ("fifth", FIFTH),
    ("sixth", SIXTH),
    ("seventh", SEVENTH),
    ("eighth", EIGHTH),
    ("ninth", NINTH),
    ("tenth", TENTH),
    ("eleventh", ELEVENTH),
)


def closed_by_text(
    vocabulary: Vocabulary, kind: str, concepts: Iterable[str], conditions: Iterable[str]
) -> bool:
    """Whether a minor is kept from an opportunity by what its text says: night work,
    live-in or (a job) heavy lifting, or a job whose work lies in a sector closed to minors."""
    said = set(conditions)
    if said & {"night_shifts", "live_in"}:
        return True
    if kind != "job":
        return False
    return "heavy_lifting" in said or bool(
        set(concepts) & vocabulary.subtrees(vocabulary.hazardous_for_minors)
    )


def read_ad(vocabulary: Vocabulary, language: str, ad: Ad) -> dict[str, Any]:
    text = f"{ad['title']}\n{ad['description']}"
    concepts = vocabulary.concepts_in(text)
    said = vocabulary.workplace_conditions_in(text)
    conditions = {c for c in said if c in CONDITIONS}
    home = HOME[language] - {ad["abroad"] or ""}
    abroad = {c.removeprefix(WORK_IN).upper() for c in said if c.startswith(WORK_IN)} - home
    if "abroad" in said and ad["abroad"]:
        # Work abroad said without naming where ("free visa and air ticket"): the service
        # holds it as abroad all the same (``Workplace.abroad``), whatever the country.
        abroad.add(ad["abroad"])
    elif "abroad" in said:
        abroad.add("abroad")
    found = {e for e in ad["concepts"] if concepts & vocabulary.subtree(e)}
    near = vocabulary.subtrees(ad["concepts"]) | {
        a for e in ad["concepts"] for a in vocabulary.ancestors(e) | vocabulary.related(e)
    }
    return {
        "kind": ad["kind"],
        "title": ad["title"],
        "expected": sorted(ad["concepts"]),
        "read": sorted(concepts),
        "found": sorted(found),
        "stray": sorted(concepts - near),
        "conditions_said": sorted(ad["conditions"]),
        "conditions_read": sorted(conditions),
        "abroad_said": ad["abroad"],
        "abroad_read": sorted(abroad),
        "documents_said": ad.get("documents_kept"),
        "documents_read": "documents_withheld" in said,
        "fee_said": ad.get("fee_charged"),
        # Read of a job's text only: a course's fee is its tuition (``with_conditions_said``).
        "fee_read": ad["kind"] == "job" and "fee_charged" in said,
        "closed_said": closed_by_text(vocabulary, ad["kind"], ad["concepts"], ad["conditions"]),
        "closed_read": closed_by_text(vocabulary, ad["kind"], concepts, conditions),
    }


def evaluate(vocabulary: Vocabulary, ads: Mapping[str, list[Ad]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for language, language_ads in ads.items():
        rows = [read_ad(vocabulary, language, ad) for ad in language_ads]
        expected = sum(len(r["expected"]) for r in rows)
        counts = {
            c: {
                "hits": sum(c in r["conditions_said"] and c in r["conditions_read"] for r in rows),
                "misses": sum(
                    c in r["conditions_said"] and c not in r["conditions_read"] for r in rows
                ),
                "false_alarms": sum(
                    c not in r["conditions_said"] and c in r["conditions_read"] for r in rows
                ),
            }
            for c in CONDITIONS
        }
        result[language] = {
            "ads": len(rows),
            "found": sum(bool(r["found"]) for r in rows) / len(rows),
            "recall": sum(len(r["found"]) for r in rows) / expected,
            "stray": sum(len(r["stray"]) for r in rows),
            "conditions": counts,
            "abroad_exact": sum(
                set(r["abroad_read"]) == ({r["abroad_said"]} if r["abroad_said"] else set())
                for r in rows
            )
            / len(rows),
            "documents_kept": _sign_counts(rows, "documents"),
            "fee_charged": _sign_counts(rows, "fee"),
            "minors_to_keep_out": sum(r["closed_said"] for r in rows),
            "kept_out": sum(r["closed_said"] and r["closed_read"] for r in rows),
            "closed_wrongly": sum(r["closed_read"] and not r["closed_said"] for r in rows),
            "rows": rows,
        }
    return result


def _sign_counts(rows: list[dict[str, Any]], sign: str) -> dict[str, int]:
    """For a sign labelled on the ads (``documents``: papers kept; ``fee``: a fee charged):
    how many said it were read so, how many said it, false alarms among the ads labelled
    without it, and how many are labelled."""
    said, read = f"{sign}_said", f"{sign}_read"
    return {
        "hits": sum(r[said] is True and r[read] for r in rows),
        "said": sum(r[said] is True for r in rows),
        "false_alarms": sum(r[said] is False and r[read] for r in rows),
        "labelled": sum(r[said] is not None for r in rows),
    }


def _sign_cell(counts: Mapping[str, int]) -> str:
    if not counts["labelled"]:
        return "–"
    return f"{counts['hits']}/{counts['said']} ({counts['false_alarms']})"


def markdown(name: str, result: Mapping[str, Any]) -> str:
    lines = [
        f"Set `{name}`:",
        "",
        "| language | ads | found | recall | stray | conditions hit/said | false alarms "
        "| abroad exact | minors kept out | closed wrongly | papers kept, read/said (false) "
        "| fee charged, read/said (false) |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for language, r in result.items():
        counts = r["conditions"].values()
        hits = sum(c["hits"] for c in counts)
        said = hits + sum(c["misses"] for c in counts)
        alarms = sum(c["false_alarms"] for c in counts)
        lines.append(
            f"| {language} | {r['ads']} | {r['found']:.2f} | {r['recall']:.2f} | {r['stray']} "
            f"| {hits}/{said} | {alarms} | {r['abroad_exact']:.2f} "
            f"| {r['kept_out']}/{r['minors_to_keep_out']} | {r['closed_wrongly']} "
            f"| {_sign_cell(r['documents_kept'])} | {_sign_cell(r['fee_charged'])} |"
        )
    return "\n".join(lines) + "\n"


def details(result: Mapping[str, Any]) -> str:
    lines = []
    for language, r in result.items():
        for row in r["rows"]:
            wrong = (
                not row["found"]
                or row["conditions_said"] != row["conditions_read"]
                or set(row["abroad_read"])
                != ({row["abroad_said"]} if row["abroad_said"] else set())
                or (row["fee_said"] is not None and row["fee_said"] != row["fee_read"])
                or (
                    row["documents_said"] is not None
                    and row["documents_said"] != row["documents_read"]
                )
            )
            lines.append(
                f"{'x' if wrong else ' '} {language} {row['kind']:6} {row['title'][:40]!r}: "
                f"expected {row['expected']} read {row['read']}; conditions said "
                f"{row['conditions_said']} read {row['conditions_read']}; abroad said "
                f"{row['abroad_said']} read {row['abroad_read']}; papers said "
                f"{row['documents_said']} read {row['documents_read']}; fee said "
                f"{row['fee_said']} read {row['fee_read']}"
            )
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--markdown", type=Path)
    parser.add_argument("--details", action="store_true", help="print every ad's reading")
    args = parser.parse_args()
    vocabulary = load_vocabulary()
    results = {name: evaluate(vocabulary, ads) for name, ads in SETS}
    for name, result in results.items():
        print(json.dumps({name: {k: {**v, "rows": len(v["rows"])} for k, v in result.items()}}))
        if args.details:
            print(details(result))
    if args.markdown:
        args.markdown.write_text("\n".join(markdown(n, r) for n, r in results.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
