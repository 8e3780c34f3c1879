"""``GET /v1/places`` through the real gateway over HTTP: the gazetteer's places for what
was typed, for a signed-in user only, never cached, never in the gateway's log; and a place
suggested is a district the gateway then resolves when a survivor is registered without
coordinates."""

from __future__ import annotations

import math
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx2 as httpx
import pytest

from tests.e2e.support import Client, login, organisation, running_system, user

#: What an officer has typed so far: it must reach no log line.
TYPED = "Phnom Pe"


@pytest.fixture(scope="module")
def system(
    tmp_path_factory: pytest.TempPathFactory, mongodb_uri: str, kafka_bootstrap: str
) -> Iterator[dict[str, Any]]:
    tmp: Path = tmp_path_factory.mktemp("places")
    with running_system(tmp, mongodb_uri=mongodb_uri, kafka_bootstrap=kafka_bootstrap) as running:
        admin = login(running.url, "root.admin")
        ngo = organisation(admin, "ngo")
        yield {
            "url": running.url,
            "ngo": ngo,
            "officer": login(running.url, user(admin, ngo, "reintegration_officer")),
            "log": tmp / "gateway.log",
        }


def _km_apart(a: tuple[float, float], b: tuple[float, float]) -> float:
    x = math.radians(b[1] - a[1]) * math.cos(math.radians((a[0] + b[0]) / 2))
    y = math.radians(b[0] - a[0])
    return 6371.0 * math.hypot(x, y)


def test_an_officer_is_offered_phnom_penh_and_no_cache_keeps_it(system: dict[str, Any]) -> None:
    officer: Client = system["officer"]
    answer = officer.ok("GET", "/v1/places?country=KH&q=phn")
    first = answer.json()["items"][0]
    assert (first["name"], first["country"]) == ("Phnom Penh", "KH")
    assert _km_apart((first["latitude"], first["longitude"]), (11.56, 104.92)) < 5
    assert answer.headers["cache-control"] == "no-store"


def test_without_a_token_nothing_is_offered(system: dict[str, Any]) -> None:
    answer = httpx.get(f"{system['url']}/v1/places?country=KH&q=phn", timeout=15)
    assert answer.status_code == 401
    assert answer.headers["content-type"] == "application/problem+json"


def test_a_country_outside_the_region_is_a_problem_naming_it(system: dict[str, Any]) -> None:
    officer: Client = system["officer"]
    answer = officer.call("GET", "/v1/places?country=FR&q=Paris")
    assert answer.status_code == 422
    assert ["query", "country"] in [e["loc"] for e in answer.json()["errors"]]
    assert "Paris" not in answer.text


def test_a_suggestion_taken_is_resolved_when_a_survivor_is_registered(
    system: dict[str, Any],
) -> None:
    officer: Client = system["officer"]
    suggested = officer.ok("GET", f"/v1/places?country=KH&q={TYPED}").json()["items"][0]
    profile = {
        "languages": [{"language": "km", "level": "native"}],
        "residence": {"country": "KH", "district": suggested["name"]},  # no coordinates
        "age_band": "25-34",
        "travel_radius_km": 10,
    }
    created = officer.ok(
        "POST", f"/v1/organisations/{system['ngo']}/survivors", json={"profile": profile}
    ).json()
    residence = officer.ok("GET", f"/v1/survivors/{created['id']}").json()["profile"]["residence"]
    where = (residence["latitude"], residence["longitude"])
    assert _km_apart(where, (suggested["latitude"], suggested["longitude"])) < 25


def test_what_was_typed_is_never_in_the_gateways_log(system: dict[str, Any]) -> None:
    officer: Client = system["officer"]
    officer.ok("GET", f"/v1/places?country=KH&q={TYPED}")
    officer.call("GET", f"/v1/places?country=KH&q={TYPED}{'x' * 100}")  # a 422 too
    log: Path = system["log"]
    text = log.read_text(encoding="utf-8", errors="replace")
    assert text  # the gateway has written its log (and the file is the right one)
    assert TYPED not in text
    assert TYPED.replace(" ", "%20") not in text
    assert TYPED.replace(" ", "+") not in text
