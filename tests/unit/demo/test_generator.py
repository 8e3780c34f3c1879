"""The demo population: realistic enough to show matching at work, valid for the service,
the same for the same seed, and without anything that could identify a person."""

from __future__ import annotations

import functools
import re
from collections import Counter, defaultdict
from collections.abc import Iterator

import pytest
from google.protobuf.message import Message

from matching.adapters.proto_mapping import details_from_proto, profile_from_proto
from matching.adapters.vocabulary_files import load_vocabulary
from matching.domain.vocabulary import ConceptKind, Vocabulary
from pathways.v1 import common_pb2, matching_pb2
from pathways_demo import FAMILIES, JURISDICTIONS, Population, generate_population
from pathways_demo.generator import (
    AGE_BANDS,
    EDUCATION_LEVELS,
    GENDERS,
    district_names,
    opportunity_titles,
    phrase_catalogue,
)

LANGUAGES = ("en", "th", "km", "my", "vi", "tl", "zh")
CURRENCIES = {
    "TH": {"THB"},
    "KH": {"USD", "KHR"},
    "MM": {"MMK"},
    "PH": {"PHP"},
    "VN": {"VND"},
    "HK": {"HKD"},
}
SCRIPTS = {
    "th": re.compile(r"[\u0e00-\u0e7f]"),
    "km": re.compile(r"[\u1780-\u17ff]"),
    "my": re.compile(r"[\u1000-\u109f]"),
    "zh": re.compile(r"[\u4e00-\u9fff]"),
    "vi": re.compile(r"[ăâđêôơưàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ]"),
}
# Phone numbers, e-mail and web addresses, and the like: never in generated text.
CONTACT_LIKE = re.compile(r"\d[\d \-]{6,}\d|@|https?:|www\.|\+\d")


@functools.cache
def vocabulary() -> Vocabulary:
    return load_vocabulary()


@functools.cache
def population() -> Population:
    return generate_population(survivors=3000, opportunities=2500, seed=7)


def strings(message: Message, path: str = "") -> Iterator[tuple[str, str]]:
    """Every string in a message, with the path of the field that holds it."""
    for field, value in message.ListFields():
        where = f"{path}{field.name}"
        values = value if field.is_repeated else [value]
        for item in values:
            if field.type == field.TYPE_MESSAGE:
                yield from strings(item, where + ".")
            elif field.type == field.TYPE_STRING:
                yield where, item


def frames_pattern(frames: tuple[str, ...], slots: dict[str, tuple[str, ...]]) -> re.Pattern[str]:
    """A pattern for any sentence the frames make with the slots filled from their phrases."""
    alternatives = []
    for frame in frames:
        parts = re.split(r"(\{\w+\})", frame)
        pattern = "".join(
            "(?:" + "|".join(re.escape(p) for p in slots[part[1:-1]]) + ")"
            if part.startswith("{")
            else re.escape(part)
            for part in parts
        )
        alternatives.append(pattern)
    return re.compile("|".join(f"(?:{a})" for a in alternatives))


