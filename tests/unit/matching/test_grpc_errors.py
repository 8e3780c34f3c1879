"""The gRPC edge maps errors once and never lets personal data into a log or a status."""

from __future__ import annotations

from dataclasses import replace
from typing import NoReturn

import grpc
import pytest

from matching.domain.errors import StaleVersion
from matching.domain.survivor import Survivor
from matching.entrypoints.grpc_api import MatchingServicer
from matching.service_layer.handlers import Ports
from pathways.v1 import matching_pb2
from pathways_runtime.grpc_errors import RpcContext
from pathways_runtime.identity import CallerIdentity, verified_caller_scope
from pathways_runtime.log import configure_logging
from tests.unit.matching.fakes import FakeSurvivors
from tests.unit.matching.service_ports import build_ports

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
