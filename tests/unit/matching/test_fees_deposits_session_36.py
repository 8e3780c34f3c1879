"""What a usability test found in session 36, held: a job's text that has the worker leave a
deposit, a bond or guarantee money with the employer or the agency, or (in Khmer) pay a
recruitment fee said as ថ្លៃជ្រើសរើស or ថ្លៃរកការងារ, was accepted when posted.

A deposit kept by the employer's side, or part of the wages held back as one, ties a worker
to the job (debt bondage and withheld wages are ILO indicators of forced labour), and a fee
to be recruited is one the employer-pays principle and ILO C181 art. 7 rule out. So the
expected values come from what each text says: the worker pays or leaves money, or has
wages held, to get or keep the job, and the text is read as charging a fee; the bank pays
the salary in, no deposit is asked, the employer pays the deposit, social security,
insurance or a guaranteed wage is named, and it is not. The phrases are written for this
test, in each of the seven languages.
"""

from __future__ import annotations

import pytest

from matching.service_layer import commands
from matching.service_layer.handlers import handle
from matching.service_layer.opportunity_text import FEE_CHARGED, ForcedLabourSign
from tests.unit.matching.shipped import shipped
from tests.unit.matching.test_documents_withheld_when_stored import _with_vocabulary
from tests.unit.matching.test_handlers import EMPLOYER, _details

#: The two texts the tester found.
FOUND = [
    "Staff must leave a deposit of one month's salary, returned after 2 years.",
    "កម្មករត្រូវបង់ថ្លៃជ្រើសរើស ៥០០ ដុល្លារ",
]

CHARGED = [
    # English: a deposit, a bond, guarantee money, wages held as a deposit.
    "A deposit of USD 800 is held by the agency and returned when you finish the contract.",
    "New staff must put up a cash bond of 5,000 pesos.",
    "Guarantee money of 3,000 baht will be kept by the agency until the contract ends.",
    "First month's salary will be held as a deposit until you finish 12 months.",
    "Each worker must place a deposit with the agency before departure.",
    "One month salary deposit required, refunded after 1 year.",
    # Thai: guarantee money, a damage deposit, an entry fee, wages held back.
    "พนักงานต้องวางเงินประกัน 3,000 บาท คืนเมื่อลาออก",
    "ค่าประกันความเสียหาย 1,000 บาท",
    "มีค่าแรกเข้า 2,000 บาท",
    "กักเงินเดือนเดือนแรกไว้เป็นประกัน",
    # Vietnamese: a deposit, escrow money, a month's wages held.
    "Người lao động phải nộp tiền đặt cọc 5 triệu đồng",
    "Nộp tiền thế chân 3 triệu khi nhận việc",
    "Giữ lương tháng đầu, trả khi nghỉ việc",
    "Thu tiền đảm bảo 2 triệu đồng, trả lại khi hết hợp đồng",
    # Tagalog: a deposit, a bond kept if the worker leaves, wages held as a deposit.
    "Kailangang magdeposito ng ₱5,000 bilang bond",
    "Magbayad ng deposito na katumbas ng isang buwang sahod",
    "May bond na ₱10,000 kapag umalis bago matapos ang kontrata",
    "Ang unang buwang sahod ay ihohold bilang deposito",
    # Khmer: recruitment, job-finding and agent fees; deposits; wages held.
    "ត្រូវបង់ថ្លៃរកការងារ ៣០០ ដុល្លារ",
    "បង់ថ្លៃភ្នាក់ងារ ២០០ ដុល្លារ មុនចេញដំណើរ",
    "ថ្លៃណែនាំការងារ ១០០ ដុល្លារ",
    "លុយកក់ ១០០ ដុល្លារ នឹងប្រគល់ជូនវិញពេលផុតកុងត្រា",
    "ត្រូវដាក់ប្រាក់ធានា ២០០ ដុល្លារ",
    "ក្រុមហ៊ុនឃាត់ប្រាក់ខែ ១ខែ",
    # Burmese: deposits, a wage held as a guarantee, an entry fee.
    "စပေါ်ငွေ ၅၀,၀၀၀ ကျပ် သွင်းရမည်",
    "ယူနီဖောင်းစပေါ်ငွေ ၂၀,၀၀၀ ကျပ်",
    "ပထမလ လစာကို အာမခံအဖြစ် ထိန်းထားမည်",
    "တစ်လစာ အာမခံထားရမည်",
    "အလုပ်ဝင်ကြေး ကျပ် ၂ သိန်း",
    # Chinese: a deposit, guarantee money, wages held as a pledge.
    "入职需交押金500元，离职时退还",
    "员工须缴纳一个月工资作为保证金，两年后退还",
    "押一个月工资，做满一年后发放",
    "首月工资压在公司，满半年才发",
    "需交担保金3000元",
]

