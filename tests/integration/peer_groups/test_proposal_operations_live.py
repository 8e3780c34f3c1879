"""Proposal operations on the real server: a large outcome is kept and read back whole,
a facilitator's recent ones are listed newest first, and every command is by ``_id``."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from pymongo import MongoClient
from pymongo.database import Database

from peer_groups.adapters.mongo_proposal_operations import RECENT_KEPT, MongoProposalOperations
from peer_groups.domain.errors import NotFound
from peer_groups.domain.formation import LeftOutTold
from peer_groups.service_layer.proposal_operations import (
    GroupOutcome,
    OperationState,
    ProposalOperation,
    ProposalSummary,
)
from tests.support.store_commands import StoreCommandRecorder

NOW = datetime(2026, 12, 1, 12, tzinfo=UTC)


@pytest.fixture
def db(
    mongodb_uri: str, unique_name: str
) -> Iterator[tuple[Database[dict[str, Any]], StoreCommandRecorder]]:
    recorder = StoreCommandRecorder(database=unique_name)
    client: MongoClient[dict[str, Any]] = MongoClient(
        mongodb_uri, serverSelectionTimeoutMS=5000, tz_aware=True, event_listeners=[recorder]
    )
    try:
        yield client[unique_name], recorder
    finally:
        client.drop_database(unique_name)
        client.close()


def _operation(number: int, *, facilitator: str = "usr_f") -> ProposalOperation:
    return ProposalOperation(
        operation_id=f"pro_{number:04d}",
        organisation_id="org_peer",
        facilitator_id=facilitator,
        group_ids=("grp_a", "grp_b"),
        seed=7,
        state=OperationState.RUNNING,
        created_at=NOW + timedelta(seconds=number),
    )


def test_a_large_outcome_is_kept_whole_and_every_command_is_by_id(
    db: tuple[Database[dict[str, Any]], StoreCommandRecorder],
) -> None:
    database, recorder = db
    operations = MongoProposalOperations(database)
    running = _operation(1)
    operations.add(running)
    assert operations.get(running.operation_id) == running
    # 1,000 people left out, by alias: stored as objects (FerretDB v1 has no nested arrays).
    summary = ProposalSummary(
        groups=(
            GroupOutcome("grp_a", True, "", 0.625),
            GroupOutcome("grp_b", False, "GROUP_TOO_SMALL", 0.0),
        ),
        left_out=tuple(LeftOutTold(f"sv_{i:05d}", f"P-{i:05d}", "NOT_PLACED") for i in range(1000)),
        left_out_counts={"NOT_PLACED": 1000},
    )
    done = replace(
        running,
        state=OperationState.SUCCEEDED,
        summary=summary,
        finished_at=NOW + timedelta(seconds=9),
    )
    operations.save(done)
    assert operations.get(running.operation_id) == done
    with pytest.raises(NotFound):
        operations.get("pro_missing")
    assert recorder.scans() == []


def test_recent_operations_are_listed_newest_first_per_facilitator(
    db: tuple[Database[dict[str, Any]], StoreCommandRecorder],
) -> None:
    database, recorder = db
    operations = MongoProposalOperations(database)
    for number in range(RECENT_KEPT + 5):
        operations.add(_operation(number))
    operations.add(_operation(999, facilitator="usr_other"))
    recent = operations.recent(facilitator_id="usr_f", limit=10)
    assert [op.operation_id for op in recent] == [
        f"pro_{n:04d}" for n in range(RECENT_KEPT + 4, RECENT_KEPT - 6, -1)
    ]
    assert len(operations.recent(facilitator_id="usr_f", limit=500)) == RECENT_KEPT
    assert [op.operation_id for op in operations.recent(facilitator_id="usr_other", limit=5)] == [
        "pro_0999"
    ]
    assert recorder.scans() == []


def test_retention_deletes_the_operations_past_their_day_and_the_list_skips_them(
    db: tuple[Database[dict[str, Any]], StoreCommandRecorder],
) -> None:
    database, _ = db
    operations = MongoProposalOperations(database)
    old = replace(_operation(1), created_at=NOW - timedelta(days=2))
    fresh = _operation(2)
    operations.add(old)
    operations.add(fresh)

    assert operations.delete_expired(now=NOW) == 1
    with pytest.raises(NotFound):
        operations.get(old.operation_id)
    assert operations.get(fresh.operation_id) == fresh
    assert [o.operation_id for o in operations.recent(facilitator_id="usr_f", limit=10)] == [
        fresh.operation_id
    ]
    assert operations.delete_expired(now=NOW) == 0
