"""An employer or provider declares the workplace's conditions, hazardous work and the
support offered on the job / course form, and sees and changes them when editing (usability
probe, finding M3: the API took them but the form had no controls).

What is ticked is what the gateway receives, as its request model (``OpportunityIn``) takes
it; a box unticked when editing clears the condition; the allowed support is the gateway's
``Accommodation``. Each condition says what matching does with it
(``matching.domain.rules``: ``no_hazardous_work_for_minors``, ``stated_conditions``).
"""

from __future__ import annotations

import json
import re
from typing import Any

import pytest

from gateway.api.opportunities.schemas import OpportunityIn, Workplace
from gateway.api.types import Accommodation
from tests.unit.console.conftest import csrf_in, signed_in_officer
from tests.unit.console.fake_gateway import OPPORTUNITY_ID, FakeGateway

NEW = "/opportunities/new"
EDIT = f"/opportunities/{OPPORTUNITY_ID}/edit"
#: The conditions a poster ticks: the gateway's ``Workplace`` fields, and ``hazardous``.
CONDITIONS = [*Workplace.model_fields, "hazardous"]
SUPPORT = [a.value for a in Accommodation]


def _form(**extra: Any) -> dict[str, Any]:
    """A job as the form posts it: the hidden field that says the boxes were drawn, and
    only the boxes ticked (an unticked checkbox posts nothing)."""
    return {
        "conditions_shown": "1",
        "title": "Cook",
        "sector": "food_service",
        "country": "KH",
        "district": "Chamkar Mon",
        "latitude": "11.55",  # so the request model takes it without the gazetteer
        "longitude": "104.92",
        "openings": "2",
        "language": "km",
        "level": "conversational",
        "hours": "any",
        "minimum_age": "18",
        **extra,
    }


def _box(page: str, box_id: str) -> str:
    found = re.search(rf'<input type="checkbox" id="{box_id}"[^>]*>', page)
    assert found, f"no checkbox {box_id}"
    return found.group(0)


def _checked(page: str, box_id: str) -> bool:
    return " checked" in _box(page, box_id)


def _sent(gateway: FakeGateway, method: str) -> dict[str, Any]:
    """The last body the console sent the gateway with ``method`` for an opportunity."""
    bodies = [
        json.loads(r.content)
        for r in gateway.requests
        if r.method == method and "opportunities" in r.url.path
    ]
    assert bodies, f"no {method} reached the gateway"
    return bodies[-1]  # type: ignore[no-any-return]


def _stored(gateway: FakeGateway, **fields: Any) -> None:
    gateway.opportunities[OPPORTUNITY_ID] = {
        "id": OPPORTUNITY_ID,
        "organisation_id": "org_1",
        "kind": "job",
        "title": "Cook",
        "description": "",
        "sector": "food_service",
        "skills_required": [],
        "openings": 2,
        "remote": False,
        "location": {"country": "KH", "district": "Chamkar Mon"},
        "languages": [{"language": "km", "level": "conversational"}],
        "minimum_age": 18,
        "status": "open",
        "version": 1,
        **fields,
    }


def _as_read(*, ticked: set[str], support: list[str]) -> dict[str, Any]:
    """An opportunity's conditions as the gateway answers them (``WorkplaceRead``)."""
    workplace = {name: name in ticked for name in Workplace.model_fields}
    workplace |= {"abroad": False, "documents_withheld": False, "fee_charged": False}
    return {"workplace": workplace, "hazardous": "hazardous" in ticked, "accommodations": support}


@pytest.mark.parametrize("role", ["employer", "training_provider"])
def test_the_form_offers_every_condition_and_every_support_the_gateway_knows(role: str) -> None:
    with signed_in_officer(FakeGateway(role=role)) as client:
        page = client.get(NEW).text
    for name in CONDITIONS:
        assert not _checked(page, name)  # nothing is assumed for a new one
    for value in SUPPORT:
        box = _box(page, f"accommodation-{value}")
        assert 'name="accommodations"' in box
        assert f'value="{value}"' in box
        assert " checked" not in box
    assert '<input type="hidden" name="conditions_shown" value="1">' in page


