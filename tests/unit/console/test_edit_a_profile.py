"""An officer corrects a survivor's profile (console probe, session 20: no edit screen
existed, so a wrong travel distance or language meant erasing the case and registering it
again). The profile is replaced as a whole, so what the form does not show (a second
language, gender, availability, "do not group with" links, coordinates) must be sent back
as it was, and an edit made on a stale page must not overwrite a newer change."""

from __future__ import annotations

import copy
import json
import re
from dataclasses import dataclass, field
from typing import Any

import httpx

from tests.unit.console.conftest import signed_in_officer
from tests.unit.console.fake_gateway import FakeGateway

SURVIVOR_ID = "srv_3f2a9c0d6b1e4f7a8c9d0e1f"
PROFILE: dict[str, Any] = {
    "languages": [
        {"language": "km", "level": "native"},
        {"language": "th", "level": "conversational"},
    ],
    "residence": {"country": "TH", "district": "Mae Sot", "latitude": 16.71, "longitude": 98.57},
    "age_band": "25-34",
    "minor": False,
    "gender": "woman",
    "interests": "sewing",
    "aspirations": "",
    "interest_tags": ["sewing"],
    "skills": [],
    "skills_wanted": [],
    "education": "",
    "hours": "any",
    "remote_ok": True,
    "travel_radius_km": 5,
    "sectors_to_avoid": ["fishing_aquaculture"],
    "conditions": ["no_night_shifts"],
    "needs": [],
    "income_goal": None,
    "availability": [{"day_of_week": 4, "start_minute": 1080, "duration_minutes": 120}],
    "do_not_group_with": ["srv_aaaaaaaaaaaaaaaaaaaaaaaa"],
    "peer_group_focuses": ["women_only"],
    "open_to_cross_border": False,
}


@dataclass
class ProfileGateway(FakeGateway):
    version: int = 3
    profile: dict[str, Any] = field(default_factory=lambda: copy.deepcopy(PROFILE))
    puts: list[tuple[str, dict[str, Any]]] = field(default_factory=list)

    def handle(self, request: httpx.Request) -> httpx.Response:
        path = request.url.path
        bearer = request.headers.get("authorization", "").removeprefix("Bearer ")
        if bearer in self.valid_access and path == f"/v1/survivors/{SURVIVOR_ID}":
            self.requests.append(request)
            return httpx.Response(200, json=self._survivor())
        if bearer in self.valid_access and path == f"/v1/survivors/{SURVIVOR_ID}/profile":
            self.requests.append(request)
            body = json.loads(request.content)
            self.puts.append((request.headers.get("if-match", ""), body))
            if request.headers.get("if-match") != f'"{self.version}"':
                return self._problem(412, "precondition-failed")
            if not 0 <= body.get("travel_radius_km", 0) <= 500:
                # As the gateway locates it: from the profile sent alone, not "profile.…".
                return self._problem(
                    422,
                    "validation-error",
                    errors=[
                        {
                            "loc": ["body", "travel_radius_km"],
                            "msg": "Input should be less than or equal to 500",
                        }
                    ],
                )
            self.profile, self.version = body, self.version + 1
            return httpx.Response(200, json=self._survivor())
        return super().handle(request)

    def _survivor(self) -> dict[str, Any]:
        return {
            "id": SURVIVOR_ID,
            "alias": "P-7KQ3XM",
            "version": self.version,
            "profile": self.profile,
            "consents": [],
            "readiness": None,
            "readiness_history": [],
        }


def _form(page: str) -> dict[str, Any]:
    """What the browser would send back untouched: every named input and selection."""
    data: dict[str, Any] = {}
    for name, value in re.findall(r'<input[^>]*name="([^"]+)"[^>]*value="([^"]*)"', page):
        if name in data:
            continue
        data[name] = value
    for name in (
        "interest_tags",
        "sectors_to_avoid",
        "conditions",
        "needs",
        "free",
        "peer_group_focuses",
    ):
        data[name] = re.findall(rf'name="{name}" value="([^"]+)"[^>]*checked', page)
    for name, value in re.findall(
        r'<select[^>]*name="([^"]+)"[^>]*>(?:(?!</select>).)*?<option value="([^"]*)" selected',
        page,
        flags=re.S,
    ):
        data[name] = value
    data["interests"] = "sewing and cooking"
    return data


def test_an_edit_changes_what_the_form_shows_and_keeps_everything_else() -> None:
    gateway = ProfileGateway()
    with signed_in_officer(gateway) as client:
        page = client.get(f"/survivors/{SURVIVOR_ID}/profile").text
        assert "Edit the profile" in page
        data = _form(page)
        data["travel_radius_km"] = "25"
        saved = client.post(f"/survivors/{SURVIVOR_ID}/profile", data=data)
        assert saved.status_code == 303, saved.text
        [(if_match, sent)] = gateway.puts
        assert if_match == '"3"'
        assert sent["travel_radius_km"] == 25
        assert sent["interests"] == "sewing and cooking"
        for kept in ("gender", "availability", "do_not_group_with", "peer_group_focuses"):
            assert sent[kept] == PROFILE[kept], kept
        assert sent["languages"] == PROFILE["languages"]
        assert sent["residence"]["latitude"] == PROFILE["residence"]["latitude"]
        assert sent["sectors_to_avoid"] == ["fishing_aquaculture"]
        assert sent["conditions"] == ["no_night_shifts"]


def test_an_edit_of_a_page_changed_meanwhile_overwrites_nothing() -> None:
    gateway = ProfileGateway()
    with signed_in_officer(gateway) as client:
        data = _form(client.get(f"/survivors/{SURVIVOR_ID}/profile").text)
        gateway.version = 4  # another officer saved in between
        refused = client.post(f"/survivors/{SURVIVOR_ID}/profile", data=data)
        assert refused.status_code == 412
        assert "changed this record meanwhile" in refused.text
        assert gateway.profile == PROFILE


def test_an_edit_refused_says_which_field_and_why() -> None:
    """The console probe, session 21: a travel distance of 9999 gave a summary with nothing
    in it, since the edit's errors were located without the "profile." the form expected."""
    gateway = ProfileGateway()
    with signed_in_officer(gateway) as client:
        data = _form(client.get(f"/survivors/{SURVIVOR_ID}/profile").text)
        data["travel_radius_km"] = "9999"
        refused = client.post(f"/survivors/{SURVIVOR_ID}/profile", data=data)
    assert refused.status_code == 422
    summary = refused.text.split('id="error-summary"', 1)[1].split("</div>", 1)[0]
    assert '<a href="#travel_radius_km">Enter a whole number from 0 to 500.</a>' in summary
    assert 'id="travel_radius_km"' in refused.text
    assert gateway.profile == PROFILE
