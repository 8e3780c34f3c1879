"""Opaque, tamper-evident cursors for every list.

A cursor is ``base64url(json) . base64url(HMAC-SHA256)``, signed with the cursor key from
settings and bound to the list and filters it was issued for: a client cannot forge a
position, and a cursor from one query is refused by another (422 ``invalid-cursor``).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
from collections.abc import Callable, Sequence
from typing import Generic, TypeVar

from pydantic import BaseModel, Field

from gateway.errors import InvalidCursor

__all__ = ["CursorCodec", "Page"]

T = TypeVar("T")


class Page(BaseModel, Generic[T]):
    items: list[T]
    next_cursor: str | None = Field(
        default=None, description="Pass as `cursor` to get the next page; absent on the last."
    )


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


class CursorCodec:
    def __init__(self, *, secret: str) -> None:
        self._key = hashlib.sha256(b"pathways-cursor:" + secret.encode()).digest()

    def encode(self, *, position: str, scope: str) -> str:
        payload = json.dumps({"p": position, "s": scope}, separators=(",", ":")).encode()
        return f"{_b64(payload)}.{_b64(self._sign(payload))}"

    def decode(self, cursor: str, *, scope: str) -> str:
        try:
            payload_part, _, signature_part = cursor.partition(".")
            payload = _unb64(payload_part)
            if not hmac.compare_digest(_unb64(signature_part), self._sign(payload)):
                raise InvalidCursor("the cursor is not valid")
            data = json.loads(payload)
        except (ValueError, TypeError) as error:
            raise InvalidCursor("the cursor is not valid") from error
        if (
            not isinstance(data, dict)
            or data.get("s") != scope
            or not isinstance(data.get("p"), str)
        ):
            raise InvalidCursor("the cursor belongs to another list or query")
        return str(data["p"])

    def next_page(
        self,
        items: Sequence[T],
        *,
        limit: int,
        position: Callable[[T], str],
        scope: str,
    ) -> tuple[list[T], str | None]:
        """Trim a fetch of ``limit + 1`` items to one page and the cursor after it."""
        if len(items) > limit:
            page = list(items[:limit])
            return page, self.encode(position=position(page[-1]), scope=scope)
        return list(items), None

    def _sign(self, payload: bytes) -> bytes:
        return hmac.new(self._key, payload, hashlib.sha256).digest()
