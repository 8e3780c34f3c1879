"""Aggregates to MongoDB documents and back. Plain BSON types only, MongoDB-compatible.

A survivor's profile (with the reading of its words, when kept), readiness history and
consent history, and a match's reasons, history (with the survivor's own reasons), wage and
features, are sealed under the survivor's data key (``pathways_runtime.field_crypto``): each
is one BSON binary subtype 6 value. What stays clear is what the database is queried by or
what says nothing about the person: ids, organisation ids, alias, version, a match's state,
kind, score and revisions (material and offer; ``docs/data-protection.md``). A document
written before encryption (a plain sub-document) is read as it is and sealed at its next
write.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from bson.binary import Binary

from matching.domain.match import Match, MatchState, ScoredReason, Transition, utc_day
from matching.domain.opportunity import Opportunity, OpportunityDetails, OpportunityStatus
from matching.domain.survivor import ConsentRecord, ReadinessAssessment, Survivor, SurvivorProfile
from matching.domain.values import (
    Accommodation,
    ConsentPurpose,
    Hours,
    LanguageLevel,
    LanguageSkill,
    MonthlyAmount,
    OpportunityKind,
    PeerGroupFocus,
    Place,
    ReadinessStage,
    SurvivorCondition,
    WeeklySlot,
    Workplace,
)
from matching.domain.words_read import WordsRead
from pathways_runtime.field_crypto import ENCRYPTED_SUBTYPE, FieldCrypto

__all__ = [
    "match_from_document",
    "match_to_document",
    "opportunity_from_document",
    "opportunity_to_document",
    "survivor_from_document",
    "survivor_to_document",
]

Document = dict[str, Any]

#: Field names sealed into survivors' and matches' documents (bound to each ciphertext).
SURVIVOR_SEALED = ("profile", "readiness_history", "consent_history")
MATCH_SEALED = "private"


def _seal(crypto: FieldCrypto, survivor_id: str, field: str, value: Any) -> Binary:
    return crypto.encrypt(survivor_id, field, value)


def _open(crypto: FieldCrypto, survivor_id: str, field: str, value: Any) -> Any:
    if isinstance(value, Binary) and value.subtype == ENCRYPTED_SUBTYPE:
        return crypto.decrypt(survivor_id, field, value)
    return value  # written before encryption: sealed at its next write


def _languages(skills: tuple[LanguageSkill, ...]) -> list[Document]:
    return [{"language": s.language, "level": int(s.level)} for s in skills]


def _languages_back(items: list[Document]) -> tuple[LanguageSkill, ...]:
    return tuple(LanguageSkill(i["language"], LanguageLevel(i["level"])) for i in items)


def _place(place: Place | None) -> Document | None:
    if place is None:
        return None
    return {
        "country": place.country,
        "district": place.district,
        "latitude": place.latitude,
        "longitude": place.longitude,
    }


def _place_back(doc: Document | None) -> Place | None:
    return None if doc is None else Place(**doc)


def _money(amount: MonthlyAmount | None) -> Document | None:
    return None if amount is None else {"amount": amount.amount, "currency": amount.currency}


def _money_back(doc: Document | None) -> MonthlyAmount | None:
    return None if doc is None else MonthlyAmount(**doc)


def _sorted(values: frozenset[Any]) -> list[Any]:
    return sorted(v.value if hasattr(v, "value") else v for v in values)


# -- survivors ----------------------------------------------------------------------------


def profile_to_document(profile: SurvivorProfile) -> Document:
    return {
        "languages": _languages(profile.languages),
        "age_band": profile.age_band,
        "minor": profile.minor,
        # Inside the profile, so sealed with it under the survivor's data key.
        "age_years": profile.age_years,
        "residence": _place(profile.residence),
        "gender": profile.gender,
        "interests": profile.interests,
        "aspirations": profile.aspirations,
        "interest_tags": _sorted(profile.interest_tags),
        "skills": _sorted(profile.skills),
        "skills_wanted": _sorted(profile.skills_wanted),
        "education": profile.education,
        "hours": profile.hours.value,
        "remote_ok": profile.remote_ok,
        "travel_radius_km": profile.travel_radius_km,
        "sectors_to_avoid": _sorted(profile.sectors_to_avoid),
        "conditions": _sorted(profile.conditions),
        "needs": _sorted(profile.needs),
        "income_goal": _money(profile.income_goal),
        "availability": [
            {"day": s.day_of_week, "start": s.start_minute, "minutes": s.duration_minutes}
            for s in profile.availability
        ],
        "do_not_group_with": _sorted(profile.do_not_group_with),
        "peer_group_focuses": _sorted(profile.peer_group_focuses),
        "open_to_cross_border": profile.open_to_cross_border,
    }


def profile_from_document(doc: Document) -> SurvivorProfile:
    return SurvivorProfile(
        languages=_languages_back(doc["languages"]),
        age_band=doc["age_band"],
        minor=doc["minor"],
        age_years=doc.get("age_years"),
        residence=_place_back(doc.get("residence")),
        gender=doc.get("gender", ""),
        interests=doc.get("interests", ""),
        aspirations=doc.get("aspirations", ""),
        interest_tags=frozenset(doc.get("interest_tags", [])),
        skills=frozenset(doc.get("skills", [])),
        skills_wanted=frozenset(doc.get("skills_wanted", [])),
        education=doc.get("education", ""),
        hours=Hours(doc.get("hours", "any")),
        remote_ok=doc.get("remote_ok", False),
        travel_radius_km=doc.get("travel_radius_km", 10),
        sectors_to_avoid=frozenset(doc.get("sectors_to_avoid", [])),
        conditions=frozenset(SurvivorCondition(c) for c in doc.get("conditions", [])),
        needs=frozenset(Accommodation(n) for n in doc.get("needs", [])),
        income_goal=_money_back(doc.get("income_goal")),
        availability=tuple(
            WeeklySlot(s["day"], s["start"], s["minutes"]) for s in doc.get("availability", [])
        ),
        do_not_group_with=frozenset(doc.get("do_not_group_with", [])),
        peer_group_focuses=frozenset(PeerGroupFocus(f) for f in doc.get("peer_group_focuses", [])),
        # Records written before the choice existed have no field: they are closed. Only a
        # stored true opens the border.
        open_to_cross_border=doc.get("open_to_cross_border") is True,
    )


def words_read_to_document(words: WordsRead, *, vocabulary: str) -> Document:
    """The vocabulary's reading of a survivor's words, stamped with the vocabulary's
    fingerprint: sealed inside their profile, beside the words it was read from."""
    return {
        "vocabulary": vocabulary,
        "liked": words.liked,
        "named": sorted(words.named),
        "wishes": sorted(words.wishes),
        "misspelt": sorted(words.misspelt),
        "refused": sorted(words.refused),
        "wants_to_learn": words.wants_to_learn,
    }


def words_read_from_document(doc: Document | None, *, vocabulary: str) -> WordsRead | None:
    """The reading kept in ``doc``, if it was read with ``vocabulary`` (a fingerprint;
    none is trusted without one): a reading of another vocabulary is read again."""
    if not doc or not vocabulary or doc.get("vocabulary") != vocabulary:
        return None
    return WordsRead(
        liked=doc["liked"],
        named=frozenset(doc["named"]),
        wishes=frozenset(doc["wishes"]),
        misspelt=frozenset(doc["misspelt"]),
        refused=frozenset(doc["refused"]),
        wants_to_learn=doc["wants_to_learn"],
    )


def sealed_profile(survivor: Survivor, *, crypto: FieldCrypto, vocabulary: str = "") -> Binary:
    """The survivor's profile sealed, with the reading of its words when it has one and
    ``vocabulary`` names the vocabulary it was read with."""
    profile = profile_to_document(survivor.profile)
    if survivor.words_read is not None and vocabulary:
        profile["words_read"] = words_read_to_document(survivor.words_read, vocabulary=vocabulary)
    return _seal(crypto, survivor.survivor_id, "survivors.profile", profile)


def survivor_to_document(
    survivor: Survivor, *, crypto: FieldCrypto, vocabulary: str = ""
) -> Document:
    """``vocabulary``: the fingerprint of the vocabulary the survivor's words were read
    with (``Survivor.words_read``), kept with the reading; without one none is kept."""
    sid = survivor.survivor_id
    return {
        "_id": sid,
        "organisation_id": survivor.organisation_id,
        "alias": survivor.alias,
        "profile": sealed_profile(survivor, crypto=crypto, vocabulary=vocabulary),
        "readiness_history": _seal(
            crypto,
            sid,
            "survivors.readiness_history",
            [
                {
                    "stage": a.stage.name,
                    "assessed_at": a.assessed_at,
                    "review_due": a.review_due,
                    "assessed_by": a.assessed_by,
                }
                for a in survivor.readiness_history
            ],
        ),
        "consent_history": _seal(
            crypto,
            sid,
            "survivors.consent_history",
            [
                {
                    "purpose": c.purpose.value,
                    "granted": c.granted,
                    "changed_at": c.changed_at,
                    "changed_by": c.changed_by,
                }
                for c in survivor.consent_history
            ],
        ),
        "version": survivor.version,
    }


def survivor_from_document(doc: Document, *, crypto: FieldCrypto, vocabulary: str = "") -> Survivor:
    """KeyErased if the survivor's key is gone (an erasure stopped half-way). The reading
    of their words is kept only if it was read with ``vocabulary``."""
    sid = doc["_id"]
    opened = {
        name: _open(crypto, sid, f"survivors.{name}", doc.get(name) or [])
        for name in SURVIVOR_SEALED
    }
    return Survivor(
        survivor_id=sid,
        organisation_id=doc["organisation_id"],
        alias=doc["alias"],
        profile=profile_from_document(opened["profile"]),
        readiness_history=[
            ReadinessAssessment(
                stage=ReadinessStage[a["stage"]],
                assessed_at=_aware(a["assessed_at"]),
                review_due=_aware(a["review_due"]) if a.get("review_due") else None,
                assessed_by=a["assessed_by"],
            )
            for a in opened["readiness_history"]
        ],
        consent_history=[
            ConsentRecord(
                purpose=ConsentPurpose(c["purpose"]),
                granted=c["granted"],
                changed_at=_aware(c["changed_at"]),
                changed_by=c["changed_by"],
            )
            for c in opened["consent_history"]
        ],
        version=doc["version"],
        words_read=words_read_from_document(
            opened["profile"].get("words_read"), vocabulary=vocabulary
        ),
    )


def _aware(value: datetime) -> datetime:
    from datetime import UTC

    return value if value.tzinfo is not None else value.replace(tzinfo=UTC)


def _transition(stored: Document) -> Transition:
    """A step of a match's history; one stored before steps were dated (no ``occurred_on``,
    a BSON string ``YYYY-MM-DD``) happened on the day it was recorded, in UTC."""
    at = _aware(stored["at"])
    day = stored.get("occurred_on")
    return Transition(
        state=MatchState(stored["state"]),
        at=at,
        by=stored["by"],
        reason=stored["reason"],
        occurred_on=date.fromisoformat(day) if day else utc_day(at),
    )


# -- opportunities ------------------------------------------------------------------------


def details_to_document(details: OpportunityDetails) -> Document:
    return {
        "kind": details.kind.value,
        "title": details.title,
        "description": details.description,
        "sector": details.sector,
        "openings": details.openings,
        "skills_required": _sorted(details.skills_required),
        "skills_taught": _sorted(details.skills_taught),
        "languages": _languages(details.languages),
        "location": _place(details.location),
        "remote": details.remote,
        "pay": _money(details.pay),
        "hours": details.hours.value,
        "workplace": {
            "night_shifts": details.workplace.night_shifts,
            "women_only": details.workplace.women_only,
            "live_in": details.workplace.live_in,
            "heavy_lifting": details.workplace.heavy_lifting,
            "abroad": details.workplace.abroad,
            "documents_withheld": details.workplace.documents_withheld,
            "fee_charged": details.workplace.fee_charged,
        },
        "accommodations": _sorted(details.accommodations),
        "minimum_age": details.minimum_age,
        "hazardous": details.hazardous,
    }


def details_from_document(doc: Document) -> OpportunityDetails:
    return OpportunityDetails(
        kind=OpportunityKind(doc["kind"]),
        title=doc["title"],
        description=doc.get("description", ""),
        sector=doc["sector"],
        openings=doc["openings"],
        skills_required=frozenset(doc.get("skills_required", [])),
        skills_taught=frozenset(doc.get("skills_taught", [])),
        languages=_languages_back(doc.get("languages", [])),
        location=_place_back(doc.get("location")),
        remote=doc.get("remote", False),
        pay=_money_back(doc.get("pay")),
        hours=Hours(doc.get("hours", "any")),
        workplace=Workplace(**doc.get("workplace", {})),
        accommodations=frozenset(Accommodation(a) for a in doc.get("accommodations", [])),
        minimum_age=doc.get("minimum_age", 18),
        hazardous=doc.get("hazardous", False),
    )


def opportunity_to_document(opportunity: Opportunity) -> Document:
    return {
        "_id": opportunity.opportunity_id,
        "organisation_id": opportunity.organisation_id,
        "details": details_to_document(opportunity.details),
        "status": opportunity.status.value,
        "placements": opportunity.placements,
        "detected_sectors": _sorted(opportunity.detected_sectors),
        "concepts": None if opportunity.concepts is None else _sorted(opportunity.concepts),
        "version": opportunity.version,
        "material_revision": opportunity.material_revision,
        "offer_revision": opportunity.offer_revision,
        "best_pay_offered": [_money(amount) for amount in opportunity.best_pay_offered],
        "suspended": opportunity.suspended,
    }


def opportunity_from_document(doc: Document) -> Opportunity:
    material_revision = int(doc.get("material_revision", 1))
    return Opportunity(
        opportunity_id=doc["_id"],
        organisation_id=doc["organisation_id"],
        details=details_from_document(doc["details"]),
        status=OpportunityStatus(doc["status"]),
        placements=doc.get("placements", 0),
        detected_sectors=frozenset(doc.get("detected_sectors", [])),
        concepts=frozenset(doc["concepts"]) if doc.get("concepts") is not None else None,
        version=doc["version"],
        material_revision=material_revision,
        # Written before offers were counted apart: every material change counted as a new
        # offer then, so the offer revision is the material revision, which keeps every
        # stored decline (recorded at a material revision) in force. The best pay offered
        # is then the pay now (``Opportunity.__post_init__``): the pay history was not kept.
        offer_revision=int(doc.get("offer_revision") or material_revision),
        best_pay_offered=tuple(
            MonthlyAmount(**amount) for amount in doc.get("best_pay_offered", [])
        ),
        suspended=bool(doc.get("suspended", False)),
    )


# -- matches ------------------------------------------------------------------------------


def match_to_document(match: Match, *, crypto: FieldCrypto) -> Document:
    private = {
        "reasons": [{"code": r.code, "text": r.text} for r in match.reasons],
        "history": [
            {
                "state": t.state.value,
                "at": t.at,
                "by": t.by,
                "reason": t.reason,
                "occurred_on": t.occurred_on.isoformat(),
            }
            for t in match.history
        ],
        "wage": _money(match.wage),
        "features": dict(match.features) if match.features is not None else None,
    }
    return {
        "_id": match.match_id,
        "survivor_id": match.survivor_id,
        "survivor_organisation_id": match.survivor_organisation_id,
        "opportunity_id": match.opportunity_id,
        "opportunity_organisation_id": match.opportunity_organisation_id,
        "kind": match.kind.value,
        "material_revision": match.material_revision,
        "offer_revision": match.offer_revision,
        "score": match.score,
        "state": match.state.value,
        MATCH_SEALED: _seal(crypto, match.survivor_id, f"matches.{MATCH_SEALED}", private),
        "version": match.version,
    }


def match_from_document(doc: Document, *, crypto: FieldCrypto) -> Match:
    """KeyErased if the survivor's key is gone."""
    sealed = doc.get(MATCH_SEALED)
    private = (
        doc if sealed is None else _open(crypto, doc["survivor_id"], "matches.private", sealed)
    )
    return Match(
        match_id=doc["_id"],
        survivor_id=doc["survivor_id"],
        survivor_organisation_id=doc["survivor_organisation_id"],
        opportunity_id=doc["opportunity_id"],
        opportunity_organisation_id=doc["opportunity_organisation_id"],
        kind=OpportunityKind(doc["kind"]),
        material_revision=doc["material_revision"],
        # Written before offers were counted apart: its decline was of this material
        # revision, which the opportunity's offer revision is read as too (above), so the
        # decline stays in force.
        offer_revision=int(doc.get("offer_revision") or doc["material_revision"]),
        score=doc["score"],
        reasons=tuple(ScoredReason(r["code"], r["text"]) for r in private.get("reasons", [])),
        history=[_transition(t) for t in private["history"]],
        wage=_money_back(private.get("wage")),
        version=doc["version"],
        features=private.get("features"),
    )
