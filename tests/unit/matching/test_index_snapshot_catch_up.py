"""Catching up after a snapshot: changed, new and closed opportunities, as a rebuild gives."""

from __future__ import annotations

from collections.abc import Iterable
from types import SimpleNamespace
from typing import Any

from kafka import TopicPartition

from matching.adapters.event_mapping import OPPORTUNITIES_TOPIC
from matching.adapters.index_snapshot import Snapshot
from matching.adapters.opportunity_index import OpportunityIndex
from matching.adapters.proto_mapping import opportunity_to_proto
from matching.domain.opportunity import Opportunity, OpportunityStatus
from matching.domain.scoring import ScoreWeights
from matching.entrypoints.opportunity_events import IndexFeeder, apply_event, replay_events
from pathways.v1 import events_pb2
from pathways_runtime.envelopes import encode, new_envelope
from tests.unit.matching.fakes import TinyVocabulary
from tests.unit.matching.strategies import open_job, ready_survivor


def _index(opportunities: Iterable[Opportunity] = ()) -> OpportunityIndex:
    index = OpportunityIndex(
        concepts=TinyVocabulary(), weights=ScoreWeights(), text_features=2**12, skill_features=2**10
    )
    index.upsert_many(opportunities)
    return index


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


def _answers(index: OpportunityIndex) -> list[tuple[str, float]]:
    survivor = ready_survivor(interests="coffee and cooking, sewing")
    return [
        (m.opportunity.opportunity_id, round(m.scored.total, 6))
        for m in index.matches(survivor, k=50)
    ]


BEFORE = [
    _job("opp_1", 1, "Barista", "Coffee in a cafe"),
    _job("opp_2", 1, "Line cook", "Cooking in a restaurant"),
    _job("opp_3", 1, "Tailor", "Sewing garments"),
]
CHANGED = _job("opp_2", 2, "Barista and cook", "Coffee and cooking in a restaurant")
NEW = _job("opp_4", 1, "Sewing trainee", "Learn sewing and tailoring")
AFTER = [BEFORE[0], CHANGED, NEW]  # opp_3 closed
# What happened while the instance was down, as on the topic (with a stale redelivery).
DOWNTIME = [_updated(CHANGED), _posted(NEW), _closed("opp_3", 2), _posted(BEFORE[1])]


def test_replaying_the_backlog_at_once_equals_applying_it_event_by_event() -> None:
    batched, one_by_one = _index(BEFORE), _index(BEFORE)

    assert replay_events(batched, DOWNTIME) == 4
    for data in DOWNTIME:
        apply_event(one_by_one, data)

    assert batched.versions() == one_by_one.versions() == {"opp_1": 1, "opp_2": 2, "opp_4": 1}


def test_a_reopened_opportunity_after_its_close_stays_in_the_index() -> None:
    index = _index(BEFORE)
    reopened = _job("opp_3", 3, "Tailor", "Sewing garments again")
    reopened.status = OpportunityStatus.OPEN

    replay_events(index, [_closed("opp_3", 2), _updated(reopened)])

    assert index.version_of("opp_3") == 3


class FakeConsumer:
    """The part of ``KafkaConsumer`` the feeder uses, over one in-memory partition."""

    def __init__(self, log: list[bytes], *, first_offset: int = 0) -> None:
        self.log = log
        self.first_offset = first_offset
        self.tp = TopicPartition(OPPORTUNITIES_TOPIC, 0)
        self._position = 0

    def partitions_for_topic(self, topic: str) -> set[int]:
        return {0}

    def topics(self) -> set[str]:
        return {OPPORTUNITIES_TOPIC}

    def assign(self, partitions: list[TopicPartition]) -> None:
        assert partitions == [self.tp]

    def seek_to_end(self, *partitions: TopicPartition) -> None:
        self._position = len(self.log)

    def seek(self, partition: TopicPartition, offset: int) -> None:
        self._position = offset

    def position(self, partition: TopicPartition) -> int:
        return self._position

    def beginning_offsets(self, partitions: list[TopicPartition]) -> dict[TopicPartition, int]:
        return {self.tp: self.first_offset}

    def poll(self, timeout_ms: int = 0, max_records: int = 500) -> dict[TopicPartition, Any]:
        chunk = self.log[self._position : self._position + max_records]
        records = [SimpleNamespace(offset=self._position + i, value=v) for i, v in enumerate(chunk)]
        self._position += len(chunk)
        return {self.tp: records} if records else {}

    def close(self) -> None:
        pass


