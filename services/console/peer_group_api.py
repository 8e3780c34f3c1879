"""The gateway's peer-group routes, as the facilitator pages and the officer's case page use
them (one module on purpose).

Peer groups are being reworked in the gateway: a long proposal now answers ``202 Accepted``
with an operation to read again (``GET /v1/peer-group-proposals/{id}``), a quick one its
result at once. Every call the console makes to them is here, so such a change is made in
this one file. What comes back is alias-level only: the gateway never gives a facilitator
a survivor id, and nothing here asks for one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote

from console.gateway_client import GatewayProblem, SessionCaller

__all__ = [
    "PendingProposal",
    "ProposalSummary",
    "close_group",
    "create_group",
    "get_group",
    "leave_group",
    "list_groups",
    "lock_member",
    "proposal_progress",
    "propose_members",
    "publish_invitations",
    "remove_member",
    "survivor_groups",
    "update_settings",
]


@dataclass(frozen=True)
class ProposalSummary:
    """What a facilitator reads about the last proposal: never who was left out, only why
    and how many (aliases of left-out people are not shown: they are not in the group)."""

    cohesion: float
    shared: list[str]
    feasible: bool
    reason: str | None
    left_out_counts: dict[str, int] = field(default_factory=dict)


_OPERATION_ID = re.compile(r"^[A-Za-z0-9_\-]{3,64}$")


def _if_match(version: int | None) -> dict[str, str]:
    return {"If-Match": f'"{version}"'} if version is not None else {}


def list_groups(caller: SessionCaller, *, organisation_id: str) -> list[dict[str, Any]]:
    found = caller.call(
        "GET",
        f"/v1/organisations/{quote(organisation_id)}/peer-groups",
        params={"limit": 100},
    )
    items: list[dict[str, Any]] = found.get("items", [])
    return items


def get_group(caller: SessionCaller, group_id: str) -> dict[str, Any]:
    group: dict[str, Any] = caller.call("GET", f"/v1/peer-groups/{quote(group_id)}")
    return group


def create_group(
    caller: SessionCaller, *, organisation_id: str, settings: dict[str, Any], idempotency_key: str
) -> dict[str, Any]:
    group: dict[str, Any] = caller.call(
        "POST",
        f"/v1/organisations/{quote(organisation_id)}/peer-groups",
        json=settings,
        idempotency_key=idempotency_key,
    )
    return group


def update_settings(
    caller: SessionCaller, group_id: str, *, settings: dict[str, Any], version: int
) -> dict[str, Any]:
    """Replace the group's settings, if it is still at ``version`` (the one the form was
    read at): a change made meanwhile answers 412, never overwritten. The gateway drops
    the proposals not locked in (they were made for the old settings)."""
    group: dict[str, Any] = caller.call(
        "PUT",
        f"/v1/peer-groups/{quote(group_id)}/settings",
        json=settings,
        headers=_if_match(version),
    )
    return group


def _summary(result: dict[str, Any], group_id: str) -> ProposalSummary:
    proposal: dict[str, Any] = next(
        (p for p in result.get("proposals", []) if p.get("group_id") == group_id), {}
    )
    return ProposalSummary(
        cohesion=float(proposal.get("cohesion", 0.0)),
        shared=[str(s) for s in proposal.get("shared", [])],
        feasible=bool(proposal.get("feasible", False)),
        reason=proposal.get("reason"),
        left_out_counts={str(k): int(v) for k, v in result.get("left_out_counts", {}).items()},
    )


@dataclass(frozen=True)
class PendingProposal:
    """A proposal the gateway is still forming (it answered ``202 Accepted``): its
    operation id, to be read again until it is done."""

    operation_id: str


def _outcome(answer: dict[str, Any], group_id: str) -> ProposalSummary | PendingProposal:
    """A quick proposal is its result (200); a long one is an operation (202) that is
    running, succeeded (with its result) or failed (a conflict to show, and ask again)."""
    if "proposals" in answer:
        return _summary(answer, group_id)
    state = answer.get("state")
    if state == "succeeded" and isinstance(answer.get("result"), dict):
        return _summary(answer["result"], group_id)
    if state == "running" and _OPERATION_ID.match(str(answer.get("id", ""))):
        return PendingProposal(operation_id=str(answer["id"]))
    raise GatewayProblem(status=503, type="/problems/backend-unavailable")


def propose_members(
    caller: SessionCaller, group_id: str, *, idempotency_key: str
) -> ProposalSummary | PendingProposal:
    """One group's proposal (the API can fill several groups at once; a page fills one)."""
    answer = caller.call(
        "POST",
        "/v1/peer-group-proposals",
        json={"group_ids": [group_id]},
        idempotency_key=idempotency_key,
    )
    return _outcome(answer, group_id)


def proposal_progress(
    caller: SessionCaller, pending: PendingProposal, group_id: str
) -> ProposalSummary | PendingProposal:
    """The pending proposal read again: still pending, or its result."""
    answer = caller.call("GET", f"/v1/peer-group-proposals/{quote(pending.operation_id)}")
    return _outcome(answer, group_id)


def lock_member(
    caller: SessionCaller, group_id: str, alias: str, *, version: int | None, idempotency_key: str
) -> dict[str, Any]:
    group: dict[str, Any] = caller.call(
        "POST",
        f"/v1/peer-groups/{quote(group_id)}/members/{quote(alias)}/lock",
        headers=_if_match(version),
        idempotency_key=idempotency_key,
    )
    return group


def remove_member(
    caller: SessionCaller, group_id: str, alias: str, *, version: int | None
) -> dict[str, Any]:
    group: dict[str, Any] = caller.call(
        "DELETE",
        f"/v1/peer-groups/{quote(group_id)}/members/{quote(alias)}",
        headers=_if_match(version),
    )
    return group


def publish_invitations(
    caller: SessionCaller, group_id: str, *, version: int | None, idempotency_key: str
) -> dict[str, Any]:
    group: dict[str, Any] = caller.call(
        "POST",
        f"/v1/peer-groups/{quote(group_id)}/invitations",
        headers=_if_match(version),
        idempotency_key=idempotency_key,
    )
    return group


def close_group(
    caller: SessionCaller, group_id: str, *, version: int, idempotency_key: str
) -> dict[str, Any]:
    group: dict[str, Any] = caller.call(
        "POST",
        f"/v1/peer-groups/{quote(group_id)}/closure",
        headers=_if_match(version),
        idempotency_key=idempotency_key,
    )
    return group


# -- officers, for their own survivors -----------------------------------------------------------


def survivor_groups(caller: SessionCaller, survivor_id: str) -> list[dict[str, Any]]:
    """The open groups the survivor has a place in (or had), with their own place only.

    None when peer groups does not hold the survivor (404: no consent to peer groups, or
    matching's event about a survivor registered a moment ago not there yet). That is no
    error here: every caller has just read the survivor from matching, which checks they
    are the officer's (the case page of a new survivor showed "Not found" when the event
    was slow)."""
    try:
        found = caller.call("GET", f"/v1/survivors/{quote(survivor_id)}/peer-groups")
    except GatewayProblem as problem:
        if problem.status == 404:
            return []
        raise
    items: list[dict[str, Any]] = found.get("items", [])
    return items


def leave_group(
    caller: SessionCaller, group_id: str, *, survivor_id: str, idempotency_key: str
) -> dict[str, Any]:
    """Record that the survivor, invited or joined, leaves the group."""
    group: dict[str, Any] = caller.call(
        "POST",
        f"/v1/peer-groups/{quote(group_id)}/departures",
        json={"survivor_id": survivor_id},
        idempotency_key=idempotency_key,
    )
    return group
