"""Benchmark of GetMatches' core: the in-memory opportunity index (a script, not a test).

For each size it generates a population with the demo-data generator, loads the open
opportunities into an ``OpportunityIndex`` exactly as the service does at start-up, and
measures the build time (what a restart costs: texts were mapped onto the vocabulary
when written, as the service stores them), the resident memory and the latency of top-10
queries (explained
and checked against the hard rules, as GetMatches returns them) for many survivors.

    .venv/bin/python bench/matching_index.py --sizes 1000 10000 100000
    .venv/bin/python bench/matching_index.py --quick
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

sys.path[:0] = [str(Path(__file__).resolve().parents[1] / p) for p in ("protos", "services")]

from matching.adapters.opportunity_index import OpportunityIndex  # noqa: E402
from matching.adapters.proto_mapping import details_from_proto, profile_from_proto  # noqa: E402
from matching.adapters.vocabulary_files import load_vocabulary  # noqa: E402
from matching.domain.opportunity import Opportunity  # noqa: E402
from matching.domain.scoring import ScoreWeights  # noqa: E402
from matching.domain.survivor import Survivor  # noqa: E402
from matching.domain.values import ConsentPurpose, ReadinessStage  # noqa: E402
from matching.domain.vocabulary import Vocabulary  # noqa: E402
from matching.domain.words_read import read_words  # noqa: E402
from pathways_demo.generator import generate_population  # noqa: E402

NOW = datetime(2026, 11, 28, tzinfo=UTC)


def rss_mib() -> float:
    with open("/proc/self/statm") as statm:
        pages = int(statm.read().split()[1])
    return pages * 4096 / 2**20


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def run_size(size: int, *, queries: int, vocabulary: Vocabulary) -> dict[str, float]:
    population = generate_population(survivors=max(200, queries // 2), opportunities=size, seed=11)
    opportunities = []
    mapping_started = time.perf_counter()
    for i, synthetic in enumerate(population.opportunities):
        details = details_from_proto(synthetic.opportunity)
        text = f"{details.title}\n{details.description}"
        # As the service does when an opportunity is written: map the text once, store it.
        opportunities.append(
            Opportunity(
                opportunity_id=f"opp_{i:06d}",
                organisation_id=synthetic.organisation_id,
                details=details,
                detected_sectors=vocabulary.sectors_in(text),
                concepts=vocabulary.concepts_in(text),
                version=1,
            )
        )
    mapping_s = time.perf_counter() - mapping_started
    survivors = []
    for i, person in enumerate(population.survivors):
        survivor = Survivor.register(
            survivor_id=f"srv_{i:06d}",
            organisation_id=person.organisation_id,
            alias="P-BENCH",
            profile=profile_from_proto(person.profile),
        )
        survivor.assess_readiness(
            stage=ReadinessStage.EMPLOYMENT_READY, at=NOW, review_due=None, by="bench"
        )
        survivor.set_consent(purpose=ConsentPurpose.MATCHING, granted=True, at=NOW, by="bench")
        # As the service does when a survivor is written: their words read once, kept.
        survivor.words_read = read_words(survivor.profile, vocabulary)
        survivors.append(survivor)

    before = rss_mib()
    index = OpportunityIndex(concepts=vocabulary, weights=ScoreWeights())
    started = time.perf_counter()
    index.upsert_many(opportunities)
    build_s = time.perf_counter() - started
    after = rss_mib()

    latencies, returned = [], []
    for q in range(queries):
        survivor = survivors[q % len(survivors)]
        started = time.perf_counter()
        found = index.matches(survivor, k=10)
        latencies.append((time.perf_counter() - started) * 1000)
        returned.append(len(found))
    return {
        "opportunities": size,
        "build_s": round(build_s, 2),
        "mapping_at_write_s": round(mapping_s, 2),
        "index_rss_mib": round(after - before, 1),
        "process_rss_mib": round(after, 1),
        "queries": queries,
        "p50_ms": round(statistics.median(latencies), 2),
        "p99_ms": round(percentile(latencies, 0.99), 2),
        "max_ms": round(max(latencies), 2),
        "mean_results": round(statistics.mean(returned), 1),
        "non_zeros": sum(index.nnz().values()),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1_000, 10_000, 100_000])
    parser.add_argument("--queries", type=int, default=500)
    parser.add_argument("--quick", action="store_true", help="1k and 10k, 200 queries")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    args = parser.parse_args()
    if args.quick:
        args.sizes, args.queries = [1_000, 10_000], 200
    vocabulary = load_vocabulary()
    results = []
    for size in args.sizes:
        result = run_size(size, queries=args.queries, vocabulary=vocabulary)
        print(json.dumps(result), flush=True)
        results.append(result)
    if args.json:
        args.json.write_text(json.dumps(results, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
