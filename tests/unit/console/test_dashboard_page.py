"""The dashboard page draws the organisation's counts from the gateway's aggregate route:
one call, not a walk over cases; a withheld (small) count reads "fewer than 5", never as a
number; every chart is SVG drawn on the server."""

from __future__ import annotations

import re
from typing import Any

import httpx
from fastapi.testclient import TestClient

from tests.unit.console.conftest import Clock, make_client
from tests.unit.console.fake_gateway import PASSWORD, FakeGateway

DASHBOARD: dict[str, Any] = {
    "organisation_id": "org_1",
    "suppressed_below": 5,
    "readiness": {
        "not_assessed": 0,
        "stabilising": 14,
        "peer_support_ready": None,
        "training_ready": 9,
        "employment_ready": 6,
    },
    "moved_up": {"count": 7, "since": "2026-10-01"},
    "outcomes": {
        "hired": 11,
        "retained_30": 8,
        "retained_90": None,
        "retained_180": 0,
        "enrolled": 5,
        "completed": 0,
    },
    "income": {"at_or_above_goal": 6, "below_goal": 5, "no_goal": None, "not_comparable": 0},
}


POOL: dict[str, Any] = {
    "open": 2400,
    "by_language": {"km": 1500, "th": 900},
    "by_country": {"KH": 1500, "TH": 900},
    "by_focus": {"any": 2000, "women_only": 400},
    "by_readiness": {"peer_support_ready": 2400},
    "by_day": {"1": 300, "4": 1200},
    "minors": 37,
    "estimated": True,
    "people_considered": 2000,
}


class DashboardGateway(FakeGateway):
    """The fake gateway, plus the organisation's dashboard, an empty listing, and the
    peer-group pool (``pool_status`` 503: peer groups could not count it in time)."""

    pool_status = 200

    def handle(self, request: httpx.Request) -> httpx.Response:
        bearer = request.headers.get("authorization", "").removeprefix("Bearer ")
        if bearer in self.valid_access and request.method == "GET":
            self.requests.append(request)
            if request.url.path == "/v1/organisations/org_1/dashboard":
                return httpx.Response(200, json=DASHBOARD)
            if request.url.path in (
                "/v1/organisations/org_1/opportunities",
                "/v1/organisations/org_1/peer-groups",
            ):
                return httpx.Response(200, json={"items": [], "next_cursor": None})
            if request.url.path == "/v1/peer-group-pool":
                if self.pool_status != 200:
                    return httpx.Response(
                        self.pool_status,
                        json={"type": "https://pathways.example/problems/unavailable"},
                        headers={"content-type": "application/problem+json"},
                    )
                return httpx.Response(200, json=POOL)
        return super().handle(request)


def _signed_in(role: str) -> tuple[TestClient, DashboardGateway]:
    gateway = DashboardGateway(role=role)
    client = make_client(gateway, Clock())
    page = client.get("/sign-in").text
    found = re.search(r'name="csrf_token" value="([^"]+)"', page)
    assert found
    answer = client.post(
        "/sign-in",
        data={"csrf_token": found.group(1), "username": "officer", "password": PASSWORD},
    )
    assert answer.status_code == 303
    return client, gateway


def _titles(page: str) -> list[str]:
    return re.findall(r"<title id=\"panel-\d+-svg\">([^<]*)</title>", page)


def test_an_officers_dashboard_is_the_organisations_counts_in_one_call() -> None:
    client, gateway = _signed_in("reintegration_officer")
    with client:
        answer = client.get("/dashboard")
    assert answer.status_code == 200
    page = answer.text
    titles = _titles(page)
    assert "Ready for training 9" in titles[0]
    assert "Ready for peer support fewer than 5" in titles[0]
    assert "Moved up a stage 7" in titles[1]
    assert "Hired 11" in titles[2]
    assert "Still employed at 90 days fewer than 5" in titles[2]
    assert "Below their goal 5" in titles[3]
    assert "No income goal recorded fewer than 5" in titles[3]
    assert "Counts from 1 to 4 are not shown" in page
    # No survivor is read one by one: the page asks for counts only.
    survivor_reads = [r for r in gateway.requests if r.url.path.startswith("/v1/survivors")]
    assert survivor_reads == []
    assert [r.url.path for r in gateway.requests if "dashboard" in r.url.path] == [
        "/v1/organisations/org_1/dashboard"
    ]


def test_a_withheld_count_draws_no_bar() -> None:
    client, _gateway = _signed_in("reintegration_officer")
    with client:
        page = client.get("/dashboard").text
    readiness = page.split("<section", 2)[1]
    bars = re.findall(r'width="([\d.]+)" height="14" class="chart-bar"', readiness)
    # not assessed 0, stabilising 14 (the largest), peer support withheld, 9, 6
    assert [float(b) for b in bars][:3] == [0.0, 160.0, 0.0]
    assert "&lt;5" in readiness


def test_an_employers_dashboard_counts_hires_and_retention_into_its_jobs() -> None:
    client, _gateway = _signed_in("employer")
    with client:
        page = client.get("/dashboard").text
    placements = next(t for t in _titles(page) if t.startswith("Placements and retention"))
    assert "Hired 11" in placements
    assert "Still employed at 30 days 8" in placements
    assert "Still employed at 90 days fewer than 5" in placements
    assert "Enrolled" not in placements  # courses are a provider's
    assert "income goal" not in page  # never an employer's business


def test_a_facilitators_dashboard_counts_the_pool_by_language_day_and_focus() -> None:
    client, gateway = _signed_in("facilitator")
    with client:
        page = client.get("/dashboard").text
    titles = _titles(page)
    by_language = next(t for t in titles if t.startswith("Open to peer groups, by language"))
    assert "Khmer 1,500" in by_language
    assert "Thai 900" in by_language
    days = next(t for t in titles if t.startswith("Free on each day"))
    assert "Monday 300" in days
    assert "Thursday 1,200" in days
    assert "Sunday 0" in days
    focus = next(t for t in titles if t.startswith("The focus they chose"))
    assert "Women only 400" in focus
    assert "People open to peer groups: 2,400. Under 18 among them: 37." in page
    assert "Estimated from a sample of 2,000 people in your pool." in page
    asked = next(r for r in gateway.requests if r.url.path == "/v1/peer-group-pool")
    assert set(asked.url.params.get_list("language")) >= {"km", "th", "my", "vi", "tl", "zh"}


def test_a_pool_that_cannot_be_counted_now_leaves_the_rest_of_the_dashboard() -> None:
    client, gateway = _signed_in("facilitator")
    gateway.pool_status = 503
    with client:
        answer = client.get("/dashboard")
    assert answer.status_code == 200
    assert "The pool could not be counted just now. Try again in a minute." in answer.text
    assert any(t.startswith("Peer groups") for t in _titles(answer.text))
