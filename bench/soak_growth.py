"""Grow the stores of a soak data set, through the services' own stores (``bench/soak.py``).

Run by ``bench/soak.py`` as its own process with the services' environment (the same
``PATHWAYS_*`` variables the services read), so every settings class, data key and hash
chain key is the one the services will use. What it writes, each through the code the
services write with:

- open opportunities (a fixed number, whatever the size): matching's opportunity
  repository (``add``);
- survivors from the demo generator, registered, assessed and consenting as the generator
  says: ``Survivor.register`` and matching's survivor repository (``add``), sealed with
  field crypto, so each survivor gets their own data key in the key vault;
- one proposed match per survivor (``Match.propose``, matching's match repository ``add``);
- audit entries: ``gateway.audit.service.record_access`` on the gateway's audit store
  (``append``: the hash chain, ``seq`` and all);
- idempotency records: the gateway's idempotency store (``claim`` then ``complete``).

Matching's repositories are built as ``matching.bootstrap`` builds them (same classes, same
field crypto from the same settings), the gateway's stores by ``gateway.bootstrap.mongo_stores``,
after the indexes and id-scheme markers each service sets up at start. Writing 1,000,000
entries one round trip each takes hours on FerretDB, so the handle of the big collections is
wrapped: ``insert_one`` is held and sent in ``insert_many`` batches, an ``update_one`` whose
exact filter names a document still held (``complete`` right after its ``claim``) is applied
to it before it is sent, and any other operation on that collection first sends what is
held. The documents are the stores' own; only the round trips are fewer. Writes to other
collections (data keys, id sets, expiry buckets) go as the stores make them. Events the
aggregates raise stay in their outbox, as the services leave them; their outbox markers are
written afterwards by the services' own migration (``mark_existing_outboxes``), and the
services publish them when they start.

Progress is kept in the state file after every batch, so an interrupted growth resumes
where it stopped (ids are derived from the item's number: a batch written twice collides
on ``_id`` and is skipped). One JSON line at the end: counts, seconds and write rates.

    python bench/soak_growth.py STATE.json
"""

from __future__ import annotations

import contextlib
import faulthandler
import hashlib
import inspect
import json
import random
import signal
import sys
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, cast

from bson import ObjectId
from pymongo import MongoClient
from pymongo.errors import BulkWriteError
from pymongo.results import InsertOneResult, UpdateResult

Document = dict[str, Any]

#: Documents per ``insert_many``.
BATCH = 1_000
#: Items written between two progress records.
CHUNK = 2_000
#: How long the grown idempotency records stay valid. The gateway keeps a record for a day
#: (``idempotency_ttl_s``); a data set grown once is measured on later days too, so its
#: records are given a month, or the gateway's sweeper would empty the collection.
IDEMPOTENCY_VALID = timedelta(days=30)


