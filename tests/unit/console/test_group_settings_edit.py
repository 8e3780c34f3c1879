"""A facilitator changes a group's settings after creating it (the API had
``PUT /v1/peer-groups/{id}/settings``; the console had no screen for it).

The rules the pages must keep (gateway and ``peer_groups.domain.group.Group.change_settings``):
the group's ETag goes back in ``If-Match`` (412 when changed since); proposals not locked in
are dropped, locked-in, invited and joined members stay and must fit the new settings (409
otherwise); what the form does not show (more focuses, adults only, further weekly
meetings) is sent back unchanged.
"""

from __future__ import annotations

import copy
import json
import re
from dataclasses import dataclass, field
from typing import Any

import httpx
from fastapi.testclient import TestClient

from console import group_forms
from tests.unit.console.conftest import Clock, csrf_in, make_client
from tests.unit.console.fake_gateway import PASSWORD, FakeGateway

GROUP_ID = "grp_0c1d2e3f4a5b"
SETTINGS_CHANGED_MEANWHILE = (
    "Someone changed this group while you were editing it, so nothing was saved."
)


def _settings() -> dict[str, Any]:
    return {
        "title": "Thursday evening circle",
        "languages": ["th", "km"],
        "modality": "in_person",
        "country": "TH",
        "district": "Chom Thong",
        "focus": "youth",
        # The gateway lists every focus a member must have chosen, the main one too.
        "focuses": ["labour_trafficking", "youth"],
        "adults_only": False,
        "min_size": 4,
        "max_size": 8,
        "schedule": [
            {"day_of_week": 4, "start_minute": 18 * 60 + 30, "duration_minutes": 90},
            {"day_of_week": 6, "start_minute": 10 * 60, "duration_minutes": 60},
        ],
    }


def _members() -> list[dict[str, Any]]:
    return [
        {"alias": "P-AAAAAA", "state": "proposed", "locked": False},
        {"alias": "P-BBBBBB", "state": "proposed", "locked": True},
        {"alias": "P-CCCCCC", "state": "invited", "locked": False},
        {"alias": "P-DDDDDD", "state": "joined", "locked": False},
        {"alias": "P-EEEEEE", "state": "declined", "locked": False},
    ]


@dataclass
class SettingsGateway(FakeGateway):
    """One group of the facilitator's organisation, read and replaced as the gateway does."""

    role: str = "facilitator"
    group: dict[str, Any] = field(
        default_factory=lambda: {
            "id": GROUP_ID,
            "organisation_id": "org_1",
            "facilitator_id": "usr_1",
            "status": "forming",
            "version": 7,
            "settings": _settings(),
            "members": _members(),
        }
    )
    #: The next PUT is refused with this status (409: the members who stay do not fit).
    refuse_with: int | None = None
    puts: list[httpx.Request] = field(default_factory=list)
    saved: list[dict[str, Any]] = field(default_factory=list)

    def handle(self, request: httpx.Request) -> httpx.Response:
        path = request.url.path
        bearer = request.headers.get("authorization", "").removeprefix("Bearer ")
        if bearer in self.valid_access and path.startswith(f"/v1/peer-groups/{GROUP_ID}"):
            self.requests.append(request)
            if path == f"/v1/peer-groups/{GROUP_ID}" and request.method == "GET":
                return httpx.Response(
                    200, json=self.group, headers={"ETag": f'"{self.group["version"]}"'}
                )
            if path == f"/v1/peer-groups/{GROUP_ID}/settings" and request.method == "PUT":
                self.puts.append(request)
                if "If-Match" not in request.headers:
                    return self._problem(428, "precondition-required")
                if request.headers["If-Match"] != f'"{self.group["version"]}"':
                    return self._problem(412, "precondition-failed")
                if self.refuse_with is not None:
                    return self._problem(self.refuse_with, "conflict")
                body = json.loads(request.content)
                self.saved.append(body)
                self.group = {
                    **self.group,
                    "version": self.group["version"] + 1,
                    "settings": body,
                    # Proposals not locked in are dropped (made for the old settings).
                    "members": [
                        m
                        for m in self.group["members"]
                        if not (m["state"] == "proposed" and not m["locked"])
                    ],
                }
                return httpx.Response(200, json=self.group)
        return super().handle(request)


