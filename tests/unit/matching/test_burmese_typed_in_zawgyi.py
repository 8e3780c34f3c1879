"""Burmese typed in Zawgyi is read as the Unicode Burmese it stands for.

The Zawgyi texts here are written by hand from the encoding's own code chart, not made by
the converter under test: Zawgyi writes the asat (်) as U+1039, the medial ya (ျ) as
U+103A, the medial ra (ြ) as U+103B typed before its consonant, the medial ha (ှ) as
U+103D, and the vowel sign E (ေ) before its consonant. Unicode writes them U+103A, U+103B,
U+103C after the consonant, U+103E, and U+1031 after the consonant."""

from __future__ import annotations

import tomllib
from collections.abc import Iterator
from pathlib import Path

import pytest

from matching.domain.burmese_encoding import ZAWGYI_AT_LEAST, as_unicode, zawgyi_probability
from matching.domain.free_text import cleaned
from tests.unit.matching.shipped import index_of, shipped
from tests.unit.matching.strategies import PLACES, open_job, ready_survivor

ROOT = Path(__file__).resolve().parents[3]

# "I like cooking": ထမင်းချက်ရတာကြိုက်တယ်
LIKES_COOKING_ZAWGYI = (
    "\u1011\u1019\u1004\u1039\u1038\u1001\u103a\u1000\u1039\u101b\u1010\u102c"
    "\u103b\u1000\u102d\u102f\u1000\u1039\u1010\u101a\u1039"
)
LIKES_COOKING = (
    "\u1011\u1019\u1004\u103a\u1038\u1001\u103b\u1000\u103a\u101b\u1010\u102c"
    "\u1000\u103c\u102d\u102f\u1000\u103a\u1010\u101a\u103a"
)
# "I want to go to a sewing course": စက်ချုပ်သင်တန်းတက်ချင်ပါတယ်
SEWING_COURSE_ZAWGYI = (
    "\u1005\u1000\u1039\u1001\u103a\u102f\u1015\u1039\u101e\u1004\u1039\u1010\u1014\u1039"
    "\u1038\u1010\u1000\u1039\u1001\u103a\u1004\u1039\u1015\u102b\u1010\u101a\u1039"
)
SEWING_COURSE = (
    "\u1005\u1000\u103a\u1001\u103b\u102f\u1015\u103a\u101e\u1004\u103a\u1010\u1014\u103a"
    "\u1038\u1010\u1000\u103a\u1001\u103b\u1004\u103a\u1015\u102b\u1010\u101a\u103a"
)
# "I want to sell in a shop": ဆိုင်မှာ ရောင်းချင်တယ်
SELLING_ZAWGYI = (
    "\u1006\u102d\u102f\u1004\u1039\u1019\u103d\u102c "
    "\u1031\u101b\u102c\u1004\u1039\u1038\u1001\u103a\u1004\u1039\u1010\u101a\u1039"
)
SELLING = (
    "\u1006\u102d\u102f\u1004\u103a\u1019\u103e\u102c "
    "\u101b\u1031\u102c\u1004\u103a\u1038\u1001\u103b\u1004\u103a\u1010\u101a\u103a"
)


@pytest.mark.parametrize(
    ("zawgyi", "unicode"),
    [
        (LIKES_COOKING_ZAWGYI, LIKES_COOKING),
        (SEWING_COURSE_ZAWGYI, SEWING_COURSE),
        (SELLING_ZAWGYI, SELLING),
    ],
    ids=["likes cooking", "sewing course", "selling"],
)
def test_zawgyi_is_converted_to_the_unicode_text(zawgyi: str, unicode: str) -> None:
    assert zawgyi != unicode
    assert zawgyi_probability(zawgyi) >= ZAWGYI_AT_LEAST
    assert cleaned(f"  {zawgyi} ") == unicode


def test_without_conversion_zawgyi_matches_nothing() -> None:
    # Why it matters: read as it was typed, the Zawgyi text names no concept at all.
    assert shipped().wished_in(LIKES_COOKING_ZAWGYI) == frozenset()
    assert shipped().wished_in(LIKES_COOKING) == {"cooking"}


def test_a_survivor_who_typed_in_zawgyi_is_read_for_what_they_said() -> None:
    survivor = ready_survivor(interests=LIKES_COOKING_ZAWGYI, aspirations=SEWING_COURSE_ZAWGYI)
    assert survivor.profile.interests == LIKES_COOKING
    assert survivor.profile.aspirations == SEWING_COURSE
    vocabulary = shipped()
    assert vocabulary.wished_in(survivor.profile.interests) == {"cooking"}
    assert vocabulary.wished_in(survivor.profile.aspirations) == {"sewing_machine_operation"}
    assert vocabulary.wants_to_learn(survivor.profile.aspirations)


def test_words_typed_in_zawgyi_get_the_job_they_name() -> None:
    cook = open_job("opp_cook", title="Kitchen helper", description="Cooking rice and curries")
    seller = open_job(
        "opp_shop",
        title="Shop assistant",
        description="Selling clothes at the counter",
        sector="retail",
        location=PLACES[1],
    )
    survivor = ready_survivor(interests=LIKES_COOKING_ZAWGYI)

    found = index_of(seller, cook).matches(survivor, k=2)

    # The kitchen job, named by the survivor's words; the shop's names none of them. Read
    # as typed, the words name nothing and neither job is found.
    assert [m.opportunity.opportunity_id for m in found] == ["opp_cook"]


def test_an_opportunity_written_in_zawgyi_is_kept_in_unicode() -> None:
    job = open_job(title=SELLING_ZAWGYI, description=LIKES_COOKING_ZAWGYI)
    assert job.details.title == SELLING
    assert job.details.description == LIKES_COOKING


def _strings(value: object) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)


def _burmese_written_in_unicode() -> list[str]:
    files = [
        ROOT / "services/matching/vocabulary/my.toml",
        ROOT / "services/pathways_demo/data/phrases/my.toml",
    ]
    found = [
        text
        for path in files
        for text in _strings(tomllib.loads(path.read_text(encoding="utf-8")))
        if any("\u1000" <= ch <= "\u109f" for ch in text)
    ]
    assert len(found) > 1000
    return found


def test_burmese_written_in_unicode_is_left_as_written() -> None:
    # Every Burmese term of the vocabulary and every phrase of the demo is Unicode: none
    # may be read as Zawgyi, short terms included.
    changed = [text for text in _burmese_written_in_unicode() if as_unicode(text) != text]
    assert changed == []


@pytest.mark.parametrize(
    "text",
    [
        "I want to work in a kitchen",
        "อยากทำงานในครัว",
        "ចង់ធ្វើការនៅក្នុងផ្ទះបាយ",
        "我想在厨房工作",
        "muốn làm bếp",
        "",
    ],
)
def test_text_without_burmese_is_left_as_is(text: str) -> None:
    assert zawgyi_probability(text) == 0.0
    assert as_unicode(text) == text


def test_only_the_burmese_of_a_mixed_text_changes() -> None:
    assert cleaned(f"Cook (Yangon): {LIKES_COOKING_ZAWGYI}, 3 years") == (
        f"Cook (Yangon): {LIKES_COOKING}, 3 years"
    )
