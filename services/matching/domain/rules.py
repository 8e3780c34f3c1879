"""The hard rules of matching: never violated, whatever the score.

Each rule is a small function of a survivor and an opportunity that returns a violation
code or ``None``. ``violations`` runs them all. The in-memory index evaluates the same
rules as vectorised masks for speed; the tests prove both agree, and every match the index
returns is checked here once more before anyone sees it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum

from matching.domain.opportunity import Opportunity
from matching.domain.survivor import Survivor, SurvivorProfile
from matching.domain.values import (
    MINOR_HAZARDOUS_TRAINING_AGE,
    MINOR_JOB_MINIMUM_AGE,
    ConsentPurpose,
    OpportunityKind,
    Place,
    ReadinessStage,
    SurvivorCondition,
)

__all__ = [
    "CLOSED_TO_MINORS",
    "REQUIRED_STAGE",
    "RULES",
    "MatchContext",
    "Violation",
    "closed_to_minors",
    "crosses_no_border",
    "is_eligible",
    "violations",
]


class Violation(Enum):
    NOT_READY = "not_ready"
    NO_MATCHING_CONSENT = "no_matching_consent"
    NO_SHARED_LANGUAGE = "no_shared_language"
    OUT_OF_REACH = "out_of_reach"
    UNDER_MINIMUM_AGE = "under_minimum_age"
    HAZARDOUS_FOR_MINOR = "hazardous_for_minor"
    SECTOR_AVOIDED = "sector_avoided"
    CONDITION_NOT_MET = "condition_not_met"
    NOT_OPEN = "not_open"
    DECLINED_BEFORE = "declined_before"
    DOCUMENTS_WITHHELD = "documents_withheld"
    FEE_CHARGED = "fee_charged"
    ORGANISATION_SUSPENDED = "organisation_suspended"


#: Readiness gates what is offered: training from TRAINING_READY, jobs only when
#: EMPLOYMENT_READY, nothing while STABILISING (or never assessed).
REQUIRED_STAGE = {
    OpportunityKind.TRAINING: ReadinessStage.TRAINING_READY,
    OpportunityKind.JOB: ReadinessStage.EMPLOYMENT_READY,
}


#: The concepts whose work no minor is offered, when the context does not carry the
#: vocabulary's own set: the shipped vocabulary's sectors flagged ``hazardous_for_minors``
#: in ``concepts.toml`` with every narrower concept. The flag is the source; this copy
#: serves callers that check the rules without the vocabulary at hand, and a test holds it
#: equal to the shipped vocabulary's set.
CLOSED_TO_MINORS = frozenset(
    {
        "construction",
        "house_building",
        "bricklaying",
        "house_painting",
        "fishing_aquaculture",
        "fishing",
        "fish_farming",
        "nightlife_venues",
        "massage",
        "mining_quarrying",
        "agrochemical_work",
        "slaughtering",
        "gambling",
        "alcohol_sales",
        "hazardous_chemicals",
        "work_at_height",
        "dangerous_machinery",
        "forklift_operation",
        "brick_kilns",
        "waste_picking",
        "security_services",
    }
)


@dataclass(frozen=True, slots=True)
class MatchContext:
    """Facts about the pair beyond the two aggregates."""

    #: The opportunity's offer revision at which the survivor declined it, if they did
    #: (the highest, if more than once): the decline holds until a new offer.
    declined_at_offer: int | None = None
    #: The survivor's sectors to avoid with every concept narrower than each (the
    #: vocabulary's subtrees: avoiding fishing and fish farming avoids fishing too); None
    #: checks the ids as recorded.
    avoided: frozenset[str] | None = None
    #: The concepts whose work no minor is offered (``Vocabulary.hazardous_for_minors``);
    #: None: :data:`CLOSED_TO_MINORS`.
    closed_to_minors: frozenset[str] | None = None


def closed_to_minors(context: MatchContext) -> frozenset[str]:
    """The concepts closed to minors that ``context`` carries, else the default."""
    if context.closed_to_minors is not None:
        return context.closed_to_minors
    return CLOSED_TO_MINORS


Rule = Callable[[Survivor, Opportunity, MatchContext], Violation | None]


def readiness_gate(
    survivor: Survivor, opportunity: Opportunity, _: MatchContext
) -> Violation | None:
    if survivor.stage < REQUIRED_STAGE[opportunity.details.kind]:
        return Violation.NOT_READY
    return None


def matching_consent(survivor: Survivor, _o: Opportunity, _c: MatchContext) -> Violation | None:
    if not survivor.has_consent(ConsentPurpose.MATCHING):
        return Violation.NO_MATCHING_CONSENT
    return None


def shared_language(
    survivor: Survivor, opportunity: Opportunity, _: MatchContext
) -> Violation | None:
    required = opportunity.details.languages
    if not required:
        return None
    held = {skill.language: skill.level for skill in survivor.profile.languages}
    if any(held.get(r.language, 0) >= r.level for r in required):
        return None
    return Violation.NO_SHARED_LANGUAGE


def within_reach(survivor: Survivor, opportunity: Opportunity, _: MatchContext) -> Violation | None:
    """Remote work for someone open to it, or a place within the travel radius of home.

    Another country than the residence only for someone who chose to be open to work across
    a border, and then still within the radius (the border opens, the distance stays).
    A remote opportunity located in another country is across a border too (recruitment
    "online" from abroad is a known lure); one without a location is done from home. So is
    one whose text says the work is abroad (``Workplace.abroad``: "Work in Malaysia! We
    arrange passport, visa and travel", posted from Bangkok), wherever it is located.
    """
    profile, details = survivor.profile, opportunity.details
    if details.workplace.abroad and profile.open_to_cross_border is not True:
        return Violation.OUT_OF_REACH
    if details.location is not None and not crosses_no_border(profile, details.location):
        return Violation.OUT_OF_REACH
    if details.remote:
        return None if profile.remote_ok else Violation.OUT_OF_REACH
    if profile.residence is None or details.location is None:
        return Violation.OUT_OF_REACH
    if profile.residence.distance_km(details.location) > profile.travel_radius_km:
        return Violation.OUT_OF_REACH
    return None


def crosses_no_border(profile: SurvivorProfile, place: Place) -> bool:
    """Whether ``place`` may be offered as far as borders go: in the country of residence,
    or anywhere for a survivor open to cross-border work. Without a residence the country
    is unknown, so only the open may be offered a place at all."""
    if profile.open_to_cross_border is True:
        return True
    return profile.residence is not None and profile.residence.country == place.country


def minimum_age(survivor: Survivor, opportunity: Opportunity, _: MatchContext) -> Violation | None:
    """The opportunity's own minimum age, and for a minor and a job never under
    :data:`MINOR_JOB_MINIMUM_AGE`, whatever the employer wrote."""
    profile, details = survivor.profile, opportunity.details
    if profile.minimum_age < details.minimum_age:
        return Violation.UNDER_MINIMUM_AGE
    if (
        profile.minor
        and details.kind is OpportunityKind.JOB
        and profile.minimum_age < MINOR_JOB_MINIMUM_AGE
    ):
        return Violation.UNDER_MINIMUM_AGE
    return None


def no_hazardous_work_for_minors(
    survivor: Survivor, opportunity: Opportunity, context: MatchContext
) -> Violation | None:
    """For a minor, whatever the employer or provider ticked as hazardous: no night work
    and nothing live-in, and no job in a sector closed to minors (ILO C182 art. 3(d) and
    Recommendation 190 para. 3: work at sea, at heights, with dangerous machinery, at
    night, confined to the employer's premises; the region's labour laws forbid night work
    under 18, and live-in work is how domestic servitude starts). The closed sectors hold
    the work hazardous by its nature on those lists: slaughterhouses, casinos, selling or
    serving alcohol, hazardous chemicals, work at height, dangerous machinery (forklifts
    among it) and brick kilns besides the sea, building sites, mines and night venues.
    Heavy loads (``Workplace.heavy_lifting``, ticked or said in the text: "carry 50 kg
    sacks") close a job as those sectors do (Recommendation 190 para. 3(c): "the manual
    handling or transport of heavy loads").

    The sector is judged by the opportunity's topics (declared sector, the sectors detected
    in its text, the concepts it mentions) against the closed concepts, narrower ones
    included: an employer who posts "work on scaffolding at heights" under construction,
    or a deckhand job under another sector, does not escape by leaving the box unticked.

    Courses: night and live-in close them too (a course on a boat at night, or living on a
    provider's premises, is the same risk under another name), but a course in a closed
    sector is offered from :data:`MINOR_HAZARDOUS_TRAINING_AGE`: learning a trade under
    instruction is how a 16-year-old gets out of hazardous work, not into it.
    """
    profile, details = survivor.profile, opportunity.details
    if not profile.minor:
        return None
    if details.hazardous or details.workplace.night_shifts or details.workplace.live_in:
        return Violation.HAZARDOUS_FOR_MINOR
    sector_rule_applies = (
        details.kind is OpportunityKind.JOB or profile.minimum_age < MINOR_HAZARDOUS_TRAINING_AGE
    )
    if sector_rule_applies and (
        details.workplace.heavy_lifting or opportunity.topics & closed_to_minors(context)
    ):
        return Violation.HAZARDOUS_FOR_MINOR
    return None


def sectors_to_avoid(
    survivor: Survivor, opportunity: Opportunity, context: MatchContext
) -> Violation | None:
    """Nothing about an avoided concept: its declared or detected sector, or any concept
    its text mentions ("Deckhand on a fishing boat", posted under fishing and fish farming,
    mentions fishing). With ``context.avoided``, every narrower concept is avoided too."""
    avoided = survivor.profile.sectors_to_avoid
    if context.avoided is not None:
        avoided = avoided | context.avoided
    if avoided & opportunity.topics:
        return Violation.SECTOR_AVOIDED
    return None


def stated_conditions(
    survivor: Survivor, opportunity: Opportunity, _: MatchContext
) -> Violation | None:
    workplace = opportunity.details.workplace
    broken = {
        SurvivorCondition.NO_NIGHT_SHIFTS: workplace.night_shifts,
        SurvivorCondition.WOMEN_ONLY_WORKPLACE: not workplace.women_only,
        SurvivorCondition.NO_LIVE_IN: workplace.live_in,
        SurvivorCondition.NO_HEAVY_LIFTING: workplace.heavy_lifting,
    }
    if any(broken[condition] for condition in survivor.profile.conditions):
        return Violation.CONDITION_NOT_MET
    return None


def open_with_capacity(
    _s: Survivor, opportunity: Opportunity, _c: MatchContext
) -> Violation | None:
    return None if opportunity.is_open else Violation.NOT_OPEN


def not_declined_before(
    _s: Survivor, opportunity: Opportunity, context: MatchContext
) -> Violation | None:
    """A survivor's "no" holds until the opportunity makes a new offer: its offer revision,
    not its material revision, which also moves for one baht more or for less pay
    (``domain.offers``)."""
    declined_at = context.declined_at_offer
    if declined_at is not None and declined_at >= opportunity.offer_revision:
        return Violation.DECLINED_BEFORE
    return None


def no_documents_withheld(
    _s: Survivor, opportunity: Opportunity, _c: MatchContext
) -> Violation | None:
    """Nothing whose text says the employer keeps its workers' passports or identity papers
    (``Workplace.documents_withheld``), to anyone: the ILO counts it among the indicators of
    forced labour. Such a text is refused when posted or changed
    (``service_layer.opportunity_text``); this rule keeps a job stored before the
    vocabulary read it so from being offered, and from any further step with anyone, once
    it does."""
    return (
        Violation.DOCUMENTS_WITHHELD if opportunity.details.workplace.documents_withheld else None
    )


def no_fee_charged(_s: Survivor, opportunity: Opportunity, _c: MatchContext) -> Violation | None:
    """No job whose text says a worker pays to get or keep it (``Workplace.fee_charged``: a
    recruitment fee, a deposit, a wage deduction or a travel loan to repay), to anyone: the
    debt is how people are kept in forced labour. Refused when posted or changed, like the
    papers kept (``no_documents_withheld``); this keeps a job stored before the vocabulary
    read it so from being offered or taken any further."""
    return Violation.FEE_CHARGED if opportunity.details.workplace.fee_charged else None


def organisation_not_suspended(
    _s: Survivor, opportunity: Opportunity, _c: MatchContext
) -> Violation | None:
    """Nothing of an organisation a platform administrator has suspended (a safeguarding
    concern, vetting withdrawn): not offered, and no match of it moves forward, until the
    suspension is lifted (``Opportunity.suspended``)."""
    return Violation.ORGANISATION_SUSPENDED if opportunity.suspended else None


RULES: tuple[Rule, ...] = (
    readiness_gate,
    matching_consent,
    shared_language,
    within_reach,
    minimum_age,
    no_hazardous_work_for_minors,
    sectors_to_avoid,
    stated_conditions,
    open_with_capacity,
    not_declined_before,
    no_documents_withheld,
    no_fee_charged,
    organisation_not_suspended,
)


def violations(
    survivor: Survivor, opportunity: Opportunity, context: MatchContext | None = None
) -> list[Violation]:
    """Every hard rule the pair breaks; empty when the opportunity may be offered."""
    context = context or MatchContext()
    found = (rule(survivor, opportunity, context) for rule in RULES)
    return [violation for violation in found if violation is not None]


def is_eligible(
    survivor: Survivor, opportunity: Opportunity, context: MatchContext | None = None
) -> bool:
    return not violations(survivor, opportunity, context)
