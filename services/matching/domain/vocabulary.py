"""The multilingual vocabulary of sectors, interests and skills, and the mapper onto it.

Survivors say what they like in everyday words in their own language ("อยากทำงานในร้านกาแฟ",
"Tôi thích trồng rau", "I fixed motorbikes in my village"); employers write English job
descriptions. Both are mapped onto the same concepts, so matching can compare them in concept
space as well as in text space. The vocabulary itself is plain data (see
``matching/vocabulary/README.md``); this module only compiles and applies it, without I/O.

How a text is matched (the vocabulary's terms go through the same normalisation):

* Unicode NFC; zero-width characters removed; the character folding a language file
  declares; in a text with Chinese characters, the OpenCC conversion a language file declares
  (Hong Kong Traditional to Simplified: "照顧小孩" is "照顾小孩", see ``chinese_scripts``);
  casefold.
* Scripts written without spaces between words (Thai, Khmer, Burmese, Chinese, ...): a term
  matches as a substring, with all whitespace removed on both sides, because people space
  these scripts inconsistently.
* Space-separated scripts (English, Vietnamese, Tagalog, ...): a term matches whole words, in
  order, within one clause (punctuation ends a clause). Filler words the language files list
  (articles, possessives, pronouns, classifiers) may come between its words, and so may up to
  the language's ``max_gap`` other words. The word forms a language file asks for are generated
  from its terms: English inflections, Tagalog verb affixes, Vietnamese without tone marks.
* A word written in capitals in a term (``IT``, ``QC``) must be in capitals in the text too,
  so the pronoun "it" never reads as "IT support".
* When the words of one match all lie inside a longer match, only the longer one counts
  ("coffee shop" is coffee, not retail); a phrase listed under ``not`` counts as nothing and
  silences what lies inside it ("state of the art" is not art).

Labels: each language file gives its own; a file may also ask for its labels converted into
another script (``zh`` into ``zh-Hant``, Hong Kong Traditional), which the concepts then carry
as labels of that language, with no terms of their own.

Errors: ``VocabularyError`` (a ``ValueError``) for data that cannot be compiled; ``KeyError``
for an unknown concept id.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from types import MappingProxyType
from typing import Final, TypeAlias

from matching.domain import chinese_scripts

__all__ = [
    "Concept",
    "ConceptKind",
    "Mention",
    "Vocabulary",
    "VocabularyError",
]


class VocabularyError(ValueError):
    """The vocabulary's data is inconsistent; says which language and concept where it can."""

    def __init__(
        self, message: str, *, language: str | None = None, concept_id: str | None = None
    ) -> None:
        super().__init__(message)
        self.language = language
        self.concept_id = concept_id


class ConceptKind(StrEnum):
    SECTOR = "sector"
    INTEREST = "interest"
    SKILL = "skill"


def _frozen_mapping(value: Mapping[str, str] | None = None) -> Mapping[str, str]:
    return MappingProxyType(dict(value or {}))


def _frozen_terms() -> Mapping[str, tuple[str, ...]]:
    return MappingProxyType({})


@dataclass(frozen=True)
class Concept:
    """A sector, interest or skill, with its labels by language and the concepts it goes with.

    `broader` and `narrower` are the hierarchy: a concept is narrower than another when what
    it names is done only within it (massage within beauty and spa, baking within cooking).
    `related` is looser: concepts that go together without one containing the other.
    """

    id: str
    kind: ConceptKind
    labels: Mapping[str, str] = field(default_factory=_frozen_mapping, hash=False)
    related: tuple[str, ...] = ()
    broader: tuple[str, ...] = ()
    narrower: tuple[str, ...] = ()
    # Language -> the terms that name the concept there (alternatives already spelt out).
    terms: Mapping[str, tuple[str, ...]] = field(
        default_factory=_frozen_terms, hash=False, compare=False, repr=False
    )

    def label(self, language: str = "en") -> str:
        """The label in `language`, else in its base language (zh-Hant -> zh), else English."""
        for code in (language, language.split("-")[0], "en"):
            if code in self.labels:
                return self.labels[code]
        return self.id


@dataclass(frozen=True)
class Mention:
    """A concept found in a text, with the words that named it (normalised)."""

    concept_id: str
    phrase: str


# --- text normalisation ---------------------------------------------------------------------

# Scripts written without spaces between words: Thai, Lao, Burmese, Khmer, CJK and kana.
_CONTINUOUS: Final = (
    "\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u19e0-\u19ff\ua9e0-\ua9ff\uaa60-\uaa7f"
    "\u2e80-\u2fdf\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002fa1f"
)
# Characters that end a clause: a term never spans them.
_BREAK_CHARS: Final = frozenset(
    '.,;:!?()[]{}<>"/\\|•·…–—-\n\r\t'
    "。，、！？；：（）「」『』【】《》〈〉﹐﹑︰"
    "\u104a\u104b\u17d4\u17d5\u0e2f\u0e5a\u0e5b"  # Burmese, Khmer and Thai full stops
)
_ZERO_WIDTH: Final = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff"))
_HAS_CONTINUOUS: Final = re.compile(f"[{_CONTINUOUS}]")
# Chinese characters: only a text with one goes through OpenCC (the others never need it).
_HAS_HAN: Final = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002fa1f]")
_WORD_OR_BREAK: Final = re.compile(
    rf"[^\W_{_CONTINUOUS}]+|[{re.escape(''.join(sorted(_BREAK_CHARS)))}]"
)
# A possessive 's goes; hyphens and apostrophes inside a word join it: "mag-ayos" is "magayos",
# "don't" is "dont". The pattern starts with the literal so the regex engine skips ahead to it
# (a leading lookbehind would be tried at every character).
_JOINERS: Final = re.compile(
    r"['’]s\b(?<=\w['’]s)"  # people's -> people
    r"|[-\u2010\u2011'’](?<=\w[-\u2010\u2011'’])(?=\w)"  # mag-ayos -> magayos
)
_WHITESPACE: Final = re.compile(r"\s+")
_ALTERNATIVES: Final = re.compile(r"\{([^{}]*)\}")
_GAP_MARKER: Final = re.compile(r"\s*(?:…|\.\.\.)\s*")
_CONCEPT_ID: Final = re.compile(r"[a-z][a-z0-9_]*")
_LANGUAGE_CODE: Final = re.compile(r"[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*")

