import datetime

from google.protobuf import any_pb2 as _any_pb2
from google.protobuf import timestamp_pb2 as _timestamp_pb2
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class EventEnvelope(_message.Message):
    __slots__ = ("event_id", "event_type", "aggregate_key", "occurred_at", "producer", "schema_version", "payload", "correlation_id")
    EVENT_ID_FIELD_NUMBER: _ClassVar[int]
    EVENT_TYPE_FIELD_NUMBER: _ClassVar[int]
    AGGREGATE_KEY_FIELD_NUMBER: _ClassVar[int]
    OCCURRED_AT_FIELD_NUMBER: _ClassVar[int]
    PRODUCER_FIELD_NUMBER: _ClassVar[int]
    SCHEMA_VERSION_FIELD_NUMBER: _ClassVar[int]
    PAYLOAD_FIELD_NUMBER: _ClassVar[int]
    CORRELATION_ID_FIELD_NUMBER: _ClassVar[int]
    event_id: str
    event_type: str
    aggregate_key: str
    occurred_at: _timestamp_pb2.Timestamp
    producer: str
    schema_version: int
    payload: _any_pb2.Any
    correlation_id: str
    def __init__(self, event_id: _Optional[str] = ..., event_type: _Optional[str] = ..., aggregate_key: _Optional[str] = ..., occurred_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., producer: _Optional[str] = ..., schema_version: _Optional[int] = ..., payload: _Optional[_Union[_any_pb2.Any, _Mapping]] = ..., correlation_id: _Optional[str] = ...) -> None: ...
