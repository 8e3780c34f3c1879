"""Matching as a real process: gRPC over a socket, FerretDB, Kafka."""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import grpc
import pytest
from kafka import KafkaConsumer

from matching.entrypoints.grpc_api import FIELD_VIOLATIONS_KEY
from pathways.v1 import common_pb2, matching_pb2
from pathways_runtime.aliases import alias_seen_by
from pathways_runtime.envelopes import decode
from tests.integration.matching.conftest import RunningMatching
from tests.support.matching_client import As, job, profile, training
from tests.support.processes import wait_until

READY = {
    "training": common_pb2.READINESS_STAGE_TRAINING_READY,
    "employment": common_pb2.READINESS_STAGE_EMPLOYMENT_READY,
}


def _register(officer: As, **overrides: Any) -> matching_pb2.Survivor:
    survivor = officer.RegisterSurvivor(
        matching_pb2.RegisterSurvivorRequest(profile=profile(**overrides))
    )
    consenting: matching_pb2.Survivor = officer.SetConsent(
        matching_pb2.SetConsentRequest(
            survivor_id=survivor.survivor_id,
            purpose=common_pb2.CONSENT_PURPOSE_MATCHING,
            granted=True,
            expected_version=survivor.version,
        )
    )
    return consenting


def _assess(
    officer: As, survivor: matching_pb2.Survivor, stage: common_pb2.ReadinessStage
) -> matching_pb2.Survivor:
    assessed: matching_pb2.Survivor = officer.AssessReadiness(
        matching_pb2.AssessReadinessRequest(
            survivor_id=survivor.survivor_id, stage=stage, expected_version=survivor.version
        )
    )
    return assessed


def _matches(officer: As, survivor_id: str) -> list[matching_pb2.Match]:
    return list(
        officer.GetMatches(
            matching_pb2.GetMatchesRequest(survivor_id=survivor_id, top_k=10)
        ).matches
    )


def _field_violations(error: grpc.RpcError) -> list[matching_pb2.FieldViolation]:
    """The located violations matching sent with a refusal (see matching.proto)."""
    trailing: Any = error.trailing_metadata()
    for key, value in trailing or ():
        if key == FIELD_VIOLATIONS_KEY:
            return list(matching_pb2.FieldViolations.FromString(value).violations)
    return []


def _events(
    kafka_bootstrap: str,
    topic: str,
    key: str,
    *,
    until: Callable[[list[str]], bool],
    timeout_s: float = 30,
) -> list[str]:
    """Event types on ``topic`` for ``key``, read until ``until(seen)`` holds (or the timeout)."""
    consumer = KafkaConsumer(
        topic,
        bootstrap_servers=[kafka_bootstrap],
        auto_offset_reset="earliest",
        enable_auto_commit=False,
        group_id=None,
    )
    seen: list[str] = []
    ids: set[str] = set()
    deadline = time.monotonic() + timeout_s
    try:
        while time.monotonic() < deadline and not until(seen):
            for records in consumer.poll(timeout_ms=500).values():
                for record in records:
                    envelope = decode(record.value)
                    # At least once: a redelivered event id counts once, as consumers apply it.
                    if envelope.aggregate_key == key and envelope.event_id not in ids:
                        ids.add(envelope.event_id)
                        seen.append(envelope.event_type)
    finally:
        consumer.close()
    return seen