_MAX_FILLERS_PER_GAP: Final = 3
_GAP_MARKER_WORDS: Final = 3  # words a "…" stands for between words
_GAP_MARKER_CHARS: Final = 24  # characters a "…" stands for in scripts without spaces
_MAX_GAP: Final = 3
_MAX_ALTERNATIVES: Final = 256
_META: Final = "_meta"
_INTENTS: Final = "_intents"
_ENTRY_KEYS: Final = frozenset({"label", "terms", "not"})
_META_KEYS: Final = frozenset(
    {"name", "fillers", "max_gap", "word_forms", "fold", "opencc", "opencc_labels", "notes"}
)


def _nfc(text: str, fold: Mapping[int, str | None]) -> str:
    return unicodedata.normalize("NFC", text).translate(fold)


@dataclass(frozen=True, slots=True)
class _Folding:
    """What texts and terms alike go through before matching: NFC, then the character table
    (zero-width characters and each language's ``_meta.fold``), then, in a text with Chinese
    characters, the OpenCC conversions languages ask for (``_meta.opencc``)."""

    characters: Mapping[int, str | None]
    conversions: tuple[Callable[[str], str], ...] = ()

    def __call__(self, text: str) -> str:
        folded = _nfc(text, self.characters)
        if self.conversions and _HAS_HAN.search(folded):
            for convert in self.conversions:
                folded = convert(folded)
        return folded


def _words_of(prepared: str) -> list[str]:
    return _WORD_OR_BREAK.findall(_JOINERS.sub("", prepared))


def _is_acronym(word: str) -> bool:
    return len(word) >= 2 and word.isupper()


def _without_diacritics(word: str) -> str:
    decomposed = unicodedata.normalize("NFD", word.replace("đ", "d").replace("Đ", "D"))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


# --- word forms --------------------------------------------------------------------------------

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
    if _is_acronym(word):
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
    """The mag-/nag-/pag- family of a Tagalog verb: magluto -> nagluto, nagluluto, pagluluto."""
    for prefix in _TAGALOG_PREFIXES:
        if word.startswith(prefix) and len(word) - len(prefix) >= 3 and word.isalpha():
            root = _without_reduplication(word[len(prefix) :])
            repeated = _reduplicated(root)
            return (
                {word}
                | {p + root for p in _TAGALOG_PREFIXES}
                | {p + repeated for p in _TAGALOG_PREFIXES}
            )
    return {word}


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


_WORD_FORMS: Final[Mapping[str, Callable[[str], set[str]]]] = {
    "english_inflections": _english_forms,
    "tagalog_affixes": _tagalog_forms,
    "without_diacritics": lambda word: {word, _without_diacritics(word)},
}


# --- compiled terms ----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Word:
    forms: frozenset[str]  # casefolded, or as written when `exact`
    exact: bool
    gap: int  # words of any kind allowed just before this one


@dataclass(frozen=True, slots=True)
class _Language:
    code: str
    fillers: frozenset[str]
    max_gap: int
    word_forms: tuple[tuple[str, Callable[[str], set[str]]], ...]
    # The OpenCC conversion texts and terms go through (``_meta.opencc``), by name.
    opencc: str | None = None
    # Other languages whose labels are this one's converted (``_meta.opencc_labels``).
    opencc_labels: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True, slots=True)
class _Where:
    term: str
    concept_id: str
    language: str
    negative: bool  # a `not` phrase


@dataclass(frozen=True, slots=True)
class _Hit:
    # Bit i set: token i (or, in scripts without spaces, character i) is part of the match.
    positions: int
    concept_ids: tuple[str, ...]  # empty for a `not` phrase
    phrase: str


def _spell_out(term: str) -> list[str]:
    """Expand "{fix|repair} motorbike" into its alternatives."""
    found = _ALTERNATIVES.search(term)
    if found is None:
        return [term]
    spelt: list[str] = []
    for alternative in found.group(1).split("|"):
        spelt.extend(_spell_out(term[: found.start()] + alternative + term[found.end() :]))
        if len(spelt) > _MAX_ALTERNATIVES:
            raise VocabularyError(f"term {term!r} spells out to more than {_MAX_ALTERNATIVES}")
    return spelt


def _string_list(value: object, *, what: str, language: str, concept_id: str | None) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise VocabularyError(
            f"{what} must be a list of strings", language=language, concept_id=concept_id
        )
    return [item for item in value if isinstance(item, str)]


def _table(
    value: object, *, what: str, language: str | None, concept_id: str | None
) -> dict[str, object]:
    if not isinstance(value, Mapping) or not all(isinstance(key, str) for key in value):
        raise VocabularyError(f"{what} must be a table", language=language, concept_id=concept_id)
    return {str(key): item for key, item in value.items()}


