"""The peer-group form ↔ the gateway's group settings body (pure: no I/O, tested alone).

The gateway validates; this module shapes what the browser sent and maps the gateway's
validation errors back to the form's fields. The form has one weekly meeting (the API takes
up to fourteen): most circles meet once a week, and one slot keeps the form short.

Nothing is typed as a code: the working languages are ticked (one checkbox each, named
``language.<tag>``, from the registration form's list), the country is picked from the
region's list, and the start time is the browser's time input (``HH:MM``).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

from console import messages

__all__ = [
    "COHESION_SHOWN_FROM",
    "FOCUSES",
    "LANGUAGE_FIELD",
    "MODALITIES",
    "cohesion_sentence",
    "field_for_group_error",
    "group_settings_body",
    "shared_message",
    "whole_form_errors",
]

FOCUSES = ("any", "labour_trafficking", "sex_trafficking", "women_only", "youth")
MODALITIES = ("in_person", "online")
_TIME = re.compile(r"^([01]\d|2[0-3]):([0-5]\d)(:[0-5]\d(\.\d+)?)?$")
#: A working language's checkbox is named this prefix and its tag (``language.km``).
LANGUAGE_FIELD = "language."


def _integer(value: str) -> int | str:
    stripped = value.strip()
    return int(stripped) if stripped.isdigit() else stripped


def _languages(form: Mapping[str, str]) -> list[str]:
    """The ticked languages' tags, in the form's order (the gateway checks each)."""
    return [
        name.removeprefix(LANGUAGE_FIELD)
        for name, value in form.items()
        if name.startswith(LANGUAGE_FIELD) and value
    ]


def group_settings_body(form: Mapping[str, str]) -> dict[str, Any]:
    modality = form.get("modality", "")
    body: dict[str, Any] = {
        "title": form.get("title", "").strip(),
        "languages": _languages(form),
        "modality": modality,
        "focus": form.get("focus", "any"),
        "min_size": _integer(form.get("min_size", "")),
        "max_size": _integer(form.get("max_size", "")),
    }
    if modality == "in_person":
        body["country"] = form.get("country", "").strip().upper()
        body["district"] = form.get("district", "").strip()
    start = _TIME.match(form.get("start_time", "").strip())
    body["schedule"] = [
        {
            "day_of_week": _integer(form.get("day_of_week", "")),
            "start_minute": int(start[1]) * 60 + int(start[2]) if start else -1,
            "duration_minutes": _integer(form.get("duration_minutes", "")),
        }
    ]
    return body


_LOC_TO_FIELD = (
    ("title", "title"),
    ("languages", "languages"),
    ("modality", "modality"),
    ("country", "country"),
    ("district", "district"),
    ("focus", "focus"),
    ("min_size", "min_size"),
    ("max_size", "max_size"),
    ("schedule.0.day_of_week", "day_of_week"),
    ("schedule.0.start_minute", "start_time"),
    ("schedule.0.duration_minutes", "duration_minutes"),
    ("schedule", "day_of_week"),
)


def field_for_group_error(loc: str) -> str | None:
    """The form field a gateway error's ``loc`` (dotted, without ``body``) is about; a
    model-level error (sizes the wrong way round, a place missing) has an empty ``loc``."""
    for prefix, name in _LOC_TO_FIELD:
        if loc == prefix or loc.startswith(prefix + "."):
            return name
    return None


#: The gateway's rules over the settings as a whole (no field in ``loc``): their words →
#: the field shown at fault and what it is told.
_WHOLE_FORM_RULES = (
    ("min_size must not exceed max_size", "max_size", messages.SIZES_WRONG_WAY),
    ("needs its country and district", "district", messages.PLACE_NEEDED),
)


def whole_form_errors(errors: Sequence[Mapping[str, Any]]) -> dict[str, str]:
    """Field → message id, for the errors the gateway located at the body as a whole."""
    found: dict[str, str] = {}
    for error in errors:
        if [part for part in error.get("loc", []) if part != "body"]:
            continue
        for words, name, message in _WHOLE_FORM_RULES:
            if words in str(error.get("msg", "")):
                found.setdefault(name, message)
    return found


def shared_message(code: str) -> tuple[str, str]:
    """``"interest:cooking"`` → ``("interest", "cooking")``: the kind of thing members share
    and its value; an unknown kind stays whole so that it is shown, never hidden."""
    kind, _, value = code.partition(":")
    if kind in {"interest", "language", "stage"} and value:
        return kind, value
    return "other", code


#: Below this, a cohesion would read "0%" (a percentage is shown without decimals).
COHESION_SHOWN_FROM = 0.005


def cohesion_sentence(cohesion: float, shared_kinds: Sequence[str]) -> str | None:
    """What to say instead of a cohesion that would read "0%", else ``None`` (the percentage).

    Cohesion measures shared interests and how close the members' readiness stages are;
    a shared language is a rule of every group, so a facilitator reading "0%" took it for a
    bad group. The gateway lists every interest two members share (``interest:``), says
    ``stage:similar`` when stages are close, and names the common languages: a 0 with none
    of the first two means exactly "a language, no interests, stages apart"."""
    if cohesion >= COHESION_SHOWN_FROM:
        return None
    if "interest" in shared_kinds:
        return messages.COHESION_BELOW_ONE_PERCENT
    if "stage" not in shared_kinds and "language" in shared_kinds:
        return messages.COHESION_LANGUAGE_ONLY
    return messages.COHESION_NO_SHARED_INTERESTS
