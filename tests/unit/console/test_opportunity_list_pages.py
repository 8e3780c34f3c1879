"""An owner's list of jobs or courses goes past its first page, and a job just posted is
on the page the console lands on (usability probe, finding M2: the list stopped at 50 rows
with no next page, so a new job said "saved" and was nowhere to be seen).

The gateway lists an organisation's opportunities by id, not by when they were posted, a
page at a time with a signed cursor whose scope holds the page size
(``gateway.api.opportunities.routes.list_opportunities``): the next page must be asked
with the same ``limit``, and the cursor is sent back as it came.
"""

from __future__ import annotations

import html
import json
import re
from dataclasses import dataclass
from typing import Any

import httpx

from tests.unit.console.conftest import csrf_in, notice_of, signed_in_officer
from tests.unit.console.fake_gateway import OPPORTUNITY_ID, FakeGateway

LIST = "/opportunities"
LISTED = "/v1/organisations/org_1/opportunities"


@dataclass
class PagingGateway(FakeGateway):
    """The owner's list as the gateway pages it: by id, ``limit`` at a time, the cursor an
    opaque token naming the last id of the page before; and status changes."""

    def handle(self, request: httpx.Request) -> httpx.Response:
        path = request.url.path
        if path == LISTED and request.method == "GET":
            self.requests.append(request)
            limit = int(request.url.params["limit"])
            after = request.url.params.get("cursor", "").removeprefix("after.")
            ids = sorted(i for i in self.opportunities if i > after)
            page, more = ids[:limit], len(ids) > limit
            return httpx.Response(
                200,
                json={
                    "items": [self.opportunities[i] for i in page],
                    "next_cursor": f"after.{page[-1]}" if more else None,
                },
            )
        if path.endswith("/status") and request.method == "PUT":
            self.requests.append(request)
            current = self.opportunities[path.split("/")[3]]
            current["status"] = json.loads(request.content)["status"]
            current["version"] += 1
            return httpx.Response(200, json=current)
        return super().handle(request)


def _job(opportunity_id: str, title: str, district: str = "Chamkar Mon") -> dict[str, Any]:
    return {
        "id": opportunity_id,
        "organisation_id": "org_1",
        "kind": "job",
        "title": title,
        "description": "",
        "sector": "food_service",
        "openings": 1,
        "remote": False,
        "location": {"country": "KH", "district": district},
        "languages": [],
        "minimum_age": 18,
        "status": "open",
        "version": 1,
    }


def _employer_with(count: int) -> PagingGateway:
    """``count`` jobs whose ids sort before ``OPPORTUNITY_ID``, the one the fake posts."""
    gateway = PagingGateway(role="employer")
    for n in range(count):
        opportunity_id = f"opp_{n:032d}"
        gateway.opportunities[opportunity_id] = _job(opportunity_id, f"Job number {n}")
    return gateway


def _titles(page: str) -> list[str]:
    return re.findall(r'<th scope="row">([^<]*)</th>', page)


def _next_link(page: str) -> str | None:
    found = re.search(r'<a href="([^"]*)" rel="next">', page)
    return html.unescape(found.group(1)) if found else None


def _asked(gateway: FakeGateway) -> list[httpx.QueryParams]:
    return [r.url.params for r in gateway.requests if r.url.path == LISTED]


def test_a_list_longer_than_a_page_links_to_the_next_and_following_it_shows_the_rest() -> None:
    gateway = _employer_with(55)
    with signed_in_officer(gateway) as client:
        first = client.get(LIST).text
        link = _next_link(first)
        assert link is not None
        assert link.startswith(f"{LIST}?page=")
        second = client.get(link).text
    assert _titles(first) == [f"Job number {n}" for n in range(50)]
    assert _titles(second) == [f"Job number {n}" for n in range(50, 55)]
    assert _next_link(second) is None  # the last page
    assert f'<a href="{LIST}">First page</a>' in second
    first_ask, second_ask = _asked(gateway)
    assert "cursor" not in first_ask
    # The cursor as the gateway gave it, with the page size it was made for.
    assert second_ask["cursor"] == f"after.opp_{49:032d}"
    assert second_ask["limit"] == first_ask["limit"] == "50"


def test_a_list_of_one_page_has_no_next_link() -> None:
    with signed_in_officer(_employer_with(3)) as client:
        page = client.get(LIST).text
    assert _next_link(page) is None
    assert "First page" not in page


def test_a_page_token_not_shaped_like_a_cursor_is_never_sent() -> None:
    gateway = _employer_with(3)
    with signed_in_officer(gateway) as client:
        page = client.get(LIST, params={"page": "../../v1/admin <script>"}).text
    assert _titles(page) == ["Job number 0", "Job number 1", "Job number 2"]
    assert all("cursor" not in asked for asked in _asked(gateway))


