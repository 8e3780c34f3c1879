"""Partnerships: administrators say which NGOs share their survivors with which
organisations' peer groups; the gateway names them on every proposal and pool overview.

Rules (MISSION.md): an NGO's survivors are proposed only to facilitators of
organisations it has a partnership with; NGOs running their own groups see their own;
changes are made by platform administrators and audited; bad input changes nothing.
"""

from __future__ import annotations

import httpx2
import pytest

from gateway.audit.records import AuditFilter
from gateway.auth.roles import OrganisationType, Role
from tests.unit.gateway.harness import World, new_key, world
from tests.unit.gateway.test_peer_group_routes import SETTINGS

ADMIN = Role.PLATFORM_ADMIN
FACILITATOR = Role.FACILITATOR
OFFICER = Role.REINTEGRATION_OFFICER
PROBLEM = "application/problem+json"


def _ngo(w: World, which: str = "own") -> str:
    return w.organisations[(OrganisationType.NGO, which)].id


def _peer(w: World, which: str = "own") -> str:
    return w.organisations[(OrganisationType.PEER_SUPPORT, which)].id


def _put(w: World, ngo: str, partner: str, role: Role = ADMIN) -> httpx2.Response:
    return w.client.put(f"/v1/organisations/{ngo}/partners/{partner}", headers=w.headers(role))


def _delete(w: World, ngo: str, partner: str, role: Role = ADMIN) -> httpx2.Response:
    return w.client.delete(f"/v1/organisations/{ngo}/partners/{partner}", headers=w.headers(role))


def _accept(w: World, ngo: str, partner: str, which: str = "own") -> httpx2.Response:
    """An officer of the NGO (``which`` one of the world's) accepts the partnership."""
    return w.client.post(
        f"/v1/organisations/{ngo}/partners/{partner}/acceptance",
        headers=w.headers(OFFICER, which, **{"Idempotency-Key": new_key()}),
    )


def _partners(w: World, organisation_id: str, role: Role = ADMIN) -> httpx2.Response:
    return w.client.get(f"/v1/organisations/{organisation_id}/partners", headers=w.headers(role))


def _audited(w: World, action: str) -> list[str | None]:
    found = w.stores.audit.query(AuditFilter(action=action), before=None, limit=100)
    return [r.target_id for r in found]


def _propose_and_count(w: World) -> tuple[tuple[str, ...], ...]:
    """A proposal, a pool overview and a publication by the own peer organisation's
    facilitator: the pool scopes the gateway sent peer groups for each."""
    group_id = w.peer_groups.add_group(_peer(w)).group_id
    answer = w.client.post(
        "/v1/peer-group-proposals",
        json={"group_ids": [group_id], "seed": 1},
        headers=w.headers(FACILITATOR, **{"Idempotency-Key": new_key()}),
    )
    assert answer.status_code == 200, answer.text
    overview = w.client.get("/v1/peer-group-pool?language=th", headers=w.headers(FACILITATOR))
    assert overview.status_code == 200, overview.text
    w.peer_groups.propose(group_id, w.peer_groups.add_person(_ngo(w)))
    published = w.client.post(
        f"/v1/peer-groups/{group_id}/invitations",
        headers=w.headers(FACILITATOR, **{"Idempotency-Key": new_key()}),
    )
    assert published.status_code == 200, published.text
    return tuple(w.peer_groups.pool_scopes[-3:])


def test_an_administrator_shares_an_ngos_survivors_with_a_peer_organisation() -> None:
    with world() as w:
        ngo, peer = _ngo(w), _peer(w)
        first = _put(w, ngo, peer)
        assert first.status_code == 200, first.text
        body = first.json()
        assert body["organisation_id"] == ngo
        assert body["partner_id"] == peer
        assert body["organisation_name"] == "ngo own"
        assert body["partner_name"] == "peer_support own"
        again = _put(w, ngo, peer)
        assert again.status_code == 200
        assert again.json() == body  # idempotent: the same partnership, not a second one

        as_ngo = _partners(w, ngo).json()
        assert [p["partner_id"] for p in as_ngo["shares_with"]] == [peer]
        assert as_ngo["draws_from"] == []
        as_peer = _partners(w, peer).json()
        assert [p["organisation_id"] for p in as_peer["draws_from"]] == [ngo]
        assert as_peer["shares_with"] == []
        assert _audited(w, "organisation.partnership_set") == [f"{ngo}>{peer}", f"{ngo}>{peer}"]


