"""What left open opportunities out of a survivor's short list, counted by hard rule.

``count_left_out`` is the reference: the hard rules themselves (``matching.domain.rules``),
one opportunity at a time. The in-memory index counts the same over its columns
(``matching.adapters.opportunity_index.eligibility.left_out_counts``), because a pass in
Python over every open opportunity grows with them: p50 13 ms at 1,000 open opportunities,
129 ms at 10,000 and 1.3 s at 100,000, against 0.16, 0.34 and 2.0 ms over the columns
(measured in session 14, 200 demo survivors). Property tests hold the two equal.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from matching.domain.opportunity import Opportunity
from matching.domain.rules import (
    REQUIRED_STAGE,
    MatchContext,
    Violation,
    crosses_no_border,
    violations,
)
from matching.domain.survivor import Survivor
from matching.domain.values import OpportunityKind

__all__ = ["AGE_RULES", "LeftOut", "count_left_out"]

#: The rules that keep a minor from an opportunity.
AGE_RULES = frozenset({Violation.UNDER_MINIMUM_AGE, Violation.HAZARDOUS_FOR_MINOR})


@dataclass(frozen=True, slots=True)
class LeftOut:
    """Over the open opportunities of the kinds asked for that the survivor is ready for
    (one whose text says the employer keeps workers' documents is offered to no one, so is
    none of them), those not shown: how many there are, and how many each rule left out
    (one opportunity may break several rules, so the counts may add up to more than
    ``candidates``)."""

    candidates: int = 0
    out_of_reach: int = 0
    #: Remote jobs and online courses in reach for someone open to remote work, left out
    #: because this survivor is not (counted in ``out_of_reach`` too).
    remote_not_chosen: int = 0
    no_shared_language: int = 0
    #: Under the minimum age, or hazardous for a minor.
    age: int = 0
    #: Breaking no rule (declined ones aside): left out by the relevance floor, or beyond
    #: the list's length.
    eligible: int = 0


def count_left_out(
    survivor: Survivor,
    *,
    kinds: frozenset[OpportunityKind],
    shown: Iterable[str],
    opportunities: Iterable[Opportunity],
    declined: Mapping[str, int],
    avoided: frozenset[str] = frozenset(),
) -> LeftOut:
    """The reference count: every rule checked on every open opportunity not shown."""
    ready = frozenset(k for k in kinds if survivor.stage >= REQUIRED_STAGE[k])
    shown_ids = frozenset(shown)
    candidates = out_of_reach = remote_not_chosen = no_language = age = eligible = 0
    for opportunity in opportunities:
        if (
            opportunity.details.kind not in ready
            or not opportunity.is_open
            or opportunity.details.workplace.offered_to_no_one
            or opportunity.opportunity_id in shown_ids
        ):
            continue
        candidates += 1
        context = MatchContext(
            declined_at_offer=declined.get(opportunity.opportunity_id), avoided=avoided
        )
        broken = set(violations(survivor, opportunity, context))
        eligible += not broken
        out_of_reach += Violation.OUT_OF_REACH in broken
        remote_not_chosen += _remote_not_chosen(survivor, opportunity)
        no_language += Violation.NO_SHARED_LANGUAGE in broken
        age += bool(broken & AGE_RULES)
    return LeftOut(
        candidates=candidates,
        out_of_reach=out_of_reach,
        remote_not_chosen=remote_not_chosen,
        no_shared_language=no_language,
        age=age,
        eligible=eligible,
    )


def _remote_not_chosen(survivor: Survivor, opportunity: Opportunity) -> bool:
    """Remote, within the borders the survivor may be offered, and out of reach only
    because they are not open to remote work (``rules.within_reach``): not work its text
    says is abroad, for someone not open to that."""
    profile, details = survivor.profile, opportunity.details
    if not details.remote or profile.remote_ok:
        return False
    if details.workplace.abroad and profile.open_to_cross_border is not True:
        return False
    return details.location is None or crosses_no_border(profile, details.location)
