"""What every page module shares: the request's page, CSRF-checked forms, rendering, guards.

The application (``console.app``) builds one :class:`ConsoleContext` and puts it on
``app.state.console``; page modules (``console.facilitator_pages``, ``console.owner_pages``,
``console.admin_pages``, ...) reach it only through the dependencies here, so each module
is a plain ``APIRouter`` with no closure over the application.
"""

import hmac
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import Depends, Request
from fastapi.responses import HTMLResponse, RedirectResponse
from jinja2 import Environment
from starlette.datastructures import FormData

from console import forms, messages
from console.body_limits import FORM_LIMITS
from console.gateway_client import GatewayClient, SessionCaller, SignedOut
from console.i18n import LANGUAGES, Catalogs, Translator, negotiate
from console.sessions import PreferenceStore, Session

__all__ = [
    "ConsoleContext",
    "CsrfRefused",
    "Forbidden",
    "FormDep",
    "Page",
    "PageDep",
    "checked_form",
    "confirmation",
    "page_of",
    "render",
    "require_role",
    "see_other",
    "signed_in",
    "utc_today",
]


def utc_today() -> date:
    return datetime.now(UTC).date()


class CsrfRefused(Exception):
    pass


class Forbidden(Exception):
    pass


@dataclass(frozen=True)
class ConsoleContext:
    """The process-wide objects pages need (built once by ``create_app``)."""

    catalogs: Catalogs
    gateway: GatewayClient
    templates: Environment
    preferences: PreferenceStore
    #: Today's date in UTC, as the services count days (the default day of an outcome).
    today: Callable[[], date] = field(default=lambda: utc_today())


@dataclass
class Page:
    """Everything a handler knows about the request: session, language, gateway caller."""

    request: Request
    session: Session
    t: Translator
    caller: SessionCaller | None


def context_of(request: Request) -> ConsoleContext:
    found: ConsoleContext = request.app.state.console
    return found


def _language_of(request: Request, session: Session) -> str:
    if session.language in LANGUAGES:
        return str(session.language)
    return negotiate(request.headers.get("accept-language"))


def page_of(request: Request) -> Page:
    context = context_of(request)
    session: Session = request.state.session
    t = context.catalogs.for_language(_language_of(request, session))
    caller = (
        context.gateway.for_session(session, client_address=client_address(request))
        if session.signed_in
        else None
    )
    return Page(request=request, session=session, t=t, caller=caller)


def client_address(request: Request) -> str:
    """The browser's address (uvicorn takes it from X-Forwarded-For only from the proxies
    in front of the console that it trusts)."""
    return request.client.host if request.client is not None else ""


async def checked_form(request: Request) -> FormData:
    """The POSTed form, once its CSRF token matched the session's (else a 403 page)."""
    form = await request.form(**FORM_LIMITS)
    session: Session = request.state.session
    sent = str(form.get("csrf_token", "")) or request.headers.get("x-csrf-token", "")
    if not sent or not hmac.compare_digest(sent.encode(), session.csrf_token.encode()):
        raise CsrfRefused
    return form


PageDep = Annotated[Page, Depends(page_of)]
FormDep = Annotated[FormData, Depends(checked_form)]


#: The error page, titled by its status when the page that raised it gave no title.
_ERROR_TEMPLATE = "error.html"


def render(p: Page, template: str, *, status: int = 200, **values: Any) -> HTMLResponse:
    t = p.t
    if template == _ERROR_TEMPLATE and not values.get("title"):
        values["title"] = t.gettext(messages.ERROR_TITLES.get(status, messages.ERROR_TITLE_OTHER))
    body = (
        context_of(p.request)
        .templates.get_template(template)
        .render(
            _=t.gettext,
            t=t,
            lang=t.language,
            languages=LANGUAGES,
            session=p.session,
            csrf_token=p.session.csrf_token,
            path=here(p.request),
            msg=messages,
            **values,
        )
    )
    return HTMLResponse(body, status_code=status)


#: The queries a page is found again by after switching language, each kept only when
#: shaped as its page reads it: the version a confirming page acts on
#: (``/accounts/{id}/approve?version=3``), a list's position (the gateway's signed cursor:
#: a position, no personal data) and the list's filters. Nothing else is carried back: a
#: notice (``done=``) is said once, and nothing typed is ever drawn into the page.
_NAME = re.compile(r"[a-z_]{1,40}")
_WHERE: dict[str, Callable[[str], object]] = {
    "version": re.compile(r"[0-9]{1,12}").fullmatch,
    "page": forms.valid_cursor,
    "cursor": forms.valid_cursor,
    "stage": _NAME.fullmatch,
    "kind": _NAME.fullmatch,
    "outcome": _NAME.fullmatch,
    "role": _NAME.fullmatch,
    "organisation": forms.valid_id,
    "organisation_id": forms.valid_id,
}


def here(request: Request) -> str:
    """Where the page is, to come back to after switching language."""
    kept = {
        name: value
        for name, value in request.query_params.items()
        if name in _WHERE and _WHERE[name](value)
    }
    path = request.url.path
    return f"{path}?{urlencode(kept)}" if kept else path


def see_other(url: str) -> RedirectResponse:
    return RedirectResponse(url, status_code=303)


def signed_in(p: Page) -> SessionCaller:
    if p.caller is None:
        raise SignedOut
    return p.caller


def require_role(p: Page, *roles: str) -> SessionCaller:
    """The session's caller when its role is one of ``roles`` (else a 403 page).

    The gateway checks again; this only keeps people off pages their role cannot use."""
    caller = signed_in(p)
    if p.session.role not in roles:
        raise Forbidden
    return caller


def confirmation(
    p: Page,
    *,
    question: str,
    consequence: str,
    yes: str,
    action: str,
    back: str,
    fields: Mapping[str, str] | None = None,
) -> HTMLResponse:
    """The step before an act that cannot be taken back (works without JavaScript).

    It says, in the reader's language, what will happen and to whom (a code name or a
    username, never a real name); "Yes, …" posts ``fields`` to ``action``, which acts;
    Cancel goes ``back``. The title stays generic: a title must not carry a name."""
    return render(
        p,
        "confirm.html",
        title=p.t.gettext("Please confirm"),
        question=question,
        consequence=consequence,
        yes=yes,
        action=action,
        back=back,
        fields=dict(fields or {}),
    )
