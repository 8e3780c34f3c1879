"""What the service benchmarks share: their own Kafka and FerretDB, our processes, data.

``bench_infrastructure()`` starts Kafka and FerretDB on free ports with a run directory
under ``.local/`` (``infra/local_stack.py``'s ``infrastructure()``), unless addresses are
given. ``start_service()`` runs ``python -m <module>`` and waits for it (gRPC health
SERVING, or the gateway's ``/healthz``). Opportunities are written straight into matching's
database with its repository (as ``bench/restart_snapshot.py`` does: posting 100,000 over
gRPC would take hours on FerretDB); survivors go through matching's gRPC API.
"""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "protos"), str(ROOT / "services")]

import grpc  # noqa: E402
from grpc_health.v1 import health_pb2, health_pb2_grpc  # noqa: E402
from pymongo import MongoClient  # noqa: E402

from infra.local_stack import infrastructure  # noqa: E402
from pathways.v1 import common_pb2, matching_pb2, matching_pb2_grpc  # noqa: E402
from pathways_runtime.caller_assertion import (  # noqa: E402
    CallerAssertionSigner,
    development_private_key,
)
from pathways_runtime.identity import CallerIdentity  # noqa: E402

__all__ = [
    "ROOT",
    "Service",
    "bench_infrastructure",
    "cpu_seconds",
    "free_port",
    "infrastructure_pids",
    "officer_metadata",
    "percentile",
    "register_ready_survivors",
    "rss_mib",
    "start_service",
]

OPPORTUNITY_SEED = 11


def free_port(*, pair: bool = False) -> int:
    """A free port (and, with ``pair``, the next one free too: Kafka's controller)."""
    while True:
        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            port: int = sock.getsockname()[1]
        if not pair:
            return port
        with socket.socket() as sock:
            try:
                sock.bind(("127.0.0.1", port + 1))
            except OSError:
                continue
        return port


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def rss_mib(pid: int) -> float:
    """Resident set size of a process, from /proc."""
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def cpu_seconds(pid: int) -> float:
    """utime + stime of a process (all its threads), from /proc."""
    with open(f"/proc/{pid}/stat") as stat:
        fields = stat.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def infrastructure_pids(run_dir: Path) -> dict[str, int]:
    """The pids of FerretDB (and the key vault's), and Kafka started under ``run_dir`` (none
    if given ones are used)."""
    pids = {}
    for name, pid_file in (
        ("ferretdb", "ferretdb/ferretdb.pid"),
        ("ferretdb key vault", "ferretdb-keyvault/ferretdb.pid"),
        ("kafka", "kafka/kafka.pid"),
    ):
        path = run_dir / pid_file
        if path.exists():
            pids[name] = int(path.read_text().strip())
    return pids


@contextlib.contextmanager
def bench_infrastructure(
    *, name: str, mongodb_uri: str = "", kafka_bootstrap: str = ""
) -> Iterator[dict[str, str]]:
    """Addresses of Kafka and the MongoDB-protocol server: the given ones, or our own."""
    if mongodb_uri and kafka_bootstrap:
        yield {"PATHWAYS_KAFKA_BOOTSTRAP": kafka_bootstrap, "PATHWAYS_MONGODB_URI": mongodb_uri}
        return
    # The infrastructure scripts talk on stdout; the benchmarks' figures are the JSON lines.
    with infrastructure(
        run_dir=ROOT / ".local" / name,
        kafka_port=free_port(pair=True),
        ferretdb_port=free_port(),
        key_vault_port=free_port(),
    ) as addresses:
        yield addresses


@dataclass
class Service:
    module: str
    process: subprocess.Popen[bytes]
    address: str
    log_path: Path

    @property
    def pid(self) -> int:
        return self.process.pid

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=10)

    def log_tail(self, size: int = 3000) -> str:
        return self.log_path.read_text(errors="replace")[-size:]


def _serving(address: str) -> bool:
    try:
        with grpc.insecure_channel(address) as channel:
            reply = health_pb2_grpc.HealthStub(channel).Check(
                health_pb2.HealthCheckRequest(service=""), timeout=2
            )
            return bool(reply.status == health_pb2.HealthCheckResponse.SERVING)
    except grpc.RpcError:
        return False


def _http_up(url: str) -> bool:
    import httpx2 as httpx

    try:
        return httpx.get(f"{url}/healthz", timeout=2).status_code == 200
    except httpx.TransportError:
        return False


