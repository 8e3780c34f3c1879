"""Survivor profiles through the gateway: 14-year-olds, a minor's exact age, and the choice
to be open to work across a border.

The rules as documented: ``14-17`` is the minors' band and ``15-17`` (the earlier one) stays
valid; ``minor`` follows the band; a minor's ``age_years`` is required on registration and
on update and must lie within the band; ``open_to_cross_border`` is false unless sent as
``true``, and matching is told exactly what was chosen. A stored minor without an age is
still shown.
"""

from __future__ import annotations

from typing import Any

import httpx2
import pytest

from gateway.auth.roles import Role
from pathways.v1 import matching_pb2 as pb
from tests.unit.gateway.harness import World, new_key, world

OFFICER = Role.REINTEGRATION_OFFICER
ADULT: dict[str, Any] = {
    "languages": [{"language": "th", "level": "native"}],
    "residence": {
        "country": "TH",
        "district": "Aranyaprathet",
        "latitude": 13.69,
        "longitude": 102.5,
    },
    "age_band": "25-34",
}


def _register(w: World, profile: dict[str, Any]) -> httpx2.Response:
    ngo = w.organisation_of(OFFICER).id
    return w.client.post(
        f"/v1/organisations/{ngo}/survivors",
        json={"profile": profile},
        headers=w.headers(OFFICER, **{"Idempotency-Key": new_key()}),
    )


def _sent(w: World) -> pb.SurvivorProfile:
    """The profile matching last received."""
    return list(w.matching.survivors.values())[-1].profile


def _locations(response: Any) -> list[list[Any]]:
    return [error["loc"] for error in response.json()["errors"]]


def test_a_fourteen_year_old_is_registered_as_a_minor_with_their_age() -> None:
    with world() as w:
        created = _register(w, ADULT | {"age_band": "14-17", "age_years": 14})
        assert created.status_code == 201, created.text
        profile = created.json()["profile"]
        assert (profile["age_band"], profile["minor"], profile["age_years"]) == ("14-17", True, 14)
        sent = _sent(w)
        assert (sent.age_band, sent.minor, sent.age_years) == ("14-17", True, 14)


def test_the_earlier_minor_band_stays_valid_and_means_a_minor() -> None:
    with world() as w:
        created = _register(w, ADULT | {"age_band": "15-17", "age_years": 16})
        assert created.status_code == 201, created.text
        assert created.json()["profile"]["minor"] is True


@pytest.mark.parametrize("band", ["14-17", "15-17"])
def test_a_minor_without_an_age_in_years_is_refused_at_that_field(band: str) -> None:
    with world() as w:
        refused = _register(w, ADULT | {"age_band": band})
        assert refused.status_code == 422
        assert refused.headers["content-type"] == "application/problem+json"
        assert ["body", "profile", "age_years"] in _locations(refused)
        assert w.matching.survivors == {}  # nothing registered


def test_a_minor_is_refused_as_open_to_work_across_a_border() -> None:
    with world() as w:
        refused = _register(
            w, ADULT | {"age_band": "14-17", "age_years": 16, "open_to_cross_border": True}
        )
        assert refused.status_code == 422
        assert ["body", "profile", "open_to_cross_border"] in _locations(refused)
        assert w.matching.survivors == {}


@pytest.mark.parametrize(("band", "age"), [("14-17", 13), ("14-17", 18), ("15-17", 14)])
def test_an_age_outside_the_band_or_under_14_is_refused(band: str, age: int) -> None:
    with world() as w:
        refused = _register(w, ADULT | {"age_band": band, "age_years": age})
        assert refused.status_code == 422
        assert ["body", "profile", "age_years"] in _locations(refused)
        assert w.matching.survivors == {}


def test_an_adult_may_leave_the_age_out_and_a_minor_flag_must_follow_the_band() -> None:
    with world() as w:
        assert _register(w, ADULT).status_code == 201
        wrong = _register(w, ADULT | {"age_band": "14-17", "age_years": 15, "minor": False})
        assert wrong.status_code == 422
        assert ["body", "profile", "minor"] in _locations(wrong)


def test_the_border_stays_closed_unless_the_survivor_chose_otherwise() -> None:
    with world() as w:
        closed = _register(w, ADULT)
        assert closed.status_code == 201
        assert closed.json()["profile"]["open_to_cross_border"] is False
        assert _sent(w).open_to_cross_border is False
        opened = _register(w, ADULT | {"open_to_cross_border": True})
        assert opened.status_code == 201, opened.text
        assert opened.json()["profile"]["open_to_cross_border"] is True
        assert _sent(w).open_to_cross_border is True
        for not_a_bool in ("true", 1, "yes"):
            refused = _register(w, ADULT | {"open_to_cross_border": not_a_bool})
            assert refused.status_code == 422
            assert ["body", "profile", "open_to_cross_border"] in _locations(refused)


def test_an_update_replaces_the_choice_and_needs_a_minors_age() -> None:
    with world() as w:
        created = _register(w, ADULT | {"open_to_cross_border": True})
        survivor_id = created.json()["id"]
        url = f"/v1/survivors/{survivor_id}/profile"
        # Left out on update: the profile is replaced as a whole, so the border closes.
        updated = w.client.put(
            url, json=ADULT, headers=w.headers(OFFICER, **{"If-Match": created.headers["etag"]})
        )
        assert updated.status_code == 200, updated.text
        assert updated.json()["profile"]["open_to_cross_border"] is False
        assert w.matching.survivors[survivor_id].profile.open_to_cross_border is False
        minor = w.client.put(
            url,
            json=ADULT | {"age_band": "14-17"},
            headers=w.headers(OFFICER, **{"If-Match": updated.headers["etag"]}),
        )
        assert minor.status_code == 422
        assert ["body", "age_years"] in _locations(minor)


def test_a_minor_stored_before_ages_were_asked_is_still_shown() -> None:
    with world() as w:
        ngo = w.organisation_of(OFFICER).id
        stored = w.matching.add_survivor(ngo)
        stored.profile.CopyFrom(
            pb.SurvivorProfile(
                languages=[{"language": "th", "level": 4}], age_band="15-17", minor=True
            )
        )
        read = w.client.get(f"/v1/survivors/{stored.survivor_id}", headers=w.headers(OFFICER))
        assert read.status_code == 200, read.text
        profile = read.json()["profile"]
        assert (profile["age_band"], profile["minor"], profile["age_years"]) == (
            "15-17",
            True,
            None,
        )
        assert profile["open_to_cross_border"] is False


def test_the_api_documents_the_rules() -> None:
    with world() as w:
        schema = w.client.get("/openapi.json").json()
    for shown in ("SurvivorProfile-Input", "SurvivorProfile-Output"):
        fields = schema["components"]["schemas"][shown]["properties"]
        assert "14-17" in fields["age_band"]["description"]
        assert "Required for a minor" in fields["age_years"]["description"]
        assert fields["open_to_cross_border"]["default"] is False
        assert "travel_radius_km" in fields["open_to_cross_border"]["description"]
