"""A country that opens a line and is followed by a colon is a heading saying where the
work is ("Malaysia: plastic factory workers wanted", "马来西亚：塑料厂招工"); after a label's
colon a country may be anything ("Nationality: Myanmar" asks who may apply, and says
nothing of where the work is)."""

from __future__ import annotations

import pytest

from tests.unit.matching.shipped import shipped


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Malaysia: plastic factory workers wanted, 12 months", "MY"),
        ("Urgent hiring\nJapan: plastic factory, free dormitory", "JP"),
        ("马来西亚：塑料厂招工，包吃住", "MY"),
        ("Location: Japan", "JP"),
    ],
)
def test_a_country_opening_a_heading_before_its_colon_is_where_the_work_is(
    text: str, country: str
) -> None:
    assert country in shipped().countries_worked_in(text)


@pytest.mark.parametrize(
    "text",
    [
        "Nationality: Myanmar",
        "Requirements:\nNationality: Myanmar or Cambodia\nAge: 18-35",
        "We welcome workers from Laos: no experience needed",
    ],
)
def test_a_country_after_a_labels_colon_or_inside_a_line_says_nothing_of_the_place(
    text: str,
) -> None:
    assert shipped().countries_worked_in(text) == frozenset()
