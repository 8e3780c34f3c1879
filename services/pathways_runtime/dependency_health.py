"""Keep a gRPC server's health in step with the dependencies it cannot work without.

A background thread runs the checks (MongoDB ping, Kafka reachable) every few seconds and
reports NOT_SERVING while any fails, SERVING again once all pass, so load balancers and the
gateway stop sending calls that could only fail.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Mapping

from pathways_runtime.log import get_logger

__all__ = ["DependencyWatcher"]

_log = get_logger(__name__)


class DependencyWatcher:
    def __init__(
        self,
        *,
        checks: Mapping[str, Callable[[], bool]],
        report: Callable[[bool], None],
        interval_s: float = 3.0,
    ) -> None:
        self._checks = dict(checks)
        self._report = report
        self._interval_s = interval_s
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._loop, name="dependency-watcher", daemon=True)
        self.down: frozenset[str] = frozenset()

    def check_once(self) -> frozenset[str]:
        """Run every check; report and return the names of those that failed."""
        down = frozenset(name for name, check in self._checks.items() if not _safe(check))
        if down != self.down:
            _log.warning(
                "dependencies changed", down=sorted(down), up=sorted(set(self._checks) - down)
            )
        self.down = down
        self._report(not down)
        return down

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join(timeout=self._interval_s + 5)

    def _loop(self) -> None:
        while not self._stop.is_set():
            self.check_once()
            self._stop.wait(self._interval_s)


def _safe(check: Callable[[], bool]) -> bool:
    try:
        return check()
    except Exception:  # a check that raises counts as down
        return False
