"""Signed events: how a consumer knows the producing service wrote a Kafka record.

Before the broker authenticated anyone, anything that reached it (a compromised gateway
pod) could write ``survivors.v1``; Kafka's users and ACLs now keep other services off it
(``docs/delivery.md``), but a consumer should trust the producer, not the broker's
configuration. Peer groups applied any well-formed envelope, and a forged
``SurvivorErased`` removed a consenting survivor from the pool for good while a forged
``SurvivorUpserted`` moved one into a non-partner organisation's pool.
So the producer (matching) signs every record it publishes with an Ed25519 key only it
holds, and consumers apply only records that one of the producer's public keys verifies:
the model of the caller assertions (:mod:`pathways_runtime.caller_assertion`), for events.

What is signed, and where:

* The signature covers the record's **topic, key and value bytes**, each length-prefixed,
  after a fixed domain-separation prefix (so an event signature is never a valid signature
  of anything else, e.g. a caller assertion, and vice versa). A signed record therefore
  cannot be replayed onto another topic, nor under another key (another survivor's
  partition and identity). Replaying the *same* record on the same topic is harmless: the
  consumers apply each event id once and never let an older state replace a newer one.
* It travels in two Kafka **record headers**, ``pathways.signature`` (64 raw bytes) and
  ``pathways.signature_key`` (the key id: a digest of the public key, as a caller
  assertion's ``kid``), so no protobuf changes and the value stays the envelope's bytes.
  Consumers holding old and new public keys during a rotation pick by key id.
* A dead letter keeps the original record's value, key and these headers, and names the
  source topic, so a replay verifies it again exactly as the live consumer did.

Refusals (:class:`UntrustedEvent` and its subclasses) say what was wrong in fixed words and
never echo the record. Their class names are what a dead letter records as its error class.

The development key pair is derived from a fixed, published seed of its own (not the
caller-assertion seed): convenient locally and in tests, worthless as a secret, and refused
in production (:func:`event_signer_from_settings`, :func:`event_verifier_from_settings`).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from typing import Protocol

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from pathways.v1 import events_pb2
from pathways_runtime.caller_assertion import key_id, load_private_key, load_public_keys
from pathways_runtime.envelopes import encode
from pathways_runtime.kafka_bus import Headers, OutgoingRecord
from pathways_runtime.settings import (
    Environment,
    EventSigningSettings,
    EventVerifyingSettings,
    InsecureSettingsError,
)

__all__ = [
    "KEY_ID_HEADER",
    "SIGNATURE_HEADER",
    "BadEventSignature",
    "EventSigner",
    "EventVerifier",
    "SigningPublisher",
    "UnknownEventKey",
    "UnsignedEvent",
    "UntrustedEvent",
    "development_event_key",
    "event_signer_from_settings",
    "event_verifier_from_settings",
    "is_development_event_key",
    "signed_message",
]

SIGNATURE_HEADER = "pathways.signature"
KEY_ID_HEADER = "pathways.signature_key"
#: Every signed message starts so: nothing else Pathways signs does.
_DOMAIN = b"pathways kafka event signature v1\x00"
_SIGNATURE_BYTES = 64
#: Public; it only makes the development key reproducible (not the caller-assertion seed).
_DEVELOPMENT_SEED = b"pathways development event-signing key: never for production"

RecordHeaders = Iterable[tuple[str, bytes | bytearray | memoryview | None]]


class UntrustedEvent(Exception):
    """A record no trusted producer key signed for this topic and key. Never applied."""


class UnsignedEvent(UntrustedEvent):
    """The record carries no signature (or not exactly one)."""


class UnknownEventKey(UntrustedEvent):
    """The record names a signing key this consumer does not trust."""


class BadEventSignature(UntrustedEvent):
    """The signature does not verify over this topic, key and value (tampered, moved, or
    malformed)."""


def development_event_key() -> Ed25519PrivateKey:
    """The fixed development event key (from a published seed): development and tests only."""
    return Ed25519PrivateKey.from_private_bytes(hashlib.sha256(_DEVELOPMENT_SEED).digest())


def _raw(public_key: Ed25519PublicKey) -> bytes:
    return public_key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def is_development_event_key(public_key: Ed25519PublicKey) -> bool:
    return _raw(public_key) == _raw(development_event_key().public_key())


def _as_bytes(value: str | bytes | bytearray | memoryview | None) -> bytes:
    if value is None:
        return b""
    if isinstance(value, str):
        return value.encode()
    return bytes(value)


def signed_message(topic: str, key: str | bytes | None, value: bytes) -> bytes:
    """The bytes a signature covers: the domain, then topic, key and value, each prefixed
    by its length (so no two different records give the same message). No key and an empty
    key are the same (a dead letter cannot tell them apart)."""
    parts = (topic.encode(), _as_bytes(key), bytes(value))
    return _DOMAIN + b"".join(len(part).to_bytes(8, "big") + part for part in parts)


def _without_signature(headers: Iterable[tuple[str, bytes]] | None) -> Headers:
    return [(k, v) for k, v in headers or () if k not in (SIGNATURE_HEADER, KEY_ID_HEADER)]


@dataclass(frozen=True)
class EventSigner:
    """Signs the records one producing service publishes."""

    private_key: Ed25519PrivateKey
    key_id: str = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "key_id", key_id(self.private_key.public_key()))

    def public_key(self) -> Ed25519PublicKey:
        return self.private_key.public_key()

    def headers(self, topic: str, key: str | bytes | None, value: bytes) -> Headers:
        """The two headers that sign this record (add them to its other headers)."""
        signature = self.private_key.sign(signed_message(topic, key, value))
        return [(SIGNATURE_HEADER, signature), (KEY_ID_HEADER, self.key_id.encode())]

    def sign(self, record: OutgoingRecord) -> OutgoingRecord:
        """The record with its signature headers (replacing any it had)."""
        signature = self.headers(record.topic, record.key, record.payload)
        return replace(record, headers=[*_without_signature(record.headers), *signature])


class EventVerifier:
    """Checks records against the public keys of the producers a consumer trusts."""

    def __init__(self, public_keys: Sequence[Ed25519PublicKey]) -> None:
        if not public_keys:
            raise ValueError("an event verifier needs at least one public key")
        self._keys = {key_id(key): key for key in public_keys}

    @property
    def key_ids(self) -> frozenset[str]:
        return frozenset(self._keys)

    def verify(
        self,
        *,
        topic: str,
        key: str | bytes | None,
        value: bytes,
        headers: RecordHeaders | None,
    ) -> str:
        """The id of the key that signed this record for ``topic`` and ``key``, or
        :class:`UntrustedEvent` (a subclass saying why)."""
        signatures = [v for k, v in headers or () if k == SIGNATURE_HEADER]
        key_ids = [v for k, v in headers or () if k == KEY_ID_HEADER]
        if not signatures and not key_ids:
            raise UnsignedEvent("event not signed")
        if len(signatures) != 1 or len(key_ids) != 1:
            raise UnsignedEvent("event not signed exactly once")
        signature = _as_bytes(signatures[0])
        kid = _as_bytes(key_ids[0]).decode("ascii", errors="replace")
        public_key = self._keys.get(kid)
        if public_key is None:
            raise UnknownEventKey("event not signed by a trusted key")
        if len(signature) != _SIGNATURE_BYTES:
            raise BadEventSignature("event signature malformed")
        try:
            public_key.verify(signature, signed_message(topic, key, value))
        except InvalidSignature as error:
            raise BadEventSignature("event signature does not match the record") from error
        return kid

    def trusts(
        self,
        *,
        topic: str,
        key: str | bytes | None,
        value: bytes,
        headers: RecordHeaders | None,
    ) -> bool:
        try:
            self.verify(topic=topic, key=key, value=value, headers=headers)
        except UntrustedEvent:
            return False
        return True


class _Publisher(Protocol):
    """What :class:`SigningPublisher` wraps (``kafka_bus.KafkaEventPublisher``)."""

    def publish_encoded(
        self, topic: str, *, key: str, payload: bytes, headers: Headers | None = None
    ) -> None: ...

    def publish_encoded_batch(
        self, records: Sequence[OutgoingRecord]
    ) -> list[BaseException | None]: ...

    def close(self) -> None: ...


class SigningPublisher:
    """A publisher whose every record is signed: what the producing service publishes
    through (its outbox relay), so no record of it leaves unsigned."""

    def __init__(self, target: _Publisher, signer: EventSigner) -> None:
        self._target = target
        self.signer = signer

    def publish(self, topic: str, envelope: events_pb2.EventEnvelope) -> None:
        self.publish_encoded(topic, key=envelope.aggregate_key, payload=encode(envelope))

    def publish_encoded(
        self, topic: str, *, key: str, payload: bytes, headers: Headers | None = None
    ) -> None:
        signed = self.signer.sign(OutgoingRecord(topic, key, payload, headers))
        self._target.publish_encoded(topic, key=key, payload=payload, headers=signed.headers)

    def publish_encoded_batch(
        self, records: Sequence[OutgoingRecord]
    ) -> list[BaseException | None]:
        return self._target.publish_encoded_batch([self.signer.sign(r) for r in records])

    def close(self) -> None:
        self._target.close()


def _production(settings: EventSigningSettings | EventVerifyingSettings) -> bool:
    return settings.environment is Environment.PRODUCTION


def event_signer_from_settings(settings: EventSigningSettings) -> EventSigner:
    """The producer's signer: the configured key (file or variable), else the development
    event key, which production refuses, also when configured explicitly."""
    what = "event-signing"
    if settings.event_signing_private_key_file is not None:
        key = load_private_key(settings.event_signing_private_key_file.read_bytes(), what=what)
    elif settings.event_signing_private_key is not None:
        key = load_private_key(
            settings.event_signing_private_key.get_secret_value().encode(), what=what
        )
    elif _production(settings):
        raise InsecureSettingsError(
            "set these secrets for production: PATHWAYS_EVENT_SIGNING_PRIVATE_KEY_FILE "
            "(or PATHWAYS_EVENT_SIGNING_PRIVATE_KEY)"
        )
    else:
        key = development_event_key()
    if _production(settings) and is_development_event_key(key.public_key()):
        raise InsecureSettingsError("the development event-signing key is refused in production")
    return EventSigner(key)


def event_verifier_from_settings(
    settings: EventVerifyingSettings, *, own: EventSigner | None = None
) -> EventVerifier:
    """A consumer's verifier: the configured public keys (file or variable), else the
    development event key's, which production refuses, also when configured explicitly.

    ``own``: a producer reading its own topics (matching's opportunity events) trusts its
    own key, plus the configured ones (its previous key during a rotation); it then needs
    none configured, in production too."""
    what = "event-verifying"
    keys: list[Ed25519PublicKey] = []
    if settings.event_verifying_public_keys_file is not None:
        keys = load_public_keys(settings.event_verifying_public_keys_file.read_bytes(), what=what)
    elif settings.event_verifying_public_keys.strip():
        keys = load_public_keys(settings.event_verifying_public_keys.encode(), what=what)
    elif own is None:
        if _production(settings):
            raise InsecureSettingsError(
                "set these for production: PATHWAYS_EVENT_VERIFYING_PUBLIC_KEYS_FILE "
                "(or PATHWAYS_EVENT_VERIFYING_PUBLIC_KEYS)"
            )
        keys = [development_event_key().public_key()]
    if own is not None:
        keys.append(own.public_key())
    if _production(settings) and any(map(is_development_event_key, keys)):
        raise InsecureSettingsError("the development event-signing key is refused in production")
    return EventVerifier(keys)
