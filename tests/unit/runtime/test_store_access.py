"""The store-command log and the rule it checks: hot paths read by ``_id`` only.

Expected classifications come from the rule (docs/architecture.md, "Store access") and
from what the patched FerretDB narrows (infra/ferretdb/pathways_id_filter.go): an exact
string/ObjectId/binary ``_id``, an ``_id: {$in}`` of at most 1,000 of those, a ``$or`` of
such filters, or a field ``{$in: []}``. The scanning shapes are the hot paths once
found scanning.
"""

from __future__ import annotations

import json
import threading
import uuid
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from bson import Binary, Int64, ObjectId
from pymongo import monitoring

from pathways_runtime.mongo import create_mongo_client
from pathways_runtime.settings import ServiceSettings
from pathways_runtime.store_access import (
    Access,
    AllowedScan,
    StoreCommandLog,
    classify,
    command_records,
    describe_violations,
    filter_shape,
    read_log,
    violations,
)

SURVIVOR = "3f0c9a52-6a7e-4c53-9d1e-6f1a8f2b9c10"
USERNAME = "somchai.officer"
SECRET_DISTRICT = "Bang Rak"


def _records(command: dict[str, Any], *, db: str = "m_db") -> list[dict[str, Any]]:
    name = next(iter(command))
    return command_records(name, command, database=db, role="matching")


def _access(command: dict[str, Any]) -> Access:
    [record] = _records(command)
    return classify(record)[0]


# --- shapes never carry values -------------------------------------------------------


def test_a_shape_keeps_field_names_and_operators_and_types_every_value() -> None:
    query = {
        "_id": SURVIVOR,
        "version": 3,
        "district": SECRET_DISTRICT,
        "at": {"$gte": datetime(2025, 1, 1, tzinfo=UTC), "$lt": datetime(2025, 2, 1, tzinfo=UTC)},
        "tags": {"$in": ["cooking", "sewing"]},
        "$or": [{"state": "open"}, {"openings": {"$gt": Int64(0)}}],
        "members": {"$elemMatch": {"survivor_id": SURVIVOR, "state": {"$ne": "left"}}},
    }

    assert filter_shape(query) == {
        "_id": "string",
        "version": "int",
        "district": "string",
        "at": {"$gte": "date", "$lt": "date"},
        "tags": {"$in": "array<string>"},
        "$or": [{"state": "string"}, {"openings": {"$gt": "long"}}],
        "members": {"$elemMatch": {"survivor_id": "string", "state": {"$ne": "string"}}},
    }


def test_an_id_used_as_a_key_in_a_field_name_is_masked() -> None:
    """Code names fields as identifiers; a segment that is not one (a UUID, a digest, a
    name with a dash) came from data."""
    shape = filter_shape(
        {
            f"members.{SURVIVOR}.state": "invited",
            f"seen.{uuid.UUID(SURVIVOR).hex}": True,
            "by_user.somchai-k": 1,
            "outbox.0": {"$exists": True},
        }
    )

    assert shape == {
        "members.<key>.state": "string",
        "seen.<key>": "bool",
        "by_user.<key>": "int",
        "outbox.0": {"$exists": "bool"},
    }


def test_no_value_of_any_command_reaches_the_log(tmp_path: Path) -> None:
    """Filters, updates and inserted documents all hold personal data: none is written."""
    log = tmp_path / "commands.jsonl"
    listener = StoreCommandLog(log, role="matching")
    personal = {"district": SECRET_DISTRICT, "username": USERNAME, "survivor_id": SURVIVOR}
    commands: list[dict[str, Any]] = [
        {"find": "survivors", "filter": personal, "projection": {"outbox": 0}},
        {"update": "survivors", "updates": [{"q": personal, "u": {"$set": personal}}]},
        {"delete": "matches", "deletes": [{"q": personal, "limit": 0}]},
        {"findAndModify": "users", "query": personal, "update": {"$set": personal}},
        {"insert": "audit", "documents": [personal, personal]},
        {"aggregate": "matches", "pipeline": [{"$match": personal}, {"$group": {"_id": None}}]},
        {"count": "survivors", "query": personal},
    ]
    for command in commands:
        listener.started(_started(command))
    listener.close()

    text = log.read_text()
    for value in (SECRET_DISTRICT, USERNAME, SURVIVOR):
        assert value not in text
    assert [r["command"] for r in read_log(log)] == [
        "find",
        "update",
        "delete",
        "findAndModify",
        "insert",
        "aggregate",
        "count",
    ]


