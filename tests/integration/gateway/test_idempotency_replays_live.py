"""Retried POSTs through the real gateway over HTTP, with real matching and peer groups on
the shared FerretDB and Kafka: the idempotency store holds nothing anyone typed about a
survivor, a retry is authenticated, authorised and audited like a first request, and
after erasure a retry of the registration gives nothing back and registers no one.

What this guards: an erased survivor's full profile replayed
from the store, a decision's reason replayed, 2,031 survivor records in clear in
``idempotency_keys``, and replays answered after logout and after disabling, unaudited.
"""

from __future__ import annotations

import base64
import uuid
from collections.abc import Iterator
from typing import Any

import httpx2 as httpx
import pytest
from bson.codec_options import CodecOptions
from bson.raw_bson import RawBSONDocument
from pymongo import MongoClient

from tests.e2e.support import (
    PASSWORD,
    Client,
    approve,
    login,
    organisation,
    running_system,
    user,
)
from tests.support.processes import wait_until

#: Words typed about a person that appear nowhere else: each must never reach the store.
DISTRICT = "Canary-District-Kh7q"
GENDER = "canary-gender-self-described-w3"
INTERESTS = "canary-interests-ขนมไทย-weaving-9c"
ASPIRATIONS = "canary-aspirations-own-noodle-stall-4m"
REASON = "canary-reason-too-far-from-my-childrens-school-2x"
CANARIES = (DISTRICT, GENDER, INTERESTS, ASPIRATIONS, REASON)
PROFILE = {
    "languages": [{"language": "th", "level": "native"}],
    "residence": {"country": "TH", "district": DISTRICT, "latitude": 13.73, "longitude": 100.524},
    "age_band": "25-34",
    "gender": GENDER,
    "interests": INTERESTS,
    "aspirations": ASPIRATIONS,
    "skills": ["customer_service"],
    "travel_radius_km": 25,
    "income_goal": {"amount": 9000, "currency": "THB"},
}
JOB = {
    "kind": "job",
    "title": "Barista",
    "description": "Busy coffee shop near Lumphini needs a barista; we train on espresso.",
    "sector": "food_service",
    "skills_required": ["customer_service", "barista"],
    "languages": [{"language": "th", "level": "conversational"}],
    "location": {
        "country": "TH",
        "district": "Pathum Wan",
        "latitude": 13.744,
        "longitude": 100.523,
    },
    "pay": {"amount": 12000, "currency": "THB"},
    "openings": 2,
    "minimum_age": 18,
}
IDEMPOTENCY_COLLECTIONS = ("idempotency_keys", "idempotency_survivors")


@pytest.fixture(scope="module")
def system(
    tmp_path_factory: pytest.TempPathFactory, mongodb_uri: str, kafka_bootstrap: str
) -> Iterator[dict[str, Any]]:
    database = f"gw_{uuid.uuid4().hex[:10]}"
    with running_system(
        tmp_path_factory.mktemp("replays"),
        mongodb_uri=mongodb_uri,
        kafka_bootstrap=kafka_bootstrap,
        gateway_env={"PATHWAYS_MONGODB_DATABASE": database},
    ) as running:
        client: MongoClient[Any] = MongoClient(mongodb_uri, tz_aware=True)
        admin = login(running.url, "root.admin")
        ngo = organisation(admin, "ngo")
        try:
            yield {
                "url": running.url,
                "db": client[database],
                "admin": admin,
                "ngo": ngo,
                "gateway": running.gateway,
            }
        finally:
            client.close()
        logged = running.gateway.log_text()
        for canary in CANARIES:
            assert canary not in logged


def _officer(system: dict[str, Any]) -> tuple[Client, str, str]:
    """A new officer of the NGO: their client, username and user id."""
    username = user(system["admin"], system["ngo"], "reintegration_officer")
    officer = login(system["url"], username)
    me = officer.ok("GET", "/v1/me").json()
    return officer, username, str(me["user_id"])


def _post(client: Client, path: str, body: Any, key: str, **extra: str) -> httpx.Response:
    return client.call("POST", path, json=body, **{"Idempotency-Key": key, **extra})


def _register(system: dict[str, Any], officer: Client, key: str) -> httpx.Response:
    return _post(
        officer,
        f"/v1/organisations/{system['ngo']}/survivors",
        {"profile": PROFILE, "consents": ["matching", "employer_shortlist"]},
        key,
    )


