"""An NGO's officers decide whom its survivors are shared with: the partnerships
administrators propose take force only once an officer accepts them here, and an officer
may stop any of them (after a confirmation saying what stopping does).

``GET /v1/organisations/{ngo}/partners`` lists them; ``POST …/acceptance`` and ``DELETE``
change them. The gateway checks the NGO is the officer's own.
"""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Response
from fastapi.responses import HTMLResponse

from console import forms, partnerships
from console.gateway_client import GatewayProblem, SessionCaller
from console.web import Forbidden, FormDep, Page, PageDep, render, see_other, signed_in

__all__ = ["router"]

router = APIRouter()

_DONE = {
    "accepted": partnerships.ACCEPTED,
    "removed": partnerships.REMOVED,
}


def _officer(p: Page) -> SessionCaller:
    caller = signed_in(p)
    if p.session.role != "reintegration_officer":
        raise Forbidden
    return caller


def _own(p: Page, caller: SessionCaller) -> tuple[dict[str, Any], dict[str, Any]]:
    ngo_id = str(p.session.organisation_id)
    ngo: dict[str, Any] = caller.call("GET", f"/v1/organisations/{ngo_id}")
    found: dict[str, Any] = caller.call("GET", f"/v1/organisations/{ngo_id}/partners")
    return ngo, found


def _partner(found: dict[str, Any], partner_id: str) -> dict[str, Any]:
    if not forms.valid_id(partner_id):
        raise GatewayProblem(status=404, type="/problems/not-found")
    for partnership in found.get("shares_with", []):
        if partnership.get("partner_id") == partner_id:
            return dict(partnership)
    raise GatewayProblem(status=404, type="/problems/not-found")


@router.get("/sharing", response_class=HTMLResponse)
def sharing(p: PageDep, done: str = "") -> Response:
    caller = _officer(p)
    ngo, found = _own(p, caller)
    return render(
        p,
        "sharing.html",
        title=p.t.gettext("Sharing"),
        ngo=ngo,
        shares_with=found.get("shares_with", []),
        sharing=partnerships.SHARING,
        done=p.t.gettext(_DONE[done]) if done in _DONE else "",
    )


@router.post("/sharing/{partner_id}/acceptance")
def accept(p: PageDep, form: FormDep, partner_id: str) -> Response:
    del form  # checked for its CSRF token
    caller = _officer(p)
    ngo, found = _own(p, caller)
    _partner(found, partner_id)
    caller.call("POST", f"/v1/organisations/{ngo['id']}/partners/{partner_id}/acceptance")
    return see_other("/sharing?done=accepted")


@router.get("/sharing/{partner_id}/removal", response_class=HTMLResponse)
def confirm_removal(p: PageDep, partner_id: str) -> Response:
    caller = _officer(p)
    ngo, found = _own(p, caller)
    partnership = _partner(found, partner_id)
    return render(
        p,
        "partner_removal.html",
        title=p.t.gettext("Stop sharing survivors"),
        ngo=ngo,
        partnership=partnership,
        action=f"/sharing/{partner_id}/removal",
        back="/sharing",
    )


@router.post("/sharing/{partner_id}/removal")
def remove(p: PageDep, form: FormDep, partner_id: str) -> Response:
    del form  # checked for its CSRF token
    caller = _officer(p)
    ngo, found = _own(p, caller)
    _partner(found, partner_id)
    caller.call("DELETE", f"/v1/organisations/{ngo['id']}/partners/{partner_id}")
    return see_other("/sharing?done=removed")
