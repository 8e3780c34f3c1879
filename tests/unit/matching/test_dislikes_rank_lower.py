"""What a survivor says they do not want ranks lower (``matching.domain.scoring``).

The rule: an opportunity one of whose topics is a concept named in the words a dislike cue
governs (or narrower than one) loses ``DISLIKE_PENALTY`` of its total, with the reason
``SAID_NOT_WANTED`` first, unless the concept is one the survivor also wants or is related
to one (``ConceptSpace.disliked_topics``). It is never a rule: alone, it is still offered.

Each survivor with a dislike is compared with a twin whose words are exactly what is left
of theirs without the dislike (``liked_text``): every component is then the same, and the
only difference the rule allows is the penalty.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from matching.adapters.index_snapshot import (
    Snapshot,
    SnapshotIdentity,
    decode_opportunity,
    read_snapshot,
    write_snapshot,
)
from matching.domain.scoring import DISLIKE_PENALTY
from matching.domain.survivor import Survivor
from matching.domain.values import OpportunityKind, ReadinessStage
from tests.unit.matching.shipped import index_of, shipped
from tests.unit.matching.strategies import PLACES, open_job, ready_survivor


def survivor_saying(text: str) -> Survivor:
    return ready_survivor(interests=text, stage=ReadinessStage.EMPLOYMENT_READY)


def twin_without_the_dislike(text: str) -> Survivor:
    """A survivor whose words are what ``text`` says they want, and nothing else."""
    liked = shipped().liked_text(text)
    assert liked != text, "the phrase must hold a dislike"
    return survivor_saying(liked)


# Near home, about sewing, and in a factory (the text says so: "factory" is manufacturing).
FACTORY_SEWING = open_job(
    "opp_factory",
    title="Sewing machine operator",
    description="Sew garments on industrial sewing machines in our factory",
    sector="garment_manufacturing",
    location=PLACES[0],
)
# About sewing, not in a factory, a little further away.
TAILOR_SHOP = open_job(
    "opp_tailor",
    title="Tailor shop assistant",
    description="Sew and alter clothes for customers in a small tailor shop",
    sector="garment_manufacturing",
    location=PLACES[1],
)

# "I don't want to work in a factory again, I want to sew clothes", in five languages.
NO_FACTORY_BUT_SEWING = {
    "en": "I don't want to work in a factory again, I want to sew clothes",
    "th": "ไม่อยากทำงานโรงงานแล้ว อยากเย็บเสื้อผ้า",
    "vi": "Tôi không muốn làm việc trong nhà máy nữa, tôi muốn may quần áo",
    "zh": "我不想再在工厂工作，我想缝衣服",
    "my": "စက်ရုံမှာ မလုပ်ချင်တော့ဘူး၊ အပ်ချုပ်ချင်တယ်",
}


def test_the_words_a_dislike_governs_are_what_liked_text_leaves_out() -> None:
    text = NO_FACTORY_BUT_SEWING["en"]

    disliked = shipped().disliked_text(text)

    assert "factory" in disliked
    assert "sew" not in disliked
    assert "factory" not in shipped().liked_text(text)
    assert shipped().disliked_text("I want to sew clothes") == ""


@pytest.mark.parametrize("language", sorted(NO_FACTORY_BUT_SEWING))
def test_an_opportunity_about_what_they_do_not_want_loses_the_penalty_of_its_total(
    language: str,
) -> None:
    text = NO_FACTORY_BUT_SEWING[language]
    assert "manufacturing" in shipped().concepts_in(text), "the phrase names a factory"
    index = index_of(FACTORY_SEWING)

    refused = index.explain_pair(survivor_saying(text), FACTORY_SEWING)
    plain = index.explain_pair(twin_without_the_dislike(text), FACTORY_SEWING)

    assert refused.total == pytest.approx(plain.total * (1 - DISLIKE_PENALTY))
    assert refused.components == plain.components
    assert refused.reasons[0].code == "SAID_NOT_WANTED"
    assert all(reason.code != "SAID_NOT_WANTED" for reason in plain.reasons)


@pytest.mark.parametrize("language", sorted(NO_FACTORY_BUT_SEWING))
def test_it_comes_below_what_they_did_not_refuse(language: str) -> None:
    text = NO_FACTORY_BUT_SEWING[language]
    index = index_of(FACTORY_SEWING, TAILOR_SHOP)
    plain = [
        m.opportunity.opportunity_id for m in index.matches(twin_without_the_dislike(text), k=5)
    ]
    # The premise: on the wish alone, the factory (nearer home) comes first.
    assert plain == ["opp_factory", "opp_tailor"]

    found = [m.opportunity.opportunity_id for m in index.matches(survivor_saying(text), k=5)]

    assert found == ["opp_tailor", "opp_factory"]


def test_what_their_wish_is_related_to_is_not_refused() -> None:
    """Sewing is related to garment manufacturing: a sewing course in that sector is what a
    survivor who wants to sew but not in a factory asked for."""
    course = open_job(
        "opp_course",
        kind=OpportunityKind.TRAINING,
        title="Sewing and alterations course",
        description="Learn to sew and alter clothes by hand and on a machine",
        sector="garment_manufacturing",
        location=PLACES[1],
    )
    text = "I don't want to work in a factory again, I want to learn sewing"
    index = index_of(course)

    refused = index.explain_pair(survivor_saying(text), course)
    plain = index.explain_pair(twin_without_the_dislike(text), course)

    assert all(reason.code != "SAID_NOT_WANTED" for reason in refused.reasons)
    assert refused.total == pytest.approx(plain.total)


def test_the_field_of_their_wish_is_not_refused() -> None:
    """Construction is named in the dislike and bricklaying, within construction, is the
    wish: what is refused is a part of the field (work up high) no concept tells apart, so
    the field is not held against a bricklaying job."""
    job = open_job(
        "opp_bricks",
        title="Bricklayer",
        description="Lay bricks and blocks for new houses on our construction sites",
        sector="construction",
        location=PLACES[0],
    )
    text = "I don't want construction work up on the scaffolding any more, I want bricklaying"
    assert "construction" in shipped().concepts_in(shipped().disliked_text(text))
    index = index_of(job)

    refused = index.explain_pair(survivor_saying(text), job)
    plain = index.explain_pair(twin_without_the_dislike(text), job)

    assert all(reason.code != "SAID_NOT_WANTED" for reason in refused.reasons)
    assert refused.total == pytest.approx(plain.total)
    ranked = index.rank(survivor_saying(text), k=1)
    assert ranked[0].total == pytest.approx(plain.total, abs=1e-6)


def test_alone_it_is_still_offered_with_the_reason() -> None:
    """Free text can be misread: a dislike is never a rule (sectors to avoid are)."""
    found = index_of(FACTORY_SEWING).matches(survivor_saying("I hate factory work."), k=5)

    assert [m.opportunity.opportunity_id for m in found] == ["opp_factory"]
    assert found[0].scored.reasons[0].code == "SAID_NOT_WANTED"


def test_the_ranking_and_the_explanation_agree() -> None:
    """The index ranks with the vectorised rule and explains with the reference one."""
    farm = open_job(
        "opp_farm",
        title="Farm worker",
        description="Grow and harvest vegetables on an organic farm",
        sector="agriculture",
        location=PLACES[0],
    )
    index = index_of(FACTORY_SEWING, TAILOR_SHOP, farm)
    survivor = survivor_saying(
        "I don't want factory work, I like sewing clothes and growing vegetables"
    )

    ranked = {c.opportunity_id: c.total for c in index.rank(survivor, k=10)}
    explained = {
        m.opportunity.opportunity_id: m.scored.total for m in index.matches(survivor, k=10)
    }

    assert ranked.keys() == explained.keys() == {"opp_factory", "opp_tailor", "opp_farm"}
    assert index.explain_pair(survivor, FACTORY_SEWING).reasons[0].code == "SAID_NOT_WANTED"
    for opportunity_id, total in ranked.items():
        assert explained[opportunity_id] == pytest.approx(total, abs=1e-6)


def test_an_index_restored_from_its_snapshot_ranks_what_is_refused_as_lower(
    tmp_path: Path,
) -> None:
    """The concepts a text mentions travel in the snapshot (their own columns)."""
    original = index_of(FACTORY_SEWING, TAILOR_SHOP)
    identity = SnapshotIdentity(
        vocabulary="shipped",
        feature_config=original.feature_config(),
        database="pathways_matching",
        topic="opportunities.v1",
    )
    path = tmp_path / "snapshot.npz"
    write_snapshot(path, Snapshot(original.export_state(), {}), identity=identity)
    snapshot = read_snapshot(path, identity=identity)
    assert snapshot is not None
    restored = index_of()
    restored.restore(snapshot.state, decode=decode_opportunity)
    survivor = survivor_saying(NO_FACTORY_BUT_SEWING["en"])

    found = restored.matches(survivor, k=5)

    assert [m.opportunity.opportunity_id for m in found] == ["opp_tailor", "opp_factory"]
    assert found[1].scored.reasons[0].code == "SAID_NOT_WANTED"
    assert restored.rank(survivor, k=5) == original.rank(survivor, k=5)
