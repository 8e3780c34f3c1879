"""What opening a proposal's budget of the pool costs at each soak size (``bench/soak.py``'s
data sets), without the gateway, the formation or the other routes' load.

For each size: the data set's FerretDB and key-vault FerretDB are started (Kafka is not
needed), peer groups' own pool repository is built by its bootstrap, and the soak NGO's
Thai speakers are read as a proposal reads them, ``--rounds`` times with different seeds:
the scope's bucket documents listed (``listing``); up to ``--budget`` people opened whatever
they are (``budget``: ``PoolSample``, the first of the scope in the seed's order, a chunk
of 250 at a time); and, as a proposal for one in-person group of 8 reads them
(``proposal``: ``CandidateReading``, which stops once it has 5 eligible candidates a seat,
then the formation over what it read, timed apart),
for a group in ``--district``, by default the district the demo generator gives most of
its Thai speakers in Thailand, so that the share of the scope living there is the same at
every size. Reported per round: wall time, this process's CPU and each FerretDB's CPU
(``/proc``), people listed, opened and kept (in the place asked for).

    .venv/bin/python bench/pool_reading.py --sizes 10000 100000
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from contextlib import ExitStack
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "protos"), str(ROOT / "services"), str(ROOT / "bench")]

from soak import SOAK_DIR, DataSet  # noqa: E402

_TICKS = os.sysconf("SC_CLK_TCK")


def _cpu_s(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / _TICKS


def _ferretdb(run_dir: Path, port: int, instance: str | None, verb: str) -> str:
    """Runs ``infra/ferretdb.sh verb`` for the instance; its output (``uri``: the client
    URI with the instance's credentials)."""
    env = dict(os.environ, PATHWAYS_RUN_DIR=str(run_dir), PATHWAYS_FERRETDB_PORT=str(port))
    if instance:
        env["PATHWAYS_FERRETDB_INSTANCE"] = instance
    script = str(ROOT / "infra" / "ferretdb.sh")
    done = subprocess.run(["bash", script, verb], env=env, check=True, stdout=subprocess.PIPE)
    return done.stdout.decode().strip()


def measure(size: int, *, rounds: int, budget: int, district: str) -> dict[str, Any]:
    data = DataSet(size)
    state = data.state
    ports = state["ports"]
    run_dir = SOAK_DIR / f"size-{size}"
    with ExitStack() as stack:
        for port, instance in ((ports["ferretdb"], None), (ports["key_vault"], "keyvault")):
            _ferretdb(run_dir, port, instance, "start")
            stack.callback(_ferretdb, run_dir, port, instance, "stop")
        pids = {
            "ferretdb": int((run_dir / "ferretdb/ferretdb.pid").read_text()),
            "ferretdb key vault": int((run_dir / "ferretdb-keyvault/ferretdb.pid").read_text()),
        }
        os.environ.update(
            PATHWAYS_ENVIRONMENT="development",
            PATHWAYS_LOG_LEVEL="WARNING",
            PATHWAYS_MONGODB_URI=_ferretdb(run_dir, ports["ferretdb"], None, "uri"),
            PATHWAYS_FIELD_CRYPTO_KEY_VAULT_URI=_ferretdb(
                run_dir, ports["key_vault"], "keyvault", "uri"
            ),
        )
        from peer_groups.bootstrap import bootstrap
        from peer_groups.config import PeerGroupsSettings
        from peer_groups.domain.candidates import CandidateReading, PoolSample
        from peer_groups.domain.formation import GroupRequest, form_groups
        from peer_groups.domain.group import GroupSettings
        from peer_groups.domain.rules import FormationPolicy
        from peer_groups.domain.values import GroupFocus, Modality, WeeklySlot

        settings = GroupSettings(
            languages=frozenset({"th"}),
            modality=Modality.IN_PERSON,
            focus=GroupFocus.ANY,
            min_size=4,
            max_size=8,
            schedule=(WeeklySlot(day_of_week=6, start_minute=600, duration_minutes=120),),
            country="TH",
            district=district,
        )

        app = bootstrap(PeerGroupsSettings())
        pool = app.ports.pool

        def one(seed: int, read_at_most: int | None) -> dict[str, Any]:
            sample: PoolSample | CandidateReading = (
                PoolSample(read_at_most=read_at_most, seed=seed)
                if read_at_most is not None
                else CandidateReading(
                    [GroupRequest(group_id="grp_bench", settings=settings)],
                    FormationPolicy(),
                    seed=seed,
                )
            )
            before = {name: _cpu_s(pid) for name, pid in pids.items()}
            cpu, wall = time.process_time(), time.perf_counter()
            kept = pool.members_open_to_groups(
                organisations=[state["ngo"]],
                languages=["th"],
                places=[("TH", district)],
                reading=sample,
            )
            read = {
                "wall_s": time.perf_counter() - wall,
                "cpu_s": time.process_time() - cpu,
                **{f"{n}_cpu_s": _cpu_s(pid) - before[n] for n, pid in pids.items()},
                "listed": sample.listed,
                "opened": sample.opened,
                "kept": len(kept),
            }
            if isinstance(sample, CandidateReading):
                # The formation over what was read, as the proposal then does (one group).
                started = time.perf_counter()
                formation = form_groups(
                    sample.requests, kept, policy=app.ports.policy, weights=app.ports.weights
                )
                read["form_s"] = time.perf_counter() - started
                read["eligible"] = len(formation.eligible)
            return read

        one(10_000, budget)  # warm: connections, converters, the key vault's first reads
        listing = [one(seed, 0) for seed in range(rounds)]
        opening = [one(seed, budget) for seed in range(1, rounds + 1)]
        proposal = [one(seed, None) for seed in range(rounds + 1, 2 * rounds + 1)]
    return {
        "size": size,
        "district": district,
        "budget": budget,
        "listing": listing,
        "budget_read": opening,
        "proposal": proposal,
    }


def _median(rows: list[dict[str, Any]], key: str) -> float:
    return float(statistics.median(float(r[key]) for r in rows))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--budget", type=int, default=2_000)
    parser.add_argument("--district", default="Khlong Toei, Bangkok")
    args = parser.parse_args()
    results = [
        measure(size, rounds=args.rounds, budget=args.budget, district=args.district)
        for size in args.sizes
    ]
    print(json.dumps(results, indent=1), file=sys.stderr)
    keys = ("wall_s", "cpu_s", "ferretdb_cpu_s", "ferretdb key vault_cpu_s")
    for result in results:
        rows = result["proposal"]
        print(
            f"formation over what a proposal read, at {result['size']:,}: "
            f"{_median(rows, 'form_s') * 1000:.1f} ms (median of {len(rows)}), "
            f"{_median(rows, 'eligible'):,.0f} eligible of {_median(rows, 'kept'):,.0f} kept"
        )
    print(
        "| size | step | listed | opened (median) | kept (median) | "
        + " | ".join(f"{k} (median)" for k in keys)
        + " |"
    )
    print("|---:|---|---:|---:|---:|" + "---:|" * len(keys))
    for result in results:
        for step in ("listing", "budget_read", "proposal"):
            rows = result[step]
            print(
                f"| {result['size']:,} | {step} | {rows[0]['listed']:,} "
                f"| {_median(rows, 'opened'):,.0f} | {_median(rows, 'kept'):,.0f} | "
                + " | ".join(f"{_median(rows, k):.3f}" for k in keys)
                + " |"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
