"""The pool a facilitator draws from: their own organisation's survivors and those of the
NGOs sharing with it (partnerships set by platform administrators), nobody else's.

Rule (MISSION.md): an NGO's survivors are proposed only to facilitators of
organisations it has a partnership with; NGOs running their own groups see their own
survivors; a request naming no partner (an older gateway, or no partnership) means the
caller's own organisation only, never everyone.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

import pytest

from peer_groups.domain.access import Caller, Role
from peer_groups.domain.errors import InvalidInput, NotAllowedNow, NotFound
from peer_groups.domain.pool import MAX_POOL_ORGANISATIONS, PoolMember, PoolScope
from peer_groups.domain.values import MemberState, WeeklySlot
from peer_groups.service_layer import commands, handlers, queries
from peer_groups.service_layer.handlers import Ports
from peer_groups.service_layer.pool_overview import pool_overview
from peer_groups.service_layer.proposal_operations import (
    InlineRunner,
    get_proposal,
    start_proposal,
    summarise,
)
from tests.unit.peer_groups.fakes import FakeGroups, FakePool, FakeProposalOperations
from tests.unit.peer_groups.test_rules import person, settings

NOW = datetime(2026, 12, 2, 9, tzinfo=UTC)
PEER_FACILITATOR = Caller("usr_p", "org_peer", Role.FACILITATOR)
#: A facilitator of NGO A itself: NGOs often run their own groups.
NGO_A_FACILITATOR = Caller("usr_a", "org_a", Role.FACILITATOR)


def _people(organisation_id: str, count: int) -> list[PoolMember]:
    return [
        replace(person(f"sv_{organisation_id}_{i}"), organisation_id=organisation_id, version=1)
        for i in range(count)
    ]


@pytest.fixture
def ports() -> Ports:
    pool = FakePool()
    for member in _people("org_a", 3) + _people("org_b", 3):
        pool.upsert(member)
    return Ports(groups=FakeGroups(), pool=pool, clock=lambda: NOW)


def _group(ports: Ports, caller: Caller, *, max_size: int = 8) -> str:
    command = commands.CreateGroup(settings=settings(min_size=2, max_size=max_size))
    return handlers.create_group(command, caller=caller, ports=ports).group_id


def _organisations_seen(outcome: handlers.ProposalOutcome, ports: Ports) -> set[str]:
    """Organisations of everyone proposed or named as left out."""
    members = ports.pool.get_many(
        [m.survivor_id for p in outcome.formation.proposals for m in p.members]
        + list(outcome.formation.left_out)
    )
    return {m.organisation_id for m in members.values()}


def test_a_partner_is_proposed_its_partner_ngos_survivors_and_nobody_elses(ports: Ports) -> None:
    group_id = _group(ports, PEER_FACILITATOR)
    outcome = handlers.propose_members(
        commands.ProposeMembers((group_id,), seed=1, pool_organisation_ids=("org_a",)),
        caller=PEER_FACILITATOR,
        ports=ports,
    )
    (proposal,) = outcome.formation.proposals
    assert proposal.feasible
    assert {m.organisation_id for m in proposal.members} == {"org_a"}
    assert len(proposal.members) == 3
    # B's survivors are neither proposed, nor named as left out, nor given an alias.
    assert _organisations_seen(outcome, ports) == {"org_a"}
    assert not any(s.startswith("sv_org_b") for s in outcome.aliases)
    assert not outcome.formation.left_out
    # The pool is asked for the scope's organisations only: B's people are never read.
    assert isinstance(ports.pool, FakePool)
    assert ports.pool.organisations_asked == [
        frozenset({PEER_FACILITATOR.organisation_id, "org_a"})
    ]


def test_an_empty_scope_is_the_own_organisation_only_never_everyone(ports: Ports) -> None:
    group_id = _group(ports, PEER_FACILITATOR)
    outcome = handlers.propose_members(
        commands.ProposeMembers((group_id,), seed=1), caller=PEER_FACILITATOR, ports=ports
    )
    (proposal,) = outcome.formation.proposals
    assert not proposal.feasible
    assert proposal.members == ()
    assert outcome.formation.left_out == {}
    assert outcome.aliases == {}


def test_an_ngo_running_its_own_groups_sees_its_own_survivors_without_a_partnership(
    ports: Ports,
) -> None:
    group_id = _group(ports, NGO_A_FACILITATOR)
    outcome = handlers.propose_members(
        commands.ProposeMembers((group_id,), seed=1), caller=NGO_A_FACILITATOR, ports=ports
    )
    (proposal,) = outcome.formation.proposals
    assert proposal.feasible
    assert {m.organisation_id for m in proposal.members} == {"org_a"}
    assert _organisations_seen(outcome, ports) == {"org_a"}


def test_the_own_organisation_counts_even_when_the_call_names_only_partners(
    ports: Ports,
) -> None:
    group_id = _group(ports, NGO_A_FACILITATOR)
    outcome = handlers.propose_members(
        commands.ProposeMembers((group_id,), seed=1, pool_organisation_ids=("org_b",)),
        caller=NGO_A_FACILITATOR,
        ports=ports,
    )
    (proposal,) = outcome.formation.proposals
    assert {m.organisation_id for m in proposal.members} == {"org_a", "org_b"}
    assert len(proposal.members) == 6


def test_the_overview_counts_only_the_scope(ports: Ports) -> None:
    with_a = pool_overview(
        caller=PEER_FACILITATOR, ports=ports, languages=["km"], pool_organisation_ids=["org_a"]
    )
    assert with_a.open == 3
    assert with_a.by_language == {"km": 3}
    alone = pool_overview(caller=PEER_FACILITATOR, ports=ports, languages=["km"])
    assert alone.open == 0
    assert alone.by_language == {}
    both = pool_overview(
        caller=PEER_FACILITATOR,
        ports=ports,
        languages=["km"],
        pool_organisation_ids=["org_a", "org_b"],
    )
    assert both.open == 6


def test_a_started_proposal_keeps_to_the_scope_it_was_started_with(ports: Ports) -> None:
    group_id = _group(ports, PEER_FACILITATOR)
    operations = FakeProposalOperations()
    operation = start_proposal(
        commands.ProposeMembers((group_id,), seed=1, pool_organisation_ids=("org_b",)),
        caller=PEER_FACILITATOR,
        ports=ports,
        operations=operations,
        runner=InlineRunner(),
        wait_s=0,
    )
    assert operation.summary is not None
    assert operation.summary.groups[0].feasible
    proposed = ports.groups.get(group_id).members
    assert {m.organisation_id for m in proposed} == {"org_b"}


def test_a_proposal_locked_in_on_an_ended_partnership_is_not_kept_by_the_next(
    ports: Ports,
) -> None:
    """Removing a partnership stops new proposals of its NGO's survivors, and the next
    proposal drops those proposed before, locked in or not (publishing would drop them)."""
    group_id = _group(ports, PEER_FACILITATOR)
    handlers.propose_members(
        commands.ProposeMembers((group_id,), seed=1, pool_organisation_ids=("org_a",)),
        caller=PEER_FACILITATOR,
        ports=ports,
    )
    kept = ports.groups.get(group_id).members[0]
    handlers.lock_member(
        commands.LockMember(group_id, kept.alias, pool_organisation_ids=("org_a",)),
        caller=PEER_FACILITATOR,
        ports=ports,
    )
    # The partnership with A is gone; B now shares with the peer organisation.
    outcome = handlers.propose_members(
        commands.ProposeMembers((group_id,), seed=2, pool_organisation_ids=("org_b",)),
        caller=PEER_FACILITATOR,
        ports=ports,
    )
    holding = ports.groups.get(group_id).members
    assert {m.organisation_id for m in holding} == {"org_b"}
    assert {m.organisation_id for m in outcome.formation.proposals[0].members} == {"org_b"}


def test_a_scope_too_large_or_malformed_is_refused_before_anything_is_read(
    ports: Ports,
) -> None:
    group_id = _group(ports, PEER_FACILITATOR)
    too_many = tuple(f"org_{i}" for i in range(MAX_POOL_ORGANISATIONS + 1))
    for scope in (too_many, ("",), ("x" * 65,)):
        with pytest.raises(InvalidInput):
            handlers.propose_members(
                commands.ProposeMembers((group_id,), pool_organisation_ids=scope),
                caller=PEER_FACILITATOR,
                ports=ports,
            )
        with pytest.raises(InvalidInput):
            pool_overview(
                caller=PEER_FACILITATOR, ports=ports, languages=["km"], pool_organisation_ids=scope
            )
    assert not ports.groups.get(group_id).members


def test_the_scope_admits_by_the_members_own_organisation() -> None:
    scope = PoolScope.of("org_peer", ["org_a"])
    assert scope.organisation_ids == {"org_peer", "org_a"}
    assert scope.admits(person(organisation_id="org_a"))
    assert scope.admits(person(organisation_id="org_peer"))
    assert not scope.admits(person(organisation_id="org_b"))
    assert PoolScope.of("org_peer").organisation_ids == {"org_peer"}


def test_publishing_invites_nobody_whose_partnership_ended_since_the_proposal(
    ports: Ports,
) -> None:
    group_id = _group(ports, PEER_FACILITATOR)
    handlers.propose_members(
        commands.ProposeMembers((group_id,), seed=1, pool_organisation_ids=("org_a", "org_b")),
        caller=PEER_FACILITATOR,
        ports=ports,
    )
    proposed = ports.groups.get(group_id).members
    assert {m.organisation_id for m in proposed} == {"org_a", "org_b"}
    locked_b = next(m for m in proposed if m.organisation_id == "org_b")
    handlers.lock_member(
        commands.LockMember(group_id, locked_b.alias, pool_organisation_ids=("org_a", "org_b")),
        caller=PEER_FACILITATOR,
        ports=ports,
    )
    # B's partnership was removed before the facilitator published: only A's are invited,
    # B's (locked in or not) are dropped from the proposal.
    group = handlers.publish_invitations(
        commands.PublishInvitations(group_id, pool_organisation_ids=("org_a",)),
        caller=PEER_FACILITATOR,
        ports=ports,
    )
    assert {m.organisation_id for m in group.members} == {"org_a"}
    assert {m.state for m in group.members} == {MemberState.INVITED}
    assert len(group.members) == 3


def test_publishing_without_a_scope_invites_only_the_own_organisations(ports: Ports) -> None:
    """An older gateway names no partner: nobody of another organisation is invited."""
    group_id = _group(ports, PEER_FACILITATOR)
    handlers.propose_members(
        commands.ProposeMembers((group_id,), seed=1, pool_organisation_ids=("org_a",)),
        caller=PEER_FACILITATOR,
        ports=ports,
    )
    with pytest.raises(NotAllowedNow):
        handlers.publish_invitations(
            commands.PublishInvitations(group_id), caller=PEER_FACILITATOR, ports=ports
        )
    assert not [m for m in ports.groups.get(group_id).members if m.state is MemberState.INVITED]


def test_invited_and_joined_members_stay_when_a_partnership_ends(ports: Ports) -> None:
    group_id = _group(ports, PEER_FACILITATOR, max_size=3)
    handlers.propose_members(
        commands.ProposeMembers((group_id,), seed=1, pool_organisation_ids=("org_a",)),
        caller=PEER_FACILITATOR,
        ports=ports,
    )
    invited = handlers.publish_invitations(
        commands.PublishInvitations(group_id, pool_organisation_ids=("org_a",)),
        caller=PEER_FACILITATOR,
        ports=ports,
    ).members
    officer_a = Caller("usr_oa", "org_a", Role.REINTEGRATION_OFFICER)
    handlers.record_answer(
        commands.RecordAnswer(group_id, invited[0].survivor_id, joined=True),
        caller=officer_a,
        ports=ports,
    )
    # A's partnership ends; the next proposal draws from B only, and nobody of A leaves.
    handlers.propose_members(
        commands.ProposeMembers((group_id,), seed=2, pool_organisation_ids=("org_b",)),
        caller=PEER_FACILITATOR,
        ports=ports,
    )
    states = {m.survivor_id: m.state for m in ports.groups.get(group_id).members}
    assert states[invited[0].survivor_id] is MemberState.JOINED
    assert all(states[m.survivor_id] is not MemberState.LEFT for m in invited)


def test_a_partner_organisation_knows_each_survivor_by_a_code_of_its_own(ports: Ports) -> None:
    """What a partner peer-support organisation sees of someone cannot be put together
    with what an employer's shortlist or another partner shows: its facilitators name
    people by codes of its own (the same ones every time), never the alias their NGO
    uses; the NGO's own facilitators keep that alias."""
    group_id = _group(ports, PEER_FACILITATOR)
    outcome = handlers.propose_members(
        commands.ProposeMembers((group_id,), seed=1, pool_organisation_ids=("org_a",)),
        caller=PEER_FACILITATOR,
        ports=ports,
    )
    owner_aliases = {m.survivor_id: m.alias for m in _people("org_a", 3)}
    placed = {m.survivor_id: m.alias for m in ports.groups.get(group_id).members}
    assert placed.keys() == owner_aliases.keys()
    assert not set(placed.values()) & set(owner_aliases.values())
    assert len(set(placed.values())) == 3
    assert outcome.aliases == {}, "a partner's survivors left out are counted, not named"
    # Asked again (another group, another seed): the same person, the same code.
    again_group = _group(ports, PEER_FACILITATOR)
    handlers.propose_members(
        commands.ProposeMembers((again_group,), seed=5, pool_organisation_ids=("org_a",)),
        caller=PEER_FACILITATOR,
        ports=ports,
    )
    again = {m.survivor_id: m.alias for m in ports.groups.get(again_group).members}
    assert again == placed
    # A second partner organisation sees the same people under other codes.
    other_partner = Caller("usr_q", "org_peer_two", Role.FACILITATOR)
    elsewhere_group = _group(ports, other_partner)
    handlers.propose_members(
        commands.ProposeMembers((elsewhere_group,), seed=1, pool_organisation_ids=("org_a",)),
        caller=other_partner,
        ports=ports,
    )
    elsewhere = {m.survivor_id: m.alias for m in ports.groups.get(elsewhere_group).members}
    assert elsewhere.keys() == placed.keys()
    assert not set(elsewhere.values()) & set(placed.values())
    # The NGO's own facilitators see the alias the officer sees.
    own = handlers.propose_members(
        commands.ProposeMembers((_group(ports, NGO_A_FACILITATOR),), seed=1),
        caller=NGO_A_FACILITATOR,
        ports=ports,
    )
    assert own.aliases == owner_aliases


