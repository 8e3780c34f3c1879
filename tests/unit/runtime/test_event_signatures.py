"""Signed events: only records a trusted producer key signed for their topic and key pass."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from pydantic import ValidationError

from pathways_runtime.caller_assertion import development_private_key
from pathways_runtime.event_signatures import (
    KEY_ID_HEADER,
    SIGNATURE_HEADER,
    BadEventSignature,
    EventSigner,
    EventVerifier,
    SigningPublisher,
    UnknownEventKey,
    UnsignedEvent,
    UntrustedEvent,
    development_event_key,
    event_signer_from_settings,
    event_verifier_from_settings,
    signed_message,
)
from pathways_runtime.kafka_bus import Headers, OutgoingRecord
from pathways_runtime.settings import (
    Environment,
    EventSigningSettings,
    EventVerifyingSettings,
    InsecureSettingsError,
)

TOPIC = "survivors.v1"
KEY = "srv_1"
VALUE = b"\x0a\x05an envelope"
SIGNER = EventSigner(development_event_key())
VERIFIER = EventVerifier([development_event_key().public_key()])


def _verify(
    headers: Headers, *, topic: str = TOPIC, key: str | bytes | None = KEY, value: bytes = VALUE
) -> str:
    return VERIFIER.verify(topic=topic, key=key, value=value, headers=headers)


def _private_pem(key: Ed25519PrivateKey) -> str:
    return key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    ).decode()


def _public_pem(key: Ed25519PrivateKey) -> str:
    return (
        key.public_key()
        .public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
        .decode()
    )


def test_a_signed_record_verifies_with_its_key_id() -> None:
    headers = SIGNER.headers(TOPIC, KEY, VALUE)
    assert dict(headers)[KEY_ID_HEADER] == SIGNER.key_id.encode()
    assert _verify(headers) == SIGNER.key_id
    # Bytes or str keys, and headers as kafka-python hands them back, all the same.
    assert _verify(headers, key=KEY.encode()) == SIGNER.key_id


@pytest.mark.parametrize(
    ("where", "change"),
    [
        ("value", {"value": VALUE + b"\x00"}),
        ("value", {"value": b"\x0a\x05an envelopf"}),
        ("key", {"key": "srv_2"}),
        ("key", {"key": None}),
        ("topic", {"topic": "matches.v1"}),
        ("topic", {"topic": TOPIC + ".dlq"}),
    ],
)
def test_a_record_changed_or_moved_is_refused(where: str, change: dict[str, object]) -> None:
    headers = SIGNER.headers(TOPIC, KEY, VALUE)
    with pytest.raises(BadEventSignature):
        _verify(headers, **change)  # type: ignore[arg-type]


def test_topic_key_and_value_boundaries_cannot_be_shifted() -> None:
    assert signed_message("ab", "c", b"d") != signed_message("a", "bc", b"d")
    assert signed_message("a", "b", b"cd") != signed_message("a", "bc", b"d")
    headers = SIGNER.headers("ab", "c", b"d")
    with pytest.raises(BadEventSignature):
        VERIFIER.verify(topic="a", key="bc", value=b"d", headers=headers)


def test_a_record_without_a_signature_is_unsigned() -> None:
    with pytest.raises(UnsignedEvent):
        _verify([])
    with pytest.raises(UnsignedEvent):
        _verify([("pathways.error_class", b"X")])
    signature = dict(SIGNER.headers(TOPIC, KEY, VALUE))
    with pytest.raises(UnsignedEvent):
        _verify([(SIGNATURE_HEADER, signature[SIGNATURE_HEADER])])  # no key id
    with pytest.raises(UnsignedEvent):
        _verify([(KEY_ID_HEADER, signature[KEY_ID_HEADER])])  # no signature
    with pytest.raises(UnsignedEvent):  # two signatures: which one?
        _verify([*SIGNER.headers(TOPIC, KEY, VALUE), *SIGNER.headers(TOPIC, KEY, VALUE)])


def test_another_key_is_refused_even_under_a_trusted_key_id() -> None:
    intruder = EventSigner(Ed25519PrivateKey.generate())
    with pytest.raises(UnknownEventKey):
        _verify(intruder.headers(TOPIC, KEY, VALUE))
    # The intruder's signature under matching's key id does not verify.
    forged = [
        (SIGNATURE_HEADER, dict(intruder.headers(TOPIC, KEY, VALUE))[SIGNATURE_HEADER]),
        (KEY_ID_HEADER, SIGNER.key_id.encode()),
    ]
    with pytest.raises(BadEventSignature):
        _verify(forged)
    with pytest.raises(BadEventSignature):
        _verify([(SIGNATURE_HEADER, b"short"), (KEY_ID_HEADER, SIGNER.key_id.encode())])


def test_the_caller_assertion_key_does_not_sign_events() -> None:
    assertion_key = development_private_key()
    assert _public_pem(assertion_key) != _public_pem(development_event_key())
    with pytest.raises(UnknownEventKey):
        _verify(EventSigner(assertion_key).headers(TOPIC, KEY, VALUE))


def test_a_verifier_holds_old_and_new_keys_during_a_rotation() -> None:
    old, new = EventSigner(Ed25519PrivateKey.generate()), EventSigner(development_event_key())
    both = EventVerifier([old.public_key(), new.public_key()])
    for signer in (old, new):
        headers = signer.headers(TOPIC, KEY, VALUE)
        assert both.verify(topic=TOPIC, key=KEY, value=VALUE, headers=headers) == signer.key_id
    assert not both.trusts(topic=TOPIC, key=KEY, value=VALUE, headers=[])


def test_refusals_are_untrusted_events_that_never_quote_the_record() -> None:
    secret = b"canary-name"
    with pytest.raises(UntrustedEvent) as refused:
        _verify([], value=secret, key="canary-key")
    assert "canary" not in str(refused.value)


class _Recorder:
    def __init__(self) -> None:
        self.single: list[tuple[str, str, bytes, Headers | None]] = []
        self.batches: list[list[OutgoingRecord]] = []
        self.closed = False

    def publish_encoded(
        self, topic: str, *, key: str, payload: bytes, headers: Headers | None = None
    ) -> None:
        self.single.append((topic, key, payload, headers))

    def publish_encoded_batch(
        self, records: Sequence[OutgoingRecord]
    ) -> list[BaseException | None]:
        self.batches.append(list(records))
        return [None] * len(records)

    def close(self) -> None:
        self.closed = True


def test_the_signing_publisher_signs_every_record_it_sends() -> None:
    target = _Recorder()
    publisher = SigningPublisher(target, SIGNER)
    records = [
        OutgoingRecord(TOPIC, KEY, VALUE),
        OutgoingRecord("matches.v1", "m_1", b"x", headers=[("trace", b"1")]),
    ]
    assert publisher.publish_encoded_batch(records) == [None, None]
    publisher.publish_encoded(TOPIC, key="srv_9", payload=b"y")
    publisher.close()
    sent = [*target.batches[0], OutgoingRecord(*target.single[0])]
    for record in sent:
        assert VERIFIER.trusts(
            topic=record.topic, key=record.key, value=record.payload, headers=record.headers
        )
    assert ("trace", b"1") in (sent[1].headers or [])
    assert target.closed


def test_resigning_replaces_an_earlier_signature() -> None:
    once = SIGNER.sign(OutgoingRecord(TOPIC, KEY, VALUE))
    twice = SIGNER.sign(once)
    assert once.headers == twice.headers


# --- settings ---


def test_development_uses_the_development_key_pair() -> None:
    signer = event_signer_from_settings(EventSigningSettings(environment=Environment.DEVELOPMENT))
    verifier = event_verifier_from_settings(EventVerifyingSettings(environment=Environment.TEST))
    headers = signer.headers(TOPIC, KEY, VALUE)
    assert verifier.verify(topic=TOPIC, key=KEY, value=VALUE, headers=headers) == signer.key_id


def test_production_refuses_missing_keys() -> None:
    with pytest.raises(InsecureSettingsError, match="PATHWAYS_EVENT_SIGNING_PRIVATE_KEY"):
        event_signer_from_settings(EventSigningSettings(environment=Environment.PRODUCTION))
    with pytest.raises(InsecureSettingsError, match="PATHWAYS_EVENT_VERIFYING_PUBLIC_KEYS"):
        event_verifier_from_settings(EventVerifyingSettings(environment=Environment.PRODUCTION))


def test_production_refuses_the_development_keys_even_when_configured(tmp_path: Path) -> None:
    development = development_event_key()
    with pytest.raises(InsecureSettingsError, match="development event-signing key"):
        event_signer_from_settings(
            EventSigningSettings(
                environment=Environment.PRODUCTION,
                event_signing_private_key=_private_pem(development),
            )
        )
    pem = tmp_path / "matching-events.pub.pem"
    pem.write_text(_public_pem(Ed25519PrivateKey.generate()) + _public_pem(development))
    with pytest.raises(InsecureSettingsError, match="development event-signing key"):
        event_verifier_from_settings(
            EventVerifyingSettings(
                environment=Environment.PRODUCTION, event_verifying_public_keys_file=pem
            )
        )


def test_production_takes_configured_keys_from_files_or_variables(tmp_path: Path) -> None:
    matching = Ed25519PrivateKey.generate()
    key_file = tmp_path / "events.pem"
    key_file.write_text(_private_pem(matching))
    signer = event_signer_from_settings(
        EventSigningSettings(
            environment=Environment.PRODUCTION, event_signing_private_key_file=key_file
        )
    )
    verifier = event_verifier_from_settings(
        EventVerifyingSettings(
            environment=Environment.PRODUCTION, event_verifying_public_keys=_public_pem(matching)
        )
    )
    headers = signer.headers(TOPIC, KEY, VALUE)
    assert verifier.verify(topic=TOPIC, key=KEY, value=VALUE, headers=headers) == signer.key_id
    # The development key is not among the trusted ones.
    with pytest.raises(UnknownEventKey):
        verifier.verify(
            topic=TOPIC, key=KEY, value=VALUE, headers=SIGNER.headers(TOPIC, KEY, VALUE)
        )


def test_a_producer_reading_its_own_topic_trusts_its_own_key_in_production() -> None:
    own = EventSigner(Ed25519PrivateKey.generate())
    verifier = event_verifier_from_settings(
        EventVerifyingSettings(environment=Environment.PRODUCTION), own=own
    )
    assert verifier.key_ids == {own.key_id}


def test_a_key_given_twice_or_not_a_key_is_refused(tmp_path: Path) -> None:
    key_file = tmp_path / "k.pem"
    key_file.write_text(_private_pem(Ed25519PrivateKey.generate()))
    with pytest.raises(ValidationError, match="not both"):
        EventSigningSettings(
            event_signing_private_key=key_file.read_text(), event_signing_private_key_file=key_file
        )
    with pytest.raises(ValidationError, match="not both"):
        EventVerifyingSettings(
            event_verifying_public_keys="x", event_verifying_public_keys_file=key_file
        )
    with pytest.raises(ValueError, match="event-signing private key is not a PEM"):
        event_signer_from_settings(EventSigningSettings(event_signing_private_key="nonsense"))
    with pytest.raises(ValueError, match="no PEM public key"):
        event_verifier_from_settings(EventVerifyingSettings(event_verifying_public_keys="nonsense"))


def test_empty_variables_mean_unset() -> None:
    settings = EventSigningSettings(
        event_signing_private_key="",
        event_signing_private_key_file="",
    )
    assert settings.event_signing_private_key is None
    assert settings.event_signing_private_key_file is None