class BufferedCollection:
    """A collection whose ``insert_one`` is batched (see the module's docstring)."""

    def __init__(self, real: Any, *, batch: int = BATCH) -> None:
        self._real = real
        self._batch = batch
        self._held: list[Document] = []
        self._by_id: dict[Any, Document] = {}
        self._lock = threading.RLock()
        self.sent = 0

    def insert_one(self, document: Document, *args: Any, **kwargs: Any) -> InsertOneResult:
        if args or kwargs:
            self.flush()
            return cast(InsertOneResult, self._real.insert_one(document, *args, **kwargs))
        with self._lock:
            document.setdefault("_id", ObjectId())  # as pymongo does
            held = dict(document)
            self._held.append(held)
            self._by_id[held["_id"]] = held
            if len(self._held) >= self._batch:
                self.flush()
        return InsertOneResult(document["_id"], acknowledged=True)

    def update_one(self, filter: Document, update: Document, *args: Any, **kwargs: Any) -> Any:
        if not args and not kwargs and set(update) == {"$set"}:
            with self._lock:
                target = self._held_match(filter)
                fields = update["$set"]
                if target is not None and not any("." in key for key in fields):
                    target.update(fields)
                    return UpdateResult({"n": 1, "nModified": 1, "ok": 1.0}, acknowledged=True)
        self.flush()
        return self._real.update_one(filter, update, *args, **kwargs)

    def _held_match(self, filter: Document) -> Document | None:
        if any(key.startswith("$") or isinstance(value, dict) for key, value in filter.items()):
            return None
        if "_id" in filter:
            found = self._by_id.get(filter["_id"])
            candidates = [found] if found is not None else []
        else:
            candidates = list(reversed(self._held[-50:]))
        for document in candidates:
            if all(document.get(key) == value for key, value in filter.items()):
                return document
        return None

    def flush(self) -> None:
        with self._lock:
            if not self._held:
                return
            held, self._held, self._by_id = self._held, [], {}
            try:
                self._real.insert_many(held, ordered=False)
            except BulkWriteError as error:
                # A batch written before an interruption: its ids are taken, the rest went in.
                others = [e for e in error.details.get("writeErrors", []) if e.get("code") != 11000]
                if others:
                    raise
            self.sent += len(held)

    def __getattr__(self, name: str) -> Any:
        attribute = getattr(self._real, name)
        if callable(attribute):
            self.flush()  # a read, an update or a delete sees what was written before it
        return attribute


class BufferedDatabase:
    def __init__(self, real: Any, *, names: tuple[str, ...]) -> None:
        self._real = real
        self._buffered = {name: BufferedCollection(real[name]) for name in names}

    def __getitem__(self, name: str) -> Any:
        return self._buffered.get(name) or self._real[name]

    def __getattr__(self, name: str) -> Any:
        if name in self._buffered:
            return self._buffered[name]
        return getattr(self._real, name)

    def flush(self) -> None:
        for collection in self._buffered.values():
            collection.flush()


class BufferedClient:
    def __init__(self, real: MongoClient[Document], *, names: tuple[str, ...]) -> None:
        self._real = real
        self._names = names
        self.databases: dict[str, BufferedDatabase] = {}

    def __getitem__(self, name: str) -> BufferedDatabase:
        if name not in self.databases:
            self.databases[name] = BufferedDatabase(self._real[name], names=self._names)
        return self.databases[name]

    def __getattr__(self, name: str) -> Any:
        return getattr(self._real, name)

    def flush(self) -> None:
        for database in self.databases.values():
            database.flush()


def _chunks(done: int, target: int) -> Iterator[tuple[int, int]]:
    while done < target:
        yield done, min(target, done + CHUNK)
        done = min(target, done + CHUNK)


class Growth:
    def __init__(self, state_path: Path) -> None:
        self.state_path = state_path
        self.state: dict[str, Any] = json.loads(state_path.read_text())
        self.progress: dict[str, int] = self.state.setdefault("grown", {})
        self.rates: dict[str, dict[str, float]] = self.state.setdefault("growth_rates", {})

    def save(self) -> None:
        self.state_path.write_text(json.dumps(self.state, indent=1))

    def grow(
        self, name: str, target: int, write: Callable[[int, int], None], flush: Callable[[], None]
    ) -> int:
        """Write items ``done..target`` in chunks; how many were written now."""
        done = self.progress.get(name, 0)
        if done >= target:
            return 0
        started, first = time.perf_counter(), done
        for start, stop in _chunks(done, target):
            write(start, stop)
            flush()
            self.progress[name] = stop
            elapsed = time.perf_counter() - started
            rate = (stop - first) / elapsed if elapsed else 0.0
            self.rates[name] = {"items": stop - first, "seconds": round(elapsed, 1)}
            self.save()
            eta = (target - stop) / rate if rate else 0.0
            print(
                f"soak: {name} {stop:,}/{target:,} ({rate:,.0f}/s, {eta / 60:.1f} min left)",
                file=sys.stderr,
                flush=True,
            )
        return target - first