def test_a_partners_facilitator_acts_on_members_by_its_own_codes(ports: Ports) -> None:
    group_id = _group(ports, PEER_FACILITATOR)
    handlers.propose_members(
        commands.ProposeMembers((group_id,), seed=1, pool_organisation_ids=("org_a",)),
        caller=PEER_FACILITATOR,
        ports=ports,
    )
    first, second, _ = ports.groups.get(group_id).members
    handlers.lock_member(
        commands.LockMember(group_id, first.alias, pool_organisation_ids=("org_a",)),
        caller=PEER_FACILITATOR,
        ports=ports,
    )
    handlers.remove_member(
        commands.RemoveMember(group_id, second.alias, pool_organisation_ids=("org_a",)),
        caller=PEER_FACILITATOR,
        ports=ports,
    )
    after = {m.survivor_id: m for m in ports.groups.get(group_id).members}
    assert after[first.survivor_id].locked
    assert second.survivor_id not in {m.survivor_id for m in ports.groups.get(group_id).holding}
    published = handlers.publish_invitations(
        commands.PublishInvitations(group_id, pool_organisation_ids=("org_a",)),
        caller=PEER_FACILITATOR,
        ports=ports,
    )
    assert {m.state for m in published.holding} == {MemberState.INVITED}


# -- what a facilitator sees once a partnership has ended (outside probe, session 32) --------


