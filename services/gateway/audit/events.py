"""An audit chain entry as the ``AccessRecorded`` event published to ``audit.v1``.

Pure mapping, no I/O. The event carries exactly the entry's fields (ids only) and its place
in the hash chain; the envelope's ``event_id`` is the record id, so a consumer that sees an
entry twice (the relay publishes at least once) applies it once.
"""

from __future__ import annotations

from gateway.audit.chain import ChainedEntry
from gateway.proto_enums import to_proto
from pathways.v1 import events_pb2
from pathways_runtime.envelopes import new_envelope

__all__ = ["AUDIT_TOPIC", "PRODUCER", "access_recorded", "audit_event", "event_key"]

#: The topic of the gateway's audit events (named in ``events.proto``).
AUDIT_TOPIC = "audit.v1"
PRODUCER = "gateway"


def event_key(entry: ChainedEntry) -> str:
    """The Kafka key: the survivor when there is one (their records stay in order), else
    the object concerned, else the acting organisation."""
    record = entry.record
    return record.survivor_id or record.target_id or record.organisation_id


def access_recorded(entry: ChainedEntry) -> events_pb2.AccessRecorded:
    record = entry.record
    event = events_pb2.AccessRecorded(
        record_id=record.id,
        user_id=record.user_id,
        organisation_id=record.organisation_id,
        role=record.role,
        action=record.action,
        purpose=to_proto(record.purpose),
        outcome=to_proto(record.outcome),
        request_id=record.request_id,
        survivor_id=record.survivor_id or "",
        survivor_organisation_id=record.survivor_organisation_id or "",
        target_id=record.target_id or "",
        seq=entry.seq,
        prev_hash=entry.prev_hash,
        hash=entry.hash,
    )
    event.at.FromDatetime(record.at)
    return event


def audit_event(entry: ChainedEntry) -> events_pb2.EventEnvelope:
    """The envelope of one entry: event id = record id, occurred at the record's time."""
    return new_envelope(
        access_recorded(entry),
        aggregate_key=event_key(entry),
        producer=PRODUCER,
        event_id=entry.record.id,
        occurred_at=entry.record.at,
        correlation_id=entry.record.request_id,
    )
