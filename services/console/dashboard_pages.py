"""Dashboards: each role's organisation at a glance, as server-rendered SVG bar charts.

Officers, employers and providers read their organisation's counts from the gateway
(``GET /v1/organisations/{id}/dashboard``): matching keeps them as each change happens, so
the page costs one call however large the caseload. A count from 1 to 4 comes as ``null``
(so that nobody can be singled out): its bar is empty and reads "fewer than 5". Employers'
and providers' own listings add their jobs and courses by status and candidates by stage
(from the shortlists); facilitators' panels come from peer groups (their groups and members,
and the pool overview: how many people open to groups, by language, by the day they are free
and by the focus they chose; counted from a sample in a large pool, and then said so),
administrators' from the directory.

Retention reads against the hires that could have reached it: beside each "still employed
at N days" the panel says "{retained} of {due} hired at least {days} days ago" (the gateway's
``retention_due``), so 5 retained at 90 days beside 40 hired, most of them last week, does
not read as poor retention.

Counts from lists (an owner's jobs and courses, a facilitator's groups and members, an
administrator's organisations and users) follow the list's ``next_cursor`` to the end, up to
``MAX_PAGES`` pages; when that bound stops it, the panel says the counts are of the first N.
"""

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote

from fastapi import APIRouter, Response
from fastapi.responses import HTMLResponse

from console import messages
from console.charts import CountChart, count_chart
from console.gateway_client import GatewayProblem, SessionCaller
from console.messages import N_
from console.web import Page, PageDep, render, require_role

__all__ = ["MAX_PAGES", "PAGE_SIZE", "Listed", "Panel", "dashboard_panel", "panel", "router"]

router = APIRouter()

#: Shortlists read for an employer's dashboard (each read is audited per card: keep it small).
_MAX_SHORTLISTS = 10
#: A list counted for a panel is read a page at a time (the gateway's largest page) and at
#: most this many pages: a dashboard stays a few calls, and says when it counted part only.
PAGE_SIZE = 200
MAX_PAGES = 20

_JOB_OUTCOMES = ("hired", "retained_30", "retained_90", "retained_180")
_TRAINING_OUTCOMES = ("enrolled", "completed")
INCOME_BANDS: dict[str, str] = {
    "at_or_above_goal": N_("At or above their goal"),
    "below_goal": N_("Below their goal"),
    "no_goal": N_("No income goal recorded"),
    "not_comparable": N_("Not comparable (no wage, or another currency)"),
}
READINESS: dict[str, str] = {"not_assessed": N_("Not assessed yet"), **messages.STAGES}
SUPPRESSED_NOTE = N_("Counts from 1 to {below} are not shown, so that nobody can be singled out.")
RETENTION_NOTE = N_("{retained} of {due} hired at least {days} days ago")
FEWER_THAN = N_("fewer than {n}")
ROUNDED_NOTE = N_("Counts are rounded down to a multiple of {n}.")
PARTIAL_NOTE = N_("These counts are of the first {n} only: there are more.")


@dataclass(frozen=True)
class Listed:
    """The items of a list, read page by page; ``complete`` is false when the bound on
    pages stopped the reading before the list's end."""

    items: list[dict[str, Any]]
    complete: bool


def _whole_list(caller: SessionCaller, path: str) -> Listed:
    items: list[dict[str, Any]] = []
    cursor: str | None = None
    for _ in range(MAX_PAGES):
        query: dict[str, Any] = {"limit": PAGE_SIZE}
        if cursor is not None:
            query["cursor"] = cursor
        found = caller.call("GET", path, params=query)
        items.extend(found.get("items", []))
        cursor = found.get("next_cursor") or None
        if cursor is None:
            return Listed(items=items, complete=True)
    return Listed(items=items, complete=False)


def _partial_notes(p: Page, listed: Listed) -> list[str]:
    if listed.complete:
        return []
    return [p.t.gettext(PARTIAL_NOTE, n=p.t.number(len(listed.items)))]


@dataclass(frozen=True)
class Panel:
    #: A msgid; the template translates it.
    title: str
    chart: CountChart
    #: msgids of what this panel cannot show, and why.
    gaps: list[str] = field(default_factory=list)
    #: Labels (msgids) of the bars whose count is withheld (between 1 and 4).
    suppressed: frozenset[str] = frozenset()
    #: Text already in the reader's language, shown under the chart.
    notes: list[str] = field(default_factory=list)


