"""The peer-groups service layer over in-memory fakes: roles, lifecycle, the pool's events."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

import pytest

from peer_groups.domain import events
from peer_groups.domain.access import Caller, Role
from peer_groups.domain.errors import Forbidden, InvalidInput, NotAllowedNow, NotFound, StaleVersion
from peer_groups.domain.pool import PoolScope
from peer_groups.domain.rules import Exclusion
from peer_groups.domain.values import GroupStatus, MemberState, ReadinessStage
from peer_groups.service_layer import commands, handlers, queries
from peer_groups.service_layer.handlers import Ports
from tests.unit.peer_groups.fakes import FakeGroups, FakePool
from tests.unit.peer_groups.test_rules import person, settings

FACILITATOR = Caller("usr_f", "org_peer", Role.FACILITATOR)
OTHER_FACILITATOR = Caller("usr_g", "org_other", Role.FACILITATOR)
OFFICER = Caller("usr_o", "org_ngo", Role.REINTEGRATION_OFFICER)
OTHER_OFFICER = Caller("usr_p", "org_far", Role.REINTEGRATION_OFFICER)
NOW = datetime(2026, 11, 28, 12, tzinfo=UTC)
#: The NGO whose survivors the pool below holds shares them with FACILITATOR's organisation.
SHARING = ("org_ngo",)
SCOPE = PoolScope.of(FACILITATOR.organisation_id, SHARING)


@pytest.fixture
def ports() -> Ports:
    pool = FakePool()
    for i in range(6):
        pool.upsert(replace(person(f"sv_{i}"), version=1, interests=frozenset({"cooking"})))
    return Ports(groups=FakeGroups(), pool=pool, clock=lambda: NOW)


def create(ports: Ports, **changes: object) -> str:
    command = commands.CreateGroup(settings=settings(min_size=3, max_size=4, **changes))
    return handlers.create_group(command, caller=FACILITATOR, ports=ports).group_id


def test_only_facilitators_create_groups(ports: Ports) -> None:
    with pytest.raises(Forbidden):
        handlers.create_group(
            commands.CreateGroup(settings=settings()), caller=OFFICER, ports=ports
        )


def test_creating_twice_with_one_request_id_makes_one_group(ports: Ports) -> None:
    command = commands.CreateGroup(settings=settings(), request_id="req-1")
    first = handlers.create_group(command, caller=FACILITATOR, ports=ports)
    again = handlers.create_group(command, caller=FACILITATOR, ports=ports)
    assert first.group_id == again.group_id
    assert len(ports.groups.stored) == 1  # type: ignore[attr-defined]


def test_another_organisations_group_does_not_exist_for_the_caller(ports: Ports) -> None:
    group_id = create(ports)
    with pytest.raises(NotFound):
        queries.get_group(group_id, caller=OTHER_FACILITATOR, ports=ports, scope=SCOPE)
    with pytest.raises(NotFound):
        handlers.propose_members(
            commands.ProposeMembers((group_id,), pool_organisation_ids=SHARING),
            caller=OTHER_FACILITATOR,
            ports=ports,
        )


def test_the_whole_lifecycle_from_proposal_to_active(ports: Ports) -> None:
    group_id = create(ports)
    outcome = handlers.propose_members(
        commands.ProposeMembers((group_id,), pool_organisation_ids=SHARING, seed=1),
        caller=FACILITATOR,
        ports=ports,
    )
    (proposal,) = outcome.formation.proposals
    assert proposal.feasible
    assert len(proposal.members) == 4
    assert set(outcome.formation.left_out.values()) == {Exclusion.GROUPS_FULL}
    view = queries.get_group(group_id, caller=FACILITATOR, ports=ports, scope=SCOPE)
    assert {c.member.state for c in view.cards} == {MemberState.PROPOSED}
    # Facilitators see alias-level cards: alias, languages, age band, shared interests.
    assert all(c.shared_interests == ("cooking",) for c in view.cards)
    group = handlers.publish_invitations(
        commands.PublishInvitations(group_id, pool_organisation_ids=SHARING),
        caller=FACILITATOR,
        ports=ports,
    )
    invited = [m.survivor_id for m in group.members]
    assert all(m.state is MemberState.INVITED for m in group.members)
    for survivor_id in invited[:3]:
        group = handlers.record_answer(
            commands.RecordAnswer(group_id, survivor_id, joined=True), caller=OFFICER, ports=ports
        )
    assert group.status is GroupStatus.ACTIVE
    group = handlers.record_answer(
        commands.RecordAnswer(group_id, invited[3], joined=False), caller=OFFICER, ports=ports
    )
    published = ports.groups.published  # type: ignore[attr-defined]
    kinds = [type(e) for e in published]
    assert kinds.count(events.MemberInvited) == 4
    assert kinds.count(events.MemberJoined) == 3
    assert kinds.count(events.MemberDeclined) == 1
    assert kinds.count(events.GroupActivated) == 1


def test_a_card_shows_only_the_groups_languages_a_member_speaks(ports: Ports) -> None:
    """A facilitator needs a language in common, and no more: a minority's mother tongue
    beside the country's may tell where a person comes from (the mission: facilitators see
    only what their role needs). The pool's people speak km and th; the group is in km."""
    group_id = create(ports)
    handlers.propose_members(
        commands.ProposeMembers((group_id,), pool_organisation_ids=SHARING, seed=1),
        caller=FACILITATOR,
        ports=ports,
    )
    view = queries.get_group(group_id, caller=FACILITATOR, ports=ports, scope=SCOPE)
    assert view.cards
    assert {c.languages for c in view.cards} == {("km",)}


