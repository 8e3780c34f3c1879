"""The job / course form ↔ the gateway's opportunity body, and the outcome steps each role
records, with the day each happened (pure: no I/O, tested alone).

Concepts are picked from the vocabulary (``console.vocabulary``): the sector from a list,
the skills as checkboxes; what is posted is the concept ids, sent as they are. The place is
a country from a list and a district typed by name, which the gateway finds in its
gazetteer; coordinates are only needed for a district it does not know. The workplace's
conditions (night shifts, live-in, women only, heavy lifting), hazardous work and the
support offered are checkboxes: what is sent is what is ticked, so unticking clears one
(matching still marks night shifts, live-in and heavy lifting its text says); a form that
did not draw them keeps what the opportunity holds. Editing keeps
the place's coordinates while its country and district stay the same, so a save never
drops them.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

from console import messages
from console.forms import ACCOMMODATIONS, HOURS  # the gateway's, as survivors' forms have them
from console.gateway_client import GatewayProblem
from console.i18n import Translator

__all__ = [
    "ACCOMMODATIONS",
    "CONDITIONS_SHOWN",
    "HOURS",
    "MULTI_FIELDS",
    "OPPORTUNITY_FIELDS",
    "READ_FROM_THE_TEXT",
    "STATUS_ACTIONS",
    "WORKPLACE_CONDITIONS",
    "chosen_of",
    "field_for_opportunity_error",
    "form_values_of",
    "next_outcomes",
    "opportunity_body",
    "outcome_body",
    "outcome_problem",
    "outcome_refusal",
]

#: Fields posted as several values (checkboxes): concept ids, and the support offered.
MULTI_FIELDS = ("skills", "accommodations")
#: The workplace's conditions a poster ticks (the gateway's ``Workplace``), each a checkbox.
WORKPLACE_CONDITIONS = ("night_shifts", "live_in", "women_only", "heavy_lifting")
#: The hidden field saying the form drew the conditions' checkboxes (an unticked box posts
#: nothing, so without it "unticked" and "not shown" would look the same).
CONDITIONS_SHOWN = "conditions_shown"
#: What matching reads from an opportunity's text and answers in its workplace, never
#: taken from a poster: the gateway refuses it in a body.
READ_FROM_THE_TEXT = frozenset({"abroad", "documents_withheld", "fee_charged"})
OPPORTUNITY_FIELDS = (
    "title",
    "description",
    "sector",
    "skills",
    "language",
    "level",
    "remote",
    "country",
    "district",
    "latitude",
    "longitude",
    "pay_amount",
    "pay_currency",
    "hours",
    "openings",
    "minimum_age",
    *WORKPLACE_CONDITIONS,
    "hazardous",
    "accommodations",
)
#: Which status an owner can move to from each status (the gateway decides in the end).
STATUS_ACTIONS: dict[str, tuple[str, ...]] = {
    "open": ("paused", "filled", "closed"),
    "paused": ("open", "closed"),
    "filled": ("open", "closed"),
    "closed": (),
}

#: The next step each role records, by the match's state and the opportunity's kind.
#: Jobs: employer interest → introduced → hired → still employed at 30, 90, 180 days;
#: courses: accepted → enrolled → completed. "Ended" is always possible once started.
_JOB_NEXT = {
    "employer_interest": ("introduced",),
    "introduced": ("hired",),
    "hired": ("retained_30", "ended"),
    "retained_30": ("retained_90", "ended"),
    "retained_90": ("retained_180", "ended"),
}
_TRAINING_NEXT = {
    "accepted": ("enrolled",),
    "enrolled": ("completed", "ended"),
}


def next_outcomes(*, kind: str, state: str | None) -> tuple[str, ...]:
    table = _JOB_NEXT if kind == "job" else _TRAINING_NEXT
    return table.get(state or "", ())


def outcome_body(form: Mapping[str, Any]) -> dict[str, Any]:
    """The outcome form → the gateway's body: the step, the wage with a hire, and the day it
    happened (``YYYY-MM-DD``, as a date input posts it; left out when empty: today)."""
    outcome = str(form.get("outcome", ""))
    body: dict[str, Any] = {"outcome": outcome}
    amount = str(form.get("wage_amount", "")).strip()
    if outcome == "hired" and amount:
        body["wage"] = {
            "amount": _integer(amount),
            "currency": str(form.get("wage_currency", "")).strip().upper(),
        }
    occurred_on = str(form.get("occurred_on", "")).strip()
    if occurred_on:
        body["occurred_on"] = occurred_on
    return body


def outcome_problem(form: Mapping[str, Any]) -> tuple[str, str] | None:
    """A step the console refuses before asking the gateway: the field and its msgid.

    The form asks the day it happened, filled in with today: a day cleared is asked for
    again, not taken as today (the gateway's default for clients that send none), since the
    person meant to change it. A hire is recorded with its monthly wage (the money outcome
    is measured by it): a whole amount, in one of the region's currencies
    (:data:`console.messages.CURRENCIES`)."""
    if not str(form.get("occurred_on", "")).strip():
        return "occurred_on", messages.REQUIRED
    if str(form.get("outcome", "")) != "hired":
        return None
    amount = str(form.get("wage_amount", "")).strip()
    if not amount:
        return "wage_amount", messages.WAGE_REQUIRED
    if not amount.isdigit() or int(amount) <= 0:
        return "wage_amount", messages.WAGE_NOT_A_NUMBER
    if str(form.get("wage_currency", "")).strip().upper() not in messages.CURRENCIES:
        return "wage_currency", messages.WAGE_CURRENCY
    return None


_ISO_DAY = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")


def outcome_refusal(problem: GatewayProblem, t: Translator) -> str:
    """What the outcome form says when the gateway refuses a step, in the reader's language.

    A refused day names its rule (``code``) and the nearest day allowed (``suggestions``),
    shown as the reader's locale writes dates; the gateway's own English is never shown."""
    for error in problem.errors:
        if [str(part) for part in error.get("loc", [])] != ["body", "occurred_on"]:
            continue
        text = messages.OCCURRED_ON_REFUSED.get(str(error.get("code", "")))
        if text is None:
            return t.gettext(messages.OCCURRED_ON_NOT_A_DATE)
        nearest = error.get("suggestions") or [""]
        day = str(nearest[0])
        return t.gettext(text, date=t.date(day) if _ISO_DAY.match(day) else "")
    return t.gettext(messages.PROBLEMS.get(problem.slug, messages.UNKNOWN_PROBLEM))


def _ids(values: Sequence[str]) -> list[str]:
    """Concept ids as posted, once each, in order (the gateway checks each one)."""
    return list(dict.fromkeys(value.strip() for value in values if value.strip()))


def _same_place(a: Mapping[str, Any], b: Mapping[str, Any]) -> bool:
    def key(place: Mapping[str, Any]) -> tuple[str, str]:
        district = " ".join(str(place.get("district", "")).casefold().split())
        return str(place.get("country", "")).upper(), district

    return key(a) == key(b)


def _integer(value: str) -> int | str:
    stripped = value.strip()
    return int(stripped) if stripped.isdigit() else stripped


def _number(value: str) -> float | str:
    try:
        return float(value.strip())
    except ValueError:
        return value.strip()


def opportunity_body(
    form: Mapping[str, str],
    multi: Mapping[str, Sequence[str]],
    *,
    kind: str,
    current: Mapping[str, Any] | None = None,
) -> dict[str, Any]:
    """The body to POST (new) or PUT (``current``: the opportunity as read, whose
    coordinates are kept while its place stays the same). ``multi`` holds the checkboxes'
    values (``skills``, ``accommodations``).

    A form that showed the conditions (``conditions_shown``) sends what is ticked: a
    workplace condition, hazardous work or support left unticked is sent as not there, so
    unticking clears it. A form that did not (one drawn before the checkboxes existed, still
    open in a tab) keeps what ``current`` holds, so a save never drops them unseen."""
    body: dict[str, Any] = {}
    if form.get(CONDITIONS_SHOWN):
        body["workplace"] = {name: form.get(name) == "on" for name in WORKPLACE_CONDITIONS}
        body["hazardous"] = form.get("hazardous") == "on"
        body["accommodations"] = _ids(multi.get("accommodations", ()))
    elif current is not None:
        for name in ("workplace", "accommodations", "hazardous"):
            if name in current:
                body[name] = current[name]
        if isinstance(body.get("workplace"), dict):
            # Read from the text by matching, never sent: the gateway refuses it.
            body["workplace"] = {
                k: v for k, v in body["workplace"].items() if k not in READ_FROM_THE_TEXT
            }
    skills = _ids(multi.get("skills", ()))
    body |= {
        "kind": kind,
        "title": form.get("title", "").strip(),
        "description": form.get("description", "").strip(),
        "sector": form.get("sector", "").strip(),
        "skills_required": skills if kind == "job" else [],
        "skills_taught": skills if kind == "training" else [],
        "hours": form.get("hours", "any"),
        "openings": _integer(form.get("openings", "")),
        "minimum_age": _integer(form.get("minimum_age", "") or "18"),
        "remote": form.get("remote") == "on",
    }
    language = form.get("language", "").strip().lower()
    body["languages"] = [{"language": language, "level": form.get("level", "")}] if language else []
    if form.get("country", "").strip() or form.get("district", "").strip():
        place: dict[str, Any] = {
            "country": form.get("country", "").strip().upper(),
            "district": form.get("district", "").strip(),
        }
        for name in ("latitude", "longitude"):
            if form.get(name, "").strip():
                place[name] = _number(form[name])
        before = (current or {}).get("location") or {}
        if (
            "latitude" not in place
            and "longitude" not in place
            and before.get("latitude") is not None
            and _same_place(place, before)
        ):
            # The same district as before: keep its coordinates (perhaps typed because the
            # gazetteer does not know it). A new district is looked up again.
            place["latitude"] = before["latitude"]
            place["longitude"] = before["longitude"]
        body["location"] = place
    else:
        body["location"] = None
    amount = form.get("pay_amount", "").strip()
    body["pay"] = (
        {"amount": _integer(amount), "currency": form.get("pay_currency", "").strip().upper()}
        if amount
        else None
    )
    return body


def form_values_of(opportunity: Mapping[str, Any]) -> dict[str, str]:
    """An opportunity as read from the gateway → the edit form's one-value fields.

    The coordinates are not shown: they stay as they are while the district does."""
    languages = opportunity.get("languages") or [{}]
    location = opportunity.get("location") or {}
    pay = opportunity.get("pay") or {}
    workplace = opportunity.get("workplace") or {}
    return {
        "title": str(opportunity.get("title", "")),
        "description": str(opportunity.get("description", "")),
        "sector": str(opportunity.get("sector", "")),
        "language": str(languages[0].get("language", "")),
        "level": str(languages[0].get("level", "conversational")),
        "remote": "on" if opportunity.get("remote") else "",
        "country": str(location.get("country", "")),
        "district": str(location.get("district", "")),
        "pay_amount": str(pay.get("amount", "")),
        "pay_currency": str(pay.get("currency", "")),
        "hours": str(opportunity.get("hours", "any")),
        "openings": str(opportunity.get("openings", "")),
        "minimum_age": str(opportunity.get("minimum_age", "18")),
        **{name: "on" if workplace.get(name) else "" for name in WORKPLACE_CONDITIONS},
        "hazardous": "on" if opportunity.get("hazardous") else "",
    }


def chosen_of(opportunity: Mapping[str, Any]) -> dict[str, list[str]]:
    """An opportunity's concepts and support offered → the edit form's checked boxes
    (``skills``, ``accommodations``)."""
    kind = opportunity.get("kind", "job")
    skills = opportunity.get("skills_required" if kind == "job" else "skills_taught") or []
    offered = opportunity.get("accommodations") or []
    return {
        "skills": [str(skill) for skill in skills],
        "accommodations": [str(one) for one in offered],
    }


_LOC_TO_FIELD = (
    ("title", "title"),
    ("description", "description"),
    ("sector", "sector"),
    ("skills_required", "skills"),
    ("skills_taught", "skills"),
    ("languages.0.language", "language"),
    ("languages.0.level", "level"),
    ("languages", "language"),
    ("location.country", "country"),
    ("location.district", "district"),
    ("location.latitude", "latitude"),
    ("location.longitude", "longitude"),
    ("location", "district"),
    ("remote", "remote"),
    ("pay.amount", "pay_amount"),
    ("pay.currency", "pay_currency"),
    ("pay", "pay_amount"),
    ("hours", "hours"),
    ("openings", "openings"),
    ("minimum_age", "minimum_age"),
    *((f"workplace.{name}", name) for name in WORKPLACE_CONDITIONS),
    ("hazardous", "hazardous"),
    ("accommodations", "accommodations"),
)


def field_for_opportunity_error(loc: str) -> str | None:
    for prefix, name in _LOC_TO_FIELD:
        if loc == prefix or loc.startswith(prefix + "."):
            return name
    return None