def service_env(addresses: Mapping[str, str], **overrides: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PATHWAYS_")}
    env.update(addresses)
    # A PYTHONPATH given to the benchmark is searched first: a baseline run can put another
    # tree's packages (say the committed ``pathways_runtime``) before this one's.
    given = os.environ.get("PYTHONPATH", "")
    env.update(
        PYTHONPATH=":".join(p for p in (given, f"{ROOT / 'protos'}:{ROOT / 'services'}") if p),
        PATHWAYS_ENVIRONMENT="development",
        PATHWAYS_LOG_LEVEL="WARNING",
        PATHWAYS_HEALTH_CHECK_INTERVAL_S="0.5",
    )
    env.update(overrides)
    return env


def start_service(
    module: str,
    *,
    env: Mapping[str, str],
    log_dir: Path,
    name: str,
    timeout_s: float = 900.0,
    command: tuple[str, ...] = (),
) -> Service:
    """Start ``python -m module`` (or ``command``: the same server another way, e.g. under a
    profiler) on the gRPC or HTTP port given in ``env``, and wait until it answers."""
    log_dir.mkdir(parents=True, exist_ok=True)
    log_path = log_dir / f"{name}.log"
    ready: Callable[[str], bool]
    if module == "gateway":
        address = f"http://127.0.0.1:{env['PATHWAYS_HTTP_PORT']}"
        ready = _http_up
    else:
        address = f"127.0.0.1:{env['PATHWAYS_GRPC_PORT']}"
        ready = _serving
    with log_path.open("ab") as log:
        process = subprocess.Popen(
            list(command) or [sys.executable, "-m", module],
            cwd=ROOT,
            env=dict(env),
            stdout=log,
            stderr=subprocess.STDOUT,
        )
    service = Service(module, process, address, log_path)
    started = time.monotonic()
    while not ready(address):
        if process.poll() is not None or time.monotonic() - started > timeout_s:
            service.stop()
            raise SystemExit(f"{module} did not start:\n{service.log_tail()}")
        time.sleep(0.2)
    return service


#: Signs as the gateway does, with the development key (the benchmarks' services run in
#: development mode, where it is believed).
_SIGNER = CallerAssertionSigner(private_key=development_private_key())


def officer_metadata(organisation_id: str) -> tuple[tuple[str, str], ...]:
    """Metadata for one call to matching as an officer of ``organisation_id``: a fresh
    assertion (valid 60 s), so take a new one per call in anything that runs longer."""
    caller = CallerIdentity(f"u_bench_{organisation_id}", organisation_id, "reintegration_officer")
    return _SIGNER.metadata(caller, audience="matching")


def register_ready_survivors(
    address: str, *, count: int, seed: int = 5, workers: int = 8, organisation_id: str = ""
) -> list[tuple[str, str]]:
    """Register ``count`` demo survivors through gRPC, employment-ready and consenting to
    matching (in their demo organisation, or in ``organisation_id``); returns (survivor id,
    the organisation whose officers may ask for them: ``officer_metadata``)."""
    from concurrent.futures import ThreadPoolExecutor

    from google.protobuf.timestamp_pb2 import Timestamp

    from pathways_demo.generator import generate_population

    population = generate_population(survivors=count, opportunities=1, seed=seed)
    review_due = Timestamp()
    review_due.FromDatetime(datetime(2030, 1, 1, tzinfo=UTC))

    def one(item: Any) -> tuple[str, str]:
        owner = organisation_id or item.organisation_id
        metadata = officer_metadata(owner)
        with grpc.insecure_channel(address) as channel:
            stub = matching_pb2_grpc.MatchingServiceStub(channel)
            survivor = stub.RegisterSurvivor(
                matching_pb2.RegisterSurvivorRequest(
                    profile=item.profile,
                    request_id=f"bench-{organisation_id}-{item.request_id}",
                ),
                metadata=metadata,
                timeout=60,
            )
            stub.AssessReadiness(
                matching_pb2.AssessReadinessRequest(
                    survivor_id=survivor.survivor_id,
                    stage=common_pb2.READINESS_STAGE_EMPLOYMENT_READY,
                    review_due=review_due,
                ),
                metadata=metadata,
                timeout=60,
            )
            stub.SetConsent(
                matching_pb2.SetConsentRequest(
                    survivor_id=survivor.survivor_id,
                    purpose=common_pb2.CONSENT_PURPOSE_MATCHING,
                    granted=True,
                ),
                metadata=metadata,
                timeout=60,
            )
        return survivor.survivor_id, owner

    with ThreadPoolExecutor(max_workers=workers) as pool:
        return list(pool.map(one, population.survivors))


def write_owned_opportunities(
    mongodb_uri: str, database: str, count: int, *, job_owner: str, training_owner: str
) -> tuple[list[str], list[str]]:
    """Write ``count`` demo opportunities into a fresh matching database, jobs owned by
    ``job_owner`` and courses by ``training_owner`` (organisations made in the gateway);
    returns the ids of the jobs and of the courses."""

    from matching.adapters.mongo_repositories import MongoOpportunityRepository
    from matching.adapters.proto_mapping import details_from_proto
    from matching.adapters.vocabulary_files import load_vocabulary, vocabulary_fingerprint
    from matching.domain.opportunity import Opportunity
    from pathways_demo.generator import generate_population

    client: MongoClient[dict[str, object]] = MongoClient(mongodb_uri, socketTimeoutMS=600_000)
    try:
        client.drop_database(database)
        vocabulary = load_vocabulary()
        repository = MongoOpportunityRepository(
            client[database], vocabulary_version=vocabulary_fingerprint()
        )
        population = generate_population(survivors=1, opportunities=count, seed=OPPORTUNITY_SEED)
        documents: list[dict[str, object]] = []
        jobs: list[str] = []
        courses: list[str] = []
        for i, synthetic in enumerate(population.opportunities):
            details = details_from_proto(synthetic.opportunity)
            text = f"{details.title}\n{details.description}"
            opportunity = Opportunity(
                opportunity_id=f"opp_{i:06d}",
                organisation_id=job_owner if synthetic.is_job else training_owner,
                details=details,
                detected_sectors=vocabulary.sectors_in(text),
                concepts=vocabulary.concepts_in(text),
                version=1,
            )
            (jobs if synthetic.is_job else courses).append(opportunity.opportunity_id)
            documents.append({**repository._to(opportunity), "outbox": []})
        for start in range(0, len(documents), 5_000):
            client[database].opportunities.insert_many(documents[start : start + 5_000])
    finally:
        client.close()
    return jobs, courses


def fill_opportunities(mongodb_uri: str, database: str, count: int) -> float:
    """Write ``count`` demo opportunities into matching's database (kept when already there);
    returns the seconds spent."""
    import io

    from restart_snapshot import fill

    started = time.perf_counter()
    client: MongoClient[dict[str, object]] = MongoClient(mongodb_uri, socketTimeoutMS=600_000)
    try:
        with contextlib.redirect_stdout(io.StringIO()):
            fill(client, database, count)
    finally:
        client.close()
    return time.perf_counter() - started
