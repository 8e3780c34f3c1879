"""A facilitator forms a peer group and an officer answers for the survivors, over HTTP.

Real processes over sockets: matching and peer groups (gRPC, FerretDB, Kafka) and the
gateway (uvicorn), the first administrator made by the real CLI. Survivors registered
through the gateway reach the peer-groups pool over Kafka; the facilitator asks for a
proposal until they are in, publishes, and the officer records the survivors' answers.
Withdrawing a survivor's peer-group consent takes them out of the group by itself.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from typing import Any, TypedDict

import pytest

from pathways_runtime.aliases import alias_seen_by
from tests.e2e.support import Client, login, organisation, running_system, share, user
from tests.support.processes import ServiceProcess, wait_until

#: A new service's consumer replays the shared survivors topic from its start (every
#: earlier run's survivors): the pool may follow minutes late on a shared broker.
pytestmark = [pytest.mark.e2e, pytest.mark.timeout(1500)]

#: The pool is shared by every organisation and Kafka keeps earlier runs' survivors: a
#: district of this run's own keeps the proposal to the people registered here.
DISTRICT = f"Bang Rak {uuid.uuid4().hex[:8]}"
INTERESTS = "อยากทำขนมและพบเพื่อนใหม่"
THURSDAY_EVENING = {"day_of_week": 4, "start_minute": 18 * 60, "duration_minutes": 90}
PROFILE: dict[str, Any] = {
    "languages": [{"language": "th", "level": "native"}],
    "residence": {"country": "TH", "district": DISTRICT, "latitude": 13.73, "longitude": 100.524},
    "age_band": "25-34",
    "interests": INTERESTS,
    "interest_tags": ["cooking"],
    "availability": [THURSDAY_EVENING],
}
GROUP = {
    "title": "Thursday evening circle",
    "languages": ["th"],
    "modality": "in_person",
    "country": "TH",
    "district": DISTRICT,
    "focus": "any",
    "min_size": 3,
    "max_size": 4,
    "schedule": [THURSDAY_EVENING],
}
CARD_FIELDS = {"alias", "languages", "age_band", "shared_interests", "state", "locked", "since"}


class System(TypedDict):
    """Where the module's own system answers, and its gateway process."""

    url: str
    gateway: ServiceProcess


@pytest.fixture(scope="module")
def system(
    tmp_path_factory: pytest.TempPathFactory, mongodb_uri: str, kafka_bootstrap: str
) -> Iterator[System]:
    tmp = tmp_path_factory.mktemp("e2e-peer-groups")
    with running_system(tmp, mongodb_uri=mongodb_uri, kafka_bootstrap=kafka_bootstrap) as running:
        yield {"url": running.url, "gateway": running.gateway}
    logged = running.gateway.log_text()
    for personal in (DISTRICT, INTERESTS):
        assert personal not in logged


def _register(officer: Client, ngo: str, **profile: Any) -> dict[str, Any]:
    """A survivor open to peer groups: consent given, assessed peer_support_ready."""
    registered = officer.ok(
        "POST",
        f"/v1/organisations/{ngo}/survivors",
        json={"profile": PROFILE | profile, "consents": ["peer_groups"]},
    )
    assessed = officer.ok(
        "POST",
        f"/v1/survivors/{registered.json()['id']}/readiness-assessments",
        json={"stage": "peer_support_ready"},
        **{"If-Match": registered.headers["etag"]},
    )
    survivor: dict[str, Any] = assessed.json()
    return survivor


def _propose_until(facilitator: Client, group_id: str, *, members: int) -> Any:
    """Ask until the pool (fed over Kafka) holds enough people for the proposal."""
    last: dict[str, Any] = {}

    def formed() -> bool:
        response = facilitator.ok(
            "POST", "/v1/peer-group-proposals", json={"group_ids": [group_id], "seed": 1}
        )
        last["result"] = _result(facilitator, response)
        [proposal] = last["result"]["proposals"]
        return bool(proposal["feasible"] and len(proposal["members"]) == members)

    if not wait_until(formed, timeout_s=900, interval_s=2):
        pytest.fail(f"no proposal of {members} members: {last.get('result')}")
    return last["result"]


