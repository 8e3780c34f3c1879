"""Read side of matching: what each role may see, shaped for that role."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from matching.domain.access import Caller, Role, require_owner_of, require_role
from matching.domain.errors import InvalidInput, NotFound
from matching.domain.match import Match, MatchState
from matching.domain.opportunity import Opportunity
from matching.domain.outcome_model import OutcomeModel
from matching.domain.rounds import Candidate, RoundResult, run_matching_round
from matching.domain.scoring import MatchReport, ScoredMatch
from matching.domain.skills_to_record import skills_to_record
from matching.domain.survivor import Survivor
from matching.domain.values import ConsentPurpose, LanguageSkill, OpportunityKind, ReadinessStage
from matching.service_layer.handlers import (
    Ports,
    declined_revisions,
    match_for,
    survivor_for_officer,
)
from matching.service_layer.learning import blend_suggestions, features_for
from matching.service_layer.not_offered import NotOffered, not_offered_because
from matching.service_layer.standing import (
    current_opportunity,
    declines_by_survivor,
    holds_now,
    read_now,
    rules_broken_now,
)
from matching.service_layer.survivor_words import read_if_unread
from pathways_runtime.aliases import alias_seen_by

__all__ = [
    "CandidateCard",
    "CaseloadFilter",
    "MatchSuggestion",
    "PathwaySuggestion",
    "Recommendations",
    "get_match",
    "get_matches",
    "get_opportunity",
    "get_outcome_model",
    "get_recommendations",
    "get_shortlist",
    "get_survivor",
    "list_opportunities",
    "list_survivor_matches",
    "list_survivors",
    "match_holds",
    "run_round",
]

MAX_TOP_K = 50
#: Training suggested beside each job the survivor lacks skills for.
PATHWAYS_PER_MATCH = 3
#: States in which the survivor has said yes and the owner may see them on a shortlist.
#: Where an employer's or provider's shortlist shows a match: from the survivor's acceptance
#: until the last outcome the owner can still record (a hire retained 30 and 90 days stays,
#: so that 90 and 180 days can be recorded from the same card).
SHORTLIST_STATES = (
    MatchState.ACCEPTED,
    MatchState.EMPLOYER_INTEREST,
    MatchState.INTRODUCED,
    MatchState.HIRED,
    MatchState.ENROLLED,
    MatchState.RETAINED_30,
    MatchState.RETAINED_90,
)


@dataclass(frozen=True, slots=True)
class PathwaySuggestion:
    training: Opportunity
    skills_closed: frozenset[str]
    leads_to: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class MatchSuggestion:
    opportunity: Opportunity
    scored: ScoredMatch
    pathways: tuple[PathwaySuggestion, ...]
    #: The outcome model's probability of success, when a model is in use.
    predicted_success: float | None = None


@dataclass(frozen=True, slots=True)
class CandidateCard:
    """All an employer or provider sees of a candidate: no identity, history or place."""

    match_id: str
    #: The code the caller's organisation knows the survivor by: one of its own, never the
    #: code other organisations see (``pathways_runtime.aliases``).
    alias: str
    languages: tuple[LanguageSkill, ...]
    #: Vocabulary concept ids only: a tag that is not a concept (typed before tags were
    #: checked) is left out, never shown as typed.
    skills: tuple[str, ...]
    interests: tuple[str, ...]
    readiness: ReadinessStage
    state: MatchState
    score: float
    #: Whom the card is about, for the audit trail of the read only: never on the card.
    survivor_id: str = ""
    survivor_organisation_id: str = ""


def get_survivor(caller: Caller, survivor_id: str, ports: Ports) -> Survivor:
    return survivor_for_officer(ports, caller, survivor_id)


@dataclass(frozen=True, slots=True)
class CaseloadFilter:
    """What an officer narrows their caseload by; every part given must hold."""

    #: The readiness stage in force (None: any).
    stage: ReadinessStage | None = None
    #: Only survivors never assessed (then ``stage`` is None).
    not_assessed: bool = False
    #: Purposes each survivor consents to now.
    consents: frozenset[ConsentPurpose] = frozenset()
    #: Written at or after this instant.
    updated_since: datetime | None = None

    def keeps(self, survivor: Survivor, updated_at: datetime | None) -> bool:
        if self.not_assessed and survivor.readiness is not None:
            return False
        if self.stage is not None and (survivor.readiness is None or survivor.stage != self.stage):
            return False
        if not all(survivor.has_consent(purpose) for purpose in self.consents):
            return False
        if self.updated_since is not None:
            changed = updated_at or _last_recorded_change(survivor)
            if changed is None or changed < self.updated_since:
                return False
        return True


def _last_recorded_change(survivor: Survivor) -> datetime | None:
    """For a survivor written before writes were timed: the last assessment or consent."""
    times = [r.assessed_at for r in survivor.readiness_history]
    times += [c.changed_at for c in survivor.consent_history]
    return max(times) if times else None


MAX_CASELOAD_PAGE = 200


def list_survivors(
    caller: Caller,
    *,
    page_size: int,
    page_token: str,
    wanted: CaseloadFilter,
    ports: Ports,
) -> tuple[list[tuple[Survivor, datetime | None]], str]:
    """The caller's organisation's caseload (officers), in id order, a page at a time."""
    require_role(caller, Role.REINTEGRATION_OFFICER)
    if wanted.not_assessed and wanted.stage is not None:
        raise InvalidInput("a survivor never assessed has no stage: ask for one or the other")
    if not 0 < page_size <= MAX_CASELOAD_PAGE:
        page_size = 50
    return ports.survivors.caseload(
        caller.organisation_id, after=page_token, limit=page_size, accept=wanted.keeps
    )


def get_opportunity(caller: Caller, opportunity_id: str, ports: Ports) -> Opportunity:
    """Officers may read any opportunity (to discuss it); owners only their own. Read as
    the vocabulary in use reads its text (``current_opportunity``): an owner whose job was
    stored before a term for what it says (night shifts, papers kept by the employer) sees
    what the rules now hold it to."""
    opportunity = current_opportunity(ports, opportunity_id)
    if opportunity is None:
        raise NotFound("no such opportunity")
    if caller.role is not Role.REINTEGRATION_OFFICER:
        require_owner_of(caller, opportunity)
    return opportunity


def list_opportunities(
    caller: Caller, organisation_id: str, *, page_size: int, page_token: str, ports: Ports
) -> tuple[list[Opportunity], str]:
    organisation_id = organisation_id or caller.organisation_id
    require_role(caller, Role.REINTEGRATION_OFFICER, Role.EMPLOYER, Role.TRAINING_PROVIDER)
    if caller.role is not Role.REINTEGRATION_OFFICER and organisation_id != caller.organisation_id:
        return [], ""
    if not 0 < page_size <= 200:
        page_size = 50
    page, token = ports.opportunities.list_by_organisation(
        organisation_id, page_size=page_size, page_token=page_token
    )
    return [read_now(ports, opportunity) for opportunity in page], token


@dataclass(frozen=True, slots=True)
class Recommendations:
    suggestions: list[MatchSuggestion]
    #: Why fewer than asked for were found (empty when the list is full).
    not_offered_because: list[NotOffered]
    #: Skills the survivor's words name that their profile does not record
    #: (``matching.domain.skills_to_record``): the officer may record those they have.
    skills_to_record: frozenset[str] = frozenset()


def get_recommendations(
    caller: Caller,
    survivor_id: str,
    *,
    top_k: int,
    kind: OpportunityKind | None,
    ports: Ports,
) -> Recommendations:
    """The survivor's best opportunities now and, when fewer than asked, why."""
    survivor = get_survivor(caller, survivor_id, ports)
    top_k = top_k or 10
    if not 0 < top_k <= MAX_TOP_K:
        raise InvalidInput(f"top_k is between 1 and {MAX_TOP_K}")
    if read_if_unread(ports.vocabulary, survivor):
        # Read with another vocabulary, or before readings were kept: read once more and
        # kept, so the survivor's next recommendation does not read them again.
        ports.survivors.keep_words_read(survivor)
    kinds = frozenset(OpportunityKind) if kind is None else frozenset({kind})
    declined = declined_revisions(ports.matches.for_survivor(survivor_id))
    report = MatchReport()
    suggestions = _suggestions(
        survivor, top_k=top_k, kinds=kinds, declined=declined, ports=ports, report=report
    )
    reasons: list[NotOffered] = []
    if len(suggestions) < top_k:
        reasons = not_offered_because(
            survivor,
            kinds=kinds,
            left_out=lambda: ports.index.left_out(
                survivor,
                kinds=kinds,
                shown=[s.opportunity.opportunity_id for s in suggestions],
                declined=declined,
            ),
            below_floor=report.below_floor,
        )
    return Recommendations(
        suggestions=suggestions,
        not_offered_because=reasons,
        skills_to_record=skills_to_record(
            survivor,
            report.named if report.named is not None else ports.interest_concepts(survivor),
            skills=_skills(ports),
        ),
    )


