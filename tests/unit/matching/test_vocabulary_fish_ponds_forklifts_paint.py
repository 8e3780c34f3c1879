"""Words the tenth held-out set's first run (session 23) found missing: the fish people farm
in ponds named by their kind (tilapia, catfish, milkfish), Khmer names of a forklift that
say what it does ("a machine/vehicle that lifts goods"), and Cantonese "油" as the verb of
painting a house or a wall (and oil painting as drawing and painting, not house painting).

The phrases are written for this test, none of them from the evaluation's sets."""

from __future__ import annotations

import pytest

from tests.unit.matching.shipped import shipped


@pytest.mark.parametrize(
    "text",
    [
        "We kept catfish in the ponds behind our house",
        "I worked on a milkfish farm in Bulacan",
        "My brother breeds tilapia and I help him",
    ],
)
def test_farming_a_kind_of_fish_is_fish_farming(text: str) -> None:
    assert "fish_farming" in shipped().wished_in(text)


def test_cooking_a_kind_of_fish_is_not_fish_farming() -> None:
    assert "fish_farming" not in shipped().wished_in("I fried catfish at the market stall")


@pytest.mark.parametrize("text", ["ខ្ញុំធ្លាប់បើករថយន្តលើកទំនិញនៅកំពង់ផែ", "គាត់ជួសជុលម៉ាស៊ីនលើកទំនិញ"])
def test_khmer_names_of_a_forklift(text: str) -> None:
    assert "forklift_operation" in shipped().wished_in(text)


@pytest.mark.parametrize("text", ["我以前喺工地油牆", "佢係油漆佬", "阿叔教我油屋"])
def test_cantonese_painting_a_house(text: str) -> None:
    assert "house_painting" in shipped().wished_in(text)


@pytest.mark.parametrize("text", ["我想学油画", "我鍾意畫油畫"])
def test_oil_painting_is_drawing_and_painting(text: str) -> None:
    wished = shipped().wished_in(text)
    assert "drawing_painting" in wished, wished
    assert "house_painting" not in wished, wished
