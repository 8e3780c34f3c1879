"""``Vocabulary``, the facade: reads and checks the vocabulary's data, compiles its terms once,
and answers questions about its concepts and about the texts it maps."""

from __future__ import annotations

import functools
import itertools
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import replace
from types import MappingProxyType
from typing import Final

from matching.domain import chinese_scripts
from matching.domain.values import WORK_IN
from matching.domain.vocabulary.compiler import Compilers, Language, spell_out
from matching.domain.vocabulary.concepts import (
    Concept,
    ConceptKind,
    Mention,
    VocabularyError,
    frozen_mapping,
)
from matching.domain.vocabulary.dislikes import (
    Cue,
    clause_breaks,
    disliked_stretches,
    ends_its_clause,
    legal_stretches,
    letters_of,
    merged,
    only_stretches,
    outside,
    script_of,
    sentence_breaks,
    spelt_by,
    start_of_its_clause,
    start_of_its_phrase,
    without_stretches,
)
from matching.domain.vocabulary.matcher import Hit, Matchers, Span
from matching.domain.vocabulary.misspellings import Misspellings
from matching.domain.vocabulary.night_hours import states_night_hours
from matching.domain.vocabulary.normalisation import (
    FULL_WIDTH,
    ZERO_WIDTH,
    Folding,
    nfc,
    unmasked,
    unspaced,
)
from matching.domain.vocabulary.word_forms import WORD_FORMS

__all__ = ["Vocabulary"]

_CONCEPT_ID: Final = re.compile(r"[a-z][a-z0-9_]*")
_LANGUAGE_CODE: Final = re.compile(r"[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*")

_MAX_GAP: Final = 3
_META: Final = "_meta"
_INTENTS: Final = "_intents"
# ``[_workplace]``: how an opportunity's text says it is night work, live-in or heavy
# lifting, whatever boxes its poster ticked (``Vocabulary.workplace_conditions_in``), or
# that the employer keeps workers' identity documents, or that a worker pays to get the job
# (each refused when posted).
_WORKPLACE: Final = "_workplace"
#: The conditions ``[_workplace]`` may name: ``Workplace`` fields a text can set, among
#: them ``documents_withheld`` and ``fee_charged`` (``matching.service_layer.opportunity_text``).
WORKPLACE_CONDITIONS: Final = frozenset(
    {"night_shifts", "live_in", "heavy_lifting", "abroad", "documents_withheld", "fee_charged"}
)
#: The conditions a survivor's words can refuse (``Vocabulary.conditions_refused_in``):
#: those a survivor may rule out (``SurvivorCondition``). Work abroad needs no refusing: it
#: is offered only to those who chose to be open to it.
REFUSABLE: Final = frozenset({"night_shifts", "live_in", "heavy_lifting"})
# ``[_work_in]``: the words that make a country named beside them the place of the work:
# ``before`` it ("work in", "ทำงานที่", "làm việc tại", "去") or ``after`` it ("工作",
# "မှာ အလုပ်"). ``[_countries]``: names of countries a language uses besides the gazetteer's
# ("UAE", "Nhật"), by ISO 3166 code in lower case.
_WORK_IN: Final = "_work_in"
_WORK_IN_SIDES: Final = frozenset({"before", "after"})
_COUNTRIES: Final = "_countries"
# ``[_hubs]``: places whose name in a job's text is itself a sign of recruitment across a
# border, wherever it stands (the cyber-scam compounds of Sihanoukville, Poipet, Myawaddy,
# Shwe Kokko), by ISO 3166 code in lower case like ``[_countries]``.
_HUBS: Final = "_hubs"
# What may stand between a country's name and the words that make it the place of work:
# spaces, and the punctuation of a heading ("Job vacancy: Singapore", "Japan - factory").
_BETWEEN_PLACE_AND_CUE: Final = " \t\n:-–—"
# What marks off a segment of a heading or a line ("Factory work – Japan – exam in August",
# "【新加坡】建筑工", "Cook | Dubai"): a country named alone between two of these, or a line's
# start or end, is where the work is. A hyphen counts only with a space on each side
# ("ប្រុស-ស្រី", "Japan-style" are words); a colon never ("Nationality: Myanmar" names
# who may apply, not where).
_SEGMENT_MARKS: Final = frozenset("\n–—|｜•·【】[]「」")
_COUNTRY_CODE: Final = re.compile(r"[a-z]{2}")
#: The version of the rules in code that read a text beside the files' terms (hours in
#: figures, ``night_hours``; which conditions a text can set, ``WORKPLACE_CONDITIONS``):
#: part of the vocabulary's fingerprint, so that texts read before a change to them are
#: read again. Raise it with any such change (4: heavy lifting read from the text; 5: work
#: abroad, and the countries a text names as the place of the work; 6: hours in Khmer and
#: Burmese words, a figure and its unit two words, identity documents kept; 7: documents
#: kept set on a stored opportunity, which is then offered to no one; 8: a fee charged to
#: the worker, likewise; 9: a country named alone in a segment of a heading or a line; 10:
#: what a wish is weighed against, ``compared``, read from the cue's last word on; 11: a
#: dislike cue whose parts hold its topic reaches no further back than its first word; 12:
#: what a speaker takes back, ``without_corrected``, is not read; 13: a bare negation that
#: opens a clause, ``_meta.dislike_opening``, refuses what follows; 14: a phrase between two
#: about legal proceedings in one sentence is not read, ``legal_stretches``; 15: an interest
#: flagged ``alternative_sectors`` brings the sectors its text names, ``sectors_in``; shifts
#: offered as alternatives are two ranges, ``night_hours``; what takes a fee off the worker
#: reaches over a list of fees, ``_listed_fees``; a country after a region and a comma, or
#: alone between a Chinese heading's spaces, is where the work is; so is one that opens a
#: line before a colon, or whose flag opens a line; 18: what an officer asked or suggested
#: in a transcript or a note, ``without_asked``, is not read as the survivor's words).
READING_RULES: Final = 18
# The intent whose cues say what someone does not like or want (``dislikes``).
_DISLIKE: Final = "dislike"
# ``[_intents] exploited``: how a survivor's words (an officer's note) say the person was made
# to work ("forced to", "ถูกหลอก", "bị ép", "被迫"): governs like a dislike, so where they were
# exploited is no wish and ranks lower, but is work done before and refuses no condition.
_EXPLOITED: Final = "exploited"
# ``[_intents] compared``: what a wish is weighed against ("more into driving than cleaning",
# "มากกว่า", "…ထက်"): governs like a dislike, but only what follows the cue's last word (in
# Burmese, what precedes its first), never reaching back to a topic said before it, and it
# refuses no condition: a preference is not a refusal.
_COMPARED: Final = "compared"
# Which way a dislike cue governs, as the cue matcher's "concepts".
_AFTER: Final = "after"
_BEFORE: Final = "before"
_CONTRAST: Final = "contrast"
_JOIN: Final = "join"
_TOLD: Final = "told"
_OTHERS: Final = "others"
_SPEAKER: Final = "speaker"
_CORRECTION: Final = "correction"
# How many letters may stand between what a correction takes back and the correction
# ("a cook, um, no I mean"): a hesitation, not another thought.
_CORRECTION_GAP: Final = 12
# What ends a transcript's speaker label: a colon, in any script (Khmer ៖).
_LABEL_COLONS: Final = frozenset(":：៖")
# What a speaker label follows: the text's start, a line break or a sentence's end.
_LABEL_STARTS: Final = frozenset("\n\r.?!。？！…។៕။")
# What a form's label follows besides: the marks that separate a form's fields.
_FIELD_STARTS: Final = _LABEL_STARTS | frozenset("|;；-–•·/,，、")
#: What may stand right before a label that opens a turn of a transcript, besides a space.
_TURN_STARTS: Final = _LABEL_STARTS | frozenset("/-–")
#: The kinds of an intake form's fields (``_meta.form_<kind>``): a wish ("Goal:"), what was
#: done or is held ("Past work:", "Skills:"), an aside read as nothing ("Barriers:",
#: "Referral:"), a refusal ("Does not want:").
FORM_FIELDS: Final = ("wish", "told", "aside", "refused")
# What stands where ``liked_text`` cut a dislike out (``dislikes.without_stretches``).
_CUT_MARK: Final = "|"
# A cue of a language that may name the topic before the dislike: this prefix and its code.
_TOPIC_FIRST: Final = "topic_first:"
# ``[_intents] <intent>_not``: phrases that contain one of the intent's terms without
# saying it ("không ngại", don't mind, contains ngại, reluctant).
_NOT_SUFFIX: Final = "_not"
_ENTRY_KEYS: Final = frozenset({"label", "terms", "places", "not"})
#: The key of ``concepts.toml`` that closes a sector's work to minors.
_HAZARDOUS: Final = "hazardous_for_minors"
#: The key of ``concepts.toml`` for a skill a job's text names as what it asks of a worker
#: (a language), not as what the work is about.
_ASKED: Final = "asked_of_workers"
#: A concept that says how one would work, not what the work is (``ways_of_working``).
_WAY: Final = "way_of_working"
#: An interest done in one of its sectors or another (``Vocabulary.sectors_in``).
_ALTERNATIVES: Final = "alternative_sectors"
#: How a term of a concept's ``places`` is compiled: under this prefix and the concept's id,
#: so that a survivor's words can tell a workplace named from what they want to do.
_PLACE: Final = "place:"
#: The ``_meta`` word lists that say the employer's side keeps workers' papers
#: (``Vocabulary.papers_kept_in``), each with its ``_not`` look-alikes.
_PAPER_LISTS: Final = ("papers", "papers_kept", "papers_denied", "papers_own")
#: And those that take a fee named off the worker (``Vocabulary.fees_charged_in``).
_FEE_LISTS: Final = ("fees_waived", "fees_covered")
#: And those that tell the officer's questions in a transcript from the survivor's words
#: (``Vocabulary.without_asked``).
_TURN_LISTS: Final = ("asking_labels", "agreement", "declining", "asked")
_META_KEYS: Final = frozenset(
    {
        "name",
        "fillers",
        "max_gap",
        "word_forms",
        "fold",
        "opencc",
        "opencc_labels",
        "notes",
        "contrast",
        "contrast_not",
        "wish",
        "wish_not",
        "joins",
        "joins_not",
        "told_ends",
        "told_ends_not",
        "others_wish",
        "others_wish_not",
        "speaker_labels",
        "speaker_labels_not",
        "corrections",
        "corrections_not",
        "dislike_opening",
        "dislike_opening_not",
        "form_wish",
        "form_wish_not",
        "form_told",
        "form_told_not",
        "form_aside",
        "form_aside_not",
        "form_refused",
        "form_refused_not",
        "phrases_end_at_spaces",
        "object_before_verb",
        "topic_before_dislike",
        "dislike_tail",
        "dislike_head",
        "verb_particles",
        "legal_proceedings",
        "legal_proceedings_not",
        *(
            f"{name}{look_alike}"
            for name in (*_PAPER_LISTS, *_FEE_LISTS, *_TURN_LISTS)
            for look_alike in ("", "_not")
        ),
    }
)
#: What a text saying the employer keeps workers' papers sets (``Vocabulary.papers_kept_in``).
_PAPERS_KEPT: Final = "documents_withheld"
#: And one saying a worker pays to get or keep the job (``Vocabulary.fees_charged_in``).
_FEE_CHARGED: Final = "fee_charged"
# What the legal-proceedings cues are compiled as (``Vocabulary.without_legal_proceedings``).
_LEGAL: Final = "legal_proceedings"


