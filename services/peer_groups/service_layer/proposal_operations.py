"""Proposals as long-running operations: started at once, run in the background, kept.

Why: a proposal for 40 groups over 1,000 people took longer than the gateway's deadline
(measured before: 503 after 4.3 s twice, while the service went on and saved the proposals
189 s later), so the facilitator never saw it. Now the start checks what it can check at once
(role, organisation, open groups, how many: bad input is refused before anything runs),
records the operation (RUNNING), and hands the work to a runner; it answers with the result
if the work is done within ``wait_s`` (a small request still answers at once), else with
the running operation to poll. The work stores its outcome (SUCCEEDED or FAILED with a
code) on the same record.

What is kept is alias-level and ids only: per group whether it was formed, the rule code
and the cohesion; left-out people by alias with the rule code, and counts. Member cards and
what members share are rebuilt from the groups and the pool when the result is read (so
nothing sealed in the pool is kept in clear here, and an erased person is not shown).

A record left RUNNING by a process that stopped is reported as FAILED ``interrupted`` once
older than ``RUNNING_AT_MOST`` (the facilitator asks again); records expire after
``KEPT_FOR``.
"""

from __future__ import annotations

import threading
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from enum import Enum
from typing import Protocol

from pathways_runtime.log import get_logger
from peer_groups.domain import errors
from peer_groups.domain.access import Caller, Role, require_facilitator_of, require_role
from peer_groups.domain.cohesion import describe_shared
from peer_groups.domain.formation import Formation, LeftOutTold, told_left_out
from peer_groups.domain.group import Group
from peer_groups.domain.pool import PoolMember, PoolScope
from peer_groups.domain.rules import common_languages
from peer_groups.service_layer import commands
from peer_groups.service_layer.handlers import (
    MAX_GROUPS_PER_PROPOSAL,
    Ports,
    propose_members,
)

__all__ = [
    "KEPT_FOR",
    "MAX_KEPT_LEFT_OUT",
    "MAX_RESULT_PAGE",
    "RESULT_PAGE",
    "RUNNING_AT_MOST",
    "GroupOutcome",
    "InlineRunner",
    "OperationState",
    "ProposalOperation",
    "ProposalOperationRepository",
    "ProposalReading",
    "ProposalRunner",
    "ProposalSummary",
    "ThreadRunner",
    "get_proposal",
    "recent_proposals",
    "start_proposal",
    "summarise",
]

_log = get_logger(__name__)

#: A running operation older than this was lost with its process (the work itself takes
#: seconds to a few minutes at 10,000 people).
RUNNING_AT_MOST = timedelta(minutes=15)
#: How long a finished operation can be read back.
KEPT_FOR = timedelta(days=1)
#: Left-out aliases kept per operation (every one is counted).
MAX_KEPT_LEFT_OUT = 5000
#: Groups of a result read at once, by default and at most: each one's member cards are
#: rebuilt from its group and the pool, so a read costs what its page costs (a 400-group
#: result read whole took longer than the gateway's deadline on a busy machine).
RESULT_PAGE = 50
MAX_RESULT_PAGE = 100


class OperationState(Enum):
    RUNNING = "running"
    SUCCEEDED = "succeeded"
    FAILED = "failed"


@dataclass(frozen=True, slots=True)
class GroupOutcome:
    group_id: str
    feasible: bool
    reason: str
    cohesion: float


@dataclass(frozen=True, slots=True)
class ProposalSummary:
    """What a finished proposal keeps: ids, codes, numbers and aliases, nothing sealed."""

    groups: tuple[GroupOutcome, ...]
    #: As told (``formation.told_left_out``), sorted by alias. A read shows only those
    #: still in the pool and open to groups: an erasure or a withdrawal since takes them
    #: off (``get_proposal``).
    left_out: tuple[LeftOutTold, ...]
    left_out_counts: dict[str, int]


@dataclass(frozen=True, slots=True)
class ProposalOperation:
    operation_id: str
    organisation_id: str
    facilitator_id: str
    group_ids: tuple[str, ...]
    seed: int
    state: OperationState
    created_at: datetime
    finished_at: datetime | None = None
    summary: ProposalSummary | None = None
    error_code: str = ""
    error_detail: str = ""
    version: int = 0


class ProposalOperationRepository(Protocol):
    def add(self, operation: ProposalOperation) -> None:
        """Insert it and list it first among its facilitator's recent operations."""

    def save(self, operation: ProposalOperation) -> None:
        """Replace the stored record (the work's outcome)."""

    def get(self, operation_id: str) -> ProposalOperation:
        """NotFound if there is none."""

    def recent(self, *, facilitator_id: str, limit: int) -> Sequence[ProposalOperation]:
        """The facilitator's latest operations, newest first."""


