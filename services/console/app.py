"""The console's FastAPI application: pages, sessions, CSRF and headers in one place.

Every page is server-rendered (Jinja2); htmx only boosts links and forms. The browser
holds one cookie, a random session id (HttpOnly, SameSite=Strict, Secure behind TLS);
gateway tokens stay in the server-side session. Every POST needs the session's CSRF token,
and is refused when the browser says another site sent it (``console.same_origin``): a 403
page either way. Every answer carries ``Cache-Control: no-store`` and a strict
Content-Security-Policy (scripts and styles from this origin only).
"""

import dataclasses
import re
import time
import uuid
from collections.abc import Awaitable, Callable
from concurrent.futures import ThreadPoolExecutor
from contextlib import asynccontextmanager
from datetime import date
from typing import Any
from urllib.parse import quote

import httpx
from fastapi import Depends, FastAPI, Request, Response
from fastapi.responses import HTMLResponse, PlainTextResponse, RedirectResponse
from fastapi.staticfiles import StaticFiles
from jinja2 import Environment, FileSystemLoader, select_autoescape

from console import (
    account_pages,
    admin_pages,
    body_limits,
    dashboard_pages,
    facilitator_pages,
    field_problems,
    forms,
    messages,
    owner_pages,
    peer_group_api,
    place_suggestions,
    round_pages,
    same_origin,
    sharing_pages,
    vocabulary,
)
from console.assets import STATIC_DIR, verify_vendored
from console.charts import score_chart
from console.config import ConsoleSettings
from console.gateway_client import GatewayClient, GatewayProblem, SessionCaller, SignedOut
from console.i18n import LANGUAGES, Catalogs
from console.opportunity_reads import opportunities_by_id
from console.pathway_views import courses_for, jobs_led_to
from console.sessions import (
    InMemoryPreferenceStore,
    InMemorySessionStore,
    JsonFilePreferenceStore,
    PreferenceStore,
    Session,
    SessionStore,
)
from console.web import (
    ConsoleContext,
    CsrfRefused,
    Forbidden,
    FormDep,
    Page,
    PageDep,
    client_address,
    confirmation,
    page_of,
    render,
    see_other,
    signed_in,
    utc_today,
)
from pathways_runtime.body_limit import BodyLimit
from pathways_runtime.log import get_logger

__all__ = ["SECURITY_HEADERS", "cookie_name", "create_app"]

_log = get_logger(__name__)

