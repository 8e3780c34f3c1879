"""Matching quality (``make eval``): recall@10 and nDCG@10 beside BM25 and random.

The demo-data generator draws each survivor's interests and aspirations from one occupation
family and each opportunity's title, sector and skills from one family; the family is on
the generated objects, never in what the service sees. So the intended matches of a
survivor are known: the opportunities of their family that they may be offered (every hard
rule holds). For every survivor this script asks

* **ours**: ``GetMatches`` top 10 through matching's in-memory index (``OpportunityIndex``
  loaded as at start-up, explained and re-checked, as ``bench/matching_index.py`` does);
* **BM25** (``rank_bm25.BM25Okapi``) over the opportunities' title, description, sector
  and skills, the survivor's interests, aspirations and skills as the query; once blind to
  the hard rules (what a text search would show) and once restricted to eligible ones;
* **random**: ten eligible opportunities drawn at random;

and reports recall@10 (intended matches found / min(10, intended)) and nDCG@10 (binary
gains), overall and per kind (jobs, courses) in two ways: in the mixed list GetMatches
shows (recall of each kind's intended matches, over the survivors whose intended matches
all fit in ten, so that a fair ranking can find them all), and asked for one kind alone
(``kinds``) beside BM25 over the eligible opportunities of that kind; the hard-rule
violations among what each returned (every returned pair re-checked with
``matching.domain.rules.violations``; ours must have none), and concentration: the
share of all proposals that go to the most-proposed 10% of opportunities, for top-10 lists,
for each survivor's top-1, and for a capacity-aware round (``matching.domain.rounds``,
optimal and greedy). Everyone is made employment-ready and consenting to matching, so
readiness does not hide the ranking.

    .venv/bin/python bench/eval_matching.py                      # 500 survivors, 3,000 opps
    .venv/bin/python bench/eval_matching.py --quick --markdown out.md
"""

from __future__ import annotations

import argparse
import json
import math
import random
import re
import sys
import time
from collections import Counter
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

sys.path[:0] = [str(Path(__file__).resolve().parents[1] / p) for p in ("protos", "services")]

from rank_bm25 import BM25Okapi  # noqa: E402

from matching.adapters.opportunity_index import MatchReport, OpportunityIndex  # noqa: E402
from matching.adapters.proto_mapping import details_from_proto, profile_from_proto  # noqa: E402
from matching.adapters.vocabulary_files import load_vocabulary  # noqa: E402
from matching.domain.opportunity import Opportunity  # noqa: E402
from matching.domain.rounds import Candidate, run_matching_round  # noqa: E402
from matching.domain.rules import violations  # noqa: E402
from matching.domain.scoring import ScoreWeights  # noqa: E402
from matching.domain.survivor import Survivor  # noqa: E402
from matching.domain.values import ConsentPurpose, OpportunityKind, ReadinessStage  # noqa: E402
from pathways_demo.generator import generate_population  # noqa: E402

NOW = datetime(2026, 11, 28, tzinfo=UTC)
K = 10
#: Scripts written without spaces between words: BM25 gets character bigrams of them.
_UNSPACED = re.compile(r"[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u4e00-\u9fff]")
_WORD = re.compile(r"\w+", re.UNICODE)


def tokens(text: str) -> list[str]:
    """Lower-cased words; runs of Thai, Lao, Burmese, Khmer or Chinese as character bigrams."""
    out: list[str] = []
    for word in _WORD.findall(text.lower()):
        if _UNSPACED.search(word) and len(word) > 1:
            out += [word[i : i + 2] for i in range(len(word) - 1)]
        else:
            out.append(word)
    return out


def recall_at_k(ranked: Sequence[str], relevant: set[str], k: int = K) -> float:
    return len(set(ranked[:k]) & relevant) / min(k, len(relevant))


def ndcg_at_k(ranked: Sequence[str], relevant: set[str], k: int = K) -> float:
    dcg = sum(1.0 / math.log2(i + 2) for i, o in enumerate(ranked[:k]) if o in relevant)
    ideal = sum(1.0 / math.log2(i + 2) for i in range(min(k, len(relevant))))
    return dcg / ideal


