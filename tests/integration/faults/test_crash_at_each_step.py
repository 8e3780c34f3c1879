"""kill -9 at each step of write → publish → mark-sent, and of consume → record → commit.

Each step is hit exactly through a test-only failpoint (``PATHWAYS_FAILPOINT``, read once at
start, off unless ``PATHWAYS_ENVIRONMENT=test``): the process ends with ``os._exit(137)``
at that statement, like a SIGKILL there. Random SIGKILLs would hit the narrow windows
(a few microseconds between the broker's acknowledgement and the ``$pull``) too rarely to
prove each one in a bounded time. After a restart without the failpoint: nothing lost,
no effect applied twice.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

import grpc
import pytest
from pymongo import MongoClient

from pathways.v1 import common_pb2, peer_groups_pb2, peer_groups_pb2_grpc
from pathways_runtime.envelopes import decode
from pathways_runtime.processed_events import ProcessedEvents
from tests.integration.faults.conftest import (
    SURVIVORS,
    Broker,
    PeerGroupsPlace,
    effect_counts,
    new_survivor_id,
    read_topic,
    start_group_at_end,
    start_peer_groups,
    survivor_upsert,
)
from tests.support.caller_assertions import PEER_GROUPS, signed_metadata
from tests.support.event_signing import signed_publisher
from tests.support.processes import wait_until

SLOT = common_pb2.WeeklySlot(day_of_week=2, start_minute=18 * 60, duration_minutes=90)


def facilitator() -> tuple[tuple[str, str], ...]:
    """Metadata of the facilitator these tests call as (a fresh signed assertion)."""
    return signed_metadata("u_facil", "org_faults", "facilitator", audience=PEER_GROUPS)


def _settings(title: str) -> peer_groups_pb2.GroupSettings:
    return peer_groups_pb2.GroupSettings(
        title=title,
        languages=["zz"],
        modality=peer_groups_pb2.MODALITY_ONLINE,
        focus=common_pb2.GROUP_FOCUS_ANY,
        min_size=3,
        max_size=5,
        schedule=[SLOT],
    )


def _create(stub: peer_groups_pb2_grpc.PeerGroupServiceStub, request_id: str) -> str | None:
    """The group id, or None when the call failed (the process died under it)."""
    try:
        group = stub.CreateGroup(
            peer_groups_pb2.CreateGroupRequest(
                settings=_settings(request_id), request_id=request_id
            ),
            metadata=facilitator(),
            timeout=20,
        )
    except grpc.RpcError:
        return None
    return str(group.group_id)


@pytest.mark.parametrize(
    "step", ["outbox.before_publish", "outbox.after_publish", "outbox.after_mark_sent"]
)
def test_a_producer_killed_at_each_step_loses_nothing_and_applies_nothing_twice(
    step: str, tmp_path: Path, fault_kafka: Broker, mongodb_uri: str, unique_name: str
) -> None:
    database = f"{unique_name}_p"
    start_group_at_end(fault_kafka.bootstrap, group=f"pg_{unique_name}", topic=SURVIVORS)
    common = PeerGroupsPlace(
        kafka_bootstrap=fault_kafka.bootstrap,
        mongodb_uri=mongodb_uri,
        database=database,
        group=f"pg_{unique_name}",
    )
    crashing, address = start_peer_groups(
        tmp_path, name="crashing", extra={"PATHWAYS_FAILPOINT": step}, **common
    )
    request_ids = [f"{unique_name}-{name}" for name in ("crash", "after-1", "after-2")]
    with grpc.insecure_channel(address) as channel:
        first = _create(peer_groups_pb2_grpc.PeerGroupServiceStub(channel), request_ids[0])
    status = crashing.wait_exit(timeout_s=60)
    if status is None:
        crashing.kill()
    assert status == 137, f"no crash at {step}:\n{crashing.log_text()[-3000:]}"

    restarted, address = start_peer_groups(tmp_path, name="restarted", **common)
    try:
        with grpc.insecure_channel(address) as channel:
            stub = peer_groups_pb2_grpc.PeerGroupServiceStub(channel)
            # The caller retries what may have failed: the same request id, the same group.
            group_ids = [_create(stub, request_id) for request_id in request_ids]
        assert all(group_ids), restarted.log_text()[-3000:]
        assert first in (None, group_ids[0])

        def formed() -> list[str]:
            return [
                record_id
                for record_id, key in _formed_events(fault_kafka.bootstrap)
                if key in group_ids
            ]

        assert wait_until(lambda: set(_keys(fault_kafka.bootstrap)) >= set(group_ids), timeout_s=60)

        client: MongoClient[dict[str, Any]] = MongoClient(
            mongodb_uri, serverSelectionTimeoutMS=5000
        )
        try:
            groups_stored = client[database].groups.count_documents({})
            groups = client[database].groups

            def pending_now() -> int:
                return sum(len(d.get("outbox", [])) for d in groups.find({}, {"outbox": 1}))

            # The relay removes an event just after the broker acknowledged it. What the
            # crashed process left is taken over by the restarted one's sweep once its grace
            # for another instance's events has passed (10 s): wait for that before counting.
            wait_until(lambda: pending_now() == 0, timeout_s=60)
            pending = pending_now()
            copies = formed()
            distinct = set(copies)
            # An idempotent consumer applies what the topic holds: each id once.
            probe = ProcessedEvents(client[database], consumer="fault_probe")
            applied = Counter(event_id for event_id in copies if probe.record(event_id))
        finally:
            client.close()
    finally:
        restarted.stop()

    print(
        f"\n[crash at {step}] groups requested={len(request_ids)} "
        f"acknowledged before crash={int(first is not None)} stored={groups_stored} "
        f"events on topic={len(copies)} distinct={len(distinct)} "
        f"consumed once={sum(applied.values())} redelivered copies absorbed="
        f"{len(copies) - sum(applied.values())} duplicated effects="
        f"{sum(n - 1 for n in applied.values())} left in outbox={pending}"
    )
    assert groups_stored == len(request_ids)
    assert len(distinct) == len(request_ids)  # one PeerGroupFormed per group: none lost
    assert sum(applied.values()) == len(request_ids)
    assert all(n == 1 for n in applied.values())
    assert pending == 0
    if step == "outbox.after_publish":
        assert len(copies) == len(distinct) + 1  # published, not marked sent: sent again


def _formed_events(bootstrap: str) -> list[tuple[str, str]]:
    out = []
    for record in read_topic(bootstrap, "peer_groups.v1"):
        envelope = decode(bytes(record.value))
        if envelope.event_type == "PeerGroupFormed":
            out.append((envelope.event_id, envelope.aggregate_key))
    return out


def _keys(bootstrap: str) -> list[str]:
    return [key for _, key in _formed_events(bootstrap)]


@pytest.mark.parametrize("step", ["consumer.after_effect", "consumer.after_record"])
def test_a_consumer_killed_between_effect_record_and_commit_applies_each_event_once(
    step: str, tmp_path: Path, fault_kafka: Broker, mongodb_uri: str, unique_name: str
) -> None:
    database, group = f"{unique_name}_p", f"pg_{unique_name}"
    start_group_at_end(fault_kafka.bootstrap, group=group, topic=SURVIVORS)
    common = PeerGroupsPlace(
        kafka_bootstrap=fault_kafka.bootstrap,
        mongodb_uri=mongodb_uri,
        database=database,
        group=group,
    )
    crashing, _ = start_peer_groups(
        tmp_path, name="crashing", extra={"PATHWAYS_FAILPOINT": step}, **common
    )
    survivors = [new_survivor_id() for _ in range(5)]
    envelopes = [survivor_upsert(s) for s in survivors]
    publisher = signed_publisher([fault_kafka.bootstrap])
    try:
        for envelope in envelopes:
            publisher.publish(SURVIVORS, envelope)
    finally:
        publisher.close()
    status = crashing.wait_exit(timeout_s=60)
    if status is None:
        crashing.kill()
    assert status == 137, f"no crash at {step}:\n{crashing.log_text()[-3000:]}"

    restarted, _ = start_peer_groups(tmp_path, name="restarted", **common)
    client: MongoClient[dict[str, Any]] = MongoClient(mongodb_uri, serverSelectionTimeoutMS=5000)
    try:
        processed = ProcessedEvents(client[database], consumer="survivor_events")
        assert wait_until(lambda: processed.count() == len(envelopes), timeout_s=90), (
            restarted.log_text()[-3000:]
        )
        recorded = processed.count()
    finally:
        client.close()
        restarted.stop()
    executed, skipped = effect_counts(crashing.log_text(), restarted.log_text())
    ids = [e.event_id for e in envelopes]
    print(
        f"\n[crash at {step}] events sent={len(envelopes)} acknowledged={len(envelopes)} "
        f"consumed={sum(1 for i in ids if executed[i])} recorded={recorded} "
        f"effect runs={sum(executed[i] for i in ids)} skipped by id="
        f"{sum(skipped[i] for i in ids)} re-run idempotently="
        f"{sum(max(executed[i] - 1, 0) for i in ids)}"
    )
    assert recorded == len(envelopes)
    assert all(executed[i] >= 1 for i in ids)  # nothing lost
    if step == "consumer.after_effect":
        # The crashed event's effect ran again after the restart (it is version-guarded,
        # so idempotent): that is the one repeat this crash point allows, and only once.
        assert sum(executed[i] - 1 for i in ids) >= 1
        assert all(executed[i] <= 2 for i in ids)
        assert sum(skipped[i] for i in ids) == 0
    else:
        # Recorded before the crash: the redelivery is skipped by id; each effect ran once.
        assert all(executed[i] == 1 for i in ids)
        assert sum(skipped[i] for i in ids) >= 1
