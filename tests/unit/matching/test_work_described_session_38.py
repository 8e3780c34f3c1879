"""Work described rather than named (session 38's thirty-fifth blind set, as rules; written
for these changes, so not a blind set).

- What the hands do names the trade: laying blocks and smoothing cement is bricklaying,
  opening up a fan to find the loose wire is electrical work, frothing milk is a barista's,
  stringing beads is jewellery, taking calls and answering customers' questions is a call
  centre's, a saw and nails are carpentry, a wedding's photos are photography.
- Selling, like running one's own business, says how one would earn from a trade of another
  field: "paint landscapes to sell" wants painting first. Beside its own field (a market
  stall, a shop) it is a wish, and a trade the survivor refuses does not lead it.
- Khmer "អត់" opening a clause refuses what follows ("លក់ដូរ, អត់កាស៊ីណូ": selling, no
  casino), not when it says the person cannot yet or never did ("អត់ចេះអក្សរ").
- A word that English fillers shorten must not read ordinary speech: "till the wall stands"
  is no cashier's till; a necklace (Vietnamese "dây chuyền") is no production line.
"""

from __future__ import annotations

import functools

import pytest

from matching.adapters.vocabulary_files import load_vocabulary
from matching.domain.scoring import TOLD_WEIGHT
from matching.domain.vocabulary import Vocabulary
from tests.unit.matching.test_wishes_weigh_above_what_was_done import weights


@functools.cache
def vocabulary() -> Vocabulary:
    return load_vocabulary()


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("She sees herself laying blocks and smoothing the cement between them", "bricklaying"),
        (
            "His hands are happiest opening up a dead fan and finding the loose wire",
            "electrical_work",
        ),
        ("Would love her days full of toddlers", "childcare"),
        ("On his bike with bags of food, getting them to people's doors while hot", "delivery"),
        ("Keying the figures from paper forms into the computer", "data_entry"),
        ("อยากยืนหลังเคาน์เตอร์ ตีฟองนม แล้ววาดรูปหัวใจบนแก้วกาแฟ", "barista"),
        ("อยากนั่งเปลี่ยนจอที่แตก เปลี่ยนแบตมือถือให้คนแถวบ้าน", "phone_repair"),
        ("Chị ấy thích ngồi xâu từng hạt cườm thành vòng tay", "jewellery_making"),
        ("Em muốn ngồi nghe điện thoại, giải đáp thắc mắc cho khách hàng", "call_centre"),
        ("Gusto niyang gumawa ng mesa at upuan, matutong maglagari at magpako", "carpentry"),
        ("Gusto niyang samahan at pakinggan ang mga kapwa niya babae", "helping_others"),
        ("မင်္ဂလာဆောင်တွေမှာ ဓာတ်ပုံလေးတွေ ရိုက်ပေးချင်တယ်", "photography"),
        ("စက်ရုံမှာ ပစ္စည်းတွေကို ဘူးထဲထည့်ပြီး ပိတ်ပေးတဲ့ အလုပ်", "packing"),
        ("ကွန်ပျူတာ ပျက်ရင် ပြင်ပေးတာ၊ Windows ပြန်တင်ပေးတာ", "it_support"),
        ("想亲手把一栋房子从打地基一直盖到封顶", "house_building"),
        ("她希望以后能帮越南老乡和中国老板传话", "translation_interpreting"),
        ("គាត់ចង់យាមក្រុមហ៊ុនពេលយប់", "security_services"),
        ("Client hopes to join a bubble tea shop, taking orders at the till", "cashier"),
    ],
)
def test_what_the_hands_do_names_the_trade(text: str, concept: str) -> None:
    assert concept in vocabulary().wished_in(text)


@pytest.mark.parametrize(
    "text",
    [
        "smoothing the cement between them till the wall stands up straight",
        "I work till 5pm",
        "Chị ấy thích làm vòng tay, dây chuyền",
    ],
)
def test_ordinary_words_are_no_cashier_and_no_production_line(text: str) -> None:
    assert not vocabulary().wished_in(text) & {"cashier", "assembly"}


def test_a_production_line_is_still_one() -> None:
    assert "assembly" in vocabulary().wished_in("Em từng đứng dây chuyền ở nhà máy")


def test_selling_is_a_way_of_working() -> None:
    assert "selling" in vocabulary().ways_of_working


@pytest.mark.parametrize(
    ("text", "trade"),
    [
        ("စက္ကူပေါ်မှာ ရေဆေးနဲ့ ရှုခင်းပုံတွေ ဆွဲပြီး ရောင်းချင်တယ်", "drawing_painting"),
        ("ပန်းပင်လေးတွေ စိုက်ပြီး ပန်းစည်းလေးတွေ လုပ်ရောင်းချင်တယ်", "gardening"),
        ("She wants to paint pictures and sell them", "drawing_painting"),
    ],
)
def test_a_trade_to_sell_from_leads_and_selling_comes_after(text: str, trade: str) -> None:
    found, wished = weights(text)
    assert trade in wished
    assert "selling" not in wished
    assert found["selling"] == pytest.approx(TOLD_WEIGHT * found[trade])


@pytest.mark.parametrize(
    "text",
    [
        "I want to sell clothes at the market",
        "I want to work selling in a shop",
        "លក់ដូរ, អត់កាស៊ីណូ",
    ],
)
def test_selling_beside_its_own_field_or_alone_is_a_wish(text: str) -> None:
    _, wished = weights(text)
    assert "selling" in wished


def test_a_khmer_no_opening_a_clause_refuses_what_follows() -> None:
    assert vocabulary().liked_text("លក់ដូរ, អត់កាស៊ីណូ").strip(" ,") == "លក់ដូរ"
    assert "gambling" in vocabulary().concepts_in(vocabulary().disliked_text("លក់ដូរ, អត់កាស៊ីណូ"))


@pytest.mark.parametrize("text", ["អត់ចេះអក្សរ ចង់រៀនកាត់ដេរ", "អត់ធ្លាប់រៀនកាត់ដេរ ចង់រៀន"])
def test_a_khmer_cannot_yet_or_never_did_refuses_nothing(text: str) -> None:
    assert vocabulary().disliked_text(text) == ""
    assert "sewing" in vocabulary().wished_in(vocabulary().liked_text(text))
