"""Run the benchmarks and write BENCHMARKS.md (``make bench``, ``make bench-quick``).

Figures are what this run measured on this machine; the command is written beside them.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import platform
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]


def machine() -> str:
    memory_kib = 0
    with open("/proc/meminfo") as meminfo:
        for line in meminfo:
            if line.startswith("MemTotal:"):
                memory_kib = int(line.split()[1])
    return (
        f"{os.cpu_count()} cores, {memory_kib / 2**20:.1f} GiB memory, "
        f"{platform.system()} {platform.machine()}, Python {platform.python_version()}"
    )


def run(command: list[str]) -> str:
    env = dict(os.environ, PYTHONPATH=f"{ROOT / 'protos'}:{ROOT / 'services'}")
    result = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, check=False)
    if result.returncode not in (0, 1):  # 1: ran, but a target was missed
        raise SystemExit(f"{' '.join(command)} failed:\n{result.stdout}\n{result.stderr}")
    return result.stdout


class BenchFailed(Exception):
    """A benchmark against the real services did not run to the end (written in the report
    instead of its figures: figures never fail the build)."""


def run_service_bench(command: list[str]) -> list[dict[str, Any]]:
    """The JSON lines of a benchmark that starts real processes."""
    env = dict(os.environ, PYTHONPATH=f"{ROOT / 'protos'}:{ROOT / 'services'}")
    result = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, check=False)
    lines = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    if result.returncode != 0:
        tail = "\n".join((result.stderr or result.stdout).strip().splitlines()[-8:])
        raise BenchFailed(f"exit {result.returncode}: {tail}")
    return lines


def shown(command: list[str], python: str) -> str:
    """The command as a reader would type it (the servers' addresses of this run left out)."""
    words: list[str] = []
    skip = False
    for word in command:
        if skip:
            skip = False
        elif word in ("--mongodb-uri", "--kafka-bootstrap"):
            skip = True
        else:
            words.append(word.replace(python, "python"))
    return " ".join(words)


def met(ok: bool) -> str:
    return "met" if ok else "**not met**"


def service_latency_section(args: argparse.Namespace, python: str) -> list[str]:
    """GetMatches over gRPC against a real matching process, its RSS, the naive baseline."""
    command = [python, "bench/service_latency.py", *args.service_args]
    if args.quick:
        command.append("--quick")
    lines = [
        "## GetMatches over gRPC, memory, and a naive baseline side by side",
        "",
        f"`{shown(command, python)}`: a real `python -m matching` process per size on Kafka",
        "and FerretDB v1 (SQLite); the demo opportunities written into its database, the index",
        "built at start from the database; survivors registered over gRPC (employment-ready,",
        "consenting); top-10 `GetMatches` calls one after another over one channel after a",
        "warm-up. *Survivor read* is `GetSurvivor` on the same survivor (identity check and",
        "the survivor document read and decrypted, no index): the part of the latency that is",
        "the database, not the index. RSS: VmRSS of the matching process after the queries.",
        "*Naive*: `bench/naive_matching.py` on the same database in the same run (reads the",
        "open opportunities from MongoDB and scores each in a Python loop with the same hard",
        "rules), median of a few calls; speed-up = naive median / our p50.",
        "",
    ]
    try:
        rows = run_service_bench(command)
    except BenchFailed as failure:
        if args.strict:
            raise SystemExit(f"{shown(command, python)}: {failure}") from None
        return [*lines, f"Not measured in this run ({failure}).", ""]
    lines += [
        "| open opportunities | start to SERVING (s) | queries | p50 (ms) | p99 (ms) "
        "| survivor read p50 / p99 (ms) | RSS (MiB) | naive median (ms) | speed-up "
        "| p99 <= 20 ms | RSS <= 1 GiB | >= 20x faster |",
        "|---:|---:|---:|---:|---:|---|---:|---:|---:|---|---|---|",
    ]
    for r in rows:
        naive = f"{r['naive_median_ms']:,.0f} ({r['naive_queries']})" if "speedup" in r else "-"
        speedup = f"{r['speedup']:,.0f}x" if "speedup" in r else "-"
        at_target = r["opportunities"] >= 100_000
        lines.append(
            f"| {r['opportunities']:,} | {r['start_to_serving_s']} | {r['queries']} "
            f"| {r['p50_ms']} | {r['p99_ms']} "
            f"| {r['get_survivor_p50_ms']} / {r['get_survivor_p99_ms']} | {r['rss_mib']:,.0f} "
            f"| {naive} | {speedup} | {met(r['p99_ms'] <= 20.0)} "
            f"| {met(r['rss_mib'] <= 1024) if at_target else '(at 100k)'} "
            f"| {met(r.get('speedup', 0) >= 20) if at_target else '(at 100k)'} |"
        )
    return [*lines, ""]


def gateway_section(args: argparse.Namespace, python: str) -> list[str]:
    """Recommendations through the gateway under concurrent load; profile; freshness."""
    command = [python, "bench/gateway_load.py", *args.service_args]
    command.append("--quick" if args.quick else "--profile")
    lines = [
        "## Through the gateway over HTTP: throughput, profile, event freshness",
        "",
        f"`{shown(command, python)}`: the gateway, matching, Kafka and FerretDB as real",
        "processes; an NGO, a vetted employer and a vetted provider made through the API",
        "(first administrator by the CLI); demo opportunities owned by them; survivors of the",
        "NGO. The load comes from `bench/load_generator.py` in a second process (asyncio,",
        "httpx2): C clients each sending `GET /v1/survivors/{id}/recommendations?top_k=10`",
        "back to back. Everything, load generator included, shares this machine's cores.",
        "",
    ]
    try:
        rows = run_service_bench(command)
    except BenchFailed as failure:
        if args.strict:
            raise SystemExit(f"{shown(command, python)}: {failure}") from None
        return [*lines, f"Not measured in this run ({failure}).", ""]
    direct = next((r for r in rows if r.get("measure") == "grpc_direct"), None)
    reads = [r for r in rows if r.get("mode") == "reads"]
    profile = next((r for r in rows if r.get("measure") == "profile"), None)
    ops = next((r for r in rows if r.get("measure") == "database_ops"), None)
    fresh = [r for r in rows if r.get("mode") == "freshness"]
    lines += [
        "| clients | requests answered | throughput (req/s) | p50 (ms) | p99 (ms) | statuses "
        "| target >= 200 req/s with p99 <= 100 ms (10,000 open opportunities) |",
        "|---:|---:|---:|---:|---:|---|---|",
    ]
    for r in reads:
        ok = r["throughput_rps"] >= 200 and r["p99_ms"] <= 100
        statuses = ", ".join(f"{k}: {v}" for k, v in r["statuses"].items())
        if r["errors"]:
            statuses += "; " + ", ".join(f"{k}: {v}" for k, v in r["errors"].items())
        lines.append(
            f"| {r['concurrency']} | {r['requests']:,} | {r['throughput_rps']} | {r['p50_ms']} "
            f"| {r['p99_ms']} | {statuses} | {met(ok)} |"
        )
    if direct:
        lines += [
            "",
            f"Where the time goes, one call at a time without the gateway: `GetMatches` over "
            f"gRPC p50 {direct['p50_ms']} ms, p99 {direct['p99_ms']} ms, of which the survivor "
            f"read (`GetSurvivor`) p50 {direct['get_survivor_p50_ms']} ms, p99 "
            f"{direct['get_survivor_p99_ms']} ms.",
        ]
    if ops:
        lines += [
            "",
            "What the gateway asks of the database on every request, timed alone in the same "
            f"run: a read by id (the session check) p50 {ops['read_alone_p50_ms']} ms alone, "
            f"{ops['read_concurrent_p50_ms']} ms (p99 {ops['read_concurrent_p99_ms']} ms) "
            f"{ops['concurrency']} at once; an insert (the audit record of each recommendation) "
            f"p50 {ops['insert_alone_p50_ms']} ms alone, {ops['insert_concurrent_p50_ms']} ms "
            f"(p99 {ops['insert_concurrent_p99_ms']} ms) {ops['concurrency']} at once.",
        ]
    if profile:
        under = profile["reads_under_profiler"]
        lines += [
            "",
            "Profile of the gateway process under the same load (`bench/profiled_gateway.py`:",
            "cProfile in every thread counting each thread's CPU time, so waiting on MongoDB or",
            f"matching is not counted; {profile['cpu_s']} s of CPU profiled at "
            f"{under['throughput_rps']} req/s under the profiler). Own CPU time, waits left out:",
            "",
            "| function | calls | own CPU (s) | share | cumulative (s) |",
            "|---|---:|---:|---:|---:|",
        ]
        for f in profile["own"][:12]:
            lines.append(
                f"| `{f['function']}` | {f['calls']:,} | {f['own_s']} | {f['own_share']:.1%} "
                f"| {f['cumulative_s']} |"
            )
        lines += [
            "",
            "The gateway's own functions by cumulative CPU time:",
            "",
            "| function | calls | cumulative CPU (s) |",
            "|---|---:|---:|",
        ]
        for f in profile["gateway"][:12]:
            lines.append(f"| `{f['function']}` | {f['calls']:,} | {f['cumulative_s']} |")
    if fresh:
        lines += [
            "",
            "Event freshness: jobs paused and reopened through the gateway at a fixed offered",
            "rate (open loop; `PUT /v1/opportunities/{id}/status` with `If-Match`), while",
            "probes close a job in a survivor's current top 10 and ask for the survivor's",
            "recommendations every 20 ms until it is gone; freshness is from the gateway's",
            "answer to the close to the first recommendations without it (the update travels",
            "matching's outbox, Kafka and matching's own consumer into the index).",
            "",
            "| offered updates/s | achieved (2xx/s) | update p50 / p99 (ms) | update statuses "
            "| probes | freshness p50 (ms) | freshness p99 (ms) | target p99 <= 1 s at 200/s |",
            "|---:|---:|---|---|---:|---:|---:|---|",
        ]
        for r in fresh:
            statuses = ", ".join(f"{k}: {v}" for k, v in r["update_statuses"].items())
            problems = {**r["update_errors"], **r["probe_failures"]}
            if problems:
                statuses += "; " + ", ".join(f"{k}: {v}" for k, v in problems.items())
            target = (
                met(r["probes"] > 0 and r["freshness"]["p99_ms"] <= 1000)
                if r["offered_rate_per_s"] >= 200
                else "(below the target rate)"
            )
            lines.append(
                f"| {r['offered_rate_per_s']:.0f} | {r['achieved_rate_per_s']} "
                f"| {r['update']['p50_ms']} / {r['update']['p99_ms']} | {statuses} "
                f"| {r['probes']} | {r['freshness']['p50_ms']} | {r['freshness']['p99_ms']} "
                f"| {target} |"
            )
    return [*lines, ""]


def eval_section(args: argparse.Namespace, python: str) -> list[str]:
    """Matching quality (``make eval``), as the script writes it."""
    out = ROOT / ".local" / ("EVAL-quick.md" if args.quick else "EVAL.md")
    command = [python, "bench/eval_matching.py", "--markdown", str(out)]
    if args.quick:
        command.append("--quick")
    run(command)
    return [*out.read_text().splitlines(), ""]


def restart_section(args: argparse.Namespace, python: str) -> list[str]:
    """Process start to SERVING with and without the index snapshot (needs the servers)."""
    size = 10_000 if args.quick else 100_000
    command = [
        python,
        "bench/restart_snapshot.py",
        "--mongodb-uri",
        args.restart_mongodb_uri or "URI",
        "--kafka-bootstrap",
        args.restart_kafka_bootstrap or "HOST:PORT",
        "--opportunities",
        str(size),
    ]
    lines = ["## Restart: process start to SERVING", "", f"`{shown(command, python)}`", ""]
    if not (args.restart_mongodb_uri and args.restart_kafka_bootstrap):
        return [
            *lines,
            "Not run: it needs a MongoDB-protocol server and Kafka (pass",
            "`--restart-mongodb-uri` and `--restart-kafka-bootstrap` to `bench/report.py`).",
            "",
        ]
    runs = [json.loads(line) for line in run(command).splitlines() if line.startswith("{")]
    lines += [
        "| run | opportunities | index from | start to SERVING (s) | target <= 15 s |",
        "|---|---:|---|---:|---|",
    ]
    for r in runs:
        if "start_to_serving_s" in r:
            met = "met" if r["start_to_serving_s"] <= 15.0 else "not met"
            lines.append(
                f"| {r['run']} | {r['opportunities']:,} | {r['index_from']} "
                f"| {r['start_to_serving_s']} | {met} |"
            )
    size_mib = next((r["snapshot_bytes"] / 2**20 for r in runs if "snapshot_bytes" in r), 0.0)
    return [*lines, "", f"Snapshot file: {size_mib:.0f} MiB.", ""]


def peer_groups_section(args: argparse.Namespace, python: str) -> list[str]:
    """Group formation for 1k/10k/50k pools, ours beside greedy and rule-blind k-means."""
    sizes = "1000,5000" if args.quick else "1000,10000,50000"
    command = [python, "bench/peer_groups_formation.py", "--sizes", sizes]
    rows = json.loads(run(command).strip().splitlines()[-1])
    shown = " ".join(c.replace(python, "python") for c in command)
    lines = [
        "## Peer-group formation: ours beside two baselines",
        "",
        f"`{shown}`: the demo population, everyone consenting and ready, 3% linked as from",
        "one case; in-person groups where people live and online groups per language, 6 to 10",
        "members each. Cohesion is the mean over formed groups (0..1); violations count every",
        "broken hard rule (ours must have none).",
        "",
        "| pool | groups asked | method | time (s) | groups formed | people placed "
        "| mean cohesion | hard-rule violations |",
        "|---:|---:|---|---:|---:|---:|---:|---:|",
    ]
    for r in rows:
        lines.append(
            f"| {r['pool']:,} | {r['requested_groups']:,} | {r['method']} | {r['seconds']:.2f} "
            f"| {r['groups']:,} | {r['placed']:,} | {r['cohesion']:.3f} | {r['violations']:,} |"
        )
    return [*lines, ""]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true")
    parser.add_argument(
        "--strict",
        action="store_true",
        help="a benchmark that cannot run fails the command (figures never do)",
    )
    parser.add_argument("--output", type=Path, default=ROOT / "BENCHMARKS.md")
    parser.add_argument(
        "--restart-mongodb-uri",
        default=os.environ.get("PATHWAYS_BENCH_MONGODB_URI", ""),
        help="with --restart-kafka-bootstrap: also time a restart to SERVING (snapshot/rebuild)",
    )
    parser.add_argument(
        "--restart-kafka-bootstrap", default=os.environ.get("PATHWAYS_BENCH_KAFKA_BOOTSTRAP", "")
    )
    args = parser.parse_args()
    python = sys.executable
    with contextlib.ExitStack() as stack:
        if args.restart_mongodb_uri and args.restart_kafka_bootstrap:
            addresses = {
                "PATHWAYS_MONGODB_URI": args.restart_mongodb_uri,
                "PATHWAYS_KAFKA_BOOTSTRAP": args.restart_kafka_bootstrap,
            }
        else:
            # One Kafka and FerretDB of our own for every benchmark that needs servers.
            sys.path.insert(0, str(ROOT / "bench"))
            from stack import bench_infrastructure

            addresses = stack.enter_context(bench_infrastructure(name="bench-run"))
            if not args.quick:  # the restart timing is long: full runs only, or when asked
                args.restart_mongodb_uri = addresses["PATHWAYS_MONGODB_URI"]
                args.restart_kafka_bootstrap = addresses["PATHWAYS_KAFKA_BOOTSTRAP"]
        args.service_args = [
            "--mongodb-uri",
            addresses["PATHWAYS_MONGODB_URI"],
            "--kafka-bootstrap",
            addresses["PATHWAYS_KAFKA_BOOTSTRAP"],
        ]
        return write_report(args, python)


def load_average() -> str:
    one, five, fifteen = os.getloadavg()
    return f"{one:.1f} / {five:.1f} / {fifteen:.1f}"


def write_report(args: argparse.Namespace, python: str) -> int:
    load_at_start = load_average()

    index_command = [python, "bench/matching_index.py"] + (["--quick"] if args.quick else [])
    index_lines = [
        json.loads(line) for line in run(index_command).splitlines() if line.startswith("{")
    ]
    round_command = [python, "bench/rounds_scale.py"] + (
        ["--survivors", "2000", "--opportunities", "1000", "--openings", "1600"]
        if args.quick
        else []
    )
    round_output = run(round_command)
    restart_lines = restart_section(args, python)
    peer_group_lines = peer_groups_section(args, python)
    service_lines = service_latency_section(args, python)
    gateway_lines = gateway_section(args, python)
    eval_lines = eval_section(args, python)

    target_p99 = 20.0
    target_build_s = 15.0
    lines = [
        "# Benchmarks",
        "",
        f"Measured {datetime.now(UTC):%Y-%m-%d %H:%M} UTC on {machine()}.",
        f"Load average (1 / 5 / 15 min) at the start {load_at_start}, at the end "
        f"{load_average()}: on 2 cores, anything above 2 means the figures shared the "
        "machine with other work.",
        f"Command: `make bench{'-quick' if args.quick else ''}` (`python bench/report.py"
        f"{' --quick' if args.quick else ''}`).",
        "",
        "## GetMatches core: top-10 from the in-memory index",
        "",
        f"`{' '.join(c.replace(python, 'python') for c in index_command)}`: opportunities from the",
        "demo-data generator, loaded as at start-up; 200-500 survivors queried round-robin; each",
        "query returns the top 10 explained and re-checked against the hard rules. In process,",
        "without gRPC (the gateway and gRPC figures belong to the benchmarks issue).",
        "",
        "| open opportunities | build (s) | index memory (MiB) | queries | p50 (ms) | p99 (ms) "
        "| max (ms) | target p99 <= 20 ms | target build <= 15 s (restart) |",
        "|---:|---:|---:|---:|---:|---:|---:|---|---|",
    ]
    for r in index_lines:
        met = "met" if r["p99_ms"] <= target_p99 else "not met"
        restart = "met" if r["build_s"] <= target_build_s else "not met"
        lines.append(
            f"| {r['opportunities']:,} | {r['build_s']} | {r['index_rss_mib']} | {r['queries']} "
            f"| {r['p50_ms']} | {r['p99_ms']} | {r['max_ms']} | {met} | {restart} |"
        )
    lines += [
        "",
        "The build is what a restart costs in process before the index serves: texts were",
        "mapped onto the vocabulary when written and are stored with each opportunity, so",
        "the rebuild only hashes text and fills the matrices. Reading the opportunities back",
        "from the database comes on top: `python bench/restart_read.py --mongodb-uri ...`",
        "measures it (FerretDB v1 on SQLite is slow here; see the closing notes).",
        "",
        *restart_lines,
        "## Capacity-aware matching round: optimal beside greedy",
        "",
        f"`{' '.join(c.replace(python, 'python') for c in round_command)}`",
        "",
        "```",
        round_output.strip(),
        "```",
        "",
        *peer_group_lines,
        *service_lines,
        *gateway_lines,
        *eval_lines,
    ]
    args.output.parent.mkdir(parents=True, exist_ok=True)
    report = "\n".join(lines)
    args.output.write_text(report + _kept_soak_section(args.output))
    print(report)
    return 0


#: ``make bench-soak`` writes this section (bench/soak.py); ``make bench`` keeps it.
SOAK_HEADING = "## Soak: cost as data grows"


def _kept_soak_section(path: Path) -> str:
    """The soak section of the file being replaced, if it has one (it takes hours to
    measure, so a run of the other benchmarks must not drop it)."""
    if not path.exists():
        return ""
    text = path.read_text()
    start = text.find(SOAK_HEADING)
    return "" if start < 0 else "\n\n" + text[start:]


if __name__ == "__main__":
    sys.exit(main())