def test_the_gateway_names_the_partner_ngos_on_every_proposal_and_overview() -> None:
    with world() as w:
        ngo, other_ngo, peer = _ngo(w), _ngo(w, "other"), _peer(w)
        assert _propose_and_count(w) == ((peer,),) * 3  # no partnership: own only

        assert _put(w, ngo, peer).status_code == 200
        assert _propose_and_count(w) == ((peer,),) * 3  # proposed: nothing shared yet
        assert _accept(w, ngo, peer).status_code == 200
        assert _propose_and_count(w) == ((peer, ngo),) * 3

        # Another NGO's partnership with another peer organisation changes nothing here.
        assert _put(w, other_ngo, _peer(w, "other")).status_code == 200
        assert _accept(w, other_ngo, _peer(w, "other"), "other").status_code == 200
        assert _propose_and_count(w) == ((peer, ngo),) * 3

        removed = _delete(w, ngo, peer)
        assert removed.status_code == 204
        assert removed.content == b""
        assert _propose_and_count(w) == ((peer,),) * 3  # at once, from the next call
        assert _audited(w, "organisation.partnership_remove") == [f"{ngo}>{peer}"]

        again = _delete(w, ngo, peer)
        assert again.status_code == 404
        assert again.headers["content-type"] == PROBLEM
        assert _audited(w, "organisation.partnership_remove") == [f"{ngo}>{peer}"]


def test_an_ngo_running_its_own_groups_draws_from_its_own_survivors() -> None:
    with world() as w:
        ngo = _ngo(w)
        assert w.gateway.partnerships.pool_of(ngo) == [ngo]
        peer = _peer(w)
        assert _put(w, ngo, peer).status_code == 200
        # Sharing with a partner does not give the NGO the partner's (one way).
        assert w.gateway.partnerships.pool_of(ngo) == [ngo]
        # An NGO may also draw from another NGO that shares with it.
        other = _ngo(w, "other")
        assert _put(w, other, ngo).status_code == 200
        assert w.gateway.partnerships.pool_of(ngo) == [ngo], "not before the other accepts"
        assert _accept(w, other, ngo, "other").status_code == 200
        assert w.gateway.partnerships.pool_of(ngo) == [ngo, other]


@pytest.mark.parametrize(
    ("source", "partner", "status"),
    [
        ("unknown", "peer", 404),
        ("ngo", "unknown", 404),
        ("ngo", "ngo", 422),  # itself: its own survivors are always in its pool
        ("peer", "ngo", 422),  # a peer-support organisation holds no survivors to share
        ("ngo", "employer", 422),  # an employer runs no peer groups
        ("ngo", "platform", 422),
    ],
)
def test_bad_partnerships_are_refused_and_change_nothing(
    source: str, partner: str, status: int
) -> None:
    with world() as w:
        ids = {
            "ngo": _ngo(w),
            "peer": _peer(w),
            "employer": w.organisations[(OrganisationType.EMPLOYER, "own")].id,
            "platform": w.organisations[(OrganisationType.PLATFORM, "own")].id,
            "unknown": "org_does_not_exist",
        }
        answer = _put(w, ids[source], ids[partner])
        assert answer.status_code == status, answer.text
        assert answer.headers["content-type"] == PROBLEM
        assert "org_" not in answer.json()["detail"]  # a fixed sentence, no ids echoed
        assert w.stores.partnerships.pairs == {}
        assert _audited(w, "organisation.partnership_set") == []


