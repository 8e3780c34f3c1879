"""Time from process start to SERVING, with the index snapshot and with a full rebuild.

Fills a database with N opportunities (as ``restart_read.py`` does; kept between runs
when it already holds N), then starts ``python -m matching`` three times against it:
with an empty snapshot directory (full rebuild from the database, which then writes the
snapshot), and twice more with the snapshot (restore and catch up). Each line printed is
one JSON object. Needs a running MongoDB-protocol server and Kafka:

    python bench/restart_snapshot.py --mongodb-uri mongodb://127.0.0.1:47019 \\
        --kafka-bootstrap 127.0.0.1:39094 --opportunities 100000
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / p) for p in ("protos", "services")]

import grpc  # noqa: E402
from grpc_health.v1 import health_pb2, health_pb2_grpc  # noqa: E402
from pymongo import MongoClient  # noqa: E402

from matching.adapters.mongo_repositories import MongoOpportunityRepository  # noqa: E402
from matching.adapters.proto_mapping import details_from_proto  # noqa: E402
from matching.adapters.vocabulary_files import load_vocabulary, vocabulary_fingerprint  # noqa: E402
from matching.domain.opportunity import Opportunity  # noqa: E402
from pathways_demo.generator import generate_population  # noqa: E402


def fill(client: MongoClient[dict[str, object]], database: str, count: int) -> None:
    collection = client[database].opportunities
    # Counting scans every document on FerretDB; the last and the next id are lookups.
    last, beyond = f"opp_{count - 1:06d}", f"opp_{count:06d}"
    if collection.find_one({"_id": last}, {"_id": 1}) and not collection.find_one(
        {"_id": beyond}, {"_id": 1}
    ):
        print(json.dumps({"database": database, "opportunities": count, "reused": True}))
        return
    client.drop_database(database)
    vocabulary = load_vocabulary()
    repository = MongoOpportunityRepository(
        client[database], vocabulary_version=vocabulary_fingerprint()
    )
    population = generate_population(survivors=10, opportunities=count, seed=11)
    documents = []
    for i, synthetic in enumerate(population.opportunities):
        details = details_from_proto(synthetic.opportunity)
        text = f"{details.title}\n{details.description}"
        opportunity = Opportunity(
            opportunity_id=f"opp_{i:06d}",
            organisation_id=synthetic.organisation_id,
            details=details,
            detected_sectors=vocabulary.sectors_in(text),
            concepts=vocabulary.concepts_in(text),
            version=1,
        )
        documents.append({**repository._to(opportunity), "outbox": []})
    started = time.perf_counter()
    for start in range(0, len(documents), 5_000):
        collection.insert_many(documents[start : start + 5_000])
    print(
        json.dumps(
            {"database": database, "inserted": count, "seconds": time.perf_counter() - started}
        )
    )


def serving(address: str) -> bool:
    try:
        with grpc.insecure_channel(address) as channel:
            reply = health_pb2_grpc.HealthStub(channel).Check(
                health_pb2.HealthCheckRequest(service=""), timeout=1
            )
            return bool(reply.status == health_pb2.HealthCheckResponse.SERVING)
    except grpc.RpcError:
        return False


def start_to_serving(args: argparse.Namespace, snapshot_dir: Path, label: str) -> dict[str, object]:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    env = {k: v for k, v in os.environ.items() if not k.startswith("PATHWAYS_")}
    env.update(
        PYTHONPATH=f"{ROOT / 'protos'}:{ROOT / 'services'}",
        PATHWAYS_GRPC_PORT=str(port),
        PATHWAYS_KAFKA_BOOTSTRAP=args.kafka_bootstrap,
        PATHWAYS_MONGODB_URI=args.mongodb_uri,
        PATHWAYS_MONGODB_DATABASE=args.database,
        PATHWAYS_HEALTH_CHECK_INTERVAL_S="0.2",
        # FerretDB needs over 10 s for the first batch of a 100,000-document scan; the
        # default socket timeout (twice this, at least 10 s) would abort the full rebuild.
        PATHWAYS_MONGODB_TIMEOUT_MS=str(args.mongodb_timeout_ms),
        PATHWAYS_INDEX_SNAPSHOT_DIR=str(snapshot_dir),
    )
    log_path = snapshot_dir.parent / f"{label}.log"
    with log_path.open("wb") as log:
        started = time.perf_counter()
        process = subprocess.Popen(
            [sys.executable, "-m", "matching"], cwd=ROOT, env=env, stdout=log, stderr=log
        )
        address = f"127.0.0.1:{port}"
        while not serving(address):
            if process.poll() is not None or time.perf_counter() - started > args.timeout_s:
                process.kill()
                raise SystemExit(f"{label}: not SERVING; see {log_path}")
            time.sleep(0.1)
        seconds = time.perf_counter() - started
        # After a rebuild, let it write its snapshot before stopping (a restored index is
        # already on disk: nothing to wait for).
        deadline = time.monotonic() + args.timeout_s
        while b"index built" in log_path.read_bytes() and (
            b"index snapshot written" not in log_path.read_bytes()
        ):
            if time.monotonic() > deadline:
                break
            time.sleep(0.5)
        process.send_signal(signal.SIGTERM)
        process.wait(timeout=60)
    text = log_path.read_text(errors="replace")
    source = "snapshot" if "index restored from snapshot" in text else "database"
    return {
        "run": label,
        "opportunities": args.opportunities,
        "index_from": source,
        "start_to_serving_s": round(seconds, 2),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mongodb-uri", required=True)
    parser.add_argument("--kafka-bootstrap", required=True)
    parser.add_argument("--opportunities", type=int, default=100_000)
    parser.add_argument("--database", default="pathways_restart_snapshot_bench")
    parser.add_argument("--timeout-s", type=float, default=600.0)
    parser.add_argument("--mongodb-timeout-ms", type=int, default=60_000)
    args = parser.parse_args()
    client: MongoClient[dict[str, object]] = MongoClient(args.mongodb_uri)
    fill(client, args.database, args.opportunities)
    with tempfile.TemporaryDirectory() as work:
        snapshot_dir = Path(work) / "snapshots"
        for label in ("full_rebuild", "snapshot", "snapshot_again"):
            print(json.dumps(start_to_serving(args, snapshot_dir, label)), flush=True)
        size = sum(p.stat().st_size for p in snapshot_dir.glob("*.npz"))
        print(json.dumps({"snapshot_bytes": size}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
