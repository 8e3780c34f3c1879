"""The soak benchmark's load, through the gateway over HTTP (asyncio + httpx2), as its own
process; reads a JSON plan written by ``bench/soak.py`` and prints one JSON object.

``routes``: ``concurrency`` clients, each repeating an officer's journey for
``duration_s`` (after one journey each of warm-up): register a survivor (consenting to
matching and peer groups), send that same POST again with the same ``Idempotency-Key``
(the replay), replace the profile, assess readiness (employment-ready), ask for
recommendations, propose the first one and record the survivor's decision (accepted),
log in, and a facilitator asks for a peer-group proposal (each client for a group of its
own). p50/p99 per route of the 2xx answers, and every status code seen.

``erasure``: for each probe, a peer group in a district of its own and two survivors
there (open to peer groups), of a small NGO and peer organisation of their own; once a
proposal holds both, the probe is erased through the gateway and the group's proposal is
asked every ``poll_ms`` until the probe is no longer in it: the delay from the erasure's
answer to the first proposal without them (the erasure travels matching's outbox, Kafka
and peer groups' consumer into the pool). All the while, registrations arrive at
``write_rate_per_s`` (open loop: the steady write load) in the large NGO.

    python bench/soak_load.py routes PLAN.json
    python bench/soak_load.py erasure PLAN.json
"""

from __future__ import annotations

import asyncio
import json
import statistics
import sys
import time
import uuid
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

import httpx2 as httpx

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "services"))

from pathways_runtime.aliases import alias_seen_by

ROUTES = (
    "register",
    "replayed_post",
    "profile_update",
    "readiness",
    "recommendations",
    "match_propose",
    "match_decision",
    "login",
    "peer_group_proposal",
)

#: A survivor as an officer registers them (Bangkok, Thai, looking for service work).
PROFILE: dict[str, Any] = {
    "languages": [{"language": "th", "level": "native"}],
    "residence": {"country": "TH", "district": "Bang Rak", "latitude": 13.73, "longitude": 100.524},
    "age_band": "25-34",
    "interests": "อยากทำงานในร้านกาแฟ ชอบทำขนม",
    "aspirations": "เปิดร้านขนมของตัวเอง",
    "interest_tags": ["cooking"],
    "skills": ["customer_service"],
    "travel_radius_km": 25,
    "income_goal": {"amount": 9000, "currency": "THB"},
    "availability": [{"day_of_week": 4, "start_minute": 18 * 60, "duration_minutes": 90}],
}


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def summary(latencies_ms: list[float]) -> dict[str, Any]:
    if not latencies_ms:
        return {"count": 0}
    return {
        "count": len(latencies_ms),
        "p50_ms": round(statistics.median(latencies_ms), 2),
        "p99_ms": round(_percentile(latencies_ms, 0.99), 2),
        "max_ms": round(max(latencies_ms), 2),
    }