def _word(
    token: str, *, gap: int, language: _Language, several: bool, toneless: bool = True
) -> _Word:
    exact = _is_acronym(token)
    forms = {token if exact else token.casefold()}
    for name, make_forms in language.word_forms:
        # One syllable without its tone marks is too ambiguous ("ca": fish, shift, song);
        # and a text written with its marks is matched only as written (``_Matchers``).
        if name == "without_diacritics" and (not several or not toneless):
            continue
        forms |= {form for source in list(forms) for form in make_forms(source)}
    return _Word(forms=frozenset(forms), exact=exact, gap=gap)


class _Compiler:
    """Turns every language's terms into the two matchers: by words, and by substrings.

    ``toneless``: also the diacritic-free forms a language asks for (for texts typed
    without their marks)."""

    def __init__(self, fold: _Folding, *, toneless: bool = True) -> None:
        self.fold = fold
        self.toneless = toneless
        self.by_first_word: dict[str, dict[tuple[_Word, ...], set[str]]] = {}
        self.literals: dict[str, set[str]] = {}
        self.gapped: dict[str, set[str]] = {}
        # What each `not` phrase compiled to, and which concept declared it.
        self.negatives: dict[object, str] = {}
        self.words: dict[tuple[str, int, str, bool], _Word] = {}

    def add(self, term: str, *, concept_id: str, language: _Language, negative: bool) -> None:
        """Compile one spelt-out term of `concept_id`; a `negative` one is a `not` phrase."""
        if any(ch in term for ch in "{}|"):
            raise VocabularyError(
                f"term {term!r} has an unbalanced {{ }} or a stray |",
                language=language.code,
                concept_id=concept_id,
            )
        prepared = self.fold(term).strip()
        parts = _GAP_MARKER.split(prepared)
        if not prepared or any(not part.strip() for part in parts):
            raise VocabularyError(
                f"term {term!r} is empty, or empty on one side of a gap",
                language=language.code,
                concept_id=concept_id,
            )
        where = _Where(term=term, concept_id=concept_id, language=language.code, negative=negative)
        if _HAS_CONTINUOUS.search(prepared):
            self._add_continuous(parts, where)
            return
        tokenised = [_words_of(part) for part in parts]
        if any(not tokens or any(t in _BREAK_CHARS for t in tokens) for tokens in tokenised):
            raise VocabularyError(
                f"term {term!r} has punctuation in it, or a part without words",
                language=language.code,
                concept_id=concept_id,
            )
        self._add_words(tokenised, where, language=language)

    def _claim(self, key: object, ids: set[str], where: _Where) -> None:
        """Record `where`'s term under `key`; a `not` phrase may not also be some concept's term."""
        clash = bool(ids) if where.negative else key in self.negatives
        if clash:
            owner = self.negatives.get(key, where.concept_id)
            raise VocabularyError(
                f"{where.term!r} is both a term and a `not` phrase (of {owner!r}); "
                "a longer term already wins over the shorter ones inside it",
                language=where.language,
                concept_id=where.concept_id,
            )
        if where.negative:
            self.negatives[key] = where.concept_id
        else:
            ids.add(where.concept_id)

    def _add_continuous(self, parts: list[str], where: _Where) -> None:
        compact = [_WHITESPACE.sub("", part).casefold() for part in parts]
        if len(compact) == 1:
            self._claim(compact[0], self.literals.setdefault(compact[0], set()), where)
            return
        breaks = re.escape("".join(sorted(_BREAK_CHARS)))
        # One group per part: a match covers its parts, not what lies between them (as a
        # term of words does), so it never hides a shorter term said in the gap.
        pattern = f"[^{breaks}]{{0,{_GAP_MARKER_CHARS}}}?".join(
            f"({re.escape(part)})" for part in compact
        )
        self._claim(pattern, self.gapped.setdefault(pattern, set()), where)

    def _add_words(self, parts: list[list[str]], where: _Where, *, language: _Language) -> None:
        kept_parts = [
            [t for t in tokens if t.casefold() not in language.fillers] or tokens
            for tokens in parts
        ]
        several = sum(map(len, kept_parts)) > 1
        words: list[_Word] = []
        for index, tokens in enumerate(kept_parts):
            for position, token in enumerate(tokens):
                if not words:
                    gap = 0
                elif index > 0 and position == 0:
                    gap = _GAP_MARKER_WORDS
                else:
                    gap = language.max_gap
                words.append(self._word(token, gap=gap, language=language, several=several))
        self._index(tuple(words), where)
        # "motor bike" also matches "motorbike" and "motor-bike"; "cà phê" also "caphe".
        written = [token for tokens in parts for token in tokens]
        if len(parts) == 1 and len(written) > 1 and not any(map(_is_acronym, written)):
            joined = self._word("".join(written), gap=0, language=language, several=True)
            self._index((joined,), where)

    def _word(self, token: str, *, gap: int, language: _Language, several: bool) -> _Word:
        key = (token, gap, language.code, several)
        if key not in self.words:
            self.words[key] = _word(
                token, gap=gap, language=language, several=several, toneless=self.toneless
            )
        return self.words[key]

    def _index(self, words: tuple[_Word, ...], where: _Where) -> None:
        for form in words[0].forms:
            entries = self.by_first_word.setdefault(form.casefold(), {})
            self._claim(words, entries.setdefault(words, set()), where)


_Term: TypeAlias = tuple[tuple[_Word, ...], tuple[str, ...]]  # words, concept ids