def _signed_in(gateway: FakeGateway) -> TestClient:
    client = make_client(gateway, Clock())
    client.post(
        "/sign-in",
        data={
            "csrf_token": csrf_in(client.get("/sign-in").text),
            "username": "officer",
            "password": PASSWORD,
        },
    )
    return client


def _form_values(page: str) -> dict[str, str]:
    """What the browser would post back from the settings form, untouched."""
    form = re.search(r'<form method="post" action="/groups/[^"]+/settings".*?</form>', page, re.S)
    assert form, page
    html = form.group(0)
    values: dict[str, str] = {}
    for tag in re.findall(r"<input[^>]*>", html):
        name = re.search(r'name="([^"]+)"', tag)
        value = re.search(r'value="([^"]*)"', tag)
        if not name:
            continue
        kind = re.search(r'type="([^"]+)"', tag)
        if kind and kind.group(1) in {"checkbox", "radio"} and " checked" not in tag:
            continue
        values[name.group(1)] = value.group(1) if value else ""
    for select in re.findall(r'<select[^>]*name="([^"]+)"[^>]*>(.*?)</select>', html, re.S):
        chosen = re.search(r'<option value="([^"]*)" selected', select[1])
        values[select[0]] = chosen.group(1) if chosen else ""
    return values


def test_the_settings_form_shows_the_group_as_it_is_with_what_saving_does() -> None:
    gateway = SettingsGateway()
    with _signed_in(gateway) as client:
        group_page = client.get(f"/groups/{GROUP_ID}").text
        assert f'href="/groups/{GROUP_ID}/settings"' in group_page
        page = client.get(f"/groups/{GROUP_ID}/settings")
        assert page.status_code == 200
        values = _form_values(page.text)
    assert values["title"] == "Thursday evening circle"
    assert values["version"] == "7"
    assert values["language.th"] == "on"
    assert values["language.km"] == "on"
    assert "language.vi" not in values
    assert values["modality"] == "in_person"
    assert values["country"] == "TH"
    assert values["district"] == "Chom Thong"
    assert values["focus"] == "youth"
    assert (values["min_size"], values["max_size"]) == ("4", "8")
    # The first weekly meeting: Thursday (4) at 18:30 for 90 minutes.
    assert (values["day_of_week"], values["start_time"]) == ("4", "18:30")
    assert values["duration_minutes"] == "90"
    # What saving does, counted for this group: one proposal not locked in goes; the
    # locked-in proposal, the invited and the joined member stay (the declined holds none).
    assert "What saving does" in page.text
    assert "taken off the group (now 1)" in page.text
    assert "Locked-in, invited and joined members stay (now 3)" in page.text
    assert "Pathways sends them no message about the change" in page.text
    # Another focus and a second weekly meeting are not on the form, and say they stay.
    assert "What this form does not show stays as it is" in page.text


def test_saving_sends_the_version_read_in_if_match_and_keeps_what_the_form_does_not_show() -> None:
    gateway = SettingsGateway()
    with _signed_in(gateway) as client:
        page = client.get(f"/groups/{GROUP_ID}/settings").text
        values = {**_form_values(page), "title": "Thursday circle", "max_size": "10"}
        values.pop("language.km")
        values["language.vi"] = "on"
        values["start_time"] = "19:00"
        saved = client.post(f"/groups/{GROUP_ID}/settings", data=values)
        assert saved.status_code == 303
        assert saved.headers["location"] == (
            f"/groups/{GROUP_ID}?done=settings-changed-proposals-dropped"
        )
        notice = client.get(saved.headers["location"]).text
        # Codes only: anything else in the address announces nothing.
        other = client.get(f"/groups/{GROUP_ID}", params={"done": "<b>typed</b>"}).text
    assert 'class="notice"' not in other
    assert "typed" not in other
    assert [r.headers["If-Match"] for r in gateway.puts] == ['"7"']
    body = gateway.saved[0]
    assert body["title"] == "Thursday circle"
    assert body["max_size"] == 10
    assert body["min_size"] == 4
    assert sorted(body["languages"]) == ["th", "vi"]
    assert (body["modality"], body["country"], body["district"]) == (
        "in_person",
        "TH",
        "Chom Thong",
    )
    assert body["focus"] == "youth"
    # Kept, not reset: the other focus, adults only, the Saturday meeting.
    assert body["focuses"] == ["labour_trafficking"]
    assert body["adults_only"] is False
    assert body["schedule"] == [
        {"day_of_week": 4, "start_minute": 19 * 60, "duration_minutes": 90},
        {"day_of_week": 6, "start_minute": 10 * 60, "duration_minutes": 60},
    ]
    assert '<p class="notice" role="status">' in notice
    assert "Proposed members who were not locked in were taken off the group" in notice


