"""An organisation's dashboard (its officers, employers and providers; administrators any;
never a facilitator).

Counts only, kept by matching as each change happens, so the route costs one `_id` read
however large the organisation. Not audited: it names no survivor, and counts from 1 to 4
are never shown (see :mod:`gateway.api.dashboards.schemas`).
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Request

from gateway.api.authorization import authorize
from gateway.api.backend_calls import backend_caller
from gateway.api.dashboards.schemas import OrganisationDashboardPublic
from gateway.api.deps import MatchingDep, OrganisationId
from gateway.api.problems import problem_responses
from gateway.auth.policy import Action
from gateway.auth.principal import Authorized
from pathways.v1 import matching_pb2 as pb

__all__ = ["router"]

router = APIRouter(prefix="/v1/organisations", tags=["organisations"])


@router.get(
    "/{organisation_id}/dashboard",
    summary="An organisation's dashboard",
    response_model=OrganisationDashboardPublic,
    responses=problem_responses(401, 403, 404, 503),
)
def get_dashboard(
    organisation_id: OrganisationId,
    request: Request,
    matching: MatchingDep,
    authorized: Annotated[Authorized, Depends(authorize(Action.ORGANISATION_DASHBOARD_READ))],
) -> OrganisationDashboardPublic:
    """Placements, retention at 30/90/180 days beside the hires old enough to have reached
    each (`retention_due`), readiness by stage and how many moved up a stage this month and
    the two before, and pay against the survivors' own income goals. Officers, employers
    and providers read their own organisation's (any other id answers 404 for them);
    facilitators none (403): readiness and income counts are no group's business."""
    authorized.require_object_of(organisation_id, what="organisation")
    found = matching.get_organisation_dashboard(
        pb.GetOrganisationDashboardRequest(organisation_id=organisation_id),
        caller=backend_caller(authorized, request),
    )
    return OrganisationDashboardPublic.of(found)
