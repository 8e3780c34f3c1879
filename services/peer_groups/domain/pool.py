"""The pool: what peer groups knows of a survivor, copied from matching's events.

Only what grouping needs (data minimisation): an alias, languages, coarse place, age band,
readiness, peer-group consent, availability, interest concept ids, chosen group focuses and
"do not group with" links. Never a name, contact, history, free text or exact location.
The focuses can say what was done to a person (labour or sex trafficking), so they are kept
only sealed under the survivor's key, like the district, interests and links (the adapters
see to it; the domain holds them opened).
"""

from __future__ import annotations

from dataclasses import dataclass

from peer_groups.domain.values import AgeBand, GroupFocus, ReadinessStage, WeeklySlot

__all__ = ["PoolMember"]


@dataclass(frozen=True, slots=True)
class PoolMember:
    survivor_id: str
    organisation_id: str  # the survivor's own organisation (their officer's)
    alias: str
    languages: frozenset[str]
    age_band: str
    minor: bool
    readiness: ReadinessStage
    peer_group_consent: bool
    country: str = ""
    district: str = ""
    availability: tuple[WeeklySlot, ...] = ()
    interests: frozenset[str] = frozenset()
    focuses: frozenset[GroupFocus] = frozenset()
    do_not_group_with: frozenset[str] = frozenset()
    version: int = 0

    @property
    def age(self) -> AgeBand:
        return AgeBand.parse(self.age_band)

    @property
    def open_to_groups(self) -> bool:
        """Consented to peer groups and assessed ready for them."""
        return self.peer_group_consent and self.readiness >= ReadinessStage.PEER_SUPPORT_READY
