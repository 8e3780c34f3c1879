"""Vietnamese typed with or without its tone marks: marks, when present, are read."""

from __future__ import annotations

import functools

import pytest

from matching.adapters.vocabulary_files import load_vocabulary
from matching.domain.vocabulary import Vocabulary


@functools.cache
def shipped() -> Vocabulary:
    return load_vocabulary()


def test_a_tailor_written_with_marks_is_not_a_mechanic() -> None:
    """ "thợ may" (tailor) and "thợ máy" (mechanic) are one text without their marks."""
    assert shipped().concepts_in("Tôi từng làm thợ may ở xưởng") == {"tailoring"}
    assert "automotive_repair" in shipped().concepts_in("Anh ấy là thợ máy")


def test_text_typed_without_marks_still_finds_terms_written_with_them() -> None:
    # ambiguous without marks: both readings are kept
    assert {"tailoring", "automotive_repair"} <= shipped().concepts_in("toi lam tho may")
    assert shipped().concepts_in("toi thich trong rau") == {"vegetable_growing"}


@pytest.mark.parametrize("text", ["Tôi thích trồng rau", "toi thich trong rau"])
def test_marks_or_none_find_the_same_concept_when_unambiguous(text: str) -> None:
    assert shipped().concepts_in(text) == {"vegetable_growing"}


def test_other_scripts_are_not_taken_for_marked_latin() -> None:
    # Thai vowel signs are combining marks, but not Latin ones
    assert shipped().concepts_in("ฉันชอบปลูกผักที่บ้าน") == {"vegetable_growing"}


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        # A word or two typed bare in a text typed with its marks, as people in a hurry and
        # people for whom Vietnamese is a second language type.
        ("muốn làm phien dich cho người đi chợ", {"translation_interpreting"}),
        ("Em thích nấu ăn, muon hoc lam banh", {"baking", "cooking"}),
    ],
)
def test_words_typed_bare_in_a_marked_text_are_read(text: str, wanted: set[str]) -> None:
    assert wanted <= shipped().concepts_in(text)


@pytest.mark.parametrize(
    "text",
    [
        # Beside a marked word, a bare one is no bare form of a marked term: the marked
        # text's "thợ" and the plain word "may" (to sew) say tailor, never mechanic.
        "em muốn học thợ may",
        "Tôi từng làm thợ may ở xưởng",
    ],
)
def test_a_bare_word_beside_a_marked_one_reads_as_written(text: str) -> None:
    assert "automotive_repair" not in shipped().concepts_in(text)


def test_a_factory_typed_bare_is_no_tailor() -> None:
    """ "nha may" is nhà máy, a factory, far more often than a tailor's house."""
    assert "tailoring" not in shipped().concepts_in("ko lam nha may nua")