def _merge_alternatives(terms: list[_Term]) -> tuple[_Term, ...]:
    """Fold terms that differ in one word only into one term accepting either word.

    "look after {child|kid|baby}" becomes one term whose last word takes any of the three:
    it matches exactly the same texts, and is tried once instead of three times.
    """
    longest = max((len(words) for words, _ in terms), default=0)
    for position in range(longest - 1, 0, -1):
        merged: dict[object, tuple[list[_Word], tuple[str, ...]]] = {}
        for words, ids in terms:
            if len(words) <= position:
                merged[(words, ids)] = (list(words), ids)
                continue
            word = words[position]
            key = (ids, words[:position], words[position + 1 :], word.exact, word.gap)
            if key in merged:
                kept = merged[key][0]
                kept[position] = _Word(kept[position].forms | word.forms, word.exact, word.gap)
            else:
                merged[key] = (list(words), ids)
        terms = [(tuple(words), ids) for words, ids in merged.values()]
    return tuple(terms)


# words, concept ids, the first word's exact forms (acronyms), the second word's forms casefolded
_Candidate: TypeAlias = tuple[
    tuple[_Word, ...], tuple[str, ...], frozenset[str] | None, frozenset[str] | None
]


def _candidate(words: tuple[_Word, ...], ids: tuple[str, ...]) -> _Candidate:
    """A term with what the hot loop checks before trying to match it word by word."""
    exact_first = words[0].forms if words[0].exact else None
    second = frozenset(f.casefold() for f in words[1].forms) if len(words) > 1 else None
    return words, ids, exact_first, second


_Trie: TypeAlias = dict[str, "_Trie"]


