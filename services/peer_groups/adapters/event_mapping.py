"""Events in and out: matching's survivor events to pool members, group events to the outbox.

Matching seals a survivor's district, gender, interest concepts, chosen group focuses and
"do not group with" links under the survivor's data key (the event's ``sealed_*`` bytes
fields); ``pool_member`` opens the ones peer groups needs (the gender for the women-only
rule: ``domain.gender``). An event whose key is gone (the
survivor was erased) cannot be opened and is refused as InvalidInput.

The focuses travelled in clear (``peer_group_focuses``, field 16) before the contract
sealed them (``sealed_peer_group_focuses``): events of that time stay on the topic until
its retention drops them, and are read as they are while the contract still names the
clear field; the pool seals whatever it keeps (``adapters.documents``).

Group events name the group and the member's pseudonymous id and organisation, never the
group's focus or anything else about the person.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from bson.binary import Binary
from google.protobuf.message import Message

from pathways.v1 import common_pb2, events_pb2
from pathways_runtime.envelopes import encode, new_envelope
from pathways_runtime.field_crypto import FieldCrypto, FieldCryptoError, KeyErased
from peer_groups.domain import events as domain
from peer_groups.domain.errors import InvalidInput
from peer_groups.domain.group import Group
from peer_groups.domain.pool import PoolMember
from peer_groups.domain.values import GroupFocus, ReadinessStage, WeeklySlot

__all__ = [
    "PEER_GROUPS_TOPIC",
    "PRODUCER",
    "SURVIVORS_TOPIC",
    "SurvivorKeyErased",
    "group_items",
    "pool_member",
]

PRODUCER = "peer_groups"
PEER_GROUPS_TOPIC = "peer_groups.v1"
SURVIVORS_TOPIC = "survivors.v1"

OutboxItem = dict[str, Any]

_READINESS = {
    common_pb2.READINESS_STAGE_STABILISING: ReadinessStage.STABILISING,
    common_pb2.READINESS_STAGE_PEER_SUPPORT_READY: ReadinessStage.PEER_SUPPORT_READY,
    common_pb2.READINESS_STAGE_TRAINING_READY: ReadinessStage.TRAINING_READY,
    common_pb2.READINESS_STAGE_EMPLOYMENT_READY: ReadinessStage.EMPLOYMENT_READY,
}
FOCUS = {
    common_pb2.GROUP_FOCUS_ANY: GroupFocus.ANY,
    common_pb2.GROUP_FOCUS_LABOUR_TRAFFICKING: GroupFocus.LABOUR_TRAFFICKING,
    common_pb2.GROUP_FOCUS_SEX_TRAFFICKING: GroupFocus.SEX_TRAFFICKING,
    common_pb2.GROUP_FOCUS_WOMEN_ONLY: GroupFocus.WOMEN_ONLY,
    common_pb2.GROUP_FOCUS_YOUTH: GroupFocus.YOUTH,
}


class SurvivorKeyErased(InvalidInput):
    """An event of a survivor who has since been erased: there is nothing to apply."""


def _opened(crypto: FieldCrypto, survivor_id: str, field: str, sealed: bytes, empty: Any) -> Any:
    """The sealed value, or ``empty`` when the event carries none (an unset bytes field)."""
    if not sealed:
        return empty
    try:
        return crypto.decrypt(survivor_id, f"SurvivorUpserted.{field}", sealed)
    except KeyErased as error:
        raise SurvivorKeyErased("a survivor event whose data key is gone (erased)") from error
    except FieldCryptoError as error:
        raise InvalidInput("a survivor event with a malformed sealed field") from error


#: Names in SurvivorUpserted of the focuses: sealed (the contract now) and in clear (before).
_SEALED_FOCUSES = "sealed_peer_group_focuses"
_CLEAR_FOCUSES = "peer_group_focuses"
_FOCUS_BY_NUMBER: dict[int, GroupFocus] = {int(number): f for number, f in FOCUS.items()}


def _focuses(crypto: FieldCrypto, message: events_pb2.SurvivorUpserted) -> frozenset[GroupFocus]:
    """The group focuses the survivor chose: sealed, or in clear in an event from before.

    Both fields are looked up by name: a generation of the contract may lack either (the
    sealed one before it was added, the clear one once it is reserved).
    """
    sealed = getattr(message, _SEALED_FOCUSES, b"")
    if sealed:
        numbers = _opened(crypto, message.survivor_id, _CLEAR_FOCUSES, sealed, [])
        if not isinstance(numbers, list):
            raise InvalidInput("a survivor event with a malformed sealed field")
    else:
        numbers = list(getattr(message, _CLEAR_FOCUSES, ()))
    # GroupFocus numbers of the contract; one this release does not know is ignored.
    return frozenset(
        _FOCUS_BY_NUMBER[n] for n in numbers if isinstance(n, int) and n in _FOCUS_BY_NUMBER
    )


def pool_member(message: events_pb2.SurvivorUpserted, *, crypto: FieldCrypto) -> PoolMember:
    """What peer groups keeps of a survivor; everything else in the event is dropped.

    The district, gender, interests, focuses and links arrive sealed under the survivor's key
    and are opened here (the pool stores them sealed again: ``adapters.documents``).
    """
    readiness = _READINESS.get(message.readiness)
    if readiness is None:
        raise InvalidInput("a survivor event without a readiness stage")
    sid = message.survivor_id
    return PoolMember(
        survivor_id=sid,
        organisation_id=message.organisation_id,
        alias=message.alias,
        languages=frozenset(message.languages),
        age_band=message.age_band,
        minor=message.minor,
        readiness=readiness,
        peer_group_consent=message.peer_group_consent,
        country=message.country,
        district=str(_opened(crypto, sid, "district", message.sealed_district, "")),
        availability=tuple(
            WeeklySlot(s.day_of_week, s.start_minute, s.duration_minutes)
            for s in message.availability
        ),
        interests=frozenset(_opened(crypto, sid, "interests", message.sealed_interests, ())),
        focuses=_focuses(crypto, message),
        do_not_group_with=frozenset(
            _opened(crypto, sid, "do_not_group_with", message.sealed_do_not_group_with, ())
        ),
        version=message.version,
        age_years=_age_years(crypto, message),
        gender=_gender(crypto, message),
    )


def _gender(crypto: FieldCrypto, message: events_pb2.SurvivorUpserted) -> str:
    """The self-described gender matching seals (``""`` when none is recorded): kept for the
    women-only rule (``domain.gender``), sealed again in the pool like the district."""
    value = _opened(crypto, message.survivor_id, "gender", message.sealed_gender, "")
    if not isinstance(value, str):
        raise InvalidInput("a survivor event with a malformed sealed field")
    return value


def _age_years(crypto: FieldCrypto, message: events_pb2.SurvivorUpserted) -> int | None:
    """A minor's exact age, sealed like the district, when matching sends it (absent when
    unknown: then the band is what the rules use)."""
    sealed = message.sealed_age_years
    if not sealed:
        return None
    value = _opened(crypto, message.survivor_id, "age_years", sealed, None)
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 120:
        raise InvalidInput("an age in years runs from 0 to 120")
    return value


def _item(key: str, payload: Message) -> OutboxItem:
    envelope = new_envelope(payload, aggregate_key=key, producer=PRODUCER)
    return {
        "event_id": envelope.event_id,
        "topic": PEER_GROUPS_TOPIC,
        "key": key,
        "payload": Binary(encode(envelope)),
    }


def _message(event: domain.DomainEvent, version: int) -> Message:
    if isinstance(event, domain.GroupFormed):
        return events_pb2.PeerGroupFormed(
            group_id=event.group_id,
            organisation_id=event.organisation_id,
            facilitator_id=event.facilitator_id,
            version=version,
        )
    if isinstance(event, domain.GroupActivated):
        return events_pb2.PeerGroupActivated(group_id=event.group_id, version=version)
    if isinstance(event, domain.GroupClosed):
        return events_pb2.PeerGroupClosed(group_id=event.group_id, version=version)
    member_types: dict[type[domain.MemberEvent], Any] = {
        domain.MemberInvited: events_pb2.GroupMemberInvited,
        domain.MemberJoined: events_pb2.GroupMemberJoined,
        domain.MemberDeclined: events_pb2.GroupMemberDeclined,
        domain.MemberLeft: events_pb2.GroupMemberLeft,
    }
    if isinstance(event, domain.MemberEvent):
        message: Message = member_types[type(event)](
            group_id=event.group_id,
            survivor_id=event.survivor_id,
            survivor_organisation_id=event.survivor_organisation_id,
        )
        return message
    raise TypeError(f"no message for {type(event).__name__}")


def group_items(group: Group, new_events: Iterable[domain.DomainEvent]) -> list[OutboxItem]:
    return [_item(group.group_id, _message(event, group.version)) for event in new_events]
