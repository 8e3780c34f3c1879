"""Employers and training providers: post and edit jobs or courses, open / pause / close
them, read the anonymised shortlist, express interest, record outcomes.

An employer posts jobs and a training provider courses (the kind follows the role). Every
person on these pages is an anonymous card from the gateway: a code name, languages,
skills, interest labels, readiness and the match's stage. Concepts are picked from the
vocabulary and shown by their labels in the reader's language, never by their ids.
"""

import uuid
from typing import Any
from urllib.parse import quote

from fastapi import APIRouter, Response
from fastapi.responses import HTMLResponse

from console import field_problems, forms, messages, opportunity_forms, vocabulary
from console.gateway_client import GatewayProblem, SessionCaller
from console.web import FormDep, Page, PageDep, context_of, render, require_role, see_other

__all__ = ["router"]

router = APIRouter()

#: Jobs or courses per page of the owner's list (the gateway's cursor holds the size).
OPPORTUNITIES_PAGE = 50
#: Field names whose errors mean the place: the coordinates are then shown open.
_PLACE_FIELDS = frozenset({"country", "district", "latitude", "longitude"})

_OUTCOMES = ("introduced", "hired", "retained_30", "retained_90", "retained_180")
_TRAINING_OUTCOMES = ("enrolled", "completed")
#: What the shortlist may announce after a step on a candidate's match (``?done=``): the
#: kind of step only, never who (the page shows each candidate's new stage).
_STEP_DONE = {
    "interest": "interest-expressed",
    "introduced": "introduced",
    "hired": "hired",
    "retained_30": "retained-30",
    "retained_90": "retained-90",
    "retained_180": "retained-180",
    "enrolled": "enrolled",
    "completed": "completed",
    "ended": "ended",
}
_SHORTLIST_DONE = frozenset(_STEP_DONE.values())
#: What the list of jobs and courses may announce after an owner's change to one of them
#: (``?done=<noun>-<change>``): the kind of change only, never which one (no title, nothing
#: typed). A status change is named by the status it sets.
_CHANGES = {
    "posted": "posted",
    "changed": "changed",
    "open": "reopened",  # only a paused or filled one is offered "Reopen"
    "paused": "paused",
    "filled": "filled",
    "closed": "closed",
}
_NOUNS = {"job": "job", "training": "course"}


def _owner(p: Page) -> SessionCaller:
    return require_role(p, "employer", "training_provider")


def _kind(p: Page) -> str:
    return "training" if p.session.role == "training_provider" else "job"


def _list_done(kind: str, change: str) -> str:
    """The code the list of jobs and courses announces after ``change`` to one of ``kind``."""
    return f"{_NOUNS[kind]}-{_CHANGES[change]}"


def _after_change(kind: str, change: str, page: str = "") -> Response:
    """Back to the list of jobs and courses (the page of it ``page`` names, a gateway
    cursor, when the change was made there), which says what was just done."""
    back = f"/opportunities?done={_list_done(kind, change)}"
    return see_other(f"{back}&page={quote(page)}" if page and forms.valid_cursor(page) else back)


def _checked_id(value: str) -> str:
    if not forms.valid_id(value):
        raise GatewayProblem(status=404, type="/problems/not-found")
    return value


def _key(form: Any) -> str | None:
    key = str(form.get("idem", ""))
    return key if forms.valid_idempotency_key(key) else None


@router.get("/opportunities", response_class=HTMLResponse)
def opportunities(p: PageDep, done: str = "", page: str = "") -> Response:
    """The owner's jobs or courses, a page at a time; ``page`` is the gateway's signed
    cursor (a position, no personal data), and a page with more after it links to the next.
    ``done``, the code of a change just made, is announced at the top when it is one of
    this owner's kind (an employer never reads "The course…")."""
    caller = _owner(p)
    kind = _kind(p)
    announced = {_list_done(kind, change) for change in _CHANGES}
    params: dict[str, Any] = {"limit": OPPORTUNITIES_PAGE}
    if page and forms.valid_cursor(page):
        params["cursor"] = page
    found = caller.call(
        "GET", f"/v1/organisations/{p.session.organisation_id}/opportunities", params=params
    )
    items = list(found.get("items", []))
    just_posted, p.session.just_posted = p.session.just_posted, None
    if just_posted and "cursor" not in params:
        items = _first(caller, items, just_posted)
    return render(
        p,
        "opportunities.html",
        title=p.t.gettext("Your jobs and courses"),
        items=items,
        actions=opportunity_forms.STATUS_ACTIONS,
        kind=kind,
        done=p.t.gettext(messages.DONE[done]) if done in announced else "",
        page=params.get("cursor", ""),
        next_page=found.get("next_cursor") or "",
    )


