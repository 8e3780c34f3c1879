"""A restart from the index snapshot: changes made while down are served, nothing re-read."""

from __future__ import annotations

import time
from pathlib import Path
from typing import TypedDict

import grpc
import pytest
from kafka import KafkaConsumer

from pathways.v1 import common_pb2, matching_pb2
from pathways_runtime.envelopes import decode
from tests.support.grpc_health import health_status
from tests.support.matching_client import As, job, profile
from tests.support.processes import ServiceProcess, free_port, wait_until


class _Where(TypedDict):
    """Where the test's servers are, passed on to each instance."""

    kafka_bootstrap: str
    mongodb_uri: str


def _start(
    tmp_path: Path,
    name: str,
    *,
    kafka_bootstrap: str,
    mongodb_uri: str,
    database: str,
    snapshot_dir: Path | None = None,
) -> tuple[ServiceProcess, grpc.Channel]:
    env = {
        "PATHWAYS_GRPC_PORT": str(free_port()),
        "PATHWAYS_KAFKA_BOOTSTRAP": kafka_bootstrap,
        "PATHWAYS_MONGODB_URI": mongodb_uri,
        "PATHWAYS_MONGODB_DATABASE": database,
        "PATHWAYS_HEALTH_CHECK_INTERVAL_S": "0.5",
    }
    if snapshot_dir is not None:
        env["PATHWAYS_INDEX_SNAPSHOT_DIR"] = str(snapshot_dir)
    process = ServiceProcess(module="matching", env=env, log_path=tmp_path / f"{name}.log").start()
    address = f"127.0.0.1:{env['PATHWAYS_GRPC_PORT']}"
    if not wait_until(lambda: health_status(address) == "SERVING", timeout_s=60):
        process.stop()
        pytest.fail(f"{name} did not become SERVING:\n" + process.log_text()[-4000:])
    return process, grpc.insecure_channel(address)


def _wait_for_events(kafka_bootstrap: str, expected: set[tuple[str, str]]) -> None:
    """Block until every (aggregate key, event type) is on opportunities.v1."""
    consumer = KafkaConsumer(
        "opportunities.v1",
        bootstrap_servers=[kafka_bootstrap],
        auto_offset_reset="earliest",
        enable_auto_commit=False,
        group_id=None,
    )
    seen: set[tuple[str, str]] = set()
    deadline = time.monotonic() + 30
    try:
        while time.monotonic() < deadline and not expected <= seen:
            for records in consumer.poll(timeout_ms=500).values():
                for record in records:
                    envelope = decode(record.value)
                    seen.add((envelope.aggregate_key, envelope.event_type))
    finally:
        consumer.close()
    assert expected <= seen


def _matches(officer: As, survivor_id: str) -> list[tuple[str, str, float]]:
    found = officer.GetMatches(matching_pb2.GetMatchesRequest(survivor_id=survivor_id, top_k=20))
    return [(m.opportunity_id, m.title, round(m.score, 6)) for m in found.matches]


