"""Strict request models: unknown fields refused, strings NFC-normalised and bounded.

Thai, Khmer, Burmese and Vietnamese text can arrive composed or decomposed; normalising to
NFC makes equal names equal (and uniqueness meaningful) whatever keyboard typed them.
``NFCText`` is the reusable type; bound it with ``StringConstraints`` where it is used::

    title: Annotated[NFCText, StringConstraints(min_length=1, max_length=200)]
"""

from __future__ import annotations

import unicodedata
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


def _no_control_characters(value: str) -> str:
    if any(unicodedata.category(char) == "Cc" for char in value):
        raise ValueError("control characters are not allowed")
    return value


#: Free text: NFC, trimmed, no control characters. Add length bounds where used.
NFCText = Annotated[str, BeforeValidator(nfc), AfterValidator(_no_control_characters)]

Name = Annotated[NFCText, StringConstraints(min_length=1, max_length=200)]

#: Login names: letters of any script, digits and ``. _ - @``; NFC, compared case-folded.
Username = Annotated[
    NFCText, StringConstraints(min_length=3, max_length=128, pattern=r"^[\w.@+-]+$")
]

#: Passwords are NFC-normalised (as RFC 8265 asks) but never trimmed.
Password = Annotated[
    str,
    BeforeValidator(_nfc_untrimmed),
    StringConstraints(min_length=1, max_length=1024),
]

#: ISO 3166-1 alpha-2.
CountryCode = Annotated[str, StringConstraints(pattern=r"^[A-Z]{2}$")]

#: Ids the gateway hands out (``org_…``, ``usr_…``): ASCII, fixed shape.
Identifier = Annotated[
    str, StringConstraints(min_length=36, max_length=36, pattern=r"^[a-z]{3}_[0-9a-f]{32}$")
]


class StrictModel(BaseModel):
    """Base of every request body: unknown fields are an error, not silently dropped."""

    model_config = ConfigDict(extra="forbid", frozen=True)
