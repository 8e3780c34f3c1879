"""Compiling the terms of every language: spelt out, folded, cut into words with their forms.

A term in a script written with spaces becomes a sequence of words indexed by its first
word's forms; one in a script without spaces becomes a literal, or a pattern when it has a
gap ("…"), and, in a language with verb particles (Chinese 过, 了...), also a form with
one after the term's first or second character. ``Compilers`` compiles each term twice,
with and without the diacritic-free forms, for the matcher to choose by how a text was
typed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Final

from matching.domain.vocabulary.concepts import VocabularyError
from matching.domain.vocabulary.normalisation import (
    BREAK_CHARS,
    HAS_CONTINUOUS,
    WHITESPACE,
    Folding,
    is_acronym,
    words_of,
)

__all__ = ["Compiler", "Compilers", "Language", "Word", "spell_out", "with_particles"]

_ALTERNATIVES: Final = re.compile(r"\{([^{}]*)\}")
_GAP_MARKER: Final = re.compile(r"\s*(?:…|\.\.\.)\s*")
# A word written "=na" in a term is kept there though it is one of the language's fillers:
# Tagalog "hindi =na" (no longer) is not "hindi" (not).
_KEPT_FILLER: Final = re.compile(r"=(\w+)")

_GAP_MARKER_WORDS: Final = 3  # words a "…" stands for between words
_GAP_MARKER_CHARS: Final = 24  # characters a "…" stands for in scripts without spaces
_MAX_ALTERNATIVES: Final = 256


@dataclass(frozen=True, slots=True)
class Word:
    """One word of a compiled term: the forms it matches, and the gap allowed before it."""

    forms: frozenset[str]  # casefolded, or as written when `exact`
    exact: bool
    gap: int  # words of any kind allowed just before this one


@dataclass(frozen=True, slots=True)
class Language:
    """What a language file's ``_meta`` says: how to compile its terms, and where its
    clauses end (``dislikes``)."""

    code: str
    fillers: frozenset[str]
    max_gap: int
    word_forms: tuple[tuple[str, Callable[[str], set[str]]], ...]
    # The OpenCC conversion texts and terms go through (``_meta.opencc``), by name.
    opencc: str | None = None
    # Other languages whose labels are this one's converted (``_meta.opencc_labels``).
    opencc_labels: tuple[tuple[str, str], ...] = ()
    # Words that end a clause ("but"; ``_meta.contrast``), and longer words that contain one
    # without being one (Thai "แต่ง", to dress, contains "แต่", but; ``_meta.contrast_not``).
    contrast: tuple[str, ...] = ()
    contrast_not: tuple[str, ...] = ()
    # Words that start a new wish ("and I want", "อยาก", "想"; ``_meta.wish``): a dislike
    # before them reaches no further. Longer words containing one (``_meta.wish_not``).
    wish: tuple[str, ...] = ()
    wish_not: tuple[str, ...] = ()
    # Who speaks in an interview transcript ("Social worker:", "社工：", "Q:"; ``_meta.
    # speaker_labels``): before a colon, the label is no part of what the person said.
    speaker_labels: tuple[str, ...] = ()
    speaker_labels_not: tuple[str, ...] = ()
    # How a speaker takes back what they just named ("no I mean", "ไม่ใช่ๆ", "不是不是";
    # ``_meta.corrections``): the thing named right before is no part of what they said.
    corrections: tuple[str, ...] = ()
    corrections_not: tuple[str, ...] = ()
    # The one who asks in a transcript of an intake conversation (``_meta.asking_labels``:
    # "Officer:", "Q:", "จนท.:", "Cán bộ:", "社工："): what that turn names is the officer's
    # question or suggestion, no wish, unless the answer takes it up (``agreement``: "yes",
    # "ได้ค่ะ", "được", "opo", "可以") without declining it (``declining``: "no", "ไม่",
    # "không", "hindi", "不"). A question or suggestion told of (``asked``: "I asked if she
    # likes", "ถามว่า", "Tôi hỏi em", "Tinanong ko kung", "我問佢") is no wish either, to its
    # clause's end (``Vocabulary.without_asked``).
    asking_labels: tuple[str, ...] = ()
    asking_labels_not: tuple[str, ...] = ()
    agreement: tuple[str, ...] = ()
    agreement_not: tuple[str, ...] = ()
    declining: tuple[str, ...] = ()
    declining_not: tuple[str, ...] = ()
    asked: tuple[str, ...] = ()
    asked_not: tuple[str, ...] = ()
    # Words that refuse what follows only when they open a clause ("not the sewing class",
    # "no factory pls"; ``_meta.dislike_opening``): anywhere else they refuse nothing ("I
    # never had the chance to learn sewing").
    dislike_opening: tuple[str, ...] = ()
    dislike_opening_not: tuple[str, ...] = ()
    # The labels of an intake form copied into the words, before a colon ("Goal:", "Past
    # work:", "Barriers:", "Does not want:"; ``_meta.form_wish``, ``form_told``,
    # ``form_aside``, ``form_refused``): what follows each, to the next label, is a wish,
    # work done or a skill held, a need that is no wish, or a refusal.
    form_wish: tuple[str, ...] = ()
    form_wish_not: tuple[str, ...] = ()
    form_told: tuple[str, ...] = ()
    form_told_not: tuple[str, ...] = ()
    form_aside: tuple[str, ...] = ()
    form_aside_not: tuple[str, ...] = ()
    form_refused: tuple[str, ...] = ()
    form_refused_not: tuple[str, ...] = ()
    # Someone else's wish for the person ("my mother wants me to", "แม่อยากให้", "ចង់ឲ្យ",
    # "想让她"; ``_meta.others_wish``): a wish word inside one is no wish of theirs.
    others_wish: tuple[str, ...] = ()
    others_wish_not: tuple[str, ...] = ()
    # Phrases end at spaces (Thai, Khmer; ``_meta.phrases_end_at_spaces``).
    phrases_end_at_spaces: bool = False
    # Words that join a phrase to the one before it across such a space ("និង", "และ": and;
    # ``_meta.joins``): a wish goes on over it. Longer words containing one (``joins_not``).
    joins: tuple[str, ...] = ()
    joins_not: tuple[str, ...] = ()
    # The object comes before the verb (Burmese; ``_meta.object_before_verb``).
    object_before_verb: bool = False
    # Words that end a statement of what was done (Burmese "…ခဲ့တယ်": did; ``_meta.told_ends``):
    # a wish said after it, last in its clause, reaches back no further.
    told_ends: tuple[str, ...] = ()
    told_ends_not: tuple[str, ...] = ()
    # The topic may come first and the dislike after it, followed only by softeners and
    # particles (Thai, Vietnamese; ``_meta.topic_before_dislike``, ``_meta.dislike_tail``).
    topic_before_dislike: bool = False
    dislike_tail: tuple[str, ...] = ()
    # What may stand before such a dislike in its phrase and leave the topic's phrase before
    # it governed: a subject ("ฉัน", "ខ្ញុំ"; ``_meta.dislike_head``).
    dislike_head: tuple[str, ...] = ()
    # What may follow a verb inside a term written without spaces (Chinese aspect: 做过饭,
    # 照顾过老人, Cantonese 车咗衫; ``_meta.verb_particles``).
    verb_particles: tuple[str, ...] = ()
    # What says something about legal proceedings (a court case, testifying, a statement to
    # the police; ``_meta.legal_proceedings``): a survivor's clause holding one is not read
    # at all. Longer words that contain one without saying it (``legal_proceedings_not``).
    legal_proceedings: tuple[str, ...] = ()
    legal_proceedings_not: tuple[str, ...] = ()
    # How a job's text says the employer's side keeps workers' identity papers, in one
    # sentence (``Vocabulary.papers_kept_in``): a word for the papers (``_meta.papers``), a
    # word for keeping them (``papers_kept``: keep, hold, hand in, เก็บ, giữ, 保管), and
    # neither a denial before it in its clause (``papers_denied``: not, ไม่, không, 不) nor,
    # anywhere in the sentence, a word that leaves them with the worker or makes the
    # mention an ordinary one (``papers_own``: their own, a copy, valid, bring, เอง, 自己).
    papers: tuple[str, ...] = ()
    papers_not: tuple[str, ...] = ()
    papers_kept: tuple[str, ...] = ()
    papers_kept_not: tuple[str, ...] = ()
    papers_denied: tuple[str, ...] = ()
    papers_denied_not: tuple[str, ...] = ()
    papers_own: tuple[str, ...] = ()
    papers_own_not: tuple[str, ...] = ()
    # What takes a fee a job's text names off the worker (``Vocabulary.fees_charged_in``):
    # said before it in its clause, that none is charged (``fees_waived``: no, zero, free,
    # ไม่, không, walang, មិនគិត, 唔使, 免), or said after it, that the employer pays it
    # (``fees_covered``: Burmese "အလုပ်ရှင်က ကျခံ", 由公司承担).
    fees_waived: tuple[str, ...] = ()
    fees_waived_not: tuple[str, ...] = ()
    fees_covered: tuple[str, ...] = ()
    fees_covered_not: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class _Where:
    term: str
    concept_id: str
    language: str
    negative: bool  # a `not` phrase


def spell_out(term: str) -> list[str]:
    """Expand "{fix|repair} motorbike" into its alternatives."""
    found = _ALTERNATIVES.search(term)
    if found is None:
        return [term]
    spelt: list[str] = []
    for alternative in found.group(1).split("|"):
        spelt.extend(spell_out(term[: found.start()] + alternative + term[found.end() :]))
        if len(spelt) > _MAX_ALTERNATIVES:
            raise VocabularyError(f"term {term!r} spells out to more than {_MAX_ALTERNATIVES}")
    return spelt


def _word(
    token: str, *, gap: int, language: Language, several: bool, toneless: bool = True
) -> Word:
    exact = is_acronym(token)
    forms = {token if exact else token.casefold()}
    for name, make_forms in language.word_forms:
        # One syllable without its tone marks is too ambiguous ("ca": fish, shift, song);
        # and a text written with its marks is matched only as written (``Matchers``).
        if name == "without_diacritics" and (not several or not toneless):
            continue
        forms |= {form for source in list(forms) for form in make_forms(source)}
    return Word(forms=frozenset(forms), exact=exact, gap=gap)


class Compiler:
    """Turns every language's terms into the two matchers: by words, and by substrings.

    ``toneless``: also the diacritic-free forms a language asks for (for texts typed
    without their marks)."""

    def __init__(
        self, fold: Folding, *, toneless: bool = True, verb_particles: bool = False
    ) -> None:
        self.fold = fold
        self.toneless = toneless
        # Whether terms also take a language's verb particles (a concept's terms do; the
        # cues do not: "不想" with 过 would be "不过想", "but want").
        self.verb_particles = verb_particles
        # The forms with a particle, by the concepts whose terms they come from: matched
        # where no term or `not` phrase is written the same (``literal_terms``).
        self.particle_forms: dict[str, set[str]] = {}
        self.by_first_word: dict[str, dict[tuple[Word, ...], set[str]]] = {}
        self.literals: dict[str, set[str]] = {}
        self.gapped: dict[str, set[str]] = {}
        # What each `not` phrase compiled to, and which concept declared it.
        self.negatives: dict[object, str] = {}
        self.words: dict[tuple[str, int, str, bool], Word] = {}

    def add(self, term: str, *, concept_id: str, language: Language, negative: bool) -> None:
        """Compile one spelt-out term of `concept_id`; a `negative` one is a `not` phrase."""
        if any(ch in term for ch in "{}|"):
            raise VocabularyError(
                f"term {term!r} has an unbalanced {{ }} or a stray |",
                language=language.code,
                concept_id=concept_id,
            )
        kept = frozenset(word.casefold() for word in _KEPT_FILLER.findall(term))
        prepared = self.fold(_KEPT_FILLER.sub(r"\1", term)).strip()
        parts = _GAP_MARKER.split(prepared)
        if not prepared or any(not part.strip() for part in parts):
            raise VocabularyError(
                f"term {term!r} is empty, or empty on one side of a gap",
                language=language.code,
                concept_id=concept_id,
            )
        where = _Where(term=term, concept_id=concept_id, language=language.code, negative=negative)
        if HAS_CONTINUOUS.search(prepared):
            self._add_continuous(parts, where)
            if self.verb_particles and len(parts) == 1 and not negative:
                for form in with_particles(parts[0], language.verb_particles):
                    self.particle_forms.setdefault(form, set()).add(concept_id)
            return
        tokenised = [words_of(part) for part in parts]
        if any(not tokens or any(t in BREAK_CHARS for t in tokens) for tokens in tokenised):
            raise VocabularyError(
                f"term {term!r} has punctuation in it, or a part without words",
                language=language.code,
                concept_id=concept_id,
            )
        self._add_words(tokenised, where, language=language, kept=kept)

    @property
    def literal_terms(self) -> dict[str, set[str]]:
        """The literals, and the forms with a verb particle that are written as none of
        them (a term or a `not` phrase of the same spelling wins)."""
        merged = {f: ids for f, ids in self.particle_forms.items() if f not in self.literals}
        merged.update(self.literals)
        return merged

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
        compact = [WHITESPACE.sub("", part).casefold() for part in parts]
        if len(compact) == 1:
            self._claim(compact[0], self.literals.setdefault(compact[0], set()), where)
            return
        breaks = re.escape("".join(sorted(BREAK_CHARS)))
        # One group per part: a match covers its parts, not what lies between them (as a
        # term of words does), so it never hides a shorter term said in the gap.
        pattern = f"[^{breaks}]{{0,{_GAP_MARKER_CHARS}}}?".join(
            f"({re.escape(part)})" for part in compact
        )
        self._claim(pattern, self.gapped.setdefault(pattern, set()), where)

    def _add_words(
        self,
        parts: list[list[str]],
        where: _Where,
        *,
        language: Language,
        kept: frozenset[str] = frozenset(),
    ) -> None:
        """A term of words: its fillers dropped (but for those written ``=word``: ``kept``)."""
        dropped = language.fillers - kept
        kept_parts = [
            [t for t in tokens if t.casefold() not in dropped] or tokens for tokens in parts
        ]
        several = sum(map(len, kept_parts)) > 1
        words: list[Word] = []
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
        if len(parts) == 1 and len(written) > 1 and not any(map(is_acronym, written)):
            joined = self._word("".join(written), gap=0, language=language, several=True)
            self._index((joined,), where)

    def _word(self, token: str, *, gap: int, language: Language, several: bool) -> Word:
        key = (token, gap, language.code, several)
        if key not in self.words:
            self.words[key] = _word(
                token, gap=gap, language=language, several=several, toneless=self.toneless
            )
        return self.words[key]

    def _index(self, words: tuple[Word, ...], where: _Where) -> None:
        for form in words[0].forms:
            entries = self.by_first_word.setdefault(form.casefold(), {})
            self._claim(words, entries.setdefault(words, set()), where)


def with_particles(term: str, particles: tuple[str, ...]) -> set[str]:
    """``term`` (written without spaces) with one of ``particles`` after its first or its
    second character, where characters follow: a verb is one or two characters (做饭 ->
    做过饭; 照顾老人 -> 照顾过老人). The other places give forms no one writes."""
    compact = WHITESPACE.sub("", term).casefold()
    return {
        compact[:at] + particle + compact[at:]
        for particle in particles
        for at in (1, 2)
        if at < len(compact) and particle not in compact[at - 1 : at + 1]
    }


class Compilers:
    """Compiles each term twice: with the diacritic-free word forms, and without them."""

    def __init__(self, fold: Folding, *, verb_particles: bool = False) -> None:
        self.toneless = Compiler(fold, toneless=True, verb_particles=verb_particles)
        self.toned = Compiler(fold, toneless=False, verb_particles=verb_particles)

    def add(self, term: str, *, concept_id: str, language: Language, negative: bool) -> None:
        for compiler in (self.toneless, self.toned):
            compiler.add(term, concept_id=concept_id, language=language, negative=negative)
