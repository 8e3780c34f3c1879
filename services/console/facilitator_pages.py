"""Facilitators: their groups, a group's settings (defined, then edited), a proposal's
cohesion and what members share, lock and remove, publish the invitations, and the answers
as officers record them.

Alias level only: every person is a card the gateway shapes for facilitators (code name,
languages, age band, shared interests by their vocabulary labels, state). Left-out people
are shown as counts by reason, never by alias, since they are not part of the group. All
gateway calls go through :mod:`console.peer_group_api`.
"""

import uuid
from collections.abc import Mapping
from typing import Any
from urllib.parse import quote

from fastapi import APIRouter, Response
from fastapi.responses import HTMLResponse

from console import field_problems, group_forms, messages, peer_group_api, vocabulary
from console.charts import cohesion_meter
from console.forms import valid_id, valid_idempotency_key
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

__all__ = ["router"]

router = APIRouter()

#: How soon a page showing a proposal still being formed reloads itself (seconds).
_POLL_AFTER_S = 2
#: What a group's page may announce after an act (``?done=``).
_GROUP_DONE = ("member-removed", "invitations-published")
#: The same, after new settings were saved (``messages.DONE``).
_SETTINGS_DONE = ("settings-changed", "settings-changed-proposals-dropped")
#: Proposal summaries kept per session (one per group the facilitator worked on lately).
_MAX_SUMMARIES = 20


def _facilitator(p: Page) -> SessionCaller:
    return require_role(p, "facilitator")


def _checked_id(group_id: str) -> str:
    if not valid_id(group_id):
        raise GatewayProblem(status=404, type="/problems/not-found")
    return group_id


def _key(form: Any) -> str:
    key = str(form.get("idem", ""))
    return key if valid_idempotency_key(key) else uuid.uuid4().hex


def _version(form: Any) -> int | None:
    version = str(form.get("version", ""))
    return int(version) if version.isdigit() else None


@router.get("/groups", response_class=HTMLResponse)
def groups(p: PageDep) -> Response:
    caller = _facilitator(p)
    items = peer_group_api.list_groups(caller, organisation_id=str(p.session.organisation_id))
    return render(p, "groups.html", title=p.t.gettext("Peer groups"), items=items)


def _group_form_page(
    p: Page,
    *,
    status: int = 200,
    values: Mapping[str, str] | None = None,
    errors: dict[str, str] | None = None,
    summary: str = "",
    editing: dict[str, Any] | None = None,
) -> Response:
    """The group form: a new group's, or (``editing``: the group as read) its settings'."""
    shown = dict(values or group_forms.NEW_GROUP_VALUES)
    edit = None
    if editing is not None:
        members = editing.get("members", [])
        kept = group_forms.kept_settings(editing.get("settings") or {})
        edit = {
            "id": editing["id"],
            "version": editing.get("version", ""),
            # What saving does to them (``Group.change_settings``), counted for this group.
            "dropped": _unlocked_proposals(editing),
            "staying": sum(
                1
                for m in members
                if m.get("state") in {"invited", "joined"}
                or (m.get("state") == "proposed" and m.get("locked"))
            ),
            "keeps_unseen": bool(kept["focuses"] or kept["adults_only"] or kept["schedule"]),
        }
    return render(
        p,
        "group_new.html",
        status=status,
        title=(
            p.t.gettext("Edit the group's settings") if edit else p.t.gettext("Define a peer group")
        ),
        values=shown,
        errors=errors or {},
        summary=summary,
        idem=shown.get("idem") or uuid.uuid4().hex,
        focuses=group_forms.FOCUSES,
        modalities=group_forms.MODALITIES,
        language_choices=group_forms.language_choices(shown),
        edit=edit,
    )


def _refused_form_errors(p: Page, problem: GatewayProblem) -> dict[str, str]:
    errors = field_problems.field_messages(
        problem.errors,
        field_for=group_forms.field_for_group_error,
        t=p.t,
    )
    for name, message in group_forms.whole_form_errors(problem.errors).items():
        errors.setdefault(name, p.t.gettext(message))
    return errors


@router.get("/groups/new", response_class=HTMLResponse)
def new_group(p: PageDep) -> Response:
    _facilitator(p)
    return _group_form_page(p)


@router.post("/groups/new", response_class=HTMLResponse)
def create_group(p: PageDep, form: FormDep) -> Response:
    caller = _facilitator(p)
    values = {k: str(v) for k, v in form.items() if k != "csrf_token"}
    try:
        group = peer_group_api.create_group(
            caller,
            organisation_id=str(p.session.organisation_id),
            settings=group_forms.group_settings_body(values),
            idempotency_key=_key(form),
        )
    except GatewayProblem as problem:
        if problem.status not in {409, 422}:
            raise
        errors = _refused_form_errors(p, problem)
        text = messages.problem_summary(problem.slug, located=bool(errors))
        return _group_form_page(
            p,
            status=422,
            values={**values, "idem": uuid.uuid4().hex},
            errors=errors,
            summary=p.t.gettext(text),
        )
    return see_other(f"/groups/{quote(str(group['id']))}")


