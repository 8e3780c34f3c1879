"""Formation in worker processes, so the service keeps answering while it forms groups.

Why: formation is CPU-bound Python. Run in a thread of the service, it held the interpreter
for the tens of seconds a 400-group proposal over 10,000 people takes, and the gRPC threads
waited their turn: polls of the running proposal (one read by ``_id``) then missed the
gateway's 5 s deadline (measured: four 503s in one run, ``BENCHMARKS.md``). In a worker
process formation has its own interpreter; the calling thread only waits on a future,
which leaves the service's interpreter free.

What crosses to the worker is what ``form_groups`` takes (the requests, the eligible part
of the pool, the policy), pickled over a pipe of this host: already opened pool members,
never written anywhere. Workers are started with ``spawn`` (a fork of a process running
gRPC and Kafka threads is unsafe) and import only the domain. A worker that dies (killed,
out of memory) fails the proposal it was forming (``FormationFailed``: the operation is
recorded FAILED and the facilitator asks again) and the next call starts new workers.

Workers exit when the service does, however it ends. A service killed outright (SIGKILL
from a fault test or the OOM killer) gets no chance to stop its pool, and an idle worker
never learns of it by itself: it waits on its call queue, a pipe whose write end it holds
too (the queue is sent to it whole), so no end-of-file comes, and it stayed on with PPID 1
and its memory (seen after a CI run). So each worker starts, in its initializer, a daemon
thread that waits on ``multiprocessing.parent_process().sentinel``: the pipe the worker was
spawned through, whose write end only the service holds, for as long as it lives. The
kernel closes it however the service dies, and an end-of-file stays readable, so the wait
cannot miss a death, even one before the thread started; the thread then ends the worker
at once, mid-formation too (nobody is left to take the answer). Not
``prctl(PR_SET_PDEATHSIG)``: besides being Linux only, it fires when the *thread* that
spawned the worker ends, and the pool spawns workers from whichever thread submits first
(a gRPC handler's, say): it would kill live workers of a live service.
"""

from __future__ import annotations

import multiprocessing
import multiprocessing.connection
import os
import threading
from collections.abc import Collection, Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from peer_groups.domain.cohesion import CohesionWeights
from peer_groups.domain.formation import Formation, GroupRequest, form_groups
from peer_groups.domain.pool import PoolMember
from peer_groups.domain.rules import FormationPolicy

__all__ = ["FormationFailed", "FormationProcesses"]


#: How long an idle worker is given to exit on the pool's sentinel, and a terminated one.
_IDLE_EXIT_S = 3.0

#: A worker's exit status when it ends because its service is gone (nobody reads it).
_SERVICE_GONE_EXIT = 1


class FormationFailed(RuntimeError):
    """The worker forming the groups stopped before it answered."""


def _ready() -> bool:
    return True


def _exit_with_the_service() -> None:
    """A worker's initializer: end this worker when the process that spawned it ends."""
    service = multiprocessing.parent_process()
    if service is None:  # not a multiprocessing child: no service to outlive
        return
    threading.Thread(
        target=_exit_when_ended,
        args=(service.sentinel,),
        name="exit-with-the-service",
        daemon=True,
    ).start()


def _exit_when_ended(sentinel: int) -> None:
    multiprocessing.connection.wait([sentinel])
    os._exit(_SERVICE_GONE_EXIT)  # now, not after the formation under way: no one awaits it


class FormationProcesses:
    """A ``GroupFormer`` (``service_layer.ports``) that forms groups in ``workers`` worker
    processes; calls beyond that wait their turn in the pool's queue."""

    def __init__(self, *, workers: int) -> None:
        self._workers = max(1, workers)
        self._lock = threading.Lock()
        self._pool: ProcessPoolExecutor | None = None
        self._closed = False

    def _executor(self) -> ProcessPoolExecutor:
        with self._lock:
            if self._closed:
                raise FormationFailed("the service is stopping")
            if self._pool is None:
                self._pool = ProcessPoolExecutor(
                    max_workers=self._workers,
                    mp_context=multiprocessing.get_context("spawn"),
                    initializer=_exit_with_the_service,
                )
            return self._pool

    def _discard(self, broken: ProcessPoolExecutor) -> None:
        with self._lock:
            if self._pool is broken:
                self._pool = None
        broken.shutdown(wait=False, cancel_futures=True)

    def start(self) -> None:
        """Start the workers now (so the first proposal does not wait for them)."""
        self._executor().submit(_ready).result()

    def __call__(
        self,
        requests: Sequence[GroupRequest],
        pool: Sequence[PoolMember],
        *,
        policy: FormationPolicy,
        weights: CohesionWeights,
        seed: int,
        committed_elsewhere: Collection[str],
    ) -> Formation:
        executor = self._executor()
        try:
            future = executor.submit(
                form_groups,
                list(requests),
                list(pool),
                policy=policy,
                weights=weights,
                seed=seed,
                committed_elsewhere=frozenset(committed_elsewhere),
            )
            return future.result()
        except BrokenProcessPool as error:
            self._discard(executor)
            raise FormationFailed("the formation worker stopped; ask again") from error

    def close(self) -> None:
        """Stop the workers: an idle one as the pool stops it; one still forming groups
        after a moment is terminated (its proposal is reported interrupted, as for any
        proposal of a stopped process) rather than holding the process's exit."""
        with self._lock:
            self._closed = True
            pool, self._pool = self._pool, None
        if pool is None:
            return
        workers = _workers_of(pool)  # before shutdown, which forgets them
        # First the pool's own stop (a sentinel to each worker), and only then a terminate:
        # a worker killed while the pool writes to it can hang the pool's shutdown on
        # Python 3.11 (gh-94777), and with it the process's exit.
        pool.shutdown(wait=False, cancel_futures=True)
        for process in workers:
            process.join(timeout=_IDLE_EXIT_S)
        for process in workers:
            if process.is_alive():
                process.terminate()
                process.join(timeout=_IDLE_EXIT_S)

    def worker_pids(self) -> set[int]:
        """The worker processes' ids (for health and tests)."""
        with self._lock:
            pool = self._pool
        return {p.pid for p in _workers_of(pool) if p.pid is not None} if pool else set()


def _workers_of(pool: ProcessPoolExecutor) -> list[multiprocessing.process.BaseProcess]:
    # Not public before Python 3.14; an empty list if that ever changes.
    return list((getattr(pool, "_processes", None) or {}).values())
