"""Nothing a survivor says about legal proceedings counts for anything (MISSION: "Nothing in
Pathways may use a survivor's participation in legal proceedings as a criterion or a
feature").

Each survivor below is compared with a twin who wrote the same words without a sentence
about a court case, testifying, a statement to the police: every score, component, reason
and the ranking must be exactly the same, in each of the seven languages, whether the
sentence comes after the rest or before it. The opportunities include what such words
would otherwise bring up (a victim-witness aide, a paralegal, a court interpreter) and
jobs whose words share the common words of those sentences.
"""

from __future__ import annotations

import pytest

from matching.domain.opportunity import Opportunity
from matching.domain.survivor import Survivor
from matching.domain.values import ReadinessStage
from tests.unit.matching.shipped import index_of, shipped
from tests.unit.matching.strategies import PLACES, open_job, ready_survivor

# What each language's survivors like, said two or three ways.
BASES = {
    "en": ["I like cooking and selling food.", "I want to learn sewing and work in a shop."],
    "th": ["ชอบทำอาหารและขายอาหาร", "อยากเรียนตัดเสื้อ อยากทำงานร้านกาแฟ"],
    "vi": ["Tôi thích nấu ăn và bán đồ ăn.", "Tôi muốn học may và làm việc ở quán cà phê."],
    "tl": ["Gusto kong magluto at magtinda ng pagkain.", "Gusto kong matuto manahi."],
    "km": ["ខ្ញុំចូលចិត្តធ្វើម្ហូប និងលក់ម្ហូប។", "ខ្ញុំចង់រៀនដេរខោអាវ។"],
    "my": ["ချက်ပြုတ်ရတာ ကြိုက်တယ်။", "အပ်ချုပ် သင်ယူချင်တယ်။"],
    "zh": ["我喜欢做饭和卖吃的。", "我想学车衣，想喺咖啡店做嘢。"],
}

# Sentences about taking part in legal proceedings, several per language, written to say
# it the ways people do: being a witness, a court date, a statement to the police, a case
# against the trafficker, a lawyer.
LEGAL = {
    "en": [
        "I am a witness in a court case against my trafficker.",
        "Next month I have to testify at the trial.",
        "I gave a statement to the police and my lawyer says the case will take a year.",
        "The prosecutor asked me to give evidence against the boss.",
    ],
    "th": [
        "ฉันเป็นพยานในคดีค้ามนุษย์",
        "เดือนหน้าต้องไปขึ้นศาลให้ปากคำ",
        "ไปแจ้งความที่สถานีตำรวจแล้ว ทนายบอกว่าคดีจะใช้เวลานาน",
        "อัยการขอให้ไปเป็นพยานฟ้องนายจ้างเก่า",
    ],
    "vi": [
        "Tôi là nhân chứng trong vụ án buôn người.",
        "Tháng sau tôi phải ra tòa làm chứng.",
        "Tôi đã khai với công an và luật sư nói vụ kiện sẽ kéo dài.",
        "Viện kiểm sát đã truy tố người môi giới.",
    ],
    "tl": [
        "Saksi ako sa kaso laban sa recruiter ko.",
        "Kailangan kong tumestigo sa korte sa susunod na buwan.",
        "Nagsampa kami ng kaso at sabi ng abogado matagal pa ang paglilitis.",
        "Nagbigay ako ng sinumpaang salaysay sa piskal.",
    ],
    "km": [
        "ខ្ញុំជាសាក្សីនៅតុលាការ។",
        "ខែក្រោយខ្ញុំត្រូវទៅផ្ដល់សក្ខីកម្មនៅតុលាការ។",
        "ខ្ញុំបានដាក់ពាក្យបណ្តឹង ហើយមេធាវីនិយាយថារឿងក្តីនឹងយូរ។",
        "ព្រះរាជអាជ្ញាបានហៅខ្ញុំទៅសួរចម្លើយ។",
    ],
    "my": [
        "ကျွန်မ တရားရုံးမှာ သက်သေခံရမယ်။",
        "လာမယ့်လ တရားရုံးမှာ ထွက်ဆိုရမယ်။",
        "ရဲစခန်းမှာ တိုင်ကြားပြီးပြီ၊ ရှေ့နေက အမှုက ကြာမယ်လို့ ပြောတယ်။",
        "ပွဲစားကို တရားစွဲထားတယ်။",
    ],
    "zh": [
        "我是控告人贩子案件的证人。",
        "下个月我要出庭作证。",
        "我已经报警落咗口供，律师话官司要打好耐。",
        "法院下星期开庭审判。",
    ],
}

SEPARATOR = {"en": " ", "th": " ", "vi": " ", "tl": " ", "km": " ", "my": " ", "zh": ""}


def _job(opportunity_id: str, title: str, description: str, sector: str) -> Opportunity:
    return open_job(
        opportunity_id,
        title=title,
        description=description,
        sector=sector,
        location=PLACES[0],
    )