def test_officers_answer_only_for_their_own_survivors(ports: Ports) -> None:
    group_id = create(ports)
    handlers.propose_members(
        commands.ProposeMembers((group_id,), pool_organisation_ids=SHARING),
        caller=FACILITATOR,
        ports=ports,
    )
    group = handlers.publish_invitations(
        commands.PublishInvitations(group_id, pool_organisation_ids=SHARING),
        caller=FACILITATOR,
        ports=ports,
    )
    survivor_id = group.members[0].survivor_id
    with pytest.raises(NotFound):
        handlers.record_answer(
            commands.RecordAnswer(group_id, survivor_id, joined=True),
            caller=OTHER_OFFICER,
            ports=ports,
        )
    with pytest.raises(Forbidden):
        handlers.record_answer(
            commands.RecordAnswer(group_id, survivor_id, joined=True),
            caller=FACILITATOR,
            ports=ports,
        )


def test_nobody_is_invited_before_the_facilitator_publishes(ports: Ports) -> None:
    group_id = create(ports)
    handlers.propose_members(
        commands.ProposeMembers((group_id,), pool_organisation_ids=SHARING),
        caller=FACILITATOR,
        ports=ports,
    )
    assert not any(
        isinstance(e, events.MemberInvited)
        for e in ports.groups.published  # type: ignore[attr-defined]
    )
    survivor_id = ports.groups.get(group_id).members[0].survivor_id
    with pytest.raises(NotAllowedNow):
        handlers.record_answer(
            commands.RecordAnswer(group_id, survivor_id, joined=True), caller=OFFICER, ports=ports
        )


def test_locked_members_stay_and_removed_ones_are_not_proposed_again(ports: Ports) -> None:
    group_id = create(ports)
    handlers.propose_members(
        commands.ProposeMembers((group_id,), pool_organisation_ids=SHARING),
        caller=FACILITATOR,
        ports=ports,
    )
    group = ports.groups.get(group_id)
    keep, drop = group.members[0], group.members[1]
    handlers.lock_member(
        commands.LockMember(group_id, keep.alias, pool_organisation_ids=SHARING),
        caller=FACILITATOR,
        ports=ports,
    )
    handlers.remove_member(
        commands.RemoveMember(group_id, drop.alias, pool_organisation_ids=SHARING),
        caller=FACILITATOR,
        ports=ports,
    )
    for seed in range(5):
        handlers.propose_members(
            commands.ProposeMembers((group_id,), pool_organisation_ids=SHARING, seed=seed),
            caller=FACILITATOR,
            ports=ports,
        )
        ids = {m.survivor_id for m in ports.groups.get(group_id).members}
        assert keep.survivor_id in ids
        assert drop.survivor_id not in ids


