"""The console's Chinese is Hong Kong's, in Traditional characters: its readers see concept
labels in Traditional, from matching's vocabulary through the gateway to the page."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from console.vocabulary import Concept, Vocabulary, VocabularyCache
from gateway.api.vocabulary.schemas import ConceptPublic, VocabularyPublic
from matching.adapters.proto_mapping import vocabulary_to_proto
from matching.adapters.vocabulary_files import load_vocabulary
from tests.unit.console.conftest import Clock, csrf_of, make_client
from tests.unit.console.fake_gateway import OPPORTUNITY_ID, PASSWORD, FakeGateway

BOTH_SCRIPTS = Vocabulary(
    "v1",
    [
        Concept(
            "hairdressing", "interest", {"en": "Hairdressing", "zh": "美发", "zh-Hant": "美髮"}
        ),
        Concept("cooking", "interest", {"en": "Cooking", "zh": "做饭"}),
        Concept("barista", "skill", {"en": "Barista"}),
    ],
)


def test_a_zh_hant_reader_gets_the_traditional_label() -> None:
    assert BOTH_SCRIPTS.label("hairdressing", "zh-Hant") == "美髮"
    assert BOTH_SCRIPTS.choices(["interest"], "zh-Hant")[1].label == "美髮"


def test_without_a_traditional_label_the_chinese_one_then_english_is_shown() -> None:
    # A gateway whose matching predates Traditional labels still shows Chinese, not English.
    assert BOTH_SCRIPTS.label("cooking", "zh-Hant") == "做饭"
    assert BOTH_SCRIPTS.label("barista", "zh-Hant") == "Barista"


def test_matchings_traditional_labels_reach_a_zh_hant_reader_through_the_gateway() -> None:
    """The real vocabulary, as matching sends it over gRPC, as the gateway serves it as JSON,
    as the console reads it."""
    message = vocabulary_to_proto(load_vocabulary())
    served = VocabularyPublic(
        version=message.version,
        languages=list(message.languages),
        concepts=[ConceptPublic.of(c) for c in message.concepts],
    ).model_dump(mode="json")
    read = Vocabulary.of(served)
    assert read.label("hairdressing", "zh-Hant") == "美髮"
    assert read.label("childcare", "zh-Hant") == "照顧孩子"
    assert read.label("chinese_language", "zh-Hant") == "中文（普通話、粵語）"
    assert read.label("hairdressing", "en") == "Hairdressing"


# --- on the page ------------------------------------------------------------------------------


@pytest.fixture
def employer() -> FakeGateway:
    gateway = FakeGateway(role="employer")
    for concept in gateway.vocabulary["concepts"]:
        if concept["id"] == "cooking":
            concept["labels"].update({"zh": "做饭", "zh-Hant": "做飯"})
        if concept["id"] == "customer_service":
            concept["labels"].update({"zh": "客户服务", "zh-Hant": "客户服務"})
    return gateway


@pytest.fixture
def owner(employer: FakeGateway, clock: Clock) -> Iterator[TestClient]:
    client = make_client(employer, clock)
    signed_in = client.post(
        "/sign-in",
        data={
            "csrf_token": csrf_of(client, "/sign-in"),
            "username": "officer",
            "password": PASSWORD,
        },
    )
    assert signed_in.status_code == 303
    client.app.state.console_vocabulary = VocabularyCache(clock=clock)  # type: ignore[attr-defined]
    with client:
        yield client


def test_an_employer_reading_traditional_chinese_sees_a_candidates_concepts_in_it(
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
            "languages": [{"language": "zh", "level": "native"}],
            "skills": ["Customer service"],
            "interests": ["Cooking"],
            "skill_ids": ["customer_service"],
            "interest_ids": ["cooking"],
            "readiness": "employment_ready",
            "state": "accepted",
            "score": 0.8,
        }
    ]
    chosen = owner.post(
        "/language",
        data={
            "csrf_token": csrf_of(owner, "/opportunities/new"),
            "language": "zh-Hant",
            "next": "/",
        },
    )
    assert chosen.status_code == 303
    page = owner.get(f"/opportunities/{OPPORTUNITY_ID}/shortlist").text
    assert "<dd>做飯</dd>" in page
    assert "<dd>客户服務</dd>" in page
    assert "做饭" not in page
