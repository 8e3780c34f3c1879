"""The score of an eligible match, with its breakdown and the reasons people read.

Components, each in [0, 1]:

- ``interest_fit``: how close the survivor's own words are to the opportunity's text
  (cosine of TF-IDF vectors, computed by the index);
- ``concept_fit``: overlap in the multilingual vocabulary of interests, sectors and
  skills, which is how "อยากทำงานในร้านกาแฟ" meets an English barista job (a cosine computed
  by the index, raised a little by the share of the survivor's wishes the opportunity
  names itself: ``concept_fit``); what the survivor tells beside a wish they say
  weighs less than the wish (``TOLD_WEIGHT``);
- ``skill_fit``: a job by what it asks (the share of its required skills held); training
  by what it teaches (how much of it the survivor wants to learn);
- ``income_parity``: a job's pay against the survivor's income goal;
- ``distance``: closer is better within the travel radius; remote work counts as home;
- ``accommodations``: the share of the survivor's needs (childcare, transport...) offered.

How the total is made, and why (one rule for every kind of opportunity):

- **Relevance** is the larger of ``interest_fit`` and ``concept_fit``, weighted with both
  their weights. They measure one thing, whether this is what the survivor said they like,
  in two spaces: the words and the vocabulary's concepts. A survivor writing Thai about an
  English job has no words in common with it (text fit 0 by construction), so adding the
  two would rank every survivor who writes in another language than the employer on half
  of the relevance weight.
- The other components count **only where they can be judged** for the pair: the total is
  the weighted mean of relevance and of the judged components. Not judged, shown as
  ``NEUTRAL`` and left out: skills for a job that asks for none or a survivor whose skills
  are not recorded (see below), for training that lists nothing it teaches or a survivor
  who wants to learn nothing; income for training (a
  stipend is not an income) and for a job that pays the goal or more, or whose pay or goal
  is not stated. Pay is judged only where it falls short: meeting the goal is what was
  asked for, and a bonus for it would be a bonus for being a job. Scoring the unjudged 0.5
  instead made every course start 0.1 behind a job asking for nothing; no component may
  favour one kind by construction.
- A profile with **no skill recorded** says nothing about what the survivor can do: it is
  how most cases start, with the officer writing down what the person said. A job's skill
  fit is then not judged (its skills are still listed as needed, with the courses that
  teach them), rather than 0. At 0, every job asking for a skill came below every course
  on the same subject for an employment-ready survivor: "I worked the floor of a cha chaan
  teng, taking orders and clearing tables" got five baking courses before any waiting job
  (``bench/eval_languages.py``, session 25). Once one skill is recorded, jobs are judged
  by the share of their skills held, as before.
- A **wish to learn** in the survivor's words ("I want to learn...", "อยากเรียน...",
  "muốn học...": the vocabulary's ``learn`` intent) is a wish for training: a course's
  total moves ``LEARNING_PREFERENCE`` of the way to 1. It never makes an irrelevant course
  relevant (the floor below is on relevance) and keeps the order among courses.
- What the survivor says they **do not want** ("I don't want to work in a factory again",
  "ไม่อยากทำงานโรงงานแล้ว": the words a dislike cue governs, ``Vocabulary.disliked_text``)
  is no wish, and an opportunity whose text mentions it (a concept named there, or
  narrower than one) has its total cut by ``DISLIKE_PENALTY``, with the reason shown. Not a
  rule: when nothing else fits it is still offered, below what does. Free text can be
  misread; what a survivor must never be offered is recorded as sectors to avoid.
- Below ``RELEVANCE_FLOOR`` a candidate is not offered at all (``is_relevant``), whatever
  its pay or distance: "I love making bread" is not a reason to propose a stonemason job.
  The floor applies once the survivor's words or interests map to a concept.

The index computes the same numbers vectorised over all open opportunities; this module
is the reference and explains the few matches that are shown.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, fields

from matching.domain.match import ScoredReason
from matching.domain.opportunity import Opportunity
from matching.domain.survivor import Survivor
from matching.domain.values import OpportunityKind

__all__ = [
    "DISLIKE_PENALTY",
    "LEARNING_PREFERENCE",
    "NAMED_WISH_SHARE",
    "NEUTRAL",
    "RELEVANCE_FLOOR",
    "TOLD_WEIGHT",
    "ComponentScores",
    "MatchReport",
    "ScoreWeights",
    "ScoredMatch",
    "accommodations_fit",
    "concept_fit",
    "distance_fit",
    "explain",
    "income_is_judged",
    "income_parity",
    "is_relevant",
    "judged_skill_fit",
    "skill_fit",
    "with_dislike_penalty",
    "with_learning_preference",
]

#: The value shown for a component that cannot be judged (no goal stated, nothing to
#: compare); such a component is left out of the total.
NEUTRAL = 0.5

#: The least relevance (the larger of interest and concept fit) of a candidate that is
#: offered, once the survivor has said what they like. A concept fit is a cosine over
#: concepts where a related concept weighs half: sharing one related concept among a
#: handful already gives more than 0.05; a text fit below it is a common word or two in
#: common (the stonemason job had 0.008 against "I love making bread"). In the evaluation,
#: 0.1% of intended pairs fall below it and 76% of the others.
RELEVANCE_FLOOR = 0.05

#: How far towards 1 a course's total moves when the survivor says they want to learn:
#: enough to put an equally relevant course above a job (totals of relevant matches lie
#: around 0.5 to 0.9, so this is 0.03 to 0.13), not enough to put a course on another
#: subject above the job they asked about.
LEARNING_PREFERENCE = 0.25


#: The share of its total an opportunity loses when it is about something the survivor
#: said they do not want: half, so that it comes below anything about as relevant that they
#: did not refuse (a relevant match's total lies around 0.5 to 0.9; one about nothing they
#: said, near home, around 0.3 to 0.45), yet is still offered when nothing else is open.
DISLIKE_PENALTY = 0.5


#: What naming every one of the survivor's wishes adds to a concept fit, shared out among
#: the wishes. The cosine alone favours the opportunity about fewer things: for "I want to
#: answer phones for a company, I speak English", a call centre course naming the call
#: centre work and the English, beside computers and customer service, came below a tourism
#: course naming only the English (0.760 against 0.788), and a call centre job below a tour
#: guide job (0.760 against 0.836), because more concepts share an opportunity's weight. An
#: opportunity about more of what the survivor said should come first (naming something
#: within a wish names it: "I love cooking, I want to bake cakes" is answered by a baking
#: course, about both, before a cooking course, about one); among those naming
#: as many, the cosine still orders. The call centre job needs more than 0.154 (half a
#: share must close a gap of 0.077). In the evaluations (``BENCHMARKS.md``) 0.1 and 0.2
#: gave the same precision in every language and 0.3 lost a Vietnamese phrase; 0.2 moved a
#: course off the tenth place of two lists in ``make eval`` (mixed courses 0.955 -> 0.950).
#: Taken in place of some of the cosine instead of added, fewer relevant matches passed the
#: floor.
NAMED_WISH_SHARE = 0.2


#: What a concept weighs in a survivor's concept vector when their words name it outside
#: every wish they say, beside one they do ("At the temple I washed the dishes; I want to
#: clean rooms in a hotel": the dishes are told, the rooms wished), against 1 for a wish.
#: People tell what they did before they say what they want, and what they did is often what
#: they want to leave (a fishing boat, a factory line); read as a wish, the dishes put a
#: bakery above the hotel. Not 0: what someone has done is still some sign of what suits
#: them, and a text that only tells ("I cooked for the whole village at every festival") is
#: read in full, and so is what is told of the wish's own field ("I can massage, I want to
#: work in a spa": ``ConceptSpace.survivor_query``). The named share (``NAMED_WISH_SHARE``)
#: counts the wishes only. On the sixteenth held-out set (work done before against work
#: wished for; ``BENCHMARKS.md``) 0.25 and 0.5 gave the same precision in every language,
#: and 1.0 (the named share alone) lost five phrases of the 56.
TOLD_WEIGHT = 0.5


def concept_fit(similarity: float, *, named: int, wished: int) -> float:
    """The concept fit of a pair: the cosine of their concept vectors (``similarity``),
    plus ``NAMED_WISH_SHARE`` times the share of the survivor's ``wished`` concepts the
    opportunity names itself (``named``: a wish, or a concept within one, as a baking
    course names a wish to cook), at most 1."""
    if wished <= 0:
        return similarity
    return min(1.0, similarity + NAMED_WISH_SHARE * named / wished)


def with_learning_preference(total: float, *, training: bool, wants_to_learn: bool) -> float:
    """The total after the survivor's wish to learn, if any (see the module's rule)."""
    if training and wants_to_learn:
        return total + (1.0 - total) * LEARNING_PREFERENCE
    return total


def with_dislike_penalty(total: float, *, disliked: bool) -> float:
    """The total after the survivor said they do not want what the opportunity is about."""
    return total * (1.0 - DISLIKE_PENALTY) if disliked else total


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
    #: Names of the components that could not be judged for this pair: shown as
    #: ``NEUTRAL``, left out of the total.
    unjudged: frozenset[str] = frozenset()

    @property
    def relevance(self) -> float:
        """Whether this is what the survivor said they like: in words or in concepts."""
        return max(self.interest_fit, self.concept_fit)

    def total(self, weights: ScoreWeights) -> float:
        """Relevance with the weights of interest and concept fit, and the judged others,
        as a weighted mean (``NEUTRAL`` if nothing carries weight)."""
        w = weights.as_dict()
        weight = w.pop("interest_fit") + w.pop("concept_fit")
        weighted = weight * self.relevance
        for name, share in w.items():
            if name not in self.unjudged:
                weighted += share * float(getattr(self, name))
                weight += share
        return weighted / weight if weight > 0 else NEUTRAL

    def as_dict(self) -> dict[str, float]:
        return {f.name: float(getattr(self, f.name)) for f in fields(self) if f.name != "unjudged"}


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


def judged_skill_fit(
    survivor: Survivor, opportunity: Opportunity
) -> tuple[float | None, frozenset[str]]:
    """A job by what it asks: the share of its required skills held, and those missing;
    training by what it teaches: how much of it the survivor wants to learn. None when
    there is nothing to judge (a job that asks for no skill, a survivor with no skill
    recorded, whose missing skills are then all the job asks for; training that lists
    nothing it teaches, a survivor who wants to learn nothing)."""
    details = opportunity.details
    if details.kind is OpportunityKind.JOB:
        required = _normalise(details.skills_required)
        if not required:
            return None, frozenset()
        held = _normalise(survivor.profile.skills)
        if not held:
            return None, required
        return len(required & held) / len(required), required - held
    taught = _normalise(details.skills_taught)
    wanted = wanted_skills(survivor)
    if not taught or not wanted:
        return None, frozenset()
    return min(1.0, len(taught & wanted) / min(len(taught), len(wanted))), frozenset()


def skill_fit(survivor: Survivor, opportunity: Opportunity) -> tuple[float, frozenset[str]]:
    """The component (``NEUTRAL`` when it cannot be judged), and for a job the required
    skills the survivor does not hold yet."""
    value, missing = judged_skill_fit(survivor, opportunity)
    return (NEUTRAL if value is None else value), missing


def income_parity(survivor: Survivor, opportunity: Opportunity) -> float:
    """Pay against the goal (1.0 at or above it), ``NEUTRAL`` when not comparable."""
    goal, pay = survivor.profile.income_goal, opportunity.details.pay
    if goal is None or pay is None or goal.currency != pay.currency:
        return NEUTRAL
    if goal.amount == 0:
        return 1.0
    return min(1.0, pay.amount / goal.amount)


def income_is_judged(survivor: Survivor, opportunity: Opportunity) -> bool:
    """Only a job's pay below a goal in the same currency counts (see the module's rule):
    not training's stipend, not pay that meets the goal, not pay or goal unstated."""
    goal, pay = survivor.profile.income_goal, opportunity.details.pay
    return (
        opportunity.details.kind is OpportunityKind.JOB
        and goal is not None
        and pay is not None
        and goal.currency == pay.currency
        and pay.amount < goal.amount
    )


