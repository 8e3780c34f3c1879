"""Passwords and audit reads through a real gateway process on the shared FerretDB.

Passwords: every place a password is set (``POST /v1/users`` and ``python -m gateway
create-admin``) refuses a weak one as NIST SP 800-63B asks: a password on the shipped
list of leaked passwords, twelve identical characters, a run of digits, the username or
the service's name inside. The API answers 422 with the error located at
``body.password`` and creates nothing; the CLI exits non-zero and writes nothing. Neither
ever repeats the password.

Audit reads: reading the trail appends a record of its own (``audit.read``, purpose
``audit_review``) naming the reader, the request and the kinds of filter used, and the
hash chain still verifies with ``python -m gateway verify-audit``.
"""

from __future__ import annotations

import json
import subprocess
import sys
import uuid
from collections.abc import Iterator
from typing import Any

import httpx2 as httpx
import pytest
from pymongo import MongoClient

from gateway.adapters.mongo_audit import MongoAuditStore
from gateway.audit.records import Purpose
from gateway.audit.service import record_access
from gateway.auth.principal import Principal
from gateway.auth.roles import Role
from gateway.bootstrap import SystemClock
from gateway.config import GatewaySettings
from tests.support.processes import (
    REPO_ROOT,
    ServiceProcess,
    _service_env,
    free_port,
    run_module,
    wait_until,
)

ADMIN_PASSWORD = "Sokha loves green mangoes"
PASSWORD = "kd8wq2mz7rtp monsoon lanterns"
CHAIN_SECRET = "live-audit-reads-chain-secret-0123456789"

USERNAME = "vannak.officer"


def _weak(username: str) -> list[tuple[str, str]]:
    """(password, why it is weak) for a user named ``username``."""
    return [
        ("password1234", "on the list of leaked passwords"),
        ("aaaaaaaaaaaa", "twelve identical characters"),
        ("123456789012", "a run of digits"),
        (f"{username}!Q7x#m2", "the username inside"),
        ("Pathways-Login-2025", "the service's name inside"),
    ]


def _env(*, mongodb_uri: str, database: str, **extra: str) -> dict[str, str]:
    return {
        "PATHWAYS_MONGODB_URI": mongodb_uri,
        "PATHWAYS_MONGODB_DATABASE": database,
        "PATHWAYS_AUDIT_CHAIN_SECRET": CHAIN_SECRET,
        "PATHWAYS_ARGON2_TIME_COST": "1",
        "PATHWAYS_ARGON2_MEMORY_COST_KIB": "1024",
        "PATHWAYS_ARGON2_PARALLELISM": "1",
        **extra,
    }


