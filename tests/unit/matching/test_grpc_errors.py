"""The gRPC edge maps errors once and never lets personal data into a log or a status."""

from __future__ import annotations

import contextlib
from dataclasses import replace
from datetime import UTC, date, datetime
from typing import NoReturn

import grpc
import pytest

from matching.domain.access import Caller, Role
from matching.domain.errors import StaleVersion
from matching.domain.match import Match, MatchState
from matching.domain.survivor import Survivor
from matching.domain.values import OpportunityKind
from matching.entrypoints.grpc_api import FIELD_VIOLATIONS_KEY, MatchingServicer
from matching.service_layer import commands
from matching.service_layer.handlers import Ports, handle
from pathways.v1 import matching_pb2
from pathways_runtime.grpc_errors import RpcContext
from pathways_runtime.identity import CallerIdentity, verified_caller_scope
from pathways_runtime.log import configure_logging
from tests.unit.matching.fakes import FakeSurvivors
from tests.unit.matching.service_ports import build_ports
from tests.unit.matching.test_handlers import EMPLOYER, _details, _ready_survivor

#: The caller the server's interceptor would have verified from the call's assertion.
OFFICER = CallerIdentity("u1", "org_ngo", "reintegration_officer")


class Aborted(Exception):
    pass


class FakeContext(RpcContext):
    def __init__(self) -> None:
        self.code: grpc.StatusCode | None = None
        self.details = ""
        self.trailing: tuple[tuple[str, bytes], ...] = ()

    def abort(self, code: grpc.StatusCode, details: str) -> NoReturn:
        self.code, self.details = code, details
        raise Aborted

    def set_trailing_metadata(self, trailing_metadata: tuple[tuple[str, bytes], ...]) -> None:
        self.trailing = trailing_metadata


class ExplodingSurvivors(FakeSurvivors):
    def get(self, survivor_id: str) -> Survivor | None:
        raise ValueError("could not parse 'Srey Mom, Battambang'")


def _ports(survivors: FakeSurvivors) -> Ports:
    return replace(build_ports(), survivors=survivors)


def test_an_unexpected_error_is_internal_and_its_message_stays_out_of_logs(
    capsys: pytest.CaptureFixture[str],
) -> None:
    configure_logging(service="matching", level="INFO")
    context = FakeContext()

    with pytest.raises(Aborted), verified_caller_scope(OFFICER):
        MatchingServicer(_ports(ExplodingSurvivors())).GetSurvivor(
            matching_pb2.GetSurvivorRequest(survivor_id="srv_1"),
            context,
        )

    assert context.code is grpc.StatusCode.INTERNAL
    assert context.details == "internal error"
    logged = capsys.readouterr().err
    assert "ValueError" in logged
    assert "Srey Mom" not in logged
    assert "Battambang" not in logged


def test_a_domain_error_maps_to_its_status() -> None:
    class StaleSurvivors(FakeSurvivors):
        def get(self, survivor_id: str) -> Survivor | None:
            raise StaleVersion("version 3 is stale; the current version is 4")

    context = FakeContext()
    with pytest.raises(Aborted), verified_caller_scope(OFFICER):
        MatchingServicer(_ports(StaleSurvivors())).GetSurvivor(
            matching_pb2.GetSurvivorRequest(survivor_id="srv_1"),
            context,
        )
    assert context.code is grpc.StatusCode.ABORTED


def test_a_call_served_without_a_verified_caller_is_unauthenticated() -> None:
    context = FakeContext()
    with pytest.raises(Aborted):
        MatchingServicer(_ports(ExplodingSurvivors())).GetSurvivor(
            matching_pb2.GetSurvivorRequest(survivor_id="srv_1"),
            context,
        )
    assert context.code is grpc.StatusCode.UNAUTHENTICATED


#: The service's clock in the tests of dated steps: 28 November 2026.
NOV_28 = datetime(2026, 11, 28, 9, 0, tzinfo=UTC)