class MemoryStore:
    def __init__(self, snapshot: Snapshot | None) -> None:
        self.snapshot = snapshot
        self.saved: list[Snapshot] = []

    def load(self) -> Snapshot | None:
        return self.snapshot

    def save(self, snapshot: Snapshot) -> int:
        self.saved.append(snapshot)
        return 1


def _feeder(
    index: OpportunityIndex, store: MemoryStore, consumer: FakeConsumer, database: list[Opportunity]
) -> tuple[IndexFeeder, list[int]]:
    reads: list[int] = []

    def load_all() -> list[Opportunity]:
        reads.append(len(database))
        return database

    feeder = IndexFeeder(
        index=index,
        bootstrap_servers=["fake:9092"],
        load_all=load_all,
        snapshots=store,
        consumer_factory=lambda **_: consumer,
    )
    return feeder, reads


def _run_until_ready(feeder: IndexFeeder) -> None:
    feeder.start()
    try:
        assert feeder.ready.wait(10)
    finally:
        feeder.stop()


def test_a_restart_restores_the_snapshot_and_replays_only_what_came_after() -> None:
    posted = [_posted(job) for job in BEFORE]
    snapshot = Snapshot(state=_index(BEFORE).export_state(), offsets={0: len(posted)})
    consumer = FakeConsumer(posted + DOWNTIME)
    store = MemoryStore(snapshot)
    index = _index()
    feeder, reads = _feeder(index, store, consumer, database=AFTER)

    _run_until_ready(feeder)

    assert reads == []  # not one document read from the database
    assert feeder.source == "snapshot"
    assert index.versions() == {"opp_1": 1, "opp_2": 2, "opp_4": 1}
    assert _answers(index) == _answers(_index(AFTER))  # as a full rebuild would answer
    # Stopping wrote a new snapshot that needs nothing replayed next time.
    assert store.saved
    assert store.saved[-1].offsets == {0: len(posted) + len(DOWNTIME)}


def test_without_the_events_since_the_snapshot_the_index_is_rebuilt_from_the_database() -> None:
    snapshot = Snapshot(state=_index(BEFORE).export_state(), offsets={0: 3})
    consumer = FakeConsumer([_posted(j) for j in BEFORE] + DOWNTIME, first_offset=5)  # retention
    index = _index()
    feeder, reads = _feeder(index, MemoryStore(snapshot), consumer, database=AFTER)

    _run_until_ready(feeder)

    assert reads == [3]
    assert feeder.source == "database"
    assert _answers(index) == _answers(_index(AFTER))


def test_a_snapshot_of_other_partitions_is_not_used() -> None:
    snapshot = Snapshot(state=_index(BEFORE).export_state(), offsets={0: 3, 1: 0})
    consumer = FakeConsumer([_posted(j) for j in BEFORE] + DOWNTIME)
    index = _index()
    feeder, reads = _feeder(index, MemoryStore(snapshot), consumer, database=AFTER)

    _run_until_ready(feeder)

    assert reads == [3]
    assert index.versions() == {"opp_1": 1, "opp_2": 2, "opp_4": 1}


def test_a_first_start_builds_from_the_database_and_writes_a_snapshot_at_once() -> None:
    consumer = FakeConsumer([_posted(j) for j in BEFORE] + DOWNTIME)
    store = MemoryStore(None)
    index = _index()
    feeder, reads = _feeder(index, store, consumer, database=AFTER)

    _run_until_ready(feeder)

    assert reads == [3]
    assert store.saved
    assert sorted(store.saved[0].state.ids) == ["opp_1", "opp_2", "opp_4"]
    assert store.saved[0].offsets == {0: len(BEFORE) + len(DOWNTIME)}
