"""``GET /v1/places``: the gazetteer's suggestions for a district field, for every
signed-in role, never for an anonymous caller, never cached; bad input is a 422 problem
naming the parameter and never echoing what was typed."""

from __future__ import annotations

from typing import Any

import pytest

from gateway.auth.roles import Role
from tests.unit.gateway.harness import World, world

PROBLEM_JSON = "application/problem+json"


@pytest.fixture(scope="module")
def w() -> Any:
    with world() as built:
        yield built


def _get(w: World, query: str, role: Role | None = Role.REINTEGRATION_OFFICER) -> Any:
    headers = w.headers(role) if role is not None else {}
    return w.client.get(f"/v1/places?{query}", headers=headers)


@pytest.mark.parametrize("role", list(Role))
def test_every_signed_in_role_gets_phnom_penh_for_phn(w: World, role: Role) -> None:
    response = _get(w, "country=KH&q=phn", role)
    assert response.status_code == 200, response.text
    first = response.json()["items"][0]
    assert set(first) == {"name", "country", "latitude", "longitude"}
    assert (first["name"], first["country"]) == ("Phnom Penh", "KH")
    assert first["latitude"] == pytest.approx(11.56, abs=0.05)
    assert first["longitude"] == pytest.approx(104.92, abs=0.05)


def test_an_anonymous_or_badly_signed_caller_is_refused(w: World) -> None:
    anonymous = _get(w, "country=KH&q=phn", role=None)
    forged = w.client.get(
        "/v1/places?country=KH&q=phn", headers={"Authorization": "Bearer not-a-token"}
    )
    for response in (anonymous, forged):
        assert response.status_code == 401
        assert response.headers["content-type"] == PROBLEM_JSON
        assert "Phnom" not in response.text


def test_an_anonymous_caller_learns_nothing_from_validation_either(w: World) -> None:
    assert _get(w, "country=FR&q=", role=None).status_code == 401


def test_answers_are_never_cached_because_the_question_may_be_a_survivors_district(
    w: World,
) -> None:
    response = _get(w, "country=TH&q=bang")
    assert response.status_code == 200
    assert response.headers["cache-control"] == "no-store"


def test_at_most_twenty_places_most_populous_first(w: World) -> None:
    items = _get(w, "country=CN&q=s").json()["items"]
    assert len(items) == 20
    assert items[0]["name"] == "Shanghai"


def test_a_lower_case_country_code_is_understood(w: World) -> None:
    items = _get(w, "country=kh&q=phn").json()["items"]
    assert items[0]["country"] == "KH"


def test_text_typed_in_thai_finds_the_place(w: World) -> None:
    items = _get(w, "country=TH&q=%E0%B8%82%E0%B8%AD%E0%B8%99%E0%B9%81%E0%B8%81").json()
    assert "Khon Kaen" in [i["name"] for i in items["items"]]  # ขอนแก


def test_a_place_nobody_knows_is_an_empty_list_not_an_error(w: World) -> None:
    response = _get(w, "country=KH&q=zzzzqx")
    assert response.status_code == 200
    assert response.json() == {"items": []}


@pytest.mark.parametrize(
    ("query", "parameter"),
    [
        ("country=FR&q=Paris", "country"),  # outside the region
        ("country=KHM&q=phn", "country"),
        ("q=phn", "country"),
        ("country=KH", "q"),
        ("country=KH&q=", "q"),
        ("country=KH&q=%20-.%2C", "q"),  # folds to nothing
        ("country=KH&q=" + "a" * 101, "q"),
    ],
)
def test_bad_input_is_a_problem_naming_the_parameter(w: World, query: str, parameter: str) -> None:
    response = _get(w, query)
    assert response.status_code == 422
    assert response.headers["content-type"] == PROBLEM_JSON
    body = response.json()
    assert body["type"].endswith("/validation-error")
    assert ["query", parameter] in [e["loc"] for e in body["errors"]]
    assert "Paris" not in response.text
    assert "aaaa" not in response.text
