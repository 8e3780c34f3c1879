"""The pool as counts, for a facilitator about to create groups: nobody named.

Counts only of people open to groups (consented and assessed ready), speaking one of the
languages asked about: by language, country, chosen focus, readiness and the days they are
free, and how many are minors. No district (it would single people out in a small place),
no alias, no cross-tabulation. It reads what a proposal over those languages reads (the
pool's buckets, then those members), so it costs what the eligible part of the pool costs.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Iterable
from dataclasses import dataclass

from peer_groups.domain.access import Caller, Role, require_role
from peer_groups.domain.errors import InvalidInput
from peer_groups.domain.pool import PoolScope
from peer_groups.service_layer.handlers import Ports

__all__ = ["MAX_LANGUAGES", "PoolOverview", "pool_overview"]

MAX_LANGUAGES = 10


@dataclass(frozen=True, slots=True)
class PoolOverview:
    open: int
    by_language: dict[str, int]
    by_country: dict[str, int]
    by_focus: dict[str, int]
    by_readiness: dict[str, int]
    by_day: dict[int, int]
    minors: int


def pool_overview(
    *,
    caller: Caller,
    ports: Ports,
    languages: Collection[str],
    pool_organisation_ids: Iterable[str] = (),
) -> PoolOverview:
    """Counts of the pool a proposal of this caller would draw from: survivors of the
    caller's organisation and of the NGOs named as sharing with it, nobody else's."""
    require_role(caller, Role.FACILITATOR)
    scope = PoolScope.of(caller.organisation_id, pool_organisation_ids)
    wanted = {language.strip().lower() for language in languages}
    if not wanted or len(wanted) > MAX_LANGUAGES:
        raise InvalidInput(f"ask about 1 to {MAX_LANGUAGES} languages")
    if any(not (2 <= len(x) <= 3 and x.isascii() and x.isalpha()) for x in wanted):
        raise InvalidInput("a language is a 2- or 3-letter code such as 'th' or 'km'")
    members = [
        m
        for m in ports.pool.open_members(
            organisations=scope.organisation_ids, languages=wanted, places=None
        )
        if m.open_to_groups and scope.admits(m)
    ]
    return PoolOverview(
        open=len(members),
        by_language=dict(Counter(x for m in members for x in m.languages if x in wanted)),
        by_country=dict(Counter(m.country for m in members if m.country)),
        by_focus=dict(Counter(f.value for m in members for f in m.focuses)),
        by_readiness=dict(Counter(m.readiness.name.lower() for m in members)),
        by_day=dict(Counter(d for m in members for d in {s.day_of_week for s in m.availability})),
        minors=sum(1 for m in members if m.minor),
    )