def test_an_organisation_has_at_most_so_many_partnerships(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr("gateway.directory.partnerships.MAX_PARTNERS", 1)
    with world() as w:
        assert _put(w, _ngo(w), _peer(w)).status_code == 200
        refused = _put(w, _ngo(w), _peer(w, "other"))
        assert refused.status_code == 409
        refused = _put(w, _ngo(w, "other"), _peer(w))
        assert refused.status_code == 409
        assert len(w.stores.partnerships.pairs) == 1


def test_officers_and_facilitators_read_only_their_own_organisations_list() -> None:
    with world() as w:
        ngo, peer = _ngo(w), _peer(w)
        assert _put(w, ngo, peer).status_code == 200
        seen = _partners(w, ngo, OFFICER)
        assert seen.status_code == 200
        assert [p["partner_name"] for p in seen.json()["shares_with"]] == ["peer_support own"]
        assert _partners(w, _ngo(w, "other"), OFFICER).status_code == 404
        drawn = _partners(w, peer, FACILITATOR)
        assert [p["organisation_name"] for p in drawn.json()["draws_from"]] == ["ngo own"]
        assert _partners(w, _peer(w, "other"), FACILITATOR).status_code == 404
        # Only administrators propose them; the NGO's own officers may end them.
        assert _put(w, ngo, peer, FACILITATOR).status_code == 403
        assert _delete(w, ngo, peer, FACILITATOR).status_code == 403
        assert len(w.stores.partnerships.pairs) == 1
        assert _delete(w, ngo, peer, OFFICER).status_code == 204
        assert w.stores.partnerships.pairs == {}


def test_nothing_is_shared_until_an_officer_of_the_ngo_accepts() -> None:
    """An administrator alone cannot share an NGO's survivors with an organisation of
    their own making: the NGO's officers decide."""
    with world() as w:
        ngo, peer = _ngo(w), _peer(w)
        proposed = _put(w, ngo, peer).json()
        assert proposed["accepted_at"] is None
        assert w.gateway.partnerships.pool_of(peer) == [peer]
        # Another NGO's officer finds no such partnership; an administrator may not accept.
        assert _accept(w, ngo, peer, "other").status_code == 404
        by_admin = w.client.post(
            f"/v1/organisations/{ngo}/partners/{peer}/acceptance",
            headers=w.headers(ADMIN, **{"Idempotency-Key": new_key()}),
        )
        assert by_admin.status_code == 403
        assert w.gateway.partnerships.pool_of(peer) == [peer]

        accepted = _accept(w, ngo, peer)
        assert accepted.status_code == 200, accepted.text
        assert accepted.json()["accepted_at"] is not None
        assert w.gateway.partnerships.pool_of(peer) == [peer, ngo]
        assert _accept(w, ngo, peer).json() == accepted.json(), "idempotent"
        assert _audited(w, "organisation.partnership_accept") == [f"{ngo}>{peer}"] * 2
        assert _accept(w, ngo, _peer(w, "other")).status_code == 404


def _key() -> dict[str, str]:
    return {"Idempotency-Key": new_key()}


def _read_cards_everywhere(w: World) -> dict[str, tuple[str, ...]]:
    """Every route that answers a facilitator member cards, called once by the own peer
    organisation's facilitator: the pool scope the gateway sent peer groups on each."""
    peer = _peer(w)
    group = w.peer_groups.add_group(peer)
    url = f"/v1/peer-groups/{group.group_id}"
    first, second = (w.peer_groups.add_person(_ngo(w)) for _ in range(2))
    for person in (first, second):
        w.peer_groups.propose(group.group_id, person)
    calls = [
        w.client.get(f"/v1/organisations/{peer}/peer-groups", headers=w.headers(FACILITATOR)),
        w.client.get(url, headers=w.headers(FACILITATOR)),
        w.client.post(
            f"{url}/members/{first.alias}/lock", headers=w.headers(FACILITATOR, **_key())
        ),
        w.client.delete(f"{url}/members/{second.alias}", headers=w.headers(FACILITATOR)),
    ]
    etag = calls[-1].headers["etag"]
    calls.append(
        w.client.put(
            f"{url}/settings",
            json=SETTINGS,
            headers=w.headers(FACILITATOR, **{"If-Match": etag}),
        )
    )
    calls.append(
        w.client.post(
            f"{url}/closure",
            headers=w.headers(FACILITATOR, **{"If-Match": calls[-1].headers["etag"]}, **_key()),
        )
    )
    started = w.client.post(
        "/v1/peer-group-proposals",
        json={"group_ids": [w.peer_groups.add_group(peer).group_id], "seed": 1},
        headers=w.headers(FACILITATOR, **{"Idempotency-Key": new_key()}),
    )
    calls.append(w.client.get(started.headers["location"], headers=w.headers(FACILITATOR)))
    assert [c.status_code for c in calls] == [200] * len(calls), [c.text for c in calls]
    return dict(w.peer_groups.card_scopes)


CARD_READS = {
    "list_groups",
    "get_group",
    "lock_member",
    "remove_member",
    "update_group",
    "close_group",
    "get_proposal",
}


def test_every_read_of_member_cards_keeps_to_the_partnerships_of_the_moment() -> None:
    """A facilitator must not go on seeing an NGO's proposed survivors once its partnership
    is removed (outside probe, session 32): every call that answers cards names the pool
    scope as it is at that call, and peer groups hides proposals outside it."""
    with world() as w:
        ngo, peer = _ngo(w), _peer(w)
        assert _put(w, ngo, peer).status_code == 200
        assert _accept(w, ngo, peer).status_code == 200
        shared = _read_cards_everywhere(w)
        assert shared.keys() == CARD_READS
        assert set(shared.values()) == {(peer, ngo)}
        assert _delete(w, ngo, peer).status_code == 204
        w.peer_groups.card_scopes.clear()
        ended = _read_cards_everywhere(w)
        assert ended.keys() == CARD_READS
        assert set(ended.values()) == {(peer,)}


def test_a_retried_acceptance_answers_the_partnership_as_the_first_answer_did() -> None:
    """A client retrying its acceptance with the same key gets the partnership its first
    request accepted, in the route's own shape (session 34's probe got the partner list),
    and nothing runs again: a partnership since removed and proposed anew stays proposed."""
    with world() as w:
        ngo, peer = _ngo(w), _peer(w)
        _put(w, ngo, peer)
        headers = w.headers(OFFICER, **{"Idempotency-Key": new_key()})
        url = f"/v1/organisations/{ngo}/partners/{peer}/acceptance"
        first = w.client.post(url, headers=headers)
        assert first.status_code == 200, first.text
        _delete(w, ngo, peer)
        _put(w, ngo, peer)

        again = w.client.post(url, headers=headers)

        assert again.status_code == 200
        assert again.headers["idempotent-replayed"] == "true"
        assert again.json() == first.json()
        current = _partners(w, ngo).json()
        assert [p["accepted_at"] for p in current["shares_with"]] == [None]
        assert w.gateway.partnerships.pool_of(peer) == [peer]