class Caller:
    """One HTTP client; every call timed, by route, with its status."""

    def __init__(self, client: httpx.AsyncClient, record: bool = True) -> None:
        self.client = client
        self.record = record
        self.latencies: dict[str, list[float]] = defaultdict(list)
        self.statuses: dict[str, Counter[int]] = defaultdict(Counter)
        self.errors: Counter[str] = Counter()

    async def call(
        self,
        route: str,
        method: str,
        path: str,
        *,
        token: str = "",
        key: str | None = None,
        if_match: str = "",
        **kwargs: Any,
    ) -> httpx.Response | None:
        headers: dict[str, str] = {}
        if token:
            headers["Authorization"] = f"Bearer {token}"
        if method == "POST" and token:
            headers["Idempotency-Key"] = key or uuid.uuid4().hex
        if if_match:
            headers["If-Match"] = if_match
        started = time.perf_counter()
        try:
            response = await self.client.request(method, path, headers=headers, **kwargs)
        except httpx.HTTPError as error:
            self.errors[f"{route}: {type(error).__name__}"] += 1
            return None
        if self.record:
            self.statuses[route][response.status_code] += 1
            if 200 <= response.status_code < 300:  # the percentiles are of answers given
                self.latencies[route].append((time.perf_counter() - started) * 1000)
        return response

    async def operation(self, route: str, path: str, *, token: str, json: Any) -> None:
        """A request that may become a long-running operation (a peer-group proposal):
        the POST, then, on ``202``, its ``Location`` read every ``OPERATION_POLL_S`` until
        it is no longer running. Timed from the POST to the end; recorded as the POST's
        status when it answered at once, else ``200`` for an operation that succeeded and
        ``599`` for one that failed (so a slow proposal is never counted as the 2 s the
        gateway waits before it answers 202)."""
        auth = {"Authorization": f"Bearer {token}"}
        started = time.perf_counter()
        try:
            response = await self.client.post(
                path, headers={**auth, "Idempotency-Key": uuid.uuid4().hex}, json=json
            )
            status = response.status_code
            location = response.headers.get("Location", "")
            while status == 202 or (status == 200 and _running(response)):
                await asyncio.sleep(OPERATION_POLL_S)
                response = await self.client.get(location, headers=auth)
                status = response.status_code
                if status == 200 and not _running(response):
                    status = 200 if response.json().get("state") == "succeeded" else 599
        except httpx.HTTPError as error:
            self.errors[f"{route}: {type(error).__name__}"] += 1
            return
        if self.record:
            self.statuses[route][status] += 1
            if 200 <= status < 300:
                self.latencies[route].append((time.perf_counter() - started) * 1000)


#: How often the load generator reads a running operation (its own choice, finer than the
#: gateway's ``Retry-After``, so the time it records is the operation's, give or take this).
OPERATION_POLL_S = 0.1


def _running(response: httpx.Response) -> bool:
    return bool(response.json().get("state") == "running")


def _ok(response: httpx.Response | None) -> bool:
    return response is not None and 200 <= response.status_code < 300


async def register(
    caller: Caller,
    plan: dict[str, Any],
    profile: dict[str, Any],
    *,
    consents: list[str],
    ngo: str = "",
    officer: str = "",
) -> tuple[str, str, str, dict[str, Any]] | None:
    """(survivor id, ETag, alias, the request's body) of a new survivor (of the plan's NGO,
    registered by its officer, unless another NGO and officer token are given)."""
    body = {"profile": profile, "consents": consents}
    key = uuid.uuid4().hex
    path = f"/v1/organisations/{ngo or plan['ngo']}/survivors"
    response = await caller.call(
        "register", "POST", path, token=officer or plan["officer_token"], key=key, json=body
    )
    if not _ok(response):
        return None
    assert response is not None
    created = response.json()
    return (
        created["id"],
        response.headers.get("etag", ""),
        created.get("alias", ""),
        {"key": key, "body": body},
    )


async def journey(caller: Caller, plan: dict[str, Any], n: int, *, group_id: str) -> None:
    officer = plan["officer_token"]
    registered = await register(caller, plan, PROFILE, consents=["matching", "peer_groups"])
    if registered is None:
        return
    survivor_id, etag, _, sent = registered
    await caller.call(
        "replayed_post",
        "POST",
        f"/v1/organisations/{plan['ngo']}/survivors",
        token=officer,
        key=sent["key"],
        json=sent["body"],
    )
    updated = await caller.call(
        "profile_update",
        "PUT",
        f"/v1/survivors/{survivor_id}/profile",
        token=officer,
        if_match=etag,
        json={**PROFILE, "aspirations": f"เปิดร้านขนมของตัวเอง {n}"},
    )
    if _ok(updated):
        assert updated is not None
        etag = updated.headers.get("etag", etag)
    await caller.call(
        "readiness",
        "POST",
        f"/v1/survivors/{survivor_id}/readiness-assessments",
        token=officer,
        if_match=etag,
        json={"stage": "employment_ready"},
    )
    found = await caller.call(
        "recommendations",
        "GET",
        f"/v1/survivors/{survivor_id}/recommendations",
        token=officer,
        params={"top_k": 10},
    )
    items = found.json().get("items", []) if _ok(found) and found is not None else []
    if items:
        proposed = await caller.call(
            "match_propose",
            "POST",
            f"/v1/survivors/{survivor_id}/matches",
            token=officer,
            json={"opportunity_id": items[0]["opportunity_id"]},
        )
        if _ok(proposed) and proposed is not None:
            await caller.call(
                "match_decision",
                "POST",
                f"/v1/matches/{proposed.json()['id']}/decision",
                token=officer,
                json={"decision": "accepted"},
            )
    await caller.call(
        "login",
        "POST",
        "/v1/auth/token",
        data={"username": plan["officer_username"], "password": plan["password"]},
    )
    await caller.operation(
        "peer_group_proposal",
        "/v1/peer-group-proposals",
        token=plan["facilitator_token"],
        json={"group_ids": [group_id], "seed": n},
    )


