"""Form fields ↔ gateway bodies for the officer's pages (pure: no I/O, tested alone).

The gateway validates; this module only shapes what the browser sent into the API's body
and maps the gateway's validation errors (``loc`` paths) back to the form's fields, so an
error shows next to the field it is about.

Concepts (interests from the list, skills, sectors to avoid) are checkboxes whose values
are vocabulary ids (:data:`MULTI_FIELDS`); a form drawn without the vocabulary still sends
them typed, separated by commas, and they are read that way.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

from console.contact_details import contact_details_in

__all__ = [
    "ACCOMMODATIONS",
    "AGE_BANDS",
    "CONDITIONS",
    "DAY_PARTS",
    "GROUP_FOCUSES",
    "HOURS",
    "MINOR_BANDS",
    "MULTI_FIELDS",
    "OWN_WORDS_FIELDS",
    "REGISTER_FIELDS",
    "assessment_body",
    "availability_of",
    "field_for_error",
    "fields_with_contact_details",
    "free_parts",
    "profile_field_for_error",
    "registration_body",
    "valid_id",
    "valid_idempotency_key",
]

AGE_BANDS = ("14-17", "18-24", "25-34", "35-44", "45-54", "55+")
#: The minors' bands: ``15-17`` is how minors were recorded before 14-year-olds could be.
MINOR_BANDS = ("14-17", "15-17")
HOURS = ("any", "full_time", "part_time", "flexible")
CONDITIONS = ("no_night_shifts", "women_only_workplace", "no_live_in", "no_heavy_lifting")
ACCOMMODATIONS = (
    "childcare",
    "transport",
    "flexible_hours",
    "counselling",
    "stipend",
    "trauma_informed_supervisor",
)
#: The kinds of peer group a survivor may choose to be in (the gateway's ``GroupFocus``
#: but "any", which every survivor fits).
GROUP_FOCUSES = ("labour_trafficking", "sex_trafficking", "women_only", "youth")
#: The parts of a day a survivor's free time is recorded in (name, first minute, end
#: minute): an officer asks "which mornings, afternoons or evenings are you free?", not for
#: minutes. Ticked parts of one day that follow each other are sent as one slot, so a
#: group meeting from 11:00 to 13:00 fits someone free in the morning and the afternoon.
DAY_PARTS = (
    ("morning", 8 * 60, 12 * 60),
    ("afternoon", 12 * 60, 17 * 60),
    ("evening", 17 * 60, 21 * 60),
)
#: A part counts as free when recorded free time covers this much of it (peer groups ask
#: an hour's overlap with a meeting, ``FormationPolicy.min_overlap_minutes``).
_PART_COVERED_MINUTES = 60
REGISTER_FIELDS = (
    "language",
    "level",
    "country",
    "district",
    "latitude",
    "longitude",
    "age_band",
    "interests",
    "interest_tags",
    "aspirations",
    "skills",
    "travel_radius_km",
    "income_amount",
    "income_currency",
    "sectors_to_avoid",
)
#: Fields the registration form posts as several values (checkboxes).
MULTI_FIELDS = (
    "conditions",
    "needs",
    "consents",
    "interest_tags",
    "skills",
    "sectors_to_avoid",
    "free",
    "peer_group_focuses",
)
_ID = re.compile(r"^[A-Za-z0-9_\-]{3,64}$")
_KEY = re.compile(r"^[0-9a-f]{32}$")


_ALIAS = re.compile(r"^[Pp]-[A-Za-z0-9]{6}$")
_SURVIVOR_ID = re.compile(r"^srv_[A-Za-z0-9]{6,60}$")


def valid_alias(value: str) -> bool:
    """Shaped like a survivor's code name (``P-7KQ3XM``)."""
    return bool(_ALIAS.match(value))


def valid_survivor_id(value: str) -> bool:
    """Shaped like a survivor's case id (``srv_…``): other text is never sent on."""
    return bool(_SURVIVOR_ID.match(value))