class ProposalRunner(Protocol):
    def submit(self, work: Callable[[], None]) -> None:
        """Run ``work`` (which handles its own errors) in the background."""


class ThreadRunner:
    """At most ``workers`` proposals run at once in this process; others wait their turn
    (formation is CPU-bound: more at once would only slow each down on two cores)."""

    def __init__(self, *, workers: int) -> None:
        self._slots = threading.BoundedSemaphore(max(1, workers))

    def submit(self, work: Callable[[], None]) -> None:
        def run() -> None:
            with self._slots:
                work()

        threading.Thread(target=run, name="proposal", daemon=True).start()


class InlineRunner:
    """Runs the work at once, in the caller's thread (unit tests; a synchronous service)."""

    def submit(self, work: Callable[[], None]) -> None:
        work()


def summarise(formation: Formation, aliases: dict[str, str]) -> ProposalSummary:
    left_out, counts = told_left_out(formation, aliases, limit=MAX_KEPT_LEFT_OUT)
    return ProposalSummary(
        groups=tuple(
            GroupOutcome(
                p.group_id, p.feasible, p.reason.value if p.reason else "", float(p.cohesion)
            )
            for p in formation.proposals
        ),
        left_out=tuple(left_out),
        left_out_counts=counts,
    )


_ERROR_CODES: dict[type[errors.PeerGroupsError], str] = {
    errors.NotFound: "not_found",
    errors.InvalidInput: "invalid",
    errors.StaleVersion: "conflict",
    errors.NotAllowedNow: "not_allowed_now",
    errors.Forbidden: "forbidden",
    errors.AlreadyExists: "conflict",
}


def _failure(
    error: BaseException, *, is_outage: Callable[[BaseException], bool]
) -> tuple[str, str]:
    if isinstance(error, errors.PeerGroupsError):
        return _ERROR_CODES.get(type(error), "invalid"), str(error)
    if is_outage(error):
        return "unavailable", "a dependency of the service was unavailable; ask again"
    return "internal", "the proposal failed; ask again"


def _never(_error: BaseException) -> bool:
    return False


def _check_start(command: commands.ProposeMembers, *, caller: Caller, ports: Ports) -> None:
    """What can be refused at once: role, how many groups, the pool scope, each group
    theirs and open."""
    require_role(caller, Role.FACILITATOR)
    ids = list(dict.fromkeys(command.group_ids))
    if not ids or len(ids) > MAX_GROUPS_PER_PROPOSAL:
        raise errors.InvalidInput(f"ask for 1 to {MAX_GROUPS_PER_PROPOSAL} groups at once")
    PoolScope.of(caller.organisation_id, command.pool_organisation_ids)
    for group_id in ids:
        group: Group = ports.groups.get(group_id)
        require_facilitator_of(caller, group)
        group.require_open()


def start_proposal(
    command: commands.ProposeMembers,
    *,
    caller: Caller,
    ports: Ports,
    operations: ProposalOperationRepository,
    runner: ProposalRunner,
    wait_s: float,
    new_id: Callable[[], str] = lambda: f"pro_{uuid.uuid4().hex[:24]}",
    is_outage: Callable[[BaseException], bool] = _never,
) -> ProposalOperation:
    """Start the proposal; the finished operation if done within ``wait_s``, else RUNNING.
    ``is_outage`` tells an outage (FAILED ``unavailable``: ask again) from a bug."""
    _check_start(command, caller=caller, ports=ports)
    operation = ProposalOperation(
        operation_id=new_id(),
        organisation_id=caller.organisation_id,
        facilitator_id=caller.user_id,
        group_ids=tuple(dict.fromkeys(command.group_ids)),
        seed=command.seed,
        state=OperationState.RUNNING,
        created_at=ports.clock(),
    )
    operations.add(operation)
    finished: list[ProposalOperation] = []
    done = threading.Event()

    def work() -> None:
        try:
            outcome = propose_members(command, caller=caller, ports=ports)
            result = replace(
                operation,
                state=OperationState.SUCCEEDED,
                summary=summarise(outcome.formation, outcome.aliases),
            )
        except BaseException as error:  # the work's errors are its outcome, never lost
            code, detail = _failure(error, is_outage=is_outage)
            if code in ("internal", "unavailable"):
                _log.error("proposal failed", error_type=type(error).__name__, code=code)
            result = replace(
                operation, state=OperationState.FAILED, error_code=code, error_detail=detail
            )
        result = replace(result, finished_at=ports.clock())
        try:
            operations.save(result)
        except Exception as error:
            # Left RUNNING in the store: reported as interrupted once too old.
            _log.error("proposal outcome not saved", error_type=type(error).__name__)
        finished.append(result)
        done.set()

    runner.submit(work)
    done.wait(max(0.0, wait_s))
    return finished[0] if finished else operation


