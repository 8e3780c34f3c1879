"""The routes in front of peer groups, over the app with an in-memory peer-groups service."""

from __future__ import annotations

from typing import Any

import httpx2
from structlog.testing import capture_logs

from gateway.api.peer_groups.schemas import PoolOverviewPublic
from gateway.audit.records import AuditFilter, AuditOutcome
from gateway.auth.roles import Role
from gateway.config import GatewaySettings
from pathways.v1 import peer_groups_pb2 as ppb
from tests.unit.gateway.fake_peer_groups import Person
from tests.unit.gateway.harness import World, new_key, world

FACILITATOR = Role.FACILITATOR
OFFICER = Role.REINTEGRATION_OFFICER
SETTINGS: dict[str, Any] = {
    "title": "Thursday evening circle",
    "languages": ["th"],
    "modality": "in_person",
    "country": "TH",
    "district": "Bang Rak",
    "focus": "any",
    "min_size": 2,
    "max_size": 3,
    "schedule": [{"day_of_week": 4, "start_minute": 1080, "duration_minutes": 90}],
}
CARD_FIELDS = {"alias", "languages", "age_band", "shared_interests", "state", "locked", "since"}
GROUP_FIELDS = {
    "id",
    "organisation_id",
    "facilitator_id",
    "settings",
    "status",
    "members",
    "version",
    "created_at",
    "activated_at",
    "closed_at",
}


def _post(
    w: World, url: str, body: object, role: Role = FACILITATOR, /, **headers: str
) -> httpx2.Response:
    key = headers.pop("key", new_key())
    return w.client.post(
        url, json=body, headers=w.headers(role, **{"Idempotency-Key": key}, **headers)
    )


def _create(w: World, body: dict[str, Any] | None = None, **headers: str) -> httpx2.Response:
    peer_org = w.organisation_of(FACILITATOR).id
    return _post(w, f"/v1/organisations/{peer_org}/peer-groups", body or SETTINGS, **headers)


def _people(w: World, count: int, **extra: Any) -> list[Person]:
    ngo = w.organisation_of(OFFICER).id
    return [w.peer_groups.add_person(ngo, **extra) for _ in range(count)]


def _survivor_ids(w: World) -> set[str]:
    return set(w.peer_groups.pool)


def _propose(w: World, *group_ids: str) -> httpx2.Response:
    return _post(w, "/v1/peer-group-proposals", {"group_ids": list(group_ids), "seed": 3})


def test_a_facilitator_defines_a_group_once_per_idempotency_key() -> None:
    with world() as w:
        key = new_key()
        first = _create(w, key=key)
        assert first.status_code == 201, first.text
        body = first.json()
        assert set(body) == GROUP_FIELDS
        assert body["status"] == "forming"
        assert body["settings"]["district"] == "Bang Rak"
        assert first.headers["location"] == f"/v1/peer-groups/{body['id']}"
        assert first.headers["etag"] == f'"{body["version"]}"'
        again = _create(w, key=key)
        assert again.json()["id"] == body["id"]
        assert len(w.peer_groups.groups) == 1
        [request_id] = w.peer_groups.create_request_ids
        assert request_id
        assert key not in request_id
        # The backend got a request id derived from the key (a retry past the gateway's
        # replay creates nothing twice), and the checked caller.
        facilitator = w.users[(FACILITATOR, "own")]
        caller = w.peer_groups.callers[-1]
        assert (caller.user_id, caller.organisation_id, caller.role) == (
            facilitator.id,
            facilitator.organisation_id,
            "facilitator",
        )


def test_the_same_key_with_another_body_is_refused_and_never_sent_on() -> None:
    with world() as w:
        key = new_key()
        first = _create(w, key=key)
        # Another body under the same key is refused by the gateway, never sent on.
        other = _create(w, SETTINGS | {"title": "another"}, key=key)
        assert other.status_code == 422
        assert other.json()["type"] == "/problems/idempotency-key-reused"
        assert list(w.peer_groups.groups) == [first.json()["id"]]