POOL = (
    _job("opp_cook", "Line cook", "Cooking in a busy restaurant kitchen", "food_service"),
    _job("opp_stall", "Food stall seller", "Sell food at a market stall", "retail_sales"),
    _job("opp_sew", "Sewing assistant", "Sew and alter clothes in a tailor shop", "tailoring"),
    _job(
        "opp_witness_aide",
        "Victim-witness support aide",
        "Support witnesses through court cases, trials and police statements",
        "community_work",
    ),
    _job(
        "opp_paralegal",
        "Paralegal assistant",
        "Help lawyers prepare court cases, lawsuits and testimony",
        "office_admin",
    ),
    _job(
        "opp_court_interpreter",
        "Court interpreter assistant",
        "Interpret for witnesses at trial and hearings in court",
        "languages_translation",
    ),
    _job(
        "opp_thai_legal",
        "ผู้ช่วยทนายความ",
        "ช่วยงานคดีในศาล ดูแลพยาน เดือนหน้าเริ่มงาน",
        "office_admin",
    ),
    _job("opp_fishing", "ลูกเรือประมง", "ทำงานบนเรือ เดือนละครั้ง ต้องไปทะเล", "logistics_warehouse"),
    _job("opp_massage", "Massage therapist", "Thai massage, next month start", "beauty_wellness"),
    _job("opp_zh_legal", "律师助理", "协助律师处理案件，出庭，下个月开始", "office_admin"),
    _job("opp_vi_legal", "Trợ lý luật sư", "Hỗ trợ vụ án tại tòa án, tháng sau", "office_admin"),
    _job("opp_km_legal", "ជំនួយការមេធាវី", "ជួយការងារតុលាការ ខែក្រោយ", "office_admin"),
    _job("opp_my_legal", "ရှေ့နေလက်ထောက်", "တရားရုံး အမှုများ လာမယ့်လ", "office_admin"),
    _job(
        "opp_tl_legal",
        "Katulong ng abogado",
        "Tumulong sa kaso sa korte sa susunod na buwan",
        "office_admin",
    ),
)


def survivor_saying(text: str) -> Survivor:
    return ready_survivor(interests=text, aspirations="", stage=ReadinessStage.EMPLOYMENT_READY)


def _said_with_legal() -> list[tuple[str, str, str, str]]:
    cases = []
    for language, bases in BASES.items():
        for base in bases:
            for legal in LEGAL[language]:
                cases.append((language, base, legal, "after"))
                cases.append((language, base, legal, "before"))
    return cases


def _with(language: str, base: str, legal: str, where: str) -> str:
    separator = SEPARATOR[language]
    return base + separator + legal if where == "after" else legal + separator + base


@pytest.mark.parametrize(("language", "base", "legal", "where"), _said_with_legal())
def test_a_sentence_about_legal_proceedings_changes_no_score_reason_or_rank(
    language: str, base: str, legal: str, where: str
) -> None:
    index = index_of(*POOL)
    plain = survivor_saying(base)
    telling = survivor_saying(_with(language, base, legal, where))

    expected = [(m.opportunity.opportunity_id, m.scored) for m in index.matches(plain, k=20)]
    found = [(m.opportunity.opportunity_id, m.scored) for m in index.matches(telling, k=20)]

    assert found == expected
    for opportunity in POOL:
        assert index.explain_pair(telling, opportunity) == index.explain_pair(plain, opportunity)


@pytest.mark.parametrize(
    ("language", "legal"), [(lang, s) for lang, ss in LEGAL.items() for s in ss]
)
def test_every_legal_sentence_is_left_out_of_what_the_survivor_is_read_to_want(
    language: str, legal: str
) -> None:
    """Alone, a sentence about legal proceedings is read as nothing at all."""
    vocabulary = shipped()

    assert vocabulary.concepts_in(vocabulary.liked_text(legal)) == frozenset()
    assert vocabulary.disliked_text(legal) == ""
    assert not vocabulary.wants_to_learn(vocabulary.liked_text(legal))


@pytest.mark.parametrize(
    "text",
    [
        "I want to work at the food court",
        "I like playing on the basketball court",
        "I can start with a trial period",
        "ชอบทำอาหาร ไปไหว้ศาลเจ้าทุกวัน",
        "อยากเรียนวรรณคดี",
        "ချက်ပြုတ်ရတာ ကြိုက်တယ်၊ သက်သေခံလက်မှတ် ရချင်တယ်။",
    ],
)
def test_words_that_only_look_like_a_court_are_read(text: str) -> None:
    """A food court is no court, ศาลเจ้า (a shrine) no ศาล, วรรณคดี (literature) no คดี, a
    certificate (သက်သေခံလက်မှတ်) no testimony."""
    assert shipped().without_legal_proceedings(text) == text


def test_only_the_clause_about_the_case_is_cut() -> None:
    text = "I testified in court last year, but now I want to learn baking"

    liked = shipped().liked_text(text)

    assert "court" not in liked
    assert "baking" in shipped().concepts_in(liked)
    assert shipped().wants_to_learn(liked)


def test_a_dislike_said_about_the_case_is_not_read_either() -> None:
    """ "I don't want to go to court" is about legal proceedings, not a dislike that ranks
    anything lower."""
    assert shipped().disliked_text("I like cooking. I don't want to go to court again.") == ""


