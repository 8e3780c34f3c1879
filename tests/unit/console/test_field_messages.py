"""A refused field says what is wrong, in the reader's language (console probe, session
20, finding 14: every bad field read "Check this field.", and the browser's own English
bubbles came before the console's messages).

The refusals are the gateway's own: its schemas validate the bad values here, and their
errors are shaped as its problem handler sends them (``loc`` under ``body``, the ``msg``).
"""

from __future__ import annotations

import re
from typing import Any

import pytest
from pydantic import BaseModel, PastDate, ValidationError

from console.field_problems import NUMBER_RANGES, field_messages
from console.forms import field_for_error
from console.i18n import Catalogs
from console.opportunity_forms import field_for_opportunity_error
from gateway.api.opportunities.schemas import OpportunityIn
from gateway.api.survivors.schemas import SurvivorProfile
from tests.unit.console.conftest import signed_in_officer
from tests.unit.console.fake_gateway import FakeGateway

_PROFILE: dict[str, Any] = {
    "languages": [{"language": "th", "level": "native"}],
    "age_band": "25-34",
}


def _gateway_errors(changes: dict[str, Any]) -> list[dict[str, Any]]:
    """What the gateway answers for a registration with ``changes`` to a valid profile."""
    try:
        SurvivorProfile.model_validate({**_PROFILE, **changes})
    except ValidationError as refused:
        return [
            {"loc": ["body", "profile", *map(str, e["loc"])], "msg": e["msg"]}
            for e in refused.errors()
        ]
    raise AssertionError("the gateway accepts this profile")


def _messages(changes: dict[str, Any], language: str = "en") -> dict[str, str]:
    return field_messages(
        _gateway_errors(changes),
        field_for=field_for_error,
        t=Catalogs().for_language(language),
        vocabulary=None,
        sent={},
    )


@pytest.mark.parametrize(
    ("changes", "field", "expected"),
    [
        # The tester's cases: −5 km, "abc" for income, 30 years old in the band 14-17,
        # an amount with no currency, a 15-year-old open to work across a border.
        ({"travel_radius_km": -5}, "travel_radius_km", "Enter a whole number from 0 to 500."),
        ({"travel_radius_km": 501}, "travel_radius_km", "Enter a whole number from 0 to 500."),
        ({"travel_radius_km": "far"}, "travel_radius_km", "Enter a whole number from 0 to 500."),
        (
            {"income_goal": {"amount": "abc", "currency": "THB"}},
            "income_amount",
            "Enter a number, in digits only.",
        ),
        (
            {"income_goal": {"amount": 9000, "currency": ""}},
            "income_currency",
            "Choose the currency of the amount.",
        ),
        (
            {"age_band": "14-17", "age_years": 30},
            "age_years",
            "The age does not fit the age band chosen.",
        ),
        (
            {"age_band": "14-17"},
            "age_years",
            "Enter the age in years: it is required for anyone under 18.",
        ),
        (
            {"age_band": "14-17", "age_years": 15, "open_to_cross_border": True},
            "open_to_cross_border",
            "Never for anyone under 18: a minor is not offered work or training in another "
            "country.",
        ),
        ({"age_band": ""}, "age_band", "Choose one from the list."),
        (
            {"languages": [{"language": "", "level": "native"}]},
            "language",
            "Choose one from the list.",
        ),
    ],
)
def test_a_refused_field_says_what_is_wrong(
    changes: dict[str, Any], field: str, expected: str
) -> None:
    assert _messages(changes) == {field: expected}


def test_a_required_field_left_out_says_it_is_required() -> None:
    errors = [{"loc": ["body", "profile", "age_band"], "msg": "Field required"}]
    t = Catalogs().for_language("en")
    found = field_messages(errors, field_for=field_for_error, t=t, vocabulary=None, sent={})
    assert found == {"age_band": "This is required."}


