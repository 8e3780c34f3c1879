"""Handlers: one per command. Each loads what it needs, lets the domain decide, saves.

Every aggregate is one MongoDB document saved together with the events it raised (the
outbox), so each save is atomic on any MongoDB-protocol server; there is no unit of work
spanning several documents. The one handler that touches two aggregates (a placement:
match and opportunity) saves the match first, since it holds the outcome that matters.
"""

from __future__ import annotations

import hashlib
import uuid
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from matching.domain import dashboard
from matching.domain.access import (
    OWNER_ROLE,
    Caller,
    Role,
    require_officer_of,
    require_owner_of,
    require_role,
    require_shared_with_owner,
)
from matching.domain.errors import (
    AlreadyExists,
    InvalidInput,
    NotAllowedNow,
    NotFound,
    StaleVersion,
)
from matching.domain.match import PLACEMENTS, Match, MatchState
from matching.domain.opportunity import Opportunity
from matching.domain.outcome_model import OutcomeModel
from matching.domain.rules import MatchContext, violations
from matching.domain.scoring import ScoreWeights
from matching.domain.survivor import Survivor
from matching.domain.values import MonthlyAmount
from matching.domain.vocabulary import Vocabulary
from matching.service_layer import commands
from matching.service_layer.learning import features_for, train
from matching.service_layer.opportunity_text import SectorsIn, as_said, sectors_said
from matching.service_layer.ports import (
    DashboardCounters,
    MatchRepository,
    OpportunityRepository,
    OrganisationStandings,
    OutcomeModelRepository,
    SurvivorRepository,
)
from matching.service_layer.standing import (
    FORWARD_STEPS,
    current_opportunity,
    require_consent_to_introduce,
    require_eligible_now,
    rules_broken_now,
)
from matching.service_layer.survivor_words import read_if_unread, with_refusals_said
from pathways_runtime.aliases import alias_for

__all__ = [
    "HANDLERS",
    "Ports",
    "alias_for",
    "handle",
    "match_for",
    "new_id",
    "propose_assignments",
    "survivor_for_officer",
]


@dataclass
class Ports:
    """Everything handlers and queries need; built once in ``bootstrap``."""

    survivors: SurvivorRepository
    opportunities: OpportunityRepository
    matches: MatchRepository
    index: Any  # matching.adapters.opportunity_index.OpportunityIndex, or a fake
    sector_concepts_in: SectorsIn
    clock: Callable[[], datetime]
    weights: ScoreWeights = field(default_factory=ScoreWeights)
    overbooking: float = 1.2
    interest_concepts: Callable[[Survivor], frozenset[str]] = lambda _survivor: frozenset()
    #: Vocabulary concepts a text mentions (stored with each opportunity when written).
    concepts_in: Callable[[str], frozenset[str]] | None = None
    models: OutcomeModelRepository | None = None
    outcome_model: OutcomeModel | None = None
    #: Share of the predicted success in a blended score, once a model exists.
    blend_weight: float = 0.3
    learning_min_examples: int = 200
    learning_target: MatchState = MatchState.RETAINED_90
    #: The vocabulary tags are checked against and labelled from (bootstrap passes it).
    vocabulary: Vocabulary | None = None
    #: Each organisation's dashboard counts; None: nothing is counted (some unit tests).
    dashboards: DashboardCounters | None = None
    #: Which organisations are suspended; None: none can be (some unit tests).
    standings: OrganisationStandings | None = None

    def __post_init__(self) -> None:
        if self.vocabulary is None:
            # Until bootstrap passes the vocabulary itself: it already passes its mapper.
            owner = getattr(self.concepts_in, "__self__", None)
            if isinstance(owner, Vocabulary):
                self.vocabulary = owner


def new_id(prefix: str, *, organisation_id: str, request_id: str) -> str:
    """With a request id the id is derived from it, so a retried create finds its first result."""
    if not request_id:
        return f"{prefix}_{uuid.uuid4().hex[:24]}"
    digest = hashlib.sha256(f"{prefix}|{organisation_id}|{request_id}".encode()).hexdigest()
    return f"{prefix}_{digest[:24]}"


def _check_version(actual: int, expected: int) -> None:
    if expected and expected != actual:
        raise StaleVersion(f"version {expected} is stale; the current version is {actual}")


def survivor_for_officer(ports: Ports, caller: Caller, survivor_id: str) -> Survivor:
    survivor = ports.survivors.get(survivor_id)
    if survivor is None:
        raise NotFound("no such survivor")
    require_officer_of(caller, survivor)
    return survivor