def test_group_settings_are_validated_strictly_and_never_echoed() -> None:
    secret = "Srey Mom, Battambang"
    bad_bodies = [
        SETTINGS | {"facilitator_phone": secret},
        SETTINGS | {"min_size": 5, "max_size": 3},
        SETTINGS | {"min_size": "2"},
        SETTINGS | {"modality": "online"},  # an online group has no place
        {k: v for k, v in SETTINGS.items() if k != "district"},
        SETTINGS | {"languages": [secret]},
        SETTINGS | {"title": secret * 20},
        SETTINGS | {"schedule": []},
        SETTINGS | {"schedule": [{"day_of_week": 8, "start_minute": 0, "duration_minutes": 60}]},
        SETTINGS | {"focus": "everyone"},
    ]
    with world() as w:
        for body in bad_bodies:
            response = _create(w, body)
            assert response.status_code == 422, body
            assert response.headers["content-type"] == "application/problem+json"
            assert "Srey" not in response.text
        assert not w.peer_groups.groups
        online = {k: v for k, v in SETTINGS.items() if k not in {"country", "district"}}
        assert _create(w, online | {"modality": "online"}).status_code == 201


def test_a_proposal_shows_aliases_only_and_keeps_linked_people_apart() -> None:
    with world() as w:
        group_id = _create(w).json()["id"]
        first, second, *_rest = _people(w, 4)
        linked = w.peer_groups.add_person(
            w.organisation_of(OFFICER).id, do_not_group_with=frozenset({first.survivor_id})
        )
        response = _propose(w, group_id)
        assert response.status_code == 200, response.text
        body = response.json()
        assert set(body) == {
            "proposals",
            "left_out",
            "left_out_counts",
            "groups",
            "groups_total",
            "next_groups_from",
        }
        assert (body["groups_total"], body["next_groups_from"]) == (1, None)
        [proposal] = body["proposals"]
        assert proposal["feasible"] is True
        assert 0 <= proposal["cohesion"] <= 1
        assert proposal["shared"]
        aliases = {card["alias"] for card in proposal["members"]}
        assert not {first.alias, linked.alias} <= aliases
        assert all(set(card) == CARD_FIELDS for card in proposal["members"])
        assert all(set(g) == GROUP_FIELDS for g in body["groups"])
        assert {x["code"] for x in body["left_out"]} == {"NOT_PLACED"}
        assert sum(body["left_out_counts"].values()) == len(body["left_out"]) == 2
        assert second.alias in aliases
        for survivor_id in _survivor_ids(w):
            assert survivor_id not in response.text
        records = w.stores.audit.query(
            AuditFilter(action="peer_group.propose_members"), before=None, limit=10
        )
        assert [(r.target_id, r.purpose.value) for r in records] == [
            (group_id, "peer_group_formation")
        ]


def test_several_groups_are_proposed_at_once_and_each_is_named_once() -> None:
    with world() as w:
        ids = [_create(w).json()["id"] for _ in range(2)]
        _people(w, 6)
        body = _propose(w, *ids).json()
        assert [p["group_id"] for p in body["proposals"]] == ids
        members = [c["alias"] for p in body["proposals"] for c in p["members"]]
        assert len(members) == len(set(members)) == 6
        assert _propose(w, ids[0], ids[0]).status_code == 422
        assert _post(w, "/v1/peer-group-proposals", {"group_ids": []}).status_code == 422


def test_a_large_result_is_read_a_page_of_groups_at_a_time() -> None:
    # 120 groups: the first answer holds the first 50 (the default page), the reads after it
    # follow `next_groups_from` until it is null, and together they name every group once.
    with world() as w:
        own = w.organisation_of(FACILITATOR).id
        ids = [w.peer_groups.add_group(own).group_id for _ in range(120)]
        answer = _propose(w, *ids)
        assert answer.status_code == 200, answer.text
        first = answer.json()
        assert first["groups_total"] == 120
        assert [p["group_id"] for p in first["proposals"]] == ids[:50]
        location = answer.headers["location"]
        seen = [p["group_id"] for p in first["proposals"]]
        start = first["next_groups_from"]
        while start is not None:
            page = w.client.get(
                location,
                params={"groups_from": start, "groups_limit": 30},
                headers=w.headers(FACILITATOR),
            ).json()["result"]
            assert len(page["proposals"]) <= 30
            seen += [p["group_id"] for p in page["proposals"]]
            start = page["next_groups_from"]
        assert seen == ids
        assert w.peer_groups.proposal_reads == [(50, 30), (80, 30), (110, 30)]
        refused = w.client.get(
            location, params={"groups_limit": 101}, headers=w.headers(FACILITATOR)
        )
        assert refused.status_code == 422


