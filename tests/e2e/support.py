"""What the end-to-end journeys share: real processes, logins and a small HTTP client.

The services run as real processes over sockets (``tests/support/processes.py``); the
first administrator is made by the real ``create-admin`` CLI. Every start waits for the
process to be ready (gRPC health SERVING, or the gateway's ``/healthz``) with a deadline,
and fails with the process's log tail, never silently.
"""

from __future__ import annotations

import subprocess
import sys
import uuid
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx2 as httpx
import pytest

from tests.support.grpc_health import health_status
from tests.support.processes import REPO_ROOT, ServiceProcess, _service_env, free_port, wait_until

__all__ = [
    "GIVEN_PASSWORD",
    "PASSWORD",
    "SECOND_ADMIN",
    "Client",
    "RunningSystem",
    "approve",
    "login",
    "organisation",
    "running_system",
    "share",
    "start_gateway",
    "start_grpc_service",
    "user",
]

PASSWORD = "correct horse battery staple"
#: What the administrator types when creating a user: temporary, replaced by ``PASSWORD``
#: at the user's first sign-in (the gateway requires it).
GIVEN_PASSWORD = "a temporary passphrase typed by the admin"
#: The first password a member chose for an account they approved (the administrator's
#: then stops working; the person replaces it at first sign-in).
APPROVER_PASSWORD = "a first passphrase a member handed over 58"
#: Roles that may approve an account of a role in its organisation (the gateway's rule,
#: written again here: an NGO's officers approve its facilitators too).
_APPROVERS = {
    "facilitator": ("facilitator", "reintegration_officer"),
}
#: An administrator the operator makes beside ``root.admin`` (``start_gateway``).
SECOND_ADMIN = "second.admin"
#: organisation id -> [(username, role)] of the accounts ``user`` made there, approved.
_MEMBERS: dict[str, list[tuple[str, str]]] = {}


def start_grpc_service(
    module: str, *, port: int, env: Mapping[str, str], log_path: Path
) -> ServiceProcess:
    """``python -m <module>`` on ``port``, returned once it reports SERVING."""
    process = ServiceProcess(
        module=module,
        env={"PATHWAYS_GRPC_PORT": str(port), "PATHWAYS_HEALTH_CHECK_INTERVAL_S": "0.5", **env},
        log_path=log_path,
    ).start()
    address = f"127.0.0.1:{port}"
    if not wait_until(lambda: health_status(address) == "SERVING", timeout_s=90):
        process.stop()
        pytest.fail(f"{module} did not become SERVING:\n" + process.log_text()[-4000:])
    return process