def _skills(ports: Ports) -> frozenset[str]:
    """What a job can ask for and a person can hold: the vocabulary's skills, and the
    activities that are skills too (cooking, sewing, nail care: kind ``interest``)."""
    if ports.vocabulary is None:
        return frozenset()
    kinds = (*ports.vocabulary.of_kind("skill"), *ports.vocabulary.of_kind("interest"))
    return frozenset(c.id for c in kinds)


def get_matches(
    caller: Caller,
    survivor_id: str,
    *,
    top_k: int,
    kind: OpportunityKind | None,
    ports: Ports,
) -> list[MatchSuggestion]:
    return get_recommendations(caller, survivor_id, top_k=top_k, kind=kind, ports=ports).suggestions


def _suggestions(
    survivor: Survivor,
    *,
    top_k: int,
    kinds: frozenset[OpportunityKind],
    declined: dict[str, int],
    ports: Ports,
    report: MatchReport | None = None,
) -> list[MatchSuggestion]:
    # Pathways (training that teaches what a job needs) come in the same pass over the
    # index: the hard rules are applied once per call, for the matches and the training.
    found = ports.index.matches(
        survivor,
        k=top_k,
        kinds=kinds,
        declined=declined,
        pathways=PATHWAYS_PER_MATCH,
        report=report,
    )
    by_id = {item.opportunity.opportunity_id: item for item in found}
    if ports.outcome_model is None:
        # No model to predict with (until one is trained): the features would go unused,
        # and mapping the survivor's words onto the vocabulary again is not free.
        blended: list[tuple[ScoredMatch, float | None]] = [(item.scored, None) for item in found]
    else:
        interests = ports.interest_concepts(survivor)
        blended = blend_suggestions(
            [
                (
                    item.scored,
                    features_for(survivor, item.opportunity, item.scored, interests=interests),
                )
                for item in found
            ],
            model=ports.outcome_model,
            weight=ports.blend_weight,
        )
    suggestions = []
    for scored, predicted in blended:
        item = by_id[scored.opportunity_id]
        pathways = tuple(
            PathwaySuggestion(
                training=training,
                skills_closed=closes,
                leads_to=(item.opportunity.opportunity_id,),
            )
            for training, closes in item.pathways
        )
        suggestions.append(
            MatchSuggestion(
                opportunity=item.opportunity,
                scored=scored,
                pathways=pathways,
                predicted_success=predicted,
            )
        )
    return suggestions


