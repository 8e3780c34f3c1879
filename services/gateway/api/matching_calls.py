"""What every route in front of matching shares: the client, the caller, 412s, paging.

- :data:`MatchingDep` is the :class:`~gateway.clients.matching.MatchingClient` of the app
  (``app.state.matching``); when none is configured the route answers 503 like a backend
  that is down, through the same gRPC problem mapping.
- :func:`backend_caller` turns the checked principal into the metadata matching checks again.
- :func:`if_match_checked` turns matching's ABORTED (a stale ``expected_version``) into 412,
  which is what HTTP says about a stale ``If-Match``; elsewhere ABORTED stays 409.
- :func:`backend_request_id` derives matching's request id from the Idempotency-Key, so a
  retry that slips past the gateway's own replay still finds the first result.
- :func:`page_of` pages a list the backend returns whole, with the gateway's signed cursors.
- :func:`label_language` picks the vocabulary language of labels from ``Accept-Language``.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import Annotated, Any, TypeVar

import grpc
from fastapi import Depends, Request

from gateway.api.deps import GatewayDep, PageQuery
from gateway.auth.principal import Authorized, caller_identity
from gateway.clients.matching import MatchingClient
from gateway.errors import StaleVersion
from pathways.v1 import matching_pb2 as pb
from pathways_runtime.identity import CallerIdentity

__all__ = [
    "MatchingDep",
    "backend_caller",
    "backend_request_id",
    "call_matching",
    "expected",
    "get_vocabulary",
    "if_match_checked",
    "label_language",
    "optional_if_match",
    "page_of",
]

T = TypeVar("T")


class _NoBackend(grpc.RpcError):
    """Raised when the app has no matching client: answered as UNAVAILABLE (503)."""

    def code(self) -> grpc.StatusCode:
        return grpc.StatusCode.UNAVAILABLE

    def details(self) -> str:
        return "matching is not configured"


async def _matching(request: Request) -> MatchingClient:
    client: MatchingClient | None = getattr(request.app.state, "matching", None)
    if client is None:
        raise _NoBackend
    return client


MatchingDep = Annotated[MatchingClient, Depends(_matching)]


def backend_caller(authorized: Authorized, request: Request) -> CallerIdentity:
    return caller_identity(
        authorized.principal, request_id=str(getattr(request.state, "request_id", ""))
    )


def backend_request_id(authorized: Authorized, request: Request) -> str:
    """A digest of (user, Idempotency-Key): stable across retries, says nothing itself."""
    key = request.headers.get("idempotency-key", "")
    if not key:
        return ""
    digest = hashlib.sha256(f"{authorized.principal.user_id}\x00{key}".encode())
    return digest.hexdigest()[:32]


def expected(version: int) -> int:
    """Matching reads version 0 as 'do not check'; no stored version is 0, so it is stale."""
    if version < 1:
        raise StaleVersion("If-Match does not name the current version")
    return version


_STRONG_ETAG = re.compile(r'"(\d{1,18})"')


def optional_if_match(request: Request) -> int:
    """The version an optional ``If-Match`` names; 0 (no check) when it is absent."""
    header = request.headers.get("if-match")
    if header is None or not header.strip():
        return 0
    found = _STRONG_ETAG.fullmatch(header.strip())
    if found is None:
        raise StaleVersion("If-Match does not name the current version")
    return expected(int(found.group(1)))


@contextmanager
def if_match_checked() -> Iterator[None]:
    try:
        yield
    except grpc.RpcError as error:
        code_of = getattr(error, "code", None)
        if callable(code_of) and code_of() is grpc.StatusCode.ABORTED:
            raise StaleVersion("the resource has changed since you read it") from error
        raise


def page_of(
    items: Sequence[T],
    *,
    gateway: GatewayDep,
    page: PageQuery,
    scope: str,
    key: Callable[[T], str],
) -> tuple[list[T], str | None]:
    """One page of ``items`` (in the backend's order) after the cursor's item."""
    start = 0
    if page.cursor is not None:
        after = gateway.cursors.decode(page.cursor, scope=scope)
        positions = [i for i, item in enumerate(items) if key(item) == after]
        start = positions[0] + 1 if positions else len(items)
    window = items[start : start + page.limit + 1]
    return gateway.cursors.next_page(window, limit=page.limit, position=key, scope=scope)


#: The languages the vocabulary has labels in, and the tags people send for them.
LABEL_LANGUAGES = ("en", "km", "my", "th", "vi", "tl", "zh", "zh-Hant")
_LANGUAGE_ALIASES = {"fil": "tl"}
#: Subtags that make a Chinese tag Traditional (Hong Kong's, Taiwan's and Macau's).
_TRADITIONAL = frozenset({"hant", "hk", "tw", "mo"})


def label_language(request: Request) -> str:
    """The first language of ``Accept-Language`` (in order of preference) that labels exist
    in: ``th-TH`` → ``th``, ``fil`` → ``tl``, ``zh-Hant-HK`` and ``zh-HK`` → ``zh-Hant``
    (matching falls back to ``zh`` where it has no Traditional label), ``zh-CN`` → ``zh``;
    else ``en``."""
    ranked: list[tuple[float, int, str]] = []
    header = request.headers.get("accept-language", "")[:200]
    for position, part in enumerate(header.split(",")):
        tag, _, params = part.strip().partition(";")
        quality = 1.0
        if params.strip().startswith("q="):
            try:
                quality = float(params.strip()[2:])
            except ValueError:
                quality = 0.0
        primary = tag.strip().split("-")[0].lower()
        primary = _LANGUAGE_ALIASES.get(primary, primary)
        subtags = {subtag.lower() for subtag in tag.strip().split("-")[1:]}
        if primary == "zh" and subtags & _TRADITIONAL and "hans" not in subtags:
            primary = "zh-Hant"
        if primary in LABEL_LANGUAGES and quality > 0:
            ranked.append((-quality, position, primary))
    return min(ranked)[2] if ranked else "en"


def call_matching(
    matching: MatchingClient, method: str, rpc: str, request: Any, *, caller: CallerIdentity
) -> Any:
    """``matching.<method>(request, caller=...)``; for an RPC the client does not declare
    yet (``GetVocabulary``, ``ListSurvivors``: requested in ``gateway/clients/matching.py``),
    the gRPC client's generic call to ``rpc``: the same stub, deadline and signed caller."""
    declared = getattr(matching, method, None)
    if callable(declared):
        return declared(request, caller=caller)
    generic = getattr(matching, "_call", None)
    if not callable(generic):
        raise _NoBackend
    return generic(rpc, request, caller)


def get_vocabulary(matching: MatchingClient, *, caller: CallerIdentity) -> pb.Vocabulary:
    found: pb.Vocabulary = call_matching(
        matching, "get_vocabulary", "GetVocabulary", pb.GetVocabularyRequest(), caller=caller
    )
    return found