def test_each_condition_says_what_matching_does_with_it() -> None:
    """The rules: night work, live-in and hazardous work are never offered to a minor (of
    either kind); heavy lifting never as a job; each of a survivor's conditions excludes
    what breaks it."""
    with signed_in_officer(FakeGateway(role="employer")) as client:
        page = client.get(NEW).text

    def hint(name: str) -> str:
        found = re.search(rf'<p class="hint" id="{name}-text">([^<]*)</p>', page)
        assert found, name
        return found.group(1)

    for name in ("night_shifts", "live_in", "hazardous"):
        assert "Never offered to anyone under 18" in hint(name)
    assert "never as a job to anyone under 18" in hint("heavy_lifting")
    assert "asked for no night shifts" in hint("night_shifts")
    assert "asked not to live at the workplace" in hint("live_in")
    assert "asked for no heavy lifting" in hint("heavy_lifting")
    assert "only women work" in hint("women_only")
    assert 'aria-describedby="night_shifts-text"' in _box(page, "night_shifts")


def test_what_is_ticked_is_what_the_gateway_receives() -> None:
    gateway = FakeGateway(role="employer")
    with signed_in_officer(gateway) as client:
        token = csrf_in(client.get(NEW).text)
        data = _form(
            night_shifts="on",
            women_only="on",
            hazardous="on",
            accommodations=["childcare", "trauma_informed_supervisor"],
        )
        answer = client.post(NEW, data={"csrf_token": token, "idem": "0" * 32, **data})
    assert answer.status_code == 303, answer.text
    body = _sent(gateway, "POST")
    assert body["workplace"] == {
        "night_shifts": True,
        "live_in": False,
        "women_only": True,
        "heavy_lifting": False,
    }
    assert body["hazardous"] is True
    assert body["accommodations"] == ["childcare", "trauma_informed_supervisor"]
    OpportunityIn.model_validate(body)  # the gateway's request model takes it as sent


def test_nothing_ticked_sends_no_condition_and_no_support() -> None:
    gateway = FakeGateway(role="employer")
    with signed_in_officer(gateway) as client:
        token = csrf_in(client.get(NEW).text)
        client.post(NEW, data={"csrf_token": token, "idem": "0" * 32, **_form()})
    body = _sent(gateway, "POST")
    assert body["workplace"] == dict.fromkeys(Workplace.model_fields, False)
    assert body["hazardous"] is False
    assert body["accommodations"] == []


def test_the_edit_form_shows_what_the_opportunity_holds() -> None:
    gateway = FakeGateway(role="employer")
    _stored(gateway, **_as_read(ticked={"live_in", "heavy_lifting"}, support=["transport"]))
    with signed_in_officer(gateway) as client:
        page = client.get(EDIT).text
    assert {name for name in CONDITIONS if _checked(page, name)} == {"live_in", "heavy_lifting"}
    assert {v for v in SUPPORT if _checked(page, f"accommodation-{v}")} == {"transport"}


def test_unticking_when_editing_clears_the_condition() -> None:
    gateway = FakeGateway(role="employer")
    ticked = {"night_shifts", "women_only", "hazardous"}
    _stored(gateway, **_as_read(ticked=ticked, support=["transport", "childcare"]))
    with signed_in_officer(gateway) as client:
        token = csrf_in(client.get(EDIT).text)
        # Night shifts and hazardous unticked, transport unticked; women only kept.
        data = _form(version="1", women_only="on", accommodations=["childcare"])
        answer = client.post(EDIT, data={"csrf_token": token, **data})
        assert answer.status_code == 303, answer.text
        again = client.get(EDIT).text
    body = _sent(gateway, "PUT")
    assert body["workplace"]["night_shifts"] is False
    assert body["workplace"]["women_only"] is True
    assert body["hazardous"] is False
    assert body["accommodations"] == ["childcare"]
    OpportunityIn.model_validate(body)  # nothing read from the text is sent back
    assert not _checked(again, "night_shifts")
    assert _checked(again, "women_only")
    assert not _checked(again, "accommodation-transport")


def test_a_form_drawn_without_the_boxes_keeps_what_the_opportunity_holds() -> None:
    """An edit form opened before the boxes existed, saved after: its conditions were not
    shown, so not unticked; they are sent back as they are."""
    gateway = FakeGateway(role="employer")
    _stored(gateway, **_as_read(ticked={"live_in"}, support=["counselling"]))
    with signed_in_officer(gateway) as client:
        token = csrf_in(client.get(EDIT).text)
        data = {k: v for k, v in _form(version="1").items() if k != "conditions_shown"}
        client.post(EDIT, data={"csrf_token": token, **data})
    body = _sent(gateway, "PUT")
    assert body["workplace"]["live_in"] is True
    assert body["accommodations"] == ["counselling"]
    OpportunityIn.model_validate(body)