def _proposed_from_a_and_b(ports: Ports) -> str:
    group_id = _group(ports, PEER_FACILITATOR)
    handlers.propose_members(
        commands.ProposeMembers((group_id,), seed=1, pool_organisation_ids=("org_a", "org_b")),
        caller=PEER_FACILITATOR,
        ports=ports,
    )
    proposed = ports.groups.get(group_id).members
    assert {m.organisation_id for m in proposed} == {"org_a", "org_b"}
    return group_id


def _orgs_on_cards(view: queries.GroupView, ports: Ports) -> set[str]:
    members = ports.pool.get_many(card.member.survivor_id for card in view.cards)
    return {m.organisation_id for m in members.values()}


def test_proposals_of_an_ngo_whose_partnership_ended_are_shown_to_nobody(ports: Ports) -> None:
    """B's partnership is removed after the proposal: the facilitator's reads of the group
    no longer show B's proposed survivors, by card or in what the others share."""
    for person_of_b in _people("org_b", 3):
        ports.pool.upsert(replace(person_of_b, interests=frozenset({"sewing"}), version=2))
    group_id = _proposed_from_a_and_b(ports)
    a_only = PoolScope.of(PEER_FACILITATOR.organisation_id, ("org_a",))
    both = PoolScope.of(PEER_FACILITATOR.organisation_id, ("org_a", "org_b"))

    seen = queries.get_group(group_id, caller=PEER_FACILITATOR, ports=ports, scope=a_only)
    assert _orgs_on_cards(seen, ports) == {"org_a"}
    assert len(seen.cards) == 3
    assert all("sewing" not in card.shared_interests for card in seen.cards)
    (listed,), _ = queries.list_groups(
        caller=PEER_FACILITATOR,
        ports=ports,
        mine_only=False,
        status=None,
        after="",
        limit=10,
        scope=a_only,
    )
    assert _orgs_on_cards(listed, ports) == {"org_a"}
    # While B still shares, its people are there, sharing their interest among themselves.
    full = queries.get_group(group_id, caller=PEER_FACILITATOR, ports=ports, scope=both)
    assert _orgs_on_cards(full, ports) == {"org_a", "org_b"}
    assert any("sewing" in card.shared_interests for card in full.cards)


