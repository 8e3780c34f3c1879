"""A guard's job is closed to minors (session 29, left open by the safety probe of session
26: "an armed guard's job"). Guards are licensed as adults in the region (Thailand's
Security Business Act B.E. 2558 asks 18), many carry a baton or a gun, many work nights:
the guarding sector is flagged ``hazardous_for_minors``, so no minor is offered a guard's
job however it is worded, and a guard's course is offered from 16, as for every kind of
work closed to minors. Phrases written for this test."""

from __future__ import annotations

import pytest

from matching.domain.opportunity import Opportunity
from matching.domain.rules import CLOSED_TO_MINORS, Violation, violations
from matching.domain.survivor import Survivor
from matching.domain.values import OpportunityKind, ReadinessStage
from tests.unit.matching.strategies import ready_survivor
from tests.unit.matching.test_minors_never_offered_hazardous_work import (
    adult,
    minor,
    offered,
    posted,
    vocabulary,
)


def test_guarding_is_closed_to_minors_and_the_rules_copy_agrees() -> None:
    assert vocabulary().get("security_services").hazardous_for_minors
    assert "security_services" in vocabulary().hazardous_for_minors
    assert vocabulary().hazardous_for_minors == CLOSED_TO_MINORS


GUARD_JOBS = [
    ("Armed guard for a cash-in-transit van", "transport_delivery"),
    ("Day security guard at a shopping mall", "retail_sales"),
    ("รับสมัคร รปภ. ประจำหมู่บ้าน กะกลางวัน", "security_services"),
    ("Tuyển bảo vệ tòa nhà văn phòng, ca ngày", "security_services"),
    ("Guwardiya sa mall, pang-umaga", "retail_sales"),
    ("ត្រូវការសន្តិសុខយាមហាង ពេលថ្ងៃ", "retail_sales"),
    ("လုံခြုံရေးဝန်ထမ်း ခေါ်မည်၊ နေ့ဆိုင်း", "security_services"),
    ("招聘商场保安，白班", "retail_sales"),
]


def guard_job(text: str, sector: str) -> Opportunity:
    # Declared under another sector by some: the text names the guarding.
    return posted("opp_guard", title="Staff wanted", description=text, sector=sector)


@pytest.mark.parametrize(("text", "sector"), GUARD_JOBS)
def test_no_minor_is_offered_a_guards_job_and_an_adult_is(text: str, sector: str) -> None:
    job = guard_job(text, sector)

    assert Violation.HAZARDOUS_FOR_MINOR in violations(minor(17), job)
    assert offered(minor(17), job) == set()
    assert violations(adult(), job) == []
    assert offered(adult(), job) == {"opp_guard"}


GUARD_COURSE = posted(
    "opp_guard_course",
    title="Security guard training",
    description="Licensing course for security guards: patrols, first aid, reports",
    sector="security_services",
    kind=OpportunityKind.TRAINING,
)


def test_a_guards_course_is_offered_from_16_not_before() -> None:
    def training_ready_minor(age: int) -> Survivor:
        return ready_survivor(
            age_band="14-17", minor=True, age_years=age, stage=ReadinessStage.TRAINING_READY
        )

    assert offered(training_ready_minor(16), GUARD_COURSE) == {"opp_guard_course"}
    assert offered(training_ready_minor(15), GUARD_COURSE) == set()
