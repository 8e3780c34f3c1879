"""The naive baseline: GetMatches the way a team would start writing it.

For each request it queries MongoDB for the open opportunities, turns each document into an
``Opportunity``, checks the same hard rules (``matching.domain.rules``) and scores it in a
Python loop with a simple score (shared words between the survivor's interests and the
opportunity's text, skills in common, income and distance), then sorts and keeps the top 10.
No index, no vectorisation, no caching: the database is read on every request.

Used by ``bench/service_latency.py`` on the same data in the same run; on its own:

    .venv/bin/python bench/naive_matching.py --mongodb-uri mongodb://127.0.0.1:47019 \\
        --database pathways_bench_1000 --queries 5
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
import time
from pathlib import Path
from typing import Any

sys.path[:0] = [str(Path(__file__).resolve().parents[1] / p) for p in ("protos", "services")]

from pymongo import MongoClient  # noqa: E402
from pymongo.database import Database  # noqa: E402

from matching.adapters import documents  # noqa: E402
from matching.domain.opportunity import Opportunity  # noqa: E402
from matching.domain.rules import violations  # noqa: E402
from matching.domain.scoring import distance_fit, income_parity, skill_fit  # noqa: E402
from matching.domain.survivor import Survivor  # noqa: E402

__all__ = ["naive_matches"]

_WORD = re.compile(r"\w+", re.UNICODE)


def _words(text: str) -> set[str]:
    found = set()
    for word in _WORD.findall(text.lower()):
        found.add(word)
        # Thai, Khmer, Burmese and Chinese have no spaces: add character bigrams.
        if not word.isascii() and len(word) > 2:
            found.update(word[i : i + 2] for i in range(len(word) - 1))
    return found


def _simple_score(survivor: Survivor, opportunity: Opportunity, wanted: set[str]) -> float:
    details = opportunity.details
    offered = _words(f"{details.title} {details.description} {details.sector}")
    overlap = len(wanted & offered) / max(1, len(wanted | offered))
    skills, _ = skill_fit(survivor, opportunity)
    return (
        0.5 * overlap
        + 0.3 * skills
        + 0.1 * income_parity(survivor, opportunity)
        + 0.1 * distance_fit(survivor, opportunity)
    )


def naive_matches(
    db: Database[dict[str, Any]], survivor: Survivor, *, k: int = 10
) -> list[tuple[float, str]]:
    """Top ``k`` (score, opportunity id) for one survivor, read from the database now."""
    wanted = _words(f"{survivor.profile.interests} {survivor.profile.aspirations}")
    scored = []
    for document in db.opportunities.find({"status": "open"}, {"outbox": 0}):
        opportunity = documents.opportunity_from_document(document)
        if violations(survivor, opportunity):
            continue
        scored.append((_simple_score(survivor, opportunity, wanted), opportunity.opportunity_id))
    scored.sort(key=lambda pair: (-pair[0], pair[1]))
    return scored[:k]


def main() -> int:
    from datetime import UTC, datetime

    from matching.adapters.proto_mapping import profile_from_proto
    from matching.domain.values import ConsentPurpose, ReadinessStage
    from pathways_demo.generator import generate_population

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mongodb-uri", required=True)
    parser.add_argument("--database", required=True)
    parser.add_argument("--queries", type=int, default=5)
    args = parser.parse_args()
    now = datetime.now(UTC)
    population = generate_population(survivors=max(10, args.queries), opportunities=10, seed=5)
    client: MongoClient[dict[str, Any]] = MongoClient(args.mongodb_uri, socketTimeoutMS=600_000)
    latencies = []
    for i, synthetic in enumerate(population.survivors[: args.queries]):
        survivor = Survivor.register(
            survivor_id=f"srv_naive_{i}",
            organisation_id=synthetic.organisation_id,
            alias="P-NAIVE",
            profile=profile_from_proto(synthetic.profile),
        )
        survivor.assess_readiness(
            stage=ReadinessStage.EMPLOYMENT_READY, at=now, review_due=None, by="bench"
        )
        survivor.set_consent(purpose=ConsentPurpose.MATCHING, granted=True, at=now, by="bench")
        started = time.perf_counter()
        naive_matches(client[args.database], survivor)
        latencies.append((time.perf_counter() - started) * 1000)
    print(json.dumps({"queries": len(latencies), "median_ms": statistics.median(latencies)}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
