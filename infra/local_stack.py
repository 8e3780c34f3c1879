"""Bring the local stack up for ``make run`` and ``make test``, and always take it down.

    python infra/local_stack.py run            # Kafka, FerretDB, the three services; Ctrl-C stops
    python infra/local_stack.py test [ARGS]    # Kafka and FerretDB, then pytest ARGS

Kafka and FerretDB are started with ``infra/kafka.sh`` and ``infra/ferretdb.sh``; whatever
this script started it stops again, on success, on failure and on Ctrl-C. ``run`` also starts
the key vault's own FerretDB (``PATHWAYS_FERRETDB_INSTANCE=keyvault``: secure delete, no
WAL, so an erased survivor's data key leaves no copy in its files) and points the services
at it (``PATHWAYS_FIELD_CRYPTO_KEY_VAULT_URI``). ``test`` starts it too and passes its
address in ``PATHWAYS_TEST_KEY_VAULT_URI``; tests that read raw files start their own.
"""

from __future__ import annotations

import argparse
import json
import os
import secrets
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator, Mapping
from contextlib import ExitStack, contextmanager
from pathlib import Path
from typing import BinaryIO

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

REPO = Path(__file__).resolve().parent.parent
INFRA = REPO / "infra"
#: The address the console's calls to the gateway leave from, and the only one whose
#: X-Forwarded-For the gateway believes (Linux answers the whole 127/8 on loopback), with the
#: install's proxy key: any program on this machine may bind the address too.
CONSOLE_SOURCE_ADDRESS = "127.0.0.2"


def _say(message: str) -> None:
    print(f"pathways: {message}", flush=True)


def _env(**overrides: str) -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(REPO / "protos"), str(REPO / "services")])
    env.update(overrides)
    return env


def _infra(script: str, verb: str, env: Mapping[str, str]) -> None:
    subprocess.run(["bash", str(INFRA / script), verb], env=env, check=True)


