"""Who may do what in peer groups: checked here, in the service, whatever the gateway did.

Facilitators manage their own organisation's groups; officers answer for their own
organisation's survivors. A caller of the wrong role is refused (Forbidden); a caller of
the right role asking about another organisation's group or survivor is told it does not
exist (NotFound), so ids cannot be probed across organisations.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from peer_groups.domain.errors import Forbidden, NotFound
from peer_groups.domain.group import Group
from peer_groups.domain.pool import PoolMember

__all__ = ["Caller", "Role", "require_facilitator_of", "require_officer_of", "require_role"]


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


def require_role(caller: Caller, *roles: Role) -> None:
    if caller.role not in roles:
        raise Forbidden(f"role {caller.role.value} may not do this")


def require_facilitator_of(caller: Caller, group: Group) -> None:
    require_role(caller, Role.FACILITATOR)
    if group.organisation_id != caller.organisation_id:
        raise NotFound("no such group")


def require_officer_of(caller: Caller, member: PoolMember | None) -> None:
    require_role(caller, Role.REINTEGRATION_OFFICER)
    if member is None or member.organisation_id != caller.organisation_id:
        raise NotFound("no such survivor")
