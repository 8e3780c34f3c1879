"""GetMatches over gRPC against a real matching process, its memory, and the naive baseline.

For each size: N demo opportunities are written into a fresh matching database (directly,
with matching's repository: ``bench/stack.py``), ``python -m matching`` is started and
builds its index from the database, survivors are registered through gRPC (employment-ready,
consenting), and top-10 ``GetMatches`` calls are timed one after another over one channel
(after a warm-up). The resident size of the process (VmRSS) is read from /proc once the
queries ran. Then the naive baseline (``bench/naive_matching.py``: read the open
opportunities from MongoDB, score each in Python) answers a few of the same survivors on
the same database, and the ratio of the medians is reported. One JSON object per size.

    .venv/bin/python bench/service_latency.py --sizes 1000 10000 100000
    .venv/bin/python bench/service_latency.py --quick
    # on servers already running (otherwise it starts its own under .local/bench-service):
    .venv/bin/python bench/service_latency.py --mongodb-uri URI --kafka-bootstrap HOST:PORT
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from datetime import UTC, datetime
from typing import Any

import grpc
from naive_matching import naive_matches
from pymongo import MongoClient
from stack import (
    ROOT,
    bench_infrastructure,
    fill_opportunities,
    free_port,
    officer_metadata,
    percentile,
    register_ready_survivors,
    rss_mib,
    service_env,
    start_service,
)

from matching.adapters.proto_mapping import profile_from_proto
from matching.domain.survivor import Survivor
from matching.domain.values import ConsentPurpose, ReadinessStage
from pathways.v1 import matching_pb2, matching_pb2_grpc
from pathways_demo.generator import generate_population

SURVIVOR_SEED = 5


def naive_survivors(count: int) -> list[Survivor]:
    """The same demo survivors the service holds, as domain objects for the naive code."""
    now = datetime.now(UTC)
    population = generate_population(survivors=count, opportunities=1, seed=SURVIVOR_SEED)
    people = []
    for i, item in enumerate(population.survivors):
        survivor = Survivor.register(
            survivor_id=f"srv_naive_{i}",
            organisation_id=item.organisation_id,
            alias="P-NAIVE",
            profile=profile_from_proto(item.profile),
        )
        survivor.assess_readiness(
            stage=ReadinessStage.EMPLOYMENT_READY, at=now, review_due=None, by="bench"
        )
        survivor.set_consent(purpose=ConsentPurpose.MATCHING, granted=True, at=now, by="bench")
        people.append(survivor)
    return people


def run_size(size: int, *, addresses: dict[str, str], args: argparse.Namespace) -> dict[str, Any]:
    database = f"pathways_bench_{size}"
    fill_s = fill_opportunities(addresses["PATHWAYS_MONGODB_URI"], database, size)
    env = service_env(
        addresses,
        PATHWAYS_GRPC_PORT=str(free_port()),
        PATHWAYS_MONGODB_DATABASE=database,
        # FerretDB needs over 10 s for the first batch of a 100,000-document scan.
        PATHWAYS_MONGODB_TIMEOUT_MS="120000",
    )
    started = time.perf_counter()
    matching = start_service(
        "matching", env=env, log_dir=ROOT / ".local" / "bench-service" / "logs", name=f"m{size}"
    )
    start_s = time.perf_counter() - started
    try:
        rss_idle = rss_mib(matching.pid)
        survivors = register_ready_survivors(matching.address, count=args.survivors)
        latencies: list[float] = []
        reads: list[float] = []
        returned: list[int] = []
        with grpc.insecure_channel(matching.address) as channel:
            stub = matching_pb2_grpc.MatchingServiceStub(channel)
            for q in range(args.warmup + args.queries):
                survivor_id, organisation_id = survivors[q % len(survivors)]
                metadata = officer_metadata(organisation_id)
                request = matching_pb2.GetMatchesRequest(survivor_id=survivor_id, top_k=10)
                t0 = time.perf_counter()
                reply = stub.GetMatches(request, metadata=metadata, timeout=30)
                elapsed = (time.perf_counter() - t0) * 1000
                t1 = time.perf_counter()
                # The same identity check and survivor read, without the index: the split.
                stub.GetSurvivor(
                    matching_pb2.GetSurvivorRequest(survivor_id=survivor_id),
                    metadata=metadata,
                    timeout=30,
                )
                if q >= args.warmup:
                    latencies.append(elapsed)
                    reads.append((time.perf_counter() - t1) * 1000)
                    returned.append(len(reply.matches))
        rss = rss_mib(matching.pid)
    finally:
        matching.stop()

    naive_queries = args.naive_queries.get(size, 1)
    naive_ms: list[float] = []
    if naive_queries:
        client: MongoClient[dict[str, Any]] = MongoClient(
            addresses["PATHWAYS_MONGODB_URI"], socketTimeoutMS=900_000
        )
        try:
            for survivor in naive_survivors(naive_queries):
                t0 = time.perf_counter()
                naive_matches(client[database], survivor, k=10)
                naive_ms.append((time.perf_counter() - t0) * 1000)
        finally:
            client.close()
    p50 = statistics.median(latencies)
    result: dict[str, Any] = {
        "opportunities": size,
        "fill_s": round(fill_s, 1),
        "start_to_serving_s": round(start_s, 1),
        "queries": len(latencies),
        "survivors": len(survivors),
        "mean_results": round(statistics.mean(returned), 1),
        "p50_ms": round(p50, 2),
        "p99_ms": round(percentile(latencies, 0.99), 2),
        "max_ms": round(max(latencies), 2),
        "get_survivor_p50_ms": round(statistics.median(reads), 2),
        "get_survivor_p99_ms": round(percentile(reads, 0.99), 2),
        "rss_idle_mib": round(rss_idle, 1),
        "rss_mib": round(rss, 1),
        "naive_queries": len(naive_ms),
    }
    if naive_ms:
        result["naive_median_ms"] = round(statistics.median(naive_ms), 1)
        result["speedup"] = round(statistics.median(naive_ms) / p50, 1)
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1_000, 10_000, 100_000])
    parser.add_argument("--queries", type=int, default=1_000)
    parser.add_argument("--warmup", type=int, default=50)
    parser.add_argument("--survivors", type=int, default=200)
    parser.add_argument(
        "--naive",
        default="1000:10,10000:3,100000:1",
        help="naive queries per size, SIZE:COUNT,... (FerretDB reads 100,000 in over a minute)",
    )
    parser.add_argument("--quick", action="store_true", help="1k and 5k, 200 queries")
    parser.add_argument("--mongodb-uri", default="")
    parser.add_argument("--kafka-bootstrap", default="")
    args = parser.parse_args()
    if args.quick:
        args.sizes, args.queries, args.survivors = [1_000, 5_000], 200, 40
        args.naive = "1000:3,5000:1"
    args.naive_queries = {
        int(size): int(count)
        for size, count in (item.split(":") for item in args.naive.split(",") if item)
    }
    with bench_infrastructure(
        name="bench-service",
        mongodb_uri=args.mongodb_uri,
        kafka_bootstrap=args.kafka_bootstrap,
    ) as addresses:
        for size in args.sizes:
            print(json.dumps(run_size(size, addresses=addresses, args=args)), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
