"""A job whose text says the employer keeps its workers' passports or identity papers is
refused when posted or changed, at the field that says it (session 30; the second blind set
of ``bench/eval_job_ads.py`` held such offers in every language: "for your safety the
company will keep your passport", an "online customer service" job in a compound).

Keeping a worker's documents is one of the ILO's indicators of forced labour, and the
region's laws forbid it, so the expected values come from that rule: a text that says the
employer, company or agency keeps, holds or takes the documents is refused; one that asks
for a passport, says workers keep their own, or says the employer never keeps them is not.
The phrases are written for this test."""

from __future__ import annotations

import functools
from dataclasses import replace

import pytest

from matching.adapters.vocabulary_files import load_vocabulary
from matching.domain.vocabulary import Vocabulary
from matching.service_layer import commands
from matching.service_layer.handlers import handle
from matching.service_layer.opportunity_text import DOCUMENTS_WITHHELD, ForcedLabourSign
from tests.unit.matching.service_ports import FakePorts, build_ports
from tests.unit.matching.test_handlers import EMPLOYER, _details


@functools.cache
def vocabulary() -> Vocabulary:
    return load_vocabulary()


@pytest.mark.parametrize(
    "text",
    [
        "For your safety the company will keep your passport during the contract.",
        "Passports will be held by the agency until the loan is repaid.",
        "Workers must hand over your passport on arrival.",
        "บริษัทจะเก็บพาสปอร์ตไว้ให้ตลอดสัญญา",
        "นายจ้างยึดหนังสือเดินทางไว้",
        "Công ty sẽ giữ hộ chiếu của bạn trong thời gian làm việc.",
        "Hộ chiếu do chủ quản lý cho an toàn.",
        "Ang agency ang magtatago ng passport mo pagdating.",
        "Hawak ng employer ang passport habang may kontrata.",
        "ក្រុមហ៊ុននឹងរក្សាទុកលិខិតឆ្លងដែនរបស់អ្នក",
        "နိုင်ငံကူးလက်မှတ်ကို အလုပ်ရှင်က သိမ်းထားမည်",
        "入职后护照由公司统一保管。",
        "公司會代為保管證件",
    ],
)
def test_a_text_that_says_the_employer_keeps_the_documents(text: str) -> None:
    assert DOCUMENTS_WITHHELD in vocabulary().workplace_conditions_in(text)


@pytest.mark.parametrize(
    "text",
    [
        "Bring your passport and two photos to the interview.",
        "Applicants must hold a valid passport.",
        "Keep your passport valid for six months.",
        "Workers keep their own passports at all times.",
        "We never keep workers' passports or ID cards.",
        "ไม่ยึดพาสปอร์ตลูกจ้าง",
        "Công ty không giữ hộ chiếu của người lao động.",
        "Hindi kukunin ang passport mo.",
        "ក្រុមហ៊ុនមិនរក្សាទុកលិខិតឆ្លងដែនទេ",
        "护照自己保管，公司不扣押证件。",
        "Passport at visa ang kailangan.",
    ],
)
def test_a_text_that_asks_for_documents_or_leaves_them_with_the_worker(text: str) -> None:
    assert DOCUMENTS_WITHHELD not in vocabulary().workplace_conditions_in(text)


def _with_vocabulary() -> FakePorts:
    return replace(build_ports(), vocabulary=vocabulary())


def test_posting_it_is_refused_at_the_description_and_nothing_is_stored() -> None:
    ports = _with_vocabulary()
    with pytest.raises(ForcedLabourSign) as refused:
        handle(
            commands.PostOpportunity(
                caller=EMPLOYER,
                details=_details(
                    title="Online customer service",
                    description="Free visa and dormitory. The company keeps your passport.",
                ),
            ),
            ports,
        )
    [violation] = refused.value.violations
    assert violation.location == ("opportunity", "description")
    assert violation.code == "DOCUMENTS_WITHHELD"
    assert "passport" not in str(refused.value)  # the text is never quoted
    assert list(ports.opportunities.all()) == []


def test_said_in_the_title_it_is_refused_at_the_title() -> None:
    ports = _with_vocabulary()
    with pytest.raises(ForcedLabourSign) as refused:
        handle(
            commands.PostOpportunity(
                caller=EMPLOYER,
                details=_details(title="Maid, passport kept by agency", description="Cleaning"),
            ),
            ports,
        )
    assert [v.location for v in refused.value.violations] == [("opportunity", "title")]


def test_an_update_that_says_it_is_refused_and_the_job_stays_as_it_was() -> None:
    ports = _with_vocabulary()
    job = handle(commands.PostOpportunity(caller=EMPLOYER, details=_details()), ports)
    with pytest.raises(ForcedLabourSign):
        handle(
            commands.UpdateOpportunity(
                caller=EMPLOYER,
                opportunity_id=job.opportunity_id,
                details=_details(description="Coffee shop; we hold workers' ID cards"),
                expected_version=job.version,
            ),
            ports,
        )
    stored = ports.opportunities.get(job.opportunity_id)
    assert stored is not None
    assert stored.version == job.version
    assert stored.details == job.details


@pytest.mark.parametrize(
    "text",
    [
        # The fifth blind ad set (session 30): said as handing over to the agency, and with
        # the word for the original between.
        "Isusurender ang original na ID sa agency, ibabalik lang pagkatapos ng kontrata.",
        "入职后身份证原件由厂里统一保管，离职时退还",
    ],
)
def test_papers_handed_over_until_the_contract_ends(text: str) -> None:
    assert DOCUMENTS_WITHHELD in vocabulary().workplace_conditions_in(text)


