"""The pool as counts, for a facilitator about to create groups: nobody named.

Counts only of people open to groups (consented and assessed ready), speaking one of the
languages asked about: by language, country, chosen focus and the days they are free, and
how many are minors. Not by readiness: a person's trauma-care stage is no facilitator's
business (the dashboards are closed to them for it), and a count of it read before and
after a member's card turned "left" told a partner's facilitator why (session 35 probe).
No district (it would single people out in a small place), no alias, no cross-tabulation.
It reads what a proposal over those languages reads (the
pool's buckets, then those members), but at most ``READ_AT_LEAST`` people of them (a
sample in a fixed order, :class:`peer_groups.domain.candidates.PoolSample`): what each
person is open to, focuses on and when they are free is sealed under their own key, so
counting a scope of tens of thousands opened every one of them, past any deadline. A
larger scope's counts are estimated from the sample (scaled by how many the index
lists for each one opened, and said to be estimates); a smaller one's are exact.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from typing import TypeVar

from peer_groups.domain.access import Caller, Role, require_role
from peer_groups.domain.candidates import PoolSample
from peer_groups.domain.errors import InvalidInput
from peer_groups.domain.pool import PoolScope
from peer_groups.service_layer.handlers import Ports

__all__ = ["MAX_LANGUAGES", "PoolOverview", "pool_overview"]

MAX_LANGUAGES = 10

K = TypeVar("K")


@dataclass(frozen=True, slots=True)
class PoolOverview:
    open: int
    by_language: dict[str, int]
    by_country: dict[str, int]
    by_focus: dict[str, int]
    by_day: dict[int, int]
    minors: int
    #: The counts are estimated from the ``considered`` people opened, not exact.
    estimated: bool = False
    considered: int = 0


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
    sample = PoolSample()
    members = [
        m
        for m in ports.pool.members_open_to_groups(
            organisations=scope.organisation_ids, languages=wanted, places=None, reading=sample
        )
        if m.open_to_groups and scope.admits(m)
    ]
    scale = 1.0 if sample.whole or not sample.opened else sample.listed / sample.opened

    def counted(counts: Counter[K]) -> dict[K, int]:
        return {key: round(count * scale) for key, count in counts.items()}

    return PoolOverview(
        open=round(len(members) * scale),
        by_language=counted(Counter(x for m in members for x in m.languages if x in wanted)),
        by_country=counted(Counter(m.country for m in members if m.country)),
        by_focus=counted(Counter(f.value for m in members for f in m.focuses)),
        by_day=counted(
            Counter(d for m in members for d in {s.day_of_week for s in m.availability})
        ),
        minors=round(sum(1 for m in members if m.minor) * scale),
        estimated=not sample.whole,
        considered=sample.opened,
    )
