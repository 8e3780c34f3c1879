"""Soak: what each request and each idle process costs as the stores grow (``make bench-soak``).

For each size N (default 1,000 and 100,000) a data set of its own, under
``.local/bench-soak/size-N/`` with its own Kafka and FerretDB (on free ports, never the
shared or default ones): N survivors, N matches, 10 x N audit entries and 2 x N idempotency
records, grown through the services' own stores (``bench/soak_growth.py``: survivors
sealed with field crypto, one data key each; the audit hash chain; claim-then-complete
idempotency records), plus 500 open opportunities. Growth is resumable: a data set that
already holds its size is reused as it is; one that stopped half way goes on from there.

Then, with the real processes (FerretDB, Kafka, ``python -m matching``,
``python -m peer_groups``, ``python -m gateway``):

1. settle: the services publish what growth left in the outboxes and peer groups
   consumes it (the pool holds the grown survivors); waited for, not measured;
2. idle CPU: each process's CPU time (``/proc/<pid>/stat`` utime + stime) over 60 s
   with no request at all, as a share of one core;
3. routes: ``bench/soak_load.py routes`` (4 officers' journeys back to back through the
   gateway: registration, the replayed POST, profile update, readiness, recommendations,
   match proposal and decision, login, a peer-group proposal), p50 and p99 per route;
4. erasure: ``bench/soak_load.py erasure``: 20 survivors erased through the gateway while
   registrations arrive at 5/s; the delay until a peer-group proposal no longer holds them.

A markdown table (first size beside the last, with the ratio and the targets)
goes to stdout and ``--output``; the raw figures to a JSON file under ``.local/``.

    .venv/bin/python bench/soak.py                      # 1,000 and 100,000 (hours: growth)
    .venv/bin/python bench/soak.py --quick              # 200 and 2,000 (minutes)
    .venv/bin/python bench/soak.py --sizes 1000 100000 --grow-only
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import secrets
import socket
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx2 as httpx
from pymongo import MongoClient
from stack import (
    ROOT,
    Service,
    cpu_seconds,
    free_port,
    infrastructure_pids,
    service_env,
    start_service,
)

from matching.adapters.dashboard_counters import DASHBOARDS_MIGRATION
from pathways_runtime.outbox_relay import PENDING_COLLECTION

SOAK_DIR = ROOT / ".local" / "bench-soak"
OPPORTUNITIES = 500
#: A first start on a grown data set may build what is missing (indexes, id sets): wait.
START_TIMEOUT_S = 3600.0
#: Targets: p50 at full size within 1.5 x p50 at the first, idle processes, erasure.
P50_RATIO = 1.5
IDLE_SHARE = 0.02
ERASURE_P99_S = 10.0
ROUTE_NAMES = {
    "register": "registration",
    "replayed_post": "replayed POST",
    "profile_update": "profile update",
    "readiness": "readiness assessment",
    "recommendations": "recommendations",
    "match_propose": "match proposal",
    "match_decision": "match decision",
    "login": "login",
    "peer_group_proposal": "peer-group proposal",
}


#: The district of the facilitators' groups: the one the demo generator gives most of its
#: Thai speakers in Thailand (about a tenth of them at every size). Not the load's own
#: district (Bang Rak, where the journeys register people): there the share of the scope
#: would depend on how many runs registered people before, and a proposal stops reading
#: once its seats have enough candidates, so its cost would follow the data set's history.
GROUP_DISTRICT = "Khlong Toei, Bangkok"


def say(message: str) -> None:
    print(f"soak: {message}", file=sys.stderr, flush=True)


def targets(size: int) -> dict[str, int]:
    return {
        "survivors": size,
        "matches": size,
        "audit": 10 * size,
        "idempotency": 2 * size,
        "opportunities": OPPORTUNITIES,
    }


def _free(port: int) -> bool:
    with socket.socket() as sock:
        try:
            sock.bind(("127.0.0.1", port))
        except OSError:
            return False
    return True


def ports(state: dict[str, Any]) -> tuple[int, int, int]:
    """The data set's Kafka, FerretDB and key-vault FerretDB ports: last time's when free."""
    known = state.get("ports", {})
    kafka = known.get("kafka", 0)
    ferretdb, key_vault = known.get("ferretdb", 0), known.get("key_vault", 0)
    if not (kafka and _free(kafka) and _free(kafka + 1)):
        kafka = free_port(pair=True)
    if not (ferretdb and _free(ferretdb)):
        ferretdb = free_port()
    if not (key_vault and _free(key_vault)) or key_vault == ferretdb:
        key_vault = free_port()
    state["ports"] = {"kafka": kafka, "ferretdb": ferretdb, "key_vault": key_vault}
    return kafka, ferretdb, key_vault


class DataSet:
    """The state file of one size's data set (ids of its organisations and users, their
    password, growth progress); readable by the current user only."""

    def __init__(self, size: int) -> None:
        self.size = size
        self.dir = SOAK_DIR / f"size-{size}"
        self.dir.mkdir(parents=True, exist_ok=True)
        self.path = self.dir / "state.json"
        self.state: dict[str, Any] = json.loads(self.path.read_text()) if self.path.exists() else {}
        self.state.setdefault("seed", 12)
        self.state.setdefault("password", secrets.token_urlsafe(18))
        self.state.update(targets(size))

    def save(self) -> None:
        if not self.path.exists():
            self.path.touch(mode=0o600)
        self.path.write_text(json.dumps(self.state, indent=1))

    def reload(self) -> None:
        self.state = json.loads(self.path.read_text())


def soak_env(addresses: dict[str, str], **overrides: str) -> dict[str, str]:
    """The services' environment, with their own health-check interval: the benchmarks'
    0.5 s (``stack.service_env``, for fast starts) would add its checks to the idle CPU."""
    env = service_env(addresses, **overrides)
    env.pop("PATHWAYS_HEALTH_CHECK_INTERVAL_S", None)
    return env


def gateway_env(addresses: dict[str, str], data: DataSet, **extra: str) -> dict[str, str]:
    return soak_env(
        addresses,
        PATHWAYS_HTTP_PORT=str(data.state["http_port"]),
        PATHWAYS_MATCHING_ADDRESS=f"127.0.0.1:{data.state['matching_port']}",
        PATHWAYS_PEER_GROUPS_ADDRESS=f"127.0.0.1:{data.state['peer_groups_port']}",
        PATHWAYS_ARGON2_TIME_COST="1",
        PATHWAYS_ARGON2_MEMORY_COST_KIB="1024",
        PATHWAYS_ARGON2_PARALLELISM="1",
        PATHWAYS_ACCESS_TOKEN_TTL_S="3600",  # noqa: S106 (a lifetime, not a secret)
        # The load comes from a few users on one address: lift the write limits.
        PATHWAYS_WRITE_LIMIT_PER_USER="100000000",
        PATHWAYS_READ_LIMIT_PER_USER="100000000",
        PATHWAYS_WRITE_LIMIT_PER_IP="100000000",
        # Logins are timed too: the same user logs in over and over from one address.
        PATHWAYS_LOGIN_LIMIT_PER_IP="100000000",
        PATHWAYS_LOGIN_LIMIT_PER_USERNAME="100000000",
        PATHWAYS_BACKEND_TIMEOUT_S="10",
        **extra,
    )


def _http(method: str, url: str, *, token: str = "", **kwargs: Any) -> Any:
    headers = dict(kwargs.pop("headers", {}))
    if token:
        headers["Authorization"] = f"Bearer {token}"
        if method == "POST":
            headers["Idempotency-Key"] = uuid.uuid4().hex
    response = httpx.request(method, url, headers=headers, timeout=60, **kwargs)
    if not 200 <= response.status_code < 300:
        raise SystemExit(f"{method} {url}: {response.status_code} {response.text[:300]}")
    return response


def token(url: str, username: str, password: str) -> str:
    response = _http(
        "POST", f"{url}/v1/auth/token", data={"username": username, "password": password}
    )
    return str(response.json()["access_token"])


def organisation(url: str, admin: str, kind: str, *, vet: bool) -> str:
    body = {"name": f"soak {kind} {uuid.uuid4().hex[:6]}", "type": kind, "country": "TH"}
    made = _http("POST", f"{url}/v1/organisations", token=admin, json=body).json()
    if vet:
        _http(
            "POST",
            f"{url}/v1/organisations/{made['id']}/vetting",
            token=admin,
            headers={"If-Match": f'"{made["version"]}"'},
        )
    return str(made["id"])


def user(url: str, admin: str, organisation_id: str, role: str, password: str) -> tuple[str, str]:
    """A user (the first of its organisation, so approved) who replaces the administrator's
    temporary password with ``password`` at a first sign-in."""
    username = f"soak.{role}.{uuid.uuid4().hex[:6]}"
    given = uuid.uuid4().hex + " temporary"
    body = {
        "organisation_id": organisation_id,
        "username": username,
        "role": role,
        "password": given,
    }
    made = _http("POST", f"{url}/v1/users", token=admin, json=body).json()
    chosen = httpx.post(
        f"{url}/v1/auth/token",
        data={"username": username, "password": given, "new_password": password},
        timeout=60,
    )
    chosen.raise_for_status()
    return username, str(made["id"])


def set_up_people(addresses: dict[str, str], data: DataSet, logs: Path) -> None:
    """The administrator (by the CLI), an NGO with an officer, a vetted employer and
    training provider, a peer-support organisation with a facilitator (over HTTP)."""
    state = data.state
    env = gateway_env(addresses, data)
    created = subprocess.run(
        [sys.executable, "-m", "gateway", "create-admin", "--username", "soak.admin"],
        input=state["password"] + "\n",
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    if created.returncode != 0:
        raise SystemExit(f"create-admin failed: {created.stderr[-2000:]}")
    gateway = start_service("gateway", env=env, log_dir=logs, name="gateway-setup")
    try:
        url = gateway.address
        admin = token(url, "soak.admin", state["password"])

        state["ngo"] = organisation(url, admin, "ngo", vet=False)
        state["employer"] = organisation(url, admin, "employer", vet=True)
        state["provider"] = organisation(url, admin, "training_provider", vet=True)
        state["peer_org"] = organisation(url, admin, "peer_support", vet=False)
        state["officer_username"], state["officer_id"] = user(
            url, admin, state["ngo"], "reintegration_officer", state["password"]
        )
        state["facilitator_username"], _ = user(
            url, admin, state["peer_org"], "facilitator", state["password"]
        )
        data.save()
    finally:
        gateway.stop()


def grow(addresses: dict[str, str], data: DataSet) -> dict[str, Any]:
    say(f"growing the stores to {data.size:,} survivors (resumable; progress below)")
    data.save()
    started = time.perf_counter()
    result = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "soak_growth.py"), str(data.path)],
        env=service_env(addresses),
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
        check=False,
    )
    if result.returncode != 0:
        raise SystemExit("growth failed (see above); run again to resume")
    data.reload()
    grown: dict[str, Any] = json.loads(result.stdout.strip().splitlines()[-1])
    grown["wall_s"] = round(time.perf_counter() - started, 1)
    return grown


def _count(client: MongoClient[dict[str, Any]], database: str, collection: str, query: Any) -> int:
    return int(client[database][collection].count_documents(query))


def build_dashboards(addresses: dict[str, str], data: DataSet) -> dict[str, Any] | None:
    """Growth writes through the repositories, not the handlers that keep each
    organisation's dashboard counts, so a grown data set has none: they are built once by
    the operator's migration (``python -m matching migrate``, a cold pass over what is
    stored), as on a system upgraded to the release that introduced them. Timed; skipped
    when already done. Matching would otherwise build them at its first start, before it
    serves (the counts must not change while they are built)."""
    client: MongoClient[dict[str, Any]] = MongoClient(addresses["PATHWAYS_MONGODB_URI"])
    try:
        done = client["pathways_matching"]["migrations"].find_one({"_id": DASHBOARDS_MIGRATION})
    finally:
        client.close()
    if done is not None:
        return None
    say("building the dashboard counts once (python -m matching migrate)")
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "matching", "migrate"],
        env=soak_env(addresses),
        cwd=ROOT,
        check=True,
        timeout=4 * 3600,
    )
    return {"seconds": round(time.perf_counter() - started, 1)}


def settle(addresses: dict[str, str], data: DataSet, *, timeout_s: float) -> dict[str, Any]:
    """Wait until matching's outboxes are empty and the peer pool stopped growing (the
    events growth left were published and consumed). Harness reads, not the services'."""
    client: MongoClient[dict[str, Any]] = MongoClient(
        addresses["PATHWAYS_MONGODB_URI"], socketTimeoutMS=600_000
    )
    started = time.perf_counter()
    deadline = started + timeout_s
    pending = 0
    pool_before, stable = -1, 0
    try:
        while time.perf_counter() < deadline:
            # What the relay has yet to publish: its markers (one per document with unsent
            # events) and the standalone outbox; both hold only what is pending, so this
            # costs what is left, not a scan of 200,000 aggregates that would compete with
            # the relay for the store. The pool is counted once nothing is pending.
            pending = _count(client, "pathways_matching", PENDING_COLLECTION, {}) + _count(
                client, "pathways_matching", "outbox", {}
            )
            pool = _count(client, "pathways_peer_groups", "pool", {}) if pending == 0 else -1
            say(
                f"settling: {pending:,} documents with unsent events"
                + (f", {pool:,} in the peer pool" if pool >= 0 else "")
            )
            stable = stable + 1 if pending == 0 and pool == pool_before else 0
            if stable >= 2:
                break
            pool_before = pool
            time.sleep(5 if data.size < 20_000 else 30)
        return {
            "seconds": round(time.perf_counter() - started, 1),
            "unsent_left": pending,
            "pool": pool_before,
            "settled": stable >= 2,
        }
    finally:
        client.close()


