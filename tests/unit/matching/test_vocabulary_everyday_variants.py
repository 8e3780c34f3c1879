"""Everyday wording an outside probe found unread (session 20): an older Khmer spelling of
"clothes", and English "kids" and "early childhood" for looking after children.

Expected concepts are what the words mean to a reader: សំលៀក is the older spelling of
សម្លៀក (clothes), so sewing clothes is sewing either way; working with kids, and a course in
early childhood care, are about looking after children.
"""

from __future__ import annotations

import functools

import pytest

from matching.adapters.vocabulary_files import load_vocabulary
from matching.domain.vocabulary import Vocabulary


@functools.cache
def vocabulary() -> Vocabulary:
    return load_vocabulary()


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("ចង់ដេរសម្លៀកបំពាក់", "sewing"),
        ("ចង់ដេរសំលៀកបំពាក់", "sewing"),
        ("ធ្វើការរោងចក្រកាត់ដេរសំលៀកបំពាក់", "garment_manufacturing"),
        ("I like working with kids", "childcare"),
        ("I am good with children", "childcare"),
        ("Early Childhood Care certificate course", "childcare"),
        ("Preschool assistant", "childcare"),
    ],
)
def test_everyday_wording_is_read(text: str, concept: str) -> None:
    assert concept in vocabulary().concepts_in(text)
