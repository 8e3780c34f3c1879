"""A survivor's chosen group focuses are kept only sealed under their key (in-memory crypto).

A focus on labour or sex trafficking says what was done to a person, a women-only or youth
focus their gender or age: the pool keeps it sealed like the district and links, reads
documents of earlier releases (focuses in clear) and knows they need sealing, and opens the
sealed focuses matching sends; once the key is gone, none of it opens.
"""

from __future__ import annotations

import base64
from dataclasses import replace

import bson
import pytest
from bson.binary import Binary

from pathways.v1 import common_pb2, events_pb2
from pathways_runtime.field_crypto import ENCRYPTED_SUBTYPE, InMemoryFieldCrypto, KeyErased
from peer_groups.adapters.documents import (
    member_from_document,
    member_needs_sealing,
    member_to_document,
)
from peer_groups.adapters.event_mapping import SurvivorKeyErased, pool_member
from peer_groups.domain.errors import InvalidInput
from peer_groups.domain.pool import PoolMember
from peer_groups.domain.values import GroupFocus
from tests.unit.peer_groups.test_rules import person

CHOSEN = frozenset(
    {GroupFocus.SEX_TRAFFICKING, GroupFocus.LABOUR_TRAFFICKING, GroupFocus.WOMEN_ONLY}
)
#: As the pool stores each focus, and as the contract names it.
SPELLINGS = ("sex_trafficking", "labour_trafficking", "women_only", "SEX_TRAFFICKING")


def _readable_forms(text: str) -> list[bytes]:
    raw = text.encode()
    return [raw, base64.b64encode(raw), base64.urlsafe_b64encode(raw)]


def _assert_no_focus_in(data: bytes) -> None:
    for spelling in SPELLINGS:
        for form in _readable_forms(spelling):
            assert form not in data, spelling


def _member() -> PoolMember:
    return replace(person("sv_1"), focuses=CHOSEN, version=3)


def _previous_release_document(crypto: InMemoryFieldCrypto) -> dict[str, object]:
    """As the release before wrote it: district, interests, links sealed; focuses clear."""
    document = member_to_document(_member(), crypto=crypto)
    member = _member()
    document["private"] = crypto.encrypt(
        "sv_1",
        "pool.private",
        {
            "district": member.district,
            "interests": sorted(member.interests),
            "do_not_group_with": sorted(member.do_not_group_with),
        },
    )
    document["focuses"] = sorted(f.value for f in CHOSEN)
    return document


def test_a_pool_document_keeps_the_chosen_focuses_only_sealed() -> None:
    crypto = InMemoryFieldCrypto()
    member = _member()
    document = member_to_document(member, crypto=crypto)

    _assert_no_focus_in(bson.encode(document))
    assert "focuses" not in document
    assert isinstance(document["private"], Binary)
    assert document["private"].subtype == ENCRYPTED_SUBTYPE
    assert not member_needs_sealing(document)
    assert member_from_document(bson.decode(bson.encode(document)), crypto=crypto) == member

    crypto.erase_key("sv_1")
    with pytest.raises(KeyErased):
        member_from_document(document, crypto=crypto)


def test_documents_of_earlier_releases_are_read_and_known_to_need_sealing() -> None:
    crypto = InMemoryFieldCrypto()
    focuses_in_clear = _previous_release_document(crypto)
    member = _member()
    before_encryption = {
        **{k: v for k, v in member_to_document(member, crypto=crypto).items() if k != "private"},
        "district": member.district,
        "interests": sorted(member.interests),
        "do_not_group_with": sorted(member.do_not_group_with),
        "focuses": sorted(f.value for f in CHOSEN),
    }
    for document in (focuses_in_clear, before_encryption):
        assert member_needs_sealing(document)
        assert member_from_document(document, crypto=crypto) == member

    tombstone = {"_id": "sv_2", "erased": True, "open": False, "version": 2**62}
    assert not member_needs_sealing(tombstone)


def test_an_erased_survivors_clear_focuses_of_before_are_the_only_thing_left_readable() -> None:
    """Why the migration matters: with the key gone, the sealed part no longer opens, but
    focuses an earlier release stored in clear would still say what was done to them."""
    crypto = InMemoryFieldCrypto()
    document = _previous_release_document(crypto)
    crypto.erase_key("sv_1")
    with pytest.raises(KeyErased):
        member_from_document(document, crypto=crypto)
    assert b"sex_trafficking" in bson.encode(document)


def _event(matching: InMemoryFieldCrypto, sealed_focuses: object) -> events_pb2.SurvivorUpserted:
    return events_pb2.SurvivorUpserted(
        survivor_id="sv_1",
        organisation_id="org_ngo",
        alias="P-sv_1",
        languages=["th"],
        country="TH",
        age_band="25-34",
        readiness=common_pb2.READINESS_STAGE_PEER_SUPPORT_READY,
        peer_group_consent=True,
        version=3,
        sealed_peer_group_focuses=bytes(
            matching.encrypt("sv_1", "SurvivorUpserted.peer_group_focuses", sealed_focuses)
        ),
    )


def _peer_groups_crypto(matching: InMemoryFieldCrypto) -> InMemoryFieldCrypto:
    peer_groups = InMemoryFieldCrypto(may_create_keys=False)
    peer_groups.share_keys_with(matching)
    return peer_groups


def test_focuses_sealed_in_a_survivor_event_are_opened_for_the_pool() -> None:
    matching = InMemoryFieldCrypto()
    peer_groups = _peer_groups_crypto(matching)
    message = _event(
        matching,
        [common_pb2.GROUP_FOCUS_SEX_TRAFFICKING, common_pb2.GROUP_FOCUS_WOMEN_ONLY],
    )

    member = pool_member(message, crypto=peer_groups)
    assert member.focuses == {GroupFocus.SEX_TRAFFICKING, GroupFocus.WOMEN_ONLY}
    assert common_pb2.GROUP_FOCUS_SEX_TRAFFICKING not in message.peer_group_focuses

    matching.erase_key("sv_1")
    with pytest.raises(SurvivorKeyErased):
        pool_member(message, crypto=peer_groups)


def test_a_sealed_focus_value_that_is_not_a_list_is_refused() -> None:
    matching = InMemoryFieldCrypto()
    with pytest.raises(InvalidInput):
        pool_member(_event(matching, "sex_trafficking"), crypto=_peer_groups_crypto(matching))


def test_focuses_in_clear_in_an_event_from_before_still_reach_the_pool() -> None:
    message = events_pb2.SurvivorUpserted(
        survivor_id="sv_1",
        readiness=common_pb2.READINESS_STAGE_PEER_SUPPORT_READY,
        peer_group_focuses=[common_pb2.GROUP_FOCUS_LABOUR_TRAFFICKING],
        version=1,
    )
    member = pool_member(message, crypto=InMemoryFieldCrypto(may_create_keys=False))
    assert member.focuses == {GroupFocus.LABOUR_TRAFFICKING}