@pytest.mark.parametrize(
    "text",
    [
        "Dalhin: resume, 2 pcs 2x2 ID picture, photocopy ng valid ID",
        "ឯកសារ៖ ថតចម្លងអត្តសញ្ញាណប័ណ្ណ ២ សន្លឹក",
        "ក្រុមហ៊ុនរៀបចំលិខិតឆ្លងដែន ទិដ្ឋាការ និងប័ណ្ណការងារជូន",
        "要求：須持有香港身份證",
        "မှတ်ပုံတင်မိတ္တူ ယူလာရန်",
    ],
)
def test_papers_to_bring_or_arranged_are_not_kept(text: str) -> None:
    assert DOCUMENTS_WITHHELD not in vocabulary().workplace_conditions_in(text)


@pytest.mark.parametrize(
    "text",
    [
        # A security probe of `make run` (session 35) posted these and they were stored.
        "ក្រុមហ៊ុននឹងរក្សាលិខិតឆ្លងដែនរបស់អ្នក",
        "និយោជកនឹងយកលិខិតឆ្លងដែនរបស់កម្មករ",
        "Itatago ng employer ang inyong pasaporte habang may kontrata",
        "公司代為保管員工護照",
        "Your ID card will be held by the supervisor until the end of your contract.",
        # Other ways to say it: collected on arrival, staying with the agency, returned
        # only when the contract ends, handed to the employer to keep.
        "Passports are collected upon arrival.",
        "Your passport stays with the agency during the contract.",
        "The company will take your passport for safety.",
        "Workers must hand in their passports to the supervisor.",
        "We will look after your passport while you work here.",
        "Passport returned after the contract ends.",
        "ต้องส่งพาสปอร์ตให้นายจ้างเก็บไว้",
        "คืนพาสปอร์ตเมื่อหมดสัญญา",
        "Hộ chiếu sẽ được giao cho công ty giữ",
        "Trả lại hộ chiếu khi hết hợp đồng",
        "Iingatan ng agency ang passport ninyo",
        "Ang passport ay nasa employer habang may kontrata",
        "护照上交公司统一管理",
        "合同期满后归还护照",
        "ပတ်စပို့ကို ကုမ္ပဏီသို့ အပ်ရမည်",
        "ប្រគល់លិខិតឆ្លងដែនឱ្យក្រុមហ៊ុន",
    ],
)
def test_the_employer_keeping_papers_said_in_other_words(text: str) -> None:
    assert DOCUMENTS_WITHHELD in vocabulary().workplace_conditions_in(text)


@pytest.mark.parametrize(
    "text",
    [
        "Employer holds workers' p@ssports and ID cards for safekeeping.",
        "pa$$port kept by the employer",
        "Passp0rts will be held by the agency.",
        "p a s s p o r t held by the agency",
    ],
)
def test_a_word_masked_from_the_filter_is_read(text: str) -> None:
    assert DOCUMENTS_WITHHELD in vocabulary().workplace_conditions_in(text)


@pytest.mark.parametrize(
    "text",
    [
        "Please take your passport to the embassy for the visa.",
        "Copies of your documents will be kept on file.",
        "We do not take workers' passports.",
        "We will help you renew your passport.",
        "Email hr@company.com, 10am-3pm, 3 months contract.",
        "សូមយកលិខិតឆ្លងដែនមកជាមួយ",
        "កម្មកររក្សាលិខិតឆ្លងដែនដោយខ្លួនឯង",
        "ក្រុមហ៊ុនមិនយកលិខិតឆ្លងដែនទេ",
        "Kailangan mong kunin ang iyong passport sa DFA.",
        "Hindi kukunin ng employer ang passport ninyo.",
        "นายจ้างไม่เก็บพาสปอร์ตลูกจ้าง",
        "ลูกจ้างเก็บพาสปอร์ตไว้เอง",
        "Mang theo CCCD khi phỏng vấn",
        "请妥善保管好您的护照",
        "收身份证复印件两份",
        "公司不会扣押员工的护照",
        "ပတ်စပို့ ကိုယ်တိုင် ကိုင်ထားရမည်",
    ],
)
def test_papers_asked_for_or_left_with_the_worker_in_other_words(text: str) -> None:
    assert DOCUMENTS_WITHHELD not in vocabulary().workplace_conditions_in(text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # A denial governs the keeping it stands before, in its own clause only.
        ("No agent fee, the company keeps your passport.", True),
        ("ไม่มีค่าหัวคิว นายจ้างเก็บพาสปอร์ตไว้", True),
        ("The company does not keep your passport.", False),
        # Another sentence is another statement: its words leave this one as it is.
        ("Bring a copy of your passport. Passports are held by the agency.", True),
        ("Passports are held by the agency. Bring a copy of your passport.", True),
        # Said in one sentence, the worker's own keeping leaves the papers with them.
        ("Passports are held by workers themselves, never by the agency.", False),
        # The keeping and the papers in two sentences say nothing together.
        ("We keep your salary safe. Passport required.", False),
    ],
)
def test_the_papers_and_their_keeping_are_read_in_one_sentence(text: str, kept: bool) -> None:
    assert (DOCUMENTS_WITHHELD in vocabulary().workplace_conditions_in(text)) is kept
