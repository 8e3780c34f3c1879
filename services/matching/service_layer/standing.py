"""A match's standing after its proposal: the hard rules again, at the time of each call.

A proposal passes the hard rules (``matching.domain.rules.violations``) as the survivor and
the opportunity were when it was made. Both keep changing afterwards: an employer edits a
café job into "Cook on a fishing vessel" (hazardous, night shifts, live-in), an officer
lowers a survivor's readiness to stabilising, a survivor withdraws their consent to
matching. A match is only as safe as the pair is *now*, so whenever a match moves forward
and whenever an employer or provider sees a candidate, the survivor and the opportunity as
read in that call pass the same rules, with the same context as a proposal (the sectors to
avoid with every narrower concept; a decline of the opportunity's current offer).
Readiness for the kind and consent to matching are among those rules.

Where they do not:

- the owner (employer or provider) does not see the candidate: the shortlist leaves them
  out and the match reads as not found (``handlers.match_for``), as it does for a withdrawn
  shortlist consent, so the owner learns nothing about why (a survivor's age, readiness or
  the sectors they avoid are theirs) and can move nothing;
- a forward step (:data:`FORWARD_STEPS`) is refused with ``NotAllowedNow`` ("not
  eligible: " and the rule codes, as a refused proposal), before anything changes. Only an
  officer of the survivor's organisation gets that far, and they may know the reasons;
- the officer's reads of the match say so before any step is tried (:func:`holds_now`, the
  record's ``held_by``), so a proposal the survivor can no longer accept shows as held,
  with its reason, and the console offers only the decline.

Not refused, whatever the rules say now:

- ``declined``: the survivor's own choice is final, and saying no must always be possible,
  above all to an opportunity that now breaks their conditions.
- ``ended``: stopping a match is what a broken rule calls for.
- Outcomes recorded after the fact (``retained_30``, ``_90``, ``_180`` and ``completed``):
  they state what already happened (the survivor was still employed on that day, finished
  the course); refusing them would not undo the placement, only make the match's history,
  the dashboards and the outcome model's labels false. Only the officer can record them
  then (the owner no longer sees the match), and the officer is the one to act on the
  rule now broken, by ending the match.

Not checked again: ``NOT_OPEN`` (:data:`NOT_RECHECKED`). Whether an opportunity still takes
*new* candidates is the owner's own business, not a protection of the survivor: a hire
that takes the last opening makes a job filled, and its hires (retention still to record)
and the candidates already in progress (rounds overbook on purpose) must not vanish from
the owner's shortlist because of it; a paused job keeps its candidates too.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from matching.domain.errors import NotAllowedNow, NotFound
from matching.domain.match import Match, MatchState
from matching.domain.opportunity import Opportunity, with_conditions_said
from matching.domain.rules import MatchContext, Violation, violations
from matching.domain.survivor import Survivor
from matching.domain.values import ConsentPurpose, OpportunityKind
from matching.service_layer.opportunity_text import sectors_said

if TYPE_CHECKING:
    from matching.service_layer.handlers import Ports


__all__ = [
    "FORWARD_STEPS",
    "HELD_FOR_SHARING",
    "NOT_RECHECKED",
    "current_opportunity",
    "declines_by_survivor",
    "holds_now",
    "read_now",
    "require_eligible_now",
    "rules_broken_now",
]

#: Steps that commit the survivor further to the opportunity: each needs the pair to pass
#: the hard rules at the time it is recorded.
FORWARD_STEPS = frozenset(
    {
        MatchState.ACCEPTED,
        MatchState.EMPLOYER_INTEREST,
        MatchState.INTRODUCED,
        MatchState.HIRED,
        MatchState.ENROLLED,
    }
)

#: Rules about offering an opportunity to new candidates, not about the pair (see above).
NOT_RECHECKED = frozenset({Violation.NOT_OPEN})

#: Why a job's match the survivor accepted waits: the employer records its interest and the
#: introduction needs the survivor's consent to be shared with employers, so without it
#: neither step can happen (the employer does not even see the match).
HELD_FOR_SHARING = "no_employer_shortlist_consent"
_WAITING_ON_THE_EMPLOYER = frozenset({MatchState.ACCEPTED, MatchState.EMPLOYER_INTEREST})


def declines_by_survivor(matches: list[Match]) -> dict[str, int]:
    """Survivor id → the highest offer revision at which they declined, over ``matches``
    (all of one opportunity): the shortlist's context, from the read it makes anyway."""
    declined: dict[str, int] = {}
    for match in matches:
        if match.state is MatchState.DECLINED:
            previous = declined.get(match.survivor_id, 0)
            declined[match.survivor_id] = max(previous, match.offer_revision)
    return declined


def _declined_at(ports: Ports, match: Match, opportunity: Opportunity) -> int | None:
    """The highest offer revision of the opportunity the survivor declined in another match.

    Read only when it can matter. There is one match per survivor, opportunity and
    material revision, so while the match is at the opportunity's current material
    revision every other match of the pair is at an earlier one; and while every material
    change so far was a new offer (the two revisions are equal), an earlier material
    revision is an earlier offer, which cannot be ``DECLINED_BEFORE``. Once a change was no
    new offer (a pay cut, one baht more), another match may share the current offer, and
    its decline holds this one too."""
    if (
        match.material_revision >= opportunity.material_revision
        and opportunity.offer_revision == opportunity.material_revision
    ):
        return None
    revisions = [
        other.offer_revision
        for other in ports.matches.for_survivor(match.survivor_id)
        if other.opportunity_id == match.opportunity_id
        and other.match_id != match.match_id
        and other.state is MatchState.DECLINED
    ]
    return max(revisions, default=None)


