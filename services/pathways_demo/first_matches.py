"""The demo users' first matches: a few of their survivors accepted a job or a course of the
demo employer or training provider (``make run``).

Seeding registers people and posts opportunities, but nobody has been put to anything yet:
the demo employer's and training provider's shortlists are empty and every figure of their
dashboards is 0, so their part of the journey cannot be seen without first doing the
officer's. Here the demo officer asks matching for each of the NGO's survivors'
recommendations, as the console does, and where one is a job or course of the demo employer
or provider, proposes it and records the survivor's acceptance. Matching applies every rule
to the proposal as to any other (readiness, consent, sectors to avoid, age), and the
shortlists show only those who agreed to employer shortlists.

Which pairs: for each survivor, the best of their first :data:`CONSIDERED` recommendations
that is the demo homes' and has fewer than :data:`PER_OPPORTUNITY` matches (an officer puts
what is near the top of the list), survivors in caseload order, :data:`AT_MOST` in all.
The choice is :func:`pairs_to_propose`, free of I/O. A second ``make run`` counts what the
first one made and adds nothing once the numbers are reached.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Final

import grpc

from pathways.v1 import common_pb2, matching_pb2
from pathways_demo.homes import DemoHomes
from pathways_demo.seed import (
    EMPLOYER,
    OFFICER,
    TRAINING_PROVIDER,
    SignedStub,
    call,
    caller_for,
    signed_stub,
)
from pathways_runtime.caller_assertion import CallerAssertionSigner
from pathways_runtime.identity import CallerIdentity

__all__ = [
    "AT_MOST",
    "CONSIDERED",
    "PER_OPPORTUNITY",
    "Pair",
    "pairs_to_propose",
    "seed_first_matches",
]

#: How far down a survivor's recommendations an officer looks.
CONSIDERED: Final = 5
#: Matches of one opportunity at most: a shortlist to look at, not a filled one.
PER_OPPORTUNITY: Final = 2
#: Matches made in all, at most.
AT_MOST: Final = 16
_PAGE: Final = 100


@dataclass(frozen=True, slots=True)
class Pair:
    survivor_id: str
    opportunity_id: str


def pairs_to_propose(
    recommended: Mapping[str, Sequence[str]],
    homes_opportunities: frozenset[str],
    existing: Sequence[Pair],
    *,
    per_opportunity: int = PER_OPPORTUNITY,
    at_most: int = AT_MOST,
) -> list[Pair]:
    """For each survivor (in the mapping's order) with no match to the homes' opportunities
    yet, their best recommendation among `homes_opportunities` with fewer than
    `per_opportunity` matches; `at_most` matches in all, `existing` ones included."""
    taken = Counter(pair.opportunity_id for pair in existing)
    matched = {pair.survivor_id for pair in existing}
    budget = at_most - len(existing)
    chosen: list[Pair] = []
    for survivor_id, opportunity_ids in recommended.items():
        if budget <= len(chosen):
            break
        if survivor_id in matched:
            continue
        for opportunity_id in opportunity_ids:
            if opportunity_id in homes_opportunities and taken[opportunity_id] < per_opportunity:
                chosen.append(Pair(survivor_id, opportunity_id))
                taken[opportunity_id] += 1
                break
    return chosen


def seed_first_matches(
    channel: grpc.Channel,
    homes: DemoHomes,
    *,
    timeout_s: float = 10.0,
    signer: CallerAssertionSigner | None = None,
) -> int:
    """Propose the pairs :func:`pairs_to_propose` chooses for the demo homes and record each
    survivor's acceptance; returns how many matches were made now."""
    stub = signed_stub(channel, signer)
    officer = caller_for(homes.ngo, OFFICER)
    homes_opportunities = frozenset(
        opportunity.opportunity_id
        for owner in (
            caller_for(homes.employer, EMPLOYER),
            caller_for(homes.training_provider, TRAINING_PROVIDER),
        )
        for opportunity in _listed(
            stub,
            owner,
            timeout_s,
            "ListOpportunities",
            lambda page: matching_pb2.ListOpportunitiesRequest(page=page),
            "opportunities",
        )
    )
    caseload = [
        summary.survivor_id
        for summary in _listed(
            stub,
            officer,
            timeout_s,
            "ListSurvivors",
            lambda page: matching_pb2.ListSurvivorsRequest(page=page),
            "survivors",
        )
        if common_pb2.CONSENT_PURPOSE_MATCHING in summary.consents
    ]
    existing = [
        Pair(record.survivor_id, record.opportunity_id)
        for survivor_id in caseload
        for record in _listed(
            stub,
            officer,
            timeout_s,
            "ListSurvivorMatches",
            _matches_of(survivor_id),
            "matches",
        )
        if record.opportunity_id in homes_opportunities
    ]
    recommended = {
        survivor_id: [
            match.opportunity_id
            for match in call(
                stub,
                "GetMatches",
                matching_pb2.GetMatchesRequest(survivor_id=survivor_id, top_k=CONSIDERED),
                officer,
                timeout_s,
                idempotent=True,
            ).matches
        ]
        for survivor_id in caseload
    }
    made = 0
    for pair in pairs_to_propose(recommended, homes_opportunities, existing):
        proposal = matching_pb2.ProposeMatchRequest(
            survivor_id=pair.survivor_id, opportunity_id=pair.opportunity_id
        )
        # Proposing the same pair again returns the same match: safe to retry.
        record = call(stub, "ProposeMatch", proposal, officer, timeout_s, idempotent=True)
        if record.state == matching_pb2.MATCH_STATE_PROPOSED:
            acceptance = matching_pb2.TransitionMatchRequest(
                match_id=record.match_id,
                to_state=matching_pb2.MATCH_STATE_ACCEPTED,
                expected_version=record.version,
            )
            call(stub, "TransitionMatch", acceptance, officer, timeout_s, idempotent=False)
        made += 1
    return made


def _matches_of(survivor_id: str) -> Callable[[common_pb2.PageRequest], Any]:
    return lambda page: matching_pb2.ListSurvivorMatchesRequest(survivor_id=survivor_id, page=page)


def _listed(
    stub: SignedStub,
    caller: CallerIdentity,
    timeout_s: float,
    method: str,
    request: Callable[[common_pb2.PageRequest], Any],
    items: str,
) -> Iterator[Any]:
    """Every item (``items``: the answer's repeated field) of a paged list ``method``, as
    ``caller``; ``request`` makes the request for a page."""
    token = ""
    while True:
        page = call(
            stub,
            method,
            request(common_pb2.PageRequest(page_size=_PAGE, page_token=token)),
            caller,
            timeout_s,
            idempotent=True,
        )
        yield from getattr(page, items)
        token = page.next_page_token
        if not token:
            return
