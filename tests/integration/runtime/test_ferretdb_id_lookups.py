"""`_id`-based filters give MongoDB's answers on the real server.

Against FerretDB these are the filters that infra/ferretdb.sh's patch narrows with the
`_id` index (exact string, ObjectId or binary `_id`; `_id: {$in: [...]}`; a `$or` of
such branches and empty `$in`s, libmongocrypt's data-key query). The narrowing must
never lose a matching document nor let a non-matching one through, whatever else is in
the filter. The expected values follow from MongoDB's query semantics; nothing is timed.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from bson.binary import Binary, UuidRepresentation
from bson.objectid import ObjectId
from bson.regex import Regex
from pymongo import MongoClient, ReturnDocument
from pymongo.collection import Collection
from pymongo.errors import OperationFailure

# Binary ids whose base64 text holds "+" and "/" (the characters JSON could escape),
# the same bytes under two subtypes, and a UUID as the key vault stores it.
UUID_A = Binary(bytes.fromhex("fbff000102030405060708090a0b0c0d"), 4)
UUID_B = Binary(bytes.fromhex("0123456789abcdef0123456789abcdef"), 4)
UUID_ABSENT = Binary(bytes.fromhex("ffffffffffffffffffffffffffffffff"), 4)
BIN_SUB0 = Binary(b"\xff\xfe\xfd?>", 0)
BIN_SUB5_SAME_BYTES = Binary(b"\xff\xfe\xfd?>", 5)
OID_A = ObjectId("65a1b2c3d4e5f60718293a4b")
OID_ABSENT = ObjectId("65a1b2c3d4e5f60718293a4c")

DOCS: list[dict[str, Any]] = [
    {"_id": "s-a", "kind": "x", "version": 1, "keyAltNames": []},
    {"_id": "s-b", "kind": "y", "version": 2, "keyAltNames": []},
    {"_id": "s-c", "kind": "x", "version": 3, "keyAltNames": ["alt-c"]},
    {"_id": OID_A, "kind": "x", "version": 1, "keyAltNames": []},
    {"_id": UUID_A, "kind": "key", "version": 1, "keyAltNames": ["alt-a"]},
    {"_id": UUID_B, "kind": "key", "version": 1, "keyAltNames": []},
    {"_id": BIN_SUB0, "kind": "y", "version": 1, "keyAltNames": []},
    {"_id": 7, "kind": "x", "version": 1, "keyAltNames": []},
]


@pytest.fixture
def coll(mongodb_uri: str, unique_name: str) -> Iterator[Collection[dict[str, Any]]]:
    # The default UUID representation hands subtype 4 back as Binary, as stored.
    client: MongoClient[dict[str, Any]] = MongoClient(mongodb_uri, serverSelectionTimeoutMS=5000)
    try:
        collection = client[unique_name]["things"]
        collection.insert_many([dict(d) for d in DOCS])
        yield collection
    finally:
        client.drop_database(unique_name)
        client.close()


def _as_stored(value: Any) -> Any:
    # pymongo hands binary subtype 0 back as plain bytes.
    if isinstance(value, bytes) and not isinstance(value, Binary):
        return Binary(value, 0)
    return value


def ids(collection: Collection[dict[str, Any]], filter_: dict[str, Any]) -> list[Any]:
    return sorted((_as_stored(d["_id"]) for d in collection.find(filter_)), key=repr)


def expect(*values: Any) -> list[Any]:
    return sorted(values, key=repr)


def test_exact_binary_id_matches_bytes_and_subtype(coll: Collection[dict[str, Any]]) -> None:
    found = coll.find_one({"_id": UUID_A})
    assert found is not None
    assert found["kind"] == "key"
    assert ids(coll, {"_id": BIN_SUB0}) == [BIN_SUB0]
    # Same bytes, other subtype: a different value in MongoDB.
    assert ids(coll, {"_id": BIN_SUB5_SAME_BYTES}) == []
    assert coll.find_one({"_id": UUID_ABSENT}) is None
    # The UUID given as a uuid.UUID, which the client encodes as subtype 4.
    standard = coll.with_options(
        codec_options=coll.codec_options.with_options(
            uuid_representation=UuidRepresentation.STANDARD
        )
    )
    uuid_b = UUID_B.as_uuid(UuidRepresentation.STANDARD)
    assert [d["_id"] for d in standard.find({"_id": uuid_b})] == [uuid_b]


def test_exact_id_beside_other_fields(coll: Collection[dict[str, Any]]) -> None:
    assert ids(coll, {"_id": "s-a", "version": 1}) == ["s-a"]
    assert ids(coll, {"_id": "s-a", "version": 2}) == []
    assert ids(coll, {"_id": UUID_A, "kind": "key"}) == [UUID_A]
    assert ids(coll, {"_id": OID_A, "kind": "y"}) == []


def test_in_returns_the_present_ids_only(coll: Collection[dict[str, Any]]) -> None:
    assert ids(coll, {"_id": {"$in": ["s-a", "s-c", "s-absent"]}}) == expect("s-a", "s-c")
    assert ids(coll, {"_id": {"$in": [OID_A, OID_ABSENT, UUID_B, UUID_ABSENT, "s-b"]}}) == expect(
        OID_A, UUID_B, "s-b"
    )
    assert ids(coll, {"_id": {"$in": ["s-absent", UUID_ABSENT]}}) == []
    assert ids(coll, {"_id": {"$in": []}}) == []
    assert ids(coll, {"_id": {"$in": [BIN_SUB5_SAME_BYTES]}}) == []


def test_in_beside_other_fields(coll: Collection[dict[str, Any]]) -> None:
    filter_ = {"_id": {"$in": ["s-a", "s-b", "s-c", UUID_A]}, "kind": "x"}
    assert ids(coll, filter_) == expect("s-a", "s-c")
    assert ids(coll, {"kind": "x", "_id": {"$in": ["s-b"]}}) == []


def test_in_with_other_value_types_or_operators(coll: Collection[dict[str, Any]]) -> None:
    # Not narrowed (a number, a regular expression, a second operator): still right.
    assert ids(coll, {"_id": {"$in": ["s-a", 7]}}) == expect("s-a", 7)
    assert ids(coll, {"_id": {"$in": [Regex("^s-[bc]$")]}}) == expect("s-b", "s-c")
    assert ids(coll, {"_id": {"$in": ["s-a", "s-b"], "$nin": ["s-b"]}}) == ["s-a"]


def test_in_longer_than_the_narrowing_cap(coll: Collection[dict[str, Any]]) -> None:
    many = [f"s-absent-{i}" for i in range(1500)] + ["s-c", UUID_B]
    assert ids(coll, {"_id": {"$in": many}}) == expect("s-c", UUID_B)


def test_libmongocrypt_key_query(coll: Collection[dict[str, Any]]) -> None:
    # What libmongocrypt sends to fetch data keys by id (seen with a CommandListener).
    def key_query(*key_ids: Binary, alt_names: tuple[str, ...] = ()) -> dict[str, Any]:
        return {
            "$or": [
                {"_id": {"$in": list(key_ids)}},
                {"keyAltNames": {"$in": list(alt_names)}},
            ]
        }

    assert ids(coll, key_query(UUID_A)) == [UUID_A]
    assert ids(coll, key_query(UUID_A, UUID_B, UUID_ABSENT)) == expect(UUID_A, UUID_B)
    assert ids(coll, key_query(UUID_ABSENT)) == []
    assert ids(coll, key_query()) == []
    # By alternate name (not narrowed: the branch can match any document).
    assert ids(coll, key_query(alt_names=("alt-c",))) == ["s-c"]
    assert ids(coll, key_query(UUID_B, alt_names=("alt-a",))) == expect(UUID_A, UUID_B)


def test_or_of_id_branches(coll: Collection[dict[str, Any]]) -> None:
    assert ids(coll, {"$or": [{"_id": "s-a"}, {"_id": OID_A}]}) == expect("s-a", OID_A)
    assert ids(coll, {"$or": [{"_id": "s-a", "kind": "y"}, {"_id": "s-b", "kind": "y"}]}) == ["s-b"]
    assert ids(coll, {"$or": [{"_id": {"$in": ["s-a"]}}, {"kind": "key"}]}) == expect(
        "s-a", UUID_A, UUID_B
    )
    assert ids(coll, {"$or": [{"_id": "s-a"}, {"_id": "s-b"}], "version": 2}) == ["s-b"]
    assert ids(coll, {"$or": [{"$or": [{"_id": UUID_A}]}, {"_id": {"$in": ["s-c"]}}]}) == expect(
        UUID_A, "s-c"
    )


def test_empty_or_is_still_an_error(coll: Collection[dict[str, Any]]) -> None:
    with pytest.raises(OperationFailure):
        coll.find_one({"$or": []})


def test_writes_and_counts_by_id_lists(coll: Collection[dict[str, Any]]) -> None:
    in_filter: dict[str, Any] = {"_id": {"$in": ["s-a", "s-c", "s-absent", UUID_B]}}
    assert coll.count_documents(in_filter) == 3
    assert coll.count_documents({**in_filter, "kind": "x"}) == 2
    pipeline: list[dict[str, Any]] = [
        {"$match": in_filter},
        {"$sort": {"version": -1, "kind": 1}},
        {"$project": {"_id": 1}},
    ]
    assert [d["_id"] for d in coll.aggregate(pipeline)] == ["s-c", UUID_B, "s-a"]

    assert coll.update_many(in_filter, {"$inc": {"version": 10}}).modified_count == 3
    one = coll.update_one({"_id": {"$in": ["s-b", "s-absent"]}}, {"$set": {"kind": "z"}})
    assert one.modified_count == 1
    after = coll.find_one_and_update(
        {"$or": [{"_id": {"$in": [UUID_A]}}, {"keyAltNames": {"$in": []}}]},
        {"$set": {"kind": "rotated"}},
        return_document=ReturnDocument.AFTER,
    )
    assert after is not None
    assert after["_id"] == UUID_A
    assert after["kind"] == "rotated"

    versions = {repr(_as_stored(d["_id"])): d["version"] for d in coll.find()}
    assert versions == {
        repr("s-a"): 11,
        repr("s-b"): 2,
        repr("s-c"): 13,
        repr(OID_A): 1,
        repr(UUID_A): 1,
        repr(UUID_B): 11,
        repr(BIN_SUB0): 1,
        repr(7): 1,
    }
    assert ids(coll, {"kind": "z"}) == ["s-b"]

    assert coll.delete_many({"_id": {"$in": ["s-a", OID_A, UUID_ABSENT]}}).deleted_count == 2
    assert coll.delete_one({"_id": {"$in": [UUID_B, "s-absent"]}}).deleted_count == 1
    assert ids(coll, {}) == expect("s-b", "s-c", UUID_A, BIN_SUB0, 7)