def top_share(proposals: Iterable[str], *, opportunities: int) -> float:
    """Share of all proposals going to the most-proposed 10% of the open opportunities."""
    counts = Counter(proposals)
    total = sum(counts.values())
    if not total:
        return 0.0
    top = max(1, math.ceil(0.1 * opportunities))
    return sum(n for _, n in counts.most_common(top)) / total


def build(
    *, survivors: int, opportunities: int, seed: int
) -> tuple[list[Survivor], dict[str, str], list[Opportunity], dict[str, str]]:
    vocabulary = load_vocabulary()
    population = generate_population(survivors=survivors, opportunities=opportunities, seed=seed)
    opps, opp_family = [], {}
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
        opps.append(opportunity)
        opp_family[opportunity.opportunity_id] = synthetic.family
    people, family_of = [], {}
    for i, person in enumerate(population.survivors):
        survivor = Survivor.register(
            survivor_id=f"srv_{i:06d}",
            organisation_id=person.organisation_id,
            alias="P-EVAL",
            profile=profile_from_proto(person.profile),
        )
        survivor.assess_readiness(
            stage=ReadinessStage.EMPLOYMENT_READY, at=NOW, review_due=None, by="eval"
        )
        survivor.set_consent(purpose=ConsentPurpose.MATCHING, granted=True, at=NOW, by="eval")
        people.append(survivor)
        family_of[survivor.survivor_id] = person.family
    return people, family_of, opps, opp_family


