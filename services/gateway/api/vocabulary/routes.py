"""The vocabulary: the concepts (sectors, interests, skills) that tags must name.

Officers, employers and providers pick skills, interests and sectors from it; a tag that is
not one of its ids is refused (422, with the nearest ids). Employers and facilitators see
its labels, never words an officer typed.

**Where it comes from.** Matching owns the vocabulary (its files, which partners extend)
and serves it over gRPC (``GetVocabulary``); the gateway keeps the answer in memory for
:data:`CACHE_SECONDS` and serves it with an ``ETag`` (the vocabulary's digest). Reading it
from matching, not from files of its own, keeps one source of truth: the ids the gateway
lists are exactly those matching accepts, and no domain code is shared between services.
It holds no personal data, so browsers and proxies may keep it: a console on a slow office
network downloads it once and revalidates with ``If-None-Match`` (304, no body).
"""

from __future__ import annotations

import time
from typing import Annotated, Literal

from fastapi import APIRouter, Depends, Query, Request, Response

from gateway.api.authorization import authorize
from gateway.api.backend_calls import backend_caller, get_vocabulary
from gateway.api.deps import MatchingDep
from gateway.api.problems import problem_responses
from gateway.api.vocabulary.schemas import ConceptPublic, VocabularyPublic
from gateway.auth.policy import Action
from gateway.auth.principal import Authorized
from pathways.v1 import matching_pb2 as pb

__all__ = ["CACHE_SECONDS", "router"]

router = APIRouter(tags=["vocabulary"])

#: How long the gateway and its clients keep the vocabulary before asking again.
CACHE_SECONDS = 300
_STATE = "vocabulary_cache"

ConceptKind = Literal["sector", "interest", "skill"]


def _vocabulary(request: Request, matching: MatchingDep, authorized: Authorized) -> pb.Vocabulary:
    """Matching's vocabulary, kept for CACHE_SECONDS (a benign race may fetch it twice)."""
    cached: tuple[float, pb.Vocabulary] | None = getattr(request.app.state, _STATE, None)
    now = time.monotonic()
    if cached is not None and now - cached[0] < CACHE_SECONDS:
        return cached[1]
    found = get_vocabulary(matching, caller=backend_caller(authorized, request))
    setattr(request.app.state, _STATE, (now, found))
    return found


@router.get(
    "/v1/vocabulary",
    summary="The vocabulary of sectors, interests and skills",
    response_model=VocabularyPublic,
    responses={
        304: {"description": "Not modified: the `If-None-Match` names the current version."},
        **problem_responses(401, 422, 503),
    },
)
def read_vocabulary(
    request: Request,
    response: Response,
    matching: MatchingDep,
    authorized: Annotated[Authorized, Depends(authorize(Action.VOCABULARY_READ))],
    kind: Annotated[ConceptKind | None, Query(description="Only concepts of this kind.")] = None,
) -> VocabularyPublic | Response:
    """Every concept with its kind, labels in the seven languages (English when a language
    has none yet) and its place in the hierarchy (`broader`, `narrower`), for any signed-in
    user. Tags in survivor profiles and opportunities must be these ids. Cacheable: send the
    `ETag` back in `If-None-Match` to get 304 while it has not changed."""
    vocabulary = _vocabulary(request, matching, authorized)
    tag = f'"{vocabulary.version}"' if kind is None else f'"{vocabulary.version}-{kind}"'
    headers = {"ETag": tag, "Cache-Control": f"public, max-age={CACHE_SECONDS}"}
    sent = request.headers.get("if-none-match", "")
    if tag in {part.strip() for part in sent.split(",")} or sent.strip() == "*":
        return Response(status_code=304, headers=headers)
    response.headers.update(headers)
    return VocabularyPublic(
        version=vocabulary.version,
        languages=list(vocabulary.languages),
        concepts=[
            ConceptPublic.of(c) for c in vocabulary.concepts if kind is None or c.kind == kind
        ],
    )
