"""What matching reads from an opportunity's text and answers in its workplace, work abroad,
documents kept by the employer and a fee charged to workers, is shown and never taken: the
answer says it (``workplace.abroad``, ``workplace.documents_withheld``,
``workplace.fee_charged``), a body that sends it is refused,
and the console, which sends back the workplace it read when an owner edits, leaves it out.
"""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from console.opportunity_forms import READ_FROM_THE_TEXT, opportunity_body
from gateway.api.opportunities.schemas import (
    OpportunityIn,
    OpportunityPublic,
    Workplace,
    WorkplaceRead,
)
from pathways.v1 import matching_pb2 as pb

READ = ["abroad", "documents_withheld", "fee_charged"]


def test_the_console_leaves_out_what_the_gateway_answers_and_never_takes() -> None:
    answered_only = set(WorkplaceRead.model_fields) - set(Workplace.model_fields)
    assert answered_only == set(READ) == READ_FROM_THE_TEXT


@pytest.mark.parametrize("name", READ)
def test_the_answer_says_what_matching_read(name: str) -> None:
    message = pb.Opportunity(opportunity_id="opp_1", workplace=pb.Workplace(**{name: True}))
    assert getattr(OpportunityPublic.of(message).workplace, name) is True
    plain = OpportunityPublic.of(pb.Opportunity(opportunity_id="opp_2"))
    assert getattr(plain.workplace, name) is False


@pytest.mark.parametrize("name", READ)
def test_a_poster_cannot_say_it(name: str) -> None:
    body = {
        "kind": "job",
        "title": "Packer",
        "sector": "manufacturing",
        "openings": 1,
        "workplace": {name: False},
    }
    with pytest.raises(ValidationError) as refused:
        OpportunityIn.model_validate(body)
    assert [e["loc"] for e in refused.value.errors()] == [("workplace", name)]


def test_the_console_sends_back_the_workplace_without_it() -> None:
    current = {
        "workplace": {
            "night_shifts": True,
            "abroad": True,
            "documents_withheld": True,
            "fee_charged": True,
        },
        "hazardous": False,
    }
    body = opportunity_body({"title": "Packer"}, {}, kind="job", current=current)
    assert body["workplace"] == {"night_shifts": True}
    OpportunityIn.model_validate(
        {**body, "sector": "manufacturing", "openings": 1, "languages": []}
    )
