"""Concepts are picked from the vocabulary and shown by their labels; places by name.

The vocabulary comes from the (fake) gateway's ``GET /v1/vocabulary``, kept a few minutes
and revalidated with its ETag; forms post concept ids and show labels in the reader's
language; a concept the gateway refuses is named beside its field with the nearest ones.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from console import messages
from console.forms import registration_body
from console.i18n import Catalogs
from console.opportunity_forms import opportunity_body
from console.vocabulary import (
    FRESH_S,
    REGISTRATION_KINDS,
    Concept,
    Vocabulary,
    VocabularyCache,
)
from tests.unit.console.conftest import Clock, csrf_of, make_client
from tests.unit.console.fake_gateway import OPPORTUNITY_ID, PASSWORD, FakeGateway


def _signed_in(gateway: FakeGateway, clock: Clock) -> TestClient:
    client = make_client(gateway, clock)
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
def employer() -> FakeGateway:
    return FakeGateway(role="employer")


@pytest.fixture
def owner(employer: FakeGateway, clock: Clock) -> Iterator[TestClient]:
    client = _signed_in(employer, clock)
    # The process's vocabulary cache, on the test's clock.
    client.app.state.console_vocabulary = VocabularyCache(clock=clock)  # type: ignore[attr-defined]
    with client:
        yield client


def _vocabulary_reads(gateway: FakeGateway) -> list[str | None]:
    """The If-None-Match sent with each read of the vocabulary."""
    return [
        r.headers.get("if-none-match") for r in gateway.requests if r.url.path == "/v1/vocabulary"
    ]


def _in_khmer(client: TestClient) -> None:
    answer = client.post(
        "/language",
        data={"csrf_token": csrf_of(client, "/opportunities/new"), "language": "km", "next": "/"},
    )
    assert answer.status_code == 303


# --- the vocabulary itself (pure) ---------------------------------------------------------

VOCABULARY = Vocabulary(
    "v9",
    [
        Concept("manufacturing", "sector", {"en": "Factories", "tl": "Pabrika"}),
        Concept("garment", "sector", {"en": "Garment factories"}, ("manufacturing",)),
        Concept("food_service", "sector", {"en": "Restaurants", "km": "ភោជនីយដ្ឋាន"}),
        Concept("agriculture", "sector", {"en": "Farming"}),
        Concept("cooking", "interest", {"en": "Cooking"}),
        Concept("barista", "skill", {"en": "Barista"}),
    ],
)


def test_labels_are_in_the_readers_language_or_else_english() -> None:
    assert VOCABULARY.label("food_service", "km") == "ភោជនីយដ្ឋាន"
    assert VOCABULARY.label("food_service", "vi") == "Restaurants"  # no Vietnamese label yet
    # The console's Filipino is the vocabulary's "tl".
    assert VOCABULARY.label("manufacturing", "fil") == "Pabrika"
    # A concept the vocabulary no longer has is shown as it is, not dropped.
    assert VOCABULARY.label("retired_concept", "en") == "retired_concept"


def test_a_sector_with_narrower_sectors_is_a_group_that_can_itself_be_chosen() -> None:
    groups = VOCABULARY.sector_groups("en")
    shown = [(g.label, [c.id for c in g.choices]) for g in groups]
    # By label: Factories (a group: itself, then its parts), Farming, Restaurants.
    assert shown == [
        ("Factories", ["manufacturing", "garment"]),
        (None, ["agriculture"]),
        (None, ["food_service"]),
    ]


def test_choices_keep_what_was_chosen_even_of_another_kind_or_retired() -> None:
    found = VOCABULARY.choices(("skill",), "en", keep=["cooking", "retired_concept"])
    assert [(c.id, c.label) for c in found] == [
        ("barista", "Barista"),
        ("cooking", "Cooking"),
        ("retired_concept", "retired_concept"),
    ]
    khmer = VOCABULARY.choices(("sector",), "km")
    restaurants = next(c for c in khmer if c.id == "food_service")
    # The filter box also matches the English label.
    assert (restaurants.label, restaurants.also) == ("ភោជនីយដ្ឋាន", "Restaurants")


# --- the cache -------------------------------------------------------------------------------


def test_the_vocabulary_is_read_once_then_revalidated_with_its_etag(
    owner: TestClient, employer: FakeGateway, clock: Clock
) -> None:
    assert owner.get("/opportunities/new").status_code == 200
    assert owner.get("/opportunities/new").status_code == 200
    assert _vocabulary_reads(employer) == [None]  # one read for both pages

    clock.now += FRESH_S + 1
    assert owner.get("/opportunities/new").status_code == 200
    assert _vocabulary_reads(employer) == [None, '"v1"']  # answered 304: nothing new

    employer.vocabulary["version"] = "v2"
    employer.vocabulary["concepts"][0]["labels"]["en"] = "Cafés and restaurants"
    clock.now += FRESH_S + 1
    page = owner.get("/opportunities/new").text
    assert _vocabulary_reads(employer) == [None, '"v1"', '"v1"']
    assert "Cafés and restaurants" in page  # the new version is used


def test_a_gateway_that_cannot_answer_leaves_the_copy_in_hand_in_use(
    owner: TestClient, employer: FakeGateway, clock: Clock
) -> None:
    assert owner.get("/opportunities/new").status_code == 200
    employer.vocabulary_unavailable = True
    clock.now += FRESH_S + 1
    page = owner.get("/opportunities/new")
    assert page.status_code == 200
    assert "Restaurants, cafés and food service" in page.text
    assert _vocabulary_reads(employer) == [None, '"v1"']


def test_without_any_copy_a_form_says_pathways_is_unreachable(
    owner: TestClient, employer: FakeGateway
) -> None:
    employer.vocabulary_unavailable = True
    page = owner.get("/opportunities/new")
    assert page.status_code == 503
    assert "Pathways is not reachable right now" in page.text


# --- the job form ----------------------------------------------------------------------------


def test_the_job_form_offers_labels_and_posts_concept_ids(
    owner: TestClient, employer: FakeGateway
) -> None:
    page = owner.get("/opportunities/new").text
    sector = re.search(r'<select id="sector" name="sector" required>(.*?)</select>', page, re.S)
    assert sector
    # Factories group the garment factories, and can be chosen as a whole.
    assert re.search(
        r'<optgroup label="Factories and manufacturing">\s*'
        r'<option value="manufacturing">Factories and manufacturing</option>'
        r'<option value="garment_manufacturing">Garment and textile factories</option>',
        sector.group(1),
    )
    assert '<option value="food_service">Restaurants, cafés and food service</option>' in page
    assert re.search(
        r'<input type="checkbox" id="skills-customer_service" name="skills" '
        r'value="customer_service"> <label for="skills-customer_service">Customer service</label>',
        page,
    )
    assert "<legend>Skills it asks for</legend>" in page
    # Ids are values, never text a person reads.
    assert ">customer_service<" not in page
    assert ">food_service<" not in page

    answer = owner.post(
        "/opportunities/new",
        data={
            "csrf_token": csrf_of(owner, "/opportunities/new"),
            "idem": "0" * 32,
            "title": "Kitchen helper",
            "sector": "food_service",
            "skills": ["customer_service", "cooking"],
            "country": "KH",
            "district": "Chamkar Mon",
            "openings": "2",
        },
    )
    assert answer.status_code == 303
    sent = employer.opportunities[OPPORTUNITY_ID]
    assert sent["sector"] == "food_service"
    assert sent["skills_required"] == ["customer_service", "cooking"]
    # No coordinates: the gateway finds the district in its gazetteer.
    assert sent["location"] == {"country": "KH", "district": "Chamkar Mon"}


def test_the_form_speaks_the_readers_language(owner: TestClient) -> None:
    _in_khmer(owner)
    page = owner.get("/opportunities/new").text
    assert '<option value="food_service">ភោជនីយដ្ឋាន</option>' in page
    assert '<label for="skills-customer_service">សេវាអតិថិជន</label>' in page
    assert 'data-also="Customer service"' in page
    assert '<option value="KH">កម្ពុជា</option>' in page  # the country's name from CLDR
    assert "រៀល" in page  # the riel, by its Khmer name


def test_a_concept_the_gateway_refuses_is_named_beside_its_field_with_the_nearest(
    owner: TestClient, employer: FakeGateway
) -> None:
    answer = owner.post(
        "/opportunities/new",
        data={
            "csrf_token": csrf_of(owner, "/opportunities/new"),
            "idem": "1" * 32,
            "title": "Cook",
            "sector": "food_service",
            "skills": ["customer_service", "cooking_class"],
            "openings": "1",
        },
    )
    assert answer.status_code == 422
    error = re.search(r'<p class="field-error" id="skills-error">(.*?)</p>', answer.text)
    assert error
    assert error.group(1) == "“cooking_class” is not in the Pathways list. Did you mean: Cooking?"
    # What was ticked is still ticked (and shown first).
    assert re.search(r'value="customer_service" checked>', answer.text)
    assert 'aria-describedby="skills-error"' in answer.text
    assert OPPORTUNITY_ID not in employer.opportunities


def test_a_district_the_gazetteer_does_not_know_asks_for_its_coordinates(
    owner: TestClient, employer: FakeGateway
) -> None:
    answer = owner.post(
        "/opportunities/new",
        data={
            "csrf_token": csrf_of(owner, "/opportunities/new"),
            "idem": "2" * 32,
            "title": "Cook",
            "sector": "food_service",
            "country": "KH",
            "district": "Nowhere",
            "openings": "1",
        },
    )
    assert answer.status_code == 422
    assert re.search(
        r'id="district-error">Pathways could not find this district in that country', answer.text
    )
    assert '<details class="coordinates" open>' in answer.text  # the coordinates, shown
    assert '<option value="KH" selected>' in answer.text


def test_editing_preselects_the_concepts_and_keeps_the_coordinates_of_the_same_district(
    owner: TestClient, employer: FakeGateway
) -> None:
    employer.opportunities[OPPORTUNITY_ID] = {
        "id": OPPORTUNITY_ID,
        "kind": "job",
        "title": "Sewer",
        "description": "",
        "sector": "garment_manufacturing",
        "skills_required": ["barista"],
        "skills_taught": [],
        "languages": [{"language": "km", "level": "fluent"}],
        "location": {
            "country": "KH",
            "district": "Stueng Mean Chey",
            "latitude": 11.53,
            "longitude": 104.88,
        },
        "hours": "any",
        "openings": 3,
        "minimum_age": 18,
        "remote": False,
        "pay": None,
        "status": "open",
        "version": 4,
    }
    page = owner.get(f"/opportunities/{OPPORTUNITY_ID}/edit").text
    assert '<option value="garment_manufacturing" selected>' in page
    boxes = re.findall(r'<input type="checkbox" id="skills-(\w+)"[^>]*?( checked)?>', page)
    assert boxes[0] == ("barista", " checked")  # the chosen one first
    assert [b for b in boxes if b[1]] == [("barista", " checked")]
    assert '<option value="km" selected>' in page
    assert "11.53" not in page  # the coordinates are not shown, and not lost:

    form = {
        "csrf_token": csrf_of(owner, f"/opportunities/{OPPORTUNITY_ID}/edit"),
        "version": "4",
        "title": "Sewer",
        "sector": "garment_manufacturing",
        "skills": ["barista"],
        "country": "KH",
        "district": "stueng  mean chey",
        "openings": "4",
    }
    assert owner.post(f"/opportunities/{OPPORTUNITY_ID}/edit", data=form).status_code == 303
    saved = employer.opportunities[OPPORTUNITY_ID]
    assert saved["location"]["latitude"] == 11.53
    assert saved["openings"] == 4
    assert saved["skills_required"] == ["barista"]


def test_a_new_district_is_looked_up_again_not_given_the_old_coordinates() -> None:
    current = {
        "location": {
            "country": "KH",
            "district": "Stueng Mean Chey",
            "latitude": 11.53,
            "longitude": 104.88,
        }
    }
    body = opportunity_body(
        {"sector": "food_service", "country": "KH", "district": "Chamkar Mon"},
        {},
        kind="job",
        current=current,
    )
    assert body["location"] == {"country": "KH", "district": "Chamkar Mon"}
    typed = opportunity_body(
        {
            "sector": "x",
            "country": "kh",
            "district": "Stueng Mean Chey",
            "latitude": "11.6",
            "longitude": "104.9",
        },
        {},
        kind="job",
        current=current,
    )
    assert typed["location"]["latitude"] == 11.6  # typed coordinates win


# --- employers read labels -------------------------------------------------------------------


def test_an_employer_reads_a_candidates_concepts_by_label_in_their_language(
    owner: TestClient, employer: FakeGateway
) -> None:
    employer.opportunities[OPPORTUNITY_ID] = {
        "id": OPPORTUNITY_ID,
        "kind": "job",
        "title": "Cook",
        "pay": None,
        "status": "open",
        "version": 1,
    }
    employer.shortlist = [
        {
            "match_id": "mat_" + "b" * 32,
            "alias": "P-7KQ3XM",
            "languages": [{"language": "th", "level": "native"}],
            "skills": ["Customer service"],
            "interests": ["Cooking"],
            "skill_ids": ["customer_service"],
            "interest_ids": ["cooking"],
            "readiness": "employment_ready",
            "state": "accepted",
            "score": 0.8,
        }
    ]
    english = owner.get(f"/opportunities/{OPPORTUNITY_ID}/shortlist").text
    assert "<dd>Customer service</dd>" in english
    assert "<dd>Cooking</dd>" in english
    assert "Thai (Native)" in english  # the language's name, not its code
    _in_khmer(owner)
    khmer = owner.get(f"/opportunities/{OPPORTUNITY_ID}/shortlist").text
    assert "<dd>សេវាអតិថិជន</dd>" in khmer
    assert "<dd>ការធ្វើម្ហូប</dd>" in khmer
    for concept_id in ("customer_service", "cooking"):
        assert f">{concept_id}<" not in english + khmer


# --- the officer's registration form ---------------------------------------------------------


def test_registration_sends_the_ticked_concepts_as_ids() -> None:
    body = registration_body(
        {"language": "km", "age_band": "25-34", "country": "KH", "district": "Chamkar Mon"},
        {
            "interest_tags": ["cooking", "food_service"],
            "skills": ["customer_service", "customer_service"],
            "sectors_to_avoid": ["fishing_aquaculture"],
        },
    )
    profile = body["profile"]
    assert profile["interest_tags"] == ["cooking", "food_service"]
    assert profile["skills"] == ["customer_service"]
    assert profile["sectors_to_avoid"] == ["fishing_aquaculture"]
    assert profile["residence"] == {"country": "KH", "district": "Chamkar Mon"}


def test_the_registration_form_offers_the_lists_when_given_them(
    owner: TestClient, employer: FakeGateway
) -> None:
    # The officer's pages pass the lists once ``console.app`` asks for them
    # (``vocabulary.registration_choices``); the template is checked here on its own.
    found = Vocabulary.of(employer.vocabulary)
    t = Catalogs().for_language("en")
    html = owner.app.state.console.templates.get_template("register.html").render(  # type: ignore[attr-defined]
        _=t.gettext,
        t=t,
        lang=t.language,
        languages={},
        session=None,
        csrf_token="x",
        path="/survivors/new",
        msg=messages,
        values={"level": "native", "hours": "any"},
        errors={},
        summary="",
        idem="0" * 32,
        age_bands=(),
        hours=(),
        conditions=(),
        accommodations=(),
        purposes=(),
        multi={"sectors_to_avoid": ["fishing_aquaculture"]},
        concepts={name: found.choices(kinds, "en") for name, kinds in REGISTRATION_KINDS.items()},
    )
    assert "<legend>Sectors never to offer</legend>" in html
    assert re.search(r'value="fishing_aquaculture" checked>', html)
    # Sectors to avoid offer sectors only: avoiding one avoids everything under it.
    avoid = html[html.index('id="sectors_to_avoid-choices"') :]
    avoid = avoid[: avoid.index("</ul>")]
    assert 'value="cooking"' not in avoid
    assert 'value="food_service"' in avoid
    assert "<legend>Interests from the list</legend>" in html
    assert "<legend>Skills they have</legend>" in html
    assert 'name="skills" value="customer_service"' in html
