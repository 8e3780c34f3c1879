"""Words the fifteenth held-out set's first run (session 27: skills learned at home, told as
daily tasks) found missing: Khmer looking after one's nieces, nephews or younger siblings
(មើលក្មួយ), loving children spelt with ឡ (ស្រឡាញ់, the dictionary's spelling, beside
ស្រលាញ់), bathing children and taking them to school.

The phrases are written for this test, none of them from the evaluation's sets."""

from __future__ import annotations

import pytest

from tests.unit.matching.shipped import shipped


@pytest.mark.parametrize(
    "text",
    [
        "ខ្ញុំមើលក្មួយបីនាក់រាល់ថ្ងៃ",
        "នាងថែប្អូនតូចៗតាំងពីក្មេង",
        "ខ្ញុំស្រឡាញ់ក្មេងណាស់",
        "ខ្ញុំស្រលាញ់កូនក្មេង",
        "ខ្ញុំងូតទឹកឲ្យក្មេងហើយជូនក្មេងទៅសាលា",
    ],
)
def test_looking_after_children_at_home_said_in_khmer(text: str) -> None:
    assert "childcare" in shipped().wished_in(text)


@pytest.mark.parametrize(
    "text",
    [
        # A nephew who works somewhere, or a sibling named, is no care of children.
        "ក្មួយប្រុសខ្ញុំធ្វើការនៅរោងចក្រកាត់ដេរ",
        "ប្អូនស្រីខ្ញុំលក់បាយនៅផ្សារ",
    ],
)
def test_a_relative_named_is_no_childcare(text: str) -> None:
    assert "childcare" not in shipped().wished_in(text)
