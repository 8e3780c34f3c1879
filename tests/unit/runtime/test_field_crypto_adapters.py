"""Matching's and peer groups' adapters seal survivors' sensitive fields (in-memory crypto)."""

from __future__ import annotations

from datetime import UTC, datetime

import bson
import pytest

from matching.adapters import documents, event_mapping
from matching.domain.match import Match, MatchState, ScoredReason, Transition
from matching.domain.survivor import Survivor, SurvivorProfile
from matching.domain.values import (
    ConsentPurpose,
    LanguageLevel,
    LanguageSkill,
    MonthlyAmount,
    OpportunityKind,
    Place,
    ReadinessStage,
)
from pathways.v1 import events_pb2
from pathways_runtime.envelopes import decode, unpack_payload
from pathways_runtime.field_crypto import InMemoryFieldCrypto, KeyErased
from peer_groups.adapters import documents as pool_documents
from peer_groups.adapters.event_mapping import pool_member
from peer_groups.domain.errors import InvalidInput

NOW = datetime(2025, 5, 1, 9, 0, tzinfo=UTC)
CANARIES = {
    "interests": "canary-interest-51d2",
    "aspirations": "canary-aspiration-8e01",
    "district": "CanaryDistrict-3b7f",
    "gender": "canary-gender-a9c4",
    "link": "sv_canary_link_77aa",
    "reason": "canary-decline-reason-0c4e",
}


def _survivor() -> Survivor:
    survivor = Survivor.register(
        survivor_id="sv_1",
        organisation_id="org_ngo",
        alias="Blue Heron",
        profile=SurvivorProfile(
            languages=(LanguageSkill("th", LanguageLevel.NATIVE),),
            age_band="18-24",
            minor=False,
            residence=Place("TH", CANARIES["district"], 13.72, 100.52),
            gender=CANARIES["gender"],
            interests=f"cooking {CANARIES['interests']}",
            aspirations=CANARIES["aspirations"],
            do_not_group_with=frozenset({CANARIES["link"]}),
        ),
    )
    survivor.set_consent(purpose=ConsentPurpose.PEER_GROUPS, granted=True, at=NOW, by="u_1")
    survivor.assess_readiness(
        stage=ReadinessStage.PEER_SUPPORT_READY, at=NOW, by="u_1", review_due=None
    )
    return survivor


def _assert_no_canary(data: bytes) -> None:
    for canary in CANARIES.values():
        assert canary.encode() not in data, canary


def test_a_survivor_document_keeps_only_ids_alias_and_version_clear() -> None:
    crypto = InMemoryFieldCrypto()
    survivor = _survivor()
    document = documents.survivor_to_document(survivor, crypto=crypto)
    _assert_no_canary(bson.encode(document))
    assert {k for k, v in document.items() if not isinstance(v, bson.Binary)} == {
        "_id",
        "organisation_id",
        "alias",
        "version",
    }
    back = documents.survivor_from_document(bson.decode(bson.encode(document)), crypto=crypto)
    assert back.profile == survivor.profile
    assert back.stage is ReadinessStage.PEER_SUPPORT_READY
    assert back.has_consent(ConsentPurpose.PEER_GROUPS)

    crypto.erase_key("sv_1")
    with pytest.raises(KeyErased):
        documents.survivor_from_document(document, crypto=crypto)


def test_a_document_from_before_encryption_is_still_read() -> None:
    crypto = InMemoryFieldCrypto()
    survivor = _survivor()
    legacy = {
        "_id": "sv_1",
        "organisation_id": "org_ngo",
        "alias": "Blue Heron",
        "profile": documents.profile_to_document(survivor.profile),
        "version": 3,
    }
    assert documents.survivor_from_document(legacy, crypto=crypto).profile == survivor.profile


def test_a_match_seals_reasons_history_wage_and_features() -> None:
    crypto = InMemoryFieldCrypto()
    match = Match(
        match_id="m_1",
        survivor_id="sv_1",
        survivor_organisation_id="org_ngo",
        opportunity_id="opp_1",
        opportunity_organisation_id="org_cafe",
        kind=OpportunityKind.JOB,
        material_revision=1,
        offer_revision=1,
        score=0.8,
        reasons=(ScoredReason("interest", f"likes {CANARIES['interests']}"),),
        history=[
            Transition(state=MatchState.PROPOSED, at=NOW, by="u_1", occurred_on=NOW.date()),
            Transition(
                state=MatchState.DECLINED,
                at=NOW,
                by="u_1",
                occurred_on=NOW.date(),
                reason=CANARIES["reason"],
            ),
        ],
        wage=MonthlyAmount(9_000, "THB"),
        version=2,
        features={"interest_fit": 0.5},
    )
    document = documents.match_to_document(match, crypto=crypto)
    _assert_no_canary(bson.encode(document))
    assert document["state"] == match.state.value  # queried: stays clear
    back = documents.match_from_document(bson.decode(bson.encode(document)), crypto=crypto)
    assert back.history[-1].reason == CANARIES["reason"]
    assert back.reasons == match.reasons
    assert back.wage == match.wage
    assert back.features == match.features
    assert back.state is MatchState.DECLINED


def test_survivor_events_carry_sealed_fields_that_peer_groups_opens() -> None:
    matching = InMemoryFieldCrypto()
    peer_groups = InMemoryFieldCrypto(may_create_keys=False)
    peer_groups.share_keys_with(matching)
    survivor = _survivor()
    items = event_mapping.survivor_items(
        survivor, [], interest_concepts=lambda _s: {"food_service"}, crypto=matching
    )
    (item,) = items
    payload = bytes(item["payload"])
    _assert_no_canary(payload)
    assert b"food_service" not in payload
    message = unpack_payload(decode(payload), events_pb2.SurvivorUpserted)
    assert message.alias == "Blue Heron"
    assert message.country == "TH"

    member = pool_member(message, crypto=peer_groups)
    assert member.district == CANARIES["district"]
    assert member.interests == {"food_service"}
    assert member.do_not_group_with == {CANARIES["link"]}
    assert member.open_to_groups

    document = pool_documents.member_to_document(member, crypto=peer_groups)
    _assert_no_canary(bson.encode(document))
    assert b"food_service" not in bson.encode(document)
    assert pool_documents.member_from_document(document, crypto=peer_groups) == member

    matching.erase_key("sv_1")
    with pytest.raises(InvalidInput):
        pool_member(message, crypto=peer_groups)
    with pytest.raises(KeyErased):
        pool_documents.member_from_document(document, crypto=peer_groups)