def evaluate(*, survivors: int, opportunities: int, seed: int) -> dict[str, Any]:
    started = time.perf_counter()
    people, family_of, opps, opp_family = build(
        survivors=survivors, opportunities=opportunities, seed=seed
    )
    by_id = {o.opportunity_id: o for o in opps}
    index = OpportunityIndex(concepts=load_vocabulary(), weights=ScoreWeights())
    index.upsert_many(opps)
    ids = [o.opportunity_id for o in opps]
    bm25 = BM25Okapi(
        [
            tokens(
                f"{o.details.title} {o.details.description} {o.details.sector} "
                + " ".join(sorted(o.details.skills_required | o.details.skills_taught))
            )
            for o in opps
        ]
    )
    rng = random.Random(seed)  # noqa: S311 (a baseline, not a secret)
    methods = ("ours", "bm25", "bm25_rule_filtered", "random_eligible")
    recall: dict[str, list[float]] = {m: [] for m in methods}
    ndcg: dict[str, list[float]] = {m: [] for m in methods}
    violating: Counter[str] = Counter()
    returned: Counter[str] = Counter()
    evaluated = without_intended = 0
    below_floor = intended_below_floor = no_good_match = 0
    kind_names = {OpportunityKind.JOB: "jobs", OpportunityKind.TRAINING: "courses"}
    # per kind: method -> metric -> values
    per_kind: dict[str, dict[str, dict[str, list[float]]]] = {
        name: {
            m: {"mixed_recall": [], "alone_recall": [], "alone_ndcg": []}
            for m in ("ours", "bm25_rule_filtered")
        }
        for name in kind_names.values()
    }
    floor = index.relevance_floor
    for survivor in people:
        # Every opportunity the hard rules allow, the relevance floor aside: the intended
        # matches and the baselines' pool do not depend on our floor.
        index.relevance_floor = 0.0
        ranked_all = index.rank(survivor, k=len(opps))
        index.relevance_floor = floor
        eligible = {r.opportunity_id for r in ranked_all}
        relevant = {o for o in eligible if opp_family[o] == family_of[survivor.survivor_id]}
        report = MatchReport()
        ours = [m.opportunity.opportunity_id for m in index.matches(survivor, k=K, report=report)]
        below_floor += report.below_floor
        intended_below_floor += len(relevant) - len(
            relevant & {r.opportunity_id for r in index.rank(survivor, k=len(opps))}
        )
        if eligible and not ours:
            no_good_match += 1
        profile = survivor.profile
        query = tokens(f"{profile.interests} {profile.aspirations} " + " ".join(profile.skills))
        scores = bm25.get_scores(query)
        order = sorted(range(len(ids)), key=lambda i: (-scores[i], ids[i]))
        bm25_all = [ids[i] for i in order[:K]]
        bm25_eligible = [ids[i] for i in order if ids[i] in eligible][:K]
        eligible_list = sorted(eligible)
        random_pick = rng.sample(eligible_list, min(K, len(eligible_list)))
        lists = {
            "ours": ours,
            "bm25": bm25_all,
            "bm25_rule_filtered": bm25_eligible,
            "random_eligible": random_pick,
        }
        for method, ranked in lists.items():
            returned[method] += len(ranked)
            violating[method] += sum(1 for o in ranked if violations(survivor, by_id[o]))
        if not relevant:
            without_intended += 1
            continue
        evaluated += 1
        for method, ranked in lists.items():
            recall[method].append(recall_at_k(ranked, relevant))
            ndcg[method].append(ndcg_at_k(ranked, relevant))
        for kind, name in kind_names.items():
            of_kind = {o for o in relevant if by_id[o].details.kind is kind}
            if not of_kind:
                continue
            alone = {
                "ours": [
                    m.opportunity.opportunity_id
                    for m in index.matches(survivor, k=K, kinds=frozenset({kind}))
                ],
                "bm25_rule_filtered": [
                    ids[i]
                    for i in order
                    if ids[i] in eligible and by_id[ids[i]].details.kind is kind
                ][:K],
            }
            for method in ("ours", "bm25_rule_filtered"):
                figures = per_kind[name][method]
                if len(relevant) <= K:
                    shown = set(lists[method][:K])
                    figures["mixed_recall"].append(len(shown & of_kind) / len(of_kind))
                figures["alone_recall"].append(recall_at_k(alone[method], of_kind))
                figures["alone_ndcg"].append(ndcg_at_k(alone[method], of_kind))

    return {
        "survivors": survivors,
        "opportunities": opportunities,
        "openings": sum(o.capacity_left for o in opps),
        "seed": seed,
        "evaluated_survivors": evaluated,
        "survivors_without_intended_match": without_intended,
        "quality": {
            m: {
                "recall_at_10": round(sum(recall[m]) / max(1, len(recall[m])), 4),
                "ndcg_at_10": round(sum(ndcg[m]) / max(1, len(ndcg[m])), 4),
                "returned": returned[m],
                "hard_rule_violations": violating[m],
            }
            for m in methods
        },
        "relevance_floor": {
            "floor": floor,
            "eligible_pairs_below": below_floor,
            "intended_pairs_below": intended_below_floor,
            "survivors_with_eligible_but_none_relevant": no_good_match,
        },
        "per_kind": {
            name: {
                method: {
                    metric: round(sum(values) / max(1, len(values)), 4)
                    for metric, values in figures.items()
                }
                | {
                    "survivors_mixed": len(figures["mixed_recall"]),
                    "survivors_alone": len(figures["alone_recall"]),
                }
                for method, figures in methods_figures.items()
            }
            for name, methods_figures in per_kind.items()
        },
        "seconds": round(time.perf_counter() - started, 1),
    }


