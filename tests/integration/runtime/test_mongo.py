"""The MongoDB client factory against the real MongoDB-protocol server."""

from __future__ import annotations

import threading
import time

import pytest
from pymongo.errors import DuplicateKeyError

from pathways_runtime.mongo import create_mongo_client, is_reachable, mark_once
from tests.support.processes import free_port


def test_write_and_read_back_through_pymongo(mongodb_uri: str, unique_name: str) -> None:
    client = create_mongo_client(uri=mongodb_uri, app_name="test")
    try:
        collection = client[unique_name]["survivors"]
        collection.insert_one(
            {"_id": "srv_1", "languages": ["km", "th"], "interests": "ចូលចិត្តធ្វើម្ហូប", "version": 1}
        )
        result = collection.update_one(
            {"_id": "srv_1", "version": 1}, {"$set": {"version": 2}, "$push": {"languages": "en"}}
        )
        stale = collection.update_one({"_id": "srv_1", "version": 1}, {"$set": {"version": 9}})
        found = collection.find_one({"_id": "srv_1"})
    finally:
        client.drop_database(unique_name)
        client.close()

    assert result.modified_count == 1
    assert stale.modified_count == 0
    assert found == {
        "_id": "srv_1",
        "languages": ["km", "th", "en"],
        "interests": "ចូលចិត្តធ្វើម្ហូប",
        "version": 2,
    }


def test_unique_index_refuses_a_duplicate(mongodb_uri: str, unique_name: str) -> None:
    client = create_mongo_client(uri=mongodb_uri, app_name="test")
    try:
        processed = client[unique_name]["processed_events"]
        processed.create_index("event_id", unique=True)
        processed.insert_one({"event_id": "e1"})
        with pytest.raises(DuplicateKeyError):
            processed.insert_one({"event_id": "e1"})
        assert processed.count_documents({}) == 1
    finally:
        client.drop_database(unique_name)
        client.close()


def test_reachability_is_true_for_the_server_and_false_fast_for_a_closed_port(
    mongodb_uri: str,
) -> None:
    up = create_mongo_client(uri=mongodb_uri, app_name="test")
    down = create_mongo_client(
        uri=f"mongodb://127.0.0.1:{free_port()}", app_name="t", timeout_ms=500
    )
    try:
        assert is_reachable(up)
        started = time.monotonic()
        assert not is_reachable(down)
        assert time.monotonic() - started < 5
    finally:
        up.close()
        down.close()


def test_instances_starting_together_each_mark_a_migration_without_failing(
    mongodb_uri: str, unique_name: str
) -> None:
    # Two instances of a service that start together run the same migrations and mark
    # them done at the same moment; an upsert there fails one of them with a duplicate key
    # (seen in CI: the second peer-groups instance of the scale test did not start).
    client = create_mongo_client(uri=mongodb_uri, app_name="test")
    markers = client[unique_name].migrations
    barrier = threading.Barrier(8)
    errors: list[BaseException] = []

    def mark(n: int) -> None:
        barrier.wait()
        try:
            mark_once(markers, "step.v1", {"by": n})
        except BaseException as error:
            errors.append(error)

    threads = [threading.Thread(target=mark, args=(n,)) for n in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    try:
        assert errors == []
        stored = list(markers.find({}))
        assert [marker["_id"] for marker in stored] == ["step.v1"]
    finally:
        client.drop_database(unique_name)
        client.close()
