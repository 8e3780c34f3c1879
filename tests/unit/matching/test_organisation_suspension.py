"""A platform administrator suspends an organisation (a safeguarding concern, vetting
withdrawn), and lifts that.

Rules: while suspended, none of its opportunities is offered to anyone, none of its
matches moves forward (declining and ending stay possible: the survivor's choice and
stopping are always allowed), its owner sees no candidate, and it posts nothing; another
organisation is untouched; only a platform administrator suspends; asking again changes
nothing; lifting it offers its open opportunities again.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from matching.adapters.documents import opportunity_from_document, opportunity_to_document
from matching.adapters.proto_mapping import opportunity_from_proto, opportunity_to_proto
from matching.domain.access import Caller, Role
from matching.domain.errors import Forbidden, NotAllowedNow, NotFound
from matching.domain.match import MatchState
from matching.domain.opportunity import Opportunity
from matching.domain.rules import Violation, violations
from matching.service_layer import commands, queries
from matching.service_layer.handlers import handle
from tests.unit.matching.fakes import FakeStandings
from tests.unit.matching.service_ports import FakePorts, build_ports
from tests.unit.matching.test_handlers import EMPLOYER, OFFICER, _details, _ready_survivor
from tests.unit.matching.test_rules_hold_after_proposal import _proposed

ADMIN = Caller("u_admin", "org_platform", Role.PLATFORM_ADMIN)
OTHER_EMPLOYER = Caller("u_hotel", "org_hotel", Role.EMPLOYER)


def _post(ports: FakePorts, caller: Caller = EMPLOYER, **details: object) -> Opportunity:
    posted: Opportunity = handle(
        commands.PostOpportunity(caller=caller, details=_details(**details)), ports
    )
    return posted


def _suspend(ports: FakePorts, organisation_id: str, suspended: bool = True) -> int:
    changed: int = handle(
        commands.SetOrganisationSuspension(
            caller=ADMIN, organisation_id=organisation_id, suspended=suspended
        ),
        ports,
    )
    return changed


def _offered(ports: FakePorts, survivor_id: str) -> set[str]:
    found = queries.get_matches(OFFICER, survivor_id, top_k=50, kind=None, ports=ports)
    return {s.opportunity.opportunity_id for s in found}


def test_a_suspended_employers_jobs_are_offered_to_no_one_until_lifted() -> None:
    ports = build_ports()
    cafe, bakery = _post(ports), _post(ports, title="Baker")
    hotel = _post(ports, OTHER_EMPLOYER)
    survivor = _ready_survivor(ports)
    assert _offered(ports, survivor.survivor_id) == {
        cafe.opportunity_id,
        bakery.opportunity_id,
        hotel.opportunity_id,
    }

    assert _suspend(ports, EMPLOYER.organisation_id) == 2
    assert _offered(ports, survivor.survivor_id) == {hotel.opportunity_id}
    stored = ports.opportunities.get(cafe.opportunity_id)
    assert stored is not None
    assert stored.suspended
    assert Violation.ORGANISATION_SUSPENDED in violations(survivor, stored)
    with pytest.raises(NotAllowedNow, match="organisation_suspended"):
        _proposed(ports, survivor, cafe)
    assert _suspend(ports, EMPLOYER.organisation_id) == 0  # asked again: nothing to change

    assert _suspend(ports, EMPLOYER.organisation_id, suspended=False) == 2
    assert _offered(ports, survivor.survivor_id) == {
        cafe.opportunity_id,
        bakery.opportunity_id,
        hotel.opportunity_id,
    }


def test_its_matches_move_no_further_while_suspended_but_can_be_declined() -> None:
    ports = build_ports()
    job = _post(ports, openings=3)
    first, second = _ready_survivor(ports), _ready_survivor(ports)
    stopped, declined = _proposed(ports, first, job), _proposed(ports, second, job)
    _suspend(ports, EMPLOYER.organisation_id)

    with pytest.raises(NotAllowedNow, match="organisation_suspended"):
        handle(
            commands.TransitionMatch(
                caller=OFFICER, match_id=stopped, to_state=MatchState.ACCEPTED
            ),
            ports,
        )
    assert queries.get_shortlist(EMPLOYER, job.opportunity_id, ports) == []
    with pytest.raises(NotFound):
        queries.get_match(EMPLOYER, stopped, ports)
    no = handle(
        commands.TransitionMatch(
            caller=OFFICER, match_id=declined, to_state=MatchState.DECLINED, reason="not now"
        ),
        ports,
    )
    assert no.state is MatchState.DECLINED

    # Lifted: the match stopped meanwhile moves on from where it was.
    _suspend(ports, EMPLOYER.organisation_id, suspended=False)
    accepted = handle(
        commands.TransitionMatch(caller=OFFICER, match_id=stopped, to_state=MatchState.ACCEPTED),
        ports,
    )
    assert accepted.state is MatchState.ACCEPTED


def test_a_suspended_organisation_posts_nothing() -> None:
    ports = build_ports()
    _suspend(ports, EMPLOYER.organisation_id)
    with pytest.raises(NotAllowedNow):
        _post(ports)
    assert list(ports.opportunities.all()) == []


class _SuspendedWhileReading(FakeStandings):
    """The suspension is written between a post's first look and its add: the post read
    "not suspended" first, and the suspension's listing did not see it yet."""

    def __init__(self) -> None:
        super().__init__()
        self.reads = 0

    def is_suspended(self, organisation_id: str) -> bool:
        self.reads += 1
        return self.reads > 1


def test_a_job_posted_while_its_organisation_was_being_suspended_ends_suspended() -> None:
    ports = replace(build_ports(), standings=_SuspendedWhileReading())
    posted = _post(ports)
    assert posted.suspended
    stored = ports.opportunities.get(posted.opportunity_id)
    assert stored is not None
    assert stored.suspended
    assert _offered(ports, _ready_survivor(ports).survivor_id) == set()


@pytest.mark.parametrize("caller", [EMPLOYER, OFFICER])
def test_only_a_platform_administrator_suspends(caller: Caller) -> None:
    ports = build_ports()
    job = _post(ports)
    with pytest.raises(Forbidden):
        handle(
            commands.SetOrganisationSuspension(
                caller=caller, organisation_id=EMPLOYER.organisation_id, suspended=True
            ),
            ports,
        )
    stored = ports.opportunities.get(job.opportunity_id)
    assert stored is not None
    assert not stored.suspended


def test_the_suspension_crosses_the_store_and_events() -> None:
    suspended = Opportunity("opp_1", "org_1", _details(), suspended=True)
    assert opportunity_from_document(opportunity_to_document(suspended)).suspended
    assert opportunity_from_proto(opportunity_to_proto(suspended)).suspended
    # Stored before suspensions existed: not suspended.
    document = opportunity_to_document(Opportunity("opp_2", "org_1", _details()))
    del document["suspended"]
    assert not opportunity_from_document(document).suspended