def idle_cpu(pids: dict[str, int], seconds: float) -> dict[str, float]:
    """Each process's CPU time over ``seconds`` with no traffic, as a share of one core."""
    before = {name: cpu_seconds(pid) for name, pid in pids.items()}
    t0 = time.monotonic()
    time.sleep(seconds)
    elapsed = time.monotonic() - t0
    return {
        name: round((cpu_seconds(pid) - before[name]) / elapsed, 4) for name, pid in pids.items()
    }


def load(mode: str, plan: dict[str, Any], data: DataSet) -> dict[str, Any]:
    path = data.dir / f"plan-{mode}.json"
    path.touch(mode=0o600)
    path.write_text(json.dumps(plan))
    result = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "soak_load.py"), mode, str(path)],
        capture_output=True,
        text=True,
        check=False,
    )
    path.unlink()
    if result.returncode != 0:
        raise SystemExit(f"soak load ({mode}) failed:\n{result.stderr[-3000:]}")
    answer: dict[str, Any] = json.loads(result.stdout.strip().splitlines()[-1])
    return answer


def share_with_peer_groups(data: DataSet) -> None:
    """The NGO shares its survivors with the peer organisation's groups (a partnership, set
    by the administrator; idempotent, so data sets grown before partnerships existed get it
    here): without it the facilitator's pool holds nobody of the NGO's.

    And the erasure step's own pair (made once per data set): a small NGO with an officer,
    sharing with a peer organisation of its own with a facilitator. The probes are that
    NGO's survivors, so the proposal that watches for them reads a small scope at every
    size (a proposal in the large NGO's scope reads a share of it, and could miss them),
    while their erasure travels the outbox, Kafka and the consumer that everyone's does."""
    state = data.state
    url = f"http://127.0.0.1:{state['http_port']}"
    admin = token(url, "soak.admin", state["password"])
    password = state["password"]
    _share(
        url,
        admin,
        state["ngo"],
        state["peer_org"],
        officer=state["officer_username"],
        password=password,
    )
    if "probe_officer_username" not in state:
        state["probe_ngo"] = organisation(url, admin, "ngo", vet=False)
        state["probe_peer_org"] = organisation(url, admin, "peer_support", vet=False)
        state["probe_officer_username"], _ = user(
            url, admin, state["probe_ngo"], "reintegration_officer", state["password"]
        )
        state["probe_facilitator_username"], _ = user(
            url, admin, state["probe_peer_org"], "facilitator", state["password"]
        )
        data.save()
    _share(
        url,
        admin,
        state["probe_ngo"],
        state["probe_peer_org"],
        officer=state["probe_officer_username"],
        password=password,
    )


