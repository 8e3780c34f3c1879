"""An officer records a survivor's conditions, the support they need, when they are free to
meet and the kinds of peer group they would join (console probe, session 36: none of these
could be recorded from the console, so a survivor registered there was never free for any
group, could join no women-only group, and had no "no night shifts" rule).

Expected values come from the rules: peer groups ask an hour's overlap with a meeting
(``FormationPolicy.min_overlap_minutes``); the API's weekly slots count days from 1, Monday.
"""

from __future__ import annotations

import copy
import re
from typing import Any

import pytest

from console import messages
from console.forms import (
    ACCOMMODATIONS,
    CONDITIONS,
    GROUP_FOCUSES,
    availability_of,
    edited_profile,
    free_parts,
    profile_form,
    registration_body,
)
from console.i18n import Catalogs
from tests.unit.console.conftest import signed_in_officer
from tests.unit.console.test_edit_a_profile import PROFILE, SURVIVOR_ID, ProfileGateway, _form

MONDAY, WEDNESDAY, THURSDAY = 1, 3, 4


def slot(day: int, start: str, end: str) -> dict[str, int]:
    def minute(clock: str) -> int:
        hours, minutes = clock.split(":")
        return int(hours) * 60 + int(minutes)

    return {
        "day_of_week": day,
        "start_minute": minute(start),
        "duration_minutes": minute(end) - minute(start),
    }


def test_parts_of_a_day_become_weekly_slots_joined_when_they_follow_each_other() -> None:
    ticked = ["1-morning", "1-afternoon", "3-evening", "9-morning", "1-night", "x"]
    assert availability_of(ticked) == [
        slot(MONDAY, "08:00", "17:00"),  # a meeting from 11:00 to 13:00 fits
        slot(WEDNESDAY, "17:00", "21:00"),
    ]


def test_recorded_slots_tick_the_parts_they_cover_for_an_hour() -> None:
    recorded = [
        slot(THURSDAY, "18:00", "20:00"),  # two hours of Thursday evening
        slot(WEDNESDAY, "11:30", "12:30"),  # half an hour of each side of noon: neither
        slot(MONDAY, "08:00", "17:00"),
    ]
    assert free_parts(recorded) == ["1-morning", "1-afternoon", "4-evening"]


def test_registration_sends_what_was_ticked_and_nothing_else() -> None:
    body = registration_body(
        {"language": "km", "level": "native", "age_band": "25-34"},
        {
            "conditions": ["no_night_shifts", "no_live_in", "anything"],
            "needs": ["childcare", "a pony"],
            "free": ["4-evening"],
            "peer_group_focuses": ["women_only", "women_only", "any", "secret_club"],
        },
    )["profile"]
    assert body["conditions"] == ["no_night_shifts", "no_live_in"]
    assert body["needs"] == ["childcare"]
    assert body["availability"] == [slot(THURSDAY, "17:00", "21:00")]
    assert body["peer_group_focuses"] == ["women_only"]


def test_an_edit_that_leaves_the_days_keeps_the_slots_as_recorded() -> None:
    """Thursday 18:00-20:00 shows as Thursday evening; sent back untouched it stays
    18:00-20:00, not widened to the whole evening."""
    current = copy.deepcopy(PROFILE)
    single, multi = profile_form(current)
    assert multi["free"] == ["4-evening"]
    kept = edited_profile(current, single, multi)
    assert kept["availability"] == PROFILE["availability"]

    changed = edited_profile(current, single, {**multi, "free": ["4-evening", "6-morning"]})
    assert changed["availability"] == [
        slot(THURSDAY, "17:00", "21:00"),
        slot(6, "08:00", "12:00"),
    ]


def test_unticking_a_condition_on_the_form_removes_it() -> None:
    current = copy.deepcopy(PROFILE)
    single, multi = profile_form(current)
    assert multi["conditions"] == ["no_night_shifts"]
    assert edited_profile(current, single, {**multi, "conditions": []})["conditions"] == []


def test_the_form_offers_every_condition_need_and_focus_with_words_for_each() -> None:
    assert set(messages.SURVIVOR_CONDITIONS) == set(CONDITIONS)
    assert set(messages.SURVIVOR_NEEDS) == set(ACCOMMODATIONS)
    assert set(GROUP_FOCUSES) == set(messages.GROUP_FOCUSES) - {"any"}


def test_the_profile_page_shows_what_is_recorded_ticked() -> None:
    with signed_in_officer(ProfileGateway()) as client:
        page = client.get(f"/survivors/{SURVIVOR_ID}/profile").text
    for name, value in [
        ("conditions", "no_night_shifts"),
        ("free", "4-evening"),
        ("peer_group_focuses", "women_only"),
    ]:
        assert re.search(rf'name="{name}" value="{value}" checked', page), (name, value)
    assert not re.search(r'name="free" value="1-morning" checked', page)
    assert not re.search(r'name="needs" value="[a-z_]+" checked', page)
    assert "Evening, 5:00\u202fPM to 9:00\u202fPM" in page or "Evening, 5:00 PM to 9:00 PM" in page


def test_an_officer_records_free_time_and_a_condition_through_the_form() -> None:
    gateway = ProfileGateway()
    with signed_in_officer(gateway) as client:
        data: dict[str, Any] = _form(client.get(f"/survivors/{SURVIVOR_ID}/profile").text)
        data["free"] = ["4-evening", "6-morning", "6-afternoon"]
        data["conditions"] = ["no_night_shifts", "no_heavy_lifting"]
        data["needs"] = ["transport"]
        saved = client.post(f"/survivors/{SURVIVOR_ID}/profile", data=data)
    assert saved.status_code == 303, saved.text
    [(_, sent)] = gateway.puts
    assert sent["availability"] == [slot(THURSDAY, "17:00", "21:00"), slot(6, "08:00", "17:00")]
    assert sent["conditions"] == ["no_night_shifts", "no_heavy_lifting"]
    assert sent["needs"] == ["transport"]
    assert sent["peer_group_focuses"] == ["women_only"]


@pytest.mark.parametrize("language", ["km", "th"])
def test_the_new_words_are_in_the_readers_language(language: str) -> None:
    translator = Catalogs().for_language(language)
    for msgid in [
        *messages.SURVIVOR_CONDITIONS.values(),
        *messages.SURVIVOR_NEEDS.values(),
        "Conditions they set",
        "When they are free to meet, each week",
    ]:
        assert translator.gettext(msgid) != msgid, msgid


def test_the_case_page_shows_the_conditions_free_time_and_kinds_of_group() -> None:
    with signed_in_officer(ProfileGateway()) as client:
        page = client.get(f"/survivors/{SURVIVOR_ID}").text
    assert "<dt>Conditions they set</dt><dd>No night shifts</dd>" in page
    # Thursday 18:00 for two hours, as recorded (not widened to the evening).
    assert re.search(r"<dd>Thursday 6:00\W+PM–8:00\W+PM</dd>", page)
    assert "<dd>Women only</dd>" in page
