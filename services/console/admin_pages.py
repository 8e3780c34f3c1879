"""Platform administrators: users and roles, the partnerships of each NGO, suspending an
organisation and lifting its suspension, the audit trail with the chain's verification
status, and the outcome model's report (the organisations page and vetting are in
``console.app``).

Suspending an employer, training provider or peer-support organisation cuts it off from
survivors at once (its users are signed out and cannot sign in; its jobs and courses are
offered to no one and none of its matches moves forward), so it is done only after a
confirmation page that says so; lifting it is one button, like enabling an account. Both
send the organisation's version in ``If-Match``: a change made meanwhile is refused (412).

Partnerships say which organisations' peer groups an NGO shares its survivors with
(``/v1/organisations/{id}/partners``): listed by name, added by picking an organisation
that runs groups, and stopped only after a confirmation page says what stopping does.

The audit chain's status comes from ``GET /v1/audit/chain``: what the gateway's watch and
the operator's daily full check last found, never checked on the page's request.
"""

import functools
import re
import uuid
from collections.abc import Mapping
from typing import Any

from babel import Locale
from fastapi import APIRouter, Response
from fastapi.responses import HTMLResponse

from console import field_problems, forms, messages, partnerships
from console.charts import reliability_diagram
from console.gateway_client import GatewayProblem, SessionCaller
from console.i18n import Translator
from console.web import (
    FormDep,
    Page,
    PageDep,
    confirmation,
    render,
    require_role,
    see_other,
)

__all__ = [
    "chain_status",
    "country_choices",
    "country_codes",
    "password_messages",
    "router",
]

router = APIRouter()

_OUTCOMES = tuple(messages.AUDIT_OUTCOMES)
#: Audit entries per page (the gateway pages the trail by cursor).
_AUDIT_PAGE = 50
#: What a gateway cursor looks like (opaque, URL-safe), checked before it is sent back.
_CURSOR = re.compile(r"^[A-Za-z0-9_\-.=]{1,512}$")
#: Organisations per page when the whole list is read (the gateway's largest page).
_ORGANISATIONS_PAGE = 200
#: At most this many pages are read for the partner choice (10,000 organisations).
_MAX_ORGANISATION_PAGES = 50
#: What a partnerships page may announce after a change (``?done=``).
_DONE = {"added": partnerships.ADDED, "removed": partnerships.REMOVED}

#: What the users page may announce after a change (``?done=``).
_USERS_DONE = ("user-disabled", "user-enabled", "role-changed", "user-created")
#: What the outcome model page may announce (``?done=``).
_MODEL_DONE = ("model-retrained",)


class _OwnAccount(Exception):
    """An administrator tried to disable their own account or change their own role."""


def _admin(p: Page) -> SessionCaller:
    return require_role(p, "platform_admin")


@router.get("/admin/users", response_class=HTMLResponse)
def users(p: PageDep, organisation_id: str = "", done: str = "") -> Response:
    caller = _admin(p)
    params: dict[str, Any] = {"limit": 200}
    if organisation_id and forms.valid_id(organisation_id):
        params["organisation_id"] = organisation_id
    found = caller.call("GET", "/v1/users", params=params)
    organisations = caller.call("GET", "/v1/organisations", params={"limit": 200})
    names = {o["id"]: o["name"] for o in organisations.get("items", [])}
    return render(
        p,
        "users.html",
        title=p.t.gettext("Users and roles"),
        items=found.get("items", []),
        names=names,
        roles=tuple(messages.ROLES),
        own_id=p.session.user_id,
        done=p.t.gettext(messages.DONE[done]) if done in _USERS_DONE else "",
    )


def _user(p: Page, caller: SessionCaller, user_id: str) -> dict[str, Any]:
    """Another user's account (a 404 page for a malformed id; a clear refusal for one's own)."""
    if not forms.valid_id(user_id):
        raise GatewayProblem(status=404, type="/problems/not-found")
    if user_id == p.session.user_id:
        raise _OwnAccount
    found: dict[str, Any] = caller.call("GET", f"/v1/users/{user_id}")
    return found


def _own_account(p: Page) -> Response:
    return render(
        p,
        "error.html",
        status=409,
        title=p.t.gettext("No access"),
        message=p.t.gettext(messages.OWN_ACCOUNT),
    )