# Outside probe (session 20): a wish and the case in one sentence, each language as written.
WISH_AND_CASE = [
    (
        "I want to open my own cafe after the court case where I am a witness is over",
        "I want to open my own cafe",
    ),
    ("Tôi muốn mở quán cà phê sau khi vụ án ở tòa kết thúc", "Tôi muốn mở quán cà phê"),
    ("อยากเปิดร้านกาแฟ หลังจากคดีในศาลจบ", "อยากเปิดร้านกาแฟ"),
    ("I testified against my boss and I want to learn baking", "I want to learn baking"),
]


@pytest.mark.parametrize(("telling", "plain"), WISH_AND_CASE)
def test_a_wish_said_in_the_same_sentence_as_the_case_is_read_as_without_it(
    telling: str, plain: str
) -> None:
    """Mentioning the case may not cost a survivor their own aspiration: the wish counts as
    it would without the case, in scores, reasons and rank."""
    vocabulary = shipped()
    assert vocabulary.concepts_in(vocabulary.liked_text(telling)) == vocabulary.concepts_in(
        vocabulary.liked_text(plain)
    )
    assert vocabulary.concepts_in(vocabulary.liked_text(plain))
    index = index_of(*POOL)
    said, meant = survivor_saying(telling), survivor_saying(plain)
    ranked = [m.opportunity.opportunity_id for m in index.matches(said, k=20)]
    assert ranked == [m.opportunity.opportunity_id for m in index.matches(meant, k=20)]


@pytest.mark.parametrize(
    "text",
    [
        "I went to court, and I accused the owner of the sewing factory where I worked.",
        "I am a witness in a trial; it is about the sewing factory.",
        "我在法庭上作证，指控我工作过的制衣厂老板。",
        "我在法庭上作證，指控我工作過的製衣廠老闆。",
        "Tumestigo ako sa korte, laban sa may-ari ng pabrika ng pananahi.",
    ],
)
def test_what_is_said_about_the_case_is_not_read_as_a_wish(text: str) -> None:
    """The sewing factory here is the case's, not something the survivor wants."""
    vocabulary = shipped()
    assert vocabulary.concepts_in(vocabulary.liked_text(text)) == frozenset()
    index = index_of(*POOL)
    assert [m.scored for m in index.matches(survivor_saying(text), k=20)] == [
        m.scored for m in index.matches(survivor_saying(""), k=20)
    ]


def test_a_wish_run_together_with_the_case_keeps_its_concepts() -> None:
    """Thai written without a space before "after the case": the wish's concepts stay (the
    connective left before the cue may move the text's score a little: a known limit)."""
    vocabulary = shipped()
    telling, plain = "อยากเปิดร้านกาแฟหลังจากคดีในศาลจบ", "อยากเปิดร้านกาแฟ"
    assert vocabulary.concepts_in(vocabulary.liked_text(telling)) == vocabulary.concepts_in(
        vocabulary.liked_text(plain)
    )


# Security and safety probe, session 35: Thai and Khmer part the phrases of one sentence
# with spaces, so a phrase between two about the case ("against the traffickers") was read
# on its own and moved a text score against a job full of those words.
ONE_ACCOUNT = [
    "ฉันเป็นพยานในคดีที่ศาล ต่อต้านผู้ค้ามนุษย์ และพบอัยการกับทนายความทุกเดือน",
    "ខ្ញុំជាសាក្សីនៅតុលាការ ប្រឆាំងនឹងជនជួញដូរមនុស្ស ហើយជួបមេធាវីរៀងរាល់ខែ",
]


@pytest.mark.parametrize("account", ONE_ACCOUNT)
def test_a_phrase_between_two_about_the_case_is_part_of_the_account(account: str) -> None:
    assert shipped().without_legal_proceedings(account) == ""
    assert shipped().without_legal_proceedings(f"I like cooking. {account}") == "I like cooking."


def test_a_wish_between_two_phrases_about_the_case_is_still_read() -> None:
    """ "I am a witness in the court case | I want to open a restaurant | a lawyer helps me":
    the wish is the survivor's own, wherever it stands."""
    text = "ฉันเป็นพยานในคดีที่ศาล อยากเปิดร้านอาหาร ทนายความช่วยฉัน"
    kept = shipped().without_legal_proceedings(text)
    assert kept == "อยากเปิดร้านอาหาร"
    assert shipped().concepts_in(shipped().liked_text(text))


def test_only_phrases_of_one_sentence_are_joined_to_the_account() -> None:
    """Sentences ended by a full stop stay apart, in Thai as in English; and a phrase after
    the account's last one is not part of it."""
    vocabulary = shipped()
    assert vocabulary.without_legal_proceedings("ฉันเป็นพยานในคดี. ฉันทำขนม. ทนายความช่วยฉัน") == (
        "ฉันทำขนม."
    )
    assert vocabulary.without_legal_proceedings("I testified. It was hard. My lawyer helped.") == (
        "It was hard."
    )
    assert vocabulary.without_legal_proceedings("ฉันเป็นพยานในคดีที่ศาล ฉันทำขนม") == "ฉันทำขนม"
