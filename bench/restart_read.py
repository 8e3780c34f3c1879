"""How long a restart spends reading opportunities back from the database (a script).

Writes N generated opportunities (with their mapped concepts, as the service stores them)
into a database, then times ``MongoOpportunityRepository.all()``, which the index rebuild
reads at start. Needs a running MongoDB-protocol server:

    bash infra/ferretdb.sh start   # or any MongoDB
    python bench/restart_read.py --mongodb-uri "$(bash infra/ferretdb.sh uri)" \\
        --opportunities 100000
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path[:0] = [str(Path(__file__).resolve().parents[1] / p) for p in ("protos", "services")]

from pymongo import MongoClient  # noqa: E402

from matching.adapters.mongo_repositories import MongoOpportunityRepository  # noqa: E402
from matching.adapters.proto_mapping import details_from_proto  # noqa: E402
from matching.adapters.vocabulary_files import load_vocabulary  # noqa: E402
from matching.domain.opportunity import Opportunity  # noqa: E402
from pathways_demo.generator import generate_population  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mongodb-uri", required=True)
    parser.add_argument("--opportunities", type=int, default=100_000)
    parser.add_argument("--database", default="pathways_restart_bench")
    args = parser.parse_args()
    vocabulary = load_vocabulary()
    client: MongoClient[dict[str, object]] = MongoClient(args.mongodb_uri)
    client.drop_database(args.database)
    repository = MongoOpportunityRepository(client[args.database], vocabulary_version="bench")
    population = generate_population(survivors=10, opportunities=args.opportunities, seed=11)
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
        client[args.database].opportunities.insert_many(documents[start : start + 5_000])
    print(f"inserted {len(documents):,} in {time.perf_counter() - started:.1f} s")
    started = time.perf_counter()
    count = sum(1 for _ in repository.all())
    print(f"read back {count:,} for an index rebuild in {time.perf_counter() - started:.1f} s")
    client.drop_database(args.database)
    return 0


if __name__ == "__main__":
    sys.exit(main())
