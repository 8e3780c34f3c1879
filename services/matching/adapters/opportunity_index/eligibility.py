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
from matching.domain.rules import REQUIRED_STAGE
from matching.domain.survivor import Survivor
from matching.domain.values import (
    MINOR_JOB_MINIMUM_AGE,
    ConsentPurpose,
    OpportunityKind,
    SurvivorCondition,
)

__all__ = [
    "admissible_rows",
    "allowed_kind_codes",
    "avoided_sectors",
    "eligible_rows",
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
    work (as ``rules.within_reach``). One call serves both the matches and the training
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
    profile = survivor.profile

    def at(name: str) -> npt.NDArray[Any]:
        return facts.values(name, size)[rows]

    kind = at("kind")
    allowed = np.zeros(rows.size, dtype=bool)
    for code in codes:
        allowed |= kind == code
    allowed &= at("alive") & at("open")
    # A shared language at the required level (any listed language suffices).
    language_ok = at("any_language")
    for skill in profile.languages:
        column = facts.languages.get(skill.language)
        if column is not None:
            required = column.padded(size)[rows]
            language_ok |= (required > 0) & (required <= int(skill.level))
    allowed &= language_ok
    allowed &= at("min_age") <= profile.minimum_age
    if profile.minor:
        allowed &= ~at("hazardous")
        if profile.minimum_age < MINOR_JOB_MINIMUM_AGE:
            allowed &= kind != KIND_CODE[OpportunityKind.JOB]
    for sector in avoided_sectors(survivor, concepts):
        column = facts.sectors.get(sector)
        if column is not None:
            allowed &= ~column.padded(size)[rows]
    conditions = profile.conditions
    if SurvivorCondition.NO_NIGHT_SHIFTS in conditions:
        allowed &= ~at("night")
    if SurvivorCondition.WOMEN_ONLY_WORKPLACE in conditions:
        allowed &= at("women_only")
    if SurvivorCondition.NO_LIVE_IN in conditions:
        allowed &= ~at("live_in")
    if SurvivorCondition.NO_HEAVY_LIFTING in conditions:
        allowed &= ~at("heavy")
    return allowed


def without_declined(
    rows: npt.NDArray[np.intp],
    declined: Mapping[str, int],
    *,
    size: int,
    facts: FactColumns,
    row_of: Mapping[str, int],
) -> npt.NDArray[np.intp]:
    """``rows`` less what the survivor declined at the opportunity's current revision."""
    if not declined:
        return rows
    revision = facts.values("revision", size)
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
