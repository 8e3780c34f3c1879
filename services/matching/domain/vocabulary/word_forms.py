"""The word forms a language file may ask for (``_meta.word_forms``), generated from its terms:
English inflections, Tagalog verb affixes, Vietnamese without tone marks."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from typing import Final

from matching.domain.vocabulary.normalisation import is_acronym, without_diacritics

__all__ = ["WORD_FORMS"]

_VOWELS: Final = frozenset("aeiou")
_IRREGULAR: Final[Mapping[str, tuple[str, ...]]] = {
    "be": ("am", "is", "are", "was", "were", "been", "being"),
    "bring": ("brought",),
    "build": ("built",),
    "buy": ("bought",),
    "catch": ("caught",),
    "child": ("children",),
    "do": ("did", "done", "does", "doing"),
    "draw": ("drew", "drawn"),
    "drive": ("drove", "driven"),
    "feed": ("fed",),
    "foot": ("feet",),
    "get": ("got", "gotten"),
    "go": ("went", "gone", "goes", "going"),
    "grow": ("grew", "grown"),
    "have": ("had", "has", "having"),
    "keep": ("kept",),
    "knife": ("knives",),
    "lay": ("laid",),
    "lead": ("led",),
    "learn": ("learnt",),
    "make": ("made",),
    "man": ("men",),
    "meet": ("met",),
    "person": ("people",),
    "ride": ("rode", "ridden"),
    "run": ("ran",),
    "sell": ("sold",),
    "sew": ("sewn",),
    "sit": ("sat",),
    "speak": ("spoke", "spoken"),
    "spend": ("spent",),
    "sweep": ("swept",),
    "take": ("took", "taken"),
    "teach": ("taught",),
    "tell": ("told",),
    "weave": ("wove", "woven"),
    "woman": ("women",),
    "write": ("wrote", "written"),
}


def _english_forms(word: str) -> set[str]:
    """Plural, third person, -ing and -ed forms of an English word (generous, never lemmatises)."""
    if not (word.isascii() and word.isalpha()) or len(word) < 2:
        return {word}
    if is_acronym(word):
        return {word, word + "s"}
    forms = {word, *_IRREGULAR.get(word, ())}
    consonant_y = word.endswith("y") and word[-2] not in _VOWELS
    if word.endswith(("s", "x", "z", "ch", "sh", "o")):
        forms.add(word + "es")
    if consonant_y:
        forms.update((word[:-1] + "ies", word[:-1] + "ied", word + "ing"))
    else:
        forms.add(word + "s")
    if word.endswith("fe"):
        forms.add(word[:-2] + "ves")
    elif word.endswith("f"):
        forms.add(word[:-1] + "ves")
    if consonant_y:
        return forms
    if word.endswith("ie"):
        forms.update((word[:-2] + "ying", word + "d"))
    elif word.endswith("e") and not word.endswith(("ee", "ye", "oe")):
        forms.update((word[:-1] + "ing", word + "d"))
    else:
        for stem in _ing_stems(word):
            forms.update((stem + "ing", stem + "ed"))
    return forms


def _ing_stems(word: str) -> tuple[str, ...]:
    """`word`, doubled before -ing/-ed after a short vowel ("shop" -> "shopping")."""
    ends_cvc = (
        len(word) >= 3
        and word[-1] not in _VOWELS
        and word[-1] not in "wxy"
        and word[-2] in _VOWELS
        and word[-3] not in _VOWELS
    )
    if not ends_cvc:
        return (word,)
    if len(re.findall(r"[aeiouy]+", word)) == 1:
        return (word + word[-1],)  # car -> carring, never caring
    return (word, word + word[-1])  # visit -> visiting, babysit -> babysitting


_TAGALOG_PREFIXES: Final = ("mag", "nag", "pag")


def _tagalog_forms(word: str) -> set[str]:
    """The mag-/nag-/pag- family of a Tagalog verb (magluto -> nagluto, nagluluto,
    pagluluto), and its -um- family, the other way to say who does it (maggupit ->
    gumupit, gumugupit, gugupit: cut, cutting, will cut)."""
    for prefix in _TAGALOG_PREFIXES:
        if word.startswith(prefix) and len(word) - len(prefix) >= 3 and word.isalpha():
            root = _without_reduplication(word[len(prefix) :])
            repeated = _reduplicated(root)
            return (
                {word}
                | {p + root for p in _TAGALOG_PREFIXES}
                | {p + repeated for p in _TAGALOG_PREFIXES}
                | {_with_um(root), _with_um(repeated), repeated}
            )
    return {word}


def _with_um(stem: str) -> str:
    """The -um- infix: after a first consonant (gupit -> gumupit), before a first vowel
    (ani -> umani)."""
    return "um" + stem if stem[0] in _VOWELS else stem[0] + "um" + stem[1:]


def _reduplicated(root: str) -> str:
    if root[0] in _VOWELS:
        return root[0] + root
    first_vowel = next((ch for ch in root if ch in _VOWELS), "")
    return root[0] + first_vowel + root


def _without_reduplication(stem: str) -> str:
    if len(stem) < 5:
        return stem
    if stem[0] in _VOWELS and stem[1] == stem[0]:
        return stem[1:]
    rest = stem[2:]
    first_vowel = next((ch for ch in rest if ch in _VOWELS), "")
    repeats_first_syllable = (
        stem[0] not in _VOWELS and stem[1] == first_vowel and rest[0] == stem[0]
    )
    return rest if repeats_first_syllable else stem


WORD_FORMS: Final[Mapping[str, Callable[[str], set[str]]]] = {
    "english_inflections": _english_forms,
    "tagalog_affixes": _tagalog_forms,
    "without_diacritics": lambda word: {word, without_diacritics(word)},
}
