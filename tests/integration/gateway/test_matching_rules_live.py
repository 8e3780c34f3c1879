"""Safety rules of matching, through the real gateway and services (issue 14's findings).

- Minors were offered nothing: the minimum-age check used the band's lower bound (15), so
  a course for 16 and over excluded every 15-17-year-old. With the age in years recorded,
  a 16-year-old is offered it and a 15-year-old is not.
- Sectors to avoid missed narrower sectors: a deckhand job posted in
  ``fishing_aquaculture`` was offered to a survivor avoiding ``fishing``. Now neither it nor
  a fish farm is, while a survivor avoiding nothing is offered both.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from tests.e2e.support import Client, login, organisation, running_system, user
from tests.support.processes import wait_until

BANGKOK = {"country": "TH", "district": "Bang Rak", "latitude": 13.73, "longitude": 100.524}


@pytest.fixture(scope="module")
def system(tmp_path_factory, mongodb_uri, kafka_bootstrap) -> Iterator[dict[str, Any]]:
    with running_system(
        tmp_path_factory.mktemp("matching-rules"),
        mongodb_uri=mongodb_uri,
        kafka_bootstrap=kafka_bootstrap,
    ) as running:
        admin = login(running.url, "root.admin")
        ngo = organisation(admin, "ngo")
        employer_org = organisation(admin, "employer", vet=True)
        provider_org = organisation(admin, "training_provider", vet=True)
        yield {
            "ngo": ngo,
            "officer": login(running.url, user(admin, ngo, "reintegration_officer")),
            "employer_org": employer_org,
            "employer": login(running.url, user(admin, employer_org, "employer")),
            "provider_org": provider_org,
            "provider": login(running.url, user(admin, provider_org, "training_provider")),
        }


def _ready(system: dict[str, Any], profile: dict[str, Any], stage: str) -> str:
    officer: Client = system["officer"]
    registered = officer.call(
        "POST",
        f"/v1/organisations/{system['ngo']}/survivors",
        json={"profile": profile, "consents": ["matching"]},
    )
    assert registered.status_code == 201, registered.text
    officer.ok(
        "POST",
        f"/v1/survivors/{registered.json()['id']}/readiness-assessments",
        json={"stage": stage},
        **{"If-Match": registered.headers["etag"]},
    )
    return str(registered.json()["id"])


def _post(owner: Client, organisation_id: str, body: dict[str, Any]) -> str:
    return str(
        owner.ok("POST", f"/v1/organisations/{organisation_id}/opportunities", json=body).json()[
            "id"
        ]
    )


def _offered(officer: Client, survivor_id: str) -> set[str]:
    found = officer.ok("GET", f"/v1/survivors/{survivor_id}/recommendations?top_k=50").json()
    return {item["opportunity_id"] for item in found["items"]}


def _course(title: str, minimum_age: int) -> dict[str, Any]:
    return {
        "kind": "training",
        "title": title,
        "description": "Learn to make coffee and serve customers in a training cafe.",
        "sector": "food_service",
        "skills_taught": ["barista", "customer_service"],
        "languages": [{"language": "th", "level": "basic"}],
        "location": BANGKOK,
        "openings": 10,
        "minimum_age": minimum_age,
    }


def _minor(age: int) -> dict[str, Any]:
    return {
        "languages": [{"language": "th", "level": "native"}],
        "residence": BANGKOK,
        "age_band": "15-17",
        "age_years": age,
        "interests": "I like making coffee",
        "interest_tags": ["coffee"],
        "travel_radius_km": 25,
    }


def test_a_minor_is_offered_exactly_the_courses_their_age_allows(system: dict[str, Any]) -> None:
    officer, provider = system["officer"], system["provider"]
    for_16 = _post(provider, system["provider_org"], _course("Barista course for 16+", 16))
    for_17 = _post(provider, system["provider_org"], _course("Barista course for 17+", 17))
    hazardous = _course("Roasting course for 16+", 16) | {"hazardous": True}
    roasting = _post(provider, system["provider_org"], hazardous)
    sixteen = _ready(system, _minor(16), "training_ready")
    fifteen = _ready(system, _minor(15), "training_ready")

    assert wait_until(lambda: for_16 in _offered(officer, sixteen), timeout_s=30)
    offered_16 = _offered(officer, sixteen)
    assert for_17 not in offered_16
    assert roasting not in offered_16  # hazardous: never for a minor
    assert not {for_16, for_17, roasting} & _offered(officer, fifteen)


def test_avoiding_fishing_keeps_away_every_job_of_the_fishing_sector(
    system: dict[str, Any],
) -> None:
    officer, employer = system["officer"], system["employer"]
    job: dict[str, Any] = {
        "kind": "job",
        "sector": "fishing_aquaculture",
        "languages": [{"language": "th", "level": "basic"}],
        "location": BANGKOK,
        "openings": 3,
        "minimum_age": 18,
    }
    deckhand = _post(
        employer,
        system["employer_org"],
        job
        | {
            "title": "Deckhand on a fishing boat",
            "description": "Work on a fishing boat: nets, sorting the catch, cleaning.",
        },
    )
    farm = _post(
        employer,
        system["employer_org"],
        job
        | {
            "title": "Fish farm worker",
            "description": "Feed the fish in the ponds of a fish farm and keep them clean.",
        },
    )
    profile = {
        "languages": [{"language": "th", "level": "native"}],
        "residence": BANGKOK,
        "age_band": "25-34",
        "interests": "I grew up fishing and like working on boats and with fish",
        "interest_tags": ["fishing", "fish_farming"],
        "travel_radius_km": 25,
    }
    avoiding = _ready(system, profile | {"sectors_to_avoid": ["fishing"]}, "employment_ready")
    not_avoiding = _ready(system, profile, "employment_ready")

    # Someone avoiding nothing is offered both: the jobs are reachable and relevant.
    assert wait_until(lambda: {deckhand, farm} <= _offered(officer, not_avoiding), timeout_s=30)
    assert not {deckhand, farm} & _offered(officer, avoiding)