def start_gateway(*, env: Mapping[str, str], log_path: Path) -> tuple[ServiceProcess, str]:
    """The first administrator (``root.admin``) by the CLI, then the gateway; its URL."""
    http_port = free_port()
    settings = {
        "PATHWAYS_HTTP_PORT": str(http_port),
        "PATHWAYS_ARGON2_TIME_COST": "1",
        "PATHWAYS_ARGON2_MEMORY_COST_KIB": "1024",
        "PATHWAYS_ARGON2_PARALLELISM": "1",
        "PATHWAYS_BACKEND_TIMEOUT_S": "5",
        **env,
    }
    # Two administrators by the operator's CLI: the second approves the accounts the
    # first creates in the platform's organisation (``user``).
    for admin_name in ("root.admin", SECOND_ADMIN):
        created = subprocess.run(
            [sys.executable, "-m", "gateway", "create-admin", "--username", admin_name],
            input=PASSWORD + "\n",
            env=_service_env(settings),
            cwd=REPO_ROOT,
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
        assert created.returncode == 0, created.stderr
    gateway = ServiceProcess(module="gateway", env=settings, log_path=log_path).start()
    url = f"http://127.0.0.1:{http_port}"

    def up() -> bool:
        try:
            return httpx.get(f"{url}/healthz", timeout=2).status_code == 200
        except httpx.TransportError:
            return False

    if not wait_until(up, timeout_s=60):
        gateway.stop()
        pytest.fail("the gateway did not start:\n" + gateway.log_text()[-3000:])
    return gateway, url


class Client:
    """A logged-in caller: a fresh Idempotency-Key on every POST unless one is given."""

    def __init__(self, url: str, token: str) -> None:
        self.url = url
        self.token = token

    def _headers(self, method: str, extra: Mapping[str, str]) -> dict[str, str]:
        headers = {"Authorization": f"Bearer {self.token}"}
        if method == "POST":
            headers["Idempotency-Key"] = uuid.uuid4().hex
        return headers | dict(extra)

    def call(self, method: str, path: str, *, json: Any = None, **extra: str) -> httpx.Response:
        return httpx.request(
            method, self.url + path, json=json, headers=self._headers(method, extra), timeout=30
        )

    def ok(self, method: str, path: str, *, json: Any = None, **extra: str) -> httpx.Response:
        response = self.call(method, path, json=json, **extra)
        assert 200 <= response.status_code < 300, f"{method} {path}: {response.text}"
        return response


def login(url: str, username: str) -> Client:
    response = httpx.post(
        f"{url}/v1/auth/token", data={"username": username, "password": PASSWORD}, timeout=15
    )
    assert response.status_code == 200, response.text
    return Client(url, response.json()["access_token"])


def organisation(admin: Client, kind: str, *, vet: bool = False) -> str:
    body = {"name": f"{kind} {uuid.uuid4().hex[:8]}", "type": kind, "country": "TH"}
    created = admin.ok("POST", "/v1/organisations", json=body).json()
    if vet:
        admin.ok(
            "POST",
            f"/v1/organisations/{created['id']}/vetting",
            **{"If-Match": f'"{created["version"]}"'},
        )
    return str(created["id"])


def approve(url: str, organisation_id: str, account: Mapping[str, Any]) -> None:
    """A pending ``account`` (as ``GET /v1/users/{id}`` shows it) approved by a member
    ``user`` made in the organisation before, of a role that may (the second administrator
    for one of the platform's)."""
    role = str(account["role"])
    approver = (
        SECOND_ADMIN
        if role == "platform_admin"
        else next(
            name
            for name, held in _MEMBERS.get(organisation_id, [])
            if held in _APPROVERS.get(role, (role,)) and name != account["username"]
        )
    )
    decision = {"decision": "approve"}
    if account.get("password_change_required"):
        decision["password"] = APPROVER_PASSWORD
    login(url, approver).ok(
        "POST",
        f"/v1/users/{account['id']}/approval",
        json=decision,
        **{"If-Match": f'"{account["version"]}"'},
    )


def user(admin: Client, organisation_id: str, role: str) -> str:
    """A user of ``role`` in the organisation, signed in once to choose ``PASSWORD`` (the
    administrator's password is temporary), and approved by a member made here before when
    the organisation has one (every later account of an organisation waits for that)."""
    username = f"{role}.{uuid.uuid4().hex[:8]}"
    created = admin.ok(
        "POST",
        "/v1/users",
        json={
            "organisation_id": organisation_id,
            "username": username,
            "role": role,
            "password": GIVEN_PASSWORD,
        },
    ).json()
    given = GIVEN_PASSWORD
    if created["approval"] == "pending":
        approve(admin.url, organisation_id, created)
        given = APPROVER_PASSWORD
    chosen = httpx.post(
        f"{admin.url}/v1/auth/token",
        data={"username": username, "password": given, "new_password": PASSWORD},
        timeout=15,
    )
    assert chosen.status_code == 200, chosen.text
    _MEMBERS.setdefault(organisation_id, []).append((username, role))
    return username


def share(admin: Client, ngo: str, partner: str) -> None:
    """The NGO shares its survivors with ``partner``'s peer groups: proposed by the
    administrator, accepted by an officer of the NGO (one ``user`` made there, else a new
    one): nothing is shared before the NGO accepts."""
    admin.ok("PUT", f"/v1/organisations/{ngo}/partners/{partner}")
    officer = next(
        (name for name, role in _MEMBERS.get(ngo, []) if role == "reintegration_officer"), None
    ) or user(admin, ngo, "reintegration_officer")
    login(admin.url, officer).ok("POST", f"/v1/organisations/{ngo}/partners/{partner}/acceptance")


@dataclass(frozen=True)
class RunningSystem:
    url: str
    gateway: ServiceProcess


@contextmanager
def running_system(
    tmp: Path,
    *,
    mongodb_uri: str,
    kafka_bootstrap: str,
    gateway_env: Mapping[str, str] = {},
    service_env: Mapping[str, str] = {},
) -> Iterator[RunningSystem]:
    """Matching, peer groups and the gateway as real processes, each with a fresh database;
    yields the gateway (its URL and process) and stops all three (in reverse order).
    ``service_env`` is given to all three (and to the gateway's ``create-admin``)."""
    name = uuid.uuid4().hex[:10]
    common = {
        **service_env,
        "PATHWAYS_KAFKA_BOOTSTRAP": kafka_bootstrap,
        "PATHWAYS_MONGODB_URI": mongodb_uri,
    }
    matching_port, peer_groups_port = free_port(), free_port()
    processes: list[ServiceProcess] = []
    try:
        processes.append(
            start_grpc_service(
                "matching",
                port=matching_port,
                env=common | {"PATHWAYS_MONGODB_DATABASE": f"m_{name}"},
                log_path=tmp / "matching.log",
            )
        )
        processes.append(
            start_grpc_service(
                "peer_groups",
                port=peer_groups_port,
                env=common
                | {
                    "PATHWAYS_MONGODB_DATABASE": f"p_{name}",
                    "PATHWAYS_SURVIVOR_EVENTS_GROUP": f"peer_groups_{name}",
                },
                log_path=tmp / "peer_groups.log",
            )
        )
        gateway, url = start_gateway(
            env=common
            | {
                "PATHWAYS_MONGODB_DATABASE": f"gw_{name}",
                "PATHWAYS_MATCHING_ADDRESS": f"127.0.0.1:{matching_port}",
                "PATHWAYS_PEER_GROUPS_ADDRESS": f"127.0.0.1:{peer_groups_port}",
                # Every test client signs in from 127.0.0.1, each user twice at least (the
                # first sign-in chooses the password) and approvers once more: a per-address
                # budget meant for one person's browser would throttle the tests, not test
                # anything (the limits have tests of their own).
                "PATHWAYS_LOGIN_LIMIT_PER_IP": "600",
                **gateway_env,
            },
            log_path=tmp / "gateway.log",
        )
        processes.append(gateway)
        yield RunningSystem(url=url, gateway=gateway)
    finally:
        for process in reversed(processes):
            process.stop()