def _first(caller: SessionCaller, items: list[dict[str, Any]], opportunity_id: str) -> list[Any]:
    """``items`` with the one just posted first: the gateway lists by id, not by when, so
    it may be on a later page; it is read on its own then (gone meanwhile: left out)."""
    mine = [item for item in items if item.get("id") == opportunity_id]
    if not mine:
        try:
            mine = [caller.call("GET", f"/v1/opportunities/{_checked_id(opportunity_id)}")]
        except GatewayProblem as problem:
            if problem.status != 404:
                raise
    return mine + [item for item in items if item.get("id") != opportunity_id]


def _form_page(
    p: Page,
    *,
    opportunity: dict[str, Any] | None,
    values: dict[str, str],
    chosen: dict[str, list[str]],
    status: int = 200,
    errors: dict[str, str] | None = None,
    summary: str = "",
) -> Response:
    kind = str(opportunity["kind"]) if opportunity else _kind(p)
    if opportunity is None:
        title = p.t.gettext("Post a job") if kind == "job" else p.t.gettext("Post a course")
    else:
        title = p.t.gettext("Edit")
    found = vocabulary.of_page(p)
    language = p.t.language.tag
    errors = errors or {}
    return render(
        p,
        "opportunity_form.html",
        status=status,
        title=title,
        heading=title,
        opportunity=opportunity,
        kind=kind,
        values=values,
        chosen={name: set(ids) for name, ids in chosen.items()},
        sectors=found.sector_groups(language, keep=[values.get("sector", "")]),
        skill_choices=found.choices(
            vocabulary.SKILL_KINDS, language, keep=chosen.get("skills", ())
        ),
        coordinates_open=bool(
            _PLACE_FIELDS & set(errors) or values.get("latitude") or values.get("longitude")
        ),
        errors=errors,
        summary=summary,
        idem=uuid.uuid4().hex,
        hours=opportunity_forms.HOURS,
        workplace_conditions=(*opportunity_forms.WORKPLACE_CONDITIONS, "hazardous"),
        accommodations=opportunity_forms.ACCOMMODATIONS,
    )


def _posted(form: Any) -> tuple[dict[str, str], dict[str, list[str]]]:
    """The form's one-value fields, and its checkboxes' values in the order posted."""
    values = {
        k: str(v)
        for k, v in form.items()
        if k != "csrf_token" and k not in opportunity_forms.MULTI_FIELDS
    }
    chosen = {name: [str(v) for v in form.getlist(name)] for name in opportunity_forms.MULTI_FIELDS}
    return values, chosen


def _errors_of(
    p: Page, problem: GatewayProblem, values: dict[str, str], chosen: dict[str, list[str]]
) -> tuple[dict[str, str], str]:
    errors = field_problems.field_messages(
        problem.errors,
        field_for=opportunity_forms.field_for_opportunity_error,
        t=p.t,
        vocabulary=vocabulary.of_page(p),
        sent={"sector": [values.get("sector", "")], **chosen},
        places={"location"},
    )
    text = messages.problem_summary(problem.slug, located=bool(errors))
    return errors, p.t.gettext(text)


@router.get("/opportunities/new", response_class=HTMLResponse)
def new_opportunity(p: PageDep) -> Response:
    _owner(p)
    return _form_page(
        p,
        opportunity=None,
        values={"level": "conversational", "hours": "any", "openings": "1", "minimum_age": "18"},
        chosen={},
    )


