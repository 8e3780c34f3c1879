"""An audit chain entry as the ``AccessRecorded`` event published to ``audit.v1``.

Pure mapping, no I/O. The event carries exactly the entry's fields (ids only) and its place
in the hash chain; the envelope's ``event_id`` is the record id, so a consumer that sees an
entry twice (the relay publishes at least once) applies it once.
"""

from __future__ import annotations

from gateway.audit.chain import ChainedEntry
from gateway.audit.records import AuditOutcome, Purpose
from pathways.v1 import events_pb2
from pathways_runtime.envelopes import new_envelope

__all__ = ["AUDIT_TOPIC", "PRODUCER", "access_recorded", "audit_event", "event_key"]

#: The topic of the gateway's audit events (named in ``events.proto``).
AUDIT_TOPIC = "audit.v1"
PRODUCER = "gateway"

_PURPOSES: dict[Purpose, events_pb2.AccessPurpose] = {
    Purpose.CASE_MANAGEMENT: events_pb2.ACCESS_PURPOSE_CASE_MANAGEMENT,
    Purpose.MATCHING: events_pb2.ACCESS_PURPOSE_MATCHING,
    Purpose.EMPLOYER_SHORTLIST: events_pb2.ACCESS_PURPOSE_EMPLOYER_SHORTLIST,
    Purpose.PEER_GROUP_FORMATION: events_pb2.ACCESS_PURPOSE_PEER_GROUP_FORMATION,
    Purpose.OUTCOME_TRACKING: events_pb2.ACCESS_PURPOSE_OUTCOME_TRACKING,
    Purpose.ERASURE: events_pb2.ACCESS_PURPOSE_ERASURE,
    Purpose.ADMINISTRATION: events_pb2.ACCESS_PURPOSE_ADMINISTRATION,
    Purpose.AUDIT_REVIEW: events_pb2.ACCESS_PURPOSE_AUDIT_REVIEW,
}
_OUTCOMES: dict[AuditOutcome, events_pb2.AccessOutcome] = {
    AuditOutcome.SUCCEEDED: events_pb2.ACCESS_OUTCOME_SUCCEEDED,
    AuditOutcome.DENIED: events_pb2.ACCESS_OUTCOME_DENIED,
    AuditOutcome.FAILED: events_pb2.ACCESS_OUTCOME_FAILED,
}


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
        purpose=_PURPOSES[record.purpose],
        outcome=_OUTCOMES[record.outcome],
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
