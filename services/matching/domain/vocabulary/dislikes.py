"""How far a dislike reaches: the words a cue such as "don't like" governs, and the text
without them.

People say what they do not want next to what they want ("I don't like office work, I like
gardening"; "ไม่ชอบงานโรงงาน อยากปลูกผัก"; "စက်ရုံမှာ မလုပ်ချင်ဘူး၊ ခြံလုပ်ချင်တယ်"). Read as a
whole, such a text is a wish for both. The rule, in one place:

* A dislike cue (the ``dislike`` intent of the language files) governs its clause: from the
  cue to the clause's end in a language whose object follows the verb (English, Thai,
  Vietnamese, Tagalog, Khmer, Chinese), and from the clause's start up to the cue in one whose
  object comes before it (Burmese, ``_meta.object_before_verb``: the verb and its negation
  come last). The cue goes with what it governs.
* In a language that may name the topic first and say the dislike after it (English, Thai,
  Vietnamese, Khmer and Chinese, ``_meta.topic_before_dislike``: "งานโรงงานไม่ชอบเลย",
  factory work I don't like at all; "bán hàng thì em không thích đâu", selling, I don't like
  it), a cue that ends its clause, or is followed in it only by the language's softeners,
  particles and "do" (``_meta.dislike_tail``: เลย ค่ะ นะ, lắm đâu ạ, ทำ, làm), governs the
  clause up to it too. Followed by anything else, it governs forwards only
  ("ไม่ชอบงานโรงงาน"). In Thai and Khmer a subject may stand between the topic's phrase and
  such a cue (``_meta.dislike_head``: "งานโรงงาน ฉันไม่ชอบเลย"); it goes with the cue. A cue
  whose parts hold other words between them than fillers and softeners ("not *on the boats*
  again") names its topic itself, and governs forwards only, wherever it ends: dictated
  "i want to weld in a workshop not on the boats again" still wishes to weld.
* A clause ends at sentence and clause punctuation and line breaks (``CLAUSE_ENDS``), at a
  contrast word of any language ("but", "แต่", "nhưng", "pero", "ប៉ុន្តែ", "ဒါပေမဲ့", "但是":
  ``_meta.contrast``), at a word that starts a new wish ("and I want", "อยาก", "muốn",
  "gusto", "ចង់", "ချင်တယ်", "想": ``_meta.wish``; "I don't like selling and I want to work with
  children", "ไม่ชอบงานโรงงานอยากเรียนตัดเสื้อ", run together, still wish for the children and
  the sewing; a wish word inside the cue itself, "don't want", "ไม่อยาก", ends nothing), and,
  in a language that separates phrases, not words, with spaces
  (Thai and Khmer: ``_meta.phrases_end_at_spaces``), at a space before a letter of its
  script. Not before a word of another script: Latin words in Thai text are spaced off too,
  and belong to the phrase before them ("ไม่ชอบ IT support อยากทำอาหาร" dislikes IT support,
  not cooking).

What a cue governs stops counting as a wish, and what it names ranks lower
(``matching.domain.scoring.DISLIKE_PENALTY``). It is never a rule against anything: what a
survivor must not be offered is recorded by their officer as sectors to avoid.

Pure functions on a folded text and the matches found in it (positions are characters).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from typing import Final

from matching.domain.vocabulary.normalisation import WHITESPACE

__all__ = [
    "CLAUSE_ENDS",
    "Cue",
    "clause_breaks",
    "disliked_stretches",
    "ends_its_clause",
    "legal_stretches",
    "letters_of",
    "merged",
    "only_stretches",
    "script_of",
    "sentence_breaks",
    "spelt_by",
    "start_of_its_clause",
    "start_of_its_phrase",
    "without_stretches",
]

# Sentence and clause punctuation of the seven languages' scripts, and line breaks. Not
# every mark that ends a term (``normalisation.BREAK_CHARS``): a hyphen ("fast-food"), a
# colon or brackets go on within a clause.
CLAUSE_ENDS: Final = frozenset(
    ",;.!?"
    "，。；、！？﹐﹑"
    "\u104a\u104b"  # Burmese ၊ ။
    "\u17d4\u17d5"  # Khmer ។ ៕
    "\n\r\u2028\u2029\x0b\x0c\x85"
)
# Where a sentence ends: its full stops, question and exclamation marks and line breaks, in
# the seven languages' scripts. Not a comma nor a semicolon: "I went to court, and I accused
# the owner of the sewing factory" and "I am a witness in a trial; it is about the sewing
# factory" are each one statement about a case.
SENTENCE_ENDS: Final = frozenset(
    ".!?"
    "。！？"
    "\u104b"  # Burmese ။
    "\u17d4\u17d5"  # Khmer ។ ៕
    "\n\r\u2028\u2029\x0b\x0c\x85"
)
# What stands where a stretch was taken out: a mark that ends every term (spaces do not,
# in scripts written without them), so nothing is found across the cut.
_CUT: Final = " | "


@dataclass(frozen=True, slots=True)
class Cue:
    """A dislike cue found in a text (characters ``start`` to ``end``), and which way it
    governs: towards the clause's end, its start, or both (a cue two languages share)."""

    start: int
    end: int
    governs_after: bool = True
    governs_before: bool = False


