"""Suggestions for a district field while it is typed: the gateway's gazetteer places as
``<option>``s of the field's ``<datalist>``, fetched by htmx.

**The typed text stays out of URLs.** What an officer types may be the first letters of
where a survivor lives. The browser asks with a ``POST`` (the session's CSRF token, the
country and the district, nothing else of the form: ``hx-params``), so the text is in no
URL the browser keeps in its history, sends as a ``Referer`` or that a proxy in front of
the console logs. The console passes it on as the gateway's ``GET /v1/places?q=``, the
gateway's public contract: console and gateway log no query strings (route templates only,
no access log), and the gateway answers ``no-store``. The district input also sets
``autocomplete="off"``, so the browser keeps no history of typed districts on a shared
computer.

Suggestions are a help, never a step: without scripts the datalist stays empty and the
form works as before, and when the gateway cannot answer, the list is just empty. A name
that two places of the country share (Chom Thong in Bangkok and in Chiang Mai) is told
apart in the option's label by its coordinates: the gateway's gazetteer ships no province
names (``docs/gateway.md``).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Annotated, Any

import httpx
from fastapi import APIRouter, Depends, Request, Response
from fastapi.responses import HTMLResponse

from console import messages
from console.gateway_client import GatewayProblem, SignedOut
from console.i18n import Translator
from console.messages import N_
from console.web import CsrfRefused, PageDep, checked_form, render

__all__ = ["MIN_TYPED", "NAMESAKE", "Suggestion", "router", "suggestions"]

router = APIRouter()

#: Letters or digits typed before the first suggestions: one letter offers too much.
MIN_TYPED = 2
#: The district field's length (and the gateway's limit on ``q``).
MAX_TYPED = 100
#: A namesake's label gives its coordinates to this many decimals (about a kilometre).
_DECIMALS = 2

#: The label of a place whose name another suggested place shares.
NAMESAKE = N_("{place} (at {latitude}, {longitude})")


@dataclass(frozen=True)
class Suggestion:
    """One ``<option>``: the name posted with the form, and a label when it needs one."""

    value: str
    label: str = ""


def suggestions(items: Iterable[Mapping[str, Any]], t: Translator) -> list[Suggestion]:
    """Options for the gateway's places, in its order (most populous first); namesakes
    labelled with their coordinates in the reader's number format."""
    places = [item for item in items if str(item.get("name", ""))]
    counts = Counter(str(item["name"]) for item in places)
    found: list[Suggestion] = []
    for item in places:
        name = str(item["name"])
        if counts[name] == 1:
            found.append(Suggestion(value=name))
            continue
        label = t.gettext(
            NAMESAKE,
            place=name,
            latitude=t.number(round(float(item.get("latitude", 0.0)), _DECIMALS)),
            longitude=t.number(round(float(item.get("longitude", 0.0)), _DECIMALS)),
        )
        found.append(Suggestion(value=name, label=label))
    return found


def _typed_enough(typed: str) -> bool:
    return sum(1 for c in typed if c.isalnum()) >= MIN_TYPED


async def _csrf_checked_form(request: Request) -> dict[str, str] | None:
    """The posted fields when the CSRF token matches the session's, else None: a refusal
    here is an empty answer, not the error page other forms get (it would land in a
    datalist)."""
    try:
        form = await checked_form(request)
    except CsrfRefused:
        return None
    return {key: str(value) for key, value in form.items()}


@router.post("/places/suggestions", response_class=HTMLResponse)
def place_suggestions(
    p: PageDep, form: Annotated[dict[str, str] | None, Depends(_csrf_checked_form)]
) -> Response:
    """The ``<option>``s for the district typed so far in the country chosen; empty when too
    little is typed, the country is not one the gazetteer covers, or the gateway fails."""
    if form is None:
        return Response(status_code=403)
    if p.caller is None:
        return Response(status_code=401)
    country = form.get("country", "").strip().upper()
    typed = form.get("district", "")[:MAX_TYPED]
    items: list[Mapping[str, Any]] = []
    if country in messages.COUNTRIES and _typed_enough(typed):
        try:
            found = p.caller.call("GET", "/v1/places", params={"country": country, "q": typed})
        except SignedOut:
            return Response(status_code=401)
        except (GatewayProblem, httpx.HTTPError):
            found = None  # suggestions are a help: the field works without them
        if isinstance(found, dict) and isinstance(found.get("items"), list):
            items = [i for i in found["items"] if isinstance(i, dict)]
    return render(p, "_place_options.html", options=suggestions(items, p.t))
