"""The hard rules as masks over the index's rows: the vectorised twin of
``matching.domain.rules``.

Property tests hold the rows admitted here equal to the pairs the reference rules allow,
and every match the index returns is checked against those rules once more.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

import numpy as np
import numpy.typing as npt

from matching.adapters.opportunity_index.columns import KIND_CODE, FactColumns
from matching.adapters.opportunity_index.concepts import ConceptMapper
from matching.adapters.opportunity_index.places import EARTH_RADIUS_KM, Places
from matching.domain.left_out import LeftOut
from matching.domain.rules import CLOSED_TO_MINORS, REQUIRED_STAGE
from matching.domain.survivor import Survivor
from matching.domain.values import (
    MINOR_HAZARDOUS_TRAINING_AGE,
    MINOR_JOB_MINIMUM_AGE,
    ConsentPurpose,
    OpportunityKind,
    SurvivorCondition,
)

__all__ = [
    "admissible_rows",
    "allowed_kind_codes",
    "avoided_sectors",
    "closed_to_minors",
    "eligible_rows",
    "left_out_counts",
    "without_declined",
]


def allowed_kind_codes(survivor: Survivor, kinds: Iterable[OpportunityKind]) -> list[int] | None:
    """The kinds the survivor may be offered now, or None when nothing may be offered."""
    if not survivor.has_consent(ConsentPurpose.MATCHING):
        return None
    codes = [KIND_CODE[k] for k in kinds if survivor.stage >= REQUIRED_STAGE[k]]
    return codes or None


def avoided_sectors(survivor: Survivor, concepts: ConceptMapper) -> frozenset[str]:
    """The survivor's sectors to avoid with every narrower concept: what
    ``MatchContext.avoided`` holds when the rules are checked again."""
    avoided = survivor.profile.sectors_to_avoid
    return avoided | concepts.avoided(avoided) if avoided else frozenset()


def closed_to_minors(concepts: ConceptMapper) -> frozenset[str] | None:
    """The vocabulary's concepts closed to minors (``Vocabulary.hazardous_for_minors``):
    what ``MatchContext.closed_to_minors`` holds when the rules are checked again; None
    for a mapper without that data (a test's small vocabulary), which leaves both the masks
    and the rules to ``rules.CLOSED_TO_MINORS``."""
    closed = getattr(concepts, "hazardous_for_minors", None)
    return frozenset(closed) if closed is not None else None


def eligible_rows(
    survivor: Survivor,
    *,
    kinds: frozenset[OpportunityKind],
    declined: Mapping[str, int],
    size: int,
    facts: FactColumns,
    places: Places,
    concepts: ConceptMapper,
    row_of: Mapping[str, int],
) -> npt.NDArray[np.intp]:
    """Rows no hard rule forbids: the vectorised twin of ``matching.domain.rules``."""
    codes = allowed_kind_codes(survivor, kinds)
    if codes is None:
        return np.empty(0, dtype=np.intp)
    admissible = admissible_rows(
        survivor, codes, size=size, facts=facts, places=places, concepts=concepts
    )
    return without_declined(admissible, declined, size=size, facts=facts, row_of=row_of)


def admissible_rows(
    survivor: Survivor,
    codes: Iterable[int],
    *,
    size: int,
    facts: FactColumns,
    places: Places,
    concepts: ConceptMapper,
) -> npt.NDArray[np.intp]:
    """Rows below ``size`` of the kinds ``codes`` no hard rule forbids, declines aside,
    ascending.

    Reach narrows most, so it comes first: the remote rows (for those who accept remote
    work) and the rows within a latitude band of home, in the survivor's country or, for
    those open to cross-border work, in every country, both from ``Places``; every other
    rule is then checked on those rows only, and the great-circle distance last. A remote
    row located in another country is left out unless the survivor is open to cross-border
    work, and so is every row whose text says its work is abroad (as
    ``rules.within_reach``). One call serves both the matches and the training
    suggested beside them.
    """
    profile = survivor.profile
    places = _sorted_places(places, facts, size)
    remote = facts.values("remote", size)
    country = facts.values("country", size)
    home = profile.residence
    home_code = facts.countries.get(home.country, -2) if home is not None else -2
    open_across = profile.open_to_cross_border is True
    parts = []
    if profile.remote_ok:
        remote_rows = places.remote_rows(remote, size)
        if not open_across:  # no location (-1) is done from home; else home's country
            located = country[remote_rows]
            remote_rows = remote_rows[(located < 0) | (located == home_code)]
        parts.append(remote_rows)
    if home is not None:
        band = profile.travel_radius_km / EARTH_RADIUS_KM + 1e-9
        latitude = facts.values("lat", size)
        reachable = list(facts.countries.values()) if open_across else [home_code]
        for code in reachable:
            if code < 0:
                continue  # home's country has no opportunity yet
            parts.append(
                places.in_band(
                    code,
                    np.radians(home.latitude),
                    band,
                    remote=remote,
                    country=country,
                    latitude=latitude,
                    size=size,
                )
            )
    if not parts:
        return np.empty(0, dtype=np.intp)
    rows = np.sort(np.concatenate(parts))  # disjoint: remote rows, then each country's
    if not open_across:  # work its text says is abroad (``Workplace.abroad``)
        rows = rows[~facts.values("abroad", size)[rows]]
    rows = rows[_rules_allow(survivor, codes, rows, size=size, facts=facts, concepts=concepts)]
    if home is not None and rows.size:
        away = np.flatnonzero(~remote[rows])
        if away.size:
            distance = facts.km_from(home.latitude, home.longitude, rows[away])
            near = np.ones(rows.size, dtype=bool)
            near[away] = distance <= profile.travel_radius_km
            rows = rows[near]
    return rows


def _sorted_places(places: Places, facts: FactColumns, size: int) -> Places:
    """``places`` of the rows, sorted again once the rows added since are many."""
    if places.stale(size):
        places.sort(
            remote=facts.values("remote", size),
            country=facts.values("country", size),
            latitude=facts.values("lat", size),
        )
    return places


def _rules_allow(
    survivor: Survivor,
    codes: Iterable[int],
    rows: npt.NDArray[np.intp],
    *,
    size: int,
    facts: FactColumns,
    concepts: ConceptMapper,
) -> npt.NDArray[np.bool_]:
    """Which of ``rows`` are open, of a kind in ``codes``, and allowed by every hard
    rule but reach and declines."""
    allowed = _open_of_kinds(codes, rows, size=size, facts=facts)
    allowed &= _language_ok(survivor, rows, size=size, facts=facts)
    allowed &= _age_ok(survivor, rows, size=size, facts=facts, concepts=concepts)
    allowed &= _needs_met(survivor, rows, size=size, facts=facts, concepts=concepts)
    return allowed


def _open_of_kinds(
    codes: Iterable[int], rows: npt.NDArray[np.intp], *, size: int, facts: FactColumns
) -> npt.NDArray[np.bool_]:
    kind = facts.values("kind", size)[rows]
    allowed = np.zeros(rows.size, dtype=bool)
    for code in codes:
        allowed |= kind == code
    allowed &= facts.values("alive", size)[rows] & facts.values("open", size)[rows]
    allowed &= ~facts.values("offered_to_no_one", size)[rows]
    return allowed


def _language_ok(
    survivor: Survivor, rows: npt.NDArray[np.intp], *, size: int, facts: FactColumns
) -> npt.NDArray[np.bool_]:
    """A shared language at the required level (any listed language suffices)."""
    language_ok: npt.NDArray[np.bool_] = facts.values("any_language", size)[rows].copy()
    for skill in survivor.profile.languages:
        column = facts.languages.get(skill.language)
        if column is not None:
            required = column.padded(size)[rows]
            language_ok |= (required > 0) & (required <= int(skill.level))
    return language_ok


def _age_ok(
    survivor: Survivor,
    rows: npt.NDArray[np.intp],
    *,
    size: int,
    facts: FactColumns,
    concepts: ConceptMapper,
) -> npt.NDArray[np.bool_]:
    """Old enough for the opportunity, and for a minor no job under the age a minor may
    work and nothing hazardous (``rules.minimum_age`` and
    ``rules.no_hazardous_work_for_minors``): nothing ticked hazardous, at night or
    live-in, and no row with heavy loads or whose topics hold a concept closed to minors
    (courses there from ``MINOR_HAZARDOUS_TRAINING_AGE``)."""
    profile = survivor.profile
    allowed: npt.NDArray[np.bool_] = facts.values("min_age", size)[rows] <= profile.minimum_age
    if profile.minor:
        allowed &= ~facts.values("hazardous", size)[rows]
        allowed &= ~facts.values("night", size)[rows]
        allowed &= ~facts.values("live_in", size)[rows]
        is_job = facts.values("kind", size)[rows] == KIND_CODE[OpportunityKind.JOB]
        if profile.minimum_age < MINOR_JOB_MINIMUM_AGE:
            allowed &= ~is_job
        closed = closed_to_minors(concepts)
        in_closed = np.zeros(rows.size, dtype=bool)
        for concept in CLOSED_TO_MINORS if closed is None else closed:
            column = facts.sectors.get(concept)  # topics: declared, detected, mentioned
            if column is not None:
                in_closed |= column.padded(size)[rows]
        in_closed |= facts.values("heavy", size)[rows]
        if profile.minimum_age >= MINOR_HAZARDOUS_TRAINING_AGE:
            in_closed &= is_job
        allowed &= ~in_closed
    return allowed


def _needs_met(
    survivor: Survivor,
    rows: npt.NDArray[np.intp],
    *,
    size: int,
    facts: FactColumns,
    concepts: ConceptMapper,
) -> npt.NDArray[np.bool_]:
    """No sector the survivor avoids, and every condition they stated."""
    allowed = np.ones(rows.size, dtype=bool)
    for sector in avoided_sectors(survivor, concepts):
        column = facts.sectors.get(sector)
        if column is not None:
            allowed &= ~column.padded(size)[rows]
    conditions = survivor.profile.conditions

    def at(name: str) -> npt.NDArray[Any]:
        return facts.values(name, size)[rows]

    if SurvivorCondition.NO_NIGHT_SHIFTS in conditions:
        allowed &= ~at("night")
    if SurvivorCondition.WOMEN_ONLY_WORKPLACE in conditions:
        allowed &= at("women_only")
    if SurvivorCondition.NO_LIVE_IN in conditions:
        allowed &= ~at("live_in")
    if SurvivorCondition.NO_HEAVY_LIFTING in conditions:
        allowed &= ~at("heavy")
    return allowed


def _in_reach(
    survivor: Survivor, rows: npt.NDArray[np.intp], *, size: int, facts: FactColumns
) -> tuple[npt.NDArray[np.bool_], int]:
    """``rules.within_reach`` over ``rows``, row by row (``admissible_rows`` narrows by
    place first instead, for speed; this serves counting, where every row is looked at),
    and how many remote rows only a survivor open to remote work would reach."""
    profile = survivor.profile
    home = profile.residence
    remote = facts.values("remote", size)[rows]
    country = facts.values("country", size)[rows]
    located = country >= 0
    if profile.open_to_cross_border is True:
        border_ok = np.ones(rows.size, dtype=bool)
    elif home is not None:
        border_ok = country == facts.countries.get(home.country, -2)
    else:
        border_ok = np.zeros(rows.size, dtype=bool)
    if profile.open_to_cross_border is not True:
        abroad = facts.values("abroad", size)[rows]
        border_ok &= ~abroad
        located |= abroad  # not done from home, wherever it is located
    reach = np.zeros(rows.size, dtype=bool)
    remote_in_borders = remote & (~located | border_ok)
    if profile.remote_ok:
        reach |= remote_in_borders
    if home is not None:
        away = np.flatnonzero(~remote & located & border_ok)
        if away.size:
            distance = facts.km_from(home.latitude, home.longitude, rows[away])
            reach[away] = distance <= profile.travel_radius_km
    remote_not_chosen = 0 if profile.remote_ok else int(np.count_nonzero(remote_in_borders))
    return reach, remote_not_chosen


def left_out_counts(
    survivor: Survivor,
    codes: Iterable[int],
    *,
    shown: Iterable[int],
    declined: Mapping[str, int],
    size: int,
    facts: FactColumns,
    concepts: ConceptMapper,
    row_of: Mapping[str, int],
) -> LeftOut:
    """``matching.domain.left_out.count_left_out`` over the columns: the open rows of the
    kinds ``codes`` but ``shown``, and how many each rule left out."""
    every = np.arange(size, dtype=np.intp)
    candidate = _open_of_kinds(codes, every, size=size, facts=facts)
    hidden = [row for row in shown if row < size]
    candidate[hidden] = False
    rows = np.flatnonzero(candidate)
    reach, remote_not_chosen = _in_reach(survivor, rows, size=size, facts=facts)
    language = _language_ok(survivor, rows, size=size, facts=facts)
    age = _age_ok(survivor, rows, size=size, facts=facts, concepts=concepts)
    allowed = reach & language & age
    allowed &= _needs_met(survivor, rows, size=size, facts=facts, concepts=concepts)
    eligible = (
        int(without_declined(rows[allowed], declined, size=size, facts=facts, row_of=row_of).size)
        if survivor.has_consent(ConsentPurpose.MATCHING)
        else 0  # the consent rule breaks every pair
    )
    return LeftOut(
        candidates=int(rows.size),
        out_of_reach=int(np.count_nonzero(~reach)),
        remote_not_chosen=remote_not_chosen,
        no_shared_language=int(np.count_nonzero(~language)),
        age=int(np.count_nonzero(~age)),
        eligible=eligible,
    )


def without_declined(
    rows: npt.NDArray[np.intp],
    declined: Mapping[str, int],
    *,
    size: int,
    facts: FactColumns,
    row_of: Mapping[str, int],
) -> npt.NDArray[np.intp]:
    """``rows`` less what the survivor declined at the opportunity's current offer revision
    (or a later one): as ``rules.not_declined_before``, the offer's, not the material
    revision, which moves for one baht more too."""
    if not declined:
        return rows
    revision = facts.values("offer_revision", size)
    gone = [
        row
        for opportunity_id, declined_at in declined.items()
        if (row := row_of.get(opportunity_id)) is not None
        and row < size
        and declined_at >= revision[row]
    ]
    if not gone:
        return rows
    keep = np.ones(rows.size, dtype=bool)
    at = np.searchsorted(rows, gone)  # rows ascend
    found = at < rows.size
    at = at[found]
    keep[at[rows[at] == np.asarray(gone)[found]]] = False
    return rows[keep]
