"""A recommended job the survivor lacks skills for shows the courses that teach them, each
with its own "Propose this course" (matching has always sent them, as ``pathways``; the
page said "Skills to learn" and stopped there). A course on the list says which listed jobs
it leads to: the mission's "this course leads to these open roles"."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any

import httpx

from console.pathway_views import courses_for, jobs_led_to
from tests.unit.console.conftest import signed_in_officer
from tests.unit.console.test_remote_choice_and_why_not_more import SURVIVOR_ID, CaseGateway

COURSE = "opp_c0ffee00c0ffee00c0ffee00"
OTHER_COURSE = "opp_beef0000beef0000beef0000"


def _job(opportunity_id: str, title: str, pathways: list[dict[str, Any]]) -> dict[str, Any]:
    return {
        "opportunity_id": opportunity_id,
        "kind": "job",
        "title": title,
        "score": 0.6,
        "breakdown": [],
        "reasons": [],
        "missing_skills": sorted({s for p in pathways for s in p["skills_closed"]}),
        "pathways": pathways,
        "predicted_success": None,
    }


def _pathway(course: str, title: str, skills: list[str], job: str) -> dict[str, Any]:
    return {
        "training_opportunity_id": course,
        "training_title": title,
        "skills_closed": skills,
        "leads_to_opportunity_ids": [job],
    }


COOK = _job(
    "opp_000000000000000000000001",
    "Line cook",
    [
        _pathway(COURSE, "Kitchen basics course", ["cooking", "food_hygiene"], "opp_1"),
        _pathway(OTHER_COURSE, "Food safety course", ["food_hygiene"], "opp_1"),
    ],
)
HELPER = _job(
    "opp_000000000000000000000002",
    "Kitchen helper",
    [_pathway(COURSE, "Kitchen basics course", ["cooking"], "opp_2")],
)
WAITER = _job("opp_000000000000000000000003", "Waiter", [])
KITCHEN_COURSE = {
    **_job(COURSE, "Kitchen basics course", []),
    "kind": "training",
}


@dataclass
class PathwaysGateway(CaseGateway):
    items: list[dict[str, Any]] = field(default_factory=list)
    proposed: list[tuple[str, str]] = field(default_factory=list)

    def handle(self, request: httpx.Request) -> httpx.Response:
        path = request.url.path
        if path == f"/v1/survivors/{SURVIVOR_ID}/recommendations":
            return httpx.Response(
                200,
                json={"survivor_id": SURVIVOR_ID, "items": self.items, "not_offered_because": []},
            )
        if path == f"/v1/survivors/{SURVIVOR_ID}/matches" and request.method == "POST":
            body = json.loads(request.content)
            self.proposed.append(
                (request.headers.get("idempotency-key", ""), body["opportunity_id"])
            )
            return httpx.Response(201, json={})
        if path == f"/v1/survivors/{SURVIVOR_ID}/matches":
            return httpx.Response(200, json={"items": []})
        return super().handle(request)


def test_a_job_lists_the_courses_that_teach_what_it_asks_each_once() -> None:
    doubled = {**COOK, "pathways": [*COOK["pathways"], COOK["pathways"][0]]}
    assert [c["training_opportunity_id"] for c in courses_for(doubled)] == [COURSE, OTHER_COURSE]
    assert courses_for(KITCHEN_COURSE) == []  # a course has no pathway of its own
    assert courses_for(WAITER) == []


def test_a_course_leads_to_the_listed_jobs_whose_skills_it_teaches() -> None:
    assert jobs_led_to([COOK, WAITER, HELPER, KITCHEN_COURSE]) == {
        COURSE: ["Line cook", "Kitchen helper"],
        OTHER_COURSE: ["Line cook"],
    }


def _page(gateway: PathwaysGateway) -> str:
    with signed_in_officer(gateway) as client:
        return client.get(f"/survivors/{SURVIVOR_ID}/recommendations").text


def _card(page: str, title: str) -> str:
    return page.split(f"<h2>{title}</h2>", 1)[1].split('<li class="card">', 1)[0]


def test_the_page_shows_each_jobs_courses_and_what_each_teaches() -> None:
    page = _page(PathwaysGateway(items=[COOK, WAITER, KITCHEN_COURSE]))
    cook = _card(page, "Line cook")
    assert "Courses that teach them" in cook
    assert "Kitchen basics course" in cook
    assert "Food safety course" in cook
    assert re.search(r"Teaches: [^<]*cooking", cook, re.IGNORECASE)
    assert f'name="opportunity_id" value="{COURSE}"' in cook
    assert "Propose this course: Kitchen basics course" in cook  # the button's name
    assert "Courses that teach them" not in _card(page, "Waiter")
    course = _card(page, "Kitchen basics course")
    assert "It teaches skills these jobs on this list ask for: Line cook" in course


def test_proposing_a_course_from_a_job_card_proposes_that_course() -> None:
    gateway = PathwaysGateway(items=[COOK, HELPER])
    with signed_in_officer(gateway) as client:
        page = client.get(f"/survivors/{SURVIVOR_ID}/recommendations").text
        forms = re.findall(
            r'<form method="post" action="[^"]+/matches"[^>]*>(.*?)</form>', page, re.S
        )
        fields = [dict(re.findall(r'name="([^"]+)" value="([^"]*)"', f)) for f in forms]
        keys = [f["idem"] for f in fields]
        assert len(set(keys)) == len(keys) == 5  # 2 cards, 3 course buttons: no key shared
        chosen = next(f for f in fields if f["opportunity_id"] == OTHER_COURSE)
        answer = client.post(f"/survivors/{SURVIVOR_ID}/matches", data=chosen)
    assert answer.status_code == 303
    assert gateway.proposed == [(chosen["idem"], OTHER_COURSE)]


def test_the_course_words_are_in_each_language() -> None:
    gateway = PathwaysGateway(items=[COOK])
    with signed_in_officer(gateway) as client:
        token = re.search(r'name="csrf_token" value="([^"]+)"', client.get("/caseload").text)
        assert token
        client.post("/language", data={"csrf_token": token.group(1), "language": "th", "next": "/"})
        page = client.get(f"/survivors/{SURVIVOR_ID}/recommendations").text
    assert "หลักสูตรที่สอนทักษะเหล่านี้" in page
    assert "เสนอหลักสูตรนี้" in page


def test_each_cards_propose_button_is_named_with_its_title_after_the_words_it_shows() -> None:
    """Usability probe, session 36: every card's button was named "Propose to the survivor",
    so a list of a page's buttons (a screen reader's) could not tell them apart. The name
    begins with the words shown (WCAG 2.5.3, label in name)."""
    page = _page(PathwaysGateway(items=[COOK, WAITER]))
    names = re.findall(r'<button type="submit" aria-label="([^"]*)">Propose to the survivor<', page)
    assert names == ["Propose to the survivor: Line cook", "Propose to the survivor: Waiter"]
