"""What the match routes and the outcome routes share: the match id in paths, the view of
a record the caller's grant allows, its audit record, and one step of a match's life."""

from __future__ import annotations

from datetime import date
from typing import Annotated

from fastapi import Path, Request

from gateway.api.backend_calls import backend_caller, if_match_checked
from gateway.api.concurrency import optional_if_match
from gateway.api.deps import AuditTrail
from gateway.api.matches.schemas import MatchRecordAnonymised, MatchRecordPublic, MatchState
from gateway.audit.records import Purpose
from gateway.auth.policy import Action, View
from gateway.auth.principal import Authorized
from gateway.clients.matching import MatchingClient
from gateway.proto_enums import to_proto
from pathways.v1 import common_pb2
from pathways.v1 import matching_pb2 as pb

__all__ = ["MatchId", "MatchView", "audit_match", "match_view", "transition"]

MatchId = Annotated[
    str,
    Path(min_length=3, max_length=64, pattern=r"^[A-Za-z0-9_\-]+$", examples=["m_5c9d0e1f2a3b"]),
]
MatchView = MatchRecordPublic | MatchRecordAnonymised


def match_view(authorized: Authorized, record: pb.MatchRecord) -> MatchView:
    """The record as the caller's grant allows; only a full grant sees the survivor."""
    if authorized.grant.view is View.FULL:
        return MatchRecordPublic.of(record)
    return MatchRecordAnonymised.of(record)


def audit_match(
    trail: AuditTrail,
    authorized: Authorized,
    record: pb.MatchRecord,
    *,
    action: Action,
    purpose: Purpose,
) -> None:
    """Recorded against the survivor the match is about and the organisation holding them
    (matching's ``audit_subject``, set for every caller), so their officers see an
    employer's or provider's access too; by the match alone when matching did not say."""
    subject = record.audit_subject
    if subject.survivor_id and subject.survivor_organisation_id:
        trail.record(
            authorized,
            action=action.value,
            purpose=purpose,
            survivor_id=subject.survivor_id,
            survivor_organisation_id=subject.survivor_organisation_id,
            target_id=record.match_id,
        )
    else:
        trail.record(authorized, action=action.value, purpose=purpose, target_id=record.match_id)


def transition(
    *,
    matching: MatchingClient,
    authorized: Authorized,
    request: Request,
    match_id: str,
    to: MatchState,
    reason: str = "",
    wage: common_pb2.MonthlyAmount | None = None,
    occurred_on: date | None = None,
) -> pb.MatchRecord:
    """One step of the match's life, on the day it happened (matching's today when None);
    an optional `If-Match` guards against a stale view."""
    with if_match_checked():
        return matching.transition_match(
            pb.TransitionMatchRequest(
                match_id=match_id,
                to_state=to_proto(to),
                reason=reason,
                wage=wage,
                expected_version=optional_if_match(request),
                occurred_on=occurred_on.isoformat() if occurred_on is not None else "",
            ),
            caller=backend_caller(authorized, request),
        )