def _user_change(
    p: Page, caller: SessionCaller, user_id: str, version: str, body: dict[str, Any]
) -> None:
    if not forms.valid_id(user_id) or not version.isdigit():
        raise GatewayProblem(status=404, type="/problems/not-found")
    if user_id == p.session.user_id:
        raise _OwnAccount
    caller.call("PATCH", f"/v1/users/{user_id}", json=body, headers={"If-Match": f'"{version}"'})


@router.get("/admin/users/{user_id}/role", response_class=HTMLResponse)
def confirm_role(p: PageDep, user_id: str, role: str = "") -> Response:
    """The confirmation step of a role change: whose, to what, and that it signs them out."""
    caller = _admin(p)
    if role not in messages.ROLES:
        raise GatewayProblem(status=422, type="/problems/validation-error")
    try:
        user = _user(p, caller, user_id)
    except _OwnAccount:
        return _own_account(p)
    t = p.t
    username, new_role = str(user.get("username", "")), t.gettext(messages.ROLES[role])
    return confirmation(
        p,
        question=t.gettext(
            "Change the role of {username} to {role}?", username=username, role=new_role
        ),
        consequence=t.gettext(
            "{username} is signed out everywhere at once and, when they sign in again, "
            "sees only what the role {role} may see.",
            username=username,
            role=new_role,
        ),
        yes=t.gettext("Yes, change the role"),
        action=f"/admin/users/{user_id}/role",
        back="/admin/users",
        fields={"version": str(user.get("version", "")), "role": role},
    )


@router.post("/admin/users/{user_id}/role")
def change_role(p: PageDep, form: FormDep, user_id: str) -> Response:
    """A new role must fit the organisation's type (the gateway answers 422 otherwise); the
    user's open sessions end at once."""
    caller = _admin(p)
    role = str(form.get("role", ""))
    if role not in messages.ROLES:
        raise GatewayProblem(status=422, type="/problems/validation-error")
    try:
        _user_change(p, caller, user_id, str(form.get("version", "")), {"role": role})
    except _OwnAccount:
        return _own_account(p)
    except GatewayProblem as problem:
        if problem.status != 422:
            raise
        return render(
            p,
            "error.html",
            status=422,
            title=p.t.gettext(messages.ROLE_DOES_NOT_FIT_TITLE),
            message=p.t.gettext(messages.ROLE_DOES_NOT_FIT),
        )
    return see_other("/admin/users?done=role-changed")


@router.get("/admin/users/{user_id}/access", response_class=HTMLResponse)
def confirm_disable(p: PageDep, user_id: str) -> Response:
    """The confirmation step before disabling: whose account, and what it does."""
    caller = _admin(p)
    try:
        user = _user(p, caller, user_id)
    except _OwnAccount:
        return _own_account(p)
    t = p.t
    username = str(user.get("username", ""))
    return confirmation(
        p,
        question=t.gettext("Disable {username}?", username=username),
        consequence=t.gettext(
            "{username} is signed out everywhere at once and cannot sign in until an "
            "administrator enables the account again.",
            username=username,
        ),
        yes=t.gettext("Yes, disable {username}", username=username),
        action=f"/admin/users/{user_id}/access",
        back="/admin/users",
        fields={"version": str(user.get("version", "")), "disabled": "true"},
    )


@router.post("/admin/users/{user_id}/access")
def change_access(p: PageDep, form: FormDep, user_id: str) -> Response:
    caller = _admin(p)
    disabled = str(form.get("disabled", "")) == "true"
    try:
        _user_change(p, caller, user_id, str(form.get("version", "")), {"disabled": disabled})
    except _OwnAccount:
        return _own_account(p)
    return see_other(f"/admin/users?done={'user-disabled' if disabled else 'user-enabled'}")


def chain_status(caller: SessionCaller) -> dict[str, Any] | None:
    """The chain's status as last checked (``intact`` null: not checked yet), or None from
    a gateway older than the route."""
    try:
        report: dict[str, Any] = caller.call("GET", "/v1/audit/chain")
    except GatewayProblem as problem:
        if problem.status in {404, 405}:
            return None
        raise
    return report