def _share(url: str, admin: str, ngo: str, partner: str, *, officer: str, password: str) -> None:
    """Proposed by the administrator, accepted by an officer of the NGO (nothing is shared
    before the NGO accepts)."""
    _http("PUT", f"{url}/v1/organisations/{ngo}/partners/{partner}", token=admin)
    _http(
        "POST",
        f"{url}/v1/organisations/{ngo}/partners/{partner}/acceptance",
        token=token(url, officer, password),
    )


@contextlib.contextmanager
def services(addresses: dict[str, str], data: DataSet, logs: Path) -> Iterator[list[Service]]:
    state = data.state
    started: list[Service] = []
    try:
        started.append(
            start_service(
                "matching",
                env=soak_env(
                    addresses,
                    PATHWAYS_GRPC_PORT=str(state["matching_port"]),
                    PATHWAYS_MONGODB_TIMEOUT_MS="120000",
                ),
                log_dir=logs,
                name="matching",
                timeout_s=START_TIMEOUT_S,
            )
        )
        started.append(
            start_service(
                "peer_groups",
                env=soak_env(
                    addresses,
                    PATHWAYS_GRPC_PORT=str(state["peer_groups_port"]),
                    PATHWAYS_MONGODB_TIMEOUT_MS="120000",
                ),
                log_dir=logs,
                name="peer_groups",
                timeout_s=START_TIMEOUT_S,
            )
        )
        started.append(
            start_service(
                "gateway",
                env=gateway_env(addresses, data),
                log_dir=logs,
                name="gateway",
                timeout_s=START_TIMEOUT_S,
            )
        )
        share_with_peer_groups(data)
        yield started
    finally:
        for service in reversed(started):
            service.stop()