def get_match(caller: Caller, match_id: str, ports: Ports) -> Match:
    return match_for(ports, caller, match_id)


def list_survivor_matches(caller: Caller, survivor_id: str, ports: Ports) -> list[Match]:
    get_survivor(caller, survivor_id, ports)
    return sorted(ports.matches.for_survivor(survivor_id), key=lambda m: m.history[0].at)


def _declines_of(match: Match, declined: dict[str, int]) -> dict[str, int]:
    """The context ``standing.rules_broken_now`` takes (survivor id → the offer revision of
    the match's opportunity they declined), from opportunity id → that revision."""
    found = declined.get(match.opportunity_id)
    return {} if found is None else {match.survivor_id: found}


def match_holds(
    caller: Caller, matches: list[Match], ports: Ports, *, all_of_survivor: bool = False
) -> dict[str, list[str]]:
    """Match id → what holds it from its next step now (``standing.holds_now``), for the
    officers of the survivor's organisation only (anyone else: nothing; an owner sees a held
    match as not found anyway). ``matches`` are one survivor's, read in this call;
    ``all_of_survivor`` says they are all of them, so their declines are known without
    another read.

    Reads the survivor once and each opportunity of a match that can still go forward once,
    by id: the cost is the officer's list, not the store."""
    if (
        caller.role is not Role.REINTEGRATION_OFFICER
        or not matches
        or caller.organisation_id != matches[0].survivor_organisation_id
    ):
        return {}
    survivor = ports.survivors.get(matches[0].survivor_id)
    if survivor is None:
        return {}
    declined = declined_revisions(matches) if all_of_survivor else None
    opportunities: dict[str, Opportunity | None] = {}
    held: dict[str, list[str]] = {}
    for match in matches:
        if not match.allowed_next():
            continue
        if match.opportunity_id not in opportunities:
            opportunities[match.opportunity_id] = current_opportunity(ports, match.opportunity_id)
        codes = holds_now(
            ports,
            match,
            survivor=survivor,
            opportunity=opportunities[match.opportunity_id],
            declined=None if declined is None else _declines_of(match, declined),
        )
        if codes:
            held[match.match_id] = codes
    return held