def _count(ports: Ports, changes: Mapping[str, Mapping[str, int]]) -> None:
    """Move each organisation's dashboard counts by its change (``matching.domain.dashboard``).

    Written right after the aggregate, not with it: FerretDB has no transaction over two
    documents. A crash in between leaves a count one short until ``python -m matching
    migrate`` rebuilds the counts from the store (docs/store-access.md); never one too many.
    """
    if ports.dashboards is None:
        return
    for organisation_id, delta in changes.items():
        if delta:
            ports.dashboards.apply(organisation_id, delta)


def _survivor_change(before: Mapping[str, int], after: Survivor) -> dict[str, dict[str, int]]:
    """What a change of the survivor ``after`` (their contribution was ``before``) moves."""
    now = dashboard.survivor_contribution(after)
    return {after.organisation_id: dashboard.difference(before, now)}


def _opportunity_for_owner(ports: Ports, caller: Caller, opportunity_id: str) -> Opportunity:
    opportunity = ports.opportunities.get(opportunity_id)
    if opportunity is None:
        raise NotFound("no such opportunity")
    require_owner_of(caller, opportunity)
    return opportunity


# -- survivors ------------------------------------------------------------------------------


def register_survivor(command: commands.RegisterSurvivor, ports: Ports) -> Survivor:
    caller = command.caller
    require_role(caller, Role.REINTEGRATION_OFFICER)
    survivor_id = new_id(
        "srv", organisation_id=caller.organisation_id, request_id=command.request_id
    )
    existing = ports.survivors.get(survivor_id)
    if existing is not None:
        return existing  # a retried request: the first result, never a duplicate
    if survivor_id in command.profile.do_not_group_with:
        raise InvalidInput("a survivor cannot be linked to themselves")
    survivor = Survivor.register(
        survivor_id=survivor_id,
        organisation_id=caller.organisation_id,
        alias=alias_for(survivor_id),
        profile=with_refusals_said(ports.vocabulary, command.profile),
    )
    read_if_unread(ports.vocabulary, survivor)
    try:
        ports.survivors.add(survivor)
    except AlreadyExists:
        found = ports.survivors.get(survivor_id)
        if found is None:
            raise
        return found
    _count(ports, _survivor_change({}, survivor))
    return survivor


def update_survivor_profile(command: commands.UpdateSurvivorProfile, ports: Ports) -> Survivor:
    survivor = survivor_for_officer(ports, command.caller, command.survivor_id)
    _check_version(survivor.version, command.expected_version)
    old_goal = survivor.profile.income_goal
    survivor.update_profile(with_refusals_said(ports.vocabulary, command.profile))
    read_if_unread(ports.vocabulary, survivor)
    ports.survivors.save(survivor)
    if ports.dashboards is not None and command.profile.income_goal != old_goal:
        # Pay at placement is counted against the goal in force: a new goal moves the
        # income counts of every hire of theirs (their matches only: a bounded read).
        _count(ports, _income_goal_change(ports, survivor, old_goal=old_goal))
    return survivor


def _income_goal_change(
    ports: Ports, survivor: Survivor, *, old_goal: MonthlyAmount | None
) -> dict[str, dict[str, int]]:
    before: Counter[str] = Counter()
    after: Counter[str] = Counter()
    for match in ports.matches.for_survivor(survivor.survivor_id):
        goal = survivor.profile.income_goal
        before.update(
            dashboard.match_contributions(match, income_goal=old_goal).get(
                survivor.organisation_id, Counter()
            )
        )
        after.update(
            dashboard.match_contributions(match, income_goal=goal).get(
                survivor.organisation_id, Counter()
            )
        )
    return {survivor.organisation_id: dashboard.difference(before, after)}


def assess_readiness(command: commands.AssessReadiness, ports: Ports) -> Survivor:
    survivor = survivor_for_officer(ports, command.caller, command.survivor_id)
    _check_version(survivor.version, command.expected_version)
    before = dashboard.survivor_contribution(survivor)
    survivor.assess_readiness(
        stage=command.stage,
        at=ports.clock(),
        review_due=command.review_due,
        by=command.caller.user_id,
    )
    read_if_unread(ports.vocabulary, survivor)
    ports.survivors.save(survivor)
    _count(ports, _survivor_change(before, survivor))
    return survivor


