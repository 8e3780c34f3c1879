"""``make run``'s demo users start with a few accepted matches: proposed and accepted through
a real matching service, every rule applied, and made once however often seeding runs."""

from __future__ import annotations

from collections import Counter

from pathways.v1 import common_pb2, matching_pb2
from pathways_demo.first_matches import AT_MOST, PER_OPPORTUNITY, seed_first_matches
from pathways_demo.generator import generate_population
from pathways_demo.homes import DemoHomes, rehome
from pathways_demo.seed import seed_population
from tests.integration.matching.conftest import RunningMatching
from tests.support.matching_client import As

HOMES = DemoHomes(
    country="TH", ngo="org_demo_ngo", employer="org_demo_emp", training_provider="org_demo_tp"
)


def test_the_demo_homes_first_matches(matching: RunningMatching) -> None:
    channel = matching["channel"]
    population = rehome(
        generate_population(survivors=60, opportunities=80, seed=7, jurisdictions=["TH"]), HOMES
    )
    assert seed_population(population, channel=channel).failed == 0
    officer = As(channel, "u_demo_officer", HOMES.ngo, "reintegration_officer")
    employer = As(channel, "u_demo_employer", HOMES.employer, "employer")
    provider = As(channel, "u_demo_provider", HOMES.training_provider, "training_provider")
    homes_opportunities = {
        o.opportunity_id
        for owner in (employer, provider)
        for o in owner.ListOpportunities(
            matching_pb2.ListOpportunitiesRequest(page=common_pb2.PageRequest(page_size=100))
        ).opportunities
    }

    made = seed_first_matches(channel, HOMES)

    caseload = officer.ListSurvivors(
        matching_pb2.ListSurvivorsRequest(page=common_pb2.PageRequest(page_size=100))
    ).survivors
    ours = [
        record
        for summary in caseload
        for record in officer.ListSurvivorMatches(
            matching_pb2.ListSurvivorMatchesRequest(survivor_id=summary.survivor_id)
        ).matches
    ]
    assert 1 <= made <= AT_MOST
    assert len(ours) == made
    assert all(record.state == matching_pb2.MATCH_STATE_ACCEPTED for record in ours)
    assert all(record.opportunity_id in homes_opportunities for record in ours)
    assert max(Counter(r.opportunity_id for r in ours).values()) <= PER_OPPORTUNITY
    assert max(Counter(r.survivor_id for r in ours).values()) == 1

    # The employer sees, of its jobs' accepted matches, those who agreed to shortlists.
    shortlisting = {
        s.survivor_id
        for s in caseload
        if common_pb2.CONSENT_PURPOSE_EMPLOYER_SHORTLIST in s.consents
    }
    for job_id in {r.opportunity_id for r in ours if r.kind == matching_pb2.OPPORTUNITY_KIND_JOB}:
        shortlist = employer.GetShortlist(matching_pb2.GetShortlistRequest(opportunity_id=job_id))
        expected = {
            r.match_id for r in ours if r.opportunity_id == job_id and r.survivor_id in shortlisting
        }
        assert {c.match_id for c in shortlist.candidates} == expected

    # Seeding again (a second `make run`) makes nothing new.
    assert seed_population(population, channel=channel).failed == 0
    assert seed_first_matches(channel, HOMES) == 0