def panel(
    title: str,
    labels: dict[str, str],
    counts: Counter[str],
    *,
    gaps: Iterable[str] = (),
    notes: Iterable[str] = (),
) -> Panel:
    """Every label in ``labels`` gets a bar (a zero is shown as zero, not left out)."""
    rows = [(label, counts.get(code, 0)) for code, label in labels.items()]
    return Panel(title=title, chart=count_chart(rows), gaps=list(gaps), notes=list(notes))


def dashboard_panel(
    title: str,
    labels: Mapping[str, str],
    counts: Mapping[str, Any],
    *,
    notes: Iterable[str] = (),
) -> Panel:
    """A panel of the gateway's dashboard counts: ``null`` is a withheld count, drawn as
    an empty bar that reads "fewer than 5"; a code the answer lacks is a zero."""
    rows = [(label, int(counts.get(code) or 0)) for code, label in labels.items()]
    withheld = frozenset(
        label for code, label in labels.items() if code in counts and counts[code] is None
    )
    return Panel(title=title, chart=count_chart(rows), suppressed=withheld, notes=list(notes))


def _organisation_dashboard(p: Page, caller: SessionCaller) -> dict[str, Any]:
    found: dict[str, Any] = caller.call(
        "GET", f"/v1/organisations/{p.session.organisation_id}/dashboard"
    )
    return found


def _suppressed_note(p: Page, found: Mapping[str, Any]) -> str:
    below = int(found.get("suppressed_below") or 5)
    return p.t.gettext(SUPPRESSED_NOTE, below=p.t.number(below - 1))


def _retention_notes(p: Page, found: Mapping[str, Any], codes: Iterable[str]) -> list[str]:
    """For each retention step among ``codes`` the gateway answers its due hires for: how
    many reached it of those hired long enough ago to have reached it."""
    below = int(found.get("suppressed_below") or 5)

    def shown(count: Any) -> str:
        if count is None:
            return p.t.gettext(FEWER_THAN, n=p.t.number(below))
        return p.t.number(int(count))

    outcomes: Mapping[str, Any] = found.get("outcomes") or {}
    due: Mapping[str, Any] = found.get("retention_due") or {}
    notes = []
    for code in codes:
        step = due.get(code)
        if not step:
            continue
        notes.append(
            p.t.gettext(
                RETENTION_NOTE,
                retained=shown(outcomes.get(code, 0)),
                due=shown(step.get("count")),
                days=p.t.number(int(step.get("days") or 0)),
            )
        )
    return notes


def _officer_panels(p: Page, caller: SessionCaller) -> list[Panel]:
    found = _organisation_dashboard(p, caller)
    note = _suppressed_note(p, found)
    moved = found.get("moved_up") or {}
    outcomes = {code: messages.MATCH_STATES[code] for code in _JOB_OUTCOMES + _TRAINING_OUTCOMES}
    return [
        dashboard_panel(N_("Readiness now"), READINESS, found.get("readiness") or {}),
        dashboard_panel(
            N_("Moved up a stage"),
            {"moved_up": N_("Moved up a stage")},
            {"moved_up": moved.get("count")},
            notes=[
                p.t.gettext(
                    "Assessments that put someone on a later stage, since {date}.",
                    date=p.t.date(moved.get("since")),
                )
            ],
        ),
        dashboard_panel(
            N_("Placements and retention"),
            outcomes,
            found.get("outcomes") or {},
            notes=_retention_notes(p, found, _JOB_OUTCOMES),
        ),
        dashboard_panel(
            N_("Pay against their own income goal"),
            INCOME_BANDS,
            found.get("income") or {},
            notes=[note],
        ),
    ]


def _owner_panels(p: Page, caller: SessionCaller) -> list[Panel]:
    listed = _whole_list(caller, f"/v1/organisations/{p.session.organisation_id}/opportunities")
    items = listed.items
    statuses = Counter(str(o.get("status")) for o in items)
    states: Counter[str] = Counter()
    for opportunity in [o for o in items if o.get("status") == "open"][:_MAX_SHORTLISTS]:
        shortlist = caller.call("GET", f"/v1/opportunities/{opportunity['id']}/shortlist")
        states.update(str(card.get("state")) for card in shortlist.get("items", []))
    stages = ("accepted", "employer_interest", "introduced", "hired", "enrolled")
    counted = _organisation_dashboard(p, caller)
    codes = _JOB_OUTCOMES if p.session.role == "employer" else _TRAINING_OUTCOMES
    return [
        panel(
            N_("Your jobs and courses"),
            messages.OPPORTUNITY_STATUSES,
            statuses,
            notes=_partial_notes(p, listed),
        ),
        dashboard_panel(
            N_("Placements and retention"),
            {code: messages.MATCH_STATES[code] for code in codes},
            counted.get("outcomes") or {},
            notes=[*_retention_notes(p, counted, codes), _suppressed_note(p, counted)],
        ),
        # Held to the same small-count rule as the placements above, so the two panels
        # never disagree ("Hired: fewer than 5" beside "Hired: 3").
        dashboard_panel(
            N_("Candidates by stage"),
            {code: messages.MATCH_STATES[code] for code in stages},
            _withheld_below(states, int(counted.get("suppressed_below") or 5)),
        ),
    ]