def _open_group(caller: SessionCaller, group_id: str) -> dict[str, Any]:
    """The group, if its settings can still change (a closed group's cannot: 409)."""
    group = peer_group_api.get_group(caller, _checked_id(group_id))
    if group.get("status") == "closed":
        raise GatewayProblem(status=409, type="/problems/conflict")
    return group


def _unlocked_proposals(group: Mapping[str, Any]) -> int:
    return sum(
        1 for m in group.get("members", []) if m.get("state") == "proposed" and not m.get("locked")
    )


@router.get("/groups/{group_id}/settings", response_class=HTMLResponse)
def edit_settings(p: PageDep, group_id: str) -> Response:
    """The group's settings in the group form, as they are now, with what saving does."""
    caller = _facilitator(p)
    group = _open_group(caller, group_id)
    return _group_form_page(
        p, values=group_forms.settings_form(group.get("settings") or {}), editing=group
    )


@router.post("/groups/{group_id}/settings", response_class=HTMLResponse)
def save_settings(p: PageDep, form: FormDep, group_id: str) -> Response:
    caller = _facilitator(p)
    # The version the facilitator edited, not the one read now: a change made meanwhile is
    # a 412 from the gateway, never silently overwritten.
    version = _version(form)
    if version is None:
        raise GatewayProblem(status=422, type="/problems/validation-error")
    group = _open_group(caller, group_id)
    values = {k: str(v) for k, v in form.items() if k not in {"csrf_token", "version"}}
    settings = group_forms.group_settings_body(
        values, kept=group_forms.kept_settings(group.get("settings") or {})
    )
    try:
        saved = peer_group_api.update_settings(caller, group_id, settings=settings, version=version)
    except GatewayProblem as problem:
        if problem.status == 412:
            # Shown again as the group is now (what the facilitator typed would overwrite
            # someone else's change), with a sentence saying so: not an error page.
            current = _open_group(caller, group_id)
            return _group_form_page(
                p,
                status=412,
                values=group_forms.settings_form(current.get("settings") or {}),
                summary=p.t.gettext(messages.SETTINGS_CHANGED_MEANWHILE),
                editing=current,
            )
        if problem.status not in {409, 422}:
            raise
        text = (
            messages.SETTINGS_DO_NOT_FIT_MEMBERS
            if problem.status == 409
            else messages.PROBLEMS.get(problem.slug, messages.UNKNOWN_PROBLEM)
        )
        return _group_form_page(
            p,
            status=problem.status,
            values=values,
            errors=_refused_form_errors(p, problem),
            summary=p.t.gettext(text),
            editing={**group, "version": version},
        )
    dropped = _unlocked_proposals(group) > _unlocked_proposals(saved)
    done = "settings-changed-proposals-dropped" if dropped else "settings-changed"
    return see_other(f"/groups/{quote(group_id)}?done={done}")


def _done_notice(p: Page, done: str) -> str:
    return p.t.gettext(messages.DONE[done]) if done in (*_GROUP_DONE, *_SETTINGS_DONE) else ""


@router.get("/groups/{group_id}", response_class=HTMLResponse)
def group_page(p: PageDep, group_id: str, done: str = "") -> Response:
    caller = _facilitator(p)
    group = peer_group_api.get_group(caller, _checked_id(group_id))
    kept = p.session.proposals.get(group_id)
    if isinstance(kept, peer_group_api.PendingProposal):
        kept = peer_group_api.proposal_progress(caller, kept, group_id)
        p.session.proposals[group_id] = kept
    pending = isinstance(kept, peer_group_api.PendingProposal)
    summary = kept if isinstance(kept, peer_group_api.ProposalSummary) else None
    # Interests by their labels in the reader's language (ids only if out of reach).
    concepts = vocabulary.of_page_if_reachable(p)
    language = p.t.language.tag

    def label(concept_id: str) -> str:
        return concepts.label(concept_id, language) if concepts is not None else concept_id

    members = [
        {**m, "shared_interests": [label(str(i)) for i in m.get("shared_interests") or []]}
        for m in group.get("members", [])
    ]
    shared = [
        (kind, label(value) if kind == "interest" else value)
        for kind, value in (
            group_forms.shared_message(code) for code in (summary.shared if summary else [])
        )
    ]
    sentence = (
        group_forms.cohesion_sentence(summary.cohesion, [kind for kind, _value in shared])
        if summary is not None and summary.feasible
        else None
    )
    answers = {
        state: sum(1 for m in members if m.get("state") == state)
        for state in ("invited", "joined", "declined", "left")
    }
    return render(
        p,
        "group.html",
        title=p.t.gettext("Peer group"),
        group=group,
        members=members,
        answers=answers,
        proposal=summary,
        meter=cohesion_meter(summary.cohesion) if summary is not None else None,
        cohesion_sentence=(
            p.t.gettext(sentence, percent=p.t.percent(0.01)) if sentence is not None else None
        ),
        shared=shared,
        can_publish=any(m.get("state") == "proposed" for m in members),
        pending=pending,
        # A proposal still being formed: the page reads it again by itself (no script).
        refresh_after=_POLL_AFTER_S if pending else None,
        idem=uuid.uuid4().hex,
        done=_done_notice(p, done),
    )


