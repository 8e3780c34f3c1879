"""Officers: a matching round over their caseload (``POST /v1/matching-rounds``).

Recommendations are one survivor at a time, and each shows what fits *them*: the officers
of an NGO, each proposing their survivors' best match, can all propose the one job with two
openings. A round ranks every ready survivor's eligible jobs and courses and shares the
openings out (a few more people than places: some will decline), so that as many survivors
as possible are proposed something that fits. The officer previews it first: nothing is
recorded until they propose, and each survivor still decides, with their officer, as for
any proposal.
"""

import uuid
from typing import Any

from fastapi import APIRouter, Response
from fastapi.responses import HTMLResponse

from console import forms, messages
from console.gateway_client import GatewayProblem, SessionCaller
from console.opportunity_reads import opportunities_by_id
from console.web import FormDep, Page, PageDep, render, require_role, see_other

__all__ = ["router"]

router = APIRouter()

#: A page of the caseload when naming the round's survivors (the gateway's largest).
_CASELOAD_PAGE = 200
#: The gateway's most survivors in one round.
_MOST_IN_A_ROUND = 500
_DONE = frozenset({"round-proposed"})


def _officer(p: Page) -> SessionCaller:
    return require_role(p, "reintegration_officer")


def _aliases(caller: SessionCaller, organisation_id: str) -> dict[str, str]:
    """Every survivor of the caseload by id → code name, a page of the caseload at a time."""
    aliases: dict[str, str] = {}
    cursor = ""
    while len(aliases) < 10 * _MOST_IN_A_ROUND:
        params: dict[str, Any] = {"limit": _CASELOAD_PAGE}
        if cursor:
            params["cursor"] = cursor
        found = caller.call("GET", f"/v1/organisations/{organisation_id}/survivors", params=params)
        for item in found.get("items", []):
            aliases[str(item.get("id", ""))] = str(item.get("alias", ""))
        cursor = str(found.get("next_cursor") or "")
        if not cursor:
            break
    return aliases


@router.get("/round", response_class=HTMLResponse)
def round_page(p: PageDep, done: str = "") -> Response:
    _officer(p)
    return render(
        p,
        "round.html",
        title=p.t.gettext("Matching round"),
        result=None,
        done=p.t.gettext(messages.DONE[done]) if done in _DONE else "",
    )


@router.post("/round/preview", response_class=HTMLResponse)
def preview(p: PageDep, form: FormDep) -> Response:
    """The round as it would be now, for every ready survivor of the caseload: recorded
    nowhere (``propose`` false)."""
    caller = _officer(p)
    result = caller.call("POST", "/v1/matching-rounds", json={"survivor_ids": [], "propose": False})
    aliases = _aliases(caller, str(p.session.organisation_id))
    assigned = result.get("optimal", [])
    read = opportunities_by_id(caller, {str(a.get("opportunity_id", "")) for a in assigned})
    titles = {
        i: {"title": str(o.get("title", "")), "kind": str(o.get("kind", ""))}
        for i, o in read.items()
    }
    rows = sorted(
        (
            {
                "survivor_id": str(a["survivor_id"]),
                "alias": aliases.get(str(a["survivor_id"]), ""),
                **titles.get(str(a["opportunity_id"]), {"title": "", "kind": ""}),
            }
            for a in assigned
        ),
        key=lambda row: row["alias"],
    )
    unplaced = sorted(aliases.get(str(s), "") for s in result.get("unassigned_survivor_ids", []))
    return render(
        p,
        "round.html",
        title=p.t.gettext("Matching round"),
        result={
            "rows": rows,
            "unplaced": [alias for alias in unplaced if alias],
            "greedy_assigned": int(result.get("greedy_assigned") or 0),
            "survivor_ids": [row["survivor_id"] for row in rows]
            + [str(s) for s in result.get("unassigned_survivor_ids", [])],
        },
        idem=uuid.uuid4().hex,
        done="",
    )


@router.post("/round/propose")
def propose(p: PageDep, form: FormDep) -> Response:
    """Record the round for the survivors previewed: one proposed match each (the gateway
    works the round out again, with what is open now)."""
    caller = _officer(p)
    survivors = [s for s in form.getlist("survivor_id") if forms.valid_survivor_id(str(s))][
        :_MOST_IN_A_ROUND
    ]
    if not survivors:
        raise GatewayProblem(status=422, type="/problems/validation-error")
    key = str(form.get("idem", ""))
    caller.call(
        "POST",
        "/v1/matching-rounds",
        json={"survivor_ids": survivors, "propose": True},
        idempotency_key=key if forms.valid_idempotency_key(key) else None,
    )
    return see_other("/round?done=round-proposed")
