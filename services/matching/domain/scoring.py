"""The score of an eligible match, with its breakdown and the reasons people read.

Components, each in [0, 1]:

- ``interest_fit``: how close the survivor's own words are to the opportunity's text
  (cosine of TF-IDF vectors, computed by the index);
- ``concept_fit``: overlap in the multilingual vocabulary of interests, sectors and
  skills, which is how "อยากทำงานในร้านกาแฟ" meets an English barista job (computed by the
  index);
- ``skill_fit``: for a job, the share of required skills held; for training, how much of
  what it teaches the survivor wants to learn;
- ``income_parity``: pay against the survivor's income goal;
- ``distance``: closer is better within the travel radius; remote work counts as home;
- ``accommodations``: the share of the survivor's needs (childcare, transport...) offered.

The total is the weighted mean; weights come from configuration. The index computes the
same numbers vectorised over all open opportunities; this module is the reference and
explains the few matches that are shown.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, fields

from matching.domain.match import ScoredReason
from matching.domain.opportunity import Opportunity
from matching.domain.survivor import Survivor
from matching.domain.values import OpportunityKind

__all__ = [
    "NEUTRAL",
    "ComponentScores",
    "ScoreWeights",
    "ScoredMatch",
    "accommodations_fit",
    "distance_fit",
    "explain",
    "income_parity",
    "skill_fit",
]

#: The value of a component that cannot be judged (no goal stated, nothing to compare).
NEUTRAL = 0.5


@dataclass(frozen=True, slots=True)
class ScoreWeights:
    interest_fit: float = 0.30
    concept_fit: float = 0.25
    skill_fit: float = 0.20
    income_parity: float = 0.10
    distance: float = 0.10
    accommodations: float = 0.05

    def __post_init__(self) -> None:
        values = [getattr(self, f.name) for f in fields(self)]
        if any(v < 0 for v in values) or sum(values) <= 0:
            raise ValueError("score weights are non-negative and not all zero")

    def as_dict(self) -> dict[str, float]:
        return {f.name: float(getattr(self, f.name)) for f in fields(self)}


@dataclass(frozen=True, slots=True)
class ComponentScores:
    interest_fit: float
    concept_fit: float
    skill_fit: float
    income_parity: float
    distance: float
    accommodations: float

    def total(self, weights: ScoreWeights) -> float:
        w = weights.as_dict()
        weighted = sum(float(getattr(self, name)) * weight for name, weight in w.items())
        return weighted / sum(w.values())

    def as_dict(self) -> dict[str, float]:
        return {f.name: float(getattr(self, f.name)) for f in fields(self)}


@dataclass(frozen=True, slots=True)
class ScoredMatch:
    opportunity_id: str
    total: float
    components: ComponentScores
    reasons: tuple[ScoredReason, ...]
    missing_skills: frozenset[str]


def _normalise(items: Iterable[str]) -> frozenset[str]:
    return frozenset(item.strip().casefold() for item in items if item.strip())


def wanted_skills(survivor: Survivor) -> frozenset[str]:
    return _normalise(survivor.profile.skills_wanted | survivor.profile.interest_tags)


def skill_fit(survivor: Survivor, opportunity: Opportunity) -> tuple[float, frozenset[str]]:
    """The component, and for a job the required skills the survivor does not hold yet."""
    details = opportunity.details
    if details.kind is OpportunityKind.JOB:
        required = _normalise(details.skills_required)
        if not required:
            return 1.0, frozenset()
        held = _normalise(survivor.profile.skills)
        return len(required & held) / len(required), required - held
    taught = _normalise(details.skills_taught)
    wanted = wanted_skills(survivor)
    if not taught or not wanted:
        return NEUTRAL, frozenset()
    return min(1.0, len(taught & wanted) / min(len(taught), len(wanted))), frozenset()


def income_parity(survivor: Survivor, opportunity: Opportunity) -> float:
    goal, pay = survivor.profile.income_goal, opportunity.details.pay
    if goal is None or pay is None or goal.currency != pay.currency:
        return NEUTRAL
    if goal.amount == 0:
        return 1.0
    return min(1.0, pay.amount / goal.amount)


def distance_fit(survivor: Survivor, opportunity: Opportunity) -> float:
    profile, details = survivor.profile, opportunity.details
    if details.remote:
        return 1.0
    if profile.residence is None or details.location is None:
        return 0.0
    distance = profile.residence.distance_km(details.location)
    return max(0.0, 1.0 - distance / max(profile.travel_radius_km, 1))


def accommodations_fit(survivor: Survivor, opportunity: Opportunity) -> float:
    needs = survivor.profile.needs
    if not needs:
        return 1.0
    return len(needs & opportunity.details.accommodations) / len(needs)


def _list(words: list[str]) -> str:
    if len(words) <= 1:
        return "".join(words)
    return ", ".join(words[:-1]) + " and " + words[-1]


def explain(
    *,
    survivor: Survivor,
    opportunity: Opportunity,
    text_similarity: float,
    concept_similarity: float,
    shared_concepts: Iterable[str],
    label: Callable[[str], str],
    weights: ScoreWeights,
) -> ScoredMatch:
    """Score one eligible pair and say why, in codes and short sentences."""
    skills, missing = skill_fit(survivor, opportunity)
    components = ComponentScores(
        interest_fit=min(1.0, max(0.0, text_similarity)),
        concept_fit=min(1.0, max(0.0, concept_similarity)),
        skill_fit=skills,
        income_parity=income_parity(survivor, opportunity),
        distance=distance_fit(survivor, opportunity),
        accommodations=accommodations_fit(survivor, opportunity),
    )
    reasons = list(
        _reasons(
            survivor=survivor,
            opportunity=opportunity,
            components=components,
            shared=sorted(shared_concepts),
            missing=sorted(missing),
            label=label,
        )
    )
    return ScoredMatch(
        opportunity_id=opportunity.opportunity_id,
        total=components.total(weights),
        components=components,
        reasons=tuple(reasons),
        missing_skills=missing,
    )


def _reasons(
    *,
    survivor: Survivor,
    opportunity: Opportunity,
    components: ComponentScores,
    shared: list[str],
    missing: list[str],
    label: Callable[[str], str],
) -> Iterable[ScoredReason]:
    details, profile = opportunity.details, survivor.profile
    if shared:
        words = [label(concept) for concept in shared[:3]]
        yield ScoredReason("SHARED_INTERESTS", f"shares your interests in {_list(words)}")
    elif components.interest_fit >= 0.2:
        yield ScoredReason("SIMILAR_WORDS", "its description is close to what you said you like")
    if details.kind is OpportunityKind.JOB and details.skills_required:
        held = len(details.skills_required) - len(missing)
        yield ScoredReason(
            "SKILLS_HELD",
            f"you have {held} of the {len(details.skills_required)} skills it asks for",
        )
        if missing:
            yield ScoredReason(
                "SKILLS_TO_LEARN", f"you would need {_list([label(s) for s in missing[:3]])}"
            )
    if details.kind is OpportunityKind.TRAINING:
        taught = sorted(_normalise(details.skills_taught) & wanted_skills(survivor))
        if taught:
            yield ScoredReason(
                "TEACHES_WANTED_SKILLS",
                f"teaches {_list([label(s) for s in taught[:3]])}, which you want to learn",
            )
    pay, goal = details.pay, profile.income_goal
    if pay is not None and goal is not None and pay.currency == goal.currency:
        if pay.amount >= goal.amount:
            yield ScoredReason(
                "PAY_AT_OR_ABOVE_GOAL", f"pays {pay.formatted()}, at or above your goal"
            )
        else:
            yield ScoredReason(
                "PAY_BELOW_GOAL", f"pays {pay.formatted()}, below your goal of {goal.formatted()}"
            )
    if details.remote:
        yield ScoredReason("REMOTE", "can be done from home")
    elif profile.residence is not None and details.location is not None:
        km = round(profile.residence.distance_km(details.location))
        yield ScoredReason("WITHIN_REACH", f"within your travel distance (about {km} km)")
    offered = sorted(a.value.replace("_", " ") for a in profile.needs & details.accommodations)
    if offered:
        yield ScoredReason("ACCOMMODATIONS", f"offers {_list(offered)}")


def weights_from(mapping: Mapping[str, float]) -> ScoreWeights:
    return ScoreWeights(**mapping)
