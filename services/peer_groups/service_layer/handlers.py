"""The peer-groups service layer: one handler per command, and the pool's event handlers.

Handlers load aggregates through the ports, check the caller (``domain.access``), let the
domain decide, and save; the repositories write each group with its events in one atomic
document write, and the outbox relay publishes them.

**The hard rules hold for as long as someone holds a place in a group**, not only when they
are proposed. A proposal is checked against the pool as it was; a profile changed later (a
"do not group with" link added, a language, place, focus, age, consent or, for a women-only
group, a gender recorded as a man's) or new group settings could otherwise leave two linked
people, or a man among women, proposed, invited, joined and meeting.
Two guards, because neither is enough alone:

- *the change itself* (``apply_survivor_state``, the consumer of matching's survivor
  events): every open group holding the changed survivor is checked again
  (``rules.why_member_breaks``, with the others' pool states read by ``_id``), and the
  changed survivor leaves any group where they now break a rule: a proposal is dropped, an
  invited or joined member has LEFT, as on a withdrawn consent. The facilitator sees the
  same thing whatever the rule was, so nothing tells them that two people are linked. Only
  the changed person leaves: they are the one whose situation changed, and whoever they
  are linked to keeps their place (taking both out would let one officer's link push
  someone else's survivor out of their group). Their groups are found as for a withdrawal:
  ``survivor_groups`` by ``_id``, then the groups by ``$in`` (``docs/store-access.md``).
- *the moments that make a group real* (publishing invitations, recording a "joined"
  answer, changing settings): the whole group is checked again at that moment
  (``rules.standing_violations``) and the call is refused with ``GroupRuleNotMet``
  (FAILED_PRECONDITION, one stable code, no alias, no rule) if anyone holding a place now
  breaks a rule. This closes the window before the event is consumed, and catches groups
  written before the first guard existed. A decline or a departure is never refused.
"""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime

from pathways_runtime.aliases import alias_seen_by
from peer_groups.domain.access import (
    Caller,
    Role,
    require_facilitator_of,
    require_officer_of,
    require_role,
)
from peer_groups.domain.candidates import CandidateReading, reading_seed
from peer_groups.domain.cohesion import CohesionWeights
from peer_groups.domain.errors import (
    AlreadyExists,
    GroupRuleNotMet,
    InvalidInput,
    NotFound,
    StaleVersion,
)
from peer_groups.domain.formation import Formation, GroupRequest, form_groups
from peer_groups.domain.group import Group, Member, ProposedMember
from peer_groups.domain.pool import PoolMember, PoolScope
from peer_groups.domain.rules import FormationPolicy, standing_violations, why_member_breaks
from peer_groups.domain.values import GroupStatus, MemberState, Modality, ReadinessStage
from peer_groups.service_layer import commands
from peer_groups.service_layer.ports import GroupFormer, GroupRepository, PoolRepository

__all__ = [
    "MAX_GROUPS_PER_PROPOSAL",
    "Ports",
    "ProposalOutcome",
    "apply_survivor_erased",
    "apply_survivor_state",
    "close_group",
    "create_group",
    "leave_group",
    "lock_member",
    "propose_members",
    "publish_invitations",
    "record_answer",
    "remove_member",
    "update_group",
]

MAX_GROUPS_PER_PROPOSAL = 400


def _random_id() -> str:
    return f"grp_{uuid.uuid4().hex[:24]}"


@dataclass
class Ports:
    groups: GroupRepository
    pool: PoolRepository
    clock: Callable[[], datetime] = field(default=lambda: datetime.now(UTC))
    policy: FormationPolicy = field(default_factory=FormationPolicy)
    weights: CohesionWeights = field(default_factory=CohesionWeights)
    new_id: Callable[[], str] = _random_id
    #: Where formation runs (here by default; in worker processes in the service).
    form: GroupFormer = form_groups


def _check_version(group: Group, expected: int, *, required: bool = False) -> None:
    if required and expected <= 0:
        raise InvalidInput("expected_version is required")
    if expected > 0 and group.version != expected:
        raise StaleVersion("the group changed since it was read; read it again")


