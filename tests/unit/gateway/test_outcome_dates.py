"""An outcome carries the day it happened; matching's refusals of a day come back as problem
documents that name the field: 422 for a day that cannot be (in the future), 409 for one the
match's history does not allow (before the step it follows, or too soon after the hire)."""

from __future__ import annotations

from typing import Any

import grpc
import pytest

from gateway.api.grpc_problems import FIELD_VIOLATIONS_KEY
from gateway.auth.roles import Role
from pathways.v1 import matching_pb2 as pb
from tests.unit.gateway.fake_matching import FakeRpcError
from tests.unit.gateway.harness import World, new_key, world

OFFICER = Role.REINTEGRATION_OFFICER
EMPLOYER = Role.EMPLOYER


class LocatedError(FakeRpcError):
    """A refusal with FieldViolations in its trailing metadata, as matching sends."""

    def __init__(self, code: grpc.StatusCode, details: str, *violations: pb.FieldViolation) -> None:
        super().__init__(code, details)
        self._trailing = (
            (FIELD_VIOLATIONS_KEY, pb.FieldViolations(violations=violations).SerializeToString()),
        )

    def trailing_metadata(self) -> Any:
        return self._trailing


def _match(w: World) -> str:
    """An accepted job match of the officer's survivor with the employer's opportunity."""
    survivor = w.matching.add_survivor(w.organisation_of(OFFICER).id)
    job = w.matching.add_opportunity(w.organisation_of(EMPLOYER).id)
    return w.matching.add_match(survivor, job).match_id


def _record(w: World, role: Role, match_id: str, body: dict[str, Any]) -> Any:
    return w.client.post(
        f"/v1/matches/{match_id}/outcomes",
        json=body,
        headers=w.headers(role, **{"Idempotency-Key": new_key()}),
    )


def _refuse_with(error: FakeRpcError) -> Any:
    def refuse(*_args: Any, **_kwargs: Any) -> Any:
        raise error

    return refuse


def test_the_day_an_outcome_happened_reaches_matching_and_the_match_view() -> None:
    with world() as w:
        match_id = _match(w)
        sent: list[pb.TransitionMatchRequest] = []
        real = w.matching.transition_match

        def spy(request: pb.TransitionMatchRequest, **kwargs: Any) -> pb.MatchRecord:
            sent.append(request)
            return real(request, **kwargs)

        w.matching.transition_match = spy  # type: ignore[method-assign]
        response = _record(w, EMPLOYER, match_id, {"outcome": "introduced"})
        assert response.status_code == 200, response.text
        response = _record(
            w,
            EMPLOYER,
            match_id,
            {
                "outcome": "hired",
                "wage": {"amount": 9000, "currency": "THB"},
                "occurred_on": "2026-11-20",
            },
        )
        assert response.status_code == 200, response.text
        assert [r.occurred_on for r in sent] == ["", "2026-11-20"]  # "": matching's today
        body = response.json()
        assert body["view"] == "anonymised"
        assert [step["occurred_on"] for step in body["history"][-2:]] == [
            "2026-11-28",  # the fake matching's today
            "2026-11-20",
        ]
        full = w.client.get(f"/v1/matches/{match_id}", headers=w.headers(OFFICER)).json()
        assert full["view"] == "full"
        assert full["history"][-1]["occurred_on"] == "2026-11-20"


@pytest.mark.parametrize(
    "day", ["28/11/2026", "2026-11-28T09:00:00Z", "20261128", 1764288000, "2026-02-30"]
)
def test_a_day_not_written_yyyy_mm_dd_is_refused_by_the_gateway(day: Any) -> None:
    with world() as w:
        match_id = _match(w)
        response = _record(w, EMPLOYER, match_id, {"outcome": "introduced", "occurred_on": day})
        assert response.status_code == 422
        assert response.headers["content-type"] == "application/problem+json"
        body = response.json()
        assert body["type"] == "/problems/validation-error"
        assert [e["loc"] for e in body["errors"]] == [["body", "occurred_on"]]
        assert str(day) not in response.text  # the value is never echoed


def test_a_day_in_the_future_is_422_naming_the_field() -> None:
    with world() as w:
        match_id = _match(w)
        w.matching.transition_match = _refuse_with(  # type: ignore[method-assign]
            LocatedError(
                grpc.StatusCode.INVALID_ARGUMENT,
                "occurred_on may not be in the future (after today in UTC)",
                pb.FieldViolation(
                    location=["occurred_on"],
                    message="occurred_on may not be in the future (after today in UTC)",
                    code="OCCURRED_ON_IN_THE_FUTURE",
                    suggestions=["2026-11-28"],
                ),
            )
        )
        response = _record(
            w, EMPLOYER, match_id, {"outcome": "introduced", "occurred_on": "2026-11-29"}
        )
        assert response.status_code == 422
        assert response.headers["content-type"] == "application/problem+json"
        assert response.json() == {
            "type": "/problems/validation-error",
            "title": "The request is not valid",
            "status": 422,
            "errors": [
                {
                    "loc": ["body", "occurred_on"],
                    "msg": "occurred_on may not be in the future (after today in UTC)",
                    "code": "OCCURRED_ON_IN_THE_FUTURE",
                    "suggestions": ["2026-11-28"],
                }
            ],
        }


def test_retention_recorded_too_soon_after_the_hire_is_409_naming_the_field() -> None:
    with world() as w:
        match_id = _match(w)
        message = "retained_30 may be dated 30 days after the hire's day at the earliest"
        w.matching.transition_match = _refuse_with(  # type: ignore[method-assign]
            LocatedError(
                grpc.StatusCode.FAILED_PRECONDITION,
                message,
                pb.FieldViolation(
                    location=["occurred_on"],
                    message=message,
                    code="OCCURRED_ON_BEFORE_RETENTION",
                    suggestions=["2026-12-20"],
                ),
            )
        )
        response = _record(
            w, EMPLOYER, match_id, {"outcome": "retained_30", "occurred_on": "2026-11-21"}
        )
        assert response.status_code == 409
        assert response.headers["content-type"] == "application/problem+json"
        assert response.json() == {
            "type": "/problems/conflict",
            "title": "The request conflicts with the resource's state",
            "status": 409,
            "detail": message,
            "errors": [
                {
                    "loc": ["body", "occurred_on"],
                    "msg": message,
                    "code": "OCCURRED_ON_BEFORE_RETENTION",
                    "suggestions": ["2026-12-20"],
                }
            ],
        }


def test_a_step_out_of_order_without_a_field_stays_a_plain_409() -> None:
    with world() as w:
        match_id = _match(w)
        w.matching.transition_match = _refuse_with(  # type: ignore[method-assign]
            FakeRpcError(
                grpc.StatusCode.FAILED_PRECONDITION,
                "a job match cannot go from accepted to retained_30",
            )
        )
        response = _record(w, EMPLOYER, match_id, {"outcome": "retained_30"})
        assert response.status_code == 409
        body = response.json()
        assert body["type"] == "/problems/conflict"
        assert "errors" not in body


def test_the_api_description_of_the_route_states_the_rules_of_days() -> None:
    with world() as w:
        schema = w.client.get("/openapi.json").json()
        operation = schema["paths"]["/v1/matches/{match_id}/outcomes"]["post"]
        description = operation["description"]
        for rule in (
            "not after today",
            "not before the day of the step it follows",
            "30, 90, 180 days",
            "OCCURRED_ON_BEFORE_RETENTION",
        ):
            assert rule in description, rule
        body = schema["components"]["schemas"]["OutcomeCreate"]["properties"]["occurred_on"]
        assert "YYYY-MM-DD" in body["description"]
