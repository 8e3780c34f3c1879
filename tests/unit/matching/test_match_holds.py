"""An officer sees what holds a match from its next step now, before trying it.

A proposal that the survivor can no longer accept (they withdrew their consent to matching,
their readiness went down, the job was rewritten into what they avoid) stays on the
officer's list, since declining and ending it stay possible. Its record says why no step
forward can be taken (security and safety probe, session 35, F3), in the codes a refused
step names, so the console can say it and offer only the decline. The codes expected here
come from MISSION's rules (consent and readiness enforced at each call; minors never in
hazardous work; sectors to avoid; employers see only who consents to be shared with them).
"""

from __future__ import annotations

import pytest

from matching.domain.errors import NotAllowedNow
from matching.domain.match import MatchState
from matching.domain.values import (
    ConsentPurpose,
    MonthlyAmount,
    OpportunityKind,
    ReadinessStage,
)
from matching.entrypoints.grpc_api import MatchingServicer
from matching.service_layer import queries
from pathways.v1 import matching_pb2
from pathways_runtime.identity import CallerIdentity, verified_caller_scope
from tests.unit.matching.service_ports import FakePorts, build_ports
from tests.unit.matching.test_grpc_errors import FakeContext
from tests.unit.matching.test_handlers import EMPLOYER, OFFICER, OTHER_OFFICER, PROVIDER
from tests.unit.matching.test_rules_hold_after_proposal import (
    CANDIDATES,
    FISHING_VESSEL,
    _assess,
    _candidate,
    _codes,
    _consent,
    _edit,
    _job_match_at,
    _post,
    _proposed,
    _step,
)

S = MatchState
SHARING = "no_employer_shortlist_consent"


@pytest.fixture
def ports() -> FakePorts:
    return build_ports()


def _held_in_list(ports: FakePorts, survivor_id: str) -> dict[str, list[str]]:
    found = queries.list_survivor_matches(OFFICER, survivor_id, ports)
    return queries.match_holds(OFFICER, found, ports, all_of_survivor=True)


def _held_alone(ports: FakePorts, match_id: str) -> list[str]:
    match = queries.get_match(OFFICER, match_id, ports)
    return queries.match_holds(OFFICER, [match], ports).get(match_id, [])


def test_a_proposal_is_held_while_the_survivor_has_withdrawn_consent_to_matching(
    ports: FakePorts,
) -> None:
    job = _post(ports)
    survivor = _candidate(ports)
    match_id = _proposed(ports, survivor, job)
    assert _held_in_list(ports, survivor.survivor_id) == {}
    assert _held_alone(ports, match_id) == []

    _consent(ports, survivor.survivor_id, ConsentPurpose.MATCHING, granted=False)

    assert _held_in_list(ports, survivor.survivor_id) == {match_id: ["no_matching_consent"]}
    assert _held_alone(ports, match_id) == ["no_matching_consent"]
    # What the list says is what a step answers.
    with pytest.raises(NotAllowedNow) as refused:
        _step(ports, OFFICER, match_id, S.ACCEPTED)
    assert _codes(refused) == {"no_matching_consent"}

    _consent(ports, survivor.survivor_id, ConsentPurpose.MATCHING, granted=True)

    assert _held_in_list(ports, survivor.survivor_id) == {}
    assert _step(ports, OFFICER, match_id, S.ACCEPTED).state is S.ACCEPTED


def test_a_held_proposal_can_still_be_declined_and_then_holds_nothing(ports: FakePorts) -> None:
    job = _post(ports)
    survivor = _candidate(ports)
    match_id = _proposed(ports, survivor, job)
    _consent(ports, survivor.survivor_id, ConsentPurpose.MATCHING, granted=False)

    declined = _step(ports, OFFICER, match_id, S.DECLINED, reason="not now")

    assert declined.state is S.DECLINED
    assert _held_in_list(ports, survivor.survivor_id) == {}


def test_a_proposal_is_held_after_the_survivor_is_assessed_as_stabilising(
    ports: FakePorts,
) -> None:
    job = _post(ports)
    survivor = _candidate(ports)
    match_id = _proposed(ports, survivor, job)

    _assess(ports, survivor.survivor_id, ReadinessStage.STABILISING)

    assert _held_in_list(ports, survivor.survivor_id) == {match_id: ["not_ready"]}


@pytest.mark.parametrize("who", list(CANDIDATES))
def test_a_job_rewritten_into_fishing_work_is_held_by_the_rules_its_step_would_break(
    ports: FakePorts, who: str
) -> None:
    profile, broken = CANDIDATES[who]
    cafe = _post(ports, title="Cook", description="Café kitchen cook", minimum_age=15, openings=3)
    survivor = _candidate(ports, **profile)
    match_id = _job_match_at(ports, survivor, cafe, S.EMPLOYER_INTEREST)

    _edit(ports, cafe.opportunity_id, **FISHING_VESSEL)

    assert set(_held_in_list(ports, survivor.survivor_id)[match_id]) == broken
    assert set(_held_alone(ports, match_id)) == broken
    with pytest.raises(NotAllowedNow) as refused:
        _step(ports, OFFICER, match_id, S.INTRODUCED)
    assert _codes(refused) == broken


