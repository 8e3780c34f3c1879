"""An employer's or provider's step on a candidate's match says it was recorded, as an
officer's acts do (console probe, session 22: after "Express interest" or recording a hire
the shortlist came back with no word that anything happened). The address carries the kind
of step only (``?done=<code>``), never who."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest

from tests.unit.console.conftest import csrf_of, notice_of, signed_in_officer
from tests.unit.console.fake_gateway import OPPORTUNITY_ID, FakeGateway

MATCH_ID = "m_" + "d" * 24
ALIAS = "P-7KQ3XM"
SHORTLIST = f"/opportunities/{OPPORTUNITY_ID}/shortlist"


@dataclass
class StepGateway(FakeGateway):
    """One opportunity with one candidate; accepts interest and outcomes for its match,
    or refuses every outcome when ``refuse`` is set."""

    steps: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    refuse: bool = False

    def handle(self, request: httpx.Request) -> httpx.Response:
        path = request.url.path
        if request.method == "POST" and path.startswith(f"/v1/matches/{MATCH_ID}/"):
            self.requests.append(request)
            step = path.rsplit("/", 1)[1]
            if step == "outcomes" and self.refuse:
                return self._problem(
                    422, "validation-error", errors=[{"type": "occurred_on_in_future"}]
                )
            self.steps.append((step, json.loads(request.content)))
            return httpx.Response(200, json={"id": MATCH_ID})
        return super().handle(request)


def _gateway(*, kind: str, state: str) -> StepGateway:
    gateway = StepGateway(role="employer" if kind == "job" else "training_provider")
    gateway.opportunities[OPPORTUNITY_ID] = {
        "id": OPPORTUNITY_ID,
        "kind": kind,
        "title": "Cook" if kind == "job" else "Cooking course",
        "pay": {"amount": 9000, "currency": "THB"},
        "status": "open",
        "version": 1,
    }
    gateway.shortlist = [
        {
            "match_id": MATCH_ID,
            "alias": ALIAS,
            "languages": [{"language": "th", "level": "native"}],
            "skills": [],
            "interests": [],
            "readiness": "employment_ready",
            "state": state,
            "score": 0.8,
        }
    ]
    return gateway


@pytest.mark.parametrize(
    ("kind", "state", "outcome", "expected"),
    [
        ("job", "employer_interest", "introduced", "The introduction was recorded."),
        ("job", "introduced", "hired", "The hire was recorded, with its monthly wage."),
        ("job", "hired", "retained_30", "Recorded: still employed at 30 days."),
        ("job", "retained_30", "retained_90", "Recorded: still employed at 90 days."),
        ("job", "retained_90", "retained_180", "Recorded: still employed at 180 days."),
        ("job", "hired", "ended", "The end of the match was recorded."),
        ("training", "accepted", "enrolled", "The enrolment was recorded."),
        ("training", "enrolled", "completed", "The completed course was recorded."),
        ("training", "enrolled", "ended", "The end of the match was recorded."),
    ],
)
def test_each_step_on_a_match_says_it_was_recorded(
    kind: str, state: str, outcome: str, expected: str
) -> None:
    gateway = _gateway(kind=kind, state=state)
    form = {"outcome": outcome, "occurred_on": "2026-11-20"}
    if outcome == "hired":
        form |= {"wage_amount": "9000", "wage_currency": "THB"}
    with signed_in_officer(gateway) as client:
        assert notice_of(client.get(SHORTLIST).text) is None  # nothing said before the step
        data = {"csrf_token": csrf_of(client, SHORTLIST), "match_id": MATCH_ID, **form}
        answer = client.post(f"/opportunities/{OPPORTUNITY_ID}/outcomes", data=data)
        assert answer.status_code == 303
        location = answer.headers["location"]
        assert location.startswith(f"{SHORTLIST}?done=")
        assert ALIAS not in location  # the kind of step only, never who
        assert MATCH_ID not in location
        assert notice_of(client.get(location).text) == expected
    assert [step for step, _body in gateway.steps] == ["outcomes"]


def test_expressing_interest_says_it_was_recorded() -> None:
    gateway = _gateway(kind="job", state="accepted")
    with signed_in_officer(gateway) as client:
        data = {"csrf_token": csrf_of(client, SHORTLIST), "match_id": MATCH_ID}
        answer = client.post(f"/opportunities/{OPPORTUNITY_ID}/interest", data=data)
        assert answer.status_code == 303
        assert notice_of(client.get(answer.headers["location"]).text) == (
            "Your interest was recorded."
        )
    assert [step for step, _body in gateway.steps] == ["interest"]


def test_the_notice_reads_in_the_readers_language() -> None:
    gateway = _gateway(kind="job", state="accepted")
    with signed_in_officer(gateway) as client:
        client.post(
            "/language",
            data={"csrf_token": csrf_of(client, SHORTLIST), "language": "th", "next": "/"},
        )
        page = client.get(f"{SHORTLIST}?done=interest-expressed").text
    assert notice_of(page) == "บันทึกความสนใจของคุณแล้ว"


def test_a_refused_step_says_nothing_was_recorded() -> None:
    gateway = _gateway(kind="job", state="hired")
    gateway.refuse = True
    with signed_in_officer(gateway) as client:
        data = {
            "csrf_token": csrf_of(client, SHORTLIST),
            "match_id": MATCH_ID,
            "outcome": "retained_30",
            "occurred_on": "2026-11-20",
        }
        answer = client.post(f"/opportunities/{OPPORTUNITY_ID}/outcomes", data=data)
        assert answer.status_code == 422
        assert notice_of(answer.text) is None
    assert gateway.steps == []


@pytest.mark.parametrize("code", ["member-removed", "consent-given", "<b>hi</b>", "hired "])
def test_only_the_shortlists_own_codes_are_announced(code: str) -> None:
    """Another page's code, or anything typed into the address, is not shown."""
    with signed_in_officer(_gateway(kind="job", state="hired")) as client:
        page = client.get(SHORTLIST, params={"done": code}).text
    assert notice_of(page) is None
