"""The hard rules hold after a proposal too: a profile changed later never leaves two linked
people (or anyone else who now breaks a rule) proposed, invited, joined or meeting."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from typing import NoReturn

import grpc
import pytest

from pathways.v1 import common_pb2, events_pb2, peer_groups_pb2
from pathways_runtime.envelopes import new_envelope
from pathways_runtime.field_crypto import InMemoryFieldCrypto
from pathways_runtime.grpc_errors import RpcContext
from pathways_runtime.identity import CallerIdentity, verified_caller_scope
from peer_groups.adapters.event_mapping import pool_member
from peer_groups.domain import events
from peer_groups.domain.access import Caller, Role
from peer_groups.domain.errors import GroupRuleNotMet, NotAllowedNow
from peer_groups.domain.group import Group
from peer_groups.domain.rules import (
    STAYING_RULES,
    Exclusion,
    FormationPolicy,
    standing_violations,
    why_member_breaks,
)
from peer_groups.domain.values import GroupFocus, GroupStatus, MemberState, WeeklySlot
from peer_groups.entrypoints.grpc_api import PeerGroupServicer
from peer_groups.entrypoints.survivor_events import handle_survivor_event
from peer_groups.service_layer import commands, handlers
from peer_groups.service_layer.handlers import Ports
from tests.unit.peer_groups.fakes import FakeGroups, FakePool
from tests.unit.peer_groups.test_rules import person, settings

FACILITATOR = Caller("usr_f", "org_peer", Role.FACILITATOR)
OFFICER = Caller("usr_o", "org_ngo", Role.REINTEGRATION_OFFICER)
NOW = datetime(2026, 11, 28, 12, tzinfo=UTC)
SHARING = ("org_ngo",)
#: Five people of one language and district, open to groups: a group of 3 to 5 takes all.
PEOPLE = [f"x{i}" for i in range(1, 6)]
POLICY = FormationPolicy()


@pytest.fixture
def ports() -> Ports:
    pool = FakePool()
    for survivor_id in PEOPLE:
        pool.upsert(
            replace(person(survivor_id, focuses=frozenset({GroupFocus.WOMEN_ONLY})), version=1)
        )
    return Ports(groups=FakeGroups(), pool=pool, clock=lambda: NOW)


def _proposed_group(ports: Ports) -> str:
    created = handlers.create_group(
        commands.CreateGroup(settings=settings(min_size=3, max_size=5)),
        caller=FACILITATOR,
        ports=ports,
    )
    handlers.propose_members(
        commands.ProposeMembers((created.group_id,), pool_organisation_ids=SHARING, seed=1),
        caller=FACILITATOR,
        ports=ports,
    )
    assert {m.survivor_id for m in ports.groups.get(created.group_id).holding} == set(PEOPLE)
    return created.group_id


def _publish(ports: Ports, group_id: str) -> Group:
    return handlers.publish_invitations(
        commands.PublishInvitations(group_id, pool_organisation_ids=SHARING),
        caller=FACILITATOR,
        ports=ports,
    )


def _join(ports: Ports, group_id: str, survivor_id: str, *, joined: bool = True) -> Group:
    return handlers.record_answer(
        commands.RecordAnswer(group_id, survivor_id, joined=joined), caller=OFFICER, ports=ports
    )


def _officer_changes(ports: Ports, survivor_id: str, **changes: object) -> None:
    """The officer's edit, as it reaches peer groups: a newer survivor state (an event)."""
    current = ports.pool.get_many([survivor_id])[survivor_id]
    applied = handlers.apply_survivor_state(
        replace(current, version=current.version + 1, **changes),  # type: ignore[arg-type]
        ports=ports,
    )
    assert applied


def _holding(ports: Ports, group_id: str) -> set[str]:
    return {m.survivor_id for m in ports.groups.get(group_id).holding}


def _state(ports: Ports, group_id: str, survivor_id: str) -> MemberState:
    return next(m.state for m in ports.groups.get(group_id).members if m.survivor_id == survivor_id)


