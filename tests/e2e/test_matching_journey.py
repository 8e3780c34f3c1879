"""An officer, an employer and an administrator through the real gateway over HTTP.

Real processes over sockets: matching (gRPC, FerretDB, Kafka) and the gateway (uvicorn),
the first administrator made by the real CLI. The journey of MISSION.md: an employer posts
a job and sees an anonymised shortlist; an officer registers a survivor with consent,
records readiness, gets matches with reasons, records the survivor's decision and the
outcomes. Then matching is stopped (503 with Retry-After) and started again (answers again).
"""

from __future__ import annotations

import subprocess
import sys
import uuid
from collections.abc import Callable, Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any, TypedDict

import httpx2 as httpx
import pytest

from pathways_runtime.aliases import alias_seen_by
from tests.e2e.support import Client
from tests.e2e.support import login as _login
from tests.e2e.support import organisation as _organisation
from tests.e2e.support import user as _user
from tests.integration.matching.test_matching_over_grpc import _events
from tests.support.grpc_health import health_status
from tests.support.processes import REPO_ROOT, ServiceProcess, _service_env, free_port, wait_until

pytestmark = pytest.mark.e2e

PASSWORD = "correct horse battery staple"
DISTRICT = "Bang Rak"
INTERESTS = "อยากทำงานในร้านกาแฟ ชอบทำขนม"
PROFILE: dict[str, Any] = {
    "languages": [{"language": "th", "level": "native"}],
    "residence": {"country": "TH", "district": DISTRICT, "latitude": 13.73, "longitude": 100.524},
    "age_band": "25-34",
    "interests": INTERESTS,
    "aspirations": "เปิดร้านขนมของตัวเอง",
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


def _matching_process(
    tmp: Path, *, port: int, kafka: str, mongodb: str, database: str, n: int
) -> ServiceProcess:
    process = ServiceProcess(
        module="matching",
        env={
            "PATHWAYS_GRPC_PORT": str(port),
            "PATHWAYS_KAFKA_BOOTSTRAP": kafka,
            "PATHWAYS_MONGODB_URI": mongodb,
            "PATHWAYS_MONGODB_DATABASE": database,
            "PATHWAYS_HEALTH_CHECK_INTERVAL_S": "0.5",
        },
        log_path=tmp / f"matching-{n}.log",
    ).start()
    address = f"127.0.0.1:{port}"
    if not wait_until(lambda: health_status(address) == "SERVING", timeout_s=90):
        process.stop()
        pytest.fail("matching did not become SERVING:\n" + process.log_text()[-4000:])
    return process


class System(TypedDict):
    """The gateway and matching as processes of the module's own."""

    url: str
    matching: ServiceProcess
    gateway: ServiceProcess
    #: Start matching again (on its port and database), as the ``n``-th instance.
    restart_matching: Callable[[int], ServiceProcess]


@pytest.fixture(scope="module")
def system(
    tmp_path_factory: pytest.TempPathFactory, mongodb_uri: str, kafka_bootstrap: str
) -> Iterator[System]:
    tmp = tmp_path_factory.mktemp("e2e")
    matching_port = free_port()
    matching_db = f"m_{uuid.uuid4().hex[:10]}"
    matching = _matching_process(
        tmp,
        port=matching_port,
        kafka=kafka_bootstrap,
        mongodb=mongodb_uri,
        database=matching_db,
        n=1,
    )
    http_port = free_port()
    env = {
        "PATHWAYS_MONGODB_URI": mongodb_uri,
        "PATHWAYS_MONGODB_DATABASE": f"gw_{uuid.uuid4().hex[:10]}",
        "PATHWAYS_KAFKA_BOOTSTRAP": kafka_bootstrap,
        "PATHWAYS_HTTP_PORT": str(http_port),
        "PATHWAYS_ARGON2_TIME_COST": "1",
        "PATHWAYS_ARGON2_MEMORY_COST_KIB": "1024",
        "PATHWAYS_ARGON2_PARALLELISM": "1",
        "PATHWAYS_MATCHING_ADDRESS": f"127.0.0.1:{matching_port}",
        "PATHWAYS_PEER_GROUPS_ADDRESS": f"127.0.0.1:{free_port()}",
        "PATHWAYS_BACKEND_TIMEOUT_S": "5",
        # Each journey signs in its own administrator, officers and employers, all from
        # this address, within a minute: more than the default 20 of one address.
        "PATHWAYS_LOGIN_LIMIT_PER_IP": "200",
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
    gateway = ServiceProcess(module="gateway", env=env, log_path=tmp / "gateway.log").start()
    url = f"http://127.0.0.1:{http_port}"

    def up() -> bool:
        try:
            return httpx.get(f"{url}/healthz", timeout=2).status_code == 200
        except httpx.TransportError:
            return False

    def restart_matching(n: int) -> ServiceProcess:
        return _matching_process(
            tmp,
            port=matching_port,
            kafka=kafka_bootstrap,
            mongodb=mongodb_uri,
            database=matching_db,
            n=n,
        )

    state = System(url=url, matching=matching, gateway=gateway, restart_matching=restart_matching)
    try:
        assert wait_until(up, timeout_s=60), gateway.log_text()[-3000:]
        yield state
    finally:
        gateway.stop()
        state["matching"].stop()
    logged = gateway.log_text()
    for personal in (DISTRICT, INTERESTS, PASSWORD):
        assert personal not in logged


def test_an_officer_and_an_employer_take_a_survivor_from_registration_to_hired(
    system: System, kafka_bootstrap: str
) -> None:
    url = system["url"]
    admin = _login(url, "root.admin")
    ngo = _organisation(admin, "ngo")
    other_ngo = _organisation(admin, "ngo")
    employer_org = _organisation(admin, "employer", vet=True)
    officer = _login(url, _user(admin, ngo, "reintegration_officer"))
    stranger = _login(url, _user(admin, other_ngo, "reintegration_officer"))
    employer = _login(url, _user(admin, employer_org, "employer"))

    # The officer registers a survivor who consents to matching and to shortlists.
    registered = officer.ok(
        "POST",
        f"/v1/organisations/{ngo}/survivors",
        json={"profile": PROFILE, "consents": ["matching", "employer_shortlist"]},
    )
    assert registered.status_code == 201
    survivor = registered.json()
    survivor_id = survivor["id"]
    assert {c["purpose"] for c in survivor["consents"] if c["granted"]} == {
        "matching",
        "employer_shortlist",
    }
    assessed = officer.ok(
        "POST",
        f"/v1/survivors/{survivor_id}/readiness-assessments",
        json={"stage": "employment_ready"},
        **{"If-Match": registered.headers["etag"]},
    )
    assert assessed.json()["readiness"]["stage"] == "employment_ready"

    # The employer posts a job.
    posted = employer.ok("POST", f"/v1/organisations/{employer_org}/opportunities", json=JOB)
    job_id = posted.json()["id"]

    # The officer asks for matches: the job, explained.
    def recommended() -> dict[str, Any]:
        items = officer.ok("GET", f"/v1/survivors/{survivor_id}/recommendations").json()["items"]
        return {item["opportunity_id"]: item for item in items}

    assert wait_until(lambda: job_id in recommended(), timeout_s=30)
    barista = recommended()[job_id]
    assert barista["reasons"]
    assert all(r["code"] and r["text"] for r in barista["reasons"])
    assert {c["name"] for c in barista["breakdown"]} >= {"interest_fit", "skill_fit"}

    # The survivor says yes.
    proposed = officer.ok(
        "POST", f"/v1/survivors/{survivor_id}/matches", json={"opportunity_id": job_id}
    ).json()
    assert proposed["state"] == "proposed"
    match_id = proposed["id"]
    accepted = officer.ok("POST", f"/v1/matches/{match_id}/decision", json={"decision": "accepted"})
    assert accepted.json()["state"] == "accepted"

    # The employer sees an anonymous card, nothing that identifies or locates the survivor.
    shortlist = employer.ok("GET", f"/v1/opportunities/{job_id}/shortlist")
    [card] = shortlist.json()["items"]
    assert set(card) == {
        "match_id",
        "alias",
        "languages",
        "skills",
        "interests",
        "skill_ids",
        "interest_ids",
        "readiness",
        "state",
        "score",
    }
    # The employer's own code for the survivor (the same on every look), not the alias
    # their NGO knows them by: two partners cannot link what each sees of someone.
    assert card["alias"] != survivor["alias"]
    assert card["alias"] == alias_seen_by(
        employer_org, survivor_id=survivor_id, organisation_id=ngo, alias=survivor["alias"]
    )
    # The officer is told that code, so that the two can speak of the same person.
    as_officer = officer.ok("GET", f"/v1/matches/{match_id}").json()
    assert as_officer["partner_alias"] == card["alias"]
    # Vocabulary concepts only: labels, and the ids they are labels of.
    assert set(card["skill_ids"]) <= set(PROFILE["skills"])
    for secret in (survivor_id, DISTRICT, INTERESTS, PROFILE["aspirations"], ngo):
        assert secret not in shortlist.text

    interest = employer.ok("POST", f"/v1/matches/{card['match_id']}/interest", json={})
    assert interest.json()["state"] == "employer_interest"
    assert survivor_id not in interest.text
    introduced = officer.ok(
        "POST", f"/v1/matches/{match_id}/outcomes", json={"outcome": "introduced"}
    ).json()
    # Hired on the day of the introduction, as the gateway shows it.
    hired_on = date.fromisoformat(introduced["history"][-1]["occurred_on"])
    hired = officer.ok(
        "POST",
        f"/v1/matches/{match_id}/outcomes",
        json={
            "outcome": "hired",
            "wage": {"amount": 12500, "currency": "THB"},
            "occurred_on": hired_on.isoformat(),
        },
    )
    assert hired.json()["wage"] == {"amount": 12500, "currency": "THB"}
    assert hired.json()["history"][-1]["occurred_on"] == hired_on.isoformat()
    # Still employed after 30 days is refused until 30 days after the hire (409) and on a
    # day still to come (422); each problem names the field and the day it allows.
    too_soon = officer.call(
        "POST", f"/v1/matches/{match_id}/outcomes", json={"outcome": "retained_30"}
    )
    assert too_soon.status_code == 409
    assert too_soon.headers["content-type"] == "application/problem+json"
    [error] = too_soon.json()["errors"]
    assert error["loc"] == ["body", "occurred_on"]
    assert error["code"] == "OCCURRED_ON_BEFORE_RETENTION"
    assert error["suggestions"] == [(hired_on + timedelta(days=30)).isoformat()]
    in_the_future = officer.call(
        "POST",
        f"/v1/matches/{match_id}/outcomes",
        json={"outcome": "retained_30", "occurred_on": error["suggestions"][0]},
    )
    assert in_the_future.status_code == 422
    [error] = in_the_future.json()["errors"]
    assert (error["loc"], error["code"]) == (["body", "occurred_on"], "OCCURRED_ON_IN_THE_FUTURE")
    ended = officer.ok("POST", f"/v1/matches/{match_id}/outcomes", json={"outcome": "ended"})
    assert [step["state"] for step in ended.json()["history"]] == [
        "proposed",
        "accepted",
        "employer_interest",
        "introduced",
        "hired",
        "ended",
    ]
    listed = officer.ok("GET", f"/v1/survivors/{survivor_id}/matches").json()["items"]
    assert [m["id"] for m in listed] == [match_id]

    # Another organisation's officer: no such survivor.
    for path in (f"/v1/survivors/{survivor_id}", f"/v1/survivors/{survivor_id}/matches"):
        foreign = stranger.call("GET", path)
        assert foreign.status_code == 404
        assert foreign.headers["content-type"] == "application/problem+json"
    assert stranger.call("GET", f"/v1/matches/{match_id}").status_code == 404

    # Every read and write of the survivor's data is in the audit trail.
    audit = officer.ok("GET", f"/v1/audit?survivor_id={survivor_id}&limit=200").json()["items"]
    actions = {record["action"] for record in audit}
    assert {
        "survivor.create",
        "consent.update",
        "readiness.assess",
        "match.request",
        "match.propose",
        "match.decide",
        "outcome.record",
        "survivor.read",
    } <= actions
    assert {record["purpose"] for record in audit} >= {"case_management", "matching"}
    # The employer's read of the card is in the survivor's trail too, for their officers.
    assert any(
        r["action"] == "shortlist.read" and r["target_id"] == card["match_id"] for r in audit
    )
    admin_view = admin.ok("GET", "/v1/audit?action=shortlist.read&limit=200").json()["items"]
    assert any(r["target_id"] == card["match_id"] for r in admin_view)
    assert stranger.call("GET", f"/v1/audit?survivor_id={survivor_id}").status_code == 404

    # The events went out on Kafka.
    survivor_events = _events(
        kafka_bootstrap,
        "survivors.v1",
        survivor_id,
        until=lambda seen: {"SurvivorUpserted", "ReadinessAssessed", "ConsentChanged"} <= set(seen),
        timeout_s=45,
    )
    assert {"SurvivorUpserted", "ReadinessAssessed", "ConsentChanged"} <= set(survivor_events)
    match_events = _events(
        kafka_bootstrap,
        "matches.v1",
        survivor_id,
        until=lambda seen: seen.count("MatchTransitioned") >= 5,
        timeout_s=45,
    )
    assert "MatchProposed" in match_events
    assert match_events.count("MatchTransitioned") == 5  # accepted ... hired, ended
    assert match_events.count("OutcomeRecorded") == 1  # hired; the refused steps sent nothing


def _employment_ready(officer: Client, ngo: str, consents: list[str]) -> tuple[str, str]:
    """A survivor of ``ngo`` registered with ``consents`` and assessed as ready for
    employment: their id and the ETag of the assessment."""
    registered = officer.ok(
        "POST",
        f"/v1/organisations/{ngo}/survivors",
        json={"profile": PROFILE, "consents": consents},
    )
    survivor_id = registered.json()["id"]
    assessed = officer.ok(
        "POST",
        f"/v1/survivors/{survivor_id}/readiness-assessments",
        json={"stage": "employment_ready"},
        **{"If-Match": registered.headers["etag"]},
    )
    return survivor_id, assessed.headers["etag"]


def test_a_proposal_after_a_consent_withdrawal_reads_as_held_even_when_retried(
    system: System,
) -> None:
    """Security and safety probe, session 35 (F3): the survivor withdraws their consent to
    matching after their officer proposed a job. The proposal stays on the officer's list,
    held, with the reason; a client retrying the first POST is answered with the match as
    it is now, held, not as it was; accepting is refused and declining is not; consent
    given again lifts the hold."""
    url = system["url"]
    admin = _login(url, "root.admin")
    ngo = _organisation(admin, "ngo")
    employer_org = _organisation(admin, "employer", vet=True)
    officer = _login(url, _user(admin, ngo, "reintegration_officer"))
    employer = _login(url, _user(admin, employer_org, "employer"))
    survivor_id, etag = _employment_ready(officer, ngo, ["matching", "employer_shortlist"])
    job_id = employer.ok(
        "POST", f"/v1/organisations/{employer_org}/opportunities", json=JOB
    ).json()["id"]
    key = uuid.uuid4().hex

    def propose() -> httpx.Response:
        return officer.call(
            "POST",
            f"/v1/survivors/{survivor_id}/matches",
            json={"opportunity_id": job_id},
            **{"Idempotency-Key": key},
        )

    first = propose()
    assert first.status_code == 201, first.text
    assert first.json()["held_by"] == []
    match_id = first.json()["id"]

    def consent(granted: bool, etag: str) -> httpx.Response:
        return officer.ok(
            "PUT",
            f"/v1/survivors/{survivor_id}/consents/matching",
            json={"granted": granted},
            **{"If-Match": etag},
        )

    withdrawn = consent(False, etag)

    retried = propose()
    assert retried.status_code == 201
    assert retried.headers["idempotent-replayed"] == "true"
    assert (retried.json()["state"], retried.json()["held_by"]) == (
        "proposed",
        ["no_matching_consent"],
    )
    [listed] = officer.ok("GET", f"/v1/survivors/{survivor_id}/matches").json()["items"]
    assert (listed["id"], listed["held_by"]) == (match_id, ["no_matching_consent"])
    refused = officer.call(
        "POST", f"/v1/matches/{match_id}/decision", json={"decision": "accepted"}
    )
    assert refused.status_code == 409, refused.text
    assert "no_matching_consent" in refused.text

    consent(True, withdrawn.headers["etag"])
    assert officer.ok("GET", f"/v1/matches/{match_id}").json()["held_by"] == []
    declined = officer.ok(
        "POST",
        f"/v1/matches/{match_id}/decision",
        json={"decision": "declined", "reason": "wants to wait"},
    )
    assert declined.json()["state"] == "declined"


def test_a_suspended_employer_is_cut_off_at_once_and_let_back_when_lifted(
    system: System,
) -> None:
    """A platform administrator suspends an employer (a safeguarding concern): its user is
    signed out and refused, its job is offered to no one and cannot be proposed; lifting
    the suspension offers it again."""
    url = system["url"]
    admin = _login(url, "root.admin")
    ngo = _organisation(admin, "ngo")
    employer_org = _organisation(admin, "employer", vet=True)
    officer = _login(url, _user(admin, ngo, "reintegration_officer"))
    employer_name = _user(admin, employer_org, "employer")
    employer = _login(url, employer_name)
    survivor_id, _etag = _employment_ready(officer, ngo, ["matching"])
    job_id = employer.ok(
        "POST", f"/v1/organisations/{employer_org}/opportunities", json=JOB
    ).json()["id"]

    def recommended() -> set[str]:
        items = officer.ok("GET", f"/v1/survivors/{survivor_id}/recommendations").json()["items"]
        return {item["opportunity_id"] for item in items}

    assert wait_until(lambda: job_id in recommended(), timeout_s=30)

    etag = admin.ok("GET", f"/v1/organisations/{employer_org}").headers["etag"]
    suspended = admin.ok(
        "POST", f"/v1/organisations/{employer_org}/suspension", **{"If-Match": etag}
    )
    assert suspended.json()["suspended"] is True
    assert employer.call("GET", "/v1/me").status_code == 401
    refused = httpx.post(
        f"{url}/v1/auth/token",
        data={"username": employer_name, "password": PASSWORD},
        timeout=15,
    )
    assert refused.status_code == 403
    assert refused.json()["type"].endswith("/organisation-suspended")
    assert job_id not in recommended()
    proposal = officer.call(
        "POST", f"/v1/survivors/{survivor_id}/matches", json={"opportunity_id": job_id}
    )
    assert proposal.status_code in (409, 422), proposal.text
    assert "organisation_suspended" in proposal.text

    admin.ok(
        "DELETE",
        f"/v1/organisations/{employer_org}/suspension",
        **{"If-Match": suspended.headers["etag"]},
    )
    assert job_id in recommended()
    assert _login(url, employer_name).call("GET", "/v1/me").status_code == 200


def test_with_matching_down_the_gateway_answers_503_and_recovers_by_itself(system: System) -> None:
    url = system["url"]
    admin = _login(url, "root.admin")
    ngo = _organisation(admin, "ngo")
    officer = _login(url, _user(admin, ngo, "reintegration_officer"))
    survivor_id = officer.ok(
        "POST", f"/v1/organisations/{ngo}/survivors", json={"profile": PROFILE}
    ).json()["id"]

    system["matching"].stop()
    down = officer.call("GET", f"/v1/survivors/{survivor_id}")
    assert down.status_code == 503
    assert down.headers["content-type"] == "application/problem+json"
    assert down.json()["type"] == "/problems/backend-unavailable"
    assert int(down.headers["retry-after"]) >= 1
    assert httpx.get(f"{url}/healthz", timeout=5).status_code == 200

    system["matching"] = system["restart_matching"](2)
    assert wait_until(
        lambda: officer.call("GET", f"/v1/survivors/{survivor_id}").status_code == 200,
        timeout_s=90,
        interval_s=1,
    )
