"""Strict request models: unknown fields refused, strings NFC-normalised and bounded.

Thai, Khmer, Burmese and Vietnamese text can arrive composed or decomposed; normalising to
NFC makes equal names equal (and uniqueness meaningful) whatever keyboard typed them.
``NFCText`` is the reusable type; bound it with ``StringConstraints`` where it is used::

    title: Annotated[NFCText, StringConstraints(min_length=1, max_length=200)]
"""

from __future__ import annotations

import unicodedata
from datetime import UTC, datetime
from typing import Annotated, Any

from pydantic import AfterValidator, BaseModel, BeforeValidator, ConfigDict, StringConstraints

__all__ = [
    "CountryCode",
    "Identifier",
    "NFCText",
    "Name",
    "Password",
    "StrictModel",
    "Username",
    "UtcDateTime",
    "nfc",
]


def nfc(value: Any) -> Any:
    """NFC-normalise and trim strings; anything else is left for the type check to refuse."""
    if isinstance(value, str):
        return unicodedata.normalize("NFC", value).strip()
    return value


def _nfc_untrimmed(value: Any) -> Any:
    if isinstance(value, str):
        return unicodedata.normalize("NFC", value)
    return value


def _encodable(value: str) -> str:
    """Refuse lone surrogates: JSON may carry them (``"\\ud800"``), UTF-8 cannot, so they
    would fail later, in a store or a protobuf message, as a server error."""
    if any(unicodedata.category(char) == "Cs" for char in value):
        raise ValueError("lone surrogates are not allowed")
    return value


def _no_control_characters(value: str) -> str:
    if any(unicodedata.category(char) == "Cc" for char in value):
        raise ValueError("control characters are not allowed")
    return _encodable(value)


#: Free text: NFC, trimmed, no control characters, valid Unicode. Add length bounds where used.
NFCText = Annotated[str, BeforeValidator(nfc), AfterValidator(_no_control_characters)]

Name = Annotated[NFCText, StringConstraints(min_length=1, max_length=200)]

#: Login names: letters of any script, digits and ``. _ - @``; NFC, compared case-folded.
Username = Annotated[
    NFCText, StringConstraints(min_length=3, max_length=128, pattern=r"^[\w.@+-]+$")
]

#: Passwords are NFC-normalised (as RFC 8265 asks) but never trimmed; valid Unicode.
Password = Annotated[
    str,
    BeforeValidator(_nfc_untrimmed),
    StringConstraints(min_length=1, max_length=1024),
    AfterValidator(_encodable),
]

#: ISO 3166-1 alpha-2.
CountryCode = Annotated[str, StringConstraints(pattern=r"^[A-Z]{2}$")]

#: Ids the gateway hands out (``org_…``, ``usr_…``): ASCII, fixed shape.
Identifier = Annotated[
    str, StringConstraints(min_length=36, max_length=36, pattern=r"^[a-z]{3}_[0-9a-f]{32}$")
]


def _utc(value: datetime) -> datetime:
    """In UTC (a time without offset is read as UTC); one that leaves the calendar there
    (``0001-01-01T00:00:00+01:00``) is refused instead of failing in the store."""
    if value.tzinfo is None:
        return value.replace(tzinfo=UTC)
    try:
        return value.astimezone(UTC)
    except (OverflowError, ValueError) as error:
        raise ValueError("the time is out of range") from error


#: An instant in a query or body (ISO 8601), normalised to UTC.
UtcDateTime = Annotated[datetime, AfterValidator(_utc)]


class StrictModel(BaseModel):
    """Base of every request body: unknown fields are an error, not silently dropped."""

    model_config = ConfigDict(extra="forbid", frozen=True)