def test_a_link_added_after_the_proposal_takes_the_changed_person_out(ports: Ports) -> None:
    group_id = _proposed_group(ports)
    _officer_changes(ports, "x1", do_not_group_with=frozenset({"x2"}))
    assert _holding(ports, group_id) == {"x2", "x3", "x4", "x5"}
    group = _publish(ports, group_id)
    assert {m.survivor_id for m in group.members if m.state is MemberState.INVITED} == {
        "x2",
        "x3",
        "x4",
        "x5",
    }
    invited = [
        e.survivor_id
        for e in ports.groups.published  # type: ignore[attr-defined]
        if isinstance(e, events.MemberInvited)
    ]
    assert "x1" not in invited


def test_a_link_to_a_locked_member_takes_the_one_who_added_it_out(ports: Ports) -> None:
    group_id = _proposed_group(ports)
    alias_of_x2 = next(m.alias for m in ports.groups.get(group_id).members if m.survivor_id == "x2")
    handlers.lock_member(
        commands.LockMember(group_id, alias_of_x2, pool_organisation_ids=SHARING),
        caller=FACILITATOR,
        ports=ports,
    )
    _officer_changes(ports, "x4", do_not_group_with=frozenset({"x2"}))
    assert "x4" not in _holding(ports, group_id)
    locked = next(m for m in ports.groups.get(group_id).members if m.survivor_id == "x2")
    assert locked.locked
    assert locked.state is MemberState.PROPOSED


def test_a_link_between_joined_members_makes_the_changed_one_leave(ports: Ports) -> None:
    group_id = _proposed_group(ports)
    _publish(ports, group_id)
    for survivor_id in PEOPLE:
        _join(ports, group_id, survivor_id)
    assert ports.groups.get(group_id).status is GroupStatus.ACTIVE
    _officer_changes(ports, "x3", do_not_group_with=frozenset({"x5"}))
    assert _state(ports, group_id, "x3") is MemberState.LEFT
    assert _state(ports, group_id, "x5") is MemberState.JOINED
    left = [
        e
        for e in ports.groups.published  # type: ignore[attr-defined]
        if isinstance(e, events.MemberLeft)
    ]
    assert [e.survivor_id for e in left] == ["x3"]
    # Four of a minimum of three still joined: the group stays active.
    assert ports.groups.get(group_id).status is GroupStatus.ACTIVE


@pytest.mark.parametrize(
    "changes",
    [
        pytest.param({"do_not_group_with": frozenset({"x5"})}, id="link"),
        pytest.param({"minor": True, "age_band": "14-17", "age_years": 16}, id="now-a-minor"),
        pytest.param({"languages": frozenset({"th"})}, id="no-longer-speaks-km"),
        pytest.param({"district": "Bangkok"}, id="moved-district"),
        pytest.param({"peer_group_consent": False}, id="consent-withdrawn"),
    ],
)
def test_an_invited_member_who_now_breaks_a_rule_leaves_and_never_joins(
    ports: Ports, changes: dict[str, object]
) -> None:
    group_id = _proposed_group(ports)
    _publish(ports, group_id)
    _officer_changes(ports, "x1", **changes)
    assert _state(ports, group_id, "x1") is MemberState.LEFT
    assert _holding(ports, group_id) == {"x2", "x3", "x4", "x5"}
    with pytest.raises(NotAllowedNow):  # someone who left cannot answer
        _join(ports, group_id, "x1")
    assert _state(ports, group_id, "x1") is MemberState.LEFT


def test_a_focus_no_longer_chosen_takes_the_member_out_of_a_focused_group(ports: Ports) -> None:
    created = handlers.create_group(
        commands.CreateGroup(
            settings=settings(min_size=3, max_size=5, focus=GroupFocus.WOMEN_ONLY)
        ),
        caller=FACILITATOR,
        ports=ports,
    )
    handlers.propose_members(
        commands.ProposeMembers((created.group_id,), pool_organisation_ids=SHARING, seed=1),
        caller=FACILITATOR,
        ports=ports,
    )
    assert _holding(ports, created.group_id) == set(PEOPLE)
    _officer_changes(ports, "x2", focuses=frozenset())
    assert _holding(ports, created.group_id) == {"x1", "x3", "x4", "x5"}


