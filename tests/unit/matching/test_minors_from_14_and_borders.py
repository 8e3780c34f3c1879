"""Fourteen-year-olds, exact minimum ages, and the survivor's choice about borders.

Expected values come from the rules as stated, not from the code:
- a minor's band is ``14-17`` (``15-17`` stays valid for minors recorded before); a minimum
  age is met when the survivor's age is at least it, their exact age when known, else the
  youngest age of their band; a minor is never offered hazardous work;
- a survivor who did not choose to be open to cross-border work is offered only places in
  their country of residence, however close a place across the border is; one who chose it
  may be offered places in other countries, still only within their travel radius; a
  remote opportunity located in another country counts as across the border, one without
  a location does not; a record without the choice means "no".
"""

from __future__ import annotations

from typing import Any

import pytest

from matching.adapters.documents import profile_from_document, profile_to_document
from matching.adapters.proto_mapping import profile_from_proto, profile_to_proto
from matching.domain.errors import InvalidInput
from matching.domain.rules import Violation, violations
from matching.domain.survivor import Survivor, SurvivorProfile
from matching.domain.values import (
    AGE_BANDS,
    LanguageLevel,
    LanguageSkill,
    OpportunityKind,
    Place,
    ReadinessStage,
)
from pathways.v1 import common_pb2, matching_pb2
from tests.unit.matching.strategies import open_job, ready_survivor
from tests.unit.matching.test_minors_and_avoidance import course, index_of, offered

ARANYAPRATHET = Place("TH", "Aranyaprathet", 13.6956, 102.5064)
POIPET = Place("KH", "Poipet", 13.6593, 102.5627)  # about 7 km away, across the border
PHNOM_PENH = Place("KH", "Daun Penh", 11.5700, 104.9200)  # about 350 km away
SA_KAEO = Place("TH", "Sa Kaeo", 13.8140, 102.0720)  # about 49 km away, same country
THAI = (LanguageSkill("th", LanguageLevel.NATIVE), LanguageSkill("km", LanguageLevel.NATIVE))


def _minor(age: int | None, band: str = "14-17") -> Survivor:
    return ready_survivor(
        age_band=band, minor=True, age_years=age, stage=ReadinessStage.TRAINING_READY
    )


# -- fourteen-year-olds ----------------------------------------------------------------------


def test_fourteen_to_seventeen_is_a_minor_band_beside_the_earlier_one() -> None:
    assert "14-17" in AGE_BANDS
    assert "15-17" in AGE_BANDS
    for band in ("14-17", "15-17"):
        with pytest.raises(InvalidInput):  # a minor's band with the adult flag
            SurvivorProfile(languages=THAI, age_band=band, minor=False)
    assert SurvivorProfile(languages=THAI, age_band="14-17", minor=True, age_years=14).minor


@pytest.mark.parametrize(("band", "age"), [("14-17", 13), ("14-17", 18), ("15-17", 14)])
def test_an_age_outside_its_band_is_refused(band: str, age: int) -> None:
    with pytest.raises(InvalidInput):
        SurvivorProfile(languages=THAI, age_band=band, minor=True, age_years=age)


def test_a_fourteen_year_old_is_offered_a_course_for_14_and_nothing_older_or_hazardous() -> None:
    places = [
        course("opp_14", minimum_age=14),
        course("opp_14_hazard", minimum_age=14, hazardous=True),
        course("opp_15", minimum_age=15),
        course("opp_16", minimum_age=16),
    ]
    index = index_of(*places)
    assert offered(index, _minor(14)) == {"opp_14"}
    assert offered(index, _minor(15)) == {"opp_14", "opp_15"}
    assert offered(index, _minor(17)) == {"opp_14", "opp_15", "opp_16"}
    by_id = {p.opportunity_id: p for p in places}
    assert violations(_minor(14), by_id["opp_15"]) == [Violation.UNDER_MINIMUM_AGE]
    assert violations(_minor(14), by_id["opp_14_hazard"]) == [Violation.HAZARDOUS_FOR_MINOR]