def set_consent(command: commands.SetConsent, ports: Ports) -> Survivor:
    survivor = survivor_for_officer(ports, command.caller, command.survivor_id)
    _check_version(survivor.version, command.expected_version)
    survivor.set_consent(
        purpose=command.purpose,
        granted=command.granted,
        at=ports.clock(),
        by=command.caller.user_id,
    )
    read_if_unread(ports.vocabulary, survivor)
    ports.survivors.save(survivor)
    return survivor


def erase_survivor(command: commands.EraseSurvivor, ports: Ports) -> None:
    """Erase the survivor and their matches; their whole contribution leaves the dashboard
    counts (counts are of people still in Pathways), taken away once they are gone."""
    survivor = survivor_for_officer(ports, command.caller, command.survivor_id)
    leaving: dict[str, Counter[str]] = {}
    if ports.dashboards is not None:
        leaving = dashboard.contributions_of(
            [survivor], ports.matches.for_survivor(command.survivor_id)
        )
    ports.matches.erase_survivor(command.survivor_id)
    ports.survivors.erase(command.survivor_id)
    _count(ports, {org: dashboard.difference(c, {}) for org, c in leaving.items()})


# -- opportunities --------------------------------------------------------------------------


def post_opportunity(command: commands.PostOpportunity, ports: Ports) -> Opportunity:
    caller = command.caller
    require_role(caller, OWNER_ROLE[command.details.kind])
    opportunity_id = new_id(
        "opp", organisation_id=caller.organisation_id, request_id=command.request_id
    )
    existing = ports.opportunities.get(opportunity_id)
    if existing is not None:
        return existing
    if _suspended(ports, caller.organisation_id):
        raise NotAllowedNow("the organisation is suspended")
    details = as_said(ports.vocabulary, command.details)
    text = f"{details.title}\n{details.description}"
    opportunity = Opportunity.post(
        opportunity_id=opportunity_id,
        organisation_id=caller.organisation_id,
        details=details,
        detected_sectors=sectors_said(ports.sector_concepts_in, details),
        concepts=ports.concepts_in(text) if ports.concepts_in else None,
    )
    try:
        ports.opportunities.add(opportunity)
    except AlreadyExists:
        found = ports.opportunities.get(opportunity_id)
        if found is None:
            raise
        return found
    ports.index.upsert(opportunity)
    if _suspended(ports, caller.organisation_id):
        # Suspended while this was posted, after the suspension listed the organisation's
        # opportunities: suspended here instead (the suspension is written before it lists).
        return _set_suspended(ports, opportunity.opportunity_id, suspended=True) or opportunity
    return opportunity


def _suspended(ports: Ports, organisation_id: str) -> bool:
    return ports.standings is not None and ports.standings.is_suspended(organisation_id)


def _set_suspended(ports: Ports, opportunity_id: str, *, suspended: bool) -> Opportunity | None:
    """Suspend one opportunity, or lift that, whatever its owner writes meanwhile (a write
    between the read and the save is read again): the opportunity changed, None when
    nothing changed (already so, closed or gone)."""
    while True:
        opportunity = ports.opportunities.get(opportunity_id)
        if opportunity is None or not opportunity.set_suspended(suspended):
            return None
        try:
            ports.opportunities.save(opportunity)
        except StaleVersion:
            continue
        ports.index.upsert(opportunity)
        return opportunity


#: Opportunities read at once while suspending an organisation.
SUSPENSION_PAGE = 200


def set_organisation_suspension(command: commands.SetOrganisationSuspension, ports: Ports) -> int:
    """Suspend an organisation (a safeguarding concern, vetting withdrawn) or lift that:
    each of its opportunities is offered to no one and none of its matches moves forward
    (``rules.organisation_not_suspended``) until lifted; it posts nothing meanwhile.
    Idempotent: asked again, it changes what a failure or a concurrent post left. How many
    opportunities changed. Cold: an administrator's act, in proportion to the
    organisation's opportunities."""
    require_role(command.caller, Role.PLATFORM_ADMIN)
    if ports.standings is None:
        raise NotAllowedNow("suspensions are not kept by this service")
    organisation_id = command.organisation_id.strip()
    if not organisation_id or len(organisation_id) > 64:
        raise InvalidInput("organisation_id is 1 to 64 characters")
    # Written first: a post that runs meanwhile then sees it (``post_opportunity``).
    ports.standings.set_suspended(organisation_id, command.suspended)
    changed, token = 0, ""
    while True:
        page, token = ports.opportunities.list_by_organisation(
            organisation_id, page_size=SUSPENSION_PAGE, page_token=token
        )
        for listed in page:
            if listed.suspended is not command.suspended and _set_suspended(
                ports, listed.opportunity_id, suspended=command.suspended
            ):
                changed += 1
        if not token:
            return changed