def valid_id(value: str) -> bool:
    """Shaped like one of the gateway's ids (survivors, organisations, groups): checked
    before it goes into a gateway URL."""
    return bool(_ID.match(value))


#: The gateway's page cursors: URL-safe base64 and dots, bounded.
_CURSOR = re.compile(r"^[A-Za-z0-9_\-.=]{1,512}$")


def valid_cursor(value: str) -> bool:
    return bool(_CURSOR.match(value))


def valid_idempotency_key(value: str) -> bool:
    return bool(_KEY.match(value))


def _words(value: str) -> list[str]:
    """``"cooking, customer service"`` → ``["cooking", "customer_service"]``."""
    return ["_".join(word.strip().lower().split()) for word in value.split(",") if word.strip()]


def _concepts(name: str, form: Mapping[str, str], multi: Mapping[str, Sequence[str]]) -> list[str]:
    """Ids ticked in the list, once each, in order; typed words if the form had no list."""
    if name in multi:
        return list(dict.fromkeys(v.strip() for v in multi[name] if v.strip()))
    return _words(form.get(name, ""))


def _integer(value: str) -> int | str:
    """An integer when it is one; otherwise the text, so the gateway names the field."""
    stripped = value.strip()
    return int(stripped) if stripped.isdigit() else stripped


def _number(value: str) -> float | str:
    """A decimal number when it is one; otherwise the text, so the gateway names the field."""
    try:
        return float(value.strip())
    except ValueError:
        return value.strip()


def availability_of(ticked: Sequence[str]) -> list[dict[str, int]]:
    """The weekly slots of the parts of days ticked (``"1-morning"``: Monday morning; day 1
    is Monday, as the gateway's ``day_of_week``), parts that follow each other on a day
    joined into one slot; values that are not a day and a part are ignored."""
    parts = {name: (start, end) for name, start, end in DAY_PARTS}
    by_day: dict[int, list[tuple[int, int]]] = {}
    for value in ticked:
        number, _, part = value.partition("-")
        if number.isdigit() and 1 <= int(number) <= 7 and part in parts:
            by_day.setdefault(int(number), []).append(parts[part])
    slots: list[dict[str, int]] = []
    for day, ranges in sorted(by_day.items()):
        joined: list[list[int]] = []
        for start, end in sorted(set(ranges)):
            if joined and start <= joined[-1][1]:
                joined[-1][1] = max(joined[-1][1], end)
            else:
                joined.append([start, end])
        slots += [
            {"day_of_week": day, "start_minute": start, "duration_minutes": end - start}
            for start, end in joined
        ]
    return slots


def free_parts(availability: Sequence[Mapping[str, Any]]) -> list[str]:
    """The parts of days (``"1-morning"``) that recorded weekly slots cover for an hour at
    least: what the form shows ticked for them."""
    ticked = []
    for day in range(1, 8):
        for name, start, end in DAY_PARTS:
            covered = 0
            for slot in availability:
                if int(slot.get("day_of_week", 0)) != day:
                    continue
                first = int(slot.get("start_minute", 0))
                last = first + int(slot.get("duration_minutes", 0))
                covered += max(0, min(end, last) - max(start, first))
            if covered >= min(_PART_COVERED_MINUTES, end - start):
                ticked.append(f"{day}-{name}")
    return ticked


#: The survivor's own words: read for contact details before they are sent.
OWN_WORDS_FIELDS = ("interests", "aspirations")


def fields_with_contact_details(
    form: Mapping[str, str], *, offered_countries: Sequence[str]
) -> list[str]:
    """The own-words fields holding a phone number or an email address; numbers dialled
    within a country are looked for as the country the form names writes them, else as
    each country the console offers (``console.contact_details``)."""
    country = form.get("country", "").strip().upper()
    countries = [country] if country else list(offered_countries)
    return [f for f in OWN_WORDS_FIELDS if contact_details_in(form.get(f, ""), countries)]