def _facilitated(ports: Ports, caller: Caller, group_id: str) -> Group:
    group = ports.groups.get(group_id)
    require_facilitator_of(caller, group)
    return group


def _require_rules_hold(group: Group, holding: list[Member], *, ports: Ports) -> None:
    """Refuse unless the people holding these places meet every staying rule together, as
    the pool knows them now. Someone the pool no longer knows (erased meanwhile) fails
    closed: their consent cannot be shown."""
    ids = [m.survivor_id for m in holding]
    known = ports.pool.get_many(ids)
    if len(known) != len(set(ids)):
        raise GroupRuleNotMet()
    people = [_as_named_in(group, known[survivor_id]) for survivor_id in ids]
    if standing_violations(people, group.settings, policy=ports.policy):
        raise GroupRuleNotMet()


# -- facilitators ------------------------------------------------------------------------------


def create_group(command: commands.CreateGroup, *, caller: Caller, ports: Ports) -> Group:
    """A retry with the same request id returns the group the first call created."""
    require_role(caller, Role.FACILITATOR)
    if command.request_id:
        key = f"{caller.organisation_id}|{command.request_id}".encode()
        group_id = "grp_" + hashlib.sha256(key).hexdigest()[:24]
    else:
        group_id = ports.new_id()
    group = Group.form(
        group_id=group_id,
        organisation_id=caller.organisation_id,
        facilitator_id=caller.user_id,
        settings=command.settings,
        now=ports.clock(),
    )
    try:
        ports.groups.add(group)
    except AlreadyExists:
        existing = ports.groups.get(group_id)
        require_facilitator_of(caller, existing)
        return existing
    return group


def update_group(command: commands.UpdateGroup, *, caller: Caller, ports: Ports) -> Group:
    group = _facilitated(ports, caller, command.group_id)
    _check_version(group, command.expected_version, required=True)
    group.change_settings(command.settings)
    # Locked proposals, invitations and joined members stay: they must fit the new settings.
    _require_rules_hold(group, group.holding, ports=ports)
    ports.groups.save(group)
    return group


def close_group(command: commands.CloseGroup, *, caller: Caller, ports: Ports) -> Group:
    group = _facilitated(ports, caller, command.group_id)
    _check_version(group, command.expected_version, required=True)
    group.close(now=ports.clock())
    ports.groups.save(group)
    return group


@dataclass(frozen=True, slots=True)
class ProposalOutcome:
    formation: Formation
    groups: list[Group]
    #: Alias of those the formation looked at whom the caller's organisation may name when
    #: left out: its own survivors only (``propose_members``). Everyone is counted.
    aliases: dict[str, str]


