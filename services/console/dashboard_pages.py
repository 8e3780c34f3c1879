"""Dashboards: each role's organisation at a glance, as server-rendered SVG bar charts.

Built only from what the gateway offers today, so each panel says what it counts. The
gateway has no aggregate route (``GET /v1/organisations/{id}/dashboard`` is what is
missing, see the README): an officer's panels count the cases opened in this session, an
employer's the candidates on their shortlists (which stop at "hired", so retention at
30/90/180 days cannot be counted there), and income against the survivors' own goals is
not available to the console at all. Those gaps are shown on the page, not hidden.
"""

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from fastapi import APIRouter, Response
from fastapi.responses import HTMLResponse

from console import messages
from console.charts import CountChart, count_chart
from console.gateway_client import GatewayProblem, SessionCaller
from console.messages import N_
from console.web import Page, PageDep, render, require_role

__all__ = ["Panel", "panel", "router"]

router = APIRouter()

#: Shortlists read for an employer's dashboard (each read is audited per card: keep it small).
_MAX_SHORTLISTS = 10
_MAX_CASES = 20

_PLACEMENT_STATES = ("hired", "enrolled", "completed", "retained_30", "retained_90", "retained_180")


@dataclass(frozen=True)
class Panel:
    #: A msgid; the template translates it.
    title: str
    chart: CountChart
    #: msgids of what this panel cannot show, and why.
    gaps: list[str] = field(default_factory=list)


def panel(
    title: str, labels: dict[str, str], counts: Counter[str], *, gaps: Iterable[str] = ()
) -> Panel:
    """Every label in ``labels`` gets a bar (a zero is shown as zero, not left out)."""
    rows = [(label, counts.get(code, 0)) for code, label in labels.items()]
    return Panel(title=title, chart=count_chart(rows), gaps=list(gaps))


GAP_NO_CASE_LIST = N_(
    "Counts only the cases opened in this session: Pathways cannot yet list all of your "
    "organisation's survivors."
)
GAP_RETENTION = N_(
    "Retention at 30, 90 and 180 days cannot be counted here yet: shortlists stop at hiring."
)
GAP_INCOME = N_("Income against the survivors' own goals is not available to the console yet.")


def _officer_panels(p: Page, caller: SessionCaller) -> list[Panel]:
    stages: Counter[str] = Counter()
    states: Counter[str] = Counter()
    for survivor_id in list(p.session.recent_survivors)[:_MAX_CASES]:
        try:
            survivor = caller.call("GET", f"/v1/survivors/{survivor_id}")
            found = caller.call("GET", f"/v1/survivors/{survivor_id}/matches")
        except GatewayProblem as problem:
            if problem.status == 404:
                continue
            raise
        stages[(survivor.get("readiness") or {}).get("stage") or ""] += 1
        for match in found.get("items", []):
            states[str(match.get("state"))] += 1
    placements = {code: messages.MATCH_STATES[code] for code in _PLACEMENT_STATES}
    return [
        panel(N_("Readiness now"), messages.STAGES, stages, gaps=[GAP_NO_CASE_LIST]),
        panel(
            N_("Placements and retention"),
            placements,
            states,
            gaps=[GAP_NO_CASE_LIST, GAP_INCOME],
        ),
    ]


def _owner_panels(p: Page, caller: SessionCaller) -> list[Panel]:
    found = caller.call(
        "GET", f"/v1/organisations/{p.session.organisation_id}/opportunities", params={"limit": 50}
    )
    items = found.get("items", [])
    statuses = Counter(str(o.get("status")) for o in items)
    placed = Counter({"placements": sum(int(o.get("placements", 0)) for o in items)})
    states: Counter[str] = Counter()
    for opportunity in [o for o in items if o.get("status") == "open"][:_MAX_SHORTLISTS]:
        shortlist = caller.call("GET", f"/v1/opportunities/{opportunity['id']}/shortlist")
        states.update(str(card.get("state")) for card in shortlist.get("items", []))
    stages = ("accepted", "employer_interest", "introduced", "hired", "enrolled")
    return [
        panel(N_("Your jobs and courses"), messages.OPPORTUNITY_STATUSES, statuses),
        panel(N_("Placements"), {"placements": N_("People hired or enrolled")}, placed),
        panel(
            N_("Candidates by stage"),
            {code: messages.MATCH_STATES[code] for code in stages},
            states,
            gaps=[GAP_RETENTION],
        ),
    ]


def _facilitator_panels(p: Page, caller: SessionCaller) -> list[Panel]:
    from console import peer_group_api

    groups = peer_group_api.list_groups(caller, organisation_id=str(p.session.organisation_id))
    statuses = Counter(str(g.get("status")) for g in groups)
    members = Counter(str(m.get("state")) for g in groups for m in g.get("members", []))
    return [
        panel(N_("Peer groups"), messages.GROUP_STATUSES, statuses),
        panel(N_("Members"), messages.MEMBER_STATES, members),
    ]


def _admin_panels(_p: Page, caller: SessionCaller) -> list[Panel]:
    organisations = caller.call("GET", "/v1/organisations", params={"limit": 200})
    users = caller.call("GET", "/v1/users", params={"limit": 200})
    vetting = Counter(str(o.get("vetting")) for o in organisations.get("items", []))
    roles = Counter(str(u.get("role")) for u in users.get("items", []))
    return [
        panel(
            N_("Organisations"),
            {"pending": N_("Waiting for approval"), "vetted": N_("Approved")},
            vetting,
        ),
        panel(N_("Users and roles"), messages.ROLES, roles),
    ]


_PANELS = {
    "reintegration_officer": _officer_panels,
    "employer": _owner_panels,
    "training_provider": _owner_panels,
    "facilitator": _facilitator_panels,
    "platform_admin": _admin_panels,
}


@router.get("/dashboard", response_class=HTMLResponse)
def dashboard(p: PageDep) -> Response:
    caller = require_role(p, *_PANELS)
    panels = _PANELS[str(p.session.role)](p, caller)
    return render(p, "dashboard.html", title=p.t.gettext("Dashboard"), panels=panels)