def concentration(*, survivors: int, opportunities: int, seed: int) -> dict[str, Any]:
    """Where proposals go when people outnumber openings: top-k lists and top-1 (every
    survivor offered their best, capacities ignored) beside a capacity-aware round."""
    started = time.perf_counter()
    people, _, opps, _ = build(survivors=survivors, opportunities=opportunities, seed=seed)
    index = OpportunityIndex(concepts=load_vocabulary(), weights=ScoreWeights())
    index.upsert_many(opps)
    top10: list[str] = []
    top1: list[str] = []
    candidates: list[Candidate] = []
    for survivor in people:
        ranked = index.rank(survivor, k=50)
        top10 += [r.opportunity_id for r in ranked[:K]]
        top1 += [r.opportunity_id for r in ranked[:1]]
        candidates += [
            Candidate(survivor.survivor_id, r.opportunity_id, min(1.0, r.total)) for r in ranked
        ]
    capacities = {o.opportunity_id: o.capacity_left for o in opps}
    result = run_matching_round(
        candidates,
        capacities=capacities,
        overbooking=1.2,
        survivor_ids=[p.survivor_id for p in people],
    )
    over_capacity = sum(max(0, n - capacities[o]) for o, n in Counter(top1).items())
    n = len(opps)
    return {
        "survivors": survivors,
        "opportunities": opportunities,
        "openings": sum(capacities.values()),
        "top10_lists": round(top_share(top10, opportunities=n), 4),
        "top1_per_survivor": round(top_share(top1, opportunities=n), 4),
        "top1_proposals": len(top1),
        "top10_proposals": len(top10),
        "openings_share_of_largest": round(
            top_share(
                [o for o, n in capacities.items() for _ in range(n)],
                opportunities=n,
            ),
            4,
        ),
        "top1_beyond_openings": over_capacity,
        "round_optimal": round(top_share(result.optimal.proposals.values(), opportunities=n), 4),
        "round_greedy": round(top_share(result.greedy.proposals.values(), opportunities=n), 4),
        "round_proposals": result.optimal.assigned_count,
        "distinct_top10": len(set(top10)),
        "distinct_top1": len(set(top1)),
        "distinct_round_optimal": len(set(result.optimal.proposals.values())),
        "distinct_round_greedy": len(set(result.greedy.proposals.values())),
        "round_total_fit": round(result.optimal.total_fit, 2),
        "greedy_total_fit": round(result.greedy.total_fit, 2),
        "seconds": round(time.perf_counter() - started, 1),
    }


