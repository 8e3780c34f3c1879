from datetime import UTC, datetime

import pytest
from google.protobuf import wrappers_pb2

from pathways.v1 import common_pb2, events_pb2
from pathways_runtime.envelopes import EnvelopeError, decode, encode, new_envelope, unpack_payload


def test_envelope_carries_id_type_key_time_producer_version_and_payload() -> None:
    when = datetime(2026, 11, 28, 10, 30, tzinfo=UTC)
    payload = common_pb2.LanguageSkill(language="km", level=common_pb2.LANGUAGE_LEVEL_NATIVE)

    envelope = new_envelope(
        payload,
        aggregate_key="srv_123",
        producer="matching",
        schema_version=2,
        correlation_id="req-1",
        occurred_at=when,
    )
    decoded = decode(encode(envelope))

    assert decoded.event_id
    assert len(decoded.event_id) == 36
    assert decoded.event_type == "LanguageSkill"
    assert decoded.aggregate_key == "srv_123"
    assert decoded.producer == "matching"
    assert decoded.schema_version == 2
    assert decoded.correlation_id == "req-1"
    assert decoded.occurred_at.ToDatetime(tzinfo=UTC) == when
    assert unpack_payload(decoded, common_pb2.LanguageSkill) == payload


def test_every_envelope_gets_its_own_id() -> None:
    payload = wrappers_pb2.StringValue(value="x")
    ids = {new_envelope(payload, aggregate_key="k", producer="p").event_id for _ in range(50)}
    assert len(ids) == 50


def test_an_event_without_aggregate_key_is_refused() -> None:
    with pytest.raises(EnvelopeError):
        new_envelope(wrappers_pb2.StringValue(value="x"), aggregate_key="", producer="p")


def test_unpacking_as_the_wrong_type_is_refused() -> None:
    envelope = new_envelope(wrappers_pb2.StringValue(value="x"), aggregate_key="k", producer="p")
    with pytest.raises(EnvelopeError, match=r"expected pathways\.v1\.LanguageSkill"):
        unpack_payload(envelope, common_pb2.LanguageSkill)


@pytest.mark.parametrize("data", [b"\xff\xff\xff", events_pb2.EventEnvelope().SerializeToString()])
def test_bytes_that_are_not_an_envelope_are_refused(data: bytes) -> None:
    with pytest.raises(EnvelopeError):
        decode(data)
