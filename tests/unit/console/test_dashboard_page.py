"""The dashboard page draws the organisation's counts from the gateway's aggregate route:
one call, not a walk over cases; a withheld (small) count reads "fewer than 5", never as a
number; retention reads against the hires old enough to have reached it; counts from lists
follow every page (to a bound, and then say so); every chart is SVG drawn on the server."""

from __future__ import annotations

import re
from pathlib import Path
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
    "retention_due": {
        "retained_30": {"days": 30, "hired_by": "2026-11-02", "count": 10},
        "retained_90": {"days": 90, "hired_by": "2026-09-03", "count": None},
        "retained_180": {"days": 180, "hired_by": "2026-06-05", "count": 1200},
    },
}


POOL: dict[str, Any] = {
    "open": 2400,
    "by_language": {"km": 1500, "th": 900},
    "by_country": {"KH": 1500, "TH": 900},
    "by_focus": {"any": 2000, "women_only": 400},
    "by_day": {"1": 300, "4": 1200},
    "minors": 37,
    "estimated": True,
    "people_considered": 2000,
}


class DashboardGateway(FakeGateway):
    """The fake gateway, plus the organisation's dashboard, lists (empty unless ``lists``
    gives a list's items; answered ``page_size`` at a time with a cursor to the next page,
    or a cursor forever when the path is in ``endless``), and the peer-group pool
    (``pool_status`` 503: peer groups could not count it in time)."""

    pool_status = 200

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.lists: dict[str, list[dict[str, Any]]] = {}
        self.page_size = 2
        self.endless: set[str] = set()
        self.pool: dict[str, Any] = POOL

    def _page(self, request: httpx.Request) -> httpx.Response:
        path = request.url.path
        if path in self.endless:
            number = int(request.url.params.get("cursor") or "0")
            item = {"status": "open", "vetting": "vetted", "role": "employer"}
            return httpx.Response(200, json={"items": [item], "next_cursor": str(number + 1)})
        items = self.lists.get(path, [])
        start = int(request.url.params.get("cursor") or "0")
        end = start + self.page_size
        cursor = str(end) if end < len(items) else None
        return httpx.Response(200, json={"items": items[start:end], "next_cursor": cursor})

    def handle(self, request: httpx.Request) -> httpx.Response:
        bearer = request.headers.get("authorization", "").removeprefix("Bearer ")
        if bearer in self.valid_access and request.method == "GET":
            self.requests.append(request)
            if request.url.path == "/v1/organisations/org_1/dashboard":
                return httpx.Response(200, json=DASHBOARD)
            if request.url.path in (
                "/v1/organisations/org_1/opportunities",
                "/v1/organisations/org_1/peer-groups",
                "/v1/organisations",
                "/v1/users",
            ):
                return self._page(request)
            if request.url.path == "/v1/peer-group-pool":
                if self.pool_status != 200:
                    return httpx.Response(
                        self.pool_status,
                        json={"type": "https://pathways.example/problems/unavailable"},
                        headers={"content-type": "application/problem+json"},
                    )
                return httpx.Response(200, json=self.pool)
        return super().handle(request)


def _dashboard_in(client: TestClient, page: str, language: str) -> str:
    """The dashboard again, once the reader has switched to `language` from `page`."""
    found = re.search(r'name="csrf_token" value="([^"]+)"', page)
    assert found
    answer = client.post(
        "/language",
        data={"csrf_token": found.group(1), "language": language, "next": "/dashboard"},
    )
    assert answer.status_code == 303
    return client.get("/dashboard").text


def _signed_in(
    role: str, gateway: DashboardGateway | None = None
) -> tuple[TestClient, DashboardGateway]:
    gateway = gateway or DashboardGateway(role=role)
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
    return re.findall(r"<span class=\"visually-hidden\" id=\"panel-\d+-svg\">([^<]*)</span>", page)


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
    bars = re.findall(r'width="([\d.]+)" height="\d+" class="chart-bar"', readiness)
    tracks = re.findall(r'width="([\d.]+)" height="\d+" class="chart-track"', readiness)
    # not assessed 0, stabilising 14 (the largest: its whole track), peer support withheld
    assert [float(b) for b in bars][:3] == [0.0, float(tracks[1]), 0.0]
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


