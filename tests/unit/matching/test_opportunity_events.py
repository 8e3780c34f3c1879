"""Opportunities reaching other instances through events lose nothing the rules need."""

from __future__ import annotations

from matching.adapters.opportunity_index import OpportunityIndex
from matching.adapters.proto_mapping import (
    details_from_proto,
    opportunity_from_proto,
    opportunity_to_proto,
)
from matching.domain.opportunity import Opportunity
from matching.domain.scoring import ScoreWeights
from matching.domain.values import Workplace
from matching.entrypoints.opportunity_events import IndexFeeder, apply_event
from pathways.v1 import events_pb2
from pathways_runtime.envelopes import encode, new_envelope
from tests.support.processes import wait_until
from tests.unit.matching.fakes import TinyVocabulary
from tests.unit.matching.strategies import open_job, ready_survivor
from tests.unit.matching.test_index_snapshot_catch_up import FakeConsumer


def _index() -> OpportunityIndex:
    return OpportunityIndex(
        concepts=TinyVocabulary(), weights=ScoreWeights(), text_features=2**12, skill_features=2**10
    )


def test_an_opportunity_survives_the_trip_through_its_event() -> None:
    job = open_job()
    job.detected_sectors = frozenset({"fishing"})
    job.concepts = frozenset({"cooking", "food_service"})
    job.version = 4
    job.material_revision = 2

    back = opportunity_from_proto(opportunity_to_proto(job))

    assert back.details == job.details
    assert back.detected_sectors == job.detected_sectors
    assert back.concepts == job.concepts
    assert (back.version, back.material_revision, back.status) == (4, 2, job.status)


def test_a_sector_detected_at_the_writer_is_avoided_by_every_instance() -> None:
    job = open_job(title="Deckhand", description="Crew for a fishing boat", sector="food_service")
    job.detected_sectors = frozenset({"fishing"})
    job.version = 1
    event = new_envelope(
        events_pb2.OpportunityPosted(opportunity=opportunity_to_proto(job)),
        aggregate_key=job.opportunity_id,
        producer="matching",
    )
    other_instance = _index()

    apply_event(other_instance, encode(event))

    avoids_fishing = ready_survivor(sectors_to_avoid=frozenset({"fishing"}))
    assert other_instance.rank(avoids_fishing, k=5) == []
    assert [c.opportunity_id for c in other_instance.rank(ready_survivor(), k=5)] == ["opp_1"]


def test_concepts_mapped_when_written_are_used_without_mapping_again() -> None:
    job = open_job(title="Crew member", description="Shifts at our branch")
    job.concepts = frozenset({"coffee"})  # as mapped by the writer's vocabulary
    index = _index()
    index.upsert(job)

    [match] = index.matches(ready_survivor(interests="กาแฟ"), k=1)

    assert match.concept_similarity > 0.5


def test_events_arriving_after_start_reach_the_index_as_one_by_one_would() -> None:
    """The feeder applies each poll at once; the result is what applying each event in
    turn gives, a redelivered older version included."""
    first = _job("opp_1", 1, "Barista", "Coffee in a cafe")
    second = _job("opp_2", 1, "Line cook", "Cooking in a restaurant")
    changed = _job("opp_1", 2, "Head barista", "Coffee and tea in a cafe")
    arriving = [_posted(first), _posted(second), _updated(changed), _posted(first)]
    arriving.append(_closed("opp_2", 2))
    consumer = FakeConsumer([])
    index = _index()
    feeder = IndexFeeder(
        index=index,
        bootstrap_servers=["fake:9092"],
        load_all=list,
        consumer_factory=lambda **_: consumer,
    )
    feeder.start()
    try:
        assert feeder.ready.wait(10)
        consumer.log.extend(arriving)  # after its position was fixed: followed, not loaded
        assert wait_until(lambda: consumer.position(consumer.tp) == len(arriving), timeout_s=10)
        assert wait_until(lambda: index.versions() == {"opp_1": 2}, timeout_s=10)
    finally:
        feeder.stop()

    one_by_one = _index()
    for data in arriving:
        apply_event(one_by_one, data)
    assert index.versions() == one_by_one.versions() == {"opp_1": 2}
    assert index.get("opp_1") == one_by_one.get("opp_1")


def _job(opportunity_id: str, version: int, title: str, description: str) -> Opportunity:
    job = open_job(opportunity_id, title=title, description=description)
    job.version = version
    return job


def _posted(job: Opportunity) -> bytes:
    message = events_pb2.OpportunityPosted(opportunity=opportunity_to_proto(job))
    return encode(new_envelope(message, aggregate_key=job.opportunity_id, producer="matching"))


def _updated(job: Opportunity) -> bytes:
    message = events_pb2.OpportunityUpdated(opportunity=opportunity_to_proto(job))
    return encode(new_envelope(message, aggregate_key=job.opportunity_id, producer="matching"))


def _closed(opportunity_id: str, version: int) -> bytes:
    message = events_pb2.OpportunityClosed(opportunity_id=opportunity_id, version=version)
    return encode(new_envelope(message, aggregate_key=opportunity_id, producer="matching"))


def test_work_abroad_read_at_the_writer_is_kept_from_everyone_not_open_to_it() -> None:
    """Read from the text by the instance that stored it (``Workplace.abroad``), it travels
    in the event: another instance's index must not offer the job to someone who is not
    open to work across a border (a minor never is)."""
    job = open_job(
        title="Factory work in Malaysia",
        description="We arrange passport, visa and travel",
        workplace=Workplace(abroad=True),
    )
    job.version = 1
    event = new_envelope(
        events_pb2.OpportunityPosted(opportunity=opportunity_to_proto(job)),
        aggregate_key=job.opportunity_id,
        producer="matching",
    )
    other_instance = _index()

    apply_event(other_instance, encode(event))

    assert other_instance.rank(ready_survivor(open_to_cross_border=False), k=5) == []
    assert [
        c.opportunity_id
        for c in other_instance.rank(ready_survivor(open_to_cross_border=True), k=5)
    ] == ["opp_1"]


def test_a_request_cannot_say_its_own_work_is_not_abroad_or_is() -> None:
    """What a poster sends is read as details without ``abroad``: only the text decides."""
    job = open_job(workplace=Workplace(abroad=True))
    assert details_from_proto(opportunity_to_proto(job)).workplace.abroad is False
