"""The accounts of the caller's own organisation: who can sign in for it, and approving or
refusing the accounts an administrator created or re-roled there.

Any signed-in member sees the list (``GET /v1/users``, scoped by the gateway to their own
organisation). Approving opens a page of its own: a new account still holds the password
the administrator typed, so the approving member chooses a first password for the person
and gives it to them in person or by phone; the gateway then stops the administrator's
password, and the person replaces the member's at their first sign-in, so nobody ever
holds a working login of someone else. An account with a password of its own (a member
given a new role, ``password_change_required`` false) is approved without one. Refusing
cannot be taken back, so it asks first, as does resetting a colleague's sign-in codes (a
lost phone: ``DELETE /v1/users/{id}/second-factor``, which also signs them out everywhere).
The gateway decides who may approve whom (never oneself nor the administrator who asked,
an NGO's facilitator never an officer) and answers 403 otherwise: shown as a refusal.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from fastapi import APIRouter, Response
from fastapi.responses import HTMLResponse

from console import forms, messages
from console.admin_pages import password_messages
from console.gateway_client import GatewayProblem, SessionCaller
from console.web import FormDep, Page, PageDep, confirmation, render, see_other, signed_in

__all__ = ["router"]

router = APIRouter()

_DONE = ("account-approved", "account-refused", "codes-reset")
_DECISIONS = {"approve": "account-approved", "refuse": "account-refused"}


@router.get("/account", response_class=HTMLResponse)
def account(p: PageDep) -> Response:
    """One link in the menu for what concerns the person and their organisation: their
    password, sign-in codes, the organisation's accounts and (officers) its sharing."""
    signed_in(p)
    return render(p, "account.html", title=p.t.gettext("Account"))


@router.get("/accounts", response_class=HTMLResponse)
def accounts(p: PageDep, done: str = "") -> Response:
    caller = signed_in(p)
    found: dict[str, Any] = caller.call("GET", "/v1/users", params={"limit": 200})
    return render(
        p,
        "accounts.html",
        title=p.t.gettext("Accounts of your organisation"),
        items=found.get("items", []),
        own_id=p.session.user_id,
        done=p.t.gettext(messages.DONE[done]) if done in _DONE else "",
    )


@router.get("/accounts/{user_id}/refuse", response_class=HTMLResponse)
def confirm_refusal(p: PageDep, user_id: str, version: str = "") -> Response:
    caller = signed_in(p)
    if not forms.valid_id(user_id) or not version.isdigit():
        raise GatewayProblem(status=404, type="/problems/not-found")
    user: dict[str, Any] = caller.call("GET", f"/v1/users/{user_id}")
    t, username = p.t, str(user.get("username", ""))
    return confirmation(
        p,
        question=t.gettext("Refuse the account {username}?", username=username),
        consequence=t.gettext(
            "{username} will never be able to sign in. If the account was meant for a "
            "colleague, an administrator must create a new one.",
            username=username,
        ),
        yes=t.gettext("Yes, refuse the account"),
        action=f"/accounts/{user_id}/approval",
        back="/accounts",
        fields={"decision": "refuse", "version": version},
    )


def _approval_page(
    p: Page,
    caller: SessionCaller,
    user_id: str,
    version: str,
    *,
    status: int = 200,
    errors: Mapping[str, str] | None = None,
) -> Response:
    """The approve page: whom, and (a new account) the first password to choose. Never
    drawn with a password in it, not even after the gateway refused one."""
    user: dict[str, Any] = caller.call("GET", f"/v1/users/{user_id}")
    return render(
        p,
        "account_approval.html",
        status=status,
        # Generic: a title is kept in the browser's history and tabs; the name is in the body.
        title=p.t.gettext("Approve an account"),
        user_id=user_id,
        version=version,
        username=str(user.get("username", "")),
        # Asked unless the gateway says the account has a password of its own.
        first_password=user.get("password_change_required", True) is not False,
        errors=dict(errors or {}),
        summary=p.t.gettext(messages.PROBLEMS["validation-error"]) if errors else "",
    )


@router.get("/accounts/{user_id}/approve", response_class=HTMLResponse)
def approval_form(p: PageDep, user_id: str, version: str = "") -> Response:
    caller = signed_in(p)
    if not forms.valid_id(user_id) or not version.isdigit():
        raise GatewayProblem(status=404, type="/problems/not-found")
    return _approval_page(p, caller, user_id, version)


@router.post("/accounts/{user_id}/approval", response_class=HTMLResponse)
def decide(p: PageDep, user_id: str, form: FormDep) -> Response:
    """Approves (with the first password when the approve page asked for one) or refuses
    (never with a password). A password the gateway refuses (422 at ``body.password``, one
    error per reason, as when an administrator creates a user) draws the approve page again
    with each reason under the field, and the password asked for again."""
    caller = signed_in(p)
    decision, version = str(form.get("decision", "")), str(form.get("version", ""))
    if decision not in _DECISIONS or not forms.valid_id(user_id) or not version.isdigit():
        raise GatewayProblem(status=422, type="/problems/validation-error")
    body = {"decision": decision}
    # The approve page of a new account always posts its password field, even empty.
    if decision == "approve" and "password" in form:
        password = str(form.get("password", ""))
        if not password:
            required = {"password": p.t.gettext(messages.REQUIRED)}
            return _approval_page(p, caller, user_id, version, status=422, errors=required)
        body["password"] = password
    try:
        caller.call(
            "POST",
            f"/v1/users/{user_id}/approval",
            json=body,
            headers={"If-Match": f'"{version}"'},
        )
    except GatewayProblem as problem:
        said = password_messages(problem.errors, p.t) if problem.status == 422 else ""
        if decision != "approve" or not said:
            raise
        return _approval_page(p, caller, user_id, version, status=422, errors={"password": said})
    return see_other(f"/accounts?done={_DECISIONS[decision]}")


@router.get("/accounts/{user_id}/reset-codes", response_class=HTMLResponse)
def confirm_codes_reset(p: PageDep, user_id: str) -> Response:
    caller = signed_in(p)
    if not forms.valid_id(user_id):
        raise GatewayProblem(status=404, type="/problems/not-found")
    user: dict[str, Any] = caller.call("GET", f"/v1/users/{user_id}")
    t, username = p.t, str(user.get("username", ""))
    return confirmation(
        p,
        question=t.gettext("Reset the sign-in codes of {username}?", username=username),
        consequence=t.gettext(
            "Do this only when {username} asks you in person or by phone, because they lost "
            "their phone and their recovery codes. They will be signed out everywhere, sign "
            "in with their password alone, and must set up codes again.",
            username=username,
        ),
        yes=t.gettext("Yes, reset the sign-in codes"),
        action=f"/accounts/{user_id}/reset-codes",
        back="/accounts",
        fields={},
    )


@router.post("/accounts/{user_id}/reset-codes")
def reset_codes(p: PageDep, user_id: str, _form: FormDep) -> Response:
    caller = signed_in(p)
    if not forms.valid_id(user_id):
        raise GatewayProblem(status=422, type="/problems/validation-error")
    caller.call("DELETE", f"/v1/users/{user_id}/second-factor")
    return see_other("/accounts?done=codes-reset")
