"""Each organisation knows a survivor by a code of its own (docs/data-protection.md,
"Partners cannot link what each of them sees"), so the officer is told the code the
employer, the training provider or a group's facilitators use: without it the two could not
speak of the same person. The officer's own code is never repeated as a partner's."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import httpx

from tests.unit.console.conftest import signed_in_officer
from tests.unit.console.fake_gateway import FakeGateway

SURVIVOR_ID = "srv_7c6d5e4f3a2b1c0d9e8f7a6b"
OWN_ALIAS = "P-4QXR7T"


def _match(kind: str, match_id: str, partner_alias: str | None) -> dict[str, Any]:
    return {
        "view": "full",
        "id": match_id,
        "survivor_id": SURVIVOR_ID,
        "opportunity_id": "opp_" + match_id[-32:],
        "opportunity_organisation_id": "org_partner",
        "kind": kind,
        "state": "accepted",
        "score": 0.7,
        "reasons": [],
        "history": [],
        "wage": None,
        "version": 2,
        "partner_alias": partner_alias,
    }


@dataclass
class CaseGateway(FakeGateway):
    """One survivor with a job match, a course match and a match on their own NGO's
    course (no partner code), and a place in a partner's group and one in their NGO's."""

    def handle(self, request: httpx.Request) -> httpx.Response:
        bearer = request.headers.get("authorization", "").removeprefix("Bearer ")
        path = request.url.path
        if bearer not in self.valid_access:
            return super().handle(request)
        if path == f"/v1/survivors/{SURVIVOR_ID}":
            return httpx.Response(200, json=self._survivor())
        if path == f"/v1/survivors/{SURVIVOR_ID}/matches":
            items = [
                _match("job", "mat_" + "1" * 32, "P-JX4N7C"),
                _match("training", "mat_" + "2" * 32, "P-CM9TWA"),
                _match("training", "mat_" + "3" * 32, None),
            ]
            return httpx.Response(200, json={"items": items, "next_cursor": None})
        if path.startswith("/v1/opportunities/opp_"):
            return self._problem(404, "not-found")
        if path == f"/v1/survivors/{SURVIVOR_ID}/peer-groups":
            return httpx.Response(
                200, json={"items": [self._group("P-GF3KHE"), self._group(OWN_ALIAS)]}
            )
        return super().handle(request)

    def _survivor(self) -> dict[str, Any]:
        return {
            "id": SURVIVOR_ID,
            "alias": OWN_ALIAS,
            "version": 2,
            "consents": [{"purpose": "peer_groups", "granted": True}],
            "readiness": {"stage": "peer_support_ready", "assessed_at": "2026-12-01T09:00:00Z"},
            "readiness_history": [],
            "profile": {"languages": [{"language": "th", "level": "native"}]},
        }

    @staticmethod
    def _group(alias: str) -> dict[str, Any]:
        return {
            "id": f"grp_{alias[2:].lower()}",
            "status": "forming",
            "settings": {"title": f"Group {alias}", "modality": "in_person"},
            "members": [{"alias": alias, "state": "invited", "locked": False}],
        }


def test_the_officer_is_told_the_code_each_partner_uses() -> None:
    with signed_in_officer(CaseGateway()) as client:
        matches = client.get(f"/survivors/{SURVIVOR_ID}/matches").text
        assert "The employer knows them as P-JX4N7C." in matches
        assert "The training provider knows them as P-CM9TWA." in matches
        # The NGO's own course knows them by their own alias: nothing more to tell.
        assert matches.count('class="partner-alias"') == 2

        case = client.get(f"/survivors/{SURVIVOR_ID}").text
        assert "The group&#39;s facilitators know them as P-GF3KHE." in case
        assert f"know them as {OWN_ALIAS}" not in case