def update_opportunity(command: commands.UpdateOpportunity, ports: Ports) -> Opportunity:
    opportunity = _opportunity_for_owner(ports, command.caller, command.opportunity_id)
    _check_version(opportunity.version, command.expected_version)
    if command.details.kind is not opportunity.details.kind:
        raise InvalidInput("a job cannot become a training programme, nor the other way")
    details = as_said(ports.vocabulary, command.details)
    text = f"{details.title}\n{details.description}"
    opportunity.update(
        details=details,
        detected_sectors=sectors_said(ports.sector_concepts_in, details),
        concepts=ports.concepts_in(text) if ports.concepts_in else None,
    )
    ports.opportunities.save(opportunity)
    ports.index.upsert(opportunity)
    return opportunity


def set_opportunity_status(command: commands.SetOpportunityStatus, ports: Ports) -> Opportunity:
    opportunity = _opportunity_for_owner(ports, command.caller, command.opportunity_id)
    _check_version(opportunity.version, command.expected_version)
    opportunity.set_status(command.status)
    ports.opportunities.save(opportunity)
    ports.index.upsert(opportunity)
    return opportunity


# -- matches --------------------------------------------------------------------------------


def declined_revisions(matches: list[Match]) -> dict[str, int]:
    """Opportunity id → the highest offer revision at which the survivor declined it."""
    declined: dict[str, int] = {}
    for match in matches:
        if match.state is MatchState.DECLINED:
            previous = declined.get(match.opportunity_id, 0)
            declined[match.opportunity_id] = max(previous, match.offer_revision)
    return declined


def propose_match(command: commands.ProposeMatch, ports: Ports) -> Match:
    caller = command.caller
    survivor = survivor_for_officer(ports, caller, command.survivor_id)
    opportunity = current_opportunity(ports, command.opportunity_id)
    if opportunity is None:
        raise NotFound("no such opportunity")
    declined = declined_revisions(ports.matches.for_survivor(survivor.survivor_id))
    context = MatchContext(
        declined_at_offer=declined.get(opportunity.opportunity_id),
        avoided=ports.index.avoided(survivor),
        closed_to_minors=ports.index.closed_to_minors(),
    )
    broken = violations(survivor, opportunity, context)
    if broken:
        raise NotAllowedNow("not eligible: " + ", ".join(v.value for v in broken))
    scored = ports.index.explain_pair(survivor, opportunity)
    features = features_for(
        survivor, opportunity, scored, interests=ports.interest_concepts(survivor)
    )
    match = Match.propose(
        survivor_id=survivor.survivor_id,
        survivor_organisation_id=survivor.organisation_id,
        opportunity_id=opportunity.opportunity_id,
        opportunity_organisation_id=opportunity.organisation_id,
        kind=opportunity.details.kind,
        material_revision=opportunity.material_revision,
        offer_revision=opportunity.offer_revision,
        score=scored.total,
        reasons=scored.reasons,
        at=ports.clock(),
        by=caller.user_id,
        features=features.as_dict(),
    )
    if not ports.matches.add(match):
        existing = ports.matches.get(match.match_id)
        if existing is None:
            raise NotFound("no such match")
        return existing
    return match


def match_for(ports: Ports, caller: Caller, match_id: str) -> Match:
    """The match, if the caller may see it now: officers of the survivor's organisation;
    the opportunity's owner once the survivor accepted, while they consent to share with
    employers, and while the survivor and the opportunity pass the hard rules
    (``service_layer.standing``). Both are read on every call, so a withdrawal, a lower
    readiness or an edit of the opportunity holds at once."""
    match, _rules_checked = _match_in_view(ports, caller, match_id)
    return match


def _match_in_view(ports: Ports, caller: Caller, match_id: str) -> tuple[Match, bool]:
    """:func:`match_for`, and whether the hard rules were checked now (for owners)."""
    match = ports.matches.get(match_id)
    if match is None:
        raise NotFound("no such match")
    match.check_visible_to(caller)
    if caller.role not in (Role.EMPLOYER, Role.TRAINING_PROVIDER):
        return match, False
    survivor = ports.survivors.get(match.survivor_id)
    require_shared_with_owner(caller, survivor)
    opportunity = current_opportunity(ports, match.opportunity_id)
    if (
        survivor is None
        or opportunity is None
        or rules_broken_now(ports, match, survivor=survivor, opportunity=opportunity)
    ):
        # Told nothing, like another organisation's match: the rule broken says something
        # about the survivor (an age, a readiness, a sector they avoid).
        raise NotFound("no such match")
    return match, True


