"""A match that cannot move forward now says why on the officer's page, and offers only what
can still be done (security and safety probe, session 35, F3): a proposal the survivor can no
longer accept (their consent to matching withdrawn) offers their decline, not their
acceptance, which the service would refuse."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

import httpx

from console import messages
from console.i18n import Catalogs
from tests.unit.console.conftest import csrf_in, signed_in_officer
from tests.unit.console.fake_gateway import FakeGateway

SURVIVOR_ID = "srv_0a1b2c3d4e5f60718293a4b5"
HELD = "mat_" + "1" * 32
FREE = "mat_" + "2" * 32
ACCEPTED = "mat_" + "3" * 32


def _match(match_id: str, state: str, held_by: list[str]) -> dict[str, Any]:
    return {
        "view": "full",
        "id": match_id,
        "survivor_id": SURVIVOR_ID,
        "opportunity_id": "opp_" + match_id[-32:],
        "opportunity_organisation_id": "org_partner",
        "kind": "job",
        "state": state,
        "score": 0.7,
        "reasons": [],
        "history": [],
        "wage": None,
        "version": 1,
        "partner_alias": None,
        "held_by": held_by,
    }


@dataclass
class HeldGateway(FakeGateway):
    decisions: list[bytes] = field(default_factory=list)

    def handle(self, request: httpx.Request) -> httpx.Response:
        bearer = request.headers.get("authorization", "").removeprefix("Bearer ")
        path = request.url.path
        if bearer not in self.valid_access:
            return super().handle(request)
        if path == f"/v1/survivors/{SURVIVOR_ID}":
            return httpx.Response(
                200,
                json={
                    "id": SURVIVOR_ID,
                    "alias": "P-7KQ2MW",
                    "version": 3,
                    "consents": [],
                    "readiness": None,
                    "readiness_history": [],
                    "profile": {"languages": [{"language": "km", "level": "native"}]},
                },
            )
        if path == f"/v1/survivors/{SURVIVOR_ID}/matches":
            items = [
                _match(HELD, "proposed", ["no_matching_consent"]),
                _match(FREE, "proposed", []),
                _match(ACCEPTED, "accepted", ["no_employer_shortlist_consent", "brand_new"]),
            ]
            return httpx.Response(200, json={"items": items, "next_cursor": None})
        if path.startswith("/v1/opportunities/opp_"):
            return self._problem(404, "not-found")
        if path == f"/v1/matches/{HELD}/decision" and request.method == "POST":
            self.decisions.append(request.read())
            return httpx.Response(200, json=_match(HELD, "declined", []))
        return super().handle(request)


def _card(page: str, match_id: str) -> str:
    """The page's card of one match."""
    [card] = [c for c in page.split('<li class="card">')[1:] if match_id in c]
    return card


def test_a_held_proposal_says_why_and_offers_only_the_decline() -> None:
    with signed_in_officer(HeldGateway()) as client:
        page = client.get(f"/survivors/{SURVIVOR_ID}/matches").text

    held = _card(page, HELD)
    assert "On hold: it cannot move forward now." in held
    assert "They have withdrawn their consent to matching." in held
    assert "You can still record that they decline it." in held
    assert f'id="accept-{HELD}"' not in held
    assert re.search(rf'id="decline-{HELD}"[^>]*required', held)

    free = _card(page, FREE)
    assert "On hold" not in free
    assert f'id="accept-{FREE}"' in free


def test_an_accepted_job_waiting_on_sharing_says_so_and_an_unknown_code_is_named() -> None:
    with signed_in_officer(HeldGateway()) as client:
        page = client.get(f"/survivors/{SURVIVOR_ID}/matches").text

    accepted = _card(page, ACCEPTED)
    assert "the employer can neither see it nor be introduced to them" in accepted
    assert "It breaks a rule it met when it was proposed (brand_new)." in accepted
    # Only a proposal has a decision to record.
    assert "You can still record that they decline it." not in accepted


def test_every_hold_reads_in_khmer() -> None:
    khmer = Catalogs().for_language("km")
    for code in messages.MATCH_HOLDS:
        msgid, values = messages.hold_message(code)
        said = khmer.gettext(msgid, **values)
        assert said != msgid, code
        assert re.search("[\u1780-\u17ff]", said), code


def test_a_decline_without_a_reason_is_answered_at_its_field_and_sends_nothing() -> None:
    """MISSION: a match is "declined (with the survivor's reason)": the form asks for it by
    the field, in the officer's words, instead of the gateway's refusal as an error page."""
    gateway = HeldGateway()
    with signed_in_officer(gateway) as client:
        page = client.get(f"/survivors/{SURVIVOR_ID}/matches").text
        sent = client.post(
            f"/survivors/{SURVIVOR_ID}/matches/{HELD}/decision",
            data={"csrf_token": csrf_in(page), "decision": "declined", "reason": "  "},
        )
        assert sent.status_code == 422
        held = _card(sent.text, HELD)
        assert "a decline is recorded with it" in held
        assert re.search(rf'id="decline-{HELD}"[^>]*checked', held)
        assert re.search(rf'id="reason-{HELD}"[^>]*aria-invalid="true"', held)
        assert "a decline is recorded with it" not in _card(sent.text, FREE)
        assert gateway.decisions == []

        recorded = client.post(
            f"/survivors/{SURVIVOR_ID}/matches/{HELD}/decision",
            data={"csrf_token": csrf_in(page), "decision": "declined", "reason": "not now"},
            follow_redirects=False,
        )
        assert recorded.status_code == 303
        assert gateway.decisions == [b'{"decision":"declined","reason":"not now"}']


def test_a_decline_shows_the_reason_it_was_recorded_with() -> None:
    """Usability probe, session 36: after saving, the officer could not see what was
    recorded. The reason is the survivor's words, shown to their officer only (this page)."""
    declined = _match(FREE, "declined", [])
    declined["history"] = [
        {"state": "proposed", "at": "2026-12-06T08:00:00Z", "occurred_on": "2026-12-06"},
        {
            "state": "declined",
            "at": "2026-12-06T09:00:00Z",
            "occurred_on": "2026-12-06",
            "by": "usr_x",
            "reason": "Too far from home <b>",
        },
    ]

    @dataclass
    class DeclinedGateway(HeldGateway):
        def handle(self, request: httpx.Request) -> httpx.Response:
            if request.url.path == f"/v1/survivors/{SURVIVOR_ID}/matches":
                bearer = request.headers.get("authorization", "").removeprefix("Bearer ")
                if bearer in self.valid_access:
                    return httpx.Response(200, json={"items": [declined], "next_cursor": None})
            return super().handle(request)

    with signed_in_officer(DeclinedGateway()) as client:
        page = client.get(f"/survivors/{SURVIVOR_ID}/matches").text
    assert "Declined <q>Too far from home &lt;b&gt;</q>" in page