def _raw_store(system: dict[str, Any]) -> bytes:
    """Every idempotency document, as the bytes the store holds."""
    raw = CodecOptions(document_class=RawBSONDocument)
    found = b""
    for name in IDEMPOTENCY_COLLECTIONS:
        for document in system["db"].get_collection(name, codec_options=raw).find({}):
            found += document.raw
    return found


def _assert_none_in_store(system: dict[str, Any], *secrets: str) -> None:
    stored = _raw_store(system)
    assert stored, "the store holds records"
    for secret in secrets:
        for form in (
            secret.encode(),
            base64.b64encode(secret.encode()),
            secret.encode("utf-16-le"),
        ):
            assert form not in stored, f"{secret!r} is in the idempotency store"


def _audit_count(system: dict[str, Any], survivor_id: str, action: str) -> int:
    """Records of ``action`` about the survivor (reading the trail is audited too)."""
    query = f"/v1/audit?survivor_id={survivor_id}&action={action}&limit=200"
    return len(system["admin"].ok("GET", query).json()["items"])


def test_a_replayed_registration_is_the_audited_read_and_the_store_keeps_no_profile(
    system: dict[str, Any],
) -> None:
    officer, _, _ = _officer(system)
    key = uuid.uuid4().hex
    first = _register(system, officer, key)
    assert first.status_code == 201, first.text
    survivor_id = first.json()["id"]
    audited = _audit_count(system, survivor_id, "survivor.read")

    _assert_none_in_store(system, DISTRICT, GENDER, INTERESTS, ASPIRATIONS)
    again = _register(system, officer, key)
    assert again.status_code == 201
    assert again.headers["idempotent-replayed"] == "true"
    assert again.headers["location"] == first.headers["location"]
    # The replay is the officer's read of the survivor (times as stored: to the
    # millisecond), recorded as one.
    assert _audit_count(system, survivor_id, "survivor.read") == audited + 1
    assert again.json() == officer.ok("GET", f"/v1/survivors/{survivor_id}").json()
    assert (again.json()["id"], again.json()["profile"]) == (survivor_id, first.json()["profile"])
    _assert_none_in_store(system, DISTRICT, GENDER, INTERESTS, ASPIRATIONS)


def test_after_erasure_a_replayed_registration_returns_nothing_and_registers_no_one(
    system: dict[str, Any],
) -> None:
    officer, _, _ = _officer(system)
    key = uuid.uuid4().hex
    first = _register(system, officer, key)
    assert first.status_code == 201, first.text
    survivor_id = first.json()["id"]
    # Another request about them, kept under them too.
    assessed = _post(
        officer,
        f"/v1/survivors/{survivor_id}/readiness-assessments",
        {"stage": "training_ready"},
        assess_key := uuid.uuid4().hex,
    )
    assert assessed.status_code == 201, assessed.text
    assert survivor_id.encode() in _raw_store(system)

    assert officer.call("DELETE", f"/v1/survivors/{survivor_id}").status_code == 204

    again = _register(system, officer, key)
    assert again.status_code == 404
    assert again.headers["content-type"] == "application/problem+json"
    for secret in (*CANARIES, survivor_id):
        assert secret not in again.text
    reassessed = _post(
        officer,
        f"/v1/survivors/{survivor_id}/readiness-assessments",
        {"stage": "training_ready"},
        assess_key,
    )
    assert reassessed.status_code == 404
    assert INTERESTS not in reassessed.text
    # Registered again under the id matching derives from the key, it would be readable.
    assert officer.call("GET", f"/v1/survivors/{survivor_id}").status_code == 404
    # Nothing in the store names the erased survivor any more.
    assert survivor_id.encode() not in _raw_store(system)
    _assert_none_in_store(system, *CANARIES)