def _create_admin(env: dict[str, str], *, username: str, password: str) -> Any:
    return subprocess.run(
        [sys.executable, "-m", "gateway", "create-admin", "--username", username],
        input=password + "\n",
        env=_service_env(env),
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


@pytest.fixture(scope="module")
def gateway(
    tmp_path_factory: pytest.TempPathFactory, mongodb_uri: str, kafka_bootstrap: str
) -> Iterator[dict[str, str]]:
    tmp = tmp_path_factory.mktemp("gateway")
    port = free_port()
    database = f"gw_{uuid.uuid4().hex[:10]}"
    env = _env(
        mongodb_uri=mongodb_uri,
        database=database,
        PATHWAYS_KAFKA_BOOTSTRAP=kafka_bootstrap,
        PATHWAYS_HTTP_PORT=str(port),
        PATHWAYS_LOGIN_LIMIT_PER_IP="1000",
        PATHWAYS_LOGIN_LIMIT_PER_USERNAME="1000",
        PATHWAYS_LOGIN_LIMIT_PER_ACCOUNT="1000",
        PATHWAYS_WRITE_LIMIT_PER_USER="1000",
        PATHWAYS_WRITE_LIMIT_PER_IP="1000",
        PATHWAYS_MATCHING_ADDRESS=f"127.0.0.1:{free_port()}",
        PATHWAYS_PEER_GROUPS_ADDRESS=f"127.0.0.1:{free_port()}",
    )
    created = _create_admin(env, username="root.admin", password=ADMIN_PASSWORD)
    assert created.returncode == 0, created.stderr
    process = ServiceProcess(module="gateway", env=env, log_path=tmp / "gateway.log").start()
    url = f"http://127.0.0.1:{port}"

    def up() -> bool:
        try:
            return httpx.get(f"{url}/healthz", timeout=2).status_code == 200
        except httpx.TransportError:
            return False

    try:
        assert wait_until(up, timeout_s=60), process.log_text()[-3000:]
        yield {"url": url, "database": database, "mongodb_uri": mongodb_uri}
    finally:
        process.stop()
        _drop(mongodb_uri, database)
    log = process.log_text()
    for password, _why in _weak(USERNAME):
        assert password not in log
    assert PASSWORD not in log


def _drop(mongodb_uri: str, database: str) -> None:
    client: MongoClient[Any] = MongoClient(mongodb_uri)
    try:
        client.drop_database(database)
    finally:
        client.close()


def _bearer(token: str, **extra: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}", **extra}


#: What a new user chooses at their first sign-in, replacing the administrator's.
OWN_PASSWORD = "a passphrase only the officer knows 7"


def _login(url: str, username: str, password: str) -> httpx.Response:
    return httpx.post(
        f"{url}/v1/auth/token", data={"username": username, "password": password}, timeout=15
    )


def _token(url: str, username: str, password: str) -> str:
    answer = _login(url, username, password)
    assert answer.status_code == 200, answer.text
    return str(answer.json()["access_token"])


def _organisation(url: str, admin: str) -> str:
    answer = httpx.post(
        f"{url}/v1/organisations",
        json={"name": f"NGO {uuid.uuid4().hex[:8]}", "type": "ngo", "country": "KH"},
        headers=_bearer(admin, **{"Idempotency-Key": uuid.uuid4().hex}),
        timeout=15,
    )
    assert answer.status_code == 201, answer.text
    return str(answer.json()["id"])


def _new_user(url: str, admin: str, *, organisation_id: str, username: str, password: str) -> Any:
    return httpx.post(
        f"{url}/v1/users",
        json={
            "organisation_id": organisation_id,
            "username": username,
            "role": "reintegration_officer",
            "password": password,
        },
        headers=_bearer(admin, **{"Idempotency-Key": uuid.uuid4().hex}),
        timeout=15,
    )


def _audit_store(gateway: dict[str, str], client: MongoClient[Any]) -> MongoAuditStore:
    key = GatewaySettings(audit_chain_secret=CHAIN_SECRET).audit_chain_key
    return MongoAuditStore(client[gateway["database"]], chain_key=key)


def _verify(gateway: dict[str, str]) -> dict[str, Any]:
    done = run_module(
        "gateway",
        ["verify-audit"],
        env=_env(mongodb_uri=gateway["mongodb_uri"], database=gateway["database"]),
    )
    assert done.returncode == 0, done.stderr
    report: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return report


def test_user_creation_refuses_each_weak_password_at_body_password_and_accepts_a_strong_one(
    gateway: dict[str, str],
) -> None:
    url = gateway["url"]
    admin = _token(url, "root.admin", ADMIN_PASSWORD)
    ngo = _organisation(url, admin)
    for password, why in _weak(USERNAME):
        answer = _new_user(url, admin, organisation_id=ngo, username=USERNAME, password=password)
        assert answer.status_code == 422, (why, answer.text)
        assert answer.headers["content-type"] == "application/problem+json"
        problem = answer.json()
        assert problem["type"] == "/problems/validation-error", why
        assert problem["errors"], why
        assert {tuple(error["loc"]) for error in problem["errors"]} == {("body", "password")}
        assert password not in answer.text, why
        # Nothing was created: the name is still free and nobody logs in with it.
        assert _login(url, USERNAME, password).status_code == 400, why

    accepted = _new_user(url, admin, organisation_id=ngo, username=USERNAME, password=PASSWORD)
    assert accepted.status_code == 201, accepted.text
    # Taken: the right password, the administrator's, asks for the user's own.
    first = _login(url, USERNAME, PASSWORD)
    assert first.status_code == 403, first.text
    assert first.json()["type"] == "/problems/password-change-required"


def test_create_admin_refuses_each_weak_password_and_writes_nothing(
    mongodb_uri: str, unique_name: str
) -> None:
    name = f"gw_{unique_name}"
    env = _env(mongodb_uri=mongodb_uri, database=name)
    client: MongoClient[Any] = MongoClient(mongodb_uri)
    try:
        for password, why in _weak("root.admin"):
            refused = _create_admin(env, username="root.admin", password=password)
            assert refused.returncode != 0, why
            assert "password" in refused.stderr, why
            assert password not in refused.stdout + refused.stderr, why
        assert client[name].users.count_documents({}) == 0
        assert client[name].organisations.count_documents({}) == 0
        created = _create_admin(env, username="root.admin", password=ADMIN_PASSWORD)
        assert created.returncode == 0, created.stderr
        assert client[name].users.count_documents({}) == 1
    finally:
        client.close()
        _drop(mongodb_uri, name)


def test_reading_the_audit_trail_is_recorded_naming_the_reader_and_the_chain_verifies(
    gateway: dict[str, str],
) -> None:
    url = gateway["url"]
    admin = _token(url, "root.admin", ADMIN_PASSWORD)
    admin_id = httpx.get(f"{url}/v1/me", headers=_bearer(admin), timeout=10).json()["user_id"]
    ngo = _organisation(url, admin)
    officer_name = f"officer.{uuid.uuid4().hex[:8]}"
    made = _new_user(url, admin, organisation_id=ngo, username=officer_name, password=PASSWORD)
    assert made.status_code == 201, made.text
    chosen = httpx.post(
        f"{url}/v1/auth/token",
        data={"username": officer_name, "password": PASSWORD, "new_password": OWN_PASSWORD},
        timeout=15,
    )
    assert chosen.status_code == 200, chosen.text
    officer = _token(url, officer_name, OWN_PASSWORD)
    officer_id = made.json()["id"]
    survivor_id = f"srv-live-{uuid.uuid4().hex[:8]}"

    client: MongoClient[Any] = MongoClient(gateway["mongodb_uri"], tz_aware=True)
    try:
        store = _audit_store(gateway, client)
        # An access to a survivor, as the survivor routes record it.
        record_access(
            store=store,
            clock=SystemClock(),
            principal=Principal(
                user_id=officer_id,
                organisation_id=ngo,
                role=Role.REINTEGRATION_OFFICER,
                session_id="live",
            ),
            action="survivor.read",
            purpose=Purpose.CASE_MANAGEMENT,
            request_id="live-audit-reads",
            survivor_id=survivor_id,
            survivor_organisation_id=ngo,
        )
    finally:
        client.close()

    # The administrator reads the user-creation records.
    listing = httpx.get(
        f"{url}/v1/audit",
        params={"action": "user.create", "since": "2020-01-01T00:00:00Z"},
        headers=_bearer(admin),
        timeout=10,
    )
    assert listing.status_code == 200, listing.text
    reads = httpx.get(
        f"{url}/v1/audit", params={"action": "audit.read"}, headers=_bearer(admin), timeout=10
    ).json()["items"]
    [admin_read] = [r for r in reads if r["request_id"] == listing.headers["x-request-id"]]
    assert (admin_read["user_id"], admin_read["role"]) == (admin_id, "platform_admin")
    assert (admin_read["purpose"], admin_read["outcome"]) == ("audit_review", "succeeded")
    assert admin_read["target_id"] == "audit-query:action,since"  # kinds, never the values
    assert admin_read["survivor_id"] is None

    # The officer reads their survivor's trail; the read joins that survivor's trail.
    first = httpx.get(
        f"{url}/v1/audit", params={"survivor_id": survivor_id}, headers=_bearer(officer), timeout=10
    )
    assert first.status_code == 200, first.text
    assert [r["action"] for r in first.json()["items"]] == ["survivor.read"]
    second = httpx.get(
        f"{url}/v1/audit", params={"survivor_id": survivor_id}, headers=_bearer(officer), timeout=10
    ).json()["items"]
    assert [r["action"] for r in second] == ["audit.read", "survivor.read"]
    officer_read = second[0]
    assert officer_read["user_id"] == officer_id
    assert officer_read["request_id"] == first.headers["x-request-id"]
    assert officer_read["survivor_id"] == survivor_id
    assert officer_read["target_id"] == "audit-query:survivor_id"

    report = _verify(gateway)
    assert report["intact"] is True
    assert report["checked"] >= 4  # the seeded access, and at least three reads
