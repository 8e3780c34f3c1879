"""Work abroad, read from an opportunity's text by matching, is shown and never taken: the
answer says it (``workplace.abroad``), a body that sends it is refused, and the console,
which sends back the workplace it read when an owner edits, leaves it out."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from console.opportunity_forms import opportunity_body
from gateway.api.opportunities.schemas import OpportunityIn, OpportunityPublic
from pathways.v1 import matching_pb2 as pb


def test_the_answer_says_what_matching_read() -> None:
    message = pb.Opportunity(opportunity_id="opp_1", workplace=pb.Workplace(abroad=True))
    assert OpportunityPublic.of(message).workplace.abroad is True
    assert OpportunityPublic.of(pb.Opportunity(opportunity_id="opp_2")).workplace.abroad is False


def test_a_poster_cannot_say_it() -> None:
    body = {
        "kind": "job",
        "title": "Packer",
        "sector": "manufacturing",
        "openings": 1,
        "workplace": {"abroad": False},
    }
    with pytest.raises(ValidationError) as refused:
        OpportunityIn.model_validate(body)
    assert [e["loc"] for e in refused.value.errors()] == [("workplace", "abroad")]


def test_the_console_sends_back_the_workplace_without_it() -> None:
    current = {"workplace": {"night_shifts": True, "abroad": True}, "hazardous": False}
    body = opportunity_body({"title": "Packer"}, {}, kind="job", current=current)
    assert body["workplace"] == {"night_shifts": True}
    OpportunityIn.model_validate(
        {**body, "sector": "manufacturing", "openings": 1, "languages": []}
    )
