"""Wrap events in, and take them out of, the protobuf ``EventEnvelope``."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import TypeVar

from google.protobuf.message import DecodeError, Message

from pathways.v1 import events_pb2

__all__ = ["EnvelopeError", "decode", "encode", "new_envelope", "unpack_payload"]

M = TypeVar("M", bound=Message)


class EnvelopeError(ValueError):
    """Bytes that are not an envelope, or a payload of another type than expected."""


def new_envelope(
    payload: Message,
    *,
    aggregate_key: str,
    producer: str,
    schema_version: int = 1,
    correlation_id: str = "",
    event_id: str | None = None,
    occurred_at: datetime | None = None,
) -> events_pb2.EventEnvelope:
    """An envelope around ``payload``; its type is the payload message's short name."""
    if not aggregate_key:
        raise EnvelopeError("an event needs the id of its aggregate as key")
    envelope = events_pb2.EventEnvelope(
        event_id=event_id or str(uuid.uuid4()),
        event_type=payload.DESCRIPTOR.name,
        aggregate_key=aggregate_key,
        producer=producer,
        schema_version=schema_version,
        correlation_id=correlation_id,
    )
    envelope.occurred_at.FromDatetime(occurred_at or datetime.now(UTC))
    envelope.payload.Pack(payload)
    return envelope


def encode(envelope: events_pb2.EventEnvelope) -> bytes:
    return envelope.SerializeToString()


def decode(data: bytes) -> events_pb2.EventEnvelope:
    envelope = events_pb2.EventEnvelope()
    try:
        envelope.ParseFromString(data)
    except DecodeError as error:
        raise EnvelopeError("not an event envelope") from error
    if not envelope.event_id or not envelope.event_type:
        raise EnvelopeError("envelope without event id or type")
    return envelope


def unpack_payload(envelope: events_pb2.EventEnvelope, message_type: type[M]) -> M:
    """The payload as ``message_type``; refuses a payload of any other type."""
    payload = message_type()
    if not envelope.payload.Unpack(payload):
        raise EnvelopeError(
            f"expected {message_type.DESCRIPTOR.full_name}, got {envelope.payload.TypeName()}"
        )
    return payload
