"""Documents kept by the employer, read from an opportunity's text by matching, are shown
and never taken (as work abroad is, ``test_work_abroad_shown``): the answer says it
(``workplace.documents_withheld``), a body that sends it is refused, and the console, which
sends back the workplace it read when an owner edits, leaves it out."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from console.opportunity_forms import opportunity_body
from gateway.api.opportunities.schemas import OpportunityIn, OpportunityPublic
from pathways.v1 import matching_pb2 as pb


def test_the_answer_says_what_matching_read() -> None:
    message = pb.Opportunity(
        opportunity_id="opp_1", workplace=pb.Workplace(documents_withheld=True)
    )
    assert OpportunityPublic.of(message).workplace.documents_withheld is True
    plain = OpportunityPublic.of(pb.Opportunity(opportunity_id="opp_2"))
    assert plain.workplace.documents_withheld is False


def test_a_poster_cannot_say_it() -> None:
    body = {
        "kind": "job",
        "title": "Packer",
        "sector": "manufacturing",
        "openings": 1,
        "workplace": {"documents_withheld": False},
    }
    with pytest.raises(ValidationError) as refused:
        OpportunityIn.model_validate(body)
    assert [e["loc"] for e in refused.value.errors()] == [("workplace", "documents_withheld")]


def test_the_console_sends_back_the_workplace_without_it() -> None:
    current = {"workplace": {"live_in": True, "abroad": False, "documents_withheld": True}}
    body = opportunity_body({"title": "Packer"}, {}, kind="job", current=current)
    assert body["workplace"] == {"live_in": True}
    OpportunityIn.model_validate(
        {**body, "sector": "manufacturing", "openings": 1, "languages": []}
    )
