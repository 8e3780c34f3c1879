"""The hard rules hold at every step of a match, through a real matching process.

The probe's findings, replayed over gRPC against FerretDB: an employer rewriting an accepted
job into fishing work, a readiness lowered to stabilising and a withdrawn consent to
matching each stop the match where it is. The employer no longer sees the candidate
(shortlist without them, NOT_FOUND on the match); an officer's forward step is
FAILED_PRECONDITION naming the rules now broken; declining and ending stay possible.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import grpc
import pytest

from pathways.v1 import common_pb2, matching_pb2
from tests.support.matching_client import As, job, profile

EMPLOYMENT_READY = common_pb2.READINESS_STAGE_EMPLOYMENT_READY


def _candidate(officer: As, **overrides: Any) -> matching_pb2.Survivor:
    """Registered, employment-ready, consenting to matching and to employer shortlists."""
    survivor = officer.RegisterSurvivor(
        matching_pb2.RegisterSurvivorRequest(profile=profile(**overrides))
    )
    survivor = officer.AssessReadiness(
        matching_pb2.AssessReadinessRequest(
            survivor_id=survivor.survivor_id, stage=EMPLOYMENT_READY
        )
    )
    for purpose in (
        common_pb2.CONSENT_PURPOSE_MATCHING,
        common_pb2.CONSENT_PURPOSE_EMPLOYER_SHORTLIST,
    ):
        survivor = officer.SetConsent(
            matching_pb2.SetConsentRequest(
                survivor_id=survivor.survivor_id, purpose=purpose, granted=True
            )
        )
    consenting: matching_pb2.Survivor = survivor
    return consenting


def _propose(officer: As, survivor: matching_pb2.Survivor, opportunity_id: str) -> str:
    match = officer.ProposeMatch(
        matching_pb2.ProposeMatchRequest(
            survivor_id=survivor.survivor_id, opportunity_id=opportunity_id
        )
    )
    match_id: str = match.match_id
    return match_id


def _step(
    caller: As, match_id: str, to: matching_pb2.MatchState, reason: str = ""
) -> matching_pb2.MatchRecord:
    moved: matching_pb2.MatchRecord = caller.TransitionMatch(
        matching_pb2.TransitionMatchRequest(match_id=match_id, to_state=to, reason=reason)
    )
    return moved


def _refused(call: Callable[[], object]) -> grpc.RpcError:
    with pytest.raises(grpc.RpcError) as error:
        call()
    return error.value


def _shortlist(employer: As, opportunity_id: str) -> set[str]:
    found = employer.GetShortlist(matching_pb2.GetShortlistRequest(opportunity_id=opportunity_id))
    return {card.match_id for card in found.candidates}


def _state(caller: As, match_id: str) -> tuple[int, int]:
    record = caller.GetMatch(matching_pb2.GetMatchRequest(match_id=match_id))
    return record.state, record.version


def test_a_job_rewritten_into_fishing_work_takes_its_accepted_candidates_no_further(
    officer: As, employer: As
) -> None:
    cafe = employer.PostOpportunity(
        matching_pb2.PostOpportunityRequest(
            opportunity=job(title="Cook", description="Café kitchen cook", minimum_age=15)
        )
    )
    minor = _candidate(officer, age_band="14-17", minor=True, age_years=15)
    avoiding = _candidate(
        officer,
        sectors_to_avoid=["fishing_aquaculture"],
        conditions=[
            matching_pb2.CONDITION_NO_NIGHT_SHIFTS,
            matching_pb2.CONDITION_NO_LIVE_IN,
        ],
    )
    minors_match = _propose(officer, minor, cafe.opportunity_id)
    avoiding_match = _propose(officer, avoiding, cafe.opportunity_id)
    for match_id in (minors_match, avoiding_match):
        _step(officer, match_id, matching_pb2.MATCH_STATE_ACCEPTED)
    _step(employer, avoiding_match, matching_pb2.MATCH_STATE_EMPLOYER_INTEREST)
    assert _shortlist(employer, cafe.opportunity_id) == {minors_match, avoiding_match}

    vessel = job(
        title="Cook on a fishing vessel",
        description="Cook for the crew of a fishing boat at sea",
        sector="fishing_aquaculture",
        minimum_age=18,
        hazardous=True,
        workplace=matching_pb2.Workplace(night_shifts=True, live_in=True, heavy_lifting=True),
    )
    vessel.opportunity_id = cafe.opportunity_id
    employer.UpdateOpportunity(
        matching_pb2.UpdateOpportunityRequest(opportunity=vessel, expected_version=cafe.version)
    )

    assert _shortlist(employer, cafe.opportunity_id) == set()
    interest = _refused(
        lambda: _step(employer, minors_match, matching_pb2.MATCH_STATE_EMPLOYER_INTEREST)
    )
    assert interest.code() == grpc.StatusCode.NOT_FOUND
    seen = _refused(
        lambda: employer.GetMatch(matching_pb2.GetMatchRequest(match_id=avoiding_match))
    )
    assert seen.code() == grpc.StatusCode.NOT_FOUND
    before = _state(officer, avoiding_match)
    introduced = _refused(
        lambda: _step(officer, avoiding_match, matching_pb2.MATCH_STATE_INTRODUCED)
    )
    assert introduced.code() == grpc.StatusCode.FAILED_PRECONDITION
    details = introduced.details() or ""
    assert "sector_avoided" in details
    assert "condition_not_met" in details
    assert _state(officer, avoiding_match) == before
    # Saying no, and stopping, stay the officer's to record.
    ended = _step(officer, minors_match, matching_pb2.MATCH_STATE_ENDED)
    assert ended.state == matching_pb2.MATCH_STATE_ENDED


def test_readiness_and_consent_to_matching_are_read_at_every_step(
    officer: As, employer: As
) -> None:
    posted = employer.PostOpportunity(matching_pb2.PostOpportunityRequest(opportunity=job()))
    accepted, stabilising, withdrawing = (_candidate(officer) for _ in range(3))
    accepted_match = _propose(officer, accepted, posted.opportunity_id)
    _step(officer, accepted_match, matching_pb2.MATCH_STATE_ACCEPTED)
    stabilising_match = _propose(officer, stabilising, posted.opportunity_id)
    withdrawing_match = _propose(officer, withdrawing, posted.opportunity_id)

    for survivor in (accepted, stabilising):
        officer.AssessReadiness(
            matching_pb2.AssessReadinessRequest(
                survivor_id=survivor.survivor_id, stage=common_pb2.READINESS_STAGE_STABILISING
            )
        )
    officer.SetConsent(
        matching_pb2.SetConsentRequest(
            survivor_id=withdrawing.survivor_id,
            purpose=common_pb2.CONSENT_PURPOSE_MATCHING,
            granted=False,
        )
    )

    assert _shortlist(employer, posted.opportunity_id) == set()
    interest = _refused(
        lambda: _step(employer, accepted_match, matching_pb2.MATCH_STATE_EMPLOYER_INTEREST)
    )
    assert interest.code() == grpc.StatusCode.NOT_FOUND
    for match_id, rule in ((stabilising_match, "not_ready"), (withdrawing_match, "no_matching")):
        with pytest.raises(grpc.RpcError) as refused:
            _step(officer, match_id, matching_pb2.MATCH_STATE_ACCEPTED)
        assert refused.value.code() == grpc.StatusCode.FAILED_PRECONDITION
        assert rule in (refused.value.details() or "")
        assert _state(officer, match_id)[0] == matching_pb2.MATCH_STATE_PROPOSED
    declined = _step(
        officer, withdrawing_match, matching_pb2.MATCH_STATE_DECLINED, reason="not now"
    )
    assert declined.state == matching_pb2.MATCH_STATE_DECLINED
