"""Retention in matching: a decided match keeps its outcome and loses its detail, in time."""

from __future__ import annotations

from datetime import datetime, timedelta

from matching.domain.access import Caller, Role
from matching.domain.match import Match, MatchState, ScoredReason
from matching.domain.values import OpportunityKind
from matching.retention import MatchingRetention, detail_expired, without_detail
from tests.unit.matching.strategies import NOW

OFFICER = Caller("u_officer", "org_ngo", Role.REINTEGRATION_OFFICER)


def _match(survivor_id: str = "srv_1") -> Match:
    return Match.propose(
        survivor_id=survivor_id,
        survivor_organisation_id="org_ngo",
        opportunity_id="opp_1",
        opportunity_organisation_id="org_employer",
        kind=OpportunityKind.JOB,
        material_revision=1,
        offer_revision=1,
        score=0.8,
        reasons=(ScoredReason("interest_fit", "You said you like cooking"),),
        at=NOW,
        by=OFFICER.user_id,
        features={"interest_fit": 0.9},
    )


def _declined(at: datetime, survivor_id: str = "srv_1") -> Match:
    match = _match(survivor_id)
    match.transition(to=MatchState.DECLINED, caller=OFFICER, at=at, reason="too far from home")
    match.events.clear()
    return match


def test_a_declined_match_keeps_its_detail_until_its_retention_has_passed() -> None:
    match = _declined(NOW)
    assert not detail_expired(match, now=NOW + timedelta(days=29), retention_days=30)
    assert detail_expired(match, now=NOW + timedelta(days=30), retention_days=30)


def test_zero_days_keeps_detail_for_ever() -> None:
    assert not detail_expired(_declined(NOW), now=NOW + timedelta(days=9999), retention_days=0)


def test_a_match_still_under_way_never_expires() -> None:
    match = _match()
    match.transition(to=MatchState.ACCEPTED, caller=OFFICER, at=NOW)
    assert not detail_expired(match, now=NOW + timedelta(days=9999), retention_days=1)


def test_the_clock_starts_at_the_decision_not_the_proposal() -> None:
    match = _declined(NOW + timedelta(days=100))
    assert not detail_expired(match, now=NOW + timedelta(days=110), retention_days=30)


def test_removing_detail_keeps_the_outcome_and_drops_the_text_and_authors() -> None:
    match = _declined(NOW + timedelta(days=2))
    stripped = without_detail(match)
    assert [t.state for t in stripped.history] == [MatchState.PROPOSED, MatchState.DECLINED]
    assert [t.at for t in stripped.history] == [t.at for t in match.history]
    assert all(t.reason == "" and t.by == "" for t in stripped.history)
    assert [r.code for r in stripped.reasons] == ["interest_fit"]
    assert all(r.text == "" for r in stripped.reasons)
    assert stripped.features == match.features
    assert (stripped.score, stripped.state, stripped.version) == (0.8, MatchState.DECLINED, 0)
    assert not stripped.events


class _Matches:
    def __init__(self, matches: list[Match]) -> None:
        self.items = {m.match_id: m for m in matches}
        self.removed: set[str] = set()

    def decided_with_detail(self, *, states: list[str]) -> list[Match]:
        return [
            m
            for m in list(self.items.values())
            if m.state.value in states and m.match_id not in self.removed
        ]

    def remove_detail(self, match: Match, *, at: datetime) -> int:
        del at
        self.items[match.match_id] = match
        self.removed.add(match.match_id)
        return 1


class _Opportunities:
    def __init__(self) -> None:
        self.closed_seen: dict[str, datetime] = {}

    def stamp_closed(self, *, at: datetime) -> int:
        return 0

    def delete_closed_before(self, cutoff: datetime) -> int:
        return 0


def test_the_job_removes_expired_detail_once() -> None:
    old, recent = _declined(NOW, "srv_old"), _declined(NOW + timedelta(days=50), "srv_new")
    matches = _Matches([old, recent])
    job = MatchingRetention(
        matches=matches,
        opportunities=_Opportunities(),
        match_detail_days=30,
        closed_opportunity_days=0,
    )
    first = job.run(now=NOW + timedelta(days=60))
    assert first.match_details_removed == 1
    assert matches.items[old.match_id].history[-1].reason == ""
    assert matches.items[recent.match_id].history[-1].reason == "too far from home"
    assert job.run(now=NOW + timedelta(days=60)).match_details_removed == 0
