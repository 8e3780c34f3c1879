"""An officer's case note: where the person was exploited is not what they want.

Officers type a survivor's interests and aspirations in the third person, and often say
first where the person was exploited or worked under force ("was trafficked onto a fishing
boat", "ถูกบังคับให้ทำงานบนเรือประมง", "被迫喺漁船度做嘢") and what they now refuse or fear,
then what they want. Read as a wish, the sector of their exploitation put its jobs first:
"previously forced to work on fishing boat, refuses any sea work" got deckhand jobs above the
hairdressing the same note asked for (session 31). Refusing work and fearing it are now
dislike cues in each language (``[_intents] dislike``), and being forced, deceived,
trafficked or exploited into it governs the same way (``[_intents] exploited``): what they
govern is no wish, and ranks lower. Not being afraid ("not afraid of hard work", "ไม่กลัว",
"不怕") is no dislike.

The phrases were written for this test; the expected concepts come from what each says.
"""

from __future__ import annotations

import pytest

from tests.unit.matching.shipped import shipped
from tests.unit.matching.test_vocabulary_dislikes import CASE_FIELDS, Cases, cases, liked

#: language -> (note, what it wants, where the person was exploited or what they refuse).
NOTES: Cases = {
    "en": [
        (
            "Survivor reports interest in hairdressing; previously forced to work on a "
            "fishing boat, refuses any sea work.",
            {"hairdressing"},
            {"fishing"},
        ),
        (
            "Client was trafficked to a seafood factory. Now keen on learning to drive.",
            {"driving_licence"},
            {"food_processing"},
        ),
        (
            "She enjoys cooking. Does not wish to return to factory work.",
            {"cooking"},
            {"manufacturing"},
        ),
        (
            "He is afraid of construction sites after his injury; he likes gardening.",
            set(),
            {"construction"},
        ),
    ],
    "th": [
        (
            "ผู้รับบริการเคยถูกบังคับให้ทำงานบนเรือประมง ตอนนี้อยากเรียนซ่อมมอเตอร์ไซค์",
            {"motorbike_repair"},
            {"fishing"},
        ),
        ("น้องกลัวงานก่อสร้าง อยากทำขนม", {"baking"}, {"construction"}),
        # "will not go back to" (the twenty-eighth set, session 31)
        ("ยืนยันว่าจะไม่กลับไปทำงานก่อสร้างอีก อยากทำขนม", {"baking"}, {"construction"}),
    ],
    "vi": [
        (
            "Em bị lừa sang làm ở xưởng may, giờ em muốn học làm bánh.",
            {"baking"},
            {"garment_manufacturing"},
        ),
        (
            "Chị từ chối làm giúp việc nhà, chị muốn học nấu ăn.",
            {"cooking"},
            {"domestic_care_work"},
        ),
    ],
    "tl": [
        (
            "Pinilit siyang magtrabaho bilang kasambahay. Ngayon gusto niyang mag-aral magluto.",
            {"cooking"},
            {"domestic_care_work"},
        ),
    ],
    "km": [
        (
            "នាងត្រូវបានបង្ខំឱ្យធ្វើការនៅរោងចក្រកាត់ដេរ ឥឡូវនាងចង់រៀនធ្វើសក់",
            {"hairdressing"},
            {"garment_manufacturing"},
        ),
    ],
    "my": [
        (
            "သူမကို ငါးဖမ်းလှေပေါ်မှာ အတင်းအဓမ္မ ခိုင်းစေခံခဲ့ရတယ်။ အခု ဆံပင်ညှပ်တာ သင်ချင်တယ်။",
            {"hairdressing"},
            {"fishing"},
        ),
    ],
    "zh": [
        ("佢之前被迫喺漁船度做嘢，而家想學整車。", {"car_repair"}, {"fishing"}),
        ("個案被騙到工廠做工，現在希望學做蛋糕。", {"baking"}, {"manufacturing"}),
    ],
}


@pytest.mark.parametrize(CASE_FIELDS, cases(NOTES))
def test_where_the_person_was_exploited_is_no_wish(
    language: str, text: str, kept: set[str], dropped: set[str]
) -> None:
    assert dropped <= shipped().concepts_in(text), "the note names the work it refuses"
    found = liked(text)
    assert kept <= found
    assert not dropped & found


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        ("She is not afraid of hard work and wants construction work.", {"construction"}),
        ("ไม่กลัวงานหนัก อยากทำงานก่อสร้าง", {"construction"}),
        ("唔怕辛苦，想做地盤", {"construction"}),
        ("Hindi takot sa mabigat na trabaho, gusto sa construction.", {"construction"}),
        ("She refused to give up on becoming a baker.", {"baking"}),
    ],
)
def test_not_being_afraid_is_no_dislike(text: str, wanted: set[str]) -> None:
    assert wanted <= liked(text)


@pytest.mark.parametrize(
    ("text", "wanted", "not_wanted"),
    [
        # A foundation or an NGO named as where a referral goes, or where the person would
        # work, is a workplace: what they want to do there is the wish.
        (
            "ผรบ. ประสงค์ฝึกอาชีพด้านบาริสต้า จนท. จะส่งต่อไปโครงการของมูลนิธิ",
            {"barista"},
            {"community_work"},
        ),
        (
            "She would like to work as an interpreter, for example for an NGO.",
            {"translation_interpreting"},
            {"community_work"},
        ),
        # ... and wished for alone it still is one.
        ("I want to work for an NGO.", {"community_work"}, set()),
        # Refusals said as what the person will not do again, however far apart.
        (
            "Client is clear she will not do housework or live-in work again; she asked if "
            "she could train as a hairdresser.",
            {"hairdressing"},
            {"housework"},
        ),
        ('ผู้รับบริการบอกว่า "หนูอยากขายเสื้อผ้าออนไลน์ ไลฟ์สดใน TikTok"', {"online_selling"}, set()),
    ],
)
def test_officers_words_about_the_person(text: str, wanted: set[str], not_wanted: set[str]) -> None:
    vocabulary = shipped()
    wished = vocabulary.wished_in(vocabulary.liked_text(text))
    assert wanted <= wished
    assert not not_wanted & wished
