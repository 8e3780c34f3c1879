"""The outcome form asks the day a step happened (today by default) and shows the
gateway's refusal of a step on that candidate's form, in the reader's language."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

import httpx
import httpx2
import pytest
from fastapi.testclient import TestClient

from console.gateway_client import GatewayProblem
from console.i18n import Catalogs
from console.opportunity_forms import outcome_body, outcome_refusal
from tests.unit.console.conftest import Clock, csrf_of, make_client
from tests.unit.console.fake_gateway import OPPORTUNITY_ID, PASSWORD, FakeGateway

MATCH_ID = "m_" + "c" * 24
TODAY = date(2026, 11, 28)


@dataclass
class OutcomeGateway(FakeGateway):
    """Records outcome bodies; answers each with ``refusal`` when one is set."""

    outcomes: list[dict[str, Any]] = field(default_factory=list)
    refusal: tuple[int, str, list[dict[str, Any]]] | None = None

    def handle(self, request: httpx.Request) -> httpx.Response:
        if request.url.path == f"/v1/matches/{MATCH_ID}/outcomes" and request.method == "POST":
            self.requests.append(request)
            self.outcomes.append(json.loads(request.content))
            if self.refusal is not None:
                status, slug, errors = self.refusal
                extra = {"errors": errors} if errors else {}
                return self._problem(status, slug, detail="in English, never shown", **extra)
            return httpx.Response(200, json={"id": MATCH_ID, "state": "retained_30"})
        return super().handle(request)


@pytest.fixture
def employer() -> OutcomeGateway:
    gateway = OutcomeGateway(role="employer")
    gateway.opportunities[OPPORTUNITY_ID] = {
        "id": OPPORTUNITY_ID,
        "kind": "job",
        "title": "Cook",
        "pay": {"amount": 9000, "currency": "THB"},
        "status": "open",
        "version": 1,
    }
    gateway.shortlist = [
        {
            "match_id": MATCH_ID,
            "alias": "P-7KQ3XM",
            "languages": [{"language": "th", "level": "native"}],
            "skills": [],
            "interests": [],
            "readiness": "employment_ready",
            "state": "hired",
            "score": 0.8,
        }
    ]
    return gateway


@pytest.fixture
def owner(employer: OutcomeGateway) -> Iterator[TestClient]:
    client = make_client(employer, Clock())
    client.app.state.console = replace(  # type: ignore[attr-defined]
        client.app.state.console,  # type: ignore[attr-defined]
        today=lambda: TODAY,
    )
    with client:
        answer = client.post(
            "/sign-in",
            data={
                "csrf_token": csrf_of(client, "/sign-in"),
                "username": "officer",
                "password": PASSWORD,
            },
        )
        assert answer.status_code == 303
        yield client


SHORTLIST = f"/opportunities/{OPPORTUNITY_ID}/shortlist"


def _record(owner: TestClient, **form: str) -> httpx2.Response:
    data = {"csrf_token": csrf_of(owner, SHORTLIST), "match_id": MATCH_ID, **form}
    return owner.post(f"/opportunities/{OPPORTUNITY_ID}/outcomes", data=data)


def _in_khmer(client: TestClient) -> None:
    answer = client.post(
        "/language",
        data={"csrf_token": csrf_of(client, SHORTLIST), "language": "km", "next": "/"},
    )
    assert answer.status_code == 303


def test_the_form_asks_the_day_it_happened_today_by_default(owner: TestClient) -> None:
    page = owner.get(SHORTLIST).text
    assert '<label for="occurred-1">Date it happened</label>' in page
    assert (
        '<input id="occurred-1" name="occurred_on" type="date" max="2026-11-28" '
        'value="2026-11-28" required>'
    ) in page
    _in_khmer(owner)
    assert "កាលបរិច្ឆេទដែលវាបានកើតឡើង" in owner.get(SHORTLIST).text


def test_the_day_chosen_is_sent_with_the_step(owner: TestClient, employer: OutcomeGateway) -> None:
    answer = _record(owner, outcome="retained_30", occurred_on="2026-11-20")
    assert answer.status_code == 303
    assert employer.outcomes == [{"outcome": "retained_30", "occurred_on": "2026-11-20"}]


def test_retention_too_soon_after_the_hire_is_shown_on_the_form(
    owner: TestClient, employer: OutcomeGateway
) -> None:
    employer.refusal = (
        409,
        "conflict",
        [
            {
                "loc": ["body", "occurred_on"],
                "msg": "retained_30 may be dated 30 days after the hire's day at the earliest",
                "code": "OCCURRED_ON_BEFORE_RETENTION",
                "suggestions": ["2026-12-20"],
            }
        ],
    )
    answer = _record(owner, outcome="retained_30", occurred_on="2026-11-27")
    assert answer.status_code == 409
    page = answer.text
    assert (
        '<p class="field-error" id="outcome-error-1" role="alert">Too soon after the hire: '
        "this can be recorded from Dec 20, 2026.</p>"
    ) in page
    # What was sent is drawn again, marked as the field at fault, which takes the focus.
    assert (
        'value="2026-11-27" aria-invalid="true" aria-describedby="outcome-error-1" autofocus'
        in page
    )
    assert '<option value="retained_30" selected>' in page
    assert "in English, never shown" not in page
    assert "may be dated" not in page

    _in_khmer(owner)
    khmer = _record(owner, outcome="retained_30", occurred_on="2026-11-27").text
    assert "ឆាប់ពេកបន្ទាប់ពីការជួល៖ អាចកត់ត្រាជំហាននេះបានចាប់ពីថ្ងៃ 20 ធ្នូ 2026។" in khmer


def test_a_day_in_the_future_is_shown_on_the_form(
    owner: TestClient, employer: OutcomeGateway
) -> None:
    employer.refusal = (
        422,
        "validation-error",
        [
            {
                "loc": ["body", "occurred_on"],
                "msg": "occurred_on may not be in the future (after today in UTC)",
                "code": "OCCURRED_ON_IN_THE_FUTURE",
                "suggestions": ["2026-11-28"],
            }
        ],
    )
    answer = _record(owner, outcome="retained_30", occurred_on="2026-11-29")
    assert answer.status_code == 422
    assert "The date cannot be in the future." in answer.text


def test_a_refused_hire_keeps_the_wage_typed(owner: TestClient, employer: OutcomeGateway) -> None:
    employer.shortlist[0]["state"] = "introduced"
    employer.refusal = (
        409,
        "conflict",
        [
            {
                "loc": ["body", "occurred_on"],
                "msg": "occurred_on may not be before the day of the step it follows",
                "code": "OCCURRED_ON_BEFORE_PREVIOUS_STEP",
                "suggestions": ["2026-11-20"],
            }
        ],
    )
    answer = _record(
        owner, outcome="hired", occurred_on="2026-11-19", wage_amount="9000", wage_currency="THB"
    )
    assert answer.status_code == 409
    assert "The previous step happened on Nov 20, 2026: choose that day or later." in answer.text
    assert 'name="wage_amount" inputmode="numeric" size="8" value="9000">' in answer.text
    assert employer.outcomes == [
        {
            "outcome": "hired",
            "wage": {"amount": 9000, "currency": "THB"},
            "occurred_on": "2026-11-19",
        }
    ]


def test_a_step_out_of_order_is_shown_on_the_form_too(
    owner: TestClient, employer: OutcomeGateway
) -> None:
    employer.refusal = (409, "conflict", [])
    answer = _record(owner, outcome="retained_30", occurred_on="2026-11-28")
    assert answer.status_code == 409
    assert (
        'role="alert">This cannot be done now: a rule of Pathways does not allow it.</p>'
        in answer.text
    )


# -- the form and the refusal, on their own -------------------------------------------------


def test_the_body_leaves_an_empty_day_to_the_gateway_and_sends_a_wage_only_with_a_hire() -> None:
    assert outcome_body({"outcome": "introduced", "occurred_on": ""}) == {"outcome": "introduced"}
    assert outcome_body(
        {
            "outcome": "hired",
            "wage_amount": " 9000 ",
            "wage_currency": "thb",
            "occurred_on": "2026-11-02",
        }
    ) == {
        "outcome": "hired",
        "wage": {"amount": 9000, "currency": "THB"},
        "occurred_on": "2026-11-02",
    }
    assert outcome_body({"outcome": "ended", "wage_amount": "9000"}) == {"outcome": "ended"}


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        (
            "OCCURRED_ON_BEFORE_PREVIOUS_STEP",
            "The previous step happened on Nov 20, 2026: choose that day or later.",
        ),
        (
            "OCCURRED_ON_BEFORE_RETENTION",
            "Too soon after the hire: this can be recorded from Nov 20, 2026.",
        ),
        ("OCCURRED_ON_IN_THE_FUTURE", "The date cannot be in the future."),
        ("", "Enter a valid date."),  # the gateway's own check of the form
    ],
)
def test_each_refused_day_reads_as_its_rule(code: str, expected: str) -> None:
    error: dict[str, Any] = {"loc": ["body", "occurred_on"], "msg": "…"}
    if code:
        error |= {"code": code, "suggestions": ["2026-11-20"]}
    problem = GatewayProblem(status=409, type="/problems/conflict", errors=[error])
    assert outcome_refusal(problem, Catalogs().for_language("en")) == expected


def test_interest_is_offered_on_a_job_and_never_on_a_course(
    owner: TestClient, employer: OutcomeGateway
) -> None:
    """Probe finding: a provider was offered "Express interest", which the match's life has
    no step for in training (accepted goes to enrolled), and always failed."""
    employer.shortlist[0]["state"] = "accepted"
    assert "Express interest" in owner.get(SHORTLIST).text
    employer.opportunities[OPPORTUNITY_ID]["kind"] = "training"
    page = owner.get(SHORTLIST).text
    assert "Express interest" not in page
    assert "Enrolled" in page  # the step a provider records instead


@pytest.mark.parametrize("cleared", ["", "   "])
def test_a_cleared_day_is_asked_for_at_its_field_not_taken_as_today(
    owner: TestClient, employer: OutcomeGateway, cleared: str
) -> None:
    """Usability probe, session 36: the field comes filled in with today; a person who
    cleared it meant another day, so nothing is recorded and the field asks for it, empty."""
    answer = _record(owner, outcome="retained_30", occurred_on=cleared)
    assert answer.status_code == 422
    assert employer.outcomes == []  # nothing recorded
    error = re.search(
        r'<p class="field-error" id="outcome-error-1" role="alert">([^<]*)</p>', answer.text
    )
    assert error
    assert error.group(1) == "This is required."
    marked = re.search(r'<input id="occurred-1"[^>]*>', answer.text)
    assert marked
    assert 'value=""' in marked.group(0)
    assert 'aria-invalid="true" aria-describedby="outcome-error-1"' in marked.group(0)


@pytest.fixture
def introduced(employer: OutcomeGateway) -> OutcomeGateway:
    employer.shortlist[0]["state"] = "introduced"
    return employer


@pytest.mark.parametrize(
    ("wage", "field", "message"),
    [
        ({}, "wage-1", "Enter the monthly wage: a hire is recorded with it."),
        ({"wage_amount": "  "}, "wage-1", "Enter the monthly wage: a hire is recorded with it."),
        ({"wage_amount": "abc"}, "wage-1", "Enter the wage as a whole number above 0"),
        ({"wage_amount": "0"}, "wage-1", "Enter the wage as a whole number above 0"),
        ({"wage_amount": "9000", "wage_currency": ""}, "currency-1", "Choose the currency"),
        ({"wage_amount": "9000", "wage_currency": "EUR"}, "currency-1", "Choose the currency"),
    ],
)
def test_a_hire_without_a_wage_in_a_region_currency_is_refused_at_the_field(
    introduced: OutcomeGateway,
    owner: TestClient,
    wage: dict[str, str],
    field: str,
    message: str,
) -> None:
    answer = _record(owner, outcome="hired", occurred_on="2026-11-27", **wage)
    assert answer.status_code == 422
    assert introduced.outcomes == []  # nothing recorded
    error = re.search(
        r'<p class="field-error" id="outcome-error-1" role="alert">([^<]*)</p>', answer.text
    )
    assert error
    assert error.group(1).startswith(message)
    marked = re.search(rf'id="{field}"[^>]*>', answer.text)
    assert marked
    assert 'aria-invalid="true" aria-describedby="outcome-error-1"' in marked.group(0)
    # What was typed is kept; the step chosen stays chosen.
    assert '<option value="hired" selected>' in answer.text


def test_a_hire_with_its_wage_is_recorded_with_it(
    introduced: OutcomeGateway, owner: TestClient
) -> None:
    answer = _record(
        owner, outcome="hired", occurred_on="2026-11-27", wage_amount="9000", wage_currency="thb"
    )
    assert answer.status_code == 303
    assert introduced.outcomes == [
        {
            "outcome": "hired",
            "wage": {"amount": 9000, "currency": "THB"},
            "occurred_on": "2026-11-27",
        }
    ]


def test_the_wage_currency_is_a_choice_of_the_regions_currencies_named_in_the_readers_language(
    introduced: OutcomeGateway, owner: TestClient
) -> None:
    page = owner.get(SHORTLIST).text
    select = page.split('<select id="currency-1" name="wage_currency"', 1)[1].split("</select>")[0]
    # The job's own currency comes first chosen; the region's currencies are offered.
    assert '<option value="THB" selected>Thai Baht (THB)</option>' in select
    for code in ("KHR", "MMK", "VND", "PHP", "HKD"):
        assert f'<option value="{code}"' in select
    _in_khmer(owner)
    khmer = owner.get(SHORTLIST).text
    assert "(THB)" in khmer
    assert "Thai Baht (THB)" not in khmer  # named by CLDR in Khmer


def _group_of(page: str, field_id: str) -> str:
    """The field's group on the outcome form: its label, the field and its message."""
    groups: list[str] = re.findall(r'<div class="outcome-field">(.*?)</div>', page, flags=re.DOTALL)
    found = [group for group in groups if f'id="{field_id}"' in group]
    assert len(found) == 1
    return found[0]


