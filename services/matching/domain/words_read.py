"""What the vocabulary reads in a survivor's words, kept with the survivor.

Reading a survivor's interests and aspirations against the multilingual vocabulary (what
they like and what they refuse, the trades they name, those they say they wish for, a wish
to learn) is a large share of what a recommendation costs matching (``BENCHMARKS.md``,
session 39), and it depends on nothing but their words and the vocabulary. So it is read
when the words are written (registration, a profile replaced, or the first recommendation
after the vocabulary changed) and kept with the survivor: sealed in their document beside
the words it was read from, under the same data key, so erasure takes both at once. A
reading made with another vocabulary is dropped when the document is read
(``MongoSurvivorRepository``) and read again.

Everything drawn from a survivor's words goes through :func:`reading_of`, so the text
features, the concepts, the wish to learn and the interests sent to peer groups cannot
disagree.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from matching.domain.survivor import Survivor, SurvivorProfile

__all__ = ["WordsRead", "WordsReader", "read_words", "reading_of", "said"]


class WordsReader(Protocol):
    """What reading a survivor's words needs of the vocabulary."""

    def liked_text(self, text: str) -> str: ...

    def disliked_text(self, text: str) -> str: ...

    def wished_in(self, text: str) -> frozenset[str]: ...

    def wishes_in(self, text: str) -> frozenset[str]: ...

    def misspelt_in(self, text: str) -> frozenset[str]: ...

    def concepts_in(self, text: str) -> frozenset[str]: ...

    def wants_to_learn(self, text: str) -> bool: ...


@dataclass(frozen=True, slots=True)
class WordsRead:
    """One reading of a survivor's interests and aspirations."""

    #: Their words without what they say they do not like or want, and without any clause
    #: about legal proceedings (``Vocabulary.liked_text``): what the text features, the
    #: concepts and the wish to learn are drawn from. "I don't want office work, I like
    #: gardening" is a wish for gardening only; "I am a witness in a court case" counts for
    #: nothing (MISSION).
    liked: str
    #: The concepts ``liked`` names (``Vocabulary.wished_in``).
    named: frozenset[str]
    #: Those of them said as a wish for a trade (``Vocabulary.wishes_in``).
    wishes: frozenset[str]
    #: What a short entry that names nothing may misspell (``Vocabulary.misspelt_in``;
    #: empty when ``named`` or ``wishes`` holds something).
    misspelt: frozenset[str]
    #: The concepts named in what they say they do not want.
    refused: frozenset[str]
    #: Whether ``liked`` says they want to learn (``Vocabulary.wants_to_learn``).
    wants_to_learn: bool


def said(profile: SurvivorProfile) -> str:
    """A survivor's own words: their interests, then their aspirations."""
    return f"{profile.interests}\n{profile.aspirations}"


def read_words(profile: SurvivorProfile, reader: WordsReader) -> WordsRead:
    """Read ``profile``'s words against the vocabulary ``reader``."""
    words = said(profile)
    liked = reader.liked_text(words)
    named = reader.wished_in(liked)
    wishes = reader.wishes_in(liked)
    return WordsRead(
        liked=liked,
        named=named,
        wishes=wishes,
        misspelt=frozenset() if named or wishes else reader.misspelt_in(liked),
        refused=reader.concepts_in(reader.disliked_text(words)),
        wants_to_learn=reader.wants_to_learn(liked),
    )


def reading_of(survivor: Survivor, reader: WordsReader) -> WordsRead:
    """The survivor's words as read when written, or (never read, or read with another
    vocabulary) as read now."""
    kept = survivor.words_read
    return kept if kept is not None else read_words(survivor.profile, reader)