@router.get("/admin/audit", response_class=HTMLResponse)
def audit(p: PageDep, outcome: str = "", cursor: str = "") -> Response:
    """One page of the trail, newest first; "Older entries" follows the gateway's cursor."""
    caller = _admin(p)
    params: dict[str, Any] = {"limit": _AUDIT_PAGE}
    if outcome in _OUTCOMES:
        params["outcome"] = outcome
    if cursor and _CURSOR.match(cursor):
        params["cursor"] = cursor
    found = caller.call("GET", "/v1/audit", params=params)
    return render(
        p,
        "audit.html",
        title=p.t.gettext("Audit trail"),
        items=found.get("items", []),
        usernames=_usernames(caller),
        next_cursor=found.get("next_cursor") or "",
        later_page="cursor" in params,
        outcome=outcome if outcome in _OUTCOMES else "",
        outcomes=_OUTCOMES,
        chain=chain_status(caller),
    )


def _usernames(caller: SessionCaller) -> dict[str, str]:
    """User id → username, from one read of the users list (the trail holds ids only); a
    user beyond it, or a list out of reach, is shown by id."""
    try:
        found = caller.call("GET", "/v1/users", params={"limit": _ORGANISATIONS_PAGE})
    except GatewayProblem:
        return {}
    return {str(u["id"]): str(u["username"]) for u in found.get("items", []) if "username" in u}


def _outcome_model_page(
    p: Page, caller: SessionCaller, *, status: int = 200, done: str = "", refused: str = ""
) -> Response:
    report = caller.call("GET", "/v1/outcome-model")
    return render(
        p,
        "outcome_model.html",
        status=status,
        title=p.t.gettext("Outcome model"),
        report=report,
        diagram=reliability_diagram(report.get("reliability", [])),
        done=p.t.gettext(messages.DONE[done]) if done in _MODEL_DONE else "",
        refused=refused,
        idem=uuid.uuid4().hex,
    )


@router.get("/admin/outcome-model", response_class=HTMLResponse)
def outcome_model(p: PageDep, done: str = "") -> Response:
    return _outcome_model_page(p, _admin(p), done=done)


@router.post("/admin/outcome-model/trainings", response_class=HTMLResponse)
def retrain_outcome_model(p: PageDep, form: FormDep) -> Response:
    """Retrains on every recorded outcome with the gateway's defaults. Too few outcomes (409)
    is a sentence on the page, not an error page; a double submit (the same key) is one
    training, and while it runs the second is told so."""
    caller = _admin(p)
    try:
        caller.call("POST", "/v1/outcome-model/trainings", json={}, idempotency_key=_key_of(form))
    except GatewayProblem as problem:
        if problem.status != 409:
            raise
        running = problem.slug == "idempotency-request-in-flight"
        text = messages.MODEL_TRAINING_RUNNING if running else messages.MODEL_TOO_FEW_OUTCOMES
        return _outcome_model_page(p, caller, status=409, refused=p.t.gettext(text))
    return see_other("/admin/outcome-model?done=model-retrained")


# --- onboarding: new organisations and new users ------------------------------------------

#: The countries Pathways works in, offered first when an organisation is created.
WORKS_IN = ("KH", "HK", "MM", "PH", "TH", "VN")
#: Two-letter codes among CLDR's territory names that are not ISO 3166-1 countries: the
#: exceptionally reserved (AC, CP, DG, EA, EU, EZ, IC, TA, UN), CLDR's own groupings and
#: pseudo-locales (QO, XA, XB, ZZ), Sark (CQ) and Kosovo (XK, user-assigned).
_NOT_ISO_3166 = frozenset(
    {"AC", "CP", "CQ", "DG", "EA", "EU", "EZ", "IC", "QO", "TA", "UN", "XA", "XB", "XK", "ZZ"}
)
_TWO_LETTERS = re.compile(r"^[A-Z]{2}$")


@functools.cache
def country_codes() -> frozenset[str]:
    """Every ISO 3166-1 alpha-2 code, from the CLDR data Babel ships (never typed by hand;
    read once, on first use)."""
    return frozenset(
        str(code)
        for code in Locale.parse("en").territories
        if isinstance(code, str) and _TWO_LETTERS.match(code) and code not in _NOT_ISO_3166
    )


def country_choices(t: Translator) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """(code, name) pairs in the reader's language: where Pathways works, then every other
    country, each part ordered by name."""

    def named(codes: Any) -> list[tuple[str, str]]:
        return sorted(((c, t.country_name(c)) for c in codes), key=lambda c: c[1].casefold())

    return named(WORKS_IN), named(country_codes() - set(WORKS_IN))