SECURITY_HEADERS = {
    "Cache-Control": "no-store",
    "Pragma": "no-cache",
    "Content-Security-Policy": (
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'; "
        "object-src 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    # Not no-referrer: under it browsers send ``Origin: null`` on a plain form POST, which
    # console.same_origin refuses. same-origin sends nothing to any other site either.
    "Referrer-Policy": "same-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
    "Cross-Origin-Opener-Policy": "same-origin",
}
_STAGES = tuple(messages.STAGES)
#: Survivors per caseload page.
CASELOAD_PAGE = 50
#: How many caseload pages a search by code name reads before it says not found.
CASELOAD_SEARCH_PAGES = 40
_PURPOSES = tuple(messages.CONSENTS)
#: What the organisations page may announce after one is created, suspended or its
#: suspension lifted (``?done=``).
_ORGANISATION_DONE = frozenset(
    {
        "organisation-created",
        "organisation-created-vetting",
        "organisation-suspended",
        "suspension-lifted",
    }
)
#: What the case page may announce after a consent is recorded or withdrawn, or the survivor
#: left a group (``?done=``).
_CASE_DONE = frozenset({"consent-given", "consent-withdrawn", "left-group"})


def cookie_name(secure: bool) -> str:
    """``__Host-`` binds the cookie to this host and path ``/`` (browsers require Secure)."""
    return "__Host-console" if secure else "console_session"


#: What the sign-in page may announce (``?done=``): why the person was signed out.
_SIGN_IN_DONE = {
    "password-changed": messages.PASSWORD_CHANGED,
    "second-factor-on": messages.SECOND_FACTOR_ON,
}


def create_app(
    settings: ConsoleSettings,
    *,
    clock: Callable[[], float] = time.monotonic,
    transport: httpx.BaseTransport | None = None,
    sessions: SessionStore | None = None,
    preferences: PreferenceStore | None = None,
    today: Callable[[], date] = utc_today,
) -> FastAPI:
    verify_vendored()
    catalogs = Catalogs()
    # A console session that times out ends its gateway session too, off the request's
    # path: one thread, so a sweep of many never floods the gateway.
    endings = ThreadPoolExecutor(max_workers=1, thread_name_prefix="console-session-end")

    def end_gateway_session(session: Session) -> None:
        if session.tokens is not None:
            endings.submit(gateway.end_session, session.tokens.refresh_token)

    store: SessionStore = sessions or InMemorySessionStore(
        idle_s=settings.console_session_idle_s, clock=clock, on_expired=end_gateway_session
    )
    prefs: PreferenceStore = preferences or (
        JsonFilePreferenceStore(settings.console_preferences_file)
        if settings.console_preferences_file is not None
        else InMemoryPreferenceStore()
    )
    gateway = GatewayClient(
        settings.gateway_url,
        timeout_s=settings.console_gateway_timeout_s,
        clock=clock,
        transport=transport,
        source_address=settings.console_gateway_source_address,
        proxy_key=(
            settings.gateway_proxy_key.get_secret_value()
            if settings.gateway_proxy_key is not None
            else None
        ),
    )
    templates = Environment(
        loader=FileSystemLoader(str(STATIC_DIR.parent / "templates")),
        autoescape=select_autoescape(["html", "svg"]),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    secure = settings.secure_cookies
    cookie = cookie_name(secure)

    @asynccontextmanager
    async def lifespan(_app: FastAPI):  # type: ignore[no-untyped-def]
        yield
        endings.shutdown(wait=True)
        gateway.close()

    # A path with a trailing slash is not found rather than redirected: Starlette's redirect
    # writes the request's Host header into an absolute Location.
    app = FastAPI(
        lifespan=lifespan,
        docs_url=None,
        redoc_url=None,
        openapi_url=None,
        redirect_slashes=False,
        # Before every route's own dependencies (the CSRF-checked form among them).
        dependencies=[Depends(same_origin.refusing_other_sites(settings.console_public_origin))],
    )
    app.state.console = ConsoleContext(
        catalogs=catalogs, gateway=gateway, templates=templates, preferences=prefs, today=today
    )
    app.mount("/static", StaticFiles(directory=str(STATIC_DIR)), name="static")

    @app.middleware("http")
    async def session_and_headers(
        request: Request, call_next: Callable[[Request], Awaitable[Response]]
    ) -> Response:
        if request.url.path.startswith("/static/") or request.url.path == "/healthz":
            # No session for assets and probes: they would fill the store for nothing.
            response = await call_next(request)
            for name, value in SECURITY_HEADERS.items():
                response.headers.setdefault(name, value)
            response.headers["Cache-Control"] = "no-store"
            return response
        session_id = request.cookies.get(cookie, "")
        session = store.get(session_id) if session_id else None
        if session is None:
            session = store.create()
        request.state.session = session
        response = await call_next(request)
        current: Session = request.state.session
        if getattr(request.state, "ended", False):
            response.delete_cookie(
                cookie, path="/", secure=secure, httponly=True, samesite="strict"
            )
        elif current.id != session_id:
            response.set_cookie(
                cookie,
                current.id,
                path="/",
                httponly=True,
                samesite="strict",
                secure=secure,
            )
        for name, value in SECURITY_HEADERS.items():
            response.headers.setdefault(name, value)
        response.headers["Cache-Control"] = "no-store"
        if request.method == "GET" and request.headers.get("hx-boosted") == "true":
            # A boosted form's POST that redirects lands here; without this the address
            # bar kept the form's URL (/survivors/new over the new case's page).
            response.headers["HX-Push-Url"] = request.url.path + (
                f"?{request.url.query}" if request.url.query else ""
            )
        return response

    page = page_of

    def officer(p: Page) -> SessionCaller:
        caller = signed_in(p)
        if p.session.role != "reintegration_officer":
            raise Forbidden
        return caller

    def remember(session: Session, survivor_id: str) -> None:
        if survivor_id in session.recent_survivors:
            session.recent_survivors.remove(survivor_id)
        session.recent_survivors.insert(0, survivor_id)
        del session.recent_survivors[50:]

    # --- errors ----------------------------------------------------------------------------

    @app.exception_handler(SignedOut)
    async def _signed_out(request: Request, _exc: SignedOut) -> Response:
        return see_other("/sign-in")

    # A refused form is titled as its heading says ("We could not do that"), not "No
    # access": the person may do this, only this request was not taken.
    @app.exception_handler(CsrfRefused)
    async def _csrf(request: Request, _exc: CsrfRefused) -> Response:
        p = page(request)
        return render(
            p,
            "error.html",
            status=403,
            title=p.t.gettext(messages.REFUSED_TITLE),
            message=p.t.gettext(
                "This form has expired or did not come from this console. Go back, reload "
                "the page and try again."
            ),
        )

    @app.exception_handler(same_origin.CrossSiteRefused)
    async def _cross_site(request: Request, _exc: same_origin.CrossSiteRefused) -> Response:
        p = page(request)
        return render(
            p,
            "error.html",
            status=403,
            title=p.t.gettext(messages.REFUSED_TITLE),
            message=p.t.gettext(messages.FROM_ANOTHER_SITE),
        )

    @app.exception_handler(Forbidden)
    async def _forbidden(request: Request, _exc: Forbidden) -> Response:
        p = page(request)
        return render(p, "error.html", status=403, message=p.t.gettext(messages.FORBIDDEN))

    @app.exception_handler(GatewayProblem)
    async def _problem(request: Request, exc: GatewayProblem) -> Response:
        if exc.slug == "second-factor-enrolment-required":
            # An administrator who must set up sign-in codes first: the one page they may use.
            return see_other("/account/second-factor")
        p = page(request)
        status = exc.status if exc.status in {403, 404, 409, 412, 422, 429, 503} else 502
        text = messages.PROBLEMS.get(exc.slug, messages.UNKNOWN_PROBLEM)
        return render(p, "error.html", status=status, message=p.t.gettext(text))

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception) -> Response:
        # The exception's type only: its message could carry data from a page.
        _log.error("console_error", error=type(exc).__name__)
        # Answered outside the session middleware: set its headers here.
        if not hasattr(request.state, "session"):
            request.state.session = store.create()
        p = page(request)
        response = render(
            p, "error.html", status=500, message=p.t.gettext(messages.UNKNOWN_PROBLEM)
        )
        response.headers.update(SECURITY_HEADERS)
        return response

    @app.exception_handler(404)
    async def _not_found(request: Request, _exc: Exception) -> Response:
        if not hasattr(request.state, "session"):
            # An asset or probe path, which has no session (and makes none): no page.
            return PlainTextResponse("Not found", status_code=404)
        p = page(request)
        return render(p, "error.html", status=404, message=p.t.gettext(messages.NOT_FOUND))

    @app.get("/healthz")
    def healthz() -> dict[str, str]:
        return {"status": "ok"}

    # --- session ---------------------------------------------------------------------------

    @app.get("/", response_class=HTMLResponse)
    def home(p: PageDep) -> Response:
        if not p.session.signed_in:
            return see_other("/sign-in")
        start = {
            "reintegration_officer": "/caseload",
            "employer": "/opportunities",
            "training_provider": "/opportunities",
            "facilitator": "/groups",
            "platform_admin": "/admin/organisations",
        }.get(p.session.role or "")
        if start is not None:
            return see_other(start)
        return render(p, "home.html", title=p.t.gettext("Home"))

    def _sign_in_again(
        p: Page,
        username: str,
        text: str,
        *,
        choosing: bool,
        translated: bool = False,
        asking_code: bool = False,
    ) -> Response:
        return render(
            p,
            "sign_in.html",
            status=400,
            title=p.t.gettext("Choose your password") if choosing else p.t.gettext("Sign in"),
            failed=True,
            choosing=choosing,
            asking_code=asking_code,
            username=username,
            error=text if translated else p.t.gettext(text),
        )

    @app.get("/sign-in", response_class=HTMLResponse)
    def sign_in_page(p: PageDep, lang: str = "", done: str = "") -> Response:
        """``?lang=`` (a language tag: nothing personal) keeps the language of whoever just
        signed out here, and is what the page's own language links use; without it the
        browser's ``Accept-Language`` decides."""
        if lang in LANGUAGES and not p.session.signed_in:
            p.session.language = lang
            p = dataclasses.replace(p, t=catalogs.for_language(lang))
        return render(
            p,
            "sign_in.html",
            title=p.t.gettext("Sign in"),
            failed=False,
            done=p.t.gettext(_SIGN_IN_DONE[done]) if done in _SIGN_IN_DONE else "",
        )

    @app.post("/sign-in", response_class=HTMLResponse)
    def sign_in(p: PageDep, form: FormDep) -> Response:
        """Signs in; while the account holds the password an administrator chose, the same
        page asks for a new one (twice) with the old, and signs in with that. Nothing
        typed is kept between the two steps but the username."""
        username = str(form.get("username", ""))
        password = str(form.get("password", ""))
        code = str(form.get("code", "")) if "code" in form else None
        # A recovery code (a lost phone) goes where the app's code would.
        if recovery := str(form.get("recovery_code", "")).strip():
            code = recovery
        choosing = "new_password" in form
        new_password = str(form.get("new_password", "")) if choosing else None
        if choosing and new_password != str(form.get("new_password_again", "")):
            return _sign_in_again(p, username, messages.PASSWORDS_DIFFER, choosing=True)
        try:
            grant = gateway.login(
                username,
                password,
                client_address=client_address(p.request),
                new_password=new_password,
                code=code,
            )
        except GatewayProblem as problem:
            if problem.slug in ("second-factor-required", "second-factor-refused"):
                said = (
                    messages.ENTER_CODE
                    if problem.slug == "second-factor-required"
                    else messages.CODE_REFUSED
                )
                return _sign_in_again(p, username, said, choosing=choosing, asking_code=True)
            if problem.slug == "password-change-required":
                return _sign_in_again(p, username, messages.CHOOSE_PASSWORD, choosing=True)
            if problem.slug == "validation-error" and choosing:
                said = admin_pages.password_messages(problem.errors, p.t, field="new_password")
                return _sign_in_again(p, username, said, choosing=True, translated=True)
            text = {
                "organisation-not-vetted": messages.NOT_VETTED,
                "organisation-suspended": messages.ORGANISATION_SUSPENDED,
                "account-awaiting-approval": messages.AWAITING_APPROVAL,
                "rate-limited": messages.RATE_LIMITED,
            }.get(problem.slug, messages.SIGN_IN_FAILED)
            return render(
                p,
                "sign_in.html",
                status=400 if problem.status < 500 else 503,
                title=p.t.gettext("Sign in"),
                failed=True,
                error=p.t.gettext(text),
            )
        session = store.rotate(p.session)
        session.tokens = gateway.tokens_of(grant)
        me = gateway.for_session(session, client_address=client_address(p.request)).call(
            "GET", "/v1/me"
        )
        session.user_id = str(me["user_id"])
        session.organisation_id = str(me["organisation_id"])
        session.role = str(me["role"])
        remembered = prefs.language(session.user_id)
        if remembered in LANGUAGES:
            session.language = remembered
        p.request.state.session = session
        if me.get("second_factor_setup_required"):
            return see_other("/account/second-factor")
        return see_other("/")

    def end(p: Page) -> None:
        if p.session.tokens is not None:
            gateway.logout(p.session.tokens.access_token)
        store.delete(p.session.id)
        p.request.state.ended = True
        # A page drawn after this one ends (the recovery codes) shows no signed-in menu.
        p.session.tokens = None
        p.session.user_id = p.session.organisation_id = p.session.role = None

    @app.get("/account/password", response_class=HTMLResponse)
    def password_page(p: PageDep) -> Response:
        signed_in(p)
        return render(p, "password.html", title=p.t.gettext("Change your password"))

    @app.post("/account/password", response_class=HTMLResponse)
    def change_password(p: PageDep, form: FormDep) -> Response:
        """The gateway ends every session of the user on success: this one ends too, and
        the sign-in page says why."""
        caller = signed_in(p)
        new_password = str(form.get("new_password", ""))

        def again(text: str) -> Response:
            return render(
                p,
                "password.html",
                status=400,
                title=p.t.gettext("Change your password"),
                error=text,
            )

        if new_password != str(form.get("new_password_again", "")):
            return again(p.t.gettext(messages.PASSWORDS_DIFFER))
        try:
            caller.call(
                "POST",
                "/v1/auth/password",
                json={
                    "current_password": str(form.get("current_password", "")),
                    "new_password": new_password,
                },
            )
        except GatewayProblem as problem:
            if problem.slug != "validation-error":
                raise
            said = " ".join(
                text
                for text in (
                    admin_pages.password_messages(problem.errors, p.t, field="current_password"),
                    admin_pages.password_messages(problem.errors, p.t, field="new_password"),
                )
                if text
            )
            return again(said or p.t.gettext(messages.CHECK_FIELD))
        language = p.t.language.tag
        end(p)
        return see_other(f"/sign-in?lang={language}&done=password-changed")

    def _second_factor_page(p: Page, **values: Any) -> Response:
        caller = signed_in(p)
        me = caller.call("GET", "/v1/me")
        required = bool(me.get("second_factor_setup_required"))
        # Someone who must set codes up has none, and may read nothing else until then.
        own = {} if required else caller.call("GET", f"/v1/users/{me['user_id']}")
        secret = str(values.pop("secret", ""))
        return render(
            p,
            "second_factor.html",
            status=int(values.pop("status", 200)),
            title=p.t.gettext("Sign-in codes"),
            required=required,
            has_codes=bool(own.get("second_factor")),
            secret=secret,
            secret_groups=" ".join(secret[i : i + 4] for i in range(0, len(secret), 4)),
            **values,
        )

    def _recovery_codes_page(p: Page, codes: Any, *, next_url: str) -> Response:
        shown = [str(code) for code in codes] if isinstance(codes, list) else []
        return render(
            p,
            "recovery_codes.html",
            title=p.t.gettext("Recovery codes"),
            codes=shown,
            next_url=next_url,
        )

    @app.get("/account/second-factor", response_class=HTMLResponse)
    def second_factor_page(p: PageDep) -> Response:
        return _second_factor_page(p)

    @app.post("/account/second-factor", response_class=HTMLResponse)
    def start_second_factor(p: PageDep, _form: FormDep) -> Response:
        """A new secret for the person's app: shown on this page once (never stored here)."""
        try:
            started = signed_in(p).call("POST", "/v1/auth/second-factor")
        except GatewayProblem as problem:
            if problem.slug != "conflict":
                raise
            return _second_factor_page(
                p, status=409, error=p.t.gettext(messages.SECOND_FACTOR_ALREADY_ON)
            )
        return _second_factor_page(p, secret=started["secret"], uri=started["otpauth_uri"])

    @app.post("/account/second-factor/confirm", response_class=HTMLResponse)
    def confirm_second_factor(p: PageDep, form: FormDep) -> Response:
        """On, with a code and the person's current password (a session alone may not set
        a second factor): every session ends, this one too, and the sign-in page says why."""
        secret = str(form.get("secret", ""))
        if not re.fullmatch(r"[A-Z2-7]{16,64}", secret):
            raise GatewayProblem(status=422, type="/problems/validation-error")
        try:
            confirmed = signed_in(p).call(
                "POST",
                "/v1/auth/second-factor/confirmation",
                json={
                    "code": str(form.get("code", ""))[:16] or "0",
                    "password": str(form.get("password", ""))[:1024] or " ",
                },
            )
        except GatewayProblem as problem:
            if problem.slug != "validation-error":
                raise
            wrong_password = any(
                [str(part) for part in error.get("loc", [])] == ["body", "password"]
                for error in problem.errors
            )
            said = messages.CURRENT_PASSWORD_WRONG if wrong_password else messages.WRONG_CODE
            uri = f"otpauth://totp/Pathways?secret={secret}&issuer=Pathways"
            return _second_factor_page(
                p, status=400, secret=secret, uri=uri, error=p.t.gettext(said)
            )
        language = p.t.language.tag
        end(p)
        # The recovery codes, this once (the page is never cached), then sign in again.
        return _recovery_codes_page(
            p,
            confirmed.get("recovery_codes"),
            next_url=f"/sign-in?lang={language}&done=second-factor-on",
        )

    @app.post("/account/second-factor/recovery-codes", response_class=HTMLResponse)
    def renew_recovery_codes(p: PageDep, form: FormDep) -> Response:
        """Ten new recovery codes for a code from the app; the old ones stop working."""
        try:
            renewed = signed_in(p).call(
                "POST",
                "/v1/auth/second-factor/recovery-codes",
                json={"code": str(form.get("code", ""))[:16] or "0"},
            )
        except GatewayProblem as problem:
            if problem.slug == "validation-error":
                return _second_factor_page(p, status=400, error=p.t.gettext(messages.WRONG_CODE))
            if problem.slug == "conflict":
                return _second_factor_page(
                    p, status=409, error=p.t.gettext(messages.NO_SECOND_FACTOR)
                )
            raise
        return _recovery_codes_page(
            p, renewed.get("recovery_codes"), next_url="/account/second-factor"
        )

    @app.post("/sign-out")
    def sign_out(p: PageDep, _form: FormDep) -> Response:
        """Back to the sign-in page in the language just used: its tag rides in the URL
        (a language, never a name). Quick exit keeps nothing: its sign-in page follows the
        browser's own language."""
        language = p.t.language.tag
        end(p)
        return see_other(f"/sign-in?lang={language}")

    @app.get("/exit")
    def quick_exit(p: PageDep) -> Response:
        """One click (or Escape twice) away: ends the session and leaves for a neutral site.
        A GET so that it works from a plain link even when scripts fail; the cookie is
        SameSite=Strict, so another site cannot trigger it with this session."""
        end(p)
        response = RedirectResponse(settings.console_quick_exit_url, status_code=303)
        response.headers["Clear-Site-Data"] = '"cache", "cookies", "storage"'
        return response

    @app.post("/language")
    def choose_language(p: PageDep, form: FormDep) -> Response:
        chosen = str(form.get("language", ""))
        if chosen in LANGUAGES:
            p.session.language = chosen
            if p.session.user_id:
                prefs.set_language(p.session.user_id, chosen)
        back = str(form.get("next", "/"))
        return see_other(back if back.startswith("/") and not back.startswith("//") else "/")

    # --- officer: caseload and registration ------------------------------------------------

    @app.get("/caseload", response_class=HTMLResponse)
    def caseload(p: PageDep, stage: str = "", erased: str = "", page: str = "") -> Response:
        """The organisation's survivors from the gateway's caseload route, a page at a
        time (the page token is the gateway's signed cursor: no personal data)."""
        caller = officer(p)
        params: dict[str, Any] = {"limit": CASELOAD_PAGE}
        if stage in _STAGES:
            params["readiness"] = stage
        if page and forms.valid_cursor(page):
            params["cursor"] = page
        found = caller.call(
            "GET", f"/v1/organisations/{p.session.organisation_id}/survivors", params=params
        )
        rows = [
            {
                "survivor": item,
                "stage": item.get("readiness") or "",
                "consents": len(item.get("consents") or []),
            }
            for item in found.get("items", [])
        ]
        return render(
            p,
            "caseload.html",
            title=p.t.gettext("Caseload"),
            rows=rows,
            erased=erased == "1",
            stage=stage if stage in _STAGES else "",
            stages=_STAGES,
            next_page=found.get("next_cursor") or "",
        )

    @app.post("/survivors/open")
    def open_survivor(p: PageDep, form: FormDep) -> Response:
        """Open a case by the code name the caseload shows (P-XXXXXX) or by its case id.
        Posted, so what was typed is never in a URL or the browser's history; text shaped
        like neither reaches no gateway route (nothing typed there is kept anywhere)."""
        caller = officer(p)
        typed = str(form.get("case", "")).strip()
        survivor_id = ""
        if forms.valid_alias(typed):
            survivor_id = _by_alias(caller, p, typed.upper())
        elif forms.valid_survivor_id(typed):
            survivor_id = typed
        if not survivor_id:
            return render(
                p,
                "error.html",
                status=404,
                message=p.t.gettext(messages.NOT_FOUND),
            )
        return see_other(f"/survivors/{quote(survivor_id)}")

    def _by_alias(caller: SessionCaller, p: Page, alias: str) -> str:
        """The case id of the organisation's survivor with this code name, read from the
        caseload a page at a time (at most ``CASELOAD_SEARCH_PAGES`` pages); "" if none."""
        params: dict[str, Any] = {"limit": CASELOAD_PAGE}
        for _ in range(CASELOAD_SEARCH_PAGES):
            found = caller.call(
                "GET", f"/v1/organisations/{p.session.organisation_id}/survivors", params=params
            )
            for item in found.get("items", []):
                if str(item.get("alias", "")).upper() == alias:
                    return str(item.get("id", ""))
            cursor = found.get("next_cursor")
            if not cursor:
                break
            params["cursor"] = cursor
        return ""

    def register_page(
        p: Page,
        *,
        status: int = 200,
        values: dict[str, Any] | None = None,
        errors: dict[str, str] | None = None,
        summary: str = "",
        editing: dict[str, Any] | None = None,
        confirm_contact_details: bool = False,
    ) -> Response:
        """The registration form; with ``editing`` (the survivor's id, alias and version),
        the same form editing their profile. ``confirm_contact_details`` offers the box that
        records words taken for contact details as written."""
        multi = {} if values is None else values.get("_multi", {})
        return render(
            p,
            "register.html",
            status=status,
            title=(
                p.t.gettext("Edit the profile") if editing else p.t.gettext("Register a survivor")
            ),
            editing=editing,
            values=values or {"level": "native", "hours": "any"},
            errors=errors or {},
            summary=summary,
            idem=(values or {}).get("idem") or uuid.uuid4().hex,
            age_bands=forms.AGE_BANDS,
            hours=forms.HOURS,
            conditions=forms.CONDITIONS,
            accommodations=forms.ACCOMMODATIONS,
            day_parts=forms.DAY_PARTS,
            group_focuses=forms.GROUP_FOCUSES,
            purposes=_PURPOSES,
            multi=multi,
            concepts=vocabulary.registration_choices(p, multi),
            confirm_contact_details=confirm_contact_details,
        )

    def contact_details_asked(
        p: Page,
        single: dict[str, str],
        multi: dict[str, list[str]],
        editing: dict[str, Any] | None = None,
    ) -> Response | None:
        """The form again, nothing sent, when the survivor's own words hold what looks like
        a phone number or an email address and the officer has not confirmed it is neither
        (``console.contact_details``)."""
        if single.get("not_contact_details") == "true":
            return None
        flagged = forms.fields_with_contact_details(single, offered_countries=messages.COUNTRIES)
        if not flagged:
            return None
        text = p.t.gettext(messages.CONTACT_DETAILS_IN_OWN_WORDS)
        return register_page(
            p,
            status=422,
            values={**single, "_multi": multi},
            errors=dict.fromkeys(flagged, text),
            summary=p.t.gettext(messages.problem_summary("validation-error", located=True)),
            editing=editing,
            confirm_contact_details=True,
        )

    @app.get("/survivors/new", response_class=HTMLResponse)
    def new_survivor(p: PageDep) -> Response:
        officer(p)
        return register_page(p)

    @app.post("/survivors/new", response_class=HTMLResponse)
    def register(p: PageDep, form: FormDep) -> Response:
        caller = officer(p)
        single = {k: str(v) for k, v in form.items()}
        multi = {k: [str(v) for v in form.getlist(k)] for k in forms.MULTI_FIELDS}
        asked = contact_details_asked(p, single, multi)
        if asked is not None:
            return asked
        key = single.get("idem", "")
        if not forms.valid_idempotency_key(key):
            key = uuid.uuid4().hex
        body = forms.registration_body(single, multi)
        try:
            created = caller.call(
                "POST",
                f"/v1/organisations/{p.session.organisation_id}/survivors",
                json=body,
                idempotency_key=key,
            )
        except GatewayProblem as problem:
            if problem.status not in {409, 422}:
                raise
            errors = field_problems.field_messages(
                problem.errors,
                field_for=forms.field_for_error,
                t=p.t,
                vocabulary=vocabulary.of_page_if_reachable(p),
                sent=multi,
                places={"profile.residence"},
            )
            values = {**single, "idem": uuid.uuid4().hex, "_multi": multi}
            text = messages.problem_summary(problem.slug, located=bool(errors))
            return register_page(
                p, status=422, values=values, errors=errors, summary=p.t.gettext(text)
            )
        remember(p.session, str(created["id"]))
        return see_other(f"/survivors/{quote(str(created['id']))}")

    # --- officer: one survivor -------------------------------------------------------------

    def load_survivor(p: Page, survivor_id: str) -> tuple[SessionCaller, dict[str, Any]]:
        caller = officer(p)
        if not forms.valid_id(survivor_id):
            raise GatewayProblem(status=404, type="/problems/not-found")
        survivor = caller.call("GET", f"/v1/survivors/{survivor_id}")
        remember(p.session, survivor_id)
        return caller, survivor

    @app.get("/survivors/{survivor_id}", response_class=HTMLResponse)
    def survivor_page(p: PageDep, survivor_id: str, done: str = "") -> Response:
        caller, survivor = load_survivor(p, survivor_id)
        granted = {c["purpose"]: c for c in survivor.get("consents", [])}
        # The peer groups they are invited to or in, their place only: for the officer to
        # record their answer. Peer groups out of reach leaves the rest of the page.
        try:
            peer_groups: list[dict[str, Any]] | None = peer_group_api.survivor_groups(
                caller, survivor_id
            )
        except GatewayProblem as problem:
            if problem.status < 500:
                raise
            peer_groups = None
        return render(
            p,
            "survivor.html",
            title=p.t.gettext("Survivor case"),
            survivor=survivor,
            granted=granted,
            purposes=_PURPOSES,
            concept_labels=vocabulary.labeller(p),
            peer_groups=peer_groups,
            idem=uuid.uuid4().hex,
            done=p.t.gettext(messages.DONE[done]) if done in _CASE_DONE else "",
        )

    @app.post("/survivors/{survivor_id}/peer-groups/{group_id}/answer")
    def answer_invitation(p: PageDep, form: FormDep, survivor_id: str, group_id: str) -> Response:
        """The survivor's own answer to a group's invitation, recorded by their officer."""
        caller, _survivor = load_survivor(p, survivor_id)
        answer = str(form.get("answer", ""))
        if answer not in {"joined", "declined"} or not forms.valid_id(group_id):
            raise GatewayProblem(status=422, type="/problems/validation-error")
        key = str(form.get("idem", ""))
        caller.call(
            "POST",
            f"/v1/peer-groups/{group_id}/answers",
            json={"survivor_id": survivor_id, "answer": answer},
            idempotency_key=key if forms.valid_idempotency_key(key) else None,
        )
        return see_other(f"/survivors/{quote(survivor_id)}#groups-section")

    @app.get(
        "/survivors/{survivor_id}/peer-groups/{group_id}/departure", response_class=HTMLResponse
    )
    def confirm_departure(p: PageDep, survivor_id: str, group_id: str) -> Response:
        """The confirmation step: which group the survivor leaves, and what leaving does
        (``Group.leave``: an invited or joined member has LEFT, for good; their consents
        stay, so they may be proposed for other groups)."""
        caller, survivor = load_survivor(p, survivor_id)
        group = next(
            (
                g
                for g in peer_group_api.survivor_groups(caller, survivor_id)
                if g.get("id") == group_id
                and any(m.get("state") in {"invited", "joined"} for m in g.get("members", []))
            ),
            None,
        )
        if group is None:
            raise GatewayProblem(status=404, type="/problems/not-found")
        t = p.t
        alias = str(survivor.get("alias", ""))
        title = str((group.get("settings") or {}).get("title") or t.gettext("Untitled group"))
        return confirmation(
            p,
            question=t.gettext("Record that {alias} leaves this peer group?", alias=alias),
            consequence=t.gettext(
                "{alias} gives up their place in “{group}”, and its facilitators see that "
                "they left. This cannot be undone. Their consents do not change, so Pathways "
                "may propose them for another group; to take them out of every peer group, "
                "withdraw their peer-group consent instead.",
                alias=alias,
                group=title,
            ),
            yes=t.gettext("Yes, {alias} leaves the group", alias=alias),
            action=f"/survivors/{quote(survivor_id)}/peer-groups/{quote(group_id)}/departure",
            back=f"/survivors/{quote(survivor_id)}#groups-section",
            fields={"idem": uuid.uuid4().hex},
        )

    @app.post("/survivors/{survivor_id}/peer-groups/{group_id}/departure")
    def leave_group(p: PageDep, form: FormDep, survivor_id: str, group_id: str) -> Response:
        """The survivor leaves a group they joined or were invited to, recorded by their
        officer (the gateway checks that the survivor is of the officer's organisation)."""
        caller, _survivor = load_survivor(p, survivor_id)
        if not forms.valid_id(group_id):
            raise GatewayProblem(status=404, type="/problems/not-found")
        key = str(form.get("idem", ""))
        peer_group_api.leave_group(
            caller,
            group_id,
            survivor_id=survivor_id,
            idempotency_key=key if forms.valid_idempotency_key(key) else uuid.uuid4().hex,
        )
        return see_other(f"/survivors/{quote(survivor_id)}?done=left-group#groups-section")

    def _editing(survivor: dict[str, Any]) -> dict[str, Any]:
        return {k: survivor.get(k) for k in ("id", "alias", "version")}

    @app.get("/survivors/{survivor_id}/profile", response_class=HTMLResponse)
    def edit_profile(p: PageDep, survivor_id: str) -> Response:
        _caller, survivor = load_survivor(p, survivor_id)
        single, multi = forms.profile_form(survivor.get("profile") or {})
        return register_page(p, values={**single, "_multi": multi}, editing=_editing(survivor))

    @app.post("/survivors/{survivor_id}/profile", response_class=HTMLResponse)
    def save_profile(p: PageDep, form: FormDep, survivor_id: str) -> Response:
        """The profile as it is now, with what the form shows replaced (``edited_profile``),
        sent against the version the officer edited: a change made meanwhile is not
        overwritten (412 shows the form again, from the survivor as it is now)."""
        caller, survivor = load_survivor(p, survivor_id)
        single = {k: str(v) for k, v in form.items()}
        multi = {k: [str(v) for v in form.getlist(k)] for k in forms.MULTI_FIELDS}
        asked = contact_details_asked(p, single, multi, editing=_editing(survivor))
        if asked is not None:
            return asked
        edited = str(form.get("version", ""))
        version = int(edited) if edited.isdigit() else int(survivor["version"])
        profile = forms.edited_profile(survivor.get("profile") or {}, single, multi)
        try:
            caller.call(
                "PUT",
                f"/v1/survivors/{survivor_id}/profile",
                json=profile,
                headers={"If-Match": f'"{version}"'},
            )
        except GatewayProblem as problem:
            if problem.status not in {409, 412, 422}:
                raise
            if problem.status == 412:
                fresh, fresh_multi = forms.profile_form(survivor.get("profile") or {})
                values = {**fresh, "_multi": fresh_multi}
                errors: dict[str, str] = {}
            else:
                values = {**single, "_multi": multi}
                errors = field_problems.field_messages(
                    problem.errors,
                    field_for=forms.profile_field_for_error,
                    t=p.t,
                    vocabulary=vocabulary.of_page_if_reachable(p),
                    sent=multi,
                    places={"residence"},
                )
            text = messages.problem_summary(problem.slug, located=bool(errors))
            return register_page(
                p,
                status=problem.status if problem.status == 412 else 422,
                values=values,
                errors=errors,
                summary=p.t.gettext(text),
                editing=_editing(survivor),
            )
        return see_other(f"/survivors/{quote(survivor_id)}")

    @app.post("/survivors/{survivor_id}/consents/{purpose}")
    def set_consent(p: PageDep, form: FormDep, survivor_id: str, purpose: str) -> Response:
        caller, survivor = load_survivor(p, survivor_id)
        if purpose not in _PURPOSES:
            raise GatewayProblem(status=404, type="/problems/not-found")
        granted = form.get("granted") == "true"
        caller.call(
            "PUT",
            f"/v1/survivors/{survivor_id}/consents/{purpose}",
            json={"granted": granted},
            headers={"If-Match": f'"{int(survivor["version"])}"'},
        )
        done = "consent-given" if granted else "consent-withdrawn"
        return see_other(f"/survivors/{quote(survivor_id)}?done={done}#consents")

    @app.get("/survivors/{survivor_id}/assess", response_class=HTMLResponse)
    def assess_page(p: PageDep, survivor_id: str) -> Response:
        _caller, survivor = load_survivor(p, survivor_id)
        return render(
            p,
            "assess.html",
            title=p.t.gettext("Record a readiness assessment"),
            survivor=survivor,
            stages=_STAGES,
            errors={},
            values={},
            idem=uuid.uuid4().hex,
        )

    @app.post("/survivors/{survivor_id}/assess", response_class=HTMLResponse)
    def assess(p: PageDep, form: FormDep, survivor_id: str) -> Response:
        caller, survivor = load_survivor(p, survivor_id)
        values = {k: str(v) for k, v in form.items()}
        key = values.get("idem", "")
        try:
            caller.call(
                "POST",
                f"/v1/survivors/{survivor_id}/readiness-assessments",
                json=forms.assessment_body(values),
                idempotency_key=key if forms.valid_idempotency_key(key) else None,
            )
        except GatewayProblem as problem:
            if problem.status not in {409, 422}:
                raise
            errors = field_problems.field_messages(
                problem.errors,
                field_for=forms.field_for_error,
                t=p.t,
            )
            if problem.status == 409 and not errors:
                errors["review_due"] = p.t.gettext(messages.REVIEW_AFTER_TODAY)
            return render(
                p,
                "assess.html",
                status=422,
                title=p.t.gettext("Record a readiness assessment"),
                survivor=survivor,
                stages=_STAGES,
                errors=errors,
                values=values,
                idem=uuid.uuid4().hex,
                summary=p.t.gettext(messages.problem_summary(problem.slug, located=bool(errors))),
            )
        return see_other(f"/survivors/{quote(survivor_id)}")

    @app.get("/survivors/{survivor_id}/recommendations", response_class=HTMLResponse)
    def recommendations(p: PageDep, survivor_id: str, kind: str = "") -> Response:
        caller, survivor = load_survivor(p, survivor_id)
        params: dict[str, Any] = {"top_k": 10}
        if kind in {"job", "training"}:
            params["kind"] = kind
        found = caller.call("GET", f"/v1/survivors/{survivor_id}/recommendations", params=params)
        items = [
            {
                **item,
                "chart": score_chart(item.get("breakdown", [])),
                "courses": courses_for(item),
            }
            for item in found.get("items", [])
        ]
        granted = {c["purpose"]: c.get("granted") for c in survivor.get("consents", [])}
        stage = (survivor.get("readiness") or {}).get("stage")
        not_offered = [
            p.t.gettext(messages.NOT_OFFERED[code], count=p.t.number(reason.get("count") or 0))
            for reason in found.get("not_offered_because", [])
            if (code := reason.get("code")) in messages.NOT_OFFERED
        ]
        return render(
            p,
            "recommendations.html",
            title=p.t.gettext("Recommendations"),
            survivor=survivor,
            items=items,
            kind=kind if kind in {"job", "training"} else "",
            no_consent=not granted.get("matching"),
            stage=stage,
            not_offered=not_offered,
            skills_to_record=found.get("skills_to_record", []),
            leads_to=jobs_led_to(items),
            idem=uuid.uuid4().hex,
            concept_labels=vocabulary.labeller(p),
        )

    @app.post("/survivors/{survivor_id}/matches")
    def propose(p: PageDep, form: FormDep, survivor_id: str) -> Response:
        caller, _survivor = load_survivor(p, survivor_id)
        opportunity_id = str(form.get("opportunity_id", ""))
        key = str(form.get("idem", ""))
        caller.call(
            "POST",
            f"/v1/survivors/{survivor_id}/matches",
            json={"opportunity_id": opportunity_id},
            idempotency_key=key if forms.valid_idempotency_key(key) else None,
        )
        return see_other(f"/survivors/{quote(survivor_id)}/matches")

    @app.get("/survivors/{survivor_id}/matches", response_class=HTMLResponse)
    def matches(p: PageDep, survivor_id: str) -> Response:
        caller, survivor = load_survivor(p, survivor_id)
        return matches_page(p, caller, survivor)

    def matches_page(
        p: Page,
        caller: SessionCaller,
        survivor: dict[str, Any],
        *,
        refused: dict[str, str] | None = None,
    ) -> Response:
        """The survivor's matches; ``refused`` names the match whose decision was not
        recorded, and why, next to its form (422)."""
        survivor_id = str(survivor["id"])
        found = caller.call("GET", f"/v1/survivors/{survivor_id}/matches")
        items = found.get("items", [])
        # Each match named by its job or course, as the officer talks it through with the
        # survivor (the match holds the id only); one read per opportunity on the page, and
        # one gone since keeps its id.
        read = opportunities_by_id(caller, {str(m.get("opportunity_id", "")) for m in items})
        titles = {i: str(o.get("title", "")) for i, o in read.items()}
        return render(
            p,
            "matches.html",
            title=p.t.gettext("Matches"),
            survivor=survivor,
            items=[{**m, "title": titles.get(str(m.get("opportunity_id")), "")} for m in items],
            idem=uuid.uuid4().hex,
            refused=refused,
            status=422 if refused else 200,
        )

    @app.post("/survivors/{survivor_id}/matches/{match_id}/decision")
    def decide(p: PageDep, form: FormDep, survivor_id: str, match_id: str) -> Response:
        caller, survivor = load_survivor(p, survivor_id)
        decision = str(form.get("decision", ""))
        if decision not in {"accepted", "declined"} or not forms.valid_id(match_id):
            raise GatewayProblem(status=422, type="/problems/validation-error")
        reason = str(form.get("reason", ""))[:500]
        if decision == "declined" and not reason.strip():
            # A decline is recorded with the survivor's reason (MISSION: "declined (with
            # the survivor's reason)"); said here, by the field, before the gateway is asked.
            refused = {
                "match_id": match_id,
                "decision": decision,
                "message": p.t.gettext(messages.DECLINE_REASON_REQUIRED),
            }
            return matches_page(p, caller, survivor, refused=refused)
        key = str(form.get("idem", ""))
        caller.call(
            "POST",
            f"/v1/matches/{match_id}/decision",
            json={"decision": decision, "reason": reason},
            idempotency_key=key if forms.valid_idempotency_key(key) else None,
        )
        return see_other(f"/survivors/{quote(survivor_id)}/matches")

    @app.get("/survivors/{survivor_id}/erase", response_class=HTMLResponse)
    def erase_page(p: PageDep, survivor_id: str) -> Response:
        _caller, survivor = load_survivor(p, survivor_id)
        return render(
            p,
            "erase.html",
            title=p.t.gettext("Erase a survivor's data"),
            survivor=survivor,
            error="",
        )

    @app.post("/survivors/{survivor_id}/erase", response_class=HTMLResponse)
    def erase(p: PageDep, form: FormDep, survivor_id: str) -> Response:
        caller, survivor = load_survivor(p, survivor_id)
        if str(form.get("confirm_alias", "")).strip() != survivor["alias"]:
            return render(
                p,
                "erase.html",
                status=422,
                title=p.t.gettext("Erase a survivor's data"),
                survivor=survivor,
                error=p.t.gettext("Type the code exactly as shown to confirm."),
            )
        caller.call("DELETE", f"/v1/survivors/{survivor_id}")
        if survivor_id in p.session.recent_survivors:
            p.session.recent_survivors.remove(survivor_id)
        return see_other("/caseload?erased=1")

    # --- platform administrators -----------------------------------------------------------

    def admin(p: Page) -> SessionCaller:
        caller = signed_in(p)
        if p.session.role != "platform_admin":
            raise Forbidden
        return caller

    @app.get("/admin/organisations", response_class=HTMLResponse)
    def organisations(p: PageDep, done: str = "") -> Response:
        caller = admin(p)
        found = caller.call("GET", "/v1/organisations", params={"limit": 200})
        return render(
            p,
            "organisations.html",
            title=p.t.gettext("Organisations"),
            items=found.get("items", []),
            kind_names=messages.ORGANISATION_KINDS,
            idem=uuid.uuid4().hex,
            done=p.t.gettext(messages.DONE[done]) if done in _ORGANISATION_DONE else "",
        )

    @app.post("/admin/organisations/{organisation_id}/vetting")
    def vet(p: PageDep, form: FormDep, organisation_id: str) -> Response:
        caller = admin(p)
        version = str(form.get("version", ""))
        if not forms.valid_id(organisation_id) or not version.isdigit():
            raise GatewayProblem(status=404, type="/problems/not-found")
        caller.call(
            "POST",
            f"/v1/organisations/{organisation_id}/vetting",
            headers={"If-Match": f'"{version}"'},
        )
        return see_other("/admin/organisations")

    for module in (
        facilitator_pages,
        owner_pages,
        admin_pages,
        account_pages,
        sharing_pages,
        dashboard_pages,
        round_pages,
    ):
        app.include_router(module.router)
    app.include_router(place_suggestions.router)
    app.add_middleware(
        BodyLimit, limit_for=body_limits.limit_for(cookie), refuse=body_limits.refuse
    )
    return app
