"""Test-only crash points: kill the process at one exact step to prove recovery.

Off by default. A fault test starts a service with ``PATHWAYS_FAILPOINT=<name>`` (and
``PATHWAYS_ENVIRONMENT=test``); the first time the code passes ``failpoint("<name>")`` the
process ends at once with ``os._exit(137)``, the status of a SIGKILL: no ``finally``, no
flush, no graceful shutdown, exactly like ``kill -9`` between two statements.

The variable is read once, on the first call, and honoured only when the environment is
``test``: a stray variable in production does nothing (it is logged once). The names in use:

==========================  ==============================================================
``outbox.before_publish``   the state and its events are saved; nothing published yet
``outbox.after_publish``    Kafka acknowledged the event; it is still in the outbox
``outbox.after_mark_sent``  the event was removed from the outbox
``consumer.after_effect``   a consumed event's effect is durable; its id is not recorded
``consumer.after_record``   its id is recorded; the offset is not committed
==========================  ==============================================================
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Mapping
from functools import cache

__all__ = ["FAILPOINT_ENV", "KNOWN_FAILPOINTS", "active_failpoint", "failpoint"]

FAILPOINT_ENV = "PATHWAYS_FAILPOINT"
KNOWN_FAILPOINTS = frozenset(
    {
        "outbox.before_publish",
        "outbox.after_publish",
        "outbox.after_mark_sent",
        "consumer.after_effect",
        "consumer.after_record",
    }
)
#: The exit status of a process killed by SIGKILL (128 + 9).
CRASH_STATUS = 137


def active_failpoint(environ: Mapping[str, str] | None = None) -> str | None:
    """The failpoint armed in ``environ`` (default: this process's), or None."""
    env = os.environ if environ is None else environ
    name = env.get(FAILPOINT_ENV, "").strip()
    if not name:
        return None
    if name not in KNOWN_FAILPOINTS:
        raise ValueError(f"unknown failpoint {name!r}; known: {sorted(KNOWN_FAILPOINTS)}")
    if env.get("PATHWAYS_ENVIRONMENT", "development") != "test":
        print(f"pathways: {FAILPOINT_ENV} ignored outside the test environment", file=sys.stderr)
        return None
    return name


@cache
def _armed() -> str | None:
    return active_failpoint()


def failpoint(name: str, *, crash: Callable[[int], object] = os._exit) -> None:
    """End the process here if this failpoint is armed (a no-op otherwise)."""
    if _armed() == name:
        crash(CRASH_STATUS)