_PASSWORD_LENGTH = re.compile(r"at least (\d+) characters")


def password_messages(
    errors: list[dict[str, Any]], t: Translator, *, field: str = "password"
) -> str:
    """Every reason the gateway gave for refusing a password (one error each, at
    ``body.<field>``), in the reader's language; "Check this field." for one it does not
    know. The password itself is never in them."""
    said: list[str] = []
    for error in errors:
        if [str(part) for part in error.get("loc", [])] != ["body", field]:
            continue
        msg = str(error.get("msg", ""))
        text = next((m for words, m in messages.PASSWORD_REFUSALS if words in msg), None)
        if text is None:
            if msg.startswith("String should have at least 1 character"):
                said.append(t.gettext(messages.REQUIRED))
            else:
                said.append(t.gettext(messages.CHECK_FIELD))
            continue
        length = _PASSWORD_LENGTH.search(msg)
        said.append(t.gettext(text, length=t.number(int(length.group(1)) if length else 12)))
    return " ".join(dict.fromkeys(said))


def _key_of(form: Mapping[str, Any]) -> str:
    """The form's idempotency key (made when it was drawn), or a new one if it is not one."""
    key = str(form.get("idem", ""))
    return key if forms.valid_idempotency_key(key) else uuid.uuid4().hex


def _field_of(fields: tuple[str, ...]) -> Any:
    """A gateway error's dotted ``loc`` → the form field of that name, if the form has it."""
    return lambda loc: loc.split(".", 1)[0] if loc.split(".", 1)[0] in fields else None


_ORGANISATION_FIELDS = ("name", "type", "country")


def _organisation_form(
    p: Page,
    *,
    status: int = 200,
    values: Mapping[str, str] | None = None,
    errors: Mapping[str, str] | None = None,
) -> Response:
    works_in, others = country_choices(p.t)
    return render(
        p,
        "organisation_new.html",
        status=status,
        title=p.t.gettext("Add an organisation"),
        values=dict(values or {}),
        errors=dict(errors or {}),
        summary=p.t.gettext(messages.PROBLEMS["validation-error"]) if errors else "",
        idem=uuid.uuid4().hex,
        kinds=messages.ORGANISATION_KINDS,
        works_in=works_in,
        other_countries=others,
    )


@router.get("/admin/organisations/new", response_class=HTMLResponse)
def new_organisation(p: PageDep) -> Response:
    _admin(p)
    return _organisation_form(p)


@router.post("/admin/organisations/new", response_class=HTMLResponse)
def create_organisation(p: PageDep, form: FormDep) -> Response:
    """Creates it with the form's key (a double submit creates one); a taken name (409) and
    the gateway's validation problems are shown beside their fields, with what was typed."""
    caller = _admin(p)
    t = p.t
    values = {name: str(form.get(name, "")).strip() for name in _ORGANISATION_FIELDS}
    errors: dict[str, str] = {}
    if not values["name"]:
        errors["name"] = t.gettext(messages.REQUIRED)
    if values["type"] not in messages.ORGANISATION_KINDS:
        errors["type"] = t.gettext(messages.CHOOSE_ONE)
    if values["country"] not in country_codes():
        errors["country"] = t.gettext(messages.CHOOSE_ONE)
    if errors:
        return _organisation_form(p, status=422, values=values, errors=errors)
    try:
        created = caller.call(
            "POST", "/v1/organisations", json=values, idempotency_key=_key_of(form)
        )
    except GatewayProblem as problem:
        if problem.status == 409 and problem.slug == "conflict":
            errors = {"name": t.gettext(messages.ORGANISATION_NAME_TAKEN)}
        elif problem.status == 422:
            errors = field_problems.field_messages(
                problem.errors, field_for=_field_of(_ORGANISATION_FIELDS), t=t
            ) or {"name": t.gettext(messages.CHECK_FIELD)}
        else:
            raise
        return _organisation_form(p, status=problem.status, values=values, errors=errors)
    # The gateway says whether it waits for vetting (employers and training providers).
    vetting = isinstance(created, dict) and created.get("vetting") == "pending"
    done = "organisation-created-vetting" if vetting else "organisation-created"
    return see_other(f"/admin/organisations?done={done}")


