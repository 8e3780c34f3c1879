"""Run the gateway (``python -m gateway``) under cProfile, every thread included.

cProfile alone sees only the main thread, while FastAPI runs synchronous routes in worker
threads; so each thread started after this module loads gets its own profiler, and all are
merged into one ``pstats`` file when the server stops (SIGTERM). Each profiler counts its
thread's CPU time (``time.thread_time``), not wall time: waiting on MongoDB or on matching
costs the gateway nothing and shows up in the latency split instead. For
``gateway_load.py``:

    python bench/profiled_gateway.py OUT.prof
"""

from __future__ import annotations

import cProfile
import signal
import sys
import threading
import time
from pathlib import Path
from types import FrameType
from typing import Any

sys.path[:0] = [str(Path(__file__).resolve().parents[1] / p) for p in ("protos", "services")]

_profiles: list[cProfile.Profile] = []
_lock = threading.Lock()


def _start_thread_profile(_frame: FrameType, _event: str, _arg: Any) -> None:
    sys.setprofile(None)
    profile = cProfile.Profile(time.thread_time)
    with _lock:
        _profiles.append(profile)
    profile.enable()


def main() -> int:
    import pstats

    from gateway.__main__ import serve

    out = sys.argv[1]
    # uvicorn stops on SIGTERM and then raises the signal again with the handler it found;
    # a no-op handler lets that return here, so the profile is written.
    signal.signal(signal.SIGTERM, lambda _signum, _frame: None)
    threading.setprofile(_start_thread_profile)
    main_profile = cProfile.Profile(time.thread_time)
    main_profile.enable()
    try:
        serve()
    finally:
        main_profile.disable()
        threading.setprofile(None)
        with _lock:
            others = list(_profiles)
        for profile in others:
            profile.disable()
        stats = pstats.Stats(main_profile)
        for profile in others:
            try:
                stats.add(profile)
            except TypeError:  # a thread that never ran a profiled call
                continue
        stats.dump_stats(out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