def run_size(size: int, args: argparse.Namespace) -> dict[str, Any]:
    from infra.local_stack import infrastructure  # the root is on the path once stack is imported

    data = DataSet(size)
    for name in ("http_port", "matching_port", "peer_groups_port"):
        if not (data.state.get(name) and _free(data.state[name])):
            data.state[name] = free_port()
    kafka_port, ferretdb_port, key_vault_port = ports(data.state)
    data.save()
    logs = data.dir / "logs"
    result: dict[str, Any] = {"size": size, "targets": targets(size)}
    with infrastructure(
        run_dir=data.dir,
        kafka_port=kafka_port,
        ferretdb_port=ferretdb_port,
        key_vault_port=key_vault_port,
    ) as addresses:
        if "officer_id" not in data.state:
            set_up_people(addresses, data, logs)
        result["growth"] = grow(addresses, data)
        if args.grow_only:
            return result
        result["dashboards_built"] = build_dashboards(addresses, data)
        with services(addresses, data, logs) as running:
            say("services up; waiting for the grown events to be published and consumed")
            result["settle"] = settle(addresses, data, timeout_s=args.settle_timeout_s)
            pids = infrastructure_pids(data.dir)
            pids.update({s.module: s.pid for s in running})
            say(f"idle CPU over {args.idle_s:.0f} s")
            result["idle_cpu_share"] = idle_cpu(pids, args.idle_s)
            state = data.state
            url = running[-1].address
            officer = token(url, state["officer_username"], state["password"])
            facilitator = token(url, state["facilitator_username"], state["password"])
            # One group per client: proposals for one group at once answer 409 (conflict).
            groups = [
                _http(
                    "POST",
                    f"{url}/v1/organisations/{state['peer_org']}/peer-groups",
                    token=facilitator,
                    json={
                        "title": f"Thursday evening circle {n}",
                        "languages": ["th"],
                        "modality": "in_person",
                        "country": "TH",
                        "district": GROUP_DISTRICT,
                        "focus": "any",
                        "min_size": 4,
                        "max_size": 8,
                        "schedule": [
                            {"day_of_week": 4, "start_minute": 1080, "duration_minutes": 90}
                        ],
                    },
                ).json()["id"]
                for n in range(args.concurrency)
            ]
            plan = {
                "url": url,
                "ngo": state["ngo"],
                "peer_org": state["peer_org"],
                "officer_token": officer,
                "officer_username": state["officer_username"],
                "password": state["password"],
                "facilitator_token": facilitator,
                "group_ids": groups,
            }
            say(f"routes: {args.concurrency} journeys at once for {args.duration_s:.0f} s")
            _step(
                result,
                "routes",
                {**plan, "concurrency": args.concurrency, "duration_s": args.duration_s},
                data,
            )
            say(f"erasure: {args.probes} survivors erased under {args.write_rate:g} writes/s")
            probes = {
                "probe_ngo": state["probe_ngo"],
                "probe_peer_org": state["probe_peer_org"],
                "probe_officer_token": token(
                    url, state["probe_officer_username"], state["password"]
                ),
                "probe_facilitator_token": token(
                    url, state["probe_facilitator_username"], state["password"]
                ),
            }
            _step(
                result,
                "erasure",
                {**plan, **probes, "probes": args.probes, "write_rate_per_s": args.write_rate},
                data,
            )
    return result


