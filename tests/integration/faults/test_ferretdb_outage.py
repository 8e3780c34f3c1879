"""FerretDB stops during writes: callers get UNAVAILABLE promptly, nothing is half-written,
and everything works again once it is back.

Runs on a FerretDB of its own (free port, own run directory): stopping it disturbs no other
test.
"""

from __future__ import annotations

import threading
import time
from pathlib import Path
from typing import Any

import grpc
import pytest
from pymongo import MongoClient

from pathways.v1 import peer_groups_pb2, peer_groups_pb2_grpc
from pathways_runtime.envelopes import decode
from tests.integration.faults.conftest import Broker, read_topic, start_peer_groups
from tests.integration.faults.test_crash_at_each_step import _settings, facilitator
from tests.support.grpc_health import health_status
from tests.support.processes import InfraInstance, free_port, wait_until

REQUESTS = 20
#: The service's database timeout; an outage must reach the caller within a few of these.
TIMEOUT_MS = 2_000


@pytest.mark.timeout(600)
def test_a_lost_database_is_unavailable_to_callers_and_recovers(
    tmp_path: Path, tmp_path_factory: pytest.TempPathFactory, fault_kafka: Broker, unique_name: str
) -> None:
    port = free_port()
    ferretdb = InfraInstance(
        script="ferretdb.sh",
        run_dir=tmp_path_factory.mktemp("fault-ferretdb"),
        env={"PATHWAYS_FERRETDB_PORT": str(port)},
    )
    ferretdb.start()
    uri = ferretdb.uri()
    database = f"{unique_name}_p"
    service = None
    try:
        service, address = start_peer_groups(
            tmp_path,
            kafka_bootstrap=fault_kafka.bootstrap,
            mongodb_uri=uri,
            database=database,
            group=f"pg_{unique_name}",
            name="peer_groups",
            extra={"PATHWAYS_MONGODB_TIMEOUT_MS": str(TIMEOUT_MS)},
        )
        outcomes: dict[str, str] = {}
        failures: list[tuple[str, float]] = []
        stopped = threading.Event()
        with grpc.insecure_channel(address) as channel:
            stub = peer_groups_pb2_grpc.PeerGroupServiceStub(channel)

            def create(request_id: str) -> tuple[str, float]:
                began = time.monotonic()
                try:
                    group = stub.CreateGroup(
                        peer_groups_pb2.CreateGroupRequest(
                            settings=_settings(request_id), request_id=request_id
                        ),
                        metadata=facilitator(),
                        timeout=30,
                    )
                except grpc.RpcError as error:
                    return error.code().name, time.monotonic() - began
                return group.group_id, time.monotonic() - began

            for i in range(REQUESTS):
                request_id = f"req-{i}"
                if i == REQUESTS // 2:
                    ferretdb.stop()  # SIGTERM, mid-stream
                    stopped.set()
                result, took = create(request_id)
                outcomes[request_id] = result
                if not result.startswith("grp_"):
                    failures.append((result, took))
            down_health = health_status(address)
            ferretdb.start()
            assert wait_until(lambda: health_status(address) == "SERVING", timeout_s=60)
            # Callers retry with the same request ids: each still makes one group.
            deadline = time.monotonic() + 90
            for request_id, result in list(outcomes.items()):
                if not result.startswith("grp_"):
                    while not result.startswith("grp_") and time.monotonic() < deadline:
                        result, _ = create(request_id)
                        time.sleep(0.2)
                    outcomes[request_id] = result
            again = [create(r)[0] for r in outcomes]
        group_ids = set(outcomes.values())

        def formed() -> list[str]:
            ids = []
            for record in read_topic(fault_kafka.bootstrap, "peer_groups.v1"):
                envelope = decode(bytes(record.value))
                if envelope.aggregate_key in group_ids and envelope.event_type == "PeerGroupFormed":
                    ids.append(envelope.event_id)
            return ids

        assert wait_until(lambda: len(set(formed())) >= len(group_ids), timeout_s=60)
        events = formed()
        client: MongoClient[dict[str, Any]] = MongoClient(uri, serverSelectionTimeoutMS=5000)
        try:
            stored = list(client[database].groups.find({}, {"version": 1, "outbox": 1}))
        finally:
            client.close()
    finally:
        if service is not None:
            service.stop()
        ferretdb.stop()

    codes = sorted({code for code, _ in failures})
    slowest = max((took for _, took in failures), default=0.0)
    print(
        f"\n[ferretdb outage] requests={REQUESTS} failed while down={len(failures)} "
        f"codes={codes} slowest failure={slowest:.1f}s health while down={down_health} "
        f"groups stored={len(stored)} events={len(events)} (distinct {len(set(events))}) "
        f"left in outbox={sum(len(d.get('outbox', [])) for d in stored)}"
    )
    assert failures, "no call failed while the database was down"
    assert codes == ["UNAVAILABLE"]
    assert slowest < 4 * TIMEOUT_MS / 1000 + 5
    assert down_health == "NOT_SERVING"
    assert all(r.startswith("grp_") for r in outcomes.values())
    assert again == [outcomes[r] for r in outcomes]  # idempotent by request id
    assert len(group_ids) == REQUESTS == len(stored)
    assert all(d["version"] == 1 for d in stored)  # nothing half-written or applied twice
    assert len(set(events)) == REQUESTS
    assert sum(len(d.get("outbox", [])) for d in stored) == 0