def registration_body(
    form: Mapping[str, str], multi: Mapping[str, Sequence[str]]
) -> dict[str, Any]:
    profile: dict[str, Any] = {
        "languages": [
            {"language": form.get("language", "").strip(), "level": form.get("level", "")}
        ],
        "age_band": form.get("age_band", ""),
        "minor": form.get("age_band") in MINOR_BANDS,
        # Only a ticked box opens the border (the gateway refuses it for a minor).
        "open_to_cross_border": form.get("open_to_cross_border") == "true",
        # Remote jobs and online courses are offered only to someone open to them.
        "remote_ok": form.get("remote_ok") == "true",
        "interests": form.get("interests", ""),
        "aspirations": form.get("aspirations", ""),
        "interest_tags": _concepts("interest_tags", form, multi),
        "skills": _concepts("skills", form, multi),
        "hours": form.get("hours", "any"),
        "sectors_to_avoid": _concepts("sectors_to_avoid", form, multi),
        "conditions": [c for c in multi.get("conditions", []) if c in CONDITIONS],
        "needs": [n for n in multi.get("needs", []) if n in ACCOMMODATIONS],
        "availability": availability_of(multi.get("free", [])),
        "peer_group_focuses": [
            f for f in dict.fromkeys(multi.get("peer_group_focuses", [])) if f in GROUP_FOCUSES
        ],
    }
    if form.get("country", "").strip() or form.get("district", "").strip():
        profile["residence"] = {
            "country": form.get("country", "").strip().upper(),
            "district": form.get("district", "").strip(),
        }
        for name in ("latitude", "longitude"):
            if form.get(name, "").strip():
                profile["residence"][name] = _number(form[name])
    age = form.get("age_years", "").strip()
    if age:
        profile["age_years"] = _integer(age)
    radius = form.get("travel_radius_km", "").strip()
    if radius:
        profile["travel_radius_km"] = _integer(radius)
    amount = form.get("income_amount", "").strip()
    if amount:
        profile["income_goal"] = {
            "amount": _integer(amount),
            "currency": form.get("income_currency", "").strip().upper(),
        }
    consents = [
        c
        for c in multi.get("consents", [])
        if c in {"matching", "employer_shortlist", "peer_groups"}
    ]
    return {"profile": profile, "consents": consents}


#: What a survivor's profile holds (the gateway's ``SurvivorProfile``): an edit sends back
#: every one of them, changed or not, so nothing the form does not show is lost.
PROFILE_FIELDS = (
    "languages", "residence", "age_band", "minor", "age_years", "gender", "interests",
    "aspirations", "interest_tags", "skills", "skills_wanted", "education", "hours",
    "remote_ok", "travel_radius_km", "sectors_to_avoid", "conditions", "needs",
    "income_goal", "availability", "do_not_group_with", "peer_group_focuses",
    "open_to_cross_border",
)  # fmt: skip
#: Fields the form may leave empty, which an edit then clears.
_CLEARABLE = ("residence", "age_years", "travel_radius_km", "income_goal")


def profile_form(profile: Mapping[str, Any]) -> tuple[dict[str, str], dict[str, list[str]]]:
    """The registration form's values for a profile: what an edit starts from."""
    languages = profile.get("languages") or [{}]
    place = profile.get("residence") or {}
    goal = profile.get("income_goal") or {}
    single = {
        "language": str(languages[0].get("language", "")),
        "level": str(languages[0].get("level", "native")),
        "age_band": str(profile.get("age_band", "")),
        "age_years": str(profile.get("age_years") or ""),
        "open_to_cross_border": "true" if profile.get("open_to_cross_border") else "",
        "remote_ok": "true" if profile.get("remote_ok") else "",
        "interests": str(profile.get("interests", "")),
        "aspirations": str(profile.get("aspirations", "")),
        "hours": str(profile.get("hours", "any")),
        "country": str(place.get("country", "")),
        "district": str(place.get("district", "")),
        "travel_radius_km": str(profile.get("travel_radius_km", "")),
        "income_amount": str(goal.get("amount", "")),
        "income_currency": str(goal.get("currency", "")),
    }
    multi = {
        name: [str(v) for v in profile.get(name) or []]
        for name in (
            "interest_tags",
            "skills",
            "sectors_to_avoid",
            "conditions",
            "needs",
            "peer_group_focuses",
        )
    }
    multi["free"] = free_parts(profile.get("availability") or [])
    # What the form showed ticked: an edit that leaves the days as they were sends the
    # recorded slots back as they are, not rounded to parts of days.
    single["free_shown"] = " ".join(multi["free"])
    return single, multi