def _withheld_below(counts: Counter[str], below: int) -> dict[str, int | None]:
    """Counts from 1 to ``below`` - 1 withheld (``None``), as the gateway withholds its own."""
    return {code: (n if n == 0 or n >= below else None) for code, n in counts.items()}


def _facilitator_panels(p: Page, caller: SessionCaller) -> list[Panel]:
    organisation_id = quote(str(p.session.organisation_id))
    listed = _whole_list(caller, f"/v1/organisations/{organisation_id}/peer-groups")
    statuses = Counter(str(g.get("status")) for g in listed.items)
    members = Counter(str(m.get("state")) for g in listed.items for m in g.get("members", []))
    partial = _partial_notes(p, listed)
    return [
        panel(N_("Peer groups"), messages.GROUP_STATUSES, statuses, notes=partial),
        panel(N_("Members"), messages.MEMBER_STATES, members, notes=partial),
        *_pool_panels(p, caller),
    ]


POOL_UNAVAILABLE = N_("The pool could not be counted just now. Try again in a minute.")


def _pool_panels(p: Page, caller: SessionCaller) -> list[Panel]:
    """The people the facilitator's groups may draw from (their organisation's and the
    sharing NGOs'), counted by peer groups: nobody named."""
    try:
        found = caller.call(
            "GET", "/v1/peer-group-pool", params={"language": list(messages.WORK_LANGUAGES)}
        )
    except GatewayProblem as problem:
        if problem.status < 500:
            raise
        return [
            panel(N_("Open to peer groups, by language"), {}, Counter(), gaps=[POOL_UNAVAILABLE])
        ]
    notes = [
        p.t.gettext(
            "People open to peer groups: {open}. Under 18 among them: {minors}.",
            open=_pool_count(p, found, "open"),
            minors=_pool_count(p, found, "minors"),
        )
    ]
    if found.get("estimated"):
        notes.append(
            p.t.gettext(
                "Estimated from a sample of {n} people in your pool.",
                n=p.t.number(int(found.get("people_considered") or 0)),
            )
        )
    if "suppressed_below" in found:
        notes.append(_suppressed_note(p, found))
    rounded_to = int(found.get("rounded_to") or 1)
    if rounded_to > 1:
        notes.append(p.t.gettext(ROUNDED_NOTE, n=p.t.number(rounded_to)))
    by_language: Mapping[str, int | None] = found.get("by_language") or {}
    languages = {code: p.t.language_name(code) for code in sorted(by_language)}
    days = {str(day): p.t.weekday(day) for day in range(1, 8)}
    return [
        dashboard_panel(
            N_("Open to peer groups, by language"), languages, by_language, notes=notes
        ),
        dashboard_panel(N_("Free on each day"), days, found.get("by_day") or {}),
        dashboard_panel(
            N_("The focus they chose"), messages.GROUP_FOCUSES, found.get("by_focus") or {}
        ),
    ]


def _pool_count(p: Page, found: Mapping[str, Any], name: str) -> str:
    """One of the pool's counts in words: a withheld one (null) reads "fewer than 5"."""
    count = found.get(name)
    if count is None:
        below = int(found.get("suppressed_below") or 5)
        return p.t.gettext(FEWER_THAN, n=p.t.number(below))
    return p.t.number(int(count))


def _admin_panels(p: Page, caller: SessionCaller) -> list[Panel]:
    organisations = _whole_list(caller, "/v1/organisations")
    users = _whole_list(caller, "/v1/users")
    vetting = Counter(str(o.get("vetting")) for o in organisations.items)
    roles = Counter(str(u.get("role")) for u in users.items)
    return [
        panel(
            N_("Organisations"),
            {"pending": N_("Waiting for approval"), "vetted": N_("Approved")},
            vetting,
            notes=_partial_notes(p, organisations),
        ),
        panel(N_("Users and roles"), messages.ROLES, roles, notes=_partial_notes(p, users)),
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
