"""HTTP load against the gateway, run as its own process (asyncio + httpx2).

Two modes, each reading a JSON plan written by ``bench/gateway_load.py`` and printing one
JSON object:

``reads``: ``concurrency`` clients, each sending ``GET /v1/survivors/{id}/recommendations``
back to back (survivors round-robin) for ``duration_s``; throughput and latency percentiles
of the answers, and the status codes seen. The plan's ``path`` asks for another path instead
(``{survivor}`` in it stands for the survivor's id): ``/v1/me`` measures what every signed-in
request costs the gateway before its own work.

``freshness``: opportunity updates at a fixed offered rate (open loop: each update is
scheduled at its own time, whether or not earlier ones returned; an employer pausing and
reopening jobs, each ``PUT /v1/opportunities/{id}/status`` with ``If-Match``), and beside
them probes: an opportunity in a survivor's current top 10 is closed through the gateway,
then the survivor's recommendations are asked every ``poll_ms`` until it is gone. The
freshness of a probe is the time from the gateway's answer to the close (the update
accepted) to the first recommendations that no longer hold it.

    python bench/load_generator.py reads PLAN.json
    python bench/load_generator.py freshness PLAN.json
"""

from __future__ import annotations

import asyncio
import json
import statistics
import sys
import time
from collections import Counter
from typing import Any

import httpx2 as httpx

#: What the ``reads`` mode asks for unless its plan names another ``path``.
READ_PATH = "/v1/survivors/{survivor}/recommendations?top_k=10"


