"""The peer-group form asks for nothing typed as a code: working languages are ticked by
their names in the reader's language, the country is picked from the region's list (the
registration form's), the start time is a time input. The gateway still validates, and a
refused form comes back with what was ticked still ticked."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any

import httpx
from fastapi.testclient import TestClient

from console import messages
from tests.unit.console.conftest import Clock, csrf_of, make_client
from tests.unit.console.fake_gateway import PASSWORD, FakeGateway


@dataclass
class GroupGateway(FakeGateway):
    role: str = "facilitator"
    #: What the gateway answers a new group: 201, or 422 naming the languages.
    refuse_languages: bool = False
    #: Or the errors the gateway gives instead, when set.
    refuse_with: list[dict[str, Any]] = field(default_factory=list)
    created: list[dict[str, Any]] = field(default_factory=list)

    def handle(self, request: httpx.Request) -> httpx.Response:
        if request.url.path == "/v1/organisations/org_1/peer-groups" and request.method == "POST":
            self.requests.append(request)
            body = json.loads(request.content)
            if self.refuse_languages:
                return self._problem(
                    422,
                    "validation",
                    errors=[{"loc": ["body", "languages"], "msg": "at least one"}],
                )
            if self.refuse_with:
                return self._problem(422, "validation-error", errors=self.refuse_with)
            self.created.append(body)
            return httpx.Response(201, json={"id": "grp_1", **body})
        return super().handle(request)


def _facilitator(gateway: GroupGateway, language: str = "en") -> TestClient:
    client = make_client(gateway, Clock())
    client.post(
        "/sign-in",
        data={
            "csrf_token": csrf_of(client, "/sign-in"),
            "username": "officer",
            "password": PASSWORD,
        },
    )
    client.post(
        "/language",
        data={"csrf_token": csrf_of(client, "/groups"), "language": language, "next": "/groups"},
    )
    return client


def _form(client: TestClient) -> str:
    page = client.get("/groups/new")
    assert page.status_code == 200
    found = re.search(r'<form method="post" action="/groups/new".*?</form>', page.text, re.S)
    assert found
    return found.group(0)


def test_languages_are_ticked_by_name_in_the_readers_language() -> None:
    with _facilitator(GroupGateway(), "km") as client:
        form = _form(client)
    boxes = re.findall(r'<input type="checkbox" id="language-([\w-]+)" name="language\.\1"', form)
    assert boxes == list(messages.WORK_LANGUAGES)
    # Thai and Khmer named in Khmer (CLDR), never as the codes "th" and "km".
    assert '<label for="language-th">ថៃ</label>' in form
    assert '<label for="language-km">ខ្មែរ</label>' in form
    assert 'name="languages"' not in form  # no free-text box of codes


def test_the_country_is_a_list_of_the_regions_countries_and_the_time_a_time_input() -> None:
    with _facilitator(GroupGateway()) as client:
        form = _form(client)
    select = re.search(r'<select id="country" name="country".*?</select>', form, re.S)
    assert select
    offered = re.findall(r'<option value="([A-Z]{2})"', select.group(0))
    assert offered == list(messages.COUNTRIES)
    assert ">Thailand</option>" in select.group(0)
    assert re.search(r'<input type="time" id="start_time" name="start_time"', form)
    assert "two-letter" not in form


def test_the_ticked_languages_picked_country_and_time_reach_the_gateway() -> None:
    gateway = GroupGateway()
    with _facilitator(gateway) as client:
        answer = client.post(
            "/groups/new",
            data={
                "csrf_token": csrf_of(client, "/groups/new"),
                "idem": "1" * 32,
                "title": "Thursday circle",
                "language.th": "on",
                "language.my": "on",
                "modality": "in_person",
                "country": "TH",
                "district": "Mae Sot",
                "focus": "any",
                "min_size": "4",
                "max_size": "8",
                "day_of_week": "4",
                "start_time": "18:30",
                "duration_minutes": "90",
            },
        )
    assert answer.status_code == 303
    [body] = gateway.created
    assert body["languages"] == ["th", "my"]
    assert body["country"] == "TH"
    assert body["schedule"][0]["start_minute"] == 18 * 60 + 30


def test_a_refused_form_keeps_the_ticks_and_marks_the_languages() -> None:
    gateway = GroupGateway(refuse_languages=True)
    with _facilitator(gateway) as client:
        answer = client.post(
            "/groups/new",
            data={
                "csrf_token": csrf_of(client, "/groups/new"),
                "idem": "2" * 32,
                "title": "Circle",
                "language.km": "on",
                "modality": "online",
                "focus": "any",
                "min_size": "4",
                "max_size": "8",
                "day_of_week": "4",
                "start_time": "18:00",
                "duration_minutes": "90",
            },
        )
    assert answer.status_code == 422
    assert re.search(r'id="language-km" name="language.km" value="on" checked', answer.text)
    assert not re.search(r'id="language-th" name="language.th" value="on" checked', answer.text)
    assert '<fieldset id="languages" aria-invalid="true" aria-describedby="languages-error">' in (
        answer.text
    )
    assert 'id="languages-error"' in answer.text


def test_a_refused_group_says_what_is_wrong_at_each_field() -> None:
    """The console probe, session 21: every refused field said "Check this field.", and
    sizes the wrong way round (an error of the settings as a whole) said nothing."""
    gateway = GroupGateway(
        refuse_with=[
            # The gateway's words (pydantic's for a bound; its model rule for the sizes).
            {
                "loc": ["body", "schedule", 0, "duration_minutes"],
                "msg": "Input should be greater than or equal to 1",
            },
            {"loc": ["body"], "msg": "Value error, min_size must not exceed max_size"},
        ]
    )
    with _facilitator(gateway) as client:
        page = client.get("/groups/new").text
        assert "novalidate" in page
        answer = client.post(
            "/groups/new",
            data={
                "csrf_token": csrf_of(client, "/groups/new"),
                "idem": "3" * 32,
                "title": "Circle",
                "language.km": "on",
                "modality": "online",
                "focus": "any",
                "min_size": "9",
                "max_size": "3",
                "day_of_week": "4",
                "start_time": "18:00",
                "duration_minutes": "0",
            },
        )
    assert answer.status_code == 422
    summary = answer.text.split('id="error-summary"', 1)[1].split("</div>", 1)[0]
    assert '<a href="#duration_minutes">Enter a number of at least 1.</a>' in summary
    assert '<a href="#max_size">The largest size must be at least the smallest.</a>' in summary
    assert "Check this field." not in answer.text