def test_a_survivor_journey_from_training_ready_to_hired_with_retention_only_once_due(
    officer: As, employer: As, provider: As, kafka_bootstrap: str
) -> None:
    posted_job = employer.PostOpportunity(matching_pb2.PostOpportunityRequest(opportunity=job()))
    course = provider.PostOpportunity(matching_pb2.PostOpportunityRequest(opportunity=training()))
    survivor = _register(officer)

    # Training ready: the course, never the job.
    survivor = _assess(officer, survivor, READY["training"])
    assert [m.opportunity_id for m in _matches(officer, survivor.survivor_id)] == [
        course.opportunity_id
    ]

    # Employment ready: the job too, explained, with the course as its pathway.
    survivor = _assess(officer, survivor, READY["employment"])
    found = {m.opportunity_id: m for m in _matches(officer, survivor.survivor_id)}
    assert set(found) == {posted_job.opportunity_id, course.opportunity_id}
    barista = found[posted_job.opportunity_id]
    codes = {r.code for r in barista.reasons}
    assert {"SHARED_INTERESTS", "PAY_AT_OR_ABOVE_GOAL", "WITHIN_REACH"} <= codes
    assert {c.name for c in barista.breakdown} == {
        "interest_fit",
        "concept_fit",
        "skill_fit",
        "income_parity",
        "distance",
        "accommodations",
    }
    # It pays the survivor's goal or more, so pay is not judged (not a bonus for being a job);
    # it asks for a skill, so skills are.
    assert {c.name for c in barista.breakdown if c.not_judged} == {"income_parity"}
    assert barista.missing_skills == ["barista"]
    assert [p.training_opportunity_id for p in barista.pathways] == [course.opportunity_id]

    # The survivor says yes; the employer sees an anonymous card only with shortlist consent.
    match = officer.ProposeMatch(
        matching_pb2.ProposeMatchRequest(
            survivor_id=survivor.survivor_id, opportunity_id=posted_job.opportunity_id
        )
    )
    match = officer.TransitionMatch(
        matching_pb2.TransitionMatchRequest(
            match_id=match.match_id, to_state=matching_pb2.MATCH_STATE_ACCEPTED
        )
    )
    shortlist = employer.GetShortlist(
        matching_pb2.GetShortlistRequest(opportunity_id=posted_job.opportunity_id)
    )
    assert list(shortlist.candidates) == []
    survivor = officer.GetSurvivor(
        matching_pb2.GetSurvivorRequest(survivor_id=survivor.survivor_id)
    )
    officer.SetConsent(
        matching_pb2.SetConsentRequest(
            survivor_id=survivor.survivor_id,
            purpose=common_pb2.CONSENT_PURPOSE_EMPLOYER_SHORTLIST,
            granted=True,
        )
    )
    [card] = employer.GetShortlist(
        matching_pb2.GetShortlistRequest(opportunity_id=posted_job.opportunity_id)
    ).candidates
    # The employer's own code for the survivor, not the alias their NGO knows them by.
    assert card.alias != survivor.alias
    assert card.alias == alias_seen_by(
        employer.organisation_id,
        survivor_id=survivor.survivor_id,
        organisation_id="org_ngo",
        alias=survivor.alias,
    )
    # Whom the card is about travels only in audit_subject, for the gateway's audit record
    # (never rendered); nothing else on the card names the survivor.
    assert card.audit_subject.survivor_id == survivor.survivor_id
    assert card.audit_subject.survivor_organisation_id == "org_ngo"
    shown = matching_pb2.CandidateCard()
    shown.CopyFrom(card)
    shown.ClearField("audit_subject")
    assert survivor.survivor_id not in str(shown)

    for actor, state in [
        (employer, matching_pb2.MATCH_STATE_EMPLOYER_INTEREST),
        (officer, matching_pb2.MATCH_STATE_INTRODUCED),
    ]:
        match = actor.TransitionMatch(
            matching_pb2.TransitionMatchRequest(match_id=match.match_id, to_state=state)
        )
    # Hired on the day it was introduced (the day matching recorded the introduction).
    hired_on = date.fromisoformat(match.history[-1].occurred_on)
    hired = employer.TransitionMatch(
        matching_pb2.TransitionMatchRequest(
            match_id=match.match_id,
            to_state=matching_pb2.MATCH_STATE_HIRED,
            wage=common_pb2.MonthlyAmount(amount=12500, currency="THB"),
            occurred_on=hired_on.isoformat(),
        )
    )
    assert hired.survivor_id == ""  # the employer never learns the pseudonymous id
    assert not hired.reasons  # written for the survivor; they can quote their goals
    assert hired.history[-1].occurred_on == hired_on.isoformat()
    # Still employed after 30 days is for 30 days after the hire: not today, and not on a
    # day still to come.
    thirty_days_on = hired_on + timedelta(days=30)
    for day, status, code, nearest in [
        (
            "",  # today
            grpc.StatusCode.FAILED_PRECONDITION,
            "OCCURRED_ON_BEFORE_RETENTION",
            thirty_days_on,
        ),
        (
            thirty_days_on.isoformat(),
            grpc.StatusCode.INVALID_ARGUMENT,
            "OCCURRED_ON_IN_THE_FUTURE",
            hired_on,  # today, as matching counts it (unless midnight passed meanwhile)
        ),
    ]:
        with pytest.raises(grpc.RpcError) as refused:
            officer.TransitionMatch(
                matching_pb2.TransitionMatchRequest(
                    match_id=match.match_id,
                    to_state=matching_pb2.MATCH_STATE_RETAINED_30,
                    occurred_on=day,
                )
            )
        assert refused.value.code() is status
        [violation] = _field_violations(refused.value)
        assert list(violation.location) == ["occurred_on"]
        assert violation.code == code
        assert date.fromisoformat(violation.suggestions[0]) >= nearest
        if code == "OCCURRED_ON_BEFORE_RETENTION":
            assert list(violation.suggestions) == [thirty_days_on.isoformat()]
    ended = officer.TransitionMatch(
        matching_pb2.TransitionMatchRequest(
            match_id=match.match_id, to_state=matching_pb2.MATCH_STATE_ENDED
        )
    )
    assert [step.state for step in ended.history] == [
        matching_pb2.MATCH_STATE_PROPOSED,
        matching_pb2.MATCH_STATE_ACCEPTED,
        matching_pb2.MATCH_STATE_EMPLOYER_INTEREST,
        matching_pb2.MATCH_STATE_INTRODUCED,
        matching_pb2.MATCH_STATE_HIRED,
        matching_pb2.MATCH_STATE_ENDED,
    ]
    assert all(step.by for step in ended.history)
    assert all(step.occurred_on for step in ended.history)

    # Every step went out on Kafka; the refused ones did not.
    match_events = _events(
        kafka_bootstrap,
        "matches.v1",
        survivor.survivor_id,
        until=lambda seen: (
            seen.count("MatchTransitioned") >= 5 and seen.count("OutcomeRecorded") >= 1
        ),
    )
    assert match_events.count("MatchProposed") == 1
    assert match_events.count("MatchTransitioned") == 5
    assert match_events.count("OutcomeRecorded") == 1  # hired; retention was refused
    survivor_events = _events(
        kafka_bootstrap,
        "survivors.v1",
        survivor.survivor_id,
        until=lambda seen: {"SurvivorUpserted", "ReadinessAssessed", "ConsentChanged"} <= set(seen),
    )
    assert {"SurvivorUpserted", "ReadinessAssessed", "ConsentChanged"} <= set(survivor_events)


