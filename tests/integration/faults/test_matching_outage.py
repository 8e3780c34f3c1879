"""Matching loses its database: callers get UNAVAILABLE promptly, and it recovers by itself.

Runs on a FerretDB of its own (free port, own run directory): stopping it disturbs no other
test.
"""

from __future__ import annotations

import time
from pathlib import Path

import grpc
import pytest

from pathways.v1 import matching_pb2
from tests.integration.faults.conftest import Broker
from tests.integration.matching.conftest import start_matching
from tests.support.matching_client import As, profile
from tests.support.processes import InfraInstance, free_port, wait_until


@pytest.mark.timeout(600)
def test_a_lost_database_is_unavailable_to_matching_callers_and_recovers(
    tmp_path: Path, tmp_path_factory: pytest.TempPathFactory, fault_kafka: Broker, unique_name: str
) -> None:
    port = free_port()
    ferretdb = InfraInstance(
        script="ferretdb.sh",
        run_dir=tmp_path_factory.mktemp("matching-ferretdb"),
        env={"PATHWAYS_FERRETDB_PORT": str(port)},
    )
    ferretdb.start()
    process = None
    try:
        process, address = start_matching(
            tmp_path,
            kafka_bootstrap=fault_kafka.bootstrap,
            mongodb_uri=ferretdb.uri(),
            database=f"{unique_name}_m",
            name="matching",
        )
        with grpc.insecure_channel(address) as channel:
            officer = As(channel, "u_officer", "org_ngo", "reintegration_officer")
            survivor = officer.RegisterSurvivor(
                matching_pb2.RegisterSurvivorRequest(profile=profile(), request_id="r-1")
            )
            ferretdb.stop()
            began = time.monotonic()
            with pytest.raises(grpc.RpcError) as refused:
                officer.GetSurvivor(
                    matching_pb2.GetSurvivorRequest(survivor_id=survivor.survivor_id),
                    timeout=60,
                )
            waited = time.monotonic() - began
            print(f"matching outage: {refused.value.code().name} after {waited:.1f} s")
            assert refused.value.code() is grpc.StatusCode.UNAVAILABLE
            assert "survivor" not in (refused.value.details() or "").lower()
            ferretdb.start()

            def answers() -> bool:
                try:
                    got = officer.GetSurvivor(
                        matching_pb2.GetSurvivorRequest(survivor_id=survivor.survivor_id)
                    )
                except grpc.RpcError:
                    return False
                return bool(got.survivor_id == survivor.survivor_id)

            assert wait_until(answers, timeout_s=90)
            # The retried registration is still one survivor (idempotent by request id).
            again = officer.RegisterSurvivor(
                matching_pb2.RegisterSurvivorRequest(profile=profile(), request_id="r-1")
            )
            assert again.survivor_id == survivor.survivor_id
    finally:
        if process is not None:
            process.stop()
        ferretdb.stop()
