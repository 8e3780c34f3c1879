"""The matching domain's errors, one hierarchy, mapped once to gRPC statuses at the edge.

    MatchingError
    ├── NotFound            the thing does not exist, or the caller may not know it does
    ├── InvalidInput        the request breaks a rule of form (INVALID_ARGUMENT)
    │   ├── FieldInvalid        one field breaks a rule: the field's path, for the edge
    │   └── StepDateInvalid     not a date, or a day still to come (+ StepDateRefused)
    ├── AlreadyExists       a create collided with something else (ALREADY_EXISTS)
    ├── StaleVersion        an update was based on an old version (ABORTED)
    ├── Forbidden           the caller's role may not do this (PERMISSION_DENIED)
    └── NotAllowedNow       the state forbids it: a bad transition, an ineligible match
        │                   (FAILED_PRECONDITION)
        └── StepDateTooEarly    before the day the match's history allows (+ StepDateRefused)

    StepDateRefused         a step's ``occurred_on`` refused: the rule's code and the
                            nearest day it allows, for the edge to locate the field

Messages never carry personal data: ids and rule codes only.
"""

from __future__ import annotations

from datetime import date

__all__ = [
    "AlreadyExists",
    "FieldInvalid",
    "Forbidden",
    "InvalidInput",
    "MatchingError",
    "NotAllowedNow",
    "NotFound",
    "StaleVersion",
    "StepDateInvalid",
    "StepDateRefused",
    "StepDateTooEarly",
]


class MatchingError(Exception):
    """Base of every error the matching domain raises on purpose."""


class NotFound(MatchingError):
    pass


class InvalidInput(MatchingError):
    pass


class FieldInvalid(InvalidInput):
    """A rule one field breaks, with the field's path in what the domain was given (an
    opportunity's ``("location",)``, an assessment's ``("review_due",)``): the edge sends
    it as a located violation, so a form marks that field instead of failing whole."""

    def __init__(self, message: str, *, field: tuple[str, ...]) -> None:
        super().__init__(message)
        self.field = field


class AlreadyExists(MatchingError):
    pass


class StaleVersion(MatchingError):
    pass


class Forbidden(MatchingError):
    pass


class NotAllowedNow(MatchingError):
    pass


class StepDateRefused(MatchingError):
    """The day a step of a match happened (``occurred_on``) breaks a rule of dates.

    ``rule`` is the rule's code (``matching.domain.match.DateRule``, part of the contract);
    ``nearest`` the nearest day the rule allows, when there is one. Neither is personal
    data the caller could not already see: the days of the match's steps are in its view."""

    #: The field of the request at fault.
    field = "occurred_on"

    def __init__(self, message: str, *, rule: str, nearest: date | None = None) -> None:
        super().__init__(message)
        self.rule = rule
        self.nearest = nearest


class StepDateInvalid(StepDateRefused, InvalidInput):
    """Not a calendar date, or a day after today."""


class StepDateTooEarly(StepDateRefused, NotAllowedNow):
    """Before the step it follows, or before a retention period has passed since the hire."""