def _concepts_only(tags: frozenset[str], ports: Ports) -> tuple[str, ...]:
    """The tags that are vocabulary concepts; with no vocabulary to check against, none."""
    vocabulary = ports.vocabulary
    if vocabulary is None:
        return ()
    return tuple(sorted(tag for tag in tags if tag in vocabulary))


def _asked_for(
    languages: tuple[LanguageSkill, ...], opportunity: Opportunity
) -> tuple[LanguageSkill, ...]:
    """The candidate's languages the opportunity asks for, at their level: what the employer
    or provider needs to know. The others (a minority's mother tongue beside the country's)
    may tell where a person comes from."""
    asked = {requirement.language for requirement in opportunity.details.languages}
    return tuple(skill for skill in languages if skill.language in asked)


def get_shortlist(caller: Caller, opportunity_id: str, ports: Ports) -> list[CandidateCard]:
    """Candidates who said yes, consent to shortlists, and with whom the opportunity still
    passes the hard rules (readiness for this kind of work and consent to matching among
    them; ``service_layer.standing``).

    Computed from the survivors and the opportunity as they are on every call, so a revoked
    consent, a lower readiness or an edit of the opportunity takes a survivor off the
    shortlist at once. The reads are those the list needed already: the opportunity, its
    matches (declines included: the same read by `_id`, filtered in memory) and each
    candidate by `_id`.
    """
    opportunity = current_opportunity(ports, opportunity_id)
    if opportunity is None:
        raise NotFound("no such opportunity")
    require_owner_of(caller, opportunity)
    cards = []
    states = [s.value for s in (*SHORTLIST_STATES, MatchState.DECLINED)]
    found = ports.matches.for_opportunity(opportunity_id, states=states)
    declined = declines_by_survivor(found)
    for match in found:
        if match.state not in SHORTLIST_STATES:
            continue
        survivor = ports.survivors.get(match.survivor_id)
        if survivor is None or not survivor.has_consent(ConsentPurpose.EMPLOYER_SHORTLIST):
            continue
        if rules_broken_now(
            ports, match, survivor=survivor, opportunity=opportunity, declined=declined
        ):
            continue
        profile = survivor.profile
        cards.append(
            CandidateCard(
                match_id=match.match_id,
                alias=alias_seen_by(
                    caller.organisation_id,
                    survivor_id=survivor.survivor_id,
                    organisation_id=survivor.organisation_id,
                    alias=survivor.alias,
                ),
                languages=_asked_for(profile.languages, opportunity),
                skills=_concepts_only(profile.skills, ports),
                interests=_concepts_only(profile.interest_tags, ports),
                readiness=survivor.stage,
                state=match.state,
                score=match.score,
                survivor_id=match.survivor_id,
                survivor_organisation_id=match.survivor_organisation_id,
            )
        )
    cards.sort(key=lambda card: (-card.score, card.alias))
    return cards


def get_outcome_model(caller: Caller, ports: Ports) -> OutcomeModel | None:
    """The model of success in use (platform administrators: aggregate metrics only)."""
    require_role(caller, Role.PLATFORM_ADMIN)
    return ports.outcome_model


def run_round(
    caller: Caller,
    survivor_ids: list[str],
    *,
    overbooking: float,
    candidates_per_survivor: int,
    ports: Ports,
) -> RoundResult:
    """Rank each survivor's eligible opportunities, then assign under capacities."""
    require_role(caller, Role.REINTEGRATION_OFFICER)
    if not survivor_ids:
        survivor_ids = ports.survivors.eligible_ids(caller.organisation_id)
    k = candidates_per_survivor or 50
    if not 0 < k <= 200:
        raise InvalidInput("candidates per survivor is between 1 and 200")
    candidates: list[Candidate] = []
    capacities: dict[str, int] = {}
    ids = sorted(set(survivor_ids))
    for survivor_id in ids:
        survivor = get_survivor(caller, survivor_id, ports)
        declined = declined_revisions(ports.matches.for_survivor(survivor_id))
        for ranked in ports.index.rank(survivor, k=k, declined=declined):
            candidates.append(Candidate(survivor_id, ranked.opportunity_id, min(1.0, ranked.total)))
            if ranked.opportunity_id not in capacities:
                opportunity = ports.index.get(ranked.opportunity_id)
                capacities[ranked.opportunity_id] = opportunity.capacity_left if opportunity else 0
    return run_matching_round(
        candidates,
        capacities=capacities,
        overbooking=overbooking or ports.overbooking,
        survivor_ids=ids,
    )