@pytest.mark.parametrize(
    ("band", "youngest"),
    [("14-17", 14), ("15-17", 15)],  # unknown age: the youngest the band admits
)
def test_a_minor_recorded_without_an_age_is_taken_to_be_the_youngest_of_their_band(
    band: str, youngest: int
) -> None:
    places = [course(f"opp_{age}", minimum_age=age) for age in (14, 15, 16, 17)]
    expected = {f"opp_{age}" for age in (14, 15, 16, 17) if age <= youngest}
    assert offered(index_of(*places), _minor(None, band)) == expected


def test_a_fourteen_year_old_is_never_offered_a_job_for_15_and_over() -> None:
    # Jobs carry a minimum age too (never below 14, 18 when not given): checked the same way.
    fourteen = ready_survivor(
        age_band="14-17", minor=True, age_years=14, stage=ReadinessStage.EMPLOYMENT_READY
    )
    for_15 = open_job("opp_job_15", minimum_age=15)
    unset = open_job("opp_job_default")  # no minimum age given: 18
    assert violations(fourteen, for_15) == [Violation.UNDER_MINIMUM_AGE]
    assert violations(fourteen, unset) == [Violation.UNDER_MINIMUM_AGE]
    assert offered(index_of(for_15, unset), fourteen) == set()


def test_no_minor_under_15_is_offered_a_job_whatever_its_employer_wrote() -> None:
    # The general minimum age for employment (ILO C138 art. 2) where Pathways works is 15:
    # an employer's own "14" does not lower it for a child; a course's 14 stands (art. 6).
    job_14 = open_job("opp_job_14", minimum_age=14)
    job_15 = open_job("opp_job_15", minimum_age=15)
    course_14 = course("opp_course_14", minimum_age=14)
    index = index_of(job_14, job_15, course_14)

    def minor_of(age: int | None) -> Survivor:
        return ready_survivor(
            age_band="14-17", minor=True, age_years=age, stage=ReadinessStage.EMPLOYMENT_READY
        )

    assert violations(minor_of(14), job_14) == [Violation.UNDER_MINIMUM_AGE]
    assert offered(index, minor_of(14)) == {"opp_course_14"}
    assert offered(index, minor_of(15)) == {"opp_job_14", "opp_job_15", "opp_course_14"}
    # A minor recorded without an age counts as the youngest of the band: no job.
    assert offered(index, minor_of(None)) == {"opp_course_14"}


def test_a_minor_is_never_open_to_work_across_a_border() -> None:
    with pytest.raises(InvalidInput):
        SurvivorProfile(
            languages=THAI, age_band="14-17", minor=True, age_years=16, open_to_cross_border=True
        )


# -- across a border ---------------------------------------------------------------------------


def _near_border(*, open_to_cross_border: bool | None = None, **changes: Any) -> Survivor:
    profile: dict[str, Any] = {
        "languages": THAI,
        "residence": ARANYAPRATHET,
        "travel_radius_km": 60,
        **changes,
    }
    if open_to_cross_border is not None:
        profile["open_to_cross_border"] = open_to_cross_border
    return ready_survivor(**profile)


def test_a_job_across_the_border_is_offered_only_to_someone_who_chose_to_be_open() -> None:
    poipet = open_job("opp_poipet", location=POIPET)
    sa_kaeo = open_job("opp_sa_kaeo", location=SA_KAEO)
    index = index_of(poipet, sa_kaeo)
    for closed in (_near_border(), _near_border(open_to_cross_border=False)):
        assert violations(closed, poipet) == [Violation.OUT_OF_REACH]
        assert offered(index, closed) == {"opp_sa_kaeo"}  # 7 km across: no; 49 km home: yes
    opened = _near_border(open_to_cross_border=True)
    assert violations(opened, poipet) == []
    assert offered(index, opened) == {"opp_poipet", "opp_sa_kaeo"}