def _percentile(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def _summary(latencies_ms: list[float]) -> dict[str, float]:
    return {
        "p50_ms": round(statistics.median(latencies_ms), 2) if latencies_ms else float("nan"),
        "p99_ms": round(_percentile(latencies_ms, 0.99), 2),
        "max_ms": round(max(latencies_ms), 2) if latencies_ms else float("nan"),
    }


def _client(plan: dict[str, Any], connections: int) -> httpx.AsyncClient:
    return httpx.AsyncClient(
        base_url=plan["url"],
        timeout=30.0,
        limits=httpx.Limits(max_connections=connections, max_keepalive_connections=connections),
    )


async def reads(plan: dict[str, Any]) -> dict[str, Any]:
    concurrency = int(plan["concurrency"])
    duration = float(plan["duration_s"])
    warmup = float(plan.get("warmup_s", 2.0))
    headers = {"Authorization": f"Bearer {plan['officer_token']}"}
    survivors: list[str] = plan["survivors"]
    path: str = plan.get("path") or READ_PATH
    latencies: list[float] = []
    statuses: Counter[int] = Counter()
    errors: Counter[str] = Counter()
    counter = completed = 0
    cpu_before = time.process_time()
    async with _client(plan, concurrency) as client:
        start = time.perf_counter()
        measure_from = start + warmup
        stop_at = measure_from + duration

        async def worker() -> None:
            nonlocal counter, completed
            while (now := time.perf_counter()) < stop_at:
                counter += 1
                survivor = survivors[counter % len(survivors)]
                try:
                    response = await client.get(path.format(survivor=survivor), headers=headers)
                except httpx.HTTPError as error:
                    if now >= measure_from:
                        errors[type(error).__name__] += 1
                    continue
                done = time.perf_counter()
                completed += 1
                if now >= measure_from and done <= stop_at:
                    statuses[response.status_code] += 1
                    latencies.append((done - now) * 1000)

        await asyncio.gather(*(worker() for _ in range(concurrency)))
    ok = statuses.get(200, 0)
    # Warm-up included: what each process's CPU is divided by.
    answered_in_all = completed
    generator_cpu_s = time.process_time() - cpu_before
    return {
        "mode": "reads",
        "concurrency": concurrency,
        "duration_s": duration,
        "requests": sum(statuses.values()),
        "ok": ok,
        "throughput_rps": round(ok / duration, 1),
        "statuses": {str(k): v for k, v in sorted(statuses.items())},
        "errors": dict(errors),
        "answered_in_all": answered_in_all,
        "generator_cpu_s": round(generator_cpu_s, 3),
        **_summary(latencies),
    }


async def freshness(plan: dict[str, Any]) -> dict[str, Any]:
    rate = float(plan["rate_per_s"])
    duration = float(plan["duration_s"])
    poll_s = float(plan.get("poll_ms", 20)) / 1000
    employer = {"Authorization": f"Bearer {plan['employer_token']}"}
    officer = {"Authorization": f"Bearer {plan['officer_token']}"}
    versions: dict[str, int] = {o: 1 for o in plan["background"]}
    open_now: dict[str, bool] = {o: True for o in plan["background"]}
    busy: set[str] = set()
    update_latencies: list[float] = []
    update_statuses: Counter[int] = Counter()
    update_errors: Counter[str] = Counter()
    skipped = 0
    fresh_ms: list[float] = []
    accept_ms: list[float] = []
    probe_failures: Counter[str] = Counter()
    async with _client(plan, int(plan.get("connections", 64))) as client:

        async def update(opportunity_id: str) -> None:
            status = "paused" if open_now[opportunity_id] else "open"
            t0 = time.perf_counter()
            try:
                response = await client.put(
                    f"/v1/opportunities/{opportunity_id}/status",
                    json={"status": status},
                    headers={**employer, "If-Match": f'"{versions[opportunity_id]}"'},
                )
            except httpx.HTTPError as error:
                update_errors[type(error).__name__] += 1
                return
            finally:
                busy.discard(opportunity_id)
            update_latencies.append((time.perf_counter() - t0) * 1000)
            update_statuses[response.status_code] += 1
            if response.status_code == 200:
                open_now[opportunity_id] = not open_now[opportunity_id]
                etag = response.headers.get("etag", "").strip('W/"')
                versions[opportunity_id] = (
                    int(etag) if etag.isdigit() else versions[opportunity_id] + 1
                )

        async def probe(survivor_id: str, opportunity_id: str, version: int) -> None:
            t0 = time.perf_counter()
            try:
                closed = await client.put(
                    f"/v1/opportunities/{opportunity_id}/status",
                    json={"status": "closed"},
                    headers={**employer, "If-Match": f'"{version}"'},
                )
            except httpx.HTTPError as error:
                probe_failures[type(error).__name__] += 1
                return
            accepted = time.perf_counter()
            if closed.status_code != 200:
                probe_failures[f"close {closed.status_code}"] += 1
                return
            accept_ms.append((accepted - t0) * 1000)
            deadline = accepted + 30
            while time.perf_counter() < deadline:
                try:
                    response = await client.get(
                        f"/v1/survivors/{survivor_id}/recommendations",
                        params={"top_k": 10},
                        headers=officer,
                    )
                except httpx.HTTPError as error:
                    probe_failures[type(error).__name__] += 1
                    await asyncio.sleep(poll_s)
                    continue
                if response.status_code == 200:
                    ids = {item["opportunity_id"] for item in response.json()["items"]}
                    if opportunity_id not in ids:
                        fresh_ms.append((time.perf_counter() - accepted) * 1000)
                        return
                await asyncio.sleep(poll_s)
            probe_failures["still shown after 30 s"] += 1

        tasks: list[asyncio.Task[None]] = []
        background = list(plan["background"])
        probes = list(plan["probes"])
        probe_every = duration / max(1, len(probes))
        start = time.perf_counter()
        sent = 0
        next_probe = start + 1.0
        while (now := time.perf_counter()) < start + duration:
            due = int((now - start) * rate)
            while sent < due:
                opportunity_id = background[sent % len(background)]
                sent += 1
                if opportunity_id in busy:  # its previous update has not returned yet
                    skipped += 1
                    continue
                busy.add(opportunity_id)
                tasks.append(asyncio.create_task(update(opportunity_id)))
            if probes and now >= next_probe:
                survivor_id, opportunity_id, version = probes.pop(0)
                tasks.append(asyncio.create_task(probe(survivor_id, opportunity_id, version)))
                next_probe += probe_every
            await asyncio.sleep(0.002)
        await asyncio.gather(*tasks)
        elapsed = time.perf_counter() - start
    ok = update_statuses.get(200, 0)
    return {
        "mode": "freshness",
        "offered_rate_per_s": rate,
        "duration_s": duration,
        "updates_sent": sent - skipped,
        "updates_skipped_busy": skipped,
        "updates_ok": ok,
        "achieved_rate_per_s": round(ok / elapsed, 1),
        "update_statuses": {str(k): v for k, v in sorted(update_statuses.items())},
        "update_errors": dict(update_errors),
        "update": _summary(update_latencies),
        "probes": len(fresh_ms),
        "probe_failures": dict(probe_failures),
        "close_accept": _summary(accept_ms),
        "freshness": _summary(fresh_ms),
    }


def main() -> int:
    mode, plan_path = sys.argv[1], sys.argv[2]
    with open(plan_path) as plan_file:
        plan = json.load(plan_file)
    runner = {"reads": reads, "freshness": freshness}[mode]
    print(json.dumps(asyncio.run(runner(plan))), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