@dataclass(frozen=True, slots=True)
class ProposalReading:
    """An operation as its facilitator reads it: with the groups as they are now."""

    operation: ProposalOperation
    groups: list[Group] = field(default_factory=list)
    #: Per group id: what the members share now (as in the proposal answer).
    shared: dict[str, tuple[str, ...]] = field(default_factory=dict)
    #: The groups' people as the pool knows them (for their cards).
    known: dict[str, PoolMember] = field(default_factory=dict)
    #: The page of the result read: ``groups`` are those of ``group_ids[offset:]`` (at
    #: most a page); ``next_offset`` is where the next page starts, 0 when none does.
    offset: int = 0
    next_offset: int = 0


def _as_of(operation: ProposalOperation, now: datetime) -> ProposalOperation:
    if operation.state is OperationState.RUNNING and now - operation.created_at > RUNNING_AT_MOST:
        return replace(
            operation,
            state=OperationState.FAILED,
            error_code="interrupted",
            error_detail="the proposal was interrupted; ask again",
        )
    return operation


def _owned(operation: ProposalOperation, caller: Caller, now: datetime) -> ProposalOperation:
    require_role(caller, Role.FACILITATOR)
    if (
        operation.organisation_id != caller.organisation_id
        or operation.facilitator_id != caller.user_id
        or now - operation.created_at > KEPT_FOR
    ):
        raise errors.NotFound("no such proposal")
    return _as_of(operation, now)


def get_proposal(
    operation_id: str,
    *,
    caller: Caller,
    ports: Ports,
    operations: ProposalOperationRepository,
    scope: PoolScope,
    offset: int = 0,
    limit: int = RESULT_PAGE,
    left_out_limit: int = 200,
) -> ProposalReading:
    """The caller's own operation (another's, or an expired one, does not exist for them);
    a finished one with a page of its groups (``limit`` of them from ``offset`` in its
    group ids) as saved and what their members share, and the first ``left_out_limit``
    people left out who are still in the pool and open to groups.

    Within the pool scope as it is now: the people of an NGO whose partnership was removed
    since the proposal are neither shown nor counted in what members share
    (``Group.seen_within``)."""
    if offset < 0:
        raise errors.InvalidInput("group_offset is 0 or more")
    limit = max(1, min(limit or RESULT_PAGE, MAX_RESULT_PAGE))
    now = ports.clock()
    operation = _owned(operations.get(operation_id), caller, now)
    if operation.state is not OperationState.SUCCEEDED:
        return ProposalReading(operation)
    page = operation.group_ids[offset : offset + limit]
    next_offset = offset + limit if offset + limit < len(operation.group_ids) else 0
    groups = []
    for group_id in page:
        try:
            group = ports.groups.get(group_id)
        except errors.NotFound:
            continue
        if group.organisation_id == caller.organisation_id:
            groups.append(replace(group, members=group.seen_within(scope.organisation_ids)))
    holding = {m.survivor_id for g in groups for m in g.holding}
    summary = operation.summary
    shown = summary.left_out[: max(0, left_out_limit)] if summary else ()
    known = ports.pool.get_many(holding | {x.survivor_id for x in shown})
    if summary is not None and summary.left_out:
        # Whoever was erased or withdrew since is no longer shown, by alias or otherwise.
        still = tuple(
            x
            for x in shown
            if x.survivor_id in known
            and known[x.survivor_id].open_to_groups
            and scope.admits(known[x.survivor_id])
        )
        operation = replace(operation, summary=replace(summary, left_out=still))
    shared = {}
    for group in groups:
        people = [known[m.survivor_id] for m in group.holding if m.survivor_id in known]
        shared[group.group_id] = tuple(
            describe_shared(people, common_languages(people, group.settings))
        )
    return ProposalReading(operation, groups, shared, known, offset, next_offset)


def recent_proposals(
    *,
    caller: Caller,
    ports: Ports,
    operations: ProposalOperationRepository,
    limit: int,
) -> list[ProposalOperation]:
    """The caller's recent operations, newest first (states only: read one for its result)."""
    require_role(caller, Role.FACILITATOR)
    now = ports.clock()
    found = operations.recent(facilitator_id=caller.user_id, limit=max(1, min(limit or 20, 50)))
    return [
        _as_of(op, now)
        for op in found
        if op.organisation_id == caller.organisation_id and now - op.created_at <= KEPT_FOR
    ]