def test_revoking_shortlist_consent_removes_the_survivor_from_every_shortlist_at_once(
    officer: As, employer: As
) -> None:
    jobs = [
        employer.PostOpportunity(matching_pb2.PostOpportunityRequest(opportunity=job(title=t)))
        for t in ("Barista", "Cafe helper")
    ]
    survivor = _assess(officer, _register(officer), READY["employment"])
    survivor = officer.SetConsent(
        matching_pb2.SetConsentRequest(
            survivor_id=survivor.survivor_id,
            purpose=common_pb2.CONSENT_PURPOSE_EMPLOYER_SHORTLIST,
            granted=True,
        )
    )
    for posted in jobs:
        match = officer.ProposeMatch(
            matching_pb2.ProposeMatchRequest(
                survivor_id=survivor.survivor_id, opportunity_id=posted.opportunity_id
            )
        )
        officer.TransitionMatch(
            matching_pb2.TransitionMatchRequest(
                match_id=match.match_id, to_state=matching_pb2.MATCH_STATE_ACCEPTED
            )
        )

    def shortlisted() -> list[int]:
        return [
            len(
                employer.GetShortlist(
                    matching_pb2.GetShortlistRequest(opportunity_id=p.opportunity_id)
                ).candidates
            )
            for p in jobs
        ]

    assert shortlisted() == [1, 1]
    officer.SetConsent(
        matching_pb2.SetConsentRequest(
            survivor_id=survivor.survivor_id,
            purpose=common_pb2.CONSENT_PURPOSE_EMPLOYER_SHORTLIST,
            granted=False,
        )
    )
    assert shortlisted() == [0, 0]


def test_revoking_matching_consent_stops_matches(officer: As, employer: As) -> None:
    employer.PostOpportunity(matching_pb2.PostOpportunityRequest(opportunity=job()))
    survivor = _assess(officer, _register(officer), READY["employment"])
    assert _matches(officer, survivor.survivor_id)
    officer.SetConsent(
        matching_pb2.SetConsentRequest(
            survivor_id=survivor.survivor_id,
            purpose=common_pb2.CONSENT_PURPOSE_MATCHING,
            granted=False,
        )
    )
    assert _matches(officer, survivor.survivor_id) == []


def test_a_retried_registration_returns_the_first_survivor(officer: As) -> None:
    request = matching_pb2.RegisterSurvivorRequest(profile=profile(), request_id="req-42")
    first = officer.RegisterSurvivor(request)
    second = officer.RegisterSurvivor(request)
    assert first.survivor_id == second.survivor_id
    assert second.version == first.version


def _code(call: Callable[[], object]) -> grpc.StatusCode:
    with pytest.raises(grpc.RpcError) as error:
        call()
    return error.value.code()


