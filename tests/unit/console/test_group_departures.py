"""An officer records that their survivor leaves a peer group they joined or were invited to
(the API had ``POST /v1/peer-groups/{id}/departures``; the case page offered only "They
join" and "They decline").

The rules (``peer_groups.domain.group.Group.leave``): only an invited or joined member can
leave; leaving is for good (LEFT); it changes no consent. Leaving cannot be taken back, so
the console asks first, as it does before a member is taken out of a group.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest

from tests.unit.console.conftest import signed_in_officer
from tests.unit.console.fake_gateway import FakeGateway

SURVIVOR_ID = "srv_3f2a9c0d6b1e4f7a8c9d0e1f"
GROUP_ID = "grp_5c9d0e1f2a3b"
ALIAS = "P-7KQ3XM"


def _group(state: str) -> dict[str, Any]:
    return {
        "id": GROUP_ID,
        "settings": {"title": "Thursday evening circle", "modality": "online"},
        "status": "active",
        "version": 4,
        "members": [{"alias": "P-PARTNR", "state": state}],
    }


@dataclass
class DepartureGateway(FakeGateway):
    """One survivor of the officer's organisation with a place in one group; departures
    are recorded as the peer-groups service does (invited or joined → left)."""

    state: str = "joined"
    departures: list[httpx.Request] = field(default_factory=list)

    def handle(self, request: httpx.Request) -> httpx.Response:
        path = request.url.path
        bearer = request.headers.get("authorization", "").removeprefix("Bearer ")
        if bearer in self.valid_access:
            if path == f"/v1/survivors/{SURVIVOR_ID}" and request.method == "GET":
                self.requests.append(request)
                return httpx.Response(
                    200,
                    json={
                        "id": SURVIVOR_ID,
                        "alias": ALIAS,
                        "version": 3,
                        "consents": [],
                        "readiness": None,
                        "readiness_history": [],
                        "profile": {"age_band": "25-34", "languages": []},
                    },
                )
            if path == f"/v1/survivors/{SURVIVOR_ID}/peer-groups":
                self.requests.append(request)
                return httpx.Response(200, json={"items": [_group(self.state)]})
            if path == f"/v1/peer-groups/{GROUP_ID}/departures" and request.method == "POST":
                self.requests.append(request)
                self.departures.append(request)
                if self.state not in {"invited", "joined", "left"}:
                    return self._problem(409, "conflict")
                self.state = "left"
                return httpx.Response(200, json=_group(self.state))
        return super().handle(request)


def _hidden(page: str, name: str) -> str:
    found = re.search(rf'name="{name}" value="([^"]+)"', page)
    assert found, name
    return found.group(1)


@pytest.mark.parametrize("state", ["invited", "joined"])
def test_a_survivor_leaves_a_group_after_the_officer_confirms(state: str) -> None:
    gateway = DepartureGateway(state=state)
    with signed_in_officer(gateway) as client:
        case = client.get(f"/survivors/{SURVIVOR_ID}").text
        link = f"/survivors/{SURVIVOR_ID}/peer-groups/{GROUP_ID}/departure"
        assert f'href="{link}"' in case
        assert "They leave the group" in case
        confirm = client.get(link)
        assert confirm.status_code == 200
        # It says who leaves which group and what that does, before anything is sent.
        assert f"Record that {ALIAS} leaves this peer group?" in confirm.text
        assert "Thursday evening circle" in confirm.text
        assert "This cannot be undone" in confirm.text
        assert "Their consents do not change" in confirm.text
        assert f"Yes, {ALIAS} leaves the group" in confirm.text
        assert f'action="{link}"' in confirm.text
        assert gateway.departures == []
        idem = _hidden(confirm.text, "idem")
        done = client.post(
            link, data={"csrf_token": _hidden(confirm.text, "csrf_token"), "idem": idem}
        )
        assert done.status_code == 303
        assert done.headers["location"] == (
            f"/survivors/{SURVIVOR_ID}?done=left-group#groups-section"
        )
        after = client.get(done.headers["location"]).text
        # Codes only: anything else in the address announces nothing.
        other = client.get(f"/survivors/{SURVIVOR_ID}", params={"done": "They left, said X"})
    assert 'class="notice"' not in other.text
    assert "said X" not in other.text
    [sent] = gateway.departures
    assert json.loads(sent.content) == {"survivor_id": SURVIVOR_ID}
    assert sent.headers["Idempotency-Key"] == idem
    assert '<p class="notice" role="status">Recorded: they left the peer group.' in after
    # Left: the place reads so, and nothing more can be recorded for it.
    assert "They leave the group" not in after
    assert "They join" not in after
    assert ">Left<" in after


def test_a_departure_is_offered_only_for_a_place_held_invited_or_joined() -> None:
    offered = {}
    for state in ("invited", "joined", "declined", "left"):
        gateway = DepartureGateway(state=state)
        with signed_in_officer(gateway) as client:
            case = client.get(f"/survivors/{SURVIVOR_ID}").text
            confirm = client.get(f"/survivors/{SURVIVOR_ID}/peer-groups/{GROUP_ID}/departure")
        offered[state] = ("They leave the group" in case, confirm.status_code)
    assert offered == {
        "invited": (True, 200),
        "joined": (True, 200),
        "declined": (False, 404),
        "left": (False, 404),
    }


def test_a_departure_without_the_csrf_token_reaches_no_gateway_route() -> None:
    gateway = DepartureGateway()
    with signed_in_officer(gateway) as client:
        refused = client.post(
            f"/survivors/{SURVIVOR_ID}/peer-groups/{GROUP_ID}/departure", data={"idem": "x" * 32}
        )
    assert refused.status_code == 403
    assert gateway.departures == []


def test_a_facilitator_cannot_reach_an_officers_departure() -> None:
    gateway = DepartureGateway(role="facilitator")
    with signed_in_officer(gateway) as client:
        token = _hidden(client.get("/dashboard").text, "csrf_token")
        link = f"/survivors/{SURVIVOR_ID}/peer-groups/{GROUP_ID}/departure"
        read = client.get(link)
        posted = client.post(link, data={"csrf_token": token, "idem": "a" * 32})
    assert (read.status_code, posted.status_code) == (403, 403)
    assert gateway.departures == []


@dataclass
class NotInThePoolGateway(DepartureGateway):
    """Peer groups does not hold the survivor yet: registered a moment ago, matching's
    event not applied (or no consent to peer groups). It answers 404, as the service does."""

    def handle(self, request: httpx.Request) -> httpx.Response:
        if request.url.path == f"/v1/survivors/{SURVIVOR_ID}/peer-groups":
            return self._problem(404, "not-found")
        return super().handle(request)


def test_a_survivor_peer_groups_does_not_hold_yet_has_a_case_page_with_no_groups() -> None:
    """A browser test's officer, registering a survivor on a loaded machine, got "Not found"
    for the whole case page: the page asked peer groups before matching's event came."""
    gateway = NotInThePoolGateway()
    with signed_in_officer(gateway) as client:
        case = client.get(f"/survivors/{SURVIVOR_ID}")
        assert case.status_code == 200
        assert ALIAS in case.text
        assert "They leave the group" not in case.text
        departure = client.get(f"/survivors/{SURVIVOR_ID}/peer-groups/{GROUP_ID}/departure")
        assert departure.status_code == 404