def test_another_organisations_group_does_not_exist_for_a_facilitator() -> None:
    with world() as w:
        group_id = _create(w).json()["id"]
        other = w.headers(FACILITATOR, "other")
        assert w.client.get(f"/v1/peer-groups/{group_id}", headers=other).status_code == 404
        refused = w.client.post(
            "/v1/peer-group-proposals",
            json={"group_ids": [group_id]},
            headers=other | {"Idempotency-Key": new_key()},
        )
        assert refused.status_code == 404
        assert refused.headers["content-type"] == "application/problem+json"


def test_reading_a_group_with_members_is_audited_and_shows_cards_field_by_field() -> None:
    with world() as w:
        group_id = _create(w).json()["id"]
        _people(w, 2)
        _propose(w, group_id)
        read = w.client.get(f"/v1/peer-groups/{group_id}", headers=w.headers(FACILITATOR))
        assert read.status_code == 200
        assert read.headers["cache-control"] == "no-store"
        assert all(set(card) == CARD_FIELDS for card in read.json()["members"])
        for survivor_id in _survivor_ids(w):
            assert survivor_id not in read.text
        records = w.stores.audit.query(AuditFilter(action="peer_group.read"), before=None, limit=10)
        assert [r.target_id for r in records] == [group_id]
        assert records[0].survivor_id is None


def test_settings_need_if_match_and_a_stale_one_changes_nothing() -> None:
    with world() as w:
        created = _create(w)
        url = f"/v1/peer-groups/{created.json()['id']}/settings"
        changed = SETTINGS | {"title": "Friday circle"}
        missing = w.client.put(url, json=changed, headers=w.headers(FACILITATOR))
        assert missing.status_code == 428
        for stale in ('"7"', '"0"', "*", 'W/"1"'):
            response = w.client.put(
                url, json=changed, headers=w.headers(FACILITATOR, **{"If-Match": stale})
            )
            assert response.status_code == 412, stale
        current = w.client.get(url.removesuffix("/settings"), headers=w.headers(FACILITATOR))
        assert current.json()["settings"]["title"] == SETTINGS["title"]
        updated = w.client.put(
            url,
            json=changed,
            headers=w.headers(FACILITATOR, **{"If-Match": created.headers["etag"]}),
        )
        assert updated.status_code == 200, updated.text
        assert updated.json()["settings"]["title"] == "Friday circle"
        assert updated.headers["etag"] != created.headers["etag"]


def test_closing_needs_if_match_and_is_final() -> None:
    with world() as w:
        created = _create(w)
        url = f"/v1/peer-groups/{created.json()['id']}/closure"
        assert _post(w, url, None).status_code == 428
        assert _post(w, url, None, **{"If-Match": '"9"'}).status_code == 412
        closed = _post(w, url, None, **{"If-Match": created.headers["etag"]})
        assert closed.status_code == 200, closed.text
        assert closed.json()["status"] == "closed"
        again = _post(w, url, None, **{"If-Match": closed.headers["etag"]})
        assert again.status_code == 409


def test_a_facilitator_locks_and_removes_members_by_alias() -> None:
    with world() as w:
        group_id = _create(w).json()["id"]
        _people(w, 3)
        proposal = _propose(w, group_id).json()["proposals"][0]
        first, second = (card["alias"] for card in proposal["members"][:2])
        stale = _post(
            w, f"/v1/peer-groups/{group_id}/members/{first}/lock", None, **{"If-Match": '"1"'}
        )
        assert stale.status_code == 412
        locked = _post(w, f"/v1/peer-groups/{group_id}/members/{first}/lock", None)
        assert locked.status_code == 200, locked.text
        assert {c["alias"]: c["locked"] for c in locked.json()["members"]}[first] is True
        removed = w.client.delete(
            f"/v1/peer-groups/{group_id}/members/{second}", headers=w.headers(FACILITATOR)
        )
        assert removed.status_code == 200, removed.text
        assert second not in {c["alias"] for c in removed.json()["members"]}
        unknown = w.client.delete(
            f"/v1/peer-groups/{group_id}/members/P-NOBODY", headers=w.headers(FACILITATOR)
        )
        assert unknown.status_code == 404
        bad = w.client.delete(
            f"/v1/peer-groups/{group_id}/members/a%20b", headers=w.headers(FACILITATOR)
        )
        assert bad.status_code == 422


