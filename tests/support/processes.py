"""Start the project's own processes and infrastructure for tests, and stop them for sure."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

__all__ = [
    "REPO_ROOT",
    "InfraInstance",
    "ServiceProcess",
    "free_port",
    "key_vault_server",
    "run_module",
    "wait_until",
]

REPO_ROOT = Path(__file__).resolve().parents[2]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def wait_until(condition: Callable[[], bool], *, timeout_s: float, interval_s: float = 0.2) -> bool:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(interval_s)
    return condition()


def _service_env(overrides: Mapping[str, str]) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PATHWAYS_")}
    env["PYTHONPATH"] = os.pathsep.join(
        [str(REPO_ROOT / "protos"), str(REPO_ROOT / "services"), env.get("PYTHONPATH", "")]
    )
    env["PATHWAYS_ENVIRONMENT"] = "test"
    env.update(overrides)
    return env


def run_module(
    module: str, args: list[str], *, env: Mapping[str, str], timeout_s: float = 120
) -> subprocess.CompletedProcess[str]:
    """Run ``python -m <module> <args>`` to its end (a command, not a service)."""
    return subprocess.run(
        [sys.executable, "-m", module, *args],
        env=_service_env(env),
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        timeout=timeout_s,
        check=False,
    )


@dataclass
class ServiceProcess:
    """One of our services (``python -m <module>``) running as a real process."""

    module: str
    env: Mapping[str, str]
    log_path: Path
    process: subprocess.Popen[bytes] | None = field(default=None, init=False)

    def start(self) -> ServiceProcess:
        log = self.log_path.open("ab")
        self.process = subprocess.Popen(
            [sys.executable, "-m", self.module],
            env=_service_env(self.env),
            cwd=REPO_ROOT,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        log.close()
        return self

    def stop(self, *, timeout_s: float = 15) -> int | None:
        """SIGTERM, then SIGKILL if it does not exit in time; returns the exit code."""
        if self.process is None:
            return None
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=timeout_s)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=timeout_s)
        return self.process.returncode

    def kill(self) -> int | None:
        """SIGKILL at once; returns the exit code."""
        if self.process is None:
            return None
        if self.process.poll() is None:
            self.process.kill()
        return self.process.wait(timeout=30)

    def wait_exit(self, *, timeout_s: float) -> int | None:
        """The exit code once the process ended by itself within ``timeout_s``, else None."""
        if self.process is None:
            return None
        try:
            return self.process.wait(timeout=timeout_s)
        except subprocess.TimeoutExpired:
            return None

    def log_text(self) -> str:
        return self.log_path.read_text(errors="replace") if self.log_path.exists() else ""


@dataclass
class InfraInstance:
    """An extra Kafka or FerretDB instance of our own, via the infra scripts."""

    script: str  # "kafka.sh" or "ferretdb.sh"
    run_dir: Path
    env: Mapping[str, str]

    def _run(self, verb: str, *, timeout_s: float = 180) -> subprocess.CompletedProcess[str]:
        env = dict(os.environ)
        env.update(self.env)
        env["PATHWAYS_RUN_DIR"] = str(self.run_dir)
        return subprocess.run(
            ["bash", str(REPO_ROOT / "infra" / self.script), verb],
            env=env,
            capture_output=True,
            text=True,
            timeout=timeout_s,
            check=False,
        )

    def start(self) -> None:
        result = self._run("start")
        if result.returncode != 0:
            raise RuntimeError(f"{self.script} start failed:\n{result.stdout}\n{result.stderr}")

    def stop(self) -> None:
        """SIGTERM, waiting for a clean exit (the script's own timeout)."""
        self._run("stop")

    def kill(self) -> None:
        """SIGKILL: no shutdown at all (what a crash or an OOM kill does)."""
        self._run("kill")

    def running(self) -> bool:
        return self._run("status").returncode == 0

    def uri(self) -> str:
        """A started FerretDB instance's client URI, with its credentials."""
        result = self._run("uri")
        if result.returncode != 0:
            raise RuntimeError(f"{self.script} uri failed:\n{result.stderr}")
        return result.stdout.strip()


@contextmanager
def key_vault_server(run_dir: Path) -> Iterator[str]:
    """A key vault on a FerretDB server of its own (``infra/ferretdb.sh``'s ``keyvault``
    instance, as deployed: ``docs/data-protection.md``); yields its URI."""
    port = free_port()
    server = InfraInstance(
        script="ferretdb.sh",
        run_dir=run_dir,
        env={"PATHWAYS_FERRETDB_INSTANCE": "keyvault", "PATHWAYS_FERRETDB_PORT": str(port)},
    )
    server.start()
    try:
        yield server.uri()
    finally:
        server.stop()