def _started(command: dict[str, Any], *, db: str = "m_db") -> monitoring.CommandStartedEvent:
    return monitoring.CommandStartedEvent(
        command=command,
        database_name=db,
        request_id=1,
        connection_id=("127.0.0.1", 27017),
        operation_id=1,
    )


# --- records ---------------------------------------------------------------------------


def test_a_record_names_the_role_database_collection_and_command() -> None:
    [record] = _records({"find": "survivors", "filter": {"_id": SURVIVOR}, "limit": 1})

    assert record == {
        "role": "matching",
        "db": "m_db",
        "collection": "survivors",
        "command": "find",
        "shape": {"_id": "string"},
        "id_in": None,
    }


def test_every_statement_of_an_update_or_a_delete_is_its_own_record() -> None:
    update = {
        "update": "groups",
        "updates": [
            {"q": {"_id": "g1", "version": 2}, "u": {"$set": {"x": 1}}},
            {"q": {"members.survivor_id": SURVIVOR}, "u": {"$pull": {}}, "multi": True},
        ],
    }
    delete = {"delete": "matches", "deletes": [{"q": {"_id": {"$in": ["a", "b"]}}, "limit": 0}]}

    updates = _records(update)
    [deleted] = _records(delete)

    assert [classify(r)[0] for r in updates] == [Access.ID, Access.SCAN]
    assert [r["multi"] for r in updates] == [False, True]
    assert deleted["id_in"] == 2
    assert classify(deleted)[0] is Access.ID


def test_an_aggregate_is_judged_by_its_leading_match() -> None:
    [by_id] = _records({"aggregate": "c", "pipeline": [{"$match": {"_id": "x"}}, {"$limit": 1}]})
    [count_all] = _records(
        {"aggregate": "c", "pipeline": [{"$match": {}}, {"$group": {"_id": 1, "n": {"$sum": 1}}}]}
    )
    [sort_first] = _records(
        {"aggregate": "c", "pipeline": [{"$sort": {"at": 1}}, {"$match": {"_id": "x"}}]}
    )

    assert by_id["stages"] == ["$match", "$limit"]
    assert classify(by_id)[0] is Access.ID
    assert classify(count_all)[0] is Access.SCAN
    assert classify(sort_first) == (Access.SCAN, "an aggregate that does not start with $match")


def test_a_get_more_names_its_collection_and_reads_nothing_new() -> None:
    [record] = _records({"getMore": Int64(7), "collection": "opportunities", "batchSize": 100})

    assert record["collection"] == "opportunities"
    assert classify(record)[0] is Access.ADMIN


# --- the rule --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "command",
    [
        {"find": "survivors", "filter": {"_id": SURVIVOR}},
        {"find": "survivors", "filter": {"_id": ObjectId()}},
        {"find": "datakeys", "filter": {"_id": uuid.UUID(SURVIVOR)}},
        {"find": "datakeys", "filter": {"_id": Binary(b"k" * 16, 4)}},
        # A version-checked write: other fields beside an exact _id.
        {"update": "survivors", "updates": [{"q": {"_id": SURVIVOR, "version": 4}, "u": {}}]},
        {"findAndModify": "idempotency", "query": {"_id": "p:k", "state": "pending"}},
        {"delete": "sessions", "deletes": [{"q": {"_id": "s1"}, "limit": 1}]},
        {"find": "audit", "filter": {"_id": {"$in": [f"{n:012d}" for n in range(500)]}}},
        {"find": "audit", "filter": {"_id": {"$in": [f"{n:012d}" for n in range(1000)]}}},
        # libmongocrypt's data-key lookup by id.
        {
            "find": "datakeys",
            "filter": {"$or": [{"_id": {"$in": [uuid.uuid4()]}}, {"keyAltNames": {"$in": []}}]},
        },
        {"count": "matches", "query": {"_id": "m1"}},
    ],
)
def test_reads_writes_and_deletes_by_id_are_id_accesses(command: dict[str, Any]) -> None:
    for record in _records(command):
        assert classify(record)[0] is Access.ID, classify(record)


