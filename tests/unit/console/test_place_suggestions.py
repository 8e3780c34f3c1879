"""District suggestions: the console asks the gateway's ``GET /v1/places`` for what was
typed and answers ``<option>``s for the district field's datalist. The browser's request is
a CSRF-checked POST (the typed text is in no URL); a namesake is told apart in its label;
a failing gateway only empties the list."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest
from fastapi.testclient import TestClient

from console.i18n import Catalogs
from console.place_suggestions import suggestions
from tests.unit.console.conftest import Clock, csrf_of, make_client
from tests.unit.console.fake_gateway import PASSWORD, FakeGateway

#: As the gateway answers (GeoNames: two districts named Chom Thong, in Bangkok and in
#: Chiang Mai; Chomphon in Bangkok), most populous first.
THAI_PLACES = [
    {"name": "Chom Thong", "country": "TH", "latitude": 13.67717, "longitude": 100.48407},
    {"name": "Chomphon", "country": "TH", "latitude": 13.80354, "longitude": 100.56139},
    {"name": "Chom Thong", "country": "TH", "latitude": 18.41742, "longitude": 98.67428},
]
PHNOM_PENH = {"name": "Phnom Penh", "country": "KH", "latitude": 11.56245, "longitude": 104.91601}


@dataclass
class PlacesGateway(FakeGateway):
    """The fake gateway, plus ``GET /v1/places`` answering from a fixed list by prefix."""

    places: list[dict[str, Any]] = field(default_factory=lambda: [PHNOM_PENH, *THAI_PLACES])
    places_status: int = 200

    def handle(self, request: httpx.Request) -> httpx.Response:
        if request.url.path != "/v1/places":
            return super().handle(request)
        self.requests.append(request)
        bearer = request.headers.get("authorization", "").removeprefix("Bearer ")
        if bearer not in self.valid_access:
            return self._problem(401, "unauthenticated")
        if self.places_status != 200:
            return self._problem(self.places_status, "backend-unavailable")
        country = request.url.params["country"]
        typed = request.url.params["q"].casefold()
        items = [
            p
            for p in self.places
            if p["country"] == country and p["name"].casefold().startswith(typed)
        ]
        return httpx.Response(200, json={"items": items})

    def places_asked(self) -> list[httpx.Request]:
        return [r for r in self.requests if r.url.path == "/v1/places"]


def _signed_in(gateway: PlacesGateway) -> TestClient:
    client = make_client(gateway, Clock())
    answer = client.post(
        "/sign-in",
        data={
            "csrf_token": csrf_of(client, "/sign-in"),
            "username": "officer",
            "password": PASSWORD,
        },
    )
    assert answer.status_code == 303
    return client


@pytest.fixture
def places_gateway() -> PlacesGateway:
    return PlacesGateway()


@pytest.fixture
def officer(places_gateway: PlacesGateway) -> Iterator[TestClient]:
    with _signed_in(places_gateway) as client:
        yield client


def _suggest(client: TestClient, **fields: str) -> Any:
    token = csrf_of(client, "/survivors/new")
    return client.post("/places/suggestions", data={"csrf_token": token, **fields})


def _options(html: str) -> list[tuple[str, str | None]]:
    return [
        (value, label)
        for value, label in re.findall(
            r'<option value="([^"]*)"(?: label="([^"]*)")?></option>', html
        )
    ]


def test_typing_phn_in_cambodia_suggests_phnom_penh(
    officer: TestClient, places_gateway: PlacesGateway
) -> None:
    answer = _suggest(officer, country="KH", district="phn")
    assert answer.status_code == 200
    assert _options(answer.text) == [("Phnom Penh", "")]
    (asked,) = places_gateway.places_asked()
    assert asked.method == "GET"
    assert dict(asked.url.params) == {"country": "KH", "q": "phn"}
    assert asked.headers["authorization"].startswith("Bearer ")


def test_a_namesake_in_two_provinces_is_told_apart_by_its_coordinates(
    officer: TestClient,
) -> None:
    options = _options(_suggest(officer, country="TH", district="Chom").text)
    assert options == [
        ("Chom Thong", "Chom Thong (at 13.68, 100.48)"),
        ("Chomphon", ""),
        ("Chom Thong", "Chom Thong (at 18.42, 98.67)"),
    ]


def test_the_namesake_label_is_in_the_readers_language(officer: TestClient) -> None:
    token = csrf_of(officer, "/survivors/new")
    officer.post("/language", data={"csrf_token": token, "language": "km", "next": "/"})
    options = _options(_suggest(officer, country="TH", district="Chom Thong").text)
    assert [label for _value, label in options] == [
        "Chom Thong (នៅ 13.68, 100.48)",
        "Chom Thong (នៅ 18.42, 98.67)",
    ]


def test_without_the_csrf_token_nothing_is_asked_and_nothing_suggested(
    officer: TestClient, places_gateway: PlacesGateway
) -> None:
    missing = officer.post("/places/suggestions", data={"country": "KH", "district": "phn"})
    forged = officer.post(
        "/places/suggestions", data={"csrf_token": "x" * 43, "country": "KH", "district": "phn"}
    )
    for answer in (missing, forged):
        assert answer.status_code == 403
        assert answer.text == ""  # lands in a datalist: no error page there
    assert places_gateway.places_asked() == []


def test_the_suggestions_are_not_a_get_so_the_typed_text_is_in_no_url(
    officer: TestClient, places_gateway: PlacesGateway
) -> None:
    assert officer.get("/places/suggestions?country=KH&district=phn").status_code in {404, 405}
    assert places_gateway.places_asked() == []


def test_a_signed_out_browser_gets_nothing_and_the_gateway_is_not_asked() -> None:
    gateway = PlacesGateway()
    with make_client(gateway, Clock()) as client:
        token = csrf_of(client, "/sign-in")
        answer = client.post(
            "/places/suggestions", data={"csrf_token": token, "country": "KH", "district": "phn"}
        )
    assert answer.status_code == 401
    assert gateway.places_asked() == []


@pytest.mark.parametrize(
    "fields",
    [
        {"country": "KH", "district": "p"},  # one letter: too early
        {"country": "KH", "district": " - "},
        {"country": "FR", "district": "Paris"},  # outside the gazetteer's region
        {"country": "", "district": "Phnom"},
        {"district": "Phnom"},
    ],
)
def test_too_little_typed_or_no_country_of_the_region_asks_nothing(
    officer: TestClient, places_gateway: PlacesGateway, fields: dict[str, str]
) -> None:
    answer = _suggest(officer, **fields)
    assert answer.status_code == 200
    assert _options(answer.text) == []
    assert places_gateway.places_asked() == []


def test_a_failing_gateway_only_empties_the_list(
    officer: TestClient, places_gateway: PlacesGateway
) -> None:
    places_gateway.places_status = 503
    answer = _suggest(officer, country="KH", district="phn")
    assert answer.status_code == 200
    assert _options(answer.text) == []


def test_the_answer_is_never_cached(officer: TestClient) -> None:
    answer = _suggest(officer, country="KH", district="phn")
    assert answer.headers["cache-control"] == "no-store"


def test_names_are_escaped(officer: TestClient, places_gateway: PlacesGateway) -> None:
    places_gateway.places = [
        {"name": 'Kh"><script>', "country": "KH", "latitude": 11.0, "longitude": 104.0}
    ]
    answer = _suggest(officer, country="KH", district="kh")
    assert "<script>" not in answer.text
    assert "&#34;&gt;&lt;script&gt;" in answer.text


def _district_input(page: str) -> str:
    found = re.search(r'<input id="district"[^>]*>', page)
    assert found, page
    return found.group(0)


def _assert_offers_suggestions(page: str) -> None:
    district = _district_input(page)
    assert 'list="district-places"' in district
    assert 'hx-post="/places/suggestions"' in district
    # Only the token, the country and the district are sent, never the rest of the form.
    assert 'hx-params="csrf_token,country,district"' in district
    assert 'autocomplete="off"' in district  # no browser history of typed districts
    assert "hx-get" not in district
    assert '<datalist id="district-places"></datalist>' in page


def test_the_registration_form_offers_suggestions(officer: TestClient) -> None:
    _assert_offers_suggestions(officer.get("/survivors/new").text)


@pytest.mark.parametrize(
    ("role", "path"),
    [("employer", "/opportunities/new"), ("training_provider", "/opportunities/new")],
)
def test_the_opportunity_form_offers_suggestions(role: str, path: str) -> None:
    with _signed_in(PlacesGateway(role=role)) as client:
        _assert_offers_suggestions(client.get(path).text)


def test_the_group_form_offers_suggestions() -> None:
    with _signed_in(PlacesGateway(role="facilitator")) as client:
        _assert_offers_suggestions(client.get("/groups/new").text)


def test_suggestions_keep_the_gateways_order_and_label_only_namesakes() -> None:
    t = Catalogs().for_language("en")
    found = suggestions([*THAI_PLACES, {"name": ""}, PHNOM_PENH], t)
    assert [(s.value, s.label) for s in found] == [
        ("Chom Thong", "Chom Thong (at 13.68, 100.48)"),
        ("Chomphon", ""),
        ("Chom Thong", "Chom Thong (at 18.42, 98.67)"),
        ("Phnom Penh", ""),
    ]