def _store_uri(env: Mapping[str, str]) -> str:
    """The client URI of the FerretDB instance ``env`` names, with its credentials (every
    instance authenticates its clients: ``infra/ferretdb.sh``)."""
    out = subprocess.run(
        ["bash", str(INFRA / "ferretdb.sh"), "uri"],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    return out.stdout.strip()


def _version(script: str, env: Mapping[str, str]) -> str:
    out = subprocess.run(
        ["bash", str(INFRA / script), "version"],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    return out.stdout.strip() or script


@contextmanager
def infrastructure(
    *,
    run_dir: Path,
    kafka_port: int,
    ferretdb_port: int,
    key_vault_port: int,
    kafka_users: Path | None = None,
) -> Iterator[dict[str, str]]:
    """Kafka, FerretDB and the key vault's FerretDB up for the duration of the block;
    yields their addresses as the services' settings (each FerretDB's URI with its
    credentials). With `kafka_users` (a directory of
    ``infra/kafka_acls.py users``), Kafka authenticates every client by SASL and
    authorises each service by its ACLs (``make run``); without, it is PLAINTEXT (tests)."""
    env = _env(
        PATHWAYS_RUN_DIR=str(run_dir),
        PATHWAYS_KAFKA_PORT=str(kafka_port),
        PATHWAYS_KAFKA_CONTROLLER_PORT=str(kafka_port + 1),
        PATHWAYS_FERRETDB_PORT=str(ferretdb_port),
    )
    if kafka_users is not None:
        env["PATHWAYS_KAFKA_USERS_FILE"] = str(kafka_users / "users")
    key_vault_env = env | {
        "PATHWAYS_FERRETDB_INSTANCE": "keyvault",
        "PATHWAYS_FERRETDB_PORT": str(key_vault_port),
    }
    with ExitStack() as stack:
        for script, script_env in (
            ("kafka.sh", env),
            ("ferretdb.sh", env),
            ("ferretdb.sh", key_vault_env),
        ):
            stack.callback(_infra, script, "stop", script_env)
            _infra(script, "start", script_env)
            _say(f"{_version(script, script_env)} is up")
            if script == "kafka.sh" and kafka_users is not None:
                _kafka_acls(
                    "apply",
                    "--bootstrap",
                    f"127.0.0.1:{kafka_port}",
                    "--users-file",
                    str(kafka_users / "users"),
                )
        yield {
            "PATHWAYS_KAFKA_BOOTSTRAP": f"127.0.0.1:{kafka_port}",
            "PATHWAYS_MONGODB_URI": _store_uri(env),
            "PATHWAYS_FIELD_CRYPTO_KEY_VAULT_URI": _store_uri(key_vault_env),
        }


def _private_log(path: Path) -> BinaryIO:
    """``path`` opened to append, created readable by the current user only."""
    return os.fdopen(os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600), "ab")


def _install_secret(path: Path) -> str:
    """A random secret of this install, written once to a file only the current user can
    read, and kept across runs."""
    if not path.exists():
        path.touch(mode=0o600)
        path.write_text(secrets.token_urlsafe(48), encoding="utf-8")
    return path.read_text(encoding="utf-8").strip()


def _install_caller_assertion_keys(run_dir: Path) -> tuple[Path, Path]:
    """This install's Ed25519 key pair for the assertions the gateway signs on each call
    to a service and the services check: the private key written once to a file only the
    current user can read, kept across runs, and its public key beside it. Not the published
    development key: with that, any program on this machine could call a service as any
    officer, past the gateway's checks and its audit."""
    private = run_dir / "caller-assertion-key.pem"
    if not private.exists():
        private.touch(mode=0o600)
        private.write_bytes(
            Ed25519PrivateKey.generate().private_bytes(
                serialization.Encoding.PEM,
                serialization.PrivateFormat.PKCS8,
                serialization.NoEncryption(),
            )
        )
    key = serialization.load_pem_private_key(private.read_bytes(), password=None)
    public = run_dir / "caller-assertion-public-keys.pem"
    public.write_bytes(
        key.public_key().public_bytes(
            serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
        )
    )
    return private, public


def _kafka_acls(*args: str) -> None:
    subprocess.run([sys.executable, str(INFRA / "kafka_acls.py"), *args], check=True)


def _kafka_client(kafka_users: Path, service: str) -> dict[str, str]:
    """A service's settings for ``make run``'s broker: SASL/SCRAM-SHA-512 on the loopback
    (as in production, without TLS), as its own user, its password from a file only the
    current user can read."""
    return {
        "PATHWAYS_KAFKA_SECURITY_PROTOCOL": "SASL_PLAINTEXT",
        "PATHWAYS_KAFKA_SASL_MECHANISM": "SCRAM-SHA-512",
        "PATHWAYS_KAFKA_USERNAME": service,
        "PATHWAYS_KAFKA_PASSWORD_FILE": str(kafka_users / f"{service}.password"),
    }


def _wait_ready(url: str, *, timeout_s: float, processes: list[subprocess.Popen[bytes]]) -> bool:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if any(p.poll() is not None for p in processes):
            return False
        try:
            with urllib.request.urlopen(f"{url}/readyz", timeout=5) as response:  # noqa: S310
                if response.status == 200:
                    return True
        except (urllib.error.URLError, OSError):
            pass
        time.sleep(0.5)
    return False


def run(args: argparse.Namespace) -> int:
    run_dir = REPO / ".local" / "run"
    logs = run_dir / "logs"
    logs.mkdir(parents=True, exist_ok=True)
    # This machine's run: data, passwords, logs. Readable by the current user only.
    run_dir.chmod(0o700)
    for log_file in logs.glob("*.log"):
        log_file.chmod(0o600)
    stop = {"requested": False}

    def request_stop(_signum: int, _frame: object) -> None:
        stop["requested"] = True

    signal.signal(signal.SIGTERM, request_stop)
    signal.signal(signal.SIGINT, request_stop)
    # Kafka authenticates and authorises each service (per-install passwords, kept).
    kafka_users = run_dir / "kafka-users"
    _kafka_acls("users", "--dir", str(kafka_users))
    with infrastructure(
        run_dir=run_dir,
        kafka_port=args.kafka_port,
        ferretdb_port=args.ferretdb_port,
        key_vault_port=args.key_vault_port,
        kafka_users=kafka_users,
    ) as addresses:
        common = _env(**addresses, PATHWAYS_ENVIRONMENT="development")
        if not _move_key_vault(env=common):
            return 1
        signing_key, checking_keys = _install_caller_assertion_keys(run_dir)
        proxy_key = _install_secret(run_dir / "console-proxy-key")
        signs = {"PATHWAYS_CALLER_ASSERTION_PRIVATE_KEY_FILE": str(signing_key)}
        checks = {"PATHWAYS_CALLER_ASSERTION_PUBLIC_KEYS_FILE": str(checking_keys)}
        specs = {
            "matching": {
                **_kafka_client(kafka_users, "matching"),
                **checks,
                "PATHWAYS_GRPC_PORT": "50051",
                # Restarts read the index snapshot and catch up from Kafka (fast at any size).
                "PATHWAYS_INDEX_SNAPSHOT_DIR": str(run_dir / "matching-index"),
            },
            "peer_groups": {
                **_kafka_client(kafka_users, "peer_groups"),
                **checks,
                "PATHWAYS_GRPC_PORT": "50052",
            },
            "gateway": {
                **_kafka_client(kafka_users, "gateway"),
                # Its own token key, not the published development one: with that, anyone
                # who read a session id could sign an access token for it.
                "PATHWAYS_JWT_SECRET": _install_secret(run_dir / "gateway-jwt-secret"),
                **signs,
                "PATHWAYS_HTTP_PORT": str(args.http_port),
                # The HTTP metrics, for a scraper: a port of their own, not the API's.
                "PATHWAYS_METRICS_PORT": str(args.metrics_port),
                "PATHWAYS_MATCHING_ADDRESS": "127.0.0.1:50051",
                "PATHWAYS_PEER_GROUPS_ADDRESS": "127.0.0.1:50052",
                # The console names each browser in X-Forwarded-For; believed from the
                # console's own source address only, not from 127.0.0.1, where any other
                # program on this machine (or an SSH tunnel) would reach the gateway.
                "PATHWAYS_TRUSTED_PROXIES": CONSOLE_SOURCE_ADDRESS,
                # And only with this install's key: any program here can bind that address.
                "PATHWAYS_TRUSTED_PROXY_KEY": proxy_key,
            },
            # The web console: a client of the gateway's public API only.
            "console": {
                "PATHWAYS_CONSOLE_PORT": str(args.console_port),
                "PATHWAYS_GATEWAY_URL": f"http://127.0.0.1:{args.http_port}",
                "PATHWAYS_CONSOLE_GATEWAY_SOURCE_ADDRESS": CONSOLE_SOURCE_ADDRESS,
                "PATHWAYS_GATEWAY_PROXY_KEY": proxy_key,
                "PATHWAYS_CONSOLE_PREFERENCES_FILE": str(run_dir / "console-preferences.json"),
            },
        }
        processes: dict[str, subprocess.Popen[bytes]] = {}
        try:
            for module, extra in specs.items():
                with _private_log(logs / f"{module}.log") as log:
                    processes[module] = subprocess.Popen(
                        [sys.executable, "-m", module],
                        env=common | extra,
                        cwd=REPO,
                        stdout=log,
                        stderr=subprocess.STDOUT,
                        start_new_session=True,
                    )
            url = f"http://127.0.0.1:{args.http_port}"
            if not _wait_ready(url, timeout_s=90, processes=list(processes.values())):
                _say(f"the system did not become ready; see the logs in {logs}")
                return 1
            _say(f"gateway ready at {url} (API docs at {url}/docs); logs in {logs}")
            _create_demo_admin(env=common | specs["gateway"], run_dir=run_dir)
            _create_demo_users(env=common, url=url, run_dir=run_dir)
            _say(
                f"console at http://127.0.0.1:{args.console_port} "
                f"(demo users and their passwords in {run_dir / 'demo-users'})"
            )
            if args.demo_survivors or args.demo_opportunities:
                with _private_log(logs / "seed.log") as log:
                    processes["seed"] = subprocess.Popen(
                        [
                            sys.executable,
                            "-m",
                            "pathways_demo",
                            "seed",
                            "--matching",
                            "127.0.0.1:50051",
                            "--survivors",
                            str(args.demo_survivors),
                            "--opportunities",
                            str(args.demo_opportunities),
                            *_homes(run_dir),
                        ],
                        # It calls matching as the demo organisations' users: signed as the
                        # gateway signs, with this install's key.
                        env=common | signs,
                        cwd=REPO,
                        stdout=log,
                        stderr=subprocess.STDOUT,
                        start_new_session=True,
                    )
                _say(f"seeding demo data in the background (progress in {logs / 'seed.log'})")
            _say("press Ctrl-C to stop everything")
            while not stop["requested"]:
                seed = processes.get("seed")
                if seed is not None and seed.poll() is not None:
                    outcome = "done" if seed.returncode == 0 else "failed"
                    _say(f"demo data seeding {outcome}; see {logs / 'seed.log'}")
                    del processes["seed"]
                dead = [name for name, p in processes.items() if p.poll() is not None]
                if dead:
                    _say(f"{', '.join(dead)} stopped unexpectedly; see {logs}")
                    return 1
                time.sleep(0.5)
            return 0
        finally:
            _say("stopping")
            for process in processes.values():
                if process.poll() is None:
                    process.send_signal(signal.SIGTERM)
            for process in processes.values():
                try:
                    process.wait(timeout=20)
                except subprocess.TimeoutExpired:
                    process.kill()


def _move_key_vault(*, env: Mapping[str, str]) -> bool:
    """Keys a run dir's earlier releases kept in the main FerretDB move to the key vault's
    own instance before any service starts (``pathways_runtime.key_vault_move``): pointed at
    an empty vault, the services would treat every survivor as erased. Nothing to move is
    the usual case and costs one query."""
    result = subprocess.run(
        [sys.executable, "-m", "pathways_runtime.field_crypto", "move-vault"],
        env=dict(env),
        cwd=REPO,
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode == 0:
        moved = json.loads(result.stdout)["moved"]
        if moved["keys"]:
            _say(f"moved {moved['keys']} data keys to the key vault's own FerretDB")
        return True
    # 2: no key vault of its own is configured, so there is nothing to move.
    if result.returncode == 2:
        return True
    _say("could not move the key vault: " + result.stderr.strip()[-300:])
    _say(
        "nothing was changed. The data under .local/run is this machine's local run; to start "
        "afresh with new demo data, stop here and move .local/run away (or `make clean`, which "
        "also removes the virtualenv); a deployment reconciles by hand (docs/data-protection.md)"
    )
    return False


def _create_demo_admin(*, env: Mapping[str, str], run_dir: Path) -> None:
    """A platform administrator for trying the API locally (development only).

    The password is random, written once to a file only the current user can read, never
    printed, and the account is created only if it does not exist yet.
    """
    password_file = run_dir / "demo-admin-password"
    if password_file.exists():
        _say(f"demo administrator 'admin' exists; password in {password_file}")
        return
    password = secrets.token_urlsafe(18)
    result = subprocess.run(
        [sys.executable, "-m", "gateway", "create-admin", "--username", "admin"],
        input=f"{password}\n",
        env=dict(env),
        cwd=REPO,
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0:
        _say("could not create the demo administrator: " + result.stderr.strip()[-300:])
        return
    password_file.touch(mode=0o600)
    password_file.write_text(password + "\n")
    _say(f"demo administrator 'admin' created; password in {password_file}")


def _homes(run_dir: Path) -> list[str]:
    """The seed's ``--homes`` when the demo users' organisations are known (a ``.local/``
    from before they were written keeps its data where it is)."""
    homes = run_dir / "demo-homes.json"
    return ["--homes", str(homes)] if homes.exists() else []


def _create_demo_users(*, env: Mapping[str, str], url: str, run_dir: Path) -> None:
    """One user per role (officer, employer, provider, facilitator) for the console; their
    random passwords go to a 0600 file, never to the terminal (``python -m console demo-users``)."""
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "console",
            "demo-users",
            "--gateway",
            url,
            "--admin-username",
            "admin",
            "--admin-password-file",
            str(run_dir / "demo-admin-password"),
            "--output",
            str(run_dir / "demo-users"),
            "--homes",
            str(run_dir / "demo-homes.json"),
        ],
        env=dict(env),
        cwd=REPO,
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode == 0:
        _say(result.stdout.strip())
    else:
        _say("could not create the demo users: " + result.stderr.strip()[-300:])


def test(args: argparse.Namespace) -> int:
    run_dir = Path(args.run_dir) if args.run_dir else REPO / ".local" / "test-run"
    with infrastructure(
        run_dir=run_dir,
        kafka_port=args.kafka_port,
        ferretdb_port=args.ferretdb_port,
        key_vault_port=args.key_vault_port,
    ) as addresses:
        env = _env(
            PATHWAYS_TEST_KAFKA_BOOTSTRAP=addresses["PATHWAYS_KAFKA_BOOTSTRAP"],
            PATHWAYS_TEST_MONGODB_URI=addresses["PATHWAYS_MONGODB_URI"],
            PATHWAYS_TEST_KEY_VAULT_URI=addresses["PATHWAYS_FIELD_CRYPTO_KEY_VAULT_URI"],
        )
        pytest_args = [a for a in args.pytest_args if a != "--"]
        result = subprocess.run(
            [sys.executable, "-m", "pytest", *pytest_args], env=env, cwd=REPO, check=False
        )
        return result.returncode


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    run_parser = commands.add_parser("run", help="the whole system, in the foreground")
    run_parser.add_argument("--http-port", type=int, default=8000)
    run_parser.add_argument("--console-port", type=int, default=8080)
    run_parser.add_argument("--metrics-port", type=int, default=9464)
    run_parser.add_argument("--kafka-port", type=int, default=9092)
    run_parser.add_argument("--ferretdb-port", type=int, default=27017)
    run_parser.add_argument("--key-vault-port", type=int, default=27027)
    run_parser.add_argument("--demo-survivors", type=int, default=200)
    run_parser.add_argument("--demo-opportunities", type=int, default=300)
    run_parser.set_defaults(handler=run)
    test_parser = commands.add_parser("test", help="the test suite against real Kafka and FerretDB")
    test_parser.add_argument("--kafka-port", type=int, default=29092)
    test_parser.add_argument("--ferretdb-port", type=int, default=37017)
    test_parser.add_argument("--key-vault-port", type=int, default=37027)
    test_parser.add_argument(
        "--run-dir", default="", help="data and logs of this stack (default .local/test-run)"
    )
    test_parser.add_argument("pytest_args", nargs=argparse.REMAINDER)
    test_parser.set_defaults(handler=test)
    args = parser.parse_args()
    if args.command == "test":
        # A SIGTERM (CI timeout, kill) unwinds like Ctrl-C, so the stack is still stopped.
        signal.signal(signal.SIGTERM, lambda _signum, _frame: sys.exit(143))
    return int(args.handler(args))


if __name__ == "__main__":
    sys.exit(main())
