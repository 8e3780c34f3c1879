"""One contract, two stores: the unit tests' ``FakeProposalOperations`` and
``MongoProposalOperations`` on a real FerretDB answer every case the same way
(``peer_groups.service_layer.proposal_operations.ProposalOperationRepository``).

A proposal runs in the background and its facilitator polls for it; starting, finishing,
failing and listing proposals are unit-tested on the fake. Both stores must keep a record
as given, replace it with the work's outcome, never make up a record that was not started,
and list a facilitator's own latest operations newest first.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from pymongo import MongoClient

from peer_groups.adapters.mongo_proposal_operations import (
    MongoProposalOperations,
    ensure_operation_indexes,
)
from peer_groups.domain.errors import NotFound
from peer_groups.domain.formation import LeftOutTold
from peer_groups.service_layer.proposal_operations import (
    GroupOutcome,
    OperationState,
    ProposalOperation,
    ProposalOperationRepository,
    ProposalSummary,
)
from tests.unit.peer_groups.fakes import FakeProposalOperations

# Whole milliseconds: the precision of a BSON date, and so of what a store can keep.
T0 = datetime(2026, 12, 1, 12, 0, 0, 125_000, tzinfo=UTC)


@pytest.fixture(params=["fake", "mongodb"])
def operations(request: pytest.FixtureRequest) -> Iterator[ProposalOperationRepository]:
    if request.param == "fake":
        yield FakeProposalOperations()
        return
    mongodb_uri: str = request.getfixturevalue("mongodb_uri")
    client: MongoClient[Any] = MongoClient(mongodb_uri, tz_aware=True)
    name = f"ops_{uuid.uuid4().hex[:10]}"
    try:
        ensure_operation_indexes(client[name])
        yield MongoProposalOperations(client[name])
    finally:
        client.drop_database(name)
        client.close()


def _operation(
    operation_id: str, facilitator_id: str = "usr_f", **changes: Any
) -> ProposalOperation:
    values: dict[str, Any] = {
        "operation_id": operation_id,
        "organisation_id": "org_fac",
        "facilitator_id": facilitator_id,
        "group_ids": ("grp_a1", "grp_b2"),
        "seed": 42,
        "state": OperationState.RUNNING,
        "created_at": T0,
    }
    values.update(changes)
    return ProposalOperation(**values)


def _succeeded(operation: ProposalOperation) -> ProposalOperation:
    return replace(
        operation,
        state=OperationState.SUCCEEDED,
        finished_at=T0 + timedelta(seconds=3),
        summary=ProposalSummary(
            groups=(
                GroupOutcome("grp_a1", True, "", 0.625),
                GroupOutcome("grp_b2", False, "too_few_candidates", 0.0),
            ),
            left_out=(
                LeftOutTold("sv_7", "P-sv_7", "NO_SHARED_LANGUAGE"),
                LeftOutTold("sv_9", "P-sv_9", "NOT_PLACED"),
            ),
            left_out_counts={"NO_SHARED_LANGUAGE": 1, "NOT_PLACED": 1},
        ),
    )


def test_a_started_operation_is_kept_as_given_and_an_unknown_one_is_not_found(
    operations: ProposalOperationRepository,
) -> None:
    started = _operation("op_1")
    operations.add(started)
    assert operations.get("op_1") == started
    with pytest.raises(NotFound):
        operations.get("op_unknown")


def test_the_works_outcome_replaces_the_running_record(
    operations: ProposalOperationRepository,
) -> None:
    operations.add(_operation("op_1"))
    finished = _succeeded(operations.get("op_1"))
    operations.save(finished)
    assert operations.get("op_1") == finished

    failed = replace(
        _operation("op_2"),
        state=OperationState.FAILED,
        finished_at=T0 + timedelta(seconds=1),
        error_code="interrupted",
        error_detail="the service stopped",
    )
    operations.add(_operation("op_2"))
    operations.save(failed)
    assert operations.get("op_2") == failed
    assert [op.state for op in operations.recent(facilitator_id="usr_f", limit=10)] == [
        OperationState.FAILED,
        OperationState.SUCCEEDED,
    ]


def test_saving_an_operation_that_was_never_started_makes_up_no_record(
    operations: ProposalOperationRepository,
) -> None:
    operations.save(_succeeded(_operation("op_never")))
    with pytest.raises(NotFound):
        operations.get("op_never")
    assert operations.recent(facilitator_id="usr_f", limit=10) == []


def test_a_facilitators_latest_operations_come_newest_first_and_only_theirs(
    operations: ProposalOperationRepository,
) -> None:
    for number in range(1, 5):
        operations.add(_operation(f"op_{number}", created_at=T0 + timedelta(minutes=number)))
    operations.add(_operation("op_theirs", facilitator_id="usr_g"))
    # Finishing an older one does not move it up: the list is in the order they were started.
    operations.save(_succeeded(operations.get("op_2")))

    recent = operations.recent(facilitator_id="usr_f", limit=10)
    assert [op.operation_id for op in recent] == ["op_4", "op_3", "op_2", "op_1"]
    assert recent[2].state is OperationState.SUCCEEDED
    assert [op.operation_id for op in operations.recent(facilitator_id="usr_f", limit=2)] == [
        "op_4",
        "op_3",
    ]
    assert [op.operation_id for op in operations.recent(facilitator_id="usr_g", limit=10)] == [
        "op_theirs"
    ]
    assert operations.recent(facilitator_id="usr_nobody", limit=10) == []


def test_the_longest_list_a_facilitator_may_ask_for_is_served_whole(
    operations: ProposalOperationRepository,
) -> None:
    # ``recent_proposals`` asks for at most 50.
    for number in range(55):
        operations.add(_operation(f"op_{number:02d}"))
    recent = operations.recent(facilitator_id="usr_f", limit=50)
    assert [op.operation_id for op in recent] == [f"op_{n:02d}" for n in range(54, 4, -1)]
