"""Peer groups with 14-year-olds (found: "14-year-olds have no band and the minors'
age-spread rule cannot act within 15-17").

The rules as stated: minors are grouped only with minors, within an age spread (3 years by
default), exact ages when known and else the whole band (the spread of a band-only minor is
the band's width, so an unknown age never lets two minors further apart than allowed); a
youth group takes people whose age tops out at 24 or younger. The age reaches peer groups
sealed in matching's survivor event.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

from matching.adapters.event_mapping import survivor_snapshot
from matching.domain.survivor import Survivor, SurvivorProfile
from matching.domain.values import (
    ConsentPurpose,
    LanguageLevel,
    LanguageSkill,
    ReadinessStage,
)
from pathways_runtime.field_crypto import InMemoryFieldCrypto
from peer_groups.adapters.event_mapping import pool_member
from peer_groups.domain.pool import PoolMember
from peer_groups.domain.rules import Exclusion, FormationPolicy, why_not_eligible, why_not_together
from peer_groups.domain.values import AgeBand, GroupFocus
from tests.unit.peer_groups.test_rules import person, settings

POLICY = FormationPolicy()
NOW = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)


def _minor(survivor_id: str, age: int | None, band: str = "14-17") -> PoolMember:
    return person(survivor_id, age_band=band, minor=True, age_years=age)


def test_the_fourteen_to_seventeen_band_is_a_minors_band() -> None:
    band = AgeBand.parse("14-17")
    assert (band.lowest, band.highest, band.minor) == (14, 17, True)


def test_the_age_spread_acts_on_exact_ages_from_14() -> None:
    fourteen, seventeen, fifteen = _minor("mn_14", 14), _minor("mn_17", 17), _minor("mn_15", 15)
    assert why_not_together(fourteen, seventeen, policy=POLICY) is None  # 3 years: allowed
    strict = FormationPolicy(max_minor_age_spread=1)
    assert why_not_together(fourteen, seventeen, policy=strict) is Exclusion.AGE_RULE
    assert why_not_together(fourteen, fifteen, policy=strict) is None
    # Across the two minor bands, exact ages decide, not the bands' bounds.
    legacy_sixteen = _minor("mn_16", 16, band="15-17")
    assert why_not_together(fifteen, legacy_sixteen, policy=strict) is None
    assert why_not_together(fourteen, legacy_sixteen, policy=strict) is Exclusion.AGE_RULE


def test_a_minor_without_an_exact_age_spans_their_whole_band() -> None:
    unknown = _minor("mn_x", None)  # 14 to 17
    strict = FormationPolicy(max_minor_age_spread=2)
    assert why_not_together(unknown, _minor("mn_16", 16), policy=strict) is Exclusion.AGE_RULE
    assert why_not_together(unknown, _minor("mn_14", 14), policy=POLICY) is None


def test_a_fourteen_year_old_is_never_grouped_with_an_adult_and_fits_a_youth_group() -> None:
    fourteen = _minor("mn_14", 14)
    young_adult = person("sv_18", age_band="18-24")
    assert why_not_together(fourteen, young_adult, policy=POLICY) is Exclusion.AGE_RULE
    youth = settings(focus=GroupFocus.YOUTH)
    chose_youth = replace(fourteen, focuses=frozenset({GroupFocus.YOUTH}))
    assert why_not_eligible(chose_youth, youth, policy=POLICY) is None
    assert why_not_eligible(fourteen, settings(adults_only=True), policy=POLICY) is (
        Exclusion.AGE_RULE
    )


def test_a_fourteen_year_olds_age_reaches_the_pool_sealed_from_matching() -> None:
    crypto = InMemoryFieldCrypto()
    survivor = Survivor.register(
        survivor_id="sv_14",
        organisation_id="org_ngo",
        alias="Blue Heron",
        profile=SurvivorProfile(
            languages=(LanguageSkill("km", LanguageLevel.NATIVE),),
            age_band="14-17",
            minor=True,
            age_years=14,
        ),
    )
    survivor.set_consent(purpose=ConsentPurpose.PEER_GROUPS, granted=True, at=NOW, by="u_1")
    survivor.assess_readiness(
        stage=ReadinessStage.PEER_SUPPORT_READY, at=NOW, by="u_1", review_due=None
    )
    event = survivor_snapshot(survivor, interest_concepts=lambda _s: (), crypto=crypto)
    assert event.sealed_age_years  # the age travels, sealed under the survivor's key
    member = pool_member(event, crypto=crypto)
    assert (member.age_band, member.minor, member.age_years) == ("14-17", True, 14)
    assert (member.age.lowest, member.age.highest) == (14, 14)