@router.post("/groups/{group_id}/proposal")
def propose(p: PageDep, form: FormDep, group_id: str) -> Response:
    caller = _facilitator(p)
    summary = peer_group_api.propose_members(
        caller, _checked_id(group_id), idempotency_key=_key(form)
    )
    p.session.proposals.pop(group_id, None)
    p.session.proposals[group_id] = summary
    while len(p.session.proposals) > _MAX_SUMMARIES:
        p.session.proposals.pop(next(iter(p.session.proposals)))
    return see_other(f"/groups/{quote(group_id)}#proposal")


@router.post("/groups/{group_id}/members/{alias}/lock")
def lock(p: PageDep, form: FormDep, group_id: str, alias: str) -> Response:
    caller = _facilitator(p)
    peer_group_api.lock_member(
        caller,
        _checked_id(group_id),
        _checked_id(alias),
        version=_version(form),
        idempotency_key=_key(form),
    )
    return see_other(f"/groups/{quote(group_id)}#members")


@router.get("/groups/{group_id}/members/{alias}/removal", response_class=HTMLResponse)
def confirm_remove(p: PageDep, group_id: str, alias: str) -> Response:
    """The confirmation step: who is taken out, before anything is changed."""
    caller = _facilitator(p)
    group = peer_group_api.get_group(caller, _checked_id(group_id))
    if not any(m.get("alias") == _checked_id(alias) for m in group.get("members", [])):
        raise GatewayProblem(status=404, type="/problems/not-found")
    t = p.t
    return confirmation(
        p,
        question=t.gettext("Take {alias} out of this group?", alias=alias),
        consequence=t.gettext(
            "{alias} leaves this group, even if locked in or invited. To bring them back, "
            "propose members again.",
            alias=alias,
        ),
        yes=t.gettext("Yes, take {alias} out", alias=alias),
        action=f"/groups/{quote(group_id)}/members/{quote(alias)}/removal",
        back=f"/groups/{quote(group_id)}#members",
        fields={"version": str(group.get("version", ""))},
    )


@router.post("/groups/{group_id}/members/{alias}/removal")
def remove(p: PageDep, form: FormDep, group_id: str, alias: str) -> Response:
    caller = _facilitator(p)
    peer_group_api.remove_member(
        caller, _checked_id(group_id), _checked_id(alias), version=_version(form)
    )
    return see_other(f"/groups/{quote(group_id)}?done=member-removed#members")


@router.get("/groups/{group_id}/invitations", response_class=HTMLResponse)
def confirm_publish(p: PageDep, group_id: str) -> Response:
    """The confirmation step: invitations reach survivors and cannot be taken back."""
    caller = _facilitator(p)
    group = peer_group_api.get_group(caller, _checked_id(group_id))
    proposed = sum(1 for m in group.get("members", []) if m.get("state") == "proposed")
    t = p.t
    return confirmation(
        p,
        question=t.gettext("Publish the invitations?"),
        consequence=t.gettext(
            "The officers of the {count} proposed people see the invitation and ask each "
            "person for their answer. Published invitations cannot be taken back.",
            count=t.number(proposed),
        ),
        yes=t.gettext("Yes, publish the invitations"),
        action=f"/groups/{quote(group_id)}/invitations",
        back=f"/groups/{quote(group_id)}#members",
        fields={"version": str(group.get("version", "")), "idem": uuid.uuid4().hex},
    )


@router.post("/groups/{group_id}/invitations")
def publish(p: PageDep, form: FormDep, group_id: str) -> Response:
    caller = _facilitator(p)
    peer_group_api.publish_invitations(
        caller, _checked_id(group_id), version=_version(form), idempotency_key=_key(form)
    )
    return see_other(f"/groups/{quote(group_id)}?done=invitations-published#members")


@router.post("/groups/{group_id}/closure")
def close(p: PageDep, form: FormDep, group_id: str) -> Response:
    caller = _facilitator(p)
    version = _version(form)
    if version is None:
        raise GatewayProblem(status=422, type="/problems/validation-error")
    peer_group_api.close_group(
        caller, _checked_id(group_id), version=version, idempotency_key=_key(form)
    )
    return see_other(f"/groups/{quote(group_id)}")
