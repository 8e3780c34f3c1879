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
    "NEW_GROUP_VALUES",
    "cohesion_sentence",
    "field_for_group_error",
    "group_settings_body",
    "kept_settings",
    "language_choices",
    "settings_form",
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


#: What the form for a new group starts with.
NEW_GROUP_VALUES: Mapping[str, str] = {
    "modality": "in_person",
    "focus": "any",
    "min_size": "4",
    "max_size": "8",
    "start_time": "18:00",
    "duration_minutes": "90",
}


def settings_form(settings: Mapping[str, Any]) -> dict[str, str]:
    """A group's settings (as the gateway gives them) → the form's values, for editing:
    the inverse of :func:`group_settings_body` for what the form shows (the first weekly
    meeting; see :func:`kept_settings` for the rest)."""
    values = {
        "title": str(settings.get("title") or ""),
        "modality": str(settings.get("modality") or ""),
        "focus": str(settings.get("focus") or "any"),
        "min_size": str(settings.get("min_size", "")),
        "max_size": str(settings.get("max_size", "")),
        "country": str(settings.get("country") or ""),
        "district": str(settings.get("district") or ""),
    }
    values.update({LANGUAGE_FIELD + str(tag): "on" for tag in settings.get("languages") or []})
    slots = settings.get("schedule") or []
    if slots:
        first = slots[0]
        minute = int(first.get("start_minute", 0))
        values["day_of_week"] = str(first.get("day_of_week", ""))
        values["start_time"] = f"{minute // 60:02d}:{minute % 60:02d}"
        values["duration_minutes"] = str(first.get("duration_minutes", ""))
    return values


def kept_settings(settings: Mapping[str, Any]) -> dict[str, Any]:
    """What the form does not show and an edit must keep, not reset: the focuses beside
    the one chosen in the form, "adults only", and the weekly meetings after the first
    (the API takes up to fourteen). The gateway lists the chosen focus among ``focuses``
    too; it is left out here, so that choosing another focus in the form replaces it."""
    focus = settings.get("focus")
    return {
        "focuses": [f for f in settings.get("focuses") or [] if f not in {focus, "any"}],
        "adults_only": bool(settings.get("adults_only", False)),
        "schedule": [dict(slot) for slot in (settings.get("schedule") or [])[1:]],
    }


def language_choices(values: Mapping[str, str]) -> list[str]:
    """The languages offered as checkboxes: the region's list, then any other language the
    group already works in (set through the API), so that editing never drops one unseen."""
    extra = [tag for tag in _languages(values) if tag not in messages.WORK_LANGUAGES]
    return [*messages.WORK_LANGUAGES, *extra]


def group_settings_body(
    form: Mapping[str, str], *, kept: Mapping[str, Any] | None = None
) -> dict[str, Any]:
    """The settings body from the form; ``kept`` (:func:`kept_settings`) adds what the form
    does not show, when an existing group is edited."""
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
    if kept:
        body["focuses"] = list(kept.get("focuses") or [])
        body["adults_only"] = bool(kept.get("adults_only", False))
        body["schedule"] += [dict(slot) for slot in kept.get("schedule") or []]
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
