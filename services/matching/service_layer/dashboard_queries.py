"""An organisation's dashboard: who may read it, and what of its counts may be shown."""

from __future__ import annotations

from matching.domain.access import Caller, Role
from matching.domain.dashboard import Dashboard, dashboard_from
from matching.domain.errors import Forbidden, InvalidInput, NotFound
from matching.service_layer.handlers import Ports

__all__ = ["get_organisation_dashboard"]


def get_organisation_dashboard(caller: Caller, organisation_id: str, ports: Ports) -> Dashboard:
    """Officers, employers and providers read their own organisation's, facilitators none;
    platform administrators any (counts only, small ones suppressed: no survivor can be
    told from them). Anyone else is told there is no such organisation, so ids cannot be
    probed. One read by `_id`."""
    if not organisation_id:
        raise InvalidInput("an organisation id is required")
    if caller.role is Role.FACILITATOR:
        # Readiness and income counts are no group's business; and read twice a moment
        # apart, they would tell a facilitator why a member left (security probe, session 32).
        raise Forbidden("a facilitator reads groups, not an organisation's counts")
    if caller.role is not Role.PLATFORM_ADMIN and caller.organisation_id != organisation_id:
        raise NotFound("no such organisation")
    counts = ports.dashboards.counts(organisation_id) if ports.dashboards is not None else {}
    return dashboard_from(organisation_id, counts, now=ports.clock())
