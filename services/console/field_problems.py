"""A gateway's validation problem → a message beside each form field it is about (pure).

The gateway names each bad field by its place in the request body (``loc``), never its
value. A concept the vocabulary does not know comes with ``suggestions``, the nearest
concept ids: the form shows what was sent and those concepts by their labels, in the
reader's language. A place without coordinates whose district the gateway's gazetteer does
not find is refused as a whole (``loc`` is the place itself): the form says so and asks
for the centre's coordinates.

Other errors carry the rule only in the gateway's (pydantic's) English ``msg``: the common
rules are recognised from it and said in the reader's language (required, a number out of
range with the range when the form knows it, not a number, a currency missing with an
amount, a date in the future, a minor with cross-border work, an age outside its band).
A rule matching names by its ``code`` (an employer keeping workers' papers) is said in the
reader's language. Anything else reads "Check this field.": the gateway's words are never
shown.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Mapping, Sequence
from typing import Any

from console import messages
from console.i18n import Translator
from console.vocabulary import Vocabulary

__all__ = ["NUMBER_RANGES", "field_messages", "rule_message"]

#: At most this many suggestions are named beside a field.
_MAX_NEAREST = 3

#: Form fields that take a number and the whole range the gateway allows (its schemas:
#: ``SurvivorProfile`` and ``OpportunityIn``; a test holds them equal), so that a refusal of
#: either bound says the range.
NUMBER_RANGES: dict[str, tuple[int, int]] = {
    "travel_radius_km": (0, 500),
    "age_years": (14, 120),
    "openings": (1, 10_000),
    "minimum_age": (14, 70),
}
#: Fields whose value is picked from a list: a value that does not fit means none was chosen.
_CHOSEN = frozenset(
    {"language", "level", "age_band", "country", "hours", "sector", "stage", "modality", "focus"}
)
_BOUND = re.compile(r"^Input should be (greater|less) than(?: or equal to)? (-?[0-9.]+)")
#: The gateway's own rules (its validators' words) → what the console says.
_RULES = (
    ("minor is never offered work or training across a border", messages.MINOR_CROSS_BORDER),
    ("age in years must lie within the age band", messages.AGE_NOT_IN_BAND),
    ("minor's age in years is required", messages.MINOR_AGE_REQUIRED),
    # Matching's own rules of one field (``matching.domain.errors.FieldInvalid``).
    ("review date must be after the assessment", messages.REVIEW_AFTER_TODAY),
    ("not remote needs a location", messages.PLACE_OR_REMOTE),
)


def _names_a_rule(msg: str) -> bool:
    """Whether ``msg`` is one of the rules said in the console's own words (:data:`_RULES`):
    a place refused for missing, not for a district the gazetteer does not know."""
    return any(words in msg for words, _ in _RULES)


def rule_message(name: str, loc: Sequence[str], msg: str, t: Translator) -> str:
    """What one refused field is told, from the rule the gateway's ``msg`` names."""
    for words, text in _RULES:
        if words in msg:
            return t.gettext(text)
    if loc and loc[-1] == "currency":
        return t.gettext(messages.CURRENCY_REQUIRED)
    if msg.startswith(
        (
            "Field required",
            "String should have at least 1 character",
            "Value should have at least 1 item",
        )
    ):
        return t.gettext(messages.REQUIRED)
    if msg.startswith("List should have at least 1 item"):
        return t.gettext(messages.CHOOSE_AT_LEAST_ONE)
    if "in the past" in msg or "in the future" in msg:
        return t.gettext(messages.NOT_IN_THE_FUTURE)
    bound = _BOUND.match(msg)
    if name in NUMBER_RANGES and (bound or "valid integer" in msg or "valid number" in msg):
        low, high = NUMBER_RANGES[name]
        return t.gettext(messages.NUMBER_IN_RANGE, low=t.number(low), high=t.number(high))
    if bound is not None:
        text = messages.NUMBER_AT_LEAST if bound.group(1) == "greater" else messages.NUMBER_AT_MOST
        return t.gettext(text, bound=t.number(float(bound.group(2))))
    if "valid integer" in msg or "valid number" in msg:
        return t.gettext(messages.NOT_A_NUMBER)
    if msg.startswith(("String should match pattern", "Input should be '")) and name in _CHOSEN:
        return t.gettext(messages.CHOOSE_ONE)
    return t.gettext(messages.CHECK_FIELD)


def _sent_value(loc: Sequence[str], name: str, sent: Mapping[str, Sequence[str]]) -> str:
    """The value refused: for a list, the one at the position the gateway named."""
    values = sent.get(name) or ()
    if loc and loc[-1].isdigit() and int(loc[-1]) < len(values):
        return values[int(loc[-1])]
    return values[0] if len(values) == 1 else ""


def field_messages(
    errors: Sequence[Mapping[str, Any]],
    *,
    field_for: Callable[[str], str | None],
    t: Translator,
    vocabulary: Vocabulary | None = None,
    sent: Mapping[str, Sequence[str]] | None = None,
    places: Collection[str] = (),
) -> dict[str, str]:
    """Form field → the message beside it, from a problem's ``errors``.

    A form without concept fields (an assessment, a group's settings) passes neither
    ``vocabulary`` nor ``sent``.

    ``field_for`` maps a dotted ``loc`` to the form's field; ``sent`` holds the values
    posted per field (in order); ``places`` are the ``loc`` of place objects, whose refusal
    as a whole means the district was not found."""
    found: dict[str, str] = {}
    for error in errors:
        loc = [str(part) for part in error.get("loc", []) if part != "body"]
        dotted = ".".join(loc)
        name = field_for(dotted)
        if not loc or name is None or name in found:
            continue
        suggestions = error.get("suggestions")
        if isinstance(suggestions, list):
            value = _sent_value(loc, name, sent or {})
            if vocabulary is not None:
                value = vocabulary.label(value, t.language.tag)
            nearest = [
                vocabulary.label(str(s), t.language.tag) if vocabulary is not None else str(s)
                for s in suggestions[:_MAX_NEAREST]
            ]
            found[name] = (
                t.gettext(messages.NOT_IN_VOCABULARY, value=value, nearest=", ".join(nearest))
                if nearest
                else t.gettext(messages.NOT_IN_VOCABULARY_NO_NEAREST, value=value)
            )
        elif dotted in places and not _names_a_rule(str(error.get("msg", ""))):
            found[name] = t.gettext(messages.DISTRICT_NOT_FOUND)
        elif (rule := messages.FIELD_RULES.get(str(error.get("code", "")))) is not None:
            found[name] = t.gettext(rule)
        else:
            found[name] = rule_message(name, loc, str(error.get("msg", "")), t)
    return found
