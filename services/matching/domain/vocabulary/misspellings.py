"""Short words that name no concept may misspell one.

Busy officers often type a survivor's interests in a few words ("cashier", "ทำอาหาร"), and a
few words are easily mistyped: "cashiar", "reseptionist", "ทำอาหร" (a vowel left out),
"sủa xe máy" (a tone mark on the wrong letter), "ជាងដែរ" for "ជាងដេរ" (a tailor). Read
exactly, such an entry names nothing, and the survivor gets whatever the words' letters
resemble. :class:`Misspellings` finds, for a short text in which no term is found, the
terms within a small edit distance of it, or of each part of a keyword list (of three words
at most) and each long word of it ("wants: cashiar").

Only a text that names nothing is read this way (the caller's rule), and only a short one,
or, in a script written without spaces between words (Thai, Burmese, Khmer), the pieces a
longer one sets apart with spaces, each alone and each two side by side run together
("ជួសជល ឡាន", someone spacing every word of a second language and leaving a vowel off):
in an English sentence, or beside a term found, an unknown word is more often a word the
vocabulary does not need ("maker" is no misspelt "baker", "former" no "farmer"). A piece
is compared with the terms written in its own script.

A part matches when one term lies within one edit (insertion, deletion, substitution) of
it, two for parts of nine characters or more; parts of fewer than four characters are left
alone ("文圓" for "文員" is too short to tell from another word). When the nearest terms
name different concepts with none in common, the part is ambiguous and names nothing.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterable, Mapping
from typing import Final

from rapidfuzz import process
from rapidfuzz.distance import Levenshtein

__all__ = ["MAX_SPACED_TEXT", "MAX_TEXT", "Misspellings"]

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
#: The longest text whose pieces in a script written without spaces are read (characters,
#: folded), and the most characters of one such piece.
MAX_SPACED_TEXT: Final = 200
_MAX_SPACED_PIECE: Final = 24
# Thai, Burmese and Khmer, written without spaces between words: a space there sets a phrase
# apart, or, typed by someone who spaces every word, a word.
_UNSPACED_LETTERS: Final = re.compile(r"[\u0e00-\u0e7f\u1000-\u109f\u1780-\u17ff]+")
# What ends a piece of such a text: spaces, list marks and the scripts' own full stops.
_PIECE_ENDS: Final = re.compile(
    r"[\s,/;+&|()（），、；:：\u0e2f\u0e5a\u0e5b\u104a\u104b\u17d4\u17d5]+"
)


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
        # By the script a term starts in: a piece is compared with the terms of its own.
        by_script: dict[str, list[str]] = {}
        for term in sorted(self._concepts):
            by_script.setdefault(_script_of(term), []).append(term)
        self._terms = by_script

    def _folded(self, text: str) -> str:
        return " ".join(self._fold(text).casefold().split())

    def nearest(self, text: str) -> frozenset[str]:
        """The concepts of the terms `text` (or its parts and long words; in a longer text,
        up to :data:`MAX_SPACED_TEXT`, its pieces in a script without spaces) misspells;
        empty when nothing is near enough."""
        folded = self._folded(text)
        if not folded or len(folded) > MAX_SPACED_TEXT:
            return frozenset()
        parts = _parts(folded) if len(folded) <= MAX_TEXT else _spaced_pieces(folded)
        found: set[str] = set()
        for part in parts:
            found |= self._nearest_to(part)
        return frozenset(found)

    def _nearest_to(self, part: str) -> frozenset[str]:
        if len(part) < _MIN_PART:
            return frozenset()
        if part in self._concepts:  # spelt right: the matcher's business, not a misspelling
            return frozenset()
        edits = 1 if len(part) < _TWO_EDITS_FROM else 2
        nearest = process.extract(
            part,
            self._terms.get(_script_of(part), ()),
            scorer=Levenshtein.distance,
            score_cutoff=edits,
            limit=5,
        )
        if not nearest:
            return frozenset()
        fewest = min(distance for _, distance, _ in nearest)
        named = [self._concepts[term] for term, distance, _ in nearest if distance == fewest]
        # Empty when the nearest terms name different concepts: which is meant is unknown.
        return frozenset.intersection(*named)


def _script_of(text: str) -> str:
    """Which script `text` starts in, of those written without spaces ("" for any other)."""
    first = text[:1]
    if _UNSPACED_LETTERS.match(first) is None:
        return ""
    return "thai" if first <= "\u0e7f" else "myanmar" if first <= "\u109f" else "khmer"


def _spaced_pieces(folded: str) -> set[str]:
    """In a longer text, the pieces written in a script without spaces between words, and
    each two side by side run together ("ជួសជល ឡាន": a repair of cars, a vowel left off, by
    someone who spaces every word), where a word of such a script is no word of a sentence
    around it as an English one would be ("former" is no misspelt "farmer")."""
    pieces = [
        piece for piece in _PIECE_ENDS.split(folded) if piece and _UNSPACED_LETTERS.fullmatch(piece)
    ]
    joined = {a + b for a, b in itertools.pairwise(pieces)}
    return {piece for piece in {*pieces, *joined} if len(piece) <= _MAX_SPACED_PIECE}


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
