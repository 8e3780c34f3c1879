"""Formation in worker processes: the same answer as in the service's own interpreter, a
worker that dies fails only the formation it was doing (so the formation is really done
there, not in the calling process), and closing stops the workers."""

from __future__ import annotations

import os
import signal
from collections.abc import Iterator
from dataclasses import replace

import pytest

from peer_groups.adapters.formation_processes import FormationFailed, FormationProcesses
from peer_groups.domain.cohesion import CohesionWeights
from peer_groups.domain.formation import Formation, GroupRequest, form_groups
from peer_groups.domain.pool import PoolMember
from peer_groups.domain.rules import FormationPolicy
from tests.unit.peer_groups.test_rules import person
from tests.unit.peer_groups.test_rules import settings as group_with

POLICY = FormationPolicy()
WEIGHTS = CohesionWeights()


@pytest.fixture
def processes() -> Iterator[FormationProcesses]:
    former = FormationProcesses(workers=1)
    former.start()
    yield former
    former.close()


def _scenario() -> tuple[list[GroupRequest], list[PoolMember]]:
    pool = [
        replace(person(f"s{n:03d}"), interests=frozenset({f"i{n % 5}", f"i{n % 7}"}))
        for n in range(60)
    ]
    requests = [GroupRequest(f"grp_{n}", group_with(min_size=4, max_size=8)) for n in range(5)]
    return requests, pool


def _form(
    former: FormationProcesses, requests: list[GroupRequest], pool: list[PoolMember]
) -> Formation:
    return former(
        requests,
        pool,
        policy=POLICY,
        weights=WEIGHTS,
        seed=11,
        committed_elsewhere={"s007"},
    )


def test_a_worker_forms_what_the_domain_forms(processes: FormationProcesses) -> None:
    requests, pool = _scenario()
    expected = form_groups(
        requests, pool, policy=POLICY, weights=WEIGHTS, seed=11, committed_elsewhere={"s007"}
    )
    assert sum(p.feasible for p in expected.proposals) >= 1  # the scenario forms something
    assert _form(processes, requests, pool) == expected


def test_a_dead_worker_fails_its_formation_and_the_next_one_gets_a_new_worker(
    processes: FormationProcesses,
) -> None:
    requests, pool = _scenario()
    (worker,) = processes.worker_pids()
    os.kill(worker, signal.SIGKILL)
    with pytest.raises(FormationFailed):
        _form(processes, requests, pool)
    assert _form(processes, requests, pool).proposals
    assert worker not in processes.worker_pids()


def test_after_close_nothing_is_formed_and_the_workers_are_gone() -> None:
    former = FormationProcesses(workers=1)
    former.start()
    (worker,) = former.worker_pids()
    former.close()
    requests, pool = _scenario()
    with pytest.raises(FormationFailed):
        _form(former, requests, pool)
    assert not _alive(worker)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True