def propose_members(
    command: commands.ProposeMembers, *, caller: Caller, ports: Ports
) -> ProposalOutcome:
    """Propose members for the groups together, save the proposals, return the outcome.

    Only survivors of the pool scope (the caller's organisation and the NGOs sharing with
    it) are proposed, named as left out or counted: the others are dropped as soon as they
    are read, before the formation looks at them. People already holding a place in a group
    stay whatever the scope now says: a partnership removed later stops new proposals and
    invitations (``publish_invitations``), and drops earlier proposals of its NGO, locked
    in or not; it takes nobody invited or joined out of a group: their officer or the
    facilitator does that.
    """
    ids = list(dict.fromkeys(command.group_ids))
    if not ids or len(ids) > MAX_GROUPS_PER_PROPOSAL:
        raise InvalidInput(f"ask for 1 to {MAX_GROUPS_PER_PROPOSAL} groups at once")
    scope = PoolScope.of(caller.organisation_id, command.pool_organisation_ids)
    groups = [_facilitated(ports, caller, group_id) for group_id in ids]
    for group in groups:
        group.require_open()
        # A proposal locked in on a partnership removed since is no longer kept.
        group.drop_proposals_outside(scope.organisation_ids)
    languages = {language for g in groups for language in g.settings.languages}
    places = (
        None
        if any(g.settings.modality is Modality.ONLINE for g in groups)
        else {g.settings.place for g in groups}
    )
    fixed_ids = {m.survivor_id for g in groups for m in g.fixed}
    # Everyone is named by the code the caller's organisation knows them by, from here on:
    # in the formation's rules, the groups saved and the left-out list (``_as_seen_by``).
    known = {
        survivor_id: _as_seen_by(caller, member)
        for survivor_id, member in ports.pool.get_many(fixed_ids).items()
    }
    requests = [
        GroupRequest(
            group_id=g.group_id,
            settings=g.settings,
            fixed=tuple(known[m.survivor_id] for m in g.fixed if m.survivor_id in known),
            excluded=frozenset(g.removed),
        )
        for g in groups
    ]
    # As many of the scope as the groups need, not all of it (``domain.candidates``), in an
    # order drawn from the seed and the groups as they stand: asking again after a proposal
    # (which changes the groups) reads another share of a large scope; a replay, the same.
    reading = CandidateReading(
        requests,
        ports.policy,
        seed=reading_seed(command.seed, [(g.group_id, g.version) for g in groups]),
    )
    pool = [
        _as_seen_by(caller, m)
        for m in ports.pool.members_open_to_groups(
            organisations=scope.organisation_ids,
            languages=languages,
            places=places,
            reading=reading,
        )
        if scope.admits(m)
    ]
    formation = ports.form(
        requests,
        pool,
        policy=ports.policy,
        weights=ports.weights,
        seed=command.seed,
        committed_elsewhere=ports.groups.committed_among(
            candidate_ids={m.survivor_id for m in pool} | fixed_ids, excluding_group_ids=ids
        ),
    )
    now = ports.clock()
    for group, proposal in zip(groups, formation.proposals, strict=True):
        fixed = {m.survivor_id for m in group.fixed}
        group.accept_proposal(
            [
                ProposedMember(m.survivor_id, m.organisation_id, m.alias)
                for m in proposal.members
                if m.survivor_id not in fixed
            ]
            if proposal.feasible
            else [],
            now=now,
        )
        ports.groups.save(group)
    # Left out, a partner NGO's survivors are counted, never named: an in-person group's
    # candidates are the people of its district, so a named list would tell a partner's
    # facilitator where people live whom no group will ever take, and which are minors
    # (session 34's probe mapped a pool by district so). Their own survivors they know.
    own = {m.survivor_id: m.alias for m in pool if m.organisation_id == caller.organisation_id}
    return ProposalOutcome(formation, groups, own)


def _as_seen_by(caller: Caller, member: PoolMember) -> PoolMember:
    """``member`` under the alias the caller's organisation knows them by: their own
    NGO's facilitators see the alias their officer sees; a partner peer-support
    organisation sees a code of its own, so that what it knows of someone cannot be put
    together with what an employer's shortlist shows (``pathways_runtime.aliases``)."""
    seen = alias_seen_by(
        caller.organisation_id,
        survivor_id=member.survivor_id,
        organisation_id=member.organisation_id,
        alias=member.alias,
    )
    return member if seen == member.alias else replace(member, alias=seen)


def _as_named_in(group: Group, member: PoolMember) -> PoolMember:
    """``member`` under the alias ``group`` names them by (the rules' "distinct aliases"
    is about what its facilitators see)."""
    named = next((m.alias for m in group.members if m.survivor_id == member.survivor_id), None)
    return member if named in (None, member.alias) else replace(member, alias=named)


def _require_seen(group: Group, alias: str, scope: PoolScope) -> None:
    """A member the caller cannot see (a proposal of an NGO no longer sharing with their
    organisation) is no member for them: NOT_FOUND, as an unknown alias is."""
    if not any(m.alias == alias for m in group.seen_within(scope.organisation_ids)):
        raise NotFound("no such member in this group")


