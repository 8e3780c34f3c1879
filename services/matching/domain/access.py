"""Who may do what in matching: checked here, in the service, whatever the gateway did.

A caller of the wrong role is refused (Forbidden). A caller of the right role asking about
another organisation's survivor, opportunity or match is told it does not exist (NotFound),
so ids cannot be probed across organisations.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from matching.domain.errors import Forbidden, NotFound
from matching.domain.opportunity import Opportunity
from matching.domain.survivor import Survivor
from matching.domain.values import ConsentPurpose, OpportunityKind

__all__ = [
    "Caller",
    "Role",
    "require_officer_of",
    "require_owner_of",
    "require_role",
    "require_shared_with_owner",
]


class Role(Enum):
    PLATFORM_ADMIN = "platform_admin"
    REINTEGRATION_OFFICER = "reintegration_officer"
    EMPLOYER = "employer"
    TRAINING_PROVIDER = "training_provider"
    FACILITATOR = "facilitator"


@dataclass(frozen=True, slots=True)
class Caller:
    user_id: str
    organisation_id: str
    role: Role


#: The role that owns each kind of opportunity.
OWNER_ROLE = {OpportunityKind.JOB: Role.EMPLOYER, OpportunityKind.TRAINING: Role.TRAINING_PROVIDER}


def require_role(caller: Caller, *roles: Role) -> None:
    if caller.role not in roles:
        raise Forbidden(f"role {caller.role.value} may not do this")


def require_officer_of(caller: Caller, survivor: Survivor) -> None:
    """Only officers of the survivor's own organisation see or change a survivor."""
    require_role(caller, Role.REINTEGRATION_OFFICER)
    if survivor.organisation_id != caller.organisation_id:
        raise NotFound("no such survivor")


def require_owner_of(caller: Caller, opportunity: Opportunity) -> None:
    """Only the owning organisation's employer (jobs) or provider (training) changes it."""
    require_role(caller, OWNER_ROLE[opportunity.details.kind])
    if opportunity.organisation_id != caller.organisation_id:
        raise NotFound("no such opportunity")


def require_shared_with_owner(caller: Caller, survivor: Survivor | None) -> None:
    """An employer or provider reaches a survivor's match only while the survivor consents
    to employer shortlists, checked at the time of each call: a withdrawn consent makes
    every match of theirs unknown to the owner at once (NotFound, like another
    organisation's match), for reading and for moving it on. Officers are not concerned:
    the consent is about what is shared with employers and providers."""
    if caller.role not in (Role.EMPLOYER, Role.TRAINING_PROVIDER):
        return
    if survivor is None or not survivor.has_consent(ConsentPurpose.EMPLOYER_SHORTLIST):
        raise NotFound("no such match")
