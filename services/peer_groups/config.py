"""The peer-groups process's one settings class (``PATHWAYS_*`` environment variables)."""

from __future__ import annotations

from pydantic import Field

from pathways_runtime.grpc_service import GrpcServiceSettings
from pathways_runtime.settings import (
    EventVerifyingSettings,
    FieldCryptoSettings,
    GrpcServerSecuritySettings,
)

__all__ = ["PeerGroupsSettings"]


class PeerGroupsSettings(
    GrpcServiceSettings, GrpcServerSecuritySettings, FieldCryptoSettings, EventVerifyingSettings
):
    """Whom the service believes (``PATHWAYS_CALLER_ASSERTION_*``) and mutual TLS
    (``PATHWAYS_INTERNAL_TLS*``) come from :class:`GrpcServerSecuritySettings`; whose
    survivor events it applies (matching's event public keys,
    ``PATHWAYS_EVENT_VERIFYING_PUBLIC_KEYS*``) from :class:`EventVerifyingSettings`
    (``pathways_runtime.event_signatures``)."""

    grpc_port: int = Field(default=50052, ge=0, le=65535)
    mongodb_database: str = "pathways_peer_groups"
    #: Partitions of the topics peer groups creates (events keyed by group id).
    kafka_partitions: int = Field(default=3, ge=1)
    #: Consumer group of the survivor-events consumer (instances share its partitions).
    survivor_events_group: str = "peer_groups"
    #: Attempts at a survivor event that fails for a permanent reason (malformed, invalid)
    #: before it goes to ``survivors.v1.dlq``. Outages are retried without limit instead.
    dead_letter_after: int = Field(default=3, ge=1, le=100)
    #: First wait between those attempts (doubled each time, at most 5 s).
    dead_letter_backoff_s: float = Field(default=0.2, ge=0.0, le=60.0)
    #: Minors share a group only within this many years (top of the oldest band minus the
    #: bottom of the youngest).
    max_minor_age_spread: int = Field(default=3, ge=0, le=10)
    #: Youth groups take people whose age band tops out at this age or younger.
    youth_max_age: int = Field(default=24, ge=12, le=35)
    #: A member must be free for at least this much of one of the group's meetings.
    min_overlap_minutes: int = Field(default=60, ge=1, le=24 * 60)
    #: Share of shared interests in cohesion (the rest: a similar recovery stage).
    cohesion_interest_weight: float = Field(default=0.7, ge=0.0, le=1.0)
    #: Days after a group closed before its member list is removed; 0 keeps it
    #: (``peer_groups.retention``).
    closed_group_members_retention_days: int = Field(default=0, ge=0)
    #: Days an erased survivor's pool tombstone is kept after retention first sees it; set
    #: it above survivors.v1's retention (late events are what it guards against); 0 keeps it.
    pool_tombstone_retention_days: int = Field(default=0, ge=0)
    #: Worker processes forming proposals (``adapters.formation_processes``): proposals
    #: formed at once; others wait their turn. Formation is CPU-bound, so more than the
    #: cores only slows each down.
    proposal_workers: int = Field(default=1, ge=1, le=16)
