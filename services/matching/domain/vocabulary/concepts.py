"""What the vocabulary hands out: concepts, their kinds, mentions in a text; and its error."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from types import MappingProxyType

__all__ = [
    "Concept",
    "ConceptKind",
    "Mention",
    "VocabularyError",
    "frozen_mapping",
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


def frozen_mapping(value: Mapping[str, str] | None = None) -> Mapping[str, str]:
    """A read-only copy of `value` (labels by language)."""
    return MappingProxyType(dict(value or {}))


def _frozen_terms() -> Mapping[str, tuple[str, ...]]:
    return MappingProxyType({})


@dataclass(frozen=True)
class Concept:
    """A sector, interest or skill, with its labels by language and the concepts it goes with.

    `broader` and `narrower` are the hierarchy: a concept is narrower than another when what
    it names is done only within it (massage within beauty and spa, baking within cooking).
    `related` is looser: concepts that go together without one containing the other.
    `hazardous_for_minors` marks a sector whose work is hazardous for children by its
    nature (construction, fishing): no minor is offered a job in it or under it.
    """

    id: str
    kind: ConceptKind
    labels: Mapping[str, str] = field(default_factory=frozen_mapping, hash=False)
    related: tuple[str, ...] = ()
    broader: tuple[str, ...] = ()
    narrower: tuple[str, ...] = ()
    hazardous_for_minors: bool = False
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
