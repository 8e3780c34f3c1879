"""Peer-group proposals through the real gateway and services.

- A joint request for groups A (any), B (any) and Y (youth) over two adults and a minor
  forms the two adults (it came back with no group at all), with cohesion and what they
  share in every proposal.
- A proposal is an operation the facilitator can read back and list; nobody else can.
- Settings: several focuses and adults only are kept and shown.
- The pool overview counts people open to groups by language, country, focus, readiness
  and day, names nobody and leaves out who is not open.
- A group that falls below its minimum says so.
- The pool is scoped by partnership: the peer organisation, partnered with NGO A only, is
  proposed and counted A's survivors and none of NGO B's (whose own facilitator sees B's
  own); once the administrator removes the partnership, neither; both changes audited.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from typing import Any

import pytest

from pathways_runtime.aliases import alias_seen_by
from tests.e2e.support import Client, login, organisation, running_system, share, user
from tests.support.processes import wait_until

#: Kafka keeps earlier runs' survivors: a district and a language of this run's own keep
#: the pool of these tests to the people registered here.
DISTRICT = f"Mae Sot {uuid.uuid4().hex[:8]}"
LANGUAGE = "q" + "".join(chr(ord("a") + int(c, 16) % 26) for c in uuid.uuid4().hex[:2])
THURSDAY = {"day_of_week": 4, "start_minute": 18 * 60, "duration_minutes": 90}
PROFILE: dict[str, Any] = {
    "languages": [{"language": LANGUAGE, "level": "native"}],
    "residence": {"country": "TH", "district": DISTRICT, "latitude": 16.7, "longitude": 98.57},
    "age_band": "25-34",
    "interest_tags": ["cooking"],
    "availability": [THURSDAY],
}
#: A new consumer group replays the shared survivors topic from its start: minutes.
pytestmark = pytest.mark.timeout(1200)
GROUP: dict[str, Any] = {
    "languages": [LANGUAGE],
    "modality": "in_person",
    "country": "TH",
    "district": DISTRICT,
    "min_size": 2,
    "max_size": 4,
    "schedule": [THURSDAY],
}


@pytest.fixture(scope="module")
def system(
    tmp_path_factory: pytest.TempPathFactory, mongodb_uri: str, kafka_bootstrap: str
) -> Iterator[dict[str, Any]]:
    with running_system(
        tmp_path_factory.mktemp("pg-proposals"),
        mongodb_uri=mongodb_uri,
        kafka_bootstrap=kafka_bootstrap,
        # These tests count a handful of people exactly, polling the overview until the
        # pool has them: no count withheld, no limit on asking (both are unit-tested).
        gateway_env={
            "PATHWAYS_POOL_SUPPRESS_BELOW": "1",
            # Exact counts, to check who is counted (the rounding: unit tests).
            "PATHWAYS_POOL_ROUND_TO": "1",
            "PATHWAYS_POOL_OVERVIEW_LIMIT_PER_USER": "100000",
        },
    ) as running:
        admin = login(running.url, "root.admin")
        ngo = organisation(admin, "ngo")
        peer_org = organisation(admin, "peer_support")
        other_peer_org = organisation(admin, "peer_support")
        officer = login(running.url, user(admin, ngo, "reintegration_officer"))
        adults = [_register(officer, ngo) for _ in range(2)]
        minor = _register(
            officer, ngo, age_band="15-17", age_years=16, peer_group_focuses=["youth"]
        )
        # Registered without peer-group consent: never counted, never proposed.
        officer.ok("POST", f"/v1/organisations/{ngo}/survivors", json={"profile": PROFILE})
        # NGO A shares its survivors with the peer organisation; NGO B (same language and
        # place, a neighbouring age band) shares with nobody and runs its own groups.
        share(admin, ngo, peer_org)
        ngo_b = organisation(admin, "ngo")
        officer_b = login(running.url, user(admin, ngo_b, "reintegration_officer"))
        survivors_b = [_register(officer_b, ngo_b, age_band="35-44") for _ in range(2)]
        yield {
            "url": running.url,
            "gateway": running.gateway,
            "facilitator": login(running.url, user(admin, peer_org, "facilitator")),
            "colleague": login(running.url, user(admin, peer_org, "facilitator")),
            "stranger": login(running.url, user(admin, other_peer_org, "facilitator")),
            "officer": officer,
            "peer_org": peer_org,
            "adults": adults,
            "minor": minor,
            "admin": admin,
            "ngo": ngo,
            "ngo_b": ngo_b,
            "survivors_b": survivors_b,
            "facilitator_b": login(running.url, user(admin, ngo_b, "facilitator")),
        }


def _register(officer: Client, ngo: str, **profile: Any) -> dict[str, Any]:
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


def _overview(client: Client) -> dict[str, Any]:
    response = client.ok("GET", f"/v1/peer-group-pool?language={LANGUAGE}")
    body: dict[str, Any] = response.json()
    return body


def _pool_ready(system: dict[str, Any]) -> dict[str, Any]:
    """The pool (fed over Kafka) holds the three open people. A new service's consumer
    reads the shared survivors topic from its start (every earlier run's survivors too),
    hence the generous wait."""
    facilitator = system["facilitator"]
    seen: list[dict[str, Any]] = []

    def ready() -> bool:
        seen.append(_overview(facilitator))
        return bool(seen[-1]["open"] == 3)

    assert wait_until(ready, timeout_s=800, interval_s=2), seen[-1:]
    return seen[-1]


def _group(facilitator: Client, peer_org: str, **settings: Any) -> dict[str, Any]:
    body = GROUP | {"title": f"circle {uuid.uuid4().hex[:6]}"} | settings
    created = facilitator.ok("POST", f"/v1/organisations/{peer_org}/peer-groups", json=body)
    group: dict[str, Any] = created.json()
    return group


def _proposal(facilitator: Client, group_ids: list[str]) -> tuple[dict[str, Any], str]:
    """The result (answered at once, or polled from the 202's Location) and its URL."""
    response = facilitator.call(
        "POST", "/v1/peer-group-proposals", json={"group_ids": group_ids, "seed": 3}
    )
    assert response.status_code in (200, 202), response.text
    location = response.headers["location"]
    if response.status_code == 200:
        return response.json(), location
    polled: dict[str, Any] = {}

    def finished() -> bool:
        answer = facilitator.call("GET", location)
        assert answer.status_code == 200, answer.text
        polled["body"] = answer.json()
        assert polled["body"]["state"] in ("running", "succeeded"), polled["body"]
        return bool(polled["body"]["state"] == "succeeded")

    if not wait_until(finished, timeout_s=120):
        pytest.fail("the proposal did not finish")
    return polled["body"]["result"], location


def test_the_pool_overview_counts_who_is_open_and_names_nobody(system: dict[str, Any]) -> None:
    overview = _pool_ready(system)
    assert overview["open"] == 3  # the one without consent is not counted
    assert overview["by_language"] == {LANGUAGE: 3}
    assert "by_readiness" not in overview  # no facilitator's business
    assert overview["by_focus"] == {"youth": 1}
    assert overview["by_day"] == {"4": 3}
    assert overview["minors"] == 1
    text = str(overview)
    for person in [*system["adults"], system["minor"]]:
        assert person["id"] not in text
        assert person.get("alias", "~") not in text
    assert DISTRICT not in text


def test_two_adults_and_a_minor_asked_for_three_groups_form_the_adults(
    system: dict[str, Any],
) -> None:
    _pool_ready(system)
    facilitator = system["facilitator"]
    groups = [
        _group(facilitator, system["peer_org"]),
        _group(facilitator, system["peer_org"]),
        _group(facilitator, system["peer_org"], focus="youth"),
    ]
    result, _ = _proposal(facilitator, [g["id"] for g in groups])
    formed = [p for p in result["proposals"] if p["feasible"]]
    assert len(formed) == 1, result["left_out_counts"]
    assert len(formed[0]["members"]) == 2
    assert formed[0]["group_id"] != groups[2]["id"]
    assert {m["age_band"] for m in formed[0]["members"]} == {"25-34"}
    # Cohesion and what members share in every answer.
    for proposal in result["proposals"]:
        assert {"cohesion", "shared", "feasible", "reason"} <= proposal.keys()
    assert 0 < formed[0]["cohesion"] <= 1
    assert f"language:{LANGUAGE}" in formed[0]["shared"]
    assert "interest:cooking" in formed[0]["shared"]


def test_a_proposal_is_kept_for_its_facilitator_only(system: dict[str, Any]) -> None:
    _pool_ready(system)
    facilitator = system["facilitator"]
    group = _group(facilitator, system["peer_org"])
    _, location = _proposal(facilitator, [group["id"]])
    proposal_id = location.rsplit("/", 1)[1]
    read = facilitator.ok("GET", location).json()
    assert read["state"] == "succeeded"
    assert read["group_ids"] == [group["id"]]
    assert read["result"]["proposals"][0]["group_id"] == group["id"]
    listed = facilitator.ok("GET", "/v1/peer-group-proposals").json()
    assert proposal_id in [op["id"] for op in listed]
    assert all(op["result"] is None for op in listed)  # states only in the list
    for other in (system["colleague"], system["stranger"]):
        assert other.call("GET", location).status_code == 404
        assert proposal_id not in [
            op["id"] for op in other.ok("GET", "/v1/peer-group-proposals").json()
        ]
    assert facilitator.call("GET", "/v1/peer-group-proposals/pro_nothing_here").status_code == 404


def test_several_focuses_and_adults_only_are_kept(system: dict[str, Any]) -> None:
    facilitator = system["facilitator"]
    group = _group(
        facilitator,
        system["peer_org"],
        focus="youth",
        focuses=["labour_trafficking"],
        adults_only=True,
    )
    settings = facilitator.ok("GET", f"/v1/peer-groups/{group['id']}").json()["settings"]
    assert sorted(settings["focuses"]) == ["labour_trafficking", "youth"]
    assert settings["adults_only"] is True
    # Nobody here chose labour trafficking: nobody is proposed for it.
    result, _ = _proposal(facilitator, [group["id"]])
    assert result["proposals"][0]["feasible"] is False
    counts = result["left_out_counts"]
    assert sum(counts.values()) >= 1
    # Nobody is told by a code whether they chose a focus (rules.as_told); the youth age
    # rule, found before any focus is looked at, is told as it is.
    assert "FOCUS_NOT_CHOSEN" not in counts


def test_a_group_that_falls_below_its_minimum_says_so(system: dict[str, Any]) -> None:
    _pool_ready(system)
    facilitator, officer = system["facilitator"], system["officer"]
    group = _group(facilitator, system["peer_org"], min_size=2, max_size=2)
    result, _ = _proposal(facilitator, [group["id"]])
    assert result["proposals"][0]["feasible"], result
    facilitator.ok("POST", f"/v1/peer-groups/{group['id']}/invitations")
    adults = [a["id"] for a in system["adults"]]
    for survivor_id in adults:
        officer.ok(
            "POST",
            f"/v1/peer-groups/{group['id']}/answers",
            json={"survivor_id": survivor_id, "answer": "joined"},
        )
    assert facilitator.ok("GET", f"/v1/peer-groups/{group['id']}").json()["status"] == "active"
    officer.ok("POST", f"/v1/peer-groups/{group['id']}/departures", json={"survivor_id": adults[0]})
    read = facilitator.ok("GET", f"/v1/peer-groups/{group['id']}").json()
    assert read["status"] == "below_minimum"
    listed = facilitator.ok(
        "GET", f"/v1/organisations/{system['peer_org']}/peer-groups?status=below_minimum"
    ).json()
    assert group["id"] in [g["id"] for g in listed["items"]]


def _seen_by(viewer: str, person: dict[str, Any], organisation_id: str) -> str:
    return alias_seen_by(
        viewer, survivor_id=person["id"], organisation_id=organisation_id, alias=person["alias"]
    )


def test_the_pool_is_scoped_by_partnership(system: dict[str, Any]) -> None:
    """Runs last: it removes the partnership the tests above need, and sets it back."""
    _pool_ready(system)  # the peer organisation sees A's three open survivors, not B's two
    admin, facilitator = system["admin"], system["facilitator"]
    ngo, peer_org = system["ngo"], system["peer_org"]
    # The peer organisation knows everyone by codes of its own (never their NGO's alias).
    aliases_a = {_seen_by(peer_org, p, ngo) for p in [*system["adults"], system["minor"]]}
    aliases_b = {_seen_by(peer_org, p, system["ngo_b"]) for p in system["survivors_b"]}

    # B runs its own groups: its facilitator sees B's own survivors, none of A's.
    def b_sees_its_own() -> bool:
        return bool(_overview(system["facilitator_b"])["open"] == 2)

    assert wait_until(b_sees_its_own, timeout_s=300, interval_s=2), "B's survivors not pooled"
    assert "by_readiness" not in _overview(system["facilitator_b"])

    partners = facilitator.ok("GET", f"/v1/organisations/{peer_org}/partners").json()
    assert [p["organisation_id"] for p in partners["draws_from"]] == [ngo]
    overview = _overview(facilitator)
    assert overview["open"] == 3
    assert overview["minors"] == 1  # A's minor; B has none

    group = _group(facilitator, peer_org, min_size=2, max_size=6)
    result, _ = _proposal(facilitator, [group["id"]])
    members = {m["alias"] for p in result["proposals"] for m in p["members"]}
    named = members | {r["alias"] for r in result["left_out"]}
    assert named <= aliases_a, result
    assert not named & {p["alias"] for p in [*system["adults"], system["minor"]]}
    assert not named & aliases_b
    # Everyone A shares was looked at (proposed, or left out with a reason), nobody else.
    assert len(members) + sum(result["left_out_counts"].values()) == 3, result

    try:
        admin.ok("DELETE", f"/v1/organisations/{ngo}/partners/{peer_org}")
        assert _overview(facilitator)["open"] == 0
        result, _ = _proposal(facilitator, [_group(facilitator, peer_org)["id"]])
        assert [p["members"] for p in result["proposals"]] == [[]]
        assert result["left_out"] == []
        assert sum(result["left_out_counts"].values()) == 0
        partners = facilitator.ok("GET", f"/v1/organisations/{peer_org}/partners").json()
        assert partners["draws_from"] == []
    finally:
        share(admin, ngo, peer_org)

    for action in ("organisation.partnership_set", "organisation.partnership_remove"):
        records = admin.ok("GET", f"/v1/audit?action={action}").json()
        targets = [r["target_id"] for r in records["items"]]
        assert f"{ngo}>{peer_org}" in targets, (action, targets)
