"""The matching process's one settings class (``PATHWAYS_*`` environment variables)."""

from __future__ import annotations

from pathlib import Path

from pydantic import Field

from pathways_runtime.grpc_service import GrpcServiceSettings
from pathways_runtime.settings import (
    EventSigningSettings,
    EventVerifyingSettings,
    FieldCryptoSettings,
    GrpcServerSecuritySettings,
)

__all__ = ["MatchingSettings"]


class MatchingSettings(
    GrpcServiceSettings,
    GrpcServerSecuritySettings,
    FieldCryptoSettings,
    EventSigningSettings,
    EventVerifyingSettings,
):
    """Field-level encryption settings (``PATHWAYS_FIELD_CRYPTO_*``) come from
    :class:`FieldCryptoSettings`; see ``docs/data-protection.md``. Whom the service believes
    (``PATHWAYS_CALLER_ASSERTION_*``) and mutual TLS (``PATHWAYS_INTERNAL_TLS*``) from
    :class:`GrpcServerSecuritySettings`. The key that signs every event it publishes
    (``PATHWAYS_EVENT_SIGNING_PRIVATE_KEY*``) from :class:`EventSigningSettings`; its
    opportunity-events reader trusts that key's public half, and during a rotation also
    ``PATHWAYS_EVENT_VERIFYING_PUBLIC_KEYS*`` (the previous key), :class:`EventVerifyingSettings`
    (``pathways_runtime.event_signatures``)."""

    grpc_port: int = Field(default=50051, ge=0, le=65535)
    mongodb_database: str = "pathways_matching"
    #: Partitions of the topics matching creates (events keyed by aggregate id).
    kafka_partitions: int = Field(default=3, ge=1)
    #: Score weights, e.g. PATHWAYS_SCORE_WEIGHTS='{"interest_fit": 0.3, ...}'.
    score_weights: dict[str, float] = Field(
        default_factory=lambda: {
            "interest_fit": 0.30,
            "concept_fit": 0.25,
            "skill_fit": 0.20,
            "income_parity": 0.10,
            "distance": 0.10,
            "accommodations": 0.05,
        }
    )
    #: How many more people than openings a round may propose an opportunity to.
    overbooking: float = Field(default=1.2, ge=1.0, le=5.0)
    #: Known outcomes needed before a model of success is fitted.
    outcome_min_examples: int = Field(default=200, ge=20)
    #: Share of the predicted success in the blended score once a model exists.
    outcome_blend_weight: float = Field(default=0.3, ge=0.0, le=1.0)
    #: Directory of the local opportunity-index snapshot (empty: no snapshot, every start
    #: rebuilds the index from MongoDB). A relative path is taken from the working directory.
    index_snapshot_dir: Path | None = None
    #: How often a changed index is written to its snapshot (also after the first build and
    #: at a graceful stop).
    index_snapshot_interval_s: float = Field(default=300.0, ge=5.0)
    #: Days after which a declined or ended match loses its detail (reason sentences, decline
    #: text, who recorded each step) and keeps its outcome; 0 keeps it (``matching.retention``).
    match_detail_retention_days: int = Field(default=0, ge=0)
    #: Days after retention first sees an opportunity closed before it is deleted (once no
    #: match refers to it); 0 keeps it.
    closed_opportunity_retention_days: int = Field(default=0, ge=0)
