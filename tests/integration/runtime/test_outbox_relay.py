"""The shared outbox relay against the real MongoDB-protocol server, as two instances would run.

Publishing goes to a recording publisher (the relay's own port); what is checked here is
which instance relays which document, and when.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from typing import Any

import pytest
from pymongo.database import Database

from pathways_runtime.mongo import create_mongo_client
from pathways_runtime.outbox_relay import OutboxRelay


class RecordingPublisher:
    def __init__(self) -> None:
        self.sent: list[tuple[str, str, bytes]] = []

    def publish_encoded(self, topic: str, *, key: str, payload: bytes) -> None:
        self.sent.append((topic, key, payload))


@pytest.fixture
def db(mongodb_uri: str, unique_name: str) -> Iterator[Database[dict[str, Any]]]:
    client = create_mongo_client(uri=mongodb_uri, app_name="test")
    try:
        yield client[unique_name]
    finally:
        client.drop_database(unique_name)
        client.close()


def _item(event_id: str) -> dict[str, Any]:
    return {"event_id": event_id, "topic": "things.v1", "key": "thing_1", "payload": b"\x01"}


def _relay(db: Database[dict[str, Any]], publisher: RecordingPublisher, **options: Any) -> Any:
    return OutboxRelay(db, publisher, collections=("things",), **options)


def test_a_document_written_by_this_instance_goes_out_on_its_sweep_at_once(
    db: Database[dict[str, Any]],
) -> None:
    publisher = RecordingPublisher()
    relay = _relay(db, publisher, sweep_grace_s=60)
    db.things.insert_one({"_id": "thing_1", "version": 1, "outbox": [_item("evt_1")]})
    relay.notify("things", "thing_1")
    # The pointed-at read was lost (say the broker was down): the sweep must still take it.
    relay._pointed.clear()

    assert relay.sweep() == 1
    assert [key for _, key, _ in publisher.sent] == ["thing_1"]
    assert db.things.find_one({"_id": "thing_1"})["outbox"] == []  # type: ignore[index]


def test_another_instances_fresh_events_are_left_to_it_until_the_grace_period_ends(
    db: Database[dict[str, Any]],
) -> None:
    other_instance = RecordingPublisher()
    relay = _relay(db, other_instance, sweep_grace_s=1.0)
    db.things.insert_one({"_id": "thing_1", "version": 1, "outbox": [_item("evt_1")]})

    assert relay.sweep() == 0
    assert other_instance.sent == []
    assert len(db.things.find_one({"_id": "thing_1"})["outbox"]) == 1  # type: ignore[index]

    time.sleep(1.1)
    assert relay.sweep() == 1
    assert [key for _, key, _ in other_instance.sent] == ["thing_1"]
    assert db.things.find_one({"_id": "thing_1"})["outbox"] == []  # type: ignore[index]


def test_events_the_writer_relayed_meanwhile_are_not_taken_over(
    db: Database[dict[str, Any]],
) -> None:
    writer, other = RecordingPublisher(), RecordingPublisher()
    writing_relay = _relay(db, writer, sweep_grace_s=60)
    other_relay = _relay(db, other, sweep_grace_s=0.5)
    db.things.insert_one({"_id": "thing_1", "version": 1, "outbox": [_item("evt_1")]})
    assert other_relay.sweep() == 0  # seen, left to the writer

    writing_relay.notify("things", "thing_1")
    assert writing_relay.relay_once() == 1
    # A new event on the same document is a new marker: the grace starts again.
    db.things.update_one(
        {"_id": "thing_1"}, {"$set": {"version": 2}, "$push": {"outbox": _item("evt_2")}}
    )
    time.sleep(0.6)
    assert other_relay.sweep() == 0
    assert other.sent == []


def test_the_relay_loop_comes_back_for_leftovers_when_their_grace_ends(
    db: Database[dict[str, Any]],
) -> None:
    publisher = RecordingPublisher()
    relay = _relay(db, publisher, sweep_grace_s=0.5, sweep_interval_s=3600, idle_interval_s=0.05)
    db.things.insert_one({"_id": "thing_1", "version": 1, "outbox": [_item("evt_1")]})
    relay.start()
    try:
        deadline = time.monotonic() + 10
        while not publisher.sent and time.monotonic() < deadline:
            time.sleep(0.05)
    finally:
        relay.stop()
    # Taken over after the grace, not after the hour-long sweep interval.
    assert [key for _, key, _ in publisher.sent] == ["thing_1"]
