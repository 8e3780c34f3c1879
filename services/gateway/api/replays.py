"""How a retried POST is answered, route by route, and what its record may keep.

The first answer of a POST is never kept: it may hold a survivor's whole profile, and a
copy in the idempotency store would outlive erasure and skip every later check. A retry
with the same ``Idempotency-Key`` is answered in one of two ways, chosen here for every
POST route under ``/v1`` (a unit test fails on a POST route missing from :data:`REPLAYS`):

- :attr:`Answer.READ`: the normal read of what the first request created or changed (the
  ``GET`` of its ``Location``, or of the resource its path names), dispatched inside the
  gateway with the caller's own token, so it is authorised, shaped for the role and
  audited exactly as if the client had sent it. The first status and ``Location`` go on
  it, with ``Idempotent-Replayed: true``. Where that read refuses (404 after erasure or
  once consent is withdrawn, 403, 401), its refusal is the answer.
- :attr:`Answer.RECEIPT`: where no read gives the answer back (a matching round, a
  peer-group proposal, a group an officer may not read) or the answer carries words typed
  about a person (a decision's reason, in the match's history), the record keeps a
  receipt: ids, states, versions, codes and numbers, picked field by field from the first
  answer. Where a read exists it still runs first and its body is dropped, so the replay
  is refused and audited exactly as the read would be; otherwise the middleware audits the
  replay under the route's own action.

``survivors`` names the pseudonymous ids each record concerns: the store files the record
under each, and erasing one of them empties it.

Pure: the middleware (``gateway.api.idempotency``) does the I/O.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from gateway.ports import StoredResponse

__all__ = [
    "REPLAYS",
    "Answer",
    "AuditNote",
    "FirstAnswer",
    "Replay",
    "plain_location",
]

_PLAIN_ID = re.compile(r"^[A-Za-z0-9_\-]{1,64}$")
_PLAIN_LOCATION = re.compile(r"^/v1(?:/[A-Za-z0-9_\-]{1,64}){1,6}$")
_SURVIVOR_LOCATION = re.compile(r"^/v1/survivors/([A-Za-z0-9_\-]{1,64})$")
_CODE = re.compile(r"^[A-Za-z0-9_\-.:]{1,64}$")
_NAME_LENGTH = 200


class Answer(StrEnum):
    READ = "read"
    RECEIPT = "receipt"


@dataclass(frozen=True, slots=True)
class FirstAnswer:
    """What the middleware saw of a first request that succeeded (never stored as such)."""

    params: Mapping[str, str]
    #: The request body as JSON (None if it was not).
    request: Any
    #: The answer's body as JSON (None if it was not).
    answer: Any
    location: str | None


@dataclass(frozen=True, slots=True)
class AuditNote:
    """One audit record of a replay answered without a read."""

    survivor_id: str | None = None
    target_id: str | None = None


def _plain_id(value: Any) -> str | None:
    return value if isinstance(value, str) and _PLAIN_ID.fullmatch(value) else None


def _plain_ids(values: Any) -> list[str]:
    if not isinstance(values, list):
        return []
    return [found for found in map(_plain_id, values) if found is not None]


def _number(value: Any) -> float | int | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return value


def _code(value: Any) -> str | None:
    return value if isinstance(value, str) and _CODE.fullmatch(value) else None


def _object(value: Any) -> Mapping[str, Any]:
    return value if isinstance(value, Mapping) else {}


def plain_location(value: str | None) -> str | None:
    """A ``Location`` the gateway made (a path of ids under ``/v1``), else None."""
    return value if value is not None and _PLAIN_LOCATION.fullmatch(value) else None


# -- receipts: field by field, ids, states, versions, codes and numbers only ----------------


def _match_receipt(answer: Any) -> dict[str, Any]:
    """A match after a step: which, in what state, at what version. Not its history (a
    decline's reason is the survivor's own words), reasons, score or wage."""
    found = _object(answer)
    return {
        "view": _code(found.get("view")),
        "id": _plain_id(found.get("id")),
        "state": _code(found.get("state")),
        "version": _number(found.get("version")),
    }


def _partnership_receipt(answer: Any) -> dict[str, Any]:
    """A partnership as its acceptance answered it: the two organisations, by id and name
    (organisations', never a person's), and when it was made and accepted."""
    found = _object(answer)

    def name(value: Any) -> str:
        return value if isinstance(value, str) and len(value) <= _NAME_LENGTH else ""

    return {
        "organisation_id": _plain_id(found.get("organisation_id")),
        "organisation_name": name(found.get("organisation_name")),
        "partner_id": _plain_id(found.get("partner_id")),
        "partner_name": name(found.get("partner_name")),
        "created_at": _code(found.get("created_at")),
        "accepted_at": _code(found.get("accepted_at")),
    }


def _group_receipt(answer: Any) -> dict[str, Any]:
    """A group after an officer's answer for a survivor: not its member cards."""
    found = _object(answer)
    return {
        "id": _plain_id(found.get("id")),
        "status": _code(found.get("status")),
        "version": _number(found.get("version")),
    }


