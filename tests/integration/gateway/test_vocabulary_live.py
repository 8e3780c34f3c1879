"""`GET /v1/vocabulary` through the real gateway and matching: every concept with its kind,
labels in the seven languages and its hierarchy, cacheable with an ETag.

Needs the route registered (``api/main.py``), its policy action ``vocabulary.read``
(``auth/policy.py``) and ``/v1/vocabulary`` among the cacheable prefixes (``app.py``).
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterator
from typing import Any

import pytest

from tests.e2e.support import Client, login, organisation, running_system, user
from tests.support.processes import REPO_ROOT

VOCABULARY_FILES = REPO_ROOT / "services" / "matching" / "vocabulary"
SEVEN = {"en", "km", "my", "th", "vi", "tl", "zh"}


@pytest.fixture(scope="module")
def system(
    tmp_path_factory: pytest.TempPathFactory, mongodb_uri: str, kafka_bootstrap: str
) -> Iterator[dict[str, Any]]:
    with running_system(
        tmp_path_factory.mktemp("vocabulary"),
        mongodb_uri=mongodb_uri,
        kafka_bootstrap=kafka_bootstrap,
    ) as running:
        admin = login(running.url, "root.admin")
        employer_org = organisation(admin, "employer", vet=True)
        yield {
            "admin": admin,
            "employer": login(running.url, user(admin, employer_org, "employer")),
        }


def test_the_vocabulary_lists_every_concept_with_labels_and_hierarchy(
    system: dict[str, Any],
) -> None:
    employer: Client = system["employer"]
    answer = employer.ok("GET", "/v1/vocabulary")
    body = answer.json()
    with (VOCABULARY_FILES / "concepts.toml").open("rb") as file:
        declared = tomllib.load(file)
    concepts = {c["id"]: c for c in body["concepts"]}
    assert set(concepts) == set(declared)
    assert set(body["languages"]) == SEVEN
    fishing = concepts["fishing"]
    assert fishing["kind"] == declared["fishing"]["kind"]
    assert fishing["labels"]["en"] == declared["fishing"]["label"]
    assert "fishing_aquaculture" in fishing["broader"]
    assert "fishing" in concepts["fishing_aquaculture"]["narrower"]
    with (VOCABULARY_FILES / "th.toml").open("rb") as file:
        thai = tomllib.load(file)
    assert concepts["customer_service"]["labels"]["th"] == thai["customer_service"]["label"]
    # Cacheable: no personal data, an entity tag, and 304 while it has not changed.
    assert answer.headers["etag"] == f'"{body["version"]}"'
    assert "no-store" not in answer.headers["cache-control"]
    again = employer.call("GET", "/v1/vocabulary", **{"If-None-Match": answer.headers["etag"]})
    assert again.status_code == 304
    assert again.content == b""


def test_the_vocabulary_can_be_read_by_kind(system: dict[str, Any]) -> None:
    admin: Client = system["admin"]
    sectors = admin.ok("GET", "/v1/vocabulary?kind=sector").json()["concepts"]
    assert sectors
    assert {c["kind"] for c in sectors} == {"sector"}