def test_a_small_pool_reads_fewer_than_five_never_a_number() -> None:
    # The gateway answers a pool count from 1 to 4 as null (nobody singled out).
    client, gateway = _signed_in("facilitator")
    gateway.pool = {
        **POOL,
        "open": 7,
        "minors": None,
        "by_language": {"km": 7, "th": None},
        "by_focus": {"any": 5, "women_only": None},
        "suppressed_below": 5,
        "estimated": False,
    }
    with client:
        page = client.get("/dashboard").text
    assert "People open to peer groups: 7. Under 18 among them: fewer than 5." in page
    titles = _titles(page)
    by_language = next(t for t in titles if t.startswith("Open to peer groups, by language"))
    assert "Khmer 7" in by_language
    assert "Thai fewer than 5" in by_language
    focus = next(t for t in titles if t.startswith("The focus they chose"))
    assert "Women only fewer than 5" in focus
    assert "rounded" not in page  # the gateway said nothing of rounding


def test_a_rounded_pool_says_so_in_the_readers_language() -> None:
    client, gateway = _signed_in("facilitator")
    gateway.pool = {**POOL, "open": 2400, "suppressed_below": 5, "rounded_to": 5}
    with client:
        page = client.get("/dashboard").text
        thai = _dashboard_in(client, page, "th")
    assert "Counts are rounded down to a multiple of 5." in page
    assert "จำนวนที่แสดงปัดลงเป็นพหุคูณของ 5" in thai


def test_a_pool_that_cannot_be_counted_now_leaves_the_rest_of_the_dashboard() -> None:
    client, gateway = _signed_in("facilitator")
    gateway.pool_status = 503
    with client:
        answer = client.get("/dashboard")
    assert answer.status_code == 200
    assert "The pool could not be counted just now. Try again in a minute." in answer.text
    assert any(t.startswith("Peer groups") for t in _titles(answer.text))


# -- retention against the hires that could have reached it ---------------------------------


def test_an_officer_reads_retention_against_the_hires_old_enough_to_reach_it() -> None:
    client, _gateway = _signed_in("reintegration_officer")
    with client:
        page = client.get("/dashboard").text
    placements = page.split("<section", 4)[3]
    assert "Placements and retention" in placements
    assert "8 of 10 hired at least 30 days ago" in placements
    # Withheld on either side: "fewer than 5", never the number.
    assert "fewer than 5 of fewer than 5 hired at least 90 days ago" in placements
    assert "0 of 1,200 hired at least 180 days ago" in placements


def test_an_employer_reads_the_same_retention_sentences_and_a_provider_none() -> None:
    client, _gateway = _signed_in("employer")
    with client:
        page = client.get("/dashboard").text
    assert "8 of 10 hired at least 30 days ago" in page
    assert "0 of 1,200 hired at least 180 days ago" in page
    client, _gateway = _signed_in("training_provider")
    with client:
        page = client.get("/dashboard").text
    assert "hired at least" not in page  # enrolments and completions have no retention


def test_retention_sentences_are_in_the_readers_language() -> None:
    client, _gateway = _signed_in("reintegration_officer")
    with client:
        khmer = _dashboard_in(client, client.get("/dashboard").text, "km")
    # The Khmer catalog's sentence, with the numbers in their places.
    assert "8 ក្នុងចំណោម 10 នាក់ ដែលបានជួលយ៉ាងហោចណាស់ 30 ថ្ងៃមុន" in khmer
    assert "hired at least" not in khmer


def test_without_due_hires_from_the_gateway_no_retention_sentence_is_made_up() -> None:
    client, _gateway = _signed_in("reintegration_officer")
    saved = DASHBOARD.pop("retention_due")
    try:
        with client:
            page = client.get("/dashboard").text
    finally:
        DASHBOARD["retention_due"] = saved
    assert "Hired 11" in page
    assert "hired at least" not in page


# -- counts from whole lists -----------------------------------------------------------------


def test_an_administrator_counts_every_page_of_organisations_and_users() -> None:
    gateway = DashboardGateway(role="platform_admin")
    gateway.lists["/v1/organisations"] = [{"vetting": "vetted"}] * 5 + [{"vetting": "pending"}]
    gateway.lists["/v1/users"] = [{"role": "employer"}] * 7
    client, _ = _signed_in("platform_admin", gateway)
    with client:
        page = client.get("/dashboard").text
    titles = _titles(page)
    assert "Approved 5" in titles[0]
    assert "Waiting for approval 1" in titles[0]
    assert "Employer 7" in titles[1]
    assert "These counts are of the first" not in page
    # Three pages of organisations (2 + 2 + 2), four of users (2 + 2 + 2 + 1), each after
    # the one before by its cursor.
    asked = [r.url for r in gateway.requests if r.url.path == "/v1/users"]
    assert [u.params.get("cursor") for u in asked] == [None, "2", "4", "6"]
    assert {u.params.get("limit") for u in asked} == {"200"}
    assert len([r for r in gateway.requests if r.url.path == "/v1/organisations"]) == 3


