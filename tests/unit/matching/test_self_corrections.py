"""What a speaker takes back is not read (``Vocabulary.without_corrected``).

People dictating, or typing as they talk, correct themselves: "a cook no I mean a baker",
"电焊 不是不是 是电工" (welding, no no, electrician). The rule: a word of
``_meta.corrections`` takes back the concept named right before it (a few letters of
hesitation between at most) when the same sentence names another after it. Every phrase
here was written for these tests; the expected concepts are what each says it wants.
"""

from __future__ import annotations

import pytest

from tests.unit.matching.shipped import shipped


def wished(text: str) -> frozenset[str]:
    """The concepts the words say the person wants (what the concept features read)."""
    return shipped().wished_in(shipped().liked_text(text))


# (the text, what is taken back, what replaced it)
CORRECTED = [
    ("I want to be a cook no I mean a baker", "cooking", "baking"),
    ("i wanna learn sewing sorry i meant hairdressing", "sewing", "hairdressing"),
    ("อยากเป็นช่างเชื่อม เอ้ย ช่างไฟ", "welding", "electrical_work"),
    ("สนใจงานดูแลเด็ก เอ่อ ขอแก้ สนใจงานทำอาหาร", "childcare", "cooking"),
    ("em muốn làm thợ hàn à nhầm thợ điện", "welding", "electrical_work"),
    ("gusto ko ng pananahi ay mali pagluluto", "sewing", "cooking"),
    ("ខ្ញុំចង់ធ្វើការរោងចក្រ សុំកែ ចង់ធ្វើម្ហូប", "manufacturing", "cooking"),
    ("အပ်ချုပ် မှားလို့ ဟင်းချက်ချင်တယ်", "sewing", "cooking"),
    ("我想学电焊 不是不是 是电工", "welding", "electrical_work"),
    ("我想做厨师 说错了 做面包", "cooking", "baking"),
]


@pytest.mark.parametrize(("text", "taken_back", "meant"), CORRECTED)
def test_what_is_taken_back_is_no_wish_and_what_replaced_it_is(
    text: str, taken_back: str, meant: str
) -> None:
    assert taken_back in shipped().concepts_in(text), "the phrase names what it takes back"
    assert taken_back not in wished(text)
    assert meant in wished(text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # nothing named before the correction, or nothing after it: nothing taken back
        ("no I mean, I want to learn sewing", "sewing"),
        ("I want to learn sewing, no wait, really, I do", "sewing"),
        # the correction ends with its sentence: the next one is another thought
        ("I like sewing. No I mean it, cooking too.", "sewing"),
        # more than a hesitation between: another thought, not a correction of the word
        ("I want to learn sewing and make dresses for my whole family no I mean cooking", "sewing"),
    ],
)
def test_a_correction_with_nothing_to_take_back_takes_nothing(text: str, kept: str) -> None:
    assert kept in wished(text)


def test_a_dislike_whose_topic_is_taken_back_is_about_the_one_that_replaced_it() -> None:
    text = "I don't want factory work no I mean office cleaning, I want to cook"
    assert "manufacturing" in shipped().concepts_in(text)

    disliked = shipped().concepts_in(shipped().disliked_text(text))

    assert "manufacturing" not in disliked
    assert "cleaning_services" in disliked
    assert "cooking" in wished(text)