def edited_profile(
    current: Mapping[str, Any], form: Mapping[str, str], multi: Mapping[str, Sequence[str]]
) -> dict[str, Any]:
    """``current`` with what the form shows replaced by what it holds now: the first
    language (the others are kept), the place (the same district keeps its coordinates),
    the texts, tags, conditions and goals. Everything else is sent back as it was."""
    sent = registration_body(form, multi)["profile"]
    profile = {name: current[name] for name in PROFILE_FIELDS if name in current}
    for name in _CLEARABLE:
        profile.pop(name, None)
    profile.update(sent)
    if "free_shown" in form and sorted(multi.get("free", [])) == sorted(form["free_shown"].split()):
        profile["availability"] = current.get("availability") or []
    first = sent["languages"][0]
    profile["languages"] = [first] + [
        language
        for language in (current.get("languages") or [])[1:]
        if language.get("language") != first.get("language")
    ]
    place, before = sent.get("residence"), current.get("residence") or {}
    if place and (place["country"], place["district"]) == (
        before.get("country"),
        before.get("district"),
    ):
        profile["residence"] = {**before, **place}
    return profile


_LOC_TO_FIELD = (
    ("profile.languages.0.language", "language"),
    ("profile.languages.0.level", "level"),
    ("profile.languages", "language"),
    ("profile.residence.country", "country"),
    ("profile.residence.district", "district"),
    ("profile.residence.latitude", "latitude"),
    ("profile.residence.longitude", "longitude"),
    ("profile.residence", "district"),
    ("profile.age_band", "age_band"),
    ("profile.minor", "age_band"),
    ("profile.age_years", "age_years"),
    ("profile.open_to_cross_border", "open_to_cross_border"),
    ("profile.remote_ok", "remote_ok"),
    ("profile.interests", "interests"),
    ("profile.interest_tags", "interest_tags"),
    ("profile.aspirations", "aspirations"),
    ("profile.skills", "skills"),
    ("profile.travel_radius_km", "travel_radius_km"),
    ("profile.income_goal.amount", "income_amount"),
    ("profile.income_goal.currency", "income_currency"),
    ("profile.income_goal", "income_amount"),
    ("profile.sectors_to_avoid", "sectors_to_avoid"),
    ("stage", "stage"),
    ("review_due", "review_due"),
)


def field_for_error(loc: str) -> str | None:
    """The form field a gateway error's ``loc`` (dotted, without ``body``) is about."""
    for prefix, name in _LOC_TO_FIELD:
        if loc == prefix or loc.startswith(prefix + "."):
            return name
    return None


def profile_field_for_error(loc: str) -> str | None:
    """``field_for_error`` for a profile sent alone (an edit's ``PUT …/profile``), whose
    errors are located from the profile itself: ``travel_radius_km``, not
    ``profile.travel_radius_km``."""
    return field_for_error(f"profile.{loc}")


def assessment_body(form: Mapping[str, str]) -> dict[str, Any]:
    body: dict[str, Any] = {"stage": form.get("stage", "")}
    due = form.get("review_due", "").strip()
    if due:
        body["review_due"] = f"{due}T00:00:00Z" if re.match(r"^\d{4}-\d{2}-\d{2}$", due) else due
    return body
