"""Identity, access and the HTTP machinery against real FerretDB over a real HTTP server.

The gateway runs as its own process (``python -m gateway``) on a free port with a database
of its own; the first admin is created with the real CLI (password on stdin).

Some tests play an attacker who holds the token-signing secret (an ex-operator, a leaked
configuration): they re-sign a real token with other claims. The session, not the claims,
must decide who is calling.
"""

from __future__ import annotations

import hashlib
import subprocess
import sys
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any, TypedDict

import httpx2 as httpx
import jwt
import pytest
from pymongo import MongoClient

from gateway.adapters.mongo_audit import MongoAuditStore
from gateway.audit.records import Purpose
from gateway.audit.service import record_access
from gateway.auth.principal import Principal
from gateway.auth.roles import Role
from gateway.auth.second_factor import code_now
from gateway.bootstrap import SystemClock
from tests.support.processes import REPO_ROOT, ServiceProcess, _service_env, free_port, wait_until

PASSWORD = "correct horse battery staple"
#: The gateway's token-signing secret in these tests; the forger below knows it.
JWT_SECRET = "live-test-signing-secret-known-to-the-forger"


class RunningGateway(TypedDict):
    """A gateway process of the module's own, where it answers and its database."""

    url: str
    process: ServiceProcess
    database: str
    #: The gateway's settings, for the operator's commands.
    env: dict[str, str]


