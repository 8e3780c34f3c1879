"""Refusals of a request's form located field by field: the edge sends each violation back
as a ``FieldViolation`` (see ``matching.proto``), so a caller sees which field to mend.

A violation names the field by its place in the request, never its value: what was typed
may say something about a person, and a refusal's message may be logged."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from matching.domain.errors import InvalidInput

__all__ = ["FieldViolation", "LocatedRefusal"]


@dataclass(frozen=True, slots=True)
class FieldViolation:
    #: Path in the request, e.g. ``("profile", "skills", "2")``.
    location: tuple[str, ...]
    message: str
    #: The nearest values that would be accepted, best first (vocabulary ids for a tag).
    suggestions: tuple[str, ...] = ()
    #: The rule refused, when there is one to name (``DOCUMENTS_WITHHELD``).
    code: str = ""


class LocatedRefusal(InvalidInput):
    """A request refused for what some of its fields hold; each violation says where."""

    def __init__(self, summary: str, violations: Sequence[FieldViolation]) -> None:
        super().__init__(summary)
        self.violations = tuple(violations)
