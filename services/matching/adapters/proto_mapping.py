"""Domain objects to protobuf messages and back: the only place that knows both."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Mapping, Sequence
from dataclasses import replace
from datetime import UTC, date, datetime
from typing import TypeVar

from google.protobuf.timestamp_pb2 import Timestamp

from matching.domain.errors import InvalidInput, StepDateInvalid
from matching.domain.match import DateRule, Match, MatchState
from matching.domain.opportunity import Opportunity, OpportunityDetails, OpportunityStatus
from matching.domain.survivor import Survivor, SurvivorProfile
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
from matching.domain.vocabulary import Vocabulary
from pathways.v1 import common_pb2, matching_pb2
from pathways_runtime.aliases import partner_code

__all__ = [
    "ACCOMMODATION",
    "CONDITION",
    "CONSENT",
    "HOURS",
    "KIND",
    "LEVEL",
    "MATCH_STATE",
    "OPPORTUNITY_STATUS",
    "PEER_GROUP_FOCUS",
    "READINESS",
    "day_from_proto",
    "details_from_proto",
    "enum_from_proto",
    "match_to_proto",
    "money_from_proto",
    "money_to_proto",
    "opportunity_to_proto",
    "profile_from_proto",
    "survivor_to_proto",
    "timestamp",
    "timestamp_from_proto",
    "vocabulary_to_proto",
]

E = TypeVar("E")

READINESS = {
    ReadinessStage.STABILISING: common_pb2.READINESS_STAGE_STABILISING,
    ReadinessStage.PEER_SUPPORT_READY: common_pb2.READINESS_STAGE_PEER_SUPPORT_READY,
    ReadinessStage.TRAINING_READY: common_pb2.READINESS_STAGE_TRAINING_READY,
    ReadinessStage.EMPLOYMENT_READY: common_pb2.READINESS_STAGE_EMPLOYMENT_READY,
}
CONSENT = {
    ConsentPurpose.MATCHING: common_pb2.CONSENT_PURPOSE_MATCHING,
    ConsentPurpose.EMPLOYER_SHORTLIST: common_pb2.CONSENT_PURPOSE_EMPLOYER_SHORTLIST,
    ConsentPurpose.PEER_GROUPS: common_pb2.CONSENT_PURPOSE_PEER_GROUPS,
}
PEER_GROUP_FOCUS = {
    PeerGroupFocus.LABOUR_TRAFFICKING: common_pb2.GROUP_FOCUS_LABOUR_TRAFFICKING,
    PeerGroupFocus.SEX_TRAFFICKING: common_pb2.GROUP_FOCUS_SEX_TRAFFICKING,
    PeerGroupFocus.WOMEN_ONLY: common_pb2.GROUP_FOCUS_WOMEN_ONLY,
    PeerGroupFocus.YOUTH: common_pb2.GROUP_FOCUS_YOUTH,
}
KIND = {
    OpportunityKind.JOB: matching_pb2.OPPORTUNITY_KIND_JOB,
    OpportunityKind.TRAINING: matching_pb2.OPPORTUNITY_KIND_TRAINING,
}
OPPORTUNITY_STATUS = {
    OpportunityStatus.OPEN: matching_pb2.OPPORTUNITY_STATUS_OPEN,
    OpportunityStatus.PAUSED: matching_pb2.OPPORTUNITY_STATUS_PAUSED,
    OpportunityStatus.FILLED: matching_pb2.OPPORTUNITY_STATUS_FILLED,
    OpportunityStatus.CLOSED: matching_pb2.OPPORTUNITY_STATUS_CLOSED,
}
HOURS = {
    Hours.ANY: matching_pb2.HOURS_UNSPECIFIED,
    Hours.FULL_TIME: matching_pb2.HOURS_FULL_TIME,
    Hours.PART_TIME: matching_pb2.HOURS_PART_TIME,
    Hours.FLEXIBLE: matching_pb2.HOURS_FLEXIBLE,
}
CONDITION = {
    SurvivorCondition.NO_NIGHT_SHIFTS: matching_pb2.CONDITION_NO_NIGHT_SHIFTS,
    SurvivorCondition.WOMEN_ONLY_WORKPLACE: matching_pb2.CONDITION_WOMEN_ONLY_WORKPLACE,
    SurvivorCondition.NO_LIVE_IN: matching_pb2.CONDITION_NO_LIVE_IN,
    SurvivorCondition.NO_HEAVY_LIFTING: matching_pb2.CONDITION_NO_HEAVY_LIFTING,
}
ACCOMMODATION = {
    Accommodation.CHILDCARE: matching_pb2.ACCOMMODATION_CHILDCARE,
    Accommodation.TRANSPORT: matching_pb2.ACCOMMODATION_TRANSPORT,
    Accommodation.FLEXIBLE_HOURS: matching_pb2.ACCOMMODATION_FLEXIBLE_HOURS,
    Accommodation.COUNSELLING: matching_pb2.ACCOMMODATION_COUNSELLING,
    Accommodation.STIPEND: matching_pb2.ACCOMMODATION_STIPEND,
    Accommodation.TRAUMA_INFORMED_SUPERVISOR: matching_pb2.ACCOMMODATION_TRAUMA_INFORMED_SUPERVISOR,
}
MATCH_STATE = {state: getattr(matching_pb2, f"MATCH_STATE_{state.name}") for state in MatchState}
LEVEL = {level: getattr(common_pb2, f"LANGUAGE_LEVEL_{level.name}") for level in LanguageLevel}


def enum_from_proto(table: Mapping[E, int], value: int, *, what: str) -> E:
    for domain_value, proto_value in table.items():
        if proto_value == value:
            return domain_value
    raise InvalidInput(f"{what} is missing or unknown")


def timestamp(value: datetime) -> Timestamp:
    stamp = Timestamp()
    stamp.FromDatetime(value.astimezone(UTC))
    return stamp


def timestamp_from_proto(stamp: Timestamp) -> datetime | None:
    if stamp.seconds == 0 and stamp.nanos == 0:
        return None
    return stamp.ToDatetime(tzinfo=UTC)


#: A calendar day as the contract writes it: ISO 8601 extended, nothing else.
_ISO_DAY = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")


def day_from_proto(text: str) -> date | None:
    """``YYYY-MM-DD`` as a date; None for the empty string (the field left unset)."""
    if not text:
        return None
    try:
        if _ISO_DAY.match(text):
            return date.fromisoformat(text)
    except ValueError:
        pass
    raise StepDateInvalid("occurred_on is a calendar date, YYYY-MM-DD", rule=DateRule.NOT_A_DATE)


def money_to_proto(amount: MonthlyAmount | None) -> common_pb2.MonthlyAmount | None:
    if amount is None:
        return None
    return common_pb2.MonthlyAmount(amount=amount.amount, currency=amount.currency)


def money_from_proto(message: common_pb2.MonthlyAmount) -> MonthlyAmount | None:
    if not message.currency:
        return None
    return MonthlyAmount(message.amount, message.currency)


def _languages_from(items: list[common_pb2.LanguageSkill]) -> tuple[LanguageSkill, ...]:
    return tuple(
        LanguageSkill(i.language, enum_from_proto(LEVEL, i.level, what="language level"))
        for i in items
    )


def _languages_to(skills: tuple[LanguageSkill, ...]) -> list[common_pb2.LanguageSkill]:
    return [common_pb2.LanguageSkill(language=s.language, level=LEVEL[s.level]) for s in skills]


def _place_from(message: common_pb2.Place, present: bool) -> Place | None:
    if not present or not message.country:
        return None
    if message.latitude == 0.0 and message.longitude == 0.0:
        # Proto3 cannot tell 0,0 from "not sent", and no district we serve lies there: a
        # place the gateway could not resolve must never sit in the Gulf of Guinea.
        raise InvalidInput("a place needs its district's coordinates")
    return Place(message.country, message.district, message.latitude, message.longitude)


def _place_to(place: Place | None) -> common_pb2.Place | None:
    if place is None:
        return None
    return common_pb2.Place(
        country=place.country,
        district=place.district,
        latitude=place.latitude,
        longitude=place.longitude,
    )


def _clean_ids(values: list[str], *, what: str, limit: int = 50) -> frozenset[str]:
    cleaned = frozenset(v.strip() for v in values if v.strip())
    if len(cleaned) > limit or any(len(v) > 100 for v in cleaned):
        raise InvalidInput(f"too many or too long {what}")
    return cleaned


def profile_from_proto(message: matching_pb2.SurvivorProfile) -> SurvivorProfile:
    return SurvivorProfile(
        languages=_languages_from(list(message.languages)),
        age_band=message.age_band,
        minor=message.minor,
        residence=_place_from(message.residence, message.HasField("residence")),
        gender=message.gender,
        interests=message.interests,
        aspirations=message.aspirations,
        interest_tags=_clean_ids(list(message.interest_tags), what="interest tags"),
        skills=_clean_ids(list(message.skills), what="skills"),
        skills_wanted=_clean_ids(list(message.skills_wanted), what="skills wanted"),
        education=message.education,
        hours=enum_from_proto(HOURS, message.hours, what="hours"),
        remote_ok=message.remote_ok,
        travel_radius_km=message.travel_radius_km,
        sectors_to_avoid=_clean_ids(list(message.sectors_to_avoid), what="sectors to avoid"),
        conditions=frozenset(
            enum_from_proto(CONDITION, c, what="condition") for c in message.conditions
        ),
        needs=frozenset(
            enum_from_proto(ACCOMMODATION, n, what="accommodation") for n in message.needs
        ),
        income_goal=money_from_proto(message.income_goal),
        availability=tuple(
            WeeklySlot(s.day_of_week, s.start_minute, s.duration_minutes)
            for s in message.availability
        ),
        do_not_group_with=_clean_ids(list(message.do_not_group_with), what="links"),
        peer_group_focuses=frozenset(
            enum_from_proto(PEER_GROUP_FOCUS, f, what="peer group focus")
            for f in message.peer_group_focuses
            if f != common_pb2.GROUP_FOCUS_ANY  # every consenting survivor is open to those
        ),
        age_years=message.age_years if message.HasField("age_years") else None,
        # Proto3's default is false: a caller that never heard of the field leaves it closed.
        open_to_cross_border=message.open_to_cross_border,
    )


def profile_to_proto(profile: SurvivorProfile) -> matching_pb2.SurvivorProfile:
    message = matching_pb2.SurvivorProfile(
        languages=_languages_to(profile.languages),
        residence=_place_to(profile.residence),
        age_band=profile.age_band,
        minor=profile.minor,
        gender=profile.gender,
        interests=profile.interests,
        aspirations=profile.aspirations,
        interest_tags=sorted(profile.interest_tags),
        skills=sorted(profile.skills),
        skills_wanted=sorted(profile.skills_wanted),
        education=profile.education,
        hours=HOURS[profile.hours],
        remote_ok=profile.remote_ok,
        travel_radius_km=profile.travel_radius_km,
        sectors_to_avoid=sorted(profile.sectors_to_avoid),
        conditions=sorted(CONDITION[c] for c in profile.conditions),
        needs=sorted(ACCOMMODATION[n] for n in profile.needs),
        income_goal=money_to_proto(profile.income_goal),
        availability=[
            common_pb2.WeeklySlot(
                day_of_week=s.day_of_week,
                start_minute=s.start_minute,
                duration_minutes=s.duration_minutes,
            )
            for s in profile.availability
        ],
        do_not_group_with=sorted(profile.do_not_group_with),
        peer_group_focuses=sorted(PEER_GROUP_FOCUS[f] for f in profile.peer_group_focuses),
        open_to_cross_border=profile.open_to_cross_border,
    )
    if profile.age_years is not None:
        message.age_years = profile.age_years
    return message


def survivor_to_proto(survivor: Survivor) -> matching_pb2.Survivor:
    message = matching_pb2.Survivor(
        survivor_id=survivor.survivor_id,
        organisation_id=survivor.organisation_id,
        alias=survivor.alias,
        profile=profile_to_proto(survivor.profile),
        version=survivor.version,
    )
    for assessment in survivor.readiness_history:
        item = message.readiness_history.add(
            stage=READINESS[assessment.stage],
            assessed_at=timestamp(assessment.assessed_at),
            assessed_by=assessment.assessed_by,
        )
        if assessment.review_due is not None:
            item.review_due.CopyFrom(timestamp(assessment.review_due))
    if survivor.readiness_history:
        message.readiness.CopyFrom(message.readiness_history[-1])
    latest = {c.purpose: c for c in survivor.consent_history}
    for purpose, record in sorted(latest.items(), key=lambda kv: kv[0].value):
        message.consents.add(
            purpose=CONSENT[purpose],
            granted=record.granted,
            changed_at=timestamp(record.changed_at),
            changed_by=record.changed_by,
        )
    return message


def details_from_proto(message: matching_pb2.Opportunity) -> OpportunityDetails:
    workplace = message.workplace
    return OpportunityDetails(
        kind=enum_from_proto(KIND, message.kind, what="opportunity kind"),
        title=message.title,
        description=message.description,
        sector=message.sector.strip(),
        openings=message.openings,
        skills_required=_clean_ids(list(message.skills_required), what="skills required"),
        skills_taught=_clean_ids(list(message.skills_taught), what="skills taught"),
        languages=_languages_from(list(message.languages)),
        location=_place_from(message.location, message.HasField("location")),
        remote=message.remote,
        pay=money_from_proto(message.pay),
        hours=enum_from_proto(HOURS, message.hours, what="hours"),
        workplace=Workplace(
            night_shifts=workplace.night_shifts,
            women_only=workplace.women_only,
            live_in=workplace.live_in,
            heavy_lifting=workplace.heavy_lifting,
        ),
        accommodations=frozenset(
            enum_from_proto(ACCOMMODATION, a, what="accommodation") for a in message.accommodations
        ),
        minimum_age=message.minimum_age or 18,
        hazardous=message.hazardous,
    )


def opportunity_to_proto(opportunity: Opportunity) -> matching_pb2.Opportunity:
    details = opportunity.details
    return matching_pb2.Opportunity(
        opportunity_id=opportunity.opportunity_id,
        organisation_id=opportunity.organisation_id,
        kind=KIND[details.kind],
        title=details.title,
        description=details.description,
        sector=details.sector,
        skills_required=sorted(details.skills_required),
        skills_taught=sorted(details.skills_taught),
        languages=_languages_to(details.languages),
        location=_place_to(details.location),
        remote=details.remote,
        pay=money_to_proto(details.pay),
        hours=HOURS[details.hours],
        workplace=matching_pb2.Workplace(
            night_shifts=details.workplace.night_shifts,
            women_only=details.workplace.women_only,
            live_in=details.workplace.live_in,
            heavy_lifting=details.workplace.heavy_lifting,
            abroad=details.workplace.abroad,
            documents_withheld=details.workplace.documents_withheld,
            fee_charged=details.workplace.fee_charged,
        ),
        accommodations=sorted(ACCOMMODATION[a] for a in details.accommodations),
        openings=details.openings,
        minimum_age=details.minimum_age,
        hazardous=details.hazardous,
        status=OPPORTUNITY_STATUS[opportunity.status],
        version=opportunity.version,
        material_revision=opportunity.material_revision,
        offer_revision=opportunity.offer_revision,
        placements=opportunity.placements,
        detected_sectors=sorted(opportunity.detected_sectors),
        concepts=sorted(opportunity.concepts or ()),
        suspended=opportunity.suspended,
    )


def opportunity_from_proto(
    message: matching_pb2.Opportunity, *, placements: int = 0
) -> Opportunity:
    """An opportunity as carried by an event (for the index of other instances): with what
    the writer read in its text, work abroad, documents kept and a fee charged among it (a
    request's ``abroad``, ``documents_withheld`` and ``fee_charged`` are ignored:
    ``details_from_proto``; an event's are the writer's reading, which the rules need)."""
    details = details_from_proto(message)
    details = replace(
        details,
        workplace=replace(
            details.workplace,
            abroad=message.workplace.abroad,
            documents_withheld=message.workplace.documents_withheld,
            fee_charged=message.workplace.fee_charged,
        ),
    )
    return Opportunity(
        opportunity_id=message.opportunity_id,
        organisation_id=message.organisation_id,
        details=details,
        status=enum_from_proto(OPPORTUNITY_STATUS, message.status, what="status"),
        placements=message.placements,
        detected_sectors=frozenset(message.detected_sectors),
        concepts=frozenset(message.concepts) if message.concepts else None,
        version=message.version,
        material_revision=message.material_revision,
        # 0: sent before offers were counted apart, when every material change was a new
        # offer; read as the material revision, as stored documents are
        # (``documents.opportunity_from_document``). The best pay offered is not sent:
        # these copies feed the index, which never updates them.
        offer_revision=message.offer_revision or message.material_revision,
        suspended=message.suspended,
    )


def match_to_proto(match: Match, *, held_by: Sequence[str] = ()) -> matching_pb2.MatchRecord:
    return matching_pb2.MatchRecord(
        match_id=match.match_id,
        survivor_id=match.survivor_id,
        opportunity_id=match.opportunity_id,
        opportunity_organisation_id=match.opportunity_organisation_id,
        kind=KIND[match.kind],
        state=MATCH_STATE[match.state],
        score=match.score,
        reasons=[matching_pb2.MatchReason(code=r.code, text=r.text) for r in match.reasons],
        history=[
            matching_pb2.MatchTransition(
                state=MATCH_STATE[t.state],
                at=timestamp(t.at),
                by=t.by,
                reason=t.reason,
                occurred_on=t.occurred_on.isoformat(),
            )
            for t in match.history
        ],
        wage=money_to_proto(match.wage),
        version=match.version,
        audit_subject=audit_subject(match),
        partner_alias=(
            ""
            if match.opportunity_organisation_id == match.survivor_organisation_id
            else partner_code(match.opportunity_organisation_id, match.survivor_id)
        ),
        held_by=list(held_by),
    )


def audit_subject(match: Match) -> matching_pb2.AuditSubject:
    """Whom an access to ``match`` is about, for the gateway's audit trail."""
    return matching_pb2.AuditSubject(
        survivor_id=match.survivor_id, survivor_organisation_id=match.survivor_organisation_id
    )


def vocabulary_to_proto(vocabulary: Vocabulary) -> matching_pb2.Vocabulary:
    """Every concept with its labels and links; ``version`` is a digest of all of it, so it
    changes exactly when something a cache holds would."""
    message = matching_pb2.Vocabulary(languages=sorted(vocabulary.languages))
    for concept in sorted(vocabulary, key=lambda c: c.id):
        message.concepts.add(
            id=concept.id,
            kind=str(concept.kind),
            labels=dict(concept.labels),
            broader=sorted(concept.broader),
            narrower=sorted(concept.narrower),
            related=sorted(vocabulary.related(concept.id)),
        )
    digest = hashlib.sha256(message.SerializeToString(deterministic=True)).hexdigest()
    message.version = digest[:32]
    return message
