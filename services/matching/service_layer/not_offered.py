"""Why a survivor's recommendations are empty, or fewer than asked for.

An empty list used to look the same whether nothing fitted or something was missing
(measured): a survivor never assessed, still stabilising, without matching consent, without
a residence, sharing no language with any offer, or a minor for whom nothing is allowed. An
officer can act on each of these, so each is named with a stable code and a sentence.

The survivor's own gates (assessment, readiness, consent) are read from the survivor. What
left opportunities out is counted over the open opportunities of the in-memory index with
the hard rules (``matching.domain.left_out``, counted by the index over its columns), and
only when the list came back short: the common, full answer costs nothing more. Eligible
opportunities that were still not shown fell below the relevance floor; the rules' counts
are given beside that (a list may be short for both reasons).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from matching.domain.left_out import LeftOut
from matching.domain.rules import REQUIRED_STAGE
from matching.domain.survivor import Survivor
from matching.domain.values import ConsentPurpose, OpportunityKind

__all__ = ["NotOffered", "Reason", "not_offered_because"]


class Reason:
    """The stable codes (documented in the API)."""

    NOT_ASSESSED = "not_assessed"
    READINESS_STAGE = "readiness_stage"
    NO_MATCHING_CONSENT = "no_matching_consent"
    NO_RESIDENCE = "no_residence"
    OUT_OF_REACH = "out_of_reach"
    REMOTE_NOT_CHOSEN = "remote_not_chosen"
    NO_SHARED_LANGUAGE = "no_shared_language"
    MINOR_NOTHING_ALLOWED = "minor_nothing_allowed"
    BELOW_RELEVANCE_FLOOR = "below_relevance_floor"
    NOTHING_ELIGIBLE = "nothing_eligible"


@dataclass(frozen=True, slots=True)
class NotOffered:
    code: str
    text: str
    #: Opportunities left out for this reason, when counted (0 when not).
    count: int = 0


_KIND_WORDS = {OpportunityKind.JOB: "jobs", OpportunityKind.TRAINING: "training"}


def _gates(survivor: Survivor, kinds: frozenset[OpportunityKind]) -> list[NotOffered]:
    """What the survivor's own record rules out, before any opportunity is looked at."""
    found: list[NotOffered] = []
    if survivor.readiness is None:
        found.append(
            NotOffered(
                Reason.NOT_ASSESSED,
                "no readiness assessment yet: nothing is offered before one is recorded",
            )
        )
    else:
        for kind in sorted(kinds, key=lambda k: k.value):
            needed = REQUIRED_STAGE[kind]
            if survivor.stage < needed:
                found.append(
                    NotOffered(
                        Reason.READINESS_STAGE,
                        f"readiness is {survivor.stage.name.lower()}: "
                        f"{_KIND_WORDS[kind]} are offered from {needed.name.lower()}",
                    )
                )
    if not survivor.has_consent(ConsentPurpose.MATCHING):
        found.append(
            NotOffered(
                Reason.NO_MATCHING_CONSENT,
                "the survivor has not consented to matching",
            )
        )
    return found


def not_offered_because(
    survivor: Survivor,
    *,
    kinds: frozenset[OpportunityKind],
    left_out: Callable[[], LeftOut],
    below_floor: int = 0,
) -> list[NotOffered]:
    """Why fewer opportunities were shown than asked for; empty when nothing is missing.

    ``left_out`` counts what the hard rules left out of the open opportunities not shown
    (the index's columns in the service, ``count_left_out`` for reference); it is called
    unless the survivor's own record rules everything out (no assessment, no consent).
    ``below_floor``: what the index's ranking left out as too poor a fit, when it ranked.
    """
    reasons = _gates(survivor, kinds)
    if any(r.code in (Reason.NOT_ASSESSED, Reason.NO_MATCHING_CONSENT) for r in reasons):
        return reasons  # nothing at all is offered: counting would say nothing more
    # Counted even when the relevance floor explains part of it: a list short of online
    # courses for someone not open to remote study must say so (matching probe, session
    # 20), and the count over the index's columns is cheap (0.3 ms at 10,000).
    counted = left_out()
    profile = survivor.profile
    if profile.residence is None:
        reasons.append(
            NotOffered(
                Reason.NO_RESIDENCE,
                (
                    "no residence recorded: only remote opportunities can be offered"
                    if profile.open_to_cross_border
                    else "no residence recorded: only remote opportunities without a location "
                    "can be offered (the country of residence is unknown)"
                )
                if profile.remote_ok
                else "no residence recorded and not open to remote work: nothing is in reach",
                counted.out_of_reach,
            )
        )
    elif counted.out_of_reach > counted.remote_not_chosen:
        reasons.append(
            NotOffered(
                Reason.OUT_OF_REACH,
                f"opportunities left out as farther than the travel distance "
                f"({profile.travel_radius_km} km) or in another country",
                counted.out_of_reach - counted.remote_not_chosen,
            )
        )
    if counted.remote_not_chosen:
        reasons.append(
            NotOffered(
                Reason.REMOTE_NOT_CHOSEN,
                "remote jobs and online courses left out because the survivor is not open "
                "to remote work or study",
                counted.remote_not_chosen,
            )
        )
    if counted.no_shared_language:
        reasons.append(
            NotOffered(
                Reason.NO_SHARED_LANGUAGE,
                "opportunities left out because they ask for a language the survivor does "
                "not speak at the level needed",
                counted.no_shared_language,
            )
        )
    if profile.minor and counted.candidates and counted.age == counted.candidates:
        reasons.append(
            NotOffered(
                Reason.MINOR_NOTHING_ALLOWED,
                "every open opportunity is for older people or hazardous for a minor",
                counted.age,
            )
        )
    if below_floor or counted.eligible:
        # The index's own count of what the floor left out, when it ranked; else what the
        # rules left eligible but unshown.
        reasons.append(_below_floor(below_floor or counted.eligible))
    if not reasons:
        reasons.append(
            NotOffered(
                Reason.NOTHING_ELIGIBLE,
                "no open opportunity meets the survivor's needs and conditions",
            )
        )
    return reasons


def _below_floor(count: int) -> NotOffered:
    return NotOffered(
        Reason.BELOW_RELEVANCE_FLOOR,
        "no good match yet: the other eligible opportunities fit too poorly to recommend",
        count,
    )
