"""Times `_id`-based filters against one FerretDB (or MongoDB) server.

    .venv/bin/python infra/ferretdb/bench_id_lookups.py mongodb://127.0.0.1:47017 10000 [reps]

Fills database `bench_id_lookups` (dropped first, and at the end) with two collections
of N documents of about 1 KB: `s` with string `_id`s, `u` with UUID (binary subtype 4)
`_id`s, the key vault's shape. Then times each operation `reps` times with ids drawn at
random and prints the median and the slowest in milliseconds. Every result is checked,
so a wrong answer stops the run. The figures in infra/README.md come from this script.
"""

from __future__ import annotations

import random
import statistics
import sys
import time
import uuid
from collections.abc import Callable
from typing import Any

from bson.binary import Binary
from pymongo import MongoClient, ReturnDocument

PAYLOAD = "x" * 900
DB = "bench_id_lookups"
# Picks the ids to look up; nothing secret about them.
rng = random.Random()  # noqa: S311


def string_id(i: int) -> str:
    return f"doc-{i:07d}"


def fill(client: MongoClient[dict[str, Any]], n: int) -> list[Binary]:
    db = client[DB]
    client.drop_database(DB)
    uuids = [Binary.from_uuid(uuid.UUID(int=rng.getrandbits(128), version=4)) for _ in range(n)]
    for start in range(0, n, 1000):
        stop = min(start + 1000, n)
        db.s.insert_many(
            [{"_id": string_id(i), "n": 0, "payload": PAYLOAD} for i in range(start, stop)]
        )
        db.u.insert_many(
            [
                {"_id": uuids[i], "keyAltNames": [], "n": 0, "payload": PAYLOAD}
                for i in range(start, stop)
            ]
        )
    return uuids


def timed(reps: int, op: Callable[[], None], after: Callable[[], None] | None) -> str:
    times = []
    for _ in range(reps):
        start = time.perf_counter()
        op()
        times.append((time.perf_counter() - start) * 1000)
        if after is not None:
            after()  # not timed
    return f"median {statistics.median(times):8.1f} ms   max {max(times):8.1f} ms"


def main() -> None:
    uri, n = sys.argv[1], int(sys.argv[2])
    reps = int(sys.argv[3]) if len(sys.argv) > 3 else 20
    client: MongoClient[dict[str, Any]] = MongoClient(uri)
    start = time.perf_counter()
    uuids = fill(client, n)
    print(f"{uri}: {n} documents per collection, filled in {time.perf_counter() - start:.0f} s")
    db = client[DB]

    def some_ids(k: int) -> list[str]:
        return [string_id(i) for i in rng.sample(range(n), k)]

    def find_one_binary() -> None:
        i = rng.randrange(n)
        doc = db.u.find_one({"_id": uuids[i]})
        assert doc is not None
        assert doc["_id"] == uuids[i]

    def find_one_string() -> None:
        i = rng.randrange(n)
        doc = db.s.find_one({"_id": string_id(i)})
        assert doc is not None

    def find_in_100() -> None:
        ids = some_ids(100)
        assert sorted(d["_id"] for d in db.s.find({"_id": {"$in": ids}})) == sorted(ids)

    def find_crypt_or() -> None:
        key = uuids[rng.randrange(n)]
        filter_ = {"$or": [{"_id": {"$in": [key]}}, {"keyAltNames": {"$in": []}}]}
        assert [d["_id"] for d in db.u.find(filter_)] == [key]

    def count_in_100() -> None:
        assert db.s.count_documents({"_id": {"$in": some_ids(100)}}) == 100

    def update_one_in_100() -> None:
        res = db.s.update_one({"_id": {"$in": some_ids(100)}}, {"$inc": {"n": 1}})
        assert res.modified_count == 1

    def update_many_in_100() -> None:
        res = db.s.update_many({"_id": {"$in": some_ids(100)}}, {"$inc": {"n": 1}})
        assert res.modified_count == 100

    def find_and_modify_in_1() -> None:
        ids = some_ids(1)
        doc = db.s.find_one_and_update(
            {"_id": {"$in": ids}}, {"$inc": {"n": 1}}, return_document=ReturnDocument.AFTER
        )
        assert doc is not None
        assert doc["_id"] == ids[0]

    deleted: list[str] = []

    def delete_many_in_100() -> None:
        ids = some_ids(100)
        res = db.s.delete_many({"_id": {"$in": ids}})
        assert res.deleted_count == 100
        deleted.extend(ids)

    def reinsert() -> None:
        # Put the deleted documents back, so that every delete sees N documents.
        db.s.insert_many([{"_id": i, "n": 0, "payload": PAYLOAD} for i in deleted])
        deleted.clear()

    for name, op, after in [
        ("find_one, string _id (control)", find_one_string, None),
        ("find_one, binary (UUID) _id", find_one_binary, None),
        ("find, _id $in 100 strings", find_in_100, None),
        ("find, libmongocrypt $or (1 UUID)", find_crypt_or, None),
        ("count_documents, _id $in 100", count_in_100, None),
        ("update_one, _id $in 100", update_one_in_100, None),
        ("update_many, _id $in 100", update_many_in_100, None),
        ("find_one_and_update, _id $in 1", find_and_modify_in_1, None),
        ("delete_many, _id $in 100", delete_many_in_100, reinsert),
    ]:
        print(f"  {name:36s} {timed(reps, op, after)}", flush=True)
    client.drop_database(DB)
    client.close()


if __name__ == "__main__":
    main()
