"""A survivor's words are read against the vocabulary when they are written, and the reading
is kept with them (``matching.domain.words_read``): recommendations no longer read them
again on every call. What must hold: the kept reading is the reading of the words as they
are now (a replaced profile is read again), a survivor never read (or read with another
vocabulary) is read once at their next recommendation and kept without a new version or
event, and a kept reading ranks exactly as reading the words afresh would."""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest

from matching.adapters.proto_mapping import details_from_proto, profile_from_proto
from matching.domain.access import Caller, Role
from matching.domain.opportunity import Opportunity
from matching.domain.survivor import Survivor
from matching.domain.values import ConsentPurpose, LanguageLevel, LanguageSkill, ReadinessStage
from matching.domain.words_read import read_words
from matching.service_layer import commands, queries
from matching.service_layer.handlers import handle
from pathways_demo.generator import generate_population
from tests.unit.matching.service_ports import FakePorts, build_ports
from tests.unit.matching.shipped import index_of, shipped
from tests.unit.matching.strategies import NOW
from tests.unit.matching.test_handlers import _ready_survivor

OFFICER = Caller("u_officer", "org_ngo", Role.REINTEGRATION_OFFICER)


@pytest.fixture
def ports() -> FakePorts:
    ports = build_ports()
    ports.vocabulary = shipped()
    ports.index = index_of()
    return ports


def _register(ports: FakePorts, interests: str) -> Survivor:
    """Registered, assessed ready for work and consenting to matching, through the handlers."""
    return _ready_survivor(
        ports, languages=(LanguageSkill("en", LanguageLevel.NATIVE),), interests=interests
    )


def test_registration_keeps_the_reading_of_the_words_it_was_given(ports: FakePorts) -> None:
    survivor = _register(ports, "I want to learn sewing. I don't want to work in a factory.")

    kept = ports.survivors.items[survivor.survivor_id].words_read
    assert kept is not None
    assert "sewing" in kept.named
    assert kept.wants_to_learn
    assert "factory" not in kept.liked.casefold()
    assert "manufacturing" in kept.refused


def test_a_replaced_profile_is_read_again(ports: FakePorts) -> None:
    survivor = _register(ports, "I want to learn sewing.")
    handle(
        commands.UpdateSurvivorProfile(
            caller=OFFICER,
            survivor_id=survivor.survivor_id,
            profile=dataclasses.replace(survivor.profile, interests="I like cooking"),
            expected_version=survivor.version,
        ),
        ports,
    )

    kept = ports.survivors.items[survivor.survivor_id].words_read
    assert kept is not None
    assert "cooking" in kept.named
    assert "sewing" not in kept.named
    assert not kept.wants_to_learn


def test_a_recommendation_reads_unread_words_once_and_keeps_them_with_no_new_version(
    ports: FakePorts,
) -> None:
    survivor = _register(ports, "I want to learn sewing.")
    stored = ports.survivors.items[survivor.survivor_id]
    # As after a new vocabulary: the store holds no reading it may trust.
    stored.words_read = None
    version, published = stored.version, len(ports.survivors.published)

    queries.get_recommendations(OFFICER, survivor.survivor_id, top_k=5, kind=None, ports=ports)

    stored = ports.survivors.items[survivor.survivor_id]
    assert stored.words_read is not None
    assert "sewing" in stored.words_read.named
    assert (stored.version, len(ports.survivors.published)) == (version, published)


def _demo(survivors: int, opportunities: int) -> tuple[list[Survivor], list[Opportunity]]:
    vocabulary = shipped()
    population = generate_population(survivors=survivors, opportunities=opportunities, seed=39)
    found: list[Opportunity] = []
    for i, synthetic in enumerate(population.opportunities):
        details = details_from_proto(synthetic.opportunity)
        text = f"{details.title}\n{details.description}"
        found.append(
            Opportunity(
                opportunity_id=f"opp_{i:05d}",
                organisation_id=synthetic.organisation_id,
                details=details,
                detected_sectors=vocabulary.sectors_in(text),
                concepts=vocabulary.concepts_in(text),
                version=1,
            )
        )
    people: list[Survivor] = []
    for i, person in enumerate(population.survivors):
        survivor = Survivor.register(
            survivor_id=f"srv_{i:05d}",
            organisation_id=person.organisation_id,
            alias="P-TEST",
            profile=profile_from_proto(person.profile),
        )
        survivor.assess_readiness(
            stage=ReadinessStage.EMPLOYMENT_READY, at=NOW, review_due=None, by="u"
        )
        survivor.set_consent(purpose=ConsentPurpose.MATCHING, granted=True, at=NOW, by="u")
        people.append(survivor)
    return people, found


def _ranked(found: list[Any]) -> list[tuple[str, float, tuple[tuple[str, str], ...]]]:
    return [
        (
            item.opportunity.opportunity_id,
            item.scored.total,
            tuple((reason.code, reason.text) for reason in item.scored.reasons),
        )
        for item in found
    ]


#: Words that use every part of a reading: dislikes, work told beside a wish, a wish to
#: learn, a misspelt short entry, a clause about legal proceedings, in seven languages.
SAID = (
    "I worked in a karaoke bar before. Now I want to learn hairdressing. No factory work.",
    "hairdresing",
    "I am a witness in a court case. I like gardening.",
    "ไม่อยากทำงานโรงงาน อยากเรียนทำอาหาร",
    "Tôi không muốn làm nhà máy, tôi muốn học may",
    "Ayoko sa pabrika, gusto kong mag-aral ng pagluluto",
    "ខ្ញុំមិនចង់ធ្វើការរោងចក្រ ចង់រៀនកាត់ដេរ",
    "စက်ရုံမှာ မလုပ်ချင်ဘူး ချက်ပြုတ်တာ သင်ချင်တယ်",
    "我不想在工厂工作，我想学做饭",
)


def test_a_kept_reading_ranks_exactly_as_reading_the_words_afresh() -> None:
    people, opportunities = _demo(survivors=60, opportunities=400)
    people += [
        dataclasses.replace(
            people[i],
            survivor_id=f"srv_said_{i}",
            profile=dataclasses.replace(people[i].profile, interests=said, aspirations=""),
        )
        for i, said in enumerate(SAID)
    ]
    index = index_of(*opportunities)
    vocabulary = shipped()
    read = []
    for survivor in people:
        afresh = _ranked(index.matches(survivor, k=10, pathways=2))
        survivor.words_read = read_words(survivor.profile, vocabulary)
        read.append(survivor.words_read)
        assert _ranked(index.matches(survivor, k=10, pathways=2)) == afresh
        assert index.told(survivor) == index.told(dataclasses.replace(survivor, words_read=None))
    # The comparison is about something: every part of a reading is used by someone.
    assert sum(bool(r.named) for r in read) > len(people) // 2
    assert sum(bool(r.refused) for r in read) >= 6
    assert any(r.misspelt for r in read)
    assert any(r.wants_to_learn for r in read)
    assert any(r.wishes and r.named - r.wishes for r in read)
