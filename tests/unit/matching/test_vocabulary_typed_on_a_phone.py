"""Words the twelfth held-out set's first run (session 24: phrases as officers type them on
a phone) found missing: "moto" for a motorbike in South East Asian English, a brick laid or
cement mixed by hand (singular, informal), the Khmer "to make up a room" said without
ចំ, Cantonese 批盪 (plastering) and 鋪磚 (laying bricks or tiles), selling "online" in
Latin letters run into Thai, Thai live selling, Burmese selling with words between
"online" and "sell", and the Burmese word for clothes (အဝတ်အစား), which ends with အစား,
"instead of", and made what came before it a dislike; and the digit ၀ typed for the
Burmese letter ဝ.

The phrases are written for this test, none of them from the evaluation's sets."""

from __future__ import annotations

import pytest

from tests.unit.matching.shipped import shipped


@pytest.mark.parametrize(
    "text", ["my brother repairs motos near the market", "moto mechanic for 3 yrs"]
)
def test_a_moto_is_a_motorbike(text: str) -> None:
    assert "motorbike_repair" in shipped().wished_in(text)


def test_a_moto_alone_is_no_wish() -> None:
    assert shipped().wished_in("i come to work by moto") == frozenset()


@pytest.mark.parametrize(
    "text", ["I can lay brick and mix mortar", "he mixed concrete on building sites for years"]
)
def test_laying_a_brick_or_mixing_cement_is_masonry(text: str) -> None:
    assert "bricklaying" in shipped().wished_in(text)


def test_khmer_making_up_a_room() -> None:
    assert "housekeeping" in shipped().wished_in("ខ្ញុំធ្លាប់រៀបបន្ទប់នៅសណ្ឋាគារ")


@pytest.mark.parametrize("text", ["佢識批盪", "我做過鋪磚", "阿哥喺地盤批盪"])
def test_cantonese_plastering_and_laying_bricks(text: str) -> None:
    assert "bricklaying" in shipped().wished_in(text)


@pytest.mark.parametrize("text", ["ขายonlineมาสองปีแล้ว", "ไลฟ์ขายเครื่องสำอางทุกคืน"])
def test_thai_selling_online_in_latin_letters_and_live(text: str) -> None:
    assert "online_selling" in shipped().wished_in(text)


def test_burmese_selling_online_with_words_between() -> None:
    assert "online_selling" in shipped().wished_in("အွန်လိုင်းပေါ်မှာ ဖိနပ် ရောင်းတယ်")


@pytest.mark.parametrize(
    ("text", "wished"),
    [
        ("အဝတ်အစား ချုပ်ချင်တယ်", "sewing"),
        ("အွန်လိုင်းမှာ အဝတ်အစား ရောင်းချင်ပါတယ်", "online_selling"),
    ],
)
def test_burmese_clothes_are_not_instead_of(text: str, wished: str) -> None:
    """အဝတ်အစား (clothes) ends with အစား, "instead of": it refuses nothing."""
    vocabulary = shipped()
    assert vocabulary.disliked_text(text) == ""
    assert wished in vocabulary.wished_in(vocabulary.liked_text(text))


def test_burmese_instead_of_still_refuses_what_it_follows() -> None:
    vocabulary = shipped()
    text = "စက်ရုံအလုပ်အစား အဝတ်အစား ချုပ်ချင်တယ်"
    assert "manufacturing" in vocabulary.wished_in(vocabulary.disliked_text(text))
    assert "sewing" in vocabulary.wished_in(vocabulary.liked_text(text))


def test_burmese_digit_zero_typed_for_wa() -> None:
    """၀ (the digit zero) looks like ဝ (wa) and is often typed for it."""
    vocabulary = shipped()
    assert "sewing" in vocabulary.wished_in("အ၀တ်အစား ချုပ်တတ်တယ်")
    assert vocabulary.wished_in("ဟိုတယ်၀န်ထမ်း လုပ်ချင်တယ်") == vocabulary.wished_in("ဟိုတယ်ဝန်ထမ်း လုပ်ချင်တယ်")


@pytest.mark.parametrize("text", ["I am good at hair cutting", "I learnt hair colouring"])
def test_hair_cutting_in_two_words_is_hairdressing(text: str) -> None:
    assert "hairdressing" in shipped().wished_in(text)
