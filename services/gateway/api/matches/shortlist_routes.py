"""Shortlists: the anonymised candidates who accepted an opportunity, for its owner.

Matching builds the cards from the survivors' current consent and readiness on every call;
the gateway maps each card field by field into :class:`CandidateCard`, so nothing the
backend might add later reaches an employer unless this model names it.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Request

from gateway.api.authorization import authorize
from gateway.api.backend_calls import backend_caller, label_language, page_of
from gateway.api.deps import AuditTrailDep, GatewayDep, MatchingDep, OpportunityId, PageDep
from gateway.api.matches.schemas import CandidateCard
from gateway.api.pagination import Page
from gateway.api.problems import problem_responses
from gateway.audit.records import Purpose
from gateway.auth.policy import Action
from gateway.auth.principal import Authorized
from pathways.v1 import matching_pb2 as pb

__all__ = ["router"]

router = APIRouter(tags=["shortlists"])


@router.get(
    "/v1/opportunities/{opportunity_id}/shortlist",
    summary="The anonymised shortlist of an opportunity",
    response_model=Page[CandidateCard],
    responses=problem_responses(401, 403, 404, 422, 503),
)
def get_shortlist(
    opportunity_id: OpportunityId,
    request: Request,
    gateway: GatewayDep,
    page: PageDep,
    matching: MatchingDep,
    trail: AuditTrailDep,
    authorized: Annotated[Authorized, Depends(authorize(Action.SHORTLIST_READ))],
) -> Page[CandidateCard]:
    """Best first: candidates who accepted this opportunity, consent to employer
    shortlists and are ready for this kind of work. A card carries an alias (your
    organisation's own code for the candidate, the same on every shortlist of yours and
    found on no other organisation's list), languages,
    skill and interest labels (vocabulary concepts only, in the first language of
    `Accept-Language` that has labels: en, km, my, th, vi, tl, zh; else English), with
    their concept ids, readiness, the match state and score: never a name, id, history,
    place, the survivor's own words or a tag typed by an officer."""
    found = matching.get_shortlist(
        pb.GetShortlistRequest(opportunity_id=opportunity_id, language=label_language(request)),
        caller=backend_caller(authorized, request),
    )
    items, cursor = page_of(
        list(found.candidates),
        gateway=gateway,
        page=page,
        scope=f"shortlist:{opportunity_id}",
        key=lambda card: card.match_id,
    )
    for card in items:
        # Against the survivor and their organisation (matching's audit_subject, never
        # on the card), so the survivor's officers see who read the card.
        subject = card.audit_subject
        trail.record(
            authorized,
            action=Action.SHORTLIST_READ.value,
            purpose=Purpose.EMPLOYER_SHORTLIST,
            survivor_id=subject.survivor_id or None,
            survivor_organisation_id=subject.survivor_organisation_id or None,
            target_id=card.match_id,
        )
    return Page[CandidateCard](items=[CandidateCard.of(c) for c in items], next_cursor=cursor)
