"""Tags people type are vocabulary concepts, or they are refused with the nearest ones.

Officers type skills, interests and sectors to avoid; employers and providers type sectors
and skills. Everything matching shows an employer or a facilitator of a survivor is a
vocabulary label, so a tag must be a concept id: free words typed by an officer could say
anything about a person, and a misspelt sector to avoid would silently protect no one.

A refusal names each offending field by its place in the request (never its value) and the
nearest known ids: the concepts the typed words mention in any of the vocabulary's languages
(an officer who typed a Thai word for sewing gets ``sewing``), then ids and English labels
that are spelt alike.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Mapping, Sequence

from matching.domain.vocabulary import Vocabulary
from matching.service_layer.refusals import FieldViolation, LocatedRefusal

__all__ = ["UnknownConcepts", "check_concepts", "nearest_concepts"]

#: At most this many suggestions per refused tag.
MAX_SUGGESTIONS = 5


class UnknownConcepts(LocatedRefusal):
    """Some tags are not concepts of the vocabulary; each violation says where."""

    def __init__(self, violations: Sequence[FieldViolation]) -> None:
        where = ", ".join(".".join(v.location) for v in violations)
        super().__init__(f"not a vocabulary concept: {where}", violations)


def nearest_concepts(vocabulary: Vocabulary, typed: str) -> tuple[str, ...]:
    """Known concept ids closest to what was typed, best first."""
    found: list[str] = sorted(vocabulary.concepts_in(typed.replace("_", " ")))
    ids = list(vocabulary.ids)
    found += difflib.get_close_matches(typed.strip().lower(), ids, n=MAX_SUGGESTIONS, cutoff=0.6)
    by_label = {concept.label("en").lower(): concept.id for concept in vocabulary}
    found += [
        by_label[label]
        for label in difflib.get_close_matches(
            typed.replace("_", " ").strip().lower(), list(by_label), n=3, cutoff=0.6
        )
    ]
    return tuple(dict.fromkeys(found))[:MAX_SUGGESTIONS]


def check_concepts(
    vocabulary: Vocabulary,
    *,
    lists: Mapping[tuple[str, ...], Iterable[str]],
    singles: Mapping[tuple[str, ...], str] | None = None,
) -> None:
    """Raise :class:`UnknownConcepts` unless every tag is a concept id.

    ``lists`` maps a list field's path in the request to its values in the order sent (a
    bad value is located by its position); ``singles`` maps a one-value field's path to
    its value (an empty one is left to the domain's own rules).
    """
    located: list[tuple[tuple[str, ...], str]] = [
        ((*path, str(position)), value)
        for path, values in lists.items()
        for position, value in enumerate(values)
    ]
    located += [(path, value) for path, value in (singles or {}).items() if value]
    violations = [
        FieldViolation(
            location=location,
            message="not a vocabulary concept; see GET /v1/vocabulary",
            suggestions=nearest_concepts(vocabulary, value),
        )
        for location, value in located
        if value not in vocabulary
    ]
    if violations:
        raise UnknownConcepts(violations)
