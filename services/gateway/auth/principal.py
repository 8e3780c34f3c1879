"""The authenticated caller, and what the gateway passes on about them to the services."""

from __future__ import annotations

from dataclasses import dataclass

from gateway.auth.policy import Grant, Scope
from gateway.auth.roles import Role
from gateway.errors import NotFound
from pathways_runtime.identity import CallerIdentity

__all__ = ["Authorized", "Principal", "caller_identity", "require_same_organisation"]


@dataclass(frozen=True, slots=True)
class Principal:
    """Who is calling, from a verified access token of a session that is still open."""

    user_id: str
    organisation_id: str
    role: Role
    session_id: str


@dataclass(frozen=True, slots=True)
class Authorized:
    """A principal whose role holds a grant for the action of the route being served."""

    principal: Principal
    grant: Grant

    def require_object_of(self, organisation_id: str, *, what: str = "object") -> None:
        """The object-level rule: out of scope answers 'no such object' (404), never 403."""
        require_same_organisation(self, organisation_id, what=what)


def require_same_organisation(
    authorized: Authorized, organisation_id: str, *, what: str = "object"
) -> None:
    """Refuse, as not found, an object outside the caller's reach.

    Answering 404 rather than 403 means a caller cannot learn that an id exists in another
    organisation, so survivor and opportunity ids cannot be probed.
    """
    if authorized.grant.scope is Scope.ANY:
        return
    if organisation_id != authorized.principal.organisation_id:
        raise NotFound(f"no such {what}")


def caller_identity(principal: Principal, *, request_id: str = "") -> CallerIdentity:
    """The checked caller, as gRPC metadata for the backend services to check again."""
    return CallerIdentity(
        user_id=principal.user_id,
        organisation_id=principal.organisation_id,
        role=principal.role.value,
        request_id=request_id,
    )