def script_of(character: str) -> str:
    """The script a character belongs to, by its Unicode name: "THAI", "KHMER", "LATIN"..."""
    return unicodedata.name(character, "").split(" ", 1)[0]


def clause_breaks(
    text: str, *, contrast: Iterable[tuple[int, int]], spaced_scripts: frozenset[str]
) -> list[tuple[int, int]]:
    """Where clauses end in `text`: its clause punctuation, the `contrast` words found in it,
    and each run of spaces before a letter of one of `spaced_scripts` (the scripts of
    languages whose phrases end at spaces). Sorted (start, end) pairs."""
    breaks = [(i, i + 1) for i, ch in enumerate(text) if ch in CLAUSE_ENDS]
    breaks += contrast
    if spaced_scripts:
        for space in WHITESPACE.finditer(text):
            start, end = space.span()
            if start > 0 and end < len(text) and script_of(text[end]) in spaced_scripts:
                breaks.append((start, end))
    return sorted(breaks)


def letters_of(text: str) -> str:
    """`text` casefolded, with only its letters, marks and digits (no spaces, no
    punctuation, no emoji): how ``ends_its_clause`` compares a clause's rest with words."""
    return "".join(ch for ch in text.casefold() if unicodedata.category(ch)[0] in "LMN")


def ends_its_clause(
    text: str, end: int, *, breaks: Sequence[tuple[int, int]], tail: frozenset[str]
) -> bool:
    """Whether what follows `end` in its clause of `text` (up to the first break that starts
    at or after it) is nothing but words of `tail`, run together or spaced, with any marks
    that are not letters or digits ("เลยค่ะ", "lắm ạ!", "🙂"). `tail` is folded like `text`,
    each word through ``letters_of``."""
    clause_end = min((start for start, _ in breaks if start >= end), default=len(text))
    return spelt_by(letters_of(text[end:clause_end]), tail)


def start_of_its_clause(position: int, breaks: Sequence[tuple[int, int]]) -> int:
    """Where the clause holding `position` starts: the end of the last of `breaks` that ends
    at or before it, or the text's start."""
    return max((end for _, end in breaks if end <= position), default=0)


def start_of_its_phrase(
    text: str,
    start: int,
    *,
    breaks: Sequence[tuple[int, int]],
    head: frozenset[str],
    spaces: Collection[tuple[int, int]] = (),
) -> int:
    """Where the cue at `start` begins when what stands before it in its clause is nothing
    but words of `head` (a subject, "also": "ฉัน", "ก็", "ខ្ញុំ"): that clause's start, and
    over a break of `spaces` the start of a phrase before it that is only such words too
    ("งานโรงงาน ฉันจริงๆ ก็ไม่ชอบ" begins at ฉัน). Else `start`. `head` is folded like
    `text`, each word through ``letters_of``."""
    earlier = sorted((b for b in breaks if b[1] <= start), key=lambda b: b[1])
    begins = start
    while True:
        clause_start = earlier[-1][1] if earlier else 0
        before = letters_of(text[clause_start:begins])
        if not spelt_by(before, head):
            return begins
        if before:
            begins = clause_start
        if not earlier or earlier[-1] not in spaces:
            return begins
        earlier.pop()


