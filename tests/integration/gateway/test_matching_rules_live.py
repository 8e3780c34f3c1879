"""Safety rules of matching, through the real gateway and services.

- Minors were offered nothing: the minimum-age check used the band's lower bound (15), so
  a course for 16 and over excluded every 15-17-year-old. With the age in years recorded,
  a 16-year-old is offered it and a 15-year-old is not.
- Sectors to avoid missed narrower sectors: a deckhand job posted in
  ``fishing_aquaculture`` was offered to a survivor avoiding ``fishing``. Now neither it nor
  a fish farm is, while a survivor avoiding nothing is offered both.
- A 14-year-old could not be registered (the minors' band was 15-17). Now ``14-17`` is the
  minors' band, a minor's age in years is required, and a 14-year-old is offered a course
  for 14 and over, never one for 15 and over nor a hazardous one.
- Work across a border is the survivor's own choice, "no" by default: a job 7 km away
  across the Thai-Cambodian border is offered only once they chose it, and even then a
  place beyond their travel radius is not.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from tests.e2e.support import Client, login, organisation, running_system, user
from tests.support.processes import wait_until

BANGKOK = {"country": "TH", "district": "Bang Rak", "latitude": 13.73, "longitude": 100.524}


@pytest.fixture(scope="module")
def system(
    tmp_path_factory: pytest.TempPathFactory, mongodb_uri: str, kafka_bootstrap: str
) -> Iterator[dict[str, Any]]:
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


# -- fourteen-year-olds and borders ------------------------------------------------------------

ARANYAPRATHET = {
    "country": "TH",
    "district": "Aranyaprathet",
    "latitude": 13.6956,
    "longitude": 102.5064,
}
POIPET = {"country": "KH", "district": "Poipet", "latitude": 13.6593, "longitude": 102.5627}
PHNOM_PENH = {"country": "KH", "district": "Daun Penh", "latitude": 11.57, "longitude": 104.92}


def test_a_fourteen_year_old_is_offered_a_course_for_14_and_none_for_15_or_hazardous(
    system: dict[str, Any],
) -> None:
    officer, provider = system["officer"], system["provider"]
    for_14 = _post(provider, system["provider_org"], _course("Barista course for 14+", 14))
    for_15 = _post(provider, system["provider_org"], _course("Barista course for 15+", 15))
    hazardous = _course("Roasting course for 14+", 14) | {"hazardous": True}
    roasting = _post(provider, system["provider_org"], hazardous)
    fourteen = _ready(system, _minor(14) | {"age_band": "14-17"}, "training_ready")
    fifteen = _ready(system, _minor(15) | {"age_band": "14-17"}, "training_ready")

    assert wait_until(lambda: for_14 in _offered(officer, fourteen), timeout_s=30)
    offered_14 = _offered(officer, fourteen)
    assert for_15 not in offered_14
    assert roasting not in offered_14  # hazardous: never for a minor
    assert wait_until(lambda: {for_14, for_15} <= _offered(officer, fifteen), timeout_s=30)
    assert roasting not in _offered(officer, fifteen)


def test_a_minor_without_an_age_in_years_is_refused_through_the_gateway(
    system: dict[str, Any],
) -> None:
    officer: Client = system["officer"]
    profile = _minor(14) | {"age_band": "14-17"}
    del profile["age_years"]
    refused = officer.call(
        "POST",
        f"/v1/organisations/{system['ngo']}/survivors",
        json={"profile": profile, "consents": ["matching"]},
    )
    assert refused.status_code == 422
    assert ["body", "profile", "age_years"] in [e["loc"] for e in refused.json()["errors"]]


def _border_job(title: str, place: dict[str, Any]) -> dict[str, Any]:
    return {
        "kind": "job",
        "title": title,
        "description": "Make coffee and serve customers at a busy market cafe.",
        "sector": "food_service",
        "skills_required": ["barista"],
        "languages": [{"language": "th", "level": "basic"}],
        "location": place,
        "openings": 3,
        "minimum_age": 18,
    }


def test_a_job_across_the_border_waits_for_the_survivors_own_choice(
    system: dict[str, Any],
) -> None:
    officer, employer = system["officer"], system["employer"]
    at_home = _post(
        employer, system["employer_org"], _border_job("Barista in Aranyaprathet", ARANYAPRATHET)
    )
    across = _post(employer, system["employer_org"], _border_job("Barista in Poipet", POIPET))
    far = _post(employer, system["employer_org"], _border_job("Barista in Phnom Penh", PHNOM_PENH))
    profile = {
        "languages": [{"language": "th", "level": "native"}, {"language": "km", "level": "fluent"}],
        "residence": ARANYAPRATHET,
        "age_band": "25-34",
        "interests": "I like making coffee",
        "interest_tags": ["coffee"],
        "skills": ["barista"],
        "travel_radius_km": 25,  # Poipet is about 7 km away, Phnom Penh about 300 km
    }
    survivor = _ready(system, profile, "employment_ready")

    # The job at home shows the index has both (posted together); the one 7 km across the
    # border is not offered to someone who did not choose to be open to it.
    assert wait_until(lambda: at_home in _offered(officer, survivor), timeout_s=30)
    assert not {across, far} & _offered(officer, survivor)

    current = officer.ok("GET", f"/v1/survivors/{survivor}")
    assert current.json()["profile"]["open_to_cross_border"] is False
    chosen = officer.ok(
        "PUT",
        f"/v1/survivors/{survivor}/profile",
        json=profile | {"open_to_cross_border": True},
        **{"If-Match": current.headers["etag"]},
    )
    assert chosen.json()["profile"]["open_to_cross_border"] is True
    assert wait_until(lambda: across in _offered(officer, survivor), timeout_s=30)
    offered = _offered(officer, survivor)
    assert at_home in offered
    assert far not in offered  # open to the border, still within the travel radius only