def _client(plan: dict[str, Any], connections: int) -> httpx.AsyncClient:
    return httpx.AsyncClient(
        base_url=plan["url"],
        timeout=60.0,
        limits=httpx.Limits(max_connections=connections, max_keepalive_connections=connections),
    )


async def routes(plan: dict[str, Any]) -> dict[str, Any]:
    concurrency = int(plan["concurrency"])
    async with _client(plan, concurrency * 2) as client:
        warm = Caller(client, record=False)
        groups = plan["group_ids"]
        await asyncio.gather(
            *(journey(warm, plan, -1 - w, group_id=groups[w]) for w in range(concurrency))
        )
        caller = Caller(client)
        started = time.perf_counter()
        stop_at = started + float(plan["duration_s"])
        journeys = 0

        async def worker(w: int) -> None:
            nonlocal journeys
            n = w
            while time.perf_counter() < stop_at:
                await journey(caller, plan, n, group_id=groups[w])
                journeys += 1
                n += concurrency

        await asyncio.gather(*(worker(w) for w in range(concurrency)))
        elapsed = time.perf_counter() - started
    return {
        "mode": "routes",
        "concurrency": concurrency,
        "seconds": round(elapsed, 1),
        "journeys": journeys,
        "routes": {route: summary(caller.latencies[route]) for route in ROUTES},
        "statuses": {
            route: {str(k): v for k, v in sorted(caller.statuses[route].items())}
            for route in ROUTES
        },
        "errors": dict(caller.errors),
    }


def _members(response: httpx.Response | None) -> set[str] | None:
    if not _ok(response) or response is None:
        return None
    proposals = response.json().get("proposals", [])
    return {card["alias"] for proposal in proposals for card in proposal.get("members", [])}