def test_changes_that_break_no_rule_keep_everyone(ports: Ports) -> None:
    group_id = _proposed_group(ports)
    _officer_changes(ports, "x1", interests=frozenset({"sewing"}))
    # The hours are a fit for forming groups, not a safety rule: nobody leaves for them.
    _officer_changes(ports, "x2", availability=(WeeklySlot(1, 8 * 60, 60),))
    # A link to someone in no group of theirs changes nothing here.
    _officer_changes(ports, "x3", do_not_group_with=frozenset({"sv_elsewhere"}))
    assert _holding(ports, group_id) == set(PEOPLE)


def test_publishing_is_refused_while_a_member_breaks_a_rule_the_event_did_not_apply_yet(
    ports: Ports,
) -> None:
    group_id = _proposed_group(ports)
    # The pool already holds the link (e.g. written before this guard existed, or the
    # group read before the event took the person out): publishing re-checks the group.
    x1 = ports.pool.get_many(["x1"])["x1"]
    ports.pool.upsert(replace(x1, do_not_group_with=frozenset({"x2"}), version=2))
    with pytest.raises(GroupRuleNotMet) as refused:
        _publish(ports, group_id)
    message = str(refused.value)
    assert message.startswith("GROUP_RULE_NOT_MET")
    aliases = {m.alias for m in ports.groups.get(group_id).members}
    assert not any(alias in message for alias in aliases)
    assert "link" not in message.lower()
    assert {m.state for m in ports.groups.get(group_id).members} == {MemberState.PROPOSED}
    assert not any(
        isinstance(e, events.MemberInvited)
        for e in ports.groups.published  # type: ignore[attr-defined]
    )


def test_a_join_is_refused_while_the_group_holds_two_linked_people_a_decline_is_not(
    ports: Ports,
) -> None:
    group_id = _proposed_group(ports)
    _publish(ports, group_id)
    _join(ports, group_id, "x1")
    _join(ports, group_id, "x2")
    x2 = ports.pool.get_many(["x2"])["x2"]
    ports.pool.upsert(replace(x2, do_not_group_with=frozenset({"x1"}), version=2))
    with pytest.raises(GroupRuleNotMet):
        _join(ports, group_id, "x3")
    group = ports.groups.get(group_id)
    assert group.status is GroupStatus.FORMING  # two joined of three needed; never activated
    assert _state(ports, group_id, "x3") is MemberState.INVITED
    assert _join(ports, group_id, "x3", joined=False).status is GroupStatus.FORMING
    assert _state(ports, group_id, "x3") is MemberState.DECLINED


def test_new_settings_that_a_locked_member_does_not_meet_are_refused(ports: Ports) -> None:
    group_id = _proposed_group(ports)
    group = ports.groups.get(group_id)
    handlers.lock_member(
        commands.LockMember(group_id, group.members[0].alias, pool_organisation_ids=SHARING),
        caller=FACILITATOR,
        ports=ports,
    )
    with pytest.raises(GroupRuleNotMet):
        handlers.update_group(
            commands.UpdateGroup(
                group_id,
                settings(min_size=3, max_size=5, district="Bangkok"),
                expected_version=ports.groups.get(group_id).version,
            ),
            caller=FACILITATOR,
            ports=ports,
        )
    assert ports.groups.get(group_id).settings.district == "Mae Sot"


class _Aborted(Exception):
    pass


class _Context(RpcContext):
    def __init__(self) -> None:
        self.code: grpc.StatusCode | None = None
        self.details = ""

    def abort(self, code: grpc.StatusCode, details: str) -> NoReturn:
        self.code, self.details = code, details
        raise _Aborted

    def set_trailing_metadata(self, trailing_metadata: tuple[tuple[str, bytes], ...]) -> None:
        del trailing_metadata


