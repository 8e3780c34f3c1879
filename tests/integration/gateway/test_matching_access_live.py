"""Matching through the real gateway over HTTP, with real matching and peer groups on the
shared FerretDB and Kafka: what employers may reach, what officers may type, and what an
empty list says.

What this guards: an employer who kept reading a
match (state, score, history) and expressed interest after the survivor withdrew their
shortlist consent; officer-typed tags shown verbatim to employers; tags nobody could check;
empty recommendations that never said why; line breaks refused; a language listed twice
refused without a location; a minor flag that had to be sent; places silently at 0,0.
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterator
from typing import Any

import pytest

from tests.e2e.support import Client, login, organisation, running_system, user
from tests.support.processes import REPO_ROOT, wait_until

PROFILE: dict[str, Any] = {
    "languages": [{"language": "th", "level": "native"}],
    "residence": {"country": "TH", "district": "Bang Rak", "latitude": 13.73, "longitude": 100.524},
    "age_band": "25-34",
    "interests": "I like making coffee and serving people",
    "skills": ["customer_service"],
    "travel_radius_km": 25,
}
JOB: dict[str, Any] = {
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


@pytest.fixture(scope="module")
def system(
    tmp_path_factory: pytest.TempPathFactory, mongodb_uri: str, kafka_bootstrap: str
) -> Iterator[dict[str, Any]]:
    with running_system(
        tmp_path_factory.mktemp("matching-access"),
        mongodb_uri=mongodb_uri,
        kafka_bootstrap=kafka_bootstrap,
    ) as running:
        admin = login(running.url, "root.admin")
        ngo = organisation(admin, "ngo")
        employer_org = organisation(admin, "employer", vet=True)
        yield {
            "url": running.url,
            "admin": admin,
            "ngo": ngo,
            "officer": login(running.url, user(admin, ngo, "reintegration_officer")),
            "employer_org": employer_org,
            "employer": login(running.url, user(admin, employer_org, "employer")),
        }


def _register(system: dict[str, Any], profile: dict[str, Any], consents: list[str]) -> Any:
    officer: Client = system["officer"]
    return officer.call(
        "POST",
        f"/v1/organisations/{system['ngo']}/survivors",
        json={"profile": profile, "consents": consents},
    )


def _assessed(officer: Client, survivor: Any, stage: str) -> Any:
    return officer.ok(
        "POST",
        f"/v1/survivors/{survivor.json()['id']}/readiness-assessments",
        json={"stage": stage},
        **{"If-Match": survivor.headers["etag"]},
    )


def _accepted_match(system: dict[str, Any]) -> tuple[str, str]:
    """A ready, consenting survivor who accepted a job of the employer: (survivor, match)."""
    officer: Client = system["officer"]
    employer: Client = system["employer"]
    registered = _register(system, PROFILE, ["matching", "employer_shortlist"])
    assert registered.status_code == 201, registered.text
    survivor_id = registered.json()["id"]
    _assessed(officer, registered, "employment_ready")
    job_id = employer.ok(
        "POST", f"/v1/organisations/{system['employer_org']}/opportunities", json=JOB
    ).json()["id"]

    def recommended() -> bool:
        found = officer.ok("GET", f"/v1/survivors/{survivor_id}/recommendations").json()
        return job_id in {item["opportunity_id"] for item in found["items"]}

    assert wait_until(recommended, timeout_s=30)
    match = officer.ok(
        "POST", f"/v1/survivors/{survivor_id}/matches", json={"opportunity_id": job_id}
    ).json()
    officer.ok("POST", f"/v1/matches/{match['id']}/decision", json={"decision": "accepted"})
    return survivor_id, match["id"]


def _withdraw(officer: Client, survivor_id: str, purpose: str) -> None:
    current = officer.ok("GET", f"/v1/survivors/{survivor_id}")
    officer.ok(
        "PUT",
        f"/v1/survivors/{survivor_id}/consents/{purpose}",
        json={"granted": False},
        **{"If-Match": current.headers["etag"]},
    )


def test_a_withdrawn_shortlist_consent_hides_the_match_from_the_employer_at_once(
    system: dict[str, Any],
) -> None:
    officer: Client = system["officer"]
    employer: Client = system["employer"]
    survivor_id, match_id = _accepted_match(system)
    seen = employer.call("GET", f"/v1/matches/{match_id}")
    assert seen.status_code == 200, seen.text
    assert seen.json()["state"] == "accepted"

    _withdraw(officer, survivor_id, "employer_shortlist")

    read = employer.call("GET", f"/v1/matches/{match_id}")
    assert read.status_code == 404
    assert read.headers["content-type"] == "application/problem+json"
    for leaked in ("accepted", "score", "history", survivor_id):
        assert leaked not in read.text
    interest = employer.call("POST", f"/v1/matches/{match_id}/interest", json={})
    assert interest.status_code == 404
    # Nothing moved: the officer still sees the survivor's own decision as the last step.
    assert officer.ok("GET", f"/v1/matches/{match_id}").json()["state"] == "accepted"


def test_a_granted_shortlist_consent_lets_the_employer_express_interest(
    system: dict[str, Any],
) -> None:
    """The other side of the rule above: with consent, the same calls are answered."""
    employer: Client = system["employer"]
    _, match_id = _accepted_match(system)
    interest = employer.call("POST", f"/v1/matches/{match_id}/interest", json={})
    assert interest.status_code == 200, interest.text
    assert interest.json()["state"] == "employer_interest"


# -- tags are vocabulary concepts; employers see their labels ---------------------------------

VOCABULARY_FILES = REPO_ROOT / "services" / "matching" / "vocabulary"


def _label(concept_id: str, language: str) -> str:
    """The label as the vocabulary's own files write it (not as the code under test does)."""
    name = "concepts.toml" if language == "en" else f"{language}.toml"
    with (VOCABULARY_FILES / name).open("rb") as file:
        return str(tomllib.load(file)[concept_id]["label"])


