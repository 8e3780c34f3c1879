"""Publish events as matching would: signed with the development event key, which services
started by tests (development or test environment, no key configured) trust.

Tests that stand for matching publish through :func:`signed_publisher` (or add
:func:`signed_headers` to a raw record); a test that stands for an intruder publishes
without them."""

from __future__ import annotations

from collections.abc import Sequence

from pathways_runtime.event_signatures import (
    EventSigner,
    SigningPublisher,
    development_event_key,
)
from pathways_runtime.kafka_bus import Headers, KafkaEventPublisher

__all__ = ["MATCHING_SIGNER", "signed_headers", "signed_publisher"]

#: What a service with no event key configured signs with (matching) and trusts (peer groups).
MATCHING_SIGNER = EventSigner(development_event_key())


def signed_publisher(bootstrap_servers: Sequence[str], *, client_id: str = "t") -> SigningPublisher:
    """A Kafka publisher whose every record matching's development key signs."""
    return SigningPublisher(
        KafkaEventPublisher(bootstrap_servers=list(bootstrap_servers), client_id=client_id),
        MATCHING_SIGNER,
    )


def signed_headers(topic: str, key: str | bytes | None, value: bytes) -> Headers:
    """The signature headers of one record (for a raw ``KafkaProducer.send``)."""
    return MATCHING_SIGNER.headers(topic, key, value)