def spelt_by(letters: str, words: Collection[str]) -> bool:
    """Whether `letters` is nothing but `words` run together (true when it is empty)."""
    # Which prefixes of `letters` the words spell: a few words, a few short candidates.
    spelt = [True] + [False] * len(letters)
    for i in range(len(letters)):
        if spelt[i]:
            for word in words:
                if word and letters.startswith(word, i):
                    spelt[i + len(word)] = True
    return spelt[-1]


def disliked_stretches(
    length: int,
    *,
    cues: Iterable[Cue],
    breaks: Sequence[tuple[int, int]],
    spaces: Collection[tuple[int, int]] = (),
) -> list[tuple[int, int]]:
    """The stretches of a text of `length` characters that `cues` govern, merged and sorted.

    Towards the end: from the cue to the first clause break that starts after it (or the
    text's end). Towards the start: from the last clause break that ends before the cue (or
    the text's start) to the cue's end; when that break is one of `spaces` (a break that is
    only a run of spaces, between phrases) and nothing stands between it and the cue, the
    phrase before it too ("งานโรงงาน ไม่เอาแล้ว": the cue's own phrase names nothing). A
    break inside a cue ("ไม่ ชอบ" typed with a space) ends nothing.
    """
    stretches: list[tuple[int, int]] = []
    for cue in cues:
        if cue.governs_after:
            end = min((start for start, _ in breaks if start >= cue.end), default=length)
            stretches.append((cue.start, end))
        if cue.governs_before:
            before = sorted((b for b in breaks if b[1] <= cue.start), key=lambda b: b[1])
            start = before[-1][1] if before else 0
            if start == cue.start and before and before[-1] in spaces:
                start = before[-2][1] if len(before) > 1 else 0
            stretches.append((start, cue.end))
    return merged(stretches)