def is_relevant(components: ComponentScores, *, survivor_said_something: bool) -> bool:
    """Whether a candidate reaches ``RELEVANCE_FLOOR``. ``survivor_said_something``: their
    words or interests map to at least one of the vocabulary's concepts. When none does,
    the floor is not applied: concept fit is 0 for everything, and a text fit alone (a
    short sentence against a long description) is too weak a signal to refuse on."""
    return not survivor_said_something or components.relevance >= RELEVANCE_FLOOR


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
    wants_to_learn: bool = False,
    disliked_topics: Iterable[str] = (),
) -> ScoredMatch:
    """Score one eligible pair and say why, in codes and short sentences.

    ``wants_to_learn``: the survivor's words say they want to learn (the vocabulary's
    ``learn`` intent), which favours training. ``disliked_topics``: the concepts the
    opportunity's text mentions that the survivor said they do not want
    (``DISLIKE_PENALTY``)."""
    skills, missing = judged_skill_fit(survivor, opportunity)
    unjudged = set()
    if skills is None:
        unjudged.add("skill_fit")
    if not income_is_judged(survivor, opportunity):
        unjudged.add("income_parity")
    components = ComponentScores(
        interest_fit=min(1.0, max(0.0, text_similarity)),
        concept_fit=min(1.0, max(0.0, concept_similarity)),
        skill_fit=NEUTRAL if skills is None else skills,
        income_parity=income_parity(survivor, opportunity),
        distance=distance_fit(survivor, opportunity),
        accommodations=accommodations_fit(survivor, opportunity),
        unjudged=frozenset(unjudged),
    )
    training = opportunity.details.kind is OpportunityKind.TRAINING
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
    if training and wants_to_learn:
        reasons.insert(0, ScoredReason("WISH_TO_LEARN", "you said you want to learn"))
    refused = sorted(disliked_topics)
    if refused:
        words = _list([label(concept) for concept in refused[:2]])
        reasons.insert(
            0, ScoredReason("SAID_NOT_WANTED", f"about {words}, which you said you do not want")
        )
    preferred = with_learning_preference(
        components.total(weights), training=training, wants_to_learn=wants_to_learn
    )
    return ScoredMatch(
        opportunity_id=opportunity.opportunity_id,
        total=with_dislike_penalty(preferred, disliked=bool(refused)),
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
        if held:  # none held is no reason: the skills to learn say so
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
    # A course's pay is a stipend, not judged against an income goal (nor scored): no
    # reason may say it falls short.
    if (
        details.kind is OpportunityKind.JOB
        and pay is not None
        and goal is not None
        and pay.currency == goal.currency
    ):
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
    home = profile.residence
    if details.location is not None and (home is None or home.country != details.location.country):
        # Only offered to someone who chose to be open to it: said so, for the officer to
        # talk it through with them (cross-border recruitment is a trafficking route).
        yield ScoredReason(
            "ACROSS_BORDER",
            f"in another country ({details.location.country}): you chose to be open to "
            "work across a border",
        )
    offered = sorted(a.value.replace("_", " ") for a in profile.needs & details.accommodations)
    if offered:
        yield ScoredReason("ACCOMMODATIONS", f"offers {_list(offered)}")


def weights_from(mapping: Mapping[str, float]) -> ScoreWeights:
    return ScoreWeights(**mapping)


@dataclass(slots=True)
class MatchReport:
    """What a query found besides its results, filled in by ``rank`` and ``matches``."""

    #: Opportunities no hard rule forbids (of the kinds asked, declines aside).
    eligible: int = 0
    #: Of those, how many the relevance floor left out: eligible but not what the survivor
    #: said they like. ``eligible > 0`` and nothing returned: "no good match yet".
    below_floor: int = 0
    #: The survivor's words say they want to learn: training was favoured, and the
    #: service may offer pathways (training that teaches what a job asks).
    wants_to_learn: bool = False
    #: The concepts the survivor's words and chosen interests name, as read for the
    #: ranking (``skills_to_record`` takes the skills among them); None when nothing was
    #: ranked, so nothing was read.
    named: frozenset[str] | None = None
