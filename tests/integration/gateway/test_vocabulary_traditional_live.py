"""`GET /v1/vocabulary` through the real gateway and matching carries the Chinese labels in
Hong Kong Traditional as ``zh-Hant`` beside the Simplified ``zh`` (the console's Chinese is
zh-Hant), while the languages with terms stay the seven."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.e2e.support import Client, login, organisation, running_system, user


@pytest.fixture(scope="module")
def employer(
    tmp_path_factory: pytest.TempPathFactory, mongodb_uri: str, kafka_bootstrap: str
) -> Iterator[Client]:
    with running_system(
        tmp_path_factory.mktemp("vocabulary_hant"),
        mongodb_uri=mongodb_uri,
        kafka_bootstrap=kafka_bootstrap,
    ) as running:
        admin = login(running.url, "root.admin")
        employer_org = organisation(admin, "employer", vet=True)
        yield login(running.url, user(admin, employer_org, "employer"))


def test_the_vocabulary_serves_traditional_chinese_labels(employer: Client) -> None:
    body = employer.ok("GET", "/v1/vocabulary").json()
    concepts = {c["id"]: c for c in body["concepts"]}
    assert concepts["hairdressing"]["labels"]["zh"] == "美发"
    assert concepts["hairdressing"]["labels"]["zh-Hant"] == "美髮"
    assert concepts["elder_care"]["labels"]["zh-Hant"] == "照顧老人"
    assert "zh-Hant" not in body["languages"]
