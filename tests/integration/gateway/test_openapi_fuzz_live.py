"""Schemathesis against the live gateway's own OpenAPI, as every kind of caller.

Real processes over sockets (``tests/e2e/support.running_system``): matching and peer
groups (gRPC, FerretDB, Kafka) and the gateway (uvicorn). The schema is loaded from the
running gateway's ``/openapi.json``, and every operation in it is called with generated
valid and invalid input, anonymously and with the real login of a platform administrator,
a reintegration officer, an employer and a facilitator. Every answer must be documented:
no 5xx, a status code the operation lists, its content type and body schema, and a
problem document (``application/problem+json`` with ``type``, ``title`` and ``status``) for
every 4xx.

Examples are bounded and derandomised (a fixed seed), so a run is reproducible and takes a
few minutes. Path ids are sometimes replaced by real ones (the caller's organisation, a
survivor, an opportunity, a match, a group), so the calls get past "not found" into the
backends.

Each operation is one subtest built from Schemathesis's Python API
(``APIOperation.as_strategy`` under Hypothesis's ``@given``, ``Case.call_and_validate``):
``schemathesis.pytest.from_fixture`` (4.32) sets ``Function._nodeid``, which pytest 9.2 no
longer has, and the schema is only known once the fixture has started the gateway.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterator, Mapping
from typing import Any

import httpx2 as httpx
import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from schemathesis import GenerationMode
from schemathesis.checks import not_a_server_error
from schemathesis.core.result import Ok
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from tests.e2e.support import PASSWORD, Client, login, organisation, running_system, user

pytestmark = pytest.mark.timeout(900)

#: Examples per operation and caller: bounded, so the whole file runs in a few minutes.
MAX_EXAMPLES = 10
SEED = 20240607
PROBLEM_JSON = "application/problem+json"
CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
]
ROLES = ("anonymous", "platform_admin", "reintegration_officer", "employer", "facilitator")
PROFILE: dict[str, Any] = {
    "languages": [{"language": "th", "level": "native"}],
    "residence": {"country": "TH", "district": "Bang Rak", "latitude": 13.73, "longitude": 100.5},
    "age_band": "25-34",
    "interests": "baking and coffee",
    "skills": ["customer_service"],
    "travel_radius_km": 25,
    "income_goal": {"amount": 9000, "currency": "THB"},
    "interest_tags": ["cooking"],
    "availability": [{"day_of_week": 4, "start_minute": 1080, "duration_minutes": 90}],
}
JOB: dict[str, Any] = {
    "kind": "job",
    "title": "Barista",
    "description": "A coffee shop needs a barista; we train on espresso.",
    "sector": "food_service",
    "skills_required": ["customer_service"],
    "languages": [{"language": "th", "level": "conversational"}],
    "location": {"country": "TH", "district": "Pathum Wan", "latitude": 13.74, "longitude": 100.5},
    "pay": {"amount": 12000, "currency": "THB"},
    "openings": 2,
    "minimum_age": 18,
}
GROUP: dict[str, Any] = {
    "title": "Thursday evening circle",
    "languages": ["th"],
    "modality": "online",
    "focus": "any",
    "min_size": 3,
    "max_size": 6,
    "schedule": [{"day_of_week": 4, "start_minute": 1080, "duration_minutes": 90}],
}


@pytest.fixture(scope="module")
def live(
    tmp_path_factory: pytest.TempPathFactory, mongodb_uri: str, kafka_bootstrap: str
) -> Iterator[dict[str, Any]]:
    """The running system, a user of each role, and a few real objects for path ids."""
    tmp = tmp_path_factory.mktemp("openapi-fuzz")
    # Generous limits: the fuzzer writes and logs in far faster than a person; 429 itself is
    # documented and checked, but a budget spent early would hide every route behind it.
    limits = {
        "PATHWAYS_LOGIN_LIMIT_PER_IP": "100000",
        "PATHWAYS_LOGIN_LIMIT_PER_USERNAME": "100000",
        "PATHWAYS_LOGIN_LIMIT_PER_ACCOUNT": "100000",
        "PATHWAYS_REFRESH_LIMIT_PER_IP": "100000",
        "PATHWAYS_WRITE_LIMIT_PER_USER": "100000",
        "PATHWAYS_READ_LIMIT_PER_USER": "100000000",
        "PATHWAYS_WRITE_LIMIT_PER_IP": "100000",
    }
    with running_system(
        tmp, mongodb_uri=mongodb_uri, kafka_bootstrap=kafka_bootstrap, gateway_env=limits
    ) as system:
        url = system.url
        admin = login(url, "root.admin")
        ngo = organisation(admin, "ngo")
        employer_org = organisation(admin, "employer", vet=True)
        peer_org = organisation(admin, "peer_support")
        usernames = {
            "platform_admin": "root.admin",
            "reintegration_officer": user(admin, ngo, "reintegration_officer"),
            "employer": user(admin, employer_org, "employer"),
            "facilitator": user(admin, peer_org, "facilitator"),
        }
        # A user of their own whom the administrator's fuzzing may change or disable freely.
        spare = user(admin, ngo, "reintegration_officer")
        spare_id = next(
            u["id"]
            for u in admin.ok("GET", "/v1/users?limit=200").json()["items"]
            if u["username"] == spare
        )
        clients = {role: login(url, name) for role, name in usernames.items()}
        officer, employer, facilitator = (
            clients["reintegration_officer"],
            clients["employer"],
            clients["facilitator"],
        )
        survivor = officer.ok(
            "POST",
            f"/v1/organisations/{ngo}/survivors",
            json={"profile": PROFILE, "consents": ["matching", "employer_shortlist"]},
        )
        survivor_id = survivor.json()["id"]
        officer.ok(
            "POST",
            f"/v1/survivors/{survivor_id}/readiness-assessments",
            json={"stage": "employment_ready"},
            **{"If-Match": survivor.headers["etag"]},
        )
        job_id = employer.ok(
            "POST", f"/v1/organisations/{employer_org}/opportunities", json=JOB
        ).json()["id"]
        match_id = officer.ok(
            "POST", f"/v1/survivors/{survivor_id}/matches", json={"opportunity_id": job_id}
        ).json()["id"]
        group_id = facilitator.ok(
            "POST", f"/v1/organisations/{peer_org}/peer-groups", json=GROUP
        ).json()["id"]
        yield {
            "url": url,
            "usernames": usernames,
            "clients": clients,
            "organisations": {
                "platform_admin": admin.ok("GET", "/v1/me").json()["organisation_id"],
                "reintegration_officer": ngo,
                "employer": employer_org,
                "facilitator": peer_org,
                "anonymous": ngo,
            },
            "ids": {
                "user_id": spare_id,
                "survivor_id": survivor_id,
                "opportunity_id": job_id,
                "match_id": match_id,
                "group_id": group_id,
            },
        }
    # Whatever was sent, no password and nothing of the profile reached a log.
    for log in ("gateway.log", "matching.log", "peer_groups.log"):
        text = (tmp / log).read_text(errors="replace")
        for personal in (PASSWORD, PROFILE["interests"], PROFILE["residence"]["district"]):
            assert personal not in text, f"personal data in {log}"


@pytest.fixture(scope="module")
def gateway_schema(live: dict[str, Any]) -> schemathesis.BaseSchema:
    """The schema exactly as the running gateway serves it."""
    config = schemathesis.Config.from_dict(
        {"seed": SEED, "generation": {"deterministic": True, "max-examples": MAX_EXAMPLES}}
    )
    return schemathesis.openapi.from_url(f"{live['url']}/openapi.json", config=config, timeout=15)


def _problem_on_4xx(response: schemathesis.Response) -> None:
    if not 400 <= response.status_code < 500:
        return
    content_type = response.headers.get("content-type", [""])[0]
    assert content_type.startswith(PROBLEM_JSON), (
        f"{response.status_code} answered {content_type!r}, not a problem document"
    )
    body = response.json()
    assert isinstance(body, dict)
    assert {"type", "title", "status"} <= body.keys(), sorted(body)
    assert body["status"] == response.status_code
    assert str(body["type"]).startswith("/problems/")


#: schemathesis leaves its operations' parameter types open (its own annotations are bare).
Operation = schemathesis.APIOperation[Any, Any, Any, Any]


def _cases(operation: Operation, real: dict[str, str]) -> st.SearchStrategy[Any]:
    """Valid and invalid input, with generated path ids and with real ones; the schema's
    own examples too."""
    known = {name: real[name] for name in re.findall(r"{(\w+)}", operation.path) if name in real}
    strategies = list(operation.get_strategies_from_examples())
    for mode in (GenerationMode.POSITIVE, GenerationMode.NEGATIVE):
        strategies.append(operation.as_strategy(mode))
        if known:
            strategies.append(operation.as_strategy(mode, path_parameters=known))
    return st.one_of(strategies)


def _fuzz(operation: Operation, *, live: dict[str, Any], role: str) -> None:
    real = dict(live["ids"], organisation_id=live["organisations"][role])

    @settings(
        max_examples=MAX_EXAMPLES,
        derandomize=True,
        database=None,
        deadline=None,
        suppress_health_check=list(HealthCheck),
    )
    @given(case=_cases(operation, real))
    def run(case: schemathesis.Case[Operation]) -> None:
        headers: dict[str, str] = {}
        if role != "anonymous":
            client: Client = live["clients"][role]
            if operation.path == "/v1/auth/logout":
                # Logging out ends the session: log out of a session of its own.
                client = login(live["url"], live["usernames"][role])
            headers["Authorization"] = f"Bearer {client.token}"
        sent: Mapping[str, object] = case.headers or {}
        key = sent.get("Idempotency-Key")
        if isinstance(key, str) and 1 <= len(key) <= 255:
            # A fresh valid key per call, so one example is not answered with another's
            # result; the invalid ones negative generation makes are sent as they are.
            case.headers["Idempotency-Key"] = uuid.uuid4().hex
        response = case.call_and_validate(headers=headers, checks=CHECKS, timeout=30)
        _problem_on_4xx(response)

    run()


@pytest.mark.parametrize("role", ROLES)
def test_every_answer_is_documented(
    live: dict[str, Any],
    gateway_schema: schemathesis.BaseSchema,
    role: str,
    subtests: pytest.Subtests,
) -> None:
    """Each operation of the live schema, fuzzed as ``role``; one subtest per operation."""
    operations: list[Operation] = []
    for result in gateway_schema.get_all_operations():
        assert isinstance(result, Ok), result.err()
        operations.append(result.ok())
    assert len(operations) > 40
    for operation in operations:
        with subtests.test(msg=f"{role} {operation.label}"):
            _fuzz(operation, live=live, role=role)


#: Input the generators do not make (Hypothesis's text has no lone surrogates, its times
#: seldom sit at the calendar's ends, its bodies stay small): each once fed a 500.
ODD_INPUT = [
    pytest.param(
        "platform_admin",
        "POST",
        "/v1/organisations",
        {"body": {"name": "Lotus \ud800", "type": "ngo", "country": "TH"}},
        422,
        id="lone-surrogate-in-a-name",
    ),
    pytest.param(
        "platform_admin",
        "POST",
        "/v1/users",
        {
            "body": {
                "organisation_id": "{organisation_id}",
                "username": "odd.password",
                "role": "platform_admin",
                "password": "correct horse \udfff staple",
            }
        },
        422,
        id="lone-surrogate-in-a-password",
    ),
    pytest.param(
        "reintegration_officer",
        "POST",
        "/v1/organisations/{organisation_id}/survivors",
        {"body": {"profile": PROFILE | {"interests": "baking \ud83d"}}},
        422,
        id="lone-surrogate-in-a-profile",
    ),
    pytest.param(
        "platform_admin",
        "GET",
        "/v1/audit",
        {"query": {"since": "0001-01-01T00:00:00+01:00"}},
        422,
        id="time-before-year-one-in-utc",
    ),
    pytest.param(
        "platform_admin",
        "GET",
        "/v1/audit",
        {"query": {"until": "9999-12-31T23:59:59-01:00"}},
        422,
        id="time-after-year-9999-in-utc",
    ),
    pytest.param(
        "platform_admin",
        "POST",
        "/v1/organisations",
        {"body": {"name": "x" * (1024 * 1024), "type": "ngo", "country": "TH"}},
        413,
        id="body-over-one-mebibyte",
    ),
]


@pytest.mark.parametrize(("role", "method", "path", "parts", "expected"), ODD_INPUT)
def test_odd_input_is_refused_as_documented(
    live: dict[str, Any],
    gateway_schema: schemathesis.BaseSchema,
    role: str,
    method: str,
    path: str,
    parts: dict[str, Any],
    expected: int,
) -> None:
    operation = gateway_schema[path][method]
    organisation_id = live["organisations"][role]
    body = parts.get("body")
    if body is not None and body.get("organisation_id") == "{organisation_id}":
        body = body | {"organisation_id": organisation_id}
    headers = {"Authorization": f"Bearer {live['clients'][role].token}"}
    if method == "POST":
        headers["Idempotency-Key"] = uuid.uuid4().hex
    extra: dict[str, Any] = {"body": body} if body is not None else {}
    case = operation.Case(
        path_parameters={"organisation_id": organisation_id} if "{" in path else None,
        query=parts.get("query"),
        headers=headers,
        **extra,
    )
    response = case.call_and_validate(checks=CHECKS, timeout=30)
    assert response.status_code == expected, response.text[:300]
    _problem_on_4xx(response)
    assert "\\ud" not in response.text  # the offending input is never echoed


def test_the_fuzzed_gateway_still_serves(live: dict[str, Any]) -> None:
    """After the fuzzing (same module), the gateway is up and the officer's session works."""
    assert httpx.get(f"{live['url']}/healthz", timeout=5).status_code == 200
    live["clients"]["reintegration_officer"].ok("GET", "/v1/me")