def test_rows_with_the_same_title_are_told_apart_by_place_and_status() -> None:
    gateway = PagingGateway(role="employer")
    gateway.opportunities["opp_1"] = _job("opp_1", "Cook", "Chamkar Mon")
    gateway.opportunities["opp_2"] = _job("opp_2", "Cook", "Tuol Kouk") | {"status": "paused"}
    with signed_in_officer(gateway) as client:
        page = client.get(LIST).text
    places = re.findall(r'<td class="place">([^<]*)</td>', page)
    assert places == ["Chamkar Mon, Cambodia", "Tuol Kouk, Cambodia"]
    statuses = re.findall(r'<td class="status">([^<]*)</td>', page)
    assert statuses == ["Open", "Paused"]


def test_a_job_just_posted_is_the_first_row_of_the_list_it_lands_on() -> None:
    """The gateway's order puts the new one on the second page: it is shown first anyway,
    once; afterwards the list is the gateway's again."""
    gateway = _employer_with(60)
    with signed_in_officer(gateway) as client:
        token = csrf_in(client.get("/opportunities/new").text)
        form = {
            "csrf_token": token,
            "idem": "0" * 32,
            "title": "Kitchen helper",
            "sector": "food_service",
            "country": "KH",
            "district": "Chamkar Mon",
            "openings": "1",
            "hours": "any",
            "minimum_age": "18",
        }
        answer = client.post("/opportunities/new", data=form)
        assert answer.status_code == 303
        assert answer.headers["location"] == f"{LIST}?done=job-posted"  # no id, no title
        landed = client.get(answer.headers["location"]).text
        later = client.get(LIST).text
    assert notice_of(landed) == "The job was saved."
    assert _titles(landed)[0] == "Kitchen helper"
    assert _titles(landed)[1:] == [f"Job number {n}" for n in range(50)]
    assert f'href="/opportunities/{OPPORTUNITY_ID}/edit"' in landed
    assert "Kitchen helper" not in _titles(later)  # on the gateway's second page, as listed


def test_a_status_changed_on_a_later_page_comes_back_to_that_page() -> None:
    gateway = _employer_with(55)
    with signed_in_officer(gateway) as client:
        link = _next_link(client.get(LIST).text)
        assert link is not None
        second = client.get(link).text
        cursor = link.removeprefix(f"{LIST}?page=")
        assert f'<input type="hidden" name="page" value="{cursor}">' in second
        answer = client.post(
            f"/opportunities/opp_{52:032d}/status",
            data={
                "csrf_token": csrf_in(second),
                "version": "1",
                "status": "paused",
                "page": cursor,
            },
        )
        assert answer.status_code == 303
        back = client.get(answer.headers["location"]).text
    assert answer.headers["location"] == f"{LIST}?done=job-paused&page={cursor}"
    assert "Job number 52" in _titles(back)
    assert gateway.opportunities[f"opp_{52:032d}"]["status"] == "paused"


def test_the_list_reads_in_the_owners_language() -> None:
    gateway = _employer_with(55)
    with signed_in_officer(gateway) as owner:
        owner.post(
            "/language", data={"csrf_token": csrf_in(owner.get(LIST).text), "language": "km"}
        )
        page = owner.get(LIST).text
    assert ">ទំព័របន្ទាប់</a>" in page  # "Next page"


def _next_in(page: str) -> str:
    found = re.search(r'<input type="hidden" name="next" value="([^"]*)">', page)
    assert found, "the language switch names the page to come back to"
    return html.unescape(found.group(1))


def test_switching_language_on_a_later_page_comes_back_to_that_page() -> None:
    """A language chosen on the list's second page lands on the second page, in that
    language, not on the first (usability probe, session 39)."""
    gateway = _employer_with(55)
    with signed_in_officer(gateway) as owner:
        link = _next_link(owner.get(LIST).text)
        assert link is not None
        second = owner.get(link).text
        assert _next_in(second) == link
        switched = owner.post(
            "/language",
            data={"csrf_token": csrf_in(second), "language": "th", "next": _next_in(second)},
        )
        assert switched.status_code == 303
        back = owner.get(switched.headers["location"]).text
    assert switched.headers["location"] == link
    assert _titles(back) == [f"Job number {n}" for n in range(50, 55)]
    assert '<html lang="th"' in back


def test_the_language_switch_carries_no_notice_and_no_query_shaped_otherwise() -> None:
    gateway = _employer_with(3)
    with signed_in_officer(gateway) as owner:
        page = owner.get(LIST, params={"done": "job-posted", "page": "<b>", "q": "x"}).text
    assert _next_in(page) == LIST