def test_a_hidden_proposal_can_be_neither_locked_nor_removed(ports: Ports) -> None:
    group_id = _proposed_from_a_and_b(ports)
    of_b = next(m for m in ports.groups.get(group_id).members if m.organisation_id == "org_b")
    before = ports.groups.get(group_id).version
    with pytest.raises(NotFound):
        handlers.lock_member(
            commands.LockMember(group_id, of_b.alias, pool_organisation_ids=("org_a",)),
            caller=PEER_FACILITATOR,
            ports=ports,
        )
    with pytest.raises(NotFound):
        handlers.remove_member(
            commands.RemoveMember(group_id, of_b.alias, pool_organisation_ids=("org_a",)),
            caller=PEER_FACILITATOR,
            ports=ports,
        )
    assert ports.groups.get(group_id).version == before


def test_invited_members_of_an_ngo_whose_partnership_ended_stay_visible(ports: Ports) -> None:
    """Their place is theirs: the facilitator must still see who is coming."""
    group_id = _proposed_from_a_and_b(ports)
    handlers.publish_invitations(
        commands.PublishInvitations(group_id, pool_organisation_ids=("org_a", "org_b")),
        caller=PEER_FACILITATOR,
        ports=ports,
    )
    none = PoolScope.of(PEER_FACILITATOR.organisation_id)
    seen = queries.get_group(group_id, caller=PEER_FACILITATOR, ports=ports, scope=none)
    assert _orgs_on_cards(seen, ports) == {"org_a", "org_b"}
    assert {card.member.state for card in seen.cards} == {MemberState.INVITED}


