"""Peer-group proposals through the gateway (a script, not a test): does a facilitator get them?

Starts matching, peer groups and the gateway as real processes (on the given Kafka and
MongoDB-protocol server, fresh databases), writes a pool of demo survivors (the
population of ``bench/peer_groups_formation.py``: consenting, ready, "do not group with"
links among 3%) into peer groups' store with its own repository, sealed under real data
keys, creates groups through the gateway (in-person where enough people live, online per
language) and then asks, over HTTP as a facilitator:

- one joint proposal for every group: the time from the request until the proposals are
  available (the 200 answer, or the 202's operation polled until it has succeeded);
- one proposal per group (the first 40), one after the other: the same time for each;

and counts every answer that is 5xx (target 0). Prints one JSON line per pool size.

    .venv/bin/python bench/peer_group_proposals.py --sizes 1000 --groups 40 \\
        --mongodb-uri mongodb://127.0.0.1:17017 --kafka 127.0.0.1:19092
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
import uuid
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "protos"), str(ROOT / "services")]

import httpx2 as httpx  # noqa: E402
from peer_groups_formation import pool_of, requests_for  # noqa: E402
from pymongo import MongoClient  # noqa: E402

from pathways_runtime.field_crypto import ensure_key_vault, field_crypto_from_settings  # noqa: E402
from pathways_runtime.settings import FieldCryptoSettings  # noqa: E402
from peer_groups.adapters.mongo_repositories import MongoPoolRepository  # noqa: E402
from peer_groups.domain.pool import PoolMember  # noqa: E402
from tests.e2e.support import (  # noqa: E402
    Client,
    login,
    organisation,
    running_system,
    share,
    user,
)

POLL_TIMEOUT_S = 900.0
#: Single-group proposals asked for (the first groups): enough for their spread.
MAX_SINGLES = 40


class Answers:
    """Every HTTP answer's status, so 5xx are counted wherever they came from. An access
    token that expired during a long run is renewed by logging in again (not counted)."""

    def __init__(self, usernames: dict[int, str]) -> None:
        self.statuses: Counter[int] = Counter()
        self._usernames = usernames

    def call(self, client: Client, method: str, path: str, **kwargs: Any) -> httpx.Response:
        response = client.call(method, path, **kwargs)
        if response.status_code == 401 and id(client) in self._usernames:
            client.token = login(client.url, self._usernames[id(client)]).token
            response = client.call(method, path, **kwargs)
        for _ in range(10):  # the write rate limit: wait as told, then ask again
            if response.status_code != 429:
                break
            self.statuses[429] += 1
            time.sleep(float(response.headers.get("retry-after", "1")))
            response = client.call(method, path, **kwargs)
        self.statuses[response.status_code] += 1
        return response

    @property
    def server_errors(self) -> int:
        return sum(n for code, n in self.statuses.items() if code >= 500)


def fill_pool(mongodb_uri: str, database: str, members: list[PoolMember]) -> float:
    """Write the pool straight into peer groups' store with its own repository, sealed under
    each survivor's data key in the shared key vault (as the consumer of survivors.v1 would,
    minus the broker: replaying the shared topic takes minutes; see the report)."""
    began = time.monotonic()
    client: MongoClient[dict[str, Any]] = MongoClient(
        mongodb_uri, tz_aware=True, uuidRepresentation="standard"
    )
    with client:
        ensure_key_vault(client, FieldCryptoSettings().field_crypto_key_vault_namespace)
        crypto = field_crypto_from_settings(
            FieldCryptoSettings(), client=client, may_create_keys=True
        )
        repository = MongoPoolRepository(client[database], crypto=crypto)
        with ThreadPoolExecutor(max_workers=4) as workers:
            list(workers.map(repository.upsert, members))
    return time.monotonic() - began


def group_bodies(pool: list[PoolMember], *, groups: int) -> list[dict[str, Any]]:
    """In-person groups where enough people live, online groups per language (as
    ``bench/peer_groups_formation.py`` asks), both kinds kept in any cut."""
    bodies: list[dict[str, Any]] = []
    for request in requests_for(pool):
        settings = request.settings
        body: dict[str, Any] = {
            "title": f"bench {request.group_id}"[:120],
            "languages": sorted(settings.languages),
            "modality": settings.modality.value,
            "min_size": settings.min_size,
            "max_size": settings.max_size,
            "schedule": [
                {
                    "day_of_week": slot.day_of_week,
                    "start_minute": slot.start_minute,
                    "duration_minutes": slot.duration_minutes,
                }
                for slot in settings.schedule
            ],
        }
        if settings.modality.value == "in_person":
            body |= {"country": settings.country, "district": settings.district}
        bodies.append(body)
    online = [b for b in bodies if b["modality"] == "online"]
    local = [b for b in bodies if b["modality"] == "in_person"]
    mixed = [*online[: groups // 4], *local, *online[groups // 4 :]]
    # More groups than places call for: alike groups side by side (a programme runs several).
    copies = [b | {"title": f"{b['title']} ({n})"} for n in range(2, 10) for b in mixed]
    return [*mixed, *copies][:groups]


def whole_result(
    facilitator: Client, answers: Answers, location: str, first: dict[str, Any]
) -> dict[str, Any] | None:
    """The result with every page of its groups (read after the timing: a facilitator has
    the proposals once the first page is there)."""
    proposals = list(first["proposals"])
    start = first.get("next_groups_from")
    while start is not None:
        response = answers.call(
            facilitator, "GET", f"{location}?groups_from={start}&groups_limit=100"
        )
        if response.status_code != 200:
            return None
        page = response.json()["result"]
        proposals += page["proposals"]
        start = page.get("next_groups_from")
    return first | {"proposals": proposals}


def timed_proposal(
    facilitator: Client, answers: Answers, group_ids: list[str]
) -> tuple[float, dict[str, Any] | None, int]:
    """Seconds from the request until the proposals are available (their first page), the
    whole result, polls."""
    began = time.monotonic()
    response = answers.call(
        facilitator, "POST", "/v1/peer-group-proposals", json={"group_ids": group_ids, "seed": 1}
    )
    polls = 0
    if response.status_code == 200:
        took = time.monotonic() - began
        location = response.headers["location"]
        return took, whole_result(facilitator, answers, location, response.json()), polls
    if response.status_code != 202:
        return time.monotonic() - began, None, polls
    location = response.headers["location"]
    while time.monotonic() - began < POLL_TIMEOUT_S:
        time.sleep(float(response.headers.get("retry-after", "1")) / 4)
        polls += 1
        response = answers.call(facilitator, "GET", location)
        if response.status_code != 200:
            continue
        body = response.json()
        if body["state"] == "succeeded":
            took = time.monotonic() - began
            return took, whole_result(facilitator, answers, location, body["result"]), polls
        if body["state"] == "failed":
            return time.monotonic() - began, None, polls
    return time.monotonic() - began, None, polls


def run(size: int, groups: int, *, mongodb_uri: str, kafka: str, seed: int) -> dict[str, Any]:
    tmp = Path(tempfile.mkdtemp(prefix="pg-bench-"))
    with running_system(tmp, mongodb_uri=mongodb_uri, kafka_bootstrap=kafka) as system:
        admin = login(system.url, "root.admin")
        ngo = organisation(admin, "ngo")
        peer_org = organisation(admin, "peer_support")
        # The NGO shares its survivors with the peer organisation's groups (a partnership).
        share(admin, ngo, peer_org)
        facilitator_name = user(admin, peer_org, "facilitator")
        facilitator = login(system.url, facilitator_name)
        env = system.gateway.env
        run_id = uuid.uuid4().hex[:8]
        pool_database = "p_" + env["PATHWAYS_MONGODB_DATABASE"].removeprefix("gw_")
        pool = [
            replace(m, survivor_id=f"{run_id}_{m.survivor_id}", organisation_id=ngo, version=1)
            for m in pool_of(size, seed=seed)
        ]
        filled_s = fill_pool(mongodb_uri, pool_database, pool)
        answers = Answers({id(facilitator): facilitator_name})
        ids = []
        for body in group_bodies(pool, groups=groups):
            created = answers.call(
                facilitator, "POST", f"/v1/organisations/{peer_org}/peer-groups", json=body
            )
            if created.status_code == 201:
                ids.append(created.json()["id"])
        overview = answers.call(
            facilitator, "GET", "/v1/peer-group-pool?language=th&language=km&language=my"
        )
        joint_s, joint, joint_polls = timed_proposal(facilitator, answers, ids)
        singles = [
            timed_proposal(facilitator, answers, [group_id])[0] for group_id in ids[:MAX_SINGLES]
        ]
        formed = [p for p in (joint or {}).get("proposals", []) if p["feasible"]]
        return {
            "pool": size,
            "groups": len(ids),
            "pool_filled_s": round(filled_s, 1),
            "overview_status": overview.status_code,
            "overview_open": overview.json().get("open") if overview.status_code == 200 else None,
            "joint_available_s": round(joint_s, 2),
            "joint_polls": joint_polls,
            "joint_formed_groups": len(formed),
            "joint_people_placed": sum(len(p["members"]) for p in formed),
            "joint_mean_cohesion": round(sum(p["cohesion"] for p in formed) / len(formed), 3)
            if formed
            else None,
            "single_p50_s": round(sorted(singles)[len(singles) // 2], 2) if singles else None,
            "single_max_s": round(max(singles), 2) if singles else None,
            "answers": dict(sorted(answers.statuses.items())),
            "answers_5xx": answers.server_errors,
        }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000")
    parser.add_argument("--groups", default="40", help="groups per size, comma-separated")
    parser.add_argument("--mongodb-uri", required=True)
    parser.add_argument("--kafka", required=True)
    parser.add_argument("--seed", type=int, default=int(uuid.uuid4().int % 1000))
    args = parser.parse_args()
    sizes = [int(x) for x in args.sizes.split(",")]
    groups = [int(x) for x in args.groups.split(",")]
    for size, count in zip(sizes, groups + groups[-1:] * len(sizes), strict=False):
        print(
            json.dumps(
                run(size, count, mongodb_uri=args.mongodb_uri, kafka=args.kafka, seed=args.seed)
            ),
            flush=True,
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
