"""Facilitator, owner and administrator pages, and the pure modules behind them."""

from __future__ import annotations

import json
import stat
from pathlib import Path

import httpx
from fastapi.testclient import TestClient

from console.group_forms import group_settings_body
from console.opportunity_forms import next_outcomes, opportunity_body
from console.sessions import JsonFilePreferenceStore
from tests.unit.console.conftest import Clock, csrf_of, make_client
from tests.unit.console.fake_gateway import PASSWORD, FakeGateway

SURVIVOR_ID = "srv_3f2a9c0d6b1e4f7a8c9d0e1f"
GROUP = {
    "id": "grp_1",
    "organisation_id": "org_1",
    "facilitator_id": "usr_1",
    "settings": {
        "title": "Thursday circle",
        "languages": ["th"],
        "modality": "online",
        "country": None,
        "district": None,
        "focus": "any",
        "min_size": 3,
        "max_size": 4,
        "schedule": [{"day_of_week": 4, "start_minute": 1080, "duration_minutes": 90}],
    },
    "status": "forming",
    "members": [
        {
            "alias": "P-7KQ4XM",
            "languages": ["th"],
            "age_band": "25-34",
            "shared_interests": ["cooking"],
            "state": "proposed",
            "locked": False,
            "since": None,
        }
    ],
    "version": 3,
    "created_at": None,
    "activated_at": None,
    "closed_at": None,
}


class PeerGroupGateway(FakeGateway):
    """The fake gateway, plus the peer-group routes a facilitator's pages call."""

    def handle(self, request: httpx.Request) -> httpx.Response:
        path = request.url.path
        bearer = request.headers.get("authorization", "").removeprefix("Bearer ")
        if bearer in self.valid_access:
            if path == "/v1/peer-groups/grp_1" and request.method == "GET":
                self.requests.append(request)
                return httpx.Response(200, json=GROUP)
            if path == "/v1/peer-group-proposals":
                self.requests.append(request)
                return httpx.Response(
                    200,
                    json={
                        "proposals": [
                            {
                                "group_id": "grp_1",
                                "members": GROUP["members"],
                                "cohesion": 0.62,
                                "shared": ["interest:cooking", "language:th", "stage:similar"],
                                "feasible": True,
                                "reason": None,
                            }
                        ],
                        "left_out": [{"alias": "P-LEFTOUT", "code": "GROUPS_FULL"}],
                        "left_out_counts": {"GROUPS_FULL": 1, "SOMETHING_NEW": 2},
                        "groups": [GROUP],
                    },
                )
        return super().handle(request)


def _facilitator() -> tuple[TestClient, PeerGroupGateway]:
    gateway = PeerGroupGateway(role="facilitator")
    client = make_client(gateway, Clock())
    answer = client.post(
        "/sign-in",
        data={
            "csrf_token": csrf_of(client, "/sign-in"),
            "username": "officer",
            "password": PASSWORD,
        },
    )
    assert answer.status_code == 303
    return client, gateway


def test_a_proposal_shows_cohesion_and_what_members_share_in_the_readers_words() -> None:
    client, _gateway = _facilitator()
    with client:
        answer = client.post(
            "/groups/grp_1/proposal", data={"csrf_token": csrf_of(client, "/groups/grp_1")}
        )
        assert answer.status_code == 303
        page = client.get("/groups/grp_1").text
    assert "62%" in page
    assert "Interest: Cooking" in page  # the label, not the concept id
    assert "Language: Thai" in page
    assert "Similar readiness" in page
    assert "The group is full" in page
    assert "Other (code SOMETHING_NEW)" in page  # a new code is shown, never hidden
    assert "P-LEFTOUT" not in page  # left-out people are counted, not named
    assert SURVIVOR_ID not in page


def test_a_facilitator_post_without_csrf_reaches_no_gateway_route() -> None:
    client, gateway = _facilitator()
    with client:
        before = len(gateway.requests)
        for path in (
            "/groups/grp_1/proposal",
            "/groups/grp_1/invitations",
            "/groups/grp_1/members/P-7KQ4XM/lock",
        ):
            assert client.post(path, data={}).status_code == 403
        assert len(gateway.requests) == before


def test_an_officer_cannot_open_a_facilitators_pages() -> None:
    gateway = PeerGroupGateway()
    with make_client(gateway, Clock()) as client:
        client.post(
            "/sign-in",
            data={
                "csrf_token": csrf_of(client, "/sign-in"),
                "username": "officer",
                "password": PASSWORD,
            },
        )
        for path in ("/groups", "/groups/grp_1", "/opportunities/new", "/admin/users"):
            assert client.get(path).status_code == 403, path
    assert not any(r.url.path.startswith("/v1/peer-groups") for r in gateway.requests)


