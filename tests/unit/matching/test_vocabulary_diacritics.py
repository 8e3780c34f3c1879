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