def test_a_replayed_decision_does_not_repeat_the_survivors_reason(system: dict[str, Any]) -> None:
    admin: Client = system["admin"]
    officer, _, _ = _officer(system)
    employer_org = organisation(admin, "employer", vet=True)
    employer = login(system["url"], user(admin, employer_org, "employer"))
    registered = _register(system, officer, uuid.uuid4().hex)
    assert registered.status_code == 201, registered.text
    survivor_id = registered.json()["id"]
    officer.ok(
        "POST",
        f"/v1/survivors/{survivor_id}/readiness-assessments",
        json={"stage": "employment_ready"},
        **{"If-Match": registered.headers["etag"]},
    )
    job_id = employer.ok(
        "POST", f"/v1/organisations/{employer_org}/opportunities", json=JOB
    ).json()["id"]

    def recommended() -> bool:
        found = officer.ok("GET", f"/v1/survivors/{survivor_id}/recommendations").json()
        return job_id in {item["opportunity_id"] for item in found["items"]}

    assert wait_until(recommended, timeout_s=30)
    match = officer.ok(
        "POST", f"/v1/survivors/{survivor_id}/matches", json={"opportunity_id": job_id}
    ).json()
    key = uuid.uuid4().hex
    body = {"decision": "declined", "reason": REASON}
    first = _post(officer, f"/v1/matches/{match['id']}/decision", body, key)
    assert first.status_code == 200, first.text
    assert first.json()["history"][-1]["reason"] == REASON  # the officer's own full view
    audited = _audit_count(system, survivor_id, "match.read")

    again = _post(officer, f"/v1/matches/{match['id']}/decision", body, key)
    assert again.status_code == 200
    assert again.headers["idempotent-replayed"] == "true"
    assert REASON not in again.text
    assert again.json() == {
        "view": "full",
        "id": match["id"],
        "state": "declined",
        "version": first.json()["version"],
    }
    assert _audit_count(system, survivor_id, "match.read") == audited + 1
    _assert_none_in_store(system, REASON)

    # Erased, the match goes with the survivor: the retry is refused, and says nothing.
    assert officer.call("DELETE", f"/v1/survivors/{survivor_id}").status_code == 204
    gone = _post(officer, f"/v1/matches/{match['id']}/decision", body, key)
    assert gone.status_code == 404
    assert match["id"] not in gone.text


def test_a_replay_after_logout_is_401(system: dict[str, Any]) -> None:
    officer, _, _ = _officer(system)
    key = uuid.uuid4().hex
    assert _register(system, officer, key).status_code == 201
    assert officer.call("POST", "/v1/auth/logout").status_code == 204
    assert officer.call("GET", "/v1/me").status_code == 401
    again = _register(system, officer, key)
    assert again.status_code == 401
    assert "idempotent-replayed" not in again.headers
    for canary in CANARIES:
        assert canary not in again.text


def _user_changed(system: dict[str, Any], user_id: str, change: dict[str, Any]) -> None:
    admin: Client = system["admin"]
    current = admin.ok("GET", f"/v1/users/{user_id}")
    admin.ok("PATCH", f"/v1/users/{user_id}", json=change, **{"If-Match": current.headers["etag"]})


def test_a_replay_after_the_user_is_disabled_is_401(system: dict[str, Any]) -> None:
    officer, _, user_id = _officer(system)
    key = uuid.uuid4().hex
    assert _register(system, officer, key).status_code == 201
    _user_changed(system, user_id, {"disabled": True})
    again = _register(system, officer, key)
    assert again.status_code == 401
    for canary in CANARIES:
        assert canary not in again.text


def test_a_replay_after_a_role_change_that_removes_the_grant_is_403(
    system: dict[str, Any],
) -> None:
    officer, username, user_id = _officer(system)
    key = uuid.uuid4().hex
    first = _register(system, officer, key)
    assert first.status_code == 201
    _user_changed(system, user_id, {"role": "facilitator"})
    assert _register(system, officer, key).status_code == 401  # the old session ended
    # A member let the officer in: the new role waits for a member's approval too.
    approve(system["url"], system["ngo"], system["admin"].ok("GET", f"/v1/users/{user_id}").json())
    facilitator = login(system["url"], username)
    again = _register(system, facilitator, key)
    assert again.status_code == 403
    assert first.json()["id"] not in again.text
    for canary in CANARIES:
        assert canary not in again.text


def test_a_new_users_login_is_not_in_the_store(system: dict[str, Any]) -> None:
    """Creating a user posts a username and password: kept no more than a profile."""
    admin: Client = system["admin"]
    key = uuid.uuid4().hex
    body = {
        "organisation_id": system["ngo"],
        "username": f"officer.{uuid.uuid4().hex[:8]}",
        "role": "reintegration_officer",
        "password": PASSWORD,
    }
    first = _post(admin, "/v1/users", body, key)
    assert first.status_code == 201, first.text
    _assert_none_in_store(system, PASSWORD, body["username"])
    again = _post(admin, "/v1/users", body, key)
    assert again.status_code == 201
    # The replay is the administrator's read of the user (times as stored, to the ms).
    assert again.json() == admin.ok("GET", first.headers["location"]).json()
    assert again.json()["id"] == first.json()["id"]
