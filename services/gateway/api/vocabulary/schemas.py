"""Bodies of the vocabulary route: concepts with their labels and hierarchy."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from pathways.v1 import matching_pb2 as pb

__all__ = ["ConceptPublic", "VocabularyPublic"]


class ConceptPublic(BaseModel):
    id: str = Field(description="Stable id: what tags send and store.")
    kind: str = Field(description="`sector`, `interest` or `skill`.")
    labels: dict[str, str] = Field(
        description="Language code (en, km, my, th, vi, tl, zh) → label; English always."
    )
    broader: list[str] = Field(description="Concepts this one is part of.")
    narrower: list[str] = Field(
        description="Concepts part of this one (avoiding a sector avoids all of them)."
    )
    related: list[str] = Field(description="Concepts that go with this one.")

    @classmethod
    def of(cls, message: pb.VocabularyConcept) -> ConceptPublic:
        return cls(
            id=message.id,
            kind=message.kind,
            labels=dict(sorted(message.labels.items())),
            broader=list(message.broader),
            narrower=list(message.narrower),
            related=list(message.related),
        )


class VocabularyPublic(BaseModel):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "version": "5b0e3c8d9f1a2b4c6d7e8f9a0b1c2d3e",
                    "languages": ["en", "km", "my", "th", "tl", "vi", "zh"],
                    "concepts": [
                        {
                            "id": "fishing",
                            "kind": "interest",
                            "labels": {"en": "Fishing", "th": "ประมง"},
                            "broader": ["fishing_aquaculture"],
                            "narrower": [],
                            "related": ["boat_work"],
                        }
                    ],
                }
            ]
        }
    )

    version: str = Field(description="Changes whenever any concept changes; also the `ETag`.")
    languages: list[str]
    concepts: list[ConceptPublic]