NOT_CHARGED = [
    # English: the salary paid into a bank, no deposit, the employer paying it.
    "We deposit your salary into your bank account every month.",
    "Salary paid by bank deposit.",
    "No deposit required.",
    "The company pays the deposit for your room.",
    "Rental deposit for the dormitory is paid by the employer.",
    "Direct deposit of your salary every 15th and 30th.",
    "Team bonding activities every quarter.",
    "Bank teller: handle customer deposits and withdrawals.",
    "Front desk: collect the room deposit from guests at check-in.",
    "We give you guaranteed overtime and a bonus.",
    # Thai: no guarantee money, social security, insurance, a guaranteed wage.
    "ไม่ต้องวางเงินประกัน",
    "มีประกันสังคม ประกันอุบัติเหตุ ประกันสุขภาพ",
    "หักเงินประกันสังคม 5% ตามกฎหมาย",
    "มีเงินประกันรายได้ขั้นต่ำ 15,000 บาท",
    "บริษัทรับผิดชอบค่ามัดจำห้องพักทั้งหมด",
    "ค่ามัดจำห้องพัก บริษัทออกให้",
    "ต้องมีผู้ค้ำประกัน 1 ท่าน",
    # Vietnamese: no deposit, the company pays the room deposit, social insurance.
    "không thu tiền đặt cọc",
    "Công ty trả tiền cọc phòng cho công nhân",
    "Tiền đặt cọc phòng ở do công ty chịu",
    "Đóng bảo hiểm xã hội đầy đủ",
    "Lương đảm bảo 8 triệu",
    "Bảo lãnh visa cho người lao động",
    # Tagalog: wages paid into the bank, no cash bond, the company paying the deposit.
    "Ang sweldo ay idedeposito sa bank account buwan-buwan",
    "Walang cash bond, walang placement fee",
    "Sagot ng kompanya ang deposito sa boarding house",
    "Deposito ng sahod buwan-buwan sa ATM",
    "May team bonding kada buwan",
    # Khmer: a recruitment company, free of charge, insurance, the company paying.
    "ក្រុមហ៊ុនជ្រើសរើសកម្មករ ៥០ នាក់",
    "ឥតគិតថ្លៃ ជ្រើសរើសកម្មករ ៣០នាក់",
    "មិនគិតថ្លៃជ្រើសរើស",
    "យើងជួយរកការងារ បន្ទាប់ពីបញ្ចប់វគ្គ",
    "ក្រុមហ៊ុនចេញប្រាក់កក់បន្ទប់ស្នាក់នៅ",
    "ប្រាក់កក់បន្ទប់ ក្រុមហ៊ុនចេញ",
    "មានធានារ៉ាប់រងសុខភាព និងប្រាក់ធានារ៉ាប់រង",
    "ថ្លៃភ្នាក់ងារ ក្រុមហ៊ុនទទួលបន្ទុក",
    # Burmese: no deposit, insurance, the company bearing the dormitory deposit.
    "အာမခံငွေ မယူပါ",
    "စပေါ်ငွေ မလိုပါ",
    "ကျန်းမာရေး အာမခံ ပါဝင်သည်",
    "ကျန်းမာရေးအာမခံငွေ ကုမ္ပဏီက ပေးသည်",
    "အဆောင်စပေါ်ငွေ ကုမ္ပဏီက ကျခံသည်",
    "လစာ ၃ သိန်း ဆိုင်ကို သန့်ရှင်းအောင် ထိန်းထားရမည်",
    # Chinese: the company bearing the deposit, none charged, social insurance.
    "押金由公司承担",
    "宿舍押金公司出",
    "房租押金由公司支付",
    "公司负责宿舍押金",
    "不押工资，不收押金",
    "公司为员工缴纳社保",
    "压力不大，工资高",
    "保证工资按时发放",
]


@pytest.mark.parametrize("text", FOUND + CHARGED)
def test_a_deposit_or_a_recruitment_fee_left_to_the_worker_is_read(text: str) -> None:
    assert FEE_CHARGED in shipped().workplace_conditions_in(text)


@pytest.mark.parametrize("text", NOT_CHARGED)
def test_an_honest_mention_of_a_deposit_or_of_recruiting_charges_nothing(text: str) -> None:
    assert FEE_CHARGED not in shipped().workplace_conditions_in(text)


@pytest.mark.parametrize("text", FOUND)
def test_posting_what_the_tester_found_is_refused_at_the_description(text: str) -> None:
    ports = _with_vocabulary()
    with pytest.raises(ForcedLabourSign) as refused:
        handle(
            commands.PostOpportunity(
                caller=EMPLOYER, details=_details(title="Factory worker", description=text)
            ),
            ports,
        )
    [violation] = refused.value.violations
    assert violation.location == ("opportunity", "description")
    assert violation.code == "FEE_CHARGED"
    assert list(ports.opportunities.all()) == []