@pytest.mark.parametrize("reached", [S.ACCEPTED, S.EMPLOYER_INTEREST])
def test_an_accepted_job_waits_on_the_consent_to_be_shared_with_employers(
    ports: FakePorts, reached: MatchState
) -> None:
    job = _post(ports)
    survivor = _candidate(ports)
    match_id = _job_match_at(ports, survivor, job, reached)
    assert _held_alone(ports, match_id) == []

    _consent(ports, survivor.survivor_id, ConsentPurpose.EMPLOYER_SHORTLIST, granted=False)

    assert _held_alone(ports, match_id) == [SHARING]
    assert _held_in_list(ports, survivor.survivor_id) == {match_id: [SHARING]}


def test_a_proposal_does_not_wait_on_sharing_and_a_course_is_moved_on_by_its_officer(
    ports: FakePorts,
) -> None:
    """Before the survivor accepts, no employer is involved; a course's enrolment can be
    recorded by the officer, so a provider not seeing it holds nothing."""
    job = _post(ports)
    course = _post(ports, PROVIDER, kind=OpportunityKind.TRAINING, title="Pastry course")
    survivor = _candidate(ports)
    proposal = _proposed(ports, survivor, job)
    accepted_course = _proposed(ports, survivor, course)
    _step(ports, OFFICER, accepted_course, S.ACCEPTED)

    _consent(ports, survivor.survivor_id, ConsentPurpose.EMPLOYER_SHORTLIST, granted=False)

    assert _held_in_list(ports, survivor.survivor_id) == {}
    assert _held_alone(ports, proposal) == []
    assert _step(ports, OFFICER, accepted_course, S.ENROLLED).state is S.ENROLLED


@pytest.mark.parametrize("last", [S.DECLINED, S.ENDED, S.HIRED])
def test_a_match_with_no_step_forward_left_holds_nothing(
    ports: FakePorts, last: MatchState
) -> None:
    """Declined and ended are final; after a hire only outcomes are recorded, and those are
    not held by the rules now (they state what already happened)."""
    job = _post(ports)
    survivor = _candidate(ports)
    if last is S.HIRED:
        match_id = _job_match_at(ports, survivor, job, S.HIRED)
    else:
        match_id = _proposed(ports, survivor, job)
        _step(ports, OFFICER, match_id, last, reason="changed their mind")

    _consent(ports, survivor.survivor_id, ConsentPurpose.MATCHING, granted=False)
    _consent(ports, survivor.survivor_id, ConsentPurpose.EMPLOYER_SHORTLIST, granted=False)

    assert _held_in_list(ports, survivor.survivor_id) == {}
    assert _held_alone(ports, match_id) == []


def test_only_the_survivors_officers_are_told_what_holds_a_match(ports: FakePorts) -> None:
    """What holds a match says something about the survivor (a consent, a readiness, the
    sectors they avoid): an owner reads a held match as not found anyway, and nothing else
    is told."""
    job = _post(ports)
    survivor = _candidate(ports)
    match_id = _job_match_at(ports, survivor, job, S.ACCEPTED)
    match = queries.get_match(EMPLOYER, match_id, ports)
    _assess(ports, survivor.survivor_id, ReadinessStage.TRAINING_READY)

    assert queries.match_holds(OFFICER, [match], ports) == {match_id: ["not_ready"]}
    for caller in (EMPLOYER, PROVIDER, OTHER_OFFICER):
        assert queries.match_holds(caller, [match], ports) == {}


def test_the_list_reads_each_opportunity_once(ports: FakePorts) -> None:
    job = _post(ports, openings=3)
    survivor = _candidate(ports)
    _proposed(ports, survivor, job)
    _edit(ports, job.opportunity_id, pay=MonthlyAmount(12_000, "THB"))
    _proposed(ports, survivor, job)  # a second match, at the new material revision
    found = queries.list_survivor_matches(OFFICER, survivor.survivor_id, ports)
    assert len(found) == 2
    reads: list[str] = []
    original = ports.opportunities.get

    def counting(opportunity_id: str):  # type: ignore[no-untyped-def]
        reads.append(opportunity_id)
        return original(opportunity_id)

    ports.opportunities.get = counting  # type: ignore[method-assign]
    queries.match_holds(OFFICER, found, ports, all_of_survivor=True)
    assert reads == [job.opportunity_id]


def test_the_officers_records_over_the_contract_carry_the_hold() -> None:
    """Through the servicer and its proto mapping, as the gateway reads them."""
    ports = build_ports()
    survivor = _candidate(ports)
    match_id = _proposed(ports, survivor, _post(ports))
    _consent(ports, survivor.survivor_id, ConsentPurpose.MATCHING, granted=False)
    servicer = MatchingServicer(ports)
    officer = CallerIdentity(OFFICER.user_id, OFFICER.organisation_id, OFFICER.role.value)

    with verified_caller_scope(officer):
        one = servicer.GetMatch(matching_pb2.GetMatchRequest(match_id=match_id), FakeContext())
        listed = servicer.ListSurvivorMatches(
            matching_pb2.ListSurvivorMatchesRequest(survivor_id=survivor.survivor_id),
            FakeContext(),
        )

    assert list(one.held_by) == ["no_matching_consent"]
    assert [list(m.held_by) for m in listed.matches] == [["no_matching_consent"]]
