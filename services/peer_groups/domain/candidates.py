"""How much of the pool a proposal opens: enough candidates for its seats, within a budget.

A proposal's scope can hold tens of thousands of people (one NGO's whole caseload of a
country and language), and the pool can only be narrowed that far without opening anyone:
the district, focuses and availability are sealed under each survivor's key, so no index
can name who lives where (``peer_groups.adapters.index_documents``). Opening everyone in
scope made a proposal's cost follow the caseload (tens of seconds at 100,000 people).

So a proposal opens the scope's people in an order drawn from its seed (a fresh share of
the scope for each new seed, the same one for a repeated request), a chunk at a time, and
stops as soon as every place it fills has :data:`CANDIDATES_PER_SEAT` eligible candidates
per open seat, or once it has opened :meth:`CandidateReading.read_at_most` people. A small
scope is read whole, as before; a large one is read as far as the groups need, so a
proposal costs what it asks for, not what is stored. The price: in a scope larger than the
budget, a person in a rare district can be missed by one proposal (another seed, or a
smaller scope through a partnership, reaches them); the operation's left-out counts cover
the people it opened.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from peer_groups.domain.formation import GroupRequest
from peer_groups.domain.pool import PoolMember
from peer_groups.domain.rules import FormationPolicy, why_not_eligible
from peer_groups.domain.values import Modality

__all__ = [
    "CANDIDATES_PER_SEAT",
    "READ_AT_LEAST",
    "READ_CHUNK",
    "READ_PER_SEAT",
    "CandidateReading",
    "PoolSample",
    "read_in_turn",
    "reading_order",
    "reading_seed",
]

#: A proposal stops opening people once each of its places has this many eligible
#: candidates per open seat (room for cohesion, schedules and "not together" links).
CANDIDATES_PER_SEAT = 5
#: People opened per open seat at most, and never fewer than ``READ_AT_LEAST`` in all: one
#: group of ten opens at most 2,000 people (a few seconds), 400 groups what they need.
READ_PER_SEAT = 40
READ_AT_LEAST = 2_000
#: People opened at a time (one key-vault read and one pool read per chunk).
READ_CHUNK = 250

Place = tuple[str, str] | None  # ``GroupSettings.place`` of in-person groups; None: online


def reading_order(survivor_ids: Iterable[str], seed: int) -> list[str]:
    """The ids in an order drawn from ``seed``: the same order for the same seed, another
    for another (a keyed hash, so no id is always first or always last)."""
    return sorted(
        set(survivor_ids),
        key=lambda survivor_id: hashlib.blake2b(
            survivor_id.encode(), digest_size=8, key=str(seed).encode()[:64]
        ).digest(),
    )


def reading_seed(seed: int, groups: Iterable[tuple[str, int]]) -> int:
    """The order's seed for a proposal: its own ``seed`` and each group's id and version.
    A proposal changes its groups, so asking again (even with the same seed, as a console
    does) reads another share of a large scope; the same request over the same groups
    reads the same one."""
    text = f"{seed}|" + "|".join(f"{g}:{v}" for g, v in sorted(groups))
    return int.from_bytes(hashlib.blake2b(text.encode(), digest_size=8).digest(), "big") >> 2


@dataclass(slots=True)
class PoolSample:
    """A reading that wants no particular people: the first ``read_at_most`` of the
    scope in ``seed``'s order (the pool overview's counts, estimated from them)."""

    read_at_most: int = READ_AT_LEAST
    seed: int = 0
    opened: int = 0
    #: How many the scope's index listed (the stale entries among them included).
    listed: int = 0
    enough: bool = False

    @property
    def whole(self) -> bool:
        """Everyone listed was opened: the counts are exact."""
        return self.opened >= self.listed

    def take(self, opened: int, members: Iterable[PoolMember]) -> None:
        self.opened += opened


@dataclass(slots=True)
class CandidateReading:
    """The tally of one proposal's reading: eligible candidates per place so far."""

    requests: Sequence[GroupRequest]
    policy: FormationPolicy
    seed: int = 0
    opened: int = 0
    listed: int = 0
    _seats: dict[Place, int] = field(default_factory=dict)
    _found: dict[Place, int] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for request in self.requests:
            place = _place(request)
            open_seats = max(0, request.settings.max_size - len(request.fixed))
            self._seats[place] = self._seats.get(place, 0) + open_seats
            self._found.setdefault(place, 0)

    @property
    def read_at_most(self) -> int:
        return max(READ_AT_LEAST, READ_PER_SEAT * sum(self._seats.values()))

    @property
    def enough(self) -> bool:
        return all(
            self._found[place] >= CANDIDATES_PER_SEAT * seats
            for place, seats in self._seats.items()
        )

    def take(self, opened: int, members: Iterable[PoolMember]) -> None:
        """Count ``opened`` more people read, and which of ``members`` could sit where."""
        self.opened += opened
        for member in members:
            for place in {
                _place(r)
                for r in self.requests
                if member.survivor_id not in r.excluded
                and why_not_eligible(member, r.settings, policy=self.policy) is None
            }:
                self._found[place] += 1


def read_in_turn(
    survivor_ids: Iterable[str],
    unseal_chunk: Callable[[list[str]], Sequence[PoolMember]],
    reading: CandidateReading | PoolSample | None,
) -> list[PoolMember]:
    """Open ``survivor_ids`` with ``unseal_chunk`` (which returns the ones it keeps): all of
    them without a ``reading``; with one, in its seed's order until it has enough or has
    opened its budget."""
    if reading is None:
        return list(unseal_chunk(sorted(set(survivor_ids))))
    ordered = reading_order(survivor_ids, reading.seed)
    reading.listed = len(ordered)
    kept: list[PoolMember] = []
    for start in range(0, len(ordered), READ_CHUNK):
        room = reading.read_at_most - reading.opened
        if room <= 0 or reading.enough:
            break
        chunk = ordered[start : start + min(READ_CHUNK, room)]
        found = unseal_chunk(chunk)
        kept.extend(found)
        reading.take(len(chunk), found)
    return kept


def _place(request: GroupRequest) -> Place:
    settings = request.settings
    if settings.modality is Modality.ONLINE:
        return None
    return settings.place