def test_a_weekly_meeting_is_sent_as_minutes_after_midnight() -> None:
    body = group_settings_body(
        {
            "title": "Circle",
            "language.th": "on",
            "language.km": "on",
            "modality": "online",
            "country": "TH",
            "district": "Bang Rak",
            "min_size": "3",
            "max_size": "6",
            "day_of_week": "4",
            "start_time": "18:30",
            "duration_minutes": "90",
        }
    )
    assert body["languages"] == ["th", "km"]
    assert body["schedule"] == [
        {"day_of_week": 4, "start_minute": 18 * 60 + 30, "duration_minutes": 90}
    ]
    assert "country" not in body  # an online group has no place


def test_each_role_is_offered_only_the_next_step_of_the_match() -> None:
    # Jobs: employer interest → introduced → hired → 30 → 90 → 180 days.
    assert next_outcomes(kind="job", state="employer_interest") == ("introduced",)
    assert next_outcomes(kind="job", state="introduced") == ("hired",)
    assert next_outcomes(kind="job", state="hired") == ("retained_30", "ended")
    assert next_outcomes(kind="job", state="accepted") == ()  # interest comes first
    # Courses: accepted → enrolled → completed.
    assert next_outcomes(kind="training", state="accepted") == ("enrolled",)
    assert next_outcomes(kind="training", state="enrolled") == ("completed", "ended")


def test_editing_keeps_what_the_form_does_not_show() -> None:
    current = {
        "workplace": {"night_shifts": True},
        "accommodations": ["childcare"],
        "hazardous": False,
    }
    body = opportunity_body(
        {"title": "Cook", "sector": "food_service", "openings": "2"},
        {"skills": ["cooking", "food_hygiene", "cooking"]},
        kind="job",
        current=current,
    )
    assert body["workplace"] == {"night_shifts": True}
    assert body["accommodations"] == ["childcare"]
    assert body["sector"] == "food_service"
    assert body["skills_required"] == ["cooking", "food_hygiene"]  # each concept once
    assert body["skills_taught"] == []


def test_a_language_choice_outlives_the_process(tmp_path: Path) -> None:
    path = tmp_path / "prefs" / "preferences.json"
    JsonFilePreferenceStore(path).set_language("usr_1", "km")
    assert JsonFilePreferenceStore(path).language("usr_1") == "km"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert json.loads(path.read_text()) == {"languages": {"usr_1": "km"}}


class SlowProposalGateway(PeerGroupGateway):
    """Answers a proposal with ``202 Accepted`` (still running), then done when read again."""

    reads: int = 0

    def handle(self, request: httpx.Request) -> httpx.Response:
        path = request.url.path
        bearer = request.headers.get("authorization", "").removeprefix("Bearer ")
        if bearer in self.valid_access and path == "/v1/peer-group-proposals":
            self.requests.append(request)
            running = {"id": "pro_1", "state": "running", "group_ids": ["grp_1"], "result": None}
            return httpx.Response(
                202, json=running, headers={"Location": "/v1/peer-group-proposals/pro_1"}
            )
        if bearer in self.valid_access and path == "/v1/peer-group-proposals/pro_1":
            self.requests.append(request)
            self.reads += 1
            if self.reads == 1:
                return httpx.Response(200, json={"id": "pro_1", "state": "running", "result": None})
            result = {
                "proposals": [
                    {
                        "group_id": "grp_1",
                        "members": [],
                        "cohesion": 0.5,
                        "shared": [],
                        "feasible": True,
                        "reason": None,
                    }
                ],
                "left_out": [],
                "left_out_counts": {},
                "groups": [GROUP],
            }
            return httpx.Response(200, json={"id": "pro_1", "state": "succeeded", "result": result})
        return super().handle(request)


def test_a_long_proposal_is_read_again_until_it_is_done() -> None:
    gateway = SlowProposalGateway(role="facilitator")
    with make_client(gateway, Clock()) as client:
        client.post(
            "/sign-in",
            data={
                "csrf_token": csrf_of(client, "/sign-in"),
                "username": "officer",
                "password": PASSWORD,
            },
        )
        client.post("/groups/grp_1/proposal", data={"csrf_token": csrf_of(client, "/groups/grp_1")})
        first = client.get("/groups/grp_1").text
        assert "still forming the proposal" in first
        assert '<meta http-equiv="refresh" content="2">' in first
        second = client.get("/groups/grp_1").text
        assert "50%" in second
        assert 'http-equiv="refresh"' not in second