def test_a_list_longer_than_the_bound_is_counted_in_part_and_says_so() -> None:
    gateway = DashboardGateway(role="platform_admin")
    gateway.endless.add("/v1/users")
    client, _ = _signed_in("platform_admin", gateway)
    with client:
        page = client.get("/dashboard").text
    # Twenty pages of one user each were read, then the bound stopped it.
    assert len([r for r in gateway.requests if r.url.path == "/v1/users"]) == 20
    users = page.split("<section", 3)[2]
    assert "Employer 20" in _titles(page)[1]
    assert "These counts are of the first 20 only: there are more." in users
    organisations = page.split("<section", 3)[1]
    assert "These counts are of the first" not in organisations


def test_a_facilitator_counts_groups_and_members_from_every_page() -> None:
    gateway = DashboardGateway(role="facilitator")
    group = {"status": "active", "members": [{"state": "joined"}, {"state": "invited"}]}
    gateway.lists["/v1/organisations/org_1/peer-groups"] = [group] * 5
    client, _ = _signed_in("facilitator", gateway)
    with client:
        page = client.get("/dashboard").text
    titles = _titles(page)
    groups = next(t for t in titles if t.startswith("Peer groups"))
    members = next(t for t in titles if t.startswith("Members"))
    assert "Active 5" in groups
    assert "Joined 5" in members
    assert "Invited 5" in members


def test_an_owner_counts_its_jobs_from_every_page() -> None:
    gateway = DashboardGateway(role="employer")
    gateway.lists["/v1/organisations/org_1/opportunities"] = [
        {"id": f"opp_{n}", "status": "closed"} for n in range(5)
    ]
    client, _ = _signed_in("employer", gateway)
    with client:
        page = client.get("/dashboard").text
    jobs = next(t for t in _titles(page) if t.startswith("Your jobs and courses"))
    assert "Closed 5" in jobs


def test_candidates_by_stage_keep_the_small_count_rule_of_the_placements() -> None:
    """Probe finding: "Hired: fewer than 5" in the placements beside "Hired 3" in the
    candidates by stage. Both hold counts from 1 to 4 back; zero and 5 or more are shown."""
    gateway = DashboardGateway(role="employer")
    job = {"id": "opp_1", "status": "open", "kind": "job", "title": "Cook", "version": 1}
    gateway.lists["/v1/organisations/org_1/opportunities"] = [job]
    gateway.opportunities["opp_1"] = job
    gateway.shortlist = [{"match_id": f"m_{i}", "state": "hired"} for i in range(3)] + [
        {"match_id": f"m_a{i}", "state": "accepted"} for i in range(6)
    ]
    client, _ = _signed_in("employer", gateway)
    with client:
        page = client.get("/dashboard").text
    stages = next(t for t in _titles(page) if t.startswith("Candidates by stage"))
    assert "Hired fewer than 5" in stages
    assert "Hired 3" not in stages
    assert "Accepted 6" in stages
    assert "Introduced 0" in stages


def test_each_label_is_on_its_own_line_above_its_bar_never_in_the_bars_drawing() -> None:
    # A label drawn in the SVG beside a fixed bar start runs under the bar when it is long
    # (Khmer, Burmese). The rule: the label is page text in its own block before its bar,
    # and the bar's drawing holds only the bar, its track and its value, right of the bar.
    client, _gateway = _signed_in("reintegration_officer")
    with client:
        page = client.get("/dashboard").text
    rows = re.findall(r'<div class="chart-row">(.*?)</div>', page, flags=re.S)
    assert rows
    for row in rows:
        label, drawing = row.split("<svg", 1)
        assert re.search(r'<span class="chart-label">[^<]+</span>', label), row
        assert "chart-label" not in drawing, row
        track = float(re.findall(r'width="([\d.]+)" height="\d+" class="chart-track"', drawing)[0])
        value_x = [float(x) for x in re.findall(r'<text x="([\d.]+)"', drawing)]
        view_width = float(re.findall(r'viewBox="0 0 ([\d.]+) ', drawing)[0])
        assert value_x, row
        assert all(track < x < view_width for x in value_x), row
    css = (Path(__file__).parents[3] / "services/console/static/console.css").read_text()
    assert re.search(r"\.chart-label \{[^}]*display: block", css)