def transition_match(command: commands.TransitionMatch, ports: Ports) -> Match:
    """Record the next step of a match. A forward step (``standing.FORWARD_STEPS``) needs
    the survivor and the opportunity to pass the hard rules now; declining, ending and
    outcomes recorded after the fact do not (why: ``service_layer.standing``)."""
    match, rules_checked = _match_in_view(ports, command.caller, command.match_id)
    _check_version(match.version, command.expected_version)
    # Pay against the goal is counted once, when the hire is recorded (the survivor is
    # read then only); before and after any other step it cancels out.
    goal = _income_goal_at_hire(ports, match, command.to_state)
    before = dashboard.match_contributions(match, income_goal=goal)
    match.transition(
        to=command.to_state,
        caller=command.caller,
        at=ports.clock(),
        occurred_on=command.occurred_on,
        reason=command.reason,
        wage=command.wage,
    )
    if command.to_state in FORWARD_STEPS and not rules_checked:
        # After the domain checked the step itself (role, order, day: those errors come
        # first), before anything is saved: a refusal changes nothing.
        require_eligible_now(ports, match)
    if command.to_state is MatchState.INTRODUCED:
        require_consent_to_introduce(ports, match)
    ports.matches.save(match)
    after = dashboard.match_contributions(match, income_goal=goal)
    _count(
        ports,
        {
            org: dashboard.difference(before.get(org, {}), after.get(org, {}))
            for org in set(before) | set(after)
        },
    )
    if command.to_state in PLACEMENTS:
        _record_placement(ports, match.opportunity_id)
    return match


def _income_goal_at_hire(ports: Ports, match: Match, to: MatchState) -> MonthlyAmount | None:
    if ports.dashboards is None or to is not MatchState.HIRED:
        return None
    survivor = ports.survivors.get(match.survivor_id)
    return survivor.profile.income_goal if survivor is not None else None


def _record_placement(ports: Ports, opportunity_id: str, *, attempts: int = 5) -> None:
    for _ in range(attempts):
        opportunity = ports.opportunities.get(opportunity_id)
        if opportunity is None:
            return
        opportunity.record_placement()
        try:
            ports.opportunities.save(opportunity)
        except StaleVersion:
            continue
        ports.index.upsert(opportunity)
        return
    raise StaleVersion("the opportunity kept changing; the placement was not counted")


def propose_assignments(caller: Caller, proposals: Mapping[str, str], ports: Ports) -> None:
    """Record a round's assignment as proposed matches (idempotent per pair and revision)."""
    for survivor_id, opportunity_id in proposals.items():
        propose_match(
            commands.ProposeMatch(
                caller=caller, survivor_id=survivor_id, opportunity_id=opportunity_id
            ),
            ports,
        )


def train_outcome_model(command: commands.TrainOutcomeModel, ports: Ports) -> OutcomeModel | None:
    """Fit on every known outcome; keep and use the new model if there was enough data."""
    require_role(command.caller, Role.PLATFORM_ADMIN)
    model = train(
        ports.matches.all(),
        min_examples=command.min_examples or ports.learning_min_examples,
        seed=command.seed,
        target=ports.learning_target,
        now=ports.clock(),
    )
    if model is not None:
        if ports.models is not None:
            ports.models.save(model)
        ports.outcome_model = model
    return model


HANDLERS: Mapping[type[commands.Command], Callable[[Any, Ports], Any]] = {
    commands.RegisterSurvivor: register_survivor,
    commands.UpdateSurvivorProfile: update_survivor_profile,
    commands.AssessReadiness: assess_readiness,
    commands.SetConsent: set_consent,
    commands.EraseSurvivor: erase_survivor,
    commands.PostOpportunity: post_opportunity,
    commands.UpdateOpportunity: update_opportunity,
    commands.SetOpportunityStatus: set_opportunity_status,
    commands.SetOrganisationSuspension: set_organisation_suspension,
    commands.ProposeMatch: propose_match,
    commands.TransitionMatch: transition_match,
    commands.TrainOutcomeModel: train_outcome_model,
}


def handle(command: commands.Command, ports: Ports) -> Any:
    """The message bus for commands: exactly one handler each; its errors reach the caller."""
    return HANDLERS[type(command)](command, ports)