def test_a_stale_update_is_refused(ports: Ports) -> None:
    group_id = create(ports)
    with pytest.raises(StaleVersion):
        handlers.update_group(
            commands.UpdateGroup(group_id, settings(), expected_version=7),
            caller=FACILITATOR,
            ports=ports,
        )
    with pytest.raises(InvalidInput):
        handlers.close_group(
            commands.CloseGroup(group_id, expected_version=0), caller=FACILITATOR, ports=ports
        )


def invited(ports: Ports) -> tuple[str, str]:
    """A group whose proposal was published: its id, and one invited survivor's."""
    group_id = create(ports)
    handlers.propose_members(
        commands.ProposeMembers((group_id,), pool_organisation_ids=SHARING),
        caller=FACILITATOR,
        ports=ports,
    )
    handlers.publish_invitations(
        commands.PublishInvitations(group_id, pool_organisation_ids=SHARING),
        caller=FACILITATOR,
        ports=ports,
    )
    survivor_id = ports.groups.get(group_id).members[0].survivor_id
    return group_id, survivor_id


def test_withdrawn_consent_takes_a_survivor_out_of_groups_at_once(ports: Ports) -> None:
    group_id, survivor_id = invited(ports)
    current = ports.pool.get_many([survivor_id])[survivor_id]
    handlers.apply_survivor_state(
        replace(current, peer_group_consent=False, version=2), ports=ports
    )
    member = next(m for m in ports.groups.get(group_id).members if m.survivor_id == survivor_id)
    assert member.state is MemberState.LEFT
    # Not open any more: never proposed again.
    outcome = handlers.propose_members(
        commands.ProposeMembers((group_id,), pool_organisation_ids=SHARING),
        caller=FACILITATOR,
        ports=ports,
    )
    assert survivor_id not in outcome.aliases


def test_a_withdrawn_member_is_an_alias_and_a_state_only_to_the_facilitator(
    ports: Ports,
) -> None:
    """Session 37's probe: after a survivor withdrew their consent to peer groups, the
    facilitator's group still showed their age band and shared interests, and once they
    consented again and were proposed again, their alias twice. A withdrawal takes effect
    for every viewer: the facilitator learns the place is free, nothing more of them."""
    group_id, survivor_id = invited(ports)
    current = ports.pool.get_many([survivor_id])[survivor_id]
    handlers.apply_survivor_state(
        replace(current, peer_group_consent=False, version=2), ports=ports
    )
    view = queries.get_group(group_id, caller=FACILITATOR, ports=ports, scope=SCOPE)
    gone = next(c for c in view.cards if c.member.survivor_id == survivor_id)
    assert gone.member.state is MemberState.LEFT
    assert (gone.languages, gone.age_band, gone.shared_interests) == ((), "", ())
    assert gone.alias
    # Consenting again, and proposed again: one card, holding a place.
    handlers.apply_survivor_state(replace(current, peer_group_consent=True, version=3), ports=ports)
    handlers.propose_members(
        commands.ProposeMembers((group_id,), pool_organisation_ids=SHARING),
        caller=FACILITATOR,
        ports=ports,
    )
    view = queries.get_group(group_id, caller=FACILITATOR, ports=ports, scope=SCOPE)
    again = [c for c in view.cards if c.member.survivor_id == survivor_id]
    assert [c.member.state for c in again] == [MemberState.PROPOSED]
    assert again[0].shared_interests == ("cooking",)


