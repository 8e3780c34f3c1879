"""The pool: what peer groups knows of a survivor, copied from matching's events.

Only what grouping needs (data minimisation): an alias, languages, coarse place, age band,
readiness, peer-group consent, availability, interest concept ids, chosen group focuses,
the self-described gender (for the women-only rule) and "do not group with" links. Never a
name, contact, history, free text or exact location. The focuses can say what was done to a
person (labour or sex trafficking), so they are kept only sealed under the survivor's key,
like the district, gender, interests and links (the adapters see to it; the domain holds
them opened).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from pathways_runtime.place_names import place_key
from peer_groups.domain.errors import InvalidInput
from peer_groups.domain.gender import records_a_man
from peer_groups.domain.values import AgeBand, GroupFocus, ReadinessStage, WeeklySlot

__all__ = ["MAX_POOL_ORGANISATIONS", "PoolMember", "PoolScope"]

#: The most organisations one request may draw its pool from (the gateway keeps a
#: facilitator organisation's partners far below this).
MAX_POOL_ORGANISATIONS = 1000


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
    #: The gender the survivor recorded, self-described (sealed like the district; ""
    #: when none is recorded, as in pool documents written before peer groups kept it).
    #: Read only by the women-only rule (``records_a_man``).
    gender: str = ""

    @property
    def place(self) -> tuple[str, str]:
        """Where they live, as compared with where an in-person group meets: the district
        folded (``pathways_runtime.place_names``), so "Bang Rak" typed by their officer and
        "bang rak" by a facilitator are one place."""
        return place_key(self.country, self.district)

    @property
    def recorded_as_man(self) -> bool:
        """Whether their recorded gender says they are a man (never a guess: ``gender``)."""
        return records_a_man(self.gender)

    @property
    def age(self) -> AgeBand:
        if self.age_years is not None:
            return AgeBand(self.age_years, self.age_years)
        return AgeBand.parse(self.age_band)

    @property
    def open_to_groups(self) -> bool:
        """Consented to peer groups and assessed ready for them."""
        return self.peer_group_consent and self.readiness >= ReadinessStage.PEER_SUPPORT_READY


@dataclass(frozen=True, slots=True)
class PoolScope:
    """Whose survivors a facilitator may be proposed, or counted in the pool's overview.

    Organisations share survivors only where they have agreed to: an NGO's survivors go to
    the groups of the organisations it has a partnership with (platform administrators set
    them in the gateway, which names the partner NGOs on every call), and an NGO running its
    own groups always draws from its own survivors. Built from the caller's organisation
    plus what the call names, so an empty list (an older gateway, or no partnership) means
    the own organisation only, never everyone.
    """

    organisation_ids: frozenset[str]

    @classmethod
    def of(cls, own_organisation_id: str, partners: Iterable[str] = ()) -> PoolScope:
        named = [p.strip() for p in partners]
        if len(named) > MAX_POOL_ORGANISATIONS:
            raise InvalidInput(f"name at most {MAX_POOL_ORGANISATIONS} pool organisations")
        if any(not p or len(p) > 64 for p in named):
            raise InvalidInput("a pool organisation id is 1 to 64 characters")
        return cls(frozenset({own_organisation_id, *named}) - {""})

    def admits(self, member: PoolMember) -> bool:
        return member.organisation_id in self.organisation_ids
