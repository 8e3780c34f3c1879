"""Command line: ``python -m pathways_demo {seed,generate} ...``.

``seed`` sends a synthetic population to a running matching service (``make run`` uses it);
``generate`` only builds one and says how long that took, to size tests and benchmarks.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

import grpc

from pathways_demo.first_matches import seed_first_matches
from pathways_demo.generator import JURISDICTIONS, Population, generate_population
from pathways_demo.homes import DemoHomes, rehome
from pathways_demo.seed import describe, seed_population
from pathways_runtime.caller_assertion import signer_from_settings
from pathways_runtime.settings import GrpcClientSecuritySettings


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m pathways_demo", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    seed = commands.add_parser("seed", help="seed a running matching service over gRPC")
    seed.add_argument("--matching", default="127.0.0.1:50051", help="HOST:PORT of matching")
    generate = commands.add_parser("generate", help="build a population and report its size")
    for command in (seed, generate):
        command.add_argument("--survivors", type=int, default=200)
        command.add_argument("--opportunities", type=int, default=300)
        command.add_argument("--seed", type=int, default=7)
        command.add_argument(
            "--jurisdictions",
            default=",".join(JURISDICTIONS),
            help="comma-separated ISO codes (default: all six)",
        )
        command.add_argument("--training-share", type=float, default=0.3)
    seed.add_argument("--workers", type=int, default=8, help="calls in flight at once")
    seed.add_argument("--timeout", type=float, default=10.0, help="deadline of each call (s)")
    seed.add_argument(
        "--wait", type=float, default=30.0, help="how long to wait for matching to be reachable"
    )
    seed.add_argument(
        "--homes",
        type=Path,
        help="JSON file of the demo users' organisations (python -m console demo-users --homes): "
        "a few survivors, jobs and courses of their country become theirs",
    )
    return parser


def _generate(args: argparse.Namespace) -> tuple[Population, float]:
    started = time.perf_counter()
    population = generate_population(
        survivors=args.survivors,
        opportunities=args.opportunities,
        seed=args.seed,
        jurisdictions=[code.strip() for code in args.jurisdictions.split(",") if code.strip()],
        training_share=args.training_share,
    )
    return population, time.perf_counter() - started


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    homes: DemoHomes | None = None
    try:
        population, seconds = _generate(args)
        if args.command == "seed" and args.homes is not None:
            homes = DemoHomes.read(args.homes)
            population = rehome(population, homes)
    except ValueError as error:
        print(f"pathways_demo: {error}", file=sys.stderr)
        return 2
    if args.command == "generate":
        kinds = Counter(o.kind for o in population.organisations)
        print(
            f"generated {len(population.survivors)} survivors, {len(population.jobs)} jobs and "
            f"{len(population.courses)} courses for {kinds['ngo']} NGOs, "
            f"{kinds['employer']} employers and {kinds['training_provider']} training providers "
            f"in {seconds:.1f} s (seed {args.seed})"
        )
        return 0

    with grpc.insecure_channel(args.matching) as channel:
        try:
            grpc.channel_ready_future(channel).result(timeout=args.wait)
        except grpc.FutureTimeoutError:
            print(f"pathways_demo: matching at {args.matching} is not reachable", file=sys.stderr)
            return 1
        # Signed as the gateway signs: the key its settings name (``make run``: the
        # install's own), else the development key services outside production believe.
        signer = signer_from_settings(GrpcClientSecuritySettings())
        report = seed_population(
            population,
            channel=channel,
            workers=args.workers,
            timeout_s=args.timeout,
            signer=signer,
        )
        print(f"{report.summary()} (seed {args.seed}, generated in {seconds:.1f} s)")
        for failure in report.failures:
            print(f"  failed: {failure}", file=sys.stderr)
        if report.failed:
            return 1
        if homes is not None:
            try:
                made = seed_first_matches(channel, homes, timeout_s=args.timeout, signer=signer)
            except grpc.RpcError as error:
                why = describe(error)
                print(f"pathways_demo: the demo users' first matches: {why}", file=sys.stderr)
                return 1
            print(f"the demo officer's survivors accepted {made} new matches of the demo homes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