def lock_member(command: commands.LockMember, *, caller: Caller, ports: Ports) -> Group:
    scope = PoolScope.of(caller.organisation_id, command.pool_organisation_ids)
    group = _facilitated(ports, caller, command.group_id)
    _check_version(group, command.expected_version)
    _require_seen(group, command.alias, scope)
    group.lock(command.alias)
    ports.groups.save(group)
    return group


def remove_member(command: commands.RemoveMember, *, caller: Caller, ports: Ports) -> Group:
    scope = PoolScope.of(caller.organisation_id, command.pool_organisation_ids)
    group = _facilitated(ports, caller, command.group_id)
    _check_version(group, command.expected_version)
    _require_seen(group, command.alias, scope)
    group.remove(command.alias, now=ports.clock())
    ports.groups.save(group)
    return group


def publish_invitations(
    command: commands.PublishInvitations, *, caller: Caller, ports: Ports
) -> Group:
    """Invite every proposed member still in the pool scope. One whose NGO no longer shares
    with the caller's organisation (the partnership was removed after the proposal) is
    dropped from the proposal like one invited elsewhere meanwhile: nobody is invited on a
    partnership that has ended. Those already invited or joined stay.

    Refused (``GroupRuleNotMet``) if anyone who would then hold a place breaks a hard rule
    as the pool knows them now (see the module docstring)."""
    scope = PoolScope.of(caller.organisation_id, command.pool_organisation_ids)
    group = _facilitated(ports, caller, command.group_id)
    _check_version(group, command.expected_version)
    committed = ports.groups.committed_among(
        candidate_ids={m.survivor_id for m in group.members},
        excluding_group_ids=[group.group_id],
    )
    outside = {
        m.survivor_id
        for m in group.members
        if m.state is MemberState.PROPOSED and m.organisation_id not in scope.organisation_ids
    }
    dropped = committed | outside
    _require_rules_hold(
        group,
        [
            m
            for m in group.holding
            if not (m.state is MemberState.PROPOSED and m.survivor_id in dropped)
        ],
        ports=ports,
    )
    group.publish(now=ports.clock(), committed_elsewhere=frozenset(dropped))
    ports.groups.save(group)
    return group


# -- officers, for their survivors --------------------------------------------------------------


def _officer_group(ports: Ports, caller: Caller, group_id: str, survivor_id: str) -> Group:
    require_role(caller, Role.REINTEGRATION_OFFICER)
    member = ports.pool.get_many([survivor_id]).get(survivor_id)
    require_officer_of(caller, member)
    return ports.groups.get(group_id)


def record_answer(command: commands.RecordAnswer, *, caller: Caller, ports: Ports) -> Group:
    """A "joined" answer is refused (``GroupRuleNotMet``) while anyone holding a place in the
    group breaks a hard rule; a decline never is (the survivor's choice is final)."""
    group = _officer_group(ports, caller, command.group_id, command.survivor_id)
    if command.joined:
        group.require_open()
        _require_rules_hold(group, group.holding, ports=ports)
    group.record_answer(command.survivor_id, joined=command.joined, now=ports.clock())
    ports.groups.save(group)
    return group


def leave_group(command: commands.LeaveGroup, *, caller: Caller, ports: Ports) -> Group:
    group = _officer_group(ports, caller, command.group_id, command.survivor_id)
    group.leave(command.survivor_id, now=ports.clock())
    ports.groups.save(group)
    return group


# -- what matching tells us --------------------------------------------------------------------


def _for_each_group(
    ports: Ports, survivor_id: str, change: Callable[[Group], bool], *, attempts: int = 5
) -> None:
    """Apply a change to every group the survivor is in, retrying a group written meanwhile."""
    for group in ports.groups.with_survivor(survivor_id):
        current = group
        for _ in range(attempts):
            if not change(current):
                break
            try:
                ports.groups.save(current)
                break
            except StaleVersion:
                current = ports.groups.get(current.group_id)
        else:
            raise StaleVersion("a group kept changing while a survivor was withdrawn from it")


