"""Refused calls on survivor-data routes, recorded as ``denied`` so admins can see probing.

A call is refused when the policy table gives the caller's role no grant (403), when the
object is unknown or belongs to another organisation (404, the gateway's or the backend's
NOT_FOUND / PERMISSION_DENIED). The record then names only what the caller asked for: the
route's first path parameter (the object id: survivor, match, group or organisation) as
``target_id``. Never ``survivor_id`` or the organisation holding a survivor, and nothing
read from the refused object: the gateway must not reveal, or even learn, whose survivor
it is, and an officer's view of the trail (by survivor id and own organisation) cannot
show these records. Admins see them in ``GET /v1/audit?outcome=denied``.

Not recorded: anonymous calls (no principal; they are answered 401, rate-limited and in
the access log by route template) and refusals of actions that touch no survivor data
(organisations, users, opportunities, group settings).

Pure; the ASGI middleware in ``gateway.api.authorization`` writes the record.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from gateway.audit.records import Purpose
from gateway.auth.policy import Action, View
from gateway.auth.principal import Principal

__all__ = ["DENIAL_PURPOSES", "PendingDenial", "pending_denial", "requested_id"]

#: The actions on survivor data whose refusals are recorded, with the purpose they serve.
DENIAL_PURPOSES: Mapping[Action, Purpose] = {
    Action.SURVIVOR_CREATE: Purpose.CASE_MANAGEMENT,
    Action.SURVIVOR_READ: Purpose.CASE_MANAGEMENT,
    Action.SURVIVOR_UPDATE: Purpose.CASE_MANAGEMENT,
    Action.SURVIVOR_ERASE: Purpose.ERASURE,
    Action.READINESS_ASSESS: Purpose.CASE_MANAGEMENT,
    Action.READINESS_READ: Purpose.CASE_MANAGEMENT,
    Action.CONSENT_UPDATE: Purpose.CASE_MANAGEMENT,
    Action.CONSENT_READ: Purpose.CASE_MANAGEMENT,
    Action.MATCH_REQUEST: Purpose.MATCHING,
    Action.MATCH_PROPOSE: Purpose.MATCHING,
    Action.MATCH_READ: Purpose.MATCHING,
    Action.MATCH_DECIDE: Purpose.MATCHING,
    Action.ROUND_RUN: Purpose.MATCHING,
    Action.MATCH_EXPRESS_INTEREST: Purpose.EMPLOYER_SHORTLIST,
    Action.SHORTLIST_READ: Purpose.EMPLOYER_SHORTLIST,
    Action.AUDIT_READ: Purpose.AUDIT_REVIEW,
    Action.OUTCOME_RECORD: Purpose.OUTCOME_TRACKING,
    Action.PEER_GROUP_READ: Purpose.PEER_GROUP_FORMATION,
    Action.PEER_GROUP_LIST: Purpose.PEER_GROUP_FORMATION,
    Action.PEER_GROUP_PROPOSE_MEMBERS: Purpose.PEER_GROUP_FORMATION,
    Action.PEER_GROUP_ADJUST_MEMBERS: Purpose.PEER_GROUP_FORMATION,
    Action.PEER_GROUP_INVITE: Purpose.PEER_GROUP_FORMATION,
    Action.PEER_GROUP_ANSWER: Purpose.PEER_GROUP_FORMATION,
    Action.PEER_GROUP_LEAVE: Purpose.PEER_GROUP_FORMATION,
    Action.PEER_POOL_READ: Purpose.PEER_GROUP_FORMATION,
}

#: Anonymised readers of a match (employers, providers) act for their shortlist.
_ANONYMISED_PURPOSES: Mapping[Action, Purpose] = {
    Action.MATCH_READ: Purpose.EMPLOYER_SHORTLIST,
}

#: What an id the caller asked for must look like to be kept: the shape of the ids the
#: services issue, a short prefix and 24 or 32 hex digits (``srv_…``, ``m_…``, ``org_…``).
#: A refusal may come before the path is validated, and the trail is append-only and
#: hash-chained: anything else, which could be a name someone typed ("Somchai_J"), is
#: never stored.
_ISSUED_ID = re.compile(r"^[a-z]{1,3}_(?:[0-9a-f]{24}|[0-9a-f]{32})$")


@dataclass(frozen=True, slots=True)
class PendingDenial:
    """What a refusal of the current request would be recorded as."""

    principal: Principal
    action: Action
    purpose: Purpose
    target_id: str | None


def requested_id(path_params: Mapping[str, object]) -> str | None:
    """The object the route names first (e.g. the survivor of ``/v1/survivors/{id}/…``),
    if it has the shape of an issued id; None otherwise or when the route has no path
    parameter."""
    for value in path_params.values():
        return value if isinstance(value, str) and _ISSUED_ID.fullmatch(value) else None
    return None


def pending_denial(
    principal: Principal,
    action: Action,
    *,
    view: View | None,
    path_params: Mapping[str, object],
) -> PendingDenial | None:
    """The record a refusal would leave, or None when refusals of ``action`` are not
    recorded. ``view`` is the caller's grant's view (None: no grant)."""
    purpose = DENIAL_PURPOSES.get(action)
    if purpose is None:
        return None
    if view is View.ANONYMISED:
        purpose = _ANONYMISED_PURPOSES.get(action, purpose)
    return PendingDenial(
        principal=principal,
        action=action,
        purpose=purpose,
        target_id=requested_id(path_params),
    )
