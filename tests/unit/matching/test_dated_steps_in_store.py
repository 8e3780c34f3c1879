"""The day each step of a match happened is kept in the store and in its events; steps
stored before they were dated read as the day they were recorded, in UTC."""

from __future__ import annotations

from datetime import UTC, date, datetime

import bson

from matching.adapters import documents, event_mapping
from matching.domain.access import Caller, Role
from matching.domain.match import Match, MatchState
from matching.domain.values import OpportunityKind
from pathways.v1 import events_pb2, matching_pb2
from pathways_runtime.envelopes import decode, unpack_payload
from pathways_runtime.field_crypto import InMemoryFieldCrypto

OFFICER = Caller("u_officer", "org_ngo", Role.REINTEGRATION_OFFICER)
RECORDED = datetime(2026, 11, 28, 9, 0, tzinfo=UTC)


def _accepted_on(day: date) -> Match:
    match = Match.propose(
        survivor_id="srv_1",
        survivor_organisation_id="org_ngo",
        opportunity_id="opp_1",
        opportunity_organisation_id="org_cafe",
        kind=OpportunityKind.JOB,
        material_revision=1,
        offer_revision=1,
        score=0.8,
        reasons=(),
        at=datetime(2026, 11, 1, 9, 0, tzinfo=UTC),
        by=OFFICER.user_id,
    )
    match.transition(to=MatchState.ACCEPTED, caller=OFFICER, at=RECORDED, occurred_on=day)
    return match


def test_the_day_a_step_happened_survives_the_store() -> None:
    crypto = InMemoryFieldCrypto()
    match = _accepted_on(date(2026, 11, 3))
    stored = bson.decode(bson.encode(documents.match_to_document(match, crypto=crypto)))
    back = documents.match_from_document(stored, crypto=crypto)
    assert [t.occurred_on for t in back.history] == [date(2026, 11, 1), date(2026, 11, 3)]
    assert back.history[-1].at == RECORDED


def test_a_step_stored_before_steps_were_dated_happened_on_its_day_in_utc() -> None:
    # A document written before encryption and before dates: a plain history whose times
    # are BSON datetimes (UTC, without a zone once read back).
    old = {
        "_id": "m_old",
        "survivor_id": "srv_1",
        "survivor_organisation_id": "org_ngo",
        "opportunity_id": "opp_1",
        "opportunity_organisation_id": "org_cafe",
        "kind": "job",
        "material_revision": 1,
        "score": 0.8,
        "state": "accepted",
        "version": 2,
        "reasons": [],
        "history": [
            {"state": "proposed", "at": datetime(2026, 3, 1, 23, 30), "by": "u", "reason": ""},
            {"state": "accepted", "at": datetime(2026, 3, 2, 0, 30), "by": "u", "reason": ""},
        ],
    }
    match = documents.match_from_document(old, crypto=InMemoryFieldCrypto())
    assert [t.occurred_on for t in match.history] == [date(2026, 3, 1), date(2026, 3, 2)]


def test_the_events_of_a_step_carry_the_day_it_happened() -> None:
    match = _accepted_on(date(2026, 11, 3))
    match.events[:] = match.events[-1:]  # the acceptance only
    (item,) = event_mapping.match_items(match, match.events)
    message = unpack_payload(decode(bytes(item["payload"])), events_pb2.MatchTransitioned)
    assert message.to_state == matching_pb2.MATCH_STATE_ACCEPTED
    assert message.occurred_on == "2026-11-03"
