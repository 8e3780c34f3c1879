"""Places of the gazetteer whose name starts with what was typed: the district field's
suggestions (``GET /v1/places?country=KH&q=phn``).

The places are GeoNames' (:mod:`gateway.api.places.gazetteer`, the same index that resolves
a district sent without coordinates), so a suggestion taken is a district the gateway finds.

**Signed in, and not cached.** The answer holds no personal data and is the same for
everyone, but the question may: ``q`` is the first letters of where a survivor lives or
where a job is, typed into a form. So the route takes a token like every other ``/v1``
route (the table grants it to every role as reference data, like the vocabulary: no
anonymous endpoint to scrape, and every call is tied to a session), and its answers keep
the gateway's ``Cache-Control: no-store``: a ``public`` answer to a request with a token
may be stored by a shared cache and served without one (RFC 9111 §3.5), and any cache,
shared or a browser's on a shared computer, would keep the typed prefixes as its keys.
Caching would buy little: a lookup is a bisection in memory (measured: at most 4.5 ms for
one letter in China, the largest index, and 1.6 ms from two letters, what the console
sends; best of 5 runs on a 2-core machine that was running a soak).
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Query
from fastapi.exceptions import RequestValidationError

from gateway.api.authorization import authorize
from gateway.api.places import gazetteer
from gateway.api.places.schemas import PlacePublic, PlacesPublic
from gateway.api.problems import problem_responses
from gateway.auth.policy import Action
from gateway.auth.principal import Authorized

__all__ = ["router"]

router = APIRouter(tags=["places"])

#: The longest text looked up (the district field takes 100 characters).
MAX_TYPED = 100


def _refuse(parameter: str, message: str) -> RequestValidationError:
    """A bad value of one query parameter, answered like any validation error (422 naming
    ``query.<parameter>``, never the value)."""
    return RequestValidationError(
        [{"type": "value_error", "loc": ("query", parameter), "msg": message}]
    )


@router.get(
    "/v1/places",
    summary="Places whose name starts with what was typed",
    response_model=PlacesPublic,
    responses=problem_responses(401, 422),
)
def suggest_places(
    authorized: Annotated[Authorized, Depends(authorize(Action.VOCABULARY_READ))],
    country: Annotated[
        str,
        Query(
            min_length=2,
            max_length=2,
            description="ISO 3166-1 alpha-2 code of one of the region's countries.",
        ),
    ],
    q: Annotated[
        str,
        Query(
            min_length=1,
            max_length=MAX_TYPED,
            description="The start of a name. Case, accents, tone marks, spacing and "
            "punctuation do not matter.",
        ),
    ],
) -> PlacesPublic:
    """Places (GeoNames, 5,000 people or more) of `country` whose name or an alternate
    name starts with `q`, most populous first, for any signed-in user: the suggestions of
    a district field. Each place once. Not cached (`q` may be where a survivor lives)."""
    code = country.upper()
    if code not in gazetteer.REGION:
        raise _refuse("country", "the gazetteer covers only the region's countries")
    if not gazetteer.fold_name(q):
        raise _refuse("q", "type at least one letter or digit")
    return PlacesPublic(items=[PlacePublic.of(p) for p in gazetteer.suggest_places(code, q)])
