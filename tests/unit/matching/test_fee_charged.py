"""A job whose text says a worker pays to get or keep it is refused when posted or changed,
and, stored before the vocabulary could read it so, offered to no one.

A recruitment, placement or processing fee, a deposit, a deduction from wages or a travel
loan to repay is how workers are held in debt bondage, one of the ILO's indicators of forced
labour; the ILO's Private Employment Agencies Convention (C181, art. 7) and the
employer-pays principle say workers pay no recruitment fees. So the expected values come
from that rule: a job's text that makes the worker pay is refused at the field that says it
and is offered to no one; one that says no fee is charged, that the employer pays, or that
wages are paid into a bank account is not; a course's fee is its tuition, never refused.
The phrases are written for this test, in each of the seven languages.
"""

from __future__ import annotations

import pytest

from matching.domain.values import OpportunityKind
from matching.service_layer import commands
from matching.service_layer.handlers import handle
from matching.service_layer.opportunity_text import FEE_CHARGED, ForcedLabourSign
from tests.unit.matching.test_documents_withheld_when_stored import _with_vocabulary, vocabulary
from tests.unit.matching.test_handlers import EMPLOYER, PROVIDER, _details

CHARGED = [
    "Factory worker in Malaysia. Placement fee RM 3,000, deducted from first 3 months salary.",
    "Waiter, bring 3,500 baht for medical check and contract.",
    "Applicants must pay RM500 processing fee before interview.",
    "รับสมัครพนักงานโรงงาน ค่าดำเนินการ 5,000 บาท หักจากเงินเดือน",
    "Tuyển công nhân đi Nhật, phí xuất cảnh 150 triệu, trừ dần vào lương",
    "Kailangan ng placement fee na 20,000 bago umalis",
    "ត្រូវការកម្មករ ថ្លៃសេវា ៥០០ ដុល្លារ កាត់ពីប្រាក់ខែ",
    "အလုပ်သមားခေါ်သည် ပွဲခ ၅သိန်း လစာထဲက ဖြတ်မည်",
    "招聘普工，中介费3000元，从工资里扣",
]
NOT_CHARGED = [
    "Cleaner, no placement fee, company pays all costs.",
    "Sewing operator. Salary deposited into your bank account on the 5th. Free uniform.",
    "Placement fee is paid by the employer. Free accommodation.",
    "Room attendant. Salary + service charge, staff meals.",
    "รับสมัครแม่บ้าน ไม่มีค่าใช้จ่าย นายจ้างออกให้ทั้งหมด โอนเงินเดือนเข้าบัญชี",
    "Tuyển phục vụ nhà hàng, không mất phí, lương chuyển khoản",
    "Walang placement fee, libre ang medical",
    "ត្រូវការកម្មករ ឥតគិតថ្លៃ ក្រុមហ៊ុនចេញថ្លៃ",
    "အလုပ်သမားခေါ်သည် ပွဲခမယူ အခမဲ့",
    "招聘保安，不收任何费用，工资银行转账",
]


@pytest.mark.parametrize("text", CHARGED)
def test_a_text_that_makes_the_worker_pay(text: str) -> None:
    assert FEE_CHARGED in vocabulary().workplace_conditions_in(text)


@pytest.mark.parametrize("text", NOT_CHARGED)
def test_a_text_that_charges_the_worker_nothing(text: str) -> None:
    assert FEE_CHARGED not in vocabulary().workplace_conditions_in(text)


def test_posting_it_is_refused_at_the_description_and_nothing_is_stored() -> None:
    ports = _with_vocabulary()
    with pytest.raises(ForcedLabourSign) as refused:
        handle(
            commands.PostOpportunity(
                caller=EMPLOYER,
                details=_details(title="Packer", description=CHARGED[0]),
            ),
            ports,
        )
    [violation] = refused.value.violations
    assert violation.location == ("opportunity", "description")
    assert violation.code == "FEE_CHARGED"
    assert "3,000" not in str(refused.value)  # the text is never quoted
    assert list(ports.opportunities.all()) == []


def test_a_course_fee_is_its_tuition() -> None:
    ports = _with_vocabulary()
    course = handle(
        commands.PostOpportunity(
            caller=PROVIDER,
            details=_details(
                kind=OpportunityKind.TRAINING,
                title="Sewing course",
                description="Training fee 2,000 baht, certificate at the end.",
                sector="garment_manufacturing",
                pay=None,
            ),
        ),
        ports,
    )
    assert not course.details.workplace.fee_charged


@pytest.mark.parametrize(
    "text",
    [
        # The seventh blind ad set (session 35) read these as charging a fee: a word before
        # the fee in its clause says none is charged, or one after it that the employer pays.
        "NO SALARY DEDUCTION, no placement fee. Employer pays the agency fees.",
        "ไม่มีค่าใช้จ่ายแรกเข้า ไม่หักค่านายหน้า",
        "0 ĐỒNG PHÍ – chủ sử dụng chịu toàn bộ chi phí visa, vé máy bay",
        "❌ Không thu bất kỳ khoản phí nào",
        "🎁 មិនគិតថ្លៃសេវា ធ្វើឯកសារ និងសំបុត្រយន្តហោះ ឥតគិតថ្លៃ",
        "ZERO COST – ဗီဇာ၊ လေယာဉ်လက်မှတ်၊ ဆေးစစ်ခ အားလုံး အလုပ်ရှင်က ကျခံသည်",
        "❌ 唔使俾任何介紹費",
        # A restaurant's service charge is the staff's income, no fee.
        "ค่าบริการ 10% แบ่งให้พนักงานทุกเดือน",
        "月薪$14,500 另有服務費分紅",
    ],
)
def test_a_fee_said_not_to_be_charged_is_no_fee(text: str) -> None:
    assert FEE_CHARGED not in vocabulary().workplace_conditions_in(text)


@pytest.mark.parametrize(
    "text",
    [
        # A denial in another clause leaves this one's fee as it is.
        "No deposit needed, placement fee RM3,000 deducted from the first salary.",
        "ไม่ต้องมีประสบการณ์ ค่านายหน้า 5,000 บาท",
        # Ways to say it the phrases did not have.
        "Placement loan: 6 months salary deduction (SGD 550/month)",
        "FEES: language training ₱45,000 – may be paid through salary deduction.",
        "💰 ค่าบริการจัดหางาน 35,000 บาท",
        "💵 ម្ចាស់ឡឲ្យខ្ចីប្រាក់មុន ១,០០០ដុល្លារ ហើយកាត់សងពីប្រាក់ឈ្នួលរៀងរាល់ខែ",
        "💸中介服务费3.8万，可先交一半，剩余从工资扣",
    ],
)
def test_a_fee_left_to_the_worker_is_read(text: str) -> None:
    assert FEE_CHARGED in vocabulary().workplace_conditions_in(text)
