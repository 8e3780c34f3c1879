"""A short entry that names no concept may misspell one (``vocabulary.misspellings``).

Found by the twenty-sixth blind set (session 31), terse entries as busy officers type them:
"cashiar", "reseptionist", "ทำอาหร", "sủa xe máy", "ကွန်ပြုတာ" named nothing, and the survivor
got whatever the letters resembled (a car technician, a van driver). Now, when a survivor's
words name nothing and are short, the terms within one edit of the entry (two from nine
characters), of each piece of a keyword list or of a long word of it, are what they want.
Never in a sentence, never beside a term found, never when the nearest terms name different
concepts, never for a piece under four characters. The entries are written for this test.
"""

from __future__ import annotations

import pytest

from tests.unit.matching.shipped import index_of, shipped
from tests.unit.matching.strategies import PLACES, open_job, ready_survivor


@pytest.mark.parametrize(
    ("entry", "meant"),
    [
        ("hairdreser", "hairdressing"),
        ("electrican", "electrical_work"),
        ("ช่างตัดผ", "hairdressing"),  # a consonant left off
        ("nấu ăm", "cooking"),
        ("mananahe", "sewing"),
        ("កាត់សក", "hairdressing"),  # the sign over the last letter left off
        ("ဆံပင်ညပ်", "hairdressing"),  # a medial left off
        ("wants: hairdreser", "hairdressing"),
    ],
)
def test_a_misspelt_entry_names_what_it_misspells(entry: str, meant: str) -> None:
    assert not shipped().concepts_in(entry)
    assert meant in shipped().misspelt_in(entry)


@pytest.mark.parametrize(
    ("words", "meant"),
    [
        # Khmer spaced word by word, as someone writes it in a second language, the vowel
        # of ជួសជុល (repair) left off: "I want to learn to repair cars, repair engines".
        ("ខ្ញុំ ចង់ រៀន ជួសជល ឡាន ជួសជល ម៉ាស៊ីន ។ ចង់ ធ្វើការ ហាង ជួសជល ឡាន", "car_repair"),
        # Thai in phrases, a letter of ตัดผม (cutting hair) left off.
        ("ตอนนี้ยังว่างงานอยู่ค่ะ อยากเรียน ตัดผ ที่ร้านใกล้บ้าน ถ้ามีที่สอน", "hairdressing"),
    ],
)
def test_in_a_longer_text_in_a_script_without_spaces_its_pieces_are_read(
    words: str, meant: str
) -> None:
    """Such a script sets phrases (or, typed by some, words) apart with spaces: a piece
    there is no word of a sentence around it, as an English word would be."""
    assert not shipped().concepts_in(words)
    assert meant in shipped().misspelt_in(words)


@pytest.mark.parametrize(
    "entry",
    [
        # One edit from "thợ may" (tailor) and from "thợ máy" (mechanic): which is meant?
        "thợ mây",
        # Too short to tell from another word.
        "文圓",
        # A sentence: "small" is no misspelt "mall".
        "smth like cutting & editing tiktok vids for small brands",
        # Nor the words of a longer sentence in a spaced script: "former" is no "farmer".
        "My former employer kept my papers and I do not know what to do now",
        "plumbing?",
    ],
)
def test_an_ambiguous_short_or_long_entry_names_nothing(entry: str) -> None:
    assert shipped().misspelt_in(entry) == frozenset()


HAIR_COURSE = open_job(
    "opp_hair",
    title="Hairdressing course",
    description="Cutting, washing and styling hair",
    sector="beauty_wellness",
    location=PLACES[0],
)
DRIVER = open_job(
    "opp_driver",
    title="Delivery driver",
    description="Deliver parcels around the district by van",
    sector="transport_delivery",
    location=PLACES[0],
)


def test_the_survivor_is_matched_on_what_the_entry_misspells() -> None:
    found = index_of(DRIVER, HAIR_COURSE).matches(ready_survivor(interests="hairdreser"), k=2)
    assert found[0].opportunity.opportunity_id == "opp_hair"


def test_beside_a_term_found_nothing_is_read_as_misspelt() -> None:
    survivor = ready_survivor(interests="driving, hairdreser")
    found = index_of(DRIVER, HAIR_COURSE).matches(survivor, k=2)
    assert found[0].opportunity.opportunity_id == "opp_driver"
