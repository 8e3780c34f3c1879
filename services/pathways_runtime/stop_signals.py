"""SIGTERM and SIGINT, caught from the moment a service has something to shut down.

A process orchestrator (Kubernetes, ``make run``, a test) may ask a service to stop at any
time, also while it is still starting. A stop asked for before the process listens for it
would kill it outright (the default action) or, with the signal ignored by a parent, never
arrive. So a service catches both signals *before* it starts its background work, and a
stop asked for during the start is kept and honoured as soon as the start is done.

The Python handler does nothing itself. The interpreter's C-level handler writes the
signal's number to a socket (``signal.set_wakeup_fd``), and the main thread reads it when it
is ready to wait. No lock is taken inside a handler: a handler runs in the main thread
between two of its instructions, and one that logs or sets a ``threading.Event`` can block
forever on a lock the main thread itself holds at that moment.
"""

from __future__ import annotations

import signal
import socket
from types import FrameType

__all__ = ["STOP_SIGNALS", "StopSignals"]

STOP_SIGNALS = (signal.SIGTERM, signal.SIGINT)


def _noted_by_the_wakeup_socket(_signum: int, _frame: FrameType | None) -> None:
    """Installed so that the C-level handler runs; the wakeup socket carries the signal."""


class StopSignals:
    """Catches SIGTERM and SIGINT from construction on. Main thread only; one per process."""

    def __init__(self) -> None:
        self._reader, self._writer = socket.socketpair()
        self._writer.setblocking(False)
        signal.set_wakeup_fd(self._writer.fileno(), warn_on_full_buffer=False)
        for signum in STOP_SIGNALS:
            signal.signal(signum, _noted_by_the_wakeup_socket)

    def wait(self) -> signal.Signals:
        """Block until SIGTERM or SIGINT has arrived (also before this call); which one."""
        while True:
            received = self._reader.recv(64)
            for number in received:
                if number in STOP_SIGNALS:
                    return signal.Signals(number)