def test_a_proposal_read_after_a_partnership_ended_hides_that_ngos_people(ports: Ports) -> None:
    """Neither among the members nor among the people left out."""
    first, second = _group(ports, PEER_FACILITATOR, max_size=2), _group(ports, PEER_FACILITATOR)
    operations = FakeProposalOperations()
    operation = start_proposal(
        commands.ProposeMembers((first, second), seed=1, pool_organisation_ids=("org_a", "org_b")),
        caller=PEER_FACILITATOR,
        ports=ports,
        operations=operations,
        runner=InlineRunner(),
        wait_s=0,
    )

    def people_shown(*partners: str) -> set[str]:
        reading = get_proposal(
            operation.operation_id,
            caller=PEER_FACILITATOR,
            ports=ports,
            operations=operations,
            scope=PoolScope.of(PEER_FACILITATOR.organisation_id, partners),
        )
        assert reading.operation.summary is not None
        members = {m.survivor_id for g in reading.groups for m in g.members}
        left_out = {x.survivor_id for x in reading.operation.summary.left_out}
        return {ports.pool.get_many([s])[s].organisation_id for s in members | left_out}

    assert people_shown("org_a", "org_b") == {"org_a", "org_b"}
    assert people_shown("org_a") == {"org_a"}


def test_an_officer_answering_sees_their_survivors_place_only(ports: Ports) -> None:
    """An officer of A records their survivor's answer: the group answered holds that
    survivor's place, never the cards of B's survivors (or A's others)."""
    group_id = _proposed_from_a_and_b(ports)
    invited = handlers.publish_invitations(
        commands.PublishInvitations(group_id, pool_organisation_ids=("org_a", "org_b")),
        caller=PEER_FACILITATOR,
        ports=ports,
    ).members
    of_a = next(m for m in invited if m.organisation_id == "org_a")
    officer_a = Caller("usr_oa", "org_a", Role.REINTEGRATION_OFFICER)
    answered = handlers.record_answer(
        commands.RecordAnswer(group_id, of_a.survivor_id, joined=True),
        caller=officer_a,
        ports=ports,
    )
    seen = queries.own_place_of(answered, of_a.survivor_id, ports)
    assert [card.member.survivor_id for card in seen.cards] == [of_a.survivor_id]
    assert seen.cards[0].member.state is MemberState.JOINED