@pytest.mark.parametrize(
    ("command", "why"),
    [
        # The hot paths once measured scanning.
        (
            {"findAndModify": "idempotency", "query": {"principal": "u1", "key": "k"}},
            "no _id in the filter",
        ),
        (
            {"find": "audit", "filter": {"seq": {"$gt": 10}}, "sort": {"seq": 1}, "limit": 500},
            "no _id in the filter",
        ),
        ({"find": "matches", "filter": {"survivor_id": SURVIVOR}}, "no _id in the filter"),
        ({"find": "users", "filter": {"username": USERNAME}}, "no _id in the filter"),
        ({"find": "groups", "filter": {"members.survivor_id": SURVIVOR}}, "no _id in the filter"),
        ({"find": "survivors", "filter": {"outbox.0": {"$exists": True}}}, "no _id in the filter"),
        ({"find": "datakeys", "filter": {"keyAltNames": SURVIVOR}}, "no _id in the filter"),
        ({"find": "opportunities", "filter": {}}, "an empty filter (the whole collection)"),
        ({"count": "opportunities"}, "an empty filter (the whole collection)"),
        # _id forms the store does not narrow.
        (
            {"find": "audit", "filter": {"_id": {"$gt": "000000000010"}}},
            "_id compared with $gt: only an exact _id or $in narrows",
        ),
        (
            {"find": "audit", "filter": {"_id": {"$eq": "x"}}},
            "_id compared with $eq: only an exact _id or $in narrows",
        ),
        (
            {"find": "audit", "filter": {"_id": 42}},
            "an _id of type int is not narrowed by the store",
        ),
        (
            {"find": "idem", "filter": {"_id": {"principal": "u", "key": "k"}}},
            "an _id of type object is not narrowed by the store",
        ),
        (
            {"find": "audit", "filter": {"_id": {"$in": [1, 2, 3]}}},
            "_id $in of array<int>: not narrowed by the store",
        ),
        (
            {"find": "audit", "filter": {"_id": {"$in": [str(n) for n in range(1001)]}}},
            "_id $in of 1001 ids (more than 1,000)",
        ),
        (
            {"find": "groups", "filter": {"$and": [{"_id": "g1"}, {"version": 1}]}},
            "no _id in the filter",
        ),
        (
            {"find": "groups", "filter": {"$or": [{"_id": "g1"}, {"owner": "o1"}]}},
            "no _id in the filter",
        ),
        (
            {"mapReduce": "groups", "map": "f"},
            "unknown command mapReduce: not known to read by _id",
        ),
    ],
)
def test_any_other_filter_is_a_scan(command: dict[str, Any], why: str) -> None:
    [record] = _records(command)

    assert classify(record) == (Access.SCAN, why)


@pytest.mark.parametrize(
    "command",
    [
        {"insert": "audit", "documents": [{"_id": "1"}]},
        {"createIndexes": "users", "indexes": [{"key": {"username": 1}, "name": "u"}]},
        {"listIndexes": "users"},
        {"ping": 1},
        {"hello": 1},
        {"endSessions": [{"id": uuid.uuid4()}]},
        {"killCursors": "survivors", "cursors": [Int64(7)]},
    ],
)
def test_inserts_and_administrative_commands_are_not_scans(command: dict[str, Any]) -> None:
    [record] = _records(command)

    assert classify(record)[0] is not Access.SCAN


# --- the allow-list and the violations --------------------------------------------------


def test_an_allowed_scan_needs_its_reason() -> None:
    with pytest.raises(ValueError, match="reason"):
        AllowedScan(
            database="m_*", collection="opportunities", command="find", shape={}, reason=" "
        )