def _result(facilitator: Client, response: Any) -> Any:
    """The proposal's result: answered at once (200), or a long-running operation (202)
    whose Location is polled until it has succeeded."""
    if response.status_code == 200:
        return response.json()
    polled: dict[str, Any] = {}

    def finished() -> bool:
        polled["body"] = facilitator.ok("GET", response.headers["location"]).json()
        assert polled["body"]["state"] in ("running", "succeeded"), polled["body"]
        return bool(polled["body"]["state"] == "succeeded")

    if not wait_until(finished, timeout_s=90):
        pytest.fail("the proposal did not finish")
    return polled["body"]["result"]


def test_a_facilitator_forms_a_group_and_the_officer_answers_for_the_survivors(
    system: System,
) -> None:
    url = system["url"]
    admin = login(url, "root.admin")
    ngo = organisation(admin, "ngo")
    peer_org = organisation(admin, "peer_support")
    other_peer_org = organisation(admin, "peer_support")
    # The NGO shares its survivors with the peer organisation's groups (else none is proposed).
    officer = login(url, user(admin, ngo, "reintegration_officer"))
    share(admin, ngo, peer_org)
    facilitator = login(url, user(admin, peer_org, "facilitator"))
    stranger = login(url, user(admin, other_peer_org, "facilitator"))

    # Four people open to groups, and a fifth who was trafficked with the first.
    people = [_register(officer, ngo) for _ in range(4)]
    linked = _register(officer, ngo, do_not_group_with=[people[0]["id"]])

    def seen(person: dict[str, Any]) -> str:
        # The peer organisation knows each survivor by a code of its own, never by the
        # alias the NGO uses (``pathways_runtime.aliases``).
        return alias_seen_by(
            peer_org, survivor_id=person["id"], organisation_id=ngo, alias=person["alias"]
        )

    by_alias = {seen(p): p for p in [*people, linked]}
    survivor_ids = list({p["id"] for p in by_alias.values()})

    created = facilitator.ok("POST", f"/v1/organisations/{peer_org}/peer-groups", json=GROUP)
    assert created.status_code == 201
    group_id = created.json()["id"]

    proposed = _propose_until(facilitator, group_id, members=4)
    [proposal] = proposed["proposals"]
    aliases = {card["alias"] for card in proposal["members"]}
    assert not {seen(people[0]), seen(linked)} <= aliases
    assert not aliases & {p["alias"] for p in [*people, linked]}
    assert all(set(card) == CARD_FIELDS for card in proposal["members"])
    assert sum(proposed["left_out_counts"].values()) >= 1
    for secret in (*survivor_ids, ngo, INTERESTS):
        assert secret not in json.dumps(proposed, ensure_ascii=False)

    # Another organisation's facilitator: no such group.
    foreign = stranger.call("GET", f"/v1/peer-groups/{group_id}")
    assert foreign.status_code == 404
    assert foreign.headers["content-type"] == "application/problem+json"

    published = facilitator.ok("POST", f"/v1/peer-groups/{group_id}/invitations")
    assert {card["state"] for card in published.json()["members"]} == {"invited"}
    invited = [by_alias[card["alias"]] for card in published.json()["members"]]

    for survivor in invited[:3]:
        answered = officer.ok(
            "POST",
            f"/v1/peer-groups/{group_id}/answers",
            json={"survivor_id": survivor["id"], "answer": "joined"},
        )
    assert answered.json()["status"] == "active"
    for survivor_id in survivor_ids:
        assert survivor_id not in answered.text

    # The survivor withdraws their consent: they leave the group at once (the gateway tells
    # peer groups before it answers; matching's event follows and changes nothing more).
    leaving = invited[0]
    current = officer.ok("GET", f"/v1/survivors/{leaving['id']}")
    officer.ok(
        "PUT",
        f"/v1/survivors/{leaving['id']}/consents/peer_groups",
        json={"granted": False},
        **{"If-Match": current.headers["etag"]},
    )

    def state_of_leaving() -> str | None:
        group = facilitator.ok("GET", f"/v1/peer-groups/{group_id}").json()
        return {c["alias"]: c["state"] for c in group["members"]}.get(seen(leaving))

    assert state_of_leaving() == "left"

    # The proposal, the reads and the answers are in the audit trail.
    proposals = admin.ok("GET", "/v1/audit?action=peer_group.propose_members&limit=200")
    assert any(
        r["target_id"] == group_id and r["purpose"] == "peer_group_formation"
        for r in proposals.json()["items"]
    )
    answers = officer.ok("GET", f"/v1/audit?survivor_id={invited[1]['id']}&limit=200").json()
    assert "peer_group.answer" in {r["action"] for r in answers["items"]}
