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
    #: A minor's exact age in years, when known (sealed like the district): the age rules
    #: then act on it rather than on the band (14 and 17 are both "under 18").
    age_years: int | None = None

    @property
    def age(self) -> AgeBand:
        if self.age_years is not None:
            return AgeBand(self.age_years, self.age_years)
        return AgeBand.parse(self.age_band)

    @property
    def open_to_groups(self) -> bool:
        """Consented to peer groups and assessed ready for them."""
        return self.peer_group_consent and self.readiness >= ReadinessStage.PEER_SUPPORT_READY