def _take_out_if_breaking(group: Group, member: PoolMember, *, ports: Ports) -> bool:
    """``member`` (their new state) out of ``group`` if they now break one of its hard rules
    with the others holding a place there; whether the group changed."""
    if group.status is GroupStatus.CLOSED:
        return False
    holding = [m.survivor_id for m in group.holding]
    if member.survivor_id not in holding:
        return False
    if member.open_to_groups:
        others = ports.pool.get_many(i for i in holding if i != member.survivor_id)
        # Someone the pool no longer knows is being erased: their own event takes them out.
        reason = why_member_breaks(
            _as_named_in(group, member),
            [_as_named_in(group, other) for other in others.values()],
            group.settings,
            policy=ports.policy,
        )
        if reason is None:
            return False
    return group.withdraw(member.survivor_id, now=ports.clock())


def apply_survivor_state(member: PoolMember, *, ports: Ports) -> bool:
    """A survivor's current state from matching. Idempotent: older or repeated states are
    ignored. The survivor leaves every open group where the new state breaks a hard rule
    (consent withdrawn, readiness lowered, a "do not group with" link to someone there, a
    language, place, focus, age or, in a women-only group, gender that no longer fits: see
    the module docstring). Returns
    whether the state was applied."""
    if not ports.pool.upsert(member):
        return False
    _for_each_group(
        ports, member.survivor_id, lambda g: _take_out_if_breaking(g, member, ports=ports)
    )
    return True


def withdraw_consent(command: commands.WithdrawConsent, *, caller: Caller, ports: Ports) -> bool:
    """Consent to peer groups withdrawn, applied at once: the mission's "takes effect at
    once, for every copy and every viewer". Matching's event still follows (the same
    state, ignored as not newer); until then a facilitator could otherwise invite someone
    who has said no. The survivor's other facts stay as the pool knows them until the next
    event (each carries the whole state). Whether anything changed (False: not in the pool,
    or consent already withdrawn)."""
    return _applied_at_once(
        command.survivor_id,
        command.version,
        caller=caller,
        ports=ports,
        done=lambda m: not m.peer_group_consent,
        change={"peer_group_consent": False},
    )


def mark_stabilising(command: commands.MarkStabilising, *, caller: Caller, ports: Ports) -> bool:
    """The survivor assessed as stabilising, applied at once, as a withdrawal of consent
    is (``withdraw_consent``): the mission's "nothing while stabilising" holds from the
    assessment's answer on, not from when matching's event arrives (session 34's probe
    invited someone 25 ms after they were assessed as not ready). Whether anything
    changed (False: not in the pool, or stabilising there already)."""
    return _applied_at_once(
        command.survivor_id,
        command.version,
        caller=caller,
        ports=ports,
        done=lambda m: m.readiness is ReadinessStage.STABILISING,
        change={"readiness": ReadinessStage.STABILISING},
    )


def _applied_at_once(
    survivor_id: str,
    version: int,
    *,
    caller: Caller,
    ports: Ports,
    done: Callable[[PoolMember], bool],
    change: dict[str, object],
) -> bool:
    """What the survivor's own officer just recorded in matching (at ``version``), applied
    to the pool and every group before matching's event: ``change`` to the pool member,
    unless it is ``done`` already. Whether anything changed."""
    require_role(caller, Role.REINTEGRATION_OFFICER)
    member = ports.pool.get_many([survivor_id]).get(survivor_id)
    if member is None:
        return False
    require_officer_of(caller, member)
    if done(member):
        return False
    changed = replace(member, **change, version=max(member.version, version))  # type: ignore[arg-type]
    return apply_survivor_state(changed, ports=ports)


def apply_survivor_erased(survivor_id: str, *, ports: Ports) -> None:
    """Erasure: gone from the pool and from every group, history included. Idempotent."""
    ports.pool.erase(survivor_id)
    _for_each_group(ports, survivor_id, lambda g: g.forget(survivor_id))
    # Only now: until every group is clean, a redelivered erasure must still find them.
    ports.groups.forget_survivor(survivor_id)
