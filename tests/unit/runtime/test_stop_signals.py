"""A stop asked for at any moment after a service began to start is kept, not lost and not
fatal. Run in a child interpreter: signal handlers belong to a process's main thread."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

from tests.support.processes import REPO_ROOT

_CHILD = textwrap.dedent(
    """
    import os, signal, sys
    from pathways_runtime.stop_signals import StopSignals

    # As a service starts: every signal at its default (a parent such as nohup may have
    # left one ignored, and that is the parent's choice, not what is tested here).
    for number in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP):
        signal.signal(number, signal.SIG_DFL)
    stop_signals = StopSignals()
    # The stop arrives while the service is still starting (before anyone waits for it).
    os.kill(os.getpid(), signal.{name})
    print("still starting", flush=True)
    print("stopped by", stop_signals.wait().name, flush=True)
    """
)


def _run_child(signal_name: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", _CHILD.format(name=signal_name)],
        cwd=REPO_ROOT,
        env={"PYTHONPATH": str(REPO_ROOT / "services")},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


@pytest.mark.parametrize("signal_name", ["SIGTERM", "SIGINT"])
def test_a_stop_asked_for_while_starting_is_kept_until_the_service_waits_for_it(
    signal_name: str,
) -> None:
    child = _run_child(signal_name)

    assert child.returncode == 0, child.stderr
    assert child.stdout.splitlines() == ["still starting", f"stopped by {signal_name}"]


def test_other_signals_are_left_as_they_were() -> None:
    """Only SIGTERM and SIGINT are caught: a hang-up still ends the process as before."""
    child = _run_child("SIGHUP")

    assert child.returncode == -1, child.stdout
    assert "still starting" not in child.stdout