@router.post("/opportunities/new", response_class=HTMLResponse)
def post_opportunity(p: PageDep, form: FormDep) -> Response:
    caller = _owner(p)
    values, chosen = _posted(form)
    try:
        posted = caller.call(
            "POST",
            f"/v1/organisations/{p.session.organisation_id}/opportunities",
            json=opportunity_forms.opportunity_body(values, chosen, kind=_kind(p)),
            idempotency_key=_key(form),
        )
    except GatewayProblem as problem:
        if problem.status not in {409, 422}:
            raise
        errors, summary = _errors_of(p, problem, values, chosen)
        return _form_page(
            p,
            opportunity=None,
            values=values,
            chosen=chosen,
            status=422,
            errors=errors,
            summary=summary,
        )
    # Shown first on the list it lands on, wherever the gateway's order puts it.
    p.session.just_posted = str(posted.get("id", "")) if isinstance(posted, dict) else None
    return _after_change(_kind(p), "posted")


@router.get("/opportunities/{opportunity_id}/edit", response_class=HTMLResponse)
def edit_opportunity(p: PageDep, opportunity_id: str) -> Response:
    caller = _owner(p)
    opportunity = caller.call("GET", f"/v1/opportunities/{_checked_id(opportunity_id)}")
    return _form_page(
        p,
        opportunity=opportunity,
        values=opportunity_forms.form_values_of(opportunity),
        chosen=opportunity_forms.chosen_of(opportunity),
    )


@router.post("/opportunities/{opportunity_id}/edit", response_class=HTMLResponse)
def save_opportunity(p: PageDep, form: FormDep, opportunity_id: str) -> Response:
    caller = _owner(p)
    current = caller.call("GET", f"/v1/opportunities/{_checked_id(opportunity_id)}")
    values, chosen = _posted(form)
    # The version the person edited, not the one just read: a change made meanwhile is a
    # 412 ("someone changed this record"), never silently overwritten.
    version = str(form.get("version", ""))
    if not version.isdigit():
        raise GatewayProblem(status=422, type="/problems/validation-error")
    try:
        caller.call(
            "PUT",
            f"/v1/opportunities/{opportunity_id}",
            json=opportunity_forms.opportunity_body(
                values, chosen, kind=str(current["kind"]), current=current
            ),
            headers={"If-Match": f'"{version}"'},
        )
    except GatewayProblem as problem:
        if problem.status not in {409, 422}:
            raise
        errors, summary = _errors_of(p, problem, values, chosen)
        return _form_page(
            p,
            opportunity=current,
            values=values,
            chosen=chosen,
            status=422,
            errors=errors,
            summary=summary,
        )
    return _after_change(_kind(p), "changed")


@router.post("/opportunities/{opportunity_id}/status")
def set_status(p: PageDep, form: FormDep, opportunity_id: str) -> Response:
    caller = _owner(p)
    status = str(form.get("status", ""))
    version = str(form.get("version", ""))
    if status not in messages.OPPORTUNITY_STATUSES or not version.isdigit():
        raise GatewayProblem(status=422, type="/problems/validation-error")
    caller.call(
        "PUT",
        f"/v1/opportunities/{_checked_id(opportunity_id)}/status",
        json={"status": status},
        headers={"If-Match": f'"{version}"'},
    )
    return _after_change(_kind(p), status, page=str(form.get("page", "")))


def _labels(
    concepts: vocabulary.Vocabulary | None, p: Page, card: dict[str, Any], ids: str, labels: str
) -> list[str]:
    """A card's concepts by their labels in the reader's language (the gateway's own labels,
    in English, when it sent no ids or the vocabulary is out of reach): an employer never
    reads a concept id."""
    found = card.get(ids)
    if concepts is not None and isinstance(found, list) and found:
        return concepts.labels([str(i) for i in found], p.t.language.tag)
    return [str(label) for label in card.get(labels) or []]


@router.get("/opportunities/{opportunity_id}/shortlist", response_class=HTMLResponse)
def shortlist(p: PageDep, opportunity_id: str, done: str = "") -> Response:
    return _shortlist_page(p, opportunity_id, done=done)