def _introduced_on_20_november(ports: Ports) -> Match:
    """A job match introduced on 20 November 2026, in the store, with its survivor and
    job (a hire needs both to pass the hard rules at the time it is recorded)."""
    survivor = _ready_survivor(ports)
    posted = handle(commands.PostOpportunity(caller=EMPLOYER, details=_details()), ports)
    match = Match.propose(
        survivor_id=survivor.survivor_id,
        survivor_organisation_id=survivor.organisation_id,
        opportunity_id=posted.opportunity_id,
        opportunity_organisation_id=posted.organisation_id,
        kind=OpportunityKind.JOB,
        material_revision=1,
        offer_revision=1,
        score=0.8,
        reasons=(),
        at=datetime(2026, 11, 10, 9, 0, tzinfo=UTC),
        by="u1",
    )
    officer = Caller("u1", "org_ngo", Role.REINTEGRATION_OFFICER)
    employer = Caller("u2", "org_cafe", Role.EMPLOYER)
    for caller, state, day in [
        (officer, MatchState.ACCEPTED, date(2026, 11, 11)),
        (employer, MatchState.EMPLOYER_INTEREST, date(2026, 11, 12)),
        (officer, MatchState.INTRODUCED, date(2026, 11, 20)),
    ]:
        match.transition(to=state, caller=caller, at=NOV_28, occurred_on=day)
    ports.matches.add(match)
    return match


def _hire(occurred_on: str) -> tuple[FakeContext, matching_pb2.MatchRecord | None]:
    ports = build_ports(clock=lambda: NOV_28)
    match = _introduced_on_20_november(ports)
    context = FakeContext()
    answer = None
    with contextlib.suppress(Aborted), verified_caller_scope(OFFICER):
        answer = MatchingServicer(ports).TransitionMatch(
            matching_pb2.TransitionMatchRequest(
                match_id=match.match_id,
                to_state=matching_pb2.MATCH_STATE_HIRED,
                occurred_on=occurred_on,
            ),
            context,
        )
    return context, answer


def _violation(context: FakeContext) -> matching_pb2.FieldViolation:
    [(key, value)] = context.trailing
    assert key == FIELD_VIOLATIONS_KEY
    [violation] = matching_pb2.FieldViolations.FromString(value).violations
    return violation


def test_a_step_dated_after_today_is_invalid_and_names_the_field() -> None:
    context, answer = _hire("2026-11-29")
    assert answer is None
    assert context.code is grpc.StatusCode.INVALID_ARGUMENT
    violation = _violation(context)
    assert list(violation.location) == ["occurred_on"]
    assert violation.code == "OCCURRED_ON_IN_THE_FUTURE"
    assert list(violation.suggestions) == ["2026-11-28"]


@pytest.mark.parametrize("text", ["28/11/2026", "2026-11-31", "20261128", "2026-11-28T00:00"])
def test_a_day_that_is_not_yyyy_mm_dd_is_invalid_and_names_the_field(text: str) -> None:
    context, _answer = _hire(text)
    assert context.code is grpc.StatusCode.INVALID_ARGUMENT
    violation = _violation(context)
    assert list(violation.location) == ["occurred_on"]
    assert violation.code == "OCCURRED_ON_NOT_A_DATE"
    assert text not in violation.message  # never echoes what was sent


def test_a_hire_dated_before_the_introduction_is_a_failed_precondition() -> None:
    context, _answer = _hire("2026-11-19")
    assert context.code is grpc.StatusCode.FAILED_PRECONDITION
    assert "introduced" in context.details
    violation = _violation(context)
    assert list(violation.location) == ["occurred_on"]
    assert violation.code == "OCCURRED_ON_BEFORE_PREVIOUS_STEP"
    assert list(violation.suggestions) == ["2026-11-20"]


def test_the_day_a_step_happened_reaches_the_record_and_defaults_to_today() -> None:
    context, answer = _hire("2026-11-21")
    assert context.code is None
    assert answer is not None
    assert [step.occurred_on for step in answer.history] == [
        "2026-11-10",  # proposed: the day it was recorded
        "2026-11-11",
        "2026-11-12",
        "2026-11-20",
        "2026-11-21",
    ]
    context, answer = _hire("")
    assert answer is not None
    assert answer.history[-1].occurred_on == "2026-11-28"