def test_an_unknown_tag_is_refused_where_it_was_typed_with_the_nearest_concepts(
    system: dict[str, Any],
) -> None:
    typed = "sewwing"  # a typo of the concept id `sewing`
    refused = _register(
        system,
        PROFILE | {"skills": ["customer_service", typed], "sectors_to_avoid": ["fishng"]},
        ["matching"],
    )
    assert refused.status_code == 422, refused.text
    assert refused.headers["content-type"] == "application/problem+json"
    errors = {tuple(e["loc"]): e for e in refused.json()["errors"]}
    assert set(errors) == {
        ("body", "profile", "skills", "1"),
        ("body", "profile", "sectors_to_avoid", "0"),
    }
    assert "sewing" in errors[("body", "profile", "skills", "1")]["suggestions"]
    assert "fishing" in errors[("body", "profile", "sectors_to_avoid", "0")]["suggestions"]
    assert typed not in refused.text  # what was typed is never echoed


def test_an_unknown_sector_of_a_job_is_refused_at_the_field(system: dict[str, Any]) -> None:
    employer: Client = system["employer"]
    refused = employer.call(
        "POST",
        f"/v1/organisations/{system['employer_org']}/opportunities",
        json=JOB | {"sector": "food_servise"},
    )
    assert refused.status_code == 422, refused.text
    (error,) = refused.json()["errors"]
    assert error["loc"] == ["body", "sector"]
    assert "food_service" in error["suggestions"]


def test_a_job_that_says_the_employer_keeps_passports_is_refused_at_the_field(
    system: dict[str, Any],
) -> None:
    employer: Client = system["employer"]
    listing = f"/v1/organisations/{system['employer_org']}/opportunities"
    before = employer.call("GET", listing).json()
    description = "Free dormitory and meals; the company keeps your passport for safety."
    refused = employer.call("POST", listing, json=JOB | {"description": description})
    assert refused.status_code == 422, refused.text
    (error,) = refused.json()["errors"]
    assert error["loc"] == ["body", "description"]
    assert error["code"] == "DOCUMENTS_WITHHELD"
    assert description not in refused.text  # what was written is never echoed
    assert employer.call("GET", listing).json() == before  # nothing was stored