def test_the_refusal_reaches_the_facilitator_as_failed_precondition_with_a_stable_code(
    ports: Ports,
) -> None:
    group_id = _proposed_group(ports)
    x4 = ports.pool.get_many(["x4"])["x4"]
    ports.pool.upsert(replace(x4, do_not_group_with=frozenset({"x1"}), version=2))
    context = _Context()
    identity = CallerIdentity(FACILITATOR.user_id, FACILITATOR.organisation_id, "facilitator")
    with verified_caller_scope(identity), pytest.raises(_Aborted):
        PeerGroupServicer(ports).PublishInvitations(
            peer_groups_pb2.PublishInvitationsRequest(
                group_id=group_id, pool_organisation_ids=list(SHARING)
            ),
            context,
        )
    assert context.code is grpc.StatusCode.FAILED_PRECONDITION
    assert context.details.split(":")[0] == "GROUP_RULE_NOT_MET"
    assert not any(f"P-{i}" in context.details for i in PEOPLE)


def test_a_link_arriving_as_a_survivor_event_takes_the_person_out(ports: Ports) -> None:
    """The probe's path: the officer's edit reaches peer groups as a SurvivorUpserted."""
    group_id = _proposed_group(ports)
    crypto = InMemoryFieldCrypto()
    x1 = ports.pool.get_many(["x1"])["x1"]

    def sealed(field: str, value: object) -> bytes:
        return bytes(crypto.encrypt("x1", f"SurvivorUpserted.{field}", value))

    message = events_pb2.SurvivorUpserted(
        survivor_id="x1",
        organisation_id=x1.organisation_id,
        alias=x1.alias,
        languages=sorted(x1.languages),
        age_band=x1.age_band,
        minor=x1.minor,
        readiness=common_pb2.READINESS_STAGE_PEER_SUPPORT_READY,
        peer_group_consent=True,
        country=x1.country,
        sealed_district=sealed("district", x1.district),
        availability=[
            common_pb2.WeeklySlot(
                day_of_week=s.day_of_week,
                start_minute=s.start_minute,
                duration_minutes=s.duration_minutes,
            )
            for s in x1.availability
        ],
        sealed_do_not_group_with=sealed("do_not_group_with", ["x2"]),
        version=x1.version + 1,
    )
    envelope = new_envelope(message, aggregate_key="x1", producer="matching")
    assert handle_survivor_event(
        envelope, ports=ports, unseal_state=lambda m: pool_member(m, crypto=crypto)
    )
    assert _holding(ports, group_id) == {"x2", "x3", "x4", "x5"}


def test_the_staying_rules_are_missions_hard_rules_and_not_the_fit_of_hours() -> None:
    # MISSION.md's hard rules for a peer group; the meeting hours and being proposed
    # elsewhere decide who is proposed, not who may stay.
    assert Exclusion.EXCLUDED_BY_LINK in STAYING_RULES
    assert Exclusion.AGE_RULE in STAYING_RULES
    assert Exclusion.NOT_OPEN_TO_GROUPS in STAYING_RULES
    assert Exclusion.NOT_IN_DISTRICT in STAYING_RULES
    assert Exclusion.FOCUS_NOT_CHOSEN in STAYING_RULES
    assert Exclusion.NO_SHARED_LANGUAGE in STAYING_RULES
    assert Exclusion.SIZE_OUT_OF_BOUNDS in STAYING_RULES
    assert Exclusion.NO_SLOT_OVERLAP not in STAYING_RULES
    assert Exclusion.ALREADY_IN_GROUP not in STAYING_RULES


def test_a_member_who_alone_has_no_language_with_the_others_is_the_one_who_breaks_it() -> None:
    two_languages = settings(languages=frozenset({"km", "th"}))
    others = [person(f"o{i}", languages=frozenset({"km"})) for i in range(3)]
    thai_only = person("x1", languages=frozenset({"th"}))
    assert why_member_breaks(thai_only, others, two_languages, policy=POLICY) is (
        Exclusion.NO_COMMON_LANGUAGE_WITH_MEMBERS
    )
    assert why_member_breaks(person("x2"), others, two_languages, policy=POLICY) is None


def test_standing_violations_check_the_maximum_size_but_not_the_minimum() -> None:
    small = settings(min_size=4, max_size=5)
    assert standing_violations([person("a"), person("b")], small, policy=POLICY) == []
    six = [person(f"p{i}") for i in range(6)]
    assert [v.rule for v in standing_violations(six, small, policy=POLICY)] == [
        Exclusion.SIZE_OUT_OF_BOUNDS
    ]