def test_published_invitations_are_answered_by_the_survivors_officer() -> None:
    with world() as w:
        group_id = _create(w).json()["id"]
        people = _people(w, 3)
        _propose(w, group_id)
        published = _post(w, f"/v1/peer-groups/{group_id}/invitations", None)
        assert published.status_code == 200, published.text
        assert {c["state"] for c in published.json()["members"]} == {"invited"}
        url = f"/v1/peer-groups/{group_id}/answers"
        joined = _post(w, url, {"survivor_id": people[0].survivor_id, "answer": "joined"}, OFFICER)
        assert joined.status_code == 200, joined.text
        assert joined.json()["status"] == "forming"
        # Another organisation's officer: no such survivor.
        stranger = w.client.post(
            url,
            json={"survivor_id": people[1].survivor_id, "answer": "joined"},
            headers=w.headers(OFFICER, "other", **{"Idempotency-Key": new_key()}),
        )
        assert stranger.status_code == 404
        assert (
            _post(
                w, url, {"survivor_id": people[1].survivor_id, "answer": "maybe"}, OFFICER
            ).status_code
            == 422
        )
        active = _post(w, url, {"survivor_id": people[1].survivor_id, "answer": "joined"}, OFFICER)
        assert active.json()["status"] == "active"
        declined = _post(
            w, url, {"survivor_id": people[2].survivor_id, "answer": "declined"}, OFFICER
        )
        assert {c["state"] for c in declined.json()["members"]} == {"joined", "declined"}
        for survivor_id in _survivor_ids(w):
            assert survivor_id not in declined.text
        records = w.stores.audit.query(
            AuditFilter(action="peer_group.answer", outcome=AuditOutcome.SUCCEEDED),
            before=None,
            limit=10,
        )
        assert {r.survivor_id for r in records} == {p.survivor_id for p in people}
        assert {r.survivor_organisation_id for r in records} == {w.organisation_of(OFFICER).id}
        assert {r.target_id for r in records} == {group_id}


def test_an_officer_sees_the_groups_their_survivor_is_invited_to_with_only_their_place() -> None:
    """Console probe finding: invitations could never be answered, since an officer had no
    way to learn which groups their survivor was invited to."""
    with world() as w:
        group_id = _create(w).json()["id"]
        mine, other = _people(w, 2)
        w.peer_groups.invite(group_id, mine)
        w.peer_groups.invite(group_id, other)
        url = f"/v1/survivors/{mine.survivor_id}/peer-groups"
        found = w.client.get(url, headers=w.headers(OFFICER))
        assert found.status_code == 200, found.text
        [group] = found.json()["items"]
        assert group["id"] == group_id
        assert [(c["alias"], c["state"]) for c in group["members"]] == [(mine.alias, "invited")]
        assert other.alias not in found.text
        assert mine.survivor_id not in found.text.replace(url, "")
        # Another organisation's officer, and a facilitator: no such survivor / not allowed.
        assert w.client.get(url, headers=w.headers(OFFICER, "other")).status_code == 404
        assert w.client.get(url, headers=w.headers(FACILITATOR)).status_code == 403
        [record] = w.stores.audit.query(
            AuditFilter(action="peer_group.invitations_read", outcome=AuditOutcome.SUCCEEDED),
            before=None,
            limit=10,
        )
        assert record.survivor_id == mine.survivor_id


def test_an_officer_records_that_a_survivor_leaves() -> None:
    with world() as w:
        group_id = _create(w).json()["id"]
        [person] = _people(w, 1)
        w.peer_groups.invite(group_id, person)
        url = f"/v1/peer-groups/{group_id}/departures"
        left = _post(w, url, {"survivor_id": person.survivor_id}, OFFICER)
        assert left.status_code == 200, left.text
        assert [c["state"] for c in left.json()["members"]] == ["left"]
        assert (
            _post(w, url, {"survivor_id": person.survivor_id, "why": "x"}, OFFICER).status_code
            == 422
        )
        records = w.stores.audit.query(
            AuditFilter(survivor_id=person.survivor_id), before=None, limit=10
        )
        assert [r.action for r in records] == ["peer_group.leave"]