def _shortlist_page(
    p: Page,
    opportunity_id: str,
    *,
    refused: dict[str, Any] | None = None,
    status: int = 200,
    done: str = "",
) -> Response:
    """The shortlist; ``refused`` is the outcome form the gateway refused (its match id,
    what was sent and the message), drawn again with the message beside it; ``done`` the
    code of the step just recorded, announced at the top."""
    caller = _owner(p)
    opportunity = caller.call("GET", f"/v1/opportunities/{_checked_id(opportunity_id)}")
    found = caller.call("GET", f"/v1/opportunities/{opportunity_id}/shortlist")
    concepts = vocabulary.of_page_if_reachable(p)
    items = [
        {
            **card,
            "skills": _labels(concepts, p, card, "skill_ids", "skills"),
            "interests": _labels(concepts, p, card, "interest_ids", "interests"),
            "idem": uuid.uuid4().hex,
            "next": opportunity_forms.next_outcomes(
                kind=str(opportunity.get("kind")), state=card.get("state")
            ),
            "refused": refused if refused and refused["match_id"] == card.get("match_id") else None,
        }
        for card in found.get("items", [])
    ]
    return render(
        p,
        "shortlist.html",
        status=status,
        title=p.t.gettext("Shortlist"),
        opportunity=opportunity,
        items=items,
        idem=uuid.uuid4().hex,
        today=context_of(p.request).today().isoformat(),
        done=p.t.gettext(messages.DONE[done]) if done in _SHORTLIST_DONE else "",
    )


def _after_step(opportunity_id: str, step: str) -> Response:
    """Back to the shortlist, which says which kind of step was recorded."""
    shortlist_url = f"/opportunities/{quote(_checked_id(opportunity_id))}/shortlist"
    return see_other(f"{shortlist_url}?done={_STEP_DONE[step]}")


@router.post("/opportunities/{opportunity_id}/interest")
def express_interest(p: PageDep, form: FormDep, opportunity_id: str) -> Response:
    caller = _owner(p)
    match_id = _checked_id(str(form.get("match_id", "")))
    caller.call(
        "POST",
        f"/v1/matches/{match_id}/interest",
        json={},
        idempotency_key=_key(form),
    )
    return _after_step(opportunity_id, "interest")


@router.post("/opportunities/{opportunity_id}/outcomes")
def record_outcome(p: PageDep, form: FormDep, opportunity_id: str) -> Response:
    """The next step of one candidate's match (hired with the monthly wage, still employed
    at 30/90/180 days, enrolled, completed, ended) and the day it happened. A refusal (a
    step out of order, a day matching does not allow) is shown on that candidate's form."""
    caller = _owner(p)
    match_id = _checked_id(str(form.get("match_id", "")))
    body = opportunity_forms.outcome_body(form)
    if body["outcome"] not in {*_OUTCOMES, *_TRAINING_OUTCOMES, "ended"}:
        raise GatewayProblem(status=422, type="/problems/validation-error")
    sent = {
        "match_id": match_id,
        "outcome": body["outcome"],
        "occurred_on": str(form.get("occurred_on", "")).strip(),
        "wage_amount": str(form.get("wage_amount", "")).strip(),
        "wage_currency": str(form.get("wage_currency", "")).strip().upper(),
    }
    refused_here = opportunity_forms.outcome_problem(form)
    if refused_here is not None:  # nothing recorded: the form again, the message at the field
        field, text = refused_here
        refused = {**sent, "field": field, "message": p.t.gettext(text)}
        return _shortlist_page(p, opportunity_id, refused=refused, status=422)
    try:
        caller.call(
            "POST", f"/v1/matches/{match_id}/outcomes", json=body, idempotency_key=_key(form)
        )
    except GatewayProblem as problem:
        if problem.status not in {409, 422}:
            raise
        refused = {
            **sent,
            "field": "occurred_on",
            "message": opportunity_forms.outcome_refusal(problem, p.t),
        }
        return _shortlist_page(p, opportunity_id, refused=refused, status=problem.status)
    return _after_step(opportunity_id, str(body["outcome"]))