@pytest.fixture(scope="module")
def gateway(
    tmp_path_factory: pytest.TempPathFactory, mongodb_uri: str, kafka_bootstrap: str
) -> Iterator[RunningGateway]:
    tmp = tmp_path_factory.mktemp("gateway")
    port = free_port()
    env = {
        "PATHWAYS_MONGODB_URI": mongodb_uri,
        "PATHWAYS_MONGODB_DATABASE": f"gw_{uuid.uuid4().hex[:10]}",
        "PATHWAYS_KAFKA_BOOTSTRAP": kafka_bootstrap,
        "PATHWAYS_HTTP_PORT": str(port),
        "PATHWAYS_JWT_SECRET": JWT_SECRET,
        "PATHWAYS_ARGON2_TIME_COST": "1",
        "PATHWAYS_ARGON2_MEMORY_COST_KIB": "1024",
        "PATHWAYS_ARGON2_PARALLELISM": "1",
        "PATHWAYS_LOCKOUT_THRESHOLD": "3",
        "PATHWAYS_LOCKOUT_PERIOD_S": "3",
        "PATHWAYS_LOGIN_LIMIT_PER_IP": "1000",
        "PATHWAYS_LOGIN_LIMIT_PER_USERNAME": "1000",
        "PATHWAYS_LOGIN_LIMIT_PER_ACCOUNT": "1000",
        "PATHWAYS_WRITE_LIMIT_PER_USER": "40",
        "PATHWAYS_WRITE_LIMIT_PER_IP": "1000",
        "PATHWAYS_MATCHING_ADDRESS": f"127.0.0.1:{free_port()}",
        "PATHWAYS_PEER_GROUPS_ADDRESS": f"127.0.0.1:{free_port()}",
        "PATHWAYS_METRICS_PORT": str(free_port()),
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
    # A second administrator, by the operator too: another admin approves the accounts
    # root.admin creates in the platform's organisation.
    second = subprocess.run(
        [sys.executable, "-m", "gateway", "create-admin", "--username", "second.admin"],
        input=PASSWORD + "\n",
        env=_service_env(env),
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert second.returncode == 0, second.stderr
    process = ServiceProcess(module="gateway", env=env, log_path=tmp / "gateway.log").start()
    url = f"http://127.0.0.1:{port}"

    def up() -> bool:
        try:
            return httpx.get(f"{url}/healthz", timeout=2).status_code == 200
        except httpx.TransportError:
            return False

    try:
        assert wait_until(up, timeout_s=60), process.log_text()[-3000:]
        yield {
            "url": url,
            "process": process,
            "database": env["PATHWAYS_MONGODB_DATABASE"],
            "env": env,
        }
    finally:
        process.stop()
    assert PASSWORD not in process.log_text()


#: The password an administrator gives a new user: replaced by ``PASSWORD`` at first sign-in.
GIVEN = "a temporary passphrase from the admin"


def _login(
    url: str, username: str, password: str = PASSWORD, *, new_password: str | None = None
) -> httpx.Response:
    data = {"username": username, "password": password}
    if new_password is not None:
        data["new_password"] = new_password
    return httpx.post(f"{url}/v1/auth/token", data=data, timeout=15)


def _bearer(token: str, **extra: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}", **extra}


def _forged(token: str, **claims: str) -> str:
    """``token`` re-signed with other claims, as whoever holds the signing secret can.

    The HS256 key is derived from the configured secret as the gateway documents it
    (SHA-256 of ``pathways-access-token:`` + secret); every test first checks that the
    unchanged re-signed token is accepted, so a refusal is never a bad signature.
    """
    key = hashlib.sha256(b"pathways-access-token:" + JWT_SECRET.encode()).digest()
    original = jwt.decode(token, options={"verify_signature": False})
    return jwt.encode(original | claims, key, algorithm="HS256")


def _me(url: str, token: str) -> httpx.Response:
    return httpx.get(f"{url}/v1/me", headers=_bearer(token), timeout=10)


def _key() -> dict[str, str]:
    return {"Idempotency-Key": uuid.uuid4().hex}


def _admin(url: str) -> str:
    response = _login(url, "root.admin")
    assert response.status_code == 200, response.text
    token: str = response.json()["access_token"]
    return token


def _organisation(url: str, admin: str, kind: str) -> dict[str, Any]:
    response = httpx.post(
        f"{url}/v1/organisations",
        json={"name": f"{kind} {uuid.uuid4().hex[:8]}", "type": kind, "country": "KH"},
        headers=_bearer(admin, **_key()),
        timeout=15,
    )
    assert response.status_code == 201, response.text
    organisation: dict[str, Any] = response.json()
    return organisation


def _user(url: str, admin: str, organisation_id: str, role: str) -> str:
    """A user created by ``admin`` with ``GIVEN``, approved by the second administrator when
    it waits (an account in the platform's organisation), and signed in once to choose
    ``PASSWORD`` (unless its organisation still awaits vetting)."""
    username = f"{role}.{uuid.uuid4().hex[:8]}"
    response = httpx.post(
        f"{url}/v1/users",
        json={
            "organisation_id": organisation_id,
            "username": username,
            "role": role,
            "password": GIVEN,
        },
        headers=_bearer(admin, **_key()),
        timeout=15,
    )
    assert response.status_code == 201, response.text
    made = response.json()
    given = GIVEN
    if made["approval"] == "pending":
        # The approving member gives a first password; the administrator's stops working.
        given = "a first passphrase the approver chose 64"
        approver = _login(url, "second.admin").json()["access_token"]
        approved = httpx.post(
            f"{url}/v1/users/{made['id']}/approval",
            json={"decision": "approve", "password": given},
            headers=_bearer(approver, **_key(), **{"If-Match": f'"{made["version"]}"'}),
            timeout=15,
        )
        assert approved.status_code == 200, approved.text
    chosen = _login(url, username, given, new_password=PASSWORD)
    assert chosen.status_code == 200 or chosen.json()["type"] == (
        "/problems/organisation-not-vetted"
    ), chosen.text
    return username


def test_admin_vets_an_employer_whose_users_can_then_log_in(gateway: RunningGateway) -> None:
    url = gateway["url"]
    admin = _admin(url)
    employer = _organisation(url, admin, "employer")
    assert employer["vetting"] == "pending"
    username = _user(url, admin, employer["id"], "employer")

    refused = _login(url, username, GIVEN)
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
    assert _login(url, username, GIVEN, new_password=PASSWORD).status_code == 200


def test_refresh_rotates_and_reuse_ends_the_session(gateway: RunningGateway) -> None:
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


def test_lock_out_after_failures_then_recovery(gateway: RunningGateway) -> None:
    url = gateway["url"]
    admin = _admin(url)
    ngo = _organisation(url, admin, "ngo")
    username = _user(url, admin, ngo["id"], "reintegration_officer")
    for _ in range(3):
        assert _login(url, username, "not the password").status_code == 400
    locked = _login(url, username)
    assert locked.status_code == 400
    assert locked.json() == _login(url, "no.such.user").json()
    # The lock-out ends by itself (3 s here; refused attempts meanwhile do not extend it).
    assert wait_until(lambda: _login(url, username).status_code == 200, timeout_s=30)


def test_logout_revokes_at_once(gateway: RunningGateway) -> None:
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


def test_idempotent_post_replays_and_creates_one_organisation(gateway: RunningGateway) -> None:
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
    # A replay is the normal read of what was created (times as stored, to the millisecond).
    read = httpx.get(f"{url}{first.headers['location']}", headers=_bearer(admin), timeout=10)
    assert again.json() == read.json()
    assert again.json()["id"] == first.json()["id"]
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


def test_stale_if_match_is_412_and_changes_nothing(gateway: RunningGateway) -> None:
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


def test_writes_past_the_limit_answer_429_with_retry_after(gateway: RunningGateway) -> None:
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


def test_audit_is_queryable_by_admins_and_scoped_for_officers(
    gateway: RunningGateway, mongo_client: MongoClient[Any]
) -> None:
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


def test_metrics_and_request_ids_over_http(gateway: RunningGateway) -> None:
    url = gateway["url"]
    trace = "4bf92f3577b34da6a3ce929d0e0e4736"  # a W3C trace id
    response = httpx.get(f"{url}/healthz", headers={"X-Request-ID": trace}, timeout=10)
    assert response.headers["x-request-id"] == trace
    # On a port of their own: the API's port does not serve them.
    assert httpx.get(f"{url}/metrics", timeout=10).status_code == 404
    metrics_port = gateway["env"]["PATHWAYS_METRICS_PORT"]
    metrics = httpx.get(f"http://127.0.0.1:{metrics_port}/metrics", timeout=10).text
    assert 'route="/v1/organisations/{organisation_id}"' in metrics
    assert "pathways_gateway_http_requests_total" in metrics


def _user_id(url: str, admin: str, organisation_id: str, username: str) -> str:
    users = httpx.get(
        f"{url}/v1/users?organisation_id={organisation_id}", headers=_bearer(admin), timeout=10
    )
    assert users.status_code == 200, users.text
    user_id: str = next(u["id"] for u in users.json()["items"] if u["username"] == username)
    return user_id


def _patch_user(url: str, admin: str, user_id: str, change: dict[str, Any]) -> httpx.Response:
    etag = httpx.get(f"{url}/v1/users/{user_id}", headers=_bearer(admin), timeout=10).headers[
        "etag"
    ]
    return httpx.patch(
        f"{url}/v1/users/{user_id}",
        json=change,
        headers=_bearer(admin, **{"If-Match": etag}),
        timeout=10,
    )


def test_an_officer_who_forges_the_admin_role_stays_an_officer(gateway: RunningGateway) -> None:
    url = gateway["url"]
    admin = _admin(url)
    platform_id = _me(url, admin).json()["organisation_id"]
    ngo = _organisation(url, admin, "ngo")
    officer = _login(url, _user(url, admin, ngo["id"], "reintegration_officer")).json()[
        "access_token"
    ]
    assert _me(url, _forged(officer)).status_code == 200  # the forger's key is the real one

    forged = _forged(officer, role="platform_admin", org=platform_id)

    # The accounts an officer may list are their own NGO's, never the platform's.
    listed = httpx.get(f"{url}/v1/users", headers=_bearer(forged), timeout=10)
    assert listed.status_code == 200
    assert {u["organisation_id"] for u in listed.json()["items"]} == {ngo["id"]}
    me = _me(url, forged)
    assert me.status_code == 200
    assert (me.json()["role"], me.json()["organisation_id"]) == (
        "reintegration_officer",
        ngo["id"],
    )
    assert (
        httpx.get(f"{url}/v1/organisations", headers=_bearer(forged), timeout=10).status_code == 403
    )
    created = httpx.post(
        f"{url}/v1/organisations",
        json={"name": f"Forged {uuid.uuid4().hex[:8]}", "type": "ngo", "country": "KH"},
        headers=_bearer(forged, **_key()),
        timeout=10,
    )
    assert created.status_code == 403


def test_a_token_claiming_another_organisation_finds_nothing_there(
    gateway: RunningGateway, mongo_client: MongoClient[Any]
) -> None:
    url = gateway["url"]
    admin = _admin(url)
    ngo = _organisation(url, admin, "ngo")
    other_ngo = _organisation(url, admin, "ngo")
    officer = _login(url, _user(url, admin, ngo["id"], "reintegration_officer")).json()[
        "access_token"
    ]
    other_officer = _user_id(
        url, admin, other_ngo["id"], _user(url, admin, other_ngo["id"], "reintegration_officer")
    )
    # A survivor the other NGO's officer worked on, in the audit trail of that NGO.
    record_access(
        store=MongoAuditStore(mongo_client[gateway["database"]]),
        clock=SystemClock(),
        principal=Principal(
            user_id=other_officer,
            organisation_id=other_ngo["id"],
            role=Role.REINTEGRATION_OFFICER,
            session_id="live",
        ),
        action="survivor.read",
        purpose=Purpose.CASE_MANAGEMENT,
        request_id="live-forged-org",
        survivor_id="srv-other-ngo-1",
        survivor_organisation_id=other_ngo["id"],
    )
    assert (
        httpx.get(
            f"{url}/v1/organisations/{ngo['id']}", headers=_bearer(_forged(officer)), timeout=10
        ).status_code
        == 200
    )

    forged = _forged(officer, org=other_ngo["id"])

    elsewhere = httpx.get(
        f"{url}/v1/organisations/{other_ngo['id']}", headers=_bearer(forged), timeout=10
    )
    assert elsewhere.status_code == 404
    assert _me(url, forged).json()["organisation_id"] == ngo["id"]
    trail = httpx.get(
        f"{url}/v1/audit?survivor_id=srv-other-ngo-1", headers=_bearer(forged), timeout=10
    )
    assert trail.status_code == 404
    assert "srv-other-ngo-1" not in trail.text


def test_a_token_naming_another_user_for_a_session_is_refused(gateway: RunningGateway) -> None:
    url = gateway["url"]
    admin = _admin(url)
    admin_id = _me(url, admin).json()["user_id"]
    ngo = _organisation(url, admin, "ngo")
    officer = _login(url, _user(url, admin, ngo["id"], "reintegration_officer")).json()[
        "access_token"
    ]
    assert _me(url, _forged(officer)).status_code == 200

    forged = _forged(officer, sub=admin_id, role="platform_admin")

    # A token that contradicts its own session was not issued by the gateway: nobody's.
    assert _me(url, forged).status_code == 401
    assert httpx.get(f"{url}/v1/users", headers=_bearer(forged), timeout=10).status_code == 401


def test_a_role_change_governs_the_next_request_whatever_the_token_claims(
    gateway: RunningGateway,
) -> None:
    url = gateway["url"]
    admin = _admin(url)
    ngo = _organisation(url, admin, "ngo")
    username = _user(url, admin, ngo["id"], "reintegration_officer")
    before = _login(url, username).json()
    assert (
        httpx.get(
            f"{url}/v1/audit?survivor_id=srv-none",
            headers=_bearer(before["access_token"]),
            timeout=10,
        ).status_code
        == 404  # an officer may ask the audit trail (and finds nothing here)
    )
    user_id = _user_id(url, admin, ngo["id"], username)

    assert _patch_user(url, admin, user_id, {"role": "facilitator"}).status_code == 200

    # The very next request: the old session is over, and its refresh token with it.
    assert _me(url, before["access_token"]).status_code == 401
    assert (
        httpx.post(
            f"{url}/v1/auth/refresh", json={"refresh_token": before["refresh_token"]}, timeout=10
        ).status_code
        == 400
    )
    after = _login(url, username).json()["access_token"]
    assert _me(url, _forged(after)).json()["role"] == "facilitator"
    # A token for the new session that still claims the old role gets the new role only.
    claims_old_role = _forged(after, role="reintegration_officer")
    assert _me(url, claims_old_role).json()["role"] == "facilitator"
    assert (
        httpx.get(
            f"{url}/v1/audit?survivor_id=srv-none", headers=_bearer(claims_old_role), timeout=10
        ).status_code
        == 403
    )


def test_a_disabled_users_tokens_stop_at_once(gateway: RunningGateway) -> None:
    url = gateway["url"]
    admin = _admin(url)
    ngo = _organisation(url, admin, "ngo")
    username = _user(url, admin, ngo["id"], "reintegration_officer")
    tokens = _login(url, username).json()
    second = _login(url, username).json()  # another device
    user_id = _user_id(url, admin, ngo["id"], username)
    assert _me(url, tokens["access_token"]).status_code == 200

    assert _patch_user(url, admin, user_id, {"disabled": True}).status_code == 200

    for access in (tokens["access_token"], second["access_token"]):
        assert _me(url, access).status_code == 401
        assert _me(url, _forged(access, role="platform_admin")).status_code == 401
    assert (
        httpx.post(
            f"{url}/v1/auth/refresh", json={"refresh_token": tokens["refresh_token"]}, timeout=10
        ).status_code
        == 400
    )
    assert _login(url, username).status_code == 400
    # Enabled again: the old sessions stay over; a new login works.
    assert _patch_user(url, admin, user_id, {"disabled": False}).status_code == 200
    assert _me(url, tokens["access_token"]).status_code == 401
    assert _me(url, _login(url, username).json()["access_token"]).status_code == 200


def test_a_second_factor_is_kept_sealed_and_each_code_is_taken_once(
    gateway: RunningGateway, mongodb_uri: str
) -> None:
    """Through the running gateway and its store: set up, confirmed with the app's code,
    then sign-in takes a code, and the same code a second time is refused."""
    url = gateway["url"]
    admin = _admin(url)
    username = _user(url, admin, _organisation(url, admin, "ngo")["id"], "reintegration_officer")
    token = _login(url, username).json()["access_token"]
    started = httpx.post(f"{url}/v1/auth/second-factor", headers=_bearer(token), timeout=10)
    assert started.status_code == 200, started.text
    secret = started.json()["secret"]
    client: MongoClient[Any] = MongoClient(mongodb_uri, tz_aware=True)
    try:
        stored = client[gateway["database"]].users.find_one({"username": username})
        assert stored is not None
        assert secret.encode() not in bytes(stored["second_factor"]["sealed"])
    finally:
        client.close()

    confirmed = httpx.post(
        f"{url}/v1/auth/second-factor/confirmation",
        json={"code": code_now(secret, at=datetime.now(UTC)), "password": PASSWORD},
        headers=_bearer(token),
        timeout=10,
    )
    assert confirmed.status_code == 200, confirmed.text
    recovery = confirmed.json()["recovery_codes"]
    assert _me(url, token).status_code == 401
    without = _login(url, username)
    assert without.status_code == 403
    assert without.json()["type"] == "/problems/second-factor-required"
    # The confirming code's step is spent; the app's next one (a step later, still within
    # the one step either side the gateway allows) is not.
    fresh = code_now(secret, at=datetime.now(UTC) + timedelta(seconds=30))
    signed = httpx.post(
        f"{url}/v1/auth/token",
        data={"username": username, "password": PASSWORD, "code": fresh},
        timeout=15,
    )
    assert signed.status_code == 200, signed.text
    again = httpx.post(
        f"{url}/v1/auth/token",
        data={"username": username, "password": PASSWORD, "code": fresh},
        timeout=15,
    )
    assert again.status_code == 400
    assert again.json()["type"] == "/problems/second-factor-refused"

    # A recovery code signs in once; only digests of them are stored.
    client = MongoClient(mongodb_uri, tz_aware=True)
    try:
        stored = client[gateway["database"]].users.find_one({"username": username})
        assert stored is not None
        kept = " ".join(stored["second_factor"]["recovery"])
        assert len(stored["second_factor"]["recovery"]) == len(recovery)
        assert not any(code.replace("-", "") in kept for code in recovery)
    finally:
        client.close()
    for expected in (200, 400):
        answer = httpx.post(
            f"{url}/v1/auth/token",
            data={"username": username, "password": PASSWORD, "code": recovery[0]},
            timeout=15,
        )
        assert answer.status_code == expected, answer.text


def test_a_colleague_resets_a_lost_second_factor_through_the_store(
    gateway: RunningGateway,
) -> None:
    """Two administrators: one sets up codes, the other resets them; the first signs in
    with the password alone again."""
    url = gateway["url"]
    admin = _admin(url)
    username = "second.admin"
    _set_up_codes(url, username)
    me = httpx.get(f"{url}/v1/me", headers=_bearer(admin), timeout=10).json()
    users = httpx.get(
        f"{url}/v1/users",
        params={"organisation_id": me["organisation_id"]},
        headers=_bearer(admin),
        timeout=10,
    ).json()["items"]
    second = next(u for u in users if u["username"] == username)
    assert second["second_factor"] is True
    reset = httpx.delete(
        f"{url}/v1/users/{second['id']}/second-factor", headers=_bearer(admin), timeout=10
    )
    assert reset.status_code == 204, reset.text
    assert _login(url, username).status_code == 200


def test_the_operator_resets_a_lost_second_factor_with_the_command(
    gateway: RunningGateway,
) -> None:
    """``python -m gateway reset-second-factor`` against the store: the last administrator
    who lost phone and recovery codes signs in with the password alone again."""
    url = gateway["url"]
    secret = _set_up_codes(url, "root.admin")
    held = httpx.post(
        f"{url}/v1/auth/token",
        data={
            "username": "root.admin",
            "password": PASSWORD,
            "code": code_now(secret, at=datetime.now(UTC) + timedelta(seconds=30)),
        },
        timeout=15,
    )
    assert held.status_code == 200, held.text
    ran = _reset_second_factor(gateway, "root.admin")
    assert ran.returncode == 0, ran.stderr
    assert ran.stdout.strip().startswith("usr_")
    assert _me(url, held.json()["access_token"]).status_code == 401, "its sessions end"
    assert _login(url, "root.admin").status_code == 200
    unknown = _reset_second_factor(gateway, "nobody.here")
    assert unknown.returncode == 1
    assert "no user with this username" in unknown.stderr


def _reset_second_factor(
    gateway: RunningGateway, username: str
) -> subprocess.CompletedProcess[str]:
    """The operator's command, with the running gateway's settings."""
    return subprocess.run(
        [sys.executable, "-m", "gateway", "reset-second-factor", "--username", username],
        env=_service_env(gateway["env"]),
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def _set_up_codes(url: str, username: str) -> str:
    """``username``'s sign-in codes set up and confirmed through the gateway (sign-in now
    asks for a code); the secret."""
    token = _login(url, username).json()["access_token"]
    started = httpx.post(f"{url}/v1/auth/second-factor", headers=_bearer(token), timeout=10)
    secret = str(started.json()["secret"])
    confirmed = httpx.post(
        f"{url}/v1/auth/second-factor/confirmation",
        json={"code": code_now(secret, at=datetime.now(UTC)), "password": PASSWORD},
        headers=_bearer(token),
        timeout=10,
    )
    assert confirmed.status_code == 200, confirmed.text
    assert _login(url, username).status_code == 403
    return secret
