"""Online courses and remote work reach only someone open to them, so the officer must be
able to say so, and see why a list is short (matching probe, session 20: online courses
were left out in silence, and no console form could open a survivor to them)."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any

import httpx

from console import forms, messages
from matching.service_layer.not_offered import Reason
from tests.unit.console.conftest import signed_in_officer
from tests.unit.console.fake_gateway import FakeGateway

SURVIVOR_ID = "srv_5b6c7d8e9f0a1b2c3d4e5f60"


@dataclass
class CaseGateway(FakeGateway):
    """One assessed survivor who consents to matching, recommendations with reasons, and
    the consent route."""

    remote_ok: bool = False
    not_offered: list[dict[str, Any]] = field(default_factory=list)
    consent_puts: list[dict[str, Any]] = field(default_factory=list)

    def handle(self, request: httpx.Request) -> httpx.Response:
        bearer = request.headers.get("authorization", "").removeprefix("Bearer ")
        path = request.url.path
        if bearer not in self.valid_access or not path.startswith(f"/v1/survivors/{SURVIVOR_ID}"):
            return super().handle(request)
        rest = path.removeprefix(f"/v1/survivors/{SURVIVOR_ID}")
        if rest == "":
            return httpx.Response(200, json=self._survivor())
        if rest == "/recommendations":
            return httpx.Response(
                200,
                json={
                    "survivor_id": SURVIVOR_ID,
                    "items": [],
                    "not_offered_because": self.not_offered,
                },
            )
        if rest == "/peer-groups":
            return httpx.Response(200, json={"items": []})
        if rest == "/readiness-assessments":
            # What the gateway answers a body without a stage.
            return self._problem(
                422,
                "validation-error",
                errors=[{"loc": ["body", "stage"], "msg": "Field required"}],
            )
        if rest.startswith("/consents/") and request.method == "PUT":
            self.consent_puts.append(json.loads(request.content))
            return httpx.Response(200, json=self._survivor())
        return super().handle(request)

    def _survivor(self) -> dict[str, Any]:
        return {
            "id": SURVIVOR_ID,
            "alias": "P-4QXR7T",
            "version": 2,
            "consents": [{"purpose": "matching", "granted": True}],
            "readiness": {"stage": "employment_ready", "assessed_at": "2026-12-01T09:00:00Z"},
            "readiness_history": [],
            "profile": {
                "age_band": "25-34",
                "languages": [{"language": "km", "level": "native"}],
                "skills": [],
                "remote_ok": self.remote_ok,
                "travel_radius_km": 10,
            },
        }


def test_registration_sends_the_remote_choice_only_when_ticked() -> None:
    base = {"language": "km", "level": "native", "age_band": "25-34"}
    ticked = forms.registration_body({**base, "remote_ok": "true"}, {})["profile"]
    left = forms.registration_body(base, {})["profile"]
    assert (ticked["remote_ok"], left["remote_ok"]) == (True, False)
    assert forms.profile_form({"remote_ok": True})[0]["remote_ok"] == "true"


def test_the_case_page_says_whether_they_are_open_to_remote_work() -> None:
    for remote_ok, said in ((True, "Open to them"), (False, "Not chosen")):
        with signed_in_officer(CaseGateway(remote_ok=remote_ok)) as client:
            page = client.get(f"/survivors/{SURVIVOR_ID}").text
        shown = page.split("Remote work and online courses</dt>", 1)[1].split("</dd>", 1)[0]
        assert said in shown


def test_a_short_list_says_what_left_the_rest_out_and_what_to_do() -> None:
    gateway = CaseGateway(
        not_offered=[
            {"code": "out_of_reach", "text": "…", "count": 12},
            {"code": "remote_not_chosen", "text": "…", "count": 3},
        ]
    )
    with signed_in_officer(gateway) as client:
        page = client.get(f"/survivors/{SURVIVOR_ID}/recommendations").text
    assert "Farther than their travel distance, or in another country: 12." in page
    assert "Remote jobs and online courses, which they have not chosen: 3." in page
    assert "Open to remote work and online courses" in page  # what to tick
    assert "No open job or course fits every rule now" not in page  # the generic guess


def test_every_reason_matching_gives_for_a_short_list_has_words_in_the_console() -> None:
    gates = {Reason.NOT_ASSESSED, Reason.READINESS_STAGE, Reason.NO_MATCHING_CONSENT}
    codes = {value for name, value in vars(Reason).items() if name.isupper()}
    assert codes - gates == set(messages.NOT_OFFERED)


def test_withdrawing_a_consent_says_it_is_done() -> None:
    gateway = CaseGateway()
    with signed_in_officer(gateway) as client:
        page = client.get(f"/survivors/{SURVIVOR_ID}").text
        token = re.search(r'name="csrf_token" value="([^"]+)"', page)
        assert token
        answer = client.post(
            f"/survivors/{SURVIVOR_ID}/consents/matching",
            data={"csrf_token": token.group(1), "granted": "false"},
        )
        assert answer.status_code == 303
        assert answer.headers["location"].endswith("?done=consent-withdrawn#consents")
        after = client.get(answer.headers["location"].split("#")[0]).text
    assert gateway.consent_puts == [{"granted": False}]
    assert "The consent was withdrawn. It takes effect at once, everywhere." in after


def test_an_assessment_refused_says_what_is_missing_and_leads_to_it() -> None:
    with signed_in_officer(CaseGateway()) as client:
        page = client.get(f"/survivors/{SURVIVOR_ID}/assess").text
        assert "novalidate" in page  # the console's words, not the browser's English bubble
        token = re.search(r'name="csrf_token" value="([^"]+)"', page)
        assert token
        refused = client.post(
            f"/survivors/{SURVIVOR_ID}/assess", data={"csrf_token": token.group(1)}
        )
    assert refused.status_code == 422
    summary = refused.text.split('id="error-summary"', 1)[1].split("</div>", 1)[0]
    assert '<a href="#stage-stabilising">This is required.</a>' in summary