def test_errors_map_to_grpc_statuses_without_personal_data(
    matching: RunningMatching, officer: As, other_officer: As, employer: As
) -> None:
    survivor = _register(officer, interests="Srey Mom likes cooking")
    get = matching_pb2.GetSurvivorRequest(survivor_id=survivor.survivor_id)

    assert _code(lambda: other_officer.GetSurvivor(get)) == grpc.StatusCode.NOT_FOUND
    assert _code(lambda: employer.GetSurvivor(get)) == grpc.StatusCode.PERMISSION_DENIED
    stale = matching_pb2.AssessReadinessRequest(
        survivor_id=survivor.survivor_id,
        stage=READY["training"],
        expected_version=survivor.version - 1,
    )
    assert _code(lambda: officer.AssessReadiness(stale)) == grpc.StatusCode.ABORTED
    bad = matching_pb2.RegisterSurvivorRequest(profile=profile(age_band="nine"))
    with pytest.raises(grpc.RpcError) as error:
        officer.RegisterSurvivor(bad)
    assert error.value.code() == grpc.StatusCode.INVALID_ARGUMENT
    assert "nine" not in (error.value.details() or "")
    with grpc.insecure_channel(matching["address"]) as channel:
        from pathways.v1 import matching_pb2_grpc

        anonymous = matching_pb2_grpc.MatchingServiceStub(channel)
        assert _code(lambda: anonymous.GetSurvivor(get, timeout=5)) == (
            grpc.StatusCode.UNAUTHENTICATED
        )
    # The stale write changed nothing.
    assert officer.GetSurvivor(get).version == survivor.version
    assert "Srey Mom" not in matching["process"].log_text()


def test_a_declined_job_is_not_proposed_again_until_it_changes(officer: As, employer: As) -> None:
    posted = employer.PostOpportunity(matching_pb2.PostOpportunityRequest(opportunity=job()))
    survivor = _assess(officer, _register(officer), READY["employment"])
    match = officer.ProposeMatch(
        matching_pb2.ProposeMatchRequest(
            survivor_id=survivor.survivor_id, opportunity_id=posted.opportunity_id
        )
    )
    officer.TransitionMatch(
        matching_pb2.TransitionMatchRequest(
            match_id=match.match_id,
            to_state=matching_pb2.MATCH_STATE_DECLINED,
            reason="too far from my child's school",
        )
    )
    assert _matches(officer, survivor.survivor_id) == []

    changed = job(pay=common_pb2.MonthlyAmount(amount=15000, currency="THB"))
    changed.opportunity_id = posted.opportunity_id
    employer.UpdateOpportunity(
        matching_pb2.UpdateOpportunityRequest(opportunity=changed, expected_version=posted.version)
    )
    assert [m.opportunity_id for m in _matches(officer, survivor.survivor_id)] == [
        posted.opportunity_id
    ]


def test_a_second_instance_learns_new_opportunities_from_kafka(
    tmp_path: Path,
    matching: RunningMatching,
    officer: As,
    employer: As,
    kafka_bootstrap: str,
    mongodb_uri: str,
) -> None:
    from tests.integration.matching.conftest import start_matching

    second, address = start_matching(
        tmp_path,
        kafka_bootstrap=kafka_bootstrap,
        mongodb_uri=mongodb_uri,
        database=matching["database"],
        name="matching-2",
    )
    try:
        with grpc.insecure_channel(address) as channel:
            officer_b = As(channel, officer.user_id, officer.organisation_id, officer.role)
            survivor = _assess(officer, _register(officer), READY["employment"])
            posted = employer.PostOpportunity(
                matching_pb2.PostOpportunityRequest(opportunity=job())
            )
            assert wait_until(
                lambda: (
                    [m.opportunity_id for m in _matches(officer_b, survivor.survivor_id)]
                    == [posted.opportunity_id]
                ),
                timeout_s=20,
            ), second.log_text()[-3000:]
    finally:
        second.stop()


def test_recommendations_follow_a_survivors_new_words_at_once(officer: As, employer: As) -> None:
    """A survivor's words are read when written and the reading is kept with them
    (``matching.domain.words_read``): a replaced profile must be read again, so the next
    recommendations follow the new words, not the kept reading of the old ones."""

    def posted(title: str, description: str, sector: str) -> matching_pb2.Opportunity:
        request = matching_pb2.PostOpportunityRequest(
            opportunity=job(title=title, description=description, sector=sector, skills_required=[])
        )
        opportunity: matching_pb2.Opportunity = employer.PostOpportunity(request)
        return opportunity

    sewing = posted(
        "Sewing machine operator",
        "Tailor shop needs someone to sew and alter clothes.",
        "garment_manufacturing",
    )
    cooking = posted(
        "Kitchen cook", "Restaurant kitchen needs a cook for Thai dishes.", "food_service"
    )
    survivor = _assess(
        officer, _register(officer, interests="อยากเย็บผ้า ตัดเสื้อ"), READY["employment"]
    )

    def order() -> list[str]:
        found = [m.opportunity_id for m in _matches(officer, survivor.survivor_id)]
        return [i for i in found if i in (sewing.opportunity_id, cooking.opportunity_id)]

    assert order()[0] == sewing.opportunity_id
    survivor = officer.UpdateSurvivorProfile(
        matching_pb2.UpdateSurvivorProfileRequest(
            survivor_id=survivor.survivor_id,
            profile=profile(interests="อยากทำอาหาร เป็นแม่ครัว"),
            expected_version=survivor.version,
        )
    )
    assert order()[0] == cooking.opportunity_id