def survivor_id_for(organisation_id: str, number: int) -> str:
    from matching.service_layer.handlers import new_id

    return str(new_id("srv", organisation_id=organisation_id, request_id=f"soak-{number}"))


def _without_markers(repository: type) -> dict[str, Any]:
    """No outbox marker per write while growing (no relay runs to own one): the markers
    are written in one pass afterwards by ``mark_existing_outboxes``, the services' own
    migration for documents with unsent events and no marker. Passed only if the
    repository takes the hook."""
    if "on_outbox_pending" in inspect.signature(repository).parameters:
        return {"on_outbox_pending": lambda _collection, _document_id: None}
    return {}


def grow_matching(growth: Growth) -> None:
    from matching.adapters import mongo_repositories as repositories
    from matching.adapters.proto_mapping import details_from_proto, profile_from_proto
    from matching.adapters.vocabulary_files import load_vocabulary, vocabulary_fingerprint
    from matching.config import MatchingSettings
    from matching.domain.match import Match, ScoredReason
    from matching.domain.opportunity import Opportunity
    from matching.domain.survivor import Survivor
    from matching.domain.values import ConsentPurpose, ReadinessStage
    from matching.service_layer.handlers import alias_for, new_id
    from pathways.v1 import common_pb2
    from pathways_demo.generator import generate_population
    from pathways_runtime.field_crypto import field_crypto_from_settings

    state = growth.state
    settings = MatchingSettings()
    real: MongoClient[Document] = MongoClient(
        settings.mongodb_uri.get_secret_value(), socketTimeoutMS=600_000
    )
    real_db = real[settings.mongodb_database]
    # What the service does at start, before its first write.
    repositories.ensure_indexes(real_db)
    if not state.get("matching_migrated"):
        # On the empty database: the migrations find nothing and are marked done, as on a
        # system that ran today's code from the start (the id sets are then kept by the
        # repositories' own writes).
        with contextlib.suppress(ImportError):
            from matching.adapters.migrations import ensure_migrated

            ensure_migrated(real_db)
        state["matching_migrated"] = True
        growth.save()
    crypto = field_crypto_from_settings(settings, client=real, may_create_keys=True)
    crypto.ensure_key_vault()  # on the key vault's own server, as the service does at start
    buffered = BufferedClient(real, names=("survivors", "matches", "opportunities"))
    db = cast(Any, buffered[settings.mongodb_database])
    vocabulary = load_vocabulary()
    known_concepts = frozenset(vocabulary.ids)

    def interest_concepts(survivor: Survivor) -> frozenset[str]:
        # As matching's bootstrap computes them for the survivor events.
        profile = survivor.profile
        found = vocabulary.concepts_in(f"{profile.interests}\n{profile.aspirations}")
        return found | {t for t in profile.interest_tags if t in known_concepts}

    survivor_store = repositories.MongoSurvivorRepository(
        db,
        interest_concepts=interest_concepts,
        crypto=crypto,
        **_without_markers(repositories.MongoSurvivorRepository),
    )
    opportunity_store = repositories.MongoOpportunityRepository(
        db,
        vocabulary_version=vocabulary_fingerprint(),
        **_without_markers(repositories.MongoOpportunityRepository),
    )
    match_store = repositories.MongoMatchRepository(
        db, crypto=crypto, **_without_markers(repositories.MongoMatchRepository)
    )
    ngo, employer, provider = state["ngo"], state["employer"], state["provider"]

    population = generate_population(
        survivors=1, opportunities=state["opportunities"], seed=state["seed"]
    )
    opportunities: list[Opportunity] = []
    for i, synthetic in enumerate(population.opportunities):
        details = details_from_proto(synthetic.opportunity)
        text = f"{details.title}\n{details.description}"
        owner = employer if synthetic.is_job else provider
        opportunities.append(
            Opportunity(
                opportunity_id=new_id("opp", organisation_id=owner, request_id=f"soak-{i}"),
                organisation_id=owner,
                details=details,
                detected_sectors=vocabulary.sectors_in(text),
                concepts=vocabulary.concepts_in(text),
            )
        )

    def write_opportunities(start: int, stop: int) -> None:
        for opportunity in opportunities[start:stop]:
            opportunity_store.add(opportunity)

    grown = growth.grow("opportunities", len(opportunities), write_opportunities, buffered.flush)

    stages = {
        v: ReadinessStage[k.removeprefix("READINESS_STAGE_")]
        for k, v in common_pb2.ReadinessStage.items()
        if v
    }
    purposes = {
        v: ConsentPurpose[k.removeprefix("CONSENT_PURPOSE_")]
        for k, v in common_pb2.ConsentPurpose.items()
        if v
    }
    at = datetime.now(UTC)

    def write_survivors(start: int, stop: int) -> None:
        # The demo generator per chunk, with the chunk's own seed: any chunk can be redone.
        people = generate_population(
            survivors=stop - start, opportunities=1, seed=state["seed"] * 1_000_003 + start
        ).survivors

        def one(number: int) -> None:
            item = people[number - start]
            survivor_id = survivor_id_for(ngo, number)
            survivor = Survivor.register(
                survivor_id=survivor_id,
                organisation_id=ngo,
                alias=alias_for(survivor_id),
                profile=profile_from_proto(item.profile),
            )
            if item.readiness in stages:
                survivor.assess_readiness(
                    stage=stages[item.readiness], at=at, review_due=None, by="u_soak"
                )
            for purpose, granted in item.consents.items():
                if purpose in purposes and granted:
                    survivor.set_consent(
                        purpose=purposes[purpose], granted=True, at=at, by="u_soak"
                    )
            survivor_store.add(survivor)

        with ThreadPoolExecutor(max_workers=4) as pool:
            list(pool.map(one, range(start, stop)))

    grown += growth.grow("survivors", state["survivors"], write_survivors, buffered.flush)

    def write_matches(start: int, stop: int) -> None:
        def one(number: int) -> None:
            pick = random.Random(number)  # noqa: S311 (data, not secrets)
            opportunity = opportunities[pick.randrange(len(opportunities))]
            match = Match.propose(
                survivor_id=survivor_id_for(ngo, number),
                survivor_organisation_id=ngo,
                opportunity_id=opportunity.opportunity_id,
                opportunity_organisation_id=opportunity.organisation_id,
                kind=opportunity.details.kind,
                material_revision=opportunity.material_revision,
                offer_revision=opportunity.offer_revision,
                score=round(pick.uniform(0.3, 0.95), 4),
                reasons=(
                    ScoredReason("skill_fit", "Uses skills they already have"),
                    ScoredReason("distance", "Within their travel radius"),
                ),
                at=at,
                by="u_soak",
            )
            match_store.add(match)

        with ThreadPoolExecutor(max_workers=4) as pool:
            list(pool.map(one, range(start, stop)))

    grown += growth.grow(
        "matches", min(state["matches"], state["survivors"]), write_matches, buffered.flush
    )
    with contextlib.suppress(ImportError):
        from pathways_runtime.outbox_relay import mark_existing_outboxes

        if grown or growth.state.get("unmarked"):
            # Growth wrote events without markers: the services' own repair marks them all
            # (a scan: cold, once), so the relay publishes them when matching starts.
            growth.state["unmarked"] = True
            growth.save()
            print("soak: marking the documents that hold unsent events", file=sys.stderr)
            marked = mark_existing_outboxes(
                real_db, collections=repositories.EMBEDDED_OUTBOX_COLLECTIONS
            )
            growth.state["unmarked"] = False
            growth.state.setdefault("markers_written", 0)
            growth.state["markers_written"] += marked
            growth.save()
    real.close()


