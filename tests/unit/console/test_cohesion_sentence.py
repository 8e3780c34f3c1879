"""A proposal whose members share only a language reads as such, not as "Cohesion: 0%"
(console probe, session 22: a facilitator read 0% as "a bad group", when cohesion measures
shared interests and close readiness stages, and a shared language is a rule of every group).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest

from console import messages
from console.group_forms import cohesion_sentence
from tests.unit.console.conftest import Clock, make_client
from tests.unit.console.fake_gateway import PASSWORD, FakeGateway

GROUP_ID = "grp_1"
LANGUAGE_ONLY = "The members share a language, but no interests yet, and their readiness differs."


@dataclass
class ProposingGateway(FakeGateway):
    """A forming group, and a proposal for it as the gateway would answer it."""

    proposal: dict[str, Any] = field(default_factory=dict)

    def handle(self, request: httpx.Request) -> httpx.Response:
        bearer = request.headers.get("authorization", "").removeprefix("Bearer ")
        if bearer in self.valid_access:
            if request.url.path == f"/v1/peer-groups/{GROUP_ID}" and request.method == "GET":
                return httpx.Response(200, json=_group())
            if request.url.path == "/v1/peer-group-proposals":
                return httpx.Response(
                    200,
                    json={
                        "proposals": [{"group_id": GROUP_ID, **self.proposal}],
                        "left_out": [],
                        "left_out_counts": {},
                        "groups": [_group()],
                    },
                )
        return super().handle(request)


def _group() -> dict[str, Any]:
    return {
        "id": GROUP_ID,
        "organisation_id": "org_1",
        "settings": {
            "title": "Thursday circle",
            "languages": ["th"],
            "modality": "online",
            "focus": "any",
            "min_size": 3,
            "max_size": 6,
            "schedule": [],
        },
        "status": "forming",
        "members": [],
        "version": 3,
    }


def _proposal_section(proposal: dict[str, Any], *, language: str = "en") -> str:
    gateway = ProposingGateway(role="facilitator", proposal=proposal)
    with make_client(gateway, Clock()) as client:

        def csrf(path: str) -> str:
            found = re.search(r'name="csrf_token" value="([^"]+)"', client.get(path).text)
            assert found
            return found.group(1)

        client.post(
            "/sign-in",
            data={"csrf_token": csrf("/sign-in"), "username": "officer", "password": PASSWORD},
        )
        if language != "en":
            client.post("/language", data={"csrf_token": csrf("/groups"), "language": language})
        answer = client.post(f"/groups/{GROUP_ID}/proposal", data={"csrf_token": csrf("/groups")})
        assert answer.status_code == 303
        page = client.get(f"/groups/{GROUP_ID}").text
    return page.split('<section id="proposal"', 1)[1].split("</section>", 1)[0]


def test_members_who_share_only_a_language_are_told_so_not_zero_percent() -> None:
    section = _proposal_section(
        {"cohesion": 0.0, "shared": ["language:th"], "feasible": True, "reason": None}
    )
    assert LANGUAGE_ONLY in section
    assert "0%" not in section
    assert "<svg" not in section  # no empty meter either
    assert "Language: Thai" in section  # the list of what they share still names it


def test_the_sentence_reads_in_the_facilitators_language() -> None:
    section = _proposal_section(
        {"cohesion": 0.0, "shared": ["language:th"], "feasible": True, "reason": None},
        language="vi",
    )
    assert "Các thành viên có chung một ngôn ngữ" in section
    assert "0%" not in section


def test_a_cohesion_above_zero_is_still_a_percentage_with_its_meter() -> None:
    section = _proposal_section(
        {
            "cohesion": 0.15,
            "shared": ["language:th", "stage:similar"],
            "feasible": True,
            "reason": None,
        }
    )
    assert "15%" in section
    assert "<svg" in section
    assert LANGUAGE_ONLY not in section


def test_shared_interests_too_few_for_one_percent_read_less_than_one_percent() -> None:
    section = _proposal_section(
        {
            "cohesion": 0.004,
            "shared": ["interest:cooking", "language:th"],
            "feasible": True,
            "reason": None,
        }
    )
    assert "Less than 1%" in section
    assert "No shared interests" not in section


def test_a_proposal_that_formed_no_group_shows_no_cohesion() -> None:
    section = _proposal_section(
        {"cohesion": 0.0, "shared": [], "feasible": False, "reason": "GROUP_TOO_SMALL"}
    )
    assert "Not enough people in the pool" in section
    assert "Cohesion" not in section


@pytest.mark.parametrize(
    ("cohesion", "kinds", "expected"),
    [
        # The gateway lists no shared interest and no similar stage: what is left is the
        # language every group shares.
        (0.0, ["language"], messages.COHESION_LANGUAGE_ONLY),
        # Fewer than two members (cohesion 0 by definition) are "similar" in stage.
        (0.0, ["language", "stage"], messages.COHESION_NO_SHARED_INTERESTS),
        (0.0, [], messages.COHESION_NO_SHARED_INTERESTS),
        # 0.4% would print as "0%" though two members share an interest.
        (0.004, ["interest", "language"], messages.COHESION_BELOW_ONE_PERCENT),
        # 0.5% and more print as a percentage of at least 1%.
        (0.005, ["interest", "language"], None),
        (0.3, ["language", "stage"], None),
    ],
)
def test_cohesion_sentence_only_replaces_what_would_read_zero_percent(
    cohesion: float, kinds: list[str], expected: str | None
) -> None:
    assert cohesion_sentence(cohesion, kinds) == expected