def _round_receipt(answer: Any) -> dict[str, Any]:
    """The assignment: pseudonymous ids and totals (the record is filed under each
    survivor it names)."""
    found = _object(answer)
    optimal = []
    pairs = found.get("optimal")
    for pair in pairs if isinstance(pairs, list) else ():
        survivor = _plain_id(_object(pair).get("survivor_id"))
        opportunity = _plain_id(_object(pair).get("opportunity_id"))
        if survivor is not None and opportunity is not None:
            optimal.append({"survivor_id": survivor, "opportunity_id": opportunity})
    return {
        "optimal": optimal,
        "optimal_total_fit": _number(found.get("optimal_total_fit")),
        "greedy_total_fit": _number(found.get("greedy_total_fit")),
        "greedy_assigned": _number(found.get("greedy_assigned")),
        "unassigned_survivor_ids": _plain_ids(found.get("unassigned_survivor_ids")),
    }


def _proposal_receipt(answer: Any) -> dict[str, Any]:
    """Per group: cohesion, feasibility and why not; counts of who was left out, by rule.
    No member cards, aliases or what members share (the groups' reads show members)."""
    found = _object(answer)
    proposals = []
    items = found.get("proposals")
    for item in items if isinstance(items, list) else ():
        proposal = _object(item)
        group = _plain_id(proposal.get("group_id"))
        if group is None:
            continue
        proposals.append(
            {
                "group_id": group,
                "cohesion": _number(proposal.get("cohesion")),
                "feasible": proposal.get("feasible") is True,
                "reason": _code(proposal.get("reason")),
            }
        )
    counts = {
        code: count
        for code, count in _object(found.get("left_out_counts")).items()
        if _code(code) is not None and isinstance(count, int) and not isinstance(count, bool)
    }
    return {"proposals": proposals, "left_out_counts": counts}


# -- the survivors a record names -----------------------------------------------------------


def _nobody(first: FirstAnswer) -> list[str]:
    del first
    return []


def _survivor_in_path(first: FirstAnswer) -> list[str]:
    return _plain_ids([first.params.get("survivor_id")])


def _survivor_at_location(first: FirstAnswer) -> list[str]:
    found = _SURVIVOR_LOCATION.fullmatch(first.location or "")
    return [found.group(1)] if found else []


def _survivor_in_answer(first: FirstAnswer) -> list[str]:
    """An officer's view of a match names its survivor; an employer's does not."""
    return _plain_ids([_object(first.answer).get("survivor_id")])


def _survivor_in_request(first: FirstAnswer) -> list[str]:
    return _plain_ids([_object(first.request).get("survivor_id")])


def _survivors_of_round(request: Any, receipt: Mapping[str, Any]) -> list[str]:
    named = set(_plain_ids(_object(request).get("survivor_ids")))
    named |= {pair["survivor_id"] for pair in receipt.get("optimal", ())}
    named |= set(receipt.get("unassigned_survivor_ids", ()))
    return sorted(named)


def _round_survivors(first: FirstAnswer) -> list[str]:
    return _survivors_of_round(first.request, _round_receipt(first.answer))


# -- audit of replays answered without a read (as the routes record the first request) -----


def _audit_round(params: Mapping[str, str], request: Any, receipt: Any) -> list[AuditNote]:
    del params
    return [AuditNote(survivor_id=s) for s in _survivors_of_round(request, _object(receipt))]


def _audit_proposal(params: Mapping[str, str], request: Any, receipt: Any) -> list[AuditNote]:
    del params, receipt
    return [AuditNote(target_id=group) for group in _plain_ids(_object(request).get("group_ids"))]


def _audit_answer(params: Mapping[str, str], request: Any, receipt: Any) -> list[AuditNote]:
    del receipt
    return [
        AuditNote(survivor_id=survivor, target_id=_plain_id(params.get("group_id")))
        for survivor in _plain_ids([_object(request).get("survivor_id")])
    ]


Auditor = Callable[[Mapping[str, str], Any, Any], list[AuditNote]]


