"""Platform administrators: users and roles, the audit trail with the chain's verification
status, and the outcome model's report (organisations and vetting are in ``console.app``).

The audit chain's status comes from ``GET /v1/audit/chain``: what the gateway's watch and
the operator's daily full check last found, never checked on the page's request.
"""

from typing import Any

from fastapi import APIRouter, Response
from fastapi.responses import HTMLResponse

from console import forms, messages
from console.charts import reliability_diagram
from console.gateway_client import GatewayProblem, SessionCaller
from console.web import FormDep, Page, PageDep, render, require_role, see_other

__all__ = ["chain_status", "router"]

router = APIRouter()

_OUTCOMES = tuple(messages.AUDIT_OUTCOMES)


def _admin(p: Page) -> SessionCaller:
    return require_role(p, "platform_admin")


@router.get("/admin/users", response_class=HTMLResponse)
def users(p: PageDep, organisation_id: str = "") -> Response:
    caller = _admin(p)
    params: dict[str, Any] = {"limit": 200}
    if organisation_id and forms.valid_survivor_id(organisation_id):
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
    )


def _user_change(caller: SessionCaller, user_id: str, version: str, body: dict[str, Any]) -> None:
    if not forms.valid_survivor_id(user_id) or not version.isdigit():
        raise GatewayProblem(status=404, type="/problems/not-found")
    caller.call("PATCH", f"/v1/users/{user_id}", json=body, headers={"If-Match": f'"{version}"'})


@router.post("/admin/users/{user_id}/role")
def change_role(p: PageDep, form: FormDep, user_id: str) -> Response:
    """A new role must fit the organisation's type (the gateway answers 422 otherwise); the
    user's open sessions end at once."""
    caller = _admin(p)
    role = str(form.get("role", ""))
    if role not in messages.ROLES:
        raise GatewayProblem(status=422, type="/problems/validation-error")
    _user_change(caller, user_id, str(form.get("version", "")), {"role": role})
    return see_other("/admin/users")


@router.post("/admin/users/{user_id}/access")
def change_access(p: PageDep, form: FormDep, user_id: str) -> Response:
    caller = _admin(p)
    disabled = str(form.get("disabled", "")) == "true"
    _user_change(caller, user_id, str(form.get("version", "")), {"disabled": disabled})
    return see_other("/admin/users")


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
def audit(p: PageDep, outcome: str = "") -> Response:
    caller = _admin(p)
    params: dict[str, Any] = {"limit": 100}
    if outcome in _OUTCOMES:
        params["outcome"] = outcome
    found = caller.call("GET", "/v1/audit", params=params)
    return render(
        p,
        "audit.html",
        title=p.t.gettext("Audit trail"),
        items=found.get("items", []),
        outcome=outcome if outcome in _OUTCOMES else "",
        outcomes=_OUTCOMES,
        chain=chain_status(caller),
    )


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