def test_a_profile_update_with_an_unknown_tag_is_located_in_the_profile_body(
    system: dict[str, Any],
) -> None:
    officer: Client = system["officer"]
    registered = _register(system, PROFILE, ["matching"])
    assert registered.status_code == 201, registered.text
    refused = officer.call(
        "PUT",
        f"/v1/survivors/{registered.json()['id']}/profile",
        json=PROFILE | {"interest_tags": ["cofee"]},
        **{"If-Match": registered.headers["etag"]},
    )
    assert refused.status_code == 422, refused.text
    (error,) = refused.json()["errors"]
    assert error["loc"] == ["body", "interest_tags", "0"]
    assert "coffee" in error["suggestions"]


def test_the_employer_sees_vocabulary_labels_in_their_language(system: dict[str, Any]) -> None:
    employer: Client = system["employer"]
    _, match_id = _accepted_match(system)
    job_id = system["officer"].ok("GET", f"/v1/matches/{match_id}").json()["opportunity_id"]
    for language, header in (("en", "en-GB"), ("th", "th-TH,th;q=0.9,en;q=0.5")):
        page = employer.ok(
            "GET", f"/v1/opportunities/{job_id}/shortlist", **{"Accept-Language": header}
        ).json()
        (card,) = [c for c in page["items"] if c["match_id"] == match_id]
        assert card["skill_ids"] == ["customer_service"]
        assert card["skills"] == [_label("customer_service", language)]


# -- why a list is empty ------------------------------------------------------------------


def _reasons(officer: Client, survivor_id: str) -> set[str]:
    found = officer.ok("GET", f"/v1/survivors/{survivor_id}/recommendations").json()
    assert found["items"] == []
    return {reason["code"] for reason in found["not_offered_because"]}


def test_an_empty_list_says_what_is_missing(system: dict[str, Any]) -> None:
    officer: Client = system["officer"]
    never_assessed = _register(system, PROFILE, ["matching"])
    assert "not_assessed" in _reasons(officer, never_assessed.json()["id"])

    stabilising = _register(system, PROFILE, ["matching"])
    _assessed(officer, stabilising, "stabilising")
    assert "readiness_stage" in _reasons(officer, stabilising.json()["id"])

    no_consent = _register(system, PROFILE, [])
    _assessed(officer, no_consent, "employment_ready")
    assert "no_matching_consent" in _reasons(officer, no_consent.json()["id"])

    homeless = {k: v for k, v in PROFILE.items() if k != "residence"}
    no_residence = _register(system, homeless, ["matching"])
    _assessed(officer, no_residence, "employment_ready")
    assert "no_residence" in _reasons(officer, no_residence.json()["id"])


# -- inputs -------------------------------------------------------------------------------


def test_line_breaks_are_kept_and_other_control_characters_refused(system: dict[str, Any]) -> None:
    employer: Client = system["employer"]
    description = "Coffee shop near Lumphini.\r\nWe train on espresso.\n\nNo nights."
    posted = employer.call(
        "POST",
        f"/v1/organisations/{system['employer_org']}/opportunities",
        json=JOB | {"description": description},
    )
    assert posted.status_code == 201, posted.text
    assert posted.json()["description"] == description.replace("\r\n", "\n")
    bell = employer.call(
        "POST",
        f"/v1/organisations/{system['employer_org']}/opportunities",
        json=JOB | {"description": "ring\u0007the bell"},
    )
    assert bell.status_code == 422
    assert bell.json()["errors"][0]["loc"] == ["body", "description"]


def test_a_language_listed_twice_is_refused_at_the_languages(system: dict[str, Any]) -> None:
    twice = [{"language": "th", "level": "native"}, {"language": "th", "level": "basic"}]
    refused = _register(system, PROFILE | {"languages": twice}, ["matching"])
    assert refused.status_code == 422
    assert [e["loc"] for e in refused.json()["errors"]] == [["body", "profile", "languages"]]