def test_a_withdrawal_told_by_the_gateway_takes_the_invited_out_before_the_event(
    ports: Ports,
) -> None:
    """The gateway passes a peer-group consent withdrawal on as soon as matching recorded
    it (session 24's safety probe invited someone in the second before the event came)."""
    group_id, survivor_id = invited(ports)
    withdrawal = commands.WithdrawConsent(survivor_id=survivor_id, version=2)
    for caller in (FACILITATOR, OTHER_OFFICER):  # only the survivor's own officer
        with pytest.raises((Forbidden, NotFound)):
            handlers.withdraw_consent(withdrawal, caller=caller, ports=ports)
    assert ports.pool.get_many([survivor_id])[survivor_id].peer_group_consent

    assert handlers.withdraw_consent(withdrawal, caller=OFFICER, ports=ports)

    member = next(m for m in ports.groups.get(group_id).members if m.survivor_id == survivor_id)
    assert member.state is MemberState.LEFT
    stored = ports.pool.get_many([survivor_id])[survivor_id]
    assert not stored.peer_group_consent
    assert stored.version == 2
    # Told twice, or then matching's event at the same version: nothing more changes.
    assert not handlers.withdraw_consent(withdrawal, caller=OFFICER, ports=ports)
    assert not handlers.apply_survivor_state(stored, ports=ports)
    # Someone the pool does not hold (never consented, or erased): nothing to do.
    unknown = commands.WithdrawConsent(survivor_id="sv_unknown", version=5)
    assert not handlers.withdraw_consent(unknown, caller=OFFICER, ports=ports)


def test_an_assessment_as_stabilising_told_by_the_gateway_takes_the_invited_out_at_once(
    ports: Ports,
) -> None:
    """The gateway passes an assessment as stabilising on as soon as matching recorded it
    (session 34's probe invited someone 25 ms after they were assessed as not ready)."""
    group_id, survivor_id = invited(ports)
    lowered = commands.MarkStabilising(survivor_id=survivor_id, version=2)
    for caller in (FACILITATOR, OTHER_OFFICER):  # only the survivor's own officer
        with pytest.raises((Forbidden, NotFound)):
            handlers.mark_stabilising(lowered, caller=caller, ports=ports)
    assert ports.pool.get_many([survivor_id])[survivor_id].readiness is not (
        ReadinessStage.STABILISING
    )

    assert handlers.mark_stabilising(lowered, caller=OFFICER, ports=ports)

    member = next(m for m in ports.groups.get(group_id).members if m.survivor_id == survivor_id)
    assert member.state is MemberState.LEFT
    stored = ports.pool.get_many([survivor_id])[survivor_id]
    assert stored.readiness is ReadinessStage.STABILISING
    assert stored.peer_group_consent, "consent is theirs still"
    assert stored.version == 2
    # Told twice, or then matching's event at the same version: nothing more changes.
    assert not handlers.mark_stabilising(lowered, caller=OFFICER, ports=ports)
    assert not handlers.apply_survivor_state(stored, ports=ports)
    unknown = commands.MarkStabilising(survivor_id="sv_unknown", version=5)
    assert not handlers.mark_stabilising(unknown, caller=OFFICER, ports=ports)


def test_older_or_repeated_states_change_nothing(ports: Ports) -> None:
    current = ports.pool.get_many(["sv_0"])["sv_0"]
    assert not handlers.apply_survivor_state(current, ports=ports)
    older = replace(current, readiness=ReadinessStage.STABILISING, version=0)
    assert not handlers.apply_survivor_state(older, ports=ports)
    assert ports.pool.get_many(["sv_0"])["sv_0"].readiness is ReadinessStage.PEER_SUPPORT_READY


def test_erasure_removes_the_survivor_from_pool_and_groups(ports: Ports) -> None:
    group_id = create(ports)
    handlers.propose_members(
        commands.ProposeMembers((group_id,), pool_organisation_ids=SHARING),
        caller=FACILITATOR,
        ports=ports,
    )
    survivor_id = ports.groups.get(group_id).members[0].survivor_id
    handlers.apply_survivor_erased(survivor_id, ports=ports)
    handlers.apply_survivor_erased(survivor_id, ports=ports)  # twice: still one erasure
    assert survivor_id not in {m.survivor_id for m in ports.groups.get(group_id).members}
    assert ports.pool.get_many([survivor_id]) == {}
    current = replace(person(survivor_id), version=99)
    assert not handlers.apply_survivor_state(current, ports=ports)  # no coming back


