"""One contract, two stores: the unit tests' ``FakeMatches`` and ``MongoMatchRepository`` on a
real FerretDB answer every case the same way (``matching.service_layer.ports.MatchRepository``).

Proposals, answers, shortlists, hires and erasure are unit-tested on the fake. A match's id
is derived from survivor, opportunity and revision, so proposing again must add nothing and
say so; a survivor's and an opportunity's matches must be exactly theirs; an erased
survivor's matches must all go, and nobody else's.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import pytest
from pymongo import MongoClient

from matching.adapters.mongo_repositories import MongoMatchRepository, ensure_indexes
from matching.domain.access import Caller, Role
from matching.domain.errors import StaleVersion
from matching.domain.match import Match, MatchState, ScoredReason
from matching.domain.values import OpportunityKind
from matching.service_layer.ports import MatchRepository
from pathways_runtime.field_crypto import InMemoryFieldCrypto
from tests.unit.matching.fakes import FakeMatches

NOW = datetime(2026, 3, 1, 8, 0, tzinfo=UTC)
OFFICER = Caller("u_officer", "org_ngo", Role.REINTEGRATION_OFFICER)


@pytest.fixture(params=["fake", "mongodb"])
def matches(request: pytest.FixtureRequest) -> Iterator[MatchRepository]:
    if request.param == "fake":
        yield FakeMatches()
        return
    mongodb_uri: str = request.getfixturevalue("mongodb_uri")
    client: MongoClient[Any] = MongoClient(mongodb_uri, tz_aware=True)
    name = f"mat_{uuid.uuid4().hex[:10]}"
    try:
        ensure_indexes(client[name])
        yield MongoMatchRepository(client[name], crypto=InMemoryFieldCrypto())
    finally:
        client.drop_database(name)
        client.close()


def _match(survivor_id: str, opportunity_id: str, *, score: float = 0.5) -> Match:
    return Match.propose(
        survivor_id=survivor_id,
        survivor_organisation_id="org_ngo",
        opportunity_id=opportunity_id,
        opportunity_organisation_id="org_cafe",
        kind=OpportunityKind.JOB,
        material_revision=1,
        offer_revision=1,
        score=score,
        reasons=(ScoredReason("interest_fit", "likes cooking"),),
        at=NOW,
        by=OFFICER.user_id,
    )


def _ids(found: list[Match]) -> set[str]:
    return {m.match_id for m in found}


def test_a_proposed_match_is_kept_at_version_one_and_an_unknown_id_finds_nothing(
    matches: MatchRepository,
) -> None:
    proposed = _match("srv_a", "opp_1")
    assert matches.add(proposed) is True
    assert (proposed.version, proposed.events) == (1, [])

    found = matches.get(proposed.match_id)
    assert found is not None
    assert (found.survivor_id, found.opportunity_id, found.state, found.score, found.version) == (
        "srv_a",
        "opp_1",
        MatchState.PROPOSED,
        0.5,
        1,
    )
    assert matches.get("m_unknown") is None


def test_proposing_the_same_match_again_adds_nothing_and_says_so(
    matches: MatchRepository,
) -> None:
    assert matches.add(_match("srv_a", "opp_1", score=0.5)) is True
    again = _match("srv_a", "opp_1", score=0.9)
    assert matches.add(again) is False

    found = matches.get(again.match_id)
    assert found is not None
    assert (found.score, found.version) == (0.5, 1)
    assert len(matches.for_survivor("srv_a")) == 1


def test_an_answer_recorded_on_a_stale_copy_is_refused(matches: MatchRepository) -> None:
    matches.add(_match("srv_a", "opp_1"))
    match_id = _match("srv_a", "opp_1").match_id
    first = matches.get(match_id)
    second = matches.get(match_id)
    assert first is not None
    assert second is not None

    first.transition(to=MatchState.ACCEPTED, caller=OFFICER, at=NOW)
    matches.save(first)
    assert first.version == 2
    second.transition(to=MatchState.DECLINED, caller=OFFICER, at=NOW, reason="too far")
    with pytest.raises(StaleVersion):
        matches.save(second)

    stored = matches.get(match_id)
    assert stored is not None
    assert (stored.state, stored.version) == (MatchState.ACCEPTED, 2)


def test_a_survivors_matches_are_exactly_theirs(matches: MatchRepository) -> None:
    mine = [_match("srv_a", "opp_1"), _match("srv_a", "opp_2")]
    other = _match("srv_b", "opp_1")
    for match in (*mine, other):
        matches.add(match)

    assert _ids(matches.for_survivor("srv_a")) == _ids(mine)
    assert _ids(matches.for_survivor("srv_b")) == {other.match_id}
    assert matches.for_survivor("srv_nobody") == []


def test_an_opportunitys_matches_are_those_in_the_states_asked_for(
    matches: MatchRepository,
) -> None:
    accepted = _match("srv_a", "opp_1")
    proposed = _match("srv_b", "opp_1")
    elsewhere = _match("srv_c", "opp_2")
    for match in (accepted, proposed, elsewhere):
        matches.add(match)
    stored = matches.get(accepted.match_id)
    assert stored is not None
    stored.transition(to=MatchState.ACCEPTED, caller=OFFICER, at=NOW)
    matches.save(stored)

    found = matches.for_opportunity("opp_1", states=[MatchState.ACCEPTED.value])
    assert [m.match_id for m in found] == [accepted.match_id]
    found = matches.for_opportunity(
        "opp_1", states=[MatchState.ACCEPTED.value, MatchState.PROPOSED.value]
    )
    assert _ids(found) == {accepted.match_id, proposed.match_id}
    assert matches.for_opportunity("opp_1", states=[MatchState.HIRED.value]) == []
    assert matches.for_opportunity("opp_1", states=[]) == []


def test_erasing_a_survivors_matches_counts_them_and_leaves_everyone_elses(
    matches: MatchRepository,
) -> None:
    gone = [_match("srv_a", "opp_1"), _match("srv_a", "opp_2")]
    kept = _match("srv_b", "opp_1")
    for match in (*gone, kept):
        matches.add(match)

    assert matches.erase_survivor("srv_a") == 2
    assert matches.for_survivor("srv_a") == []
    assert all(matches.get(m.match_id) is None for m in gone)
    assert _ids(matches.for_opportunity("opp_1", states=[MatchState.PROPOSED.value])) == {
        kept.match_id
    }
    assert _ids(list(matches.all())) == {kept.match_id}
    assert matches.erase_survivor("srv_a") == 0


def test_training_reads_every_match(matches: MatchRepository) -> None:
    every = [_match("srv_a", "opp_1"), _match("srv_b", "opp_1"), _match("srv_b", "opp_2")]
    for match in every:
        matches.add(match)
    assert _ids(list(matches.all())) == _ids(every)
