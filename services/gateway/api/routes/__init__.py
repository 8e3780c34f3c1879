"""The routers of the API, and what their declarations share."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import Depends, Header

__all__ = ["OPTIONAL_IF_MATCH"]


async def _optional_if_match(
    if_match: Annotated[
        str | None,
        Header(
            description=(
                "Optional. The `ETag` of the version this change is based on; when sent, a "
                "stale one is 412."
            ),
            examples=['"3"'],
            max_length=64,
        ),
    ] = None,
) -> None:
    """Declares the header in OpenAPI; the route reads it with ``optional_if_match``."""
    del if_match


#: For ``dependencies=[...]`` of routes that take an optional ``If-Match``.
OPTIONAL_IF_MATCH: Any = Depends(_optional_if_match)
