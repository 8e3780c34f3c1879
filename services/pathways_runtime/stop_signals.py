"""SIGTERM and SIGINT, caught before a service says it serves.

A process orchestrator (Kubernetes, ``make run``, a test) may ask a service to stop as soon
as it reports SERVING. Caught only once the server runs, a stop that came in between killed
the process outright (the default action) or, with the signal ignored by a parent, was
lost and the process never stopped. So a service catches both signals before its server
starts, and a stop asked for in the meantime is kept and honoured as soon as it serves.
Earlier, during the start-up work (migrations, which are idempotent and may be long), the
default action still applies: a stop then ends the process at once.

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