async def erasure(plan: dict[str, Any]) -> dict[str, Any]:
    # The probes are a small NGO's, watched by its own peer organisation's facilitator (a
    # small pool scope at every size); the steady writes are the large NGO's.
    facilitator = plan["probe_facilitator_token"]
    officer = plan["probe_officer_token"]
    async with _client(plan, 64) as client:
        setup = Caller(client, record=False)
        probes: list[dict[str, Any]] = []
        for n in range(int(plan["probes"])):
            district = f"Soak {uuid.uuid4().hex[:10]}"
            profile = {**PROFILE, "residence": {**PROFILE["residence"], "district": district}}
            created = await setup.call(
                "setup",
                "POST",
                f"/v1/organisations/{plan['probe_peer_org']}/peer-groups",
                token=facilitator,
                json={
                    "title": f"Soak circle {n}",
                    "languages": ["th"],
                    "modality": "in_person",
                    "country": "TH",
                    "district": district,
                    "focus": "any",
                    "min_size": 2,
                    "max_size": 4,
                    "schedule": PROFILE["availability"],
                },
            )
            if not _ok(created) or created is None:
                raise SystemExit(f"cannot create a group: {created.text if created else ''}")
            people = []
            for _ in range(2):
                registered = await register(
                    setup,
                    plan,
                    profile,
                    consents=["peer_groups"],
                    ngo=plan["probe_ngo"],
                    officer=officer,
                )
                if registered is None:
                    raise SystemExit("cannot register a probe survivor")
                survivor_id, etag, own_alias, _ = registered
                # The peer organisation knows them by a code of its own.
                alias = alias_seen_by(
                    plan["probe_peer_org"],
                    survivor_id=survivor_id,
                    organisation_id=plan["probe_ngo"],
                    alias=own_alias,
                )
                assessed = await setup.call(
                    "setup",
                    "POST",
                    f"/v1/survivors/{survivor_id}/readiness-assessments",
                    token=officer,
                    if_match=etag,
                    json={"stage": "peer_support_ready"},
                )
                if not _ok(assessed):
                    raise SystemExit("cannot assess a probe survivor")
                people.append((survivor_id, alias))
            probes.append({"group_id": created.json()["id"], "people": people})

        async def proposal(group_id: str) -> set[str] | None:
            response = await setup.call(
                "poll",
                "POST",
                "/v1/peer-group-proposals",
                token=facilitator,
                json={"group_ids": [group_id], "seed": 1},
            )
            return _members(response)

        # Every probe's pair in the pool (fed over Kafka) before the clock starts.
        deadline = time.perf_counter() + float(plan.get("pool_timeout_s", 600))
        waiting = list(probes)
        while waiting:
            if time.perf_counter() > deadline:
                raise SystemExit(f"{len(waiting)} probe groups never filled from the pool")
            still = []
            for probe in waiting:
                members = await proposal(probe["group_id"])
                if members is None or not {a for _, a in probe["people"]} <= members:
                    still.append(probe)
            waiting = still
            if waiting:
                await asyncio.sleep(0.5)

        writes = Caller(client)
        stop = asyncio.Event()

        async def steady_writes() -> None:
            rate = float(plan["write_rate_per_s"])
            tasks: list[asyncio.Task[Any]] = []
            started = time.perf_counter()
            sent = 0
            while not stop.is_set():
                due = int((time.perf_counter() - started) * rate)
                while sent < due:
                    sent += 1
                    tasks.append(
                        asyncio.create_task(
                            register(writes, plan, PROFILE, consents=["matching", "peer_groups"])
                        )
                    )
                await asyncio.sleep(0.01)
            await asyncio.gather(*tasks)

        background = asyncio.create_task(steady_writes())
        await asyncio.sleep(2.0)
        delays: list[float] = []
        failures: Counter[str] = Counter()
        timeout_s = float(plan.get("erasure_timeout_s", 120))
        poll_s = float(plan.get("poll_ms", 200)) / 1000
        for probe in probes:
            survivor_id, alias = probe["people"][0]
            erased = await setup.call(
                "erase", "DELETE", f"/v1/survivors/{survivor_id}", token=officer
            )
            accepted = time.perf_counter()
            if not _ok(erased):
                failures[f"erase {erased.status_code if erased else 'error'}"] += 1
                continue
            while True:
                members = await proposal(probe["group_id"])
                if members is not None and alias not in members:
                    delays.append((time.perf_counter() - accepted) * 1000)
                    break
                if time.perf_counter() - accepted > timeout_s:
                    failures[f"still in the pool after {timeout_s:.0f} s"] += 1
                    break
                await asyncio.sleep(poll_s)
        stop.set()
        await background
    return {
        "mode": "erasure",
        "probes": len(probes),
        "write_rate_per_s": plan["write_rate_per_s"],
        "writes": summary(writes.latencies["register"]),
        "write_statuses": {str(k): v for k, v in sorted(writes.statuses["register"].items())},
        "erasure": summary(delays),
        "failures": dict(failures),
        "errors": dict(setup.errors + writes.errors),
    }


def main() -> int:
    mode, plan_path = sys.argv[1], sys.argv[2]
    with open(plan_path) as plan_file:
        plan = json.load(plan_file)
    runner = {"routes": routes, "erasure": erasure}[mode]
    print(json.dumps(asyncio.run(runner(plan))), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
