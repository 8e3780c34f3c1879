"""Each hard rule of peer-group membership alone: someone who passes, someone who fails."""

from __future__ import annotations

from dataclasses import replace

import pytest

from peer_groups.domain.group import GroupSettings
from peer_groups.domain.pool import PoolMember
from peer_groups.domain.rules import (
    Exclusion,
    FormationPolicy,
    common_languages,
    violations,
    why_not_eligible,
    why_not_together,
)
from peer_groups.domain.values import (
    GroupFocus,
    Modality,
    ReadinessStage,
    WeeklySlot,
    overlap_minutes,
)

POLICY = FormationPolicy()
THURSDAY_EVENING = WeeklySlot(4, 18 * 60, 120)


def settings(**changes: object) -> GroupSettings:
    base = GroupSettings(
        languages=frozenset({"km"}),
        modality=Modality.IN_PERSON,
        country="TH",
        district="Mae Sot",
        focus=GroupFocus.ANY,
        min_size=2,
        max_size=8,
        schedule=(THURSDAY_EVENING,),
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def person(survivor_id: str = "sv_1", **changes: object) -> PoolMember:
    base = PoolMember(
        survivor_id=survivor_id,
        organisation_id="org_ngo",
        alias=f"P-{survivor_id}",
        languages=frozenset({"km", "th"}),
        age_band="25-34",
        minor=False,
        readiness=ReadinessStage.PEER_SUPPORT_READY,
        peer_group_consent=True,
        country="TH",
        district="Mae Sot",
        availability=(WeeklySlot(4, 17 * 60, 240),),
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def reason(member: PoolMember, group: GroupSettings, **kwargs: object) -> Exclusion | None:
    return why_not_eligible(member, group, policy=POLICY, **kwargs)  # type: ignore[arg-type]


def test_an_eligible_person_passes_every_rule() -> None:
    assert reason(person(), settings()) is None


def test_without_peer_group_consent_nobody_is_proposed() -> None:
    assert reason(person(peer_group_consent=False), settings()) is Exclusion.NOT_OPEN_TO_GROUPS


@pytest.mark.parametrize("stage", [ReadinessStage.STABILISING])
def test_people_still_stabilising_are_not_proposed(stage: ReadinessStage) -> None:
    assert reason(person(readiness=stage), settings()) is Exclusion.NOT_OPEN_TO_GROUPS


@pytest.mark.parametrize(
    "stage",
    [
        ReadinessStage.PEER_SUPPORT_READY,
        ReadinessStage.TRAINING_READY,
        ReadinessStage.EMPLOYMENT_READY,
    ],
)
def test_peer_support_ready_or_later_is_open(stage: ReadinessStage) -> None:
    assert reason(person(readiness=stage), settings()) is None


def test_someone_committed_to_another_group_is_not_proposed() -> None:
    assert reason(person(), settings(), committed_elsewhere={"sv_1"}) is Exclusion.ALREADY_IN_GROUP


def test_a_shared_language_is_needed() -> None:
    assert reason(person(languages=frozenset({"vi"})), settings()) is Exclusion.NO_SHARED_LANGUAGE


def test_in_person_groups_take_people_of_their_district_only() -> None:
    assert reason(person(district="Chiang Rai"), settings()) is Exclusion.NOT_IN_DISTRICT
    assert reason(person(country="KH"), settings()) is Exclusion.NOT_IN_DISTRICT


@pytest.mark.parametrize(
    ("lives_in", "meets_in"),
    [
        ("Mae Sot", "mae sot"),  # the facilitator typed it in small letters
        ("Mae Sot", "Mae-Sot"),
        ("Mae Sot", "  MAE  SOT "),
        ("แม่สอด", "แมสอด"),  # Thai without its tone mark, as typed in haste
        ("Thủ Đức", "Thu Duc"),  # Vietnamese without its diacritics
    ],
)
def test_a_district_is_the_same_place_however_its_name_was_typed(
    lives_in: str, meets_in: str
) -> None:
    """The survivor's district is typed by their officer, the group's by a facilitator of
    another organisation: case, spacing, punctuation and marks do not make another place."""
    member = person(district=lives_in, country="th")
    assert reason(member, settings(district=meets_in)) is None


def test_online_groups_take_people_from_anywhere() -> None:
    online = settings(modality=Modality.ONLINE, country="", district="")
    assert reason(person(country="KH", district="Poipet"), online) is None


@pytest.mark.parametrize(
    "focus",
    [
        GroupFocus.LABOUR_TRAFFICKING,
        GroupFocus.SEX_TRAFFICKING,
        GroupFocus.WOMEN_ONLY,
        GroupFocus.YOUTH,
    ],
)
def test_a_focused_group_takes_only_people_who_chose_that_focus(focus: GroupFocus) -> None:
    group = settings(focus=focus)
    assert reason(person(age_band="18-24"), group) is Exclusion.FOCUS_NOT_CHOSEN
    assert reason(person(age_band="18-24", focuses=frozenset({focus})), group) is None


def test_a_youth_group_takes_young_people_only() -> None:
    group = settings(focus=GroupFocus.YOUTH)
    older = person(age_band="25-34", focuses=frozenset({GroupFocus.YOUTH}))
    assert reason(older, group) is Exclusion.AGE_RULE


def test_people_must_be_free_for_a_meeting() -> None:
    busy = person(availability=(WeeklySlot(4, 9 * 60, 120),))
    assert reason(busy, settings()) is Exclusion.NO_SLOT_OVERLAP
    assert reason(person(availability=()), settings()) is Exclusion.NO_SLOT_OVERLAP


def test_a_short_overlap_is_not_enough() -> None:
    half_hour = person(availability=(WeeklySlot(4, 19 * 60 + 30, 120),))  # 30 of 120 minutes
    assert reason(half_hour, settings()) is Exclusion.NO_SLOT_OVERLAP


def test_slots_wrap_from_sunday_night_to_monday() -> None:
    sunday_late = WeeklySlot(7, 23 * 60, 180)  # Sunday 23:00 to Monday 02:00
    monday_early = WeeklySlot(1, 0, 60)
    assert overlap_minutes(sunday_late, monday_early) == 60
    assert overlap_minutes(monday_early, sunday_late) == 60


def test_links_keep_people_apart_in_either_direction() -> None:
    a, b = person("sv_1"), person("sv_2", do_not_group_with=frozenset({"sv_1"}))
    assert why_not_together(a, b, policy=POLICY) is Exclusion.EXCLUDED_BY_LINK
    assert why_not_together(b, a, policy=POLICY) is Exclusion.EXCLUDED_BY_LINK


def test_minors_are_never_grouped_with_adults() -> None:
    minor = person("sv_2", age_band="15-17", minor=True)
    assert why_not_together(person("sv_1", age_band="18-24"), minor, policy=POLICY) is (
        Exclusion.AGE_RULE
    )


def test_minors_only_within_a_close_age_band() -> None:
    a = person("sv_1", age_band="12-13", minor=True)
    b = person("sv_2", age_band="16-17", minor=True)
    assert why_not_together(a, b, policy=POLICY) is Exclusion.AGE_RULE  # spread 5 > 3
    assert why_not_together(a, b, policy=FormationPolicy(max_minor_age_spread=5)) is None
    c = person("sv_3", age_band="15-17", minor=True)
    assert why_not_together(b, c, policy=POLICY) is None


def test_two_people_with_the_same_alias_are_not_grouped() -> None:
    a, b = person("sv_1", alias="P-SAME"), person("sv_2", alias="P-SAME")
    assert why_not_together(a, b, policy=POLICY) is Exclusion.SAME_ALIAS


def test_the_group_needs_one_language_everyone_speaks() -> None:
    group = settings(languages=frozenset({"km", "th"}))
    khmer, thai = (
        person("sv_1", languages=frozenset({"km"})),
        person("sv_2", languages=frozenset({"th"})),
    )
    assert common_languages([khmer, thai], group) == frozenset()
    found = violations([khmer, thai], group, policy=POLICY)
    assert [v.rule for v in found] == [Exclusion.NO_COMMON_LANGUAGE_WITH_MEMBERS]


def test_violations_checks_size_bounds() -> None:
    found = violations([person()], settings(min_size=2), policy=POLICY)
    assert [v.rule for v in found] == [Exclusion.SIZE_OUT_OF_BOUNDS]
    assert violations([person("sv_1"), person("sv_2")], settings(), policy=POLICY) == []


def test_violations_names_the_aliases_never_more() -> None:
    a, b = person("sv_1"), person("sv_2", do_not_group_with=frozenset({"sv_1"}))
    (found,) = violations([a, b], settings(), policy=POLICY)
    assert found.rule is Exclusion.EXCLUDED_BY_LINK
    assert found.aliases == ("P-sv_1", "P-sv_2")