def _trie_pattern(literals: Iterable[str]) -> str:
    """One regex for many literals, sharing prefixes; at each position the longest one wins."""
    trie: _Trie = {}
    for literal in literals:
        node = trie
        for ch in literal:
            node = node.setdefault(ch, {})
        node[""] = {}

    def render(node: _Trie) -> str:
        branches = [re.escape(ch) + render(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return render(trie)


def _tries_by_first_character(literals: Iterable[str]) -> dict[str, re.Pattern[str]]:
    """One trie regex per first character of ``literals`` (see ``_longest_literals``)."""
    by_first: dict[str, list[str]] = {}
    for literal in literals:
        by_first.setdefault(literal[0], []).append(literal)
    return {first: re.compile(_trie_pattern(group)) for first, group in by_first.items()}


def _longest_literals(text: str, tries: Mapping[str, re.Pattern[str]]) -> Iterator[tuple[int, str]]:
    """Each position of ``text`` where a literal starts, with the longest one starting there.

    A position is tried only against the literals that begin with its character: one regex
    over all literals would try each of their first characters in turn (hundreds, for
    Chinese) at every position of the text.
    """
    for start, character in enumerate(text):
        trie = tries.get(character)
        if trie is not None and (found := trie.match(text, start)) is not None:
            yield start, found.group()


class _Compilers:
    """Compiles each term twice: with the diacritic-free word forms, and without them."""

    def __init__(self, fold: _Folding) -> None:
        self.toneless = _Compiler(fold, toneless=True)
        self.toned = _Compiler(fold, toneless=False)

    def add(self, term: str, *, concept_id: str, language: _Language, negative: bool) -> None:
        for compiler in (self.toneless, self.toned):
            compiler.add(term, concept_id=concept_id, language=language, negative=negative)


# A Latin letter carrying a mark (after NFD), or Vietnamese đ: the text was typed with its
# diacritics. Thai, Khmer and Burmese signs lie outside U+0300-U+036F.
_MARKED_LATIN: Final = re.compile("[A-Za-z][\u0300-\u036f]|[đĐ]")


class _Matchers:
    """A text typed with its diacritics is matched only by the terms as written: "thợ may"
    (tailor) must not read as "thợ máy" (mechanic) through the diacritic-free "tho may".
    A text typed without any is matched by the diacritic-free forms too."""

    def __init__(self, compilers: _Compilers, *, fold: _Folding, fillers: frozenset[str]) -> None:
        self._toneless = _Matcher(compilers.toneless, fold=fold, fillers=fillers)
        self._toned = _Matcher(compilers.toned, fold=fold, fillers=fillers)

    def hits(self, text: str) -> list[_Hit]:
        marked = _MARKED_LATIN.search(unicodedata.normalize("NFD", text)) is not None
        return (self._toned if marked else self._toneless).hits(text)


class _Matcher:
    """Finds the terms one compiler compiled in a text: by words, and by substrings."""

    def __init__(
        self,
        compiler: _Compiler,
        *,
        fold: _Folding,
        fillers: frozenset[str],
    ) -> None:
        self._fold = fold
        self._fillers = fillers
        self._by_first_word: dict[str, tuple[_Candidate, ...]] = {
            first: tuple(
                _candidate(words, ids)
                for words, ids in _merge_alternatives(
                    [(words, tuple(sorted(ids))) for words, ids in entries.items()]
                )
            )
            for first, entries in compiler.by_first_word.items()
        }
        self._literal_ids = {lit: tuple(sorted(ids)) for lit, ids in compiler.literals.items()}
        self._literals_from = _tries_by_first_character(self._literal_ids)
        self._gapped = tuple(
            (re.compile(pattern), tuple(sorted(ids))) for pattern, ids in compiler.gapped.items()
        )

    def hits(self, text: str) -> list[_Hit]:
        prepared = self._fold(text)
        hits = _outermost(self._word_hits(prepared))
        if _HAS_CONTINUOUS.search(prepared):
            hits += _outermost(self._continuous_hits(prepared))
        return hits

    def _word_hits(self, prepared: str) -> list[_Hit]:
        raw = _words_of(prepared)
        folded = [token.casefold() for token in raw]
        present = frozenset(folded)
        index = self._by_first_word
        hits: list[_Hit] = []
        starts = [(i, token, index[token]) for i, token in enumerate(folded) if token in index]
        for start, token, candidates in starts:
            for words, concept_ids, exact_first, second in candidates:
                if exact_first is not None and raw[start] not in exact_first:
                    continue
                if second is None:
                    hits.append(_Hit(1 << start, concept_ids, token))
                # Most terms fail on a second word the text does not have at all: one C call.
                elif not second.isdisjoint(present):
                    matched = _match_rest(words, raw, folded, start, self._fillers)
                    if matched is not None:
                        phrase = " ".join(folded[i] for i in matched)
                        mask = sum(1 << i for i in matched)
                        hits.append(_Hit(mask, concept_ids, phrase))
        return hits

    def _continuous_hits(self, prepared: str) -> list[_Hit]:
        compact = _WHITESPACE.sub("", prepared).casefold()
        hits: list[_Hit] = []
        for start, literal in _longest_literals(compact, self._literals_from):
            end = start + len(literal)
            if _whole_syllables(compact, start, end):
                span = ((1 << (end - start)) - 1) << start
                hits.append(_Hit(span, self._literal_ids[literal], literal))
        for pattern, concept_ids in self._gapped:
            for found in pattern.finditer(compact):
                start, end = found.span()
                if _whole_syllables(compact, start, end):
                    span = sum(
                        ((1 << (found.end(g) - found.start(g))) - 1) << found.start(g)
                        for g in range(1, (pattern.groups or 0) + 1)
                    )
                    hits.append(_Hit(span, concept_ids, found.group()))
        return hits


# --- the vocabulary ----------------------------------------------------------------------------


class Vocabulary:
    """Concepts with labels and everyday terms in several languages, and the text mapper.

    Built from plain data shaped like the vocabulary's TOML files: `concepts` maps each concept
    id to ``{"kind", "label", "related", "broader"}``; `languages` maps each language code to
    ``{concept id: {"label", "terms", "not"}, "_meta": {...}}``. Compilation happens here, once,
    so mapping a text is a handful of dictionary look-ups and one regex pass.
    """

    def __init__(
        self,
        *,
        concepts: Mapping[str, object],
        languages: Mapping[str, Mapping[str, object]],
    ) -> None:
        declared = self._declared(concepts)
        metas = {code: self._language(code, data) for code, data in languages.items()}
        characters: dict[int, str | None] = dict(_ZERO_WIDTH)
        for _, folded in metas.values():
            characters.update(folded)
        conversions = sorted({lang.opencc for lang, _ in metas.values() if lang.opencc})
        fold = _Folding(characters, tuple(map(chinese_scripts.converter, conversions)))
        fillers = frozenset().union(*(language.fillers for language, _ in metas.values()))
        compiler = _Compilers(fold)
        intent_compiler = _Compilers(fold)
        intents: set[str] = set()
        labels: dict[str, dict[str, str]] = {
            cid: {"en": label} for cid, (_, label, _, _) in declared.items()
        }
        terms: dict[str, dict[str, tuple[str, ...]]] = {cid: {} for cid in declared}
        for code, data in languages.items():
            language = metas[code][0]
            for concept_id, entry in data.items():
                if concept_id == _META:
                    continue
                if concept_id == _INTENTS:
                    intents |= self._intent_entries(code, entry, intent_compiler, language)
                    continue
                if concept_id not in declared:
                    raise VocabularyError(
                        f"concept {concept_id!r} is not declared in concepts.toml",
                        language=code,
                        concept_id=concept_id,
                    )
                label, spelt = self._entry(code, concept_id, entry, compiler, language)
                if label is not None:
                    labels[concept_id][code] = label
                if spelt:
                    terms[concept_id][code] = spelt
        self._convert_labels(labels, [language for language, _ in metas.values()])
        narrower: dict[str, list[str]] = {cid: [] for cid in declared}
        for cid, (_, _, _, broader) in declared.items():
            for parent in broader:
                narrower[parent].append(cid)
        self._concepts: dict[str, Concept] = {
            cid: Concept(
                id=cid,
                kind=kind,
                labels=_frozen_mapping(labels[cid]),
                related=related,
                broader=broader,
                narrower=tuple(narrower[cid]),
                terms=MappingProxyType(terms[cid]),
            )
            for cid, (kind, _, related, broader) in declared.items()
        }
        self._subtrees: dict[str, frozenset[str]] = {}
        for cid in declared:
            self._subtrees[cid] = self._closure(cid, lambda c: self._concepts[c].narrower)
        self._neighbours: dict[str, set[str]] = {cid: set() for cid in declared}
        for concept in self._concepts.values():
            for other in concept.related:
                self._neighbours[concept.id].add(other)
                self._neighbours[other].add(concept.id)
        self._languages = tuple(sorted(languages))
        self._matcher = _Matchers(compiler, fold=fold, fillers=fillers)
        self._intent_matcher = _Matchers(intent_compiler, fold=fold, fillers=fillers)
        self._intents = frozenset(intents)

    # -- reading the data --

    @staticmethod
    def _convert_labels(labels: dict[str, dict[str, str]], languages: list[_Language]) -> None:
        """Add the labels languages ask for in another script (``_meta.opencc_labels``): the
        ``zh`` labels written in Hong Kong Traditional become the ``zh-Hant`` ones. A label a
        file of that language gives itself wins."""
        for language in languages:
            for target, name in language.opencc_labels:
                convert = chinese_scripts.converter(name)
                for by_language in labels.values():
                    if language.code in by_language and target not in by_language:
                        by_language[target] = convert(by_language[language.code])

    @staticmethod
    def _declared(
        concepts: Mapping[str, object],
    ) -> dict[str, tuple[ConceptKind, str, tuple[str, ...], tuple[str, ...]]]:
        declared: dict[str, tuple[ConceptKind, str, tuple[str, ...], tuple[str, ...]]] = {}
        for concept_id, value in concepts.items():
            if not _CONCEPT_ID.fullmatch(concept_id):
                raise VocabularyError(
                    f"concept id {concept_id!r} must be snake_case ascii", concept_id=concept_id
                )
            entry = _table(
                value, what=f"concept {concept_id!r}", language=None, concept_id=concept_id
            )
            unknown = set(entry) - {"kind", "label", "related", "broader"}
            if unknown:
                raise VocabularyError(
                    f"concept {concept_id!r} has unknown keys {sorted(unknown)}",
                    concept_id=concept_id,
                )
            kind = entry.get("kind")
            if kind not in set(ConceptKind):
                raise VocabularyError(
                    f"concept {concept_id!r} has kind {kind!r}; expected one of "
                    f"{[k.value for k in ConceptKind]}",
                    concept_id=concept_id,
                )
            label = entry.get("label")
            if not isinstance(label, str) or not label.strip():
                raise VocabularyError(
                    f"concept {concept_id!r} has no English label", concept_id=concept_id
                )
            links = {}
            for key in ("related", "broader"):
                ids = entry.get(key, [])
                if not isinstance(ids, list) or not all(isinstance(i, str) for i in ids):
                    raise VocabularyError(
                        f"concept {concept_id!r}: {key} must be a list of concept ids",
                        concept_id=concept_id,
                    )
                links[key] = tuple(dict.fromkeys(map(str, ids)))
            declared[concept_id] = (
                ConceptKind(str(kind)),
                label.strip(),
                links["related"],
                links["broader"],
            )
        for concept_id, (_, _, related, broader) in declared.items():
            for verb, others in (("is related to", related), ("is narrower than", broader)):
                for other in others:
                    if other not in declared:
                        raise VocabularyError(
                            f"concept {concept_id!r} {verb} {other!r}, which is not declared",
                            concept_id=concept_id,
                        )
                    if other == concept_id:
                        raise VocabularyError(
                            f"concept {concept_id!r} {verb} itself", concept_id=concept_id
                        )
        _refuse_cycles({cid: entry[3] for cid, entry in declared.items()})
        return declared

    @staticmethod
    def _closure(concept_id: str, step: Callable[[str], Iterable[str]]) -> frozenset[str]:
        reached = {concept_id}
        frontier = [concept_id]
        while frontier:
            for other in step(frontier.pop()):
                if other not in reached:
                    reached.add(other)
                    frontier.append(other)
        return frozenset(reached)

    @staticmethod
    def _language(code: str, data: Mapping[str, object]) -> tuple[_Language, dict[int, str | None]]:
        if not _LANGUAGE_CODE.fullmatch(code):
            raise VocabularyError(
                f"{code!r} is not a language code like 'th' or 'zh-Hant'", language=code
            )
        meta = _table(data.get(_META, {}), what=_META, language=code, concept_id=None)
        unknown = set(meta) - _META_KEYS
        if unknown:
            raise VocabularyError(f"{_META} has unknown keys {sorted(unknown)}", language=code)
        fillers = _string_list(
            meta.get("fillers", []), what="_meta.fillers", language=code, concept_id=None
        )
        max_gap = meta.get("max_gap", 0)
        if (
            not isinstance(max_gap, int)
            or isinstance(max_gap, bool)
            or not 0 <= max_gap <= _MAX_GAP
        ):
            raise VocabularyError(
                f"_meta.max_gap must be a whole number from 0 to {_MAX_GAP}", language=code
            )
        names = _string_list(
            meta.get("word_forms", []), what="_meta.word_forms", language=code, concept_id=None
        )
        for name in names:
            if name not in _WORD_FORMS:
                raise VocabularyError(
                    f"_meta.word_forms: {name!r} is not one of {sorted(_WORD_FORMS)}",
                    language=code,
                )
        folding = _table(meta.get("fold", {}), what="_meta.fold", language=code, concept_id=None)
        characters: dict[int, str | None] = {}
        for source, target in folding.items():
            if len(source) != 1 or not isinstance(target, str):
                raise VocabularyError(
                    f"_meta.fold maps single characters to text; {source!r} does not",
                    language=code,
                )
            characters[ord(source)] = target
        language = _Language(
            code=code,
            fillers=frozenset(_nfc(f, characters).strip().casefold() for f in fillers if f.strip()),
            max_gap=max_gap,
            word_forms=tuple((name, _WORD_FORMS[name]) for name in names),
            opencc=None
            if "opencc" not in meta
            else Vocabulary._opencc_name(meta["opencc"], what="_meta.opencc", code=code),
            opencc_labels=Vocabulary._opencc_labels(meta.get("opencc_labels", {}), code=code),
        )
        return language, characters

    @staticmethod
    def _opencc_name(value: object, *, what: str, code: str) -> str:
        if not isinstance(value, str) or value not in chinese_scripts.available():
            raise VocabularyError(
                f"{what}: {value!r} is not one of OpenCC's conversions "
                f"{sorted(chinese_scripts.available())}",
                language=code,
            )
        return value

    @staticmethod
    def _opencc_labels(value: object, *, code: str) -> tuple[tuple[str, str], ...]:
        """``_meta.opencc_labels``: language code -> the OpenCC conversion that writes this
        file's labels as that language's (``"zh-Hant" = "s2hk"``)."""
        table = _table(value, what="_meta.opencc_labels", language=code, concept_id=None)
        found: list[tuple[str, str]] = []
        for target, name in sorted(table.items()):
            if not _LANGUAGE_CODE.fullmatch(target) or target == code:
                raise VocabularyError(
                    f"_meta.opencc_labels: {target!r} is not a language code like 'zh-Hant' "
                    "other than the file's own",
                    language=code,
                )
            found.append(
                (
                    target,
                    Vocabulary._opencc_name(name, what=f"_meta.opencc_labels.{target}", code=code),
                )
            )
        return tuple(found)

    @staticmethod
    def _entry(
        code: str,
        concept_id: str,
        value: object,
        compiler: _Compilers,
        language: _Language,
    ) -> tuple[str | None, tuple[str, ...]]:
        entry = _table(value, what=f"entry {concept_id!r}", language=code, concept_id=concept_id)
        unknown = set(entry) - _ENTRY_KEYS
        if unknown:
            raise VocabularyError(
                f"entry {concept_id!r} has unknown keys {sorted(unknown)}; "
                f"expected {sorted(_ENTRY_KEYS)}",
                language=code,
                concept_id=concept_id,
            )
        label = entry.get("label")
        if label is not None and (not isinstance(label, str) or not label.strip()):
            raise VocabularyError(
                f"entry {concept_id!r}: label must be text", language=code, concept_id=concept_id
            )
        written = _string_list(
            entry.get("terms", []), what="terms", language=code, concept_id=concept_id
        )
        excluded = _string_list(
            entry.get("not", []), what="not", language=code, concept_id=concept_id
        )
        spelt: list[str] = []
        for phrases, negative in ((written, False), (excluded, True)):
            for phrase in phrases:
                try:
                    alternatives = _spell_out(phrase)
                except VocabularyError as error:
                    raise VocabularyError(
                        str(error), language=code, concept_id=concept_id
                    ) from None
                for alternative in alternatives:
                    compiler.add(
                        alternative, concept_id=concept_id, language=language, negative=negative
                    )
                    if not negative:
                        spelt.append(alternative)
        return (label.strip() if isinstance(label, str) else None), tuple(dict.fromkeys(spelt))

    @staticmethod
    def _intent_entries(
        code: str, value: object, compiler: _Compilers, language: _Language
    ) -> set[str]:
        """``[_intents]``: intent name -> the terms that say it (``learn = ["want to learn"]``)."""
        table = _table(value, what=_INTENTS, language=code, concept_id=None)
        for name, phrases in table.items():
            if not _CONCEPT_ID.fullmatch(name):
                raise VocabularyError(
                    f"{_INTENTS}: intent name {name!r} must be snake_case ascii", language=code
                )
            written = _string_list(
                phrases, what=f"{_INTENTS}.{name}", language=code, concept_id=None
            )
            for phrase in written:
                try:
                    alternatives = _spell_out(phrase)
                except VocabularyError as error:
                    raise VocabularyError(f"{_INTENTS}.{name}: {error}", language=code) from None
                for alternative in alternatives:
                    compiler.add(alternative, concept_id=name, language=language, negative=False)
        return set(table)

    # -- the concepts --

    @property
    def ids(self) -> tuple[str, ...]:
        return tuple(self._concepts)

    @property
    def languages(self) -> tuple[str, ...]:
        return self._languages

    def __len__(self) -> int:
        return len(self._concepts)

    def __iter__(self) -> Iterator[Concept]:
        return iter(self._concepts.values())

    def __contains__(self, concept_id: object) -> bool:
        return concept_id in self._concepts

    def get(self, concept_id: str) -> Concept:
        try:
            return self._concepts[concept_id]
        except KeyError:
            raise KeyError(f"no concept {concept_id!r} in the vocabulary") from None

    def of_kind(self, kind: ConceptKind | str) -> tuple[Concept, ...]:
        wanted = ConceptKind(kind)
        return tuple(c for c in self._concepts.values() if c.kind is wanted)

    def label(self, concept_id: str, language: str = "en") -> str:
        return self.get(concept_id).label(language)

    def subtree(self, concept_id: str) -> frozenset[str]:
        """`concept_id` and every concept narrower than it, however many levels down."""
        self.get(concept_id)
        return self._subtrees[concept_id]

    def subtrees(self, concept_ids: Iterable[str]) -> frozenset[str]:
        """The union of the subtrees of `concept_ids`; ids the vocabulary lacks stand for
        themselves (a profile may hold an id from an older vocabulary)."""
        found: set[str] = set()
        for concept_id in concept_ids:
            found |= self._subtrees.get(concept_id, {concept_id})
        return frozenset(found)

    def avoided(self, concept_ids: Iterable[str]) -> frozenset[str]:
        """What a survivor's "sectors to avoid" keep away: each sector named, with every
        concept under it; a concept that is not a sector (``fishing``, ``massage``) stands
        for the sector or sectors it lies under (``fishing_aquaculture``), with everything
        under those. Why the whole sector: the field names sectors, and a survivor who
        avoids fishing must not be offered work on a fish farm either; offering a little
        less is the safe side of this rule. Ids the vocabulary lacks stand for themselves.
        """
        named = set(concept_ids)
        for concept_id in list(named):
            concept = self._concepts.get(concept_id)
            if concept is not None and concept.kind is not ConceptKind.SECTOR:
                named |= {
                    a
                    for a in self.ancestors(concept_id)
                    if self._concepts[a].kind is ConceptKind.SECTOR
                }
        return self.subtrees(named)

    def ancestors(self, concept_id: str) -> frozenset[str]:
        """`concept_id` and every concept broader than it, however many levels up."""
        self.get(concept_id)
        return self._closure(concept_id, lambda c: self._concepts[c].broader)

    def related(self, concept_id: str) -> frozenset[str]:
        """Concepts that go with `concept_id`, whichever of the two declared the link."""
        self.get(concept_id)
        return frozenset(self._neighbours[concept_id])

    def expand(
        self, concept_ids: Iterable[str], *, related_weight: float = 0.5, depth: int = 1
    ) -> dict[str, float]:
        """Weights of `concept_ids` (1.0) and of concepts reached through related links.

        A concept `n` links away weighs ``related_weight ** n``; the heaviest path wins.
        """
        if not 0.0 < related_weight <= 1.0:
            raise ValueError("related_weight must be in (0, 1]")
        if depth < 0:
            raise ValueError("depth must not be negative")
        weights: dict[str, float] = {}
        frontier: set[str] = set()
        for concept_id in concept_ids:
            self.get(concept_id)
            weights[concept_id] = 1.0
            frontier.add(concept_id)
        weight = 1.0
        for _ in range(depth):
            weight *= related_weight
            reached = {
                other
                for concept_id in frontier
                for other in self._neighbours[concept_id]
                if other not in weights
            }
            weights.update(dict.fromkeys(reached, weight))
            frontier = reached
        return weights

    # -- mapping text --

    def _hits(self, text: str) -> list[_Hit]:
        return self._matcher.hits(text)

    @property
    def intents(self) -> frozenset[str]:
        """The intents some language file says how to express (``learn``...)."""
        return self._intents

    def intents_in(self, text: str) -> frozenset[str]:
        """Intents a free text expresses, in any language: "I want to learn", "อยากเรียน",
        "muốn học" are all ``learn``. Matched like concept terms, on their own, so that an
        intent phrase and a concept never hide each other ("want to learn cooking" is both
        the intent and cooking)."""
        return frozenset(cid for hit in self._intent_matcher.hits(text) for cid in hit.concept_ids)

    def wants_to_learn(self, text: str) -> bool:
        """Whether the text says the person wants to learn (the ``learn`` intent)."""
        return "learn" in self.intents_in(text)

    def concepts_in(self, text: str) -> frozenset[str]:
        """Ids of the concepts a free text mentions, in any of the vocabulary's languages."""
        return frozenset(cid for hit in self._hits(text) for cid in hit.concept_ids)

    def mentions(self, text: str) -> tuple[Mention, ...]:
        """The concepts a text mentions with the words that named them, in text order."""
        return tuple(
            Mention(concept_id=cid, phrase=hit.phrase)
            for hit in self._hits(text)
            for cid in hit.concept_ids
        )

    def sectors_in(self, text: str) -> frozenset[str]:
        """Sectors a text is about: named directly, or through what is done in them.

        "Deckhand on a fishing boat" names the interest fishing, so it is about fishing and
        aquaculture; "nanny" (childcare) is about domestic and care work and about education.
        An interest brings all its sectors. A skill brings its sector only when it has just
        one: barista brings food service, but customer service, wanted in shops, hotels and
        call centres alike, brings none. Meant for a survivor's sectors to avoid, where
        finding one sector too many is the safer mistake.
        """
        sectors: set[str] = set()
        for concept_id in self.concepts_in(text):
            kind = self._concepts[concept_id].kind
            if kind is ConceptKind.SECTOR:
                sectors.add(concept_id)
                continue
            linked = {
                other
                for other in self._neighbours[concept_id]
                if self._concepts[other].kind is ConceptKind.SECTOR
            }
            if kind is ConceptKind.INTEREST or len(linked) == 1:
                sectors |= linked
        return frozenset(sectors)

    def weights(
        self, text: str, *, related_weight: float = 0.5, depth: int = 1
    ) -> dict[str, float]:
        """`expand` of the concepts a text mentions: the text as a point in concept space."""
        return self.expand(self.concepts_in(text), related_weight=related_weight, depth=depth)


def _refuse_cycles(broader: Mapping[str, tuple[str, ...]]) -> None:
    """A concept may not end up broader than itself through `broader` links."""
    done: set[str] = set()
    for start in broader:
        if start in done:
            continue
        path: list[str] = []
        on_path: set[str] = set()
        stack: list[tuple[str, Iterator[str]]] = [(start, iter(broader[start]))]
        path.append(start)
        on_path.add(start)
        while stack:
            node, parents = stack[-1]
            parent = next(parents, None)
            if parent is None:
                stack.pop()
                path.pop()
                on_path.discard(node)
                done.add(node)
                continue
            if parent in on_path:
                cycle = " -> ".join([*path[path.index(parent) :], parent])
                raise VocabularyError(f"broader links form a cycle: {cycle}", concept_id=parent)
            if parent not in done:
                stack.append((parent, iter(broader[parent])))
                path.append(parent)
                on_path.add(parent)


def _match_rest(
    words: Sequence[_Word],
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
            if token in _BREAK_CHARS:
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


def _whole_syllables(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] neither stops inside a syllable nor starts inside a stack.

    "ရောင်းချ" (to sell) is inside "ရောင်းချင်" (want to sell) and "မီးပြင်" (fix lights) inside
    "မီးပြင်း" (fierce fire): what follows them shows the syllable goes on.
    """
    if end < len(text):
        if unicodedata.category(text[end]).startswith("M"):
            return False
        if end + 1 < len(text) and text[end + 1] in _SYLLABLE_CLOSERS:
            return False
    return not (start > 0 and text[start - 1] in _STACKERS)


def _outermost(hits: list[_Hit]) -> list[_Hit]:
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
