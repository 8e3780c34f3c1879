"""Finding the compiled terms in a text: by words and by substrings, outermost matches only."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final, TypeAlias

from matching.domain.vocabulary.compiler import Compiler, Compilers, Word
from matching.domain.vocabulary.normalisation import (
    BREAK_CHARS,
    HAS_CONTINUOUS,
    WHITESPACE,
    Folding,
    compact_origins,
    word_spans,
    words_of,
)
from matching.domain.vocabulary.tries import longest_literals, tries_by_first_character

__all__ = ["Hit", "Matchers", "Span"]

_MAX_FILLERS_PER_GAP: Final = 3


@dataclass(frozen=True, slots=True)
class Hit:
    """One match of a term in a text: where it lies, its concepts, the words that named it."""

    # Bit i set: token i (or, in scripts without spaces, character i) is part of the match.
    positions: int
    concept_ids: tuple[str, ...]  # empty for a `not` phrase
    phrase: str


@dataclass(frozen=True, slots=True)
class Span:
    """Where one match lies in the folded text (``Folding``), from its first character to
    past its last (words or characters in between included), and its concepts."""

    start: int
    end: int
    concept_ids: tuple[str, ...]


_Term: TypeAlias = tuple[tuple[Word, ...], tuple[str, ...]]  # words, concept ids


def _merge_alternatives(terms: list[_Term], fillers: frozenset[str]) -> tuple[_Term, ...]:
    """Fold terms that differ in one word only into one term accepting either word.

    "look after {child|kid|baby}" becomes one term whose last word takes any of the three:
    it matches exactly the same texts, and is tried once instead of three times. Not where
    the word is a filler kept in its term (Tagalog "hindi =na"): the filler would be found
    first, where the other term skips it ("hindi ko na gusto").
    """
    longest = max((len(words) for words, _ in terms), default=0)
    for position in range(longest - 1, 0, -1):
        merged: dict[object, tuple[list[Word], tuple[str, ...]]] = {}
        for words, ids in terms:
            if len(words) <= position or not words[position].forms.isdisjoint(fillers):
                merged[(words, ids)] = (list(words), ids)
                continue
            word = words[position]
            key = (ids, words[:position], words[position + 1 :], word.exact, word.gap)
            if key in merged:
                kept = merged[key][0]
                kept[position] = Word(kept[position].forms | word.forms, word.exact, word.gap)
            else:
                merged[key] = (list(words), ids)
        terms = [(tuple(words), ids) for words, ids in merged.values()]
    return tuple(terms)


# words, concept ids, the first word's exact forms (acronyms), the second word's forms casefolded
_Candidate: TypeAlias = tuple[
    tuple[Word, ...], tuple[str, ...], frozenset[str] | None, frozenset[str] | None
]


def _candidate(words: tuple[Word, ...], ids: tuple[str, ...]) -> _Candidate:
    """A term with what the hot loop checks before trying to match it word by word."""
    exact_first = words[0].forms if words[0].exact else None
    second = frozenset(f.casefold() for f in words[1].forms) if len(words) > 1 else None
    return words, ids, exact_first, second


# A Latin letter carrying a mark (after NFD), or Vietnamese đ: the text was typed with its
# diacritics. Thai, Khmer and Burmese signs lie outside U+0300-U+036F.
_MARKED_LATIN: Final = re.compile("[A-Za-z][\u0300-\u036f]|[đĐ]")
# Two words side by side typed in plain ASCII letters (the folded text is composed: a marked
# letter is one character, a letter of its own).
_BARE_PAIR: Final = re.compile(r"(?<!\w)[A-Za-z]+[ \t]+[A-Za-z]+(?!\w)")


class Matchers:
    """A text typed with its diacritics is matched by the terms as written: "thợ may"
    (tailor) must not read as "thợ máy" (mechanic) through the diacritic-free "tho may".
    A text typed without any is matched by the diacritic-free forms too; with `bare_words`,
    so are the words of a marked text typed without theirs, two or more together, every one
    of them bare ("muốn làm phien dich": an interpreter), where the terms as written found
    nothing."""

    def __init__(
        self,
        compilers: Compilers,
        *,
        fold: Folding,
        fillers: frozenset[str],
        bare_words: bool = False,
    ) -> None:
        """`bare_words`: whether words typed bare in a marked text are read too (where it
        matters: a concept's terms and the cues that say what is wanted or not)."""
        self._toneless = _Matcher(compilers.toneless, fold=fold, fillers=fillers)
        self._toned = _Matcher(compilers.toned, fold=fold, fillers=fillers)
        self._bare = self._toneless if bare_words else None

    def hits(self, text: str) -> list[Hit]:
        if self._marked(text):
            return self._toned.hits(text, bare=self._bare)
        return self._toneless.hits(text)

    def located(self, text: str, *, words_only: bool = False) -> tuple[str, list[Span]]:
        """The folded text, and where in it each of the outermost matches lies; with
        `words_only`, each run of a match's own words, without the gaps between them ("not …
        again" in "not carry heavy loads again": "not" and "again")."""
        if self._marked(text):
            return self._toned.located(text, bare=self._bare, words_only=words_only)
        return self._toneless.located(text, words_only=words_only)

    @staticmethod
    def _marked(text: str) -> bool:
        return _MARKED_LATIN.search(unicodedata.normalize("NFD", text)) is not None


class _Matcher:
    """Finds the terms one compiler compiled in a text: by words, and by substrings."""

    def __init__(
        self,
        compiler: Compiler,
        *,
        fold: Folding,
        fillers: frozenset[str],
    ) -> None:
        self._fold = fold
        self._fillers = fillers
        self._by_first_word: dict[str, tuple[_Candidate, ...]] = {
            first: tuple(
                _candidate(words, ids)
                for words, ids in _merge_alternatives(
                    [(words, tuple(sorted(ids))) for words, ids in entries.items()], fillers
                )
            )
            for first, entries in compiler.by_first_word.items()
        }
        self._literal_ids = {lit: tuple(sorted(ids)) for lit, ids in compiler.literal_terms.items()}
        self._literals_from = tries_by_first_character(self._literal_ids)
        self._gapped = tuple(
            (re.compile(pattern), tuple(sorted(ids))) for pattern, ids in compiler.gapped.items()
        )

    def hits(self, text: str, *, bare: _Matcher | None = None) -> list[Hit]:
        """The outermost matches in `text`; with `bare`, also that matcher's of words typed
        without their marks (``Matchers``)."""
        prepared = self._fold(text)
        hits = self._outermost_word_hits(prepared, bare)
        if HAS_CONTINUOUS.search(prepared):
            hits += _outermost(self._continuous_hits(prepared))
        return hits

    def located(
        self, text: str, *, bare: _Matcher | None = None, words_only: bool = False
    ) -> tuple[str, list[Span]]:
        prepared = self._fold(text)
        spans: list[Span] = []
        spanned = _runs if words_only else _span_of
        word_hits = self._outermost_word_hits(prepared, bare)
        if word_hits:
            words = word_spans(prepared)
            spans += [span for hit in word_hits for span in spanned(hit, words)]
        if HAS_CONTINUOUS.search(prepared):
            character_hits = _outermost(self._continuous_hits(prepared))
            if character_hits:
                characters = [(i, i + 1) for i in compact_origins(prepared)]
                spans += [span for hit in character_hits for span in spanned(hit, characters)]
        return prepared, spans

    def _outermost_word_hits(self, prepared: str, bare: _Matcher | None) -> list[Hit]:
        hits = _outermost(self._word_hits(prepared))
        if bare is not None:
            hits += bare._bare_word_hits(prepared, beside=hits)
        return hits

    def _bare_word_hits(self, prepared: str, *, beside: Sequence[Hit]) -> list[Hit]:
        """In a text typed with its marks, this matcher's matches of two words or more that
        are each typed without any (plain ASCII letters), none of them in a match `beside`."""
        if not _BARE_PAIR.search(prepared):
            return []  # no two bare words side by side: most marked texts stop here
        bare = sum(
            1 << i
            for i, token in enumerate(words_of(prepared))
            if token.isascii() and token.isalpha()
        )
        taken = 0
        for hit in beside:
            taken |= hit.positions
        return [
            hit
            for hit in _outermost(self._word_hits(prepared))
            if hit.positions & (hit.positions - 1)  # two words or more
            and not hit.positions & ~bare
            and not hit.positions & taken
        ]

    def _word_hits(self, prepared: str) -> list[Hit]:
        raw = words_of(prepared)
        folded = [token.casefold() for token in raw]
        present = frozenset(folded)
        index = self._by_first_word
        hits: list[Hit] = []
        starts = [(i, token, index[token]) for i, token in enumerate(folded) if token in index]
        for start, token, candidates in starts:
            for words, concept_ids, exact_first, second in candidates:
                if exact_first is not None and raw[start] not in exact_first:
                    continue
                if second is None:
                    hits.append(Hit(1 << start, concept_ids, token))
                # Most terms fail on a second word the text does not have at all: one C call.
                elif not second.isdisjoint(present):
                    matched = _match_rest(words, raw, folded, start, self._fillers)
                    if matched is not None:
                        phrase = " ".join(folded[i] for i in matched)
                        mask = sum(1 << i for i in matched)
                        hits.append(Hit(mask, concept_ids, phrase))
        return hits

    def _continuous_hits(self, prepared: str) -> list[Hit]:
        compact = WHITESPACE.sub("", prepared).casefold()
        hits: list[Hit] = []
        for start, longest in longest_literals(compact, self._literals_from):
            # The longest literal here may end inside a syllable where a shorter one does not
            # ("แต่ง", to dress, is no word in "แต่งาน", but the work; "แต่", but, is).
            for end in range(start + len(longest), start, -1):
                literal = compact[start:end]
                if literal in self._literal_ids and _whole_syllables(compact, start, end):
                    span = ((1 << (end - start)) - 1) << start
                    hits.append(Hit(span, self._literal_ids[literal], literal))
                    break
        for pattern, concept_ids in self._gapped:
            for found in pattern.finditer(compact):
                start, end = found.span()
                if _whole_syllables(compact, start, end):
                    span = sum(
                        ((1 << (found.end(g) - found.start(g))) - 1) << found.start(g)
                        for g in range(1, (pattern.groups or 0) + 1)
                    )
                    hits.append(Hit(span, concept_ids, found.group()))
        return hits


def _span_of(hit: Hit, where: Sequence[tuple[int, int]]) -> list[Span]:
    return [_span(hit, where)]


def _runs(hit: Hit, where: Sequence[tuple[int, int]]) -> list[Span]:
    """`hit` as one span for each run of its tokens (or characters) side by side."""
    spans = []
    positions = hit.positions
    while positions:
        first = (positions & -positions).bit_length() - 1
        run = positions >> first
        length = (~run & (run + 1)).bit_length() - 1  # the run of ones from the lowest bit
        spans.append(Span(where[first][0], where[first + length - 1][1], hit.concept_ids))
        positions &= ~(((1 << length) - 1) << first)
    return spans


def _span(hit: Hit, where: Sequence[tuple[int, int]]) -> Span:
    """`hit` as a span of the folded text; `where` locates each token (or character) of it."""
    first = (hit.positions & -hit.positions).bit_length() - 1
    last = hit.positions.bit_length() - 1
    return Span(where[first][0], where[last][1], hit.concept_ids)


def _match_rest(
    words: Sequence[Word],
    raw: Sequence[str],
    folded: Sequence[str],
    start: int,
    skippable: frozenset[str],
) -> list[int] | None:
    """Token indices of `words` matched from `start`, skipping fillers and allowed gaps."""
    matched = [start]
    position = start + 1
    end = len(folded)
    for word in words[1:]:
        fillers = others = 0
        while True:
            if position >= end:
                return None
            token = folded[position]
            if token in BREAK_CHARS:
                return None
            if (raw[position] if word.exact else token) in word.forms:
                matched.append(position)
                position += 1
                break
            if token in skippable and fillers < _MAX_FILLERS_PER_GAP:
                fillers += 1
            elif others < word.gap:
                others += 1
            else:
                return None
            position += 1
    return matched


# Burmese and Khmer write a consonant below the one before it after these signs; in Burmese
# a consonant followed by the asat (or by the stacking sign) closes the syllable before it.
_STACKERS: Final = frozenset("\u1039\u17d2")
_SYLLABLE_CLOSERS: Final = frozenset("\u103a\u1039")
# Thai vowels written after their consonant that Unicode counts as letters, not marks
# (ะ า ำ ๅ): the consonant before one starts a syllable, it never ends the one before.
_THAI_FOLLOWING_VOWELS: Final = frozenset("\u0e30\u0e32\u0e33\u0e45")


def _whole_syllables(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] neither stops inside a syllable nor starts inside a stack.

    "ရောင်းချ" (to sell) is inside "ရောင်းချင်" (want to sell) and "မီးပြင်" (fix lights) inside
    "မီးပြင်း" (fierce fire): what follows them shows the syllable goes on. So is "แต่ง" (to
    dress) inside "แต่งาน" (but the work...): the ง before า starts "งาน".
    """
    if end < len(text):
        if unicodedata.category(text[end]).startswith("M") or text[end] in _THAI_FOLLOWING_VOWELS:
            return False
        if end + 1 < len(text) and text[end + 1] in _SYLLABLE_CLOSERS:
            return False
    return not (start > 0 and text[start - 1] in _STACKERS)


def _outermost(hits: list[Hit]) -> list[Hit]:
    """Drop matches whose words lie inside a longer match or inside a `not` phrase."""
    unique = list({(hit.positions, hit.concept_ids): hit for hit in hits}.values())
    seen = shared = 0
    for hit in unique:
        shared |= seen & hit.positions
        seen |= hit.positions
    return [
        hit
        for hit in unique
        if hit.concept_ids
        and (
            not hit.positions & shared  # overlaps nothing: nothing can contain it
            or not any(
                hit.positions | other.positions == other.positions
                and (
                    other.positions.bit_count() > hit.positions.bit_count() or not other.concept_ids
                )
                for other in unique
                if other is not hit
            )
        )
    ]