def test_an_open_border_still_keeps_places_beyond_the_travel_radius_out() -> None:
    phnom_penh = open_job("opp_phnom_penh", location=PHNOM_PENH)
    poipet = open_job("opp_poipet", location=POIPET)
    opened = _near_border(open_to_cross_border=True, travel_radius_km=5)  # Poipet is ~7 km
    assert violations(opened, phnom_penh) == [Violation.OUT_OF_REACH]
    assert violations(opened, poipet) == [Violation.OUT_OF_REACH]
    assert offered(index_of(phnom_penh, poipet), opened) == set()
    wider = _near_border(open_to_cross_border=True, travel_radius_km=25)
    assert offered(index_of(phnom_penh, poipet), wider) == {"opp_poipet"}


def test_remote_work_located_abroad_is_across_the_border_and_unlocated_is_not() -> None:
    abroad = open_job("opp_remote_kh", remote=True, location=PHNOM_PENH)
    at_home = open_job("opp_remote_th", remote=True, location=SA_KAEO)
    anywhere = open_job("opp_remote", remote=True, location=None)
    index = index_of(abroad, at_home, anywhere)
    closed = _near_border(remote_ok=True)
    assert violations(closed, abroad) == [Violation.OUT_OF_REACH]
    assert offered(index, closed) == {"opp_remote_th", "opp_remote"}
    opened = _near_border(remote_ok=True, open_to_cross_border=True)
    assert offered(index, opened) == {"opp_remote_kh", "opp_remote_th", "opp_remote"}
    # Without a residence the country is unknown: only unlocated remote work stays.
    nowhere = _near_border(remote_ok=True, residence=None)
    assert offered(index, nowhere) == {"opp_remote"}


def test_a_course_across_the_border_follows_the_same_choice() -> None:
    lesson = open_job(
        "opp_course_poipet",
        kind=OpportunityKind.TRAINING,
        title="Sewing course",
        description="Learn to sew clothes",
        sector="tailoring",
        location=POIPET,
    )
    index = index_of(lesson)
    assert offered(index, _near_border()) == set()
    assert offered(index, _near_border(open_to_cross_border=True)) == {"opp_course_poipet"}


# -- the default holds wherever the profile travels ------------------------------------------


def _profile(**changes: object) -> SurvivorProfile:
    fields: dict[str, object] = {"languages": THAI, "age_band": "25-34", "minor": False}
    fields.update(changes)
    return SurvivorProfile(**fields)  # type: ignore[arg-type]


def test_only_a_real_true_opens_the_border() -> None:
    assert _profile().open_to_cross_border is False
    for not_a_bool in ("yes", 1, "false"):
        with pytest.raises(InvalidInput):
            _profile(open_to_cross_border=not_a_bool)


def test_a_stored_record_without_the_choice_is_closed_and_a_stored_choice_survives() -> None:
    opened = _profile(open_to_cross_border=True, residence=ARANYAPRATHET)
    document = profile_to_document(opened)
    assert profile_from_document(document).open_to_cross_border is True
    written_before = {k: v for k, v in document.items() if k != "open_to_cross_border"}
    assert profile_from_document(written_before).open_to_cross_border is False
    for not_true in ("true", 1, None):
        assert profile_from_document(document | {"open_to_cross_border": not_true}) == _profile(
            residence=ARANYAPRATHET
        )


def test_the_contract_carries_the_choice_both_ways_and_defaults_to_no() -> None:
    message = matching_pb2.SurvivorProfile(
        languages=[common_pb2.LanguageSkill(language="th", level=common_pb2.LANGUAGE_LEVEL_NATIVE)],
        age_band="25-34",
        minor=False,
        age_years=30,
    )
    closed = profile_from_proto(message)
    assert closed.open_to_cross_border is False
    assert closed.age_years == 30
    message.open_to_cross_border = True
    opened = profile_from_proto(message)
    assert opened.open_to_cross_border is True
    again = profile_to_proto(opened)
    assert again.open_to_cross_border is True
    assert again.age_years == 30
    assert profile_to_proto(closed).open_to_cross_border is False