_USER_FIELDS = ("organisation_id", "username", "role", "password")


def _by_name(organisations: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return sorted(organisations, key=lambda o: str(o.get("name", "")).casefold())


def _user_form(
    p: Page,
    organisations: list[dict[str, Any]],
    *,
    status: int = 200,
    values: Mapping[str, str] | None = None,
    errors: Mapping[str, str] | None = None,
) -> Response:
    # Never the password: a form drawn again asks for it again.
    kept = {k: v for k, v in (values or {}).items() if k != "password"}
    return render(
        p,
        "user_new.html",
        status=status,
        title=p.t.gettext("Add a user"),
        values=kept,
        errors=dict(errors or {}),
        summary=p.t.gettext(messages.PROBLEMS["validation-error"]) if errors else "",
        idem=uuid.uuid4().hex,
        organisations=_by_name(organisations),
        kind_names=messages.ORGANISATION_KINDS,
        roles=tuple(messages.ROLES),
    )


@router.get("/admin/users/new", response_class=HTMLResponse)
def new_user(p: PageDep, organisation: str = "") -> Response:
    caller = _admin(p)
    chosen = organisation if forms.valid_id(organisation) else ""
    return _user_form(p, _all_organisations(caller), values={"organisation_id": chosen})


@router.post("/admin/users/new", response_class=HTMLResponse)
def create_user(p: PageDep, form: FormDep) -> Response:
    """Creates a login. The gateway refuses a role that does not fit the organisation's kind
    (422, shown under the role), a taken username (409) and a weak password (422 at
    ``body.password``, each reason shown under the password). The password is sent once
    and never drawn back into the form, a URL or a notice."""
    caller = _admin(p)
    t = p.t
    organisations = _all_organisations(caller)
    values = {name: str(form.get(name, "")) for name in _USER_FIELDS}
    values["organisation_id"] = values["organisation_id"].strip()
    values["username"] = values["username"].strip()
    errors: dict[str, str] = {}
    if values["organisation_id"] not in {str(o.get("id")) for o in organisations}:
        errors["organisation_id"] = t.gettext(messages.CHOOSE_ONE)
    if not values["username"]:
        errors["username"] = t.gettext(messages.REQUIRED)
    if values["role"] not in messages.ROLES:
        errors["role"] = t.gettext(messages.CHOOSE_ONE)
    if not values["password"]:
        errors["password"] = t.gettext(messages.REQUIRED)
    if errors:
        return _user_form(p, organisations, status=422, values=values, errors=errors)
    try:
        caller.call("POST", "/v1/users", json=values, idempotency_key=_key_of(form))
    except GatewayProblem as problem:
        if problem.status == 409 and problem.slug == "conflict":
            errors = {"username": t.gettext(messages.USERNAME_TAKEN)}
        elif problem.status == 422 and problem.slug == "validation-error":
            errors = _user_field_messages(problem.errors, t)
        elif problem.status == 422:
            # The organisation is one of the list: the rule broken is the role's fit.
            errors = {"role": t.gettext(messages.ROLE_DOES_NOT_FIT)}
        else:
            raise
        return _user_form(p, organisations, status=problem.status, values=values, errors=errors)
    return see_other("/admin/users?done=user-created")


def _user_field_messages(errors: list[dict[str, Any]], t: Translator) -> dict[str, str]:
    found = field_problems.field_messages(
        [e for e in errors if list(e.get("loc", [])) != ["body", "password"]],
        field_for=_field_of(("organisation_id", "username", "role")),
        t=t,
    )
    if "username" in found and found["username"] != t.gettext(messages.REQUIRED):
        found["username"] = t.gettext(messages.USERNAME_RULE)
    password = password_messages(errors, t)
    if password:
        found["password"] = password
    return found or {"username": t.gettext(messages.CHECK_FIELD)}


# --- partnerships: which organisations' peer groups an NGO shares its survivors with -----


def _checked_id(value: str) -> str:
    if not forms.valid_id(value):
        raise GatewayProblem(status=404, type="/problems/not-found")
    return value


def _ngo(caller: SessionCaller, organisation_id: str) -> dict[str, Any]:
    """The organisation, when it is an NGO (only NGOs share survivors); else a 404 page."""
    organisation: dict[str, Any] = caller.call(
        "GET", f"/v1/organisations/{_checked_id(organisation_id)}"
    )
    if organisation.get("type") != "ngo":
        raise GatewayProblem(status=404, type="/problems/not-found")
    return organisation


def _all_organisations(caller: SessionCaller) -> list[dict[str, Any]]:
    """Every organisation, following the gateway's pages (a cold, administrator-only read)."""
    found: list[dict[str, Any]] = []
    params: dict[str, Any] = {"limit": _ORGANISATIONS_PAGE}
    for _page in range(_MAX_ORGANISATION_PAGES):
        answer = caller.call("GET", "/v1/organisations", params=params)
        found.extend(answer.get("items", []))
        cursor = answer.get("next_cursor")
        if not cursor:
            break
        params = {"limit": _ORGANISATIONS_PAGE, "cursor": cursor}
    return found


def _partners_page(
    p: Page,
    caller: SessionCaller,
    ngo: dict[str, Any],
    *,
    status: int = 200,
    done: str = "",
    summary: str = "",
    errors: dict[str, str] | None = None,
) -> Response:
    partners = caller.call("GET", f"/v1/organisations/{ngo['id']}/partners")
    shares_with = partners.get("shares_with", [])
    organisations = _all_organisations(caller)
    kinds = {str(o["id"]): str(o.get("type", "")) for o in organisations}
    return render(
        p,
        "partners.html",
        status=status,
        title=p.t.gettext("Partnerships"),
        ngo=ngo,
        shares_with=shares_with,
        draws_from=partners.get("draws_from", []),
        choices=partnerships.partner_choices(
            organisations,
            ngo_id=str(ngo["id"]),
            partner_ids=[str(s["partner_id"]) for s in shares_with],
        ),
        kinds=kinds,
        kind_names=messages.ORGANISATION_KINDS,
        sharing=partnerships.SHARING,
        done=_DONE.get(done, ""),
        summary=summary,
        errors=errors or {},
    )


@router.get("/admin/organisations/{organisation_id}/partners", response_class=HTMLResponse)
def partners(p: PageDep, organisation_id: str, done: str = "") -> Response:
    caller = _admin(p)
    return _partners_page(p, caller, _ngo(caller, organisation_id), done=done)


@router.post("/admin/organisations/{organisation_id}/partners", response_class=HTMLResponse)
def add_partner(p: PageDep, form: FormDep, organisation_id: str) -> Response:
    """Shares the NGO's survivors with the chosen organisation's groups (``PUT``: setting
    one twice changes nothing). A refusal is shown beside the choice."""
    caller = _admin(p)
    ngo = _ngo(caller, organisation_id)
    partner_id = str(form.get("partner_id", "")).strip()
    try:
        if not forms.valid_id(partner_id):  # nothing chosen, or not an id at all
            raise GatewayProblem(status=422, type="/problems/validation-error")
        caller.call("PUT", f"/v1/organisations/{ngo['id']}/partners/{partner_id}")
    except GatewayProblem as problem:
        if problem.status not in partnerships.REFUSED_STATUSES:
            raise
        summary, beside = partnerships.refusal(status=problem.status, slug=problem.slug)
        return _partners_page(
            p,
            caller,
            ngo,
            status=422,
            summary=p.t.gettext(summary),
            errors={"partner_id": p.t.gettext(beside)},
        )
    return see_other(f"/admin/organisations/{ngo['id']}/partners?done=added")


def _partnership(
    caller: SessionCaller, organisation_id: str, partner_id: str
) -> tuple[dict[str, Any], dict[str, Any]]:
    """The NGO and its partnership with ``partner_id`` (a 404 page when there is none)."""
    ngo = _ngo(caller, organisation_id)
    _checked_id(partner_id)
    found = caller.call("GET", f"/v1/organisations/{ngo['id']}/partners")
    for partnership in found.get("shares_with", []):
        if partnership.get("partner_id") == partner_id:
            return ngo, partnership
    raise GatewayProblem(status=404, type="/problems/not-found")


@router.get(
    "/admin/organisations/{organisation_id}/partners/{partner_id}/removal",
    response_class=HTMLResponse,
)
def confirm_removal(p: PageDep, organisation_id: str, partner_id: str) -> Response:
    """The confirmation step: what stopping does, before anything is changed."""
    caller = _admin(p)
    ngo, partnership = _partnership(caller, organisation_id, partner_id)
    return render(
        p,
        "partner_removal.html",
        title=p.t.gettext("Stop sharing survivors"),
        ngo=ngo,
        partnership=partnership,
        action=f"/admin/organisations/{ngo['id']}/partners/{partnership['partner_id']}/removal",
        back=f"/admin/organisations/{ngo['id']}/partners",
    )


@router.post(
    "/admin/organisations/{organisation_id}/partners/{partner_id}/removal",
    response_class=HTMLResponse,
)
def remove_partner(p: PageDep, form: FormDep, organisation_id: str, partner_id: str) -> Response:
    """Stops the sharing (``DELETE``). Ended meanwhile by someone else: the list as it is."""
    del form  # checked for its CSRF token
    caller = _admin(p)
    ngo = _ngo(caller, organisation_id)
    try:
        caller.call("DELETE", f"/v1/organisations/{ngo['id']}/partners/{_checked_id(partner_id)}")
    except GatewayProblem as problem:
        if problem.status != 404:
            raise
        return _partners_page(
            p,
            caller,
            ngo,
            status=404,
            summary=p.t.gettext(partnerships.ALREADY_ENDED),
        )
    return see_other(f"/admin/organisations/{ngo['id']}/partners?done=removed")


# --- suspension: cutting an organisation off from survivors, and letting it back ----------


def _suspendable(caller: SessionCaller, organisation_id: str) -> dict[str, Any]:
    """The organisation, when its kind can be suspended; else the gateway's 409 page."""
    organisation: dict[str, Any] = caller.call(
        "GET", f"/v1/organisations/{_checked_id(organisation_id)}"
    )
    if not organisation.get("suspendable"):
        raise GatewayProblem(status=409, type="/problems/conflict")
    return organisation


def _version_of(form: Mapping[str, Any]) -> str:
    version = str(form.get("version", ""))
    if not version.isdigit():
        raise GatewayProblem(status=404, type="/problems/not-found")
    return version


@router.get("/admin/organisations/{organisation_id}/suspension", response_class=HTMLResponse)
def confirm_suspension(p: PageDep, organisation_id: str) -> Response:
    """The confirmation step: what suspending does, naming the organisation, before anything
    is changed. It posts the version read here; one already suspended goes back to the list,
    which says so."""
    caller = _admin(p)
    organisation = _suspendable(caller, organisation_id)
    if organisation.get("suspended"):
        return see_other("/admin/organisations")
    t = p.t
    name = str(organisation.get("name", ""))
    return confirmation(
        p,
        question=t.gettext("Suspend {name}?", name=name),
        consequence=t.gettext(messages.SUSPENSION_CONSEQUENCE, name=name),
        yes=t.gettext("Yes, suspend {name}", name=name),
        action=f"/admin/organisations/{organisation_id}/suspension",
        back="/admin/organisations",
        fields={"version": str(organisation.get("version", "")), "idem": uuid.uuid4().hex},
    )


@router.post("/admin/organisations/{organisation_id}/suspension")
def suspend(p: PageDep, form: FormDep, organisation_id: str) -> Response:
    """Suspends it (``POST /v1/organisations/{id}/suspension`` with the version confirmed in
    ``If-Match`` and the confirmation's idempotency key). A change made meanwhile (412) and
    a kind that cannot be suspended (409) are the usual error pages, as for vetting."""
    caller = _admin(p)
    version = _version_of(form)
    caller.call(
        "POST",
        f"/v1/organisations/{_checked_id(organisation_id)}/suspension",
        headers={"If-Match": f'"{version}"'},
        idempotency_key=_key_of(form),
    )
    return see_other("/admin/organisations?done=organisation-suspended")


@router.post("/admin/organisations/{organisation_id}/suspension-lifting")
def lift_suspension(p: PageDep, form: FormDep, organisation_id: str) -> Response:
    """Lifts it (``DELETE /v1/organisations/{id}/suspension``, the version in ``If-Match``):
    its users may sign in again and its open jobs and courses are offered again."""
    caller = _admin(p)
    version = _version_of(form)
    caller.call(
        "DELETE",
        f"/v1/organisations/{_checked_id(organisation_id)}/suspension",
        headers={"If-Match": f'"{version}"'},
    )
    return see_other("/admin/organisations?done=suspension-lifted")