def _string_list(value: object, *, what: str, language: str, concept_id: str | None) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise VocabularyError(
            f"{what} must be a list of strings", language=language, concept_id=concept_id
        )
    return [item for item in value if isinstance(item, str)]


def _meta_words(meta: Mapping[str, object], key: str, *, code: str) -> tuple[str, ...]:
    """The words of ``_meta.<key>`` (a list of strings; none when absent)."""
    return tuple(
        _string_list(meta.get(key, []), what=f"_meta.{key}", language=code, concept_id=None)
    )


def _table(
    value: object, *, what: str, language: str | None, concept_id: str | None
) -> dict[str, object]:
    if not isinstance(value, Mapping) or not all(isinstance(key, str) for key in value):
        raise VocabularyError(f"{what} must be a table", language=language, concept_id=concept_id)
    return {str(key): item for key, item in value.items()}


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
        countries: Mapping[str, Mapping[str, Iterable[str]]] | None = None,
    ) -> None:
        """`countries` is a gazetteer: by language code, each country's names in that
        language (its ISO 3166 code in upper case; its cities may be among the names), read
        only to tell where a job says its work is (``workplace_conditions_in``)."""
        declared = self._declared(concepts)
        closed_to_minors = self._hazardous_for_minors(concepts, declared)
        self._asked: frozenset[str] = self._flagged(concepts, declared, _ASKED)
        self._ways: frozenset[str] = self._flagged(concepts, declared, _WAY)
        alternatives = self._flagged(concepts, declared, _ALTERNATIVES)
        metas = {code: self._language(code, data) for code, data in languages.items()}
        characters: dict[int, str | None] = {**ZERO_WIDTH, **FULL_WIDTH}
        for _, folded in metas.values():
            characters.update(folded)
        conversions = sorted({lang.opencc for lang, _ in metas.values() if lang.opencc})
        fold = Folding(characters, tuple(map(chinese_scripts.converter, conversions)))
        fillers = frozenset().union(*(language.fillers for language, _ in metas.values()))
        compiler = Compilers(fold, verb_particles=True)
        intent_compiler = Compilers(fold)
        workplace_compiler = Compilers(fold)
        # ``<condition>_not`` phrases as terms of their condition: in a survivor's words,
        # "no night shifts" or "ไม่อยู่ประจำ" refuses the condition (``conditions_refused_in``).
        refusal_compiler = Compilers(fold)
        work_in_compiler = Compilers(fold)
        country_compiler = Compilers(fold)
        hub_compiler = Compilers(fold)
        cue_compiler = Compilers(fold)
        exploited_compiler = Compilers(fold)
        compared_compiler = Compilers(fold)
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
                    intents |= self._intent_entries(
                        code,
                        entry,
                        intent_compiler,
                        language,
                        cues=cue_compiler,
                        exploited=exploited_compiler,
                        compared=compared_compiler,
                    )
                    continue
                if concept_id == _WORKPLACE:
                    self._named_phrases(
                        code,
                        entry,
                        workplace_compiler,
                        language,
                        table=_WORKPLACE,
                        allowed=WORKPLACE_CONDITIONS,
                        negations=refusal_compiler,
                    )
                    continue
                # Places and the words beside them are matched word for word: "work in
                # the" must end where the country's name starts ("in", "the" are fillers).
                if concept_id == _WORK_IN:
                    self._named_phrases(
                        code,
                        entry,
                        work_in_compiler,
                        replace(language, fillers=frozenset()),
                        table=_WORK_IN,
                        allowed=_WORK_IN_SIDES,
                    )
                    continue
                if concept_id in (_COUNTRIES, _HUBS):
                    self._country_names(
                        code,
                        entry,
                        country_compiler if concept_id == _COUNTRIES else hub_compiler,
                        replace(language, fillers=frozenset()),
                        table=concept_id,
                    )
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
        for code, names in (countries or {}).items():
            if code in metas:
                _gazetteer_names(
                    names,
                    compiler=country_compiler,
                    language=replace(metas[code][0], fillers=frozenset()),
                )
        narrower: dict[str, list[str]] = {cid: [] for cid in declared}
        for cid, (_, _, _, broader) in declared.items():
            for parent in broader:
                narrower[parent].append(cid)
        self._concepts: dict[str, Concept] = {
            cid: Concept(
                id=cid,
                kind=kind,
                labels=frozen_mapping(labels[cid]),
                related=related,
                broader=broader,
                narrower=tuple(narrower[cid]),
                hazardous_for_minors=cid in closed_to_minors,
                terms=MappingProxyType(terms[cid]),
            )
            for cid, (kind, _, related, broader) in declared.items()
        }
        self._subtrees: dict[str, frozenset[str]] = {}
        for cid in declared:
            self._subtrees[cid] = self._closure(cid, lambda c: self._concepts[c].narrower)
        self._closed_to_minors = self.subtrees(closed_to_minors)
        self._neighbours: dict[str, set[str]] = {cid: set() for cid in declared}
        for concept in self._concepts.values():
            for other in concept.related:
                self._neighbours[concept.id].add(other)
                self._neighbours[other].add(concept.id)
        self._alternatives = self._checked_alternatives(alternatives)
        self._languages = tuple(sorted(languages))
        self._misspellings = Misspellings(
            {
                cid: [t for ts in concept.terms.values() for t in ts]
                for cid, concept in self._concepts.items()
            },
            fold=fold,
        )
        self._matcher = Matchers(compiler, fold=fold, fillers=fillers, bare_words=True)
        self._intent_matcher = Matchers(intent_compiler, fold=fold, fillers=fillers)
        self._workplace_matcher = Matchers(workplace_compiler, fold=fold, fillers=fillers)
        self._refusal_matcher = Matchers(refusal_compiler, fold=fold, fillers=fillers)
        self._work_in_matcher = Matchers(work_in_compiler, fold=fold, fillers=frozenset())
        self._country_matcher = Matchers(country_compiler, fold=fold, fillers=frozenset())
        self._hub_matcher = Matchers(hub_compiler, fold=fold, fillers=frozenset())
        self._intents = frozenset(intents)
        languages_read = [language for language, _ in metas.values()]

        def word_lists(names: tuple[str, ...], concept_id: Callable[[Language], str]) -> Matchers:
            lists = dict.fromkeys(names, concept_id)
            return _word_lists(languages_read, lists, fold=fold, fillers=fillers)

        # Clause breaks for dislikes: contrast words, and words that start a new wish.
        self._contrast_words = word_lists(("contrast", "wish"), lambda _: _CONTRAST)
        self._dislike_cues = Matchers(cue_compiler, fold=fold, fillers=fillers, bare_words=True)
        self._exploited_cues = Matchers(exploited_compiler, fold=fold, fillers=fillers)
        # Words that refuse what follows them only when they open a clause ("not the…").
        self._opening_cues = word_lists(("dislike_opening",), lambda _: _AFTER)
        self._compared_cues = Matchers(
            compared_compiler, fold=fold, fillers=fillers, bare_words=True
        )
        # Wish words again, by the way they reach (what is kept of a sentence about legal
        # proceedings: ``dislikes.legal_stretches``).
        self._wish_words = word_lists(
            ("wish",), lambda language: _BEFORE if language.object_before_verb else _AFTER
        )
        # Words that join a Thai or Khmer phrase to the one before it: a wish goes on.
        self._join_words = word_lists(("joins",), lambda _: _JOIN)
        # Words that end a statement of what was done: a wish said last stops there.
        self._told_ends = word_lists(("told_ends",), lambda _: _TOLD)
        # Someone else's wish for the person: what it says is no wish of theirs.
        self._others_wishes = word_lists(("others_wish",), lambda _: _OTHERS)
        # Who speaks in a transcript: a label before a colon is not read.
        self._speaker_labels = word_lists(("speaker_labels",), lambda _: _SPEAKER)
        # How a speaker takes back what they just named: it is not read.
        self._corrections = word_lists(("corrections",), lambda _: _CORRECTION)
        # The officer's turns and questions in a transcript, and how an answer takes one up.
        self._turn_words = _word_lists(
            languages_read,
            {
                **{name: functools.partial(_constant, name) for name in _TURN_LISTS},
                # Where the object comes first (Burmese), what was asked comes before the
                # word that tells it was asked: "…စိတ်ဝင်စားလားလို့ မေးတော့".
                "asked": lambda language: (
                    "asked_before" if language.object_before_verb else "asked"
                ),
            },
            fold=fold,
            fillers=fillers,
        )
        # The labels of an intake form's fields, found under their kind (``form_fields``).
        self._form_labels = _word_lists(
            languages_read,
            {f"form_{kind}": functools.partial(_constant, kind) for kind in FORM_FIELDS},
            fold=fold,
            fillers=fillers,
        )
        # What says something about legal proceedings: the sentences holding it go unread.
        self._legal_cues = word_lists(("legal_proceedings",), lambda _: _LEGAL)
        # What says that the employer's side keeps workers' papers (``papers_kept_in``), and
        # what takes a fee off the worker (``fees_charged_in``).
        self._paper_words = _word_lists(
            languages_read,
            {name: functools.partial(_constant, name) for name in _PAPER_LISTS},
            fold=fold,
            fillers=fillers,
        )
        # Apart: a word of one list inside a longer one of the other would hide it.
        self._fee_words = _word_lists(
            languages_read,
            {name: functools.partial(_constant, name) for name in _FEE_LISTS},
            fold=fold,
            fillers=fillers,
        )
        # The words that may follow a dislike said after its topic, and those that may
        # stand before it in its phrase, by cue "concept", each folded to its letters.
        topic_first = [language for language, _ in metas.values() if language.topic_before_dislike]

        def by_cue(words_of: Callable[[Language], tuple[str, ...]]) -> dict[str, frozenset[str]]:
            return {
                _TOPIC_FIRST + language.code: frozenset(
                    letters_of(fold(word)) for word in words_of(language)
                )
                for language in topic_first
            }

        self._dislike_tails = by_cue(lambda language: language.dislike_tail)
        self._dislike_heads = by_cue(lambda language: language.dislike_head)
        # What may follow a wish said after its topic, in any language: the dislikes' tails.
        self._wish_tail = frozenset().union(*self._dislike_tails.values())
        self._fold = fold
        self._filler_letters = frozenset(letters_of(filler) for filler in fillers)
        self._spaced_scripts = frozenset(
            _script(terms, language.code)
            for language, _ in metas.values()
            if language.phrases_end_at_spaces
        )

    # -- reading the data --

    @staticmethod
    def _convert_labels(labels: dict[str, dict[str, str]], languages: list[Language]) -> None:
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
            unknown = set(entry) - {
                "kind",
                "label",
                "related",
                "broader",
                _HAZARDOUS,
                _ASKED,
                _WAY,
                _ALTERNATIVES,
            }
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
    def _flagged(
        concepts: Mapping[str, object],
        declared: Mapping[str, tuple[ConceptKind, str, tuple[str, ...], tuple[str, ...]]],
        key: str,
    ) -> frozenset[str]:
        """The concepts whose ``key`` is true (checked to be true or false)."""
        flagged: set[str] = set()
        for concept_id in declared:
            entry = concepts[concept_id]
            assert isinstance(entry, Mapping)  # _declared checked it is a table
            value = entry.get(key, False)
            if not isinstance(value, bool):
                raise VocabularyError(
                    f"concept {concept_id!r}: {key} must be true or false",
                    concept_id=concept_id,
                )
            if value:
                flagged.add(concept_id)
        return frozenset(flagged)

    def _checked_alternatives(self, flagged: frozenset[str]) -> frozenset[str]:
        """The interests flagged ``alternative_sectors``, each checked to be an interest
        that goes with two sectors or more."""
        for concept_id in flagged:
            if (
                self._concepts[concept_id].kind is not ConceptKind.INTEREST
                or len(self._sectors_linked(concept_id)) < 2
            ):
                raise VocabularyError(
                    f"concept {concept_id!r}: {_ALTERNATIVES} is for an interest that goes "
                    "with two sectors or more",
                    concept_id=concept_id,
                )
        return flagged

    def _sectors_linked(self, concept_id: str) -> frozenset[str]:
        """The sectors ``concept_id`` goes with (related either way)."""
        return frozenset(
            other
            for other in self._neighbours[concept_id]
            if self._concepts[other].kind is ConceptKind.SECTOR
        )

    @classmethod
    def _hazardous_for_minors(
        cls,
        concepts: Mapping[str, object],
        declared: Mapping[str, tuple[ConceptKind, str, tuple[str, ...], tuple[str, ...]]],
    ) -> frozenset[str]:
        """The concepts flagged ``hazardous_for_minors = true``: sectors, and an interest
        that lies within one and names work done in workplaces of its own (massage, within
        beauty and spa: its parlours). A skill, or an interest of no sector, is no
        workplace."""
        flagged = cls._flagged(concepts, declared, _HAZARDOUS)
        for concept_id in sorted(flagged):
            kind, _label, _related, broader = declared[concept_id]
            within_a_sector = kind is ConceptKind.INTEREST and any(
                declared[b][0] is ConceptKind.SECTOR for b in broader if b in declared
            )
            if kind is not ConceptKind.SECTOR and not within_a_sector:
                raise VocabularyError(
                    f"concept {concept_id!r}: only a sector, or an interest within one, "
                    f"can be {_HAZARDOUS}",
                    concept_id=concept_id,
                )
        return flagged

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
    def _language(code: str, data: Mapping[str, object]) -> tuple[Language, dict[int, str | None]]:
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
            if name not in WORD_FORMS:
                raise VocabularyError(
                    f"_meta.word_forms: {name!r} is not one of {sorted(WORD_FORMS)}",
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
        language = Language(
            code=code,
            fillers=frozenset(nfc(f, characters).strip().casefold() for f in fillers if f.strip()),
            max_gap=max_gap,
            word_forms=tuple((name, WORD_FORMS[name]) for name in names),
            opencc=None
            if "opencc" not in meta
            else Vocabulary._opencc_name(meta["opencc"], what="_meta.opencc", code=code),
            opencc_labels=Vocabulary._opencc_labels(meta.get("opencc_labels", {}), code=code),
            contrast=_meta_words(meta, "contrast", code=code),
            contrast_not=_meta_words(meta, "contrast_not", code=code),
            wish=_meta_words(meta, "wish", code=code),
            wish_not=_meta_words(meta, "wish_not", code=code),
            phrases_end_at_spaces=_flag(meta, "phrases_end_at_spaces", code=code),
            joins=_meta_words(meta, "joins", code=code),
            joins_not=_meta_words(meta, "joins_not", code=code),
            object_before_verb=_flag(meta, "object_before_verb", code=code),
            speaker_labels=_meta_words(meta, "speaker_labels", code=code),
            speaker_labels_not=_meta_words(meta, "speaker_labels_not", code=code),
            corrections=_meta_words(meta, "corrections", code=code),
            corrections_not=_meta_words(meta, "corrections_not", code=code),
            dislike_opening=_meta_words(meta, "dislike_opening", code=code),
            dislike_opening_not=_meta_words(meta, "dislike_opening_not", code=code),
            form_wish=_meta_words(meta, "form_wish", code=code),
            form_wish_not=_meta_words(meta, "form_wish_not", code=code),
            form_told=_meta_words(meta, "form_told", code=code),
            form_told_not=_meta_words(meta, "form_told_not", code=code),
            form_aside=_meta_words(meta, "form_aside", code=code),
            form_aside_not=_meta_words(meta, "form_aside_not", code=code),
            form_refused=_meta_words(meta, "form_refused", code=code),
            form_refused_not=_meta_words(meta, "form_refused_not", code=code),
            others_wish=_meta_words(meta, "others_wish", code=code),
            others_wish_not=_meta_words(meta, "others_wish_not", code=code),
            told_ends=_meta_words(meta, "told_ends", code=code),
            told_ends_not=_meta_words(meta, "told_ends_not", code=code),
            topic_before_dislike=_flag(meta, "topic_before_dislike", code=code),
            dislike_tail=Vocabulary._dislike_words(meta, "dislike_tail", code=code),
            dislike_head=Vocabulary._dislike_words(meta, "dislike_head", code=code),
            verb_particles=tuple(
                nfc(p, characters).strip().casefold()
                for p in _string_list(
                    meta.get("verb_particles", []),
                    what="_meta.verb_particles",
                    language=code,
                    concept_id=None,
                )
                if p.strip()
            ),
            legal_proceedings=_meta_words(meta, "legal_proceedings", code=code),
            legal_proceedings_not=_meta_words(meta, "legal_proceedings_not", code=code),
            **{
                f"{name}{look_alike}": _meta_words(meta, f"{name}{look_alike}", code=code)
                for name in (*_PAPER_LISTS, *_FEE_LISTS, *_TURN_LISTS)
                for look_alike in ("", "_not")
            },
        )
        return language, characters

    @staticmethod
    def _dislike_words(meta: Mapping[str, object], key: str, *, code: str) -> tuple[str, ...]:
        """``_meta.dislike_tail`` or ``_meta.dislike_head``: words, each with a letter, read
        with ``topic_before_dislike``."""
        what = f"_meta.{key}"
        words = _string_list(meta.get(key, []), what=what, language=code, concept_id=None)
        if words and meta.get("topic_before_dislike") is not True:
            raise VocabularyError(
                f"{what} is read only with _meta.topic_before_dislike = true", language=code
            )
        for word in words:
            if not any(ch.isalpha() for ch in word):
                raise VocabularyError(f"{what}: {word!r} has no letter in it", language=code)
        return tuple(words)

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
        compiler: Compilers,
        language: Language,
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
        places = _string_list(
            entry.get("places", []), what="places", language=code, concept_id=concept_id
        )
        spelt = _compile(
            written, compiler=compiler, concept_id=concept_id, language=language, negative=False
        )
        spelt += _compile(
            places,
            compiler=compiler,
            concept_id=_PLACE + concept_id,
            language=language,
            negative=False,
            what=f"{concept_id!r} places",
        )
        _compile(
            excluded, compiler=compiler, concept_id=concept_id, language=language, negative=True
        )
        return (label.strip() if isinstance(label, str) else None), tuple(dict.fromkeys(spelt))

    @staticmethod
    def _intent_entries(
        code: str,
        value: object,
        compiler: Compilers,
        language: Language,
        *,
        cues: Compilers,
        exploited: Compilers,
        compared: Compilers,
    ) -> set[str]:
        """``[_intents]``: intent name -> the terms that say it (``learn = ["want to learn"]``),
        and ``<intent>_not`` -> phrases that contain one of them without saying it (like a
        concept's ``not``). The intent names found.

        The ``dislike`` cues are compiled a second time into `cues`, and the ``exploited``
        cues into `exploited`, under the way they govern in this language (``dislikes``);
        the ``compared`` cues into `compared`, under the way the language's object lies,
        never topic first."""
        plain = _BEFORE if language.object_before_verb else _AFTER
        way = _TOPIC_FIRST + code if language.topic_before_dislike else plain
        return Vocabulary._named_phrases(
            code,
            value,
            compiler,
            language,
            table=_INTENTS,
            also={
                _DISLIKE: (cues, way),
                _EXPLOITED: (exploited, way),
                _COMPARED: (compared, plain),
            },
        )

    @staticmethod
    def _country_names(
        code: str, value: object, compiler: Compilers, language: Language, *, table: str
    ) -> None:
        """``[_countries]`` or ``[_hubs]``: ``<iso code in lower case> = [names]``, compiled
        under the code in upper case (as the gazetteer's)."""
        entries = _table(value, what=table, language=code, concept_id=None)
        for country, names in entries.items():
            if not _COUNTRY_CODE.fullmatch(country):
                raise VocabularyError(
                    f"{table}: {country!r} is no ISO 3166 code in lower case", language=code
                )
            written = _string_list(names, what=f"{table}.{country}", language=code, concept_id=None)
            _compile(
                written,
                compiler=compiler,
                concept_id=country.upper(),
                language=language,
                negative=False,
                what=f"{table}.{country}",
            )

    @staticmethod
    def _named_phrases(
        code: str,
        value: object,
        compiler: Compilers,
        language: Language,
        *,
        table: str,
        allowed: frozenset[str] | None = None,
        also: Mapping[str, tuple[Compilers, str]] | None = None,
        negations: Compilers | None = None,
    ) -> set[str]:
        """A table of ``name = [phrases]`` and ``name_not = [phrases that contain one of
        name's without saying it]`` (like a concept's ``not``), compiled under each name.
        The names found. `allowed` limits the names; `also` compiles a name's phrases a
        second time, into another compiler under another id; `negations` compiles each
        ``name_not`` list again, as terms of ``name``."""
        entries = _table(value, what=table, language=code, concept_id=None)
        names: set[str] = set()
        for name, phrases in entries.items():
            if not _CONCEPT_ID.fullmatch(name):
                raise VocabularyError(
                    f"{table}: name {name!r} must be snake_case ascii", language=code
                )
            negative = name.endswith(_NOT_SUFFIX)
            base = name.removesuffix(_NOT_SUFFIX)
            if negative and base not in entries:
                raise VocabularyError(
                    f"{table}.{name} lists phrases that are no {base!r}, "
                    f"but there is no {table}.{base}",
                    language=code,
                )
            if allowed is not None and base not in allowed:
                raise VocabularyError(
                    f"{table}: {base!r} is none of {sorted(allowed)}", language=code
                )
            what = f"{table}.{name}"
            written = _string_list(phrases, what=what, language=code, concept_id=None)
            _compile(
                written,
                compiler=compiler,
                concept_id=base,
                language=language,
                negative=negative,
                what=what,
            )
            if also and base in also:
                second, second_id = also[base]
                _compile(
                    written,
                    compiler=second,
                    concept_id=second_id,
                    language=language,
                    negative=negative,
                    what=what,
                )
            if negative and negations is not None:
                _compile(
                    written,
                    compiler=negations,
                    concept_id=base,
                    language=language,
                    negative=False,
                    what=what,
                )
            if not negative:
                names.add(name)
        return names

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

    @property
    def ways_of_working(self) -> frozenset[str]:
        """The concepts flagged ``way_of_working``: how one would work (running one's own
        small business), not what the work is. Wished beside a trade ("learn phone repair to
        open a small shop"), the trade is what is wanted; the way weighs as what is told."""
        return self._ways

    @property
    def language_concepts(self) -> frozenset[str]:
        """The languages: the concepts flagged ``asked_of_workers`` (what a job may ask of a
        worker, "English/Cantonese"). A survivor learns one for the work it opens."""
        return self._asked

    def asked_of_workers(self, concept_ids: Iterable[str], *, sector: str) -> frozenset[str]:
        """Of ``concept_ids`` named in a job's text, those flagged ``asked_of_workers``
        (a language: "English/Cantonese") that say what the job asks of a worker rather
        than what the work is, unless the job's declared ``sector`` goes with them (an
        interpreter's job is about languages). They make no shared interest: a bar that
        asks for English is no answer to "I want to learn English"."""
        return frozenset(
            c
            for c in concept_ids
            if c in self._asked and sector != c and sector not in self._neighbours[c]
        )

    @property
    def hazardous_for_minors(self) -> frozenset[str]:
        """What no minor is offered a job in: the sectors flagged ``hazardous_for_minors``
        with every concept narrower than each (fishing under fishing and fish farming)."""
        return self._closed_to_minors

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

    def _hits(self, text: str) -> list[Hit]:
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

    def workplace_conditions_in(self, text: str) -> frozenset[str]:
        """The workplace conditions an opportunity's text says it has, of
        :data:`WORKPLACE_CONDITIONS`: "night shift", "กะดึก", "ca đêm" are ``night_shifts``,
        "live-in", "留宿", "stay-in" ``live_in``, "carry 50 kg sacks", "แบกกระสอบ", "搬运重物"
        ``heavy_lifting`` (``[_workplace]`` in each language file).
        Phrases that say the opposite ("no night shifts", "ไม่มีกะดึก", "不用留宿") are
        listed as ``<condition>_not`` and say nothing. Hours in figures that run into the
        night ("10pm-6am", "22h - 6h", "22.00-06.00 น.") are ``night_shifts`` in any
        language (``night_hours``). Letters a poster masked are read as the letters
        (``unmasked``: "p@ssports kept by the agency")."""
        hits = self._workplace_matcher.hits(text)
        plain = unmasked(text)
        if plain != text:
            hits += self._workplace_matcher.hits(plain)
        said = frozenset(cid for hit in hits for cid in hit.concept_ids)
        if _PAPERS_KEPT not in said and any(
            self.papers_kept_in(variant)
            for variant in dict.fromkeys((text, plain, unspaced(plain)))
        ):
            said |= {_PAPERS_KEPT}
        if _FEE_CHARGED in said and not any(
            self.fees_charged_in(variant) for variant in dict.fromkeys((text, plain))
        ):
            said -= {_FEE_CHARGED}
        said |= {WORK_IN + country for country in self.countries_worked_in(text)}
        # Hours stated in figures, the same in every language ("10pm hanggang 6am").
        return said | {"night_shifts"} if states_night_hours(text) else said

    def papers_kept_in(self, text: str) -> bool:
        """Whether one sentence of a job's text says the employer's side keeps workers'
        identity papers, however it is put: a word for the papers and a word for keeping
        them in one sentence ("Upon arrival your passport and I/C will be kept by HR",
        "ang passport at ARC ay ite-turn over for safekeeping", "พาสปอร์ต…จะถูกเก็บรักษาไว้
        ที่บ้าน", "nộp CCCD bản gốc cho quản lý KTX giữ", "证件一律交由公司统一保管"), the
        keeping not denied before it in its clause ("we do not keep", "ไม่ยึด", "HINDI namin
        kukunin", "唔會扣起"), and nothing in the sentence leaving the papers with the worker
        or making the mention an ordinary one ("their own", "a copy", "valid", "bring",
        "เอง", "tự giữ", "ကိုယ်တိုင်", "自己保管"): the ``_meta.papers*`` lists.

        Sentences end as :func:`dislikes.sentence_breaks` says, without the spaces of Thai
        and Khmer (a sentence there often holds several spaced phrases); clauses as
        :func:`dislikes.clause_breaks` says (a comma too, and in Thai and Khmer a space)."""
        prepared, spans = self._paper_words.located(text)
        kinds = {cid for span in spans for cid in span.concept_ids}
        if not {"papers", "papers_kept"} <= kinds:
            return False
        bounds = [0, *(e for b in sentence_breaks(prepared, spaced_scripts=frozenset()) for e in b)]
        bounds.append(len(prepared))
        clauses = clause_breaks(prepared, contrast=(), spaced_scripts=self._spaced_scripts)
        for i in range(0, len(bounds), 2):
            start, end = bounds[i], bounds[i + 1]
            inside = [s for s in spans if start <= s.start and s.end <= end and s.concept_ids]
            found = {cid for s in inside for cid in s.concept_ids}
            if not {"papers", "papers_kept"} <= found or "papers_own" in found:
                continue
            denials = [s for s in inside if "papers_denied" in s.concept_ids]
            for cue in (s for s in inside if "papers_kept" in s.concept_ids):
                if not any(
                    d.start < cue.end and not _broken(clauses, d.end, cue.start) for d in denials
                ):
                    return True
        return False

    def fees_charged_in(self, text: str) -> bool:
        """Whether a fee the text names (``[_workplace] fee_charged``) is left to the worker:
        one not taken off them in its clause, by a word before it that none is charged
        ("no placement fee", "NO SALARY DEDUCTION", "ไม่หักค่านายหน้า", "Không thu bất kỳ khoản
        phí nào", "មិនគិតថ្លៃសេវា", "唔使俾任何介紹費") or by one after it that the employer pays
        it ("ဆေးစစ်ခ အားလုံး အလုပ်ရှင်က ကျခံသည်"): ``_meta.fees_waived``, ``fees_covered``.
        A phrase that holds both (``fee_charged_not``: "placement fee paid by the employer")
        says none already. Clauses end as :func:`dislikes.clause_breaks` says (punctuation,
        line breaks, and in Thai and Khmer spaces), except between the items of a list of
        fees (:func:`_listed_fees`): "the employer pays the visa, the ticket and the
        processing fee" takes all three off the worker."""
        prepared, fees = self._workplace_matcher.located(text)
        fees = sorted(
            (span for span in fees if _FEE_CHARGED in span.concept_ids), key=lambda s: s.start
        )
        if not fees:
            return False
        breaks = clause_breaks(prepared, contrast=(), spaced_scripts=self._spaced_scripts)
        _, cues = self._fee_words.located(text)  # the same folding: the same positions
        # A word whose gap runs over a clause's end says nothing of what follows it:
        # "ក្រុមហ៊ុនចេញថ្លៃស្នាក់នៅ ពលករបង់…" is the company paying the room, the worker the rest.
        cues = [c for c in cues if not _broken(breaks, c.start, c.end)]
        waived = [c for c in cues if "fees_waived" in c.concept_ids]
        covered = [c for c in cues if "fees_covered" in c.concept_ids]
        clauses = _listed_fees(prepared, breaks, fees)
        # Each fee, last first: the employer's word after a list covers every item of it.
        covered_next = False
        for i in reversed(range(len(fees))):
            fee = fees[i]
            in_list = i + 1 < len(fees) and not _broken(clauses, fee.end, fees[i + 1].start)
            covered_next = (
                (covered_next and in_list)
                or any(
                    c.start >= fee.end
                    # In Thai and Khmer the employer's word may open the next phrase: "ค่าวีซ่า
                    # ค่าตั๋ว นายจ้างออกให้ทั้งหมด" (the visa, the ticket: the employer pays all).
                    and (
                        not _broken(clauses, fee.end, c.start)
                        or prepared[fee.end : c.start].isspace()
                    )
                    for c in covered
                )
            )
            waived_here = any(
                w.end <= fee.start and not _broken(clauses, w.end, fee.start) for w in waived
            )
            if not waived_here and not covered_next:
                return True
        return False

    def conditions_refused_in(self, text: str) -> frozenset[str]:
        """The workplace conditions a survivor's own words refuse, of :data:`REFUSABLE`:
        those said as refused (a ``<condition>_not`` phrase: "no night shifts", "ไม่อยู่
        ประจำ", "không làm ca đêm") and those named in what the words say they do not want
        ("I don't want to live at the employer's", "ayoko ng stay-in"), not in what they
        say they were made to do (``exploited``: "was forced to work night shifts" is work
        done before). A refusing phrase counts only with its words side by side: "no
        problem with night shifts" is none."""
        said = self._said(text)  # never what the words say of legal proceedings
        refused = {
            cid
            for hit in self._refusal_matcher.hits(said)
            if _unbroken(hit.positions)  # "no problem with night shifts" is no "no night shifts"
            for cid in hit.concept_ids
        }
        # Read in what the dislikes govern, less their cues: "do not want night shifts"
        # holds "not … night shifts", which in a job's text says there are none. What they
        # were made to do is work done before: it refuses nothing.
        written, stretches = self._disliked_stretches(said, exploited=False, compared=False)
        if stretches:
            # The cues' own words: the topic of "not … any more" lies between them.
            prepared, cues = self._dislike_cues.located(said, words_only=True)
            _, holes = self._as_written(said, prepared, merged((c.start, c.end) for c in cues))
            governed = only_stretches(written, outside(stretches, holes))
            refused |= self.workplace_conditions_in(governed)
        return frozenset(refused & REFUSABLE)

    def countries_worked_in(self, text: str) -> frozenset[str]:
        """The countries (ISO 3166 codes) a text names as where the work is: a country or
        one of its cities from the gazetteer or ``[_countries]``, right after a word of
        ``[_work_in] before`` ("Work in Malaysia", "ทำงานที่มาเลเซีย", "đi Nhật",
        "去日本") or right before one of ``after`` ("日本工作", "မလေးရှားမှာ အလုပ်"),
        with nothing but spaces (or a heading's colon or dash) between, or a region and a
        comma ("Work in Aichi, Japan"); or named alone in
        a segment of a heading or a line ("Food packing – Japan – exam in August",
        "【新加坡】建筑工", ``_SEGMENT_MARKS``; in Chinese a space too: "新加坡 中餐馆"), or
        as a flag opening a line ("🇦🇪 NANNY for DUBAI": :func:`flags_opening_lines`). A
        country named otherwise ("tourists from China", "อาหารญี่ปุ่น", "แรงงานกัมพูชา":
        Cambodian workers, in Thailand) says nothing about where the work is. A place of
        ``[_hubs]`` (Sihanoukville, Myawaddy) counts wherever it is named."""
        _, hubs = self._hub_matcher.located(text)
        found = {country for hub in hubs for country in hub.concept_ids}
        found |= flags_opening_lines(text)
        prepared, named = self._country_matcher.located(text)
        if not named:
            return frozenset(found)
        _, cues = self._work_in_matcher.located(text)
        ends = {cue.end for cue in cues if "before" in cue.concept_ids}
        starts = {cue.start for cue in cues if "after" in cue.concept_ids}
        for place in named:
            gap_before = len(prepared[: place.start].rstrip(_BETWEEN_PLACE_AND_CUE))
            after = prepared[place.end :]
            gap_after = place.end + len(after) - len(after.lstrip(_BETWEEN_PLACE_AND_CUE))
            if (
                gap_before in ends
                or gap_after in starts
                or _after_its_region(prepared, place.start, ends)
                or _alone_in_its_segment(prepared, place.start, place.end)
            ):
                found.update(place.concept_ids)
        return frozenset(found)

    def without_legal_proceedings(self, text: str) -> str:
        """`text` without anything it says about legal proceedings.

        Support never depends on taking part in a trial, so nothing a survivor says about
        one (being a witness, a court case, testifying, a statement to the police: the
        cues of ``_meta.legal_proceedings``) may count for or against anything, and nothing
        said about the case may be read as a wish. Each sentence holding a cue is cut
        whole but for the wishes said in it, each up to the first cue after it
        (``dislikes.legal_stretches``; sentences end at full stops, question marks,
        semicolons, line breaks, and in Thai and Khmer at spaces between phrases). So "I
        like cooking. I am a witness in a court case." reads as "I like cooking", "I want
        to open my own cafe after the court case is over" as "I want to open my own cafe
        after the", and "I went to court, and I accused the owner of the sewing factory" as
        nothing. A text with no cue comes back unchanged. :meth:`liked_text` and
        :meth:`disliked_text` read a text through here, and so everything drawn from a
        survivor's words does (``matching.domain.words_read``).
        """
        prepared, found = self._legal_cues.located(text)
        if not found:
            return text
        _, wish_words = self._wish_words.located(text)
        # A wish word inside a dislike ("I don't want to go to court") is no wish.
        _, dislikes = self._dislike_cues.located(text)
        wishes = [
            Cue(
                span.start,
                span.end,
                governs_after=_AFTER in span.concept_ids,
                governs_before=_BEFORE in span.concept_ids,
            )
            for span in wish_words
            if span.concept_ids  # a wish_not phrase is no wish
            and not any(d.start < span.end and span.start < d.end for d in dislikes)
        ]
        breaks = sentence_breaks(prepared, spaced_scripts=self._spaced_scripts)
        sentence_ends = set(sentence_breaks(prepared, spaced_scripts=frozenset()))
        stretches = legal_stretches(
            prepared,
            found=[(span.start, span.end) for span in found],
            breaks=breaks,
            wishes=wishes,
            phrase_breaks={b for b in breaks if b not in sentence_ends},
        )
        written, stretches = self._as_written(text, prepared, stretches)
        return without_stretches(written, stretches)

    def form_fields(self, text: str) -> list[tuple[str, int, int, int]]:
        """The fields of an intake form copied into `text` ("Interests: sewing | Past work:
        seafood factory | Goal: own tailor shop | Barriers: childcare"): for each label of
        ``_meta.form_<kind>`` that starts the text, a line, a sentence or a separated part
        (``|``, ``;``, a dash) and is followed by a colon, its kind (:data:`FORM_FIELDS`),
        where the label starts and where its content lies, from after the colon to the next
        such label or the text's end, in the positions of `text` as folded (the matchers'
        ``prepared`` text)."""
        if not any(colon in text for colon in _LABEL_COLONS):
            return []  # no label without its colon: most words pay nothing more
        labels: list[tuple[int, int, str]] = []
        prepared, found = self._form_labels.located(text)
        for span in found:
            # No kind: a form_<kind>_not phrase.
            kinds = [kind for kind in FORM_FIELDS if kind in span.concept_ids]
            if not kinds:
                continue
            after = prepared[span.end :]
            colon = len(after) - len(after.lstrip(" \t"))
            before = prepared[: span.start].rstrip(" \t")
            if after[colon : colon + 1] in _LABEL_COLONS and (
                not before or before[-1] in _FIELD_STARTS
            ):
                labels.extend((span.start, span.end + colon + 1, kind) for kind in kinds)
        labels.sort()
        return [
            (kind, start, content, labels[i + 1][0] if i + 1 < len(labels) else len(prepared))
            for i, (start, content, kind) in enumerate(labels)
        ]

    def without_asides(self, text: str) -> str:
        """`text` without the fields of an intake form that say no wish: its barriers,
        needs and referrals (``_meta.form_aside``: "Barriers: transport cost" is no wish
        for transport work, "障礙：要照顧小朋友" none for childcare), labels and all."""
        asides = [(start, end) for kind, start, _, end in self.form_fields(text) if kind == "aside"]
        if not asides:
            return text
        prepared, _ = self._form_labels.located(text)
        written, stretches = self._as_written(text, prepared, asides)
        blanked = list(written)
        for start, end in stretches:
            blanked[start:end] = " " * (end - start)
        return "".join(blanked)

    def without_speaker_labels(self, text: str) -> str:
        """`text` without the speaker labels of an interview transcript: a word of
        ``_meta.speaker_labels`` ("Social worker", "Q", "社工", "當事人", "សំណួរ") that starts
        the text, a line or a sentence and is followed by a colon (spaces between allowed)
        is blanked, the colon kept. "Social worker: what do
        you want to do? Client: cook" is no wish for social work. A label word anywhere
        else ("I want to be a social worker") is read as before."""
        prepared, found = self._speaker_labels.located(text)
        if not found:
            return text
        written, stretches = self._as_written(text, prepared, [(s.start, s.end) for s in found])
        blanked = list(written)
        for start, end in stretches:
            after = written[end:].lstrip()
            before = written[:start].rstrip(" \t")
            if after[:1] in _LABEL_COLONS and (not before or before[-1] in _LABEL_STARTS):
                blanked[start:end] = " " * (end - start)
        return "".join(blanked)

    def without_asked(self, text: str) -> str:
        """`text` without what an officer asked or suggested in it, as the survivor's words
        are read: what they want is theirs to say.

        - A turn of a transcript opened by a label of ``_meta.asking_labels`` ("Officer:",
          "Q:", "จนท.:", "Cán bộ:", "Ate:", "មន្ត្រី៖", "ဝန်ထမ်း -", "社工："), a word of its own,
          and running to the line's end, a " / ", the next speaker's label, or else its
          first question mark: when an answer follows it, it is left out, unless the
          answer's first sentence takes it up (a word of ``_meta.agreement`` and none of
          ``_meta.declining``: "yes that one please", "ได้ค่ะ อันนี้แหละ", "Dạ, cái đó được
          ạ"), when only its label is.
        - A question or suggestion told of (``_meta.asked``: "I asked if she likes sewing",
          "ถามว่า…ไหม", "Tôi hỏi em có muốn…", "Tinanong ko kung…", "我問佢…"), to its clause's
          end, or in Burmese from its clause's start ("…စိတ်ဝင်စားလားလို့ မေးတော့"): "I asked
          if she likes sewing, she said no, she prefers animals" reads as "she said no, she
          prefers animals".

        A text with neither comes back unchanged."""
        prepared, found = self._turn_words.located(text)
        kinds = {cid for span in found for cid in span.concept_ids}
        if not kinds & {"asking_labels", "asked", "asked_before"}:
            return text
        _, speakers = self._speaker_labels.located(text)
        labels = sorted(
            (span.start, self._turn_mark_end(prepared, span.start, span.end))
            for span in (*speakers, *(s for s in found if "asking_labels" in s.concept_ids))
            if span.concept_ids
        )
        labels = [(start, end) for start, end in labels if end > 0]
        asking = {s.start for s in found if "asking_labels" in s.concept_ids}
        sentences = sentence_breaks(prepared, spaced_scripts=frozenset())
        left_out: list[tuple[int, int]] = []
        for i, (start, content) in enumerate(labels):
            if start not in asking:
                continue
            following = labels[i + 1][0] if i + 1 < len(labels) else len(prepared)
            end = _turn_end(prepared, content, following)
            if not prepared[end:].strip(" \t\r\n/-–"):
                continue  # no answer follows: the officer's own note, not a question put
            opening = end + len(prepared[end:]) - len(prepared[end:].lstrip(" \t\r\n/"))
            answer_start = next((e for s, e in labels if s == opening), opening)
            if self._takes_up(prepared, found, sentences, answer_start):
                left_out.append((start, content))
            else:
                left_out.append((start, end))
        clauses = clause_breaks(prepared, contrast=(), spaced_scripts=self._spaced_scripts)
        for cue in found:
            if "asked" in cue.concept_ids:
                stop = min((s for s, _ in clauses if s >= cue.end), default=len(prepared))
                left_out.append((cue.start, stop))
            elif "asked_before" in cue.concept_ids:
                begin = max((e for _, e in clauses if e <= cue.start), default=0)
                left_out.append((begin, cue.end))
        if not left_out:
            return text
        written, stretches = self._as_written(text, prepared, merged(left_out))
        return without_stretches(written, stretches)

    @staticmethod
    def _turn_mark_end(prepared: str, start: int, end: int) -> int:
        """Where a speaker's words begin after a label at `start`..`end` (past its colon, or
        a dash set apart by spaces), if the label is a word of its own (after a space, a
        sentence's end or a " / ", or opening the text); else 0."""
        if start and not prepared[start - 1].isspace() and prepared[start - 1] not in _TURN_STARTS:
            return 0
        after = prepared[end:]
        rest = after.lstrip(" \t")
        mark = rest[:1]
        if mark in _LABEL_COLONS or (mark in "-–" and rest[1:2].isspace()):
            return end + len(after) - len(rest) + 1
        return 0

    @staticmethod
    def _takes_up(
        prepared: str,
        found: Sequence[Span],
        sentences: Sequence[tuple[int, int]],
        start: int,
    ) -> bool:
        """Whether the answer starting at `start` takes up the question before it: its first
        sentence (to a full stop, a line's end) says a word of agreement and none declining."""
        stop = min((s for s, _ in sentences if s > start), default=len(prepared))
        said = {cid for s in found if start <= s.start and s.end <= stop for cid in s.concept_ids}
        return "agreement" in said and "declining" not in said

    def without_corrected(self, text: str) -> str:
        """`text` without what its speaker took back: a word of ``_meta.corrections`` ("no
        I mean", "ไม่ใช่ๆ", "à nhầm", "ay mali", "不是不是") and the concept named right before
        it (a few letters of hesitation between at most, ``_CORRECTION_GAP``) are left out
        when the same sentence names another concept after it. "I want to be a cook no I
        mean a baker" is "I want to be a a baker"; "电焊 不是不是 是电工" is "是电工". A
        correction with nothing named before it or after it ("I mean, I like sewing")
        takes nothing back. What is taken out goes with the spaces after it, so a Thai or
        Khmer wish runs on into the word that replaced it."""
        prepared, found = self._corrections.located(text)
        found = [span for span in found if span.concept_ids]
        if not found:
            return text
        _, concepts = self._matcher.located(text)
        named = sorted((span.start, span.end) for span in concepts if span.concept_ids)
        # Sentences by their punctuation only: in Thai and Khmer the word taken back and
        # the correction are phrases apart ("งานดูแลเด็ก เอ่อ ขอแก้").
        sentences = sentence_breaks(prepared, spaced_scripts=frozenset())
        taken: list[tuple[int, int]] = []
        for cue in found:
            begins = max((end for _, end in sentences if end <= cue.start), default=0)
            ends = min((start for start, _ in sentences if start >= cue.end), default=len(prepared))
            before = [n for n in named if begins <= n[0] and n[1] <= cue.start]
            if not before or not any(cue.end <= n[0] and n[1] <= ends for n in named):
                continue
            start, end = before[-1]
            if len(letters_of(prepared[end : cue.start])) > _CORRECTION_GAP:
                continue
            taken.append((start, cue.end))
        if not taken:
            return text
        written, stretches = self._as_written(text, prepared, merged(taken))
        kept, position = [], 0
        for start, end in stretches:
            kept.append(written[position:start])
            position = end
            while position < len(written) and written[position].isspace():
                position += 1
        kept.append(written[position:])
        return "".join(kept)

    def liked_text(self, text: str) -> str:
        """`text` without what it says the writer does not like or want, nor anything it
        says about legal proceedings (:meth:`without_legal_proceedings`).

        "I don't like office work, I like gardening" is "I | , I like gardening": each
        ``dislike`` cue takes out the words it governs (``dislikes``: the rest of its clause,
        or in Burmese the clause up to the cue, and in Thai and Vietnamese also the clause up
        to a cue that ends it). A text with no cue comes back unchanged.
        What is taken out is cut from `text` as written (its script, its spacing), so the
        words left are matched and weighed exactly as before. Meant for what survivors say
        they want; never for an opportunity's text ("no experience needed" is no dislike).
        """
        text = self._said(text)
        written, stretches = self._disliked_stretches(text)
        return without_stretches(written, stretches) if stretches else text

    def disliked_text(self, text: str) -> str:
        """What :meth:`liked_text` takes out of `text`: the words its dislike cues govern,
        cues included ("don't like office work"), as written; empty when it says no dislike.
        Clauses about legal proceedings are not read (:meth:`without_legal_proceedings`).
        """
        written, stretches = self._disliked_stretches(self._said(text))
        return only_stretches(written, stretches)

    def _said(self, text: str) -> str:
        """What :meth:`liked_text` and :meth:`disliked_text` read of `text`: the person's
        words, without what an officer asked or suggested in them, a transcript's speaker
        labels, an intake form's asides (barriers, needs, referrals) nor what they say about
        legal proceedings."""
        return self.without_legal_proceedings(
            self.without_corrected(
                self.without_asides(self.without_speaker_labels(self.without_asked(text)))
            )
        )

    def wished_text(self, text: str) -> str:
        """The words of `text` that its wish words govern ("I want", "อยาก", "muốn",
        "gusto", "ចង់", "ချင်တယ်", "想": ``_meta.wish``), as written; empty when it has none.

        A wish word governs what follows it up to the sentence's end (``sentence_breaks``:
        in Thai and Khmer also a space between phrases, unless a word of ``_meta.joins``
        follows it: "และ", "និង", and), a contrast word ("but") or a cut dislike: "I want to
        be a nanny, to look after babies" wishes for both. In Burmese, which says the wish
        last, it governs its clause up to it (``dislikes``), back no further than the past's
        "did" (``_meta.told_ends``: "…ခဲ့တယ်"); and so does a wish word that ends its clause
        but for particles ("ทำอาหาร ชอบค่ะ": cooking, I like it). What is told before the
        wish is not in it: "At the temple I washed the dishes; I want to clean rooms in a
        hotel" wishes for the rooms only. Someone else's
        wish for the person (``_meta.others_wish``: "my mother wants me to", "แม่อยากให้",
        "想让她") is none of theirs, and ends a wish of theirs said before it. Meant for
        :meth:`liked_text`'s result, where a wish word inside a dislike ("don't want") is
        gone already.
        """
        prepared, found = self._wish_words.located(text)
        _, others_found = self._others_wishes.located(text)
        others = [(span.start, span.end) for span in others_found]
        # An intake form's fields: its wishes ("Goal:") are wished; a wish word in what it
        # says was done or is held ("Skills: very good at sewing") is none.
        fields = self.form_fields(text)
        wished_fields = [(start, end) for kind, _, start, end in fields if kind == "wish"]
        told_fields = [(start, end) for kind, _, start, end in fields if kind == "told"]
        found = [
            span
            for span in found
            if span.concept_ids  # a wish_not phrase is no wish
            and not any(start < span.end and span.start < end for start, end in others)
            and not any(start <= span.start < end for start, end in told_fields)
        ]
        if not found and not wished_fields:
            return ""
        _, contrast_found = self._contrast_words.located(text)
        contrast = [(span.start, span.end) for span in contrast_found]
        clauses = clause_breaks(prepared, contrast=contrast, spaced_scripts=self._spaced_scripts)
        spaces = {(start, end) for start, end in clauses if prepared[start:end].isspace()}
        cut = [(i, i + 1) for i, ch in enumerate(prepared) if ch == _CUT_MARK]
        # A space between Thai or Khmer phrases ends a sentence, but for one before a word
        # that joins the phrases ("ចូលចិត្តតុបតែងមុខ និងធ្វើសក់": make-up and hair).
        _, joins = self._join_words.located(text)
        joined = {join.start for join in joins}
        sentences = sorted(
            [
                *(
                    (start, end)
                    for start, end in sentence_breaks(prepared, spaced_scripts=self._spaced_scripts)
                    if end not in joined or not prepared[start:end].isspace()
                ),
                *contrast,
                *cut,
                *others,
                # A form's label ends what a wish said before it reaches.
                *((label, content) for _, label, content, _ in fields),
            ]
        )
        onwards, back = [], []
        for span in found:
            if _AFTER in span.concept_ids:
                onwards.append(Cue(span.start, span.end))
            if _BEFORE in span.concept_ids or ends_its_clause(
                prepared, span.end, breaks=clauses, tail=self._wish_tail
            ):
                back.append(Cue(span.start, span.end, governs_after=False, governs_before=True))
        stretches = disliked_stretches(len(prepared), cues=onwards, breaks=sentences)
        stretches += wished_fields
        if back:
            # "…ခဲ့တယ် … ချင်တယ်": what was done, then the wish: it reaches back to the "did".
            _, told = self._told_ends.located(text)
            reach = sorted([*clauses, *((end.start, end.end) for end in told)])
            stretches += disliked_stretches(len(prepared), cues=back, breaks=reach, spaces=spaces)
        written, stretches = self._as_written(text, prepared, merged(stretches))
        return only_stretches(written, stretches)

    def wishes_in(self, text: str) -> frozenset[str]:
        """The concepts `text`'s wish words govern (:meth:`wished_text`), but for a
        workplace: a wish for a place ("I want to work in a spa", "my own repair shop") says
        where, not what, and leaves what the text tells of the trade a wish too."""
        said = self.wished_text(text)
        if not said:
            return frozenset()
        found = {cid for hit in self._hits(said) for cid in hit.concept_ids}
        return frozenset(cid for cid in found if not cid.startswith(_PLACE))

    def _disliked_stretches(
        self, text: str, *, exploited: bool = True, compared: bool = True
    ) -> tuple[str, list[tuple[int, int]]]:
        """The text the stretches are positions in (`text` as written where folding kept
        its length, else its folded form) and the stretches its dislike cues govern, and
        with `exploited` its ``exploited`` cues too, with `compared` its ``compared`` cues
        (the same folding: one prepared text)."""
        prepared, found = self._dislike_cues.located(text)
        if exploited:
            _, made_to = self._exploited_cues.located(text)
            found = sorted([*found, *made_to], key=lambda span: (span.start, span.end))
        weighed = self._weighed_against(text) if compared else []
        _, opening = self._opening_cues.located(text)
        # What an intake form says is not wanted ("Does not want: factory work").
        fields = self.form_fields(text)
        refused = [(start, end) for kind, _, start, end in fields if kind == "refused"]
        if not found and not weighed and not any(span.concept_ids for span in opening):
            return self._as_written(text, prepared, refused) if refused else (text, [])
        _, contrast = self._contrast_words.located(text)
        breaks = clause_breaks(
            prepared,
            contrast=[(span.start, span.end) for span in contrast],
            spaced_scripts=self._spaced_scripts,
        )
        # A form's label ends the clause a dislike said before it reaches.
        breaks = sorted([*breaks, *((label, content) for _, label, content, _ in fields)])
        spaces = {(start, end) for start, end in breaks if prepared[start:end].isspace()}
        # The runs of each cue's own words: a cue whose parts hold its topic between them
        # ("not on the boats again") reaches no further back than its first word. Matched
        # again only for a text with a cue that ends its clause (a survivor's words are read
        # on every recommendation).
        runs = functools.cache(lambda: self._dislike_cues.located(text, words_only=True)[1])
        cues: list[Cue] = []
        for span in found:
            ways = [way for way in span.concept_ids if way.startswith(_TOPIC_FIRST)]
            topic_first = any(
                ends_its_clause(prepared, span.end, breaks=breaks, tail=self._dislike_tails[way])
                and not self._holds_its_topic(prepared, span, runs(), way)
                for way in ways
            )
            start = span.start
            if topic_first:
                # "លក់ដូរ ខ្ញុំមិនចូលចិត្តទេ": the subject goes with the cue.
                start = min(
                    start_of_its_phrase(
                        prepared,
                        span.start,
                        breaks=breaks,
                        head=self._dislike_heads[way],
                        spaces=spaces,
                    )
                    for way in ways
                )
            cues.append(
                Cue(
                    start,
                    span.end,
                    governs_after=_AFTER in span.concept_ids or bool(ways),
                    governs_before=_BEFORE in span.concept_ids or topic_first,
                )
            )
        # "not the sewing class", "no factory pls": a refusal that opens its clause.
        cues += [
            Cue(span.start, span.end)
            for span in opening
            if span.concept_ids
            and spelt_by(
                letters_of(prepared[start_of_its_clause(span.start, breaks) : span.start]),
                self._filler_letters,
            )
        ]
        stretches = disliked_stretches(
            len(prepared),
            cues=[*cues, *weighed],
            breaks=breaks,
            spaces=spaces,
        )
        return self._as_written(text, prepared, merged([*stretches, *refused]))

    def _holds_its_topic(self, prepared: str, cue: Span, runs: Iterable[Span], way: str) -> bool:
        """Whether words stand between the parts of `cue` that are neither fillers nor its
        language's softeners (``_meta.dislike_tail``): "not *on the boats* again" holds its
        topic, "not at all again" and "don't really like" do not."""
        own = sorted((r.start, r.end) for r in runs if cue.start <= r.start < cue.end)
        words = self._filler_letters | self._dislike_tails[way]
        return any(
            not spelt_by(letters_of(prepared[end:start]), words)
            for (_, end), (start, _) in itertools.pairwise(own)
        )

    def _weighed_against(self, text: str) -> list[Cue]:
        """The ``compared`` cues of `text` ("more into driving than", "มากกว่า", "…ထက်"), each
        governing from its last word on (in Burmese, up to its first): the words between a
        cue's parts are the wish ("more *into driving* than cleaning"), not what it is
        weighed against."""
        _, spans = self._compared_cues.located(text)
        if not spans:
            return []
        _, runs = self._compared_cues.located(text, words_only=True)
        cues: list[Cue] = []
        for span in spans:
            own = sorted((r.start, r.end) for r in runs if span.start <= r.start < span.end)
            first_end, last_start = (own[0][1], own[-1][0]) if own else (span.end, span.start)
            if _AFTER in span.concept_ids:
                cues.append(Cue(last_start, span.end))
            if _BEFORE in span.concept_ids:
                cues.append(Cue(span.start, first_end, governs_after=False, governs_before=True))
        return cues

    def _as_written(
        self, text: str, prepared: str, stretches: list[tuple[int, int]]
    ) -> tuple[str, list[tuple[int, int]]]:
        """`stretches` of `prepared` (`text` folded) as stretches of `text` as written, where
        folding kept its length; else of `prepared`, with `prepared`."""
        folded, origins = self._fold.aligned(text)
        if folded != prepared or origins is None:
            return prepared, stretches
        ends = (*origins, len(text))
        return text, [(origins[start], ends[end]) for start, end in stretches]

    def concepts_in(self, text: str) -> frozenset[str]:
        """Ids of the concepts a free text mentions, in any of the vocabulary's languages."""
        return frozenset(
            cid.removeprefix(_PLACE) for hit in self._hits(text) for cid in hit.concept_ids
        )

    def misspelt_in(self, text: str) -> frozenset[str]:
        """The concepts a short text, or the spaced pieces of a longer one in Thai, Burmese
        or Khmer, misspell (``misspellings``: "cashiar", "ทำอาหร", "ជួសជល ឡាន"): meant for
        a survivor's words in which no concept is found."""
        return self._misspellings.nearest(text)

    def wished_in(self, text: str) -> frozenset[str]:
        """The concepts a survivor's words say they want: what ``concepts_in`` finds, less
        the workplaces named (a concept's ``places``: "shop", "factory", "hotel") when the
        words also name something else. "I'd like to sew clothes in a small shop" wants
        sewing, not a job in retail; "I want to work in a shop" wants retail."""
        found = {cid for hit in self._hits(text) for cid in hit.concept_ids}
        done = {cid for cid in found if not cid.startswith(_PLACE)}
        return frozenset(done or {cid.removeprefix(_PLACE) for cid in found})

    def mentions(self, text: str) -> tuple[Mention, ...]:
        """The concepts a text mentions with the words that named them, in text order."""
        return tuple(
            Mention(concept_id=cid.removeprefix(_PLACE), phrase=hit.phrase)
            for hit in self._hits(text)
            for cid in hit.concept_ids
        )

    def sectors_in(self, text: str, *, declared: str | None = None) -> frozenset[str]:
        """Sectors a text is about: named directly, or through what is done in them.

        "Deckhand on a fishing boat" names the interest fishing, so it is about fishing and
        aquaculture; "nanny" (childcare) is about domestic and care work and about education.
        A skill brings its sector only when it has just one: barista brings food service, but
        customer service, wanted in shops, hotels and call centres alike, brings none. An
        interest brings all its sectors, but one flagged ``alternative_sectors``, done in one
        of them or another (cooking: in restaurants, or in households), brings those the text
        names (a sector, a place of one, or something done in one alone) or ``declared``,
        when it names or declares any: "line cook at a Thai restaurant" is about food
        service, "cook for a family in Hong Kong" about both.

        Meant for a survivor's sectors to avoid, where finding one sector too many is the
        safer mistake: ``declared`` is the sector a course is posted under, never a job's,
        which an employer could choose to hide a household's kitchen.
        """
        found = self.concepts_in(text)
        named = set() if declared is None else {declared}
        alternatives: list[frozenset[str]] = []
        for concept_id in found:
            kind = self._concepts[concept_id].kind
            if kind is ConceptKind.SECTOR:
                named.add(concept_id)
                continue
            linked = self._sectors_linked(concept_id)
            if concept_id in self._alternatives:
                alternatives.append(linked)
            elif kind is ConceptKind.INTEREST or len(linked) == 1:
                named |= linked
        sectors = set(named)
        for linked in alternatives:
            sectors |= (linked & named) or linked
        return frozenset(sectors)

    def weights(
        self, text: str, *, related_weight: float = 0.5, depth: int = 1
    ) -> dict[str, float]:
        """`expand` of the concepts a text mentions: the text as a point in concept space."""
        return self.expand(self.concepts_in(text), related_weight=related_weight, depth=depth)


def _compile(
    phrases: Iterable[str],
    *,
    compiler: Compilers,
    concept_id: str,
    language: Language,
    negative: bool,
    what: str | None = None,
) -> list[str]:
    """Spell out `phrases` and compile them for `concept_id` (`not` phrases when `negative`);
    the alternatives spelt out, in order. `what` names the table for error messages (else
    they name the concept)."""
    spelt: list[str] = []
    for phrase in phrases:
        try:
            alternatives = spell_out(phrase)
        except VocabularyError as error:
            if what is None:
                raise VocabularyError(
                    str(error), language=language.code, concept_id=concept_id
                ) from None
            raise VocabularyError(f"{what}: {error}", language=language.code) from None
        for alternative in alternatives:
            compiler.add(alternative, concept_id=concept_id, language=language, negative=negative)
        spelt += alternatives
    return spelt


def _gazetteer_names(
    names: Mapping[str, Iterable[str]], *, compiler: Compilers, language: Language
) -> None:
    """Compile a gazetteer's names of each country (by ISO 3166 code) in `language`. A name
    the terms' syntax cannot hold ("St. Kitts & Nevis": punctuation) is left out: the
    countries people go to work in have plain names, and their cities stand beside them."""
    for country, written in names.items():
        for name in written:
            try:
                compiler.add(name, concept_id=country, language=language, negative=False)
            except VocabularyError:
                continue


def _constant(value: str, _language: Language) -> str:
    """`value`, whatever the language: the id a word list's words are found under."""
    return value


def _turn_end(prepared: str, start: int, following: int) -> int:
    """Where an asking turn whose words begin at `start` ends: at its line's end, a " / ",
    or the next speaker's label (at `following`), whichever comes first; with none of these
    before the text's end, after its first question mark (what follows is the answer)."""
    stretch = prepared[start:following]
    ends = [i for i in (stretch.find("\n"), stretch.find("\r"), stretch.find(" / ")) if i >= 0]
    if ends:
        return start + min(ends)
    if following < len(prepared):
        return following
    asked = [i for i in (stretch.find("?"), stretch.find("？")) if i >= 0]
    return start + min(asked) + 1 if asked else following


def _word_lists(
    languages: Iterable[Language],
    lists: Mapping[str, Callable[[Language], str]],
    *,
    fold: Folding,
    fillers: frozenset[str],
) -> Matchers:
    """A matcher of word lists each language's ``_meta`` holds (``contrast``, ``wish``,
    ``legal_proceedings``...), each with its ``<name>_not`` look-alikes, found under the
    id its function in `lists` gives the language."""
    compiler = Compilers(fold)
    for language in languages:
        for name, concept_id in lists.items():
            for attribute, negative in ((name, False), (f"{name}_not", True)):
                _compile(
                    getattr(language, attribute),
                    compiler=compiler,
                    concept_id=concept_id(language),
                    language=language,
                    negative=negative,
                    what=f"_meta.{attribute}",
                )
    return Matchers(compiler, fold=fold, fillers=fillers)


def _flag(meta: Mapping[str, object], key: str, *, code: str) -> bool:
    value = meta.get(key, False)
    if not isinstance(value, bool):
        raise VocabularyError(f"_meta.{key} must be true or false", language=code)
    return value


#: Characters that may stand between a list's separator and its next fee: a conjunction ("and",
#: "และ", "và", "និង", "和"), not a clause ("the worker pays").
_LIST_JOINER: Final = 5
#: The end of a sentence: a list of fees never runs over one.
_SENTENCE_ENDS: Final = frozenset(".;!?。；！？\u104b\n")


def _listed_fees(
    text: str, breaks: Sequence[tuple[int, int]], fees: Sequence[Span]
) -> list[tuple[int, int]]:
    """`breaks` less those that separate the items of a list of fees: a break (a comma, or a
    space in Thai and Khmer) with a fee before it in its clause and another just after it,
    or after a short conjunction, neither of them followed by an amount in its clause. An
    amount says that fee is charged as written ("no placement fee, visa fee 5,000"): a
    word about the other fees does not reach it."""

    def clause_end(position: int) -> int:
        return min((start for start, _ in breaks if start >= position), default=len(text))

    kept = []
    for start, end in breaks:
        before = [f for f in fees if f.end <= start and not _broken(breaks, f.end, start)]
        after = [f for f in fees if end <= f.start < clause_end(end)]
        joined = (
            before
            # One fee named in the clause after the break, and nothing said of it there:
            # "placement fee deducted from salary" is a charge, not an item.
            and len(after) == 1
            and not _SENTENCE_ENDS & set(text[start:end])
            and len(text[end : after[0].start]) <= _LIST_JOINER
            and not any(ch.isdigit() for ch in text[end : after[0].start])
            and not any(ch.isdigit() for ch in text[before[-1].end : start])
            and not any(ch.isdigit() for ch in text[after[0].end : clause_end(after[0].end)])
        )
        if not joined:
            kept.append((start, end))
    return kept


def _broken(breaks: Sequence[tuple[int, int]], start: int, end: int) -> bool:
    """Whether one of `breaks` (sorted (start, end) pairs) lies between `start` and `end`."""
    return any(start <= b_start and b_end <= end for b_start, b_end in breaks)


def _unbroken(mask: int) -> bool:
    """Whether a hit's words (or characters) follow one another with none left out between
    them, as a term's gap or a language's ``max_gap`` would allow."""
    run = mask >> ((mask & -mask).bit_length() - 1)
    return run & (run + 1) == 0


def _script(terms: Mapping[str, Mapping[str, tuple[str, ...]]], code: str) -> str:
    """The script most letters of a language's terms are written in ("THAI", "KHMER")."""
    letters = Counter(
        script_of(ch)
        for by_language in terms.values()
        for term in by_language.get(code, ())
        for ch in term
        if ch.isalpha()
    )
    if not letters:
        raise VocabularyError(
            "_meta.phrases_end_at_spaces: the language has no terms to tell its script by",
            language=code,
        )
    return letters.most_common(1)[0][0]


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


#: A region or a town the gazetteer may not know, then a comma, before a country's name:
#: "Aichi, Japan", "Aichi, Nhật Bản": its words (no figures), each with where it starts.
_REGION_WORD: Final = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*")
_COMMA_BEFORE: Final = re.compile(r"[ \t]*,[ \t]*$")
_REGION_WORDS: Final = 3


#: A flag emoji: two regional indicator symbols, each standing for a letter of the country's
#: ISO 3166 code.
_FLAG: Final = re.compile("([\U0001f1e6-\U0001f1ff])([\U0001f1e6-\U0001f1ff])")
_LINE_START: Final = re.compile(r"^[ \t]*", re.MULTILINE)


def flags_opening_lines(text: str) -> frozenset[str]:
    """The countries (ISO 3166 codes) of the flags that open a line of ``text``: a post's
    heading says where the work is with one ("🇲🇾 Kuala Lumpur factory", "🇯🇵 ဂျပန် SSW").
    A flag further on may stand for anything (the workers' own country, a language)."""
    codes = set()
    for start in _LINE_START.finditer(text):
        flag = _FLAG.match(text, start.end())
        if flag:
            codes.add("".join(chr(ord(ch) - 0x1F1E6 + ord("A")) for ch in flag.groups()))
    return frozenset(codes)


def _after_its_region(text: str, start: int, cue_ends: set[int]) -> bool:
    """Whether the country named at ``start`` follows a region of one to three words and a
    comma that follow a word of ``[_work_in] before``: "Work in Aichi, Japan", "tại
    Aichi, Nhật Bản"."""
    comma = _COMMA_BEFORE.search(text, 0, start)
    if comma is None:
        return False
    words = list(_REGION_WORD.finditer(text, 0, comma.start()))[-_REGION_WORDS:]
    for word in reversed(words):  # the region's first word, nearest the comma first
        region = text[word.start() : comma.start()]
        if not all(
            ch.isalpha() or ch in " '’-" or unicodedata.category(ch)[0] == "M" for ch in region
        ):
            return False
        if len(text[: word.start()].rstrip(_BETWEEN_PLACE_AND_CUE)) in cue_ends:
            return True
    return False


def _alone_in_its_segment(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is all that a segment of a line holds, but for spaces,
    emoji and brackets ("🇯🇵 Japan", "(Japan)"): between a line's start or end and a
    segment mark (``_SEGMENT_MARKS``, a hyphen between spaces) on each side, or between a
    line's start and a colon."""
    i = start
    while i > 0 and _filler(text[i - 1]):
        i -= 1
    j = end
    while j < len(text) and _filler(text[j]):
        j += 1
    opens_its_line = i == 0 or text[i - 1] == "\n"
    return (
        (
            opens_its_line
            or _segment_edge(text, i - 1, before=True)
            or _spaced_han(text, i - 1, start)
        )
        and (
            _segment_edge(text, j, before=False)
            or _spaced_han(text, end - 1, j)
            # A heading's country and colon ("Malaysia: plastic factory workers",
            # "马来西亚：塑料厂"), only opening its line: after a label's colon a country
            # may be anything ("Nationality: Myanmar").
            or (opens_its_line and text[j : j + 1] in (":", "："))
        )
    )


def _spaced_han(text: str, before: int, after: int) -> bool:
    """Whether a space stands between two Chinese characters at ``before`` and ``after``:
    Chinese writes no space inside a phrase, so a heading's space marks off a segment
    ("新加坡 中餐馆 厨房帮工")."""
    return (
        0 <= before < after < len(text)
        and " " in text[before + 1 : after]
        and script_of(text[before]) == script_of(text[after]) == "CJK"
    )


def _filler(char: str) -> bool:
    return char in " \t()" or unicodedata.category(char) in {"So", "Sk", "Cf", "Mn"}


def _segment_edge(text: str, at: int, *, before: bool) -> bool:
    if at < 0 or at >= len(text):
        return True
    char = text[at]
    if char in _SEGMENT_MARKS:
        return True
    if char == "-":
        beside = at - 1 if before else at + 1
        return 0 <= beside < len(text) and text[beside] in " \t"
    return False