def merged(stretches: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """`stretches` sorted, those that overlap or touch made one."""
    joined: list[tuple[int, int]] = []
    for start, end in sorted(stretches):
        if joined and start <= joined[-1][1]:
            joined[-1] = (joined[-1][0], max(end, joined[-1][1]))
        else:
            joined.append((start, end))
    return joined


def outside(
    stretches: Iterable[tuple[int, int]], holes: Iterable[tuple[int, int]]
) -> list[tuple[int, int]]:
    """The parts of `stretches` (sorted, not overlapping) that no hole covers: what a
    dislike governs without its cue ("do not want night shifts" less "do not want")."""
    cut = merged(holes)
    parts: list[tuple[int, int]] = []
    for start, end in stretches:
        at = start
        for hole_start, hole_end in cut:
            if hole_end <= at or hole_start >= end:
                continue
            if hole_start > at:
                parts.append((at, hole_start))
            at = max(at, hole_end)
        if at < end:
            parts.append((at, end))
    return parts


def sentence_breaks(text: str, *, spaced_scripts: frozenset[str]) -> list[tuple[int, int]]:
    """Where sentences end in `text`: ``SENTENCE_ENDS``, and each run of spaces before a
    letter of one of `spaced_scripts` (Thai and Khmer set their sentences and phrases apart
    with spaces alone). Sorted (start, end) pairs."""
    breaks = [(i, i + 1) for i, ch in enumerate(text) if ch in SENTENCE_ENDS]
    if spaced_scripts:
        for space in WHITESPACE.finditer(text):
            start, end = space.span()
            if start > 0 and end < len(text) and script_of(text[end]) in spaced_scripts:
                breaks.append((start, end))
    return sorted(breaks)


def legal_stretches(
    text: str,
    *,
    found: Iterable[tuple[int, int]],
    breaks: Sequence[tuple[int, int]],
    wishes: Iterable[Cue],
    phrase_breaks: Collection[tuple[int, int]] = (),
) -> list[tuple[int, int]]:
    """What to cut of `text` so that nothing it says about legal proceedings (`found`, the
    cues' positions) is read, and as little else as that allows.

    Each sentence (between `breaks`, from :func:`sentence_breaks`) holding a cue is cut
    whole, but for the wishes said in it: from a wish word (`wishes`: "I want", "อยาก",
    "muốn", "想") up to the first cue after it or the sentence's end, or, for a wish said
    last (Burmese "…ဖွင့်ချင်တယ်", ``governs_before``), from the last cue before it or the
    sentence's start up to it. So "I want to open my own cafe after the court case is over"
    keeps "I want to open my own cafe after the", and "I went to court, and I accused the
    owner of the sewing factory" keeps nothing: the factory is the case's, not a wish.
    A sentence cut to its end loses its full stop too (Khmer and Burmese full stops are
    letters of their scripts to the text features).

    `phrase_breaks` are those of `breaks` that part phrases of one sentence (the spaces of
    Thai and Khmer), not sentences. A phrase between two phrases holding cues, across
    phrase breaks only, is part of the same account and is cut whole unless it holds a wish:
    "ฉันเป็นพยานในคดีที่ศาล ต่อต้านผู้ค้ามนุษย์ และพบอัยการกับทนายความทุกเดือน" (I am a
    witness in the court case | against the traffickers | and meet the prosecutor and
    lawyer every month) keeps nothing (safety probe, session 35). Sorted, not
    overlapping."""
    length = len(text)
    cues = sorted(found)
    wished = sorted(wishes, key=lambda w: (w.start, w.end))
    bounds = [0, *(edge for b in breaks for edge in b), length]
    cut: list[tuple[int, int]] = []
    holding = [
        any(c[0] < bounds[i + 1] and c[1] > bounds[i] for c in cues)
        for i in range(0, len(bounds), 2)
    ]
    for i in range(0, len(bounds), 2):
        start, end = bounds[i], bounds[i + 1]
        inside = [c for c in cues if c[0] < end and c[1] > start]
        if not inside:
            if _between_cued_phrases(i // 2, holding, breaks, phrase_breaks) and not any(
                start <= wish.start and wish.end <= end for wish in wished
            ):
                cut.append((start, end))
            continue
        kept: list[tuple[int, int]] = []
        for wish in wished:
            if not (start <= wish.start and wish.end <= end):
                continue
            if any(c[0] < wish.end and c[1] > wish.start for c in inside):
                continue  # a wish word inside a cue ("want to testify" is the cue's)
            if wish.governs_after:
                stop = min((c[0] for c in inside if c[0] >= wish.end), default=end)
                kept.append((wish.start, stop))
            if wish.governs_before:
                begin = max((c[1] for c in inside if c[1] <= wish.start), default=start)
                kept.append((begin, wish.end))
        position = start
        for keep_start, keep_end in sorted(kept):
            if keep_start > position:
                cut.append((position, keep_start))
            position = max(position, keep_end)
        if position < end:
            stop = bounds[i + 2] if i + 2 < len(bounds) else end
            cut.append((position, stop if not text[end:stop].isspace() else end))
    return cut


def _between_cued_phrases(
    index: int,
    holding: Sequence[bool],
    breaks: Sequence[tuple[int, int]],
    phrase_breaks: Collection[tuple[int, int]],
) -> bool:
    """Whether part `index` of a text cut at `breaks` (part i ends at ``breaks[i]``) has a
    part holding a cue on each side within its sentence: reached across `phrase_breaks`
    alone."""
    if not phrase_breaks:
        return False

    def reaches(step: int) -> bool:
        at = index
        while True:
            crossing = at if step > 0 else at - 1
            if not 0 <= crossing < len(breaks) or breaks[crossing] not in phrase_breaks:
                return False
            at += step
            if holding[at]:
                return True

    return reaches(-1) and reaches(1)


def without_stretches(text: str, stretches: Iterable[tuple[int, int]]) -> str:
    """`text` without `stretches` (sorted, not overlapping): what is left between them,
    each piece stripped, joined by a mark no term is found across."""
    pieces: list[str] = []
    kept_from = 0
    for start, end in stretches:
        pieces.append(text[kept_from:start])
        kept_from = end
    pieces.append(text[kept_from:])
    return _CUT.join(piece.strip() for piece in pieces if piece.strip())


def only_stretches(text: str, stretches: Iterable[tuple[int, int]]) -> str:
    """What `stretches` of `text` hold (the words a dislike governs), each piece stripped,
    joined by the mark of :func:`without_stretches`; empty when there are none."""
    return _CUT.join(piece for start, end in stretches if (piece := text[start:end].strip()))
