"""An officer sees the peer groups their survivor is invited to and records the survivor's
own answer (console probe, session 20: invitations could never be answered, so no group
ever became active through the console)."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any

import httpx

from tests.unit.console.conftest import signed_in_officer
from tests.unit.console.fake_gateway import FakeGateway

SURVIVOR_ID = "srv_3f2a9c0d6b1e4f7a8c9d0e1f"
GROUP_ID = "grp_5c9d0e1f2a3b"


def _group(state: str) -> dict[str, Any]:
    return {
        "id": GROUP_ID,
        "settings": {"title": "Thursday evening circle", "modality": "online"},
        "status": "forming",
        "members": [{"alias": "P-7KQ3XM", "state": state}],
    }


@dataclass
class InvitingGateway(FakeGateway):
    """Serves one survivor invited to one group, and records the answers posted."""

    groups_status: int = 200
    answers: list[dict[str, Any]] = field(default_factory=list)
    state: str = "invited"

    def handle(self, request: httpx.Request) -> httpx.Response:
        path = request.url.path
        bearer = request.headers.get("authorization", "").removeprefix("Bearer ")
        if bearer in self.valid_access:
            if path == f"/v1/survivors/{SURVIVOR_ID}" and request.method == "GET":
                self.requests.append(request)
                survivor = {
                    "id": SURVIVOR_ID,
                    "alias": "P-7KQ3XM",
                    "version": 3,
                    "consents": [],
                    "readiness": None,
                    "readiness_history": [],
                    "profile": {
                        "age_band": "25-34",
                        "languages": [{"language": "th", "level": "native"}],
                        "interests": "",
                        "interest_tags": [],
                        "skills": [],
                        "sectors_to_avoid": [],
                        "residence": None,
                        "income_goal": None,
                    },
                }
                return httpx.Response(200, json=survivor)
            if path == f"/v1/survivors/{SURVIVOR_ID}/peer-groups":
                self.requests.append(request)
                if self.groups_status != 200:
                    return self._problem(self.groups_status, "backend-unavailable")
                return httpx.Response(200, json={"items": [_group(self.state)]})
            if path == f"/v1/peer-groups/{GROUP_ID}/answers" and request.method == "POST":
                self.requests.append(request)
                self.answers.append(json.loads(request.content))
                self.state = self.answers[-1]["answer"]
                return httpx.Response(200, json=_group(self.state))
        return super().handle(request)


def test_an_invitation_is_shown_with_the_survivors_two_answers_and_recorded() -> None:
    gateway = InvitingGateway()
    with signed_in_officer(gateway) as client:
        page = client.get(f"/survivors/{SURVIVOR_ID}").text
        assert "Thursday evening circle" in page
        assert "They join" in page
        assert "They decline" in page
        token = re.search(r'name="csrf_token" value="([^"]+)"', page)
        idem = re.search(r'name="idem" value="([^"]+)"', page)
        assert token
        assert idem
        answered = client.post(
            f"/survivors/{SURVIVOR_ID}/peer-groups/{GROUP_ID}/answer",
            data={"csrf_token": token.group(1), "idem": idem.group(1), "answer": "joined"},
        )
        assert answered.status_code == 303
        assert gateway.answers == [{"survivor_id": SURVIVOR_ID, "answer": "joined"}]
        # Answered: no buttons any more, the place reads as joined.
        after = client.get(f"/survivors/{SURVIVOR_ID}").text
        assert "They join" not in after
        assert "Joined" in after


def test_an_answer_other_than_join_or_decline_reaches_no_gateway_route() -> None:
    gateway = InvitingGateway()
    with signed_in_officer(gateway) as client:
        token = re.search(
            r'name="csrf_token" value="([^"]+)"', client.get(f"/survivors/{SURVIVOR_ID}").text
        )
        assert token
        refused = client.post(
            f"/survivors/{SURVIVOR_ID}/peer-groups/{GROUP_ID}/answer",
            data={"csrf_token": token.group(1), "answer": "maybe"},
        )
        assert refused.status_code == 422
        assert gateway.answers == []


def test_peer_groups_out_of_reach_leave_the_rest_of_the_case_page() -> None:
    gateway = InvitingGateway(groups_status=503)
    with signed_in_officer(gateway) as client:
        page = client.get(f"/survivors/{SURVIVOR_ID}")
        assert page.status_code == 200
        assert "Peer groups could not be reached just now" in page.text
        assert "Consents" in page.text
