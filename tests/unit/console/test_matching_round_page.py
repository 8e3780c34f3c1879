"""An officer can run a matching round from a screen (``POST /v1/matching-rounds``: the API
could, the console could not): preview first, recorded nowhere; then propose the survivors
previewed, with an idempotency key; every survivor named by their code name only."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any

import httpx

from tests.unit.console.conftest import csrf_in, signed_in_officer
from tests.unit.console.fake_gateway import FakeGateway

PLACED = "srv_" + "1" * 24
ALSO_PLACED = "srv_" + "2" * 24
LEFT = "srv_" + "3" * 24
COOK = "opp_" + "c" * 32
SEWING = "opp_" + "d" * 32


@dataclass
class RoundGateway(FakeGateway):
    rounds: list[tuple[dict[str, Any], str | None]] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.caseload = {
            "items": [
                {"id": PLACED, "alias": "P-AAAAAA"},
                {"id": ALSO_PLACED, "alias": "P-BBBBBB"},
                {"id": LEFT, "alias": "P-CCCCCC"},
            ],
            "next_cursor": None,
        }
        self.opportunities[COOK] = {"id": COOK, "kind": "job", "title": "Line cook"}
        self.opportunities[SEWING] = {"id": SEWING, "kind": "training", "title": "Sewing course"}

    def handle(self, request: httpx.Request) -> httpx.Response:
        if request.url.path == "/v1/matching-rounds" and request.method == "POST":
            body = json.loads(request.content)
            self.rounds.append((body, request.headers.get("idempotency-key")))
            return httpx.Response(
                200,
                json={
                    "optimal": [
                        {"survivor_id": PLACED, "opportunity_id": COOK},
                        {"survivor_id": ALSO_PLACED, "opportunity_id": SEWING},
                    ],
                    "optimal_total_fit": 1.4,
                    "greedy_total_fit": 0.9,
                    "greedy_assigned": 1,
                    "unassigned_survivor_ids": [LEFT],
                },
            )
        return super().handle(request)


def test_the_preview_names_each_survivor_and_what_they_would_be_proposed() -> None:
    gateway = RoundGateway()
    with signed_in_officer(gateway) as client:
        token = csrf_in(client.get("/round").text)
        page = client.post("/round/preview", data={"csrf_token": token}).text
    # Recorded nowhere: every ready survivor of the caseload, not proposed.
    assert [body for body, _key in gateway.rounds] == [{"survivor_ids": [], "propose": False}]
    assert re.search(r"P-AAAAAA</a></td>\s*<td>Job: Line cook</td>", page)
    assert re.search(r"P-BBBBBB</a></td>\s*<td>Course: Sewing course</td>", page)
    assert "Not placed in this round: P-CCCCCC." in page
    assert "2 survivors would be proposed a match" in page
    assert "would place 1." in page
    hidden = re.findall(r'name="survivor_id" value="([^"]+)"', page)
    assert sorted(hidden) == sorted([PLACED, ALSO_PLACED, LEFT])


def test_proposing_records_the_round_for_the_survivors_previewed() -> None:
    gateway = RoundGateway()
    with signed_in_officer(gateway) as client:
        page = client.post(
            "/round/preview", data={"csrf_token": csrf_in(client.get("/round").text)}
        ).text
        form = dict(re.findall(r'name="(csrf_token|idem)" value="([^"]+)"', page))
        survivors = re.findall(r'name="survivor_id" value="([^"]+)"', page)
        answer = client.post("/round/propose", data={**form, "survivor_id": survivors})
        assert answer.status_code == 303
        assert answer.headers["location"] == "/round?done=round-proposed"
        after = client.get(answer.headers["location"]).text
    body, key = gateway.rounds[-1]
    assert body == {"survivor_ids": survivors, "propose": True}
    assert key == form["idem"]
    assert "The round&#39;s matches were proposed." in after


def test_nothing_is_proposed_without_survivors_and_only_officers_reach_the_round() -> None:
    gateway = RoundGateway()
    with signed_in_officer(gateway) as client:
        token = csrf_in(client.get("/round").text)
        refused = client.post("/round/propose", data={"csrf_token": token, "survivor_id": "x y"})
    assert refused.status_code == 422
    assert gateway.rounds == []
    with signed_in_officer(RoundGateway(role="employer")) as client:
        assert client.get("/round").status_code == 403
