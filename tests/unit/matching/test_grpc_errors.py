"""The gRPC edge maps errors once and never lets personal data into a log or a status."""

from __future__ import annotations

import grpc
import pytest

from matching.domain.errors import StaleVersion
from matching.entrypoints.grpc_api import MatchingServicer
from pathways.v1 import matching_pb2
from pathways_runtime.identity import CallerIdentity, verified_caller_scope
from pathways_runtime.log import configure_logging

#: The caller the server's interceptor would have verified from the call's assertion.
OFFICER = CallerIdentity("u1", "org_ngo", "reintegration_officer")


class Aborted(Exception):
    pass


class FakeContext:
    def __init__(self) -> None:
        self.code: grpc.StatusCode | None = None
        self.details = ""

    def abort(self, code: grpc.StatusCode, details: str) -> None:
        self.code, self.details = code, details
        raise Aborted


class ExplodingQueries:
    def get(self, _survivor_id: str):
        raise ValueError("could not parse 'Srey Mom, Battambang'")


class Ports:
    survivors = ExplodingQueries()


def test_an_unexpected_error_is_internal_and_its_message_stays_out_of_logs(capsys) -> None:
    configure_logging(service="matching", level="INFO")
    context = FakeContext()

    with pytest.raises(Aborted), verified_caller_scope(OFFICER):
        MatchingServicer(Ports()).GetSurvivor(
            matching_pb2.GetSurvivorRequest(survivor_id="srv_1"), context
        )

    assert context.code is grpc.StatusCode.INTERNAL
    assert context.details == "internal error"
    logged = capsys.readouterr().err
    assert "ValueError" in logged
    assert "Srey Mom" not in logged
    assert "Battambang" not in logged


def test_a_domain_error_maps_to_its_status() -> None:
    class StaleSurvivors:
        def get(self, _survivor_id: str):
            raise StaleVersion("version 3 is stale; the current version is 4")

    class StalePorts:
        survivors = StaleSurvivors()

    context = FakeContext()
    with pytest.raises(Aborted), verified_caller_scope(OFFICER):
        MatchingServicer(StalePorts()).GetSurvivor(
            matching_pb2.GetSurvivorRequest(survivor_id="srv_1"), context
        )
    assert context.code is grpc.StatusCode.ABORTED


def test_a_call_served_without_a_verified_caller_is_unauthenticated() -> None:
    context = FakeContext()
    with pytest.raises(Aborted):
        MatchingServicer(Ports()).GetSurvivor(
            matching_pb2.GetSurvivorRequest(survivor_id="srv_1"), context
        )
    assert context.code is grpc.StatusCode.UNAUTHENTICATED