def test_groups_are_listed_in_pages_with_filters() -> None:
    with world() as w:
        ids = sorted(_create(w).json()["id"] for _ in range(3))
        w.peer_groups.add_group(w.organisation_of(FACILITATOR).id)  # someone else's group
        peer_org = w.organisation_of(FACILITATOR).id
        url = f"/v1/organisations/{peer_org}/peer-groups"
        headers = w.headers(FACILITATOR)
        first = w.client.get(url, params={"limit": 2, "mine_only": True}, headers=headers).json()
        assert [g["id"] for g in first["items"]] == ids[:2]
        second = w.client.get(
            url,
            params={"limit": 2, "mine_only": True, "cursor": first["next_cursor"]},
            headers=headers,
        ).json()
        assert [g["id"] for g in second["items"]] == ids[2:]
        assert second["next_cursor"] is None
        everyone = w.client.get(url, headers=headers).json()["items"]
        assert len(everyone) == 4
        mixed = w.client.get(
            url, params={"limit": 2, "cursor": first["next_cursor"]}, headers=headers
        )
        assert mixed.status_code == 422
        assert mixed.json()["type"] == "/problems/invalid-cursor"
        closed = w.client.get(url, params={"status": "closed"}, headers=headers).json()["items"]
        assert closed == []
        assert w.client.get(url, params={"status": "gone"}, headers=headers).status_code == 422


def test_with_peer_groups_down_the_routes_answer_503_with_retry_after() -> None:
    with world() as w:
        group_id = _create(w).json()["id"]
        w.peer_groups.down = True
        with capture_logs() as logs:
            down = w.client.get(f"/v1/peer-groups/{group_id}", headers=w.headers(FACILITATOR))
        # The operator sees which route met an unavailable backend; the log names no id.
        assert {
            "event": "backend_unavailable",
            "grpc_status": "UNAVAILABLE",
            "route": "/v1/peer-groups/{group_id}",
            "method": "GET",
            "log_level": "warning",
        } in [{k: v for k, v in e.items() if k != "logger"} for e in logs]
        assert group_id not in str(logs)
        assert down.status_code == 503
        assert down.json()["type"] == "/problems/backend-unavailable"
        assert int(down.headers["retry-after"]) >= 1
        assert _create(w).status_code == 503
        w.peer_groups.down = False
        assert (
            w.client.get(f"/v1/peer-groups/{group_id}", headers=w.headers(FACILITATOR)).status_code
            == 200
        )


def test_without_a_peer_groups_client_the_routes_answer_503() -> None:
    with world() as w:
        w.client.app.state.peer_groups = None  # type: ignore[attr-defined]
        response = _create(w)
        assert response.status_code == 503
        assert response.json()["type"] == "/problems/backend-unavailable"


def test_the_pool_overview_is_asked_with_its_own_deadline() -> None:
    # Counting opens every eligible member (its cost follows the pool), so the overview
    # waits as long as configured for it, not the deadline of every other call.
    with world(backend_timeout_s=2.0, pool_overview_timeout_s=25.0) as w:
        answer = w.client.get("/v1/peer-group-pool?language=th", headers=w.headers(FACILITATOR))
        assert answer.status_code == 200, answer.text
        assert w.peer_groups.overview_timeouts == [25.0]


def test_pool_counts_from_one_to_four_are_withheld() -> None:
    # The dashboards' rule: a count from 1 to 4 could single someone out; 0 and 5 cannot.
    assert GatewaySettings().pool_suppress_below == 5
    message = ppb.PoolOverview(open=5, minors=1)
    for key, count in (("km", 0), ("th", 1), ("my", 4), ("vi", 5), ("tl", 37)):
        message.by_language.add(key=key, count=count)
    message.by_focus.add(key="women_only", count=3)
    shown = PoolOverviewPublic.of(message, suppress_below=5)
    assert shown.open == 5
    assert shown.minors is None
    assert shown.by_language == {"km": 0, "th": None, "my": None, "vi": 5, "tl": 37}
    assert shown.by_focus == {"women_only": None}
    assert shown.suppressed_below == 5
    # Configured to withhold nothing, every count is shown.
    assert PoolOverviewPublic.of(message, suppress_below=1).by_language["th"] == 1


def test_each_user_may_ask_for_the_pool_overview_a_limited_number_of_times() -> None:
    # Counting opens every eligible person: one account must not keep peer groups busy.
    with world(pool_overview_limit_per_user=2) as w:
        asks = [
            w.client.get("/v1/peer-group-pool?language=th", headers=w.headers(FACILITATOR))
            for _ in range(3)
        ]
        assert [a.status_code for a in asks] == [200, 200, 429]
        assert asks[2].headers["content-type"] == "application/problem+json"
        assert int(asks[2].headers["retry-after"]) >= 1
        assert len(w.peer_groups.overview_timeouts) == 2  # the third never reached it


