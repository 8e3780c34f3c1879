"""Organisations, their vetting, suspension and partnerships (platform administrators;
members read their own)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Request, Response, status

from gateway.api.authorization import authorize
from gateway.api.backend_calls import backend_caller
from gateway.api.concurrency import etag
from gateway.api.deps import (
    AuditTrailDep,
    GatewayDep,
    IfMatch,
    MatchingDep,
    OrganisationId,
    PageDep,
)
from gateway.api.organisations.schemas import (
    OrganisationCreate,
    OrganisationPublic,
    PartnershipPublic,
    PartnersPublic,
)
from gateway.api.pagination import Page
from gateway.api.problems import problem_responses
from gateway.audit.records import Purpose
from gateway.auth.policy import Action
from gateway.auth.principal import Authorized
from pathways.v1 import matching_pb2 as mpb

__all__ = ["router"]

router = APIRouter(prefix="/v1/organisations", tags=["organisations"])

_LIST_SCOPE = "organisations"


@router.post(
    "",
    summary="Create an organisation",
    status_code=status.HTTP_201_CREATED,
    response_model=OrganisationPublic,
    responses=problem_responses(400, 401, 403, 409, 413, 422, 429, 503),
)
def create_organisation(
    body: OrganisationCreate,
    response: Response,
    gateway: GatewayDep,
    trail: AuditTrailDep,
    authorized: Annotated[Authorized, Depends(authorize(Action.ORGANISATION_CREATE))],
) -> OrganisationPublic:
    """Onboard an NGO, employer, training provider, peer-support organisation or the
    platform itself. Employers and training providers start `pending` and can act only
    after `POST /v1/organisations/{id}/vetting`. Names are unique (case-insensitive)."""
    organisation = gateway.directory.create_organisation(
        name=body.name, type=body.type, country=body.country
    )
    trail.record(
        authorized,
        action=Action.ORGANISATION_CREATE.value,
        purpose=Purpose.ADMINISTRATION,
        target_id=organisation.id,
    )
    response.headers["Location"] = f"/v1/organisations/{organisation.id}"
    response.headers["ETag"] = etag(organisation.version)
    return OrganisationPublic.of(organisation)


@router.get(
    "",
    summary="List organisations",
    response_model=Page[OrganisationPublic],
    responses=problem_responses(401, 403, 422, 503),
)
def list_organisations(
    gateway: GatewayDep,
    page: PageDep,
    authorized: Annotated[Authorized, Depends(authorize(Action.ORGANISATION_LIST))],
) -> Page[OrganisationPublic]:
    """All organisations in creation order, a page at a time (follow `next_cursor`)."""
    del authorized
    after = (
        gateway.cursors.decode(page.cursor, scope=_LIST_SCOPE) if page.cursor is not None else None
    )
    found = gateway.directory.list_organisations(after=after, limit=page.limit + 1)
    items, cursor = gateway.cursors.next_page(
        found, limit=page.limit, position=lambda o: o.id, scope=_LIST_SCOPE
    )
    return Page[OrganisationPublic](
        items=[OrganisationPublic.of(o) for o in items], next_cursor=cursor
    )


@router.get(
    "/{organisation_id}",
    summary="Get an organisation",
    response_model=OrganisationPublic,
    responses=problem_responses(401, 403, 404, 503),
)
def get_organisation(
    organisation_id: OrganisationId,
    response: Response,
    gateway: GatewayDep,
    authorized: Annotated[Authorized, Depends(authorize(Action.ORGANISATION_READ))],
) -> OrganisationPublic:
    """One organisation, with its `ETag`. Members of an organisation may read their own;
    any other id answers 404 for them."""
    authorized.require_object_of(organisation_id, what="organisation")
    organisation = gateway.directory.get_organisation(organisation_id)
    response.headers["ETag"] = etag(organisation.version)
    return OrganisationPublic.of(organisation)


@router.post(
    "/{organisation_id}/vetting",
    summary="Vet an employer or training provider",
    response_model=OrganisationPublic,
    responses=problem_responses(400, 401, 403, 404, 409, 412, 413, 428, 429, 503),
)
def vet_organisation(
    organisation_id: OrganisationId,
    expected_version: IfMatch,
    response: Response,
    gateway: GatewayDep,
    trail: AuditTrailDep,
    authorized: Annotated[Authorized, Depends(authorize(Action.ORGANISATION_VET))],
) -> OrganisationPublic:
    """Record that an administrator has vetted this employer or training provider: from
    now on its users can log in and see anonymised shortlists. Send the organisation's
    `ETag` in `If-Match`. Vetting happens once (409 afterwards, and for kinds of
    organisation that are not vetted)."""
    organisation = gateway.directory.vet_organisation(
        organisation_id=organisation_id,
        expected_version=expected_version,
        by=authorized.principal.user_id,
    )
    trail.record(
        authorized,
        action=Action.ORGANISATION_VET.value,
        purpose=Purpose.ADMINISTRATION,
        target_id=organisation.id,
    )
    response.headers["ETag"] = etag(organisation.version)
    return OrganisationPublic.of(organisation)


# --- suspension: an organisation cut off survivors until an administrator lifts it ---------


def _set_suspension(
    organisation_id: str,
    *,
    suspended: bool,
    expected_version: int,
    request: Request,
    response: Response,
    gateway: GatewayDep,
    matching: MatchingDep,
    trail: AuditTrailDep,
    authorized: Authorized,
) -> OrganisationPublic:
    """Matching first, then the gateway's record (which ends the users' sessions): a
    failure between the two leaves the organisation's opportunities withheld while its
    users may still sign in, never the other way round on suspending; asked again with
    the same `If-Match`, both finish (each is idempotent)."""
    # 404, 412 or 409 (not a kind that is suspended) before anything changes.
    gateway.directory.suspension_target(organisation_id, expected_version)
    matching.set_organisation_suspension(
        mpb.SetOrganisationSuspensionRequest(organisation_id=organisation_id, suspended=suspended),
        caller=backend_caller(authorized, request),
    )
    organisation = gateway.directory.set_suspension(
        organisation_id=organisation_id,
        suspended=suspended,
        expected_version=expected_version,
        by=authorized.principal.user_id,
    )
    action = Action.ORGANISATION_SUSPEND if suspended else Action.ORGANISATION_REINSTATE
    trail.record(
        authorized, action=action.value, purpose=Purpose.ADMINISTRATION, target_id=organisation.id
    )
    response.headers["ETag"] = etag(organisation.version)
    return OrganisationPublic.of(organisation)


@router.post(
    "/{organisation_id}/suspension",
    summary="Suspend an employer, training provider or peer-support organisation",
    response_model=OrganisationPublic,
    responses=problem_responses(400, 401, 403, 404, 409, 412, 413, 428, 429, 503),
)
def suspend_organisation(
    organisation_id: OrganisationId,
    expected_version: IfMatch,
    request: Request,
    response: Response,
    gateway: GatewayDep,
    matching: MatchingDep,
    trail: AuditTrailDep,
    authorized: Annotated[Authorized, Depends(authorize(Action.ORGANISATION_SUSPEND))],
) -> OrganisationPublic:
    """Cut an organisation off survivors at once (a safeguarding concern, vetting
    withdrawn): its users' sessions end and they cannot sign in (`403
    organisation-suspended`); its jobs and courses are offered to no one, none of its
    matches moves forward, and it posts nothing, until the suspension is lifted. Send the
    organisation's `ETag` in `If-Match`. An NGO or the platform cannot be suspended (409).
    Asking again changes nothing; after a `503`, ask again with the same `If-Match`."""
    return _set_suspension(
        organisation_id,
        suspended=True,
        expected_version=expected_version,
        request=request,
        response=response,
        gateway=gateway,
        matching=matching,
        trail=trail,
        authorized=authorized,
    )


@router.delete(
    "/{organisation_id}/suspension",
    summary="Lift an organisation's suspension",
    response_model=OrganisationPublic,
    responses=problem_responses(400, 401, 403, 404, 409, 412, 428, 429, 503),
)
def reinstate_organisation(
    organisation_id: OrganisationId,
    expected_version: IfMatch,
    request: Request,
    response: Response,
    gateway: GatewayDep,
    matching: MatchingDep,
    trail: AuditTrailDep,
    authorized: Annotated[Authorized, Depends(authorize(Action.ORGANISATION_REINSTATE))],
) -> OrganisationPublic:
    """Its users may sign in again and its open opportunities are offered again (matches
    stopped meanwhile move on from where they were). Send the `ETag` in `If-Match`."""
    return _set_suspension(
        organisation_id,
        suspended=False,
        expected_version=expected_version,
        request=request,
        response=response,
        gateway=gateway,
        matching=matching,
        trail=trail,
        authorized=authorized,
    )


# --- partnerships: which NGOs share their survivors with which organisations' groups -----


def _partnership_target(organisation_id: str, partner_id: str) -> str:
    """What the audit record names: the pair, NGO first (ids only)."""
    return f"{organisation_id}>{partner_id}"


@router.put(
    "/{organisation_id}/partners/{partner_id}",
    summary="Share an NGO's survivors with an organisation's peer groups",
    response_model=PartnershipPublic,
    responses=problem_responses(401, 403, 404, 409, 422, 429, 503),
)
def set_partnership(
    organisation_id: OrganisationId,
    partner_id: OrganisationId,
    gateway: GatewayDep,
    trail: AuditTrailDep,
    authorized: Annotated[Authorized, Depends(authorize(Action.PARTNERSHIP_SET))],
) -> PartnershipPublic:
    """Propose that the NGO `organisation_id`'s survivors (those open to peer groups) may
    be proposed to the facilitators of `partner_id` (a peer-support organisation, or an
    NGO running groups), and counted in their pool overview: in force once an officer of
    the NGO accepts it (`POST …/acceptance`); until then nothing is shared. One way: the
    partner's own survivors are not shared back. Idempotent: setting it again answers the
    partnership as it is. Unknown organisations are 404; an NGO partnered with itself, a
    source that is not an NGO or a partner that runs no groups are 422. Audited."""
    partnership, _created = gateway.partnerships.set(
        organisation_id=organisation_id,
        partner_id=partner_id,
        by=authorized.principal.user_id,
    )
    trail.record(
        authorized,
        action=Action.PARTNERSHIP_SET.value,
        purpose=Purpose.ADMINISTRATION,
        target_id=_partnership_target(organisation_id, partner_id),
    )
    return PartnershipPublic.of(partnership, gateway.partnerships.names([partnership]))


@router.delete(
    "/{organisation_id}/partners/{partner_id}",
    summary="Stop sharing an NGO's survivors with an organisation's peer groups",
    status_code=status.HTTP_204_NO_CONTENT,
    response_class=Response,
    responses=problem_responses(401, 403, 404, 422, 429, 503),
)
def remove_partnership(
    organisation_id: OrganisationId,
    partner_id: OrganisationId,
    gateway: GatewayDep,
    trail: AuditTrailDep,
    authorized: Annotated[Authorized, Depends(authorize(Action.PARTNERSHIP_REMOVE))],
) -> Response:
    """The partner's next proposals and pool overviews no longer draw from the NGO's
    survivors (at once: every call reads the partnerships), and the NGO's survivors still
    only proposed (locked in or not) are dropped, not invited, when the facilitator
    publishes invitations. Those already invited or joined stay until their officer or the
    facilitator acts. Administrators end any; the NGO's officers their own NGO's. 404 when
    there is no such partnership. Audited."""
    authorized.require_object_of(organisation_id, what="partnership")
    gateway.partnerships.remove(organisation_id=organisation_id, partner_id=partner_id)
    trail.record(
        authorized,
        action=Action.PARTNERSHIP_REMOVE.value,
        purpose=Purpose.ADMINISTRATION,
        target_id=_partnership_target(organisation_id, partner_id),
    )
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@router.post(
    "/{organisation_id}/partners/{partner_id}/acceptance",
    summary="Accept sharing an NGO's survivors with an organisation's peer groups",
    response_model=PartnershipPublic,
    responses=problem_responses(400, 401, 403, 404, 422, 429, 503),
)
def accept_partnership(
    organisation_id: OrganisationId,
    partner_id: OrganisationId,
    gateway: GatewayDep,
    trail: AuditTrailDep,
    authorized: Annotated[Authorized, Depends(authorize(Action.PARTNERSHIP_ACCEPT))],
) -> PartnershipPublic:
    """An officer of the NGO `organisation_id` lets the partnership an administrator
    proposed take force: from now on its survivors open to peer groups may be proposed to
    `partner_id`'s facilitators. Idempotent. Another NGO's, or no such partnership, is 404.
    Audited."""
    authorized.require_object_of(organisation_id, what="partnership")
    partnership = gateway.partnerships.accept(
        organisation_id=organisation_id,
        partner_id=partner_id,
        by=authorized.principal.user_id,
    )
    trail.record(
        authorized,
        action=Action.PARTNERSHIP_ACCEPT.value,
        purpose=Purpose.ADMINISTRATION,
        target_id=_partnership_target(organisation_id, partner_id),
    )
    return PartnershipPublic.of(partnership, gateway.partnerships.names([partnership]))


@router.get(
    "/{organisation_id}/partners",
    summary="An organisation's partnerships",
    response_model=PartnersPublic,
    responses=problem_responses(401, 403, 404, 422, 503),
)
def list_partnerships(
    organisation_id: OrganisationId,
    response: Response,
    gateway: GatewayDep,
    authorized: Annotated[Authorized, Depends(authorize(Action.PARTNERSHIP_READ))],
) -> PartnersPublic:
    """As an NGO, whose peer groups may be proposed its survivors (`shares_with`); as an
    organisation running groups, whose survivors its groups may be proposed besides its
    own (`draws_from`). Administrators read any organisation's; officers and facilitators
    their own (any other id answers 404)."""
    authorized.require_object_of(organisation_id, what="organisation")
    partners = gateway.partnerships.of(organisation_id)
    names = gateway.partnerships.names([*partners.shares_with, *partners.draws_from])
    response.headers["Cache-Control"] = "no-store"
    return PartnersPublic.of(organisation_id, partners, names)
