"""Scale-out: two matching and two peer-groups instances, one of each killed under load.

Real processes over the real broker and server. Both matching instances share one database
(stateless gRPC replicas); both peer-groups instances share one database and one Kafka
consumer group, so the partitions of ``survivors.v1`` are spread over them. Survivors are
registered through matching A and B alternately by several clients at once; a third of the
way in, matching B and one peer-groups instance are killed with SIGKILL (no graceful stop,
no last commit, no last outbox publish). Then:

- every request was answered: a call that failed on the dead instance was retried on the
  surviving one with the same ``request_id`` (``RegisterSurvivor`` is idempotent by it), and
  the retry returned the one survivor the first attempt may already have created;
- every event was processed: each survivor reaches the peer-groups pool exactly once (one
  pool document each, at the version matching holds), whatever the killed matching left in
  its outbox (the surviving relay's sweep publishes it once its grace for another
  instance's events ends) and whatever the killed consumer
  had taken but not committed (the group hands its partitions to the survivor, and
  redelivery changes nothing).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import grpc
import pytest
from kafka import KafkaAdminClient
from pymongo import MongoClient

from pathways.v1 import common_pb2, matching_pb2, peer_groups_pb2, peer_groups_pb2_grpc
from tests.support.grpc_health import health_status
from tests.support.matching_client import As, profile
from tests.support.processes import ServiceProcess, free_port, wait_until

pytestmark = pytest.mark.timeout(480)

SURVIVORS = 150
CLIENTS = 6
KILL_AFTER = SURVIVORS // 3
#: A failed call on the instance being killed may take one deadline before it fails.
CALL_TIMEOUT_S = 5.0
#: Kafka's session timeout (10 s) plus a rebalance, and the sweep's grace for another
#: instance's events (10 s), with room.
EVENTS_TIMEOUT_S = 120.0
RETRYABLE = {grpc.StatusCode.UNAVAILABLE, grpc.StatusCode.DEADLINE_EXCEEDED}


def _start(module: str, *, env: dict[str, str], log_path: Path) -> tuple[ServiceProcess, str]:
    port = free_port()
    process = ServiceProcess(
        module=module,
        env={"PATHWAYS_GRPC_PORT": str(port), "PATHWAYS_HEALTH_CHECK_INTERVAL_S": "0.5", **env},
        log_path=log_path,
    ).start()
    return process, f"127.0.0.1:{port}"


def _serving(address: str) -> Callable[[], bool]:
    return lambda: health_status(address) == "SERVING"


@dataclass
class Cluster:
    matching: list[tuple[ServiceProcess, str]]
    peer_groups: list[tuple[ServiceProcess, str]]
    peer_database: str
    consumer_group: str
    channels: list[grpc.Channel] = field(default_factory=list)

    def logs(self) -> str:
        parts = []
        for process, address in [*self.matching, *self.peer_groups]:
            parts.append(f"--- {process.module} {address}\n{process.log_text()[-2500:]}")
        return "\n".join(parts)


@pytest.fixture
def cluster(
    tmp_path: Path, kafka_bootstrap: str, mongodb_uri: str, unique_name: str
) -> Iterator[Cluster]:
    common = {"PATHWAYS_KAFKA_BOOTSTRAP": kafka_bootstrap, "PATHWAYS_MONGODB_URI": mongodb_uri}
    matching_env = {**common, "PATHWAYS_MONGODB_DATABASE": f"{unique_name}_m"}
    peer_env = {
        **common,
        "PATHWAYS_MONGODB_DATABASE": f"{unique_name}_p",
        # One group for both instances, unique to this test: they share the partitions.
        "PATHWAYS_SURVIVOR_EVENTS_GROUP": f"peer_groups_{unique_name}",
    }
    # The first matching instance creates the topics; the others start beside each other.
    started = [_start("matching", env=matching_env, log_path=tmp_path / "matching-a.log")]
    cluster = Cluster(
        matching=started,
        peer_groups=[],
        peer_database=f"{unique_name}_p",
        consumer_group=f"peer_groups_{unique_name}",
    )
    try:
        if not wait_until(lambda: health_status(started[0][1]) == "SERVING", timeout_s=90):
            pytest.fail("matching A did not become SERVING:\n" + cluster.logs())
        cluster.matching.append(
            _start("matching", env=matching_env, log_path=tmp_path / "matching-b.log")
        )
        for name in ("peer-groups-1", "peer-groups-2"):
            cluster.peer_groups.append(
                _start("peer_groups", env=peer_env, log_path=tmp_path / f"{name}.log")
            )
        for process, address in [*cluster.matching, *cluster.peer_groups]:
            if not wait_until(_serving(address), timeout_s=90):
                pytest.fail(f"{process.module} at {address} did not start:\n" + cluster.logs())
        yield cluster
    finally:
        for channel in cluster.channels:
            channel.close()
        for process, _ in [*cluster.peer_groups, *cluster.matching]:
            process.stop()


def _consuming_members(kafka_bootstrap: str, group: str) -> int:
    """Members of the (stable) consumer group that hold at least one partition."""
    admin = KafkaAdminClient(bootstrap_servers=[kafka_bootstrap], client_id="scale-test")
    try:
        description = admin.describe_groups([group])[group]
    except Exception:  # not there yet, or the coordinator is moving: ask again
        return 0
    finally:
        admin.close()
    if description.get("group_state") != "Stable":
        return 0
    return sum(
        1
        for member in description.get("members", [])
        if any(a["partitions"] for a in member["member_assignment"]["assigned_partitions"])
    )


class RetryingClient:
    """Calls the instance a request is meant for; on UNAVAILABLE or a missed deadline,
    retries the same (idempotent) request on the other instances in turn."""

    def __init__(self, officers: list[As]) -> None:
        self._officers = officers
        self.retried = 0
        self.failures: list[str] = []
        self._lock = threading.Lock()

    def register(self, index: int, request_id: str) -> matching_pb2.Survivor | None:
        request = matching_pb2.RegisterSurvivorRequest(profile=profile(), request_id=request_id)
        order = [(index + k) % len(self._officers) for k in range(len(self._officers))]
        deadline = time.monotonic() + 60
        attempt = 0
        while time.monotonic() < deadline:
            officer = self._officers[order[attempt % len(order)]]
            try:
                return officer.RegisterSurvivor(request, timeout=CALL_TIMEOUT_S)  # type: ignore[no-any-return]
            except grpc.RpcError as error:
                if error.code() not in RETRYABLE:
                    with self._lock:
                        self.failures.append(f"{request_id}: {error.code().name}")
                    return None
                with self._lock:
                    self.retried += 1
                attempt += 1
                time.sleep(0.05)
        with self._lock:
            self.failures.append(f"{request_id}: no instance answered within 60 s")
        return None


def _pool_documents(mongodb_uri: str, database: str, organisation_id: str) -> list[dict[str, Any]]:
    client: MongoClient[dict[str, Any]] = MongoClient(mongodb_uri, serverSelectionTimeoutMS=5000)
    try:
        return list(
            client[database].pool.find(
                {"organisation_id": organisation_id}, {"_id": 1, "version": 1}
            )
        )
    finally:
        client.close()


def test_one_instance_of_each_service_killed_under_load_loses_no_request_and_no_event(
    cluster: Cluster, kafka_bootstrap: str, mongodb_uri: str, unique_name: str
) -> None:
    organisation_id = f"org_{unique_name}"
    # Both peer-groups instances hold partitions before the load starts, so the one killed
    # is really consuming when it dies.
    assert wait_until(
        lambda: _consuming_members(kafka_bootstrap, cluster.consumer_group) == 2,
        timeout_s=60,
        interval_s=1.0,
    ), "the two peer-groups instances did not form one consumer group:\n" + cluster.logs()

    for _, address in cluster.matching:
        cluster.channels.append(grpc.insecure_channel(address))
    officers = [
        As(channel, "u_officer", organisation_id, "reintegration_officer")
        for channel in cluster.channels
    ]
    client = RetryingClient(officers)
    answered: dict[str, matching_pb2.Survivor] = {}
    done = threading.Semaphore(0)

    def one(index: int) -> None:
        request_id = f"scale-{index}"
        survivor = client.register(index, request_id)
        if survivor is not None:
            answered[request_id] = survivor
        done.release()

    with ThreadPoolExecutor(max_workers=CLIENTS) as pool:
        futures = [pool.submit(one, i) for i in range(SURVIVORS)]
        for _ in range(KILL_AFTER):
            done.acquire()
        # Mid-load, while other calls are in flight: no graceful stop for either.
        killed_matching, killed_peer = cluster.matching[1][0], cluster.peer_groups[0][0]
        for process in (killed_matching, killed_peer):
            assert process.process is not None
            process.process.kill()
            process.process.wait(timeout=10)
        for future in futures:
            future.result()

    assert not client.failures, client.failures
    assert client.retried > 0, "calls meant for the killed instance went to the survivor"
    assert len(answered) == SURVIVORS, "every request answered"
    survivor_ids = {s.survivor_id for s in answered.values()}
    assert len(survivor_ids) == SURVIVORS, "a retried registration created nobody twice"

    # The surviving matching instance holds every survivor, at the version it answered.
    surviving = officers[0]
    for request_id in ("scale-0", f"scale-{SURVIVORS - 1}"):
        stored = surviving.GetSurvivor(
            matching_pb2.GetSurvivorRequest(survivor_id=answered[request_id].survivor_id)
        )
        assert stored.version == answered[request_id].version

    expected = {s.survivor_id: s.version for s in answered.values()}

    def all_in_pool() -> bool:
        documents = _pool_documents(mongodb_uri, cluster.peer_database, organisation_id)
        return {d["_id"] for d in documents} >= set(expected)

    reached = wait_until(all_in_pool, timeout_s=EVENTS_TIMEOUT_S, interval_s=1.0)
    documents = _pool_documents(mongodb_uri, cluster.peer_database, organisation_id)
    missing = set(expected) - {d["_id"] for d in documents}
    assert reached, f"{len(missing)} survivors never reached the pool:\n" + cluster.logs()
    # Exactly once: one pool document per survivor, none extra, each at matching's version.
    assert len(documents) == SURVIVORS
    assert {d["_id"]: d["version"] for d in documents} == expected

    # The surviving peer-groups instance still answers and works from the same pool.
    peer_channel = grpc.insecure_channel(cluster.peer_groups[1][1])
    cluster.channels.append(peer_channel)
    facilitator = As(
        peer_channel,
        "u_facil",
        f"org_peer_{unique_name}",
        "facilitator",
        peer_groups_pb2_grpc.PeerGroupServiceStub,
    )
    group = facilitator.CreateGroup(
        peer_groups_pb2.CreateGroupRequest(
            settings=peer_groups_pb2.GroupSettings(
                title="Scale check",
                languages=["th"],
                modality=peer_groups_pb2.MODALITY_IN_PERSON,
                country="TH",
                district="Bang Rak",
                focus=common_pb2.GROUP_FOCUS_ANY,
                min_size=2,
                max_size=6,
                schedule=[
                    common_pb2.WeeklySlot(day_of_week=4, start_minute=18 * 60, duration_minutes=90)
                ],
            ),
            request_id=f"scale-group-{unique_name}",
        )
    )
    assert group.group_id
    assert health_status(cluster.peer_groups[1][1]) == "SERVING"
    assert health_status(cluster.matching[0][1]) == "SERVING"
