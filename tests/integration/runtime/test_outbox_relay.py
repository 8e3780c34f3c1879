"""The shared outbox relay against the real MongoDB-protocol server, as two instances would run.

Publishing goes to a recording publisher (the relay's own port); what is checked here is
which instance relays which document, and when, and that a document with unsent events is
always named by a marker (``docs/delivery.md``). Time is an injected clock: the tests move
it past the grace period instead of sleeping.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any

import pytest
from kafka.errors import KafkaTimeoutError
from pymongo import MongoClient, monitoring
from pymongo.database import Database

from pathways_runtime.document_locks import document_lock
from pathways_runtime.kafka_bus import OutgoingRecord
from pathways_runtime.mongo import create_mongo_client
from pathways_runtime.outbox_relay import (
    PENDING_COLLECTION,
    OutboxRelay,
    PublishFailed,
    RawPublisher,
    mark_existing_outboxes,
)
from tests.support.processes import wait_until
from tests.support.store_commands import StoreCommandRecorder

GRACE = 10.0
Db = Database[dict[str, Any]]


class RecordingPublisher:
    """Records what it is given, batch by batch; ``during`` runs inside the first publish
    (a concurrent writer landing between the relay's read and its removal); a record
    whose payload is in ``refuse`` is answered with an error, as the broker would."""

    def __init__(
        self, during: Callable[[], None] | None = None, refuse: Iterable[bytes] = ()
    ) -> None:
        self.sent: list[tuple[str, str, bytes]] = []
        self.batches: list[list[str]] = []
        self.refuse = set(refuse)
        self._during = during

    def publish_encoded_batch(
        self, records: Sequence[OutgoingRecord]
    ) -> list[BaseException | None]:
        self.batches.append([r.payload.decode() for r in records])
        results: list[BaseException | None] = []
        for record in records:
            if record.payload in self.refuse:
                results.append(KafkaTimeoutError("not acknowledged"))
                continue
            self.sent.append((record.topic, record.key, record.payload))
            results.append(None)
        during, self._during = self._during, None
        if during is not None:
            during()
        return results


class FakeClock:
    """Wall-clock seconds under the test's control; counts how often it was read."""

    def __init__(self, now: float = 1_700_000_000.0) -> None:
        self.now = now
        self.reads = 0

    def __call__(self) -> float:
        self.reads += 1
        return self.now


@pytest.fixture
def db(mongodb_uri: str, unique_name: str) -> Iterator[Db]:
    client = create_mongo_client(uri=mongodb_uri, app_name="test")
    try:
        yield client[unique_name]
    finally:
        client.drop_database(unique_name)
        client.close()


def _item(event_id: str, key: str = "thing_1") -> dict[str, Any]:
    return {"event_id": event_id, "topic": "things.v1", "key": key, "payload": event_id.encode()}


def _relay(db: Db, publisher: RawPublisher, clock: FakeClock, name: str, **options: Any) -> Any:
    options.setdefault("sweep_grace_s", GRACE)
    return OutboxRelay(
        db, publisher, collections=("things",), instance_id=name, clock=clock, **options
    )


def _write(
    db: Db, relay: OutboxRelay, thing_id: str, *event_ids: str, version: int | None = None
) -> None:
    """A repository's save: mark, then write the document with its events, under its lock."""
    things = db.things
    update: dict[str, Any] = {
        "$push": {"outbox": {"$each": [_item(e, thing_id) for e in event_ids]}}
    }
    if version is not None:
        update["$set"] = {"version": version}
    with document_lock(things.full_name, thing_id):
        relay.mark_pending("things", thing_id)
        things.update_one({"_id": thing_id}, update, upsert=True)


def _names_on_their_own_locks(db: Db, *prefixes: str) -> list[str]:
    """One document name per prefix, no two sharing a lock: the locks are striped, so two
    names can share one (about 1 in 256 per pair, by the process's string hashing), and a
    test that holds one document's lock while another's must move would wait on itself."""
    names: list[str] = []
    taken: set[int] = set()
    for prefix in prefixes:
        name = next(
            f"{prefix}{suffix}"
            for suffix in ("", *(f"_{n}" for n in range(1, 1000)))
            if id(document_lock(db.things.full_name, f"{prefix}{suffix}")) not in taken
        )
        taken.add(id(document_lock(db.things.full_name, name)))
        names.append(name)
    return names


def _outbox(db: Db, thing_id: str) -> list[str]:
    document = db.things.find_one({"_id": thing_id})
    assert document is not None
    return [item["event_id"] for item in document.get("outbox", [])]


def _marker(db: Db, thing_id: str) -> dict[str, Any] | None:
    return db[PENDING_COLLECTION].find_one({"_id": f"things:{thing_id}"})


def _has_sent(publisher: RecordingPublisher, count: int) -> Callable[[], bool]:
    return lambda: len(publisher.sent) == count


def _sent_ids(publisher: RecordingPublisher) -> list[str]:
    return [payload.decode() for _, _, payload in publisher.sent]


def test_a_write_is_marked_and_its_notify_publishes_it_and_removes_the_marker(db: Db) -> None:
    clock = FakeClock()
    publisher = RecordingPublisher()
    relay = _relay(db, publisher, clock, "a", sweep_interval_s=3600)
    assert relay.relay_once() == 0  # its first sweep; the next is an hour away

    _write(db, relay, "thing_1", "evt_1", "evt_2", version=1)
    marker = _marker(db, "thing_1")
    assert marker is not None
    assert (marker["collection"], marker["document_id"], marker["owner"], marker["at"]) == (
        "things",
        "thing_1",
        "a",
        clock.now,
    )
    assert relay.pending() == 2

    relay.notify("things", "thing_1")
    assert relay.relay_once() == 2
    assert _sent_ids(publisher) == ["evt_1", "evt_2"]  # in the order saved
    assert _outbox(db, "thing_1") == []
    assert _marker(db, "thing_1") is None
    assert relay.pending() == 0


def test_this_instances_marker_goes_out_on_its_sweep_at_once(db: Db) -> None:
    clock = FakeClock()
    publisher = RecordingPublisher()
    relay = _relay(db, publisher, clock, "a")
    _write(db, relay, "thing_1", "evt_1", version=1)
    # No notify (say it was lost with a broker outage): the sweep must still take it, now.

    assert relay.sweep() == 1
    assert _sent_ids(publisher) == ["evt_1"]
    assert _outbox(db, "thing_1") == []
    assert _marker(db, "thing_1") is None


def test_a_crash_before_publishing_is_taken_over_by_another_instance_after_the_grace(
    db: Db,
) -> None:
    clock = FakeClock()
    crashed = _relay(db, RecordingPublisher(), clock, "crashed")
    _write(db, crashed, "thing_1", "evt_1", version=1)
    # ``crashed`` dies here: it never publishes. A new process is another instance.
    publisher = RecordingPublisher()
    restarted = _relay(db, publisher, clock, "restarted")

    assert restarted.sweep() == 0  # maybe still being published by its writer
    clock.now += GRACE - 0.5
    assert restarted.sweep() == 0
    assert publisher.sent == []
    assert _outbox(db, "thing_1") == ["evt_1"]

    clock.now += 0.5
    assert restarted.sweep() == 1
    assert _sent_ids(publisher) == ["evt_1"]
    assert _outbox(db, "thing_1") == []
    assert _marker(db, "thing_1") is None


def test_a_marker_is_left_to_its_writer_while_it_keeps_marking_the_document(db: Db) -> None:
    clock = FakeClock()
    writer_publisher, other_publisher = RecordingPublisher(), RecordingPublisher()
    writer = _relay(db, writer_publisher, clock, "writer")
    other = _relay(db, other_publisher, clock, "other")
    _write(db, writer, "thing_1", "evt_1", version=1)
    assert other.sweep() == 0

    writer.notify("things", "thing_1")
    assert writer.relay_once() == 1
    # A new event on the same document is a new marking: the grace starts again.
    clock.now += GRACE - 1
    _write(db, writer, "thing_1", "evt_2", version=2)
    clock.now += 2  # past the first marking's grace, not the second's
    assert other.sweep() == 0
    assert other_publisher.sent == []
    assert _sent_ids(writer_publisher) == ["evt_1"]


def test_a_marker_whose_document_has_no_events_is_deleted(db: Db) -> None:
    clock = FakeClock()
    relay = _relay(db, RecordingPublisher(), clock, "a")
    # Marked, then the write was refused (a stale version): a marker with nothing to send.
    db.things.insert_one({"_id": "thing_1", "version": 3, "outbox": []})
    relay.mark_pending("things", "thing_1")
    # Marked, then the process died before the insert: no document at all.
    relay.mark_pending("things", "thing_2")

    assert relay.sweep() == 0
    assert _marker(db, "thing_1") is None
    assert _marker(db, "thing_2") is None
    assert db[PENDING_COLLECTION].count_documents({}) == 0


def test_a_crash_after_the_removal_leaves_a_marker_another_instance_deletes_after_the_grace(
    db: Db,
) -> None:
    clock = FakeClock()
    crashed = _relay(db, RecordingPublisher(), clock, "crashed")
    _write(db, crashed, "thing_1", "evt_1", version=1)
    # ``outbox.after_mark_sent``: the event was published and removed, the marker not yet.
    db.things.update_one({"_id": "thing_1"}, {"$set": {"outbox": []}})
    publisher = RecordingPublisher()
    restarted = _relay(db, publisher, clock, "restarted")

    assert restarted.sweep() == 0
    assert _marker(db, "thing_1") is not None  # not ours yet
    clock.now += GRACE
    assert restarted.sweep() == 0
    assert _marker(db, "thing_1") is None
    assert publisher.sent == []  # nothing sent twice


def test_events_written_between_the_read_and_the_removal_stay_marked(db: Db) -> None:
    """A writer lands after the relay read the document and before its removal: the
    removal is refused (version changed), the marker it deleted is written again, and the
    next pass sends only the new event."""
    clock = FakeClock()
    relay: OutboxRelay
    publisher = RecordingPublisher(during=lambda: _write(db, relay, "thing_1", "evt_2", version=2))
    relay = _relay(db, publisher, clock, "a", sweep_interval_s=3600)
    assert relay.relay_once() == 0  # its first sweep; the next is an hour away
    _write(db, relay, "thing_1", "evt_1", version=1)

    relay.notify("things", "thing_1")
    relay.relay_once()
    assert _outbox(db, "thing_1") == ["evt_1", "evt_2"]  # the write was not undone
    marker = _marker(db, "thing_1")
    assert marker is not None
    assert marker["owner"] == "a"

    relay.notify("things", "thing_1")
    relay.relay_once()
    assert _sent_ids(publisher) == ["evt_1", "evt_2"]  # evt_1 not sent again
    assert _outbox(db, "thing_1") == []
    assert _marker(db, "thing_1") is None


def test_without_a_version_the_removal_takes_only_what_was_read_and_the_rest_stays_marked(
    db: Db,
) -> None:
    clock = FakeClock()
    relay: OutboxRelay
    publisher = RecordingPublisher(during=lambda: _write(db, relay, "thing_1", "evt_2"))
    relay = _relay(db, publisher, clock, "a")
    _write(db, relay, "thing_1", "evt_1")

    assert relay.sweep() == 1
    assert _outbox(db, "thing_1") == ["evt_2"]
    assert _marker(db, "thing_1") is not None
    assert relay.sweep() == 1
    assert _sent_ids(publisher) == ["evt_1", "evt_2"]
    assert _marker(db, "thing_1") is None


def test_another_instances_marking_during_a_pass_is_left_to_it(db: Db) -> None:
    """A writer in another process marks the document while this relay publishes it: the
    relay must not delete that instance's marker (it may not have written yet)."""
    clock = FakeClock()
    other = _relay(db, RecordingPublisher(), clock, "other")
    relay: OutboxRelay
    publisher = RecordingPublisher(during=lambda: other.mark_pending("things", "thing_1"))
    relay = _relay(db, publisher, clock, "a")
    _write(db, relay, "thing_1", "evt_1", version=1)

    assert relay.sweep() == 1
    assert _outbox(db, "thing_1") == []
    marker = _marker(db, "thing_1")
    assert marker is not None
    assert marker["owner"] == "other"
    # If ``other`` died before its write, its marker is cleared once its grace has passed.
    clock.now += GRACE
    assert relay.sweep() == 0
    assert _marker(db, "thing_1") is None


def test_pending_counts_marked_events_and_the_standalone_outbox(db: Db) -> None:
    clock = FakeClock()
    relay = _relay(db, RecordingPublisher(), clock, "a")
    _write(db, relay, "thing_1", "evt_1", "evt_2", version=1)
    _write(db, relay, "thing_2", "evt_3", version=1)
    relay.mark_pending("things", "thing_3")  # marked, never written
    db.outbox.insert_one({"_id": "evt_4", **_item("evt_4", "thing_4")})

    assert relay.pending() == 4


def test_the_standalone_outbox_needs_no_marker_and_goes_out_when_pointed_at(db: Db) -> None:
    clock = FakeClock()
    publisher = RecordingPublisher()
    relay = _relay(db, publisher, clock, "a", sweep_interval_s=3600)
    assert relay.relay_once() == 0  # its first sweep; the next is an hour away
    db.outbox.insert_one({"_id": "evt_9", **_item("evt_9", "thing_9"), "created_at": 1})
    relay.mark_pending("outbox", "evt_9")  # ignored: that collection is its own marker
    assert db[PENDING_COLLECTION].count_documents({}) == 0

    relay.notify("outbox", "evt_9")
    assert relay.relay_once() == 1
    assert _sent_ids(publisher) == ["evt_9"]
    assert db.outbox.count_documents({}) == 0


def test_documents_written_before_markers_are_marked_by_the_migration_once(db: Db) -> None:
    clock = FakeClock()
    db.things.insert_many(
        [
            {"_id": "legacy_1", "version": 1, "outbox": [_item("evt_1", "legacy_1")]},
            {"_id": "legacy_2", "version": 4, "outbox": []},
            {"_id": "legacy_3", "version": 2},
        ]
    )
    assert mark_existing_outboxes(db, collections=("things",), clock=clock) == 1
    assert mark_existing_outboxes(db, collections=("things",), clock=clock) == 0  # idempotent
    marker = _marker(db, "legacy_1")
    assert marker is not None
    assert marker["owner"] == "migration"

    publisher = RecordingPublisher()
    relay = _relay(db, publisher, clock, "a")
    assert relay.sweep() == 0  # a writer of the old code may still be publishing it
    clock.now += GRACE
    assert relay.sweep() == 1
    assert _sent_ids(publisher) == ["evt_1"]
    assert db[PENDING_COLLECTION].count_documents({}) == 0


def test_a_full_batch_brings_the_next_sweep_forward(db: Db) -> None:
    clock = FakeClock()
    publisher = RecordingPublisher()
    relay = _relay(db, publisher, clock, "a", batch=2, sweep_interval_s=3600)
    for n in range(5):
        _write(db, relay, f"thing_{n}", f"evt_{n}", version=1)

    moved = [relay.relay_once() for _ in range(3)]
    assert moved == [2, 2, 1]  # not one batch per hour
    assert sorted(_sent_ids(publisher)) == [f"evt_{n}" for n in range(5)]


def test_the_relay_loop_comes_back_for_leftovers_when_their_grace_ends(db: Db) -> None:
    clock = FakeClock()
    crashed = _relay(db, RecordingPublisher(), clock, "crashed")
    _write(db, crashed, "thing_1", "evt_1", version=1)
    publisher = RecordingPublisher()
    relay = _relay(db, publisher, clock, "a", sweep_interval_s=3600, idle_interval_s=0.05)
    clock.reads = 0
    relay.start()
    try:
        # The first sweep reads the clock; from then on the marker is known, not yet due.
        assert wait_until(lambda: clock.reads > 0, timeout_s=10, interval_s=0.01)
        clock.now += GRACE
        # Taken over once the grace ends, not after the hour-long sweep interval.
        assert wait_until(lambda: bool(publisher.sent), timeout_s=10, interval_s=0.02)
    finally:
        relay.stop()
    assert _sent_ids(publisher) == ["evt_1"]


# --- batched passes ----------------------------------------------------------------------


class CommandCounter(monitoring.CommandListener):
    """Counts the commands sent to one database, by name, while ``counting``."""

    def __init__(self, database: str) -> None:
        self.database = database
        self.counting = False
        self.names: list[str] = []

    def started(self, event: monitoring.CommandStartedEvent) -> None:
        if self.counting and event.database_name == self.database:
            self.names.append(event.command_name)

    def succeeded(self, event: monitoring.CommandSucceededEvent) -> None:
        del event

    def failed(self, event: monitoring.CommandFailedEvent) -> None:
        del event


@pytest.fixture
def counted(mongodb_uri: str, unique_name: str) -> Iterator[tuple[Db, CommandCounter]]:
    counter = CommandCounter(unique_name)
    client: MongoClient[dict[str, Any]] = MongoClient(
        mongodb_uri, serverSelectionTimeoutMS=5000, event_listeners=[counter]
    )
    try:
        yield client[unique_name], counter
    finally:
        client.drop_database(unique_name)
        client.close()


@pytest.mark.parametrize("documents", [1, 20])
def test_a_pass_costs_one_batch_and_one_update_per_document_besides_two_commands(
    counted: tuple[Db, CommandCounter], documents: int
) -> None:
    db, counter = counted
    clock = FakeClock()
    publisher = RecordingPublisher()
    relay = _relay(db, publisher, clock, "a", sweep_interval_s=3600)
    assert relay.relay_once() == 0  # its first sweep; the next is an hour away
    for n in range(documents):
        _write(db, relay, f"thing_{n}", f"evt_{n}", version=1)
        relay.notify("things", f"thing_{n}")

    counter.counting = True
    assert relay.relay_once() == documents
    counter.counting = False

    # One read of all documents, one removal each (never a batched write: FerretDB v1 hangs
    # on those), one delete of all markers; no second read when nothing changed meanwhile.
    assert sorted(counter.names) == ["delete", "find", *["update"] * documents]
    [batch] = publisher.batches  # no order is promised across aggregates
    assert sorted(batch) == sorted(f"evt_{n}" for n in range(documents))
    assert all(_outbox(db, f"thing_{n}") == [] for n in range(documents))
    assert db[PENDING_COLLECTION].count_documents({}) == 0


def test_the_store_sees_only_id_lookups_from_a_pass(mongodb_uri: str, unique_name: str) -> None:
    recorder = StoreCommandRecorder(database=unique_name, recording=False)
    client: MongoClient[dict[str, Any]] = MongoClient(
        mongodb_uri, serverSelectionTimeoutMS=5000, event_listeners=[recorder]
    )
    try:
        db = client[unique_name]
        relay = _relay(db, RecordingPublisher(), FakeClock(), "a", sweep_interval_s=3600)
        relay.relay_once()
        for n in range(30):  # more than one settling chunk
            _write(db, relay, f"thing_{n}", f"evt_{n}a", f"evt_{n}b", version=1)
            relay.notify("things", f"thing_{n}")
        relay.mark_pending("things", "never_written")
        relay.notify("things", "never_written")
        recorder.recording = True
        assert relay.relay_once() == 60
        recorder.recording = False
        assert recorder.records  # it did talk to the store
        assert recorder.scans() == []
    finally:
        client.drop_database(unique_name)
        client.close()


def test_an_aggregates_next_event_is_sent_only_after_its_previous_one_is_acknowledged(
    db: Db,
) -> None:
    clock = FakeClock()
    publisher = RecordingPublisher()
    relay = _relay(db, publisher, clock, "a", sweep_interval_s=3600)
    relay.relay_once()
    _write(db, relay, "thing_1", "evt_1", "evt_2", "evt_3", version=1)
    _write(db, relay, "thing_2", "evt_4", version=1)
    relay.notify("things", "thing_1")
    relay.notify("things", "thing_2")

    assert relay.relay_once() == 4
    assert publisher.batches == [["evt_1", "evt_4"], ["evt_2"], ["evt_3"]]


def test_an_event_not_acknowledged_keeps_its_document_and_its_later_events_for_a_retry(
    db: Db,
) -> None:
    clock = FakeClock()
    publisher = RecordingPublisher(refuse=[b"evt_1"])
    relay = _relay(db, publisher, clock, "a", sweep_interval_s=3600)
    relay.relay_once()
    _write(db, relay, "thing_1", "evt_1", "evt_2", version=1)
    _write(db, relay, "thing_2", "evt_3", version=1)
    relay.notify("things", "thing_1")
    relay.notify("things", "thing_2")

    with pytest.raises(PublishFailed):
        relay.relay_once()
    assert publisher.batches == [["evt_1", "evt_3"]]  # evt_2 never overtakes evt_1
    assert _outbox(db, "thing_1") == ["evt_1", "evt_2"]
    assert _marker(db, "thing_1") is not None
    assert _outbox(db, "thing_2") == []  # the other document was settled
    assert _marker(db, "thing_2") is None

    publisher.refuse.clear()
    # Pointed at again by the failed pass: retried at once, not at the next sweep.
    assert relay.relay_once() == 2
    assert _sent_ids(publisher) == ["evt_3", "evt_1", "evt_2"]
    assert _outbox(db, "thing_1") == []
    assert _marker(db, "thing_1") is None


def test_events_written_after_a_marker_was_read_without_them_stay_marked(db: Db) -> None:
    """A sweep reads a marker whose write has not landed yet (the document holds nothing),
    and the write lands before the relay settles: its events must stay marked."""
    clock = FakeClock()
    relay: OutboxRelay

    def late_write() -> None:
        # The write that follows the marking below (a writer delayed between the two).
        things = db.things
        with document_lock(things.full_name, "thing_2"):
            things.insert_one(
                {"_id": "thing_2", "version": 1, "outbox": [_item("evt_2", "thing_2")]}
            )

    publisher = RecordingPublisher(during=late_write)
    relay = _relay(db, publisher, clock, "a")
    _write(db, relay, "thing_1", "evt_1", version=1)
    relay.mark_pending("things", "thing_2")  # marked; its write comes during the pass

    assert relay.sweep() == 1
    assert _sent_ids(publisher) == ["evt_1"]
    assert _outbox(db, "thing_2") == ["evt_2"]
    marker = _marker(db, "thing_2")
    assert marker is not None
    assert marker["owner"] == "a"
    assert relay.sweep() == 1
    assert _sent_ids(publisher) == ["evt_1", "evt_2"]
    assert db[PENDING_COLLECTION].count_documents({}) == 0


def test_standalone_events_go_in_one_batch_and_a_refused_one_stays(db: Db) -> None:
    clock = FakeClock()
    publisher = RecordingPublisher(refuse=[b"evt_8"])
    relay = _relay(db, publisher, clock, "a", sweep_interval_s=3600)
    relay.relay_once()
    for n, key in ((7, "thing_7"), (8, "thing_8"), (9, "thing_9")):
        db.outbox.insert_one({"_id": f"evt_{n}", **_item(f"evt_{n}", key), "created_at": n})
    relay.notify("outbox", "evt_9")

    with pytest.raises(PublishFailed):
        relay.relay_once()
    assert publisher.batches == [["evt_7", "evt_8", "evt_9"]]
    assert [d["_id"] for d in db.outbox.find({})] == ["evt_8"]

    publisher.refuse.clear()
    assert relay.relay_once() == 1
    assert db.outbox.count_documents({}) == 0


def test_a_notify_wakes_the_relay_at_once(db: Db) -> None:
    clock = FakeClock()
    publisher = RecordingPublisher()
    # Neither its idle look nor its sweep would come within the test's time.
    relay = _relay(db, publisher, clock, "a", sweep_interval_s=3600, idle_interval_s=3600)
    clock.reads = 0
    relay.start()
    try:
        assert wait_until(lambda: clock.reads > 0, timeout_s=10, interval_s=0.01)  # swept
        for n in range(3):
            _write(db, relay, f"thing_{n}", f"evt_{n}", version=1)
            relay.notify("things", f"thing_{n}")
            assert wait_until(_has_sent(publisher, n + 1), timeout_s=10)
    finally:
        relay.stop()
    assert _sent_ids(publisher) == ["evt_0", "evt_1", "evt_2"]


def test_a_marking_after_a_documents_removal_keeps_its_marker(db: Db) -> None:
    """Markers go in one delete after all removals of a pass; a document marked again in
    between (a writer whose write follows) keeps the new marker."""
    clock = FakeClock()
    publisher = RecordingPublisher()
    relay = _relay(db, publisher, clock, "a", sweep_interval_s=3600)
    relay.relay_once()
    thing_a, thing_b = _names_on_their_own_locks(db, "thing_a", "thing_b")
    _write(db, relay, thing_a, "evt_a", version=1)
    _write(db, relay, thing_b, "evt_b", version=1)
    relay.notify("things", thing_a)
    relay.notify("things", thing_b)

    lock_b = document_lock(db.things.full_name, thing_b)
    passes: list[int] = []
    with lock_b:  # the relay empties thing_a, then waits here for thing_b's lock
        worker = threading.Thread(target=lambda: passes.append(relay.relay_once()))
        worker.start()
        assert wait_until(lambda: _outbox(db, thing_a) == [], timeout_s=10, interval_s=0.01)
        with document_lock(db.things.full_name, thing_a):
            relay.mark_pending("things", thing_a)  # its write would follow
    worker.join(timeout=10)

    assert passes == [2]
    assert _marker(db, thing_b) is None
    marker = _marker(db, thing_a)
    assert marker is not None  # the new marking stands
    assert marker["owner"] == "a"


def test_a_passs_removals_run_side_by_side_and_the_pass_waits_for_all_of_them(db: Db) -> None:
    """One document's removal waiting for its lock does not hold up the others' (they are
    emptied meanwhile), and the pass returns only once that one is done too."""
    clock = FakeClock()
    publisher = RecordingPublisher()
    relay = _relay(db, publisher, clock, "a", sweep_interval_s=3600, removal_concurrency=4)
    try:
        relay.relay_once()
        names = _names_on_their_own_locks(db, *(f"thing_{n}" for n in range(4)))
        for n, name in enumerate(names):
            _write(db, relay, name, f"evt_{n}", version=1)
            relay.notify("things", name)

        passes: list[int] = []
        worker = threading.Thread(target=lambda: passes.append(relay.relay_once()))
        with document_lock(db.things.full_name, names[0]):  # a writer holds thing_0
            worker.start()
            others_emptied = wait_until(
                lambda: all(_outbox(db, name) == [] for name in names[1:]),
                timeout_s=10,
                interval_s=0.01,
            )
            assert others_emptied
            assert _outbox(db, names[0]) == ["evt_0"]
            assert passes == []  # still waiting for thing_0's removal
        worker.join(timeout=10)
    finally:
        relay.stop()

    assert passes == [4]
    assert all(_outbox(db, name) == [] for name in names)
    assert db[PENDING_COLLECTION].count_documents({}) == 0
