"""``python -m matching retention``: remove what matching no longer needs to keep.

Two data classes, each with its own setting (days; 0 keeps for ever):

- **Decided matches' detail** (``PATHWAYS_MATCH_DETAIL_RETENTION_DAYS``): a match that was
  declined or ended that many days ago keeps its *outcome* (the states it went through
  and when, the score, the model features, the wage: the ground truth the outcome model
  learns from) but loses its detail: the reason sentences (codes stay), the survivor's own
  decline reason and who recorded each step. Written once; a rewritten match is marked
  ``detail_removed_at`` and never read again by this job.
- **Closed opportunities** (``PATHWAYS_CLOSED_OPPORTUNITY_RETENTION_DAYS``): an
  opportunity has no closing date, so the job stamps ``closed_seen_at`` the first time it
  sees one closed and deletes it that many days later, once no match refers to it any
  more (matches name their opportunity; they go first, by erasure). Whether one does is read
  from the opportunity's set of match ids by `_id`, never by counting matches per
  opportunity; the job scans only to find what has expired (cold, operator-started).

Survivors' own records do not expire here: they are kept until the survivor asks for
erasure, which goes through ``EraseSurvivor`` (crypto-shredding), never around it.

Every step acts only on what is expired when it runs and marks what it did, so a second
run, or a run after a crash, removes nothing more.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, replace
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any

from matching.domain.match import Match, MatchState, ScoredReason, Transition

if TYPE_CHECKING:
    from matching.config import MatchingSettings

__all__ = [
    "DECIDED_STATES",
    "MatchingRetention",
    "MatchingRetentionResult",
    "detail_expired",
    "run",
    "without_detail",
]

#: Matches in these states are over: nothing more will be recorded on them.
DECIDED_STATES = frozenset({MatchState.DECLINED, MatchState.ENDED})


def detail_expired(match: Match, *, now: datetime, retention_days: int) -> bool:
    """Whether ``match``'s detail has outlived its retention (0 days: kept for ever)."""
    if retention_days <= 0 or match.state not in DECIDED_STATES:
        return False
    return match.history[-1].at <= now - timedelta(days=retention_days)


def without_detail(match: Match) -> Match:
    """The match with its outcome kept and its reasons, decline text and authors removed."""
    return replace(
        match,
        reasons=tuple(ScoredReason(code=r.code, text="") for r in match.reasons),
        history=[
            Transition(state=t.state, at=t.at, by="", occurred_on=t.occurred_on)
            for t in match.history
        ],
        events=[],
    )


@dataclass(frozen=True, slots=True)
class MatchingRetentionResult:
    match_details_removed: int
    closed_opportunities_seen: int
    closed_opportunities_deleted: int


class MatchingRetention:
    """The job, over the repositories' retention queries (``adapters.mongo_repositories``)."""

    def __init__(
        self,
        *,
        matches: Any,
        opportunities: Any,
        match_detail_days: int,
        closed_opportunity_days: int,
    ) -> None:
        self._matches = matches
        self._opportunities = opportunities
        self._match_detail_days = match_detail_days
        self._closed_opportunity_days = closed_opportunity_days

    def run(self, *, now: datetime) -> MatchingRetentionResult:
        removed = 0
        if self._match_detail_days > 0:
            for match in self._matches.decided_with_detail(
                states=[s.value for s in DECIDED_STATES]
            ):
                if detail_expired(match, now=now, retention_days=self._match_detail_days):
                    removed += self._matches.remove_detail(without_detail(match), at=now)
        seen = deleted = 0
        if self._closed_opportunity_days > 0:
            seen = self._opportunities.stamp_closed(at=now)
            deleted = self._opportunities.delete_closed_before(
                now - timedelta(days=self._closed_opportunity_days)
            )
        return MatchingRetentionResult(
            match_details_removed=removed,
            closed_opportunities_seen=seen,
            closed_opportunities_deleted=deleted,
        )


def run(client: Any, settings: MatchingSettings) -> dict[str, Any]:
    """``python -m matching retention``: one run over the service's store; its counts."""
    from matching.adapters.migrations import ensure_migrated
    from matching.adapters.mongo_repositories import (
        MongoMatchRepository,
        MongoOpportunityRepository,
    )
    from pathways_runtime.field_crypto import field_crypto_from_settings

    # Reads keys only: a match's detail is resealed under its survivor's existing key.
    crypto = field_crypto_from_settings(settings, client=client, may_create_keys=False)
    db = client[settings.mongodb_database]
    # Whether a match still refers to a closed opportunity is read from the id sets, so
    # they must be complete first (a no-op once migrated).
    ensure_migrated(db)
    result = MatchingRetention(
        matches=MongoMatchRepository(db, crypto=crypto),
        opportunities=MongoOpportunityRepository(db),
        match_detail_days=settings.match_detail_retention_days,
        closed_opportunity_days=settings.closed_opportunity_retention_days,
    ).run(now=datetime.now(UTC))
    return asdict(result)
