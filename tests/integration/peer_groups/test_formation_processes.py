"""Formation in worker processes: the same answer as in the service's own interpreter, a
worker that dies fails only the formation it was doing (so the formation is really done
there, not in the calling process), closing stops the workers, and the workers of a
service killed outright (SIGKILL, the OOM killer) exit by themselves."""

from __future__ import annotations

import os
import select
import signal
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import IO

import pytest

from peer_groups.adapters.formation_processes import FormationFailed, FormationProcesses
from peer_groups.domain.cohesion import CohesionWeights
from peer_groups.domain.formation import Formation, GroupRequest, form_groups
from peer_groups.domain.pool import PoolMember
from peer_groups.domain.rules import FormationPolicy
from tests.support.processes import wait_until
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
    assert not _running(worker)


# A service in miniature: starts its formation worker, says the worker's pid, then waits
# (on its stdin, which the test holds open) until it is killed.
_SERVICE = """
import sys
from peer_groups.adapters.formation_processes import FormationProcesses
former = FormationProcesses(workers=1)
former.start()
print(*sorted(former.worker_pids()), flush=True)
sys.stdin.read()
"""


def test_the_workers_of_a_killed_service_exit_by_themselves(tmp_path: Path) -> None:
    # The service's stderr (and its resource tracker's, which reports the semaphores it
    # cleans up after the kill) goes to a file, read only if the service fails to start.
    errors = tmp_path / "service.stderr"
    with errors.open("wb") as stderr:
        service = subprocess.Popen(
            [sys.executable, "-c", _SERVICE],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=stderr,
            env={**os.environ, "PYTHONPATH": os.pathsep.join(p for p in sys.path if p)},
            text=True,
        )
    assert service.stdin is not None
    assert service.stdout is not None
    workers: list[int] = []
    try:
        first_line = _first_line(service.stdout, timeout_s=60)
        workers = [int(pid) for pid in first_line.split()]
        assert workers, f"the service started no worker: {errors.read_text()}"
        service.kill()
        service.wait(timeout=30)
        wait_until(lambda: not any(_running(pid) for pid in workers), timeout_s=20)
        survivors = [pid for pid in workers if _running(pid)]
        assert not survivors, f"workers {survivors} outlived their killed service"
    finally:
        if service.poll() is None:
            service.kill()
            service.wait(timeout=30)
        service.stdin.close()
        service.stdout.close()
        for pid in workers:  # the test leaves no orphan of its own, even when it fails
            if _running(pid):
                os.kill(pid, signal.SIGKILL)


def _first_line(stream: IO[str], *, timeout_s: float) -> str:
    readable, _, _ = select.select([stream], [], [], timeout_s)
    assert readable, f"the service said nothing within {timeout_s} s"
    return stream.readline()


def _running(pid: int) -> bool:
    """Whether ``pid`` still runs. A zombie does not: it has exited and waits only to be
    reaped, which an orphan's new parent (here, whatever runs as PID 1) may never do."""
    if not Path("/proc/self/stat").exists():  # no procfs: ask the kernel, zombies count
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return False
        return True
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()[0]
    except (FileNotFoundError, ProcessLookupError):
        return False
    return state not in {"Z", "X"}