def grow_gateway(growth: Growth) -> None:
    from gateway.adapters.audit_events import MongoAuditRelayPosition
    from gateway.adapters.mongo_audit import MongoAuditStore
    from gateway.audit.records import Purpose
    from gateway.audit.service import record_access
    from gateway.auth.principal import Principal
    from gateway.auth.roles import Role
    from gateway.bootstrap import SystemClock, ensure_indexes, mongo_stores
    from gateway.config import GatewaySettings
    from gateway.ports import StoredResponse

    state = growth.state
    settings = GatewaySettings()
    real: MongoClient[Document] = MongoClient(
        settings.mongodb_uri.get_secret_value(), socketTimeoutMS=600_000
    )
    # What the gateway does at start (indexes, and the id scheme's markers) before writing.
    ensure_indexes(real[settings.mongodb_database])
    buffered = BufferedClient(real, names=("audit_records", "idempotency_keys"))
    db = buffered[settings.mongodb_database]
    stores = mongo_stores(cast(Any, db), audit_chain_key=settings.audit_chain_key)
    clock = SystemClock()
    officer = Principal(
        user_id=state["officer_id"],
        organisation_id=state["ngo"],
        role=Role.REINTEGRATION_OFFICER,
        session_id="ses_soak",
    )
    ngo = state["ngo"]
    survivors = max(1, state["survivors"])
    # What an officer's day leaves in the trail, in proportion.
    actions = (
        ("match.request", Purpose.MATCHING),
        ("survivor.read", Purpose.CASE_MANAGEMENT),
        ("survivor.update", Purpose.CASE_MANAGEMENT),
        ("readiness.assess", Purpose.CASE_MANAGEMENT),
        ("match.propose", Purpose.MATCHING),
        ("match.decide", Purpose.MATCHING),
    )

    def write_audit(start: int, stop: int) -> None:
        for number in range(start, stop):
            action, purpose = actions[number % len(actions)]
            record_access(
                store=stores.audit,
                clock=clock,
                principal=officer,
                action=action,
                purpose=purpose,
                request_id=uuid.uuid4().hex,
                survivor_id=survivor_id_for(ngo, number % survivors),
                survivor_organisation_id=ngo,
            )

    growth.grow("audit", state["audit"], write_audit, db.flush)

    def write_idempotency(start: int, stop: int) -> None:
        for number in range(start, stop):
            now = clock.now()
            key = hashlib.sha256(f"soak-{state['seed']}-{number}".encode()).hexdigest()
            stores.idempotency.claim(
                principal=state["officer_id"],
                key=key,
                fingerprint=hashlib.sha256(key.encode()).hexdigest(),
                now=now,
                lock_until=now + timedelta(seconds=settings.idempotency_lock_s),
            )
            stores.idempotency.complete(
                principal=state["officer_id"],
                key=key,
                response=StoredResponse(
                    status=201,
                    location=f"/v1/survivors/{survivor_id_for(ngo, number % survivors)}",
                    survivors=(survivor_id_for(ngo, number % survivors),),
                ),
                now=now,
                expires_at=now + IDEMPOTENCY_VALID,
            )

    growth.grow("idempotency", state["idempotency"], write_idempotency, db.flush)

    # The grown chain counts as published long ago: the audit relay starts after it (as it
    # would on a system that ran for months), so its catching up is not taken for idle work.
    # The head found as the gateway finds it, by ``_id`` probes from the last checkpoint or
    # publication (a sorted scan of a million entries took over 20 minutes on FerretDB).
    head = MongoAuditStore(real[settings.mongodb_database])._head()
    if head is not None:
        MongoAuditRelayPosition(real[settings.mongodb_database]).advance(head[0])
    real.close()


def main() -> int:
    # ``kill -USR1 <pid>`` prints where a long growth is (every thread's stack).
    faulthandler.register(signal.SIGUSR1, all_threads=True)
    growth = Growth(Path(sys.argv[1]))
    started = time.perf_counter()
    grow_matching(growth)
    grow_gateway(growth)
    print(
        json.dumps(
            {
                "grown": growth.progress,
                "growth_rates": growth.rates,
                "seconds": round(time.perf_counter() - started, 1),
            }
        ),
        flush=True,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
