"""Tags must be vocabulary concepts; a refusal says where, and offers the nearest ones."""

from __future__ import annotations

import pytest

from matching.adapters.vocabulary_files import load_vocabulary
from matching.domain.errors import InvalidInput
from matching.domain.vocabulary import Vocabulary
from matching.service_layer.concept_checks import UnknownConcepts, check_concepts


@pytest.fixture(scope="module")
def vocabulary() -> Vocabulary:
    return load_vocabulary()


def test_known_concepts_pass(vocabulary: Vocabulary) -> None:
    check_concepts(
        vocabulary,
        lists={("profile", "skills"): ["customer_service", "sewing"]},
        singles={("opportunity", "sector"): "food_service"},
    )


def test_each_unknown_tag_is_located_by_its_position_and_never_quoted(
    vocabulary: Vocabulary,
) -> None:
    with pytest.raises(UnknownConcepts) as raised:
        check_concepts(
            vocabulary,
            lists={
                ("profile", "skills"): ["customer_service", "sewwing"],
                ("profile", "sectors_to_avoid"): ["fishng"],
            },
            singles={("opportunity", "sector"): "food_servise"},
        )
    error = raised.value
    assert isinstance(error, InvalidInput)  # answered as INVALID_ARGUMENT like any bad input
    located = {v.location: v.suggestions for v in error.violations}
    assert set(located) == {
        ("profile", "skills", "1"),
        ("profile", "sectors_to_avoid", "0"),
        ("opportunity", "sector"),
    }
    assert "sewing" in located[("profile", "skills", "1")]
    assert "fishing" in located[("profile", "sectors_to_avoid", "0")]
    assert "food_service" in located[("opportunity", "sector")]
    for typed in ("sewwing", "fishng", "food_servise"):
        assert typed not in str(error)


def test_words_typed_in_another_language_suggest_their_concept(vocabulary: Vocabulary) -> None:
    """An officer who typed the Thai words for customer service gets its id."""
    with pytest.raises(UnknownConcepts) as raised:
        check_concepts(vocabulary, lists={("profile", "skills"): ["บริการลูกค้า"]})
    (violation,) = raised.value.violations
    assert "customer_service" in violation.suggestions


def test_an_empty_sector_is_left_to_the_domain(vocabulary: Vocabulary) -> None:
    check_concepts(vocabulary, lists={}, singles={("opportunity", "sector"): ""})
