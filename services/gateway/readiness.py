"""Readiness: are the gateway's dependencies reachable right now?

Each check is a blocking callable run in a worker thread with its own time limit, all at
once, so one dead dependency costs one timeout, not the sum of them.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Mapping
from dataclasses import dataclass

__all__ = ["ReadinessProbe", "ReadinessReport"]


@dataclass(frozen=True, slots=True)
class ReadinessReport:
    checks: Mapping[str, bool]

    @property
    def ready(self) -> bool:
        return all(self.checks.values())

    @property
    def down(self) -> list[str]:
        return sorted(name for name, up in self.checks.items() if not up)


class ReadinessProbe:
    def __init__(self, checks: Mapping[str, Callable[[], bool]], *, timeout_s: float) -> None:
        self._checks = dict(checks)
        self._timeout_s = timeout_s

    async def run(self) -> ReadinessReport:
        names = list(self._checks)
        results = await asyncio.gather(*(self._run_one(self._checks[name]) for name in names))
        return ReadinessReport(checks=dict(zip(names, results, strict=True)))

    async def _run_one(self, check: Callable[[], bool]) -> bool:
        try:
            return await asyncio.wait_for(asyncio.to_thread(check), timeout=self._timeout_s)
        except Exception:  # a check that raises or times out counts as down
            return False