@pytest.mark.parametrize(
    ("wage", "field"),
    [
        ({}, "wage-1"),
        ({"wage_amount": "abc"}, "wage-1"),
        ({"wage_amount": "9000", "wage_currency": "EUR"}, "currency-1"),
    ],
)
def test_a_refused_wage_is_told_under_its_field_not_at_the_start_of_the_row(
    introduced: OutcomeGateway, owner: TestClient, wage: dict[str, str], field: str
) -> None:
    """Console probe, session 22: on a wide screen the message stood at the start of the
    row, away from the wage field it is about."""
    answer = _record(owner, outcome="hired", occurred_on="2026-11-27", **wage)
    assert answer.status_code == 422
    group = _group_of(answer.text, field)
    field_at = group.index(f'id="{field}"')
    error_at = group.index('<p class="field-error" id="outcome-error-1" role="alert">')
    assert field_at < error_at  # under the field, in its group
    assert answer.text.count('class="field-error"') == 1  # and nowhere else
    assert 'class="field-error"' not in _group_of(answer.text, "outcome-1")


def test_a_refused_day_is_told_under_the_date_field(
    owner: TestClient, employer: OutcomeGateway
) -> None:
    employer.refusal = (
        422,
        "validation-error",
        [
            {
                "loc": ["body", "occurred_on"],
                "msg": "in the future",
                "code": "OCCURRED_ON_IN_THE_FUTURE",
            }
        ],
    )
    answer = _record(owner, outcome="retained_30", occurred_on="2026-11-27")
    assert answer.status_code == 422
    group = _group_of(answer.text, "occurred-1")
    assert "The date cannot be in the future." in group
    assert group.index('id="occurred-1"') < group.index('id="outcome-error-1"')


def test_an_empty_shortlist_says_when_people_come_and_when_they_leave(
    owner: TestClient, employer: OutcomeGateway
) -> None:
    """Usability probe, session 36: once a course's only candidate had completed it, the
    page said "No candidates yet", as if no one had ever come."""
    employer.shortlist = []
    page = owner.get(SHORTLIST).text
    assert "No candidates to act on now." in page
    assert "They leave the list when their last step is recorded" in page
    assert "No candidates yet" not in page
