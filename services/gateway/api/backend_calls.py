"""What every route in front of a backend service (matching, peer groups) shares: the
caller, the request id, 412s, paging; and matching's calls its client does not declare yet.

The clients themselves are dependencies (``MatchingDep``, ``PeerGroupsDep`` in
:mod:`gateway.api.deps`).

- :func:`backend_caller` turns the checked principal into the metadata the backend checks
  again.
- :func:`if_match_checked` turns the backend's ABORTED (a stale ``expected_version``) into
  412, which is what HTTP says about a stale ``If-Match``; elsewhere ABORTED stays 409.
- :func:`backend_request_id` derives the backend's request id from the Idempotency-Key, so a
  retry that slips past the gateway's own replay still finds the first result.
- :func:`page_of` pages a list the backend returns whole, with the gateway's signed cursors.
- :func:`label_language` picks the vocabulary language of labels from ``Accept-Language``.
- :func:`call_matching`, :func:`get_vocabulary`: matching's RPCs the client lacks.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any, TypeVar

import grpc
from fastapi import Request

from gateway.api.deps import BackendNotConfigured, GatewayDep, PageQuery
from gateway.auth.principal import Authorized, caller_identity
from gateway.clients.matching import MatchingClient
from gateway.errors import StaleVersion
from pathways.v1 import matching_pb2 as pb
from pathways_runtime.identity import CallerIdentity

__all__ = [
    "backend_caller",
    "backend_request_id",
    "call_matching",
    "get_vocabulary",
    "if_match_checked",
    "label_language",
    "page_of",
]

T = TypeVar("T")


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
        raise BackendNotConfigured("matching")
    return generic(rpc, request, caller)


def get_vocabulary(matching: MatchingClient, *, caller: CallerIdentity) -> pb.Vocabulary:
    found: pb.Vocabulary = call_matching(
        matching, "get_vocabulary", "GetVocabulary", pb.GetVocabularyRequest(), caller=caller
    )
    return found
