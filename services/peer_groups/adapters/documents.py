"""Groups and pool members to MongoDB documents and back: the only place that knows both.

A pool member's district, self-described gender, interest concepts, chosen group focuses
and "do not group with" links are sealed under the survivor's data key (one BSON binary
subtype 6 value, ``private``); what the pool is queried by (open, languages, country) and
what facilitators see anyway (alias, age band, readiness) stays clear. See
``docs/data-protection.md``.

The focuses are sealed because a survivor's choice of a labour- or sex-trafficking group
says what was done to them, and a women-only or youth group their gender or age: after an
erasure (their key deleted) it must not be readable in any copy. Nothing queries the pool
by focus (the rule is checked after opening, as the district is), so sealing costs no
lookup. Documents written before (focuses, or everything, in clear) are still read; the
migration (``adapters.migrations``) seals them, and so does their next write.

The gender (read only by the women-only rule) has never been stored in clear: a document
written before peer groups kept it has none in its sealed part and reads as "not recorded"
(``""``), as the rule treats a survivor who preferred not to say, until the survivor's next
state from matching brings it. No migration can do better: only matching holds it.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any, TypeGuard

from bson.binary import Binary

from pathways_runtime.field_crypto import ENCRYPTED_SUBTYPE, FieldCrypto, FieldCryptoError
from peer_groups.domain.group import Group, GroupSettings, Member
from peer_groups.domain.pool import PoolMember
from peer_groups.domain.values import (
    GroupFocus,
    GroupStatus,
    MemberState,
    Modality,
    ReadinessStage,
    WeeklySlot,
)

__all__ = [
    "CLEAR_POOL_FIELDS_OF_BEFORE",
    "group_from_document",
    "group_to_document",
    "member_from_document",
    "member_needs_sealing",
    "member_to_document",
]

Document = dict[str, Any]

#: The sealed part of a pool member's document (bound to each ciphertext with the id).
POOL_SEALED = "private"
_POOL_FIELD = "pool.private"
#: Private fields that earlier releases stored in clear at the top of a pool document: the
#: focuses beside the sealed part, or all of them before encryption existed.
CLEAR_POOL_FIELDS_OF_BEFORE = ("focuses", "district", "interests", "do_not_group_with")


def _utc(value: datetime | None) -> datetime | None:
    # MongoDB returns naive UTC datetimes.
    if value is None:
        return None
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def _slots(slots: tuple[WeeklySlot, ...]) -> list[Document]:
    return [
        {"day": s.day_of_week, "start": s.start_minute, "minutes": s.duration_minutes}
        for s in slots
    ]


def _slots_back(docs: list[Document]) -> tuple[WeeklySlot, ...]:
    return tuple(WeeklySlot(d["day"], d["start"], d["minutes"]) for d in docs)


def group_to_document(group: Group) -> Document:
    s = group.settings
    return {
        "_id": group.group_id,
        "organisation_id": group.organisation_id,
        "facilitator_id": group.facilitator_id,
        "settings": {
            "title": s.title,
            "languages": sorted(s.languages),
            "modality": s.modality.value,
            "country": s.country,
            "district": s.district,
            "focus": s.focus.value,
            "focuses": sorted(f.value for f in s.focuses),
            "adults_only": s.adults_only,
            "min_size": s.min_size,
            "max_size": s.max_size,
            "schedule": _slots(s.schedule),
        },
        "status": group.status.value,
        "created_at": group.created_at,
        "activated_at": group.activated_at,
        "closed_at": group.closed_at,
        "members": [
            {
                "survivor_id": m.survivor_id,
                "organisation_id": m.organisation_id,
                "alias": m.alias,
                "state": m.state.value,
                "since": m.since,
                "locked": m.locked,
            }
            for m in group.members
        ],
        # For "who is in which group" queries; FerretDB indexes flat arrays best.
        "member_ids": [m.survivor_id for m in group.members],
        "committed_ids": [m.survivor_id for m in group.committed],
        "removed": sorted(group.removed),
        "version": group.version,
    }


def group_from_document(doc: Document) -> Group:
    s = doc["settings"]
    created_at = _utc(doc["created_at"])
    assert created_at is not None
    return Group(
        group_id=doc["_id"],
        organisation_id=doc["organisation_id"],
        facilitator_id=doc["facilitator_id"],
        settings=GroupSettings(
            title=s.get("title", ""),
            languages=frozenset(s["languages"]),
            modality=Modality(s["modality"]),
            country=s.get("country", ""),
            district=s.get("district", ""),
            focus=GroupFocus(s["focus"]),
            focuses=frozenset(GroupFocus(f) for f in s.get("focuses", [])),
            adults_only=s.get("adults_only", False),
            min_size=s["min_size"],
            max_size=s["max_size"],
            schedule=_slots_back(s["schedule"]),
        ),
        status=GroupStatus(doc["status"]),
        created_at=created_at,
        activated_at=_utc(doc.get("activated_at")),
        closed_at=_utc(doc.get("closed_at")),
        members=[
            Member(
                survivor_id=m["survivor_id"],
                organisation_id=m["organisation_id"],
                alias=m["alias"],
                state=MemberState(m["state"]),
                since=_utc(m["since"]) or created_at,
                locked=m.get("locked", False),
            )
            for m in doc.get("members", [])
        ],
        removed=set(doc.get("removed", [])),
        version=doc["version"],
    )


def member_to_document(member: PoolMember, *, crypto: FieldCrypto) -> Document:
    """KeyErased if the survivor has no data key (erased meanwhile)."""
    private: Document = {
        "district": member.district,
        "interests": sorted(member.interests),
        "focuses": sorted(f.value for f in member.focuses),
        "do_not_group_with": sorted(member.do_not_group_with),
        "gender": member.gender,
    }
    if member.age_years is not None:
        private["age_years"] = member.age_years
    return {
        "_id": member.survivor_id,
        "organisation_id": member.organisation_id,
        "alias": member.alias,
        "languages": sorted(member.languages),
        "age_band": member.age_band,
        "minor": member.minor,
        "readiness": int(member.readiness),
        "peer_group_consent": member.peer_group_consent,
        "open": member.open_to_groups,
        "country": member.country,
        "availability": _slots(member.availability),
        POOL_SEALED: crypto.encrypt(member.survivor_id, _POOL_FIELD, private),
        "version": member.version,
    }


def _is_sealed(value: Any) -> TypeGuard[Binary]:
    return isinstance(value, Binary) and value.subtype == ENCRYPTED_SUBTYPE


def member_needs_sealing(doc: Document) -> bool:
    """Whether a stored pool document still holds private fields in clear (written by an
    earlier release); a tombstone holds nothing to seal."""
    if doc.get("erased"):
        return False
    return not _is_sealed(doc.get(POOL_SEALED)) or any(
        name in doc for name in CLEAR_POOL_FIELDS_OF_BEFORE
    )


def member_from_document(doc: Document, *, crypto: FieldCrypto) -> PoolMember:
    """KeyErased if the survivor's data key is gone (erased)."""
    sealed = doc.get(POOL_SEALED)
    private: Document = doc
    if _is_sealed(sealed):
        private = crypto.decrypt(doc["_id"], _POOL_FIELD, sealed)
    elif isinstance(sealed, dict):
        # Opened already by a reading client (``adapters.pool_unsealer``): check whose it is.
        if sealed.get("s") != doc["_id"] or sealed.get("f") != _POOL_FIELD or "v" not in sealed:
            raise FieldCryptoError("a value sealed for another survivor or field")
        private = sealed["v"]
    # Focuses were kept in clear beside the sealed part before they were sealed too.
    focuses = private.get("focuses", doc.get("focuses")) or []
    return PoolMember(
        survivor_id=doc["_id"],
        organisation_id=doc["organisation_id"],
        alias=doc["alias"],
        languages=frozenset(doc["languages"]),
        age_band=doc["age_band"],
        minor=doc["minor"],
        readiness=ReadinessStage(doc["readiness"]),
        peer_group_consent=doc["peer_group_consent"],
        country=doc.get("country", ""),
        district=private.get("district", ""),
        availability=_slots_back(doc.get("availability", [])),
        interests=frozenset(private.get("interests", [])),
        focuses=frozenset(GroupFocus(f) for f in focuses),
        do_not_group_with=frozenset(private.get("do_not_group_with", [])),
        version=doc["version"],
        age_years=private.get("age_years"),
        # Absent from documents written before peer groups kept it: not recorded.
        gender=private.get("gender", ""),
    )