def test_a_rule_the_console_does_not_know_still_reads_check_this_field() -> None:
    errors = [{"loc": ["body", "profile", "interests"], "msg": "something new"}]
    t = Catalogs().for_language("en")
    found = field_messages(errors, field_for=field_for_error, t=t, vocabulary=None, sent={})
    assert found == {"interests": "Check this field."}


def test_the_messages_read_in_the_readers_language() -> None:
    found = _messages({"travel_radius_km": -5}, "th")
    assert found["travel_radius_km"] != "Enter a whole number from 0 to 500."
    assert "500" in found["travel_radius_km"]
    crossing = _messages({"age_band": "14-17", "age_years": 15, "open_to_cross_border": True}, "km")
    assert "18" in crossing["open_to_cross_border"]
    assert "Never" not in crossing["open_to_cross_border"]


def _bounds(model: type[BaseModel], name: str) -> tuple[int, int]:
    found: dict[str, int] = {}
    for part in model.model_json_schema()["properties"][name].get("anyOf", [None])[:1]:
        if part:
            found = {k: v for k, v in part.items() if k in {"minimum", "maximum"}}
    if not found:
        found = {
            k: v
            for k, v in model.model_json_schema()["properties"][name].items()
            if k in {"minimum", "maximum"}
        }
    return found["minimum"], found["maximum"]


@pytest.mark.parametrize(
    ("model", "name"),
    [
        (SurvivorProfile, "travel_radius_km"),
        (SurvivorProfile, "age_years"),
        (OpportunityIn, "openings"),
        (OpportunityIn, "minimum_age"),
    ],
)
def test_the_ranges_the_console_says_are_the_gateways(model: type[BaseModel], name: str) -> None:
    assert NUMBER_RANGES[name] == _bounds(model, name)


def test_the_browser_does_not_pre_empt_the_consoles_messages_and_the_summary_links_the_fields() -> (
    None
):
    with signed_in_officer(FakeGateway()) as client:
        form = client.get("/survivors/new").text
        token = re.search(r'name="csrf_token" value="([^"]+)"', form)
        assert token
        # The fake gateway refuses the residence's country (as a 422 with that loc).
        answer = client.post(
            "/survivors/new",
            data={"csrf_token": token.group(1), "idem": "a" * 32, "language": "th"},
        )
    assert "novalidate" in form.split('action="/survivors/new"', 1)[1].split(">", 1)[0]
    assert "required" in form  # kept for assistive technology
    summary = answer.text.split('id="error-summary"', 1)[1].split("</div>", 1)[0]
    assert "autofocus" in summary
    assert 'tabindex="-1"' in summary
    assert 'role="alert"' in summary
    assert '<a href="#country">' in summary


def test_a_date_in_the_future_says_so() -> None:
    class _Reviewed(BaseModel):
        review_due: PastDate

    try:
        _Reviewed.model_validate({"review_due": "2999-01-01"})
    except ValidationError as refused:
        errors = [{"loc": ["body", *map(str, e["loc"])], "msg": e["msg"]} for e in refused.errors()]
    t = Catalogs().for_language("en")
    found = field_messages(errors, field_for=field_for_error, t=t, vocabulary=None, sent={})
    assert found == {"review_due": "Enter a date that is not in the future."}


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", "Employers may not keep workers' passports or identity papers."),
        ("th", "นายจ้างเก็บหนังสือเดินทาง"),
        ("zh-Hant", "僱主不得保管員工的護照"),
    ],
)
def test_a_job_that_keeps_workers_papers_is_told_so_at_its_description(
    language: str, expected: str
) -> None:
    # As matching refuses it (session 30), through the gateway: located, with the rule.
    refusal = {
        "loc": ["body", "description"],
        "msg": "says the employer keeps workers' passports or identity documents; ...",
        "code": "DOCUMENTS_WITHHELD",
    }
    found = field_messages(
        [refusal],
        field_for=field_for_opportunity_error,
        t=Catalogs().for_language(language),
    )
    assert found["description"].startswith(expected)
    assert "says the employer" not in found["description"]  # matching's English is not shown
