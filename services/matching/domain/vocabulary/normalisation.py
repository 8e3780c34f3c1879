"""What texts and terms alike go through before matching, and how they are cut into words."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Final

__all__ = [
    "BREAK_CHARS",
    "FULL_WIDTH",
    "HAS_CONTINUOUS",
    "WHITESPACE",
    "ZERO_WIDTH",
    "Folding",
    "compact_origins",
    "is_acronym",
    "nfc",
    "unmasked",
    "unspaced",
    "without_diacritics",
    "word_spans",
    "words_of",
]

# Scripts written without spaces between words: Thai, Lao, Burmese, Khmer, CJK and kana.
_CONTINUOUS: Final = (
    "\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u19e0-\u19ff\ua9e0-\ua9ff\uaa60-\uaa7f"
    "\u2e80-\u2fdf\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002fa1f"
)
# Characters that end a clause: a term never spans them.
BREAK_CHARS: Final = frozenset(
    '.,;:!?()[]{}<>"/\\|•·…–—-\n\r\t'
    "。，、！？；：（）「」『』【】《》〈〉﹐﹑︰"
    "\u104a\u104b\u17d4\u17d5\u0e2f\u0e5a\u0e5b"  # Burmese, Khmer and Thai full stops
)
# Characters read as nothing: the zero-width ones and the soft hyphen, and every other one
# that shows nothing a poster can put inside a word to hide it from a filter (session 37's
# probe: "pass\u034fport"): the combining grapheme joiner, the Mongolian vowel separator,
# invisible operators, Khmer's two invisible vowels, Hangul fillers, variation selectors,
# and bidirectional marks and controls.
ZERO_WIDTH: Final = dict.fromkeys(
    map(
        ord,
        "\u00ad\u034f\u115f\u1160\u17b4\u17b5\u180e\u200b\u200c\u200d\u200e\u200f"
        "\u202a\u202b\u202c\u202d\u202e\u2060\u2061\u2062\u2063\u2064\u2066\u2067"
        "\u2068\u2069\u3164\ufeff\uffa0" + "".join(map(chr, range(0xFE00, 0xFE10))),
    )
)
# Full-width Latin letters and figures read as their ASCII forms (NFKC's fold for them:
# "ｐａｓｓｐｏｒｔ" is "passport"); full-width punctuation, which Chinese is written with,
# stays as it is.
FULL_WIDTH: Final = {
    **{0xFF10 + i: chr(0x30 + i) for i in range(10)},
    **{0xFF21 + i: chr(0x41 + i) for i in range(26)},
    **{0xFF41 + i: chr(0x61 + i) for i in range(26)},
}
HAS_CONTINUOUS: Final = re.compile(f"[{_CONTINUOUS}]")
# Chinese characters: only a text with one goes through OpenCC (the others never need it).
_HAS_HAN: Final = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002fa1f]")
# A word is a run of letters or a run of figures: "25kg" is "25" and "kg", as "25 kg" is.
_WORD_OR_BREAK: Final = re.compile(
    rf"[^\D{_CONTINUOUS}]+|[^\W\d_{_CONTINUOUS}]+|[{re.escape(''.join(sorted(BREAK_CHARS)))}]"
)
# A possessive 's goes; hyphens and apostrophes inside a word join it: "mag-ayos" is "magayos",
# "don't" is "dont"; a thousands separator inside a figure goes: "3,500 baht" is one figure,
# not a clause ending after the 3 ("150.000 đồng" too). The pattern starts with the literal
# so the regex engine skips ahead to it (a leading lookbehind would be tried at every
# character).
_JOINERS: Final = re.compile(
    r"['’]s\b(?<=\w['’]s)"  # people's -> people
    r"|[-\u2010\u2011'’](?<=\w[-\u2010\u2011'’])(?=\w)"  # mag-ayos -> magayos
    r"|[,.](?<=\d[,.])(?=\d{3}(?!\d))"  # 3,500 -> 3500
)
WHITESPACE: Final = re.compile(r"\s+")


# What a poster writes for a letter to hide a word from a filter: a symbol or figure that
# looks like it, between a word's letters ("p@ssport", "pa$$port", "passp0rt"), or the
# word's letters spaced out ("p a s s p o r t", "p.a.s.s.p.o.r.t").
_LOOK_ALIKES: Final = {"@": "a", "$": "s", "0": "o", "1": "i", "3": "e", "4": "a", "€": "e"}
_LETTER: Final = r"[^\W\d_]"
_MASK: Final = re.compile(rf"(?<={_LETTER})[@$€0134]+(?={_LETTER})")
_SPACED_OUT: Final = re.compile(rf"(?<!\w)(?:{_LETTER}[ .*_\-]){{3,}}{_LETTER}(?!\w)")
_SPACING: Final = re.compile(r"[ .*_\-]")


def unmasked(text: str) -> str:
    """`text` with the letters a poster masked given back: look-alike symbols and figures
    between a word's letters ("p@ssport" is "passport"), and words spelt out letter by
    letter joined ("p a s s p o r t"). Figures that stand alone, start or end a word ("3
    months", "10am", "COVID-19") stay; an e-mail address loses its "@" to an "a", which
    says no condition."""
    text = _MASK.sub(lambda mask: "".join(_LOOK_ALIKES[ch] for ch in mask.group()), text)
    return _SPACED_OUT.sub(lambda run: _SPACING.sub("", run.group()), text)


# Spaces between two letters of scripts written without them: "พ า ส ป อ ต", "户 照".
_SPACE_IN_CONTINUOUS: Final = re.compile(f"(?<=[{_CONTINUOUS}]) +(?=[{_CONTINUOUS}])")


def unspaced(text: str) -> str:
    """`text` without the spaces between letters of scripts written without spaces (Thai,
    Khmer, Burmese, Chinese): a word a poster spaced out to slip past a filter ("ប៉ា ស្ព័ រ",
    "ပ တ် စ ပို့") is whole again. Phrases those spaces set apart run together, so it is
    read only for what one sentence says as a whole (``Vocabulary.papers_kept_in``)."""
    return _SPACE_IN_CONTINUOUS.sub("", text)


def nfc(text: str, fold: Mapping[int, str | None]) -> str:
    """`text` in Unicode NFC, with the characters of `fold` replaced or removed."""
    return unicodedata.normalize("NFC", text).translate(fold)


@dataclass(frozen=True, slots=True)
class Folding:
    """What texts and terms alike go through before matching: NFC, then the character table
    (zero-width characters and each language's ``_meta.fold``), then, in a text with Chinese
    characters, the OpenCC conversions languages ask for (``_meta.opencc``)."""

    characters: Mapping[int, str | None]
    conversions: tuple[Callable[[str], str], ...] = ()

    def __call__(self, text: str) -> str:
        folded = nfc(text, self.characters)
        if self.conversions and _HAS_HAN.search(folded):
            for convert in self.conversions:
                folded = convert(folded)
        return folded

    def aligned(self, text: str) -> tuple[str, tuple[int, ...] | None]:
        """The folded text, and for each of its characters the index in `text` of the
        character it comes from; None where the two cannot be aligned.

        Each character is folded with the marks that follow it (NFC composes a letter with
        its marks: Vietnamese typed as "e" + U+0301 is "é"), so a folded character points
        at the letter it was made of. Where folding piece by piece does not give as many
        characters as folding the whole (no text of the shipped languages does that), there
        is no alignment.
        """
        folded = self(text)
        origins: list[int] = []
        start = 0
        for end in [*_cluster_starts(text)[1:], len(text)]:
            origins.extend([start] * len(self(text[start:end])))
            start = end
        return folded, (tuple(origins) if len(origins) == len(folded) else None)


def _cluster_starts(text: str) -> list[int]:
    """Where each character that is not a mark starts (a text's first character always)."""
    return [
        i for i, ch in enumerate(text) if i == 0 or not unicodedata.category(ch).startswith("M")
    ]


def words_of(prepared: str) -> list[str]:
    """The words of a folded text, each punctuation mark that ends a clause as a token."""
    return _WORD_OR_BREAK.findall(_JOINERS.sub("", prepared))


def word_spans(prepared: str) -> list[tuple[int, int]]:
    """Where each of ``words_of(prepared)`` lies in `prepared`: (start, end) of each."""
    kept: list[int] = []  # the index in `prepared` of each character the joiners leave
    previous = 0
    for joiner in _JOINERS.finditer(prepared):
        kept.extend(range(previous, joiner.start()))
        previous = joiner.end()
    kept.extend(range(previous, len(prepared)))
    joined = _JOINERS.sub("", prepared)
    return [
        (kept[found.start()], kept[found.end() - 1] + 1)
        for found in _WORD_OR_BREAK.finditer(joined)
    ]


def compact_origins(prepared: str) -> list[int]:
    """The index in `prepared` of each character of its compact form (whitespace removed,
    casefolded), where scripts without spaces are matched."""
    return [i for i, ch in enumerate(prepared) if not ch.isspace() for _ in ch.casefold()]


def is_acronym(word: str) -> bool:
    """A word in capitals (``IT``, ``QC``): matched only in capitals."""
    return len(word) >= 2 and word.isupper()


def without_diacritics(word: str) -> str:
    """`word` without its marks: "phở" -> "pho", Vietnamese đ -> d."""
    decomposed = unicodedata.normalize("NFD", word.replace("đ", "d").replace("Đ", "D"))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))
