"""Platform administrators: users and roles, the partnerships of each NGO, the audit trail
with the chain's verification status, and the outcome model's report (organisations and
vetting are in ``console.app``).

Partnerships say which organisations' peer groups an NGO shares its survivors with
(``/v1/organisations/{id}/partners``): listed by name, added by picking an organisation
that runs groups, and stopped only after a confirmation page says what stopping does.

The audit chain's status comes from ``GET /v1/audit/chain``: what the gateway's watch and
the operator's daily full check last found, never checked on the page's request.
"""

import re
from typing import Any

from fastapi import APIRouter, Response
from fastapi.responses import HTMLResponse

from console import forms, messages, partnerships
from console.charts import reliability_diagram
from console.gateway_client import GatewayProblem, SessionCaller
from console.web import (
    FormDep,
    Page,
    PageDep,
    confirmation,
    render,
    require_role,
    see_other,
)

__all__ = ["chain_status", "router"]

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
_USERS_DONE = ("user-disabled", "user-enabled", "role-changed")


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


@router.get("/admin/outcome-model", response_class=HTMLResponse)
def outcome_model(p: PageDep) -> Response:
    caller = _admin(p)
    report = caller.call("GET", "/v1/outcome-model")
    return render(
        p,
        "outcome_model.html",
        title=p.t.gettext("Outcome model"),
        report=report,
        diagram=reliability_diagram(report.get("reliability", [])),
    )


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
