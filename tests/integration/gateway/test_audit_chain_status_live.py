"""The audit chain's status through a real gateway: its watch verifies what is appended,
the operator's full check finds an old entry changed and says so at ``GET /v1/audit/chain``
until the entry is restored and the full check runs again."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from typing import Any

import httpx2 as httpx
import pytest
from pymongo import MongoClient

from tests.e2e.support import Client, login, start_gateway
from tests.support.processes import free_port, run_module, wait_until

CHAIN_SECRET = "a-chain-secret-for-this-test-only-0123456789"


@pytest.fixture(scope="module")
def system(
    tmp_path_factory: pytest.TempPathFactory, mongodb_uri: str, kafka_bootstrap: str
) -> Iterator[dict[str, Any]]:
    database = f"gw_{uuid.uuid4().hex[:10]}"
    env = {
        "PATHWAYS_MONGODB_URI": mongodb_uri,
        "PATHWAYS_MONGODB_DATABASE": database,
        "PATHWAYS_KAFKA_BOOTSTRAP": kafka_bootstrap,
        "PATHWAYS_AUDIT_CHAIN_SECRET": CHAIN_SECRET,
        "PATHWAYS_AUDIT_WATCH_INTERVAL_S": "0.2",
        "PATHWAYS_MATCHING_ADDRESS": f"127.0.0.1:{free_port()}",
        "PATHWAYS_PEER_GROUPS_ADDRESS": f"127.0.0.1:{free_port()}",
    }
    process, url = start_gateway(
        env=env, log_path=tmp_path_factory.mktemp("gateway") / "gateway.log"
    )
    try:
        yield {"url": url, "database": database, "env": env}
    finally:
        process.stop()


def _status(admin: Client) -> dict[str, Any]:
    answer = admin.ok("GET", "/v1/audit/chain")
    assert answer.headers["cache-control"] == "no-store"
    body: dict[str, Any] = answer.json()
    return body


def _verify_audit(system: dict[str, Any]) -> int:
    done = run_module("gateway", ["verify-audit"], env=system["env"])
    assert done.stdout.strip(), done.stderr
    json.loads(done.stdout.strip().splitlines()[-1])
    return done.returncode


def test_the_watch_follows_the_chain_and_a_full_check_reports_an_old_change(
    system: dict[str, Any], mongodb_uri: str
) -> None:
    admin = login(system["url"], "root.admin")
    for _ in range(3):  # each read of the trail appends an entry of its own
        admin.ok("GET", "/v1/audit")
    assert wait_until(
        lambda: _status(admin)["verified_through"] >= 3, timeout_s=30, interval_s=0.2
    ), _status(admin)
    status = _status(admin)
    assert status["intact"] is True
    assert status["first_break"] is None
    assert status["full_check_at"] is None

    client: MongoClient[Any] = MongoClient(mongodb_uri, tz_aware=True)
    entries = client[system["database"]].audit_records
    try:
        first = entries.find_one({"seq": 1})
        assert first is not None
        entries.update_one({"_id": first["_id"]}, {"$set": {"action": "survivor.erase"}})
        assert _verify_audit(system) == 1
        broken = _status(admin)
        assert broken["intact"] is False
        assert broken["first_break"] == {"seq": 1, "problem": "altered"}
        assert broken["full_check_at"] is not None
        admin.ok("GET", "/v1/audit")  # the watch does not clear it by going on
        assert _status(admin)["intact"] is False

        entries.update_one({"_id": first["_id"]}, {"$set": {"action": first["action"]}})
        assert _verify_audit(system) == 0
        assert _status(admin)["intact"] is True
    finally:
        client.close()


def test_only_platform_administrators_see_it(system: dict[str, Any]) -> None:
    answer = httpx.get(f"{system['url']}/v1/audit/chain", timeout=10)
    assert answer.status_code == 401
