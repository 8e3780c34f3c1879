"""Every command the services send to the store, while the journeys run, reads by ``_id``.

The rule (docs/architecture.md, "Store access"): on a hot or periodic path every read,
update and delete filters by ``_id`` (exact, or a bounded ``$in``), because FerretDB v1
scans the whole collection for any other filter and the system would slow down with every
request it ever served. The services record the shape of each command they send
(``PATHWAYS_STORE_COMMAND_LOG``, :mod:`pathways_runtime.store_access`) while the journeys
run through the gateway over HTTP and the consumers and relays catch up; any scan not on
the allow-list of cold paths (``store_access_allowlist.py``) fails the test, listed by
service, collection, command and filter shape.

The first test shows the check catching a scan on purpose, against the real store.
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import pytest
from kafka import KafkaConsumer, TopicPartition
from pymongo import MongoClient

from pathways.v1 import events_pb2
from pathways_runtime.aliases import alias_seen_by
from pathways_runtime.envelopes import decode, unpack_payload
from pathways_runtime.mongo import create_mongo_client
from pathways_runtime.store_access import (
    Access,
    classify,
    describe_violations,
    read_log,
    violations,
)
from tests.e2e.store_access_allowlist import ALLOWED_SCANS
from tests.e2e.support import PASSWORD, Client, login, organisation, running_system, share, user
from tests.e2e.test_matching_journey import INTERESTS as MATCHING_INTERESTS
from tests.e2e.test_matching_journey import JOB
from tests.e2e.test_matching_journey import PROFILE as MATCHING_PROFILE
from tests.e2e.test_peer_groups_journey import GROUP, PROFILE, _propose_until, _register
from tests.support.processes import wait_until

PEER_DISTRICT = f"Sathon {uuid.uuid4().hex[:8]}"

pytestmark = pytest.mark.e2e

LOG_VARIABLE = "PATHWAYS_STORE_COMMAND_LOG"
#: The app names the services' store clients carry (the ``role`` of each record).
SERVICES = ("matching", "peer_groups", "gateway")
SURVIVOR = "3f0c9a52-6a7e-4c53-9d1e-6f1a8f2b9c10"


# --- the check catches a scan ----------------------------------------------------------


def _pushed_down(client: MongoClient[Any], db: str, query: dict[str, Any]) -> bool | None:
    """Whether FerretDB narrows this filter by ``_id`` (its explain's ``filterPushdown``);
    None on a server that does not say (MongoDB)."""
    plan = client[db].command("explain", {"find": "matches", "filter": query})
    pushed = plan.get("filterPushdown")
    return None if pushed is None else bool(pushed)


def test_a_scan_sent_to_the_store_is_a_violation_and_an_id_lookup_is_not(
    mongodb_uri: str, mongo_client: MongoClient[Any], unique_name: str, tmp_path: Path
) -> None:
    log = tmp_path / "store-commands.jsonl"
    client = create_mongo_client(uri=mongodb_uri, app_name="matching", command_log=str(log))
    by_id: list[dict[str, Any]] = [
        {"_id": "m1"},
        {"_id": "m1", "survivor_id": SURVIVOR},
        {"_id": {"$in": ["m1", "m3"]}},
    ]
    by_field: list[dict[str, Any]] = [{"survivor_id": SURVIVOR}]
    try:
        matches = client[unique_name]["matches"]
        matches.insert_many(
            [
                {"_id": f"m{n}", "survivor_id": SURVIVOR if n % 2 else "someone else"}
                for n in range(6)
            ]
        )
        for query in by_id + by_field:
            list(matches.find(query))
        matches.update_one({"_id": "m1", "survivor_id": SURVIVOR}, {"$set": {"state": "hired"}})
        # The deliberate scans: a survivor's matches by a field that is not the _id.
        assert len(list(matches.find({"survivor_id": SURVIVOR}))) == 3
        matches.delete_many({"survivor_id": SURVIVOR})
        # What the store itself says of each filter, where it says (FerretDB's explain).
        plans = {
            str(query): _pushed_down(mongo_client, unique_name, query) for query in by_id + by_field
        }
    finally:
        client.drop_database(unique_name)
        client.close()

    records = [r for r in read_log(log) if r["db"] == unique_name]
    found = violations(records, ALLOWED_SCANS)

    assert [(v.record["command"], v.record["shape"]) for v in found] == [
        ("find", {"survivor_id": "string"}),
        ("find", {"survivor_id": "string"}),
        ("delete", {"survivor_id": "string"}),
    ]
    assert "matching" in describe_violations(found)
    assert "matches find" in describe_violations(found)
    accesses = [classify(r)[0] for r in records if r["command"] in ("find", "update")]
    assert accesses == [Access.ID] * 3 + [Access.SCAN] + [Access.ID] + [Access.SCAN]
    assert SURVIVOR not in log.read_text()
    # The classifier agrees with the store's own plan wherever the store reports one.
    for query in by_id:
        assert plans[str(query)] in (True, None), query
    for query in by_field:
        assert plans[str(query)] in (False, None), query


# --- the journeys, recorded ------------------------------------------------------------


def _published(
    kafka_bootstrap: str,
    topic: str,
    key: str,
    *,
    since_ms: int,
    until: Callable[[Sequence[events_pb2.EventEnvelope]], bool],
    timeout_s: float = 90,
) -> bool:
    """Whether the events of ``key`` on ``topic`` since ``since_ms`` come to satisfy
    ``until`` within the timeout (read from the partitions' offsets at that time)."""
    consumer = KafkaConsumer(
        bootstrap_servers=[kafka_bootstrap], enable_auto_commit=False, group_id=None
    )
    deadline = time.monotonic() + timeout_s
    seen: list[events_pb2.EventEnvelope] = []
    try:
        partitions: set[int] | None = None
        while not partitions and time.monotonic() < deadline:
            partitions = consumer.partitions_for_topic(topic)
        assigned = [TopicPartition(topic, p) for p in sorted(partitions or ())]
        consumer.assign(assigned)
        offsets = consumer.offsets_for_times({tp: since_ms for tp in assigned})
        for tp in assigned:
            found = offsets.get(tp)
            if found is None:
                consumer.seek_to_end(tp)
            else:
                consumer.seek(tp, found.offset)
        while time.monotonic() < deadline:
            for records in consumer.poll(timeout_ms=500).values():
                seen.extend(
                    envelope
                    for envelope in map(decode, (record.value for record in records))
                    if envelope.aggregate_key == key
                )
            if until(seen):
                return True
    finally:
        consumer.close()
    return False


def _types(envelopes: Sequence[events_pb2.EventEnvelope]) -> set[str]:
    return {envelope.event_type for envelope in envelopes}


def _erasure_audited(envelopes: Sequence[events_pb2.EventEnvelope]) -> bool:
    return any(
        unpack_payload(envelope, events_pb2.AccessRecorded).action == "survivor.erase"
        for envelope in envelopes
        if envelope.event_type == "AccessRecorded"
    )


def _logout(client: Client) -> None:
    client.ok("POST", "/v1/auth/logout")
    assert client.call("GET", "/v1/me").status_code == 401


def _matching_journey(admin: Client, url: str) -> dict[str, str]:
    """Opportunity posted and updated; a survivor registered (the POST replayed with its
    Idempotency-Key), updated, assessed, recommended, matched; the employer's shortlist."""
    ngo = organisation(admin, "ngo")
    employer_org = organisation(admin, "employer", vet=True)
    officer = login(url, user(admin, ngo, "reintegration_officer"))
    employer = login(url, user(admin, employer_org, "employer"))

    posted = employer.ok("POST", f"/v1/organisations/{employer_org}/opportunities", json=JOB)
    job_id = posted.json()["id"]
    employer.ok(
        "PUT",
        f"/v1/opportunities/{job_id}",
        json=JOB | {"pay": {"amount": 12500, "currency": "THB"}},
        **{"If-Match": posted.headers["etag"]},
    )

    body = {"profile": MATCHING_PROFILE, "consents": ["matching", "employer_shortlist"]}
    key = uuid.uuid4().hex
    registered = officer.ok(
        "POST", f"/v1/organisations/{ngo}/survivors", json=body, **{"Idempotency-Key": key}
    )
    replayed = officer.ok(
        "POST", f"/v1/organisations/{ngo}/survivors", json=body, **{"Idempotency-Key": key}
    )
    survivor_id = registered.json()["id"]
    assert replayed.json()["id"] == survivor_id
    updated = officer.ok(
        "PUT",
        f"/v1/survivors/{survivor_id}/profile",
        json=MATCHING_PROFILE | {"travel_radius_km": 30},
        **{"If-Match": registered.headers["etag"]},
    )
    officer.ok(
        "POST",
        f"/v1/survivors/{survivor_id}/readiness-assessments",
        json={"stage": "employment_ready"},
        **{"If-Match": updated.headers["etag"]},
    )

    def recommended() -> bool:
        items = officer.ok("GET", f"/v1/survivors/{survivor_id}/recommendations").json()
        return job_id in {item["opportunity_id"] for item in items["items"]}

    assert wait_until(recommended, timeout_s=30, interval_s=0.5)
    match_id = officer.ok(
        "POST", f"/v1/survivors/{survivor_id}/matches", json={"opportunity_id": job_id}
    ).json()["id"]
    officer.ok("POST", f"/v1/matches/{match_id}/decision", json={"decision": "accepted"})
    officer.ok("GET", f"/v1/survivors/{survivor_id}/matches")
    [card] = employer.ok("GET", f"/v1/opportunities/{job_id}/shortlist").json()["items"]
    assert card["match_id"] == match_id
    _logout(employer)
    _logout(officer)
    return {"survivor_id": survivor_id, "job_id": job_id}


def _peer_groups_journey(admin: Client, url: str) -> dict[str, str]:
    """A group defined, proposed, published and answered; one member withdraws consent
    (leaves by themselves), another is erased (gone from the group)."""
    ngo = organisation(admin, "ngo")
    peer_org = organisation(admin, "peer_support")
    officer = login(url, user(admin, ngo, "reintegration_officer"))
    facilitator = login(url, user(admin, peer_org, "facilitator"))
    # The NGO shares its survivors with the peer organisation's groups (else none is proposed).
    share(admin, ngo, peer_org)

    # A place of this test's own: the pool is fed from survivors.v1, which holds the other
    # end-to-end tests' survivors too; none of them lives here.
    residence = PROFILE["residence"] | {"district": PEER_DISTRICT}
    registered = [_register(officer, ngo, residence=residence) for _ in range(4)]
    # By the codes the peer organisation knows them by (``pathways_runtime.aliases``).
    seen = {
        p["id"]: alias_seen_by(peer_org, survivor_id=p["id"], organisation_id=ngo, alias=p["alias"])
        for p in registered
    }
    people = {seen[p["id"]]: p for p in registered}
    group_id = facilitator.ok(
        "POST",
        f"/v1/organisations/{peer_org}/peer-groups",
        json=GROUP | {"district": PEER_DISTRICT},
    ).json()["id"]
    _propose_until(facilitator, group_id, members=4)
    published = facilitator.ok("POST", f"/v1/peer-groups/{group_id}/invitations").json()
    invited = [people[card["alias"]] for card in published["members"]]
    for survivor in invited[:3]:
        officer.ok(
            "POST",
            f"/v1/peer-groups/{group_id}/answers",
            json={"survivor_id": survivor["id"], "answer": "joined"},
        )

    def members() -> dict[str, str]:
        group = facilitator.ok("GET", f"/v1/peer-groups/{group_id}").json()
        return {card["alias"]: card["state"] for card in group["members"]}

    leaving, erased = invited[0], invited[1]
    current = officer.ok("GET", f"/v1/survivors/{leaving['id']}")
    officer.ok(
        "PUT",
        f"/v1/survivors/{leaving['id']}/consents/peer_groups",
        json={"granted": False},
        **{"If-Match": current.headers["etag"]},
    )
    assert wait_until(lambda: members().get(seen[leaving["id"]]) == "left", timeout_s=60)

    officer.ok("DELETE", f"/v1/survivors/{erased['id']}")
    # Peer groups' consumer applied the erasure: matching's relay published it.
    assert wait_until(lambda: seen[erased["id"]] not in members(), timeout_s=60)
    _logout(officer)
    _logout(facilitator)
    return {"group_id": group_id, "erased_id": erased["id"]}


def test_the_journeys_read_and_write_the_store_by_id_only(
    tmp_path: Path, mongodb_uri: str, kafka_bootstrap: str
) -> None:
    log = tmp_path / "store-commands.jsonl"
    since_ms = int(time.time() * 1000) - 5_000
    with running_system(
        tmp_path,
        mongodb_uri=mongodb_uri,
        kafka_bootstrap=kafka_bootstrap,
        service_env={LOG_VARIABLE: str(log)},
    ) as running:
        # What was sent before every service answered is the start-up's (index rebuilds,
        # ensure_indexes, the first sweeps); the allow-list may allow scans there only.
        started = len(read_log(log))
        if not started:
            pytest.fail(f"no store commands recorded: is {LOG_VARIABLE} wired?", pytrace=False)
        admin = login(running.url, "root.admin")
        matched = _matching_journey(admin, running.url)
        grouped = _peer_groups_journey(admin, running.url)

        # The relays have published what the journeys wrote, and the consumers applied it.
        waits = {
            "audit.v1 (the erasure's audit record)": _published(
                kafka_bootstrap,
                "audit.v1",
                grouped["erased_id"],
                since_ms=since_ms,
                until=_erasure_audited,
            ),
            "peer_groups.v1 (the member who left)": _published(
                kafka_bootstrap,
                "peer_groups.v1",
                grouped["group_id"],
                since_ms=since_ms,
                until=lambda seen: "GroupMemberLeft" in _types(seen),
            ),
            "matches.v1 (the decision)": _published(
                kafka_bootstrap,
                "matches.v1",
                matched["survivor_id"],
                since_ms=since_ms,
                until=lambda seen: "MatchTransitioned" in _types(seen),
            ),
            "opportunities.v1 (the update)": _published(
                kafka_bootstrap,
                "opportunities.v1",
                matched["job_id"],
                since_ms=since_ms,
                until=lambda seen: "OpportunityUpdated" in _types(seen),
            ),
        }
        assert all(waits.values()), f"not published: {[n for n, ok in waits.items() if not ok]}"
        _logout(admin)
        records = read_log(log)

    assert records, f"no store commands recorded: is {LOG_VARIABLE} wired?"
    silent = sorted(set(SERVICES) - {record["role"] for record in records})
    assert not silent, (
        f"no store commands recorded from {', '.join(silent)}: is {LOG_VARIABLE} wired "
        "(settings.store_command_log passed as create_mongo_client(command_log=...))?"
    )
    text = log.read_text()
    for personal in (PASSWORD, MATCHING_INTERESTS, PEER_DISTRICT, matched["survivor_id"]):
        assert personal not in text, "a value reached the store-command log"

    for n, record in enumerate(records):
        record["phase"] = "start-up" if n < started else "running"
    found = violations(records, ALLOWED_SCANS)
    if found:
        pytest.fail(
            f"{len(found)} store commands scan on a hot path (service database.collection "
            "command shape: why (times sent)); read by _id, or add a cold path with its "
            "reason to tests/e2e/store_access_allowlist.py:\n" + describe_violations(found),
            pytrace=False,
        )
