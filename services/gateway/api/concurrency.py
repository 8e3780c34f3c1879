"""Optimistic concurrency over HTTP: ``ETag`` on reads, ``If-Match`` required on updates.

An ETag is the resource's version in quotes. An update must name the version it was based
on; a missing ``If-Match`` is 428 (so a client cannot overwrite blindly by forgetting it),
an outdated one 412, and nothing is written in either case. A few changes take an optional
``If-Match`` (:func:`optional_if_match`): when sent, a stale one is 412 as well.
"""

from __future__ import annotations

import re

from fastapi import Request

from gateway.errors import StaleVersion

__all__ = ["etag", "expected", "named_version", "optional_if_match"]

_STRONG_ETAG = re.compile(r'"(\d{1,18})"')


def etag(version: int) -> str:
    return f'"{version}"'


def named_version(if_match: str) -> int:
    """The version a strong ETag in ``If-Match`` names."""
    match = _STRONG_ETAG.fullmatch(if_match.strip())
    if match is None:
        # "*" or a weak or foreign tag cannot name a version: it matches none.
        raise StaleVersion("If-Match does not name the current version")
    return int(match.group(1))


def expected(version: int) -> int:
    """Matching reads version 0 as 'do not check'; no stored version is 0, so it is stale."""
    if version < 1:
        raise StaleVersion("If-Match does not name the current version")
    return version


def optional_if_match(request: Request) -> int:
    """The version an optional ``If-Match`` names; 0 (no check) when it is absent.

    Routes that read it declare the header with ``dependencies=[OPTIONAL_IF_MATCH]``
    (:mod:`gateway.api.deps`)."""
    header = request.headers.get("if-match")
    if header is None or not header.strip():
        return 0
    return expected(named_version(header))
