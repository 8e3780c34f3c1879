"""A verb particle inside a Chinese term (``_meta.verb_particles``).

The rule: in a language that lists verb particles (Chinese: 过, 了, 着, Cantonese 咗, 紧),
each concept term written without spaces also matches with one particle after its first or
its second character, since a verb is one or two characters: 做饭 (to cook) is also 做过饭
(have cooked), 照顾老人 (to care for the elderly) also 照顾过老人. A term or a `not` phrase
written the same way wins over such a form, and the cues (dislike, wish, contrast) never
take particles: "不想" (do not want) with 过 would be "不过想", "but (I) want".
"""

from __future__ import annotations

import functools

import pytest

from matching.adapters.vocabulary_files import load_vocabulary
from matching.domain.vocabulary import Vocabulary
from matching.domain.vocabulary.compiler import with_particles


@functools.cache
def shipped() -> Vocabulary:
    return load_vocabulary()


def test_a_particle_goes_after_the_first_or_second_character() -> None:
    assert with_particles("做饭", ("过",)) == {"做过饭"}
    assert with_particles("照顾老人", ("过", "了")) == {
        "照过顾老人",
        "照顾过老人",
        "照了顾老人",
        "照顾了老人",
    }
    # Never next to the same particle, never at the end, never in a one-character term.
    assert with_particles("车过衫", ("过",)) == set()
    assert with_particles("修", ("过",)) == set()


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("我做过饭，在餐厅也干过", "cooking"),
        ("我以前照顾过老人", "elder_care"),
        ("我修过手机，也换过屏幕", "phone_repair"),
        ("我喺工厂车咗衫三年", "sewing"),  # Cantonese: I sewed in a factory for three years
        ("佢而家做紧饭", "cooking"),  # Cantonese: she is cooking now
        ("我在家里带着孩子", "childcare"),
    ],
)
def test_a_term_with_a_particle_after_its_verb_is_found(text: str, concept: str) -> None:
    found = shipped().concepts_in(text)
    assert concept in found, f"{text!r} gave {sorted(found)}"


def test_the_cues_take_no_particle() -> None:
    vocabulary = shipped()
    # "不过想学做饭": but (I) want to learn to cook. With a particle in the cue "不想" it
    # would read "do not want to learn to cook".
    said = "我不想去工厂，不过想学做饭"
    assert "cooking" in vocabulary.wished_in(vocabulary.liked_text(said))
    assert "cooking" not in vocabulary.concepts_in(vocabulary.disliked_text(said))


def small(**meta: object) -> Vocabulary:
    return Vocabulary(
        concepts={
            "cooking": {"kind": "interest", "label": "Cooking"},
            "eating": {"kind": "interest", "label": "Eating"},
        },
        languages={
            "zh": {
                "_meta": {"name": "中文", **meta},
                "cooking": {"label": "做饭", "terms": ["做饭"], "not": ["做了饭"]},
                "eating": {"label": "吃饭", "terms": ["吃饭", "做过饭"]},
            }
        },
    )


def test_only_a_language_that_lists_particles_takes_them() -> None:
    assert small().concepts_in("我做着饭") == frozenset()
    assert small(verb_particles=["着"]).concepts_in("我做着饭") == {"cooking"}


def test_a_term_or_not_phrase_written_the_same_wins_over_a_form_with_a_particle() -> None:
    vocabulary = small(verb_particles=["过", "了", "着"])
    # 做过饭 is written as a term of eating, and 做了饭 as a `not` phrase of cooking: each
    # wins over the same form made from cooking's 做饭.
    assert vocabulary.concepts_in("做过饭") == {"eating"}
    assert vocabulary.concepts_in("做了饭") == frozenset()
    assert vocabulary.concepts_in("做着饭") == {"cooking"}
