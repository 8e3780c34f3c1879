"""A wish to learn, said in everyday words in each language, from the language files."""

from __future__ import annotations

import functools

import pytest

from matching.adapters.vocabulary_files import load_vocabulary
from matching.domain.vocabulary import Vocabulary, VocabularyError


@functools.cache
def shipped() -> Vocabulary:
    return load_vocabulary()


# (a wish to learn, the same person saying what they like or did, without the wish)
PHRASES: dict[str, list[tuple[str, str]]] = {
    "en": [
        ("I want to learn how to cut hair", "I cut my sisters' hair"),
        ("I'd like to take a sewing course", "I sewed clothes for my neighbours"),
        ("My dream is to study cooking", "I learnt to cook from my mother"),
    ],
    "th": [
        ("อยากเรียนทำขนม", "ชอบทำขนมให้ลูกกิน"),
        ("อยากฝึกอาชีพช่างเสริมสวย", "เคยทำงานร้านเสริมสวย"),
    ],
    "vi": [
        ("Em muốn học nghề may", "Em biết may quần áo"),
        ("Tôi muốn được đào tạo làm bánh", "Tôi thích làm bánh"),
    ],
    "tl": [
        ("Gusto kong matutong magluto", "Mahilig akong magluto"),
        ("Gusto kong mag-aral ng pananahi", "Marunong akong manahi"),
    ],
    "km": [
        ("ខ្ញុំចង់រៀនដេរខោអាវ", "ខ្ញុំចេះដេរខោអាវ"),
        ("ខ្ញុំចង់ចូលរៀនវគ្គបណ្តុះបណ្តាលកាត់សក់", "ខ្ញុំចូលចិត្តកាត់សក់"),
    ],
    "my": [
        ("ဆံပင်ညှပ်တာ သင်ယူချင်တယ်", "ဆံပင်ညှပ်တာ ဝါသနာပါတယ်"),
        ("ချက်ပြုတ်ရေး သင်တန်းတက်ချင်တယ်", "ထမင်းဟင်းချက်ရတာ ကြိုက်တယ်"),
    ],
    "zh": [
        ("我想学做面包", "我喜欢做面包"),
        ("我想學理髮", "我以前在理发店工作"),  # Traditional characters fold to Simplified
    ],
}


@pytest.mark.parametrize(
    ("language", "wish", "plain"),
    [(language, wish, plain) for language, pairs in PHRASES.items() for wish, plain in pairs],
)
def test_a_wish_to_learn_is_found_and_a_plain_liking_is_not(
    language: str, wish: str, plain: str
) -> None:
    assert shipped().wants_to_learn(wish), language
    assert not shipped().wants_to_learn(plain), language


def test_every_shipped_language_says_how_to_wish_to_learn() -> None:
    # ``dislike``: what people do not want (test_vocabulary_dislikes); ``exploited``: how
    # a note says the person was made to work (test_case_notes_read); ``compared``: what a
    # wish is weighed against (test_vocabulary_dislikes).
    assert shipped().intents == {"learn", "dislike", "exploited", "compared"}
    assert set(PHRASES) == set(shipped().languages)


def test_an_intent_and_a_concept_in_one_phrase_are_both_found() -> None:
    text = "I want to learn to cook"
    assert shipped().intents_in(text) == {"learn"}
    assert "cooking" in shipped().concepts_in(text)


def test_intents_are_not_concepts() -> None:
    assert "learn" not in shipped()
    assert not shipped().concepts_in("I want to learn") & {"learn"}


def small(intents: object) -> Vocabulary:
    return Vocabulary(
        concepts={"coffee": {"kind": "interest", "label": "Coffee"}},
        languages={"xx": {"_intents": intents, "coffee": {"terms": ["coffee"]}}},
    )


def test_intents_come_from_the_language_files() -> None:
    vocabulary = small({"learn": ["{wish|hope} to study"], "work": ["looking for work"]})
    assert vocabulary.intents == {"learn", "work"}
    assert vocabulary.intents_in("I hope to study coffee") == {"learn"}
    assert vocabulary.concepts_in("I hope to study coffee") == {"coffee"}


@pytest.mark.parametrize(
    ("intents", "message"),
    [
        pytest.param(["want to learn"], "_intents must be a table", id="not-a-table"),
        pytest.param({"Learn": ["x"]}, "snake_case", id="bad-name"),
        pytest.param({"learn": "want to learn"}, "list of strings", id="not-a-list"),
        pytest.param({"learn": ["{want|wish to learn"]}, "unbalanced", id="bad-term"),
    ],
)
def test_a_broken_intents_table_is_a_vocabulary_error(intents: object, message: str) -> None:
    with pytest.raises(VocabularyError, match=message):
        small(intents)