def test_a_restart_from_the_snapshot_serves_what_changed_while_it_was_down(
    tmp_path: Path, kafka_bootstrap: str, mongodb_uri: str, unique_name: str
) -> None:
    snapshots = tmp_path / "snapshots"
    where = _Where(kafka_bootstrap=kafka_bootstrap, mongodb_uri=mongodb_uri)
    first, channel = _start(
        tmp_path, "first", database=unique_name, snapshot_dir=snapshots, **where
    )
    try:
        employer = As(channel, "u_employer", "org_cafe", "employer")
        officer = As(channel, "u_officer", "org_ngo", "reintegration_officer")
        posted = {
            name: employer.PostOpportunity(
                matching_pb2.PostOpportunityRequest(opportunity=job(title=title))
            )
            for name, title in [("kept", "Barista"), ("changed", "Cafe crew"), ("closed", "Baker")]
        }
        survivor = officer.RegisterSurvivor(matching_pb2.RegisterSurvivorRequest(profile=profile()))
        survivor = officer.SetConsent(
            matching_pb2.SetConsentRequest(
                survivor_id=survivor.survivor_id,
                purpose=common_pb2.CONSENT_PURPOSE_MATCHING,
                granted=True,
                expected_version=survivor.version,
            )
        )
        officer.AssessReadiness(
            matching_pb2.AssessReadinessRequest(
                survivor_id=survivor.survivor_id,
                stage=common_pb2.READINESS_STAGE_EMPLOYMENT_READY,
                expected_version=survivor.version,
            )
        )
        assert {m[0] for m in _matches(officer, survivor.survivor_id)} == {
            p.opportunity_id for p in posted.values()
        }
        _wait_for_events(
            kafka_bootstrap, {(p.opportunity_id, "OpportunityPosted") for p in posted.values()}
        )
    finally:
        channel.close()
        assert first.stop() == 0
    assert "index snapshot written" in first.log_text()
    assert list(snapshots.glob("*.npz"))

    # While the first instance is down, another one takes the writes.
    second, channel = _start(tmp_path, "second", database=unique_name, **where)
    try:
        employer = As(channel, "u_employer", "org_cafe", "employer")
        changed = job(title="Head barista")
        changed.opportunity_id = posted["changed"].opportunity_id
        employer.UpdateOpportunity(
            matching_pb2.UpdateOpportunityRequest(
                opportunity=changed, expected_version=posted["changed"].version
            )
        )
        employer.SetOpportunityStatus(
            matching_pb2.SetOpportunityStatusRequest(
                opportunity_id=posted["closed"].opportunity_id,
                status=matching_pb2.OPPORTUNITY_STATUS_CLOSED,
                expected_version=posted["closed"].version,
            )
        )
        new = employer.PostOpportunity(
            matching_pb2.PostOpportunityRequest(opportunity=job(title="Coffee roaster"))
        )
        _wait_for_events(
            kafka_bootstrap,
            {
                (posted["changed"].opportunity_id, "OpportunityUpdated"),
                (posted["closed"].opportunity_id, "OpportunityClosed"),
                (new.opportunity_id, "OpportunityPosted"),
            },
        )
    finally:
        channel.close()
        second.stop()

    restarted, channel = _start(
        tmp_path, "restarted", database=unique_name, snapshot_dir=snapshots, **where
    )
    try:
        officer = As(channel, "u_officer", "org_ngo", "reintegration_officer")
        after_restart = _matches(officer, survivor.survivor_id)
    finally:
        channel.close()
        restarted.stop()
    log = restarted.log_text()
    assert "index restored from snapshot" in log
    assert '"read_from_database": 0' in log
    assert "index built" not in log  # not one opportunity read back from the database
    # opportunities.v1 is one topic for every test: an instance also indexes what tests
    # running beside this one post, so only this test's own opportunities are compared.
    ours = {p.opportunity_id for p in posted.values()} | {new.opportunity_id}
    after_restart = [match for match in after_restart if match[0] in ours]
    served = {opportunity_id: title for opportunity_id, title, _ in after_restart}
    assert served == {
        posted["kept"].opportunity_id: "Barista",
        posted["changed"].opportunity_id: "Head barista",
        new.opportunity_id: "Coffee roaster",
    }

    # And it answers exactly as an instance that rebuilt from the database.
    rebuilt, channel = _start(tmp_path, "rebuilt", database=unique_name, **where)
    try:
        officer = As(channel, "u_officer", "org_ngo", "reintegration_officer")
        rebuilt_answers = _matches(officer, survivor.survivor_id)
        assert [match for match in rebuilt_answers if match[0] in ours] == after_restart
    finally:
        channel.close()
        rebuilt.stop()
    assert "index built" in rebuilt.log_text()


def test_a_corrupt_snapshot_means_a_rebuild_not_a_crash(
    tmp_path: Path, kafka_bootstrap: str, mongodb_uri: str, unique_name: str
) -> None:
    snapshots = tmp_path / "snapshots"
    snapshots.mkdir()
    (snapshots / f"opportunity-index.{unique_name}.npz").write_bytes(b"PK\x03\x04 truncated")
    process, channel = _start(
        tmp_path,
        "corrupt",
        database=unique_name,
        snapshot_dir=snapshots,
        kafka_bootstrap=kafka_bootstrap,
        mongodb_uri=mongodb_uri,
    )
    channel.close()
    assert process.stop() == 0
    log = process.log_text()
    assert "index snapshot unreadable; rebuilding" in log
    assert "index built" in log
    assert "index snapshot written" in log  # the bad file is replaced by a good one
