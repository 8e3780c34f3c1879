"""Short words that name no concept may misspell one.

Busy officers often type a survivor's interests in a few words ("cashier", "ทำอาหาร"), and a
few words are easily mistyped: "cashiar", "reseptionist", "ทำอาหร" (a vowel left out),
"sủa xe máy" (a tone mark on the wrong letter), "ជាងដែរ" for "ជាងដេរ" (a tailor). Read
exactly, such an entry names nothing, and the survivor gets whatever the words' letters
resemble. :class:`Misspellings` finds, for a short text in which no term is found, the
terms within a small edit distance of it, or of each part of a keyword list (of three words
at most) and each long word of it ("wants: cashiar").

Only a short text that names nothing is read this way (the caller's rule): in a sentence,
or beside a term found, an unknown word is more often a word the vocabulary does not need
("maker" is no misspelt "baker"). A part matches when one term lies within one edit
(insertion, deletion, substitution) of it, two for parts of nine characters or more; parts
of fewer than four characters are left alone ("文圓" for "文員" is too short to tell from
another word). When the nearest terms name different concepts with none in common, the
part is ambiguous and names nothing.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from typing import Final

from rapidfuzz import process
from rapidfuzz.distance import Levenshtein

__all__ = ["MAX_TEXT", "Misspellings"]

#: The longest text read for misspellings (characters, folded): a terse entry, not a telling.
MAX_TEXT: Final = 40
#: The most words of a piece of a keyword list read for misspellings: an entry, not a
#: sentence ("smth like cutting & editing tiktok vids for small brands" is none: its
#: "small" is no misspelt "mall").
_MAX_WORDS: Final = 3
#: The shortest part or word compared with the terms.
_MIN_PART: Final = 4
#: From this many characters a part may be two edits from a term.
_TWO_EDITS_FROM: Final = 9
#: A word of a spaced part compared on its own from this many characters ("cashiar").
_MIN_WORD: Final = 6
# What separates the entries of a keyword list: "cook / baker", "hair + nails", "a, b; c".
_LIST_MARKS: Final = re.compile(r"[,/;+&|\n()（），、；:：]")
_GAP: Final = "…"


class Misspellings:
    """The vocabulary's terms (as written in its files, alternatives spelt out, folded as
    texts are) by the concepts they name, and the nearest of them to a short text."""

    def __init__(self, terms: Mapping[str, Iterable[str]], *, fold: Callable[[str], str]) -> None:
        """`terms`: concept id -> its terms in every language. Terms with a gap ("carry …
        kg") are left out: they name nothing written as one piece."""
        self._fold = fold
        named: dict[str, set[str]] = {}
        for concept_id, spellings in terms.items():
            for term in spellings:
                if _GAP in term:
                    continue
                folded = self._folded(term.replace("=", ""))
                if len(folded) >= _MIN_PART:
                    named.setdefault(folded, set()).add(concept_id)
        self._concepts = {term: frozenset(ids) for term, ids in named.items()}
        self._terms = sorted(self._concepts)

    def _folded(self, text: str) -> str:
        return " ".join(self._fold(text).casefold().split())

    def nearest(self, text: str) -> frozenset[str]:
        """The concepts of the terms `text` (or its parts and long words) misspells; empty
        for a text longer than :data:`MAX_TEXT` or with nothing near enough."""
        folded = self._folded(text)
        if not folded or len(folded) > MAX_TEXT:
            return frozenset()
        found: set[str] = set()
        for part in _parts(folded):
            found |= self._nearest_to(part)
        return frozenset(found)

    def _nearest_to(self, part: str) -> frozenset[str]:
        if len(part) < _MIN_PART:
            return frozenset()
        if part in self._concepts:  # spelt right: the matcher's business, not a misspelling
            return frozenset()
        edits = 1 if len(part) < _TWO_EDITS_FROM else 2
        nearest = process.extract(
            part, self._terms, scorer=Levenshtein.distance, score_cutoff=edits, limit=5
        )
        if not nearest:
            return frozenset()
        fewest = min(distance for _, distance, _ in nearest)
        named = [self._concepts[term] for term, distance, _ in nearest if distance == fewest]
        # Empty when the nearest terms name different concepts: which is meant is unknown.
        return frozenset.intersection(*named)


def _parts(folded: str) -> set[str]:
    """The pieces of a keyword list of a few words each, and their long words."""
    pieces = {
        piece.strip()
        for piece in _LIST_MARKS.split(folded)
        if piece.strip() and len(piece.split()) <= _MAX_WORDS
    }
    words = {
        word for piece in pieces if " " in piece for word in piece.split() if len(word) >= _MIN_WORD
    }
    return pieces | words
