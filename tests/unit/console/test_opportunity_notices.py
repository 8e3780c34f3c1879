"""An employer's or provider's change to one of their own jobs or courses says it worked, and
what it means, as a step on a candidate does (console probe, session 23: posting, editing,
pausing, reopening, marking filled or closing landed back on the list with no word). The
address carries the kind of change only (``?done=<code>``), never the title or anything
typed; an unknown code shows nothing.

What each status means is matching's (``matching.domain.opportunity``): only an open job or
course with openings (seats) left is offered; filled and paused ones are not, until
reopened; a closed one is never offered again and cannot be reopened or changed; a paused
one keeps the candidates on its shortlist (``matching.service_layer.standing``).
"""

from __future__ import annotations

import html
import json
from dataclasses import dataclass

import httpx
import pytest
from fastapi.testclient import TestClient

from tests.unit.console.conftest import csrf_of, notice_of, signed_in_officer
from tests.unit.console.fake_gateway import OPPORTUNITY_ID, FakeGateway

LIST = "/opportunities"
STATUS = f"/opportunities/{OPPORTUNITY_ID}/status"
#: Typed by the owner: never in the address nor in the notice.
TITLE = "Cook at Riverside Café"


@dataclass
class OwnerGateway(FakeGateway):
    """The owner's list of opportunities, and status changes as the gateway makes them
    (the version read in ``If-Match``; a closed one stays closed)."""

    def handle(self, request: httpx.Request) -> httpx.Response:
        path = request.url.path
        if path == "/v1/organisations/org_1/opportunities" and request.method == "GET":
            self.requests.append(request)
            items = list(self.opportunities.values())
            return httpx.Response(200, json={"items": items, "next_cursor": None})
        if path.endswith("/status") and request.method == "PUT":
            self.requests.append(request)
            current = self.opportunities.get(path.split("/")[3])
            if current is None:
                return self._problem(404, "not-found")
            if request.headers.get("if-match") != f'"{current["version"]}"':
                return self._problem(412, "precondition-failed")
            if current["status"] == "closed":
                return self._problem(409, "conflict")
            current["status"] = json.loads(request.content)["status"]
            current["version"] += 1
            return httpx.Response(200, json=current)
        return super().handle(request)


def _owner(kind: str, *, status: str = "open") -> OwnerGateway:
    gateway = OwnerGateway(role="employer" if kind == "job" else "training_provider")
    gateway.opportunities[OPPORTUNITY_ID] = {
        "id": OPPORTUNITY_ID,
        "organisation_id": "org_1",
        "kind": kind,
        "title": TITLE,
        "description": "",
        "sector": "food_service",
        "openings": 2,
        "remote": False,
        "location": {"country": "KH", "district": "Chamkar Mon"},
        "languages": [{"language": "km", "level": "conversational"}],
        "minimum_age": 18,
        "status": status,
        "version": 1,
    }
    return gateway


def _form(title: str = TITLE, **extra: str) -> dict[str, str]:
    return {
        "title": title,
        "sector": "food_service",
        "country": "KH",
        "district": "Chamkar Mon",
        "openings": "2",
        "language": "km",
        "level": "conversational",
        "hours": "any",
        "minimum_age": "18",
        **extra,
    }


def _landed(client: TestClient, path: str, data: dict[str, str]) -> str:
    """The page a change (a form posted to ``path``) lands on; its address holds no title."""
    answer = client.post(path, data=data)
    assert answer.status_code == 303, answer.text
    location = answer.headers["location"]
    assert location.startswith(f"{LIST}?done=")
    assert "Cook" not in location
    assert "Riverside" not in location
    return client.get(location).text


def _in_language(client: TestClient, tag: str) -> None:
    answer = client.post(
        "/language", data={"csrf_token": csrf_of(client, LIST), "language": tag, "next": "/"}
    )
    assert answer.status_code == 303


@pytest.mark.parametrize(
    ("kind", "expected"),
    [("job", "The job was saved."), ("training", "The course was saved.")],
)
def test_posting_a_job_or_course_says_it_was_saved(kind: str, expected: str) -> None:
    gateway = _owner(kind)
    del gateway.opportunities[OPPORTUNITY_ID]
    with signed_in_officer(gateway) as client:
        token = csrf_of(client, "/opportunities/new")
        # Refused (a sector that is not a concept): the form again, and nothing announced.
        refused = client.post(
            "/opportunities/new",
            data={"csrf_token": token, "idem": "1" * 32, **_form(sector="no such sector")},
        )
        assert refused.status_code == 422
        assert notice_of(refused.text) is None
        assert gateway.opportunities == {}

        data = {"csrf_token": token, "idem": "0" * 32, **_form()}
        assert notice_of(_landed(client, "/opportunities/new", data)) == expected
    assert gateway.opportunities[OPPORTUNITY_ID]["title"] == TITLE


@pytest.mark.parametrize(
    ("kind", "expected"),
    [
        ("job", "Your changes to the job were saved."),
        ("training", "Your changes to the course were saved."),
    ],
)
def test_editing_a_job_or_course_says_the_changes_were_saved(kind: str, expected: str) -> None:
    gateway = _owner(kind)
    edit = f"/opportunities/{OPPORTUNITY_ID}/edit"
    with signed_in_officer(gateway) as client:
        data = {"csrf_token": csrf_of(client, edit), "version": "1", **_form(openings="3")}
        assert notice_of(_landed(client, edit, data)) == expected
    assert gateway.opportunities[OPPORTUNITY_ID]["openings"] == 3