@functools.cache
def composed(language: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    phrases = phrase_catalogue(language)
    interests = frames_pattern(
        phrases.interest_frames,
        {"me": phrases.pronouns, "a": phrases.likes, "b": phrases.likes},
    )
    aspirations = frames_pattern(
        phrases.aspiration_frames,
        {"me": phrases.pronouns, "g": phrases.hopes, "why": phrases.reasons},
    )
    return interests, aspirations


# --- determinism and sizes ---------------------------------------------------------------------


def fingerprint(p: Population) -> list[object]:
    return [
        p.organisations,
        [
            (
                s.organisation_id,
                s.family,
                s.profile.SerializeToString(deterministic=True),
                s.readiness,
                sorted(s.consents.items()),
                s.request_id,
            )
            for s in p.survivors
        ],
        [
            (o.organisation_id, o.family, o.opportunity.SerializeToString(deterministic=True))
            for o in p.opportunities
        ]
        + [o.request_id for o in p.opportunities],
    ]


def test_the_same_seed_gives_the_same_bytes() -> None:
    first = generate_population(survivors=400, opportunities=300, seed=11)
    again = generate_population(survivors=400, opportunities=300, seed=11)
    assert fingerprint(first) == fingerprint(again)


def test_another_seed_gives_another_population() -> None:
    first = generate_population(survivors=50, opportunities=50, seed=1)
    other = generate_population(survivors=50, opportunities=50, seed=2)
    assert [s.profile for s in first.survivors] != [s.profile for s in other.survivors]
    assert {s.request_id for s in first.survivors}.isdisjoint(s.request_id for s in other.survivors)


def test_request_ids_are_unique_and_derived_from_the_seed() -> None:
    p = population()
    ids = [s.request_id for s in p.survivors] + [o.request_id for o in p.opportunities]
    assert len(ids) == len(set(ids))
    assert all(i.startswith("demo-7-") for i in ids)


def test_more_opportunities_leave_the_survivors_as_they_were() -> None:
    few = generate_population(survivors=200, opportunities=10, seed=3)
    many = generate_population(survivors=200, opportunities=500, seed=3)
    assert [s.profile for s in few.survivors] == [s.profile for s in many.survivors]


@pytest.mark.parametrize(
    ("survivors", "opportunities", "training_share"),
    [(0, 0, 0.3), (1, 1, 0.3), (5, 7, 0.3), (6, 6, 0.0), (250, 400, 1.0), (1234, 987, 0.25)],
)
def test_sizes_are_honoured(survivors: int, opportunities: int, training_share: float) -> None:
    p = generate_population(
        survivors=survivors, opportunities=opportunities, training_share=training_share
    )
    assert len(p.survivors) == survivors
    assert len(p.opportunities) == opportunities
    assert len(p.courses) == round(opportunities * training_share)
    assert len(p.jobs) == opportunities - len(p.courses)


def test_only_the_jurisdictions_asked_for() -> None:
    p = generate_population(survivors=100, opportunities=100, jurisdictions=["kh", "HK"])
    assert {s.country for s in p.survivors} == {"KH", "HK"}
    assert {o.country for o in p.opportunities} == {"KH", "HK"}
    assert {o.country for o in p.organisations} == {"KH", "HK"}


@pytest.mark.parametrize(
    "arguments",
    [
        {"survivors": -1, "opportunities": 0},
        {"survivors": 0, "opportunities": -1},
        {"survivors": 1, "opportunities": 1, "training_share": 1.5},
        {"survivors": 1, "opportunities": 1, "jurisdictions": ["TH", "LA"]},
        {"survivors": 1, "opportunities": 1, "jurisdictions": []},
    ],
)
def test_impossible_requests_are_refused(arguments: dict[str, object]) -> None:
    with pytest.raises(ValueError, match=r"."):
        generate_population(**arguments)  # type: ignore[arg-type]


# --- valid for the matching service ------------------------------------------------------------


def test_every_profile_is_one_the_service_accepts() -> None:
    for survivor in population().survivors:
        profile = profile_from_proto(survivor.profile)  # raises InvalidInput when invalid
        assert profile.residence is not None
        assert 5 <= profile.travel_radius_km <= 50


def test_every_opportunity_is_one_the_service_accepts() -> None:
    for item in population().opportunities:
        details = details_from_proto(item.opportunity)  # raises InvalidInput when invalid
        assert details.location is not None
        assert details.languages
        assert 2 <= len(re.findall(r"[.!?](?:\s|$)", details.description)) <= 4


def test_survivors_belong_to_ngos_and_opportunities_to_their_kind_of_owner() -> None:
    p = population()
    kinds = {o.organisation_id: (o.kind, o.country) for o in p.organisations}
    assert len(kinds) == len(p.organisations)
    for s in p.survivors:
        assert kinds[s.organisation_id] == ("ngo", s.country)
    for o in p.opportunities:
        owner = "employer" if o.is_job else "training_provider"
        assert kinds[o.organisation_id] == (owner, o.country)


# --- realistic ---------------------------------------------------------------------------------


def test_every_jurisdiction_has_survivors_work_and_organisations_of_every_kind() -> None:
    p = population()
    for country in JURISDICTIONS:
        assert any(s.country == country for s in p.survivors)
        assert any(o.country == country and o.is_job for o in p.opportunities)
        assert any(o.country == country and not o.is_job for o in p.opportunities)
        assert {o.kind for o in p.organisations if o.country == country} == {
            "ngo",
            "employer",
            "training_provider",
        }
    tiny = generate_population(survivors=6, opportunities=6)
    assert {s.country for s in tiny.survivors} == set(JURISDICTIONS)


def test_minors_are_flagged_exactly_when_their_age_band_is_14_to_17_with_their_age() -> None:
    survivors = population().survivors
    minors = [s for s in survivors if s.profile.minor]
    assert all(s.profile.minor == (s.profile.age_band == "14-17") for s in survivors)
    # Each minor with an exact age (the gateway requires it), 14 to 17, and no adult's.
    assert {s.profile.age_years for s in minors if s.profile.HasField("age_years")} == {
        14,
        15,
        16,
        17,
    }
    assert all(s.profile.HasField("age_years") == s.profile.minor for s in survivors)
    # Nobody is assumed open to work across a border: some adults chose it, no minor did.
    assert not any(s.profile.open_to_cross_border for s in minors)
    opened = sum(s.profile.open_to_cross_border for s in survivors) / len(survivors)
    assert 0.05 < opened < 0.15
    assert 0.06 < len(minors) / len(survivors) < 0.14
    assert {s.profile.age_band for s in survivors} == set(AGE_BANDS)
    # Nothing here offers them jobs or shows them to employers.
    for minor in minors:
        assert minor.readiness != common_pb2.READINESS_STAGE_EMPLOYMENT_READY
        assert minor.consents[common_pb2.CONSENT_PURPOSE_EMPLOYER_SHORTLIST] is False


def test_some_courses_admit_15_and_16_year_olds_and_no_job_does() -> None:
    p = population()
    assert {o.opportunity.minimum_age for o in p.courses} == {15, 16, 18}
    assert min(o.opportunity.minimum_age for o in p.jobs) >= 18


def test_readiness_and_consents_are_spread_as_in_practice() -> None:
    survivors = population().survivors
    stages = Counter(s.readiness for s in survivors)
    assert set(stages) == {
        common_pb2.READINESS_STAGE_STABILISING,
        common_pb2.READINESS_STAGE_PEER_SUPPORT_READY,
        common_pb2.READINESS_STAGE_TRAINING_READY,
        common_pb2.READINESS_STAGE_EMPLOYMENT_READY,
    }
    granted = Counter(p for s in survivors for p, ok in s.consents.items() if ok)
    n = len(survivors)
    assert granted[common_pb2.CONSENT_PURPOSE_MATCHING] > 0.85 * n
    assert (
        granted[common_pb2.CONSENT_PURPOSE_MATCHING]
        > granted[common_pb2.CONSENT_PURPOSE_PEER_GROUPS]
        > 0.4 * n
    )
    assert 0.4 * n < granted[common_pb2.CONSENT_PURPOSE_EMPLOYER_SHORTLIST] < 0.7 * n
    assert all(len(s.consents) == 3 for s in survivors)


def test_survivors_state_constraints_needs_and_sectors_to_avoid() -> None:
    profiles = [s.profile for s in population().survivors]
    conditions = Counter(c for p in profiles for c in p.conditions)
    assert set(conditions) == {
        matching_pb2.CONDITION_NO_NIGHT_SHIFTS,
        matching_pb2.CONDITION_WOMEN_ONLY_WORKPLACE,
        matching_pb2.CONDITION_NO_LIVE_IN,
        matching_pb2.CONDITION_NO_HEAVY_LIFTING,
    }
    assert {n for p in profiles for n in p.needs} >= {
        matching_pb2.ACCOMMODATION_CHILDCARE,
        matching_pb2.ACCOMMODATION_TRANSPORT,
    }
    avoiding = [p for p in profiles if p.sectors_to_avoid]
    assert 0.2 < len(avoiding) / len(profiles) < 0.4
    assert any("fishing_aquaculture" in p.sectors_to_avoid for p in avoiding)
    assert any("domestic_care_work" in p.sectors_to_avoid for p in avoiding)
    assert all(p.availability for p in profiles)
    assert any(p.remote_ok for p in profiles)


def test_nobody_avoids_the_sector_of_the_work_they_hope_for() -> None:
    p = population()
    family_sectors = defaultdict(set)
    for o in p.opportunities:
        family_sectors[o.family].add(o.opportunity.sector)
    for s in p.survivors:
        assert not set(s.profile.sectors_to_avoid) & family_sectors[s.family]


def test_pay_is_monthly_in_the_local_currency() -> None:
    p = population()
    for s in p.survivors:
        if s.profile.HasField("income_goal"):
            assert s.profile.income_goal.currency in CURRENCIES[s.country]
            assert s.profile.income_goal.amount > 0
    for o in p.jobs:
        assert o.opportunity.pay.currency in CURRENCIES[o.country]
    thai = [o.opportunity.pay.amount for o in p.jobs if o.country == "TH"]
    assert min(thai) >= 4_000
    assert max(thai) <= 30_000


def test_hazardous_work_and_workplace_facts_follow_the_sector() -> None:
    p = population()
    for o in p.jobs:
        message = o.opportunity
        if message.sector == "construction":
            assert message.hazardous
        if message.hazardous:
            assert message.sector in {"construction", "fishing_aquaculture"}
    facts = Counter(
        name
        for o in p.jobs
        for name in ("night_shifts", "women_only", "live_in", "heavy_lifting")
        if getattr(o.opportunity.workplace, name)
    )
    assert set(facts) == {"night_shifts", "women_only", "live_in", "heavy_lifting"}
    # Hong Kong's foreign domestic helpers live in and earn at least the minimum allowable wage.
    helpers = [
        o for o in p.jobs if o.country == "HK" and o.opportunity.sector == "domestic_care_work"
    ]
    assert helpers
    for o in helpers:
        assert o.opportunity.workplace.live_in
        assert o.opportunity.pay.amount >= 4_990


def test_cross_border_survivors_live_where_their_community_does() -> None:
    survivors = population().survivors
    burmese_in_thailand = [
        s for s in survivors if s.country == "TH" and s.profile.languages[0].language == "my"
    ]
    assert burmese_in_thailand
    assert {s.profile.residence.district for s in burmese_in_thailand} <= set(district_names("TH"))
    assert any(s.profile.residence.district == "Mae Sot, Tak" for s in burmese_in_thailand)
    assert any(s.country == "TH" and s.profile.languages[0].language == "km" for s in survivors)
    assert any(s.country == "HK" and s.profile.languages[0].language == "tl" for s in survivors)


# --- in their own words ------------------------------------------------------------------------


def test_survivors_write_in_a_language_they_speak() -> None:
    written: Counter[tuple[str, str]] = Counter()
    for s in population().survivors:
        text = s.profile.interests + s.profile.aspirations
        spoken = [language.language for language in s.profile.languages]
        scripts = [code for code, script in SCRIPTS.items() if script.search(text)]
        if scripts:
            assert scripts[0] in spoken, (spoken, text)
            written[(s.country, scripts[0])] += 1
        else:
            assert re.fullmatch(r"[\x20-\x7e]+", text)
            assert {"en", "tl"} & set(spoken)
            written[(s.country, "latin")] += 1
    for country, script in [("TH", "th"), ("KH", "km"), ("MM", "my"), ("VN", "vi"), ("HK", "zh")]:
        assert written[(country, script)] > 0
    assert written[("PH", "latin")] > 0
    # Many live across a border and write in their own language, not the country's.
    assert written[("TH", "my")] > 0
    assert written[("TH", "km")] > 0
    assert written[("KH", "vi")] > 0
    assert written[("TH", "th")] > written[("TH", "my")]


def test_interests_and_aspirations_are_composed_from_the_phrase_lists() -> None:
    for s in population().survivors:
        spoken = [language.language for language in s.profile.languages]
        assert any(
            composed(code)[0].fullmatch(s.profile.interests)
            and composed(code)[1].fullmatch(s.profile.aspirations)
            for code in spoken
        ), (spoken, s.profile.interests, s.profile.aspirations)


def test_the_words_vary() -> None:
    survivors = population().survivors
    assert len({s.profile.interests for s in survivors}) > len(survivors) / 4
    assert len({s.profile.aspirations for s in survivors}) > len(survivors) / 4


def test_the_vocabulary_reads_in_survivors_words_the_concepts_they_are_tagged_with() -> None:
    for s in population().survivors:
        found = vocabulary().concepts_in(f"{s.profile.interests}\n{s.profile.aspirations}")
        assert set(s.profile.interest_tags) <= found, (
            s.profile.interests,
            s.profile.aspirations,
        )


def test_job_descriptions_name_no_sector_outside_their_family() -> None:
    p = population()
    sectors = {c.id for c in vocabulary().of_kind(ConceptKind.SECTOR)}
    family_sectors = defaultdict(set)
    for o in p.opportunities:
        family_sectors[o.family].add(o.opportunity.sector)
    for o in p.opportunities:
        text = f"{o.opportunity.title}\n{o.opportunity.description}"
        assert vocabulary().concepts_in(text) & sectors <= family_sectors[o.family], text


# --- families, for benchmarks --------------------------------------------------------------------


def test_survivors_and_work_share_occupation_families() -> None:
    p = population()
    assert {s.family for s in p.survivors} == set(FAMILIES)
    assert {o.family for o in p.opportunities} == set(FAMILIES)
    concepts = defaultdict(set)
    for o in p.opportunities:
        m = o.opportunity
        concepts[o.family].update({m.sector, *m.skills_required, *m.skills_taught})
    for s in p.survivors:
        interests = vocabulary().expand(s.profile.interest_tags, depth=1)
        assert set(interests) & concepts[s.family], (s.family, list(s.profile.interest_tags))
        assert set(s.profile.skills_wanted) <= concepts[s.family] | set(interests)


# --- nothing that identifies anyone --------------------------------------------------------------


def test_every_string_outside_free_text_is_an_id_from_a_known_list() -> None:
    v = vocabulary()
    p = population()
    allowed_districts = {d for country in JURISDICTIONS for d in district_names(country)}
    known = {
        "languages.language": set(LANGUAGES),
        "residence.country": set(JURISDICTIONS),
        "location.country": set(JURISDICTIONS),
        "residence.district": allowed_districts,
        "location.district": allowed_districts,
        "age_band": set(AGE_BANDS),
        "gender": set(GENDERS),
        "education": set(EDUCATION_LEVELS),
        "interest_tags": set(v.ids),
        "skills": set(v.ids),
        "skills_wanted": set(v.ids),
        "skills_required": set(v.ids),
        "skills_taught": set(v.ids),
        "sectors_to_avoid": {c.id for c in v.of_kind(ConceptKind.SECTOR)},
        "sector": {c.id for c in v.of_kind(ConceptKind.SECTOR)},
        "income_goal.currency": set().union(*CURRENCIES.values()),
        "pay.currency": set().union(*CURRENCIES.values()),
        "title": set(opportunity_titles()),
    }
    free_text = {"interests", "aspirations", "description"}
    for s in p.survivors:
        assert not s.profile.do_not_group_with
        for where, value in strings(s.profile):
            if where in free_text:
                assert not CONTACT_LIKE.search(value), value
            else:
                assert value in known[where], (where, value)
    for o in p.opportunities:
        for where, value in strings(o.opportunity):
            if where in free_text:
                assert not CONTACT_LIKE.search(value), value
            else:
                assert value in known[where], (where, value)


def test_organisation_and_request_ids_carry_no_meaning_about_people() -> None:
    p = population()
    assert all(
        re.fullmatch(r"demo-(th|kh|mm|ph|vn|hk)-(ngo|employer|training)-\d{4}", o.organisation_id)
        for o in p.organisations
    )
    assert all(re.fullmatch(r"demo-7-survivor-\d{7}", s.request_id) for s in p.survivors)
    assert all(re.fullmatch(r"demo-7-opportunity-\d{7}", o.request_id) for o in p.opportunities)