def test_violations_are_the_scans_no_entry_covers_and_are_listed_by_shape() -> None:
    records = [
        *_records({"find": "opportunities", "filter": {"status": "open"}}),
        *_records({"find": "matches", "filter": {"survivor_id": SURVIVOR}}),
        *_records({"find": "matches", "filter": {"survivor_id": "another one"}}),
        *_records({"find": "matches", "filter": {"_id": "m1"}}),
        *_records({"find": "opportunities", "filter": {"status": "open"}}, db="other_db"),
    ]
    allowed = [
        AllowedScan(
            database="m_*",
            collection="opportunities",
            command="find",
            shape={"status": "string"},
            reason="start-up: the matching index is rebuilt from every open opportunity",
        )
    ]

    found = violations(records, allowed)

    assert [(v.record["db"], v.record["collection"]) for v in found] == [
        ("m_db", "matches"),
        ("m_db", "matches"),
        ("other_db", "opportunities"),
    ]
    assert describe_violations(found).splitlines() == [
        'matching m_db.matches find {"survivor_id": "string"}: no _id in the filter (x2)',
        'matching other_db.opportunities find {"status": "string"}: no _id in the filter (x1)',
    ]


def test_an_entry_may_be_limited_to_a_role_and_may_cover_any_shape() -> None:
    [record] = _records({"find": "users", "filter": {"username": USERNAME}})
    cli = AllowedScan(
        database="*",
        collection="*",
        command="*",
        shape=None,
        role="gateway-cli",
        reason="operator command: create-admin",
    )

    assert violations([record], [cli])
    assert not violations([record | {"role": "gateway-cli"}], [cli])


# --- the log file ----------------------------------------------------------------------


def test_threads_appending_to_one_log_never_mix_their_lines(tmp_path: Path) -> None:
    log = tmp_path / "commands.jsonl"
    listeners = [StoreCommandLog(log, role=f"role{n}") for n in range(4)]
    command = {"update": "c", "updates": [{"q": {"_id": str(n)}, "u": {}} for n in range(30)]}

    def send(listener: StoreCommandLog) -> None:
        for _ in range(50):
            listener.started(_started(command))

    threads = [threading.Thread(target=send, args=(listener,)) for listener in listeners]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    for listener in listeners:
        listener.close()

    lines = log.read_text().splitlines()
    assert len(lines) == 4 * 50 * 30
    assert {json.loads(line)["role"] for line in lines} == {f"role{n}" for n in range(4)}


def test_a_line_still_being_written_is_left_for_the_next_read(tmp_path: Path) -> None:
    log = tmp_path / "commands.jsonl"
    log.write_text('{"command": "find"}\n{"command": "upd')

    assert read_log(log) == [{"command": "find"}]
    assert read_log(tmp_path / "missing.jsonl") == []


def test_the_setting_and_the_client_keyword_install_the_log(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    log = tmp_path / "commands.jsonl"
    monkeypatch.setenv("PATHWAYS_STORE_COMMAND_LOG", str(log))

    settings = ServiceSettings()
    with_log = create_mongo_client(
        uri="mongodb://127.0.0.1:1", app_name="matching", command_log=settings.store_command_log
    )
    without = create_mongo_client(uri="mongodb://127.0.0.1:1", app_name="matching")
    try:
        assert settings.store_command_log == str(log)
        assert log.exists()  # opened at once: a bad path fails at start-up, not silently
        listeners = with_log.options.event_listeners
        # pymongo annotates the listeners it was given as its internal _EventListeners.
        assert [type(listener) for listener in listeners] == [StoreCommandLog]  # type: ignore[comparison-overlap]
        assert without.options.event_listeners == []
    finally:
        with_log.close()
        without.close()
    monkeypatch.delenv("PATHWAYS_STORE_COMMAND_LOG")
    assert ServiceSettings().store_command_log == ""  # off unless asked for


def test_a_start_up_allowance_does_not_hide_the_same_scan_on_a_hot_path() -> None:
    [record] = _records({"find": "opportunities", "filter": {"status": {"$ne": "closed"}}})
    rebuild = AllowedScan(
        database="m_*",
        collection="opportunities",
        command="find",
        shape={"status": {"$ne": "string"}},
        phase="start-up",
        reason="start-up: the matching index is rebuilt",
    )

    assert not violations([record | {"phase": "start-up"}], [rebuild])
    assert violations([record | {"phase": "running"}], [rebuild])
    assert violations([record], [rebuild])  # unmarked records count as running