def _step(result: dict[str, Any], mode: str, plan: dict[str, Any], data: DataSet) -> None:
    """One load step into ``result[mode]``; a step that fails is recorded as such (its
    message in ``result[mode + "_error"]``) and the run goes on, so what was measured
    before it is still written. The size's figures so far are saved after each step."""
    try:
        result[mode] = load(mode, plan, data)
    except SystemExit as failed:
        message = str(failed.code)[-2000:]
        result[f"{mode}_error"] = message
        say(f"{mode} failed: {message.splitlines()[-1] if message else '?'}")
    saved = data.dir / "result.json"
    saved.write_text(json.dumps(result, indent=1))


def _ms(value: Any) -> str:
    return f"{value:,.0f}" if isinstance(value, (int, float)) and value >= 100 else f"{value}"


def _met(ok: bool) -> str:
    return "met" if ok else "**not met**"


def markdown(results: list[dict[str, Any]], *, command: str, load: tuple[str, str]) -> str:
    small, large = results[0], results[-1]
    a, b = f"{small['size']:,}", f"{large['size']:,}"
    lines = [
        f"`{command}`: sizes {a} and {b} survivors (with as many matches, 10x audit entries, "
        f"2x idempotency records, {OPPORTUNITIES} open opportunities); load average (1 / 5 / 15 "
        f"min) at the start {load[0]}, at the end {load[1]} (2 cores).",
        "",
        f"| route | p50 at {a} (ms) | p99 at {a} (ms) | p50 at {b} (ms) | p99 at {b} (ms) "
        f"| p50 ratio | target p50 <= {P50_RATIO} x | answers not 2xx ({a} / {b}) |",
        "|---|---:|---:|---:|---:|---:|---|---|",
    ]

    def others(result: dict[str, Any], route: str) -> str:
        statuses = result.get("routes", {}).get("statuses", {}).get(route, {})
        bad = {code: n for code, n in statuses.items() if not code.startswith("2")}
        return ", ".join(f"{code}: {n}" for code, n in sorted(bad.items())) or "none"

    for route, name in ROUTE_NAMES.items():
        s = small.get("routes", {}).get("routes", {}).get(route, {})
        t = large.get("routes", {}).get("routes", {}).get(route, {})
        if not s.get("count") or not t.get("count"):
            lines.append(
                f"| {name} | - | - | - | - | - | not measured "
                f"| {others(small, route)} / {others(large, route)} |"
            )
            continue
        ratio = t["p50_ms"] / s["p50_ms"] if s["p50_ms"] else float("inf")
        target = _met(ratio <= P50_RATIO) if route != "match_propose" else "(not a target)"
        if small is large:  # one size measured: there is nothing to compare it with
            ratio_text, target = "-", "one size: no ratio"
        else:
            ratio_text = f"{ratio:.2f}"
        lines.append(
            f"| {name} | {_ms(s['p50_ms'])} | {_ms(s['p99_ms'])} | {_ms(t['p50_ms'])} "
            f"| {_ms(t['p99_ms'])} | {ratio_text} | {target} "
            f"| {others(small, route)} / {others(large, route)} |"
        )
    lines += [
        "",
        f"| process | idle CPU at {a} (% of a core) | idle CPU at {b} (% of a core) "
        f"| target <= {IDLE_SHARE:.0%} |",
        "|---|---:|---:|---|",
    ]
    for process in large.get("idle_cpu_share", {}):
        s_share = small.get("idle_cpu_share", {}).get(process, float("nan"))
        t_share = large["idle_cpu_share"][process]
        ok = max(s_share, t_share) <= IDLE_SHARE
        lines.append(f"| {process} | {s_share:.1%} | {t_share:.1%} | {_met(ok)} |")
    lines += [
        "",
        "| erasure to the peer pool | at " + a + " | at " + b + f" | target p99 <= "
        f"{ERASURE_P99_S:g} s |",
        "|---|---:|---:|---|",
    ]
    s_e, t_e = small.get("erasure", {}), large.get("erasure", {})

    def cell(e: dict[str, Any], key: str) -> str:
        found = e.get("erasure", {})
        return f"{found[key] / 1000:.2f} s" if key in found else "-"

    p99_ok = "p99_ms" in t_e.get("erasure", {}) and t_e["erasure"]["p99_ms"] <= ERASURE_P99_S * 1000
    lines += [
        f"| p50 | {cell(s_e, 'p50_ms')} | {cell(t_e, 'p50_ms')} | |",
        f"| p99 | {cell(s_e, 'p99_ms')} | {cell(t_e, 'p99_ms')} | {_met(p99_ok)} |",
        f"| erasures timed (failed) | {s_e.get('erasure', {}).get('count', 0)} "
        f"({sum(s_e.get('failures', {}).values())}) | {t_e.get('erasure', {}).get('count', 0)} "
        f"({sum(t_e.get('failures', {}).values())}) | |",
        f"| steady writes: registrations/s, p50 | {s_e.get('write_rate_per_s', '-')}, "
        f"{_ms(s_e.get('writes', {}).get('p50_ms', '-'))} ms "
        f"| {t_e.get('write_rate_per_s', '-')}, "
        f"{_ms(t_e.get('writes', {}).get('p50_ms', '-'))} ms | |",
        "",
    ]
    for r in results:
        for mode in ("routes", "erasure"):
            if f"{mode}_error" in r:
                last = r[f"{mode}_error"].strip().splitlines() or ["?"]
                lines.append(f"The {mode} step failed at {r['size']:,}: {last[-1]}")
    rates = []
    for r in results:
        for store, figure in r.get("growth", {}).get("growth_rates", {}).items():
            if figure.get("seconds"):
                rates.append(
                    f"{store} {figure['items'] / figure['seconds']:,.0f}/s (at {r['size']:,})"
                )
    if rates:
        lines += ["Write rates while growing: " + "; ".join(rates) + ".", ""]
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1_000, 100_000])
    parser.add_argument("--quick", action="store_true", help="200 and 2,000: checks the harness")
    parser.add_argument("--duration-s", type=float, default=120.0, help="routes, per size")
    parser.add_argument("--concurrency", type=int, default=4)
    parser.add_argument("--idle-s", type=float, default=60.0)
    parser.add_argument("--probes", type=int, default=20)
    parser.add_argument("--write-rate", type=float, default=5.0, help="registrations/s")
    parser.add_argument("--settle-timeout-s", type=float, default=6 * 3600)
    parser.add_argument("--grow-only", action="store_true", help="grow the data sets, no more")
    parser.add_argument("--output", default=str(SOAK_DIR / "SOAK.md"), help="markdown table")
    parser.add_argument("--json", default="", help="raw figures (default .local/bench-soak/)")
    args = parser.parse_args()
    command = "make bench-soak" + ("-quick" if args.quick else "")
    if args.quick:
        args.sizes = [200, 2_000]
        args.duration_s = 40.0
        args.settle_timeout_s = 900.0
    load_start = " / ".join(f"{x:.1f}" for x in os.getloadavg())
    started = datetime.now(UTC)
    results = [run_size(size, args) for size in args.sizes]
    load_end = " / ".join(f"{x:.1f}" for x in os.getloadavg())
    raw = {
        "command": command,
        "started": started.isoformat(),
        "finished": datetime.now(UTC).isoformat(),
        "load_average_start": load_start,
        "load_average_end": load_end,
        "cores": os.cpu_count(),
        "results": results,
    }
    json_path = Path(args.json or SOAK_DIR / f"soak-{started:%Y%m%dT%H%M%S}.json")
    json_path.parent.mkdir(parents=True, exist_ok=True)
    json_path.write_text(json.dumps(raw, indent=1))
    say(f"raw figures in {json_path}")
    if args.grow_only:
        return 0
    table = markdown(results, command=command, load=(load_start, load_end))
    Path(args.output).parent.mkdir(parents=True, exist_ok=True)
    Path(args.output).write_text(table + "\n")
    print(table, flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
