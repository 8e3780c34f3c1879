"""Optimistic concurrency over HTTP: ``ETag`` on reads, ``If-Match`` required on updates.

An ETag is the resource's version in quotes. An update must name the version it was based
on; a missing ``If-Match`` is 428 (so a client cannot overwrite blindly by forgetting it),
an outdated one 412, and nothing is written in either case.
"""

from __future__ import annotations

import re
from typing import Annotated

from fastapi import Depends, Header

from gateway.errors import PreconditionRequired, StaleVersion

__all__ = ["IfMatch", "etag"]

_STRONG_ETAG = re.compile(r'"(\d{1,18})"')


def etag(version: int) -> str:
    return f'"{version}"'


async def _if_match(
    if_match: Annotated[
        str | None,
        Header(
            description="Required. The `ETag` of the version this update is based on.",
            examples=['"3"'],
            max_length=64,
        ),
    ] = None,
) -> int:
    if if_match is None or not if_match.strip():
        raise PreconditionRequired("send If-Match with the ETag you read")
    match = _STRONG_ETAG.fullmatch(if_match.strip())
    if match is None:
        # "*" or a weak or foreign tag cannot name a version: it matches none.
        raise StaleVersion("If-Match does not name the current version")
    return int(match.group(1))


#: The version an update expects, from ``If-Match``.
IfMatch = Annotated[int, Depends(_if_match)]