def test_minor_follows_the_band_and_the_age_in_years_comes_back(system: dict[str, Any]) -> None:
    minor = PROFILE | {"age_band": "15-17", "age_years": 16}
    registered = _register(system, minor, ["matching"])
    assert registered.status_code == 201, registered.text
    profile = registered.json()["profile"]
    assert (profile["minor"], profile["age_years"]) == (True, 16)

    disagreeing = _register(system, minor | {"minor": False}, ["matching"])
    assert disagreeing.status_code == 422
    assert disagreeing.json()["errors"][0]["loc"] == ["body", "profile", "minor"]
    outside = _register(system, minor | {"age_years": 18}, ["matching"])
    assert outside.status_code == 422
    assert outside.json()["errors"][0]["loc"] == ["body", "profile", "age_years"]


def test_a_district_without_coordinates_is_found_in_the_gazetteer_or_refused(
    system: dict[str, Any],
) -> None:
    # Pathum Wan's centroid, as the other tests here give it by hand.
    known = PROFILE | {"residence": {"country": "TH", "district": "Pathum Wan"}}
    registered = _register(system, known, ["matching"])
    assert registered.status_code == 201, registered.text
    residence = registered.json()["profile"]["residence"]
    assert abs(residence["latitude"] - 13.744) < 0.05
    assert abs(residence["longitude"] - 100.523) < 0.05

    unknown = PROFILE | {"residence": {"country": "TH", "district": "Nowhere-in-particular"}}
    refused = _register(system, unknown, ["matching"])
    assert refused.status_code == 422
    assert refused.json()["errors"][0]["loc"] == ["body", "profile", "residence"]
    zero = PROFILE | {
        "residence": {"country": "TH", "district": "Bang Rak", "latitude": 0, "longitude": 0}
    }
    assert _register(system, zero, ["matching"]).status_code == 422


# -- the caseload ----------------------------------------------------------------------


def test_the_caseload_lists_only_the_organisations_survivors_filtered_and_paged(
    system: dict[str, Any],
) -> None:
    admin: Client = system["admin"]
    ngo = organisation(admin, "ngo")
    officer = login(system["url"], user(admin, ngo, "reintegration_officer"))

    def register(consents: list[str]) -> Any:
        created = officer.call(
            "POST",
            f"/v1/organisations/{ngo}/survivors",
            json={"profile": PROFILE, "consents": consents},
        )
        assert created.status_code == 201, created.text
        return created

    sharing = register(["matching", "employer_shortlist"])
    matching_only = register(["matching"])
    assessed = register([])
    _assessed(officer, assessed, "training_ready")
    everyone = {r.json()["id"] for r in (sharing, matching_only, assessed)}

    def listed(query: str = "") -> list[dict[str, Any]]:
        items: list[dict[str, Any]] = []
        cursor = ""
        while True:
            page = officer.ok(
                "GET", f"/v1/organisations/{ngo}/survivors?limit=1{query}{cursor}"
            ).json()
            items += page["items"]
            assert len(page["items"]) <= 1
            if not page["next_cursor"]:
                return items
            cursor = f"&cursor={page['next_cursor']}"

    everything = listed()
    assert [line["id"] for line in everything] == sorted(everyone)  # id order, page by page
    assert {line["id"] for line in listed("&consent=employer_shortlist")} == {sharing.json()["id"]}
    assert {line["id"] for line in listed("&consent=matching")} == {
        sharing.json()["id"],
        matching_only.json()["id"],
    }
    (ready,) = listed("&readiness=training_ready")
    assert (ready["id"], ready["readiness"]) == (assessed.json()["id"], "training_ready")
    assert {line["id"] for line in listed("&readiness=not_assessed")} == {
        sharing.json()["id"],
        matching_only.json()["id"],
    }
    assert listed("&updated_since=2999-01-01T00:00:00Z") == []
    for line in everything:
        assert set(line) == {
            "id",
            "alias",
            "readiness",
            "review_due",
            "consents",
            "updated_at",
            "version",
        }
        assert line["updated_at"] is not None

    # Another organisation's officer learns nothing of this caseload.
    other: Client = system["officer"]
    refused = other.call("GET", f"/v1/organisations/{ngo}/survivors")
    assert refused.status_code == 404