def test_a_partner_is_told_how_many_were_left_out_and_why_but_never_who(ports: Ports) -> None:
    """Session 34's probe: an in-person group's candidates are the people of its district,
    so naming those left out told a partner's facilitator where people live whom no group
    will take, and which of them are minors. A partner NGO's survivors left out are
    counted by reason; only the facilitator's own organisation's are named."""
    pool = ports.pool
    assert isinstance(pool, FakePool)
    never_free = (WeeklySlot(1, 6 * 60, 60),)  # Monday at dawn: not the group's evening
    pool.upsert(replace(person("sv_busy", availability=never_free), organisation_id="org_a"))
    pool.upsert(
        replace(
            person("sv_child", minor=True, age_band="15-17", age_years=16), organisation_id="org_a"
        )
    )
    pool.upsert(replace(person("sv_own_busy", availability=never_free), organisation_id="org_peer"))
    group_id = _group(ports, PEER_FACILITATOR)

    outcome = handlers.propose_members(
        commands.ProposeMembers((group_id,), seed=1, pool_organisation_ids=("org_a",)),
        caller=PEER_FACILITATOR,
        ports=ports,
    )
    summary = summarise(outcome.formation, outcome.aliases)

    assert {x.survivor_id for x in summary.left_out} == {"sv_own_busy"}
    assert summary.left_out_counts["NO_SLOT_OVERLAP"] == 2
    assert sum(summary.left_out_counts.values()) == len(outcome.formation.left_out) == 3
