"""A gateway's validation problem → a message beside each form field it is about (pure).

The gateway names each bad field by its place in the request body (``loc``), never its
value. A concept the vocabulary does not know comes with ``suggestions``, the nearest
concept ids: the form shows what was sent and those concepts by their labels, in the
reader's language. A place without coordinates whose district the gateway's gazetteer does
not find is refused as a whole (``loc`` is the place itself): the form says so and asks
for the centre's coordinates. Everything else reads "Check this field.".
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping, Sequence
from typing import Any

from console import messages
from console.i18n import Translator
from console.vocabulary import Vocabulary

__all__ = ["field_messages"]

#: At most this many suggestions are named beside a field.
_MAX_NEAREST = 3


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
    vocabulary: Vocabulary | None,
    sent: Mapping[str, Sequence[str]],
    places: Collection[str] = (),
) -> dict[str, str]:
    """Form field → the message beside it, from a problem's ``errors``.

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
            value = _sent_value(loc, name, sent)
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
        elif dotted in places:
            found[name] = t.gettext(messages.DISTRICT_NOT_FOUND)
        else:
            found[name] = t.gettext(messages.CHECK_FIELD)
    return found
