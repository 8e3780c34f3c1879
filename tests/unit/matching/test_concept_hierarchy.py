"""The vocabulary's hierarchy: broader and narrower concepts, and the subtree of a concept."""

from __future__ import annotations

import functools

import pytest

from matching.adapters.vocabulary_files import load_vocabulary
from matching.domain.vocabulary import Vocabulary, VocabularyError


@functools.cache
def shipped() -> Vocabulary:
    return load_vocabulary()


def tree() -> Vocabulary:
    """sector > interest > skill, plus a second parent for one concept."""
    return Vocabulary(
        concepts={
            "food": {"kind": "sector", "label": "Food"},
            "care": {"kind": "sector", "label": "Care"},
            "cooking": {"kind": "interest", "label": "Cooking", "broader": ["food", "care"]},
            "baking": {"kind": "skill", "label": "Baking", "broader": ["cooking"]},
            "coffee": {"kind": "interest", "label": "Coffee", "related": ["food"]},
        },
        languages={},
    )


def test_narrower_is_the_inverse_of_broader() -> None:
    vocabulary = tree()
    assert vocabulary.get("baking").broader == ("cooking",)
    assert vocabulary.get("cooking").broader == ("food", "care")
    assert vocabulary.get("cooking").narrower == ("baking",)
    assert set(vocabulary.get("food").narrower) == {"cooking"}
    assert vocabulary.get("baking").narrower == ()


def test_a_subtree_goes_down_every_level_and_never_along_related_links() -> None:
    vocabulary = tree()
    assert vocabulary.subtree("food") == {"food", "cooking", "baking"}
    assert vocabulary.subtree("care") == {"care", "cooking", "baking"}
    assert vocabulary.subtree("baking") == {"baking"}
    # coffee is related to food, not narrower than it
    assert "coffee" not in vocabulary.subtree("food")


def test_ancestors_go_up_every_level() -> None:
    assert tree().ancestors("baking") == {"baking", "cooking", "food", "care"}


def test_subtrees_of_several_ids_keep_ids_the_vocabulary_lacks() -> None:
    assert tree().subtrees(["cooking", "retired_id"]) == {"cooking", "baking", "retired_id"}


def test_subtree_of_an_unknown_id_is_a_key_error() -> None:
    with pytest.raises(KeyError):
        tree().subtree("nothing")


@pytest.mark.parametrize(
    ("concepts", "message"),
    [
        pytest.param(
            {"a": {"kind": "sector", "label": "A", "broader": ["b"]}},
            "'b', which is not declared",
            id="unknown-broader",
        ),
        pytest.param(
            {"a": {"kind": "sector", "label": "A", "broader": ["a"]}},
            "narrower than itself",
            id="own-broader",
        ),
        pytest.param(
            {
                "a": {"kind": "sector", "label": "A", "broader": ["c"]},
                "b": {"kind": "sector", "label": "B", "broader": ["a"]},
                "c": {"kind": "sector", "label": "C", "broader": ["b"]},
            },
            "cycle",
            id="cycle",
        ),
        pytest.param(
            {"a": {"kind": "sector", "label": "A", "broader": "b"}},
            "broader must be a list",
            id="not-a-list",
        ),
    ],
)
def test_a_broken_hierarchy_is_a_vocabulary_error(
    concepts: dict[str, object], message: str
) -> None:
    with pytest.raises(VocabularyError, match=message):
        Vocabulary(concepts=concepts, languages={})


def test_shipped_hierarchy_puts_what_is_done_only_in_a_sector_under_it() -> None:
    vocabulary = shipped()
    assert vocabulary.subtree("fishing_aquaculture") == {
        "fishing_aquaculture",
        "fishing",
        "fish_farming",
    }
    assert {"massage", "hairdressing", "nail_care", "makeup"} <= vocabulary.subtree(
        "beauty_wellness"
    )
    # two levels: laundry is housework, housework is domestic work
    assert "laundry_ironing" in vocabulary.subtree("domestic_care_work")
    # customer service is wanted in shops, hotels and call centres alike: under none of them
    assert all(
        "customer_service" not in vocabulary.subtree(sector)
        for sector in ("retail_sales", "hospitality", "call_centre")
    )


def test_every_shipped_concept_is_reachable_from_its_roots_without_cycles() -> None:
    vocabulary = shipped()
    for concept in vocabulary:
        for parent in concept.broader:
            assert concept.id in vocabulary.get(parent).narrower
            assert concept.id in vocabulary.subtree(parent)