def test_a_withheld_count_cannot_be_had_by_subtraction() -> None:
    """Session 25's security probe: 71 open, 68 in Thailand shown, so 3 in Myanmar. Where a
    breakdown adds up to ``open`` (one country each), one withheld count takes the smallest
    shown one with it."""
    message = ppb.PoolOverview(open=71, people_considered=3)
    for key, count in (("TH", 62), ("KH", 6), ("MM", 3)):
        message.by_country.add(key=key, count=count)
    for key, count in (("th", 71), ("my", 3)):
        message.by_language.add(key=key, count=count)
    shown = PoolOverviewPublic.of(message, suppress_below=5)
    assert shown.by_country == {"TH": 62, "KH": None, "MM": None}
    assert shown.open == 71
    # Languages overlap (people speak several): no sum to subtract from.
    assert shown.by_language == {"th": 71, "my": None}
    # How many people were opened to count them is a count too.
    assert shown.people_considered is None


def test_a_breakdown_with_nothing_else_to_withhold_withholds_the_total() -> None:
    # One withheld and no other to withhold with it (the rest have no country recorded):
    # the total goes instead.
    message = ppb.PoolOverview(open=9)
    message.by_country.add(key="TH", count=0)
    message.by_country.add(key="MM", count=3)
    shown = PoolOverviewPublic.of(message, suppress_below=5)
    assert shown.by_country == {"TH": 0, "MM": None}
    assert shown.open is None
    # Two withheld already: nothing to subtract them from one by one.
    message = ppb.PoolOverview(open=7)
    for key, count in (("TH", 0), ("KH", 3), ("MM", 4)):
        message.by_country.add(key=key, count=count)
    assert PoolOverviewPublic.of(message, suppress_below=5).open == 7


def test_counts_with_none_withheld_are_all_shown() -> None:
    message = ppb.PoolOverview(open=40, people_considered=40)
    for key, count in (("TH", 30), ("KH", 10)):
        message.by_country.add(key=key, count=count)
    shown = PoolOverviewPublic.of(message, suppress_below=5)
    assert shown.by_country == {"TH": 30, "KH": 10}
    assert shown.open == 40
    assert shown.people_considered == 40


def test_pool_counts_are_rounded_down_so_that_two_overviews_cannot_be_subtracted() -> None:
    """Session 35's security probe: Thai speakers 6 open, Thai or Khmer speakers 9, so 3
    Khmer speakers who speak no Thai, a count withheld when asked alone; and ``open`` one
    less after a member's card turned "left" told the facilitator that member had dropped
    out of the pool. Rounded down to a multiple of 5 (the default), neither difference
    shows; a count withheld stays withheld, and 0 stays 0."""
    assert GatewaySettings().pool_round_to == 5
    thai, thai_or_khmer = ppb.PoolOverview(open=6), ppb.PoolOverview(open=9)
    for message in (thai, thai_or_khmer):
        message.by_language.add(key="th", count=6)
    thai_or_khmer.by_language.add(key="km", count=3)
    shown = [PoolOverviewPublic.of(m, suppress_below=5, round_to=5) for m in (thai, thai_or_khmer)]
    assert [s.open for s in shown] == [5, 5]
    assert shown[1].by_language == {"th": 5, "km": None}
    assert shown[0].rounded_to == 5
    before, after = ppb.PoolOverview(open=8), ppb.PoolOverview(open=7)
    assert {
        PoolOverviewPublic.of(m, suppress_below=5, round_to=5).open for m in (before, after)
    } == {5}
    message = ppb.PoolOverview(open=0, minors=0)
    message.by_day.add(key="1", count=14)
    rounded = PoolOverviewPublic.of(message, suppress_below=5, round_to=5)
    assert (rounded.open, rounded.minors, rounded.by_day) == (0, 0, {"1": 10})


def test_the_pool_overview_counts_no_readiness_stage() -> None:
    """A trauma-care stage is no facilitator's business (the dashboards are closed to them
    for it): the overview has no count of it to read."""
    assert "by_readiness" not in PoolOverviewPublic.model_fields
    assert "by_readiness" not in ppb.PoolOverview.DESCRIPTOR.fields_by_name