def test_someone_invited_elsewhere_meanwhile_is_not_invited_twice(ports: Ports) -> None:
    first, second = create(ports), create(ports)
    handlers.propose_members(
        commands.ProposeMembers((first,), pool_organisation_ids=SHARING),
        caller=FACILITATOR,
        ports=ports,
    )
    handlers.propose_members(
        commands.ProposeMembers((second,), pool_organisation_ids=SHARING),
        caller=FACILITATOR,
        ports=ports,
    )
    proposed_first = {m.survivor_id for m in ports.groups.get(first).members}
    proposed_second = {m.survivor_id for m in ports.groups.get(second).members}
    # Asked separately, the two proposals overlap (6 people, 4 places each).
    assert len(proposed_first & proposed_second) >= 2
    handlers.publish_invitations(
        commands.PublishInvitations(first, pool_organisation_ids=SHARING),
        caller=FACILITATOR,
        ports=ports,
    )
    try:
        group = handlers.publish_invitations(
            commands.PublishInvitations(second, pool_organisation_ids=SHARING),
            caller=FACILITATOR,
            ports=ports,
        )
        invited_second = {m.survivor_id for m in group.members}
    except NotAllowedNow:  # everyone proposed there was invited to the first group
        invited_second = set()
    assert not proposed_first & invited_second
    assert all(
        isinstance(e, events.MemberInvited)
        for e in ports.groups.published  # type: ignore[attr-defined]
        if isinstance(e, events.MemberEvent)
    )
    invitations = [
        e.survivor_id
        for e in ports.groups.published  # type: ignore[attr-defined]
        if isinstance(e, events.MemberInvited)
    ]
    assert len(invitations) == len(set(invitations))


def test_an_erasure_drops_the_survivors_group_index_only_after_cleaning_the_groups() -> None:
    class _Recording(FakeGroups):
        def forget_survivor(self, survivor_id: str) -> None:
            # Whatever finds their groups goes last: no group may still hold them by then.
            assert not self.with_survivor(survivor_id)
            super().forget_survivor(survivor_id)

    pool = FakePool()
    for i in range(6):
        pool.upsert(replace(person(f"sv_{i}"), version=1))
    ports = Ports(groups=_Recording(), pool=pool, clock=lambda: NOW)
    group_id = create(ports)
    handlers.propose_members(
        commands.ProposeMembers((group_id,), pool_organisation_ids=SHARING, seed=1),
        caller=FACILITATOR,
        ports=ports,
    )
    (member, *_) = ports.groups.get(group_id).members
    handlers.apply_survivor_erased(member.survivor_id, ports=ports)
    assert ports.groups.forgotten == [member.survivor_id]  # type: ignore[attr-defined]


def test_someone_invited_elsewhere_is_not_proposed_and_not_invited_twice(ports: Ports) -> None:
    first, second = create(ports), create(ports)
    handlers.propose_members(
        commands.ProposeMembers((first,), pool_organisation_ids=SHARING, seed=1),
        caller=FACILITATOR,
        ports=ports,
    )
    handlers.propose_members(
        commands.ProposeMembers((second,), pool_organisation_ids=SHARING, seed=1),
        caller=FACILITATOR,
        ports=ports,
    )
    invited = handlers.publish_invitations(
        commands.PublishInvitations(first, pool_organisation_ids=SHARING),
        caller=FACILITATOR,
        ports=ports,
    )
    taken = {m.survivor_id for m in invited.committed}
    assert len(taken) == 4
    # Both proposals drew the same four of the six people (same seed): publishing the
    # second would invite people already invited elsewhere, so nobody is left to invite.
    with pytest.raises(NotAllowedNow):
        handlers.publish_invitations(
            commands.PublishInvitations(second, pool_organisation_ids=SHARING),
            caller=FACILITATOR,
            ports=ports,
        )
    again = handlers.propose_members(
        commands.ProposeMembers((second,), pool_organisation_ids=SHARING, seed=2),
        caller=FACILITATOR,
        ports=ports,
    )
    (proposal,) = again.formation.proposals
    assert not taken & {m.survivor_id for m in proposal.members}
