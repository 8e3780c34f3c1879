"""The vocabulary as matching serves it (GetVocabulary): every concept, its labels, its
hierarchy, and a stable version to serve as an ETag."""

from __future__ import annotations

import tomllib
from typing import Any

from matching.adapters.proto_mapping import vocabulary_to_proto
from matching.adapters.vocabulary_files import load_vocabulary, shipped_vocabulary_directory


def _declared() -> dict[str, Any]:
    with (shipped_vocabulary_directory() / "concepts.toml").open("rb") as file:
        return tomllib.load(file)


def test_every_declared_concept_is_served_with_its_label_and_broader_concepts() -> None:
    declared = _declared()
    message = vocabulary_to_proto(load_vocabulary())
    served = {c.id: c for c in message.concepts}
    assert set(served) == set(declared)
    for concept_id, entry in declared.items():
        concept = served[concept_id]
        assert concept.kind == entry["kind"]
        assert concept.labels["en"] == entry["label"]
        assert set(concept.broader) == set(entry.get("broader", []))
        for parent in entry.get("broader", []):
            assert concept_id in served[parent].narrower


def test_the_version_is_the_same_for_the_same_vocabulary() -> None:
    """Two processes serving the same files give the same ETag (maps serialise sorted)."""
    first = vocabulary_to_proto(load_vocabulary())
    assert vocabulary_to_proto(load_vocabulary()).version == first.version
    assert len(first.version) == 32