@dataclass(frozen=True, slots=True)
class Replay:
    """How one POST route answers a retry (see the module's docstring)."""

    answer: Answer
    #: The read that rebuilds (READ) or admits (RECEIPT) a replay: a path template of the
    #: route's parameters, or ``{location}`` for the first answer's ``Location``.
    read: str | None = None
    receipt: Callable[[Any], dict[str, Any]] | None = None
    survivors: Callable[[FirstAnswer], Iterable[str]] = _nobody
    #: For a receipt answered without a read: the audit records of a replay.
    audit: Auditor | None = None

    def keep(self, *, status: int, first: FirstAnswer) -> StoredResponse:
        """What the record keeps of a first request that succeeded with ``status``."""
        receipt = self.receipt(first.answer) if self.receipt is not None else None
        return StoredResponse(
            status=status,
            location=plain_location(first.location),
            receipt=json.dumps(receipt, separators=(",", ":")) if receipt is not None else None,
            survivors=tuple(sorted(set(_plain_ids(list(self.survivors(first)))))),
        )

    def read_path(self, params: Mapping[str, str], stored: StoredResponse) -> str | None:
        """The path of the read, or None when there is none (or it cannot be made)."""
        if self.read is None:
            return None
        if self.read == "{location}":
            return plain_location(stored.location)
        if any(_plain_id(value) is None for value in params.values()):
            return None
        return plain_location(self.read.format(**params))


def _read(template: str, **kwargs: Any) -> Replay:
    return Replay(answer=Answer.READ, read=template, **kwargs)


_MATCH_STEP = Replay(
    answer=Answer.RECEIPT,
    read="/v1/matches/{match_id}",
    receipt=_match_receipt,
    survivors=_survivor_in_answer,
)
_OFFICER_ANSWER = Replay(
    answer=Answer.RECEIPT,
    receipt=_group_receipt,
    survivors=_survivor_in_request,
    audit=_audit_answer,
)
_GROUP = "/v1/peer-groups/{group_id}"

#: Every POST route under /v1 (but /v1/auth/*), by its path template.
REPLAYS: Mapping[str, Replay] = {
    # administration
    "/v1/organisations": _read("{location}"),
    "/v1/organisations/{organisation_id}/vetting": _read("/v1/organisations/{organisation_id}"),
    "/v1/organisations/{organisation_id}/suspension": _read("/v1/organisations/{organisation_id}"),
    "/v1/users": _read("{location}"),
    "/v1/users/{user_id}/approval": _read("/v1/users/{user_id}"),
    # No read gives one partnership back: a receipt of the first answer, in its shape, the
    # partner list read first so that the replay is refused and audited as that read is.
    "/v1/organisations/{organisation_id}/partners/{partner_id}/acceptance": Replay(
        answer=Answer.RECEIPT,
        read="/v1/organisations/{organisation_id}/partners",
        receipt=_partnership_receipt,
    ),
    "/v1/outcome-model/trainings": _read("/v1/outcome-model"),
    # survivors and matches
    "/v1/organisations/{organisation_id}/survivors": _read(
        "{location}", survivors=_survivor_at_location
    ),
    "/v1/survivors/{survivor_id}/readiness-assessments": _read(
        "/v1/survivors/{survivor_id}", survivors=_survivor_in_path
    ),
    "/v1/survivors/{survivor_id}/matches": _read("{location}", survivors=_survivor_in_path),
    "/v1/matches/{match_id}/decision": _MATCH_STEP,
    "/v1/matches/{match_id}/interest": _MATCH_STEP,
    "/v1/matches/{match_id}/outcomes": _MATCH_STEP,
    "/v1/matching-rounds": Replay(
        answer=Answer.RECEIPT,
        receipt=_round_receipt,
        survivors=_round_survivors,
        audit=_audit_round,
    ),
    # opportunities
    "/v1/organisations/{organisation_id}/opportunities": _read("{location}"),
    # peer groups
    "/v1/organisations/{organisation_id}/peer-groups": _read("{location}"),
    "/v1/peer-groups/{group_id}/closure": _read(_GROUP),
    "/v1/peer-groups/{group_id}/members/{alias}/lock": _read(_GROUP),
    "/v1/peer-groups/{group_id}/invitations": _read(_GROUP),
    "/v1/peer-group-proposals": Replay(
        answer=Answer.RECEIPT, receipt=_proposal_receipt, audit=_audit_proposal
    ),
    # officers answer for their survivors; they may not read the group
    "/v1/peer-groups/{group_id}/answers": _OFFICER_ANSWER,
    "/v1/peer-groups/{group_id}/departures": _OFFICER_ANSWER,
}
