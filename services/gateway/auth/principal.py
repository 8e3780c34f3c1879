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
    """Who is calling, as the open session a verified access token names says (never as
    the token's own claims say: ``gateway.auth.service``)."""

    user_id: str
    organisation_id: str
    role: Role
    session_id: str
    #: The session may only enrol a second factor (``gateway.auth.second_factor``).
    enrolment_only: bool = False


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
    """The checked caller, which the gateway's channels sign into an assertion for the
    service called (``pathways_runtime.caller_assertion``); the service checks it again."""
    return CallerIdentity(
        user_id=principal.user_id,
        organisation_id=principal.organisation_id,
        role=principal.role.value,
        request_id=request_id,
    )
