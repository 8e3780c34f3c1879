"""The peer-groups process's one settings class (``PATHWAYS_*`` environment variables)."""

from __future__ import annotations

from pydantic import Field

from pathways_runtime.grpc_service import GrpcServiceSettings

__all__ = ["PeerGroupsSettings"]


class PeerGroupsSettings(GrpcServiceSettings):
    grpc_port: int = Field(default=50052, ge=0, le=65535)
    mongodb_database: str = "pathways_peer_groups"
    #: Partitions of the topics peer groups creates (events keyed by group id).
    kafka_partitions: int = Field(default=3, ge=1)
    #: Consumer group of the survivor-events consumer (instances share its partitions).
    survivor_events_group: str = "peer_groups"
    #: Minors share a group only within this many years (top of the oldest band minus the
    #: bottom of the youngest).
    max_minor_age_spread: int = Field(default=3, ge=0, le=10)
    #: Youth groups take people whose age band tops out at this age or younger.
    youth_max_age: int = Field(default=24, ge=12, le=35)
    #: A member must be free for at least this much of one of the group's meetings.
    min_overlap_minutes: int = Field(default=60, ge=1, le=24 * 60)
    #: Share of shared interests in cohesion (the rest: a similar recovery stage).
    cohesion_interest_weight: float = Field(default=0.7, ge=0.0, le=1.0)