def test_saving_without_proposals_to_drop_says_only_that_it_was_saved() -> None:
    gateway = SettingsGateway()
    gateway.group["members"] = [m for m in _members() if m["alias"] != "P-AAAAAA"]
    with _signed_in(gateway) as client:
        values = _form_values(client.get(f"/groups/{GROUP_ID}/settings").text)
        saved = client.post(f"/groups/{GROUP_ID}/settings", data=values)
        assert saved.headers["location"] == f"/groups/{GROUP_ID}?done=settings-changed"
        notice = client.get(saved.headers["location"]).text
    assert "The group&#39;s settings were saved." in notice
    assert "taken off the group" not in notice


def test_a_change_made_meanwhile_shows_the_form_again_with_the_current_settings() -> None:
    gateway = SettingsGateway()
    with _signed_in(gateway) as client:
        values = {
            **_form_values(client.get(f"/groups/{GROUP_ID}/settings").text),
            "title": "What I typed",
        }
        # A colleague saves first: the group is now at version 8, with their title.
        changed = copy.deepcopy(gateway.group)
        changed["settings"]["title"] = "Renamed by a colleague"
        changed["settings"]["max_size"] = 12
        gateway.group = {**changed, "version": 8}
        answer = client.post(f"/groups/{GROUP_ID}/settings", data=values)
    assert answer.status_code == 412
    assert SETTINGS_CHANGED_MEANWHILE in answer.text
    assert "error-summary" in answer.text
    shown = _form_values(answer.text)
    assert shown["title"] == "Renamed by a colleague"
    assert shown["max_size"] == "12"
    assert shown["version"] == "8"
    assert "What I typed" not in answer.text
    assert [r.headers["If-Match"] for r in gateway.puts] == ['"7"']
    assert gateway.saved == []


def test_settings_the_members_who_stay_do_not_fit_are_refused_with_what_to_do() -> None:
    gateway = SettingsGateway(refuse_with=409)
    with _signed_in(gateway) as client:
        values = {
            **_form_values(client.get(f"/groups/{GROUP_ID}/settings").text),
            "max_size": "2",
        }
        answer = client.post(f"/groups/{GROUP_ID}/settings", data=values)
    assert answer.status_code == 409
    assert "The largest size cannot be below the number invited or joined" in answer.text
    shown = _form_values(answer.text)
    # What was typed stays, and so does the version it was typed against.
    assert (shown["max_size"], shown["version"]) == ("2", "7")


def test_an_officer_cannot_reach_the_settings_of_a_group() -> None:
    gateway = SettingsGateway(role="reintegration_officer")
    with _signed_in(gateway) as client:
        token = csrf_in(client.get("/caseload").text)
        read = client.get(f"/groups/{GROUP_ID}/settings")
        posted = client.post(
            f"/groups/{GROUP_ID}/settings",
            data={"csrf_token": token, "version": "7", "title": "x"},
        )
    assert (read.status_code, posted.status_code) == (403, 403)
    assert gateway.puts == []


def test_an_unchanged_form_sends_the_settings_read_back_unchanged() -> None:
    for settings in (
        _settings(),
        {
            **_settings(),
            "modality": "online",
            "country": None,
            "district": None,
            "focus": "any",
            "focuses": [],
            "adults_only": True,
            "schedule": _settings()["schedule"][:1],
        },
    ):
        body = group_forms.group_settings_body(
            group_forms.settings_form(settings), kept=group_forms.kept_settings(settings)
        )
        expected = {k: v for k, v in settings.items() if v is not None}
        expected["focuses"] = [f for f in settings["focuses"] if f != settings["focus"]]
        assert body == expected