def markdown(result: dict[str, Any], command: str) -> list[str]:
    quality = result["quality"]
    c = result["concentration"]
    ours_violations = quality["ours"]["hard_rule_violations"]
    names = {
        "ours": "GetMatches (our index)",
        "bm25": "BM25, blind to the hard rules",
        "bm25_rule_filtered": "BM25 over eligible opportunities only",
        "random_eligible": "random, eligible only",
    }
    lines = [
        "## Matching quality (`make eval`)",
        "",
        f"`{command}`: {result['survivors']:,} survivors, {result['opportunities']:,} open",
        f"opportunities ({result['openings']:,} openings) from the demo generator (seed",
        f"{result['seed']}); everyone employment-ready and consenting. Intended matches: the",
        "eligible opportunities of the survivor's own occupation family (known to the generator,",
        "never shown to the service). "
        f"{result['evaluated_survivors']:,} survivors have at least one; "
        f"{result['survivors_without_intended_match']:,} have none and are left out of recall "
        "and nDCG (not of violations and concentration).",
        "",
        "| method | recall@10 | nDCG@10 | returned | hard-rule violations |",
        "|---|---:|---:|---:|---:|",
    ]
    for method, name in names.items():
        q = quality[method]
        lines.append(
            f"| {name} | {q['recall_at_10']:.3f} | {q['ndcg_at_10']:.3f} | {q['returned']:,} "
            f"| {q['hard_rule_violations']:,} |"
        )
    f = result["relevance_floor"]
    lines += [
        "",
        f"Relevance floor {f['floor']}: {f['eligible_pairs_below']:,} eligible pairs left out "
        f"(of them {f['intended_pairs_below']:,} intended); "
        f"{f['survivors_with_eligible_but_none_relevant']:,} survivors had eligible",
        'opportunities but none relevant ("no good match yet"). Recall counts every intended',
        "match the hard rules allow, the floor's included.",
        "",
        "Per kind. *Mixed*: recall of each kind's intended matches in the one list shown",
        "(jobs and courses together), over the survivors whose intended matches all fit in",
        "ten. *Alone*: GetMatches asked for that kind only (`kinds`), beside BM25 over the",
        "eligible opportunities of that kind.",
        "",
        "| kind | survivors (mixed / alone) | ours mixed recall@10 | BM25 mixed recall@10 "
        "| ours alone recall@10 | ours alone nDCG@10 | BM25 alone recall@10 "
        "| BM25 alone nDCG@10 |",
        "|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for name, figures in result["per_kind"].items():
        ours, bm25 = figures["ours"], figures["bm25_rule_filtered"]
        lines.append(
            f"| {name} | {ours['survivors_mixed']:,} / {ours['survivors_alone']:,} "
            f"| {ours['mixed_recall']:.3f} | {bm25['mixed_recall']:.3f} "
            f"| {ours['alone_recall']:.3f} | {ours['alone_ndcg']:.3f} "
            f"| {bm25['alone_recall']:.3f} | {bm25['alone_ndcg']:.3f} |"
        )
    lines += [
        "",
        f"Hard-rule violations in what GetMatches returned: **{ours_violations}** "
        f"({'target met' if ours_violations == 0 else 'TARGET MISSED: must be 0'}); every",
        "returned pair re-checked with `matching.domain.rules.violations`.",
        "",
        "Concentration: share of all proposals that go to the most-proposed 10% of the open",
        "opportunities (0.10 would be perfectly even), measured where people outnumber the",
        f"places: {c['survivors']:,} survivors over {c['opportunities']:,} opportunities "
        f"({c['openings']:,} openings; same generator, same seed). Without rounds every",
        "survivor is proposed their own best match whatever its openings; the round proposes",
        "at most openings x 1.2 people per opportunity (top-50 candidates each).",
        "",
        "| proposals | proposals made | opportunities proposed | share to top 10% |",
        "|---|---:|---:|---:|",
        f"| every survivor's top-10 list (what GetMatches shows) | {c['top10_proposals']:,} "
        f"| {c['distinct_top10']:,} | {c['top10_lists']:.3f} |",
        f"| without rounds: every survivor's top-1 ({c['top1_beyond_openings']:,} beyond the "
        f"openings) | {c['top1_proposals']:,} | {c['distinct_top1']:,} "
        f"| {c['top1_per_survivor']:.3f} |",
        f"| capacity-aware round, optimal (total fit {c['round_total_fit']}; none beyond "
        f"openings x 1.2) | {c['round_proposals']:,} | {c['distinct_round_optimal']:,} "
        f"| {c['round_optimal']:.3f} |",
        f"| capacity-aware round, greedy baseline (total fit {c['greedy_total_fit']}) "
        f"| {c['round_proposals']:,} | {c['distinct_round_greedy']:,} | {c['round_greedy']:.3f} |",
        "",
        f"For reference, the 10% of opportunities with the most openings hold "
        f"{c['openings_share_of_largest']:.3f} of all openings: a round that fills places in",
        "proportion to openings concentrates as much as the openings do, and never proposes",
        "anyone beyond an opportunity's openings x overbooking.",
        "",
    ]
    return lines


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--survivors", type=int, default=500)
    parser.add_argument("--opportunities", type=int, default=3_000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--crowd-survivors", type=int, default=3_000)
    parser.add_argument("--crowd-opportunities", type=int, default=200)
    parser.add_argument(
        "--quick", action="store_true", help="200 survivors, 1,000 opportunities; crowd 1,000/80"
    )
    parser.add_argument("--markdown", type=Path, help="also write the markdown section here")
    args = parser.parse_args()
    if args.quick:
        args.survivors, args.opportunities = 200, 1_000
        args.crowd_survivors, args.crowd_opportunities = 1_000, 80
    result = evaluate(survivors=args.survivors, opportunities=args.opportunities, seed=args.seed)
    result["concentration"] = concentration(
        survivors=args.crowd_survivors, opportunities=args.crowd_opportunities, seed=args.seed
    )
    print(json.dumps(result), flush=True)
    command = "python bench/eval_matching.py" + (
        " --quick"
        if args.quick
        else f" --survivors {args.survivors} --opportunities {args.opportunities}"
    )
    lines = markdown(result, command)
    if args.markdown:
        args.markdown.parent.mkdir(parents=True, exist_ok=True)
        args.markdown.write_text("\n".join(lines))
    print("\n".join(lines))
    return 0 if result["quality"]["ours"]["hard_rule_violations"] == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
