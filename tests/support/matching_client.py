"""Talk to a running matching service over gRPC as a given role."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import grpc

from pathways.v1 import common_pb2, matching_pb2, matching_pb2_grpc, peer_groups_pb2_grpc
from pathways_runtime.aliases import alias_seen_by
from tests.support.caller_assertions import MATCHING, PEER_GROUPS, signed_metadata

__all__ = ["As", "job", "profile", "seen_by_peer_org", "training"]


_AUDIENCE = {
    matching_pb2_grpc.MatchingServiceStub: MATCHING,
    peer_groups_pb2_grpc.PeerGroupServiceStub: PEER_GROUPS,
}


@dataclass
class As:
    """A stub whose every call carries a freshly signed assertion of one user, for the
    service the stub reaches."""

    channel: grpc.Channel
    user_id: str
    organisation_id: str
    role: str
    #: The service's stub class (matching by default; peer groups' tests pass theirs).
    stub: Any = matching_pb2_grpc.MatchingServiceStub

    def __getattr__(self, name: str) -> Any:
        method = getattr(self.stub(self.channel), name)
        audience = _AUDIENCE[self.stub]

        def call(request: Any, **kwargs: Any) -> Any:
            metadata = signed_metadata(
                self.user_id, self.organisation_id, self.role, audience=audience
            )
            return method(request, metadata=metadata, timeout=kwargs.pop("timeout", 10), **kwargs)

        return call


BANGKOK = common_pb2.Place(country="TH", district="Bang Rak", latitude=13.73, longitude=100.524)
NEARBY = common_pb2.Place(country="TH", district="Pathum Wan", latitude=13.744, longitude=100.523)


def profile(**overrides: Any) -> matching_pb2.SurvivorProfile:
    fields: dict[str, Any] = {
        "languages": [
            common_pb2.LanguageSkill(language="th", level=common_pb2.LANGUAGE_LEVEL_NATIVE)
        ],
        "residence": BANGKOK,
        "age_band": "25-34",
        "interests": "อยากทำงานในร้านกาแฟ ชอบทำขนม",
        "skills": ["customer_service"],
        "travel_radius_km": 25,
        "income_goal": common_pb2.MonthlyAmount(amount=9000, currency="THB"),
    }
    fields.update(overrides)
    return matching_pb2.SurvivorProfile(**fields)


def open_to_peer_groups(officer: As, **overrides: Any) -> matching_pb2.Survivor:
    """A survivor registered with ``profile(**overrides)``, consenting to peer groups and
    assessed peer-support ready: someone peer groups' pool holds."""
    survivor = officer.RegisterSurvivor(
        matching_pb2.RegisterSurvivorRequest(profile=profile(**overrides))
    )
    survivor = officer.SetConsent(
        matching_pb2.SetConsentRequest(
            survivor_id=survivor.survivor_id,
            purpose=common_pb2.CONSENT_PURPOSE_PEER_GROUPS,
            granted=True,
            expected_version=survivor.version,
        )
    )
    ready: matching_pb2.Survivor = officer.AssessReadiness(
        matching_pb2.AssessReadinessRequest(
            survivor_id=survivor.survivor_id,
            stage=common_pb2.READINESS_STAGE_PEER_SUPPORT_READY,
            expected_version=survivor.version,
        )
    )
    return ready


def job(**overrides: Any) -> matching_pb2.Opportunity:
    fields: dict[str, Any] = {
        "kind": matching_pb2.OPPORTUNITY_KIND_JOB,
        "title": "Barista",
        "description": "Busy coffee shop near Lumphini needs a barista; we train on espresso.",
        "sector": "food_service",
        "skills_required": ["customer_service", "barista"],
        "languages": [
            common_pb2.LanguageSkill(language="th", level=common_pb2.LANGUAGE_LEVEL_CONVERSATIONAL)
        ],
        "location": NEARBY,
        "pay": common_pb2.MonthlyAmount(amount=12000, currency="THB"),
        "openings": 2,
        "minimum_age": 18,
    }
    fields.update(overrides)
    return matching_pb2.Opportunity(**fields)


def training(**overrides: Any) -> matching_pb2.Opportunity:
    fields: dict[str, Any] = {
        "kind": matching_pb2.OPPORTUNITY_KIND_TRAINING,
        "title": "Barista and coffee shop course",
        "description": "Eight weeks: espresso, milk, hygiene, serving customers.",
        "sector": "food_service",
        "skills_taught": ["barista", "food_hygiene"],
        "languages": [
            common_pb2.LanguageSkill(language="th", level=common_pb2.LANGUAGE_LEVEL_BASIC)
        ],
        "location": NEARBY,
        "openings": 10,
        "minimum_age": 16,
    }
    fields.update(overrides)
    return matching_pb2.Opportunity(**fields)


def seen_by_peer_org(survivor: Any) -> str:
    """The code the facilitators of ``org_peer`` (the live tests' partner peer-support
    organisation) know a survivor of ``org_ngo`` by (``pathways_runtime.aliases``)."""
    return alias_seen_by(
        "org_peer",
        survivor_id=survivor.survivor_id,
        organisation_id="org_ngo",
        alias=survivor.alias,
    )
