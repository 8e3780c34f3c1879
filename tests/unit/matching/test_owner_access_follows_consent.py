"""Employers and providers reach a survivor's match only while the survivor consents to
share with them: checked on every read and every step, at the time of the call."""

from __future__ import annotations

import pytest

from matching.domain.access import Caller
from matching.domain.errors import NotFound
from matching.domain.match import MatchState
from matching.domain.values import ConsentPurpose, OpportunityKind, ReadinessStage
from matching.service_layer import commands, queries
from matching.service_layer.handlers import Ports, handle
from tests.unit.matching.service_ports import FakePorts, build_ports
from tests.unit.matching.test_handlers import EMPLOYER, OFFICER, PROVIDER, _details, _ready_survivor


@pytest.fixture
def ports() -> FakePorts:
    return build_ports()


def _consent(ports: Ports, survivor_id: str, granted: bool) -> None:
    survivor = ports.survivors.get(survivor_id)
    assert survivor is not None
    handle(
        commands.SetConsent(
            caller=OFFICER,
            survivor_id=survivor_id,
            purpose=ConsentPurpose.EMPLOYER_SHORTLIST,
            granted=granted,
            expected_version=survivor.version,
        ),
        ports,
    )


def _accepted(ports: Ports, owner: Caller, kind: OpportunityKind) -> tuple[str, str]:
    posted = handle(commands.PostOpportunity(caller=owner, details=_details(kind=kind)), ports)
    survivor = _ready_survivor(ports, stage=ReadinessStage.EMPLOYMENT_READY)
    _consent(ports, survivor.survivor_id, True)
    match = handle(
        commands.ProposeMatch(
            caller=OFFICER, survivor_id=survivor.survivor_id, opportunity_id=posted.opportunity_id
        ),
        ports,
    )
    handle(
        commands.TransitionMatch(
            caller=OFFICER, match_id=match.match_id, to_state=MatchState.ACCEPTED
        ),
        ports,
    )
    return survivor.survivor_id, match.match_id


@pytest.mark.parametrize(
    ("owner", "kind", "next_state"),
    [
        (EMPLOYER, OpportunityKind.JOB, MatchState.EMPLOYER_INTEREST),
        (PROVIDER, OpportunityKind.TRAINING, MatchState.ENROLLED),
    ],
)
def test_a_withdrawn_shortlist_consent_makes_the_match_unknown_to_its_owner(
    ports: Ports, owner: Caller, kind: OpportunityKind, next_state: MatchState
) -> None:
    survivor_id, match_id = _accepted(ports, owner, kind)
    assert queries.get_match(owner, match_id, ports).state is MatchState.ACCEPTED

    _consent(ports, survivor_id, False)

    with pytest.raises(NotFound):
        queries.get_match(owner, match_id, ports)
    with pytest.raises(NotFound):
        handle(
            commands.TransitionMatch(caller=owner, match_id=match_id, to_state=next_state), ports
        )
    # The officer still sees it, unchanged.
    assert queries.get_match(OFFICER, match_id, ports).state is MatchState.ACCEPTED


def test_consent_granted_again_gives_the_owner_the_match_back(ports: Ports) -> None:
    survivor_id, match_id = _accepted(ports, EMPLOYER, OpportunityKind.JOB)
    _consent(ports, survivor_id, False)
    _consent(ports, survivor_id, True)
    moved = handle(
        commands.TransitionMatch(
            caller=EMPLOYER, match_id=match_id, to_state=MatchState.EMPLOYER_INTEREST
        ),
        ports,
    )
    assert moved.state is MatchState.EMPLOYER_INTEREST


def test_an_erased_survivors_match_is_unknown_to_its_owner(ports: FakePorts) -> None:
    survivor_id, match_id = _accepted(ports, EMPLOYER, OpportunityKind.JOB)
    # The survivor document gone while a match copy remains (erasure deletes matches first,
    # a crash between the two): the owner still learns nothing.
    ports.survivors.items.pop(survivor_id)
    with pytest.raises(NotFound):
        queries.get_match(EMPLOYER, match_id, ports)
