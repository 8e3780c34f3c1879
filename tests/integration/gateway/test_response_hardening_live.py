"""Responses safe to cache-proof, frame-proof and offline-documented, over real HTTP.

The response hardening measured against the real processes: matching, peer groups and
the gateway (``python -m gateway`` under uvicorn) on real Kafka and FerretDB. Every read of
a survivor's data answers ``Cache-Control: no-store`` with the security headers, so do the
idempotent replays; no ``Server`` banner; ``/docs`` and ``/redoc`` load nothing from another
origin and keep no token; oversized bodies of every method, signed in or not, are refused
with a 413 problem and change nothing.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterator
from html.parser import HTMLParser
from typing import Any
from urllib.parse import urlsplit

import httpx2 as httpx
import pytest

from tests.e2e.support import Client, login, organisation, running_system, user
from tests.support.processes import wait_until

MIB = 1024 * 1024
#: What each answer must carry, from the issue and the OWASP secure-headers advice.
HARDENED = {
    "cache-control": "no-store",
    "x-content-type-options": "nosniff",
    "x-frame-options": "DENY",
    "referrer-policy": "no-referrer",
    "cross-origin-opener-policy": "same-origin",
    "cross-origin-resource-policy": "same-origin",
    "content-security-policy": "default-src 'none'; frame-ancestors 'none'",
}
DISTRICT = f"Khlong Toei {uuid.uuid4().hex[:6]}"
PROFILE = {
    "languages": [{"language": "th", "level": "native"}],
    "residence": {"country": "TH", "district": DISTRICT, "latitude": 13.72, "longitude": 100.56},
    "age_band": "25-34",
    "interests": "อยากทำงานในร้านกาแฟ",
    "skills": ["customer_service"],
    "interest_tags": ["cooking"],
    "travel_radius_km": 25,
}
JOB = {
    "kind": "job",
    "title": "Barista",
    "description": "A coffee shop near Lumphini needs a barista; we train on espresso.",
    "sector": "food_service",
    "skills_required": ["customer_service"],
    "languages": [{"language": "th", "level": "conversational"}],
    "location": {"country": "TH", "district": "Pathum Wan", "latitude": 13.74, "longitude": 100.52},
    "pay": {"amount": 12000, "currency": "THB"},
    "openings": 2,
    "minimum_age": 18,
}
GROUP = {
    "title": "Thursday evening circle",
    "languages": ["th"],
    "modality": "in_person",
    "country": "TH",
    "district": DISTRICT,
    "focus": "any",
    "min_size": 3,
    "max_size": 4,
    "schedule": [{"day_of_week": 4, "start_minute": 18 * 60, "duration_minutes": 90}],
}


@pytest.fixture(scope="module")
def system(
    tmp_path_factory: pytest.TempPathFactory, mongodb_uri: str, kafka_bootstrap: str
) -> Iterator[dict[str, Any]]:
    tmp = tmp_path_factory.mktemp("hardening")
    with running_system(tmp, mongodb_uri=mongodb_uri, kafka_bootstrap=kafka_bootstrap) as running:
        url = running.url
        admin = login(url, "root.admin")
        ngo = organisation(admin, "ngo")
        employer_org = organisation(admin, "employer", vet=True)
        peer_org = organisation(admin, "peer_support")
        officer_name = user(admin, ngo, "reintegration_officer")
        officer = login(url, officer_name)
        employer = login(url, user(admin, employer_org, "employer"))
        facilitator = login(url, user(admin, peer_org, "facilitator"))

        registration_key = uuid.uuid4().hex
        registration_body = {
            "profile": PROFILE,
            "consents": ["matching", "employer_shortlist", "peer_groups"],
        }
        registered = officer.ok(
            "POST",
            f"/v1/organisations/{ngo}/survivors",
            json=registration_body,
            **{"Idempotency-Key": registration_key},
        )
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
            page = officer.ok("GET", f"/v1/survivors/{survivor_id}/recommendations").json()
            return any(item["opportunity_id"] == job_id for item in page["items"])

        assert wait_until(recommended, timeout_s=60, interval_s=0.5)
        match_id = officer.ok(
            "POST", f"/v1/survivors/{survivor_id}/matches", json={"opportunity_id": job_id}
        ).json()["id"]
        officer.ok("POST", f"/v1/matches/{match_id}/decision", json={"decision": "accepted"})
        group_id = facilitator.ok(
            "POST", f"/v1/organisations/{peer_org}/peer-groups", json=GROUP
        ).json()["id"]
        yield {
            "url": url,
            "admin": admin,
            "officer": officer,
            "officer_name": officer_name,
            "employer": employer,
            "facilitator": facilitator,
            "ngo": ngo,
            "peer_org": peer_org,
            "survivor_id": survivor_id,
            "registration": (registration_key, registration_body, registered.json()),
            "job_id": job_id,
            "match_id": match_id,
            "group_id": group_id,
        }


def _assert_hardened(response: httpx.Response, where: str) -> None:
    for name, value in HARDENED.items():
        assert response.headers.get(name) == value, f"{where}: {name}"
    assert "server" not in response.headers, f"{where}: Server banner"


def test_every_read_of_a_survivors_data_is_not_stored_and_is_hardened(
    system: dict[str, Any],
) -> None:
    s = system
    sid, officer = s["survivor_id"], s["officer"]
    reads: list[tuple[Client, str]] = [
        (officer, f"/v1/survivors/{sid}"),
        (officer, f"/v1/survivors/{sid}/readiness"),
        (officer, f"/v1/survivors/{sid}/consents"),
        (officer, f"/v1/survivors/{sid}/recommendations"),
        (officer, f"/v1/survivors/{sid}/matches"),
        (officer, f"/v1/matches/{s['match_id']}"),
        (officer, f"/v1/audit?survivor_id={sid}"),
        (s["employer"], f"/v1/opportunities/{s['job_id']}/shortlist"),
        (s["facilitator"], f"/v1/peer-groups/{s['group_id']}"),
        (s["facilitator"], f"/v1/organisations/{s['peer_org']}/peer-groups"),
        (s["admin"], f"/v1/audit?survivor_id={sid}"),
        (officer, "/v1/me"),
    ]
    for client, path in reads:
        response = client.call("GET", path)
        assert response.status_code == 200, f"{path}: {response.text}"
        _assert_hardened(response, path)
    # Refusals and the probes too.
    url = s["url"]
    for response, where in (
        (httpx.get(f"{url}/v1/survivors/{sid}", timeout=10), "401"),
        (s["employer"].call("GET", f"/v1/survivors/{sid}"), "403/404"),
        (httpx.get(f"{url}/healthz", timeout=10), "/healthz"),
        (httpx.get(f"{url}/readyz", timeout=10), "/readyz"),
        (httpx.get(f"{url}/metrics", timeout=10), "/metrics (404: not on the API's port)"),
        (httpx.get(f"{url}/openapi.json", timeout=10), "/openapi.json"),
    ):
        _assert_hardened(response, where)


def test_an_idempotent_replay_is_not_stored_and_is_hardened(system: dict[str, Any]) -> None:
    key, body, first = system["registration"]
    again = system["officer"].call(
        "POST",
        f"/v1/organisations/{system['ngo']}/survivors",
        json=body,
        **{"Idempotency-Key": key},
    )
    assert again.status_code == 201, again.text
    assert again.headers["idempotent-replayed"] == "true"
    assert again.json()["id"] == first["id"]
    _assert_hardened(again, "replayed registration")


class _References(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.urls += [v for k, v in attrs if k in {"src", "href", "spec-url"} and v]


@pytest.mark.parametrize("page", ["/docs", "/redoc"])
def test_the_docs_load_only_the_gateways_own_files(system: dict[str, Any], page: str) -> None:
    url = system["url"]
    response = httpx.get(url + page, timeout=10)
    assert response.status_code == 200
    assert "server" not in response.headers
    assert response.headers["cache-control"] == "no-store"
    assert "frame-ancestors 'none'" in response.headers["content-security-policy"]
    assert "'unsafe-inline'" not in _directive(response, "script-src")
    assert _directive(response, "connect-src") == "'self'"
    parser = _References()
    parser.feed(response.text)
    assert parser.urls
    assert re.search(r"https?://", response.text) is None
    for reference in parser.urls:
        parts = urlsplit(reference)
        assert not parts.scheme, reference
        assert not parts.netloc, reference
        assert reference.startswith("/"), reference
        fetched = httpx.get(url + reference, timeout=30)
        assert fetched.status_code == 200, reference
        assert "server" not in fetched.headers
        assert fetched.headers["x-content-type-options"] == "nosniff"
    if page == "/docs":
        assert re.search(r'"persistAuthorization": false,', response.text)


def _directive(response: httpx.Response, name: str) -> str:
    for directive in response.headers["content-security-policy"].split("; "):
        key, _, value = directive.partition(" ")
        if key == name:
            return value
    return ""


def _problem_413(response: httpx.Response, where: str) -> None:
    assert response.status_code == 413, f"{where}: {response.status_code} {response.text[:200]}"
    assert response.headers["content-type"] == "application/problem+json", where
    assert response.json()["type"] == "/problems/payload-too-large", where
    _assert_hardened(response, where)


def _chunks(total: int) -> Iterator[bytes]:
    """A JSON body of ``total`` bytes sent chunked: no Content-Length announces it."""
    yield b'{"languages": ['
    sent = 15
    while sent < total:
        yield b" " * 65536
        sent += 65536
    yield b"]}"


def test_oversized_bodies_of_every_method_are_refused_and_change_nothing(
    system: dict[str, Any],
) -> None:
    s = system
    url, officer, admin = s["url"], s["officer"], s["admin"]
    sid = s["survivor_id"]
    before = officer.ok("GET", f"/v1/survivors/{sid}")
    padding = " " * (2 * MIB)
    big_profile = '{"profile": {"interests": "x"}' + padding + "}"
    officer_headers = {
        "Authorization": f"Bearer {officer.token}",
        "Content-Type": "application/json",
        "If-Match": before.headers["etag"],
    }

    put = httpx.put(
        f"{url}/v1/survivors/{sid}/profile",
        content=big_profile.encode(),
        headers=officer_headers,
        timeout=60,
    )
    _problem_413(put, "PUT 2 MiB")
    chunked = httpx.put(
        f"{url}/v1/survivors/{sid}/profile",
        content=_chunks(2 * MIB),
        headers=officer_headers,
        timeout=60,
    )
    assert "content-length" not in chunked.request.headers
    _problem_413(chunked, "PUT 2 MiB chunked")

    me = admin.ok("GET", "/v1/users?limit=200").json()["items"]
    officer_user = next(u for u in me if u["username"] == s["officer_name"])
    user_read = admin.ok("GET", f"/v1/users/{officer_user['id']}")
    patch = httpx.patch(
        f"{url}/v1/users/{officer_user['id']}",
        content=('{"disabled": true' + padding + "}").encode(),
        headers={
            "Authorization": f"Bearer {admin.token}",
            "Content-Type": "application/json",
            "If-Match": user_read.headers["etag"],
        },
        timeout=60,
    )
    _problem_413(patch, "PATCH 2 MiB")
    delete = httpx.request(
        "DELETE",
        f"{url}/v1/survivors/{sid}",
        content=padding.encode(),
        headers=officer_headers,
        timeout=60,
    )
    _problem_413(delete, "DELETE 2 MiB")
    anonymous = httpx.post(
        f"{url}/v1/auth/token",
        data={"username": s["officer_name"], "password": "p" * (2 * MIB)},
        timeout=60,
    )
    _problem_413(anonymous, "anonymous POST 2 MiB")
    assert "ppp" not in anonymous.text

    # Nothing changed: the same survivor at the same version, the officer still enabled.
    after = officer.ok("GET", f"/v1/survivors/{sid}")
    assert after.headers["etag"] == before.headers["etag"]
    assert after.json() == before.json()
    assert admin.ok("GET", f"/v1/users/{officer_user['id']}").json()["disabled"] is False
    # The connection still serves after refusing: the gateway is up and answers.
    assert httpx.get(f"{url}/healthz", timeout=10).status_code == 200