@pytest.mark.parametrize(
    ("kind", "before", "target", "expected"),
    [
        (
            "job",
            "open",
            "paused",
            "The job was paused. Candidates are not offered it until you reopen it; "
            "those already on its shortlist stay.",
        ),
        (
            "job",
            "paused",
            "open",
            "The job was reopened. Candidates are offered it again while it has openings left.",
        ),
        (
            "job",
            "open",
            "filled",
            "The job was marked as filled. Candidates are no longer offered it; you can reopen it.",
        ),
        (
            "job",
            "paused",
            "closed",
            "The job was closed. It is no longer offered and cannot be reopened.",
        ),
        (
            "training",
            "open",
            "paused",
            "The course was paused. Candidates are not offered it until you reopen it; "
            "those already on its shortlist stay.",
        ),
        (
            "training",
            "filled",
            "open",
            "The course was reopened. Candidates are offered it again while it has seats left.",
        ),
        (
            "training",
            "open",
            "filled",
            "The course was marked as filled. Candidates are no longer offered it; "
            "you can reopen it.",
        ),
        (
            "training",
            "open",
            "closed",
            "The course was closed. It is no longer offered and cannot be reopened.",
        ),
    ],
)
def test_each_status_change_says_what_it_means_for_candidates(
    kind: str, before: str, target: str, expected: str
) -> None:
    gateway = _owner(kind, status=before)
    with signed_in_officer(gateway) as client:
        page = client.get(LIST).text
        assert notice_of(page) is None  # nothing said before the change
        assert f'name="status" value="{target}"' in page  # the list offers this change
        data = {"csrf_token": csrf_of(client, LIST), "version": "1", "status": target}
        assert notice_of(_landed(client, STATUS, data)) == expected
    assert gateway.opportunities[OPPORTUNITY_ID]["status"] == target


def test_the_notice_reads_in_the_readers_language() -> None:
    gateway = _owner("job")
    with signed_in_officer(gateway) as client:
        _in_language(client, "th")
        data = {"csrf_token": csrf_of(client, LIST), "version": "1", "status": "paused"}
        assert notice_of(_landed(client, STATUS, data)) == (
            "หยุดงานนี้ชั่วคราวแล้ว งานนี้จะไม่ถูกเสนอให้ผู้สมัครจนกว่าคุณจะเปิดอีกครั้ง "
            "ส่วนผู้สมัครที่อยู่ในรายชื่อคัดเลือกแล้วยังคงอยู่"
        )


def test_a_providers_notice_reads_in_khmer() -> None:
    gateway = _owner("training")
    with signed_in_officer(gateway) as client:
        _in_language(client, "km")
        data = {"csrf_token": csrf_of(client, LIST), "version": "1", "status": "closed"}
        assert notice_of(_landed(client, STATUS, data)) == (
            "វគ្គសិក្សាត្រូវបានបិទ។ វគ្គសិក្សានេះលែងត្រូវបានផ្ដល់ជូនទៀតហើយ ហើយមិនអាចបើកឡើងវិញបានទេ។"
        )


def test_the_notice_never_names_the_job() -> None:
    """The title is the owner's own words: the list shows it in its row, never in the
    notice nor in the address."""
    gateway = _owner("job")
    edit = f"/opportunities/{OPPORTUNITY_ID}/edit"
    with signed_in_officer(gateway) as client:
        data = {"csrf_token": csrf_of(client, edit), "version": "1", **_form()}
        page = _landed(client, edit, data)
    notice = notice_of(page)
    assert notice is not None
    assert TITLE not in notice
    assert "Cook" not in notice
    assert "Riverside" not in notice
    assert TITLE in page  # in its row of the list


@pytest.mark.parametrize(
    "code",
    [
        "course-paused",  # a provider's notice, on an employer's list
        "interest-expressed",  # the shortlist's
        "member-removed",  # another page's
        "job-paused ",
        "job-deleted",
        "Thank you, Sokha",
        "<b>closed</b>",
    ],
)
def test_only_this_lists_own_codes_are_announced(code: str) -> None:
    """Anything else in the address is neither announced nor echoed."""
    with signed_in_officer(_owner("job")) as client:
        known = client.get(LIST, params={"done": "job-paused"}).text
        assert notice_of(known) is not None  # the list does announce its own codes
        page = client.get(LIST, params={"done": code}).text
    assert notice_of(page) is None
    assert 'class="notice"' not in page
    assert html.escape(code.strip()) not in page


@pytest.mark.parametrize(
    ("status", "editable"), [("open", True), ("paused", True), ("closed", False)]
)
def test_a_closed_job_offers_no_edit_link(status: str, editable: bool) -> None:
    """Matching refuses any change to a closed job or course: the list does not offer one."""
    with signed_in_officer(_owner("job", status=status)) as client:
        page = client.get(LIST).text
    assert (f'href="/opportunities/{OPPORTUNITY_ID}/edit"' in page) is editable


def test_closing_asks_first_since_it_cannot_be_undone() -> None:
    """Usability probe, session 36: the red Close sat beside Pause and closed the job at
    once. Now the row offers Close as a question first; pausing stays one click."""
    with signed_in_officer(_owner("job", status="open")) as client:
        page = client.get(LIST).text
    closing = page.split('<details class="confirm-withdrawal">', 1)[1].split("</details>", 1)[0]
    assert "for good? It will no longer be offered, and it cannot be reopened." in closing
    assert '<input type="hidden" name="status" value="closed">' in closing
    assert '<button type="submit" class="danger">Yes, close it</button>' in closing
    outside = page.replace(closing, "")
    assert 'name="status" value="closed"' not in outside
    assert 'name="status" value="paused"' in outside