def rules_broken_now(
    ports: Ports,
    match: Match,
    *,
    survivor: Survivor,
    opportunity: Opportunity,
    declined: Mapping[str, int] | None = None,
) -> list[Violation]:
    """The hard rules the match's survivor and opportunity, as given (read in this call),
    break now; empty while the match may go on. ``declined`` (survivor id → offer
    revision, from :func:`declines_by_survivor`) saves a read when the caller holds the
    declines already."""
    if declined is None:
        declined_at = _declined_at(ports, match, opportunity)
    else:
        declined_at = declined.get(match.survivor_id)
    context = MatchContext(
        declined_at_offer=declined_at,
        avoided=ports.index.avoided(survivor),
        closed_to_minors=ports.index.closed_to_minors(),
    )
    return [v for v in violations(survivor, opportunity, context) if v not in NOT_RECHECKED]


def holds_now(
    ports: Ports,
    match: Match,
    *,
    survivor: Survivor,
    opportunity: Opportunity | None,
    declined: Mapping[str, int] | None = None,
) -> list[str]:
    """What holds ``match`` from its next step forward now, for the survivor's officer: the
    codes of the hard rules the pair breaks (as a refused step names them) and
    :data:`HELD_FOR_SHARING`; empty while it may go on, and for a match with no step forward
    left (declined, ended, or only outcomes to record). ``survivor`` and ``opportunity`` are
    read in this call; an opportunity gone holds nothing here (the step answers not found).

    So an officer sees, before trying, that a proposal waits on a consent withdrawn, a lower
    readiness or an opportunity edited into what the survivor avoids, and can still record a
    decline or end it (safety probe, session 35)."""
    if opportunity is None or not match.allowed_next() & FORWARD_STEPS:
        return []
    held = [
        v.value
        for v in rules_broken_now(
            ports, match, survivor=survivor, opportunity=opportunity, declined=declined
        )
    ]
    if (
        match.kind is OpportunityKind.JOB
        and match.state in _WAITING_ON_THE_EMPLOYER
        and not survivor.has_consent(ConsentPurpose.EMPLOYER_SHORTLIST)
    ):
        held.append(HELD_FOR_SHARING)
    return held


def current_opportunity(ports: Ports, opportunity_id: str) -> Opportunity | None:
    """The opportunity, read as the vocabulary in use now reads its text.

    Its concepts and detected sectors are stored as mapped when it was written; the
    repository drops the concepts of one written with another vocabulary (``concepts`` is
    None). The hard rules judge sectors to avoid and work closed to minors by them, so such
    an opportunity has both mapped again here, and the workplace conditions its text says
    (night shifts, live-in) read again: a term added to the vocabulary (a fishing boat's crew
    in Thai) protects survivors from jobs posted before it, not only after."""
    opportunity = ports.opportunities.get(opportunity_id)
    return None if opportunity is None else read_now(ports, opportunity)


def read_now(ports: Ports, opportunity: Opportunity) -> Opportunity:
    """``opportunity`` as read from the store, with its text read again if it was written
    with another vocabulary (see :func:`current_opportunity`)."""
    if opportunity.concepts is None and ports.concepts_in:
        text = f"{opportunity.details.title}\n{opportunity.details.description}"
        opportunity.concepts = ports.concepts_in(text)
        opportunity.detected_sectors = sectors_said(ports.sector_concepts_in, opportunity.details)
        if ports.vocabulary is not None:
            opportunity.details = with_conditions_said(
                opportunity.details, ports.vocabulary.workplace_conditions_in(text)
            )
    return opportunity


def require_consent_to_introduce(ports: Ports, match: Match) -> None:
    """Refuse to record an introduction to the employer (``NotAllowedNow``) unless the
    survivor consents, now, to be shared with employers: withdrawn, the employer no longer
    sees the match, and no one may introduce them all the same (safety probe, session 26)."""
    survivor = ports.survivors.get(match.survivor_id)
    if survivor is None:
        raise NotFound("no such survivor")
    if not survivor.has_consent(ConsentPurpose.EMPLOYER_SHORTLIST):
        raise NotAllowedNow("not eligible: no_employer_shortlist_consent")


def require_eligible_now(ports: Ports, match: Match) -> None:
    """Refuse a forward step of ``match`` (``NotAllowedNow`` with the rule codes) unless
    its survivor and opportunity, read now, pass the hard rules."""
    survivor = ports.survivors.get(match.survivor_id)
    if survivor is None:
        raise NotFound("no such survivor")
    opportunity = current_opportunity(ports, match.opportunity_id)
    if opportunity is None:
        raise NotFound("no such opportunity")
    broken = rules_broken_now(ports, match, survivor=survivor, opportunity=opportunity)
    if broken:
        raise NotAllowedNow("not eligible: " + ", ".join(v.value for v in broken))
