"""Identity, access and the HTTP machinery against real FerretDB over a real HTTP server.

The gateway runs as its own process (``python -m gateway``) on a free port with a database
of its own; the first admin is created with the real CLI (password on stdin).
"""

from __future__ import annotations

import subprocess
import sys
import time
import uuid

import httpx2 as httpx
import pytest

from gateway.adapters.mongo_audit import MongoAuditStore
from gateway.audit.records import Purpose
from gateway.audit.service import record_access
from gateway.auth.principal import Principal
from gateway.auth.roles import Role
from gateway.bootstrap import SystemClock
from tests.support.processes import REPO_ROOT, ServiceProcess, _service_env, free_port, wait_until

PASSWORD = "correct horse battery staple"


@pytest.fixture(scope="module")
def gateway(tmp_path_factory, mongodb_uri, kafka_bootstrap):
    tmp = tmp_path_factory.mktemp("gateway")
    port = free_port()
    env = {
        "PATHWAYS_MONGODB_URI": mongodb_uri,
        "PATHWAYS_MONGODB_DATABASE": f"gw_{uuid.uuid4().hex[:10]}",
        "PATHWAYS_KAFKA_BOOTSTRAP": kafka_bootstrap,
        "PATHWAYS_HTTP_PORT": str(port),
        "PATHWAYS_ARGON2_TIME_COST": "1",
        "PATHWAYS_ARGON2_MEMORY_COST_KIB": "1024",
        "PATHWAYS_ARGON2_PARALLELISM": "1",
        "PATHWAYS_LOCKOUT_THRESHOLD": "3",
        "PATHWAYS_LOCKOUT_PERIOD_S": "3",
        "PATHWAYS_LOGIN_LIMIT_PER_IP": "1000",
        "PATHWAYS_LOGIN_LIMIT_PER_USERNAME": "1000",
        "PATHWAYS_WRITE_LIMIT_PER_USER": "40",
        "PATHWAYS_WRITE_LIMIT_PER_IP": "1000",
        "PATHWAYS_MATCHING_ADDRESS": f"127.0.0.1:{free_port()}",
        "PATHWAYS_PEER_GROUPS_ADDRESS": f"127.0.0.1:{free_port()}",
    }
    created = subprocess.run(
        [sys.executable, "-m", "gateway", "create-admin", "--username", "root.admin"],
        input=PASSWORD + "\n",
        env=_service_env(env),
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert created.returncode == 0, created.stderr
    assert PASSWORD not in created.stdout + created.stderr
    process = ServiceProcess(module="gateway", env=env, log_path=tmp / "gateway.log").start()
    url = f"http://127.0.0.1:{port}"

    def up() -> bool:
        try:
            return httpx.get(f"{url}/healthz", timeout=2).status_code == 200
        except httpx.TransportError:
            return False

    try:
        assert wait_until(up, timeout_s=60), process.log_text()[-3000:]
        yield {"url": url, "process": process, "database": env["PATHWAYS_MONGODB_DATABASE"]}
    finally:
        process.stop()
    assert PASSWORD not in process.log_text()


def _login(url: str, username: str, password: str = PASSWORD) -> httpx.Response:
    return httpx.post(
        f"{url}/v1/auth/token", data={"username": username, "password": password}, timeout=15
    )


def _bearer(token: str, **extra: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}", **extra}


def _key() -> dict[str, str]:
    return {"Idempotency-Key": uuid.uuid4().hex}


def _admin(url: str) -> str:
    response = _login(url, "root.admin")
    assert response.status_code == 200, response.text
    return response.json()["access_token"]


def _organisation(url: str, admin: str, kind: str) -> dict:
    response = httpx.post(
        f"{url}/v1/organisations",
        json={"name": f"{kind} {uuid.uuid4().hex[:8]}", "type": kind, "country": "KH"},
        headers=_bearer(admin, **_key()),
        timeout=15,
    )
    assert response.status_code == 201, response.text
    return response.json()


def _user(url: str, admin: str, organisation_id: str, role: str) -> str:
    username = f"{role}.{uuid.uuid4().hex[:8]}"
    response = httpx.post(
        f"{url}/v1/users",
        json={
            "organisation_id": organisation_id,
            "username": username,
            "role": role,
            "password": PASSWORD,
        },
        headers=_bearer(admin, **_key()),
        timeout=15,
    )
    assert response.status_code == 201, response.text
    return username


def test_admin_vets_an_employer_whose_users_can_then_log_in(gateway) -> None:
    url = gateway["url"]
    admin = _admin(url)
    employer = _organisation(url, admin, "employer")
    assert employer["vetting"] == "pending"
    username = _user(url, admin, employer["id"], "employer")

    refused = _login(url, username)
    assert refused.status_code == 403
    assert refused.json()["type"] == "/problems/organisation-not-vetted"

    read = httpx.get(f"{url}/v1/organisations/{employer['id']}", headers=_bearer(admin), timeout=10)
    vetted = httpx.post(
        f"{url}/v1/organisations/{employer['id']}/vetting",
        headers=_bearer(admin, **_key(), **{"If-Match": read.headers["etag"]}),
        timeout=10,
    )
    assert vetted.status_code == 200, vetted.text
    assert vetted.json()["vetting"] == "vetted"
    assert _login(url, username).status_code == 200


def test_refresh_rotates_and_reuse_ends_the_session(gateway) -> None:
    url = gateway["url"]
    first = _login(url, "root.admin").json()
    second = httpx.post(
        f"{url}/v1/auth/refresh", json={"refresh_token": first["refresh_token"]}, timeout=10
    )
    assert second.status_code == 200
    second_tokens = second.json()
    assert second_tokens["refresh_token"] != first["refresh_token"]
    assert (
        httpx.get(
            f"{url}/v1/me", headers=_bearer(second_tokens["access_token"]), timeout=10
        ).status_code
        == 200
    )

    replay = httpx.post(
        f"{url}/v1/auth/refresh", json={"refresh_token": first["refresh_token"]}, timeout=10
    )
    assert replay.status_code == 400
    assert replay.json()["type"] == "/problems/invalid-grant"
    # The whole family is gone: the newest refresh token and its access token too.
    assert (
        httpx.post(
            f"{url}/v1/auth/refresh",
            json={"refresh_token": second_tokens["refresh_token"]},
            timeout=10,
        ).status_code
        == 400
    )
    assert (
        httpx.get(
            f"{url}/v1/me", headers=_bearer(second_tokens["access_token"]), timeout=10
        ).status_code
        == 401
    )


def test_lock_out_after_failures_then_recovery(gateway) -> None:
    url = gateway["url"]
    admin = _admin(url)
    ngo = _organisation(url, admin, "ngo")
    username = _user(url, admin, ngo["id"], "reintegration_officer")
    for _ in range(3):
        assert _login(url, username, "not the password").status_code == 400
    locked = _login(url, username)
    assert locked.status_code == 400
    assert locked.json() == _login(url, "no.such.user").json()
    time.sleep(3.5)
    assert _login(url, username).status_code == 200


def test_logout_revokes_at_once(gateway) -> None:
    url = gateway["url"]
    tokens = _login(url, "root.admin").json()
    headers = _bearer(tokens["access_token"])
    assert httpx.get(f"{url}/v1/me", headers=headers, timeout=10).status_code == 200
    assert httpx.post(f"{url}/v1/auth/logout", headers=headers, timeout=10).status_code == 204
    after = httpx.get(f"{url}/v1/me", headers=headers, timeout=10)
    assert after.status_code == 401
    assert after.headers["www-authenticate"] == "Bearer"
    assert (
        httpx.post(
            f"{url}/v1/auth/refresh", json={"refresh_token": tokens["refresh_token"]}, timeout=10
        ).status_code
        == 400
    )


def test_idempotent_post_replays_and_creates_one_organisation(gateway) -> None:
    url = gateway["url"]
    admin = _admin(url)
    key = _key()
    body = {"name": f"Replay {uuid.uuid4().hex[:8]}", "type": "ngo", "country": "TH"}
    first = httpx.post(
        f"{url}/v1/organisations", json=body, headers=_bearer(admin, **key), timeout=10
    )
    again = httpx.post(
        f"{url}/v1/organisations", json=body, headers=_bearer(admin, **key), timeout=10
    )
    assert first.status_code == again.status_code == 201
    assert again.json() == first.json()
    assert again.headers["idempotent-replayed"] == "true"
    listed = httpx.get(f"{url}/v1/organisations?limit=200", headers=_bearer(admin), timeout=10)
    assert [o["name"] for o in listed.json()["items"]].count(body["name"]) == 1
    other = httpx.post(
        f"{url}/v1/organisations",
        json=body | {"country": "VN"},
        headers=_bearer(admin, **key),
        timeout=10,
    )
    assert other.status_code == 422


def test_stale_if_match_is_412_and_changes_nothing(gateway) -> None:
    url = gateway["url"]
    admin = _admin(url)
    ngo = _organisation(url, admin, "ngo")
    username = _user(url, admin, ngo["id"], "reintegration_officer")
    users = httpx.get(
        f"{url}/v1/users?organisation_id={ngo['id']}", headers=_bearer(admin), timeout=10
    )
    user = users.json()["items"][0]
    assert user["username"] == username
    etag = httpx.get(f"{url}/v1/users/{user['id']}", headers=_bearer(admin), timeout=10).headers[
        "etag"
    ]
    changed = httpx.patch(
        f"{url}/v1/users/{user['id']}",
        json={"role": "facilitator"},
        headers=_bearer(admin, **{"If-Match": etag}),
        timeout=10,
    )
    assert changed.status_code == 200
    stale = httpx.patch(
        f"{url}/v1/users/{user['id']}",
        json={"disabled": True},
        headers=_bearer(admin, **{"If-Match": etag}),
        timeout=10,
    )
    assert stale.status_code == 412
    assert stale.headers["content-type"] == "application/problem+json"
    assert (
        httpx.get(f"{url}/v1/users/{user['id']}", headers=_bearer(admin), timeout=10).json()[
            "disabled"
        ]
        is False
    )
    missing = httpx.patch(
        f"{url}/v1/users/{user['id']}", json={"disabled": True}, headers=_bearer(admin), timeout=10
    )
    assert missing.status_code == 428


def test_writes_past_the_limit_answer_429_with_retry_after(gateway) -> None:
    url = gateway["url"]
    admin = _admin(url)
    platform_id = httpx.get(f"{url}/v1/me", headers=_bearer(admin), timeout=10).json()[
        "organisation_id"
    ]
    busy = _user(url, admin, platform_id, "platform_admin")
    token = _login(url, busy).json()["access_token"]
    statuses = []
    for i in range(41):
        response = httpx.post(
            f"{url}/v1/organisations",
            json={"name": f"Burst {uuid.uuid4().hex[:8]} {i}", "type": "ngo", "country": "TH"},
            headers=_bearer(token, **_key()),
            timeout=10,
        )
        statuses.append(response.status_code)
        if response.status_code == 429:
            assert int(response.headers["retry-after"]) >= 1
            assert response.json()["type"] == "/problems/rate-limited"
            break
    # The window may roll over mid-burst; then the next window's 40 apply.
    assert statuses[-1] == 429 or len(statuses) == 41
    assert statuses.count(201) >= 1


def test_audit_is_queryable_by_admins_and_scoped_for_officers(gateway, mongo_client) -> None:
    url = gateway["url"]
    admin = _admin(url)
    ngo = _organisation(url, admin, "ngo")
    other_ngo = _organisation(url, admin, "ngo")
    officer = _login(url, _user(url, admin, ngo["id"], "reintegration_officer")).json()[
        "access_token"
    ]
    stranger = _login(url, _user(url, admin, other_ngo["id"], "reintegration_officer")).json()[
        "access_token"
    ]
    me = httpx.get(f"{url}/v1/me", headers=_bearer(officer), timeout=10).json()
    # What the survivor routes will do on each access, through the real insert-only store.
    store = MongoAuditStore(mongo_client[gateway["database"]])
    record_access(
        store=store,
        clock=SystemClock(),
        principal=Principal(
            user_id=me["user_id"],
            organisation_id=ngo["id"],
            role=Role.REINTEGRATION_OFFICER,
            session_id="live",
        ),
        action="survivor.read",
        purpose=Purpose.CASE_MANAGEMENT,
        request_id="live-test",
        survivor_id="srv-live-1",
        survivor_organisation_id=ngo["id"],
    )
    own = httpx.get(f"{url}/v1/audit?survivor_id=srv-live-1", headers=_bearer(officer), timeout=10)
    assert own.status_code == 200
    assert [r["action"] for r in own.json()["items"]] == ["survivor.read"]
    foreign = httpx.get(
        f"{url}/v1/audit?survivor_id=srv-live-1", headers=_bearer(stranger), timeout=10
    )
    assert foreign.status_code == 404
    records = httpx.get(
        f"{url}/v1/audit?action=organisation.create&limit=5", headers=_bearer(admin), timeout=10
    )
    assert records.status_code == 200
    page = records.json()
    assert any(r["target_id"] == ngo["id"] for r in page["items"])
    assert len(page["items"]) <= 5
    # The officer asks about a survivor the gateway knows of no access to in their org.
    unknown = httpx.get(
        f"{url}/v1/audit?survivor_id=srv-unknown", headers=_bearer(officer), timeout=10
    )
    assert unknown.status_code == 404
    assert httpx.get(f"{url}/v1/audit", headers=_bearer(officer), timeout=10).status_code == 422
    forbidden = httpx.get(f"{url}/v1/organisations", headers=_bearer(officer), timeout=10)
    assert forbidden.status_code == 403


def test_metrics_and_request_ids_over_http(gateway) -> None:
    url = gateway["url"]
    response = httpx.get(f"{url}/healthz", headers={"X-Request-ID": "trace-0001"}, timeout=10)
    assert response.headers["x-request-id"] == "trace-0001"
    metrics = httpx.get(f"{url}/metrics", timeout=10).text
    assert 'route="/v1/organisations/{organisation_id}"' in metrics
    assert "pathways_gateway_http_requests_total" in metrics
