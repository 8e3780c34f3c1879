"""Words the seventeenth held-out set's first run (session 28: uncertain, hedged and weighed
wishes, and other people's) found missing or misread: a Filipino office named as where a
cleaner works is a workplace, not office work; Khmer "work at the office" said with the
English word; Chinese flower shops; English plants to work with (not a factory's plant);
Burmese "I like it better" (သဘောကျတယ်) as a wish; a transcript's speaker labels ("Social
worker:", "社工：") read as wishes for social work.

The phrases are written for this test, none of them from the evaluation's sets."""

from __future__ import annotations

import pytest

from tests.unit.matching.shipped import shipped


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("ខ្ញុំចង់ធ្វើការនៅ office", "office_admin"),
        ("ខ្ញុំចង់ធ្វើការនៅការិយាល័យ", "office_admin"),
        ("我想在花店工作", "gardening"),
        ("想去花店學插花", "gardening"),
        ("I'd like a job with plants, outdoors", "gardening"),
    ],
)
def test_the_words_are_read(text: str, concept: str) -> None:
    assert concept in shipped().wished_in(text)


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        # The office is where the cleaning is done.
        ("Gusto kong maging tagalinis sa opisina", "office_admin"),
        # A factory is a plant too.
        ("Machine operator at a manufacturing plant", "gardening"),
    ],
)
def test_a_workplace_or_a_factory_is_not_read_as_a_trade(text: str, concept: str) -> None:
    assert concept not in shipped().wished_in(text)


def test_burmese_i_like_it_better_is_a_wish() -> None:
    text = "စက်ရုံမှာ လစာကောင်းပေမဲ့ မုန့်ဖုတ်တာကို ပိုသဘောကျတယ်"
    assert shipped().wishes_in(text) == {"baking"}


@pytest.mark.parametrize(
    ("text", "wished"),
    [
        ("Social worker: what would you like to do? Client: I'd like to cook", {"cooking"}),
        ("社工：你想做咩？ 當事人：我想做頭髮", {"hairdressing"}),
        ("សំណួរ៖ ចង់ធ្វើការអ្វី? ចម្លើយ៖ ខ្ញុំចង់កាត់ដេរ", {"sewing", "tailoring"}),
        ("Q: what do you enjoy? A: sewing", {"sewing"}),
    ],
)
def test_a_transcripts_speaker_labels_are_not_read(text: str, wished: set[str]) -> None:
    # "Social worker:" names who asks; it is no wish for social work.
    vocabulary = shipped()
    assert vocabulary.wished_in(vocabulary.liked_text(text)) == wished


def test_a_label_word_elsewhere_is_read_as_before() -> None:
    vocabulary = shipped()
    assert "community_work" in vocabulary.wished_in(
        vocabulary.liked_text("I want to be a social worker: helping people is my dream")
    )
