"""Domain events to protobuf envelopes bound for Kafka topics (the outbox items).

Survivor events carry only what other services need: never the survivor's own words,
contact, history or exact location (data minimisation). Of what they carry, the district,
gender, interest concepts, chosen peer-group focuses and "do not group with" links are
sealed under the survivor's data key (the ``sealed_*`` bytes fields of the event), so the
topic keeps only ciphertext of them and erasing the key makes every copy unreadable.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from bson.binary import Binary
from google.protobuf.message import Message

from matching.adapters.proto_mapping import (
    CONSENT,
    MATCH_STATE,
    PEER_GROUP_FOCUS,
    READINESS,
    money_to_proto,
    opportunity_to_proto,
    timestamp,
)
from matching.domain import events as domain
from matching.domain.match import Match, MatchState
from matching.domain.opportunity import Opportunity
from matching.domain.survivor import Survivor
from matching.domain.values import ConsentPurpose
from pathways.v1 import events_pb2
from pathways_runtime.envelopes import encode, new_envelope
from pathways_runtime.field_crypto import FieldCrypto

__all__ = [
    "MATCHES_TOPIC",
    "OPPORTUNITIES_TOPIC",
    "PRODUCER",
    "SEALED_SURVIVOR_FIELDS",
    "SURVIVORS_TOPIC",
    "erasure_item",
    "match_items",
    "opportunity_items",
    "survivor_items",
]

PRODUCER = "matching"
SURVIVORS_TOPIC = "survivors.v1"
OPPORTUNITIES_TOPIC = "opportunities.v1"
MATCHES_TOPIC = "matches.v1"

OutboxItem = dict[str, Any]

#: Fields of SurvivorUpserted sealed under the survivor's key (``sealed_<name>`` in the event;
#: the name is also the associated field name checked on decryption).
SEALED_SURVIVOR_FIELDS = (
    "district",
    "gender",
    "interests",
    "do_not_group_with",
    "peer_group_focuses",
)


def _item(topic: str, key: str, payload: Message) -> OutboxItem:
    envelope = new_envelope(payload, aggregate_key=key, producer=PRODUCER)
    return {
        "event_id": envelope.event_id,
        "topic": topic,
        "key": key,
        "payload": Binary(encode(envelope)),
    }


def _sealed(crypto: FieldCrypto, survivor_id: str, field: str, value: Any) -> bytes:
    return bytes(crypto.encrypt(survivor_id, f"SurvivorUpserted.{field}", value))


def survivor_snapshot(
    survivor: Survivor,
    *,
    interest_concepts: Callable[[Survivor], Iterable[str]],
    crypto: FieldCrypto,
) -> events_pb2.SurvivorUpserted:
    profile = survivor.profile
    residence = profile.residence
    sid = survivor.survivor_id
    return events_pb2.SurvivorUpserted(
        survivor_id=survivor.survivor_id,
        organisation_id=survivor.organisation_id,
        alias=survivor.alias,
        languages=[skill.language for skill in profile.languages],
        country=residence.country if residence else "",
        sealed_district=_sealed(crypto, sid, "district", residence.district if residence else ""),
        age_band=profile.age_band,
        minor=profile.minor,
        sealed_gender=_sealed(crypto, sid, "gender", profile.gender),
        readiness=READINESS[survivor.stage],
        peer_group_consent=survivor.has_consent(ConsentPurpose.PEER_GROUPS),
        availability=[
            {
                "day_of_week": s.day_of_week,
                "start_minute": s.start_minute,
                "duration_minutes": s.duration_minutes,
            }
            for s in profile.availability
        ],
        sealed_interests=_sealed(crypto, sid, "interests", sorted(interest_concepts(survivor))),
        sealed_do_not_group_with=_sealed(
            crypto, sid, "do_not_group_with", sorted(profile.do_not_group_with)
        ),
        sealed_peer_group_focuses=_sealed(
            crypto,
            sid,
            "peer_group_focuses",
            sorted(PEER_GROUP_FOCUS[f] for f in profile.peer_group_focuses),
        ),
        sealed_age_years=(
            _sealed(crypto, sid, "age_years", profile.age_years)
            if profile.age_years is not None
            else b""
        ),
        version=survivor.version,
    )


def survivor_items(
    survivor: Survivor,
    new_events: Iterable[domain.DomainEvent],
    *,
    interest_concepts: Callable[[Survivor], Iterable[str]],
    crypto: FieldCrypto,
) -> list[OutboxItem]:
    """The specific events, then one snapshot of the survivor as others may know them."""
    key = survivor.survivor_id
    items = []
    for event in new_events:
        if isinstance(event, domain.ReadinessAssessed):
            message = events_pb2.ReadinessAssessed(survivor_id=key, stage=READINESS[event.stage])
            if event.review_due is not None:
                message.review_due.CopyFrom(timestamp(event.review_due))
            items.append(_item(SURVIVORS_TOPIC, key, message))
        elif isinstance(event, domain.ConsentChanged):
            items.append(
                _item(
                    SURVIVORS_TOPIC,
                    key,
                    events_pb2.ConsentChanged(
                        survivor_id=key, purpose=CONSENT[event.purpose], granted=event.granted
                    ),
                )
            )
    items.append(
        _item(
            SURVIVORS_TOPIC,
            key,
            survivor_snapshot(survivor, interest_concepts=interest_concepts, crypto=crypto),
        )
    )
    return items


def erasure_item(survivor_id: str) -> OutboxItem:
    return _item(SURVIVORS_TOPIC, survivor_id, events_pb2.SurvivorErased(survivor_id=survivor_id))


def opportunity_items(
    opportunity: Opportunity, new_events: Iterable[domain.DomainEvent]
) -> list[OutboxItem]:
    key = opportunity.opportunity_id
    items = []
    for event in new_events:
        if isinstance(event, domain.OpportunityPosted):
            message: Message = events_pb2.OpportunityPosted(
                opportunity=opportunity_to_proto(opportunity)
            )
        elif isinstance(event, domain.OpportunityClosed):
            message = events_pb2.OpportunityClosed(opportunity_id=key, version=opportunity.version)
        else:
            message = events_pb2.OpportunityUpdated(opportunity=opportunity_to_proto(opportunity))
        items.append(_item(OPPORTUNITIES_TOPIC, key, message))
    return items


def match_items(match: Match, new_events: Iterable[domain.DomainEvent]) -> list[OutboxItem]:
    """Keyed by survivor id, so one survivor's matches keep their order on the topic."""
    key = match.survivor_id
    items = []
    for event in new_events:
        if isinstance(event, domain.MatchProposed):
            message: Message = events_pb2.MatchProposed(
                match_id=match.match_id,
                survivor_id=match.survivor_id,
                opportunity_id=match.opportunity_id,
                score=event.score,
            )
        elif isinstance(event, domain.MatchTransitioned):
            message = events_pb2.MatchTransitioned(
                match_id=match.match_id,
                survivor_id=match.survivor_id,
                opportunity_id=match.opportunity_id,
                from_state=MATCH_STATE[MatchState(event.from_state)],
                to_state=MATCH_STATE[MatchState(event.to_state)],
                occurred_on=event.occurred_on.isoformat(),
            )
        elif isinstance(event, domain.OutcomeRecorded):
            message = events_pb2.OutcomeRecorded(
                match_id=match.match_id,
                survivor_id=match.survivor_id,
                opportunity_id=match.opportunity_id,
                outcome=MATCH_STATE[MatchState(event.outcome)],
                wage=money_to_proto(event.wage),
                occurred_on=event.occurred_on.isoformat(),
            )
        else:
            continue
        items.append(_item(MATCHES_TOPIC, key, message))
    return items
