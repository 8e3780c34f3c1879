"""Peer-group formation at scale (a script, not a test): ours beside two baselines.

For pools of 1k, 10k and 50k survivors (the demo-data generator's population, everyone
treated as consenting and ready, with "do not group with" links among 3% of them as from a
shared case) it asks for in-person groups in every district with enough people and online
groups per language, all of 6 to 10 members, and reports for each method: wall time, groups
formed, people placed, mean cohesion, and hard-rule violations (ours must have 0).

- ours: ``peer_groups.domain.formation.form_groups``;
- greedy: first fit in random order into the first group where every rule holds (safe, but
  blind to cohesion);
- k-means: scikit-learn KMeans on the same interest features within each group's language
  and place, cut into groups of 10 (cohesive, but blind to links, ages and schedules).

    .venv/bin/python bench/peer_groups_formation.py --sizes 1000,10000,50000
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, replace

import numpy as np
from sklearn.cluster import KMeans

from pathways.v1 import common_pb2
from pathways_demo.generator import generate_population
from peer_groups.domain.cohesion import CohesionWeights, featurise
from peer_groups.domain.formation import GroupRequest, form_groups
from peer_groups.domain.group import GroupSettings
from peer_groups.domain.pool import PoolMember
from peer_groups.domain.rules import FormationPolicy, violations, why_not_eligible
from peer_groups.domain.values import GroupFocus, Modality, ReadinessStage, WeeklySlot

POLICY = FormationPolicy()
WEIGHTS = CohesionWeights()
_STAGES = {
    common_pb2.READINESS_STAGE_STABILISING: ReadinessStage.PEER_SUPPORT_READY,
    common_pb2.READINESS_STAGE_PEER_SUPPORT_READY: ReadinessStage.PEER_SUPPORT_READY,
    common_pb2.READINESS_STAGE_TRAINING_READY: ReadinessStage.TRAINING_READY,
    common_pb2.READINESS_STAGE_EMPLOYMENT_READY: ReadinessStage.EMPLOYMENT_READY,
}


def pool_of(size: int, *, seed: int) -> list[PoolMember]:
    population = generate_population(survivors=size, opportunities=1, seed=seed)
    rng = random.Random(seed)  # noqa: S311 - reproducible synthetic data, not secrets
    members = []
    for i, s in enumerate(population.survivors):
        p = s.profile
        members.append(
            PoolMember(
                survivor_id=f"sv_{i:06d}",
                organisation_id=s.organisation_id,
                alias=f"P-{i:06d}",
                languages=frozenset(x.language for x in p.languages),
                age_band=p.age_band,
                minor=p.minor,
                readiness=_STAGES.get(s.readiness, ReadinessStage.PEER_SUPPORT_READY),
                peer_group_consent=True,
                country=p.residence.country,
                district=p.residence.district,
                availability=tuple(
                    WeeklySlot(a.day_of_week, a.start_minute, a.duration_minutes)
                    for a in p.availability
                ),
                interests=frozenset(p.interest_tags) | {s.family},
            )
        )
    by_place: dict[tuple[str, str], list[int]] = defaultdict(list)
    for i, m in enumerate(members):
        by_place[(m.country, m.district)].append(i)
    links: dict[int, set[str]] = defaultdict(set)
    for i, m in enumerate(members):
        if rng.random() < 0.03:
            for j in rng.sample(by_place[(m.country, m.district)], k=3):
                if j != i:
                    links[i].add(members[j].survivor_id)
    return [replace(m, do_not_group_with=frozenset(links[i])) for i, m in enumerate(members)]


def requests_for(pool: Sequence[PoolMember]) -> list[GroupRequest]:
    """In-person groups where enough people live, online groups per language."""
    requests = []
    by_place: dict[tuple[str, str], list[PoolMember]] = defaultdict(list)
    for m in pool:
        by_place[(m.country, m.district)].append(m)
    for (country, district), people in sorted(by_place.items()):
        languages = Counter(x for m in people for x in m.languages)
        slots = Counter(s for m in people for s in m.availability)
        for k in range(len(people) // 16):
            language = languages.most_common(1)[0][0]
            slot = slots.most_common(k % 3 + 1)[-1][0]
            requests.append(
                GroupRequest(
                    f"grp_{country}_{district}_{k}",
                    GroupSettings(
                        languages=frozenset({language}),
                        modality=Modality.IN_PERSON,
                        country=country,
                        district=district,
                        focus=GroupFocus.ANY,
                        min_size=6,
                        max_size=10,
                        schedule=(slot,),
                    ),
                )
            )
    speakers = Counter(x for m in pool for x in m.languages)
    everyone = Counter(s for m in pool for s in m.availability)
    evenings = tuple(s for s, _ in everyone.most_common(4))
    for language, count in sorted(speakers.items()):
        for k in range(count // 80):
            requests.append(
                GroupRequest(
                    f"grp_online_{language}_{k}",
                    GroupSettings(
                        languages=frozenset({language}),
                        modality=Modality.ONLINE,
                        focus=GroupFocus.ANY,
                        min_size=6,
                        max_size=10,
                        schedule=evenings,
                    ),
                )
            )
    return requests


@dataclass
class Outcome:
    method: str
    seconds: float
    groups: int
    placed: int
    cohesion: float
    violations: int


def _score(
    method: str,
    seconds: float,
    groups: dict[str, list[PoolMember]],
    requests: Sequence[GroupRequest],
    pool: Sequence[PoolMember],
) -> Outcome:
    features = featurise(pool, WEIGHTS)
    row = {m.survivor_id: i for i, m in enumerate(pool)}
    settings = {r.group_id: r.settings for r in requests}
    formed = {g: people for g, people in groups.items() if people}
    broken = sum(len(violations(p, settings[g], policy=POLICY)) for g, p in formed.items())
    cohesions = [features.cohesion([row[m.survivor_id] for m in p]) for p in formed.values()]
    return Outcome(
        method,
        seconds,
        len(formed),
        sum(len(p) for p in formed.values()),
        float(np.mean(cohesions)) if cohesions else 0.0,
        broken,
    )


def ours(requests: Sequence[GroupRequest], pool: Sequence[PoolMember], *, seed: int) -> Outcome:
    start = time.perf_counter()
    formation = form_groups(requests, pool, policy=POLICY, weights=WEIGHTS, seed=seed)
    seconds = time.perf_counter() - start
    groups = {p.group_id: list(p.members) for p in formation.proposals if p.feasible}
    return _score("ours", seconds, groups, requests, pool)


def greedy(requests: Sequence[GroupRequest], pool: Sequence[PoolMember], *, seed: int) -> Outcome:
    start = time.perf_counter()
    order = list(pool)
    random.Random(seed).shuffle(order)  # noqa: S311 - a reproducible baseline order
    groups: dict[str, list[PoolMember]] = {r.group_id: [] for r in requests}
    by_language: dict[str, list[GroupRequest]] = defaultdict(list)
    for r in requests:
        for language in r.settings.languages:
            by_language[language].append(r)
    for person in order:
        for r in (r for x in sorted(person.languages) for r in by_language[x]):
            members = groups[r.group_id]
            if len(members) >= r.settings.max_size:
                continue
            if why_not_eligible(person, r.settings, policy=POLICY) is not None:
                continue
            trial = [*members, person]
            if not violations(trial, r.settings, policy=POLICY, check_size=False):
                members.append(person)
                break
    for r in requests:
        if len(groups[r.group_id]) < r.settings.min_size:
            groups[r.group_id] = []
    return _score("greedy", time.perf_counter() - start, groups, requests, pool)


#: Groups that could share people: languages, modality, country, district.
_Kind = tuple[tuple[str, ...], Modality, str, str]


def kmeans(requests: Sequence[GroupRequest], pool: Sequence[PoolMember], *, seed: int) -> Outcome:
    start = time.perf_counter()
    features = featurise(pool, WEIGHTS)
    taken: set[int] = set()
    groups: dict[str, list[PoolMember]] = {}
    by_key: dict[_Kind, list[GroupRequest]] = defaultdict(list)
    for r in requests:
        s = r.settings
        by_key[(tuple(sorted(s.languages)), s.modality, s.country, s.district)].append(r)
    for (languages, modality, country, district), reqs in by_key.items():
        rows = [
            i
            for i, m in enumerate(pool)
            if i not in taken
            and m.languages & set(languages)
            and (modality is Modality.ONLINE or (m.country, m.district) == (country, district))
        ]
        if len(rows) < len(reqs):
            continue
        labels = KMeans(n_clusters=len(reqs), n_init=1, random_state=seed).fit_predict(
            features.interests[rows]
        )
        for cluster, r in enumerate(reqs):
            chosen = [rows[k] for k in np.flatnonzero(labels == cluster)][: r.settings.max_size]
            taken.update(chosen)
            groups[r.group_id] = (
                [pool[i] for i in chosen] if len(chosen) >= r.settings.min_size else []
            )
    return _score("k-means (rule-blind)", time.perf_counter() - start, groups, requests, pool)


def run(sizes: Sequence[int], *, seed: int) -> list[dict[str, int | float | str]]:
    rows: list[dict[str, int | float | str]] = []
    for size in sizes:
        pool = pool_of(size, seed=seed)
        requests = requests_for(pool)
        for method in (ours, greedy, kmeans):
            outcome = method(requests, pool, seed=seed)
            rows.append({"pool": size, "requested_groups": len(requests), **outcome.__dict__})
            print(json.dumps(rows[-1]), file=sys.stderr, flush=True)
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000,50000")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    rows = run([int(x) for x in args.sizes.split(",")], seed=args.seed)
    print(json.dumps(rows))
    ours_broken = sum(int(r["violations"]) for r in rows if r["method"] == "ours")
    return 1 if ours_broken else 0


if __name__ == "__main__":
    sys.exit(main())
